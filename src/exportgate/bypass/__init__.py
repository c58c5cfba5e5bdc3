"""Safeguard-bypass (jailbreak) detection: per request, per conversation and per account.

A library package: it never imports the gateway, the console or the command line.
"""

from exportgate.bypass.detector import BypassConfig, Detector, Verdict, classify

__all__ = ["BypassConfig", "Detector", "Verdict", "classify"]
