"""The international-access pause: one switch in the store, every flip audited.

Used by ``exportgate pause`` and the compliance console, so both record a flip the same way.
"""

from __future__ import annotations

from exportgate.store import Store

PAUSE_SWITCH = "international_pause"


def set_international_pause(
    store: Store, on: bool, by: str | None = None, reason: str | None = None
) -> None:
    """Flip the switch and append the flip (who, why) to the audit log. Running gateways pick it
    up within their switch refresh interval (``caches.switches_ttl_s``, 2 s by default)."""
    from exportgate.audit import AuditEntry, AuditLog

    store.set_switch(PAUSE_SWITCH, on, updated_by=by)
    state = "on" if on else "off"
    AuditLog(store).append(
        [
            AuditEntry(
                kind="switch",
                subject=PAUSE_SWITCH,
                decision=state,
                inputs={"by": by, "reason": reason},
                record={"switch": PAUSE_SWITCH, "value": on, "by": by, "reason": reason},
                policy_version=None,
                data_versions={},
            )
        ]
    )
