"""The compliance console over real HTTP: named officers' sign-in, sessions, CSRF, roles,
four-eyes, the pause switch, verdicts, alerts, search, export, charts, break-glass."""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import io
import json
import re

import httpx2 as httpx
import msgspec
import pytest

from exportgate.audit import AuditLog, decision_entry
from exportgate.config import ConfigError, config_from_dict
from exportgate.console.app import Console
from exportgate.console.auth import Throttle
from exportgate.officers import registry
from exportgate.records import (
    Account,
    AlertRequest,
    Decision,
    DecisionContext,
    DecisionInputs,
    DetectorEvidence,
    Licence,
    Location,
    Owner,
    Reason,
    ReviewDetail,
    ReviewRequest,
)
from exportgate.screening.api import ScreeningStatus
from exportgate.server import ServerHandle
from exportgate.store import Store

from .conftest import GatewayFactory
from .test_reviews_over_http import HELD, MATCH

TOKEN = "console-token-for-tests-0123456789"
OFFICERS = {
    "Vic Viewer": "viewer",
    "Ana Analyst": "analyst",
    "Paula Approver": "approver",
    "Quinn Approver": "approver",
    "Ada Admin": "admin",
    "Otto Admin": "admin",
}
MARKUP = Account(
    id="acct-markup",
    kind="organization",
    name="<script>alert('x')</script> Ltd",
    country="RU",
    headquarters="RU",
    kyc_verified=True,
    api_keys=["sk-test-markup"],
    owners=[Owner(name="<b>Owner</b> Holdings", kind="organization", share=0.6, country="CY")],
    licences=[
        Licence(
            id="LIC-<i>1</i>",
            models=["frontier-5"],
            destinations=["RU"],
            valid_until=dt.date(2030, 1, 1),
        )
    ],
)

Console_ = tuple[ServerHandle, Store, dict[str, str]]


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "the page has no CSRF field"
    return found.group(1)


def sign_in(handle: ServerHandle, name: str, password: str) -> tuple[httpx.Client, str]:
    client = httpx.Client(base_url=handle.url, follow_redirects=True, timeout=30)
    login = client.get("/console/login")
    page = client.post(
        "/console/login", data={"name": name, "password": password, "csrf": csrf_of(login.text)}
    )
    assert page.status_code == 200 and "Overview" in page.text, page.text
    assert f"{name} ({OFFICERS[name]})" in page.text
    return client, csrf_of(page.text)


def seed_console(store: Store) -> dict[str, str]:
    store.upsert_account(HELD)
    store.set_screening_status(
        HELD.id, ScreeningStatus(status="possible", matches=[MATCH], lists_version="test-lists")
    )
    store.enqueue_review(
        ReviewRequest(
            account_id=HELD.id,
            code="RESTRICTED_PARTY_POSSIBLE",
            summary="'Orion Shipping Services' resembles 'ORION SHIPPING LLC'",
            detail=msgspec.convert(
                {"status": "possible", "matches": [msgspec.to_builtins(MATCH)]}, ReviewDetail
            ),
        )
    )
    store.save_alert(
        AlertRequest(
            account_id="acct-us",
            code="DISTILLATION_SUSPECTED",
            score=0.93,
            summary="prompts sweep a topic list; templates across 2,000 requests",
            evidence=DetectorEvidence(
                account_id="acct-us", score=0.93, features={"templated": 0.91}
            ),
        )
    )
    return {name: registry.add(store, name, role, "test") for name, role in OFFICERS.items()}


@pytest.fixture
def console(make_gateway: GatewayFactory) -> Console_:
    handle, store = make_gateway(console={"enabled": True})
    return handle, store, seed_console(store)


@pytest.fixture
def console_on_each_store(make_gateway: GatewayFactory, store_url: str) -> Console_:
    """The console on SQLite and on PostgreSQL (searches read JSON columns as text)."""
    handle, store = make_gateway(store_url=store_url, console={"enabled": True})
    return handle, store, seed_console(store)


def as_officer(console: Console_, name: str) -> tuple[httpx.Client, str]:
    handle, _, passwords = console
    return sign_in(handle, name, passwords[name])


