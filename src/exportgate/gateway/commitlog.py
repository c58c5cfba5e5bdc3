"""Group commit: usage and audit records on disk (fsync) before the responses that made them
complete.

The request path appends a record's encoded line to a buffer (a lock and a list append) and, just
before its last byte, awaits :meth:`CommitLog.durable`. One committer thread takes everything
buffered, appends it to the open segment file, calls ``fdatasync`` once and then releases every
response waiting on those records together: while one fsync runs the next group gathers, so a
busy gateway pays one fsync per group, not per request. ``window_s`` adds a short wait before a
group is written, to gather more records per fsync at the price of that much latency.

Segments are JSON-lines files ``batch-<ns>-<pid>-<seq>.jsonl.open`` in the spool directory, one
line per record: ``{"kind": "usage"|"audit", "record": {...}}``. A segment is closed every
``rotate_after_s`` (or at ``rotate_bytes``) by renaming it to ``.jsonl``, which hands it to the
replay (the journal worker or the writer thread) that moves it into the store. A segment left
``.open`` by a process that died (kill -9, power loss) is adopted by :func:`adopt_orphans`: what
was fsynced in it is all there, because no response waited on anything else.

With the detector service (issue 19) a served request's usage line is followed, in the same
write, by a ``served`` line: the request's event for the served-request stream, which the
replica publishes only once the journal holds the request (so the stream never counts a request
that has no record). A segment stays ``.open`` until every served event written into it is on
the stream or in the stream spill (:meth:`CommitLog.served_out`); a replica killed before
publishing leaves them in an ``.open`` segment, and :func:`adopt_orphans` moves them to the
stream spill, which the replicas send. So the detector folds in each recorded request once (it
skips request ids it has already folded in) and nothing else.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import os
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import msgspec

log = logging.getLogger("exportgate.gateway.commitlog")

OPEN_SUFFIX = ".jsonl.open"
_PREFIX = {"usage": b'{"kind":"usage","record":', "audit": b'{"kind":"audit","record":'}
SERVED_KIND = "served"


def served_line(partition: int, event: bytes) -> bytes:
    """The journal line of a served request's stream event (``event`` is its encoding)."""
    return b'{"kind":"served","partition":%d,"record":' % partition + event + b"}\n"


class JournalWriteFailed(OSError):
    """The journal could not be written or synced (disk full, I/O error)."""


