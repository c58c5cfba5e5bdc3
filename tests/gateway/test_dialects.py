"""Both dialects over real HTTP, with the official SDKs as clients."""

from __future__ import annotations

import time

import anthropic
import httpx2 as httpx
import openai
import pytest

from exportgate.audit import AuditLog
from exportgate.gateway.standin import ANSWER, StandinState
from exportgate.server import ServerHandle
from exportgate.store import Store

HELLO = [{"role": "user", "content": "hello there gateway"}]


def oai(handle: ServerHandle, key: str = "sk-test-us") -> openai.OpenAI:
    return openai.OpenAI(base_url=handle.url + "/v1", api_key=key, max_retries=0, timeout=20)


def claude(handle: ServerHandle, key: str = "sk-test-us") -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=handle.url, api_key=key, max_retries=0, timeout=20)


def settle(handle: ServerHandle) -> None:
    """Wait until every record queued so far is in the store (journal worker included)."""
    records = handle.gateway.records
    assert records.flush()
    assert records.wait_spool_empty(30)


def usage_by_id(handle: ServerHandle, store: Store) -> dict[str, object]:
    settle(handle)
    return {r.request_id: r for r in store.iter_usage()}


def test_openai_chat_completion(
    gateway: tuple[ServerHandle, Store], standin: tuple[ServerHandle, StandinState]
) -> None:
    handle, store = gateway
    raw = oai(handle).chat.completions.with_raw_response.create(model="frontier-5", messages=HELLO)
    reply = raw.parse()
    assert reply.choices[0].message.content == ANSWER
    assert reply.model == "frontier-5"  # the upstream's name for it stays hidden
    assert reply.usage is not None and reply.usage.prompt_tokens == 3
    request_id = raw.headers["x-request-id"]
    sent = standin[1].requests[-1]
    assert sent["body"]["model"] == "gpt-mock"
    assert sent["headers"][b"authorization"] == b"Bearer sk-upstream"
    assert b"watermark" in sent["headers"][b"x-exportgate-obligations"]
    record = usage_by_id(handle, store)[request_id]
    assert (record.status, record.decision, record.account_id) == (200, "allow", "acct-us")
    assert (record.prompt_tokens, record.completion_tokens) == (3, len(ANSWER.split()))
    assert record.endpoint == "chat.completions" and record.ip == "127.0.0.1"
    assert record.messages[0].content == "hello there gateway"


def test_openai_stream_passes_events_and_meters_usage(gateway: tuple[ServerHandle, Store]) -> None:
    handle, store = gateway
    stream = oai(handle).chat.completions.create(model="frontier-5", messages=HELLO, stream=True)
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == ANSWER
    # the gateway asked upstream for usage; the caller did not, so it gets no usage chunk
    assert all(c.choices for c in chunks)
    records = [r for r in usage_by_id(handle, store).values() if r.endpoint == "chat.completions"]
    assert records[-1].completion_tokens == len(ANSWER.split())
    assert records[-1].prompt_tokens == 3


def test_openai_stream_with_usage_requested(gateway: tuple[ServerHandle, Store]) -> None:
    handle, _ = gateway
    chunks = list(
        oai(handle).chat.completions.create(
            model="open-small", messages=HELLO, stream=True, stream_options={"include_usage": True}
        )
    )
    assert chunks[-1].usage is not None and chunks[-1].usage.total_tokens == 3 + len(ANSWER.split())


def test_stream_headers_and_unbuffered_delivery(
    gateway: tuple[ServerHandle, Store], standin: tuple[ServerHandle, StandinState]
) -> None:
    handle, _ = gateway
    standin[1].chunk_delay_s = 0.05
    try:
        arrivals = []
        with httpx.stream(
            "POST",
            handle.url + "/v1/chat/completions",
            headers={"authorization": "Bearer sk-test-us"},
            json={"model": "open-small", "messages": HELLO, "stream": True},
            timeout=20,
        ) as response:
            assert response.headers["x-accel-buffering"] == "no"
            assert response.headers["content-type"].startswith("text/event-stream")
            for _ in response.iter_raw():
                arrivals.append(time.perf_counter())
    finally:
        standin[1].chunk_delay_s = 0.0
    # ~16 events 50 ms apart: they must arrive spread out, not in one buffered lump
    assert len(arrivals) >= 8
    assert arrivals[-1] - arrivals[0] > 0.4


def test_completions_and_embeddings(gateway: tuple[ServerHandle, Store]) -> None:
    handle, store = gateway
    client = oai(handle)
    completion = client.completions.create(model="open-small", prompt="say hello")
    assert completion.choices[0].text == ANSWER
    embedding = client.embeddings.create(model="open-small", input="vector please")
    assert embedding.data[0].embedding == [0.1, 0.2, 0.3]
    endpoints = {r.endpoint for r in usage_by_id(handle, store).values()}
    assert {"completions", "embeddings"} <= endpoints


