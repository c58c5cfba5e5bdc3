from __future__ import annotations

import pytest

from exportgate.screening import compare_names
from exportgate.screening.scoring import DEFAULT_PARAMS as P


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Olaf Scholze", "Olaf Scholz"),
        ("JSCARGUMENT", "JSC ARGUMENT"),
        ("Владимир Путин", "Vladimir Putin"),
        ("Vladimir Putin", "PUTIN, Vladimir"),
        ("Goldman Sachs & Co. L.L.C.", "Goldman Sachs & Co. LLC"),
        ("1st International Bank", "First International Bank"),
    ],
)
def test_matches(a: str, b: str) -> None:
    score, res = compare_names(a, b)
    assert score >= P.review_threshold, res


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Octavian Scholz", "Olaf Scholz"),
        ("Frederik Richter", "Frank Richter"),
        ("Volkswagen Aktiengesellschaft", "Siemens Aktiengesellschaft"),
        ("Acme Analytics Inc.", "Acme Holding Inc."),
    ],
)
def test_non_matches(a: str, b: str) -> None:
    score, res = compare_names(a, b)
    assert score < P.review_threshold, res


def test_explanations_name_what_held_the_score_down(screener) -> None:  # type: ignore[no-untyped-def]
    ms = screener.screen("Sberbank Leasing Zeta", kind="organization", min_score=0.0)
    assert ms
    assert "query words not on the list name" in ms[0].explanation
    assert ms[0].matched_name


def test_kind_and_country_penalties(screener) -> None:  # type: ignore[no-untyped-def]
    org = screener.screen("Mahan Air", kind="organization")[0]
    per = screener.screen("Mahan Air", kind="person", min_score=0.0)[0]
    assert per.score < org.score and "query a person" in per.explanation
    away = screener.screen("Mahan Air", kind="organization", country="NO", min_score=0.0)[0]
    assert away.score < org.score


def test_cross_script_and_putin(screener) -> None:  # type: ignore[no-untyped-def]
    for name in ("Владимир Путин", "Wladimir Putin", "Vladimir Poutine", "Путин, Владимир"):
        ms = screener.screen(name, kind="person", limit=3)
        assert any(m.list_id == "35096" for m in ms), name


def test_csl_source_kept_for_affiliates_rule(screener) -> None:  # type: ignore[no-untyped-def]
    ms = screener.screen("Huawei Technologies Co., Ltd.", kind="organization")
    assert any(m.list == "us_csl" and m.source and "Entity List" in m.source for m in ms)


@pytest.mark.parametrize(
    "query",
    [
        "Vladimir Putin",  # patronymic on the list only
        "Wladimir Poetin",  # recorded spellings of the same names
        "ウラジーミル・プーチン",
        "فلاديمير بوتين",
        "Präsident Putin",  # one telling word, with a title
    ],
)
def test_putin_spellings_reach_review(query: str) -> None:
    score, res = compare_names(query, "PUTIN, Vladimir Vladimirovich", kind="person")
    assert score >= P.review_threshold, res


def test_missing_patronymic_costs_little_a_different_surname_a_lot() -> None:
    full, _ = compare_names("Sergey Lavrov", "LAVROV, Sergey Viktorovich", kind="person")
    other, _ = compare_names("Sergey Ivanov", "LAVROV, Sergey Viktorovich", kind="person")
    assert full >= P.review_threshold > other


def test_chinese_syllables_compare_exactly() -> None:
    score, _ = compare_names("成 朱", "CHEN, Zhu", kind="person")
    assert score < P.review_threshold


def test_a_listed_vessel_with_another_number_is_found_for_review(screener) -> None:  # type: ignore[no-untyped-def]
    # the index proposes and bounds the sibling even though no list name has the query's number
    ms = screener.screen("ADRIAN DARYA 2")
    assert ms and ms[0].matched_name == "ADRIAN DARYA 1"
    assert screener.review_threshold <= ms[0].score < screener.block_threshold
    assert "numbers differ (2 vs 1)" in ms[0].explanation


def test_a_word_split_in_three_is_found_by_the_pruned_search(screener) -> None:  # type: ignore[no-untyped-def]
    ms = screener.screen("Nikolai Plat Ono Vich Patrushev", kind="person")
    assert ms and "PATRUSHEV" in ms[0].matched_name.upper()
    assert ms[0].score >= screener.block_threshold
