"""trade.gov Consolidated Screening List CSV (plain or gzipped): one row per party and source
list (Entity List, MEU, UVL, DPL, ISN, DTC, SDN, SSI, CMIC ...), ``;`` inside a cell.

A party on several source lists has one row per list under one ``_id``: it becomes one entity
naming every source.
"""

from __future__ import annotations

from pathlib import Path

from exportgate.screening.entities import Alias, Entity, LoadResult
from exportgate.screening.sources import CSL
from exportgate.screening.sources.context import ReaderContext
from exportgate.screening.sources.countries import add_country, countries_of
from exportgate.screening.sources.fields import TYPE_KINDS, guess_kind, split_semicolon

FORMAT = "csl_csv"

Row = dict[str, str | None]


def _merge(prev: Entity, row: Row, source: str) -> None:
    """One more row of a party already read: its source, programs and aliases."""
    if source and source not in (prev.source or ""):
        prev.source = f"{prev.source}; {source}" if prev.source else source
    for prog in split_semicolon(row.get("programs")):
        if prog not in prev.programs:
            prev.programs.append(prog)
    known = {a.name for a in prev.aliases}
    prev.aliases.extend(
        Alias(name=a) for a in split_semicolon(row.get("alt_names")) if a not in known
    )


def _entity(row: Row, list_id: str, name: str, source: str) -> Entity:
    # DPL, Entity List, UVL, MEU, ISN rows carry no type: decide from the name
    kind = TYPE_KINDS.get((row.get("type") or "").strip().lower()) or guess_kind(name)
    addresses = split_semicolon(row.get("addresses"))
    countries = countries_of(
        [
            *split_semicolon(row.get("citizenships")),
            *split_semicolon(row.get("nationalities")),
        ]
    )
    for addr in addresses:
        tail = addr.rsplit(",", 1)[-1].strip()
        if len(tail) == 2:
            add_country(countries, tail)
    add_country(countries, row.get("vessel_flag"))
    return Entity(
        list=CSL,
        list_id=list_id,
        kind=kind,
        name=name,
        aliases=[Alias(name=a) for a in split_semicolon(row.get("alt_names"))],
        countries=countries,
        programs=split_semicolon(row.get("programs")),
        dates_of_birth=split_semicolon(row.get("dates_of_birth")),
        addresses=addresses,
        listed_on=(row.get("start_date") or "").strip() or None,
        source=source,
        remarks=(row.get("remarks") or "").strip() or None,
    )


def load_csl_csv(path: Path, *, date: str | None = None) -> LoadResult:
    """trade.gov CSL CSV (29 columns, ``alt_names`` separated by ``;``)."""
    ctx = ReaderContext.open(path, list_key=CSL, format=FORMAT)
    seen: dict[str, Entity] = {}
    for line, row in ctx.dict_rows(required={"_id", "source", "name"}, what="a CSL CSV"):
        if None in row:  # more cells than header fields
            ctx.issue("more cells than header columns", line=line)
            continue
        if row.get("_id") == "_id":  # repeated header line
            continue
        list_id = (row.get("_id") or "").strip()
        name = (row.get("name") or "").strip()
        if not list_id or not name:
            ctx.issue("missing _id or name", line=line, field="name" if list_id else "_id")
            continue
        # "Entity List (EL) - Bureau of Industry and Security": kept as is, the policy reads it
        source = (row.get("source") or "").strip()
        if list_id in seen:
            _merge(seen[list_id], row, source)
            continue
        entity = _entity(row, list_id, name, source)
        ctx.note_date(entity.listed_on)
        seen[list_id] = entity
    return ctx.finish(list(seen.values()), date=date, fallback=ctx.latest)
