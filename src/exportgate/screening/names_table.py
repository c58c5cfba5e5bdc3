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
import unicodedata
from functools import lru_cache
from importlib import resources

from rapidfuzz.distance import Indel

_MAX_SEGMENT = 8
#: scripts written without spaces between names: Han, kana, Thai, Lao, Khmer, Myanmar
_NO_SPACE_RANGES = (
    (0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),
    (0x0E00, 0x0EFF), (0x1780, 0x17FF), (0x1000, 0x109F),
)


class NameTable:
    """Forms -> group ids, and group ids -> their Latin forms."""

    def __init__(self, lines: list[str]) -> None:
        self.by_form: dict[str, list[int]] = {}
        self.latin: list[tuple[str, ...]] = []
        by_form = self.by_form
        for gid, line in enumerate(lines):
            forms = line.split("|")
            self.latin.append(tuple(f for f in forms if f.isascii()))
            for f in forms:
                got = by_form.get(f)
                if got is None:
                    by_form[f] = [gid]
                else:
                    got.append(gid)


@lru_cache(maxsize=1)
def table() -> NameTable:
    """The shipped table (loaded once per process, ~0.2 s)."""
    path = resources.files("exportgate.screening").joinpath("data/name_groups.txt.gz")
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    return NameTable([ln for ln in text.splitlines() if ln and not ln.startswith("#")])


@lru_cache(maxsize=200_000)
def same_name(a: str, b: str) -> bool:
    """True when two different Latin tokens are recorded spellings of one name."""
    t = table()
    ga = t.by_form.get(a)
    if not ga:
        return False
    gb = t.by_form.get(b)
    if not gb:
        return False
    return not set(ga).isdisjoint(gb)


@lru_cache(maxsize=100_000)
def variants(token: str) -> tuple[str, ...]:
    """Other Latin spellings of ``token`` recorded in the table (may be empty)."""
    t = table()
    out: set[str] = set()
    for g in t.by_form.get(token, ()):
        out.update(t.latin[g])
    out.discard(token)
    return tuple(sorted(out))


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
    from exportgate.screening.normalize import latinize

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


@lru_cache(maxsize=50_000)
def _replace_word(word: str) -> str:
    t = table()
    key = unicodedata.normalize("NFKC", word).casefold()
    groups = t.by_form.get(key)
    if groups and len(key) > 1:
        return _best_latin(groups, _reading(key)) or word
    if not any(_no_space(c) for c in key):
        return word
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