def test_anthropic_messages(gateway: tuple[ServerHandle, Store]) -> None:
    handle, store = gateway
    raw = claude(handle).messages.with_raw_response.create(
        model="frontier-5", max_tokens=50, messages=HELLO
    )
    message = raw.parse()
    assert message.content[0].text == ANSWER
    assert message.usage.input_tokens == 3
    record = usage_by_id(handle, store)[raw.headers["request-id"]]
    assert record.endpoint == "messages" and record.completion_tokens == len(ANSWER.split())


def test_anthropic_stream(gateway: tuple[ServerHandle, Store]) -> None:
    handle, store = gateway
    with claude(handle).messages.stream(
        model="open-small", max_tokens=50, messages=HELLO
    ) as stream:
        text = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert text == ANSWER
    assert final.usage.output_tokens == len(ANSWER.split())
    records = [r for r in usage_by_id(handle, store).values() if r.endpoint == "messages"]
    assert records[-1].prompt_tokens == 3
    assert records[-1].completion_tokens == len(ANSWER.split())


def test_models_lists_only_what_the_caller_may_use(gateway: tuple[ServerHandle, Store]) -> None:
    handle, _ = gateway
    everything = {m.id for m in oai(handle).models.list()}
    assert {"frontier-5", "open-small"} <= everything
    # no KYC: export-controlled models need review, so they are not listed
    unverified = {m.id for m in oai(handle, "sk-test-nokyc").models.list()}
    assert "open-small" in unverified and "frontier-5" not in unverified
    assert {m.id for m in claude(handle).models.list()} == everything
    assert oai(handle).models.retrieve("open-small").id == "open-small"


def test_denial_is_403_with_reason_code_in_both_dialects(
    gateway: tuple[ServerHandle, Store],
) -> None:
    handle, store = gateway
    with pytest.raises(openai.PermissionDeniedError) as denied:
        oai(handle, "sk-test-ir").chat.completions.create(model="frontier-5", messages=HELLO)
    error = denied.value.body
    assert isinstance(error, dict)
    assert error["code"] == "embargoed_destination"
    assert "embargo" in error["message"] and "compliance team" in error["message"]
    with pytest.raises(anthropic.PermissionDeniedError) as denied_claude:
        claude(handle, "sk-test-ir").messages.create(
            model="frontier-5", max_tokens=5, messages=HELLO
        )
    assert denied_claude.value.body["error"]["type"] == "permission_error"
    assert denied_claude.value.body["error"]["code"] == "embargoed_destination"
    records = [r for r in usage_by_id(handle, store).values() if r.account_id == "acct-ir"]
    assert [(r.status, r.decision) for r in records] == [(403, "deny"), (403, "deny")]
    assert records[0].reasons[0] == "EMBARGOED_DESTINATION"


def test_review_is_403_pending_review(gateway: tuple[ServerHandle, Store]) -> None:
    handle, store = gateway
    with pytest.raises(openai.PermissionDeniedError) as held:
        oai(handle, "sk-test-nokyc").chat.completions.create(model="frontier-5", messages=HELLO)
    assert held.value.body["code"] == "pending_review"
    assert "KYC_REQUIRED" in held.value.body["message"]
    # the same account may use a model that is not export-controlled
    reply = oai(handle, "sk-test-nokyc").chat.completions.create(model="open-small", messages=HELLO)
    assert reply.choices[0].message.content == ANSWER
    # "your provider's compliance team has been notified": the account is in the review queue
    handle.stop()
    queued = [(r.account_id, r.code) for r in store.review_items()]
    assert queued == [("acct-nokyc", "KYC_REQUIRED")]


def test_every_decision_has_its_audit_record(gateway: tuple[ServerHandle, Store]) -> None:
    handle, store = gateway
    ids = []
    for key, model in (
        ("sk-test-us", "frontier-5"),
        ("sk-test-ir", "frontier-5"),
        ("sk-test-nokyc", "frontier-5"),
        ("sk-test-us", "open-small"),
    ):
        response = httpx.post(
            handle.url + "/v1/chat/completions",
            headers={"authorization": "Bearer " + key},
            json={"model": model, "messages": HELLO},
            timeout=20,
        )
        ids.append((response.headers["x-request-id"], response.status_code))
    assert [status for _, status in ids] == [200, 403, 403, 200]
    settle(handle)
    log = AuditLog(store)
    audited = {row["record"]["request_id"]: row for row in log.rows()}
    for request_id, _ in ids:
        assert request_id in audited
    assert [audited[i]["decision"] for i, _ in ids] == ["allow", "deny", "review", "allow"]
    assert audited[ids[1][0]]["record"]["reasons"][0]["code"] == "EMBARGOED_DESTINATION"
    assert log.verify().ok
