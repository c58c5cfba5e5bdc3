"""Assembling the parts on embedded defaults: the one place that wires the policy engine to the
shipped screening lists and location data (used by ``decide``, the gateway and the demo)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from exportgate.policy import PolicyEngine, default_policy_text
from exportgate.screening.api import Screener


def build_engine(
    *,
    policy_file: str | Path | None = None,
    home_countries: list[str] | None = None,
    screener: Screener | None = None,
    screening: bool = True,
    location: bool = True,
    deemed_export_reading: str | None = None,
    provider_ownership: dict[str, Any] | None = None,
) -> PolicyEngine:
    """A policy engine with the given screener (else the shipped one) and the shipped locator
    (each can be turned off)."""
    from exportgate.countries import load_country_rules

    if screener is None and screening:
        from exportgate.screening import default_screener

        screener = default_screener()
    locate = None
    if location:
        from exportgate.location import default_locator

        locate = default_locator().locate
    text = Path(policy_file).read_text("utf-8") if policy_file else default_policy_text()
    custom = (
        home_countries or deemed_export_reading not in (None, "most_recent") or provider_ownership
    )
    rules = (
        load_country_rules(
            home_countries=home_countries,
            deemed_export_reading=deemed_export_reading,
            provider_ownership=provider_ownership,
        )
        if custom
        else None
    )
    return PolicyEngine(text, rules=rules, screener=screener, locate=locate)
