"""One request as the gateway sees it (:class:`Exchange`) and the ledger that records it.

An exchange collects what the gateway learned about a request (caller, model, decision, tokens,
status); :class:`Ledger` turns it into its usage record exactly once, hands the served request to
the bypass gate's account detector and the distillation detector, and waits until the records
are on disk before an answer leaves (``usage.durability: sync``).
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import msgspec

from exportgate.config import Dialect, GatewayConfig
from exportgate.gateway.commitlog import JournalWriteFailed
from exportgate.gateway.errors import GatewayError
from exportgate.gateway.http import Headers
from exportgate.gateway.metering import Tokens
from exportgate.records import Decision, Message, UsageRecord

if TYPE_CHECKING:
    from exportgate.gateway.bypass_gate import BypassGate, GateOutcome
    from exportgate.gateway.decisions import Caller
    from exportgate.gateway.detector_feed import DetectorFeed
    from exportgate.gateway.housekeeping import Housekeeping
    from exportgate.gateway.metrics import GatewayMetrics
    from exportgate.gateway.ratelimit import Admission
    from exportgate.gateway.recorder import RecordWriter
    from exportgate.gateway.shared import SharedState


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
    bypass_blocked: bool = False  # the bypass gate refused the request (action: refuse)
    admission: Admission | None = None  # its token reservation, until settled (issue 19)

    def id_headers(self) -> Headers:
        """The gateway's request id (and the caller's own, echoed) for the response."""
        out: Headers = [(b"x-request-id", self.request_id.encode())]
        if self.dialect == "anthropic":
            out.append((b"request-id", self.request_id.encode()))
        if self.client_request_id is not None:
            out.append((b"x-client-request-id", self.client_request_id.encode()))
        return out


def messages_of(endpoint: str, payload: dict[str, Any]) -> list[Any]:
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


def status_decision(decision: Decision | None) -> str:
    return decision.decision if decision is not None else "none"


class Ledger:
    """Each exchange's usage record, written once, and the wait for it to be on disk."""

    def __init__(
        self,
        config: GatewayConfig,
        records: RecordWriter,
        metrics: GatewayMetrics,
        bypass: BypassGate,
        detector_feed: DetectorFeed | None,
        housekeeping: Housekeeping,
    ) -> None:
        self.config = config
        self.records = records
        self.metrics = metrics
        self.bypass = bypass
        self.detector_feed = detector_feed
        self.housekeeping = housekeeping
        self._record_messages = config.usage.record_messages
        self.shared: SharedState | None = None  # with redis: (issue 19), set by the gateway

    def record(self, ex: Exchange) -> None:
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
            messages=_typed_messages(ex.messages) if self._record_messages else [],
            prompt_tokens=ex.tokens.prompt,
            completion_tokens=ex.tokens.completion,
            status=ex.status,
            decision=status_decision(decision),
            latency_ms=round((time.perf_counter() - ex.started) * 1000, 3),
            reasons=[r.code for r in decision.reasons] if decision else [],
            client_request_id=ex.client_request_id,
            end_user=ex.end_user,
            rerouted_from=ex.rerouted_from,
            refused=ex.refused,
        )
        served = b""
        if self.shared is not None and caller is not None and ex.status == 200:
            # its stream event, sent once the journal holds this record (written with it)
            served = self.shared.served(record, caller.account)
        self.records.submit_usage(record, served)
        if ex.bypass_verdict is not None and caller is not None:
            outcome = self.bypass.after(
                ts=ex.ts,
                account_id=caller.account.id,
                request_id=ex.request_id,
                model=ex.model,
                messages=ex.messages,
                verdict=ex.bypass_verdict,
                refused=ex.refused,
                blocked=ex.bypass_blocked,
            )
            self.apply(outcome)
        if self.detector_feed is not None and caller is not None and ex.status == 200:
            self.detector_feed.submit(record, caller.account)
        if ex.tokens.total:
            self.metrics.count("tokens", (ex.model, "prompt"), ex.tokens.prompt)
            self.metrics.count("tokens", (ex.model, "completion"), ex.tokens.completion)

    def apply(self, outcome: GateOutcome) -> None:
        """The bypass gate's audit entries, review items and alerts, to their writers."""
        for entry in outcome.audits:
            self.records.submit_audit(entry)
        self.housekeeping.queue_reviews(outcome.reviews)
        self.housekeeping.queue_alerts(outcome.alerts)

    async def durable(self, ex: Exchange) -> None:
        """Wait until the request's records are on disk (``sync`` durability); a journal that
        cannot be written refuses the answer rather than serve it unrecorded."""
        if not ex.recorded:
            return
        try:
            if self.shared is None:
                await self.records.durable()
            else:  # and then the served-request event on the stream (or spilled)
                await self.records.durable()
                await self.shared.flushed()
        except JournalWriteFailed as exc:
            raise GatewayError(
                503,
                "records_unavailable",
                "The gateway cannot record this request (its journal on disk "
                f"failed: {exc}), so it is not served. Retry after "
                f"{self.config.dependencies.retry_after_s} s.",
                headers=self.retry_after(),
            ) from None

    def retry_after(self) -> tuple[tuple[bytes, bytes], ...]:
        return ((b"retry-after", str(self.config.dependencies.retry_after_s).encode()),)
