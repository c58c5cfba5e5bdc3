"""Reasoning protection: strip or summarise reasoning traces before they reach a caller.

Pure functions over response bodies, and streaming filters for server-sent events, for both API
dialects the gateway speaks:

* OpenAI style: ``message.reasoning_content`` / ``message.reasoning`` fields, ``<think>...</think>``
  blocks inside ``message.content`` or completion ``text``, and the same in streaming ``delta``s
  (tags may be split across chunks).
* Anthropic style: ``thinking`` and ``redacted_thinking`` content blocks, and in streams their
  ``content_block_start/delta/stop`` events (later block indexes are renumbered so the stream the
  caller sees stays consistent).

``mode="strip"`` removes the trace; ``mode="summarise"`` replaces it with a short notice and its
first sentence. Inputs are never mutated; usage counts are left as they are (reasoning tokens
were generated and are billed).
"""

from __future__ import annotations

import copy
import json
import re
from typing import Any, Literal

Mode = Literal["strip", "summarise"]
OPENAI_REASONING_FIELDS = ("reasoning_content", "reasoning")
THINK_OPEN = "<think>"
THINK_CLOSE = "</think>"
_THINK_BLOCK = re.compile(r"<think>.*?(?:</think>|\Z)\s*", re.DOTALL)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")
SUMMARY_MAX_CHARS = 160


def summarise_reasoning(text: str) -> str:
    """A short stand-in for a reasoning trace: its size and (at most) its first sentence."""
    words = len(text.split())
    stripped = text.strip()
    first = _SENTENCE_END.split(stripped, maxsplit=1)[0] if stripped else ""
    if len(first) > SUMMARY_MAX_CHARS:
        first = first[: SUMMARY_MAX_CHARS - 1].rstrip() + "…"
    notice = f"[reasoning summarised by exportgate: {words} words withheld]"
    return f"{notice} {first}".strip()


def _replace_think_blocks(text: str, mode: Mode) -> str:
    if THINK_OPEN not in text:
        return text
    if mode == "strip":
        return _THINK_BLOCK.sub("", text)

    def summary(match: re.Match[str]) -> str:
        inner = match.group(0)[len(THINK_OPEN) :]
        inner = inner.split(THINK_CLOSE, 1)[0]
        return f"{THINK_OPEN}{summarise_reasoning(inner)}{THINK_CLOSE}\n"

    return _THINK_BLOCK.sub(summary, text)


def strip_reasoning_openai(body: dict[str, Any], mode: Mode = "strip") -> dict[str, Any]:
    """A copy of an OpenAI chat-completion or completion response without reasoning traces."""
    out = copy.deepcopy(body)
    for choice in out.get("choices") or []:
        if not isinstance(choice, dict):
            continue
        message = choice.get("message")
        if isinstance(message, dict):
            for name in OPENAI_REASONING_FIELDS:
                if name in message:
                    value = message.pop(name)
                    if mode == "summarise" and isinstance(value, str) and value:
                        message[name] = summarise_reasoning(value)
            if isinstance(message.get("content"), str):
                message["content"] = _replace_think_blocks(message["content"], mode)
        if isinstance(choice.get("text"), str):
            choice["text"] = _replace_think_blocks(choice["text"], mode)
    return out


def strip_reasoning_anthropic(body: dict[str, Any], mode: Mode = "strip") -> dict[str, Any]:
    """A copy of an Anthropic Messages response without ``thinking`` blocks (or summarised)."""
    out = copy.deepcopy(body)
    blocks = out.get("content")
    if not isinstance(blocks, list):
        return out
    kept: list[Any] = []
    for block in blocks:
        kind = block.get("type") if isinstance(block, dict) else None
        if kind == "thinking":
            if mode == "summarise":
                kept.append(
                    {**block, "thinking": summarise_reasoning(str(block.get("thinking", "")))}
                )
        elif kind == "redacted_thinking":
            continue
        elif kind == "text" and isinstance(block.get("text"), str):
            kept.append({**block, "text": _replace_think_blocks(block["text"], mode)})
        else:
            kept.append(block)
    out["content"] = kept
    return out


