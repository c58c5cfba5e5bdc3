"""The gateway's side of scale-out (issue 19): with ``redis:`` configured, a replica

- puts every served request (status 200) on the durable served-request stream, batched; a
  request's answer completes only once its event is on the stream or, while the stream is
  unreachable, in the replica's spill directory on disk (fsynced). Spilled events are sent when
  the stream answers again (at start-up too: a replica killed with events spilled sends them
  when it is back). The detector service counts each request once (it skips request ids it has
  already folded in), so a resend after an unclear failure is harmless;
- applies the detector service's flags (:class:`SharedFlags`, the decision maker's detector):
  pushed over pub/sub, polled from the store's ``detector_flags`` as the fallback;
- listens for change notices (switch flips, per-model controls, review verdicts, account and
  list changes) and runs the same refresh the polling loop runs, at once;
- shares the bypass account detector's observations with every other replica
  (:mod:`exportgate.bus.observations`), so an account's evidence is what all replicas saw;
- refuses controlled models with 503 ``shared_state_unavailable`` while Redis is unreachable
  (a replica that cannot hear flags or switches must not serve them on stale state), and
  recovers by itself: a probe every ``PROBE_S`` and the listener's reconnection.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from exportgate.bus import checkpoint as ck
from exportgate.bus import notify
from exportgate.bus.records import (
    Change,
    Flag,
    ServedEvent,
    encode_served,
    partition_key,
    partition_of,
)
from exportgate.bus.stream import EventStream, open_stream
from exportgate.config import GatewayConfig, Model
from exportgate.gateway.commitlog import (
    SPILL_SUFFIX,
    JournalWriteFailed,
    _alive,
    served_line,
    write_spill,
)
from exportgate.gateway.errors import GatewayError
from exportgate.records import Account, DetectorEvidence, UsageRecord

if TYPE_CHECKING:
    from exportgate.bus.observations import ObservationFeed
    from exportgate.bypass.account import Observation
    from exportgate.gateway.bypass_gate import BypassGate, GateOutcome
    from exportgate.store import Store

log = logging.getLogger("exportgate.gateway.shared")

PROBE_S = 0.5
REPLAY_S = 1.0
JOURNAL_RETRY_S = 0.05


class Journal(Protocol):
    """The replica's journal as the publisher sees it (:class:`~.recorder.RecordWriter`)."""

    async def durable(self) -> None: ...

    def mark(self) -> int | None: ...

    def served_out(self, mark: int) -> None: ...


