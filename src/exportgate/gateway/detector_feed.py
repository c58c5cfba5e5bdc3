"""Feeds served requests to the distillation detector off the request path.

The request path only appends the finished request to a backlog. A task on the same event loop
(the detector's state is not thread-safe) folds the backlog into the detector in slices of about
a millisecond and runs the detector's cluster maintenance every half second in slices too,
yielding to requests between slices: no request waits for more than one slice of detector work.
Past ``MAX_BACKLOG`` queued requests (a gateway saturated with requests leaves the feed too
little time) the request path observes inline: back-pressure and bounded memory, never loss.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque

from exportgate.gateway.decisions import Detector
from exportgate.records import Account, UsageRecord

log = logging.getLogger("exportgate.gateway.detector_feed")

FEED_TICK_S = 0.02
SLICE_S = 0.001
MAINTAIN_EVERY_S = 0.5
MAINTAIN_BUDGET_S = 0.005
MAX_BACKLOG = 2_000


class DetectorFeed:
    """The backlog of served requests and the loop that hands them to the detector."""

    def __init__(self, detector: Detector) -> None:
        self.detector = detector
        self._backlog: deque[tuple[UsageRecord, Account]] = deque()

    @property
    def backlog(self) -> int:
        return len(self._backlog)

    def submit(self, record: UsageRecord, account: Account) -> None:
        if len(self._backlog) >= MAX_BACKLOG:
            self._observe(record, account)
            return
        self._backlog.append((record, account))

    def _observe(self, record: UsageRecord, account: Account) -> None:
        try:
            self.detector.observe(record, account)
        except Exception as exc:  # noqa: BLE001 - a broken detector must not stop traffic
            log.warning("distillation detector failed on %s: %s", record.request_id, exc)

    def observe_for(self, budget_s: float | None) -> int:
        """Fold queued requests in for about ``budget_s`` (all with ``None``); returns how
        many are left."""
        deadline = None if budget_s is None else time.perf_counter() + budget_s
        backlog = self._backlog
        while backlog:
            self._observe(*backlog.popleft())
            if deadline is not None and time.perf_counter() >= deadline:
                break
        return len(backlog)

    def maintain_for(self, budget_s: float | None) -> int:
        try:
            return self.detector.maintain(budget_s)
        except Exception as exc:  # noqa: BLE001 - a broken detector must not stop traffic
            log.warning("distillation maintenance failed: %s", exc)
            return 0

    async def run(self) -> None:
        last_maintained = time.monotonic()
        while True:
            await asyncio.sleep(FEED_TICK_S)
            while self.observe_for(SLICE_S):
                await asyncio.sleep(0)
            if time.monotonic() - last_maintained < MAINTAIN_EVERY_S:
                continue
            last_maintained = time.monotonic()
            spent = 0.0
            while spent < MAINTAIN_BUDGET_S:
                began = time.perf_counter()
                left = self.maintain_for(SLICE_S)
                spent += time.perf_counter() - began
                if not left:
                    break
                await asyncio.sleep(0)

    def drain(self) -> None:
        """Everything queued observed and every queued maintenance job done (shutdown)."""
        self.observe_for(None)
        self.maintain_for(None)
