"""`exportgate decide --batch` over a real file: output contract, bad lines, audit records."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from exportgate.audit import AuditLog
from exportgate.store import open_store

CASES = Path(__file__).with_name("public_cases.jsonl")


def run_cli(*args: str, env_store: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "exportgate.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={"EXPORTGATE_STORE": env_store, "PATH": "/usr/bin:/bin"},
    )


def test_decide_batch_writes_every_line_and_audits_each_decision(
    tmp_path: Path, sqlite_url: str
) -> None:
    lines = CASES.read_text().splitlines()
    bad_json = "{this is not json"
    bad_field = json.loads(lines[0])
    bad_field["id"] = "bad-country"
    bad_field["account"]["country"] = "XX"
    source = tmp_path / "cases.jsonl"
    source.write_text("\n".join([lines[0], bad_json, json.dumps(bad_field), *lines[1:]]) + "\n")
    out = tmp_path / "decisions.jsonl"

    result = run_cli("decide", "--batch", str(source), "--out", str(out), env_store=sqlite_url)

    assert result.returncode == 1, result.stderr
    assert "decided 32 cases" in result.stderr and "2 error" in result.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == 32
    assert rows[1]["id"] is None and "not valid JSON" in rows[1]["error"]
    assert rows[2]["id"] == "bad-country" and "account.country" in rows[2]["error"]
    decided = [r for r in rows if "decision" in r]
    expected = {json.loads(line)["id"]: json.loads(line)["expect"] for line in lines}
    for row in decided:
        assert row["decision"] == expected[row["id"]]["decision"], row
        assert set(row) >= {"id", "decision", "reasons"}
        assert all(set(r) == {"code", "message"} for r in row["reasons"])
    log = AuditLog(open_store(sqlite_url))
    assert log.count() == 30
    assert log.verify().ok

    verify = run_cli("audit", "verify", env_store=sqlite_url)
    assert verify.returncode == 0 and "30 records" in verify.stdout


def test_audit_verify_exits_non_zero_naming_the_record(tmp_path: Path, sqlite_url: str) -> None:
    import sqlalchemy as sa

    from exportgate.store.schema import audit_log

    source = tmp_path / "cases.jsonl"
    source.write_text(CASES.read_text())
    run_cli(
        "decide", "--batch", str(source), "--out", str(tmp_path / "o.jsonl"), env_store=sqlite_url
    )
    store = open_store(sqlite_url)
    with store.engine.begin() as conn:
        conn.execute(sa.update(audit_log).where(audit_log.c.seq == 7).values(decision="allow"))
    result = run_cli("audit", "verify", env_store=sqlite_url)
    assert result.returncode == 1
    assert "broken at record 7" in result.stdout
