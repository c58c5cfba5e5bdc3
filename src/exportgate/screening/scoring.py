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

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from rapidfuzz.distance import OSA

from exportgate.screening.abbreviations import business_short_forms
from exportgate.screening.costs import CostModel, is_patronymic
from exportgate.screening.names_table import (
    han_readings,
    same_name,
    variants,
)
from exportgate.screening.normalize import (
    INITIAL,
    LEGAL,
    NUMBER,
    PARTICLE,
    TITLE,
    VOWELS,
    WORD,
    skeleton,
)
from exportgate.screening.params import DEFAULT_PARAMS as DEFAULT_PARAMS
from exportgate.screening.params import Params as Params
from exportgate.screening.russian import MIN_LENGTH, same_slavic_name
from exportgate.screening.scripts import (
    ORIGIN_ABJAD,
    ORIGIN_HAN,
    ORIGIN_HANGUL,
    ORIGIN_LATIN,
    ORIGIN_OTHER,
    is_han,
    korean_variants,
)
from exportgate.screening.short_forms import paired_forms, short_form_reason
from exportgate.screening.slips import typing_slip
from exportgate.screening.wade_giles import (
    joined_readings,
    other_syllables,
    pinyin_readings,
    pinyin_syllable,
    split_readings,
    wade_giles_pairs,
)

CAT_NAMES = {
    WORD: "word",
    LEGAL: "legal form",
    PARTICLE: "particle",
    TITLE: "title",
    NUMBER: "number",
    INITIAL: "initial",
}


def edit_budget(length: int) -> int:
    if length <= 3:
        return 1
    if length <= 5:
        return 1
    if length <= 8:
        return 2
    return 3


#: the Arabic article as romanisations write it ("al-", "el-", "ul-")
_ARABIC_ARTICLE = frozenset({"al", "el", "ul"})


#: roman numerals and the numbers they write, to twelve ("Fund IV", "CHON MYONG I")
ROMAN_VALUES: dict[str, str] = {
    r: str(k + 1)
    for k, r in enumerate(
        ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
    )
}


def token_sim(q: str, c: str, origin: int = ORIGIN_LATIN, p: Params = DEFAULT_PARAMS) -> float:
    """Similarity of two normalised tokens in 0..1 (1 = same)."""
    if q == c:
        return 1.0
    if not q or not c:
        return 0.0
    business = business_short_forms(q)
    if business is not None and c in business:
        return p.abbrev_sim  # "tech" / "technology": a company word's short form
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
    if q in _ARABIC_ARTICLE and c in _ARABIC_ARTICLE:
        return p.syn_sim  # "EL-KUTMAH" / "AL-QUTMAH": one article, written two ways
    if c in paired_forms(q):
        return p.short_form_sim  # "sasha" / "aleksandr": a given name's short form
    if min(len(q), len(c)) >= 4 and same_name(q, c) and not other_syllables(q, c):
        return p.syn_sim
    qd, cd = q.isdigit(), c.isdigit()
    if qd and cd:
        return p.number_sim  # different numbers: aligned; align() caps the pair's score
    if qd or cd:
        # a number written as a roman numeral on one side ("CHON MYONG I" / "CHON MYONG 1")
        return p.syn_sim if ROMAN_VALUES.get(c if qd else q) == (q if qd else c) else 0.0
    if origin == ORIGIN_HANGUL:
        # Korean syllables are short: a known romanisation, or a close spelling of a long one
        if c in korean_variants(q):
            return 0.97
        # (a close spelling keeps the syllable's first letter: 경 "kyong" is not "yong")
        return (
            max((_edit_sim(v, c) for v in korean_variants(q) if v[0] == c[0]), default=0.0)
            if len(c) >= 4
            else 0.0
        )
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
_THEO_PREFIX = re.compile(r"^(?:abdoul|abdul|abdel|abdur|abdal|abdol|abdu|abd)")
_THEO_SUFFIX = re.compile(r"(?:ullah|ollah|allah|ulla|uddin|uddeen|eddine|eddin|addin|udin)$")


