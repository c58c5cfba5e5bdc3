"""BIS Denied Persons List (``dpl.txt``): tab-separated with quotes and a header row.

The file carries no id: an entity's id is a stable hash of its name, address and effective
date (with ``-2``, ``-3`` ... for repeats).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from exportgate.screening.entities import Entity, LoadResult
from exportgate.screening.sources import DPL, title
from exportgate.screening.sources.context import ReaderContext
from exportgate.screening.sources.countries import country_code
from exportgate.screening.sources.fields import guess_kind, us_date

FORMAT = "bis_dpl_tsv"

_ADDRESS_FIELDS = ("Street_Address", "City", "State", "Postal_Code", "Country")


def load_dpl(path: Path, *, date: str | None = None) -> LoadResult:
    """BIS Denied Persons List text file (``dpl.txt``)."""
    ctx = ReaderContext.open(path, list_key=DPL, format=FORMAT)
    entities: list[Entity] = []
    counts: dict[str, int] = {}
    rows = ctx.dict_rows(required={"Name"}, what="a DPL file", delimiter="\t")
    for line, row in rows:
        name = (row.get("Name") or "").strip()
        if None in row or not name:
            ctx.issue("missing name or malformed row", line=line, field=None if name else "Name")
            continue
        address = ", ".join(p for p in ((row.get(k) or "").strip() for k in _ADDRESS_FIELDS) if p)
        effective = us_date(row.get("Effective_Date"))
        ctx.note_date((row.get("Last_Update") or "").strip() or None)
        basis = "|".join([name.upper(), address.upper(), effective or ""])
        list_id = hashlib.sha1(basis.encode()).hexdigest()[:16]
        n = counts.get(list_id, 0)
        counts[list_id] = n + 1
        if n:
            list_id = f"{list_id}-{n + 1}"
        country = country_code((row.get("Country") or "").strip() or None)
        entities.append(
            Entity(
                list=DPL,
                list_id=list_id,
                kind=guess_kind(name),
                name=name,
                countries=[country] if country else [],
                programs=["DPL"],
                addresses=[address] if address else [],
                listed_on=effective,
                source=title(DPL),
                remarks=(row.get("FR_Citation") or "").strip() or None,
            )
        )
    return ctx.finish(entities, date=date, fallback=ctx.latest)
