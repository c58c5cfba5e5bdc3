"""The bypass account detector's observations, shared by every gateway replica (issues 19, 23).

Each replica screens its own requests for safeguard-bypass attempts; the evidence about an
*account* (attempts, refusals, rephrasings after a refusal, escalation across turns, bursts) must
come from all of them, or an attacker who spreads their requests over ten replicas is judged on a
tenth of what they did. With ``redis:`` set, each replica appends one small
:class:`~exportgate.bypass.account.Observation` per screened request (no prompt text: hashed word
pairs, the conversation's key and the first stage's verdict) to one Redis stream, and every
replica reads the whole stream and folds the other replicas' observations into its own account
evidence. So every replica knows what the others saw within about a second, and a replica that
starts (or restarts) rebuilds the accounts' evidence from the stream's retained window.

The stream is a fan-out (every replica reads every entry; no consumer group), bounded by
``scaleout.observations_maxlen`` entries (approximate trimming). Publishing never blocks a
request: observations wait in a bounded queue while Redis is away and are sent when it is back
(the oldest are dropped past the bound, and counted).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Callable
from typing import Any

import msgspec

from exportgate.bypass.account import Observation

log = logging.getLogger("exportgate.bus.observations")

KEY = "bypass:observations"
FIELD = b"o"
RETRY_S = 0.5
READ_COUNT = 500
BLOCK_MS = 1000

_encoder = msgspec.json.Encoder()
_decoder = msgspec.json.Decoder(Observation)

Handler = Callable[[Observation, bool], None]  # (observation, replayed at start-up)


def encode(obs: Observation) -> bytes:
    return _encoder.encode(obs)


def decode(data: bytes) -> Observation:
    return _decoder.decode(data)


def _being_cancelled() -> bool:
    """Whether the running task has been asked to stop. On Python 3.11 a cancellation that
    lands while an ``asyncio.timeout`` block expires can surface as ``TimeoutError`` (and client
    libraries may turn it into their own errors): a retry loop that caught it as "Redis away"
    would then run on and never let its owner's shutdown finish."""
    task = asyncio.current_task()
    return task is not None and task.cancelling() > 0


