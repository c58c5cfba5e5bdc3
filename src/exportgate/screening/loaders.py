"""Loaders for every list format the project ships (see ``shared/data/lists/SOURCES.md``).

Each loader returns a :class:`LoadResult`: normalised :class:`Entity` records plus a
:class:`LoadIssue` for every row it could not use (file and line), so nothing is dropped
silently. :func:`load_path` takes a file or a folder and picks the loader from the file names
and contents.

List keys and ids follow DESIGN.md: ``us_ofac_sdn`` (ent_num), ``us_ofac_cons`` (ent_num),
``us_csl`` (``_id``), ``us_bis_dpl`` (a stable hash of name, address and effective date: the
DPL file carries no id), ``un_sc`` (REFERENCE_NUMBER), ``opensanctions`` (entity id).
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import hashlib
import io
import json
import re
import zipfile
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from xml.etree import ElementTree as ET

from exportgate.screening.entities import Alias, Entity, ListFile, LoadIssue, LoadResult

SDN = "us_ofac_sdn"
CONS = "us_ofac_cons"
CSL = "us_csl"
DPL = "us_bis_dpl"
UN = "un_sc"
OPENSANCTIONS = "opensanctions"

LIST_KEYS = (SDN, CONS, CSL, DPL, UN, OPENSANCTIONS)


class UnknownFormat(ValueError):
    """The file is not one of the supported list formats."""


# --------------------------------------------------------------------------------------------
# helpers


@lru_cache(maxsize=1)
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


@lru_cache(maxsize=8192)
def country_code(text: str | None, *, fuzzy: bool = True) -> str | None:
    """ISO 3166-1 alpha-2 (upper case) for a country name or code, or None."""
    if not text:
        return None
    text = text.strip().strip(".")
    if not text or text == "-0-":
        return None
    table = _country_table()
    low = text.lower()
    hit = table.get(low) or table.get(_COUNTRY_ALIASES.get(low, ""))
    if hit or not fuzzy:
        return hit
    # "Korea, North" / "Congo, Democratic Republic of the": try the comma-swapped form
    if "," in low:
        a, b = (x.strip() for x in low.split(",", 1))
        return table.get(f"{b} {a}") or table.get(_COUNTRY_ALIASES.get(f"{b} {a}", ""))
    return None


_COUNTRY_ALIASES = {
    "north korea": "kp",
    "korea north": "kp",
    "south korea": "kr",
    "korea south": "kr",
    "burma": "mm",
    "russia": "ru",
    "iran": "ir",
    "syria": "sy",
    "venezuela": "ve",
    "the democratic republic of the congo": "cd",
    "congo democratic republic of the": "cd",
    "democratic republic of the congo": "cd",
    "democratic republic of the the congo": "cd",
    "republic of the congo": "cg",
    "congo republic of the": "cg",
    "the gambia": "gm",
    "gambia the": "gm",
    "laos": "la",
    "vietnam": "vn",
    "viet nam": "vn",
    "moldova": "md",
    "bolivia": "bo",
    "tanzania": "tz",
    "taiwan": "tw",
    "palestinian": "ps",
    "west bank": "ps",
    "gaza": "ps",
    "region: gaza": "ps",
    "region: west bank": "ps",
    "turkey": "tr",
    "turkiye": "tr",
    "czech republic": "cz",
    "macau": "mo",
    "macao": "mo",
    "hong kong": "hk",
    "ivory coast": "ci",
    "cote d'ivoire": "ci",
    "cote divoire": "ci",
    "united kingdom": "gb",
    "uk": "gb",
    "united states": "us",
    "usa": "us",
    "united arab emirates": "ae",
    "uae": "ae",
    "brunei": "bn",
    "cabo verde": "cv",
    "cape verde": "cv",
    "eswatini": "sz",
    "swaziland": "sz",
    "north macedonia": "mk",
    "macedonia": "mk",
    "micronesia": "fm",
    "kosovo": "xk",
    "crimea": "ua",
    "region: crimea": "ua",
    "netherlands antilles": "cw",
    "yemen": "ye",
    "libya": "ly",
    "iraq": "iq",
    "afghanistan": "af",
    "cuba": "cu",
    "belarus": "by",
    "ukraine": "ua",
    "saint kitts and nevis": "kn",
    "saint vincent and the grenadines": "vc",
    "saint lucia": "lc",
    "sao tome and principe": "st",
    "timor-leste": "tl",
    "east timor": "tl",
    "vatican": "va",
    "holy see": "va",
    "korea": "kr",
    "korea, republic of": "kr",
    "korea, democratic people's republic of": "kp",
    "democratic people's republic of korea": "kp",
    "dprk": "kp",
    "iran (islamic republic of)": "ir",
    "syrian arab republic": "sy",
    "russian federation": "ru",
    "lao people's democratic republic": "la",
    "united republic of tanzania": "tz",
    "bosnia and herzegovina": "ba",
    "bosnia-herzegovina": "ba",
}


def _countries(values: Iterable[str | None]) -> list[str]:
    out: list[str] = []
    for value in values:
        code = country_code(value)
        if code and code not in out:
            out.append(code)
    return out


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _date_from_name(path: Path) -> str | None:
    m = re.search(r"(\d{4})-(\d{2})(?:-(\d{2}))?", path.name) or re.search(
        r"(\d{4})-(\d{2})(?:-(\d{2}))?", path.parent.name
    )
    if not m:
        return None
    return "-".join(g for g in m.groups() if g)


def _read_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    if path.name.lower().endswith(".gz"):
        data = gzip.decompress(data)
    return data


def _ofac_text(data: bytes) -> str:
    # Legacy OFAC files: Latin-1/CP1252, CRLF, a trailing Ctrl-Z (0x1A).
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return text.replace("\x1a", "")


def _null(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if not value or value == "-0-":
        return None
    return value


_SDN_TYPES = {
    None: "organization",
    "individual": "person",
    "vessel": "vessel",
    "aircraft": "aircraft",
    "entity": "organization",
}


def _programs(value: str | None) -> list[str]:
    # "SDGT] [NPWMD] [IFSR" — the brackets of the OFAC file, minus the outer pair
    if not value:
        return []
    return [p.strip(" []") for p in value.split("] [") if p.strip(" []")]


_REMARK_DOB = re.compile(r"\bDOB ([^;]+?)(?:;|$)")
_REMARK_AKA = re.compile(r"\b[afn]\.k\.a\. '([^']+)'")
_REMARK_COUNTRY = re.compile(
    r"\b(?:nationality|Citizen|citizen|Nationality of Registration)\s+([A-Z][^;.]*?)(?:;|\.|$)"
)


def _remark_facts(remarks: str | None) -> tuple[list[str], list[str], list[str]]:
    """Dates of birth, aliases and countries stated in an OFAC Remarks column."""
    if not remarks:
        return [], [], []
    dobs = [d.strip() for m in _REMARK_DOB.finditer(remarks) for d in m.group(1).split(" to ")]
    akas = [m.group(1).strip() for m in _REMARK_AKA.finditer(remarks)]
    countries: list[str] = []
    for m in _REMARK_COUNTRY.finditer(remarks):
        code = country_code(m.group(1), fuzzy=False)
        if code and code not in countries:
            countries.append(code)
    return dobs, akas, countries


# --------------------------------------------------------------------------------------------
# OFAC legacy CSV (SDN and consolidated non-SDN share the layout)


def _csv_rows(path: Path, data: bytes) -> Iterator[tuple[int, list[str]]]:
    text = _ofac_text(data)
    reader = csv.reader(io.StringIO(text, newline=""))
    for row in reader:
        line = reader.line_num
        if not row or all(not c.strip() for c in row):
            continue
        yield line, row


def load_ofac_csv(
    prim: Path,
    alt: Path | None = None,
    add: Path | None = None,
    *,
    list_key: str = SDN,
    date: str | None = None,
) -> LoadResult:
    """OFAC legacy CSV: ``sdn.csv`` (or ``cons_prim.csv``) with optional alt/add files."""
    result = LoadResult()
    entities: dict[str, Entity] = {}
    data = _read_bytes(prim)
    for line, row in _csv_rows(prim, data):
        if len(row) < 12:
            result.issues.append(
                LoadIssue(file=str(prim), line=line, message=f"expected 12 columns, got {len(row)}")
            )
            continue
        ent_num, name = _null(row[0]), _null(row[1])
        if not ent_num or not ent_num.isdigit() or not name:
            result.issues.append(
                LoadIssue(file=str(prim), line=line, message="missing ent_num or name")
            )
            continue
        sdn_type = (_null(row[2]) or "").lower() or None
        kind = _SDN_TYPES.get(sdn_type)
        if kind is None:
            result.issues.append(
                LoadIssue(file=str(prim), line=line, message=f"unknown SDN_Type {row[2]!r}")
            )
            kind = "organization"
        remarks = _null(row[11])
        dobs, akas, countries = _remark_facts(remarks)
        vess_flag = country_code(_null(row[9]))
        if vess_flag and vess_flag not in countries:
            countries.append(vess_flag)
        if ent_num in entities:
            result.issues.append(
                LoadIssue(file=str(prim), line=line, message=f"duplicate ent_num {ent_num}")
            )
            continue
        entities[ent_num] = Entity(
            list=list_key,
            list_id=ent_num,
            kind=kind,
            name=name,
            aliases=[Alias(name=a) for a in akas],
            countries=countries,
            programs=_programs(_null(row[3])),
            dates_of_birth=dobs,
            remarks=remarks,
            source="OFAC SDN List" if list_key == SDN else "OFAC Consolidated (non-SDN) List",
        )
    if alt is not None:
        for line, row in _csv_rows(alt, _read_bytes(alt)):
            if len(row) < 4:
                result.issues.append(
                    LoadIssue(
                        file=str(alt), line=line, message=f"expected 5 columns, got {len(row)}"
                    )
                )
                continue
            ent = entities.get(row[0].strip())
            name = _null(row[3])
            if ent is None or not name:
                result.issues.append(
                    LoadIssue(
                        file=str(alt),
                        line=line,
                        message=f"alias of unknown ent_num {row[0].strip()!r}"
                        if ent is None
                        else "empty alias",
                    )
                )
                continue
            alt_type = (_null(row[2]) or "aka").lower()
            strength = "former" if alt_type == "fka" else "strong"
            if all(a.name != name for a in ent.aliases):
                ent.aliases.append(Alias(name=name, strength=strength))
    if add is not None:
        for line, row in _csv_rows(add, _read_bytes(add)):
            if len(row) < 5:
                result.issues.append(
                    LoadIssue(
                        file=str(add), line=line, message=f"expected 6 columns, got {len(row)}"
                    )
                )
                continue
            ent = entities.get(row[0].strip())
            if ent is None:
                result.issues.append(
                    LoadIssue(
                        file=str(add), line=line, message=f"address of unknown ent_num {row[0]!r}"
                    )
                )
                continue
            parts = [p for p in (_null(row[2]), _null(row[3]), _null(row[4])) if p]
            if parts:
                ent.addresses.append(", ".join(parts))
            code = country_code(_null(row[4]))
            if code and code not in ent.countries:
                ent.countries.append(code)
    result.entities = list(entities.values())
    result.files.append(
        ListFile(
            path=str(prim),
            list=list_key,
            format="ofac_csv",
            entities=len(result.entities),
            date=date or _date_from_name(prim),
            sha256=_sha256(data),
        )
    )
    return result


# --------------------------------------------------------------------------------------------
# OFAC Enhanced XML (sanctionslistservice "ENHANCED" export), plain or zipped


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(elem: ET.Element, name: str) -> ET.Element | None:
    for c in elem:
        if _local(c.tag) == name:
            return c
    return None


def _children(elem: ET.Element | None, name: str) -> list[ET.Element]:
    if elem is None:
        return []
    return [c for c in elem if _local(c.tag) == name]


def _text(elem: ET.Element | None, name: str) -> str | None:
    c = _child(elem, name) if elem is not None else None
    return c.text.strip() if c is not None and c.text and c.text.strip() else None


_ENH_KINDS = {
    "individual": "person",
    "entity": "organization",
    "vessel": "vessel",
    "aircraft": "aircraft",
}


def load_ofac_enhanced_xml(path: Path, *, list_key: str | None = None) -> LoadResult:
    """OFAC "Enhanced XML" (``CONS_ENHANCED.XML`` / ``SDN_ENHANCED.XML``, or a zip of it)."""
    raw = path.read_bytes()
    if raw[:2] == b"PK":
        with zipfile.ZipFile(io.BytesIO(raw)) as zf:
            xml_names = [n for n in zf.namelist() if n.lower().endswith(".xml")]
            if not xml_names:
                raise UnknownFormat(f"{path}: zip holds no XML file")
            xml = zf.read(xml_names[0])
    else:
        xml = raw
    if list_key is None:
        list_key = SDN if b"SDN_ENHANCED" in path.name.upper().encode() else CONS
    result = LoadResult()
    root = ET.fromstring(xml)
    date = None
    for elem in root.iter():
        if _local(elem.tag) == "dataAsOf" and elem.text:
            date = elem.text.strip()[:10]
            break
    # reference values (countries etc.) are given by id in <referenceValues>
    refs: dict[str, str] = {}
    for elem in root.iter():
        if _local(elem.tag) == "referenceValue":
            value = _text(elem, "value")
            if value is not None and elem.get("refId"):
                refs[elem.get("refId", "")] = value
    for ent_elem in root.iter():
        if _local(ent_elem.tag) != "entity":
            continue
        ent_id = ent_elem.get("id")
        general = _child(ent_elem, "generalInfo")
        kind_text = (_text(general, "entityType") or "").lower() if general is not None else ""
        kind = _ENH_KINDS.get(kind_text)
        if not ent_id or kind is None:
            result.issues.append(
                LoadIssue(
                    file=str(path),
                    line=None,
                    message=f"entity {ent_id!r}: missing id or unknown type {kind_text!r}",
                )
            )
            continue
        primary: str | None = None
        aliases: list[Alias] = []
        for name_elem in _children(_child(ent_elem, "names"), "name"):
            is_primary = _text(name_elem, "isPrimary") == "true"
            low = _text(name_elem, "isLowQuality") == "true"
            alias_type = (_text(name_elem, "aliasType") or "").lower()
            for tr in _children(_child(name_elem, "translations"), "translation"):
                full = _text(tr, "formattedFullName")
                if not full:
                    continue
                script = _text(tr, "script")
                tr_primary = _text(tr, "isPrimary") == "true"
                if is_primary and tr_primary and primary is None:
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
        if primary is None:
            result.issues.append(
                LoadIssue(file=str(path), line=None, message=f"entity {ent_id}: no primary name")
            )
            continue
        programs = [
            p.text.strip()
            for p in _children(_child(ent_elem, "sanctionsPrograms"), "sanctionsProgram")
            if p.text
        ]
        lists = _children(_child(ent_elem, "sanctionsLists"), "sanctionsList")
        listed_on = min((sl.get("datePublished") or "9999" for sl in lists), default=None)
        source = next(
            (sl.text.strip() for sl in lists if sl.text and sl.text.strip() != "Consolidated List"),
            None,
        )
        countries: list[str] = []
        addresses: list[str] = []
        for addr in _children(_child(ent_elem, "addresses"), "address"):
            country = _child(addr, "country")
            if country is not None and country.text:
                code = country_code(country.text)
                if code and code not in countries:
                    countries.append(code)
            for tr in _children(_child(addr, "translations"), "translation"):
                parts = [
                    (_text(ap, "value") or "")
                    for ap in _children(_child(tr, "addressParts"), "addressPart")
                ]
                text = ", ".join(p for p in parts if p)
                if country is not None and country.text:
                    text = f"{text}, {country.text}" if text else country.text
                if text:
                    addresses.append(text)
        dobs: list[str] = []
        for feat in _children(_child(ent_elem, "features"), "feature"):
            ftype = (_text(feat, "type") or "").lower()
            value = _text(feat, "value")
            if value is None:
                value_ref = _child(feat, "valueRefId")
                value = refs.get(value_ref.text or "") if value_ref is not None else None
            if not value:
                continue
            if ftype == "birthdate":
                dobs.append(value)
            elif ftype in ("nationality country", "citizenship country", "vessel flag", "location"):
                code = country_code(value)
                if code and code not in countries:
                    countries.append(code)
        result.entities.append(
            Entity(
                list=list_key,
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
        )
    result.files.append(
        ListFile(
            path=str(path),
            list=list_key,
            format="ofac_enhanced_xml",
            entities=len(result.entities),
            date=date or _date_from_name(path),
            sha256=_sha256(raw),
        )
    )
    return result


# --------------------------------------------------------------------------------------------
# trade.gov Consolidated Screening List CSV (optionally gzipped)

_CSL_KINDS = {
    "individual": "person",
    "entity": "organization",
    "vessel": "vessel",
    "aircraft": "aircraft",
}


def _split_semicolon(value: str | None) -> list[str]:
    if not value:
        return []
    return [v.strip() for v in value.split(";") if v.strip()]


def _csl_source_short(source: str) -> str:
    # "Entity List (EL) - Bureau of Industry and Security" -> keep as is; the policy reads it
    return source.strip()


def load_csl_csv(path: Path, *, date: str | None = None) -> LoadResult:
    """trade.gov CSL CSV (29 columns, ``alt_names`` separated by ``;``)."""
    data = _read_bytes(path)
    text = data.decode("utf-8-sig", errors="replace")
    result = LoadResult()
    reader = csv.DictReader(io.StringIO(text, newline=""))
    required = {"_id", "source", "name"}
    if not reader.fieldnames or not required <= set(reader.fieldnames):
        raise UnknownFormat(f"{path}: not a CSL CSV (header {reader.fieldnames!r})")
    latest: str | None = None
    seen: dict[str, Entity] = {}
    for row in reader:
        line = reader.line_num
        if None in row:  # more cells than header fields
            result.issues.append(
                LoadIssue(file=str(path), line=line, message="more cells than header columns")
            )
            continue
        if row.get("_id") == "_id":  # repeated header line
            continue
        list_id = (row.get("_id") or "").strip()
        name = (row.get("name") or "").strip()
        if not list_id or not name:
            result.issues.append(
                LoadIssue(file=str(path), line=line, message="missing _id or name")
            )
            continue
        source = _csl_source_short(row.get("source") or "")
        if list_id in seen:
            # one party on several source lists (e.g. SDN and CAP): one entity, every source
            prev = seen[list_id]
            if source and source not in (prev.source or ""):
                prev.source = f"{prev.source}; {source}" if prev.source else source
            for prog in _split_semicolon(row.get("programs")):
                if prog not in prev.programs:
                    prev.programs.append(prog)
            known = {a.name for a in prev.aliases}
            prev.aliases.extend(
                Alias(name=a) for a in _split_semicolon(row.get("alt_names")) if a not in known
            )
            continue
        raw_type = (row.get("type") or "").strip().lower()
        kind = _CSL_KINDS.get(raw_type)
        if kind is None:
            # DPL, Entity List, UVL, MEU, ISN rows carry no type: decide from the name
            kind = _guess_kind(name)
        addresses = _split_semicolon(row.get("addresses"))
        countries = _countries(
            [
                *_split_semicolon(row.get("citizenships")),
                *_split_semicolon(row.get("nationalities")),
            ]
        )
        for addr in addresses:
            tail = addr.rsplit(",", 1)[-1].strip()
            code = country_code(tail) if len(tail) == 2 else None
            if code and code not in countries:
                countries.append(code)
        flag = country_code(row.get("vessel_flag"))
        if flag and flag not in countries:
            countries.append(flag)
        start = (row.get("start_date") or "").strip() or None
        if start and (latest is None or start > latest):
            latest = start
        entity = Entity(
            list=CSL,
            list_id=list_id,
            kind=kind,
            name=name,
            aliases=[Alias(name=a) for a in _split_semicolon(row.get("alt_names"))],
            countries=countries,
            programs=_split_semicolon(row.get("programs")),
            dates_of_birth=_split_semicolon(row.get("dates_of_birth")),
            addresses=addresses,
            listed_on=start,
            source=source,
            remarks=(row.get("remarks") or "").strip() or None,
        )
        seen[list_id] = entity
        result.entities.append(entity)
    result.files.append(
        ListFile(
            path=str(path),
            list=CSL,
            format="csl_csv",
            entities=len(result.entities),
            date=date or _date_from_name(path) or latest,
            sha256=_sha256(data),
        )
    )
    return result


_ORG_HINTS = re.compile(
    r"\b(co|corp|corporation|company|inc|ltd|limited|llc|gmbh|ag|sa|s\.a|srl|bv|plc|jsc|ooo|"
    r"institute|university|academy|laboratory|bureau|center|centre|group|holding|holdings|"
    r"industries|industry|trading|technology|technologies|electronics|enterprises?|factory|"
    r"plant|works|research|ministry|department|agency|bank|association|organi[sz]ation|"
    r"international|services|systems|airlines?|shipping|logistics|import|export|fze|fzco|"
    r"pte|pvt|llp|lp|s\.?a\.?s|sas|sarl|spa|kft|zao|oao|pao|tov)\b",
    re.IGNORECASE,
)


def _guess_kind(name: str) -> str:
    return "organization" if _ORG_HINTS.search(name) else "person"


# --------------------------------------------------------------------------------------------
# BIS Denied Persons List (tab-separated with quotes, header row)


def _us_date(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    for fmt in ("%m/%d/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def load_dpl(path: Path, *, date: str | None = None) -> LoadResult:
    """BIS Denied Persons List text file (``dpl.txt``)."""
    data = _read_bytes(path)
    text = data.decode("utf-8-sig", errors="replace")
    result = LoadResult()
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter="\t")
    if not reader.fieldnames or "Name" not in reader.fieldnames:
        raise UnknownFormat(f"{path}: not a DPL file (header {reader.fieldnames!r})")
    latest: str | None = None
    counts: dict[str, int] = {}
    for row in reader:
        line = reader.line_num
        name = (row.get("Name") or "").strip()
        if None in row or not name:
            result.issues.append(
                LoadIssue(file=str(path), line=line, message="missing name or malformed row")
            )
            continue
        addr_parts = [
            (row.get(k) or "").strip()
            for k in ("Street_Address", "City", "State", "Postal_Code", "Country")
        ]
        address = ", ".join(p for p in addr_parts if p)
        effective = _us_date(row.get("Effective_Date"))
        updated = (row.get("Last_Update") or "").strip() or None
        if updated and (latest is None or updated > latest):
            latest = updated
        basis = "|".join([name.upper(), address.upper(), effective or ""])
        list_id = hashlib.sha1(basis.encode()).hexdigest()[:16]
        n = counts.get(list_id, 0)
        counts[list_id] = n + 1
        if n:
            list_id = f"{list_id}-{n + 1}"
        country = country_code((row.get("Country") or "").strip() or None)
        result.entities.append(
            Entity(
                list=DPL,
                list_id=list_id,
                kind=_guess_kind(name),
                name=name,
                countries=[country] if country else [],
                programs=["DPL"],
                addresses=[address] if address else [],
                listed_on=effective,
                source="Denied Persons List (DPL) - Bureau of Industry and Security",
                remarks=(row.get("FR_Citation") or "").strip() or None,
            )
        )
    result.files.append(
        ListFile(
            path=str(path),
            list=DPL,
            format="bis_dpl_tsv",
            entities=len(result.entities),
            date=date or _date_from_name(path) or latest,
            sha256=_sha256(data),
        )
    )
    return result


# --------------------------------------------------------------------------------------------
# UN Security Council consolidated list XML


def _un_join(*parts: str | None) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())


def load_un_xml(path: Path) -> LoadResult:
    """UN SC consolidated list XML, including ``NAME_ORIGINAL_SCRIPT`` and alias quality."""
    raw = _read_bytes(path)
    root = ET.fromstring(raw)
    if _local(root.tag) != "CONSOLIDATED_LIST":
        raise UnknownFormat(f"{path}: not a UN consolidated list")
    result = LoadResult()
    date = (root.get("dateGenerated") or "")[:10] or None
    for section, kind in (("INDIVIDUALS", "person"), ("ENTITIES", "organization")):
        sec = _child(root, section)
        if sec is None:
            continue
        tag = section[:-1] if section == "INDIVIDUALS" else "ENTITY"
        for elem in _children(sec, tag):
            ref = _text(elem, "REFERENCE_NUMBER")
            name = _un_join(
                _text(elem, "FIRST_NAME"),
                _text(elem, "SECOND_NAME"),
                _text(elem, "THIRD_NAME"),
                _text(elem, "FOURTH_NAME"),
            )
            if not ref or not name:
                result.issues.append(
                    LoadIssue(
                        file=str(path),
                        line=None,
                        message=f"{tag} DATAID {_text(elem, 'DATAID')}: missing reference or name",
                    )
                )
                continue
            aliases: list[Alias] = []
            original = _text(elem, "NAME_ORIGINAL_SCRIPT")
            if original:
                aliases.append(Alias(name=original, script="original"))
            for al in _children(elem, f"{tag}_ALIAS"):
                alias_name = _text(al, "ALIAS_NAME")
                if not alias_name:
                    continue
                quality = (_text(al, "QUALITY") or "").lower()
                strength = {"low": "weak", "f.k.a.": "former"}.get(quality, "strong")
                aliases.append(Alias(name=alias_name, strength=strength))
            countries: list[str] = []
            for nat in _children(elem, "NATIONALITY"):
                countries.extend(_countries(v.text for v in _children(nat, "VALUE")))
            addresses: list[str] = []
            for addr in _children(elem, f"{tag}_ADDRESS"):
                parts = [
                    _text(addr, k)
                    for k in ("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY")
                ]
                text = ", ".join(p for p in parts if p)
                if text:
                    addresses.append(text)
                code = country_code(_text(addr, "COUNTRY"))
                if code and code not in countries:
                    countries.append(code)
            dobs: list[str] = []
            for dob in _children(elem, "INDIVIDUAL_DATE_OF_BIRTH"):
                value = _text(dob, "DATE") or _text(dob, "YEAR")
                if value:
                    dobs.append(value)
                elif _text(dob, "FROM_YEAR"):
                    dobs.append(f"{_text(dob, 'FROM_YEAR')}..{_text(dob, 'TO_YEAR')}")
            result.entities.append(
                Entity(
                    list=UN,
                    list_id=ref,
                    kind=kind,
                    name=name,
                    aliases=aliases,
                    countries=_countries(countries),
                    programs=[p for p in [_text(elem, "UN_LIST_TYPE")] if p],
                    dates_of_birth=dobs,
                    addresses=addresses,
                    listed_on=_text(elem, "LISTED_ON"),
                    source="UN Security Council Consolidated List",
                    remarks=_text(elem, "COMMENTS1"),
                )
            )
    result.files.append(
        ListFile(
            path=str(path),
            list=UN,
            format="un_xml",
            entities=len(result.entities),
            date=date or _date_from_name(path),
            sha256=_sha256(raw),
        )
    )
    return result


# --------------------------------------------------------------------------------------------
# OpenSanctions FollowTheMoney JSON lines

_FTM_KINDS = {
    "Person": "person",
    "Organization": "organization",
    "Company": "organization",
    "LegalEntity": "organization",
    "PublicBody": "organization",
    "Vessel": "vessel",
    "Airplane": "aircraft",
}


def load_ftm_jsonl(path: Path) -> LoadResult:
    """OpenSanctions FtM entities (JSON lines). Screens the sanctioned targets only."""
    data = _read_bytes(path)
    result = LoadResult()
    sanctions: dict[str, list[dict[str, list[str]]]] = {}
    records: list[tuple[int, dict[str, object]]] = []
    latest: str | None = None
    for line_no, line in enumerate(data.decode("utf-8", errors="replace").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            result.issues.append(
                LoadIssue(file=str(path), line=line_no, message=f"bad JSON: {exc}")
            )
            continue
        if not isinstance(obj, dict) or "schema" not in obj or "id" not in obj:
            result.issues.append(
                LoadIssue(file=str(path), line=line_no, message="not an FtM entity (no id/schema)")
            )
            continue
        seen = obj.get("last_change") or obj.get("last_seen")
        if isinstance(seen, str) and (latest is None or seen > latest):
            latest = seen
        if obj["schema"] == "Sanction":
            props = obj.get("properties") or {}
            for ent in props.get("entity", []):
                sanctions.setdefault(ent, []).append(props)
            continue
        records.append((line_no, obj))
    for line_no, obj in records:
        schema = str(obj["schema"])
        kind = _FTM_KINDS.get(schema)
        if kind is None:
            continue  # addresses, ownership links, … are not screened
        props = obj.get("properties") or {}
        assert isinstance(props, dict)
        targeted = bool(obj.get("target")) or "sanction" in props.get("topics", [])
        ent_id = str(obj["id"])
        if not targeted and ent_id not in sanctions:
            continue
        names = [n for n in props.get("name", []) if n.strip()]
        if not names:
            result.issues.append(
                LoadIssue(file=str(path), line=line_no, message=f"{ent_id}: {schema} without name")
            )
            continue
        caption = obj.get("caption")
        primary = caption if isinstance(caption, str) and caption in names else names[0]
        aliases = [Alias(name=n) for n in names if n != primary]
        aliases += [Alias(name=n) for n in props.get("alias", [])]
        aliases += [Alias(name=n, strength="weak") for n in props.get("weakAlias", [])]
        aliases += [Alias(name=n, strength="former") for n in props.get("previousName", [])]
        countries = _countries(
            [
                *props.get("country", []),
                *props.get("nationality", []),
                *props.get("citizenship", []),
                *props.get("jurisdiction", []),
                *props.get("flag", []),
            ]
        )
        programs: list[str] = []
        listed: list[str] = []
        for sanc in sanctions.get(ent_id, []):
            for key in ("programId", "program"):
                for p in sanc.get(key, []):
                    if p not in programs:
                        programs.append(p)
            listed += sanc.get("listingDate", []) + sanc.get("startDate", [])
        for topic in props.get("topics", []):
            if topic not in programs and topic.startswith("sanction"):
                programs.append(topic)
        datasets = obj.get("datasets")
        result.entities.append(
            Entity(
                list=OPENSANCTIONS,
                list_id=ent_id,
                kind=kind,
                name=primary,
                aliases=aliases,
                countries=countries,
                programs=programs,
                dates_of_birth=list(props.get("birthDate", [])),
                addresses=list(props.get("address", [])),
                listed_on=min(listed) if listed else None,
                source=", ".join(datasets) if isinstance(datasets, list) else None,
            )
        )
    result.files.append(
        ListFile(
            path=str(path),
            list=OPENSANCTIONS,
            format="ftm_jsonl",
            entities=len(result.entities),
            date=(latest or "")[:10] or _date_from_name(path),
            sha256=_sha256(data),
        )
    )
    return result


# --------------------------------------------------------------------------------------------
# dispatch


def _sniff(path: Path) -> str:
    name = path.name.lower()
    base = name[:-3] if name.endswith(".gz") else name
    if base in ("sdn.csv", "sdn.csv.txt"):
        return "ofac_sdn"
    if base in ("cons_prim.csv", "cons_prim.txt"):
        return "ofac_cons"
    if base in (
        "alt.csv",
        "add.csv",
        "sdn_comments.csv",
        "cons_alt.csv",
        "cons_add.csv",
        "cons_comments.csv",
    ):
        return "ofac_part"
    head = _read_bytes(path)[:4096] if not name.endswith(".zip") else path.read_bytes()[:4]
    if head[:2] == b"PK" or name.endswith(".zip"):
        return "ofac_enhanced_xml"
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff").lstrip()
    if text.startswith("<"):
        if "CONSOLIDATED_LIST" in text:
            return "un_xml"
        if "sanctionsData" in text:
            return "ofac_enhanced_xml"
        raise UnknownFormat(f"{path}: unknown XML document")
    if text.startswith("_id,") or text.startswith('"_id",'):
        return "csl_csv"
    if text.startswith('"Name"\t') or text.startswith("Name\t"):
        return "bis_dpl"
    if text.startswith("{"):
        return "ftm_jsonl"
    first = text.split("\n", 1)[0]
    if re.match(r'^\d+,"', first):
        return "ofac_sdn"
    raise UnknownFormat(f"{path}: not a supported list format")


def _sibling(path: Path, *names: str) -> Path | None:
    for n in names:
        for cand in (path.parent / n, path.parent / n.upper(), path.parent / (n + ".gz")):
            if cand.exists():
                return cand
    return None


def load_file(path: Path) -> LoadResult:
    """Load one list file; OFAC CSV parts (alt/add) are picked up from the same folder."""
    path = Path(path)
    fmt = _sniff(path)
    if fmt == "ofac_sdn":
        return load_ofac_csv(
            path, _sibling(path, "alt.csv"), _sibling(path, "add.csv"), list_key=SDN
        )
    if fmt == "ofac_cons":
        return load_ofac_csv(
            path, _sibling(path, "cons_alt.csv"), _sibling(path, "cons_add.csv"), list_key=CONS
        )
    if fmt == "ofac_part":
        return LoadResult()  # read together with its primary file
    if fmt == "ofac_enhanced_xml":
        return load_ofac_enhanced_xml(path)
    if fmt == "un_xml":
        return load_un_xml(path)
    if fmt == "csl_csv":
        return load_csl_csv(path)
    if fmt == "bis_dpl":
        return load_dpl(path)
    if fmt == "ftm_jsonl":
        return load_ftm_jsonl(path)
    raise UnknownFormat(f"{path}: unsupported format {fmt}")


_SKIP_SUFFIXES = (".md", ".txt.md", ".json.sha256")


def list_files(path: Path) -> list[Path]:
    """The loadable files under a folder (recursively), or the file itself."""
    path = Path(path)
    if path.is_file():
        return [path]
    out = []
    for p in sorted(path.rglob("*")):
        if not p.is_file() or p.name.startswith(".") or p.name.lower().endswith(_SKIP_SUFFIXES):
            continue
        if p.name == "manifest.json":
            continue
        out.append(p)
    return out


def load_path(path: Path | str) -> LoadResult:
    """Load a file or every list file in a folder. Unknown files are reported, not fatal."""
    result = LoadResult()
    for file in list_files(Path(path)):
        try:
            result.extend(load_file(file))
        except UnknownFormat as exc:
            result.issues.append(LoadIssue(file=str(file), line=None, message=str(exc)))
        except ET.ParseError as exc:
            result.issues.append(
                LoadIssue(file=str(file), line=exc.position[0], message=f"bad XML: {exc}")
            )
    return result


def merge_duplicates(entities: Iterable[Entity]) -> list[Entity]:
    """Keep one entity per (list, list_id); later files win, aliases are merged."""
    merged: dict[tuple[str, str], Entity] = {}
    for ent in entities:
        old = merged.get(ent.key)
        if old is not None:
            names = {a.name for a in ent.aliases} | {ent.name}
            ent.aliases.extend(a for a in old.aliases if a.name not in names)
            if old.name not in names:
                ent.aliases.append(Alias(name=old.name))
        merged[ent.key] = ent
    return list(merged.values())
