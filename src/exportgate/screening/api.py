"""The screening contract the policy engine and the gateway depend on.

Implementations live beside this module; the policy engine only sees :class:`Screener`.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Collection, Sequence
from typing import Any, Literal, Protocol

import msgspec

# The stored forms of a match are records shared with the review queue (``exportgate.records``);
# they are named here too, where the screening contract has always named them.
from exportgate.records import DEFAULT_BLOCK as DEFAULT_BLOCK
from exportgate.records import DEFAULT_REVIEW as DEFAULT_REVIEW
from exportgate.records import ScreeningLevel as ScreeningLevel
from exportgate.records import ScreeningMatch as ScreeningMatch
from exportgate.records import StoredMatch as StoredMatch
from exportgate.records import upgrade_stored_match as upgrade_stored_match


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


ScreeningOutcomeName = Literal["clear", "possible", "hit"]


class ScreeningStatus(msgspec.Struct, kw_only=True, omit_defaults=True):
    """An account's stored screening status: the outcome, every match at or above the review
    threshold, and the version of the lists it was screened against."""

    status: ScreeningOutcomeName
    matches: builtins.list[StoredMatch] = []
    lists_version: str = ""
    screened_at: dt.datetime | None = None

    @classmethod
    def of(
        cls,
        matches: Sequence[StoredMatch],
        lists_version: str,
        cleared: Collection[tuple[str, str]] = (),
    ) -> ScreeningStatus:
        """The status that ``matches`` amount to: a hit if any block-level match is not among
        the ``cleared`` (list, list_id) entries (the account's false-positive overrides)."""
        live = [m for m in matches if (m.list, m.list_id) not in cleared]
        status: ScreeningOutcomeName = (
            "hit" if any(m.level == "hit" for m in live) else "possible" if live else "clear"
        )
        return cls(status=status, matches=list(matches), lists_version=lists_version)


class StoredStatusError(ValueError):
    """A stored screening status that cannot be read: names the account and the field."""

    def __init__(self, account_id: str, field: str, message: str) -> None:
        self.account_id = account_id
        self.field = field
        super().__init__(
            f"stored screening status of account {account_id!r}, field {field!r}: {message}"
        )


def read_stored_status(account_id: str, raw: dict[str, Any]) -> ScreeningStatus:
    """Validate a stored status row. Matches written before the record was typed carried the
    screened name as ``screened_name`` and no level: both are read (a match at or above its
    block threshold is a hit). Anything else wrong raises :class:`StoredStatusError`."""
    matches = []
    for i, item in enumerate(raw.get("matches") or []):
        if not isinstance(item, dict):
            raise StoredStatusError(account_id, f"matches[{i}]", "not an object")
        matches.append(upgrade_stored_match(item))
    try:
        return msgspec.convert(
            {**raw, "matches": matches}, ScreeningStatus, from_attributes=False, strict=False
        )
    except msgspec.ValidationError as exc:
        text = str(exc)
        message, _, path = text.rpartition(" - at `")
        field = path.rstrip("`").removeprefix("$").removeprefix(".") if message else "(record)"
        raise StoredStatusError(account_id, field or "(record)", message or text) from None


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
