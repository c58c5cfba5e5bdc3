"""The request path's share of a decision's audit record: build it and encode it for the journal.

Before issue 14 the gateway built three dicts (the location's audit form precomputed per address);
now it builds the typed records (``DecisionAudit``, ``DecisionInputs``, ``DecisionContext``). Both
are timed in the same run, alternating, and the JSON they encode is checked to be the same.

    PYTHONPATH=src python bench/records/decision_audit.py
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from collections.abc import Callable

import msgspec

from exportgate.records import (
    Decision,
    DecisionAudit,
    DecisionContext,
    DecisionInputs,
    Location,
    Reason,
)

ENCODER = msgspec.json.Encoder()
DECISION = Decision(
    decision="allow",
    reasons=[Reason(code="OK", message="no rule refused the request")],
    obligations=["watermark"],
    policy_version="p1",
)
LOCATION = Location(country="US", network="residential", source="mmdb")
LOCATION_DICT = msgspec.to_builtins(LOCATION)  # what Placed.record held before
TS = dt.datetime(2026, 12, 5, 12, 0, tzinfo=dt.UTC)


def untyped() -> bytes:
    inputs = {
        "request_id": "req-1",
        "account_id": "acct",
        "key_id": "key-1",
        "ip": "198.51.100.7",
        "model": "frontier-5",
        "endpoint": "chat.completions",
    }
    extra = {
        "request_id": "req-1",
        "client_request_id": None,
        "kind": "request",
        "key_id": "key-1",
        "ip": "198.51.100.7",
        "model": "frontier-5",
        "endpoint": "chat.completions",
        "location": LOCATION_DICT,
        "location_problem": None,
    }
    item = {"ts": TS, "subject": "acct", "inputs": inputs, "decision": DECISION, "extra": extra}
    return ENCODER.encode(item)


def typed() -> bytes:
    item = DecisionAudit(
        ts=TS,
        subject="acct",
        inputs=DecisionInputs(
            request_id="req-1",
            account_id="acct",
            key_id="key-1",
            ip="198.51.100.7",
            model="frontier-5",
            endpoint="chat.completions",
        ),
        decision=DECISION,
        extra=DecisionContext(
            request_id="req-1",
            client_request_id=None,
            kind="request",
            key_id="key-1",
            ip="198.51.100.7",
            model="frontier-5",
            endpoint="chat.completions",
            location=LOCATION,
            location_problem=None,
        ),
    )
    return ENCODER.encode(item)


def timed(fn: Callable[[], bytes], n: int) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(n):
        fn()
    return (time.perf_counter() - wall) / n * 1e6, (time.process_time() - cpu) / n * 1e6


def main(n: int = 20_000, rounds: int = 9) -> None:
    assert msgspec.json.decode(untyped()) == msgspec.json.decode(typed())
    runs: dict[str, list[tuple[float, float]]] = {"dicts (before)": [], "typed (now)": []}
    for _ in range(rounds):
        runs["dicts (before)"].append(timed(untyped, n))
        runs["typed (now)"].append(timed(typed, n))
    base = statistics.median(w for w, _ in runs["dicts (before)"])
    print(f"{'audit record':<16} {'median µs':>10} {'cpu µs':>8} {'ratio':>6}")
    for name, values in runs.items():
        wall = statistics.median(w for w, _ in values)
        cpu = statistics.median(c for _, c in values)
        print(f"{name:<16} {wall:>10.2f} {cpu:>8.2f} {wall / base:>6.2f}")


if __name__ == "__main__":
    main()
