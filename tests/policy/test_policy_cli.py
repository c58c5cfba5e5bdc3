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
    return subprocess.run([sys.executable, "-m", "exportgate.cli", *args],
                          capture_output=True, text=True, timeout=120, env=env)


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
