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
    list: str  # us_ofac_sdn, us_ofac_cons, un_sc, us_csl, us_bis_dpl
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
    "LTD", "LLC", "INC", "CO", "CORP", "CORPORATION", "COMPANY", "LIMITED", "GMBH", "AG", "SA",
    "TRADING", "INDUSTRIES", "INDUSTRY", "GROUP", "BANK", "JSC", "OOO", "PJSC", "OJSC", "CJSC",
    "ENTERPRISE", "ENTERPRISES", "INTERNATIONAL", "TECHNOLOGY", "TECHNOLOGIES", "INSTITUTE",
    "UNIVERSITY", "ELECTRONICS", "SHIPPING", "HOLDING", "HOLDINGS", "SERVICES", "PLC", "SRL",
    "SARL", "BV", "FZE", "FZCO", "PTE", "PVT", "LLP", "AO", "ZAO", "OAO", "CENTER", "CENTRE",
    "FACTORY", "ACADEMY", "LABORATORY", "ORGANIZATION", "FOUNDATION", "ASSOCIATION", "BUREAU",
}


def _ofac(group: str, lst: str, prim: str, alt: str, add: str, entries: list[Entry]) -> None:
    by_id: dict[str, Entry] = {}
    for row in csv.reader(io.StringIO(_read_text(LISTS / prim))):
        if len(row) < 12:
            continue
        typ = _clean(row[2]).lower()
        kind = {"individual": "person", "vessel": "vessel", "aircraft": "aircraft"}.get(typ, "organization")
        remarks = _clean(row[11])
        e = Entry(
            idx=len(entries), list=lst, group=group, list_id=row[0].strip(), name=_clean(row[1]),
            kind=kind, birth_year=_year(remarks.split("DOB", 1)[1]) if "DOB" in remarks else "",
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
                idx=len(entries), list="un_sc", group="un",
                list_id=(node.findtext("REFERENCE_NUMBER") or "").strip(), name=name, kind=kind,
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
                    x for x in ((ad.findtext("CITY") or "").strip(), (ad.findtext("STATE_PROVINCE") or "").strip()) if x
                )
                country = (ad.findtext("COUNTRY") or "").strip()
                if street or city or country:
                    e.addresses.append((street, city, country))
            for dob in node.iter("INDIVIDUAL_DATE_OF_BIRTH"):
                y = (dob.findtext("YEAR") or "").strip() or _year(dob.findtext("DATE") or "")
                if y and not e.birth_year:
                    e.birth_year = y
            nat = " ".join((v.text or "") for v in node.iter("VALUE"))
            e.context = " ".join([(node.findtext("UN_LIST_TYPE") or ""), nat, (node.findtext("GENDER") or ""), (node.findtext("COMMENTS1") or "")[:300]])
            entries.append(e)


def _csl(entries: list[Entry]) -> None:
    for row in csv.DictReader(io.StringIO(_read_text(LISTS / "us_csl" / "consolidated_2022-05.csv.gz"))):
        name = (row["name"] or "").strip()
        if not name:
            continue
        typ = (row["type"] or "").strip().lower()
        kind = {"individual": "person", "entity": "organization", "vessel": "vessel", "aircraft": "aircraft"}.get(typ, "")
        if not kind:
            kind = "organization" if set(tokens(name)) & COMPANY_HINTS else "other"
        sdn = row["source"].startswith("Specially Designated Nationals")
        e = Entry(
            idx=len(entries), list="us_csl", group="csl_sdn" if sdn else "csl_other", list_id=row["_id"].strip(),
            name=name, kind=kind, link=(row["entity_number"] or "").strip(),
            birth_year=_year(row["dates_of_birth"] or ""),
            context=" ".join([row["programs"] or "", row["nationalities"] or "", row["citizenships"] or "",
                              row["places_of_birth"] or "", row["source"], row["ids"] or "", row["remarks"] or ""]),
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
    for row in csv.DictReader(io.StringIO(_read_text(LISTS / "bis_dpl" / "dpl_2023-11-30.txt.gz")), delimiter="\t"):
        name = (row.get("Name") or "").strip()
        if not name:
            continue
        kind = "organization" if set(tokens(name)) & COMPANY_HINTS else "person"
        e = Entry(idx=len(entries), list="us_bis_dpl", group="dpl", list_id=str(len(entries)), name=name, kind=kind)
        e.addresses.append(((row.get("Street_Address") or "").strip(), (row.get("City") or "").strip(),
                            (row.get("Country") or "").strip()))
        entries.append(e)


def load() -> list[Entry]:
    entries: list[Entry] = []
    _ofac("sdn", "us_ofac_sdn", "ofac_sdn/sdn.csv.gz", "ofac_sdn/alt.csv.gz", "ofac_sdn/add.csv.gz", entries)
    _ofac("cons", "us_ofac_cons", "ofac_cons/cons_prim.csv.gz", "ofac_cons/cons_alt.csv.gz",
          "ofac_cons/cons_add.csv.gz", entries)
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
    "LLC", "LTD", "LIMITED", "CO", "COMPANY", "CORP", "CORPORATION", "INC", "INCORPORATED", "JSC",
    "OJSC", "CJSC", "PJSC", "PAO", "OAO", "ZAO", "AO", "OOO", "SA", "SAS", "SARL", "SRL", "SPA",
    "GMBH", "AG", "KG", "BV", "NV", "PLC", "PTE", "PVT", "PTY", "DOO", "AD", "KFT", "ZOO", "OBSHCHESTVO",
    "OGRANICHENNOY", "OGRANICHENNOI", "OTVETSTVENNOSTYU", "AKTSIONERNOE", "OTKRYTOE", "ZAKRYTOE",
    "PUBLICHNOE", "FZE", "FZCO", "FZC", "LLP", "LP", "SDN", "BHD", "TOO", "TOV", "UAB", "SIA", "OY",
    "AB", "KK", "JV", "EIRL", "CV", "LIABILITY", "JOINT", "STOCK", "SIRKETI", "ANONIM", "SOCIEDAD",
    "ANONIMA", "SOCIETE", "ANONYME", "GESELLSCHAFT", "HAFTUNG", "BESCHRANKTER", "DD", "EOOD", "OOD",
    "SPOLKA", "ZOO", "SRO", "AS", "APS", "PT", "TBK", "CIA", "LTDA", "EHF", "OU", "PJS",
}
PARTICLES = {"AL", "EL", "BIN", "BINT", "IBN", "ABU", "ABD", "DE", "DA", "DI", "DEL", "LA", "LE", "VAN",
             "VON", "DER", "DOS", "DAS", "DO", "Y", "E", "OF", "THE", "AND", "FOR", "BEN", "UL", "UD"}
HONORIFICS = {"SAYYED", "SAYED", "SAYYID", "SEYED", "SEYYED", "AGHA", "HAJI", "HAJJI", "HAJ", "MULLAH",
              "MULLA", "MAWLAWI", "MAULAVI", "MAULVI", "QARI", "SHEIKH", "SHAIKH", "KHAN", "SHAH",
              "MIR", "SARDAR", "DR", "MR", "MRS", "GEN", "COL", "AMIR", "SYED", "SAYYIDA"}


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
    return [s[:i] + s[i + 1:] for i in range(len(s))]


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
                counts = len(comp) >= 2 or (e.kind in ("organization", "other") and len(comp[0]) >= 4)
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
        if e.list == "us_ofac_sdn":
            sdn_by_id[e.list_id] = e.idx
        for nm in [e.name, *e.aliases]:
            toks = tokens(nm)
            if len(toks) >= 2:
                key = tuple(sorted(toks))
                if key in first:
                    union(first[key], e.idx)
                else:
                    first[key] = e.idx
    for e in entries:
        if e.list == "us_csl" and e.link in sdn_by_id:
            union(sdn_by_id[e.link], e.idx)
    for e in entries:
        e.party = find(e.idx)


# ---------------------------------------------------------------------------------------------
# Word tables (my own)
# ---------------------------------------------------------------------------------------------

