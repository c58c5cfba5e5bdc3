"""Finding accounts and audit records for the console: typed queries, bounded results, and
streamed exports (CSV and JSON lines) read in keyset-paginated batches.

Pure store reads (SQLAlchemy Core, SQLite and PostgreSQL alike); no HTML here.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from typing import Any

import msgspec
import sqlalchemy as sa

from exportgate.records import Account, ReviewItem
from exportgate.screening.api import ScreeningStatus
from exportgate.store import Store, hash_api_key
from exportgate.store.schema import accounts, api_keys, audit_log, review_queue, screening_status

MAX_ACCOUNT_RESULTS = 100
MAX_AUDIT_RESULTS = 200
MAX_EXPORT_ROWS = 100_000
EXPORT_BATCH = 1000
OFFICER_FIELDS = ("officer", "reviewer", "approver", "by", "proposed_by")


class AccountQuery(msgspec.Struct, kw_only=True, frozen=True):
    """Every given field must match: ``text`` is part of the name or id, or a key id prefix
    (``key-...``) or a whole API key; ``country`` the ISO code; ``status`` the screening outcome."""

    text: str = ""
    country: str = ""
    status: str = ""


class AccountHit(msgspec.Struct, kw_only=True, frozen=True):
    id: str
    name: str
    kind: str
    country: str | None
    screening: str | None


class AccountView(msgspec.Struct, kw_only=True, frozen=True):
    """One account with everything an officer needs to decide about it."""

    account: Account
    screening: ScreeningStatus | None
    key_ids: list[tuple[str, bool]]  # (key id, revoked)
    decisions: list[dict[str, Any]]
    reviews: list[ReviewItem]
    history: list[dict[str, Any]]  # audit records of verdicts and proposals on the account


class AuditQuery(msgspec.Struct, kw_only=True, frozen=True):
    account: str = ""
    reason: str = ""
    officer: str = ""
    kind: str = ""
    since: dt.datetime | None = None
    until: dt.datetime | None = None

    def describe(self) -> str:
        parts = [
            f"{k}={v}"
            for k, v in (
                ("account", self.account),
                ("reason", self.reason),
                ("officer", self.officer),
                ("kind", self.kind),
            )
            if v
        ]
        if self.since:
            parts.append(f"since={self.since.isoformat()}")
        if self.until:
            parts.append(f"until={self.until.isoformat()}")
        return ", ".join(parts) or "everything"


class QueryError(ValueError):
    """A search field that cannot be read; the message names it."""


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def parse_date(field: str, value: str, end: bool = False) -> dt.datetime | None:
    """``YYYY-MM-DD`` or an ISO 8601 time (UTC unless it says otherwise); a bare date used as
    the end of a range means the end of that day."""
    value = value.strip()
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise QueryError(
            f"{field}: {value!r} is not a date (YYYY-MM-DD) or an ISO 8601 time"
        ) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    if end and len(value) == 10:
        parsed += dt.timedelta(days=1)
    return parsed


def find_accounts(store: Store, query: AccountQuery) -> list[AccountHit]:
    """At most :data:`MAX_ACCOUNT_RESULTS` accounts matching ``query``, by id."""
    stmt = sa.select(
        accounts.c.id,
        accounts.c.name,
        accounts.c.kind,
        accounts.c.country,
        screening_status.c.status,
    ).select_from(
        accounts.outerjoin(screening_status, screening_status.c.account_id == accounts.c.id)
    )
    text = query.text.strip()
    if text:
        keyed = sa.select(api_keys.c.account_id).where(
            sa.or_(
                api_keys.c.key_id.like(_like(text)[1:], escape="\\")
                if text.startswith("key-")
                else sa.false(),
                api_keys.c.key_hash == hash_api_key(text),
            )
        )
        stmt = stmt.where(
            sa.or_(
                sa.func.lower(accounts.c.name).like(_like(text.lower()), escape="\\"),
                accounts.c.id.like(_like(text), escape="\\"),
                accounts.c.id.in_(keyed),
            )
        )
    if query.country.strip():
        stmt = stmt.where(accounts.c.country == query.country.strip().upper())
    if query.status.strip():
        stmt = stmt.where(screening_status.c.status == query.status.strip())
    with store.engine.connect() as conn:
        rows = conn.execute(stmt.order_by(accounts.c.id).limit(MAX_ACCOUNT_RESULTS)).all()
    return [
        AccountHit(id=r.id, name=r.name, kind=r.kind, country=r.country, screening=r.status)
        for r in rows
    ]


def account_view(store: Store, account_id: str, decisions: int = 50) -> AccountView | None:
    account = store.get_account(account_id)
    if account is None:
        return None
    with store.engine.connect() as conn:
        keys = [
            (r.key_id, bool(r.revoked))
            for r in conn.execute(
                sa.select(api_keys.c.key_id, api_keys.c.revoked)
                .where(api_keys.c.account_id == account_id)
                .order_by(api_keys.c.created_at)
            )
        ]
        recent = [
            dict(r._mapping)
            for r in conn.execute(
                sa.select(audit_log)
                .where(audit_log.c.subject == account_id, audit_log.c.kind == "decision")
                .order_by(audit_log.c.seq.desc())
                .limit(decisions)
            )
        ]
        items = [
            ReviewItem.read(dict(r._mapping))
            for r in conn.execute(
                sa.select(review_queue)
                .where(review_queue.c.account_id == account_id)
                .order_by(review_queue.c.id.desc())
                .limit(100)
            )
        ]
        history = [
            dict(r._mapping)
            for r in conn.execute(
                sa.select(audit_log)
                .where(
                    audit_log.c.subject == account_id,
                    audit_log.c.kind.in_(("review", "review_proposal")),
                )
                .order_by(audit_log.c.seq.desc())
                .limit(100)
            )
        ]
    return AccountView(
        account=account,
        screening=store.get_screening_status(account_id),
        key_ids=keys,
        decisions=recent,
        reviews=items,
        history=history,
    )


def _record_text(column: Any) -> Any:
    return sa.cast(column, sa.Text)


def _audit_where(query: AuditQuery) -> list[Any]:
    where: list[Any] = []
    if query.account.strip():
        where.append(audit_log.c.subject == query.account.strip())
    if query.kind.strip():
        where.append(audit_log.c.kind == query.kind.strip())
    if query.reason.strip():
        code = query.reason.strip().upper()
        where.append(
            _record_text(audit_log.c.record).like(
                _like(json.dumps({"code": code}, separators=(",", ":"))[1:-1]), escape="\\"
            )
        )
    if query.officer.strip():
        name = json.dumps(query.officer.strip())[1:-1]
        where.append(
            sa.or_(
                *(
                    _record_text(audit_log.c.record).like(_like(f'"{field}":"{name}'), escape="\\")
                    for field in OFFICER_FIELDS
                )
            )
        )
    if query.since is not None:
        where.append(audit_log.c.ts >= query.since)
    if query.until is not None:
        where.append(audit_log.c.ts < query.until)
    return where


def _officer_matches(row: dict[str, Any], officer: str) -> bool:
    """Exact check after the SQL prefilter: the name is an officer field's whole value, or the
    value's first part (switch flips record ``NAME (console)``, approvals ``A; approved by B``)."""
    record = row.get("record")
    if not isinstance(record, dict):
        return False
    for field in OFFICER_FIELDS:
        value = record.get(field)
        if isinstance(value, str) and (
            value == officer
            or value.startswith(officer + " (")
            or value.startswith(officer + ";")
            or value.endswith("approved by " + officer)
        ):
            return True
    return False


