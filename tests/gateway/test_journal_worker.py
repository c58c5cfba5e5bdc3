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
    writer.submit_usage(UsageRecord(ts=dt.datetime(2026, 11, 27, tzinfo=dt.UTC),
                                    request_id="req-journal-1", account_id="acct-1", model="m",
                                    endpoint="/v1/chat/completions", status=200,
                                    decision="allow"))
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