def _theophoric_stems_differ(q: str, c: str, origin: int, p: Params) -> bool:
    """``hamidullah`` / ``waliullah``, ``abdurrahim`` / ``abdurrahman``: compound names that
    share "Abd-" or "-ullah" / "-uddin" differ in the other half, which names the person. A
    doubled letter is no other half ("abddullah" is "abdullah"), nor is a slip of the hand
    ("abdulkah": k is next to l)."""
    if OSA.distance(q, c, score_cutoff=1) == 1 and typing_slip(q, c, len(q), len(c)):
        return False
    for rx in (_THEO_PREFIX, _THEO_SUFFIX):
        mq = rx.search(q)
        mc = rx.search(c) if mq else None
        if mq and mc:
            if _DOUBLED.sub(r"\1", q) == _DOUBLED.sub(r"\1", c) or respelled(q) == respelled(c):
                return False  # ("abdoollah" is "abdullah" spelled by sound)
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
    # romanisations of one letter: Russian zh / j and ks / x, Arabic q / k, pinyin z / Wade-Giles ts
    ("zh", "j"),
    ("x", "ks"),
    ("q", "k"),
    ("tz", "z"),
    ("ts", "z"),
    # Arabic dh / d for one letter (ذ, and ض in some spellings): "qadhafi" / "kadafi"
    ("dh", "d"),
)
#: an initial V written W (German and Polish romanisation of Russian В: "Natalja W." / "Natalya
#: V."), or the other way round
_V_W = frozenset({"vw", "wv"})
#: the Arabic kunya "Abu" (father of), as romanisations write it: "abo", "abou", "aboo"
_ABU = frozenset({"abo", "abou", "aboo", "abu"})
_DOUBLED = re.compile(r"([a-z])\1")
#: a closing y, iy or ey read as i ("aly" / "ali", "dmitriy" / "dmitri", "sergey" / "sergei")
_FINAL_Y = re.compile(r"(?:iy|y)$")


#: :func:`respelled`'s memo (every list word, see NameIndex.warm_word_memos, and queries'):
#: a plain dictionary emptied when full, cheaper to consult than ``functools.lru_cache``
RESPELLED_MEMO: Final[dict[str, str]] = {}
_RESPELLED_MAX: Final = 100_000


def respelled(token: str) -> str:
    """One spelling for letter groups that different languages write for one sound ("schell" /
    "shell", "philip" / "filip", "yousef" / "yusef", "zhirov" / "jirov", "qutmah" / "kutmah"),
    a closing y as i ("aly" / "ali"), doubled letters written once, the kunya "abo" / "abou" as
    "abu". Memoised (:data:`RESPELLED_MEMO`)."""
    got = RESPELLED_MEMO.get(token)
    if got is None:
        if len(RESPELLED_MEMO) >= _RESPELLED_MAX:
            RESPELLED_MEMO.clear()
        got = RESPELLED_MEMO[token] = _respelled(token)
    return got


def _respelled(token: str) -> str:
    if token in _ABU:
        return "abu"
    for a, b in _RESPELL:
        if a in token:
            token = token.replace(a, b)
    if len(token) >= 3 and token[-1] == "y":
        token = _FINAL_Y.sub("i", token)
    # (the search first: a substitution with a group reference is set up in Python each time)
    return _DOUBLED.sub(r"\1", token) if _DOUBLED.search(token) else token


@lru_cache(maxsize=20_000)
def sound_spellings(token: str) -> tuple[str, ...]:
    """Spellings of ``token`` with one letter group written another way ("said" -> "saeed",
    "alee" -> "ali", "jirov" -> "zhirov"), and its :func:`respelled` form: the index looks
    these up, since a short word's other spellings are not within its deletion neighbours."""
    if not 3 <= len(token) <= 7 or not token.isascii() or not token.isalpha():
        return ()  # (a longer word's other spellings are within its deletion neighbours)
    out = {respelled(token)}
    for a, b in _SOUND_SWAPS:
        k = token.find(a)
        while k >= 0:
            out.add(token[:k] + b + token[k + len(a) :])
            k = token.find(a, k + 1)
    out.discard(token)
    return tuple(sorted(out))


#: the letter groups of :data:`_RESPELL` both ways, and a closing i written y / iy (one
#: group at a time; the index compares what it finds with token_sims as usual)
_SOUND_SWAPS = tuple(
    pair for a, b in (*_RESPELL, ("i", "y"), ("i", "iy")) for pair in ((a, b), (b, a))
)


#: the vowel that joins "Abd" to the name after it, before the article's "l" or the doubled
#: sun letter it assimilates to ("abd-ul-", "abder-r-", "abdu-", "abdou-")
_ABD_VOWEL = re.compile(r"^(?:ou|[aeiou])")
_SUN_LETTERS = frozenset("rstdzn")