def test_pages_need_a_named_officer_and_failures_are_throttled_per_address(
    console: Console_,
) -> None:
    handle, store, passwords = console
    with httpx.Client(base_url=handle.url, timeout=30) as client:
        first = client.get("/console/reviews")
        assert first.status_code == 303 and first.headers["location"] == "/console/login"
        login = client.get("/console/login")
        assert 'name="password"' in login.text and "Break-glass" not in login.text
        csrf = csrf_of(login.text)
        wrong = client.post(
            "/console/login", data={"name": "Ada Admin", "password": "nope", "csrf": csrf}
        )
        assert wrong.status_code == 403 and "do not match an active officer" in wrong.text
        assert "eg_console=" not in wrong.headers.get("set-cookie", "").split(";")[0] or all(
            not c.startswith("eg_console=") for c in wrong.headers.get_list("set-cookie")
        )
        for i in range(4):  # different names, one address
            client.post(
                "/console/login",
                data={
                    "name": f"guess{i}",
                    "password": "x",
                    "csrf": csrf_of(client.get("/console/login").text),
                },
            )
        locked = client.post(
            "/console/login",
            data={
                "name": "Ada Admin",
                "password": passwords["Ada Admin"],
                "csrf": csrf_of(client.get("/console/login").text),
            },
        )
        assert locked.status_code == 429 and locked.headers["retry-after"] == "60"
    failed = [
        r
        for r in AuditLog(store).latest(50)
        if r["kind"] == "officer" and r["decision"] == "sign_in_failed"
    ]
    assert {r["subject"] for r in failed} >= {"Ada Admin", "guess0", "guess3"}
    assert failed[0]["record"]["address"] == "127.0.0.1"


def test_sessions_end_when_idle_and_at_their_lifetime(monkeypatch: pytest.MonkeyPatch) -> None:
    from exportgate.console import auth

    clock = [1000.0]
    monkeypatch.setattr(auth.time, "monotonic", lambda: clock[0])
    sessions = auth.Sessions(ttl_s=3600, idle_s=600)
    sid = sessions.start("Ada Admin", "admin", "password", None)
    clock[0] += 599
    assert sessions.get(sid) is not None  # a click resets the idle clock
    clock[0] += 599
    assert sessions.get(sid) is not None
    clock[0] += 601
    assert sessions.get(sid) is None  # idle too long
    sid = sessions.start("Ada Admin", "admin", "password", None)
    for _ in range(7):
        clock[0] += 500
        assert sessions.get(sid) is not None  # 3,500 s of clicks, never idle
    clock[0] += 500
    assert sessions.get(sid) is None  # past the hour's lifetime


def test_failed_sign_ins_are_counted_per_name_across_addresses() -> None:
    throttle = Throttle(limit=5, window_s=60)
    for i in range(5):
        assert not throttle.blocked("name:ada admin", f"addr:10.0.0.{i}")
        throttle.fail("name:ada admin", f"addr:10.0.0.{i}")
    assert throttle.blocked("name:ada admin", "addr:10.9.9.9")
    assert not throttle.blocked("name:someone else", "addr:10.9.9.9")


def test_sign_in_is_audited_and_rotates_the_session_id(console: Console_) -> None:
    handle, store, passwords = console
    with httpx.Client(base_url=handle.url, timeout=30) as client:
        # an id planted before sign-in (fixation) is never an officer's session
        client.cookies.set("eg_console", "attacker-chosen-id", domain="127.0.0.1", path="/console")
        login = client.get("/console/login")
        reply = client.post(
            "/console/login",
            data={
                "name": "Vic Viewer",
                "password": passwords["Vic Viewer"],
                "csrf": csrf_of(login.text),
            },
        )
        assert reply.status_code == 303
        cookies = [c for c in reply.headers.get_list("set-cookie") if c.startswith("eg_console=")]
        first_sid = cookies[0].split(";")[0].split("=", 1)[1]
        assert first_sid != "attacker-chosen-id" and len(first_sid) >= 40
        for flag in ("HttpOnly", "SameSite=Strict", "Path=/console"):
            assert flag in cookies[0]
        assert "Secure" not in cookies[0]  # plain http here; see the https test below
        client.cookies.clear()
        client.cookies.set("eg_console", first_sid, domain="127.0.0.1", path="/console")
        assert client.get("/console").status_code == 200
        # signing in again (another officer, same browser) issues a new id and ends the old one
        login = client.get("/console/login")
        again = client.post(
            "/console/login",
            data={
                "name": "Ada Admin",
                "password": passwords["Ada Admin"],
                "csrf": csrf_of(login.text),
            },
        )
        second = (
            [c for c in again.headers.get_list("set-cookie") if c.startswith("eg_console=")][0]
            .split(";")[0]
            .split("=", 1)[1]
        )
        assert second != first_sid
    with httpx.Client(base_url=handle.url, timeout=30) as stale:
        stale.cookies.set("eg_console", first_sid, domain="127.0.0.1", path="/console")
        assert stale.get("/console").status_code == 303
    signed = [r for r in AuditLog(store).latest(20) if r["decision"] == "signed_in"]
    assert [r["subject"] for r in signed][:2] == ["Ada Admin", "Vic Viewer"]


