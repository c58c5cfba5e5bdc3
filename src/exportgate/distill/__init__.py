"""Distillation defence: find harvesting accounts and account clusters from usage.

The online detector (request path) and the batch scan share one per-account sketch and one
scoring function; nothing here imports numpy or other heavy libraries.
"""

from exportgate.distill.online import ALERT_CODE, OnlineDetector
from exportgate.distill.scoring import DetectorConfig

__all__ = ["ALERT_CODE", "DetectorConfig", "OnlineDetector"]
