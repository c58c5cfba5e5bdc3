"""A whole response leaves in one write (head and body together); a streamed one is not held up."""

from __future__ import annotations

import asyncio
import socket
import time
from typing import Any

from exportgate.asgi import OneWriteTransport, Receive, Scope, Send, start_in_thread

HEAD = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n"


class FakeTransport:
    def __init__(self) -> None:
        self.writes: list[bytes] = []
        self.closed = False

    def write(self, data: bytes) -> None:
        self.writes.append(bytes(data))

    def is_closing(self) -> bool:
        return self.closed

    def close(self) -> None:
        self.closed = True

    def get_extra_info(self, name: str) -> str:
        return f"extra {name}"


def _wrapped() -> tuple[asyncio.AbstractEventLoop, FakeTransport, OneWriteTransport]:
    loop = asyncio.new_event_loop()
    fake = FakeTransport()
    return loop, fake, OneWriteTransport(fake, loop)  # type: ignore[arg-type]


def _one_turn(loop: asyncio.AbstractEventLoop) -> None:
    loop.run_until_complete(asyncio.sleep(0))


def test_head_and_body_of_one_turn_go_in_one_write() -> None:
    loop, fake, transport = _wrapped()
    try:
        transport.write(HEAD)
        transport.write(b"{}")
        assert fake.writes == [HEAD + b"{}"]
        _one_turn(loop)  # the end-of-turn flush finds nothing left to send
        assert fake.writes == [HEAD + b"{}"]
    finally:
        loop.close()


def test_a_head_alone_leaves_at_the_end_of_the_turn() -> None:
    loop, fake, transport = _wrapped()
    try:
        transport.write(HEAD)
        assert fake.writes == []
        _one_turn(loop)
        assert fake.writes == [HEAD]
        transport.write(b"{}")  # a later chunk goes on its own
        assert fake.writes == [HEAD, b"{}"]
    finally:
        loop.close()


def test_a_large_body_is_not_copied_behind_the_head() -> None:
    loop, fake, transport = _wrapped()
    body = b"x" * (1 << 17)
    try:
        transport.write(HEAD)
        transport.write(body)
        assert fake.writes == [HEAD, body]
    finally:
        loop.close()


def test_body_bytes_are_never_held_and_close_sends_a_held_head() -> None:
    loop, fake, transport = _wrapped()
    try:
        transport.write(b"not a head\r\n\r\n")
        assert fake.writes == [b"not a head\r\n\r\n"]
        transport.write(HEAD)
        transport.close()
        assert fake.writes == [b"not a head\r\n\r\n", HEAD] and fake.closed
        assert transport.get_extra_info("peername") == "extra peername"
    finally:
        loop.close()


def _read_until(sock: socket.socket, marker: bytes, timeout_s: float) -> bytes:
    sock.settimeout(timeout_s)
    got = b""
    while marker not in got:
        chunk = sock.recv(65536)
        if not chunk:
            break
        got += chunk
    return got


def test_over_http_a_streamed_head_is_not_held_until_its_body() -> None:
    """The head of a streamed answer reaches the client while its first chunk is still being
    produced; the whole answer of a plain response is intact."""

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        streamed = scope["path"] == "/stream"
        headers: list[tuple[bytes, bytes]] = [(b"content-type", b"text/plain")]
        if not streamed:
            headers.append((b"content-length", b"5"))
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        if streamed:
            await asyncio.sleep(1.0)
            await send({"type": "http.response.body", "body": b"late", "more_body": False})
        else:
            await send({"type": "http.response.body", "body": b"whole"})

    url, server, thread = start_in_thread(app)
    host, port = url.removeprefix("http://").split(":")
    try:
        with socket.create_connection((host, int(port))) as sock:
            sock.sendall(b"GET /whole HTTP/1.1\r\nhost: x\r\n\r\n")
            whole = _read_until(sock, b"whole", 5.0)
            assert whole.startswith(b"HTTP/1.1 200 OK\r\n") and whole.endswith(b"\r\n\r\nwhole")
            began = time.monotonic()
            sock.sendall(b"GET /stream HTTP/1.1\r\nhost: x\r\n\r\n")
            head = _read_until(sock, b"\r\n\r\n", 5.0)
            waited = time.monotonic() - began
            assert head.startswith(b"HTTP/1.1 200 OK\r\n")
            assert b"late" not in head and waited < 0.9, (head, waited)
            rest: Any = _read_until(sock, b"late", 5.0)
            assert b"late" in head + rest
    finally:
        server.should_exit = True
        thread.join(10)
