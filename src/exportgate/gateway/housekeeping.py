"""The gateway's housekeeping: what it reads from and writes to the store off the request path.

One service, one loop (every ``caches.switches_ttl_s``):

* switches: the international pause and the per-model controls (pause, access order, approved
  list), read into the decision maker;
* verdicts: compliance's review verdicts from the audit log, which lift the bypass gate's and
  the distillation detector's holds;
* review queueing: holds noted on the request path (:meth:`Housekeeping.note_review`), written
  to the review queue;
* alert saving: distillation and bypass alerts raised on the request path, saved for compliance.

The request path only appends to the two typed queues (:attr:`Housekeeping.reviews`,
:attr:`Housekeeping.alerts`); a failed write keeps the entry for the next round.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING

from exportgate.policy.model_controls import model_states
from exportgate.policy.switches import PAUSE_SWITCH
from exportgate.records import (
    BYPASS_HOLD_CODE,
    Decision,
    DetectorEvidence,
    ReasonText,
    RecordError,
    ReviewDetail,
    ReviewRequest,
)
from exportgate.store import Store

if TYPE_CHECKING:
    from exportgate.audit import AuditLog
    from exportgate.gateway.bypass_gate import BypassGate
    from exportgate.gateway.decisions import Caller, DecisionMaker
    from exportgate.gateway.journal import JournalWorker

log = logging.getLogger("exportgate.gateway")

REVIEW_NOTE_INTERVAL_S = 60.0
MAX_NOTED = 100_000


class Housekeeping:
    """Switches, verdicts, review queueing and alert saving (see the module's docstring)."""

    def __init__(
        self,
        store: Store,
        decisions: DecisionMaker,
        bypass: BypassGate,
        journal: JournalWorker | None,
        interval_s: float,
    ) -> None:
        self.store = store
        self.decisions = decisions
        self.bypass = bypass
        self.journal = journal
        self.interval_s = interval_s
        self.reviews: list[ReviewRequest] = []
        self.alerts: list[DetectorEvidence] = []
        self._noted: dict[tuple[str, str], float] = {}
        self._verdicts_seen: int | None = None  # audit sequence of the last review verdict read
        self._audit: AuditLog | None = None

    # the request path --------------------------------------------------------------------
    def note_review(self, caller: Caller, decision: Decision, request_id: str) -> None:
        """Put a held account in the compliance review queue, written off the request path.

        The store keeps one open item per account and reason (``unless_open``); this process
        asks at most once a minute per account and reason, so a hold that comes back after its
        item was resolved is queued again."""
        first = decision.reasons[0]
        key = (caller.account.id, first.code)
        now = time.monotonic()
        if now - self._noted.get(key, -REVIEW_NOTE_INTERVAL_S) < REVIEW_NOTE_INTERVAL_S:
            return
        if len(self._noted) >= MAX_NOTED:
            self._noted.clear()
        self._noted[key] = now
        self.reviews.append(
            ReviewRequest(
                account_id=caller.account.id,
                code=first.code,
                summary=f"Requests by {caller.account.name!r} are held for review: {first.message}",
                detail=ReviewDetail(
                    request_id=request_id,
                    key_id=caller.key_id,
                    reasons=[ReasonText(code=r.code, message=r.message) for r in decision.reasons],
                    policy_version=decision.policy_version,
                    # the list entries behind a screening hold, so that a verdict can
                    # name them (the same field ``accounts import`` and re-screening
                    # write)
                    matches=list(caller.status.matches) if caller.status is not None else [],
                ),
            )
        )

    def queue_reviews(self, items: Iterable[ReviewRequest]) -> None:
        self.reviews.extend(items)

    def queue_alerts(self, alerts: Iterable[DetectorEvidence]) -> None:
        self.alerts.extend(alerts)

    # the loop ----------------------------------------------------------------------------
    async def start(self) -> None:
        """The first reads, before the gateway serves."""
        await self.refresh_switches()
        await self.refresh_model_controls()
        await self.apply_verdicts()
        await self.refresh_bypass_holds()

    async def run(self) -> None:
        while True:
            await asyncio.sleep(self.interval_s)
            await self.refresh_switches()
            await self.refresh_model_controls()
            if self.journal is not None:
                self.journal.ensure_running()
            await self.save()
            await self.apply_verdicts()
            await self.refresh_bypass_holds()

    async def refresh_bypass_holds(self) -> None:
        """Hold every account whose bypass review is open in the store, so that a hold one
        replica or worker raised reaches all of them (and survives a restart). Read after the
        verdicts: a cleared item is resolved before its verdict is written."""
        if not self.bypass.active:
            return
        try:
            accounts = await asyncio.to_thread(self.store.open_review_accounts, BYPASS_HOLD_CODE)
        except Exception as exc:  # noqa: BLE001 - keep the holds known so far
            log.warning("could not read open bypass holds from the store: %s", exc)
            return
        if added := self.bypass.adopt_holds(accounts):
            log.info("%d bypass holds adopted from the store", added)

    async def refresh_switches(self) -> None:
        try:
            pause = await asyncio.to_thread(self.store.get_switch, PAUSE_SWITCH)
        except Exception as exc:  # noqa: BLE001 - keep the last known value
            log.warning("could not read switches from the store: %s", exc)
            return
        if pause != self.decisions.switches.international_pause:
            self.decisions.switches = type(self.decisions.switches)(international_pause=pause)

    async def refresh_model_controls(self) -> None:
        """Per-model pause, access and approved-list changes from the store (issue 16)."""
        try:
            rows = await asyncio.to_thread(self.store.model_controls)
        except Exception as exc:  # noqa: BLE001 - keep the last known state
            log.warning("could not read per-model controls from the store: %s", exc)
            return
        self.decisions.set_model_states(model_states(rows))

    async def apply_verdicts(self) -> None:
        """Lift the detector's flag on accounts whose distillation hold compliance cleared
        (``exportgate reviews resolve`` or the console), read from the audit log's review
        verdicts. At start-up only the position is taken: a new detector has no flags."""
        detector = self.decisions.detector
        if detector is None and not self.bypass.active:
            return
        from exportgate.audit import AuditLog

        try:
            if self._audit is None:
                self._audit = await asyncio.to_thread(AuditLog, self.store)
            audit = self._audit
            if self._verdicts_seen is None:
                head = await asyncio.to_thread(audit.head)
                self._verdicts_seen = head[0] if head else 0
                return
            verdicts = await asyncio.to_thread(audit.verdicts_after, self._verdicts_seen)
        except Exception as exc:  # noqa: BLE001 - retried on the next round
            log.warning("could not read review verdicts from the audit log: %s", exc)
            return
        for seq, entry in verdicts:
            self._verdicts_seen = seq
            if isinstance(entry, RecordError):
                log.warning("skipped an unreadable review verdict: %s", entry)
                continue
            account_id, verdict = entry.subject, entry.verdict
            if not account_id or verdict.verdict != "cleared":
                continue
            if verdict.code == "BYPASS_ACCOUNT_HOLD":
                self.bypass.clear(account_id)
            if detector is not None and verdict.code == "DISTILLATION_SUSPECTED":
                if detector.clear(account_id):
                    log.info("distillation hold on %s cleared by %s", account_id, verdict.reviewer)
                self.decisions.forget_suspicion(account_id)

    async def save(self) -> None:
        """Write the queued review items, then the queued alerts."""
        while self.reviews:
            item = self.reviews.pop(0)
            try:
                await asyncio.to_thread(self.store.enqueue_review, item, unless_open=True)
            except Exception as exc:  # noqa: BLE001 - retry on the next round
                log.warning("could not queue a compliance review: %s", exc)
                self.reviews.insert(0, item)
                break
        await self._save_alerts()

    async def _save_alerts(self) -> None:
        """Alerts raised on the request path, saved for compliance (off it)."""
        while self.alerts:
            alert = self.alerts.pop(0)
            try:
                await asyncio.to_thread(self.store.save_alert, alert.alert())
            except Exception as exc:  # noqa: BLE001 - retry on the next round
                log.warning("could not save a distillation alert: %s", exc)
                self.alerts.insert(0, alert)
                return
