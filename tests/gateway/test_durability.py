"""No answered request without its records: kill -9 of the gateway process under load, on
SQLite and on the real PostgreSQL; every 200 the clients received is matched by request id to its
usage record and its audit record afterwards."""

from __future__ import annotations

from pathlib import Path

from exportgate.gateway.server import ServerHandle
from exportgate.gateway.standin import StandinState
from exportgate.store import open_store

from .conftest import seed
from .crash import kill_rounds, missing, stop_gracefully


def test_kill_9_under_load_loses_no_record_of_an_answered_request(
        store_url: str, standin: tuple[ServerHandle, StandinState], tmp_path: Path) -> None:
    store = open_store(store_url)
    seed(store)
    rounds, survivor, _ = kill_rounds(tmp_path, store_url, standin[0].url, rounds=2,
                                      clients=6, kill_after_s=1.0)
    stop_gracefully(survivor)  # the journal drains on a graceful stop
    answered = [request_id for r in rounds for request_id in r.answered]
    assert all(r.answered for r in rounds), "a round answered nothing before the kill"
    no_usage, no_audit = missing(store, answered)
    print(f"kill -9 x{len(rounds)}: {len(answered)} answered 200, "
          f"{len(no_usage)} without usage, {len(no_audit)} without audit")
    assert not no_usage, f"{len(no_usage)} answered requests have no usage record"
    assert not no_audit, f"{len(no_audit)} answered requests have no audit record"
    assert not list((tmp_path / "spool").glob("*.jsonl*")), "the spool was not drained"
    store.close()
