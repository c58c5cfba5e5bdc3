"""Cheap, stable content features of one request (pure functions, no heavy imports).

Everything here runs once per request on the gateway's request path, so it looks only at a bounded
slice of the prompt and uses CRC32 (stable across processes, unlike ``hash``) for signatures.
"""

from __future__ import annotations

import re
import zlib
from typing import Any

from exportgate.distill.lexicon import (
    COT_GATE_WORDS,
    COT_RULES,
    ENGLISH_WORDS,
    JUDGE_GATE_WORDS,
    JUDGE_RULES,
    LANG_OF_WORD,
    LANG_WORDS,
    SCRIPT_PATTERN,
    TOPIC_OF_WORD,
    TOPIC_WORDS,
    matches,
    script_of,
)
from exportgate.records import Message

FRAME_WORDS = 5
HEAD_CHARS = 400
TAIL_CHARS = 300
TOPIC_SAMPLE_WORDS = 60
LANG_SAMPLE_WORDS = 40
SCRIPT_SAMPLE_CHARS = 300
_DIGITS = re.compile(r"\d")
_KANA = re.compile("[\u3040-\u30ff]")


def _clean(lowered: str) -> str:
    """Common punctuation to spaces (chained ``replace`` is much faster than ``translate``)."""
    return (
        lowered.replace(".", " ")
        .replace(",", " ")
        .replace("?", " ")
        .replace(":", " ")
        .replace("!", " ")
        .replace("(", " ")
        .replace(")", " ")
        .replace('"', " ")
    )


class PromptView:
    """The features of one request's last user prompt that the detector keeps."""

    __slots__ = (
        "text",
        "turns",
        "prefix",
        "suffix",
        "content",
        "cot",
        "judge",
        "lang",
        "topics",
        "system",
    )

    def __init__(
        self,
        text: str,
        turns: int,
        prefix: int,
        suffix: int,
        content: int,
        cot: bool,
        judge: bool,
        lang: str,
        topics: tuple[str, ...],
        system: int,
    ) -> None:
        self.text = text
        self.turns = turns
        self.prefix = prefix
        self.suffix = suffix
        self.content = content
        self.cot = cot
        self.judge = judge
        self.lang = lang
        self.topics = topics
        self.system = system


def content_text(content: Any) -> str:
    """Text of a message's content: a string or OpenAI/Anthropic style list of parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = []
        for part in content:
            if isinstance(part, dict):
                value = part.get("text")
                if isinstance(value, str):
                    parts.append(value)
            elif isinstance(part, str):
                parts.append(part)
        return "\n".join(parts)
    return ""


def _crc(text: str) -> int:
    return zlib.crc32(text.encode("utf-8", "surrogatepass"))


def detect_language(text: str, words: list[str]) -> str:
    """A coarse language tag: the first non-Latin script, else the commonest stopword language."""
    sample = text[:SCRIPT_SAMPLE_CHARS]
    if not sample.isascii():
        match = SCRIPT_PATTERN.search(sample)
        if match is not None:
            script = script_of(match.group())
            return "ja" if script == "zh" and _KANA.search(sample) else script
    hits = LANG_WORDS.intersection(words[:LANG_SAMPLE_WORDS])
    if not hits or hits <= ENGLISH_WORDS:
        return "en"
    counts: dict[str, int] = {}
    for word in hits:
        lang = LANG_OF_WORD[word]
        counts[lang] = counts.get(lang, 0) + 1
    # ties broken by the tag itself: the set's order changes with the process's hash seed, and
    # every process (a Spark worker, a detector replica) must tag a prompt alike
    return max(counts, key=lambda lang: (counts[lang], lang == "en", lang))


def view(messages: list[Message]) -> PromptView:
    """Summarise a request's messages: last user prompt, turn count and signatures."""
    text = ""
    turns = 0
    system = 0
    for message in messages:
        role = message.role
        if role == "assistant":
            turns += 1
        elif role == "user":
            text = content_text(message.content)
        elif role in ("system", "developer"):
            system = _crc(content_text(message.content)[:HEAD_CHARS])
    if len(text) > HEAD_CHARS + TAIL_CHARS:
        window = text[:HEAD_CHARS] + " " + text[-TAIL_CHARS:]
    else:
        window = text
    lowered = window.lower()
    words = _clean(lowered).split()
    if len(words) > 2 * FRAME_WORDS:
        prefix = _crc("p " + _DIGITS.sub("0", " ".join(words[:FRAME_WORDS])))
        suffix = _crc("s " + _DIGITS.sub("0", " ".join(words[-FRAME_WORDS:])))
    else:
        prefix = suffix = _crc("w " + _DIGITS.sub("0", " ".join(words)))
    head = words[:TOPIC_SAMPLE_WORDS]
    topics = tuple(sorted({TOPIC_OF_WORD[w] for w in TOPIC_WORDS.intersection(head)}))
    cot = not COT_GATE_WORDS.isdisjoint(words) and matches(COT_RULES, lowered)
    judge = not JUDGE_GATE_WORDS.isdisjoint(words) and matches(JUDGE_RULES, lowered)
    return PromptView(
        text=text,
        turns=turns,
        prefix=prefix,
        suffix=suffix,
        content=_crc(lowered),
        cot=cot,
        judge=judge,
        lang=detect_language(window, words),
        topics=topics,
        system=system,
    )
