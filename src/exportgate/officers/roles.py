"""Who may do what, and what takes two signatures.

* viewer: reads everything;
* analyst: also proposes verdicts (every verdict of an analyst waits for an approver);
* approver: decides verdicts, and approves another officer's proposal;
* admin: everything an approver does, plus managing officers and flipping switches.

Four-eyes (a proposal by one officer, an approval by a *different* approver or admin; nothing
changes until then): clearing a ``RESTRICTED_PARTY`` or ``RESTRICTED_OWNERSHIP`` hit as a false
positive, lifting a ``DISTILLATION_SUSPECTED`` (or ``BYPASS_ACCOUNT_HOLD``) hold, turning the
international or a per-model pause off, and editing an approved-entity list.
"""

from __future__ import annotations

from exportgate.records import ROLES, Role

__all__ = ["FOUR_EYES_VERDICTS", "RANK", "ROLES", "Role", "at_least", "may_decide_alone"]
RANK: dict[str, int] = {role: i for i, role in enumerate(ROLES)}

FOUR_EYES_VERDICTS: dict[str, frozenset[str]] = {
    "RESTRICTED_PARTY": frozenset({"false_positive"}),
    "RESTRICTED_OWNERSHIP": frozenset({"false_positive"}),
    "DISTILLATION_SUSPECTED": frozenset({"cleared"}),
    "BYPASS_ACCOUNT_HOLD": frozenset({"cleared"}),
}


def at_least(role: str, wanted: Role) -> bool:
    return RANK.get(role, -1) >= RANK[wanted]


def verdict_needs_second_signature(code: str, verdict: str) -> bool:
    return verdict in FOUR_EYES_VERDICTS.get(code, frozenset())


def may_decide_alone(role: str, code: str, verdict: str) -> bool:
    """An approver or admin decides a verdict alone unless it is a four-eyes verdict."""
    return at_least(role, "approver") and not verdict_needs_second_signature(code, verdict)
