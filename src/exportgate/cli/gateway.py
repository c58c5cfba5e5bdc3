"""``exportgate serve``, ``exportgate accounts import`` and ``exportgate usage export``."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import typer

from exportgate.cli.common import CONFIG_HELP, fail, open_configured_store

accounts_app = typer.Typer(help="Customer accounts and their API keys.", no_args_is_help=True)
usage_app = typer.Typer(help="Usage records the gateway wrote.", no_args_is_help=True)


def serve(
    config: Path = typer.Option(..., "--config", help="Gateway configuration (YAML)."),
    host: str | None = typer.Option(None, "--host", help="Override listen.host."),
    port: int | None = typer.Option(None, "--port", help="Override listen.port."),
    log_level: str = typer.Option("info", "--log-level", help="uvicorn log level."),
    workers: int = typer.Option(
        1,
        "--workers",
        min=1,
        help="Gateway processes on this host (SO_REUSEPORT), sharing the store and Redis; "
        "one journal writer for all of them.",
    ),
) -> None:
    """Run the gateway: OpenAI and Anthropic endpoints with a policy decision on every request."""
    from exportgate.config import ConfigError, load_config

    try:
        cfg = load_config(config)
    except ConfigError as exc:
        fail(str(exc))
    if workers > 1:
        from exportgate.workers import serve_workers

        serve_workers(config, workers, host=host, port=port, log_level=log_level)
        return
    if host is not None:
        cfg.listen.host = host
    if port is not None:
        cfg.listen.port = port
    from exportgate.gateway.snapshot import StoreUnavailableAtStart
    from exportgate.server import serve as run

    typer.echo(
        f"exportgate gateway on http://{cfg.listen.host}:{cfg.listen.port} "
        f"(store {cfg.store}, {len(cfg.models)} models)",
        err=True,
    )
    try:
        run(cfg, log_level=log_level)
    except StoreUnavailableAtStart as exc:
        fail(f"not starting: {exc}")


@accounts_app.command("import")
def import_accounts(
    file: Path = typer.Argument(..., help="Accounts as JSON lines (DESIGN.md)."),
    config: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
) -> None:
    """Create or update accounts and their API keys (stored only as hashes), screen each account,
    alias and owner against the shipped restricted-party lists, store the screening status and
    put hits and possible hits in the compliance review queue. A bad line is reported with its
    line number, record id and field; the other lines are still imported."""
    from exportgate.accounts.importer import import_accounts as run

    if not file.exists():
        fail(f"{file} does not exist")
    store = open_configured_store(config)
    report = run(store, file)
    for problem in report.errors:
        typer.echo(f"error: {problem}", err=True)
    typer.echo(report.summary())
    if report.errors:
        raise typer.Exit(1)


def _parse_since(text: str | None) -> dt.datetime | None:
    if text is None:
        return None
    try:
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        fail(f"--since {text!r} is not an ISO 8601 time (e.g. 2026-11-27T10:00:00Z)")
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


@usage_app.command("export")
def export_usage(
    config: Path | None = typer.Option(None, "--config", help=CONFIG_HELP),
    since: str | None = typer.Option(
        None, "--since", help="Only records at or after this ISO 8601 time."
    ),
) -> None:
    """Write usage records as JSON lines on stdout, oldest first. Records still spooled on this
    machine's disk (the store was down) are replayed into the store first."""
    from exportgate.records import to_json

    store = open_configured_store(config)
    if config is not None:
        _replay_spool(store, config)
    out = sys.stdout.buffer
    for record in store.iter_usage(_parse_since(since)):
        out.write(to_json(record) + b"\n")


def _replay_spool(store: object, config: Path) -> None:
    from exportgate.config import ConfigError, load_config
    from exportgate.gateway.auditsink import default_audit_writer
    from exportgate.gateway.recorder import RecordWriter

    try:
        cfg = load_config(config)
    except ConfigError as exc:
        fail(str(exc))
    spool = Path(cfg.usage.spool_dir)
    if not spool.exists() or not any(spool.glob("*-*.jsonl*")):
        return
    writer = RecordWriter(store, default_audit_writer(store), spool)  # type: ignore[arg-type]
    try:
        if not writer.replay():
            typer.echo(
                f"warning: records spooled in {spool} could not be replayed; the export lacks them",
                err=True,
            )
        else:
            typer.echo(
                f"replayed {sum(writer.replayed.values())} spooled records from {spool}", err=True
            )
    finally:
        writer.close()


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.add_typer(accounts_app, name="accounts")
    app.add_typer(usage_app, name="usage")
