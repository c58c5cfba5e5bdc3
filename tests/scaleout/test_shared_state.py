"""A replica with ``redis:`` set, in-process, on a Redis of the test's own: change notices are
applied without waiting for polling, controlled models fail closed while Redis is down, nothing
served meanwhile is lost (the stream's events wait on disk), and the replica recovers by itself
when Redis is back."""

from __future__ import annotations

import asyncio
import http.client
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
import yaml
from typer.testing import CliRunner

from exportgate.bus import notify
from exportgate.bus.records import Flag
from exportgate.bus.stream import RedisEventStream
from exportgate.cli import app as cli_app
from exportgate.config import config_from_dict
from exportgate.gateway.standin import StandinState, StandinUpstream
from exportgate.policy.model_controls import set_model_pause
from exportgate.records import Account
from exportgate.screening.api import ScreeningStatus
from exportgate.server import ServerHandle, run_app_in_thread, run_in_thread
from exportgate.store import Store, open_store

from .conftest import OwnRedis

ACCOUNT = Account(
    id="acct-us",
    kind="organization",
    name="Acme Widgets Inc",
    country="US",
    headquarters="US",
    kyc_verified=True,
    api_keys=["sk-shared-1", "sk-shared-2"],
)
SLOW_POLL = 300.0  # no polling loop runs during a test: whatever changes came by notice


@pytest.fixture
def upstream() -> Iterator[ServerHandle]:
    handle = run_app_in_thread(StandinUpstream(StandinState()))
    yield handle
    handle.stop()


def _replica(
    tmp_path: Path, name: str, upstream: str, store_url: str, redis_url: str, prefix: str
) -> ServerHandle:
    raw: dict[str, Any] = {
        "listen": {"host": "127.0.0.1", "port": 0},
        "store": store_url,
        "redis": redis_url,
        "scaleout": {"prefix": prefix, "flag_poll_s": SLOW_POLL},
        "upstreams": [{"name": "main", "base_url": upstream + "/v1"}],
        "models": [
            {"id": "frontier-5", "upstream": "main", "controlled": True},
            {"id": "open-small", "upstream": "main", "controlled": False},
        ],
        "local_networks": {"country": "US", "network": "residential"},
        "usage": {"spool_dir": str(tmp_path / name), "writer": "thread", "flush_interval_ms": 50},
        "caches": {"switches_ttl_s": SLOW_POLL, "account_ttl_s": SLOW_POLL},
        "distillation": {"served_prompts_mib": 1},
    }
    return run_in_thread(config_from_dict(raw), locator=None)


def _seed(store: Store) -> None:
    store.upsert_account(ACCOUNT)
    store.set_screening_status(ACCOUNT.id, ScreeningStatus(status="clear", lists_version="t"))


def _ask(url: str, model: str, key: str = "sk-shared-1", content: str = "hi") -> tuple[int, str]:
    """One chat completion; (200, "ok") or the status and the error's code."""
    target = urlparse(url)
    conn = http.client.HTTPConnection(target.hostname or "127.0.0.1", target.port, timeout=30)
    body = {"model": model, "messages": [{"role": "user", "content": content}], "max_tokens": 4}
    conn.request(
        "POST",
        "/v1/chat/completions",
        json.dumps(body),
        {"authorization": f"Bearer {key}", "content-type": "application/json"},
    )
    reply = conn.getresponse()
    raw = reply.read()
    conn.close()
    if reply.status == 200:
        return 200, "ok"
    return reply.status, str(json.loads(raw)["error"].get("code"))


def _until(check: Any, what: str, timeout_s: float = 20.0) -> float:
    """Wait for ``check``; the seconds it took."""
    started = time.monotonic()
    while time.monotonic() - started < timeout_s:
        if check():
            return time.monotonic() - started
        time.sleep(0.02)
    raise AssertionError(f"{what}: not within {timeout_s:.0f} s")


def _stream_length(redis_url: str, prefix: str) -> int:
    async def length() -> int:
        stream = RedisEventStream(redis_url, prefix=prefix)
        try:
            return await stream.length(0)
        finally:
            await stream.close()

    return asyncio.run(length())


