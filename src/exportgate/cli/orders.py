"""``exportgate models`` and ``exportgate endusers``: per-model access orders from the command
line (issue 16). Every change is audited; running gateways apply it without a restart."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer

from exportgate.cli.common import fail, open_configured_store

models_app = typer.Typer(
    help="Per-model access orders: approved lists, access rule, status.", no_args_is_help=True
)
endusers_app = typer.Typer(
    help="End users registered inside organisation accounts.", no_args_is_help=True
)

CONFIG_HELP = "Gateway YAML (names the store and the models); default: $EXPORTGATE_STORE."


def _open(config: Path | None) -> tuple[Any, dict[str, Any] | None]:
    """The store, and the configured models (id -> Model) when a configuration is given."""

    models = None
    if config is not None:
        from exportgate.config import ConfigError, load_config

        try:
            cfg = load_config(config)
        except ConfigError as exc:
            fail(str(exc))
        models = {m.id: m for m in cfg.models}
    return open_configured_store(config), models


def _check_model(models: dict[str, Any] | None, model_id: str) -> None:
    if models is not None and model_id not in models:
        raise fail(
            f"model {model_id!r} is not in the configuration (models: {', '.join(sorted(models))})"
        )


def _approve(
    model_id: str,
    account: str,
    config: Path | None,
    by: str | None,
    reason: str | None,
    approved: bool,
    officer: str | None = None,
) -> None:
    from exportgate.officers.registry import any_registered
    from exportgate.policy.model_controls import set_model_approval

    store, models = _open(config)
    _check_model(models, model_id)
    if store.get_account(account) is None:
        typer.echo(f"warning: account {account!r} is not in the store (yet)", err=True)
    if any_registered(store):  # four eyes: proposed here, applied by `changes approve`
        from exportgate.officers import changes, model_orders

        if officer is None:
            typer.echo(
                "error: officers are registered in this store: name yourself with --officer NAME",
                err=True,
            )
            raise typer.Exit(1)
        try:
            change = model_orders.propose_approval(
                store, model_id, account, approved, officer, reason or ""
            )
        except changes.ChangeError as exc:
            fail(str(exc), 1)
        typer.echo(
            f"change {change.id}: {changes.describe(change)} proposed by "
            f"{change.proposed_by}; awaiting approval by a different approver "
            f"(exportgate changes approve {change.id} --officer NAME)"
        )
        return
    set_model_approval(store, model_id, account, approved, by, reason)
    verb = "added to" if approved else "removed from"
    typer.echo(
        f"account {account} {verb} the approved list of {model_id} (audited; running "
        "gateways apply it within their switch refresh)"
    )


@models_app.command("approve")
def approve(
    model_id: str = typer.Argument(..., metavar="ID", help="The model id."),
    account: str = typer.Argument(..., metavar="ACCOUNT", help="The account id to approve."),
    config: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
    by: str | None = typer.Option(None, "--by", help="Who approves (kept in the audit log)."),
    reason: str | None = typer.Option(None, "--reason", help="Why, e.g. 'Annex A, 26 June'."),
    officer: str | None = typer.Option(
        None, "--officer", help="The officer proposing it (required where officers are registered)."
    ),
) -> None:
    """Add an account to a model's approved list (access: approved, and the exemption from the
    nationality rule under access: us_persons). Audited; where officers are registered, it is
    proposed and takes effect when a different approver approves it."""
    _approve(model_id, account, config, by, reason, True, officer)


@models_app.command("unapprove")
def unapprove(
    model_id: str = typer.Argument(..., metavar="ID", help="The model id."),
    account: str = typer.Argument(..., metavar="ACCOUNT", help="The account id to remove."),
    config: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
    by: str | None = typer.Option(None, "--by", help="Who removes it (kept in the audit log)."),
    reason: str | None = typer.Option(None, "--reason", help="Why (kept in the audit log)."),
    officer: str | None = typer.Option(
        None, "--officer", help="The officer proposing it (required where officers are registered)."
    ),
) -> None:
    """Remove an account from a model's approved list (also one the configuration lists).
    Audited; where officers are registered, proposed for a second officer's approval."""
    _approve(model_id, account, config, by, reason, False, officer)


