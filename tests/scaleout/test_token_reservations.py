"""Token budgets reserve before the call and settle after it, atomically in the real Redis: parallel
requests through two replicas' limiters cannot together pass a limit."""

from __future__ import annotations

import asyncio
import time

import pytest

from exportgate.config import Limits, RateLimit
from exportgate.gateway import ratelimit
from exportgate.gateway.ratelimit import RateLimiter, RedisCounters, reservation

LIMIT = 1000


@pytest.fixture
def frozen_minute(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every admission in one rate-limit window, whatever the wall clock does meanwhile."""
    now = (int(time.time()) // 60) * 60 + 1.0
    monkeypatch.setattr(ratelimit.time, "time", lambda: now)


def _limiters(redis_url: str, prefix: str) -> list[RateLimiter]:
    limits = Limits(account=RateLimit(tokens_per_minute=LIMIT))
    return [
        RateLimiter(limits, RedisCounters(redis_url, prefix=prefix + "rl:", timeout_s=2.0))
        for _ in range(2)  # two replicas
    ]


def test_parallel_reservations_never_pass_the_limit(
    redis_url: str, prefix: str, frozen_minute: None
) -> None:
    async def scenario() -> tuple[int, int, int, int]:
        replicas = _limiters(redis_url, prefix)
        admitted = await asyncio.gather(
            *(replicas[i % 2].admit("acct", f"key-{i}", reserve=100) for i in range(40))
        )
        allowed = [a for a in admitted if a.allowed]
        # every answer used 60 of its 100: the settlements give 40 each back
        await asyncio.gather(
            *(replicas[i % 2].settle("acct", f"key-{i}", a, 60) for i, a in enumerate(allowed))
        )
        after = await asyncio.gather(
            *(replicas[i % 2].admit("acct", f"key-{i}", reserve=100) for i in range(10))
        )
        # without reservations (the old behaviour: charge after the answer) all pass at once
        other = _limiters(redis_url, prefix + "old:")
        unreserved = await asyncio.gather(
            *(other[i % 2].admit("acct", f"key-{i}") for i in range(40))
        )
        for limiter in replicas + other:
            await limiter.close()
        return (
            len(allowed),
            sum(a.allowed for a in after),
            sum(a.allowed for a in unreserved),
            allowed[0].reserved,
        )

    first, second, unreserved, reserved = asyncio.run(scenario())
    assert reserved == 100
    assert first == LIMIT // 100  # 10 reservations of 100 fill 1000
    assert second == 4  # 10 x 60 used, 400 left: four more reservations of 100
    assert unreserved == 40  # the overshoot reservations prevent


def test_refused_reservation_counts_nothing(
    redis_url: str, prefix: str, frozen_minute: None
) -> None:
    async def scenario() -> list[bool]:
        limiter = _limiters(redis_url, prefix)[0]
        out = [(await limiter.admit("acct", "k", reserve=2000)).allowed]  # clamped to the budget
        out.append((await limiter.admit("acct", "k", reserve=1)).allowed)  # the budget is full
        await limiter.close()
        return out

    assert asyncio.run(scenario()) == [True, False]


def test_reservation_covers_prompt_and_output() -> None:
    limits = Limits()
    assert reservation(400, {"max_tokens": 50}, limits) == 450
    assert reservation(400, {"max_completion_tokens": 70}, limits) == 470
    assert reservation(400, {}, limits) == 400 + limits.default_reserve_tokens
    assert reservation(400, {"max_tokens": 10}, Limits(reserve_bytes_per_token=4.0)) == 110
