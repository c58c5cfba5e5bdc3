"""Instructions per query pass, base checkout vs this one: a count that other processes' load
does not move (valgrind's callgrind; issue 17's speed work, screenbatch).

    PYTHONPATH=src .venv/bin/python bench/screening/instructions.py --base-src /tmp/base/src \\
        [--set independent7] [--half all] [--every 5] [--keep DIR]

The queries are those ``realistic.py`` screens for ``--set`` / ``--half`` (list-name variants,
then the innocent names that are not a listed name), every ``--every``-th of them. Each side
runs in a process of its own under ``valgrind --tool=callgrind --instr-atstart=no``: the
screener started as a service starts (``default_screener()``), one warm-up query, counting
switched on (``callgrind_control -i on``), each query once, and the process ended with
``os._exit`` (the interpreter's finalisation is not counted). Whichever of a side's modules is
compiled (``scripts/build_native.py --package screening``) is what runs; the line says which.
With ``--keep DIR`` each side's callgrind file is kept there for ``callgrind_annotate``. Needs
valgrind; a few minutes a side for ~900 queries.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def count(src: str, queries: Path) -> None:
    """(Run under callgrind.) Start the screener, one warm-up query, count the pass."""
    sys.path.insert(0, src)
    from exportgate.screening import native
    from exportgate.screening.screener import default_screener

    screener = default_screener()
    print(f"compiled: {native.in_use}", file=sys.stderr)
    items = json.loads(queries.read_text())
    screener.screen("Maria Gonzalez Ortega")
    subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], capture_output=True)
    for text, kind, limit in items:
        screener.screen(text, kind=kind, limit=limit)
    sys.stderr.flush()
    os._exit(0)


def measure(src: Path, queries: Path, out: str) -> tuple[int, str]:
    env = dict(os.environ, PYTHONHASHSEED="0")
    env.pop("PYTHONPATH", None)
    done = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--instr-atstart=no",
            f"--callgrind-out-file={out}",
            sys.executable,
            str(Path(__file__).resolve()),
            "--count",
            str(src),
            str(queries),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(r"Collected : (\d+)", done.stderr)
    compiled = re.search(r"compiled: (\w+)", done.stderr)
    assert found is not None and compiled is not None, done.stderr[-2000:]
    return int(found.group(1)), compiled.group(1)


def queries_of(name: str, half: str) -> list[list[object]]:
    """The queries ``realistic.py --set name --half half`` screens, in its order."""
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(ROOT / "src"))
    from realistic import DATA, listed_names, plain_name, read_csv

    from exportgate.screening.screener import default_screener

    listed = listed_names(default_screener().entities)
    listed_sets = {" ".join(sorted(n.split())) for n in listed} if name != "realistic" else set()

    def is_listed(text: str) -> bool:
        plain = plain_name(text)
        return plain in listed or " ".join(sorted(plain.split())) in listed_sets

    if name == "realistic":
        variants = read_csv(DATA / "realistic_variants.csv.gz")
        innocent = read_csv(DATA / "innocent_real.csv.gz")
    else:
        variants = read_csv(DATA / f"{name}_variants.csv.gz")
        innocent = read_csv(DATA / f"{name}_innocent.csv.gz")

    def keep(r: dict[str, str]) -> bool:
        return half == "all" or r["half"] == half

    out: list[list[object]] = [[r["query"], r["kind"] or None, 10] for r in variants if keep(r)]
    out += [
        [r["name"], r["kind"] or None, 3] for r in innocent if keep(r) and not is_listed(r["name"])
    ]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base-src", type=Path, help="a base checkout's src folder (built or not)")
    ap.add_argument("--set", default="independent7")
    ap.add_argument("--half", default="all")
    ap.add_argument("--every", type=int, default=5)
    ap.add_argument("--keep", type=Path, help="keep each side's callgrind file in this folder")
    ap.add_argument("--count", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.count is not None:
        count(args.count[0], Path(args.count[1]))
        return
    chosen = queries_of(args.set, args.half)[:: args.every]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(chosen, handle)
    queries = Path(handle.name)
    sides = [("this checkout", ROOT / "src")]
    if args.base_src:
        sides.insert(0, ("base", args.base_src.resolve()))
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    print(f"{len(chosen)} queries ({args.set}, half {args.half}, every {args.every})")
    for i, (name, src) in enumerate(sides):
        out = str(args.keep / f"callgrind.{i}.out") if args.keep else "/dev/null"
        n, compiled = measure(src, queries, out)
        print(
            f"  {name} ({src}, compiled {compiled}): {n:,} instructions, {n // len(chosen):,} a query"
        )
    queries.unlink()


if __name__ == "__main__":
    main()