def test_the_session_cookie_is_secure_over_https(tmp_path: object) -> None:
    from exportgate.store import open_store

    store = open_store(f"sqlite:///{tmp_path}/https.db")
    password = registry.add(store, "Ada Admin", "admin", "test")
    app = Console(store)

    async def run() -> list[str]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="https://console.test") as c:
            login = await c.get("/console/login")
            assert "Secure" in login.headers["set-cookie"]
            reply = await c.post(
                "/console/login",
                data={"name": "Ada Admin", "password": password, "csrf": csrf_of(login.text)},
            )
            assert reply.status_code == 303
            return [x for x in reply.headers.get_list("set-cookie") if x.startswith("eg_console=")]

    cookie = asyncio.run(run())[0]
    for flag in ("HttpOnly", "SameSite=Strict", "Path=/console", "Secure"):
        assert flag in cookie


def test_the_detector_backlog_is_charted_where_the_gateway_runs_a_detector(
    tmp_path: object,
) -> None:
    from exportgate.store import open_store

    store = open_store(f"sqlite:///{tmp_path}/backlog.db")
    password = registry.add(store, "Vic Viewer", "viewer", "test")
    app = Console(store, backlog=lambda: 42)

    async def run() -> str:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://console.test", follow_redirects=True
        ) as c:
            login = await c.get("/console/login")
            data = {"name": "Vic Viewer", "password": password, "csrf": csrf_of(login.text)}
            return (await c.post("/console/login", data=data)).text

    page = asyncio.run(run())
    assert '<b id="detector-backlog">42</b>' in page
    assert "The review queue is empty." in page and "No decisions in this window." in page


def test_a_form_without_the_session_csrf_token_is_refused(console: Console_) -> None:
    handle, store, _ = console
    client, _ = as_officer(console, "Ada Admin")
    forged = client.post("/console/pause", data={"state": "on", "reason": "y", "csrf": "forged"})
    assert forged.status_code == 403 and "did not come from the console" in forged.text
    assert store.get_switch("international_pause") is False
    with httpx.Client(base_url=handle.url, timeout=30) as other:  # login CSRF
        refused = other.post(
            "/console/login", data={"name": "Ada Admin", "password": "x", "csrf": "made-up"}
        )
        assert refused.status_code == 403 and "did not come from the console" in refused.text


def test_page_headers_are_strict(console: Console_) -> None:
    client, _ = as_officer(console, "Vic Viewer")
    page = client.get("/console")
    assert page.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert "script-src" not in page.headers["content-security-policy"]
    assert page.headers["cache-control"] == "no-store"


def test_roles_are_enforced_on_every_action(console: Console_) -> None:
    handle, store, _ = console
    item_id = store.review_items("open")[0].id
    viewer, csrf = as_officer(console, "Vic Viewer")
    page = viewer.get(f"/console/reviews/{item_id}")
    assert 'id="read-only"' in page.text and 'name="verdict"' not in page.text
    refused = viewer.post(
        f"/console/reviews/{item_id}", data={"verdict": "true_match", "csrf": csrf}
    )
    assert refused.status_code == 403 and "takes the analyst role" in refused.text
    assert (
        viewer.post("/console/pause", data={"state": "on", "reason": "x", "csrf": csrf}).status_code
        == 403
    )
    approver, csrf = as_officer(console, "Paula Approver")
    assert (
        approver.post(
            "/console/pause", data={"state": "on", "reason": "x", "csrf": csrf}
        ).status_code
        == 403
    )
    assert store.get_switch("international_pause") is False
    assert store.review_items("open")[0].id == item_id


