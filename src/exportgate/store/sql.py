"""The SQL store: accounts, API-key hashes, screening status, review queue, audit log, usage,
alerts and switches. SQLite by default, PostgreSQL by URL; synchronous SQLAlchemy Core, called
off the request path (the gateway batches writes in a background task)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import msgspec
import sqlalchemy as sa
from sqlalchemy.dialects import sqlite as sqlite_types
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Engine

from exportgate.records import (
    Account,
    Alert,
    AlertRequest,
    ModelControl,
    ReviewItem,
    ReviewRequest,
    UsageRecord,
    to_builtins,
)
from exportgate.screening.api import ScreeningStatus, read_stored_status
from exportgate.store import schema
from exportgate.store.changes import changed

DEFAULT_URL = "sqlite:///exportgate.db"
CONNECT_TIMEOUT_S = 3


def hash_api_key(raw_key: str) -> str:
    """SHA-256 of an API key. Keys are high-entropy secrets, so a fast hash is the norm
    (as GitHub and Stripe do); the raw key is never stored."""
    return hashlib.sha256(raw_key.encode("utf-8")).hexdigest()


def key_id_for(raw_key: str) -> str:
    return "key-" + hash_api_key(raw_key)[:12]


def normalise_url(url: str) -> str:
    """Accept plain ``postgresql://`` URLs and use the psycopg 3 driver for them."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Store:
    """All persistent state of exportgate behind one small API."""

    def __init__(self, url: str = DEFAULT_URL, *, create: bool = True) -> None:
        self.url = normalise_url(url)
        connect_args: dict[str, Any] = {}
        if self.url.startswith("sqlite"):
            connect_args = {"check_same_thread": False, "timeout": 30}
        elif self.url.startswith("postgresql"):
            # an unreachable server fails a connection attempt in seconds, not minutes, and a
            # connection whose packets go unanswered (a partition) is dropped after 10 s
            connect_args = {
                "connect_timeout": CONNECT_TIMEOUT_S,
                "tcp_user_timeout": 10_000,
                "keepalives": 1,
                "keepalives_idle": 10,
                "keepalives_interval": 5,
                "keepalives_count": 3,
            }
        self.engine: Engine = sa.create_engine(
            self.url,
            connect_args=connect_args,
            pool_pre_ping=True,
            json_serializer=_json_text,
            json_deserializer=msgspec.json.decode,
        )
        if self.url.startswith("sqlite"):
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
        if create:
            schema.metadata.create_all(self.engine)
            # indexes added after a table first shipped (create_all skips existing tables)
            for index in schema.LATER_INDEXES:
                index.create(self.engine, checkfirst=True)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def ping(self) -> bool:
        try:
            with self.engine.connect() as conn:
                conn.execute(sa.text("SELECT 1"))
            return True
        except sa.exc.SQLAlchemyError:
            return False

    def close(self) -> None:
        self.engine.dispose()

    # accounts and keys -------------------------------------------------------------------
    def upsert_account(self, account: Account) -> None:
        record = to_builtins(account)
        record.pop("api_keys", None)
        now = _now()
        with self.engine.begin() as conn:
            exists = conn.execute(
                sa.select(schema.accounts.c.id).where(schema.accounts.c.id == account.id)
            ).first()
            values = {
                "kind": account.kind,
                "name": account.name,
                "country": account.country,
                "record": record,
                "updated_at": now,
            }
            if exists:
                conn.execute(
                    sa.update(schema.accounts)
                    .where(schema.accounts.c.id == account.id)
                    .values(**values)
                )
            else:
                conn.execute(sa.insert(schema.accounts).values(id=account.id, **values))
            for raw_key in account.api_keys:
                key_hash = hash_api_key(raw_key)
                owner = conn.execute(
                    sa.select(schema.api_keys.c.account_id).where(
                        schema.api_keys.c.key_hash == key_hash
                    )
                ).first()
                if owner is None:
                    conn.execute(
                        sa.insert(schema.api_keys).values(
                            key_hash=key_hash,
                            key_id=key_id_for(raw_key),
                            account_id=account.id,
                            created_at=now,
                            revoked=False,
                        )
                    )
                elif owner.account_id != account.id:
                    raise ValueError(
                        f"account {account.id!r}: API key already belongs to "
                        f"account {owner.account_id!r}"
                    )
        changed("account", account.id)

    def get_account(self, account_id: str) -> Account | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(schema.accounts.c.record).where(schema.accounts.c.id == account_id)
            ).first()
        return msgspec.convert(row.record, Account) if row else None

    def iter_accounts(self) -> Iterator[Account]:
        with self.engine.connect() as conn:
            for row in conn.execute(
                sa.select(schema.accounts.c.record).order_by(schema.accounts.c.id)
            ):
                yield msgspec.convert(row.record, Account)

    def resolve_api_key(self, raw_key: str) -> tuple[str, str] | None:
        """(account_id, key_id) for a live key, or None."""
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(schema.api_keys.c.account_id, schema.api_keys.c.key_id).where(
                    schema.api_keys.c.key_hash == hash_api_key(raw_key),
                    schema.api_keys.c.revoked.is_(False),
                )
            ).first()
        return (row.account_id, row.key_id) if row else None

    def revoke_api_key(self, raw_key: str) -> bool:
        key_hash = hash_api_key(raw_key)
        with self.engine.begin() as conn:
            owner = conn.execute(
                sa.select(schema.api_keys.c.account_id).where(
                    schema.api_keys.c.key_hash == key_hash
                )
            ).first()
            result = conn.execute(
                sa.update(schema.api_keys)
                .where(schema.api_keys.c.key_hash == key_hash)
                .values(revoked=True)
            )
        if owner is not None:
            changed("account", owner.account_id)
        return bool(result.rowcount)

    # screening ---------------------------------------------------------------------------
    def set_screening_status(self, account_id: str, status: ScreeningStatus) -> None:
        """Store an account's screening status (the one typed record that ``accounts import``,
        re-screening and the gateway all write and read)."""
        values = {
            "status": status.status,
            "matches": [msgspec.to_builtins(m) for m in status.matches],
            "lists_version": status.lists_version,
            "screened_at": _now(),
        }
        with self.engine.begin() as conn:
            updated = conn.execute(
                sa.update(schema.screening_status)
                .where(schema.screening_status.c.account_id == account_id)
                .values(**values)
            )
            if not updated.rowcount:
                conn.execute(
                    sa.insert(schema.screening_status).values(account_id=account_id, **values)
                )
        changed("account", account_id)

    def get_screening_status(self, account_id: str) -> ScreeningStatus | None:
        """The account's stored status, validated; :class:`StoredStatusError` (naming the account
        and the field) when the stored row cannot be read as one."""
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(schema.screening_status).where(
                    schema.screening_status.c.account_id == account_id
                )
            ).first()
        if row is None:
            return None
        raw = {str(k): v for k, v in row._mapping.items()}
        raw.pop("account_id", None)
        return read_stored_status(account_id, raw)

    # review queue ------------------------------------------------------------------------
    def enqueue_review(self, request: ReviewRequest, *, unless_open: bool = False) -> int:
        """Queue an item; with ``unless_open`` an open item of the same account and code is
        kept instead (its id is returned), so a held account is one item, not one per request
        or per gateway process."""
        queue = schema.review_queue
        with self.engine.begin() as conn:
            if unless_open:
                existing = conn.execute(
                    sa.select(queue.c.id)
                    .where(
                        queue.c.account_id == request.account_id,
                        queue.c.code == request.code,
                        queue.c.status == "open",
                    )
                    .order_by(queue.c.id)
                    .limit(1)
                ).first()
                if existing is not None:
                    return int(existing.id)
            result = conn.execute(
                sa.insert(queue).values(
                    account_id=request.account_id,
                    code=request.code,
                    summary=request.summary,
                    detail=msgspec.to_builtins(request.detail),
                    status="open",
                    created_at=_now(),
                )
            )
            return _inserted_id(result)

    def review_items(self, status: str | None = "open") -> list[ReviewItem]:
        """Items oldest first (``status`` None: every item); :class:`RecordError` names the
        item and the field of a row that cannot be read."""
        query = sa.select(schema.review_queue).order_by(schema.review_queue.c.id)
        if status is not None:
            query = query.where(schema.review_queue.c.status == status)
        with self.engine.connect() as conn:
            return [ReviewItem.read(dict(row._mapping)) for row in conn.execute(query)]

    def open_review_accounts(self, code: str) -> set[str]:
        """The accounts with an open review item of ``code`` (a hold another gateway process
        raised, or one this process raised before a restart)."""
        queue = schema.review_queue
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(queue.c.account_id)
                .where(queue.c.code == code, queue.c.status == "open")
                .distinct()
            )
            return {row.account_id for row in rows}

    def review_item(self, item_id: int) -> ReviewItem | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(schema.review_queue).where(schema.review_queue.c.id == item_id)
            ).first()
        return ReviewItem.read(dict(row._mapping)) if row else None

    def resolve_review(self, item_id: int, resolution: str) -> bool:
        with self.engine.begin() as conn:
            result = conn.execute(
                sa.update(schema.review_queue)
                .where(schema.review_queue.c.id == item_id, schema.review_queue.c.status == "open")
                .values(status="resolved", resolution=resolution, resolved_at=_now())
            )
        return bool(result.rowcount)

    # usage -------------------------------------------------------------------------------
    def write_usage(self, records: Sequence[UsageRecord]) -> None:
        """Insert a batch; a record whose request_id is already stored (or repeated in the
        batch: the first is kept) is skipped, so replaying a spool after a partial failure never
        duplicates."""
        if not records:
            return
        rows = [
            {
                "ts": r.ts,
                "request_id": r.request_id,
                "account_id": r.account_id,
                "model": r.model,
                "status": r.status,
                "decision": r.decision,
                "record": json_text(r),  # encoded once, as to_builtins(r) would be
            }
            for r in records
        ]
        unique = list({row["request_id"]: row for row in reversed(rows)}.values())[::-1]
        with self.engine.begin() as conn:
            if conn.dialect.name in _SKIPS_CONFLICTS:
                # the database skips the request ids it has (one statement, and safe against
                # a concurrent writer of the same id)
                insert_many(conn, schema.usage, unique, skip_conflicts_on="request_id")
                return
            ids = [row["request_id"] for row in unique]
            present = {
                row.request_id
                for row in conn.execute(
                    sa.select(schema.usage.c.request_id).where(schema.usage.c.request_id.in_(ids))
                )
            }
            fresh = [row for row in unique if row["request_id"] not in present]
            if fresh:
                insert_many(conn, schema.usage, fresh)

    def iter_usage(
        self, since: dt.datetime | None = None, account_id: str | None = None
    ) -> Iterator[UsageRecord]:
        """Usage records oldest first; ``account_id``: one account's only (an indexed read,
        for one account's report)."""
        query = sa.select(schema.usage.c.record).order_by(schema.usage.c.ts, schema.usage.c.id)
        if since is not None:
            query = query.where(schema.usage.c.ts >= since)
        if account_id is not None:
            query = query.where(schema.usage.c.account_id == account_id)
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                yield msgspec.convert(row.record, UsageRecord)

    def count_usage(self) -> int:
        with self.engine.connect() as conn:
            return int(
                conn.execute(sa.select(sa.func.count()).select_from(schema.usage)).scalar_one()
            )

    # alerts ------------------------------------------------------------------------------
    def save_alert(self, alert: AlertRequest) -> int:
        with self.engine.begin() as conn:
            result = conn.execute(
                sa.insert(schema.alerts).values(
                    account_id=alert.account_id,
                    code=alert.code,
                    score=alert.score,
                    summary=alert.summary,
                    evidence=msgspec.to_builtins(alert.evidence),
                    status="open",
                    created_at=_now(),
                )
            )
            return _inserted_id(result)

    def alert(self, alert_id: int) -> Alert | None:
        """One alert by its id (None: no such alert)."""
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(schema.alerts).where(schema.alerts.c.id == alert_id)
            ).first()
        return None if row is None else Alert.read(dict(row._mapping))

    def alerts(self, status: str | None = None) -> list[Alert]:
        """Alerts oldest first; :class:`RecordError` names the alert and the field of a row
        that cannot be read."""
        query = sa.select(schema.alerts).order_by(schema.alerts.c.id)
        if status is not None:
            query = query.where(schema.alerts.c.status == status)
        with self.engine.connect() as conn:
            return [Alert.read(dict(row._mapping)) for row in conn.execute(query)]

    # switches ----------------------------------------------------------------------------
    def get_switch(self, name: str) -> bool:
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(schema.switches.c.value).where(schema.switches.c.name == name)
            ).first()
        return bool(row.value) if row else False

    def set_switch(self, name: str, value: bool, updated_by: str | None = None) -> None:
        values = {"value": value, "updated_at": _now(), "updated_by": updated_by}
        with self.engine.begin() as conn:
            updated = conn.execute(
                sa.update(schema.switches).where(schema.switches.c.name == name).values(**values)
            )
            if not updated.rowcount:
                conn.execute(sa.insert(schema.switches).values(name=name, **values))
        changed("switch", name)

    # per-model controls (issue 16) ---------------------------------------------------------
    def model_controls(self) -> list[ModelControl]:
        """Every per-model control, in model and name order; :class:`RecordError` names the
        control and the field of a row that cannot be read."""
        table = schema.model_controls
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(table).order_by(table.c.model_id, table.c.name))
            return [ModelControl.read(dict(row._mapping)) for row in rows]

    def set_model_control(
        self,
        model_id: str,
        name: str,
        value: bool | int | float | str | None,
        updated_by: str | None = None,
    ) -> None:
        table = schema.model_controls
        values = {"value": value, "updated_at": _now(), "updated_by": updated_by}
        with self.engine.begin() as conn:
            updated = conn.execute(
                sa.update(table)
                .where(table.c.model_id == model_id, table.c.name == name)
                .values(**values)
            )
            if not updated.rowcount:
                conn.execute(sa.insert(table).values(model_id=model_id, name=name, **values))
        changed("model_controls", model_id)


