"""The audit payload of a decision is a typed record: each producer's payload is the JSON (and so
the hash) it was before, and journal lines written by earlier releases still read."""

from __future__ import annotations

import datetime as dt
from typing import Any

import msgspec
from msgspec import UNSET

from exportgate.audit import AuditEntry, digest
from exportgate.audit.chain import GENESIS, chain_rows
from exportgate.audit.record import decision_entry
from exportgate.records import (
    Decision,
    DecisionAudit,
    DecisionContext,
    DecisionInputs,
    DecisionRecord,
    Location,
    Reason,
)

NOW = dt.datetime(2026, 12, 5, 12, 0, tzinfo=dt.UTC)
DECISION = Decision(
    decision="review",
    reasons=[
        Reason(code="REGION_UNVERIFIED", message="region unknown", outcome="review"),
        Reason(code="ALLOWED", message="fine"),
    ],
    obligations=["watermark"],
    policy_version="p-7",
    data_versions={"lists": "v2"},
)
LOCATION = Location(country="UA", region="UA-43", network="vpn", source="mmdb")


def old_payload(extra: dict[str, Any]) -> dict[str, Any]:
    """The payload as ``decision_entry`` built it before the record was typed."""
    return {
        "decision": DECISION.decision,
        "reasons": [{"code": r.code, "message": r.message} for r in DECISION.reasons],
        "obligations": DECISION.obligations,
        **extra,
    }


GATEWAY = (
    DecisionContext(
        request_id="req-1",
        client_request_id=None,
        kind="request",
        key_id="key-abc",
        ip="198.51.100.7",
        model="frontier-5",
        endpoint="chat.completions",
        location=LOCATION,
        location_problem=None,
        end_user="u-1",
    ),
    {
        "request_id": "req-1",
        "client_request_id": None,
        "kind": "request",
        "key_id": "key-abc",
        "ip": "198.51.100.7",
        "model": "frontier-5",
        "endpoint": "chat.completions",
        "location": msgspec.to_builtins(LOCATION),
        "location_problem": None,
        "end_user": "u-1",
    },
)
UNPLACED = (
    DecisionContext(request_id="req-2", kind="request", location=None, location_problem="no ip"),
    {"request_id": "req-2", "kind": "request", "location": None, "location_problem": "no ip"},
)
BYPASS = (
    DecisionContext(
        request_id="req-3",
        kind="bypass",
        model="frontier-5",
        score=0.93,
        band="high",
        families=["roleplay"],
        signals=["asks to ignore the rules"],
        language="en",
        action="reroute",
        rerouted_to="open-small",
    ),
    {
        "request_id": "req-3",
        "kind": "bypass",
        "model": "frontier-5",
        "score": 0.93,
        "band": "high",
        "families": ["roleplay"],
        "signals": ["asks to ignore the rules"],
        "language": "en",
        "action": "reroute",
        "rerouted_to": "open-small",
    },
)
BATCH = (
    DecisionContext(case_id="c-1", reroute="open-small"),
    {"case_id": "c-1", "reroute": "open-small"},
)


def test_each_producers_payload_and_hash_are_unchanged() -> None:
    for context, extra in (GATEWAY, UNPLACED, BYPASS, BATCH):
        typed = decision_entry(
            "acct-1",
            DecisionInputs(request_id="r", account_id="a", model="m"),
            DECISION,
            extra=context,
            ts=NOW,
        )
        assert msgspec.to_builtins(typed.record) == old_payload(extra)
        untyped = AuditEntry(**{**typed.__dict__, "record": old_payload(extra)})
        [new_row] = chain_rows([typed], 0, GENESIS, NOW)
        [old_row] = chain_rows([untyped], 0, GENESIS, NOW)
        assert new_row == old_row
        assert msgspec.convert(new_row["record"], DecisionRecord) == typed.record


def test_the_inputs_digest_is_unchanged() -> None:
    typed = DecisionInputs(
        request_id="req-1",
        account_id="acct-1",
        key_id="key-abc",
        ip=None,
        model="frontier-5",
        endpoint="chat.completions",
    )
    assert digest(typed) == digest(
        {
            "request_id": "req-1",
            "account_id": "acct-1",
            "key_id": "key-abc",
            "ip": None,
            "model": "frontier-5",
            "endpoint": "chat.completions",
        }
    )
    assert typed.end_user is UNSET


def test_a_journal_line_of_an_earlier_release_still_reads() -> None:
    old_line = msgspec.json.encode(
        {
            "ts": NOW.isoformat(),
            "subject": "acct-1",
            "inputs": {"request_id": "req-1", "account_id": "acct-1", "model": "frontier-5"},
            "decision": msgspec.to_builtins(DECISION),
            "extra": GATEWAY[1],
        }
    )
    item = msgspec.json.decode(old_line, type=DecisionAudit)
    assert isinstance(item, DecisionAudit) and item.ts == NOW
    assert item.decision == DECISION and item.extra == GATEWAY[0]
    assert msgspec.json.decode(msgspec.json.encode(item)) == msgspec.json.decode(old_line) | {
        "ts": msgspec.json.decode(msgspec.json.encode(NOW))
    }
