"""exportgate.audit"""
