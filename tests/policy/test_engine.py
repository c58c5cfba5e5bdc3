"""Engine behaviour beyond the public cases: ordering, fail-closed, licences, dated facts."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from exportgate.countries import default_country_rules
from exportgate.policy import PolicyEngine
from exportgate.records import Account, Location, ModelRef, RequestFacts, Switches, parse

CONTROLLED = RequestFacts(model=ModelRef(id="frontier-5", controlled=True), ip=None)
OPEN = RequestFacts(model=ModelRef(id="open-small", controlled=False), ip=None)
US = Location(country="US", network="residential")
AS_OF = dt.date(2026, 11, 27)


def account(**fields: Any) -> Account:
    base: dict[str, Any] = {
        "id": "a",
        "kind": "organization",
        "name": "Acme Analytics Inc.",
        "country": "US",
        "headquarters": "US",
        "kyc_verified": True,
    }
    base.update(fields)
    return parse(Account, base)


@pytest.fixture(scope="module")
def engine() -> PolicyEngine:
    return PolicyEngine.default()


def test_every_reason_is_listed_most_severe_first(engine: PolicyEngine) -> None:
    acct = account(country="CN", headquarters="CN", kyc_verified=False)
    loc = Location(country="IR", network="tor")
    decision = engine.decide(acct, CONTROLLED, loc, Switches(international_pause=True), AS_OF)
    assert decision.decision == "deny"
    assert decision.codes == [
        "EMBARGOED_DESTINATION",
        "RESTRICTED_DESTINATION",
        "INTERNATIONAL_ACCESS_PAUSED",
        "KYC_REQUIRED",
        "ANONYMIZED_NETWORK",
    ]
    assert [r.outcome for r in decision.reasons] == ["deny"] * 3 + ["review"] * 2
    assert decision.obligations == []


def test_missing_location_fails_closed_for_controlled_models_only(engine: PolicyEngine) -> None:
    acct = account()
    controlled = engine.decide(acct, CONTROLLED, None, None, AS_OF)
    assert controlled.decision == "deny" and controlled.codes == ["LOCATION_UNKNOWN"]
    assert "fails closed" in controlled.reasons[0].message
    assert engine.decide(acct, OPEN, None, None, AS_OF).decision == "allow"


def test_unlocatable_ip_is_explained(engine: PolicyEngine) -> None:
    def locate(ip: str) -> Location:
        raise ValueError(f"{ip} is a private address")

    located = PolicyEngine.default(locate=locate)
    request = RequestFacts(model=ModelRef(id="frontier-5", controlled=True), ip="10.1.2.3")
    decision = located.decide(account(), request, None, None, AS_OF)
    assert decision.codes == ["LOCATION_UNKNOWN"]
    assert (
        "10.1.2.3 could not be located: 10.1.2.3 is a private address"
        in decision.reasons[0].message
    )


def test_ip_lookup_is_used_when_no_location_is_given() -> None:
    engine = PolicyEngine.default(
        locate=lambda ip: Location(country="KP", source="ip", data={"iptocc": "test"})
    )
    request = RequestFacts(model=ModelRef(id="open-small", controlled=False), ip="175.45.176.1")
    decision = engine.decide(account(), request, None, None, AS_OF)
    assert decision.codes == ["EMBARGOED_DESTINATION"]
    assert "North Korea" in decision.reasons[0].message or "Korea" in decision.reasons[0].message
    assert decision.data_versions["location.iptocc"] == "test"


def test_embargo_is_not_overridden_by_a_licence(engine: PolicyEngine) -> None:
    licences = [{"id": "L", "models": ["*"], "destinations": ["IR"], "valid_until": "2030-01-01"}]
    decision = engine.decide(
        account(licences=licences), CONTROLLED, Location(country="IR"), None, AS_OF
    )
    assert decision.decision == "deny" and "EMBARGOED_DESTINATION" in decision.codes


def test_licence_must_cover_the_model_and_every_restricted_destination(
    engine: PolicyEngine,
) -> None:
    only_other_model = [
        {"id": "L1", "models": ["other-model"], "destinations": ["CN"], "valid_until": "2030-01-01"}
    ]
    acct = account(licences=only_other_model, headquarters="CN")
    assert engine.decide(acct, CONTROLLED, US, None, AS_OF).codes == ["RESTRICTED_DESTINATION"]
    covering = [
        {"id": "L2", "models": ["frontier-5"], "destinations": ["CN"], "valid_until": "2026-11-27"}
    ]
    licensed = engine.decide(
        account(licences=covering, headquarters="CN"), CONTROLLED, US, None, AS_OF
    )
    assert licensed.decision == "allow" and licensed.codes == ["LICENSED"]
    assert "licence L2 covers China (CN) until 2026-11-27" in licensed.reasons[0].message
    half = engine.decide(
        account(licences=covering, headquarters="CN"),
        CONTROLLED,
        Location(country="MO"),
        None,
        AS_OF,
    )
    assert half.codes == ["RESTRICTED_DESTINATION"]
    assert "(MO)" in half.reasons[0].message and "China" not in half.reasons[0].message


def test_pause_is_not_overridden_by_licence(engine: PolicyEngine) -> None:
    licences = [{"id": "L", "models": ["*"], "destinations": ["GB"], "valid_until": "2030-01-01"}]
    acct = account(country="GB", headquarters="GB", licences=licences)
    decision = engine.decide(
        acct, CONTROLLED, Location(country="GB"), Switches(international_pause=True), AS_OF
    )
    assert decision.codes == ["INTERNATIONAL_ACCESS_PAUSED"]


def test_home_countries_are_configurable() -> None:
    engine = PolicyEngine.default(home_countries=["US", "GB"])
    acct = account(country="GB", headquarters="GB")
    decision = engine.decide(
        acct, CONTROLLED, Location(country="GB"), Switches(international_pause=True), AS_OF
    )
    assert decision.decision == "allow"


def test_hong_kong_is_treated_as_china_for_owners(engine: PolicyEngine) -> None:
    owners = [
        {
            "name": "Harbour Holdings Ltd.",
            "kind": "organization",
            "headquarters": "HK",
            "share": 0.5,
        }
    ]
    decision = engine.decide(account(owners=owners), CONTROLLED, US, None, AS_OF)
    assert decision.codes == ["RESTRICTED_OWNERSHIP"]
    assert "China (CN)" in decision.reasons[0].message


def test_person_owners_do_not_have_headquarters(engine: PolicyEngine) -> None:
    """No export-control rule restricts an entity for its individual owners' residence; only the
    provider's own ownership policy counts them (by nationality and residence)."""
    from exportgate.countries import load_country_rules

    owners = [{"name": "Li Wei", "kind": "person", "country": "CN", "share": 0.9}]
    decision = engine.decide(account(owners=owners), CONTROLLED, US, None, AS_OF)
    assert decision.codes == ["PROVIDER_OWNERSHIP_POLICY"]
    assert "not an export-control rule" in decision.reasons[0].message
    without = PolicyEngine(
        engine.policy_text, rules=load_country_rules(provider_ownership={"enabled": False})
    )
    assert without.decide(account(owners=owners), CONTROLLED, US, None, AS_OF).decision == "allow"