@models_app.command("access")
def access(
    model_id: str = typer.Argument(..., metavar="ID", help="The model id."),
    value: str = typer.Argument(..., metavar="ACCESS", help="open, us_persons or approved."),
    config: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
    by: str | None = typer.Option(None, "--by", help="Who changes it (kept in the audit log)."),
    reason: str | None = typer.Option(None, "--reason", help="Why, e.g. the order's reference."),
) -> None:
    """Put a model under an access order (us_persons, approved) or lift it (open), overriding
    the configuration until changed again. Audited."""
    from exportgate.policy.model_controls import ControlError, set_model_access

    store, models = _open(config)
    _check_model(models, model_id)
    try:
        set_model_access(store, model_id, value, by, reason)
    except ControlError as exc:
        fail(str(exc))
    typer.echo(
        f"access to {model_id} is now {value} (audited; running gateways apply it "
        "within their switch refresh)"
    )


@models_app.command("status")
def status(
    config: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per model."),
) -> None:
    """Each model's access rule, approved list, pause and fallback: configuration plus the
    changes made since (pause, access, approve/unapprove)."""
    from exportgate.policy.model_controls import load_model_states
    from exportgate.records import ModelRef

    store, models = _open(config)
    states = load_model_states(store)
    ids = sorted(set(states) | set(models or {}))
    for model_id in ids:
        cfg = (models or {}).get(model_id)
        ref = cfg.ref() if cfg is not None else ModelRef(id=model_id, controlled=True)
        state = states.get(model_id)
        ref = state.apply(ref) if state is not None else ref
        approved_list = sorted(ref.approved_accounts)
        row = {
            "id": model_id,
            "access": ref.access,
            "paused": ref.paused,
            "approved_accounts": approved_list,
            "fallback": ref.fallback,
            "configured": cfg is not None,
        }
        if as_json:
            sys.stdout.write(json.dumps(row) + "\n")
        else:
            approved = ", ".join(approved_list) or "none"
            typer.echo(
                f"{model_id}: access {ref.access}, {'PAUSED' if ref.paused else 'not paused'}"
                f", approved: {approved}, fallback: {ref.fallback or 'none'}"
            )


@endusers_app.command("import")
def import_end_users(
    file: Path = typer.Argument(..., help="End users as JSON lines or a JSON array."),
    account: str = typer.Option(..., "--account", help="The organisation account id."),
    config: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
    replace: bool = typer.Option(
        False, "--replace", help="Make the file the whole list (end users not in it are removed)."
    ),
    by: str | None = typer.Option(None, "--by", help="Who imports (kept in the audit log)."),
) -> None:
    """Register end users on an organisation account (added or updated by id). Each entry:
    {"id", "name", "nationalities", "permanent_residence", "protected_individual",
    "citizenship_verified", "verified_at", "verification_method"}. Every change is audited. A
    bad entry names its field (e.g. end_users[1].nationalities[0]) and nothing is imported."""
    from exportgate.policy.end_users import import_end_users as run
    from exportgate.policy.end_users import read_end_users
    from exportgate.records import RecordError

    if not file.exists():
        fail(f"{file} does not exist")
    try:
        users = read_end_users(file)
    except RecordError as exc:
        fail(str(exc))
    store, _ = _open(config)
    try:
        report = run(store, account, users, replace=replace, by=by)
    except (ValueError, RecordError) as exc:
        fail(str(exc))
    typer.echo(report.summary())


@endusers_app.command("list")
def list_end_users(
    account: str = typer.Option(..., "--account", help="The organisation account id."),
    config: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per end user."),
) -> None:
    """The end users registered on an account."""
    from exportgate.records import to_json

    store, _ = _open(config)
    found = store.get_account(account)
    if found is None:
        fail(f"account {account!r} does not exist")
    for user in found.end_users:
        if as_json:
            sys.stdout.buffer.write(to_json(user) + b"\n")
            continue
        status = "verified" if user.citizenship_verified else "NOT verified"
        if user.is_us_person:
            kind = "US person"
        elif user.protected_individual:
            kind = "protected individual"
        else:
            kind = "not a US person"
        countries = (
            ", ".join(user.nationalities + [f"PR {c}" for c in user.permanent_residence]) or "none"
        )
        typer.echo(
            f"{user.id}\t{user.name}\t{countries}\t{kind}\tcitizenship {status}"
            f"{' (' + user.verification_method + ')' if user.verification_method else ''}"
        )


def register(app: typer.Typer) -> None:
    app.add_typer(models_app, name="models")
    app.add_typer(endusers_app, name="endusers")
