"""Decision audit entries into the hash-chained audit log (used by the record writer and the
journal worker; light on imports so that the worker process stays small)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import msgspec

from exportgate.gateway.recorder import AuditWriter
from exportgate.records import Decision
from exportgate.store import Store


def default_audit_writer(store: Store) -> AuditWriter:
    """Audit entries for decisions, appended to the hash-chained audit log in one transaction
    per batch. The log is opened on first use, so a store that is down at start-up only delays
    the audit records (they are spooled), it does not stop the gateway."""
    from exportgate.audit import AuditLog, decision_entry

    holder: list[AuditLog] = []

    def write(items: Any) -> None:
        if not holder:
            holder.append(AuditLog(store))
        entries = []
        for item in items:
            decision = item["decision"]
            if not isinstance(decision, Decision):
                decision = msgspec.convert(decision, Decision)
            ts = item["ts"]
            if isinstance(ts, str):
                ts = dt.datetime.fromisoformat(ts)
            entry = decision_entry(
                item["subject"], item["inputs"], decision, kind="decision", extra=item.get("extra")
            )
            entries.append(type(entry)(**{**entry.__dict__, "ts": ts}))
        holder[0].append(entries)

    return write
