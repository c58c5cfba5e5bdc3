"""The gateway's `distillation:` section: on or off, and the size of the served-prompt index."""

from __future__ import annotations

from pathlib import Path

import pytest

from exportgate.config import ConfigError, config_from_dict
from exportgate.distill import OnlineDetector
from exportgate.gateway.app import build_app


def config(tmp_path: Path, **distillation: object) -> dict[str, object]:
    return {
        "store": f"sqlite:///{tmp_path / 'g.db'}",
        "upstreams": [{"name": "u", "base_url": "http://127.0.0.1:9/v1"}],
        "models": [{"id": "frontier-5", "upstream": "u"}],
        "usage": {"spool_dir": str(tmp_path / "spool")},
        "distillation": distillation,
    }


def test_the_served_prompt_index_is_sized_from_the_config(tmp_path: Path) -> None:
    app = build_app(config_from_dict(config(tmp_path, served_prompts_mib=2)))
    detector = app.decisions.detector
    assert isinstance(detector, OnlineDetector)
    assert detector.served.bits == 2 * 8 * 2**20 and detector.served.capacity == 2 * 524_288
    app.records.close()


def test_the_default_index_looks_back_over_four_million_requests(tmp_path: Path) -> None:
    app = build_app(config_from_dict(config(tmp_path)))
    assert isinstance(app.decisions.detector, OnlineDetector)
    assert app.decisions.detector.served.capacity >= 4_000_000
    app.records.close()


def test_distillation_can_be_switched_off(tmp_path: Path) -> None:
    app = build_app(config_from_dict(config(tmp_path, enabled=False)))
    assert app.decisions.detector is None and app.detector_feed is None
    app.records.close()


@pytest.mark.parametrize("mib", [0, 3, -8])
def test_an_index_size_that_is_not_a_power_of_two_is_refused(tmp_path: Path, mib: int) -> None:
    with pytest.raises(ConfigError, match="served_prompts_mib must be a power of two"):
        config_from_dict(config(tmp_path, served_prompts_mib=mib))