def test_changes_reach_every_replica_by_notice(
    tmp_path: Path, upstream: ServerHandle, own_redis: OwnRedis, prefix: str
) -> None:
    store_url = f"sqlite:///{tmp_path / 'store.db'}"
    store = open_store(store_url)
    _seed(store)
    replicas = [
        _replica(tmp_path, f"r{i}", upstream.url, store_url, own_redis.url, prefix) for i in (0, 1)
    ]
    try:
        for replica in replicas:
            assert _ask(replica.url, "frontier-5") == (200, "ok")
        # the command line, with a configuration naming the deployment's Redis, publishes
        config = tmp_path / "gateway.yaml"
        config.write_text(
            yaml.safe_dump(
                {
                    "store": store_url,
                    "redis": own_redis.url,
                    "scaleout": {"prefix": prefix},
                    "upstreams": [{"name": "main", "base_url": upstream.url + "/v1"}],
                    "models": [{"id": "frontier-5", "upstream": "main"}],
                }
            )
        )
        result = CliRunner().invoke(
            cli_app, ["pause", "on", "--model", "frontier-5", "--config", str(config)]
        )
        assert result.exit_code == 0, result.output
        notify.configure(own_redis.url, prefix, origin="test")  # this process's writes below
        for replica in replicas:
            _until(lambda r=replica: _ask(r.url, "frontier-5")[0] == 403, "the pause applies")
            assert _ask(replica.url, "open-small") == (200, "ok")
        set_model_pause(store, "frontier-5", False, by="test")
        for replica in replicas:
            _until(lambda r=replica: _ask(r.url, "frontier-5")[0] == 200, "the resume applies")
        # an account change: a revoked key stops working on every replica
        store.revoke_api_key("sk-shared-2")
        for replica in replicas:
            _until(
                lambda r=replica: (
                    _ask(r.url, "open-small", "sk-shared-2") == (401, "invalid_api_key")
                ),
                "the revocation applies",
            )
        # a flag the detector service publishes
        notify.changed(
            "flag",
            ACCOUNT.id,
            Flag(account_id=ACCOUNT.id, flagged=True, score=0.97, summary="test"),
        )
        for replica in replicas:
            _until(
                lambda r=replica: _ask(r.url, "frontier-5") == (403, "pending_review"),
                "the flag applies",
            )
            assert replica.gateway.shared is not None
            assert replica.gateway.shared.changes_applied >= 3
    finally:
        notify.configure(None)
        for replica in replicas:
            replica.stop()


def test_redis_down_fails_closed_loses_nothing_and_recovers(
    tmp_path: Path, upstream: ServerHandle, own_redis: OwnRedis, prefix: str
) -> None:
    store_url = f"sqlite:///{tmp_path / 'store.db'}"
    _seed(open_store(store_url))
    replica = _replica(tmp_path, "r0", upstream.url, store_url, own_redis.url, prefix)
    shared = replica.gateway.shared
    assert shared is not None and shared.publisher is not None
    served = 0
    try:
        for model in ("frontier-5", "open-small"):
            assert _ask(replica.url, model) == (200, "ok")
            served += 1
        assert _stream_length(own_redis.url, prefix) == served

        own_redis.stop()
        # an uncontrolled model is still served; its event waits on disk
        assert _ask(replica.url, "open-small") == (200, "ok")
        served += 1
        _until(lambda: shared.down is not None, "the replica notices the outage")
        status, code = _ask(replica.url, "frontier-5")
        assert (status, code) == (503, "shared_state_unavailable")
        for _ in range(3):
            assert _ask(replica.url, "open-small") == (200, "ok")
            served += 1
        assert shared.publisher.spilled >= 4
        assert shared.publisher.spill_files()

        own_redis.start()  # the same server, its append-only file intact
        _until(lambda: _ask(replica.url, "frontier-5") == (200, "ok"), "the replica recovers")
        served += 1
        _until(lambda: not shared.publisher.spill_files(), "the spilled events are sent")
        assert _stream_length(own_redis.url, prefix) == served  # every served request, once
    finally:
        replica.stop()


def test_events_neither_sent_nor_spilled_refuse_the_answer(tmp_path: Path) -> None:
    """No Redis and a spill directory that cannot be written: the requests waiting on those
    events are told so (their answers are refused, never served unrecorded)."""
    from exportgate.gateway.commitlog import JournalWriteFailed
    from exportgate.gateway.shared import ServedPublisher

    from .conftest import free_port, harvest, harvester

    blocked = tmp_path / "not-a-dir"
    blocked.write_text("a file where the spill directory should be")

    async def scenario() -> tuple[type[BaseException] | None, int]:
        nowhere = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there
        stream = RedisEventStream(nowhere, prefix="eg:", timeout_s=0.5)
        publisher = ServedPublisher(stream, 1, blocked / "spill", 0.5, "test")
        task = asyncio.get_running_loop().create_task(publisher.run())
        publisher.submit(harvest("acct-x", 1), harvester("acct-x"))
        raised: type[BaseException] | None = None
        try:
            await publisher.flushed()
        except JournalWriteFailed as exc:
            raised = type(exc)
        # the publisher goes on: the next event (the directory now writable) is spilled
        blocked.unlink()
        publisher.submit(harvest("acct-x", 2), harvester("acct-x"))
        await publisher.flushed()
        task.cancel()
        await stream.close()
        return raised, len(publisher.spill_files())

    raised, spilled = asyncio.run(scenario())
    assert raised is JournalWriteFailed
    assert spilled == 1