ARABIC: dict[str, list[str]] = {
    "MUHAMMAD": ["MOHAMMED", "MOHAMAD", "MUHAMMED", "MOHAMMAD"], "MOHAMMED": ["MUHAMMAD", "MOHAMED"],
    "MOHAMMAD": ["MUHAMMAD", "MOHAMAD"], "MOHAMED": ["MOHAMMED", "MUHAMMAD"], "MUHAMMED": ["MUHAMMAD"],
    "HUSAYN": ["HUSSEIN", "HUSEIN", "HUSSAIN"], "HUSSEIN": ["HUSAYN", "HUSSAIN"], "HUSSAIN": ["HUSAYN", "HUSSEIN"],
    "HASAN": ["HASSAN"], "HASSAN": ["HASAN"], "AHMAD": ["AHMED"], "AHMED": ["AHMAD"],
    "ABDALLAH": ["ABDULLAH", "ABDULLA"], "ABDULLAH": ["ABDALLAH", "ABDULA"], "YUSUF": ["YOUSSEF", "YOUSEF"],
    "YOUSSEF": ["YUSUF"], "YOUSEF": ["YUSUF", "YOUSSEF"], "UMAR": ["OMAR"], "OMAR": ["UMAR"],
    "USAMA": ["OSAMA"], "OSAMA": ["USAMA"], "KHALID": ["KHALED"], "KHALED": ["KHALID"],
    "SAEED": ["SAID", "SAEID"], "SAID": ["SAEED"], "MAHMUD": ["MAHMOUD"], "MAHMOUD": ["MAHMUD"],
    "MUSTAFA": ["MOSTAFA", "MOUSTAFA"], "MUSTAPHA": ["MUSTAFA"], "YAHYA": ["YEHIA", "YAHIA"],
    "SALIH": ["SALEH"], "SALEH": ["SALIH"], "FAYSAL": ["FEISAL", "FAISAL"], "FAISAL": ["FAYSAL"],
    "JAMAL": ["GAMAL"], "HAMID": ["HAMED"], "HAMED": ["HAMID"], "NASIR": ["NASSER", "NASER"],
    "NASSER": ["NASIR"], "ZAYD": ["ZEID", "ZAID"], "ZAID": ["ZAYD"], "UTHMAN": ["OTHMAN", "OSMAN"],
    "OTHMAN": ["UTHMAN"], "ABU": ["ABOU"], "ABOU": ["ABU"], "IBRAHIM": ["EBRAHIM", "IBRAHEEM"],
    "ISMAIL": ["ISMAEL", "ESMAIL"], "YASIN": ["YASSIN", "YASEEN"], "YASSIN": ["YASIN"], "AYMAN": ["AIMAN"],
    "HISHAM": ["HESHAM"], "QASIM": ["KASSEM", "QASSIM"], "SULAYMAN": ["SULEIMAN", "SOLIMAN"],
    "SULEIMAN": ["SULAYMAN"], "TARIQ": ["TAREK", "TARIK"], "TAREK": ["TARIQ"], "KARIM": ["KAREEM"],
    "RASHID": ["RACHID", "RASHEED"], "HAMZA": ["HAMZAH"], "JAFAR": ["JAAFAR", "JAFFAR"], "MUSA": ["MOUSSA", "MOUSA"],
    "ISA": ["EISA", "ISSA"], "ABDUL": ["ABDEL", "ABD AL"], "ABDEL": ["ABDUL"], "NUR": ["NOUR", "NOOR"],
    "NOUR": ["NUR"], "WALID": ["WALEED"], "WALEED": ["WALID"], "KHALIL": ["KHALEEL"], "YUNUS": ["YOUNES", "YOUNIS"],
    "SAAD": ["SAD", "SAAAD"], "ALI": ["ALY"], "MAJID": ["MAJED", "MAGED"], "SHAFIQ": ["SHAFIK"], "RAFIQ": ["RAFIK"],
    "MUNIR": ["MOUNIR"], "MANSUR": ["MANSOUR"], "MANSOUR": ["MANSUR"], "NABIL": ["NABEEL"], "FUAD": ["FOUAD"],
    "HAYTHAM": ["HAITHAM"], "HAITHAM": ["HAYTHAM"], "BASHIR": ["BACHIR", "BASHEER"], "ADIL": ["ADEL"],
    "ADEL": ["ADIL"], "AMIN": ["AMEEN"], "HABIB": ["HABEEB"], "ZUHAYR": ["ZUHAIR", "ZOHEIR"], "SUHAYL": ["SUHAIL"],
    "HUSAM": ["HOSSAM"], "IMAD": ["EMAD"], "IYAD": ["EYAD"], "ISAM": ["ESSAM"], "AWAD": ["AOUAD"],
}
PERSIAN: dict[str, list[str]] = {
    "HOSSEIN": ["HOSEIN", "HOSEYN", "HUSEIN"], "HOSEIN": ["HOSSEIN"], "HOSEYN": ["HOSSEIN"],
    "GHOLAM": ["QOLAM", "GOLAM"], "GHOLAMREZA": ["QOLAMREZA", "GHOLAM REZA"], "SEYED": ["SEYYED", "SAYED"],
    "SEYYED": ["SEYED", "SAYYED"], "SAYYED": ["SEYYED"], "MOHAMMAD": ["MOHAMAD", "MUHAMMAD"],
    "REZA": ["RIZA"], "ABOLFAZL": ["ABULFAZL", "ABOLFAZEL"], "ABDOLLAH": ["ABDULLAH", "ABDOLAH"],
    "ASGHAR": ["ASQAR", "ASGAR"], "GHASEM": ["QASEM", "GHASSEM"], "QASEM": ["GHASEM"], "MEHDI": ["MAHDI"],
    "MAHDI": ["MEHDI"], "MOJTABA": ["MUJTABA"], "MORTEZA": ["MORTAZA", "MURTAZA"], "MOSTAFA": ["MUSTAFA"],
    "EBRAHIM": ["IBRAHIM", "EBRAHEEM"], "ESMAIL": ["ESMAEIL", "ISMAIL"], "ESMAEIL": ["ESMAIL"],
    "JAVAD": ["JAWAD"], "HAMID": ["HAMEED"], "HAMIDREZA": ["HAMID REZA"], "MOHAMMADREZA": ["MOHAMMAD REZA"],
    "ALIREZA": ["ALI REZA"], "AMIR": ["AMEER"], "MAHMOUD": ["MAHMUD"], "KHOSROW": ["KHOSRO", "KHOSROU"],
    "FEREYDOUN": ["FEREYDOON", "FERIDUN"], "FARHAD": ["FARHOD"], "BEHROUZ": ["BEHROOZ"], "BEHZAD": ["BEHZAAD"],
    "DAVOUD": ["DAVOOD", "DAWUD"], "YOUSEF": ["YUSEF"], "ROSTAM": ["RUSTAM"], "GHOLAMHOSSEIN": ["GHOLAM HOSSEIN"],
    "JAFARI": ["JAFFARI"], "GHORBANI": ["QORBANI"], "HOSSEINI": ["HOSEINI", "HUSSEINI"], "SHIRAZI": ["SHIRAAZI"],
    "SAFAVI": ["SAFAWI"], "VAHIDI": ["WAHIDI"], "KAZEMI": ["KAZIMI", "KAZEMY"], "RAHIMI": ["RAHIMY"],
    "NOURI": ["NURI", "NOORI"], "MOUSAVI": ["MUSAVI", "MOOSAVI"], "MOHSEN": ["MOHSIN"], "NASER": ["NASSER"],
}
RUSSIAN: dict[str, list[str]] = {
    "ALEKSANDR": ["ALEXANDER", "ALEKSANDER", "ALEXANDR"], "ALEXANDER": ["ALEKSANDR"], "ALEKSEY": ["ALEXEI", "ALEKSEI"],
    "ALEKSEI": ["ALEKSEY", "ALEXEY"], "SERGEY": ["SERGEI", "SERGUEI"], "SERGEI": ["SERGEY"],
    "YEVGENIY": ["EVGENY", "YEVGENY", "EVGENII"], "EVGENIY": ["YEVGENIY", "EVGENY"], "DMITRIY": ["DMITRY", "DMITRII"],
    "DMITRY": ["DMITRIY"], "YURIY": ["YURI", "IURII"], "YURI": ["YURIY"], "ANDREY": ["ANDREI", "ANDREJ"],
    "ANDREI": ["ANDREY"], "NIKOLAY": ["NIKOLAI"], "NIKOLAI": ["NIKOLAY"], "MIKHAIL": ["MIHAIL", "MICHAIL"],
    "VALERIY": ["VALERY", "VALERII"], "VITALIY": ["VITALY", "VITALII"], "ANATOLIY": ["ANATOLY"],
    "GENNADIY": ["GENNADY"], "ARKADIY": ["ARKADY"], "VIKTOR": ["VICTOR"], "VYACHESLAV": ["VIACHESLAV"],
    "YAKOV": ["IAKOV", "JAKOV"], "ILYA": ["ILIA", "ILJA"], "PYOTR": ["PETR", "PIOTR"], "PETR": ["PYOTR"],
    "FEDOR": ["FYODOR", "FEODOR"], "FYODOR": ["FEDOR"], "KONSTANTIN": ["CONSTANTIN"], "MAKSIM": ["MAXIM"],
    "NATALYA": ["NATALIA", "NATALIYA"], "TATYANA": ["TATIANA"], "OLGA": ["OLHA"], "YELENA": ["ELENA"],
    "ELENA": ["YELENA"], "IGOR": ["IGOR'"], "ARTYOM": ["ARTEM"], "ARTEM": ["ARTYOM"], "SEMYON": ["SEMEN"],
    "YEGOR": ["EGOR"], "GRIGORIY": ["GRIGORY"], "VASILIY": ["VASILY", "VASSILY"], "ALEKSANDROVICH": ["ALEXANDROVICH"],
    "ALEKSEYEVICH": ["ALEKSEEVICH", "ALEXEEVICH"], "SERGEYEVICH": ["SERGEEVICH"], "SERGEYEVNA": ["SERGEEVNA"],
    "YURYEVICH": ["YURIEVICH", "IURIEVICH"], "ANDREYEVICH": ["ANDREEVICH"], "NIKOLAYEVICH": ["NIKOLAEVICH"],
    "VALERYEVICH": ["VALERIEVICH"], "VIKTOROVICH": ["VICTOROVICH"], "ANATOLYEVICH": ["ANATOLIEVICH"],
    "GENNADYEVICH": ["GENNADIEVICH"], "VITALYEVICH": ["VITALIEVICH"], "MIKHAILOVICH": ["MIHAILOVICH"],
}
RUSSIAN_SUFFIX: list[tuple[str, list[str]]] = [
    ("SKIY", ["SKY", "SKI", "SKII"]), ("SKAYA", ["SKAIA"]), ("YEV", ["EV", "IEV"]), ("YEVA", ["EVA"]),
    ("OV", ["OFF"]), ("EV", ["EFF"]), ("IY", ["Y", "II"]), ("YY", ["Y", "II"]), ("KH", ["H"]),
]
KOREAN: dict[str, list[str]] = {
    "PAK": ["PARK", "BAK"], "PARK": ["PAK"], "RI": ["LEE", "YI", "RHEE"], "LEE": ["RI", "YI"], "JONG": ["CHONG", "JEONG"],
    "CHONG": ["JONG", "JEONG"], "CHOL": ["CHEOL", "CHUL"], "CHOE": ["CHOI"], "CHOI": ["CHOE"], "SOK": ["SEOK", "SUK"],
    "HYOK": ["HYUK", "HYEOK"], "YONG": ["YEONG", "RYONG"], "UN": ["EUN"], "GWANG": ["KWANG"], "KWANG": ["GWANG"],
    "GYONG": ["KYONG", "KYEONG"], "KYONG": ["GYONG", "KYEONG"], "KUM": ["GEUM", "KEUM"], "MYONG": ["MYEONG", "MYUNG"],
    "RYONG": ["RYEONG", "RYUNG", "LYONG"], "CHANG": ["JANG"], "JANG": ["CHANG"], "YUN": ["YOON"], "CHO": ["JO"],
    "JO": ["CHO"], "KANG": ["GANG"], "SIN": ["SHIN"], "SHIN": ["SIN"], "TONG": ["DONG"], "SONG": ["SEONG", "SUNG"],
    "SONGS": ["SEONGS"], "CHUN": ["JUN", "CHEON"], "HYON": ["HYEON", "HYUN"], "HYONG": ["HYEONG", "HYUNG"],
    "PYONGYANG": ["PYEONGYANG", "PHYONGYANG"], "CHOLSAN": ["CHEOLSAN"], "TAE": ["DAE"], "KYU": ["GYU"],
    "KIL": ["GIL"], "GIL": ["KIL"], "KUK": ["GUK"], "POK": ["BOK"], "PONG": ["BONG"], "TOK": ["DEOK", "DUK"],
    "CHUL": ["CHOL"], "SU": ["SOO"], "SUN": ["SOON"], "HO": ["HOH"], "NAM": ["NAHM"], "IL": ["EEL"],
    "MIN": ["MEEN"], "GUN": ["KUN"], "HUI": ["HEE", "HUEI"], "HWA": ["HWAH"], "KYOK": ["GYEOK"],
}
CHINESE: dict[str, list[str]] = {
    "ZHANG": ["CHANG"], "ZHOU": ["CHOU"], "ZHAO": ["CHAO"], "XU": ["HSU"], "XIE": ["HSIEH"], "XIAO": ["HSIAO"],
    "XIN": ["HSIN"], "XING": ["HSING"], "XUE": ["HSUEH"], "QIN": ["CHIN"], "QIAN": ["CHIEN"], "QING": ["CHING"],
    "QIANG": ["CHIANG"], "JIANG": ["CHIANG"], "JIAN": ["CHIEN"], "JUN": ["CHUN"], "JIE": ["CHIEH"], "JIN": ["CHIN"],
    "JING": ["CHING"], "ZHENG": ["CHENG"], "ZHONG": ["CHUNG"], "ZHI": ["CHIH"], "ZHU": ["CHU"], "GUO": ["KUO"],
    "GUANG": ["KUANG"], "GANG": ["KANG"], "DONG": ["TUNG"], "BAO": ["PAO"], "BIN": ["PIN"], "DENG": ["TENG"],
    "DING": ["TING"], "GAO": ["KAO"], "HONG": ["HUNG"], "RONG": ["JUNG"], "ZENG": ["TSENG"], "CUI": ["TSUI"],
    "CAI": ["TSAI"], "CAO": ["TSAO"], "YONG": ["YUNG"], "LONG": ["LUNG"], "ZHEN": ["CHEN"], "XIANG": ["HSIANG"],
    "XIONG": ["HSIUNG"], "XIAN": ["HSIEN"], "XUAN": ["HSUAN"], "ZHAN": ["CHAN"], "GONG": ["KUNG"], "GENG": ["KENG"],
    "DAI": ["TAI"], "DU": ["TU"], "JIA": ["CHIA"], "JIAO": ["CHIAO"], "QIU": ["CHIU"], "ZHUANG": ["CHUANG"],
    "BEIJING": ["PEKING"], "GUANGZHOU": ["CANTON", "KWANGCHOW"], "XIAMEN": ["AMOY"], "NANJING": ["NANKING"],
    "TIANJIN": ["TIENTSIN"], "CHONGQING": ["CHUNGKING"], "QINGDAO": ["TSINGTAO"], "SUZHOU": ["SOOCHOW"],
    "GUANGDONG": ["KWANGTUNG"], "FUJIAN": ["FUKIEN"], "SICHUAN": ["SZECHWAN"], "HANGZHOU": ["HANGCHOW"],
    "SHENZHEN": ["SHUMCHUN"], "DALIAN": ["TALIEN"], "XIAN": ["HSIAN"], "WUHAN": ["WU HAN"], "ZHUHAI": ["CHUHAI"],
}
PINYIN_SYLLABLES = sorted(
    set(CHINESE) | {
        "WEI", "MING", "HUA", "LI", "WANG", "YANG", "LIU", "CHEN", "HUANG", "LIN", "WU", "SUN", "MA", "HU",
        "HE", "LUO", "TANG", "FENG", "YU", "SONG", "HAN", "PENG", "LU", "PAN", "TIAN", "DA", "FANG", "FENG",
        "HAI", "HAO", "HUI", "KAI", "LEI", "LIANG", "MEI", "NING", "PING", "QI", "SHAN", "SHENG", "TAO",
        "TING", "WEN", "XI", "YAN", "YI", "YING", "YUAN", "YUN", "ZE", "ZI", "AN", "BO", "CHAO", "CHUN",
        "DE", "FEI", "FU", "GUI", "HENG", "KANG", "LAN", "LIN", "NAN", "QUAN", "RUI", "SHI", "SHU", "TIE",
        "WAN", "XUE", "YAO", "YE", "ZHAN", "ZHUO", "LONG", "RONG", "JUN", "HONG", "BING", "CHANG", "SEN",
    },
    key=lambda s: (-len(s), s),
)
TURKISH: dict[str, str] = {
    "SIRKETI": "ŞİRKETİ", "TICARET": "TİCARET", "SANAYI": "SANAYİ", "ANONIM": "ANONİM", "OZTURK": "ÖZTÜRK",
    "CELIK": "ÇELİK", "GUNES": "GÜNEŞ", "DIS": "DIŞ", "ITHALAT": "İTHALAT", "IHRACAT": "İHRACAT",
    "TURIZM": "TURİZM", "INSAAT": "İNŞAAT", "NAKLIYAT": "NAKLİYAT", "KIMYA": "KİMYA", "ENERJI": "ENERJİ",
    "ULUSLARARASI": "ULUSLARARASI", "PETROL": "PETROL", "DENIZCILIK": "DENİZCİLİK", "GIDA": "GIDA",
    "LOJISTIK": "LOJİSTİK", "MUHENDISLIK": "MÜHENDİSLİK", "HIZMETLERI": "HİZMETLERİ", "YATIRIM": "YATIRIM",
    "SAN": "SAN.", "TIC": "TİC.", "LTD": "LTD.", "STI": "ŞTİ.", "SIRKET": "ŞİRKET", "ISTANBUL": "İSTANBUL",
    "IZMIR": "İZMİR", "OZDEMIR": "ÖZDEMİR", "YILMAZ": "YILMAZ", "KOC": "KOÇ", "CAKIR": "ÇAKIR",
    "SAHIN": "ŞAHİN", "DOGAN": "DOĞAN", "ERDOGAN": "ERDOĞAN", "GUL": "GÜL", "ATES": "ATEŞ",
    "UNAL": "ÜNAL", "OGUZ": "OĞUZ", "DURMUS": "DURMUŞ", "MUSTAFA": "MUSTAFA", "HUSEYIN": "HÜSEYİN",
    "IBRAHIM": "İBRAHİM", "ISMAIL": "İSMAİL", "SUKRU": "ŞÜKRÜ", "OZCAN": "ÖZCAN", "KILIC": "KILIÇ",
    "ELEKTRONIK": "ELEKTRONİK", "MAKINA": "MAKİNA", "DANISMANLIK": "DANIŞMANLIK", "TASIMACILIK": "TAŞIMACILIK",
    "HAVACILIK": "HAVACILIK", "SAVUNMA": "SAVUNMA", "KUYUMCULUK": "KUYUMCULUK", "DOVIZ": "DÖVİZ",
}
GERMAN_FOLD = {"Ö": "OE", "Ü": "UE", "Ş": "SH", "Ç": "CH", "Ğ": "G", "İ": "I", "I": "I", "ö": "oe",
               "ü": "ue", "ş": "sh", "ç": "ch", "ğ": "g", "ı": "i"}

