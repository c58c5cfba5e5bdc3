"""``exportgate officers add|list|disable|reset``: the named officers of the console and CLI.

Whoever runs these commands can already write to the store, so they act as an administrator; the
audit records name the operating-system user who ran them (``cli:USER``). What the command line
cannot prove is who typed a name: see docs/officers.md.
"""

from __future__ import annotations

import getpass
import json
from pathlib import Path

import msgspec
import typer

from exportgate.cli.common import CONFIG_HELP, fail, open_configured_store

officers_app = typer.Typer(
    help="Compliance officers: named sign-ins, roles, four-eyes.", no_args_is_help=True
)


def _by() -> str:
    try:
        return "cli:" + getpass.getuser()
    except (KeyError, OSError):
        return "cli:unknown"


@officers_app.command("add")
def add(
    name: str = typer.Argument(..., help="The officer's name as it will appear in the audit log."),
    role: str = typer.Option(..., "--role", help="viewer, analyst, approver or admin."),
    config: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
) -> None:
    """Register an officer; the last line printed is their one-time password."""
    from exportgate.officers import registry

    try:
        password = registry.add(open_configured_store(config), name, role, _by())
    except registry.OfficerError as exc:
        fail(str(exc))
    typer.echo(f"officer {name!r} added as {role}; one-time password (shown once):")
    typer.echo(password)


@officers_app.command("list")
def list_officers(
    config: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line."),
) -> None:
    """Every officer with role and state."""
    from exportgate.officers import registry

    for officer in registry.all_officers(open_configured_store(config)):
        if as_json:
            typer.echo(
                json.dumps(
                    {"name": officer.name, "role": officer.role, "disabled": officer.disabled}
                )
            )
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
        registry.disable(open_configured_store(config), name, _by())
    except registry.OfficerError as exc:
        fail(str(exc))
    typer.echo(f"officer {name!r} disabled")


@officers_app.command("reset")
def reset(
    name: str = typer.Argument(...),
    config: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
) -> None:
    """A new one-time password (last line) for an officer; enables a disabled officer."""
    from exportgate.officers import registry

    try:
        password = registry.reset(open_configured_store(config), name, _by())
    except registry.OfficerError as exc:
        fail(str(exc))
    typer.echo(f"officer {name!r}: new one-time password (shown once):")
    typer.echo(password)


changes_app = typer.Typer(
    help="Changes awaiting a second officer's approval (four-eyes).", no_args_is_help=True
)


@changes_app.command("list")
def list_changes(
    config: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line."),
) -> None:
    """Every change awaiting approval, oldest first."""
    from exportgate.officers import changes

    pending = changes.pending(open_configured_store(config))
    for change in pending:
        if as_json:
            typer.echo(
                json.dumps({**msgspec.to_builtins(change), "description": changes.describe(change)})
            )
        else:
            typer.echo(
                f"#{change.id:<5} {change.proposed_at:%Y-%m-%d %H:%M}  "
                f"{change.proposed_by:<20} {changes.describe(change)}: {change.reason}"
            )
    if not pending and not as_json:
        typer.echo("no changes await approval")


@changes_app.command("approve")
def approve_change(
    change_id: int = typer.Argument(..., help="The change's number (changes list)."),
    officer: str = typer.Option(..., "--officer", help="The approving officer (not the proposer)."),
    config: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
) -> None:
    """The second signature: apply the change."""
    from exportgate.officers import changes

    try:
        done = changes.approve(open_configured_store(config), change_id, officer)
    except changes.ChangeError as exc:
        fail(str(exc), 1)
    typer.echo(
        f"change {change_id} approved and applied: {changes.describe(done)} "
        f"(proposed by {done.proposed_by}, approved by {officer})"
    )


@changes_app.command("reject")
def reject_change(
    change_id: int = typer.Argument(..., help="The change's number (changes list)."),
    officer: str = typer.Option(
        ..., "--officer", help="The proposer (withdraws) or an approver (rejects)."
    ),
    note: str = typer.Option("", "--note", help="Why (kept in the audit log)."),
    config: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
) -> None:
    """Withdraw or reject a change; nothing changes."""
    from exportgate.officers import changes

    try:
        changes.reject(open_configured_store(config), change_id, officer, note)
    except changes.ChangeError as exc:
        fail(str(exc), 1)
    typer.echo(f"change {change_id} rejected; nothing changed")


def register(app: typer.Typer) -> None:
    app.add_typer(officers_app, name="officers")
    app.add_typer(changes_app, name="changes")
