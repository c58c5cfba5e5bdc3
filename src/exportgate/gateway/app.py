"""The gateway as one pure-ASGI application (no framework, no BaseHTTPMiddleware).

Every model call goes through the same steps: request id, body (bounded), API key -> caller,
JSON and model, location, policy decision (audited), rate limits, upstream call (streamed through
unbuffered), obligations, usage record. Any refusal is an error in the caller's dialect; the
usage and audit records of a request are on disk (``usage.durability: sync``, group commit)
before its last byte is sent, so no answer leaves without them. A dependency that is down or
slow (the store, Redis) costs a request at most ``dependencies.timeout_ms`` and is answered as
503 with a reason and ``retry-after``, never 500.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import itertools
import logging
import os
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import msgspec
from msgspec import UNSET

from exportgate.asgi import lifespan
from exportgate.config import Dialect, GatewayConfig, Model
from exportgate.gateway import edge
from exportgate.gateway.auditsink import default_audit_writer
from exportgate.gateway.bypass_gate import BypassGate, RefusalWatch, answer_refused
from exportgate.gateway.commitlog import JournalWriteFailed
from exportgate.gateway.decisions import (
    Caller,
    CallerCache,
    DecisionMaker,
    Detector,
    LocationCache,
    Locator,
    Placed,
    build_engine,
    default_detector,
    default_locator,
    live_screener_factory,
)
from exportgate.gateway.detector_feed import DetectorFeed
from exportgate.gateway.errors import GatewayError, error_body, stream_error_event
from exportgate.gateway.http import (
    JSON,
    ClientAddress,
    ClientGone,
    Headers,
    Receive,
    Scope,
    Send,
    header_map,
    read_body,
    send_bytes,
)
from exportgate.gateway.journal import JournalWorker
from exportgate.gateway.metering import EventSplitter, StreamMeter, Tokens, body_tokens
from exportgate.gateway.metrics import GatewayMetrics
from exportgate.gateway.obligations import Obligations
from exportgate.gateway.ratelimit import (
    Admission,
    CountersUnavailable,
    RateLimiter,
    reservation,
)
from exportgate.gateway.readiness import AsyncProbe, BlockingProbe, Probe, check_all
from exportgate.gateway.recorder import AuditWriter, RecordWriter
from exportgate.gateway.screening_status import StoredScreener
from exportgate.gateway.snapshot import CallerSnapshot
from exportgate.gateway.upstream import UpstreamClient, upstream_timeout, upstream_unavailable
from exportgate.gateway.upstream_http import (
    UpstreamConnectionError,
    UpstreamReadTimeout,
    UpstreamResponse,
)
from exportgate.policy import PolicyEngine
from exportgate.policy.model_access import reroute_target
from exportgate.policy.model_controls import model_states
from exportgate.policy.switches import PAUSE_SWITCH
from exportgate.records import (
    Account,
    Decision,
    DecisionAudit,
    DecisionContext,
    DecisionInputs,
    DetectorEvidence,
    Message,
    ReasonText,
    RecordError,
    ReviewDetail,
    ReviewRequest,
    UsageRecord,
)
from exportgate.screening.api import ScreeningStatus
from exportgate.store import Store

if TYPE_CHECKING:
    from exportgate.audit import AuditLog
    from exportgate.bus.records import Change
    from exportgate.gateway.checkpoints import CheckpointTask
    from exportgate.gateway.shared import SharedState

log = logging.getLogger("exportgate.gateway")

SSE = b"text/event-stream"
STREAM_HEADERS: Headers = [
    (b"content-type", SSE),
    (b"cache-control", b"no-cache"),
    (b"x-accel-buffering", b"no"),
]
DISCONNECT_WATCH_AFTER_S = 0.05
PASSED_REQUEST_HEADERS = (
    b"anthropic-version",
    b"anthropic-beta",
    b"openai-organization",
    b"openai-project",
)
PASSED_RESPONSE_HEADERS = (b"x-exportgate-watermark-key",)
REVIEW_NOTE_INTERVAL_S = 60.0
READYZ_BUDGET_S = 0.06
MAX_CALLER_LOADS = 256


@dataclass(frozen=True)
class Endpoint:
    name: str
    dialect: Dialect
    upstream_path: str
    streams: bool


ENDPOINTS = {
    "/v1/chat/completions": Endpoint("chat.completions", "openai", "/chat/completions", True),
    "/v1/completions": Endpoint("completions", "openai", "/completions", True),
    "/v1/embeddings": Endpoint("embeddings", "openai", "/embeddings", False),
    "/v1/messages": Endpoint("messages", "anthropic", "/messages", True),
}

ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

_json_decode = msgspec.json.decode
_json_encode = msgspec.json.encode


@dataclass
class Exchange:
    """What the gateway learned about one request; becomes its usage record."""

    request_id: str
    client_request_id: str | None
    started: float
    ts: dt.datetime
    endpoint: str
    dialect: Dialect
    ip: str | None
    user_agent: str | None
    caller: Caller | None = None
    model: str = ""
    messages: list[Any] = field(default_factory=list)
    decision: Decision | None = None
    tokens: Tokens = field(default_factory=Tokens)
    status: int = 0
    upstream_s: float = 0.0
    recorded: bool = False
    end_user: str | None = None
    rerouted_from: str | None = None
    refused: bool = False  # the upstream's answer opened as a refusal (issue 23)
    bypass_verdict: Any = None  # the bypass first stage's verdict when a model screens
    admission: Admission | None = None  # its token reservation, until settled

    def id_headers(self) -> Headers:
        """The gateway's request id (and the caller's own, echoed) for the response."""
        out: Headers = [(b"x-request-id", self.request_id.encode())]
        if self.dialect == "anthropic":
            out.append((b"request-id", self.request_id.encode()))
        if self.client_request_id is not None:
            out.append((b"x-client-request-id", self.client_request_id.encode()))
        return out


def _messages(endpoint: str, payload: dict[str, Any]) -> list[Any]:
    """The caller's input as ``[{role, content}]`` for the usage record (DESIGN.md)."""
    if endpoint in ("chat.completions", "messages"):
        messages = payload.get("messages")
        found = list(messages) if isinstance(messages, list) else []
        system = payload.get("system")
        if system is not None:
            found.insert(0, {"role": "system", "content": system})
        return found
    if endpoint == "completions":
        return [{"role": "user", "content": payload.get("prompt")}]
    if endpoint == "embeddings":
        return [{"role": "input", "content": payload.get("input")}]
    return []


_message_list = list[Message]


def _typed_messages(raw: list[Any]) -> list[Message]:
    """The caller's messages as records; a malformed entry is kept whole under role 'unknown'."""
    try:
        return msgspec.convert(raw, _message_list)
    except msgspec.ValidationError:
        return [
            Message(
                role=str(m.get("role", "unknown")) if isinstance(m, dict) else "unknown",
                content=m.get("content") if isinstance(m, dict) else m,
            )
            for m in raw
        ]


