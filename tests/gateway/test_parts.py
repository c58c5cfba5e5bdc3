"""Configuration, rate-limit counters (memory and the real Redis), metering, SSE framing."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

import pytest

from exportgate.config import ConfigError, config_from_dict, load_config
from exportgate.gateway.metering import EventSplitter, StreamMeter, body_tokens
from exportgate.gateway.ratelimit import MemoryCounters, RateLimiter, RedisCounters

BASE = {
    "upstreams": [{"name": "main", "base_url": "http://127.0.0.1:9/v1"}],
    "models": [{"id": "m", "upstream": "main"}],
}


def test_config_env_values_and_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EG_UPSTREAM_KEY", "sk-from-env")
    file = tmp_path / "gateway.yaml"
    file.write_text(
        "listen: {host: 127.0.0.1, port: 8080}\nstore: sqlite:///x.db\n"
        "upstreams:\n  - {name: main, base_url: http://127.0.0.1:9010/v1, "
        "api_key: env:EG_UPSTREAM_KEY}\n"
        "models:\n  - {id: frontier-5, upstream: main, upstream_model: gpt-mock, "
        "controlled: true}\n"
    )
    config = load_config(file)
    assert config.upstreams[0].api_key == "sk-from-env"
    assert config.models[0].target == "gpt-mock"
    assert config.local_networks is None  # off unless configured
    assert config.usage.writer == "process"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            {"upstreams": [{"name": "main", "base_url": "http://x/v1", "api_key": "env:EG_NOPE"}]},
            "field 'upstreams[0].api_key': environment variable EG_NOPE is not set",
        ),
        ({"models": [{"id": "m", "upstream": "other"}]}, "names upstream 'other'"),
        ({"listen": {"port": "eighty"}}, "field 'listen.port'"),
        ({"limits": {"backend": "memcached://x"}}, "must be 'memory' or a redis:// URL"),
        ({"surprise": 1}, "unknown field `surprise`"),
        ({"upstreams": [{"name": "main", "base_url": "ftp://x"}]}, "must start with http://"),
    ],
)
def test_config_errors_name_the_field(change: dict[str, object], expected: str) -> None:
    with pytest.raises(ConfigError) as error:
        config_from_dict({**BASE, **change}, source="gw.yaml")
    assert expected in str(error.value)
    assert str(error.value).startswith("gw.yaml")


def test_memory_rate_limits_per_account_and_key() -> None:
    limits = config_from_dict(
        {
            **BASE,
            "limits": {
                "account": {"requests_per_minute": 3, "tokens_per_minute": 100},
                "key": {"requests_per_minute": 2},
            },
        }
    ).limits
    limiter = RateLimiter(limits, MemoryCounters())

    async def scenario() -> list[tuple[bool, str]]:
        out = []
        for key in ("k1", "k1", "k1", "k2", "k2"):
            admission = await limiter.admit("acct", key)
            out.append((admission.allowed, admission.exceeded))
        return out

    assert asyncio.run(scenario()) == [
        (True, ""),
        (True, ""),
        (False, "key requests"),
        (True, ""),
        (False, "account requests"),
    ]

    async def tokens() -> bool:
        fresh = RateLimiter(limits, MemoryCounters())
        await fresh.charge("a", "k", 150)
        return (await fresh.admit("a", "k")).allowed

    assert asyncio.run(tokens()) is False


def test_redis_counters_are_shared_between_gateways(redis_url: str) -> None:
    limits = config_from_dict(
        {
            **BASE,
            "limits": {
                "backend": redis_url,
                "account": {"requests_per_minute": 4, "tokens_per_minute": 1000},
            },
        }
    ).limits
    prefix = f"exportgate-test:{uuid.uuid4().hex}:"

    async def scenario() -> tuple[list[bool], dict[bytes, bytes]]:
        first = RateLimiter(limits, RedisCounters(limits.backend, prefix))
        second = RateLimiter(limits, RedisCounters(limits.backend, prefix))
        allowed = []
        for limiter in (first, second, first, second, first):
            allowed.append((await limiter.admit("acct-shared", "key")).allowed)
        await first.charge("acct-shared", "key", 700)
        admission = await second.admit("acct-other", "key")
        headers = dict(admission.headers)
        await first.close()
        await second.close()
        return allowed, headers

    allowed, headers = asyncio.run(scenario())
    assert allowed == [True, True, True, True, False]
    assert headers[b"x-ratelimit-remaining-requests"] == b"3"
    assert headers[b"x-ratelimit-limit-tokens"] == b"1000"


def test_metering_whole_bodies_and_streams() -> None:
    assert body_tokens("openai", b'{"usage":{"prompt_tokens":5,"completion_tokens":7}}').total == 12
    assert body_tokens("anthropic", b'{"usage":{"input_tokens":3,"output_tokens":4}}').total == 7
    assert body_tokens("openai", b"not json").total == 0
    meter = StreamMeter("anthropic")
    for event in (
        b'event: message_start\ndata: {"type":"message_start","message":'
        b'{"usage":{"input_tokens":9,"output_tokens":1}}}\n\n',
        b'event: message_delta\ndata: {"type":"message_delta","usage":{"output_tokens":21}}\n\n',
    ):
        assert meter.keep(event)
    assert (meter.tokens.prompt, meter.tokens.completion) == (9, 21)
    openai_meter = StreamMeter("openai", drop_usage_chunk=True)
    assert not openai_meter.keep(
        b'data: {"choices":[],"usage":{"prompt_tokens":2,"completion_tokens":3}}\n\n'
    )
    assert openai_meter.tokens.total == 5


def test_event_splitter_holds_only_incomplete_events() -> None:
    splitter = EventSplitter()
    assert splitter.feed(b"data: 1\n\ndata: 2") == [b"data: 1\n\n"]
    assert splitter.feed(b"\n\ndata: 3\r\n\r\n") == [b"data: 2\n\n", b"data: 3\r\n\r\n"]
    assert splitter.rest() == b""


def test_the_standin_spreads_its_answer_time_evenly() -> None:
    from exportgate.gateway.standin import StandinState

    state = StandinState(latency_s=0.02, latency_spread=0.5)
    waits = [state.answer_delay_s() for _ in range(2000)]
    assert min(waits) >= 0.01 and max(waits) <= 0.03
    assert len(set(waits[:16])) == 16  # concurrent callers never get one wait in lockstep
    for window in (waits[:400], waits[400:1200], waits[1200:]):
        assert abs(sorted(window)[len(window) // 2] - 0.02) < 0.0002
    assert StandinState(latency_s=0.02).answer_delay_s() == 0.02
