"""Person-name synonyms across scripts and spellings, from the table built by
:mod:`exportgate.screening.build_names` out of rigour's name data.

Two uses:

* :func:`replace_known_words` turns a word written in another script into the Latin spelling
  of the same name (``Путин`` -> ``putin``, ``ウラジーミル`` -> ``vladimir``, ``普京`` ->
  ``putin``) before generic transliteration, which would give ``urajimiru`` / ``pu jing``.
  Scripts written without spaces (Chinese, Japanese, Thai, Khmer, Burmese) are segmented by
  the longest known name at each position.
* :func:`same_name` says whether two Latin tokens are spellings of the same name
  (``wladimir`` / ``vladimir``, ``poetin`` / ``putin``); :func:`variants` lists the spellings.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from functools import lru_cache
from importlib import resources

from rapidfuzz.distance import Indel

from exportgate.screening.scripts import (
    han_pinyin,
    han_table,
    is_han,
    korean_variants,
    latinize,
)

_MAX_SEGMENT = 8
#: scripts written without spaces between names: Han, kana, Thai, Lao, Khmer, Myanmar
_NO_SPACE_RANGES = (
    (0x3040, 0x30FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0x0E00, 0x0EFF),
    (0x1780, 0x17FF),
    (0x1000, 0x109F),
)


class NameTable:
    """Forms -> group ids, and group ids -> their Latin forms."""

    def __init__(self, lines: list[str]) -> None:
        self.by_form: dict[str, list[int]] = {}
        self.latin: list[tuple[str, ...]] = []
        #: groups of a name written in Chinese characters (its readings in several languages)
        self.han: set[int] = set()
        by_form = self.by_form
        for gid, line in enumerate(lines):
            forms = line.split("|")
            self.latin.append(tuple(f for f in forms if f.isascii()))
            if any(f and is_han(f[0]) for f in forms):
                self.han.add(gid)
            for f in forms:
                got = by_form.get(f)
                if got is None:
                    by_form[f] = [gid]
                else:
                    got.append(gid)


_TABLE: list[NameTable] = []  # (the table, once loaded)


def table() -> NameTable:
    """The shipped table (loaded once per process, ~0.2 s; a module-level list, not
    ``functools.lru_cache``: the scorer asks for it for every pair of words it compares)."""
    if not _TABLE:
        _TABLE.append(_load_table())
    return _TABLE[0]


def _load_table() -> NameTable:
    path = resources.files("exportgate.screening").joinpath("data/name_groups.txt.gz")
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    return NameTable([ln for ln in text.splitlines() if ln and not ln.startswith("#")])


@lru_cache(maxsize=20_000)
def same_name(a: str, b: str) -> bool:
    """True when two different Latin tokens are recorded spellings of one name."""
    t = table()
    ga = t.by_form.get(a)
    if not ga:
        return False
    gb = t.by_form.get(b)
    if not gb:
        return False
    shared = set(ga).intersection(gb)
    return bool(shared) and (not shared <= t.han or _alike_initials(a, b))


#: first letters that romanisations of one Chinese character's reading share: "huang" /
#: "wong" / "hwang", "kim" / "gim" / "jin", "zhang" / "chang" / "tsang", "lee" / "yi" / "ri",
#: Wade-Giles against pinyin ("hsiao" / "xiao", "jen" / "ren")
_INITIAL_CLASSES = ("hw", "hx", "kgcqj", "jzctsx", "jr", "lyri", "pbf", "td", "fh", "vwb")


def _alike_initials(a: str, b: str) -> bool:
    """Two Latin readings of one Chinese character's name that start alike: the same first
    letter, or letters :data:`_INITIAL_CLASSES` puts together. Readings that start otherwise
    ("hoang" / "chung", "minh" / "bing": a Vietnamese reading against another language's,
    grouped through one character among several) are other names a customer writes, not
    spellings of the list's."""
    return a[0] == b[0] or any(a[0] in cls and b[0] in cls for cls in _INITIAL_CLASSES)


