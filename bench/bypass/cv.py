"""Held-out estimates of generalisation for the learned part (sets A and C are burned).

    PYTHONPATH=src:bench/bypass .venv/bin/python bench/bypass/cv.py [--families] [--accounts]

* **set out**: train on everything except one whole set (A or C, written by different people
  at different times), score that set. This is the closest analogue of a new independent set.
* **family out** (``--families``): for every family, train without that family in *any* source
  (sets A and C, the category prompts of ``synth.py``), score the held-out family of sets A and
  C. A family the detector catches here is caught by its rule parts and by evidence learned
  from other families, not by its own wording.

Rule features are computed once; each fold refits only the logistic part. The shipped threshold
is used throughout.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import learn  # noqa: E402
import run  # noqa: E402
import train_learned  # noqa: E402

from exportgate.bypass.detector import BypassConfig, Detector, evidence_floor  # noqa: E402

THRESHOLD = BypassConfig().threshold


def _origin(item: dict[str, Any]) -> str:
    ident = str(item.get("id", ""))
    if ident.startswith("c-"):
        return "C"
    if ident.startswith("ibp-"):
        return "A"
    return "other"


def _score(model: object, row: tuple[set[str], dict[str, float]]) -> float:
    prob = model.probability(*row)[0]  # type: ignore[attr-defined]
    return max(prob, evidence_floor(row[1])[0])


def _report(title: str, scored: list[tuple[float, dict[str, Any]]]) -> None:
    fam: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for prob, item in scored:
        cell = fam[(item["label"], item["family"])]
        cell[0] += int(prob >= THRESHOLD)
        cell[1] += 1
    tp = sum(v[0] for (lab, _), v in fam.items() if lab == "attack")
    na = sum(v[1] for (lab, _), v in fam.items() if lab == "attack")
    fp = sum(v[0] for (lab, _), v in fam.items() if lab == "benign")
    nb = sum(v[1] for (lab, _), v in fam.items() if lab == "benign")
    print(f"\n### {title}: TPR {tp / max(1, na):.3f}, FPR {fp / max(1, nb):.4f}\n")
    print("| family | rate |")
    print("|---|---|")
    for (lab, name), (h, n) in sorted(fam.items()):
        kind = "TPR" if lab == "attack" else "FPR"
        print(f"| {kind} {name} | {h / n:.2f} ({h}/{n}) |")
    print("\n| threshold | TPR | FPR | worst attack family | worst benign family |")
    print("|---|---|---|---|---|")
    for threshold in (0.5, 0.6, 0.65, 0.7, 0.8):
        cells: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
        for prob, item in scored:
            cell = cells[(item["label"], item["family"])]
            cell[0] += int(prob >= threshold)
            cell[1] += 1
        att = {f: h / n for (lab, f), (h, n) in cells.items() if lab == "attack"}
        ben = {f: h / n for (lab, f), (h, n) in cells.items() if lab == "benign"}
        t_hit = sum(h for (lab, _), (h, _n) in cells.items() if lab == "attack")
        f_hit = sum(h for (lab, _), (h, _n) in cells.items() if lab == "benign")
        wa = min(att, key=lambda f: att[f]) if att else "-"
        wb = max(ben, key=lambda f: ben[f]) if ben else "-"
        print(
            f"| {threshold:.2f} | {t_hit / max(1, na):.3f} | {f_hit / max(1, nb):.4f} | "
            f"{wa} {att.get(wa, 0):.2f} | {wb} {ben.get(wb, 0):.2f} |"
        )


def main() -> None:
    items, _ = train_learned.training_items()
    rows = learn.rows(items)
    labels = [int(i["label"] == "attack") for i in items]
    for held in ("C", "A"):
        keep = [k for k, i in enumerate(items) if _origin(i) != held]
        model = learn.fit(
            [rows[k] for k in keep], [labels[k] for k in keep], l2_words=train_learned.L2_WORDS
        )
        scored = [
            (_score(model, rows[k]), items[k]) for k, i in enumerate(items) if _origin(i) == held
        ]
        _report(f"set {held} held out (trained on everything else)", scored)
        if "--accounts" in sys.argv:
            folder = HERE / ("independent_c" if held == "C" else "independent")
            detector = Detector()
            detector.model = model
            run._usage(f"set {held} held out", folder, detector)
    if "--families" not in sys.argv:
        return
    families = sorted({i["family"] for i in items if _origin(i) in ("A", "C")})
    scored_all: list[tuple[float, dict[str, Any]]] = []
    for family in families:
        keep = [k for k, i in enumerate(items) if i["family"] != family]
        model = learn.fit(
            [rows[k] for k in keep], [labels[k] for k in keep], l2_words=train_learned.L2_WORDS
        )
        scored_all += [
            (_score(model, rows[k]), items[k])
            for k, i in enumerate(items)
            if i["family"] == family and _origin(i) in ("A", "C")
        ]
        print(f"  fold {family} done", file=sys.stderr)
    _report("each family held out of every source (sets A and C scored)", scored_all)


if __name__ == "__main__":
    main()
