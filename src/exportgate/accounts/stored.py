"""Screening answered from the stored statuses, for the gateway's request path.

Accounts are screened outside the request path (``accounts import``, re-screening after a list
change: :mod:`exportgate.accounts`), which stores one typed
:class:`~exportgate.screening.api.ScreeningStatus` per account. :class:`StoredScreener` replays
those stored matches through the ``Screener`` protocol, so the engine's rules (overrides,
thresholds, the ownership rule) apply exactly as with the live screener, without fuzzy matching
on the request path.
"""

from __future__ import annotations

from collections.abc import Sequence

from exportgate.screening.api import (
    DEFAULT_BLOCK,
    DEFAULT_REVIEW,
    ScreeningMatch,
    ScreeningStatus,
)


class StoredScreener:
    """A ``Screener`` that answers from screening statuses stored by :func:`screen_account`
    and by re-screening."""

    def __init__(self) -> None:
        self.block_threshold = DEFAULT_BLOCK
        self.review_threshold = DEFAULT_REVIEW
        self._by_name: dict[str, list[ScreeningMatch]] = {}
        self._per_account: dict[str, list[tuple[str, ScreeningMatch]]] = {}
        self._versions: dict[str, str] = {}
        self._version = "stored:none"

    @property
    def version(self) -> str:
        return self._version

    def load(self, account_id: str, status: ScreeningStatus) -> bool:
        """Take an account's stored status; True when it changed what the screener answers."""
        found: list[tuple[str, ScreeningMatch]] = []
        for record in status.matches:
            if record.block_threshold is not None:
                self.block_threshold = record.block_threshold
            if record.review_threshold is not None:
                self.review_threshold = record.review_threshold
            found.append((record.subject, record.to_match()))
        version = status.lists_version
        if self._per_account.get(account_id) == found and self._versions.get(account_id) == version:
            return False
        self._per_account[account_id] = found
        self._versions[account_id] = version
        by_name: dict[str, list[ScreeningMatch]] = {}
        for entries in self._per_account.values():
            for subject, match in entries:
                bucket = by_name.setdefault(subject, [])
                if match not in bucket:
                    bucket.append(match)
        self._by_name = by_name
        versions = sorted(set(self._versions.values()) - {""})
        self._version = "stored:" + (",".join(versions) if versions else "none")
        return True

    def screen(
        self, name: str, *, kind: str | None = None, country: str | None = None
    ) -> Sequence[ScreeningMatch]:
        return self._by_name.get(name, ())