@lru_cache(maxsize=100_000)
def variants(token: str) -> tuple[str, ...]:
    """Other Latin spellings of ``token`` recorded in the table (may be empty); for a name in
    Chinese characters, its readings (:func:`han_readings`)."""
    if token and is_han(token[0]):
        return tuple(sorted(han_readings(token)))
    return _table_variants(token)


def _table_variants(token: str) -> tuple[str, ...]:
    t = table()
    out: set[str] = set()
    for g in t.by_form.get(token, ()):
        out.update(t.latin[g])
    out.discard(token)
    return tuple(sorted(out))


# --------------------------------------------------------------------------------------------
# names written in Chinese characters: read three ways


def _hangul_forms(seg: str) -> list[str]:
    """Korean readings of ``seg`` (Hanja read in Hangul), from the table, per character when
    the whole segment has none."""
    t = han_table()
    got = t.get(seg, "").partition("\t")[2].split()
    if got or len(seg) == 1:
        return got
    per_char = [t.get(c, "").partition("\t")[2].split() for c in seg]
    if all(per_char):
        return ["".join(x[0] for x in per_char)]
    return []


@lru_cache(maxsize=50_000)
def han_readings(seg: str) -> frozenset[str]:
    """Latin readings of a segment of Chinese characters, three ways: Mandarin pinyin (ICU),
    Korean (its Hangul reading romanised, with the common spellings of each syllable) and the
    Latin spellings rigour's name groups record for it (Japanese, Korean and Chinese names)."""
    out: set[str] = set()
    pinyin = "".join(ch for ch in han_pinyin(seg) if ch.isalnum())
    if pinyin.isascii() and pinyin:
        out.add(pinyin)
    out.update(han_table().get(seg, "").partition("\t")[0].split())
    if len(seg) > 1:  # a single character's recorded names are unrelated ones (林: hayashi)
        out.update(_table_variants(seg))
    for hg in _hangul_forms(seg):
        sylls = [x for x in latinize(hg)[0].split() if x]
        if len(sylls) == 1:
            out.update(korean_variants(sylls[0]))
        elif sylls:
            out.add("".join(sylls))  # Revised Romanisation, and McCune-Reischauer-like vowels
            out.add("".join(x.replace("eo", "o").replace("eu", "u") for x in sylls))
    return frozenset(out)


#: languages a reading of Chinese characters comes from (:func:`han_reading_langs`)
HAN_MANDARIN = 1
HAN_KOREAN = 2
HAN_ANY = 7  # a spelling the name groups record: Japanese, or any of them


@lru_cache(maxsize=100_000)
def han_reading_langs(seg: str, latin: str) -> int:
    """Which readings of ``seg`` give ``latin``: a bit mask of :data:`HAN_MANDARIN`,
    :data:`HAN_KOREAN`, or :data:`HAN_ANY` for a spelling recorded in the name groups (0: none).
    A name is read in one language: "Zhao" (Mandarin) with "Gang" (Korean 강) is no reading of
    强赵."""
    if latin in han_table().get(seg, "").partition("\t")[0].split() or (
        len(seg) > 1 and latin in _table_variants(seg)
    ):
        return HAN_ANY
    mask = 0
    if latin == "".join(ch for ch in han_pinyin(seg) if ch.isalnum()):
        mask |= HAN_MANDARIN
    for hg in _hangul_forms(seg):
        sylls = [x for x in latinize(hg)[0].split() if x]
        if (len(sylls) == 1 and latin in korean_variants(sylls[0])) or latin in (
            "".join(sylls),
            "".join(x.replace("eo", "o").replace("eu", "u") for x in sylls),
        ):
            mask |= HAN_KOREAN
    return mask


def _no_space(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _NO_SPACE_RANGES)


def _best_latin(groups: list[int], reading: str) -> str | None:
    """The Latin spelling that stands for ``groups``: the one shared by most of them, then the
    one closest to the generic transliteration ``reading``."""
    t = table()
    count: dict[str, int] = {}
    for g in groups:
        for f in t.latin[g]:
            count[f] = count.get(f, 0) + 1
    if not count:
        return None
    return max(sorted(count), key=lambda f: (count[f], Indel.normalized_similarity(f, reading)))


