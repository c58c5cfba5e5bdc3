"""CPU per request of the gateway's ASGI app alone, this tree against another, in one run.

    PYTHONPATH=$PWD/src .venv/bin/python bench/gateway/app_cpu.py --compare /tmp/base [--rounds 5]
    PYTHONPATH=$PWD/src .venv/bin/python bench/gateway/app_cpu.py --bypass [--long]

``--bypass`` adds, beside each tree's row, the row with the safeguard-bypass first stage on
(the model's ``bypass: {action: log}``: every request is classified, flags are audited), same
run, rounds alternated; ``--long`` sends an 8,000-character prompt instead of the short one
(issue 23's bound is for prompts of up to 8,000 characters).

The HTTP load of ``run.py`` measures the whole server (uvicorn, the kernel, the load generator
share the machine); on a busy machine its figures move by 10% from run to run. This one calls
the app in-process (``app(scope, receive, send)``, no HTTP server in front of it) with the same
configuration as ``run.py`` (every check on: key -> account, decision, audit and usage records,
rate limits, metrics; the shipped locator and distillation detector), against one stand-in
upstream, and counts the serving process's CPU time (all its threads) per request. Each round
runs both trees, in alternating order, each in a fresh process; the table shows medians.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
KEY = "sk-bench-1234"
SHORT = "Summarise the export-control rules for model weights."
# the 8,000-character prompt of bench/bypass/gateway_row.py (ordinary design notes)
LONG = (
    "Please review the following design notes and list the three biggest risks. "
    + "The service stores session tokens in Redis with a one-hour expiry and rotates the "
    "signing key weekly; requests are authenticated at the edge. " * 60
)[:8000]


def _body(prompt: str) -> bytes:
    return json.dumps(
        {"model": "mock-fast", "messages": [{"role": "user", "content": prompt}]}
    ).encode()


BODY = _body(SHORT)


def child(args: argparse.Namespace) -> None:
    """One measurement, in this process (PYTHONPATH names the tree under test)."""
    from exportgate.gateway.app import build_app

    try:
        from exportgate.config import config_from_dict
    except ImportError:  # the tree before exportgate/config.py
        from exportgate.gateway.config import config_from_dict  # type: ignore[no-redef]

    sys.path.insert(0, str(HERE))
    from run import seed_store

    work = Path(args.work)
    db = work / "exportgate.db"
    seed_store(db)
    config = config_from_dict(
        {
            "listen": {"host": "127.0.0.1", "port": 0},
            "store": f"sqlite:///{db}",
            "upstreams": [{"name": "mock-fast", "base_url": args.upstream + "/v1"}],
            "models": [
                {
                    "id": "mock-fast",
                    "upstream": "mock-fast",
                    "upstream_model": "mock-gpt",
                    # --bypass: the first stage classifies every request (flags audited)
                    "bypass": {"action": "log" if args.bypass else "off"},
                }
            ],
            "local_networks": {"country": "US", "network": "residential"},
            "limits": {
                "account": {"requests_per_minute": 10**9, "tokens_per_minute": 10**12},
                "key": {"requests_per_minute": 10**9},
            },
            "usage": {"spool_dir": str(work / "spool")},
        }
    )
    app = build_app(config)
    body = _body(LONG) if args.long else BODY
    print(json.dumps(asyncio.run(_load(app, args.requests, args.concurrency, body))))


async def _load(app: Any, requests: int, concurrency: int, body: bytes = BODY) -> dict[str, float]:
    headers = [
        (b"host", b"127.0.0.1"),
        (b"authorization", f"Bearer {KEY}".encode()),
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
    ]
    never = asyncio.Event()
    failures = 0

    async def one() -> None:
        nonlocal failures
        sent = False

        async def receive() -> dict[str, Any]:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            await never.wait()
            return {"type": "http.disconnect"}

        async def send(message: dict[str, Any]) -> None:
            nonlocal failures
            if message["type"] == "http.response.start" and message["status"] != 200:
                failures += 1

        scope = {
            "type": "http",
            "http_version": "1.1",
            "method": "POST",
            "path": "/v1/chat/completions",
            "raw_path": b"/v1/chat/completions",
            "query_string": b"",
            "headers": headers,
            "client": ("127.0.0.1", 40000),
            "server": ("127.0.0.1", 8080),
            "scheme": "http",
        }
        await app(scope, receive, send)

    async def run(n: int) -> None:
        queue = iter(range(n))

        async def worker() -> None:
            for _ in queue:
                await one()

        await asyncio.gather(*(worker() for _ in range(concurrency)))

    await app.startup()
    await run(max(500, requests // 5))  # warm-up: caches, connections, JIT-free steady state
    cpu, wall = time.process_time(), time.perf_counter()
    await run(requests)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    await app.shutdown()
    return {
        "cpu_us": cpu / requests * 1e6,
        "rps": requests / wall,
        "failures": failures,
    }


def measure(
    src: Path,
    upstream: str,
    requests: int,
    concurrency: int,
    bypass: bool = False,
    long: bool = False,
) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="exportgate-appcpu-") as work:
        out = subprocess.run(
            [sys.executable, __file__, "--child", "--work", work, "--upstream", upstream]
            + ["--requests", str(requests), "--concurrency", str(concurrency)]
            + (["--bypass"] if bypass else [])
            + (["--long"] if long else []),
            env={**os.environ, "PYTHONPATH": str(src)},
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        )
    if out.returncode != 0:
        raise SystemExit(f"the measurement with {src} failed:\n{out.stderr[-3000:]}")
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--compare", type=Path, required=False, help="the other tree (root or src)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--requests", type=int, default=4000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument(
        "--bypass",
        action="store_true",
        help="also each tree with the bypass first stage on (action log), same run",
    )
    parser.add_argument("--long", action="store_true", help="an 8,000-character prompt")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    parser.add_argument("--upstream", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    sys.path.insert(0, str(HERE))
    from run import free_port, start

    trees: dict[str, tuple[Path, bool]] = {"this tree": (ROOT / "src", False)}
    if args.compare is not None:
        base = (
            args.compare / "src" if (args.compare / "src" / "exportgate").is_dir() else args.compare
        )
        trees[f"base ({args.compare})"] = (base.resolve(), False)
    if args.bypass:  # the row with the first stage on beside each row without it
        trees = {
            row: value
            for name, (src, _) in trees.items()
            for row, value in ((name, (src, False)), (f"{name}, bypass on", (src, True)))
        }
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="exportgate-appcpu-up-") as logs:
        upstream = start(
            "upstream",
            [sys.executable, "-m", "exportgate.gateway.standin", "--port", str(port)],
            f"http://127.0.0.1:{port}",
            "/v1/models",
            None,
            Path(logs) / "upstream.log",
            env={"PYTHONPATH": str(ROOT / "src")},
        )
        try:
            results: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
            for round_no in range(args.rounds):
                order = list(trees.items())
                if round_no % 2:
                    order.reverse()
                for name, (src, bypass) in order:
                    found = measure(
                        src, upstream.url, args.requests, args.concurrency, bypass, args.long
                    )
                    results[name].append(found)
                    print(
                        f"round {round_no + 1} {name}: {found['cpu_us']:.1f} us CPU/request, "
                        f"{found['rps']:.0f} req/s, failures {found['failures']:.0f}",
                        file=sys.stderr,
                    )
        finally:
            upstream.stop()
    print(
        f"\ngateway ASGI app in-process, c={args.concurrency}, {args.requests} requests per run, "
        f"medians of {args.rounds} rounds"
        + (", prompt of 8,000 characters" if args.long else ", short prompt")
    )
    print(f"{'tree':<40} {'CPU us/request':>15} {'req/s':>8}")
    medians = {}
    for name, found in results.items():
        cpu = statistics.median(r["cpu_us"] for r in found)
        rps = statistics.median(r["rps"] for r in found)
        medians[name] = (cpu, rps)
        print(f"{name:<40} {cpu:>15.1f} {rps:>8.0f}")
    if args.bypass:
        # what the first stage adds to a request, tree by tree (same run, same rounds)
        for name in [n for n in results if not n.endswith(", bypass on")]:
            off, on = results[name], results[f"{name}, bypass on"]
            added = statistics.median(
                b["cpu_us"] - a["cpu_us"] for a, b in zip(off, on, strict=True)
            )
            print(
                f"{name}: bypass on adds {added:.1f} us CPU/request (median of round differences)"
            )
        return
    if len(medians) == 2:
        (a_cpu, a_rps), (b_cpu, b_rps) = medians.values()
        print(
            f"{'this / base (ratio of medians)':<40} {a_cpu / b_cpu:>14.3f}x {a_rps / b_rps:>7.3f}x"
        )
        mine, base = results.values()
        cpu_ratio = statistics.median(
            m["cpu_us"] / b["cpu_us"] for m, b in zip(mine, base, strict=True)
        )
        rps_ratio = statistics.median(m["rps"] / b["rps"] for m, b in zip(mine, base, strict=True))
        print(
            f"{'this / base (median of round ratios)':<40} {cpu_ratio:>14.3f}x {rps_ratio:>7.3f}x"
        )


if __name__ == "__main__":
    main()
