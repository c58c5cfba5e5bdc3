"""Per-account and per-key rate limits on requests and tokens, in fixed one-minute windows.

A request is admitted when every configured counter (account requests, account tokens, key
requests, key tokens) has room for it; admission counts the request and reserves the tokens it
may use (its prompt's size and its ``max_tokens``), and when the response's usage is known the
reservation is settled: the difference to the tokens actually used is given back (or charged).
Reservation and check are one atomic step (a Lua script in Redis), so parallel requests on any
number of replicas cannot together reserve past a limit. The answer carries what the ``x-ratelimit-*`` headers say:
the tightest limit, what remains of it and when the window resets.

Two backends: :class:`MemoryCounters` (one process, no I/O) and :class:`RedisCounters` (shared by
every gateway instance; one round trip to Redis per admission, atomic through a Lua script).
A Redis round trip is bounded by ``timeout_s``; when Redis does not answer in time
:class:`CountersUnavailable` is raised (the gateway fails closed), or, for uncontrolled models with
``fallback_to_memory``, this process counts alone until Redis answers again.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any, Protocol

from exportgate.config import Limits, RateLimit

WINDOW_S = 60
SETTLE_RETRIES = 6

log = logging.getLogger("exportgate.gateway.ratelimit")


class CountersUnavailable(Exception):
    """The shared rate-limit counters did not answer (Redis down, frozen or too slow)."""


@dataclass(frozen=True)
class Budget:
    """One counter to check: its storage key, its limit, and what admission adds to it."""

    key: str
    limit: int
    add: int


@dataclass(frozen=True)
class Admission:
    allowed: bool
    headers: list[tuple[bytes, bytes]]
    retry_after_s: int = 0
    exceeded: str = ""
    reserved: int = 0  # tokens reserved, settled after the call
    window: int = 0


class Counters(Protocol):
    async def admit(self, window: int, budgets: list[Budget]) -> list[int]:
        """Counts before admission; when every count is under its limit, adds the ``add``s."""
        ...

    async def charge(self, window: int, keys: list[str], amount: int) -> None: ...

    async def settle(self, window: int, keys: list[str], amount: int) -> None:
        """Add ``amount`` (negative: give back) to counters of ``window``; a counter already
        expired is not brought back by a refund."""
        ...

    async def close(self) -> None: ...


class MemoryCounters:
    """Counters in a dict; windows older than the current one are dropped as they roll."""

    def __init__(self) -> None:
        self._window = -1
        self._counts: dict[str, int] = {}

    def _roll(self, window: int) -> None:
        if window != self._window:
            self._window = window
            self._counts = {}

    async def admit(self, window: int, budgets: list[Budget]) -> list[int]:
        self._roll(window)
        counts = [self._counts.get(b.key, 0) for b in budgets]
        if all(c + max(b.add, 1) <= b.limit for c, b in zip(counts, budgets, strict=True)):
            for budget in budgets:
                if budget.add:
                    self._counts[budget.key] = self._counts.get(budget.key, 0) + budget.add
        return counts

    async def charge(self, window: int, keys: list[str], amount: int) -> None:
        self._roll(window)
        for key in keys:
            self._counts[key] = self._counts.get(key, 0) + amount

    async def settle(self, window: int, keys: list[str], amount: int) -> None:
        if window == self._window:
            for key in keys:
                self._counts[key] = self._counts.get(key, 0) + amount

    async def close(self) -> None:
        return None


_ADMIT_LUA = """
local counts = {}
local ok = true
for i, key in ipairs(KEYS) do
  local c = tonumber(redis.call('GET', key) or '0')
  counts[i] = c
  local add = tonumber(ARGV[2 * i])
  if add < 1 then add = 1 end
  if c + add > tonumber(ARGV[2 * i - 1]) then ok = false end
end
if ok then
  for i, key in ipairs(KEYS) do
    local add = tonumber(ARGV[2 * i])
    if add > 0 then
      redis.call('INCRBY', key, add)
      redis.call('EXPIRE', key, 120)
    end
  end
end
return counts
"""


_SETTLE_LUA = """
local amount = tonumber(ARGV[1])
for _, key in ipairs(KEYS) do
  if redis.call('EXISTS', key) == 1 or amount > 0 then
    redis.call('INCRBY', key, amount)
    redis.call('EXPIRE', key, 120)
  end
