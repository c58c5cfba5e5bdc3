"""The gateway's `policy:` section: the policy file and the home countries of the pause."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from exportgate.config import ConfigError, config_from_dict
from exportgate.gateway.app import build_app
from exportgate.policy import default_policy_text
from exportgate.records import Account, Location, ModelRef, RequestFacts, Switches, parse

UK = parse(
    Account,
    {
        "id": "uk",
        "kind": "organization",
        "name": "Northwind Data Ltd",
        "country": "GB",
        "headquarters": "GB",
        "kyc_verified": True,
    },
)
CONTROLLED = RequestFacts(model=ModelRef(id="frontier-5", controlled=True))


def config(tmp_path: Path, **policy: object) -> dict[str, object]:
    return {
        "store": f"sqlite:///{tmp_path / 'g.db'}",
        "upstreams": [{"name": "u", "base_url": "http://127.0.0.1:9/v1"}],
        "models": [{"id": "frontier-5", "upstream": "u"}],
        "policy": policy,
    }


def decide(tmp_path: Path, **policy: object) -> str:
    app = build_app(config_from_dict(config(tmp_path, **policy)))
    return app.engine.decide(
        UK,
        CONTROLLED,
        Location(country="GB"),
        Switches(international_pause=True),
        dt.date(2026, 11, 27),
    ).decision


def test_home_countries_decide_who_stays_served_during_the_pause(tmp_path: Path) -> None:
    assert decide(tmp_path) == "deny"
    assert decide(tmp_path, home_countries=["us", "GB"]) == "allow"


def test_a_policy_file_replaces_the_default(tmp_path: Path) -> None:
    edited = re.sub(r'@id\("international-pause"\).*?};\n', "", default_policy_text(), flags=re.S)
    policy = tmp_path / "edited.cedar"
    policy.write_text(edited)
    assert decide(tmp_path, file=str(policy)) == "allow"


def test_bad_policy_settings_are_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="policy.*home_countries has unknown country codes"):
        config_from_dict(config(tmp_path, home_countries=["ZZ"]))
    with pytest.raises(ConfigError, match="does not exist"):
        config_from_dict(config(tmp_path, file=str(tmp_path / "missing.cedar")))