LEGAL_LONG_SHORT: list[tuple[str, list[str]]] = [
    ("OBSHCHESTVO S OGRANICHENNOY OTVETSTVENNOSTYU", ["OOO"]),
    ("OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU", ["OOO"]),
    ("PUBLICHNOE AKTSIONERNOE OBSHCHESTVO", ["PAO"]), ("AKTSIONERNOE OBSHCHESTVO", ["AO"]),
    ("OTKRYTOE AKTSIONERNOE OBSHCHESTVO", ["OAO"]), ("ZAKRYTOE AKTSIONERNOE OBSHCHESTVO", ["ZAO"]),
    ("LIMITED LIABILITY COMPANY", ["LLC", "L.L.C."]), ("LIMITED LIABILITY PARTNERSHIP", ["LLP"]),
    ("PUBLIC JOINT STOCK COMPANY", ["PJSC"]), ("OPEN JOINT STOCK COMPANY", ["OJSC", "OJSCO"]),
    ("CLOSED JOINT STOCK COMPANY", ["CJSC"]), ("JOINT STOCK COMPANY", ["JSC", "JSCO"]),
    ("PUBLIC LIMITED COMPANY", ["PLC"]), ("PRIVATE LIMITED COMPANY", ["PVT LTD", "PTE LTD"]),
    ("PRIVATE LIMITED", ["PVT LTD", "PTE LTD", "PVT. LTD."]), ("COMPANY LIMITED", ["CO LTD", "CO., LTD."]),
    ("SOCIEDAD ANONIMA", ["SA", "S.A."]), ("SOCIETE ANONYME", ["SA"]), ("SOCIEDAD DE RESPONSABILIDAD LIMITADA", ["SRL", "S DE RL"]),
    ("GESELLSCHAFT MIT BESCHRANKTER HAFTUNG", ["GMBH"]), ("FREE ZONE ESTABLISHMENT", ["FZE"]),
    ("FREE ZONE COMPANY", ["FZCO", "FZC"]), ("SENDIRIAN BERHAD", ["SDN BHD"]), ("LIMITED PARTNERSHIP", ["LP"]),
    ("LIMITED", ["LTD", "LTD."]), ("CORPORATION", ["CORP", "CORP."]), ("INCORPORATED", ["INC", "INC."]),
    ("COMPANY", ["CO", "CO."]), ("LIMITADA", ["LTDA"]), ("ANONIM SIRKETI", ["AS", "A.S."]),
    ("LIMITED SIRKETI", ["LTD STI", "LTD. STI."]), ("COMPANIA", ["CIA", "CIA."]),
]
LEGAL_SHORT_LONG: list[tuple[str, list[str]]] = [
    ("LLC", ["LIMITED LIABILITY COMPANY", "LIMITED LIABILITY CO"]), ("L.L.C.", ["LIMITED LIABILITY COMPANY"]),
    ("LTD", ["LIMITED"]), ("LTD.", ["LIMITED"]), ("CO., LTD.", ["COMPANY LIMITED"]), ("CO. LTD", ["COMPANY LIMITED"]),
    ("CO LTD", ["COMPANY LIMITED"]), ("CORP", ["CORPORATION"]), ("CORP.", ["CORPORATION"]), ("INC", ["INCORPORATED"]),
    ("INC.", ["INCORPORATED"]), ("JSC", ["JOINT STOCK COMPANY"]), ("OJSC", ["OPEN JOINT STOCK COMPANY"]),
    ("CJSC", ["CLOSED JOINT STOCK COMPANY"]), ("PJSC", ["PUBLIC JOINT STOCK COMPANY"]),
    ("OOO", ["OBSHCHESTVO S OGRANICHENNOY OTVETSTVENNOSTYU"]), ("AO", ["AKTSIONERNOE OBSHCHESTVO"]),
    ("OAO", ["OTKRYTOE AKTSIONERNOE OBSHCHESTVO"]), ("ZAO", ["ZAKRYTOE AKTSIONERNOE OBSHCHESTVO"]),
    ("PAO", ["PUBLICHNOE AKTSIONERNOE OBSHCHESTVO"]), ("PLC", ["PUBLIC LIMITED COMPANY"]),
    ("GMBH", ["GESELLSCHAFT MIT BESCHRAENKTER HAFTUNG"]), ("FZE", ["FREE ZONE ESTABLISHMENT"]),
    ("FZCO", ["FREE ZONE COMPANY"]), ("SDN BHD", ["SENDIRIAN BERHAD"]), ("SDN. BHD.", ["SENDIRIAN BERHAD"]),
    ("S.A.", ["SOCIEDAD ANONIMA"]), ("SA", ["SOCIEDAD ANONIMA"]), ("S.A.R.L.", ["SOCIETE A RESPONSABILITE LIMITEE"]),
    ("SARL", ["SOCIETE A RESPONSABILITE LIMITEE"]), ("CO.", ["COMPANY"]), ("CO", ["COMPANY"]),
    ("PVT LTD", ["PRIVATE LIMITED"]), ("PTE LTD", ["PRIVATE LIMITED"]), ("PTE. LTD.", ["PRIVATE LIMITED"]),
    ("LLP", ["LIMITED LIABILITY PARTNERSHIP"]), ("LTDA", ["LIMITADA"]), ("CIA", ["COMPANIA"]),
]
LEGAL_FOREIGN: list[tuple[str, list[str]]] = [
    ("OOO", ["LLC", "LTD"]), ("LLC", ["LTD", "OOO", "GMBH"]), ("L.L.C.", ["LTD"]), ("LTD", ["LLC", "GMBH", "SARL"]),
    ("LTD.", ["LLC"]), ("LIMITED", ["LLC"]), ("PJSC", ["PAO"]), ("PAO", ["PJSC"]), ("OAO", ["OJSC"]), ("OJSC", ["OAO"]),
    ("AO", ["JSC"]), ("JSC", ["AO", "AG"]), ("ZAO", ["CJSC"]), ("CJSC", ["ZAO"]), ("SA", ["SARL", "SRL", "AG"]),
    ("S.A.", ["SARL", "S.R.L."]), ("GMBH", ["LTD", "LLC"]), ("PTE LTD", ["LTD", "SDN BHD"]), ("PTE. LTD.", ["LTD."]),
    ("CO LTD", ["LLC", "GMBH"]), ("CO., LTD.", ["LLC", "INC."]), ("CO. LTD", ["LLC"]), ("INC", ["LTD", "CORP"]),
    ("INC.", ["LTD."]), ("CORP", ["INC", "LTD"]), ("SRL", ["LTD", "SARL"]), ("DOO", ["LLC", "D.O.O."]),
    ("D.O.O.", ["LLC"]), ("TOO", ["LLP"]), ("FZE", ["FZCO", "LLC"]), ("FZCO", ["FZE"]), ("SDN BHD", ["LTD"]),
    ("SDN. BHD.", ["PTE LTD"]), ("PLC", ["LTD"]), ("BV", ["NV", "LTD"]), ("B.V.", ["LTD"]), ("SARL", ["SA", "LTD"]),
    ("S.A.R.L.", ["S.A."]), ("COMPANY LIMITED", ["LLC"]), ("LIMITED LIABILITY COMPANY", ["LIMITED"]),
]
LEGAL_MISSPELT: dict[str, list[str]] = {
    "LIMITED": ["LIMTED", "LIMITD", "LMITED", "LIMIITED", "LIMETED", "LIMITDE", "LIMTIED", "LIMIED"],
    "COMPANY": ["COMPNAY", "COMAPNY", "COMPANI", "COMPAY", "KOMPANY", "CMPANY", "COMPANYY", "COMPANEY"],
    "CORPORATION": ["CORPORATOIN", "CORPRATION", "CORPORTION", "COPRORATION", "CORPERATION", "CORPORATON"],
    "INCORPORATED": ["INCORPORTED", "INCORPERATED", "INCOPORATED"], "LIABILITY": ["LIABILTY", "LIABLITY", "LAIBILITY"],
    "LTD": ["LDT", "LTTD", "LT"], "GMBH": ["GMHB", "GBMH", "GMBHH", "GMB"], "LLC": ["LCC", "LLLC", "LLCC"],
    "INC": ["ICN", "INCC"], "CORP": ["COPR", "CROP"], "JOINT": ["JIONT", "JOIN", "JOINTT"], "STOCK": ["STCOK", "STOK"],
    "SOCIEDAD": ["SOCIEAD", "SOCIDAD"], "ANONIMA": ["ANOMINA", "ANONIMMA"], "ESTABLISHMENT": ["ESTABLISHEMENT", "ESTABLISMENT"],
    "OBSHCHESTVO": ["OBSCHESTVO", "OBSHESTVO"], "OTVETSTVENNOSTYU": ["OTVETSTVENOSTYU"], "LIMITADA": ["LIMTADA"],
    "SIRKETI": ["SIRKETTI", "SRIKETI"], "PRIVATE": ["PRIAVTE", "PRIVTE"], "PUBLIC": ["PUBILC", "PUBLC"],
    "PARTNERSHIP": ["PARTNESHIP", "PARNTERSHIP"], "COMPANIA": ["COMPAINA", "CMPANIA"], "JSC": ["JCS", "JSCC"],
    "PJSC": ["PSJC", "PJCS"], "OOO": ["OO", "OOOO"], "PLC": ["PCL", "PLCC"],
}
LEGAL_ACRONYMS = {"LLC", "OOO", "SA", "JSC", "GMBH", "LTD", "PLC", "OJSC", "CJSC", "PJSC", "AO", "ZAO", "OAO", "SAS",
                  "SRL", "SARL", "DOO", "BV", "NV", "AG", "KG", "FZE", "LLP", "PAO", "CV", "AD", "SPA", "TOO"}
