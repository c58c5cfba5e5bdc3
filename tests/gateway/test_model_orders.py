"""Per-model access orders over HTTP (issue 16): the June 2026 drill with the official openai and
anthropic SDKs, end-user naming rules, reroute records and the per-caller model list."""

from __future__ import annotations

from typing import Any

import anthropic
import httpx2 as httpx
import openai
import pytest

from exportgate.audit import AuditLog
from exportgate.drill import FALLBACK, MODEL, STEPS, DrillRequest, apply_controls, drill_accounts
from exportgate.drill import wait_until_applied as applied
from exportgate.gateway.standin import ANSWER
from exportgate.policy.model_controls import set_model_approval, set_model_pause
from exportgate.screening.api import ScreeningStatus
from exportgate.server import ServerHandle
from exportgate.store import Store

from .conftest import MODELS, GatewayFactory

ORDER_MODELS = [{**m, "fallback": FALLBACK} if m["id"] == MODEL else m for m in MODELS] + [
    {"id": "mythos-5", "upstream": "main", "controlled": True}
]
HELLO = [{"role": "user", "content": "hello there gateway"}]
KEYS = {account.id: account.api_keys[0] for account in drill_accounts().values()}


def settle(handle: ServerHandle) -> None:
    assert handle.gateway.records.flush()
    assert handle.gateway.records.wait_spool_empty(30)


@pytest.fixture
def orders(make_gateway: GatewayFactory) -> tuple[ServerHandle, Store]:
    handle, store = make_gateway(models=ORDER_MODELS, caches={"switches_ttl_s": 0.05})
    for account in drill_accounts().values():
        store.upsert_account(account)
        store.set_screening_status(
            account.id, ScreeningStatus(status="clear", lists_version="test-lists")
        )
    return handle, store


def call(
    handle: ServerHandle, item: DrillRequest
) -> tuple[str | None, dict[str, str], Exception | None]:
    """One drill request through the official SDK of its dialect: (served model, headers,
    error)."""
    key = KEYS[item.account]
    extra_headers = (
        {"x-exportgate-end-user": item.end_user} if item.via == "header" and item.end_user else {}
    )
    try:
        if item.dialect == "anthropic":
            client = anthropic.Anthropic(
                base_url=handle.url, api_key=key, max_retries=0, timeout=20
            )
            kwargs: dict[str, Any] = {}
            if item.via == "metadata" and item.end_user:
                kwargs["metadata"] = {"user_id": item.end_user}
            raw = client.messages.with_raw_response.create(
                model=item.model,
                max_tokens=8,
                messages=HELLO,  # type: ignore[arg-type]
                extra_headers=extra_headers,
                **kwargs,
            )
            message = raw.parse()
            assert message.content[0].text == ANSWER  # type: ignore[union-attr]
            return message.model, dict(raw.headers), None
        oai = openai.OpenAI(base_url=handle.url + "/v1", api_key=key, max_retries=0, timeout=20)
        kwargs = {"user": item.end_user} if item.via == "user" and item.end_user else {}
        raw_oai = oai.chat.completions.with_raw_response.create(
            model=item.model,
            messages=HELLO,
            extra_headers=extra_headers,  # type: ignore[arg-type]
            **kwargs,
        )
        reply = raw_oai.parse()
        assert reply.choices[0].message.content == ANSWER
        return reply.model, dict(raw_oai.headers), None
    except (openai.APIStatusError, anthropic.APIStatusError) as exc:
        return None, dict(exc.response.headers), exc


def test_june_order_drill_with_the_official_sdks(orders: tuple[ServerHandle, Store]) -> None:
    handle, store = orders
    rerouted_ids: list[tuple[str, str]] = []
    for step in STEPS:
        apply_controls(store, step)
        assert applied(handle.gateway, store) < 5.0
        for item in step.requests:
            served, headers, error = call(handle, item)
            label = f"{step.title} / {item.label}"
            if item.expect in ("allow", "reroute"):
                assert error is None, (label, error)
                assert served == item.served_model, label
            if item.expect == "reroute":
                assert headers["x-exportgate-rerouted-from"] == MODEL, label
                assert headers["x-exportgate-rerouted-because"] == item.code, label
                rerouted_ids.append((headers["x-request-id"], str(item.code)))
            else:
                assert "x-exportgate-rerouted-from" not in headers, label

    settle(handle)
    usage = {r.request_id: r for r in store.iter_usage()}
    for request_id, _code in rerouted_ids:
        record = usage[request_id]
        assert (record.status, record.model, record.rerouted_from) == (200, FALLBACK, MODEL)
    # both decisions of a rerouted request are audited: the refusal and the fallback's allow
    audited: dict[str, list[dict[str, Any]]] = {}
    for row in AuditLog(store).rows():
        if row["kind"] == "decision" and "request_id" in row["record"]:
            audited.setdefault(row["record"]["request_id"], []).append(row["record"])
    for request_id, code in rerouted_ids:
        first, second = audited[request_id]
        assert first["model"] == MODEL and first["reasons"][0]["code"] == code
        assert second["model"] == FALLBACK and second["kind"] == "reroute"
        assert second["rerouted_from"] == MODEL and second["decision"] == "allow"
    # the unregistered end user is in the compliance review queue
    handle.stop()
    queued = {(r.account_id, r.code) for r in store.review_items()}
    assert ("maple-us", "END_USER_UNVERIFIED") in queued
    changes = [e["decision"] for e in AuditLog(store).rows() if e["kind"] == "model_control"]
    assert "paused" in changes and "access:us_persons" in changes and "approved" in changes


