"""The ChatML prompt format used by SmolLM2-Instruct (as in the GGUF's chat template)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

DEFAULT_SYSTEM = "You are a helpful AI assistant named SmolLM, trained by Hugging Face"
STOP_TEXTS = ("<|im_end|>", "<|endoftext|>")


class ChatFormatError(ValueError):
    """A chat request whose messages cannot be rendered; names the message and field."""


def _content_text(content: Any, where: str) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = []
        for index, part in enumerate(content):
            if (
                isinstance(part, dict)
                and part.get("type") == "text"
                and isinstance(part.get("text"), str)
            ):
                parts.append(part["text"])
            else:
                raise ChatFormatError(f"{where}.content[{index}]: only text parts are supported")
        return "".join(parts)
    if content is None:
        return ""
    raise ChatFormatError(f"{where}.content: expected a string or a list of text parts")


def render_chat(messages: Sequence[Any]) -> str:
    """The prompt text for ``messages``, ending with the assistant turn opener."""
    if not isinstance(messages, Sequence) or isinstance(messages, str) or not messages:
        raise ChatFormatError("messages: expected a non-empty list")
    pieces = []
    for index, message in enumerate(messages):
        where = f"messages[{index}]"
        if not isinstance(message, dict):
            raise ChatFormatError(f"{where}: expected an object")
        role = message.get("role")
        if role not in ("system", "user", "assistant", "tool", "developer"):
            raise ChatFormatError(f"{where}.role: unknown role {role!r}")
        if role == "developer":
            role = "system"
        if index == 0 and role != "system":
            pieces.append(f"<|im_start|>system\n{DEFAULT_SYSTEM}<|im_end|>\n")
        pieces.append(
            f"<|im_start|>{role}\n{_content_text(message.get('content'), where)}<|im_end|>\n"
        )
    pieces.append("<|im_start|>assistant\n")
    return "".join(pieces)
