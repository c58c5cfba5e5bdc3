"""The compliance console in a real browser (Chromium driven by Playwright): named officers sign
in, the role boundaries hold, a verdict and the pause take two officers, search and export work.

Needs Playwright (dev extra) and a Chromium binary (Debian's ``chromium`` package; set
EXPORTGATE_CHROMIUM to use another). Without them the test is skipped with the reason, unless
EXPORTGATE_REQUIRE_BROWSER is set (CI sets it and installs Chromium), which makes it a failure.
"""

from __future__ import annotations

import csv
import io
from typing import Any

import msgspec

from exportgate.audit import AuditLog
from exportgate.records import ReviewDetail, ReviewRequest

from .test_console import Console_, _decisions, console  # noqa: F401 - fixture used by name


def signed_in(browser: Any, console: Console_, name: str) -> Any:  # noqa: F811
    """A fresh browser context (its own cookies) with ``name`` signed in."""
    handle, _, passwords = console
    page = browser.new_context(accept_downloads=True).new_page()
    page.goto(handle.url + "/console/reviews")
    assert page.url.endswith("/console/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", passwords[name])
    page.click("button:has-text('Sign in')")
    page.wait_for_url("**/console")
    assert name in page.inner_text("#who")
    return page


def test_sign_in_refuses_a_wrong_password(browser: Any, console: Console_) -> None:  # noqa: F811
    handle, _, _ = console
    page = browser.new_context().new_page()
    page.goto(handle.url + "/console/login")
    page.fill("input[name=name]", "Ada Admin")
    page.fill("input[name=password]", "not her password")
    page.click("button:has-text('Sign in')")
    assert "do not match an active officer" in page.inner_text("[role=alert]")
    assert page.url.endswith("/console/login")
    page.context.close()


def test_four_eyes_verdict_and_role_boundaries_in_a_browser(
    browser: Any,
    console: Console_,  # noqa: F811
) -> None:
    handle, store, _ = console
    item_id = store.review_items("open")[0].id
    viewer = signed_in(browser, console, "Vic Viewer")
    viewer.goto(f"{handle.url}/console/reviews/{item_id}")
    assert viewer.is_visible("#read-only") and not viewer.is_visible("input[name=verdict]")
    viewer.context.close()

    analyst = signed_in(browser, console, "Ana Analyst")
    assert analyst.inner_text("#open-reviews") == "1"
    analyst.click("header a:has-text('Review queue')")
    analyst.click("#reviews a")
    assert "ORION SHIPPING LLC" in analyst.inner_text("#entries")
    assert analyst.locator("input[name=reviewer]").count() == 0  # no "Your name" box
    analyst.check("input[value=false_positive]")
    analyst.fill("textarea[name=note]", "Different company: registered in Panama")
    analyst.click("button:has-text('Record verdict')")
    analyst.wait_for_selector("#proposal")
    assert analyst.inner_text("#proposed-by") == "Ana Analyst"
    assert analyst.locator("button:has-text('Approve')").count() == 0  # analysts cannot
    assert analyst.inner_text("#status") == "open"
    account = store.get_account("acct-held")
    assert account is not None and account.overrides == []
    analyst.context.close()

    approver = signed_in(browser, console, "Paula Approver")
    approver.goto(f"{handle.url}/console/reviews/{item_id}")
    assert "proposed by Ana Analyst" in approver.inner_text("#proposal-text")
    approver.click("button:has-text('Approve')")
    approver.wait_for_selector("#resolution")
    assert approver.inner_text("#status") == "resolved"
    assert "approved by Paula Approver" in approver.inner_text("#resolution")
    account = store.get_account("acct-held")
    assert account is not None and [o.verdict for o in account.overrides] == ["false_positive"]

    # an approver's own four-eyes proposal waits for someone else

    from .test_reviews_over_http import MATCH

    own = store.enqueue_review(
        ReviewRequest(
            account_id="acct-held",
            code="RESTRICTED_PARTY",
            summary="Orion is ORION SHIPPING",
            detail=msgspec.convert(
                {"status": "hit", "matches": [msgspec.to_builtins(MATCH)]}, ReviewDetail
            ),
        )
    )
    approver.goto(f"{handle.url}/console/reviews/{own}")
    approver.check("input[value=false_positive]")
    approver.click("button:has-text('Record verdict')")
    approver.wait_for_selector("#own-proposal")
    assert approver.locator("button:has-text('Approve')").count() == 0
    approver.context.close()
    assert (stored := store.review_item(own)) is not None and stored.status == "open"


