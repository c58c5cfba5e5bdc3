"""The detector service on the real Redis and the store: served requests on the stream are folded
in once each, across a worker killed before its checkpoint and a replica's resent events; flags
reach subscribers; Kafka's backend is built from its URL (no broker runs here)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from exportgate.bus import notify
from exportgate.bus.checkpoint import checkpoint_counts, load_flags
from exportgate.bus.detector import DetectorWorker, owned_partitions
from exportgate.bus.records import (
    ServedEvent,
    decode_change,
    encode_served,
    partition_key,
    partition_of,
)
from exportgate.bus.stream import KafkaEventStream, RedisEventStream, open_stream
from exportgate.store import open_store

from .conftest import harvest, harvester

PARTITIONS = 2


@pytest.fixture
def notices(redis_url: str, prefix: str) -> Iterator[None]:
    notify.configure(redis_url, prefix, origin="test")
    yield
    notify.configure(None)


def _events() -> list[tuple[int, bytes]]:
    out = []
    for account_id, n in (("acct-h", 400), ("acct-ok", 8)):
        account = harvester(account_id)
        for i in range(n):
            record = harvest(account_id, i)
            if account_id == "acct-ok":  # a few requests: never enough to flag
                record.ts = record.ts.replace(hour=(i % 9) + 8)
            out.append(
                (
                    partition_of(partition_key(account_id, account), PARTITIONS),
                    encode_served(ServedEvent(usage=record, account=account)),
                )
            )
    return out


async def _rounds_until(worker: DetectorWorker, folded: int, limit: int = 400) -> None:
    for _ in range(limit):
        if worker.folded >= folded:
            return
        await worker.round()
    raise AssertionError(f"folded {worker.folded} of {folded}")


def test_restart_resumes_without_loss_or_double_count(
    redis_url: str, prefix: str, store_url: str, notices: None
) -> None:
    store = open_store(store_url)
    events = _events()
    total = len(events)
    listener = redis.Redis.from_url(redis_url).pubsub(ignore_subscribe_messages=True)
    listener.subscribe(notify.channel(prefix))

    async def scenario() -> tuple[int, int, int]:
        producer = RedisEventStream(redis_url, prefix=prefix, partitions=PARTITIONS)
        # the consumer group exists before the replicas publish (the worker's first read)
        first = RedisEventStream(
            redis_url, prefix=prefix, partitions=PARTITIONS, consumer="worker-0"
        )
        owned = owned_partitions(PARTITIONS, 0, 1)
        a = DetectorWorker(store, first, owned, served_prompt_bits=2**20)
        a.load()
        await a.round()
        await producer.publish(events[:200])
        await _rounds_until(a, 200)
        await a.checkpoint()  # 200 folded in, saved, acknowledged
        await producer.publish(events[200:])
        await _rounds_until(a, 300)  # ...and 100 more folded in, never saved: a crash
        await first.close()

        # a worker under another name takes over what the dead one held (XAUTOCLAIM)
        second = RedisEventStream(
            redis_url, prefix=prefix, partitions=PARTITIONS, consumer="worker-9"
        )
        b = DetectorWorker(store, second, owned, served_prompt_bits=2**20)
        b.load()
        assert b.folded == 200
        await _rounds_until(b, total)
        # a replica that could not tell whether its events arrived sends them again
        await producer.publish(events[:25])
        for _ in range(5):
            await b.round()
        await b.checkpoint()
        pending = sum([await second.pending(p) for p in owned])
        duplicates = sum(p.duplicates for p in b.parts.values())
        sketches = sum(
            p.state.detector.sketches["acct-h"].n
            for p in b.parts.values()
            if "acct-h" in p.state.detector.sketches
        )
        await second.close()
        await producer.close()
        return pending, duplicates, sketches

    pending, duplicates, sketch_n = asyncio.run(scenario())
    counts = checkpoint_counts(store)
    assert sum(n for _, n in counts.values()) == total
    assert pending == 0
    assert duplicates == 25
    assert sketch_n == 400  # the harvester's 400 requests, each once
    flagged = {f.account_id for f in load_flags(store)}
    assert flagged == {"acct-h"}
    notices_seen = []
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and not any(n.kind == "flag" for n in notices_seen):
        message = listener.get_message(timeout=0.2)
        if message is not None:
            notices_seen.append(decode_change(message["data"]))
    assert any(n.kind == "flag" and n.subject == "acct-h" for n in notices_seen)
    flag = next(n.flag for n in notices_seen if n.kind == "flag")
    assert flag is not None and "harvest" in flag.summary.lower()


def test_partitions_are_owned_once() -> None:
    owners = [owned_partitions(8, w, 3) for w in range(3)]
    assert sorted(p for ps in owners for p in ps) == list(range(8))
    with pytest.raises(ValueError, match="worker 3"):
        owned_partitions(8, 3, 3)


def test_kafka_backend_is_built_from_its_url() -> None:
    """Construction only: no Kafka broker runs on this machine, so nothing is sent."""
    stream = open_stream(None, "kafka://broker-1:9092,broker-2:9092", prefix="eg:", partitions=4)
    assert isinstance(stream, KafkaEventStream)
    assert stream.bootstrap == "broker-1:9092,broker-2:9092"
    assert stream.topic == "eg.served" and stream.group == "eg.detector"
    assert stream.offset_key("41") < stream.offset_key("100")
    with pytest.raises(ValueError, match="names no broker"):
        KafkaEventStream("kafka://")
    with pytest.raises(ValueError, match="no redis"):
        open_stream(None, "redis", prefix="eg:", partitions=1)


def test_a_cleared_hold_is_lifted_everywhere(
    redis_url: str, prefix: str, tmp_path: Path, notices: None
) -> None:
    """Compliance clears the flagged account: the worker forgets its evidence, the flag row says
    so and an unflag notice goes out (the replicas drop the flag)."""
    from exportgate.audit import AuditEntry, AuditLog

    store = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    listener = redis.Redis.from_url(redis_url).pubsub(ignore_subscribe_messages=True)
    listener.subscribe(notify.channel(prefix))

    async def scenario() -> None:
        stream = RedisEventStream(redis_url, prefix=prefix, partitions=PARTITIONS)
        worker = DetectorWorker(
            store, stream, owned_partitions(PARTITIONS, 0, 1), served_prompt_bits=2**20
        )
        worker.load()
        await worker.apply_verdicts()  # takes the audit log's position
        for i, (partition, data) in enumerate(_events()):
            worker.fold(partition, f"{i + 1}-0", data)
        for part in worker.parts.values():
            part.state.detector.maintain(None)
            await worker._publish(part, worker.flag_changes(part))
        assert {f.account_id for f in load_flags(store)} == {"acct-h"}
        AuditLog(store).append(
            [
                AuditEntry(
                    kind="review",
                    subject="acct-h",
                    decision="cleared",
                    inputs={"item_id": 1, "reviewer": "test", "note": ""},
                    record={"code": "DISTILLATION_SUSPECTED", "verdict": "cleared"},
                    policy_version=None,
                    data_versions={},
                )
            ]
        )
        await worker.apply_verdicts()
        await stream.close()

    asyncio.run(scenario())
    assert load_flags(store) == []
    kinds = []
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and "unflag" not in kinds:
        message = listener.get_message(timeout=0.2)
        if message is not None:
            kinds.append(decode_change(message["data"]).kind)
    assert kinds.index("flag") < kinds.index("verdict") < kinds.index("unflag")
