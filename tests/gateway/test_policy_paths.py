"""Obligations and distillation flags, end to end over HTTP."""

from __future__ import annotations

from typing import Any

import openai
import pytest

from exportgate.gateway.detector_feed import SLICE_S
from exportgate.gateway.standin import ANSWER, REASONING, StandinState
from exportgate.records import DetectorEvidence
from exportgate.server import ServerHandle
from exportgate.store import Store

from .conftest import GatewayFactory
from .test_dialects import HELLO, claude, oai, usage_by_id


def test_reasoning_is_stripped_for_callers_abroad(
    gateway: tuple[ServerHandle, Store], standin: tuple[ServerHandle, StandinState]
) -> None:
    handle, _ = gateway
    # a UK company on an export-controlled model: served, but without reasoning traces
    abroad = oai(handle, "sk-test-gb").chat.completions.create(
        model="think-reasoning", messages=HELLO
    )
    message = abroad.choices[0].message.model_dump()
    assert message["content"] == ANSWER and "reasoning_content" not in message
    sent = standin[1].requests[-1]["headers"][b"x-exportgate-obligations"]
    assert sent.split(b",") == [b"watermark", b"strip_reasoning"]
    home = oai(handle).chat.completions.create(model="think-reasoning", messages=HELLO)
    assert home.choices[0].message.model_dump()["reasoning_content"] == REASONING


def test_reasoning_is_stripped_from_streams_in_both_dialects(
    gateway: tuple[ServerHandle, Store],
) -> None:
    handle, _ = gateway
    chunks = list(
        oai(handle, "sk-test-gb").chat.completions.create(
            model="think-reasoning", messages=HELLO, stream=True
        )
    )
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == ANSWER
    assert not any(
        c.choices[0].delta.model_dump().get("reasoning_content") for c in chunks if c.choices
    )
    message = claude(handle, "sk-test-gb").messages.create(
        model="think-reasoning", max_tokens=50, messages=HELLO
    )
    assert [block.type for block in message.content] == ["text"]
    with claude(handle, "sk-test-gb").messages.stream(
        model="think-reasoning", max_tokens=50, messages=HELLO
    ) as stream:
        final = stream.get_final_message()
    assert [block.type for block in final.content] == ["text"]
    assert final.content[0].text == ANSWER


class FlaggingDetector:
    """Stands in for the distillation detector: flags one account, counts observations."""

    def __init__(self, flagged: str) -> None:
        self.flagged = flagged
        self.observed: list[Any] = []

    def observe(self, usage: Any, account: Any = None) -> None:
        self.observed.append(usage)

    def is_suspected(self, account_id: str) -> bool:
        return account_id == self.flagged

    def explain(self, account_id: str) -> DetectorEvidence:
        return DetectorEvidence(
            account_id=account_id,
            score=0.93,
            reasons=[
                "prompts sweep a topic list systematically",
                "near-identical templates across 2,000 requests",
            ],
        )

    def maintain(self, budget_s: float | None = 0.005) -> int:
        return 0

    def clear(self, account_id: str) -> bool:
        was = account_id == self.flagged
        if was:
            self.flagged = ""
        return was


def test_distillation_flag_holds_requests_for_review(make_gateway: GatewayFactory) -> None:
    detector = FlaggingDetector("acct-gb")
    handle, store = make_gateway(app_kwargs={"detector": detector})
    assert oai(handle).chat.completions.create(model="open-small", messages=HELLO).choices
    with pytest.raises(openai.PermissionDeniedError) as held:
        oai(handle, "sk-test-gb").chat.completions.create(model="open-small", messages=HELLO)
    assert held.value.body["code"] == "pending_review"
    assert "DISTILLATION_SUSPECTED" in held.value.body["message"]
    assert "templates across 2,000 requests" in held.value.body["message"]
    records = {r.account_id: r for r in usage_by_id(handle, store).values()}
    assert records["acct-gb"].reasons == ["DISTILLATION_SUSPECTED"]
    handle.stop()  # the feed is drained at shutdown: every served request was observed
    assert [u.account_id for u in detector.observed] == ["acct-us"]


def test_gateway_runs_cluster_maintenance_off_the_request_path(
    make_gateway: GatewayFactory,
) -> None:
    """The detector's cluster work runs in the gateway's own loop, within a time budget, and is
    drained at shutdown, so alerts reach the store without any request waiting for them."""
    import threading

    ticked = threading.Event()
    calls: list[float | None] = []

    class CountingDetector(FlaggingDetector):
        def maintain(self, budget_s: float | None = 0.005) -> int:
            calls.append(budget_s)
            ticked.set()
            return 0

    handle, _store = make_gateway(app_kwargs={"detector": CountingDetector("nobody")})
    assert ticked.wait(10), "the gateway never ran the detector's maintenance"
    assert calls[0] == SLICE_S  # a slice at a time, requests served in between
    handle.stop()
    assert calls[-1] is None  # drained at shutdown


def test_a_cleared_distillation_hold_lifts_on_running_gateways(
    make_gateway: GatewayFactory,
) -> None:
    from exportgate.review.queue import resolve

    from .test_reviews_over_http import wait_until

    detector = FlaggingDetector("acct-gb")
    handle, store = make_gateway(app_kwargs={"detector": detector}, caches={"switches_ttl_s": 0.1})
    with pytest.raises(openai.PermissionDeniedError) as held:
        oai(handle, "sk-test-gb").chat.completions.create(model="open-small", messages=HELLO)
    assert held.value.body["code"] == "pending_review"
    wait_until(lambda: bool(store.review_items("open")), "the hold never reached the queue")
    item = store.review_items("open")[0]
    assert item.code == "DISTILLATION_SUSPECTED"
    resolution = resolve(store, item.id, "cleared", "J. Okafor", "research lab, agreed use")
    assert "lift the detector's flag" in resolution.text

    def served() -> bool:
        try:
            oai(handle, "sk-test-gb").chat.completions.create(model="open-small", messages=HELLO)
        except openai.PermissionDeniedError:
            return False
        return True

    wait_until(served, "the cleared hold never reached the gateway")
    assert detector.flagged == ""
