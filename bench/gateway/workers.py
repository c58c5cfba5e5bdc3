"""Throughput of ``exportgate serve --workers N`` against one worker, same run (issue 19, item 2).

    PYTHONPATH=src .venv/bin/python bench/gateway/workers.py [--workers 2] [--seconds 5]
        [--rounds 5] [--concurrency 64] [--limits-backend memory|redis://127.0.0.1:6379/0]
        [--upstream fast|fast-py|standin]
    (or: .venv/bin/python bench/gateway/run.py --workers 2 ...)

Processes, all on loopback: an instant upstream (``fast``, the default: ``fast_upstream.c``,
compiled into the work directory when a C compiler is installed, one thread on epoll answering
one fixed completion; ``fast-py``, or ``fast`` without a compiler: ``fast_upstream.py``, the same
answers from a raw protocol on uvloop; ``standin``: the stand-in model server, about 50 µs of CPU
per request, taken from the gateway's cores); exportgate with one worker (plain
``exportgate serve``) and exportgate with ``--workers N`` (a supervisor, N workers on one port with
SO_REUSEPORT, one journal worker), both running for the whole bench on their own ports and
stores with every check on (API key -> account, policy decision, audit and usage records with
``sync`` durability, rate limits, metrics); and the load generator (``wrk``, one thread, when installed,
else ``loadgen.py``: closed loop, ``--concurrency`` keep-alive connections), in its own process.
Rounds alternate between the two gateways; medians over rounds are reported.

**CPU.** This machine has 2 cores, shared with other work, and the load generator and the
upstream need CPU too, so one gateway worker can use about one core and N = 2 workers compete
with the load generator for the second. Each row reports what it got: requests per second
(wall), the gateway's CPU seconds per request (all its processes: supervisor, workers, journal
worker; from /proc), the cores the gateway used during the run, and the load generator's and the
upstream's CPU; the gateway's CPU is split into its serving processes (``serving``: the workers'
event loops and commit threads, and the supervisor) and its journal worker (``journal``: the
records into the store, at nice 10). ``rps per gateway core`` divides throughput by the cores the gateway used:
equal for N = 1 and N = 2 means the workers scale without contention of their own.

**Where the cores go.** ``loop asleep`` is the share of the round for which the serving
processes' event loops (mean over workers) neither ran nor waited for a core
(``/proc/PID/task/PID/schedstat``): none of their connections had work for them, every request
waiting for the upstream, the group commit's ``fdatasync`` or the client. A closed-loop load
keeps a loop busy only with enough connections on it: about 1 + 1.5 x (fsync time) / (CPU per
request), ~25-30 at this disk's 3-5 ms and ~0.33 ms. The last lines give, for the N-worker
gateway, how the kernel's ``SO_REUSEPORT`` hash spread the load generator's connections over the
workers (counted with ``ss`` in the middle of each round) and the busiest worker's share of the
loops' CPU. After the runs both gateways are stopped gracefully and each store is checked: every
200 the load generator got has its usage record.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import (  # noqa: E402 - the bench's own helpers, next to this file
    KEY,
    PYTHON,
    Proc,
    _children,
    free_port,
    run_load,
    seed_store,
    start,
)


def _config(work: Path, name: str, port: int, upstream: int, backend: str) -> Path:
    path = work / f"{name}.yaml"
    limits: dict[str, object] = {
        "account": {"requests_per_minute": 10**9, "tokens_per_minute": 10**12},
        "key": {"requests_per_minute": 10**9},
    }
    if backend != "memory":
        limits["backend"] = backend
    path.write_text(
        json.dumps(
            {
                "listen": {"host": "127.0.0.1", "port": port},
                "store": f"sqlite:///{work / (name + '.db')}",
                "upstreams": [
                    {"name": "fast", "base_url": f"http://127.0.0.1:{upstream}/v1", "api_key": "x"}
                ],
                "models": [
                    {
                        "id": "mock-fast",
                        "upstream": "fast",
                        "upstream_model": "mock-gpt",
                        "controlled": True,
                    }
                ],
                "local_networks": {"country": "US", "network": "residential"},
                "limits": limits,
                "usage": {"spool_dir": str(work / f"spool-{name}")},
            }
        )
    )
    return path


def _journal_cpu(proc: Proc) -> float:
    """CPU seconds of the gateway's journal worker process(es) so far."""
    total = 0
    for pid in _children(proc.popen.pid):
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if b"exportgate.gateway.journal" in cmdline:
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def cpu_by_part(proc: Proc) -> dict[str, int]:
    """Clock ticks used so far by each part of a gateway: ``loop`` (the workers' main threads:
    their event loops), ``threads`` (their other threads: the journal's commit thread, idle
    helpers), ``supervisor`` and ``journal`` (the journal worker), from
    ``/proc/PID/task/TID/stat``."""
    out: dict[str, int] = dict.fromkeys(PARTS, 0)
    supervisor = proc.popen.pid
    for pid in [supervisor, *_children(supervisor)]:
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
            tasks = list(Path(f"/proc/{pid}/task").iterdir())
        except OSError:
            continue
        journal = b"exportgate.gateway.journal" in cmdline
        supervises = pid == supervisor and b"--workers" in cmdline
        for task in tasks:
            try:
                fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if journal:
                part = "journal"
            elif supervises:
                part = "supervisor"
            else:
                part = "loop" if int(task.name) == pid else "threads"
            out[part] += int(fields[11]) + int(fields[12])
    return out


