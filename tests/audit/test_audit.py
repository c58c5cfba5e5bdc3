"""The audit log detects every change, removal and reordering, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading

import pytest
import sqlalchemy as sa

from exportgate.audit import AuditEntry, AuditLog
from exportgate.store import open_store
from exportgate.store.schema import audit_head, audit_log


def entries(n: int, start: int = 0) -> list[AuditEntry]:
    return [
        AuditEntry(
            kind="decision",
            subject=f"acct-{i}",
            decision="allow",
            inputs={"case": i},
            record={"reasons": [{"code": "ALLOWED"}], "i": i},
            policy_version="sha256:test",
            data_versions={"country_data": "v1"},
        )
        for i in range(start, start + n)
    ]


@pytest.fixture
def log(store_url: str) -> AuditLog:
    return AuditLog(open_store(store_url))


def test_intact_chain_verifies(log: AuditLog) -> None:
    assert log.append(entries(3)) == [1, 2, 3]
    assert log.append(entries(2, 3)) == [4, 5]
    result = log.verify()
    assert result.ok and result.checked == 5
    assert "5 records" in result.describe()


def test_changed_record_is_named(log: AuditLog) -> None:
    log.append(entries(6))
    with log.store.engine.begin() as conn:
        conn.execute(sa.update(audit_log).where(audit_log.c.seq == 4).values(decision="deny"))
    result = log.verify()
    assert not result.ok and result.first_bad_seq == 4
    assert "changed" in result.describe()


def test_removed_record_is_named(log: AuditLog) -> None:
    log.append(entries(6))
    with log.store.engine.begin() as conn:
        conn.execute(sa.delete(audit_log).where(audit_log.c.seq == 3))
    result = log.verify()
    assert not result.ok and result.first_bad_seq == 3
    assert "removed" in result.describe()


def test_removed_tail_is_detected_by_the_head(log: AuditLog) -> None:
    log.append(entries(6))
    with log.store.engine.begin() as conn:
        conn.execute(sa.delete(audit_log).where(audit_log.c.seq >= 5))
    result = log.verify()
    assert not result.ok and result.first_bad_seq == 5


def test_reordered_records_are_detected(log: AuditLog) -> None:
    log.append(entries(6))
    with log.store.engine.begin() as conn:
        rows = {r.seq: dict(r._mapping) for r in conn.execute(sa.select(audit_log))}
        conn.execute(sa.delete(audit_log).where(audit_log.c.seq.in_([2, 3])))
        two, three = rows[2], rows[3]
        conn.execute(sa.insert(audit_log), [{**three, "seq": 2}, {**two, "seq": 3}])
    result = log.verify()
    assert not result.ok and result.first_bad_seq == 2


def test_rewritten_record_with_recomputed_hash_breaks_the_next_link(log: AuditLog) -> None:
    from exportgate.audit.chain import record_hash

    log.append(entries(4))
    with log.store.engine.begin() as conn:
        row = dict(conn.execute(sa.select(audit_log).where(audit_log.c.seq == 2)).one()._mapping)
        row["decision"] = "deny"
        conn.execute(
            sa.update(audit_log)
            .where(audit_log.c.seq == 2)
            .values(decision="deny", hash=record_hash(row))
        )
    result = log.verify()
    assert not result.ok and result.first_bad_seq == 3


def test_concurrent_writers_extend_one_chain(log: AuditLog) -> None:
    def write() -> None:
        for _ in range(10):
            log.append(entries(3))

    threads = [threading.Thread(target=write) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result = log.verify()
    assert result.ok and result.checked == 120
    with log.store.engine.connect() as conn:
        assert conn.execute(sa.select(audit_head.c.seq)).scalar_one() == 120
