"""``/readyz``: each dependency's state, answered within a fixed budget whatever is down.

A check that may block (a store ping over a frozen connection) runs in a thread of its own
probe, one at a time: a ping still unanswered is reported as such ("no answer for 1800 ms") and
the next ``/readyz`` waits on the same ping rather than starting another, so a hung dependency
costs one thread, never a growing pile. Async checks (Redis) run under a timeout.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Health:
    ok: bool
    detail: str


class BlockingProbe:
    """A synchronous check (True = healthy) run in this probe's own thread."""

    def __init__(self, name: str, check: Callable[[], bool]) -> None:
        self.name = name
        self._check = check
        self._executor = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix=name)
        self._running: asyncio.Future[bool] | None = None
        self._since = 0.0

    async def health(self, budget_s: float) -> Health:
        if self._running is None or self._running.done():
            loop = asyncio.get_running_loop()
            self._running = loop.run_in_executor(self._executor, self._safe_check)
            self._since = time.monotonic()
        running = self._running
        await asyncio.wait({running}, timeout=budget_s)
        if not running.done():
            waited = (time.monotonic() - self._since) * 1000
            return Health(False, f"no answer for {waited:.0f} ms")
        return Health(True, "ok") if running.result() else Health(False, "unreachable")

    def _safe_check(self) -> bool:
        try:
            return self._check()
        except Exception:  # noqa: BLE001 - any failure is 'unreachable'
            return False

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


class AsyncProbe:
    """An async check (raises or returns False when unhealthy), bounded by the budget."""

    def __init__(self, name: str, check: Callable[[], Awaitable[bool]]) -> None:
        self.name = name
        self._check = check

    async def health(self, budget_s: float) -> Health:
        try:
            ok = await asyncio.wait_for(self._check(), budget_s)
        except TimeoutError:
            return Health(False, f"no answer within {budget_s * 1000:.0f} ms")
        except Exception as exc:  # noqa: BLE001 - reported, never raised
            return Health(
                False,
                f"unreachable: {str(exc).splitlines()[0] if str(exc) else ''}".rstrip(": ")
                or type(exc).__name__,
            )
        return Health(True, "ok") if ok else Health(False, "unreachable")


Probe = BlockingProbe | AsyncProbe


async def check_all(probes: list[Probe], budget_s: float) -> dict[str, Health]:
    """Every probe at once, each within ``budget_s``."""
    results = await asyncio.gather(*(p.health(budget_s) for p in probes))
    return {p.name: h for p, h in zip(probes, results, strict=True)}
