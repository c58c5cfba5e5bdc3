"""``exportgate localmodel ...``: serve the embedded model OpenAI-style."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from exportgate.cli.common import fail

localmodel_app = typer.Typer(
    help="The embedded default upstream model (SmolLM2-135M-Instruct).", no_args_is_help=True
)


@localmodel_app.command("serve")
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 9010,
    watermark: Annotated[
        str,
        typer.Option(
            "--watermark",
            help="obligation (only when x-exportgate-obligations asks), always, or never.",
        ),
    ] = "obligation",
    threads: Annotated[
        int | None, typer.Option("--threads", help="CPU threads for the model (default: up to 4).")
    ] = None,
    config: Annotated[
        Path | None, typer.Option("--config", help="YAML file with a 'watermark:' section.")
    ] = None,
) -> None:
    """Serve /v1/chat/completions (stream or not), /v1/completions and /v1/models."""
    import uvicorn

    from exportgate.localmodel.engine import LocalModel, ModelUnavailable
    from exportgate.localmodel.server import LocalModelApp, ServerSettings
    from exportgate.watermark.settings import SettingsError, load_settings

    if watermark not in ("obligation", "always", "never"):
        fail("--watermark must be obligation, always or never")
    try:
        keyring, params = load_settings(config)
        model = LocalModel(threads=threads)
    except (ModelUnavailable, SettingsError) as exc:
        fail(str(exc))
    if keyring.uses_demo_key and watermark != "never":
        typer.echo(
            "warning: watermarking with the public demo key; set EXPORTGATE_WATERMARK_KEYS",
            err=True,
        )
    typer.echo(
        f"loaded {model.path.name} in {model.load_seconds:.2f} s ({model.backend}, {model.threads} threads); "
        f"serving http://{host}:{port}/v1",
        err=True,
    )
    app = LocalModelApp(model, ServerSettings(keyring, params, watermark))  # type: ignore[arg-type]
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    app.add_typer(localmodel_app, name="localmodel")
