"""What a full garbage collection walks after screening (issue 17: pauses in a long-running process).

    PYTHONPATH=src .venv/bin/python bench/screening/gc_walk.py [--src PATH]

Starts the default screener (its index frozen out of the collector's reach, as a gateway does),
screens the realistic set's tune half, then tokenises every list name (as a long-running
process's memo fills up to its cap), and prints the objects the cyclic collector still tracks by
type and the time of a full collection (median of 5). ``--src`` measures another checkout's code.
"""

from __future__ import annotations

import argparse
import csv
import gc
import gzip
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def read_csv(name: str) -> list[dict[str, str]]:
    with gzip.open(DATA / name, "rt", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--src", help="import exportgate from here (default: the PYTHONPATH)")
    args = ap.parse_args()
    if args.src:
        sys.path.insert(0, args.src)
    from exportgate.screening.normalize import tokenize
    from exportgate.screening.screener import default_screener

    queries = [
        (r["query"], r["kind"] or None)
        for r in read_csv("realistic_variants.csv.gz")
        if r["half"] == "tune"
    ] + [
        (r["name"], r["kind"] or None)
        for r in read_csv("innocent_real.csv.gz")
        if r["half"] == "tune"
    ]
    screener = default_screener()
    gc.collect()
    gc.freeze()
    for text, kind in queries:
        screener.screen(text, kind=kind)
    for ent in screener.entities:
        for alias in ent.all_names():
            tokenize(alias.name, ent.kind)
    gc.collect()
    gc.collect()
    tracked = gc.get_objects()
    by_type = Counter(type(o).__name__ for o in tracked).most_common(6)
    n = len(tracked)
    del tracked
    pauses = []
    for _ in range(5):
        t = time.perf_counter()
        gc.collect()
        pauses.append(time.perf_counter() - t)
    print(f"code: {sys.modules['exportgate'].__file__}")
    print(f"{len(queries)} queries, then every list name tokenised: {n} tracked objects {by_type}")
    print(f"full collection: {statistics.median(pauses) * 1000:.1f} ms (median of 5)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
