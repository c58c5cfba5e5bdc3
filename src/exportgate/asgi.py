"""What every ASGI app of exportgate shares: the ASGI types, the lifespan protocol, and uvicorn.

The gateway (:mod:`exportgate.gateway.app`), the stand-in upstream
(:mod:`exportgate.gateway.standin`) and the embedded model's server
(:mod:`exportgate.localmodel.server`) answer the lifespan protocol with :func:`lifespan`, and are
served by :func:`uvicorn_config` (foreground) or :func:`run_app_in_thread` (tests, benchmarks,
the demo: a real HTTP server on a loopback port). This module imports nothing of exportgate.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import uvicorn

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
Hook = Callable[[], Awaitable[None]]


async def lifespan(
    receive: Receive, send: Send, startup: Hook | None = None, shutdown: Hook | None = None
) -> None:
    """Answer the ASGI lifespan protocol: run ``startup`` (a failure is reported to the server,
    which then does not serve) and ``shutdown``."""
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            if startup is not None:
                try:
                    await startup()
                except Exception as exc:  # noqa: BLE001 - reported to the server
                    await send({"type": "lifespan.startup.failed", "message": str(exc)})
                    return
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            if shutdown is not None:
                await shutdown()
            await send({"type": "lifespan.shutdown.complete"})
            return


def _loop_name() -> str:
    try:
        import uvloop  # noqa: F401
    except ImportError:
        return "asyncio"
    return "uvloop"


def _http_name() -> str:
    try:
        import httptools  # noqa: F401
    except ImportError:
        return "h11"
    return "httptools"


# A response head as uvicorn writes it: status line and headers in one write, ending the block.
_HEAD_START = b"HTTP/1.1 "
_HEAD_END = b"\r\n\r\n"
# Above this many body bytes the head goes in a write of its own rather than be copied in front.
_JOIN_LIMIT = 1 << 16


class OneWriteTransport:
    """A connection's transport that sends a response's head and body in one write.

    uvicorn writes a response's status line and headers, then its body: two ``send`` system
    calls and two TCP segments for every whole answer, each waking the client (and, on one host,
    costing the client's CPU as well as the server's). This holds a head back until the next write
    on the connection (the body, written in the same turn of the event loop) and sends both
    together; a head that nothing follows in that turn (a streamed answer's first chunk still on
    its way, ``100 Continue``) is sent at the end of the turn, so nothing waits longer than that.
    Everything else is the wrapped transport's."""

    __slots__ = ("_transport", "_loop", "_held")

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self._transport = transport
        self._loop = loop
        self._held: bytes | None = None

    def write(self, data: bytes) -> None:
        held = self._held
        if held is not None:
            self._held = None
            if len(data) <= _JOIN_LIMIT:
                self._transport.write(held + data)
                return
            self._transport.write(held)
        elif type(data) is bytes and data.startswith(_HEAD_START) and data.endswith(_HEAD_END):
            self._held = data
            self._loop.call_soon(self.flush)
            return
        self._transport.write(data)

    def flush(self) -> None:
        """Send a held head now."""
        held, self._held = self._held, None
        if held is not None and not self._transport.is_closing():
            self._transport.write(held)

    def close(self) -> None:
        self.flush()
        self._transport.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


def _http_protocol() -> Any:
    """uvicorn's httptools protocol with :class:`OneWriteTransport` under it (when httptools is
    installed; else the name of uvicorn's h11 protocol)."""
    name = _http_name()
    if name != "httptools":
        return name
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

    class OneWriteHttpToolsProtocol(HttpToolsProtocol):
        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self.transport = OneWriteTransport(transport, self.loop)  # type: ignore[assignment]

    return OneWriteHttpToolsProtocol


def uvicorn_config(
    app: Any,
    host: str,
    port: int,
    *,
    log_level: str = "warning",
    headers: list[tuple[str, str]] | None = None,
) -> uvicorn.Config:
    """uvicorn with uvloop and httptools where installed, the lifespan on, no access log;
    ``headers`` go on every response (added by uvicorn with its own, at no cost per request)."""
    import uvicorn

    return uvicorn.Config(
        app,
        host=host,
        port=port,
        loop=_loop_name(),
        http=_http_protocol(),
        lifespan="on",
        log_level=log_level,
        access_log=False,
        server_header=False,
        proxy_headers=False,
        timeout_keep_alive=75,
        backlog=4096,
        headers=headers,
    )


@dataclass
class ServerHandle:
    """A server running in a background thread."""

    url: str
    app: Any
    server: uvicorn.Server
    thread: threading.Thread

    def stop(self, timeout_s: float = 30.0) -> None:
        self.server.should_exit = True
        self.thread.join(timeout_s)

    def __enter__(self) -> ServerHandle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_in_thread(
    app: Any, host: str = "127.0.0.1", port: int = 0, timeout_s: float = 30.0
) -> tuple[str, uvicorn.Server, threading.Thread]:
    """Serve any ASGI app on ``host:port`` (0 = a free port) in a daemon thread: its URL, the
    server and the thread, once it accepts connections."""
    import uvicorn

    server = uvicorn.Server(uvicorn_config(app, host, port))
    started = threading.Event()
    failure: list[BaseException] = []

    def run() -> None:
        loop: asyncio.AbstractEventLoop
        if _loop_name() == "uvloop":
            import uvloop

            loop = uvloop.new_event_loop()
        else:
            loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)

        async def main() -> None:
            config = server.config
            if not config.loaded:
                config.load()
            server.lifespan = config.lifespan_class(config)
            await server.startup()
            started.set()
            if server.should_exit:
                return
            await server.main_loop()
            await server.shutdown()

        try:
            loop.run_until_complete(main())
        except BaseException as exc:  # noqa: BLE001 - reported to the starting thread
            failure.append(exc)
        finally:
            started.set()
            loop.close()

    thread = threading.Thread(target=run, name=f"exportgate-server-{port}", daemon=True)
    thread.start()
    if not started.wait(timeout_s) or failure or not server.started:
        server.should_exit = True
        thread.join(5)
        raise RuntimeError(f"server did not start on {host}:{port}: {failure or 'timeout'}")
    bound = server.servers[0].sockets[0].getsockname()
    return f"http://{host}:{bound[1]}", server, thread


def run_app_in_thread(
    app: Any, host: str = "127.0.0.1", port: int = 0, timeout_s: float = 30.0
) -> ServerHandle:
    """Serve any ASGI app on ``host:port`` (0 = a free port) in a daemon thread."""
    url, server, thread = start_in_thread(app, host, port, timeout_s)
    return ServerHandle(url, app, server, thread)
