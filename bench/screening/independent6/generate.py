"""Independent screening check set independent6 (issue 17), written by helper screenind6.

Builds bench/screening/data/independent6_variants.csv.gz (list-name variants by category) and
bench/screening/data/independent6_innocent.csv.gz (innocent names written by hand, below) from
the shipped lists alone.  Standard library only; the output is byte-identical under any
PYTHONHASHSEED (every choice comes from random.Random seeded with a string, every set is sorted
before it is used).  Run from the repository root:

    python bench/screening/independent6/generate.py

Prints the count per category and the SHA-256 of both files; exits 1 when a category has fewer
than 40 variants or fewer than 2,500 innocent names were kept.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import random
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

SEED = 2026120610
SET_NAME = "independent6"
PER_CATEGORY = 40
INNOCENT_TARGET = 2500
MAX_PER_ENTRY = 3
MARKER = (
    "# INDEPENDENT CHECK SET (never tune on it): independent6 (issue 17) written by helper "
    "screenind6 on 2026-12-06 from the shipped lists; see bench/screening/independent6/README.md"
)

ROOT = Path(__file__).resolve().parents[3]
LISTS = ROOT / "src" / "exportgate" / "screening" / "data" / "lists"
OUT = ROOT / "bench" / "screening" / "data"

# ---------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------


@dataclass
class Entry:
    idx: int
    list_key: str  # us_ofac_sdn, us_ofac_cons, un_sc, us_csl, us_bis_dpl
    group: str  # sdn, cons, un, csl_sdn, csl_other, dpl
    list_id: str
    name: str  # exactly as written
    kind: str
    aliases: list[str] = field(default_factory=list)
    addresses: list[tuple[str, str, str]] = field(default_factory=list)  # street, city, country
    birth_year: str = ""
    original: list[str] = field(default_factory=list)
    context: str = ""  # programme, remarks, nationality: used only to guess a naming tradition
    link: str = ""  # CSL entity_number
    family: list[str] = field(default_factory=list)
    given: list[str] = field(default_factory=list)
    party: int = -1


def _read_text(path: Path) -> str:
    raw = gzip.decompress(path.read_bytes())
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _clean(value: str) -> str:
    value = value.strip()
    return "" if value == "-0-" else value


def _year(text: str) -> str:
    m = re.search(r"\b(1[89]\d\d|20[0-2]\d)\b", text)
    return m.group(1) if m else ""


COMPANY_HINTS = {
    "LTD",
    "LLC",
    "INC",
    "CO",
    "CORP",
    "CORPORATION",
    "COMPANY",
    "LIMITED",
    "GMBH",
    "AG",
    "SA",
    "TRADING",
    "INDUSTRIES",
    "INDUSTRY",
    "GROUP",
    "BANK",
    "JSC",
    "OOO",
    "PJSC",
    "OJSC",
    "CJSC",
    "ENTERPRISE",
    "ENTERPRISES",
    "INTERNATIONAL",
    "TECHNOLOGY",
    "TECHNOLOGIES",
    "INSTITUTE",
    "UNIVERSITY",
    "ELECTRONICS",
    "SHIPPING",
    "HOLDING",
    "HOLDINGS",
    "SERVICES",
    "PLC",
    "SRL",
    "SARL",
    "BV",
    "FZE",
    "FZCO",
    "PTE",
    "PVT",
    "LLP",
    "AO",
    "ZAO",
    "OAO",
    "CENTER",
    "CENTRE",
    "FACTORY",
    "ACADEMY",
    "LABORATORY",
    "ORGANIZATION",
    "FOUNDATION",
    "ASSOCIATION",
    "BUREAU",
}


def _ofac(group: str, lst: str, prim: str, alt: str, add: str, entries: list[Entry]) -> None:
    by_id: dict[str, Entry] = {}
    for row in csv.reader(io.StringIO(_read_text(LISTS / prim))):
        if len(row) < 12:
            continue
        typ = _clean(row[2]).lower()
        kind = {"individual": "person", "vessel": "vessel", "aircraft": "aircraft"}.get(
            typ, "organization"
        )
        remarks = _clean(row[11])
        e = Entry(
            idx=len(entries),
            list_key=lst,
            group=group,
            list_id=row[0].strip(),
            name=_clean(row[1]),
            kind=kind,
            birth_year=_year(remarks.split("DOB", 1)[1]) if "DOB" in remarks else "",
            context=" ".join([_clean(row[3]), remarks]),
        )
        entries.append(e)
        by_id[e.list_id] = e
    for row in csv.reader(io.StringIO(_read_text(LISTS / alt))):
        if len(row) >= 4 and row[0].strip() in by_id and _clean(row[3]):
            by_id[row[0].strip()].aliases.append(_clean(row[3]))
    for row in csv.reader(io.StringIO(_read_text(LISTS / add))):
        if len(row) >= 5 and row[0].strip() in by_id:
            street, city, country = _clean(row[2]), _clean(row[3]), _clean(row[4])
            if street or city or country:
                by_id[row[0].strip()].addresses.append((street, city, country))


def _un(entries: list[Entry]) -> None:
    root = ET.fromstring(_read_text(LISTS / "un_sc" / "UN_consolidated_2026-02-27.xml.gz"))
    for tag, kind in (("INDIVIDUAL", "person"), ("ENTITY", "organization")):
        for node in root.iter(tag):
            parts = [
                (node.findtext(t) or "").strip()
                for t in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
            ]
            name = " ".join(p for p in parts if p)
            if not name:
                continue
            e = Entry(
                idx=len(entries),
                list_key="un_sc",
                group="un",
                list_id=(node.findtext("REFERENCE_NUMBER") or "").strip(),
                name=name,
                kind=kind,
            )
            words = name.split()
            if kind == "person" and len(words) >= 2:
                e.given, e.family = words[:-1], words[-1:]
            for al in node.iter(tag + "_ALIAS"):
                a = (al.findtext("ALIAS_NAME") or "").strip()
                if a:
                    e.aliases.append(a)
            orig = (node.findtext("NAME_ORIGINAL_SCRIPT") or "").strip()
            if orig:
                e.original.append(orig)
            for ad in node.iter(tag + "_ADDRESS"):
                street = (ad.findtext("STREET") or "").strip()
                city = ", ".join(
                    x
                    for x in (
                        (ad.findtext("CITY") or "").strip(),
                        (ad.findtext("STATE_PROVINCE") or "").strip(),
                    )
                    if x
                )
                country = (ad.findtext("COUNTRY") or "").strip()
                if street or city or country:
                    e.addresses.append((street, city, country))
            for dob in node.iter("INDIVIDUAL_DATE_OF_BIRTH"):
                y = (dob.findtext("YEAR") or "").strip() or _year(dob.findtext("DATE") or "")
                if y and not e.birth_year:
                    e.birth_year = y
            nat = " ".join((v.text or "") for v in node.iter("VALUE"))
            e.context = " ".join(
                [
                    (node.findtext("UN_LIST_TYPE") or ""),
                    nat,
                    (node.findtext("GENDER") or ""),
                    (node.findtext("COMMENTS1") or "")[:300],
                ]
            )
            entries.append(e)


def _csl(entries: list[Entry]) -> None:
    for row in csv.DictReader(
        io.StringIO(_read_text(LISTS / "us_csl" / "consolidated_2022-05.csv.gz"))
    ):
        name = (row["name"] or "").strip()
        if not name:
            continue
        typ = (row["type"] or "").strip().lower()
        kind = {
            "individual": "person",
            "entity": "organization",
            "vessel": "vessel",
            "aircraft": "aircraft",
        }.get(typ, "")
        if not kind:
            kind = "organization" if set(tokens(name)) & COMPANY_HINTS else "other"
        sdn = row["source"].startswith("Specially Designated Nationals")
        e = Entry(
            idx=len(entries),
            list_key="us_csl",
            group="csl_sdn" if sdn else "csl_other",
            list_id=row["_id"].strip(),
            name=name,
            kind=kind,
            link=(row["entity_number"] or "").strip(),
            birth_year=_year(row["dates_of_birth"] or ""),
            context=" ".join(
                [
                    row["programs"] or "",
                    row["nationalities"] or "",
                    row["citizenships"] or "",
                    row["places_of_birth"] or "",
                    row["source"],
                    row["ids"] or "",
                    row["remarks"] or "",
                ]
            ),
        )
        e.aliases = [a.strip() for a in (row["alt_names"] or "").split(";") if a.strip()]
        for addr in (row["addresses"] or "").split(";"):
            bits = [b.strip() for b in addr.split(",") if b.strip()]
            if len(bits) >= 3:
                e.addresses.append((", ".join(bits[:-2]), bits[-2], bits[-1]))
            elif len(bits) == 2:
                e.addresses.append(("", bits[0], bits[1]))
            elif len(bits) == 1:
                e.addresses.append(("", "", bits[0]))
        entries.append(e)


def _dpl(entries: list[Entry]) -> None:
    for row in csv.DictReader(
        io.StringIO(_read_text(LISTS / "bis_dpl" / "dpl_2023-11-30.txt.gz")), delimiter="\t"
    ):
        name = (row.get("Name") or "").strip()
        if not name:
            continue
        kind = "organization" if set(tokens(name)) & COMPANY_HINTS else "person"
        e = Entry(
            idx=len(entries),
            list_key="us_bis_dpl",
            group="dpl",
            list_id=str(len(entries)),
            name=name,
            kind=kind,
        )
        e.addresses.append(
            (
                (row.get("Street_Address") or "").strip(),
                (row.get("City") or "").strip(),
                (row.get("Country") or "").strip(),
            )
        )
        entries.append(e)


def load() -> list[Entry]:
    entries: list[Entry] = []
    _ofac(
        "sdn",
        "us_ofac_sdn",
        "ofac_sdn/sdn.csv.gz",
        "ofac_sdn/alt.csv.gz",
        "ofac_sdn/add.csv.gz",
        entries,
    )
    _ofac(
        "cons",
        "us_ofac_cons",
        "ofac_cons/cons_prim.csv.gz",
        "ofac_cons/cons_alt.csv.gz",
        "ofac_cons/cons_add.csv.gz",
        entries,
    )
    _un(entries)
    _csl(entries)
    _dpl(entries)
    for e in entries:
        if e.kind == "person" and "," in e.name:
            fam, giv = e.name.split(",", 1)
            e.family, e.given = fam.split(), giv.split()
    return entries


def customer_form(name: str, kind: str) -> str:
    """The name as a customer writes it: comma-form persons turned to 'Given FAMILY'."""
    if kind == "person" and "," in name:
        fam, giv = name.split(",", 1)
        if giv.strip():
            return f"{giv.strip()} {fam.strip()}"
        return fam.strip()
    return name.strip()


# ---------------------------------------------------------------------------------------------
# Normalisation and the collision index
# ---------------------------------------------------------------------------------------------


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.upper().replace("'", "").replace("\u2019", "").replace("`", "")
    text = text.replace("\u0131", "I")
    return "".join(c if c.isalnum() else " " for c in text)


def tokens(text: str) -> list[str]:
    return fold(text).split()


LEGAL = {
    "LLC",
    "LTD",
    "LIMITED",
    "CO",
    "COMPANY",
    "CORP",
    "CORPORATION",
    "INC",
    "INCORPORATED",
    "JSC",
    "OJSC",
    "CJSC",
    "PJSC",
    "PAO",
    "OAO",
    "ZAO",
    "AO",
    "OOO",
    "SA",
    "SAS",
    "SARL",
    "SRL",
    "SPA",
    "GMBH",
    "AG",
    "KG",
    "BV",
    "NV",
    "PLC",
    "PTE",
    "PVT",
    "PTY",
    "DOO",
    "AD",
    "KFT",
    "ZOO",
    "OBSHCHESTVO",
    "OGRANICHENNOY",
    "OGRANICHENNOI",
    "OTVETSTVENNOSTYU",
    "AKTSIONERNOE",
    "OTKRYTOE",
    "ZAKRYTOE",
    "PUBLICHNOE",
    "FZE",
    "FZCO",
    "FZC",
    "LLP",
    "LP",
    "SDN",
    "BHD",
    "TOO",
    "TOV",
    "UAB",
    "SIA",
    "OY",
    "AB",
    "KK",
    "JV",
    "EIRL",
    "CV",
    "LIABILITY",
    "JOINT",
    "STOCK",
    "SIRKETI",
    "ANONIM",
    "SOCIEDAD",
    "ANONIMA",
    "SOCIETE",
    "ANONYME",
    "GESELLSCHAFT",
    "HAFTUNG",
    "BESCHRANKTER",
    "DD",
    "EOOD",
    "OOD",
    "SPOLKA",
    "SRO",
    "AS",
    "APS",
    "PT",
    "TBK",
    "CIA",
    "LTDA",
    "EHF",
    "OU",
    "PJS",
}
PARTICLES = {
    "AL",
    "EL",
    "BIN",
    "BINT",
    "IBN",
    "ABU",
    "ABD",
    "DE",
    "DA",
    "DI",
    "DEL",
    "LA",
    "LE",
    "VAN",
    "VON",
    "DER",
    "DOS",
    "DAS",
    "DO",
    "Y",
    "E",
    "OF",
    "THE",
    "AND",
    "FOR",
    "BEN",
    "UL",
    "UD",
}
HONORIFICS = {
    "SAYYED",
    "SAYED",
    "SAYYID",
    "SEYED",
    "SEYYED",
    "AGHA",
    "HAJI",
    "HAJJI",
    "HAJ",
    "MULLAH",
    "MULLA",
    "MAWLAWI",
    "MAULAVI",
    "MAULVI",
    "QARI",
    "SHEIKH",
    "SHAIKH",
    "KHAN",
    "SHAH",
    "MIR",
    "SARDAR",
    "DR",
    "MR",
    "MRS",
    "GEN",
    "COL",
    "AMIR",
    "SYED",
    "SAYYIDA",
}


def comp_tokens(text: str, kind: str) -> list[str]:
    """Words compared between names: a company's words without legal forms and single letters,
    unless that would leave one word or none."""
    toks = tokens(text)
    if kind != "person":
        kept = [t for t in toks if t not in LEGAL and len(t) > 1]
        if len(kept) >= 2:
            return kept
    return toks


def deletions(s: str) -> list[str]:
    return [s[:i] + s[i + 1 :] for i in range(len(s))]


@dataclass
class NameRec:
    party: int
    kind: str
    comp: list[str]


class Index:
    def __init__(self, entries: list[Entry]) -> None:
        self.names: list[NameRec] = []
        self.by_token: dict[str, list[int]] = {}
        self.full: dict[tuple[str, ...], set[int]] = {}
        self.near: dict[str, int] = {}
        self.df: dict[str, int] = {}
        seen: set[tuple[int, str]] = set()
        for e in entries:
            for nm in [e.name, *e.aliases, *e.original]:
                form = customer_form(nm, e.kind)
                comp = comp_tokens(form, e.kind)
                if not comp:
                    continue
                key = (e.party, " ".join(comp))
                if key in seen:
                    continue
                seen.add(key)
                rec = NameRec(e.party, e.kind, comp)
                nid = len(self.names)
                self.names.append(rec)
                for t in sorted(set(comp)):
                    self.by_token.setdefault(t, []).append(nid)
                    self.df[t] = self.df.get(t, 0) + 1
                counts = len(comp) >= 2 or (
                    e.kind in ("organization", "other") and len(comp[0]) >= 4
                )
                if counts:
                    self.full.setdefault(tuple(sorted(comp)), set()).add(e.party)
                for s in {" ".join(comp), " ".join(sorted(comp))}:
                    for k in [s, *deletions(s)]:
                        old = self.near.get(k)
                        if old is None:
                            self.near[k] = e.party
                        elif old != e.party:
                            self.near[k] = -1
        self.total_names = len(self.names)

    def contains_other_name(self, toks: list[str], party: int) -> bool:
        """Does the token run contain (any order, contiguous) a complete name of another party?"""
        n = len(toks)
        for i in range(n):
            for j in range(i + 1, min(n, i + 12) + 1):
                hit = self.full.get(tuple(sorted(toks[i:j])))
                if hit and (hit - {party}):
                    return True
        return False

    def inside_other_name(self, comp: list[str], prefixes: set[int], party: int) -> bool:
        """Is the name part contained in a name of another party (prefix tokens match starts)?"""
        full = [t for i, t in enumerate(comp) if i not in prefixes]
        if not full:
            return True
        rare = min(full, key=lambda t: (len(self.by_token.get(t, [])), t))
        for nid in self.by_token.get(rare, []):
            rec = self.names[nid]
            if rec.party == party or len(rec.comp) < len(comp):
                continue
            pool = list(rec.comp)
            ok = True
            for i, t in enumerate(comp):
                found = -1
                for k, w in enumerate(pool):
                    if w == t or (i in prefixes and w.startswith(t)):
                        found = k
                        break
                if found < 0:
                    ok = False
                    break
                pool.pop(found)
            if ok:
                return True
        return False

    def near_other(self, comp: list[str], party: int) -> bool:
        for s in {" ".join(comp), " ".join(sorted(comp))}:
            for k in [s, *deletions(s)]:
                v = self.near.get(k)
                if v is not None and v != party:
                    return True
        return False


def assign_parties(entries: list[Entry]) -> None:
    parent = list(range(len(entries)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    first: dict[tuple[str, ...], int] = {}
    sdn_by_id: dict[str, int] = {}
    for e in entries:
        if e.list_key == "us_ofac_sdn":
            sdn_by_id[e.list_id] = e.idx
        for nm in [e.name, *e.aliases]:
            toks = tokens(nm)
            if len(toks) >= 2:
                bare = [t for t in toks if t not in PARTICLES]
                keys = [tuple(sorted(toks))] + ([tuple(sorted(bare))] if len(bare) >= 2 else [])
                for key in keys:
                    if key in first:
                        union(first[key], e.idx)
                    else:
                        first[key] = e.idx
    for e in entries:
        if e.list_key == "us_csl" and e.link in sdn_by_id:
            union(sdn_by_id[e.link], e.idx)
    for e in entries:
        e.party = find(e.idx)


# ---------------------------------------------------------------------------------------------
# Word tables (my own)
# ---------------------------------------------------------------------------------------------

ARABIC: dict[str, list[str]] = {
    "MUHAMMAD": ["MOHAMMED", "MOHAMAD", "MUHAMMED", "MOHAMMAD"],
    "MOHAMMED": ["MUHAMMAD", "MOHAMED"],
    "MOHAMMAD": ["MUHAMMAD", "MOHAMAD"],
    "MOHAMED": ["MOHAMMED", "MUHAMMAD"],
    "MUHAMMED": ["MUHAMMAD"],
    "HUSAYN": ["HUSSEIN", "HUSEIN", "HUSSAIN"],
    "HUSSEIN": ["HUSAYN", "HUSSAIN"],
    "HUSSAIN": ["HUSAYN", "HUSSEIN"],
    "HASAN": ["HASSAN"],
    "HASSAN": ["HASAN"],
    "AHMAD": ["AHMED"],
    "AHMED": ["AHMAD"],
    "ABDALLAH": ["ABDULLAH", "ABDULLA"],
    "ABDULLAH": ["ABDALLAH", "ABDULA"],
    "YUSUF": ["YOUSSEF", "YOUSEF"],
    "YOUSSEF": ["YUSUF"],
    "YOUSEF": ["YUSUF", "YOUSSEF"],
    "UMAR": ["OMAR"],
    "OMAR": ["UMAR"],
    "USAMA": ["OSAMA"],
    "OSAMA": ["USAMA"],
    "KHALID": ["KHALED"],
    "KHALED": ["KHALID"],
    "SAEED": ["SAID", "SAEID"],
    "SAID": ["SAEED"],
    "MAHMUD": ["MAHMOUD"],
    "MAHMOUD": ["MAHMUD"],
    "MUSTAFA": ["MOSTAFA", "MOUSTAFA"],
    "MUSTAPHA": ["MUSTAFA"],
    "YAHYA": ["YEHIA", "YAHIA"],
    "SALIH": ["SALEH"],
    "SALEH": ["SALIH"],
    "FAYSAL": ["FEISAL", "FAISAL"],
    "FAISAL": ["FAYSAL"],
    "JAMAL": ["GAMAL"],
    "HAMID": ["HAMED"],
    "HAMED": ["HAMID"],
    "NASIR": ["NASSER", "NASER"],
    "NASSER": ["NASIR"],
    "ZAYD": ["ZEID", "ZAID"],
    "ZAID": ["ZAYD"],
    "UTHMAN": ["OTHMAN", "OSMAN"],
    "OTHMAN": ["UTHMAN"],
    "ABU": ["ABOU"],
    "ABOU": ["ABU"],
    "IBRAHIM": ["EBRAHIM", "IBRAHEEM"],
    "ISMAIL": ["ISMAEL", "ESMAIL"],
    "YASIN": ["YASSIN", "YASEEN"],
    "YASSIN": ["YASIN"],
    "AYMAN": ["AIMAN"],
    "HISHAM": ["HESHAM"],
    "QASIM": ["KASSEM", "QASSIM"],
    "SULAYMAN": ["SULEIMAN", "SOLIMAN"],
    "SULEIMAN": ["SULAYMAN"],
    "TARIQ": ["TAREK", "TARIK"],
    "TAREK": ["TARIQ"],
    "KARIM": ["KAREEM"],
    "RASHID": ["RACHID", "RASHEED"],
    "HAMZA": ["HAMZAH"],
    "JAFAR": ["JAAFAR", "JAFFAR"],
    "MUSA": ["MOUSSA", "MOUSA"],
    "ISA": ["EISA", "ISSA"],
    "ABDUL": ["ABDEL", "ABD AL"],
    "ABDEL": ["ABDUL"],
    "NUR": ["NOUR", "NOOR"],
    "NOUR": ["NUR"],
    "WALID": ["WALEED"],
    "WALEED": ["WALID"],
    "KHALIL": ["KHALEEL"],
    "YUNUS": ["YOUNES", "YOUNIS"],
    "SAAD": ["SAD", "SAAAD"],
    "ALI": ["ALY"],
    "MAJID": ["MAJED", "MAGED"],
    "SHAFIQ": ["SHAFIK"],
    "RAFIQ": ["RAFIK"],
    "MUNIR": ["MOUNIR"],
    "MANSUR": ["MANSOUR"],
    "MANSOUR": ["MANSUR"],
    "NABIL": ["NABEEL"],
    "FUAD": ["FOUAD"],
    "HAYTHAM": ["HAITHAM"],
    "HAITHAM": ["HAYTHAM"],
    "BASHIR": ["BACHIR", "BASHEER"],
    "ADIL": ["ADEL"],
    "ADEL": ["ADIL"],
    "AMIN": ["AMEEN"],
    "HABIB": ["HABEEB"],
    "ZUHAYR": ["ZUHAIR", "ZOHEIR"],
    "SUHAYL": ["SUHAIL"],
    "HUSAM": ["HOSSAM"],
    "IMAD": ["EMAD"],
    "IYAD": ["EYAD"],
    "ISAM": ["ESSAM"],
    "AWAD": ["AOUAD"],
}
PERSIAN: dict[str, list[str]] = {
    "HOSSEIN": ["HOSEIN", "HOSEYN", "HUSEIN"],
    "HOSEIN": ["HOSSEIN"],
    "HOSEYN": ["HOSSEIN"],
    "GHOLAM": ["QOLAM", "GOLAM"],
    "GHOLAMREZA": ["QOLAMREZA", "GHOLAM REZA"],
    "SEYED": ["SEYYED", "SAYED"],
    "SEYYED": ["SEYED", "SAYYED"],
    "SAYYED": ["SEYYED"],
    "MOHAMMAD": ["MOHAMAD", "MUHAMMAD"],
    "REZA": ["RIZA"],
    "ABOLFAZL": ["ABULFAZL", "ABOLFAZEL"],
    "ABDOLLAH": ["ABDULLAH", "ABDOLAH"],
    "ASGHAR": ["ASQAR", "ASGAR"],
    "GHASEM": ["QASEM", "GHASSEM"],
    "QASEM": ["GHASEM"],
    "MEHDI": ["MAHDI"],
    "MAHDI": ["MEHDI"],
    "MOJTABA": ["MUJTABA"],
    "MORTEZA": ["MORTAZA", "MURTAZA"],
    "MOSTAFA": ["MUSTAFA"],
    "EBRAHIM": ["IBRAHIM", "EBRAHEEM"],
    "ESMAIL": ["ESMAEIL", "ISMAIL"],
    "ESMAEIL": ["ESMAIL"],
    "JAVAD": ["JAWAD"],
    "HAMID": ["HAMEED"],
    "HAMIDREZA": ["HAMID REZA"],
    "MOHAMMADREZA": ["MOHAMMAD REZA"],
    "ALIREZA": ["ALI REZA"],
    "AMIR": ["AMEER"],
    "MAHMOUD": ["MAHMUD"],
    "KHOSROW": ["KHOSRO", "KHOSROU"],
    "FEREYDOUN": ["FEREYDOON", "FERIDUN"],
    "FARHAD": ["FARHOD"],
    "BEHROUZ": ["BEHROOZ"],
    "BEHZAD": ["BEHZAAD"],
    "DAVOUD": ["DAVOOD", "DAWUD"],
    "YOUSEF": ["YUSEF"],
    "ROSTAM": ["RUSTAM"],
    "GHOLAMHOSSEIN": ["GHOLAM HOSSEIN"],
    "JAFARI": ["JAFFARI"],
    "GHORBANI": ["QORBANI"],
    "HOSSEINI": ["HOSEINI", "HUSSEINI"],
    "SHIRAZI": ["SHIRAAZI"],
    "SAFAVI": ["SAFAWI"],
    "VAHIDI": ["WAHIDI"],
    "KAZEMI": ["KAZIMI", "KAZEMY"],
    "RAHIMI": ["RAHIMY"],
    "NOURI": ["NURI", "NOORI"],
    "MOUSAVI": ["MUSAVI", "MOOSAVI"],
    "MOHSEN": ["MOHSIN"],
    "NASER": ["NASSER"],
}
RUSSIAN: dict[str, list[str]] = {
    "ALEKSANDR": ["ALEXANDER", "ALEKSANDER", "ALEXANDR"],
    "ALEXANDER": ["ALEKSANDR"],
    "ALEKSEY": ["ALEXEI", "ALEKSEI"],
    "ALEKSEI": ["ALEKSEY", "ALEXEY"],
    "SERGEY": ["SERGEI", "SERGUEI"],
    "SERGEI": ["SERGEY"],
    "YEVGENIY": ["EVGENY", "YEVGENY", "EVGENII"],
    "EVGENIY": ["YEVGENIY", "EVGENY"],
    "DMITRIY": ["DMITRY", "DMITRII"],
    "DMITRY": ["DMITRIY"],
    "YURIY": ["YURI", "IURII"],
    "YURI": ["YURIY"],
    "ANDREY": ["ANDREI", "ANDREJ"],
    "ANDREI": ["ANDREY"],
    "NIKOLAY": ["NIKOLAI"],
    "NIKOLAI": ["NIKOLAY"],
    "MIKHAIL": ["MIHAIL", "MICHAIL"],
    "VALERIY": ["VALERY", "VALERII"],
    "VITALIY": ["VITALY", "VITALII"],
    "ANATOLIY": ["ANATOLY"],
    "GENNADIY": ["GENNADY"],
    "ARKADIY": ["ARKADY"],
    "VIKTOR": ["VICTOR"],
    "VYACHESLAV": ["VIACHESLAV"],
    "YAKOV": ["IAKOV", "JAKOV"],
    "ILYA": ["ILIA", "ILJA"],
    "PYOTR": ["PETR", "PIOTR"],
    "PETR": ["PYOTR"],
    "FEDOR": ["FYODOR", "FEODOR"],
    "FYODOR": ["FEDOR"],
    "KONSTANTIN": ["CONSTANTIN"],
    "MAKSIM": ["MAXIM"],
    "NATALYA": ["NATALIA", "NATALIYA"],
    "TATYANA": ["TATIANA"],
    "OLGA": ["OLHA"],
    "YELENA": ["ELENA"],
    "ELENA": ["YELENA"],
    "IGOR": ["IGOR'"],
    "ARTYOM": ["ARTEM"],
    "ARTEM": ["ARTYOM"],
    "SEMYON": ["SEMEN"],
    "YEGOR": ["EGOR"],
    "GRIGORIY": ["GRIGORY"],
    "VASILIY": ["VASILY", "VASSILY"],
    "ALEKSANDROVICH": ["ALEXANDROVICH"],
    "ALEKSEYEVICH": ["ALEKSEEVICH", "ALEXEEVICH"],
    "SERGEYEVICH": ["SERGEEVICH"],
    "SERGEYEVNA": ["SERGEEVNA"],
    "YURYEVICH": ["YURIEVICH", "IURIEVICH"],
    "ANDREYEVICH": ["ANDREEVICH"],
    "NIKOLAYEVICH": ["NIKOLAEVICH"],
    "VALERYEVICH": ["VALERIEVICH"],
    "VIKTOROVICH": ["VICTOROVICH"],
    "ANATOLYEVICH": ["ANATOLIEVICH"],
    "GENNADYEVICH": ["GENNADIEVICH"],
    "VITALYEVICH": ["VITALIEVICH"],
    "MIKHAILOVICH": ["MIHAILOVICH"],
}
RUSSIAN_SUFFIX: list[tuple[str, list[str]]] = [
    ("SKIY", ["SKY", "SKI", "SKII"]),
    ("SKAYA", ["SKAIA"]),
    ("YEV", ["EV", "IEV"]),
    ("YEVA", ["EVA"]),
    ("OV", ["OFF"]),
    ("EV", ["EFF"]),
    ("IY", ["Y", "II"]),
    ("YY", ["Y", "II"]),
    ("KH", ["H"]),
]
KOREAN: dict[str, list[str]] = {
    "PAK": ["PARK", "BAK"],
    "PARK": ["PAK"],
    "RI": ["LEE", "YI", "RHEE"],
    "LEE": ["RI", "YI"],
    "JONG": ["CHONG", "JEONG"],
    "CHONG": ["JONG", "JEONG"],
    "CHOL": ["CHEOL", "CHUL"],
    "CHOE": ["CHOI"],
    "CHOI": ["CHOE"],
    "SOK": ["SEOK", "SUK"],
    "HYOK": ["HYUK", "HYEOK"],
    "YONG": ["YEONG", "RYONG"],
    "UN": ["EUN"],
    "GWANG": ["KWANG"],
    "KWANG": ["GWANG"],
    "GYONG": ["KYONG", "KYEONG"],
    "KYONG": ["GYONG", "KYEONG"],
    "KUM": ["GEUM", "KEUM"],
    "MYONG": ["MYEONG", "MYUNG"],
    "RYONG": ["RYEONG", "RYUNG", "LYONG"],
    "CHANG": ["JANG"],
    "JANG": ["CHANG"],
    "YUN": ["YOON"],
    "CHO": ["JO"],
    "JO": ["CHO"],
    "KANG": ["GANG"],
    "SIN": ["SHIN"],
    "SHIN": ["SIN"],
    "TONG": ["DONG"],
    "SONG": ["SEONG", "SUNG"],
    "SONGS": ["SEONGS"],
    "CHUN": ["JUN", "CHEON"],
    "HYON": ["HYEON", "HYUN"],
    "HYONG": ["HYEONG", "HYUNG"],
    "PYONGYANG": ["PYEONGYANG", "PHYONGYANG"],
    "CHOLSAN": ["CHEOLSAN"],
    "TAE": ["DAE"],
    "KYU": ["GYU"],
    "KIL": ["GIL"],
    "GIL": ["KIL"],
    "KUK": ["GUK"],
    "POK": ["BOK"],
    "PONG": ["BONG"],
    "TOK": ["DEOK", "DUK"],
    "CHUL": ["CHOL"],
    "SU": ["SOO"],
    "SUN": ["SOON"],
    "HO": ["HOH"],
    "NAM": ["NAHM"],
    "IL": ["EEL"],
    "MIN": ["MEEN"],
    "GUN": ["KUN"],
    "HUI": ["HEE", "HUEI"],
    "HWA": ["HWAH"],
    "KYOK": ["GYEOK"],
}
CHINESE: dict[str, list[str]] = {
    "ZHANG": ["CHANG"],
    "ZHOU": ["CHOU"],
    "ZHAO": ["CHAO"],
    "XU": ["HSU"],
    "XIE": ["HSIEH"],
    "XIAO": ["HSIAO"],
    "XIN": ["HSIN"],
    "XING": ["HSING"],
    "XUE": ["HSUEH"],
    "QIN": ["CHIN"],
    "QIAN": ["CHIEN"],
    "QING": ["CHING"],
    "QIANG": ["CHIANG"],
    "JIANG": ["CHIANG"],
    "JIAN": ["CHIEN"],
    "JUN": ["CHUN"],
    "JIE": ["CHIEH"],
    "JIN": ["CHIN"],
    "JING": ["CHING"],
    "ZHENG": ["CHENG"],
    "ZHONG": ["CHUNG"],
    "ZHI": ["CHIH"],
    "ZHU": ["CHU"],
    "GUO": ["KUO"],
    "GUANG": ["KUANG"],
    "GANG": ["KANG"],
    "DONG": ["TUNG"],
    "BAO": ["PAO"],
    "BIN": ["PIN"],
    "DENG": ["TENG"],
    "DING": ["TING"],
    "GAO": ["KAO"],
    "HONG": ["HUNG"],
    "RONG": ["JUNG"],
    "ZENG": ["TSENG"],
    "CUI": ["TSUI"],
    "CAI": ["TSAI"],
    "CAO": ["TSAO"],
    "YONG": ["YUNG"],
    "LONG": ["LUNG"],
    "ZHEN": ["CHEN"],
    "XIANG": ["HSIANG"],
    "XIONG": ["HSIUNG"],
    "XIAN": ["HSIEN"],
    "XUAN": ["HSUAN"],
    "ZHAN": ["CHAN"],
    "GONG": ["KUNG"],
    "GENG": ["KENG"],
    "DAI": ["TAI"],
    "DU": ["TU"],
    "JIA": ["CHIA"],
    "JIAO": ["CHIAO"],
    "QIU": ["CHIU"],
    "ZHUANG": ["CHUANG"],
    "BEIJING": ["PEKING"],
    "GUANGZHOU": ["CANTON", "KWANGCHOW"],
    "XIAMEN": ["AMOY"],
    "NANJING": ["NANKING"],
    "TIANJIN": ["TIENTSIN"],
    "CHONGQING": ["CHUNGKING"],
    "QINGDAO": ["TSINGTAO"],
    "SUZHOU": ["SOOCHOW"],
    "GUANGDONG": ["KWANGTUNG"],
    "FUJIAN": ["FUKIEN"],
    "SICHUAN": ["SZECHWAN"],
    "HANGZHOU": ["HANGCHOW"],
    "SHENZHEN": ["SHUMCHUN"],
    "DALIAN": ["TALIEN"],
    "WUHAN": ["WU HAN"],
    "ZHUHAI": ["CHUHAI"],
}
PINYIN_SYLLABLES = sorted(
    set(CHINESE)
    | {
        "WEI",
        "MING",
        "HUA",
        "LI",
        "WANG",
        "YANG",
        "LIU",
        "CHEN",
        "HUANG",
        "LIN",
        "WU",
        "SUN",
        "MA",
        "HU",
        "HE",
        "LUO",
        "TANG",
        "FENG",
        "YU",
        "SONG",
        "HAN",
        "PENG",
        "LU",
        "PAN",
        "TIAN",
        "DA",
        "FANG",
        "HAI",
        "HAO",
        "HUI",
        "KAI",
        "LEI",
        "LIANG",
        "MEI",
        "NING",
        "PING",
        "QI",
        "SHAN",
        "SHENG",
        "TAO",
        "TING",
        "WEN",
        "XI",
        "YAN",
        "YI",
        "YING",
        "YUAN",
        "YUN",
        "ZE",
        "ZI",
        "AN",
        "BO",
        "CHAO",
        "CHUN",
        "DE",
        "FEI",
        "FU",
        "GUI",
        "HENG",
        "KANG",
        "LAN",
        "NAN",
        "QUAN",
        "RUI",
        "SHI",
        "SHU",
        "TIE",
        "WAN",
        "XUE",
        "YAO",
        "YE",
        "ZHAN",
        "ZHUO",
        "LONG",
        "RONG",
        "JUN",
        "HONG",
        "BING",
        "CHANG",
        "SEN",
    },
    key=lambda s: (-len(s), s),
)
TURKISH: dict[str, str] = {
    "SIRKETI": "ŞİRKETİ",
    "TICARET": "TİCARET",
    "SANAYI": "SANAYİ",
    "ANONIM": "ANONİM",
    "OZTURK": "ÖZTÜRK",
    "CELIK": "ÇELİK",
    "GUNES": "GÜNEŞ",
    "DIS": "DIŞ",
    "ITHALAT": "İTHALAT",
    "IHRACAT": "İHRACAT",
    "TURIZM": "TURİZM",
    "INSAAT": "İNŞAAT",
    "NAKLIYAT": "NAKLİYAT",
    "KIMYA": "KİMYA",
    "ENERJI": "ENERJİ",
    "ULUSLARARASI": "ULUSLARARASI",
    "PETROL": "PETROL",
    "DENIZCILIK": "DENİZCİLİK",
    "GIDA": "GIDA",
    "LOJISTIK": "LOJİSTİK",
    "MUHENDISLIK": "MÜHENDİSLİK",
    "HIZMETLERI": "HİZMETLERİ",
    "YATIRIM": "YATIRIM",
    "SAN": "SAN.",
    "TIC": "TİC.",
    "LTD": "LTD.",
    "STI": "ŞTİ.",
    "SIRKET": "ŞİRKET",
    "ISTANBUL": "İSTANBUL",
    "IZMIR": "İZMİR",
    "OZDEMIR": "ÖZDEMİR",
    "YILMAZ": "YILMAZ",
    "KOC": "KOÇ",
    "CAKIR": "ÇAKIR",
    "SAHIN": "ŞAHİN",
    "DOGAN": "DOĞAN",
    "ERDOGAN": "ERDOĞAN",
    "GUL": "GÜL",
    "ATES": "ATEŞ",
    "UNAL": "ÜNAL",
    "OGUZ": "OĞUZ",
    "DURMUS": "DURMUŞ",
    "MUSTAFA": "MUSTAFA",
    "HUSEYIN": "HÜSEYİN",
    "IBRAHIM": "İBRAHİM",
    "ISMAIL": "İSMAİL",
    "SUKRU": "ŞÜKRÜ",
    "OZCAN": "ÖZCAN",
    "KILIC": "KILIÇ",
    "ELEKTRONIK": "ELEKTRONİK",
    "MAKINA": "MAKİNA",
    "DANISMANLIK": "DANIŞMANLIK",
    "TASIMACILIK": "TAŞIMACILIK",
    "HAVACILIK": "HAVACILIK",
    "SAVUNMA": "SAVUNMA",
    "KUYUMCULUK": "KUYUMCULUK",
    "DOVIZ": "DÖVİZ",
}
GERMAN_FOLD = {
    "Ö": "OE",
    "Ü": "UE",
    "Ş": "SH",
    "Ç": "CH",
    "Ğ": "G",
    "İ": "I",
    "I": "I",
    "ö": "oe",
    "ü": "ue",
    "ş": "sh",
    "ç": "ch",
    "ğ": "g",
    "ı": "i",
}

LEGAL_LONG_SHORT: list[tuple[str, list[str]]] = [
    ("OBSHCHESTVO S OGRANICHENNOY OTVETSTVENNOSTYU", ["OOO"]),
    ("OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU", ["OOO"]),
    ("PUBLICHNOE AKTSIONERNOE OBSHCHESTVO", ["PAO"]),
    ("AKTSIONERNOE OBSHCHESTVO", ["AO"]),
    ("OTKRYTOE AKTSIONERNOE OBSHCHESTVO", ["OAO"]),
    ("ZAKRYTOE AKTSIONERNOE OBSHCHESTVO", ["ZAO"]),
    ("LIMITED LIABILITY COMPANY", ["LLC", "L.L.C."]),
    ("LIMITED LIABILITY PARTNERSHIP", ["LLP"]),
    ("PUBLIC JOINT STOCK COMPANY", ["PJSC"]),
    ("OPEN JOINT STOCK COMPANY", ["OJSC", "OJSCO"]),
    ("CLOSED JOINT STOCK COMPANY", ["CJSC"]),
    ("JOINT STOCK COMPANY", ["JSC", "JSCO"]),
    ("PUBLIC LIMITED COMPANY", ["PLC"]),
    ("PRIVATE LIMITED COMPANY", ["PVT LTD", "PTE LTD"]),
    ("PRIVATE LIMITED", ["PVT LTD", "PTE LTD", "PVT. LTD."]),
    ("COMPANY LIMITED", ["CO LTD", "CO., LTD."]),
    ("SOCIEDAD ANONIMA", ["SA", "S.A."]),
    ("SOCIETE ANONYME", ["SA"]),
    ("SOCIEDAD DE RESPONSABILIDAD LIMITADA", ["SRL", "S DE RL"]),
    ("GESELLSCHAFT MIT BESCHRANKTER HAFTUNG", ["GMBH"]),
    ("FREE ZONE ESTABLISHMENT", ["FZE"]),
    ("FREE ZONE COMPANY", ["FZCO", "FZC"]),
    ("SENDIRIAN BERHAD", ["SDN BHD"]),
    ("LIMITED PARTNERSHIP", ["LP"]),
    ("LIMITED", ["LTD", "LTD."]),
    ("CORPORATION", ["CORP", "CORP."]),
    ("INCORPORATED", ["INC", "INC."]),
    ("COMPANY", ["CO", "CO."]),
    ("LIMITADA", ["LTDA"]),
    ("ANONIM SIRKETI", ["AS", "A.S."]),
    ("LIMITED SIRKETI", ["LTD STI", "LTD. STI."]),
    ("COMPANIA", ["CIA", "CIA."]),
]
LEGAL_SHORT_LONG: list[tuple[str, list[str]]] = [
    ("LLC", ["LIMITED LIABILITY COMPANY", "LIMITED LIABILITY CO"]),
    ("L.L.C.", ["LIMITED LIABILITY COMPANY"]),
    ("LTD", ["LIMITED"]),
    ("LTD.", ["LIMITED"]),
    ("CO., LTD.", ["COMPANY LIMITED"]),
    ("CO. LTD", ["COMPANY LIMITED"]),
    ("CO LTD", ["COMPANY LIMITED"]),
    ("CORP", ["CORPORATION"]),
    ("CORP.", ["CORPORATION"]),
    ("INC", ["INCORPORATED"]),
    ("INC.", ["INCORPORATED"]),
    ("JSC", ["JOINT STOCK COMPANY"]),
    ("OJSC", ["OPEN JOINT STOCK COMPANY"]),
    ("CJSC", ["CLOSED JOINT STOCK COMPANY"]),
    ("PJSC", ["PUBLIC JOINT STOCK COMPANY"]),
    ("OOO", ["OBSHCHESTVO S OGRANICHENNOY OTVETSTVENNOSTYU"]),
    ("AO", ["AKTSIONERNOE OBSHCHESTVO"]),
    ("OAO", ["OTKRYTOE AKTSIONERNOE OBSHCHESTVO"]),
    ("ZAO", ["ZAKRYTOE AKTSIONERNOE OBSHCHESTVO"]),
    ("PAO", ["PUBLICHNOE AKTSIONERNOE OBSHCHESTVO"]),
    ("PLC", ["PUBLIC LIMITED COMPANY"]),
    ("GMBH", ["GESELLSCHAFT MIT BESCHRAENKTER HAFTUNG"]),
    ("FZE", ["FREE ZONE ESTABLISHMENT"]),
    ("FZCO", ["FREE ZONE COMPANY"]),
    ("SDN BHD", ["SENDIRIAN BERHAD"]),
    ("SDN. BHD.", ["SENDIRIAN BERHAD"]),
    ("S.A.", ["SOCIEDAD ANONIMA"]),
    ("SA", ["SOCIEDAD ANONIMA"]),
    ("S.A.R.L.", ["SOCIETE A RESPONSABILITE LIMITEE"]),
    ("SARL", ["SOCIETE A RESPONSABILITE LIMITEE"]),
    ("CO.", ["COMPANY"]),
    ("CO", ["COMPANY"]),
    ("PVT LTD", ["PRIVATE LIMITED"]),
    ("PTE LTD", ["PRIVATE LIMITED"]),
    ("PTE. LTD.", ["PRIVATE LIMITED"]),
    ("LLP", ["LIMITED LIABILITY PARTNERSHIP"]),
    ("LTDA", ["LIMITADA"]),
    ("CIA", ["COMPANIA"]),
]
LEGAL_FOREIGN: list[tuple[str, list[str]]] = [
    ("OOO", ["LLC", "LTD"]),
    ("LLC", ["LTD", "OOO", "GMBH"]),
    ("L.L.C.", ["LTD"]),
    ("LTD", ["LLC", "GMBH", "SARL"]),
    ("LTD.", ["LLC"]),
    ("LIMITED", ["LLC"]),
    ("PJSC", ["PAO"]),
    ("PAO", ["PJSC"]),
    ("OAO", ["OJSC"]),
    ("OJSC", ["OAO"]),
    ("AO", ["JSC"]),
    ("JSC", ["AO", "AG"]),
    ("ZAO", ["CJSC"]),
    ("CJSC", ["ZAO"]),
    ("SA", ["SARL", "SRL", "AG"]),
    ("S.A.", ["SARL", "S.R.L."]),
    ("GMBH", ["LTD", "LLC"]),
    ("PTE LTD", ["LTD", "SDN BHD"]),
    ("PTE. LTD.", ["LTD."]),
    ("CO LTD", ["LLC", "GMBH"]),
    ("CO., LTD.", ["LLC", "INC."]),
    ("CO. LTD", ["LLC"]),
    ("INC", ["LTD", "CORP"]),
    ("INC.", ["LTD."]),
    ("CORP", ["INC", "LTD"]),
    ("SRL", ["LTD", "SARL"]),
    ("DOO", ["LLC", "D.O.O."]),
    ("D.O.O.", ["LLC"]),
    ("TOO", ["LLP"]),
    ("FZE", ["FZCO", "LLC"]),
    ("FZCO", ["FZE"]),
    ("SDN BHD", ["LTD"]),
    ("SDN. BHD.", ["PTE LTD"]),
    ("PLC", ["LTD"]),
    ("BV", ["NV", "LTD"]),
    ("B.V.", ["LTD"]),
    ("SARL", ["SA", "LTD"]),
    ("S.A.R.L.", ["S.A."]),
    ("COMPANY LIMITED", ["LLC"]),
    ("LIMITED LIABILITY COMPANY", ["LIMITED"]),
]
LEGAL_MISSPELT: dict[str, list[str]] = {
    "LIMITED": [
        "LIMTED",
        "LIMITD",
        "LMITED",
        "LIMIITED",
        "LIMETED",
        "LIMITDE",
        "LIMTIED",
        "LIMIED",
    ],
    "COMPANY": [
        "COMPNAY",
        "COMAPNY",
        "COMPANI",
        "COMPAY",
        "KOMPANY",
        "CMPANY",
        "COMPANYY",
        "COMPANEY",
    ],
    "CORPORATION": [
        "CORPORATOIN",
        "CORPRATION",
        "CORPORTION",
        "COPRORATION",
        "CORPERATION",
        "CORPORATON",
    ],
    "INCORPORATED": ["INCORPORTED", "INCORPERATED", "INCOPORATED"],
    "LIABILITY": ["LIABILTY", "LIABLITY", "LAIBILITY"],
    "LTD": ["LDT", "LTTD", "LT"],
    "GMBH": ["GMHB", "GBMH", "GMBHH", "GMB"],
    "LLC": ["LCC", "LLLC", "LLCC"],
    "INC": ["ICN", "INCC"],
    "CORP": ["COPR", "CROP"],
    "JOINT": ["JIONT", "JOIN", "JOINTT"],
    "STOCK": ["STCOK", "STOK"],
    "SOCIEDAD": ["SOCIEAD", "SOCIDAD"],
    "ANONIMA": ["ANOMINA", "ANONIMMA"],
    "ESTABLISHMENT": ["ESTABLISHEMENT", "ESTABLISMENT"],
    "OBSHCHESTVO": ["OBSCHESTVO", "OBSHESTVO"],
    "OTVETSTVENNOSTYU": ["OTVETSTVENOSTYU"],
    "LIMITADA": ["LIMTADA"],
    "SIRKETI": ["SIRKETTI", "SRIKETI"],
    "PRIVATE": ["PRIAVTE", "PRIVTE"],
    "PUBLIC": ["PUBILC", "PUBLC"],
    "PARTNERSHIP": ["PARTNESHIP", "PARNTERSHIP"],
    "COMPANIA": ["COMPAINA", "CMPANIA"],
    "JSC": ["JCS", "JSCC"],
    "PJSC": ["PSJC", "PJCS"],
    "OOO": ["OO", "OOOO"],
    "PLC": ["PCL", "PLCC"],
}
LEGAL_ACRONYMS = {
    "LLC",
    "OOO",
    "SA",
    "JSC",
    "GMBH",
    "LTD",
    "PLC",
    "OJSC",
    "CJSC",
    "PJSC",
    "AO",
    "ZAO",
    "OAO",
    "SAS",
    "SRL",
    "SARL",
    "DOO",
    "BV",
    "NV",
    "AG",
    "KG",
    "FZE",
    "LLP",
    "PAO",
    "CV",
    "AD",
    "SPA",
    "TOO",
}
GENERIC_ABBREV: dict[str, list[str]] = {
    "INTERNATIONAL": ["INTL", "INT'L", "INTERNATL"],
    "TRADING": ["TRDG", "TRD"],
    "MANUFACTURING": ["MFG", "MANUF"],
    "ENGINEERING": ["ENGG", "ENG", "ENGR"],
    "TECHNOLOGY": ["TECH", "TECHNOL"],
    "TECHNOLOGIES": ["TECHS", "TECH"],
    "AND": ["&"],
    "INDUSTRIES": ["INDS", "IND"],
    "INDUSTRIAL": ["INDL", "INDUS"],
    "DEVELOPMENT": ["DEVT", "DEV"],
    "MANAGEMENT": ["MGMT", "MGT"],
    "SERVICES": ["SVCS", "SERV"],
    "SERVICE": ["SVC"],
    "GENERAL": ["GENL", "GEN"],
    "ELECTRONICS": ["ELECS", "ELEC"],
    "EQUIPMENT": ["EQPT", "EQUIP"],
    "CONSTRUCTION": ["CONSTR", "CONST"],
    "INVESTMENT": ["INVT", "INV"],
    "INVESTMENTS": ["INVTS", "INVS"],
    "HOLDING": ["HLDG"],
    "HOLDINGS": ["HLDGS"],
    "ASSOCIATION": ["ASSN", "ASSOC"],
    "DEPARTMENT": ["DEPT"],
    "ORGANIZATION": ["ORG", "ORGN"],
    "INSTITUTE": ["INST"],
    "NATIONAL": ["NATL", "NAT'L"],
    "MACHINERY": ["MACHY", "MACH"],
    "MATERIALS": ["MATLS"],
    "SHIPPING": ["SHPG"],
    "COMMERCIAL": ["COMML", "COML"],
    "CENTER": ["CTR"],
    "CENTRE": ["CTR"],
    "BROTHERS": ["BROS"],
    "CHEMICAL": ["CHEM"],
    "CHEMICALS": ["CHEMS"],
    "RESEARCH": ["RSCH", "RES"],
    "SCIENTIFIC": ["SCI", "SCIENT"],
    "LABORATORY": ["LAB"],
    "UNIVERSITY": ["UNIV"],
    "AVIATION": ["AVN"],
    "GROUP": ["GRP"],
    "SYSTEMS": ["SYS", "SYST"],
    "ELECTRIC": ["ELEC"],
    "INDUSTRY": ["IND", "INDY"],
    "TRANSPORT": ["TRANSP", "TRNSP"],
    "PRODUCTS": ["PRODS"],
    "ENTERPRISE": ["ENTPR", "ENT"],
    "ENTERPRISES": ["ENTS", "ENTPRS"],
    "PETROLEUM": ["PETR"],
    "EXPORT": ["EXP"],
    "IMPORT": ["IMP"],
    "DISTRIBUTION": ["DISTR", "DIST"],
    "COMMUNICATIONS": ["COMMS"],
    "MARITIME": ["MARIT"],
    "INSTRUMENTS": ["INSTR"],
    "EXCHANGE": ["EXCH"],
    "FINANCIAL": ["FIN"],
    "INSURANCE": ["INS"],
    "AIRLINES": ["AIRL"],
}
GENERIC_TRANSLATE: dict[str, list[str]] = {
    "TRADING": ["TICARET", "TEJARAT", "COMERCIAL"],
    "COMPANY": ["SHERKAT", "KOMPANIYA", "COMPANIA"],
    "GROUP": ["GRUPO", "GRUPPA", "GROUPE"],
    "TECHNOLOGY": ["KEJI", "TEKNOLOJI", "TECNOLOGIA"],
    "TECHNOLOGIES": ["TEKNOLOJILERI", "TECHNOLOGIEN"],
    "INDUSTRIES": ["SANAYE", "INDUSTRIAS", "SANAYI"],
    "INDUSTRY": ["SANAYI", "INDUSTRIYA"],
    "BANK": ["BANCO", "BANQUE", "BANKA"],
    "INTERNATIONAL": ["BEYNOLMELALI", "INTERNACIONAL", "MEZHDUNARODNAYA"],
    "SHIPPING": ["KESHTIRANI", "DENIZCILIK"],
    "ENGINEERING": ["MUHENDISLIK", "MOHANDESI", "INZHINIRING"],
    "ELECTRONICS": ["DIANZI", "ELEKTRONIKA"],
    "INVESTMENT": ["SARMAYEGOZARI", "YATIRIM", "INVERSIONES"],
    "CONSTRUCTION": ["INSAAT", "SAKHTEMAN", "CONSTRUCCIONES"],
    "PETROCHEMICAL": ["PETROSHIMI"],
    "SHERKAT": ["COMPANY"],
    "SANAYE": ["INDUSTRIES"],
    "TEJARAT": ["TRADING", "COMMERCE"],
    "KESHTIRANI": ["SHIPPING"],
    "TICARET": ["TRADING"],
    "SANAYI": ["INDUSTRY"],
    "GRUPPA": ["GROUP"],
    "KOMPANIYA": ["COMPANY"],
    "SHIPBUILDING": ["ZAOCHUAN"],
    "TRADE": ["TIJARA", "HANDEL"],
    "MACHINERY": ["JIXIE", "MAKINA"],
    "EQUIPMENT": ["SHEBEI", "OBORUDOVANIYE"],
    "SCIENCE": ["KEXUE", "NAUKA"],
    "INSTITUTE": ["INSTITUT", "YANJIUSUO"],
    "FACTORY": ["ZAVOD", "KARKHANEH"],
    "PLANT": ["ZAVOD"],
    "LOGISTICS": ["LOJISTIK", "LOGISTIKA"],
    "ENERGY": ["ENERJI", "ENERGIYA"],
    "MINING": ["MADENCILIK", "GORNODOBYVAYUSHCHAYA"],
    "CHEMICAL": ["KIMYA", "HUAGONG"],
    "DEVELOPMENT": ["TOSEE", "RAZVITIYE"],
    "SERVICES": ["KHADAMAT", "SERVICIOS"],
    "GENERAL": ["OMUMI", "GENERALNAYA"],
    "COMMERCIAL": ["BAZARGANI", "TIJARIYA"],
    "TRAVEL": ["SEYAHAT"],
    "TRANSPORT": ["NAKLIYAT", "TRANSPORTE"],
    "OIL": ["NAFT", "NEFT"],
    "GAS": ["GAZ"],
    "AIRLINES": ["HAVAYOLLARI"],
    "EXCHANGE": ["SARRAFI"],
}
NICKNAMES: dict[str, list[str]] = {
    "MUHAMMAD": ["MOHD", "MD", "MUHD"],
    "MOHAMMED": ["MOHD", "MOHAMMAD."],
    "MOHAMMAD": ["MOHD", "MOHAMAD."],
    "MOHAMED": ["MOHD"],
    "ABDUL": ["ABD."],
    "ALEKSANDR": ["SASHA", "ALEX"],
    "ALEXANDER": ["ALEX", "SASHA"],
    "VLADIMIR": ["VOVA", "VLAD"],
    "DMITRIY": ["DIMA"],
    "DMITRY": ["DIMA"],
    "MIKHAIL": ["MISHA"],
    "NIKOLAY": ["KOLYA"],
    "SERGEY": ["SERYOZHA", "SERGE"],
    "YEVGENIY": ["ZHENYA"],
    "ALEKSEY": ["ALYOSHA", "LYOSHA"],
    "ANDREY": ["ANDRYUSHA"],
    "IVAN": ["VANYA"],
    "PAVEL": ["PASHA"],
    "KONSTANTIN": ["KOSTYA"],
    "VIKTOR": ["VITYA"],
    "YURIY": ["YURA"],
    "ANATOLIY": ["TOLYA"],
    "BORIS": ["BORYA"],
    "GRIGORIY": ["GRISHA"],
    "MAKSIM": ["MAX"],
    "ROMAN": ["ROMA"],
    "FRANCISCO": ["PACO", "PANCHO", "FRAN"],
    "JOSE": ["PEPE", "CHEPE"],
    "WILLIAM": ["BILL", "WILL", "BILLY"],
    "ROBERT": ["BOB", "ROB", "BOBBY"],
    "RICHARD": ["RICK", "DICK"],
    "JAMES": ["JIM", "JIMMY"],
    "JOSEPH": ["JOE"],
    "MICHAEL": ["MIKE"],
    "CHRISTOPHER": ["CHRIS"],
    "EDWARD": ["ED", "TED"],
    "ANTHONY": ["TONY"],
    "THOMAS": ["TOM"],
    "DANIEL": ["DAN", "DANNY"],
    "DAVID": ["DAVE"],
    "PETER": ["PETE"],
    "MANUEL": ["MANOLO", "MANNY"],
    "GUILLERMO": ["MEMO"],
    "ALEJANDRO": ["ALEX", "ALE"],
    "ENRIQUE": ["KIKE"],
    "IGNACIO": ["NACHO"],
    "JESUS": ["CHUY", "CHUCHO"],
    "ROBERTO": ["BETO"],
    "ALBERTO": ["BETO"],
    "EDUARDO": ["LALO"],
    "RAFAEL": ["RAFA"],
    "FERNANDO": ["NANDO"],
    "ANTONIO": ["TONO", "TONI"],
    "JAVIER": ["JAVI"],
    "RODOLFO": ["FITO"],
    "ADOLFO": ["FITO"],
    "GUADALUPE": ["LUPE"],
    "CONCEPCION": ["CONCHA"],
    "DOLORES": ["LOLA"],
    "ELIZABETH": ["LIZ", "BETH"],
    "MARGARET": ["MAGGIE", "PEGGY"],
    "KATHERINE": ["KATE", "KATHY"],
    "ABDULLAH": ["ABDULLA."],
    "IBRAHIM": ["IBO"],
    "MUSTAFA": ["MUSTI"],
    "MAHMOUD": ["MODY"],
    "GENNADIY": ["GENA"],
    "VYACHESLAV": ["SLAVA"],
    "STANISLAV": ["STAS"],
    "TATYANA": ["TANYA"],
    "NATALYA": ["NATASHA"],
    "YEKATERINA": ["KATYA"],
    "SVETLANA": ["SVETA"],
    "LYUDMILA": ["LYUDA"],
    "OLEKSANDR": ["SASHKO"],
    "VALENTIN": ["VALYA"],
    "NICHOLAS": ["NICK"],
    "SAMUEL": ["SAM"],
    "BENJAMIN": ["BEN"],
    "JONATHAN": ["JON"],
    "PATRICK": ["PAT"],
    "TIMOTHY": ["TIM"],
    "STEPHEN": ["STEVE"],
    "STEVEN": ["STEVE"],
    "LEONID": ["LYONYA"],
    "ARTUR": ["ARTIK"],
    "HERNANDO": ["NANDO"],
    "LUIS": ["LUCHO"],
    "CARLOS": ["CARLITOS"],
    "RAMON": ["MONCHO"],
    "SANTIAGO": ["CHAGO"],
    "GUSTAVO": ["TAVO"],
    "ALFONSO": ["PONCHO"],
    "GONZALO": ["CHALO"],
}
SPANISH_ACCENTS: dict[str, str] = {
    "JOSE": "JOSÉ",
    "HERNANDEZ": "HERNÁNDEZ",
    "GARCIA": "GARCÍA",
    "COMPANIA": "COMPAÑÍA",
    "SOCIETE": "SOCIÉTÉ",
    "PEREZ": "PÉREZ",
    "RAMIREZ": "RAMÍREZ",
    "RODRIGUEZ": "RODRÍGUEZ",
    "GONZALEZ": "GONZÁLEZ",
    "MARTINEZ": "MARTÍNEZ",
    "SANCHEZ": "SÁNCHEZ",
    "GOMEZ": "GÓMEZ",
    "DIAZ": "DÍAZ",
    "LOPEZ": "LÓPEZ",
    "FERNANDEZ": "FERNÁNDEZ",
    "JIMENEZ": "JIMÉNEZ",
    "ALVAREZ": "ÁLVAREZ",
    "VASQUEZ": "VÁSQUEZ",
    "VAZQUEZ": "VÁZQUEZ",
    "MARIA": "MARÍA",
    "JESUS": "JESÚS",
    "RAMON": "RAMÓN",
    "ANGEL": "ÁNGEL",
    "ANDRES": "ANDRÉS",
    "NUNEZ": "NÚÑEZ",
    "MUNOZ": "MUÑOZ",
    "PENA": "PEÑA",
    "IBANEZ": "IBÁÑEZ",
    "OCHOA": "OCHOA",
    "CESAR": "CÉSAR",
    "HECTOR": "HÉCTOR",
    "OSCAR": "ÓSCAR",
    "ALTAMIRANO": "ALTAMIRANO",
    "CORDOBA": "CÓRDOBA",
    "MEXICO": "MÉXICO",
    "BOGOTA": "BOGOTÁ",
    "CONCEPCION": "CONCEPCIÓN",
    "COMERCIALIZACION": "COMERCIALIZACIÓN",
    "CONSTRUCCION": "CONSTRUCCIÓN",
    "INVERSION": "INVERSIÓN",
    "ASOCIACION": "ASOCIACIÓN",
    "FUNDACION": "FUNDACIÓN",
    "GESTION": "GESTIÓN",
    "AVIACION": "AVIACIÓN",
    "ELECTRONICA": "ELECTRÓNICA",
    "QUIMICA": "QUÍMICA",
    "TECNICA": "TÉCNICA",
    "ENERGIA": "ENERGÍA",
    "INGENIERIA": "INGENIERÍA",
    "TECNOLOGIA": "TECNOLOGÍA",
    "FARMACEUTICA": "FARMACÉUTICA",
    "NAVEGACION": "NAVEGACIÓN",
    "ESTACION": "ESTACIÓN",
    "GUZMAN": "GUZMÁN",
    "BELTRAN": "BELTRÁN",
    "ROMAN": "ROMÁN",
    "MARTIN": "MARTÍN",
    "JOAQUIN": "JOAQUÍN",
    "HERNAN": "HERNÁN",
    "ADRIAN": "ADRIÁN",
    "SEBASTIAN": "SEBASTIÁN",
    "IVAN": "IVÁN",
    "RUBEN": "RUBÉN",
    "NICOLAS": "NICOLÁS",
    "TOMAS": "TOMÁS",
    "LUCIA": "LUCÍA",
    "SOFIA": "SOFÍA",
    "RAUL": "RAÚL",
    "GENERALE": "GÉNÉRALE",
    "ELECTRIQUE": "ÉLECTRIQUE",
    "ETUDES": "ÉTUDES",
    "SAO": "SÃO",
    "JOAO": "JOÃO",
    "CONCEICAO": "CONCEIÇÃO",
    "GONCALVES": "GONÇALVES",
    "ESTEVAO": "ESTEVÃO",
    "COMERCIO": "COMÉRCIO",
    "MULLER": "MÜLLER",
    "SCHRODER": "SCHRÖDER",
    "CAFE": "CAFÉ",
    "BENITEZ": "BENÍTEZ",
    "MENDEZ": "MÉNDEZ",
    "VELASQUEZ": "VELÁSQUEZ",
    "VELAZQUEZ": "VELÁZQUEZ",
    "SUAREZ": "SUÁREZ",
    "DOMINGUEZ": "DOMÍNGUEZ",
    "MARQUEZ": "MÁRQUEZ",
    "CHAVEZ": "CHÁVEZ",
    "VALDES": "VALDÉS",
    "MONTOYA": "MONTOYA",
    "LEON": "LEÓN",
}
TITLES_ISLAMIC = ["Sheikh", "Haji", "Mullah", "Sheikh Dr.", "Hajji", "Maulvi", "Imam", "Ustadh"]
TITLES_GENERAL = ["Dr.", "Gen.", "Col.", "Prof.", "Eng.", "Capt.", "Brig. Gen.", "Maj."]
ROLES_BEFORE = [
    "DIRECTOR:",
    "UBO:",
    "CONSIGNEE:",
    "ATTN:",
    "Attn.",
    "Beneficial owner -",
    "Shipper:",
    "Notify party:",
    "End user:",
    "Signatory:",
    "Managing director",
    "Authorised person:",
]
ROLES_AFTER = [
    "(DIRECTOR)",
    "- UBO",
    "(CONSIGNEE)",
    "- beneficial owner",
    "(end user)",
    "/ shareholder",
    "(general manager)",
    "- authorised signatory",
]
ISLAMIC_HINTS = {
    "MUHAMMAD",
    "MOHAMMED",
    "MOHAMMAD",
    "AHMAD",
    "AHMED",
    "ABDUL",
    "ABD",
    "ABU",
    "AL",
    "ALI",
    "HASAN",
    "HASSAN",
    "HUSSEIN",
    "HUSAYN",
    "UMAR",
    "OMAR",
    "ABDALLAH",
    "ABDULLAH",
    "KHAN",
    "IBRAHIM",
    "YUSUF",
}
KEYBOARD = {
    "Q": "WA",
    "W": "QES",
    "E": "WRD",
    "R": "ETF",
    "T": "RYG",
    "Y": "TUH",
    "U": "YIJ",
    "I": "UOK",
    "O": "IPL",
    "P": "OL",
    "A": "QSZ",
    "S": "AWDZ",
    "D": "SEFX",
    "F": "DRGC",
    "G": "FTHV",
    "H": "GYJB",
    "J": "HUKN",
    "K": "JIL",
    "L": "KO",
    "Z": "ASX",
    "X": "ZSDC",
    "C": "XDFV",
    "V": "CFGB",
    "B": "VGHN",
    "N": "BHJM",
    "M": "NJK",
}
PHONETIC: list[tuple[str, str]] = [
    ("PH", "F"),
    ("F", "PH"),
    ("CK", "K"),
    ("KH", "K"),
    ("OU", "U"),
    ("OO", "U"),
    ("EE", "I"),
    ("TH", "T"),
    ("Q", "K"),
    ("W", "V"),
    ("V", "W"),
    ("X", "KS"),
    ("CH", "SH"),
    ("SH", "CH"),
    ("Z", "S"),
    ("S", "Z"),
    ("C", "K"),
    ("K", "C"),
    ("J", "DJ"),
    ("U", "OU"),
    ("I", "EE"),
    ("Y", "I"),
    ("GH", "G"),
    ("DH", "D"),
]
OCR: list[tuple[str, str]] = [
    ("O", "0"),
    ("I", "1"),
    ("L", "1"),
    ("S", "5"),
    ("B", "8"),
    ("G", "6"),
    ("Z", "2"),
    ("M", "RN"),
    ("RN", "M"),
    ("D", "CL"),
    ("CL", "D"),
    ("E", "F"),
    ("H", "LI"),
    ("U", "LI"),
    ("W", "VV"),
    ("VV", "W"),
    ("0", "O"),
    ("1", "I"),
]
LATAM = (
    "MEXICO",
    "COLOMBIA",
    "VENEZUELA",
    "PERU",
    "ECUADOR",
    "PANAMA",
    "GUATEMALA",
    "HONDURAS",
    "BOLIVIA",
    "ARGENTINA",
    "SPAIN",
    "CUBA",
    "NICARAGUA",
    "EL SALVADOR",
    "PARAGUAY",
    "URUGUAY",
    "CHILE",
    "COSTA RICA",
    "DOMINICAN",
    "SDNTK",
    "SDNT",
    "ILLICIT-DRUGS",
)
PLACE_WORDS = {
    "WUHAN",
    "WEIHAI",
    "CHANGZHOU",
    "SHANGHAI",
    "TIANJIN",
    "NANJING",
    "HANGZHOU",
    "XIAMEN",
    "DALIAN",
    "QINGDAO",
    "CHENGDU",
    "CHONGQING",
    "SUZHOU",
    "NINGBO",
    "XIAN",
    "HARBIN",
    "SHENYANG",
    "ZHUHAI",
    "DONGGUAN",
    "FOSHAN",
    "HEFEI",
    "JINAN",
    "ZHENGZHOU",
    "CHANGSHA",
    "KUNMING",
    "GUANGZHOU",
    "FUJIAN",
    "JIANGSU",
    "ZHEJIANG",
    "GUANGDONG",
    "SICHUAN",
    "HUBEI",
    "HUNAN",
    "SHANDONG",
    "HEBEI",
    "MINSK",
    "KAZAN",
    "TULA",
    "NOVOSIBIRSK",
    "YEKATERINBURG",
    "ISFAHAN",
    "SHIRAZ",
    "TABRIZ",
    "MASHHAD",
    "BAGHDAD",
    "BEIRUT",
    "ALEPPO",
    "SHARJAH",
    "AJMAN",
    "CARACAS",
    "HAVANA",
    "BOGOTA",
    "KARACHI",
    "LAHORE",
    "IRAN",
    "IRANIAN",
    "SYRIA",
    "SYRIAN",
    "KOREA",
    "KOREAN",
    "CHINA",
    "CHINESE",
    "RUSSIA",
    "RUSSIAN",
    "DUBAI",
    "MOSCOW",
    "TEHRAN",
    "BEIJING",
    "SHENZHEN",
    "HONG",
    "PYONGYANG",
    "DAMASCUS",
    "BELARUS",
    "BELARUSIAN",
    "CRIMEA",
    "CRIMEAN",
    "CUBA",
    "CUBAN",
    "IRAQ",
    "IRAQI",
    "LEBANON",
    "LEBANESE",
    "VENEZUELA",
    "YEMEN",
    "EMIRATES",
    "ARAB",
    "TURKISH",
    "TURKEY",
    "ISTANBUL",
    "KISH",
    "NATIONAL",
}

# ---------------------------------------------------------------------------------------------
# Transformations
# ---------------------------------------------------------------------------------------------

WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


@dataclass
class Out:
    query: str
    part: str  # the name part of the query (what must find the entry)
    short: bool = False  # a shortened name: must keep a distinctive word
    cut_last: bool = False  # the last word of the name part was cut by truncation


def match_case(orig: str, rep: str) -> str:
    if orig.isupper() or len(orig) == 1:
        return rep.upper()
    if orig.islower():
        return rep.lower()
    return " ".join(w[:1].upper() + w[1:].lower() for w in rep.split(" "))


def title_case(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        w = m.group()
        if w.upper() in LEGAL_ACRONYMS or (len(w) <= 3 and not re.search("[AEIOUaeiou]", w)):
            return w.upper()
        return w[:1].upper() + w[1:].lower()

    return WORD_RE.sub(one, text)


def styled(e: Entry, rng: random.Random) -> str:
    base = customer_form(e.name, e.kind)
    r = rng.random()
    if r < 0.5 or not re.search("[A-Za-z]", base):
        return base
    if r < 0.75 and e.kind not in ("vessel", "aircraft"):
        return title_case(base)
    return base.upper()


def replace_word(
    text: str, rng: random.Random, table: dict[str, list[str]], skip_first: bool = False
) -> str | None:
    found = [m for m in WORD_RE.finditer(text) if m.group().upper() in table]
    if skip_first:
        found = [m for m in found if m.start() > 0]
    if not found:
        return None
    m = rng.choice(found)
    rep = match_case(m.group(), rng.choice(table[m.group().upper()]))
    return text[: m.start()] + rep + text[m.end() :]


def phrase_re(phrase: str) -> re.Pattern[str]:
    parts = [re.escape(t) for t in tokens(phrase)]
    return re.compile(r"(?<![\w.])" + r"[\s.,-]*".join(parts) + r"\.?(?![\w])", re.IGNORECASE)


_PHRASES: dict[str, re.Pattern[str]] = {}


def replace_phrase(text: str, rng: random.Random, table: list[tuple[str, list[str]]]) -> str | None:
    hits: list[tuple[int, int, str]] = []
    for key, reps in sorted(table, key=lambda kv: (-len(tokens(kv[0])), -len(kv[0]), kv[0])):
        pat = _PHRASES.setdefault(key, phrase_re(key))
        for m in pat.finditer(text):
            hits.append((m.start(), m.end(), rng.choice(reps)))
        if hits:
            break  # longest (earliest listed) phrase first
    if not hits:
        return None
    s, t, rep = rng.choice(hits)
    orig = text[s:t]
    rep = rep if orig.isupper() else title_case(rep)
    return text[:s] + rep + text[t:]


def legal_span(text: str) -> tuple[int, int] | None:
    """The span of a legal form at the end (preferred) or the start of a company name."""
    keys = sorted(
        {k for k, _ in LEGAL_LONG_SHORT}
        | {k for k, _ in LEGAL_SHORT_LONG}
        | {
            "OOO",
            "LLC",
            "JSC",
            "PJSC",
            "OJSC",
            "CJSC",
            "AO",
            "ZAO",
            "OAO",
            "PAO",
            "SA",
            "GMBH",
            "AG",
            "PLC",
            "BV",
            "SRL",
            "SARL",
            "DOO",
            "FZE",
            "FZCO",
        },
        key=lambda k: (-len(k), k),
    )
    for key in keys:
        pat = _PHRASES.setdefault(
            "end:" + key, re.compile(phrase_re(key).pattern + r"\W*$", re.IGNORECASE)
        )
        m = pat.search(text)
        if m and m.start() > 0:
            return (m.start(), len(text))
    for key in keys:
        pat = _PHRASES.setdefault(
            "start:" + key, re.compile(r"^\W*" + phrase_re(key).pattern, re.IGNORECASE)
        )
        m = pat.search(text)
        if m and m.end() < len(text):
            return (0, m.end())
    return None


def distinctive(text: str, min_len: int = 5) -> list[re.Match[str]]:
    out = []
    for m in WORD_RE.finditer(text):
        w = m.group().upper()
        if (
            len(w) >= min_len
            and w not in LEGAL
            and w not in GENERIC_ABBREV
            and w not in PARTICLES
            and "'" not in w
        ):
            out.append(m)
    return out


def _letter(ref: str, c: str) -> str:
    return c.lower() if ref.islower() else c.upper()


def typo_word(kind: str, w: str, rng: random.Random) -> str | None:
    n = len(w)
    if kind == "keyboard":
        pos = [i for i in range(1, n) if w[i].upper() in KEYBOARD]
        if not pos:
            return None
        i = rng.choice(pos)
        return w[:i] + _letter(w[i], rng.choice(KEYBOARD[w[i].upper()])) + w[i + 1 :]
    if kind == "transpose":
        pos = [i for i in range(1, n - 1) if w[i].upper() != w[i + 1].upper()]
        if not pos:
            return None
        i = rng.choice(pos)
        return w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    if kind == "omission":
        pos = [i for i in range(1, n) if w[i].upper() != w[i - 1].upper()]
        if not pos:
            return None
        i = rng.choice(pos)
        return w[:i] + w[i + 1 :]
    if kind == "double":
        dbl = [i for i in range(1, n) if w[i].upper() == w[i - 1].upper()]
        if dbl and rng.random() < 0.5:
            i = rng.choice(dbl)
            return w[:i] + w[i + 1 :]
        pos = [
            i
            for i in range(1, n)
            if w[i].upper() not in "AEIOUY"
            and w[i].upper() != w[i - 1].upper()
            and (i + 1 >= n or w[i + 1].upper() != w[i].upper())
        ]
        if not pos:
            return None
        i = rng.choice(pos)
        return w[:i] + w[i] + w[i:]
    if kind == "vowel":
        pos = [i for i in range(1, n) if w[i].upper() in "AEIOU"]
        if not pos:
            return None
        i = rng.choice(pos)
        return (
            w[:i]
            + _letter(w[i], rng.choice([v for v in "AEIOU" if v != w[i].upper()]))
            + w[i + 1 :]
        )
    if kind == "phonetic":
        opts = [(m.start(), a, b) for a, b in PHONETIC for m in re.finditer(a, w.upper())]
        opts = [o for o in opts if not (o[0] == 0 and o[1] in ("I", "U", "Y", "S", "Z"))]
        if not opts:
            return None
        i, a, b = rng.choice(opts)
        return w[:i] + _letter(w[i], b) + w[i + len(a) :]
    if kind == "ocr":
        opts = [(m.start(), a, b) for a, b in OCR for m in re.finditer(a, w.upper())]
        if not opts:
            return None
        i, a, b = rng.choice(opts)
        rep = b if not b.isalpha() else _letter(w[i], b)
        return w[:i] + rep + w[i + len(a) :]
    return None


TYPO_KINDS = ["keyboard", "transpose", "omission", "double", "vowel"]


def typo_in(text: str, kind: str, rng: random.Random, min_len: int = 5) -> str | None:
    words = distinctive(text, min_len)
    rng.shuffle(words)
    for m in words[:3]:
        new = typo_word(kind, m.group(), rng)
        if new and new.upper() != m.group().upper():
            return text[: m.start()] + new + text[m.end() :]
    return None


def person_parts(e: Entry, base: str) -> tuple[list[str], list[str]] | None:
    words = base.split()
    if e.kind != "person" or len(words) < 2:
        return None
    nf = len(e.family) if e.family else 1
    if nf >= len(words):
        return None
    return words[: len(words) - nf], words[len(words) - nf :]


def tradition(e: Entry) -> set[str]:
    ctx = (e.context + " " + " ".join(a[2] for a in e.addresses)).upper()
    words = set(tokens(e.name))
    out: set[str] = set()
    if "IRAN" in ctx or "IRGC" in ctx or words & {"HOSSEIN", "GHOLAM", "SEYED", "SEYYED", "REZA"}:
        out.add("persian")
    if words & set(ARABIC) or any(w.startswith(("AL", "EL")) and "-" in e.name for w in words):
        out.add("arabic")
    if (
        "RUSSIA" in ctx
        or "UKRAINE-EO" in ctx
        or "BELARUS" in ctx
        or any(w.endswith(("OVICH", "EVICH", "OVNA", "EVNA")) for w in words)
    ):
        out.add("russian")
    if "DPRK" in ctx or "KOREA, NORTH" in ctx or "NORTH KOREA" in ctx or "KOREA" in ctx:
        out.add("korean")
    if "CHINA" in ctx or "HONG KONG" in ctx or "TAIWAN" in ctx or "CMIC" in ctx or " CN" in ctx:
        out.add("chinese")
    if "TURKEY" in ctx or "TURKIYE" in ctx or words & {"TICARET", "SANAYI", "SIRKETI", "ANONIM"}:
        out.add("turkish")
    if any(x in ctx for x in LATAM):
        out.add("hispanic")
    if words & ISLAMIC_HINTS:
        out.add("islamic")
    return out


def t_translit(
    table: dict[str, list[str]], trad: str
) -> Callable[[Entry, str, random.Random], Out | None]:
    def f(e: Entry, base: str, rng: random.Random) -> Out | None:
        if trad not in tradition(e):
            return None
        new = replace_word(base, rng, table)
        if trad == "arabic" and (new is None or rng.random() < 0.3):
            m = re.search(r"\b([AaEe][Ll])-(\w+)", base)
            if m:
                rep = rng.choice(["el-" if m.group(1)[0] in "Aa" else "al-", "al ", ""])
                rep = match_case(m.group(1), rep) if rep.strip(" -") else rep
                new = base[: m.start()] + rep + m.group(2) + base[m.end() :]
        if trad == "russian" and (new is None or rng.random() < 0.4):
            words = list(WORD_RE.finditer(base))
            rng.shuffle(words)
            for m in words:
                w = m.group()
                for suf, reps in RUSSIAN_SUFFIX:
                    if w.upper().endswith(suf) and len(w) > len(suf) + 2:
                        rep = (
                            match_case(w, w[: -len(suf)] + rng.choice(reps))
                            if not w.isupper()
                            else w[: -len(suf)] + rng.choice(reps)
                        )
                        new = base[: m.start()] + rep + base[m.end() :]
                        break
                else:
                    continue
                break
        if trad == "persian" and (new is None or rng.random() < 0.4):
            m2 = re.search(r"(ZADEH|ZADE|EI|IAN|YAN)\b", base, re.IGNORECASE)
            if m2:
                alt = {
                    "ZADEH": ["ZADE", "ZADA"],
                    "ZADE": ["ZADEH"],
                    "EI": ["IE", "I", "EE"],
                    "IAN": ["YAN"],
                    "YAN": ["IAN"],
                }
                rep = match_case(m2.group(), rng.choice(alt[m2.group().upper()]))
                new = base[: m2.start()] + rep + base[m2.end() :]
        if trad == "korean":
            new = korean(base, rng)
        if trad == "chinese":
            new = chinese(e, base, rng)
        if not new or new == base:
            return None
        return Out(new, new)

    return f


def korean(base: str, rng: random.Random) -> str | None:
    parts = re.split(r"(\s+|-)", base)
    idx = [i for i, p in enumerate(parts) if p.upper() in KOREAN]
    out: str | None = None
    if idx:
        i = rng.choice(idx)
        parts[i] = match_case(parts[i], rng.choice(KOREAN[parts[i].upper()]))
        out = "".join(parts)
    if "-" in (out or base) and (out is None or rng.random() < 0.4):
        src = out or base
        out = src.replace("-", rng.choice([" ", ""]), 1)
        if "- " not in src and rng.random() < 0.3:
            out = out.replace(
                out.split()[-1],
                out.split()[-1].lower().capitalize() if not out.isupper() else out.split()[-1],
            )
    return out


def chinese_split(word: str) -> list[str] | None:
    w = word.upper()
    out: list[str] = []
    while w:
        for s in PINYIN_SYLLABLES:
            if w.startswith(s):
                out.append(s)
                w = w[len(s) :]
                break
        else:
            return None
    return out if len(out) >= 2 else None


def chinese(e: Entry, base: str, rng: random.Random) -> str | None:
    if e.kind == "person":
        parts = person_parts(e, base)
        if parts and len(parts[0]) == 1:
            given = parts[0][0]
            syl = chinese_split(given.replace("-", ""))
            if syl and rng.random() < 0.6:
                syl = [
                    rng.choice(CHINESE[s]) if s in CHINESE and rng.random() < 0.5 else s
                    for s in syl
                ]
                sep = rng.choice(["-", " "])
                joined = sep.join(match_case(given, s) if not given.isupper() else s for s in syl)
                if sep == "-" and not given.isupper():
                    joined = joined[:1] + joined[1:].lower()
                return " ".join([joined, *parts[1]])
    return replace_word(base, rng, CHINESE)


def t_turkish(e: Entry, base: str, rng: random.Random) -> Out | None:
    if "turkish" not in tradition(e):
        return None
    if re.search("[ÇĞİÖŞÜçğıöşü]", base):
        new = "".join(GERMAN_FOLD.get(c, c) if rng.random() < 0.9 else c for c in base)
    else:
        found = [
            m
            for m in WORD_RE.finditer(base)
            if m.group().upper() in TURKISH and TURKISH[m.group().upper()] != m.group().upper()
        ]
        if not found:
            return None
        rng.shuffle(found)
        new = base
        for m in sorted(found[: rng.randint(1, 3)], key=lambda m: -m.start()):
            rep = TURKISH[m.group().upper()]
            if not m.group().isupper():
                rep = rep[:1] + rep[1:].replace("İ", "i").replace("I", "ı").lower()
            new = new[: m.start()] + rep + new[m.end() :]
    return Out(new, new) if new != base else None


def t_order_person(e: Entry, base: str, rng: random.Random) -> Out | None:
    parts = person_parts(e, base)
    if not parts:
        return None
    q = " ".join([*parts[1], *parts[0]])
    return Out(q, q)


def t_order_company(e: Entry, base: str, rng: random.Random) -> Out | None:
    if e.kind != "organization":
        return None
    span = legal_span(base)
    core, legal, front = base, "", False
    if span:
        s, t = span
        legal, core, front = base[s:t].strip(), (base[:s] + base[t:]).strip(" ,"), s == 0
    words = core.split()
    if len(words) < 2 or re.search(r"[:()/]", core):
        return None
    m = re.match(r"(?i)^(.+?)\s+(of|for)\s+(.+)$", core)
    if m and len(m.group(1).split()) <= 2 and m.group(2).upper() == "OF":
        new_core = f"{m.group(3)} {m.group(1)}"
    elif tokens(words[0])[:1] and tokens(words[0])[0] in PLACE_WORDS:
        new_core = " ".join([*words[1:], words[0]])
    elif tokens(words[-1])[:1] and tokens(words[-1])[0] in PLACE_WORDS:
        new_core = " ".join([words[-1], *words[:-1]])
    else:
        return None
    q = f"{legal} {new_core}" if front and legal else f"{new_core} {legal}".strip()
    return Out(q, q)


def t_typo(kind: str) -> Callable[[Entry, str, random.Random], Out | None]:
    def f(e: Entry, base: str, rng: random.Random) -> Out | None:
        if e.kind == "aircraft":
            return None
        new = typo_in(base, kind, rng)
        return Out(new, new) if new else None

    return f


ARABIC_PREFIXES = ("ABDUL", "ABDEL", "ABD", "ABU", "AL", "EL", "BIN", "IBN", "BEN")
PREFIXES = (
    "ABDUL",
    "ABDEL",
    "ABD",
    "ABU",
    "AL",
    "EL",
    "BIN",
    "IBN",
    "BEN",
    "MC",
    "MAC",
    "VAN",
    "DEL",
    "DE",
    "LA",
)


def t_spacing(e: Entry, base: str, rng: random.Random) -> Out | None:
    opts: list[str] = []
    if "-" in base:
        i = base.index("-")
        opts.append(base[:i] + rng.choice([" ", ""]) + base[i + 1 :])
    arabic = bool(tradition(e) & {"arabic", "islamic", "persian"})
    for m in WORD_RE.finditer(base):
        w = m.group()
        for p in PREFIXES:
            if (p in ARABIC_PREFIXES) != arabic:
                continue
            if (
                w.upper().startswith(p)
                and len(w) >= len(p) + 3
                and w.upper() not in ("ABDULLAH", "ABDALLAH")
            ):
                opts.append(base[: m.start()] + w[: len(p)] + " " + w[len(p) :] + base[m.end() :])
                break
    words = base.split()
    for i in range(len(words) - 1):
        if tokens(words[i]) and tokens(words[i])[-1] in PARTICLES and words[i].isalpha():
            opts.append(" ".join([*words[:i], words[i] + words[i + 1], *words[i + 2 :]]))
    if e.kind == "organization" and len(words) >= 3:
        i = rng.randrange(len(words) - 1)
        if words[i].isalpha() and words[i + 1].isalpha():
            opts.append(" ".join([*words[:i], words[i] + words[i + 1], *words[i + 2 :]]))
    for m in distinctive(base, 10) if e.kind == "organization" else []:
        w = m.group()
        cut = [
            i
            for i in range(3, len(w) - 3)
            if w[i - 1].upper() in "AEIOU" and w[i].upper() not in "AEIOU"
        ]
        if cut:
            i = rng.choice(cut)
            opts.append(base[: m.start()] + w[:i] + " " + w[i:] + base[m.end() :])
    opts = [o for o in opts if o != base]
    if not opts:
        return None
    q = rng.choice(opts)
    return Out(q, q)


def t_punct(e: Entry, base: str, rng: random.Random) -> Out | None:
    opts: list[str] = []
    if re.search(r"[.,'\"()&/-]", base):
        opts.append(re.sub(r"\s+", " ", re.sub(r"[.,'\"()/]", "", base).replace("-", " ")).strip())
        opts.append(re.sub(r"\s+", " ", re.sub(r"[.,'\"()/-]", "", base)).strip())
    words = base.split()
    if len(words) >= 2:
        i = rng.randrange(len(words) - 1)
        opts.append(" ".join([*words[:i], words[i] + ",", *words[i + 1 :]]))
    opts.append(f'"{base}"')
    if "&" in base:
        opts.append(base.replace("&", " AND " if base.isupper() else " and ").replace("  ", " "))
    if re.search(r"\b(AND|and|And)\b", base):
        opts.append(re.sub(r"\s+(AND|and|And)\s+", " & ", base, count=1))
    if "-" in base:
        opts.append(base.replace("-", rng.choice(["/", ".", " - "]), 1))
    opts = [o for o in opts if o != base]
    q = rng.choice(opts)
    return Out(q, q.strip('"'))


def t_company(
    table: list[tuple[str, list[str]]],
) -> Callable[[Entry, str, random.Random], Out | None]:
    def f(e: Entry, base: str, rng: random.Random) -> Out | None:
        if e.kind != "organization":
            return None
        new = replace_phrase(base, rng, table)
        return Out(new, new) if new and new != base else None

    return f


def t_legal_moved(e: Entry, base: str, rng: random.Random) -> Out | None:
    if e.kind != "organization":
        return None
    span = legal_span(base)
    if not span:
        return None
    s, t = span
    legal, core = base[s:t].strip(" ,"), (base[:s] + base[t:]).strip(" ,")
    if not core:
        return None
    q = f"{core} {legal}" if s == 0 else f"{legal} {core}"
    if rng.random() < 0.3 and s != 0:
        q = f"{legal}, {core}"
    return Out(q, q)


def t_legal_dropped(e: Entry, base: str, rng: random.Random) -> Out | None:
    if e.kind != "organization":
        return None
    span = legal_span(base)
    if not span:
        return None
    s, t = span
    core = (base[:s] + base[t:]).strip(" ,")
    if len(tokens(core)) < 2:
        return None
    return Out(core, core)


def t_legal_misspelt(e: Entry, base: str, rng: random.Random) -> Out | None:
    if e.kind != "organization":
        return None
    new = replace_word(base, rng, LEGAL_MISSPELT)
    return Out(new, new) if new and new != base else None


def t_legal_spaced(e: Entry, base: str, rng: random.Random) -> Out | None:
    if e.kind != "organization":
        return None
    found = [
        m
        for m in re.finditer(r"\b[A-Za-z]+\b\.?", base)
        if m.group().rstrip(".").upper() in LEGAL_ACRONYMS - {"LTD"}
        and len(m.group().rstrip(".")) >= 2
    ]
    dotted = list(re.finditer(r"(?<!\w)(?:[A-Za-z]\.){2,}", base))
    if dotted and (not found or rng.random() < 0.5):
        m = rng.choice(dotted)
        letters = m.group().replace(".", "")
        rep = rng.choice(
            [
                " ".join(letters),
                letters + ".",
                m.group().replace(".", "..", 1),
                ". ".join(letters) + ".",
            ]
        )
        return Out(
            base[: m.start()] + rep + base[m.end() :], base[: m.start()] + rep + base[m.end() :]
        )
    if not found:
        m3 = re.search(r"(?i)\bS\.?\s?A\.? DE C\.?\s?V\.?", base)
        if not m3:
            return None
        rep = rng.choice(["S A DE C V", "S.A. DE C.V.", "SA DE CV", "S.A DE C.V"])
        q = base[: m3.start()] + rep + base[m3.end() :]
        return Out(q, q) if q != base else None
    m = rng.choice(found)
    w = m.group().rstrip(".").upper()
    rep = rng.choice([".".join(w) + ".", " ".join(w), ". ".join(w) + ".", ".".join(w)])
    q = base[: m.start()] + rep + base[m.end() :]
    return Out(q, q)


def t_generic_abbrev(e: Entry, base: str, rng: random.Random) -> Out | None:
    if e.kind != "organization":
        return None
    new = replace_word(base, rng, GENERIC_ABBREV)
    return Out(new, new) if new and new != base else None


def t_generic_translate(e: Entry, base: str, rng: random.Random) -> Out | None:
    if e.kind != "organization":
        return None
    new = replace_word(base, rng, GENERIC_TRANSLATE)
    return Out(new, new) if new and new != base else None


def t_initials(e: Entry, base: str, rng: random.Random) -> Out | None:
    parts = person_parts(e, base)
    if not parts:
        return None
    given, family = parts
    given = [g for g in given if WORD_RE.fullmatch(g.strip(".,"))]
    if not given:
        return None
    r = rng.random()
    if len(given) >= 2 and r < 0.4:
        new_given = [given[0], *[g[0] + "." for g in given[1:]]]
    elif r < 0.7:
        new_given = [g[0] + "." for g in given]
    else:
        new_given = ["".join(g[0] + "." for g in given)] if len(given) >= 2 else [given[0][0]]
    q = " ".join([*new_given, *family])
    return Out(q, q, short=True)


def t_drop_middle(e: Entry, base: str, rng: random.Random) -> Out | None:
    words = base.split()
    if e.kind != "person" or len(words) < 3:
        return None
    parts = person_parts(e, base)
    if parts and len(parts[0]) >= 2:
        given, family = parts
        if len(given) >= 3 and rng.random() < 0.5:
            i = rng.randrange(1, len(given))
            given = given[:i] + given[i + 1 :]
        else:
            given = given[:1]
        q = " ".join([*given, *family])
    elif "," not in e.name:
        q = " ".join([words[0], words[-1]])  # uncommaed names (UN): first and last word
    else:
        return None  # one given name: nothing in the middle to drop
    return Out(q, q, short=True)


def title_for(e: Entry, rng: random.Random) -> str:
    female = bool(re.search(r"\bFEMALE\b", e.context.upper()))
    male = bool(re.search(r"\bMALE\b", e.context.upper()))
    pool = (
        TITLES_ISLAMIC + ["Dr.", "Eng."]
        if "islamic" in tradition(e) or "persian" in tradition(e)
        else list(TITLES_GENERAL)
    )
    if female:
        pool = (
            ["Dr.", "Mrs.", "Ms.", "Prof.", "Hajja"]
            if "islamic" in tradition(e)
            else ["Dr.", "Mrs.", "Ms.", "Prof."]
        )
    elif not male:
        pool = [t for t in pool if t != "Mrs."]
    else:
        pool = [t for t in pool if t != "Mrs."] + ["Mr."]
    return rng.choice(pool)


def t_titles(e: Entry, base: str, rng: random.Random) -> Out | None:
    if e.kind != "person":
        return None
    t = title_for(e, rng)
    if base.isupper():
        t = t.upper()
    return Out(f"{t} {base}", base)


def t_nickname(e: Entry, base: str, rng: random.Random) -> Out | None:
    parts = person_parts(e, base)
    if not parts:
        return None
    given, family = parts
    idx = [i for i, g in enumerate(given) if g.upper() in NICKNAMES]
    if not idx:
        return None
    i = rng.choice(idx)
    given = list(given)
    given[i] = match_case(given[i], rng.choice(NICKNAMES[given[i].upper()]))
    q = " ".join([*given, *family])
    return Out(q, q)


def t_script_original(e: Entry, base: str, rng: random.Random) -> Out | None:
    if not e.original:
        return None
    orig = e.original[0]
    opts: list[str] = []
    if re.search("[\u0600-\u06ff]", orig):
        a = re.sub("[أإآ]", "ا", orig)
        if a != orig:
            opts.append(a)
        b = orig.replace("ة", "ه").replace("ى", "ي")
        if b != orig:
            opts.append(b)
        if "عبد " in orig:
            opts.append(orig.replace("عبد ", "عبد", 1))
        ws = orig.split()
        if len(ws) >= 4 and e.kind == "person":
            opts.append(" ".join(ws[:-1]))
        opts.append(re.sub("[\u064b-\u0652]", "", orig))
    else:
        ws = orig.split()
        if len(ws) >= 4 and e.kind == "person":
            opts.append(" ".join(ws[:-1]))
        if len(ws) >= 2:
            opts.append(
                "".join(ws)
                if re.search("[\u3400-\u9fff\uac00-\ud7af]", orig)
                else " ".join([ws[-1], *ws[:-1]])  # family name first
            )
        elif re.search("[\u3400-\u9fff]", orig) and len(orig) >= 3:
            opts.append(orig[0] + " " + orig[1:])
    opts = [o for o in opts if o != orig and o.strip()]
    if not opts:
        return None
    q = rng.choice(opts)
    return Out(q, q, short=len(q.split()) < len(orig.split()))


CYR = [
    ("SHCH", "Щ"),
    ("YO", "Ё"),
    ("ZH", "Ж"),
    ("KH", "Х"),
    ("TS", "Ц"),
    ("CH", "Ч"),
    ("SH", "Ш"),
    ("YU", "Ю"),
    ("YA", "Я"),
    ("YE", "Е"),
    ("IY", "ИЙ"),
    ("YY", "ЫЙ"),
    ("EY", "ЕЙ"),
    ("AY", "АЙ"),
    ("OY", "ОЙ"),
    ("UY", "УЙ"),
    ("A", "А"),
    ("B", "Б"),
    ("V", "В"),
    ("G", "Г"),
    ("D", "Д"),
    ("E", "Е"),
    ("Z", "З"),
    ("I", "И"),
    ("K", "К"),
    ("L", "Л"),
    ("M", "М"),
    ("N", "Н"),
    ("O", "О"),
    ("P", "П"),
    ("R", "Р"),
    ("S", "С"),
    ("T", "Т"),
    ("U", "У"),
    ("F", "Ф"),
    ("Y", "Ы"),
]


CYR_WORDS = {
    "IGOR": "ИГОРЬ",
    "ILYA": "ИЛЬЯ",
    "OLGA": "ОЛЬГА",
    "LYUBOV": "ЛЮБОВЬ",
    "IGOREVICH": "ИГОРЕВИЧ",
    "IGOREVNA": "ИГОРЕВНА",
    "ARTYOM": "АРТЁМ",
    "PYOTR": "ПЁТР",
    "FYODOR": "ФЁДОР",
    "SEMYON": "СЕМЁН",
}


def to_cyrillic(word: str) -> str | None:
    w = word.upper()
    if w in CYR_WORDS:
        s0 = CYR_WORDS[w]
        return s0[:1] + s0[1:].lower() if not word.isupper() else s0
    if (
        not w.isalpha()
        or not w.isascii()
        or re.search(
            "[CQWXJH]", w.replace("KH", "").replace("ZH", "").replace("CH", "").replace("SH", "")
        )
    ):
        return None
    out = []
    i = 0
    while i < len(w):
        if (
            w[i] in "AEIOU"
            and w[i + 1 : i + 2] == "Y"
            and w[i + 2 : i + 3] in ("A", "E", "I", "O", "U")
        ):
            out.append(dict(CYR)[w[i]])
            i += 1
            continue
        if w[i:] == "I" and i > 0 and w[i - 1] in "AEOU":
            out.append("Й")  # SERGEI, NIKOLAI
            break
        if (
            i > 0
            and w[i] == "Y"
            and w[i - 1] not in "AEIOUY"
            and w[i + 1 : i + 2] in ("A", "E", "O", "U")
            and not (w[i + 1] == "O" and w[i + 2 :] not in ("V", "VA"))
        ):
            out.append("Ь")  # consonant + YA/YE/YO/YU: soft sign, then the iotated vowel
        if w[i:] in ("IA", "IYA") and i > 0:
            out.append("ИЯ")  # YULIA, MARIA
            break
        if w[i:] == "I" and i > 1 and w[i - 1] == "R" and i == len(w) - 1:
            out.append("ИЙ")  # VALERI, YURI, DMITRI
            break
        if w[i:] == "Y" and i > 0 and w[i - 1] not in "AEIOUY":
            out.append("ИЙ")
            break
        for lat, cyr in CYR:
            if w.startswith(lat, i):
                if lat == "YE" and i > 0 and w[i - 1] in "AEIOU":
                    cyr = "Е"
                out.append(cyr)
                i += len(lat)
                break
        else:
            return None
    s = "".join(out)
    if s.endswith("ЫЙ") and len(s) > 4 and s[-3] in "КГХЖШЧЩ":
        s = s[:-2] + "ИЙ"
    return s[:1] + s[1:].lower() if not word.isupper() else s


UKRAINIAN_MARKS = (
    "OLEKS",
    "VOLODYM",
    "MYKOL",
    "SERHI",
    "HRYH",
    "DMYT",
    "YURIIV",
    "PETRO",
    "TARAS",
    "BOHDAN",
)


def t_cyrillic(e: Entry, base: str, rng: random.Random) -> Out | None:
    if e.kind != "person" or "russian" not in tradition(e):
        return None
    up = base.upper()
    if any(m in up for m in UKRAINIAN_MARKS) or re.search(r"YCH\b|YVNA\b|IVNA\b", up):
        return None
    parts = person_parts(e, base)
    if not parts:
        return None
    words = [to_cyrillic(w) for w in base.split()]
    if any(w is None for w in words):
        return None
    cyr = [w for w in words if w]
    if rng.random() < 0.5:
        cyr = [c.upper() if i == len(cyr) - 1 else c[:1] + c[1:].lower() for i, c in enumerate(cyr)]
    if rng.random() < 0.4:
        n = len(parts[0])
        cyr = cyr[n:] + cyr[:n]
    q = " ".join(cyr)
    return Out(q, q)


def imo_of(e: Entry) -> str:
    m = re.search(r"IMO\s*(\d{7})", e.context)
    return m.group(1) if m else ""


def t_vessel(e: Entry, base: str, rng: random.Random) -> Out | None:
    if e.kind != "vessel":
        return None
    imo = imo_of(e)
    forms = ["M/V {n}", "MV {n}", "MT {n}", "M/T {n}", "MV. {n}", "m.v. {n}", "Vessel {n}"]
    if imo:
        forms += [
            "{n} (IMO {i})",
            "MV {n} IMO{i}",
            "{n} IMO: {i}",
            "M/T {n} - IMO {i}",
            "VSL {n} IMO NO. {i}",
        ]
    q = rng.choice(forms).format(n=base, i=imo)
    return Out(q, base)


def t_aircraft(e: Entry, base: str, rng: random.Random) -> Out | None:
    if e.kind != "aircraft":
        return None
    reg = base.strip()
    model = re.search(r"Aircraft Model ([^;]+)", e.context)
    msn = re.search(r"\(MSN\) ([^;.]+)", e.context)
    opts: list[tuple[str, str]] = []
    if "-" in reg:
        opts.append((reg.replace("-", ""), reg.replace("-", "")))
        opts.append((reg.replace("-", " "), reg.replace("-", " ")))
    opts.append((f"REG {reg}", reg))
    opts.append((f"A/C {reg}", reg))
    opts.append((f"aircraft reg. {reg.replace('-', '')}", reg.replace("-", "")))
    if model:
        opts.append((f"{reg} ({model.group(1).strip()})", reg))
        opts.append((f"{model.group(1).strip()} {reg.replace('-', '')}", reg.replace("-", "")))
    if msn:
        opts.append((f"{reg} MSN {msn.group(1).strip()}", reg))
    q, part = rng.choice(opts)
    return Out(q, part)


def city_country(e: Entry, rng: random.Random) -> tuple[str, str, str] | None:
    good = [a for a in e.addresses if a[1] or a[2]]
    if not good:
        return None
    street, city, country = rng.choice(good)
    city = " ".join(w for w in city.split() if not re.search(r"\d", w)).strip(" ,")
    return street, city, country


def with_place(name: str, e: Entry, rng: random.Random, street_needed: bool) -> str | None:
    got = city_country(e, rng)
    if not got:
        return None
    street, city, country = got
    if street_needed:
        if not street or not (city or country):
            return None
        tail = ", ".join(x for x in (street, city, country) if x)
        return rng.choice(
            [
                f"{name}, {tail}",
                f"{name} {tail}",
                f"{name} - {tail}",
                f"{name}\n{tail}".replace("\n", " / "),
            ]
        )
    bits = [x for x in (city, country) if x]
    r = rng.random()
    if r < 0.3 and city:
        return f"{name} {city}"
    if r < 0.6 and country:
        return f"{name}, {country}"
    return f"{name} ({', '.join(bits)})"


def t_extra_address(e: Entry, base: str, rng: random.Random) -> Out | None:
    q = with_place(base, e, rng, True)
    return Out(q, base) if q else None


def t_extra_city(e: Entry, base: str, rng: random.Random) -> Out | None:
    q = with_place(base, e, rng, False)
    return Out(q, base) if q else None


def t_extra_role(e: Entry, base: str, rng: random.Random) -> Out | None:
    if rng.random() < 0.6:
        role = rng.choice(ROLES_BEFORE)
        q = f"{role} {base}"
    else:
        q = f"{base} {rng.choice(ROLES_AFTER)}"
    return Out(q, base)


def t_extra_birth(e: Entry, base: str, rng: random.Random) -> Out | None:
    if e.kind != "person" or not e.birth_year:
        return None
    y = e.birth_year
    q = rng.choice(
        [
            f"{base} DOB {y}",
            f"{base} b. {y}",
            f"{base} ({y})",
            f"{base}, born {y}",
            f"{base} YOB {y}",
            f"{base} - d.o.b. {y}",
            f"{base} {y}",
        ]
    )
    return Out(q, base)


def t_extra_account(e: Entry, base: str, rng: random.Random) -> Out | None:
    acct = "".join(rng.choice("0123456789") for _ in range(rng.randint(8, 12)))
    iban = rng.choice(["AE", "TR", "DE", "GB", "LB", "CY"]) + "".join(
        rng.choice("0123456789") for _ in range(20)
    )
    inv = f"{rng.randint(2019, 2026)}-{rng.randint(1, 9999):04d}"
    q = rng.choice(
        [
            f"FFC {base} A/C {acct}",
            f"IBAN {iban} {base}",
            f"INV {inv} {base}",
            f"BENEF: {base} ACCT NO {acct}",
            f"{base} A/C NO. {acct}",
            f"PAYMENT REF {inv} / {base}",
            f"/BNF/{base} /ACC/{acct}",
            f"{base} IBAN {iban[:4]} {iban[4:8]} {iban[8:12]} {iban[12:]}",
        ]
    )
    return Out(q, base)


def t_ocr(e: Entry, base: str, rng: random.Random) -> Out | None:
    new = typo_in(base, "ocr", rng, 4)
    if new and rng.random() < 0.3:
        new = typo_in(new, "ocr", rng, 4) or new
    return Out(new, new) if new else None


def t_truncate(e: Entry, base: str, rng: random.Random) -> Out | None:
    n = rng.randint(16, 40)
    if len(base) <= n + 2:
        return None
    parts = person_parts(e, base)
    if parts and n < len(" ".join(parts[0])) + 4:
        return None  # a person's cut must keep at least the start of the family name
    q = base[:n].rstrip(" ,-.")
    cut = base[n - 1].isalnum() and base[n].isalnum()
    return Out(q, q, short=True, cut_last=cut)


def t_diacritics(e: Entry, base: str, rng: random.Random) -> Out | None:
    if re.search("[À-ÿĀ-žḀ-ỿ]", base):
        new = "".join(
            c for c in unicodedata.normalize("NFKD", base) if not unicodedata.combining(c)
        )
        new = unicodedata.normalize("NFC", new)
        return Out(new, new) if new != base else None
    found = [
        m
        for m in WORD_RE.finditer(base)
        if m.group().upper() in SPANISH_ACCENTS
        and SPANISH_ACCENTS[m.group().upper()] != m.group().upper()
    ]
    if not found:
        return None
    new = base
    for m in sorted(
        rng.sample(found, min(len(found), rng.randint(1, 2))), key=lambda m: -m.start()
    ):
        rep = SPANISH_ACCENTS[m.group().upper()]
        new = (
            new[: m.start()]
            + (rep if m.group().isupper() else rep[:1] + rep[1:].lower())
            + new[m.end() :]
        )
    return Out(new, new)


def t_second_surname(e: Entry, base: str, rng: random.Random) -> Out | None:
    if "hispanic" not in tradition(e) or len(e.family) != 2 or not e.given:
        return None
    parts = person_parts(e, base)
    if not parts:
        return None
    given, family = parts
    f1, f2 = family
    if (
        tokens(f1)[:1]
        and tokens(f1)[0] in PARTICLES
        or tokens(f2)[:1]
        and tokens(f2)[0] in PARTICLES
    ):
        return None
    r = rng.random()
    if r < 0.35:
        fam, short = f1, True
    elif r < 0.55:
        fam, short = f"{f1} {f2[0]}.", True
    elif r < 0.8:
        fam, short = f"{f1}-{f2}", False
    else:
        fam, short = f"{f1} {'Y' if f1.isupper() else 'y'} {f2}", False
    q = " ".join([*given, fam])
    return Out(q, q, short=short)


TRANSLIT_ALL = [
    (ARABIC, "arabic"),
    (PERSIAN, "persian"),
    (RUSSIAN, "russian"),
    (KOREAN, "korean"),
    (CHINESE, "chinese"),
]


def t_combo_translit_typo(e: Entry, base: str, rng: random.Random) -> Out | None:
    order = list(TRANSLIT_ALL)
    rng.shuffle(order)
    for table, trad in order:
        got = t_translit(table, trad)(e, base, rng)
        if got:
            new = typo_in(
                got.query, rng.choice(["keyboard", "omission", "vowel", "transpose"]), rng
            )
            if new:
                return Out(new, new)
    return None


def t_combo_legal_generic(e: Entry, base: str, rng: random.Random) -> Out | None:
    if e.kind != "organization":
        return None
    first = t_generic_abbrev(e, base, rng)
    if not first:
        return None
    steps: list[Callable[[Entry, str, random.Random], Out | None]] = [
        t_legal_spaced,
        t_legal_misspelt,
        t_company(LEGAL_LONG_SHORT),
        t_legal_moved,
    ]
    rng.shuffle(steps)
    for step in steps:
        got = step(e, first.query, rng)
        if got:
            return got
    return None


def t_combo_title_drop(e: Entry, base: str, rng: random.Random) -> Out | None:
    got = t_drop_middle(e, base, rng)
    if not got:
        return None
    t = title_for(e, rng)
    if base.isupper():
        t = t.upper()
    return Out(f"{t} {got.query}", got.part, short=True)


def t_combo_extra_typo(e: Entry, base: str, rng: random.Random) -> Out | None:
    new = typo_in(base, rng.choice(TYPO_KINDS), rng)
    if not new:
        return None
    q = with_place(new, e, rng, rng.random() < 0.4) or with_place(new, e, rng, False)
    return Out(q, new) if q else None


def t_combo_expand_truncate(e: Entry, base: str, rng: random.Random) -> Out | None:
    got = t_company(LEGAL_SHORT_LONG)(e, base, rng)
    if not got:
        return None
    n = rng.choice([30, 35])
    if len(got.query) <= n + 1:
        return None
    q = got.query[:n].rstrip(" ,-.")
    if base.upper().startswith(q.upper()):
        return None  # the cut removed all of the written-out form
    cut = got.query[n - 1].isalnum() and got.query[n].isalnum()
    return Out(q, q, short=True, cut_last=cut)


def t_combo_order_punct(e: Entry, base: str, rng: random.Random) -> Out | None:
    parts = person_parts(e, base)
    if not parts or not re.search(r"[.'\-]", base):
        return None
    q = " ".join([*parts[1], *parts[0]])
    q = re.sub(r"\s+", " ", re.sub(r"[.,']", "", q).replace("-", rng.choice([" ", ""]))).strip()
    return Out(q, q)


CATEGORIES: list[tuple[str, Callable[[Entry, str, random.Random], Out | None]]] = [
    ("translit_arabic", t_translit(ARABIC, "arabic")),
    ("translit_persian", t_translit(PERSIAN, "persian")),
    ("translit_russian", t_translit(RUSSIAN, "russian")),
    ("translit_korean", t_translit(KOREAN, "korean")),
    ("translit_chinese", t_translit(CHINESE, "chinese")),
    ("translit_turkish", t_turkish),
    ("order_person", t_order_person),
    ("order_company", t_order_company),
    ("typo_keyboard", t_typo("keyboard")),
    ("typo_transpose", t_typo("transpose")),
    ("typo_omission", t_typo("omission")),
    ("typo_double", t_typo("double")),
    ("typo_vowel", t_typo("vowel")),
    ("typo_phonetic", t_typo("phonetic")),
    ("spacing", t_spacing),
    ("punctuation", t_punct),
    ("legal_abbrev", t_company(LEGAL_LONG_SHORT)),
    ("legal_expand", t_company(LEGAL_SHORT_LONG)),
    ("legal_moved", t_legal_moved),
    ("legal_dropped", t_legal_dropped),
    ("legal_misspelt", t_legal_misspelt),
    ("legal_spaced_dotted", t_legal_spaced),
    ("legal_foreign", t_company(LEGAL_FOREIGN)),
    ("generic_abbrev", t_generic_abbrev),
    ("generic_translate", t_generic_translate),
    ("initials", t_initials),
    ("drop_middle", t_drop_middle),
    ("titles", t_titles),
    ("nickname_short", t_nickname),
    ("script_original", t_script_original),
    ("script_cyrillic", t_cyrillic),
    ("vessel_forms", t_vessel),
    ("aircraft_forms", t_aircraft),
    ("extra_address", t_extra_address),
    ("extra_city_country", t_extra_city),
    ("extra_role", t_extra_role),
    ("extra_birth_year", t_extra_birth),
    ("extra_account", t_extra_account),
    ("ocr", t_ocr),
    ("truncation", t_truncate),
    ("diacritics", t_diacritics),
    ("second_surname", t_second_surname),
    ("combo_translit_typo", t_combo_translit_typo),
    ("combo_legal_generic", t_combo_legal_generic),
    ("combo_title_drop_middle", t_combo_title_drop),
    ("combo_extra_typo", t_combo_extra_typo),
    ("combo_expand_truncate", t_combo_expand_truncate),
    ("combo_order_punct", t_combo_order_punct),
]
# Categories whose change is only order, punctuation, letter forms or accents: the query may fold to the
# same words as a listed name, but never equals one as written.
FOLD_OK = {
    "order_person",
    "combo_order_punct",
    "punctuation",
    "diacritics",
    "script_original",
    "legal_spaced_dotted",
    "translit_turkish",
}
WEIGHTS = {"sdn": 40, "csl_other": 22, "csl_sdn": 8, "un": 18, "cons": 12}
LIST_OF_GROUP = {
    "sdn": "us_ofac_sdn",
    "csl_other": "us_csl",
    "csl_sdn": "us_csl",
    "un": "un_sc",
    "cons": "us_ofac_cons",
}


def norm_raw(text: str) -> str:
    return " ".join(text.casefold().split())


class Builder:
    def __init__(self, entries: list[Entry], index: Index) -> None:
        self.entries = entries
        self.index = index
        self.party_names: dict[int, list[str]] = {}
        for e in entries:
            self.party_names.setdefault(e.party, []).extend([e.name, *e.aliases, *e.original])
        self.clear: dict[int, bool] = {}
        self.used: dict[int, int] = {}
        self.seen: set[str] = set()
        self.own_raw: dict[int, set[str]] = {}
        self.own_fold: dict[int, set[str]] = {}

    def unambiguous(self, e: Entry) -> bool:
        got = self.clear.get(e.idx)
        if got is None:
            form = customer_form(e.name, e.kind)
            comp = comp_tokens(form, e.kind)
            hit = self.index.full.get(tuple(sorted(comp)), set())
            got = (
                bool(comp)
                and not (hit - {e.party})
                and not self.index.contains_other_name(tokens(form), e.party)
                and not self.index.inside_other_name(comp, set(), e.party)
            )
            self.clear[e.idx] = got
        return got

    def owns(self, e: Entry) -> tuple[set[str], set[str]]:
        if e.party not in self.own_raw:
            raw: set[str] = set()
            folded: set[str] = set()
            for nm in self.party_names[e.party]:
                for form in (nm, customer_form(nm, "person")):
                    raw.add(norm_raw(form))
                    folded.add(" ".join(tokens(form)))
            self.own_raw[e.party], self.own_fold[e.party] = raw, folded
        return self.own_raw[e.party], self.own_fold[e.party]

    def accept(self, e: Entry, cat: str, out: Out) -> bool:
        q = " ".join(out.query.split())
        if not q or q.casefold() in self.seen:
            return False
        raw, folded = self.owns(e)
        if norm_raw(q) in raw:
            return False
        if cat not in FOLD_OK and " ".join(tokens(q)) in folded:
            return False
        comp = comp_tokens(out.part, e.kind)
        if not comp:
            return False
        prefixes = {i for i, t in enumerate(comp) if len(t) == 1 and e.kind == "person"}
        if out.cut_last and tokens(out.part) and comp[-1] == tokens(out.part)[-1]:
            prefixes.add(len(comp) - 1)
        if self.index.contains_other_name(tokens(q), e.party):
            return False
        if self.index.inside_other_name(comp, prefixes, e.party):
            return False
        if self.index.near_other(comp, e.party):
            return False
        if out.short:
            ok = any(
                len(t) >= 3
                and t.isalpha()
                and t not in HONORIFICS
                and i not in prefixes
                and self.index.df.get(t, 0) <= 25
                for i, t in enumerate(comp)
            )
            if not ok:
                return False
        return True

    def category(
        self, cat: str, fn: Callable[[Entry, str, random.Random], Out | None]
    ) -> list[list[str]]:
        rng = random.Random(f"{SEED}:{cat}")
        pools: dict[str, list[Entry]] = {}
        for g in WEIGHTS:
            pool = [e for e in self.entries if e.group == g]
            rng.shuffle(pool)
            pools[g] = pool
        ptr = {g: 0 for g in WEIGHTS}
        rows: list[list[str]] = []
        while len(rows) < PER_CATEGORY:
            live = [g for g in WEIGHTS if ptr[g] < len(pools[g])]
            if not live:
                break
            g = rng.choices(live, weights=[WEIGHTS[x] for x in live])[0]
            e = pools[g][ptr[g]]
            ptr[g] += 1
            if self.used.get(e.idx, 0) >= MAX_PER_ENTRY or not self.unambiguous(e):
                continue
            base = styled(e, rng)
            out = fn(e, base, rng)
            if out is None or not self.accept(e, cat, out):
                continue
            q = " ".join(out.query.split())
            self.seen.add(q.casefold())
            self.used[e.idx] = self.used.get(e.idx, 0) + 1
            rows.append([q, cat, e.kind, e.list_key, e.list_id, e.name, "all"])
        return rows


# ---------------------------------------------------------------------------------------------
# Innocent names
# ---------------------------------------------------------------------------------------------


def parse_innocents(text: str) -> list[tuple[str, str, str]]:
    """Sections start with '@tradition kind'; every other non-empty line is one name."""
    out: list[tuple[str, str, str]] = []
    trad, kind = "", ""
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("@"):
            trad, kind = line[1:].split()
            continue
        out.append((line, kind, f"hand:{trad}"))
    return out


def innocent_ok(index: Index, name: str, kind: str) -> bool:
    comp = comp_tokens(name, kind)
    if not comp:
        return False
    if not any(
        len(t) >= 3 and t not in PARTICLES and t not in LEGAL and t in index.df for t in comp
    ):
        return False
    if tuple(sorted(comp)) in index.full or tuple(sorted(tokens(name))) in index.full:
        return False
    if index.contains_other_name(tokens(name), -2):
        return False
    if index.inside_other_name(comp, set(), -2):
        return False
    return not index.near_other(comp, -2)


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------


def write(path: Path, header: list[str], rows: Iterable[list[str]]) -> str:
    buf = io.StringIO()
    buf.write(MARKER + "\r\n")
    w = csv.writer(buf)
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    raw = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz:
        gz.write(buf.getvalue().encode("utf-8"))
    data = raw.getvalue()
    path.write_bytes(data)
    return hashlib.sha256(data).hexdigest()


def main() -> int:
    entries = load()
    assign_parties(entries)
    for e in entries:
        if e.kind == "person" and not e.family:
            words = e.name.split()
            if len(words) >= 2:
                e.given, e.family = words[:-1], words[-1:]
    index = Index(entries)
    print(f"entries {len(entries)}, names and aliases indexed {index.total_names}")
    builder = Builder(entries, index)
    rows: list[list[str]] = []
    short = []
    for cat, fn in CATEGORIES:
        got = builder.category(cat, fn)
        print(f"{cat:26s} {len(got):3d}  {got[0][0] if got else ''}")
        if len(got) < PER_CATEGORY:
            short.append(cat)
        rows.extend(got)
    innocents = parse_innocents(INNOCENT_TEXT)
    seen: set[str] = set()
    passed = []
    for name, kind, source in innocents:
        key = name.casefold()
        if key in seen:
            continue
        seen.add(key)
        if innocent_ok(index, name, kind):
            passed.append((name, kind, source))
    rng = random.Random(f"{SEED}:innocent")
    keep = sorted(rng.sample(range(len(passed)), min(INNOCENT_TARGET, len(passed))))
    inn_rows = [list(passed[i]) for i in keep]
    print(
        f"innocent written {len(innocents)}, distinct {len(seen)}, passed {len(passed)}, kept {len(inn_rows)}"
    )
    h1 = write(
        OUT / f"{SET_NAME}_variants.csv.gz",
        ["query", "category", "kind", "list", "list_id", "list_name", "half"],
        rows,
    )
    h2 = write(OUT / f"{SET_NAME}_innocent.csv.gz", ["name", "kind", "source"], inn_rows)
    print(f"variants {len(rows)} in {len(CATEGORIES) - len(short)} full categories; sha256 {h1}")
    print(f"innocent {len(inn_rows)}; sha256 {h2}")
    if short:
        print("categories under 40: " + ", ".join(short))
    if short or len(inn_rows) < INNOCENT_TARGET:
        return 1
    return 0


# Written by hand by helper screenind6 on 2026-12-06 for this set; none is copied from anywhere.
# Names of well-known politicians, public figures and listed persons were struck out while writing.
INNOCENT_TEXT = """
@levantine person
Rami Khalil Haddad
Nadia Fouad Sleiman
Georges Antoine Khoury
Maya Elias Nassar
Fadi Tannous Karam
Rana Bechara Aoun
Samir Youssef Daher
Lina Michel Rahme
Walid Nabih Saab
Hiba Ziad Mansour
Karim Wissam Chidiac
Ziad Rafiq Halabi
Nour Samer Zaidan
Tarek Amin Shehadeh
Joumana Fares Kassab
Imad Hanna Rizk
Raed Salim Abboud
Dima Kamal Azar
Bassam Majed Hourani
Rula Munir Tabbara
Hani Fuad Sabbagh
Layal Antoun Sfeir
Omar Naji Itani
Samar Hikmat Dajani
Nabil Elie Maalouf
Mirna Jad Bitar
Shadi Issa Khouri
Reem Wael Qattan
Yara Nizar Haddad
Elias Fouad Shammas
Ghassan Jamil Tohme
Rania Adib Moussa
Khaled Marwan Sukkar
Tony Kamil Sarkis
Hala Sami Barakat
Majd Rami Khalaf
Ayman Tawfiq Rifai
Souad Mahmoud Tamimi
Firas Nabil Atassi
Lama Issam Kurdi
Mazen Adnan Haffar
Sawsan Ghazi Jabri
Rawad Samir Kanaan
Noura Yousef Abu Ghazaleh
Jihad Salim Nasrallah
Ola Hussam Shaheen
Bilal Farouk Hamdan
Dana Karim Jaber
Wissam Nadim Fakhoury
Carla Nadim Saliba
@gulf person
Abdulaziz Saleh Al Mutairi
Fahad Nasser Al Otaibi
Noura Khalid Al Qahtani
Sultan Hamad Al Dhaheri
Maryam Rashid Al Suwaidi
Saeed Obaid Al Falasi
Hessa Mohammed Al Mansoori
Turki Abdullah Al Shammari
Mishal Fahad Al Harbi
Latifa Ahmed Al Kaabi
Nawaf Saad Al Dosari
Reem Sultan Al Nuaimi
Khalifa Juma Al Marri
Aisha Saif Al Ketbi
Bandar Majed Al Zahrani
Hamdan Ali Al Shamsi
Mansour Faisal Al Ghamdi
Shaikha Rashed Al Hammadi
Yousef Nasser Al Kuwari
Mubarak Salem Al Hajri
Moza Hamad Al Marzouqi
Talal Bader Al Sabhan
Jassim Yousef Al Mannai
Fatma Essa Al Awadhi
Rashid Humaid Al Mazrouei
Dalal Fahad Al Rashidi
Nasser Mubarak Al Ajmi
Omar Khalfan Al Muhairi
Sara Abdulrahman Al Qarni
Mohammed Hilal Al Rawahi
Said Salim Al Harthy
Zainab Habib Al Lawati
Hamed Khamis Al Balushi
Majid Obaid Al Rumaithi
Abeer Nasser Al Jaber
Meshari Adel Al Enezi
Salem Rashid Al Naqbi
Maitha Khalifa Al Romaithi
Faisal Jaber Al Sulaiti
Ghanim Saad Al Kubaisi
@maghreb person
Youssef Benali Amrani
Fatima Zahra El Idrissi
Mehdi Bennani
Nadia Cherkaoui
Karim Bouazza
Samira Alaoui
Rachid Benjelloun
Hicham Ouazzani
Amina Tazi
Said Berrada
Khadija El Fassi
Mourad Belkacem
Sofiane Hamidi
Nassima Boudiaf
Abdelkader Meziane
Lamia Ait Ahmed
Yacine Boukhari
Salim Benmoussa
Farid Haddadi
Houria Zerrouki
Nabil Saidani
Sonia Khelifi
Amine Ben Salah
Leila Toumi Gharbi
Mounir Jaziri
Hatem Bouzid
Ines Chaabane
Anis Mejri
Sami Ben Youssef
Rim Dridi
Walid Hammami
Mohamed Amine Karray
Nour El Houda Sassi
Bilel Ferchichi
Oumaima Bouslama
Mehdi Gharbi Ltaief
Imane Lahlou
Adil Sqalli
Zineb Filali
Othmane Guessous
@egyptian person
Mahmoud Ezzat Abdel Fattah
Hany Samir Mikhail
Mona Adel Shafik
Sherif Ahmed Fawzy
Nermeen Tarek Helmy
Amr Hossam Eldin
Yasmin Magdy Soliman
Wael Nabil Ghoneim
Dina Ashraf Zaki
Mostafa Kamal Badawi
Rasha Gamal Eid
Tamer Wagdy Rizk
Heba Samy Farag
Karim Medhat Sabry
Ahmed Ramadan Shalaby
Ayman Fathy Mansour
Noha Sayed Morsy
Islam Mohamed Ragab
Marwa Hassan Elsayed
Bishoy Maher Girgis
Mina Nagy Boutros
Sally Emad Wahba
Osama Reda Lotfy
Mai Hesham Khalifa
Ehab Galal Saad
@iraqi person
Haider Abbas Al Jubouri
Zaid Kadhim Al Musawi
Noor Falah Al Rubaie
Mustafa Jabbar Al Tamimi
Sarah Qasim Al Khafaji
Ali Hadi Al Saadi
Ammar Raad Al Hashimi
Rusul Hameed Al Obaidi
Yasir Salman Al Janabi
Hussein Kareem Al Zubaidi
Zahraa Sabah Al Maliki
Ahmed Fadhil Al Dulaimi
Duaa Majeed Al Bayati
Mohammed Shakir Al Azzawi
Omar Luay Al Ani
Taha Riyadh Al Samarrai
Baraa Nabeel Al Kubaisi
Hawraa Abbas Al Asadi
Saif Adnan Al Shammari
Marwan Hatem Al Karkhi
@persian person
Arash Kamali Moghaddam
Shirin Rahmani
Babak Farahani
Niloufar Sadeghi
Kaveh Tehrani Nejad
Mahsa Jafarzadeh
Payam Ghaffari
Leila Hosseinpour
Siamak Nowruzi
Parisa Amirkhani
Omid Karimian
Golnaz Rostami
Behnam Shafiei
Sepideh Azimi
Kourosh Alavi
Yasaman Bahrami
Farshid Mirzaei
Nasrin Haghighi
Dariush Ebrahimi Fard
Mitra Soltani
Ramin Asadollahi
Samira Hedayati
Pouya Ashrafi
Roya Mohammadian
Hamed Zandi
Elham Kiani
Majid Taheri Pour
Azadeh Nikbakht
Reza Sharifian
Farnaz Esfandiari
Ali Akbar Ghorbanzadeh
Tina Shokouhi
Hossein Vaezi Rad
Negar Saberi
Mehran Abedini
Ladan Forouzan
Saeed Nematollahi
Shabnam Yazdani
Amir Hossein Rezvani
Fereshteh Moradi
Vahid Khorasani
Bahareh Salehi
Navid Mahmoudabadi
Sara Gholampour
Kianoush Dehghan
@afghan person
Ahmad Shekib Rahimi
Farid Ahmad Ahmadi
Mariam Noorzai
Habibullah Wardak
Zarghona Safi
Noorullah Popalzai
Wahidullah Amiri
Shukria Noori Nawabi
Sayed Jawad Hashimi
Mohammad Nasir Sultani
Laila Haidari Azimi
Zabihullah Kakar
Shafiqullah Ahmadzai
Fawzia Karimi
Abdul Wakil Niazi
Rahmatullah Sadat
Hamida Osmani
Nasratullah Zazai
Bashir Ahmad Mohmand
Naveed Shinwari
Yalda Nasiri Zada
Qudratullah Samadi
Masouda Faizi
Gul Rahman Sherzad
Jamshid Habibi
@pakistani person
Imran Aslam Chaudhry
Ayesha Siddiqa Malik
Usman Tariq Butt
Sana Javed Qureshi
Bilal Ahmed Sheikh
Hina Noreen Awan
Kamran Azhar Raja
Farah Naz Abbasi
Zeeshan Haider Rizvi
Nida Sohail Khan
Asad Nadeem Farooqi
Mehwish Anjum Gill
Faisal Iqbal Bhatti
Saima Noor Cheema
Adnan Rasheed Baig
Rabia Anum Mirza
Hamza Ali Shah
Sobia Akram Janjua
Waqar Saleem Bajwa
Maria Sultana Hashmi
Shahid Mehmood Gondal
Fatima Zohra Saeed
Naveed Akhtar Khattak
Arsalan Iftikhar Dar
Uzma Khalid Sethi
Junaid Rauf Rana
Sadia Imam Soomro
Omer Farooq Memon
Ahsan Raza Kazmi
Tahira Parveen Jatoi
@south_asian person
Rahul Mehta
Priya Venkataraman
Arjun Malhotra
Sneha Kulkarni
Vikram Singh Rathore
Anjali Deshpande
Rohan Kapoor
Kavya Iyer
Aditya Bansal
Pooja Raghunathan
Siddharth Menon
Neha Agarwal
Karthik Subramanian
Divya Chatterjee
Manish Kumar Pandey
Swati Joshi
Amitabh Saxena
Meera Nair
Harpreet Kaur Sandhu
Gurpreet Singh Gill
Ravi Shankar Reddy
Lakshmi Narayanan
Suresh Babu Naidu
Anand Krishnamurthy
Deepika Bhattacharya
Nikhil Jain
Shreya Mitra Banerjee
Vivek Anand Chopra
Tanvi Patil
Abhishek Srivastava
Ramesh Chandra Mishra
Sunita Yadav
Prakash Nath Thakur
Ritu Khanna
Ganesh Pillai
Aarti Sinha
Sanjay Prasad Roy
Madhuri Sharma
Vinod Kumar Gupta
Asha Kiran Pawar
@bangladeshi person
Md Rafiqul Islam
Nusrat Sultana Chowdhury
Tanvir Ahmed Sarker
Sharmin Akter
Mahmudul Hasan Bhuiyan
Farzana Rahman Khan
Shahidul Alam Talukder
Rokeya Begum Mollah
Arif Hossain Mia
Sabina Akter Sikder
Kamrul Hasan Munshi
Tahmina Khatun
Anisur Rahman Howlader
Mst Rehana Parvin
Jahangir Kabir Patwary
@sri_lankan person
Chaminda Perera
Nirosha Jayawardena
Ruwan Bandara Dissanayake
Dilani Wickramasinghe
Kasun Rathnayake
Tharanga Fernando
Sanduni Gunasekara
Mahesh Senanayake
Roshan Silva Abeysekera
Thilini Weerasinghe
@nepali person
Bikash Shrestha
Sarita Gurung
Ramesh Adhikari
Anita Thapa Magar
Sujan Maharjan
Pratima Koirala
Dipesh Rai
Kamala Tamang
Binod Bhandari
Sushila Rana Basnet
@russian person
Aleksei Vladimirovich Morozov
Irina Sergeyevna Volkova
Dmitriy Olegovich Kuznetsov
Yekaterina Andreyevna Sokolova
Pavel Igorevich Lebedev
Olga Nikolayevna Fedorova
Sergei Mikhailovich Orlov
Anastasia Viktorovna Belova
Nikita Romanovich Zaitsev
Marina Yuryevna Golubeva
Vladislav Petrovich Kiselev
Tatyana Borisovna Makarova
Artem Denisovich Tikhonov
Yulia Aleksandrovna Nikitina
Konstantin Vadimovich Frolov
Svetlana Gennadyevna Karpova
Mikhail Stepanovich Gusev
Elena Vasilyevna Medvedkova
Roman Evgenyevich Sorokin
Natalya Fyodorovna Zhukova
Grigoriy Antonovich Belyaev
Daria Maksimovna Kovaleva
Ilya Sergeyevich Vinogradov
Ksenia Pavlovna Bogdanova
Andrei Valentinovich Polyakov
Anna Leonidovna Sidorova
Timur Rustamovich Gareev
Lyudmila Ivanovna Shcherbakova
Stanislav Arkadyevich Tarasov
Veronika Olegovna Melnikova
Boris Yakovlevich Kogan
Galina Pavlovna Denisova
Yaroslav Igorevich Filatov
Alina Rinatovna Sharipova
Oleg Anatolyevich Zakharov
Polina Dmitriyevna Gromova
Vasiliy Nikolayevich Pankratov
Kristina Eduardovna Lazareva
Fyodor Alekseyevich Nesterov
Evgenia Mikhailovna Rybakova
Maksim Olegovich Chernyshev
Valentina Semyonovna Yegorova
Artur Vladimirovich Davydov
Inna Borisovna Kalinina
Semyon Grigoryevich Vorobyov
@ukrainian person
Oleksandr Mykolayovych Kovalenko
Iryna Petrivna Shevchuk
Taras Ivanovych Bondarenko
Oksana Volodymyrivna Tkachenko
Andriy Serhiyovych Melnyk
Nataliya Vasylivna Kravchenko
Bohdan Yuriyovych Savchenko
Olena Mykhaylivna Lysenko
Dmytro Oleksiyovych Rudenko
Halyna Stepanivna Moroz
Vitaliy Hryhorovych Pavlenko
Yuliya Andriyivna Marchenko
Serhiy Petrovych Ostapenko
Khrystyna Romanivna Hnatyuk
Mykola Ivanovych Zinchenko
Svitlana Oleksandrivna Boyko
Roman Vasylyovych Kostenko
Larysa Ihorivna Levchenko
@belarusian person
Alyaksandr Mikalaevich Karpovich
Volha Uladzimirauna Zhuk
Siarhei Ivanavich Navumenka
Tatsiana Piatrouna Kavaliova
Dzmitry Aliakseevich Hrytsuk
Iryna Viktarauna Sakalova
Yauhen Mikhailavich Bahdanau
Natallia Siarheeuna Lapitskaya
@central_asian person
Nurlan Serikovich Abenov
Aigerim Bolatovna Zhaksybekova
Daniyar Maratovich Omarov
Saule Nurzhanovna Iskakova
Yerlan Kairatovich Dzhumabayev
Dilnoza Rustamovna Yusupova
Sherzod Akmalovich Rakhimov
Gulnora Bakhtiyorovna Saidova
Bekzod Farkhodovich Nazarov
Malika Shavkatovna Tursunova
Azamat Bakytovich Usenov
Aizhan Talantbekovna Osmonova
Farrukh Jamshedovich Sharipov
Zarina Nurulloevna Rahimova
Merdan Gurbanovich Atayev
Aylar Serdarovna Hojayeva
Timur Baurzhanovich Nurpeisov
Asel Ermekovna Mukanova
Ulugbek Ravshanovich Ergashev
Kamila Anvarovna Khodjaeva
@korean person
Kim Min-jun
Lee Seo-yeon
Park Ji-hoon
Choi Yu-na
Jung Hyun-woo
Kang Soo-bin
Yoon Dae-sung
Han Ji-eun
Lim Sang-hyuk
Oh Se-young
Shin Dong-wook
Seo Hye-jin
Kwon Tae-yang
Hwang Mi-rae
Ahn Jae-won
Song Ha-neul
Jeon Woo-jin
Hong Eun-ji
Yoo Seung-ho
Baek Na-rae
Cho Kyung-min
Nam Gi-tae
Moon Chae-won
Bae Jun-seo
Jang Hye-won
Ko Young-hoon
Ryu Seon-mi
Kim Tae-hoon
Lee Jae-sung
Pak Chol-su
Ri Myong-hui
Choe Kum-sun
Kim Yong-ho
Jo Song-chol
Han Chun-hui
Kang Myong-il
Sin Hye-gyong
Ra Jong-nam
O Un-ju
Hyon Sok-jin
@chinese person
Wang Lijuan
Zhang Wei
Li Nannan
Liu Yangyang
Chen Jing
Yang Fan
Huang Xiaoyu
Zhao Lei
Wu Hao
Zhou Min
Xu Tingting
Sun Peng
Ma Xiaoling
Zhu Jianhua
Hu Yuting
Guo Zhiqiang
He Xiaofeng
Gao Yuan
Lin Meiling
Luo Zhihao
Zheng Yi
Liang Wenjie
Xie Ruoxi
Song Jiayi
Tang Ziyang
Han Xue
Feng Haoran
Deng Xiaoyan
Cao Yuhang
Peng Shuang
Zeng Xiaomei
Xiao Yunfei
Tian Mingxuan
Dong Jiahui
Pan Yiming
Yuan Shuyi
Cai Zhenyu
Jiang Ruolan
Yu Haitao
Du Jingwen
@hong_kong person
Chan Tai Man
Wong Ka Wai
Leung Siu Ming
Cheung Mei Ling
Lau Chi Keung
Ng Wing Yan
Ho Kwok Wah
Tsang Yuk Lan
Lee Chun Hung
Yip Sau Ying
Fung Ka Ho
Kwok Wai Kit
Lam Hoi Yan
Mak Tsz Chun
Chow Suet Fan
@singapore person
Tan Wei Ming
Lim Hui Min
Goh Boon Keng
Teo Siew Ling
Ong Kah Seng
Koh Jia Hui
Ng Poh Leng
Lee Kian Hock
Chua Mei Xuan
Sim Beng Huat
@taiwan person
Chen Chih-ming
Lin Ya-ting
Huang Chien-hung
Chang Hsiu-ying
Wang Chun-hsien
Liu Shu-fen
Tsai Cheng-wei
Hsu Mei-hua
Cheng Kuo-liang
Yang Hsin-yi
@japanese person
Sato Haruto
Suzuki Yui
Takahashi Ren
Tanaka Aoi
Watanabe Sota
Ito Hina
Yamamoto Yuto
Nakamura Mio
Kobayashi Riku
Kato Sakura
Yoshida Kaito
Yamada Miyu
Sasaki Daiki
Yamaguchi Rin
Matsumoto Kenta
Inoue Nanami
Kimura Takumi
Hayashi Misaki
Shimizu Kohei
Yamazaki Ayaka
Mori Shota
Abe Yuna
Ikeda Hayato
Hashimoto Mei
Ishikawa Ryota
Ogawa Natsuki
Fujita Kazuki
Okada Chihiro
Goto Yusuke
Hasegawa Emi
@turkish person
Mehmet Ali Yildirim
Ayse Nur Kaya
Emre Can Demir
Zeynep Sahin
Burak Ozkan
Elif Arslan
Murat Celik Aydin
Fatma Gul Polat
Hakan Korkmaz
Selin Erdem
Oguzhan Aksoy
Esra Kilic
Serkan Yavuz
Merve Tekin
Tolga Gunes
Ebru Karaca
Kerem Aslan
Derya Ozturk
Onur Bulut
Gizem Cetin
Cem Kocak
Busra Yalcin
Volkan Turan
Nazli Unal
Ugur Erdogdu
Seda Kurt
Baris Ates
Irem Duman
Caner Sari
Pinar Bozkurt
Levent Kaplan
Deniz Ozan Tas
Alper Kose
Tugba Ozdemir
Sinan Acar
Gulsen Cakir
Erkan Simsek
Yasemin Ucar
Orhan Eren
Hulya Avci
@hispanic person
Juan Carlos Rodriguez Pena
Maria Fernanda Lopez Castro
Luis Alberto Ramirez Ortega
Ana Sofia Martinez Vargas
Jorge Enrique Gutierrez Rojas
Carmen Elena Torres Mejia
Diego Alejandro Herrera Sanchez
Valentina Gomez Cardenas
Andres Felipe Moreno Giraldo
Camila Andrea Restrepo Ospina
Miguel Angel Navarro Ruiz
Lucia Beatriz Salazar Aguilar
Ricardo Javier Mendoza Cruz
Gabriela Patricia Flores Romero
Santiago Castillo Ibarra
Isabel Cristina Vega Londono
Fernando Jose Medina Paredes
Daniela Alejandra Rios Duarte
Pablo Emilio Serrano Blanco
Adriana Lucia Pardo Cifuentes
Hector Manuel Figueroa Leal
Paola Andrea Quintero Marin
Oscar Ivan Cortes Villalobos
Natalia Soto Bustamante
Raul Ernesto Aguirre Lozano
Veronica Cabrera Nunez
Alvaro Jesus Delgado Fuentes
Monica Patricia Zapata Arango
Cristian David Ocampo Henao
Laura Marcela Benitez Arias
Eduardo Antonio Pacheco Solis
Rosa Maria Espinoza Calderon
Mauricio Rincon Valencia
Claudia Marcela Acosta Palacios
Sergio Esteban Caicedo Mosquera
Ximena Carvajal Bermudez
Ignacio Ferrer Vidal
Lorena Iglesias Campos
Gonzalo Prieto Molina
Beatriz Santos Herrero
Joaquin Montero Gallego
Elena Cano Lozano
Alejandro Marquez Rivas
Pilar Dominguez Crespo
Francisco Javier Pastor Moya
Alicia Nieto Sanz
Emilio Carrasco Vicente
Sonia Rubio Caballero
Tomas Ortiz Manzano
Yolanda Pena Arroyo
@basque person
Iker Etxeberria Goikoetxea
Amaia Aranburu Zubizarreta
Unai Agirre Larrañaga
Nerea Urrutia Elizondo
Gorka Mendizabal Arrieta
Ainhoa Irigoyen Olaizola
Jon Ander Garmendia Aizpurua
Maialen Ugarte Zabala
Aitor Otxoa Iturbe
Leire Azkarate Lasa
Xabier Ibarguren Sagastume
Itziar Arregi Beitia
@portuguese person
Joao Pedro Ferreira Santos
Ana Rita Carvalho Sousa
Tiago Miguel Almeida Costa
Ines Sofia Rodrigues Pinto
Rui Filipe Mendes Lopes
Catarina Alexandra Ribeiro Marques
Nuno Goncalo Teixeira Moreira
Mariana Oliveira Correia
Bruno Miguel Faria Nunes
Sara Cristina Martins Gomes
Luis Miguel Cardoso Fonseca
Beatriz Pereira Antunes
Pedro Henrique Araujo Lima
Larissa Cavalcanti Rocha
Thiago Nascimento Barbosa
Fernanda Alves Monteiro
Gustavo Henrique Ramos Freitas
Juliana Batista Teixeira
Rafael Augusto Pires Moura
Camila Vieira Campos
Leonardo Azevedo Dias
Patricia Gomes Cunha
Rodrigo Castro Siqueira
Aline Barros Cavalcante
Marcelo Duarte Xavier
Vanessa Lopes Magalhaes
Eduardo Sampaio Brandao
Renata Carneiro Bezerra
Felipe Andrade Pimentel
Gabriela Tavares Quaresma
@french person
Julien Moreau
Camille Lefebvre
Antoine Girard
Chloe Bonnet
Mathieu Fontaine
Claire Rousseau
Nicolas Chevalier
Amelie Garnier
Thomas Lambert
Pauline Mercier
Guillaume Faure
Elodie Blanchard
Sebastien Perrin
Manon Gauthier
Olivier Marchand
Lea Dumont
Vincent Leclerc
Sophie Renaud
Alexandre Picard
Marion Lemoine
Francois Dupuis
Helene Barbier
Maxime Roussel
Audrey Colin
Benoit Vasseur
@belgian person
Pieter Janssens
Sofie Peeters
Wouter Maes
Lien Claes
Bart Goossens
Elke Wouters
Joris De Smet
An Vermeulen
Koen Van Damme
Griet Willems
Jerome Dubois Lenoir
Aurelie Lambotte
@german person
Jonas Schneider
Lena Fischer
Maximilian Weber
Anna Schulz
Lukas Becker
Laura Hoffmann
Felix Wagner
Sophie Koch
Tobias Richter
Julia Klein
Sebastian Wolf
Katharina Neumann
Florian Schwarz
Hannah Zimmermann
Moritz Braun
Lisa Hartmann
Niklas Krueger
Marie Schmitt
Jan Lehmann
Johanna Werner
Stefan Krause
Sabine Meier
Dirk Hofmann
Ute Lange
Matthias Vogel
@dutch person
Daan de Vries
Sanne van Dijk
Bram Bakker
Lotte Visser
Thijs Smit
Femke Mulder
Ruben de Boer
Anouk Meijer
Jeroen Bos
Eva van den Berg
Sander Vos
Iris Dekker
Martijn Jansen
Maaike Hendriks
Joost van Leeuwen
@austrian_swiss person
Florian Gruber
Magdalena Huber
Lukas Steiner
Theresa Pichler
Andreas Moser
Verena Aigner
Reto Brunner
Corinne Baumann
Urs Keller
Nadine Frei
Beat Widmer
Simone Gerber
@anglo person
Oliver Bennett
Charlotte Hughes
Harry Thompson
Amelia Clarke
George Whitfield
Sophie Marshall
Jack Robinson
Emily Harrison
James Caldwell
Grace Pemberton
William Ashford
Lucy Fairbanks
Thomas Hargreaves
Hannah Stokes
Edward Pritchard
Isabella Crawford
Henry Blackwood
Chloe Atkinson
Samuel Kingsley
Megan Holloway
Daniel Whitaker
Rebecca Sutton
Matthew Greenwood
Laura Finch
Christopher Dawson
Sarah Mitchell
Michael Thornton
Jessica Barlow
Andrew Fletcher
Emma Lockwood
Benjamin Carter
Olivia Prescott
Joshua Ellis
Abigail Norris
Ryan Gallagher
Siobhan Murphy
Sean O'Connell
Aoife Brennan
Ciaran Byrne
Niamh Kavanagh
Padraig Doyle
Roisin McCarthy
Ewan MacLeod
Fiona Campbell
Callum Fraser
Isla Ramsay
Hamish Buchanan
Eilidh Grant
Tyler Jenkins
Ashley Morgan
Brandon Cooper
Kayla Simmons
Dylan Foster
Madison Brooks
Austin Hayes
Brittany Coleman
Kyle Patterson
Courtney Ward
Cody Sanders
Jordan Reynolds
Mitchell O'Brien
Kirsten Wallace
Nathan Cole
Shannon Pierce
Lachlan Hughes
Tahlia Bennett
Riley Donovan
Ngaire Thompson
Hamish Walker
Aroha Wilson
@scandinavian person
Erik Johansson
Astrid Lindqvist
Lars Andersson
Ingrid Nilsson
Anders Karlsson
Maja Eriksson
Oskar Lundgren
Elsa Bergstrom
Magnus Hansen
Sigrid Olsen
Henrik Larsen
Frida Pedersen
Mads Jorgensen
Freja Christensen
Rasmus Nielsen
Ida Sorensen
Mikko Virtanen
Aino Korhonen
Jukka Makinen
Laura Nieminen
Ville Heikkinen
Emilia Koskinen
Bjorn Halvorsen
Kari Nordby
Sven Dahlberg
Linnea Holm
Gunnar Sigurdsson
Helga Jonsdottir
Arne Solberg
Karin Sandberg
@italian person
Marco Rossi
Giulia Bianchi
Alessandro Romano
Francesca Colombo
Lorenzo Ricci
Chiara Marino
Matteo Greco
Sara Bruno
Davide Gallo
Martina Conti
Federico De Luca
Elisa Costa
Simone Giordano
Valentina Mancini
Andrea Lombardi
Silvia Moretti
Riccardo Barbieri
Alessia Fontana
Stefano Santoro
Elena Caruso
Giuseppe Ferrara
Roberta Rinaldi
Paolo Leone
Federica Longo
Gianluca Martinelli
Ilaria Vitale
Fabio Serra
Beatrice Coppola
Salvatore Esposito
Antonella De Santis
@greek person
Georgios Papadopoulos
Maria Georgiou
Konstantinos Nikolaidis
Eleni Dimitriou
Dimitrios Papanikolaou
Katerina Vlachou
Nikolaos Antoniou
Sofia Karagianni
Ioannis Christodoulou
Vasiliki Economou
Panagiotis Kyriakou
Anastasia Stavrou
Christos Alexiou
Despina Theodorou
Athanasios Makris
Foteini Zervou
Spyridon Lambrou
Evangelia Mavridou
Michail Konstantinou
Angeliki Pappa
@balkan person
Marko Petrovic
Jelena Jovanovic
Nikola Nikolic
Milica Djordjevic
Stefan Ilic
Ana Markovic
Luka Pavlovic
Ivana Stojanovic
Filip Todorovic
Katarina Milenkovic Lukic
Ivan Horvat
Petra Kovacevic
Josip Babic
Marija Novak
Tomislav Maric
Lana Juric
Emir Hodzic
Amra Begic
Adnan Mehmedovic
Selma Hadzic
Kenan Delic
Lejla Kovac
Goran Stojanovski
Elena Trajkovska
Dragan Ristovski
Biljana Nikolovska
Arben Krasniqi
Blerina Hoxha
Dritan Berisha
Elira Gashi
Florian Shehu
Besa Morina
Ivaylo Georgiev
Desislava Petrova
Stoyan Dimitrov
Radostina Ivanova
Tsvetan Kolev
Yordanka Stoyanova
Andrei Popescu
Ioana Dumitrescu
Mihai Ionescu
Alexandra Stanciu Radu
Cristian Georgescu
Roxana Munteanu
Bogdan Constantin
Elena Dobre
Vlad Ciobanu
Simona Marinescu
@central_european person
Piotr Kowalski
Anna Nowak
Tomasz Wisniewski
Katarzyna Wojcik
Krzysztof Kaminski
Magdalena Lewandowska
Pawel Zielinski
Agnieszka Szymanska
Marcin Wozniak
Joanna Dabrowska
Lukasz Kozlowski
Monika Jankowska
Michal Mazur
Ewa Kwiatkowska
Grzegorz Krawczyk
Jakub Novotny
Tereza Dvorakova
Petr Svoboda
Lucie Cerna
Martin Prochazka
Eva Kucerova
Tomas Vesely
Barbora Horakova
Jan Pokorny
Veronika Markova
Peter Kovac
Zuzana Hudakova
Michal Balaz
Jana Vargova
Laszlo Nagy
Zsofia Kovacs
Gabor Toth
Eszter Szabo
Balazs Horvath
Katalin Varga
Tamas Kiss
Reka Molnar
Mantas Kazlauskas
Ieva Jankauskaite
Tomas Petrauskas
Ruta Stankeviciute
Janis Berzins
Liga Ozolina
Martins Kalnins
Ilze Liepina
Kristjan Tamm
Kadri Saar
Andres Sepp
Triin Magi
@armenian person
Aram Petrosyan
Ani Hovhannisyan
Tigran Grigoryan
Lilit Sargsyan
Hayk Harutyunyan
Nare Karapetyan
Davit Avetisyan
Anush Mkrtchyan
Gor Hakobyan
Siranush Ghazaryan
Vahe Manukyan
Mariam Vardanyan
Armen Khachatryan
Lusine Poghosyan
Karen Martirosyan
@georgian person
Giorgi Beridze
Nino Kapanadze
Levan Gelashvili
Tamar Lomidze
Davit Maisuradze
Ana Tsiklauri
Irakli Abuladze
Salome Japaridze
Luka Tskhadadze Dolidze
Mariam Gogoladze
Nikoloz Chkheidze
Eka Mchedlishvili
@azerbaijani person
Elvin Mammadov
Aysel Huseynova
Rashad Valiyev Qasimov
Gunay Ismayilova
Farid Hasanov
Leyla Abbasova
Tural Guliyev
Nigar Jafarova
Orkhan Babayev
Sevinj Rzayeva
Kamran Suleymanov
Lala Mammadli
@west_african person
Adebayo Oluwaseun Ogunleye
Chiamaka Nneka Okafor
Emeka Chukwuemeka Eze
Funmilayo Adeola Adeyemi
Ibrahim Musa Garba
Aisha Bello Abubakar
Olumide Babatunde Afolabi
Ngozi Adaeze Nwosu
Tunde Olawale Bakare
Yetunde Folake Ogundipe
Chinedu Ikenna Obi
Amina Sani Danjuma
Kelechi Uche Onyekachi
Halima Yusuf Lawal
Segun Oladipo Akinola
Nkechi Ifeoma Chukwu
Kwame Mensah Boateng
Akosua Serwaa Asante
Kofi Owusu Ansah
Ama Pokuaa Darko
Yaw Osei Agyeman
Efua Adjoa Quaye
Kwabena Amoako Frimpong
Abena Nyarko Addo
Mamadou Diallo
Fatou Ndiaye
Ousmane Sow
Aminata Fall
Cheikh Tidiane Gueye
Awa Diop
Moussa Sidibe Keita
Mariam Coulibaly
Seydou Kone
Fatoumata Camara
Abdoulaye Bah
Kadiatou Sylla
Babacar Mbaye
Ndeye Faye
Issa Ouedraogo
Salimata Sawadogo
@east_african person
Wanjiru Kamau
Otieno Ochieng
Njeri Mwangi
Kiprono Kibet Rotich
Akinyi Odhiambo
Mutua Mwendwa Kioko
Wambui Njoroge
Chebet Kiptoo
Baraka Mwakalinga
Neema Mushi
Juma Mfinanga
Rehema Kisanga
Mugisha Kato
Nakato Namubiru
Ssempala Mukasa
Achieng Auma Okello
Habimana Jean Bosco
Uwimana Claudine
Nshimiyimana Eric
Mukamana Josiane
Ndayisaba Pascal Niyonzima
Irakoze Aline
@central_african person
Kabeya Mwamba Tshibangu
Mbuyi Kalonji
Nsimba Lukusa
Ilunga Kasongo
Mukendi Tshimanga
Kabongo Ngoy
Bienvenu Mbala
Chantal Mayele
Jean-Pierre Ndongo Essomba
Brigitte Mbarga Atangana
Serge Fotso Kamga
Estelle Ngono Mballa
Armel Nzeyimana Oyono
Grace Mbemba Loemba
Alain Moukoko Nkoulou
@southern_african person
Sipho Ndlovu
Thandiwe Dlamini
Themba Nkosi
Lerato Mokoena
Bongani Khumalo
Nomvula Mahlangu
Tshepo Molefe
Palesa Motaung
Tendai Moyo
Rudo Chikwanha
Farai Mutasa
Chipo Mhlanga
Mulenga Chanda
Bwalya Mwansa
Tawanda Sibanda
@somali person
Abdirahman Mohamed Shire
Hodan Abdi Warsame
Mohamud Ali Jama
Fadumo Hassan Nur
Abdiqani Yusuf Osman
Sahra Ahmed Dualeh
Mukhtar Ismail Hersi
Ayan Omar Elmi
Liban Abdullahi Guled
Ifrah Said Mohamud
Bashir Aden Hirsi
Deqa Abdinur Samatar
Faysal Muse Bile
Nasteho Ali Jibril
Khadar Abdikarim Awale
@ethiopian person
Dawit Tesfaye Bekele
Selamawit Haile Gebre
Yonas Alemu Tadesse
Meron Getachew Worku
Abebe Mulugeta Kebede
Tsion Berhanu Desta
Henok Girma Asfaw
Hiwot Solomon Mengistu
Biniam Tekle Ghebremedhin
Senait Yohannes Tesfamariam
Kidane Weldemichael Habte
Liya Abraham Negash
Samuel Wolde Ayele
Mahlet Assefa Demissie
Fitsum Lemma Gebremariam
@vietnamese person
Nguyen Van Minh
Tran Thi Lan
Le Hoang Nam
Pham Thi Thu Trang
Hoang Duc Anh
Vu Thi Mai
Dang Quoc Bao
Bui Thi Hong Nhung
Do Minh Tuan
Ngo Thanh Huyen
Duong Van Hieu
Ly Thi Kim Ngan
Phan Thanh Long
Truong Ngoc Anh
Dinh Cong Thanh
Ho Thi Phuong
Vo Van Khoa
Dao Thi Huong
Lam Quang Vinh
Mai Thi Thanh Tam
@indonesian person
Budi Santoso
Siti Rahayu
Agus Setiawan
Dewi Lestiani Putri
Eko Prasetyo
Sri Wahyuni
Rizky Pratama
Nurul Hidayah
Hendra Gunawan
Ratna Sari Kusuma
Ahmad Fauzi Nasution
Indah Permatasari
Dedi Kurniawan
Wulan Anggraini
Bambang Sutrisno
Fitri Handayani
Yusuf Hidayat Siregar
Putu Ayu Wulandari
Made Suardika
Kadek Dwi Pramana
@malay person
Muhammad Hafiz bin Rosli
Nur Aisyah binti Kamarudin
Ahmad Faizal bin Othman
Siti Nurul binti Jamal
Mohd Azlan bin Ismail
Nurul Iman binti Zainal
Amirul Hakim bin Roslan
Farah Nadia binti Hashim
Khairul Anuar bin Yusof
Aina Sofea binti Abdul Rahman
Syafiq Danial bin Zulkifli
Hidayah binti Mat Saman
Zulhilmi bin Ramli
Nabilah binti Azman
Haziq Iskandar bin Shahrin
@filipino person
Juan Miguel Dela Cruz
Maria Cristina Santos Reyes
Jose Antonio Bautista
Angelica Mae Villanueva
Mark Anthony Garcia Ramos
Kristine Joy Mendoza
Paolo Miguel Aquino Tan
Rhea Mae Castillo
Jerome Pascual Navarro
Mary Grace Soriano
Carlo Jose Manalo
Jennifer Ocampo Lim
Rodel Magbanua
Lovely Ann Tolentino
Ramon Jose Dimaculangan
Joy Marie Salvador
Christian Paul Macaraeg
Aileen Cruz Gatdula
Noel Bernardo Agustin
Cherry Ann Padilla
@thai person
Somchai Srisuk
Siriporn Wongsawat
Thanawat Charoenkul
Pimchanok Sukprasert
Nattapong Boonmee
Kanokwan Rattanakorn
Anan Chaiyaporn
Sasithorn Phromma
Wichai Saetang
Ratchanee Thongdee
Kittisak Jaidee
Ploy Chantarasiri
Supachai Kongsuk
Duangjai Meesuk
Apichat Intharasombat
@hebrew person
Yosef Mizrahi
Noa Levi Shapira
Avraham Cohen Peretz
Tamar Friedman
Eitan Ben David
Yael Goldberg
Omri Katz
Shira Rosenberg
Itai Ashkenazi
Michal Avraham
Guy Shalom Biton
Maya Dahan
Ronen Halevi
Hila Azoulay
Amit Ben Haim
Tal Weissman
Yonatan Sasson
Liat Elbaz
Dror Amsalem
Efrat Ohana
@kurdish person
Rebin Kawa Ahmed
Shilan Jalal Karim
Dilshad Sirwan Aziz
Hawre Omer Rasul
Soran Hiwa Qadir
Nazdar Baban Mahmud
Azad Berzani Hamad
Roj Serhildan Doski
Bahar Shwan Faraj
Karwan Hoshyar Salih
@sudanese_yemeni person
Musab Awad Elkarim Osman
Hiba Babiker Eltayeb
Mohanad Elfatih Abdelrahim
Sara Hassan Elamin
Tasneem Kamal Elnour
Osman Elsir Mukhtar
Wafa Abdelmoneim Ali
Nader Abdulmalik Al Haddad
Amat Al Rahman Saleh Al Aghbari
Fawaz Ahmed Al Shaibani
Hamdi Ali Al Wesabi
Ebtisam Qaid Al Sharjabi
Akram Mohammed Al Maqtari
Khadija Saleh Ba Wazir
Ammar Abdo Al Hubaishi
@mongolian_burmese person
Batbayar Ganbold
Oyunchimeg Tserendorj
Enkhbold Bat-Erdene
Sarangerel Dashdorj
Tumurbaatar Erdenebat
Aung Ko Ko Htet
Thiri Khin Oo
Kyaw Zaw Lin
Hnin Ei Phyu
Zaw Htet Naing
Su Myat Noe
Sopheap Chan
Dara Kim Sok
Sreymom Keo
Vannak Heng
@levantine organization
Cedar Valley Foods SAL
Byblos Olive Press Company
Bekaa Grain Mills SARL
Tyre Coastal Fisheries Co
Zahle Printing House SAL
Phoenicia Glassworks SARL
Mount Lebanon Pharmacy Group
Beirut Harbour Logistics SAL
Aleppo Soap Makers Cooperative
Hama Textile Weavers Company
Latakia Citrus Packing Co
Jordan Valley Dates Company
Amman Dental Supplies LLC
Petra Stone Cutters Est
Irbid Furniture Workshop
Zarqa Auto Parts Trading
Aqaba Seaside Hotels Company
Ramallah Stationery House
Nablus Sweets Company
Hebron Ceramics Workshop
Jaffa Orange Exporters
Sidon Boat Repair SARL
Batroun Wine Estate SAL
Tripoli Marble Works SARL
Levant Insulation Materials SAL
@gulf organization
Al Noor Facility Management LLC
Desert Rose Catering LLC
Blue Lagoon Pool Maintenance LLC
Gulf Pearl Interiors LLC
Falcon Eye Security Services LLC
Oasis Date Palm Nurseries LLC
Sharjah Paper Recycling LLC
Ajman Marble Polishing LLC
Ras Al Khaimah Quarry Products LLC
Fujairah Bunker Surveyors LLC
Al Ain Camel Dairy LLC
Jumeirah Laundry Services LLC
Deira Spice Souk Trading LLC
Karama Tailoring Shop LLC
Muscat Frankincense House LLC
Sohar Aluminium Profiles LLC
Nizwa Pottery Crafts SPC
Salalah Coconut Farms SAOC
Doha Event Tents WLL
Lusail Landscaping WLL
Al Wakra Fish Market Trading WLL
Manama Pearl Jewellers WLL
Muharraq Boat Builders WLL
Kuwait Frozen Foods Company KSCC
Salmiya Pharmacy Company WLL
Riyadh Office Furniture Est
Jeddah Corniche Restaurants Company
Dammam Pipe Coating Company
Qassim Dates Packing Factory
Medina Perfumes Trading Est
Tabuk Greenhouse Farms Company
Abha Mountain Resorts Company
Hail Poultry Farms Est
Khobar Diving Centre Est
Yanbu Marine Services Company
@maghreb organization
Atlas Argan Oil Cooperative
Fes Leather Tannery SARL
Marrakech Riad Hospitality SARL
Casablanca Sardine Canning SA
Agadir Fresh Tomatoes SARL
Tangier Auto Harness SARL
Meknes Olive Groves SARL
Oujda Building Materials SARL
Rabat Software Services SARL
Oran Couscous Mills SPA
Constantine Copper Works EURL
Setif Dairy Products SARL
Annaba Steel Scaffolding SARL
Tlemcen Carpet Weavers SARL
Algiers Pharmacy Distribution SPA
Sfax Olive Oil Exporters SARL
Sousse Beach Hotels SA
Bizerte Shipyard Services SARL
Monastir Textile Finishing SARL
Tunis Medical Imaging SARL
Kairouan Carpet House
Gabes Date Packing SARL
Nabeul Pottery Workshop SARL
Benghazi Ready Mix Concrete Company
Misrata Dairy Farms Company
@egyptian organization
Nile Delta Cotton Ginning Company
Alexandria Ceramic Tiles SAE
Cairo Bookbinding House
Giza Papyrus Art Studio
Suez Canal Tugboat Services SAE
Ismailia Mango Farms
Port Said Net Makers Company
Mansoura Rice Mills SAE
Tanta Linen Weaving Company
Luxor Felucca Tours
Aswan Granite Quarries SAE
Sohag Sugar Cane Growers Cooperative
Damietta Furniture Makers Company
Fayoum Pottery Village
Helwan Cement Bags Company
@iraqi organization
Basra Date Palm Company
Erbil Glass and Aluminium Company
Sulaymaniyah Tobacco Growers
Mosul Marble Company
Najaf Printing House
Karbala Pilgrim Transport Company
Baghdad Carpet Bazaar
Kirkuk Bakery Equipment Company
Duhok Dairy and Yogurt Factory
Nasiriyah Reed Crafts Cooperative
@persian organization
Pars Saffron Export Company
Isfahan Handwoven Carpets Co
Shiraz Rosewater Distillery
Tabriz Leather Goods Co
Mashhad Pistachio Growers Cooperative
Kerman Copper Crafts Co
Yazd Sweets Bakery
Rasht Tea Gardens Co
Qazvin Bread Company
Gilan Rice Milling Company
Kish Island Diving Center
Hamadan Pottery Workshop
Zanjan Knife Makers Guild
Kashan Rose Water Company
Ardabil Honey Producers Co
@afghan organization
Kabul Dried Fruit Traders
Herat Saffron Growers Association
Mazar Carpet Weavers Union
Kandahar Pomegranate Exporters
Jalalabad Fresh Produce Co
Bamyan Potato Farmers Cooperative
Badakhshan Lapis Crafts
@pakistani organization
Sialkot Surgical Instruments Pvt Ltd
Faisalabad Towel Mills Pvt Ltd
Lahore Leather Garments Pvt Ltd
Karachi Seafood Processing Pvt Ltd
Multan Mango Farms Pvt Ltd
Peshawar Dry Fruits Traders
Gujranwala Electric Fans Pvt Ltd
Quetta Apple Orchards Pvt Ltd
Hyderabad Bangles Works
Islamabad Software House Pvt Ltd
Rawalpindi Truck Art Studio
Sargodha Citrus Exporters
Bahawalpur Cotton Ginners Pvt Ltd
Sukkur Dates Processing Pvt Ltd
Mardan Sugar Mills Pvt Ltd
@south_asian organization
Sunrise Spices Private Limited
Ganga Valley Textiles Pvt Ltd
Deccan Granite Exports Pvt Ltd
Kaveri Coffee Curing Works
Malabar Cashew Processors
Rajasthan Marble Emporium
Coimbatore Pump Makers Pvt Ltd
Ludhiana Hosiery Mills
Kanpur Saddlery Works
Surat Diamond Polishing House
Nashik Grape Growers Cooperative
Mysore Silk Weavers Society
Tirupur Knitwear Exports
Moradabad Brassware Exporters
Jaipur Blue Pottery Studio
Agra Footwear Components Pvt Ltd
Howrah Iron Foundry
Pune Auto Components Pvt Ltd
Bengaluru Cloud Analytics Pvt Ltd
Hyderabad Biscuit Company
Chennai Harbour Stevedores Pvt Ltd
Kochi Coir Products Ltd
Assam Valley Tea Estates Ltd
Darjeeling Hill Tea Company
Shimla Apple Growers Federation
Dhaka Garment Accessories Ltd
Chittagong Ship Recycling Yard Ltd
Narayanganj Jute Spinners Ltd
Sylhet Tea Gardens Ltd
Khulna Shrimp Hatcheries Ltd
Rajshahi Silk Industries Ltd
Colombo Cinnamon Exporters Pvt Ltd
Kandy Spice Gardens Pvt Ltd
Galle Coconut Fibre Products
Kathmandu Pashmina House Pvt Ltd
Pokhara Trekking Outfitters Pvt Ltd
Bhaktapur Handmade Paper Industries
@russian organization
OOO Severnaya Pekarnya
OOO Volzhskie Ogorody
OOO Ural Mebel Stroy
OOO Sibirskiy Kedr Plus
OOO Kubanskie Siry
OOO Baltiyskaya Ryba
OOO Tverskoy Len
OOO Altai Med
OOO Kamchatka Krab Servis
OOO Yaroslavl Knigi
AO Vologodskoe Maslo
AO Tambov Sakhar
OOO Kazanskie Kovry
OOO Samara Avtoservis
OOO Ryazan Kirpich
OOO Smolensk Shveynaya Fabrika
OOO Pskovskie Teplitsy
OOO Novgorodskiy Khleb
OOO Chelyabinsk Upakovka
OOO Perm Derevo
OOO Vyatka Igrushki
OOO Krasnodar Podsolnechnik
OOO Astrakhan Arbuz
OOO Karelia Yagoda
OOO Orenburg Platki
IP Sidorenko Stroitelnye Materialy
OOO Belgorod Zernovye
OOO Ivanovo Tekstil Opt
OOO Vladimir Steklo
OOO Kostroma Syrovarnya
OOO Lipetsk Sad
OOO Kursk Kartofel
OOO Bryansk Les Opt
OOO Murmansk Treska
OOO Arkhangelsk Pomor Tur
@ukrainian organization
TOV Karpatski Syry
TOV Poltavska Pasika
TOV Lvivska Kava
TOV Odeski Vyna
TOV Kharkiv Pryladobuduvannya
TOV Vinnytsia Yabluka
TOV Chernihiv Lon
TOV Zhytomyr Granit
TOV Ternopil Zerno
TOV Uzhhorod Mebli
@belarusian organization
OOO Minskaya Konditerskaya
OOO Grodno Len Produkt
OOO Brestskie Ovoshchi
OOO Vitebsk Trikotazh
OOO Gomel Mebel Service
@central_asian organization
TOO Almaty Apple Garden
TOO Astana Office Supplies
TOO Shymkent Cotton Trade
TOO Karaganda Coal Services
TOO Aktau Caspian Fish
TOO Pavlodar Flour Mill
Samarkand Silk Road Ceramics LLC
Bukhara Suzani Embroidery LLC
Tashkent Melon Exporters LLC
Fergana Valley Dried Fruits LLC
Khiva Woodcarving Studio
Bishkek Felt Crafts LLC
Osh Walnut Traders LLC
Issyk Kul Honey LLC
Dushanbe Lemon Growers LLC
Khujand Silk Weavers LLC
Ashgabat Carpet House
Mary Cotton Ginnery
@korean organization
Hanbit Precision Co Ltd
Seoul Kimchi Foods Co Ltd
Busan Fishing Nets Co Ltd
Daegu Textile Dyeing Co Ltd
Incheon Port Stevedoring Co Ltd
Gwangju Optical Lens Co Ltd
Ulsan Shipyard Welding Co Ltd
Jeonju Hanji Paper Co Ltd
Suwon Semiconductor Testing Co Ltd
Cheongju Printing Co Ltd
Jeju Tangerine Farms Co Ltd
Pohang Steel Wire Co Ltd
Changwon Machine Tools Co Ltd
Gyeongju Pottery Workshop
Andong Soju Brewery Co Ltd
Mirae Cosmetics Co Ltd
Saeil Electronics Co Ltd
Daehan Bearings Co Ltd
Hanul Games Co Ltd
Sejong Robotics Co Ltd
@chinese organization
Ningbo Haishu Stationery Co Ltd
Yiwu Jinhua Gift Crafts Co Ltd
Foshan Nanhai Ceramic Tiles Co Ltd
Dongguan Changan Plastic Moulds Co Ltd
Wenzhou Ouhai Shoe Materials Co Ltd
Jinjiang Sports Shoes Factory
Xiamen Siming Tea House Co Ltd
Quanzhou Stone Carving Co Ltd
Kunming Flower Auction Co Ltd
Guilin Rice Noodle Company
Chengdu Panda Bamboo Crafts Co Ltd
Xian Terracotta Replicas Co Ltd
Harbin Ice Lantern Studio
Dalian Seafood Processing Co Ltd
Qingdao Beer Glassware Co Ltd
Jinan Spring Water Co Ltd
Zhengzhou Flour Milling Co Ltd
Wuxi Silk Quilt Factory
Suzhou Embroidery Institute Shop
Hangzhou Longjing Tea Co Ltd
Nanning Sugarcane Products Co Ltd
Lanzhou Beef Noodle Chain Co Ltd
Urumqi Raisin Trading Co Ltd
Hohhot Dairy Farms Co Ltd
Taiyuan Vinegar Brewery Co Ltd
Shijiazhuang Pharmaceutical Packaging Co Ltd
Changsha Fireworks Co Ltd
Nanchang Porcelain Co Ltd
Hefei Furniture Hardware Co Ltd
Fuzhou Jasmine Tea Co Ltd
Guiyang Chili Sauce Co Ltd
Haikou Coconut Products Co Ltd
Zhuhai Yacht Interiors Co Ltd
Shantou Toy Factory Co Ltd
Jingdezhen Blue Porcelain Workshop
Shaoxing Rice Wine Co Ltd
Yangzhou Lacquerware Co Ltd
Weifang Kite Makers Co Ltd
Changzhou Garden Tools Co Ltd
Nantong Bedding Textiles Co Ltd
@hong_kong organization
Kowloon Bay Printing Ltd
Mong Kok Tailors Ltd
Sham Shui Po Fabric Traders Ltd
Tsim Sha Tsui Optical Ltd
Causeway Bay Bakery Ltd
Aberdeen Harbour Seafood Restaurant Ltd
Kwun Tong Watch Parts Ltd
Tai Po Herbal Tea Ltd
Sai Kung Boat Charter Ltd
Lantau Island Tours Ltd
Wan Chai Signboard Makers Ltd
Stanley Market Crafts Ltd
@singapore organization
Jurong Marine Cables Pte Ltd
Tampines Bakery Supplies Pte Ltd
Changi Airfreight Handling Pte Ltd
Bukit Timah Tuition Centre Pte Ltd
Orchard Road Boutique Pte Ltd
Tiong Bahru Kopitiam Pte Ltd
Woodlands Precision Engineering Pte Ltd
Serangoon Durian Traders Pte Ltd
Pasir Panjang Cold Storage Pte Ltd
Katong Laksa House Pte Ltd
@taiwan organization
Hsinchu Wafer Testing Co Ltd
Taichung Bicycle Frames Co Ltd
Kaohsiung Fishing Gear Co Ltd
Tainan Milkfish Farms Co Ltd
Taoyuan Umbrella Manufacturing Co Ltd
Keelung Harbour Ropes Co Ltd
Chiayi Cypress Woodworks Co Ltd
Hualien Marble Crafts Co Ltd
Yilan Scallion Pancake Co Ltd
Pingtung Onion Growers Co Ltd
@japanese organization
Kanazawa Gold Leaf Kogei KK
Osaka Takoyaki Equipment KK
Nagoya Ceramic Knives KK
Sapporo Snow Boots KK
Kobe Pearl Processing KK
Sendai Bamboo Crafts KK
Hiroshima Oyster Farms KK
Fukuoka Ramen Noodles KK
Niigata Rice Crackers KK
Shizuoka Green Tea KK
Kyoto Textile Dyeing KK
Okinawa Brown Sugar KK
Yokohama Harbour Cranes KK
Kagoshima Sweet Potato Farm KK
Nara Calligraphy Brushes KK
@turkish organization
Anadolu Halı Dokuma Ticaret Ltd Şti
Ege Zeytinyağı Sanayi ve Ticaret AŞ
Karadeniz Fındık İhracat Ltd Şti
Bursa Havlu Tekstil San Tic Ltd Sti
Gaziantep Baklava Gıda San Tic AS
Konya Un Fabrikası AS
Kayseri Mobilya Dekorasyon Ltd Sti
Denizli Ev Tekstili Ltd Sti
Antalya Sera Domates Tarım Ltd Sti
Trabzon Çay Paketleme Ltd Şti
Mersin Narenciye Ihracat Ltd Sti
Eskişehir Lületaşı Sanat Atölyesi
Malatya Kayısı Kurutma Ltd Sti
Afyon Mermer Madencilik AS
Adana Pamuk Çırçır Fabrikası
Samsun Tütün İşleme Ltd Şti
Izmir Kuru Incir Ihracat AS
Hatay Künefe Tatlı Evi
Sivas Demir Döküm Ltd Sti
Erzurum Oltu Taşı Kuyumculuk
Kütahya Çini Seramik Ltd Şti
Rize Kivi Tarım Kooperatifi
Manisa Üzüm Kurutma Ltd Şti
Çorum Leblebi Gıda Ltd Şti
Edirne Ciğer Lokantası
Istanbul Kapalıçarşı Kuyumcular Ltd Sti
Ankara Ofis Kırtasiye Ltd Sti
Mardin Telkari Gümüş Atölyesi
Van Kahvaltı Salonu
Sakarya Otomotiv Yedek Parça AS
@hispanic organization
Panaderia La Espiga de Oro SA de CV
Tortilleria San Isidro SA de CV
Muebles Rusticos del Bajio SA de CV
Ceramica Talavera Poblana SA de CV
Cafe de Altura Chiapas SC de RL
Aguacates de Michoacan SPR de RL
Tequila Los Agaves Azules SA de CV
Transportes Frontera Norte SA de CV
Floristeria Las Margaritas SAS
Cafe Montana de Antioquia SAS
Textiles Medellin Moda SAS
Flores de la Sabana SAS
Arepas Don Chepe SAS
Panela y Cana del Valle SAS
Cacao Fino de Arauca SAS
Bananeras del Uraba SAS
Constructora Los Andes CA
Lacteos Los Llanos CA
Ferreteria El Tornillo CA
Cerveceria del Lago CA
Vinos de Mendoza Bodega Cuyana SA
Yerba Mate Misionera SRL
Estancia La Pampa Carnes SA
Quesos Tandil Artesanales SRL
Pisco Valle de Ica SAC
Alpaca Textiles Arequipa SAC
Quinua Andina del Titicaca SAC
Salmones del Sur de Chile SpA
Vina Valle del Maule Limitada
Cobre y Artesania Rancagua Limitada
Conservas de Galicia SL
Aceites de Jaen Olivar SL
Jamones de Guijuelo SA
Naranjas de Valencia Huerta SL
Turrones de Jijona Artesanos SL
Azulejos de Castellon Ceramica SA
Vinos de Rioja Bodegas Alta SA
Calzados de Elche Moda SL
Quesos Manchegos La Dehesa SL
Astilleros del Cantabrico SL
Panaderia Artesana Navarra SL
Cafe Tostado Tarrazu SA
Ron Artesanal del Caribe SRL
Tabacalera Esteli Premium SA
Cacao Real de Tabasco SPR
@basque organization
Txakoli Getaria Upategia SL
Idiazabal Gazta Ekoizleak SCoop
Bilboko Itsasontzi Konponketak SL
Donostia Pintxo Banaketa SL
Arrasate Makina Erreminta SCoop
Gasteiz Burdindegia SL
Eibar Torloju Fabrika SL
Tolosa Paper Mill SA
@portuguese organization
Cortica do Alentejo Lda
Vinhos do Douro Quinta Alta Lda
Azulejos de Lisboa Artesanato Lda
Conservas de Matosinhos Lda
Pasteis de Belem Doces Lda
Cerâmicas de Aveiro Lda
Calçado de São João da Madeira Lda
Mobiliario de Pacos de Ferreira Lda
Azeites de Tras os Montes Lda
Texteis de Guimaraes Lda
Cafe Paulista Torrefacao Ltda
Cachaca Artesanal Minas Ltda
Soja do Cerrado Agropecuaria Ltda
Frigorifico Pampa Gaucho Ltda
Couros de Franca Calcados Ltda
Moveis de Bento Goncalves Ltda
Acai da Amazonia Polpas Ltda
Cacau do Sul da Bahia Ltda
Rendas de Fortaleza Artesanato Ltda
Erva Mate Parana Ltda
Transportadora Rio Sao Francisco Ltda
Padaria Pao de Queijo Mineiro Ltda
Ceramica Porto Ferreira Ltda
Estaleiro Baia de Guanabara Ltda
Pescados de Santa Catarina Ltda
@french organization
Boulangerie du Vieux Moulin SARL
Fromagerie des Alpes SAS
Vignobles de la Loire SCEA
Parfumerie de Grasse SAS
Savonnerie de Marseille SARL
Biscuiterie Bretonne SAS
Chocolaterie Lyonnaise SARL
Menuiserie Dupont et Fils SARL
Transports Routiers du Nord SAS
Cidrerie de Normandie SARL
Coutellerie de Thiers SAS
Porcelaine de Limoges Atelier SARL
Moutarde de Dijon Tradition SAS
Huitres de Cancale SCEA
Nougaterie de Montelimar SARL
Lavande de Provence SARL
Verrerie de Biot SARL
Garage Central de Toulouse SARL
Imprimerie Bordelaise SAS
Brasserie Alsacienne SAS
@belgian organization
Brouwerij De Gouden Leeuw BV
Chocolatier Gantois SRL
Dentelles de Bruges SRL
Wafelbakkerij Antwerpen BV
Diamanthandel Antwerpen Centraal BV
Frituur De Markt BV
Chaudronnerie Liegeoise SA
Ardennes Jambon Fume SRL
@german organization
Baeckerei Schmidt GmbH
Schwarzwald Uhrenmanufaktur GmbH
Bayerische Brezel Backstube GmbH
Hamburger Kaffeeroesterei GmbH
Solinger Klingenschmiede GmbH
Nuernberger Lebkuchen Manufaktur GmbH
Rheinland Weinkellerei GmbH
Saechsische Porzellan Werkstatt GmbH
Allgaeuer Kaeserei GmbH
Lueneburger Salz Handel GmbH
Thueringer Wurstwaren GmbH
Bremer Spedition Nord GmbH
Stuttgarter Feinmechanik GmbH
Kieler Segelmacherei GmbH
Dresdner Stollen Baeckerei GmbH
Muensterlaender Moebelwerk GmbH
Erzgebirge Holzkunst GmbH
Frankfurter Apfelwein Kelterei GmbH
Hessische Landmaschinen GmbH
Westfaelische Schinken Raeucherei GmbH
@dutch organization
Kaasboerderij De Groene Weide BV
Bloemenkwekerij Aalsmeer BV
Stroopwafel Bakkerij Gouda BV
Delfts Blauw Aardewerk BV
Scheepswerf Harlingen BV
Tulpenexport Lisse BV
Fietsenfabriek Utrecht BV
Haringhandel Scheveningen BV
Koffiebranderij Maastricht BV
Molenaars Meel Zaandam BV
@austrian_swiss organization
Tiroler Speck Manufaktur GmbH
Wiener Kaffeehaus Betriebs GmbH
Salzburger Mozartkugel Konditorei GmbH
Steirisches Kuerbiskernoel GmbH
Vorarlberger Stickerei GmbH
Bernina Kaese Genossenschaft
Zuercher Uhrmacher Atelier AG
Basler Laeckerli Backhaus AG
Luzerner Seilbahnbau AG
Appenzeller Kraeuter Destillerie AG
Ticino Granito Lavorazione SA
Geneva Watch Straps SA
@anglo organization
Cotswold Stone Masons Ltd
Yorkshire Tea Rooms Ltd
Cornish Pasty Bakers Ltd
Highland Salmon Smokery Ltd
Sheffield Cutlery Works Ltd
Norfolk Broads Boat Hire Ltd
Devon Cream Dairy Ltd
Kentish Orchard Cider Ltd
Lake District Outdoor Gear Ltd
Welsh Slate Roofing Ltd
Belfast Linen Mills Ltd
Cardiff Bay Marine Services Ltd
Bristol Balloon Makers Ltd
Manchester Textile Printers Ltd
Leeds Bookbinders Ltd
Oxford Scientific Glassware Ltd
Cambridge Punting Company Ltd
Brighton Rock Confectioners Ltd
Newcastle Quayside Brewery Ltd
Aberdeen Offshore Catering Ltd
Galway Bay Oyster Company Ltd
Cork Harbour Marine Ltd
Kerry Hills Lamb Producers Ltd
Donegal Tweed Weavers Ltd
Waterford Glass Engravers Ltd
Maple Ridge Hardware Inc
Blue Ridge Apple Orchards LLC
Great Lakes Fishing Supply Inc
Prairie Wind Grain Elevator LLC
Gulf Coast Shrimp Processors Inc
Rocky Mountain Log Homes LLC
Sunshine Citrus Packers Inc
Bayou Crawfish Company LLC
Cascade Timber Products Inc
Chesapeake Crab House LLC
Hudson Valley Cheesemakers LLC
Desert Sun Solar Installers Inc
Twin Rivers Canoe Outfitters LLC
Pioneer Valley Tool and Die Inc
Heartland Feed and Seed LLC
Evergreen Landscaping Services Inc
Silver Creek Dental Lab LLC
Redwood Coast Surf Shop Inc
Golden Prairie Honey LLC
Liberty Bell Printing Co
Northern Lights Snowmobile Rentals Inc
Maple Leaf Syrup Producers Ltd
Okanagan Cherry Growers Ltd
Nova Scotia Lobster Traders Ltd
Yukon Gold Prospecting Supplies Ltd
Outback Cattle Station Pty Ltd
Barossa Valley Winery Pty Ltd
Great Barrier Reef Dive Tours Pty Ltd
Tasmanian Salmon Farms Pty Ltd
Kimberley Pearl Company Pty Ltd
Canterbury Merino Wool Ltd
Rotorua Geothermal Tours Ltd
Marlborough Sauvignon Estate Ltd
Otago Gold Dredging Ltd
Waikato Dairy Cooperative Ltd
@scandinavian organization
Nordic Herring Processing AB
Gotland Sheep Wool AB
Smaland Glassworks AB
Dalarna Wooden Horses AB
Vasteras Elevator Parts AB
Fjord Salmon Farms AS
Bergen Fish Market AS
Lofoten Stockfish Export AS
Trondheim Ski Makers AS
Stavanger Offshore Catering AS
Jutland Dairy Cooperative AmbA
Aarhus Furniture Design ApS
Copenhagen Harbour Bicycles ApS
Odense Toy Workshop ApS
Bornholm Smokehouse ApS
Lapland Reindeer Products Oy
Tampere Sauna Heaters Oy
Oulu Timber Cabins Oy
Turku Archipelago Ferries Oy
Reykjavik Wool Sweaters ehf
@italian organization
Pastificio Artigiano Gragnano Srl
Caseificio Parmigiano Valle Srl
Oleificio Toscano del Chianti Srl
Vetreria Artistica Murano Srl
Cantina Sociale del Barolo Sca
Limoncello di Sorrento Srl
Calzaturificio Marchigiano Srl
Salumificio di Parma Tradizione Srl
Ceramiche di Deruta Srl
Torrefazione Caffe Napoletano Srl
Liuteria Cremonese Srl
Cartiera di Amalfi Srl
Mobilificio Brianza Design Srl
Tessitura Comasca Seta Srl
Panificio Pugliese Altamura Srl
Agrumi di Sicilia Cooperativa
Marmi di Carrara Estrazione Spa
Cioccolateria Modicana Srl
Officina Meccanica Bresciana Srl
Cantiere Navale Viareggio Srl
@greek organization
Kalamata Olive Growers SA
Santorini Vinsanto Winery SA
Chios Mastic Producers Cooperative
Cretan Honey Beekeepers IKE
Thessaloniki Bougatsa Bakery OE
Piraeus Ferry Catering SA
Patras Carnival Costumes EE
Rhodes Sponge Divers OE
Corfu Kumquat Liqueurs SA
Volos Tsipouro Distillery EPE
Naxos Potato Farmers Cooperative
Metsovo Cheese Dairy SA
@balkan organization
Sumadija Rakija Destilerija DOO
Vojvodina Zito Promet DOO
Nis Duvan Fabrika DOO
Novi Sad Stamparija DOO
Dalmatinska Vina Zadruga
Istarski Tartufi DOO
Slavonski Kulen Mesnica DOO
Zagreb Kravate Obrt
Sarajevo Bakarni Zanati DOO
Mostar Stari Most Suveniri DOO
Tuzla So Proizvodnja DOO
Ohrid Biseri Zlatara DOOEL
Skopje Ajvar Konzervi DOOEL
Tirana Kafe Pjekje SHPK
Durres Port Peshku SHPK
Prishtina Filigran Argjend SHPK
Plovdiv Rose Oil Distillery OOD
Varna Black Sea Shipchandlers EOOD
Sofia Yogurt Culture EOOD
Burgas Salt Pans AD
Cluj Software Atelier SRL
Brasov Carpathian Furniture SRL
Timisoara Beer Hall SRL
Iasi Wine Cellars SRL
Constanta Port Chandlers SRL
Sibiu Cheese Smokehouse SRL
Chisinau Cognac Barrel Works SRL
Podgorica Olive Grove DOO
Ljubljana Beekeeping Supplies DOO
Maribor Wine Cellar DOO
@central_european organization
Piekarnia Pod Wawelem Sp z oo
Zaklady Miesne Podhale Sp z oo
Bursztyn Gdanski Pracownia Sp z oo
Ceramika Boleslawiec Sp z oo
Mleczarnia Mazurska Spoldzielnia
Stolarnia Karpacka Sp z oo
Browar Zywiecki Rzemieslniczy Sp z oo
Przetwornia Owocow Grojec Sp z oo
Sklo Bohemia Dilna sro
Pivovar Plzensky Dvur sro
Lazne Karlovy Vary Oplatky sro
Moravske Vinarstvi Mikulov sro
Drevovyroba Sumava sro
Bratislava Porcelan Dielna sro
Tatranska Syraren sro
Tokaji Borpince Kft
Szegedi Paprika Malom Kft
Debreceni Kolbasz Uzem Kft
Herendi Festo Muhely Kft
Balatoni Halaszat Kft
Vilniaus Duonos Kepykla UAB
Kauno Baldai UAB
Klaipedos Zuvis UAB
Rigas Maiznica SIA
Latgales Keramika SIA
Liepaja Amber Crafts SIA
Tallinna Leivatehas OU
Saaremaa Juniper Crafts OU
Tartu Printing House OU
@caucasus organization
Yerevan Brandy Barrels LLC
Gyumri Blacksmith Workshop LLC
Sevan Trout Farms LLC
Ararat Valley Apricots LLC
Dilijan Woodcarvers LLC
Kakheti Qvevri Winery LLC
Tbilisi Sulfur Baths Company LLC
Batumi Tangerine Exporters LLC
Kutaisi Enamel Jewelry LLC
Svaneti Salt Producers LLC
Borjomi Valley Honey LLC
Baku Carpet Weavers LLC
Ganja Silk Factory LLC
Sheki Halva Confectioners LLC
Quba Apple Orchards LLC
Lankaran Tea Plantations LLC
@west_african organization
Lagos Lagoon Ferries Ltd
Ibadan Cassava Processing Ltd
Kano Leather Tanners Ltd
Abeokuta Adire Textiles Ltd
Onitsha Spare Parts Dealers Ltd
Enugu Coal Miners Cooperative
Port Harcourt Catering Services Ltd
Jos Plateau Potato Farmers Ltd
Aba Shoe Makers Association
Kaduna Cotton Growers Ltd
Benin City Bronze Casters
Owerri Palm Oil Mills Ltd
Accra Kente Weavers Ltd
Kumasi Cocoa Buyers Ltd
Tamale Shea Butter Cooperative
Takoradi Fishing Supplies Ltd
Cape Coast Beach Resort Ltd
Dakar Peanut Processing SARL
Thies Mango Dryers SARL
Saint Louis Fishermen Cooperative
Bamako Bogolan Textiles SARL
Ouagadougou Bronze Artisans SARL
Abidjan Cashew Exporters SA
Yamoussoukro Cocoa Farms SA
Lome Port Stevedores SA
Cotonou Pineapple Growers SARL
Conakry Bauxite Haulage SARL
Freetown Palm Kernel Traders Ltd
Monrovia Rubber Tappers Ltd
Banjul River Ferries Ltd
@east_african organization
Nairobi Flower Exporters Ltd
Mombasa Cashew Processors Ltd
Kisumu Fish Traders Ltd
Nakuru Dairy Cooperative Society
Eldoret Maize Millers Ltd
Meru Miraa Growers Ltd
Kericho Highland Tea Ltd
Dar es Salaam Clove Traders Ltd
Arusha Safari Outfitters Ltd
Zanzibar Spice Farms Ltd
Moshi Coffee Curing Ltd
Mwanza Lake Fisheries Ltd
Kampala Matoke Traders Ltd
Jinja Nile Rafting Ltd
Mbarara Ghee Producers Ltd
Gulu Sesame Growers Cooperative
Kigali Coffee Washing Station Ltd
Huye Basket Weavers Cooperative
Bujumbura Palm Oil Traders SA
Djibouti Port Chandlers SARL
@central_african organization
Kinshasa River Barges SARL
Lubumbashi Copper Wire SARL
Goma Coffee Cooperative
Kisangani Timber Yard SARL
Douala Port Forwarders SARL
Yaounde Cocoa Traders SARL
Bafoussam Coffee Growers Cooperative
Libreville Okoume Timber SA
Brazzaville Printing House SARL
Pointe Noire Fish Smokers SARL
Bangui Cotton Ginnery SA
Ndjamena Gum Arabic Traders SARL
@southern_african organization
Johannesburg Gold Refinery Services Pty Ltd
Cape Winelands Cellars Pty Ltd
Durban Sugar Packers Pty Ltd
Karoo Lamb Abattoir Pty Ltd
Soweto Shoe Repairs Pty Ltd
Stellenbosch Oak Barrels Pty Ltd
Harare Tobacco Auction Floors Pvt Ltd
Bulawayo Engineering Works Pvt Ltd
Mutare Timber Products Pvt Ltd
Lusaka Maize Millers Ltd
Ndola Copper Fabricators Ltd
Lilongwe Tea Estates Ltd
Maputo Prawn Exporters Lda
Beira Port Stevedores Lda
Windhoek Brewery Supplies Pty Ltd
Gaborone Beef Traders Pty Ltd
Maseru Mohair Spinners Pty Ltd
Mbabane Sugar Cane Growers Ltd
Antananarivo Vanilla Exporters SARL
Port Louis Textile Mills Ltd
@somali organization
Mogadishu Fresh Milk Company
Hargeisa Livestock Exporters
Berbera Port Services Company
Kismayo Fishermen Cooperative
Bosaso Frankincense Traders
Garowe Water Drilling Company
Baidoa Sorghum Millers
Beledweyne Bus Company
@ethiopian organization
Addis Ababa Leather Works PLC
Sidama Coffee Farmers Union
Yirgacheffe Coffee Cooperative
Bahir Dar Textile Mills PLC
Mekelle Honey Producers PLC
Hawassa Fish Market PLC
Gondar Injera Bakery PLC
Dire Dawa Cement Blocks PLC
Asmara Pasta Factory
Massawa Salt Works
@vietnamese organization
Cong Ty TNHH Ca Phe Buon Ma Thuot
Cong Ty TNHH Gom Su Bat Trang
Cong Ty TNHH Nuoc Mam Phu Quoc
Cong Ty TNHH Lua Ha Dong
Cong Ty TNHH Hat Dieu Binh Phuoc
Cong Ty TNHH Go Noi That Binh Duong
Cong Ty CP Thuy San Ca Mau
Cong Ty CP Det May Nam Dinh
Cong Ty TNHH Banh Pia Soc Trang
Cong Ty TNHH Tre Dan Ha Nam
Saigon Lacquerware Co Ltd
Hanoi Silk Scarves Co Ltd
Da Nang Marble Mountain Crafts Co Ltd
Hue Conical Hats Co Ltd
Hai Phong Rope Makers Co Ltd
@indonesian organization
PT Kopi Luwak Nusantara
PT Batik Pekalongan Indah
PT Rempah Maluku Sejahtera
PT Tenun Ikat Sumba
PT Gula Kelapa Jawa Tengah
PT Perikanan Bitung Jaya
PT Kerajinan Perak Kotagede
PT Rotan Cirebon Mandiri
PT Teh Puncak Lestari
PT Sabun Herbal Bali
PT Kayu Jati Jepara Makmur
PT Coklat Sulawesi Utama
PT Tahu Sumedang Sari
PT Garam Madura Abadi
PT Wisata Danau Toba
@malay organization
Syarikat Kuih Tradisional Melaka Sdn Bhd
Kelantan Batik Craft Sdn Bhd
Penang Nutmeg Products Sdn Bhd
Sabah Seaweed Farms Sdn Bhd
Sarawak Pepper Growers Sdn Bhd
Johor Pineapple Canning Sdn Bhd
Pahang Durian Orchards Sdn Bhd
Perak Tin Pewter Works Sdn Bhd
Terengganu Songket Weavers Sdn Bhd
Kedah Rice Millers Sdn Bhd
Brunei Halal Foods Sdn Bhd
@filipino organization
Cebu Dried Mango Corporation
Davao Durian Farms Inc
Iloilo Hablon Weavers Cooperative
Baguio Strawberry Growers Association
Pampanga Furniture Makers Inc
Bohol Calamay Delicacies Inc
Batangas Coffee Roasters Inc
Zamboanga Sardines Canning Corporation
Laguna Buko Pie Bakeshop
Ilocos Vinegar Makers Cooperative
Bicol Abaca Fiber Traders Inc
Palawan Seaweed Growers Inc
Manila Jeepney Body Works Inc
Cagayan Valley Corn Millers Inc
Negros Muscovado Sugar Corporation
@thai organization
Chiang Mai Celadon Pottery Co Ltd
Bangkok Silk Weaving Co Ltd
Phuket Pearl Farm Co Ltd
Ayutthaya Boat Noodles Co Ltd
Surat Thani Coconut Products Co Ltd
Nakhon Pathom Pomelo Growers Co Ltd
Chonburi Fish Sauce Co Ltd
Udon Thani Rice Mill Co Ltd
Korat Silk Village Co Ltd
Hat Yai Rubber Sheets Co Ltd
Krabi Longtail Boat Builders Co Ltd
Lampang Ceramics Bowl Co Ltd
@hebrew organization
Galilee Olive Press Ltd
Negev Solar Farms Ltd
Haifa Bay Marine Supplies Ltd
Jerusalem Stone Quarry Ltd
Tel Aviv Bicycle Workshop Ltd
Jaffa Flea Market Antiques Ltd
Golan Heights Winery Cellars Ltd
Eilat Diving Gear Ltd
Dead Sea Minerals Cosmetics Shop Ltd
Netanya Diamond Cutters Ltd
@kurdish organization
Zakho Honey Traders Company
Akre Pomegranate Growers
Koya Stone Carvers Company
Halabja Bakery Company
Ranya Trout Farm Company
@sudanese_yemeni organization
Khartoum Gum Arabic Exporters Company
Omdurman Leather Crafts Company
Port Sudan Fish Traders Company
Gezira Cotton Growers Cooperative
Kassala Fruit Market Company
Sanaa Coffee Roasters Company
Aden Harbour Chandlers Company
Hadramout Honey Traders Company
Taiz Textile Weaving Company
Mukalla Dried Fish Company
@mongolian_burmese organization
Ulaanbaatar Cashmere Spinners LLC
Erdenet Felt Boots LLC
Gobi Camel Wool Cooperative
Yangon Teak Furniture Co Ltd
Mandalay Gold Leaf Beaters Co Ltd
Bagan Lacquerware Workshop Co Ltd
Shan Highland Tea Co Ltd
Mawlamyine Rubber Traders Co Ltd
Phnom Penh Silk Weavers Co Ltd
Siem Reap Rice Wine Co Ltd
Battambang Rice Millers Co Ltd
Kampot Pepper Growers Co Ltd
Vientiane Coffee Traders Sole Co Ltd
Luang Prabang Paper Crafts Co Ltd
Thimphu Handloom Weavers
@levantine person
Khalil Ibrahim Najjar
Samira Adel Haddad
Yousef Nabil Khoury
Hassan Ali Fakhreddine
Mohammad Karim Shami
Rima Hassan Daouk
Ahmad Samir Zoubi
Nadim Khalil Aridi
Jamal Hussein Shamseddine
Wafaa Ahmad Hamadeh
Mahmoud Yusuf Barakat
Ali Hassan Khalifeh
Mustafa Omar Hijazi
Layla Ibrahim Husseini
Tariq Mahmoud Abu Zeid
Zeina Khaled Masri
Ibrahim Saleh Tamimi
Hussein Ali Farhat
Fatima Mohammad Shaar
Yasser Khalil Odeh
Nasser Ahmad Rifai
Majdi Yousef Salameh
Suha Tawfiq Nashashibi
Rami Hussein Qassem
Omar Abdullah Kattan
Hisham Mahmoud Jaradat
Nidal Salim Awad
Rania Omar Kabbani
Fouad Hassan Sharif
Khaled Ahmad Ghanem
Mounir Ali Jaber
Nizar Mustafa Sabbah
Walid Hassan Mansour
Souheil Ahmad Khatib
Rawan Ibrahim Assaf
Bassel Mohammad Halabi
Amal Yousef Dabbagh
Tamer Ali Shehab
Hadi Mahmoud Hamdan
Salma Khaled Jundi
@gulf person
Abdullah Mohammed Al Qahtani
Khalid Saad Al Shehri
Ahmed Ali Al Zaabi
Mohammed Rashid Al Marri
Saeed Ahmed Al Ghafli
Hamad Khalifa Al Muhairbi
Yousef Ali Al Hosani
Ali Hassan Al Blooshi
Ibrahim Abdullah Al Hammadi
Nasser Ali Al Mansouri
Omar Saeed Al Shamsi
Salem Mohammed Al Ameri
Abdulrahman Ali Al Tamimi
Faisal Mohammed Al Harbi
Saad Abdullah Al Ghamdi
Majed Ali Al Shahrani
Fahad Abdulaziz Al Mutlaq
Hamza Abdullah Al Sayed
Hussain Ali Al Mahmood
Jaber Mohammed Al Kuwari
Khalifa Ahmed Al Sulaiti
Mohammed Saleh Al Attas
Yahya Hassan Al Zahrani
Ahmed Saeed Al Qubaisi
Ali Abdullah Al Khouri
Rashed Saif Al Mazrouei
Saif Ali Al Kaabi
Mariam Ahmed Al Hashemi
Fatima Ali Al Balushi
Noor Mohammed Al Amiri
@maghreb person
Mohamed Ali Ben Amor
Ahmed Hassan Bouzidi
Khaled Mohamed Zitouni
Youssef Ahmed Mansouri
Abdelkrim Mohamed Slimani
Hassan Ali Tahiri
Mustapha Ahmed Lahlali
Mohammed Karim Benabdallah
Ali Mohamed Gharbi
Omar Ahmed Chaouki
Rachid Ali Hamdaoui
Abdellah Mohamed Bekkali
Said Ahmed Benhadi
Brahim Ali Ouali
Hamid Mohamed Rahmouni
Samir Ahmed Belaid
Abdelaziz Hassan Boukhris
Karim Ali Amrani
Nourdine Mohamed Saidi
Ismail Ahmed Tounsi
@egyptian person
Mohamed Ahmed Abdelrahman
Ahmed Mohamed Elshazly
Mahmoud Ali Hassanein
Mostafa Ibrahim Elsayed
Hassan Mohamed Abdelaziz
Ali Mahmoud Elkholy
Omar Ahmed Abdelhamid
Khaled Mostafa Elmasry
Youssef Hassan Elgamal
Ibrahim Ahmed Shoukry
Tarek Mohamed Abdelmoneim
Amr Ali Hegazy
Hesham Ahmed Elnaggar
Ayman Mohamed Fouda
Sameh Ali Elbanna
Karim Hassan Mahrous
Walid Ibrahim Abdelghani
Ahmed Mahmoud Younis
Sayed Ali Abdelwahab
Mohamed Ramadan Elshafei
@iraqi person
Ali Hussein Al Jabouri
Mohammed Abbas Al Rubaie
Hassan Ali Al Saadi
Ahmed Kadhim Al Shammari
Hussein Jawad Al Tai
Abbas Ali Al Hamdani
Mustafa Hassan Al Khafaji
Jaafar Mohammed Al Moussawi
Kadhim Ali Al Assadi
Haider Hussein Al Obeidi
Qasim Mohammed Al Zubaidi
Salah Ali Al Mashhadani
Jasim Mohammed Al Dulaimi
Karim Hassan Al Lami
Muhannad Ali Al Nuaimi
@persian person
Mohammad Reza Ahmadi
Ali Reza Mohammadi
Hossein Karimi Nasab
Mahmoud Rezaei
Mehdi Hosseini Far
Hamid Reza Jafari
Abbas Rahimi
Mohsen Ghasemi
Ali Asghar Moradi
Javad Heidari
Saeed Kazemi Nia
Amir Ali Rostami
Reza Mohammadzadeh
Hassan Akbari
Mojtaba Sadeghi Rad
Gholam Hossein Naderi
Ahmad Reza Bagheri
Morteza Habibi
Masoud Nazari
Ebrahim Mousavi Nejad
Ali Mohammad Hashemi
Hadi Abbasi
Mohammad Hossein Fathi
Majid Rahmani
Ali Akbar Sharifi
Mohammad Javad Zare
Reza Safavi Pour
Nader Jalali
Farhad Kamali
Hamid Ghorbani
Mohammad Ali Salimi
Sadegh Rezvani
Mehran Heidarzadeh
Behrouz Asgari
Kamran Nouri
Ali Ebrahimi Moghadam
Mostafa Mirzaei
Hossein Dehghani
Vahid Mohammadpour
Saeed Shahabi
@afghan person
Mohammad Nabi Ahmadzai
Abdul Rahim Karimi
Mohammad Ismail Noori
Abdul Qadir Sultani
Gul Mohammad Rahmani
Abdul Hakim Azizi
Mohammad Daud Safi
Abdul Wahid Hotak
Mohammad Yousuf Jalali
Abdul Basir Hashimi
Nematullah Sahak
Mohammad Hanif Amiri
Abdul Latif Rasuli
Sayed Mohammad Musawi
Mohammad Zahir Faqiri
Abdul Ghafoor Wardak
Abdul Samad Nazari
Mohammad Asif Rahimi
Ahmad Zia Qaderi
Mohammad Omar Habibi
@pakistani person
Muhammad Asif Khan
Muhammad Imran Qureshi
Syed Ali Raza Naqvi
Muhammad Usman Ghani
Ahmed Ali Chaudhry
Malik Muhammad Aslam
Muhammad Tariq Mehmood
Syed Hassan Shah
Muhammad Nadeem Akhtar
Abdul Rehman Siddiqui
Muhammad Arif Hussain
Rana Muhammad Saleem
Muhammad Bilal Ahmed
Ghulam Mustafa Jatoi
Muhammad Zubair Sheikh
Syed Kamran Haider
Muhammad Faisal Iqbal
Shahid Hussain Malik
Muhammad Waseem Abbasi
Ali Hassan Bokhari
@russian person
Aleksandr Ivanovich Smirnov
Sergey Viktorovich Popov
Dmitriy Aleksandrovich Vasilyev
Andrey Nikolayevich Petrov
Vladimir Sergeyevich Sokolov
Aleksey Mikhaylovich Mikhaylov
Yevgeniy Vladimirovich Novikov
Mikhail Aleksandrovich Fedorov
Nikolay Ivanovich Morozov
Igor Petrovich Volkov
Viktor Andreyevich Alekseyev
Yuriy Nikolayevich Lebedev
Oleg Vladimirovich Semenov
Pavel Sergeyevich Yegorov
Ivan Aleksandrovich Pavlov
Roman Viktorovich Kozlov
Vladislav Yuryevich Stepanov
Anton Mikhaylovich Nikolayev
Konstantin Andreyevich Orlov
Maksim Sergeyevich Andreyev
Denis Vladimirovich Makarov
Artem Igorevich Zakharov
Ruslan Viktorovich Zaytsev
Vadim Nikolayevich Solovyev
Kirill Aleksandrovich Borisov
Gennadiy Petrovich Yakovlev
Valeriy Ivanovich Grigoryev
Anatoliy Sergeyevich Romanov
Vitaliy Yuryevich Vorobyev
Stanislav Andreyevich Sergeyev
Yelena Aleksandrovna Kuzmina
Olga Sergeyevna Belova
Natalya Vladimirovna Tarasova
Irina Nikolayevna Zhukova
Svetlana Ivanovna Komarova
Tatyana Viktorovna Orlova
Marina Aleksandrovna Kiseleva
Anna Sergeyevna Ilyina
Yuliya Mikhaylovna Gusyeva
Galina Petrovna Titova
@hispanic person
Jose Luis Hernandez Garcia
Juan Manuel Martinez Lopez
Carlos Alberto Gonzalez Perez
Luis Fernando Rodriguez Sanchez
Jesus Antonio Ramirez Torres
Francisco Javier Flores Rivera
Miguel Angel Gomez Diaz
Pedro Pablo Cruz Morales
Jorge Luis Reyes Jimenez
Alejandro Ortiz Gutierrez
Manuel Alejandro Castro Ruiz
Roberto Carlos Vargas Mendoza
Mario Alberto Ramos Herrera
Ricardo Alvarez Medina
Fernando Aguilar Castillo
Rafael Antonio Romero Silva
Sergio Ivan Moreno Guzman
Arturo Vazquez Salazar
Enrique Dominguez Rojas
Victor Hugo Sandoval Nunez
Guillermo Espinoza Campos
Hector Orozco Contreras
Raul Estrada Villanueva
Oscar Ramon Pena Cabrera
Jaime Ernesto Soto Maldonado
Gerardo Navarro Ibarra
Alfredo Mejia Cardenas
Andres Lozano Velasquez
Armando Figueroa Rios
Eduardo Galvan Ochoa
Maria Guadalupe Hernandez Cruz
Ana Maria Lopez Gonzalez
Rosa Isela Martinez Reyes
Claudia Patricia Ramirez Flores
Sandra Milena Rodriguez Gomez
Martha Lucia Garcia Vargas
Gloria Ines Perez Castro
Luz Marina Sanchez Romero
Diana Carolina Torres Ramos
Blanca Estela Diaz Morales
@chinese person
Wang Jianguo
Li Jianjun
Zhang Guoqiang
Liu Zhiwei
Chen Xiaodong
Yang Jianhua
Zhao Guoping
Huang Weidong
Zhou Jianping
Wu Xiaoming
Xu Zhigang
Sun Jianxin
Ma Guohua
Zhu Weiguo
Hu Jianming
Guo Xiaobin
He Zhiyong
Lin Jianwei
Luo Guangming
Zheng Xiaohui
Liang Jianbo
Song Weimin
Tang Zhiming
Han Jianfeng
Feng Xiaojun
Cao Weiping
Peng Jianqiang
Deng Zhiqiang
Xiao Guoliang
Tian Xiaoping
Dong Weihua
Pan Jianlin
Yuan Zhihua
Cai Xiaogang
Jiang Weijun
Yu Jianrong
Du Guohui
Ye Xiaolong
Cheng Zhihong
Wei Jiangang
@korean person
Kim Sung-ho
Lee Young-soo
Park Jung-hee
Choi Dong-hyun
Jung Min-ho
Kang Sung-min
Cho Young-jin
Yoon Jae-hyun
Jang Min-soo
Lim Young-hwan
Han Sung-jin
Oh Jung-woo
Seo Jin-ho
Shin Young-chul
Kwon Hyuk-jin
Hwang Sung-hoon
Song Min-jae
Jeon Kwang-ho
Hong Sung-wook
Ko Dong-won
Kim Chol-ho
Ri Song-il
Pak Yong-chol
Kim Kwang-hyok
Jon Myong-su
Choe Song-nam
Kim Song-sik Ri
Han Kwang-song
Ri Chol-jin
Kang Song-ho
@turkish person
Mehmet Yilmaz
Mustafa Demir
Ahmet Kaya
Ali Celik
Huseyin Sahin
Hasan Yildiz
Ibrahim Ozturk
Ismail Aydin
Osman Arslan
Yusuf Dogan
Murat Kilic
Omer Aslan
Ramazan Cetin
Halil Kara
Suleyman Koc
Abdullah Kurt
Mahmut Ozdemir
Recep Simsek
Kemal Polat
Bekir Ozkan
@gulf organization
Al Waha General Trading LLC
Sands Point Building Materials Trading LLC
Crescent Moon Electrical Contracting LLC
Palm Grove Foodstuff Trading LLC
Golden Dune Auto Spare Parts Trading LLC
Emirates Sky Tyres Trading LLC
Al Barsha Mobile Phones Trading LLC
Marina Gate Yacht Services LLC
Creekside Textiles Trading LLC
Silver Sands Technical Services LLC
Al Qusais Steel Fabrication LLC
Nakheel Garden Landscaping LLC
Arabian Horizon Shipping Agency LLC
Gulf Breeze Air Conditioning LLC
Pearl Coast Marine Engineering LLC
Al Safwa Medical Equipment Trading LLC
Bright Star Electronics Trading LLC
Blue Wave Logistics LLC
Desert Falcon Transport LLC
Al Mizhar Carpentry Works LLC
Sahara Oasis Foodstuff LLC
Royal Palm Perfumes Trading LLC
Liwa Dates Trading LLC
Hatta Mountain Tours LLC
Al Rigga Gold and Jewellery LLC
Muscat Green Valley Trading LLC
Gulf Horizon Engineering WLL
Al Khor Marine Services WLL
Manama Bay Real Estate WLL
Kuwait Star General Trading Company WLL
Riyadh Green Energy Company
Jeddah Coastal Shipping Agency
Eastern Province Industrial Supplies Company
Najd Valley Agricultural Company
Al Hasa Date Industries Company
@levantine organization
Cedars International Trading SAL
Beirut General Contracting Company
Levant Star Shipping Company SAL
Mediterranean Fresh Fruits Trading
Damascus Rose Perfume Industries
Orontes Valley Agricultural Company
Amman Green Technology Company
Jordan Gulf Logistics Company
Phoenician Marine Services SAL
Mount Hermon Mineral Water Company
@maghreb organization
Atlas Mountain Trading SARL
Maghreb Steel Industries SA
Sahara Solar Energy SARL
Casablanca Marine Engineering SA
Tunisian Olive Industries SA
Algerian Cereal Trading SPA
Mediterranean Phosphate Logistics SA
Souss Valley Agricultural Company
Rif Cedar Timber SARL
Medina Textile Group SARL
@egyptian organization
Nile Star Trading Company
Pyramids General Contracting Company
Delta Agricultural Development Company
Red Sea Marine Services SAE
Cairo International Engineering Group
Egyptian Gulf Petroleum Services
Sinai Mining and Quarrying Company
Upper Egypt Sugar Trading Company
Alexandria Marine Logistics SAE
Suez Industrial Chemicals SAE
@persian organization
Parsian Green Technology Company
Caspian Sea Fisheries Company
Persian Gulf Marine Engineering Co
Zagros Mountain Agricultural Company
Alborz Industrial Machinery Co
Persepolis Tourism Services Co
Khuzestan Date Trading Company
Golestan Cotton Industries Co
Sepahan Steel Pipe Company
Arvand Free Zone Trading Company
@chinese organization
Shenzhen Bright Future Electronics Co Ltd
Guangzhou Evergreen Trading Co Ltd
Shanghai Oriental Pearl Logistics Co Ltd
Beijing Sunrise Software Technology Co Ltd
Tianjin Harbour Machinery Co Ltd
Ningbo Ocean Shipping Agency Co Ltd
Xiamen Golden Bridge Import and Export Co Ltd
Qingdao Blue Sea Marine Products Co Ltd
Dalian Northern Heavy Industry Equipment Co Ltd
Wuhan Optical Valley Photonics Co Ltd
Chongqing Mountain City Motorcycle Parts Co Ltd
Hangzhou West Lake Silk Trading Co Ltd
Suzhou Industrial Park Precision Co Ltd
Jiangsu Yangtze Chemical Trading Co Ltd
Zhejiang Green Valley Agricultural Co Ltd
Shandong Golden Harvest Food Co Ltd
Hebei Great Wall Steel Wire Co Ltd
Fujian Ocean Pearl Aquatic Co Ltd
Anhui Yellow Mountain Tea Co Ltd
Hunan Xiangjiang Electric Motor Co Ltd
Sichuan Panda Pharmaceutical Packaging Co Ltd
Yunnan Colorful Flowers Trading Co Ltd
Guangxi Silver Beach Tourism Co Ltd
Henan Central Plains Flour Co Ltd
Jiangxi Red Earth Ceramics Co Ltd
Shanxi Coal Machinery Spare Parts Co Ltd
Liaoning Northeast Forestry Products Co Ltd
Jilin Ginseng Health Products Co Ltd
Heilongjiang Black Soil Soybean Co Ltd
Hainan Tropical Fruit Trading Co Ltd
Dongguan Everbright Plastic Products Co Ltd
Foshan Golden Lion Furniture Co Ltd
Zhongshan Lighting Fixtures Co Ltd
Huizhou Lithium Battery Packs Co Ltd
Jiangmen Stainless Kitchenware Co Ltd
Shaoxing Textile Dyeing Group Co Ltd
Wenzhou Eyeglass Frames Co Ltd
Taizhou Water Pump Manufacturing Co Ltd
Yantai Apple Juice Concentrate Co Ltd
Weihai Fishing Tackle Co Ltd
Linyi Plywood Trading Co Ltd
Zibo Ceramic Glaze Co Ltd
Baoding Leather Bags Co Ltd
Cangzhou Steel Fittings Co Ltd
Tangshan Porcelain Sanitary Ware Co Ltd
Luoyang Bearing Trading Co Ltd
Xuzhou Construction Tools Co Ltd
Kunshan Printed Circuit Trading Co Ltd
Changshu Garment Accessories Co Ltd
Yixing Purple Clay Teapot Co Ltd
@hong_kong organization
Victoria Harbour Trading Company Limited
Pearl River Delta Logistics Limited
Golden Dragon Jewellery Company Limited
Oriental Star Garments Limited
Kowloon Pacific Electronics Limited
Harbour View Shipping Agency Limited
Jade Garden Restaurant Group Limited
Peak Century Investment Limited
New Territories Engineering Limited
Lion Rock Printing Limited
Silver Mountain Holdings Limited
Evergreen Pacific Trading Limited
Fortune Star Watch Company Limited
Wing Fat Hardware Company Limited
Tai Hing Textile Company Limited
@singapore organization
Lion City Marine Supplies Pte Ltd
Straits Commodities Trading Pte Ltd
Merlion Electronics Components Pte Ltd
Equator Shipping Services Pte Ltd
Raffles Engineering Consultants Pte Ltd
Tembusu Green Energy Solutions Pte Ltd
Kallang Harbour Logistics Pte Ltd
Sentosa Leisure Services Pte Ltd
Marina Bay Financial Advisory Pte Ltd
Jurong Industrial Chemicals Pte Ltd
@russian organization
OOO Severnyy Veter Logistika
OOO Volga Trans Servis
OOO Ural Tekhno Grupp
OOO Sibir Energo Montazh
OOO Baltika Morskie Perevozki
OOO Tsentr Stroy Invest
OOO Yug Agro Torg
OOO Kama Promyshlennoe Oborudovanie
OOO Neva Tekstil Import
OOO Don Metall Servis
OOO Amur Les Eksport
OOO Zapad Avto Trans
OOO Vostok Neft Servis
OOO Rus Agro Tekh
OOO Moskovskaya Torgovaya Kompaniya Vesna
OOO Stroitelnaya Kompaniya Gorizont
OOO Tekhnologii Budushchego
OOO Promyshlennaya Khimiya Yug
OOO Inzhenernyy Tsentr Kvant
OOO Torgovyy Dom Rassvet
AO Zavod Elektroinstrument
AO Nauchno Proizvodstvennoe Predpriyatie Luch
OOO Transportnaya Kompaniya Magistral
OOO Agrofirma Zolotoy Kolos
OOO Mebelnaya Fabrika Uyut
OOO Kondyterskaya Fabrika Sladkiy Mir
OOO Stroymaterialy Optom
OOO Elektro Montazh Servis
OOO Avtozapchasti Plus
OOO Lesopilnyy Zavod Taiga
@turkish organization
Anadolu Dis Ticaret Ltd Sti
Marmara Gemi Insaat Sanayi AS
Ege Tekstil Sanayi ve Ticaret Ltd Sti
Akdeniz Gida Pazarlama Ltd Sti
Karadeniz Enerji Yatirim AS
Bogazici Lojistik Hizmetleri Ltd Sti
Toros Kimya Sanayi AS
Yildiz Elektronik Ticaret Ltd Sti
Kartal Insaat Taahhut Ltd Sti
Guney Tarim Urunleri Ltd Sti
Ozgur Makina Imalat Ltd Sti
Altin Kuyumculuk Ticaret AS
Deniz Nakliyat ve Ticaret Ltd Sti
Cinar Mobilya Sanayi Ltd Sti
Kuzey Otomotiv Yedek Parca Ltd Sti
Baskent Medikal Cihazlar Ltd Sti
Mavi Turizm Seyahat Acentasi Ltd Sti
Yesil Enerji Uretim AS
Gunes Plastik Ambalaj Sanayi Ltd Sti
Kaya Madencilik Ticaret AS
@korean organization
Hanmi Global Trading Co Ltd
Daesung Marine Engineering Co Ltd
Samjin Industrial Machinery Co Ltd
Kumho Precision Chemicals Co Ltd
Sungwoo Electronics Trading Co Ltd
Dongbang Shipping Agency Co Ltd
Hyeondae Bakery Supplies Co Ltd
Seyang Steel Structure Co Ltd
Korea Green Energy Technology Co Ltd
Pacific Ocean Fisheries Korea Co Ltd
Chosun Printing Industry Co Ltd
Shinhan Plastic Industrial Co Ltd
Hanil Construction Machinery Co Ltd
Daewon Textile Trading Co Ltd
Kyungnam Auto Parts Co Ltd
@hispanic organization
Comercializadora Internacional del Pacifico SA de CV
Grupo Industrial Monterrey Aceros SA de CV
Servicios Maritimos del Golfo SA de CV
Importadora y Exportadora Azteca SA de CV
Transportes y Logistica del Norte SA de CV
Constructora Sierra Madre SA de CV
Distribuidora Farmaceutica Nacional SA de CV
Inversiones Andinas del Sur SAS
Comercializadora Cafetera de Colombia SAS
Ingenieria y Construcciones Bolivar SAS
Agroindustrial del Caribe SAS
Petroleos y Servicios del Llano CA
Inversiones Caracas Dorada CA
Grupo Empresarial Pacifico Sur SA
Exportadora de Frutas del Peru SAC
Minera Andina del Sur SAC
Pesquera Austral Limitada
Naviera del Plata SA
Compania Agricola del Litoral SA
Corporacion Industrial Centroamericana SA
Frigorificos Unidos del Uruguay SA
Servicios Petroleros Amazonicos SA
Grupo Hotelero Caribe Azul SA
Banco Cooperativo Rural de Ahorro
Comercial Electrica Iberica SL
Naviera Atlantica Canaria SA
Industrias Metalurgicas del Ebro SA
Grupo Alimentario Mediterraneo SL
Transportes Internacionales Levante SL
Ingenieria Hidraulica Andaluza SL
@south_asian organization
Bharat Heavy Castings Private Limited
Shree Ganesh Trading Company
Universal Engineering Works Pvt Ltd
National Agro Industries Pvt Ltd
Global Pharma Exports Pvt Ltd
Indo Gulf Shipping Agency Pvt Ltd
Eastern Steel Traders Pvt Ltd
Western India Chemicals Pvt Ltd
Sun Star Electronics Pvt Ltd
Lotus International Trading Pvt Ltd
Royal Textile Mills Pvt Ltd
Golden Harvest Foods Pvt Ltd
Silver Line Logistics Pvt Ltd
Crescent Marine Services Pvt Ltd
Bombay Industrial Supplies Pvt Ltd
Madras Rubber Products Pvt Ltd
Calcutta Jute Trading Company
Delhi Metal Works Pvt Ltd
Gujarat Salt and Chemicals Pvt Ltd
Kerala Spices Trading Company
Punjab Agricultural Machinery Pvt Ltd
Karnataka Silk Industries Pvt Ltd
Andhra Aqua Exports Pvt Ltd
Orissa Mineral Traders Pvt Ltd
Himalayan Herbal Products Pvt Ltd
Karachi General Trading Company
Lahore Engineering Industries Pvt Ltd
Pak Gulf Construction Pvt Ltd
Indus Valley Textile Mills Ltd
Punjab Rice Exporters Pvt Ltd
Dhaka International Trading Ltd
Bengal Marine Engineering Ltd
Chittagong Steel Industries Ltd
Ceylon Tea Trading Company Pvt Ltd
Lanka Marine Services Pvt Ltd
@anglo organization
Atlantic Trading Company Ltd
Northern Star Shipping Ltd
Global Marine Engineering Ltd
Pacific Rim Electronics Inc
Continental Industrial Supplies Inc
Summit Energy Resources LLC
Pinnacle Investment Group LLC
Horizon Logistics Solutions Inc
Falcon Aviation Services Ltd
Eagle Technology Systems Inc
Phoenix General Trading Ltd
Crown Petroleum Services Ltd
Sterling Chemical Industries Ltd
Liberty Steel Products Inc
Titan Heavy Machinery Ltd
Meridian Commodities Ltd
Apex Precision Engineering Ltd
Frontier Mining Supplies Inc
Vanguard Security Services Ltd
Harbour Master Marine Ltd
Oakwood Capital Partners LLP
Kingfisher Aviation Ltd
Lighthouse Maritime Services Ltd
Redstone Construction Group Inc
Blue Ocean Fisheries Ltd
Victory International Freight Ltd
Emerald Isle Shipping Ltd
Trident Offshore Services Ltd
Granite State Manufacturing Inc
Silverline Industrial Gases Ltd
@european organization
Euro Asia Trading GmbH
Nordsee Schiffahrt GmbH
Alpen Technik Handels GmbH
Rhein Chemie Vertrieb GmbH
Donau Logistik GmbH
Baltic Sea Trading AB
Scandinavian Marine Engineering AS
Mediterranean Shipping Agency Srl
Adriatica Trasporti Srl
Iberia Industrial Supplies SL
Atlantique Negoce International SARL
Europa Metal Trading BV
Holland Marine Equipment BV
Benelux Chemical Distribution NV
Helvetia Precision Instruments AG
Danube Grain Trading SRL
Balkan Energy Investments DOO
Carpathian Timber Export SRL
Polonia Steel Trading Sp z oo
Bohemia Glass Export sro
Hellenic Marine Services SA
Aegean Shipping Management SA
Cyprus Maritime Holdings Ltd
Malta Freight Forwarders Ltd
Lusitania Trading Lda
@sudanese_yemeni person
Mohamed Osman Abdalla
Ahmed Hassan Babiker
Ali Mohamed Elhassan
Omer Ahmed Elnour Musa
Hassan Ali Abdelgadir
Ibrahim Mohamed Adam
Yousif Ahmed Ismail
Abdelrahman Ali Hamid
Mustafa Osman Yousif
Khalid Mohamed Salih
Abdullah Ahmed Al Hakimi
Mohammed Ali Al Sanabani
Ahmed Saleh Al Eryani
Ali Abdullah Al Qadhi
Saleh Mohammed Al Ahdal Nasser
Yahya Ahmed Al Mutawakel
Abdulkarim Ali Al Iryani
Hamoud Saleh Al Dhahab
Fuad Mohammed Al Shamiri
Nabil Abdo Al Sharabi
@somali person
Mohamed Abdi Hassan
Ahmed Ali Warsame
Abdullahi Mohamed Warfaa Nur
Hassan Ahmed Mohamud
Ali Osman Abdi
Omar Hussein Farah
Ibrahim Mohamed Jama
Yusuf Abdullahi Ali
Abdirashid Hassan Omar
Mohamed Ali Abdirahman
Fatima Ahmed Hussein
Amina Mohamed Ali
Hawa Abdi Osman
Khadija Hassan Ibrahim
Maryan Omar Yusuf
@west_african person
Mohammed Sani Abdullahi
Abubakar Ibrahim Usman
Musa Aliyu Bello
Sani Mohammed Lawal
Aliyu Abubakar Sadiq
Ibrahim Yusuf Suleiman
Umar Faruk Haruna
Abdullahi Musa Danladi
Yusuf Ahmed Garba
Hassan Bala Idris
Ahmed Tijani Ibrahim
Usman Abdulkadir Yakubu
Bashir Umar Mohammed
Kabiru Aminu Ali
Nasiru Hassan Shehu
Oumar Moussa Diallo
Ibrahima Ali Sow
Mamadou Saliou Barry
Abdoulaye Ahmed Toure
Moussa Ibrahim Cisse
Amadou Oumar Ba
Boubacar Hassan Maiga
Alhassane Mohamed Conde
Souleymane Ali Sangare
Mahamadou Issa Diarra
@central_asian person
Akhmad Ismailovich Khasanov
Ali Mukhammadovich Nazarov
Ibragim Akhmedovich Aliev
Rustam Ibragimovich Yusupov
Shavkat Abdullaevich Rakhimov
Abdulla Karimovich Usmanov
Alisher Rashidovich Mirzaev
Bakhodir Akhmadovich Saidov
Jamshid Aliyevich Kurbanov
Murod Khasanovich Ismoilov
Davron Abdurakhmonovich Tashkentov
Sardor Ismatullaevich Khamidov
Farkhod Mukhammadovich Nematov
Anvar Umarovich Safarov
Said Akhmedovich Magomedov
Magomed Abdulaevich Gadzhiev
Ramzan Akhmedovich Saidov
Shamil Magomedovich Omarov
Rasul Gadzhievich Aliev
Murad Ibragimovich Khalilov
@malay person
Mohd Hafiz bin Abdullah
Ahmad Zaki bin Hassan
Muhammad Firdaus bin Ismail
Mohd Rizal bin Ahmad
Abdul Rahman bin Mohamed
Ismail bin Yusof
Hassan bin Ali
Mohd Fadzil bin Ibrahim
Mohamad Nasir bin Osman
Ahmad Kamal bin Abdul Aziz
Siti Aminah binti Hassan
Nur Fatimah binti Ahmad
Noraini binti Mohamed
Zainab binti Ismail
Aishah binti Abdullah
@indonesian person
Muhammad Rizki Ramadhan
Ahmad Syahrul Hidayat
Abdul Rahman Harahap
Muhammad Iqbal Lubis
Ali Akbar Pohan
Hasan Basri Tanjung
Umar Said Daulay
Ibrahim Yusuf Sitompul
Rahmat Hidayatullah
Fauzan Abdillah
@filipino person
Mohammad Ali Abdullah Dimakuta
Abdul Hamid Macarambon
Ahmad Usman Sarip
Hassan Ibrahim Tanggol
Omar Ali Mangondato
Jamal Ahmad Abubakar Said
Yusop Ali Balindong
Ismael Mohammad Pangandaman
Abdulrahman Ali Lucman
Nasser Ahmad Lomondot
@west_african organization
Sahel General Trading Company Ltd
Niger Delta Marine Services Ltd
West Africa Cement Trading Ltd
Atlantic Fisheries Nigeria Ltd
Northern Nigeria Grain Merchants Ltd
Gold Coast Mining Equipment Ltd
Volta River Transport Ltd
Senegal River Agricultural Company SA
Ivory Coast International Trading SA
Gulf of Guinea Petroleum Services Ltd
@east_african organization
East Africa General Trading Ltd
Great Rift Valley Engineering Ltd
Indian Ocean Shipping Agency Ltd
Lake Victoria Marine Transport Ltd
Kilimanjaro Mining Supplies Ltd
Horn of Africa Logistics Ltd
Red Sea Coast Trading PLC
Abyssinia Industrial Engineering PLC
Somali International Trading Company
Juba River Agricultural Company
@southern_african organization
Southern Cross Mining Equipment Pty Ltd
Zambezi River Trading Ltd
Kalahari Energy Resources Pty Ltd
Limpopo Valley Agricultural Pty Ltd
Namib Marine Diamonds Pty Ltd
Cape Industrial Chemicals Pty Ltd
Copperbelt Engineering Services Ltd
Mozambique Channel Shipping Lda
Indian Ocean Fisheries Madagascar SARL
Victoria Falls Tourism Services Ltd
@vietnamese organization
Saigon General Trading Co Ltd
Mekong Delta Agricultural Products Co Ltd
Hanoi Industrial Machinery JSC
Vietnam Ocean Shipping Agency JSC
Red River Construction JSC
Haiphong Port Logistics JSC
Dong Nai Rubber Trading Co Ltd
Central Highlands Coffee Trading JSC
Vung Tau Offshore Services JSC
Cam Ranh Marine Products Co Ltd
@indonesian organization
PT Samudera Logistik Nusantara
PT Bintang Timur Trading
PT Sinar Jaya Elektronik
PT Mitra Energi Abadi
PT Karya Teknik Utama
PT Global Maritim Indonesia
PT Surya Kimia Industri
PT Mega Konstruksi Persada
PT Pacific Palm Oil Trading
PT Borneo Coal Mining Services
@thai organization
Siam General Trading Co Ltd
Thai Union Marine Services Co Ltd
Bangkok Industrial Machinery Co Ltd
Chao Phraya Shipping Agency Co Ltd
Andaman Sea Fisheries Co Ltd
Eastern Seaboard Petrochemical Trading Co Ltd
Golden Triangle Logistics Co Ltd
Isan Rice Trading Co Ltd
@filipino organization
Pacific Ocean Shipping Lines Inc
Luzon General Trading Corporation
Visayas Marine Engineering Inc
Mindanao Agricultural Development Corporation
Philippine Industrial Supplies Inc
Manila Bay Logistics Corporation
Southern Star Electronics Philippines Inc
Archipelago Energy Resources Inc
@malay organization
Borneo Marine Engineering Sdn Bhd
Malaysia General Trading Sdn Bhd
Selangor Industrial Supplies Sdn Bhd
Straits Energy Services Sdn Bhd
Klang Port Logistics Sdn Bhd
Malacca Shipping Agency Sdn Bhd
Penang Electronics Components Sdn Bhd
Kuala Lumpur Engineering Consultants Sdn Bhd
@central_asian organization
Central Asia General Trading LLC
Silk Road Logistics LLC
Turan Industrial Equipment LLC
Steppe Energy Services TOO
Kazakh Grain Trading TOO
Caspian Marine Services TOO
Tashkent Textile Group LLC
Pamir Mining Supplies LLC
Tien Shan Construction LLC
Aral Sea Fisheries LLC
@caucasus organization
Caucasus General Trading LLC
Black Sea Shipping Agency LLC
Caspian Oil Services LLC
Ararat International Trading LLC
Transcaucasian Logistics LLC
Kura River Agricultural Company LLC
@ukrainian organization
TOV Dnipro Promyslove Obladnannya
TOV Azov Morski Perevezennya
TOV Ukrainska Torgova Kompaniya Veselka
TOV Pivdenna Agro Grupa
TOV Zakhidna Budivelna Kompaniya
TOV Skhidna Enerhetychna Kompaniya
TOV Kyivska Logistychna Kompaniya
TOV Chornomorska Ryba
@levantine person
Elias Youssef Haddad
Michel Georges Khoury
Antoine Elias Saade
Joseph Michel Haddad
Pierre Antoine Nader
Charbel Georges Abi Nader
Fady Youssef Hanna
Sami Georges Tannous
Roger Elias Karam
Maroun Joseph Chalhoub
Ibrahim Khalil Atallah
Nabil Youssef Saad
Issa Hanna Saba
Jiries Khalil Hanna
Ayman Yousef Sabbagh
@iraqi person
Ahmed Hussein Al Khazraji
Ali Abbas Al Bayati
Mohammed Jasim Al Juburi
Hussein Ali Al Hilli
Zaid Ahmed Al Rawi
Omar Khalid Al Tikriti Hamad
Mahmoud Ali Al Dulaimy
Sadiq Jafar Al Najafi
Nabil Hussein Al Basri
Raad Mohammed Al Mosuli
Firas Ahmed Al Ubaidi
Wissam Ali Al Amiri
Karrar Hussein Al Shaibani
Mushtaq Ali Al Yasiri
Ammar Hassan Al Fatlawi
@gulf person
Sultan Mohammed Al Naimi
Abdulaziz Ali Al Shehhi
Hamad Rashid Al Neyadi
Obaid Saeed Al Tayer
Mohammed Obaid Al Dhaheri
Khalid Abdulla Al Suwaidi
Salim Ali Al Hinai
Hilal Saif Al Habsi
Ahmed Salim Al Maskari
Said Ali Al Rashdi
Abdullah Nasser Al Khalaf Hamad
Ali Yousef Al Mannai
Ahmed Jassim Al Mulla
Nasser Abdullah Al Dossary
Waleed Ahmed Al Sheikh
@persian person
Mohammad Taghi Karimi
Ali Naghi Moradi
Hossein Ali Nazari
Abolfazl Rahimi Far
Mohammad Mehdi Amini
Reza Gholami
Masoud Jafarzadeh
Ali Hosseinzadeh
Mahdi Alizadeh
Saeed Rahimzadeh
Ali Reza Tavakoli
Mohsen Yazdani
Hamid Sadeghi
Ahmad Khorasani Nejad
Hassan Shirazi
Mohammad Amin Tehrani
Reza Esfahani
Ali Tabrizi
Mahmoud Kermani
Javad Mashhadi
@hispanic person
Juan Jose Gonzalez Rodriguez
Jose Manuel Perez Hernandez
Luis Miguel Sanchez Martinez
Carlos Eduardo Lopez Ramirez
Juan Pablo Torres Gomez
Jose Antonio Diaz Flores
Jose Maria Castro Vargas
Juan Carlos Moreno Rojas
Jorge Alberto Ortiz Medina
Carlos Enrique Herrera Reyes
Luis Eduardo Jimenez Ruiz
Miguel Antonio Cruz Mendoza
Pedro Jose Morales Aguilar
Jose Alfredo Salazar Vega
Juan Jose Castillo Romero
Francisco Jose Gutierrez Silva
Manuel Jesus Ramos Guerrero
Rafael Angel Navarro Ortega
Jose Ignacio Delgado Munoz
Oscar Javier Rivera Pena
@russian person
Sergey Aleksandrovich Ivanov Petrovskiy
Aleksandr Sergeyevich Kuznetsov
Vladimir Viktorovich Popov
Andrey Aleksandrovich Sokolov
Dmitriy Sergeyevich Lebedev
Aleksey Vladimirovich Kozlov
Mikhail Yuryevich Novikov
Nikolay Sergeyevich Morozov
Yevgeniy Aleksandrovich Volkov
Igor Vladimirovich Solovyev
Viktor Ivanovich Vasilyev
Oleg Aleksandrovich Zaytsev
Yuriy Sergeyevich Pavlov
Pavel Vladimirovich Semenov
Ivan Sergeyevich Golubev
Roman Aleksandrovich Vinogradov
Konstantin Sergeyevich Bogdanov
Maksim Vladimirovich Vorobyev
Denis Aleksandrovich Fedorov
Artem Sergeyevich Mikhaylov
@gulf organization
Al Amal General Trading LLC
Al Baraka Foodstuff Trading LLC
Al Hilal Building Contracting LLC
Al Rawda Auto Spare Parts LLC
Al Sahra Technical Services LLC
Al Zahra Medical Supplies LLC
Al Fajr Electronics Trading LLC
Al Jazira Marine Services LLC
Al Manara Shipping LLC
Al Naseem Air Conditioning LLC
Al Yasmeen Flowers Trading LLC
Al Shams Solar Energy LLC
Al Ahlia Steel Trading LLC
Al Reem Interior Decoration LLC
Al Maha Catering Services LLC
@persian organization
Tehran Green Valley Trading Company
Iranian Carpet Weavers Cooperative
Pars Electronic Components Co
Kaveh Industrial Engineering Co
Shiraz Agricultural Machinery Co
Tabriz Auto Parts Manufacturing Co
Isfahan Steel Products Trading Co
Mashhad Saffron Trading Company
Bandar Abbas Marine Services Co
Ahvaz Petroleum Equipment Trading Co
@russian organization
OOO Torgovyy Dom Severnyy
OOO Promyshlennaya Kompaniya Ural Tekh
OOO Inzhiniring Servis Plyus
OOO Morskaya Logistika Vostok
OOO Transportnaya Kompaniya Sibir Trans
OOO Energeticheskaya Kompaniya Svet
OOO Khimicheskaya Promyshlennost Volga
OOO Stroitelnaya Gruppa Fundament
OOO Agropromyshlennaya Kompaniya Niva
OOO Metallurgicheskaya Kompaniya Stal Plyus
@turkish organization
Istanbul Genel Ticaret Ltd Sti
Ankara Muhendislik Hizmetleri AS
Izmir Deniz Tasimaciligi Ltd Sti
Mersin Uluslararasi Lojistik AS
Bursa Otomotiv Sanayi Ltd Sti
Kocaeli Kimya Ticaret AS
Trabzon Balikcilik Ltd Sti
Gaziantep Tekstil Ihracat Ltd Sti
Kayseri Celik Konstruksiyon AS
Samsun Tarim Makinalari Ltd Sti
@chinese organization
Shenzhen Huaxing Electronic Technology Co Ltd
Guangzhou Tianhe Trading Co Ltd
Shanghai Pudong Marine Engineering Co Ltd
Beijing Zhongguancun Software Co Ltd
Tianjin Binhai Logistics Co Ltd
Ningbo Beilun Port Services Co Ltd
Xiamen Haicang Import Export Co Ltd
Qingdao Huangdao Machinery Co Ltd
Dalian Jinzhou Chemical Trading Co Ltd
Wuhan Hanyang Steel Structure Co Ltd
Chengdu Tianfu Electronics Co Ltd
Hangzhou Xiaoshan Textile Trading Co Ltd
Nanjing Jiangning Industrial Equipment Co Ltd
Suzhou Wuzhong Precision Machinery Co Ltd
Zhengzhou Zhongyuan Heavy Industry Co Ltd
@hispanic organization
Comercializadora del Norte SA de CV
Industrias del Pacifico SA
Transportes Maritimos del Sur SA
Inversiones del Caribe SA
Distribuidora Internacional Andina SAS
Servicios Industriales del Golfo SA de CV
Grupo Comercial Latinoamericano SA
Exportadora Agricola del Valle SA
Constructora Nacional del Centro SA
Tecnologia y Servicios Integrales SA de CV
"""

if __name__ == "__main__":
    sys.exit(main())
