"""How ``distill scan`` scales with input size, per engine (issue 19, item 3).

    .venv/bin/python bench/distill/scale.py [--sizes 100000,1000000,10000000]
        [--engines local,spark,duckdb] [--timeout 3600] [--data /tmp/eg-scale]
        [--spark-master local[2]] [--spark-memory 6g]

For each size a synthetic usage log is generated once into Parquet (a fast generator: accounts
of several shapes, about 500 records per account, round-robin in time order; every fifth
request of a chat account sends its history, some of it never served), then each engine scans
the same file in its own process, under a wall-clock limit:

* ``local``  — the in-process engine (``scan_paths(engine="local")``: read Parquet, fold, score,
  write the scores);
* ``spark``  — ``scan_paths(engine="spark", master=--spark-master)`` (default ``local[2]``); the
  Spark session is started before the clock (its start-up, 10-20 s here, is printed apart);
* ``duckdb`` — the single-node reference: DuckDB computes the main per-account aggregates
  (requests, tokens, span, active hours and days, long answers, errors, distinct /24 networks and
  user agents) in one SQL query over the same Parquet file. It computes counts, not the
  detector's content features (prompt frames, served history, languages), so it is the speed of
  the columnar part of the work, an upper bound for a Python fold.

Prints one table: size, engine, wall seconds, records per second, the growth of the time
from the previous size as an exponent (time ~ size^k; k = 1 is linear), and the peak resident
memory of the engine's whole process tree (for Spark: the driver, its JVM and the Python
workers), sampled every half second. Memory: the generator holds one row group (100k records)
at a time; the in-process engine holds every account's sketch (about 20,000 at 10M records);
Spark gets ``--spark-memory`` for its JVM (driver and executor in one with ``local[N]``; it
spills to disk past that) and its sketches come back to the driver one partition at a time. Where an engine did not finish within
``--timeout`` the row says so and gives an extrapolation from its largest finished size, marked
``~``. Spark's flags are checked against the local engine's at each size both finished.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import math
import os
import random
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve()
TEMPLATES = [
    "Explain step by step: {}. Show your reasoning before the final answer.",
    "Translate to French: {}",
    "You are a grader. Score the answer below from 1 to 10. Question: {}",
    "Write a detailed essay about {}",
    "hey can you help me with {} thanks",
    "Summarise this paragraph: {}",
]
TOPICS = ["photosynthesis", "the french revolution", "binary search", "tax law", "protein folding"]
UAS = ["python-requests/2.31", "Mozilla/5.0 (X11; Linux x86_64)", "openai-python/1.40", "curl/8.4"]


def generate(path: Path, n: int, seed: int = 19) -> None:
    """``n`` synthetic usage records into one Parquet file (row groups of 100k)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    sys.path.insert(0, str(HERE.parents[2] / "src"))
    from exportgate.distill.usage_io import usage_schema

    rng = random.Random(seed)
    accounts = max(20, n // 500)
    kinds = [rng.choice("hhcbbbbbbe") for _ in range(accounts)]  # harvest, chat, batch, eval
    start = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    step_us = max(1, int(14 * 86400e6 / n))
    schema = usage_schema()
    chunk = 100_000
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        for base in range(0, n, chunk):
            rows = min(chunk, n - base)
            cols: dict[str, list[object]] = {name: [] for name in schema.names}
            for i in range(base, base + rows):
                a = (i * 7919) % accounts
                kind = kinds[a]
                topic = TOPICS[i % len(TOPICS)]
                template = TEMPLATES[(a + (i if kind == "c" else 0)) % len(TEMPLATES)]
                prompt = template.format(f"{topic} item {i % 997}")
                if kind == "c" and i % 5 == 0:
                    earlier = f"{topic} item {(i - 5 * accounts) % 997}" if i % 10 else "x"
                    msgs = [
                        {"role": "user", "content": template.format(earlier)},
                        {"role": "assistant", "content": "Sure, here it is."},
                        {"role": "user", "content": prompt},
                    ]
                else:
                    msgs = [{"role": "user", "content": prompt}]
                out = 900 if kind == "h" else 40 if kind in "be" else 200 + i % 300
                cols["ts"].append(start + dt.timedelta(microseconds=i * step_us))
                cols["request_id"].append(f"r{i:010d}")
                cols["account_id"].append(f"acct-{a:06d}")
                cols["model"].append("frontier-1")
                cols["endpoint"].append("/v1/chat/completions")
                cols["status"].append(200 if i % 97 else 429)
                cols["decision"].append("allow")
                cols["key_id"].append(None)
                octet = (i % 250) if kind == "h" else a % 250
                cols["ip"].append(f"10.{a % 250}.{octet}.{i % 7 + 1}")
                cols["user_agent"].append(UAS[a % len(UAS)])
                cols["messages"].append(json.dumps(msgs))
                cols["prompt_tokens"].append(20 + i % 50)
                cols["completion_tokens"].append(out)
                cols["latency_ms"].append(float(100 + i % 900))
                cols["reasons"].append([])
                for name in ("client_request_id", "end_user", "rerouted_from"):
                    cols[name].append(None)
                cols["refused"].append(False)
            writer.write_table(pa.table(cols, schema=schema))


DUCKDB_SQL = """
SELECT account_id,
       count(*) AS requests,
       sum(prompt_tokens) AS prompt_tokens,
       sum(completion_tokens) AS completion_tokens,
       (epoch(max(ts)) - epoch(min(ts))) / 86400.0 AS span_days,
       count(DISTINCT date_trunc('hour', ts)) AS active_hours,
       count(DISTINCT date_trunc('day', ts)) AS active_days,
       avg(CASE WHEN completion_tokens >= 500 THEN 1 ELSE 0 END) AS long_output_share,
       sum(CASE WHEN status >= 400 THEN 1 ELSE 0 END) AS errors,
       count(DISTINCT regexp_replace(ip, '\\.[0-9]+$', '.0/24')) AS subnets,
       count(DISTINCT user_agent) AS user_agents
FROM read_parquet('{path}')
WHERE account_id IS NOT NULL
GROUP BY account_id
"""


def run_engine(engine: str, data: Path, out: Path, master: str) -> dict[str, object]:
    """One engine on one file, in this process (called in a child process by ``main``)."""
    sys.path.insert(0, str(HERE.parents[2] / "src"))
    if engine == "duckdb":
        import duckdb

        con = duckdb.connect()
        con.execute("SET threads TO 2")
        started = time.perf_counter()
        rows = con.execute(DUCKDB_SQL.format(path=data)).fetchall()
        wall = time.perf_counter() - started
        return {"wall": wall, "accounts": len(rows), "flagged": None, "startup": 0.0}
    from exportgate.batch.distill_scan import scan_paths

    startup = 0.0
    if engine == "spark":
        from exportgate.batch.spark import session

        began = time.perf_counter()
        session(master, app="exportgate-distill-scan").range(1).count()
        startup = time.perf_counter() - began
    started = time.perf_counter()
    result = scan_paths(data, out, engine=engine, master=master)
    wall = time.perf_counter() - started
    return {
        "wall": wall,
        "accounts": len(result.rows),
        "flagged": sorted(result.flagged()),
        "startup": startup,
        "records": result.records,
    }


def _tree(pid: int) -> tuple[set[int], dict[int, int]]:
    """A process and all its descendants, and the resident pages of every process."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        rss[int(entry.name)] = int(fields[21])
    tree, frontier = {pid}, [pid]
    while frontier:
        current = frontier.pop()
        for child, parent in parents.items():
            if parent == current and child not in tree:
                tree.add(child)
                frontier.append(child)
    return tree, rss


def _tree_rss_mib(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MiB."""
    tree, rss = _tree(pid)
    return sum(rss.get(p, 0) for p in tree) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _run_measured(
    command: list[str], env: dict[str, str], timeout: float, log: Path
) -> tuple[str, float]:
    """Run ``command`` (its stderr to ``log``); its stdout and the peak memory of its process
    tree (sampled). Past ``timeout`` the whole tree is killed (Spark's JVM and workers too)."""
    import signal
    import tempfile

    with tempfile.TemporaryFile() as out, open(log, "wb") as err:
        proc = subprocess.Popen(command, stdout=out, stderr=err, env=env)
        began, peak = time.monotonic(), 0.0
        while proc.poll() is None:
            peak = max(peak, _tree_rss_mib(proc.pid))
            if time.monotonic() - began > timeout:
                for pid in _tree(proc.pid)[0]:
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(pid, signal.SIGKILL)
                proc.wait()
                raise subprocess.TimeoutExpired(command, timeout)
            time.sleep(0.5)
        out.seek(0)
        return out.read().decode(), peak


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="100000,1000000,10000000")
    parser.add_argument("--engines", default="local,spark,duckdb")
    parser.add_argument("--timeout", type=float, default=3600.0)
    parser.add_argument("--data", type=Path, default=Path("/tmp/eg-scale"))
    parser.add_argument("--spark-master", default="local[2]")
    parser.add_argument(
        "--spark-memory",
        default="6g",
        help="the Spark JVM's memory (EXPORTGATE_SPARK_MEMORY); the rest of a 24 GiB machine "
        "is left to the Python workers and the page cache",
    )
    parser.add_argument("--child", nargs=3, metavar=("ENGINE", "DATA", "OUT"))
    args = parser.parse_args()
    if args.child:
        engine, data, out = args.child
        print(json.dumps(run_engine(engine, Path(data), Path(out), args.spark_master)))
        return
    args.data.mkdir(parents=True, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",")]
    engines = args.engines.split(",")
    env = {
        **os.environ,
        "PYTHONPATH": str(HERE.parents[2] / "src"),
        "EXPORTGATE_SPARK_MEMORY": args.spark_memory,
    }
    results: dict[tuple[str, int], dict[str, object] | None] = {}
    lines = []
    for n in sizes:
        data = args.data / f"usage-{n}.parquet"
        if not data.exists():
            began = time.perf_counter()
            generate(data, n)
            print(
                f"generated {n:,} records in {time.perf_counter() - began:.0f} s", file=sys.stderr
            )
        for engine in engines:
            out = args.data / f"scores-{engine}-{n}.jsonl"
            command = [sys.executable, str(HERE), "--child", engine, str(data), str(out)]
            command += ["--spark-master", args.spark_master]
            try:
                log = args.data / f"{engine}-{n}.log"
                stdout, peak = _run_measured(command, env, args.timeout, log)
                results[(engine, n)] = {
                    **json.loads(stdout.strip().splitlines()[-1]),
                    "peak_mib": peak,
                }
            except (subprocess.TimeoutExpired, IndexError, ValueError) as exc:
                results[(engine, n)] = None
                print(
                    f"{engine} at {n:,}: did not finish ({type(exc).__name__}); see {log}",
                    file=sys.stderr,
                )
            print(f"{engine} {n:,}: {results[(engine, n)]}"[:300], file=sys.stderr)
    header = (
        f"{'records':>12} {'engine':<8} {'wall s':>9} {'records/s':>11} "
        f"{'k: time ~ size^k':>20} {'accounts':>9} {'peak MiB':>9}  notes"
    )
    lines.append(header)
    lines.append("-" * len(header))
    for engine in engines:
        previous: tuple[int, float] | None = None
        for n in sizes:
            r = results.get((engine, n))
            notes = ""
            if r is None:
                if previous is None:
                    lines.append(
                        f"{n:>12,} {engine:<8} {'n/a':>9} {'':>11} {'':>20} {'':>9} {'':>9}  "
                        "did not finish"
                    )
                    continue
                # extrapolate linearly in records from the largest finished size
                wall = previous[1] * n / previous[0]
                lines.append(
                    f"{n:>12,} {engine:<8} {'~' + format(wall, '.0f'):>9} "
                    f"{'~' + format(n / wall, ',.0f'):>11} {'~1.00':>20} {'':>9} {'':>9}  "
                    f"did not finish in {args.timeout:.0f} s; extrapolated (linear) from "
                    f"{previous[0]:,}"
                )
                continue
            wall = float(r["wall"])  # type: ignore[arg-type]
            growth = ""
            if previous is not None:
                growth = f"{math.log(wall / previous[1]) / math.log(n / previous[0]):.2f}"
            if engine == "spark":
                notes = f"+{float(r['startup']):.0f} s session start"  # type: ignore[arg-type]
                local = results.get(("local", n))
                if local is not None and r.get("flagged") is not None:
                    same = local["flagged"] == r["flagged"]
                    notes += f"; flags {'==' if same else '!='} local"
                    notes += f"; {float(local['wall']) / wall:.2f}x local speed"  # type: ignore[arg-type]
            lines.append(
                f"{n:>12,} {engine:<8} {wall:>9.1f} {n / wall:>11,.0f} {growth:>20} "
                f"{r['accounts']!s:>9} {float(r['peak_mib']):>9,.0f}  {notes}"  # type: ignore[arg-type]
            )
            previous = (n, wall)
    cpu = os.cpu_count()
    load = os.getloadavg()
    lines.append(f"machine: {cpu} cores, load average {load[0]:.1f} (shared)")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