def test_four_eyes_on_a_verdict_in_the_console(console_on_each_store: Console_) -> None:
    console = console_on_each_store
    handle, store, _ = console
    item_id = store.review_items("open")[0].id
    analyst, csrf = as_officer(console, "Ana Analyst")
    form = analyst.get(f"/console/reviews/{item_id}").text
    assert 'name="reviewer"' not in form and "Your name" not in form
    assert "Signed by <b>Ana Analyst</b>" in form
    proposed = analyst.post(
        f"/console/reviews/{item_id}",
        data={
            "verdict": "false_positive",
            "note": "Panama company",
            "reviewer": "Someone Else",
            "entry": "us_ofac_sdn:31234",
            "csrf": csrf,
        },
    )
    assert "Verdict proposed" in proposed.text
    assert 'id="proposed-by">Ana Analyst' in proposed.text  # the typed name is ignored
    assert f'action="/console/reviews/{item_id}/approve"' not in proposed.text
    cannot = analyst.post(f"/console/reviews/{item_id}/approve", data={"csrf": csrf})
    assert cannot.status_code == 403
    assert "awaiting approval" in analyst.get("/console/reviews").text
    account = store.get_account(HELD.id)
    assert account is not None and account.overrides == []

    approver, csrf2 = as_officer(console, "Paula Approver")
    page = approver.get(f"/console/reviews/{item_id}")
    assert "proposed by" in page.text and ">Approve</button>" in page.text
    done = approver.post(f"/console/reviews/{item_id}/approve", data={"csrf": csrf2})
    assert "Verdict approved" in done.text and 'id="status">resolved' in done.text
    account = store.get_account(HELD.id)
    assert account is not None and [o.list_id for o in account.overrides] == ["31234"]
    review = [r for r in AuditLog(store).latest(10) if r["kind"] == "review"][0]
    assert review["record"]["reviewer"] == "Ana Analyst"
    assert review["record"]["approver"] == "Paula Approver"


def test_an_approver_cannot_approve_their_own_proposal(console: Console_) -> None:
    handle, store, _ = console
    item = store.enqueue_review(
        ReviewRequest(
            account_id=HELD.id,
            code="RESTRICTED_PARTY",
            summary="Orion is ORION SHIPPING",
            detail=msgspec.convert(
                {"status": "hit", "matches": [msgspec.to_builtins(MATCH)]}, ReviewDetail
            ),
        )
    )
    approver, csrf = as_officer(console, "Paula Approver")
    proposed = approver.post(
        f"/console/reviews/{item}", data={"verdict": "false_positive", "csrf": csrf}
    )
    assert "Verdict proposed" in proposed.text and 'id="own-proposal"' in proposed.text
    own = approver.post(f"/console/reviews/{item}/approve", data={"csrf": csrf})
    assert "a different approver must approve it" in own.text
    assert (stored := store.review_item(item)) is not None and stored.status == "open"
    withdrawn = approver.post(
        f"/console/reviews/{item}/reject", data={"csrf": csrf, "note": "typo"}
    )
    assert "withdrawn" in withdrawn.text and 'name="verdict"' in withdrawn.text


def test_the_pause_takes_two_officers_to_turn_off(console: Console_) -> None:
    handle, store, _ = console
    admin, csrf = as_officer(console, "Ada Admin")
    page = admin.post(
        "/console/pause",
        data={"state": "on", "reason": "new export rule", "by": "Forged Name", "csrf": csrf},
    )
    assert page.status_code == 200 and "pause is now ON" in page.text
    assert 'id="pause-state"><span class="pill on-pill">ON' in page.text
    assert store.get_switch("international_pause") is True
    last = AuditLog(store).latest(1)[0]
    assert last["kind"] == "switch" and last["record"]["by"] == "Ada Admin (console)"
    proposed = admin.post(
        "/console/pause", data={"state": "off", "reason": "rule withdrawn", "csrf": csrf}
    )
    assert "Change #" in proposed.text and store.get_switch("international_pause") is True
    change_id = int(re.search(r"Change #(\d+) proposed", proposed.text).group(1))  # type: ignore[union-attr]
    own = admin.post(f"/console/changes/{change_id}/approve", data={"csrf": csrf})
    assert "a different officer must approve it" in own.text
    assert store.get_switch("international_pause") is True
    analyst, acsrf = as_officer(console, "Ana Analyst")
    assert (
        analyst.post(f"/console/changes/{change_id}/approve", data={"csrf": acsrf}).status_code
        == 403
    )
    approver, pcsrf = as_officer(console, "Paula Approver")
    done = approver.post(f"/console/changes/{change_id}/approve", data={"csrf": pcsrf})
    assert "approved and applied" in done.text
    assert store.get_switch("international_pause") is False
    flip = [r for r in AuditLog(store).latest(5) if r["kind"] == "switch"][0]
    assert flip["record"]["by"] == "Ada Admin; approved by Paula Approver"
    assert flip["record"]["reason"] == "rule withdrawn"
    missing = admin.post("/console/pause", data={"state": "on", "reason": "", "csrf": csrf})
    assert missing.status_code == 400 and "a reason" in missing.text


