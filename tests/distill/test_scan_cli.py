"""``exportgate distill scan`` end to end on real files, bad lines included."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from exportgate.distill.simulate import SimWorld
from exportgate.records import to_json

PY = sys.executable


def _write(world: SimWorld, tmp_path: Path) -> tuple[Path, Path]:
    usage = tmp_path / "usage.jsonl"
    with usage.open("wb") as fh:
        for i, record in enumerate(world.records):
            fh.write(to_json(record) + b"\n")
            if i == 10:
                fh.write(b'{"ts": "not a time", "request_id": "bad-1", "account_id": "a"}\n')
                fh.write(b"{not json\n")
    accounts = tmp_path / "accounts.jsonl"
    with accounts.open("wb") as fh:
        for account in world.accounts:
            fh.write(to_json(account) + b"\n")
    return usage, accounts


def test_scan_writes_scores_clusters_and_evidence(small_world: SimWorld, tmp_path: Path) -> None:
    usage, accounts = _write(small_world, tmp_path)
    out, clusters, evidence = (
        tmp_path / "scores.jsonl",
        tmp_path / "clusters.jsonl",
        tmp_path / "ev",
    )
    proc = subprocess.run(
        [
            PY,
            "-m",
            "exportgate.cli",
            "distill",
            "scan",
            str(usage),
            "--accounts",
            str(accounts),
            "--out",
            str(out),
            "--clusters",
            str(clusters),
            "--evidence",
            str(evidence),
            "--store",
            f"sqlite:///{tmp_path / 's.db'}",
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert proc.returncode == 1, proc.stderr  # the two bad lines
    errors = [json.loads(line) for line in proc.stderr.splitlines() if line.startswith("{")]
    assert [(e["line"], e["field"]) for e in errors] == [(12, "ts"), (13, "(json)")]
    assert errors[0]["id"] == "bad-1"
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert {"account_id", "score", "flagged", "cluster", "reasons"} <= set(rows[0])
    labels = small_world.labels
    by_id = {r["account_id"]: r for r in rows}
    attack = [a for a in by_id if labels[a].attack]
    benign = [a for a in by_id if not labels[a].attack]
    assert sum(by_id[a]["flagged"] for a in attack) >= 0.8 * len(attack)
    assert sum(by_id[a]["flagged"] for a in benign) <= 0.01 * len(benign)
    for group in ("university", "eval_harness", "enterprise_batch", "reseller"):
        members = [a for a in benign if labels[a].group == group]
        assert not all(by_id[a]["flagged"] for a in members), group
    cluster_rows = [json.loads(line) for line in clusters.read_text().splitlines()]
    flagged_clusters = [c for c in cluster_rows if c["flagged"]]
    assert (
        flagged_clusters and flagged_clusters[0]["ties"] and flagged_clusters[0]["graph"]["edges"]
    )
    files = list(evidence.glob("*.md"))
    assert len(files) >= sum(r["flagged"] for r in rows)
    sample = next(evidence.glob("acct-*.md")).read_text()
    assert "## Why" in sample and "## Example requests" in sample
    assert "saved" in proc.stderr


def test_scan_help_and_missing_file(tmp_path: Path) -> None:
    help_text = subprocess.run(
        [PY, "-m", "exportgate.cli", "distill", "scan", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    assert "--accounts" in help_text and "--clusters" in help_text and "--evidence" in help_text
    proc = subprocess.run(
        [
            PY,
            "-m",
            "exportgate.cli",
            "distill",
            "scan",
            str(tmp_path / "nope"),
            "--out",
            str(tmp_path / "o"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode != 0
