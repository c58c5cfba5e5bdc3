"""Letters a scanner or a hurried typist reads as others (rule ``look_alike_read``).

Names copied from a scanned document, a fax or a photo of a passport come through optical
character recognition, which confuses letters and digits that look alike: ``0`` / ``O``, ``1``
/ ``l`` / ``I``, ``5`` / ``S``, ``8`` / ``B``, ``6`` / ``G``, ``2`` / ``Z``, and letter pairs
that print as one letter: ``rn`` / ``m``, ``cl`` / ``d``, ``vv`` / ``w``. "Lirnited" is
"Limited", "A1i" is "Ali", "5hen" is "Shen".

:func:`look_alike_reading` writes a query's words with such a confusion back as the letters
they stand for, and the screener screens that reading beside the query as typed, keeping the
better score of each entry (:meth:`ListScreener.screen`). A digit inside a word of letters is
read so where the word read back is one a list name has ("5hen" -> "Shen", not "plc2" ->
"plcz"); a letter pair (not at a word's start: "Clover" is no "Dover") only in a word that no
list name has, where the word read back is one a list name has ("Moharnad" -> "Mohamad", not
"Bernard" -> "Bemard"), and such a reading is a review at most, never a block by itself.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

#: the rule's name, as explanations give it
RULE = "look_alike_read"

#: digits and the letters they are read for, the likelier first ("1": "l" in "A1i", "i" in
#: "ELEKTRONNY1")
DIGIT_LETTERS: dict[str, str] = {"0": "o", "1": "li", "5": "s", "8": "b", "6": "g", "2": "z"}
#: letter groups that print as one letter, and that letter: the confusions of optical
#: character recognition on Latin print (rn / m, cl / d, vv / w, ri / n; and in capitals, where
#: the strokes of one letter come apart: II / H, NI / M, LI / U, IJ / U, all read lower case)
LETTER_PAIRS: tuple[tuple[str, str], ...] = (
    ("rn", "m"),
    ("cl", "d"),
    ("vv", "w"),
    ("ri", "n"),
    ("ii", "h"),
    ("ii", "u"),
    ("ni", "m"),
    ("li", "u"),
    ("ij", "u"),
)
#: letter groups read at a word's start too: no word of the lists' languages starts with them
#: ("rnarivan", "IIauchard", "NIohammed"); "cl", "ri", "li" and "vv" start words ("Clover",
#: "Rita", "Lima")
_AT_START = frozenset({"rn", "ii", "ni", "ij"})
#: letter groups that are the strokes of one capital come apart: read in capitals only
_CAPITAL_STROKES = frozenset({"ii", "ni", "li", "ij"})

_DIGITS = frozenset(DIGIT_LETTERS)
_WORD = re.compile(r"[^\W_]+")
_BRACKET_C = re.compile(r"(?<=[^\W\d_])\((?=[^\W\d_])")
_MAX_FORMS = 16


@dataclass(frozen=True)
class LookAlike:
    """A query read with its look-alike characters as the letters they stand for."""

    text: str
    words: tuple[tuple[str, str], ...]  # (as typed, as read)
    letters_only: bool  # only letter pairs were read (a review at most)

    def why(self) -> str:
        said = ", ".join(f"{a!r} as {b!r}" for a, b in self.words)
        return (
            f"read as {self.text!r}: {said}, characters a scanner or a typist confuses "
            f"(rule {RULE})"
        )


def _digit_forms(low: str) -> list[str]:
    """``low`` with each look-alike digit as each of its letters (at most ``_MAX_FORMS``)."""
    options = [DIGIT_LETTERS.get(c, c) for c in low]
    return ["".join(p) for p in itertools.islice(itertools.product(*options), _MAX_FORMS)]


def _where(pair: str, word: str, k: int) -> bool:
    """Whether the letters of ``pair`` at ``k`` in ``word`` (as typed) may be a scanned letter:
    not at a word's start unless no word starts so ("Clover", "Rita"); the strokes of a capital
    come apart in capitals only ("IIauchard", not "Mariani"); "ri" for "n" in small letters
    inside a word of six letters or more, not closing it ("Tecriologia", not "Meshari",
    "Zubiri", "Dirie")."""
    if k == 0 and pair not in _AT_START:
        return False
    typed = word[k : k + 2]
    if pair in _CAPITAL_STROKES:
        return typed.isupper()
    if pair == "ri":
        # (names of five letters hold "ri" too often: "Dirie", "Frits", "Aric")
        return typed.islower() and k + 2 < len(word) and len(word) >= 6
    return True


def _pair_forms(word: str) -> list[str]:
    """``word`` (lower case) with every look-alike letter pair read as its letter, then each
    pair alone."""
    low = word.lower()
    out: list[str] = []
    for pair, letter in LETTER_PAIRS:
        if pair not in low:
            continue
        starts = [m.start() for m in re.finditer(pair, low) if _where(pair, word, m.start())]
        if not starts:
            continue
        whole = low
        for k in reversed(starts):
            whole = whole[:k] + letter + whole[k + 2 :]
        out.append(whole)
        if len(starts) > 1:
            out.extend(low[:k] + letter + low[k + 2 :] for k in starts)
    return out


def _cased(new: str, word: str) -> str:
    """``new`` with a capital first letter where ``word`` starts with one or with a digit."""
    first = word[:1]
    return new.capitalize() if first.isupper() or first.isdigit() else new


def look_alike_reading(text: str, known: Callable[[str], bool]) -> LookAlike | None:
    """``text`` with its look-alike characters read as letters, or None where it has none.
    ``known(word)``: whether a list name has that word (lower case)."""
    read: list[tuple[str, str]] = []
    if "(" in text and ")" not in text:
        # an open bracket inside a word of letters, never closed: a scanned "C" ("TI(ARET",
        # "IHSURAN(E")
        scanned = _BRACKET_C.sub(lambda m: "C" if text[m.start() - 1].isupper() else "c", text)
        if scanned != text:
            read.extend(
                (a, b) for a, b in zip(text.split(), scanned.split(), strict=False) if a != b
            )
            text = scanned
    lowered = text.lower()
    if not read and _DIGITS.isdisjoint(text) and not any(p in lowered for p, _ in LETTER_PAIRS):
        return None
    digits_read = False
    out: list[str] = []
    last = 0
    for m in _WORD.finditer(text):
        word = m.group(0)
        low = word.lower()
        new: str | None = None
        letters = sum(c.isalpha() for c in low)
        if letters and any(c in DIGIT_LETTERS for c in low) and not low.isdigit():
            if all(c.isalpha() or c in DIGIT_LETTERS for c in low):
                forms = _digit_forms(low)
                new = next((f for f in forms if known(f)), None)
                if new is None and letters >= 4 and len(low) - letters == 1:
                    # one digit in a word of letters ("0borudovonie"): a scanned letter,
                    # though the word has a slip of its own; a review at most
                    new = forms[0]
                else:
                    digits_read = digits_read or new is not None
        elif letters == len(low) and any(p in low for p, _ in LETTER_PAIRS) and not known(low):
            new = next((f for f in _pair_forms(word) if known(f)), None)
        if new is not None and new != low:
            read.append((word, new))
            out.append(text[last : m.start()])
            out.append(new.upper() if word.isupper() else _cased(new, word))
            last = m.end()
    if not read:
        return None
    out.append(text[last:])
    return LookAlike("".join(out), tuple(read), letters_only=not digits_read)