def abd_stems(word: str) -> frozenset[str]:
    """The names a compound "Abd" + article + name may be written around (issue 17, session
    12): "abderrezak", "abdulrezak", "abdurezak" all give "rezak"; "abdella" and "abdulella"
    both give "ella". The article is written "ul", "el", "al", "ol", "il", assimilated to a
    sun letter ("ar-r", "er-r", "ur-r") or as a vowel alone ("abdu-", "abdi-"). Empty for a
    word that is no such compound (under seven letters, or not starting "abd")."""
    if len(word) < 7 or not word.startswith("abd"):
        return frozenset()
    rest = word[3:]
    out = {rest}
    m = _ABD_VOWEL.match(rest)
    if m:
        after = rest[m.end() :]
        out.add(after)
        if (
            after.startswith("l")
            or len(after) >= 2
            and after[0] == after[1]
            and after[0] in _SUN_LETTERS
        ):
            out.add(after[1:])
    return frozenset(t for t in out if len(t) >= 3)


def _abd_same(q: str, c: str) -> bool:
    """Two spellings of one "Abd" + article + name compound (:func:`abd_stems`)."""
    return bool(abd_stems(q) & abd_stems(c))


def _spelling_classes(q: str, c: str, lq: int, lc: int, best: float, p: Params) -> float:
    """Spellings that edit distance rates too far apart: language endings, letter groups for
    one sound, and a word written backwards ("nitup", an evasion)."""
    if (
        lq >= 4
        and lc >= 4
        and ((q[-1] in "iyj" and c[-1] in "iyj") or (lq != lc and "s" in (q[-1], c[-1])))
    ):
        best = _ending_sim(q, c, best, p)
    if (
        best < p.respell_sim
        and min(lq, lc) >= 3
        and -3 <= lq - lc <= 3
        and respelled(q) == respelled(c)
    ):
        # (three-letter names too: "ali" / "alee" / "aly", "nur" / "noor", "abu" / "aboo")
        best = p.respell_sim
    if best < p.respell_sim and lq >= MIN_LENGTH and lc >= MIN_LENGTH and same_slavic_name(q, c):
        # one Russian name in German, French and English romanisation ("witaliewitsch" /
        # "vitalievich", "pogrebenkoff" / "pogrebenkov"): a spelling class, as above
        best = p.respell_sim
    if best < p.wade_giles_sim and lq >= 4 and c in split_readings(q):
        # a Wade-Giles given name written as one word against its pinyin ("hsiaohung" /
        # "xiaohong"): as the two syllables written apart would score ("hsiao hung")
        best = p.wade_giles_sim
    if lq == lc >= 5 and best < p.reversed_sim and q == c[::-1]:
        best = p.reversed_sim
    if q[:3] == "abd" and c[:3] == "abd" and best < p.respell_sim and _abd_same(q, c):
        return p.syn_sim  # "abd-ul-rezak" / "abderrezak": the article written another way
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


#: first letters of two different words that one Russian name (:mod:`russian`: V/W, I/J/Y, the
#: letters that start SH, CH, ZH, TS, Z, S; KH/H; OU/U) or a Wade-Giles word and its pinyin
#: (CH/ZH/J/Q, HS/X, TS/Z/C, T/D, K/G, P/B, J/R) may start with: :func:`_surely_unlike` asks the
#: two romanisation tests only of such pairs
_ROMANISED_FIRST = frozenset(
    a + b
    for group in (
        "fvw",
        "ijy",
        "cdstz",
        "hk",
        "ou",
        "cjqz",
        "hx",
        "cst",
        "dt",
        "gk",
        "bp",
        "jr",
    )
    for a in group
    for b in group
    if a != b
)


def _surely_unlike(q: str, c: str, sq: str, rq: str, abjad: bool) -> bool:
    """True when :func:`_latin_sim` of two different non-empty words is 0 for sure (``sq``,
    ``rq``: the skeleton and :func:`respelled` form of ``q``): each of its ways to a similarity
    above 0 needs one of these to hold -- the same first letter (an initial, a prefix, a
    gendered form, a Baltic ending), a known spelling (checked by the callers before), one
    word the other written backwards, two Slavic adjective endings, the same skeleton (or,
    unvowelled, skeletons one edit apart), the same respelling, or an edit distance within
    :func:`edit_budget`. Most pairs of words from two names meet none of them, and this test
    is several times cheaper than the similarity."""
    lq, lc = len(q), len(c)
    if q[0] == c[0] or (lq == lc and q == c[::-1]):  # (no reversed copy of most words)
        return False
    if (lq == 1 or lc == 1) and q[0] + c[0] in _V_W:
        return False  # (an initial V for a W name, or the reverse)
    if lq >= 6 and lc >= 6 and q[-1] in "iyj" and c[-1] in "iyj":
        return False
    sc = skeleton(c)
    if sc == sq:
        return False
    if q[0] + c[0] in _ROMANISED_FIRST and (
        (lq >= MIN_LENGTH and lc >= MIN_LENGTH and same_slavic_name(q, c))
        or (lq >= 4 and c in split_readings(q))
    ):
        return False
    if -3 <= lq - lc <= 3:
        if lq >= 3 and lc >= 3 and respelled(c) == rq:
            return False
        if OSA.distance(q, c, score_cutoff=3) <= edit_budget(lq if lq > lc else lc):
            return False
    return not (abjad and len(sq) >= 3 and sc and OSA.distance(sq, sc, score_cutoff=1) <= 1)


