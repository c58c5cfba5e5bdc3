"""Choose the shipped threshold on the leave-one-writer-out folds (round 12), by a rule written
down before the result was seen:

    the lowest threshold t in 0.50, 0.55, ..., 0.90 such that, pooled over every held-out
    writer's prompts (each scored by a learned part trained without that writer), the false
    positive rate is at most 0.5 % and every benign family's is at most 2 %; if none, 0.75.

The margins (0.5 % and 2 % against the issue's targets of 1 % and 3 %) are kept for writers
the folds do not represent. An evidence floor flags at any threshold (``detector.py``), so a
prompt a floor raised counts as flagged at every t.

    PYTHONHASHSEED=0 PYTHONPATH=src:bench/bypass .venv/bin/python bench/bypass/lowo.py --dump-scores DUMP.pkl
    PYTHONHASHSEED=0 PYTHONPATH=src:bench/bypass .venv/bin/python bench/bypass/threshold.py DUMP.pkl
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import writers as W  # noqa: E402

from exportgate.bypass.detector import evidence_floor  # noqa: E402

GRID = [round(0.5 + 0.05 * k, 2) for k in range(9)]
MAX_FPR = 0.005
MAX_FAMILY_FPR = 0.02
FALLBACK = 0.75


def floored(pooled: list[tuple[float, dict[str, Any]]]) -> list[bool]:
    """Whether an evidence floor raised each pooled prompt (read from the cached rule rows of
    the same sources the dump was made with)."""
    store = W.Store()
    out = []
    for _, item in pooled:
        row = store.rows.get(W._key(item["messages"]))
        out.append(row is not None and evidence_floor(row.signals)[0] > 0)
    return out


def choose(pooled: list[tuple[float, dict[str, Any]]], floors: list[bool]) -> float:
    print("| threshold | TPR | FPR | worst attack family | worst benign family | rule met |")
    print("|---|---|---|---|---|---|")
    chosen = None
    for t in GRID:
        scored = [(1.0 if f else x, i) for (x, i), f in zip(pooled, floors, strict=True)]
        s = W.summary(scored, t)
        met = s["fpr"] <= MAX_FPR and s["worst_benign"][1] <= MAX_FAMILY_FPR
        if met and chosen is None:
            chosen = t
        print(
            f"| {t:.2f} | {s['tpr']:.3f} | {100 * s['fpr']:.2f} % | {s['worst_attack'][0]} "
            f"{s['worst_attack'][1]:.2f} | {s['worst_benign'][0]} {100 * s['worst_benign'][1]:.1f} %"
            f" | {'yes' if met else 'no'} |"
        )
    return chosen if chosen is not None else FALLBACK


def main() -> None:
    _, pooled = pickle.loads(Path(sys.argv[1]).read_bytes())
    floors = floored(pooled)
    print(f"{len(pooled)} held-out prompts, {sum(floors)} raised by an evidence floor\n")
    print(f"chosen threshold: {choose(pooled, floors):.2f}")


if __name__ == "__main__":
    main()
