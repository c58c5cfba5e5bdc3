"""Four-eyes on review verdicts: a proposal by one officer, an approval by a different approver.

An analyst's verdict, and any officer's verdict that clears a restricted-party or ownership hit as
a false positive or lifts a distillation or bypass hold, is stored here as a proposal; the item
stays open (``awaiting_approval``) and nothing changes until an approver or admin other than the
proposer approves it, when :func:`exportgate.review.queue.resolve` applies it with both names.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import msgspec
import sqlalchemy as sa

from exportgate.audit import AuditEntry, AuditLog
from exportgate.officers.registry import OfficerError, require
from exportgate.officers.roles import at_least, may_decide_alone
from exportgate.records import ReviewItem
from exportgate.review.queue import resolve
from exportgate.review.verdicts import Resolution, ReviewError, plan
from exportgate.store import Store
from exportgate.store.schema import review_proposals


class Proposal(msgspec.Struct, kw_only=True, frozen=True):
    item_id: int
    verdict: str
    note: str
    entries: list[str]
    proposed_by: str
    proposed_at: dt.datetime


@dataclass(frozen=True)
class Submitted:
    """What a verdict submission did: decided (``resolution``) or proposed (``proposal``)."""

    resolution: Resolution | None = None
    proposal: Proposal | None = None

    def describe(self, item_id: int) -> str:
        if self.resolution is not None:
            return f"review item {item_id} resolved: {self.resolution.text}"
        assert self.proposal is not None
        return (
            f"review item {item_id}: {self.proposal.verdict} proposed by "
            f"{self.proposal.proposed_by}; awaiting approval by a different approver "
            f"(exportgate reviews approve {item_id} --officer NAME)"
        )


def proposal_for(store: Store, item_id: int) -> Proposal | None:
    with store.engine.connect() as conn:
        row = conn.execute(
            sa.select(review_proposals).where(review_proposals.c.item_id == item_id)
        ).first()
    if row is None:
        return None
    return Proposal(
        item_id=row.item_id,
        verdict=row.verdict,
        note=row.note,
        entries=list(row.entries or []),
        proposed_by=row.proposed_by,
        proposed_at=row.proposed_at,
    )


def pending(store: Store) -> dict[int, Proposal]:
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(review_proposals)).all()
    return {
        r.item_id: Proposal(
            item_id=r.item_id,
            verdict=r.verdict,
            note=r.note,
            entries=list(r.entries or []),
            proposed_by=r.proposed_by,
            proposed_at=r.proposed_at,
        )
        for r in rows
    }


def _audit(store: Store, item: ReviewItem, action: str, officer: str, **detail: object) -> None:
    AuditLog(store).append(
        [
            AuditEntry(
                kind="review_proposal",
                subject=item.account_id,
                decision=action,
                inputs={"item_id": item.id, "officer": officer},
                record={
                    "item_id": item.id,
                    "code": item.code,
                    "action": action,
                    "officer": officer,
                    **detail,
                },
                policy_version=None,
                data_versions={},
            )
        ]
    )


def submit(
    store: Store,
    item_id: int,
    verdict: str,
    officer_name: str,
    note: str = "",
    only: list[str] | None = None,
) -> Submitted:
    """Record ``officer_name``'s verdict: decided at once where one signature suffices,
    otherwise proposed for a second officer's approval."""
    try:
        officer = require(store, officer_name, "recording a verdict")
    except OfficerError as exc:
        raise ReviewError(str(exc)) from None
    if not at_least(officer.role, "analyst"):
        raise ReviewError(
            f"officer {officer.name!r} is a {officer.role}: viewers cannot record verdicts"
        )
    item = store.review_item(item_id)
    if item is None:
        raise ReviewError(f"there is no review item {item_id}")
    code = item.code
    plan(item, store.get_account(item.account_id), verdict, officer.name, note, only)
    if may_decide_alone(officer.role, code, verdict):
        return Submitted(resolution=resolve(store, item_id, verdict, officer.name, note, only))
    existing = proposal_for(store, item_id)
    if existing is not None:
        raise ReviewError(
            f"review item {item_id} already awaits approval of "
            f"{existing.verdict} proposed by {existing.proposed_by}"
        )
    proposal = Proposal(
        item_id=item_id,
        verdict=verdict,
        note=note.strip(),
        entries=list(only or []),
        proposed_by=officer.name,
        proposed_at=dt.datetime.now(dt.UTC),
    )
    try:
        with store.engine.begin() as conn:
            conn.execute(sa.insert(review_proposals).values(**msgspec.structs.asdict(proposal)))
    except sa.exc.IntegrityError:
        raise ReviewError(f"review item {item_id} already awaits approval") from None
    _audit(
        store,
        item,
        "proposed",
        officer.name,
        verdict=verdict,
        note=proposal.note,
        entries=proposal.entries,
    )
    return Submitted(proposal=proposal)


def approve(store: Store, item_id: int, officer_name: str) -> Resolution:
    """Apply the proposal on ``item_id`` with a second signature."""
    try:
        officer = require(store, officer_name, "approving a verdict")
    except OfficerError as exc:
        raise ReviewError(str(exc)) from None
    if not at_least(officer.role, "approver"):
        raise ReviewError(
            f"officer {officer.name!r} is an {officer.role}: only approvers and "
            "admins approve verdicts"
        )
    proposal = proposal_for(store, item_id)
    if proposal is None:
        raise ReviewError(f"review item {item_id} has no verdict awaiting approval")
    if proposal.proposed_by == officer.name:
        raise ReviewError(
            f"officer {officer.name!r} proposed this verdict: a different "
            "approver must approve it (four-eyes)"
        )
    resolution = resolve(
        store,
        item_id,
        proposal.verdict,
        proposal.proposed_by,
        proposal.note,
        proposal.entries or None,
        approver=officer.name,
    )
    with store.engine.begin() as conn:
        conn.execute(sa.delete(review_proposals).where(review_proposals.c.item_id == item_id))
    return resolution


def reject(store: Store, item_id: int, officer_name: str, note: str = "") -> Proposal:
    """Withdraw (the proposer) or reject (an approver) a proposal; the item stays open."""
    try:
        officer = require(store, officer_name, "rejecting a proposal")
    except OfficerError as exc:
        raise ReviewError(str(exc)) from None
    proposal = proposal_for(store, item_id)
    if proposal is None:
        raise ReviewError(f"review item {item_id} has no verdict awaiting approval")
    if officer.name != proposal.proposed_by and not at_least(officer.role, "approver"):
        raise ReviewError(f"officer {officer.name!r} can neither withdraw nor reject this proposal")
    with store.engine.begin() as conn:
        conn.execute(sa.delete(review_proposals).where(review_proposals.c.item_id == item_id))
    item = store.review_item(item_id)
    if item is not None:
        _audit(store, item, "rejected", officer.name, verdict=proposal.verdict, note=note)
    return proposal
