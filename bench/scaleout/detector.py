"""How fast one detector worker folds the served-request stream, and what a checkpoint costs.

Publishes N served-request events (a mix of ordinary accounts and harvesters, the shape of
tests/scaleout) to a Redis stream under a fresh prefix on the real Redis, then times one worker
folding them in (read, fold, maintain, checkpoint every second, acknowledge) into a SQLite or
PostgreSQL store; prints one table.

    PYTHONPATH=src .venv/bin/python bench/scaleout/detector.py [--events 20000] [--store URL]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import resource
import tempfile
import time
import uuid

import redis

from exportgate.bus.checkpoint import ensure_tables, save_checkpoint
from exportgate.bus.detector import DetectorWorker
from exportgate.bus.records import ServedEvent, encode_served, partition_key, partition_of
from exportgate.bus.stream import RedisEventStream
from exportgate.records import Account, Message, UsageRecord
from exportgate.store import open_store

T0 = dt.datetime(2026, 11, 2, tzinfo=dt.UTC)


def events(n: int, accounts: int, partitions: int) -> list[tuple[int, bytes]]:
    out = []
    for i in range(n):
        a = i % accounts
        account = Account(
            id=f"acct-{a}",
            kind="organization",
            name=f"Account {a}",
            created_at=T0 - dt.timedelta(days=30),
            payment_fingerprint=f"pf-{a}",
        )
        record = UsageRecord(
            ts=T0 + dt.timedelta(seconds=7 * i),
            request_id=f"req-{i}",
            account_id=account.id,
            model="frontier-5",
            endpoint="chat.completions",
            status=200,
            decision="allow",
            ip=f"203.0.{a % 200}.{i % 250 + 1}",
            user_agent="python-httpx/0.27.2",
            messages=[
                Message(role="user", content=f"Question {i}: explain topic {i % 97} step by step.")
            ],
            prompt_tokens=20,
            completion_tokens=400,
        )
        key = partition_key(account.id, account)
        out.append(
            (
                partition_of(key, partitions),
                encode_served(ServedEvent(usage=record, account=account)),
            )
        )
    return out


async def run(args: argparse.Namespace) -> None:
    prefix = f"egbench-{uuid.uuid4().hex[:8]}:"
    store_url = args.store or f"sqlite:///{tempfile.mkdtemp()}/bench.db"
    store = open_store(store_url)
    ensure_tables(store)
    data = events(args.events, args.accounts, args.partitions)
    producer = RedisEventStream(args.redis, prefix=prefix, partitions=args.partitions)
    consumer = RedisEventStream(args.redis, prefix=prefix, partitions=args.partitions)
    worker = DetectorWorker(
        store,
        consumer,
        list(range(args.partitions)),
        served_prompt_bits=8 * 2**23,
        checkpoint_interval_s=1.0,
    )
    worker.load()
    await worker.round()  # the consumer group exists
    began = time.perf_counter()
    for i in range(0, len(data), 1000):
        await producer.publish(data[i : i + 1000])
    publish_s = time.perf_counter() - began
    cpu0 = resource.getrusage(resource.RUSAGE_SELF).ru_utime
    began = time.perf_counter()
    last = began
    checkpoints = 0
    while worker.folded < len(data):
        await worker.round()
        if time.perf_counter() - last >= max(1.0, 4 * worker.checkpoint_s):
            t = time.perf_counter()
            await worker.checkpoint()
            last = time.perf_counter()
            worker.checkpoint_s = last - t
            checkpoints += 1
    await worker.checkpoint()
    fold_s = time.perf_counter() - began
    cpu = resource.getrusage(resource.RUSAGE_SELF).ru_utime - cpu0
    part = worker.parts[0]
    began = time.perf_counter()
    part.state.detector.on_alert = None
    save_checkpoint(store, 0, part.offset, part.folded, part.state)
    ck_s = time.perf_counter() - began
    size = len(
        store.engine.connect()
        .execute(
            __import__("sqlalchemy").text(
                "select state from detector_checkpoints where partition = 0"
            )
        )
        .scalar_one()
    )
    r = redis.Redis.from_url(args.redis)
    for p in range(args.partitions):
        r.delete(f"{prefix}served:{p}")
    print(
        "| events | accounts | publish ev/s | fold ev/s (wall) | fold CPU s | fold ev/CPU-s "
        "| checkpoints | one checkpoint s | checkpoint bytes |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    print(
        f"| {len(data)} | {args.accounts} | {len(data) / publish_s:,.0f} | {len(data) / fold_s:,.0f} "
        f"| {cpu:.2f} | {len(data) / cpu:,.0f} | {checkpoints} | {ck_s:.3f} | {size:,} |"
    )
    await producer.close()
    await consumer.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=20000)
    parser.add_argument("--accounts", type=int, default=500)
    parser.add_argument("--partitions", type=int, default=1)
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--store", default=None)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
