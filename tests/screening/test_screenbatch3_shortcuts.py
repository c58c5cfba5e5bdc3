"""screenbatch3's exact shortcuts give what the plain code gave (issue 17, speed): the national
legal forms' patterns searched once before their substitutions, and ``cut_list_words``
leaving a word untouched where it cannot start with the cut word. Made-up names."""

from __future__ import annotations

import pytest

from exportgate.screening import abbreviations
from exportgate.screening.cut_short import cut_list_words

NAMES = [
    "acme trading ltd",
    "acme trading ltd.",
    "volga shipping comp. limited",
    "joint stock comp kraftway",
    "joint stock comp",
    "sherkat-e sahami khas pars",
    "anhui youxian gongsi",
    "minh phat cong ty tnhh",
    "mirae jusik hoesa",
    "kobe kabushiki kaisha",
    "gulf star w.l.l.",
    "grupo sapi de cv",
    "nile delta sociedad anonima de capital variable",
    "aktsionernoye obshestvo sokol",
    "otvetstvennostju kama",
    "sai krishna pvt. ltd.",
    "sai krishna private limited company",
    "sai krishna private limited",
    "star pte., ltd",
    "yesil vadi limited sirketi",
    "yesil vadi ltd. sti.",
    "desert fzc",
    "ural js co.",
    "liability kompaniya orion",
    "acme gongsi",
    "acme cy",
    "maria gonzalez ortega",
    "l l bean",
    "acme comp ltd",
]


def _plain(latin: str) -> str:
    """:func:`abbreviations.national_forms` without the one search before the substitutions."""
    if not any(h in latin for h in abbreviations._NATIONAL_HINTS) and not latin.rstrip().endswith(
        abbreviations._COMPANY_ENDINGS
    ):
        return latin
    for pattern, repl in abbreviations._NATIONAL_FORMS:
        latin = pattern.sub(repl, latin)
    return latin


@pytest.mark.parametrize("name", NAMES)
def test_national_forms_as_each_substitution_in_turn(name: str) -> None:
    assert abbreviations.national_forms(name) == _plain(name)


def test_national_forms_still_rewrite() -> None:
    assert abbreviations.national_forms("sai krishna pvt. ltd.") == "sai krishna pte ltd"
    assert abbreviations.national_forms("kobe kabushiki kaisha") == "kobe kk"
    assert abbreviations.national_forms("acme trading ltd") == "acme trading ltd"


def _plain_cut(name: str, query_last: str) -> str | None:
    """:func:`cut_short.cut_list_words` joining every word's letters and digits."""
    if len(query_last) < 3:
        return None
    words = name.split()
    for j, w in enumerate(words[1:], start=1):
        low = "".join(ch for ch in w.lower() if ch.isalnum())
        if low.startswith(query_last) and len(low) > len(query_last):
            return " ".join([*words[:j], w[: len(query_last)]])
    return None


@pytest.mark.parametrize(
    ("name", "last"),
    [
        ("LLC SOVREMENNYE TECHNOLOGII", "sovremenn"),
        ("VASHKEVICH, Vladimir Vladimirovich", "vladimirov"),
        ("ACME (INTERNATIONAL) TRADING", "internat"),
        ("ACME 'INTERNATIONAL' TRADING", "internat"),
        ("ACME INTER-NATIONAL", "internat"),
        ("ACME INTERNAT", "internat"),
        ("ACME İSTANBUL", "ista"),
        ("ACME TRADING", "zzz"),
        ("ACME", "acm"),
        ("A B", "ab"),
    ],
)
def test_cut_list_words_as_plain(name: str, last: str) -> None:
    assert cut_list_words(name, last) == _plain_cut(name, last)


@pytest.mark.parametrize("name", NAMES)
def test_each_national_pattern_only_where_its_strings_are(name: str) -> None:
    """Every pattern that matches a text (as it stands when the pattern's turn comes) finds
    one of its strings in it, so the test before it never skips a substitution."""
    latin = name
    for (pattern, repl), needs in abbreviations._NATIONAL_RUNS:
        if pattern.search(latin) is not None:
            assert any(need in latin for need in needs), (pattern.pattern, latin)
        latin = pattern.sub(repl, latin)
