"""Short forms and nicknames of given names (``sasha`` / ``aleksandr``, ``mohd`` / ``muhammad``,
``bob`` / ``robert``, ``pepe`` / ``jose``), from the hand-written table
``data/short_forms.txt`` (its sources: ``data/NAMES_SOURCES.md``), and a given name's English
form (``nicholas`` / ``nikolay``, ``eugene`` / ``yevgeniy``, ``joseph`` / ``yusuf``) from
``data/name_equivalents.txt``, paired the same way.

A short form pairs with the full spellings of its line and the reverse; two short forms of one
name ("sasha" / "alex"), or two full names, are not paired here (full spellings of one name are
the name table's, :mod:`exportgate.screening.names_table`).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from exportgate.screening.names_table import same_name
from exportgate.screening.wade_giles import other_syllables

_NONE: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def short_form_table() -> dict[str, frozenset[str]]:
    """Each word of the table -> the words it pairs with (loaded once per process)."""
    path = resources.files("exportgate.screening").joinpath("data/short_forms.txt")
    pairs: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        full_part, short_part = line.split("|")
        fulls = full_part.split()
        shorts = short_part.split()
        for s in shorts:
            pairs.setdefault(s, set()).update(fulls)
        for f in fulls:
            pairs.setdefault(f, set()).update(shorts)
    return {w: frozenset(v) for w, v in pairs.items()}


@lru_cache(maxsize=1)
def equivalent_table() -> dict[str, frozenset[str]]:
    """Each word of ``data/name_equivalents.txt`` -> the words it pairs with: a given name's
    English form and the name in other languages ("nicholas" / "nikolay"), both ways."""
    path = resources.files("exportgate.screening").joinpath("data/name_equivalents.txt")
    pairs: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        english_part, other_part = line.split("|")
        english, other = english_part.split(), other_part.split()
        for e in english:
            pairs.setdefault(e, set()).update(o for o in other if o != e)
        for o in other:
            pairs.setdefault(o, set()).update(e for e in english if e != o)
    return {w: frozenset(v) for w, v in pairs.items() if v}


#: each English form -> the forms in other languages it is the English form of
_ENGLISH_OF: dict[str, frozenset[str]] = equivalent_table()


#: the pinyin of family names among the hundred commonest (the same 2020 National Name Report)
#: that are a spelling of one of the thirty in the table too: "Tan" (谭) is Chen's Hokkien,
#: "Lei" (雷) a spelling of Li, "Cheng" (程) Zheng's Wade-Giles, "Chang" (常) Zhang's; written
#: so, each first names its own family, and is not paired
_OTHER_PINYIN_FAMILIES = frozenset({"tan", "lei", "cheng", "chang"})
#: the pinyin of family names of the Hundred Family Surnames (百家姓) that are a Wade-Giles or
#: Cantonese spelling of one of the thirty: "Chu" (褚, Zhu's Wade-Giles), "Teng" (滕, Deng's),
#: "Tong" (童, Tang's Cantonese), "Chao" (晁, Zhao's), "Lao" (劳, Liu's): two pinyin
#: syllables, two characters (scoring's other_syllables)
_CLASSIC_PINYIN_FAMILIES = frozenset({"chu", "teng", "tong", "chao", "lao"})


def _recorded(a: str, b: str) -> bool:
    """Two spellings scoring.token_sim already reads as one recorded name (0.95: "wong" /
    "wang"), which a pair here would lower to a short form's 0.93."""
    return min(len(a), len(b)) >= 4 and same_name(a, b) and not other_syllables(a, b)


@lru_cache(maxsize=1)
def chinese_family_spellings() -> dict[str, frozenset[str]]:
    """Each Wade-Giles, Cantonese or Hokkien spelling of one of the commonest Chinese family
    names (``data/common_surnames_east_asian.txt``'s ``zh`` lines: "chan", "lau", "kwok",
    "hsieh", "tsao") -> its Hanyu Pinyin spelling ("chen", "liu", "guo", "xie", "cao"), and
    each pinyin spelling -> those spellings. The names of Hong Kong, Macau, Taiwan and the
    Chinese diaspora are written so on passports and in bank records; the lists of the PRC's
    people write the pinyin of the same character. A spelling that is itself the pinyin of
    another of the commonest names ("tang" is Deng's Cantonese and Tang's pinyin, "wu" Hu's
    Cantonese and Wu's pinyin, "tan" Chen's Hokkien and Tan's pinyin:
    :data:`_OTHER_PINYIN_FAMILIES`) names that family first and is left out; so is one the
    table gives a Korean family name too ("Lim" 임, "Ko" 고, "Cho" 조, "Hwang" 황, "Lee" 이):
    the name may be Korean, its given name romanised another way. A spelling of two letters
    ("Ng", "Ho", "Lo") is left out too: two letters are as often an acronym's or initials'
    ("S N.G B. AO")."""
    path = resources.files("exportgate.screening").joinpath("data/common_surnames_east_asian.txt")
    lines = [
        line.split()[1:]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("zh ")
    ]
    korean = {
        n
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("ko ")
        for n in line.split()[1:]
    }
    pinyin = {names[0] for names in lines} | _OTHER_PINYIN_FAMILIES | korean
    pinyin |= _CLASSIC_PINYIN_FAMILIES
    pairs: dict[str, set[str]] = {}
    for py, *others in lines:
        for o in others:
            if o in pinyin or o == py or len(o) < 3 or _recorded(o, py):
                continue
            pairs.setdefault(o, set()).add(py)
            pairs.setdefault(py, set()).add(o)
    return {w: frozenset(v) for w, v in pairs.items()}


