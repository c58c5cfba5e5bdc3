"""The international pause under officers' signatures.

Turning the pause ON is one admin's signature (stopping exports is always safe to do at once);
turning it OFF is a pending change (:mod:`.changes`): proposed by one admin, applied when a
different approver or admin approves it.
"""

from __future__ import annotations

import msgspec

from exportgate.officers import changes
from exportgate.officers.registry import OfficerError, require
from exportgate.officers.roles import at_least
from exportgate.policy.switches import PAUSE_SWITCH, set_international_pause
from exportgate.store import Store

PAUSE_OFF = "international_pause_off"


class PauseOff(msgspec.Struct, kw_only=True, frozen=True):
    """Turn the international-access pause off (the switch and its new value, for the record)."""

    switch: str = PAUSE_SWITCH
    value: bool = False


def _apply_off(store: Store, applied: changes.Applied, payload: PauseOff) -> None:
    change = applied.change
    set_international_pause(
        store, False, f"{change.proposed_by}; approved by {applied.approver}", change.reason
    )


def _describe_off(payload: PauseOff) -> str:
    return "turn the international-access pause off (resume international access)"


changes.register(
    changes.ChangeKind(
        name=PAUSE_OFF,
        propose_role="admin",
        approve_role="approver",
        payload=PauseOff,
        apply=_apply_off,
        describe=_describe_off,
    )
)


def pause_on(store: Store, officer_name: str, reason: str, via: str = "console") -> None:
    """One admin's signature turns the pause on."""
    try:
        officer = require(store, officer_name, "turning the international pause on")
    except OfficerError as exc:
        raise changes.ChangeError(str(exc)) from None
    if not at_least(officer.role, "admin"):
        raise changes.ChangeError(
            f"officer {officer.name!r} is a {officer.role}: only admins "
            "flip the international pause"
        )
    if not reason.strip():
        raise changes.ChangeError("turning the international pause on: give a reason")
    set_international_pause(store, True, f"{officer.name} ({via})", reason.strip())


def propose_off(store: Store, officer_name: str, reason: str) -> changes.Change:
    """An admin proposes turning the pause off; nothing changes until a second officer approves."""
    if not store.get_switch(PAUSE_SWITCH):
        raise changes.ChangeError("the international pause is already off")
    if changes.pending(store, PAUSE_OFF):
        raise changes.ChangeError(
            "turning the international pause off is already proposed; "
            "approve or reject that proposal"
        )
    return changes.propose(store, PAUSE_OFF, PauseOff(), officer_name, reason)