def test_a_disabled_officer_is_signed_out_at_the_next_click(console: Console_) -> None:
    handle, store, _ = console
    analyst, _ = as_officer(console, "Ana Analyst")
    registry.disable(store, "Ana Analyst", "test")
    assert analyst.get("/console/reviews").url.path == "/console/login"


def test_markup_in_names_and_notes_is_shown_as_text(console: Console_) -> None:
    handle, store, _ = console
    store.upsert_account(MARKUP)
    item = store.enqueue_review(
        ReviewRequest(
            account_id=MARKUP.id, code="KYC_REQUIRED", summary=f"{MARKUP.name} <img src=x>"
        )
    )
    analyst, csrf = as_officer(console, "Ana Analyst")
    analyst.post(
        f"/console/reviews/{item}",
        data={"verdict": "cleared", "note": "<script>bad()</script>", "csrf": csrf},
    )
    pages = [
        analyst.get(f"/console/reviews/{item}").text,
        analyst.get("/console/accounts", params={"q": "script"}).text,
        analyst.get(f"/console/accounts/{MARKUP.id}").text,
    ]
    for html in pages:
        assert "<script>" not in html and "<b>Owner" not in html and "<img" not in html
        assert "&lt;script&gt;" in html
    assert (
        "&lt;b&gt;Owner&lt;/b&gt; Holdings" in pages[2] and "LIC-&lt;i&gt;1&lt;/i&gt;" in pages[2]
    )


def test_account_search_and_detail(console_on_each_store: Console_) -> None:
    console = console_on_each_store
    handle, store, _ = console
    store.upsert_account(MARKUP)
    viewer, _ = as_officer(console, "Vic Viewer")

    def found(**params: str) -> list[str]:
        html = viewer.get("/console/accounts", params=params).text
        return re.findall(r'<a href="/console/accounts/([^"]+)">', html)

    assert found(q="orion") == ["acct-held"]
    assert found(q="acct-g") == ["acct-gb"]
    assert found(q="sk-test-ir") == ["acct-ir"]  # a whole API key finds its account
    from exportgate.store import key_id_for

    assert found(q=key_id_for("sk-test-ir")[:12]) == ["acct-ir"]  # a key id's prefix
    assert found(q="key-%") == []  # wildcards are taken literally
    assert found(country="ru") == ["acct-markup"]
    assert found(status="possible") == ["acct-held"]
    assert found(q="nothing-like-this") == []
    detail = viewer.get("/console/accounts/acct-held").text
    assert "us_ofac_sdn #31234" in detail and "ORION SHIPPING LLC" in detail
    assert 'id="screening">possible against lists test-lists' in detail
    assert "RESTRICTED_PARTY_POSSIBLE" in detail  # its review item
    assert viewer.get("/console/accounts/no-such-account").status_code == 404
    odd = Account(id="org/EU 7%", kind="organization", name="Slash & Percent GmbH", country="DE")
    store.upsert_account(odd)
    listing = viewer.get("/console/accounts", params={"q": "Slash"}).text
    assert '<a href="/console/accounts/org%2FEU%207%25">' in listing
    assert "Slash &amp; Percent GmbH" in viewer.get("/console/accounts/org%2FEU%207%25").text


def _decisions(store: Store) -> None:
    now = dt.datetime.now(dt.UTC)
    entries = []
    for i, (account, verdict, code, country) in enumerate(
        [
            ("acct-ir", "deny", "SANCTIONED_DESTINATION", "IR"),
            ("acct-ir", "deny", "SANCTIONED_DESTINATION", "IR"),
            ("acct-gb", "deny", "LICENCE_REQUIRED", "CN"),
            ("acct-us", "allow", "ALLOWED", "US"),
            ("acct-held", "review", "RESTRICTED_PARTY_POSSIBLE", "AE"),
        ]
    ):
        decision = Decision(
            decision=verdict,  # type: ignore[arg-type]
            reasons=[Reason(code=code, message=f"because {code}")],
            obligations=[],
            policy_version="p1",
        )
        entries.append(
            decision_entry(
                account,
                DecisionInputs(request_id=f"r{i}", account_id=account, model="frontier-5"),
                decision,
                extra=DecisionContext(location=Location(country=country), model="frontier-5"),
                ts=now - dt.timedelta(hours=i),
            )
        )
    AuditLog(store).append(entries)