def _reading(word: str) -> str:
    return "".join(ch for ch in latinize(word)[0] if ch.isalnum())


def _segment(word: str) -> list[str]:
    """Split a word of a no-space script at the longest known names; unknown runs stay.

    One character alone is never taken for a name: a single Chinese character is the reading
    of dozens of names (``林`` is Lin, Hayashi, Rim ...).
    """
    t = table()
    out: list[str] = []
    pending = ""
    i = 0
    while i < len(word):
        for size in range(min(_MAX_SEGMENT, len(word) - i), 0, -1):
            piece = word[i : i + size]
            if size > 1 and piece in t.by_form:
                break
        else:
            pending += word[i]
            i += 1
            continue
        if pending:
            out.append(pending)
            pending = ""
        out.append(piece)
        i += size
    if pending:
        out.append(pending)
    return out


#: first parts of a name that custom writes joined to the next ("عبدالله", "ابوبكر")
_JOINED_BY_CUSTOM = frozenset({"عبد", "ابو", "أبو", "ابن", "بن", "بو", "ام", "أم"})
_JOINED_START = ("عبد", "ابو", "أبو")
_ARABIC_WORD = re.compile(r"^[\u0621-\u064a\u0671-\u06d3\u064b-\u0652]+$")


def _joined_arabic(key: str) -> tuple[str, str] | None:
    """Two names in Arabic script typed without the space between them ("يوسفالمداني" for
    "يوسف المداني", "جمالعكاشة"): the split where both parts are known names (the second may
    start with the article "ال"), the longer first part first, else a known name of four
    letters or more and four letters or more after it; None where there is none (a word the
    table does not know stays as written)."""
    forms = table().by_form
    for k in range(len(key) - 3, 2, -1):
        head, tail = key[:k], key[k:]
        if head in _JOINED_BY_CUSTOM or head.startswith(_JOINED_START):
            continue
        if head in forms and (tail in forms or (tail.startswith("ال") and len(tail) >= 4)):
            return head, tail
    # (or a known name of four letters or more, then a word of four or more the table lacks)
    if key.startswith(_JOINED_START):
        return None
    for k in range(len(key) - 4, 3, -1):
        if key[:k] in forms and not key[:k].endswith("ال"):
            return key[:k], key[k:]
    return None


@lru_cache(maxsize=50_000)
def _replace_word(word: str) -> str:
    t = table()
    key = unicodedata.normalize("NFKC", word).casefold()
    if any(is_han(c) for c in key):
        return word  # read three ways at comparison time (see han_readings)
    groups = t.by_form.get(key)
    if groups and len(key) > 1:
        return _best_latin(groups, _reading(key)) or word
    if not any(_no_space(c) for c in key):
        split = _joined_arabic(key) if len(key) >= 6 and _ARABIC_WORD.match(key) else None
        return f"{_replace_word(split[0])} {_replace_word(split[1])}" if split else word
    parts = []
    for piece in _segment(key):
        g = t.by_form.get(piece) if len(piece) > 1 else None
        rep = _best_latin(g, _reading(piece)) if g else None
        parts.append(rep if rep else piece)
    return " ".join(parts)


def replace_known_words(text: str) -> str:
    """``text`` with every non-Latin word that is a known name replaced by its Latin spelling."""
    if text.isascii():
        return text
    out = []
    word = []
    for ch in text + " ":
        if ch.isalpha() or unicodedata.category(ch).startswith("M"):
            word.append(ch)
            continue
        if word:
            w = "".join(word)
            out.append(w if w.isascii() or all(ord(c) < 0x250 for c in w) else _replace_word(w))
            word = []
        out.append(" " if ch in "\u00b7\u30fb\u30a0\uff1d=" else ch)
    return "".join(out)[:-1]
