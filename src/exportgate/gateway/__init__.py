"""The gateway: an ASGI app that puts a policy decision in front of every model call.

Public API::

    from exportgate.gateway import load_config, build_app, run_in_thread
    handle = run_in_thread(load_config("gateway.yaml"))   # real uvicorn server in a thread
    handle.url, handle.stop()

Heavy parts (uvicorn, aiohttp, the policy engine) are imported only when used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from exportgate.gateway.config import ConfigError, GatewayConfig, config_from_dict, load_config

if TYPE_CHECKING:
    from exportgate.gateway.app import Gateway
    from exportgate.gateway.server import ServerHandle


def build_app(config: GatewayConfig, **kwargs: Any) -> Gateway:
    from exportgate.gateway.app import build_app as build

    return build(config, **kwargs)


def run_in_thread(config: GatewayConfig, **kwargs: Any) -> ServerHandle:
    from exportgate.gateway.server import run_in_thread as run

    return run(config, **kwargs)


__all__ = [
    "ConfigError",
    "GatewayConfig",
    "build_app",
    "config_from_dict",
    "load_config",
    "run_in_thread",
]
