"""``exportgate reviews list|show|resolve``: the compliance review queue on the command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import msgspec
import typer

from exportgate.cli.common import CONFIG_HELP, fail, open_configured_store

reviews_app = typer.Typer(
    help="The compliance review queue: held accounts and their verdicts.", no_args_is_help=True
)


@reviews_app.command("list")
def list_items(
    config: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
    status: str = typer.Option("open", "--status", help="open, resolved or all."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line."),
) -> None:
    """Review items, oldest first: what is held, for which account, and why."""
    if status not in ("open", "resolved", "all"):
        raise typer.BadParameter("expected open, resolved or all", param_hint="--status")
    from exportgate.review.proposals import pending

    store = open_configured_store(config)
    items = store.review_items(None if status == "all" else status)
    awaiting = pending(store)
    items = [
        msgspec.structs.replace(i, status="awaiting_approval")
        if i.status == "open" and i.id in awaiting
        else i
        for i in items
    ]
    if as_json:
        for item in items:
            typer.echo(json.dumps(item.to_dict(), ensure_ascii=False))
        return
    if not items:
        typer.echo(f"no {'' if status == 'all' else status + ' '}review items")
        return
    for item in items:
        created = item.created_at.strftime("%Y-%m-%d %H:%M")
        typer.echo(
            f"#{item.id:<5} {created}  {item.status:<8} {item.account_id:<20} "
            f"{item.code:<26} {item.summary}"
        )


@reviews_app.command("show")
def show(
    item_id: int = typer.Argument(..., help="The review item's number."),
    config: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
) -> None:
    """One item in full: the account, the reason, the list entries it names, the evidence."""
    from exportgate.records import to_builtins
    from exportgate.review.verdicts import item_matches, verdicts_for

    store = open_configured_store(config)
    item = store.review_item(item_id)
    if item is None:
        fail(f"there is no review item {item_id}", 1)
    from exportgate.review.proposals import proposal_for

    account = store.get_account(item.account_id)
    proposal = proposal_for(store, item_id) if item.status == "open" else None
    shown: dict[str, Any] = item.to_dict()
    if proposal is not None:
        shown = {
            **shown,
            "status": "awaiting_approval",
            "proposal": {
                "verdict": proposal.verdict,
                "note": proposal.note,
                "entries": proposal.entries,
                "proposed_by": proposal.proposed_by,
                "proposed_at": proposal.proposed_at.isoformat(),
            },
        }
    shown = {
        **shown,
        "account": to_builtins(account) if account else None,
        "list_entries": [f"{m.list}:{m.list_id}" for m in item_matches(item)],
        "verdicts": list(verdicts_for(item.code)),
    }
    sys.stdout.write(json.dumps(shown, ensure_ascii=False, indent=2, default=str) + "\n")


@reviews_app.command("resolve")
def resolve(
    item_id: int = typer.Argument(..., help="The review item's number."),
    verdict: str = typer.Option(
        ...,
        "--verdict",
        help="false_positive or true_match for a screening item; cleared or upheld for any other.",
    ),
    officer: str | None = typer.Option(
        None,
        "--officer",
        help="The registered officer who decides or proposes (exportgate officers list).",
    ),
    reviewer: str | None = typer.Option(
        None,
        "--reviewer",
        help="Who decides, where no officers are registered (single-user stores).",
    ),
    note: str = typer.Option("", "--note", help="Why (kept on the override and in the audit log)."),
    entry: list[str] = typer.Option(
        [],
        "--entry",
        help="Only this list entry (list:list_id) "
        "of a screening item; repeatable. Default: all it names.",
    ),
    config: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
) -> None:
    """Record a verdict on an item. On a screening item it becomes an override on the account
    (false_positive: decided without that list entry; true_match: refused as a restricted
    party); every verdict is audited. Where officers are registered, --officer is required and
    roles apply: an analyst's verdict, and clearing a restricted-party or ownership hit or a
    distillation or bypass hold, wait for a second officer's `reviews approve`."""
    from exportgate.officers.registry import any_registered
    from exportgate.review.proposals import submit
    from exportgate.review.queue import resolve as run
    from exportgate.review.verdicts import ReviewError

    store = open_configured_store(config)
    try:
        if any_registered(store):
            if officer is None:
                raise ReviewError(
                    "officers are registered in this store: name yourself with "
                    "--officer NAME (--reviewer is for stores without officers)"
                )
            typer.echo(
                submit(store, item_id, verdict, officer, note, entry or None).describe(item_id)
            )
            return
        if officer is not None:
            raise ReviewError(
                f"there is no officer named {officer!r}: no officers are "
                "registered (exportgate officers add), use --reviewer"
            )
        if not reviewer:
            raise ReviewError("a verdict needs the reviewer's name (--reviewer)")
        resolution = run(store, item_id, verdict, reviewer, note, entry or None)
    except ReviewError as exc:
        fail(str(exc), 1)
    typer.echo(f"review item {item_id} resolved: {resolution.text}")


@reviews_app.command("approve")
def approve(
    item_id: int = typer.Argument(..., help="The review item's number."),
    officer: str = typer.Option(
        ...,
        "--officer",
        help="The approving officer (an approver or admin other than the proposer).",
    ),
    config: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
) -> None:
    """Approve the verdict proposed on an item (the second signature); it then takes effect."""
    from exportgate.review.proposals import approve as run
    from exportgate.review.verdicts import ReviewError

    try:
        resolution = run(open_configured_store(config), item_id, officer)
    except ReviewError as exc:
        fail(str(exc), 1)
    typer.echo(f"review item {item_id} resolved: {resolution.text}")


@reviews_app.command("reject")
def reject(
    item_id: int = typer.Argument(..., help="The review item's number."),
    officer: str = typer.Option(
        ..., "--officer", help="The proposer (withdraws) or an approver (rejects)."
    ),
    note: str = typer.Option("", "--note", help="Why (kept in the audit log)."),
    config: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
) -> None:
    """Withdraw or reject a proposed verdict; the item stays open."""
    from exportgate.review.proposals import reject as run
    from exportgate.review.verdicts import ReviewError

    try:
        proposal = run(open_configured_store(config), item_id, officer, note)
    except ReviewError as exc:
        fail(str(exc), 1)
    typer.echo(
        f"review item {item_id}: proposal of {proposal.verdict} by "
        f"{proposal.proposed_by} withdrawn; the item stays open"
    )


def register(app: typer.Typer) -> None:
    app.add_typer(reviews_app, name="reviews")
