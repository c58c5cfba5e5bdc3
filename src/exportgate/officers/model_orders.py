"""Per-model access orders under officers' signatures (issue 16's controls, issue 21's rules).

Stopping access is one admin's signature: pausing a model, or changing its access rule. Two
changes reopen access and take four eyes (a pending change of :mod:`.changes`, proposed by one
admin and applied when a different approver or admin approves it): turning a model's pause off,
and editing its approved-entity list (adding or removing an entity).
"""

from __future__ import annotations

import msgspec

from exportgate.officers import changes
from exportgate.officers.registry import OfficerError, require
from exportgate.officers.roles import at_least
from exportgate.policy.model_controls import set_model_access, set_model_approval, set_model_pause
from exportgate.store import Store

MODEL_PAUSE_OFF = "model_pause_off"
MODEL_APPROVAL = "model_approval"


def _signed(applied: changes.Applied) -> str:
    return f"{applied.change.proposed_by}; approved by {applied.approver}"


class ModelPauseOff(msgspec.Struct, kw_only=True, frozen=True):
    """Turn a model's pause off."""

    model: str


class ModelApproval(msgspec.Struct, kw_only=True, frozen=True):
    """Add an account to (``approved``) or remove it from a model's approved-entity list."""

    model: str
    account: str
    approved: bool


def _apply_pause_off(store: Store, applied: changes.Applied, payload: ModelPauseOff) -> None:
    set_model_pause(store, payload.model, False, _signed(applied), applied.change.reason)


def _apply_approval(store: Store, applied: changes.Applied, payload: ModelApproval) -> None:
    set_model_approval(
        store,
        payload.model,
        payload.account,
        payload.approved,
        _signed(applied),
        applied.change.reason,
    )


def _describe_pause_off(payload: ModelPauseOff) -> str:
    return f"turn the pause of model {payload.model} off (resume access to it)"


def _describe_approval(payload: ModelApproval) -> str:
    verb = "add" if payload.approved else "remove"
    where = "to" if payload.approved else "from"
    return (
        f"{verb} account {payload.account} {where} the approved-entity list of model "
        f"{payload.model}"
    )


changes.register(
    changes.ChangeKind(
        name=MODEL_PAUSE_OFF,
        propose_role="admin",
        approve_role="approver",
        payload=ModelPauseOff,
        apply=_apply_pause_off,
        describe=_describe_pause_off,
    )
)
changes.register(
    changes.ChangeKind(
        name=MODEL_APPROVAL,
        propose_role="admin",
        approve_role="approver",
        payload=ModelApproval,
        apply=_apply_approval,
        describe=_describe_approval,
    )
)


def _admin(store: Store, officer_name: str, action: str) -> str:
    try:
        officer = require(store, officer_name, action)
    except OfficerError as exc:
        raise changes.ChangeError(str(exc)) from None
    if not at_least(officer.role, "admin"):
        raise changes.ChangeError(
            f"officer {officer.name!r} is a {officer.role}: only admins "
            f"change model access ({action})"
        )
    return officer.name


def pause_on(
    store: Store, model_id: str, officer_name: str, reason: str, via: str = "console"
) -> None:
    """One admin's signature pauses a model."""
    name = _admin(store, officer_name, f"pausing {model_id}")
    if not reason.strip():
        raise changes.ChangeError(f"pausing {model_id}: give a reason")
    set_model_pause(store, model_id, True, f"{name} ({via})", reason.strip())


def set_access(
    store: Store, model_id: str, access: str, officer_name: str, reason: str, via: str = "console"
) -> None:
    """One admin's signature changes a model's access rule."""
    name = _admin(store, officer_name, f"changing access to {model_id}")
    if not reason.strip():
        raise changes.ChangeError(f"changing access to {model_id}: give a reason")
    set_model_access(store, model_id, access, f"{name} ({via})", reason.strip())


def propose_pause_off(
    store: Store, model_id: str, officer_name: str, reason: str
) -> changes.Change:
    pending = changes.pending(store, MODEL_PAUSE_OFF)
    if any(isinstance(c.payload, ModelPauseOff) and c.payload.model == model_id for c in pending):
        raise changes.ChangeError(
            f"turning the pause of {model_id} off is already proposed; "
            "approve or reject that proposal"
        )
    return changes.propose(
        store, MODEL_PAUSE_OFF, ModelPauseOff(model=model_id), officer_name, reason
    )


def propose_approval(
    store: Store, model_id: str, account_id: str, approved: bool, officer_name: str, reason: str
) -> changes.Change:
    return changes.propose(
        store,
        MODEL_APPROVAL,
        ModelApproval(model=model_id, account=account_id, approved=approved),
        officer_name,
        reason,
    )