GENERIC_ABBREV: dict[str, list[str]] = {
    "INTERNATIONAL": ["INTL", "INT'L", "INTERNATL"], "TRADING": ["TRDG", "TRD"], "MANUFACTURING": ["MFG", "MANUF"],
    "ENGINEERING": ["ENGG", "ENG", "ENGR"], "TECHNOLOGY": ["TECH", "TECHNOL"], "TECHNOLOGIES": ["TECHS", "TECH"],
    "AND": ["&"], "INDUSTRIES": ["INDS", "IND"], "INDUSTRIAL": ["INDL", "INDUS"], "DEVELOPMENT": ["DEVT", "DEV"],
    "MANAGEMENT": ["MGMT", "MGT"], "SERVICES": ["SVCS", "SERV"], "SERVICE": ["SVC"], "GENERAL": ["GENL", "GEN"],
    "ELECTRONICS": ["ELECS", "ELEC"], "EQUIPMENT": ["EQPT", "EQUIP"], "CONSTRUCTION": ["CONSTR", "CONST"],
    "INVESTMENT": ["INVT", "INV"], "INVESTMENTS": ["INVTS", "INVS"], "HOLDING": ["HLDG"], "HOLDINGS": ["HLDGS"],
    "ASSOCIATION": ["ASSN", "ASSOC"], "DEPARTMENT": ["DEPT"], "ORGANIZATION": ["ORG", "ORGN"], "INSTITUTE": ["INST"],
    "NATIONAL": ["NATL", "NAT'L"], "MACHINERY": ["MACHY", "MACH"], "MATERIALS": ["MATLS"], "SHIPPING": ["SHPG"],
    "COMMERCIAL": ["COMML", "COML"], "CENTER": ["CTR"], "CENTRE": ["CTR"], "BROTHERS": ["BROS"],
    "CHEMICAL": ["CHEM"], "CHEMICALS": ["CHEMS"], "RESEARCH": ["RSCH", "RES"], "SCIENTIFIC": ["SCI", "SCIENT"],
    "LABORATORY": ["LAB"], "UNIVERSITY": ["UNIV"], "AVIATION": ["AVN"], "GROUP": ["GRP"], "SYSTEMS": ["SYS", "SYST"],
    "ELECTRIC": ["ELEC"], "INDUSTRY": ["IND", "INDY"], "TRANSPORT": ["TRANSP", "TRNSP"], "PRODUCTS": ["PRODS"],
    "ENTERPRISE": ["ENTPR", "ENT"], "ENTERPRISES": ["ENTS", "ENTPRS"], "PETROLEUM": ["PETR"], "EXPORT": ["EXP"],
    "IMPORT": ["IMP"], "DISTRIBUTION": ["DISTR", "DIST"], "COMMUNICATIONS": ["COMMS"], "MARITIME": ["MARIT"],
    "INSTRUMENTS": ["INSTR"], "EXCHANGE": ["EXCH"], "FINANCIAL": ["FIN"], "INSURANCE": ["INS"], "AIRLINES": ["AIRL"],
}
GENERIC_TRANSLATE: dict[str, list[str]] = {
    "TRADING": ["TICARET", "TEJARAT", "COMERCIAL"], "COMPANY": ["SHERKAT", "KOMPANIYA", "COMPANIA"],
    "GROUP": ["GRUPO", "GRUPPA", "GROUPE"], "TECHNOLOGY": ["KEJI", "TEKNOLOJI", "TECNOLOGIA"],
    "TECHNOLOGIES": ["TEKNOLOJILERI", "TECHNOLOGIEN"], "INDUSTRIES": ["SANAYE", "INDUSTRIAS", "SANAYI"],
    "INDUSTRY": ["SANAYI", "INDUSTRIYA"], "BANK": ["BANCO", "BANQUE", "BANKA"], "INTERNATIONAL": ["BEYNOLMELALI", "INTERNACIONAL", "MEZHDUNARODNAYA"],
    "SHIPPING": ["KESHTIRANI", "DENIZCILIK"], "ENGINEERING": ["MUHENDISLIK", "MOHANDESI", "INZHINIRING"],
    "ELECTRONICS": ["DIANZI", "ELEKTRONIKA"], "INVESTMENT": ["SARMAYEGOZARI", "YATIRIM", "INVERSIONES"],
    "CONSTRUCTION": ["INSAAT", "SAKHTEMAN", "CONSTRUCCIONES"], "PETROCHEMICAL": ["PETROSHIMI"],
    "SHERKAT": ["COMPANY"], "SANAYE": ["INDUSTRIES"], "TEJARAT": ["TRADING", "COMMERCE"], "KESHTIRANI": ["SHIPPING"],
    "TICARET": ["TRADING"], "SANAYI": ["INDUSTRY"], "GRUPPA": ["GROUP"], "KOMPANIYA": ["COMPANY"],
    "SHIPBUILDING": ["ZAOCHUAN"], "TRADE": ["TIJARA", "HANDEL"], "MACHINERY": ["JIXIE", "MAKINA"],
    "EQUIPMENT": ["SHEBEI", "OBORUDOVANIYE"], "SCIENCE": ["KEXUE", "NAUKA"], "INSTITUTE": ["INSTITUT", "YANJIUSUO"],
    "FACTORY": ["ZAVOD", "KARKHANEH"], "PLANT": ["ZAVOD"], "LOGISTICS": ["LOJISTIK", "LOGISTIKA"],
    "ENERGY": ["ENERJI", "ENERGIYA"], "MINING": ["MADENCILIK", "GORNODOBYVAYUSHCHAYA"], "CHEMICAL": ["KIMYA", "HUAGONG"],
    "DEVELOPMENT": ["TOSEE", "RAZVITIYE"], "SERVICES": ["KHADAMAT", "SERVICIOS"], "GENERAL": ["OMUMI", "GENERALNAYA"],
    "COMMERCIAL": ["BAZARGANI", "TIJARIYA"], "TRAVEL": ["SEYAHAT"], "TRANSPORT": ["NAKLIYAT", "TRANSPORTE"],
    "OIL": ["NAFT", "NEFT"], "GAS": ["GAZ"], "AIRLINES": ["HAVAYOLLARI"], "EXCHANGE": ["SARRAFI"],
}
NICKNAMES: dict[str, list[str]] = {
    "MUHAMMAD": ["MOHD", "MD", "MUHD"], "MOHAMMED": ["MOHD", "MOHAMMAD."], "MOHAMMAD": ["MOHD", "MOHAMAD."],
    "MOHAMED": ["MOHD"], "ABDUL": ["ABD."], "ALEKSANDR": ["SASHA", "ALEX"], "ALEXANDER": ["ALEX", "SASHA"],
    "VLADIMIR": ["VOVA", "VLAD"], "DMITRIY": ["DIMA"], "DMITRY": ["DIMA"], "MIKHAIL": ["MISHA"], "NIKOLAY": ["KOLYA"],
    "SERGEY": ["SERYOZHA", "SERGE"], "YEVGENIY": ["ZHENYA"], "ALEKSEY": ["ALYOSHA", "LYOSHA"], "ANDREY": ["ANDRYUSHA"],
    "IVAN": ["VANYA"], "PAVEL": ["PASHA"], "KONSTANTIN": ["KOSTYA"], "VIKTOR": ["VITYA"], "YURIY": ["YURA"],
    "ANATOLIY": ["TOLYA"], "BORIS": ["BORYA"], "GRIGORIY": ["GRISHA"], "MAKSIM": ["MAX"], "ROMAN": ["ROMA"],
    "FRANCISCO": ["PACO", "PANCHO", "FRAN"], "JOSE": ["PEPE", "CHEPE"], "WILLIAM": ["BILL", "WILL", "BILLY"],
    "ROBERT": ["BOB", "ROB", "BOBBY"], "RICHARD": ["RICK", "DICK"], "JAMES": ["JIM", "JIMMY"], "JOSEPH": ["JOE"],
    "MICHAEL": ["MIKE"], "CHRISTOPHER": ["CHRIS"], "EDWARD": ["ED", "TED"], "ANTHONY": ["TONY"], "THOMAS": ["TOM"],
    "DANIEL": ["DAN", "DANNY"], "DAVID": ["DAVE"], "PETER": ["PETE"], "MANUEL": ["MANOLO", "MANNY"],
    "GUILLERMO": ["MEMO"], "ALEJANDRO": ["ALEX", "ALE"], "ENRIQUE": ["KIKE"], "IGNACIO": ["NACHO"],
    "JESUS": ["CHUY", "CHUCHO"], "ROBERTO": ["BETO"], "ALBERTO": ["BETO"], "EDUARDO": ["LALO"], "RAFAEL": ["RAFA"],
    "FERNANDO": ["NANDO"], "ANTONIO": ["TONO", "TONI"], "JAVIER": ["JAVI"], "RODOLFO": ["FITO"], "ADOLFO": ["FITO"],
    "GUADALUPE": ["LUPE"], "CONCEPCION": ["CONCHA"], "DOLORES": ["LOLA"], "ELIZABETH": ["LIZ", "BETH"],
    "MARGARET": ["MAGGIE", "PEGGY"], "KATHERINE": ["KATE", "KATHY"], "ABDULLAH": ["ABDULLA."], "IBRAHIM": ["IBO"],
    "MUSTAFA": ["MUSTI"], "MAHMOUD": ["MODY"], "GENNADIY": ["GENA"], "VYACHESLAV": ["SLAVA"], "STANISLAV": ["STAS"],
    "TATYANA": ["TANYA"], "NATALYA": ["NATASHA"], "YEKATERINA": ["KATYA"], "SVETLANA": ["SVETA"], "LYUDMILA": ["LYUDA"],
    "OLEKSANDR": ["SASHKO"], "VALENTIN": ["VALYA"], "NICHOLAS": ["NICK"], "SAMUEL": ["SAM"], "BENJAMIN": ["BEN"],
    "JONATHAN": ["JON"], "PATRICK": ["PAT"], "TIMOTHY": ["TIM"], "STEPHEN": ["STEVE"], "STEVEN": ["STEVE"],
    "LEONID": ["LYONYA"], "ARTUR": ["ARTIK"], "HERNANDO": ["NANDO"], "LUIS": ["LUCHO"], "CARLOS": ["CARLITOS"],
    "RAMON": ["MONCHO"], "SANTIAGO": ["CHAGO"], "GUSTAVO": ["TAVO"], "ALFONSO": ["PONCHO"], "GONZALO": ["CHALO"],
}
SPANISH_ACCENTS: dict[str, str] = {
    "JOSE": "JOSÉ", "HERNANDEZ": "HERNÁNDEZ", "GARCIA": "GARCÍA", "COMPANIA": "COMPAÑÍA", "SOCIETE": "SOCIÉTÉ",
    "PEREZ": "PÉREZ", "RAMIREZ": "RAMÍREZ", "RODRIGUEZ": "RODRÍGUEZ", "GONZALEZ": "GONZÁLEZ", "MARTINEZ": "MARTÍNEZ",
    "SANCHEZ": "SÁNCHEZ", "GOMEZ": "GÓMEZ", "DIAZ": "DÍAZ", "LOPEZ": "LÓPEZ", "FERNANDEZ": "FERNÁNDEZ",
    "JIMENEZ": "JIMÉNEZ", "ALVAREZ": "ÁLVAREZ", "VASQUEZ": "VÁSQUEZ", "VAZQUEZ": "VÁZQUEZ", "MARIA": "MARÍA",
    "JESUS": "JESÚS", "RAMON": "RAMÓN", "ANGEL": "ÁNGEL", "ANDRES": "ANDRÉS", "NUNEZ": "NÚÑEZ", "MUNOZ": "MUÑOZ",
    "PENA": "PEÑA", "IBANEZ": "IBÁÑEZ", "OCHOA": "OCHOA", "CESAR": "CÉSAR", "HECTOR": "HÉCTOR", "OSCAR": "ÓSCAR",
    "ALTAMIRANO": "ALTAMIRANO", "CORDOBA": "CÓRDOBA", "MEXICO": "MÉXICO", "BOGOTA": "BOGOTÁ", "CONCEPCION": "CONCEPCIÓN",
    "COMERCIALIZACION": "COMERCIALIZACIÓN", "CONSTRUCCION": "CONSTRUCCIÓN", "INVERSION": "INVERSIÓN",
    "ASOCIACION": "ASOCIACIÓN", "FUNDACION": "FUNDACIÓN", "GESTION": "GESTIÓN", "AVIACION": "AVIACIÓN",
    "ELECTRONICA": "ELECTRÓNICA", "QUIMICA": "QUÍMICA", "TECNICA": "TÉCNICA", "ENERGIA": "ENERGÍA",
    "INGENIERIA": "INGENIERÍA", "TECNOLOGIA": "TECNOLOGÍA", "FARMACEUTICA": "FARMACÉUTICA", "NAVEGACION": "NAVEGACIÓN",
    "ESTACION": "ESTACIÓN", "GUZMAN": "GUZMÁN", "BELTRAN": "BELTRÁN", "ROMAN": "ROMÁN", "MARTIN": "MARTÍN",
    "JOAQUIN": "JOAQUÍN", "HERNAN": "HERNÁN", "ADRIAN": "ADRIÁN", "SEBASTIAN": "SEBASTIÁN", "IVAN": "IVÁN",
    "RUBEN": "RUBÉN", "NICOLAS": "NICOLÁS", "TOMAS": "TOMÁS", "LUCIA": "LUCÍA", "SOFIA": "SOFÍA", "RAUL": "RAÚL",
    "GENERALE": "GÉNÉRALE", "ELECTRIQUE": "ÉLECTRIQUE", "ETUDES": "ÉTUDES", "SAO": "SÃO", "JOAO": "JOÃO",
    "CONCEICAO": "CONCEIÇÃO", "GONCALVES": "GONÇALVES", "ESTEVAO": "ESTEVÃO", "COMERCIO": "COMÉRCIO",
    "MULLER": "MÜLLER", "SCHRODER": "SCHRÖDER", "CAFE": "CAFÉ", "BENITEZ": "BENÍTEZ", "MENDEZ": "MÉNDEZ",
    "VELASQUEZ": "VELÁSQUEZ", "VELAZQUEZ": "VELÁZQUEZ", "SUAREZ": "SUÁREZ", "DOMINGUEZ": "DOMÍNGUEZ",
    "MARQUEZ": "MÁRQUEZ", "CHAVEZ": "CHÁVEZ", "VALDES": "VALDÉS", "MONTOYA": "MONTOYA", "LEON": "LEÓN",
}
TITLES_ISLAMIC = ["Sheikh", "Haji", "Mullah", "Sheikh Dr.", "Hajji", "Maulvi", "Imam", "Ustadh"]
TITLES_GENERAL = ["Dr.", "Gen.", "Col.", "Prof.", "Eng.", "Capt.", "Brig. Gen.", "Maj."]
ROLES_BEFORE = ["DIRECTOR:", "UBO:", "CONSIGNEE:", "ATTN:", "Attn.", "Beneficial owner -", "Shipper:",
                "Notify party:", "End user:", "Signatory:", "Managing director", "Authorised person:"]
