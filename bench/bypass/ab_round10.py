"""Round 10 speed, before and after in the same session: ``latency.py`` run with a base commit's
``src`` and with this checkout's (or any two ``src`` trees), in fresh processes, alternated,
``--runs`` times each; prints the median of each figure over the runs and after/before.

    PYTHONPATH=src:bench/bypass .venv/bin/python bench/bypass/ab_round10.py --base <commit> [--runs 5]
    (or --before-src DIR --after-src DIR)

``--pure``: a third side, the after tree with ``EXPORTGATE_BYPASS_PURE=1`` (its sources even
where its compiled request path is built, ``scripts/build_native.py --package bypass``), so that
one run compares base, sources and compiled; ``after`` then runs compiled where the build is
fresh (the script says which).
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


def _latency(src: Path, pure: bool = False, clock: str = "wall") -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=f"{src}:{HERE}", PYTHONHASHSEED="0")
    env.pop("EXPORTGATE_BYPASS_PURE", None)
    if pure:
        env["EXPORTGATE_BYPASS_PURE"] = "1"
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        subprocess.run(
            [sys.executable, str(HERE / "latency.py"), "--json", out.name, "--clock", clock],
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
        "best-of-5 p90": row["best_of_5"].get("p90", float("nan")),
        "best-of-5 p99": row["best_of_5"]["p99"],
        "best-of-5 max": row["best_of_5"]["max"],
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
    parser.add_argument("--pure", action="store_true", help="add the after tree's sources")
    parser.add_argument("--clock", choices=("wall", "cpu"), default="wall", help="latency.py's")
    args = parser.parse_args()
    if args.before_src is None:
        from equivalence import _base_tree

        args.before_src = _base_tree(args.base) / "src"
    sides = {"before": (args.before_src, False), "after": (args.after_src, False)}
    if args.pure:
        sides["pure"] = (args.after_src, True)
        print(f"after runs compiled: {_compiled(args.after_src)}", flush=True)
    rows: dict[str, list[dict[str, float]]] = {name: [] for name in sides}
    loads = []
    for run in range(args.runs):
        for name, (src, pure) in sides.items():
            loads.append(os.getloadavg()[0])
            rows[name].append(_figures(_latency(src, pure, args.clock)))
        print(f"run {run + 1}/{args.runs} done (load {loads[-1]:.1f})", flush=True)
    print(
        f"\nmedians of {args.runs} alternated runs; load average {min(loads):.1f}-{max(loads):.1f}"
    )
    med = {
        name: {key: statistics.median(r[key] for r in runs) for key in runs[0]}
        for name, runs in rows.items()
    }
    if not args.pure:
        print("| figure (ms) | before | after | after/before |\n|---|---|---|---|")
        for key, before in med["before"].items():
            after = med["after"][key]
            print(f"| {key} | {before:.3f} | {after:.3f} | {after / before:.3f} |")
        return
    print(
        "| figure (ms) | before | pure | after | after/before | after/pure |\n"
        "|---|---|---|---|---|---|"
    )
    for key, before in med["before"].items():
        pure_ms, after = med["pure"][key], med["after"][key]
        print(
            f"| {key} | {before:.3f} | {pure_ms:.3f} | {after:.3f} | {after / before:.3f} "
            f"| {after / pure_ms:.3f} |"
        )


def _compiled(src: Path) -> bool:
    """Whether a process importing the detector from ``src`` runs its compiled modules."""
    env = dict(os.environ, PYTHONPATH=str(src))
    env.pop("EXPORTGATE_BYPASS_PURE", None)
    code = "from exportgate.bypass import native; print(native.in_use)"
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return out.stdout.strip() == "True"


if __name__ == "__main__":
    main()
