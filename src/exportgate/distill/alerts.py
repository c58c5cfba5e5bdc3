"""Where alerts go: the store's alert table (with evidence), for the console and the policy."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from exportgate.records import AlertRequest, DetectorEvidence


class AlertStore(Protocol):
    def save_alert(self, alert: AlertRequest) -> int: ...


def store_sink(store: AlertStore) -> Callable[[DetectorEvidence], None]:
    """An ``on_alert`` callback for :class:`OnlineDetector` that saves each alert in ``store``."""

    def save(evidence: DetectorEvidence) -> None:
        store.save_alert(evidence.alert())

    return save


def save_scan_alerts(rows: Iterable[DetectorEvidence], store: AlertStore) -> int:
    """Save one alert per flagged account of a batch scan; returns how many were saved."""
    saved = 0
    for row in rows:
        if row.flagged:
            store.save_alert(row.alert())
            saved += 1
    return saved