ROLES_AFTER = ["(DIRECTOR)", "- UBO", "(CONSIGNEE)", "- beneficial owner", "(end user)", "/ shareholder",
               "(general manager)", "- authorised signatory"]
ISLAMIC_HINTS = {"MUHAMMAD", "MOHAMMED", "MOHAMMAD", "AHMAD", "AHMED", "ABDUL", "ABD", "ABU", "AL", "ALI", "HASAN",
                 "HASSAN", "HUSSEIN", "HUSAYN", "UMAR", "OMAR", "ABDALLAH", "ABDULLAH", "KHAN", "IBRAHIM", "YUSUF"}
KEYBOARD = {
    "Q": "WA", "W": "QES", "E": "WRD", "R": "ETF", "T": "RYG", "Y": "TUH", "U": "YIJ", "I": "UOK", "O": "IPL",
    "P": "OL", "A": "QSZ", "S": "AWDZ", "D": "SEFX", "F": "DRGC", "G": "FTHV", "H": "GYJB", "J": "HUKN",
    "K": "JIL", "L": "KO", "Z": "ASX", "X": "ZSDC", "C": "XDFV", "V": "CFGB", "B": "VGHN", "N": "BHJM", "M": "NJK",
}
PHONETIC: list[tuple[str, str]] = [
    ("PH", "F"), ("F", "PH"), ("CK", "K"), ("KH", "K"), ("OU", "U"), ("OO", "U"), ("EE", "I"), ("TH", "T"),
    ("Q", "K"), ("W", "V"), ("V", "W"), ("X", "KS"), ("CH", "SH"), ("SH", "CH"), ("Z", "S"), ("S", "Z"),
    ("C", "K"), ("K", "C"), ("J", "DJ"), ("U", "OU"), ("I", "EE"), ("Y", "I"), ("GH", "G"), ("DH", "D"),
]
OCR: list[tuple[str, str]] = [
    ("O", "0"), ("I", "1"), ("L", "1"), ("S", "5"), ("B", "8"), ("G", "6"), ("Z", "2"), ("M", "RN"), ("RN", "M"),
    ("D", "CL"), ("CL", "D"), ("E", "F"), ("H", "LI"), ("U", "LI"), ("W", "VV"), ("VV", "W"), ("0", "O"), ("1", "I"),
]
LATAM = ("MEXICO", "COLOMBIA", "VENEZUELA", "PERU", "ECUADOR", "PANAMA", "GUATEMALA", "HONDURAS", "BOLIVIA",
         "ARGENTINA", "SPAIN", "CUBA", "NICARAGUA", "EL SALVADOR", "PARAGUAY", "URUGUAY", "CHILE", "COSTA RICA",
         "DOMINICAN", "SDNTK", "SDNT", "ILLICIT-DRUGS")
