"""Usage and audit records are never dropped: spooled to disk while the store is down, replayed
when it is back. The store is the real PostgreSQL, reached through a TCP relay the test cuts."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from exportgate.audit import AuditLog
from exportgate.gateway.recorder import RecordWriter
from exportgate.records import (
    Decision,
    DecisionAudit,
    DecisionContext,
    DecisionInputs,
    UsageRecord,
)
from exportgate.store.schema import audit_log

from .conftest import GatewayFactory
from .relay import Relay
from .test_dialects import HELLO, oai, settle


@pytest.fixture(scope="module")
def pg_database(postgres_url: str) -> str:
    """A database of this test session's own on the real PostgreSQL server (skipped with the
    reason, or failed under EXPORTGATE_REQUIRE_SERVICES, when none is reachable)."""
    return postgres_url.rsplit("/", 1)[1]


@pytest.fixture
def relay() -> Iterator[Relay]:
    relay = Relay(("127.0.0.1", 5432))
    relay.start()
    yield relay
    with contextlib.suppress(Exception):
        relay.stop()


def test_spool_and_replay_with_the_store_down(
    make_gateway: GatewayFactory, relay: Relay, pg_database: str, tmp_path: Path
) -> None:
    url = f"postgresql+psycopg://127.0.0.1:{relay.port}/{pg_database}"
    handle, store = make_gateway(
        url,
        usage={
            "spool_dir": str(tmp_path / "spool"),
            "flush_interval_ms": 50,
            "replay_interval_s": 0.2,
            "writer": "process",
        },
    )
    assert handle.gateway.journal is not None and handle.gateway.journal.alive
    records = handle.gateway.records
    client = oai(handle)
    first = client.chat.completions.with_raw_response.create(model="frontier-5", messages=HELLO)
    settle(handle)
    relay.stop()
    ids = [first.headers["x-request-id"]]
    for _ in range(5):
        raw = client.chat.completions.with_raw_response.create(model="frontier-5", messages=HELLO)
        assert raw.status_code == 200  # known callers are served from the cache
        ids.append(raw.headers["x-request-id"])
    assert records.flush()
    # the store cannot take them: they wait in the spool (usage and audit alike)
    spooled = b"".join(p.read_bytes() for p in records.spool_files())
    for request_id in ids[1:]:
        assert spooled.count(request_id.encode()) >= 2

    relay.start()  # same port: the store is back
    assert records.wait_spool_empty(30), "spooled records were not replayed"
    stored = {r.request_id: r for r in store.iter_usage() if r.request_id in ids}
    assert sorted(stored) == sorted(ids)
    assert all(r.status == 200 and r.decision == "allow" for r in stored.values())
    with store.engine.connect() as conn:
        audited = [
            row.record["request_id"]
            for row in conn.execute(
                sa.select(audit_log.c.record).where(audit_log.c.subject == "acct-us")
            )
        ]
    assert sorted(i for i in audited if i in ids) == sorted(ids)
    assert AuditLog(store).verify().ok


class FlakySink:
    def __init__(self) -> None:
        self.up = False
        self.usage: list[UsageRecord] = []
        self.audit: list[DecisionAudit] = []

    def write_usage(self, batch: Any) -> None:
        if not self.up:
            raise ConnectionError("store down")
        self.usage += batch

    def write_audit(self, batch: Any) -> None:
        if not self.up:
            raise ConnectionError("store down")
        self.audit += batch


def _audit(i: int) -> DecisionAudit:
    import datetime as dt

    return DecisionAudit(
        ts=dt.datetime.now(dt.UTC),
        subject="a",
        inputs=DecisionInputs(request_id=f"r-{i}", account_id="a", model="m"),
        decision=Decision(decision="allow", reasons=[], obligations=[], policy_version="t"),
        extra=DecisionContext(request_id=f"r-{i}"),
    )


def _usage(i: int) -> UsageRecord:
    import datetime as dt

    return UsageRecord(
        ts=dt.datetime.now(dt.UTC),
        request_id=f"r-{i}",
        account_id="a",
        model="m",
        endpoint="chat.completions",
        status=200,
        decision="allow",
    )


def test_memory_is_bounded_and_nothing_is_lost(tmp_path: Path) -> None:
    sink = FlakySink()
    writer = RecordWriter(
        sink,
        sink.write_audit,
        tmp_path / "spool",
        batch_size=10,
        flush_interval_s=0.02,
        max_pending=25,
        replay_interval_s=0.05,
    )
    try:
        for i in range(300):
            writer.submit_usage(_usage(i))
            writer.submit_audit(_audit(i))
            assert writer.pending <= 2 * 25
        assert writer.flush()
        assert not sink.usage and writer.spool_files()
        sink.up = True
        assert writer.wait_spool_empty(30)
    finally:
        writer.close()
    assert sorted(r.request_id for r in sink.usage) == sorted(f"r-{i}" for i in range(300))
    assert sorted(a.inputs.request_id for a in sink.audit) == sorted(f"r-{i}" for i in range(300))


def test_close_spools_what_the_store_did_not_take(tmp_path: Path) -> None:
    sink = FlakySink()
    writer = RecordWriter(sink, sink.write_audit, tmp_path / "spool", flush_interval_s=60)
    for i in range(7):
        writer.submit_usage(_usage(i))
    writer.close()
    lines = sum(len(p.read_bytes().splitlines()) for p in (tmp_path / "spool").glob("usage-*"))
    assert lines == 7
    # a new writer (the next start) replays them
    sink.up = True
    again = RecordWriter(sink, sink.write_audit, tmp_path / "spool", flush_interval_s=0.02)
    try:
        assert again.wait_spool_empty(30)
    finally:
        again.close()
    assert len(sink.usage) == 7


def test_unreadable_spool_lines_are_kept_aside(tmp_path: Path) -> None:
    spool = tmp_path / "spool"
    spool.mkdir()
    good = _usage(1)
    import msgspec

    (spool / "usage-1-1-0.jsonl").write_bytes(msgspec.json.encode(good) + b"\n{broken\n")
    sink = FlakySink()
    sink.up = True
    writer = RecordWriter(sink, sink.write_audit, spool, flush_interval_s=0.02)
    try:
        assert writer.wait_spool_empty(30)
    finally:
        writer.close()
    assert [r.request_id for r in sink.usage] == ["r-1"]
    assert (spool / "usage-1-1-0.bad.jsonl").read_bytes() == b"{broken\n"


def test_a_journal_segment_reads_the_same_whole_or_line_by_line(tmp_path: Path) -> None:
    """A well-formed segment is decoded in one call; one with a torn last line, a record that is
    not one, or an unknown kind is read line by line: the same records either way, and only the
    broken lines set aside."""
    from exportgate.gateway.commitlog import served_line
    from exportgate.gateway.recorder import _encoder, _read_spool

    def line(kind: str, record: Any) -> bytes:
        return b'{"kind":"' + kind.encode() + b'","record":' + _encoder.encode(record) + b"}\n"

    good = b"".join(
        [
            line("audit", _audit(1)),
            line("usage", _usage(1)) + served_line(3, b'{"request_id":"r-1"}'),
            line("audit", _audit(2)),
            line("usage", _usage(2)),
        ]
    )
    want = [
        ("audit", [_audit_id(a) for a in (_audit(1), _audit(2))]),
        ("usage", ["r-1", "r-2"]),
    ]
    whole = tmp_path / "batch-1-1-0.jsonl"
    whole.write_bytes(good)
    groups, bad, refused = _read_spool(whole, "batch")
    assert _ids(groups) == want and not bad and not refused

    not_audit = b'{"kind":"audit","record":{"ts":"2026-12-06T09:00:00Z"}}\n'
    torn = line("usage", _usage(3))[:40]
    broken = tmp_path / "batch-1-1-1.jsonl"
    broken.write_bytes(good + not_audit + b'{"kind":"other","record":{}}\n' + torn)
    groups, bad, refused = _read_spool(broken, "batch")
    assert _ids(groups) == want
    assert bad == [b'{"kind":"other","record":{}}\n', torn + b"\n"]
    assert [(kind, raw) for kind, raw, _ in refused] == [
        ("audit", b'{"ts":"2026-12-06T09:00:00Z"}')
    ]


def _audit_id(entry: DecisionAudit) -> str:
    return entry.inputs.request_id


def _ids(groups: list[tuple[str, list[Any]]]) -> list[tuple[str, list[str]]]:
    return [
        (kind, [_audit_id(r) if kind == "audit" else r.request_id for r in items])
        for kind, items in groups
    ]


class PartlyDownSink:
    """Refuses the audit record of ``r-2`` for what it contains; while ``down``, cannot be
    reached for usage at all nor for audit records from ``r-4`` on. Counts its calls."""

    def __init__(self) -> None:
        self.down = True
        self.usage: list[str] = []
        self.audit: list[str] = []
        self.calls = {"usage": 0, "audit": 0}

    def write_usage(self, batch: Any) -> None:
        self.calls["usage"] += 1
        if self.down:
            raise ConnectionError("store down")
        self.usage += [r.request_id for r in batch]

    def write_audit(self, batch: Any) -> None:
        self.calls["audit"] += 1
        ids = [_audit_id(a) for a in batch]
        if "r-2" in ids:
            raise ValueError("the store refuses r-2")
        if self.down and any(int(i.split("-")[1]) >= 4 for i in ids):
            raise ConnectionError("store down")
        self.audit += ids


def test_consecutive_journal_segments_replay_together_and_keep_what_is_left(
    tmp_path: Path,
) -> None:
    """Clean journal segments go into the store in one audit and one usage write for the run;
    when the store goes away part-way, each segment keeps exactly what did not go in (audit
    records never twice), a refused record goes to the dead letters, and the rest follows once
    the store is back."""
    from exportgate.gateway.recorder import _encoder

    def line(kind: str, record: Any) -> bytes:
        return b'{"kind":"' + kind.encode() + b'","record":' + _encoder.encode(record) + b"}\n"

    spool = tmp_path / "spool"
    spool.mkdir()
    for segment in range(3):
        pair = (2 * segment, 2 * segment + 1)
        (spool / f"batch-1-1-{segment}.jsonl").write_bytes(
            b"".join(line("audit", _audit(i)) + line("usage", _usage(i)) for i in pair)
        )
    sink = PartlyDownSink()
    writer = RecordWriter(sink, sink.write_audit, spool, flush_interval_s=3600)
    try:
        assert not writer.replay()  # the audit records from r-4 on could not go in
        assert sink.audit == ["r-0", "r-1"] and sink.usage == []
        assert writer.dead_lettered["audit"] == 1  # r-2, refused for what it is
        left = {p.name: p.read_bytes() for p in writer.spool_files()}
        assert sorted(left) == ["batch-1-1-0.jsonl", "batch-1-1-1.jsonl", "batch-1-1-2.jsonl"]
        assert b'"kind":"audit"' not in left["batch-1-1-0.jsonl"]  # its audit records are in
        assert left["batch-1-1-1.jsonl"].count(b'"kind":"audit"') == 1  # r-3's, not r-2's
        assert left["batch-1-1-2.jsonl"].count(b'"kind":"audit"') == 2
        assert all(data.count(b'"kind":"usage"') == 2 for data in left.values())

        sink.down = False
        sink.calls = {"usage": 0, "audit": 0}
        assert writer.replay()
        assert sink.calls == {"usage": 1, "audit": 1}  # the three segments together
        assert sink.audit == ["r-0", "r-1", "r-3", "r-4", "r-5"]
        assert sink.usage == [f"r-{i}" for i in range(6)]
        assert writer.spool_files() == []
    finally:
        writer.close()


def test_a_busy_replayer_gathers_the_next_segments_into_one_write(tmp_path: Path) -> None:
    """After a pass that moved a batch or more, the replayer waits ``gather_s`` before the next
    one, so that segments closed meanwhile go into the store together."""
    import threading

    from exportgate.gateway.recorder import _encoder

    def segment(name: str, ids: range) -> None:
        (spool / name).write_bytes(
            b"".join(
                b'{"kind":"audit","record":' + _encoder.encode(_audit(i)) + b"}\n"
                b'{"kind":"usage","record":' + _encoder.encode(_usage(i)) + b"}\n"
                for i in ids
            )
        )

    spool = tmp_path / "spool"
    spool.mkdir()
    batches: list[list[str]] = []
    wrote = threading.Semaphore(0)

    def write_audit(batch: Any) -> None:
        batches.append([_audit_id(a) for a in batch])
        wrote.release()

    sink = FlakySink()
    sink.up = True
    segment("batch-1-1-0.jsonl", range(0, 2))  # 4 records: a batch (batch_size 2)
    writer = RecordWriter(
        sink, write_audit, spool, flush_interval_s=0.01, batch_size=2, gather_s=1.0
    )
    try:
        assert wrote.acquire(timeout=10)
        segment("batch-1-1-1.jsonl", range(2, 3))
        # gathering: not written within flush_interval_s (0.01 s) as a quiet replayer would
        assert not wrote.acquire(timeout=0.3)
        segment("batch-1-1-2.jsonl", range(3, 4))
        assert wrote.acquire(timeout=10)
        assert batches == [["r-0", "r-1"], ["r-2", "r-3"]]
    finally:
        writer.close()
    assert [r.request_id for r in sink.usage] == ["r-0", "r-1", "r-2", "r-3"]


class _Killed(BaseException):
    """The journal worker dying (kill -9) between its audit and its usage transaction: nothing
    after the audit commit runs."""


@pytest.mark.parametrize("segments", [1, 3])
def test_a_worker_killed_between_audit_and_usage_never_appends_audit_twice(
    tmp_path: Path, segments: int
) -> None:
    """Audit records went in, the worker died before the usage records did: the next worker
    writes the usage records and not the audit records again (the chain's append is not
    idempotent), whether the segment went alone or in a run with others."""
    from exportgate.gateway.recorder import AUDITED_SUFFIX, _encoder

    spool = tmp_path / "spool"
    spool.mkdir()
    for segment in range(segments):
        (spool / f"batch-1-1-{segment}.jsonl").write_bytes(
            b"".join(
                b'{"kind":"audit","record":' + _encoder.encode(_audit(i)) + b"}\n"
                b'{"kind":"usage","record":' + _encoder.encode(_usage(i)) + b"}\n"
                for i in (2 * segment, 2 * segment + 1)
            )
        )
    audit: list[str] = []
    usage: list[str] = []
    dying = True

    class Sink:
        def write_usage(self, records: Any) -> None:
            if dying:
                raise _Killed
            usage.extend(r.request_id for r in records)

    def write_audit(batch: Any) -> None:
        audit.extend(_audit_id(a) for a in batch)

    ids = [f"r-{i}" for i in range(2 * segments)]
    first = RecordWriter(Sink(), write_audit, spool, flush_interval_s=3600)
    try:
        with pytest.raises(_Killed):
            first.replay()
        assert audit == ids and usage == []
    finally:
        dying = False
        first.close()
    second = RecordWriter(Sink(), write_audit, spool, flush_interval_s=3600)
    try:
        assert second.replay()
        assert audit == ids  # not appended again
        assert usage == ids
        assert second.spool_files() == [] and not list(spool.glob("*" + AUDITED_SUFFIX))
    finally:
        second.close()
