"""The learned part of the first stage: a small logistic model stacked on the rule parts.

Features are (a) the strengths of the named rule parts, the rule score, the intent band and area
and the language, and (b) the words of what the client sent — every user, system and tool turn
after normalisation (decoded, unspaced and de-confused views included) — as words, word pairs and
five-letter word prefixes (so that inflected and low-resource-language words share evidence).
The weights ship as one JSON file (``data/learned.json``), rebuilt by ``bench/bypass/train.py``
from the project's own written prompts and public data whose licence allows it; the file records
its sources. Scoring is one dictionary look-up per feature over a bounded number of words, so
the cost stays flat on very long prompts.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from exportgate.bypass.words import letter_words

MODEL_FILE = Path(__file__).parent / "data" / "learned.json"
HEAD_WORDS = 500  # words read from the start of the client's text
TAIL_WORDS = 200  # and from its end
_WORD = re.compile(r"[^\W\d_]{2,}")


LAST_WORDS = 300  # words of the last user turn read again, marked, in a multi-turn conversation


def text_features(text: str, last: str = "", words: list[str] | None = None) -> set[str]:
    """Words, adjacent word pairs and word prefixes of ``text`` (bounded to head + tail); in a
    conversation with earlier user turns, the words of the last user turn (``last``) once more
    marked ``L:`` so that what is asked *now* is weighed apart from the topic of earlier turns
    (multi-turn escalation turns operational in the last turn). ``words``: ``text``'s letter
    words where the caller has them (the same list ``_WORD.findall(text)`` gives)."""
    if words is None:
        words = _WORD.findall(text)
    if len(words) > HEAD_WORDS + TAIL_WORDS:
        words = words[:HEAD_WORDS] + words[-TAIL_WORDS:]
    feats = set(words)
    feats.update([w[:5] + "~" for w in words if len(w) > 6])
    feats.update(map(" ".join, zip(words, words[1:], strict=False)))  # "a b": one C call each
    if last:
        feats.update(["L:" + w for w in letter_words(last)[:LAST_WORDS]])
    return feats


@dataclass(frozen=True, slots=True)
class LearnedModel:
    """Weights of the stacked logistic model."""

    version: str
    bias: float
    words: dict[str, float]
    signals: dict[str, float]
    sources: tuple[str, ...] = ()
    # round 14: word weights added where no rule part reads a harmful ask (signal ``ask_read``
    # is 0): there the wording of a wrapper around a harmless ask is weighed apart from the same
    # wording around a harmful one (trained as features ``N:<word>``, ``writers.feats_unread``).
    # Optional: learned-12 ships without it (leave one writer out it raised FPR)
    unread: dict[str, float] = field(default_factory=dict)
    # round 15: the goal table — weights of the goal's content words read apart from its
    # wrapper (``goal.goal_features``, marked ``G:``), a second logistic model with its own bias
    # trained on those words alone; empty: no goal reading (learned-12 and earlier)
    goal: dict[str, float] = field(default_factory=dict)
    goal_bias: float = 0.0

    def logit(self, words: Iterable[str], signals: dict[str, float]) -> tuple[float, list[str]]:
        """The log-odds of an attempt, and the words that pushed it up most."""
        table = self.words
        if self.unread and not signals.get("ask_read", 0.0):
            words = list(words)
            hits = [(v, w) for w in words if (v := table.get(w)) is not None]
            other = self.unread
            hits += [(v, "N:" + w) for w in words if (v := other.get(w)) is not None]
        else:
            hits = [(v, w) for w in words if (v := table.get(w)) is not None]
        scale = 1.0 / math.sqrt(max(1, len(hits)))
        z = self.bias + scale * math.fsum(v for v, _ in hits)  # exact: no word-order dependence
        for name, value in signals.items():
            z += self.signals.get(name, 0.0) * value
        top = [w for v, w in sorted(hits, reverse=True)[:4] if v > 0]
        return z, top

    def probability(
        self, words: Iterable[str], signals: dict[str, float]
    ) -> tuple[float, list[str]]:
        z, top = self.logit(words, signals)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), top

    def goal_probability(self, feats: Iterable[str]) -> tuple[float, list[str]]:
        """Round 15: how harmful the goal reads apart from its wrapper (the goal table on
        ``goal.goal_features``), and the goal words that pushed it up most."""
        goal = self.goal
        hits = [(v, f) for f in feats if (v := goal.get(f)) is not None]
        z = self.goal_bias + math.fsum(v for v, _ in hits) / math.sqrt(max(1, len(hits)))
        top = [f[2:] for v, f in sorted(hits, reverse=True)[:4] if v > 0]
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), top


def load(path: Path = MODEL_FILE) -> LearnedModel | None:
    """The shipped model, or None where the file is absent (rules only)."""
    if not path.exists():
        return None
    raw = json.loads(path.read_text(encoding="utf-8"))
    return LearnedModel(
        version=str(raw["version"]),
        bias=float(raw["bias"]),
        words={str(k): float(v) for k, v in raw["words"].items()},
        signals={str(k): float(v) for k, v in raw["signals"].items()},
        sources=tuple(str(s) for s in raw.get("sources", [])),
        unread={str(k): float(v) for k, v in raw.get("unread", {}).items()},
        goal={str(k): float(v) for k, v in raw.get("goal", {}).items()},
        goal_bias=float(raw.get("goal_bias", 0.0)),
    )


def dump(model: LearnedModel, path: Path = MODEL_FILE) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "version": model.version,
        "sources": list(model.sources),
        "bias": round(model.bias, 5),
        "signals": {k: round(v, 5) for k, v in sorted(model.signals.items())},
        "words": {k: round(v, 4) for k, v in sorted(model.words.items())},
    }
    if model.unread:
        payload["unread"] = {k: round(v, 4) for k, v in sorted(model.unread.items())}
    if model.goal:
        payload["goal_bias"] = round(model.goal_bias, 5)
        payload["goal"] = {k: round(v, 4) for k, v in sorted(model.goal.items())}
    path.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n")


__all__ = ["LAST_WORDS", "MODEL_FILE", "LearnedModel", "dump", "load", "text_features"]
