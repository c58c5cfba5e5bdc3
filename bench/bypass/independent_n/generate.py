"""Generate independent bypass evaluation set N (run: python bench/bypass/independent_n/generate.py).

Standard library only. Fixed seed; output is byte-identical under any PYTHONHASHSEED.
Writes prompts.jsonl, accounts.jsonl and labels_accounts.jsonl next to this file, then
prints counts, the id range of every sub-group (wrapper) and the SHA-256 of each file.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path
from random import Random
from typing import Any

from n_accounts import build_accounts
from n_build import ATTACK_FAMILIES, BENIGN_FAMILIES, build_all

SEED = 20261208
HERE = Path(__file__).resolve().parent


def dump(path: Path, rows: list[dict[str, Any]]) -> str:
    data = "".join(json.dumps(r, ensure_ascii=False, separators=(", ", ": ")) + "\n" for r in rows)
    path.write_text(data, encoding="utf-8", newline="\n")
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def main(out_dir: Path = HERE) -> int:
    rng = Random(SEED)
    built = build_all(rng)
    order = {f: k for k, f in enumerate(ATTACK_FAMILIES + BENIGN_FAMILIES)}
    # stable sort: by family, then sub-group (wrapper), then generation order
    first: dict[tuple[str, str], int] = {}
    for k, it in enumerate(built):
        first.setdefault((it.family, it.group), k)
    items = sorted(
        enumerate(built),
        key=lambda p: (order[p[1].family], first[(p[1].family, p[1].group)], p[0]),
    )
    rows: list[dict[str, Any]] = []
    ranges: dict[tuple[str, str], list[str]] = {}
    for n, (_, it) in enumerate(items, start=1):
        pid = f"N-{n:05d}"
        turns = sum(1 for m in it.messages if m["role"] == "user")
        assert it.messages[-1]["role"] == "user", pid
        rows.append(
            {
                "id": pid,
                "messages": it.messages,
                "label": it.label,
                "family": it.family,
                "turns": turns,
            }
        )
        ranges.setdefault((it.family, it.group), []).append(pid)
    recs, labels = build_accounts([it for _, it in items], Random(SEED + 1))
    h_p = dump(out_dir / "prompts.jsonl", rows)
    h_a = dump(out_dir / "accounts.jsonl", recs)
    h_l = dump(out_dir / "labels_accounts.jsonl", labels)

    fam_n = Counter((r["label"], r["family"]) for r in rows)
    print(
        f"prompts: {len(rows)}  attack: {sum(1 for r in rows if r['label'] == 'attack')}  "
        f"benign: {sum(1 for r in rows if r['label'] == 'benign')}"
    )
    for (label, fam), c in sorted(fam_n.items(), key=lambda kv: order[kv[0][1]]):
        mir = sum(len(v) for (f, g), v in ranges.items() if f == fam and g.startswith("mirror:"))
        extra = f"  mirrors {mir} ({100 * mir / c:.0f}%)" if label == "benign" else ""
        print(f"  {label:6s} {fam:26s} {c:4d}{extra}")
    print("sub-groups (family / wrapper: first..last, n):")
    for (fam, grp), ids in ranges.items():
        print(f"  {fam} / {grp}: {ids[0]}..{ids[-1]} ({len(ids)})")
    groups = Counter((lab["label"], lab["group"]) for lab in labels)
    print(
        f"accounts: {len(labels)}  records: {len(recs)}  "
        f"refused: {sum(1 for r in recs if r['refused'])}  429s: {sum(1 for r in recs if r['status'] == 429)}"
    )
    for (label, grp), c in sorted(groups.items()):
        print(f"  {label:8s} {grp:22s} {c}")
    print(f"sha256 prompts.jsonl         {h_p}")
    print(f"sha256 accounts.jsonl        {h_a}")
    print(f"sha256 labels_accounts.jsonl {h_l}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
