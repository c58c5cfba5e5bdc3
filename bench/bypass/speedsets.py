"""The prompt sets the latency work reads: every prompt of every set in bench/bypass (public
split, development prompts, every folder with a prompts.jsonl: sets A, C, D, E, corpora
t1-t4), each item tagged with its set.

    from speedsets import load_all
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import devset  # noqa: E402
import public  # noqa: E402
import run  # noqa: E402

# every folder of prompts here (sets A, C, D, E, corpora t1-t4, and any added later)
FOLDERS = tuple(sorted(p.parent.name for p in HERE.glob("*/prompts.jsonl")))


def chars(item: dict[str, Any]) -> int:
    return sum(len(str(m.get("content") or "")) for m in item["messages"])


def load_all() -> list[dict[str, Any]]:
    """Items ``{"set", "id", "messages", ...}`` of every set, in a fixed order."""
    items: list[dict[str, Any]] = []
    train, test = public.split(public.load())
    for name, group in (("public-train", train), ("public-test", test), ("dev", devset.build())):
        items.extend({**item, "set": name} for item in group)
    for folder in FOLDERS:
        path = HERE / folder
        if path.exists():
            items.extend({**item, "set": folder} for item in run.load_independent(path)[0])
    return items
