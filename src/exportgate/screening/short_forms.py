"""Short forms and nicknames of given names (``sasha`` / ``aleksandr``, ``mohd`` / ``muhammad``,
``bob`` / ``robert``, ``pepe`` / ``jose``), from the hand-written table
``data/short_forms.txt`` (its sources: ``data/NAMES_SOURCES.md``).

A short form pairs with the full spellings of its line and the reverse; two short forms of one
name ("sasha" / "alex"), or two full names, are not paired here (full spellings of one name are
the name table's, :mod:`exportgate.screening.names_table`).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

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


#: the table, read when the module is imported (at start-up, not on a customer's first query)
_PAIRED: dict[str, frozenset[str]] = short_form_table()


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
    if c in _FULLS_OF.get(q, _NONE):
        return f"{q} is a short form of {c}"
    return f"{c} is a short form of {q}"
