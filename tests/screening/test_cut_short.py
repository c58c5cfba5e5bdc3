"""Company names cut short by a form field, and business abbreviations written out (issue 17)."""

from __future__ import annotations

import pytest

from exportgate.screening.abbreviations import expand_abbreviations
from exportgate.screening.cut_short import (
    cut_length,
    cut_lines_up,
    cut_list_name,
    distinctive_start,
)
from exportgate.screening.normalize import LEGAL, WORD, normal_form, tokenize
from exportgate.screening.scoring import DEFAULT_PARAMS as P


def test_only_queries_a_form_field_may_have_cut_are_taken_as_cut() -> None:
    assert cut_length("ACME") == 0
    assert cut_length("NORTHERN STAR SHIPPING AND TRADING C") == 36
    assert cut_length("NORTHERN   STAR SHIPPING AND TRADING C") == 36  # spaces as one
    assert cut_length("X" * 29) == 0
    assert cut_length("X " * 40) == 0  # longer than a cut field


def test_the_list_name_is_cut_at_the_querys_length() -> None:
    name = "NORTHERN STAR SHIPPING AND TRADING COMPANY LIMITED"
    assert cut_list_name(name, 36) == "NORTHERN STAR SHIPPING AND TRADING C"
    # a list name no longer than the query is not cut
    assert cut_list_name("NORTHERN STAR SHIPPING", 36) is None


def test_the_cut_must_line_up_with_the_querys_last_word() -> None:
    assert cut_lines_up("corporat", "corporation")
    assert cut_lines_up("m", "m")
    assert not cut_lines_up("peru", "the")
    assert not cut_lines_up("bankchelindbank", "b")  # a letter of the list name, no word


def _start(text: str) -> bool:
    toks = tokenize(text, "organization")
    return distinctive_start([t.text for t in toks], [t.cat for t in toks])


def test_a_cut_query_needs_a_word_of_its_own() -> None:
    assert _start("NORTHERN STAR SHIPPING AND TRADING C")
    assert _start("LIMITED LIABILITY COMPANY KAMCHATSK")  # the cut word names the company
    assert not _start("Obshchestvo S Ogranichennoi Otvetstvenno")  # a legal form cut short
    assert not _start("LIMITED LIABILITY COMPANY TRADING HOUSE")


@pytest.mark.parametrize(
    "query",
    [
        # OFAC SDN: LIBERATION ARMY OF PRESEVO, MEDVEDJA, AND BUJANOVAC, cut at 39
        "LIBERATION ARMY OF PRESEVO, MEDVEDJA, A",
        # OFAC SDN: NATIONAL COMMITTEE FOR THE LIBERATION AND PROTECTION OF ALBANIAN LANDS
        "NATIONAL COMMITTEE FOR THE LIBERATION A",
    ],
)
def test_a_list_name_cut_by_a_form_field_is_found_for_review(screener, query: str) -> None:  # type: ignore[no-untyped-def]
    hits = screener.screen(query)
    assert hits, query
    top = hits[0]
    assert top.matched_name.upper().startswith(query.upper()[:20])
    assert top.score >= P.review_threshold
    # found as the start of the list name (for review), unless the whole-name match is better
    assert "cut off" in top.explanation or top.score > P.cut_short_score


def test_a_match_as_a_cut_name_is_for_review_only(screener) -> None:  # type: ignore[no-untyped-def]
    # OFAC SDN: NATIONAL COMMITTEE FOR THE LIBERATION AND PROTECTION OF ALBANIAN LANDS
    hits = screener.screen("NATIONAL COMMITTEE FOR THE LIBERATION A")
    cut = [h for h in hits if "cut off" in h.explanation]
    assert cut
    assert all(P.review_threshold <= h.score <= P.cut_short_score + 1e-9 for h in cut)


def test_a_legal_form_cut_short_finds_nothing(screener) -> None:  # type: ignore[no-untyped-def]
    assert screener.screen("Obshchestvo S Ogranichennoi Otvetstvenno") == []
    assert screener.screen("LIMITED LIABILITY COMPANY TRADING HOUSE") == []


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("acme intl mfg", "acme international manufacturing"),
        ("acme sci. production assoc.", "acme scientific production association "),
        ("acme tech dev. ent.", "acme tech development enterprise "),
        ("academy of sci ences", "academy of sci ences"),  # one word typed apart
        ("joint stock co acme", "joint stock company  acme"),
        ("acme dev group", "acme dev group"),  # "dev" without its full stop: a name
    ],
)
def test_business_abbreviations_are_written_out(typed: str, written: str) -> None:
    assert " ".join(expand_abbreviations(typed).split()) == " ".join(written.split())


def test_abbreviations_on_both_sides_compare_equal() -> None:
    assert normal_form("Joint Stock Co Sci. Production Assoc. Vostok", "organization") == (
        normal_form("JOINT STOCK COMPANY SCIENTIFIC PRODUCTION ASSOCIATION VOSTOK", "organization")
    )
    # a person's name is never rewritten
    assert normal_form("Dev. Sci", "person") == "dev sci"
    toks = tokenize("Joint Stock Co Vostok", "organization")
    assert [t.cat for t in toks] == [LEGAL, WORD]
