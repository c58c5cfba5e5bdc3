"""Token counts from upstream responses, whole or streamed, and SSE event framing.

Only the ``usage`` part of a body is decoded (a msgspec struct that ignores everything else), so
metering a response costs microseconds whatever its size.
"""

from __future__ import annotations

from dataclasses import dataclass

import msgspec


class _OpenAIUsage(msgspec.Struct):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0


class _AnthropicUsage(msgspec.Struct):
    input_tokens: int = 0
    output_tokens: int = 0


class _OpenAIBody(msgspec.Struct):
    usage: _OpenAIUsage | None = None


class _AnthropicBody(msgspec.Struct):
    usage: _AnthropicUsage | None = None


class _AnthropicMessage(msgspec.Struct):
    usage: _AnthropicUsage | None = None


class _AnthropicEvent(msgspec.Struct):
    type: str = ""
    message: _AnthropicMessage | None = None
    usage: _AnthropicUsage | None = None


class _OpenAIChunk(msgspec.Struct):
    usage: _OpenAIUsage | None = None
    choices: list[msgspec.Raw] = []


_openai_body = msgspec.json.Decoder(_OpenAIBody)
_anthropic_body = msgspec.json.Decoder(_AnthropicBody)
_anthropic_event = msgspec.json.Decoder(_AnthropicEvent)
_openai_chunk = msgspec.json.Decoder(_OpenAIChunk)

USAGE_MARK = b'"usage"'


@dataclass
class Tokens:
    prompt: int = 0
    completion: int = 0

    @property
    def total(self) -> int:
        return self.prompt + self.completion


def body_tokens(dialect: str, body: bytes) -> Tokens:
    """Usage of a whole (non-streamed) response body; zeros when it has none."""
    try:
        if dialect == "anthropic":
            a = _anthropic_body.decode(body).usage
            return Tokens(a.input_tokens, a.output_tokens) if a else Tokens()
        o = _openai_body.decode(body).usage
        if o is None:
            return Tokens()
        completion = o.completion_tokens or max(o.total_tokens - o.prompt_tokens, 0)
        return Tokens(o.prompt_tokens, completion)
    except msgspec.MsgspecError:
        return Tokens()


def _event_data(event: bytes) -> bytes | None:
    """The ``data:`` payload of one SSE event (lines joined), or None."""
    parts = [line[5:].lstrip(b" ") for line in event.splitlines() if line.startswith(b"data:")]
    if not parts:
        return None
    return b"\n".join(parts)


class StreamMeter:
    """Reads usage from SSE events as they pass; optionally drops the OpenAI usage-only chunk
    that the gateway asked for on the caller's behalf (``stream_options.include_usage``)."""

    def __init__(self, dialect: str, drop_usage_chunk: bool = False) -> None:
        self.dialect = dialect
        self.tokens = Tokens()
        self.drop_usage_chunk = drop_usage_chunk

    def keep(self, event: bytes) -> bool:
        """Meter one complete event; False when the event must not reach the caller."""
        if USAGE_MARK not in event:
            return True
        data = _event_data(event)
        if data is None or data == b"[DONE]":
            return True
        try:
            if self.dialect == "anthropic":
                parsed = _anthropic_event.decode(data)
                usage = parsed.message.usage if parsed.message else parsed.usage
                if usage is not None:
                    if usage.input_tokens:
                        self.tokens.prompt = usage.input_tokens
                    if usage.output_tokens:
                        self.tokens.completion = usage.output_tokens
                return True
            chunk = _openai_chunk.decode(data)
        except msgspec.MsgspecError:
            return True
        if chunk.usage is not None:
            self.tokens.prompt = chunk.usage.prompt_tokens
            self.tokens.completion = chunk.usage.completion_tokens
            if self.drop_usage_chunk and not chunk.choices:
                return False
        return True


class EventSplitter:
    """Cuts a byte stream into complete SSE events (each with its blank-line terminator).

    Holds back at most one incomplete event; complete events leave as soon as they arrive.
    """

    def __init__(self) -> None:
        self._pending = b""

    def feed(self, chunk: bytes) -> list[bytes]:
        data = self._pending + chunk if self._pending else chunk
        events: list[bytes] = []
        start = 0
        while True:
            lf = data.find(b"\n\n", start)
            crlf = data.find(b"\r\n\r\n", start)
            if lf < 0 and crlf < 0:
                break
            end = crlf + 4 if crlf >= 0 and (lf < 0 or crlf < lf) else lf + 2
            events.append(data[start:end])
            start = end
        self._pending = data[start:]
        return events

    def rest(self) -> bytes:
        rest, self._pending = self._pending, b""
        return rest
