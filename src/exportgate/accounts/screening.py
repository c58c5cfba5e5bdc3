"""Screening an account: its name, aliases and every owner, layer by layer, into the one stored
record (:class:`~exportgate.screening.api.ScreeningStatus`) that the gateway reads back."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from msgspec import UNSET

from exportgate.policy.screening import PartyScreening
from exportgate.records import Account, Owner, ReviewDetail
from exportgate.screening.api import (
    Screener,
    ScreeningOutcomeName,
    ScreeningStatus,
    StoredMatch,
    stored_match,
)


def subjects(account: Account) -> Iterator[tuple[str, str | None, str | None]]:
    """``(name, kind, country)`` of everything screened for an account: its name and aliases,
    then every owner at every layer."""
    country = account.headquarters or account.country
    for name in (account.name, *account.aliases):
        yield name, account.kind, country

    def owners(items: Sequence[Owner]) -> Iterator[tuple[str, str | None, str | None]]:
        for owner in items:
            yield owner.name, owner.kind, owner.headquarters or owner.country
            yield from owners(owner.owners)

    yield from owners(account.owners)


def screen_account(screener: Screener, account: Account) -> ScreeningStatus:
    """The account's status: every match of its name, aliases and owners at or above the review
    threshold, and the outcome the policy's party screening gives (overrides applied)."""
    matches: list[StoredMatch] = []
    seen: set[tuple[str, str, str]] = set()
    for name, kind, country in subjects(account):
        for match in screener.screen(name, kind=kind, country=country):
            if match.score < screener.review_threshold:
                continue
            key = (name, match.list, match.list_id)
            if key in seen:
                continue
            seen.add(key)
            matches.append(
                stored_match(
                    match,
                    subject=name,
                    subject_kind=kind,
                    subject_country=country,
                    screener=screener,
                )
            )
    outcome = PartyScreening(screener).screen_account(account)
    status: ScreeningOutcomeName = (
        "hit" if outcome.hit else "possible" if outcome.possible else "clear"
    )
    return ScreeningStatus(status=status, matches=matches, lists_version=screener.version)


def review_detail(status: ScreeningStatus) -> ReviewDetail:
    """A review item's detail for a screening finding: the same fields as the stored status, so
    the console, ``reviews show`` and a verdict read one shape whichever path queued it."""
    return ReviewDetail(
        status=status.status,
        matches=list(status.matches) if status.matches else UNSET,
        lists_version=status.lists_version or UNSET,
    )


def describe(matches: Sequence[StoredMatch], limit: int = 3) -> str:
    """The best matches in one sentence."""
    best = sorted(matches, key=lambda m: -m.score)[:limit]
    return "; ".join(
        f"'{m.subject}' resembles '{m.name}' on {m.list} #{m.list_id} (score {m.score:.2f})"
        for m in best
    )