def test_deemed_export_covers_permanent_residence_and_e_groups(engine: PolicyEngine) -> None:
    person = account(
        kind="person",
        name="Sam Doe",
        nationalities=["FR"],
        permanent_residence=["IR"],
        headquarters=None,
    )
    decision = engine.decide(person, CONTROLLED, US, None, AS_OF)
    assert decision.codes == ["DEEMED_EXPORT"]
    us_person = account(
        kind="person", name="Sam Doe", nationalities=["CN", "US"], headquarters=None
    )
    assert engine.decide(us_person, CONTROLLED, US, None, AS_OF).decision == "allow"


def test_obligations_follow_the_policy(engine: PolicyEngine) -> None:
    home = engine.decide(account(), CONTROLLED, US, None, AS_OF)
    assert home.obligations == ["watermark"]
    abroad = engine.decide(
        account(country="IN", headquarters="IN"), CONTROLLED, Location(country="IN"), None, AS_OF
    )
    assert abroad.obligations == ["watermark", "strip_reasoning"]
    assert engine.decide(account(), OPEN, US, None, AS_OF).obligations == []


def test_decision_records_policy_and_data_versions(engine: PolicyEngine) -> None:
    decision = engine.decide(account(), CONTROLLED, US, None, AS_OF)
    assert decision.policy_version.startswith("sha256:")
    assert decision.data_versions["country_data"] == default_country_rules().version


