"""kill -9 of a real gateway process under load, and the count of answered requests whose
records are missing afterwards. Used by ``test_durability.py`` and ``bench/gateway/kill9.py``.

The gateway runs as ``exportgate serve`` (journal worker process included) against a real
store; a stand-in upstream answers in-process; client threads post chat completions over
keep-alive connections and note the gateway's ``x-request-id`` of every 200 they received in
full. Mid-load the gateway gets SIGKILL; it is started again (its journal adopts what the dead
process left), and after the last round stopped gracefully, so every spooled record is in the
store. Then each 200 is looked up in the usage table and the audit log by request id.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from exportgate.store import Store
from exportgate.store.schema import audit_log, usage

ROOT = Path(__file__).resolve().parents[2]
BODY = json.dumps(
    {"model": "frontier-5", "messages": [{"role": "user", "content": "hello there gateway"}]}
).encode()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Round:
    answered: list[str] = field(default_factory=list)  # request ids of 200s received in full
    errors: int = 0
    # the killed gateway's child processes (its journal worker): they outlive the SIGKILL,
    # drain what their gateway spooled into the store, then exit
    orphans: list[int] = field(default_factory=list)


def _state_and_parent(pid: int) -> tuple[str, int] | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2 :].split()
    return fields[0], int(fields[1])


def children(pid: int) -> list[int]:
    """The child processes of ``pid`` (from /proc; Linux)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            info = _state_and_parent(int(entry.name))
            if info is not None and info[1] == pid:
                found.append(int(entry.name))
    return found


def wait_for_orphans(rounds: list[Round], timeout_s: float = 180) -> None:
    """Wait until every killed gateway's journal worker has drained its spool and exited.

    A SIGKILL takes the gateway's serving process, not its journal worker: that worker sees its
    gateway gone, writes what was spooled to the store, and stops; a restarted gateway's
    journal leaves a segment alone while that worker still owns it. Counting records before
    the worker is done would report records that are on disk, and arrive, as missing."""
    deadline = time.monotonic() + timeout_s
    for pid in (pid for r in rounds for pid in r.orphans):
        while True:
            info = _state_and_parent(pid)
            if info is None or info[0] in ("Z", "X"):
                break
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"the killed gateway's journal worker (pid {pid}) did not finish "
                    f"draining within {timeout_s:.0f} s"
                )
            time.sleep(0.05)


def write_config(
    path: Path,
    store_url: str,
    upstream_url: str,
    spool: Path,
    port: int,
    durability: str | None,
    **extra: Any,
) -> None:
    from .conftest import MODELS

    config = {
        "listen": {"host": "127.0.0.1", "port": port},
        "store": store_url,
        "upstreams": [
            {"name": "main", "base_url": upstream_url + "/v1"},
            {"name": "slowpoke", "base_url": upstream_url + "/v1"},
            {"name": "down", "base_url": "http://127.0.0.1:9/v1"},
        ],
        "models": MODELS,
        "local_networks": {"country": "US", "network": "residential"},
        "usage": {
            "spool_dir": str(spool),
            "replay_interval_s": 0.5,
            "flush_interval_ms": 50,
            **({"durability": durability} if durability else {}),
        },
        "distillation": {"enabled": False},
        **extra,
    }
    path.write_text(json.dumps(config))


def start_gateway(
    config: Path, port: int, log: Path, timeout_s: float = 60, src: Path = ROOT / "src"
) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    with open(log, "ab") as out:
        process = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "from exportgate.cli import main; main()",
                "serve",
                "--config",
                str(config),
                "--log-level",
                "warning",
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=config.parent,
        )
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(
                f"the gateway exited with {process.returncode}: " + log.read_text()[-2000:]
            )
        with contextlib.suppress(OSError):
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                conn.close()
                return process
        time.sleep(0.1)
    process.kill()
    raise RuntimeError("the gateway did not start: " + log.read_text()[-2000:])


def load(port: int, stop: threading.Event, result: Round, key: str = "sk-test-us") -> None:
    conn: http.client.HTTPConnection | None = None
    while not stop.is_set():
        try:
            if conn is None:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request(
                "POST",
                "/v1/chat/completions",
                BODY,
                {"authorization": f"Bearer {key}", "content-type": "application/json"},
            )
            response = conn.getresponse()
            response.read()
            if response.status == 200:
                result.answered.append(response.headers["x-request-id"])
            else:
                result.errors += 1
        except (OSError, http.client.HTTPException):
            result.errors += 1
            if conn is not None:
                conn.close()
            conn = None
            time.sleep(0.01)
    if conn is not None:
        conn.close()


def kill_rounds(
    work: Path,
    store_url: str,
    upstream_url: str,
    *,
    rounds: int,
    durability: str | None = "sync",
    clients: int = 8,
    kill_after_s: float = 1.0,
    src: Path = ROOT / "src",
) -> tuple[list[Round], subprocess.Popen[bytes], int]:
    """``rounds`` gateway starts each killed with SIGKILL after ``kill_after_s`` of load; then
    one more start that is left running (returned, with its port) so that the journal drains."""
    spool = work / "spool"
    log = work / "gateway.log"
    results = []
    for _ in range(rounds):
        port = free_port()
        config = work / f"gateway-{port}.yaml"
        write_config(config, store_url, upstream_url, spool, port, durability)
        process = start_gateway(config, port, log, src=src)
        result = Round()
        stop = threading.Event()
        threads = [threading.Thread(target=load, args=(port, stop, result)) for _ in range(clients)]
        for thread in threads:
            thread.start()
        time.sleep(kill_after_s)
        result.orphans = children(process.pid)
        process.send_signal(signal.SIGKILL)
        process.wait()
        stop.set()
        for thread in threads:
            thread.join(10)
        results.append(result)
    port = free_port()
    config = work / f"gateway-{port}.yaml"
    write_config(config, store_url, upstream_url, spool, port, durability)
    return results, start_gateway(config, port, log, src=src), port


def stop_gracefully(process: subprocess.Popen[bytes], timeout_s: float = 180) -> None:
    """SIGTERM, then wait for the journal to drain and the process to exit. The limit is
    generous because a loaded 2-core machine drains thousands of records slowly; running past it
    is a failure named as such (not a later "record missing" that only looks like a loss)."""
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout_s)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        raise AssertionError(
            f"the gateway did not stop within {timeout_s:.0f} s of SIGTERM (journal not drained)"
        ) from None


def missing(store: Store, answered: list[str]) -> tuple[set[str], set[str]]:
    """Request ids among ``answered`` with no usage record, and with no audit record."""
    wanted = set(answered)
    with store.engine.connect() as conn:
        used = {row.request_id for row in conn.execute(sa.select(usage.c.request_id))}
        audited = {
            row.record.get("request_id") for row in conn.execute(sa.select(audit_log.c.record))
        }
    return wanted - used, wanted - audited
