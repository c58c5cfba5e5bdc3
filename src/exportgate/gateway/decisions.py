"""A decision for every request, from cached facts.

The request path reads nothing from disk or the network when its facts are cached: callers
(API key -> account, screening status) live in a TTL cache that is refreshed in the background
(stale-while-revalidate, so a slow or down store never stalls requests of known callers),
locations in an LRU keyed by IP, switches are refreshed by a background task, and decisions are
memoised on every input they depend on. A cache miss runs the store read in a worker thread.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from exportgate.accounts.stored import StoredScreener
from exportgate.config import GatewayConfig, Model, PolicySettings
from exportgate.policy import PolicyEngine
from exportgate.policy.model_controls import ModelState
from exportgate.records import (
    Account,
    Decision,
    DetectorEvidence,
    Location,
    ModelRef,
    Reason,
    RequestFacts,
    Switches,
)
from exportgate.screening.api import ScreeningStatus
from exportgate.store import Store, hash_api_key

log = logging.getLogger("exportgate.gateway.decisions")

DECISION_CACHE_SIZE = 50_000


class Locator(Protocol):
    def locate(self, ip: str) -> Location: ...


class Detector(Protocol):
    def observe(self, usage: Any, account: Account | None = None) -> None: ...

    def is_suspected(self, account_id: str) -> bool: ...

    def explain(self, account_id: str) -> DetectorEvidence: ...

    def maintain(self, budget_s: float | None = 0.005) -> int:
        """Linking, cluster scoring and alerts, within a time budget; returns work left."""
        ...

    def clear(self, account_id: str) -> bool:
        """Compliance cleared the account: lift its flag until new evidence of its own."""
        ...


@dataclass
class Caller:
    account: Account
    key_id: str
    version: int
    expires: float
    loaded_at: float = 0.0
    status: ScreeningStatus | None = None
    """The account's stored screening status, as last read."""
    problem: str | None = None
    """Why the account's screening data could not be read (the caller is then refused until it
    can be: fail closed, never served on screening data known to be unreadable)."""


SCREENING_UNAVAILABLE = "SCREENING_STATUS_UNAVAILABLE"


def is_store_outage(exc: BaseException) -> bool:
    """A store that cannot be reached or did not answer in time, as opposed to data that was
    read but is wrong: only an outage lets a gateway keep serving on what it cached."""
    import sqlalchemy.exc as sa_exc

    if isinstance(exc, sa_exc.DBAPIError):
        return (
            isinstance(exc, sa_exc.OperationalError | sa_exc.InterfaceError)
            or exc.connection_invalidated
        )
    return isinstance(exc, sa_exc.TimeoutError | ConnectionError | TimeoutError | OSError)


@dataclass
class CallerStats:
    """What ``/metrics`` says about the caller cache."""

    refresh_failures: dict[str, int]
    """Failed caller loads by kind: ``store_outage`` (served on the cached entry) or
    ``screening_data`` (the caller is refused until its data can be read)."""
    refused_unreadable: int
    """Callers currently refused because their screening data could not be read."""
    stale_entries: int
    """Cached callers served past their refresh time because the store is unreachable."""
    oldest_stale_s: float


@dataclass(frozen=True)
class Placed:
    """A request's location, or why it has none."""

    location: Location | None
    problem: str | None
    key: tuple[Any, ...] = ()

    @classmethod
    def of(cls, location: Location | None, problem: str | None) -> Placed:
        """With the decision-cache key computed once per address."""
        if location is None:
            return cls(None, problem, (None, problem))
        return cls(location, problem, (location.country, location.region, location.network))


def default_locator() -> Locator | None:
    try:
        from exportgate.location import default_locator as factory
    except ImportError:
        log.warning(
            "exportgate.location is not available: only configured local networks "
            "can be placed, every other address counts as location unknown"
        )
        return None
    locator: Locator = factory()
    return locator


def default_detector(
    on_alert: Callable[[DetectorEvidence], None] | None = None,
    served_prompt_bits: int | None = None,
) -> Detector | None:
    try:
        from exportgate.distill import DetectorConfig, OnlineDetector
    except ImportError:
        return None
    config = (
        DetectorConfig()
        if served_prompt_bits is None
        else DetectorConfig(served_prompt_bits=served_prompt_bits)
    )
    detector: Detector = OnlineDetector(config, on_alert=on_alert)
    return detector


def describe_suspicion(evidence: DetectorEvidence) -> str:
    """The detector's evidence in one sentence for the policy's message (which names the
    account and the code already)."""
    return evidence.describe(short=True)


