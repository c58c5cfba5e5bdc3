"""Pending changes (four-eyes for switches and lists) and ``exportgate pause`` under officers'
signatures, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import msgspec
import pytest

from exportgate.audit import AuditLog
from exportgate.officers import changes, registry
from exportgate.officers.pause import PAUSE_OFF, PauseOff, pause_on, propose_off
from exportgate.store import open_store


def cli(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "exportgate.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "EXPORTGATE_STORE": url},
    )


class ListEdit(msgspec.Struct, frozen=True):
    entity: str


def test_a_generic_change_needs_a_different_approver(store_url: str) -> None:
    store = open_store(store_url)
    for name, role in (("Ana", "analyst"), ("Paula", "approver"), ("Quinn", "approver")):
        registry.add(store, name, role, "test")
    applied: list[tuple[ListEdit, str]] = []
    changes.register(
        changes.ChangeKind(
            name="test_list_edit",
            propose_role="analyst",
            approve_role="approver",
            payload=ListEdit,
            apply=lambda _store, done, payload: applied.append((payload, done.approver)),
            describe=lambda payload: f"add {payload.entity} to the approved list",
        )
    )
    with pytest.raises(changes.ChangeError, match="give a reason"):
        changes.propose(store, "test_list_edit", ListEdit(entity="x"), "Ana", " ")
    with pytest.raises(changes.ChangeError, match="unknown kind of change"):
        changes.propose(store, "no_such_kind", ListEdit(entity="x"), "Ana", "why")
    with pytest.raises(changes.ChangeError, match="the payload is a PauseOff, expected ListEdit"):
        changes.propose(store, "test_list_edit", PauseOff(), "Ana", "why")
    change = changes.propose(store, "test_list_edit", ListEdit(entity="Acme"), "Paula", "vetted")
    assert changes.describe(change) == "add Acme to the approved list"
    assert [c.id for c in changes.pending(store, "test_list_edit")] == [change.id]
    with pytest.raises(changes.ChangeError, match="a different officer must approve"):
        changes.approve(store, change.id, "Paula")
    with pytest.raises(changes.ChangeError, match="takes the approver role"):
        changes.approve(store, change.id, "Ana")
    assert applied == []
    done = changes.approve(store, change.id, "Quinn")
    assert done.status == "approved" and done.decided_by == "Quinn"
    assert applied == [(ListEdit(entity="Acme"), "Quinn")]
    with pytest.raises(changes.ChangeError, match="already approved by Quinn"):
        changes.approve(store, change.id, "Quinn")
    second = changes.propose(store, "test_list_edit", ListEdit(entity="Beta"), "Ana", "vetted")
    with pytest.raises(changes.ChangeError, match="can neither withdraw nor reject"):
        registry.add(store, "Vic", "viewer", "test")
        changes.reject(store, second.id, "Vic")
    assert changes.reject(store, second.id, "Ana", "oops").status == "rejected"
    assert changes.pending(store) == []
    trail = [
        (r["decision"], r["record"]["officer"])
        for r in AuditLog(store).latest(20)
        if r["kind"] == "change"
    ]
    assert trail[:4] == [
        ("rejected", "Ana"),
        ("proposed", "Ana"),
        ("approved", "Quinn"),
        ("proposed", "Paula"),
    ]


def test_the_pause_on_is_one_admin_and_off_is_two(store_url: str) -> None:
    store = open_store(store_url)
    for name, role in (("Ada", "admin"), ("Otto", "admin"), ("Paula", "approver")):
        registry.add(store, name, role, "test")
    with pytest.raises(changes.ChangeError, match="only admins"):
        pause_on(store, "Paula", "x")
    with pytest.raises(changes.ChangeError, match="already off"):
        propose_off(store, "Ada", "x")
    pause_on(store, "Ada", "new rule")
    assert store.get_switch("international_pause") is True
    with pytest.raises(changes.ChangeError, match="takes the admin role"):
        propose_off(store, "Paula", "x")
    change = propose_off(store, "Ada", "rule withdrawn")
    with pytest.raises(changes.ChangeError, match="already proposed"):
        propose_off(store, "Otto", "again")
    assert store.get_switch("international_pause") is True
    changes.approve(store, change.id, "Otto")
    assert store.get_switch("international_pause") is False
    flip = [r for r in AuditLog(store).latest(5) if r["kind"] == "switch"][0]
    assert flip["record"]["by"] == "Ada; approved by Otto"


def test_the_pause_command_takes_officers_once_they_are_registered(store_url: str) -> None:
    store = open_store(store_url)
    plain = cli(store_url, "pause", "on", "--by", "M. Reyes", "--reason", "drill")
    assert plain.returncode == 0, plain.stderr  # a store without officers: as before
    cli(store_url, "pause", "off", "--by", "M. Reyes", "--reason", "drill over")
    registry.add(store, "Ada", "admin", "test")
    registry.add(store, "Paula", "approver", "test")
    unnamed = cli(store_url, "pause", "on", "--by", "M. Reyes", "--reason", "x")
    assert unnamed.returncode == 1 and "--officer NAME" in unnamed.stderr
    refused = cli(store_url, "pause", "on", "--officer", "Paula", "--reason", "x")
    assert refused.returncode == 1 and "only admins" in refused.stderr
    on = cli(store_url, "pause", "on", "--officer", "Ada", "--reason", "new rule")
    assert on.returncode == 0 and "now ON" in on.stdout
    off = cli(store_url, "pause", "off", "--officer", "Ada", "--reason", "rule withdrawn")
    assert off.returncode == 0, off.stderr
    change_id = re.search(r"change (\d+):", off.stdout).group(1)  # type: ignore[union-attr]
    assert "awaiting approval" in off.stdout and store.get_switch("international_pause")
    listed = cli(store_url, "changes", "list")
    assert f"#{change_id}" in listed.stdout and "rule withdrawn" in listed.stdout
    own = cli(store_url, "pause", "approve", change_id, "--officer", "Ada")
    assert own.returncode == 1 and "different officer" in own.stderr
    done = cli(store_url, "pause", "approve", change_id, "--officer", "Paula")
    assert done.returncode == 0 and "now off" in done.stdout, done.stderr
    assert store.get_switch("international_pause") is False
    assert [c for c in changes.pending(store) if c.kind == PAUSE_OFF] == []


def test_the_changes_command_lists_approves_and_rejects(sqlite_url: str) -> None:
    store = open_store(sqlite_url)
    for name, role in (("Ada", "admin"), ("Otto", "admin")):
        registry.add(store, name, role, "test")
    pause_on(store, "Ada", "drill")
    first = propose_off(store, "Ada", "drill over")
    assert cli(sqlite_url, "changes", "reject", str(first.id), "--officer", "Ada").returncode == 0
    second = propose_off(store, "Otto", "drill over")
    listed = cli(sqlite_url, "changes", "list", "--json")
    assert [line for line in listed.stdout.splitlines() if f'"id": {second.id}' in line]
    done = cli(sqlite_url, "changes", "approve", str(second.id), "--officer", "Ada")
    assert done.returncode == 0 and "approved by Ada" in done.stdout, done.stderr
    assert store.get_switch("international_pause") is False
    assert "no changes await approval" in cli(sqlite_url, "changes", "list").stdout
