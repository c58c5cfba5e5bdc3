"""``exportgate serve --workers N``: N gateway processes on one port, one journal writer per host.

A supervisor process starts N worker processes. Each worker is a whole gateway (its own event
loop, caches and upstream connections) listening on the same ``host:port`` with its own
``SO_REUSEPORT`` socket, so the kernel spreads new connections over the workers and a worker's
death takes only its own connections with it: the others keep accepting. The supervisor keeps
the port bound (without listening) for the life of the service, restarts a worker that exits
(backing off when it keeps failing at start-up), and stops them all on SIGTERM/SIGINT. A worker
whose supervisor dies is stopped by the kernel (``PR_SET_PDEATHSIG``).

**Shared state.** Workers share what every replica shares: the store (accounts, keys, switches,
review verdicts, list state, read by each worker's caches and refreshed every
``caches.switches_ttl_s``) and Redis when configured (``limits.backend: redis://…``: rate
limits and token budgets are then counted once for all workers; with the in-memory backend each
worker counts its own, so give ``--workers`` above 1 a Redis backend). Each worker's
``/metrics`` covers that worker.

**One journal writer per host.** Each worker appends its usage and audit records to its own
journal segments in the shared spool directory (``batch-<ns>-<pid>-<seq>.jsonl.open``, fsynced
before the answers that made them leave: the durability guarantee of :mod:`.commitlog` is per
worker and unchanged). The supervisor runs the one journal worker (:mod:`.journal`) that moves
closed segments into the store, appending to the audit chain in order, and adopts the open
segments of a worker that died. The journal worker's lock on the spool directory still
guarantees that a second writer (another supervisor on the same spool) never replays the same
file.

    python -m exportgate.workers --config FILE --workers N [--host H] [--port P]
"""

from __future__ import annotations

import argparse
import ctypes
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from exportgate.gateway.journal import JournalWorker

log = logging.getLogger("exportgate.workers")

RESTART_BACKOFF_S = (0.5, 1.0, 2.0, 5.0, 10.0)
STARTUP_GRACE_S = 10.0  # a worker that lived this long is restarted at once when it exits
PR_SET_PDEATHSIG = 1


def reuseport_socket(host: str, port: int, *, listen: bool = True) -> socket.socket:
    """A TCP socket bound to ``host:port`` with ``SO_REUSEPORT`` (listening unless told not to)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    if listen:
        sock.listen(4096)
        sock.set_inheritable(True)
    return sock


def _die_with_parent() -> None:
    """Ask the kernel to send SIGTERM to this process when its parent exits (Linux)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: the worker outlives a killed supervisor
        pass


# names the worker (its pid) on every HTTP response, so that an operator (and the tests) can tell
# which of a host's workers answered; uvicorn adds it with its own headers (no ASGI wrapper, which
# cost a closure and a copied message per response)
WORKER_HEADER = b"x-exportgate-worker"


def run_worker(config_path: Path, host: str, port: int, log_level: str) -> None:
    """One worker: the whole gateway on its own SO_REUSEPORT socket, journal left to the host."""
    import uvicorn

    from exportgate.asgi import uvicorn_config
    from exportgate.config import load_config
    from exportgate.server import build_server

    parent = os.getppid()
    _die_with_parent()
    if os.getppid() != parent:  # the supervisor died before we could ask
        sys.exit(0)
    config = load_config(config_path)
    config.listen.host, config.listen.port = host, port
    sys.setswitchinterval(0.001)  # as exportgate.server.serve
    app = build_server(config, host_journal=True)
    sock = reuseport_socket(host, port)
    named = [(WORKER_HEADER.decode(), str(os.getpid()))]
    server = uvicorn.Server(uvicorn_config(app, host, port, log_level=log_level, headers=named))
    server.run(sockets=[sock])


@dataclass
class _Worker:
    index: int
    process: subprocess.Popen[bytes] | None = None
    started: float = 0.0
    failures: int = 0
    restart_at: float | None = None
    restarts: int = 0
    pids: list[int] = field(default_factory=list)


