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

from exportgate.screening.common_names import is_common
from exportgate.screening.legal_forms import PHRASE_WORDS
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
_REFERENCE = _TABLE["reference"]
#: address words that open a street address after a name, whichever way round the street's own
#: name stands ("1 Astrakhanskaya st.", "Ferganskaya Street 25", "per. Skatertniy, d. 18")
_STREET_WORDS = _TABLE["street"]
#: the address words that close a place's name ("Haidian District", "Novosibirskaya obl.")
_AREA_WORDS = frozenset(
    {"district", "dist", "province", "prov", "region", "oblast", "obl", "krai", "kray"}
    | {"raion", "rayon", "county", "state", "governorate", "emirate", "municipality"}
)
#: short country names forms write (the territory table's two-letter codes are too often other
#: words: "CO", "AD", "SA")
_SHORT_COUNTRIES = frozenset({"uae", "usa", "uk", "ksa", "prc", "dprk", "rok", "u s a", "u k"})
#: two-letter country codes that are also legal forms or words a name closes with ("S.A.",
#: "AG", "CO", "AD", "AS", "OY"): never read as a country, even in capitals
_CODES_NOT_COUNTRIES = frozenset(
    {"sa", "ag", "ab", "as", "bv", "nv", "kk", "co", "ad", "oy", "se", "sl", "sc", "pt", "lp"}
    | {"gp", "cv", "de", "do", "id", "in", "is", "it", "me", "no", "so", "to", "am", "at", "by"}
    | {"be", "ch", "ma", "mo", "ms", "mr", "pa", "pe", "pl", "ro", "sp", "kg"}
)
#: a two-letter country code in capitals that a form writes after a name's separator ("- RU",
#: "(AE)", ", IL"), or one of the excluded codes after a dash, in brackets or after a comma
#: where no legal form stands that way ("- BY" for Belarus, "(DE)")
_CODE_AFTER_SEP = frozenset({"by", "de", "it", "in", "id", "ch", "be", "at", "ro", "pl", "am"})


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
#: a payment reference standing before the name: a reference word and its code (a digit in it;
#: an IBAN's groups apart or not), then a separator or a space ("PAYMENT REF 2019-8482 / ...",
#: "INV 2023-9390 ...", "IBAN LB1571... ..."); or a SWIFT slash tag ("/BNF/")
_REF_WORDS = sorted(_REFERENCE | _TABLE["reference head"], key=len, reverse=True)
_REF_CODE = r"[^\W\d_]{0,4}\d[\w/-]*(?:\s+[^\W\d_]{0,2}\d[\w-]*)*"
_REF_HEAD = re.compile(
    r"^\s*(?:(?:"
    + "|".join(r"[\s.]*".join(re.escape(w) for w in e.split()) for e in _REF_WORDS)
    + rf")(?![^\W\d_])(?:[\s.]+(?:no|nr|number))?[\s.:#]*{_REF_CODE}"
    + r"(?:\s*[/:;,|]\s*|\s+-\s+|\s+)|/[^\W\d_]{2,8}/)",
    re.IGNORECASE,
)
#: a SWIFT slash tag and its value closing the field ("... /ACC/709952585656")
_SWIFT_TAIL = re.compile(r"\s+/[^\W\d_]{2,8}/\S*\s*$")
#: what a SWIFT MT103 party field writes before the name (issue 17, session 12): the field's
#: tag (":59:", "50K:", ":59F:"), the account line ("/40644629942876283748", its slash
#: closing it or not), and the first numbered line of the structured fields 50F / 59F ("1/"
#: holds the name); any of them, in that order
_SWIFT_HEAD = re.compile(
    r"^\s*(?::?\d{2}[a-z]?:)?\s*(?:/[a-z]{0,4}\d[\w-]*(?:/|\s+))?\s*(?:1/)?", re.IGNORECASE
)
#: the later numbered lines of a structured party field, closing the text ("... 2/DAMASCUS",
#: "2/ 12 MAIN ST 3/AE/DUBAI": address, country and town, birth date ...)
_SWIFT_LINES = re.compile(r"\s+[2-8]/.*$")
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
#: a branch or office named after a company's name, in brackets or after a dash ("(Kuala
#: Lumpur Branch)", "- Dubai Office", "(branch)"): up to three words before the office word
_BRANCH = re.compile(
    r"^\s*(?:[^\W\d_][\w.'-]*,?\s+){0,3}(?:branch|branch office|office|representative office"
    r"|rep office|liaison office|filiale|sucursal|succursale)\s*$",
    re.IGNORECASE,
)
#: a place and an office word closing a company's name with no bracket or dash ("LLC PLANAR
#: Moscow BRANCH", "... Saint Petersburg Office"): the place (one to three words) must be one
#: (:func:`_place`)
_BRANCH_TAIL = re.compile(
    r"(?:branch|branch office|office|representative office|rep office|liaison office)\s*$",
    re.IGNORECASE,
)


