"""Same answers before and after a change to the screening query path.

    .venv/bin/python bench/screening/equivalence.py [--base REV] [--new REV|.] [--n-neg N]

Screens a fixed sample of queries with two versions of the code and compares every match:
entity, matched name, raw and calibrated score (to 1e-9) and the reviewer's explanation.
``--base`` (default ``HEAD``) is checked out into a temporary ``git worktree``; ``--new``
is the working tree (``.``, the default) or another revision; with ``--files A B`` the new side
is the base revision with only those working-tree files laid over it (so that other engineers'
unfinished edits in the shared tree do not enter the comparison). Each side builds its index from
the shipped lists into a fresh cache folder, so a stale cached index cannot hide a difference.

The sample (about 5,300 searches, all from ``bench/screening/data``):

* the first N (default 1,000) names of each negative set, as the benchmark screens them
  (kind person, review threshold: the pruned query path);
* both names of every name_bench pair (their schema's kind), at the review threshold and
  with no threshold (every candidate scored);
* the treated UN positives, at the review threshold and with no threshold (as the benchmark's
  recall row), so the pruned path is checked on queries that do have matches;
* issue 17's realistic queries (``realistic_variants`` and ``innocent_real``, both halves: only
  answers are compared, no miss is read), at the review threshold with their kind;
* with ``--more``, also every query of the development, check and independent sets
  (``dev``, ``devcheck``, ``dev2``, ``devcheck2``, ``independent``, ``independent2``: variants
  and innocent names, both halves, about 57,000 searches more), the same way.

Every change of verdict (a pruned search whose best match at or above review appears,
disappears or changes) is listed, so an intended change can be shown in full.

Each side also reports CPU seconds for the negatives (the first pass, cold word lookups), a
rough A/B of the query speed; both sides run one after the other in separate processes.
Exit status 0 when every answer is identical, 1 otherwise (the first differences beyond the
order of equally scored matches are printed).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
KINDS = {
    "Person": "person",
    "Company": "organization",
    "Organization": "organization",
    "Vessel": "vessel",
}
TOL = 1e-9


def read_csv(path: Path) -> list[dict[str, str]]:
    with gzip.open(path, "rt", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


#: the sets ``--more`` adds (``<set>_variants.csv.gz`` and ``<set>_innocent.csv.gz``)
MORE_SETS = ("dev", "devcheck", "dev2", "devcheck2", "independent", "independent2")


def sample(n_neg: int, more: bool = False) -> list[tuple[str, str, str | None, bool]]:
    """(label, name, kind, pruned) for every search of the sample, in a fixed order."""
    out: list[tuple[str, str, str | None, bool]] = []
    for label in ("global", "us"):
        for r in read_csv(DATA / f"negatives_{label}.csv.gz")[:n_neg]:
            out.append((f"neg-{label}", r["full_name"], "person", True))
    bench = read_csv(DATA / "name_bench_cases.csv.gz")
    for pruned in (True, False):
        for r in bench:
            for col in ("name1", "name2"):
                out.append(("name_bench", r[col], KINDS.get(r["schema"]), pruned))
        for r in read_csv(DATA / "positives_un_treated.csv.gz"):
            out.append(("un-treated", r["full_name"], "person", pruned))
    # issue 17's realistic queries, both halves (answers are compared, no miss is read)
    for r in read_csv(DATA / "realistic_variants.csv.gz"):
        out.append(("realistic", r["query"], r["kind"] or None, True))
    for r in read_csv(DATA / "innocent_real.csv.gz"):
        out.append(("innocent", r["name"], r["kind"] or None, True))
    for name in MORE_SETS if more else ():
        for r in read_csv(DATA / f"{name}_variants.csv.gz"):
            out.append((f"{name}-var", r["query"], r["kind"] or None, True))
        for r in read_csv(DATA / f"{name}_innocent.csv.gz"):
            out.append((f"{name}-inn", r["name"], r["kind"] or None, True))
    return out


def _native_in_use() -> bool:
    """Whether the compiled query path ran (``scripts/build_screening_ext.py``; older
    revisions have none)."""
    try:
        from exportgate.screening import native  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return False
    return bool(native.in_use)


def dump(out_path: Path, n_neg: int, more: bool = False) -> None:
    """Child process: screen the sample with the code on PYTHONPATH, one JSON line a search."""
    os.environ["EXPORTGATE_CACHE_DIR"] = tempfile.mkdtemp(prefix="eg-equiv-cache-")
    os.environ["EXPORTGATE_HOME"] = tempfile.mkdtemp(prefix="eg-equiv-home-")
    from exportgate.screening import screener as screener_mod
    from exportgate.screening.scoring import describe

    src = Path(screener_mod.__file__).resolve().parents[2]
    screener = screener_mod.default_screener()
    idx = screener.index
    review = screener.review_threshold
    queries = sample(n_neg, more)
    neg = [q for q in queries if q[0].startswith("neg-")]
    c0 = time.process_time()
    for _, name, kind, _ in neg:
        screener.screen(name, kind=kind)
    cpu_neg = time.process_time() - c0
    real = [q for q in queries if q[0] in ("realistic", "innocent")]
    c0 = time.process_time()
    for _, name, kind, _ in real:
        screener.screen(name, kind=kind)
    cpu_real = time.process_time() - c0
    with out_path.open("w", encoding="utf-8") as fh:
        head = {
            "src": str(src),
            "neg_queries": len(neg),
            "neg_cpu_s": cpu_neg,
            "real_queries": len(real),
            "real_cpu_s": cpu_real,
            "native": _native_in_use(),
        }
        fh.write(json.dumps(head) + "\n")
        for label, name, kind, pruned in queries:
            cands = idx.search(name, kind=kind, limit=10, min_score=review if pruned else 0.0)
            rows = []
            for c in cands:
                ent = idx.entities[c.entity]
                alias = idx.n_alias[c.name_id]
                rows.append(
                    [
                        ent.list,
                        ent.list_id,
                        alias,
                        c.raw,
                        c.score,
                        describe(c.result, round(c.score, 4), alias, c.notes),
                    ]
                )
            fh.write(json.dumps([label, name, kind, pruned, rows], ensure_ascii=False) + "\n")


def checkout(rev: str) -> Path:
    path = Path(tempfile.mkdtemp(prefix="eg-equiv-wt-"))
    subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "add", "--detach", "-f", str(path), rev],
        check=True,
        capture_output=True,
    )
    return path


def remove(path: Path) -> None:
    subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(path)],
        check=False,
        capture_output=True,
    )


def run_side(src: Path, out_path: Path, n_neg: int, more: bool = False) -> dict[str, object]:
    env = dict(os.environ, PYTHONPATH=str(src), PYTHONHASHSEED="0")
    subprocess.run(
        [sys.executable, __file__, "--dump", str(out_path), "--n-neg", str(n_neg)]
        + (["--more"] if more else []),
        check=True,
        env=env,
        cwd=str(ROOT),
    )
    with out_path.open(encoding="utf-8") as fh:
        head: dict[str, object] = json.loads(fh.readline())
    return head


def same(a: object, b: object) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return abs(a - b) <= TOL
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return a == b


def _by_score(rows: list[list[object]]) -> list[list[object]]:
    return sorted(rows, key=lambda r: (-float(r[4]), str(r[0]), str(r[1])))  # type: ignore[arg-type]


def _top(rows: list[list[object]], pruned: bool, review: float) -> str:
    """The best match at or above review (the verdict of a pruned search), or "-"."""
    got = [r for r in _by_score(rows) if not pruned or float(r[4]) >= review]  # type: ignore[arg-type]
    return f"{got[0][2]} {float(got[0][4]):.3f}" if got else "-"  # type: ignore[arg-type]


def compare(
    base: Path, new: Path, review: float = 0.81
) -> tuple[int, int, int, list[str], list[str]]:
    """Searches compared, answers that differ, how many of those differ only in the order
    of equally scored matches, the first differences, and every change of verdict (a pruned
    search whose best match at or above review changed: each intended change is listed)."""
    n = bad = ties = 0
    shown: list[str] = []
    verdicts: list[str] = []
    with base.open(encoding="utf-8") as fa, new.open(encoding="utf-8") as fb:
        fa.readline()
        fb.readline()
        for la, lb in zip(fa, fb, strict=True):
            n += 1
            a, b = json.loads(la), json.loads(lb)
            if not same(a, b):
                bad += 1
                if same(a[:4] + [_by_score(a[4])], b[:4] + [_by_score(b[4])]):
                    ties += 1
                elif len(shown) < 5:
                    shown.append(f"base: {la.strip()[:400]}\nnew:  {lb.strip()[:400]}")
                if a[3]:
                    ta, tb = _top(a[4], True, review), _top(b[4], True, review)
                    if (ta == "-") != (tb == "-") or ta.rsplit(" ", 1)[0] != tb.rsplit(" ", 1)[0]:
                        verdicts.append(f"{a[0]:>10} {a[1]!r} ({a[2]}): {ta} -> {tb}")
    return n, bad, ties, shown, verdicts


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--base", default="HEAD", help="revision to compare against (default HEAD)")
    ap.add_argument("--new", default=".", help="'.' for the working tree (default) or a revision")
    ap.add_argument(
        "--files",
        nargs="+",
        metavar="PATH",
        help="new side = the base revision with only these working-tree files laid "
        "over it (other engineers' unfinished edits stay out of the comparison)",
    )
    ap.add_argument("--n-neg", type=int, default=1000, help="names taken from each negative set")
    ap.add_argument(
        "--more",
        action="store_true",
        help="also the development, check and independent sets (every query, both halves)",
    )
    ap.add_argument("--dump", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.dump:
        dump(Path(args.dump), args.n_neg, args.more)
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="eg-equiv-"))
    trees: list[Path] = []
    try:
        base_tree = checkout(args.base)
        trees.append(base_tree)
        if args.files:
            new_tree = checkout(args.base)
            trees.append(new_tree)
            for f in args.files:
                shutil.copyfile(ROOT / f, new_tree / f)
            new_src = new_tree / "src"
            args.new = f"{args.base} + {' '.join(args.files)}"
        elif args.new == ".":
            new_src = ROOT / "src"
        else:
            new_tree = checkout(args.new)
            trees.append(new_tree)
            new_src = new_tree / "src"
        heads = {}
        for side, src in (("base", base_tree / "src"), ("new", new_src)):
            heads[side] = run_side(src, tmp / f"{side}.jsonl", args.n_neg, args.more)
        n, bad, ties, shown, verdicts = compare(tmp / "base.jsonl", tmp / "new.jsonl")
    finally:
        for t in trees:
            remove(t)
    for side in ("base", "new"):
        h = heads[side]
        nq = int(h["neg_queries"])  # type: ignore[call-overload]
        cpu = float(h["neg_cpu_s"])  # type: ignore[arg-type]
        nr = int(h.get("real_queries", 0))  # type: ignore[call-overload]
        cr = float(h.get("real_cpu_s", 0.0))  # type: ignore[arg-type]
        print(
            f"{side:>4} ({args.base if side == 'base' else args.new}): {h['src']}"
            f"{' (compiled)' if h.get('native') else ''}; "
            f"{nq} negatives, first pass {cpu:.2f} CPU s = {nq / cpu:.0f} queries per CPU second"
            + (
                f"; {nr} realistic queries {cr:.2f} CPU s = {nr / cr:.0f} per CPU second"
                if cr
                else ""
            )
        )
    print(
        f"searches compared: {n}; different: {bad} ({ties} of them only in the order of "
        f"equally scored matches)"
    )
    for s in shown:
        print(s)
    print(f"verdicts changed (best match at or above review, pruned searches): {len(verdicts)}")
    for v in verdicts:
        print("  " + v)
    return 0 if bad == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
