"""OFAC Enhanced XML (Sanctions List Service "ENHANCED" export: ``SDN_ENHANCED.XML`` or
``CONS_ENHANCED.XML``), plain, gzipped or zipped.

Countries and other reference values are given by id in ``<referenceValues>``; each entity has
names with translations (a primary one, low-quality and f.k.a. aliases), sanctions programs and
lists, addresses and features (birth date, nationality, flag ...).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

from exportgate.screening.entities import Alias, Entity, LoadResult
from exportgate.screening.sources import CONS, SDN
from exportgate.screening.sources.context import ReaderContext, UnknownFormat
from exportgate.screening.sources.countries import add_country
from exportgate.screening.sources.fields import TYPE_KINDS
from exportgate.screening.sources.xmltree import child, children, local, text

FORMAT = "ofac_enhanced_xml"

#: feature types whose value is a country
_COUNTRY_FEATURES = ("nationality country", "citizenship country", "vessel flag", "location")


def _xml(ctx: ReaderContext) -> bytes:
    if ctx.data[:2] != b"PK":
        return ctx.data
    with zipfile.ZipFile(io.BytesIO(ctx.data)) as zf:
        xml_names = [n for n in zf.namelist() if n.lower().endswith(".xml")]
        if not xml_names:
            raise UnknownFormat(f"{ctx.path}: zip holds no XML file")
        return zf.read(xml_names[0])


def _names(elem: ET.Element) -> tuple[str | None, list[Alias]]:
    """The primary name and the aliases, every translation of every name."""
    primary: str | None = None
    aliases: list[Alias] = []
    for name_elem in children(child(elem, "names"), "name"):
        is_primary = text(name_elem, "isPrimary") == "true"
        low = text(name_elem, "isLowQuality") == "true"
        alias_type = (text(name_elem, "aliasType") or "").lower()
        for tr in children(child(name_elem, "translations"), "translation"):
            full = text(tr, "formattedFullName")
            if not full:
                continue
            script = text(tr, "script")
            if is_primary and text(tr, "isPrimary") == "true" and primary is None:
                primary = full
                continue
            strength = "weak" if low else ("former" if "f.k.a" in alias_type else "strong")
            aliases.append(
                Alias(
                    name=full,
                    strength=strength,
                    script=None if script in (None, "Latin") else script,
                )
            )
    return primary, aliases


def _addresses(elem: ET.Element, countries: list[str]) -> list[str]:
    """Each translation of each address as one line; address countries go to ``countries``."""
    addresses: list[str] = []
    for addr in children(child(elem, "addresses"), "address"):
        country = child(addr, "country")
        country_text = country.text if country is not None else None
        if country_text:
            add_country(countries, country_text)
        for tr in children(child(addr, "translations"), "translation"):
            parts = [
                (text(ap, "value") or "")
                for ap in children(child(tr, "addressParts"), "addressPart")
            ]
            line = ", ".join(p for p in parts if p)
            if country_text:
                line = f"{line}, {country_text}" if line else country_text
            if line:
                addresses.append(line)
    return addresses


def _features(elem: ET.Element, refs: dict[str, str], countries: list[str]) -> list[str]:
    """Dates of birth; nationality, citizenship, flag and location countries go to
    ``countries``."""
    dobs: list[str] = []
    for feat in children(child(elem, "features"), "feature"):
        ftype = (text(feat, "type") or "").lower()
        value = text(feat, "value")
        if value is None:
            value_ref = child(feat, "valueRefId")
            value = refs.get(value_ref.text or "") if value_ref is not None else None
        if not value:
            continue
        if ftype == "birthdate":
            dobs.append(value)
        elif ftype in _COUNTRY_FEATURES:
            add_country(countries, value)
    return dobs


def _entity(ctx: ReaderContext, elem: ET.Element, refs: dict[str, str]) -> Entity | None:
    ent_id = elem.get("id")
    general = child(elem, "generalInfo")
    kind_text = (text(general, "entityType") or "").lower() if general is not None else ""
    kind = TYPE_KINDS.get(kind_text)
    if not ent_id or kind is None:
        ctx.issue(
            f"entity {ent_id!r}: missing id or unknown type {kind_text!r}",
            field="entityType" if ent_id else "id",
        )
        return None
    primary, aliases = _names(elem)
    if primary is None:
        ctx.issue(f"entity {ent_id}: no primary name", field="names")
        return None
    programs = [
        p.text.strip()
        for p in children(child(elem, "sanctionsPrograms"), "sanctionsProgram")
        if p.text
    ]
    lists = children(child(elem, "sanctionsLists"), "sanctionsList")
    listed_on = min((sl.get("datePublished") or "9999" for sl in lists), default=None)
    source = next(
        (sl.text.strip() for sl in lists if sl.text and sl.text.strip() != "Consolidated List"),
        None,
    )
    countries: list[str] = []
    addresses = _addresses(elem, countries)
    dobs = _features(elem, refs, countries)
    return Entity(
        list=ctx.list_key,
        list_id=ent_id,
        kind=kind,
        name=primary,
        aliases=aliases,
        countries=countries,
        programs=programs,
        dates_of_birth=dobs,
        addresses=addresses,
        listed_on=None if listed_on in (None, "9999") else listed_on,
        source=source,
    )


def load_ofac_enhanced_xml(path: Path, *, list_key: str | None = None) -> LoadResult:
    """OFAC "Enhanced XML" (``CONS_ENHANCED.XML`` / ``SDN_ENHANCED.XML``, or a zip of it)."""
    if list_key is None:
        list_key = SDN if "SDN_ENHANCED" in path.name.upper() else CONS
    ctx = ReaderContext.open(path, list_key=list_key, format=FORMAT)
    root = ET.fromstring(_xml(ctx))
    date = next(
        (e.text.strip()[:10] for e in root.iter() if local(e.tag) == "dataAsOf" and e.text),
        None,
    )
    refs: dict[str, str] = {}
    for elem in root.iter():
        if local(elem.tag) == "referenceValue":
            value = text(elem, "value")
            if value is not None and elem.get("refId"):
                refs[elem.get("refId", "")] = value
    entities = []
    for elem in root.iter():
        if local(elem.tag) == "entity":
            entity = _entity(ctx, elem, refs)
            if entity is not None:
                entities.append(entity)
    return ctx.finish(entities, date=date)
