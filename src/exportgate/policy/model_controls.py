"""Per-model controls an operator changes without a restart (issue 16): the per-model pause, the
access rule and the approved-entity list, kept in the store and audited on every change.

The gateway configuration gives each model its standing ``access``, ``approved_accounts`` and
``fallback``; the store holds what compliance changed since (``exportgate pause on --model ID``,
``exportgate models approve ID ACCOUNT``, ``exportgate models access ID us_persons`` or the
console). Running gateways read the store on every switch refresh (``caches.switches_ttl_s``, 2 s
by default) and apply :meth:`ModelState.apply` to the configured model.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, get_args

import msgspec

from exportgate.records import ModelAccess, ModelControl, ModelRef
from exportgate.store import Store

ACCESS_VALUES: tuple[str, ...] = get_args(ModelAccess)
PAUSED = "paused"
ACCESS = "access"
APPROVED_PREFIX = "approved:"


class ControlError(ValueError):
    """A control change names a bad value (the message says which and what is allowed)."""


@dataclass(frozen=True)
class ModelState:
    """What the store says about one model, on top of its configuration."""

    paused: bool = False
    access: ModelAccess | None = None
    approvals: dict[str, bool] = field(default_factory=dict)

    def approved(self, configured: frozenset[str]) -> frozenset[str]:
        """The configured approved list with the store's additions and removals."""
        added = {a for a, on in self.approvals.items() if on}
        removed = {a for a, on in self.approvals.items() if not on}
        return (configured | added) - removed

    def apply(self, configured: ModelRef) -> ModelRef:
        if not self.paused and self.access is None and not self.approvals:
            return configured
        return msgspec.structs.replace(
            configured,
            paused=self.paused,
            access=self.access or configured.access,
            approved_accounts=self.approved(configured.approved_accounts),
        )


def model_states(rows: list[ModelControl]) -> dict[str, ModelState]:
    """The store's control rows (``Store.model_controls``) as one state per model."""
    found: dict[str, dict[str, Any]] = {}
    for row in rows:
        entry = found.setdefault(row.model_id, {"approvals": {}})
        name, value = row.name, row.value
        if name == PAUSED:
            entry["paused"] = bool(value)
        elif name == ACCESS and value in ACCESS_VALUES:
            entry["access"] = value
        elif name.startswith(APPROVED_PREFIX):
            entry["approvals"][name[len(APPROVED_PREFIX) :]] = bool(value)
    return {model: ModelState(**entry) for model, entry in found.items()}


def load_model_states(store: Store) -> dict[str, ModelState]:
    return model_states(store.model_controls())


def _audit(store: Store, model_id: str, change: str, record: dict[str, Any]) -> None:
    from exportgate.audit import AuditEntry, AuditLog

    AuditLog(store).append(
        [
            AuditEntry(
                kind="model_control",
                subject=model_id,
                decision=change,
                inputs={k: v for k, v in record.items() if k in ("by", "reason")},
                record={"model": model_id, "change": change, **record},
                policy_version=None,
                data_versions={},
            )
        ]
    )


def _check_id(value: str, what: str) -> str:
    value = value.strip()
    if not value:
        raise ControlError(f"the {what} id is empty")
    return value


def set_model_pause(
    store: Store, model_id: str, on: bool, by: str | None = None, reason: str | None = None
) -> None:
    """Pause (or resume) one model for every caller; audited. Other models are not touched and
    the international-access pause stays as it is."""
    model_id = _check_id(model_id, "model")
    store.set_model_control(model_id, PAUSED, on, updated_by=by)
    _audit(
        store, model_id, "paused" if on else "resumed", {"paused": on, "by": by, "reason": reason}
    )


def set_model_access(
    store: Store, model_id: str, access: str, by: str | None = None, reason: str | None = None
) -> None:
    """Change the model's access rule (``open``, ``us_persons`` or ``approved``); audited."""
    model_id = _check_id(model_id, "model")
    if access not in ACCESS_VALUES:
        raise ControlError(f"access {access!r} is not one of {', '.join(ACCESS_VALUES)}")
    store.set_model_control(model_id, ACCESS, access, updated_by=by)
    _audit(store, model_id, f"access:{access}", {"access": access, "by": by, "reason": reason})


def set_model_approval(
    store: Store,
    model_id: str,
    account_id: str,
    approved: bool,
    by: str | None = None,
    reason: str | None = None,
) -> None:
    """Add an account to (or remove it from) the model's approved list; audited."""
    model_id = _check_id(model_id, "model")
    account_id = _check_id(account_id, "account")
    store.set_model_control(model_id, APPROVED_PREFIX + account_id, approved, updated_by=by)
    _audit(
        store,
        model_id,
        "approved" if approved else "unapproved",
        {"account": account_id, "approved": approved, "by": by, "reason": reason},
    )
