"""One spelling key for a Russian name romanised by German, French or English rules.

A Russian name reaches a customer's form through whichever table the writer's language uses:
German (Duden: ``W`` for В, ``S`` for З, ``Z`` for Ц, ``SCH`` for Ш, ``TSCH`` for Ч, ``SCHTSCH`` for Щ, ``J`` for Й and
the Я/Ю/Е glides, ``-OW`` for -ОВ: "Wladislaw Andrejewitsch Dawankow") or French (``OU`` for
У, ``CH`` for Ш, ``TCH`` for Ч, ``IA`` for Я, ``-OFF`` for -ОВ: "Valeri Ivanoffitch
Pogrebenkoff"), where the lists use the English (BGN/PCGN) table ("Vladislav Andreyevich
Davankov", "Valeriy Ivanovich Pogrebenkov"). :func:`slavic_key` writes every one of these letter
groups one way, so that two spellings of one Russian name get one key.

The key is a spelling class, not evidence: two words with one key count as one name written two
ways (``Params.respell_sim``, below an equal word), never more.
"""

from __future__ import annotations

from typing import Final

#: letter groups of the German, French and English tables, longest first, and the one
#: spelling the key writes for each (Ш, Ч, Щ and Ж all become "S": the tables disagree on which
#: of "ch", "sh", "sch" is which, so the key does not tell them apart)
_GROUPS: tuple[tuple[str, str], ...] = (
    ("schtsch", "S"),
    ("chtch", "S"),
    ("shch", "S"),
    ("tsch", "S"),
    ("dsch", "S"),
    ("dzh", "S"),
    ("sch", "S"),
    ("tch", "S"),
    ("ch", "S"),
    ("sh", "S"),
    ("zh", "S"),
    # З is "z" in English and French, "s" in German; Ц "ts" in English, "z" in German
    ("ts", "s"),
    ("tz", "s"),
    ("z", "s"),
    ("kh", "h"),
    ("ou", "u"),
    ("ff", "v"),
    ("w", "v"),
    ("j", "i"),
    ("y", "i"),
)

#: shortest word the key is given for (shorter words are Chinese, Korean or Arabic syllables
#: as often as Russian names)
MIN_LENGTH = 5


#: :func:`slavic_key`'s memo (every list word, see NameIndex.warm_word_memos, and queries'):
#: a plain dictionary emptied when full, cheaper to consult than ``functools.lru_cache``
SLAVIC_KEY_MEMO: Final[dict[str, str]] = {}
_SLAVIC_KEY_MAX: Final = 100_000


def slavic_key(word: str) -> str:
    """The word's letters with the Russian romanisation groups written one way and doubled
    letters once ("witaliewitsch", "vitalievich" -> "vitalieviS"; "pogrebenkoff",
    "pogrebenkov" -> "pogrebenkov"); "" for a word under :data:`MIN_LENGTH` letters or not
    of the letters a-z. Memoised (:data:`SLAVIC_KEY_MEMO`)."""
    got = SLAVIC_KEY_MEMO.get(word)
    if got is None:
        if len(SLAVIC_KEY_MEMO) >= _SLAVIC_KEY_MAX:
            SLAVIC_KEY_MEMO.clear()
        got = SLAVIC_KEY_MEMO[word] = _slavic_key(word)
    return got


def _slavic_key(word: str) -> str:
    if len(word) < MIN_LENGTH or not word.isascii() or not word.isalpha():
        return ""
    return _once(_grouped(word))


def _grouped(word: str) -> str:
    for a, b in _GROUPS:
        if a in word:
            word = word.replace(a, b)
    return word


def _once(word: str) -> str:
    out = [word[0]]
    for ch in word[1:]:
        if ch != out[-1]:
            out.append(ch)
    return "".join(out)


def same_slavic_name(q: str, c: str) -> bool:
    """Two different words that are one Russian name in two romanisations: one key, and at
    least one of them written with a romanisation group (words that differ in doubled letters
    alone are not this rule's: "abdulllah" / "abdulah")."""
    k = slavic_key(q)
    return (
        bool(k)
        and q != c
        and k == slavic_key(c)
        and (bool(respelled_slavic_key(q)) or bool(respelled_slavic_key(c)))
    )


def respelled_slavic_key(word: str) -> str:
    """:func:`slavic_key` of a word that has one of the romanisation groups ("" otherwise): what
    the name index looks up for a query word (a word that differs from a list word only in
    doubled letters is found by its deletion keys already)."""
    key = slavic_key(word)
    return key if key and key != _once(word) else ""
