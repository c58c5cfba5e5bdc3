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
from exportgate.screening.trading_as import trading_names

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
        "TUAN, Exiang",
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


# -- one business under two names: "X t/a Y", "X d/b/a Y", "X (formerly Y)" ------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Korvanti Trading LLC t/a Blue Meadow Imports",
            ["Korvanti Trading LLC", "Blue Meadow Imports"],
        ),
        ("KORVANTI TRADING LLC D/B/A BLUE MEADOW", ["KORVANTI TRADING LLC", "BLUE MEADOW"]),
        ("Korvanti Ltd dba Meadow Line", ["Meadow Line"]),
        (
            "Nord Velsk Shipping Ltd (formerly Baltic Velsk Lines Ltd)",
            ["Nord Velsk Shipping Ltd", "Baltic Velsk Lines Ltd"],
        ),
        ("Zarvo Trade Inc., f/k/a Quentor Lines Inc", ["Zarvo Trade Inc.", "Quentor Lines Inc"]),
        ("Zarvo Holdings trading as Quentor Lines", ["Zarvo Holdings", "Quentor Lines"]),
    ],
)
def test_trading_names_split(text: str, names: list[str]) -> None:
    assert [t.text for t in trading_names(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # one word with its legal form is read alone only where the other name has it too
        ("Korvel Ltd (formerly Casa Mendra Pizza)", ["Casa Mendra Pizza"]),
        (
            "KORVEL LIMITED LIABILITY COMPANY T/A KORVEL LLC",
            ["KORVEL LIMITED LIABILITY COMPANY", "KORVEL LLC"],
        ),
    ],
)
def test_one_word_side(text: str, names: list[str]) -> None:
    assert [t.text for t in trading_names(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "Transformation Ltd",
        "Tata Motors",
        "Aka Bamba",
        "Korvanti t/a",
        "Formerly Yours Ltd",
        "Data Tools",
    ],
)
def test_no_trading_marker(text: str) -> None:
    assert trading_names(text) == []


@pytest.fixture(scope="module")
def companies() -> ListScreener:
    names = ["KORVANTI TRADING LIMITED LIABILITY COMPANY", "QUENTOR MARITIME LINES LTD"]
    return ListScreener(
        [
            Entity(list="made_up", list_id=str(k), kind="organization", name=n)
            for k, n in enumerate(names)
        ]
    )


@pytest.mark.parametrize(
    "query",
    [
        "KORVANTI TRADING LIMITED LIABILITY COMPANY T/A NORTHERN MEADOW SUPPLIES",
        "Blue Meadow Supplies Inc d/b/a Quentor Maritime Lines Ltd",
        "Nord Velsk Shipping Ltd (formerly Quentor Maritime Lines Ltd)",
    ],
)
def test_listed_business_found_on_either_side(companies: ListScreener, query: str) -> None:
    ms = companies.screen(query, kind="organization")
    assert ms and ms[0].score >= REVIEW
    assert "trading_name_split" in ms[0].explanation


def test_no_listed_name_on_either_side(companies: ListScreener) -> None:
    assert (
        companies.screen(
            "Blue Meadow Supplies Inc t/a Northern Velsk Shipping", kind="organization"
        )
        == []
    )
