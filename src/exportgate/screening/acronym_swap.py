"""An acronym typed with two of its letters swapped (rule ``acronym_swap_read``; issue 17,
session 12).

A company known by its initials ("KOCG", "PDVSA", "D.I.B.C.") is typed letter by letter, and
a hurried hand swaps two neighbours ("KCOG", "PDSVA", "D.B.I.C."). Read as a word, four
letters one letter apart are as often two companies as one (``distinctive_word_misspelt``);
read as initials, the same letters in another order are a slip of the hand.

:func:`acronym_swaps` reads a query that is only an acronym (capitals with one vowel at most,
as initials are and words are not, or letters each with its dot) with two neighbouring letters
swapped back, where the word so read is one a list name has and the acronym as typed is not.
The screener screens each such reading beside the query as typed, a review at most: the
swapped letters may also be another organisation's initials.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

#: the rule's name, as explanations give it
RULE = "acronym_swap_read"

_CAPITALS = re.compile(r"^[A-Z]{4,6}$")
_DOTTED = re.compile(r"^(?:[A-Z]\.\s?){4,6}$")
_VOWELS = frozenset("AEIOU")


@dataclass(frozen=True)
class AcronymSwap:
    """An acronym read with two neighbouring letters swapped back."""

    typed: str
    text: str

    def why(self) -> str:
        return (
            f"read as {self.text!r}: {self.typed!r} is an acronym with two neighbouring letters "
            f"swapped, a slip of the hand (rule {RULE})"
        )


def acronym_letters(text: str) -> str | None:
    """The letters of ``text`` when it is only an acronym: four to six capitals with one vowel
    at most ("KCOG", "PDSVA"), or four to six letters each with its dot ("D.B.I.C."); else
    None."""
    t = text.strip()
    if _DOTTED.match(t):
        return t.replace(".", "").replace(" ", "")
    if _CAPITALS.match(t) and sum(ch in _VOWELS for ch in t) <= 1:
        return t
    return None


def acronym_swaps(text: str, known_word: Callable[[str], bool]) -> list[AcronymSwap]:
    """Each reading of an acronym ``text`` with two neighbouring letters swapped that is a word
    of the lists (``known_word``, lower case), where the acronym as typed is none."""
    letters = acronym_letters(text)
    if letters is None or known_word(letters.lower()):
        return []
    out: list[AcronymSwap] = []
    seen: set[str] = set()
    for k in range(len(letters) - 1):
        a, b = letters[k], letters[k + 1]
        if a == b:
            continue
        w = letters[:k] + b + a + letters[k + 2 :]
        if w not in seen and known_word(w.lower()):
            seen.add(w)
            out.append(AcronymSwap(text.strip(), w))
    return out
