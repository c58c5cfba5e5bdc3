"""OFAC legacy CSV: ``sdn.csv`` (SDN List) or ``cons_prim.csv`` (Consolidated non-SDN List),
with the aliases (``alt.csv`` / ``cons_alt.csv``) and addresses (``add.csv`` / ``cons_add.csv``)
of the same folder.

The files have no header. Primary: ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign,
Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks. Aliases: ent_num, alt_num, alt_type,
alt_name, alt_remarks. Addresses: ent_num, add_num, Address, City/State/Province/Postal Code,
Country, Add_remarks. Legacy quirks: Latin-1/CP1252 text, CRLF, ``-0-`` for empty, a trailing
Ctrl-Z.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

from exportgate.screening.entities import Alias, Entity, LoadResult
from exportgate.screening.sources import CONS, SDN, title
from exportgate.screening.sources.context import ReaderContext, read_bytes
from exportgate.screening.sources.countries import add_country
from exportgate.screening.sources.fields import TYPE_KINDS, null

FORMAT = "ofac_csv"

#: primary file names -> the list they hold
PRIMARY_FILES = {
    "sdn.csv": SDN,
    "sdn.csv.txt": SDN,
    "cons_prim.csv": CONS,
    "cons_prim.txt": CONS,
}
#: the alias and address files read with each list's primary file
COMPANION_FILES = {SDN: ("alt.csv", "add.csv"), CONS: ("cons_alt.csv", "cons_add.csv")}
#: files read only together with their primary file (the comments files are not read)
PART_FILES = (
    "alt.csv",
    "add.csv",
    "sdn_comments.csv",
    "cons_alt.csv",
    "cons_add.csv",
    "cons_comments.csv",
)

_PRIMARY_FIELDS = 12


def _text(data: bytes) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return text.replace("\x1a", "")


def _rows(
    ctx: ReaderContext, path: Path, data: bytes, *, least: int, expected: int
) -> Iterator[tuple[int, list[str]]]:
    """The non-blank rows of one file with their line, the short ones reported."""
    reader = csv.reader(io.StringIO(_text(data), newline=""))
    for row in reader:
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) < least:
            ctx.issue(
                f"expected {expected} columns, got {len(row)}", line=reader.line_num, file=path
            )
            continue
        yield reader.line_num, row


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
        add_country(countries, m.group(1), fuzzy=False)
    return dobs, akas, countries


def _primary(ctx: ReaderContext, line: int, row: list[str]) -> Entity | None:
    ent_num, name = null(row[0]), null(row[1])
    if not ent_num or not ent_num.isdigit() or not name:
        ctx.issue("missing ent_num or name", line=line, field="ent_num" if name else "SDN_Name")
        return None
    sdn_type = (null(row[2]) or "").lower() or None
    kind = "organization" if sdn_type is None else TYPE_KINDS.get(sdn_type)
    if kind is None:
        ctx.issue(f"unknown SDN_Type {row[2]!r}", line=line, field="SDN_Type")
        kind = "organization"
    remarks = null(row[11])
    dobs, akas, countries = _remark_facts(remarks)
    add_country(countries, null(row[9]))
    return Entity(
        list=ctx.list_key,
        list_id=ent_num,
        kind=kind,
        name=name,
        aliases=[Alias(name=a) for a in akas],
        countries=countries,
        programs=_programs(null(row[3])),
        dates_of_birth=dobs,
        remarks=remarks,
        source=title(ctx.list_key),
    )


def _read_aliases(ctx: ReaderContext, path: Path, entities: dict[str, Entity]) -> None:
    for line, row in _rows(ctx, path, read_bytes(path), least=4, expected=5):
        ent = entities.get(row[0].strip())
        name = null(row[3])
        if ent is None:
            ctx.issue(
                f"alias of unknown ent_num {row[0].strip()!r}",
                line=line,
                field="ent_num",
                file=path,
            )
            continue
        if not name:
            ctx.issue("empty alias", line=line, field="alt_name", file=path)
            continue
        alt_type = (null(row[2]) or "aka").lower()
        strength = "former" if alt_type == "fka" else "strong"
        if all(a.name != name for a in ent.aliases):
            ent.aliases.append(Alias(name=name, strength=strength))


def _read_addresses(ctx: ReaderContext, path: Path, entities: dict[str, Entity]) -> None:
    for line, row in _rows(ctx, path, read_bytes(path), least=5, expected=6):
        ent = entities.get(row[0].strip())
        if ent is None:
            ctx.issue(
                f"address of unknown ent_num {row[0]!r}", line=line, field="ent_num", file=path
            )
            continue
        parts = [p for p in (null(row[2]), null(row[3]), null(row[4])) if p]
        if parts:
            ent.addresses.append(", ".join(parts))
        add_country(ent.countries, null(row[4]))


def load_ofac_csv(
    prim: Path,
    alt: Path | None = None,
    add: Path | None = None,
    *,
    list_key: str = SDN,
    date: str | None = None,
) -> LoadResult:
    """OFAC legacy CSV: ``sdn.csv`` (or ``cons_prim.csv``) with optional alt/add files."""
    ctx = ReaderContext.open(prim, list_key=list_key, format=FORMAT)
    entities: dict[str, Entity] = {}
    for line, row in _rows(ctx, prim, ctx.data, least=_PRIMARY_FIELDS, expected=_PRIMARY_FIELDS):
        entity = _primary(ctx, line, row)
        if entity is None:
            continue
        if entity.list_id in entities:
            ctx.issue(f"duplicate ent_num {entity.list_id}", line=line, field="ent_num")
            continue
        entities[entity.list_id] = entity
    if alt is not None:
        _read_aliases(ctx, alt, entities)
    if add is not None:
        _read_addresses(ctx, add, entities)
    return ctx.finish(list(entities.values()), date=date)


def _companion(path: Path, name: str) -> Path | None:
    for cand in (path.parent / name, path.parent / name.upper(), path.parent / (name + ".gz")):
        if cand.exists():
            return cand
    return None


def load_ofac_csv_file(path: Path) -> LoadResult:
    """A primary file with the alias and address files beside it; the list from its name
    (``cons_prim.csv``: the Consolidated List; otherwise the SDN List)."""
    name = path.name.lower()
    base = name[:-3] if name.endswith(".gz") else name
    list_key = PRIMARY_FILES.get(base, SDN)
    alt, add = COMPANION_FILES[list_key]
    return load_ofac_csv(path, _companion(path, alt), _companion(path, add), list_key=list_key)
