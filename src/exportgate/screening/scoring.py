"""Token similarity and name-pair scoring with explanations.

A name is a list of tokens (see :mod:`normalize`). Two names are compared by aligning their
tokens order-insensitively (greedy on the best token pairs; two adjacent tokens may also align
with one fused token, "JSC ARGUMENT" ~ "JSCARGUMENT"), then

    raw = sum(sim * weight of aligned query tokens)
          / (sum(weight of query tokens) + beta * sum(weight of unaligned candidate tokens))

so a query word that finds no partner costs its full weight, and a candidate word the query
lacks (a middle name, a legal form) costs a fraction ``beta``. Weights come from the token
category (legal forms, particles and titles count little) and from how common the word is on
the lists (IDF). Numbers must agree. The result is calibrated into 0..1 by :class:`Params`.

Everything that held a score down is recorded as a short English phrase for the reviewer.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import OSA

from exportgate.countries import country_name_words
from exportgate.screening.names_table import (
    han_reading_langs,
    han_readings,
    is_han,
    same_name,
    variants,
)
from exportgate.screening.normalize import (
    INITIAL,
    LEGAL,
    NUMBER,
    ORIGIN_ABJAD,
    ORIGIN_HAN,
    ORIGIN_HANGUL,
    ORIGIN_LATIN,
    ORIGIN_OTHER,
    PARTICLE,
    TITLE,
    VOWELS,
    WORD,
    korean_variants,
    skeleton,
)
from exportgate.screening.wade_giles import joined_readings

CAT_NAMES = {
    WORD: "word",
    LEGAL: "legal form",
    PARTICLE: "particle",
    TITLE: "title",
    NUMBER: "number",
    INITIAL: "initial",
}


@dataclass(frozen=True)
class Params:
    """Scorer parameters (tuned on the tuning half of name_bench; see bench/screening)."""

    beta_person: float = 0.45  # share of an unmatched list word's weight that counts
    beta_org: float = 0.55
    gamma_person: float = 0.55  # share of an unmatched query word's weight that counts
    gamma_org: float = 0.40
    conflict_person: float = 1.5  # extra cost when both sides keep words no one matched
    conflict_org: float = 2.0
    single_word_beta: float = 0.3
    w_patronymic: float = 0.35  # an unmatched patronymic on the list side costs this share
    sim_power: float = 1.5
    w_legal: float = 0.15
    w_particle: float = 0.30
    w_title: float = 0.05
    w_initial: float = 0.45
    w_number: float = 1.0
    idf_floor: float = 0.55  # weight of the most common word relative to a rare one
    number_mismatch: float = 0.75  # a number on one side only
    number_sim: float = 0.9  # two different numbers aligned ("Snow Storm 1" / "Snow Storm 2")
    # the most a pair scores when the evidence can't tell one entity from a sibling: the same
    # name with another number (the next fund of a series, a renamed vessel) or given names
    # known only by their initials ("J. C. Smith") are for a reviewer, never a block
    possible_max: float = 0.88
    weak_alias: float = 0.90
    former_alias: float = 0.98
    generic_only: float = 0.8  # a company query that shares only generic words with the name
    kind_mismatch: float = (
        0.75  # a person matching a company name (or the reverse) is weak evidence
    )
    object_mismatch: float = 0.75
    country_mismatch: float = 0.04
    skel_sim: float = 0.80
    gendered_sim: float = 0.6
    syn_sim: float = 0.95  # two recorded spellings of one name (rigour's name data)
    respell_sim: float = 0.93  # letter groups for one sound ("schell" / "shell")
    wade_giles_sim: float = (
        0.9  # a given name in Wade-Giles against its pinyin ("tse tung" / "zedong")
    )
    korean_fold_sim: float = 0.9  # a romanised Korean syllable spelled another way ("jol" / "chol")
    reversed_sim: float = 0.85  # a word written backwards ("nitup" / "putin"): for review
    prefix_sim: float = 0.62
    initial_sim: float = 0.70
    # a person's name whose every name word (at least two) is found in the other name: the
    # other name's extra words (middle names, a longer nasab) cost this share of their weight
    subset_extra: float = 0.15
    subset_sim: float = 1.0  # a word counts as found at this similarity (1.0: the same word)
    # the same for a query whose words are all in a longer list name ("Jason Smith" against
    # "Jason Dean Smith"): common short names meet long list names, so this stays at beta
    subset_extra_list: float = 0.45
    nasab_swap: float = 0.8  # "A bin B" against "B bin A": father and son, not one person
    acronym_sim: float = 0.9  # "PLA" ~ "People's Liberation Army", "JC" ~ "Jean-Claude"
    abbrev_sim: float = 0.8  # organisation words: "intl" ~ "international", "dept" ~ "department"
    han_sim: float = 0.97  # a name in Chinese characters against one of its recorded readings
    han_mixed: float = 0.8  # ... read partly in Mandarin, partly in Korean: a different name
    # calibration: score = sigmoid(a * (raw - b)) rescaled so raw 1.0 -> 1.0
    cal_a: float = 12.0
    cal_b: float = 0.72
    block_threshold: float = 0.92
    review_threshold: float = 0.81
    extra: dict[str, float] = field(default_factory=dict)

    @property
    def query_miss_floor(self) -> float:
        """The smallest share of its weight that an unmatched query word costs in :func:`align`
        (score bounds that prune candidates must not assume more)."""
        return min(self.gamma_person, self.gamma_org, self.subset_extra)

    def calibrate(self, raw: float) -> float:
        if raw <= 0:
            return 0.0
        top = 1.0 / (1.0 + math.exp(-self.cal_a * (1.0 - self.cal_b)))
        low = 1.0 / (1.0 + math.exp(-self.cal_a * (0.0 - self.cal_b)))
        val = 1.0 / (1.0 + math.exp(-self.cal_a * (raw - self.cal_b)))
        return max(0.0, min(1.0, (val - low) / (top - low)))

    def raw_for(self, score: float) -> float:
        """The raw score that calibrates to ``score`` (inverse of :meth:`calibrate`)."""
        return _raw_for(self.cal_a, self.cal_b, score)


@lru_cache(maxsize=64)
def _raw_for(cal_a: float, cal_b: float, score: float) -> float:
    p = Params(cal_a=cal_a, cal_b=cal_b)
    lo, hi = 0.0, 1.0
    for _ in range(30):
        mid = (lo + hi) / 2
        if p.calibrate(mid) < score:
            lo = mid
        else:
            hi = mid
    return lo


DEFAULT_PARAMS = Params()


def edit_budget(length: int) -> int:
    if length <= 3:
        return 1
    if length <= 5:
        return 1
    if length <= 8:
        return 2
    return 3


def token_sim(q: str, c: str, origin: int = ORIGIN_LATIN, p: Params = DEFAULT_PARAMS) -> float:
    """Similarity of two normalised tokens in 0..1 (1 = same)."""
    if q == c:
        return 1.0
    if not q or not c:
        return 0.0
    if q[0] >= "\u3400" or c[0] >= "\u3400":
        # a name in Chinese characters matches one of its readings (Mandarin, Korean, Japanese)
        if is_han(q[0]):
            return p.han_sim if c in han_readings(q) else 0.0
        if is_han(c[0]):
            return p.han_sim if q in han_readings(c) else 0.0
    if origin == ORIGIN_HAN and len(q) <= 6:
        # one Chinese character per syllable: "cheng" and "sheng" (or "chen") are different
        # characters, even where a name table lists them as one surname's spellings
        return 0.0
    if min(len(q), len(c)) >= 4 and same_name(q, c):
        return p.syn_sim
    qd, cd = q.isdigit(), c.isdigit()
    if qd and cd:
        return p.number_sim  # different numbers: aligned; align() caps the pair's score
    if qd or cd:
        return 0.0
    if origin == ORIGIN_HANGUL:
        # Korean syllables are short: a known romanisation, or a close spelling of a long one
        if c in korean_variants(q):
            return 0.97
        return max(_edit_sim(v, c) for v in korean_variants(q)) if len(c) >= 4 else 0.0
    if origin == ORIGIN_HAN:
        # one Chinese character per syllable: "cheng" and "chen" are different characters
        return 0.0
    if origin == ORIGIN_OTHER and min(len(q), len(c)) <= 5:
        # short syllables (Chinese, Japanese ...): one letter apart is another character
        return max(0.0, _latin_sim(q, c, origin, p) - 0.1)
    return _latin_sim(q, c, origin, p)


def hangul_sim(q: str, c: str) -> float:
    """Two syllables both written in Hangul: one syllable is one spelling, so they match only
    when the same (김정은 is not 김종은, though "jong" romanises both), or when they differ only
    by the initial-sound rule that spells North Korean 리, 류, 로 as South Korean 이, 유, 노."""
    if q == c:
        return 1.0
    short, long_ = (q, c) if len(q) < len(c) else (c, q)
    if long_[0] in "rn" and (long_[1:] == short or (short[:1] == "n" and long_[1:] == short[1:])):
        return 0.97
    return 0.0


def _edit_sim(q: str, c: str) -> float:
    longest = max(len(q), len(c))
    d = OSA.distance(q, c, score_cutoff=2)
    return 1.0 - d / (longest + 1.0) if d <= edit_budget(longest) and longest >= 4 else 0.0


def _gendered(q: str, c: str) -> bool:
    """``antonio`` / ``antonia``, ``fernando`` / ``fernanda``: the male and female forms of one
    name belong to different people. (An appended ``a`` is not taken as one: Devanagari
    readings end in an inherent ``a``, ``vladimira``.)"""
    return len(q) == len(c) >= 4 and q[:-1] == c[:-1] and {q[-1], c[-1]} == {"a", "o"}


def _vowels(token: str) -> int:
    return sum(ch in "aeiou" for ch in token)


_DOUBLED = re.compile(r"(.)\1")
_THEO_PREFIX = re.compile(r"^(?:abdul|abdel|abdur|abdul|abdal|abdol|abdu|abd)")
_THEO_SUFFIX = re.compile(r"(?:ullah|ollah|allah|ulla|uddin|uddeen|eddine|eddin|addin|udin)$")


def _theophoric_stems_differ(q: str, c: str, origin: int, p: Params) -> bool:
    """``hamidullah`` / ``waliullah``, ``abdurrahim`` / ``abdurrahman``: compound names that
    share "Abd-" or "-ullah" / "-uddin" differ in the other half, which names the person. A
    doubled letter is no other half ("abddullah" is "abdullah")."""
    if _DOUBLED.sub(r"\1", q) == _DOUBLED.sub(r"\1", c):
        return False
    for rx in (_THEO_PREFIX, _THEO_SUFFIX):
        mq, mc = rx.search(q), rx.search(c)
        if mq and mc:
            sq = q[mq.end() :] if rx is _THEO_PREFIX else q[: mq.start()]
            sc = c[mc.end() :] if rx is _THEO_PREFIX else c[: mc.start()]
            if len(sq) >= 3 and len(sc) >= 3 and sq != sc:
                return _latin_sim(sq, sc, origin, p) == 0.0
    return False


_SLAVIC_ADJ_END = re.compile(r"(?<=sk)(?:iy|yy|yi|ij|yj|ii|i|y)$")


def _slight_edits(q: str, c: str, d: int) -> bool:
    """Words of one length ``d`` edits apart where every edit is a vowel written for another
    ("qaeda" / "qaida": transliterations disagree most on vowels) or one swap of adjacent
    letters ("appel" / "apple", a slip of the hand): such edits count half."""
    diff = [k for k in range(len(q)) if q[k] != c[k]]
    if len(diff) == 2 and d == 1 and diff[1] == diff[0] + 1:
        return True  # one transposition (OSA counts it as one edit)
    return len(diff) == d and all(q[k] in VOWELS and c[k] in VOWELS for k in diff)


_BALTIC_ENDINGS = ("s", "as", "is", "us")
_RESPELL = (
    ("tsch", "ch"),
    ("dsch", "j"),
    ("sch", "sh"),
    ("dzh", "j"),
    ("ph", "f"),
    ("ck", "k"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
)
_DOUBLED = re.compile(r"([a-z])\1")


@lru_cache(maxsize=20_000)
def respelled(token: str) -> str:
    """One spelling for letter groups that different languages write for one sound ("schell" /
    "shell", "philip" / "filip", "yousef" / "yusef"), doubled letters written once."""
    for a, b in _RESPELL:
        if a in token:
            token = token.replace(a, b)
    return _DOUBLED.sub(r"\1", token)


def _spelling_classes(q: str, c: str, lq: int, lc: int, best: float, p: Params) -> float:
    """Spellings that edit distance rates too far apart: language endings, letter groups for
    one sound, and a word written backwards ("nitup", an evasion)."""
    if lq >= 4 and lc >= 4:
        if (q[-1] in "iyj" and c[-1] in "iyj") or (lq != lc and "s" in (q[-1], c[-1])):
            best = _ending_sim(q, c, best, p)
        if best < p.respell_sim and -3 <= lq - lc <= 3 and respelled(q) == respelled(c):
            best = p.respell_sim
    if lq == lc >= 5 and best < p.reversed_sim and q == c[::-1]:
        best = p.reversed_sim
    return best


def _ending_sim(q: str, c: str, best: float, p: Params) -> float:
    """Names whose endings follow the language they are written in:

    * ``zelenskiy`` / ``zelenskyy`` / ``selenskyj``: the "-sky" ending of a Slavic surname is
      romanised many ways (BGN, Ukrainian, German, Polish); compare the names with one ending;
    * ``lavrovs`` / ``lavrovas`` / ``lavrov``: Latvian and Lithuanian add a nominative ending
      (-s, -as, -is, -us) to a man's name that ends in a consonant.
    """
    short, long_ = (q, c) if len(q) < len(c) else (c, q)
    if (
        len(short) >= 4
        and short[-1] not in "aeiouys"
        and long_.startswith(short)
        and long_[len(short) :] in _BALTIC_ENDINGS
    ):
        return max(best, p.syn_sim)
    if not (q[-1] in "iyj" and c[-1] in "iyj") or min(len(q), len(c)) < 6:
        return best
    qs = _SLAVIC_ADJ_END.sub("y", q)
    cs = _SLAVIC_ADJ_END.sub("y", c)
    if qs == q and cs == c:
        return best
    if qs == cs:
        return max(best, p.syn_sim)
    longest = max(len(qs), len(cs))
    budget = min(2, edit_budget(longest))
    d = OSA.distance(qs, cs, score_cutoff=budget)  # (budget + 1 when further apart)
    if d <= budget and qs[-3:] == cs[-3:] == "sky":
        return max(best, 1.0 - d / (longest + 1.0))
    return best


def _latin_sim(q: str, c: str, origin: int, p: Params) -> float:
    if q == c:
        return 1.0
    if len(q) >= 7 and len(c) >= 7 and _theophoric_stems_differ(q, c, origin, p):
        return 0.0
    if _gendered(q, c):
        return p.gendered_sim
    lq, lc = len(q), len(c)
    if lq == 1 or lc == 1:
        return p.initial_sim if q[0] == c[0] else 0.0
    longest = max(lq, lc)
    best = 0.0
    if abs(lq - lc) <= 3:
        d = OSA.distance(q, c, score_cutoff=3)
        budget = edit_budget(longest)
        if longest <= 3 and d == 1 and q[0] != c[0]:
            d = 9  # "ali" ~ "ari" is fine, "ali" ~ "eli" not
        if d <= budget:
            cost = d / 2 if lq == lc >= 5 and _slight_edits(q, c, d) else d
            best = 1.0 - cost / (longest + 1.0)
    sq, sc = skeleton(q), skeleton(c)
    if sq == sc and sq:
        if origin == ORIGIN_ABJAD and len(sq) >= 2:
            # an unvowelled word's consonants can be voweled one way, not any way: "kanw" is
            # not "kiyawani" (more vowels than consonants + 1 is another name)
            if _vowels(q) <= len(sq) + 1 and _vowels(c) <= len(sq) + 1:
                best = max(best, p.skel_sim + 0.05)
        elif len(sq) >= 3 and q[0] == c[0]:
            best = max(best, p.skel_sim)
        elif len(sq) >= 2 and sq[0] == sc[0] or origin == ORIGIN_ABJAD:
            best = max(best, p.skel_sim - 0.1)
    elif (
        origin == ORIGIN_ABJAD
        and sq
        and sc
        and len(sq) >= 3
        and OSA.distance(sq, sc, score_cutoff=1) <= 1
    ):
        best = max(best, p.skel_sim - 0.12)
    if best < p.prefix_sim and min(lq, lc) >= 3:
        short, long_ = (q, c) if lq < lc else (c, q)
        if long_.startswith(short) and len(short) >= 0.35 * len(long_):
            best = max(best, p.prefix_sim)
    if best < p.syn_sim:
        best = _spelling_classes(q, c, lq, lc, best, p)
    return best


def token_sims(
    q: str, cands: Sequence[str], origin: int = ORIGIN_LATIN, p: Params = DEFAULT_PARAMS
) -> list[float]:
    """``[token_sim(q, c, origin, p) for c in cands]``, with what depends on ``q`` alone worked
    out once (the name index compares each new query word with a few dozen list words).

    Plain Latin-letter words of Latin or abjad origin take the fast path below, a copy of
    :func:`token_sim` and :func:`_latin_sim` for that case; anything else goes to
    :func:`token_sim`. tests/screening/test_query_speed.py checks that both agree: change
    them together.
    """
    if origin not in (ORIGIN_LATIN, ORIGIN_ABJAD) or not q or not (q.isascii() and q.isalpha()):
        return [token_sim(q, c, origin, p) for c in cands]
    abjad = origin == ORIGIN_ABJAD
    lq = len(q)
    q0 = q[0]
    sq = skeleton(q)
    lsq = len(sq)
    vq = _vowels(q) if abjad else 0
    osa = OSA.distance
    syn_sim, skel_sim, prefix_sim = p.syn_sim, p.skel_sim, p.prefix_sim
    # same_name(q, c) for a-z words: c is one of q's recorded spellings
    spellings = frozenset(variants(q)) if lq >= 4 else frozenset()
    out: list[float] = []
    add = out.append
    for c in cands:
        if c == q:
            add(1.0)
            continue
        if not c or not (c.isascii() and c.isalpha()):
            add(token_sim(q, c, origin, p))
            continue
        lc = len(c)
        if lc >= 4 and c in spellings:
            add(syn_sim)
            continue
        # _latin_sim
        if lq >= 7 and lc >= 7 and _theophoric_stems_differ(q, c, origin, p):
            add(0.0)
            continue
        if lq == lc and _gendered(q, c):
            add(p.gendered_sim)
            continue
        if lq == 1 or lc == 1:
            add(p.initial_sim if q0 == c[0] else 0.0)
            continue
        longest = lq if lq > lc else lc
        best = 0.0
        if -3 <= lq - lc <= 3:
            d = osa(q, c, score_cutoff=3)
            if longest <= 3 and d == 1 and q0 != c[0]:
                d = 9
            if d <= edit_budget(longest):
                cost = d / 2 if lq == lc >= 5 and _slight_edits(q, c, d) else d
                best = 1.0 - cost / (longest + 1.0)
        sc = skeleton(c)
        if sq == sc and sq:
            if abjad and lsq >= 2:
                if vq <= lsq + 1 and _vowels(c) <= lsq + 1:
                    best = max(best, skel_sim + 0.05)
            elif lsq >= 3 and q0 == c[0]:
                best = max(best, skel_sim)
            elif lsq >= 2 and sq[0] == sc[0] or abjad:
                best = max(best, skel_sim - 0.1)
        elif abjad and sq and sc and lsq >= 3 and osa(sq, sc, score_cutoff=1) <= 1:
            best = max(best, skel_sim - 0.12)
        if best < prefix_sim and (lq if lq < lc else lc) >= 3:
            short, long_ = (q, c) if lq < lc else (c, q)
            if long_.startswith(short) and len(short) >= 0.35 * len(long_):
                best = max(best, prefix_sim)
        if best < syn_sim:
            best = _spelling_classes(q, c, lq, lc, best, p)
        add(best)
    return out


_PATRONYMIC = re.compile(
    r"(?:ovich|evich|ovych|evych|ovic|evic|ovitch|ovitsj|owitsj|owitsch|owicz|ovics|avich|avic|"
    r"ovna|evna|ivna|"
    r"ogly|oglu|ogli|kyzy|qizi|uly|ulu)$"
)


def is_patronymic(token: str) -> bool:
    """``vladimirovich``, ``ivanovna``, ``aliyevich``, ``mammad oglu`` endings: a father's name,
    which lists record and customers routinely leave out."""
    return len(token) > 6 and _PATRONYMIC.search(token) is not None


@dataclass
class Side:
    """Tokens of one name ready for alignment: texts, categories, weights, origin."""

    texts: Sequence[str]
    cats: Sequence[int]
    weights: Sequence[float]
    origin: int = ORIGIN_LATIN
    ids: Sequence[int] | None = None  # vocabulary ids (candidate side), for memoised sims


@dataclass
class PairResult:
    raw: float
    aligned: list[tuple[str, str, float]]
    unmatched_query: list[str]
    unmatched_candidate: list[str]
    notes: list[str]


SimFn = Callable[[int, int], float]


_NASAB = frozenset({"bin", "ibn", "bint", "ben"})
# company words that say nothing about the legal form: "Homs Refinery Corporation" and "The Homs
# Refinery Company" are one company, "Deutsche Bank AG" and "Deutsche Bank GmbH" two
_GENERIC_LEGAL = frozenset(
    {
        "co",
        "company",
        "cos",
        "corp",
        "corporation",
        "inc",
        "incorporated",
        "ltd",
        "limited",
        "plc",
        "pc",
        "sp",
    }
)


# words that say what a company does or how it is organised, not which company it is
_GENERIC_BUSINESS = frozenset(
    {
        "agency",
        "capital",
        "commercial",
        "construction",
        "consulting",
        "development",
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
        "partners",
        "products",
        "resources",
        "service",
        "services",
        "shipping",
        "solutions",
        "systems",
        "technologies",
        "technology",
        "trade",
        "trading",
        "ventures",
    }
)


def _generic_only(query: Side, cand: Side, q_used: list[bool], c_used: list[bool]) -> list[str]:
    """The list name's own words the query lacks, when the query matched only generic company
    words, country names, initials and particles ("Management Company" / "Westminister
    Management Company", "L & H Sweden AB" / "L & H Mendez Sweden AB"); else nothing."""
    places = country_name_words()

    def generic(t: str) -> bool:
        return t in _GENERIC_BUSINESS or t in _GENERIC_LEGAL or t in places

    matched = [query.texts[i] for i in range(len(q_used)) if q_used[i] and query.cats[i] == WORD]
    if not matched or not all(map(generic, matched)):
        return []
    return [
        cand.texts[j]
        for j in range(len(c_used))
        if not c_used[j] and cand.cats[j] == WORD and not generic(cand.texts[j])
    ]


def is_abbreviation(short: str, long_: str) -> bool:
    """``intl`` / ``international``, ``dept`` / ``department``, ``mfg`` / ``manufacturing``: the
    short word keeps the long word's first and last letters and some of the others in order."""
    ls, ll = len(short), len(long_)
    if ls < 3 or ll < ls + 3 or short[0] != long_[0] or short[-1] != long_[-1]:
        return False
    k = 1
    for ch in long_[1:-1]:
        if k < ls - 1 and ch == short[k]:
            k += 1
    return k == ls - 1


def _acronyms(
    a: Side, b: Side, a_is_query: bool, p: Params, person: bool
) -> list[tuple[float, int, int, int, int]]:
    """Pairs where one word of ``a`` spells the initials of adjacent words of ``b``
    ("PLA" ~ "People's Liberation Army", "US" ~ "United States", "JC" ~ "Jean Claude").
    A person's name is never initials alone ("N.N." is no one in particular)."""
    out: list[tuple[float, int, int, int, int]] = []
    bt, bc = b.texts, b.cats
    nb = len(bt)
    if person and a_is_query:
        # initials written apart ("J.-C. Juncker", "J. R. R. Tolkien") spell adjacent given
        # names together, which says more than each initial alone
        ac = a.cats
        for i in range(len(ac) - 1):
            if ac[i] != INITIAL or (i and ac[i - 1] == INITIAL):
                continue
            size = 1
            while i + size < len(ac) and ac[i + size] == INITIAL and size < 3:
                size += 1
            if size < 2:
                continue
            for j in range(nb - size + 1):
                if all(
                    bc[j + k] == WORD and len(bt[j + k]) >= 2 and bt[j + k][0] == a.texts[i + k]
                    for k in range(size)
                ):
                    out.append((p.acronym_sim, i, size, j, size))
    if person and sum(c == WORD for c in a.cats) < 2:
        return out
    for i, t in enumerate(a.texts):
        size = len(t)
        if size < 2 or size > 5 or size > nb or a.cats[i] not in (WORD, INITIAL) or not t.isalpha():
            continue
        for j in range(nb - size + 1):
            if all(bc[j + k] == WORD and bt[j + k][0] == t[k] for k in range(size)):
                if max(len(bt[j + k]) for k in range(size)) < 2:
                    continue  # "a b c" against "abc" is the fused-word case
                out.append(
                    (p.acronym_sim, i, 1, j, size) if a_is_query else (p.acronym_sim, j, size, i, 1)
                )
    return out


_FUSED_MEMO: dict[tuple[str, str, int], float] = {}


def _fused_sim(q: str, c: str, origin: int, p: Params) -> float:
    """:func:`token_sim` of a fused form, memoised for the default parameters: a long name's
    fused word pairs meet the same list words in every candidate (the one-word pairs have the
    index's own memo). The memo is bounded: emptied at 50,000 entries."""
    if p is not DEFAULT_PARAMS:
        return token_sim(q, c, origin, p)
    key = (q, c, origin)
    s = _FUSED_MEMO.get(key)
    if s is None:
        if len(_FUSED_MEMO) >= 50_000:
            _FUSED_MEMO.clear()
        s = _FUSED_MEMO[key] = token_sim(q, c, origin, p)
    return s


def _fused(query: Side, cand: Side, p: Params) -> list[tuple[float, int, int, int, int]]:
    """Two or three adjacent words on one side against one word on the other ("JSC ARGUMENT"
    ~ "JSCARGUMENT", "van der bilt" ~ "vanderbilt", "plat ono vich" ~ "platonovich"). A fused form
    and the word it stands for start with the same letter (outside Chinese characters): the check
    keeps long names from comparing every pair of words."""
    out: list[tuple[float, int, int, int, int]] = []
    qt_all, ct_all = query.texts, cand.texts
    m, n = len(qt_all), len(ct_all)
    # names in Chinese characters: "山田" ~ "yamada", "正恩" ~ "jong un" (lengths say nothing)
    han = query.origin == ORIGIN_HAN
    # a given name in Wade-Giles syllables against its pinyin, written as one word ("tse tung"
    # ~ "zedong"), either way round
    wade_giles = query.origin != ORIGIN_HAN and cand.origin != ORIGIN_HAN
    # words of five letters or more by first letter: a fused form meets only those
    c_by: dict[str, list[int]] = {}
    for j, ct in enumerate(ct_all):
        if len(ct) >= 5:
            c_by.setdefault(ct[0], []).append(j)
    q_by: dict[str, list[int]] = {}
    for i, qt in enumerate(qt_all):
        if len(qt) >= 5:
            q_by.setdefault(qt[0], []).append(i)
    for size in (2, 3):
        for i in range(m - size + 1):
            joined = "".join(qt_all[i : i + size])
            if han and not joined.isascii():
                near: Sequence[int] = range(n)
            else:
                near = [
                    j for j in c_by.get(joined[0], ()) if abs(len(ct_all[j]) - len(joined)) <= 2
                ]
            for j in near:
                s = _fused_sim(joined, ct_all[j], query.origin, p)
                if s >= 0.8:
                    out.append((s + 0.001, i, size, j, 1))
            wg = joined_readings(qt_all[i : i + size]) if wade_giles else _NO_READINGS
            if wg:
                for j in range(n):
                    ct = ct_all[j]
                    if ct in wg and ct != joined:
                        out.append((p.wade_giles_sim + 0.001, i, size, j, 1))
        for j in range(n - size + 1):
            joined = "".join(ct_all[j : j + size])
            if han:
                near = [
                    i
                    for i in range(m)
                    if not qt_all[i].isascii()
                    or (
                        len(qt_all[i]) >= 5
                        and qt_all[i][0] == joined[0]
                        and abs(len(qt_all[i]) - len(joined)) <= 2
                    )
                ]
            else:
                near = [
                    i for i in q_by.get(joined[0], ()) if abs(len(qt_all[i]) - len(joined)) <= 2
                ]
            for i in near:
                s = _fused_sim(qt_all[i], joined, query.origin, p)
                if s >= 0.8:
                    out.append((s + 0.001, i, 1, j, size))
            wg = joined_readings(ct_all[j : j + size]) if wade_giles else _NO_READINGS
            if wg:
                for i in range(m):
                    qt = qt_all[i]
                    if qt in wg and qt != joined:
                        out.append((p.wade_giles_sim + 0.001, i, 1, j, size))
    return out


_NO_READINGS: frozenset[str] = frozenset()


def _nasab_swapped(query: Side, cand: Side, spans: list[tuple[int, int, int, int]]) -> bool:
    """ "AHMAD BIN HASAN" against "HASAN BIN AHMAD": a word before ``bin`` on one side is after it
    on the other, so the given name of one is the father's name of the other."""
    qb = next((k for k, t in enumerate(query.texts) if t in _NASAB), -1)
    cb = next((k for k, t in enumerate(cand.texts) if t in _NASAB), -1)
    # both names read "X bin Y" (a word on each side of the particle)
    if not (0 < qb < len(query.texts) - 1 and 0 < cb < len(cand.texts) - 1):
        return False
    for i, ql, j, cl in spans:
        if ql == 1 and cl == 1 and query.cats[i] == WORD and (i < qb) != (j < cb):
            return True
    return False


def _han_mixed(query: Side, cand: Side, spans: list[tuple[int, int, int, int]]) -> bool:
    """Chinese characters aligned with Latin words through readings of different languages."""
    mask = 7
    for i, ql, j, cl in spans:
        q = "".join(query.texts[i : i + ql])
        c = "".join(cand.texts[j : j + cl])
        if q != c and is_han(q[0]) and c.isascii():
            mask &= han_reading_langs(q, c)
    return mask == 0


def _first_words_aligned(query: Side, cand: Side, spans: list[tuple[int, int, int, int]]) -> bool:
    """The first name word of the query is aligned with the first name word of the list name."""
    qf = next((k for k, c in enumerate(query.cats) if c == WORD), -1)
    cf = next((k for k, c in enumerate(cand.cats) if c == WORD), -1)
    return any(i <= qf < i + ql and j <= cf < j + cl for i, ql, j, cl in spans)


def _by_initials(
    query: Side, cand: Side, spans: list[tuple[int, int, int, int]], q_sim: list[float]
) -> bool:
    """Some of the list name's words are matched only by the query's initials ("J. Smith",
    "J. C. Smith", "JC Smith" against "John Charles Smith")."""
    for i, ql, j, cl in spans:
        if q_sim[i] >= 1.0:
            continue
        if query.cats[i] == INITIAL:
            return True
        t = query.texts[i]
        if ql == 1 and cl == len(t) >= 2 and all(cand.texts[j + k][:1] == t[k] for k in range(cl)):
            return True
    return False


def _same_order(spans: list[tuple[int, int, int, int]]) -> bool:
    """The aligned words stand in the same order in both names."""
    js = [j for _, _, j, _ in sorted(spans)]
    return all(a < b for a, b in zip(js, js[1:], strict=False))


def _patronymic_stem(token: str) -> str:
    return skeleton(_PATRONYMIC.sub("", token))


#: surnames that mark a name written in romanised Korean syllables (McCune-Reischauer, Revised
#: Romanisation and the common spellings between them)
_KOREAN_SURNAMES_LATIN = frozenset(
    [
        "kim",
        "gim",
        "ri",
        "li",
        "lee",
        "yi",
        "i",
        "pak",
        "park",
        "bak",
        "choe",
        "choi",
        "chong",
        "jong",
        "jang",
        "chang",
        "kang",
        "gang",
        "jo",
        "cho",
        "han",
        "jon",
        "chon",
        "jeon",
        "yun",
        "yoon",
        "o",
        "oh",
        "hyon",
        "hyeon",
        "ko",
        "go",
        "so",
        "sin",
        "shin",
        "yu",
        "ryu",
        "mun",
        "moon",
        "hong",
        "pyon",
        "byeon",
        "paek",
        "baek",
        "kwon",
        "gwon",
        "son",
        "song",
        "hwang",
        "an",
        "ahn",
        "jung",
        "chung",
        "nam",
        "no",
        "ro",
        "ha",
        "im",
        "rim",
        "yang",
        "u",
        "ju",
        "chu",
        "cha",
        "kye",
        "sim",
        "pae",
        "bae",
        "min",
        "om",
        "eom",
        "won",
    ]
)
_KO_INITIAL = (("ch", "j"), ("sh", "s"), ("k", "g"), ("t", "d"), ("p", "b"), ("l", "r"))
_KO_VOWELS = (
    ("yeo", "yo"),
    ("eo", "o"),
    ("eu", "o"),
    ("yu", "yo"),
    ("oo", "o"),
    ("u", "o"),
    ("wo", "o"),
)


def korean_shaped(texts: Sequence[str]) -> bool:
    """A name of two or more short Latin syllables with a Korean surname at either end ("JO
    YON GWON", "HO IN YUN"): its syllables may be romanised in several ways."""
    return (
        2 <= len(texts) <= 5
        and all(len(t) <= 5 and t.isascii() and t.isalpha() for t in texts)
        and (texts[0] in _KOREAN_SURNAMES_LATIN or texts[-1] in _KOREAN_SURNAMES_LATIN)
    )


@lru_cache(maxsize=4_096)
def korean_fold(syllable: str) -> str:
    """One romanised Korean syllable with its romanisation choices folded away: ch/j, k/g, t/d,
    p/b, l/r initials, eo/o/u and yeo/yo/yu vowels ("chol" / "jol" / "cheol", "u" / "o")."""
    out = syllable
    for a, b in _KO_INITIAL:
        if out.startswith(a):
            out = b + out[len(a) :]
            break
    for a, b in _KO_VOWELS:
        out = out.replace(a, b)
    return out


_KO_RESPELL = (
    ("ch", "j"),
    ("j", "ch"),
    ("k", "g"),
    ("g", "k"),
    ("t", "d"),
    ("d", "t"),
    ("p", "b"),
    ("b", "p"),
    ("l", "r"),
    ("r", "l"),
    ("s", "sh"),
    ("sh", "s"),
)
_KO_VOWEL_RESPELL = (
    ("o", "u"),
    ("u", "o"),
    ("o", "eo"),
    ("eo", "o"),
    ("yo", "yu"),
    ("yu", "yo"),
    ("yo", "yeo"),
    ("yeo", "yo"),
)


@lru_cache(maxsize=4_096)
def korean_respellings(syllable: str) -> frozenset[str]:
    """Other romanisations of a romanised Korean syllable that :func:`korean_fold` reads as the
    same (initial ch/j, k/g ..., one vowel o/u/eo, yo/yu/yeo): the index looks these up."""
    out: set[str] = set()
    heads = {syllable}
    for a, b in _KO_RESPELL:
        if syllable.startswith(a):
            heads.add(b + syllable[len(a) :])
    for h in heads:
        out.add(h)
        for a, b in _KO_VOWEL_RESPELL:
            k = h.find(a)
            while k >= 0:
                out.add(h[:k] + b + h[k + len(a) :])
                k = h.find(a, k + 1)
    fold = korean_fold(syllable)
    return frozenset(w for w in out if w != syllable and korean_fold(w) == fold)


def align(query: Side, cand: Side, sim: SimFn, p: Params, person: bool) -> PairResult:
    """Align query and candidate tokens and compute the raw score (before calibration)."""
    m, n = len(query.texts), len(cand.texts)
    pairs: list[tuple[float, int, int, int, int]] = []  # sim, qi, qlen, cj, clen
    for i in range(m):
        for j in range(n):
            s = sim(i, j)
            if s > 0:
                pairs.append((s, i, 1, j, 1))
            elif (
                not person
                and query.cats[i] == WORD
                and cand.cats[j] == WORD
                and (
                    is_abbreviation(query.texts[i], cand.texts[j])
                    or is_abbreviation(cand.texts[j], query.texts[i])
                )
            ):
                pairs.append((p.abbrev_sim, i, 1, j, 1))
    folded: set[tuple[int, int]] = set()
    if (
        person
        and query.origin == ORIGIN_LATIN
        and cand.origin == ORIGIN_LATIN
        and korean_shaped(query.texts)
        and korean_shaped(cand.texts)
    ):
        # (both written in Latin letters: Hangul syllables are compared as written)
        # one syllable romanised another way ("JO YON GWON" / "CHO YON KWON", "JOL" / "CHOL"):
        # the same syllable, for review (capped like a near spelling)
        # (the index looks these spellings up and passes them in at korean_fold_sim)
        found = {(i, j): s for s, i, _, j, _ in pairs}
        for i, qt in enumerate(query.texts):
            for j, ct in enumerate(cand.texts):
                if qt == ct or korean_fold(qt) != korean_fold(ct):
                    continue
                had = found.get((i, j))
                if had is None:
                    pairs.append((p.korean_fold_sim, i, 1, j, 1))
                if had is None or had == p.korean_fold_sim:
                    folded.add((i, j))
    q_used = [False] * m
    c_used = [False] * n
    q_sim = [0.0] * m
    c_sim = [0.0] * n
    spans: list[tuple[int, int, int, int]] = []
    aligned: list[tuple[str, str, float]] = []
    got = 0.0
    notes: list[str] = []

    def take(cands: list[tuple[float, int, int, int, int]]) -> float:
        gained = 0.0
        cands.sort(key=lambda t: (-t[0], t[2] + t[4]))
        for s, i, ql, j, cl in cands:
            if any(q_used[i : i + ql]) or any(c_used[j : j + cl]):
                continue
            qcat = query.cats[i]
            ccat = cand.cats[j]
            if (qcat == LEGAL) != (ccat == LEGAL) and s < 1.0 and ql == cl:
                continue  # a legal form only aligns with a legal form (or its exact word)
            if (qcat == INITIAL or ccat == INITIAL) and not person and s < 1.0:
                continue
            s = min(1.0, s)
            for k in range(i, i + ql):
                q_used[k] = True
                q_sim[k] = s
            for k in range(j, j + cl):
                c_used[k] = True
                c_sim[k] = s
            spans.append((i, ql, j, cl))
            # a near-miss word counts for less than its similarity: "Diane"~"Aiden" (0.70)
            # must not carry a two-word name over the review threshold
            gained += (s**p.sim_power) * sum(query.weights[i : i + ql])
            aligned.append(
                (" ".join(query.texts[i : i + ql]), " ".join(cand.texts[j : j + cl]), round(s, 3))
            )
        return gained

    # fused tokens and acronyms compete with the single-token pairs in the same greedy pass
    pairs.extend(_fused(query, cand, p))
    # (only the query's word as the acronym: a list name that is an acronym, "MML", "FRD",
    # would match everyone with those initials)
    pairs.extend(_acronyms(query, cand, True, p, person))
    got += take(pairs)

    beta = p.beta_person if person else p.beta_org
    gamma = p.gamma_person if person else p.gamma_org
    if query.origin in (ORIGIN_HAN, ORIGIN_HANGUL):
        # each syllable of a Chinese or Korean name is part of the name, on either side
        gamma = beta = 1.0
    elif person:
        # every name word (two or more) of one name found in the other, starting with the same
        # first name: the other's extra words are middle names or a longer nasab ("FAZL RABI"
        # in "FAZL RABI ABDUL HAMID"). Three or more words found in the same order are telling
        # wherever they start ("MOHAMMAD RASUL AYYUB" in "ABDUL JALIL MOHAMMAD RASUL AYYUB").
        first = _first_words_aligned(query, cand, spans)
        cw = [c_sim[j] for j in range(n) if cand.cats[j] in (WORD, NUMBER)]
        qw = [q_sim[i] for i in range(m) if query.cats[i] in (WORD, NUMBER)]
        ordered = len(spans) >= 3 and _same_order(spans)
        if len(cw) >= 2 and min(cw) >= p.subset_sim and (first or (len(cw) >= 3 and ordered)):
            gamma = min(gamma, p.subset_extra)
            if any(not u for u in q_used):
                notes.append("every word of the list name is in the query")
        if len(qw) >= 2 and min(qw) >= p.subset_sim and first:
            beta = min(beta, p.subset_extra if len(qw) >= 3 and ordered else p.subset_extra_list)
            if len(qw) >= 3 and ordered and any(not u for u in c_used):
                notes.append("every word of the query is in the list name, in the same order")
    conflict = p.conflict_person if person else p.conflict_org
    matched_q = {query.texts[i] for i in range(m) if q_used[i]}

    def extra_weight(side: Side, used: list[bool], dupes: set[str]) -> tuple[float, float]:
        """Weight of the unmatched words, and of those among them that are real name words."""
        total = named = 0.0
        for k, u in enumerate(used):
            if u or side.cats[k] == TITLE:
                continue
            w = side.weights[k]
            if side.texts[k] in dupes:
                # "Sergey Sergey Shoigu": a repeated word costs nothing, but it stands where
                # the other name may have another word ("MOHAMED MOHAMED" / "OSMAN MOHAMED")
                if side.cats[k] == WORD:
                    named += w
                continue
            if person and is_patronymic(side.texts[k]):
                w *= p.w_patronymic
            total += w
            if (
                side.cats[k] != PARTICLE
                and not (person and is_patronymic(side.texts[k]))
                and side.texts[k] not in _GENERIC_LEGAL
            ):
                # a particle, a generic company word or a father's name spelled apart is no
                # conflict; two different legal forms (AG against GmbH) are
                named += w
        return total, named

    miss_q, miss_q_named = extra_weight(query, q_used, matched_q)
    extra_c, extra_c_named = extra_weight(cand, c_used, set())
    unmatched_q = [query.texts[i] for i in range(m) if not q_used[i]]
    unmatched_c = [cand.texts[j] for j in range(n) if not c_used[j]]
    matched_w = sum(query.weights[i] for i in range(m) if q_used[i])
    # words only one side has (a middle name, a longer alias) cost little; a word on each side
    # that found no partner is a different name ("AL-MASRI" vs "AL-SEBAI") and costs more
    words = [i for i in range(m) if query.cats[i] in (WORD, NUMBER)]
    if len(words) == 1 and q_used[words[0]]:
        # a one-word query ("Putin", "Faberlic") names the entity by its most telling word:
        # the list name's other words say little against it
        beta *= p.single_word_beta
    # ("el" against "le" is a spelling, not a conflict)
    denom = (
        matched_w + gamma * miss_q + beta * extra_c + conflict * min(miss_q_named, extra_c_named)
    )
    if person:
        # two different fathers' names ("Viktorovich" / "Ivanovich") are a conflict; the same
        # father's name spelled apart ("Vladimirovich" / "Volodymyrovych") is not
        qp = [
            (query.texts[i], query.weights[i])
            for i in range(m)
            if not q_used[i] and is_patronymic(query.texts[i])
        ]
        cp = [
            (cand.texts[j], cand.weights[j])
            for j in range(n)
            if not c_used[j] and is_patronymic(cand.texts[j])
        ]
        if qp and cp:
            qs, cs = _patronymic_stem(qp[0][0]), _patronymic_stem(cp[0][0])
            if qs[:1] != cs[:1] or OSA.distance(qs, cs, score_cutoff=2) > 1:
                denom += conflict * p.w_patronymic * min(qp[0][1], cp[0][1])
                notes.append(f"different patronymics ({qp[0][0]} vs {cp[0][0]})")
    raw = got / denom if denom > 0 else 0.0
    if query.origin == ORIGIN_HAN and _han_mixed(query, cand, spans):
        raw *= p.han_mixed
        notes.append("the Chinese characters are read partly in Mandarin, partly in Korean")
    if person and _nasab_swapped(query, cand, spans):
        raw *= p.nasab_swap
        notes.append("names before and after 'bin' are swapped (son and father differ)")
    # numbers must agree: "Trust 2004-1" is not "Trust 2004-2", "11420 CORP." is not "CORP."
    q_nums = {query.texts[i] for i in range(m) if query.cats[i] == NUMBER}
    c_nums = {cand.texts[j] for j in range(n) if cand.cats[j] == NUMBER}
    if q_nums != c_nums and (q_nums or c_nums):
        if q_nums and c_nums:
            named = sum(q_sim[i] >= 1.0 and query.cats[i] == WORD for i in range(m))
            if named < 2:
                # "Brigade 44" / "9th Brigade": the number is most of what names them
                raw *= p.number_mismatch
            raw = min(raw, p.raw_for(p.possible_max))
            notes.append(
                f"numbers differ ({', '.join(sorted(q_nums))} vs {', '.join(sorted(c_nums))}): "
                "another entity of the same name at most (a review, never a block)"
            )
        else:
            raw *= p.number_mismatch
            notes.append(
                f"number {'in the query' if q_nums else 'on the list'} only "
                f"({', '.join(sorted(q_nums or c_nums))})"
            )
    if folded and any((i, j) in folded for i, _, j, _ in spans):
        raw = min(raw, p.raw_for(p.possible_max))
        notes.append(
            "a romanised Korean syllable written another way (ch/j, k/g, o/u ...): the same "
            "name or another person's, a review at most, never a block"
        )
    if person and _by_initials(query, cand, spans, q_sim):
        raw = min(raw, p.raw_for(p.possible_max))
        notes.append("given names known only by their initials: a review at most, never a block")
    if not person:
        own = _generic_only(query, cand, q_used, c_used)
        if own:
            raw *= p.generic_only
            notes.append(
                "the query shares only generic company words, country names or initials with the "
                f"list name, whose own {'word' if len(own) == 1 else 'words'} ({', '.join(own)}) "
                f"{'is' if len(own) == 1 else 'are'} missing"
            )
    # a candidate made only of weak tokens (initials, legal forms) can't carry a hit
    if (
        all(c in (INITIAL, LEGAL, PARTICLE, TITLE) for c in cand.cats)
        and n > 0
        and list(query.texts) != list(cand.texts)
    ):
        raw *= 0.8
        notes.append("list name has no distinctive word")
    return PairResult(raw, aligned, unmatched_q, unmatched_c, notes)


def _aligned_pair(q: str, c: str, s: float) -> str:
    if s >= 0.999:
        return f"{q}={c}"
    if is_han(q[0]) or is_han(c[0]):
        return f"{q}~{c} (a reading of the Chinese characters)"
    if c in joined_readings(q.split()) or q in joined_readings(c.split()):
        return f"{q}~{c} (Wade-Giles and pinyin spellings of one Chinese name)"
    if " " not in q and " " not in c:
        if same_name(q, c):
            return f"{q}~{c} (recorded spelling of the same name)"
        if len(q) >= 5 and q == c[::-1]:
            return f"{q}~{c} (written backwards)"
        if respelled(q) == respelled(c):
            return f"{q}~{c} (the same sounds spelled another way)"
        if _ending_sim(q, c, 0.0, DEFAULT_PARAMS) >= DEFAULT_PARAMS.syn_sim:
            return f"{q}~{c} (the same name with another language's ending)"
        if q.isdigit() and c.isdigit():
            return f"{q}~{c} (another number)"
    return f"{q}~{c} ({s:.2f})"


def describe(result: PairResult, score: float, matched_name: str, extra: list[str]) -> str:
    """One paragraph a reviewer can read."""
    parts = [f"matched '{matched_name}'"]
    if result.aligned:
        al = ", ".join(_aligned_pair(q, c, s) for q, c, s in result.aligned)
        parts.append(f"aligned {al}")
    if result.unmatched_query:
        parts.append("query words not on the list name: " + ", ".join(result.unmatched_query))
    if result.unmatched_candidate:
        parts.append(
            "list-name words missing from the query: "
            + ", ".join(
                f"{w} (a patronymic, counts little)" if is_patronymic(w) else w
                for w in result.unmatched_candidate
            )
        )
    parts.extend(result.notes)
    parts.extend(extra)
    return f"score {score:.2f}: " + "; ".join(parts)
