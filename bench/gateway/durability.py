"""What durable records cost and what they save: ``usage.durability: sync`` vs ``batched``.

    .venv/bin/python bench/gateway/durability.py [--seconds 3] [--rounds 3] [--kills 3]
                                                 [--before REV]

1. Latency and throughput, same run, rounds interleaved: two exportgate processes (``exportgate
   serve``, journal worker included, SQLite store) that differ only in ``usage.durability``.
   Latency: concurrency 1 and 16 against a stand-in upstream answering in 20 ms +-50 %
   (p50/p99 of the client; the difference sync - batched is the cost of waiting for the fsync).
   Throughput: concurrency 64 against an instant upstream (the most the gateway serves).
   Medians over rounds.
2. The loss window: the gateway killed with SIGKILL under load (8 client threads, 2 s in),
   ``--kills`` times per mode, then restarted and stopped gracefully; every 200 the clients got
   is looked up by request id in the usage table and the audit log. Modes: ``sync``,
   ``batched``, and with ``--before REV`` the code of that git revision (its own default).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(HERE), str(ROOT), str(ROOT / "src")]

import run as base  # noqa: E402  (bench/gateway/run.py)


def gateway(
    work: Path, name: str, durability: str, ports: dict[str, int], window_ms: float
) -> base.Proc:
    db = work / f"{name}.db"
    base.seed_store(db)
    port = base.free_port()
    (work / f"{name}.yaml").write_text(
        json.dumps(
            {
                "listen": {"host": "127.0.0.1", "port": port},
                "store": f"sqlite:///{db}",
                "upstreams": [
                    {"name": n, "base_url": f"http://127.0.0.1:{p}/v1", "api_key": "sk-mock"}
                    for n, p in ports.items()
                ],
                "models": [
                    {"id": n, "upstream": n, "upstream_model": "mock-gpt", "controlled": True}
                    for n in ports
                ],
                "local_networks": {"country": "US", "network": "residential"},
                "limits": {"account": {"requests_per_minute": 10**9}},
                "usage": {
                    "spool_dir": str(work / f"{name}-spool"),
                    "durability": durability,
                    "commit_window_ms": window_ms,
                },
            }
        )
    )
    return base.start(
        name,
        [
            str(Path(base.PYTHON).parent / "exportgate"),
            "serve",
            "--config",
            str(work / f"{name}.yaml"),
            "--log-level",
            "warning",
        ],
        f"http://127.0.0.1:{port}",
        "/readyz",
        None,
        work / f"{name}.log",
        env={"PYTHONPATH": str(ROOT / "src")},
    )


def cost(args: argparse.Namespace, work: Path) -> dict[str, dict[str, float]]:
    procs: list[base.Proc] = []
    try:
        fast_port, spread_port = base.free_port(), base.free_port()
        standin = [
            base.PYTHON,
            "-c",
            "from exportgate.gateway.standin import main; main()",
            "--port",
        ]
        procs.append(
            base.start(
                "upstream",
                standin + [str(fast_port)],
                f"http://127.0.0.1:{fast_port}",
                "/v1/models",
                None,
                work / "upstream-fast.log",
            )
        )
        procs.append(
            base.start(
                "upstream-spread",
                standin + [str(spread_port), "--latency-ms", "20", "--latency-spread", "0.5"],
                f"http://127.0.0.1:{spread_port}",
                "/v1/models",
                None,
                work / "upstream-spread.log",
            )
        )
        ports = {"mock-fast": fast_port, "mock-spread": spread_port}
        gateways = {
            mode: gateway(work, mode, mode, ports, args.window_ms) for mode in ("sync", "batched")
        }
        procs += gateways.values()
        for proc in gateways.values():  # warm-up
            base.run_load(proc.url, "mock-fast", 8, 1, work, None)
        runs: dict[str, dict[str, list[float]]] = {m: {} for m in gateways}
        for _ in range(args.rounds):
            for mode, proc in gateways.items():
                for conc in (1, 16):
                    load = base.run_load(proc.url, "mock-spread", conc, args.seconds, work, None)
                    runs[mode].setdefault(f"c{conc}_p50_ms", []).append(load.p50_ms)
                    runs[mode].setdefault(f"c{conc}_p99_ms", []).append(load.p99_ms)
                load = base.run_load(proc.url, "mock-fast", 64, args.seconds, work, None)
                runs[mode].setdefault("c64_rps", []).append(load.rps)
                runs[mode].setdefault("c64_p50_ms", []).append(load.p50_ms)
                runs[mode].setdefault("non_2xx", []).append(load.non_2xx + load.errors)
        return {
            mode: {k: statistics.median(v) for k, v in found.items()}
            for mode, found in runs.items()
        }
    finally:
        for proc in procs:
            proc.stop()


def losses(args: argparse.Namespace, work: Path) -> dict[str, dict[str, int]]:
    import threading  # noqa: F401 - the harness runs client threads

    from exportgate.gateway.standin import StandinState, StandinUpstream
    from exportgate.server import run_app_in_thread
    from exportgate.store import open_store
    from tests.gateway.conftest import seed
    from tests.gateway.crash import kill_rounds, missing, stop_gracefully, wait_for_orphans

    modes: list[tuple[str, str | None, Path]] = [
        ("sync", "sync", ROOT / "src"),
        ("batched", "batched", ROOT / "src"),
    ]
    if args.before:
        before = work / "before"
        before.mkdir()
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", args.before, "src"], check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(before)], input=archive, check=True)
        modes.insert(0, (f"before ({args.before})", None, before / "src"))
    upstream = run_app_in_thread(StandinUpstream(StandinState()))
    out: dict[str, dict[str, int]] = {}
    try:
        for label, durability, src in modes:
            folder = work / f"kill-{len(out)}"
            folder.mkdir()
            url = f"sqlite:///{folder / 'store.db'}"
            store = open_store(url)
            seed(store)
            rounds, survivor, _ = kill_rounds(
                folder,
                url,
                upstream.url,
                rounds=args.kills,
                durability=durability,
                clients=8,
                kill_after_s=2.0,
                src=src,
            )
            stop_gracefully(survivor)
            wait_for_orphans(rounds)
            answered = [i for r in rounds for i in r.answered]
            no_usage, no_audit = missing(store, answered)
            out[label] = {
                "kills": len(rounds),
                "answered_200": len(answered),
                "lost_usage": len(no_usage),
                "lost_audit": len(no_audit),
            }
            store.close()
            print(label, out[label], file=sys.stderr)
    finally:
        upstream.stop()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--kills", type=int, default=3)
    parser.add_argument("--before", default=None, help="git revision for the 'before' loss")
    parser.add_argument(
        "--window-ms", type=float, default=0.0, help="usage.commit_window_ms of the sync gateway"
    )
    parser.add_argument("--skip-cost", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="exportgate-durability-"))
    result: dict[str, object] = {}
    if not args.skip_cost:
        figures = cost(args, work)
        sync, batched = figures["sync"], figures["batched"]
        result["cost"] = figures
        result["sync_minus_batched_ms"] = {
            k: round(sync[k] - batched[k], 2) for k in sync if k.endswith("_ms")
        }
        result["throughput_ratio_sync_over_batched"] = round(
            sync["c64_rps"] / batched["c64_rps"], 3
        )
    if args.kills:
        result["loss_per_mode"] = losses(args, work)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
