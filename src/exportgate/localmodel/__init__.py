"""exportgate.localmodel"""
