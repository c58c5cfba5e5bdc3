"""A served request's stream event and its usage record stand or fall together (issue 19): the
event is sent only once the journal holds the record on disk, and a replica killed before it
sent the event leaves it in its journal, from where it reaches the stream. So the detector
service folds in exactly the requests that have a usage record (the proof test's count)."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
from pathlib import Path

from exportgate.bus.records import decode_served
from exportgate.bus.stream import RedisEventStream
from exportgate.gateway.commitlog import OPEN_SUFFIX, adopt_orphans
from exportgate.gateway.recorder import RecordWriter, _read_spool
from exportgate.gateway.shared import ServedPublisher

from .conftest import OwnRedis, harvest, harvester

ROOT = Path(__file__).resolve().parents[2]


async def _stream_ids(url: str, stream: RedisEventStream) -> list[str]:
    """The request ids on partition 0 of the stream, in order."""
    import redis.asyncio as aioredis

    client = aioredis.Redis.from_url(url)
    try:
        entries = await client.xrange(stream.key(0))
    finally:
        await client.aclose()
    return [decode_served(fields[b"e"]).usage.request_id for _, fields in entries]


def test_the_event_leaves_only_once_its_record_is_on_disk(
    tmp_path: Path, own_redis: OwnRedis, prefix: str
) -> None:
    """The journal's group commit waits 0.3 s before it writes: the event must wait too."""
    spool = tmp_path / "spool"

    async def scenario() -> tuple[bool, list[str]]:
        records = RecordWriter(None, None, spool, durability="sync", commit_window_s=0.3)
        stream = RedisEventStream(own_redis.url, prefix=prefix, timeout_s=2.0)
        publisher = ServedPublisher(stream, 1, tmp_path / "spill", 2.0, "test")
        publisher.journal = records
        task = asyncio.get_running_loop().create_task(publisher.run())
        record = harvest("acct-x", 1)
        records.submit_usage(record, publisher.submit(record, harvester("acct-x")))
        await publisher.flushed()
        on_disk = any(record.request_id.encode() in p.read_bytes() for p in spool.glob("batch-*"))
        ids = await _stream_ids(own_redis.url, stream)
        task.cancel()
        await stream.close()
        await asyncio.to_thread(records.close)
        return on_disk, ids

    on_disk, ids = asyncio.run(scenario())
    assert ids == ["acct-x-1"]
    assert on_disk, "the event reached the stream before the journal held its record"


KILLED_REPLICA = textwrap.dedent(
    """
    import asyncio, os, sys, time
    sys.path.insert(0, sys.argv[2])
    from exportgate.bus.records import ServedEvent, encode_served
    from exportgate.gateway.commitlog import served_line
    from exportgate.gateway.recorder import RecordWriter
    from scaleout.conftest import harvest, harvester

    async def main():
        records = RecordWriter(None, None, sys.argv[1], durability="sync", flush_interval_s=0.02)
        for i in (1, 2):
            record = harvest("acct-x", i)
            event = ServedEvent(usage=record, account=harvester("acct-x"), replica="r1")
            records.submit_usage(record, served_line(0, encode_served(event)))
        await records.durable()
        # the segment is due to close every 0.02 s; its events were never sent: it stays open
        time.sleep(0.3)
        os._exit(0)  # as SIGKILL would: no shutdown, events not sent

    asyncio.run(main())
    """
)


def test_a_replica_killed_before_sending_leaves_its_events_to_the_stream(
    tmp_path: Path, own_redis: OwnRedis, prefix: str
) -> None:
    spool, spill = tmp_path / "spool", tmp_path / "spool" / "stream-spill"
    spool.mkdir()
    subprocess.run(
        [sys.executable, "-c", KILLED_REPLICA, str(spool), str(ROOT / "tests")],
        check=True,
        cwd=ROOT,
        timeout=60,
    )
    open_segments = list(spool.glob("*" + OPEN_SUFFIX))
    assert len(open_segments) == 1, "a segment with unsent events must stay open"

    assert adopt_orphans(spool, spill) == 1  # what the journal worker does for a dead process
    closed = open_segments[0].with_name(open_segments[0].name.removesuffix(".open"))
    groups, bad, refused = _read_spool(closed, "batch")
    assert not bad and not refused  # the store replay skips the served lines
    assert [(kind, [r.request_id for r in items]) for kind, items in groups] == [
        ("usage", ["acct-x-1", "acct-x-2"])
    ]

    async def send_spill() -> list[str]:
        stream = RedisEventStream(own_redis.url, prefix=prefix, timeout_s=2.0)
        publisher = ServedPublisher(stream, 1, spill, 2.0, "r2")
        await publisher.replay()  # what a live replica's replay loop does
        ids = await _stream_ids(own_redis.url, stream)
        await stream.close()
        return ids

    assert asyncio.run(send_spill()) == ["acct-x-1", "acct-x-2"]
    assert not list(spill.glob("*.spill"))
