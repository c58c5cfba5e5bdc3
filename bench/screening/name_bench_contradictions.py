"""name_bench held-out F1, and a second figure without pairs the set labels both ways (issue 17).

    .venv/bin/python bench/screening/name_bench_contradictions.py

The target stays on the whole held-out half (odd rows); nothing is relabelled. The second
figure leaves out the held-out members of two kinds of contradiction inside the set itself,
chosen by rule, not by our score (the rule drops every held-out member of a contradictory group,
whichever way the member is labelled):

* the same two names (case-folded, either order) labelled both match and non-match;
* one transformation applied the same way labelled both ways: the "Roman-numeral vintage swap"
  rows (a fund and the next fund of its series: 8 labelled match, 1 non-match).
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import KINDS, prf, read_csv  # noqa: E402

from exportgate.screening import compare_names  # noqa: E402
from exportgate.screening.scoring import DEFAULT_PARAMS  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
SAME_TRANSFORMATION = ("roman-numeral vintage swap",)


def contradictions(rows: list[dict[str, str]]) -> dict[int, str]:
    """Row index -> why it is left out of the second figure."""
    out: dict[int, str] = {}
    pairs: dict[tuple[str, str], list[int]] = collections.defaultdict(list)
    for k, r in enumerate(rows):
        pairs[tuple(sorted((r["name1"].casefold().strip(), r["name2"].casefold().strip())))].append(
            k
        )  # type: ignore[index]
    for ks in pairs.values():
        if len({rows[k]["is_match"] for k in ks}) > 1:
            for k in ks:
                others = ", ".join(f"row {j} {rows[j]['is_match']}" for j in ks if j != k)
                out[k] = f"same pair labelled both ways ({others})"
    for note in SAME_TRANSFORMATION:
        ks = [k for k, r in enumerate(rows) if r["notes"].strip().lower().startswith(note)]
        labels = collections.Counter(rows[k]["is_match"] for k in ks)
        if len(labels) > 1:
            for k in ks:
                out.setdefault(k, f"'{note}' labelled both ways ({dict(labels)})")
    return out


def main() -> int:
    rows = read_csv(DATA / "name_bench_cases.csv.gz")
    gold = [r["is_match"].strip().lower() == "true" for r in rows]
    thr = DEFAULT_PARAMS.review_threshold
    pred = [
        compare_names(r["name1"], r["name2"], kind=KINDS.get(r["schema"]))[0] >= thr for r in rows
    ]
    held = [k for k in range(len(rows)) if k % 2 == 1]
    drop = contradictions(rows)
    kept = [k for k in held if k not in drop]
    p, r, f = prf([pred[k] for k in held], [gold[k] for k in held])
    print(f"held-out (n={len(held)}): P {p:.3f} R {r:.3f} F1 {f:.3f}   <- the target figure")
    p, r, f = prf([pred[k] for k in kept], [gold[k] for k in kept])
    print(f"held-out without contradictory pairs (n={len(kept)}): P {p:.3f} R {r:.3f} F1 {f:.3f}")
    print("left out (held-out rows):")
    for k in held:
        if k in drop:
            row = rows[k]
            print(
                f"  row {k}: {row['name1']!r} / {row['name2']!r} labelled {row['is_match']}, ours {'match' if pred[k] else 'no match'}: {drop[k]}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
