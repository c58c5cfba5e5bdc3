"""Cheap, stable content features of one request (pure functions, no heavy imports).

Everything here runs once per request on the gateway's request path, so it looks only at a bounded
slice of the prompt and uses CRC32 (stable across processes, unlike ``hash``) for signatures.
"""

from __future__ import annotations

import zlib
from typing import Any

from exportgate.distill.lexicon import (
    COT_PATTERN,
    JUDGE_PATTERN,
    LANG_OF_WORD,
    LANG_WORDS,
    SCRIPT_PATTERN,
    TOPIC_OF_WORD,
    TOPIC_WORDS,
)
from exportgate.records import Message

FRAME_WORDS = 5
HEAD_CHARS = 400
TAIL_CHARS = 300
LANG_SAMPLE_WORDS = 40
TOPIC_SAMPLE_WORDS = 80
SCRIPT_SAMPLE_CHARS = 300
_DIGITS = str.maketrans("0123456789", "0000000000")
_PUNCT = str.maketrans({c: " " for c in "\"'`()[]{}<>:;,.!?*#|"})


class PromptView:
    """The features of one request's last user prompt that the detector keeps."""

    __slots__ = (
        "text", "turns", "prefix", "suffix", "content", "cot", "judge", "lang", "topics",
        "system",
    )

    def __init__(
        self, text: str, turns: int, prefix: int, suffix: int, content: int, cot: bool,
        judge: bool, lang: str, topics: tuple[str, ...], system: int,
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
        if match is not None and match.lastgroup is not None:
            return match.lastgroup
    hits = LANG_WORDS.intersection(words[:LANG_SAMPLE_WORDS])
    if not hits:
        return "en"
    counts: dict[str, int] = {}
    for word in hits:
        lang = LANG_OF_WORD[word]
        counts[lang] = counts.get(lang, 0) + 1
    return max(counts, key=lambda lang: (counts[lang], lang == "en"))


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
    words = lowered.translate(_DIGITS).translate(_PUNCT).split()
    if len(words) > 2 * FRAME_WORDS:
        prefix = _crc("p " + " ".join(words[:FRAME_WORDS]))
        suffix = _crc("s " + " ".join(words[-FRAME_WORDS:]))
    else:
        prefix = suffix = _crc("w " + " ".join(words))
    content = _crc(" ".join(lowered.split()))
    head = words[:TOPIC_SAMPLE_WORDS]
    topics = tuple(sorted({TOPIC_OF_WORD[w] for w in TOPIC_WORDS.intersection(head)}))
    return PromptView(
        text=text,
        turns=turns,
        prefix=prefix,
        suffix=suffix,
        content=content,
        cot=COT_PATTERN.search(lowered) is not None,
        judge=JUDGE_PATTERN.search(lowered) is not None,
        lang=detect_language(window, words),
        topics=topics,
        system=system,
    )
