"""The journal worker process: replays spool files into the store, at a lower CPU priority."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

from exportgate.gateway.journal import JOURNAL_NICE, JournalWorker
from exportgate.gateway.recorder import RecordWriter
from exportgate.records import UsageRecord
from exportgate.store import open_store


def test_the_worker_replays_the_spool_at_a_lower_priority(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'journal.db'}"
    store = open_store(url)
    spool = tmp_path / "spool"
    writer = RecordWriter(None, None, spool)  # journal-only: every batch goes to the spool
    writer.submit_usage(
        UsageRecord(
            ts=dt.datetime(2026, 11, 27, tzinfo=dt.UTC),
            request_id="req-journal-1",
            account_id="acct-1",
            model="m",
            endpoint="/v1/chat/completions",
            status=200,
            decision="allow",
        )
    )
    writer.close()
    worker = JournalWorker(url, spool, replay_interval_s=0.1)
    worker.start()
    try:
        deadline = time.monotonic() + 30
        while store.count_usage() < 1:
            assert worker.alive and time.monotonic() < deadline, "the spool was not replayed"
            time.sleep(0.05)
        assert worker.pid is not None
        expected = min(os.getpriority(os.PRIO_PROCESS, 0) + JOURNAL_NICE, 19)
        assert os.getpriority(os.PRIO_PROCESS, worker.pid) == expected
    finally:
        worker.stop()
    assert not list(spool.glob("*.jsonl"))


def test_on_an_event_loop_records_are_encoded_after_the_step_that_queued_them(
    tmp_path: Path,
) -> None:
    import asyncio
    import json

    writer = RecordWriter(None, None, tmp_path / "spool", flush_interval_s=60)

    async def step() -> tuple[int, int, int]:
        writer.submit_audit({"request_id": "req-a"})  # type: ignore[arg-type]
        writer.submit_audit({"request_id": "req-b"})  # type: ignore[arg-type]
        queued_now = len(writer._queues["audit"])
        await asyncio.sleep(0)  # the next loop step: the encode pass has run
        return queued_now, len(writer._queues["audit"]), writer.pending

    before, after, pending = asyncio.run(step())
    assert (before, after, pending) == (0, 2, 2)
    assert all(isinstance(item, bytes) for item in writer._queues["audit"])
    writer.submit_audit({"request_id": "req-c"})  # type: ignore[arg-type]  # encoded at once
    assert writer.flush()
    writer.close()
    lines = [
        json.loads(line)
        for path in sorted((tmp_path / "spool").glob("audit-*.jsonl"))
        for line in path.read_bytes().splitlines()
    ]
    assert [line["request_id"] for line in lines] == ["req-a", "req-b", "req-c"]


def test_records_queued_as_the_loop_stops_are_still_written(tmp_path: Path) -> None:
    import asyncio
    import json

    writer = RecordWriter(None, None, tmp_path / "spool", flush_interval_s=60)

    async def submit_and_stop() -> None:
        writer.submit_usage(
            UsageRecord(
                ts=dt.datetime(2026, 11, 27, tzinfo=dt.UTC),
                request_id="req-last",
                account_id="a",
                model="m",
                endpoint="chat.completions",
                status=200,
                decision="allow",
            )
        )

    asyncio.run(submit_and_stop())  # the loop closes right after queueing it
    assert writer.pending == 1
    writer.close()
    lines = [
        json.loads(line)
        for path in (tmp_path / "spool").glob("usage-*.jsonl")
        for line in path.read_bytes().splitlines()
    ]
    assert [line["request_id"] for line in lines] == ["req-last"]


def _exited(pid: int) -> bool:
    """The process is gone, or a zombie nobody reaps (it was re-parented)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return True
    return state in ("Z", "X")


def test_a_worker_orphaned_while_waiting_for_the_spool_lock_exits(tmp_path: Path) -> None:
    """Another worker holds the spool's lock (it is draining); the gateway that started this one
    is killed. The waiting worker must notice and exit rather than wait for the lock for ever."""
    import fcntl
    import signal
    import subprocess
    import sys

    spool = tmp_path / "spool"
    spool.mkdir()
    url = f"sqlite:///{tmp_path / 'journal.db'}"
    with open(spool / ".journal.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # the draining worker
        starter = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import os, subprocess, sys, time\n"
                "p = subprocess.Popen([sys.executable, '-m', 'exportgate.gateway.journal',"
                f" '--store', {url!r}, '--spool', {str(spool)!r}, '--nice', '0',"
                " '--parent', str(os.getpid())])\n"
                "print(p.pid, flush=True)\n"
                "time.sleep(600)\n",
            ],
            stdout=subprocess.PIPE,
        )
        assert starter.stdout is not None
        journal_pid = int(starter.stdout.readline())
        assert not _exited(journal_pid)
        starter.send_signal(signal.SIGKILL)  # the gateway dies
        starter.wait()
        deadline = time.monotonic() + 30
        while not _exited(journal_pid):
            assert time.monotonic() < deadline, "the orphaned journal worker kept waiting"
            time.sleep(0.05)


