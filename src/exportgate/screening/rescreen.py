"""Re-screening stored accounts when the lists change.

Only entities that are new or changed since the previous list set are screened (a small index
over just those entities), so a daily SDN update re-screens every account in seconds. New hits
(score >= review threshold, not cleared by a ``false_positive`` override, not already recorded
for the account) go to the review queue; the account's stored screening status is updated.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import msgspec

from exportgate.records import Account, Owner
from exportgate.screening.entities import Entity
from exportgate.screening.scoring import DEFAULT_PARAMS, Params


class AccountStore(Protocol):
    """The part of :class:`exportgate.store.Store` re-screening uses."""

    def iter_accounts(self) -> Iterable[Account]: ...

    def get_screening_status(self, account_id: str) -> dict[str, Any] | None: ...

    def set_screening_status(
        self, account_id: str, status: str, matches: list[dict[str, Any]], lists_version: str
    ) -> None: ...

    def enqueue_review(
        self, account_id: str, code: str, summary: str, detail: dict[str, Any]
    ) -> int: ...


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


def _owners(owners: Sequence[Owner]) -> Iterable[Owner]:
    for o in owners:
        yield o
        yield from _owners(o.owners)


def rescreen(
    store: AccountStore,
    old: Sequence[Entity],
    new: Sequence[Entity],
    *,
    lists_version: str,
    params: Params = DEFAULT_PARAMS,
) -> RescreenReport:
    """Screen every stored account (holder, aliases, owners) against changed entities only."""
    from exportgate.policy.screening import PartyScreening
    from exportgate.screening.screener import ListScreener

    changed, removed = diff_entities(old, new)
    report = RescreenReport(changed_entities=len(changed), removed_entities=len(removed))
    gone = set(removed)
    screening = PartyScreening(ListScreener(changed, params=params)) if changed else None
    for account in store.iter_accounts():
        report.accounts += 1
        previous = store.get_screening_status(account.id) or {}
        old_matches: list[dict[str, Any]] = [
            m for m in (previous.get("matches") or []) if (m.get("list"), m.get("list_id")) not in gone
        ]
        known = {(m.get("list"), m.get("list_id")) for m in old_matches}
        found: list[tuple[str, Any, bool]] = []  # (whose name, match, block-level)
        if screening is not None:
            outcome = screening.screen_account(account)
            for m in outcome.hits:
                found.append((account.name, m, True))
            if outcome.possible:
                for m in _possible(screening, [account.name, *account.aliases], account.kind,
                                   account.headquarters or account.country, account):
                    found.append((account.name, m, False))
            for owner in _owners(account.owners):
                o = screening.screen_owner(owner, account)
                for m in o.hits:
                    found.append((owner.name, m, True))
                if o.possible:
                    for m in _possible(screening, [owner.name], owner.kind,
                                       owner.headquarters or owner.country, account):
                        found.append((owner.name, m, False))
        fresh = [(who, m, blk) for who, m, blk in found if (m.list, m.list_id) not in known]
        merged = old_matches + [
            {**msgspec.to_builtins(m), "screened_name": who, "level": "hit" if blk else "possible"}
            for who, m, blk in fresh
        ]
        status = (
            "hit" if any(m.get("level") == "hit" for m in merged)
            else "possible" if merged else "clear"
        )
        if fresh or merged != (previous.get("matches") or []) or not previous:
            store.set_screening_status(account.id, status, merged, lists_version)
        for who, m, blk in fresh:
            report.new_hits += 1
            code = "RESTRICTED_PARTY" if blk else "RESTRICTED_PARTY_POSSIBLE"
            summary = (
                f"list change: '{who}' resembles '{m.name}' on {m.list} #{m.list_id} "
                f"(score {m.score:.2f})"
            )
            detail = {"match": msgspec.to_builtins(m), "screened_name": who,
                      "lists_version": lists_version}
            report.review_items.append(store.enqueue_review(account.id, code, summary, detail))
    return report


def _possible(screening, names, kind, country, account):  # type: ignore[no-untyped-def]
    verdicts = {(o.list, o.list_id): o.verdict for o in account.overrides}
    scr = screening.screener
    seen: set[tuple[str, str]] = set()
    for name in names:
        for m in screening.matches(name, kind, country):
            key = (m.list, m.list_id)
            if key in seen or verdicts.get(key) == "false_positive":
                continue
            seen.add(key)
            if scr.review_threshold <= m.score < scr.block_threshold and verdicts.get(key) != "true_match":
                yield m
