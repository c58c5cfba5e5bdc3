"""The journal worker's bulk writes (``insert_many``, a usage record's JSON encoded once) store
exactly what SQLAlchemy's own ``insert`` stored, on SQLite and PostgreSQL: the same column
values, the same JSON text, the same audit chain."""

from __future__ import annotations

import datetime as dt
from typing import Any

import msgspec
import sqlalchemy as sa

from exportgate.audit import AuditLog, decision_entry
from exportgate.audit.chain import GENESIS, chain_rows
from exportgate.records import (
    Decision,
    DecisionContext,
    DecisionInputs,
    Location,
    Message,
    Reason,
    UsageRecord,
    to_builtins,
)
from exportgate.store import open_store, schema
from exportgate.store.sql import _json_text, json_text
from tests.bypass.test_reports import usage_records

RAW_USAGE = sa.text(
    "SELECT ts, account_id, model, status, decision, CAST(record AS TEXT) AS record "
    "FROM usage WHERE request_id = :id"
)


def _full_record() -> UsageRecord:
    """A usage record with every optional field set (and a non-UTC offset on its time)."""
    return UsageRecord(
        ts=dt.datetime(2026, 12, 6, 9, 30, 1, 123456, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        request_id="full-1",
        account_id="acct-full",
        model="frontier-5",
        endpoint="chat.completions",
        status=200,
        decision="allow",
        key_id="key-1",
        ip="192.0.2.7",
        user_agent="bench/1 \u00e9",
        messages=[Message(role="user", content='Quote "this" \\ and \u2603')],
        prompt_tokens=12,
        completion_tokens=34,
        latency_ms=1.25,
        reasons=["ALLOWED"],
        client_request_id="c-1",
        end_user="u-1",
        rerouted_from="frontier-4",
        refused=True,
    )


def test_a_usage_records_json_is_encoded_once_as_its_builtins_would_be() -> None:
    for record in [*usage_records(), _full_record()]:
        assert json_text(record) == _json_text(to_builtins(record))
        assert msgspec.json.decode(json_text(record).encode()) == to_builtins(record)


def test_usage_rows_are_stored_as_sqlalchemys_insert_stored_them(store_url: str) -> None:
    store = open_store(store_url)
    records = [*usage_records(), _full_record()]
    store.write_usage(records)
    reference = [
        {
            "ts": r.ts,
            "request_id": r.request_id + "-ref",
            "account_id": r.account_id,
            "model": r.model,
            "status": r.status,
            "decision": r.decision,
            "record": to_builtins(r),
        }
        for r in records
    ]
    with store.engine.begin() as conn:
        conn.execute(sa.insert(schema.usage), reference)  # SQLAlchemy's own path
    with store.engine.connect() as conn:
        for record in records:
            ours = conn.execute(RAW_USAGE, {"id": record.request_id}).one()
            theirs = conn.execute(RAW_USAGE, {"id": record.request_id + "-ref"}).one()
            assert tuple(ours) == tuple(theirs)
    # both rows hold the same record (the reference row differs only in its request_id column)
    assert list(store.iter_usage(account_id="acct-full")) == [_full_record()] * 2


def test_a_usage_record_already_stored_or_repeated_is_written_once(store_url: str) -> None:
    store = open_store(store_url)
    records = usage_records()
    store.write_usage(records[:3])
    store.write_usage([*records, records[0]])  # a replay after a partial failure
    assert [r.request_id for r in store.iter_usage()] == [r.request_id for r in records]


def _entries() -> list[Any]:
    decision = Decision(
        decision="allow",
        reasons=[Reason(code="ALLOWED", message="No rule restricts this.", outcome="allow")],
        obligations=["watermark"],
        policy_version="sha256:1",
        data_versions={"screening": "stored:bench"},
    )
    context = DecisionContext(
        request_id="r1",
        kind="request",
        model="frontier-5",
        location=Location(country="US", network="residential", source="local_networks"),
    )
    return [
        decision_entry(
            "acct-a",
            DecisionInputs(request_id=f"r{i}", account_id="acct-a", model="frontier-5"),
            decision,
            extra=context,
            ts=dt.datetime(2026, 12, 6, 9, i, tzinfo=dt.UTC),
        )
        for i in range(5)
    ]


def test_audit_rows_are_stored_as_chained_and_the_chain_verifies(store_url: str) -> None:
    store = open_store(store_url)
    log = AuditLog(store)
    entries = _entries()
    log.append(entries[:2])
    log.append(entries[2:])
    expected = chain_rows(entries, 0, GENESIS, dt.datetime.now(dt.UTC))
    stored = list(log.rows())
    assert [row["hash"] for row in stored] == [row["hash"] for row in expected]
    for ours, want in zip(stored, expected, strict=True):
        for key in ("seq", "kind", "subject", "decision", "input_digest", "prev_hash"):
            assert ours[key] == want[key]
        assert ours["record"] == want["record"]
        assert ours["data_versions"] == want["data_versions"]
        ts = ours["ts"]  # SQLite gives it back naive (in UTC)
        assert (ts.replace(tzinfo=dt.UTC) if ts.tzinfo is None else ts) == want["ts"]
    assert log.verify().ok


def test_sqlites_datetime_text_is_sqlalchemys() -> None:
    from sqlalchemy.dialects import sqlite

    from exportgate.store.sql import _fast_processor

    dialect, impl = sqlite.dialect(), sqlite.DATETIME()  # type: ignore[no-untyped-call]
    ours, theirs = _fast_processor(impl, dialect), impl.bind_processor(dialect)
    assert ours is not None and theirs is not None and ours is not theirs
    for value in [
        dt.datetime(2026, 12, 6, 9, 1, 2, 3),
        dt.datetime(999, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
        dt.datetime(2026, 1, 1, 0, 0, 0, 999999, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        dt.date(2026, 1, 2),
        None,
    ]:
        assert ours(value) == theirs(value)
    assert ours(dt.datetime(2026, 12, 6, 9, 1, 2, 3)) == "2026-12-06 09:01:02.000003"
