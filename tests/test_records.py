"""Records reject bad input with the record id and the field, and accept the DESIGN.md shapes."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from exportgate.records import Account, DecideCase, RecordError, parse, parse_lines

GOOD_ACCOUNT = {
    "id": "acct-1",
    "kind": "organization",
    "name": "Helios Robotics Pte. Ltd.",
    "country": "SG",
    "headquarters": "SG",
    "region": None,
    "owners": [
        {
            "name": "Shenzhen Helios Group Co., Ltd.",
            "kind": "organization",
            "country": "CN",
            "headquarters": "CN",
            "share": 0.6,
            "owners": [],
        }
    ],
    "kyc_verified": True,
    "licences": [
        {"id": "L-1", "models": ["*"], "destinations": ["CN"], "valid_until": "2027-06-30"}
    ],
    "overrides": [{"list": "us_ofac_sdn", "list_id": "12345", "verdict": "false_positive"}],
    "api_keys": ["sk-test-helios"],
    "created_at": "2026-10-01T00:00:00Z",
    "signup_channel": "self_serve",
    "payment_fingerprint": "pf-9",
}


def with_changes(**changes: object) -> dict[str, object]:
    return {**json.loads(json.dumps(GOOD_ACCOUNT)), **changes}


def test_design_example_account_parses() -> None:
    account = parse(Account, GOOD_ACCOUNT)
    assert account.owners[0].share == 0.6
    assert account.licences[0].valid_until == dt.date(2027, 6, 30)
    assert account.created_at == dt.datetime(2026, 10, 1, tzinfo=dt.UTC)


def test_country_codes_are_normalised_to_upper_case() -> None:
    assert parse(Account, with_changes(country="sg")).country == "SG"


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"country": "XX"}, "country", "unknown country code 'XX'"),
        ({"headquarters": "Singapore"}, "headquarters", "unknown country code"),
        ({"region": "Crimea"}, "region", "malformed region code"),
        ({"kind": None}, "kind", "Expected `str`"),
        ({"kind": "company"}, "kind", "Invalid enum value 'company'"),
        ({"created_at": "yesterday"}, "created_at", "Invalid RFC3339"),
        ({"nationalities": ["CN", "ZZZ"]}, "nationalities[1]", "unknown country code 'ZZZ'"),
    ],
)
def test_bad_fields_are_named(changes: dict[str, object], field: str, words: str) -> None:
    with pytest.raises(RecordError) as info:
        parse(Account, with_changes(**changes))
    assert info.value.record_id == "acct-1"
    assert info.value.field == field
    assert words in info.value.message


def test_missing_kind_is_named() -> None:
    raw = with_changes()
    del raw["kind"]
    with pytest.raises(RecordError) as info:
        parse(Account, raw)
    assert "missing required field `kind`" in str(info.value)
    assert info.value.record_id == "acct-1"
    assert info.value.field == "kind"  # the missing field is named, not "(record)"


def test_owner_share_outside_unit_interval() -> None:
    owners = [{"name": "X", "kind": "organization", "share": 1.5}]
    with pytest.raises(RecordError) as info:
        parse(Account, with_changes(owners=owners))
    assert info.value.field == "owners[0].share"
    assert "share 1.5 is outside 0..1" in info.value.message


def test_owners_summing_over_one_are_rejected_at_every_layer() -> None:
    top = [
        {"name": "A", "kind": "organization", "share": 0.7},
        {"name": "B", "kind": "organization", "share": 0.6},
    ]
    with pytest.raises(RecordError, match="sum to 1.3000, more than 1") as info:
        parse(Account, with_changes(owners=top))
    assert info.value.field == "owners"
    nested = [
        {
            "name": "A",
            "kind": "organization",
            "share": 1.0,
            "owners": [
                {"name": "C", "kind": "person", "share": 0.8},
                {"name": "D", "kind": "person", "share": 0.3},
            ],
        }
    ]
    with pytest.raises(RecordError) as info:
        parse(Account, with_changes(owners=nested))
    assert info.value.field == "owners[0].owners"


def test_bad_licence_date() -> None:
    licences = [{"id": "L", "models": ["*"], "destinations": ["CN"], "valid_until": "2027-02-30"}]
    with pytest.raises(RecordError) as info:
        parse(Account, with_changes(licences=licences))
    assert info.value.field == "licences[0].valid_until"


def test_batch_goes_on_after_bad_lines() -> None:
    good = json.dumps(
        {"id": "c1", "account": GOOD_ACCOUNT, "request": {"model": {"id": "m", "controlled": True}}}
    )
    bad_field = json.dumps(
        {
            "id": "c2",
            "account": with_changes(country="QQ"),
            "request": {"model": {"id": "m", "controlled": True}},
        }
    )
    results = list(parse_lines(DecideCase, [good, "{not json", "", bad_field, good]))
    assert [n for n, _ in results] == [1, 2, 4, 5]
    kinds = [type(r).__name__ for _, r in results]
    assert kinds == ["DecideCase", "RecordError", "RecordError", "DecideCase"]
    json_error, field_error = results[1][1], results[2][1]
    assert isinstance(json_error, RecordError) and "line 2" in json_error.message
    assert isinstance(field_error, RecordError)
    assert field_error.record_id == "c2" and field_error.field == "account.country"