def _branch_tail(text: str) -> int | None:
    """Where a place and an office word closing ``text`` start ("LLC PLANAR| Moscow BRANCH"),
    the place one to three words long; None when ``text`` does not close so."""
    m = _BRANCH_TAIL.search(text)
    if m is None or m.start() == 0 or not text[m.start() - 1].isspace():
        return None
    words = list(re.finditer(r"\S+", text[: m.start()]))
    for k in (1, 2, 3):
        if len(words) <= k:
            break
        start = words[-k].start()
        if _place(text[start : m.start()]):
            return start
    return None


#: an attention line after the name, with no separator ("... GROUP ATTN ACCOUNTS DEPT")
_ATTN_TAIL = re.compile(r"\s+(?:attn|attention)\b.*$", re.IGNORECASE)
#: "care of" after a name: the rest of the field is another party or a department
_CARE_OF = re.compile(r"\s+c/o\s+", re.IGNORECASE)
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
            f"(label, address, account or invoice reference, role, birth year or nationality; rule {RULE})"
        )


def _fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(_WORDS.findall(folded))


def _country(part: str, *, code_ok: bool = False) -> bool:
    """A country's name; with ``code_ok`` (a part after a separator or a comma) also its
    two-letter code in capitals ("RU", "AE"), unless the code is also a legal form or a word
    a name closes with ("SA", "AG", "CO")."""
    plain = part.strip(" .")
    folded = _fold(plain)
    if folded in _SHORT_COUNTRIES:
        return True
    if code_ok and len(plain) == 2 and plain.isupper() and plain.isalpha():
        low = plain.lower()
        if low in _CODES_NOT_COUNTRIES and low not in _CODE_AFTER_SEP:
            return False
        return country_code(plain, fuzzy=False) is not None
    return len(plain) >= 4 and country_code(plain) is not None


def _place(part: str, *, code_ok: bool = False) -> bool:
    """A country (or its code, with ``code_ok``), or a large city (one word) or a place closing
    with an area word."""
    if _country(part, code_ok=code_ok):
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
    return (
        folded in _ROLES
        or _place(part, code_ok=True)
        or _address(part)
        or _birth_or_nationality(part)
    )


def context_tail(tail: str) -> bool:
    """A whole tail after a dash, a slash or in brackets that is no name: every comma part is
    context, or it is an address closing with a country or a city ("Poblado Genaro Estrada,
    Sinaloa, Mexico": its unknown locality names go with it)."""
    parts = [p for p in tail.split(",") if p.strip(_DANGLING + " .")]
    if not parts:
        return False
    if _BRANCH.match(tail):  # "(Moscow Branch)", "- Dubai Office": which office, not who
        return True
    if len(parts) >= 2 and _country(tail):  # "Korea, North", "Macedonia, The Republic of"
        return True
    if all(context_part(p) for p in parts):
        return True
    if _place(parts[-1]) and len(parts) >= 2:
        return True
    return bool(_POSTCODE.search(tail)) and any(_place(p) or _address(p) for p in parts)


