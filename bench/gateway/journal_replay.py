"""CPU per request of the journal worker's replay (usage and audit records into the store), this
tree against a base tree, on the same journal segments (issue 19, item 2).

    PYTHONPATH=src .venv/bin/python bench/gateway/journal_replay.py --base-src /path/to/base/src
        [--seconds 3] [--runs 6]

First a real gateway (one worker, the instant upstream, ``wrk``, every check on, ``sync``
durability) serves load for ``--seconds`` with its journal worker stopped (SIGSTOP), so that
its closed journal segments stay in the spool; they are copied aside. Then each tree replays
the same segments into a fresh copy of the seeded SQLite store, in a child process set up as
the journal worker sets itself up, alternately base and this tree, ``--runs`` times each; the
child reports the CPU time (user + system, all threads) of the replay divided by the requests
replayed. CPU time, not wall time: a busy machine slows the replay but not what it costs.
The first segment is replayed before the clock starts (connections, compiled statements).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import PYTHON, _children, free_port, run_load, seed_store, start  # noqa: E402
from workers import _config, start_upstream  # noqa: E402

REPLAY = r"""
import json, shutil, sys, time
from pathlib import Path
segments, work = Path(sys.argv[1]), Path(sys.argv[2])
import exportgate.gateway.journal as journal
if hasattr(journal, "quiet_gc"):
    journal.quiet_gc()  # as the worker's main() does
from exportgate.gateway.auditsink import default_audit_writer
from exportgate.gateway.recorder import RecordWriter
from exportgate.store import Store
shutil.copy(segments / "seed.db", work / "store.db")
spool = work / "spool"
spool.mkdir()
files = sorted(segments.glob("batch-*.jsonl"))
store = Store(f"sqlite:///{work / 'store.db'}")
writer = RecordWriter(store, default_audit_writer(store), spool, replay_interval_s=3600)
writer._stop.set(); writer._wake.set(); writer._thread.join()  # replay on this thread only
shutil.copy(files[0], spool / files[0].name)
writer.replay()
for path in files[1:]:
    shutil.copy(path, spool / path.name)
requests = sum(p.read_bytes().count(b'{"kind":"usage"') for p in files[1:])
began = time.process_time()
assert writer.replay()
used = time.process_time() - began
print(json.dumps({"requests": requests, "us_per_request": used / requests * 1e6}))
"""


def capture(work: Path, seconds: float) -> Path:
    """Journal segments of a gateway under load, its journal worker stopped; returns their
    directory (with ``seed.db``, the store before them)."""
    upstream, up_port = start_upstream(work)
    port = free_port()
    seed_store(work / "gw.db")
    segments = work / "segments"
    segments.mkdir()
    shutil.copy(work / "gw.db", segments / "seed.db")
    exe = str(Path(PYTHON).parent / "exportgate")
    config = _config(work, "gw", port, up_port, "memory")
    gateway = start(
        "gateway",
        [exe, "serve", "--config", str(config), "--log-level", "warning"],
        f"http://127.0.0.1:{port}",
        "/readyz",
        None,
        work / "gw.log",
        env={"PYTHONPATH": str(HERE.parents[1] / "src")},
    )
    stopped = [
        pid
        for pid in _children(gateway.popen.pid)
        if b"exportgate.gateway.journal" in Path(f"/proc/{pid}/cmdline").read_bytes()
    ]
    try:
        for pid in stopped:
            os.kill(pid, signal.SIGSTOP)
        load = run_load(gateway.url, "mock-fast", 64, seconds, work, None)
        time.sleep(1.0)  # the last segment closes (rotation every 0.2 s)
        for path in (work / "spool-gw").glob("batch-*.jsonl"):
            shutil.copy(path, segments / path.name)
        print(f"captured {load.requests} requests' records", file=sys.stderr)
    finally:
        for pid in stopped:
            os.kill(pid, signal.SIGCONT)
        gateway.stop()
        upstream.stop()
    return segments


def recut(segments: Path, requests: int) -> None:
    """Replace the captured segments after the first (the warm-up one) by files of
    ``2 x requests`` lines each, in the same order (a gateway with several workers closes a
    segment per worker every ``flush_interval_ms``: smaller files than one worker's)."""
    files = sorted(segments.glob("batch-*.jsonl"))
    lines = [line for path in files[1:] for line in path.read_bytes().splitlines(keepends=True)]
    for path in files[1:]:
        path.unlink()
    stamp = int(files[0].name.split("-")[1]) + 1  # sorts after the first file
    chunks = [lines[at : at + 2 * requests] for at in range(0, len(lines), 2 * requests)]
    for number, chunk in enumerate(chunks, start=1):
        (segments / f"batch-{stamp}-1-{number:06d}.jsonl").write_bytes(b"".join(chunk))
    print(f"re-cut into {len(chunks)} files of {requests} requests", file=sys.stderr)


def replay(src: Path, segments: Path, work: Path) -> float:
    run_dir = Path(tempfile.mkdtemp(dir=work))
    result = subprocess.run(
        [PYTHON, "-c", REPLAY, str(segments), str(run_dir)],
        env={**os.environ, "PYTHONPATH": str(src)},
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    shutil.rmtree(run_dir, ignore_errors=True)
    return float(json.loads(result.stdout.strip().splitlines()[-1])["us_per_request"])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--base-src", required=True, type=Path)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--runs", type=int, default=6)
    parser.add_argument(
        "--segment-requests",
        type=int,
        default=0,
        help="re-cut the captured segments into files of about this many requests (two lines "
        "each), as a busy host with several workers closes them (0: as captured)",
    )
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="exportgate-journal-replay-"))
    segments = capture(work, args.seconds)
    if args.segment_requests:
        recut(segments, args.segment_requests)
    trees = {"base": args.base_src.resolve(), "this": HERE.parents[1] / "src"}
    cpu: dict[str, list[float]] = {tree: [] for tree in trees}
    loads = []
    for run in range(args.runs):
        for tree in trees if run % 2 == 0 else reversed(trees):
            cpu[tree].append(replay(trees[tree], segments, work))
            loads.append(os.getloadavg()[0])
    for tree, values in cpu.items():
        print(
            f"{tree:<5} replay CPU per request: median {statistics.median(values):.1f} us, "
            f"min {min(values):.1f} ({', '.join(f'{v:.1f}' for v in values)})"
        )
    print(
        f"{args.runs} runs each, alternating; load average (1 min) "
        f"{min(loads):.1f}-{max(loads):.1f}; base {trees['base']}"
    )
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
