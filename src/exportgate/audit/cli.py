"""``exportgate audit``: verify and export the hash-chained audit log."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

audit_app = typer.Typer(help="The tamper-evident audit log of every decision.",
                        no_args_is_help=True)


@audit_app.command("verify")
def verify(
    config: Path | None = typer.Option(None, "--config", help="Gateway YAML naming the store."),
) -> None:
    """Check every record's hash and link; exit 1 naming the first record that was changed,
    removed or reordered."""
    from exportgate.audit import AuditLog
    from exportgate.runtime import store_url
    from exportgate.store import open_store

    result = AuditLog(open_store(store_url(config))).verify()
    typer.echo(result.describe())
    if not result.ok:
        raise typer.Exit(1)


@audit_app.command("export")
def export(
    config: Path | None = typer.Option(None, "--config", help="Gateway YAML naming the store."),
    subject: str | None = typer.Option(None, "--subject", help="Only records about this account."),
) -> None:
    """Write audit records as JSON lines on stdout (with their hashes, for independent checks)."""
    from exportgate.audit import AuditLog
    from exportgate.records import to_json
    from exportgate.runtime import store_url
    from exportgate.store import open_store

    out = sys.stdout.buffer
    for row in AuditLog(open_store(store_url(config))).rows():
        if subject is None or row["subject"] == subject:
            out.write(to_json(row) + b"\n")


def register(app: typer.Typer) -> None:
    app.add_typer(audit_app, name="audit")
