"""Forwarding an admitted request upstream: the body sent, the answer streamed or rewritten.

Streams go through unbuffered, event by event; the final event (OpenAI ``data: [DONE]``,
Anthropic ``message_stop``) is held back until the request's records are on disk. While the
upstream is silent mid-stream, ``stream_keepalive_s`` > 0 sends an SSE comment
(``: keepalive``) that often, so that proxies and clients do not time the stream out. Whole
answers get the decision's obligations applied and the caller's model id shown.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from typing import Any

import msgspec

from exportgate.config import GatewayConfig, Model
from exportgate.gateway.bypass_gate import RefusalWatch, answer_refused
from exportgate.gateway.commitlog import JournalWriteFailed
from exportgate.gateway.errors import GatewayError, stream_error_event
from exportgate.gateway.exchange import Endpoint, Exchange, Ledger
from exportgate.gateway.http import JSON, Headers, Receive, Send, send_bytes
from exportgate.gateway.metering import EventSplitter, StreamMeter, body_tokens
from exportgate.gateway.metrics import GatewayMetrics
from exportgate.gateway.obligations import Obligations
from exportgate.gateway.ratelimit import RateLimiter
from exportgate.gateway.upstream import UpstreamClient, upstream_timeout, upstream_unavailable
from exportgate.gateway.upstream_http import (
    UpstreamConnectionError,
    UpstreamReadTimeout,
    UpstreamResponse,
)

log = logging.getLogger("exportgate.gateway")

SSE = b"text/event-stream"
STREAM_HEADERS: Headers = [
    (b"content-type", SSE),
    (b"cache-control", b"no-cache"),
    (b"x-accel-buffering", b"no"),
]
KEEPALIVE = b": keepalive\n\n"
DISCONNECT_WATCH_AFTER_S = 0.05
PASSED_REQUEST_HEADERS = (
    b"anthropic-version",
    b"anthropic-beta",
    b"openai-organization",
    b"openai-project",
)
PASSED_RESPONSE_HEADERS = (b"x-exportgate-watermark-key",)

_json_decode = msgspec.json.decode
_json_encode = msgspec.json.encode


class Proxy:
    """Sends admitted requests to their upstream and the answers back to the caller."""

    def __init__(
        self,
        config: GatewayConfig,
        ledger: Ledger,
        obligations: Obligations,
        limiter: RateLimiter,
        metrics: GatewayMetrics,
    ) -> None:
        self.upstreams = {u.name: u for u in config.upstreams}
        self.ledger = ledger
        self.obligations = obligations
        self.limiter = limiter
        self.metrics = metrics
        self.keepalive_s = config.stream_keepalive_s
        self.client: UpstreamClient | None = None  # opened at start-up, on the serving loop

    def body(
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

    async def forward(
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
        """Call the upstream and answer the caller; a caller that hangs up cancels the call."""
        assert self.client is not None and ex.decision is not None
        upstream = self.upstreams[model.upstream]
        target = self.client.target(upstream, endpoint.dialect, endpoint.upstream_path)
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
            response = await self.client.open(target, forward[0], passed)
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
        upstream = self.upstreams[model.upstream]
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
            data = self.rewrite(data, ex, endpoint, model)
        ex.status = status
        self.ledger.record(ex)
        await self.ledger.durable(ex)
        content_type = response.header(b"content-type") or JSON
        try:
            await send_bytes(
                send, status, data, extra_headers + _passed_back(response), content_type
            )
        finally:
            await self.charge(ex)

    async def charge(self, ex: Exchange) -> None:
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

    def rewrite(self, data: bytes, ex: Exchange, endpoint: Endpoint, model: Model) -> bytes:
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
        upstream = self.upstreams[model.upstream]
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
        chunks: AsyncIterator[bytes | None] = response.chunks()
        if self.keepalive_s > 0:
            chunks = with_keepalive(chunks, self.keepalive_s)
        try:
            async for chunk in chunks:
                if chunk is None:  # the upstream was silent for keepalive_s
                    await send({"type": "http.response.body", "body": KEEPALIVE, "more_body": True})
                    continue
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
                    if held or is_final_event(event):
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
        self.ledger.record(ex)
        try:
            try:
                await self.ledger.durable(ex)
            except GatewayError as error:
                await self._stream_failed(send, ex, endpoint, meter, error)
                return
            await send({"type": "http.response.body", "body": b"".join(held), "more_body": False})
        finally:
            await self.charge(ex)

    async def _stream_failed(
        self, send: Send, ex: Exchange, endpoint: Endpoint, meter: StreamMeter, error: GatewayError
    ) -> None:
        """After a stream started the status is already 200: report the error as an event."""
        ex.tokens = meter.tokens
        ex.status = error.status
        self.metrics.count("upstream_errors", (error.code,))
        self.ledger.record(ex)
        try:
            await self.ledger.records.durable()
        except JournalWriteFailed as exc:
            log.error("request %s: its records are not on disk: %s", ex.request_id, exc)
        await send(
            {
                "type": "http.response.body",
                "body": stream_error_event(endpoint.dialect, error, ex.request_id),
                "more_body": False,
            }
        )


async def with_keepalive(
    chunks: AsyncIterator[bytes | None], every_s: float
) -> AsyncIterator[bytes | None]:
    """``chunks`` as they come, with ``None`` after each ``every_s`` of silence. The wait for
    the next chunk goes on across the silences (never cancelled, so nothing is lost)."""
    iterator = aiter(chunks)
    pending: asyncio.Future[bytes | None] = asyncio.ensure_future(anext(iterator))
    try:
        while True:
            done, _ = await asyncio.wait((pending,), timeout=every_s)
            if not done:
                yield None
                continue
            try:
                chunk = pending.result()
            except StopAsyncIteration:
                return
            yield chunk
            pending = asyncio.ensure_future(anext(iterator))
    finally:
        if not pending.done():
            pending.cancel()


def is_final_event(event: bytes) -> bool:
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


def _passed_back(response: UpstreamResponse) -> Headers:
    """Upstream response headers the caller should see (the watermark key id, as evidence)."""
    return [
        (name, value)
        for name in PASSED_RESPONSE_HEADERS
        if (value := response.header(name)) is not None
    ]
