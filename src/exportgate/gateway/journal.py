"""The journal worker: a separate process that moves spooled usage and audit records into the
store, so that the serving process never holds the GIL for database work (which would stall its
event loop for whole switch intervals and show up as tail latency).

The gateway writes its records to the spool directory as JSON-lines files (with
``usage.durability: sync`` the journal segments of :mod:`.commitlog`, fsynced before each answer
leaves); this process replays the closed files into the store oldest first and deletes each one
once the store has it, adopts the open segments of a gateway that died, and sets aside in the
dead-letter file any record the store refuses (:mod:`.deadletter`). While the store is down the
files stay and are retried every ``replay_interval_s``. One worker per spool directory holds an
exclusive lock on it, so two workers never replay the same file. A worker whose gateway died
drains and exits; its last drain is bounded (``--drain-limit``), so a store that does not answer
cannot keep it, and the spool's lock, for ever. The worker runs at a lower CPU priority (``--nice``, 10 by default): its
work can wait, requests cannot.

    python -m exportgate.gateway.journal --store URL --spool DIR [--replay-interval 5] [--nice 10]
                                         [--parent PID] [--stream-spill DIR] [--drain-limit 10]
"""

from __future__ import annotations

import argparse
import fcntl
import logging
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from exportgate.gateway.recorder import RecordWriter
    from exportgate.store import Store

log = logging.getLogger("exportgate.gateway.journal")

LOCK_NAME = ".journal.lock"
JOURNAL_NICE = 10


DRAIN_LIMIT_S = 10.0

# On a busy host (a pass moved a batch or more), the next replay pass waits this long: it then
# finds a few segments (each worker closes one every ``usage.flush_interval_ms``) and writes them
# in one audit and one usage transaction, about a millisecond of CPU less for each segment.
GATHER_S = 0.25


def run_worker(
    store_url: str,
    spool_dir: Path,
    replay_interval_s: float,
    stop: threading.Event,
    parent: int | None = None,
    stream_spill: Path | None = None,
    drain_limit_s: float = DRAIN_LIMIT_S,
) -> bool:
    """Replay ``spool_dir`` into the store until ``stop`` is set or the gateway process
    ``parent`` (default: our parent now) is gone. Returns False when the last drain did not
    finish within ``drain_limit_s`` (a store that does not answer): the spool's lock is
    released and the files wait for the next worker; the caller should exit at once, leaving
    the stuck drain behind."""
    from exportgate.gateway.auditsink import default_audit_writer
    from exportgate.gateway.recorder import RecordWriter
    from exportgate.store import Store

    spool_dir.mkdir(parents=True, exist_ok=True)
    parent = os.getppid() if parent is None else parent
    with open(spool_dir / LOCK_NAME, "w") as lock:
        if not _take_lock(lock.fileno(), parent, stop):
            return True
        store = Store(store_url)
        writer = RecordWriter(
            store,
            default_audit_writer(store),
            spool_dir,
            flush_interval_s=0.05,
            replay_interval_s=replay_interval_s,
            served_spill=stream_spill,
            gather_s=GATHER_S,
        )
        try:
            # stop on SIGTERM, or when the gateway that started us is gone (we were orphaned)
            while not stop.wait(1.0):
                if os.getppid() != parent:
                    log.warning("the gateway process exited; draining the spool and stopping")
                    break
        finally:
            drained = drain_within(writer, store, drain_limit_s)
        if not drained:
            log.error(
                "the spool could not be drained into the store within %.0f s (it does not "
                "answer); its files stay in %s for the next journal worker",
                drain_limit_s,
                spool_dir,
            )
    return drained  # the lock is released: its file is closed


def drain_within(writer: RecordWriter, store: Store, limit_s: float) -> bool:
    """Close the writer and replay what is left into the store, for at most ``limit_s``
    seconds (in a thread left behind after that: a store that does not answer must not keep
    an exiting worker, which holds the spool's lock, alive for ever). True when it finished."""
    done = threading.Event()

    def drain() -> None:
        try:
            writer.close(timeout_s=limit_s)
            if writer.spool_files():
                writer.replay()
            store.close()
        except Exception as exc:  # noqa: BLE001 - the files stay for the next worker
            log.error("draining the spool failed: %s", exc)
        finally:
            done.set()

    threading.Thread(target=drain, name="exportgate-journal-drain", daemon=True).start()
    return done.wait(limit_s)


