"""A Spanish or Portuguese name found with one of its two surnames (rule
``second_surname_dropped``).

In Spain, Latin America and Portugal a person bears two family names, the father's and the
mother's ("PLANCARTE SOLIS, Enrique": Plancarte, then Solis). Day to day, and on most foreign
forms, people write one: "Enrique Plancarte". The lists write both before the comma, so the
query misses a whole family name and scores under review.

:func:`second_surname_names` finds the list names written that way whose given name and
*first* family name are the query's two words exactly (either order), and the screener makes
each a review (``SECOND_SURNAME_SCORE``), never a block. Where both words are common names
("Roberto Perez") it finds nothing: a common given name and a common surname, with the list's
other family name missing, say too little about who it is (rule ``common_name_only``'s reason).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from exportgate.screening.normalize import WORD, Token

#: the rule's name, as explanations give it
RULE = "second_surname_dropped"
#: the score of such a name: a review, never a block
SECOND_SURNAME_SCORE = 0.85
#: two family names before the comma ("PLANCARTE SOLIS, Enrique", "D'AMELIO CARDIET, Tania")
_TWO_SURNAMES = re.compile(r"^\s*[^\s,]+\s+[^\s,]+\s*,\s*\S")
#: at most this many list names are read for one query (names with both words)
_MAX_NAMES = 400


def second_surname_names(
    toks: Sequence[Token],
    vocab: dict[str, int],
    postings: Callable[[int], Sequence[int]],
    name_text: Callable[[int], str],
    name_words: Callable[[int], Sequence[str]],
    is_common: Callable[[str], bool],
) -> list[tuple[int, str]]:
    """The list names (ids) a two-word query names with their second family name left out,
    each with the reason a reviewer reads. ``postings(v)``: the names with vocabulary word
    ``v``; ``name_text(n)``: a name as the list writes it; ``name_words(n)``: its words as the
    index holds them (given names first)."""
    words = [t.text for t in toks if t.cat == WORD]
    if len(words) != 2 or len(toks) != 2 or not all(w.isascii() and len(w) >= 3 for w in words):
        return []
    a, b = words
    if is_common(a) and is_common(b):
        return []
    va, vb = vocab.get(a), vocab.get(b)
    if va is None or vb is None:
        return []
    pa, pb = postings(va), postings(vb)
    names = pa if len(pa) <= len(pb) else pb  # (the rarer word's names: each holds both or not)
    if len(names) > _MAX_NAMES:
        return []
    out: list[tuple[int, str]] = []
    for n in names:
        if not _TWO_SURNAMES.match(name_text(n)):
            continue
        ws = name_words(n)
        if len(ws) < 3:
            continue
        given, first, second = ws[0], ws[-2], ws[-1]
        if {given, first} == {a, b} and given != first:
            out.append(
                (
                    n,
                    f"the query is the list name's given name ({given}) and first family name "
                    f"({first}); its second family name ({second}) is left out, as people with "
                    f"two family names often write one: a review, never a block (rule {RULE})",
                )
            )
    return out