def _latin_sim(q: str, c: str, origin: int, p: Params) -> float:
    if q == c:
        return 1.0
    if len(q) >= 4 and len(c) >= 4 and other_syllables(q, c):
        # one Chinese character per pinyin syllable: "yong" and "dong" are different
        # characters (as the Han-script rule in token_sim says), not one name misspelt
        # (shorter ones are as often other languages' names: "jan" / "jen", "tin" / "tun")
        return 0.0
    if c in wade_giles_pairs(q):
        # one Wade-Giles syllable that is no pinyin syllable against its pinyin ("chiu" /
        # "qiu", "hsiao" / "xiao"; "chang" / "zhang" are both pinyin and stay apart)
        return p.wade_giles_sim
    if q and c and _surely_unlike(q, c, skeleton(q), respelled(q), origin == ORIGIN_ABJAD):
        return 0.0
    if len(q) >= 7 and len(c) >= 7 and _theophoric_stems_differ(q, c, origin, p):
        return 0.0
    if _gendered(q, c):
        return p.gendered_sim
    lq, lc = len(q), len(c)
    if lq == 1 or lc == 1:
        return p.initial_sim if q[0] == c[0] or q[0] + c[0] in _V_W else 0.0
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
            if d == 1 and longest >= 6 and best < p.slip_sim and typing_slip(q, c, lq, lc):
                best = p.slip_sim
    sq, sc = skeleton(q), skeleton(c)
    if sq == sc and sq:
        if origin == ORIGIN_ABJAD and len(sq) >= 2:
            # an unvowelled word's consonants can be voweled one way, not any way: "kanw" is
            # not "kiyawani" (more vowels than consonants + 1 is another name)
            if _vowels(q) <= len(sq) + 1 and _vowels(c) <= len(sq) + 1:
                best = max(best, p.skel_sim + 0.05)
        elif -2 <= lq - lc <= 2 or origin == ORIGIN_ABJAD:
            # (Latin letters: the same consonants in words of about one length; "multitude"
            # and "mellat" share "mlt" and nothing else)
            if len(sq) >= 3 and q[0] == c[0]:
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


_NO_SPELLINGS: frozenset[str] = frozenset()


@lru_cache(maxsize=20_000)
def name_spellings(q: str) -> frozenset[str]:
    """The recorded spellings of ``q`` (:func:`names_table.variants`) that count as the same
    name: not another pinyin syllable (:func:`wade_giles.other_syllables`)."""
    got = variants(q)
    if not got:
        return _NO_SPELLINGS
    # (same_name: readings of one Chinese character that start otherwise are other names)
    if pinyin_syllable(q):
        return frozenset(v for v in got if not other_syllables(q, v) and same_name(q, v))
    return frozenset(v for v in got if same_name(q, v))


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
    syn_sim, skel_sim, prefix_sim, slip_sim = p.syn_sim, p.skel_sim, p.prefix_sim, p.slip_sim
    # same_name(q, c) for a-z words: c is one of q's recorded spellings
    spellings = name_spellings(q) if lq >= 4 else _NO_SPELLINGS
    rq = respelled(q)
    # (_theophoric_stems_differ is False at once unless q has an Abd- or -ullah part)
    theo = lq >= 7 and bool(_THEO_PREFIX.search(q) or _THEO_SUFFIX.search(q))
    article = q in _ARABIC_ARTICLE
    pyq = lq >= 4 and pinyin_syllable(q)
    # a Wade-Giles syllable's pinyin readings, or, for a pinyin query syllable, the list's
    # Wade-Giles syllables that read as it (_wade_giles_for, either way round)
    wgq = wade_giles_pairs(q)
    wg_sim = p.wade_giles_sim
    business = business_short_forms(q)
    shorts = paired_forms(q)
    short_sim = p.short_form_sim
    out: list[float] = []
    add = out.append
    for c in cands:
        if c == q:
            add(1.0)
            continue
        if business is not None and c in business:
            add(p.abbrev_sim)
            continue
        if c in shorts:
            add(short_sim)
            continue
        if not c or not (c.isascii() and c.isalpha()):
            add(token_sim(q, c, origin, p))
            continue
        lc = len(c)
        if article and c in _ARABIC_ARTICLE:
            add(syn_sim)
            continue
        if lc >= 4 and c in spellings:
            add(syn_sim)
            continue
        if c in wgq:
            add(wg_sim)
            continue
        if _surely_unlike(q, c, sq, rq, abjad) or (pyq and lc >= 4 and other_syllables(q, c)):
            add(0.0)
            continue
        # _latin_sim
        if theo and lc >= 7 and _theophoric_stems_differ(q, c, origin, p):
            add(0.0)
            continue
        if lq == lc and _gendered(q, c):
            add(p.gendered_sim)
            continue
        if lq == 1 or lc == 1:
            add(p.initial_sim if q0 == c[0] or q0 + c[0] in _V_W else 0.0)
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
                if d == 1 and longest >= 6 and best < slip_sim and typing_slip(q, c, lq, lc):
                    best = slip_sim
        sc = skeleton(c)
        if sq == sc and sq:
            if abjad and lsq >= 2:
                if vq <= lsq + 1 and _vowels(c) <= lsq + 1:
                    best = max(best, skel_sim + 0.05)
            elif -2 <= lq - lc <= 2 or abjad:
                if lsq >= 3 and q0 == c[0]:
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


