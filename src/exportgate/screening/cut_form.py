"""A legal form written out and cut short by a form field (rule ``cut_legal_form``).

A name field of 30 or 35 characters keeps "GAZPROMBANK LEASING ZAKRYTOE AKTSIO" of "GAZPROMBANK
LEASING ZAKRYTOE AKTSIONERNOE OBSHCHESTVO", "Transatlantic Partners Private Limi" of
"... Private Limited", "Delta Engineering Concern FREE ZONE" of "... Free Zone
Establishment". The words left of the legal form are no name words, yet they count as
unmatched words and sink the match, and which legal form they were is not always certain
("SOCIEDA" may be a sociedad anonima or a sociedad de responsabilidad limitada).

:func:`cut_form_reading` reads such a query without the cut legal form: its closing words are
the start of a legal form written out (``data/legal_phrases.txt``: the forms rigour's org-type
data finds on the shipped lists, and forms customers write out), the last of them cut or the
form left unfinished. The screener screens that reading beside the query as typed and keeps
each entry's better score, a review at most (what the field cut off is unknown: "... CORPORAT"
may have gone on "... CORPORATION TWELFTH BUREAU"), as a form cut short by the field's length
is (:mod:`cut_short`); a reading only ever drops words that start a legal form, and at least
one name word of three letters stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from exportgate.screening.legal_forms import LEGAL_PHRASES, ORDINARY_WORDS, legal_words

#: the rule's name, as explanations give it
RULE = "cut_legal_form"

_WORD = re.compile(r"[^\W_]+")
#: a single cut word read as the start of a legal-form word: four letters at least ("Limi",
#: "Corpor"); fewer only after other words of the form ("Private L", "Otkrytoe A")
_MIN_ALONE = 4


@dataclass(frozen=True)
class CutForm:
    """A query read without the legal form a field's length cut short."""

    text: str
    dropped: str

    def why(self) -> str:
        return (
            f"read as {self.text!r}: {self.dropped!r} is the start of a legal form written out "
            f"and cut short by the field's length, left out as a legal form may be (rule {RULE})"
        )


@lru_cache(maxsize=1)
def _phrases() -> tuple[tuple[str, ...], ...]:
    """The legal forms written out, as word tuples, with each legal-form word of six letters
    or more (:func:`legal_forms.legal_words`) as a form of one word."""
    lines = LEGAL_PHRASES.read_text(encoding="utf-8").splitlines()
    out = [tuple(x.split()) for x in lines if x.strip() and not x.startswith("#")]
    out += [(w,) for w in sorted(legal_words())]
    return tuple(out)


#: words that close a company's name alone, as a whole legal form or a generic word ("Acme
#: Company"): never the unfinished start of a longer form where the query ends with them whole
_CLOSES_ALONE = frozenset(
    {"company", "corporation", "limited", "incorporated", "enterprise", "enterprises"}
    | {"establishment", "partnership", "concern", "organization", "organisation"}
)


@lru_cache(maxsize=4096)
def _form_already(tail: tuple[str, ...]) -> bool:
    """Whether ``tail``, its last word whole, is or holds a legal form already (rigour reads a
    form in it: "private limited", "limited liability company") or closes a name alone
    ("company"): then it is no form cut short."""
    from rigour.names import replace_org_types_compare

    if tail[-1] in _CLOSES_ALONE:
        return True
    text = " ".join(tail)
    return replace_org_types_compare(text, generic=True) != text


@lru_cache(maxsize=1)
def _by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The legal forms by their first word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for ph in _phrases():
        out.setdefault(ph[0], []).append(ph)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _word_starts() -> frozenset[str]:
    """Every start (one letter or more) of every word of a legal form: a query whose last word
    is none of them closes with no cut form (most names; one set test)."""
    return frozenset(w[:k] for ph in _phrases() for w in ph for k in range(1, len(w) + 1))


def _candidates(tail: list[str]) -> tuple[tuple[str, ...], ...]:
    """The legal forms ``tail`` may be the start of: those opening with its first word, or for
    one word, those whose first word it starts."""
    if len(tail) > 1:
        return _by_first().get(tail[0], ())
    return tuple(
        ph for first, phs in _by_first().items() if first.startswith(tail[0]) for ph in phs
    )


def _starts_form(tail: list[str]) -> bool:
    """Whether ``tail`` (lower-case words) is the unfinished start of a legal form written out:
    its words are the form's first words, the last of them whole or cut, and the form goes on
    after them (a whole form, "Limited Liability Company", is no cut form)."""
    k = len(tail)
    last = tail[-1]
    if k == 1 and (len(last) < _MIN_ALONE or last in ORDINARY_WORDS):
        return False  # ("Alsaroud General": a word of a name too)
    whole = False
    for ph in _candidates(tail):
        if len(ph) < k or ph[: k - 1] != tuple(tail[:-1]):
            continue
        word = ph[k - 1]
        if word.startswith(last):
            if len(word) > len(last):
                return True  # the last word cut
            whole = whole or len(ph) > k  # the form unfinished after a whole word
    if whole and k == 1 and last not in legal_words():
        return False  # a whole word alone that is no legal-form word ("Acme State", "Free")
    return whole and not _form_already(tuple(tail))


#: short forms that end a name whole, though they start a longer legal-form word ("Corp",
#: "Comp", "Inc", "Incorp", "Corpn")
_WHOLE_SHORT = frozenset({"corp", "corpn", "comp", "compy", "inc", "incorp", "ltd", "co", "est"})


def cut_form_reading(text: str, known: Callable[[str], bool] | None = None) -> CutForm | None:
    """``text`` without the legal form written out that closes it cut short, or None where it
    does not close with one ("LAGGAR PRO, OBSHCHESTVO S OGRANICHE" -> "LAGGAR PRO"). With
    ``known`` (whether a list name has a word), a last word alone that a list name has is a
    word, not a form cut ("Tovar", a surname, is no "Tovarystvo")."""
    found = list(_WORD.finditer(text))
    if len(found) < 2:
        return None
    words = [m.group(0).lower() for m in found]
    if not words[-1].isascii() or not words[-1].isalpha() or words[-1] not in _word_starts():
        return None
    best: int | None = None
    last = words[-1]
    alone_ok = last not in _WHOLE_SHORT and (
        known is None or last in legal_words() or not known(last)
    )
    for k in range(1, min(len(words) - 1, 6) + 1):
        if (k > 1 or alone_ok) and _starts_form(words[-k:]):
            best = len(words) - k
    if best is None:
        return None
    head = words[:best]
    if not any(len(w) >= 3 and not w.isdigit() for w in head):
        return None
    name = text[: found[best].start()].rstrip(" ,;:-/&")
    return CutForm(name, text[found[best].start() :])
