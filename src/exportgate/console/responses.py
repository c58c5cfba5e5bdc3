"""The console's one seam for HTTP: HTML responses with the security headers, redirects, and
reading a submitted form."""

from __future__ import annotations

import base64
import hashlib
import re
from urllib.parse import parse_qs

from exportgate.gateway.http import Receive, Scope, Send, read_body

MAX_FORM_BYTES = 64 * 1024
SECURITY_HEADERS = [
    (b"cache-control", b"no-store"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-content-type-options", b"nosniff"),
    (
        b"content-security-policy",
        b"default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
        b"frame-ancestors 'none'",
    ),
]

Form = dict[str, list[str]]

_STYLE_BLOCK = re.compile(r"<style>(.*?)</style>", re.S)


def report_headers(html: str) -> list[tuple[bytes, bytes]]:
    """The security headers for an evidence report shown in the console: the report is one
    self-contained file (its stylesheet inline, so that the package opens anywhere), and the
    console's policy allows exactly the report's own ``<style>`` blocks, by their SHA-256."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(m.encode()).digest()).decode() + "'"
        for m in _STYLE_BLOCK.findall(html)
    )
    policy = (
        f"default-src 'none'; style-src 'self' {hashes}; img-src 'self' data:; "
        "form-action 'self'; frame-ancestors 'none'"
    )
    return [
        (name, policy.encode()) if name == b"content-security-policy" else (name, value)
        for name, value in SECURITY_HEADERS
    ]


async def respond(
    send: Send,
    status: int,
    body: str,
    headers: list[tuple[bytes, bytes]] | None = None,
    content_type: bytes = b"text/html; charset=utf-8",
    security: list[tuple[bytes, bytes]] | None = None,
) -> None:
    """One whole response (HTML unless ``content_type`` says otherwise); ``security``
    replaces the console's security headers (an evidence report's, :func:`report_headers`)."""
    data = body.encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", content_type),
                (b"content-length", str(len(data)).encode()),
                *(security or SECURITY_HEADERS),
                *(headers or []),
            ],
        }
    )
    await send({"type": "http.response.body", "body": data})


async def redirect(
    send: Send, location: str, headers: list[tuple[bytes, bytes]] | None = None
) -> None:
    """303 See Other: where a form's browser goes next."""
    await respond(send, 303, "", [(b"location", location.encode()), *(headers or [])])


async def read_form(receive: Receive, scope: Scope) -> Form:
    """The submitted form's fields (at most :data:`MAX_FORM_BYTES`)."""
    headers = dict(scope["headers"])
    body = await read_body(receive, headers.get(b"content-length"), MAX_FORM_BYTES)
    return parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
