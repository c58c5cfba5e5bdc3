"""Text a payment form carries beside a name, set aside (rule ``form_context_set_aside``).

A name field on an invoice, a bill of lading or a payment order holds more than the name: a
label before it ("Attn:", "Notify party:", "Invoice to"), and after it an address ("- Moscow,
Russia", "(Sofia, Bulgaria)"), a role ("/ accounts dept", ", shareholder", "(end user)"), a
birth year ("b. 1988", "DOB 1966", "(1991)") or a nationality ("Russian national"). None of it
is the name, and an unmatched query word costs a match its score: the name the field holds is
read without it.

:func:`set_aside` returns the name left and what was set aside; the screener screens that name
*beside* the query as typed (:meth:`ListScreener.screen`) and keeps the better score of each
entry, so setting text aside never makes a name unfindable, and a place is never required.

The words come from ``data/form_context.txt`` (labels, roles, address and birth words, with its
sources), country names from the territory table (:func:`sources.countries.country_code`) and
large cities from ``data/place_words.txt`` (GeoNames).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

from exportgate.screening.rules import city_words
from exportgate.screening.sources.countries import country_code

#: the rule's name, as explanations give it
RULE = "form_context_set_aside"


def _table() -> dict[str, frozenset[str]]:
    """The sections of ``data/form_context.txt``: section -> its entries (lower case)."""
    text = resources.files("exportgate.screening").joinpath("data/form_context.txt")
    out: dict[str, set[str]] = {}
    section = ""
    for line in text.read_text("utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            out.setdefault(section, set())
            continue
        out[section].add(line)
    return {k: frozenset(v) for k, v in out.items()}


_TABLE = _table()
_ROLES = _TABLE["role"]
_ADDRESS_WORDS = frozenset(w for e in _TABLE["address"] for w in e.split())
_NATIONALITY = frozenset(w for e in _TABLE["nationality"] for w in e.split())
#: the address words that close a place's name ("Haidian District", "Novosibirskaya obl.")
_AREA_WORDS = frozenset(
    {"district", "dist", "province", "prov", "region", "oblast", "obl", "krai", "kray"}
    | {"raion", "rayon", "county", "state", "governorate", "emirate", "municipality"}
)
#: short country names forms write (the territory table's two-letter codes are too often other
#: words: "CO", "AD", "SA")
_SHORT_COUNTRIES = frozenset({"uae", "usa", "uk", "ksa", "prc", "dprk", "rok", "u s a", "u k"})


def _label_pattern(entries: frozenset[str], colon: bool) -> str:
    alts = sorted(
        (r"[\s.]+".join(re.escape(w) for w in e.split()) for e in entries), key=len, reverse=True
    )
    sep = r"\s*:\s*" if colon else r"\s*[:.\-]?\s+|\s*:\s*"
    return rf"(?:{'|'.join(alts)})(?:{sep})"


_LABEL = re.compile(
    rf"^\s*(?:{_label_pattern(_TABLE['label'], False)}|{_label_pattern(_TABLE['label:'], True)})",
    re.IGNORECASE,
)
_BIRTH_WORDS = "|".join(
    sorted((r"[\s.]*".join(re.escape(w) for w in e.split()) for e in _TABLE["birth"]), key=len)[
        ::-1
    ]
)
_DATE = r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}(?:[./-]\d{1,2}[./-]\d{1,2})?|\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4})"
#: a birth date or year closing the text, with its word or in brackets ("b. 1988", "DOB:
#: 12/03/1966", "(1991)", "born 1975")
_BIRTH_END = re.compile(
    rf"(?:[\s,;]*\(\s*(?:(?:{_BIRTH_WORDS})\s*[:.]?\s*)?{_DATE}\s*\)"
    rf"|[\s,;(]*\b(?:{_BIRTH_WORDS})\b\s*[:.]?\s*{_DATE}\)?)\s*$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_POSTCODE = re.compile(r"\b\d{5,6}\b")
_WORDS = re.compile(r"[^\W_]+")
#: separators after which a tail may be an address or a role: a dash between spaces, a slash,
#: a semicolon, a bar
_TAIL_SEP = re.compile(r"\s+[-–—]+\s+|\s*/\s+|\s+/\s*|\s*;\s*|\s*\|\s*")
#: what may dangle at the end once a piece is set aside
_DANGLING = " ,;-–—/|:"


@dataclass(frozen=True)
class SetAside:
    """The name a form's field holds, and the text beside it that was set aside."""

    name: str
    pieces: tuple[str, ...]

    def why(self) -> str:
        said = "; ".join(repr(p.strip(_DANGLING + " ")) for p in self.pieces)
        return (
            f"read as {self.name!r}: {said} set aside as what a form writes beside a name "
            f"(label, address, role, birth year or nationality; rule {RULE})"
        )


def _fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(_WORDS.findall(folded))


def _country(part: str) -> bool:
    plain = part.strip(" .")
    folded = _fold(plain)
    if folded in _SHORT_COUNTRIES:
        return True
    return len(plain) >= 4 and country_code(plain) is not None


def _place(part: str) -> bool:
    """A country, or a large city (one word) or a place closing with an area word."""
    if _country(part):
        return True
    words = _fold(part).split()
    if not words:
        return False
    if len(words) == 1 and words[0] in city_words():
        return True
    return len(words) <= 4 and words[-1] in _AREA_WORDS


