"""One writer for every evidence package exportgate hands to people outside it.

A package is a folder: ``report.html`` (for people), ``report.json`` (for machines), any extra
files, and ``manifest.json`` listing the SHA-256 and size of every other file, so a recipient
can check nothing was changed. Bypass reports, the periodic activity report and distillation
evidence packages all use :func:`write_package`.

    manifest = write_package(out_dir, "Title", [Section("Summary", ["..."])], payload,
                             extra_files={"chart.svg": svg_bytes})
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec

MANIFEST = "manifest.json"
GENERATOR = "exportgate.reports.package/1"


@dataclass(frozen=True, slots=True)
class Table:
    columns: Sequence[str]
    rows: Sequence[Sequence[Any]]


@dataclass(frozen=True, slots=True)
class Section:
    """One part of the HTML report: a heading, paragraphs, an optional table and SVG."""

    heading: str
    paragraphs: Sequence[str] = ()
    table: Table | None = None
    svg: str | None = None  # inline SVG markup (trusted: produced by exportgate)
    items: Sequence[str] = field(default_factory=tuple)


class ManifestEntry(msgspec.Struct, kw_only=True):
    path: str
    sha256: str
    bytes: int


class Manifest(msgspec.Struct, kw_only=True):
    title: str
    created: str
    generator: str
    files: list[ManifestEntry]


_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;"
    "color:#1a1a1a}table{border-collapse:collapse;margin:.5rem 0 1rem}td,th{border:1px solid "
    "#bbb;padding:.25rem .5rem;text-align:left;vertical-align:top;font-size:.9rem}th{background:"
    "#eee}h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:1.5rem}.meta{color:#555}"
)


def _cell(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value)
    return html.escape("" if value is None else str(value))


def render_html(title: str, sections: Sequence[Section], created: str) -> str:
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{html.escape(title)}</h1><p class='meta'>Generated {html.escape(created)} by "
        f"exportgate. The machine-readable version is report.json; manifest.json lists the "
        "SHA-256 of every file.</p>",
    ]
    for section in sections:
        parts.append(f"<h2>{html.escape(section.heading)}</h2>")
        parts.extend(f"<p>{html.escape(p)}</p>" for p in section.paragraphs)
        if section.items:
            parts.append(
                "<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in section.items) + "</ul>"
            )
        if section.svg:
            parts.append(section.svg)
        if section.table is not None:
            head = "".join(f"<th>{html.escape(c)}</th>" for c in section.table.columns)
            rows = "".join(
                "<tr>" + "".join(f"<td>{_cell(v)}</td>" for v in row) + "</tr>"
                for row in section.table.rows
            )
            parts.append(f"<table><tr>{head}</tr>{rows}</table>")
    parts.append("</body></html>")
    return "".join(parts)


def _digest(path: Path) -> tuple[str, int]:
    data = path.read_bytes()
    return hashlib.sha256(data).hexdigest(), len(data)


def write_package(
    out_dir: Path,
    title: str,
    sections: Sequence[Section],
    payload: Mapping[str, Any] | msgspec.Struct,
    extra_files: Mapping[str, bytes] | None = None,
    created: dt.datetime | None = None,
) -> Manifest:
    """Write ``report.html``, ``report.json``, the extra files and ``manifest.json``.

    ``extra_files`` maps a relative path (sub-folders allowed, no ``..``) to its bytes. Returns
    the manifest (also written to ``manifest.json``).
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = (created or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
    (out_dir / "report.html").write_text(render_html(title, sections, stamp), encoding="utf-8")
    body = msgspec.to_builtins(payload) if isinstance(payload, msgspec.Struct) else dict(payload)
    (out_dir / "report.json").write_text(
        json.dumps(
            {"title": title, "created": stamp, **body}, indent=1, ensure_ascii=False, default=str
        ),
        encoding="utf-8",
    )
    return write_files(out_dir, extra_files or {}, title, stamp)


def write_files(
    out_dir: Path, files: Mapping[str, bytes], title: str, created: str | None = None
) -> Manifest:
    """Write ``files`` (relative path -> bytes; sub-folders allowed, no ``..``) into ``out_dir``
    and ``manifest.json`` with the SHA-256 of every file in the folder. The one package writer:
    the bypass and activity reports and the distillation evidence packages all end here."""
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = created or dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    for name, data in files.items():
        target = (out_dir / name).resolve()
        if out_dir.resolve() not in target.parents:
            raise ValueError(f"file {name!r} would be written outside {out_dir}")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    entries = []
    top_manifest = out_dir / MANIFEST
    for path in sorted(p for p in out_dir.rglob("*") if p.is_file() and p != top_manifest):
        sha, size = _digest(path)
        entries.append(
            ManifestEntry(path=path.relative_to(out_dir).as_posix(), sha256=sha, bytes=size)
        )
    manifest = Manifest(title=title, created=stamp, generator=GENERATOR, files=entries)
    (out_dir / MANIFEST).write_bytes(msgspec.json.format(msgspec.json.encode(manifest)))
    return manifest


def verify_package(out_dir: Path) -> list[str]:
    """Problems found checking a package against its manifest (empty when intact)."""
    manifest = msgspec.json.decode((out_dir / MANIFEST).read_bytes(), type=Manifest)
    problems = []
    for entry in manifest.files:
        path = out_dir / entry.path
        if not path.is_file():
            problems.append(f"{entry.path}: missing")
        elif _digest(path)[0] != entry.sha256:
            problems.append(f"{entry.path}: SHA-256 differs from the manifest")
    return problems


def bar_chart_svg(title: str, bars: Sequence[tuple[str, float]], width: int = 560) -> str:
    """A small horizontal bar chart as inline SVG (no external assets)."""
    row = 22
    height = 30 + row * max(1, len(bars))
    top = max((v for _, v in bars), default=0) or 1
    parts = [
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' "
        f"role='img' aria-label='{html.escape(title)}'>",
        f"<text x='4' y='16' font-size='13' font-weight='bold'>{html.escape(title)}</text>",
    ]
    for i, (label, value) in enumerate(bars):
        y = 26 + i * row
        length = int((width - 240) * value / top)
        parts.append(
            f"<text x='4' y='{y + 14}' font-size='12'>{html.escape(label[:28])}</text>"
            f"<rect x='200' y='{y + 3}' width='{length}' height='14' fill='#4a6fa5'/>"
            f"<text x='{204 + length}' y='{y + 14}' font-size='12'>{value:g}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)