def _take_lock(fd: int, parent: int, stop: threading.Event, poll_s: float = 0.5) -> bool:
    """Wait for the spool directory's lock (another worker of this spool holds it while it
    drains). False, without the lock, when the gateway that started us is gone or we are asked
    to stop first: an orphan waiting for the lock would otherwise wait for ever, and the worker
    that holds the lock keeps the spool."""
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            pass
        if os.getppid() != parent:
            log.warning("the gateway exited before this worker took the spool's lock; stopping")
            return False
        if stop.wait(poll_s):
            return False


class JournalWorker:
    """Starts and watches the worker process for one gateway."""

    def __init__(
        self,
        store_url: str,
        spool_dir: str | Path,
        replay_interval_s: float,
        stream_spill: str | Path | None = None,
    ) -> None:
        self._cmd = [
            sys.executable,
            "-m",
            "exportgate.gateway.journal",
            "--store",
            store_url,
            "--spool",
            str(spool_dir),
            "--replay-interval",
            str(replay_interval_s),
            # the gateway's pid, so that a worker orphaned while it was still starting knows
            "--parent",
            str(os.getpid()),
        ]
        if stream_spill is not None:
            self._cmd += ["--stream-spill", str(stream_spill)]
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self._process = subprocess.Popen(self._cmd, stdin=subprocess.DEVNULL)

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    @property
    def alive(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def ensure_running(self) -> None:
        if self._process is not None and not self.alive:
            log.warning("journal worker exited with %s; restarting it", self._process.returncode)
            self.start()

    def stop(self, timeout_s: float = 60.0) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout_s)
        except subprocess.TimeoutExpired:
            log.error(
                "journal worker did not stop in %.0f s; its spool stays for the next start",
                timeout_s,
            )
            process.kill()
            process.wait()


# Collections of the youngest generation every this many new container objects (Python's
# default: 700). A replay decodes thousands of records a second, each a few objects freed in
# bulk when its file is written: with the default the collector ran about once per 30 records.
GC_THRESHOLD = (10_000, 10, 10)


def quiet_gc() -> None:
    """The worker's own set-up (the store's modules, SQLAlchemy) out of the cyclic GC's walks
    (``gc.freeze``), and collections less often: the collector took about a tenth of the
    worker's CPU, for records that hold no reference cycles (their memory is freed by reference
    counting as each batch is written, whatever the threshold)."""
    import gc

    from exportgate.gateway import auditsink, recorder  # noqa: F401 - loaded before the freeze
    from exportgate.store import sql  # noqa: F401

    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLD)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--store", required=True)
    parser.add_argument("--spool", required=True, type=Path)
    parser.add_argument("--replay-interval", type=float, default=5.0)
    parser.add_argument(
        "--parent",
        type=int,
        default=None,
        help="pid of the gateway that started this worker (default: the parent process); "
        "the worker drains and stops when it is gone",
    )
    parser.add_argument(
        "--stream-spill",
        type=Path,
        default=None,
        help="the stream spill directory: served-request events of the journal segments of "
        "a gateway that died go there, to be sent to the stream (issue 19)",
    )
    parser.add_argument(
        "--drain-limit",
        type=float,
        default=DRAIN_LIMIT_S,
        help="seconds the last drain into the store may take when stopping or orphaned; "
        "after that the worker exits and the spool waits for the next one",
    )
    parser.add_argument(
        "--nice",
        type=int,
        default=JOURNAL_NICE,
        help="CPU priority increment (0 keeps the gateway's priority)",
    )
    args = parser.parse_args(argv)
    if args.nice:
        # Background work: on a busy host the serving process (and the model server beside it)
        # go first; the journal catches up when the CPU is free, the spool holding the records.
        os.nice(args.nice)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s journal %(message)s")
    quiet_gc()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    drained = run_worker(
        args.store,
        args.spool,
        args.replay_interval,
        stop,
        args.parent,
        args.stream_spill,
        args.drain_limit,
    )
    if not drained:  # a drain thread is stuck on the store: exit without waiting for it
        logging.shutdown()
        os._exit(0)


if __name__ == "__main__":
    main()
