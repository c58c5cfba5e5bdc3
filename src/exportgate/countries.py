"""Country data: ISO codes, EAR country groups and the export rules built on them.

Loaded once from the versioned data files in ``exportgate/policy/data`` (each entry there names its
source). Everything here is a pure lookup over that data.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Sequence
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


def describe_codes(codes: Sequence[str] | frozenset[str] | set[str]) -> str:
    """'Iran (IR)' or 'China (CN) and Macau (MO)'."""
    names = [f"{country_name(code)} ({code})" for code in sorted(codes)]
    if len(names) <= 1:
        return "".join(names) or "none"
    return ", ".join(names[:-1]) + " and " + names[-1]


@cache
def country_name_words() -> frozenset[str]:
    """Lower-case words (four letters or more) of the English country names ("sweden",
    "netherlands", "united", "kingdom"): in a company name they say where, not which."""
    words: set[str] = set()
    for name in _iso()["countries"].values():
        words.update(w for w in re.split(r"[^a-z]+", str(name).lower()) if len(w) >= 4)
    return frozenset(words)


@cache
def _codes_by_name_word() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for code, name in _iso()["countries"].items():
        for w in re.split(r"[^a-z]+", str(name).lower()):
            if len(w) >= 4:
                out.setdefault(w, set()).add(str(code))
    return {w: frozenset(c) for w, c in out.items()}


def countries_named(word: str) -> frozenset[str]:
    """The ISO codes of the countries whose English short name has ``word`` (lower case, four
    letters or more) in it: "indonesia" -> {ID}, "korea" -> {KP, KR}; empty for other words."""
    return _codes_by_name_word().get(word, frozenset())


@dataclass(frozen=True)
class DatedFact:
    name: str
    description: str
    start: dt.date
    until: dt.date
    source: str

    def in_force(self, on: dt.date) -> bool:
        return self.start <= on <= self.until


_EARLIEST = dt.date.min
_LATEST = dt.date.max


@dataclass(frozen=True)
class Window:
    """A validity window, both ends inclusive; open ends are unbounded."""

    start: dt.date = _EARLIEST
    until: dt.date = _LATEST
    source: str = ""

    def covers(self, on: dt.date) -> bool:
        return self.start <= on <= self.until


def _window(spec: dict[str, Any]) -> Window:
    return Window(
        start=dt.date.fromisoformat(str(spec["from"])) if spec.get("from") else _EARLIEST,
        until=dt.date.fromisoformat(str(spec["until"])) if spec.get("until") else _LATEST,
        source=" ".join(str(spec.get("source", "")).split()),
    )


@dataclass(frozen=True)
class OwnershipRule:
    """The rule that makes ownership by a listed party count (OFAC 50 percent rule, BIS
    Affiliates Rule), with its threshold and the windows in which it is in force."""

    key: str
    name: str
    citation: str
    threshold: float
    list_markers: tuple[str, ...]
    windows: tuple[Window, ...]
    checked: str = ""
    foreign_affiliates_only: bool = False

    def in_force(self, on: dt.date) -> bool:
        return any(w.covers(on) for w in self.windows)

    def covers_list(self, list_key: str, source: str | None) -> bool:
        text = f"{list_key} {source or ''}".lower()
        return any(marker in text for marker in self.list_markers)


@dataclass(frozen=True)
class ProviderOwnershipRule:
    """The provider's own ownership policy: not law, configurable per deployment."""

    name: str
    enabled: bool
    threshold: float
    unsupported: frozenset[str]
    controlled_models_only: bool
    source: str


@dataclass(frozen=True)
class DatedSets:
    """Every dated destination fact resolved for one decision date."""

    groups: dict[str, frozenset[str]]
    embargoed: frozenset[str]
    licence_required: frozenset[str]
    restricted: frozenset[str]
    deemed: frozenset[str]
    blocked_governments: dict[str, str]
    cuba_in_force: bool
    cuba_abroad_licensed: bool


