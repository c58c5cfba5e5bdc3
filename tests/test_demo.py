"""`exportgate demo` end to end: accounts, gateway, traffic over HTTP, audit, report."""

from __future__ import annotations

import os
from html.parser import HTMLParser
from pathlib import Path

from exportgate.demo import demo_scenarios, run_demo


class _Cells(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self._in_body = False
        self._in_requests = False
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._in_requests = "requests" in (dict(attrs).get("class") or "")
        elif tag == "tbody" and self._in_requests:
            self._in_body = True
        elif tag == "tr" and self._in_body:
            self.rows.append([])
        elif tag == "td" and self._in_body:
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self._cell is not None:
            self.rows[-1].append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tbody":
            self._in_body = False

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def test_demo_through_the_gateway(tmp_path: Path) -> None:
    result = run_demo(tmp_path / "demo", upstream_choice="standin", max_tokens=8)

    outcomes = result["outcomes"]
    assert len(outcomes) == len(demo_scenarios())
    wrong = [(o.scenario.label, o.decision, o.code) for o in outcomes if not o.as_expected]
    assert wrong == []
    codes = {o.code for o in outcomes}
    assert {
        "EMBARGOED_DESTINATION",
        "RESTRICTED_OWNERSHIP",
        "RESTRICTED_PARTY",
        "DEEMED_EXPORT",
        "INTERNATIONAL_ACCESS_PAUSED",
        "PENDING_REVIEW",
    } <= codes
    assert result["audit_ok"]
    drill = [o for step in result["drill"] for o in step.outcomes]
    story = result["story"]
    story_requests = len(story.pause.requests) + len(story.campaign.attempts)
    assert result["usage_records"] == len(outcomes) + story_requests + len(drill)
    assert {r.code for r in result["reviews"]} >= {"RESTRICTED_PARTY"}
    assert "stand-in" in result["upstream"]

    page = Path(result["report"]).read_text()
    cells = _Cells()
    cells.feed(page)
    assert len(cells.rows) == len(outcomes)
    assert all(row[-1] == "✓" for row in cells.rows)
    assert "hash chain verified" in page

    # the June 2026 order as a drill: every step in the report, every request as stated
    assert [o.request.label for o in drill if not o.as_expected] == []
    assert {o.outcome for o in drill} == {"allow", "reroute"}
    assert {o.code for o in drill if o.outcome == "reroute"} == {
        "MODEL_PAUSED",
        "US_PERSONS_ONLY",
        "END_USER_REQUIRED",
        "END_USER_UNVERIFIED",
        "NOT_APPROVED_FOR_MODEL",
    }
    for number, step in enumerate(result["drill"], start=1):
        assert f'id="drill-step-{number}"' in page and step.step.title in page
        assert page.count("rerouted from frontier-5") >= 1


def test_demo_with_the_embedded_model_watermarks_controlled_outputs(tmp_path: Path) -> None:
    import pytest

    from exportgate.localmodel import runtime_available

    available, why_not = runtime_available()
    if not available:
        if os.environ.get("EXPORTGATE_REQUIRE_LOCALMODEL"):
            pytest.fail(f"the embedded model is required: {why_not}")
        pytest.skip(f"embedded model not installed: {why_not}")
    result = run_demo(tmp_path / "demo", upstream_choice="local", max_tokens=6)
    allowed = [o for o in result["outcomes"] if o.decision == "allow"]
    assert allowed and all(o.as_expected for o in result["outcomes"])
    for outcome in allowed:
        controlled = outcome.scenario.model == "frontier-5"
        assert bool(outcome.extra["watermark_key"]) == controlled, outcome.scenario.label
    drill = [o for step in result["drill"] for o in step.outcomes]
    assert drill and all(o.as_expected for o in drill)
    story = result["story"]
    answer, human = story.watermark.checks
    assert answer.watermarked and answer.p_value < story.watermark.p_threshold, answer.explanation
    assert not human.watermarked
    assert story.watermark.key_header
    assert story.campaign.caught
