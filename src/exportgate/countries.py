"""Country data: ISO codes, EAR country groups and the export rules built on them.

Loaded once from the versioned data files in ``exportgate/policy/data`` (each entry there names its
source). Everything here is a pure lookup over that data.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from typing import Any

import yaml

_REGION_RE = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")


def _data_text(name: str) -> str:
    return resources.files("exportgate").joinpath("data", name).read_text("utf-8")


@cache
def _iso() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_data_text("iso3166.json"))
    return data


def is_known_country(code: str) -> bool:
    return code in _iso()["countries"]


def is_known_region(code: str) -> bool:
    return bool(_REGION_RE.match(code)) and is_known_country(code[:2])


def country_name(code: str) -> str:
    """English short name for a country or a named region code; the code itself otherwise."""
    iso = _iso()
    return str(iso["countries"].get(code) or iso["regions_named"].get(code) or code)


@cache
def country_name_words() -> frozenset[str]:
    """Lower-case words (four letters or more) of the English country names ("sweden",
    "netherlands", "united", "kingdom"): in a company name they say where, not which."""
    words: set[str] = set()
    for name in _iso()["countries"].values():
        words.update(w for w in re.split(r"[^a-z]+", str(name).lower()) if len(w) >= 4)
    return frozenset(words)


@dataclass(frozen=True)
class DatedFact:
    name: str
    description: str
    start: dt.date
    until: dt.date
    source: str

    def in_force(self, on: dt.date) -> bool:
        return self.start <= on <= self.until


@dataclass(frozen=True)
class CountryRules:
    """The destination facts the default policy needs, resolved from the data files."""

    version: str
    groups: dict[str, frozenset[str]]
    treated_as: dict[str, str]
    embargoed_countries: frozenset[str]
    embargoed_regions: frozenset[str]
    restricted_destinations: frozenset[str]
    deemed_export_countries: frozenset[str]
    home_countries: frozenset[str]
    dated_facts: dict[str, DatedFact] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)

    def canonical(self, code: str | None) -> str | None:
        """Apply 'treated as' mappings (Hong Kong is treated as China)."""
        if code is None:
            return None
        return self.treated_as.get(code, code)

    @cached_property
    def countries_with_embargoed_regions(self) -> frozenset[str]:
        return frozenset(region.split("-", 1)[0] for region in self.embargoed_regions)

    def is_embargoed(self, code: str) -> bool:
        return code in self.embargoed_countries or code in self.embargoed_regions

    def groups_of(self, code: str) -> list[str]:
        return sorted(name for name, members in self.groups.items() if code in members)

    def fact_in_force(self, name: str, on: dt.date) -> bool:
        fact = self.dated_facts.get(name)
        return fact is not None and fact.in_force(on)


def _members(groups: dict[str, frozenset[str]], spec: dict[str, Any]) -> frozenset[str]:
    codes: set[str] = set()
    for group in spec.get("groups", []):
        codes |= groups[group]
    codes |= set(spec.get("extra", {}))
    return frozenset(codes)


def load_country_rules(
    groups_text: str | None = None,
    rules_text: str | None = None,
    home_countries: list[str] | None = None,
) -> CountryRules:
    """Build :class:`CountryRules` from the shipped data files (or the given texts)."""
    groups_doc = yaml.safe_load(groups_text or _data_text("ear_country_groups.yaml"))
    rules_doc = yaml.safe_load(rules_text or _data_text("export_rules.yaml"))
    groups = {
        name: frozenset(str(c) for c in spec.get("members", []))
        for name, spec in groups_doc["groups"].items()
    }
    dated = {
        name: DatedFact(
            name=name,
            description=" ".join(str(spec.get("description", "")).split()),
            start=dt.date.fromisoformat(str(spec["from"])),
            until=dt.date.fromisoformat(str(spec["until"])),
            source=str(spec.get("source", "")),
        )
        for name, spec in (rules_doc.get("dated_facts") or {}).items()
    }
    sources = {name: str(spec.get("source", "")) for name, spec in groups_doc["groups"].items()}
    return CountryRules(
        version=f"groups:{groups_doc.get('as_of')}/rules:{rules_doc['version']}",
        groups=groups,
        treated_as={k: v["as"] for k, v in (rules_doc.get("treated_as") or {}).items()},
        embargoed_countries=frozenset(rules_doc["embargoed_countries"]),
        embargoed_regions=frozenset(rules_doc["embargoed_regions"]),
        restricted_destinations=_members(groups, rules_doc["restricted_destinations"]),
        deemed_export_countries=_members(groups, rules_doc["deemed_export_countries"]),
        home_countries=frozenset(home_countries or rules_doc["home_countries"]),
        dated_facts=dated,
        sources=sources,
    )


@cache
def default_country_rules() -> CountryRules:
    return load_country_rules()
