"""Round 13 (issue 23, set J false positives): the shipped detector against the ask-gate
prototype (``BypassConfig.ask_gate``: a wrapper flags only where the ask is read as harmful or
cannot be read), over every ``bench/bypass/*/prompts.jsonl`` or the sets named.

    PYTHONHASHSEED=0 PYTHONPATH=src:bench/bypass .venv/bin/python bench/bypass/round13_gate.py \
        OUT.jsonl [--bar 0.95] [SET ...]

Prints, per set, attacks and benign prompts flagged by the shipped detector, by ``cap`` and by
``bar``; per attack family the attacks each variant loses; writes one line per prompt to OUT.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import run  # noqa: E402

from exportgate.bypass.detector import BypassConfig, Detector  # noqa: E402

HERE = Path(__file__).parent
VARIANTS = ("none", "cap", "bar")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--bar", type=float, default=BypassConfig().ask_gate_bar)
    args = parser.parse_args()
    detectors = {v: Detector(BypassConfig(ask_gate=v, ask_gate_bar=args.bar)) for v in VARIANTS}
    rows = []
    for folder in sorted(HERE.iterdir()):
        if not (folder / "prompts.jsonl").exists() or (args.sets and folder.name not in args.sets):
            continue
        items, _ = run.load_independent(folder)
        for item in items:
            row = {"set": folder.name, "id": item["id"], "label": item["label"]}
            row["family"] = item["family"]
            for name, detector in detectors.items():
                verdict = detector.classify(item["messages"])
                row[name] = verdict.flagged
                if name == "cap":
                    row["reasons"] = verdict.reasons[:3]
            rows.append(row)
    args.out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    per_set: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    lost: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in rows:
        for v in VARIANTS:
            cell = per_set[r["set"]][f"{r['label']}:{v}"]
            cell[0] += int(r[v])
            cell[1] += 1
            if r["label"] == "attack" and r["none"] and not r[v]:
                lost[v][f"{r['set']}/{r['family']}"] += 1
    print("set: attacks flagged shipped/cap/bar | benign flagged shipped/cap/bar (of n)")
    for name, cells in sorted(per_set.items()):
        a = "/".join(str(cells[f"attack:{v}"][0]) for v in VARIANTS)
        b = "/".join(str(cells[f"benign:{v}"][0]) for v in VARIANTS)
        print(f"  {name}: {a} (of {cells['attack:none'][1]}) | {b} (of {cells['benign:none'][1]})")
    for v in ("cap", "bar"):
        print(f"attacks lost by {v}: {sum(lost[v].values())}")
        for key, n in sorted(lost[v].items(), key=lambda kv: -kv[1])[:25]:
            print(f"   {key}: {n}")


if __name__ == "__main__":
    main()
