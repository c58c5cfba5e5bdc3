"""Officers in the store: add, list, disable, reset a password, sign in. Every change and every
sign-in (success or failure) is an audit record."""

from __future__ import annotations

import datetime as dt
import re

import msgspec
import sqlalchemy as sa

from exportgate.audit import AuditEntry, AuditLog
from exportgate.officers.passwords import check_password, hash_password, one_time_password
from exportgate.officers.roles import ROLES, Role
from exportgate.store import Store
from exportgate.store.schema import officers

NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@ -]{0,98}[A-Za-z0-9.]$|^[A-Za-z0-9]$")


class OfficerError(ValueError):
    """An officer operation that cannot be done; the message says why."""


class Officer(msgspec.Struct, kw_only=True, frozen=True):
    name: str
    role: Role
    disabled: bool = False
    created_at: dt.datetime | None = None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _audit(store: Store, action: str, name: str, by: str, **detail: object) -> None:
    AuditLog(store).append(
        [
            AuditEntry(
                kind="officer",
                subject=name,
                decision=action,
                inputs={"officer": name, "by": by},
                record={"action": action, "officer": name, "by": by, **detail},
                policy_version=None,
                data_versions={},
            )
        ]
    )


def _check_role(role: str) -> Role:
    for known in ROLES:
        if role == known:
            return known
    raise OfficerError(f"unknown role {role!r}: expected one of {', '.join(ROLES)}")


def add(store: Store, name: str, role: str, by: str) -> str:
    """Register an officer; returns the one-time password to hand over."""
    if not NAME.match(name):
        raise OfficerError(
            f"officer name {name!r}: use letters, digits, '.', '_', '@', '-' or "
            "spaces (at most 100 characters)"
        )
    checked = _check_role(role)
    password = one_time_password()
    now = _now()
    try:
        with store.engine.begin() as conn:
            conn.execute(
                sa.insert(officers).values(
                    name=name,
                    role=checked,
                    password_hash=hash_password(password),
                    disabled=False,
                    created_at=now,
                    password_set_at=now,
                )
            )
    except sa.exc.IntegrityError:
        raise OfficerError(f"there is already an officer named {name!r}") from None
    _audit(store, "added", name, by, role=checked)
    return password


def get(store: Store, name: str) -> Officer | None:
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(officers).where(officers.c.name == name)).first()
    if row is None:
        return None
    return Officer(
        name=row.name,
        role=_check_role(row.role),
        disabled=bool(row.disabled),
        created_at=row.created_at,
    )


def all_officers(store: Store) -> list[Officer]:
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(officers).order_by(officers.c.name)).all()
    return [
        Officer(
            name=r.name,
            role=_check_role(r.role),
            disabled=bool(r.disabled),
            created_at=r.created_at,
        )
        for r in rows
    ]


def any_registered(store: Store) -> bool:
    with store.engine.connect() as conn:
        return conn.execute(sa.select(officers.c.name).limit(1)).first() is not None


def disable(store: Store, name: str, by: str) -> None:
    with store.engine.begin() as conn:
        done = conn.execute(
            sa.update(officers).where(officers.c.name == name).values(disabled=True)
        ).rowcount
    if not done:
        raise OfficerError(f"there is no officer named {name!r}")
    _audit(store, "disabled", name, by)


def reset(store: Store, name: str, by: str) -> str:
    """A new one-time password (the officer is enabled again)."""
    password = one_time_password()
    with store.engine.begin() as conn:
        done = conn.execute(
            sa.update(officers)
            .where(officers.c.name == name)
            .values(password_hash=hash_password(password), disabled=False, password_set_at=_now())
        ).rowcount
    if not done:
        raise OfficerError(f"there is no officer named {name!r}")
    _audit(store, "password_reset", name, by)
    return password


def sign_in(store: Store, name: str, password: str, address: str) -> Officer | None:
    """The officer if the password is right and the officer is enabled; audited either way."""
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(officers).where(officers.c.name == name)).first()
    ok = row is not None and not row.disabled and check_password(password, row.password_hash)
    _audit(store, "signed_in" if ok else "sign_in_failed", name[:100], "console", address=address)
    return get(store, name) if ok else None


def require(store: Store, name: str, action: str) -> Officer:
    """The named, enabled officer, or :class:`OfficerError` saying why ``action`` is refused."""
    officer = get(store, name)
    if officer is None:
        raise OfficerError(
            f"{action}: there is no officer named {name!r} (exportgate officers list)"
        )
    if officer.disabled:
        raise OfficerError(f"{action}: officer {name!r} is disabled")
    return officer


def federated(store: Store, name: str, role: str, by: str) -> Officer:
    """The officer an identity provider vouches for, registered (or given the provider's current
    role) on first sign-in. Such an officer has no usable password: a random hash nobody holds."""
    if not NAME.match(name):
        raise OfficerError(
            f"officer name {name!r} from the identity provider: use letters, "
            "digits, '.', '_', '@', '-' or spaces"
        )
    checked = _check_role(role)
    existing = get(store, name)
    if existing is not None and existing.disabled:
        raise OfficerError(f"officer {name!r} is disabled")
    if existing is None:
        now = _now()
        try:
            with store.engine.begin() as conn:
                conn.execute(
                    sa.insert(officers).values(
                        name=name,
                        role=checked,
                        password_hash=hash_password(one_time_password()),
                        disabled=False,
                        created_at=now,
                        password_set_at=now,
                    )
                )
        except sa.exc.IntegrityError:
            return federated(store, name, role, by)
        _audit(store, "added", name, by, role=checked, federated=True)
    elif existing.role != checked:
        with store.engine.begin() as conn:
            conn.execute(sa.update(officers).where(officers.c.name == name).values(role=checked))
        _audit(store, "role_changed", name, by, role=checked, was=existing.role)
    officer = get(store, name)
    assert officer is not None
    return officer
