"""Admission: what every endpoint does before anything is served, and how a refusal is answered.

The steps, once for every endpoint: request id → body (bounded) → API key → model → place →
decide and audit → refuse, reroute to the model's fallback, or rate-limit. The model calls
(``/v1/chat/completions``, ``/v1/completions``, ``/v1/embeddings``, ``/v1/messages``) go through
:meth:`Admitter.admit_call`, ``/v1/authorize`` through :meth:`Admitter.admit_authorize`;
``/v1/models`` decides each model in turn (:meth:`Admitter.decide`). :meth:`Admitter.failed`
is the one error epilogue: a :class:`GatewayError` becomes an error in the caller's dialect, a
caller that hung up is recorded as 499, anything else as 500, and the usage record is written.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import logging
import os
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import msgspec
from msgspec import UNSET

from exportgate.config import Dialect, GatewayConfig, Model
from exportgate.gateway import edge
from exportgate.gateway.bypass_gate import BypassGate
from exportgate.gateway.commitlog import JournalWriteFailed
from exportgate.gateway.decisions import Caller, CallerCache, DecisionMaker, LocationCache, Placed
from exportgate.gateway.errors import GatewayError, error_body
from exportgate.gateway.exchange import Endpoint, Exchange, Ledger, messages_of
from exportgate.gateway.housekeeping import Housekeeping
from exportgate.gateway.http import (
    ClientAddress,
    ClientGone,
    Headers,
    Receive,
    Scope,
    Send,
    read_body,
    send_bytes,
)
from exportgate.gateway.metrics import GatewayMetrics
from exportgate.gateway.ratelimit import (
    Admission,
    CountersUnavailable,
    RateLimiter,
    reservation,
)
from exportgate.policy.model_access import reroute_target
from exportgate.records import Decision, DecisionAudit, DecisionContext, DecisionInputs

if TYPE_CHECKING:
    from exportgate.gateway.shared import SharedState

log = logging.getLogger("exportgate.gateway")

MAX_CALLER_LOADS = 256
END_USER_HEADER = b"x-exportgate-end-user"

_json_decode = msgspec.json.decode
_json_encode = msgspec.json.encode


@dataclass(slots=True)
class Admitted:
    """An admitted request: the model to serve (the fallback when rerouted), its decision,
    the reason code of the reroute, the rate-limit headers for the answer and, for a model
    call, its JSON body (the model renamed when rerouted)."""

    model: Model
    decision: Decision
    rerouted_because: str
    headers: Headers
    body: bytes = b""
    payload: dict[str, Any] | None = None


class Admitter:
    """The admission steps and the error epilogue (see the module's docstring)."""

    def __init__(
        self,
        config: GatewayConfig,
        *,
        callers: CallerCache,
        locations: LocationCache,
        decisions: DecisionMaker,
        limiter: RateLimiter,
        bypass: BypassGate,
        ledger: Ledger,
        housekeeping: Housekeeping,
        metrics: GatewayMetrics,
    ) -> None:
        self.config = config
        self.models: dict[str, Model] = {m.id: m for m in config.models}
        self.upstreams = {u.name: u for u in config.upstreams}
        self.callers = callers
        self.locations = locations
        self.decisions = decisions
        self.limiter = limiter
        self.bypass = bypass
        self.ledger = ledger
        self.housekeeping = housekeeping
        self.metrics = metrics
        self.addresses = ClientAddress(config.trusted_proxies)
        self._caller_loads: dict[str, asyncio.Future[Caller | None]] = {}
        self._outage_logged = 0.0
        self._id_prefix = os.urandom(6).hex()
        self._ids = itertools.count(1)
        self._max_body = config.limits.max_body_bytes
        self.shared: SharedState | None = None  # with redis: (issue 19), set by the gateway

    # request id ----------------------------------------------------------------------------
    def exchange(
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

    def _new_id(self) -> str:
        """The gateway's own request id: the key of the request's records in the store."""
        return f"req-{self._id_prefix}{next(self._ids):09x}"

    # the error epilogue ------------------------------------------------------------------
    async def failed(self, send: Send, ex: Exchange, exc: BaseException) -> None:
        """The one error epilogue of every endpoint, which call it as
        ``except (Exception, asyncio.CancelledError) as exc: await admitter.failed(...)``
        (a ``try`` costs nothing on the way through, a context manager would): a
        :class:`GatewayError` is answered in the caller's dialect, a caller that hung up is
        recorded as 499, anything else is logged and answered as 500 if nothing was sent yet.
        Either way the usage record is written."""
        if isinstance(exc, GatewayError):
            ex.status = exc.status
            self.ledger.record(ex)
            if exc.code.startswith("upstream"):
                self.metrics.count("upstream_errors", (exc.code,))
            await self.error(send, ex.dialect, exc, ex, list(exc.headers))
        elif isinstance(exc, (ClientGone, asyncio.CancelledError)):
            ex.status = 499
            self.ledger.record(ex)
        else:
            log.error("request %s failed inside the gateway", ex.request_id, exc_info=exc)
            started = ex.status != 0
            ex.status = 500
            self.ledger.record(ex)
            if not started:
                await self.error(
                    send,
                    ex.dialect,
                    GatewayError(
                        500,
                        "internal_error",
                        "The gateway failed while handling this request. "
                        f"Retry; if it persists, contact the operator quoting {ex.request_id}.",
                    ),
                    ex,
                )

    async def error(
        self,
        send: Send,
        dialect: Dialect,
        error: GatewayError,
        ex: Exchange | None,
        headers: Headers | None = None,
    ) -> None:
        """Answer ``error`` in the caller's dialect, once the request's records are on disk
        (a journal that fails does not hold the refusal back)."""
        extra: Headers = []
        if ex is not None:
            extra = ex.id_headers()
            if ex.recorded:
                try:
                    await self.ledger.records.durable()
                except JournalWriteFailed as exc:  # the refusal still goes out
                    log.error("request %s: its records are not on disk: %s", ex.request_id, exc)
        await send_bytes(
            send,
            error.status,
            error_body(dialect, error, ex.request_id if ex is not None else ""),
            extra + (headers or []),
        )

    # the steps ---------------------------------------------------------------------------
    async def admit_call(
        self, receive: Receive, headers: dict[bytes, bytes], ex: Exchange, endpoint: Endpoint
    ) -> Admitted:
        """A model call: body, key, JSON and model, then :meth:`admit`."""
        body = await read_body(receive, headers.get(b"content-length"), self._max_body)
        caller = ex.caller = await self.authenticate(headers)
        payload = _json_payload(body)
        raw_model = payload.get("model")
        if isinstance(raw_model, str):
            ex.model = edge.bounded(raw_model, edge.MAX_MODEL)
        model_id = edge.model_name(raw_model)
        ex.messages = messages_of(endpoint.name, payload)
        ex.end_user = edge.end_user(payload, endpoint.dialect)
        edge.stream_fields(payload)
        model = self.models.get(model_id)
        upstream = self.upstreams[model.upstream] if model else None
        if model is None or upstream is None or endpoint.dialect not in upstream.dialects:
            raise GatewayError(
                404,
                "model_not_found",
                f"The model '{model_id}' does not exist or is not served on "
                f"{endpoint.name}. GET /v1/models lists the models you may use.",
                "model",
            )
        ex.end_user = end_user_of(headers, payload, endpoint.dialect)
        reserve = reservation(len(body), payload, self.config.limits)  # tokens it may use
        admitted = await self.admit(ex, caller, model, screen_bypass=True, reserve=reserve)
        if ex.rerouted_from is not None:
            payload["model"] = ex.model
            body = _json_encode(payload)
        admitted.body, admitted.payload = body, payload
        return admitted

    async def admit_authorize(
        self, scope: Scope, receive: Receive, headers: dict[bytes, bytes], ex: Exchange
    ) -> Admitted:
        """``/v1/authorize``: body, key, the model named by header, query or body, then
        :meth:`admit`."""
        body = await read_body(receive, headers.get(b"content-length"), self._max_body)
        caller = ex.caller = await self.authenticate(headers)
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
        ex.end_user = end_user_of(headers, _json_object(body), ex.dialect)
        return await self.admit(ex, caller, model, kind="authorize")

    async def admit(
        self,
        ex: Exchange,
        caller: Caller,
        model: Model,
        *,
        kind: str = "request",
        screen_bypass: bool = False,
        reserve: int = 0,
    ) -> Admitted:
        """Place, decide (audited), then refuse or reroute, screen for bypass attempts
        (``screen_bypass``) and rate-limit."""
        placed = self.locations.place(ex.ip)
        decision = self.decide(ex, caller, model, placed, kind=kind, end_user=ex.end_user)
        because = ""
        if decision.decision != "allow":
            fallback = self.reroute(ex, caller, model, placed, decision)
            if fallback is None:
                raise refusal(decision)
            ex.rerouted_from, ex.model, model = model.id, fallback.id, fallback
            because = decision.reasons[0].code
            assert ex.decision is not None
            decision = ex.decision
        if screen_bypass and model.bypass.action != "off":
            model = self.bypass_check(ex, caller, model)
        if self.shared is not None:  # Redis unreachable: controlled models fail closed
            self.shared.check(model, self.config.dependencies.retry_after_s)
        headers: Headers = []
        if self.limiter.enabled:
            admission = ex.admission = await self.rate_limit(caller, model, reserve)
            headers += admission.headers
            if not admission.allowed:
                self.metrics.count("rate_limited", (admission.exceeded.split()[0],))
                raise rate_limited(admission)
        return Admitted(model, decision, because, headers)

    async def authenticate(self, headers: dict[bytes, bytes]) -> Caller:
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
            raise self._store_unavailable(exc) from None
        if caller is None:
            raise GatewayError(
                401,
                "invalid_api_key",
                "The API key is not valid or has been revoked. Check the key, "
                "or ask your account administrator for a new one.",
            )
        return caller

    def _store_unavailable(self, exc: Exception) -> GatewayError:
        detail = (
            f"no answer within {self.config.dependencies.timeout_ms:.0f} ms"
            if isinstance(exc, TimeoutError)
            else (str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        )
        now = time.monotonic()
        if now - self._outage_logged > 10:  # one line per 10 s, not one per request
            self._outage_logged = now
            log.warning("could not check an API key, the store is unavailable: %s", detail)
        return GatewayError(
            503,
            "store_unavailable",
            "The gateway cannot check this API key: its account store is unreachable or "
            f"too slow ({detail[:200]}). This is an outage on the provider's side, not a "
            "problem "
            f"with your request: retry after {self.config.dependencies.retry_after_s} s.",
            headers=self.ledger.retry_after(),
        )

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

    def decide(
        self,
        ex: Exchange,
        caller: Caller,
        model: Model,
        placed: Placed,
        kind: str = "request",
        end_user: str | None = None,
        rerouted_from: str | None = None,
    ) -> Decision:
        """The policy decision for ``model``, audited; a hold is noted for review."""
        decision = self.decisions.decide(caller, model, placed, end_user)
        ex.decision = decision
        if decision.decision == "review":
            self.housekeeping.note_review(caller, decision, ex.request_id)
        self.metrics.count(
            "decisions", (decision.decision, decision.reasons[0].code if decision.reasons else "")
        )
        self.ledger.records.submit_audit(
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

    def reroute(
        self, ex: Exchange, caller: Caller, model: Model, placed: Placed, refused: Decision
    ) -> Model | None:
        """The fallback model to serve instead, when ``model`` was refused only for per-model
        rules (access order, per-model pause) and the caller may use the fallback: a second
        decision, audited, for the fallback. Never more than one hop."""
        target = reroute_target(refused, self.decisions.model_ref(model))
        fallback = self.models.get(target) if target is not None else None
        if fallback is None or ex.dialect not in self.upstreams[fallback.upstream].dialects:
            return None
        second = self.decide(
            ex,
            caller,
            fallback,
            placed,
            kind="reroute",
            end_user=ex.end_user,
            rerouted_from=model.id,
        )
        if second.decision != "allow":
            ex.decision = refused
            return None
        return fallback

    def bypass_check(self, ex: Exchange, caller: Caller, model: Model) -> Model:
        """Screen for a safeguard bypass (gateway/bypass_gate.py); raise or reroute."""
        outcome = self.bypass.check(
            ts=ex.ts,
            account_id=caller.account.id,
            request_id=ex.request_id,
            model=model,
            messages=ex.messages,
        )
        ex.bypass_verdict = outcome.verdict
        self.ledger.apply(outcome)
        if outcome.error is not None:
            ex.bypass_blocked = outcome.verdict is not None  # refused here, not held
            ex.decision = outcome.decision or ex.decision  # the usage record says why
            raise outcome.error
        if outcome.reroute_to is not None:
            rerouted = self.models.get(outcome.reroute_to)
            if rerouted is not None:
                return rerouted
        return model

    async def rate_limit(self, caller: Caller, model: Model, reserve: int = 0) -> Admission:
        """Rate-limit admission (reserving ``reserve`` tokens, settled after the call); an
        outage of the shared counters is a 503 (fail closed)."""
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
                headers=self.ledger.retry_after(),
            ) from None


def refusal(decision: Decision) -> GatewayError:
    """A refused decision as the caller sees it: 403 with the reason code."""
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


def rate_limited(admission: Admission) -> GatewayError:
    return GatewayError(
        429,
        "rate_limit_exceeded",
        f"Rate limit reached for {admission.exceeded} per minute. Retry after "
        f"{admission.retry_after_s} s, or ask the operator for a higher limit.",
        headers=(*admission.headers, (b"retry-after", str(admission.retry_after_s).encode())),
    )


def _bearer(headers: dict[bytes, bytes]) -> str | None:
    value = headers.get(b"authorization")
    if value:
        scheme, _, token = value.decode("latin-1").partition(" ")
        if scheme.lower() == "bearer" and token.strip():
            return token.strip()
    key = headers.get(b"x-api-key")
    return key.decode("latin-1").strip() if key else None


def _json_payload(body: bytes) -> dict[str, Any]:
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
    return payload


def _json_object(body: bytes) -> dict[str, Any]:
    try:
        payload = _json_decode(body) if body.strip() else {}
    except msgspec.DecodeError:
        return {}
    return payload if isinstance(payload, dict) else {}


def end_user_of(
    headers: dict[bytes, bytes], payload: dict[str, Any], dialect: Dialect
) -> str | None:
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
