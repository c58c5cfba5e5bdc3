"""Records the store refused, kept aside with the reason so that the records behind them flow on.

A record the store rejects for what it contains (a constraint, a value the database cannot hold)
would otherwise fail its whole batch on every retry and hold every later record back. The replay
isolates it (halving the batch until the refused record stands alone), appends it here and goes
on. The file is ``<spool_dir>/dead-letter/records.jsonl``, one JSON line per record:
``{"ts", "kind": "usage"|"audit", "reason", "record"}``, appended with an fsync. Nothing is
deleted: an operator reads the reason, fixes what is needed and loads the records by hand. While
the file holds records the gateway's ``/readyz`` says ``degraded`` and ``/metrics`` counts them
(``exportgate_records_dead_lettered``).
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from pathlib import Path
from typing import Any

import msgspec

DIRECTORY = "dead-letter"
FILE = "records.jsonl"

_encoder = msgspec.json.Encoder()


class DeadLetters:
    def __init__(self, spool_dir: Path) -> None:
        self.path = spool_dir / DIRECTORY / FILE
        self._lock = threading.Lock()
        self._seen: tuple[int, int] | None = None
        self._count = 0

    def add(self, kind: str, record: Any, reason: str) -> None:
        raw = record if isinstance(record, bytes | bytearray) else _encoder.encode(record)
        line = (
            b'{"ts":'
            + _encoder.encode(dt.datetime.now(dt.UTC))
            + b',"kind":'
            + _encoder.encode(kind)
            + b',"reason":'
            + _encoder.encode(reason[:2000])
            + b',"record":'
            + bytes(raw)
            + b"}\n"
        )
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            try:
                os.write(fd, line)
                os.fsync(fd)
            finally:
                os.close(fd)

    def count(self) -> int:
        """Records in the file (re-counted only when the file changed)."""
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            self._seen, self._count = None, 0
            return 0
        seen = (stat.st_size, stat.st_mtime_ns)
        if seen != self._seen:
            with open(self.path, "rb") as file:
                self._count = sum(
                    chunk.count(b"\n") for chunk in iter(lambda: file.read(1 << 20), b"")
                )
            self._seen = seen
        return self._count
