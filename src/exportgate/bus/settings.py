"""The scale-out settings (issue 19): how replicas share state through Redis.

With the top-level ``redis: redis://HOST:PORT/DB`` set, every shared part uses it: rate-limit
counters (unless ``limits.backend`` names another server), the served-request stream (unless
``scaleout.stream`` names Kafka), change notifications (pub/sub) and detector flags.
"""

from __future__ import annotations

from typing import Literal

import msgspec


class ScaleOut(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """``prefix``: the Redis key and channel prefix shared by one deployment (replicas and
    detector workers of one deployment must agree on it). ``stream``: ``redis`` (Redis Streams
    on the ``redis`` server) or ``kafka://HOST:PORT[,HOST:PORT]`` (a Kafka topic named
    ``<prefix>served`` with ``partitions`` partitions). ``partitions``: the served-request
    stream is split by account hash into this many partitions; each detector worker owns some
    (``exportgate detector serve --worker I --of W`` owns the partitions p with p % W == I);
    one partition's accounts are linked into clusters together, so a deployment that must link
    every account with every other keeps one partition. ``detector``: ``service`` (served
    requests go to the stream and the detector service's flags are applied here) or ``local``
    (each replica runs its own in-process detector, as without Redis).
    ``checkpoint_interval_s``: how often a detector worker saves its state with its stream
    offsets (messages are acknowledged after the checkpoint that holds them).
    ``stream_maxlen``: entries kept per stream partition (approximate trimming).
    ``spill_dir``: where a replica keeps served-request events while the stream is unreachable
    (default: ``<usage.spool_dir>/stream-spill``)."""

    prefix: str = "exportgate:"
    stream: str = "redis"
    partitions: int = 1
    detector: Literal["service", "local"] = "service"
    checkpoint_interval_s: float = 1.0
    stream_maxlen: int = 1_000_000
    spill_dir: str | None = None
    flag_poll_s: float = 2.0

    def __post_init__(self) -> None:
        if not 1 <= self.partitions <= 1024:
            raise ValueError("scaleout.partitions must be between 1 and 1024")
        if self.stream != "redis" and not self.stream.startswith("kafka://"):
            raise ValueError(
                f"scaleout.stream {self.stream!r} must be 'redis' or a kafka://HOST:PORT URL"
            )
        if self.checkpoint_interval_s <= 0:
            raise ValueError("scaleout.checkpoint_interval_s must be positive")
        if not self.prefix or any(c.isspace() for c in self.prefix):
            raise ValueError("scaleout.prefix must be a non-empty word without spaces")


def check_redis_url(url: str | None) -> None:
    if url is not None and not url.startswith(("redis://", "rediss://", "unix://")):
        raise ValueError(f"redis {url!r} must be a redis://HOST:PORT/DB URL")
