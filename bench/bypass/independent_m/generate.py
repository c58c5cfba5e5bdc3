"""Build independent bypass evaluation set M (helper `setm`, 2026-12-06).

Usage: python bench/bypass/independent_m/generate.py [--out DIR]
Standard library only, fixed seed, byte-identical under any PYTHONHASHSEED. Prints counts, the id
range of every sub-group (wrapper) and the SHA-256 of the three data files.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import m_accounts  # noqa: E402
import m_build as Bd  # noqa: E402

SEED = 20261207
N_ATTACK = 95
N_BENIGN = 105
ABBR = {
    "authority_claim": "AUT",
    "defensive_framing_cyber": "DEF",
    "encoded_payload": "ENC",
    "fiction_wrapper": "FIC",
    "hypothetical_past_tense": "HYP",
    "indirect_injection": "INJ",
    "low_resource_translation": "LRT",
    "many_shot": "MSH",
    "multi_turn_escalation": "MTE",
    "other_harm_wrapped": "OHW",
    "payload_splitting": "SPL",
    "persona_roleplay": "PER",
    "refusal_suppression": "REF",
    "system_override": "SYS",
    "token_smuggling": "TOK",
    "general": "b-GEN",
    "dark_fiction": "b-DFI",
    "benign_roleplay": "b-ROL",
    "history": "b-HIS",
    "decoding_harmless": "b-DEC",
    "long_document": "b-DOC",
    "translation": "b-TRA",
    "non_english_everyday": "b-NEE",
    "security_professional": "b-SEC",
    "sensitive_code_review": "b-COD",
    "jailbreak_discussion": "b-JBD",
}


def _rec(pid: str, msgs: list[dict[str, str]], label: str, family: str) -> dict[str, Any]:
    assert msgs[-1]["role"] == "user"
    return {
        "id": pid,
        "messages": msgs,
        "label": label,
        "family": family,
        "turns": sum(1 for m in msgs if m["role"] == "user"),
    }


def build_prompts() -> tuple[list[dict[str, Any]], list[tuple[str, str, str, str, int]]]:
    """Prompts and (family, sub-group, first id, last id, count) ranges."""
    prompts: list[dict[str, Any]] = []
    ranges: list[tuple[str, str, str, str, int]] = []
    groups: list[tuple[str, str, list[tuple[str, list[dict[str, str]]]]]] = []
    for fam in Bd.ATTACK_FAMILIES:
        r = random.Random(f"{SEED}-attack-{fam}")
        items = Bd.attack_items(fam, N_ATTACK, r)
        groups.append(("attack", fam, [(w, Bd.decorate(m, r, fam)) for w, m, _ in items]))
    for fam in Bd.BENIGN_FAMILIES:
        r = random.Random(f"{SEED}-benign-{fam}")
        n_mirror = round(N_BENIGN * Bd.MIRROR_RATE[fam])
        items2 = [Bd.benign_item(fam, i, False, r) for i in range(N_BENIGN - n_mirror)]
        items2 += [Bd.benign_item(fam, i, True, r) for i in range(n_mirror)]
        groups.append(("benign", fam, [(w, Bd.decorate(m, r, fam)) for w, m in items2]))
    for label, fam, items3 in groups:
        order: list[str] = []
        for w, _ in items3:
            if w not in order:
                order.append(w)
        n = 0
        for w in order:
            first = ""
            cnt = 0
            for w2, msgs in items3:
                if w2 != w:
                    continue
                n += 1
                cnt += 1
                pid = f"M-{ABBR[fam]}-{n:04d}"
                first = first or pid
                prompts.append(_rec(pid, msgs, label, fam))
            ranges.append((fam, w, first, pid, cnt))
    return prompts, ranges


def _write(path: Path, rows: list[dict[str, Any]]) -> str:
    data = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows).encode("utf-8")
    path.write_bytes(data)
    return hashlib.sha256(data).hexdigest()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--quiet-ranges", action="store_true")
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    prompts, ranges = build_prompts()
    records, labels = m_accounts.build(SEED)
    h1 = _write(out / "prompts.jsonl", prompts)
    h2 = _write(out / "accounts.jsonl", records)
    h3 = _write(out / "labels_accounts.jsonl", labels)
    n_att = sum(1 for p in prompts if p["label"] == "attack")
    print(f"prompts {len(prompts)} (attack {n_att}, benign {len(prompts) - n_att})")
    fams: dict[str, int] = {}
    for p in prompts:
        fams[p["family"]] = fams.get(p["family"], 0) + 1
    for f, c in fams.items():
        mir = sum(
            1 for x in ranges if x[0] == f and x[1].startswith("mirror:") for _ in range(x[4])
        )
        print(f"  {f:26s} {c:4d}" + (f"  mirrors {mir}" if mir else ""))
    if not args.quiet_ranges:
        print("sub-group id ranges:")
        for f, w, a, b, c in ranges:
            print(f"  {f:26s} {w:28s} {a} .. {b} ({c})")
    n_att_acc = sum(1 for x in labels if x["label"] == "attacker")
    print(
        f"accounts {len(labels)} (attacker {n_att_acc}, benign {len(labels) - n_att_acc}); records {len(records)}"
    )
    groups: dict[str, int] = {}
    for x in labels:
        groups[x["group"]] = groups.get(x["group"], 0) + 1
    print("  groups: " + ", ".join(f"{g} {c}" for g, c in groups.items()))
    print(f"sha256 prompts.jsonl         {h1}")
    print(f"sha256 accounts.jsonl        {h2}")
    print(f"sha256 labels_accounts.jsonl {h3}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
