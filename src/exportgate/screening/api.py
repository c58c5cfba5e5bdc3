"""The screening contract the policy engine and the gateway depend on.

Implementations live beside this module; the policy engine only sees :class:`Screener`.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Protocol

import msgspec


class ScreeningMatch(msgspec.Struct, kw_only=True, omit_defaults=True):
    """One list entry that a queried name resembles, with the score and why."""

    list: str
    list_id: str
    name: str
    matched_name: str
    score: float
    programs: builtins.list[str] = []
    kind: str | None = None
    countries: builtins.list[str] = []
    source: str | None = None
    explanation: str = ""


class Screener(Protocol):
    """Scores a name against the restricted-party lists.

    ``block_threshold`` and ``review_threshold`` split scores into hit, possible hit and clear.
    """

    block_threshold: float
    review_threshold: float

    @property
    def version(self) -> str: ...

    def screen(
        self, name: str, *, kind: str | None = None, country: str | None = None
    ) -> Sequence[ScreeningMatch]: ...
