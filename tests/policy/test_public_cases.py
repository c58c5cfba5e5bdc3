"""The 30 public decision cases pin the default policy down (shared/policy-cases/public.jsonl)."""

from __future__ import annotations

from pathlib import Path

import pytest

from exportgate.policy import PolicyEngine
from exportgate.records import DecideCase, parse
from exportgate.runtime import build_engine

CASES = [
    parse(DecideCase, line)
    for line in Path(__file__).with_name("public_cases.jsonl").read_text().splitlines()
]


@pytest.fixture(scope="module")
def engine() -> PolicyEngine:
    return build_engine()


def test_there_are_thirty_cases() -> None:
    assert len(CASES) == 30


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_public_case(engine: PolicyEngine, case: DecideCase) -> None:
    assert case.expect is not None
    decision = engine.decide_case(case)
    assert decision.decision == case.expect["decision"], [r.message for r in decision.reasons]
    for code in case.expect["codes"]:
        assert code in decision.codes
    # The most severe reason comes first, and it carries the decision's own outcome.
    assert decision.reasons[0].outcome == decision.decision
    assert all(r.message and "{" not in r.message for r in decision.reasons)
