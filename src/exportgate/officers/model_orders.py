"""Per-model access orders under officers' signatures (issue 16's controls, issue 21's rules).

Stopping access is one admin's signature: pausing a model, or changing its access rule. Two
changes reopen access and take four eyes (a pending change of :mod:`.changes`, proposed by one
admin and applied when a different approver or admin approves it): turning a model's pause off,
and editing its approved-entity list (adding or removing an entity).
"""

from __future__ import annotations

from typing import Any

from exportgate.officers import changes
from exportgate.officers.registry import OfficerError, require
from exportgate.officers.roles import at_least
from exportgate.policy.model_controls import set_model_access, set_model_approval, set_model_pause
from exportgate.store import Store

MODEL_PAUSE_OFF = "model_pause_off"
MODEL_APPROVAL = "model_approval"


def _signed(applied: changes.Applied) -> str:
    return f"{applied.change.proposed_by}; approved by {applied.approver}"


def _apply_pause_off(store: Store, applied: changes.Applied) -> None:
    set_model_pause(
        store, str(applied.change.payload["model"]), False, _signed(applied), applied.change.reason
    )


def _apply_approval(store: Store, applied: changes.Applied) -> None:
    payload = applied.change.payload
    set_model_approval(
        store,
        str(payload["model"]),
        str(payload["account"]),
        bool(payload["approved"]),
        _signed(applied),
        applied.change.reason,
    )


def _describe_pause_off(payload: dict[str, Any]) -> str:
    return f"turn the pause of model {payload.get('model')} off (resume access to it)"


def _describe_approval(payload: dict[str, Any]) -> str:
    verb = "add" if payload.get("approved") else "remove"
    where = "to" if payload.get("approved") else "from"
    return (
        f"{verb} account {payload.get('account')} {where} the approved-entity list of model "
        f"{payload.get('model')}"
    )


for _kind in (
    changes.ChangeKind(
        name=MODEL_PAUSE_OFF,
        propose_role="admin",
        approve_role="approver",
        apply=_apply_pause_off,
        describe=_describe_pause_off,
    ),
    changes.ChangeKind(
        name=MODEL_APPROVAL,
        propose_role="admin",
        approve_role="approver",
        apply=_apply_approval,
        describe=_describe_approval,
    ),
):
    changes.register(_kind)


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
    if any(c.payload.get("model") == model_id for c in changes.pending(store, MODEL_PAUSE_OFF)):
        raise changes.ChangeError(
            f"turning the pause of {model_id} off is already proposed; "
            "approve or reject that proposal"
        )
    return changes.propose(store, MODEL_PAUSE_OFF, {"model": model_id}, officer_name, reason)


def propose_approval(
    store: Store, model_id: str, account_id: str, approved: bool, officer_name: str, reason: str
) -> changes.Change:
    return changes.propose(
        store,
        MODEL_APPROVAL,
        {"model": model_id, "account": account_id, "approved": approved},
        officer_name,
        reason,
    )
