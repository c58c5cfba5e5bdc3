"""Every prompt of every ``bench/bypass/*/prompts.jsonl`` through the shipped detector: one
verdict a line, then benign prompts flagged per folder and per-family TPR of the named sets.

    PYTHONPATH=src:bench/bypass .venv/bin/python bench/bypass/allsets.py OUT.jsonl [SET ...]

Round 10 used it before and after each change (the benign count over all ~12,900 benign
prompts is the false-positive guard; sets named are summarised, default G and H).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import run  # noqa: E402

from exportgate.bypass.detector import Detector  # noqa: E402

HERE = Path(__file__).parent


def main() -> None:
    out = Path(sys.argv[1])
    named = sys.argv[2:] or ["independent_g", "independent_h"]
    detector = Detector()
    rows = []
    for folder in sorted(HERE.iterdir()):
        if not (folder / "prompts.jsonl").exists():
            continue
        items, _ = run.load_independent(folder)
        for item in items:
            verdict = detector.classify(item["messages"])
            rows.append(
                {
                    "set": folder.name,
                    "id": item["id"],
                    "label": item["label"],
                    "family": item["family"],
                    "score": verdict.score,
                    "flagged": verdict.flagged,
                    "reasons": verdict.reasons,
                }
            )
    out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    benign: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        if r["label"] == "benign":
            benign[r["set"]][0] += int(r["flagged"])
            benign[r["set"]][1] += 1
    flagged = sum(v[0] for v in benign.values())
    print(f"benign flagged {flagged}/{sum(v[1] for v in benign.values())}")
    print("  " + ", ".join(f"{k} {a}/{n}" for k, (a, n) in sorted(benign.items())))
    for name in named:
        fam: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for r in rows:
            if r["set"] == name and r["label"] == "attack":
                fam[r["family"]][0] += int(r["flagged"])
                fam[r["family"]][1] += 1
        hit, total = sum(v[0] for v in fam.values()), sum(v[1] for v in fam.values())
        print(f"{name}: TPR {hit / max(1, total):.3f} ({hit}/{total})")
        for family, (h, n) in sorted(fam.items()):
            print(f"   {family}: {h / n:.2f} ({h}/{n})")


if __name__ == "__main__":
    main()
