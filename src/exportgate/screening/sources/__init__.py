"""The restricted-party lists exportgate reads, and one reader per source format.

This module is the registry: every list key (``Entity.list``, ``ListFile.list``, the keys of
overrides and of the policy's list rules) is defined here once, with the list's title. The
readers live beside it, one module per source format, over the shared
:class:`~exportgate.screening.sources.context.ReaderContext`; :mod:`.sniff` tells the formats
apart and loads files and folders.

Ids follow DESIGN.md: ``us_ofac_sdn`` and ``us_ofac_cons`` (ent_num), ``us_csl`` (``_id``),
``us_bis_dpl`` (a stable hash of name, address and effective date: the DPL file carries no
id), ``un_sc`` (REFERENCE_NUMBER), ``opensanctions`` (entity id).

Importing this package is cheap (no reader is imported), so the policy can name list keys.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ListSource:
    """One list: its key and the title its entries carry as ``source`` where the file gives
    none per entry (the CSL and OpenSanctions give one per entry)."""

    key: str
    title: str


SDN = "us_ofac_sdn"
CONS = "us_ofac_cons"
CSL = "us_csl"
DPL = "us_bis_dpl"
UN = "un_sc"
OPENSANCTIONS = "opensanctions"

LIST_SOURCES: dict[str, ListSource] = {
    s.key: s
    for s in (
        ListSource(SDN, "OFAC SDN List"),
        ListSource(CONS, "OFAC Consolidated (non-SDN) List"),
        ListSource(CSL, "trade.gov Consolidated Screening List"),
        ListSource(DPL, "Denied Persons List (DPL) - Bureau of Industry and Security"),
        ListSource(UN, "UN Security Council Consolidated List"),
        ListSource(OPENSANCTIONS, "OpenSanctions"),
    )
}

#: every list key, in the order above
LIST_KEYS = tuple(LIST_SOURCES)


def title(key: str) -> str:
    """The title of a known list (the key itself for another)."""
    source = LIST_SOURCES.get(key)
    return source.title if source is not None else key


__all__ = [
    "CONS",
    "CSL",
    "DPL",
    "LIST_KEYS",
    "LIST_SOURCES",
    "OPENSANCTIONS",
    "SDN",
    "UN",
    "ListSource",
    "title",
]
