"""Issue 23 latency (helper bypasslat2): the sentence split opens with its white space and
stops at the sentences read, and the disguise test shared by the detector answers as the code
it replaced; each the same answers as what it stands for, on made-up texts."""

from __future__ import annotations

import random
import re

from exportgate.bypass.cyber import _SENTENCE_SPLIT, intrusion_ask
from exportgate.bypass.detector import (
    _DISGUISE_PARTS,
    _HARM_SIGNALS,
    DISGUISE_MIN,
    DISGUISE_OPER,
    _disguise_over_named_harm,
    disguised_harm,
)

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
