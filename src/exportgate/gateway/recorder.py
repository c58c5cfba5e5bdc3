"""Usage and audit records, never dropped, never blocked by one bad record.

Two modes (``usage.durability``):

``sync`` (default): every record is appended to the journal (:mod:`.commitlog`) and the request
awaits :meth:`RecordWriter.durable` before its last byte, so no response completes before its
records are fsynced; one fsync covers every record of a short window (group commit). A kill -9
or a power cut loses no record of an answered request.

``batched``: the request path only appends to an in-memory queue (a ``deque`` append, no I/O)
and a writer thread drains the queues in batches behind the responses. Faster, but records
queued in memory when the process dies are lost.

Either way the records reach the store from spool files: the journal worker process
(:mod:`.journal`) or the writer thread replays them, oldest first, and deletes each file once the
store has it; the store skips request ids it already has, so a replay after a partial failure
never duplicates usage. When the store is unreachable the files wait and are retried every
``replay_interval_s``. When the store refuses a record for what it contains, the batch is halved
until the refused record stands alone; that record goes to the dead-letter file
(:mod:`.deadletter`) with the reason and the records behind it flow on.
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
from typing import Any, Literal, Protocol

import msgspec

from exportgate.gateway.commitlog import SERVED_KIND, CommitLog, adopt_orphans
from exportgate.gateway.deadletter import DeadLetters
from exportgate.records import DecisionAudit, UsageRecord

log = logging.getLogger("exportgate.gateway.recorder")


class UsageSink(Protocol):
    def write_usage(self, records: Sequence[UsageRecord]) -> None: ...


AuditWriter = Callable[[Sequence[DecisionAudit]], None]

Durability = Literal["sync", "batched"]

ADOPT_INTERVAL_S = 1.0

_usage_decoder = msgspec.json.Decoder(UsageRecord)
_audit_decoder = msgspec.json.Decoder(DecisionAudit)
_encoder = msgspec.json.Encoder()


class _Line(msgspec.Struct):
    kind: str
    record: msgspec.Raw


_line_decoder = msgspec.json.Decoder(_Line)


class _UsageLine(msgspec.Struct, tag_field="kind", tag="usage"):
    record: UsageRecord


class _AuditLine(msgspec.Struct, tag_field="kind", tag="audit"):
    record: DecisionAudit


class _ServedEventLine(msgspec.Struct, tag_field="kind", tag=SERVED_KIND):
    partition: int = 0
    record: msgspec.Raw = msgspec.Raw(b"null")


# a whole journal segment in one call, when every line of it is a well-formed record
_segment_decoder = msgspec.json.Decoder(_UsageLine | _AuditLine | _ServedEventLine)


def is_outage(exc: BaseException) -> bool:
    """True when a failed write says the store is unreachable or busy (retry the same records
    later), False when the store refused what the records contain (isolate and set aside)."""
    import sqlalchemy as sa

    if isinstance(exc, sa.exc.DBAPIError) and exc.connection_invalidated:
        return True
    if isinstance(
        exc,
        sa.exc.OperationalError
        | sa.exc.InterfaceError
        | sa.exc.DisconnectionError
        | sa.exc.TimeoutError,
    ):
        return True
    if (
        isinstance(exc, sa.exc.StatementError)
        and exc.orig is not None
        and not isinstance(exc, sa.exc.DBAPIError)
    ):
        return is_outage(exc.orig)
    return isinstance(exc, OSError | ConnectionError | TimeoutError)


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
        durability: Durability = "batched",
        commit_window_s: float = 0.001,
        served_spill: Path | None = None,
        gather_s: float = 0.0,
    ) -> None:
        """Without sinks (``None``), every batch goes to the spool and a separate process
        (:mod:`exportgate.gateway.journal`) moves the spool into the store: the serving process
        then never holds the GIL for database work. ``served_spill``: the stream spill
        directory, where the served events of an adopted journal segment go (issue 19).
        ``gather_s``: after a replay pass that moved at least ``batch_size`` records (a busy
        host), wait this long, instead of ``flush_interval_s``, for the next one, so that it
        finds several segments to write together (:meth:`replay`); a quiet host's records
        still follow within ``flush_interval_s``."""
        self.journal_only = usage_sink is None or audit_writer is None
        self.served_spill = served_spill
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
        self.dead_letters = DeadLetters(self.spool_dir)
        self.dead_lettered = {"usage": 0, "audit": 0}
        self.durability: Durability = durability
        self._replay_passes = 0
        self._gather_s = gather_s
        self._moved = 0  # records the last replay pass moved into the store
        self._thread = threading.Thread(target=self._run, name="exportgate-records", daemon=True)
        self._thread.start()
        self._log = (
            CommitLog(
                self.spool_dir,
                window_s=commit_window_s,
                rotate_after_s=flush_interval_s,
                on_rotate=self._wake.set,
            )
            if durability == "sync"
            else None
        )

    # request path ------------------------------------------------------------------------
    def submit_usage(self, record: UsageRecord, served: bytes = b"") -> None:
        """``served``: the request's served-event journal line, written with the record in
        ``sync`` durability (see :mod:`.commitlog`)."""
        if self._log is not None:
            self._log.append("usage", _encoder.encode(record), served)
            return
        self._submit("usage", record)

    def mark(self) -> int | None:
        """The journal's count of records appended so far (None without a journal)."""
        return self._log.mark() if self._log is not None else None

    def served_out(self, mark: int) -> None:
        """The served events of the records up to ``mark`` are sent or spilled."""
        if self._log is not None:
            self._log.served_out(mark)

    def submit_audit(self, entry: DecisionAudit) -> None:
        self._submit("audit", entry)

    def _submit(self, kind: str, item: Any) -> None:
        if self._log is not None:
            self._log.append(kind, _encoder.encode(item))
            return
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
    def journal_error(self) -> str | None:
        """Why the journal cannot be written right now (None when it can)."""
        error = self._log.error if self._log is not None else None
        return None if error is None else str(error)

    async def durable(self) -> None:
        """In ``sync`` mode, return once every record submitted so far is on disk (raises
        :class:`~exportgate.gateway.commitlog.JournalWriteFailed` when the disk refuses);
        in ``batched`` mode at once."""
        if self._log is not None:
            await self._log.durable()

    @property
    def pending(self) -> int:
        queued = sum(len(q) for q in self._queues.values()) + sum(
            len(q) for q in self._fresh.values()
        )
        return queued + (self._log.pending if self._log is not None else 0)

    # writer thread -----------------------------------------------------------------------
    def _run(self) -> None:
        adopted_at = 0.0
        while not self._stop.is_set():
            busy = self._gather_s > self._flush_interval_s and self._moved >= self._batch_size
            self._wake.wait(self._gather_s if busy else self._flush_interval_s)
            self._wake.clear()
            self._moved = 0
            self._drain_all()
            if not self.journal_only and time.monotonic() - adopted_at >= ADOPT_INTERVAL_S:
                adopted_at = time.monotonic()
                adopt_orphans(self.spool_dir, self.served_spill)  # segments of a gateway that died
            if (
                not self.journal_only
                and self.spool_files()
                and time.monotonic() - self._last_replay_try
                >= (self._replay_interval_s if not self.store_ok else 0)
            ):
                before = sum(self.replayed.values())
                self.replay()
                self._moved = sum(self.replayed.values()) - before
            with self._idle:
                self._replay_passes += 1
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
        done = self._deliver(kind, batch)
        self.written[kind] += done
        if done < len(batch):
            if self.store_ok:
                log.warning("store unreachable, spooling %s records to %s", kind, self.spool_dir)
            self.store_ok = False
            self._spool(kind, batch[done:])

    def _sink(self, kind: str, items: list[Any]) -> None:
        assert self._usage_sink is not None and self._audit_writer is not None
        if kind == "usage":
            self._usage_sink.write_usage(items)
        else:
            self._audit_writer(items)

    def _deliver(self, kind: str, items: list[Any]) -> int:
        """Write items into the store in order; a refused item goes to the dead-letter file.
        Returns how many items (a prefix) are settled: fewer than all when the store became
        unreachable, and the rest must be retried."""
        if not items:
            return 0
        try:
            self._sink(kind, items)
            return len(items)
        except Exception as exc:  # noqa: BLE001 - classified below
            if is_outage(exc):
                log.info(
                    "store unreachable for %d %s records: %s",
                    len(items),
                    kind,
                    str(exc).splitlines()[0] if str(exc) else type(exc).__name__,
                )
                return 0
            if len(items) == 1:
                reason = f"{type(exc).__name__}: {exc}"
                log.error(
                    "the store refused one %s record; kept in %s: %s",
                    kind,
                    self.dead_letters.path,
                    reason.splitlines()[0],
                )
                self.dead_letters.add(kind, items[0], reason)
                self.dead_lettered[kind] += 1
                return 1
        half = len(items) // 2
        first = self._deliver(kind, items[:half])
        if first < half:
            return first
        return half + self._deliver(kind, items[half:])

    # spool -------------------------------------------------------------------------------
    def _spool(self, kind: str, items: Sequence[Any], failed: bool = True) -> None:
        name = f"{kind}-{time.time_ns()}-{os.getpid()}-{next(self._spool_seq)}.jsonl"
        data = b"".join(
            (item if isinstance(item, bytes) else _encoder.encode(item)) + b"\n" for item in items
        )
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
        """Write spooled batches into the store, oldest first; True when the spool is empty.

        Consecutive journal segments that read cleanly go in together, up to
        :data:`REPLAY_RECORDS` records: one audit and one usage transaction for the run instead
        of two per segment (each transaction costs the worker about a millisecond of CPU, and
        a busy host closes a segment per worker every ``flush_interval_ms``)."""
        self._last_replay_try = time.monotonic()
        assert self._usage_sink is not None and self._audit_writer is not None
        adopt_orphans(self.spool_dir, self.served_spill)
        _clear_orphan_markers(self.spool_dir)
        run: list[tuple[Path, list[tuple[str, list[Any]]]]] = []
        size = 0
        for path in self.spool_files():
            clean = _without_audited(path, _read_clean_segment(path))
            if clean is not None and size + _count(clean) <= REPLAY_RECORDS:
                run.append((path, clean))
                size += _count(clean)
                continue
            if run and not self._replay_run(run):
                return self._outage()
            run, size = [], 0
            if clean is None:  # not a clean journal segment: on its own, setting lines aside
                if not self._replay_file(path):
                    return self._outage()
            else:
                run, size = [(path, clean)], _count(clean)
        if run and not self._replay_run(run):
            return self._outage()
        self.store_ok = True
        return True

    def _outage(self) -> bool:
        self.store_ok = False
        return False

    def _replay_run(self, run: list[tuple[Path, list[tuple[str, list[Any]]]]]) -> bool:
        """Clean journal segments into the store together: every segment's audit records in
        order, then their usage records. On an outage each segment keeps what is left of it
        (atomically rewritten) and False is returned."""
        if len(run) == 1:
            return self._replay_groups(*run[0])
        left: list[list[tuple[str, list[Any]]]] = [[] for _ in run]
        for kind in ("audit", "usage"):
            per_file = [dict(groups).get(kind, []) for _, groups in run]
            items = [item for file_items in per_file for item in file_items]
            done = self._deliver(kind, items)
            self.replayed[kind] += done
            if kind == "audit" and done == len(items) and items:
                _mark_audited(
                    self.spool_dir,
                    [path for path, groups in run if len(groups) > 1],
                )
            if done < len(items):
                for index, file_items in enumerate(per_file):
                    take = min(done, len(file_items))
                    done -= take
                    if take < len(file_items):
                        left[index].append((kind, file_items[take:]))
                if kind == "audit":  # no usage of these segments went in yet
                    for index, (_, groups) in enumerate(run):
                        usage = dict(groups).get("usage")
                        if usage:
                            left[index].append(("usage", usage))
                for (path, _), rest in zip(run, left, strict=True):
                    if rest:
                        _rewrite_spool(path, "batch", rest)
                    else:
                        _remove_segment(path)
                return False
        for path, _ in run:
            _remove_segment(path)
        return True

    def _replay_groups(self, path: Path, groups: list[tuple[str, list[Any]]]) -> bool:
        """One spool file's records (as read) into the store; on an outage the file keeps what
        is left of it."""
        kind = path.name.split("-", 1)[0]
        # audit first: its append is not idempotent, so it is never written twice; usage is
        for index, (group_kind, items) in enumerate(groups):
            done = self._deliver(group_kind, items)
            self.replayed[group_kind] += done
            if done < len(items):
                left = [(group_kind, items[done:]), *groups[index + 1 :]]
                _rewrite_spool(path, kind, left)
                return False
            if group_kind == "audit" and index + 1 < len(groups):
                _mark_audited(self.spool_dir, [path])
        _remove_segment(path)
        return True

    def _replay_file(self, path: Path) -> bool:
        """One spool file into the store; False (the file keeps what is left) on an outage."""
        kind = path.name.split("-", 1)[0]
        try:
            groups, bad, refused = _read_spool(path, kind)
        except FileNotFoundError:  # another replayer took it
            return True
        if bad:
            aside = path.with_suffix(".bad.jsonl")
            aside.write_bytes(b"".join(bad))
            log.error("%d unreadable lines of %s kept in %s", len(bad), path.name, aside.name)
        for refused_kind, raw, reason in refused:
            log.error(
                "a spooled %s record is not one; kept in %s: %s",
                refused_kind,
                self.dead_letters.path,
                reason.splitlines()[0],
            )
            self.dead_letters.add(refused_kind, raw, reason)
            self.dead_lettered[refused_kind] += 1
        return self._replay_groups(path, _without_audited(path, groups) or [])

    # lifecycle ---------------------------------------------------------------------------
    def flush(self, timeout_s: float = 10.0) -> bool:
        """Wait until everything queued so far was written (or spooled)."""
        deadline = time.monotonic() + timeout_s
        if self._log is not None:
            if not self._log.sync(timeout_s):
                return False
            if self.journal_only:
                return True
            with self._idle:
                passes = self._replay_passes
                while self._replay_passes < passes + 2:  # a whole pass after the sync
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        return False
                    self._wake.set()
                    self._idle.wait(min(remaining, 0.05))
            return True
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
        if self._log is not None:
            self._log.close(timeout_s)
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout_s)
        for kind in self.KINDS:
            for queue in (self._queues[kind], self._fresh[kind]):
                if queue:
                    self._spool(kind, list(queue))
                    queue.clear()
        if not self.journal_only:
            adopt_orphans(self.spool_dir, self.served_spill)
            if self._log is not None and self.store_ok and self.spool_files():
                self.replay()  # a graceful stop leaves the store complete when it can


