"""The distillation detector is fed off the request path, in slices, and nothing is lost."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import pytest

from exportgate.gateway import detector_feed
from exportgate.gateway.detector_feed import DetectorFeed
from exportgate.records import Account, UsageRecord

ACCOUNT = Account(id="acct-1", kind="organization", name="Widgets Inc", country="US")


def usage(n: int) -> UsageRecord:
    return UsageRecord(
        ts=dt.datetime(2026, 11, 27, tzinfo=dt.UTC),
        request_id=f"req-{n}",
        account_id="acct-1",
        model="m",
        endpoint="/v1/chat/completions",
        status=200,
        decision="allow",
    )


class Recorder:
    def __init__(self, fail_on: str | None = None) -> None:
        self.observed: list[str] = []
        self.maintained: list[float | None] = []
        self.fail_on = fail_on

    def observe(self, record: UsageRecord, account: Account | None = None) -> None:
        if record.request_id == self.fail_on:
            raise RuntimeError("broken sketch")
        self.observed.append(record.request_id)

    def is_suspected(self, account_id: str) -> bool:
        return False

    def explain(self, account_id: str) -> Any:
        return None

    def maintain(self, budget_s: float | None = 0.005) -> int:
        self.maintained.append(budget_s)
        return 0


def test_submit_only_queues_and_drain_observes_in_order() -> None:
    detector = Recorder()
    feed = DetectorFeed(detector)
    for n in range(5):
        feed.submit(usage(n), ACCOUNT)
    assert detector.observed == [] and feed.backlog == 5
    feed.drain()
    assert detector.observed == [f"req-{n}" for n in range(5)]
    assert detector.maintained == [None] and feed.backlog == 0


def test_a_full_backlog_observes_inline_instead_of_dropping(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(detector_feed, "MAX_BACKLOG", 3)
    detector = Recorder()
    feed = DetectorFeed(detector)
    for n in range(5):
        feed.submit(usage(n), ACCOUNT)
    assert detector.observed == ["req-3", "req-4"] and feed.backlog == 3
    feed.drain()
    assert sorted(detector.observed) == [f"req-{n}" for n in range(5)]


def test_a_failing_observation_is_logged_and_the_rest_go_on(
    caplog: pytest.LogCaptureFixture,
) -> None:
    detector = Recorder(fail_on="req-1")
    feed = DetectorFeed(detector)
    for n in range(3):
        feed.submit(usage(n), ACCOUNT)
    feed.drain()
    assert detector.observed == ["req-0", "req-2"]
    assert "req-1" in caplog.text and "broken sketch" in caplog.text


def test_observe_for_stops_at_its_budget() -> None:
    detector = Recorder()
    feed = DetectorFeed(detector)
    for n in range(100):
        feed.submit(usage(n), ACCOUNT)
    assert feed.observe_for(0.0) == 99  # a zero budget still makes progress, one at a time
    assert feed.observe_for(None) == 0 and len(detector.observed) == 100


def test_the_loop_feeds_the_backlog_and_maintains_in_slices() -> None:
    detector = Recorder()
    feed = DetectorFeed(detector)

    async def scenario() -> None:
        task = asyncio.get_running_loop().create_task(feed.run())
        for n in range(10):
            feed.submit(usage(n), ACCOUNT)
        while len(detector.observed) < 10 or not detector.maintained:
            await asyncio.sleep(detector_feed.FEED_TICK_S)
        task.cancel()

    asyncio.run(asyncio.wait_for(scenario(), 10))
    assert detector.observed == [f"req-{n}" for n in range(10)]
    assert detector.maintained[0] == detector_feed.SLICE_S
