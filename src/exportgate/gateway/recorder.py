"""Usage and audit records, written behind the responses in batches and never dropped.

The request path only appends to an in-memory queue (a ``deque`` append, no I/O). A writer
thread drains the queues in batches into the store (usage) and the audit log (decisions). When a
write fails — the store is down, the disk is full, the network is cut — the batch goes to a
JSON-lines spool file under ``spool_dir`` instead, and the writer replays spool files into the
store once it answers again; the store skips request ids it already has, so a replay after a
partial failure never duplicates. Memory is bounded: past ``max_pending`` queued records the
request path spools the record straight to disk.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

import msgspec

from exportgate.records import UsageRecord

log = logging.getLogger("exportgate.gateway.recorder")


class UsageSink(Protocol):
    def write_usage(self, records: Sequence[UsageRecord]) -> None: ...


AuditWriter = Callable[[Sequence[dict[str, Any]]], None]

_usage_decoder = msgspec.json.Decoder(UsageRecord)
_dict_decoder = msgspec.json.Decoder(dict[str, Any])
_encoder = msgspec.json.Encoder()


class RecordWriter:
    """Batches usage records and audit entries off the request path; see the module docstring."""

    KINDS = ("usage", "audit")

    def __init__(
        self,
        usage_sink: UsageSink | None,
        audit_writer: AuditWriter | None,
        spool_dir: str | Path,
        *,
        batch_size: int = 500,
        flush_interval_s: float = 0.2,
        max_pending: int = 20000,
        replay_interval_s: float = 5.0,
    ) -> None:
        """Without sinks (``None``), every batch goes to the spool and a separate process
        (:mod:`exportgate.gateway.journal`) moves the spool into the store: the serving process
        then never holds the GIL for database work."""
        self.journal_only = usage_sink is None or audit_writer is None
        self._usage_sink = usage_sink
        self._audit_writer = audit_writer
        self.spool_dir = Path(spool_dir)
        self.spool_dir.mkdir(parents=True, exist_ok=True)
        self._batch_size = batch_size
        self._flush_interval_s = flush_interval_s
        self._max_pending = max_pending
        self._replay_interval_s = replay_interval_s
        self._queues: dict[str, deque[Any]] = {"usage": deque(), "audit": deque()}
        # journal mode, on an event loop: records waiting to be encoded at the end of the loop
        # step that queued them (after the responses of that step are sent)
        self._fresh: dict[str, deque[Any]] = {"usage": deque(), "audit": deque()}
        self._encode_scheduled = False
        self._spool_lock = threading.Lock()
        self._spool_seq = itertools.count()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._idle = threading.Condition()
        self._busy = False
        self.store_ok = True
        self.written = {"usage": 0, "audit": 0}
        self.spooled = {"usage": 0, "audit": 0}
        self.replayed = {"usage": 0, "audit": 0}
        self._last_replay_try = 0.0
        self._thread = threading.Thread(target=self._run, name="exportgate-records", daemon=True)
        self._thread.start()

    # request path ------------------------------------------------------------------------
    def submit_usage(self, record: UsageRecord) -> None:
        self._submit("usage", record)

    def submit_audit(self, entry: dict[str, Any]) -> None:
        self._submit("audit", entry)

    def _submit(self, kind: str, item: Any) -> None:
        queue = self._queues[kind]
        if len(queue) + len(self._fresh[kind]) >= self._max_pending:
            self._spool(kind, [item])
            return
        if self.journal_only:
            # Encoded on the event loop, a few microseconds per record, rather than in the
            # writer thread in bursts that hold the GIL while the loop waits; and after the loop
            # step that queued them, so that the responses of that step leave first.
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                queue.append(_encoder.encode(item))
            else:
                self._fresh[kind].append(item)
                if not self._encode_scheduled:
                    self._encode_scheduled = True
                    loop.call_soon(self.encode_pending)
                return
        else:
            queue.append(item)
        if len(queue) >= self._batch_size:
            self._wake.set()

    def encode_pending(self) -> None:
        """Encode the records queued on the event loop (run by the loop after each step that
        queued some; call it on the loop before :meth:`close` at shutdown)."""
        self._encode_scheduled = False
        for kind in self.KINDS:
            fresh, queue = self._fresh[kind], self._queues[kind]
            while fresh:
                try:
                    item = fresh.popleft()
                except IndexError:  # the writer thread took the last one
                    break
                queue.append(_encoder.encode(item))
            if len(queue) >= self._batch_size:
                self._wake.set()

    @property
    def pending(self) -> int:
        return sum(len(q) for q in self._queues.values()) + \
            sum(len(q) for q in self._fresh.values())

    # writer thread -----------------------------------------------------------------------
    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(self._flush_interval_s)
            self._wake.clear()
            self._drain_all()
            if not self.journal_only and self.spool_files() and time.monotonic() - self._last_replay_try >= (
                    self._replay_interval_s if not self.store_ok else 0):
                self.replay()
                with self._idle:
                    self._idle.notify_all()
        self._drain_all()

    def _drain_all(self) -> None:
        with self._idle:
            self._busy = True
        try:
            for kind in self.KINDS:
                queue = self._queues[kind]
                while queue:
                    batch = [queue.popleft() for _ in range(min(len(queue), self._batch_size))]
                    self._write(kind, batch)
                fresh = self._fresh[kind]  # left over when the loop has stopped (shutdown)
                while fresh:
                    batch = []
                    while fresh and len(batch) < self._batch_size:
                        try:
                            batch.append(fresh.popleft())
                        except IndexError:
                            break
                    if batch:
                        self._write(kind, batch)
        finally:
            with self._idle:
                self._busy = False
                self._idle.notify_all()

    def _write(self, kind: str, batch: list[Any]) -> None:
        if self.journal_only:
            self._spool(kind, batch, failed=False)
            self.written[kind] += len(batch)
            return
        if not self.store_ok and self.spool_files(kind):
            self._spool(kind, batch)
            return
        assert self._usage_sink is not None and self._audit_writer is not None
        try:
            if kind == "usage":
                self._usage_sink.write_usage(batch)
            else:
                self._audit_writer(batch)
        except Exception as exc:  # noqa: BLE001 - any failure of the sink means: spool it
            if self.store_ok:
                log.warning("store write failed, spooling %s records to %s: %s",
                            kind, self.spool_dir, exc)
            self.store_ok = False
            self._spool(kind, batch)
            return
        self.written[kind] += len(batch)

    # spool -------------------------------------------------------------------------------
    def _spool(self, kind: str, items: Sequence[Any], failed: bool = True) -> None:
        name = f"{kind}-{time.time_ns()}-{os.getpid()}-{next(self._spool_seq)}.jsonl"
        data = b"".join((item if isinstance(item, bytes) else _encoder.encode(item)) + b"\n"
                        for item in items)
        with self._spool_lock:
            tmp = self.spool_dir / (name + ".tmp")
            with open(tmp, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            tmp.rename(self.spool_dir / name)
        if failed:
            self.spooled[kind] += len(items)

    def spool_files(self, kind: str | None = None) -> list[Path]:
        pattern = f"{kind}-*.jsonl" if kind else "*-*.jsonl"
        return sorted(p for p in self.spool_dir.glob(pattern) if not p.name.endswith(".bad.jsonl"))

    def replay(self) -> bool:
        """Write spooled batches into the store, oldest first; True when the spool is empty."""
        self._last_replay_try = time.monotonic()
        assert self._usage_sink is not None and self._audit_writer is not None
        for path in self.spool_files():
            kind = path.name.split("-", 1)[0]
            good, bad = _read_spool(path, kind)
            try:
                if kind == "usage":
                    self._usage_sink.write_usage(good)
                else:
                    self._audit_writer(good)
            except Exception as exc:  # noqa: BLE001
                self.store_ok = False
                log.info("replay of %s deferred, store still failing: %s", path.name, exc)
                return False
            if bad:
                path.with_suffix(".bad.jsonl").write_bytes(b"".join(bad))
                log.error("%d unreadable lines of %s kept in %s", len(bad), path.name,
                          path.with_suffix(".bad.jsonl").name)
            path.unlink()
            self.replayed[kind] += len(good)
        self.store_ok = True
        return True

    # lifecycle ---------------------------------------------------------------------------
    def flush(self, timeout_s: float = 10.0) -> bool:
        """Wait until everything queued so far was written (or spooled)."""
        deadline = time.monotonic() + timeout_s
        while True:
            self._wake.set()
            with self._idle:
                if not self.pending and not self._busy:
                    return True
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._idle.wait(min(remaining, 0.05))

    def wait_spool_empty(self, timeout_s: float = 30.0) -> bool:
        """Wait until the writer thread has replayed every spool file (tests, shutdown)."""
        deadline = time.monotonic() + timeout_s
        while True:
            with self._idle:
                if not self.spool_files() and not self.pending:
                    return True
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._wake.set()
                self._idle.wait(min(remaining, 0.1))

    def close(self, timeout_s: float = 30.0) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout_s)
        for kind in self.KINDS:
            for queue in (self._queues[kind], self._fresh[kind]):
                if queue:
                    self._spool(kind, list(queue))
                    queue.clear()


def _read_spool(path: Path, kind: str) -> tuple[list[Any], list[bytes]]:
    good: list[Any] = []
    bad: list[bytes] = []
    decoder = _usage_decoder if kind == "usage" else _dict_decoder
    for line in path.read_bytes().splitlines(keepends=True):
        if not line.strip():
            continue
        try:
            good.append(decoder.decode(line))
        except msgspec.MsgspecError:
            bad.append(line)
    return good, bad
