"""``exportgate watermark ...``: generate watermarked text, detect it, report on a suspect model."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from exportgate.cli.common import fail

watermark_app = typer.Typer(
    help="Keyed output watermark: generate with the embedded model, detect, and build evidence.",
    no_args_is_help=True,
)

ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config", help="YAML file with a 'watermark:' section (keys, scheme, gamma, delta)."
    ),
]


@watermark_app.command("generate")
def generate(
    prompt: Annotated[str, typer.Option("--prompt", help="The user message to answer.")],
    max_tokens: Annotated[int, typer.Option("--max-tokens", help="Most tokens to generate.")] = 200,
    as_json: Annotated[
        bool, typer.Option("--json", help='Print {"text", "tokens", "key_id"}.')
    ] = False,
    seed: Annotated[
        int | None, typer.Option("--seed", help="Sampling seed (repeatable output).")
    ] = None,
    temperature: Annotated[
        float, typer.Option("--temperature", help="Sampling temperature.")
    ] = 1.0,
    config: ConfigOption = None,
) -> None:
    """Generate a watermarked answer with the embedded SmolLM2 model and the active key."""
    from exportgate.localmodel.chat import render_chat
    from exportgate.localmodel.engine import LocalModel, ModelUnavailable
    from exportgate.localmodel.sampling import SamplingParams
    from exportgate.watermark.processor import make_processor
    from exportgate.watermark.settings import SettingsError, load_settings

    try:
        keyring, params = load_settings(config)
        model = LocalModel()
        sampling = SamplingParams(temperature=temperature, max_tokens=max_tokens, seed=seed)
    except (ModelUnavailable, SettingsError, ValueError) as exc:
        fail(str(exc))
        return
    if keyring.uses_demo_key:
        typer.echo(
            "warning: using the public demo key; set EXPORTGATE_WATERMARK_KEYS in production",
            err=True,
        )
    processor = make_processor(keyring.active, params, temperature)
    prompt_tokens = model.tokenize(render_chat([{"role": "user", "content": prompt}]))
    steps = list(model.generate(prompt_tokens, sampling, processor))
    tokens = [s.token for s in steps if s.token >= 0]
    text = "".join(s.text for s in steps)
    if as_json:
        typer.echo(
            json.dumps(
                {"text": text, "tokens": tokens, "key_id": keyring.active_id}, ensure_ascii=False
            )
        )
    else:
        typer.echo(text)


def _tokens_of(sample: object) -> list[int]:
    from exportgate.watermark.inputs import Sample
    from exportgate.watermark.tokenizer import default_tokenizer

    assert isinstance(sample, Sample)
    if sample.tokens is not None:
        return list(sample.tokens)
    return default_tokenizer().encode(sample.text or "")


@watermark_app.command("detect")
def detect(
    file: Annotated[
        Path,
        typer.Argument(help="Text file, or the JSON written by 'generate --json' ('-' = stdin)."),
    ],
    as_json: Annotated[
        bool,
        typer.Option("--json", help='Print {"z", "p_value", "tokens_scored", "watermarked", ...}.'),
    ] = False,
    config: ConfigOption = None,
) -> None:
    """Test one text for our watermark: exact p-value over its distinct n-grams, every key tried."""
    from exportgate.watermark.detect import detect_tokens
    from exportgate.watermark.inputs import read_single
    from exportgate.watermark.settings import SettingsError, load_settings

    try:
        keyring, params = load_settings(config)
        sample = read_single(file)
    except (SettingsError, ValueError, OSError) as exc:
        fail(f"{file}: {exc}" if isinstance(exc, OSError) else str(exc))
        return
    result = detect_tokens(_tokens_of(sample), keyring, params)
    if as_json:
        typer.echo(json.dumps(result.to_contract()))
    else:
        verdict = "WATERMARKED" if result.watermarked else "not watermarked"
        typer.echo(
            f"{verdict}: z = {result.z:.2f}, p = {result.p_value:.3g}, "
            f"{result.tokens_scored} tokens scored, key {result.key_id}"
        )
        typer.echo(result.explanation)


@watermark_app.command("report")
def report(
    files: Annotated[
        list[Path],
        typer.Argument(help="Outputs of the suspect model: text files and/or .jsonl files."),
    ],
    model_name: Annotated[
        str, typer.Option("--model-name", help="How to name the suspect model in the report.")
    ] = "the suspect model",
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the report as one JSON object.")
    ] = False,
    config: ConfigOption = None,
) -> None:
    """Suspect-model report: one p-value over many outputs, n-grams de-duplicated across them."""
    from exportgate.watermark.inputs import iter_samples
    from exportgate.watermark.report import suspect_report
    from exportgate.watermark.settings import SettingsError, load_settings

    try:
        keyring, params = load_settings(config)
    except SettingsError as exc:
        fail(str(exc))
        return
    errors: list[str] = []
    token_lists: list[list[int]] = []
    for path in files:
        try:
            token_lists.extend(_tokens_of(s) for s in iter_samples(path, errors))
        except OSError as exc:
            errors.append(f"{path}: cannot read ({exc.strerror})")
    result = suspect_report(token_lists, keyring, params, errors, model_name)
    if as_json:
        typer.echo(json.dumps(result.to_dict()))
    else:
        d = result.detection
        typer.echo(
            f"outputs read: {result.outputs_read}, scored: {result.outputs_scored}, "
            f"distinct n-grams: {d.tokens_scored}, green: {d.green}/{d.trials}, "
            f"p = {d.p_value:.3g}, key {d.key_id}"
        )
        typer.echo(d.explanation)
        typer.echo(result.conclusion)
        for error in errors:
            typer.echo(f"skipped: {error}", err=True)
    if not token_lists:
        sys.exit(1)


def register(app: typer.Typer) -> None:
    app.add_typer(watermark_app, name="watermark")