def _bearer(headers: dict[bytes, bytes]) -> str | None:
    value = headers.get(b"authorization")
    if value:
        scheme, _, token = value.decode("latin-1").partition(" ")
        if scheme.lower() == "bearer" and token.strip():
            return token.strip()
    key = headers.get(b"x-api-key")
    return key.decode("latin-1").strip() if key else None


def _status_decision(decision: Decision | None) -> str:
    return decision.decision if decision is not None else "none"


class Gateway:
    """The ASGI application. Construct with :func:`build_app`."""

    def __init__(
        self,
        config: GatewayConfig,
        *,
        store: Store | None = None,
        engine: PolicyEngine | None = None,
        locator: Locator | None = None,
        detector: Detector | None = None,
        audit_writer: AuditWriter | None = None,
        screen_missing: Callable[[Account], ScreeningStatus] | None = None,
        host_journal: bool = False,
    ) -> None:
        self.config = config
        self.snapshot = CallerSnapshot(config)
        self.store = store or self.snapshot.open_store()
        self.screener = StoredScreener()
        self.engine = engine or build_engine(self.screener, config.policy)
        self.models: dict[str, Model] = {m.id: m for m in config.models}
        self._upstreams = {u.name: u for u in config.upstreams}
        self.callers = CallerCache(
            self.store,
            self.screener,
            self.engine,
            config.caches.account_ttl_s,
            config.caches.negative_key_ttl_s,
            screen_missing if screen_missing is not None else live_screener_factory(),
            max_stale_s=config.caches.account_max_stale_s,
        )
        self.locations = LocationCache(config, locator)
        self.decisions = DecisionMaker(self.engine, detector)
        remote = getattr(detector, "remote", False)  # the detector service's flags (issue 19)
        self.detector_feed = DetectorFeed(detector) if detector is not None and not remote else None
        self.shared: SharedState | None = None
        if config.redis is not None:
            from exportgate.gateway.shared import SharedFlags, SharedState

            self.shared = SharedState(
                config, detector if isinstance(detector, SharedFlags) else None
            )
        self.bypass = BypassGate(config)
        deps = config.dependencies
        self.limiter = RateLimiter(
            config.limits,
            timeout_s=deps.timeout_s,
            fallback_to_memory=deps.counters_outage == "memory",
            prefix=config.scaleout.prefix + "rl:",  # the deployment's keys (issue 19)
        )
        self.obligations = Obligations()
        self.addresses = ClientAddress(config.trusted_proxies)
        self.mounts: list[tuple[str, ASGIApp]] = []
        journal = config.usage.writer == "process" and audit_writer is None
        self.journal = (
            JournalWorker(self.store.url, config.usage.spool_dir, config.usage.replay_interval_s)
            if journal and not host_journal  # else the host's one (serve --workers) replays
            else None
        )
        self.records = RecordWriter(
            None if journal else self.store,
            None if journal else (audit_writer or default_audit_writer(self.store)),
            config.usage.spool_dir,
            batch_size=config.usage.batch_size,
            flush_interval_s=config.usage.flush_interval_ms / 1000,
            max_pending=config.usage.max_pending,
            replay_interval_s=config.usage.replay_interval_s,
            durability=config.usage.durability,
            commit_window_s=config.usage.commit_window_ms / 1000,
        )
        self.metrics = GatewayMetrics(
            lambda: float(self.records.pending),
            lambda: float(sum(self.records.spooled.values())),
            lambda: float(self.detector_feed.backlog) if self.detector_feed else 0.0,
            dead_letters=lambda: float(self.records.dead_letters.count()),
            callers=self.callers.stats,
        )
        self.probes: list[Probe] = [BlockingProbe("store", self.store.ping)]
        if self.limiter.shared:
            self.probes.append(AsyncProbe("redis", self.limiter.ping))
        paused = self.snapshot.restore(self.callers)
        if paused is not None:  # started from the snapshot: its pause switch until the store
            self.decisions.switches = type(self.decisions.switches)(international_pause=paused)
        self.upstream: UpstreamClient | None = None
        self._background: list[asyncio.Task[None]] = []
        self._caller_loads: dict[str, asyncio.Future[Caller | None]] = {}
        self._outage_logged = 0.0
        self._id_prefix = os.urandom(6).hex()
        self._ids = itertools.count(1)
        self._started = False
        self._closed = False
        self.alerts: list[DetectorEvidence] = []
        self.reviews: list[ReviewRequest] = []
        self._reviews_noted: dict[tuple[str, str], float] = {}
        self._verdicts_seen: int | None = None  # audit sequence of the last review verdict read
        self._audit: AuditLog | None = None
        self.checkpoints: CheckpointTask | None = None

    # lifecycle -----------------------------------------------------------------------------
    async def startup(self) -> None:
        if self._started:
            return
        self._started = True
        self.upstream = UpstreamClient(self.config)
        if self.journal is not None:
            self.journal.start()
        self._background.append(
            asyncio.get_running_loop().create_task(self.snapshot.run(self.callers, self.store))
        )
        await self._refresh_switches()
        await self._refresh_model_controls()
        await self._apply_verdicts()
        await self._list_freshness()  # read once here, so /readyz answers at once
        self._background.append(asyncio.get_running_loop().create_task(self._switch_loop()))
        if self.detector_feed is not None:
            self._background.append(
                asyncio.get_running_loop().create_task(self.detector_feed.run())
            )
        if self.shared is not None:
            self._background += self.shared.start(self.store, self._apply_change)
        if self.config.audit.checkpoints is not None:
            from exportgate.gateway.checkpoints import CheckpointTask

            self.checkpoints = CheckpointTask(self.store, self.config.audit)
            self._background.append(asyncio.get_running_loop().create_task(self.checkpoints.run()))
        # Everything loaded so far (policy, country and location data) lives as long as the
        # process: keep it out of the cyclic GC's full collections, which would otherwise walk
        # it and pause the event loop for tens of milliseconds.
        gc.collect()
        gc.freeze()

    async def shutdown(self) -> None:
        if self._closed:
            return
        self._closed = True
        for task in self._background:
            task.cancel()
        if self.upstream is not None:
            await self.upstream.close()
        await self.limiter.close()
        if self.shared is not None:
            await self.shared.close()
        if self.detector_feed is not None:
            self.detector_feed.drain()
        await self._save_alerts()
        self.records.encode_pending()  # on the loop, before the writer's last drain
        await asyncio.to_thread(self.records.close)
        for probe in self.probes:
            if isinstance(probe, BlockingProbe):
                probe.close()
        if self.journal is not None:
            await asyncio.to_thread(self.journal.stop)

    async def _refresh_switches(self) -> None:
        try:
            pause = await asyncio.to_thread(self.store.get_switch, PAUSE_SWITCH)
        except Exception as exc:  # noqa: BLE001 - keep the last known value
            log.warning("could not read switches from the store: %s", exc)
            return
        if pause != self.decisions.switches.international_pause:
            self.decisions.switches = type(self.decisions.switches)(international_pause=pause)

    async def _refresh_model_controls(self) -> None:
        """Per-model pause, access and approved-list changes from the store (issue 16)."""
        try:
            rows = await asyncio.to_thread(self.store.model_controls)
        except Exception as exc:  # noqa: BLE001 - keep the last known state
            log.warning("could not read per-model controls from the store: %s", exc)
            return
        self.decisions.set_model_states(model_states(rows))

    async def _switch_loop(self) -> None:
        while True:
            await asyncio.sleep(self.config.caches.switches_ttl_s)
            await self._refresh_switches()
            await self._refresh_model_controls()
            if self.journal is not None:
                self.journal.ensure_running()
            await self._save_alerts()
            await self._apply_verdicts()

    async def _apply_change(self, change: Change | None) -> None:
        """A change notice from another process (issue 19): this polling loop's refresh, now."""
        from exportgate.gateway.shared import apply_change

        await apply_change(self, change)

    async def _apply_verdicts(self) -> None:
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

    async def _save_alerts(self) -> None:
        while self.reviews:
            item = self.reviews.pop(0)
            try:
                await asyncio.to_thread(self.store.enqueue_review, item, unless_open=True)
            except Exception as exc:  # noqa: BLE001 - retry on the next round
                log.warning("could not queue a compliance review: %s", exc)
                self.reviews.insert(0, item)
                break
        await self._save_distillation_alerts()

    async def _save_distillation_alerts(self) -> None:
        """Distillation alerts raised on the request path, saved for compliance (off it)."""
        while self.alerts:
            alert = self.alerts.pop(0)
            try:
                await asyncio.to_thread(self.store.save_alert, alert.alert())
            except Exception as exc:  # noqa: BLE001 - retry on the next round
                log.warning("could not save a distillation alert: %s", exc)
                self.alerts.insert(0, alert)
                return

    # ASGI ----------------------------------------------------------------------------------
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind == "http":
            if not self._started:
                await self.startup()
            await self._http(scope, receive, send)
        elif kind == "lifespan":
            await lifespan(receive, send, self.startup, self.shutdown)

    def mount(self, prefix: str, app: ASGIApp) -> None:
        """Serve ``prefix`` and everything under it with another ASGI app (the server mounts
        the compliance console under ``/console``)."""
        self.mounts.append((prefix.rstrip("/"), app))

    def _new_id(self) -> str:
        """The gateway's own request id: the key of the request's records in the store."""
        return f"req-{self._id_prefix}{next(self._ids):09x}"

    def _exchange(
        self, scope: Scope, headers: dict[bytes, bytes], endpoint: str, dialect: Dialect
    ) -> Exchange:
        """A new request's exchange: the gateway's id, the caller's own request id (kept as
        given when it is a sane token), its address and user agent, bounded."""
        return Exchange(
            self._new_id(),
            edge.client_request_id(headers.get(b"x-request-id")),
            time.perf_counter(),
            dt.datetime.now(dt.UTC),
            endpoint,
            dialect,
            self.addresses.of(scope, headers),
            edge.user_agent(headers.get(b"user-agent")),
        )

    async def _durable(self, ex: Exchange) -> None:
        """Wait until the request's records are on disk (``sync`` durability); a journal that
        cannot be written refuses the answer rather than serve it unrecorded."""
        if not ex.recorded:
            return
        try:
            if self.shared is None:
                await self.records.durable()
            else:  # and the served-request event on the stream (or spilled), at the same time
                await asyncio.gather(self.records.durable(), self.shared.flushed())
        except JournalWriteFailed as exc:
            raise GatewayError(
                503,
                "records_unavailable",
                "The gateway cannot record this request (its journal on disk "
                f"failed: {exc}), so it is not served. Retry after "
                f"{self.config.dependencies.retry_after_s} s.",
                headers=self._retry_after(),
            ) from None

    def _retry_after(self) -> tuple[tuple[bytes, bytes], ...]:
        return ((b"retry-after", str(self.config.dependencies.retry_after_s).encode()),)

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope["path"]
        method: str = scope["method"]
        endpoint = ENDPOINTS.get(path)
        if endpoint is not None:
            if method != "POST":
                await self._plain_error(
                    send,
                    "openai" if endpoint.dialect == "openai" else "anthropic",
                    GatewayError(405, "method_not_allowed", f"{path} accepts POST only."),
                    None,
                )
                return
            await self._model_call(scope, receive, send, endpoint)
        elif path == "/healthz":
            await send_bytes(send, 200, b'{"status":"ok"}', [])
        elif path == "/readyz":
            await self._readyz(send)
        elif path == "/metrics":
            body = self.metrics.render()
            await send_bytes(send, 200, body, [], self.metrics.content_type.encode())
        elif path == "/v1/models" or path.startswith("/v1/models/"):
            await self._models(scope, receive, send, path)
        elif path == "/v1/authorize" or path.startswith("/v1/authorize/"):
            await self._authorize(scope, receive, send)
        elif (mounted := self._mounted(path)) is not None:
            await mounted(scope, receive, send)
        else:
            await self._plain_error(
                send,
                "openai",
                GatewayError(
                    404,
                    "not_found",
                    f"There is no endpoint {path}. This gateway serves "
                    "/v1/chat/completions, /v1/completions, /v1/embeddings, /v1/messages, "
                    "/v1/models and /v1/authorize.",
                ),
                None,
            )

    async def _plain_error(
        self,
        send: Send,
        dialect: Dialect,
        error: GatewayError,
        ex: Exchange | None,
        headers: Headers | None = None,
    ) -> None:
        extra: Headers = []
        if ex is not None:
            extra = ex.id_headers()
            if ex.recorded:
                try:
                    await self.records.durable()
                except JournalWriteFailed as exc:  # the refusal still goes out
                    log.error("request %s: its records are not on disk: %s", ex.request_id, exc)
        await send_bytes(
            send,
            error.status,
            error_body(dialect, error, ex.request_id if ex is not None else ""),
            extra + (headers or []),
        )

    async def _list_freshness(self) -> dict[str, Any]:
        """How old the restricted-party lists are (policy.freshness), once a day; a stale list
        does not make the gateway unready, it is reported."""
        from exportgate.policy.freshness import active_list_freshness

        today = dt.date.today()
        cached: tuple[dt.date, dict[str, Any]] | None = getattr(self, "_lists_fresh", None)
        if cached is None or cached[0] != today:
            try:
                fresh = (await asyncio.to_thread(active_list_freshness, today)).to_dict()
            except (OSError, ValueError) as exc:
                fresh = {"error": f"list dates could not be read: {exc}"}
            cached = (today, fresh)
            self._lists_fresh = cached
        return cached[1]

    async def _readyz(self, send: Send) -> None:
        """Each dependency's state within READYZ_BUDGET_S. 503 when the gateway cannot serve
        new callers (store or Redis down, the journal failing); ``degraded`` (200) when records
        wait in the dead-letter file for an operator."""
        health = await check_all(self.probes, READYZ_BUDGET_S)
        journal_ok = self.journal is None or self.journal.alive
        journal_error = self.records.journal_error
        dead = self.records.dead_letters.count()
        spooled = len(self.records.spool_files())
        ready = all(h.ok for h in health.values()) and journal_ok and journal_error is None
        status = "not ready" if not ready else "degraded" if dead else "ready"
        body = _json_encode(
            {
                "status": status,
                "dependencies": {
                    name: {"ok": h.ok, "detail": h.detail} for name, h in health.items()
                },
                "store": health["store"].ok,
                "journal_worker": journal_ok,
                "journal": "ok" if journal_error is None else f"failing: {journal_error}",
                "durability": self.config.usage.durability,
                "records_pending": self.records.pending,
                "spool_files": spooled,
                "dead_letters": dead,
                "dead_letter_file": str(self.records.dead_letters.path) if dead else None,
                "upstream_client": self.upstream is not None,
                "shared": self.shared.stats() if self.shared is not None else None,
                "lists": await self._list_freshness(),
            }
        )
        await send_bytes(send, 200 if ready else 503, body, [])

    # the caller ----------------------------------------------------------------------------
    async def _authenticate(self, headers: dict[bytes, bytes]) -> Caller:
        raw_key = _bearer(headers)
        if raw_key is None:
            raise GatewayError(
                401,
                "missing_api_key",
                "No API key was sent. Send your key as 'Authorization: Bearer "
                "<key>' or 'x-api-key: <key>'.",
            )
        try:
            if self.callers.answers_from_memory(raw_key):
                caller = await self.callers.resolve(raw_key)
            else:
                caller = await self._load_caller(raw_key)
        except Exception as exc:  # noqa: BLE001 - a store outage, never the caller's fault
            detail = (
                f"no answer within {self.config.dependencies.timeout_ms:.0f} ms"
                if isinstance(exc, TimeoutError)
                else (str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
            )
            now = time.monotonic()
            if now - self._outage_logged > 10:  # one line per 10 s, not one per request
                self._outage_logged = now
                log.warning("could not check an API key, the store is unavailable: %s", detail)
            raise GatewayError(
                503,
                "store_unavailable",
                "The gateway cannot check this API key: its account store is unreachable or "
                f"too slow ({detail[:200]}). This is an outage on the provider's side, not a "
                "problem "
                f"with your request: retry after {self.config.dependencies.retry_after_s} s.",
                headers=self._retry_after(),
            ) from None
        if caller is None:
            raise GatewayError(
                401,
                "invalid_api_key",
                "The API key is not valid or has been revoked. Check the key, "
                "or ask your account administrator for a new one.",
            )
        return caller

    async def _load_caller(self, raw_key: str) -> Caller | None:
        """Read a caller the cache does not know, waiting at most ``dependencies.timeout_ms``.
        The read goes on in the background when the wait ends (its answer fills the cache for
        the next request), and concurrent requests with the same key share one read; past
        MAX_CALLER_LOADS reads in flight (a store that hangs) new keys are refused at once."""
        digest = CallerCache.digest(raw_key)
        task = self._caller_loads.get(digest)
        if task is None:
            if len(self._caller_loads) >= MAX_CALLER_LOADS:
                raise TimeoutError(f"{MAX_CALLER_LOADS} account reads already wait on it")
            task = asyncio.ensure_future(self.callers.resolve(raw_key))
            self._caller_loads[digest] = task
            task.add_done_callback(lambda done: self._caller_loaded(digest, done))
        async with asyncio.timeout(self.config.dependencies.timeout_s):
            return await asyncio.shield(task)

    def _caller_loaded(self, digest: str, task: asyncio.Future[Caller | None]) -> None:
        self._caller_loads.pop(digest, None)
        if not task.cancelled() and task.exception() is not None:
            log.debug("caller read failed: %s", task.exception())

    def _decide(
        self,
        ex: Exchange,
        caller: Caller,
        model: Model,
        placed: Placed,
        kind: str = "request",
        end_user: str | None = None,
        rerouted_from: str | None = None,
    ) -> Decision:
        decision = self.decisions.decide(caller, model, placed, end_user)
        ex.decision = decision
        if decision.decision == "review":
            self._note_review(caller, decision, ex.request_id)
        self.metrics.count(
            "decisions", (decision.decision, decision.reasons[0].code if decision.reasons else "")
        )
        self.records.submit_audit(
            DecisionAudit(
                ts=ex.ts,
                subject=caller.account.id,
                inputs=DecisionInputs(
                    request_id=ex.request_id,
                    account_id=caller.account.id,
                    key_id=caller.key_id,
                    ip=ex.ip,
                    model=model.id,
                    endpoint=ex.endpoint,
                    end_user=UNSET if end_user is None else end_user,
                ),
                decision=decision,
                extra=DecisionContext(
                    request_id=ex.request_id,
                    client_request_id=ex.client_request_id,
                    kind=kind,
                    key_id=caller.key_id,
                    ip=ex.ip,
                    model=model.id,
                    endpoint=ex.endpoint,
                    location=placed.location,
                    location_problem=placed.problem,
                    end_user=UNSET if end_user is None else end_user,
                    rerouted_from=UNSET if rerouted_from is None else rerouted_from,
                ),
            )
        )
        return decision

    def _reroute(
        self,
        ex: Exchange,
        caller: Caller,
        model: Model,
        placed: Placed,
        refused: Decision,
        end_user: str | None,
        dialect: Dialect,
    ) -> Model | None:
        """The fallback model to serve instead, when ``model`` was refused only for per-model
        rules (access order, per-model pause) and the caller may use the fallback: a second
        decision, audited, for the fallback. Never more than one hop."""
        target = reroute_target(refused, self.decisions.model_ref(model))
        fallback = self.models.get(target) if target is not None else None
        if fallback is None or dialect not in self._upstreams[fallback.upstream].dialects:
            return None
        second = self._decide(
            ex, caller, fallback, placed, kind="reroute", end_user=end_user, rerouted_from=model.id
        )
        if second.decision != "allow":
            ex.decision = refused
            return None
        return fallback

    def _mounted(self, path: str) -> ASGIApp | None:
        for prefix, app in self.mounts:
            if path == prefix or path.startswith(prefix + "/"):
                return app
        return None

    def detector_backlog(self) -> int | None:
        """Served requests waiting for the distillation detector (None: no detector here)."""
        return self.detector_feed.backlog if self.detector_feed is not None else None

    def _note_review(self, caller: Caller, decision: Decision, request_id: str) -> None:
        """Put a held account in the compliance review queue, written off the request path.

        The store keeps one open item per account and reason (``unless_open``); this process
        asks at most once a minute per account and reason, so a hold that comes back after its
        item was resolved is queued again."""
        first = decision.reasons[0]
        key = (caller.account.id, first.code)
        now = time.monotonic()
        if now - self._reviews_noted.get(key, -REVIEW_NOTE_INTERVAL_S) < REVIEW_NOTE_INTERVAL_S:
            return
        if len(self._reviews_noted) >= 100_000:
            self._reviews_noted.clear()
        self._reviews_noted[key] = now
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

    @staticmethod
    def _refusal(decision: Decision) -> GatewayError:
        first = decision.reasons[0]
        if decision.decision == "review":
            return GatewayError(
                403,
                "pending_review",
                f"This request needs a compliance review before it can be served "
                f"({first.code}): {first.message} Your provider's compliance team has been "
                "notified; contact them to complete the review.",
            )
        return GatewayError(
            403,
            first.code.lower(),
            f"{first.message} If you believe this is wrong, contact your provider's compliance "
            f"team and quote reason {first.code}.",
        )

    # model calls ---------------------------------------------------------------------------
    async def _model_call(
        self, scope: Scope, receive: Receive, send: Send, endpoint: Endpoint
    ) -> None:
        headers = header_map(scope)
        ex = self._exchange(scope, headers, endpoint.name, endpoint.dialect)
        self.metrics.in_flight += 1
        try:
            await self._serve_model_call(scope, receive, send, endpoint, headers, ex)
        except GatewayError as error:
            ex.status = error.status
            self._record(ex)
            if error.code.startswith("upstream"):
                self.metrics.count("upstream_errors", (error.code,))
            await self._plain_error(send, endpoint.dialect, error, ex, list(error.headers))
        except (ClientGone, asyncio.CancelledError):
            ex.status = 499
            self._record(ex)
        except Exception:
            log.exception("request %s failed inside the gateway", ex.request_id)
            started = ex.status != 0
            ex.status = 500
            self._record(ex)
            if not started:
                await self._plain_error(
                    send,
                    endpoint.dialect,
                    GatewayError(
                        500,
                        "internal_error",
                        "The gateway failed while handling this request. "
                        f"Retry; if it persists, contact the operator quoting {ex.request_id}.",
                    ),
                    ex,
                )
        finally:
            self.metrics.in_flight -= 1
            if ex.admission is not None and ex.admission.reserved:
                await self._charge(ex)  # refused or failed after admission: give it back
            self._record(ex)
            elapsed = time.perf_counter() - ex.started
            metrics = self.metrics
            metrics.observe("request_duration_seconds", (endpoint.name,), elapsed)
            metrics.observe("overhead_duration_seconds", (), max(elapsed - ex.upstream_s, 0.0))
            metrics.count(
                "requests", (endpoint.name, str(ex.status), _status_decision(ex.decision))
            )

    def _record(self, ex: Exchange) -> None:
        """Queue the request's usage record (once)."""
        if ex.recorded:
            return
        ex.recorded = True
        caller = ex.caller
        decision = ex.decision
        record = UsageRecord(
            ts=ex.ts,
            request_id=ex.request_id,
            account_id=caller.account.id if caller else None,
            key_id=caller.key_id if caller else None,
            ip=ex.ip,
            user_agent=ex.user_agent,
            model=ex.model,
            endpoint=ex.endpoint,
            messages=_typed_messages(ex.messages) if self.config.usage.record_messages else [],
            prompt_tokens=ex.tokens.prompt,
            completion_tokens=ex.tokens.completion,
            status=ex.status,
            decision=_status_decision(decision),
            latency_ms=round((time.perf_counter() - ex.started) * 1000, 3),
            reasons=[r.code for r in decision.reasons] if decision else [],
            client_request_id=ex.client_request_id,
            end_user=ex.end_user,
            rerouted_from=ex.rerouted_from,
            refused=ex.refused,
        )
        self.records.submit_usage(record)
        if ex.bypass_verdict is not None and caller is not None:
            self._bypass_apply(
                self.bypass.after(
                    ts=ex.ts,
                    account_id=caller.account.id,
                    request_id=ex.request_id,
                    model=ex.model,
                    messages=ex.messages,
                    verdict=ex.bypass_verdict,
                    refused=ex.refused,
                )
            )
        if self.detector_feed is not None and caller is not None and ex.status == 200:
            self.detector_feed.submit(record, caller.account)
        if self.shared is not None and caller is not None and ex.status == 200:
            self.shared.served(record, caller.account)
        if ex.tokens.total:
            self.metrics.count("tokens", (ex.model, "prompt"), ex.tokens.prompt)
            self.metrics.count("tokens", (ex.model, "completion"), ex.tokens.completion)

    async def _serve_model_call(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        endpoint: Endpoint,
        headers: dict[bytes, bytes],
        ex: Exchange,
    ) -> None:
        limit = self.config.limits.max_body_bytes
        body = await read_body(receive, headers.get(b"content-length"), limit)
        caller = ex.caller = await self._authenticate(headers)
        try:
            payload = _json_decode(body)
        except msgspec.DecodeError as exc:
            raise GatewayError(
                400,
                "invalid_json",
                f"The request body is not valid JSON ({exc}). Send a JSON object.",
            ) from None
        if not isinstance(payload, dict):
            raise GatewayError(400, "invalid_request", "The request body must be a JSON object.")
        raw_model = payload.get("model")
        if isinstance(raw_model, str):
            ex.model = edge.bounded(raw_model, edge.MAX_MODEL)
        model_id = edge.model_name(raw_model)
        ex.messages = _messages(endpoint.name, payload)
        ex.end_user = edge.end_user(payload, endpoint.dialect)
        edge.stream_fields(payload)
        model = self.models.get(model_id)
        upstream = self._upstreams[model.upstream] if model else None
        if model is None or upstream is None or endpoint.dialect not in upstream.dialects:
            raise GatewayError(
                404,
                "model_not_found",
                f"The model '{model_id}' does not exist or is not served on "
                f"{endpoint.name}. GET /v1/models lists the models you may use.",
                "model",
            )
        end_user = ex.end_user = _end_user(headers, payload, endpoint.dialect)
        placed = self.locations.place(ex.ip)
        decision = self._decide(ex, caller, model, placed, end_user=end_user)
        because = ""
        if decision.decision != "allow":
            fallback = self._reroute(
                ex, caller, model, placed, decision, end_user, endpoint.dialect
            )
            if fallback is None:
                raise self._refusal(decision)
            ex.rerouted_from, ex.model, model = model.id, fallback.id, fallback
            because = decision.reasons[0].code
            assert ex.decision is not None
            decision = ex.decision
            payload["model"] = model.id
            body = _json_encode(payload)
        if model.bypass.action != "off":
            model = self._bypass_check(ex, caller, model)
        if self.shared is not None:
            self.shared.check(model, self.config.dependencies.retry_after_s)
        admission = ex.admission = (
            await self._admit(caller, model, reservation(len(body), payload, self.config.limits))
            if self.limiter.enabled
            else None
        )
        extra_headers = ex.id_headers()
        if ex.rerouted_from is not None:
            extra_headers += [
                (b"x-exportgate-rerouted-from", ex.rerouted_from.encode()),
                (b"x-exportgate-rerouted-because", because.encode()),
            ]
        if admission is not None:
            extra_headers += admission.headers
            if not admission.allowed:
                self.metrics.count("rate_limited", (admission.exceeded.split()[0],))
                raise _rate_limited(admission)
        self.obligations.check(decision.obligations, endpoint.dialect)
        streaming = endpoint.streams and payload.get("stream") is True
        forward = self._upstream_body(body, payload, model, endpoint, streaming)
        await self._forward(
            receive, send, ex, endpoint, model, forward, headers, streaming, extra_headers
        )

    async def _admit(self, caller: Caller, model: Model, reserve: int = 0) -> Admission:
        """Rate-limit admission (reserving ``reserve`` tokens); an outage of the shared counters
        is a 503 (fail closed)."""
        try:
            return await self.limiter.admit(
                caller.account.id, caller.key_id, controlled=model.controlled, reserve=reserve
            )
        except CountersUnavailable as exc:
            self.metrics.count("upstream_errors", ("rate_limits_unavailable",))
            which = "export-controlled model" if model.controlled else "model"
            raise GatewayError(
                503,
                "rate_limits_unavailable",
                f"The gateway cannot reach its rate-limit counters ({exc}), and requests for "
                f"the {which} '{model.id}' are not served without them. This is an outage on "
                "the provider's side, not a problem with your request: retry after "
                f"{self.config.dependencies.retry_after_s} s.",
                headers=self._retry_after(),
            ) from None

    def _bypass_check(self, ex: Exchange, caller: Caller, model: Model) -> Model:
        """Screen for a safeguard bypass (gateway/bypass_gate.py); raise or reroute."""
        outcome = self.bypass.check(
            ts=ex.ts,
            account_id=caller.account.id,
            request_id=ex.request_id,
            model=model,
            messages=ex.messages,
        )
        ex.bypass_verdict = outcome.verdict
        self._bypass_apply(outcome)
        if outcome.error is not None:
            raise outcome.error
        if outcome.reroute_to is not None:
            rerouted = self.models.get(outcome.reroute_to)
            if rerouted is not None:
                return rerouted
        return model

    def _bypass_apply(self, outcome: Any) -> None:
        for entry in outcome.audits:
            self.records.submit_audit(entry)
        self.reviews.extend(outcome.reviews)
        self.alerts.extend(outcome.alerts)

    def _upstream_body(
        self,
        body: bytes,
        payload: dict[str, Any],
        model: Model,
        endpoint: Endpoint,
        streaming: bool,
    ) -> tuple[bytes, bool]:
        """The body to send upstream, and whether the gateway added the usage chunk request.

        The caller's bytes go through untouched unless the model must be renamed or an OpenAI
        stream must be asked to report usage (``stream_options.include_usage``)."""
        changed = False
        added_usage = False
        if payload.get("model") != model.target:  # renamed upstream, or rerouted (bypass)
            payload["model"] = model.target
            changed = True
        if streaming and endpoint.dialect == "openai":
            options = payload.get("stream_options")
            if not isinstance(options, dict) or not options.get("include_usage"):
                payload["stream_options"] = {**(options or {}), "include_usage": True}
                changed = added_usage = True
        return (_json_encode(payload) if changed else body), added_usage

    async def _forward(
        self,
        receive: Receive,
        send: Send,
        ex: Exchange,
        endpoint: Endpoint,
        model: Model,
        forward: tuple[bytes, bool],
        headers: dict[bytes, bytes],
        streaming: bool,
        extra_headers: Headers,
    ) -> None:
        assert self.upstream is not None and ex.decision is not None
        upstream = self._upstreams[model.upstream]
        target = self.upstream.target(upstream, endpoint.dialect, endpoint.upstream_path)
        passed = [
            (name, value)
            for name in PASSED_REQUEST_HEADERS
            if (value := headers.get(name)) is not None
        ]
        passed.append((b"x-request-id", ex.request_id.encode()))
        if ex.decision.obligations:
            passed.append(
                (
                    b"x-exportgate-obligations",
                    self.obligations.header(ex.decision.obligations).encode(),
                )
            )
        task = asyncio.current_task()
        done = False
        watchers: list[asyncio.Future[Any]] = []

        def on_disconnect(watch: asyncio.Future[Any]) -> None:
            if (
                not done
                and task is not None
                and not watch.cancelled()
                and watch.exception() is None
                and watch.result()["type"] == "http.disconnect"
            ):
                task.cancel()

        def watch_client() -> None:
            # Watching costs a task per request, so only calls still running after
            # DISCONNECT_WATCH_AFTER_S get one: those are the ones worth cancelling.
            if not done:
                watcher = asyncio.ensure_future(receive())
                watcher.add_done_callback(on_disconnect)
                watchers.append(watcher)

        timer = asyncio.get_running_loop().call_later(DISCONNECT_WATCH_AFTER_S, watch_client)
        began = time.perf_counter()
        try:
            response = await self.upstream.open(target, forward[0], passed)
            self.metrics.observe(
                "upstream_time_to_first_byte_seconds", (model.id,), time.perf_counter() - began
            )
            try:
                if streaming and response.status < 300:
                    await self._stream(
                        send, ex, endpoint, model, response, forward[1], extra_headers
                    )
                else:
                    await self._whole(send, ex, endpoint, model, response, extra_headers)
            finally:
                response.release()
        finally:
            done = True
            ex.upstream_s = time.perf_counter() - began
            timer.cancel()
            for watcher in watchers:
                if not watcher.done():
                    watcher.cancel()

    async def _whole(
        self,
        send: Send,
        ex: Exchange,
        endpoint: Endpoint,
        model: Model,
        response: UpstreamResponse,
        extra_headers: Headers,
    ) -> None:
        upstream = self._upstreams[model.upstream]
        try:
            data = await response.read()
        except UpstreamReadTimeout:
            raise upstream_timeout(upstream) from None
        except UpstreamConnectionError as exc:
            raise upstream_unavailable(upstream, exc) from None
        status = response.status
        if status >= 500:
            raise GatewayError(
                502,
                "upstream_error",
                f"The model server '{upstream.name}' failed (HTTP {status}). "
                "Retry later; if it persists, contact the operator.",
            )
        if status < 300:
            ex.refused = answer_refused(data)
            ex.tokens = body_tokens(endpoint.dialect, data)
            data = self._rewrite(data, ex, endpoint, model)
        ex.status = status
        self._record(ex)
        await self._durable(ex)
        content_type = response.header(b"content-type") or JSON
        try:
            await send_bytes(
                send, status, data, extra_headers + _passed_back(response), content_type
            )
        finally:
            await self._charge(ex)

    async def _charge(self, ex: Exchange) -> None:
        """Charge the answer's tokens to the caller's budgets, after the answer is sent: a
        shared (Redis) counter's round trip must not delay the response."""
        admission, ex.admission = ex.admission, None
        if not self.limiter.enabled or ex.caller is None:
            return
        if admission is not None and admission.reserved:  # settle the reservation (issue 19)
            await self.limiter.settle(
                ex.caller.account.id, ex.caller.key_id, admission, ex.tokens.total
            )
        elif ex.tokens.total:
            await self.limiter.charge(ex.caller.account.id, ex.caller.key_id, ex.tokens.total)

    def _rewrite(self, data: bytes, ex: Exchange, endpoint: Endpoint, model: Model) -> bytes:
        """Apply obligations to a whole body and show the caller's model id, not the upstream's."""
        assert ex.decision is not None
        obligations = [o for o in ex.decision.obligations if o == "strip_reasoning"]
        renamed = bool(model.upstream_model and model.upstream_model != model.id)
        if not obligations and not renamed:
            return data
        if not obligations and model.upstream_model:
            # compact JSON (the usual case): swap the name without decoding the body; an
            # unescaped '"model":"..."' can only be a JSON member, never text inside a string
            upstream_name = b'"model":"' + model.upstream_model.encode() + b'"'
            if upstream_name in data:
                return data.replace(upstream_name, b'"model":"' + model.id.encode() + b'"', 1)
        try:
            body = _json_decode(data)
        except msgspec.DecodeError:
            return data
        if not isinstance(body, dict):
            return data
        if obligations:
            body = self.obligations.apply_body(obligations, endpoint.dialect, body)
        if renamed and "model" in body:
            body["model"] = model.id
        return _json_encode(body)

    async def _stream(
        self,
        send: Send,
        ex: Exchange,
        endpoint: Endpoint,
        model: Model,
        response: UpstreamResponse,
        added_usage: bool,
        extra_headers: Headers,
    ) -> None:
        assert ex.decision is not None
        upstream = self._upstreams[model.upstream]
        meter = StreamMeter(endpoint.dialect, drop_usage_chunk=added_usage)
        splitter = EventSplitter()
        filt = self.obligations.stream_filter(ex.decision.obligations, endpoint.dialect)
        renamed = model.upstream_model and model.upstream_model != model.id
        rename = (
            (
                b'"model":"' + model.upstream_model.encode() + b'"',
                b'"model":"' + model.id.encode() + b'"',
            )
            if renamed and model.upstream_model
            else None
        )
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": STREAM_HEADERS + extra_headers + _passed_back(response),
            }
        )
        ex.status = 200
        # The final event (OpenAI 'data: [DONE]', Anthropic 'message_stop') and whatever
        # follows it are held back until the usage record is on disk.
        held: list[bytes] = []
        watch = RefusalWatch()
        try:
            async for chunk in response.chunks():
                watch.feed(chunk)
                out = []
                for event in splitter.feed(chunk):
                    if not meter.keep(event):
                        continue
                    if filt is not None:
                        event = filt.feed(event)
                        if not event:
                            continue
                    if rename is not None:
                        event = event.replace(*rename)
                    if held or _is_final_event(event):
                        held.append(event)
                    else:
                        out.append(event)
                if out:
                    await send(
                        {"type": "http.response.body", "body": b"".join(out), "more_body": True}
                    )
            rest = splitter.rest()
            if rest.strip():
                held.append(rest)
        except UpstreamReadTimeout:
            await self._stream_failed(send, ex, endpoint, meter, upstream_timeout(upstream))
            return
        except UpstreamConnectionError as exc:
            await self._stream_failed(
                send, ex, endpoint, meter, upstream_unavailable(upstream, exc)
            )
            return
        ex.tokens = meter.tokens
        ex.refused = watch.refused()
        self._record(ex)
        try:
            try:
                await self._durable(ex)
            except GatewayError as error:
                await self._stream_failed(send, ex, endpoint, meter, error)
                return
            await send({"type": "http.response.body", "body": b"".join(held), "more_body": False})
        finally:
            await self._charge(ex)

    async def _stream_failed(
        self, send: Send, ex: Exchange, endpoint: Endpoint, meter: StreamMeter, error: GatewayError
    ) -> None:
        """After a stream started the status is already 200: report the error as an event."""
        ex.tokens = meter.tokens
        ex.status = error.status
        self.metrics.count("upstream_errors", (error.code,))
        self._record(ex)
        try:
            await self.records.durable()
        except JournalWriteFailed as exc:
            log.error("request %s: its records are not on disk: %s", ex.request_id, exc)
        await send(
            {
                "type": "http.response.body",
                "body": stream_error_event(endpoint.dialect, error, ex.request_id),
                "more_body": False,
            }
        )

    # /v1/models ----------------------------------------------------------------------------
    async def _models(self, scope: Scope, receive: Receive, send: Send, path: str) -> None:
        headers = header_map(scope)
        dialect: Dialect = "anthropic" if b"anthropic-version" in headers else "openai"
        ex = self._exchange(scope, headers, "models", dialect)
        try:
            caller = ex.caller = await self._authenticate(headers)
            placed = self.locations.place(ex.ip)
            end_user = ex.end_user = _end_user(headers, {}, dialect)
            usable = [
                m
                for m in self.config.models
                if self._decide(
                    ex, caller, m, placed, kind="model_list", end_user=end_user
                ).decision
                == "allow"
            ]
            ex.decision = None
            wanted = path.removeprefix("/v1/models").strip("/")
            if wanted:
                found = next((m for m in usable if m.id == wanted), None)
                if found is None:
                    raise GatewayError(
                        404,
                        "model_not_found",
                        f"The model '{wanted}' does not exist or you may not "
                        "use it. GET /v1/models lists the models you may use.",
                    )
                ex.model = wanted
                body = _json_encode(_model_entry(found, dialect))
            elif dialect == "anthropic":
                data = [_model_entry(m, dialect) for m in usable]
                body = _json_encode(
                    {
                        "data": data,
                        "has_more": False,
                        "first_id": data[0]["id"] if data else None,
                        "last_id": data[-1]["id"] if data else None,
                    }
                )
            else:
                body = _json_encode(
                    {"object": "list", "data": [_model_entry(m, dialect) for m in usable]}
                )
            ex.status = 200
            self._record(ex)
            await self._durable(ex)
            await send_bytes(send, 200, body, ex.id_headers())
        except GatewayError as error:
            ex.status = error.status
            self._record(ex)
            await self._plain_error(send, dialect, error, ex, list(error.headers))

    # /v1/authorize -------------------------------------------------------------------------
    async def _authorize(self, scope: Scope, receive: Receive, send: Send) -> None:
        """A decision only, for a gateway in front (Envoy ext_authz and the like): 200 with the
        decision and obligations as headers, or the 403/401/429 the caller should get."""
        headers = header_map(scope)
        dialect: Dialect = (
            "anthropic"
            if b"anthropic-version" in headers or scope["path"].endswith("/messages")
            else "openai"
        )
        ex = self._exchange(scope, headers, "authorize", dialect)
        try:
            body = await read_body(
                receive, headers.get(b"content-length"), self.config.limits.max_body_bytes
            )
            caller = ex.caller = await self._authenticate(headers)
            given = _authorize_model(scope, headers, body)
            ex.model = edge.bounded(given or "", edge.MAX_MODEL)
            model_id = edge.model_name(given, "x-exportgate-model")
            model = self.models.get(model_id)
            if model is None:
                raise GatewayError(
                    404,
                    "model_not_found",
                    f"The model '{model_id}' does not exist. Name it in the "
                    "'x-exportgate-model' header or the JSON body's 'model'.",
                )
            placed = self.locations.place(ex.ip)
            end_user = ex.end_user = _end_user(headers, _json_object(body), dialect)
            decision = self._decide(ex, caller, model, placed, kind="authorize", end_user=end_user)
            rerouted: Headers = []
            if decision.decision != "allow":
                fallback = self._reroute(ex, caller, model, placed, decision, end_user, dialect)
                if fallback is None:
                    raise self._refusal(decision)
                # the proxy in front serves the fallback instead (issue 16)
                rerouted = [
                    (b"x-exportgate-model", fallback.id.encode()),
                    (b"x-exportgate-rerouted-from", model.id.encode()),
                    (b"x-exportgate-rerouted-because", decision.reasons[0].code.encode()),
                ]
                ex.rerouted_from, ex.model = model.id, fallback.id
                assert ex.decision is not None
                decision = ex.decision
            out: Headers = [
                *ex.id_headers(),
                (b"x-exportgate-decision", b"allow"),
                (b"x-exportgate-account", caller.account.id.encode()),
                (
                    b"x-exportgate-obligations",
                    self.obligations.header(decision.obligations).encode(),
                ),
                *rerouted,
            ]
            if self.limiter.enabled:
                admission = await self._admit(caller, model)
                out += admission.headers
                if not admission.allowed:
                    raise _rate_limited(admission)
            ex.status = 200
            self._record(ex)
            await self._durable(ex)
            await send_bytes(
                send,
                200,
                _json_encode(
                    {
                        "decision": decision.decision,
                        "reasons": [
                            {"code": r.code, "message": r.message} for r in decision.reasons
                        ],
                        "obligations": decision.obligations,
                        "account_id": caller.account.id,
                        "request_id": ex.request_id,
                        "policy_version": decision.policy_version,
                        "model": ex.model,
                        "rerouted_from": ex.rerouted_from,
                    }
                ),
                out,
            )
        except GatewayError as error:
            ex.status = error.status
            self._record(ex)
            await self._plain_error(send, dialect, error, ex, list(error.headers))


