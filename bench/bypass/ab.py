"""Before/after first-stage latency on a loaded machine: the base commit's detector (a git
worktree, as equivalence.py makes it) and this checkout's, each in its own process, rounds
alternated; per prompt the best of 3 CPU-time (thread_time) runs, so other processes'
load weighs less than on the wall clock. Prompts: latency.py's (public test split,
development prompts, set A; ≤ 8,000 characters).

    PYTHONPATH=src:bench/bypass .venv/bin/python bench/bypass/ab.py --base <commit> [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def measure() -> None:
    import devset
    import public
    import run

    from exportgate.bypass.detector import Detector

    detector = Detector()
    _, test = public.split(public.load())
    items = [
        i
        for i in test + devset.build() + run.load_independent(HERE / "independent")[0]
        if sum(len(str(m.get("content") or "")) for m in i["messages"]) <= 8000
    ]
    for item in items[:50]:
        detector.classify(item["messages"])
    best = []
    for item in items:
        runs = []
        for _ in range(3):
            start = time.thread_time()
            detector.classify(item["messages"])
            runs.append(time.thread_time() - start)
        best.append(min(runs))
    best.sort()
    print(
        json.dumps(
            {
                "p50": statistics.median(best) * 1000,
                "p99": best[int(0.99 * len(best))] * 1000,
                "max": best[-1] * 1000,
                "n": len(best),
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure()
        return
    from equivalence import _base_tree

    trees = {"base": _base_tree(args.base) / "src", "head": ROOT / "src"}
    results: dict[str, list[dict[str, float]]] = {"base": [], "head": []}
    for _ in range(args.rounds):
        for name, src in trees.items():
            env = dict(os.environ, PYTHONPATH=f"{src}:{HERE}", PYTHONHASHSEED="0")
            out = subprocess.run(
                [sys.executable, __file__, "--measure"],
                env=env,
                cwd=ROOT,
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            results[name].append(json.loads(out.strip().splitlines()[-1]))
    for name, rows in results.items():
        print(
            f"{name}: n {int(rows[0]['n'])}, CPU time per prompt (best of 3), medians of "
            f"{len(rows)} rounds: p50 {statistics.median(r['p50'] for r in rows):.3f} ms, "
            f"p99 {statistics.median(r['p99'] for r in rows):.3f} ms, "
            f"max {statistics.median(r['max'] for r in rows):.3f} ms"
        )


if __name__ == "__main__":
    main()
