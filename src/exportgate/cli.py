"""The ``exportgate`` command line.

Each package contributes its commands through a ``register(app)`` function in its own ``cli``
module, so this file only assembles them. Heavy imports stay inside the command functions.
"""

from __future__ import annotations

import importlib
import importlib.util

import typer

app = typer.Typer(
    name="exportgate",
    help="Export-control and anti-distillation gateway for frontier AI model APIs.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

COMMAND_MODULES = (
    "exportgate.policy.cli",
    "exportgate.policy.orders_cli",
    "exportgate.audit.cli",
    "exportgate.screening.cli",
    "exportgate.location.cli",
    "exportgate.gateway.cli",
    "exportgate.review.cli",
    "exportgate.officers.cli",
    "exportgate.distill.cli",
    "exportgate.bypass.cli",
    "exportgate.reports.cli",
    "exportgate.watermark.cli",
    "exportgate.localmodel.cli",
    "exportgate.detector_cli",
    "exportgate.demo",
)


def _register_all() -> None:
    for name in COMMAND_MODULES:
        if importlib.util.find_spec(name) is None:
            continue
        importlib.import_module(name).register(app)


_register_all()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
