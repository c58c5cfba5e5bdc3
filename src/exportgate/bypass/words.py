"""The letter words of a text (runs of two or more letters), shared by the parts that read the
same text: the concept counts, the foreign-ask part and the learned part's features each read
the words of the normalised last turn, and the last few texts' words are kept so that the text
is split once. The returned list is shared: callers must not change it."""

from __future__ import annotations

import re

WORD = re.compile(r"[^\W\d_]{2,}")
# every ASCII character that is not a letter, to a space: on an ASCII text the runs of letters
# ``[^\W\d_]+`` finds (A-Z, a-z) are then the pieces str.split returns (in C, several times
# faster than the regular expression, which asks the Unicode tables about every character)
_NOT_LETTER = {code: " " for code in range(128) if not chr(code).isalpha()}


def letter_runs(text: str) -> list[str]:
    r"""``re.findall(r"[^\W\d_]+", text)``: every run of letters, in order."""
    if text.isascii():
        return text.translate(_NOT_LETTER).split()
    return _RUNS.findall(text)


_RUNS = re.compile(r"[^\W\d_]+")
_KEEP = 4
_recent: tuple[tuple[str, list[str]], ...] = ()


def letter_words(text: str) -> list[str]:
    """``WORD.findall(text)``, split once for the last few texts (the same text, the same list)."""
    global _recent
    for seen, words in _recent:
        if seen is text or seen == text:
            return words
    if text.isascii():  # WORD.findall(text): the runs of two letters or more
        words = [w for w in text.translate(_NOT_LETTER).split() if len(w) > 1]
    else:
        words = WORD.findall(text)
    _recent = (*_recent[1 - _KEEP :], (text, words))
    return words


__all__ = ["WORD", "letter_runs", "letter_words"]
