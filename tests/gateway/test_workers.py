"""``exportgate serve --workers 2``: two gateway processes on one port (SO_REUSEPORT) share the
store and Redis: both answer, a rate limit in Redis is counted once for both, a switch flipped
in the store is applied by both; SIGKILL of one worker leaves the other serving (and the
supervisor starts a new one); one journal writer for the host, and after a graceful stop every
200 the clients got has its usage record in the store."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from exportgate.gateway.standin import StandinState
from exportgate.records import Account
from exportgate.screening.api import ScreeningStatus
from exportgate.server import ServerHandle
from exportgate.store import Store, open_store

from .conftest import gateway_config, seed

WAIT_S = 60.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def _running(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


ANSWERED: list[int] = []


def _post(url: str, key: str, model: str = "frontier-5") -> tuple[int, str | None]:
    """One request on a fresh connection: (status, the worker that answered); every status is
    noted in ``ANSWERED``."""
    status, worker = _post_once(url, key, model)
    ANSWERED.append(status)
    return status, worker


def _post_once(url: str, key: str, model: str) -> tuple[int, str | None]:
    body = json.dumps({"model": model, "messages": [{"role": "user", "content": "hi"}]}).encode()
    request = urllib.request.Request(
        url + "/v1/chat/completions",
        data=body,
        headers={"content-type": "application/json", "authorization": f"Bearer {key}"},
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers.get("x-exportgate-worker")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("x-exportgate-worker")


class Service:
    def __init__(self, process: subprocess.Popen[bytes], url: str, store: Store) -> None:
        self.process, self.url, self.store = process, url, store

    def workers(self) -> list[int]:
        return [p for p in _children(self.process.pid) if "--worker" in _cmdline(p) and _running(p)]

    def journals(self) -> list[int]:
        return [p for p in _children(self.process.pid) if "gateway.journal" in _cmdline(p)]


def _wait(condition: object, what: str) -> None:
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def service(
    tmp_path: Path, standin: tuple[ServerHandle, StandinState], redis_url: str
) -> Iterator[tuple[Service, str]]:
    handle, _ = standin
    store_url = f"sqlite:///{tmp_path / 'store.db'}"
    store = open_store(store_url)
    seed(store)
    limited = f"acct-workers-{uuid.uuid4().hex[:8]}"  # its own Redis counters
    store.upsert_account(
        Account(
            id=limited,
            kind="organization",
            name="Two Worker Quota Corp",
            country="US",
            headquarters="US",
            kyc_verified=True,
            api_keys=[f"sk-{limited}"],
        )
    )
    store.set_screening_status(limited, ScreeningStatus(status="clear", lists_version="test-lists"))
    port = _free_port()
    raw = gateway_config(tmp_path, handle.url, store_url)
    raw["listen"] = {"host": "127.0.0.1", "port": port}
    raw["limits"] = {
        "backend": redis_url,
        "per_account": {limited: {"account": {"requests_per_minute": 6}}},
    }
    raw["usage"] = {"spool_dir": str(tmp_path / "spool"), "writer": "process"}
    raw["caches"] = {"switches_ttl_s": 0.2}
    config = tmp_path / "gateway.yaml"
    config.write_text(json.dumps(raw))
    log = (tmp_path / "serve.log").open("wb")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "exportgate.cli",
            "serve",
            "--config",
            str(config),
            "--workers",
            "2",
            "--log-level",
            "warning",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    svc = Service(process, f"http://127.0.0.1:{port}", store)

    def ready() -> bool:
        """Both workers answer /readyz: a worker builds the gateway before it opens its socket,
        so one ready worker alone would take every connection until the other one listens."""
        assert process.poll() is None, (tmp_path / "serve.log").read_text()
        workers = svc.workers()
        if len(workers) != 2:
            return False
        answered: set[str | None] = set()
        for _ in range(24):  # fresh connections, which the kernel spreads over both sockets
            try:
                with urllib.request.urlopen(svc.url + "/readyz", timeout=5) as response:
                    if response.status == 200:
                        answered.add(response.headers.get("x-exportgate-worker"))
            except OSError:
                return False
        return answered == {str(p) for p in workers}

    try:
        _wait(ready, "two ready workers")
        yield svc, limited
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(60)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        log.close()
        store.close()


def test_two_workers_share_state_and_survive_a_killed_worker(
    service: tuple[Service, str],
) -> None:
    svc, limited = service
    workers = svc.workers()
    assert len(workers) == 2
    assert len(svc.journals()) == 1  # one journal writer for the host
    ANSWERED.clear()

    # both workers answer (the kernel spreads new connections over their sockets)
    seen: set[str | None] = set()
    for _ in range(40):
        status, worker = _post(svc.url, "sk-test-gb")
        assert status == 200
        seen.add(worker)
    assert seen == {str(p) for p in workers}

    # a rate limit in Redis is counted once for both workers: 6 per minute in all
    answers = [_post(svc.url, f"sk-{limited}") for _ in range(20)]
    assert sorted(s for s, _ in answers) == [200] * 6 + [429] * 14
    assert {w for _, w in answers} == {str(p) for p in workers}

    # a switch flipped in the store is applied by both workers
    svc.store.set_switch("international_pause", True)
    everywhere = {str(p) for p in workers}

    def refused_everywhere() -> bool:
        answers = [_post(svc.url, "sk-test-gb") for _ in range(12)]
        return {s for s, _ in answers} == {403} and {w for _, w in answers} == everywhere

    _wait(refused_everywhere, "both workers to apply the pause")
    paused = [_post(svc.url, "sk-test-gb") for _ in range(30)]
    assert {s for s, _ in paused} == {403}
    assert {w for _, w in paused} == {str(p) for p in workers}
    svc.store.set_switch("international_pause", False)
    _wait(lambda: all(_post(svc.url, "sk-test-gb")[0] == 200 for _ in range(10)), "the unpause")

    # SIGKILL one worker: the other keeps serving every request, and a new one is started
    victim, survivor = workers
    os.kill(victim, signal.SIGKILL)
    # gone for good once reaped: a thread group leader shows as a zombie while its other
    # threads (and the listening socket they share) are still being torn down
    _wait(lambda: not Path(f"/proc/{victim}").exists(), "the killed worker to be reaped")
    after = [_post(svc.url, "sk-test-us") for _ in range(30)]
    assert {s for s, _ in after} == {200}
    assert str(victim) not in {w for _, w in after}
    assert str(survivor) in {w for _, w in after}
    _wait(lambda: len(svc.workers()) == 2, "the supervisor to start a new worker")
    assert victim not in svc.workers() and survivor in svc.workers()

    # graceful stop: the journal writer drains; every 200 above has its usage record
    svc.process.send_signal(signal.SIGTERM)
    assert svc.process.wait(60) == 0
    usage = list(svc.store.iter_usage())
    assert sum(1 for r in usage if r.status == 200) == ANSWERED.count(200)
    ids = [r.request_id for r in usage]
    assert len(ids) == len(set(ids))