def test_an_orphaned_worker_whose_store_does_not_answer_exits_within_its_drain_limit(
    tmp_path: Path,
) -> None:
    """The gateway is killed while its journal worker is replaying into a PostgreSQL that does
    not answer (another session holds a lock on the usage table, so every insert waits). The
    orphaned worker's last drain is bounded: it exits within ``--drain-limit``, releasing the
    spool's lock, and the records stay in the spool for the next worker."""
    import fcntl
    import signal
    import subprocess
    import sys

    import sqlalchemy as sa

    from ..conftest import fresh_postgres_database

    with fresh_postgres_database("exportgate_journal") as url:
        store = open_store(url)
        spool = tmp_path / "spool"
        writer = RecordWriter(None, None, spool)  # journal-only: the batch goes to the spool
        writer.submit_usage(
            UsageRecord(
                ts=dt.datetime(2026, 12, 5, tzinfo=dt.UTC),
                request_id="req-stuck-1",
                account_id="acct-1",
                model="m",
                endpoint="/v1/chat/completions",
                status=200,
                decision="allow",
            )
        )
        writer.close()
        spooled = sorted(p.name for p in spool.glob("*.jsonl"))
        assert spooled
        with store.engine.connect() as holder:
            holder.execute(sa.text("LOCK TABLE usage IN ACCESS EXCLUSIVE MODE"))  # held
            starter = subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    "import os, subprocess, sys, time\n"
                    "p = subprocess.Popen([sys.executable, '-m', 'exportgate.gateway.journal',"
                    f" '--store', {url!r}, '--spool', {str(spool)!r}, '--nice', '0',"
                    " '--replay-interval', '0.1', '--drain-limit', '2',"
                    " '--parent', str(os.getpid())])\n"
                    "print(p.pid, flush=True)\n"
                    "time.sleep(600)\n",
                ],
                stdout=subprocess.PIPE,
            )
            assert starter.stdout is not None
            journal_pid = int(starter.stdout.readline())
            try:
                # the worker is stuck on the lock: its insert waits in PostgreSQL
                deadline = time.monotonic() + 30
                while not _waiting_on_lock(store.engine, url):
                    assert time.monotonic() < deadline, "the worker never reached the store"
                    time.sleep(0.05)
                starter.send_signal(signal.SIGKILL)  # the gateway dies
                starter.wait()
                orphaned = time.monotonic()
                while not _exited(journal_pid):
                    assert time.monotonic() - orphaned < 20, "the orphaned worker hangs"
                    time.sleep(0.05)
            finally:
                if not _exited(journal_pid):
                    os.kill(journal_pid, signal.SIGKILL)
                starter.kill()
                starter.wait()
            holder.rollback()
        # the lock on the spool is free and the records wait there
        with open(spool / ".journal.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        assert sorted(p.name for p in spool.glob("*.jsonl")) == spooled
        assert store.count_usage() == 0
        store.engine.dispose()


def _waiting_on_lock(engine: object, url: str) -> bool:
    """A session of the database waits for a lock (asked in a transaction of its own: a
    transaction sees one snapshot of the activity view)."""
    import sqlalchemy as sa

    with engine.connect() as conn:  # type: ignore[attr-defined]
        row = conn.execute(
            sa.text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = :db "
                "AND wait_event_type = 'Lock'"
            ),
            {"db": url.rsplit("/", 1)[1]},
        ).scalar()
    return bool(row)


def test_the_worker_collects_garbage_less_often_and_not_its_own_set_up() -> None:
    """The journal worker's set-up is frozen out of the cyclic GC and its youngest generation
    is collected every 10,000 new objects, not 700 (run in a child: it changes the process)."""
    import subprocess
    import sys

    probe = (
        "import gc; from exportgate.gateway.journal import quiet_gc, GC_THRESHOLD; "
        "before = gc.get_freeze_count(); quiet_gc(); "
        "print(before, gc.get_freeze_count() > 1000, gc.get_threshold() == GC_THRESHOLD, "
        "gc.get_threshold()[0])"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    ).stdout.split()
    assert out == ["0", "True", "True", "10000"]