class ThinkTagFilter:
    """Removes ``<think>...</think>`` from text that arrives in pieces (one instance per choice)."""

    def __init__(self, mode: Mode = "strip") -> None:
        self.mode = mode
        self.inside = False
        self._pending = ""
        self._reasoning: list[str] = []

    @staticmethod
    def _partial_tag_suffix(text: str, tag: str) -> int:
        for size in range(min(len(tag) - 1, len(text)), 0, -1):
            if tag.startswith(text[-size:]):
                return size
        return 0

    def feed(self, piece: str) -> str:
        text = self._pending + piece
        self._pending = ""
        out: list[str] = []
        while text:
            if self.inside:
                end = text.find(THINK_CLOSE)
                if end < 0:
                    hold = self._partial_tag_suffix(text, THINK_CLOSE)
                    self._reasoning.append(text[: len(text) - hold])
                    self._pending = text[len(text) - hold :]
                    break
                self._reasoning.append(text[:end])
                text = text[end + len(THINK_CLOSE) :].lstrip("\n")
                self.inside = False
                if self.mode == "summarise":
                    out.append(
                        f"{THINK_OPEN}{summarise_reasoning(''.join(self._reasoning))}{THINK_CLOSE}\n"
                    )
                self._reasoning = []
            else:
                start = text.find(THINK_OPEN)
                if start < 0:
                    hold = self._partial_tag_suffix(text, THINK_OPEN)
                    out.append(text[: len(text) - hold])
                    self._pending = text[len(text) - hold :]
                    break
                out.append(text[:start])
                text = text[start + len(THINK_OPEN) :]
                self.inside = True
        return "".join(out)

    def flush(self) -> str:
        """Text held back at the end of the stream (an unfinished tag is not reasoning)."""
        pending, self._pending = self._pending, ""
        if self.inside:
            self.inside = False
            reasoning = "".join(self._reasoning) + pending
            self._reasoning = []
            if self.mode == "summarise":
                return f"{THINK_OPEN}{summarise_reasoning(reasoning)}{THINK_CLOSE}"
            return ""
        return pending


class OpenAIReasoningStreamFilter:
    """Filters parsed OpenAI streaming chunks (the JSON after ``data:``), choice by choice."""

    def __init__(self, mode: Mode = "strip") -> None:
        self.mode = mode
        self._tags: dict[int, ThinkTagFilter] = {}
        self._field_reasoning: dict[int, list[str]] = {}

    def _summary_due(self, index: int) -> str | None:
        pieces = self._field_reasoning.pop(index, None)
        if pieces is None or self.mode != "summarise":
            return None
        return summarise_reasoning("".join(pieces))

    def feed(self, chunk: dict[str, Any]) -> dict[str, Any] | None:
        """The chunk to forward, or None when nothing is left of it."""
        out = copy.deepcopy(chunk)
        choices = out.get("choices")
        if not isinstance(choices, list):
            return out
        kept_any = False
        for choice in choices:
            if not isinstance(choice, dict):
                continue
            index = int(choice.get("index", 0))
            tags = self._tags.setdefault(index, ThinkTagFilter(self.mode))
            delta = choice.get("delta")
            holder = delta if isinstance(delta, dict) else choice
            had_reasoning = False
            for name in OPENAI_REASONING_FIELDS:
                value = holder.pop(name, None) if isinstance(holder, dict) else None
                if isinstance(value, str):
                    self._field_reasoning.setdefault(index, []).append(value)
                    had_reasoning = True
            text_field = "content" if holder is delta else "text"
            text = holder.get(text_field)
            if isinstance(text, str):
                holder[text_field] = tags.feed(text)
            finished = choice.get("finish_reason") is not None
            if finished:
                tail = tags.flush()
                if tail:
                    holder[text_field] = (holder.get(text_field) or "") + tail
            if not had_reasoning and (holder.get(text_field) or finished):
                summary = self._summary_due(index)
                if summary is not None and holder is delta:
                    delta["reasoning_content"] = summary
            if holder.get(text_field) == "" and not finished:
                del holder[text_field]
            nonempty = bool(holder) if holder is delta else bool(holder.get(text_field))
            if nonempty or finished:
                kept_any = True
        if choices and not kept_any and not out.get("usage"):
            return None
        return out