def test_the_pause_takes_two_admins_signatures_in_a_browser(
    browser: Any,
    console: Console_,  # noqa: F811
) -> None:
    _, store, _ = console
    admin = signed_in(browser, console, "Ada Admin")
    admin.fill("input[name=reason]", "drill")
    admin.click("button:has-text('Pause international access')")
    admin.wait_for_selector("text=pause is now ON")
    assert store.get_switch("international_pause") is True
    admin.fill("input[name=reason]", "drill over")
    admin.click("button:has-text('Propose resuming international access')")
    admin.wait_for_selector("text=awaiting approval")
    assert admin.locator("button:has-text('Approve')").count() == 0  # not her own
    assert store.get_switch("international_pause") is True
    admin.context.close()

    other = signed_in(browser, console, "Quinn Approver")
    other.click("button:has-text('Approve')")
    other.wait_for_selector("text=approved and applied")
    assert "off" in other.inner_text("#pause-state")
    assert store.get_switch("international_pause") is False
    other.context.close()


def test_search_and_export_in_a_browser(browser: Any, console: Console_) -> None:  # noqa: F811
    handle, store, _ = console
    _decisions(store)
    page = signed_in(browser, console, "Vic Viewer")
    assert page.locator("#chart-outcomes rect").count() > 0
    page.click("header a:has-text('Accounts')")
    page.fill("input[name=q]", "Persepolis")
    page.click("#account-search button")
    page.click("#accounts a:has-text('acct-ir')")
    assert "Persepolis Trading Co" in page.inner_text("#facts")
    page.click("text=Search all of this account's decisions")
    assert page.locator("#audit tr").count() == 3  # header and two decisions
    with page.expect_download() as download:
        page.click("#export-csv")
    path = download.value.path()
    with open(path, encoding="utf-8") as exported:
        rows = list(csv.DictReader(io.StringIO(exported.read())))
    assert [r["subject"] for r in rows] == ["acct-ir", "acct-ir"]
    assert {r["kind"] for r in rows} == {"decision"}
    page.context.close()
    exported_by = [r for r in AuditLog(store).latest(5) if r["kind"] == "console"]
    assert exported_by[0]["record"]["officer"] == "Vic Viewer"


def test_an_alerts_evidence_report_is_styled_under_the_consoles_policy(
    browser: Any,
    console: Console_,  # noqa: F811
) -> None:
    """The report a bypass alert links to carries its stylesheet inline (the package opens
    anywhere); the console's content-security policy allows that stylesheet by its hash and
    nothing else, so the page renders styled and no inline style is refused."""
    from exportgate.records import AlertRequest, DetectorEvidence
    from tests.bypass.test_reports import usage_records

    handle, store, _ = console
    store.write_usage(usage_records())
    alert_id = store.save_alert(
        AlertRequest(
            account_id="acct-bad",
            code="BYPASS_ACCOUNT_HOLD",
            score=0.97,
            summary="four refused attempts",
            evidence=DetectorEvidence(
                account_id="acct-bad", score=0.97, code="BYPASS_ACCOUNT_HOLD"
            ),
        )
    )
    page = signed_in(browser, console, "Vic Viewer")
    refused: list[str] = []
    page.on(
        "console",
        lambda msg: refused.append(msg.text) if "Content Security Policy" in msg.text else None,
    )
    page.goto(f"{handle.url}/console/alerts/{alert_id}/report")
    assert "Safeguard-bypass activity: account acct-bad" in page.inner_text("h1")
    collapse = page.evaluate("getComputedStyle(document.querySelector('table')).borderCollapse")
    assert collapse == "collapse", "the report's own stylesheet applies"
    assert refused == [], f"the browser refused part of the page: {refused}"
    page.context.close()
