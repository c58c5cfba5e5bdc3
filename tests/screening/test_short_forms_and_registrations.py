"""Issue 17 (fourth independent set): a given name's short form or nickname pairs with the full
name, and an aircraft's registration in a query is that aircraft's identity. Made-up surnames
and made-up tail numbers."""

from __future__ import annotations

import pytest

from exportgate.screening import compare_names
from exportgate.screening.entities import Entity
from exportgate.screening.normalize import registration_key, registration_spans
from exportgate.screening.scoring import DEFAULT_PARAMS as P
from exportgate.screening.scoring import token_sim, token_sims
from exportgate.screening.screener import REGISTRATION_SCORE, ListScreener
from exportgate.screening.short_forms import paired_forms, short_form_reason

REVIEW, BLOCK = P.review_threshold, P.block_threshold


# ------------------------------------------------------------ short forms of given names


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("sasha", "aleksandr"),
        ("mohd", "muhammad"),
        ("md", "mohammed"),
        ("muhd", "muhammad"),
        ("abd", "abdul"),
        ("bob", "robert"),
        ("kolya", "nikolai"),
        ("pepe", "jose"),
        ("dima", "dmitriy"),
        ("paco", "francisco"),
        ("beppe", "giuseppe"),
        ("hans", "johann"),
        ("reza", "gholamreza"),
    ],
)
def test_a_short_form_pairs_with_its_full_name_both_ways(short: str, full: str) -> None:
    assert full in paired_forms(short) and short in paired_forms(full)
    assert token_sim(short, full) == P.short_form_sim
    assert token_sim(full, short) == P.short_form_sim
    assert token_sims(short, [full, "zorvath"]) == [P.short_form_sim, token_sim(short, "zorvath")]
    assert short_form_reason(short, full) == f"{short} is a short form of {full}"
    assert short_form_reason(full, short) == f"{short} is a short form of {full}"


def test_two_short_forms_or_unrelated_names_are_not_paired() -> None:
    assert "alex" not in paired_forms("sasha")
    assert short_form_reason("bob", "william") is None
    assert token_sim("bob", "william") < REVIEW
    # (no one- or two-letter short forms but "md", and not the Arabic article "al")
    assert not paired_forms("al") and not paired_forms("ed")


@pytest.mark.parametrize(
    ("query", "as_listed", "listed"),
    [
        ("Sasha Vorzhantsev", "Aleksandr Vorzhantsev", "VORZHANTSEV, Aleksandr Pavlovich"),
        ("Kolya Threskin", "Nikolai Threskin", "THRESKIN, Nikolai"),
        ("Pepe Quarvendo Lizmar", "Jose Quarvendo Lizmar", "QUARVENDO LIZMAR, Jose"),
        ("Mohd Zaftarini Quolbek", "Muhammad Zaftarini Quolbek", "MUHAMMAD ZAFTARINI QUOLBEK"),
        ("Bob Quillbary", "Robert Quillbary", "QUILLBARY, Robert"),
    ],
)
def test_a_listed_person_is_found_by_a_short_form_and_told_why(
    query: str, as_listed: str, listed: str
) -> None:
    score, res = compare_names(query, listed, kind="person")
    full, _ = compare_names(as_listed, listed, kind="person")
    assert REVIEW <= score <= full, (query, score, full)
    short = query.split()[0].lower()
    assert any(q == short and s == P.short_form_sim for q, _c, s in res.aligned), res.aligned


def test_a_short_form_does_not_lift_a_common_name_only_match() -> None:
    # the common-name rules stay: two common names are a review at most, short form or not
    full, _ = compare_names("Muhammad Ali", "ALI, Muhammad", kind="person")
    short, _ = compare_names("Mohd Ali", "ALI, Muhammad", kind="person")
    assert short <= full < BLOCK


# ------------------------------------------------------------ aircraft registrations


def test_a_registration_is_read_whatever_separates_it() -> None:
    assert {registration_key(t) for t in ("ZX-QWV", "ZX QWV", "zxqwv", "ZX.QWV")} == {"ZXQWV"}
    keys = {k for k, _ in registration_spans("IL-76 registration ZX-47125", "aircraft")}
    assert "ZX47125" in keys
    assert "ZXQWV" in {k for k, _ in registration_spans("ZX QWV", None)}
    # two words of a person's or company's name are not a tail number
    assert registration_spans("Zx Qwv", "person") == ()
    assert "ZXQWV" not in {k for k, _ in registration_spans("Zx Qwv Trading", None)}


def _aircraft_screener() -> ListScreener:
    ents = [
        Entity(list="made_up", list_id="1", kind="aircraft", name="ZX-QWV"),
        Entity(list="made_up", list_id="2", kind="aircraft", name="ZX-47125"),
        Entity(list="made_up", list_id="3", kind="person", name="QUILLBARY, Robert"),
    ]
    return ListScreener(ents)


@pytest.mark.parametrize(
    ("query", "list_id"),
    [
        ("ZXQWV", "1"),
        ("ZX QWV", "1"),
        ("A320-214 reg. ZX-QWV", "1"),
        ("IL-76 registration ZX 47125", "2"),
        ("ZX47125", "2"),
    ],
)
def test_a_listed_registration_in_the_query_is_a_hit_by_itself(query: str, list_id: str) -> None:
    got = _aircraft_screener().screen(query, kind="aircraft")
    assert got and got[0].list_id == list_id, got
    assert got[0].score >= max(BLOCK, REGISTRATION_SCORE) or got[0].score == 1.0
    assert "is the listed aircraft's" in got[0].explanation


def test_another_registration_or_a_person_query_is_not_an_aircraft_hit() -> None:
    s = _aircraft_screener()
    assert not s.screen("ZX-QWK", kind="aircraft", min_score=BLOCK)
    assert all(m.kind != "aircraft" for m in s.screen("Zx Qwv", kind="person"))
