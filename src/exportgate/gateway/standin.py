"""A local stand-in model server (OpenAI and Anthropic dialects) for tests, benchmarks and demos.

It is clearly not a model: it answers every prompt with a fixed sentence, counts tokens as
words, and behaves badly on request for tests, by model name:

- ``*-fail``: HTTP 500; ``*-slow``: answers after ``slow_s`` seconds;
- ``*-cut``: a stream that breaks off after two events (connection dropped);
- ``*-endless``: a stream of one event every 20 ms for up to 30 s, which notes when its
  client went away (``state.disconnects``, ``state.disconnected``);
- ``*-reasoning``: answers carry reasoning (``reasoning_content`` / ``thinking`` blocks);
- ``*-long``: a whole (not streamed) answer as long as the request's ``max_tokens`` allows
  (words of a fixed text, repeated), the shape of the long answers a harvester collects.

Every request's path, headers and body are kept in ``state.requests`` (the last 1000).
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

import msgspec

from exportgate.asgi import lifespan
from exportgate.gateway.http import Receive, Scope, Send, send_bytes

ANSWER = "This is the exportgate stand-in model server, not a real model. Hello from 127.0.0.1."
LONG_WORDS = [
    "Step",
    "one:",
    "state",
    "what",
    "is",
    "given",
    "and",
    "what",
    "is",
    "asked.",
    "Step",
    "two:",
    "recall",
    "the",
    "rule",
    "that",
    "applies",
    "and",
    "why.",
    "Step",
    "three:",
    "apply",
    "it",
    "to",
    "the",
    "numbers,",
    "one",
    "line",
    "at",
    "a",
    "time.",
    "Step",
    "four:",
    "check",
    "the",
    "result",
    "against",
    "the",
    "question",
    "and",
    "a",
    "quick",
    "estimate.",
    "This",
    "stand-in",
    "text",
    "is",
    "not",
    "an",
    "answer.",
]
REASONING = "Stand-in reasoning: the user greeted me, so I greet back."
GOLDEN_RATIO_FRACTION = 0.6180339887498949
_decode = msgspec.json.decode
_encode = msgspec.json.encode


@dataclass
class StandinState:
    requests: deque[dict[str, Any]] = field(default_factory=lambda: deque(maxlen=1000))
    disconnects: int = 0
    disconnected: threading.Event = field(default_factory=threading.Event)
    slow_s: float = 5.0
    latency_s: float = 0.0
    latency_spread: float = 0.0
    chunk_delay_s: float = 0.0
    answered: int = 0

    def answer_delay_s(self) -> float:
        """The wait before an answer: ``latency_s``, or with a spread, spread evenly over
        ``latency_s * (1 ± latency_spread)`` (model servers never answer in lockstep).

        The spread follows the golden-ratio sequence rather than random draws: consecutive
        answers still differ, but any run's waits cover the range evenly, so the median wait of
        two runs is the same to within microseconds and a benchmark that subtracts one from the
        other measures the gateway, not sampling noise."""
        if not self.latency_spread:
            return self.latency_s
        self.answered += 1
        position = (self.answered * GOLDEN_RATIO_FRACTION) % 1.0
        return self.latency_s * (1 - self.latency_spread + 2 * self.latency_spread * position)


def _count_words(value: Any) -> int:
    if isinstance(value, str):
        return len(value.split())
    if isinstance(value, list):
        return sum(_count_words(v) for v in value)
    if isinstance(value, dict):
        return _count_words(value.get("content") or value.get("text") or "")
    return 0


def _sse(data: Any) -> bytes:
    return b"data: " + _encode(data) + b"\n\n"


def _event(name: str, data: Any) -> bytes:
    return b"event: " + name.encode() + b"\ndata: " + _encode(data) + b"\n\n"


class StandinUpstream:
    """The ASGI app of the stand-in model server."""

    def __init__(self, state: StandinState | None = None) -> None:
        self.state = state or StandinState()
        self._words = ANSWER.split()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        path = scope["path"]
        if scope["method"] == "GET":
            if path.endswith("/models"):
                await send_bytes(
                    send,
                    200,
                    _encode(
                        {
                            "object": "list",
                            "data": [
                                {
                                    "id": "gpt-mock",
                                    "object": "model",
                                    "created": 0,
                                    "owned_by": "standin",
                                }
                            ],
                        }
                    ),
                    [],
                )
            else:
                await send_bytes(send, 404, b'{"error":{"message":"not found"}}', [])
            return
        chunks = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        body = _decode(b"".join(chunks)) if chunks else {}
        self.state.requests.append({"path": path, "headers": dict(scope["headers"]), "body": body})
        model = str(body.get("model", ""))
        if model.endswith("-fail"):
            await send_bytes(send, 500, b'{"error":{"message":"stand-in failure"}}', [])
            return
        if model.endswith("-slow"):
            await asyncio.sleep(self.state.slow_s)
        elif self.state.latency_s:
            await asyncio.sleep(self.state.answer_delay_s())
        reasoning = model.endswith("-reasoning")
        anthropic = path.endswith("/messages")
        prompt_tokens = _count_words(
            body.get("messages") or body.get("prompt") or body.get("input") or ""
        )
        if path.endswith("/embeddings"):
            await send_bytes(
                send,
                200,
                _encode(
                    {
                        "object": "list",
                        "model": model,
                        "data": [{"object": "embedding", "index": 0, "embedding": [0.1, 0.2, 0.3]}],
                        "usage": {"prompt_tokens": prompt_tokens, "total_tokens": prompt_tokens},
                    }
                ),
                [],
            )
            return
        if body.get("stream"):
            await self._stream(
                receive, send, model, anthropic, path, body, prompt_tokens, reasoning
            )
            return
        completion = len(self._words)
        text = ANSWER
        if model.endswith("-long"):
            limit = body.get("max_tokens")
            size = limit if isinstance(limit, int) and limit > 0 else 64
            text = " ".join((LONG_WORDS * (size // len(LONG_WORDS) + 1))[:size])
            completion = size
        if anthropic:
            content: list[dict[str, Any]] = [{"type": "text", "text": text}]
            if reasoning:
                content.insert(
                    0, {"type": "thinking", "thinking": REASONING, "signature": "standin"}
                )
            answer: dict[str, Any] = {
                "id": "msg_standin",
                "type": "message",
                "role": "assistant",
                "model": model,
                "content": content,
                "stop_reason": "end_turn",
                "stop_sequence": None,
                "usage": {"input_tokens": prompt_tokens, "output_tokens": completion},
            }
        elif path.endswith("/completions") and not path.endswith("/chat/completions"):
            answer = {
                "id": "cmpl-standin",
                "object": "text_completion",
                "created": 0,
                "model": model,
                "choices": [{"index": 0, "text": text, "finish_reason": "stop", "logprobs": None}],
                "usage": {
                    "prompt_tokens": prompt_tokens,
                    "completion_tokens": completion,
                    "total_tokens": prompt_tokens + completion,
                },
            }
        else:
            message_out: dict[str, Any] = {"role": "assistant", "content": text}
            if reasoning:
                message_out["reasoning_content"] = REASONING
            answer = {
                "id": "chatcmpl-standin",
                "object": "chat.completion",
                "created": 0,
                "model": model,
                "choices": [{"index": 0, "message": message_out, "finish_reason": "stop"}],
                "usage": {
                    "prompt_tokens": prompt_tokens,
                    "completion_tokens": completion,
                    "total_tokens": prompt_tokens + completion,
                },
            }
        await send_bytes(send, 200, _encode(answer), [])

    async def _stream(
        self,
        receive: Receive,
        send: Send,
        model: str,
        anthropic: bool,
        path: str,
        body: dict[str, Any],
        prompt_tokens: int,
        reasoning: bool,
    ) -> None:
        gone = asyncio.Event()

        async def watch() -> None:
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    gone.set()
                    return

        watcher = asyncio.ensure_future(watch())
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [
                    (b"content-type", b"text/event-stream"),
                    (b"cache-control", b"no-cache"),
                ],
            }
        )
        if anthropic:
            events = self._anthropic_events(model, prompt_tokens, reasoning)
        else:
            include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
            events = self._openai_events(model, path, prompt_tokens, include_usage, reasoning)
        endless = model.endswith("-endless")
        cut = model.endswith("-cut")
        try:
            if endless:
                deadline = time.monotonic() + 30
                n = 0
                while time.monotonic() < deadline:
                    if gone.is_set():
                        self.state.disconnects += 1
                        self.state.disconnected.set()
                        return
                    await send(
                        {"type": "http.response.body", "more_body": True, "body": events[min(n, 1)]}
                    )
                    n += 1
                    with contextlib.suppress(asyncio.TimeoutError):
                        await asyncio.wait_for(gone.wait(), 0.02)
                return
            for n, event in enumerate(events):
                if cut and n == 2:
                    raise ConnectionAbortedError("stand-in cut the stream")
                await send({"type": "http.response.body", "body": event, "more_body": True})
                if self.state.chunk_delay_s:
                    await asyncio.sleep(self.state.chunk_delay_s)
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        finally:
            watcher.cancel()

    def _openai_events(
        self, model: str, path: str, prompt_tokens: int, include_usage: bool, reasoning: bool
    ) -> list[bytes]:
        chat = path.endswith("/chat/completions")
        base = {
            "id": "chatcmpl-standin" if chat else "cmpl-standin",
            "object": "chat.completion.chunk" if chat else "text_completion",
            "created": 0,
            "model": model,
        }
        events = []
        if chat and reasoning:
            events.append(
                _sse(
                    {
                        **base,
                        "choices": [
                            {
                                "index": 0,
                                "delta": {"role": "assistant", "reasoning_content": REASONING},
                                "finish_reason": None,
                            }
                        ],
                    }
                )
            )
        for i, word in enumerate(self._words):
            text = word if i == 0 else " " + word
            choice: dict[str, Any] = (
                {"index": 0, "delta": {"content": text}, "finish_reason": None}
                if chat
                else {"index": 0, "text": text, "finish_reason": None}
            )
            events.append(_sse({**base, "choices": [choice]}))
        last: dict[str, Any] = (
            {"index": 0, "delta": {}, "finish_reason": "stop"}
            if chat
            else {"index": 0, "text": "", "finish_reason": "stop"}
        )
        events.append(_sse({**base, "choices": [last]}))
        if include_usage:
            completion = len(self._words)
            events.append(
                _sse(
                    {
                        **base,
                        "choices": [],
                        "usage": {
                            "prompt_tokens": prompt_tokens,
                            "completion_tokens": completion,
                            "total_tokens": prompt_tokens + completion,
                        },
                    }
                )
            )
        events.append(b"data: [DONE]\n\n")
        return events

    def _anthropic_events(self, model: str, prompt_tokens: int, reasoning: bool) -> list[bytes]:
        events = [
            _event(
                "message_start",
                {
                    "type": "message_start",
                    "message": {
                        "id": "msg_standin",
                        "type": "message",
                        "role": "assistant",
                        "model": model,
                        "content": [],
                        "stop_reason": None,
                        "stop_sequence": None,
                        "usage": {"input_tokens": prompt_tokens, "output_tokens": 1},
                    },
                },
            )
        ]
        index = 0
        if reasoning:
            events += [
                _event(
                    "content_block_start",
                    {
                        "type": "content_block_start",
                        "index": 0,
                        "content_block": {"type": "thinking", "thinking": ""},
                    },
                ),
                _event(
                    "content_block_delta",
                    {
                        "type": "content_block_delta",
                        "index": 0,
                        "delta": {"type": "thinking_delta", "thinking": REASONING},
                    },
                ),
                _event("content_block_stop", {"type": "content_block_stop", "index": 0}),
            ]
            index = 1
        events.append(
            _event(
                "content_block_start",
                {
                    "type": "content_block_start",
                    "index": index,
                    "content_block": {"type": "text", "text": ""},
                },
            )
        )
        for i, word in enumerate(self._words):
            events.append(
                _event(
                    "content_block_delta",
                    {
                        "type": "content_block_delta",
                        "index": index,
                        "delta": {"type": "text_delta", "text": word if i == 0 else " " + word},
                    },
                )
            )
        events += [
            _event("content_block_stop", {"type": "content_block_stop", "index": index}),
            _event(
                "message_delta",
                {
                    "type": "message_delta",
                    "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                    "usage": {"output_tokens": len(self._words)},
                },
            ),
            _event("message_stop", {"type": "message_stop"}),
        ]
        return events


def main(argv: list[str] | None = None) -> None:
    """``python -m exportgate.gateway.standin --port 9010 [--latency-ms 20]``"""
    import argparse

    import uvicorn

    from exportgate.asgi import uvicorn_config

    parser = argparse.ArgumentParser(description="exportgate stand-in model server (not a model)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=9010)
    parser.add_argument(
        "--latency-ms", type=float, default=0.0, help="wait this long before answering each request"
    )
    parser.add_argument(
        "--latency-spread",
        type=float,
        default=0.0,
        help="spread the wait evenly by this fraction either way (0.5: latency-ms x 0.5 to x 1.5)",
    )
    args = parser.parse_args(argv)
    if not 0 <= args.latency_spread < 1:
        parser.error("--latency-spread must be at least 0 and below 1")
    app = StandinUpstream(
        StandinState(latency_s=args.latency_ms / 1000, latency_spread=args.latency_spread)
    )
    uvicorn.Server(uvicorn_config(app, args.host, args.port)).run()


if __name__ == "__main__":
    main()
