"""End users inside organisation accounts (issue 16): import from a file, list, audit.

An organisation registers the people who use its keys on its Account record (``end_users``); a
request names one by id, and per-model access orders decide on that person. ``exportgate endusers
import FILE --account ID`` adds or updates end users by id (``--replace`` makes the file the whole
list); every added, changed or removed end user is one audit entry. Running gateways pick the
change up with the account (``caches.account_ttl_s``, 30 s by default).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec

from exportgate.records import Account, EndUser, RecordError, parse, to_builtins
from exportgate.store import Store


@dataclass
class EndUserImport:
    account_id: str
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"account {self.account_id}: {len(self.added)} end users added, "
            f"{len(self.updated)} updated, {len(self.removed)} removed, "
            f"{len(self.unchanged)} unchanged"
        )


def read_end_users(path: Path) -> list[EndUser]:
    """End users from a file: JSON lines, or one JSON array. A bad entry raises
    :class:`RecordError` naming the entry as ``end_users[i]`` and its field."""
    text = path.read_text("utf-8")
    stripped = text.lstrip()
    raw: list[Any]
    if stripped.startswith("["):
        try:
            raw = json.loads(text)
        except ValueError as exc:
            raise RecordError(None, "(json)", f"{path} is not valid JSON: {exc}") from None
    else:
        raw = []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                raw.append(json.loads(line))
            except ValueError as exc:
                raise RecordError(None, "(json)", f"line {number}: not valid JSON: {exc}") from None
    users: list[EndUser] = []
    for i, item in enumerate(raw):
        if not isinstance(item, dict):
            raise RecordError(None, f"end_users[{i}]", "expected a JSON object")
        try:
            users.append(parse(EndUser, item))
        except RecordError as exc:
            inner = "" if exc.field == "(record)" else f".{exc.field}"
            raise RecordError(exc.record_id, f"end_users[{i}]{inner}", exc.message) from None
    seen: set[str] = set()
    for i, user in enumerate(users):
        if user.id in seen:
            raise RecordError(
                user.id, f"end_users[{i}].id", f"end user id {user.id!r} is listed twice"
            )
        seen.add(user.id)
    return users


def import_end_users(
    store: Store,
    account_id: str,
    users: list[EndUser],
    *,
    replace: bool = False,
    by: str | None = None,
) -> EndUserImport:
    """Add or update the account's end users by id (with ``replace``, also remove those not in
    ``users``); store the account and audit every change."""
    account = store.get_account(account_id)
    if account is None:
        raise ValueError(f"account {account_id!r} does not exist (exportgate accounts import)")
    if account.is_person:
        raise ValueError(
            f"account {account_id!r} is a person: the holder is the end user, "
            "so it registers no end users"
        )
    report = EndUserImport(account_id)
    current = {u.id: u for u in account.end_users}
    merged: dict[str, EndUser] = {} if replace else dict(current)
    for user in users:
        old = current.get(user.id)
        if old is None:
            report.added.append(user.id)
        elif old != user:
            report.updated.append(user.id)
        else:
            report.unchanged.append(user.id)
        merged[user.id] = user
    if replace:
        report.removed = [uid for uid in current if uid not in merged]
    if not (report.added or report.updated or report.removed):
        return report
    changed = msgspec.structs.replace(account, end_users=list(merged.values()))
    # validate the whole record as the store will read it back
    parse(Account, msgspec.json.encode(changed))
    store.upsert_account(changed)
    _audit(store, account_id, report, merged, current, by)
    return report


def _audit(
    store: Store,
    account_id: str,
    report: EndUserImport,
    new: dict[str, EndUser],
    old: dict[str, EndUser],
    by: str | None,
) -> None:
    from exportgate.audit import AuditEntry, AuditLog

    entries = []
    for change, ids in (
        ("added", report.added),
        ("updated", report.updated),
        ("removed", report.removed),
    ):
        for uid in ids:
            user = new.get(uid) or old[uid]
            entries.append(
                AuditEntry(
                    kind="end_user",
                    subject=account_id,
                    decision=change,
                    inputs={"account": account_id, "end_user": uid, "by": by},
                    record={
                        "account": account_id,
                        "change": change,
                        "by": by,
                        "end_user": to_builtins(user),
                    },
                    policy_version=None,
                    data_versions={},
                )
            )
    if entries:
        AuditLog(store).append(entries)


def audit_end_user_changes(
    store: Store,
    account_id: str,
    before: list[EndUser],
    after: list[EndUser],
    by: str | None = None,
) -> EndUserImport:
    """Audit the difference between two end-user lists of one account (used when a whole
    account record is imported with ``exportgate accounts import``)."""
    old = {u.id: u for u in before}
    new = {u.id: u for u in after}
    report = EndUserImport(account_id)
    for uid, user in new.items():
        if uid not in old:
            report.added.append(uid)
        elif old[uid] != user:
            report.updated.append(uid)
    report.removed = [uid for uid in old if uid not in new]
    _audit(store, account_id, report, new, old, by)
    return report
