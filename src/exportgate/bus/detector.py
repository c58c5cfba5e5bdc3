"""The detector service (``exportgate detector serve``): the online distillation detector fed
by every replica's served requests, off the replicas.

Each worker owns some partitions of the served-request stream (the partition is the account's
hash, so an account's requests always reach the same worker) and keeps one detector per
partition. A round reads a batch, folds each entry into its partition's detector (skipping
entries at or before the partition's checkpointed offset and request ids already folded in, so
a redelivery or a replica's replayed spill counts once), runs the detector's maintenance, and
publishes changed flags (the store's ``detector_flags`` row first, then a pub/sub notice). Every
``checkpoint_interval_s`` the partition's state is saved to the store with its offset and count,
and only then are the entries acknowledged: a worker killed at any point resumes from its last
checkpoint and is handed again everything after it.

Compliance verdicts (``reviews resolve``) that clear a distillation hold reach the worker as
change notices (and by polling the audit log, the fallback): the account's evidence is forgotten
and its flag lifted everywhere.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from exportgate.bus import checkpoint as ck
from exportgate.bus import notify
from exportgate.bus.records import Change, Flag, decode_served, partition_key, partition_of
from exportgate.bus.stream import EventStream
from exportgate.records import DetectorEvidence
from exportgate.store import Store

log = logging.getLogger("exportgate.bus.detector")

RECENT_IDS = 200_000
READ_COUNT = 500
READ_BLOCK_MS = 100
MAINTAIN_BUDGET_S = 0.05
VERDICT_POLL_S = 2.0
ALERT_CODE = "DISTILLATION_SUSPECTED"


@dataclass
class PartitionState:
    """What a partition's checkpoint holds."""

    detector: Any
    recent: OrderedDict[str, None] = field(default_factory=OrderedDict)
    published: set[str] = field(default_factory=set)


@dataclass
class _Partition:
    number: int
    state: PartitionState
    offset: str | None
    folded: int
    unacked: list[str] = field(default_factory=list)
    touched: set[str] = field(default_factory=set)
    released: set[str] = field(default_factory=set)  # cleared by a verdict, to unflag
    dirty: bool = False
    duplicates: int = 0


def new_detector(served_prompt_bits: int | None = None) -> Any:
    from exportgate.distill import DetectorConfig, OnlineDetector

    config = (
        DetectorConfig()
        if served_prompt_bits is None
        else DetectorConfig(served_prompt_bits=served_prompt_bits)
    )
    return OnlineDetector(config)


def owned_partitions(partitions: int, worker: int, workers: int) -> list[int]:
    if not 0 <= worker < workers:
        raise ValueError(f"worker {worker} is not among 0..{workers - 1}")
    return [p for p in range(partitions) if p % workers == worker]


