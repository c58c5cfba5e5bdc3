"""UN Security Council Consolidated List XML (``CONSOLIDATED_LIST``: ``INDIVIDUALS`` and
``ENTITIES``), plain or gzipped, with names in their original script and alias quality."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree as ET

from exportgate.screening.entities import Alias, Entity, LoadResult
from exportgate.screening.sources import UN, title
from exportgate.screening.sources.context import ReaderContext, UnknownFormat
from exportgate.screening.sources.countries import add_country, countries_of
from exportgate.screening.sources.xmltree import child, children, local, text

FORMAT = "un_xml"

#: section -> (element, entity kind)
_SECTIONS = {"INDIVIDUALS": ("INDIVIDUAL", "person"), "ENTITIES": ("ENTITY", "organization")}
_NAME_FIELDS = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
_ADDRESS_FIELDS = ("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY")
#: alias QUALITY -> strength ("good" and "a.k.a." are strong)
_QUALITY = {"low": "weak", "f.k.a.": "former"}


def _join(*parts: str | None) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())


def _aliases(elem: ET.Element, tag: str) -> list[Alias]:
    aliases: list[Alias] = []
    original = text(elem, "NAME_ORIGINAL_SCRIPT")
    if original:
        aliases.append(Alias(name=original, script="original"))
    for al in children(elem, f"{tag}_ALIAS"):
        alias_name = text(al, "ALIAS_NAME")
        if alias_name:
            quality = (text(al, "QUALITY") or "").lower()
            aliases.append(Alias(name=alias_name, strength=_QUALITY.get(quality, "strong")))
    return aliases


def _addresses(elem: ET.Element, tag: str, countries: list[str]) -> list[str]:
    addresses: list[str] = []
    for addr in children(elem, f"{tag}_ADDRESS"):
        line = ", ".join(p for p in (text(addr, k) for k in _ADDRESS_FIELDS) if p)
        if line:
            addresses.append(line)
        add_country(countries, text(addr, "COUNTRY"))
    return addresses


def _dates_of_birth(elem: ET.Element) -> list[str]:
    dobs: list[str] = []
    for dob in children(elem, "INDIVIDUAL_DATE_OF_BIRTH"):
        value = text(dob, "DATE") or text(dob, "YEAR")
        if value:
            dobs.append(value)
        elif text(dob, "FROM_YEAR"):
            dobs.append(f"{text(dob, 'FROM_YEAR')}..{text(dob, 'TO_YEAR')}")
    return dobs


def _entity(ctx: ReaderContext, elem: ET.Element, tag: str, kind: str) -> Entity | None:
    ref = text(elem, "REFERENCE_NUMBER")
    name = _join(*(text(elem, k) for k in _NAME_FIELDS))
    if not ref or not name:
        ctx.issue(
            f"{tag} DATAID {text(elem, 'DATAID')}: missing reference or name",
            field="FIRST_NAME" if ref else "REFERENCE_NUMBER",
        )
        return None
    countries: list[str] = []
    for nat in children(elem, "NATIONALITY"):
        countries.extend(countries_of(v.text for v in children(nat, "VALUE")))
    addresses = _addresses(elem, tag, countries)
    return Entity(
        list=UN,
        list_id=ref,
        kind=kind,
        name=name,
        aliases=_aliases(elem, tag),
        countries=countries_of(countries),
        programs=[p for p in [text(elem, "UN_LIST_TYPE")] if p],
        dates_of_birth=_dates_of_birth(elem),
        addresses=addresses,
        listed_on=text(elem, "LISTED_ON"),
        source=title(UN),
        remarks=text(elem, "COMMENTS1"),
    )


def load_un_xml(path: Path) -> LoadResult:
    """UN SC consolidated list XML, including ``NAME_ORIGINAL_SCRIPT`` and alias quality."""
    ctx = ReaderContext.open(path, list_key=UN, format=FORMAT)
    root = ET.fromstring(ctx.data)
    if local(root.tag) != "CONSOLIDATED_LIST":
        raise UnknownFormat(f"{path}: not a UN consolidated list")
    entities: list[Entity] = []
    for section, (tag, kind) in _SECTIONS.items():
        for elem in children(child(root, section), tag):
            entity = _entity(ctx, elem, tag, kind)
            if entity is not None:
                entities.append(entity)
    return ctx.finish(entities, date=(root.get("dateGenerated") or "")[:10] or None)