def _reason_matches(row: dict[str, Any], code: str) -> bool:
    record = row.get("record")
    reasons = record.get("reasons") if isinstance(record, dict) else None
    return (
        isinstance(reasons, list)
        and any(isinstance(r, dict) and r.get("code") == code for r in reasons)
        or (isinstance(record, dict) and record.get("code") == code)
    )


def _exact(row: dict[str, Any], query: AuditQuery) -> bool:
    if query.officer.strip() and not _officer_matches(row, query.officer.strip()):
        return False
    return not query.reason.strip() or _reason_matches(row, query.reason.strip().upper())


def audit_batches(
    store: Store, query: AuditQuery, after_seq: int = 0, batch: int = EXPORT_BATCH
) -> tuple[list[dict[str, Any]], int | None]:
    """One batch of matching records with ``seq > after_seq`` (oldest first) and the seq to
    continue after (None at the end)."""
    stmt = (
        sa.select(audit_log)
        .where(audit_log.c.seq > after_seq, *_audit_where(query))
        .order_by(audit_log.c.seq)
        .limit(batch)
    )
    with store.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(stmt)]
    last = int(rows[-1]["seq"]) if len(rows) == batch else None
    return [r for r in rows if _exact(r, query)], last


def search_audit(
    store: Store, query: AuditQuery, limit: int = MAX_AUDIT_RESULTS
) -> list[dict[str, Any]]:
    """The newest ``limit`` matching records, newest first."""
    found: list[dict[str, Any]] = []
    before: int | None = None
    for _ in range(20):  # bounded: the SQL filter is close to exact, so a pass or two suffices
        stmt = sa.select(audit_log).where(*_audit_where(query))
        if before is not None:
            stmt = stmt.where(audit_log.c.seq < before)
        with store.engine.connect() as conn:
            rows = [
                dict(r._mapping)
                for r in conn.execute(stmt.order_by(audit_log.c.seq.desc()).limit(limit))
            ]
        found.extend(r for r in rows if _exact(r, query))
        if len(found) >= limit or len(rows) < limit:
            break
        before = int(rows[-1]["seq"])
    return found[:limit]