class JSONText(str):
    """A JSON column's value already encoded by msgspec (as :func:`_json_text` would encode
    it): written as it is, not encoded a second time."""

    __slots__ = ()


def json_text(value: Any) -> JSONText:
    """``value`` encoded for a JSON column, once (a typed record is encoded directly: the same
    text as its :func:`~exportgate.records.to_builtins` form would give, without building it)."""
    return JSONText(msgspec.json.encode(value).decode("utf-8"))


def _json_text(value: Any) -> str:
    """JSON columns via msgspec: several times faster than the standard library, and it
    writes dates and datetimes as ISO 8601."""
    if type(value) is JSONText:
        return str(value)  # a plain str for the driver
    return msgspec.json.encode(value).decode("utf-8")


class _InsertPlan:
    """One table's ``INSERT`` of given columns, compiled for one dialect, with each column's
    bind processor (what SQLAlchemy applies to a value before the driver gets it)."""

    def __init__(
        self, dialect: sa.Dialect, table: sa.Table, keys: tuple[str, ...], skip_on: str | None
    ) -> None:
        statement: sa.Insert = sa.insert(table)
        if skip_on is not None:
            statement = _SKIPS_CONFLICTS[dialect.name](table).on_conflict_do_nothing(
                index_elements=[skip_on]
            )
        compiled = statement.compile(dialect=dialect, column_keys=list(keys))
        self.sql = compiled.string
        names = list(compiled.positiontup or ()) if compiled.positional else list(keys)
        self.positional = bool(compiled.positional)
        self.names = tuple(names)
        self.processors = tuple(
            _fast_processor(table.c[name].type.dialect_impl(dialect), dialect) for name in names
        )


