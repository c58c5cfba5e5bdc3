"""Where the detector service keeps its state in the store: one checkpoint row per stream
partition (the pickled detector state, the last stream offset folded in, how many requests were
folded in) and one row per flagged account (what the replicas poll when pub/sub is silent).

The checkpoint holds a pickle of the detector: the store is the deployment's own trusted
database, and only the detector service writes these rows."""

from __future__ import annotations

import datetime as dt
import functools
import io
import pickle
import zlib
from typing import Any

import msgspec
import sqlalchemy as sa

from exportgate.bus.records import Flag
from exportgate.distill.scoring import Part
from exportgate.records import DetectorEvidence
from exportgate.store import Store

metadata = sa.MetaData()

detector_checkpoints = sa.Table(
    "detector_checkpoints",
    metadata,
    sa.Column("partition", sa.Integer, primary_key=True),
    sa.Column("stream_offset", sa.String(64)),
    sa.Column("folded", sa.BigInteger, nullable=False),
    sa.Column("state", sa.LargeBinary, nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)

detector_flags = sa.Table(
    "detector_flags",
    metadata,
    sa.Column("account_id", sa.String(200), primary_key=True),
    sa.Column("flagged", sa.Boolean, nullable=False),
    sa.Column("score", sa.Float, nullable=False),
    sa.Column("summary", sa.Text, nullable=False),
    sa.Column("evidence", sa.JSON, nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)


class _StatePickler(pickle.Pickler):
    """A score's signals explain themselves with a closure (rendered on demand): saved as their
    rendered sentence."""

    def reducer_override(self, obj: Any) -> Any:
        if type(obj) is Part:
            text = functools.partial(str, obj.render())
            return Part, (obj.name, obj.factor, obj.strength, obj.value, text)
        return NotImplemented


class Checkpoint(msgspec.Struct, kw_only=True):
    partition: int
    offset: str | None
    folded: int
    state: Any  # the partition's state object, unpickled


def ensure_tables(store: Store) -> None:
    """Create the detector tables if missing. Replicas and workers starting together on a new
    database race to create them (PostgreSQL's CREATE TABLE is not idempotent under
    concurrency): the loser finds them made and goes on."""
    for attempt in range(3):
        try:
            metadata.create_all(store.engine)
            return
        except sa.exc.SQLAlchemyError:
            if attempt == 2:
                raise


def _upsert(conn: sa.Connection, table: sa.Table, key: str, values: dict[str, Any]) -> None:
    updated = conn.execute(sa.update(table).where(table.c[key] == values[key]).values(**values))
    if not updated.rowcount:
        conn.execute(sa.insert(table).values(**values))


def save_checkpoint(
    store: Store, partition: int, offset: str | None, folded: int, state: Any
) -> None:
    out = io.BytesIO()
    _StatePickler(out, protocol=5).dump(state)
    blob = zlib.compress(out.getvalue(), 1)
    with store.engine.begin() as conn:
        _upsert(
            conn,
            detector_checkpoints,
            "partition",
            {
                "partition": partition,
                "stream_offset": offset,
                "folded": folded,
                "state": blob,
                "updated_at": dt.datetime.now(dt.UTC),
            },
        )


def load_checkpoint(store: Store, partition: int) -> Checkpoint | None:
    with store.engine.connect() as conn:
        row = conn.execute(
            sa.select(detector_checkpoints).where(detector_checkpoints.c.partition == partition)
        ).first()
    if row is None:
        return None
    state = pickle.loads(zlib.decompress(row.state))  # noqa: S301 - our own trusted store
    return Checkpoint(partition=partition, offset=row.stream_offset, folded=row.folded, state=state)


def checkpoint_counts(store: Store) -> dict[int, tuple[str | None, int]]:
    """Partition -> (last offset folded in, requests folded in), as checkpointed."""
    ensure_tables(store)
    table = detector_checkpoints
    with store.engine.connect() as conn:
        rows = conn.execute(
            sa.select(table.c.partition, table.c.stream_offset, table.c.folded).order_by(
                table.c.partition
            )
        )
        return {int(r.partition): (r.stream_offset, int(r.folded)) for r in rows}


def save_flag(store: Store, flag: Flag) -> None:
    with store.engine.begin() as conn:
        _upsert(
            conn,
            detector_flags,
            "account_id",
            {
                "account_id": flag.account_id,
                "flagged": flag.flagged,
                "score": flag.score,
                "summary": flag.summary,
                "evidence": msgspec.to_builtins(flag.evidence) if flag.evidence else {},
                "updated_at": dt.datetime.fromtimestamp(flag.at or 0.0, dt.UTC),
            },
        )


def load_flags(store: Store) -> list[Flag]:
    """Every account the detector service has flagged (and not unflagged since)."""
    table = detector_flags
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(table).where(table.c.flagged.is_(True)))
        return [
            Flag(
                account_id=r.account_id,
                flagged=True,
                score=float(r.score),
                summary=r.summary,
                evidence=msgspec.convert(r.evidence, DetectorEvidence) if r.evidence else None,
                at=r.updated_at.timestamp() if r.updated_at is not None else 0.0,
            )
            for r in rows
        ]
