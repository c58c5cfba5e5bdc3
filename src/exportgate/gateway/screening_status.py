"""Screening outside the request path: screen an account once, store the status, and let the
policy engine read the stored matches on every request.

``screen_account`` runs the real screener over the account's name, aliases and every owner, layer
by layer, and keeps each match at or above the review threshold together with the name it was
found for. :class:`StoredScreener` replays those stored matches through the ``Screener``
protocol, so the engine's rules (overrides, thresholds, the ownership rule) apply exactly as with
the live screener, without fuzzy matching on the request path.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import msgspec

from exportgate.policy.screening import PartyScreening
from exportgate.records import Account, Owner
from exportgate.screening.api import Screener, ScreeningMatch

DEFAULT_BLOCK = 0.9
DEFAULT_REVIEW = 0.75


def _subjects(account: Account) -> Iterator[tuple[str, str | None, str | None]]:
    country = account.headquarters or account.country
    for name in (account.name, *account.aliases):
        yield name, account.kind, country

    def owners(items: Sequence[Owner]) -> Iterator[tuple[str, str | None, str | None]]:
        for owner in items:
            yield owner.name, owner.kind, owner.headquarters or owner.country
            yield from owners(owner.owners)

    yield from owners(account.owners)


def screen_account(screener: Screener, account: Account) -> tuple[str, list[dict[str, Any]]]:
    """``("clear"|"possible"|"hit", matches)`` for an account, its aliases and its owners."""
    matches: list[dict[str, Any]] = []
    seen: set[tuple[str, str, str]] = set()
    for name, kind, country in _subjects(account):
        for match in screener.screen(name, kind=kind, country=country):
            if match.score < screener.review_threshold:
                continue
            key = (name, match.list, match.list_id)
            if key in seen:
                continue
            seen.add(key)
            record = msgspec.to_builtins(match)
            record.update(subject=name, subject_kind=kind, subject_country=country,
                          block_threshold=screener.block_threshold,
                          review_threshold=screener.review_threshold)
            matches.append(record)
    outcome = PartyScreening(screener).screen_account(account)
    status = "hit" if outcome.hit else "possible" if outcome.possible else "clear"
    return status, matches


class StoredScreener:
    """A ``Screener`` that answers from screening statuses stored by :func:`screen_account`."""

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

    def load(self, account_id: str, status: dict[str, Any]) -> bool:
        """Take an account's stored status; True when it changed what the screener answers."""
        found: list[tuple[str, ScreeningMatch]] = []
        for record in status.get("matches") or []:
            self.block_threshold = float(record.get("block_threshold", self.block_threshold))
            self.review_threshold = float(record.get("review_threshold", self.review_threshold))
            match = msgspec.convert(
                {k: v for k, v in record.items() if k in ScreeningMatch.__struct_fields__},
                ScreeningMatch)
            found.append((str(record["subject"]), match))
        version = str(status.get("lists_version", ""))
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

    def screen(self, name: str, *, kind: str | None = None,
               country: str | None = None) -> Sequence[ScreeningMatch]:
        return self._by_name.get(name, ())
