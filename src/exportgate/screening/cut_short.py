"""Company names cut short by a form field ("CHINA RAILWAY CONSTRUCTION CORPORAT" for "CHINA
RAILWAY CONSTRUCTION CORPORATION LIMITED").

Many order and registration forms keep 35 or 40 characters of a company's name. What the
customer typed is then the start of the list name: the last word is cut inside, and the list
name's later words are missing. Such a query is compared with the list name cut at the same
length, by the same scorer as any name (so a cut that leaves only generic words, "LIMITED
LIABILITY COMPANY", finds nothing), and a match is shown for review at most: the words after
the cut are unknown. It is scored just above the review threshold
(``Params.cut_short_score``), so that it never ranks above a match of a whole list name.

Only queries of :data:`MIN_CUT` to :data:`MAX_CUT` characters are taken as cut: shorter names
are what the customer meant to type.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from exportgate.screening.legal_forms import legal_words
from exportgate.screening.normalize import WORD
from exportgate.screening.rules import generic_word

#: the shortest and longest query taken as cut by a form field (characters, spaces included,
#: runs of spaces as one)
MIN_CUT = 30
MAX_CUT = 50


#: the shortest query taken as cut where its last word is no word of the lists ("OJSC
#: KUYBYSHEV REFIN", 20 characters): fields of 16 to 30 characters cut names too, and a last
#: word that no list name has is the mark of a cut
MIN_CUT_UNKNOWN_LAST = 16
_LAST_WORD = re.compile(r"([^\W_]+)\W*$")
_WORD = re.compile(r"[^\W_]+")
#: short legal forms that open or stand in a company's name ("OJSC KUYBYSHEV REFIN")
_SHORT_LEGAL = frozenset(
    ["ooo", "oao", "zao", "pao", "ao", "jsc", "ojsc", "cjsc", "pjsc", "llc", "ltd", "co", "inc"]
    + ["corp", "plc", "gmbh", "ag", "sa", "srl", "sarl", "bv", "nv", "fze", "fzco", "pte", "pvt"]
)


def cut_length(
    text: str, known: Callable[[str], bool] | None = None, *, company: bool = False
) -> int:
    """The query's length when a form field may have cut it, else 0. With ``known`` (whether
    a list name has a word, lower case), a shorter query whose last word of three letters or
    more no list name has counts too (:data:`MIN_CUT_UNKNOWN_LAST`)."""
    n = len(" ".join(text.split()))
    if MIN_CUT <= n <= MAX_CUT:
        return n
    if known is None or not MIN_CUT_UNKNOWN_LAST <= n < MIN_CUT:
        return 0
    m = _LAST_WORD.search(text)
    last = m.group(1).lower() if m else ""
    if len(last) < 3 or not last.isalpha() or known(last):
        return 0
    # and a company's name: a legal-form or generic company word before the cut one (a
    # person's short name ending with a rare surname is no cut company name)
    before = [w.lower() for w in _WORD.findall(text[: m.start()])] if m else []
    if company and len(before) >= 1:
        return n  # (the customer said it is a company)
    org = any(w in _SHORT_LEGAL or w in legal_words() or generic_word(w) for w in before)
    return n if org else 0


#: the fewest whole name words before a person's cut one ("IBRAHIM ABUBAKER TANT"): a given
#: name and a family name's start alone ("Maria Kowal") is what many people are called
PERSON_MIN_BEFORE = 2


def person_cut_length(text: str, known: Callable[[str], bool]) -> int:
    """The query's length when it may be a person's name cut by a form field inside its last
    word ("OKSANA VLADIMIROVNA KHLY" for "KHLYAKINA, Oksana Vladimirovna"), else 0: of
    :data:`MIN_CUT_UNKNOWN_LAST` to :data:`MAX_CUT` characters, its last word of three letters
    or more no list name has, after :data:`PERSON_MIN_BEFORE` whole words or more."""
    n = len(" ".join(text.split()))
    if not MIN_CUT_UNKNOWN_LAST <= n <= MAX_CUT:
        return 0
    m = _LAST_WORD.search(text)
    last = m.group(1).lower() if m else ""
    if m is None or len(last) < 3 or not last.isalpha() or known(last):
        return 0
    before = [w for w in _WORD.findall(text[: m.start()]) if len(w) >= 2 and w.isalpha()]
    return n if len(before) >= PERSON_MIN_BEFORE else 0


def person_cut_names(name: str, query_last: str) -> list[str]:
    """A listed person's name cut inside the first word the query's cut last word starts,
    read both as written and, for "FAMILY, Given Names", given names first (where a form's
    field cut the family name written last): "VASHKEVICH, Vladimir Vladimirovich" cut at
    "vashke" is "Vladimir Vladimirovich VASHKE"."""
    out: list[str] = []
    forms = [name]
    if name.count(",") == 1:
        family, given = (part.strip() for part in name.split(","))
        if family and given:
            forms.append(f"{given} {family}")
    for form in forms:
        cut = cut_list_words(form, query_last)
        if cut is not None and cut not in out:
            out.append(cut)
    return out


def cut_list_words(name: str, query_last: str) -> str | None:
    """``name`` cut inside its first word after the first that starts with ``query_last``
    (the query's last word, cut): the list name's words before it and that word's start, or
    None. Where the query writes a legal form out and the list abbreviates it ("LIMITED
    LIABILITY COMPANY SOVREMENN" / "LLC SOVREMENNYE TECHNOLOGII"), the two are cut at other
    lengths, but at the same word."""
    if len(query_last) < 3:
        return None
    words = name.split()
    first = query_last[0]
    n = len(query_last)
    for j in range(1, len(words)):
        w = words[j]
        wl = w.lower()
        # (the word's letters and digits start with the query's word only where its first
        # letter is among them and they are longer: most words are left without the join)
        if len(wl) <= n or first not in wl:
            continue
        low = "".join(ch for ch in wl if ch.isalnum())
        if low.startswith(query_last) and len(low) > len(query_last):
            return " ".join([*words[:j], w[: len(query_last)]])
    return None


def cut_list_name(name: str, n: int) -> str | None:
    """``name``'s first ``n`` characters (runs of spaces as one), or None where the name is not
    longer than that by a word or more (a name the query cannot be the start of)."""
    flat = " ".join(name.split())
    rest = flat[n:]
    if (
        len(flat) <= n
        or not any(ch.isalnum() for ch in rest)
        or " " not in rest.strip()
        and (len(rest.strip()) < 2)
    ):
        return None
    return flat[:n]


def distinctive_start(texts: Sequence[str], cats: Sequence[int]) -> bool:
    """The query has a word of its own: a name word of three or more letters before the cut
    one, or the cut one itself of six or more, that is no legal-form word (or, cut, the start
    of one), generic company word or place ("OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNO" is a
    legal form cut short, and names no one; "LIMITED LIABILITY COMPANY KAMCHATSK" names a
    company)."""
    legal = legal_words()
    n = len(texts)
    for k, (t, cat) in enumerate(zip(texts, cats, strict=True)):
        if cat != WORD or t in legal or generic_word(t):
            continue
        if k < n - 1 and len(t) >= 3:
            return True
        if k == n - 1 and len(t) >= 6 and not any(w.startswith(t) for w in legal):
            return True
    return False


def cut_lines_up(query_last: str, cut_last: str) -> bool:
    """The query's last word and the cut list name's last word are one word cut at two
    places (one the start of the other): the query stops where the list name was cut, not
    at a word of its own ("MINISTRY OF EMERGENCY SITUATIONS OF PERU" is not "... OF THE")."""
    return cut_last.startswith(query_last) or (
        len(cut_last) >= 3 and query_last.startswith(cut_last)
    )
