"""Which console action takes which role (checked on every request, before the store is touched;
the library functions behind each action check again).

viewers read; analysts propose verdicts; approvers and admins decide and approve; admins flip
switches. The break-glass session (the shared token) is an emergency admin that can read, turn
the international pause on and verify the audit log, nothing else: it names no officer, so it can
neither propose nor approve anything that takes a named signature.
"""

from __future__ import annotations

from exportgate.console.auth import Session
from exportgate.gateway.errors import GatewayError
from exportgate.officers.roles import Role, at_least

ACTIONS: dict[str, Role] = {
    "read": "viewer",
    "verify_audit": "viewer",
    "export_audit": "viewer",
    "verdict": "analyst",
    "withdraw": "analyst",
    "approve": "approver",
    "reject": "analyst",  # the proposer withdraws; otherwise an approver (checked by the library)
    "pause_on": "admin",
    "pause_off": "admin",
    "approve_change": "approver",
    "manage_officers": "admin",
    "reject_change": "analyst",
}
BREAK_GLASS_ACTIONS = frozenset({"read", "verify_audit", "export_audit", "pause_on"})
BREAK_GLASS = "break-glass"


def allowed(session: Session, action: str) -> bool:
    if session.via == BREAK_GLASS:
        return action in BREAK_GLASS_ACTIONS
    return at_least(session.role, ACTIONS[action])


def need(session: Session, action: str) -> None:
    """Refuse (403) ``action`` unless the session's role allows it."""
    if allowed(session, action):
        return
    if session.via == BREAK_GLASS:
        raise GatewayError(
            403,
            "forbidden",
            "A break-glass session can read, verify the audit "
            "log and turn the international pause on; everything else needs a "
            "named officer's sign-in.",
        )
    raise GatewayError(
        403,
        "forbidden",
        f"{session.officer} is signed in as {session.role}: "
        f"this action takes the {ACTIONS[action]} role or above.",
    )
