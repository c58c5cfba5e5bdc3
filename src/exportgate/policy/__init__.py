"""exportgate.policy"""
