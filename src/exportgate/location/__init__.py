"""exportgate.location"""
