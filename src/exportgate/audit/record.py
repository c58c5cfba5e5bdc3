"""Building audit entries for decisions."""

from __future__ import annotations

from typing import Any

from exportgate.audit.chain import AuditEntry
from exportgate.records import Decision


def decision_entry(
    subject: str | None,
    inputs: Any,
    decision: Decision,
    *,
    kind: str = "decision",
    extra: dict[str, Any] | None = None,
) -> AuditEntry:
    """An audit entry for one decision: who, a digest of every input, the verdict with all its
    reasons, the policy version and the data versions it relied on."""
    record: dict[str, Any] = {
        "decision": decision.decision,
        "reasons": [{"code": r.code, "message": r.message} for r in decision.reasons],
        "obligations": decision.obligations,
    }
    if extra:
        record.update(extra)
    return AuditEntry(
        kind=kind,
        subject=subject,
        decision=decision.decision,
        inputs=inputs,
        record=record,
        policy_version=decision.policy_version,
        data_versions=decision.data_versions,
    )
