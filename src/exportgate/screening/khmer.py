"""Khmer script to Latin letters, after the UNGEGN romanisation of Khmer (1972; UN Group of
Experts on Geographical Names, "Report on the current status of United Nations romanization
systems for geographical names", Khmer section), simplified to what name matching needs.

ICU has no Khmer transliterator, so without this a name such as ``ហ៊ុន ម៉ាណែត`` (Hun Manet) had
no Latin form at all. Khmer consonants belong to one of two series, which decide how the vowel
signs after them are read (``ុ`` is "o" after ``ប``, "u" after ``ព``); two signs move a
consonant to the other series (``៉``, ``៊``). A consonant with no vowel sign carries the series'
inherent vowel ("a" or "o") unless it closes the word (``ពត`` -> "pot"). Subscript consonants
(after ``្``) join the cluster of the consonant above them.
"""

from __future__ import annotations

import re

#: consonant -> (Latin, series): 1 = first (a-) series, 2 = second (o-) series
_CONSONANTS: dict[str, tuple[str, int]] = {
    "ក": ("k", 1),
    "ខ": ("kh", 1),
    "គ": ("k", 2),
    "ឃ": ("kh", 2),
    "ង": ("ng", 2),
    "ច": ("ch", 1),
    "ឆ": ("chh", 1),
    "ជ": ("ch", 2),
    "ឈ": ("chh", 2),
    "ញ": ("nh", 2),
    "ដ": ("d", 1),
    "ឋ": ("th", 1),
    "ឌ": ("d", 2),
    "ឍ": ("th", 2),
    "ណ": ("n", 1),
    "ត": ("t", 1),
    "ថ": ("th", 1),
    "ទ": ("t", 2),
    "ធ": ("th", 2),
    "ន": ("n", 2),
    "ប": ("b", 1),
    "ផ": ("ph", 1),
    "ព": ("p", 2),
    "ភ": ("ph", 2),
    "ម": ("m", 2),
    "យ": ("y", 2),
    "រ": ("r", 2),
    "ល": ("l", 2),
    "វ": ("v", 2),
    "ស": ("s", 1),
    "ហ": ("h", 1),
    "ឡ": ("l", 1),
    "អ": ("", 1),
}
#: vowel sign -> (after a first-series consonant, after a second-series one)
_VOWEL_SIGNS: dict[str, tuple[str, str]] = {
    "ា": ("a", "ea"),
    "ិ": ("e", "i"),
    "ី": ("ei", "i"),
    "ឹ": ("oe", "ue"),
    "ឺ": ("eu", "eu"),
    "ុ": ("o", "u"),
    "ូ": ("ou", "u"),
    "ួ": ("uo", "uo"),
    "ើ": ("aeu", "eu"),
    "ឿ": ("oea", "oea"),
    "ៀ": ("ie", "ie"),
    "េ": ("e", "e"),
    "ែ": ("ae", "ae"),
    "ៃ": ("ai", "ey"),
    "ោ": ("ao", "o"),
    "ៅ": ("au", "ov"),
    "ំ": ("m", "m"),
    "ះ": ("h", "h"),
    "ៈ": ("a", "a"),
}
_INDEPENDENT_VOWELS = {
    "ឥ": "e",
    "ឦ": "ei",
    "ឧ": "o",
    "ឩ": "ou",
    "ឪ": "ov",
    "ឫ": "rue",
    "ឬ": "rue",
    "ឭ": "lue",
    "ឮ": "lue",
    "ឯ": "e",
    "ឰ": "ai",
    "ឱ": "ao",
    "ឲ": "ao",
    "ឳ": "au",
}
_COENG = "\u17d2"  # the next consonant is written below: part of this cluster
_TO_FIRST = "\u17c9"  # musĭkâtônd: to the first series ("ប៉" is "p")
_TO_SECOND = "\u17ca"  # trei sâp: to the second series
_INHERENT = ("a", "o")
_KHMER_RUN = re.compile(r"[\u1780-\u17ff\u19e0-\u19ff]+")


def has_khmer(text: str) -> bool:
    return any("\u1780" <= c <= "\u17ff" for c in text)


def khmer_to_latin(text: str) -> str:
    """``text`` with every run of Khmer letters written in Latin letters (lower case)."""
    return _KHMER_RUN.sub(lambda m: _word(m.group(0)), text)


def _word(word: str) -> str:
    clusters: list[tuple[str, int, str | None]] = []  # consonants, series, vowel (None: none)
    i, n = 0, len(word)
    while i < n:
        ch = word[i]
        if ch in _INDEPENDENT_VOWELS:
            clusters.append(("", 1, _INDEPENDENT_VOWELS[ch]))
            i += 1
            continue
        if ch not in _CONSONANTS:
            i += 1  # signs with no sound of their own (bantoc, robat ...), digits, punctuation
            continue
        latin, series = _CONSONANTS[ch]
        if ch == "ប" and i + 1 < n and word[i + 1] == _TO_FIRST:
            latin = "p"
        i += 1
        vowel: list[str] = []
        while i < n:
            c = word[i]
            if c == _COENG and i + 1 < n and word[i + 1] in _CONSONANTS:
                latin += _CONSONANTS[word[i + 1]][0]
                i += 2
            elif c == _TO_FIRST:
                series = 1
                i += 1
            elif c == _TO_SECOND:
                series = 2
                i += 1
            elif c in _VOWEL_SIGNS:
                vowel.append(_VOWEL_SIGNS[c][series - 1])
                i += 1
            elif "\u17c9" <= c <= "\u17d3" or c == "\u17dd":
                i += 1
            else:
                break
        clusters.append((latin, series, "".join(vowel) if vowel else None))
    out: list[str] = []
    last = len(clusters) - 1
    for k, (latin, series, sound) in enumerate(clusters):
        if sound is None and (k < last or k == 0):
            sound = _INHERENT[series - 1]  # an open syllable: the series' own vowel
        out.append(latin + (sound or ""))
    return "".join(out)