@dataclass(frozen=True)
class CountryRules:
    """The destination facts the default policy needs, resolved from the data files.

    The plain attributes (``restricted_destinations`` ...) are the facts as of the data version;
    :meth:`on` gives them for any decision date, from the dated entries."""

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
    group_history: dict[str, dict[str, tuple[Window, ...]]] = field(default_factory=dict)
    embargo_windows: dict[str, Window] = field(default_factory=dict)
    licence_required_windows: dict[str, Window] = field(default_factory=dict)
    restricted_spec: tuple[tuple[str, ...], dict[str, Window]] = ((), {})
    deemed_spec: tuple[tuple[str, ...], dict[str, Window]] = ((), {})
    blocked_governments: dict[str, tuple[str, Window]] = field(default_factory=dict)
    cuba_window: Window = field(default_factory=Window)
    cuba_control_threshold: float = 0.5
    cuba_abroad_window: Window = field(default_factory=lambda: Window(start=_LATEST))
    cuba_abroad_citation: str = ""
    ownership_rules: dict[str, OwnershipRule] = field(default_factory=dict)
    provider_rule: ProviderOwnershipRule | None = None
    deemed_export_reading: str = "most_recent"
    list_max_age_days: int = 30
    _memo: dict[dt.date, DatedSets] = field(default_factory=dict, compare=False, repr=False)

    def canonical(self, code: str | None) -> str | None:
        """Apply 'treated as' mappings (Hong Kong is treated as China)."""
        if code is None:
            return None
        return self.treated_as.get(code, code)

    @cached_property
    def countries_with_embargoed_regions(self) -> frozenset[str]:
        return frozenset(region.split("-", 1)[0] for region in self.embargoed_regions)

    def is_embargoed(self, code: str, on: dt.date | None = None) -> bool:
        if on is None:
            return code in self.embargoed_countries or code in self.embargoed_regions
        return code in self.on(on).embargoed

    def groups_of(self, code: str, on: dt.date | None = None) -> list[str]:
        groups = self.groups if on is None else self.on(on).groups
        return sorted(name for name, members in groups.items() if code in members)

    def fact_in_force(self, name: str, on: dt.date) -> bool:
        fact = self.dated_facts.get(name)
        return fact is not None and fact.in_force(on)

    def on(self, day: dt.date) -> DatedSets:
        """The dated facts in force on ``day`` (memoised per date)."""
        found = self._memo.get(day)
        if found is not None:
            return found
        groups: dict[str, frozenset[str]] = {}
        for name, members in self.groups.items():
            history = self.group_history.get(name, {})
            groups[name] = frozenset(
                c
                for c in members | frozenset(history)
                if c not in history or any(w.covers(day) for w in history[c])
            )

        def resolve(spec: tuple[tuple[str, ...], dict[str, Window]]) -> frozenset[str]:
            names, extra = spec
            codes: set[str] = set()
            for group in names:
                codes |= groups[group]
            codes |= {c for c, w in extra.items() if w.covers(day)}
            return frozenset(codes)

        found = DatedSets(
            groups=groups,
            embargoed=frozenset(c for c, w in self.embargo_windows.items() if w.covers(day)),
            licence_required=frozenset(
                c for c, w in self.licence_required_windows.items() if w.covers(day)
            ),
            restricted=resolve(self.restricted_spec),
            deemed=resolve(self.deemed_spec),
            blocked_governments={
                c: program for c, (program, w) in self.blocked_governments.items() if w.covers(day)
            },
            cuba_in_force=self.cuba_window.covers(day),
            cuba_abroad_licensed=self.cuba_abroad_window.covers(day),
        )
        if len(self._memo) > 4096:
            self._memo.clear()
        self._memo[day] = found
        return found


def _members(groups: dict[str, frozenset[str]], spec: dict[str, Any]) -> frozenset[str]:
    codes: set[str] = set()
    for group in spec.get("groups", []):
        codes |= groups[group]
    codes |= set(spec.get("extra", {}))
    return frozenset(codes)


def _spec(spec: dict[str, Any]) -> tuple[tuple[str, ...], dict[str, Window]]:
    return (
        tuple(spec.get("groups", [])),
        {c: _window(v or {}) for c, v in (spec.get("extra") or {}).items()},
    )


def _ownership_rules(doc: dict[str, Any]) -> dict[str, OwnershipRule]:
    rules = {}
    for key, spec in (doc or {}).items():
        windows = tuple(_window(w) for w in spec.get("in_force", [{}]))
        rules[key] = OwnershipRule(
            key=key,
            name=str(spec["name"]),
            citation=" ".join(str(spec.get("citation", "")).split()),
            threshold=float(spec.get("threshold", 0.5)),
            list_markers=tuple(str(m).lower() for m in spec.get("lists", [])),
            windows=windows,
            checked=str((spec.get("suspension") or {}).get("checked_on", "")),
            foreign_affiliates_only=bool(spec.get("foreign_affiliates_only", False)),
        )
    return rules


