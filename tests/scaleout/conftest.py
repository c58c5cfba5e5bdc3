"""Fixtures for the scale-out tests: a unique Redis key prefix per test on the shared Redis,
a Redis server of the test's own (so that it can be stopped and started again), and harvesting
traffic the online detector flags."""

from __future__ import annotations

import datetime as dt
import shutil
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from exportgate.records import Account, Message, UsageRecord

T0 = dt.datetime(2026, 11, 2, tzinfo=dt.UTC)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def prefix() -> str:
    return f"egtest-{uuid.uuid4().hex[:10]}:"


class OwnRedis:
    """A redis-server of the test's own, append-only with an fsync per write (the setting
    docs/deploy.md asks of the stream's Redis): ``stop`` kills it, ``start`` brings it back
    on the same port with its data."""

    def __init__(self, workdir: Path) -> None:
        self.port = free_port()
        self.dir = workdir
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            pytest.skip("redis-server is not installed")
        self.proc = subprocess.Popen(
            [
                binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--dir",
                str(self.dir),
                "--appendonly",
                "yes",
                "--appendfsync",
                "always",
                "--save",
                "",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as conn:
                    conn.sendall(b"PING\r\n")
                    if conn.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                pass
            time.sleep(0.02)
        raise RuntimeError("own redis-server did not start")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[OwnRedis]:
    server = OwnRedis(tmp_path)
    server.start()
    yield server
    server.stop()


def harvester(account_id: str) -> Account:
    return Account(
        id=account_id,
        kind="organization",
        name=f"Harvest {account_id}",
        created_at=T0 - dt.timedelta(hours=5),
        payment_fingerprint=f"pf-{account_id}",
    )


def harvest(account_id: str, i: int) -> UsageRecord:
    """Request ``i`` of a heavy harvester (400 of these flag an account on their own)."""
    return UsageRecord(
        ts=T0 + dt.timedelta(seconds=300 * i),
        request_id=f"{account_id}-{i}",
        account_id=account_id,
        model="frontier-5",
        endpoint="chat.completions",
        status=200,
        decision="allow",
        ip="203.0.113.9",
        user_agent="python-httpx/0.27.2",
        messages=[
            Message(
                role="user",
                content=f"Question: explain concept {i} of organic chemistry to a graduate "
                "student.\nWalk me through your reasoning in detail, then state the answer.",
            )
        ],
        prompt_tokens=40,
        completion_tokens=1500,
    )
