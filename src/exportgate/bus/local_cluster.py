"""The local form of ``deploy/compose.yaml``: the same services as processes on one host.

``scripts/local-cluster deploy/local-cluster.yaml`` starts, from a cluster file: a Redis of the
cluster's own (append-only, an fsync per write) or an existing one, the stand-in upstream (or
a real one), one ``exportgate serve`` per replica port and ``W`` ``exportgate detector serve``
workers, all on one store, and stops them on Ctrl-C. Each replica gets its own configuration
(``<workdir>/replica-<i>.yaml``: the template with its port and its own spool directory) and
log (``<workdir>/logs``). Tests drive :class:`LocalCluster` directly: kill a replica or Redis,
start it again.
"""

from __future__ import annotations

import copy
import http.client
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import yaml

READY_TIMEOUT_S = 60.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _env(value: Any, what: str) -> Any:
    from exportgate.config import process_environment

    if isinstance(value, str) and value.startswith("env:"):
        name = value[4:].strip()
        environ = process_environment()
        if name not in environ:
            raise ValueError(f"cluster file: {what} says {value!r} but ${name} is not set")
        return environ[name]
    return value


class LocalCluster:
    def __init__(self, spec: dict[str, Any], base_dir: Path) -> None:
        self.spec = spec
        self.base_dir = base_dir
        # relative to where the cluster is started (the repository root for scripts/local-cluster)
        self.workdir = Path(str(spec.get("workdir", ".exportgate/cluster"))).resolve()
        self.logs = self.workdir / "logs"
        self.store = str(_env(spec.get("store"), "store"))
        redis = spec.get("redis") or {}
        self.own_redis = bool(redis.get("start", True))
        self.redis_port = int(redis.get("port") or 0) or free_port()
        self.redis_url = (
            f"redis://127.0.0.1:{self.redis_port}/0"
            if self.own_redis
            else str(_env(redis.get("url"), "redis.url"))
        )
        upstream = spec.get("upstream") or {}
        self.standin = bool(upstream.get("standin", True))
        self.upstream_port = int(upstream.get("port") or 0) or free_port()
        self.upstream_url = (
            f"http://127.0.0.1:{self.upstream_port}/v1"
            if self.standin
            else str(_env(upstream.get("url"), "upstream.url"))
        )
        self.ports = [int(p) or free_port() for p in (spec.get("replicas") or {}).get("ports", [])]
        self.workers = int((spec.get("detector") or {}).get("workers", 1))
        template = base_dir / str(spec.get("gateway_config", "gateway.yaml"))
        self.template: dict[str, Any] = yaml.safe_load(template.read_text("utf-8"))
        self.template = _merge(self.template, spec.get("gateway_overrides") or {})
        self.procs: dict[str, subprocess.Popen[bytes]] = {}

    @classmethod
    def from_file(cls, path: str | Path, **overrides: Any) -> LocalCluster:
        file = Path(path)
        spec = yaml.safe_load(file.read_text("utf-8")) or {}
        return cls(_merge(spec, overrides), file.parent)

    # configurations ------------------------------------------------------------------------
    def config_for(self, index: int | None) -> Path:
        """The configuration of replica ``index`` (``None``: the detector workers')."""
        config = copy.deepcopy(self.template)
        config["store"] = self.store
        config["redis"] = self.redis_url
        for upstream in config.get("upstreams", []):
            upstream["base_url"] = self.upstream_url
        name = "detector" if index is None else f"replica-{index}"
        config.setdefault("usage", {})["spool_dir"] = str(self.workdir / name / "spool")
        listen = config.setdefault("listen", {})
        listen["host"] = "127.0.0.1"
        listen["port"] = self.ports[index] if index is not None else 0
        path = self.workdir / f"{name}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(config, sort_keys=False), "utf-8")
        return path

    def replica_url(self, index: int) -> str:
        return f"http://127.0.0.1:{self.ports[index]}"

    # processes -----------------------------------------------------------------------------
    def _spawn(self, name: str, argv: list[str]) -> subprocess.Popen[bytes]:
        self.logs.mkdir(parents=True, exist_ok=True)
        log = (self.logs / f"{name}.log").open("ab")
        proc = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, cwd=self.workdir)
        log.close()
        self.procs[name] = proc
        return proc

    def start_redis(self) -> None:
        if not self.own_redis:
            return
        binary = shutil.which("redis-server")
        if binary is None:
            raise RuntimeError("redis-server is not installed (or set redis.start: false)")
        data = self.workdir / "redis"
        data.mkdir(parents=True, exist_ok=True)
        self._spawn(
            "redis",
            [
                binary,
                "--port",
                str(self.redis_port),
                "--bind",
                "127.0.0.1",
                "--dir",
                str(data),
                "--appendonly",
                "yes",
                "--appendfsync",
                "always",
                "--save",
                "",
            ],
        )
        _wait(lambda: _redis_answers(self.redis_port), "redis-server")

    def start_upstream(self) -> None:
        if not self.standin:
            return
        self._spawn(
            "upstream",
            [
                sys.executable,
                "-m",
                "exportgate.gateway.standin",
                "--port",
                str(self.upstream_port),
            ],
        )
        _wait(lambda: _http_status(self.upstream_port, "/v1/models") is not None, "the upstream")

    def start_replica(self, index: int, *, wait: bool = True) -> None:
        config = self.config_for(index)
        self._spawn(
            f"replica-{index}",
            [
                sys.executable,
                "-m",
                "exportgate.cli",
                "serve",
                "--config",
                str(config),
                "--log-level",
                "warning",
            ],
        )
        if wait:
            self.wait_replica(index)

    def wait_replica(self, index: int) -> None:
        port = self.ports[index]
        _wait(lambda: _http_status(port, "/readyz") == 200, f"replica {index}")

    def start_worker(self, worker: int) -> None:
        config = self.config_for(None)
        self._spawn(
            f"detector-{worker}",
            [
                sys.executable,
                "-m",
                "exportgate.cli",
                "detector",
                "serve",
                "--config",
                str(config),
                "--worker",
                str(worker),
                "--of",
                str(self.workers),
            ],
        )

    def start(self) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.start_redis()
        self.start_upstream()
        for worker in range(self.workers):
            self.start_worker(worker)
        for index in range(len(self.ports)):
            self.start_replica(index, wait=False)
        for index in range(len(self.ports)):
            self.wait_replica(index)

    def kill(self, name: str, sig: int = signal.SIGKILL) -> None:
        proc = self.procs.pop(name, None)
        if proc is not None and proc.poll() is None:
            proc.send_signal(sig)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    def stop(self) -> None:
        """Replicas first (gracefully: their journals drain), then workers, upstream, Redis."""
        order = sorted(self.procs, key=lambda n: (not n.startswith("replica"), n == "redis"))
        for name in order:
            self.kill(name, signal.SIGTERM)

    def alive(self, name: str) -> bool:
        proc = self.procs.get(name)
        return proc is not None and proc.poll() is None


