"""`exportgate models`, `exportgate endusers` and `exportgate pause --model` on a real store
(SQLite and PostgreSQL): every change stored and audited."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from exportgate.audit import AuditLog
from exportgate.cli import app
from exportgate.policy.model_controls import load_model_states
from exportgate.records import Account, ModelRef, to_builtins
from exportgate.store import open_store


def run(store_url: str, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), env={"EXPORTGATE_STORE": store_url})
    return result.exit_code, result.output


def test_model_pause_approve_and_access_are_stored_and_audited(store_url: str) -> None:
    store = open_store(store_url)
    store.upsert_account(Account(id="acct-17", kind="organization", name="Annex A Corp"))
    code, out = run(
        store_url,
        "pause",
        "on",
        "--model",
        "frontier-5",
        "--by",
        "cco",
        "--reason",
        "order of 12 June",
    )
    assert code == 0 and "PAUSED" in out
    assert (
        run(store_url, "pause", "status", "--model", "frontier-5")[1].strip()
        == "frontier-5 is PAUSED"
    )
    assert "off" in run(store_url, "pause", "status")[1]  # the global pause is untouched
    assert run(store_url, "models", "approve", "frontier-5", "acct-17", "--by", "cco")[0] == 0
    code, out = run(store_url, "models", "approve", "frontier-5", "acct-99")
    assert code == 0 and "not in the store" in out
    assert run(store_url, "models", "unapprove", "frontier-5", "acct-99")[0] == 0
    assert run(store_url, "models", "access", "frontier-5", "approved")[0] == 0
    code, out = run(store_url, "models", "access", "frontier-5", "citizens")
    assert code == 2 and "open, us_persons, approved" in out
    run(store_url, "pause", "off", "--model", "frontier-5")

    state = load_model_states(store)["frontier-5"]
    configured = ModelRef(id="frontier-5", controlled=True, approved_accounts=frozenset({"acct-1"}))
    effective = state.apply(configured)
    assert not effective.paused and effective.access == "approved"
    assert effective.approved_accounts == frozenset({"acct-1", "acct-17"})
    code, out = run(store_url, "models", "status", "--json")
    row = json.loads(out.splitlines()[0])
    assert row["access"] == "approved" and row["approved_accounts"] == ["acct-17"]

    changes = [
        (e["decision"], e["record"].get("account"), e["record"].get("by"))
        for e in AuditLog(store).latest(20)
        if e["kind"] == "model_control"
    ]
    assert sorted(changes, key=str) == sorted(
        [
            ("paused", None, "cco"),
            ("approved", "acct-17", "cco"),
            ("approved", "acct-99", None),
            ("unapproved", "acct-99", None),
            ("access:approved", None, None),
            ("resumed", None, None),
        ],
        key=str,
    )
    assert AuditLog(store).verify().ok


def test_models_commands_check_the_configuration(tmp_path: Path, sqlite_url: str) -> None:
    config = tmp_path / "gw.yaml"
    config.write_text(f"""
store: {sqlite_url}
upstreams: [{{name: main, base_url: http://127.0.0.1:9/v1}}]
models:
  - {{id: frontier-5, upstream: main, access: us_persons, approved_accounts: [acct-17],
     fallback: open-small}}
  - {{id: open-small, upstream: main, controlled: false}}
""")
    code, out = run(
        sqlite_url, "models", "approve", "frontier-9", "acct-1", "--config", str(config)
    )
    assert code == 2 and "not in the configuration" in out
    code, out = run(sqlite_url, "models", "status", "--config", str(config))
    assert code == 0
    assert (
        "frontier-5: access us_persons, not paused, approved: acct-17, fallback: open-small" in out
    )


def test_endusers_import_and_list(tmp_path: Path, store_url: str) -> None:
    store = open_store(store_url)
    store.upsert_account(
        Account(
            id="acct-us",
            kind="organization",
            name="Acme Widgets Inc",
            country="US",
            api_keys=["sk-acme"],
        )
    )
    file = tmp_path / "users.jsonl"
    file.write_text(
        '{"id": "u-1", "name": "Alice Smith", "nationalities": ["US"], '
        '"citizenship_verified": true, "verification_method": "passport"}\n'
        '{"id": "u-2", "name": "Priya Gupta", "nationalities": ["IN"], '
        '"citizenship_verified": true}\n'
    )
    code, out = run(
        store_url, "endusers", "import", str(file), "--account", "acct-us", "--by", "hr"
    )
    assert code == 0 and "2 end users added" in out, out
    code, out = run(store_url, "endusers", "list", "--account", "acct-us")
    assert "u-1\tAlice Smith\tUS\tUS person\tcitizenship verified (passport)" in out
    assert "u-2\tPriya Gupta\tIN\tnot a US person" in out

    # a bad entry names its field; nothing is imported
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"id": "u-3", "name": "C", "nationalities": ["US"]}\n'
        '{"id": "u-4", "name": "D", "nationalities": ["ZZ"]}\n'
    )
    code, out = run(store_url, "endusers", "import", str(bad), "--account", "acct-us")
    assert code == 2 and "end_users[1].nationalities[0]" in out, out

    # update one, replace the list (removes u-1)
    file.write_text(
        '{"id": "u-2", "name": "Priya Gupta", "nationalities": ["IN"], '
        '"permanent_residence": ["US"], "citizenship_verified": true}\n'
    )
    code, out = run(store_url, "endusers", "import", str(file), "--account", "acct-us", "--replace")
    assert "0 end users added, 1 updated, 1 removed" in out, out
    account = store.get_account("acct-us")
    assert account is not None and [u.id for u in account.end_users] == ["u-2"]
    assert account.end_users[0].is_us_person
    assert store.resolve_api_key("sk-acme") is not None  # keys untouched

    entries = [
        (e["decision"], e["record"]["end_user"]["id"])
        for e in AuditLog(store).latest(10)
        if e["kind"] == "end_user"
    ]
    assert sorted(entries) == [
        ("added", "u-1"),
        ("added", "u-2"),
        ("removed", "u-1"),
        ("updated", "u-2"),
    ]
    code, out = run(store_url, "endusers", "list", "--account", "acct-us", "--json")
    assert json.loads(out)["id"] == "u-2"
    code, out = run(store_url, "endusers", "import", str(file), "--account", "acct-nope")
    assert code == 2 and "does not exist" in out


def test_accounts_import_audits_end_user_changes(tmp_path: Path, sqlite_url: str) -> None:
    from exportgate.accounts.importer import import_accounts
    from exportgate.drill import drill_accounts

    store = open_store(sqlite_url)
    source = tmp_path / "accounts.jsonl"
    account = drill_accounts()["maple-us"]
    source.write_text(json.dumps(to_builtins(account)) + "\n")
    assert import_accounts(store, source).imported == 1
    fewer = to_builtins(account)
    fewer["end_users"] = fewer["end_users"][:1]
    source.write_text(json.dumps(fewer) + "\n")
    assert import_accounts(store, source).imported == 1
    changes = [
        (e["decision"], e["record"]["end_user"]["id"], e["record"]["by"])
        for e in AuditLog(store).rows()
        if e["kind"] == "end_user"
    ]
    assert changes == [
        ("added", "emp-us-1", "accounts import"),
        ("added", "emp-in-1", "accounts import"),
        ("removed", "emp-in-1", "accounts import"),
    ]
