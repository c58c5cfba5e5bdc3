"""Reading texts to score: files of text, generate --json output, or JSON lines.

Each JSON line may be a string, or an object holding the text under ``text``, ``content``,
``output``, ``completion``, an OpenAI ``choices[0].message.content`` / ``choices[0].text``, or
token ids under ``tokens``. Lines that hold none of these are reported (file and line) and
skipped; the rest of the batch goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TEXT_FIELDS = ("text", "content", "output", "completion", "response")


@dataclass(frozen=True)
class Sample:
    """One text to score: where it came from, and its token ids if they were given."""

    source: str
    text: str | None
    tokens: tuple[int, ...] | None


class InputError(ValueError):
    """A record that holds no text; names the file and line."""


def sample_from_json(value: Any, source: str) -> Sample:
    if isinstance(value, str):
        return Sample(source, value, None)
    if isinstance(value, dict):
        tokens = value.get("tokens")
        if (
            isinstance(tokens, list)
            and tokens
            and all(isinstance(t, int) and not isinstance(t, bool) for t in tokens)
        ):
            return Sample(
                source,
                value.get("text") if isinstance(value.get("text"), str) else None,
                tuple(tokens),
            )
        for name in TEXT_FIELDS:
            if isinstance(value.get(name), str):
                return Sample(source, value[name], None)
        choices = value.get("choices")
        if isinstance(choices, list) and choices and isinstance(choices[0], dict):
            first = choices[0]
            message = first.get("message")
            if isinstance(message, dict) and isinstance(message.get("content"), str):
                return Sample(source, message["content"], None)
            if isinstance(first.get("text"), str):
                return Sample(source, first["text"], None)
    raise InputError(
        f"{source}: no text found (expected a string or one of the fields {', '.join(TEXT_FIELDS)}, tokens, choices)"
    )


def read_single(path: Path) -> Sample:
    """One file holding one text: plain text, or a JSON object (``watermark generate --json``)."""
    raw = path.read_text(encoding="utf-8") if str(path) != "-" else __import__("sys").stdin.read()
    stripped = raw.strip()
    if stripped.startswith("{"):
        try:
            return sample_from_json(json.loads(stripped), str(path))
        except json.JSONDecodeError:
            pass
    return Sample(str(path), raw, None)


def iter_samples(path: Path, errors: list[str]) -> Iterator[Sample]:
    """Samples of one input file: JSON lines (``.jsonl``/``.ndjson``) one per line, else one."""
    if path.suffix.lower() not in (".jsonl", ".ndjson"):
        yield read_single(path)
        return
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            source = f"{path}:{number}"
            try:
                yield sample_from_json(json.loads(line), source)
            except json.JSONDecodeError as exc:
                errors.append(f"{source}: invalid JSON ({exc.msg})")
            except InputError as exc:
                errors.append(str(exc))
