"""The account score needs automation and valuable output together."""

from __future__ import annotations

import datetime as dt

from exportgate.distill.features import features
from exportgate.distill.scoring import DetectorConfig, score_features
from exportgate.distill.sketch import AccountSketch, HashSample
from exportgate.records import Message, UsageRecord

T0 = dt.datetime(2026, 11, 2, tzinfo=dt.UTC)


def _record(i: int, seconds: float, text: str, out: int, history: bool = False) -> UsageRecord:
    messages = (
        [Message(role="user", content="hi"), Message(role="assistant", content="hello")]
        if history
        else []
    )
    return UsageRecord(
        ts=T0 + dt.timedelta(seconds=seconds),
        request_id=f"r{i}",
        account_id="a",
        model="m",
        endpoint="chat.completions",
        status=200,
        decision="allow",
        ip="198.51.100.7",
        messages=[*messages, Message(role="user", content=text)],
        prompt_tokens=40,
        completion_tokens=out,
    )


def _sketch(records: list[UsageRecord]) -> AccountSketch:
    sketch = AccountSketch("a")
    for record in records:
        sketch.update(record)
    return sketch


SUBJECTS = ["entropy", "photosynthesis", "recursion", "inflation", "tectonics", "enzymes"]


def test_round_the_clock_templated_reasoning_harvest_scores_high() -> None:
    records = [
        _record(
            i,
            i * 400.0,
            f"Explain {SUBJECTS[i % 6]} number {i} to a graduate student. "
            "Show your reasoning step by step before the final answer.",
            1200,
        )
        for i in range(600)
    ]
    score = score_features(features(_sketch(records)), DetectorConfig())
    assert score.score > 0.9
    assert any("reuse a prompt frame" in r for r in score.reasons())
    assert any("reasoning" in r for r in score.reasons())


def test_automated_job_with_short_outputs_is_not_flagged() -> None:
    records = [
        _record(
            i,
            i * 150.0,
            f"Classify this ticket into billing or technical: ticket {i} says "
            "my card was charged twice and the app crashed",
            3,
        )
        for i in range(1000)
    ]
    score = score_features(features(_sketch(records)), DetectorConfig())
    assert score.automation > 0.5
    assert score.score < DetectorConfig().threshold


def test_person_reading_long_answers_in_conversations_is_not_flagged() -> None:
    records: list[UsageRecord] = []
    for day in range(6):
        for j in range(8):
            t = day * 86400 + 14 * 3600 + j * 200
            records.append(
                _record(
                    len(records),
                    t,
                    f"Tell me more about {SUBJECTS[j % 6]} and day "
                    f"{day} of my trip, with some ideas for {j}",
                    900,
                    history=j % 2 == 1,
                )
            )
    score = score_features(features(_sketch(records)), DetectorConfig())
    assert score.score < DetectorConfig().threshold


def test_few_requests_are_never_enough() -> None:
    records = [
        _record(i, i * 10.0, f"Explain topic {i} step by step please now", 2000) for i in range(4)
    ]
    assert score_features(features(_sketch(records)), DetectorConfig()).score < 0.05


def test_hash_sample_counts_duplicates_and_stays_bounded() -> None:
    sample = HashSample()
    for i in range(5000):
        sample.add(i * 2654435761 % 2**32)
    for i in range(1000):
        sample.add(i * 2654435761 % 2**32)
    assert len(sample.kept) <= 513
    assert 0.1 < sample.duplicate_share < 0.25