class CallerCache:
    """API key -> (account, key id), resolved through the store's key hashes.

    Entries are refreshed in the background when their TTL has passed. A refresh that fails
    because the store is unreachable keeps serving the cached entry, for at most ``max_stale_s``
    after it was last loaded; a refresh (or first load) that fails for any other reason, such as
    a stored screening status that cannot be read, fails closed: the caller is refused with
    ``SCREENING_STATUS_UNAVAILABLE`` until its data can be read, and the error is logged with the
    account id and counted on ``/metrics``."""

    def __init__(
        self,
        store: Store,
        screener: StoredScreener,
        engine: PolicyEngine,
        ttl_s: float,
        negative_ttl_s: float,
        screen_missing: Callable[[Account], ScreeningStatus] | None = None,
        max_stale_s: float = 900.0,
    ) -> None:
        self._store = store
        self._screener = screener
        self._engine = engine
        self._ttl_s = ttl_s
        self._negative_ttl_s = negative_ttl_s
        self._max_stale_s = max_stale_s
        self._screen_missing = screen_missing
        self._entries: dict[str, Caller] = {}
        self._unknown: dict[str, float] = {}
        self._refreshing: set[str] = set()
        self._versions = 0
        self._failures: dict[str, int] = {"store_outage": 0, "screening_data": 0}

    @staticmethod
    def digest(raw_key: str) -> str:
        return hash_api_key(raw_key)

    def answers_from_memory(self, raw_key: str) -> bool:
        """True when :meth:`resolve` answers this key without reading the store (a cached
        caller, fresh or stale, or a key recently found unknown)."""
        digest = self.digest(raw_key)
        if digest in self._entries:
            return True
        unknown_until = self._unknown.get(digest)
        return unknown_until is not None and unknown_until > time.monotonic()

    def forget_account(self, account_id: str | None) -> int:
        """Drop the cached callers of an account (``None``: every caller), so that their next
        request reads the store (a change notice said the account changed, issue 19)."""
        gone = [
            d for d, c in self._entries.items() if account_id is None or c.account.id == account_id
        ]
        for digest in gone:
            self._entries.pop(digest, None)
        return len(gone)

    def cached(self) -> list[tuple[str, Caller]]:
        """(key digest, caller) of every cached caller (for the start-up snapshot)."""
        return list(self._entries.items())

    def prime(self, digest: str, account: Account, key_id: str, status: ScreeningStatus) -> None:
        """Seed a caller from the start-up snapshot (the store was down). It is expired at
        once: its first request asks the store, and keeps this entry while the store fails."""
        if self._screener.load(account.id, status):
            self._engine.screening.clear_cache()
        self._versions += 1
        self._entries[digest] = Caller(
            account, key_id, self._versions, 0.0, time.monotonic(), status
        )

    async def resolve(self, raw_key: str) -> Caller | None:
        digest = self.digest(raw_key)
        entry = self._entries.get(digest)
        now = time.monotonic()
        if entry is not None:
            if now - entry.loaded_at > self._max_stale_s:
                # too old to serve on: read it now (an outage surfaces as the store's error)
                self._entries.pop(digest, None)
                return await self._load(digest, raw_key)
            if entry.expires < now and digest not in self._refreshing:
                self._refreshing.add(digest)
                asyncio.get_running_loop().create_task(self._refresh(digest, raw_key))
            return entry
        unknown_until = self._unknown.get(digest)
        if unknown_until is not None and unknown_until > now:
            return None
        return await self._load(digest, raw_key)

    def stats(self) -> CallerStats:
        now = time.monotonic()
        stale = [
            now - c.loaded_at
            for c in self._entries.values()
            if c.expires < now and c.problem is None
        ]
        return CallerStats(
            refresh_failures=dict(self._failures),
            refused_unreadable=sum(1 for c in self._entries.values() if c.problem is not None),
            stale_entries=len(stale),
            oldest_stale_s=max(stale, default=0.0),
        )

    async def _refresh(self, digest: str, raw_key: str) -> None:
        try:
            await self._load(digest, raw_key)
        except Exception as exc:  # noqa: BLE001 - an outage keeps the cached caller
            entry = self._entries.get(digest)
            if is_store_outage(exc):
                self._failures["store_outage"] += 1
                log.warning(
                    "caller refresh failed (store unreachable), serving the cached entry "
                    "of account %s: %s",
                    entry.account.id if entry else "?",
                    exc,
                )
                if entry is not None:
                    entry.expires = time.monotonic() + min(self._ttl_s, 5.0)
            elif entry is not None:
                self._fail_closed(digest, entry, exc)
        finally:
            self._refreshing.discard(digest)

    def _fail_closed(self, digest: str, entry: Caller, exc: BaseException) -> Caller:
        self._failures["screening_data"] += 1
        log.error(
            "caller refresh failed for account %s, refusing it until its data can be read: %s",
            entry.account.id,
            exc,
        )
        self._versions += 1
        failed = Caller(
            entry.account,
            entry.key_id,
            self._versions,
            time.monotonic() + min(self._ttl_s, 5.0),
            time.monotonic(),
            problem=str(exc) or type(exc).__name__,
        )
        self._entries[digest] = failed
        return failed

    async def _load(self, digest: str, raw_key: str) -> Caller | None:
        loaded = await asyncio.to_thread(self._read, raw_key)
        if loaded is None:
            self._entries.pop(digest, None)
            self._unknown[digest] = time.monotonic() + self._negative_ttl_s
            if len(self._unknown) > 100_000:
                self._unknown.clear()
            return None
        account, key_id, status = loaded
        previous = self._entries.get(digest)
        if isinstance(status, Exception):
            return self._fail_closed(digest, previous or Caller(account, key_id, 0, 0.0), status)
        changed = self._screener.load(account.id, status)
        if changed:
            self._engine.screening.clear_cache()
        same = (
            previous is not None
            and previous.account == account
            and not changed
            and previous.problem is None
        )
        if not same:
            self._versions += 1
        now = time.monotonic()
        caller = Caller(
            account,
            key_id,
            previous.version if same and previous else self._versions,
            now + self._ttl_s,
            now,
            status,
        )
        self._entries[digest] = caller
        self._unknown.pop(digest, None)
        return caller

    def _read(self, raw_key: str) -> tuple[Account, str, ScreeningStatus | Exception] | None:
        resolved = self._store.resolve_api_key(raw_key)
        if resolved is None:
            return None
        account_id, key_id = resolved
        account = self._store.get_account(account_id)
        if account is None:
            return None
        try:
            return account, key_id, self._status(account)
        except Exception as exc:  # noqa: BLE001 - sorted below: outage or unreadable data
            if is_store_outage(exc):
                raise
            return account, key_id, exc

    def _status(self, account: Account) -> ScreeningStatus:
        status = self._store.get_screening_status(account.id)
        if status is None:
            if self._screen_missing is None:
                raise RuntimeError(
                    f"account {account.id} has never been screened and no screener is available"
                )
            status = self._screen_missing(account)
            self._store.set_screening_status(account.id, status)
        return status