PARTS = ("loop", "threads", "supervisor", "journal")
TICK = os.sysconf("SC_CLK_TCK")


def _loop_pids(proc: Proc) -> list[int]:
    """The serving processes of a gateway: its workers (``--workers N``) or the gateway itself."""
    pids = []
    for pid in [proc.popen.pid, *_children(proc.popen.pid)]:
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        if b"exportgate.gateway.journal" in cmdline or b"--workers" in cmdline:
            continue  # the journal worker, the supervisor
        pids.append(pid)
    return pids


def _schedstat(pid: int) -> tuple[int, int]:
    """Nanoseconds a process's main thread (its event loop) has run, and has waited runnable
    for a core, so far (``/proc/PID/task/PID/schedstat``)."""
    try:
        run_ns, wait_ns, _ = Path(f"/proc/{pid}/task/{pid}/schedstat").read_text().split()
    except (OSError, ValueError):
        return 0, 0
    return int(run_ns), int(wait_ns)


def _connections(port: int, pids: list[int]) -> list[int]:
    """Established client connections on ``port`` held by each of ``pids`` (``ss``)."""
    try:
        listing = subprocess.run(
            ["ss", "-Htnp", "state", "established", f"( sport = :{port} )"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
    except OSError:
        return []
    return [sum(f"pid={pid}," in line for line in listing.splitlines()) for pid in pids]


def _usage_200(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM usage WHERE status = 200").fetchone()[0])


def _compiled_upstream(work: Path) -> Path | None:
    """``fast_upstream.c`` built into ``work`` with the C compiler, or None when there is none
    (or it fails): then the Python one serves."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        return None
    binary = work / "fast_upstream"
    built = subprocess.run(
        [compiler, "-O2", "-o", str(binary), str(HERE / "fast_upstream.c")],
        capture_output=True,
        text=True,
        check=False,
    )
    if built.returncode != 0:
        print(f"fast_upstream.c did not compile, using fast_upstream.py:\n{built.stderr}")
        return None
    return binary


def start_upstream(work: Path, kind: str = "fast") -> tuple[Proc, int]:
    """The upstream on a free loopback port, ready, and its port: ``fast`` (``fast_upstream.c``
    compiled here when a C compiler is installed, about 8 µs of CPU per request, else
    ``fast_upstream.py``, about 11-25; one fixed completion either way), ``fast-py`` (the
    Python one) or ``standin`` (the stand-in model server, about 50 µs)."""
    port = free_port()
    binary = _compiled_upstream(work) if kind == "fast" else None
    if binary is not None:
        cmd = [str(binary), str(port)]
    elif kind in ("fast", "fast-py"):
        cmd = [PYTHON, str(HERE / "fast_upstream.py"), "--port", str(port)]
    else:
        cmd = [PYTHON, "-m", "exportgate.gateway.standin", "--port", str(port)]
    url = f"http://127.0.0.1:{port}"
    return start("upstream", cmd, url, "/v1/models", None, work / "upstream.log"), port


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--limits-backend", default="memory")
    parser.add_argument("--upstream", choices=("fast", "fast-py", "standin"), default="fast")
    args = parser.parse_args(argv)
    started_load = os.getloadavg()
    work = Path(tempfile.mkdtemp(prefix="exportgate-workers-bench-"))
    procs: list[Proc] = []
    try:
        upstream, up_port = start_upstream(work, args.upstream)
        procs.append(upstream)
        exe = str(Path(PYTHON).parent / "exportgate")
        gateways: dict[int, Proc] = {}
        for n in (1, args.workers):
            port = free_port()
            seed_store(work / f"w{n}.db")
            config = _config(work, f"w{n}", port, up_port, args.limits_backend)
            command = [exe, "serve", "--config", str(config), "--log-level", "warning"]
            if n > 1:
                command += ["--workers", str(n)]
            gateways[n] = start(
                f"exportgate-w{n}",
                command,
                f"http://127.0.0.1:{port}",
                "/readyz",
                None,
                work / f"w{n}.log",
                env={"PYTHONPATH": str(HERE.parents[1] / "src")},
            )
            procs.append(gateways[n])
        print(f"warming up (work dir {work}) ...", file=sys.stderr)
        answered: dict[int, int] = {n: 0 for n in gateways}
        for n, proc in gateways.items():
            warm = run_load(proc.url, "mock-fast", args.concurrency, 2, work, None)
            answered[n] += warm.requests - warm.non_2xx
        rows: dict[int, list[dict[str, float]]] = {n: [] for n in gateways}
        conns: dict[int, list[list[int]]] = {n: [] for n in gateways}
        shares: dict[int, list[float]] = {n: [] for n in gateways}
        for round_ in range(args.rounds):
            order = list(gateways) if round_ % 2 == 0 else list(reversed(gateways))
            for n in order:
                proc = gateways[n]
                cpu0, up0, journal0 = proc.cpu_s(), upstream.cpu_s(), _journal_cpu(proc)
                parts0 = cpu_by_part(proc)
                loops = _loop_pids(proc)
                sched0 = [_schedstat(pid) for pid in loops]
                kids0 = resource.getrusage(resource.RUSAGE_CHILDREN)
                split: list[list[int]] = []
                port = int(proc.url.rsplit(":", 1)[1])
                census = threading.Timer(
                    args.seconds / 2,
                    lambda out, at, pids: out.append(_connections(at, pids)),
                    (split, port, loops),
                )
                census.start()
                began = time.perf_counter()
                load = run_load(
                    proc.url, "mock-fast", args.concurrency, args.seconds, work, None, threads=1
                )
                wall = time.perf_counter() - began
                census.join()
                sched1 = [_schedstat(pid) for pid in loops]
                ran = [b[0] - a[0] for a, b in zip(sched0, sched1, strict=True)]
                waited = [b[1] - a[1] for a, b in zip(sched0, sched1, strict=True)]
                # a loop neither running nor waiting for a core sleeps: none of its requests
                # has work for it (they wait for the upstream, the group commit or the client)
                asleep = statistics.mean(
                    max(0.0, 1 - (r + w) / (wall * 1e9)) for r, w in zip(ran, waited, strict=True)
                )
                conns[n].append(split[0] if split else [])
                shares[n].append(max(ran) / max(1, sum(ran)))
                kids1 = resource.getrusage(resource.RUSAGE_CHILDREN)
                gw_cpu = proc.cpu_s() - cpu0
                journal_cpu = _journal_cpu(proc) - journal0
                parts1 = cpu_by_part(proc)
                per_req = {
                    f"{part}_us": (parts1[part] - parts0[part]) / TICK / max(1, load.requests) * 1e6
                    for part in PARTS
                }
                ok = load.requests - load.non_2xx
                answered[n] += ok
                rows[n].append(
                    {
                        "rps": load.rps,
                        "p50": load.p50_ms,
                        "p99": load.p99_ms,
                        "cpu_per_req_ms": gw_cpu / max(1, load.requests) * 1000,
                        "gw_cores": gw_cpu / args.seconds,
                        "serving_us": (gw_cpu - journal_cpu) / max(1, load.requests) * 1e6,
                        "journal_us": journal_cpu / max(1, load.requests) * 1e6,
                        **per_req,
                        "load_us": (
                            kids1.ru_utime + kids1.ru_stime - kids0.ru_utime - kids0.ru_stime
                        )
                        / max(1, load.requests)
                        * 1e6,
                        "up_us": (upstream.cpu_s() - up0) / max(1, load.requests) * 1e6,
                        "load_cores": (
                            kids1.ru_utime + kids1.ru_stime - kids0.ru_utime - kids0.ru_stime
                        )
                        / wall,
                        "up_cores": (upstream.cpu_s() - up0) / args.seconds,
                        "bench_us": (
                            kids1.ru_utime
                            + kids1.ru_stime
                            - kids0.ru_utime
                            - kids0.ru_stime
                            + upstream.cpu_s()
                            - up0
                        )
                        / max(1, load.requests)
                        * 1e6,
                        "asleep": asleep,
                        "load1": os.getloadavg()[0],
                        "errors": float(load.errors + load.non_2xx),
                    }
                )
                print(f"round {round_ + 1} workers={n}: {rows[n][-1]}", file=sys.stderr)
        for proc in gateways.values():
            proc.stop()
        recorded = {n: _usage_200(work / f"w{n}.db") for n in gateways}
    finally:
        for proc in procs:
            proc.stop()

    def med(n: int, key: str) -> float:
        return statistics.median(r[key] for r in rows[n])

    header = (
        f"{'gateway':<20} {'rps':>6} {'x one':>6} {'p50 ms':>7} {'p99 ms':>7} "
        f"{'serving us/req':>14} {'journal us/req':>14} {'gw cores':>8} {'rps/gw core':>11} "
        f"{'loop asleep':>11} {'loadgen cores':>13} {'upstream cores':>14} {'200s recorded':>16}"
    )
    lines = [header, "-" * len(header)]
    base = med(1, "rps")
    for n in gateways:
        label = "serve (1 worker)" if n == 1 else f"serve --workers {n}"
        lines.append(
            f"{label:<20} {med(n, 'rps'):>6.0f} {med(n, 'rps') / base:>6.2f} "
            f"{med(n, 'p50'):>7.1f} {med(n, 'p99'):>7.1f} {med(n, 'serving_us'):>14.1f} "
            f"{med(n, 'journal_us'):>14.1f} {med(n, 'gw_cores'):>8.2f} "
            f"{med(n, 'rps') / max(med(n, 'gw_cores'), 1e-9):>11.0f} "
            f"{med(n, 'asleep'):>10.0%} {med(n, 'load_cores'):>13.2f} {med(n, 'up_cores'):>14.2f} "
            f"{recorded[n]:>7}/{answered[n]:<8}"
        )
    ratios = [
        a["rps"] / b["rps"] for a, b in zip(rows[args.workers], rows[1], strict=True) if b["rps"]
    ]
    lines.append(
        f"x one worker, round by round: {', '.join(f'{r:.2f}' for r in ratios)} "
        f"(median {statistics.median(ratios):.2f}; target 1.7)"
    )
    efficiency = (med(args.workers, "rps") / med(args.workers, "gw_cores")) / (
        med(1, "rps") / med(1, "gw_cores")
    )
    lines.append(
        f"throughput per gateway core with {args.workers} workers: {efficiency:.2f} of one "
        f"worker's; with {args.workers} free cores for the gateway that is "
        f"{args.workers * efficiency:.2f}x one worker (derived from CPU accounting, not wall)"
    )
    lines.append(
        "the load generator and the upstream (not the product, on the same cores): "
        + ", ".join(f"{med(n, 'bench_us'):.1f}" for n in gateways)
        + " us of CPU per request (one worker, N workers)"
    )
    lines.append(
        f"connections per worker (--workers {args.workers}), round by round: "
        + ", ".join("/".join(map(str, split)) or "?" for split in conns[args.workers])
        + "; the busiest worker's share of the loops' CPU: "
        + ", ".join(f"{share:.0%}" for share in shares[args.workers])
    )
    lines.append(
        "where a request's CPU goes, us per request (medians): "
        + "; ".join(
            f"{n} worker{'s' if n > 1 else ''}: "
            + ", ".join(
                f"{label} {med(n, key):.1f}"
                for label, key in (
                    ("event loops", "loop_us"),
                    ("commit threads", "threads_us"),
                    ("supervisor", "supervisor_us"),
                    ("journal worker", "journal_us"),
                    ("load generator", "load_us"),
                    ("upstream", "up_us"),
                )
            )
            for n in gateways
        )
    )
    everything = sum(
        med(args.workers, key)
        for key in ("loop_us", "threads_us", "supervisor_us", "journal_us", "load_us", "up_us")
    )
    bench_us = med(args.workers, "load_us") + med(args.workers, "up_us")
    cores = os.cpu_count() or 1
    # one worker is bound by its event loop (its commit thread and journal worker run beside it)
    loop_bound = 1e6 / med(1, "loop_us")
    lines.append(
        f"ceiling from these costs: one worker bound by its event loop = 1e6 / "
        f"{med(1, 'loop_us'):.1f} us = {loop_bound:.0f} rps; {args.workers} workers with all "
        f"{cores} cores busy = {cores} / {everything:.1f} us (everything above) = "
        f"{cores / everything * 1e6:.0f} rps: {cores / everything * 1e6 / loop_bound:.2f}x; "
        f"with the load generator and upstream on other cores "
        f"{cores / (everything - bench_us) * 1e6 / loop_bound:.2f}x; the journal worker did "
        f"{med(args.workers, 'journal_us'):.1f} us per request in the {args.workers}-worker "
        f"rounds against {med(1, 'journal_us'):.1f} in one worker's (at nice 10 it falls behind "
        f"and catches up in the other gateway's rounds)"
    )
    sleepy = [n for n in gateways if med(n, "asleep") > 0.1]
    if sleepy:
        lines.append(
            "the event loops slept more than 10 % of the rounds with "
            + " and ".join(f"{n} worker{'s' if n > 1 else ''}" for n in sleepy)
            + f": {args.concurrency} connections do not keep them busy (each answer waits for "
            "its group commit, slower still on a busy machine), so the ratio measures the load "
            "generator's concurrency as well as the gateway; compare with more --concurrency"
        )
    during = [r["load1"] for n in rows for r in rows[n]]
    lines.append(
        f"medians of {args.rounds} interleaved rounds of {args.seconds:.0f} s, concurrency "
        f"{args.concurrency}, limits backend {args.limits_backend}, upstream {args.upstream}; "
        f"{os.cpu_count()} cores; load average (1 min) {started_load[0]:.1f} at start, "
        f"{min(during):.1f}-{max(during):.1f} during; key {KEY[:8]}..."
    )
    print("\n".join(lines))


if __name__ == "__main__":
    main()
