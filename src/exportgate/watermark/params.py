"""Watermark parameters shared by generation and detection."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Scheme = Literal["kgw-selfhash", "tournament"]


@dataclass(frozen=True)
class WatermarkParams:
    """How text is marked and scored.

    ``kgw-selfhash``: a fraction ``gamma`` of the vocabulary is green for each (context, token);
    ``delta`` is added to green logits. ``tournament``: SynthID-style sampling over ``layers``
    keyed g-functions (``gamma``/``delta`` unused; each g-value is a fair coin under the null).
    ``context_width`` previous tokens seed the green list; the first ``context_width`` tokens of
    a text are not scored, and an n-gram (context + token) is scored once however often it repeats.
    """

    scheme: Scheme = "tournament"
    gamma: float = 0.25
    delta: float = 2.0
    context_width: int = 4
    layers: int = 20
    p_threshold: float = 1e-5

    def __post_init__(self) -> None:
        if self.scheme not in ("kgw-selfhash", "tournament"):
            raise ValueError(f"scheme: unknown watermark scheme {self.scheme!r}")
        if not 0.0 < self.gamma < 1.0:
            raise ValueError(f"gamma: must be in (0, 1), got {self.gamma}")
        if self.delta < 0:
            raise ValueError(f"delta: must be >= 0, got {self.delta}")
        if self.context_width < 1:
            raise ValueError(f"context_width: must be >= 1, got {self.context_width}")
        if not 1 <= self.layers <= 64:
            raise ValueError(f"layers: must be in 1..64, got {self.layers}")
        if not 0.0 < self.p_threshold < 1.0:
            raise ValueError(f"p_threshold: must be in (0, 1), got {self.p_threshold}")

    @property
    def null_probability(self) -> float:
        """Probability that one scored unit is 'green' in text written without the key."""
        return 0.5 if self.scheme == "tournament" else self.gamma


DEFAULT_PARAMS = WatermarkParams()
