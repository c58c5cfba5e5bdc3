"""exportgate.distill"""
