"""Pending changes: a named change with a JSON payload, proposed by one officer and applied only
when a *different* officer approves it (four-eyes for switches and lists).

A kind of change is registered once (:func:`register`) with the role that may propose it, the
role that may approve it and the function that applies it. The international pause's "off" is
registered by :mod:`exportgate.officers.pause`; a per-model pause or an approved-entity list edit
registers its own kind the same way. Every proposal, approval and rejection is an audit record
(kind ``change``), and the change itself is applied by the registered function, which writes its
own audit record naming both officers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import msgspec
import sqlalchemy as sa

from exportgate.audit import AuditEntry, AuditLog
from exportgate.officers.registry import OfficerError, require
from exportgate.officers.roles import Role, at_least
from exportgate.store import Store
from exportgate.store.schema import pending_changes

Status = Literal["pending", "approved", "rejected"]


class ChangeError(ValueError):
    """A change that cannot be proposed, approved or rejected; the message says why."""


class Change(msgspec.Struct, kw_only=True, frozen=True):
    id: int
    kind: str
    payload: dict[str, Any]
    reason: str
    status: Status
    proposed_by: str
    proposed_at: dt.datetime
    decided_by: str | None = None
    decided_at: dt.datetime | None = None


class Applied(msgspec.Struct, kw_only=True, frozen=True):
    """Who proposed and who approved a change, handed to the function that applies it."""

    change: Change
    approver: str


@dataclass(frozen=True)
class ChangeKind:
    """What a kind of change is: who proposes it, who approves it, how it is applied and how
    it is described to an officer."""

    name: str
    propose_role: Role
    approve_role: Role
    apply: Callable[[Store, Applied], None]
    describe: Callable[[dict[str, Any]], str]


KINDS: dict[str, ChangeKind] = {}
# Modules that register kinds of change when imported; a new kind adds its module here.
KIND_MODULES: list[str] = ["exportgate.officers.pause", "exportgate.officers.model_orders"]


def register(kind: ChangeKind) -> None:
    KINDS[kind.name] = kind


def load_kinds() -> None:
    """Import every module in :data:`KIND_MODULES`, so each kind can be approved by name."""
    import importlib

    for name in KIND_MODULES:
        importlib.import_module(name)


def _kind(name: str) -> ChangeKind:
    if name not in KINDS:
        load_kinds()
    if name not in KINDS:
        raise ChangeError(
            f"unknown kind of change {name!r}: expected one of "
            f"{', '.join(sorted(KINDS)) or 'none registered'}"
        )
    return KINDS[name]


def describe(change: Change) -> str:
    kind = KINDS.get(change.kind)
    return kind.describe(change.payload) if kind else f"{change.kind} {change.payload}"


def _row(row: Any) -> Change:
    return Change(
        id=row.id,
        kind=row.kind,
        payload=dict(row.payload or {}),
        reason=row.reason,
        status=row.status,
        proposed_by=row.proposed_by,
        proposed_at=row.proposed_at,
        decided_by=row.decided_by,
        decided_at=row.decided_at,
    )


def get(store: Store, change_id: int) -> Change | None:
    with store.engine.connect() as conn:
        row = conn.execute(
            sa.select(pending_changes).where(pending_changes.c.id == change_id)
        ).first()
    return _row(row) if row else None


def pending(store: Store, kind: str | None = None) -> list[Change]:
    """Changes awaiting approval, oldest first (optionally of one kind)."""
    query = sa.select(pending_changes).where(pending_changes.c.status == "pending")
    if kind is not None:
        query = query.where(pending_changes.c.kind == kind)
    with store.engine.connect() as conn:
        return [_row(r) for r in conn.execute(query.order_by(pending_changes.c.id))]


def _audit(store: Store, change: Change, action: str, officer: str, **detail: object) -> None:
    AuditLog(store).append(
        [
            AuditEntry(
                kind="change",
                subject=change.kind,
                decision=action,
                inputs={"change_id": change.id, "officer": officer},
                record={
                    "change_id": change.id,
                    "change": change.kind,
                    "payload": change.payload,
                    "action": action,
                    "officer": officer,
                    "proposed_by": change.proposed_by,
                    "reason": change.reason,
                    "description": describe(change),
                    **detail,
                },
                policy_version=None,
                data_versions={},
            )
        ]
    )


def _officer(store: Store, name: str, action: str, wanted: Role) -> str:
    try:
        officer = require(store, name, action)
    except OfficerError as exc:
        raise ChangeError(str(exc)) from None
    if not at_least(officer.role, wanted):
        raise ChangeError(
            f"{action}: officer {officer.name!r} is a {officer.role}; this takes "
            f"the {wanted} role or above"
        )
    return officer.name


def propose(
    store: Store, kind: str, payload: dict[str, Any], officer_name: str, reason: str
) -> Change:
    """Record a proposal; nothing changes until a different officer approves it."""
    spec = _kind(kind)
    if not reason.strip():
        raise ChangeError(f"proposing {kind}: give a reason (it is kept in the audit log)")
    name = _officer(store, officer_name, f"proposing {kind}", spec.propose_role)
    now = dt.datetime.now(dt.UTC)
    with store.engine.begin() as conn:
        result = conn.execute(
            sa.insert(pending_changes).values(
                kind=kind,
                payload=payload,
                reason=reason.strip(),
                status="pending",
                proposed_by=name,
                proposed_at=now,
            )
        )
        key = result.inserted_primary_key
        assert key is not None
        change_id = int(key[0])
    change = get(store, change_id)
    assert change is not None
    _audit(store, change, "proposed", name)
    return change


def _decide(store: Store, change_id: int, status: Status, officer: str) -> Change:
    """Claim the pending change for one decision (two approvers at once cannot both apply it)."""
    now = dt.datetime.now(dt.UTC)
    with store.engine.begin() as conn:
        done = conn.execute(
            sa.update(pending_changes)
            .where(pending_changes.c.id == change_id, pending_changes.c.status == "pending")
            .values(status=status, decided_by=officer, decided_at=now)
        ).rowcount
    if not done:
        raise ChangeError(f"change {change_id} was decided by someone else meanwhile")
    change = get(store, change_id)
    assert change is not None
    return change


def _pending(store: Store, change_id: int) -> Change:
    change = get(store, change_id)
    if change is None:
        raise ChangeError(f"there is no change {change_id}")
    if change.status != "pending":
        raise ChangeError(f"change {change_id} is already {change.status} by {change.decided_by}")
    return change


def approve(store: Store, change_id: int, officer_name: str) -> Change:
    """The second signature: apply the change, naming both officers."""
    change = _pending(store, change_id)
    spec = _kind(change.kind)
    name = _officer(store, officer_name, f"approving change {change_id}", spec.approve_role)
    if name == change.proposed_by:
        raise ChangeError(
            f"officer {name!r} proposed change {change_id}: a different officer "
            "must approve it (four-eyes)"
        )
    decided = _decide(store, change_id, "approved", name)
    _audit(store, decided, "approved", name)
    spec.apply(store, Applied(change=decided, approver=name))
    return decided


def reject(store: Store, change_id: int, officer_name: str, note: str = "") -> Change:
    """Withdraw (the proposer) or reject (an officer who may approve it); nothing changes."""
    change = _pending(store, change_id)
    spec = _kind(change.kind)
    try:
        officer = require(store, officer_name, f"rejecting change {change_id}")
    except OfficerError as exc:
        raise ChangeError(str(exc)) from None
    if officer.name != change.proposed_by and not at_least(officer.role, spec.approve_role):
        raise ChangeError(
            f"officer {officer.name!r} can neither withdraw nor reject change {change_id}"
        )
    decided = _decide(store, change_id, "rejected", officer.name)
    _audit(store, decided, "rejected", officer.name, note=note.strip())
    return decided
