"""Decisions under the law in force on the decision date (issue 15).

``law_cases.jsonl`` holds cases written from the regulations (each note names its rule); the
same file runs through ``exportgate policy test``. The tests below cover what a case line cannot:
configuration options, data facts and message wording.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from exportgate.countries import default_country_rules, load_country_rules
from exportgate.policy import PolicyEngine, default_policy_text
from exportgate.records import (
    Account,
    DecideCase,
    Location,
    ModelRef,
    RecordError,
    RequestFacts,
    parse,
)
from exportgate.runtime import build_engine

HERE = Path(__file__).parent
CASES = [parse(DecideCase, line) for line in (HERE / "law_cases.jsonl").read_text().splitlines()]
CONTROLLED = RequestFacts(model=ModelRef(id="frontier-5", controlled=True))
OPEN = RequestFacts(model=ModelRef(id="open-small", controlled=False))
US = Location(country="US", network="residential")
AS_OF = dt.date(2026, 12, 1)


@pytest.fixture(scope="module")
def engine() -> PolicyEngine:
    return build_engine()


def person(**fields: Any) -> Account:
    base: dict[str, Any] = {
        "id": "p",
        "kind": "person",
        "name": "Wei Chen",
        "country": "US",
        "kyc_verified": True,
    }
    base.update(fields)
    return parse(Account, base)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_law_case(engine: PolicyEngine, case: DecideCase) -> None:
    assert case.expect is not None and case.note
    decision = engine.decide_case(case)
    assert decision.decision == case.expect["decision"], [r.message for r in decision.reasons]
    for code in case.expect["codes"]:
        assert code in decision.codes
    assert decision.reasons[0].outcome == decision.decision
    assert all(r.message and "{" not in r.message for r in decision.reasons)


def test_policy_test_command_passes_on_both_case_files() -> None:
    from exportgate.cli import app

    runner = CliRunner()
    for name, count in (("law_cases.jsonl", len(CASES)), ("public_cases.jsonl", 30)):
        result = runner.invoke(app, ["policy", "test", str(HERE / name)])
        assert result.exit_code == 0, result.output
        assert f"{count} passed, 0 failed" in result.output


def test_syria_messages_no_longer_say_no_licence_can_authorise(engine: PolicyEngine) -> None:
    for case in CASES:
        if case.id.startswith("syria") and case.as_of and case.as_of >= dt.date(2025, 7, 1):
            for reason in engine.decide_case(case).reasons:
                assert "No licence" not in reason.message, case.id


def test_any_nationality_reading_is_a_named_option() -> None:
    """The provider's stricter reading: every nationality and residence ever held counts."""
    strict = PolicyEngine(
        default_policy_text(), rules=load_country_rules(deemed_export_reading="any_nationality")
    )
    default = PolicyEngine.default()
    moved = person(
        nationalities=["CN"],
        permanent_residence=["CA"],
        status_history=[
            {"country": "CN", "status": "citizenship", "since": "1990-04-01"},
            {"country": "CA", "status": "permanent_residence", "since": "2015-06-01"},
        ],
    )
    assert default.decide(moved, CONTROLLED, US, None, AS_OF).decision == "allow"
    decision = strict.decide(moved, CONTROLLED, US, None, AS_OF)
    assert decision.codes == ["DEEMED_EXPORT"]
    assert "every nationality and permanent residence held" in decision.reasons[0].message
    with pytest.raises(ValueError, match="deemed_export_reading"):
        load_country_rules(deemed_export_reading="strictest")


def test_person_status_fields_are_validated() -> None:
    with pytest.raises(RecordError, match="stateless"):
        person(stateless=True, nationalities=["SY"])
    with pytest.raises(RecordError, match="protected_individual"):
        parse(
            Account,
            {"id": "o", "kind": "organization", "name": "Acme", "protected_individual": True},
        )
    with pytest.raises(RecordError, match="government"):
        person(government=True)
    with pytest.raises(RecordError, match="status_history"):
        person(status_history=[{"country": "ZZ", "status": "citizenship", "since": "2000-01-01"}])
    with pytest.raises(RecordError, match="most_recent_citizenship"):
        person(nationalities=["CN"], most_recent_citizenship="CA")
    assert person(protected_individual=True, nationalities=["IR"]).is_us_person


def test_dated_group_membership() -> None:
    rules = default_country_rules()

    def d5(code: str, day: str) -> bool:
        return code in rules.on(dt.date.fromisoformat(day)).groups["D:5"]

    assert not d5("NI", "2024-03-14") and d5("NI", "2024-03-15")
    assert d5("KH", "2025-11-06") and not d5("KH", "2025-11-07") and not d5("KH", "2021-12-08")
    assert d5("CY", "2022-09-30") and not d5("CY", "2022-10-01") and not d5("CY", "2026-09-30")
    assert d5("CY", "2026-10-01") and d5("ET", "2026-12-01") and not d5("ET", "2021-10-31")
    assert "IS" in rules.groups["A:1"]
    assert rules.groups_of("IN") == ["A:1", "A:5"]


