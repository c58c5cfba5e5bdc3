"""What every command shares: the store named by ``--config`` and one way to fail.

Errors go to stderr as ``error: <what went wrong and how to fix it>``; the exit status is 2 for
input the command cannot use (a bad option, file or configuration) and 1 when the work itself
found a problem (a failed check, a refused change).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import typer

if TYPE_CHECKING:
    from exportgate.config import GatewayConfig
    from exportgate.store import Store

CONFIG_HELP = "Gateway YAML (names the store); default: $EXPORTGATE_STORE or ./exportgate.db."


def fail(message: str, code: int = 2) -> NoReturn:
    """Print ``error: message`` to stderr and leave with ``code``."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def load_configured(config: Path) -> GatewayConfig:
    """The validated configuration file, or exit 2 naming the field that is wrong."""
    from exportgate.config import ConfigError, load_config

    try:
        return load_config(config)
    except ConfigError as exc:
        fail(str(exc))


def configured_store_url(config: Path | None) -> str:
    """The store URL: the configuration's, else ``$EXPORTGATE_STORE``, else local SQLite."""
    from exportgate.config import ConfigError, environment, load_config, store_url

    try:
        url = store_url(config)
        # the changes a command makes reach every gateway replica at once (issue 19)
        if config is not None:
            loaded = load_config(config)
            redis, prefix = loaded.redis, loaded.scaleout.prefix
        else:
            env = environment()
            redis, prefix = env.redis, env.redis_prefix
    except ConfigError as exc:
        fail(str(exc))
    if redis is not None:
        from exportgate.bus.notify import configure

        configure(redis, prefix, origin="cli")
    return url


def open_configured_store(config: Path | None) -> Store:
    """The store the configuration names (see :func:`configured_store_url`), opened."""
    from exportgate.store import open_store

    return open_store(configured_store_url(config))
