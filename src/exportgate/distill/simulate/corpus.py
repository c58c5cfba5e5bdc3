"""The real prompts the simulator replays: a ShareGPT sample shipped with the package."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from exportgate.distill.lexicon import SCRIPT_PATTERN, script_of

DATA_FILE = "sharegpt_sample.jsonl.gz"


@dataclass(frozen=True, slots=True)
class Turn:
    prompt: str
    answer_head: str
    answer_chars: int


@dataclass(frozen=True, slots=True)
class Conversation:
    id: str
    turns: tuple[Turn, ...]
    script: str

    @property
    def first_prompt(self) -> str:
        return self.turns[0].prompt


@dataclass(frozen=True, slots=True)
class Corpus:
    """Benign and attacker halves are disjoint, so no prompt serves both sides."""

    benign: tuple[Conversation, ...]
    attacker: tuple[Conversation, ...]
    benign_by_script: dict[str, tuple[Conversation, ...]]


def _script(text: str) -> str:
    sample = text[:300]
    if sample.isascii():
        return "latin"
    match = SCRIPT_PATTERN.search(sample)
    return script_of(match.group()) if match is not None else "latin"


@lru_cache(maxsize=1)
def load_corpus() -> Corpus:
    conversations: list[Conversation] = []
    with (
        resources.files("exportgate.distill.data").joinpath(DATA_FILE).open("rb") as raw,
        gzip.open(raw, "rt", encoding="utf-8") as fh,
    ):
        for line in fh:
            item = json.loads(line)
            turns = tuple(Turn(t["p"], t["a"], int(t["al"])) for t in item["turns"])
            conversations.append(Conversation(str(item["id"]), turns, _script(turns[0].prompt)))
    benign = tuple(c for i, c in enumerate(conversations) if i % 4 != 3)
    attacker = tuple(c for i, c in enumerate(conversations) if i % 4 == 3)
    by_script: dict[str, list[Conversation]] = {}
    for conv in benign:
        by_script.setdefault(conv.script, []).append(conv)
    return Corpus(benign, attacker, {k: tuple(v) for k, v in by_script.items()})
