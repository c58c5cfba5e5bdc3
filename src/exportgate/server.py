"""The server: the gateway with the compliance console mounted on it, served by uvicorn.

This is the top of the house: it composes :class:`exportgate.gateway.app.Gateway` (which knows
nothing of the console) with :class:`exportgate.console.app.Console` under ``/console`` when the
configuration turns the console on. ``run_in_thread`` is how tests, benchmarks and
``exportgate demo`` start a real gateway in-process: a real HTTP server on a loopback port, with
the returned handle's ``url`` and ``stop()``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any

from exportgate import asgi
from exportgate.asgi import uvicorn_config
from exportgate.config import GatewayConfig
from exportgate.gateway.app import Gateway, build_app

__all__ = [
    "ServerHandle",
    "build_server",
    "run_app_in_thread",
    "run_in_thread",
    "serve",
    "uvicorn_config",
]


def build_server(config: GatewayConfig, **app_kwargs: Any) -> Gateway:
    """The gateway for ``config`` (see :func:`exportgate.gateway.app.build_app` for the optional
    parts), with the console mounted under ``/console`` when ``console`` is on."""
    gateway = build_app(config, **app_kwargs)
    if config.console.on:
        from exportgate.console.app import Console

        gateway.mount(
            "/console",
            Console.from_settings(
                gateway.store,
                config.console,
                backlog=gateway.detector_backlog,
                models=[m.ref() for m in config.models],
            ),
        )
    return gateway


def serve(config: GatewayConfig, *, log_level: str = "info", **app_kwargs: Any) -> None:
    """Run the gateway in the foreground until interrupted (SIGINT/SIGTERM)."""
    import uvicorn

    # The event loop shares the GIL with the record writer's thread: hand it over within 1 ms
    # rather than the default 5 ms, which would show up as tail latency.
    sys.setswitchinterval(0.001)
    app = build_server(config, **app_kwargs)
    server = uvicorn.Server(
        uvicorn_config(app, config.listen.host, config.listen.port, log_level=log_level)
    )
    server.run()


@dataclass
class ServerHandle(asgi.ServerHandle):
    """A gateway (or any ASGI app) running in a background thread."""

    @property
    def gateway(self) -> Gateway:
        assert isinstance(self.app, Gateway)
        return self.app


def run_app_in_thread(
    app: Any, host: str = "127.0.0.1", port: int = 0, timeout_s: float = 30.0
) -> ServerHandle:
    """Serve any ASGI app on ``host:port`` (0 = a free port) in a daemon thread."""
    url, server, thread = asgi.start_in_thread(app, host, port, timeout_s)
    return ServerHandle(url, app, server, thread)


def run_in_thread(config: GatewayConfig, **app_kwargs: Any) -> ServerHandle:
    """Build the server for ``config`` and serve it in a background thread."""
    app = build_server(config, **app_kwargs)
    return run_app_in_thread(app, config.listen.host, config.listen.port)
