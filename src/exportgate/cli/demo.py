"""``exportgate demo``: run the product on its embedded defaults (exportgate/demo.py)."""

from __future__ import annotations

from pathlib import Path

import typer

from exportgate.demo import DEMO_DIR, run_demo


def demo(
    workdir: Path = typer.Option(
        DEMO_DIR,
        "--workdir",
        help="Where the demo keeps its store, spool and report (recreated on each run).",
    ),
    upstream: str = typer.Option(
        "auto", "--upstream", help="auto, local (the embedded model) or standin."
    ),
    max_tokens: int = typer.Option(24, "--max-tokens", help="Tokens per answer."),
) -> None:
    """Run exportgate on embedded defaults: accounts, lists, location data, a local upstream and
    the gateway, with realistic traffic over HTTP; prints a summary and writes an HTML report."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console()
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task("starting", total=None)

        def show(text: str) -> None:
            bar.update(task, description=text)
            if not console.is_terminal:  # no spinner in a pipe or a CI log: one line per step
                typer.echo(f"... {text}", err=True)

        result = run_demo(workdir, upstream, max_tokens, progress=show)
    from exportgate.demo_story.terminal import print_summary

    print_summary(
        result, lambda line: console.print(line, markup=False, highlight=False, soft_wrap=True)
    )
    bad = [o for o in result["outcomes"] if not o.as_expected]
    drill_bad = sum(1 for step in result["drill"] for o in step.outcomes if not o.as_expected)
    if bad or drill_bad or not result["audit_ok"]:
        console.print(
            f"[red]{len(bad) + drill_bad} request(s) did not get the expected decision[/red]"
        )
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)
