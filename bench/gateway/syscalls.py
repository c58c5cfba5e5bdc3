"""System calls per request of the gateway's serving process and of the load generator, this
tree against a base tree, in one run (issue 19, item 2).

    PYTHONPATH=src .venv/bin/python bench/gateway/syscalls.py --base-src /path/to/base/src
        [--rounds 3] [--seconds 3] [--concurrency 64] [--wrk-threads 1]

On a machine shared with other work CPU time per request moves by 10-30 % from run to run; the
number of system calls a request costs does not depend on the load, and each one on loopback
costs CPU in the gateway and, for the writes, in the process at the other end. Same set-up as
``workers.py`` (the instant upstream, every check on, ``sync`` durability), one worker per tree;
``perf stat -e raw_syscalls:sys_enter`` counts the serving process's calls (all its threads; the
journal worker is a process of its own and is not counted) and ``wrk``'s, per answered request.
Needs ``perf`` (with tracepoints readable) and ``wrk``.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import BODY, KEY, PYTHON, WRK_LUA, Proc, free_port, seed_store, start  # noqa: E402
from workers import _config, start_upstream  # noqa: E402

ALL = "raw_syscalls:sys_enter"
WRITES = "syscalls:sys_enter_write"  # how uvloop sends on a socket (and the commit log writes)
EVENTS = ["-e", ALL, "-e", WRITES]


def _count(perf_output: str, event: str) -> int:
    found = re.search(r"([\d,]+)\s+" + re.escape(event), perf_output)
    if found is None:
        raise RuntimeError(f"perf stat printed no count of {event}:\n{perf_output}")
    return int(found.group(1).replace(",", ""))


def measure(gateway: Proc, script: Path, args: argparse.Namespace) -> tuple[float, float, float]:
    """The gateway's system calls and ``write`` calls, and wrk's system calls, per request over
    one load run."""
    watch = subprocess.Popen(
        ["perf", "stat", *EVENTS, "-p", str(gateway.popen.pid), "--"]
        + ["sleep", str(args.seconds + 1)],
        stderr=subprocess.PIPE,
        text=True,
    )
    load = subprocess.run(
        ["perf", "stat", "-e", ALL, "wrk", f"-t{args.wrk_threads}", f"-c{args.concurrency}"]
        + [f"-d{args.seconds}s", "-s", str(script), gateway.url + "/v1/chat/completions"],
        capture_output=True,
        text=True,
        check=True,
    )
    _, watched = watch.communicate()
    found = re.search(r'"requests":(\d+)', load.stdout)
    if found is None:
        raise RuntimeError(f"wrk printed no summary:\n{load.stdout}\n{load.stderr}")
    requests = max(1, int(found.group(1)))
    return (
        _count(watched, ALL) / requests,
        _count(watched, WRITES) / requests,
        _count(load.stderr, ALL) / requests,
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--base-src", required=True, type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--wrk-threads", type=int, default=1)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="exportgate-syscalls-"))
    trees = {"base": args.base_src.resolve(), "this": HERE.parents[1] / "src"}
    body = work / "body.json"
    body.write_text(BODY.replace("MODEL", "mock-fast"))
    script = work / "wrk.lua"
    script.write_text(WRK_LUA.format(body=body, key=KEY))
    exe = str(Path(PYTHON).parent / "exportgate")
    procs: list[Proc] = []
    found: dict[str, list[tuple[float, float, float]]] = {tree: [] for tree in trees}
    try:
        upstream, up_port = start_upstream(work)
        procs.append(upstream)
        gateways: dict[str, Proc] = {}
        for tree, src in trees.items():
            port = free_port()
            seed_store(work / f"{tree}.db")
            config = _config(work, tree, port, up_port, "memory")
            gateways[tree] = start(
                tree,
                [exe, "serve", "--config", str(config), "--log-level", "warning"],
                f"http://127.0.0.1:{port}",
                "/readyz",
                None,
                work / f"{tree}.log",
                env={"PYTHONPATH": str(src)},
            )
            procs.append(gateways[tree])
        for round_ in range(args.rounds):
            order = list(gateways) if round_ % 2 == 0 else list(reversed(gateways))
            for tree in order:
                found[tree].append(measure(gateways[tree], script, args))
                calls, writes, wrk_calls = found[tree][-1]
                print(
                    f"round {round_ + 1} {tree}: gateway {calls:.2f} ({writes:.2f} writes), "
                    f"wrk {wrk_calls:.2f} system calls per request",
                    file=sys.stderr,
                )
    finally:
        for proc in procs:
            proc.stop()
    print(
        f"{'tree':<6} {'gateway calls/req':>18} {'of them write':>14} {'wrk calls/req':>14}"
        "   (round by round: gateway/write/wrk)"
    )
    for tree, rows in found.items():
        print(
            f"{tree:<6} {statistics.median(r[0] for r in rows):>18.2f} "
            f"{statistics.median(r[1] for r in rows):>14.2f} "
            f"{statistics.median(r[2] for r in rows):>14.2f}   "
            + ", ".join(f"{g:.2f}/{w:.2f}/{k:.2f}" for g, w, k in rows)
        )
    print(
        f"medians of {args.rounds} interleaved rounds of {args.seconds} s, concurrency "
        f"{args.concurrency}, wrk -t{args.wrk_threads}; base {trees['base']}"
    )


if __name__ == "__main__":
    main()