def test_syria_leaves_the_licence_proof_class_on_its_dates() -> None:
    rules = default_country_rules()
    assert "SY" in rules.on(dt.date(2025, 6, 30)).embargoed
    assert "SY" not in rules.on(dt.date(2025, 7, 1)).embargoed
    assert "SY" in rules.on(dt.date(2025, 7, 1)).licence_required
    assert "SY" not in rules.on(dt.date(2025, 9, 2)).licence_required
    assert "SY" in rules.on(dt.date(2025, 9, 2)).restricted
    assert "SY" not in rules.embargoed_countries


def test_affiliates_rule_windows() -> None:
    rule = default_country_rules().ownership_rules["bis_affiliates_rule"]
    assert not rule.in_force(dt.date(2025, 9, 28)) and rule.in_force(dt.date(2025, 9, 29))
    assert rule.in_force(dt.date(2025, 11, 9)) and not rule.in_force(dt.date(2025, 11, 10))
    assert not rule.in_force(dt.date(2026, 11, 9)) and rule.in_force(dt.date(2026, 11, 10))
    assert rule.checked == "2026-12-05"


def test_ownership_messages_name_the_rule_that_applied(engine: PolicyEngine) -> None:
    by_id = {c.id: c for c in CASES}
    affiliates = engine.decide_case(by_id["affiliates-in-force-2026-12"]).reasons[0].message
    assert "BIS Affiliates Rule" in affiliates and "OFAC" not in affiliates
    ofac = engine.decide_case(by_id["venezuela-government-owned"]).reasons[0].message
    assert "OFAC 50 percent rule" in ofac and "E.O. 13884" in ofac
    suspended = engine.decide_case(by_id["affiliates-suspended-2026-01"]).reasons[0].message
    assert "not in force on 2026-01-15" in suspended and "2026-12-05" in suspended


def test_provider_rule_is_configurable_per_deployment() -> None:
    case = next(c for c in CASES if c.id == "provider-ownership-open-model")
    off = PolicyEngine(
        default_policy_text(), rules=load_country_rules(provider_ownership={"enabled": False})
    )
    assert off.decide_case(case).decision == "allow"
    controlled_only = PolicyEngine(
        default_policy_text(),
        rules=load_country_rules(provider_ownership={"controlled_models_only": True}),
    )
    assert controlled_only.decide_case(case).decision == "allow"
    narrower = PolicyEngine(
        default_policy_text(), rules=load_country_rules(provider_ownership={"unsupported": ["CN"]})
    )
    assert narrower.decide_case(case).decision == "allow"


def test_decisions_carry_the_list_dates(engine: PolicyEngine) -> None:
    decision = engine.decide(person(nationalities=["US"]), OPEN, US, None, AS_OF)
    assert decision.data_versions["list_date.us_ofac_sdn"] == "2024-05-03"
    assert decision.data_versions["list_date.us_csl"] == "2022-05-06"


def test_gateway_configuration_sets_the_options(tmp_path: Path) -> None:
    from exportgate.accounts.stored import StoredScreener
    from exportgate.config import config_from_dict
    from exportgate.gateway.decisions import build_engine as gateway_engine

    config = config_from_dict(
        {
            "store": f"sqlite:///{tmp_path}/g.db",
            "upstreams": [{"name": "u", "base_url": "http://127.0.0.1:9/v1"}],
            "models": [{"id": "m", "upstream": "u"}],
            "policy": {
                "deemed_export_reading": "any_nationality",
                "provider_ownership": {"enabled": False},
            },
        }
    )
    engine = gateway_engine(StoredScreener(), config.policy)
    assert engine.country_rules.deemed_export_reading == "any_nationality"
    assert engine.country_rules.provider_rule is not None
    assert not engine.country_rules.provider_rule.enabled
    default = gateway_engine(
        StoredScreener(),
        config_from_dict(
            {
                "store": f"sqlite:///{tmp_path}/g.db",
                "upstreams": [{"name": "u", "base_url": "http://127.0.0.1:9/v1"}],
                "models": [{"id": "m", "upstream": "u"}],
            }
        ).policy,
    )
    stored = default.decide(person(nationalities=["US"]), OPEN, US, None, AS_OF)
    assert stored.data_versions["list_date.us_ofac_sdn"] == "2024-05-03"
    assert default.country_rules.deemed_export_reading == "most_recent"
    assert default.country_rules.provider_rule is not None
    assert default.country_rules.provider_rule.enabled
