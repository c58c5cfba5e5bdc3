"""The gateway as one pure-ASGI application (no framework, no BaseHTTPMiddleware).

Every model call goes through the same steps: request id, body (bounded), API key -> caller,
JSON and model, location, policy decision (audited), rate limits, upstream call (streamed through
unbuffered), obligations, usage record. Any refusal is an error in the caller's dialect; the
usage and audit records of a request are on disk (``usage.durability: sync``, group commit)
before its last byte is sent, so no answer leaves without them. A dependency that is down or
slow (the store, Redis) costs a request at most ``dependencies.timeout_ms`` and is answered as
503 with a reason and ``retry-after``, never 500.

This module routes and runs the lifespan; the steps live beside it: admission.py (request id to
rate limit, and the error epilogue), proxy.py (forwarding, streaming, rewriting),
housekeeping.py (switches, verdicts, review items, alerts) and endpoints.py (``/v1/models``,
``/v1/authorize``).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from exportgate.accounts.stored import StoredScreener
from exportgate.asgi import lifespan
from exportgate.config import GatewayConfig, Model
from exportgate.gateway import endpoints
from exportgate.gateway.admission import Admitter
from exportgate.gateway.auditsink import default_audit_writer
from exportgate.gateway.bypass_gate import BypassGate
from exportgate.gateway.decisions import (
    CallerCache,
    DecisionMaker,
    Detector,
    LocationCache,
    Locator,
    build_engine,
    default_detector,
    default_locator,
    live_screener_factory,
)
from exportgate.gateway.detector_feed import DetectorFeed
from exportgate.gateway.errors import GatewayError
from exportgate.gateway.exchange import ENDPOINTS, Endpoint, Ledger, status_decision
from exportgate.gateway.housekeeping import Housekeeping
from exportgate.gateway.http import Receive, Scope, Send, header_map, send_bytes
from exportgate.gateway.journal import JournalWorker
from exportgate.gateway.metrics import GatewayMetrics
from exportgate.gateway.obligations import Obligations
from exportgate.gateway.proxy import Proxy
from exportgate.gateway.ratelimit import RateLimiter
from exportgate.gateway.readiness import AsyncProbe, BlockingProbe, Probe, check_all
from exportgate.gateway.recorder import AuditWriter, RecordWriter
from exportgate.gateway.snapshot import CallerSnapshot
from exportgate.gateway.upstream import UpstreamClient
from exportgate.policy import PolicyEngine
from exportgate.records import Account, DetectorEvidence, ReviewRequest
from exportgate.screening.api import ScreeningStatus
from exportgate.store import Store

if TYPE_CHECKING:
    from exportgate.bus.records import Change
    from exportgate.gateway.checkpoints import CheckpointTask
    from exportgate.gateway.shared import SharedState

log = logging.getLogger("exportgate.gateway")

READYZ_BUDGET_S = 0.06

ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

_json_encode = msgspec.json.encode


class Gateway:
    """The ASGI application. Construct with :func:`build_app`.

    It assembles the parts and routes: :class:`Admitter` (gateway/admission.py) admits every
    request and answers its errors, :class:`Proxy` (gateway/proxy.py) forwards the model calls,
    :class:`Housekeeping` (gateway/housekeeping.py) keeps switches, verdicts, review items and
    alerts in step with the store, and the background jobs (the caller snapshot, the detector
    feed, audit checkpoints) run beside them for the lifespan of the app."""

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
        self.mounts: list[tuple[str, ASGIApp]] = []
        journal = config.usage.writer == "process" and audit_writer is None
        self.journal = (
            JournalWorker(
                self.store.url,
                config.usage.spool_dir,
                config.usage.replay_interval_s,
                stream_spill=config.stream_spill_dir,
            )
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
            served_spill=Path(spill) if (spill := config.stream_spill_dir) else None,
        )
        if self.shared is not None and self.shared.publisher is not None:
            self.shared.publisher.journal = self.records  # events after their records
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
        self.housekeeping = Housekeeping(
            self.store, self.decisions, self.bypass, self.journal, config.caches.switches_ttl_s
        )
        self.ledger = Ledger(
            config, self.records, self.metrics, self.bypass, self.detector_feed, self.housekeeping
        )
        self.admitter = Admitter(
            config,
            callers=self.callers,
            locations=self.locations,
            decisions=self.decisions,
            limiter=self.limiter,
            bypass=self.bypass,
            ledger=self.ledger,
            housekeeping=self.housekeeping,
            metrics=self.metrics,
        )
        self.proxy = Proxy(config, self.ledger, self.obligations, self.limiter, self.metrics)
        self.ledger.shared = self.admitter.shared = self.shared
        if self.shared is not None:
            self.shared.share_bypass(self.bypass, self.ledger.apply)
        self._background: list[asyncio.Task[None]] = []
        self._started = False
        self._closed = False
        self._lists_fresh: tuple[dt.date, dict[str, Any]] | None = None
        self.checkpoints: CheckpointTask | None = None

    @property
    def upstream(self) -> UpstreamClient | None:
        return self.proxy.client

    @property
    def reviews(self) -> list[ReviewRequest]:
        """Review items noted on the request path, not yet written."""
        return self.housekeeping.reviews

    @property
    def alerts(self) -> list[DetectorEvidence]:
        """Alerts raised on the request path, not yet saved."""
        return self.housekeeping.alerts

    @alerts.setter
    def alerts(self, queue: list[DetectorEvidence]) -> None:
        self.housekeeping.alerts = queue

    def mount(self, prefix: str, app: ASGIApp) -> None:
        """Serve ``prefix`` and everything under it with another ASGI app (the server mounts
        the compliance console under ``/console``)."""
        self.mounts.append((prefix.rstrip("/"), app))

    def detector_backlog(self) -> int | None:
        """Served requests waiting for the distillation detector (None: no detector here)."""
        return self.detector_feed.backlog if self.detector_feed is not None else None

    # lifecycle -----------------------------------------------------------------------------
    async def startup(self) -> None:
        if self._started:
            return
        self._started = True
        self.proxy.client = UpstreamClient(self.config)
        if self.journal is not None:
            self.journal.start()
        self._spawn(self.snapshot.run(self.callers, self.store))
        await self.housekeeping.start()
        await self._list_freshness()  # read once here, so /readyz answers at once
        self._spawn(self.housekeeping.run())
        if self.detector_feed is not None:
            self._spawn(self.detector_feed.run())
        if self.shared is not None:
            self._background += self.shared.start(self.store, self._apply_change)
        if self.config.audit.checkpoints is not None:
            from exportgate.gateway.checkpoints import CheckpointTask

            self.checkpoints = CheckpointTask(self.store, self.config.audit)
            self._spawn(self.checkpoints.run())
        # Everything loaded so far (policy, country and location data) lives as long as the
        # process: keep it out of the cyclic GC's full collections, which would otherwise walk
        # it and pause the event loop for tens of milliseconds.
        gc.collect()
        gc.freeze()

    async def _apply_change(self, change: Change | None) -> None:
        """A change notice from another process (issue 19): the polling loop's refresh, now."""
        from exportgate.gateway.shared import apply_change

        await apply_change(self, change)

    def _spawn(self, job: Coroutine[Any, Any, None]) -> None:
        """A background job for the app's lifespan (cancelled at shutdown)."""
        self._background.append(asyncio.get_running_loop().create_task(job))

    async def shutdown(self) -> None:
        if self._closed:
            return
        self._closed = True
        for task in self._background:
            task.cancel()
        if self.proxy.client is not None:
            await self.proxy.client.close()
        await self.limiter.close()
        if self.shared is not None:
            await self.shared.close()
        if self.detector_feed is not None:
            self.detector_feed.drain()
        await self.housekeeping.save()
        self.records.encode_pending()  # on the loop, before the writer's last drain
        await asyncio.to_thread(self.records.close)
        for probe in self.probes:
            if isinstance(probe, BlockingProbe):
                probe.close()
        if self.journal is not None:
            await asyncio.to_thread(self.journal.stop)

    # ASGI ----------------------------------------------------------------------------------
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind == "http":
            if not self._started:
                await self.startup()
            await self._http(scope, receive, send)
        elif kind == "lifespan":
            await lifespan(receive, send, self.startup, self.shutdown)

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope["path"]
        endpoint = ENDPOINTS.get(path)
        if endpoint is not None:
            if scope["method"] != "POST":
                error = GatewayError(405, "method_not_allowed", f"{path} accepts POST only.")
                await self.admitter.error(send, endpoint.dialect, error, None)
                return
            await self._model_call(scope, receive, send, endpoint)
        elif path == "/healthz":
            await send_bytes(send, 200, b'{"status":"ok"}', [])
        elif path == "/readyz":
            await self._readyz(send)
        elif path == "/metrics" and self.config.metrics:
            body = self.metrics.render()
            await send_bytes(send, 200, body, [], self.metrics.content_type.encode())
        elif path == "/v1/models" or path.startswith("/v1/models/"):
            await endpoints.list_models(self.admitter, scope, send, path)
        elif path == "/v1/authorize" or path.startswith("/v1/authorize/"):
            await endpoints.authorize(self.admitter, self.obligations, scope, receive, send)
        elif (mounted := self._mounted(path)) is not None:
            await mounted(scope, receive, send)
        else:
            await self.admitter.error(
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

    def _mounted(self, path: str) -> ASGIApp | None:
        for prefix, app in self.mounts:
            if path == prefix or path.startswith(prefix + "/"):
                return app
        return None

    # model calls ---------------------------------------------------------------------------
    async def _model_call(
        self, scope: Scope, receive: Receive, send: Send, endpoint: Endpoint
    ) -> None:
        headers = header_map(scope)
        ex = self.admitter.exchange(scope, headers, endpoint.name, endpoint.dialect)
        metrics = self.metrics
        metrics.in_flight += 1
        try:
            call = await self.admitter.admit_call(receive, headers, ex, endpoint)
            assert call.payload is not None
            extra_headers = ex.id_headers()
            if ex.rerouted_from is not None:
                extra_headers += [
                    (b"x-exportgate-rerouted-from", ex.rerouted_from.encode()),
                    (b"x-exportgate-rerouted-because", call.rerouted_because.encode()),
                ]
            extra_headers += call.headers
            self.obligations.check(call.decision.obligations, endpoint.dialect)
            streaming = endpoint.streams and call.payload.get("stream") is True
            forward = self.proxy.body(call.body, call.payload, call.model, endpoint, streaming)
            await self.proxy.forward(
                receive, send, ex, endpoint, call.model, forward, headers, streaming, extra_headers
            )
        except (Exception, asyncio.CancelledError) as exc:
            await self.admitter.failed(send, ex, exc)
        finally:
            metrics.in_flight -= 1
            if ex.admission is not None and ex.admission.reserved:
                await self.proxy.charge(ex)  # refused or failed after admission: give it back
            self.ledger.record(ex)
            elapsed = time.perf_counter() - ex.started
            metrics.observe("request_duration_seconds", (endpoint.name,), elapsed)
            metrics.observe("overhead_duration_seconds", (), max(elapsed - ex.upstream_s, 0.0))
            metrics.count("requests", (endpoint.name, str(ex.status), status_decision(ex.decision)))

    # /readyz -------------------------------------------------------------------------------
    async def _list_freshness(self) -> dict[str, Any]:
        """How old the restricted-party lists are (policy.freshness), once a day; a stale list
        does not make the gateway unready, it is reported."""
        from exportgate.policy.freshness import active_list_freshness

        today = dt.date.today()
        cached = self._lists_fresh
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
                "upstream_client": self.proxy.client is not None,
                "shared": self.shared.stats() if self.shared is not None else None,
                "lists": await self._list_freshness(),
            }
        )
        await send_bytes(send, 200 if ready else 503, body, [])


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
