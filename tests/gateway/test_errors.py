"""Refusals and failures, each in the caller's dialect, each with its usage record."""

from __future__ import annotations

import anthropic
import httpx2 as httpx
import openai
import pytest

from exportgate.gateway.standin import StandinState
from exportgate.server import ServerHandle
from exportgate.store import Store

from .test_dialects import HELLO, claude, oai, settle, usage_by_id


def post(
    handle: ServerHandle, path: str, key: str | None = "sk-test-us", **kwargs: object
) -> httpx.Response:
    headers = {"authorization": "Bearer " + key} if key else {}
    return httpx.post(handle.url + path, headers=headers, timeout=20, **kwargs)  # type: ignore[arg-type]


def test_bad_json_is_400_in_dialect(gateway: tuple[ServerHandle, Store]) -> None:
    handle, store = gateway
    response = post(handle, "/v1/chat/completions", content=b'{"model": "frontier-5", ')
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_json"
    response = post(handle, "/v1/messages", content=b"[1, 2]")
    assert response.status_code == 400
    assert response.json()["type"] == "error"
    assert response.json()["error"]["type"] == "invalid_request_error"
    statuses = [r.status for r in usage_by_id(handle, store).values()]
    assert statuses == [400, 400]


def test_oversized_body_is_413(gateway: tuple[ServerHandle, Store]) -> None:
    handle, _ = gateway
    big = [{"role": "user", "content": "x" * 70_000}]
    with pytest.raises(openai.APIStatusError) as too_big:
        oai(handle).chat.completions.create(model="frontier-5", messages=big)
    assert too_big.value.status_code == 413
    assert too_big.value.body["code"] == "request_too_large"
    with pytest.raises(anthropic.APIStatusError) as too_big_claude:
        claude(handle).messages.create(model="frontier-5", max_tokens=5, messages=big)
    assert too_big_claude.value.status_code == 413
    assert too_big_claude.value.body["error"]["type"] == "request_too_large"


def test_chunked_oversized_body_is_413(gateway: tuple[ServerHandle, Store]) -> None:
    handle, _ = gateway

    def chunks():  # no Content-Length: the limit must hold while reading
        for _ in range(20):
            yield b"x" * 8192

    response = post(handle, "/v1/chat/completions", content=chunks())
    assert response.status_code == 413


def test_unknown_model_is_404(gateway: tuple[ServerHandle, Store]) -> None:
    handle, _ = gateway
    with pytest.raises(openai.NotFoundError) as missing:
        oai(handle).chat.completions.create(model="gpt-nonexistent", messages=HELLO)
    assert missing.value.body["code"] == "model_not_found"
    assert "/v1/models" in missing.value.body["message"]
    with pytest.raises(anthropic.NotFoundError):
        claude(handle).messages.create(model="gpt-nonexistent", max_tokens=5, messages=HELLO)


def test_missing_or_wrong_key_is_401(gateway: tuple[ServerHandle, Store]) -> None:
    handle, store = gateway
    response = post(
        handle, "/v1/chat/completions", key=None, json={"model": "frontier-5", "messages": HELLO}
    )
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "missing_api_key"
    with pytest.raises(openai.AuthenticationError) as wrong:
        oai(handle, "sk-not-a-key").chat.completions.create(model="frontier-5", messages=HELLO)
    assert wrong.value.body["code"] == "invalid_api_key"
    with pytest.raises(anthropic.AuthenticationError) as wrong_claude:
        claude(handle, "sk-not-a-key").messages.create(
            model="frontier-5", max_tokens=5, messages=HELLO
        )
    assert wrong_claude.value.body["error"]["type"] == "authentication_error"
    records = list(usage_by_id(handle, store).values())
    assert [(r.status, r.account_id, r.decision) for r in records] == [(401, None, "none")] * 3


def test_upstream_down_is_502(gateway: tuple[ServerHandle, Store]) -> None:
    handle, store = gateway
    with pytest.raises(openai.InternalServerError) as down:
        oai(handle).chat.completions.create(model="nowhere", messages=HELLO)
    assert down.value.status_code == 502
    assert down.value.body["code"] == "upstream_unavailable"
    with pytest.raises(anthropic.InternalServerError) as down_claude:
        claude(handle).messages.create(model="nowhere", max_tokens=5, messages=HELLO)
    assert down_claude.value.status_code == 502
    assert [r.status for r in usage_by_id(handle, store).values()] == [502, 502]


def test_upstream_failure_is_502_and_timeout_504(gateway: tuple[ServerHandle, Store]) -> None:
    handle, _ = gateway
    with pytest.raises(openai.InternalServerError) as failed:
        oai(handle).chat.completions.create(model="broken-fail", messages=HELLO)
    assert (failed.value.status_code, failed.value.body["code"]) == (502, "upstream_error")
    with pytest.raises(openai.APIStatusError) as slow:
        oai(handle).chat.completions.create(model="frontier-5-slow", messages=HELLO)
    assert (slow.value.status_code, slow.value.body["code"]) == (504, "upstream_timeout")


