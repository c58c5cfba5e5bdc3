"""No answered request without its records: kill -9 of the gateway process under load, on
SQLite and on the real PostgreSQL; every 200 the clients received is matched by request id to its
usage record and its audit record afterwards."""

from __future__ import annotations

from pathlib import Path

import httpx2 as httpx
import pytest

from exportgate.gateway.standin import StandinState
from exportgate.server import ServerHandle
from exportgate.store import Store, open_store

from .conftest import GatewayFactory, seed
from .crash import kill_rounds, missing, stop_gracefully, wait_for_orphans
from .test_dialects import HELLO, settle


def test_kill_9_under_load_loses_no_record_of_an_answered_request(
    store_url: str, standin: tuple[ServerHandle, StandinState], tmp_path: Path
) -> None:
    store = open_store(store_url)
    seed(store)
    rounds, survivor, _ = kill_rounds(
        tmp_path, store_url, standin[0].url, rounds=2, clients=6, kill_after_s=1.0
    )
    stop_gracefully(survivor)  # the journal drains on a graceful stop
    wait_for_orphans(rounds)  # and so do the killed gateways' journal workers
    answered = [request_id for r in rounds for request_id in r.answered]
    assert all(r.answered for r in rounds), "a round answered nothing before the kill"
    no_usage, no_audit = missing(store, answered)
    print(
        f"kill -9 x{len(rounds)}: {len(answered)} answered 200, "
        f"{len(no_usage)} without usage, {len(no_audit)} without audit"
    )
    left = sorted(p.name for p in (tmp_path / "spool").iterdir())
    assert not no_usage, f"{len(no_usage)} answered requests have no usage record; spool: {left}"
    assert not no_audit, f"{len(no_audit)} answered requests have no audit record"
    assert not list((tmp_path / "spool").glob("*.jsonl*")), "the spool was not drained"
    store.close()


def _on_disk(spool: Path, request_id: str, store: Store) -> bool:
    """The request's usage record is in a journal segment or already in the store (files are
    read first: the replay writes the store before it deletes a file)."""
    for path in sorted(spool.glob("*.jsonl*")):
        try:
            if request_id.encode() in path.read_bytes():
                return True
        except FileNotFoundError:
            continue
    return any(r.request_id == request_id for r in store.iter_usage())


@pytest.mark.parametrize("dialect", ["openai", "anthropic"])
def test_a_stream_ends_only_once_its_usage_record_is_on_disk(
    make_gateway: GatewayFactory, tmp_path: Path, dialect: str
) -> None:
    handle, store = make_gateway(
        usage={"spool_dir": str(tmp_path / "spool"), "writer": "thread", "flush_interval_ms": 50}
    )
    if dialect == "openai":
        path, body = (
            "/v1/chat/completions",
            {"model": "frontier-5", "messages": HELLO, "stream": True},
        )
        final = b"data: [DONE]"
    else:
        path, body = (
            "/v1/messages",
            {"model": "frontier-5", "messages": HELLO, "max_tokens": 20, "stream": True},
        )
        final = b"event: message_stop"
    with httpx.stream(
        "POST",
        handle.url + path,
        json=body,
        timeout=20,
        headers={"authorization": "Bearer sk-test-us", "anthropic-version": "2023-06-01"},
    ) as reply:
        assert reply.status_code == 200
        request_id = reply.headers["x-request-id"]
        seen = b""
        for chunk in reply.iter_bytes():
            seen += chunk
            if final in seen:
                # the final event has arrived: the usage record must already be durable
                assert _on_disk(tmp_path / "spool", request_id, store)
                break
        else:
            pytest.fail(f"the stream ended without {final!r}")
    settle(handle)
    record = next(r for r in store.iter_usage() if r.request_id == request_id)
    assert record.status == 200 and record.completion_tokens > 0