def test_refusals_for_other_reasons_or_without_fallback_are_not_rerouted(
    orders: tuple[ServerHandle, Store],
) -> None:
    handle, store = orders
    set_model_pause(store, "mythos-5", True, "test", "order of 12 June")
    set_model_pause(store, MODEL, True, "test", "order of 12 June")
    applied(handle.gateway, store)
    client = openai.OpenAI(
        base_url=handle.url + "/v1", api_key="sk-test-us", max_retries=0, timeout=20
    )
    with pytest.raises(openai.PermissionDeniedError) as denied:
        client.chat.completions.create(model="mythos-5", messages=HELLO)  # type: ignore[arg-type]
    assert denied.value.body["code"] == "model_paused"  # type: ignore[index]
    assert "mythos-5" in denied.value.body["message"]  # type: ignore[index]
    # an embargoed caller is refused, never rerouted
    iran = openai.OpenAI(
        base_url=handle.url + "/v1", api_key="sk-test-ir", max_retries=0, timeout=20
    )
    with pytest.raises(openai.PermissionDeniedError) as embargoed:
        iran.chat.completions.create(model=MODEL, messages=HELLO)  # type: ignore[arg-type]
    assert embargoed.value.body["code"] == "embargoed_destination"  # type: ignore[index]
    assert "x-exportgate-rerouted-from" not in embargoed.value.response.headers
    # the global pause is a separate switch, untouched
    assert not handle.gateway.decisions.switches.international_pause


def test_end_user_names_must_agree(orders: tuple[ServerHandle, Store]) -> None:
    handle, _ = orders
    url = handle.url + "/v1/chat/completions"
    headers = {"authorization": "Bearer sk-demo-maple", "x-exportgate-end-user": "emp-us-1"}
    response = httpx.post(
        url,
        headers=headers,
        json={"model": "open-small", "messages": HELLO, "user": "emp-in-1"},
        timeout=20,
    )
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "end_user_mismatch"
    assert "x-exportgate-end-user says 'emp-us-1'" in error["message"]
    assert "field 'user' says 'emp-in-1'" in error["message"]
    response = httpx.post(
        handle.url + "/v1/messages",
        headers={
            "x-api-key": "sk-demo-maple",
            "anthropic-version": "2023-06-01",
            "x-exportgate-end-user": "emp-us-1",
        },
        json={
            "model": "open-small",
            "max_tokens": 5,
            "messages": HELLO,
            "metadata": {"user_id": "emp-in-1"},
        },
        timeout=20,
    )
    assert response.status_code == 400 and response.json()["type"] == "error"
    assert "metadata.user_id" in response.json()["error"]["message"]
    # agreeing names are fine, and the usage record carries the end user
    response = httpx.post(
        url,
        headers=headers,
        json={"model": "open-small", "messages": HELLO, "user": "emp-us-1"},
        timeout=20,
    )
    assert response.status_code == 200


def test_models_list_is_per_caller_and_end_user(orders: tuple[ServerHandle, Store]) -> None:
    handle, store = orders
    step = STEPS[2]  # US persons only
    apply_controls(store, step)
    set_model_approval(store, MODEL, "bluebonnet-us", True, "test", "exemption")
    applied(handle.gateway, store)

    def listed(key: str, end_user: str | None) -> set[str]:
        client = openai.OpenAI(
            base_url=handle.url + "/v1",
            api_key=key,
            max_retries=0,
            timeout=20,
            default_headers={"x-exportgate-end-user": end_user} if end_user else None,
        )
        return {m.id for m in client.models.list()}

    assert MODEL in listed("sk-demo-maple", "emp-us-1")
    assert MODEL not in listed("sk-demo-maple", "emp-in-1")
    assert MODEL not in listed("sk-demo-maple", None)
    assert FALLBACK in listed("sk-demo-maple", "emp-in-1")
    assert MODEL in listed("sk-demo-bluebonnet", None)  # an exempt (approved) account