@dataclass
class Side:
    """Tokens of one name ready for alignment: texts, categories, weights, origin."""

    texts: Sequence[str]
    cats: Sequence[int]
    weights: Sequence[float]
    origin: int = ORIGIN_LATIN
    ids: Sequence[int] | None = None  # vocabulary ids (candidate side), for memoised sims
    # (query side, worked out once per query by _fused: its fused spans (size, start, joined
    # form, Wade-Giles readings) and its words of five letters or more by first letter)
    spans: list[tuple[int, int, str, frozenset[str]]] | None = None
    by_first: dict[str, list[int]] | None = None


@dataclass(frozen=True, slots=True)
class Effect:
    """What one rule of :mod:`rules` did to a pair's score, and why.

    ``op`` says how ``value`` applies: ``"query_share<="`` and ``"list_share<="`` lower the
    share of an unmatched query / list word's weight that counts, ``"shares="`` sets both,
    ``"list_share*"`` scales the list share, ``"cost+"`` adds to the denominator, ``"score*"``
    scales the raw score and ``"score<="`` caps it. ``reason`` is the phrase a reviewer reads
    (empty when the alignment already shows it: the unmatched words of a conflict)."""

    rule: str
    op: str
    value: float
    reason: str = ""


@dataclass
class PairResult:
    raw: float
    aligned: list[tuple[str, str, float]]
    unmatched_query: list[str]
    unmatched_candidate: list[str]
    notes: list[str]
    effects: list[Effect] = field(default_factory=list)
    #: the raw score before the score rules capped or scaled it: among matches that a cap
    #: leaves at one score, the closer name comes first
    before_caps: float = 0.0


class Alignment:
    """Which words of a query and a list name were paired, and at what similarity (the input
    of every rule). ``spans`` are ``(query start, query words, list start, list words)``;
    ``earned`` is the summed earned weight of the paired query words; ``folded`` holds the
    ``(i, j)`` pairs that are romanised Korean syllables spelled another way."""

    __slots__ = (
        "query",
        "cand",
        "person",
        "p",
        "q_used",
        "c_used",
        "q_sim",
        "c_sim",
        "spans",
        "aligned",
        "earned",
        "folded",
    )

    def __init__(
        self,
        query: Side,
        cand: Side,
        person: bool,
        p: Params,
        q_used: list[bool],
        c_used: list[bool],
        q_sim: list[float],
        c_sim: list[float],
        spans: list[tuple[int, int, int, int]],
        aligned: list[tuple[str, str, float]],
        earned: float,
        folded: set[tuple[int, int]],
    ) -> None:
        self.query = query
        self.cand = cand
        self.person = person
        self.p = p
        self.q_used = q_used
        self.c_used = c_used
        self.q_sim = q_sim
        self.c_sim = c_sim
        self.spans = spans
        self.aligned = aligned
        self.earned = earned
        self.folded = folded


_COST_MODELS: dict[int, tuple[Params, CostModel]] = {}


