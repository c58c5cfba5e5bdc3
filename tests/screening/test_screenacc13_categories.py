"""Issue 17, the eighth independent set's generic_word_translated misses as a category
(screenacc13): a generic company word written in Korean, Persian, Arabic or Russian where the
list writes it in English ("MUYOK" / "TRADING", "HAEUN" / "SHIPPING", "BAZARGANI" /
"COMMERCIAL", "SANATI" / "INDUSTRIAL", "AL-DUWALIYA" / "INTERNATIONAL", "SARRAFA" /
"EXCHANGE"). Made-up names only."""

from __future__ import annotations

import pytest

from exportgate.screening.abbreviations import business_short_forms
from exportgate.screening.entities import Entity
from exportgate.screening.scoring import DEFAULT_PARAMS as P
from exportgate.screening.screener import ListScreener

REVIEW = P.review_threshold


@pytest.fixture(scope="module")
def made_up() -> ListScreener:
    names = [
        "ZELVORAK TRADING CORPORATION",
        "KORVELLIN SHIPPING COMPANY",
        "DRAVOSTEN COMMERCIAL CO.",
        "MERVANDI INDUSTRIAL COMPANY",
        "QALVERIN INTERNATIONAL PIPELINE FZE",
        "AL-TORVANI EXCHANGE AND MONEY TRANSFER COMPANY",
    ]
    ents = [
        Entity(list="made_up", list_id=str(i), kind="organization", name=n)
        for i, n in enumerate(names, 1)
    ]
    return ListScreener(ents)


@pytest.mark.parametrize(
    ("word", "english"),
    [
        ("muyok", "trading"),
        ("muyeok", "trade"),
        ("haeun", "shipping"),
        ("kongop", "industrial"),
        ("bazargani", "commercial"),
        ("sanati", "industrial"),
        ("duwaliya", "international"),
        ("dawliya", "international"),
        ("sarrafa", "exchange"),
        ("kommercheskiy", "commercial"),
    ],
)
def test_the_word_pairs_with_its_english_meaning_both_ways(word: str, english: str) -> None:
    assert english in (business_short_forms(word) or ())
    assert word in (business_short_forms(english) or ())


@pytest.mark.parametrize(
    ("query", "list_id"),
    [
        ("Zelvorak Muyok Corporation", "1"),
        ("KORVELLIN HAEUN COMPANY", "2"),
        ("DRAVOSTEN BAZARGANI CO.", "3"),
        ("Mervandi Sanati Company", "4"),
        ("AL-DUWALIYA QALVERIN PIPELINE FZE", "5"),
        ("AL-TORVANI SARRAFA AND MONEY TRANSFER COMPANY", "6"),
    ],
)
def test_a_generic_word_in_another_language_finds_the_english_name(
    made_up: ListScreener, query: str, list_id: str
) -> None:
    got = made_up.screen(query, min_score=0.5)
    assert got and got[0].list_id == list_id and got[0].score >= REVIEW


def test_the_generic_word_alone_is_not_a_match(made_up: ListScreener) -> None:
    # only the generic words of a name in common: never enough
    for query in ("Muyok Corporation", "Haeun Company", "Sanati Company"):
        assert not [m for m in made_up.screen(query, min_score=REVIEW)]


def test_a_given_name_spelt_like_a_generic_word_does_not_match(made_up: ListScreener) -> None:
    # ("Ha-eun", a Korean given name, is the Korean word for shipping spelt together)
    assert not made_up.screen("Kim Haeun", kind="person", min_score=REVIEW)


@pytest.fixture(scope="module")
def made_up_people() -> ListScreener:
    ents = [
        Entity(list="made_up", list_id="1", kind="person", name="QARVELLI, Mohammed Talvan"),
        Entity(list="made_up", list_id="2", kind="person", name="DRESTOVIN, Igor Vladimirovich"),
    ]
    return ListScreener(ents)


@pytest.mark.parametrize(
    ("query", "list_id"),
    [
        ("Mo Talvan QARVELLI", "1"),  # "Mo": Muhammad as English writes it
        ("Garik Vladimirovich DRESTOVIN", "2"),  # "Garik": Igor's familiar form
    ],
)
def test_an_english_or_familiar_short_form_finds_the_given_name(
    made_up_people: ListScreener, query: str, list_id: str
) -> None:
    got = made_up_people.screen(query, kind="person", min_score=0.5)
    assert got and got[0].list_id == list_id and got[0].score >= REVIEW


def test_mo_as_a_surname_alone_is_not_a_match(made_up_people: ListScreener) -> None:
    assert not made_up_people.screen("Mo Yan", kind="person", min_score=REVIEW)
