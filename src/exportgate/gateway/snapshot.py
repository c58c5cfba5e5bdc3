"""A snapshot of the cached callers, so that a gateway can start while the store is down.

Every ``dependencies.snapshot_interval_s`` the gateway writes the callers it has cached (API-key
hash, key id, account, stored screening status; never a raw key) to ``snapshot_file`` (by
default ``<usage.spool_dir>/callers-snapshot.json``, mode 0600, replaced atomically). When the
store cannot be reached at start-up and that snapshot is at most ``snapshot_max_age_s`` old, the
gateway starts with those callers (each request of theirs still asks the store first, and the
store's answer replaces the snapshot's as soon as it comes); other callers get 503 until the
store is back. Without a recent snapshot the gateway does not start, with one line saying why.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
from pathlib import Path

import msgspec

from exportgate.config import GatewayConfig
from exportgate.gateway.decisions import CallerCache
from exportgate.policy.switches import PAUSE_SWITCH
from exportgate.records import Account
from exportgate.screening.api import ScreeningStatus
from exportgate.store import Store, open_store

log = logging.getLogger("exportgate.gateway.snapshot")

FILE_NAME = "callers-snapshot.json"


class StoreUnavailableAtStart(RuntimeError):
    """The store is unreachable at start-up and no recent snapshot allows starting without it."""


class _Entry(msgspec.Struct):
    digest: str
    key_id: str
    account: Account
    screening: ScreeningStatus


class _Snapshot(msgspec.Struct):
    written_at: dt.datetime
    callers: list[_Entry]
    version: int = 1
    international_pause: bool = False


class CallerSnapshot:
    def __init__(self, config: GatewayConfig) -> None:
        deps = config.dependencies
        self.path = (
            Path(deps.snapshot_file)
            if deps.snapshot_file
            else Path(config.usage.spool_dir) / FILE_NAME
        )
        self._url = config.store
        self._interval_s = deps.snapshot_interval_s
        self._max_age_s = deps.snapshot_max_age_s
        self.started_without_store = False
        self._loaded: _Snapshot | None = None

    # start-up ----------------------------------------------------------------------------
    def open_store(self) -> Store:
        """The store; when it is unreachable, a store object that connects later, provided a
        recent snapshot exists (else :class:`StoreUnavailableAtStart`)."""
        try:
            return open_store(self._url)
        except Exception as exc:  # noqa: BLE001 - any failure to reach it
            reason = (str(exc).splitlines()[0] if str(exc) else type(exc).__name__)[:300]
            snapshot = self._read()
            age = (
                (dt.datetime.now(dt.UTC) - snapshot.written_at).total_seconds()
                if snapshot is not None
                else None
            )
            if snapshot is None or age is None or age > self._max_age_s:
                found = (
                    "no caller snapshot at"
                    if snapshot is None
                    else f"the caller snapshot is {age:.0f} s old (limit {self._max_age_s:.0f} s) at"
                )
                raise StoreUnavailableAtStart(
                    f"the store {_redacted(self._url)} is unreachable ({reason}) and {found} "
                    f"{self.path}; start the store, or raise dependencies.snapshot_max_age_s "
                    "to start from an older snapshot"
                ) from None
            log.warning(
                "the store is unreachable (%s); starting from the caller snapshot of "
                "%s (%d callers, %.0f s old)",
                reason,
                snapshot.written_at.isoformat(),
                len(snapshot.callers),
                age,
            )
            self._loaded = snapshot
            self.started_without_store = True
            return Store(self._url, create=False)

    def restore(self, cache: CallerCache) -> bool | None:
        """Seed the caller cache from the snapshot read at start-up (if any); returns the
        international-access pause switch as it was then (None without a snapshot), so that a
        paused gateway does not start unpaused because the store is down."""
        if self._loaded is None:
            return None
        for entry in self._loaded.callers:
            cache.prime(entry.digest, entry.account, entry.key_id, entry.screening)
        pause = self._loaded.international_pause
        self._loaded = None
        return pause

    def _read(self) -> _Snapshot | None:
        try:
            return msgspec.json.decode(self.path.read_bytes(), type=_Snapshot)
        except (OSError, msgspec.MsgspecError) as exc:
            if not isinstance(exc, FileNotFoundError):
                log.warning("caller snapshot %s is unreadable: %s", self.path, exc)
            return None

    # while serving -----------------------------------------------------------------------
    async def run(self, cache: CallerCache, store: Store) -> None:
        while True:
            await asyncio.sleep(self._interval_s)
            try:
                await asyncio.to_thread(self.save, cache, store)
            except Exception as exc:  # noqa: BLE001 - the next round tries again
                log.info("caller snapshot not written: %s", exc)

    def save(self, cache: CallerCache, store: Store) -> int:
        """Write the snapshot of the cached callers; returns how many."""
        entries = [
            _Entry(digest, caller.key_id, caller.account, caller.status)
            for digest, caller in cache.cached()
            if caller.status is not None and caller.problem is None
        ]
        pause = store.get_switch(PAUSE_SWITCH)
        data = msgspec.json.encode(
            _Snapshot(dt.datetime.now(dt.UTC), entries, international_pause=pause)
        )
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")  # workers share it
        with os.fdopen(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, self.path)
        return len(entries)


def _redacted(url: str) -> str:
    """A store URL without its password."""
    scheme, sep, rest = url.partition("://")
    if not sep or "@" not in rest:
        return url
    credentials, _, host = rest.rpartition("@")
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}" if user else f"{scheme}://{host}"
