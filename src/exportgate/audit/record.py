"""Building audit entries for decisions."""

from __future__ import annotations

import datetime as dt

from exportgate.audit.chain import AuditEntry
from exportgate.records import DecideCase, Decision, DecisionContext, DecisionInputs, DecisionRecord


def decision_entry(
    subject: str | None,
    inputs: DecisionInputs | DecideCase,
    decision: Decision,
    *,
    kind: str = "decision",
    extra: DecisionContext | None = None,
    ts: dt.datetime | None = None,
) -> AuditEntry:
    """An audit entry for one decision: who, a digest of every input, the verdict with all its
    reasons, the policy version and the data versions it relied on."""
    return AuditEntry(
        kind=kind,
        subject=subject,
        decision=decision.decision,
        inputs=inputs,
        record=DecisionRecord.of(decision, extra),
        policy_version=decision.policy_version,
        data_versions=decision.data_versions,
        ts=ts,
    )
