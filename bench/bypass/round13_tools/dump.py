# ruff: noqa
"""Round 13 analysis scratch (bench/bypass/round13_fp_analysis.md): run from the repository root
with PYTHONHASHSEED=0 PYTHONPATH=src:bench/bypass; dump.py OUT.jsonl [SET ...] writes per-prompt
signals, gate.py OUT.jsonl replays gate variants on them, acct_var.py MODE acct_explain-args
runs acct_explain.py with ask_gate=MODE; grp.py maps set-J ids to mirror groups."""

"""Dump per-prompt signals of every set (or named sets) for offline gate evaluation."""

import json
import math
import sys

sys.path.insert(0, "bench/bypass")
from pathlib import Path

import run

from exportgate.bypass.detector import Detector, evidence_floor

HERE = Path("bench/bypass")
det = Detector()
m = det.model
out = open(sys.argv[1], "w")
names = sys.argv[2:]
for folder in sorted(HERE.iterdir()):
    if not (folder / "prompts.jsonl").exists():
        continue
    if names and folder.name not in names:
        continue
    items, _ = run.load_independent(folder)
    for it in items:
        v = det.classify(it["messages"])
        words, sig = det.last_features
        prob, _ = m.probability(words, sig)
        fl, why = evidence_floor(sig)
        hits = [m.words[w] for w in words if w in m.words]
        wsum = sum(hits) / math.sqrt(max(1, len(hits)))
        out.write(
            json.dumps(
                dict(
                    set=folder.name,
                    id=it["id"],
                    label=it["label"],
                    family=it["family"],
                    score=v.score,
                    flagged=v.flagged,
                    prob=round(prob, 4),
                    floor=fl,
                    why=why,
                    lang=v.language,
                    wsum=round(wsum, 3),
                    decoded=len(v.decoded),
                    reasons=v.reasons[:3],
                    sig={k: round(x, 3) for k, x in sig.items() if x},
                )
            )
            + "\n"
        )
