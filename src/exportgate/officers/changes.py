"""Pending changes: a named change with a JSON payload, proposed by one officer and applied only
when a *different* officer approves it (four-eyes for switches and lists).

A kind of change is registered once (:func:`register`) with the role that may propose it, the
role that may approve it, the typed record its payload is (a :class:`msgspec.Struct`; stored as
JSON, read back into that record, and a stored payload that does not fit names the change and the
field) and the function that applies it. The international pause's "off" is
registered by :mod:`exportgate.officers.pause`; a per-model pause or an approved-entity list edit
registers its own kind the same way. Every proposal, approval and rejection is an audit record
(kind ``change``), and the change itself is applied by the registered function, which writes its
own audit record naming both officers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar

import msgspec
import sqlalchemy as sa

from exportgate.audit import AuditEntry, AuditLog
from exportgate.officers.registry import OfficerError, require
from exportgate.officers.roles import Role, at_least
from exportgate.records import read_stored
from exportgate.store import Store
from exportgate.store.schema import pending_changes

Status = Literal["pending", "approved", "rejected"]


class ChangeError(ValueError):
    """A change that cannot be proposed, approved or rejected; the message says why."""


class UnknownPayload(msgspec.Struct, kw_only=True, frozen=True):
    """The stored payload of a kind this process has not registered (shown, never applied)."""

    fields: dict[str, Any]


class Change(msgspec.Struct, kw_only=True, frozen=True):
    id: int
    kind: str
    payload: msgspec.Struct
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


P = TypeVar("P", bound=msgspec.Struct)


@dataclass(frozen=True)
class ChangeKind(Generic[P]):
    """What a kind of change is: who proposes it, who approves it, what its payload is, how it
    is applied and how it is described to an officer."""

    name: str
    propose_role: Role
    approve_role: Role
    payload: type[P]
    apply: Callable[[Store, Applied, P], None]
    describe: Callable[[P], str]

    def read(self, change_id: int, stored: Any) -> P:
        """The stored JSON as this kind's payload record."""
        return read_stored(self.payload, dict(stored or {}), f"change ({self.name})", change_id)


KINDS: dict[str, ChangeKind[Any]] = {}
# Modules that register kinds of change when imported; a new kind adds its module here.
KIND_MODULES: list[str] = ["exportgate.officers.pause", "exportgate.officers.model_orders"]


def register(kind: ChangeKind[Any]) -> None:
    KINDS[kind.name] = kind


def load_kinds() -> None:
    """Import every module in :data:`KIND_MODULES`, so each kind can be approved by name."""
    import importlib

    for name in KIND_MODULES:
        importlib.import_module(name)


def _kind(name: str) -> ChangeKind[Any]:
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
    if kind is None or isinstance(change.payload, UnknownPayload):
        return f"{change.kind} {msgspec.to_builtins(change.payload)}"
    return kind.describe(change.payload)


def _payload(change_id: int, kind_name: str, stored: Any) -> msgspec.Struct:
    if kind_name not in KINDS:
        load_kinds()
    kind = KINDS.get(kind_name)
    if kind is None:
        return UnknownPayload(fields=dict(stored or {}))
    payload: msgspec.Struct = kind.read(change_id, stored)
    return payload


def _row(row: Any) -> Change:
    return Change(
        id=row.id,
        kind=row.kind,
        payload=_payload(row.id, row.kind, row.payload),
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
                    "payload": msgspec.to_builtins(change.payload),
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
    store: Store, kind: str, payload: msgspec.Struct, officer_name: str, reason: str
) -> Change:
    """Record a proposal; nothing changes until a different officer approves it."""
    spec = _kind(kind)
    if not isinstance(payload, spec.payload):
        raise ChangeError(
            f"proposing {kind}: the payload is a {type(payload).__name__}, "
            f"expected {spec.payload.__name__}"
        )
    if not reason.strip():
        raise ChangeError(f"proposing {kind}: give a reason (it is kept in the audit log)")
    name = _officer(store, officer_name, f"proposing {kind}", spec.propose_role)
    now = dt.datetime.now(dt.UTC)
    with store.engine.begin() as conn:
        result = conn.execute(
            sa.insert(pending_changes).values(
                kind=kind,
                payload=msgspec.to_builtins(payload),
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
    spec.apply(store, Applied(change=decided, approver=name), decided.payload)
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
