"""Screening test fixtures. Everything comes from the repository: the list snapshot shipped in
the package and the few extra list files in ``tests/screening/data``. The session's screener is
built once into a temporary cache folder, so no test depends on a warm cache in the home folder.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from exportgate.screening.screener import snapshot_dir

LISTS = snapshot_dir()
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Index cache and added lists in a fresh temporary folder for the whole session."""
    mp = pytest.MonkeyPatch()
    mp.setenv("EXPORTGATE_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    mp.setenv("EXPORTGATE_HOME", str(tmp_path_factory.mktemp("home")))
    from exportgate.screening.screener import reset_default_screener

    reset_default_screener()
    yield
    reset_default_screener()
    mp.undo()


@pytest.fixture(scope="session")
def screener():  # type: ignore[no-untyped-def]
    from exportgate.screening import default_screener

    return default_screener()
