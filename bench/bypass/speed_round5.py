"""Round 5 speed figures, before and after, same session: latency.py of a base commit's
detector (a git worktree, as equivalence.py makes it) and of this checkout's, runs alternated,
medians of the runs; then gateway_row.py (detector on vs off, same gateway run) for each.
Load average is read before and after every run.

    PYTHONPATH=src:bench/bypass .venv/bin/python bench/bypass/speed_round5.py --base <commit> \\
        [--runs 3] [--gateway-rounds 3] [--gateway-seconds 3]
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


def _load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def _env(src: Path) -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=f"{src}:{HERE}", PYTHONHASHSEED="0")


def _median(rows: list[dict[str, Any]], *path: str) -> float:
    values = []
    for row in rows:
        value: Any = row
        for key in path:
            value = value[key]
        values.append(float(value))
    return statistics.median(values)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--gateway-rounds", type=int, default=3)
    parser.add_argument("--gateway-seconds", type=float, default=3.0)
    parser.add_argument("--skip-gateway", action="store_true")
    args = parser.parse_args()
    from equivalence import _base_tree

    trees = {"before": _base_tree(args.base) / "src", "after": ROOT / "src"}
    results: dict[str, list[dict[str, Any]]] = {name: [] for name in trees}
    loads: list[str] = []
    for run in range(args.runs):
        for name, src in trees.items():
            with tempfile.NamedTemporaryFile(suffix=".json") as out:
                loads.append(_load())
                subprocess.run(
                    [sys.executable, str(HERE / "latency.py"), "--json", out.name],
                    env=_env(src),
                    cwd=ROOT,
                    check=True,
                    capture_output=True,
                )
                results[name].append(json.loads(Path(out.name).read_text()))
            print(f"latency run {run + 1} {name} done (load {loads[-1]})", flush=True)
    loads.append(_load())
    print(
        f"\nlatency.py, medians of {args.runs} runs per side, alternated; load average "
        f"(1/5/15 min) over the runs: {loads[0]} … {loads[-1]}\n"
    )
    print(
        "| prompts | side | all runs p50 / p99 / max ms | per-prompt best of 5 p50 / p99 / max ms |"
    )
    print("|---|---|---|---|")
    bands = ["all"] + list(results["after"][0]["bands"])
    for band in bands:
        for name, rows in results.items():
            if band == "all":
                label = f"all ≤ 8,000 chars ({rows[0]['prompts']})"
                a = [_median(rows, "all", k) for k in ("p50", "p99", "max")]
                b = [_median(rows, "best_of_5", k) for k in ("p50", "p99", "max")]
            else:
                label = f"{band} chars ({rows[0]['bands'][band]['n']})"
                a = [_median(rows, "bands", band, "all", k) for k in ("p50", "p99", "max")]
                b = [_median(rows, "bands", band, "best_of_5", k) for k in ("p50", "p99", "max")]
            print(
                f"| {label} | {name} | {a[0]:.3f} / {a[1]:.3f} / {a[2]:.3f} "
                f"| {b[0]:.3f} / {b[1]:.3f} / {b[2]:.3f} |"
            )
    for long in results["after"][0]["long"]:
        for name, rows in results.items():
            print(f"| {long} (best of 7) | {name} | {_median(rows, 'long', long):.2f} ms | |")
    if args.skip_gateway:
        return
    for name, src in trees.items():
        before = _load()
        out = subprocess.run(
            [
                sys.executable,
                str(HERE / "gateway_row.py"),
                "--rounds",
                str(args.gateway_rounds),
                "--seconds",
                str(args.gateway_seconds),
            ],
            env=_env(src),
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        print(f"\ngateway_row.py, detector {name} (load {before} → {_load()}):\n{out}")


if __name__ == "__main__":
    main()