def test_audit_search_and_streamed_exports(console_on_each_store: Console_) -> None:
    console = console_on_each_store
    handle, store, _ = console
    _decisions(store)
    admin, csrf = as_officer(console, "Ada Admin")
    admin.post("/console/pause", data={"state": "on", "reason": '=HYPERLINK("x")', "csrf": csrf})
    viewer, _ = as_officer(console, "Vic Viewer")
    by_account = viewer.get("/console/audit", params={"account": "acct-ir"}).text
    assert by_account.count("SANCTIONED_DESTINATION") >= 2 and "acct-gb" not in by_account
    by_reason = viewer.get("/console/audit", params={"reason": "licence_required"}).text
    assert "acct-gb" in by_reason and "acct-ir</td>" not in by_reason
    by_officer = viewer.get("/console/audit", params={"officer": "Ada Admin"}).text
    assert "international_pause" in by_officer and "acct-ir" not in by_officer
    today = dt.datetime.now(dt.UTC).date().isoformat()
    dated = viewer.get("/console/audit", params={"since": "2000-01-01", "until": "2000-01-02"})
    assert "No audit entries match" in dated.text
    assert "international_pause" in viewer.get("/console/audit", params={"since": today}).text
    bad = viewer.get("/console/audit", params={"since": "yesterday"})
    assert "is not a date" in bad.text

    exported = viewer.get("/console/audit/export.csv", params={"account": "acct-ir"})
    assert exported.headers["content-type"].startswith("text/csv")
    assert "attachment" in exported.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    assert [r["subject"] for r in rows] == ["acct-ir", "acct-ir"]
    assert rows[0]["reasons"] == "SANCTIONED_DESTINATION"
    lines = viewer.get("/console/audit/export.jsonl", params={"officer": "Ada Admin"})
    records = [json.loads(line) for line in lines.text.splitlines()]
    assert {r["kind"] for r in records} == {"officer", "switch"}  # her sign-ins and her flip
    switch_flip = [r for r in records if r["kind"] == "switch"]
    assert len(switch_flip) == 1 and switch_flip[0]["officer"] == "Ada Admin (console)"
    everything = list(csv.DictReader(io.StringIO(viewer.get("/console/audit/export.csv").text)))
    switch = [r for r in everything if r["kind"] == "switch"][0]
    assert '"reason":"=HYPERLINK' in switch["record"] or switch["record"].startswith("'")
    assert all(not (v or "").startswith("=") for r in everything for v in r.values())
    exports = [r for r in AuditLog(store).latest(10) if r["kind"] == "console"]
    assert exports[0]["record"]["officer"] == "Vic Viewer"


def test_overview_charts_are_svg_drawn_on_the_server(console: Console_) -> None:
    handle, store, _ = console
    _decisions(store)
    viewer, _ = as_officer(console, "Vic Viewer")
    page = viewer.get("/console").text
    for chart in ("chart-outcomes", "chart-reasons", "chart-countries", "chart-queue-age"):
        assert f'<svg id="{chart}"' in page
    assert "<script" not in page
    countries = page.split('<svg id="chart-countries"')[1].split("</svg>")[0]
    assert "<title>IR: 2</title>" in countries and "<title>CN: 1</title>" in countries
    assert "US" not in countries  # allowed requests are not refusals
    assert "SANCTIONED_DESTINATION (2)" in page  # the reason-code legend
    assert "<title>under 1 h: 1</title>" in page  # the open review item
    assert 'id="detector-backlog"' not in page  # no detector on this gateway


def test_alerts_and_audit_verify(console: Console_) -> None:
    viewer, csrf = as_officer(console, "Vic Viewer")
    alerts = viewer.get("/console/alerts")
    assert "templates across 2,000 requests" in alerts.text
    alert_id = re.search(r'href="/console/alerts/(\d+)"', alerts.text)
    assert alert_id is not None
    detail = viewer.get(f"/console/alerts/{alert_id.group(1)}")
    assert "&quot;templated&quot;: 0.91" in detail.text
    verified = viewer.post("/console/audit/verify", data={"csrf": csrf})
    assert "audit log intact" in verified.text
    assert viewer.get("/console/alerts/999999").status_code == 404