class AnthropicReasoningStreamFilter:
    """Filters Anthropic streaming events (``type`` plus payload) and renumbers block indexes."""

    def __init__(self, mode: Mode = "strip") -> None:
        self.mode = mode
        self._hidden: set[int] = set()
        self._thinking: dict[int, list[str]] = {}
        self._shift = 0
        self._new_index: dict[int, int] = {}

    def feed(self, event: dict[str, Any]) -> list[dict[str, Any]]:
        """The events to forward in place of ``event`` (zero, one or two)."""
        kind = event.get("type")
        if kind not in ("content_block_start", "content_block_delta", "content_block_stop"):
            return [event]
        index = int(event.get("index", 0))
        if kind == "content_block_start":
            block = event.get("content_block") or {}
            block_kind = block.get("type")
            if block_kind == "redacted_thinking" or (
                block_kind == "thinking" and self.mode == "strip"
            ):
                self._hidden.add(index)
                self._shift += 1
                return []
            self._new_index[index] = index - self._shift
            if block_kind == "thinking":
                self._thinking[index] = [str(block.get("thinking", ""))]
                return [
                    {
                        **event,
                        "index": self._new_index[index],
                        "content_block": {**block, "thinking": ""},
                    }
                ]
            return [{**event, "index": self._new_index[index]}]
        if index in self._hidden:
            return []
        new_index = self._new_index.get(index, index - self._shift)
        if index in self._thinking:
            delta = event.get("delta") or {}
            if kind == "content_block_delta" and delta.get("type") == "thinking_delta":
                self._thinking[index].append(str(delta.get("thinking", "")))
                return []
            if kind == "content_block_stop":
                summary = summarise_reasoning("".join(self._thinking.pop(index)))
                return [
                    {
                        "type": "content_block_delta",
                        "index": new_index,
                        "delta": {"type": "thinking_delta", "thinking": summary},
                    },
                    {**event, "index": new_index},
                ]
        return [{**event, "index": new_index}]


class SSEReasoningFilter:
    """Byte-level filter for a server-sent-event stream in either dialect.

    Feed raw bytes as they arrive from upstream; forward what ``feed`` returns; call ``close``
    at the end. Events that are not JSON (``[DONE]``, comments, pings) pass unchanged.
    """

    def __init__(self, dialect: Literal["openai", "anthropic"], mode: Mode = "strip") -> None:
        if dialect not in ("openai", "anthropic"):
            raise ValueError(f"dialect: expected 'openai' or 'anthropic', got {dialect!r}")
        self.dialect = dialect
        self._buffer = b""
        self._openai = OpenAIReasoningStreamFilter(mode)
        self._anthropic = AnthropicReasoningStreamFilter(mode)

    def _filter_event(self, raw: bytes) -> bytes:
        lines = raw.decode("utf-8").split("\n")
        data_lines = [line[5:].lstrip(" ") for line in lines if line.startswith("data:")]
        other = [line for line in lines if not line.startswith("data:")]
        payload = "\n".join(data_lines)
        try:
            parsed = json.loads(payload) if data_lines else None
        except json.JSONDecodeError:
            parsed = None
        if not isinstance(parsed, dict):
            return raw + b"\n\n"
        if self.dialect == "openai":
            kept = self._openai.feed(parsed)
            if kept is None:
                return b""
            return (
                "\n".join([*other, "data: " + json.dumps(kept, ensure_ascii=False)]) + "\n\n"
            ).encode()
        out = []
        for event in self._anthropic.feed(parsed):
            out.append(
                f"event: {event.get('type')}\ndata: {json.dumps(event, ensure_ascii=False)}\n\n"
            )
        return "".join(out).encode()

    def feed(self, chunk: bytes) -> bytes:
        self._buffer += chunk.replace(b"\r\n", b"\n")
        out = []
        while b"\n\n" in self._buffer:
            raw, self._buffer = self._buffer.split(b"\n\n", 1)
            if raw:
                out.append(self._filter_event(raw))
        return b"".join(out)

    def close(self) -> bytes:
        rest, self._buffer = self._buffer, b""
        return self._filter_event(rest) if rest.strip() else b""