class ObservationFeed:
    """One replica's end of the shared observation stream: :meth:`publish` on the request path,
    :meth:`run_publisher` and :meth:`run_follower` in the background. ``handler`` receives every
    other replica's observation (and, at start-up, the retained window, with ``replayed``
    true)."""

    def __init__(
        self,
        url: str,
        prefix: str,
        origin: str,
        handler: Handler,
        *,
        maxlen: int = 200_000,
        pending_max: int = 50_000,
        timeout_s: float = 1.0,
    ) -> None:
        self.url = url
        self.key = prefix + KEY
        self.origin = origin
        self.handler = handler
        self.maxlen = maxlen
        self.timeout_s = timeout_s
        self._pending: deque[Observation] = deque(maxlen=pending_max)
        self._wake = asyncio.Event()
        self.sent = 0
        self.dropped = 0  # observations lost to the pending bound while Redis was away
        self.folded = 0  # other replicas' observations folded in
        self.replayed = 0  # observations folded in from the retained window at start-up
        self.skipped = 0  # unreadable entries
        self.caught_up = False  # the start-up replay is done
        self.position = "0-0"

    # request path ------------------------------------------------------------------------
    def publish(self, obs: Observation) -> None:
        if len(self._pending) == self._pending.maxlen:
            self.dropped += 1
        self._pending.append(obs)
        self._wake.set()

    @property
    def backlog(self) -> int:
        return len(self._pending)

    # background --------------------------------------------------------------------------
    def _client(self, block_ms: int = 0) -> Any:
        import redis.asyncio as aioredis

        return aioredis.Redis.from_url(
            self.url,
            socket_timeout=self.timeout_s + block_ms / 1000,
            socket_connect_timeout=self.timeout_s,
        )

    async def run_publisher(self) -> None:
        """Send queued observations in batches (one pipeline round trip per batch)."""
        client = self._client()
        try:
            while True:
                await self._wake.wait()
                self._wake.clear()
                while self._pending:
                    batch = list(self._pending)
                    self._pending.clear()
                    try:
                        pipe = client.pipeline(transaction=False)
                        for obs in batch:
                            pipe.xadd(
                                self.key,
                                {FIELD: encode(obs)},
                                maxlen=self.maxlen,
                                approximate=True,
                            )
                        async with asyncio.timeout(self.timeout_s * 2):
                            await pipe.execute()
                    except asyncio.CancelledError:
                        raise
                    except Exception as exc:  # noqa: BLE001 - Redis away: keep them, retry
                        if _being_cancelled():
                            raise asyncio.CancelledError from exc
                        log.warning("bypass observations wait for Redis: %s", exc)
                        newer = list(self._pending)  # arrived while this batch was tried
                        self._pending.clear()
                        bound = self._pending.maxlen or len(batch) + len(newer)
                        self.dropped += max(0, len(batch) + len(newer) - bound)
                        self._pending.extend(batch + newer)  # the oldest beyond the bound go
                        await asyncio.sleep(RETRY_S)
                        continue
                    self.sent += len(batch)
        finally:
            await client.aclose()

    async def run_follower(self) -> None:
        """Fold every other replica's observations in, from the start of the retained window;
        reconnects by itself."""
        while True:
            client = self._client(BLOCK_MS)
            try:
                if not self.caught_up:
                    await self._replay(client)
                while True:
                    answer = await client.xread(
                        {self.key: self.position}, count=READ_COUNT, block=BLOCK_MS
                    )
                    if _being_cancelled():  # a client library that swallowed the cancellation
                        raise asyncio.CancelledError
                    self._fold(answer, replayed=False)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - Redis away: retry from the position
                if _being_cancelled():
                    raise asyncio.CancelledError from exc
                log.warning("bypass observations from other replicas paused: %s", exc)
            finally:
                with contextlib.suppress(Exception):  # already broken
                    await client.aclose()
            if _being_cancelled():
                raise asyncio.CancelledError
            await asyncio.sleep(RETRY_S)

    async def _replay(self, client: Any) -> None:
        """The retained window up to the stream's last entry now, folded without acting on it
        (holds raised before are in the store, and adopted from there)."""
        info = await client.xinfo_stream(self.key) if await client.exists(self.key) else None
        end = info["last-generated-id"] if info else b"0-0"
        end_key = _id_key(end)
        while _id_key(self.position) < end_key:
            answer = await client.xread({self.key: self.position}, count=READ_COUNT * 4)
            if not answer:
                break
            self._fold(answer, replayed=True, until=end_key)
        self.caught_up = True

    def _fold(self, answer: Any, *, replayed: bool, until: tuple[int, int] | None = None) -> None:
        for _key, entries in answer or ():
            for entry_id, fields in entries:
                if until is not None and _id_key(entry_id) > until:
                    return
                self.position = entry_id.decode() if isinstance(entry_id, bytes) else entry_id
                try:
                    obs = decode(fields[FIELD])
                except Exception as exc:  # noqa: BLE001 - a bad entry is skipped, named
                    self.skipped += 1
                    log.warning("skipped unreadable bypass observation %s: %s", entry_id, exc)
                    continue
                if obs.origin == self.origin:
                    continue  # folded in when it was made
                self.handler(obs, replayed)
                if replayed:
                    self.replayed += 1
                else:
                    self.folded += 1

    def stats(self) -> dict[str, Any]:
        return {
            "sent": self.sent,
            "pending": self.backlog,
            "dropped": self.dropped,
            "folded": self.folded,
            "replayed": self.replayed,
            "skipped": self.skipped,
            "caught_up": self.caught_up,
        }


def _id_key(entry_id: bytes | str) -> tuple[int, int]:
    text = entry_id.decode() if isinstance(entry_id, bytes) else entry_id
    ms, _, seq = text.partition("-")
    return int(ms), int(seq or 0)
