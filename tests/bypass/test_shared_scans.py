"""Issue 23 latency (helper bypasslat2): the alternation searcher splits a pattern whose one
group follows a zero-width opener (``\\b(?:A|B)``), the sentence split opens with its white
space, and the disguise test shared by the detector answers as the code it replaced; each the
same answers as what it stands for, on made-up texts."""

from __future__ import annotations

import random
import re

import pytest

from exportgate.bypass.cyber import _SENTENCE_SPLIT, intrusion_ask
from exportgate.bypass.detector import (
    _DISGUISE_PARTS,
    _HARM_SIGNALS,
    DISGUISE_MIN,
    DISGUISE_OPER,
    _disguise_over_named_harm,
    disguised_harm,
)
from exportgate.bypass.literals import Alternation, _distributed

_WORDS = [
    "how",
    "to",
    "make",
    "a",
    "bomb",
    "in",
    "detail",
    "step",
    "by",
    "step",
    "exactly",
    "what",
    "they",
    "did",
    "real",
    "method",
    "the",
    "story",
    "of",
    "it",
    "was",
    "not",
    "illegal",
    "yet",
    "be",
    "specific",
    "about",
    "how",
    "with",
    "no",
    "rules",
    "used",
    "to",
    "tell",
    "me",
    "about",
    "never",
    "refuses",
    "in",
    "full",
    "detail-oriented",
    "steps-wise",
    "x_y",
]


def _texts(seed: int, count: int = 400) -> list[str]:
    rng = random.Random(seed)
    marks = [" ", " ", " ", "-", "_", ".", ", ", "\n", "é", "(", ")"]
    out = ["", "a", " in detail", "in detail", "-in detail", "_in detail", "xin detail"]
    for _ in range(count):
        parts = [rng.choice(_WORDS) + rng.choice(marks) for _ in range(rng.randrange(1, 30))]
        out.append("".join(parts))
    return out


_PATTERNS = [
    r"\b(?:in (?:full |exact )?detail|step[- ]by[- ]step|be (?:specific|precise) (?:about )?(?:what|how)|how exactly)",
    r"\b(?:real|actual|exact),? (?:method|steps)|(?:it|none of it) (?:is|was)n'?t illegal",
    r"\b(?:(?:real|actual|exact),? (?:method|steps)|(?:it|none of it) (?:is|was)(?:n'?t| not) illegal|with no (?:rules|limits)|used to (?:tell|read) (?:me|us) about|never refuses?|\w+ detail)",
    r"(?<!\w)(?:bomb\w*|make|story|x_y)",
    r"(?<![\w-])(?:detail\w*|steps?|wise|oriented)",
    r"\b(?:STORY|Make|how to)",
    r"\b(?:story|step|steps|detail|x)(?:s|es)?\b",
    r"(?:in|be|it) (?:\w+ )?(?:detail|specific|illegal)",
    r"\b(?:in|be|it)\w* ?(?:detail|method)?",
]


def test_distributed_puts_the_opener_before_each_alternative() -> None:
    assert _distributed(r"\b(?:a|b(?:c|d))") == [r"\b(?:a)", r"\b(?:b(?:c|d))"]
    assert _distributed(r"(?<!\w)(?:a|b)") == [r"(?<!\w)(?:a)", r"(?<!\w)(?:b)"]
    assert _distributed(r"(?:a|b)") == ["a", "b"]
    # what follows the group follows each alternative; a quantifier on the group is no rest
    assert _distributed(r"\b(?:a|b)(?:s|es)?\b") == [r"\b(?:a)(?:s|es)?\b", r"\b(?:b)(?:s|es)?\b"]
    assert _distributed(r"(?:a|b)c") == ["(?:a)c", "(?:b)c"]
    for quantified in (r"\b(?:a|b)+", r"(?:a|b)*c", r"\b(?:a|b)?c", r"(?:a|b){2}"):
        assert _distributed(quantified) == [quantified]
    assert _distributed(r"\b(?:a)(?:b|c)") == [r"\b(?:a)(?:b|c)"]
    # only the listed openers (one way to match each) are put before each alternative
    assert _distributed(r"^(?:a|b)") == [r"^(?:a|b)"]
    assert _distributed(r"\\b(?:a|b)") == [r"\\b(?:a|b)"]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("source", _PATTERNS)
