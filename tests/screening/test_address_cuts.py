"""A street address or a payment reference written after a name with no separator to mark it
off (issue 17; the category the fifth independent set found weakest: 0.15 of such variants
found before): the name before it is screened as a reading of its own."""

from __future__ import annotations

import pytest

from exportgate.screening.entities import Entity
from exportgate.screening.form_context import address_cuts, set_aside
from exportgate.screening.scoring import DEFAULT_PARAMS as P
from exportgate.screening.screener import ListScreener


@pytest.fixture(scope="module")
def made_up() -> ListScreener:
    ents = [
        Entity(list="made_up", list_id="1", kind="organization", name="ZORVANEX TRADING LLC"),
        Entity(list="made_up", list_id="2", kind="person", name="QUELLMARK, Dorvan"),
        Entity(list="made_up", list_id="3", kind="organization", name="OJSC PELMORA REFINERY"),
    ]
    return ListScreener(ents)


@pytest.mark.parametrize(
    ("query", "list_id"),
    [
        # a house number, a street word either side of the street's name, a P.O. box, "No."
        ("OJSC Pelmora Refinery 1 Astrakhanskaya st., Syzran, Samara region 446009 RU", "3"),
        ("OJSC PELMORA REFINERY FERGANSKAYA STREET 25 MOSCOW RUSSIA", "3"),
        ("OJSC PELMORA REFINERY PER. SKATERTNIY, D. 18, MOSCOW 121069 RU", "3"),
        ("ZORVANEX TRADING LLC 29, 1ST FLOOR, AMJAD BLDG., JOMHOORI AVE TEHRAN IR", "1"),
        ("Zorvanex Trading LLC No 39, Sepehr St., Farahzadi Blvd., Tehran IR", "1"),
        ("ZORVANEX TRADING LLC P.O. Box 19585/777 Tehran", "1"),
        # a comma part before an address that holds a number
        ("ZORVANEX TRADING LLC, HAEUN 2-DONG, PYONGCHON DISTRICT, PYONGYANG", "1"),
        # an account, invoice or salary reference, with or without a label before the name
        ("BENEFICIARY: ZORVANEX TRADING LLC ACCOUNT NO. 422398917188", "1"),
        ("PAYMENT TO DORVAN QUELLMARK INVOICE 70121", "2"),
        ("DORVAN QUELLMARK SALARY ACCOUNT", "2"),
        ("FFC Zorvanex Trading LLC ACCT 78539444", "1"),
        ("BENEF DORVAN QUELLMARK / 6071199357", "2"),
    ],
)
def test_a_name_with_an_address_or_reference_after_it_is_found(
    made_up: ListScreener, query: str, list_id: str
) -> None:
    got = made_up.screen(query, min_score=0.5)
    assert got and got[0].list_id == list_id and got[0].score >= P.review_threshold
    assert "rule form_context_set_aside" in got[0].explanation


@pytest.mark.parametrize(
    "query",
    [
        "Zorvanex Trading LLC",
        "Bank of St. Petersburg",  # a street word with too little name before it
        "Plant No. 9 of Rosoboron",
        "FU YUAN YU 7880",  # a vessel's number: too little name before it
        "Account Services Group Ltd",  # a reference word that opens the name
        "KIM, Sok Chol",
    ],
)
def test_a_name_without_an_address_is_not_cut(query: str) -> None:
    assert address_cuts(query) == []


def test_the_cut_says_what_was_set_aside_and_the_query_as_typed_still_counts(
    made_up: ListScreener,
) -> None:
    (first, *_) = address_cuts("OJSC Pelmora Refinery 1 Astrakhanskaya st., Syzran")
    assert first.name == "OJSC Pelmora Refinery"
    assert "'1 Astrakhanskaya st., Syzran'" in first.why()
    # readings are added beside the query: the whole name as typed scores as before
    plain = made_up.screen("OJSC PELMORA REFINERY", min_score=0.5)[0].score
    cut = made_up.screen("OJSC PELMORA REFINERY 12 Lenin st.", min_score=0.5)[0].score
    assert plain == cut == 1.0
    # at most three readings from cuts, however long the address
    long = "Zorvanex Trading LLC 1 a st 2 b st 3 c st 4 d st 5 e st 6 f st"
    assert len(address_cuts(long)) == 3 and len(set_aside(long)) <= 4
