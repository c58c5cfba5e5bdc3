"""Serving the gateway: uvicorn with uvloop and httptools, in the foreground or in a thread.

``run_in_thread`` is how tests, benchmarks and ``exportgate demo`` start a real gateway in-process:
a real HTTP server on a loopback port, with the returned handle's ``url`` and ``stop()``.
"""

from __future__ import annotations

import asyncio
import sys
import threading
from dataclasses import dataclass
from typing import Any

import uvicorn

from exportgate.gateway.app import Gateway, build_app
from exportgate.gateway.config import GatewayConfig


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


def uvicorn_config(app: Any, host: str, port: int, *, log_level: str = "warning") -> uvicorn.Config:
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
    )


def serve(config: GatewayConfig, *, log_level: str = "info", **app_kwargs: Any) -> None:
    """Run the gateway in the foreground until interrupted (SIGINT/SIGTERM)."""
    # The event loop shares the GIL with the record writer's thread: hand it over within 1 ms
    # rather than the default 5 ms, which would show up as tail latency.
    sys.setswitchinterval(0.001)
    app = build_app(config, **app_kwargs)
    server = uvicorn.Server(
        uvicorn_config(app, config.listen.host, config.listen.port, log_level=log_level)
    )
    server.run()


@dataclass
class ServerHandle:
    """A server running in a background thread."""

    url: str
    app: Any
    server: uvicorn.Server
    thread: threading.Thread

    @property
    def gateway(self) -> Gateway:
        assert isinstance(self.app, Gateway)
        return self.app

    def stop(self, timeout_s: float = 30.0) -> None:
        self.server.should_exit = True
        self.thread.join(timeout_s)

    def __enter__(self) -> ServerHandle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def run_app_in_thread(
    app: Any, host: str = "127.0.0.1", port: int = 0, timeout_s: float = 30.0
) -> ServerHandle:
    """Serve any ASGI app on ``host:port`` (0 = a free port) in a daemon thread."""
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
    return ServerHandle(f"http://{host}:{bound[1]}", app, server, thread)


def run_in_thread(config: GatewayConfig, **app_kwargs: Any) -> ServerHandle:
    """Build the gateway for ``config`` and serve it in a background thread."""
    app = build_app(config, **app_kwargs)
    return run_app_in_thread(app, config.listen.host, config.listen.port)