def _fast_processor(impl: Any, dialect: sa.Dialect) -> Callable[[Any], Any] | None:
    """A column type's bind processor; SQLite's for datetimes replaced by one that writes the
    same text (``YYYY-MM-DD HH:MM:SS.ffffff``, the time as given: SQLAlchemy's ``DATETIME``
    ignores the zone too) with ``isoformat`` in C instead of a ``%`` format of seven fields."""
    process: Callable[[Any], Any] | None = impl.bind_processor(dialect)
    if (
        process is None
        or type(impl) is not sqlite_types.DATETIME
        # (a private attribute: should a SQLAlchemy release rename it, its own processor is used)
        or getattr(impl, "_storage_format", None)
        != getattr(sqlite_types.DATETIME, "_storage_format", ())
    ):
        return process
    general = process

    def sqlite_datetime(value: Any) -> Any:
        if type(value) is dt.datetime:
            return value.replace(tzinfo=None).isoformat(" ", "microseconds")
        return general(value)

    return sqlite_datetime


# the dialects whose INSERT can skip a row that conflicts with a unique column
_SKIPS_CONFLICTS: dict[str, Callable[[sa.Table], Any]] = {
    "sqlite": sqlite_insert,
    "postgresql": postgresql_insert,
}

_plans: dict[tuple[str, str, str, sa.Table, tuple[str, ...], str | None], _InsertPlan] = {}


