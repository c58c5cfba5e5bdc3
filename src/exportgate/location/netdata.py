"""Load the network lists into a :class:`RangeIndex`, through an on-disk cache.

The cache key is a SHA-256 over every list file's bytes, its meaning in the manifest and the index
format, so a newer list (``exportgate location load``) or a code change rebuilds the index and
nothing stale is ever read back. A cache folder that cannot be written only costs start-up time.
The index of the shipped lists is also shipped, built ahead (``data/network-index.msgpack.gz``;
``python -m exportgate.location.prebuild`` rewrites it), so even a first start reads it back.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from exportgate.config import environment
from exportgate.location.index import INDEX_FORMAT, RangeIndex, Source, reserved_sources
from exportgate.location.sources import (
    DataFile,
    DataSet,
    effective_datasets,
    parse_asns,
    parse_ranges,
    shipped_datasets,
    shipped_root,
)

CACHE_DIR_ENV = "EXPORTGATE_CACHE_DIR"
PREBUILT_INDEX = "network-index.msgpack.gz"


@dataclass(frozen=True)
class AsnEntry:
    category: str  # vpn | datacenter
    name: str
    label: str


@dataclass
class NetworkData:
    """The effective lists, their index, and where the index came from (``cache_path``: the cache
    file or the prebuilt shipped index it was read from or written to; None when built in memory)."""

    index: RangeIndex
    datasets: dict[str, DataSet]
    asns: dict[int, AsnEntry]
    cache_path: Path | None
    from_cache: bool


def default_cache_dir() -> Path:
    """``$EXPORTGATE_CACHE_DIR``, else ``$XDG_CACHE_HOME/exportgate`` (exportgate.config)."""
    return environment().location.cache_dir


def _range_files(datasets: dict[str, DataSet]) -> list[DataFile]:
    return [f for ds in datasets.values() for f in ds.files if f.format != "asn"]


def _digest(files: list[DataFile], blobs: list[bytes]) -> str:
    digest = hashlib.sha256(f"index-format-{INDEX_FORMAT}".encode())
    for data_file, blob in zip(files, blobs, strict=True):
        meaning = f"{data_file.dataset}/{data_file.path}|{data_file.format}|{data_file.category}|"
        meaning += f"{data_file.label}|{data_file.owner}"
        digest.update(meaning.encode())
        digest.update(hashlib.sha256(blob).digest())
    return digest.hexdigest()


def _entries(files: list[DataFile]) -> list[tuple[int, int, int, Source]]:
    entries = reserved_sources()
    for data_file in files:
        parsed = parse_ranges(data_file)
        fixed = Source(data_file.category, data_file.label, data_file.owner)
        for (version, first, last), name in zip(parsed.ranges, parsed.names, strict=True):
            source = fixed
            if name is not None:
                source = Source(data_file.category, f"{name}: {data_file.label}", name)
            entries.append((version, first, last, source))
    return entries


def build_index(datasets: dict[str, DataSet]) -> RangeIndex:
    """Parse every list and sweep it into an index (no cache): about a second of CPU."""
    return RangeIndex.build(_entries(_range_files(datasets)))


def _load_asns(datasets: dict[str, DataSet]) -> dict[int, AsnEntry]:
    asns: dict[int, AsnEntry] = {}
    for ds in datasets.values():
        for data_file in ds.files:
            if data_file.format != "asn":
                continue
            parsed, _ = parse_asns(data_file.lines())
            for number, name in parsed.items():
                known = asns.get(number)
                if known is None or known.category == "datacenter":
                    asns[number] = AsnEntry(data_file.category, name, data_file.label)
    return asns


def _write_atomically(path: Path, blob: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".idx")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(blob)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def prebuilt_index_path() -> Path:
    """The index of the shipped lists, built ahead and shipped gzip-compressed (~0.2 MB)."""
    return shipped_root().parent / PREBUILT_INDEX


def _read_prebuilt(key: str) -> RangeIndex | None:
    path = prebuilt_index_path()
    if not path.is_file():
        return None
    try:
        return RangeIndex.from_bytes(gzip.decompress(path.read_bytes()), key)
    except (OSError, EOFError):
        return None


def shipped_key() -> str:
    files = _range_files(shipped_datasets())
    return _digest(files, [f.read_bytes() for f in files])


def write_prebuilt_index() -> Path:
    """Rebuild the shipped prebuilt index from the shipped lists (after changing them)."""
    datasets = shipped_datasets()
    index = build_index(datasets)
    path = prebuilt_index_path()
    path.write_bytes(gzip.compress(index.to_bytes(shipped_key()), compresslevel=9, mtime=0))
    return path


def load_network_data(data_dir: Path | None, cache_dir: Path | None) -> NetworkData:
    """The effective lists (shipped, or newer operator copies) as an index, without rebuilding it
    when the cache folder or the prebuilt shipped index already holds it for exactly these lists."""
    datasets = effective_datasets(data_dir)
    files = _range_files(datasets)
    key = _digest(files, [f.read_bytes() for f in files])
    asns = _load_asns(datasets)
    cache_path = None if cache_dir is None else cache_dir / f"location-index-{key[:24]}.msgpack"
    if cache_path is not None and cache_path.is_file():
        index = RangeIndex.from_bytes(cache_path.read_bytes(), key)
        if index is not None:
            return NetworkData(index, datasets, asns, cache_path, True)
    index = _read_prebuilt(key)
    if index is not None:
        return NetworkData(index, datasets, asns, prebuilt_index_path(), True)
    index = build_index(datasets)
    if cache_path is not None:
        try:
            _write_atomically(cache_path, index.to_bytes(key))
        except OSError:
            cache_path = None
    return NetworkData(index, datasets, asns, cache_path, False)
