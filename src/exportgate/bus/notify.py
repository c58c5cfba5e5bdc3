"""Change notices on Redis pub/sub: whoever changes shared state says so, every replica listens.

Writers (the store's switch, model-control and account methods, the audit log's review verdicts,
the detector service's flags) call :func:`changed`; it publishes a :class:`Change` on
``<prefix>changes`` when this process has been told where Redis is (:func:`configure`, done by
the commands' ``open_configured_store`` for a configuration with ``redis:`` or with
``$EXPORTGATE_REDIS``, by the gateway and by the detector service). Publishing never fails the write: a notice that cannot be
sent is logged, and the replicas' polling (the fallback) picks the change up.

:class:`ChangeListener` is the subscriber: it calls its handler for every notice and, after
every (re)connection, once with ``None`` ("notices may have been missed: refresh everything").
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any

from exportgate.bus.records import Change, ChangeKind, Flag, decode_change, encode_change
from exportgate.store import changes as store_changes

log = logging.getLogger("exportgate.bus.notify")

PUBLISH_TIMEOUT_S = 0.25
RECONNECT_S = 0.2


def channel(prefix: str) -> str:
    return f"{prefix}changes"


class _Publisher:
    def __init__(self, url: str, prefix: str, origin: str) -> None:
        import redis

        self.url = url
        self.prefix = prefix
        self.origin = origin
        self._redis = redis.Redis.from_url(
            url, socket_timeout=PUBLISH_TIMEOUT_S, socket_connect_timeout=PUBLISH_TIMEOUT_S
        )
        self._lock = threading.Lock()

    def publish(self, change: Change) -> bool:
        change.origin = change.origin or self.origin
        try:
            with self._lock:
                self._redis.publish(channel(self.prefix), encode_change(change))
            return True
        except Exception as exc:  # noqa: BLE001 - the polling fallback picks the change up
            log.warning(
                "could not publish the %s change (replicas poll for it): %s", change.kind, exc
            )
            return False


_publisher: _Publisher | None = None


def configure(url: str | None, prefix: str = "exportgate:", origin: str = "") -> None:
    """Publish this process's changes to ``url`` (``None``: stop publishing): the store's
    writes and the audit log's verdicts (``exportgate.store.changes``) and :func:`changed`."""
    global _publisher
    if url is None:
        _publisher = None
        store_changes.unsubscribe(_store_changed)
        return
    if _publisher is None or _publisher.url != url or _publisher.prefix != prefix:
        _publisher = _Publisher(url, prefix, origin or f"pid-{os.getpid()}")
    store_changes.subscribe(_store_changed)


_KINDS: frozenset[str] = frozenset(
    ("switch", "model_controls", "verdict", "account", "lists", "flag", "unflag")
)


def _store_changed(kind: str, subject: str | None) -> None:
    if kind in _KINDS:
        changed(kind, subject)  # type: ignore[arg-type]


def changed(kind: ChangeKind, subject: str | None = None, flag: Flag | None = None) -> bool:
    """Tell every replica that ``kind`` (``subject``) changed; False when not sent."""
    publisher = _publisher
    if publisher is None:
        return False
    return publisher.publish(Change(kind=kind, subject=subject, flag=flag))


Handler = Callable[[Change | None], Awaitable[None]]


class ChangeListener:
    """Subscribes to the change channel and hands every notice to ``handler``; reconnects by
    itself (``connected`` says whether it listens now)."""

    def __init__(self, url: str, prefix: str, handler: Handler) -> None:
        self.url = url
        self.prefix = prefix
        self.handler = handler
        self.connected = False
        self.failing_since: float | None = None  # when subscribing last failed (None: it works)
        self.received = 0

    async def run(self) -> None:
        import redis.asyncio as aioredis

        while True:
            client: Any = aioredis.Redis.from_url(
                self.url, socket_connect_timeout=1.0, health_check_interval=1
            )
            pubsub = client.pubsub(ignore_subscribe_messages=True)
            try:
                await pubsub.subscribe(channel(self.prefix))
                self.connected = True
                self.failing_since = None
                await self._handle(None)  # whatever was missed while not listening
                while True:
                    message = await pubsub.get_message(timeout=1.0)
                    if message is None:
                        await pubsub.ping()
                        continue
                    if message.get("type") != "message":  # the ping's pong
                        continue
                    try:
                        change = decode_change(message["data"])
                    except Exception as exc:  # noqa: BLE001 - a bad notice is skipped
                        log.warning("ignored a malformed change notice: %s", exc)
                        continue
                    self.received += 1
                    await self._handle(change)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - Redis gone: retry
                if self.connected:
                    log.warning("change notices lost their Redis connection: %s", exc)
                self.connected = False
                if self.failing_since is None:
                    self.failing_since = time.monotonic()
            finally:
                self.connected = False
                try:
                    await pubsub.aclose()
                    await client.aclose()
                except Exception:  # noqa: BLE001, S110 - already broken
                    pass
            await asyncio.sleep(RECONNECT_S)

    async def _handle(self, change: Change | None) -> None:
        try:
            await self.handler(change)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - one failed refresh must not stop listening
            log.warning("applying a change notice failed: %s", exc)
