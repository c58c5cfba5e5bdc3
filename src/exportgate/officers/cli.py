"""``exportgate officers add|list|disable|reset``: the named officers of the console and CLI.

Whoever runs these commands can already write to the store, so they act as an administrator; the
audit records name the operating-system user who ran them (``cli:USER``). What the command line
cannot prove is who typed a name: see docs/officers.md.
"""

from __future__ import annotations

import getpass
import json
from pathlib import Path

import typer

officers_app = typer.Typer(help="Compliance officers: named sign-ins, roles, four-eyes.",
                           no_args_is_help=True)
CONFIG_HELP = "Gateway YAML (names the store); default: $EXPORTGATE_STORE or ./exportgate.db."


def _by() -> str:
    try:
        return "cli:" + getpass.getuser()
    except (KeyError, OSError):
        return "cli:unknown"


def _store(config: Path | None):  # type: ignore[no-untyped-def]
    from exportgate.runtime import store_url
    from exportgate.store import open_store

    return open_store(store_url(config))


@officers_app.command("add")
def add(
    name: str = typer.Argument(..., help="The officer's name as it will appear in the audit log."),
    role: str = typer.Option(..., "--role", help="viewer, analyst, approver or admin."),
    config: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
) -> None:
    """Register an officer; the last line printed is their one-time password."""
    from exportgate.officers import registry

    try:
        password = registry.add(_store(config), name, role, _by())
    except registry.OfficerError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"officer {name!r} added as {role}; one-time password (shown once):")
    typer.echo(password)


@officers_app.command("list")
def list_officers(
    config: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line."),
) -> None:
    """Every officer with role and state."""
    from exportgate.officers import registry

    for officer in registry.all_officers(_store(config)):
        if as_json:
            typer.echo(json.dumps({"name": officer.name, "role": officer.role,
                                   "disabled": officer.disabled}))
        else:
            state = "disabled" if officer.disabled else "active"
            typer.echo(f"{officer.name:<30} {officer.role:<9} {state}")


@officers_app.command("disable")
def disable(
    name: str = typer.Argument(...),
    config: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
) -> None:
    """Stop an officer signing in or signing anything (their records stay)."""
    from exportgate.officers import registry

    try:
        registry.disable(_store(config), name, _by())
    except registry.OfficerError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"officer {name!r} disabled")


@officers_app.command("reset")
def reset(
    name: str = typer.Argument(...),
    config: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
) -> None:
    """A new one-time password (last line) for an officer; enables a disabled officer."""
    from exportgate.officers import registry

    try:
        password = registry.reset(_store(config), name, _by())
    except registry.OfficerError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"officer {name!r}: new one-time password (shown once):")
    typer.echo(password)


def register(app: typer.Typer) -> None:
    app.add_typer(officers_app, name="officers")