def test_affiliates_rule_suspension_is_a_dated_fact() -> None:
    rules = default_country_rules()
    assert rules.fact_in_force("affiliates_rule_suspended", dt.date(2026, 1, 1))
    assert rules.fact_in_force("affiliates_rule_suspended", dt.date(2026, 11, 9))
    assert not rules.fact_in_force("affiliates_rule_suspended", dt.date(2026, 11, 10))
    assert not rules.fact_in_force("affiliates_rule_suspended", dt.date(2025, 11, 9))


def test_country_groups_from_the_data_files() -> None:
    rules = default_country_rules()
    assert {"CN", "RU", "IR", "KP", "VE", "NI"} <= rules.restricted_destinations
    assert "MO" in rules.restricted_destinations and "KH" not in rules.restricted_destinations
    assert {"IR", "KP", "SY", "CU"} <= rules.deemed_export_countries
    assert rules.canonical("HK") == "CN"
    assert rules.is_embargoed("UA-43") and not rules.is_embargoed("UA")
    assert rules.groups_of("IN") == ["A:1", "A:5"]


def test_ukraine_without_region_goes_to_review_for_every_model(engine: PolicyEngine) -> None:
    kyiv = Location(country="UA", region=None, source="ip")
    decision = engine.decide(account(), OPEN, kyiv, None, AS_OF)
    assert decision.decision == "review" and decision.codes == ["REGION_UNVERIFIED"]
    assert "Crimea" in decision.reasons[0].message
    named = Location(country="UA", region="UA-30", source="ip")
    assert engine.decide(account(), OPEN, named, None, AS_OF).decision == "allow"


def test_override_clears_the_same_party_on_mirroring_lists() -> None:
    from exportgate.screening.api import ScreeningMatch

    class TwoLists:
        block_threshold, review_threshold, version = 0.9, 0.8, "test"

        def screen(
            self, name: str, *, kind: str | None = None, country: str | None = None
        ) -> list[ScreeningMatch]:
            return [
                ScreeningMatch(
                    list="us_csl",
                    list_id="12927",
                    name="MAHAN AIR",
                    matched_name="MAHAN AIR",
                    score=0.96,
                    source="Specially Designated Nationals (SDN) - Treasury Department",
                ),
                ScreeningMatch(
                    list="us_ofac_sdn",
                    list_id="12927",
                    name="MAHAN AIR",
                    matched_name="MAHAN AIR",
                    score=0.96,
                ),
            ]

    engine = PolicyEngine.default(screener=TwoLists())
    listed = account(name="Mahan Air")
    denied = engine.decide(listed, OPEN, US, None, AS_OF)
    assert denied.codes == ["RESTRICTED_PARTY"]
    assert denied.reasons[0].message.count("12927") == 1
    cleared = account(
        name="Mahan Air",
        overrides=[{"list": "us_ofac_sdn", "list_id": "12927", "verdict": "false_positive"}],
    )
    assert engine.decide(cleared, OPEN, US, None, AS_OF).decision == "allow"


def test_licence_destinations_are_read_as_the_rules_read_them(engine: PolicyEngine) -> None:
    hk_licence = [
        {"id": "L-HK", "models": ["*"], "destinations": ["HK"], "valid_until": "2030-01-01"}
    ]
    decision = engine.decide(
        account(headquarters="HK", licences=hk_licence), CONTROLLED, US, None, AS_OF
    )
    assert decision.codes == ["LICENSED"]
    assert "licence L-HK covers China (CN)" in decision.reasons[0].message
    not_yet = [{**hk_licence[0], "valid_from": "2027-01-01"}]
    held = engine.decide(account(headquarters="HK", licences=not_yet), CONTROLLED, US, None, AS_OF)
    assert held.codes == ["RESTRICTED_DESTINATION"]
    assert "valid only from 2027-01-01" in held.reasons[0].message
