"""What a full garbage collection walks after screening (issue 17: pauses in a long-running process).

    PYTHONPATH=src .venv/bin/python bench/screening/gc_walk.py [--src PATH] [--set NAME]

Starts the default screener (its index frozen out of the collector's reach, as a gateway does),
screens the realistic set's tune half (``--set NAME``: every query of another set), then, as a
long-running process's memos fill up to their caps, tokenises every list name and works out the
exact bound's name shapes until their memo holds 9,999 (it is emptied at 10,000). Prints the
objects the cyclic collector still tracks, by type and as reached from the index's memos, and
the time of a full collection (median of 5). ``--src`` measures another checkout's code.
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


def _walked_from(root: object, walked: set[int]) -> int:
    """How many objects that a collection walks (``walked``: their ids) ``root`` reaches."""
    seen: set[int] = set()
    stack = list(gc.get_referents(root))
    n = 0
    while stack:
        x = stack.pop()
        if id(x) in seen or id(x) not in walked:
            continue
        seen.add(id(x))
        n += 1
        stack.extend(gc.get_referents(x))
    return n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--src", help="import exportgate from here (default: the PYTHONPATH)")
    ap.add_argument("--set", help="screen every query of this set (data/SET_variants.csv.gz ...)")
    args = ap.parse_args()
    if args.src:
        sys.path.insert(0, args.src)
    from exportgate.screening.normalize import tokenize
    from exportgate.screening.screener import default_screener

    if args.set:
        queries = [(r["query"], r["kind"] or None) for r in read_csv(f"{args.set}_variants.csv.gz")]
        queries += [(r["name"], r["kind"] or None) for r in read_csv(f"{args.set}_innocent.csv.gz")]
    else:
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
    index = screener.index
    nid = 0
    while len(index._shapes) < 9_999 and nid < len(index.n_alias):  # (emptied at 10,000)
        index._name_shape(nid)
        nid += 1
    gc.collect()
    gc.collect()
    tracked = gc.get_objects()
    by_type = Counter(type(o).__name__ for o in tracked).most_common(6)
    n = len(tracked)
    walked = {id(o) for o in tracked}
    del tracked
    memos = {
        name: getattr(index, name)
        for name in ("_lookup_cache", "_lookup_sized", "_forms_memo", "_rows", "_shapes")
        if hasattr(index, name)
    }
    held = {name: _walked_from(memo, walked) for name, memo in memos.items()}
    pauses = []
    cpu = []
    for _ in range(5):
        t = time.perf_counter()
        c = time.process_time()
        gc.collect()
        pauses.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    print(f"code: {sys.modules['exportgate'].__file__}")
    print(
        f"{len(queries)} queries, then every list name tokenised, 9,999 name shapes held: "
        f"{n} tracked objects {by_type}"
    )
    print(
        "of them reached from the index's memos: " + ", ".join(f"{k} {v}" for k, v in held.items())
    )
    from exportgate.screening import native

    print(
        f"full collection: {statistics.median(pauses) * 1000:.1f} ms, CPU "
        f"{statistics.median(cpu) * 1000:.1f} ms (medians of 5); query path "
        f"{'compiled' if native.in_use else 'sources'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
