"""The gateway with the bypass first stage on vs off: same gateway process, same upstream,
same run, rounds interleaved (bench/gateway's helpers: stand-in upstream, ``exportgate
serve``, wrk or loadgen.py).

    .venv/bin/python bench/bypass/gateway_row.py [--seconds 3] [--rounds 3]

Two models point at one upstream answering in 20 ms: ``plain`` (bypass off) and ``screened``
(``bypass: {action: log}``: every request is classified, flags are audited). Bodies: the
short bench/gateway prompt and an 8,000-character one.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "gateway"))

import run as gw  # type: ignore[import-not-found]  # noqa: E402

LONG = (
    "Please review the following design notes and list the three biggest risks. "
    + "The service stores session tokens in Redis with a one-hour expiry and rotates the "
    "signing key weekly; requests are authenticated at the edge. " * 60
)[:8000]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=1)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="exportgate-bypass-bench-"))
    procs = []
    try:
        up_port, eg_port = gw.free_port(), gw.free_port()
        upstream = gw.start(
            "upstream",
            [
                gw.PYTHON,
                "-m",
                "exportgate.gateway.standin",
                "--port",
                str(up_port),
                "--latency-ms",
                "20",
            ],
            f"http://127.0.0.1:{up_port}",
            "/v1/models",
            None,
            work / "upstream.log",
        )
        procs.append(upstream)
        db = work / "exportgate.db"
        gw.seed_store(db)
        (work / "exportgate.yaml").write_text(
            json.dumps(
                {
                    "listen": {"host": "127.0.0.1", "port": eg_port},
                    "store": f"sqlite:///{db}",
                    "upstreams": [
                        {
                            "name": "up",
                            "base_url": f"http://127.0.0.1:{up_port}/v1",
                            "api_key": "sk-mock",
                        }
                    ],
                    "models": [
                        {"id": "plain", "upstream": "up", "upstream_model": "mock-gpt"},
                        {
                            "id": "screened",
                            "upstream": "up",
                            "upstream_model": "mock-gpt",
                            "bypass": {"action": "log", "threshold": 0.5, "log_threshold": 0.3},
                        },
                    ],
                    "local_networks": {"country": "US", "network": "residential"},
                    "limits": {
                        "account": {"requests_per_minute": 10**9, "tokens_per_minute": 10**12},
                        "key": {"requests_per_minute": 10**9},
                    },
                    "usage": {"spool_dir": str(work / "spool")},
                }
            )
        )
        eg = gw.start(
            "exportgate",
            [
                str(Path(gw.PYTHON).parent / "exportgate"),
                "serve",
                "--config",
                str(work / "exportgate.yaml"),
                "--log-level",
                "warning",
            ],
            f"http://127.0.0.1:{eg_port}",
            "/readyz",
            None,
            work / "exportgate.log",
        )
        procs.append(eg)
        results: dict[tuple[str, str], list[tuple[float, float]]] = {}
        for body_name, text in (("short", None), ("8000 chars", LONG)):
            if text is not None:
                gw.BODY = json.dumps(
                    {"model": "MODEL", "messages": [{"role": "user", "content": text}]}
                )
            for model in ("plain", "screened"):
                gw.run_load(eg.url, model, args.concurrency, 1, work, None)
            for _ in range(args.rounds):
                for model in ("plain", "screened"):
                    load = gw.run_load(eg.url, model, args.concurrency, args.seconds, work, None)
                    results.setdefault((body_name, model), []).append((load.p50_ms, load.p99_ms))
        print(
            f"| body | bypass | p50 ms | p99 ms | (c={args.concurrency}, upstream 20 ms, "
            f"medians of {args.rounds} interleaved rounds x {args.seconds:g} s) |"
        )
        print("|---|---|---|---|---|")
        for (body_name, model), rows in results.items():
            p50 = statistics.median(r[0] for r in rows)
            p99 = statistics.median(r[1] for r in rows)
            label = "on (log)" if model == "screened" else "off"
            print(f"| {body_name} | {label} | {p50:.2f} | {p99:.2f} | |")
    finally:
        for proc in reversed(procs):
            proc.stop()


if __name__ == "__main__":
    main()
