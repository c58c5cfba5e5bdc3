"""``exportgate location load PATH``: take newer copies of the network lists, checked, in one step.

PATH is a folder laid out like the shipped data (``<dataset>/<path in its repository>``, e.g. a
copy of ``shared/data/network``), a checkout of one origin repository (``<path in repository>``),
or a single list file whose path ends like a known one (``.../output/vpn/ipv4.txt``). Files may
be plain or ``.gz``. Each file is parsed before anything is written: a file with no ranges, more
than 1 % unreadable lines, less than half the entries of the list it replaces, or an older date is
refused (``force`` overrides the last two). Accepted files go to the operator data folder with
their date, and the index is rebuilt so the next start-up reads it from the cache.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from exportgate.location.sources import (
    MANIFEST,
    DataFile,
    DataSet,
    effective_datasets,
    parse_asns,
    parse_ranges,
)

MAX_BAD_FRACTION = 0.01
MIN_KEPT_FRACTION = 0.5


@dataclass
class FileOutcome:
    key: str  # "<dataset>/<path>"
    source: str
    accepted: bool
    entries: int
    message: str


@dataclass
class LoadReport:
    outcomes: list[FileOutcome] = field(default_factory=list)

    @property
    def accepted(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.accepted]

    @property
    def refused(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if not o.accepted]


def _read_text_lines(path: Path) -> list[str]:
    blob = path.read_bytes()
    if blob[:2] == b"\x1f\x8b":
        blob = gzip.decompress(blob)
    return blob.decode("utf-8", errors="replace").splitlines()


def _candidates(root: Path, data_file: DataFile) -> list[Path]:
    if root.is_file():
        plain = str(root).removesuffix(".gz")
        return [root] if plain.endswith(f"/{data_file.path}") or plain == data_file.path else []
    names = (f"{data_file.dataset}/{data_file.path}", data_file.path)
    return [root / f"{name}{gz}" for name in names for gz in ("", ".gz")]


def _find(root: Path, data_file: DataFile) -> Path | None:
    return next((p for p in _candidates(root, data_file) if p.is_file()), None)


def _entry_count(data_file: DataFile, lines: list[str]) -> tuple[int, list[tuple[int, str]], int]:
    """(entries read, bad lines, lines looked at) for one file's text."""
    if data_file.format == "asn":
        asns, bad = parse_asns(lines)
        return len(asns), bad, len(asns) + len(bad)
    parsed = parse_ranges(data_file, lines)
    return len(parsed.ranges), parsed.bad_lines, len(parsed.ranges) + len(parsed.bad_lines)


def _check(
    data_file: DataFile, lines: list[str], date: dt.date, force: bool
) -> tuple[bool, int, str]:
    entries, bad, seen = _entry_count(data_file, lines)
    if entries == 0:
        return False, 0, "no entries could be read: refused"
    if len(bad) > MAX_BAD_FRACTION * seen:
        sample = "; ".join(f"line {n}: {text[:40]!r}" for n, text in bad[:3])
        return False, entries, f"{len(bad)} of {seen} lines unreadable ({sample}): refused"
    current, _, _ = _entry_count(data_file, data_file.lines())
    if date < data_file.date and not force:
        return (
            False,
            entries,
            (
                f"dated {date.isoformat()}, older than the {data_file.date.isoformat()} data in use: "
                "refused (use --force to load it anyway)"
            ),
        )
    if entries < MIN_KEPT_FRACTION * current and not force:
        return (
            False,
            entries,
            (
                f"{entries} entries where the data in use has {current}: looks truncated, refused "
                "(use --force to load it anyway)"
            ),
        )
    note = f"{entries} entries (was {current}), dated {date.isoformat()}"
    if bad:
        note += f", {len(bad)} unreadable line(s) skipped"
    return True, entries, note


def _write_manifest(
    data_dir: Path, accepted: list[tuple[DataSet, DataFile, dt.date, str]], forced: bool
) -> None:
    path = data_dir / MANIFEST
    manifest: dict[str, Any] = (
        json.loads(path.read_text("utf-8")) if path.is_file() else {"format": 1, "datasets": {}}
    )
    for dataset, data_file, date, origin_note in accepted:
        spec = manifest["datasets"].setdefault(
            dataset.id, {"origin": dataset.origin, "licence": dataset.licence, "files": []}
        )
        spec["files"] = [f for f in spec["files"] if f["path"] != data_file.path]
        entry: dict[str, Any] = {
            "path": data_file.path,
            "date": date.isoformat(),
            "format": data_file.format,
            "category": data_file.category,
            "label": data_file.label,
            "origin_note": origin_note,
        }
        if forced:
            entry["forced"] = True
        if data_file.owner:
            entry["owner"] = data_file.owner
        spec["files"].append(entry)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(manifest, indent=1), "utf-8")
    tmp.replace(path)


def load_lists(
    source: Path,
    data_dir: Path,
    date: dt.date | None = None,
    force: bool = False,
    today: dt.date | None = None,
) -> LoadReport:
    """Check and install every known list file found under ``source``; see the module doc.

    ``date`` is the data date of the new files; without it each file's modification date is used
    (for a fresh download, the day it was fetched).
    """
    if not source.exists():
        raise FileNotFoundError(f"{source}: no such file or folder")
    today = today or dt.datetime.now(dt.UTC).date()
    report = LoadReport()
    accepted: list[tuple[DataSet, DataFile, dt.date, str]] = []
    for dataset in effective_datasets(data_dir).values():
        for data_file in dataset.files:
            found = _find(source, data_file)
            if found is None:
                continue
            key = f"{dataset.id}/{data_file.path}"
            file_date = date or dt.datetime.fromtimestamp(found.stat().st_mtime, dt.UTC).date()
            try:
                lines = _read_text_lines(found)
            except (OSError, EOFError, gzip.BadGzipFile) as exc:
                report.outcomes.append(FileOutcome(key, str(found), False, 0, f"unreadable: {exc}"))
                continue
            ok, entries, message = _check(data_file, lines, file_date, force)
            report.outcomes.append(FileOutcome(key, str(found), ok, entries, message))
            if not ok:
                continue
            target = data_dir / dataset.id / f"{data_file.path}.gz"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(gzip.compress("\n".join(lines).encode("utf-8") + b"\n", mtime=0))
            accepted.append((dataset, data_file, file_date, f"loaded from {found} on {today}"))
    if accepted:
        _write_manifest(data_dir, accepted, force)
    return report
