"""One account's usage and audit records, read without reading the whole store (the account
reports, from the console and ``exportgate report bypass``), on SQLite and PostgreSQL; a store
created before the audit log's subject index gets it when opened."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from exportgate.audit import AuditLog, decision_entry
from exportgate.audit.chain import AuditEntry
from exportgate.records import Decision, DecisionInputs, Reason
from exportgate.store import open_store
from tests.bypass.test_reports import usage_records


def _entry(account: str, i: int) -> AuditEntry:
    decision = Decision(
        decision="allow",
        reasons=[Reason(code="OK", message="served", outcome="allow")],
        obligations=[],
        policy_version="p1",
    )
    inputs = DecisionInputs(request_id=f"r{account}{i}", account_id=account, model="frontier-5")
    return decision_entry(
        account, inputs, decision, ts=dt.datetime(2026, 11, 3, 9, i, tzinfo=dt.UTC)
    )


def test_one_accounts_usage_and_audit_records(store_url: str) -> None:
    store = open_store(store_url)
    records = usage_records()
    store.write_usage(records)
    AuditLog(store).append([_entry(a, i) for i in range(3) for a in ("acct-bad", "acct-good")])
    bad = list(store.iter_usage(account_id="acct-bad"))
    assert [r.request_id for r in bad] == [
        r.request_id for r in records if r.account_id == "acct-bad"
    ]
    assert len(list(store.iter_usage())) == len(records)
    rows = AuditLog(store).rows_for("acct-bad")
    assert [r["subject"] for r in rows] == ["acct-bad"] * 3
    assert [r["seq"] for r in rows] == sorted(r["seq"] for r in rows)
    assert AuditLog(store).verify().ok


def test_an_older_store_gets_the_subject_index_when_opened(store_url: str) -> None:
    store = open_store(store_url)
    with store.engine.begin() as conn:
        conn.execute(sa.text("DROP INDEX ix_audit_log_subject"))
    names = {ix["name"] for ix in sa.inspect(store.engine).get_indexes("audit_log")}
    assert "ix_audit_log_subject" not in names
    store.engine.dispose()
    reopened = open_store(store_url)
    names = {ix["name"] for ix in sa.inspect(reopened.engine).get_indexes("audit_log")}
    assert "ix_audit_log_subject" in names
