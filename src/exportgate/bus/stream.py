"""The durable stream of served requests: one interface, two backends.

:class:`RedisEventStream` (Redis Streams: ``XADD`` to one stream per partition, consumer group
``XREADGROUP``, ``XACK``, ``XAUTOCLAIM`` to take over what a crashed consumer held) serves a
single site; :class:`KafkaEventStream` (``aiokafka``, the ``kafka`` extra, imported on first use)
serves production, one topic with a partition per stream partition and the consumer group's
committed offsets as acknowledgements.

A consumer reads first what it (or a consumer before it) was handed and did not acknowledge,
then new entries; entries of one partition come in order, and ``offset_key`` orders their
offsets, so a consumer that saved the last offset it folded in can skip what it has already seen.
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

import msgspec

log = logging.getLogger("exportgate.bus.stream")

GROUP = "detector"


class StreamEntry(msgspec.Struct, frozen=True):
    partition: int
    offset: str
    data: bytes


class EventStream(Protocol):
    """What producers (gateway replicas) and consumers (detector workers) need of a stream."""

    partitions: int

    async def publish(self, items: list[tuple[int, bytes]]) -> None:
        """Append ``(partition, payload)`` items; returns once the stream has them."""
        ...

    async def read(self, owned: list[int], count: int, block_ms: int) -> list[StreamEntry]:
        """The next entries of the owned partitions for this consumer: unacknowledged ones
        first (after a restart), then new ones; waits up to ``block_ms`` when there are none."""
        ...

    async def ack(self, partition: int, offsets: list[str]) -> None: ...

    def offset_key(self, offset: str) -> tuple[int, int]:
        """A sortable key for an offset of one partition."""
        ...

    async def ping(self) -> bool: ...

    async def close(self) -> None: ...


def redis_offset_key(offset: str) -> tuple[int, int]:
    ms, _, seq = offset.partition("-")
    return int(ms), int(seq or 0)


class RedisEventStream:
    """Redis Streams: ``<prefix>served:<p>`` per partition, consumer group ``detector``."""

    def __init__(
        self,
        url: str,
        *,
        prefix: str = "exportgate:",
        partitions: int = 1,
        consumer: str = "worker-0",
        maxlen: int = 1_000_000,
        timeout_s: float | None = 1.0,
        client: Any = None,
    ) -> None:
        import redis.asyncio as aioredis

        self.partitions = partitions
        self._prefix = prefix
        self._consumer = consumer
        self._maxlen = maxlen
        self._redis: Any = client or aioredis.Redis.from_url(
            url, socket_timeout=timeout_s, socket_connect_timeout=timeout_s
        )
        self._groups: set[int] = set()
        self._recovering: dict[int, bool] = {}
        self._cursor: dict[int, str] = {}  # last pending entry re-read after a restart

    def key(self, partition: int) -> str:
        return f"{self._prefix}served:{partition}"

    def offset_key(self, offset: str) -> tuple[int, int]:
        return redis_offset_key(offset)

    async def publish(self, items: list[tuple[int, bytes]]) -> None:
        if not items:
            return
        pipe = self._redis.pipeline(transaction=False)
        for partition, payload in items:
            pipe.xadd(self.key(partition), {"e": payload}, maxlen=self._maxlen, approximate=True)
        await pipe.execute()

    async def _ensure_group(self, partition: int) -> None:
        if partition in self._groups:
            return
        import redis

        try:
            await self._redis.xgroup_create(self.key(partition), GROUP, id="0", mkstream=True)
        except redis.ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise
        self._groups.add(partition)

    async def _claim_orphans(self, partition: int) -> None:
        """Take over every entry another consumer was handed and did not acknowledge (a worker
        that crashed, or ran under another name before a rebalance)."""
        start = "0-0"
        while True:
            reply = await self._redis.xautoclaim(
                self.key(partition),
                GROUP,
                self._consumer,
                0,
                start_id=start,
                count=500,
            )
            start = reply[0].decode() if isinstance(reply[0], bytes) else str(reply[0])
            if start == "0-0":
                return

    async def read(self, owned: list[int], count: int, block_ms: int) -> list[StreamEntry]:
        for partition in owned:
            if partition not in self._groups:
                await self._ensure_group(partition)
                await self._claim_orphans(partition)
                self._recovering[partition] = True
                self._cursor[partition] = "0"
        streams: dict[str, str] = {}
        for partition in owned:
            recovering = self._recovering.get(partition)
            streams[self.key(partition)] = self._cursor[partition] if recovering else ">"
        pending = any(v != ">" for v in streams.values())
        reply = await self._redis.xreadgroup(
            GROUP, self._consumer, streams, count=count, block=None if pending else block_ms
        )
        out: list[StreamEntry] = []
        by_key = {self.key(p): p for p in owned}
        seen: set[int] = set()
        for raw_key, entries in reply or []:
            key = raw_key.decode() if isinstance(raw_key, bytes) else str(raw_key)
            partition = by_key[key]
            seen.add(partition)
            for raw_id, fields in entries:
                offset = raw_id.decode() if isinstance(raw_id, bytes) else str(raw_id)
                if self._recovering.get(partition):
                    self._cursor[partition] = offset
                if not fields:  # trimmed away while pending: nothing left to read
                    continue
                out.append(StreamEntry(partition, offset, fields[b"e"]))
            if self._recovering.get(partition) and not entries:
                self._recovering[partition] = False
        for partition in owned:  # a partition with nothing pending goes on to new entries
            if self._recovering.get(partition) and partition not in seen:
                self._recovering[partition] = False
        return out

    async def ack(self, partition: int, offsets: list[str]) -> None:
        if offsets:
            await self._redis.xack(self.key(partition), GROUP, *offsets)

    async def pending(self, partition: int) -> int:
        info = await self._redis.xpending(self.key(partition), GROUP)
        return int(info["pending"])

    async def length(self, partition: int) -> int:
        return int(await self._redis.xlen(self.key(partition)))

    async def ping(self) -> bool:
        return bool(await self._redis.ping())

    async def close(self) -> None:
        await self._redis.aclose()


class KafkaEventStream:
    """Kafka through ``aiokafka`` (``pip install exportgate[kafka]``): topic
    ``<prefix>served`` (``:`` becomes ``.``), one Kafka partition per stream partition, the
    consumer group ``<prefix>detector``; an acknowledgement commits the offset after it, so a
    restarted consumer is handed again what it had not acknowledged."""

    def __init__(
        self,
        url: str,
        *,
        prefix: str = "exportgate:",
        partitions: int = 1,
        consumer: str = "worker-0",
    ) -> None:
        if not url.startswith("kafka://"):
            raise ValueError(f"a Kafka stream URL starts with kafka://, not {url!r}")
        self.bootstrap = url.removeprefix("kafka://").strip("/")
        if not self.bootstrap:
            raise ValueError("the Kafka stream URL names no broker (kafka://HOST:PORT)")
        self.partitions = partitions
        self.topic = (prefix.rstrip(":") + ".served").replace(":", ".")
        self.group = (prefix.rstrip(":") + ".detector").replace(":", ".")
        self.consumer = consumer
        self._producer: Any = None
        self._consumer: Any = None
        self._owned: list[int] = []

    def offset_key(self, offset: str) -> tuple[int, int]:
        return int(offset), 0

    @staticmethod
    def _module() -> Any:
        try:
            import aiokafka
        except ImportError as exc:
            raise RuntimeError(
                "the Kafka stream needs aiokafka: pip install 'exportgate[kafka]'"
            ) from exc
        return aiokafka

    async def publish(self, items: list[tuple[int, bytes]]) -> None:
        if self._producer is None:
            aiokafka = self._module()
            self._producer = aiokafka.AIOKafkaProducer(
                bootstrap_servers=self.bootstrap, acks="all", enable_idempotence=True
            )
            await self._producer.start()
        sent = [
            await self._producer.send(self.topic, payload, partition=partition)
            for partition, payload in items
        ]
        for future in sent:
            await future

    async def read(self, owned: list[int], count: int, block_ms: int) -> list[StreamEntry]:
        if self._consumer is None or owned != self._owned:
            aiokafka = self._module()
            if self._consumer is not None:
                await self._consumer.stop()
            self._consumer = aiokafka.AIOKafkaConsumer(
                bootstrap_servers=self.bootstrap,
                group_id=self.group,
                client_id=self.consumer,
                enable_auto_commit=False,
                auto_offset_reset="earliest",
            )
            await self._consumer.start()
            self._consumer.assign([aiokafka.TopicPartition(self.topic, p) for p in owned])
            self._owned = list(owned)
        batches = await self._consumer.getmany(timeout_ms=block_ms, max_records=count)
        return [
            StreamEntry(tp.partition, str(message.offset), message.value)
            for tp, messages in batches.items()
            for message in messages
        ]

    async def ack(self, partition: int, offsets: list[str]) -> None:
        if not offsets or self._consumer is None:
            return
        aiokafka = self._module()
        last = max(int(o) for o in offsets)
        await self._consumer.commit({aiokafka.TopicPartition(self.topic, partition): last + 1})

    async def ping(self) -> bool:
        return self._producer is not None or self._consumer is not None

    async def close(self) -> None:
        for part in (self._producer, self._consumer):
            if part is not None:
                await part.stop()


def open_stream(
    redis_url: str | None,
    stream: str,
    *,
    prefix: str,
    partitions: int,
    consumer: str = "worker-0",
    maxlen: int = 1_000_000,
    timeout_s: float | None = 1.0,
) -> EventStream:
    """The configured stream: ``stream`` is ``redis`` (on ``redis_url``) or a kafka:// URL."""
    if stream.startswith("kafka://"):
        return KafkaEventStream(stream, prefix=prefix, partitions=partitions, consumer=consumer)
    if redis_url is None:
        raise ValueError("scaleout.stream is 'redis' but no redis: URL is configured")
    return RedisEventStream(
        redis_url,
        prefix=prefix,
        partitions=partitions,
        consumer=consumer,
        maxlen=maxlen,
        timeout_s=timeout_s,
    )
