"""Alerts and their detector evidence are typed records: each detector's evidence is stored as
the JSON it always was, one method summarises every detector's evidence, rows written by earlier
releases still read, and a row that cannot be read names the alert and the field."""

from __future__ import annotations

import datetime as dt
from typing import Any

import msgspec
import pytest
import sqlalchemy as sa

from exportgate.records import ClusterEvidence, DetectorEvidence, RecordError
from exportgate.store import open_store
from exportgate.store.schema import alerts as alerts_table

SAMPLE = {
    "request_id": "req-1",
    "ts": "2026-01-02T03:04:05+00:00",
    "ip": "203.0.113.9",
    "user_agent": "python-httpx/0.27",
    "prompt": "Rate this answer from 1 to 10",
    "completion_tokens": 812,
}
TIE = {
    "kind": "payment",
    "value": "pf-shared",
    "accounts": 6,
    "bits": 21.3,
    "chance": 1e-6,
    "carriers": 6,
    "why": "one card in a million carries it",
    "shared_values": 1,
    "values": ["pf-shared"],
    "text": "6 of the 6 accounts share a payment fingerprint (pf-shared)",
}
# the evidence each detector stored before the record was typed
ONLINE_ALERT: dict[str, Any] = {
    "account_id": "acct-h",
    "score": 0.91,
    "flagged": True,
    "reasons": ["templated grading prompts", "no daily rhythm", "long answers", "fourth"],
    "features": {"requests": 400.0, "template_share": 0.92},
    "signals": {"templates": {"strength": 0.9, "value": 0.92, "factor": "automation"}},
    "sample_requests": [SAMPLE],
    "example_requests": {"grading": SAMPLE},
    "cluster": {
        "id": "cluster-acct-h",
        "members": 6,
        "member_ids": ["acct-h", "acct-i"],
        "ties": [TIE],
        "score": 0.95,
        "reasons": ["one scheduler drives them", "proxy rotation"],
    },
    "summary": "Account acct-h scores 0.91 for model harvesting: it belongs to cluster-acct-h "
    "(6 accounts; 6 of the 6 accounts share a payment fingerprint (pf-shared)) whose combined "
    "traffic shows: one scheduler drives them; proxy rotation.",
    "code": "DISTILLATION_SUSPECTED",
    "via": "cluster",
    "flagged_at": "2026-01-02T03:04:05+00:00",
}
SCAN_ROW: dict[str, Any] = {
    "account_id": "acct-s",
    "score": 0.88,
    "flagged": True,
    "cluster": None,
    "reasons": ["templated grading prompts", "no daily rhythm"],
    "account_score": 0.88,
    "requests": 1200,
}
BYPASS_ALERT: dict[str, Any] = {
    "account_id": "acct-b",
    "code": "BYPASS_ACCOUNT_HOLD",
    "score": 0.93,
    "reasons": ["5 of 9 requests flagged as bypass attempts", "2 upstream refusals"],
    "families": ["roleplay", "encoding"],
    "report": "exportgate report bypass acct-b --out DIR",
}


@pytest.mark.parametrize(
    "old", [ONLINE_ALERT, SCAN_ROW, BYPASS_ALERT], ids=lambda o: o["account_id"]
)
def test_each_detectors_evidence_round_trips_to_its_old_shape(store_url: str, old: Any) -> None:
    evidence = msgspec.convert(old, DetectorEvidence)
    assert msgspec.to_builtins(evidence) == old
    store = open_store(store_url)
    alert_id = store.save_alert(evidence.alert())
    engine = sa.create_engine(store.url)
    with engine.connect() as conn:
        stored = conn.execute(
            sa.select(alerts_table.c.evidence).where(alerts_table.c.id == alert_id)
        ).scalar_one()
    engine.dispose()
    assert stored == old
    [alert] = store.alerts()
    assert alert.evidence == evidence and alert.summary == evidence.describe()
    assert alert.code == old.get("code", "DISTILLATION_SUSPECTED")
    store.close()


def test_one_summary_for_every_detector() -> None:
    online = msgspec.convert(ONLINE_ALERT, DetectorEvidence)
    assert isinstance(online.cluster, ClusterEvidence)
    assert online.describe() == (
        "Account acct-h scores 0.91 for model harvesting: it belongs to cluster-acct-h "
        f"(6 accounts; {TIE['text']}) whose combined traffic shows: one scheduler drives them; "
        "proxy rotation."
    )
    scan = msgspec.convert(SCAN_ROW, DetectorEvidence)
    assert scan.describe() == (
        "Account acct-s scores 0.88 for model harvesting: templated grading prompts; "
        "no daily rhythm."
    )
    bypass = msgspec.convert(BYPASS_ALERT, DetectorEvidence)
    assert bypass.describe() == (
        "Account acct-b scores 0.93 for safeguard bypass attempts: 5 of 9 requests flagged "
        "as bypass attempts; 2 upstream refusals."
    )
    # the policy's message names the account and the code already
    assert bypass.describe(short=True) == (
        "score 0.93: 5 of 9 requests flagged as bypass attempts; 2 upstream refusals"
    )
    quiet = DetectorEvidence(account_id="acct-q", score=0.1)
    assert quiet.describe() == "Account acct-q scores 0.10 for model harvesting."
    assert quiet.describe(short=True) == "score 0.10"


def insert_alert(store_url: str, evidence: Any) -> int:
    engine = sa.create_engine(store_url)
    with engine.begin() as conn:
        key = conn.execute(
            sa.insert(alerts_table).values(
                account_id="acct-old",
                code="DISTILLATION_SUSPECTED",
                score=0.9,
                summary="templated grading prompts",
                evidence=evidence,
                status="open",
                created_at=dt.datetime(2026, 1, 2, tzinfo=dt.UTC),
            )
        ).inserted_primary_key
    engine.dispose()
    assert key is not None
    return int(key[0])


def test_old_rows_read_and_a_bad_row_names_the_alert_and_field(store_url: str) -> None:
    store = open_store(store_url)
    # an earlier release's gateway saved the online alert with extra keys of its time
    insert_alert(store.url, {**SCAN_ROW, "account_id": "acct-old", "note": "dropped"})
    [old] = store.alerts()
    assert old.evidence.account_id == "acct-old" and old.evidence.requests == 1200
    bad = insert_alert(store.url, {**SCAN_ROW, "score": "high"})
    with pytest.raises(RecordError) as raised:
        store.alerts()
    assert raised.value.record_id == f"alert {bad}"
    assert raised.value.field == "evidence.score"
    store.close()


def test_one_alert_by_its_id(store_url: str) -> None:
    store = open_store(store_url)
    first = insert_alert(store_url, ONLINE_ALERT)
    second = insert_alert(store_url, ONLINE_ALERT)
    found = store.alert(second)
    assert found is not None and found.id == second and found.account_id == "acct-old"
    assert store.alert(first) is not None and store.alert(second + 100) is None
