"""How long a change takes to reach every replica: change notices (Redis pub/sub) against the
polling fallback alone, in the same run.

Two gateway replicas (in-process, real HTTP on loopback) share a SQLite store and the real
Redis (a fresh key prefix). Each round pauses the model ``frontier-5`` through the store (as
``exportgate pause on --model`` does) and times until both replicas refuse it, then resumes it
and times until both serve it again. ``notices``: this process publishes its changes and the
replicas' polling is slowed to 300 s (so whatever arrives came by notice); ``polling``: no
notice is published and the replicas poll every ``caches.switches_ttl_s`` (default 2 s).

    PYTHONPATH=src .venv/bin/python bench/scaleout/propagation.py [--rounds 10]
"""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from exportgate.bus import notify
from exportgate.config import config_from_dict
from exportgate.gateway.standin import StandinState, StandinUpstream
from exportgate.policy.model_controls import set_model_pause
from exportgate.records import Account
from exportgate.screening.api import ScreeningStatus
from exportgate.server import ServerHandle, run_app_in_thread, run_in_thread
from exportgate.store import open_store

ACCOUNT = Account(
    id="acct-us",
    kind="organization",
    name="Acme Widgets Inc",
    country="US",
    headquarters="US",
    kyc_verified=True,
    api_keys=["sk-prop-1"],
)


def ask(port: int) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    body = {"model": "frontier-5", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 2}
    conn.request(
        "POST",
        "/v1/chat/completions",
        json.dumps(body),
        {"authorization": "Bearer sk-prop-1", "content-type": "application/json"},
    )
    status = conn.getresponse().status
    conn.close()
    return status


def replica(
    tmp: Path, name: str, upstream: str, store_url: str, redis_url: str, prefix: str, poll_s: float
) -> ServerHandle:
    raw: dict[str, Any] = {
        "listen": {"host": "127.0.0.1", "port": 0},
        "store": store_url,
        "redis": redis_url,
        "scaleout": {"prefix": prefix},
        "upstreams": [{"name": "main", "base_url": upstream + "/v1"}],
        "models": [{"id": "frontier-5", "upstream": "main", "controlled": True}],
        "local_networks": {"country": "US", "network": "residential"},
        "usage": {"spool_dir": str(tmp / name), "writer": "thread"},
        "caches": {"switches_ttl_s": poll_s},
        "distillation": {"enabled": False},
    }
    return run_in_thread(config_from_dict(raw), locator=None)


def rounds(ports: list[int], store: Any, n: int) -> list[float]:
    took = []
    for i in range(2 * n):
        on = i % 2 == 0
        want = 403 if on else 200
        began = time.perf_counter()
        set_model_pause(store, "frontier-5", on, by="bench")
        pending = set(ports)
        while pending:
            pending = {p for p in pending if ask(p) != want}
        took.append(time.perf_counter() - began)
    return took


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp())
    upstream = run_app_in_thread(StandinUpstream(StandinState()))
    results = {}
    for mode in ("notices", "polling"):
        prefix = f"egprop-{uuid.uuid4().hex[:8]}:"
        store_url = f"sqlite:///{tmp / (mode + '.db')}"
        store = open_store(store_url)
        store.upsert_account(ACCOUNT)
        store.set_screening_status(ACCOUNT.id, ScreeningStatus(status="clear", lists_version="b"))
        poll_s = 300.0 if mode == "notices" else 2.0
        handles = [
            replica(tmp, f"{mode}-{i}", upstream.url, store_url, args.redis, prefix, poll_s)
            for i in (0, 1)
        ]
        if mode == "notices":
            notify.configure(args.redis, prefix, origin="bench")
        else:
            notify.configure(None)
        ports = [int(h.url.rsplit(":", 1)[1]) for h in handles]
        assert all(ask(p) == 200 for p in ports)
        results[mode] = rounds(ports, store, args.rounds)
        for handle in handles:
            handle.stop()
    notify.configure(None)
    upstream.stop()
    print("| mode | changes | median ms | p90 ms | max ms |")
    print("|---|---|---|---|---|")
    for mode, took in results.items():
        ms = sorted(t * 1000 for t in took)
        print(
            f"| {mode} | {len(ms)} | {statistics.median(ms):.0f} | "
            f"{ms[int(0.9 * (len(ms) - 1))]:.0f} | {ms[-1]:.0f} |"
        )


if __name__ == "__main__":
    main()
