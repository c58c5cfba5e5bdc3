"""One business written under two of its names, "X t/a Y" (rule ``trading_name_split``).

A customer's name field often holds a company's registered name and the name it trades under,
joined by a marker of the trade: "t/a" and "trading as" (British usage), "d/b/a", "dba" and
"doing business as" (American), or an earlier name after "formerly", "f/k/a", "formerly known
as", "a/k/a", "also known as", in brackets or not ("SOVCOMCARD LLC T/A SOVCOMCARD", "Nord
Shipping Ltd (formerly Baltic Lines Ltd)"). Each side names the same business, so each is
screened by itself beside the query as typed (:meth:`ListScreener.screen` keeps each entry's
best score): the listed name on one side is not drowned by the other side's words.

The markers are the abbreviations of company and trading-name registers (UK Companies House
"trading as", US state "doing business as" / assumed-name filings, the "formerly known as" of
court and sanctions lists); a bare "aka" is left out ("Aka" is a name of its own).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from exportgate.screening.normalize import NUMBER, WORD, tokenize

#: the rule's name, as explanations give it
RULE = "trading_name_split"

_MARKER = (
    r"t\s*/\s*a|d\s*/\s*b\s*/\s*a|d\.\s*b\.\s*a\.?|dba|f\s*/\s*k\s*/\s*a|fka|a\s*/\s*k\s*/\s*a"
    r"|trading\s+as|doing\s+business\s+as|formerly\s+known\s+as|formerly|also\s+known\s+as"
    r"|previously\s+known\s+as"
)
#: "X (formerly Y)", "X [t/a Y]": the bracket holds the other name
_BRACKETED = re.compile(
    rf"^(?P<a>.+?)\s*[(\[]\s*(?:{_MARKER})\s*:?\s+(?P<b>[^)\]]+)[)\]]\s*(?P<rest>.*)$", re.I
)
#: "X t/a Y", "X, formerly Y", "X - dba Y"
_INLINE = re.compile(rf"^(?P<a>.+?)[\s,;\-]+(?:{_MARKER})\s*:?\s+(?P<b>.+)$", re.I)

_EDGE = " ,;:-/()[]\"'"


@dataclass(frozen=True, slots=True)
class TradingName:
    """One of the two names of a business written "X t/a Y"."""

    text: str
    whole: str

    def why(self) -> str:
        return (
            f"read as {self.text!r}: {self.whole!r} names one business twice (trading as, doing "
            f"business as or formerly); each name screened by itself (rule {RULE})"
        )


def _name(part: str) -> str | None:
    text = " ".join(part.strip(_EDGE).split())
    return text if sum(ch.isalpha() for ch in text) >= 2 else None


def _words(name: str) -> set[str]:
    """The name's words and numbers, legal forms, particles and titles aside."""
    return {t.text for t in tokenize(name, "organization") if t.cat in (WORD, NUMBER)}


def trading_names(text: str) -> list[TradingName]:
    """The two names of ``text`` written "X t/a Y" (or with another marker of a trading or
    former name), each as a reading; nothing where no marker joins two names. A name of one
    word (its legal form aside) is a reading only where the other name has that word too."""
    m = _BRACKETED.match(text) or _INLINE.match(text)
    if m is None:
        return []
    sides = [m.group("a"), m.group("b")]
    if "rest" in m.groupdict() and m.group("rest").strip(_EDGE):
        sides[0] = f"{sides[0]} {m.group('rest')}"  # "X (formerly Y) LLC": the form is X's too
    first, second = _name(sides[0]), _name(sides[1])
    if first is None or second is None:
        return []
    names = (first, second)
    words = [_words(n) for n in names]
    out: list[TradingName] = []
    for k, name in enumerate(names):
        # one word with a legal form ("Rassvet Ltd") says little alone: read by itself only
        # where the other name carries it too ("SOVCOMCARD LLC T/A SOVCOMCARD")
        if len(words[k]) >= 2 or (words[k] and words[k] <= words[1 - k]):
            out.append(TradingName(name, text))
    return out
