"""The ``exportgate`` command line.

Every command lives in a module of this package (``exportgate.cli.<area>``) with a
``register(app)`` function, so this file only assembles them; what they share (the configured
store, the error style) is in :mod:`exportgate.cli.common`. Commands sit on the top floor: they
import the library packages, never the other way round. Heavy imports stay inside the command
functions, so ``exportgate --help`` stays fast.
"""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="exportgate",
    help="Export-control and anti-distillation gateway for frontier AI model APIs.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

COMMAND_MODULES = (
    "exportgate.cli.policy",
    "exportgate.cli.orders",
    "exportgate.cli.audit",
    "exportgate.cli.screening",
    "exportgate.cli.location",
    "exportgate.cli.gateway",
    "exportgate.cli.review",
    "exportgate.cli.officers",
    "exportgate.cli.distill",
    "exportgate.cli.bypass",
    "exportgate.cli.reports",
    "exportgate.cli.watermark",
    "exportgate.cli.localmodel",
    "exportgate.cli.demo",
    "exportgate.cli.detector",
)


def _register_all() -> None:
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(app)


_register_all()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
