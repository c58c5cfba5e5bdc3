"""Per-model orders under officers' signatures on the command line: one admin pauses a model;
resuming it and editing its approved list are proposed and applied by a different approver."""

from __future__ import annotations

import os
import subprocess
import sys

from exportgate.policy.model_controls import load_model_states
from exportgate.store import open_store


def cli(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "exportgate.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "EXPORTGATE_STORE": url},
    )


def test_model_pause_and_approved_list_take_four_eyes(sqlite_url: str) -> None:
    store = open_store(sqlite_url)
    for name, role in (("Ada Admin", "admin"), ("Paul Approver", "approver")):
        assert cli(sqlite_url, "officers", "add", name, "--role", role).returncode == 0
    unsigned = cli(sqlite_url, "pause", "on", "--model", "frontier-5", "--by", "x")
    assert unsigned.returncode == 1 and "--officer" in unsigned.stderr
    on = cli(
        sqlite_url,
        "pause",
        "on",
        "--model",
        "frontier-5",
        "--officer",
        "Ada Admin",
        "--reason",
        "order of 2026-06-12",
    )
    assert on.returncode == 0, on.stderr
    assert load_model_states(store)["frontier-5"].paused
    off = cli(
        sqlite_url,
        "pause",
        "off",
        "--model",
        "frontier-5",
        "--officer",
        "Ada Admin",
        "--reason",
        "order lifted",
    )
    assert off.returncode == 0 and "awaiting approval" in off.stdout, off.stderr
    change = off.stdout.split()[1].rstrip(":")
    assert load_model_states(store)["frontier-5"].paused  # nothing changed yet
    own = cli(sqlite_url, "changes", "approve", change, "--officer", "Ada Admin")
    assert own.returncode != 0
    done = cli(sqlite_url, "changes", "approve", change, "--officer", "Paul Approver")
    assert done.returncode == 0, done.stderr
    assert not load_model_states(store)["frontier-5"].paused

    added = cli(
        sqlite_url,
        "models",
        "approve",
        "frontier-5",
        "acct-17",
        "--officer",
        "Ada Admin",
        "--reason",
        "Annex A",
    )
    assert added.returncode == 0 and "awaiting approval" in added.stdout, added.stderr
    state = load_model_states(store).get("frontier-5")
    assert state is None or "acct-17" not in state.approved(frozenset())
    change = added.stdout.split()[1].rstrip(":")
    assert (
        cli(sqlite_url, "changes", "approve", change, "--officer", "Paul Approver").returncode == 0
    )
    assert "acct-17" in load_model_states(store)["frontier-5"].approved(frozenset())