def _given_after_family(before: str, after: str) -> bool:
    """ "Georgiou, Sofia", "MARTIN, Florence", "Kamau, Victoria": one name word, a comma and one
    word that is a city's name and a common given name: the list and form order "FAMILY,
    Given", not a one-word name and its city. A country ("Jordan") is still read as a country."""
    head, tail = _WORDS.findall(before), _fold(after).split()
    return (
        len(head) == 1
        and len(tail) == 1
        and tail[0].isalpha()
        and not _country(after, code_ok=True)
        and is_common(tail[0])
    )


def _name_left(text: str) -> bool:
    """Whether ``text`` still holds a name: a word of two letters or more."""
    return any(len(w) >= 2 and not w.isdigit() for w in _WORDS.findall(text))


def _peel(text: str) -> tuple[str, list[str]]:
    """``text`` with its label and closing context set aside, and the pieces set aside."""
    pieces: list[str] = []
    h = _SWIFT_HEAD.match(text)
    if h is not None and h.end() > 0 and text[: h.end()].strip() and _name_left(text[h.end() :]):
        pieces.append(text[: h.end()])
        text = text[h.end() :]
    for _ in range(3):  # a label and payment references before the name, in any order
        m = _REF_HEAD.match(text) or _LABEL.match(text)
        if m is None or not _name_left(text[m.end() :]):
            break
        pieces.append(m.group(0))
        text = text[m.end() :]
    for _ in range(8):
        s = text.rstrip(_DANGLING)
        t = _SWIFT_TAIL.search(s) or _SWIFT_LINES.search(s) or _ATTN_TAIL.search(s)
        if t and _name_left(s[: t.start()]):
            pieces.append(s[t.start() :])
            text = s[: t.start()]
            continue
        co = _CARE_OF.search(s)
        if co and _name_left(s[: co.start()]):
            # "care of" another party: what follows is not the name screened
            pieces.append(s[co.start() :])
            text = s[: co.start()]
            continue
        b = _BIRTH_END.search(s)
        if b and _name_left(s[: b.start()]):
            pieces.append(s[b.start() :])
            text = s[: b.start()]
            continue
        bt = _branch_tail(s)
        if bt is not None and _name_left(s[:bt]):
            pieces.append(s[bt:])
            text = s[:bt]
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
            inside = s[k + 1 :]
            # (what a bracket held is beside the name, even cut to a word's start: "(Beir")
            cut = len(inside.split()) <= 2 and len(_WORDS.findall(s[:k])) >= 2
            if (cut or context_tail(inside)) and _name_left(s[:k]):
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
            if (
                context_part(s[k + 1 :])
                and _name_left(s[:k])
                and not _given_after_family(s[:k], s[k + 1 :])
            ):
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


#: a reference word anywhere (a query with no digit and no separator may still end with one:
#: "... SALARY ACCOUNT")
_REFERENCE_WORD = re.compile(rf"\b(?:{'|'.join(sorted(_REFERENCE))})\b", re.IGNORECASE)
#: most readings one query gets from cutting an address or reference off its end
_MAX_CUTS = 3


def _opens_tail(words: list[str], k: int, after_sep: bool) -> tuple[bool, bool]:
    """Whether the ``k``-th word (lower case) opens what a form writes after a name, and
    whether it is a street word (the street's own name may stand before it). A house number or
    any word with a digit, "No." before a number, "P.O. Box", a street or building word, an
    account or invoice reference opens one; so does a word after a comma, a dash or a semicolon
    when what follows holds a number, a street word or a reference word."""
    word = words[k]
    nxt = words[k + 1] if k + 1 < len(words) else ""
    if any(c.isdigit() for c in word):
        return True, False
    if word in ("no", "nr", "n") and any(c.isdigit() for c in nxt):
        return True, False
    if word in ("p", "po") and nxt in ("o", "box"):
        return True, False
    if word == "a" and nxt == "c" and k + 2 < len(words) and _tail_word(words[k + 2]):
        return True, False  # "A/C 2199710396": an account number
    if word in _STREET_WORDS:
        return True, True
    if word in _REFERENCE:
        return True, False
    if not after_sep:
        return False, False
    return any(map(_tail_word, words[k + 1 :])), False