_FAMILY_SPELLINGS: dict[str, frozenset[str]] = chinese_family_spellings()


@lru_cache(maxsize=1)
def postal_place_spellings() -> dict[str, frozenset[str]]:
    """Each Chinese place name in the Postal Map Romanization (``data/postal_places.txt``:
    "kwangchow", "tientsin", "szechwan") -> its pinyin ("guangzhou", "tianjin", "sichuan"),
    and each pinyin name -> its postal spellings."""
    path = resources.files("exportgate.screening").joinpath("data/postal_places.txt")
    pairs: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        postal_part, pinyin_part = line.split("|")
        for a in postal_part.split():
            for b in pinyin_part.split():
                if a != b:
                    pairs.setdefault(a, set()).add(b)
                    pairs.setdefault(b, set()).add(a)
    return {w: frozenset(v) for w, v in pairs.items()}


_POSTAL_SPELLINGS: dict[str, frozenset[str]] = postal_place_spellings()


@lru_cache(maxsize=1)
def _postal_words() -> frozenset[str]:
    path = resources.files("exportgate.screening").joinpath("data/postal_places.txt")
    return frozenset(
        w
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
        for w in line.split("|")[0].split()
    )


def _is_postal(word: str) -> bool:
    return word in _postal_words()


def _merged() -> dict[str, frozenset[str]]:
    shorts = short_form_table()
    out = {w: set(v) for w, v in shorts.items()}
    for table in (_ENGLISH_OF, _FAMILY_SPELLINGS, _POSTAL_SPELLINGS):
        for w, v in table.items():
            out.setdefault(w, set()).update(v)
    return {w: frozenset(v) for w, v in out.items()}


#: the tables, read when the module is imported (at start-up, not on a customer's first query)
_PAIRED: dict[str, frozenset[str]] = _merged()


def paired_forms(word: str) -> frozenset[str]:
    """The full names ``word`` is a short form of, or the short forms of the full name ``word``
    (empty for a word the table does not hold)."""
    return _PAIRED.get(word, _NONE)


@lru_cache(maxsize=1)
def _fulls_of() -> dict[str, frozenset[str]]:
    """Each short form -> the full names it is a short form of."""
    path = resources.files("exportgate.screening").joinpath("data/short_forms.txt")
    out: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            full_part, short_part = line.split("|")
            for s in short_part.split():
                out.setdefault(s, set()).update(full_part.split())
    return {w: frozenset(v) for w, v in out.items()}


_FULLS_OF: dict[str, frozenset[str]] = _fulls_of()


def short_form_reason(q: str, c: str) -> str | None:
    """Why the query word ``q`` and the list word ``c`` are one given name (None if the table
    does not pair them): "sasha is a short form of aleksandr"."""
    if c not in paired_forms(q):
        return None
    if c in _POSTAL_SPELLINGS.get(q, _NONE):
        postal, pinyin = (c, q) if _is_postal(c) else (q, c)
        return f"{postal} is the postal romanisation of the Chinese place name {pinyin}"
    if c in _FAMILY_SPELLINGS.get(q, _NONE):
        pinyin, other = (q, c) if _is_pinyin(q) else (c, q)
        return (
            f"{other} is the Wade-Giles or Cantonese spelling of the Chinese family name {pinyin}"
        )
    if c in _ENGLISH_OF.get(q, _NONE) and c not in short_form_table().get(q, _NONE):
        english, other = (q, c) if _is_english(q) else (c, q)
        return f"{english} is the English form of {other}"
    if c in _FULLS_OF.get(q, _NONE):
        return f"{q} is a short form of {c}"
    return f"{c} is a short form of {q}"


@lru_cache(maxsize=1)
def _english_forms() -> frozenset[str]:
    path = resources.files("exportgate.screening").joinpath("data/name_equivalents.txt")
    out: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.update(line.split("|")[0].split())
    return frozenset(out)


def _is_pinyin(word: str) -> bool:
    """``word`` is the pinyin spelling (a line's first) of one of the commonest Chinese family
    names."""
    return word in _pinyin_families()


@lru_cache(maxsize=1)
def _pinyin_families() -> frozenset[str]:
    path = resources.files("exportgate.screening").joinpath("data/common_surnames_east_asian.txt")
    return frozenset(
        line.split()[1]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("zh ")
    )


def _is_english(word: str) -> bool:
    return word in _english_forms()
