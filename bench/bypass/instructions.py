"""Instructions per prompt, base commit vs this checkout: a count that other processes' load does
not move (valgrind's callgrind, counting only after the warm-up pass; round 6). Prompts:
latency.py's (public test split, development prompts, set A), in one length band.

    PYTHONPATH=src:bench/bypass .venv/bin/python bench/bypass/instructions.py --base <commit> \\
        [--band 2000 8000] [--sample 300]

Needs valgrind (callgrind and callgrind_control). About a minute per side for the 190 prompts
of 2,001-8,000 characters; the 4,080 prompts of ≤ 500 characters take about two.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def count(prompts: Path) -> None:
    """(Run under callgrind.) Classify every prompt once uncounted, switch counting on, once
    more."""
    from exportgate.bypass.detector import Detector

    items = json.loads(prompts.read_text())
    detector = Detector()
    for item in items:
        detector.classify(item)
    subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], capture_output=True)
    for item in items:
        detector.classify(item)


def _measure(src: Path, prompts: Path, size: int) -> int:
    env = dict(os.environ, PYTHONPATH=f"{src}:{HERE}", PYTHONHASHSEED="0")
    done = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--cache-sim=no",
            "--instr-atstart=no",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            str(Path(__file__).resolve()),
            "--count",
            str(prompts),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(r"Collected : (\d+)", done.stderr)
    assert found is not None, done.stderr[-2000:]
    return int(found.group(1)) // size


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", help="commit whose detector is the reference")
    parser.add_argument("--band", nargs=2, type=int, default=[2000, 8000])
    parser.add_argument(
        "--ids",
        type=Path,
        help="a JSON list of prompt ids (or [set, id] pairs): those prompts only, any length "
        "(round 8: the slowest 3 %% of a latency run, the prompts that set the p99)",
    )
    parser.add_argument(
        "--sample",
        type=int,
        help="only this many of the band's prompts, drawn with random.Random(1) (round 12)",
    )
    parser.add_argument("--count", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.count is not None:
        count(args.count)
        return
    import devset
    import public
    import run
    from equivalence import _base_tree

    low, high = args.band
    _, test = public.split(public.load())
    items = test + devset.build() + run.load_independent(HERE / "independent")[0]
    if args.ids is not None:
        wanted = {
            str(k[-1]) if isinstance(k, list) else str(k) for k in json.loads(args.ids.read_text())
        }
        chosen = [i["messages"] for i in items if str(i["id"]) in wanted]
        low, high = -1, max(sum(len(str(m.get("content") or "")) for m in c) for c in chosen)
    else:
        chosen = [
            i["messages"]
            for i in items
            if low < sum(len(str(m.get("content") or "")) for m in i["messages"]) <= high
        ]
    if args.sample:
        random.Random(1).shuffle(chosen)
        chosen = chosen[: args.sample]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(chosen, handle)
    prompts = Path(handle.name)
    sides = [("after (this checkout)", ROOT / "src")]
    if args.base:
        sides.insert(0, (f"before ({args.base})", _base_tree(args.base) / "src"))
    print(f"{len(chosen)} prompts of {low + 1:,}-{high:,} characters")
    for name, src in sides:
        print(f"  {name}: {_measure(src, prompts, len(chosen)):,} instructions per prompt")
    prompts.unlink()


if __name__ == "__main__":
    main()
