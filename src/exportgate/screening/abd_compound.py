"""An "Abd" compound written around its article as the lists do not write it (rule
``abd_compound_read``; issue 17, session 12).

"Abd al-Rezak", "Abd-ul-Rezak", "Abdul Rezak", "Abdurezak" and "Abderrezak" are one Arabic
name ("servant of the Provider"): the article after "Abd" is written "ul", "el", "al", "ol",
assimilated to a sun letter ("Abder-Rezak", "Abdur-Rahman") or as a vowel alone, joined or
apart. The pair scorer reads them as one name (:func:`scoring.abd_stems`), but the index finds
candidates by a word's spelling, and two spellings several letters apart may not meet.

:func:`abd_compound_readings` writes such a compound the ways the lists write it: each spelling
of its name part behind "Abd" and an article that is a word of the lists, other than the one
typed. The screener screens it beside the query as typed (a match through it is
one spelling of the same name: at most :data:`MOST`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from exportgate.screening.scoring import abd_stems

#: the rule's name, as explanations give it
RULE = "abd_compound_read"
#: the most a match through such a reading scores: two spellings of one name (``syn_sim``)
MOST = 0.95

_COMPOUND = re.compile(
    r"(?<![^\W\d_])(abd(?:oul|ul|el|al|ol|ou|u|i)?)"
    r"(?:[\s'-]+(ul|al|el|ol|il|ur|ar|er|ad|as|an|at|az|ash))?[\s'-]+([^\W\d_]{3,})"
    r"|(?<![^\W\d_])(abd[^\W\d_]{4,})",
    re.IGNORECASE,
)
_JOINS = ("", "u", "i", "a", "e", "o", "ou", "ul", "el", "al", "ol")
_SUN = frozenset("rstdzn")
_MAX_READINGS = 2


@dataclass(frozen=True)
class AbdReading:
    """A query with an "Abd" compound written as a list writes it."""

    typed: str
    text: str
    listed: str

    def why(self) -> str:
        return (
            f"read as {self.text!r}: {self.typed!r} is {self.listed!r} with its article "
            f"written another way (rule {RULE})"
        )


def _spellings(stem: str) -> list[str]:
    out = ["abd" + j + stem for j in _JOINS]
    if stem[0] in _SUN:
        out += ["abd" + v + stem[0] + stem for v in "aeu"]  # "abder-rezak", "abdur-rahman"
    return out


def abd_compound_readings(text: str, known_word: Callable[[str], bool]) -> list[AbdReading]:
    """``text`` with an "Abd" compound written as the lists write it (``known_word``, lower
    case) where that is another spelling than the one typed (at most :data:`_MAX_READINGS`)."""
    if "abd" not in text.lower():
        return []
    out: list[AbdReading] = []
    for m in _COMPOUND.finditer(text):
        typed = m.group(0)
        joined = "".join(ch for ch in typed.lower() if ch.isalpha())
        seen: set[str] = set()
        for stem in sorted(abd_stems(joined), key=len, reverse=True):
            for w in _spellings(stem):
                if w != joined and w not in seen and known_word(w):
                    seen.add(w)
                    new = text[: m.start()] + w.upper() + text[m.end() :]
                    out.append(AbdReading(typed, new, w))
                    if len(out) >= _MAX_READINGS:
                        return out
    return out