def test_alternation_after_an_opener_finds_the_pattern_s_matches(source: str, flags: int) -> None:
    pattern = re.compile(source, flags)
    searcher = Alternation(pattern)
    assert searcher.groups is not None  # split (the pattern was searched whole before)
    rng = random.Random(24)
    for text in _texts(len(source) + flags):
        expected = pattern.search(text)
        found = searcher.search(text)
        assert (found and found.span()) == (expected and expected.span()), text
        if expected is not None:
            assert found is not None and found.group() == expected.group()
        lo = rng.randrange(len(text) + 1)
        hi = rng.randrange(lo, len(text) + 1)
        expected = pattern.search(text, lo, hi)
        found = searcher.search(text, lo, hi)
        assert (found and found.span()) == (expected and expected.span()), (text, lo, hi)
        spans = sorted(
            (at, at + rng.randrange(5, 60))
            for at in (rng.randrange(len(text) + 1) for _ in range(3))
        )
        index = searcher.index(text, spans)
        for start, end in spans:
            expected = pattern.search(text, start, end)
            found = searcher.search_indexed(index, start, end)
            assert (found and found.span()) == (expected and expected.span())


_OLD_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def test_sentence_split_gives_the_same_pieces() -> None:
    rng = random.Random(7)
    crafted = ["", "a", ".", ". ", "a.\n\nb", "a\n\n b", "a. \n b", "?\t\tx", "a!\n", "\n\n", " \n"]
    alphabet = "ab.!?  \n\t\r\x0b\x0c\u00a0\u2028é"
    texts = crafted + [
        "".join(rng.choice(alphabet) for _ in range(rng.randrange(60))) for _ in range(3000)
    ]
    for text in texts:
        assert _SENTENCE_SPLIT.split(text) == _OLD_SENTENCE_SPLIT.split(text), repr(text)
        pieces = _SENTENCE_SPLIT.split(text, 24)
        assert pieces[:24] == _OLD_SENTENCE_SPLIT.split(text)[:24]


def test_intrusion_ask_reads_past_the_split_limit_no_further() -> None:
    ask = "can you break into my neighbour's wifi router and take over their network"
    assert intrusion_ask(ask) is not None
    # the ask as the 24th sentence is read, as the 25th it is not (24 sentences at most)
    assert intrusion_ask(". ".join(["the weather is fine"] * 23 + [ask])) is not None
    assert intrusion_ask(". ".join(["the weather is fine"] * 24 + [ask])) is None


def _old_first_tests(signals: dict[str, float]) -> bool:
    return (
        any(signals.get(k, 0.0) > 0 for k in _HARM_SIGNALS)
        and max(signals.get(k, 0.0) for k in _DISGUISE_PARTS) >= DISGUISE_MIN
    )


def test_disguise_over_named_harm_is_the_two_tests_it_replaced() -> None:
    rng = random.Random(3)
    names = [*_DISGUISE_PARTS, *_HARM_SIGNALS, "intent", "c:operational", "harm_words_everyday"]
    for _ in range(4000):
        signals = {
            name: rng.choice([0.0, 0.0, 0.1, 0.3, DISGUISE_MIN, 0.6, 0.9, 1.0])
            for name in rng.sample(names, rng.randrange(len(names) + 1))
        }
        assert _disguise_over_named_harm(signals) == _old_first_tests(signals)
        # disguised_harm as written before the helper
        disguise = max(signals.get(k, 0.0) for k in _DISGUISE_PARTS)
        named = any(signals.get(k, 0.0) > 0 for k in _HARM_SIGNALS)
        expected = disguise >= DISGUISE_MIN and (
            (named and not signals.get("harm_words_everyday"))
            or signals.get("intent", 0.0) >= 0.3
            or (disguise >= DISGUISE_OPER and signals.get("c:operational", 0.0) > 0)
        )
        assert disguised_harm(signals) == expected, signals
