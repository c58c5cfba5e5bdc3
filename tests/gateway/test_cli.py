"""The command line: accounts import (real screening lists), serve, usage export."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import openai
import yaml

from exportgate.gateway.standin import ANSWER, StandinState
from exportgate.server import ServerHandle
from exportgate.store import open_store

EXPORTGATE = [sys.executable, "-m", "exportgate.cli"]

ACCOUNTS = [
    {
        "id": "acct-clear",
        "kind": "organization",
        "name": "Blue Harbor Analytics LLC",
        "country": "US",
        "kyc_verified": True,
        "api_keys": ["sk-cli-clear"],
    },
    {
        "id": "acct-listed",
        "kind": "organization",
        "name": "Rosoboronexport",
        "country": "RU",
        "kyc_verified": True,
        "api_keys": ["sk-cli-listed"],
    },
    {"id": "acct-bad", "kind": "organization", "name": "Nowhere Ltd", "country": "XX"},
]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*EXPORTGATE, *args], capture_output=True, text=True, timeout=120)


def write_config(tmp_path: Path, upstream_url: str, port: int) -> Path:
    config = tmp_path / "gateway.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "listen": {"host": "127.0.0.1", "port": port},
                "store": f"sqlite:///{tmp_path / 'cli.db'}",
                "upstreams": [{"name": "main", "base_url": upstream_url + "/v1"}],
                "models": [{"id": "frontier-5", "upstream": "main", "controlled": True}],
                "local_networks": {"country": "US"},
                "usage": {"spool_dir": str(tmp_path / "spool")},
            }
        )
    )
    return config


def test_accounts_import_screens_and_queues_reviews(tmp_path: Path) -> None:
    config = write_config(tmp_path, "http://127.0.0.1:9", 8080)
    accounts = tmp_path / "accounts.jsonl"
    accounts.write_text("".join(json.dumps(a) + "\n" for a in ACCOUNTS))
    result = run("accounts", "import", str(accounts), "--config", str(config))
    assert result.returncode == 1, result.stderr  # one line was rejected
    assert "accounts.jsonl:3: record 'acct-bad', field 'country'" in result.stderr
    assert "imported 2 accounts" in result.stdout
    store = open_store(f"sqlite:///{tmp_path / 'cli.db'}")
    clear = store.get_screening_status("acct-clear")
    assert clear is not None and clear.status == "clear"
    listed = store.get_screening_status("acct-listed")
    assert listed is not None and listed.status == "hit"
    assert any("ROSOBORON" in m.name.upper() and m.level == "hit" for m in listed.matches)
    reviews = store.review_items()
    assert [(r.account_id, r.code) for r in reviews] == [("acct-listed", "RESTRICTED_PARTY")]
    assert store.resolve_api_key("sk-cli-clear") == (
        "acct-clear",
        store.resolve_api_key("sk-cli-clear")[1],
    )
    with store.engine.connect() as conn:
        stored = "".join(str(row) for row in conn.exec_driver_sql("SELECT * FROM api_keys"))
    assert "sk-cli-clear" not in stored  # only hashes


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_then_usage_export(
    tmp_path: Path, standin: tuple[ServerHandle, StandinState]
) -> None:
    port = _free_port()
    config = write_config(tmp_path, standin[0].url, port)
    accounts = tmp_path / "accounts.jsonl"
    accounts.write_text(json.dumps(ACCOUNTS[0]) + "\n" + json.dumps(ACCOUNTS[1]) + "\n")
    assert run("accounts", "import", str(accounts), "--config", str(config)).returncode == 0
    server = subprocess.Popen(
        [*EXPORTGATE, "serve", "--config", str(config), "--log-level", "warning"], cwd=tmp_path
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                assert server.poll() is None, "exportgate serve exited"
                assert time.monotonic() < deadline, "exportgate serve did not become ready"
                time.sleep(0.2)
        client = openai.OpenAI(
            base_url=f"http://127.0.0.1:{port}/v1", api_key="sk-cli-clear", max_retries=0
        )
        reply = client.chat.completions.create(
            model="frontier-5", messages=[{"role": "user", "content": "hi"}]
        )
        assert reply.choices[0].message.content == ANSWER
        listed = openai.OpenAI(
            base_url=f"http://127.0.0.1:{port}/v1", api_key="sk-cli-listed", max_retries=0
        )
        try:
            listed.chat.completions.create(
                model="frontier-5", messages=[{"role": "user", "content": "hi"}]
            )
            raise AssertionError("a listed party was served")
        except openai.PermissionDeniedError as denied:
            assert denied.body["code"] == "restricted_party"
    finally:
        server.send_signal(signal.SIGTERM)
        # uvicorn shuts down gracefully, then re-raises the signal it caught
        assert server.wait(60) in (0, -signal.SIGTERM)
    exported = run("usage", "export", "--config", str(config))
    assert exported.returncode == 0, exported.stderr
    records = [json.loads(line) for line in exported.stdout.splitlines()]
    assert [(r["account_id"], r["status"], r["decision"]) for r in records] == [
        ("acct-clear", 200, "allow"),
        ("acct-listed", 403, "deny"),
    ]
    assert records[0]["messages"] == [{"role": "user", "content": "hi"}]
    later = run("usage", "export", "--config", str(config), "--since", "2999-01-01T00:00:00Z")
    assert later.returncode == 0 and later.stdout == ""
    bad = run("usage", "export", "--config", str(config), "--since", "yesterday")
    assert bad.returncode == 2 and "not an ISO 8601 time" in bad.stderr