def test_bypass_alerts_are_listed_beside_distillation_alerts_and_link_to_their_report(
    console: Console_,
) -> None:
    from tests.bypass.test_reports import usage_records

    _, store, _ = console
    store.write_usage(usage_records())
    store.save_alert(
        AlertRequest(
            account_id="acct-bad",
            code="BYPASS_ACCOUNT_HOLD",
            score=0.97,
            summary="four refused attempts to get weapons instructions past the safeguards",
            evidence=DetectorEvidence(
                account_id="acct-bad", score=0.97, code="BYPASS_ACCOUNT_HOLD"
            ),
        )
    )
    viewer, _ = as_officer(console, "Vic Viewer")
    listed = viewer.get("/console/alerts").text
    assert "Safeguard bypass" in listed and "Distillation" in listed
    assert "templates across 2,000 requests" in listed  # the distillation alert is still there
    row = re.search(r'href="/console/alerts/(\d+)">#\d+</a></td><td>Safeguard bypass', listed)
    assert row is not None
    detail = viewer.get(f"/console/alerts/{row.group(1)}").text
    assert "exportgate report bypass acct-bad --out DIR" in detail
    report = viewer.get(f"/console/alerts/{row.group(1)}/report")
    assert report.status_code == 200
    assert "Safeguard-bypass activity: account acct-bad" in report.text
    assert "<td>b3</td>" in report.text  # the attempts' timeline
    assert "pipe bomb" not in report.text  # the console shows prompt hashes only


def test_break_glass_is_off_by_default_and_audited_when_on(
    make_gateway: GatewayFactory, console: Console_
) -> None:
    handle, _, _ = console
    with httpx.Client(base_url=handle.url, timeout=30) as client:
        csrf = csrf_of(client.get("/console/login").text)
        assert (
            client.post(
                "/console/login/break-glass", data={"token": TOKEN, "csrf": csrf}
            ).status_code
            == 404
        )
    # the older key ``console.token`` now means the break-glass token
    glass, store = make_gateway(console={"token": TOKEN})
    seed_console(store)
    with httpx.Client(base_url=glass.url, timeout=30, follow_redirects=True) as client:
        login = client.get("/console/login")
        assert "Break-glass" in login.text
        wrong = client.post(
            "/console/login/break-glass", data={"token": "x" * 20, "csrf": csrf_of(login.text)}
        )
        assert wrong.status_code == 403
        page = client.post(
            "/console/login/break-glass",
            data={"token": TOKEN, "csrf": csrf_of(client.get("/console/login").text)},
        )
        assert "break-glass (admin, break-glass)" in page.text
        csrf = csrf_of(page.text)
        item_id = store.review_items("open")[0].id
        refused = client.post(
            f"/console/reviews/{item_id}", data={"verdict": "true_match", "csrf": csrf}
        )
        assert refused.status_code == 403 and "named officer" in refused.text
        on = client.post(
            "/console/pause", data={"state": "on", "reason": "IdP down, rule change", "csrf": csrf}
        )
        assert "pause is now ON" in on.text and store.get_switch("international_pause")
    events = [
        (r["decision"], r["record"].get("path"))
        for r in AuditLog(store).latest(30)
        if r["kind"] == "console"
    ]
    assert ("break_glass_fail", None) in events and ("break_glass", None) in events
    assert ("break_glass_use", "/console/pause") in events
    assert ("break_glass_use", f"/console/reviews/{item_id}") in events
    flip = [r for r in AuditLog(store).latest(30) if r["kind"] == "switch"][0]
    assert flip["record"]["by"] == "break-glass (console)"


def test_without_any_sign_in_configured_there_is_no_console(
    gateway: tuple[ServerHandle, Store],
) -> None:
    handle, _ = gateway
    assert httpx.get(handle.url + "/console", timeout=20).status_code == 404


def test_short_tokens_and_bad_oidc_settings_are_refused() -> None:
    base = {
        "upstreams": [{"name": "u", "base_url": "http://127.0.0.1:9/v1"}],
        "models": [{"id": "m", "upstream": "u"}],
    }
    with pytest.raises(ConfigError, match="at least 16 characters"):
        config_from_dict({**base, "console": {"token": "short"}})
    with pytest.raises(ConfigError, match="at least 16 characters"):
        config_from_dict({**base, "console": {"break_glass_token": "short"}})
    with pytest.raises(ConfigError, match="unknown role 'boss'"):
        config_from_dict(
            {
                **base,
                "console": {
                    "oidc": {
                        "issuer": "https://idp.example",
                        "client_id": "c",
                        "redirect_uri": "https://gw/console/oidc/callback",
                        "allow": {"a@b": "boss"},
                    }
                },
            }
        )


