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
