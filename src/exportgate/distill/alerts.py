"""Where alerts go: the store's alert table (with evidence), for the console and the policy."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from exportgate.distill.online import ALERT_CODE


class AlertStore(Protocol):
    def save_alert(
        self, account_id: str, code: str, score: float, summary: str, evidence: dict[str, Any]
    ) -> int: ...


def store_sink(store: AlertStore) -> Callable[[dict[str, Any]], None]:
    """An ``on_alert`` callback for :class:`OnlineDetector` that saves each alert in ``store``."""

    def save(alert: dict[str, Any]) -> None:
        store.save_alert(
            alert["account_id"],
            ALERT_CODE,
            float(alert["score"]),
            str(alert.get("summary", "")),
            alert,
        )

    return save


def save_scan_alerts(rows: list[dict[str, Any]], store: AlertStore) -> int:
    """Save one alert per flagged account of a batch scan; returns how many were saved."""
    saved = 0
    for row in rows:
        if row["flagged"]:
            summary = (
                f"Account {row['account_id']} scores {row['score']:.2f} for model harvesting: "
                + "; ".join(row["reasons"][:3])
            )
            store.save_alert(row["account_id"], ALERT_CODE, float(row["score"]), summary, row)
            saved += 1
    return saved
