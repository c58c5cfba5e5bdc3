"""Values from the caller, checked and bounded before they reach a record or the store.

Anything a caller sends that ends up in a usage or audit record (its request id, the model it
named, its user agent, its end-user id) is bounded in length and cleared of control characters
here, so that no request can make the store refuse a record (a NUL byte PostgreSQL cannot hold,
a model name longer than its column). What the gateway must refuse is refused with a 400 naming
the field; what it only records (a user agent) is cleaned and cut to length.
"""

from __future__ import annotations

import re
from typing import Any

from exportgate.gateway.errors import GatewayError

MAX_REQUEST_ID = 128
MAX_MODEL = 200  # the usage table's model column
MAX_USER_AGENT = 512
MAX_END_USER = 256

_TOKEN = re.compile(r"[!-~]+")  # printable ASCII, no space
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def client_request_id(raw: bytes | None) -> str | None:
    """The caller's ``x-request-id`` when it is a sane token (printable ASCII, no spaces, at
    most 128 characters), else None: it is kept beside the gateway's own id, never as the key."""
    if not raw or len(raw) > MAX_REQUEST_ID or not raw.isascii():
        return None
    text = raw.decode("ascii")
    return text if _TOKEN.fullmatch(text) else None


def bounded(text: str, limit: int) -> str:
    """``text`` with control characters (NUL included) replaced and cut to ``limit``."""
    cleaned = _CONTROL.sub("\ufffd", text)
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "\u2026"


def user_agent(raw: bytes | None) -> str | None:
    if not raw:
        return None
    return bounded(raw.decode("latin-1"), MAX_USER_AGENT)


def model_name(value: Any, param: str = "model") -> str:
    """The model a caller named, checked: a string of at most 200 characters without control
    characters; otherwise a 400 naming the field."""
    if not isinstance(value, str) or not value:
        raise GatewayError(
            400,
            "missing_model",
            "The request names no model. Set 'model' to one of the ids listed by GET /v1/models.",
            param,
        )
    if len(value) > MAX_MODEL or _CONTROL.search(value):
        raise GatewayError(
            400,
            "invalid_model",
            f"The field '{param}' must be a model id of at most {MAX_MODEL} "
            "characters without control characters. GET /v1/models lists the "
            "ids.",
            param,
        )
    return value


def end_user(payload: dict[str, Any], dialect: str) -> str | None:
    """The caller's end-user id (OpenAI ``user``, Anthropic ``metadata.user_id``), checked: a
    string of at most 256 characters without control characters; otherwise a 400."""
    if dialect == "anthropic":
        metadata = payload.get("metadata")
        if metadata is None:
            return None
        if not isinstance(metadata, dict):
            raise GatewayError(
                400, "invalid_request", "The field 'metadata' must be an object.", "metadata"
            )
        value, param = metadata.get("user_id"), "metadata.user_id"
    else:
        value, param = payload.get("user"), "user"
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > MAX_END_USER or _CONTROL.search(value):
        raise GatewayError(
            400,
            "invalid_request",
            f"The field '{param}' must be a string of at most {MAX_END_USER} "
            "characters without control characters.",
            param,
        )
    return value


def stream_fields(payload: dict[str, Any]) -> None:
    """``stream`` must be a boolean and ``stream_options`` an object, when present (as the
    OpenAI and Anthropic APIs require); otherwise a 400 naming the field."""
    if "stream" in payload and not isinstance(payload["stream"], bool | None):
        raise GatewayError(
            400, "invalid_request", "The field 'stream' must be true or false.", "stream"
        )
    options = payload.get("stream_options")
    if options is not None and not isinstance(options, dict):
        raise GatewayError(
            400,
            "invalid_request",
            "The field 'stream_options' must be an object.",
            "stream_options",
        )
