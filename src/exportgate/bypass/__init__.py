"""Safeguard-bypass (jailbreak) detection: per request, per conversation and per account.

A library package: it never imports the gateway, the console or the command line. The public
names are imported on first use, so that a gateway whose models do not screen for bypass attempts
(or that only judges refusals, :mod:`.refusal`) never loads the word lists and learned weights.
"""

from typing import TYPE_CHECKING

from exportgate._lazy import lazy_exports
from exportgate.bypass import native as _native

# the compiled request path, where it is built and fresh (else the sources): before any import
_native.guard()

if TYPE_CHECKING:
    from exportgate.bypass.detector import BypassConfig, Detector, Verdict, classify

__getattr__ = lazy_exports(
    __name__,
    {
        "BypassConfig": "exportgate.bypass.detector",
        "Detector": "exportgate.bypass.detector",
        "Verdict": "exportgate.bypass.detector",
        "classify": "exportgate.bypass.detector",
    },
)

__all__ = ["BypassConfig", "Detector", "Verdict", "classify"]
