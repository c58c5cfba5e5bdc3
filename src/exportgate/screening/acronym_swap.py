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


#: a query of capitals read for a letter typed twice or one left out (:func:`acronym_slips`)
_SLIP_CAPITALS = re.compile(r"^[A-Z]{4,7}$")
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
#: the most vowels an acronym read for a letter left out or typed twice has (its reading must
#: be a list name by itself: "SRIAE", "ISISK")
_SLIP_VOWELS = 2


@dataclass(frozen=True)
class AcronymSlip:
    """An acronym read with a letter typed twice taken out, or a letter left out put back."""

    typed: str
    text: str
    doubled: bool

    def why(self) -> str:
        what = "a letter typed twice" if self.doubled else "a letter left out"
        return (
            f"read as {self.text!r}: {self.typed!r} is that acronym with {what}, a slip of the "
            f"hand (rule {RULE})"
        )


def acronym_slips(text: str, listed_acronym: Callable[[str], bool]) -> list[AcronymSlip]:
    """Each reading of a query that is only capitals (four to seven, two vowels at most, or
    any number where a letter is doubled) with one doubled letter typed once ("NIOOC" /
    "NIOC") or one letter put back where it was left out ("RODM" / "RODSM", four letters or
    more: three letters with one put back are too many companies), that is a list name by
    itself (``listed_acronym``, lower case) where the query as typed is none."""
    t = text.strip()
    if not _SLIP_CAPITALS.match(t) or listed_acronym(t.lower()):
        return []
    out: list[AcronymSlip] = []
    seen: set[str] = set()
    for k in range(len(t) - 1):
        if t[k] == t[k + 1]:
            w = t[:k] + t[k + 1 :]
            if len(w) >= 3 and w not in seen and listed_acronym(w.lower()):
                seen.add(w)
                out.append(AcronymSlip(t, w, True))
    if len(t) > 6 or sum(ch in _VOWELS for ch in t) > _SLIP_VOWELS:
        return out
    for k in range(1, len(t) + 1):
        for ch in _LETTERS:
            w = t[:k] + ch + t[k:]
            if w not in seen and listed_acronym(w.lower()):
                seen.add(w)
                out.append(AcronymSlip(t, w, False))
    return out


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
