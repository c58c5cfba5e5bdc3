"""The append-only audit log on top of the SQL store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any

import sqlalchemy as sa

from exportgate.audit.chain import GENESIS, AuditEntry, VerifyResult, chain_rows, verify_chain
from exportgate.records import LoggedVerdict, RecordError
from exportgate.store import Store
from exportgate.store.changes import changed
from exportgate.store.schema import audit_head, audit_log
from exportgate.store.sql import insert_many

HEAD_ID = 1


class AuditLog:
    """Appends hash-chained records; appends are serialised by a lock on the chain head, so
    several writers (processes or hosts sharing PostgreSQL) extend one chain."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._ensure_head()

    def _ensure_head(self) -> None:
        try:
            with self.store.engine.begin() as conn:
                exists = conn.execute(
                    sa.select(audit_head.c.id).where(audit_head.c.id == HEAD_ID)
                ).first()
                if exists is None:
                    conn.execute(sa.insert(audit_head).values(id=HEAD_ID, seq=0, hash=GENESIS))
        except sa.exc.IntegrityError:
            pass  # another writer created it first

    def append(self, entries: Sequence[AuditEntry]) -> list[int]:
        """Append entries in one transaction; returns their sequence numbers."""
        if not entries:
            return []
        with self.store.engine.begin() as conn:
            head_query = sa.select(audit_head.c.seq, audit_head.c.hash).where(
                audit_head.c.id == HEAD_ID
            )
            if conn.dialect.name == "sqlite":
                # Take SQLite's write lock before reading the head, so writers queue.
                conn.execute(
                    sa.update(audit_head)
                    .where(audit_head.c.id == HEAD_ID)
                    .values(seq=audit_head.c.seq)
                )
            else:
                head_query = head_query.with_for_update()
            head = conn.execute(head_query).one()
            # the payloads as given: the JSON column encodes a typed record directly
            rows = chain_rows(
                entries, head.seq, head.hash, dt.datetime.now(dt.UTC), typed_records=True
            )
            insert_many(conn, audit_log, rows)
            conn.execute(
                sa.update(audit_head)
                .where(audit_head.c.id == HEAD_ID)
                .values(seq=rows[-1]["seq"], hash=rows[-1]["hash"])
            )
        for entry in entries:
            if entry.kind == "review":  # a verdict: every replica applies it (issue 19)
                changed("verdict", entry.subject)
        return [row["seq"] for row in rows]

    def rows(self, batch: int = 5000) -> Iterator[dict[str, Any]]:
        with self.store.engine.connect() as conn:
            result = conn.execution_options(yield_per=batch).execute(
                sa.select(audit_log).order_by(audit_log.c.seq)
            )
            for row in result:
                yield dict(row._mapping)

    def rows_for(self, subject: str) -> list[dict[str, Any]]:
        """One subject's records (an account's), oldest first (an indexed read)."""
        with self.store.engine.connect() as conn:
            result = conn.execute(
                sa.select(audit_log).where(audit_log.c.subject == subject).order_by(audit_log.c.seq)
            )
            return [dict(row._mapping) for row in result]

    def after(self, seq: int, kind: str, limit: int = 1000) -> list[dict[str, Any]]:
        """Records of one kind with a sequence number above ``seq``, oldest first."""
        with self.store.engine.connect() as conn:
            result = conn.execute(
                sa.select(audit_log)
                .where(audit_log.c.seq > seq, audit_log.c.kind == kind)
                .order_by(audit_log.c.seq)
                .limit(limit)
            )
            return [dict(row._mapping) for row in result]

    def verdicts_after(
        self, seq: int, limit: int = 1000
    ) -> list[tuple[int, LoggedVerdict | RecordError]]:
        """Review verdicts with a sequence number above ``seq``, oldest first, each with its
        sequence number; a record that is not a readable verdict comes as its
        :class:`RecordError` (naming the record and field), so that one bad record does not stop
        the readers of the others."""
        out: list[tuple[int, LoggedVerdict | RecordError]] = []
        for row in self.after(seq, "review", limit):
            try:
                out.append((int(row["seq"]), LoggedVerdict.read(row)))
            except RecordError as exc:
                out.append((int(row["seq"]), exc))
        return out

    def latest(self, count: int) -> list[dict[str, Any]]:
        """The newest ``count`` records, newest first (for display; :meth:`verify` checks)."""
        with self.store.engine.connect() as conn:
            result = conn.execute(
                sa.select(audit_log).order_by(audit_log.c.seq.desc()).limit(count)
            )
            return [dict(row._mapping) for row in result]

    def hashes(self, batch: int = 20000) -> Iterator[str]:
        """Every record's chain hash in sequence order (the Merkle tree's leaves)."""
        with self.store.engine.connect() as conn:
            result = conn.execution_options(yield_per=batch).execute(
                sa.select(audit_log.c.hash).order_by(audit_log.c.seq)
            )
            for row in result:
                yield str(row.hash)

    def record(self, seq: int) -> dict[str, Any] | None:
        with self.store.engine.connect() as conn:
            row = conn.execute(sa.select(audit_log).where(audit_log.c.seq == seq)).first()
        return dict(row._mapping) if row else None

    def head(self) -> tuple[int, str] | None:
        with self.store.engine.connect() as conn:
            row = conn.execute(
                sa.select(audit_head.c.seq, audit_head.c.hash).where(audit_head.c.id == HEAD_ID)
            ).first()
        return (row.seq, row.hash) if row else None

    def verify(self) -> VerifyResult:
        return verify_chain(self.rows(), self.head())

    def count(self) -> int:
        with self.store.engine.connect() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(audit_log)).scalar_one())