PLACE_WORDS = {"IRAN", "IRANIAN", "SYRIA", "SYRIAN", "KOREA", "KOREAN", "CHINA", "CHINESE", "RUSSIA", "RUSSIAN",
               "DUBAI", "MOSCOW", "TEHRAN", "BEIJING", "SHANGHAI", "SHENZHEN", "HONG", "PYONGYANG", "DAMASCUS",
               "BELARUS", "BELARUSIAN", "CRIMEA", "CRIMEAN", "CUBA", "CUBAN", "IRAQ", "IRAQI", "LEBANON", "LEBANESE",
               "VENEZUELA", "YEMEN", "EMIRATES", "ARAB", "TURKISH", "TURKEY", "ISTANBUL", "KISH", "NATIONAL"}

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


def replace_word(text: str, rng: random.Random, table: dict[str, list[str]], skip_first: bool = False) -> str | None:
    found = [m for m in WORD_RE.finditer(text) if m.group().upper() in table]
    if skip_first:
        found = [m for m in found if m.start() > 0]
    if not found:
        return None
    m = rng.choice(found)
    rep = match_case(m.group(), rng.choice(table[m.group().upper()]))
    return text[: m.start()] + rep + text[m.end():]


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
    keys = sorted({k for k, _ in LEGAL_LONG_SHORT} | {k for k, _ in LEGAL_SHORT_LONG} | {"OOO", "LLC", "JSC", "PJSC", "OJSC", "CJSC", "AO", "ZAO", "OAO", "PAO", "SA", "GMBH", "AG", "PLC", "BV", "SRL", "SARL", "DOO", "FZE", "FZCO"},
                  key=lambda k: (-len(k), k))
    for key in keys:
        pat = _PHRASES.setdefault("end:" + key, re.compile(phrase_re(key).pattern + r"\W*$", re.IGNORECASE))
        m = pat.search(text)
        if m and m.start() > 0:
            return (m.start(), len(text))
    for key in keys:
        pat = _PHRASES.setdefault("start:" + key, re.compile(r"^\W*" + phrase_re(key).pattern, re.IGNORECASE))
        m = pat.search(text)
        if m and m.end() < len(text):
            return (0, m.end())
    return None