def test_admins_manage_officers_in_the_console(console: Console_) -> None:
    handle, store, _ = console
    approver, pcsrf = as_officer(console, "Paula Approver")
    assert approver.get("/console/officers").status_code == 403
    assert "/console/officers" not in approver.get("/console").text
    refused = approver.post(
        "/console/officers/add", data={"name": "X", "role": "admin", "csrf": pcsrf}
    )
    assert refused.status_code == 403 and registry.get(store, "X") is None
    admin, csrf = as_officer(console, "Ada Admin")
    added = admin.post(
        "/console/officers/add", data={"name": "Nia New", "role": "analyst", "csrf": csrf}
    )
    password = re.search(r"shown once; hand it over in person\): (\S+)</div>", added.text)
    assert password is not None
    OFFICERS["Nia New"] = "analyst"
    try:
        newcomer, _ = sign_in(handle, "Nia New", password.group(1))
        self_disable = admin.post(
            "/console/officers/disable", data={"name": "Ada Admin", "csrf": csrf}
        )
        assert "cannot disable or reset your own" in self_disable.text
        admin.post("/console/officers/disable", data={"name": "Nia New", "csrf": csrf})
        assert newcomer.get("/console").url.path == "/console/login"
        officer = registry.get(store, "Nia New")
        assert officer is not None and officer.disabled
    finally:
        del OFFICERS["Nia New"]
    trail = [
        (r["decision"], r["record"]["by"])
        for r in AuditLog(store).latest(30)
        if r["kind"] == "officer"
        and r["subject"] == "Nia New"
        and r["decision"] in ("added", "disabled")
    ]
    assert trail == [("disabled", "console:Ada Admin"), ("added", "console:Ada Admin")]


def test_other_kinds_of_change_are_approved_on_the_overview(console: Console_) -> None:
    from exportgate.officers import changes
    from exportgate.officers.model_orders import ModelPauseOff

    _, store, _ = console
    applied: list[str] = []
    changes.register(
        changes.ChangeKind(
            name="test_model_unpause",
            propose_role="admin",
            approve_role="approver",
            payload=ModelPauseOff,
            apply=lambda _store, done, _payload: applied.append(done.approver),
            describe=lambda payload: f"resume model {payload.model}",
        )
    )
    change = changes.propose(
        store, "test_model_unpause", ModelPauseOff(model="<frontier-5>"), "Ada Admin", "vetted"
    )
    admin, _ = as_officer(console, "Ada Admin")
    mine = admin.get("/console").text.split('id="other-changes"')[1]
    assert "resume model &lt;frontier-5&gt;" in mine and ">Approve</button>" not in mine
    approver, csrf = as_officer(console, "Quinn Approver")
    assert ">Approve</button>" in approver.get("/console").text.split('id="other-changes"')[1]
    done = approver.post(f"/console/changes/{change.id}/approve", data={"csrf": csrf})
    assert "approved and applied: resume model &lt;frontier-5&gt;" in done.text
    assert applied == ["Quinn Approver"] and 'id="other-changes"' not in done.text


def test_a_refused_request_through_the_gateway_reaches_the_charts(console: Console_) -> None:
    from .test_reviews_over_http import wait_until

    handle, store, _ = console
    refused = httpx.post(
        handle.url + "/v1/chat/completions",
        headers={"authorization": "Bearer sk-test-ir"},
        json={"model": "frontier-5", "messages": [{"role": "user", "content": "hi"}]},
        timeout=30,
    )
    assert refused.status_code == 403, refused.text

    def decided() -> bool:
        return any(r["kind"] == "decision" for r in AuditLog(store).latest(5))

    wait_until(decided, "the gateway never wrote the decision's audit record")
    viewer, _ = as_officer(console, "Vic Viewer")
    page = viewer.get("/console").text
    countries = page.split('<svg id="chart-countries"')[1].split("</svg>")[0]
    assert "<title>US: 1</title>" in countries  # the request came from a US address
    outcomes = page.split('<svg id="chart-outcomes"')[1].split("</svg>")[0]
    assert "deny (1)" in outcomes