def test_console_pauses_and_edits_the_approved_list(make_gateway: GatewayFactory) -> None:
    """Signed in as named officers: one admin pauses the model and changes its access; adding an
    approved entity and resuming the model are proposed and take effect only when a different
    approver approves them."""
    from exportgate.officers import registry

    from .test_console import csrf_of, sign_in

    handle, store = make_gateway(
        models=ORDER_MODELS, caches={"switches_ttl_s": 0.05}, console={"enabled": True}
    )
    admin = registry.add(store, "Ada Admin", "admin", "test")
    approver = registry.add(store, "Paula Approver", "approver", "test")
    client, _ = sign_in(handle, "Ada Admin", admin)
    page = client.get("/console/models")
    assert page.status_code == 200 and 'id="model-frontier-5"' in page.text
    assert "fallback open-small" in page.text
    csrf = csrf_of(page.text)
    why = {"csrf": csrf, "reason": "order of 12 June"}
    page = client.post("/console/models/frontier-5/pause", data={**why, "state": "on"})
    assert "frontier-5 is now PAUSED" in page.text
    page = client.post("/console/models/frontier-5/access", data={**why, "access": "approved"})
    assert "Access to frontier-5 is now approved" in page.text
    page = client.post("/console/models/frontier-5/approve", data={**why, "account": "acct-17"})
    assert "is proposed" in page.text and '<ul class="approved"><li>none' in page.text
    page = client.post("/console/models/frontier-5/access", data={**why, "access": "citizens"})
    assert "is not one of open, us_persons, approved" in page.text
    refused = client.post("/console/models/frontier-5/pause", data={"csrf": csrf, "state": "on"})
    assert refused.status_code == 400
    assert (
        client.post("/console/models/nope-9/pause", data={**why, "state": "on"}).status_code == 404
    )
    from exportgate.officers import changes

    [proposal] = changes.pending(store)
    with pytest.raises(changes.ChangeError):
        changes.approve(store, proposal.id, "Ada Admin")  # not their own proposal
    second, _ = sign_in(handle, "Paula Approver", approver)
    overview = second.get("/console")
    approve = second.post(
        f"/console/changes/{proposal.id}/approve", data={"csrf": csrf_of(overview.text)}
    )
    assert approve.status_code == 200, approve.text
    applied(handle.gateway, store)
    ref = handle.gateway.decisions.model_ref(handle.gateway.models[MODEL])
    assert ref.paused and ref.access == "approved" and ref.approved_accounts == {"acct-17"}
    log = [
        (e["decision"], e["record"]["by"])
        for e in AuditLog(store).rows()
        if e["kind"] == "model_control"
    ]
    assert log == [
        ("paused", "Ada Admin (console)"),
        ("access:approved", "Ada Admin (console)"),
        ("approved", "Ada Admin; approved by Paula Approver"),
    ]
    client.close()
    second.close()


def test_authorize_names_the_fallback_for_a_proxy_in_front(
    orders: tuple[ServerHandle, Store],
) -> None:
    handle, store = orders
    apply_controls(store, STEPS[2])  # US persons only
    applied(handle.gateway, store)
    url = handle.url + "/v1/authorize"
    base = {"authorization": "Bearer sk-demo-maple", "x-exportgate-model": MODEL}
    allowed = httpx.post(url, headers={**base, "x-exportgate-end-user": "emp-us-1"}, timeout=20)
    assert allowed.status_code == 200 and allowed.json()["model"] == MODEL
    assert "x-exportgate-rerouted-from" not in allowed.headers
    rerouted = httpx.post(url, headers=base, json={"model": MODEL, "user": "emp-in-1"}, timeout=20)
    assert rerouted.status_code == 200
    assert rerouted.headers["x-exportgate-model"] == FALLBACK
    assert rerouted.headers["x-exportgate-rerouted-from"] == MODEL
    assert rerouted.headers["x-exportgate-rerouted-because"] == "US_PERSONS_ONLY"
    assert rerouted.json()["rerouted_from"] == MODEL


def test_streamed_answer_is_rerouted_too(orders: tuple[ServerHandle, Store]) -> None:
    handle, store = orders
    set_model_pause(store, MODEL, True, "test", "order of 12 June")
    applied(handle.gateway, store)
    client = openai.OpenAI(
        base_url=handle.url + "/v1", api_key="sk-demo-maple", max_retries=0, timeout=20
    )
    with client.chat.completions.with_streaming_response.create(
        model=MODEL, messages=HELLO, stream=True, user="emp-us-1"
    ) as response:  # type: ignore[arg-type]
        assert response.headers["x-exportgate-rerouted-from"] == MODEL
        chunks = list(response.parse())
    assert {c.model for c in chunks} == {FALLBACK}
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text.strip() == ANSWER
    claude = anthropic.Anthropic(
        base_url=handle.url, api_key="sk-demo-maple", max_retries=0, timeout=20
    )
    with claude.messages.stream(
        model=MODEL,
        max_tokens=8,
        messages=HELLO,  # type: ignore[arg-type]
        metadata={"user_id": "emp-us-1"},
    ) as stream:
        final = stream.get_final_message()
    assert final.model == FALLBACK
