"""The network range lists: which files exist, what each one means, and how to read them.

``data/network/manifest.json`` (shipped) names every data set with its origin repository, commit,
licence and, per file, the data date, the format, the category it proves (``tor``, ``vpn``,
``datacenter``, or ``owner`` for a list that only names hosting providers) and a label in words.
An operator data folder (``exportgate location load``) holds newer copies of some of these files
with its own ``manifest.json``; a file there replaces the shipped one when its date is not older.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from exportgate.config import environment
from exportgate.location.addresses import parse_network

Category = Literal["tor", "vpn", "datacenter", "owner"]
Format = Literal["cidr", "onionoo-csv", "ipcat-csv", "asn"]

MANIFEST = "manifest.json"
DATA_DIR_ENV = "EXPORTGATE_LOCATION_DATA"
LOADED_BY_OPERATOR = "loaded"


@dataclass(frozen=True)
class DataFile:
    """One list file of a data set; ``root`` is the folder holding ``<dataset>/<path>.gz``."""

    dataset: str
    path: str
    date: dt.date
    format: Format
    category: Category
    label: str
    owner: str | None
    root: Path
    origin_note: str = ""
    forced: bool = False  # loaded with --force: used even when older than the shipped copy

    @property
    def location(self) -> Path:
        return self.root / self.dataset / f"{self.path}.gz"

    def read_bytes(self) -> bytes:
        """The file's stored (gzip) bytes; used for the index digest."""
        return self.location.read_bytes()

    def lines(self) -> list[str]:
        return gzip.decompress(self.read_bytes()).decode("utf-8", errors="replace").splitlines()


@dataclass(frozen=True)
class DataSet:
    id: str
    origin: str
    commit: str | None
    licence: str
    files: tuple[DataFile, ...]
    loaded: bool = False

    @property
    def date(self) -> dt.date:
        return max(f.date for f in self.files)

    @property
    def version(self) -> str:
        """Newest data date, then where it came from (origin@commit, or 'loaded')."""
        if self.loaded or not self.commit:
            return f"{self.date.isoformat()} {self.origin} ({LOADED_BY_OPERATOR})"
        return f"{self.date.isoformat()} {self.origin}@{self.commit[:7]}"


@dataclass
class ParsedRanges:
    """Ranges read from one file: (version, first, last) inclusive, plus lines that failed."""

    ranges: list[tuple[int, int, int]] = field(default_factory=list)
    names: list[str | None] = field(default_factory=list)
    bad_lines: list[tuple[int, str]] = field(default_factory=list)


def shipped_root() -> Path:
    return Path(str(resources.files("exportgate.location").joinpath("data", "network")))


def default_data_dir() -> Path:
    """The operator data folder: ``$EXPORTGATE_LOCATION_DATA`` or ``~/.local/share/exportgate``."""
    return environment().location.data_dir


def _read_manifest(root: Path) -> dict[str, Any]:
    path = root / MANIFEST
    if not path.is_file():
        return {"format": 1, "datasets": {}}
    manifest: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return manifest


def _files_of(dataset_id: str, spec: dict[str, Any], root: Path) -> list[DataFile]:
    return [
        DataFile(
            dataset=dataset_id,
            path=f["path"],
            date=dt.date.fromisoformat(f["date"]),
            format=f["format"],
            category=f["category"],
            label=f["label"],
            owner=f.get("owner"),
            root=root,
            origin_note=f.get("origin_note", ""),
            forced=bool(f.get("forced", False)),
        )
        for f in spec["files"]
    ]


def shipped_datasets() -> dict[str, DataSet]:
    root = shipped_root()
    return {
        ds_id: DataSet(
            id=ds_id,
            origin=spec["origin"],
            commit=spec.get("commit"),
            licence=spec["licence"],
            files=tuple(_files_of(ds_id, spec, root)),
        )
        for ds_id, spec in _read_manifest(root)["datasets"].items()
    }


def effective_datasets(data_dir: Path | None) -> dict[str, DataSet]:
    """Shipped data sets, with each file replaced by the operator's copy when that is not older."""
    datasets = shipped_datasets()
    if data_dir is None:
        return datasets
    loaded = _read_manifest(data_dir)["datasets"]
    for ds_id, spec in loaded.items():
        base = datasets.get(ds_id)
        if base is None:
            continue
        newer = {f.path: f for f in _files_of(ds_id, spec, data_dir) if f.location.is_file()}
        files = []
        replaced = False
        for shipped in base.files:
            candidate = newer.get(shipped.path)
            if candidate is not None and (candidate.date >= shipped.date or candidate.forced):
                files.append(
                    replace(
                        shipped,
                        date=candidate.date,
                        root=data_dir,
                        origin_note=candidate.origin_note,
                    )
                )
                replaced = True
            else:
                files.append(shipped)
        if replaced:
            datasets[ds_id] = replace(base, files=tuple(files), loaded=True)
    return datasets


def _cidr_entries(lines: list[str]) -> Iterator[tuple[int, str, str | None]]:
    for number, line in enumerate(lines, start=1):
        text = line.split("#", 1)[0].strip()
        if text:
            yield number, text, None


def _onionoo_entries(lines: list[str]) -> Iterator[tuple[int, str, str | None]]:
    for number, line in enumerate(lines, start=1):
        parts = [p.strip() for p in line.split(",")]
        if number == 1 and parts and parts[0].lower() == "fingerprint":
            continue
        if len(parts) >= 2 and parts[1]:
            yield number, parts[1].strip("[]"), None
        elif line.strip():
            yield number, line.strip(), None


def _ipcat_entries(lines: list[str]) -> Iterator[tuple[int, str, str | None]]:
    for number, line in enumerate(lines, start=1):
        parts = line.split(",")
        if len(parts) >= 3:
            yield number, f"{parts[0].strip()}-{parts[1].strip()}", parts[2].strip() or None
        elif line.strip():
            yield number, line.strip(), None


_ENTRY_READERS = {
    "cidr": _cidr_entries,
    "onionoo-csv": _onionoo_entries,
    "ipcat-csv": _ipcat_entries,
}


def _parse_entry(text: str) -> tuple[int, int, int]:
    if "-" in text and "/" not in text:
        low, _, high = text.partition("-")
        v_low, first, _ = parse_network(low.strip())
        v_high, _, last = parse_network(high.strip())
        if v_low != v_high or last < first:
            raise ValueError("range ends disagree")
        return v_low, first, last
    return parse_network(text)


def parse_ranges(data_file: DataFile, lines: list[str] | None = None) -> ParsedRanges:
    """Read every range of a list file; a line that does not parse is kept in ``bad_lines``."""
    reader = _ENTRY_READERS[data_file.format]
    parsed = ParsedRanges()
    for number, text, name in reader(data_file.lines() if lines is None else lines):
        try:
            parsed.ranges.append(_parse_entry(text))
        except (OSError, ValueError):
            parsed.bad_lines.append((number, text))
            continue
        parsed.names.append(name)
    return parsed


def parse_asns(lines: list[str]) -> tuple[dict[int, str], list[tuple[int, str]]]:
    """``AS9009 # M247, GB`` lines -> {9009: "M247, GB"} and the lines that failed."""
    asns: dict[int, str] = {}
    bad: list[tuple[int, str]] = []
    for number, line in enumerate(lines, start=1):
        head, _, comment = line.partition("#")
        token = head.strip().upper().removeprefix("AS")
        if not token:
            continue
        if token.isdigit():
            asns[int(token)] = comment.strip()
        else:
            bad.append((number, line.strip()))
    return asns, bad
