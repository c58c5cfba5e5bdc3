"""The compliance console in a real browser (Chromium driven by Playwright): sign in, open the held
account's review item, record a verdict, flip the pause switch.

Needs Playwright (dev extra) and a Chromium binary (Debian's ``chromium`` package; set
EXPORTGATE_CHROMIUM to use another). Without them the test is skipped with the reason, unless
EXPORTGATE_REQUIRE_BROWSER is set (CI sets it and installs Chromium), which makes it a failure.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import Any

import pytest

from exportgate.gateway.server import ServerHandle
from exportgate.store import Store

from .test_console import TOKEN, console  # noqa: F401 - the fixture is used by name

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")


def unavailable(why: str) -> None:
    if os.environ.get("EXPORTGATE_REQUIRE_BROWSER"):
        pytest.fail(f"no browser for the console test: {why} (EXPORTGATE_REQUIRE_BROWSER is set)")
    pytest.skip(f"no browser for the console test: {why}")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("the playwright package is not installed (pip install -e '.[dev]')")
    executable = os.environ.get("EXPORTGATE_CHROMIUM") or next(
        (found for name in CHROMIUM_NAMES if (found := shutil.which(name))), None)
    if executable is None:
        unavailable("no Chromium binary on PATH (apt-get install chromium)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable,
                                              args=["--no-sandbox", "--disable-gpu"])
        yield launched
        launched.close()


def test_a_compliance_officer_works_the_queue_in_a_browser(
        browser: Any, console: tuple[ServerHandle, Store]) -> None:  # noqa: F811
    handle, store = console
    page = browser.new_page()
    page.goto(handle.url + "/console/reviews")
    assert page.url.endswith("/console/login")
    page.fill("input[name=token]", TOKEN)
    page.click("button:has-text('Sign in')")
    page.wait_for_url("**/console")
    assert page.inner_text("#open-reviews") == "1"

    page.click("header a:has-text('Review queue')")
    page.click("#reviews a")
    assert "ORION SHIPPING LLC" in page.inner_text("#entries")
    page.check("input[value=false_positive]")
    page.fill("input[name=reviewer]", "J. Okafor")
    page.fill("textarea[name=note]", "Different company: registered in Panama")
    page.click("button:has-text('Record verdict')")
    page.wait_for_selector("#resolution")
    assert page.inner_text("#status") == "resolved"
    assert "Verdict recorded" in page.inner_text("[role=status]")
    account = store.get_account("acct-held")
    assert account is not None and [o.verdict for o in account.overrides] == ["false_positive"]

    page.click("header a:has-text('Overview')")
    page.fill("input[name=by]", "M. Reyes")
    page.fill("input[name=reason]", "drill")
    page.click("button:has-text('Pause international access')")
    page.wait_for_selector("text=pause is now ON")
    assert store.get_switch("international_pause") is True
    page.close()
