"""The letter words of a text (runs of two or more letters), shared by the parts that read the
same text: the concept counts, the foreign-ask part and the learned part's features each read
the words of the normalised last turn, and the last few texts' words are kept so that the text
is split once. The returned list is shared: callers must not change it."""

from __future__ import annotations

import re

WORD = re.compile(r"[^\W\d_]{2,}")
_KEEP = 4
_recent: tuple[tuple[str, list[str]], ...] = ()


def letter_words(text: str) -> list[str]:
    """``WORD.findall(text)``, split once for the last few texts (the same text, the same list)."""
    global _recent
    for seen, words in _recent:
        if seen is text or seen == text:
            return words
    words = WORD.findall(text)
    _recent = (*_recent[1 - _KEEP :], (text, words))
    return words


__all__ = ["WORD", "letter_words"]
