"""Re-screening stored accounts when the lists change.

Only entities that are new or changed since the previous list set are screened (a small index
over just those entities), so a daily SDN update re-screens every account in seconds. New hits
(score >= review threshold, not cleared by a ``false_positive`` override, not already recorded
for the account) go to the review queue; the account's stored screening status is updated, and
matches of entries no longer listed are dropped from it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import msgspec

from exportgate.accounts.screening import review_detail, subjects
from exportgate.policy.screening import PartyScreening
from exportgate.records import Account, ReviewRequest
from exportgate.screening.api import ScreeningLevel, ScreeningStatus, StoredMatch, stored_match
from exportgate.screening.entities import Entity
from exportgate.screening.scoring import DEFAULT_PARAMS, Params
from exportgate.screening.screener import ListScreener

REVIEW_CODES = {"hit": "RESTRICTED_PARTY", "possible": "RESTRICTED_PARTY_POSSIBLE"}


class AccountStore(Protocol):
    """The part of :class:`exportgate.store.Store` re-screening uses."""

    def iter_accounts(self) -> Iterable[Account]: ...

    def get_screening_status(self, account_id: str) -> ScreeningStatus | None: ...

    def set_screening_status(self, account_id: str, status: ScreeningStatus) -> None: ...

    def enqueue_review(self, request: ReviewRequest) -> int: ...


def _fingerprint(ent: Entity) -> bytes:
    return msgspec.msgpack.encode(ent)


def diff_entities(
    old: Sequence[Entity], new: Sequence[Entity]
) -> tuple[list[Entity], list[tuple[str, str]]]:
    """Entities new or changed in ``new``, and the keys of entities no longer listed."""
    before = {e.key: _fingerprint(e) for e in old}
    changed = [e for e in new if before.get(e.key) != _fingerprint(e)]
    now = {e.key for e in new}
    removed = [k for k in before if k not in now]
    return changed, removed


@dataclass
class RescreenReport:
    changed_entities: int = 0
    removed_entities: int = 0
    accounts: int = 0
    new_hits: int = 0
    review_items: list[int] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "changed_entities": self.changed_entities,
            "removed_entities": self.removed_entities,
            "accounts_screened": self.accounts,
            "new_hits": self.new_hits,
            "review_items": self.review_items,
        }


def _found(screening: PartyScreening, account: Account) -> Iterator[StoredMatch]:
    """Every match of the account's names and owners against the changed entries that the
    policy would act on: block-level hits (after the account's overrides) and review-level
    possible hits (not cleared as false positives)."""
    scr = screening.screener
    assert scr is not None
    verdicts = {(o.list, o.list_id): o.verdict for o in account.overrides}
    seen: set[tuple[str, str, str]] = set()
    for name, kind, country in subjects(account):
        for m in screening.matches(name, kind, country):
            key = (name, m.list, m.list_id)
            verdict = verdicts.get((m.list, m.list_id))
            if key in seen or m.score < scr.review_threshold or verdict == "false_positive":
                continue
            seen.add(key)
            level: ScreeningLevel = (
                "hit" if m.score >= scr.block_threshold or verdict == "true_match" else "possible"
            )
            yield stored_match(
                m,
                subject=name,
                subject_kind=kind,
                subject_country=country,
                screener=scr,
                level=level,
            )


Finder = Callable[[Sequence[Account], Sequence[Entity], Params], dict[str, list[StoredMatch]]]


def found_matches(
    accounts: Sequence[Account], changed: Sequence[Entity], params: Params = DEFAULT_PARAMS
) -> dict[str, list[StoredMatch]]:
    """Every account's matches against the ``changed`` entities (the work a batch engine
    distributes: one pure function of the accounts and the entities)."""
    if not changed:
        return {}
    screening = PartyScreening(ListScreener(changed, params=params))
    return {
        account.id: found for account in accounts if (found := list(_found(screening, account)))
    }


def rescreen(
    store: AccountStore,
    old: Sequence[Entity],
    new: Sequence[Entity],
    *,
    lists_version: str,
    params: Params = DEFAULT_PARAMS,
    finder: Finder = found_matches,
) -> RescreenReport:
    """Screen every stored account (holder, aliases, owners) against changed entities only;
    ``finder`` runs the screening (in-process by default; :mod:`exportgate.batch.spark` on a
    cluster)."""
    changed, removed = diff_entities(old, new)
    report = RescreenReport(changed_entities=len(changed), removed_entities=len(removed))
    gone = set(removed)
    accounts = list(store.iter_accounts())
    found_by_account = finder(accounts, changed, params) if changed else {}
    for account in accounts:
        report.accounts += 1
        previous = store.get_screening_status(account.id)
        kept = [
            m for m in (previous.matches if previous else []) if (m.list, m.list_id) not in gone
        ]
        known = {(m.subject, m.list, m.list_id) for m in kept}
        fresh = [
            m
            for m in found_by_account.get(account.id, [])
            if (m.subject, m.list, m.list_id) not in known
        ]
        cleared = {(o.list, o.list_id) for o in account.overrides if o.verdict == "false_positive"}
        status = ScreeningStatus.of(kept + fresh, lists_version, cleared)
        if (
            previous is None
            or fresh
            or status.matches != previous.matches
            or status.status != previous.status
        ):
            store.set_screening_status(account.id, status)
        for level in ("hit", "possible"):
            found = [m for m in fresh if m.level == level]
            if not found:
                continue
            report.new_hits += len(found)
            summary = (
                "List change: "
                + "; ".join(
                    f"'{m.subject}' resembles '{m.name}' on {m.list} #{m.list_id} "
                    f"(score {m.score:.2f})"
                    for m in found[:3]
                )
                + "."
            )
            report.review_items.append(
                store.enqueue_review(
                    ReviewRequest(
                        account_id=account.id,
                        code=REVIEW_CODES[level],
                        summary=summary,
                        detail=review_detail(ScreeningStatus.of(found, lists_version)),
                    )
                )
            )
    from exportgate.store.changes import changed as notify_changed

    notify_changed("lists", lists_version)  # every replica re-reads its callers (issue 19)
    return report
