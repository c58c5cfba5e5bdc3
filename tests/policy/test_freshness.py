"""List freshness: decisions, `lists status`, /readyz and the demo say how old the lists are."""

from __future__ import annotations

import datetime as dt

from typer.testing import CliRunner

from exportgate.policy.freshness import active_list_freshness, age_days, list_freshness


def test_a_list_older_than_the_configured_age_is_stale() -> None:
    today = dt.date(2026, 12, 5)
    fresh = list_freshness(
        {"us_ofac_sdn": "2026-11-30", "us_csl": "2022-05-06", "x": None}, today, 30
    )
    assert fresh.stale == ["us_csl", "x"]
    assert "us_csl of 2022-05-06 (1674 days old)" in fresh.message
    assert "lists load" in fresh.message
    assert list_freshness({"us_ofac_sdn": "2026-11-30"}, today, 30).stale == []
    assert age_days("2026-11", today) == 34 and age_days("soon", today) is None


def test_the_shipped_snapshot_is_reported_as_old() -> None:
    fresh = active_list_freshness(dt.date(2026, 12, 5))
    assert fresh.max_age_days == 30  # list_freshness.max_age_days in export_rules.yaml
    by_list = {a.list: a for a in fresh.lists}
    assert by_list["us_ofac_sdn"].date == "2024-05-03" and by_list["us_ofac_sdn"].stale
    assert "2025 Syria delistings" in fresh.message


def test_lists_status_uses_the_configured_age() -> None:
    from exportgate.cli import app

    result = CliRunner().invoke(app, ["lists", "status", "--json", "--today", "2026-12-05"])
    assert result.exit_code == 1, result.output
    assert '"max_age_days": 30' in result.output and '"stale": true' in result.output
