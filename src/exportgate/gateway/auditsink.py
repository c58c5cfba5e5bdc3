"""Decision audit entries into the hash-chained audit log (used by the record writer and the
journal worker; light on imports so that the worker process stays small)."""

from __future__ import annotations

from collections.abc import Sequence

from exportgate.gateway.recorder import AuditWriter
from exportgate.records import DecisionAudit
from exportgate.store import Store


def default_audit_writer(store: Store) -> AuditWriter:
    """Audit entries for decisions, appended to the hash-chained audit log in one transaction
    per batch. The log is opened on first use, so a store that is down at start-up only delays
    the audit records (they are spooled), it does not stop the gateway."""
    from exportgate.audit import AuditLog, decision_entry

    holder: list[AuditLog] = []

    def write(items: Sequence[DecisionAudit]) -> None:
        if not holder:
            holder.append(AuditLog(store))
        holder[0].append(
            [
                decision_entry(
                    item.subject,
                    item.inputs,
                    item.decision,
                    kind="decision",
                    extra=item.extra,
                    ts=item.ts,
                )
                for item in items
            ]
        )

    return write
