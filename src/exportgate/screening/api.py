"""The screening contract the policy engine and the gateway depend on.

Implementations live beside this module; the policy engine only sees :class:`Screener`. The
records a screening produces and the store keeps (:class:`ScreeningMatch`, :class:`StoredMatch`,
:class:`ScreeningStatus`) are contracts of :mod:`exportgate.records`, the bottom of the house,
and are re-exported here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from exportgate.records import (
    DEFAULT_BLOCK,
    DEFAULT_REVIEW,
    ScreeningLevel,
    ScreeningMatch,
    ScreeningOutcomeName,
    ScreeningStatus,
    StoredMatch,
    StoredStatusError,
    read_stored_status,
    upgrade_stored_match,
)

__all__ = [
    "DEFAULT_BLOCK",
    "DEFAULT_REVIEW",
    "Screener",
    "ScreeningLevel",
    "ScreeningMatch",
    "ScreeningOutcomeName",
    "ScreeningStatus",
    "StoredMatch",
    "StoredStatusError",
    "read_stored_status",
    "stored_match",
    "upgrade_stored_match",
]


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


def stored_match(
    match: ScreeningMatch,
    *,
    subject: str,
    subject_kind: str | None,
    subject_country: str | None,
    screener: Screener,
    level: ScreeningLevel | None = None,
) -> StoredMatch:
    """``match`` as stored for ``subject``; its level follows the screener's thresholds unless
    given (re-screening knows it after overrides)."""
    fields = {f: getattr(match, f) for f in ScreeningMatch.__struct_fields__}
    return StoredMatch(
        **fields,
        subject=subject,
        subject_kind=subject_kind,
        subject_country=subject_country,
        level=level or ("hit" if match.score >= screener.block_threshold else "possible"),
        block_threshold=screener.block_threshold,
        review_threshold=screener.review_threshold,
    )
