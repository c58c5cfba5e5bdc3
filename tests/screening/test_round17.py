"""Issue 17, round 17 (screenacc17): names of the customer's own beside a list name of two
common names, where the name is a Ukrainian patronymic with the glide й before "-ovych"
("Vasylyovych", "Mykolaiovych") or a Persian family-name suffix written as a word of its own
("Amiri Nejad", "Hosseini Zadeh"). Made-up list names only."""

from __future__ import annotations

import pytest

from exportgate.screening.entities import Entity
from exportgate.screening.rules import _common_or_patronymic
from exportgate.screening.scoring import DEFAULT_PARAMS as P
from exportgate.screening.screener import ListScreener

REVIEW = P.review_threshold


@pytest.mark.parametrize(
    "word",
    [
        "vasylyovych",  # Vasyl + й + ovych, й written y
        "vasyliovych",  # й written i (KMU 2010)
        "mykolaiovych",  # Mykola
        "mykolayovych",
        "vasylovych",  # the official form, read before
        "nejad",
        "nezhad",
        "zadeh",
        "pour",
        "faisal",  # the diphthong ay written "ai" (Faysal)
        "elsheikh",  # the article joined to a common name
        "alhassan",
        "abdelgadir",  # "g" for qaf (Abdulqadir)
    ],
)
def test_patronymic_with_glide_and_persian_suffix_are_names_of_ones_own(word: str) -> None:
    assert _common_or_patronymic(word)


@pytest.mark.parametrize("word", ["zxqwyovych", "brzlkiovych", "limited", "nejadx"])
def test_other_words_are_not(word: str) -> None:
    assert not _common_or_patronymic(word)


@pytest.fixture(scope="module")
def screener() -> ListScreener:
    names = ["SHEVCHUK, Andrey", "KARIMI, Mehdi", "HAMDAN, Khalid"]
    return ListScreener(
        [Entity(list="made_up", list_id=str(k), kind="person", name=n) for k, n in enumerate(names)]
    )


def _top(screener: ListScreener, query: str) -> float:
    ms = screener.screen(query, kind="person")
    return ms[0].score if ms else 0.0


@pytest.mark.parametrize(
    "query",
    [
        "Andriy Vasylyovych Shevchuk",  # a patronymic the list name lacks
        "Andriy Mykolaiovych Shevchuk",
        "Mehdi Karimi Nejad",  # the family Kariminejad, not Karimi
        "Mehdi Karimi Zadeh",
        "Khalid Hamdan Khalid",  # named after his grandfather: an Arabic naming chain
        "Khalid Hamdan Abdelgadir",
        "Khalid Hamdan Elsheikh",
    ],
)
def test_two_common_names_and_a_name_of_ones_own_not_alone_a_match(
    screener: ListScreener, query: str
) -> None:
    assert _top(screener, query) < REVIEW


@pytest.mark.parametrize(
    "query",
    [
        "Andriy Shevchuk",
        "SHEVCHUK, Andrey",
        "Mehdi Karimi",
        "KARIMI Mehdi",
        "Khalid Khalid Hamdan",  # a word typed twice: the list name still
    ],
)
def test_the_list_name_itself_still_a_review(screener: ListScreener, query: str) -> None:
    assert _top(screener, query) >= REVIEW


@pytest.mark.parametrize(
    ("listed", "query"),
    [
        ("KESTRAVO MARINE GROUP", "KESTRAVO MARINE HOLDINGS"),
        ("MIRELUND DORVA HOLDINGS CORP.", "MIRELUND DORVA GROUP CORP."),
        ("TORVASH INVESTMENT GROUP LTD.", "TORVASH INVESTMENT HOLDING LTD."),
    ],
)
def test_group_and_holding_one_for_the_other(listed: str, query: str) -> None:
    screener = ListScreener([Entity(list="made_up", list_id="1", kind="organization", name=listed)])
    ms = screener.screen(query)
    assert ms and ms[0].score >= REVIEW


@pytest.mark.parametrize(
    ("listed", "query"),
    [
        ("KESTRAVO GROUP", "KESTRAVO TRADING"),  # another generic word: another company
        ("KESTRAVO GROUP", "KESTRAVO HOLDINGS"),  # one word and a group word: many groups
        ("MIRELUND HOLDING COMPANY", "Mirelund Group"),
        ("KESTRAVO GROUP", "VELDANOR HOLDINGS"),  # another name: no match
    ],
)
def test_group_is_not_any_generic_word(listed: str, query: str) -> None:
    screener = ListScreener([Entity(list="made_up", list_id="1", kind="organization", name=listed)])
    ms = screener.screen(query)
    assert not ms or ms[0].score < REVIEW
