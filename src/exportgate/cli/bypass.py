"""``exportgate bypass``: classify prompts and scan usage for bypass attempts."""

from __future__ import annotations

from pathlib import Path

import typer

bypass_app = typer.Typer(
    help="Safeguard-bypass (jailbreak) detection: prompts, conversations and accounts.",
    no_args_is_help=True,
)


@bypass_app.command("classify")
def classify_command(
    file: Path = typer.Argument(
        ...,
        help="Prompts as JSON lines: {id, messages} or {id, prompt}.",
        exists=True,
        dir_okay=False,
    ),
    out: Path | None = typer.Option(None, "--out", help="Write results here (default: stdout)."),
    config: Path | None = typer.Option(
        None, "--config", help="YAML with threshold and weights.", exists=True, dir_okay=False
    ),
) -> None:
    """Score each prompt or conversation: {id, score, flagged, band, families, reasons}.

    A bad line is reported on stderr with its line and field; the batch goes on and exits 1 at
    the end if any line was bad.
    """
    import json
    import sys

    import msgspec

    from exportgate.bypass.batch import BadLine, classify_lines
    from exportgate.bypass.config import load_config, load_judge_config
    from exportgate.bypass.detector import Detector

    detector = Detector(load_config(config))
    judge = load_judge_config(config)
    bad = flagged = total = 0
    sink = out.open("wb") if out is not None else sys.stdout.buffer
    try:
        with file.open("rb") as fh:
            for item in classify_lines(fh, detector, judge):
                if isinstance(item, BadLine):
                    bad += 1
                    typer.echo(json.dumps(item.to_dict(), ensure_ascii=False), err=True)
                    continue
                total += 1
                flagged += int(item.flagged)
                sink.write(msgspec.json.encode(item) + b"\n")
    finally:
        if out is not None:
            sink.close()
    typer.echo(f"{total} prompts: {flagged} flagged, {bad} bad lines", err=True)
    if bad:
        raise typer.Exit(1)


@bypass_app.command("scan")
def scan_command(
    usage: Path = typer.Argument(
        ..., help="Usage records as JSON lines (usage export).", exists=True, dir_okay=False
    ),
    out: Path = typer.Option(..., "--out", help="One JSON line per account."),
    config: Path | None = typer.Option(
        None, "--config", help="YAML with threshold and weights.", exists=True, dir_okay=False
    ),
) -> None:
    """Score every account: {account_id, score, flagged, attempts, families, reasons}."""
    import json

    import msgspec

    from exportgate.bypass.batch import scan_lines
    from exportgate.bypass.config import load_account_config, load_config
    from exportgate.bypass.detector import Detector

    with usage.open("rb") as fh:
        result = scan_lines(fh, Detector(load_config(config)), load_account_config(config))
    with out.open("wb") as sink:
        for report in result.accounts:
            sink.write(msgspec.json.encode(report) + b"\n")
    for error in result.errors:
        typer.echo(json.dumps(error.to_dict(), ensure_ascii=False), err=True)
    flagged = sum(1 for a in result.accounts if a.flagged)
    typer.echo(
        f"{result.records} records, {len(result.accounts)} accounts: {flagged} flagged, "
        f"{len(result.errors)} bad lines",
        err=True,
    )
    if result.errors:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.add_typer(bypass_app, name="bypass")
