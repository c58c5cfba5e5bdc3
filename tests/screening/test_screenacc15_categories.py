"""Issue 17, independent9's innocent alerts (screenacc15): the commonest Russian and Ukrainian
given names in the Latin spellings the lists use, one of the commonest Russian family names
typed for another list word, and an initial read together with a common name as one list word.
Made-up list names only."""

from __future__ import annotations

import pytest

from exportgate.screening.common_names import another_very_common_family, is_common
from exportgate.screening.entities import Entity
from exportgate.screening.scoring import DEFAULT_PARAMS as P
from exportgate.screening.screener import ListScreener

REVIEW = P.review_threshold


def _top(screener: ListScreener, query: str) -> float:
    ms = screener.screen(query, kind="person")
    return ms[0].score if ms else 0.0


@pytest.mark.parametrize(
    "word",
    [
        "evgeny",
        "yevgeniy",
        "evgenii",
        "pyotr",
        "fyodor",
        "dmytro",
        "oleksandr",
        "keita",
        "diop",
        "masri",
    ],
)
def test_common_east_slavic_and_west_african_names(word: str) -> None:
    assert is_common(word)


@pytest.mark.parametrize(
    ("typed", "listed", "other"),
    [
        ("volkov", "volgaev", True),
        ("nikolaev", "nikolov", True),
        ("kozlov", "kozlaev", True),
        # the same name in another system or its feminine form
        ("kuznetsova", "kuznetsov", False),
        ("solovyov", "soloviev", False),
        ("fedorov", "fyodorov", False),
        # a family name that is not one of the commonest
        ("zakharchuk", "zakharuk", False),
    ],
)
def test_another_very_common_family(typed: str, listed: str, other: bool) -> None:
    assert another_very_common_family(typed, listed) is other


@pytest.fixture(scope="module")
def screener() -> ListScreener:
    names = [
        "PETROV, Evgenii Tarasovich",
        "Vladimir KOZLAEV",
        "Rahim Slim",
        "KEITA, Moussavir",
        "ORLANDEV, Dmytro Ivanovych",
    ]
    return ListScreener(
        [Entity(list="made_up", list_id=str(k), kind="person", name=n) for k, n in enumerate(names)]
    )


@pytest.mark.parametrize(
    "query",
    [
        "Evgeny Petrov",  # two of the commonest names, the patronymic left out
        "KOZLOV, Vladimir",  # one of the commonest family names, not a slip of KOZLAEV
        "R. Lim",  # an initial and a common name, not "Slim"
        "S. Lim",
        "M. Keita",  # one initial and a family name borne by millions
    ],
)
def test_common_names_not_alone_a_match(screener: ListScreener, query: str) -> None:
    assert _top(screener, query) < REVIEW


@pytest.mark.parametrize(
    "query",
    [
        "Evgeny Tarasovich Petrov",  # the patronymic tells the listed one apart
        "Vladimir Kozlaeev",  # a slip of the list's own family name
        "Rahim Slim",
        "Dmytro Orlandev",  # a rare family name with a common given name
    ],
)
def test_listed_names_still_found(screener: ListScreener, query: str) -> None:
    assert _top(screener, query) >= REVIEW
