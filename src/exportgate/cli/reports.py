"""``exportgate report``: evidence packages for people outside the provider."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import typer

report_app = typer.Typer(
    help="Malicious-activity reports (HTML + JSON + manifest).", no_args_is_help=True
)


def _usage(usage: Path | None, store_url: str | None, account: str | None = None) -> list:  # type: ignore[type-arg]
    """Usage records from a file, else from the store (``account``: that account's only, an
    indexed read)."""
    from exportgate.records import RecordError, UsageRecord, parse_lines

    if usage is not None:
        with usage.open("rb") as fh:
            return [r for _, r in parse_lines(UsageRecord, fh) if not isinstance(r, RecordError)]
    from exportgate.store import open_store

    store = open_store(store_url or "sqlite:///exportgate.db")
    return list(store.iter_usage(account_id=account))


def _audit(store_url: str | None, subject: str | None = None) -> list:  # type: ignore[type-arg]
    """The store's audit records (``subject``: that subject's only, an indexed read)."""
    if store_url is None:
        return []
    from exportgate.audit import AuditLog
    from exportgate.store import open_store

    log = AuditLog(open_store(store_url))
    return log.rows_for(subject) if subject is not None else list(log.rows())


@report_app.command("bypass")
def bypass_command(
    account: str = typer.Argument(..., help="The account id."),
    out: Path = typer.Option(..., "--out", help="Folder for the package.", file_okay=False),
    redact: bool = typer.Option(False, "--redact", help="Keep prompt hashes only."),
    usage: Path | None = typer.Option(
        None,
        "--usage",
        help="Usage records (JSON lines); default: the store's.",
        exists=True,
        dir_okay=False,
    ),
    store: str | None = typer.Option(None, "--store", help="Store URL (usage and audit log)."),
) -> None:
    """One account's safeguard-bypass attempts: timeline, families, bands, samples, decisions,
    severity; report.html, report.json, timeline.svg and manifest.json (SHA-256 of each file)."""
    from exportgate.reports.bypass import write_bypass_report

    records = _usage(usage, store, account)
    audit = _audit(store, account)
    manifest = write_bypass_report(out, account, records, audit, redact=redact)
    typer.echo(f"wrote {len(manifest.files) + 1} files to {out}", err=True)


@report_app.command("activity")
def activity_command(
    since: dt.datetime = typer.Option(..., "--since", help="Start (inclusive), e.g. 2026-11-01."),
    until: dt.datetime = typer.Option(..., "--until", help="End (exclusive)."),
    out: Path = typer.Option(..., "--out", help="Folder for the package.", file_okay=False),
    store: str = typer.Option("sqlite:///exportgate.db", "--store", help="Store URL."),
    usage: Path | None = typer.Option(
        None, "--usage", help="Usage records instead of the store's.", exists=True, dir_okay=False
    ),
    redact: bool = typer.Option(
        True, "--redact/--no-redact", help="Case packages keep prompt hashes only (default)."
    ),
) -> None:
    """The periodic malicious-activity report for the agency."""
    from exportgate.reports.activity import write_activity_report
    from exportgate.store import open_store

    since_utc = since if since.tzinfo else since.replace(tzinfo=dt.UTC)
    until_utc = until if until.tzinfo else until.replace(tzinfo=dt.UTC)
    records = _usage(usage, store)
    opened = open_store(store)
    manifest = write_activity_report(
        out, since_utc, until_utc, records, opened.alerts(), _audit(store), redact=redact
    )
    typer.echo(f"wrote {len(manifest.files) + 1} files to {out}", err=True)


def _distillation() -> None:
    from exportgate.cli.distillation_report import distillation_command

    report_app.command("distillation")(distillation_command)


_distillation()


def register(app: typer.Typer) -> None:
    app.add_typer(report_app, name="report")
