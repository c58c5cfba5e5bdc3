"""Round 10 speed, before and after in the same session: ``latency.py`` run with a base commit's
``src`` and with this checkout's (or any two ``src`` trees), in fresh processes, alternated,
``--runs`` times each; prints the median of each figure over the runs and after/before.

    PYTHONPATH=src:bench/bypass .venv/bin/python bench/bypass/ab_round10.py --base <commit> [--runs 5]
    (or --before-src DIR --after-src DIR)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def _latency(src: Path) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=f"{src}:{HERE}", PYTHONHASHSEED="0")
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        subprocess.run(
            [sys.executable, str(HERE / "latency.py"), "--json", out.name],
            env=env,
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        result: dict[str, Any] = json.loads(Path(out.name).read_text())
    return result


def _figures(row: dict[str, Any]) -> dict[str, float]:
    out = {
        "best-of-5 p50": row["best_of_5"]["p50"],
        "best-of-5 p99": row["best_of_5"]["p99"],
        "all runs p50": row["all"]["p50"],
        "all runs p99": row["all"]["p99"],
    }
    for band, figures in row["bands"].items():
        out[f"{band} best-of-5 p50"] = figures["best_of_5"]["p50"]
        out[f"{band} best-of-5 p99"] = figures["best_of_5"]["p99"]
    for name, ms in row["long"].items():
        out[f"{name} (best of 7)"] = ms
    return {k: float(v) for k, v in out.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base")
    parser.add_argument("--before-src", type=Path)
    parser.add_argument("--after-src", type=Path, default=ROOT / "src")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if args.before_src is None:
        from equivalence import _base_tree

        args.before_src = _base_tree(args.base) / "src"
    sides = {"before": args.before_src, "after": args.after_src}
    rows: dict[str, list[dict[str, float]]] = {name: [] for name in sides}
    loads = []
    for run in range(args.runs):
        for name, src in sides.items():
            loads.append(os.getloadavg()[0])
            rows[name].append(_figures(_latency(src)))
        print(f"run {run + 1}/{args.runs} done (load {loads[-1]:.1f})", flush=True)
    print(
        f"\nmedians of {args.runs} alternated runs; load average {min(loads):.1f}-{max(loads):.1f}"
    )
    print("| figure (ms) | before | after | after/before |\n|---|---|---|---|")
    for key in rows["before"][0]:
        before = statistics.median(r[key] for r in rows["before"])
        after = statistics.median(r[key] for r in rows["after"])
        print(f"| {key} | {before:.3f} | {after:.3f} | {after / before:.3f} |")


if __name__ == "__main__":
    main()
