"""The demo report in a real browser (Chromium driven by Playwright): every section is there,
every chart renders with a visible size and drawn shapes, and the page loads nothing from the
network.

Needs Playwright (dev extra) and a Chromium binary (Debian's ``chromium``; EXPORTGATE_CHROMIUM
names another). Without them the test is skipped with the reason, unless EXPORTGATE_REQUIRE_BROWSER
is set (CI sets it and installs Chromium), which makes it a failure.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

SECTIONS = {
    "access": "1. Access decisions",
    "distillation": "2. A distillation campaign, caught",
    "watermark": "3. Watermark evidence",
    "pause": "4. The pause drill",
    "audit": "Audit chain",
    "console": "The compliance console",
}
CHARTS = ("chart-decisions", "chart-cluster", "chart-timeline", "chart-watermark", "chart-pause")


def test_report_sections_and_charts_render(browser: Any, demo_result: dict[str, Any]) -> None:
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(Path(demo_result["report"]).resolve().as_uri())
    assert [url for url in requested if not url.startswith("file://")] == []
    for ident, heading in SECTIONS.items():
        section = page.locator(f"section#{ident}")
        assert section.is_visible(), ident
        assert heading in section.locator("h2").inner_text()
    for ident in CHARTS:
        chart = page.locator(f"svg#{ident}")
        chart.scroll_into_view_if_needed()
        box = chart.bounding_box()
        assert box is not None and box["width"] > 300 and box["height"] > 40, (ident, box)
        drawn = chart.evaluate("svg => svg.querySelectorAll('rect,circle,line').length")
        assert drawn >= 2, ident
        assert chart.evaluate("svg => svg.getBBox().width") > 100, ident
        assert chart.locator("title").text_content()
    campaign = demo_result["story"].campaign
    dots = page.locator("svg#chart-timeline circle").count()
    assert dots == len(campaign.attempts)
    assert page.locator("svg#chart-cluster circle").count() == len(campaign.accounts) + 2
    assert "Caught" in page.locator("#distill-verdict").inner_text()
    assert "hash chain verified" in page.locator("#audit-verdict").inner_text()
    assert "exportgate serve --config" in page.locator("#console-command").inner_text()
    page.screenshot(path=str(Path(demo_result["workdir"]) / "report.png"), full_page=True)
    page.close()
