"""``exportgate report distillation``: the evidence package for one cluster or account
(registered in the ``report`` group by :mod:`exportgate.reports.cli`)."""

from __future__ import annotations

from pathlib import Path

import typer

from exportgate.cli.common import fail


def distillation_command(
    subject: str = typer.Argument(..., help="A cluster id (cluster-...) or an account id."),
    out: Path = typer.Option(..., "--out", help="Folder for the package.", file_okay=False),
    usage: Path = typer.Option(
        ...,
        "--usage",
        help="Usage records as JSON lines (e.g. from `exportgate usage export`).",
        exists=True,
        dir_okay=False,
    ),
    accounts: Path | None = typer.Option(
        None, "--accounts", help="Accounts as JSON lines.", exists=True, dir_okay=False
    ),
    store: str | None = typer.Option(
        None,
        "--store",
        help="Store URL whose audit entries "
        "(and watermark key ids) naming the accounts are included.",
    ),
) -> None:
    """Write summary.html, evidence.json, graph.svg and manifest.json (SHA-256 of each) to OUT."""
    import json

    from exportgate.distill.scan import read_accounts, read_records, scan
    from exportgate.reports.distillation import (
        SubjectNotFound,
        audit_entries,
        build_evidence,
        write_report,
    )

    errors: list[dict[str, object]] = []
    account_list = read_accounts(accounts, errors) if accounts is not None else []
    with usage.open("rb") as fh:
        records = list(read_records(fh, errors, str(usage)))
    for error in errors:
        typer.echo(json.dumps(error, ensure_ascii=False, default=str), err=True)
    result = scan(records, account_list)
    audit: list[dict[str, object]] = []
    try:
        evidence = build_evidence(subject, result, records)
    except SubjectNotFound as exc:
        fail(str(exc))
    if store is not None:
        from exportgate.audit.log import AuditLog
        from exportgate.store import open_store

        members = {a["account_id"] for a in evidence["accounts"]}
        audit = audit_entries(AuditLog(open_store(store)).rows(), members)
        evidence = build_evidence(subject, result, records, audit)
    manifest = write_report(evidence, out)
    typer.echo(
        f"{subject}: {len(evidence['accounts'])} accounts; package in {out} ({manifest.name})"
    )