def distinctive(text: str, min_len: int = 5) -> list[re.Match[str]]:
    out = []
    for m in WORD_RE.finditer(text):
        w = m.group().upper()
        if len(w) >= min_len and w not in LEGAL and w not in GENERIC_ABBREV and w not in PARTICLES and "'" not in w:
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
        return w[:i] + _letter(w[i], rng.choice(KEYBOARD[w[i].upper()])) + w[i + 1:]
    if kind == "transpose":
        pos = [i for i in range(1, n - 1) if w[i].upper() != w[i + 1].upper()]
        if not pos:
            return None
        i = rng.choice(pos)
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if kind == "omission":
        pos = [i for i in range(1, n) if w[i].upper() != w[i - 1].upper()]
        if not pos:
            return None
        i = rng.choice(pos)
        return w[:i] + w[i + 1:]
    if kind == "double":
        dbl = [i for i in range(1, n) if w[i].upper() == w[i - 1].upper()]
        if dbl and rng.random() < 0.5:
            i = rng.choice(dbl)
            return w[:i] + w[i + 1:]
        pos = [i for i in range(1, n) if w[i].upper() not in "AEIOUY" and w[i].upper() != w[i - 1].upper()
               and (i + 1 >= n or w[i + 1].upper() != w[i].upper())]
        if not pos:
            return None
        i = rng.choice(pos)
        return w[:i] + w[i] + w[i:]
    if kind == "vowel":
        pos = [i for i in range(1, n) if w[i].upper() in "AEIOU"]
        if not pos:
            return None
        i = rng.choice(pos)
        return w[:i] + _letter(w[i], rng.choice([v for v in "AEIOU" if v != w[i].upper()])) + w[i + 1:]
    if kind == "phonetic":
        opts = [(m.start(), a, b) for a, b in PHONETIC for m in re.finditer(a, w.upper())]
        opts = [o for o in opts if not (o[0] == 0 and o[1] in ("I", "U", "Y", "S", "Z"))]
        if not opts:
            return None
        i, a, b = rng.choice(opts)
        return w[:i] + _letter(w[i], b) + w[i + len(a):]
    if kind == "ocr":
        opts = [(m.start(), a, b) for a, b in OCR for m in re.finditer(a, w.upper())]
        if not opts:
            return None
        i, a, b = rng.choice(opts)
        rep = b if not b.isalpha() else _letter(w[i], b)
        return w[:i] + rep + w[i + len(a):]
    return None


TYPO_KINDS = ["keyboard", "transpose", "omission", "double", "vowel"]


def typo_in(text: str, kind: str, rng: random.Random, min_len: int = 5) -> str | None:
    words = distinctive(text, min_len)
    rng.shuffle(words)
    for m in words[:3]:
        new = typo_word(kind, m.group(), rng)
        if new and new.upper() != m.group().upper():
            return text[: m.start()] + new + text[m.end():]
    return None


def person_parts(e: Entry, base: str) -> tuple[list[str], list[str]] | None:
    words = base.split()
    if e.kind != "person" or len(words) < 2:
        return None
    nf = len(e.family) if e.family else 1
    if nf >= len(words):
        return None
    return words[: len(words) - nf], words[len(words) - nf:]


def tradition(e: Entry) -> set[str]:
    ctx = (e.context + " " + " ".join(a[2] for a in e.addresses)).upper()
    words = set(tokens(e.name))
    out: set[str] = set()
    if "IRAN" in ctx or "IRGC" in ctx or words & {"HOSSEIN", "GHOLAM", "SEYED", "SEYYED", "REZA"}:
        out.add("persian")
    if words & set(ARABIC) or any(w.startswith(("AL", "EL")) and "-" in e.name for w in words):
        out.add("arabic")
    if ("RUSSIA" in ctx or "UKRAINE-EO" in ctx or "BELARUS" in ctx
            or any(w.endswith(("OVICH", "EVICH", "OVNA", "EVNA")) for w in words)):
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


def t_translit(table: dict[str, list[str]], trad: str) -> Callable[[Entry, str, random.Random], Out | None]:
    def f(e: Entry, base: str, rng: random.Random) -> Out | None:
        if trad not in tradition(e):
            return None
        new = replace_word(base, rng, table)
        if trad == "arabic" and (new is None or rng.random() < 0.3):
            m = re.search(r"\b([AaEe][Ll])-(\w+)", base)
            if m:
                rep = rng.choice(["el-" if m.group(1)[0] in "Aa" else "al-", "al ", ""])
                rep = match_case(m.group(1), rep) if rep.strip(" -") else rep
                new = base[: m.start()] + rep + m.group(2) + base[m.end():]
        if trad == "russian" and (new is None or rng.random() < 0.4):
            words = list(WORD_RE.finditer(base))
            rng.shuffle(words)
            for m in words:
                w = m.group()
                for suf, reps in RUSSIAN_SUFFIX:
                    if w.upper().endswith(suf) and len(w) > len(suf) + 2:
                        rep = match_case(w, w[: -len(suf)] + rng.choice(reps)) if not w.isupper() else w[: -len(suf)] + rng.choice(reps)
                        new = base[: m.start()] + rep + base[m.end():]
                        break
                else:
                    continue
                break
        if trad == "persian" and (new is None or rng.random() < 0.4):
            m2 = re.search(r"(ZADEH|ZADE|EI|IAN|YAN)\b", base, re.IGNORECASE)
            if m2:
                alt = {"ZADEH": ["ZADE", "ZADA"], "ZADE": ["ZADEH"], "EI": ["IE", "I", "EE"], "IAN": ["YAN"], "YAN": ["IAN"]}
                rep = match_case(m2.group(), rng.choice(alt[m2.group().upper()]))
                new = base[: m2.start()] + rep + base[m2.end():]
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
            out = out.replace(out.split()[-1], out.split()[-1].lower().capitalize() if not out.isupper() else out.split()[-1])
    return out


def chinese_split(word: str) -> list[str] | None:
    w = word.upper()
    out: list[str] = []
    while w:
        for s in PINYIN_SYLLABLES:
            if w.startswith(s):
                out.append(s)
                w = w[len(s):]
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
                syl = [rng.choice(CHINESE[s]) if s in CHINESE and rng.random() < 0.5 else s for s in syl]
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
        found = [m for m in WORD_RE.finditer(base) if m.group().upper() in TURKISH and TURKISH[m.group().upper()] != m.group().upper()]
        if not found:
            return None
        rng.shuffle(found)
        new = base
        for m in sorted(found[: rng.randint(1, 3)], key=lambda m: -m.start()):
            rep = TURKISH[m.group().upper()]
            if not m.group().isupper():
                rep = rep[:1] + rep[1:].replace("İ", "i").replace("I", "ı").lower()
            new = new[: m.start()] + rep + new[m.end():]
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
    elif len(words) <= 4 and words[0].isalpha():
        new_core = " ".join([*words[1:], words[0]])
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


PREFIXES = ("ABDUL", "ABDEL", "ABD", "ABU", "AL", "EL", "BIN", "IBN", "BEN", "MC", "MAC", "VAN", "DEL", "DE", "LA")


def t_spacing(e: Entry, base: str, rng: random.Random) -> Out | None:
    opts: list[str] = []
    if "-" in base:
        i = base.index("-")
        opts.append(base[:i] + rng.choice([" ", ""]) + base[i + 1:])
    for m in WORD_RE.finditer(base):
        w = m.group()
        for p in PREFIXES:
            if w.upper().startswith(p) and len(w) >= len(p) + 3 and w.upper() not in ("ABDULLAH", "ABDALLAH"):
                opts.append(base[: m.start()] + w[: len(p)] + " " + w[len(p):] + base[m.end():])
                break
    words = base.split()
    for i in range(len(words) - 1):
        if tokens(words[i]) and tokens(words[i])[-1] in PARTICLES and words[i].isalpha():
            opts.append(" ".join([*words[:i], words[i] + words[i + 1], *words[i + 2:]]))
    if e.kind == "organization" and len(words) >= 3:
        i = rng.randrange(len(words) - 1)
        if words[i].isalpha() and words[i + 1].isalpha():
            opts.append(" ".join([*words[:i], words[i] + words[i + 1], *words[i + 2:]]))
    for m in distinctive(base, 8):
        w = m.group()
        cut = [i for i in range(3, len(w) - 3) if w[i - 1].upper() in "AEIOU" and w[i].upper() not in "AEIOU"]
        if cut:
            i = rng.choice(cut)
            opts.append(base[: m.start()] + w[:i] + " " + w[i:] + base[m.end():])
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
        opts.append(" ".join([*words[:i], words[i] + ",", *words[i + 1:]]))
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


def t_company(table: list[tuple[str, list[str]]]) -> Callable[[Entry, str, random.Random], Out | None]:
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
    found = [m for m in re.finditer(r"\b[A-Za-z]+\b\.?", base)
             if m.group().rstrip(".").upper() in LEGAL_ACRONYMS - {"LTD"} and len(m.group().rstrip(".")) >= 2]
    dotted = list(re.finditer(r"(?<!\w)(?:[A-Za-z]\.){2,}", base))
    if dotted and (not found or rng.random() < 0.5):
        m = rng.choice(dotted)
        letters = m.group().replace(".", "")
        rep = rng.choice([" ".join(letters), letters + ".", m.group().replace(".", "..", 1), ". ".join(letters) + "."])
        return Out(base[: m.start()] + rep + base[m.end():], base[: m.start()] + rep + base[m.end():])
    if not found:
        m3 = re.search(r"(?i)\bS\.?\s?A\.? DE C\.?\s?V\.?", base)
        if not m3:
            return None
        rep = rng.choice(["S A DE C V", "S.A. DE C.V.", "SA DE CV", "S.A DE C.V"])
        q = base[: m3.start()] + rep + base[m3.end():]
        return Out(q, q) if q != base else None
    m = rng.choice(found)
    w = m.group().rstrip(".").upper()
    rep = rng.choice([".".join(w) + ".", " ".join(w), ". ".join(w) + ".", ".".join(w)])
    q = base[: m.start()] + rep + base[m.end():]
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
            given = given[:i] + given[i + 1:]
        else:
            given = given[:1]
        q = " ".join([*given, *family])
    else:
        q = " ".join([words[0], words[-1]])
    return Out(q, q, short=True)


