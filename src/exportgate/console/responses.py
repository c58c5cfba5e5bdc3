"""The console's one seam for HTTP: HTML responses with the security headers, redirects, and
reading a submitted form."""

from __future__ import annotations

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


async def respond(
    send: Send,
    status: int,
    body: str,
    headers: list[tuple[bytes, bytes]] | None = None,
    content_type: bytes = b"text/html; charset=utf-8",
) -> None:
    """One whole response (HTML unless ``content_type`` says otherwise)."""
    data = body.encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", content_type),
                (b"content-length", str(len(data)).encode()),
                *SECURITY_HEADERS,
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