def test_error_after_stream_start_is_an_error_event(gateway: tuple[ServerHandle, Store]) -> None:
    handle, store = gateway
    with pytest.raises(openai.APIError) as broken:
        list(oai(handle).chat.completions.create(model="broken-cut", messages=HELLO, stream=True))
    assert "could not be reached" in str(broken.value)
    with (
        pytest.raises(anthropic.APIStatusError) as broken_claude,
        claude(handle).messages.stream(model="broken-cut", max_tokens=5, messages=HELLO) as stream,
    ):
        list(stream.text_stream)
    assert "could not be reached" in str(broken_claude.value)
    assert [r.status for r in usage_by_id(handle, store).values()] == [502, 502]


def test_client_disconnect_cancels_upstream_call(
    gateway: tuple[ServerHandle, Store], standin: tuple[ServerHandle, StandinState]
) -> None:
    handle, store = gateway
    state = standin[1]
    state.disconnected.clear()
    with httpx.stream(
        "POST",
        handle.url + "/v1/chat/completions",
        headers={"authorization": "Bearer sk-test-us"},
        json={"model": "open-endless", "messages": HELLO, "stream": True},
        timeout=20,
    ) as response:
        received = 0
        for chunk in response.iter_raw():
            received += len(chunk)
            if received > 200:
                break
    # the upstream stream would run for 30 s; it must see the gateway hang up at once
    assert state.disconnected.wait(10), "the upstream call was not cancelled"
    settle(handle)
    records = [r for r in store.iter_usage() if r.model == "open-endless"]
    assert [r.status for r in records] == [499]


def test_rate_limit_429_with_headers(gateway: tuple[ServerHandle, Store]) -> None:
    handle, store = gateway
    client = oai(handle, "sk-test-limited")
    remaining = []
    for _ in range(3):
        raw = client.chat.completions.with_raw_response.create(model="open-small", messages=HELLO)
        assert raw.headers["x-ratelimit-limit-requests"] == "3"
        remaining.append(int(raw.headers["x-ratelimit-remaining-requests"]))
    assert remaining == [2, 1, 0]
    with pytest.raises(openai.RateLimitError) as limited:
        client.chat.completions.create(model="open-small", messages=HELLO)
    assert limited.value.body["code"] == "rate_limit_exceeded"
    assert int(limited.value.response.headers["retry-after"]) >= 1
    assert limited.value.response.headers["x-ratelimit-remaining-requests"] == "0"
    # other accounts are not affected
    assert oai(handle).chat.completions.create(model="open-small", messages=HELLO).choices
    statuses = [r.status for r in usage_by_id(handle, store).values()]
    assert statuses == [200, 200, 200, 429, 200]


def test_authorize_endpoint_for_envoy(gateway: tuple[ServerHandle, Store]) -> None:
    handle, store = gateway
    allowed = httpx.get(
        handle.url + "/v1/authorize/v1/chat/completions",
        headers={"authorization": "Bearer sk-test-us", "x-exportgate-model": "frontier-5"},
        timeout=20,
    )
    assert allowed.status_code == 200
    assert allowed.headers["x-exportgate-decision"] == "allow"
    assert "watermark" in allowed.headers["x-exportgate-obligations"]
    assert allowed.json()["reasons"][0]["code"] == "ALLOWED"
    denied = post(handle, "/v1/authorize", key="sk-test-ir", json={"model": "frontier-5"})
    assert denied.status_code == 403
    assert denied.json()["error"]["code"] == "embargoed_destination"
    forwarded = httpx.get(
        handle.url + "/v1/authorize",
        headers={
            "authorization": "Bearer sk-test-us",
            "x-forwarded-for": "5.62.60.1",
            "x-exportgate-model": "frontier-5",
        },
        timeout=20,
    )
    # no trusted proxies configured: X-Forwarded-For is ignored, the peer address decides
    assert forwarded.status_code == 200


def test_health_ready_and_metrics(gateway: tuple[ServerHandle, Store]) -> None:
    handle, _ = gateway
    assert httpx.get(handle.url + "/healthz").json() == {"status": "ok"}
    ready = httpx.get(handle.url + "/readyz")
    assert ready.status_code == 200 and ready.json()["store"] is True
    # the shipped lists are an old snapshot: reported, not a reason to be unready
    lists = ready.json()["lists"]
    assert "us_ofac_sdn" in lists["stale"] and "old restricted-party list" in lists["message"]
    oai(handle).chat.completions.create(model="frontier-5", messages=HELLO)
    metrics = httpx.get(handle.url + "/metrics").text
    assert (
        'exportgate_requests_total{decision="allow",endpoint="chat.completions",status="200"}'
        in metrics
    )
    assert "exportgate_overhead_duration_seconds_bucket" in metrics
    assert 'exportgate_decisions_total{decision="allow",reason="ALLOWED"}' in metrics
    assert "exportgate_distillation_backlog 0.0" in metrics  # this gateway runs no detector
    assert httpx.get(handle.url + "/nope").status_code == 404
    assert httpx.get(handle.url + "/v1/chat/completions").status_code == 405