end
return 1
"""


class _Coalescer:
    """Redis commands issued during one turn of the event loop, sent as one pipeline: one
    connection checkout, one write and one round trip for all of them. Under load the gateway
    admits and settles many requests per turn, and redis-py's per-command cost (connection
    checkout, retry wrapper, a round trip each) was most of what shared counters cost a
    request. A lone command goes alone, so an idle gateway waits no longer than before."""

    def __init__(self, redis: Any, scripts: dict[str, str]) -> None:
        self._redis = redis
        self._scripts = scripts  # sha -> source, loaded on a NOSCRIPT answer
        self._queued: list[tuple[tuple[Any, ...], asyncio.Future[Any]]] = []
        self._scheduled = False
        self._sending: set[asyncio.Task[None]] = set()
        self.commands = 0
        self.round_trips = 0

    def submit(self, *command: Any) -> asyncio.Future[Any]:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Any] = loop.create_future()
        self._queued.append((command, future))
        if not self._scheduled:
            self._scheduled = True
            loop.call_soon(self._flush)
        return future

    def _flush(self) -> None:
        self._scheduled = False
        batch, self._queued = self._queued, []
        task = asyncio.get_running_loop().create_task(self._send(batch))
        self._sending.add(task)
        task.add_done_callback(self._sending.discard)

    async def _send(self, batch: list[tuple[tuple[Any, ...], asyncio.Future[Any]]]) -> None:
        try:
            results = await self._execute([command for command, _ in batch])
        except BaseException as exc:  # noqa: BLE001 - every waiter gets the outage
            for _, future in batch:
                if not future.done():
                    future.set_exception(exc if isinstance(exc, Exception) else RuntimeError(exc))
            if not isinstance(exc, Exception):
                raise
            return
        for (_, future), result in zip(batch, results, strict=True):
            if future.done():  # its request gave up waiting (timeout, hang-up)
                continue
            if isinstance(result, Exception):
                future.set_exception(result)
            else:
                future.set_result(result)

    async def _execute(self, commands: list[tuple[Any, ...]]) -> list[Any]:
        from redis.exceptions import NoScriptError

        self.commands += len(commands)
        self.round_trips += 1
        if len(commands) == 1:
            try:
                return [await self._redis.execute_command(*commands[0])]
            except NoScriptError:
                await self._load_scripts()
                return [await self._redis.execute_command(*commands[0])]
        pipe = self._redis.pipeline(transaction=False)
        for command in commands:
            pipe.execute_command(*command)
        results: list[Any] = await pipe.execute(raise_on_error=False)
        missing = [i for i, r in enumerate(results) if isinstance(r, NoScriptError)]
        if missing:  # a restarted or flushed Redis: load the scripts, run those again
            await self._load_scripts()
            pipe = self._redis.pipeline(transaction=False)
            for i in missing:
                pipe.execute_command(*commands[i])
            for i, result in zip(missing, await pipe.execute(raise_on_error=False), strict=True):
                results[i] = result
        return results

    async def _load_scripts(self) -> None:
        for source in self._scripts.values():
            await self._redis.script_load(source)


class RedisCounters:
    """Counters in Redis, shared by every gateway instance (keys expire after two windows)."""

    def __init__(
        self, url: str, prefix: str = "exportgate:rl:", timeout_s: float | None = None
    ) -> None:
        import hashlib

        import redis.asyncio as aioredis

        self._redis = aioredis.Redis.from_url(
            url, socket_timeout=timeout_s, socket_connect_timeout=timeout_s
        )
        self._prefix = prefix
        self._admit_sha = hashlib.sha1(_ADMIT_LUA.encode()).hexdigest()  # noqa: S324 - Redis' id
        self._settle_sha = hashlib.sha1(_SETTLE_LUA.encode()).hexdigest()  # noqa: S324
        self._commands = _Coalescer(
            self._redis, {self._admit_sha: _ADMIT_LUA, self._settle_sha: _SETTLE_LUA}
        )

    async def admit(self, window: int, budgets: list[Budget]) -> list[int]:
        keys = [f"{self._prefix}{window}:{b.key}" for b in budgets]
        args: list[int] = []
        for budget in budgets:
            args += [budget.limit, budget.add]
        counts = await self._commands.submit("EVALSHA", self._admit_sha, len(keys), *keys, *args)
        return [int(c) for c in counts]

    async def charge(self, window: int, keys: list[str], amount: int) -> None:
        waits = []
        for key in keys:
            full = f"{self._prefix}{window}:{key}"
            waits.append(self._commands.submit("INCRBY", full, amount))
            waits.append(self._commands.submit("EXPIRE", full, 2 * WINDOW_S))
        await asyncio.gather(*waits)

    async def settle(self, window: int, keys: list[str], amount: int) -> None:
        full = [f"{self._prefix}{window}:{k}" for k in keys]
        await self._commands.submit("EVALSHA", self._settle_sha, len(full), *full, amount)

    async def ping(self) -> bool:
        return bool(await self._redis.ping())

    async def close(self) -> None:
        await self._redis.aclose()


_HEADER_NAMES = tuple(
    (
        what,
        (
            b"x-ratelimit-limit-" + what.encode(),
            b"x-ratelimit-remaining-" + what.encode(),
            b"x-ratelimit-reset-" + what.encode(),
        ),
    )
    for what in ("requests", "tokens")
)


def _format_reset(seconds: float) -> bytes:
    return f"{max(seconds, 0.0):.0f}s".encode()


class RateLimiter:
    """Turns the configured limits into budgets, asks the counters, and writes the headers."""

    def __init__(
        self,
        limits: Limits,
        counters: Counters | None = None,
        *,
        timeout_s: float = 0.25,
        fallback_to_memory: bool = False,
        prefix: str = "exportgate:rl:",
    ) -> None:
        self._limits = limits
        if counters is None:
            counters = (
                MemoryCounters()
                if limits.backend == "memory"
                else RedisCounters(limits.backend, prefix=prefix, timeout_s=timeout_s)
            )
        self._counters = counters
        self.clock: Callable[[], float] = time.time  # the windows' clock (tests pin it)
        self._retries: set[asyncio.Task[None]] = set()
        self.shared = not isinstance(counters, MemoryCounters)
        self._timeout_s = timeout_s
        self._fallback = MemoryCounters() if fallback_to_memory else None
        self._outage_logged = 0.0
        self._plans: dict[tuple[str, str], tuple[list[Budget], list[tuple[str, str]]]] = {}
        self.enabled = bool(
            _any_limit(limits.account)
            or _any_limit(limits.key)
            or any(_any_limit(a.account) or _any_limit(a.key) for a in limits.per_account.values())
        )

    def _limits_for(self, account_id: str) -> tuple[RateLimit, RateLimit]:
        special = self._limits.per_account.get(account_id)
        if special is None:
            return self._limits.account, self._limits.key
        return (
            _merge(special.account, self._limits.account),
            _merge(special.key, self._limits.key),
        )

    def _plan(self, account_id: str, key_id: str) -> tuple[list[Budget], list[tuple[str, str]]]:
        """The counters that apply to a caller (memoised: limits change only on restart)."""
        found = self._plans.get((account_id, key_id))
        if found is not None:
            return found
        account_limit, key_limit = self._limits_for(account_id)
        budgets: list[Budget] = []
        kinds: list[tuple[str, str]] = []
        for scope, ident, limit in (
            ("account", account_id, account_limit),
            ("key", key_id, key_limit),
        ):
            if limit.requests_per_minute is not None:
                budgets.append(Budget(f"{scope}:{ident}:requests", limit.requests_per_minute, 1))
                kinds.append((scope, "requests"))
            if limit.tokens_per_minute is not None:
                budgets.append(Budget(f"{scope}:{ident}:tokens", limit.tokens_per_minute, 0))
                kinds.append((scope, "tokens"))
        if len(self._plans) > 100_000:
            self._plans.clear()
        self._plans[(account_id, key_id)] = (budgets, kinds)
        return budgets, kinds

    async def ping(self) -> bool:
        """True when the shared counters answer (always, for in-memory counters)."""
        ping = getattr(self._counters, "ping", None)
        return True if ping is None else bool(await ping())

    def _outage(self, exc: BaseException) -> str:
        detail = (str(exc).splitlines()[0] if str(exc) else "") or type(exc).__name__
        if isinstance(exc, TimeoutError):
            detail = f"no answer within {self._timeout_s * 1000:.0f} ms"
        now = time.monotonic()
        if now - self._outage_logged > 10:
            self._outage_logged = now
            log.warning("rate-limit counters unavailable: %s", detail)
        return detail

    async def _shared(self, window: int, budgets: list[Budget], controlled: bool) -> list[int]:
        if not self.shared:
            return await self._counters.admit(window, budgets)
        try:
            async with asyncio.timeout(self._timeout_s):
                return await self._counters.admit(window, budgets)
        except Exception as exc:  # noqa: BLE001 - Redis errors, timeouts: an outage
            detail = self._outage(exc)
            if controlled or self._fallback is None:
                raise CountersUnavailable(detail) from None
            return await self._fallback.admit(window, budgets)

    async def admit(
        self, account_id: str, key_id: str, *, controlled: bool = True, reserve: int = 0
    ) -> Admission:
        """Admit a request (counting it, and reserving ``reserve`` tokens on its token budgets:
        a budget without room for them refuses it). ``controlled``: the model is
        export-controlled, so an outage of shared counters refuses it whatever the fallback
        (raises :class:`CountersUnavailable`). Settle the reservation with :meth:`settle`."""
        now = self.clock()
        window = int(now // WINDOW_S)
        budgets, kinds = self._plan(account_id, key_id)
        if not budgets:
            return Admission(True, [])
        reserved = 0
        if reserve > 0 and any(k == "tokens" for _, k in kinds):
            # a reservation larger than a whole budget takes the whole budget
            budgets = [
                Budget(b.key, b.limit, min(reserve, b.limit)) if kind == "tokens" else b
                for b, (_, kind) in zip(budgets, kinds, strict=True)
            ]
            reserved = max(b.add for b, (_, k) in zip(budgets, kinds, strict=True) if k == "tokens")
        counts = await self._shared(window, budgets, controlled)
        allowed = True
        exceeded = ""
        # tightest[i] = (limit, remaining) for requests (0) and tokens (1)
        tightest: list[tuple[int, int] | None] = [None, None]
        for (scope, kind), count, budget in zip(kinds, counts, budgets, strict=True):
            limit = budget.limit
            if count + max(budget.add, 1) > limit:
                allowed = False
                if not exceeded:
                    exceeded = f"{scope} {kind}"
            slot = 0 if kind == "requests" else 1
            remaining = limit - count - budget.add
            current = tightest[slot]
            if current is None or remaining < current[1]:
                tightest[slot] = (limit, remaining)
        reset_s = (window + 1) * WINDOW_S - now
        reset = _format_reset(reset_s)
        headers: list[tuple[bytes, bytes]] = []
        for slot, (_, names) in enumerate(_HEADER_NAMES):
            found = tightest[slot]
            if found is not None:
                limit, remaining = found
                if not allowed:
                    remaining += 1 if slot == 0 else budget_add(budgets, kinds)  # not counted
                headers += [
                    (names[0], str(limit).encode()),
                    (names[1], str(max(remaining, 0)).encode()),
                    (names[2], reset),
                ]
        retry_after = 0 if allowed else max(1, math.ceil(reset_s))
        return Admission(
            allowed, headers, retry_after, exceeded, reserved if allowed else 0, window
        )

    async def _detached(self, work: Coroutine[Any, Any, None]) -> None:
        """Run ``work`` to its end even when the request that waits on it is cancelled (its
        client hung up after the answer): a charge or settlement is never lost that way.
        In-process counters never wait, so nothing can cut their work short: it runs inline
        (no task per request on the hot path)."""
        if not self.shared:
            await work
            return
        task = asyncio.get_running_loop().create_task(work)
        self._retries.add(task)
        task.add_done_callback(self._retries.discard)
        await asyncio.shield(task)

    async def charge(self, account_id: str, key_id: str, tokens: int) -> None:
        await self._detached(self._charge(account_id, key_id, tokens))

    async def _charge(self, account_id: str, key_id: str, tokens: int) -> None:
        if tokens <= 0:
            return
        account_limit, key_limit = self._limits_for(account_id)
        keys = []
        if account_limit.tokens_per_minute is not None:
            keys.append(f"account:{account_id}:tokens")
        if key_limit.tokens_per_minute is not None:
            keys.append(f"key:{key_id}:tokens")
        if not keys:
            return
        window = int(self.clock() // WINDOW_S)
        if not self.shared:
            await self._counters.charge(window, keys, tokens)
            return
        try:
            async with asyncio.timeout(self._timeout_s):
                await self._counters.charge(window, keys, tokens)
        except Exception as exc:  # noqa: BLE001 - the answer is already sent; count locally
            self._outage(exc)
            if self._fallback is not None:
                await self._fallback.charge(window, keys, tokens)

    async def settle(self, account_id: str, key_id: str, admission: Admission, tokens: int) -> None:
        """Settle a reservation: the tokens used replace the tokens reserved (in the window the
        reservation was made in; a request without a reservation is charged as before)."""
        await self._detached(self._settle(account_id, key_id, admission, tokens))

    async def _settle(
        self, account_id: str, key_id: str, admission: Admission, tokens: int
    ) -> None:
        if admission.reserved <= 0:
            await self._charge(account_id, key_id, tokens)
            return
        delta = tokens - admission.reserved
        if delta == 0:
            return
        keys = self._token_keys(account_id, key_id)
        if not keys:
            return
        if not self.shared:
            await self._counters.settle(admission.window, keys, delta)
            return
        try:
            async with asyncio.timeout(self._timeout_s):
                await self._counters.settle(admission.window, keys, delta)
        except Exception as exc:  # noqa: BLE001 - the answer is already sent: retry behind it
            self._outage(exc)
            if self._fallback is not None:
                await self._fallback.settle(admission.window, keys, delta)
            task = asyncio.get_running_loop().create_task(
                self._settle_later(admission.window, keys, delta)
            )
            self._retries.add(task)
            task.add_done_callback(self._retries.discard)

    async def _settle_later(self, window: int, keys: list[str], delta: int) -> None:
        """A settlement Redis did not take in time, retried while its window lasts (a lost
        refund only leaves the budget stricter; a lost extra charge lets it be passed)."""
        for attempt in range(SETTLE_RETRIES):
            await asyncio.sleep(0.1 * 2**attempt)
            if int(self.clock() // WINDOW_S) > window + 1:
                return
            try:
                async with asyncio.timeout(max(self._timeout_s, 1.0)):
                    await self._counters.settle(window, keys, delta)
                return
            except Exception as exc:  # noqa: BLE001 - still unavailable
                self._outage(exc)

    def _token_keys(self, account_id: str, key_id: str) -> list[str]:
        account_limit, key_limit = self._limits_for(account_id)
        keys = []
        if account_limit.tokens_per_minute is not None:
            keys.append(f"account:{account_id}:tokens")
        if key_limit.tokens_per_minute is not None:
            keys.append(f"key:{key_id}:tokens")
        return keys

    async def close(self) -> None:
        await self._counters.close()


def reservation(body_bytes: int, payload: dict[str, Any], limits: Limits) -> int:
    """The tokens a request may use: its body's bytes over ``reserve_bytes_per_token`` (the
    prompt) plus the output it asks for (``max_tokens``, ``max_completion_tokens`` or
    ``max_output_tokens``; ``default_reserve_tokens`` when it names none)."""
    output: Any = None
    for name in ("max_tokens", "max_completion_tokens", "max_output_tokens"):
        value = payload.get(name)
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            output = value if output is None else max(output, value)
    if output is None:
        output = limits.default_reserve_tokens
    return math.ceil(body_bytes / limits.reserve_bytes_per_token) + int(output)


def budget_add(budgets: list[Budget], kinds: list[tuple[str, str]]) -> int:
    """What a refused admission would have reserved on its token budgets (given back in the
    remaining header: it was not counted)."""
    return max(
        (b.add for b, (_, k) in zip(budgets, kinds, strict=True) if k == "tokens"), default=0
    )


def _any_limit(limit: RateLimit) -> bool:
    return limit.requests_per_minute is not None or limit.tokens_per_minute is not None


def _merge(special: RateLimit, default: RateLimit) -> RateLimit:
    return RateLimit(
        requests_per_minute=special.requests_per_minute
        if special.requests_per_minute is not None
        else default.requests_per_minute,
        tokens_per_minute=special.tokens_per_minute
        if special.tokens_per_minute is not None
        else default.tokens_per_minute,
    )