def cost_model(p: Params) -> CostModel:
    """The (shared) cost model of one parameter set."""
    got = _COST_MODELS.get(id(p))
    if got is None or got[0] is not p:
        if len(_COST_MODELS) > 64:
            _COST_MODELS.clear()
        got = _COST_MODELS[id(p)] = (p, CostModel(p))
    return got[1]


SimFn = Callable[[int, int], float]


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


def fused_sim(q: str, c: str, origin: int, p: Params) -> float:
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


#: a query word this long or longer may stand for two or three adjacent list words written
#: together: three letters, for short syllables joined ("IL U" typed "ILU", "RI SU" "RISU")
FUSED_TARGET_MIN = 3
#: a list word this long or longer may be typed as two or three adjacent query words ("RE ZA"
#: for "REZA", "XI ZI" for "XIZI"); a four-letter one only when the pieces spell it (a
#: similarity of FUSED_SHORT_FLOOR or more: a known spelling), longer ones at 0.8
FUSED_WORD_MIN = 4
FUSED_SHORT_FLOOR = 0.95


def _fused(query: Side, cand: Side, p: Params) -> list[tuple[float, int, int, int, int]]:
    """Two or three adjacent words on one side against one word on the other ("JSC ARGUMENT"
    ~ "JSCARGUMENT", "van der bilt" ~ "vanderbilt", "plat ono vich" ~ "platonovich"). A fused form
    and the word it stands for start with the same letter (outside Chinese characters): the check
    keeps long names from comparing every pair of words."""
    out: list[tuple[float, int, int, int, int]] = []
    # (as lists: their items are read directly, a sequence's through a generic call)
    qt_all, ct_all = list(query.texts), list(cand.texts)
    m, n = len(qt_all), len(ct_all)
    # names in Chinese characters: "山田" ~ "yamada", "正恩" ~ "jong un" (lengths say nothing)
    han = query.origin == ORIGIN_HAN
    # a given name in Wade-Giles syllables against its pinyin, written as one word ("tse tung"
    # ~ "zedong"), either way round
    wade_giles = query.origin != ORIGIN_HAN and cand.origin != ORIGIN_HAN
    # words of five letters or more by first letter: a fused form meets only those
    c_by: dict[str, list[int]] = {}
    for j, ct in enumerate(ct_all):
        if len(ct) >= FUSED_WORD_MIN:
            c_by.setdefault(ct[0], []).append(j)
    q_by = query.by_first
    spans = query.spans
    if q_by is None or spans is None:
        q_by = {}
        for i, qt in enumerate(qt_all):
            if len(qt) >= FUSED_TARGET_MIN:
                q_by.setdefault(qt[0], []).append(i)
        spans = [
            (size, i, "".join(qt_all[i : i + size]), joined_readings(qt_all[i : i + size]))
            for size in (2, 3)
            for i in range(m - size + 1)
        ]
        query.by_first, query.spans = q_by, spans
    # two adjacent query words whose letters are two adjacent list words' with the space
    # typed one letter early or late ("ILY ABALAKAEV" / "ILYA BALAKAEV")
    c_pairs = {ct_all[j] + ct_all[j + 1]: j for j in range(n - 1)} if m > 1 and n > 1 else {}
    for size in (2, 3):
        for sz, i, joined, q_wg in spans:
            if sz != size:
                continue
            if size == 2 and c_pairs:
                j2 = c_pairs.get(joined)
                if j2 is not None and qt_all[i] != ct_all[j2]:
                    out.append((p.respell_sim + 0.001, i, 2, j2, 2))
            if han and not joined.isascii():
                near: list[int] = list(range(n))  # (a list: iterated directly below)
            else:
                # (the list as the dictionary holds it, iterated directly; none: no word)
                by = c_by.get(joined[0])
                near = (
                    [j for j in by if abs(len(ct_all[j]) - len(joined)) <= 2]
                    if by is not None
                    else []
                )
            for j in near:
                s = fused_sim(joined, ct_all[j], query.origin, p)
                if s >= (0.8 if len(ct_all[j]) > FUSED_WORD_MIN else FUSED_SHORT_FLOOR):
                    out.append((s + 0.001, i, size, j, 1))
            wg = q_wg if wade_giles else _NO_READINGS
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
                by = q_by.get(joined[0])
                near = (
                    [i for i in by if abs(len(qt_all[i]) - len(joined)) <= 2]
                    if by is not None
                    else []
                )
            for i in near:
                s = fused_sim(qt_all[i], joined, query.origin, p)
                if s >= 0.8:
                    out.append((s + 0.001, i, 1, j, size))
            # (joined_readings is empty unless the first word is a Wade-Giles syllable: asked
            # here first, before a slice and a call per pair of list words)
            wg = (
                joined_readings(ct_all[j : j + size])
                if wade_giles and pinyin_readings(ct_all[j])
                else _NO_READINGS
            )
            if wg:
                for i in range(m):
                    qt = qt_all[i]
                    if qt in wg and qt != joined:
                        out.append((p.wade_giles_sim + 0.001, i, 1, j, size))
    return out


