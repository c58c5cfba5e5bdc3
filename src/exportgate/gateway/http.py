"""Small pure-ASGI helpers: header lookup, bounded body reading, JSON responses."""

from __future__ import annotations

import ipaddress
import re

from exportgate.asgi import Message, Receive, Scope, Send
from exportgate.gateway.edge import bounded
from exportgate.gateway.errors import GatewayError

__all__ = ["JSON", "Headers", "Message", "Receive", "Scope", "Send", "header_map", "read_body"]

JSON = b"application/json"
Headers = list[tuple[bytes, bytes]]


def header_map(scope: Scope) -> dict[bytes, bytes]:
    """Request headers by lower-case name (ASGI servers already lower-case them); a repeated
    header keeps its last value."""
    return dict(scope["headers"])


def too_large(limit: int) -> GatewayError:
    return GatewayError(
        413,
        "request_too_large",
        f"The request body is larger than this gateway accepts ({limit} bytes). "
        "Send a smaller request, for example fewer or shorter messages.",
    )


async def read_body(receive: Receive, declared: bytes | None, limit: int) -> bytes:
    """The whole request body, refusing (413) as soon as it passes ``limit`` bytes."""
    if declared is not None:
        try:
            if int(declared) > limit:
                raise too_large(limit)
        except ValueError:
            raise GatewayError(
                400, "invalid_content_length", "The Content-Length header is not a number."
            ) from None
    message = await receive()
    body = message.get("body", b"")
    if not message.get("more_body", False):
        if len(body) > limit:
            raise too_large(limit)
        return bytes(body)
    parts = [body]
    size = len(body)
    while message.get("more_body", False):
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientGone()
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise too_large(limit)
        parts.append(chunk)
    return b"".join(parts)


class ClientGone(Exception):
    """The client closed the connection before the answer was complete."""


async def send_bytes(
    send: Send, status: int, body: bytes, headers: Headers, content_type: bytes = JSON
) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", content_type),
                (b"content-length", str(len(body)).encode()),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


_CLEAN_HOP = re.compile(r"[0-9A-Fa-f.:]+")


class ClientAddress:
    """The caller's IP: the socket peer, or the X-Forwarded-For hop nearest to the gateway
    that is not one of the configured trusted proxies."""

    def __init__(self, trusted: list[str]) -> None:
        self._trusted = [ipaddress.ip_network(n, strict=False) for n in trusted]

    def _is_trusted(self, ip: str) -> bool:
        try:
            address = ipaddress.ip_address(ip.strip())
        except ValueError:
            return False
        return any(address in n for n in self._trusted)

    def of(self, scope: Scope, headers: dict[bytes, bytes]) -> str | None:
        client = scope.get("client")
        peer: str | None = str(client[0]) if client else None
        if not self._trusted or peer is None or not self._is_trusted(peer):
            return peer
        forwarded = headers.get(b"x-forwarded-for")
        if not forwarded:
            return peer
        hops = [h.strip() for h in forwarded.decode("latin-1").split(",") if h.strip()]
        for hop in reversed(hops):
            if not self._is_trusted(hop):
                # what a proxy passed on may be anything the client wrote: kept bounded (a
                # non-address cannot be placed, so controlled models are refused)
                return hop if len(hop) <= 45 and _CLEAN_HOP.fullmatch(hop) else bounded(hop, 64)
        return hops[0] if hops else peer
