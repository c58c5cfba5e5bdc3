"""One-letter slips in romanised Korean and Arabic names (issue 17): made-up names, plus list
names screened against the shipped lists."""

from __future__ import annotations

import pytest

from exportgate.screening import compare_names
from exportgate.screening.scoring import DEFAULT_PARAMS as P
from exportgate.screening.scoring import korean_fold, korean_respellings, korean_shaped


def _score(a: str, b: str) -> float:
    return compare_names(a, b, kind="person")[0]


@pytest.mark.parametrize(
    ("typed", "listed"),
    [
        ("PAK JOL MIN", "PAK CHOL MIN"),  # ch/j
        ("RI YONG GU", "RI YONG KU"),  # k/g
        ("CHO SU IL", "CHO SO IL"),  # o/u
        ("JO YON-GWON", "CHO YON KWON"),
        ("HAN IL O", "HAN IL U"),
    ],
)
def test_a_romanised_korean_syllable_written_another_way_is_a_review(
    typed: str, listed: str
) -> None:
    s = _score(typed, listed)
    assert P.review_threshold <= s <= P.possible_max + 1e-9


def test_different_korean_syllables_stay_apart() -> None:
    assert _score("PAK SOK JIN", "PAK SOK CHOL") < P.review_threshold
    assert _score("KIM JONG UN", "KIM JONG IL") < P.review_threshold


def test_only_names_shaped_like_korean_are_folded() -> None:
    assert korean_shaped(["kim", "chol", "sam"])
    assert not korean_shaped(["maria", "gonzales"])
    assert not korean_shaped(["john", "kim", "alexander"])
    # Chinese pinyin names (no Korean surname) are not folded
    assert not korean_shaped(["wang", "dong"])


def test_korean_fold_and_its_lookup_forms() -> None:
    assert korean_fold("chol") == korean_fold("jol") == korean_fold("cheol")
    assert "chol" in korean_respellings("jol")
    assert all(korean_fold(w) == korean_fold("gwon") for w in korean_respellings("gwon"))


def test_a_doubled_letter_in_a_compound_arabic_name() -> None:
    # "Abddullah" is Abdullah with a doubled letter, not another "Abd-" compound
    # (a name of two common names is a review at most: two_common_names_whole)
    assert _score("AMIR ABDDULLAH ZARGHANI", "AMIR ABDULLAH ZARGHANI") >= P.block_threshold
    assert _score("AMIR ABDURRAHIM", "AMIR ABDURRAHMAN") < P.review_threshold


def test_list_names_found_through_a_romanised_slip(screener) -> None:  # type: ignore[no-untyped-def]
    # UN / OFAC: JANG SONG CHOL
    hits = screener.screen("JANG SONG JOL", kind="person")
    assert any(
        h.matched_name.upper().replace(",", "") in ("JANG SONG CHOL", "JANG SONG CHOL")
        for h in hits[:3]
    )
    assert all(h.score <= P.possible_max + 1e-9 for h in hits if "CHOL" in h.matched_name.upper())
    assert "romanised Korean syllable" in hits[0].explanation
