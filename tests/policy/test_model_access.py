"""Per-model access orders (issue 16): access rules, approved lists, per-model pause, end users,
and which refusals may be rerouted to a fallback model."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from exportgate.policy import PolicyEngine
from exportgate.policy.model_access import reroute_target
from exportgate.records import (
    Account,
    DecideCase,
    Location,
    ModelRef,
    RecordError,
    RequestFacts,
    Switches,
    parse,
)

US = Location(country="US", network="residential")
AS_OF = dt.date(2026, 6, 12)

END_USERS = [
    {
        "id": "u-alice",
        "name": "Alice Smith",
        "nationalities": ["US"],
        "citizenship_verified": True,
        "verified_at": "2026-06-01T00:00:00Z",
        "verification_method": "passport",
    },
    {
        "id": "u-chen",
        "name": "Chen Wei",
        "nationalities": ["CN"],
        "permanent_residence": [],
        "citizenship_verified": True,
        "verification_method": "passport",
    },
    {"id": "u-gupta", "name": "Priya Gupta", "nationalities": ["IN"], "citizenship_verified": True},
    {
        "id": "u-lpr",
        "name": "Jonas Berg",
        "nationalities": ["SE"],
        "permanent_residence": ["US"],
        "citizenship_verified": True,
    },
    {
        "id": "u-asylee",
        "name": "Refugee Person",
        "nationalities": ["SY"],
        "protected_individual": True,
        "citizenship_verified": True,
    },
    {"id": "u-claims-us", "name": "Bob Unverified", "nationalities": ["US"]},
]


def org(**fields: Any) -> Account:
    base: dict[str, Any] = {
        "id": "acct-us",
        "kind": "organization",
        "name": "Acme Widgets Inc",
        "country": "US",
        "headquarters": "US",
        "kyc_verified": True,
        "end_users": END_USERS,
    }
    base.update(fields)
    return parse(Account, base)


def request(end_user: str | None = None, **model: Any) -> RequestFacts:
    ref: dict[str, Any] = {"id": "frontier-5", "controlled": True}
    ref.update(model)
    return RequestFacts(model=parse(ModelRef, ref), end_user=end_user)


@pytest.fixture(scope="module")
def engine() -> PolicyEngine:
    return PolicyEngine.default()


def decide(
    engine: PolicyEngine, account: Account, req: RequestFacts, switches: Switches | None = None
) -> tuple[str, list[str]]:
    decision = engine.decide(account, req, US, switches, AS_OF)
    return decision.decision, decision.codes


def test_open_model_ignores_end_users_nationality_rule_but_not_the_ear(
    engine: PolicyEngine,
) -> None:
    assert decide(engine, org(), request("u-alice")) == ("allow", ["ALLOWED"])
    # a Chinese national named as end user of a US company: a deemed export (15 CFR 734.13),
    # exactly as if the holder were that person
    verdict, codes = decide(engine, org(), request("u-chen"))
    assert (verdict, codes) == ("deny", ["DEEMED_EXPORT"])
    # an Indian national: no deemed-export rule, no access order -> allowed
    assert decide(engine, org(), request("u-gupta")) == ("allow", ["ALLOWED"])
    # not controlled: nothing applies
    assert decide(engine, org(), request("u-chen", controlled=False))[0] == "allow"


def test_end_user_feeds_the_international_pause(engine: PolicyEngine) -> None:
    paused = Switches(international_pause=True)
    assert decide(engine, org(), request("u-alice"), paused)[0] == "allow"
    assert decide(engine, org(), request("u-gupta"), paused) == (
        "deny",
        ["INTERNATIONAL_ACCESS_PAUSED"],
    )
    # without an end user the organisation is judged as before
    assert decide(engine, org(), request(None), paused)[0] == "allow"


def test_us_persons_only(engine: PolicyEngine) -> None:
    order = {"access": "us_persons"}
    assert decide(engine, org(), request("u-alice", **order)) == ("allow", ["ALLOWED"])
    assert decide(engine, org(), request("u-lpr", **order))[0] == "allow"
    assert decide(engine, org(), request(None, **order)) == ("deny", ["END_USER_REQUIRED"])
    assert decide(engine, org(), request("u-gupta", **order)) == ("deny", ["US_PERSONS_ONLY"])
    assert decide(engine, org(), request("u-chen", **order)) == (
        "deny",
        ["DEEMED_EXPORT", "US_PERSONS_ONLY"],
    )
    assert decide(engine, org(), request("u-nobody", **order)) == (
        "review",
        ["END_USER_UNVERIFIED"],
    )
    assert decide(engine, org(), request("u-claims-us", **order)) == (
        "review",
        ["END_USER_UNVERIFIED"],
    )
    # protected individuals are U.S. persons under 15 CFR 772.1 and are admitted
    assert decide(engine, org(), request("u-asylee", **order))[0] == "allow"


def test_us_persons_messages_name_the_model_and_the_person(engine: PolicyEngine) -> None:
    decision = engine.decide(org(), request("u-gupta", access="us_persons"), US, None, AS_OF)
    message = decision.reasons[0].message
    assert "frontier-5" in message and "'u-gupta'" in message and "India (IN)" in message
    decision = engine.decide(org(), request("u-nobody", access="us_persons"), US, None, AS_OF)
    message = decision.reasons[0].message
    assert "not registered on account acct-us" in message
    assert "exportgate endusers import FILE --account acct-us" in message


def test_person_account_holder_is_the_end_user(engine: PolicyEngine) -> None:
    person = parse(
        Account,
        {
            "id": "p-1",
            "kind": "person",
            "name": "Dana Lee",
            "country": "US",
            "nationalities": ["US"],
            "kyc_verified": True,
        },
    )
    foreign = parse(
        Account,
        {
            "id": "p-2",
            "kind": "person",
            "name": "Ravi Kumar",
            "country": "US",
            "nationalities": ["IN"],
            "kyc_verified": True,
        },
    )
    unverified = parse(
        Account,
        {
            "id": "p-3",
            "kind": "person",
            "name": "Sam Roe",
            "country": "US",
            "nationalities": ["US"],
        },
    )
    order = {"access": "us_persons"}
    assert decide(engine, person, request(None, **order))[0] == "allow"
    assert decide(engine, foreign, request(None, **order)) == ("deny", ["US_PERSONS_ONLY"])
    assert "END_USER_UNVERIFIED" in decide(engine, unverified, request(None, **order))[1]


def test_approved_list(engine: PolicyEngine) -> None:
    annex_a = {"access": "approved", "approved_accounts": ["acct-us"]}
    # approved entities' foreign-national employees may use the model
    assert decide(engine, org(), request("u-gupta", **annex_a))[0] == "allow"
    assert decide(engine, org(id="acct-other"), request("u-alice", **annex_a)) == (
        "deny",
        ["NOT_APPROVED_FOR_MODEL"],
    )
    # under us_persons, listed accounts are exempt from the nationality rule
    exempt = {"access": "us_persons", "approved_accounts": ["acct-us"]}
    assert decide(engine, org(), request("u-gupta", **exempt))[0] == "allow"
    assert decide(engine, org(), request(None, **exempt))[0] == "allow"
    # ... but never from the EAR: a Chinese national is still a deemed export
    assert decide(engine, org(), request("u-chen", **annex_a)) == ("deny", ["DEEMED_EXPORT"])


def test_model_pause_applies_to_everyone_and_only_to_that_model(engine: PolicyEngine) -> None:
    assert decide(engine, org(), request("u-alice", paused=True)) == ("deny", ["MODEL_PAUSED"])
    approved = {"paused": True, "approved_accounts": ["acct-us"], "access": "approved"}
    assert decide(engine, org(), request("u-alice", **approved)) == ("deny", ["MODEL_PAUSED"])
    assert decide(engine, org(), request("u-alice", id="open-small"))[0] == "allow"


def test_reroute_only_for_per_model_refusals(engine: PolicyEngine) -> None:
    order = {"access": "us_persons", "fallback": "open-small"}
    refused = engine.decide(org(), request("u-gupta", **order), US, None, AS_OF)
    assert reroute_target(refused, request(**order).model) == "open-small"
    held = engine.decide(org(), request("u-nobody", **order), US, None, AS_OF)
    assert reroute_target(held, request(**order).model) == "open-small"
    paused = {"paused": True, "fallback": "open-small"}
    refused = engine.decide(org(), request("u-alice", **paused), US, None, AS_OF)
    assert reroute_target(refused, request(**paused).model) == "open-small"
    # a deemed export is never rerouted, even beside a per-model reason
    refused = engine.decide(org(), request("u-chen", **order), US, None, AS_OF)
    assert reroute_target(refused, request(**order).model) is None
    # nor an embargo
    embargoed = engine.decide(
        org(),
        request("u-gupta", **order),
        Location(country="IR", network="residential"),
        None,
        AS_OF,
    )
    assert reroute_target(embargoed, request(**order).model) is None
    # no fallback configured: no reroute
    refused = engine.decide(org(), request("u-gupta", access="us_persons"), US, None, AS_OF)
    assert reroute_target(refused, request(access="us_persons").model) is None


def test_end_user_validation_names_the_field() -> None:
    bad = [dict(END_USERS[0]), {"id": "u-2", "name": "X", "nationalities": ["US", "XX"]}]
    with pytest.raises(RecordError) as caught:
        org(end_users=bad)
    assert caught.value.field == "end_users[1].nationalities[1]"
    assert caught.value.record_id == "acct-us"
    with pytest.raises(RecordError) as caught:
        org(end_users=[END_USERS[0], END_USERS[0]])
    assert caught.value.field == "end_users[1].id"
    with pytest.raises(RecordError) as caught:
        parse(
            DecideCase,
            {
                "id": "c",
                "account": {"id": "a", "kind": "organization", "name": "A"},
                "request": {"model": {"id": "m", "controlled": True, "access": "citizens"}},
            },
        )
    assert caught.value.field == "request.model.access"


def test_decide_cli_carries_reroute(tmp_path: Path) -> None:
    from exportgate.cli import app

    account = {
        "id": "acct-us",
        "kind": "organization",
        "name": "Acme Widgets Inc",
        "country": "US",
        "headquarters": "US",
        "kyc_verified": True,
        "end_users": END_USERS,
    }
    model = {
        "id": "frontier-5",
        "controlled": True,
        "access": "us_persons",
        "approved_accounts": [],
        "paused": False,
        "fallback": "open-small",
    }
    cases = [
        {
            "id": "c1",
            "account": account,
            "request": {"model": model, "end_user": "u-gupta"},
            "location": {"country": "US", "network": "residential"},
            "as_of": "2026-06-12",
        },
        {
            "id": "c2",
            "account": account,
            "request": {"model": model, "end_user": "u-alice"},
            "location": {"country": "US", "network": "residential"},
            "as_of": "2026-06-12",
        },
        {
            "id": "c3",
            "account": account,
            "request": {"model": model, "end_user": "u-gupta"},
            "location": {"country": "CU", "network": "residential"},
            "as_of": "2026-06-12",
        },
    ]
    source = tmp_path / "cases.jsonl"
    source.write_text("".join(json.dumps(c) + "\n" for c in cases))
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        app, ["decide", "--batch", str(source), "--out", str(out), "--no-audit"]
    )
    assert result.exit_code == 0, result.output
    rows = {r["id"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert rows["c1"]["decision"] == "deny" and rows["c1"]["reroute"] == "open-small"
    assert [r["code"] for r in rows["c1"]["reasons"]] == ["US_PERSONS_ONLY"]
    assert rows["c2"]["decision"] == "allow" and "reroute" not in rows["c2"]
    assert "reroute" not in rows["c3"]  # an embargo is never rerouted


def test_policy_test_command_checks_the_model_access_cases() -> None:
    from exportgate.cli import app

    cases = Path(__file__).with_name("model_access_cases.jsonl")
    result = CliRunner().invoke(app, ["policy", "test", str(cases)])
    assert result.exit_code == 0, result.output
    assert "11 passed, 0 failed" in result.output
    wrong = cases.read_text().replace('"reroute": "open-small"}', '"reroute": "other"}', 1)
    broken = cases.with_name("broken.jsonl")
    try:
        broken.write_text(wrong)
        result = CliRunner().invoke(app, ["policy", "test", str(broken)])
        assert result.exit_code == 1 and "reroute other (got open-small)" in result.output
    finally:
        broken.unlink()
