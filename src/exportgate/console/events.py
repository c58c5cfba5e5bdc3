"""Console events in the audit log (kind ``console``): sign-ins, break-glass use, exports."""

from __future__ import annotations

from exportgate.store import Store

# action -> the audit entry's decision (the decision column holds at most 16 characters)
EVENTS = {
    "sign_in_throttled": "throttled",
    "break_glass_sign_in": "break_glass",
    "break_glass_failed": "break_glass_fail",
    "break_glass_action": "break_glass_use",
    "oidc_signed_in": "oidc_signed_in",
    "oidc_sign_in_failed": "oidc_failed",
    "audit_exported": "exported",
}


def record_event(store: Store, action: str, subject: str, **detail: object) -> None:
    """Append one console event to the audit chain (blocking: run it in a worker thread)."""
    from exportgate.audit import AuditEntry, AuditLog

    AuditLog(store).append(
        [
            AuditEntry(
                kind="console",
                subject=subject,
                decision=EVENTS[action],
                inputs=detail,
                record={"action": action, **detail},
                policy_version=None,
                data_versions={},
            )
        ]
    )
