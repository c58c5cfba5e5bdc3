"""A Chinese or Korean given name one syllable away from another, under a very common family
name (issue 17, session 12; rule :func:`rules.common_family_other_syllable`).

Chinese and Korean given names are written syllable by syllable, each syllable a character
chosen from a few hundred. "Guohua" and "Guihua", "Sung-ho" and "Sang-ho" are each spelled
right: a letter apart, they are two names, as "Jane" and "June" are. Under a family name that
one person in fifty or more bears (Li, Wang, Kim, Lee: ``data/common_surnames_east_asian.txt``,
with its sources), such a pair names many people and says nothing of which one the list
means. A slip that leaves no syllable ("Xeaohong" for "Xiaohong"), or a syllable romanised
another way ("Soo" / "Su", "Hsiao" / "Xiao"), is still the listed name.

Everything here is pure and worked out at import (a few milliseconds): no table is loaded on
the query path.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from importlib import resources

from rapidfuzz.distance import OSA

from exportgate.screening.scoring import KO_INITIAL, KO_VOWELS, korean_fold
from exportgate.screening.scripts import hangul_romanisations
from exportgate.screening.slips import KEY_NEIGHBOURS
from exportgate.screening.wade_giles import pinyin_readings, pinyin_syllable


def _families() -> dict[str, tuple[frozenset[str], ...]]:
    """spelling -> the spelling groups (one per language line) of
    ``data/common_surnames_east_asian.txt`` that hold it, tagged by language."""
    text = resources.files("exportgate.screening").joinpath("data/common_surnames_east_asian.txt")
    out: dict[str, list[frozenset[str]]] = {}
    for line in text.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, *names = line.split()
        group = frozenset(f"{lang}:{n}" for n in names)
        for n in names:
            out.setdefault(n, []).append(group)
    return {k: tuple(v) for k, v in out.items()}


_FAMILIES = _families()
#: every romanised Korean syllable, its romanisation choices folded (:func:`korean_fold`)
_KOREAN_FOLDS = frozenset(
    korean_fold(s)
    for s in hangul_romanisations()
    if not s.startswith(("kk", "tt", "pp", "ss", "jj"))
)
#: longest syllable tried when a given name written as one word is split
_MAX_SYLLABLE = 6
#: most splits of one word into syllables looked at
_MAX_SPLITS = 24


def family_languages(typed: str, listed: str) -> frozenset[str]:
    """The languages ("zh", "ko") in which ``listed`` is one of the very common family names and
    ``typed`` is a spelling of it or another of them ("baek" / "pak"); empty when it is none."""
    groups = _FAMILIES.get(listed)
    if not groups:
        return frozenset()
    typed_groups = _FAMILIES.get(typed, ())
    # (the same name, or another very common family name of the language: "Baek" / "Pak")
    return frozenset(
        lang
        for g in groups
        for lang in ("zh", "ko")
        if f"{lang}:{listed}" in g and any(f"{lang}:{typed}" in t for t in typed_groups)
    )


def _valid(syllable: str, lang: str) -> bool:
    """A syllable a given name is written with: a Hanyu Pinyin syllable of two letters or more
    with a vowel (not "a", "o", "ng": a split into those is a slip's), or a romanised Korean
    syllable without a tense initial (kk, tt, pp, ss, jj: given names hardly use them)."""
    if lang == "zh":
        return (
            len(syllable) >= 2
            and pinyin_syllable(syllable)
            and _VOWEL.search(syllable) is not None
            and _NO_LABIAL.match(syllable) is None
            and syllable[0] not in "iuv"  # (written "yi", "ying", "wu" ... standing alone)
        )
    return (
        syllable[:2] not in _TENSE
        and _VOWEL.search(syllable) is not None
        and korean_fold(syllable) in _KOREAN_FOLDS
    )


_VOWEL = re.compile(r"[aeiouv]")
#: b, p, m, f take no -uo, -ong or -ua final in Hanyu Pinyin, and g, k, h, f no -i ("fuo",
#: "mong", "hi" are no syllables; wade_giles's table of syllables is generous there); the
#: final -üe (written -ue) follows only j, q, x, y, n and l ("hue", "zhue" are none)
_NO_LABIAL = re.compile(
    r"^(?:[bpmf](?:uo|ong|ua|uai|uan|uang|ui|un)|[gkhf]i|(?:[bpmfdtgkhrw]|[zcs]h?)ue)$"
)
_TENSE = frozenset({"kk", "tt", "pp", "ss", "jj"})


def _same(a: str, b: str, lang: str) -> bool:
    """One syllable, or one syllable romanised two ways; a final -n written for -ng, or the
    reverse, is one syllable misheard or mistyped ("jon" / "jong", "yin" / "ying": many
    speakers and romanisers merge the two), not another."""
    if a == b or (a.endswith("ng") and a[:-1] == b) or (b.endswith("ng") and b[:-1] == a):
        return True
    if lang == "zh":
        if _flat(a) == _flat(b):
            return True
        ra, rb = pinyin_readings(a), pinyin_readings(b)
        return b in ra or a in rb or bool(ra & rb)
    return korean_fold(a) == korean_fold(b) or _plain_fold(a) == _plain_fold(b)


def _flat(syllable: str) -> str:
    """A pinyin syllable with a retroflex initial written flat: zh, ch, sh as z, c, s. Most
    speakers of the south-west, the south and Taiwan merge the two series (the "flat and
    raised tongue" initials, 平翘舌), and write "Zifu" for "Zhifu", "Cen" for "Chen": one
    syllable heard or spelled two ways, not another."""
    if syllable[:2] in ("zh", "ch", "sh"):
        return syllable[0] + syllable[2:]
    return syllable


def _merged(syllable: str) -> str:
    """A Korean syllable with the vowels Seoul speech merges written one way (ae / e, wae /
    oe / we), a passport's "h" after a vowel dropped ("Hoh", "Sohn") and an initial r, l, n
    before i or y dropped (the initial-sound rule: "Ryong" / "Yong")."""
    out = syllable.replace("wae", "we").replace("oe", "we").replace("ae", "e")
    out = _VOWEL_H.sub("", out)
    if out.startswith("yi"):
        out = out[1:]
    return _INITIAL_RULE.sub("", out)


#: an "h" after a vowel in one syllable: a passport's spelling ("Sohn", "Ahn", "Hoh", "Oh")
_VOWEL_H = re.compile(r"(?<=[aeiouwy])h")
#: South Korea's initial-sound rule: an initial r, l (or n) before i or y is dropped ("Ri" /
#: "Yi" / "I", "Ryong" / "Yong", "Rim" / "Im", "Lyong")
_INITIAL_RULE = re.compile(r"^[rln](?=[iy])")


def _plain_fold(syllable: str) -> str:
    """:func:`korean_fold` without its surname table (which folds "su" and "so", two
    surnames, apart): the initial and vowel choices only ("su" / "so", "jol" / "chol")."""
    out = _merged(syllable)
    for a, b in KO_INITIAL:
        if out.startswith(a):
            out = b + out[len(a) :]
            break
    for a, b in KO_VOWELS:
        out = out.replace(a, b)
    return out


def splits(word: str, lang: str) -> list[tuple[str, ...]]:
    """``word`` split into syllables of ``lang`` every way it can be (at most
    :data:`_MAX_SPLITS`); empty when it cannot."""
    out: list[tuple[str, ...]] = []

    def walk(k: int, acc: tuple[str, ...]) -> None:
        if len(out) >= _MAX_SPLITS:
            return
        if k == len(word):
            out.append(acc)
            return
        for n in range(1, min(_MAX_SYLLABLE, len(word) - k) + 1):
            part = word[k : k + n]
            if k and lang == "zh" and part[0] in "aeo":
                # pinyin writes a syllable opening with a, e or o inside a word only after an
                # apostrophe ("Xi'an"): "lienhe" is no "li-en-he", "xian" no "xi-an"
                break
            if _valid(part, lang):
                walk(k + n, (*acc, part))

    if word.isascii() and word.isalpha():
        walk(0, ())
    return out


def _neighbour_key(typed: str, listed: str) -> bool:
    """One consonant written for its neighbour on a QWERTY keyboard, nothing else changed: a
    slip of the hand ("zening" / "zeming", "kul" / "kuk"), as :mod:`slips` reads one; a vowel
    for a vowel stays another syllable ("guohua" / "guihua")."""
    if len(typed) != len(listed):
        return False
    diff = [(a, b) for a, b in zip(typed, listed, strict=True) if a != b]
    if len(diff) != 1:
        return False
    a, b = diff[0]
    return a not in "aeiou" and b not in "aeiou" and b in KEY_NEIGHBOURS.get(a, ())


def syllables_apart(pairs: Sequence[tuple[str, str]], lang: str) -> tuple[str, str] | None:
    """For given names paired word by word (typed, listed), the first pair of syllables they
    differ by, when both are written in syllables of ``lang``, the same number on each side,
    and differ by one syllable or more that is another syllable, not the same one romanised
    another way; else None (a slip that leaves no syllable, or no syllable apart)."""
    found: tuple[str, str] | None = None
    for typed, listed in pairs:
        if typed == listed:
            continue
        best: tuple[tuple[int, int], tuple[str, str] | None] | None = None
        for a in splits(typed, lang):
            for b in splits(listed, lang):
                if len(a) != len(b):
                    continue
                diff = [(x, y) for x, y in zip(a, b, strict=True) if not _same(x, y, lang)]
                key = (len(diff), len(a))
                if best is None or key < best[0]:
                    best = (key, diff[0] if diff else None)
        if best is None:
            return None  # a slip that leaves no syllable, or syllables of another count
        if best[0][0] == 0:
            continue  # the same syllables, romanised another way
        if best[0][0] > 1 and OSA.distance(typed, listed, score_cutoff=2) <= 1:
            return None  # one slip across two syllables ("jainguo" / "jianguo")
        if _neighbour_key(typed, listed):
            return None  # a consonant typed for the key beside it ("nan" / "nam", "kul" / "kuk")
        if found is None:
            found = best[1]
    return found
