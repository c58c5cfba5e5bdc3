"""Generate independent safeguard-bypass evaluation set L (standard library only, fixed seed).

Run from anywhere:  python3 bench/bypass/independent_l/generate.py
Writes prompts.jsonl, accounts.jsonl and labels_accounts.jsonl next to this file and prints
counts per family, the id range of every sub-group (wrapper) and the SHA-256 of each file.
Output is byte-identical under any PYTHONHASHSEED (no set or dict-order randomness is used).
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import accounts as ac  # noqa: E402
import prompts as pr  # noqa: E402

SEED = 20261206


def dump(path: Path, rows: list[dict[str, Any]]) -> str:
    data = "".join(json.dumps(r, ensure_ascii=False, separators=(", ", ": ")) + "\n" for r in rows)
    path.write_text(data, encoding="utf-8")
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def main() -> None:
    rng = random.Random(SEED)
    items = pr.attack_prompts(rng) + pr.benign_prompts(rng)
    seen: set[str] = set()
    rows: list[dict[str, Any]] = []
    ranges: list[tuple[str, str, str, str]] = []
    counters: dict[str, int] = {}
    dropped = 0
    for p in items:
        key = json.dumps(p.messages, ensure_ascii=False)
        if key in seen:
            dropped += 1
            continue
        seen.add(key)
        n = counters.get(p.family, 0) + 1
        counters[p.family] = n
        rec = pr.record(p, n)
        rows.append(rec)
        if ranges and ranges[-1][0] == p.family and ranges[-1][1] == p.subgroup:
            ranges[-1] = (p.family, p.subgroup, ranges[-1][2], rec["id"])
        else:
            ranges.append((p.family, p.subgroup, rec["id"], rec["id"]))

    pool: dict[str, list[list[dict[str, str]]]] = {}
    for r in rows:
        if r["label"] == "benign":
            pool.setdefault(r["family"], []).append(r["messages"])
    records, labels = ac.build(random.Random(SEED + 1), pool)

    h_p = dump(HERE / "prompts.jsonl", rows)
    h_a = dump(HERE / "accounts.jsonl", records)
    h_l = dump(HERE / "labels_accounts.jsonl", labels)

    print("family                     label   n   long>3000  multi-turn  distinct-wrappers")
    for fam in counters:
        fr = [r for r in rows if r["family"] == fam]
        subs = {s for f, s, _, _ in ranges if f == fam}
        print(
            f"{fam:26s} {fr[0]['label']:7s} {len(fr):3d} {sum(1 for r in fr if sum(len(m['content']) for m in r['messages']) > 3000):6d} {sum(1 for r in fr if r['turns'] > 1):10d} {len(subs):12d}"
        )
    n_att = sum(1 for r in rows if r["label"] == "attack")
    print(
        f"total prompts {len(rows)} (attack {n_att}, benign {len(rows) - n_att}); exact duplicates dropped {dropped}"
    )
    print("\nsub-group id ranges:")
    for fam, sub, lo, hi in ranges:
        print(f"  {fam:26s} {sub:55s} {lo} .. {hi}")
    groups: dict[str, int] = {}
    for lab in labels:
        groups[lab["label"] + "/" + lab["group"]] = (
            groups.get(lab["label"] + "/" + lab["group"], 0) + 1
        )
    print(
        f"\naccounts {len(labels)}; records {len(records)}; first {records[0]['ts']} last {records[-1]['ts']}"
    )
    for g in sorted(groups):
        print(f"  {g:36s} {groups[g]}")
    print("\nsha256")
    print(f"  prompts.jsonl          {h_p}")
    print(f"  accounts.jsonl         {h_a}")
    print(f"  labels_accounts.jsonl  {h_l}")


if __name__ == "__main__":
    main()
