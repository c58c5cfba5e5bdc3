"""Error bodies in the caller's dialect (DESIGN.md).

OpenAI: ``{"error": {"message", "type", "param", "code"}}``; Anthropic:
``{"type": "error", "error": {"type", "message"}}``. A policy denial is 403 and its ``code`` is
the reason code in lower case.
"""

from __future__ import annotations

from dataclasses import dataclass

import msgspec

from exportgate.config import Dialect

OPENAI_TYPES = {
    400: "invalid_request_error",
    401: "invalid_request_error",
    403: "permission_error",
    404: "invalid_request_error",
    405: "invalid_request_error",
    413: "invalid_request_error",
    429: "rate_limit_error",
    500: "server_error",
    502: "upstream_error",
    503: "server_error",
    504: "timeout",
}

ANTHROPIC_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    405: "invalid_request_error",
    413: "request_too_large",
    429: "rate_limit_error",
    500: "api_error",
    502: "api_error",
    503: "overloaded_error",
    504: "api_error",
}


@dataclass(frozen=True)
class GatewayError(Exception):
    """An error answered to the caller. ``code`` is the machine-readable code."""

    status: int
    code: str
    message: str
    param: str | None = None
    headers: tuple[tuple[bytes, bytes], ...] = ()

    def __str__(self) -> str:
        return f"{self.status} {self.code}: {self.message}"


def error_body(dialect: Dialect, error: GatewayError, request_id: str) -> bytes:
    if dialect == "anthropic":
        return msgspec.json.encode(
            {
                "type": "error",
                "error": {
                    "type": ANTHROPIC_TYPES.get(error.status, "api_error"),
                    "message": error.message,
                    "code": error.code,
                },
                "request_id": request_id,
            }
        )
    return msgspec.json.encode(
        {
            "error": {
                "message": error.message,
                "type": OPENAI_TYPES.get(error.status, "server_error"),
                "param": error.param,
                "code": error.code,
            },
        }
    )


def stream_error_event(dialect: Dialect, error: GatewayError, request_id: str) -> bytes:
    """The SSE event that reports an error once a stream has started (status already 200)."""
    body = error_body(dialect, error, request_id)
    if dialect == "anthropic":
        return b"event: error\ndata: " + body + b"\n\n"
    return b"data: " + body + b"\n\n"
