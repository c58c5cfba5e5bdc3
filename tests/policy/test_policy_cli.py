"""`exportgate policy test`: a compliance officer tests a policy change without Python."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from exportgate.policy import default_policy_text

CASES = Path(__file__).with_name("public_cases.jsonl")


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, "-m", "exportgate.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_default_policy_passes_the_public_cases() -> None:
    result = run_cli("policy", "test", str(CASES))
    assert result.returncode == 0, result.stdout
    assert "30 passed, 0 failed" in result.stdout


def test_a_removed_rule_is_caught(tmp_path: Path) -> None:
    text = default_policy_text()
    without_deemed = re.sub(r'@id\("deemed-export"\).*?};\n', "", text, flags=re.S)
    assert without_deemed != text
    policy = tmp_path / "edited.cedar"
    policy.write_text(without_deemed)
    result = run_cli("policy", "test", str(CASES), "--policy", str(policy))
    assert result.returncode == 1
    assert "p13: FAIL expected deny ['DEEMED_EXPORT'], got allow" in result.stdout
    assert "p16: FAIL" in result.stdout
    assert "28 passed, 2 failed" in result.stdout


def test_show_lists_rules_in_order() -> None:
    result = run_cli("policy", "show")
    assert result.returncode == 0
    assert result.stdout.index("embargoed-destination") < result.stdout.index("kyc-required")


def test_pause_switch_is_one_command_and_audited(sqlite_url: str) -> None:
    from exportgate.audit import AuditLog
    from exportgate.store import open_store

    env = {**os.environ, "EXPORTGATE_STORE": sqlite_url}

    def pause(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "exportgate.cli", "pause", *args],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
        )

    assert "pause is off" in pause("status").stdout
    assert "now ON" in pause("on", "--by", "cco@example.com", "--reason", "BIS guidance").stdout
    store = open_store(sqlite_url)
    assert store.get_switch("international_pause") is True
    assert "pause is ON" in pause("status").stdout
    assert pause("sideways").returncode != 0
    pause("off")
    assert store.get_switch("international_pause") is False
    rows = list(AuditLog(store).rows())
    assert [(r["kind"], r["decision"]) for r in rows] == [("switch", "on"), ("switch", "off")]
    assert rows[0]["record"]["by"] == "cco@example.com"
    assert AuditLog(store).verify().ok
