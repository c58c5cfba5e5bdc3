"""The compliance console over real HTTP: sign-in, CSRF, the pause switch, verdicts, alerts."""

from __future__ import annotations

import re

import httpx2 as httpx
import msgspec
import pytest

from exportgate.audit import AuditLog
from exportgate.gateway.config import ConfigError, config_from_dict
from exportgate.gateway.server import ServerHandle
from exportgate.screening.api import ScreeningStatus
from exportgate.store import Store

from .conftest import GatewayFactory
from .test_reviews_over_http import HELD, MATCH

TOKEN = "console-token-for-tests-0123456789"


def signed_in(handle: ServerHandle) -> tuple[httpx.Client, str]:
    client = httpx.Client(base_url=handle.url, follow_redirects=True, timeout=20)
    page = client.post("/console/login", data={"token": TOKEN})
    assert page.status_code == 200 and "Overview" in page.text
    return client, csrf_of(page.text)


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "the page has no CSRF field"
    return found.group(1)


@pytest.fixture
def console(make_gateway: GatewayFactory) -> tuple[ServerHandle, Store]:
    handle, store = make_gateway(console={"token": TOKEN})
    store.upsert_account(HELD)
    store.set_screening_status(HELD.id, ScreeningStatus(status="possible", matches=[MATCH],
                                                        lists_version="test-lists"))
    store.enqueue_review(HELD.id, "RESTRICTED_PARTY_POSSIBLE",
                         "'Orion Shipping Services' resembles 'ORION SHIPPING LLC'",
                         {"status": "possible", "matches": [msgspec.to_builtins(MATCH)]})
    store.save_alert("acct-us", "DISTILLATION_SUSPECTED", 0.93,
                     "prompts sweep a topic list; templates across 2,000 requests",
                     {"features": {"templated": 0.91}})
    return handle, store


def test_pages_need_a_session_and_the_right_token(console: tuple[ServerHandle, Store]) -> None:
    handle, _ = console
    with httpx.Client(base_url=handle.url, timeout=20) as client:
        first = client.get("/console/reviews")
        assert first.status_code == 303 and first.headers["location"] == "/console/login"
        wrong = client.post("/console/login", data={"token": "not-the-token"})
        assert wrong.status_code == 403 and "not the console token" in wrong.text
        assert "set-cookie" not in wrong.headers
        for _ in range(4):
            client.post("/console/login", data={"token": "still-wrong"})
        locked = client.post("/console/login", data={"token": TOKEN})
        assert locked.status_code == 429 and locked.headers["retry-after"] == "60"


def test_sign_in_sets_a_strict_cookie_and_safe_headers(console: tuple[ServerHandle, Store]
                                                       ) -> None:
    handle, _ = console
    with httpx.Client(base_url=handle.url, timeout=20) as client:
        reply = client.post("/console/login", data={"token": TOKEN})
        assert reply.status_code == 303
        cookie = reply.headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/console" in cookie
        page = client.get("/console")
        assert page.headers["x-frame-options"] == "DENY"
        assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
        assert page.headers["cache-control"] == "no-store"


def test_a_form_without_the_session_csrf_token_is_refused(console: tuple[ServerHandle, Store]
                                                          ) -> None:
    handle, store = console
    client, _ = signed_in(handle)
    forged = client.post("/console/pause", data={"state": "on", "by": "x", "reason": "y",
                                                 "csrf": "forged"})
    assert forged.status_code == 403 and "did not come from the console" in forged.text
    assert store.get_switch("international_pause") is False


def test_the_pause_switch_flips_from_the_console_and_is_audited(
        console: tuple[ServerHandle, Store]) -> None:
    handle, store = console
    client, csrf = signed_in(handle)
    page = client.post("/console/pause", data={"state": "on", "by": "M. Reyes",
                                               "reason": "new export rule", "csrf": csrf})
    assert page.status_code == 200 and "pause is now ON" in page.text
    assert 'id="pause-state"><span class="pill on-pill">ON' in page.text
    assert store.get_switch("international_pause") is True
    last = AuditLog(store).latest(1)[0]
    assert last["kind"] == "switch" and last["record"]["by"] == "M. Reyes (console)"
    missing = client.post("/console/pause", data={"state": "off", "by": "", "reason": "",
                                                  "csrf": csrf})
    assert missing.status_code == 400 and "your name and a reason" in missing.text


def test_a_verdict_from_the_console_resolves_the_item(console: tuple[ServerHandle, Store]
                                                      ) -> None:
    handle, store = console
    client, csrf = signed_in(handle)
    listing = client.get("/console/reviews")
    item_id = store.review_items("open")[0]["id"]
    assert f'href="/console/reviews/{item_id}"' in listing.text
    detail = client.get(f"/console/reviews/{item_id}")
    assert "us_ofac_sdn #31234" in detail.text and 'value="false_positive"' in detail.text
    no_name = client.post(f"/console/reviews/{item_id}", data={
        "verdict": "false_positive", "reviewer": "", "csrf": csrf})
    assert "needs the reviewer&#x27;s name" in no_name.text
    done = client.post(f"/console/reviews/{item_id}", data={
        "verdict": "false_positive", "reviewer": "J. Okafor", "note": "Panama company",
        "entry": "us_ofac_sdn:31234", "csrf": csrf})
    assert "Verdict recorded" in done.text and 'id="status">resolved' in done.text
    account = store.get_account(HELD.id)
    assert account is not None and [o.list_id for o in account.overrides] == ["31234"]
    assert "No open review items" in client.get("/console/reviews").text


def test_alerts_and_audit_pages_show_their_evidence(console: tuple[ServerHandle, Store]) -> None:
    handle, _ = console
    client, csrf = signed_in(handle)
    alerts = client.get("/console/alerts")
    assert "templates across 2,000 requests" in alerts.text
    alert_id = re.search(r'href="/console/alerts/(\d+)"', alerts.text)
    assert alert_id is not None
    detail = client.get(f"/console/alerts/{alert_id.group(1)}")
    assert "&quot;templated&quot;: 0.91" in detail.text
    verified = client.post("/console/audit/verify", data={"csrf": csrf})
    assert "audit log intact" in verified.text
    assert client.get("/console/alerts/999999").status_code == 404


def test_without_a_token_there_is_no_console(gateway: tuple[ServerHandle, Store]) -> None:
    handle, _ = gateway
    assert httpx.get(handle.url + "/console", timeout=20).status_code == 404


def test_a_short_console_token_is_refused() -> None:
    with pytest.raises(ConfigError, match="at least 16 characters"):
        config_from_dict({"upstreams": [{"name": "u", "base_url": "http://127.0.0.1:9/v1"}],
                          "models": [{"id": "m", "upstream": "u"}],
                          "console": {"token": "short"}})