class ServedPublisher:
    """Served-request events to the stream in batches (group commit), spilled on failure.

    With a :class:`Journal` (``sync`` durability), a batch is sent only once the journal holds
    its requests' records on disk: a replica killed between the two leaves the events in its
    journal (from where they reach the spill), never an event on the stream without its record.
    """

    def __init__(
        self, stream: EventStream, partitions: int, spill_dir: Path, timeout_s: float, replica: str
    ) -> None:
        self.stream = stream
        self.partitions = partitions
        self.spill_dir = spill_dir
        self.timeout_s = timeout_s
        self.replica = replica
        self.journal: Journal | None = None
        self._batch: list[tuple[int, bytes]] = []
        self._sending: list[tuple[int, bytes]] = []  # taken from _batch, not yet sent or spilled
        self._batch_done: asyncio.Future[None] | None = None
        self._inflight: asyncio.Future[None] | None = None
        self._wake = asyncio.Event()
        self.sent = 0
        self.spilled = 0
        self.replayed = 0
        self.unsent = 0  # events held after neither the stream nor the spill took them
        self.failing_since: float | None = None
        self.last_error = ""

    def submit(self, record: UsageRecord, account: Account | None) -> bytes:
        """Queue the request's event; returns its journal line (:func:`~.commitlog.served_line`),
        which the caller writes with the request's usage record."""
        event = ServedEvent(usage=record, account=account, replica=self.replica)
        key = partition_key(record.account_id, account)
        partition, payload = partition_of(key, self.partitions), encode_served(event)
        self._batch.append((partition, payload))
        if self._batch_done is None:
            self._batch_done = asyncio.get_running_loop().create_future()
        self._wake.set()
        return served_line(partition, payload)

    async def flushed(self) -> None:
        """Wait until every event submitted so far is on the stream or spilled to disk."""
        waiting = self._batch_done if self._batch else self._inflight
        if waiting is not None:
            await asyncio.shield(waiting)

    async def run(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            while self._batch:
                batch, self._batch = self._batch, []
                self._sending = batch
                done, self._batch_done = self._batch_done, None
                self._inflight = done
                journal = self.journal
                # every event of the batch was submitted after its usage record was appended
                mark = journal.mark() if journal is not None else None
                failure: BaseException | None = None
                try:
                    if journal is not None:
                        try:
                            await journal.durable()
                        except JournalWriteFailed as exc:
                            # the records wait in the journal for the disk: so do their events
                            # (their answers are refused), to be sent once the records are there
                            failure = exc
                            self._batch[:0] = batch
                            self._sending = []
                            await asyncio.sleep(JOURNAL_RETRY_S)
                            continue
                    await self._write(batch)
                    self._sending = []
                    if journal is not None and mark is not None:
                        journal.served_out(mark)
                except asyncio.CancelledError:
                    raise
                except Exception as exc:  # noqa: BLE001 - neither the stream nor the disk
                    if not self.unsent:
                        log.error("served-request events neither sent nor spilled: %s", exc)
                    failure = JournalWriteFailed(f"the stream spill failed: {exc}")
                    # their records are in the journal: the events are tried again (stream or
                    # spill) until one takes them, and their segment stays open meanwhile
                    self._batch[:0] = batch
                    self._sending = []
                    self.unsent = len(self._batch)
                finally:
                    if done is not None and not done.done():
                        if failure is None:
                            done.set_result(None)
                        else:  # the answers wait on this: they are refused, not served
                            done.set_exception(failure)
                    self._inflight = None
                if failure is not None:
                    await asyncio.sleep(JOURNAL_RETRY_S)
                elif self.unsent:
                    log.warning("%d held served-request events sent or spilled", self.unsent)
                    self.unsent = 0

    async def _write(self, batch: list[tuple[int, bytes]]) -> None:
        try:
            async with asyncio.timeout(self.timeout_s):
                await self.stream.publish(batch)
            self.sent += len(batch)
            self._healthy()
        except Exception as exc:  # noqa: BLE001 - Redis away: keep it on disk
            self._failed(exc)
            await asyncio.to_thread(self._spill, batch)
            self.spilled += len(batch)

    def _healthy(self) -> None:
        if self.failing_since is not None:
            log.warning("the served-request stream answers again")
        self.failing_since = None

    def _failed(self, exc: BaseException) -> None:
        detail = (str(exc).splitlines()[0] if str(exc) else "") or type(exc).__name__
        if self.failing_since is None:
            log.warning(
                "the served-request stream is unreachable (%s); spilling to %s",
                detail,
                self.spill_dir,
            )
            self.failing_since = time.monotonic()
        self.last_error = detail

    def _spill(self, batch: list[tuple[int, bytes]]) -> None:
        write_spill(self.spill_dir, batch)

    def spill_files(self) -> list[Path]:
        if not self.spill_dir.is_dir():
            return []
        return sorted(self.spill_dir.glob("*" + SPILL_SUFFIX))

    def _claim(self, path: Path) -> Path | None:
        """Take a spill file for sending (renamed ``<name>.sending-<pid>``): the workers of one
        host share the spool directory and each file is sent by one of them."""
        claimed = path.with_name(f"{path.name}.sending-{os.getpid()}")
        try:
            os.rename(path, claimed)
        except FileNotFoundError:
            return None  # another worker took it
        return claimed

    def _release_orphans(self) -> None:
        """Files a worker that is gone had claimed go back to the spill (sent again: the
        detector service counts each request once)."""
        for path in self.spill_dir.glob(f"*{SPILL_SUFFIX}.sending-*"):
            pid = path.name.rsplit("-", 1)[1]
            if pid.isdigit() and not _alive(int(pid)):
                with contextlib.suppress(FileNotFoundError):
                    os.rename(path, path.with_name(path.name.split(".sending-")[0]))

    async def replay(self) -> int:
        """Send spilled events (oldest first); a file is deleted once the stream has it."""
        sent = 0
        if self.spill_dir.is_dir():
            await asyncio.to_thread(self._release_orphans)
        for path in self.spill_files():
            claimed = await asyncio.to_thread(self._claim, path)
            if claimed is None:
                continue
            items: list[tuple[int, bytes]] = []
            for line in (await asyncio.to_thread(claimed.read_bytes)).splitlines():
                partition, _, payload = line.partition(b"\t")
                if payload:
                    items.append((int(partition), payload))
            try:
                async with asyncio.timeout(max(self.timeout_s, 5.0)):
                    await self.stream.publish(items)
            except BaseException:
                await asyncio.to_thread(os.rename, claimed, path)  # not sent: back to the spill
                raise
            await asyncio.to_thread(claimed.unlink)
            sent += len(items)
        if sent:
            self.replayed += sent
            log.warning("sent %d spilled served-request events to the stream", sent)
        return sent

    async def replay_loop(self) -> None:
        while True:
            if self.spill_files():
                try:
                    await self.replay()
                    self._healthy()
                except Exception as exc:  # noqa: BLE001 - still away: next round
                    self._failed(exc)
            await asyncio.sleep(REPLAY_S)


class SharedFlags:
    """The detector the decision maker asks when the detector runs as a service: the flags it
    published, applied here (``remote``: the gateway feeds it nothing itself)."""

    remote = True

    def __init__(self) -> None:
        self.flags: dict[str, Flag] = {}
        self._cleared_at: dict[str, float] = {}
        self.applied = 0

    def apply(self, flag: Flag, *, from_poll: bool = False) -> None:
        cleared = self._cleared_at.get(flag.account_id)
        if from_poll and cleared is not None and flag.at <= cleared:
            return  # a verdict here is newer than the service's row
        if flag.flagged:
            if flag.account_id not in self.flags:
                log.info("distillation flag on %s applied: %s", flag.account_id, flag.summary)
            self.flags[flag.account_id] = flag
            self._cleared_at.pop(flag.account_id, None)
        else:
            self.flags.pop(flag.account_id, None)
        self.applied += 1

    def sync(self, flags: list[Flag]) -> None:
        """The store's flags (the fallback poll): add those missing, drop those gone."""
        current = {f.account_id for f in flags}
        for flag in flags:
            if flag.account_id not in self.flags:
                self.apply(flag, from_poll=True)
        for account_id in list(self.flags):
            if account_id not in current:
                self.flags.pop(account_id, None)

    # the Detector protocol ---------------------------------------------------------------
    def observe(self, usage: Any, account: Account | None = None) -> None:
        return None

    def is_suspected(self, account_id: str) -> bool:
        return account_id in self.flags

    def explain(self, account_id: str) -> DetectorEvidence:
        flag = self.flags.get(account_id)
        if flag is None:
            return DetectorEvidence(account_id=account_id, score=0.0, flagged=False)
        if flag.evidence is not None:
            return flag.evidence
        return DetectorEvidence(
            account_id=account_id, score=flag.score, flagged=True, summary=flag.summary
        )

    def maintain(self, budget_s: float | None = 0.005) -> int:
        return 0

    def clear(self, account_id: str) -> bool:
        self._cleared_at[account_id] = time.time()
        return self.flags.pop(account_id, None) is not None


Refresh = Callable[[], Awaitable[None]]


class SharedState:
    """One replica's shared parts; the gateway calls :meth:`served`, :meth:`flushed`,
    :meth:`check` and :meth:`start`."""

    def __init__(self, config: GatewayConfig, flags: SharedFlags | None) -> None:
        assert config.redis is not None or config.scaleout.stream.startswith("kafka://")
        settings = config.scaleout
        self.config = config
        self.redis_url = config.redis
        self.prefix = settings.prefix
        self.flags = flags
        self.replica = f"{os.uname().nodename}-{os.getpid()}"
        notify.configure(config.redis, settings.prefix, origin=self.replica)
        timeout_s = config.dependencies.timeout_s
        self.publisher: ServedPublisher | None = None
        if flags is not None:
            stream = open_stream(
                config.redis,
                settings.stream,
                prefix=settings.prefix,
                partitions=settings.partitions,
                maxlen=settings.stream_maxlen,
                timeout_s=timeout_s,
            )
            spill = Path(config.stream_spill_dir or "stream-spill")
            self.publisher = ServedPublisher(
                stream, settings.partitions, spill, timeout_s, self.replica
            )
        self.observations: ObservationFeed | None = None
        self.listener: notify.ChangeListener | None = None
        self._probe: Any = None
        self.probe_failing_since: float | None = None
        self.probe_error = ""
        self.changes_applied = 0

    def share_bypass(self, gate: BypassGate, apply: Callable[[GateOutcome], None]) -> None:
        """Share the bypass account detector's observations with the other replicas: this
        replica's go on the stream (``gate.publish``), the others' are folded into ``gate`` and
        what that raises (a hold's audit entry and review item) goes to ``apply``."""
        if self.redis_url is None or not gate.active:
            return
        from exportgate.bus.observations import ObservationFeed

        def fold(obs: Observation, replayed: bool) -> None:
            apply(gate.fold(obs, act=not replayed))

        self.observations = ObservationFeed(
            self.redis_url,
            self.prefix,
            gate.origin,
            fold,
            maxlen=self.config.scaleout.observations_maxlen,
            timeout_s=self.config.dependencies.timeout_s,
        )
        gate.publish = self.observations.publish

    # request path ------------------------------------------------------------------------
    def served(self, record: UsageRecord, account: Account) -> bytes:
        """Queue a served request's event; returns its journal line (empty without a
        publisher), to be written with the request's usage record."""
        if self.publisher is not None:
            return self.publisher.submit(record, account)
        return b""

    async def flushed(self) -> None:
        if self.publisher is not None:
            await self.publisher.flushed()

    @property
    def down(self) -> str | None:
        """Why shared state is unreachable now (None: it is reachable)."""
        if self.probe_failing_since is not None:
            return self.probe_error or "no answer"
        if self.listener is not None and self.listener.failing_since is not None:
            return "not subscribed to change notices"
        return None  # a slow stream write alone spills its batch; it does not refuse requests

    def check(self, model: Model, retry_after_s: int) -> None:
        """Refuse a controlled model while shared state is unreachable (fail closed)."""
        if not model.controlled:
            return
        why = self.down
        if why is None:
            return
        raise GatewayError(
            503,
            "shared_state_unavailable",
            f"The gateway cannot reach its shared state (Redis: {why[:200]}), so it cannot "
            f"apply other replicas' flags and switches to the export-controlled model "
            f"'{model.id}' and does not serve it. This is an outage on the provider's side: "
            f"retry after {retry_after_s} s.",
            headers=((b"retry-after", str(retry_after_s).encode()),),
        )

    # background --------------------------------------------------------------------------
    def start(
        self,
        store: Store,
        refresh: Callable[[Change | None], Awaitable[None]],
    ) -> list[asyncio.Task[None]]:
        """Start the publisher, the replay of spilled events, the change listener, the health
        probe and the flag poll; ``refresh`` applies one change notice (None: everything)."""
        loop = asyncio.get_running_loop()
        tasks: list[asyncio.Task[None]] = []
        if self.publisher is not None:
            tasks.append(loop.create_task(self.publisher.run()))
            tasks.append(loop.create_task(self.publisher.replay_loop()))
        if self.redis_url is not None:
            self._store = store
            self._refresh = refresh
            self.listener = notify.ChangeListener(self.redis_url, self.prefix, self._on_change)
            tasks.append(loop.create_task(self.listener.run()))
            tasks.append(loop.create_task(self._probe_loop()))
        if self.flags is not None:
            tasks.append(loop.create_task(self._flag_poll(store)))
        if self.observations is not None:
            tasks.append(loop.create_task(self.observations.run_publisher()))
            tasks.append(loop.create_task(self.observations.run_follower()))
        return tasks

    async def _on_change(self, change: Change | None) -> None:
        if change is not None and change.kind in ("flag", "unflag"):
            if self.flags is not None and change.flag is not None:
                self.flags.apply(change.flag)
        else:
            if change is None and self.flags is not None:
                await self._poll_flags(self._store)
            await self._refresh(change)
        self.changes_applied += 1

    async def _poll_flags(self, store: Store) -> None:
        assert self.flags is not None
        try:
            flags = await asyncio.to_thread(ck.load_flags, store)
        except Exception as exc:  # noqa: BLE001 - the store away: next round
            log.debug("could not read detector flags: %s", exc)
            return
        self.flags.sync(flags)

    async def _flag_poll(self, store: Store) -> None:
        await asyncio.to_thread(ck.ensure_tables, store)
        while True:
            await self._poll_flags(store)
            await asyncio.sleep(self.config.scaleout.flag_poll_s)

    async def _probe_loop(self) -> None:
        import redis.asyncio as aioredis

        timeout = self.config.dependencies.timeout_s
        client: Any = aioredis.Redis.from_url(
            self.redis_url or "", socket_timeout=timeout, socket_connect_timeout=timeout
        )
        try:
            while True:
                try:
                    async with asyncio.timeout(timeout):
                        await client.ping()
                    if self.probe_failing_since is not None:
                        log.warning("Redis answers again: serving controlled models")
                    self.probe_failing_since = None
                except asyncio.CancelledError:
                    raise
                except Exception as exc:  # noqa: BLE001 - an outage
                    if self.probe_failing_since is None:
                        self.probe_failing_since = time.monotonic()
                        log.warning("Redis is unreachable: controlled models fail closed")
                    self.probe_error = (str(exc).splitlines()[0] if str(exc) else "") or type(
                        exc
                    ).__name__
                await asyncio.sleep(PROBE_S)
        finally:
            await client.aclose()

    async def close(self) -> None:
        """At shutdown: events not yet written go to the spill, and the spill is sent if the
        stream answers (else at the next start)."""
        publisher = self.publisher
        if publisher is None:
            return
        # the batch being sent when the publisher was stopped, and those after it (an event
        # also sent before is counted once by the detector service)
        batch = publisher._sending + publisher._batch
        publisher._sending, publisher._batch = [], []
        if batch:
            await asyncio.to_thread(publisher._spill, batch)
        if publisher.spill_files():  # one last try, so a stopped replica leaves nothing behind
            try:
                async with asyncio.timeout(5.0):
                    await publisher.replay()
            except Exception as exc:  # noqa: BLE001 - sent at the next start instead
                log.warning("spilled served-request events wait for the next start: %s", exc)
        try:
            await publisher.stream.close()
        except Exception as exc:  # noqa: BLE001 - closing a broken connection
            log.debug("closing the stream: %s", exc)

    def stats(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "down": self.down,
            "changes_applied": self.changes_applied,
            "subscribed": self.listener.connected if self.listener is not None else False,
        }
        if self.publisher is not None:
            out.update(
                sent=self.publisher.sent,
                spilled=self.publisher.spilled,
                replayed=self.publisher.replayed,
                spill_files=len(self.publisher.spill_files()),
            )
        if self.flags is not None:
            out["flagged"] = sorted(self.flags.flags)
        if self.observations is not None:
            out["bypass_observations"] = self.observations.stats()
        return out


async def apply_change(gateway: Any, change: Change | None) -> None:
    """Run, for one change notice, the refresh the gateway's polling loop would run later
    (``None``: notices may have been missed, refresh what the polling loop refreshes)."""
    kind = change.kind if change is not None else None
    housekeeping = gateway.housekeeping
    if kind in (None, "switch"):
        await housekeeping.refresh_switches()
    if kind in (None, "model_controls"):
        await housekeeping.refresh_model_controls()
    if kind in (None, "verdict"):
        await housekeeping.apply_verdicts()
    if kind == "account" and change is not None and change.subject:
        gateway.callers.forget_account(change.subject)
    if kind == "lists":
        gateway.callers.forget_account(None)
        gateway._lists_fresh = None
