"""Country names and codes as list files write them -> ISO 3166-1 alpha-2.

The territory table of rigour (codes, alpha-3 codes, names) comes first; the spellings it does
not know are in ``screening/data/country_aliases.yaml``, grouped by the source that writes them.
Both are loaded once, on first use.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources

import yaml

ALIASES_FILE = "country_aliases.yaml"


@cache
def _country_table() -> dict[str, str]:
    """Lower-case country names, codes and alternative names -> ISO alpha-2 (from rigour)."""
    from rigour.territories import get_territories

    table: dict[str, str] = {}
    for t in get_territories():
        code = (t.ftm_country or t.code or "").upper()
        if len(code) != 2:
            continue
        names = {t.code, t.name, t.full_name, t.alpha3, *(t.other_codes or [])}
        for n in names:
            if n:
                table.setdefault(n.strip().lower(), code)
    return table


def parse_aliases(text: str) -> dict[str, str]:
    """Lower-case spelling -> lower-case alpha-2 code, from the aliases file's text.

    The file must name a source for every group, and name each spelling once."""
    doc = yaml.safe_load(text)
    sources = doc.get("sources") or {}
    aliases: dict[str, str] = {}
    for i, group in enumerate(doc.get("groups") or []):
        source = group.get("source")
        if source not in sources:
            raise ValueError(f"{ALIASES_FILE}: group {i + 1} names no known source ({source!r})")
        for name, code in (group.get("aliases") or {}).items():
            if not isinstance(name, str) or not isinstance(code, str) or len(code) != 2:
                raise ValueError(f"{ALIASES_FILE}: group {source}: bad entry {name!r}: {code!r}")
            if name in aliases:
                raise ValueError(f"{ALIASES_FILE}: {name!r} is in two groups")
            aliases[name] = code.lower()
    return aliases


@cache
def country_aliases() -> dict[str, str]:
    """The spellings of ``country_aliases.yaml``: lower-case name -> lower-case code."""
    data = resources.files("exportgate.screening").joinpath("data", ALIASES_FILE)
    return parse_aliases(data.read_text("utf-8"))


@lru_cache(maxsize=8192)
def country_code(text: str | None, *, fuzzy: bool = True) -> str | None:
    """ISO 3166-1 alpha-2 (upper case) for a country name or code, or None.

    ``fuzzy`` also tries a comma form swapped: "Korea, North" / "Congo, Democratic Republic of
    the" as "north korea" / "democratic republic of the congo"."""
    if not text:
        return None
    text = text.strip().strip(".")
    if not text or text == "-0-":
        return None
    table = _country_table()
    aliases = country_aliases()
    low = text.lower()
    hit = table.get(low) or table.get(aliases.get(low, ""))
    if hit or not fuzzy:
        return hit
    if "," in low:
        a, b = (x.strip() for x in low.split(",", 1))
        return table.get(f"{b} {a}") or table.get(aliases.get(f"{b} {a}", ""))
    return None


def add_country(countries: list[str], text: str | None, *, fuzzy: bool = True) -> None:
    """Append the code of ``text`` to ``countries`` unless it is unknown or there already."""
    code = country_code(text, fuzzy=fuzzy)
    if code and code not in countries:
        countries.append(code)


def countries_of(values: Iterable[str | None]) -> list[str]:
    """The codes of ``values`` in order, each once; unknown names are left out."""
    out: list[str] = []
    for value in values:
        add_country(out, value)
    return out