def title_for(e: Entry, rng: random.Random) -> str:
    female = bool(re.search(r"\bFEMALE\b", e.context.upper()))
    male = bool(re.search(r"\bMALE\b", e.context.upper()))
    pool = TITLES_ISLAMIC + ["Dr.", "Eng."] if "islamic" in tradition(e) or "persian" in tradition(e) else list(TITLES_GENERAL)
    if female:
        pool = ["Dr.", "Mrs.", "Ms.", "Prof.", "Hajja"] if "islamic" in tradition(e) else ["Dr.", "Mrs.", "Ms.", "Prof."]
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
            opts.append("".join(ws) if re.search("[\u3400-\u9fff\uac00-\ud7af]", orig) else " ".join(ws[::-1]))
        elif re.search("[\u3400-\u9fff]", orig) and len(orig) >= 3:
            opts.append(orig[0] + " " + orig[1:])
    opts = [o for o in opts if o != orig and o.strip()]
    if not opts:
        return None
    q = rng.choice(opts)
    return Out(q, q, short=len(q.split()) < len(orig.split()))


CYR = [("SHCH", "Щ"), ("YO", "Ё"), ("ZH", "Ж"), ("KH", "Х"), ("TS", "Ц"), ("CH", "Ч"), ("SH", "Ш"),
       ("YU", "Ю"), ("YA", "Я"), ("YE", "Е"), ("IY", "ИЙ"), ("YY", "ЫЙ"), ("EY", "ЕЙ"), ("AY", "АЙ"),
       ("OY", "ОЙ"), ("UY", "УЙ"), ("A", "А"), ("B", "Б"), ("V", "В"), ("G", "Г"), ("D", "Д"), ("E", "Е"),
       ("Z", "З"), ("I", "И"), ("K", "К"), ("L", "Л"), ("M", "М"), ("N", "Н"), ("O", "О"), ("P", "П"),
       ("R", "Р"), ("S", "С"), ("T", "Т"), ("U", "У"), ("F", "Ф"), ("Y", "Ы")]


def to_cyrillic(word: str) -> str | None:
    w = word.upper()
    if not w.isalpha() or not w.isascii() or re.search("[CQWXJH]", w.replace("KH", "").replace("ZH", "").replace("CH", "").replace("SH", "")):
        return None
    out = []
    i = 0
    while i < len(w):
        if w[i] in "AEIOU" and w[i + 1: i + 2] == "Y" and w[i + 2: i + 3] in ("A", "E", "I", "O", "U"):
            out.append(dict(CYR)[w[i]])
            i += 1
            continue
        if i > 0 and w[i] == "Y" and w[i - 1] not in "AEIOUY" and w[i + 1: i + 2] in ("A", "E", "O", "U"):
            out.append("Ь")  # consonant + YA/YE/YO/YU: soft sign, then the iotated vowel
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


UKRAINIAN_MARKS = ("OLEKS", "VOLODYM", "MYKOL", "SERHI", "HRYH", "DMYT", "YURIIV", "PETRO", "TARAS", "BOHDAN")


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
        forms += ["{n} (IMO {i})", "MV {n} IMO{i}", "{n} IMO: {i}", "M/T {n} - IMO {i}", "VSL {n} IMO NO. {i}"]
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
        return rng.choice([f"{name}, {tail}", f"{name} {tail}", f"{name} - {tail}", f"{name}\n{tail}".replace("\n", " / ")])
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
    q = rng.choice([f"{base} DOB {y}", f"{base} b. {y}", f"{base} ({y})", f"{base}, born {y}", f"{base} YOB {y}",
                    f"{base} - d.o.b. {y}", f"{base} {y}"])
    return Out(q, base)


def t_extra_account(e: Entry, base: str, rng: random.Random) -> Out | None:
    acct = "".join(rng.choice("0123456789") for _ in range(rng.randint(8, 12)))
    iban = rng.choice(["AE", "TR", "DE", "GB", "LB", "CY"]) + "".join(rng.choice("0123456789") for _ in range(20))
    inv = f"{rng.randint(2019, 2026)}-{rng.randint(1, 9999):04d}"
    q = rng.choice([
        f"FFC {base} A/C {acct}", f"IBAN {iban} {base}", f"INV {inv} {base}", f"BENEF: {base} ACCT NO {acct}",
        f"{base} A/C NO. {acct}", f"PAYMENT REF {inv} / {base}", f"/BNF/{base} /ACC/{acct}",
        f"{base} IBAN {iban[:4]} {iban[4:8]} {iban[8:12]} {iban[12:]}",
    ])
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
    q = base[:n].rstrip(" ,-.")
    cut = base[n - 1].isalnum() and base[n].isalnum()
    return Out(q, q, short=True, cut_last=cut)


def t_diacritics(e: Entry, base: str, rng: random.Random) -> Out | None:
    if re.search("[À-ÿĀ-žḀ-ỿ]", base):
        new = "".join(c for c in unicodedata.normalize("NFKD", base) if not unicodedata.combining(c))
        new = unicodedata.normalize("NFC", new)
        return Out(new, new) if new != base else None
    found = [m for m in WORD_RE.finditer(base) if m.group().upper() in SPANISH_ACCENTS
             and SPANISH_ACCENTS[m.group().upper()] != m.group().upper()]
    if not found:
        return None
    new = base
    for m in sorted(rng.sample(found, min(len(found), rng.randint(1, 2))), key=lambda m: -m.start()):
        rep = SPANISH_ACCENTS[m.group().upper()]
        new = new[: m.start()] + (rep if m.group().isupper() else rep[:1] + rep[1:].lower()) + new[m.end():]
    return Out(new, new)


def t_second_surname(e: Entry, base: str, rng: random.Random) -> Out | None:
    if "hispanic" not in tradition(e) or len(e.family) != 2 or not e.given:
        return None
    parts = person_parts(e, base)
    if not parts:
        return None
    given, family = parts
    f1, f2 = family
    if tokens(f1)[:1] and tokens(f1)[0] in PARTICLES or tokens(f2)[:1] and tokens(f2)[0] in PARTICLES:
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


TRANSLIT_ALL = [(ARABIC, "arabic"), (PERSIAN, "persian"), (RUSSIAN, "russian"), (KOREAN, "korean"), (CHINESE, "chinese")]


def t_combo_translit_typo(e: Entry, base: str, rng: random.Random) -> Out | None:
    order = list(TRANSLIT_ALL)
    rng.shuffle(order)
    for table, trad in order:
        got = t_translit(table, trad)(e, base, rng)
        if got:
            new = typo_in(got.query, rng.choice(["keyboard", "omission", "vowel", "transpose"]), rng)
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
        t_legal_spaced, t_legal_misspelt, t_company(LEGAL_LONG_SHORT), t_legal_moved]
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
FOLD_OK = {"order_person", "combo_order_punct", "punctuation", "diacritics", "script_original",
           "legal_spaced_dotted", "translit_turkish"}
WEIGHTS = {"sdn": 40, "csl_other": 22, "csl_sdn": 8, "un": 18, "cons": 12}
LIST_OF_GROUP = {"sdn": "us_ofac_sdn", "csl_other": "us_csl", "csl_sdn": "us_csl", "un": "un_sc", "cons": "us_ofac_cons"}


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
            got = bool(comp) and not (hit - {e.party}) \
                and not self.index.contains_other_name(tokens(form), e.party) \
                and not self.index.inside_other_name(comp, set(), e.party)
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
                len(t) >= 3 and t.isalpha() and t not in HONORIFICS and i not in prefixes and self.index.df.get(t, 0) <= 25
                for i, t in enumerate(comp)
            )
            if not ok:
                return False
        return True

    def category(self, cat: str, fn: Callable[[Entry, str, random.Random], Out | None]) -> list[list[str]]:
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
            rows.append([q, cat, e.kind, e.list, e.list_id, e.name, "all"])
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
    if not any(len(t) >= 3 and t not in PARTICLES and t not in LEGAL and t in index.df for t in comp):
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
    print(f"innocent written {len(innocents)}, distinct {len(seen)}, passed {len(passed)}, kept {len(inn_rows)}")
    h1 = write(OUT / f"{SET_NAME}_variants.csv.gz", ["query", "category", "kind", "list", "list_id", "list_name", "half"], rows)
    h2 = write(OUT / f"{SET_NAME}_innocent.csv.gz", ["name", "kind", "source"], inn_rows)
    print(f"variants {len(rows)} in {len(CATEGORIES) - len(short)} full categories; sha256 {h1}")
    print(f"innocent {len(inn_rows)}; sha256 {h2}")
    if short:
        print("categories under 40: " + ", ".join(short))
    if short or len(inn_rows) < INNOCENT_TARGET:
        return 1
    return 0


INNOCENT_TEXT = """
"""

if __name__ == "__main__":
    sys.exit(main())