def _tail_word(word: str) -> bool:
    """A word only what follows a name holds: a street or reference word, or one with a digit."""
    return word in _STREET_WORDS or word in _REFERENCE or any(c.isdigit() for c in word)


def _enough_name(words: list[str]) -> bool:
    """A name left before a cut: two words of three letters or more, one of them no word of a
    legal form written out ("JOINT STOCK COMPANY 99 PLANT ..." is not cut to its legal form,
    which a list's entry named only by its form would match whole)."""
    long = [w for w in words if len(w) >= 3 and not w.isdigit()]
    return len(long) >= 2 and any(w not in PHRASE_WORDS for w in long)


def address_cuts(text: str) -> list[SetAside]:
    """``text`` cut where a street address or a payment reference begins after the name, when
    no separator says where ("OJSC Syzran Refinery 1 Astrakhanskaya st., Syzran", "Toos
    Electronics 29, 1st Floor, Tehran", "Ozean Horizont GmbH Account No. 4223..."): the name
    before each of the first few places a tail may begin, each a reading of its own (the
    screener keeps each entry's best, so a wrong cut costs nothing but the time)."""
    found = list(_WORDS.finditer(text))
    if len(found) < 3:
        return []
    words = [m.group(0).lower() for m in found]
    if not any(map(_tail_word, words[2:])):
        return []
    cuts: list[SetAside] = []
    seen: set[str] = set()
    for k in range(2, len(words)):
        start = found[k].start()
        before = text[:start].rstrip()
        after_sep = bool(before) and before[-1] in ",;-\u2013\u2014/|("
        opens, street = _opens_tail(words, k, after_sep)
        if not opens:
            continue
        # a street's own name may stand before its street word, a city before its postcode
        place_before = k > 2 and (words[k - 1] in city_words() or _country(words[k - 1]))
        for end in [k, k - 1] if street or place_before else [k]:
            if not _enough_name(words[:end]):
                continue
            cut_at = found[end].start()
            name = text[:cut_at].strip(_DANGLING + " ")
            if name and name not in seen and name != text.strip():
                seen.add(name)
                cuts.append(SetAside(name, (text[cut_at:],)))
        if len(cuts) >= _MAX_CUTS:
            break
    return cuts[:_MAX_CUTS]


#: legal forms that close a company's name: what a form writes after one, with no separator,
#: is its address or its place ("Carry Goldstar Ltd. Hong Kong", "HORMOZGAN STEEL COMPANY
#: SHAHID REJAEI PORT ROAD KM 13 ...")
_FORM_CLOSERS = re.compile(
    r"(?<![^\W_])(?:ltd|llc|l\.l\.c|inc|corp|co|company|limited|corporation|incorporated|gmbh"
    r"|ag|s\.?a|s\.?a\.?r\.?l|s\.?r\.?l|s\.?p\.?a|ooo|oao|zao|pao|ao|jsc|ojsc|cjsc|pjsc|plc"
    r"|llp|b\.?v|n\.?v|fze|fzco|fzc|fz\s+llc|pte|pty|bhd|sdn\s+bhd|kg|oy|ab|d\.?o\.?o|ltda"
    r"|est|establishment|sti|sirketi|s\.?a\.?c|s\.?c|c\.?a|s\.?a\.?s)\.?(?![^\W_])",
    re.IGNORECASE,
)


#: the forms of :data:`_FORM_CLOSERS` as words, dots left out ("s.a." -> "sa")
_CLOSER_WORDS = frozenset(
    [
        "ltd",
        "llc",
        "inc",
        "corp",
        "co",
        "company",
        "limited",
        "corporation",
        "incorporated",
        "gmbh",
        "ag",
        "sa",
        "sarl",
        "srl",
        "spa",
        "ooo",
        "oao",
        "zao",
        "pao",
        "ao",
        "jsc",
        "ojsc",
        "cjsc",
        "pjsc",
        "plc",
        "llp",
        "bv",
        "nv",
        "fze",
        "fzco",
        "fzc",
        "pte",
        "pty",
        "bhd",
        "kg",
        "oy",
        "ab",
        "doo",
        "ltda",
        "est",
        "establishment",
        "sti",
        "sirketi",
        "sac",
        "sc",
        "ca",
        "sas",
    ]
)


