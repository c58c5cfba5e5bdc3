"""Development account traces built from the development prompts (not the independent set)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import devset  # type: ignore[import-not-found]


def build(seed: int = 3, attackers: int = 40, benign: int = 100) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    items = devset.build(seed)
    attacks = [i for i in items if i["label"] == "attack"]
    goods = [i for i in items if i["label"] == "benign"]
    out: list[dict[str, Any]] = []
    t0 = dt.datetime(2026, 11, 2, tzinfo=dt.UTC)
    for a in range(attackers):
        kind = rng.choice(["prober", "slow_burner", "fuzzer", "escalator"])
        n = {"prober": 8, "slow_burner": 4, "fuzzer": 30, "escalator": 5}[kind]
        gap = {"prober": 40, "slow_burner": 86400, "fuzzer": 1.5, "escalator": 60}[kind]
        records = []
        for k in range(n):
            item = rng.choice(attacks if rng.random() < 0.6 else goods)
            records.append(
                {
                    "ts": (t0 + dt.timedelta(seconds=gap * k)).isoformat(),
                    "messages": item["messages"],
                    "refused": item["label"] == "attack",
                }
            )
        out.append(
            {"account_id": f"dev-att-{a}", "kind": kind, "label": "attacker", "records": records}
        )
    for b in range(benign):
        kind = rng.choice(["security_team", "novelist", "student", "developer", "translator"])
        records = []
        for k in range(rng.randint(5, 25)):
            item = rng.choice(goods)
            records.append(
                {
                    "ts": (t0 + dt.timedelta(minutes=7 * k)).isoformat(),
                    "messages": item["messages"],
                    "refused": False,
                }
            )
        out.append(
            {"account_id": f"dev-ben-{b}", "kind": kind, "label": "benign", "records": records}
        )
    return out