class DetectorWorker:
    def __init__(
        self,
        store: Store,
        stream: EventStream,
        owned: list[int],
        *,
        served_prompt_bits: int | None = None,
        checkpoint_interval_s: float = 1.0,
        redis_url: str | None = None,
        prefix: str = "exportgate:",
        hold_flags: bool = True,
    ) -> None:
        self.store = store
        self.hold_flags = hold_flags
        self.stream = stream
        self.owned = owned
        self.served_prompt_bits = served_prompt_bits
        self.checkpoint_interval_s = checkpoint_interval_s
        self.redis_url = redis_url
        self.prefix = prefix
        self.parts: dict[int, _Partition] = {}
        self.alerts: list[DetectorEvidence] = []
        self._verdicts_seen: int | None = None
        self._verdicts_wanted = asyncio.Event()
        self.rounds = 0
        self.checkpoint_s = 0.0  # how long the last checkpoint took

    # state ----------------------------------------------------------------------------
    def load(self) -> None:
        ck.ensure_tables(self.store)
        for number in self.owned:
            found = ck.load_checkpoint(self.store, number)
            if found is None:
                state = PartitionState(new_detector(self.served_prompt_bits))
                self.parts[number] = _Partition(number, state, None, 0)
            else:
                self.parts[number] = _Partition(number, found.state, found.offset, found.folded)
            self.parts[number].state.detector.on_alert = self.alerts.append
            log.info(
                "partition %d: resumed at offset %s with %d requests folded in",
                number,
                self.parts[number].offset,
                self.parts[number].folded,
            )

    @property
    def folded(self) -> int:
        return sum(p.folded for p in self.parts.values())

    def _checkpoint(self, part: _Partition) -> None:
        detector = part.state.detector
        detector.on_alert = None  # not part of the state
        try:
            ck.save_checkpoint(self.store, part.number, part.offset, part.folded, part.state)
        finally:
            detector.on_alert = self.alerts.append

    # one round ---------------------------------------------------------------------------
    def fold(self, partition: int, offset: str, data: bytes) -> None:
        part = self.parts[partition]
        part.unacked.append(offset)
        if part.offset is not None and self.stream.offset_key(offset) <= self.stream.offset_key(
            part.offset
        ):
            return  # folded in before the last checkpoint, acknowledged after it
        part.offset = offset
        part.dirty = True
        try:
            event = decode_served(data)
        except Exception as exc:  # noqa: BLE001 - a bad entry is skipped, named
            log.error(
                "stream partition %d entry %s is not a served request: %s", partition, offset, exc
            )
            return
        usage = event.usage
        recent = part.state.recent
        if usage.request_id in recent:
            part.duplicates += 1
            return
        recent[usage.request_id] = None
        if len(recent) > RECENT_IDS:
            recent.popitem(last=False)
        key = partition_key(usage.account_id, event.account)
        if partition_of(key, self.stream.partitions) != partition:
            log.warning(
                "request %s is on partition %d, not its account's", usage.request_id, partition
            )
        part.state.detector.observe(usage, event.account)
        part.folded += 1
        if usage.account_id is not None:
            part.touched.add(usage.account_id)

    def flag_changes(self, part: _Partition) -> list[Flag]:
        """The flags to publish: accounts newly suspected, and accounts no longer suspected."""
        detector = part.state.detector
        published = part.state.published
        candidates = set(detector.flagged) | published | part.touched
        now = {a for a in candidates if detector.is_suspected(a)}
        out: list[Flag] = []
        at = time.time()
        for account_id in sorted(now - published):
            evidence = detector.explain(account_id)
            out.append(
                Flag(
                    account_id=account_id,
                    flagged=True,
                    score=evidence.score,
                    summary=evidence.summary
                    if isinstance(evidence.summary, str)
                    else evidence.describe(),
                    evidence=evidence,
                    at=at,
                )
            )
        gone = published - now
        if self.hold_flags:  # a flag is lifted by a compliance verdict, not by a score's dip
            gone &= part.released
        for account_id in sorted(gone):
            out.append(Flag(account_id=account_id, flagged=False, at=at))
        part.released -= gone
        return out

    async def _publish(self, part: _Partition, flags: list[Flag]) -> None:
        """Save each flag, then notify; a flag counts as published (and is not sent again)
        only once its row is saved, so a store outage retries it next round."""
        for flag in flags:
            await asyncio.to_thread(ck.save_flag, self.store, flag)
            if flag.flagged:
                part.state.published.add(flag.account_id)
            else:
                part.state.published.discard(flag.account_id)
            part.dirty = True
            await asyncio.to_thread(
                notify.changed, "flag" if flag.flagged else "unflag", flag.account_id, flag
            )
            log.info(
                "account %s %s (score %.2f)",
                flag.account_id,
                "flagged" if flag.flagged else "unflagged",
                flag.score,
            )

    async def _save_alerts(self) -> None:
        while self.alerts:
            await asyncio.to_thread(self.store.save_alert, self.alerts[0].alert())
            self.alerts.pop(0)

    async def checkpoint(self) -> None:
        """Save every changed partition, then acknowledge what the checkpoint holds."""
        for part in self.parts.values():
            if part.dirty:
                await asyncio.to_thread(self._checkpoint, part)
                part.dirty = False
            if part.unacked:
                acked, part.unacked = part.unacked, []
                await self.stream.ack(part.number, acked)

    async def round(self) -> int:
        entries = await self.stream.read(self.owned, READ_COUNT, READ_BLOCK_MS)
        for entry in entries:
            self.fold(entry.partition, entry.offset, entry.data)
        for part in self.parts.values():
            part.state.detector.maintain(MAINTAIN_BUDGET_S)
            flags = self.flag_changes(part)
            if flags:
                await self._publish(part, flags)
            part.touched.clear()
        await self._save_alerts()
        self.rounds += 1
        return len(entries)

    # verdicts ----------------------------------------------------------------------------
    async def apply_verdicts(self) -> None:
        from exportgate.audit import AuditLog

        audit = AuditLog(self.store)
        if self._verdicts_seen is None:
            head = await asyncio.to_thread(audit.head)
            self._verdicts_seen = head[0] if head else 0
            return
        verdicts = await asyncio.to_thread(audit.after, self._verdicts_seen, "review")
        for entry in verdicts:
            await self._apply_verdict(entry)
            self._verdicts_seen = int(entry["seq"])  # only once applied: a failure retries it

    async def _apply_verdict(self, entry: dict[str, Any]) -> None:
        record = entry.get("record") or {}
        subject = entry.get("subject")
        if record.get("code") != ALERT_CODE or record.get("verdict") != "cleared" or not subject:
            return
        part = next(
            (p for p in self.parts.values() if str(subject) in p.state.detector.sketches),
            None,
        )
        if part is None:  # another worker's account, or one never seen
            return
        part.state.detector.clear(str(subject))
        part.touched.add(str(subject))
        part.released.add(str(subject))
        part.dirty = True
        await self._publish(part, self.flag_changes(part))
        log.info("distillation hold on %s cleared by %s", subject, record.get("reviewer"))

    async def _on_change(self, change: Change | None) -> None:
        if change is None or change.kind == "verdict":
            self._verdicts_wanted.set()

    # the loop ----------------------------------------------------------------------------
    async def run(self, stop: asyncio.Event | None = None) -> None:
        stop = stop or asyncio.Event()
        while True:  # the store may not answer yet (it starts with us, or is down)
            try:
                await asyncio.to_thread(self.load)
                await self.apply_verdicts()
                break
            except Exception as exc:  # noqa: BLE001 - retried until it answers
                log.warning("detector worker cannot load its checkpoints yet: %s", exc)
                if stop.is_set():
                    return
                await asyncio.sleep(1.0)
        listener_task = None
        if self.redis_url is not None:
            listener = notify.ChangeListener(self.redis_url, self.prefix, self._on_change)
            listener_task = asyncio.get_running_loop().create_task(listener.run())
        last_checkpoint = last_verdicts = time.monotonic()
        failing = False
        try:
            while not stop.is_set():
                try:
                    await self.round()
                    if self._verdicts_wanted.is_set() or (
                        time.monotonic() - last_verdicts >= VERDICT_POLL_S
                    ):
                        self._verdicts_wanted.clear()
                        last_verdicts = time.monotonic()
                        await self.apply_verdicts()
                    # a checkpoint costs at most a fifth of the time: with a large state it
                    # is taken less often than checkpoint_interval_s
                    if time.monotonic() - last_checkpoint >= max(
                        self.checkpoint_interval_s, 4 * self.checkpoint_s
                    ):
                        began = time.monotonic()
                        await self.checkpoint()
                        last_checkpoint = time.monotonic()
                        self.checkpoint_s = last_checkpoint - began
                    if failing:
                        log.warning("the detector worker reaches the stream and store again")
                        failing = False
                except asyncio.CancelledError:
                    raise
                except Exception as exc:  # noqa: BLE001 - Redis or the store away: retry
                    if not failing:
                        log.warning("detector round failed, retrying: %s", exc)
                        failing = True
                    _forget_groups(self.stream)
                    await asyncio.sleep(0.2)
            await self.checkpoint()
        finally:
            if listener_task is not None:
                listener_task.cancel()
            await self.stream.close()


def _forget_groups(stream: EventStream) -> None:
    """A Redis that came back empty has lost the consumer groups: create them again."""
    groups = getattr(stream, "_groups", None)
    if isinstance(groups, set):
        groups.clear()
