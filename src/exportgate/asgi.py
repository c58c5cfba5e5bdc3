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
        http=_http_name(),
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