class Supervisor:
    """Starts, watches and stops the workers and the host's journal writer."""

    def __init__(
        self,
        config_path: Path,
        workers: int,
        *,
        host: str | None = None,
        port: int | None = None,
        log_level: str = "info",
    ) -> None:
        from exportgate.config import load_config

        if workers < 1:
            raise ValueError("--workers must be at least 1")
        self.config_path = config_path
        self.config = load_config(config_path)
        self.host = host if host is not None else self.config.listen.host
        self.log_level = log_level
        # hold the port for the service's life (bound, not listening: it takes no connections)
        self._reservation = reuseport_socket(
            self.host, port if port is not None else self.config.listen.port, listen=False
        )
        self.port = int(self._reservation.getsockname()[1])
        self.workers = [_Worker(i) for i in range(workers)]
        self.journal: JournalWorker | None = None
        usage = self.config.usage
        if usage.writer == "process":
            self.journal = JournalWorker(
                self.config.store,
                usage.spool_dir,
                usage.replay_interval_s,
                stream_spill=self.config.stream_spill_dir,
            )
        self._stop = threading.Event()

    def _command(self) -> list[str]:
        return [
            sys.executable,
            "-m",
            "exportgate.workers",
            "--worker",
            "--config",
            str(self.config_path),
            "--host",
            self.host,
            "--port",
            str(self.port),
            "--log-level",
            self.log_level,
        ]

    def _start(self, worker: _Worker) -> None:
        worker.process = subprocess.Popen(self._command(), stdin=subprocess.DEVNULL)
        worker.started = time.monotonic()
        worker.restart_at = None
        worker.pids.append(worker.process.pid)
        log.warning("worker %d started (pid %d)", worker.index, worker.process.pid)

    def pids(self) -> list[int]:
        return [w.process.pid for w in self.workers if w.process and w.process.poll() is None]

    def start(self) -> None:
        if self.journal is not None:
            self.journal.start()
        for worker in self.workers:
            self._start(worker)

    def check(self) -> None:
        """Restart workers that exited (and the journal writer); called every half second."""
        now = time.monotonic()
        for worker in self.workers:
            process = worker.process
            if process is None or self._stop.is_set():
                continue
            code = process.poll()
            if code is None:
                continue
            if worker.restart_at is None:
                quick = now - worker.started < STARTUP_GRACE_S
                worker.failures = worker.failures + 1 if quick else 0
                delay = (
                    RESTART_BACKOFF_S[min(worker.failures, len(RESTART_BACKOFF_S)) - 1]
                    if worker.failures
                    else 0.0
                )
                worker.restart_at = now + delay
                log.warning(
                    "worker %d (pid %d) exited with %s; restarting it in %.1f s",
                    worker.index,
                    process.pid,
                    code,
                    delay,
                )
            if now >= worker.restart_at:
                worker.restarts += 1
                self._start(worker)
        if self.journal is not None:
            self.journal.ensure_running()

    def run(self) -> None:
        """Start everything and supervise until SIGTERM/SIGINT."""
        signal.signal(signal.SIGTERM, lambda *_: self._stop.set())
        signal.signal(signal.SIGINT, lambda *_: self._stop.set())
        self.start()
        try:
            while not self._stop.wait(0.5):
                self.check()
        finally:
            self.stop()

    def stop(self, timeout_s: float = 30.0) -> None:
        self._stop.set()
        running = [w.process for w in self.workers if w.process and w.process.poll() is None]
        for process in running:
            process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + timeout_s
        for process in running:
            try:
                process.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self.journal is not None:
            self.journal.stop()
        self._reservation.close()


def serve_workers(
    config_path: Path,
    workers: int,
    *,
    host: str | None = None,
    port: int | None = None,
    log_level: str = "info",
) -> None:
    """``exportgate serve --workers N`` in the foreground."""
    supervisor = Supervisor(config_path, workers, host=host, port=port, log_level=log_level)
    print(
        f"exportgate gateway on http://{supervisor.host}:{supervisor.port} with {workers} "
        f"workers (store {supervisor.config.store})",
        file=sys.stderr,
        flush=True,
    )
    supervisor.run()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--config", required=True, type=Path)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--host")
    parser.add_argument("--port", type=int)
    parser.add_argument("--log-level", default="info")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s workers %(message)s")
    if args.worker:
        run_worker(args.config, args.host, args.port, args.log_level)
        return
    serve_workers(
        args.config, args.workers, host=args.host, port=args.port, log_level=args.log_level
    )


if __name__ == "__main__":
    main()
