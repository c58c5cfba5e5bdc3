"""OIDC sign-in to the console against a local OpenID Connect provider (a real HTTP server issuing
signed ID tokens; see oidc_provider.py): code flow with PKCE, roles from an allow-list or a
claim, and the refusals (unmapped person, forged signature, wrong nonce, replayed or
cross-browser callback)."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlparse

import httpx2 as httpx
import pytest

from exportgate.audit import AuditLog
from exportgate.console.oidc import OidcError, b64url, verify_jwt
from exportgate.officers import registry
from exportgate.server import ServerHandle
from exportgate.store import Store

from .conftest import GatewayFactory
from .oidc_provider import CLIENT_ID, CLIENT_SECRET, Provider
from .test_console import csrf_of, seed_console

Setup = tuple[ServerHandle, Store, Provider]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(params=["RS256", "ES256"])
def oidc(request: pytest.FixtureRequest, make_gateway: GatewayFactory) -> Iterator[Setup]:
    port = free_port()
    redirect = f"http://127.0.0.1:{port}/console/oidc/callback"
    with Provider(redirect, alg=request.param) as provider:
        handle, store = make_gateway(
            listen={"host": "127.0.0.1", "port": port},
            console={
                "oidc": {
                    "issuer": provider.issuer,
                    "client_id": CLIENT_ID,
                    "client_secret": CLIENT_SECRET,
                    "redirect_uri": redirect,
                    "role_claim": "groups",
                    "roles": {"sanctions-analysts": "analyst", "sanctions-approvers": "approver"},
                    "allow": {"chief@bank.example": "admin"},
                }
            },
        )
        seed_console(store)
        yield handle, store, provider


def oidc_sign_in(handle: ServerHandle) -> tuple[httpx.Client, httpx.Response]:
    client = httpx.Client(base_url=handle.url, follow_redirects=True, timeout=30)
    return client, client.get("/console/oidc/start")


def test_an_allow_listed_person_signs_in_with_pkce(oidc: Setup) -> None:
    handle, store, provider = oidc
    provider.state.user = {"sub": "u-1", "email": "chief@bank.example"}
    client, landed = oidc_sign_in(handle)
    assert landed.status_code == 200 and 'http-equiv="refresh"' in landed.text
    page = client.get("/console")
    assert "chief@bank.example (admin)" in page.text
    asked = provider.state.authorize_requests[-1]
    assert asked["code_challenge_method"] == "S256" and asked["nonce"] and asked["state"]
    assert "openid" in asked["scope"].split()
    assert provider.state.token_requests[-1]["code_verifier"]  # the provider checked it
    officer = registry.get(store, "chief@bank.example")
    assert officer is not None and officer.role == "admin"
    events = [r for r in AuditLog(store).latest(10) if r["kind"] == "console"]
    assert events[0]["decision"] == "oidc_signed_in"
    assert events[0]["record"]["oidc_subject"] == "u-1"
    # the named officer signs what they do: turning the pause on
    on = client.post(
        "/console/pause", data={"state": "on", "reason": "drill", "csrf": csrf_of(page.text)}
    )
    assert "pause is now ON" in on.text
    flip = [r for r in AuditLog(store).latest(5) if r["kind"] == "switch"][0]
    assert flip["record"]["by"] == "chief@bank.example (console)"


def test_roles_come_from_the_group_claim_and_follow_the_provider(oidc: Setup) -> None:
    handle, store, provider = oidc
    provider.state.user = {
        "sub": "u-2",
        "email": "ana@bank.example",
        "groups": ["staff", "sanctions-analysts"],
    }
    client, _ = oidc_sign_in(handle)
    page = client.get("/console")
    assert "ana@bank.example (analyst)" in page.text
    item_id = store.review_items("open")[0].id
    refused = client.post(f"/console/reviews/{item_id}/approve", data={"csrf": csrf_of(page.text)})
    assert refused.status_code == 403
    provider.state.user["groups"] = ["sanctions-approvers", "sanctions-analysts"]
    client, _ = oidc_sign_in(handle)
    assert "ana@bank.example (approver)" in client.get("/console").text
    changed = [r for r in AuditLog(store).latest(10) if r["kind"] == "officer"][0]
    assert changed["decision"] == "role_changed" and changed["record"]["was"] == "analyst"


def test_people_without_a_role_and_forged_tokens_are_refused(oidc: Setup) -> None:
    handle, store, provider = oidc
    provider.state.user = {"sub": "u-3", "email": "intern@bank.example", "groups": ["staff"]}
    client, landed = oidc_sign_in(handle)
    assert landed.status_code == 403 and "not allowed into the console" in landed.text
    assert client.get("/console", follow_redirects=False).status_code == 303
    provider.state.user = {"sub": "u-1", "email": "chief@bank.example"}
    provider.state.rogue_key = True
    _, forged = oidc_sign_in(handle)
    assert forged.status_code == 403 and "does not verify" in forged.text
    provider.state.rogue_key = False
    provider.state.bad_nonce = True
    _, replayed = oidc_sign_in(handle)
    assert replayed.status_code == 403 and "nonce does not match" in replayed.text
    failures = [r for r in AuditLog(store).latest(20) if r["decision"] == "oidc_failed"]
    assert len(failures) == 3
    assert registry.get(store, "intern@bank.example") is None


def test_a_callback_is_good_once_and_only_in_the_browser_that_started_it(oidc: Setup) -> None:
    handle, _, provider = oidc
    provider.state.user = {"sub": "u-1", "email": "chief@bank.example"}
    starter = httpx.Client(base_url=handle.url, timeout=30)
    to_provider = starter.get("/console/oidc/start")
    assert to_provider.status_code == 303
    cookie = [
        c for c in to_provider.headers.get_list("set-cookie") if c.startswith("eg_console_oidc=")
    ][0]
    assert "SameSite=Lax" in cookie and "HttpOnly" in cookie and "Path=/console/oidc" in cookie
    back = httpx.get(to_provider.headers["location"], timeout=30)  # the provider consents
    callback = back.headers["location"]
    assert parse_qs(urlparse(callback).query)["state"]
    with httpx.Client(timeout=30) as attacker:  # another browser, same callback URL
        stolen = attacker.get(callback)
        assert stolen.status_code == 403
    # the attacker's try used up the sign-in: the real browser must start again
    again = starter.get(callback)
    assert again.status_code == 403 and "expired" in again.text


def test_verify_jwt_refuses_unsigned_and_hmac_tokens() -> None:
    def token(header: dict[str, str]) -> str:
        claims = {"iss": "x", "sub": "y"}
        return (
            b64url(json.dumps(header).encode())
            + "."
            + b64url(json.dumps(claims).encode())
            + "."
            + b64url(b"sig")
        )

    for alg in ("none", "HS256"):
        with pytest.raises(OidcError, match="only RS256 and ES256"):
            verify_jwt(token({"alg": alg}), {"keys": []})
    with pytest.raises(OidcError, match="not a signed JWT"):
        verify_jwt("abc", {"keys": []})


def test_oidc_sign_in_in_a_real_browser(browser: Any, oidc: Setup) -> None:  # noqa: F811
    handle, _, provider = oidc
    provider.state.user = {"sub": "u-1", "email": "chief@bank.example"}
    page = browser.new_context().new_page()
    page.goto(handle.url + "/console/login")
    page.click("#oidc")
    page.wait_for_url("**/console")  # provider, callback, then a same-site hop to /console
    assert page.inner_text("#who") == "chief@bank.example (admin)"
    page.context.close()
