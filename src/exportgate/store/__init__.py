"""exportgate.store"""
