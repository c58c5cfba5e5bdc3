"""The on-disk index cache and configuration entry points."""

from __future__ import annotations

import datetime as dt
import gzip
from pathlib import Path

import pytest

from exportgate.location import locator_from_config
from exportgate.location.index import RangeIndex
from exportgate.location.loader import load_lists
from exportgate.location.netdata import (
    build_index,
    load_network_data,
    prebuilt_index_path,
    shipped_key,
)
from exportgate.location.sources import shipped_datasets, shipped_root


@pytest.fixture(scope="module")
def operator_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An operator data folder holding one newer list, so the shipped prebuilt index does not apply."""
    source = tmp_path_factory.mktemp("feed") / "tor-exit.txt"
    shipped = shipped_root() / "criticalpathsecurity-public-intelligence-feeds" / "tor-exit.txt.gz"
    source.write_bytes(gzip.decompress(shipped.read_bytes()) + b"81.2.69.142\n")
    data_dir = tmp_path_factory.mktemp("operator-data")
    report = load_lists(source, data_dir, date=dt.date(2026, 11, 26))
    assert [o.accepted for o in report.outcomes] == [True]
    return data_dir


def test_shipped_prebuilt_index_is_current() -> None:
    """Fails after a change to the shipped lists or the index code until
    ``python -m exportgate.location.prebuild`` is run."""
    prebuilt = RangeIndex.from_bytes(
        gzip.decompress(prebuilt_index_path().read_bytes()), shipped_key()
    )
    assert prebuilt is not None, "stale prebuilt index: run python -m exportgate.location.prebuild"
    fresh = build_index(shipped_datasets())
    assert (
        list(prebuilt.v4_starts) == list(fresh.v4_starts) and prebuilt.v6_starts == fresh.v6_starts
    )
    assert list(prebuilt.v4_labels) == list(fresh.v4_labels) and prebuilt.verdicts == fresh.verdicts


def test_first_start_on_shipped_lists_reads_the_prebuilt_index(
    tmp_path: Path, empty_data_dir: Path
) -> None:
    data = load_network_data(empty_data_dir, tmp_path)
    assert data.from_cache and data.cache_path == prebuilt_index_path()


def test_cache_is_written_then_read_back(tmp_path: Path, operator_data: Path) -> None:
    first = load_network_data(operator_data, tmp_path)
    assert not first.from_cache and first.cache_path is not None and first.cache_path.is_file()
    second = load_network_data(operator_data, tmp_path)
    assert second.from_cache and second.cache_path == first.cache_path
    assert list(second.index.v4_starts) == list(first.index.v4_starts)
    assert second.index.verdicts == first.index.verdicts


def test_corrupt_cache_is_rebuilt(tmp_path: Path, operator_data: Path) -> None:
    first = load_network_data(operator_data, tmp_path)
    assert first.cache_path is not None
    first.cache_path.write_bytes(b"\x00garbage")
    again = load_network_data(operator_data, tmp_path)
    assert not again.from_cache
    assert again.index.segment_counts == first.index.segment_counts
    assert load_network_data(operator_data, tmp_path).from_cache


def test_cache_folder_that_is_a_file_only_costs_time(tmp_path: Path, operator_data: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    data = load_network_data(operator_data, blocker)
    assert data.cache_path is None and not data.from_cache
    assert data.index.segment_counts[0] > 0


def test_no_cache_folder_builds_in_memory(operator_data: Path) -> None:
    data = load_network_data(operator_data, None)
    assert data.cache_path is None and not data.from_cache


def test_operator_lists_change_the_answer_and_the_versions(
    tmp_path: Path, operator_data: Path
) -> None:
    from exportgate.location import load_locator

    locator = load_locator(mmdb=[], data_dir=operator_data, cache_dir=tmp_path)
    assert locator.locate("81.2.69.142").network == "tor"
    version = locator.versions["criticalpathsecurity-public-intelligence-feeds"]
    assert version.startswith("2026-11-26 ") and version.endswith("(loaded)")


def test_locator_from_a_gateway_config_section(cache_dir: Path, empty_data_dir: Path) -> None:
    locator = locator_from_config(
        {"mmdb": [], "data_dir": str(empty_data_dir), "cache_dir": str(cache_dir)}
    )
    assert locator.mmdbs == ()
    assert locator.locate("8.8.8.8").owner == "Google"
