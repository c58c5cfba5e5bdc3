"""Shared fixtures: one locator over the shipped data, its index cached in a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from exportgate.location import Locator, load_locator


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("location-cache")


@pytest.fixture(scope="session")
def empty_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("location-data")


@pytest.fixture(scope="session")
def locator(cache_dir: Path, empty_data_dir: Path) -> Locator:
    return load_locator(mmdb=[], data_dir=empty_data_dir, cache_dir=cache_dir)
