"""The gateway's top-level options: ``stream_keepalive_s`` and ``metrics``."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import anthropic
import httpx2 as httpx
import pytest

from exportgate.config import ConfigError, config_from_dict
from exportgate.gateway.proxy import KEEPALIVE, with_keepalive
from exportgate.gateway.standin import ANSWER, StandinState
from exportgate.server import ServerHandle
from tests.gateway.conftest import GatewayFactory

HELLO = [{"role": "user", "content": "hello there gateway"}]


def _stream(handle: ServerHandle, path: str, body: dict[str, object]) -> bytes:
    with httpx.stream(
        "POST",
        handle.url + path,
        headers={"authorization": "Bearer sk-test-us", "anthropic-version": "2023-06-01"},
        json=body,
        timeout=20,
    ) as response:
        assert response.status_code == 200
        return b"".join(response.iter_raw())


def test_keepalive_comments_while_the_upstream_is_silent(
    make_gateway: GatewayFactory, standin: tuple[ServerHandle, StandinState]
) -> None:
    quiet, _ = make_gateway()
    kept, _ = make_gateway(stream_keepalive_s=0.02)
    body = {"model": "open-small", "messages": HELLO, "stream": True}
    standin[1].chunk_delay_s = 0.1
    try:
        plain = _stream(quiet, "/v1/chat/completions", body)
        alive = _stream(kept, "/v1/chat/completions", body)
    finally:
        standin[1].chunk_delay_s = 0.0
    assert KEEPALIVE not in plain
    assert alive.count(KEEPALIVE) >= 2
    # apart from the comments the stream is the same, ending with [DONE]
    events = [e for e in alive.split(b"\n\n") if e.strip() and not e.startswith(b":")]
    assert events[-1] == b"data: [DONE]"
    assert [e for e in plain.split(b"\n\n") if e.strip()] == events


def test_an_sdk_reads_a_stream_with_keepalive_comments(
    make_gateway: GatewayFactory, standin: tuple[ServerHandle, StandinState]
) -> None:
    handle, _ = make_gateway(stream_keepalive_s=0.02)
    standin[1].chunk_delay_s = 0.05
    try:
        client = anthropic.Anthropic(
            base_url=handle.url, api_key="sk-test-us", max_retries=0, timeout=20
        )
        with client.messages.stream(model="open-small", max_tokens=64, messages=HELLO) as stream:
            text = "".join(stream.text_stream)
    finally:
        standin[1].chunk_delay_s = 0.0
    assert text.split() == ANSWER.split()


def test_metrics_can_be_turned_off(make_gateway: GatewayFactory) -> None:
    on, _ = make_gateway()
    off, _ = make_gateway(metrics=False)
    assert httpx.get(on.url + "/metrics").status_code == 200
    answer = httpx.get(off.url + "/metrics")
    assert answer.status_code == 404
    assert answer.json()["error"]["code"] == "not_found"


def test_options_are_validated() -> None:
    base = {
        "upstreams": [{"name": "main", "base_url": "http://127.0.0.1:9/v1"}],
        "models": [{"id": "m", "upstream": "main"}],
    }
    with pytest.raises(ConfigError, match="stream_keepalive_s"):
        config_from_dict(base | {"stream_keepalive_s": -1})
    with pytest.raises(ConfigError, match="screening_ttl_s"):
        config_from_dict(base | {"caches": {"screening_ttl_s": 30}})


def test_with_keepalive_marks_silences_and_loses_nothing() -> None:
    async def scenario() -> list[bytes | None]:
        release = asyncio.Event()
        got_silence = asyncio.Event()

        async def upstream() -> AsyncIterator[bytes | None]:
            yield b"first"
            await release.wait()
            yield b"second"

        seen: list[bytes | None] = []
        async for chunk in with_keepalive(upstream(), 0.01):
            seen.append(chunk)
            if chunk is None and not got_silence.is_set():
                got_silence.set()
                release.set()
        return seen

    seen = asyncio.run(scenario())
    assert seen[0] == b"first" and seen[1] is None and seen[-1] == b"second"
    assert all(chunk is None for chunk in seen[1:-1])
