"""Load world B (bench/distill/world_b, written independently from a behaviour spec) for reporting.

World B is never tuned on: this adapter only reads its files into the detector's record types and
its labels into (group, is_campaign, operation). Its labels file: one line per account,
``{"account_id", "label": "benign"|"campaign", "group", "operation"}``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from exportgate.distill.scan import read_accounts, read_records
from exportgate.records import Account, UsageRecord

GENERATOR = Path(__file__).resolve().parent / "world_b" / "generate.py"


@dataclass(frozen=True, slots=True)
class LabelB:
    account_id: str
    group: str
    attack: bool
    operation: str | None


@dataclass(slots=True)
class WorldB:
    records: list[UsageRecord]
    accounts: list[Account]
    labels: dict[str, LabelB]
    errors: list[dict[str, object]]


def generate(out: Path, seed: int = 1, small: bool = False) -> None:
    """Run world B's own generator (a separate process: it imports nothing of ours)."""
    out.mkdir(parents=True, exist_ok=True)
    args = [sys.executable, str(GENERATOR), "--out", str(out), "--seed", str(seed)]
    subprocess.run([*args, "--small"] if small else args, check=True, capture_output=True)


def load(folder: Path) -> WorldB:
    errors: list[dict[str, object]] = []
    with (folder / "usage.jsonl").open("rb") as fh:
        records = sorted(read_records(fh, errors, "usage.jsonl"), key=lambda r: r.ts)
    accounts = read_accounts(folder / "accounts.jsonl", errors)
    labels: dict[str, LabelB] = {}
    with (folder / "labels.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                labels[row["account_id"]] = LabelB(
                    row["account_id"],
                    row["group"],
                    row["label"] == "campaign",
                    row.get("operation"),
                )
    return WorldB(records, accounts, labels, errors)
