"""Slips of the hand: how a word typed one key wrong differs from the word meant.

A customer typing their own name drops a letter, doubles one, swaps two, or hits a key next to
the right one. These are the only one-letter edits :mod:`scoring` reads as the same word typed
with a slip (other one-letter edits in short words are as often another word), and the ones
:mod:`legal_forms` reads a short legal form through ("LTDD", "LDT", "LCC" for LTD, LLC).
"""

from __future__ import annotations

#: keys next to each other on a QWERTY keyboard, across a row and to the rows above and below
_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _key_neighbours() -> dict[str, frozenset[str]]:
    pos = {ch: (r, k) for r, row in enumerate(_KEY_ROWS) for k, ch in enumerate(row)}
    out: dict[str, frozenset[str]] = {}
    for ch, (r, k) in pos.items():
        near = set()
        for other, (r2, k2) in pos.items():
            # (rows are offset by about half a key: the row below's k-1 and k are neighbours)
            if other != ch and (
                (r2 == r and abs(k2 - k) == 1)
                or (r2 == r + 1 and k2 in (k - 1, k))
                or (r2 == r - 1 and k2 in (k, k + 1))
            ):
                near.add(other)
        out[ch] = frozenset(near)
    return out


KEY_NEIGHBOURS = _key_neighbours()


def typing_slip(q: str, c: str, lq: int, lc: int) -> bool:
    """``q`` as typed and ``c`` as meant, one edit apart (``OSA`` distance 1), where the edit
    is a slip of the hand: a letter dropped inside the word ("modabr" / "modaber"), a letter
    added inside it beside the same letter or a key next to it ("kredoo", "corpo"), two
    letters swapped, a key next to the right one on a QWERTY keyboard ("alroaa" /
    "alrosa", "compek" / "compel"), or a doubled letter typed on its neighbour instead ("lcc" /
    "llc", "assalam" / "asallam"). A letter more or less at the end is another form of a
    word ("eagle" / "eagles", "impuls" / "impulse"), unless it doubles the last."""
    if lq != lc:
        long_, short = (q, c) if lq > lc else (c, q)
        k = next((k for k in range(len(short)) if long_[k] != short[k]), len(short))
        if abs(lq - lc) != 1 or long_[k + 1 :] != short[k:]:
            return True  # (not one letter more or less: the caller's distance decides)
        extra = long_[k]
        if k == len(short):
            return extra == short[-1]
        if lq < lc:
            return True  # a letter dropped inside the word
        near = KEY_NEIGHBOURS.get(extra, frozenset())
        return any(0 <= j < lq and (q[j] == extra or q[j] in near) for j in (k - 1, k + 1))
    for k in range(lq):
        if q[k] != c[k]:
            if k + 1 < lq and q[k + 1] != c[k + 1]:
                return True  # (distance 1 with two letters differing: a swap)
            if _doubled_beside(q, k) and _doubled_beside(c, k):
                return True  # the doubling typed on the next letter ("lcc" / "llc")
            return c[k] in KEY_NEIGHBOURS.get(q[k], ())
    return False


def _doubled_beside(word: str, k: int) -> bool:
    """``word[k]`` doubles the letter before or after it."""
    return (k > 0 and word[k - 1] == word[k]) or (k + 1 < len(word) and word[k + 1] == word[k])