def _is_final_event(event: bytes) -> bool:
    """The event that ends a stream: OpenAI's ``data: [DONE]``, Anthropic's ``message_stop``."""
    if b"[DONE]" in event:
        return _event_data_is_done(event)
    return b"message_stop" in event and (
        b"event: message_stop" in event
        or b"event:message_stop" in event
        or b'"type":"message_stop"' in event
        or b'"type": "message_stop"' in event
    )


def _event_data_is_done(event: bytes) -> bool:
    return any(
        line[5:].strip() == b"[DONE]" for line in event.splitlines() if line.startswith(b"data:")
    )


END_USER_HEADER = b"x-exportgate-end-user"


def _json_object(body: bytes) -> dict[str, Any]:
    try:
        payload = _json_decode(body) if body.strip() else {}
    except msgspec.DecodeError:
        return {}
    return payload if isinstance(payload, dict) else {}


def _end_user(headers: dict[bytes, bytes], payload: dict[str, Any], dialect: Dialect) -> str | None:
    """The end user a request names (issue 16): the ``x-exportgate-end-user`` header, the OpenAI
    ``user`` field or the Anthropic ``metadata.user_id``. When several are given they must
    agree (else 400 naming them); the header's value is the one used."""
    named: list[tuple[str, str]] = []
    header = headers.get(END_USER_HEADER)
    if header is not None and header.strip():
        named.append(("header x-exportgate-end-user", header.decode("utf-8", "replace").strip()))
    user = payload.get("user")
    if isinstance(user, str) and user.strip():
        named.append(("field 'user'", user.strip()))
    metadata = payload.get("metadata")
    if isinstance(metadata, dict):
        user_id = metadata.get("user_id")
        if isinstance(user_id, str) and user_id.strip():
            named.append(("field 'metadata.user_id'", user_id.strip()))
    if not named:
        return None
    if len({value for _, value in named}) > 1:
        listed = "; ".join(f"{where} says {value!r}" for where, value in named)
        raise GatewayError(
            400,
            "end_user_mismatch",
            f"The request names different end users: {listed}. Name one person "
            "(they must agree when several are given).",
            "metadata.user_id" if dialect == "anthropic" else "user",
        )
    value = named[0][1]
    if len(value) > 256:
        raise GatewayError(
            400, "invalid_end_user", "The end user id is longer than 256 characters.", "user"
        )
    return value