_NO_READINGS: frozenset[str] = frozenset()


#: surnames that mark a name written in romanised Korean syllables (McCune-Reischauer, Revised
#: Romanisation and the common spellings between them)
#: Korean surnames whose romanisations the letter rules below do not fold together: North
#: Korean RI and South Korean LEE / YI, PAK / PARK, CHOE / CHOI, O / OH, AN / AHN ...
_KO_SURNAME_GROUPS = (
    ("ri", "li", "lee", "yi", "i", "rhee", "rhie", "ree"),
    ("pak", "park", "bak", "bahk"),
    ("choe", "choi", "chwe"),
    ("o", "oh"),
    ("an", "ahn"),
    ("so", "suh", "seo"),
    ("ko", "koh"),
    ("paek", "paik", "baek"),
    ("rim", "lim", "im"),
    ("ro", "roh", "no", "noh"),
    ("ryang", "yang"),
)
KOREAN_SURNAMES_LATIN = frozenset(
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
    # the North and South Korean spellings korean_fold reads as one surname
    + [w for g in _KO_SURNAME_GROUPS for w in g]
    + ["yoo", "ryoo", "woo"]
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
        and (_korean_surname(texts[0]) or _korean_surname(texts[-1]))
    )


def is_korean_surname(text: str) -> bool:
    """A Korean surname as a list writes it, or another romanisation of one (the test
    :func:`korean_shaped` reads a name's ends with)."""
    return _korean_surname(text)


def _korean_surname(text: str) -> bool:
    """A Korean surname as a list writes it, or another romanisation of one ("gim" / "kim",
    "joe" / "choe", "bak" / "pak")."""
    return text in KOREAN_SURNAMES_LATIN or korean_fold(text) in _korean_surname_folds()


@lru_cache(maxsize=1)
def _korean_surname_folds() -> frozenset[str]:
    return frozenset(korean_fold(w) for w in KOREAN_SURNAMES_LATIN)


_KO_SURNAME_FOLD = {w: g[0] for g in _KO_SURNAME_GROUPS for w in g}
_KO_SURNAME_SPELLINGS = {w: g for g in _KO_SURNAME_GROUPS for w in g}


@lru_cache(maxsize=4_096)
def korean_fold(syllable: str) -> str:
    """One romanised Korean syllable with its romanisation choices folded away: ch/j, k/g, t/d,
    p/b, l/r initials, eo/o/u and yeo/yo/yu vowels ("chol" / "jol" / "cheol", "u" / "o"), and
    a surname's North and South Korean spellings ("ri" / "lee", "pak" / "park")."""
    out = _KO_SURNAME_FOLD.get(syllable, syllable)
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
    ("u", "oo"),
    ("oo", "u"),
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
    out.update(_KO_SURNAME_SPELLINGS.get(syllable, ()))
    fold = korean_fold(syllable)
    return frozenset(w for w in out if w != syllable and korean_fold(w) == fold)


def _translated(q: str, c: str) -> bool:
    """``c`` is ``q`` in another language (a generic company word, ``data/generic_words.txt``)
    or its business short form."""
    forms = business_short_forms(q)
    return forms is not None and c in forms