REPLAY_RECORDS = 2000


#: a spool file's marker that its audit records are in the store (its usage may not be yet):
#: written, synced, between the two transactions, so that a worker killed between them does
#: not append those audit records again on restart (the audit chain's append is not idempotent)
AUDITED_SUFFIX = ".audited"


def _marker(path: Path) -> Path:
    return path.with_name(path.name + AUDITED_SUFFIX)


def _mark_audited(spool_dir: Path, paths: Sequence[Path]) -> None:
    """Note, durably, that these spool files' audit records went into the store."""
    if not paths:
        return
    for path in paths:
        fd = os.open(_marker(path), os.O_CREAT | os.O_WRONLY, 0o644)
        os.close(fd)
    dir_fd = os.open(spool_dir, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def _without_audited(
    path: Path, groups: list[tuple[str, list[Any]]] | None
) -> list[tuple[str, list[Any]]] | None:
    """A spool file's groups less its audit records where its marker says they went in."""
    if groups is None or not _marker(path).exists():
        return groups
    return [(k, items) for k, items in groups if k != "audit"]


def _remove_segment(path: Path) -> None:
    """A spool file fully in the store: the file, then its marker."""
    path.unlink(missing_ok=True)
    _marker(path).unlink(missing_ok=True)


def _clear_orphan_markers(spool_dir: Path) -> None:
    """Markers whose file is gone (a worker died between removing the two)."""
    for marker in spool_dir.glob("*" + AUDITED_SUFFIX):
        if not marker.with_name(marker.name.removesuffix(AUDITED_SUFFIX)).exists():
            marker.unlink(missing_ok=True)


def _count(groups: list[tuple[str, list[Any]]]) -> int:
    return sum(len(items) for _, items in groups)


def _read_clean_segment(path: Path) -> list[tuple[str, list[Any]]] | None:
    """A journal segment's records when every line of it is a well-formed record (None for
    any other spool file, one with a torn, unknown or invalid line, or one that is gone)."""
    if not path.name.startswith("batch-"):
        return None
    try:
        return _read_segment(path.read_bytes())
    except FileNotFoundError:  # another replayer took it
        return None


def _read_spool(
    path: Path, kind: str
) -> tuple[list[tuple[str, list[Any]]], list[bytes], list[tuple[str, bytes, str]]]:
    """A spool file's records as ``[(kind, items)]`` (audit before usage), its unreadable
    lines, and the ``(kind, record, reason)`` of each line that is JSON but not a record of its
    kind (for the dead-letter file, like a record the store refuses). ``usage-*``/``audit-*``
    files hold one kind; ``batch-*`` files (the journal) both."""
    data = path.read_bytes()
    if kind == "batch":
        whole = _read_segment(data)
        if whole is not None:
            return whole, [], []
    usage: list[Any] = []
    audit: list[Any] = []
    bad: list[bytes] = []
    refused: list[tuple[str, bytes, str]] = []
    for line in data.splitlines(keepends=True):
        if not line.strip():
            continue
        try:
            raw: msgspec.Raw | bytes
            if kind == "batch":
                tagged = _line_decoder.decode(line)
                line_kind, raw = tagged.kind, tagged.record
            else:
                line_kind, raw = kind, line
            if line_kind == "usage":
                usage.append(_usage_decoder.decode(raw))
            elif line_kind == SERVED_KIND:
                pass  # a served request's stream event: sent by the replica, or on adoption
            elif line_kind == "audit":
                try:
                    audit.append(_audit_decoder.decode(raw))
                except msgspec.ValidationError as exc:
                    refused.append(("audit", bytes(raw), f"{type(exc).__name__}: {exc}"))
            else:
                bad.append(line)
        except msgspec.MsgspecError:
            bad.append(line if line.endswith(b"\n") else line + b"\n")
    groups = [(k, items) for k, items in (("audit", audit), ("usage", usage)) if items]
    return groups, bad, refused


def _read_segment(data: bytes) -> list[tuple[str, list[Any]]] | None:
    """A journal segment's records as :func:`_read_spool` gives them, decoded in one call;
    None when any line is not a well-formed record (a torn last line, a record that fails
    validation, an unknown kind): :func:`_read_spool` then reads it line by line, setting such
    lines aside."""
    try:
        lines = _segment_decoder.decode_lines(data)
    except msgspec.MsgspecError:
        return None
    audit = [line.record for line in lines if type(line) is _AuditLine]
    usage = [line.record for line in lines if type(line) is _UsageLine]
    return [(k, items) for k, items in (("audit", audit), ("usage", usage)) if items]


def _rewrite_spool(path: Path, kind: str, groups: list[tuple[str, list[Any]]]) -> None:
    """Replace a spool file by what is left of it (atomically, synced)."""
    lines = []
    for group_kind, items in groups:
        for item in items:
            encoded = _encoder.encode(item)
            if kind == "batch":
                encoded = b'{"kind":"' + group_kind.encode() + b'","record":' + encoded + b"}"
            lines.append(encoded + b"\n")
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as out:
        out.write(b"".join(lines))
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)
