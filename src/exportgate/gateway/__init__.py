"""exportgate.gateway"""
