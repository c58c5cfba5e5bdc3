"""The on-disk index cache and configuration entry points."""

from __future__ import annotations

from pathlib import Path

from exportgate.location import locator_from_config
from exportgate.location.netdata import load_network_data


def test_cache_is_written_then_read_back(tmp_path: Path, empty_data_dir: Path) -> None:
    first = load_network_data(empty_data_dir, tmp_path)
    assert not first.from_cache and first.cache_path is not None and first.cache_path.is_file()
    second = load_network_data(empty_data_dir, tmp_path)
    assert second.from_cache and second.cache_path == first.cache_path
    assert list(second.index.v4_starts) == list(first.index.v4_starts)
    assert second.index.verdicts == first.index.verdicts


def test_corrupt_cache_is_rebuilt(tmp_path: Path, empty_data_dir: Path) -> None:
    first = load_network_data(empty_data_dir, tmp_path)
    assert first.cache_path is not None
    first.cache_path.write_bytes(b"\x00garbage")
    again = load_network_data(empty_data_dir, tmp_path)
    assert not again.from_cache
    assert again.index.segment_counts == first.index.segment_counts
    assert load_network_data(empty_data_dir, tmp_path).from_cache


def test_cache_folder_that_is_a_file_only_costs_time(tmp_path: Path, empty_data_dir: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    data = load_network_data(empty_data_dir, blocker)
    assert data.cache_path is None and not data.from_cache
    assert data.index.segment_counts[0] > 0


def test_no_cache_folder_builds_in_memory(empty_data_dir: Path) -> None:
    data = load_network_data(empty_data_dir, None)
    assert data.cache_path is None and not data.from_cache


def test_locator_from_a_gateway_config_section(cache_dir: Path, empty_data_dir: Path) -> None:
    locator = locator_from_config({"mmdb": [], "data_dir": str(empty_data_dir), "cache_dir": str(cache_dir)})
    assert locator.mmdbs == ()
    assert locator.locate("8.8.8.8").owner == "Google"
