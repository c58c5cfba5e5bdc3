"""Tamper-evident audit trail: every decision, hash-chained, verifiable."""

from exportgate.audit.chain import AuditEntry, VerifyResult, canonical_json, digest, verify_chain
from exportgate.audit.log import AuditLog
from exportgate.audit.record import decision_entry

__all__ = [
    "AuditEntry",
    "AuditLog",
    "VerifyResult",
    "canonical_json",
    "decision_entry",
    "digest",
    "verify_chain",
]
