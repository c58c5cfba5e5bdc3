"""exportgate.watermark"""
