"""A cheap gate before the regular expressions: four-letter word stems.

Each pattern's literal words give its anchor stems; a text's words give its stems; a pattern is
run only when the two share a stem. This keeps the first stage within its latency budget (a few
dozen regular expressions would otherwise each scan every prompt).
"""

from __future__ import annotations

import re

_WORDS = re.compile(r"[a-z0-9&]{3,}")
_LITERALS = re.compile(r"(?<![\\(?])[a-z0-9&]{3,}")
_JOINERS = re.compile(r"(?:\[- \]|\[ -\]|-| )\?")
_COMMON = frozenset(
    [
        "the",
        "and",
        "that",
        "this",
        "with",
        "from",
        "into",
        "your",
        "their",
        "them",
        "then",
        "what",
        "which",
        "have",
        "has",
        "had",
        "for",
        "are",
        "was",
        "were",
        "will",
        "would",
        "could",
        "should",
        "can",
        "you",
        "about",
        "how",
        "any",
        "all",
        "some",
        "not",
        "out",
        "off",
        "get",
        "got",
        "his",
        "her",
        "its",
        "our",
        "one",
        "two",
        "use",
        "using",
        "made",
        "make",
    ]
)


def text_stems(text: str) -> frozenset[str]:
    return frozenset(w[:4] for w in _WORDS.findall(text))


def pattern_stems(pattern: str) -> frozenset[str]:
    source = pattern.lower()
    joined = _JOINERS.sub("", source)
    words = set(_LITERALS.findall(source)) | set(_LITERALS.findall(joined))
    return frozenset(w[:4] for w in words if w not in _COMMON and not w.isdigit())
