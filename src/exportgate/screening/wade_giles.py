"""Wade-Giles syllables read as Hanyu Pinyin ("Mao Tse-tung" is "Mao Zedong", "Chiang" is
"Jiang").

Older lists, Taiwanese names and many passports write Mandarin in Wade-Giles, lists of the PRC's
people and companies in pinyin. The rules below follow the standard Wade-Giles to pinyin
correspondence (Library of Congress, "Pinyin conversion project: romanization guidelines",
2000, conversion table). Lists drop Wade-Giles' apostrophes and umlauts, so the aspirated and
plain initials (``ch'`` / ``ch``, ``t'`` / ``t`` ...) fall together and a syllable gives every
pinyin syllable it may stand for: ``tung`` -> ``dong``, ``tong``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import product
from typing import Final

# initials, longest first, and the pinyin initials each may stand for
_INITIALS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ch", ("zh", "ch", "j", "q")),
    ("hs", ("x",)),
    ("sh", ("sh",)),
    ("ts", ("z", "c")),
    ("tz", ("z", "c")),
    ("k", ("g", "k")),
    ("p", ("b", "p")),
    ("t", ("d", "t")),
    ("j", ("r",)),
    ("m", ("m",)),
    ("f", ("f",)),
    ("n", ("n",)),
    ("l", ("l",)),
    ("h", ("h",)),
    ("s", ("s",)),
    ("y", ("y",)),
    ("w", ("w",)),
    ("", ("",)),
)
# finals and their pinyin spellings
_FINALS: dict[str, tuple[str, ...]] = {
    "a": ("a",),
    "ai": ("ai",),
    "an": ("an",),
    "ang": ("ang",),
    "ao": ("ao",),
    "e": ("e",),
    "eh": ("e",),
    "ei": ("ei",),
    "en": ("en",),
    "eng": ("eng",),
    "erh": ("er",),
    "i": ("i",),
    "ia": ("ia",),
    "iang": ("iang",),
    "iao": ("iao",),
    "ieh": ("ie",),
    "ien": ("ian",),
    "in": ("in",),
    "ing": ("ing",),
    "iu": ("iu",),
    "iung": ("iong",),
    "ih": ("i",),
    "o": ("o", "e"),
    "ou": ("ou",),
    "u": ("u",),
    "ua": ("ua",),
    "uai": ("uai",),
    "uan": ("uan",),
    "uang": ("uang",),
    "ui": ("ui",),
    "un": ("un",),
    "ung": ("ong",),
    "uo": ("uo",),
    "ueh": ("ue",),
    "uei": ("ui",),
    "uen": ("un",),
}
# whole syllables spelled apart from the rules above
_SPECIAL: dict[str, tuple[str, ...]] = {
    "ssu": ("si",),
    "szu": ("si",),
    "tzu": ("zi", "ci"),
    "tsu": ("zu", "cu"),
    "yu": ("you", "yu"),
    "yung": ("yong",),
    "yen": ("yan",),
    "yeh": ("ye",),
    "yuan": ("yuan",),
    "yueh": ("yue",),
    "yun": ("yun",),
    "erh": ("er",),
    "shih": ("shi",),
    "chih": ("zhi", "chi"),
    "jih": ("ri",),
    "tse": ("ze", "ce"),
    "che": ("zhe", "che"),
    "she": ("she",),
    "je": ("re",),
}


#: the one empty answer (a memo of 20,000 empty sets would be 20,000 objects the garbage
#: collector walks in every full collection)
_NONE: frozenset[str] = frozenset()


#: the longest syllable :func:`pinyin_readings` reads (and the longest pinyin syllable)
_MAX_SYLLABLE = 6


#: :func:`pinyin_readings`'s memo (every list word, see NameIndex.warm_word_memos, and
#: queries'): a plain dictionary emptied when full, cheaper to consult than
#: ``functools.lru_cache`` (the scorer asks it of most words it compares)
PINYIN_MEMO: Final[dict[str, frozenset[str]]] = {}
_PINYIN_MAX: Final = 100_000


def pinyin_readings(syllable: str) -> frozenset[str]:
    """The pinyin syllables a Wade-Giles ``syllable`` (lower case, no apostrophe) may stand
    for, the syllable itself excluded; empty when it is no Wade-Giles syllable. Memoised
    (:data:`PINYIN_MEMO`)."""
    got = PINYIN_MEMO.get(syllable)
    if got is None:
        if len(PINYIN_MEMO) >= _PINYIN_MAX:
            PINYIN_MEMO.clear()
        got = PINYIN_MEMO[syllable] = _pinyin_readings(syllable)
    return got


def _pinyin_readings(syllable: str) -> frozenset[str]:
    if not 1 <= len(syllable) <= _MAX_SYLLABLE or not syllable.isalpha():
        return _NONE
    out: set[str] = set(_SPECIAL.get(syllable, ()))
    for initial, pinyin_initials in _INITIALS:
        if syllable.startswith(initial):
            finals = _FINALS.get(syllable[len(initial) :])
            if finals:
                out.update(i + f for i, f in product(pinyin_initials, finals))
            break
    out.discard(syllable)
    return frozenset(out) if out else _NONE


@lru_cache(maxsize=1)
def _wade_giles_only() -> dict[str, frozenset[str]]:
    """pinyin syllable -> the Wade-Giles syllables that read as it and are no pinyin syllable
    themselves ("qiu" -> "chiu", "ch'iu" without its apostrophe)."""
    out: dict[str, set[str]] = {}
    words = set(_SPECIAL) | {i + f for i, _ in _INITIALS for f in _FINALS}
    for wg in words:
        if pinyin_syllable(wg):
            continue
        for py in pinyin_readings(wg):
            out.setdefault(py, set()).add(wg)
    return {py: frozenset(wgs) for py, wgs in out.items()}


def wade_giles_pairs(word: str) -> frozenset[str]:
    """The words one Wade-Giles syllable that is no pinyin and its pinyin reading pair with:
    for such a syllable its readings ("chiu" -> "qiu", "jiu" ...), for a pinyin syllable the
    Wade-Giles syllables (no pinyin themselves) that read as it ("qiu" -> "chiu")."""
    if not 3 <= len(word) <= 6:
        return _NONE
    if pinyin_syllable(word):
        return _wade_giles_only().get(word, _NONE)
    return pinyin_readings(word)


def joined_readings(syllables: Sequence[str]) -> frozenset[str]:
    """Pinyin readings of a name written in Wade-Giles syllables ("tse", "tung"; "su", "chou")
    as one word, as pinyin joins them ("zedong", "cetong" ...; "suzhou"); empty unless every
    syllable is a Wade-Giles or pinyin syllable and one at least reads another way (a syllable
    spelled alike in both, "su", "li", "sheng", stays itself: "Su-chou" is Suzhou, "Hsiao-li"
    Xiaoli, "Kuan-sheng" Guansheng).

    Most names fail on their first syllable, which is checked before anything is built or
    memoised (the scorer asks this of every pair of adjacent words it aligns)."""
    if len(syllables) < 2 or not _part_readings(syllables[0]):
        return _NONE
    return _joined(tuple(syllables))


@lru_cache(maxsize=4_096)
def _joined(syllables: tuple[str, ...], limit: int = 64) -> frozenset[str]:
    options = []
    size = 1
    other = False
    for s in syllables:
        got = _part_readings(s)
        if not got:
            return _NONE
        other = other or got != {s}
        size *= len(got)
        if size > limit:
            return _NONE
        options.append(sorted(got))
    if not other:
        return _NONE  # (pinyin syllables written apart: the plain fused form)
    return frozenset("".join(parts) for parts in product(*options))


_PY_INITIALS = (
    *"bpmfdtnlgkhjqxrzcs",
    "zh",
    "ch",
    "sh",
)
_PY_FINALS = [
    "a",
    "o",
    "e",
    "ai",
    "ei",
    "ao",
    "ou",
    "an",
    "en",
    "ang",
    "eng",
    "ong",
    "er",
    "i",
    "ia",
    "ie",
    "iao",
    "iu",
    "ian",
    "in",
    "iang",
    "ing",
    "iong",
    "u",
    "ua",
    "uo",
    "uai",
    "ui",
    "uan",
    "un",
    "uang",
    "ue",
]
#: pinyin spells y- and w- syllables with these finals only ("wong", "yeung" are Cantonese)
_PY_Y = ("a", "ao", "an", "ang", "e", "i", "in", "ing", "o", "ong", "ou", "u", "uan", "ue", "un")
_PY_W = ("a", "ai", "an", "ang", "ei", "en", "eng", "o", "u")


_SYLLABLES: list[frozenset[str]] = []  # (the set below, once worked out)


def _pinyin_syllables() -> frozenset[str]:
    """Every Hanyu Pinyin syllable (worked out on first use; a module-level list, not
    ``functools.lru_cache``: every word the scorer compares asks for it)."""
    if not _SYLLABLES:
        _SYLLABLES.append(_make_pinyin_syllables())
    return _SYLLABLES[0]


def _make_pinyin_syllables() -> frozenset[str]:
    # j, q, x take the i- finals and u (for ü) only; the retroflex, dental and velar
    # initials no i- final but -i itself
    out = {
        i + f
        for i in _PY_INITIALS
        for f in _PY_FINALS
        if (
            (f[0] == "i" or f in ("u", "uan", "un", "ue"))
            if i in ("j", "q", "x")
            else (i in "bpmdtnl" or f[0] != "i" or f == "i")
        )
    }
    out.update(_PY_FINALS)
    out.update("y" + f for f in _PY_Y)
    out.update("w" + f for f in _PY_W)
    return frozenset(out)


def pinyin_syllable(word: str) -> bool:
    """``word`` is spelled as one Hanyu Pinyin syllable ("zhou", "chao", "yong", "dong")."""
    return word in _pinyin_syllables()


def other_syllables(a: str, b: str) -> bool:
    """Two different pinyin syllables that are not one syllable's Wade-Giles and pinyin
    spellings: in pinyin each stands for other characters ("zhou" / "chao", "yong" /
    "dong"), whatever name tables that group every romanisation of a surname say."""
    return (
        a != b
        and pinyin_syllable(a)
        and pinyin_syllable(b)
        and b not in pinyin_readings(a)
        and a not in pinyin_readings(b)
    )


#: :func:`_part_readings`'s memo, emptied when full
_PART_MEMO: Final[dict[str, frozenset[str]]] = {}


def _part_readings(part: str) -> frozenset[str]:
    """The pinyin a syllable may be read as: its readings, and itself if it is pinyin."""
    got = _PART_MEMO.get(part)
    if got is None:
        if len(_PART_MEMO) >= _PINYIN_MAX:
            _PART_MEMO.clear()
        got = pinyin_readings(part)
        if pinyin_syllable(part):
            got = got | {part}
        _PART_MEMO[part] = got
    return got


#: :func:`split_readings`' memo (its default ``limit``), emptied when full
_SPLIT_MEMO: Final[dict[str, frozenset[str]]] = {}
_SPLIT_MAX: Final = 20_000


def split_readings(word: str, limit: int = 64) -> frozenset[str]:
    """Pinyin readings of a two-syllable given name written in Wade-Giles as one word, its
    apostrophe dropped ("hsiaohung" -> "xiaohong", "chienshu" -> "jianshu", "wenching" ->
    "wenqing"): every split of ``word`` into two syllables, each a Wade-Giles syllable (or a
    pinyin one), at least one of them read another way; empty when there is none, when
    ``word`` is itself pinyin (one syllable, or two: "xiaoping" is not "hsiao" + "ping", read
    "xiaobing"), or when the readings exceed ``limit``."""
    if limit == 64:
        got = _SPLIT_MEMO.get(word)
        if got is None:
            if len(_SPLIT_MEMO) >= _SPLIT_MAX:
                _SPLIT_MEMO.clear()
            got = _SPLIT_MEMO[word] = _split_readings(word, limit)
        return got
    return _split_readings(word, limit)


def _split_readings(word: str, limit: int) -> frozenset[str]:
    if not 4 <= len(word) <= 12 or not word.isascii() or not word.isalpha():
        return _NONE
    if pinyin_syllable(word):
        return _NONE
    n = len(word)
    # (a syllable, pinyin or Wade-Giles, has six letters at most: only splits into two such
    # pieces can read, and the others are not tried)
    splits = range(max(1, n - _MAX_SYLLABLE), min(n, _MAX_SYLLABLE + 1))
    if any(pinyin_syllable(word[:k]) and pinyin_syllable(word[k:]) for k in splits):
        return _NONE
    out: set[str] = set()
    for k in splits:
        a, b = word[:k], word[k:]
        ra = _part_readings(a)
        if not ra:
            continue
        rb = _part_readings(b)
        if not rb or (ra == {a} and rb == {b}):
            continue
        out.update(x + y for x in ra for y in rb)
        if len(out) > limit:
            return _NONE
    out.discard(word)
    return frozenset(out) if out else _NONE
