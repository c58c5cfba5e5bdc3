"""exportgate.screening"""
