"""CPU per request of each part of ``exportgate serve [--workers N]``, this tree against a base
tree, all four gateways in one run (issue 19, item 2).

    PYTHONPATH=src .venv/bin/python bench/gateway/workers_cpu.py --base-src /path/to/base/src
        [--workers 2] [--rounds 5] [--seconds 5] [--concurrency 64]

Same set-up as ``workers.py`` (the instant upstream, ``wrk``, every check on, ``sync``
durability): one gateway with one worker and one with ``--workers N`` for each source tree,
rounds interleaved (the order reversed every other round), so that the load other work puts on
the machine falls on all four alike. Each row gives, in µs of CPU per request (user + system,
from ``/proc/PID/task/TID/stat``, so a busy machine slows the run but not what a request costs):
the workers' event loops (their main threads), their other threads (the journal's commit
thread; the record writer's and others' are idle in ``sync`` mode), the supervisor and the
journal worker. Two ratios derived from CPU, not wall: ``x per core`` = N x (CPU per request
of one worker's gateway) / (CPU per request of N workers'), what ``workers.py`` prints as "with
N free cores" (N cores against one); ``x loop-bound`` = (N cores / CPU per request of the
N-worker gateway) / (1 / loop CPU per request of one worker), the ratio when N cores are the
gateway's alone and one worker is bound by its event loop (as it is: it uses one core for the
loop and more for its commit thread and journal worker).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import PYTHON, Proc, free_port, run_load, seed_store, start  # noqa: E402
from workers import PARTS, TICK, _config, cpu_by_part, start_upstream  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--base-src", required=True, type=Path)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--concurrency", type=int, default=64)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="exportgate-workers-cpu-"))
    trees = {"base": args.base_src.resolve(), "this": HERE.parents[1] / "src"}
    exe = str(Path(PYTHON).parent / "exportgate")
    procs: list[Proc] = []
    try:
        upstream, up_port = start_upstream(work)
        procs.append(upstream)
        gateways: dict[str, Proc] = {}
        for tree, src in trees.items():
            for n in (1, args.workers):
                tag = f"{tree} w{n}"
                name = f"{tree}-w{n}"
                port = free_port()
                seed_store(work / f"{name}.db")
                command = [
                    exe,
                    "serve",
                    "--config",
                    str(_config(work, name, port, up_port, "memory")),
                ]
                command += ["--log-level", "warning"]
                if n > 1:
                    command += ["--workers", str(n)]
                gateways[tag] = start(
                    name,
                    command,
                    f"http://127.0.0.1:{port}",
                    "/readyz",
                    None,
                    work / f"{name}.log",
                    env={"PYTHONPATH": str(src)},
                )
                procs.append(gateways[tag])
        for proc in gateways.values():
            run_load(proc.url, "mock-fast", args.concurrency, 2, work, None)
        per_req: dict[str, dict[str, list[float]]] = {t: defaultdict(list) for t in gateways}
        rps: dict[str, list[float]] = defaultdict(list)
        loads: list[float] = []
        for round_ in range(args.rounds):
            order = list(gateways) if round_ % 2 == 0 else list(reversed(gateways))
            for tag in order:
                proc = gateways[tag]
                before = cpu_by_part(proc)
                load = run_load(
                    proc.url, "mock-fast", args.concurrency, args.seconds, work, None, threads=1
                )
                after = cpu_by_part(proc)
                rps[tag].append(load.rps)
                for part in PARTS:
                    used = (after.get(part, 0) - before.get(part, 0)) / TICK
                    per_req[tag][part].append(used / max(1, load.requests) * 1e6)
                loads.append(os.getloadavg()[0])
                print(f"round {round_ + 1} {tag}: {load.rps:.0f} rps", file=sys.stderr)
    finally:
        for proc in procs:
            proc.stop()

    def med(tag: str, part: str) -> float:
        return statistics.median(per_req[tag][part])

    header = (
        f"{'gateway':<10} {'rps':>6} {'loop':>7} {'threads':>8} {'superv.':>8} {'journal':>8} "
        f"{'total':>7} {'wall x one':>10} {'x per core':>10} {'x loop-bound':>12}"
    )
    lines = [header, "-" * len(header)]
    for tag in gateways:
        tree = tag.split()[0]
        n = int(tag.split()[1][1:])
        total = sum(med(tag, part) for part in PARTS)
        wall = statistics.median(rps[tag]) / statistics.median(rps[f"{tree} w1"])
        one_total = sum(med(f"{tree} w1", part) for part in PARTS)
        per_core = n * one_total / total
        derived = (n / total) / (1 / med(f"{tree} w1", "loop"))
        lines.append(
            f"{tag:<10} {statistics.median(rps[tag]):>6.0f} {med(tag, 'loop'):>7.1f} "
            f"{med(tag, 'threads'):>8.1f} {med(tag, 'supervisor'):>8.1f} "
            f"{med(tag, 'journal'):>8.1f} {total:>7.1f} {wall:>10.2f} "
            + (f"{per_core:>10.2f} {derived:>12.2f}" if n > 1 else f"{'-':>10} {'-':>12}")
        )
    lines.append(
        f"µs of CPU per request (medians of {args.rounds} interleaved rounds of "
        f"{args.seconds:.0f} s, concurrency {args.concurrency}); {os.cpu_count()} cores; load "
        f"average (1 min) {min(loads):.1f}-{max(loads):.1f} during; base {trees['base']}"
    )
    print("\n".join(lines))


if __name__ == "__main__":
    main()
