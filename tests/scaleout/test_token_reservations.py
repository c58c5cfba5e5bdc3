"""Token budgets reserve before the call and settle after it, atomically in the real Redis: parallel
requests through two replicas' limiters cannot together pass a limit."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path
from typing import Any

import openai
import redis

from exportgate.config import Limits, RateLimit, config_from_dict
from exportgate.gateway.ratelimit import RateLimiter, RedisCounters, reservation
from exportgate.gateway.standin import StandinState, StandinUpstream
from exportgate.records import Account
from exportgate.screening.api import ScreeningStatus
from exportgate.server import run_app_in_thread, run_in_thread
from exportgate.store import open_store

LIMIT = 1000


def _pinned_minute() -> float:
    """A moment early in the current minute: every admission of a test in one window."""
    return (int(time.time()) // 60) * 60 + 1.0


def _limiters(redis_url: str, prefix: str) -> list[RateLimiter]:
    limits = Limits(account=RateLimit(tokens_per_minute=LIMIT))
    now = _pinned_minute()
    limiters = [
        RateLimiter(limits, RedisCounters(redis_url, prefix=prefix + "rl:", timeout_s=2.0))
        for _ in range(2)  # two replicas
    ]
    for limiter in limiters:
        limiter.clock = lambda: now
    return limiters


def test_parallel_reservations_never_pass_the_limit(redis_url: str, prefix: str) -> None:
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


def test_refused_reservation_counts_nothing(redis_url: str, prefix: str) -> None:
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


def test_parallel_requests_on_two_replicas_stay_within_the_budget(
    tmp_path: Path, redis_url: str, prefix: str
) -> None:
    """Thirty requests at once, split over two gateway replicas (real HTTP, one Redis), on an
    account with 700 tokens a minute: each reserves its prompt and max_tokens (about 230), so
    the replicas together let at most three run at a time and the tokens served stay within the
    budget; without reservations all thirty would have been let in at once."""
    upstream = run_app_in_thread(StandinUpstream(StandinState(latency_s=0.3)))
    store_url = f"sqlite:///{tmp_path / 'store.db'}"
    store = open_store(store_url)
    account = Account(
        id="acct-tpm",
        kind="organization",
        name="Token Budget Ltd",
        country="US",
        headquarters="US",
        kyc_verified=True,
        api_keys=["sk-tpm"],
    )
    store.upsert_account(account)
    store.set_screening_status(account.id, ScreeningStatus(status="clear", lists_version="t"))
    raw: dict[str, Any] = {
        "listen": {"host": "127.0.0.1", "port": 0},
        "store": store_url,
        "redis": redis_url,
        "scaleout": {"prefix": prefix},
        "upstreams": [{"name": "main", "base_url": upstream.url + "/v1"}],
        "models": [{"id": "frontier-5", "upstream": "main", "controlled": True}],
        "local_networks": {"country": "US", "network": "residential"},
        "limits": {"account": {"tokens_per_minute": 700}},
        "distillation": {"enabled": False},
        "dependencies": {"timeout_ms": 10_000},  # a loaded test machine's first account read
    }
    now = _pinned_minute()
    replicas = []
    for i in range(2):
        raw["usage"] = {"spool_dir": str(tmp_path / f"r{i}"), "writer": "thread"}
        handle = run_in_thread(config_from_dict(raw), locator=None)
        handle.gateway.limiter.clock = lambda: now
        replicas.append(handle)
    answers: list[tuple[int, int]] = []
    lock = threading.Lock()

    def ask(i: int) -> None:
        client = openai.OpenAI(
            base_url=replicas[i % 2].url + "/v1", api_key="sk-tpm", max_retries=0, timeout=30
        )
        try:
            reply = client.chat.completions.create(
                model="frontier-5",
                messages=[{"role": "user", "content": f"Summarise note {i} in one line."}],
                max_tokens=100,
            )
            found = (200, reply.usage.total_tokens if reply.usage else 0)
        except openai.APIStatusError as exc:
            found = (exc.status_code, 0)
        with lock:
            answers.append(found)

    try:
        for i in (0, 1):  # each replica has read the account once
            ask(i)
        warm = answers[:]
        answers.clear()
        threads = [threading.Thread(target=ask, args=(i,)) for i in range(30)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        first_wave = list(answers)
        # once settled, the budget's counter holds exactly the tokens the answers used
        used = sum(tokens for _, tokens in warm + first_wave)
        counter = redis.Redis.from_url(redis_url)
        key = f"{prefix}rl:{int(now // 60)}:account:acct-tpm:tokens"
        deadline = time.monotonic() + 20
        while int(counter.get(key) or 0) != used and time.monotonic() < deadline:
            time.sleep(0.02)
        assert int(counter.get(key) or 0) == used
        # the settlements gave back what the answers did not use: two more fit, one by one
        for i in (0, 1):
            ask(i)
        second_wave = answers[len(first_wave) :]
    finally:
        for handle in replicas:
            handle.stop()
        upstream.stop()
    served = [tokens for status, tokens in first_wave if status == 200]
    refused = sum(1 for status, _ in first_wave if status == 429)
    assert len(first_wave) == 30
    assert [status for status, _ in second_wave] == [200, 200]
    assert served and refused
    assert [status for status, _ in warm] == [200, 200]
    assert sum(served) + sum(tokens for _, tokens in warm) <= 700
    print(f"{len(served)} served ({sum(served)} tokens of 700), {refused} refused with 429")


def test_admissions_of_one_loop_turn_share_one_round_trip(redis_url: str, prefix: str) -> None:
    """The counters send the commands issued in one turn of the event loop as one pipeline;
    each admission still gets its own answer, the limit still holds, and a Redis that lost its
    scripts (restart, SCRIPT FLUSH) gets them again without failing a request."""

    async def scenario() -> tuple[int, int, int, int, bool]:
        counters = RedisCounters(redis_url, prefix=prefix + "rl:", timeout_s=2.0)
        limiter = RateLimiter(Limits(account=RateLimit(requests_per_minute=25)), counters)
        now = _pinned_minute()
        limiter.clock = lambda: now
        try:
            admitted = await asyncio.gather(*(limiter.admit("acct", f"k{i}") for i in range(40)))
            coalescer = counters._commands
            commands, trips = coalescer.commands, coalescer.round_trips
            redis.Redis.from_url(redis_url).script_flush()
            again = await limiter.admit("other", "k")
            return sum(a.allowed for a in admitted), commands, trips, len(admitted), again.allowed
        finally:
            await counters.close()

    allowed, commands, trips, total, again = asyncio.run(scenario())
    assert allowed == 25, "the limit holds when admissions share a pipeline"
    assert commands == total and trips < total / 4, f"{commands} commands in {trips} round trips"
    assert again, "the scripts are loaded again after Redis lost them"