def _wait(check: Any, what: str, timeout_s: float = READY_TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.05)
    raise RuntimeError(f"{what} did not become ready within {timeout_s:.0f} s")


def _http_status(port: int, path: str) -> int | None:
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
        conn.request("GET", path)
        status = conn.getresponse().status
        conn.close()
        return status
    except OSError:
        return None


def _redis_answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2) as conn:
            conn.sendall(b"PING\r\n")
            return conn.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def main(argv: list[str] | None = None) -> None:
    """``scripts/local-cluster [CLUSTER_FILE]``: start the cluster, wait for Ctrl-C, stop it."""
    import argparse

    parser = argparse.ArgumentParser(description="exportgate's local cluster (deploy/compose.yaml)")
    parser.add_argument("cluster", nargs="?", default="deploy/local-cluster.yaml")
    args = parser.parse_args(argv)
    cluster = LocalCluster.from_file(args.cluster)
    stop = False

    def on_signal(_sig: int, _frame: Any) -> None:
        nonlocal stop
        stop = True

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        cluster.start()
        for index in range(len(cluster.ports)):
            print(f"replica {index}: {cluster.replica_url(index)}", flush=True)
        print(f"redis {cluster.redis_url}; store {cluster.store}; logs {cluster.logs}", flush=True)
        while not stop:
            time.sleep(0.2)
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