def _provider_rule(
    spec: dict[str, Any] | None, override: dict[str, Any] | None
) -> ProviderOwnershipRule | None:
    if not spec and not override:
        return None
    merged = {**(spec or {}), **(override or {})}
    return ProviderOwnershipRule(
        name=str(merged.get("name", "provider ownership policy")),
        enabled=bool(merged.get("enabled", True)),
        threshold=float(merged.get("threshold", 0.5)),
        unsupported=frozenset(str(c) for c in merged.get("unsupported", [])),
        controlled_models_only=bool(merged.get("controlled_models_only", False)),
        source=" ".join(str(merged.get("source", "")).split()),
    )


DEEMED_EXPORT_READINGS = ("most_recent", "any_nationality")


def load_country_rules(
    groups_text: str | None = None,
    rules_text: str | None = None,
    home_countries: list[str] | None = None,
    *,
    deemed_export_reading: str | None = None,
    provider_ownership: dict[str, Any] | None = None,
) -> CountryRules:
    """Build :class:`CountryRules` from the shipped data files (or the given texts).

    ``deemed_export_reading``: ``"most_recent"`` (15 CFR 734.13(b), the default) or
    ``"any_nationality"`` (the stricter provider reading: every nationality and permanent
    residence held). ``provider_ownership`` overrides fields of the provider's ownership rule
    (``enabled``, ``threshold``, ``unsupported``, ``controlled_models_only``)."""
    groups_doc = yaml.safe_load(groups_text or _data_text("ear_country_groups.yaml"))
    rules_doc = yaml.safe_load(rules_text or _data_text("export_rules.yaml"))
    groups = {
        name: frozenset(str(c) for c in spec.get("members", []))
        for name, spec in groups_doc["groups"].items()
    }
    history = {
        name: {
            str(code): tuple(_window(w) for w in windows)
            for code, windows in (spec.get("history") or {}).items()
        }
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
    reading = deemed_export_reading or str(rules_doc.get("deemed_export_reading", "most_recent"))
    if reading not in DEEMED_EXPORT_READINGS:
        raise ValueError(
            f"deemed_export_reading {reading!r}: expected one of "
            f"{', '.join(DEEMED_EXPORT_READINGS)}"
        )
    embargo_windows = {
        str(c): _window(v or {}) for c, v in rules_doc["embargoed_countries"].items()
    }
    embargo_windows.update(
        {str(c): _window(v or {}) for c, v in rules_doc["embargoed_regions"].items()}
    )
    cuba = rules_doc.get("cuba_designated_nationals") or {}
    rules = CountryRules(
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
        group_history=history,
        embargo_windows=embargo_windows,
        licence_required_windows={
            str(c): _window(v or {})
            for c, v in (rules_doc.get("licence_required_all_items") or {}).items()
        },
        restricted_spec=_spec(rules_doc["restricted_destinations"]),
        deemed_spec=_spec(rules_doc["deemed_export_countries"]),
        blocked_governments={
            str(c): (str(v["program"]), _window(v))
            for c, v in (rules_doc.get("blocked_governments") or {}).items()
        },
        cuba_window=_window(cuba) if cuba else Window(start=_LATEST),
        cuba_control_threshold=float(cuba.get("control_threshold", 0.5)),
        cuba_abroad_window=_window(cuba["individuals_abroad_general_license"])
        if cuba.get("individuals_abroad_general_license")
        else Window(start=_LATEST),
        cuba_abroad_citation=str(
            (cuba.get("individuals_abroad_general_license") or {}).get("citation", "")
        ),
        ownership_rules=_ownership_rules(rules_doc.get("ownership_rules") or {}),
        provider_rule=_provider_rule(rules_doc.get("provider_ownership_rule"), provider_ownership),
        deemed_export_reading=reading,
        list_max_age_days=int((rules_doc.get("list_freshness") or {}).get("max_age_days", 30)),
    )
    today = rules.on(dt.date.fromisoformat(str(rules_doc["version"])))
    return dataclasses.replace(
        rules,
        groups=rules.groups,
        restricted_destinations=today.restricted,
        deemed_export_countries=today.deemed,
        embargoed_countries=frozenset(c for c in today.embargoed if "-" not in c),
        _memo={},
    )


@cache
def default_country_rules() -> CountryRules:
    return load_country_rules()
