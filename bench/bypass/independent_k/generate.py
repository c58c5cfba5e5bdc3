"""Build independent evaluation set K (issue 23) from its hand-written seed modules.

    .venv/bin/python bench/bypass/independent_k/generate.py

Writes prompts.jsonl, accounts.jsonl and labels_accounts.jsonl next to this file, byte-identical
for any PYTHONHASHSEED, and prints counts, the id range of every sub-group and SHA-256s.
Standard library only.
"""

from __future__ import annotations

import collections
import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

import k_accounts
import k_build
import k_harm

SEED = 20261206
HERE = Path(__file__).resolve().parent


def write_jsonl(path: Path, rows: Iterable[object]) -> str:
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")
    path.write_bytes(data)
    return hashlib.sha256(data).hexdigest()


def ranges(prompts: list[k_build.Prompt]) -> list[tuple[str, str, str, str, int]]:
    """(family, sub-group, first id, last id, count) for every contiguous sub-group block."""
    out: list[tuple[str, str, str, str, int]] = []
    for p in prompts:
        if out and out[-1][0] == p.family and out[-1][1] == p.sub:
            fam, sub, first, _, n = out[-1]
            out[-1] = (fam, sub, first, p.id, n + 1)
        else:
            out.append((p.family, p.sub, p.id, p.id, 1))
    return out


def main() -> None:
    prompts = k_build.build(SEED)
    traces = k_accounts.Traces(prompts, SEED + 1)
    traces.build()
    records = traces.records()
    labels = traces.labels()

    sha = {
        "prompts.jsonl": write_jsonl(HERE / "prompts.jsonl", (p.record() for p in prompts)),
        "accounts.jsonl": write_jsonl(HERE / "accounts.jsonl", records),
        "labels_accounts.jsonl": write_jsonl(HERE / "labels_accounts.jsonl", labels),
    }

    fam_count = collections.Counter((p.label, p.family) for p in prompts)
    print(f"prompts: {len(prompts)} ({sum(1 for p in prompts if p.label == 'attack')} attack, "
          f"{sum(1 for p in prompts if p.label == 'benign')} benign)")  # fmt: skip
    for (label, fam), n in fam_count.items():
        turns = collections.Counter(p.turns > 1 for p in prompts if p.family == fam)
        print(f"  {label:6} {fam:26} {n:4}  multi-turn {turns[True]}")
    used = {p.goal for p in prompts if p.label == "attack"}
    areas = collections.Counter(g.area for g in k_harm.INTENTS)
    print(f"hand-written harmful intents: {len(k_harm.INTENTS)} ({areas['cyber']} cyber), "
          f"{len(k_harm.TRANSLATED)} translated; distinct intent keys used by attacks: {len(used)}")  # fmt: skip

    print("\nid ranges of every sub-group (family | sub-group | ids | count):")
    for fam, sub, first, last, n in ranges(prompts):
        print(f"  {fam} | {sub} | {first}..{last} | {n}")

    mirror = collections.Counter(
        p.sub.split(":")[1] for p in prompts if p.sub.startswith("mirror:")
    )
    danger = sum(1 for p in prompts if p.sub == "danger_words")
    print("\nbenign mirrors by the attack family whose wrapper they reuse:")
    for src, n in sorted(mirror.items()):
        print(f"  {src}: {n}")
    print(
        f"benign mirrors total: {sum(mirror.values())}; harmless dangerous-word prompts: {danger}"
    )
    for fam in sorted({p.family for p in prompts if p.label == "benign"}):
        m = sum(1 for p in prompts if p.family == fam and p.sub.startswith("mirror:"))
        print(f"  mirrors in {fam}: {m}/100")

    by_acc = {d["account_id"]: d["group"] for d in labels}
    groups = collections.Counter(d["group"] for d in labels)
    recs = collections.Counter(by_acc[str(r["account_id"])] for r in records)
    print(f"\naccounts: {len(labels)}, records: {len(records)}, "
          f"refused: {sum(1 for r in records if r['refused'])}, status 429: {sum(1 for r in records if r['status'] == 429)}, "
          f"period {records[0]['ts']} .. {records[-1]['ts']}")  # fmt: skip
    for g, n in groups.items():
        print(f"  {g:22} accounts {n:3}  records {recs[g]:5}")

    print("\nSHA-256:")
    for name, digest in sha.items():
        print(f"  {digest}  {name}")


if __name__ == "__main__":
    main()
