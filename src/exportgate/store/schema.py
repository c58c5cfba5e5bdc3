"""SQL tables. SQLAlchemy Core, portable between SQLite (default) and PostgreSQL."""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

accounts = sa.Table(
    "accounts",
    metadata,
    sa.Column("id", sa.String(200), primary_key=True),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("country", sa.String(2)),
    sa.Column("record", sa.JSON, nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)

api_keys = sa.Table(
    "api_keys",
    metadata,
    sa.Column("key_hash", sa.String(64), primary_key=True),
    sa.Column("key_id", sa.String(64), nullable=False, unique=True),
    sa.Column("account_id", sa.String(200), sa.ForeignKey("accounts.id"), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("revoked", sa.Boolean, nullable=False, default=False),
)

screening_status = sa.Table(
    "screening_status",
    metadata,
    sa.Column("account_id", sa.String(200), primary_key=True),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("matches", sa.JSON, nullable=False),
    sa.Column("lists_version", sa.Text, nullable=False),
    sa.Column("screened_at", sa.DateTime(timezone=True), nullable=False),
)

review_queue = sa.Table(
    "review_queue",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("account_id", sa.String(200), nullable=False, index=True),
    sa.Column("code", sa.String(64), nullable=False),
    sa.Column("summary", sa.Text, nullable=False),
    sa.Column("detail", sa.JSON, nullable=False),
    sa.Column("status", sa.String(20), nullable=False, default="open", index=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("resolved_at", sa.DateTime(timezone=True)),
    sa.Column("resolution", sa.Text),
)

audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column(
        "seq",
        sa.BigInteger().with_variant(sa.Integer, "sqlite"),
        primary_key=True,
        autoincrement=False,
    ),
    sa.Column("ts", sa.DateTime(timezone=True), nullable=False),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("subject", sa.Text),
    sa.Column("decision", sa.String(16)),
    sa.Column("input_digest", sa.String(64), nullable=False),
    sa.Column("policy_version", sa.Text),
    sa.Column("data_versions", sa.JSON, nullable=False),
    sa.Column("record", sa.JSON, nullable=False),
    sa.Column("prev_hash", sa.String(64), nullable=False),
    sa.Column("hash", sa.String(64), nullable=False),
)

audit_head = sa.Table(
    "audit_head",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("seq", sa.BigInteger, nullable=False),
    sa.Column("hash", sa.String(64), nullable=False),
)

# one subject's audit entries (an account's report) without reading the whole log
audit_subject = sa.Index("ix_audit_log_subject", audit_log.c.subject)
LATER_INDEXES = (audit_subject,)

usage = sa.Table(
    "usage",
    metadata,
    sa.Column(
        "id",
        sa.BigInteger().with_variant(sa.Integer, "sqlite"),
        primary_key=True,
        autoincrement=True,
    ),
    sa.Column("ts", sa.DateTime(timezone=True), nullable=False, index=True),
    sa.Column("request_id", sa.String(100), nullable=False, unique=True),
    sa.Column("account_id", sa.String(200), index=True),
    sa.Column("model", sa.String(200), nullable=False),
    sa.Column("status", sa.Integer, nullable=False),
    sa.Column("decision", sa.String(16), nullable=False),
    sa.Column("record", sa.JSON, nullable=False),
)

alerts = sa.Table(
    "alerts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("account_id", sa.String(200), nullable=False, index=True),
    sa.Column("code", sa.String(64), nullable=False),
    sa.Column("score", sa.Float, nullable=False),
    sa.Column("summary", sa.Text, nullable=False),
    sa.Column("evidence", sa.JSON, nullable=False),
    sa.Column("status", sa.String(20), nullable=False, default="open"),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

switches = sa.Table(
    "switches",
    metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("value", sa.Boolean, nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_by", sa.Text),
)

officers = sa.Table(
    "officers",
    metadata,
    sa.Column("name", sa.String(100), primary_key=True),
    sa.Column("role", sa.String(20), nullable=False),
    sa.Column("password_hash", sa.Text, nullable=False),
    sa.Column("disabled", sa.Boolean, nullable=False, default=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("password_set_at", sa.DateTime(timezone=True), nullable=False),
)

review_proposals = sa.Table(
    "review_proposals",
    metadata,
    sa.Column("item_id", sa.Integer, primary_key=True),
    sa.Column("verdict", sa.String(40), nullable=False),
    sa.Column("note", sa.Text, nullable=False),
    sa.Column("entries", sa.JSON, nullable=False),
    sa.Column("proposed_by", sa.String(100), nullable=False),
    sa.Column("proposed_at", sa.DateTime(timezone=True), nullable=False),
)

# Per-model access orders (issue 16): the state an operator changes without a restart. One row
# per (model, control): "paused" -> bool, "access" -> "open" | "us_persons" | "approved",
# "approved:<account id>" -> bool (an entry added to or removed from the approved list).
model_controls = sa.Table(
    "model_controls",
    metadata,
    sa.Column("model_id", sa.String(200), primary_key=True),
    sa.Column("name", sa.String(300), primary_key=True),
    sa.Column("value", sa.JSON, nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_by", sa.Text),
)

pending_changes = sa.Table(
    "pending_changes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(64), nullable=False, index=True),
    sa.Column("payload", sa.JSON, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("status", sa.String(20), nullable=False, index=True),
    sa.Column("proposed_by", sa.String(100), nullable=False),
    sa.Column("proposed_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("decided_by", sa.String(100)),
    sa.Column("decided_at", sa.DateTime(timezone=True)),
)