def _passed_back(response: UpstreamResponse) -> Headers:
    """Upstream response headers the caller should see (the watermark key id, as evidence)."""
    return [
        (name, value)
        for name in PASSED_RESPONSE_HEADERS
        if (value := response.header(name)) is not None
    ]


def _rate_limited(admission: Admission) -> GatewayError:
    return GatewayError(
        429,
        "rate_limit_exceeded",
        f"Rate limit reached for {admission.exceeded} per minute. Retry after "
        f"{admission.retry_after_s} s, or ask the operator for a higher limit.",
        headers=(*admission.headers, (b"retry-after", str(admission.retry_after_s).encode())),
    )


def _authorize_model(scope: Scope, headers: dict[bytes, bytes], body: bytes) -> str | None:
    given: bytes | None = headers.get(b"x-exportgate-model")
    if given:
        return given.decode("latin-1")
    query: bytes = scope.get("query_string", b"")
    for part in query.split(b"&"):
        name, _, value = part.partition(b"=")
        if name == b"model" and value:
            return value.decode("latin-1")
    if body:
        try:
            payload = _json_decode(body)
        except msgspec.DecodeError:
            return None
        if isinstance(payload, dict) and isinstance(payload.get("model"), str):
            return str(payload["model"])
    return None


def _model_entry(model: Model, dialect: Dialect) -> dict[str, Any]:
    if dialect == "anthropic":
        return {
            "type": "model",
            "id": model.id,
            "display_name": model.id,
            "created_at": "2026-01-01T00:00:00Z",
        }
    return {"id": model.id, "object": "model", "created": 1767225600, "owned_by": model.owned_by}


def build_app(config: GatewayConfig, **kwargs: Any) -> Gateway:
    """The ASGI app for a configuration (see :class:`Gateway` for the optional parts). The
    shipped location data and distillation detector are used unless given."""
    if "locator" not in kwargs:
        kwargs["locator"] = default_locator()
    alerts: list[DetectorEvidence] = []
    if (
        "detector" not in kwargs
        and config.redis is not None
        and config.scaleout.detector == "service"
        and config.distillation.enabled
    ):
        from exportgate.gateway.shared import SharedFlags

        kwargs["detector"] = SharedFlags()  # the detector runs as a service (issue 19)
    if "detector" not in kwargs:
        settings = config.distillation
        kwargs["detector"] = (
            default_detector(
                on_alert=alerts.append,
                served_prompt_bits=settings.served_prompts_mib * 8 * 2**20,
            )
            if settings.enabled
            else None
        )
    gateway = Gateway(config, **kwargs)
    gateway.alerts = alerts
    return gateway
