"""The demo's story: the campaign is caught by the gateway's own detector, the pause drill
refuses and still serves the right callers, the summary fits 80 columns and the report has
every section with its charts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from exportgate.demo_story.terminal import WIDTH, summary_lines
from exportgate.records import ClusterEvidence


def test_the_hydra_campaign_is_held_and_ordinary_users_are_not(demo_result: dict[str, Any]) -> None:
    campaign = demo_result["story"].campaign
    assert campaign.caught, "the gateway never held the campaign"
    hydra = [a for a in campaign.attempts if a.hydra]
    held = [a for a in hydra if a.code == "PENDING_REVIEW"]
    assert held and all(a.n >= campaign.flagged_request for a in held)
    assert {a.account for a in held} == set(campaign.accounts), "the whole cluster is held"
    served, benign = campaign.benign_served()
    assert benign > 0 and served == benign
    assert campaign.alerts and {a.account_id for a in campaign.alerts} == set(campaign.accounts)
    assert all(a.code == "DISTILLATION_SUSPECTED" for a in campaign.alerts)
    clustered = [
        a.evidence.cluster
        for a in campaign.alerts
        if isinstance(a.evidence.cluster, ClusterEvidence)
    ]
    assert clustered, "no alert names the cluster that ties the accounts"
    assert any("payment fingerprint" in t.text for c in clustered for t in c.ties)


def test_pause_drill_refuses_international_and_keeps_domestic(demo_result: dict[str, Any]) -> None:
    drill = demo_result["story"].pause
    by = {(r.phase, r.account, r.label): r for r in drill.requests}
    on = {r.label: r for r in drill.requests if r.phase == "pause on"}
    assert on["UK company"].code == "INTERNATIONAL_ACCESS_PAUSED"
    assert on["French national at a US employer"].code == "INTERNATIONAL_ACCESS_PAUSED"
    assert on["US company, US office"].status == 200
    assert on["US company, open model"].status == 200
    assert all(r.status == 200 for (phase, _, _), r in by.items() if phase != "pause on")


def test_stand_in_upstream_says_why_there_is_no_watermarked_answer(
    demo_result: dict[str, Any],
) -> None:
    evidence = demo_result["story"].watermark
    assert [c.watermarked for c in evidence.checks] == [False]
    assert "stand-in" in evidence.note


def test_terminal_summary_fits_80_columns_and_says_what_next(demo_result: dict[str, Any]) -> None:
    lines = summary_lines(demo_result)
    # paths are printed whole (this test's temporary directory is long; the default is short)
    assert max(len(line) for line in lines if demo_result["workdir"] not in line) <= WIDTH
    text = "\n".join(lines)
    assert demo_result["report"] in text
    assert "exportgate serve --config" in text and "/console" in text
    assert "INTERNATIONAL_ACCESS_PAUSED" in text


def test_report_has_every_section_and_no_external_resources(demo_result: dict[str, Any]) -> None:
    page = Path(demo_result["report"]).read_text(encoding="utf-8")
    for ident in (
        "access",
        "distillation",
        "watermark",
        "pause",
        "audit",
        "console",
        "chart-decisions",
        "chart-cluster",
        "chart-timeline",
        "chart-watermark",
        "chart-pause",
        "distill-evidence",
    ):
        assert f"id='{ident}'" in page, ident
    import re

    assert "<script" not in page and "<link" not in page and " src=" not in page
    links = re.findall(r"href='([^']*)'", page)
    assert links and all(a.startswith(("#", "http://127.0.0.1")) for a in links), links
    assert "hash chain verified" in page
