"""One folder's prompts through the detector on ``PYTHONPATH`` (round 12): per-family rates and
one verdict a line, so that two versions of ``src`` can be compared on a set without scoring
every folder (``allsets.py`` does that).

    PYTHONHASHSEED=0 PYTHONPATH=src:bench/bypass .venv/bin/python bench/bypass/score_set.py bench/bypass/corpus_t9 OUT.jsonl
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import run  # noqa: E402

from exportgate.bypass.detector import Detector  # noqa: E402


def main() -> None:
    detector = Detector()
    items, _ = run.load_independent(Path(sys.argv[1]))
    rates: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    rows = []
    for item in items:
        verdict = detector.classify(item["messages"])
        key = (item["label"], item["family"])
        rates[key][0] += int(verdict.flagged)
        rates[key][1] += 1
        rows.append(
            {
                "id": item["id"],
                "label": item["label"],
                "family": item["family"],
                "score": verdict.score,
                "flagged": verdict.flagged,
            }
        )
    Path(sys.argv[2]).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    for label in ("attack", "benign"):
        hit = sum(h for (lab, _), (h, _n) in rates.items() if lab == label)
        total = sum(n for (lab, _), (_h, n) in rates.items() if lab == label)
        print(f"{label}: {hit}/{total} = {hit / max(1, total):.3f}")
        for (lab, family), (h, n) in sorted(rates.items()):
            if lab == label:
                print(f"   {family}: {h}/{n} = {h / n:.2f}")


if __name__ == "__main__":
    main()