class LocationCache:
    """IP -> location, with the configured local networks placed by configuration."""

    def __init__(self, config: GatewayConfig, locator: Locator | None) -> None:
        self._locator = locator
        self._size = config.caches.location_entries
        self._entries: OrderedDict[str, Placed] = OrderedDict()
        local = config.local_networks
        self._local_networks = [
            ipaddress.ip_network(n, strict=False) for n in (local.networks if local else [])
        ]
        self._local = (
            Location(
                country=local.country,
                region=local.region,
                network=local.network,
                source="local_networks",
            )
            if local
            else None
        )

    def place(self, ip: str | None) -> Placed:
        if not ip:
            return Placed.of(None, "the request carried no client address")
        cached = self._entries.get(ip)
        if cached is not None:
            return cached
        placed = self._lookup(ip)
        self._entries[ip] = placed
        if len(self._entries) > self._size:
            self._entries.popitem(last=False)
        return placed

    def _lookup(self, ip: str) -> Placed:
        try:
            address = ipaddress.ip_address(ip)
        except ValueError:
            return Placed.of(None, f"{ip!r} is not an IP address")
        if self._local is not None and any(address in n for n in self._local_networks):
            return Placed.of(self._local, None)
        if self._locator is None:
            return Placed.of(None, f"no location data set is loaded to look up {ip}")
        try:
            return Placed.of(self._locator.locate(ip), None)
        except Exception as exc:  # noqa: BLE001 - LocateError and bad data alike: unknown
            return Placed.of(None, f"the IP address {ip} could not be located: {exc}")


