"""One demo run (stand-in upstream) shared by the story's tests."""

from __future__ import annotations

from typing import Any

import pytest

from exportgate.demo import run_demo


@pytest.fixture(scope="session")
def demo_result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_demo(
        tmp_path_factory.mktemp("story") / "demo", upstream_choice="standin", max_tokens=8
    )