class CommitLog:
    """See the module docstring."""

    def __init__(
        self,
        spool_dir: Path,
        *,
        window_s: float = 0.001,
        rotate_after_s: float = 0.2,
        rotate_bytes: int = 8 << 20,
        on_rotate: Callable[[], None] | None = None,
    ) -> None:
        self.spool_dir = spool_dir
        self._window_s = max(window_s, 0.0)
        self._rotate_after_s = rotate_after_s
        self._rotate_bytes = rotate_bytes
        self._on_rotate = on_rotate
        self._lock = threading.Lock()
        self._buf: list[bytes] = []
        self._appended = 0  # records appended so far
        self._last_served = 0  # the number (1-based) of the last record with a served event
        self._served_out = 0  # records up to this number have their served events published
        self._segment_served = 0  # the last served record written into the open segment
        self._durable = 0  # records fsynced so far
        self._waiters: list[tuple[int, asyncio.AbstractEventLoop, asyncio.Future[None]]] = []
        self._sync_waiters = threading.Condition(self._lock)
        self._rotate_now = False
        self._wake = threading.Event()
        self._stop = False
        self._fd: int | None = None
        self._path: Path | None = None
        self._opened = 0.0
        self._bytes = 0
        self._seq = itertools.count()
        self._dir_fd = os.open(spool_dir, os.O_RDONLY)
        self.commits = 0
        self.committed = 0
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="exportgate-commit", daemon=True)
        self._thread.start()

    # request path ------------------------------------------------------------------------
    def append(self, kind: str, encoded: bytes, served: bytes = b"") -> None:
        """Append one record; ``served`` (a :func:`served_line`) goes with it in one write."""
        line = _PREFIX[kind] + encoded + b"}\n" + served
        with self._lock:
            self._buf.append(line)
            self._appended += 1
            if served:
                self._last_served = self._appended
        self._wake.set()

    def mark(self) -> int:
        """How many records were appended so far (for :meth:`served_out`)."""
        return self._appended

    def served_out(self, mark: int) -> None:
        """The served events of the records up to ``mark`` are on the stream or spilled: the
        segments that hold them may close."""
        with self._lock:
            self._served_out = max(self._served_out, mark)
        self._wake.set()

    @property
    def pending(self) -> int:
        return self._appended - self._durable

    async def durable(self) -> None:
        """Return once every record appended so far is on disk; raises
        :class:`JournalWriteFailed` when the journal cannot be written."""
        loop = asyncio.get_running_loop()
        with self._lock:
            target = self._appended
            if self._durable >= target:
                return
            future: asyncio.Future[None] = loop.create_future()
            self._waiters.append((target, loop, future))
        self._wake.set()
        await future

    # committer thread ---------------------------------------------------------------------
    def _run(self) -> None:
        while True:
            self._wake.wait(self._rotate_after_s)
            self._wake.clear()
            if self._window_s and self._buf and not self._stop:
                time.sleep(self._window_s)
            with self._lock:
                lines, self._buf = self._buf, []
                upto = self._appended
                served = self._last_served
                stopping = self._stop
                rotate = self._rotate_now
                self._rotate_now = False
            failure: BaseException | None = None
            if lines:
                try:
                    self._write(lines)
                    self._segment_served = max(self._segment_served, served)
                except OSError as exc:
                    failure = exc
                    log.error(
                        "could not write %d records to the journal in %s: %s",
                        len(lines),
                        self.spool_dir,
                        exc,
                    )
                    with self._lock:  # kept, in order, for the next try
                        self._buf[:0] = lines
            self._release(upto, failure)
            if (
                self._fd is not None
                and self._bytes
                and (
                    stopping
                    or (
                        # events not yet published keep their segment open (adopted, with
                        # them, if this process dies)
                        self._served_out >= self._segment_served
                        and (
                            rotate
                            or self._bytes >= self._rotate_bytes
                            or time.monotonic() - self._opened >= self._rotate_after_s
                        )
                    )
                )
            ):
                self._rotate()
            with self._lock:
                self._sync_waiters.notify_all()
            if stopping and not self._buf:
                break
            if failure is not None:
                time.sleep(0.05)

    def _write(self, lines: list[bytes]) -> None:
        if self._fd is None:
            name = f"batch-{time.time_ns()}-{os.getpid()}-{next(self._seq)}{OPEN_SUFFIX}"
            self._path = self.spool_dir / name
            self._fd = os.open(self._path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            os.fsync(self._dir_fd)  # the new file's name is durable too
            self._opened = time.monotonic()
            self._bytes = 0
        data = b"".join(lines)
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]
        os.fdatasync(self._fd)
        self._bytes += len(data)
        self.commits += 1
        self.committed += len(lines)

    def _release(self, upto: int, failure: BaseException | None) -> None:
        with self._lock:
            if failure is None:
                self._durable = max(self._durable, upto)
                self.error = None
            else:
                self.error = failure
            ready = [w for w in self._waiters if failure is not None or w[0] <= self._durable]
            self._waiters = [w for w in self._waiters if failure is None and w[0] > self._durable]
        by_loop: dict[asyncio.AbstractEventLoop, list[asyncio.Future[None]]] = {}
        for _, loop, future in ready:
            by_loop.setdefault(loop, []).append(future)
        for loop, futures in by_loop.items():
            with contextlib.suppress(RuntimeError):  # the loop has closed
                loop.call_soon_threadsafe(_settle, futures, failure)

    def _rotate(self) -> None:
        assert self._fd is not None and self._path is not None
        os.close(self._fd)
        self._fd = None
        closed = self._path.with_name(self._path.name.removesuffix(".open"))
        os.rename(self._path, closed)
        self._path = None
        if self._on_rotate is not None:
            self._on_rotate()

    # lifecycle ---------------------------------------------------------------------------
    def sync(self, timeout_s: float = 10.0) -> bool:
        """Block until everything appended so far is on disk in a closed segment."""
        deadline = time.monotonic() + timeout_s
        with self._lock:
            target = self._appended
            self._rotate_now = True
            self._wake.set()
            while (
                self._durable < target or self._rotate_now or (self._fd is not None and self._bytes)
            ):
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not self._thread.is_alive():
                    return False
                self._sync_waiters.wait(min(remaining, 0.05))
                if self._fd is not None and self._bytes and not self._rotate_now:
                    self._rotate_now = True
                    self._wake.set()
        return True

    def close(self, timeout_s: float = 30.0) -> None:
        if self._dir_fd < 0:
            return
        with self._lock:
            self._stop = True
        self._wake.set()
        self._thread.join(timeout_s)
        if self._fd is not None:
            with contextlib.suppress(OSError):
                self._rotate()
        os.close(self._dir_fd)
        self._dir_fd = -1


