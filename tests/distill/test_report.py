"""`exportgate report distillation`: the evidence package and its manifest."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from typer.testing import CliRunner

from exportgate.cli import app
from exportgate.distill.scan import scan
from exportgate.distill.simulate import SimWorld
from exportgate.records import Alert, to_json


def test_cluster_package_has_every_part_and_a_true_manifest(
    small_world: SimWorld, tmp_path: Path
) -> None:
    records = [r for r in small_world.records if r.ts < small_world.start.replace(day=6)]
    usage, accounts = tmp_path / "usage.jsonl", tmp_path / "accounts.jsonl"
    usage.write_bytes(b"".join(to_json(r) + b"\n" for r in records))
    accounts.write_bytes(b"".join(to_json(a) + b"\n" for a in small_world.accounts))
    cluster = next(c for c in scan(records, small_world.accounts).clusters if c.flagged)
    out = tmp_path / "pkg"
    result = CliRunner().invoke(
        app,
        [
            "report",
            "distillation",
            cluster.id,
            "--usage",
            str(usage),
            "--accounts",
            str(accounts),
            "--out",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    manifest = json.loads((out / "manifest.json").read_text())
    names = {f["path"] for f in manifest["files"]}
    assert names == {"summary.html", "evidence.json", "graph.svg"}
    for entry in manifest["files"]:
        assert hashlib.sha256((out / entry["path"]).read_bytes()).hexdigest() == entry["sha256"]
    evidence = json.loads((out / "evidence.json").read_text())
    assert evidence["subject"] == cluster.id and len(evidence["accounts"]) == len(cluster.members)
    assert "one operation" in evidence["summary"] and "bits" in evidence["summary"]
    assert all("bits" in tie and "why" in tie for tie in evidence["cluster"]["ties"])
    assert evidence["timelines"] and evidence["accounts"][0]["sample_requests"]
    assert (out / "graph.svg").read_text().startswith("<svg")
    page = (out / "summary.html").read_text()
    assert "Watermark evidence" in page and "Audit entries" in page and cluster.id in page

    missing = CliRunner().invoke(
        app,
        [
            "report",
            "distillation",
            "acct-nobody",
            "--usage",
            str(usage),
            "--out",
            str(tmp_path / "none"),
        ],
    )
    assert missing.exit_code == 2 and "neither a cluster nor an account" in missing.output


def test_console_alert_links_to_a_report_built_from_the_store(
    small_world: SimWorld, tmp_path: Path
) -> None:
    from exportgate.console import pages
    from exportgate.reports.distillation import html_from_store
    from exportgate.store import open_store

    store = open_store(f"sqlite:///{tmp_path / 'r.db'}")
    records = [r for r in small_world.records if r.ts < small_world.start.replace(day=4)]
    store.write_usage(records)
    flagged = next(row for row in scan(records).rows if row.flagged)
    page = html_from_store(store, flagged.account_id)
    assert page is not None and flagged.account_id in page and "<svg" in page
    assert html_from_store(store, "acct-nobody") is None
    alert = Alert(
        id=7,
        code="DISTILLATION_SUSPECTED",
        account_id=flagged.account_id,
        score=flagged.score,
        created_at=small_world.start,
        summary="s",
        evidence=flagged,
        status="open",
    )
    assert 'href="/console/alerts/7/report"' in pages.alert(alert, "csrf")
