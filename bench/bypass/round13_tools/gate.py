# ruff: noqa
"""Round 13 analysis scratch (bench/bypass/round13_fp_analysis.md): run from the repository root
with PYTHONHASHSEED=0 PYTHONPATH=src:bench/bypass; dump.py OUT.jsonl [SET ...] writes per-prompt
signals, gate.py OUT.jsonl replays gate variants on them, acct_var.py MODE acct_explain-args
runs acct_explain.py with ask_gate=MODE; grp.py maps set-J ids to mirror groups."""

import json
import sys
from collections import defaultdict

sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
T = 0.75
ASK_PARTS = (
    "part:code_goal",
    "part:intrusion_ask",
    "part:framed_goal",
    "part:offensive_capability",
    "part:payload_reassembly",
)


def harm_read(s, concepts=True):
    if s.get("intent", 0) >= 0.3:
        return "intent"
    if s.get("part:harm_ask", 0) >= 0.45:
        return "harm_ask"
    for k in ASK_PARTS:
        if s.get(k, 0) > 0:
            return k
    if s.get("part:foreign_harm_ask", 0) >= 0.4:
        return "foreign"
    if s.get("part:targeting", 0) >= 0.25:
        return "targeting"
    if concepts and any(k.startswith("c:harm_") and v > 0 for k, v in s.items()):
        return "concept"
    return ""


UNREAD = ("part:tag_characters",)


def unreadable(r, s):
    # an encoding found but nothing decoded; or a language the readers do not cover
    if s.get("part:encoded_payload", 0) > 0 and r["decoded"] == 0:
        return "undecoded"
    return ""


FORM_KEEP = ("part:instruction_override", "part:jailbreak_persona", "part:system_override")


def gated(r, variant):
    s = r["sig"]
    if r["floor"] or not r["flagged"]:
        return r["flagged"]
    if harm_read(s, concepts="noconc" not in variant):
        return True
    if unreadable(r, s):
        return True
    if "form" in variant and any(s.get(k, 0) >= 0.6 for k in FORM_KEEP):
        return True
    if "history" in variant and s.get("history", 0) > 0:
        return True
    return False


if __name__ == "__main__":
    R = [json.loads(l) for l in open(sys.argv[1])]
    variants = sys.argv[2:] or ["base", "gate", "gate+form", "gate+form+history", "gate-noconc"]
    for var in variants:
        f = (lambda r: r["flagged"]) if var == "base" else (lambda r, v=var: gated(r, v))
        sets = defaultdict(lambda: [0, 0, 0, 0])
        for r in R:
            a = sets[r["set"]]
            if r["label"] == "attack":
                a[0] += f(r)
                a[1] += 1
            else:
                a[2] += f(r)
                a[3] += 1
        tot = [sum(x[i] for x in sets.values()) for i in range(4)]
        print(
            f"{var:20s} ALL atk {tot[0]}/{tot[1]} ben {tot[2]}/{tot[3]}  "
            + " ".join(
                f"{k.replace('independent', 'I').replace('corpus_', '')}:{a[0]}/{a[1]},{a[2]}/{a[3]}"
                for k, a in sorted(sets.items())
            )
        )
