"""Request-path bounds (maintain does the unbounded work) and the fabricated-history signal."""

from __future__ import annotations

import datetime as dt

from exportgate.distill import OnlineDetector
from exportgate.distill.features import features
from exportgate.distill.scoring import DetectorConfig, score_features
from exportgate.distill.served import ServedPrompts, account_key, prompt_key, served_check
from exportgate.distill.sketch import AccountSketch
from exportgate.records import Account, Message, UsageRecord

T0 = dt.datetime(2026, 11, 2, tzinfo=dt.UTC)
WARMUP = (
    "What's a good name for a golden retriever puppy?",
    "Here are some ideas: Sunny, Maple, Biscuit, Honey...",
)


def _record(
    account_id: str,
    i: int,
    messages: list[Message],
    tokens: int = 900,
    ip: str = "203.0.113.7",
) -> UsageRecord:
    # Starts two days in: claims in the served index's first day are not counted.
    return UsageRecord(
        ts=T0 + dt.timedelta(days=2 * (i > 0), minutes=37 * i),
        request_id=f"{account_id}-{i}",
        account_id=account_id,
        model="frontier-5",
        endpoint="chat.completions",
        status=200,
        decision="allow",
        ip=ip,
        user_agent="Mozilla/5.0",
        messages=messages,
        prompt_tokens=60,
        completion_tokens=tokens,
    )


def test_continued_conversation_is_served_and_fabricated_history_is_not() -> None:
    served = ServedPrompts()
    owner = account_key("a")
    first = [Message(role="user", content="Plan a three-day trip to Lisbon.")]
    assert served_check(first, owner, served) == (False, False)
    follow_up = [
        *first,
        Message(role="assistant", content="Day 1: ..."),
        Message(role="user", content="Make day 2 cheaper."),
    ]
    assert served_check(follow_up, owner, served) == (True, False)
    fake = [
        Message(role="user", content=WARMUP[0]),
        Message(role="assistant", content=WARMUP[1]),
        Message(role="user", content="Prove that there are infinitely many primes."),
    ]
    assert served_check(fake, owner, served) == (True, True)
    # Served to another account is not served to this one.
    assert served_check(follow_up, account_key("b"), served) == (True, True)


def test_served_index_is_bounded_and_forgets_oldest_generation() -> None:
    served = ServedPrompts(bits=1 << 12)  # 256 keys per generation
    keys = [prompt_key(account_key("a"), f"prompt {k}") for k in range(1000)]
    for key in keys:
        served.add(key)
    assert len(served) <= 512 and len(served.current) == 512
    assert all(key in served for key in keys[-200:])
    assert sum(key in served for key in keys[:200]) < 20  # forgotten, bar Bloom false positives


def test_fabricated_history_raises_automation_with_reason() -> None:
    served = ServedPrompts()
    honest, faker = AccountSketch("honest"), AccountSketch("faker")
    for i in range(40):
        ask = f"Explain in detail how enzyme number {i} catalyses its reaction, step by step."
        honest.update(_record("honest", i, [Message(role="user", content=ask)]), None, served)
        honest.update(
            _record(
                "honest",
                i,
                [
                    Message(role="user", content=ask),
                    Message(role="assistant", content="..."),
                    Message(role="user", content="And why?"),
                ],
            ),
            None,
            served,
        )
        faker.update(
            _record(
                "faker",
                i,
                [
                    Message(role="user", content=WARMUP[0]),
                    Message(role="assistant", content=WARMUP[1]),
                    Message(role="user", content=ask),
                ],
            ),
            None,
            served,
        )
    config = DetectorConfig()
    honest_score = score_features(features(honest), config)
    faker_score = score_features(features(faker), config)
    assert features(honest)["unserved_history_share"] == 0.0
    assert features(faker)["unserved_history_share"] >= 0.95  # all but the first, in the grace day
    assert faker_score.automation > honest_score.automation + 0.5
    assert any("never served" in reason for reason in faker_score.reasons())
    assert "unserved_history" in faker.example_requests()


def test_observe_defers_cluster_work_to_maintain_within_budget() -> None:
    detector = OnlineDetector()
    accounts = [
        Account(
            id=f"s{k}",
            kind="person",
            name=f"S {k}",
            payment_fingerprint="pf-x",
            created_at=T0 - dt.timedelta(hours=1),
        )
        for k in range(30)
    ]
    for i in range(600):
        k = i % 30
        ask = (
            f"Question {i}: derive the closed form of series {i}. Show your reasoning step by step."
        )
        # One card and a rotating proxy pool: two independent ties (a NAT would explain the card).
        proxy = f"198.51.{i % 10}.{i % 200 + 1}"
        detector.observe(
            _record(f"s{k}", i, [Message(role="user", content=ask)], 1200, proxy), accounts[k]
        )
    # Nothing was linked on the request path: every account waits for maintenance.
    assert detector.linker.cluster_size("s0") == 1
    assert detector.backlog >= 30
    left = detector.maintain(budget_s=0.0)
    assert 0 < left < detector.backlog + 1
    assert detector.maintain(budget_s=None) == 0
    assert detector.linker.cluster_size("s0") == 30