def align_words(query: Side, cand: Side, sim: SimFn, p: Params, person: bool) -> Alignment:
    """Pair the query's words with the list name's words, order-insensitively: greedy on the
    best pairs, where two or three adjacent words may also pair with one fused word ("JSC
    ARGUMENT" ~ "JSCARGUMENT"), a query word with the initials of adjacent list words ("PLA"),
    an abbreviation with its word ("intl" ~ "international", companies), and a romanised
    Korean syllable with another romanisation of it (for review). What the pairs are worth
    is for the rules of :mod:`rules`."""
    # (the sides' words, categories and weights as lists here: read item by item below, a
    # list's items are read directly, a sequence's through a generic call)
    q_texts, c_texts = list(query.texts), list(cand.texts)
    q_cats, c_cats = list(query.cats), list(cand.cats)
    q_weights = list(query.weights)
    m, n = len(q_texts), len(c_texts)
    pairs: list[tuple[float, int, int, int, int]] = []  # sim, qi, qlen, cj, clen
    # (an abbreviation keeps its word's first and last letters: only such words are tested)
    ends = [(t[:1], t[-1:]) for t in c_texts]
    for i in range(m):
        qt = q_texts[i]
        q_ends = (qt[:1], qt[-1:])
        for j in range(n):
            s = sim(i, j)
            if s > 0:
                pairs.append((s, i, 1, j, 1))
            elif (
                not person
                and ends[j] == q_ends
                and q_cats[i] == WORD
                and c_cats[j] == WORD
                and (is_abbreviation(qt, c_texts[j]) or is_abbreviation(c_texts[j], qt))
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
                if had is None or had < p.korean_fold_sim:
                    # (a lower spelling similarity, "gim" / "kim" 0.7, is lifted to the fold's)
                    pairs.append((p.korean_fold_sim, i, 1, j, 1))
                if had is None or had <= p.korean_fold_sim:
                    folded.add((i, j))
    q_used = [False] * m
    c_used = [False] * n
    q_sim = [0.0] * m
    c_sim = [0.0] * n
    spans: list[tuple[int, int, int, int]] = []
    aligned: list[tuple[str, str, float]] = []
    got = 0.0

    earned = cost_model(p).earned

    def take(cands: list[tuple[float, int, int, int, int]]) -> float:
        gained = 0.0
        # best similarity first, then fewer words, then as found: the order of a stable sort
        # by (-similarity, words), without a key function called once per pair
        order = sorted([(-t[0], t[2] + t[4], k) for k, t in enumerate(cands)])
        # words not paired yet on each side: a pair takes at least one of each, so none is
        # taken once either side has none left (the pairs after that are all skipped)
        q_left, c_left = m, n
        for _, _, k in order:
            s, i, ql, j, cl = cands[k]
            if q_left == 0 or c_left == 0:
                break
            if (q_used[i] if ql == 1 else any(q_used[i : i + ql])) or (
                c_used[j] if cl == 1 else any(c_used[j : j + cl])
            ):
                continue
            qcat = q_cats[i]
            ccat = c_cats[j]
            if (
                (qcat == LEGAL) != (ccat == LEGAL)
                and s < 1.0
                and ql == cl
                and not (ql == 1 and _translated(q_texts[i], c_texts[j]))
            ):
                # a legal form only aligns with a legal form, its exact word, or that word in
                # another language ("Company" / "COMPANIA", "Enterprise" / "EMPRESA")
                continue
            if (
                (qcat == INITIAL or ccat == INITIAL)
                and not person
                and s < 1.0
                and NUMBER not in (qcat, ccat)  # ("SET I" / "SET 1": a roman numeral)
            ):
                continue
            s = min(1.0, s)
            for k in range(i, i + ql):
                q_used[k] = True
                q_sim[k] = s
            for k in range(j, j + cl):
                c_used[k] = True
                c_sim[k] = s
            q_left -= ql
            c_left -= cl
            spans.append((i, ql, j, cl))
            # a near-miss word counts for less than its similarity (costs.CostModel.earned)
            # (one word: its weight and text as they are, what the sum and the join give)
            w = q_weights[i] if ql == 1 else sum(q_weights[i : i + ql])
            gained += earned(s) * w
            aligned.append(
                (
                    q_texts[i] if ql == 1 else " ".join(q_texts[i : i + ql]),
                    c_texts[j] if cl == 1 else " ".join(c_texts[j : j + cl]),
                    round(s, 3),
                )
            )
        return gained

    # fused tokens and acronyms compete with the single-token pairs in the same greedy pass
    pairs.extend(_fused(query, cand, p))
    # (only the query's word as the acronym: a list name that is an acronym, "MML", "FRD",
    # would match everyone with those initials)
    pairs.extend(_acronyms(query, cand, True, p, person))
    got += take(pairs)
    return Alignment(
        query, cand, person, p, q_used, c_used, q_sim, c_sim, spans, aligned, got, folded
    )


def _aligned_pair(q: str, c: str, s: float) -> str:
    if s >= 0.999:
        return f"{q}={c}"
    if is_han(q[0]) or is_han(c[0]):
        return f"{q}~{c} (a reading of the Chinese characters)"
    if c in joined_readings(q.split()) or q in joined_readings(c.split()):
        return f"{q}~{c} (Wade-Giles and pinyin spellings of one Chinese name)"
    if " " not in q and " " not in c:
        short = short_form_reason(q, c)
        if short is not None:
            return f"{q}~{c} ({short})"
        if same_name(q, c) and not other_syllables(q, c):
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