def _address(part: str) -> bool:
    """Words of a street address: a number and an address word ("8 Korp. 1 ul. Stroitelei",
    "No. 10 Yard"), a postcode, or a place closing with an area word ("Haidian District")."""
    words = _fold(part).split()
    if not words:
        return False
    digits = any(any(c.isdigit() for c in w) for w in words)
    if all(w.isdigit() for w in words):
        return True  # a postcode or a house number alone
    if digits and any(w in _ADDRESS_WORDS for w in words):
        return True
    return words[-1] in _AREA_WORDS and len(words) <= 4


def _birth_or_nationality(part: str) -> bool:
    words = _fold(part).split()
    if not words:
        return False
    if len(words) == 1 and _YEAR.match(words[0]):
        return True
    if _BIRTH_END.search(part) and _BIRTH_END.search(part).start() == 0:  # type: ignore[union-attr]
        return True
    return len(words) <= 4 and (words[0] in _NATIONALITY or words[-1] in _NATIONALITY)


def context_part(part: str) -> bool:
    """One comma-separated part that is no name: a place, an address, a role, a birth date or
    year, a nationality (or nothing)."""
    if not part.strip(_DANGLING + " ."):
        return True
    folded = _fold(part)
    return folded in _ROLES or _place(part) or _address(part) or _birth_or_nationality(part)


def context_tail(tail: str) -> bool:
    """A whole tail after a dash, a slash or in brackets that is no name: every comma part is
    context, or it is an address closing with a country or a city ("Poblado Genaro Estrada,
    Sinaloa, Mexico": its unknown locality names go with it)."""
    parts = [p for p in tail.split(",") if p.strip(_DANGLING + " .")]
    if not parts:
        return False
    if all(context_part(p) for p in parts):
        return True
    if _place(parts[-1]) and len(parts) >= 2:
        return True
    return bool(_POSTCODE.search(tail)) and any(_place(p) or _address(p) for p in parts)


def _name_left(text: str) -> bool:
    """Whether ``text`` still holds a name: a word of two letters or more."""
    return any(len(w) >= 2 and not w.isdigit() for w in _WORDS.findall(text))


def _peel(text: str) -> tuple[str, list[str]]:
    """``text`` with its label and closing context set aside, and the pieces set aside."""
    pieces: list[str] = []
    m = _LABEL.match(text)
    if m and _name_left(text[m.end() :]):
        pieces.append(m.group(0))
        text = text[m.end() :]
    for _ in range(8):
        s = text.rstrip(_DANGLING)
        b = _BIRTH_END.search(s)
        if b and _name_left(s[: b.start()]):
            pieces.append(s[b.start() :])
            text = s[: b.start()]
            continue
        if s.endswith(")") and "(" in s:
            k = s.rindex("(")
            if context_tail(s[k + 1 : -1]) and _name_left(s[:k]):
                pieces.append(s[k:])
                text = s[:k]
                continue
            break
        if s.count("(") > s.count(")"):
            # a bracket cut off by the field's length: "... (Tehran, Ira"
            k = s.rindex("(")
            if context_tail(s[k + 1 :]) and _name_left(s[:k]):
                pieces.append(s[k:])
                text = s[:k]
                continue
        seps = list(_TAIL_SEP.finditer(s))
        if seps:
            sep = seps[-1]
            if context_tail(s[sep.end() :]) and _name_left(s[: sep.start()]):
                pieces.append(s[sep.start() :])
                text = s[: sep.start()]
                continue
        if "," in s:
            k = s.rindex(",")
            if context_part(s[k + 1 :]) and _name_left(s[:k]):
                pieces.append(s[k:])
                text = s[:k]
                continue
        break
    return text.strip(_DANGLING + " "), pieces


def _locality_before_place(name: str) -> tuple[str, str] | None:
    """ "Siraaj Miller, Cape Town" (once ", South Africa" went): the last comma part is a
    locality the tables do not know, standing where a form writes the city before a country;
    the name before it, if it keeps two words."""
    if "," not in name:
        return None
    k = name.rindex(",")
    head, part = name[:k], name[k + 1 :]
    words = _WORDS.findall(part)
    if not 1 <= len(words) <= 3 or len(_WORDS.findall(head)) < 2:
        return None
    return head.strip(_DANGLING + " "), name[k:]


#: the first characters a form's extra text starts with, or that a label holds (a query with
#: none of them is left as it is, without a regular expression run)
_HINTS = frozenset(",(-–—/;|:")


def set_aside(text: str) -> tuple[SetAside, ...]:
    """The names ``text`` holds once what a form writes beside a name is set aside: none if
    nothing is (most names), else the name left, and, where a country closed the text, the
    name left without the comma part before that country too (an unknown city: "Siraaj
    Miller, Cape Town, South Africa")."""
    if _HINTS.isdisjoint(text) and not any(c.isdigit() for c in text) and not _LABEL.match(text):
        return ()
    name, pieces = _peel(text)
    if not pieces or not name or name == text.strip():
        return ()
    out = [SetAside(name, tuple(reversed(pieces)))]
    if any(_country(p.strip(_DANGLING + " ().")) for p in pieces[-1:] + pieces[:1]):
        more = _locality_before_place(name)
        if more is not None:
            out.append(SetAside(more[0], (more[1], *reversed(pieces))))
    return tuple(out)
