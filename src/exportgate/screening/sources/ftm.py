"""OpenSanctions FollowTheMoney entities (JSON lines, plain or gzipped).

Only the sanctioned targets are screened: entities marked ``target`` or with a ``sanction``
topic, and those a ``Sanction`` entity names; their programs and listing dates come from the
``Sanction`` entities. Addresses, ownership links and other schemata are not screened.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from exportgate.screening.entities import Alias, Entity, LoadResult
from exportgate.screening.sources import OPENSANCTIONS
from exportgate.screening.sources.context import ReaderContext
from exportgate.screening.sources.countries import countries_of

FORMAT = "ftm_jsonl"

_KINDS = {
    "Person": "person",
    "Organization": "organization",
    "Company": "organization",
    "LegalEntity": "organization",
    "PublicBody": "organization",
    "Vessel": "vessel",
    "Airplane": "aircraft",
}
_COUNTRY_PROPS = ("country", "nationality", "citizenship", "jurisdiction", "flag")

Props = dict[str, list[str]]


def _records(ctx: ReaderContext) -> tuple[list[tuple[int, dict[str, Any]]], dict[str, list[Props]]]:
    """The entities with their line, and the properties of the sanctions on each entity id."""
    sanctions: dict[str, list[Props]] = {}
    records: list[tuple[int, dict[str, Any]]] = []
    for line_no, line in enumerate(ctx.text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            ctx.issue(f"bad JSON: {exc}", line=line_no)
            continue
        if not isinstance(obj, dict) or "schema" not in obj or "id" not in obj:
            ctx.issue("not an FtM entity (no id/schema)", line=line_no)
            continue
        seen = obj.get("last_change") or obj.get("last_seen")
        if isinstance(seen, str):
            ctx.note_date(seen)
        if obj["schema"] == "Sanction":
            props = obj.get("properties") or {}
            for ent in props.get("entity", []):
                sanctions.setdefault(ent, []).append(props)
            continue
        records.append((line_no, obj))
    return records, sanctions


def _programs_and_listing(props: Props, sanctions: list[Props]) -> tuple[list[str], str | None]:
    programs: list[str] = []
    listed: list[str] = []
    for sanc in sanctions:
        for key in ("programId", "program"):
            for p in sanc.get(key, []):
                if p not in programs:
                    programs.append(p)
        listed += sanc.get("listingDate", []) + sanc.get("startDate", [])
    for topic in props.get("topics", []):
        if topic not in programs and topic.startswith("sanction"):
            programs.append(topic)
    return programs, min(listed) if listed else None


def _entity(
    ctx: ReaderContext, line_no: int, obj: dict[str, Any], sanctions: dict[str, list[Props]]
) -> Entity | None:
    schema = str(obj["schema"])
    kind = _KINDS.get(schema)
    if kind is None:
        return None  # addresses, ownership links, … are not screened
    props: Props = obj.get("properties") or {}
    targeted = bool(obj.get("target")) or "sanction" in props.get("topics", [])
    ent_id = str(obj["id"])
    if not targeted and ent_id not in sanctions:
        return None
    names = [n for n in props.get("name", []) if n.strip()]
    if not names:
        ctx.issue(f"{ent_id}: {schema} without name", line=line_no, field="name")
        return None
    caption = obj.get("caption")
    primary = caption if isinstance(caption, str) and caption in names else names[0]
    aliases = [Alias(name=n) for n in names if n != primary]
    aliases += [Alias(name=n) for n in props.get("alias", [])]
    aliases += [Alias(name=n, strength="weak") for n in props.get("weakAlias", [])]
    aliases += [Alias(name=n, strength="former") for n in props.get("previousName", [])]
    programs, listed_on = _programs_and_listing(props, sanctions.get(ent_id, []))
    datasets = obj.get("datasets")
    return Entity(
        list=OPENSANCTIONS,
        list_id=ent_id,
        kind=kind,
        name=primary,
        aliases=aliases,
        countries=countries_of([v for p in _COUNTRY_PROPS for v in props.get(p, [])]),
        programs=programs,
        dates_of_birth=list(props.get("birthDate", [])),
        addresses=list(props.get("address", [])),
        listed_on=listed_on,
        source=", ".join(datasets) if isinstance(datasets, list) else None,
    )


def load_ftm_jsonl(path: Path) -> LoadResult:
    """OpenSanctions FtM entities (JSON lines). Screens the sanctioned targets only."""
    ctx = ReaderContext.open(path, list_key=OPENSANCTIONS, format=FORMAT)
    records, sanctions = _records(ctx)
    entities = []
    for line_no, obj in records:
        entity = _entity(ctx, line_no, obj, sanctions)
        if entity is not None:
            entities.append(entity)
    return ctx.finish(entities, date=(ctx.latest or "")[:10] or None)