def _settle(futures: list[asyncio.Future[None]], failure: BaseException | None) -> None:
    for future in futures:
        if future.done():
            continue
        if failure is None:
            future.set_result(None)
        else:
            future.set_exception(JournalWriteFailed(str(failure)))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def adopt_orphans(spool_dir: Path, served_spill: Path | None = None) -> int:
    """Close the open segments of processes that are gone (renamed to ``.jsonl`` for replay);
    returns how many. With ``served_spill`` (the stream spill directory), the served events the
    segment holds are first written there, to be sent to the stream: the process may have died
    before it published them (the detector service skips those it already has)."""
    adopted = 0
    for path in spool_dir.glob("*" + OPEN_SUFFIX):
        parts = path.name.split("-")
        try:
            pid = int(parts[2])
        except (IndexError, ValueError):
            continue
        if pid == os.getpid() or _alive(pid):
            continue
        with contextlib.suppress(FileNotFoundError):
            if served_spill is not None:
                events = served_events(path.read_bytes())
                if events:
                    write_spill(served_spill, events)
                    log.warning(
                        "%d served-request events of %s go to the stream spill",
                        len(events),
                        path.name,
                    )
            os.rename(path, path.with_name(path.name.removesuffix(".open")))
            adopted += 1
            log.warning("adopted journal segment %s of process %d, which is gone", path.name, pid)
    return adopted


class _ServedLine(msgspec.Struct):
    kind: str
    partition: int = 0
    record: msgspec.Raw = msgspec.Raw(b"null")


_served_line_decoder = msgspec.json.Decoder(_ServedLine)


def served_events(segment: bytes) -> list[tuple[int, bytes]]:
    """The ``(partition, event)`` of each served line of a journal segment (a torn last line
    is not one: its request's answer never completed)."""
    out: list[tuple[int, bytes]] = []
    for line in segment.splitlines():
        if b'"kind":"served"' not in line:
            continue
        try:
            decoded = _served_line_decoder.decode(line)
        except msgspec.MsgspecError:
            continue
        if decoded.kind == SERVED_KIND:
            out.append((decoded.partition, bytes(decoded.record)))
    return out


SPILL_SUFFIX = ".spill"


def write_spill(spill_dir: Path, batch: list[tuple[int, bytes]]) -> Path:
    """Served-request events to a new stream spill file (fsynced, then named ``*.spill``): one
    line ``<partition>\\t<event>`` per event."""
    spill_dir.mkdir(parents=True, exist_ok=True)
    name = f"{time.time_ns():020d}-{uuid.uuid4().hex[:8]}"
    tmp = spill_dir / (name + ".tmp")
    lines = b"".join(
        str(partition).encode() + b"\t" + payload + b"\n" for partition, payload in batch
    )
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, lines)
        os.fsync(fd)
    finally:
        os.close(fd)
    final = spill_dir / (name + SPILL_SUFFIX)
    os.replace(tmp, final)
    dir_fd = os.open(spill_dir, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
    return final