def insert_many(
    conn: sa.Connection,
    table: sa.Table,
    rows: Sequence[dict[str, Any]],
    *,
    skip_conflicts_on: str | None = None,
) -> None:
    """Insert ``rows`` (dicts with the same keys) in one driver call (``executemany``), each
    value through its column type's bind processor as SQLAlchemy's ``insert`` does, without
    SQLAlchemy's per-row bookkeeping (half the CPU of the journal worker's writes went there).
    The rows and what the database stores are the same as ``conn.execute(insert(table),
    rows)``. ``skip_conflicts_on``: a unique column; a row whose value the table already has
    is skipped (``ON CONFLICT DO NOTHING``, SQLite and PostgreSQL)."""
    if not rows:
        return
    keys = tuple(rows[0])
    dialect = conn.dialect
    plan_key = (dialect.name, dialect.driver, dialect.paramstyle, table, keys, skip_conflicts_on)
    plan = _plans.get(plan_key)
    if plan is None:
        plan = _plans[plan_key] = _InsertPlan(dialect, table, keys, skip_conflicts_on)
    columns = []
    for name, process in zip(plan.names, plan.processors, strict=True):
        values = [row[name] for row in rows]
        columns.append(values if process is None else list(map(process, values)))
    params: list[Any] = (
        list(zip(*columns, strict=True))
        if plan.positional
        else [dict(zip(plan.names, values, strict=True)) for values in zip(*columns, strict=True)]
    )
    conn.exec_driver_sql(plan.sql, params)


def _inserted_id(result: sa.CursorResult[Any]) -> int:
    key = result.inserted_primary_key
    if key is None:
        raise RuntimeError("the database returned no id for the inserted row")
    return int(key[0])


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def open_store(url: str | None = None) -> Store:
    return Store(url or DEFAULT_URL)