EXPORT_FIELDS = (
    "seq",
    "ts",
    "kind",
    "subject",
    "decision",
    "reasons",
    "officer",
    "policy_version",
    "hash",
    "record",
)


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.datetime | dt.date) else value


def reason_codes(record: Any) -> str:
    if not isinstance(record, dict):
        return ""
    reasons = record.get("reasons")
    if isinstance(reasons, list):
        return " ".join(str(r.get("code", "")) if isinstance(r, dict) else str(r) for r in reasons)
    return str(record.get("code") or "")


def officer_of(record: Any) -> str:
    if not isinstance(record, dict):
        return ""
    names = [str(record[f]) for f in OFFICER_FIELDS if record.get(f)]
    return "; ".join(dict.fromkeys(names))


def export_row(row: dict[str, Any]) -> dict[str, Any]:
    record = row.get("record")
    return {
        "seq": row["seq"],
        "ts": _plain(row["ts"]),
        "kind": row["kind"],
        "subject": row.get("subject"),
        "decision": row.get("decision"),
        "reasons": reason_codes(record),
        "officer": officer_of(record),
        "policy_version": row.get("policy_version"),
        "hash": row.get("hash"),
        "record": record,
    }


def csv_header() -> str:
    out = io.StringIO()
    csv.writer(out).writerow(EXPORT_FIELDS)
    return out.getvalue()


def _csv_cell(value: Any) -> str:
    text = (
        json.dumps(value, default=str, ensure_ascii=False, separators=(",", ":"))
        if isinstance(value, dict | list)
        else ""
        if value is None
        else str(value)
    )
    # Spreadsheet formula injection (OWASP "CSV injection"): a cell that starts with = + - @
    # is shown as text.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_rows(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    for row in rows:
        plain = export_row(row)
        writer.writerow([_csv_cell(plain[f]) for f in EXPORT_FIELDS])
    return out.getvalue()


def jsonl_rows(rows: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(export_row(r), default=str, ensure_ascii=False) + "\n" for r in rows)


def export_chunks(
    store: Store, query: AuditQuery, fmt: str, limit: int = MAX_EXPORT_ROWS
) -> Iterator[str]:
    """The export in chunks (one per batch), at most ``limit`` records, oldest first; runs in a
    worker thread, one batch at a time."""
    if fmt == "csv":
        yield csv_header()
    after, sent = 0, 0
    while sent < limit:
        rows, last = audit_batches(store, query, after)
        rows = rows[: limit - sent]
        sent += len(rows)
        if rows:
            yield csv_rows(rows) if fmt == "csv" else jsonl_rows(rows)
        if last is None:
            return
        after = last
