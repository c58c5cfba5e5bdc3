"""PostgreSQL and Redis down or frozen while the gateway serves: the real services, reached through
a TCP relay of the test's own that it stops (connection refused) or freezes (nothing answers).

Callers in the cache are served; a caller the gateway cannot check gets 503 in its dialect with a
reason and retry-after, never 500; nothing waits longer than the dependency timeout; /readyz
names what is down and answers at once; the gateway starts from a recent caller snapshot when the
store is down, and otherwise refuses to start with one clear line.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anthropic
import httpx2 as httpx
import openai
import pytest

from exportgate.config import config_from_dict
from exportgate.gateway.snapshot import StoreUnavailableAtStart
from exportgate.gateway.standin import StandinState
from exportgate.policy.switches import PAUSE_SWITCH
from exportgate.server import ServerHandle, run_in_thread
from exportgate.store import open_store

from .conftest import GatewayFactory, gateway_config, seed
from .relay import Relay
from .test_dialects import HELLO, claude, oai, settle

ROOT = Path(__file__).resolve().parents[2]
# a request may wait dependencies.timeout_ms (250) on a dependency; the rest is HTTP and the
# shared 2-core test machine
BOUND_S = 1.0


@pytest.fixture
def pg_relay() -> Iterator[Relay]:
    relay = Relay(("127.0.0.1", 5432))
    relay.start()
    yield relay
    relay.stop()


@pytest.fixture
def redis_relay(redis_url: str) -> Iterator[Relay]:
    relay = Relay(("127.0.0.1", int(redis_url.split(":")[2].split("/")[0])))
    relay.start()
    yield relay
    relay.stop()


def _db(postgres_url: str) -> str:
    return postgres_url.rsplit("/", 1)[1]


def readyz(handle: ServerHandle) -> tuple[int, dict[str, Any], float]:
    with httpx.Client(timeout=5) as client:
        client.get(handle.url + "/healthz")  # the connection is open before the clock starts
        began = time.perf_counter()
        response = client.get(handle.url + "/readyz")
        took = time.perf_counter() - began
    return response.status_code, response.json(), took


def timed(call: Any) -> tuple[Any, float]:
    began = time.perf_counter()
    try:
        result = call()
    except Exception as exc:  # noqa: BLE001 - returned for the test to inspect
        result = exc
    return result, time.perf_counter() - began


def test_store_down_then_frozen(
    make_gateway: GatewayFactory, pg_relay: Relay, postgres_url: str
) -> None:
    handle, _ = make_gateway(pg_relay.url("postgresql+psycopg", _db(postgres_url)))
    known = oai(handle)
    assert known.chat.completions.create(model="frontier-5", messages=HELLO).choices
    served = []

    pg_relay.stop()  # PostgreSQL unreachable
    raw = known.chat.completions.with_raw_response.create(model="frontier-5", messages=HELLO)
    assert raw.status_code == 200  # a cached caller is served
    served.append(raw.headers["x-request-id"])
    error, took = timed(
        lambda: oai(handle, "sk-test-gb").chat.completions.create(
            model="frontier-5", messages=HELLO
        )
    )
    assert isinstance(error, openai.APIStatusError) and error.status_code == 503, error
    body = error.response.json()["error"]
    assert body["code"] == "store_unavailable" and "retry" in body["message"]
    assert body["type"] == "server_error"
    assert error.response.headers["retry-after"] == "5"
    assert took < BOUND_S
    error, _ = timed(
        lambda: claude(handle, "sk-test-nokyc").messages.create(
            model="frontier-5", max_tokens=20, messages=HELLO
        )
    )
    assert isinstance(error, anthropic.APIStatusError) and error.status_code == 503, error
    shape = error.response.json()
    assert shape["type"] == "error" and shape["error"]["code"] == "store_unavailable"
    status, ready, took = readyz(handle)
    assert status == 503 and ready["dependencies"]["store"]["ok"] is False
    assert took < 0.5, f"/readyz took {took * 1000:.0f} ms"

    pg_relay.start()
    pg_relay.freeze()  # PostgreSQL accepts connections and answers nothing
    error, took = timed(
        lambda: oai(handle, "sk-test-limited").chat.completions.create(
            model="open-small", messages=HELLO
        )
    )
    assert isinstance(error, openai.APIStatusError) and error.status_code == 503, error
    assert "no answer within 250 ms" in error.response.json()["error"]["message"]
    assert took < BOUND_S, f"a frozen store held a request {took:.2f} s"
    print(f"store frozen: uncached caller answered 503 in {took * 1000:.0f} ms")
    for _ in range(3):
        status, ready, took = readyz(handle)
        assert status == 503 and not ready["dependencies"]["store"]["ok"]
        assert took < 0.3, f"/readyz took {took * 1000:.0f} ms with the store frozen"
        print(f"store frozen: /readyz in {took * 1000:.0f} ms: {ready['dependencies']}")
    raw = known.chat.completions.with_raw_response.create(model="frontier-5", messages=HELLO)
    assert raw.status_code == 200
    served.append(raw.headers["x-request-id"])

    pg_relay.thaw()
    # the read that the frozen store held went on in the background: the caller is served now
    assert (
        oai(handle, "sk-test-limited")
        .chat.completions.create(model="open-small", messages=HELLO)
        .choices
    )
    settle(handle)  # the records of requests served during the outage arrive
    direct = open_store(postgres_url)
    try:
        stored = {r.request_id for r in direct.iter_usage()}
        assert set(served) <= stored
    finally:
        direct.close()
    deadline = time.monotonic() + 10
    while readyz(handle)[0] != 200:
        assert time.monotonic() < deadline, "/readyz did not recover"


def test_redis_frozen_then_down(make_gateway: GatewayFactory, redis_relay: Relay) -> None:
    limits = {
        "max_body_bytes": 65536,
        "backend": redis_relay.url("redis", "0"),
        "account": {"requests_per_minute": 100000},
    }
    handle, _ = make_gateway(limits=limits)
    client = oai(handle)
    assert (
        client.chat.completions.with_raw_response.create(
            model="frontier-5", messages=HELLO
        ).status_code
        == 200
    )

    for outage in (redis_relay.freeze, redis_relay.stop):
        outage()
        for model in ("frontier-5", "open-small"):  # controlled, and uncontrolled (default)
            error, took = timed(
                lambda m=model: client.chat.completions.create(model=m, messages=HELLO)
            )
            assert isinstance(error, openai.APIStatusError) and error.status_code == 503, error
            assert error.response.json()["error"]["code"] == "rate_limits_unavailable"
            assert error.response.headers["retry-after"] == "5"
            assert took < BOUND_S, f"{outage.__name__}: a request waited {took:.2f} s"
            print(f"redis {outage.__name__}: {model} answered 503 in {took * 1000:.0f} ms")
        response = httpx.post(
            handle.url + "/v1/authorize",
            headers={"authorization": "Bearer sk-test-us", "x-exportgate-model": "frontier-5"},
            timeout=5,
        )
        assert response.status_code == 503
        status, ready, took = readyz(handle)
        assert status == 503 and not ready["dependencies"]["redis"]["ok"]
        assert took < 0.5, f"/readyz took {took * 1000:.0f} ms"
        print(f"redis {outage.__name__}: /readyz in {took * 1000:.0f} ms")
    redis_relay.start()
    deadline = time.monotonic() + 10
    while (
        client.chat.completions.with_raw_response.create(
            model="frontier-5", messages=HELLO
        ).status_code
        != 200
    ):  # pragma: no cover
        assert time.monotonic() < deadline


def test_uncontrolled_models_may_count_in_memory_while_redis_is_down(
    make_gateway: GatewayFactory, redis_relay: Relay
) -> None:
    limits = {
        "max_body_bytes": 65536,
        "backend": redis_relay.url("redis", "0"),
        "account": {"requests_per_minute": 100000},
    }
    handle, _ = make_gateway(limits=limits, dependencies={"counters_outage": "memory"})
    client = oai(handle)
    redis_relay.freeze()
    raw, took = timed(
        lambda: client.chat.completions.with_raw_response.create(model="open-small", messages=HELLO)
    )
    assert raw.status_code == 200 and took < BOUND_S
    error, _ = timed(lambda: client.chat.completions.create(model="frontier-5", messages=HELLO))
    assert isinstance(error, openai.APIStatusError) and error.status_code == 503


def test_start_without_the_store(
    pg_relay: Relay, postgres_url: str, tmp_path: Path, standin: tuple[ServerHandle, StandinState]
) -> None:
    url = pg_relay.url("postgresql+psycopg", _db(postgres_url))
    seeded = open_store(url)
    seed(seeded)
    seeded.set_switch(PAUSE_SWITCH, True)  # the pause must survive a start without the store
    snapshot = tmp_path / "callers.json"
    deps = {"snapshot_file": str(snapshot), "snapshot_interval_s": 0.1}
    raw = gateway_config(tmp_path, standin[0].url, url, dependencies=deps)
    handle = run_in_thread(config_from_dict(raw), locator=None, detector=None)
    try:
        assert oai(handle).chat.completions.create(model="frontier-5", messages=HELLO).choices
        deadline = time.monotonic() + 10
        while not snapshot.exists() or b"acct-us" not in snapshot.read_bytes():
            assert time.monotonic() < deadline, "no caller snapshot was written"
            time.sleep(0.05)
    finally:
        handle.stop()
    assert snapshot.stat().st_mode & 0o777 == 0o600
    assert b"sk-test-us" not in snapshot.read_bytes()  # key hashes only

    pg_relay.stop()
    handle = run_in_thread(config_from_dict(raw), locator=None, detector=None)
    try:
        assert handle.gateway.snapshot.started_without_store
        assert handle.gateway.decisions.switches.international_pause
        assert oai(handle).chat.completions.create(model="frontier-5", messages=HELLO).choices
        error, took = timed(
            lambda: oai(handle, "sk-test-gb").chat.completions.create(
                model="frontier-5", messages=HELLO
            )
        )
        assert isinstance(error, openai.APIStatusError) and error.status_code == 503
        assert took < BOUND_S
    finally:
        handle.stop()
        direct = open_store(postgres_url)
        direct.set_switch(PAUSE_SWITCH, False)
        direct.close()

    too_old = gateway_config(
        tmp_path, standin[0].url, url, dependencies={**deps, "snapshot_max_age_s": 0}
    )
    with pytest.raises(StoreUnavailableAtStart, match="old"):
        run_in_thread(config_from_dict(too_old), locator=None, detector=None)

    # from the command line: one clear line, exit status 2
    missing = {
        **raw,
        "dependencies": {"snapshot_file": str(tmp_path / "none.json")},
        "listen": {"host": "127.0.0.1", "port": 0},
    }
    config = tmp_path / "down.yaml"
    config.write_text(json.dumps(missing))
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from exportgate.cli import main; main()",
            "serve",
            "--config",
            str(config),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    assert done.returncode == 2, done.stderr[-2000:]
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("error: not starting: the store") and "no caller snapshot" in last
    assert "Traceback" not in done.stderr