def _context_after_form(rest: str) -> bool:
    """What follows a closing legal form is a form's context: a place (or places), or words
    that hold a number, a street or a reference word."""
    words = _fold(rest).split()
    if not words or len(words) > 12:
        return False
    if any(map(_tail_word, words)):
        return True
    parts = [p for p in re.split(r"[,;]", rest) if p.strip(_DANGLING + " .")]
    if parts and all(_place(p, code_ok=True) for p in parts):
        return True
    # places written one after another without commas ("Hong Kong", "Dubai UAE")
    return all(_place(w) or _country(w, code_ok=True) for w in rest.split()) or _place(rest)


def form_cuts(text: str) -> list[SetAside]:
    """``text`` cut after the legal form that closes a company's name, where what follows is
    a place or an address with no separator before it ("Carry Goldstar Ltd. Hong Kong",
    "Hormozgan Steel Company Shahid Rejaei Port Road Km 13 ..."): the name up to and with its
    legal form, screened as a reading of its own."""
    out: list[SetAside] = []
    words = text.lower().replace(".", "").replace(",", " ").split()
    if _CLOSER_WORDS.isdisjoint(words[:-1]):
        return out  # no legal form before the last word (most names: one set test)
    for m in _FORM_CLOSERS.finditer(text):
        rest = text[m.end() :]
        head = text[: m.end()]
        if not rest.strip(_DANGLING + " ."):
            continue
        before = [w.lower() for w in _WORDS.findall(text[: m.start()])]
        if not any(len(w) >= 3 and w not in PHRASE_WORDS for w in before):
            continue  # a legal form that opens the name ("JOINT STOCK COMPANY ...")
        if _context_after_form(rest):
            out.append(SetAside(head.strip(_DANGLING + " "), (rest,)))
            break  # the first legal form followed by context closes the name
    return out


#: the first characters a form's extra text starts with, or that a label holds (a query with
#: none of them is left as it is, without a regular expression run)
_HINTS = frozenset(",(-–—/;|:")


def set_aside(text: str) -> tuple[SetAside, ...]:
    """The names ``text`` holds once what a form writes beside a name is set aside: none if
    nothing is (most names), else the name left, and, where a country closed the text, the
    name left without the comma part before that country too (an unknown city: "Siraaj
    Miller, Cape Town, South Africa")."""
    if (
        _HINTS.isdisjoint(text)
        and not any(c.isdigit() for c in text)
        and not _LABEL.match(text)
        and not _REFERENCE_WORD.search(text)
        and not _ATTN_TAIL.search(text)
        and not _BRANCH_TAIL.search(text)
    ):
        return tuple(form_cuts(text))
    name, pieces = _peel(text)
    out: list[SetAside] = []
    if pieces and name and name != text.strip():
        out.append(SetAside(name, tuple(reversed(pieces))))
        if any(
            _country(p.strip(_DANGLING + " ()."), code_ok=True) for p in pieces[-1:] + pieces[:1]
        ):
            more = _locality_before_place(name)
            if more is not None:
                out.append(SetAside(more[0], (more[1], *reversed(pieces))))
    else:
        name = text
    # an address or reference that no separator marks off, in what is left once the label
    # (and any tail a separator did mark) is set aside
    head = [p for p in reversed(pieces) if text.startswith(p)]
    known = {s.name for s in out}
    for cut in [*form_cuts(name), *address_cuts(name)]:
        if cut.name not in known:
            known.add(cut.name)
            out.append(SetAside(cut.name, (*head, *cut.pieces)))
    return tuple(out)
