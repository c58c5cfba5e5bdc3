from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
LISTS = SHARED / "data" / "lists"
EVAL = SHARED / "data" / "eval"


@pytest.fixture(scope="session")
def screener():  # type: ignore[no-untyped-def]
    from exportgate.screening import default_screener

    return default_screener()


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"shared data not present: {path}")
    return path
