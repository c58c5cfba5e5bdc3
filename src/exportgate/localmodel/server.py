"""The local model server: an OpenAI-compatible ASGI app in front of :class:`LocalModel`.

Routes: ``GET /v1/models``, ``POST /v1/chat/completions`` (``stream`` true or false),
``POST /v1/completions``, ``GET /health``. Output protection follows the
``x-exportgate-obligations`` request header (see :mod:`exportgate.watermark.obligations`) or the
server's ``watermark_mode`` (``obligation``: only when asked; ``always``; ``never``). A watermarked
response names its key id in the ``x-exportgate-watermark-key`` header.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from ..asgi import Receive, Scope, Send, lifespan
from ..watermark.keys import Keyring
from ..watermark.obligations import (
    OBLIGATIONS_HEADER,
    WATERMARK_KEY_HEADER,
    Obligations,
    parse_obligations,
)
from ..watermark.params import WatermarkParams
from ..watermark.reasoning import SSEReasoningFilter, strip_reasoning_openai
from .chat import ChatFormatError, render_chat
from .engine import MODEL_ID, LocalModel, Step
from .sampling import Reweighter, SamplingParams

WatermarkMode = Literal["obligation", "always", "never"]
MAX_BODY_BYTES = 1 << 20
MAX_TOKENS_LIMIT = 1024


class RequestError(ValueError):
    """A bad request; ``param`` names the offending field (OpenAI error format)."""

    def __init__(self, message: str, param: str | None = None, status: int = 400) -> None:
        super().__init__(message)
        self.param = param
        self.status = status


@dataclass(frozen=True)
class ServerSettings:
    keyring: Keyring
    params: WatermarkParams = WatermarkParams()
    watermark_mode: WatermarkMode = "obligation"
    model_id: str = MODEL_ID


def _number(body: dict[str, Any], name: str, default: float, kind: type = float) -> Any:
    value = body.get(name, default)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise RequestError(f"{name}: expected a number, got {type(value).__name__}", name)
    return kind(value)


def sampling_from(body: dict[str, Any]) -> SamplingParams:
    """Sampling parameters from an OpenAI request body, with field-named errors."""
    max_tokens = body.get("max_completion_tokens", body.get("max_tokens"))
    max_tokens = 128 if max_tokens is None else max_tokens
    if (
        isinstance(max_tokens, bool)
        or not isinstance(max_tokens, int)
        or not 1 <= max_tokens <= MAX_TOKENS_LIMIT
    ):
        raise RequestError(
            f"max_tokens: expected an integer in 1..{MAX_TOKENS_LIMIT}", "max_tokens"
        )
    seed = body.get("seed")
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int)):
        raise RequestError("seed: expected an integer", "seed")
    try:
        return SamplingParams(
            temperature=_number(body, "temperature", 1.0),
            top_p=_number(body, "top_p", 0.95),
            top_k=_number(body, "top_k", 50, int),
            max_tokens=max_tokens,
            seed=seed,
        )
    except ValueError as exc:
        raise RequestError(str(exc), str(exc).split(":", 1)[0]) from exc


class LocalModelApp:
    """ASGI application; ``model`` is loaded by the caller (so start-up cost is paid once)."""

    def __init__(self, model: LocalModel, settings: ServerSettings) -> None:
        self.model = model
        self.settings = settings
        self._lock = asyncio.Lock()

    def _processor(self, obligations: Obligations, temperature: float) -> Reweighter | None:
        mode = self.settings.watermark_mode
        if mode == "never" or (mode == "obligation" and not obligations.watermark):
            return None
        from ..watermark.processor import make_processor

        return make_processor(self.settings.keyring.active, self.settings.params, temperature)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        method, path = scope["method"], scope["path"].rstrip("/")
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        try:
            if method == "GET" and path in ("/v1/models", "/models"):
                await self._json(send, 200, self._models())
            elif method == "GET" and path == "/health":
                await self._json(send, 200, {"status": "ok", "model": self.settings.model_id})
            elif method == "POST" and path in ("/v1/chat/completions", "/v1/completions"):
                body = await self._read_json(receive)
                obligations = parse_obligations(headers.get(OBLIGATIONS_HEADER))
                await self._complete(
                    send, body, obligations, chat=path.endswith("chat/completions")
                )
            else:
                raise RequestError(f"no route for {method} {scope['path']}", None, 404)
        except RequestError as exc:
            await self._error(send, exc.status, str(exc), exc.param)

    def _models(self) -> dict[str, Any]:
        return {
            "object": "list",
            "data": [
                {
                    "id": self.settings.model_id,
                    "object": "model",
                    "created": 0,
                    "owned_by": "exportgate",
                }
            ],
        }

    async def _read_json(self, receive: Receive) -> dict[str, Any]:
        chunks = []
        size = 0
        while True:
            message = await receive()
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > MAX_BODY_BYTES:
                raise RequestError("request body too large", None, 413)
            chunks.append(chunk)
            if not message.get("more_body"):
                break
        try:
            body = json.loads(b"".join(chunks) or b"null")
        except json.JSONDecodeError as exc:
            raise RequestError(f"body: invalid JSON ({exc.msg})") from exc
        if not isinstance(body, dict):
            raise RequestError("body: expected a JSON object")
        return body

    def _prompt(self, body: dict[str, Any], chat: bool) -> str:
        if chat:
            try:
                return render_chat(body.get("messages"))  # type: ignore[arg-type]
            except ChatFormatError as exc:
                raise RequestError(str(exc), str(exc).split(":", 1)[0]) from exc
        prompt = body.get("prompt")
        if isinstance(prompt, list) and len(prompt) == 1 and isinstance(prompt[0], str):
            prompt = prompt[0]
        if not isinstance(prompt, str) or not prompt:
            raise RequestError("prompt: expected a non-empty string", "prompt")
        return prompt

    async def _complete(
        self, send: Send, body: dict[str, Any], obligations: Obligations, chat: bool
    ) -> None:
        model_name = body.get("model") or self.settings.model_id
        if not isinstance(model_name, str):
            raise RequestError("model: expected a string", "model")
        prompt_tokens = self.model.tokenize(self._prompt(body, chat))
        sampling = sampling_from(body)
        if len(prompt_tokens) + sampling.max_tokens > self.model.n_ctx:
            raise RequestError(
                f"max_tokens: prompt of {len(prompt_tokens)} tokens plus max_tokens exceeds "
                f"the context of {self.model.n_ctx}",
                "max_tokens",
            )
        processor = self._processor(obligations, sampling.temperature)
        extra_headers = []
        if processor is not None:
            extra_headers.append((WATERMARK_KEY_HEADER, self.settings.keyring.active_id))
        stream = bool(body.get("stream"))
        meta = {
            "id": ("chatcmpl-" if chat else "cmpl-") + uuid.uuid4().hex[:24],
            "created": int(time.time()),
            "model": model_name,
        }
        async with self._lock:
            steps = self.model.generate(prompt_tokens, sampling, processor)
            if stream:
                await self._stream(
                    send, steps, meta, chat, obligations, extra_headers, len(prompt_tokens)
                )
            else:
                await self._whole(
                    send,
                    steps,
                    meta,
                    chat,
                    obligations,
                    extra_headers,
                    len(prompt_tokens),
                    sampling,
                )

    @staticmethod
    async def _next(steps: Iterator[Step]) -> Step | None:
        return await asyncio.to_thread(next, steps, None)

    async def _whole(
        self,
        send: Send,
        steps: Iterator[Step],
        meta: dict[str, Any],
        chat: bool,
        obligations: Obligations,
        extra_headers: list[tuple[str, str]],
        n_prompt: int,
        sampling: SamplingParams,
    ) -> None:
        texts: list[str] = []
        count = 0
        while (step := await self._next(steps)) is not None:
            texts.append(step.text)
            count += step.token >= 0
        finish = "length" if count >= sampling.max_tokens else "stop"
        text = "".join(texts)
        choice: dict[str, Any] = (
            {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": finish}
            if chat
            else {"index": 0, "text": text, "finish_reason": finish, "logprobs": None}
        )
        body: dict[str, Any] = {
            **meta,
            "object": "chat.completion" if chat else "text_completion",
            "choices": [choice],
            "usage": {
                "prompt_tokens": n_prompt,
                "completion_tokens": count,
                "total_tokens": n_prompt + count,
            },
        }
        if obligations.reasoning is not None:
            body = strip_reasoning_openai(
                body, "strip" if obligations.reasoning == "strip" else "summarise"
            )
        await self._json(send, 200, body, extra_headers)

    async def _stream(
        self,
        send: Send,
        steps: Iterator[Step],
        meta: dict[str, Any],
        chat: bool,
        obligations: Obligations,
        extra_headers: list[tuple[str, str]],
        n_prompt: int,
    ) -> None:
        headers = [(b"content-type", b"text/event-stream"), (b"cache-control", b"no-cache")]
        headers += [(k.encode(), v.encode()) for k, v in extra_headers]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        reasoning_filter = (
            SSEReasoningFilter(
                "openai", "strip" if obligations.reasoning == "strip" else "summarise"
            )
            if obligations.reasoning is not None
            else None
        )
        kind = "chat.completion.chunk" if chat else "text_completion"

        async def emit(payload: dict[str, Any] | str) -> None:
            data = (
                payload
                if isinstance(payload, str)
                else json.dumps({**meta, "object": kind, **payload})
            )
            raw = f"data: {data}\n\n".encode()
            if reasoning_filter is not None:
                raw = reasoning_filter.feed(raw)
            if raw:
                await send({"type": "http.response.body", "body": raw, "more_body": True})

        def choice(text: str | None, finish: str | None, first: bool = False) -> dict[str, Any]:
            if chat:
                delta: dict[str, Any] = {"role": "assistant", "content": ""} if first else {}
                if text:
                    delta["content"] = text
                return {"choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
            return {
                "choices": [
                    {"index": 0, "text": text or "", "finish_reason": finish, "logprobs": None}
                ]
            }

        if chat:
            await emit(choice(None, None, first=True))
        count = 0
        while (step := await self._next(steps)) is not None:
            count += step.token >= 0
            if step.text:
                await emit(choice(step.text, None))
        await emit(
            {
                **choice(None, "stop"),
                "usage": {
                    "prompt_tokens": n_prompt,
                    "completion_tokens": count,
                    "total_tokens": n_prompt + count,
                },
            }
        )
        await emit("[DONE]")
        tail = reasoning_filter.close() if reasoning_filter is not None else b""
        await send({"type": "http.response.body", "body": tail, "more_body": False})

    @staticmethod
    async def _json(
        send: Send,
        status: int,
        body: dict[str, Any],
        extra_headers: list[tuple[str, str]] | None = None,
    ) -> None:
        raw = json.dumps(body, ensure_ascii=False).encode("utf-8")
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(raw)).encode()),
        ]
        headers += [(k.encode(), v.encode()) for k, v in extra_headers or []]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": raw})

    async def _error(self, send: Send, status: int, message: str, param: str | None) -> None:
        kind = "invalid_request_error" if status < 500 else "server_error"
        code = {404: "not_found", 413: "request_too_large"}.get(status, "invalid_request")
        await self._json(
            send,
            status,
            {"error": {"message": message, "type": kind, "param": param, "code": code}},
        )