class DecisionMaker:
    """Runs the policy engine on cached facts and memoises the result per distinct input."""

    def __init__(self, engine: PolicyEngine, detector: Detector | None) -> None:
        self.engine = engine
        self.detector = detector
        self.switches = Switches()
        self._cache: dict[tuple[Any, ...], Decision] = {}
        self._model_refs: dict[tuple[str, str | None], RequestFacts] = {}
        self._suspicions: dict[str, tuple[float, str]] = {}
        # per-model access orders (issue 16): the store's pause/access/approval changes
        self.model_states: dict[str, ModelState] = {}
        self.controls_version = 0

    def set_model_states(self, states: dict[str, ModelState]) -> bool:
        """Apply the store's per-model controls; True when they changed."""
        if states == self.model_states:
            return False
        self.model_states = states
        self.controls_version += 1
        self._model_refs.clear()
        return True

    def model_ref(self, model: Model) -> ModelRef:
        """The model as the policy sees it now: configuration plus the store's changes."""
        return self._request(model, None).model

    def _request(self, model: Model, end_user: str | None = None) -> RequestFacts:
        facts = self._model_refs.get((model.id, end_user))
        if facts is None:
            ref = model.ref()
            state = self.model_states.get(model.id)
            if state is not None:
                ref = state.apply(ref)
            facts = RequestFacts(model=ref, end_user=end_user)
            if len(self._model_refs) >= DECISION_CACHE_SIZE:
                self._model_refs.clear()
            self._model_refs[(model.id, end_user)] = facts
        return facts

    def _distillation(self, account_id: str) -> str | None:
        if self.detector is None:
            return None
        try:
            if not self.detector.is_suspected(account_id):
                return None
            now = time.monotonic()
            known = self._suspicions.get(account_id)
            if known is None or now - known[0] > 60:
                known = (now, describe_suspicion(self.detector.explain(account_id)))
                self._suspicions[account_id] = known
            return known[1]
        except Exception as exc:  # noqa: BLE001 - a broken detector must not stop traffic
            log.warning("distillation detector failed for %s: %s", account_id, exc)
            return None

    def forget_suspicion(self, account_id: str) -> None:
        """Drop the cached description of an account's distillation flag (it was cleared)."""
        self._suspicions.pop(account_id, None)

    def unscreenable(self, caller: Caller) -> Decision:
        """Fail closed: the account's screening data could not be read."""
        return Decision(
            decision="review",
            reasons=[
                Reason(
                    code=SCREENING_UNAVAILABLE,
                    outcome="review",
                    policy_id="gateway.fail_closed",
                    message=(
                        f"The restricted-party screening status of account {caller.account.id} "
                        "could not be read, so it cannot be shown that the account is not a "
                        "listed party; requests are held until compliance has re-screened it "
                        f"({caller.problem})."
                    ),
                )
            ],
            obligations=[],
            policy_version=self.engine.version,
        )

    def decide(
        self, caller: Caller, model: Model, placed: Placed, end_user: str | None = None
    ) -> Decision:
        if caller.problem is not None:
            return self.unscreenable(caller)
        today = dt.date.today()
        distillation = self._distillation(caller.account.id)
        key = (
            caller.account.id,
            caller.version,
            model.id,
            placed.key,
            self.switches.international_pause,
            self.engine.screening.version,
            distillation,
            today,
            end_user,
            self.controls_version,
        )
        decision = self._cache.get(key)
        if decision is not None:
            return decision
        facts = self.engine.facts.build(
            caller.account,
            self._request(model, end_user),
            placed.location,
            self.switches,
            today,
            location_problem=placed.problem,
            distillation_detail=distillation,
        )
        decision = self.engine.evaluate(facts)
        if len(self._cache) >= DECISION_CACHE_SIZE:
            self._cache.clear()
        self._cache[key] = decision
        return decision


def build_engine(screener: StoredScreener, policy: PolicySettings) -> PolicyEngine:
    """The policy engine on the request path: the configured policy, screening answered from the
    store, and no IP lookup of its own (the gateway places each request itself)."""
    from exportgate.policy.freshness import active_list_dates
    from exportgate.runtime import build_engine as assemble

    engine = assemble(
        policy_file=policy.file,
        home_countries=policy.home_countries,
        screener=screener,
        location=False,
        deemed_export_reading=policy.deemed_export_reading,
        provider_ownership=policy.provider_ownership.overrides() or None,
    )
    # Decisions carry the dates of the active lists (the stored statuses were screened on them).
    engine.facts.list_dates_source = active_list_dates
    return engine


def live_screener_factory() -> Callable[[Account], ScreeningStatus] | None:
    """Screens an account that was never screened (first request), with the shipped lists."""

    def screen(account: Account) -> ScreeningStatus:
        from exportgate.accounts.screening import screen_account
        from exportgate.screening import default_screener

        return screen_account(default_screener(), account)

    return screen
