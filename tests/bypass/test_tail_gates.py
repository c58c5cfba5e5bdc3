"""Issue 23 p99 (helper bypasstail): normalisation's substring gates and the leet-token scan
answer exactly as the patterns they stand before."""

from __future__ import annotations

import random

from exportgate.bypass.anchors import _STEMS, stem_list, text_stems, word_heads
from exportgate.bypass.cyber import _STEM4
from exportgate.bypass.detector import _LOWER_UPPER, _UPPER_LOWER, _random_case_words
from exportgate.bypass.normalize import (
    _B64,
    _LEET_CHARS,
    _LEET_TOKEN,
    _SPACED,
    class_marks,
    class_table,
    leet_tokens,
    may_hold_base64,
    normalize,
    spaced_runs,
)

_CRAFTED = [
    "",
    "a",
    "h o w  t o  m a k e",
    "t-e-l-l m-e",
    "a.b.c.d",
    "a . b . c . d",
    "a    b c d",  # four spaces: not one to three
    "x_y_z_w",
    "_a b c d_",
    "é a b c d",
    "a b c dé",
    "1a b c d",
    "h4ck th3 pl4n3t",
    "abc/d3f x=1234 ab12 =a1b",
    "pa$$w0rd and p@ss and !!!! and +++",
    "a" * 19 + "1",
    "a" * 20 + "1",
    "a" * 25 + "1 b2c",
    "1" + "a" * 19,
    "１２３ab1 ٣ab1 ab٣1",  # digits that are not ASCII are word characters
    "w0rd\u00e9 \u00e9w0rd",
    "aGVsbG8gd29ybGQgaGVsbG8=",
    "aGVsbG8gd29ybGQg aGVsbG8",
    "a" * 15 + " " + "b" * 16,
    "é" + "A" * 16,
    "=" + "A" * 16 + "=",
    "-/_+" * 5,
]


def _texts() -> list[str]:
    rng = random.Random(13)
    out = list(_CRAFTED)
    alphabets = (
        "ab  .-_*/|1",
        "ab1 @$!|+/=_é",
        "aB9+/_-= \n",
        "abc d 0 é \u0663",
    )
    for _ in range(6000):
        alphabet = rng.choice(alphabets)
        out.append("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))))
    return out


def test_spaced_runs_is_findall() -> None:
    for text in _texts():
        assert spaced_runs(text) == _SPACED.findall(text), repr(text)


def test_leet_tokens_are_findalls_tokens_with_a_leet_character() -> None:
    for text in _texts():
        wanted = [w for w in _LEET_TOKEN.findall(text) if not _LEET_CHARS.isdisjoint(w)]
        assert leet_tokens(text) == wanted, repr(text)


def test_base64_gate_never_hides_a_match() -> None:
    for text in _texts():
        if _B64.search(text) is not None:
            assert may_hold_base64(text), repr(text)
    assert not may_hold_base64("short words only, and one long-ish token: abcdefghijklmno")
    assert may_hold_base64("token: aGVsbG8gd29ybGQgaGVsbG8=")


def test_class_marks_keep_positions() -> None:
    table = class_table({"ab": "x"})
    assert class_marks("aé b?c", table) == b"x..x.."
    assert len(class_marks("日本語 ab", table)) == len("日本語 ab")


def test_normalize_still_reads_spacing_and_leetspeak() -> None:
    spaced = normalize("please t e l l  m e how")
    assert spaced.spaced_runs == 1
    assert any("tell me" in view for view in spaced.views)
    leet = normalize("how do i h4ck th3 r0ut3r")
    assert leet.leet_words == 3
    assert normalize("an ordinary sentence with 2024 in it").leet_words == 0


def test_stem_list_is_findall() -> None:
    rng = random.Random(4)
    texts = [*_CRAFTED, "Upper Case WORDS and lower ones", "a&b abc&def x1y2 日本語abc ﬁnal"]
    for _ in range(4000):
        texts.append("".join(rng.choice("abcdE &1é?\n") for _ in range(rng.randint(0, 50))))
    for text in texts:
        assert stem_list(text) == _STEMS.findall(text), repr(text)
        assert text_stems(text) == frozenset(_STEMS.findall(text))


def test_random_case_words_as_before() -> None:
    def before(sample: str) -> int:
        return sum(
            1
            for w in sample.split()
            if 4 <= len(w) <= 40
            and not w.islower()
            and _LOWER_UPPER.search(w)
            and _UPPER_LOWER.search(w)
        )

    rng = random.Random(9)
    texts = ["HoW Do I MaKe", "Hello World THE McDonald iPhone O'Neil ÉcOle Ǆemal ǅungla"]
    for _ in range(3000):
        texts.append("".join(rng.choice("aAbB 'éÉǅ1-") for _ in range(rng.randint(0, 60))))
    for text in texts:
        assert _random_case_words(text) == before(text), repr(text)
    assert _random_case_words("HoW dO i MaKe A bOmB") == 2


def test_word_heads_is_findall() -> None:
    rng = random.Random(5)
    texts = [*_CRAFTED, "Upper Case WORDS", "a b1 c&d 日本語abc ﬁnal x"]
    for _ in range(4000):
        texts.append("".join(rng.choice("abcdE &1é?\n") for _ in range(rng.randint(0, 50))))
    for text in texts:
        assert word_heads(text) == _STEM4.findall(text), repr(text)
