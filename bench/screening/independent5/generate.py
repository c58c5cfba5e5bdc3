"""Build the fifth independent screening check set (issue 17): list-name variants and innocents.

INDEPENDENT CHECK SET (never tune on it). Standard library only. Reads only the shipped list
files under src/exportgate/screening/data/lists/ and writes

    bench/screening/data/independent5_variants.csv.gz
    bench/screening/data/independent5_innocent.csv.gz

Run:  python bench/screening/independent5/generate.py
The output is byte-identical under any PYTHONHASHSEED (fixed SEED, no set iteration without
sorting, gzip mtime 0).
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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

SEED = 2026120605
PER_CATEGORY = 40
INNOCENT_TARGET = 2500
ROOT = Path(__file__).resolve().parents[3]
LISTS = ROOT / "src" / "exportgate" / "screening" / "data" / "lists"
OUT = ROOT / "bench" / "screening" / "data"
MARKER = (
    "# INDEPENDENT CHECK SET (never tune on it): independent5 (issue 17) written by helper"
    " screenind5 on 2026-12-06 from the shipped lists; see bench/screening/independent5/README.md"
)

# ---------------------------------------------------------------------------------------------
# list loading (standard library only)
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Address:
    street: str
    city: str
    country: str


@dataclass
class Entry:
    src: str  # list key: us_ofac_sdn, us_ofac_cons, un_sc, us_csl, us_bis_dpl
    list_id: str
    list_name: str
    kind: str
    given: tuple[str, ...] = ()
    family: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    program: str = ""
    addresses: tuple[Address, ...] = ()
    birth_year: str = ""
    remarks: str = ""
    original_script: str = ""
    gender: str = ""
    csl_source: str = ""
    link: str = ""  # CSL entity_number (the OFAC ent_num of an SDN-sourced CSL record)
    party: int = -1
    extra_names: tuple[str, ...] = field(default=())

    @property
    def display(self) -> str:
        """The name the way a customer writes it: given names first for comma-form persons."""
        if self.kind == "person" and self.given and self.family:
            if self.src == "un_sc":
                return self.list_name
            return " ".join(self.given + self.family)
        return self.list_name

    @property
    def tokens(self) -> list[str]:
        return self.display.split()


def _rows(path: Path, encoding: str = "latin-1") -> list[list[str]]:
    with gzip.open(path, "rt", encoding=encoding, newline="") as fh:
        return [r for r in csv.reader(fh) if len(r) > 2]


def _clean(v: str) -> str:
    v = v.strip()
    return "" if v == "-0-" else v


def _year(text: str) -> str:
    m = re.search(r"DOB (?:circa |Circa )?(?:\d{1,2} )?(?:[A-Z][a-z]{2} )?(\d{4})", text)
    return m.group(1) if m else ""


def _split_comma_person(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if "," in name:
        fam, _, giv = name.partition(",")
        return tuple(giv.split()), tuple(fam.split())
    return (), ()


def load_ofac(folder: str, prim: str, alt: str, add: str, key: str) -> list[Entry]:
    alts: dict[str, list[str]] = {}
    for r in _rows(LISTS / folder / alt):
        alts.setdefault(r[0].strip(), []).append(_clean(r[3]))
    adds: dict[str, list[Address]] = {}
    for r in _rows(LISTS / folder / add):
        adds.setdefault(r[0].strip(), []).append(Address(_clean(r[2]), _clean(r[3]), _clean(r[4])))
    out: list[Entry] = []
    kinds = {
        "individual": "person",
        "vessel": "vessel",
        "aircraft": "aircraft",
        "-0-": "organization",
    }
    for r in _rows(LISTS / folder / prim):
        ent, name, typ = r[0].strip(), r[1].strip(), r[2].strip()
        kind = kinds.get(typ, "other")
        remarks = _clean(r[11]) if len(r) > 11 else ""
        giv, fam = _split_comma_person(name) if kind == "person" else ((), ())
        gender = (
            "Female" if "Gender Female" in remarks else ("Male" if "Gender Male" in remarks else "")
        )
        out.append(
            Entry(
                src=key,
                list_id=ent,
                list_name=name,
                kind=kind,
                given=giv,
                family=fam,
                aliases=tuple(a for a in alts.get(ent, []) if a),
                program=_clean(r[3]),
                addresses=tuple(adds.get(ent, [])),
                birth_year=_year(remarks),
                remarks=remarks,
                gender=gender,
            )
        )
    return out


def load_un() -> list[Entry]:
    with gzip.open(LISTS / "un_sc" / "UN_consolidated_2026-02-27.xml.gz") as fh:
        root = ET.parse(fh).getroot()
    out: list[Entry] = []
    for group, kind in (("INDIVIDUALS", "person"), ("ENTITIES", "organization")):
        node = root.find(group)
        if node is None:
            continue
        for e in node:
            parts = [
                (e.findtext(t) or "").strip()
                for t in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
            ]
            name = " ".join(p for p in parts if p)
            aliases = tuple(
                (a.findtext("ALIAS_NAME") or "").strip()
                for tag in ("INDIVIDUAL_ALIAS", "ENTITY_ALIAS")
                for a in e.findall(tag)
                if (a.findtext("ALIAS_NAME") or "").strip()
            )
            addrs = tuple(
                Address(
                    (a.findtext("STREET") or "").strip(),
                    (a.findtext("CITY") or "").strip(),
                    (a.findtext("COUNTRY") or "").strip(),
                )
                for tag in ("INDIVIDUAL_ADDRESS", "ENTITY_ADDRESS")
                for a in e.findall(tag)
            )
            year = ""
            for d in e.findall("INDIVIDUAL_DATE_OF_BIRTH"):
                y = (d.findtext("YEAR") or d.findtext("DATE") or "").strip()[:4]
                if y.isdigit():
                    year = y
                    break
            given: tuple[str, ...] = tuple(parts[0].split())
            family: tuple[str, ...] = tuple(" ".join(p for p in parts[1:] if p).split())
            out.append(
                Entry(
                    src="un_sc",
                    list_id=(e.findtext("REFERENCE_NUMBER") or "").strip(),
                    list_name=name,
                    kind=kind,
                    given=given if kind == "person" else (),
                    family=family if kind == "person" else (),
                    aliases=aliases,
                    program=(e.findtext("UN_LIST_TYPE") or "").strip(),
                    addresses=addrs,
                    birth_year=year,
                    original_script=(e.findtext("NAME_ORIGINAL_SCRIPT") or "").strip(),
                    gender=(e.findtext("GENDER") or "").strip(),
                )
            )
    return out


ORG_HINT = re.compile(
    r"\b(LTD|LIMITED|LLC|INC|CORP|CORPORATION|COMPANY|CO|GMBH|JSC|OOO|AO|PJSC|OJSC|CJSC|S\.?A|"
    r"SRL|SARL|FZE|FZC|FZCO|PLC|PTE|BHD|AG|BV|TRADING|INDUSTR\w*|INSTITUTE|UNIVERSITY|GROUP|"
    r"BANK|TECHNOLOG\w*|ENTERPRISE\w*|CENTER|CENTRE|ACADEMY|BUREAU|PLANT|FACTORY|HOLDING\w*|"
    r"INTERNATIONAL|SERVICES|ELECTRONICS|BUREAU|LABORATOR\w*|ASSOCIATION|FOUNDATION)\b",
    re.IGNORECASE,
)


def load_csl() -> list[Entry]:
    out: list[Entry] = []
    with gzip.open(LISTS / "us_csl" / "consolidated_2022-05.csv.gz", "rt", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            name = r["name"].strip()
            typ = r["type"].strip()
            kind = {
                "Individual": "person",
                "Entity": "organization",
                "Vessel": "vessel",
                "Aircraft": "aircraft",
            }.get(typ, "")
            if not kind:
                kind = "organization" if ORG_HINT.search(name) else "other"
            giv, fam = _split_comma_person(name) if kind == "person" else ((), ())
            addrs: list[Address] = []
            for a in r["addresses"].split(";"):
                bits = [b.strip() for b in a.split(",") if b.strip()]
                if bits:
                    addrs.append(
                        Address(", ".join(bits[:-2]), bits[-2] if len(bits) > 1 else "", bits[-1])
                    )
            dob = r["dates_of_birth"].strip()
            out.append(
                Entry(
                    src="us_csl",
                    list_id=r["_id"].strip(),
                    list_name=name,
                    kind=kind,
                    given=giv,
                    family=fam,
                    aliases=tuple(a.strip() for a in r["alt_names"].split(";") if a.strip()),
                    program=r["programs"].strip(),
                    addresses=tuple(addrs),
                    birth_year=dob[:4] if dob[:4].isdigit() else "",
                    remarks=r["remarks"].strip(),
                    csl_source=r["source"].strip(),
                    link=r["entity_number"].strip(),
                )
            )
    return out


def load_dpl() -> list[Entry]:
    out: list[Entry] = []
    with gzip.open(LISTS / "bis_dpl" / "dpl_2023-11-30.txt.gz", "rt", encoding="latin-1") as fh:
        for i, r in enumerate(csv.DictReader(fh, delimiter="\t")):
            name = (r.get("Name") or "").strip()
            if name:
                out.append(Entry(src="us_bis_dpl", list_id=str(i), list_name=name, kind="other"))
    return out


# ---------------------------------------------------------------------------------------------
# normalisation and the "names no other entry" checks
# ---------------------------------------------------------------------------------------------

_APOS = re.compile(r"['’‘`ʿʾ´]")


def norm_tokens(s: str) -> list[str]:
    s = s.replace("ı", "i").replace("İ", "I")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = _APOS.sub("", s.casefold())
    return [t for t in re.findall(r"[^\W_]+", s)]


LEGAL_STRIP = frozenset(
    [
        "llc",
        "ltd",
        "limited",
        "liability",
        "company",
        "co",
        "inc",
        "incorporated",
        "corp",
        "corporation",
        "jsc",
        "joint",
        "stock",
        "ooo",
        "oao",
        "zao",
        "pao",
        "ao",
        "pjsc",
        "ojsc",
        "cjsc",
        "gmbh",
        "fze",
        "fzco",
        "fzc",
        "plc",
        "pte",
        "pvt",
        "private",
        "public",
        "open",
        "closed",
        "sdn",
        "bhd",
        "berhad",
        "sendirian",
        "sarl",
        "srl",
        "spa",
        "ag",
        "bv",
        "nv",
        "kg",
        "doo",
        "obshchestvo",
        "obschestvo",
        "obshestvo",
        "ogranichennoi",
        "ogranichennoy",
        "otvetstvennostyu",
        "otvetstvennostiu",
        "aktsionernoe",
        "zakrytoe",
        "otkrytoe",
        "publichnoe",
        "sociedad",
        "anonima",
        "variable",
        "responsabilidad",
        "limitada",
        "ltda",
        "societe",
        "anonyme",
        "sirketi",
        "anonim",
        "sti",
        "llp",
        "partnership",
        "cia",
        "eirl",
        "sac",
        "sas",
        "the",
        "free",
        "zone",
        "establishment",
    ]
)


def check_tokens(toks: list[str], person: bool) -> list[str]:
    """The words the collision checks compare: for anything but a person, legal-form words and
    single letters (S.A., D.O.O.) are left out, so "XYZ TRADING" collides with "XYZ TRADING LLC"
    of another entry; a name that would keep one word or none keeps all its words."""
    if person:
        return toks
    kept = [t for t in toks if t not in LEGAL_STRIP and len(t) > 1]
    if len(kept) <= 1 and len(toks) > 1:
        return toks  # "TRADING CO LTD" must not shrink to the bare word TRADING
    return kept or toks


def deletions(s: str) -> list[str]:
    return [s[:i] + s[i + 1 :] for i in range(len(s))]


class NameIndex:
    """Every name and alias of every shipped list (DPL included), for the collision checks."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.records: list[tuple[frozenset[str], int]] = []
        self.person_record: list[bool] = []
        self.postings: dict[str, list[int]] = {}
        self.by_rarest: dict[str, list[int]] = {}
        self.near: dict[str, int] = {}  # joined form and its one-deletion forms -> party (-2 many)
        self.sorted_keys: dict[str, int] = {}
        self.exact: dict[str, int] = {}
        self.vocab: dict[str, int] = {}
        for e in entries:
            for n in names_of(e):
                full_toks = norm_tokens(n)
                if not full_toks:
                    continue
                for t in sorted(set(full_toks)):
                    self.vocab[t] = self.vocab.get(t, 0) + 1
                toks = check_tokens(full_toks, e.kind == "person")
                rid = len(self.records)
                self.records.append((frozenset(toks), e.party))
                self.person_record.append(e.kind != "organization" or len(toks[0]) <= 3)
                for t in sorted(set(toks)):
                    self.postings.setdefault(t, []).append(rid)
                joined = "".join(toks)
                self._put(self.exact, joined, e.party)
                for k in [joined, *deletions(joined)] if len(joined) >= 4 else [joined]:
                    self._put(self.near, k, e.party)
                self._put(self.sorted_keys, " ".join(sorted(toks)), e.party)
                sjoined = "".join(sorted(toks))
                if sjoined != joined:
                    for k in [sjoined, *deletions(sjoined)] if len(sjoined) >= 4 else [sjoined]:
                        self._put(self.near, k, e.party)
        for rid, (toks_fs, _p) in enumerate(self.records):
            rarest = min(sorted(toks_fs), key=lambda t: (len(self.postings[t]), t))
            self.by_rarest.setdefault(rarest, []).append(rid)

    @staticmethod
    def _put(d: dict[str, int], k: str, party: int) -> None:
        old = d.get(k)
        if old is None:
            d[k] = party
        elif old != party:
            d[k] = -2

    def contains_other(
        self, query_tokens: Iterable[str], party: int, person_single_ok: bool = False
    ) -> str:
        """A whole name of another party inside the query? With person_single_ok, a one-word
        name of a listed person, vessel or aircraft (a bare given name or nickname such as MONA
        or FARID) or a one-word name of two or three letters (AL) does not count; a one-word
        organisation name (HAMAS, GAZPROM) always does."""
        q = set(query_tokens)
        for t in sorted(q):
            for rid in self.by_rarest.get(t, []):
                toks, p = self.records[rid]
                if p != party and toks <= q:
                    if person_single_ok and len(toks) == 1 and self.person_record[rid]:
                        continue
                    return " ".join(sorted(toks))
        return ""

    def sub_of_other(self, core: Sequence[str], party: int, prefixes: Iterable[str] = ()) -> str:
        """The core (initials and truncated words as prefixes) inside a name of another party?"""
        full = [t for t in core if len(t) > 1]
        pre = sorted({t for t in core if len(t) == 1} | set(prefixes))
        full = [t for t in full if t not in pre]
        if not full:
            return "no full word"
        rarest = min(full, key=lambda t: (len(self.postings.get(t, [])), t))
        for rid in self.postings.get(rarest, []):
            toks, p = self.records[rid]
            if p == party:
                continue
            if all(t in toks for t in full) and all(
                any(x.startswith(pp) for x in toks) for pp in pre
            ):
                return " ".join(sorted(toks))
        return ""

    def near_other(self, core: Sequence[str], party: int, exact_only: bool = False) -> str:
        """Another party's name equal to the core, or one edit (or one swap) away from it, with
        the words in their written order or both sides' words sorted."""
        joined = "".join(core)
        p0 = self.exact.get(joined)
        if p0 is not None and p0 != party:
            return joined
        sjoined = "".join(sorted(core))
        probes = [] if exact_only else [joined, *deletions(joined), sjoined, *deletions(sjoined)]
        for k in probes:
            p = self.near.get(k)
            if p is not None and p != party:
                return k
        p = self.sorted_keys.get(" ".join(sorted(core)))
        if p is not None and p != party:
            return "same words"
        return ""


def names_of(e: Entry) -> list[str]:
    out = [e.list_name, *e.aliases]
    if e.original_script:
        out.append(e.original_script)
    return out


class Parties:
    """Union-find: entries that share a two-word-or-longer name, or a CSL->OFAC link, are one party."""

    def __init__(self, n: int) -> None:
        self.up = list(range(n))

    def find(self, i: int) -> int:
        while self.up[i] != i:
            self.up[i] = self.up[self.up[i]]
            i = self.up[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.up[max(ra, rb)] = min(ra, rb)


def assign_parties(entries: list[Entry]) -> None:
    uf = Parties(len(entries))
    first: dict[str, int] = {}
    ofac: dict[str, int] = {}
    for i, e in enumerate(entries):
        if e.src == "us_ofac_sdn":
            ofac[e.list_id] = i
    for i, e in enumerate(entries):
        for n in names_of(e):
            toks = norm_tokens(n)
            if len(toks) < 2:
                continue
            k = " ".join(sorted(toks))
            if k in first:
                uf.union(first[k], i)
            else:
                first[k] = i
        if e.src == "us_csl" and e.link and e.link in ofac:
            uf.union(ofac[e.link], i)
    for i, e in enumerate(entries):
        e.party = uf.find(i)


# ---------------------------------------------------------------------------------------------
# hand-written tables (all upper case; written for this set, from general knowledge)
# ---------------------------------------------------------------------------------------------

ARABIC: dict[str, list[str]] = {
    "MOHAMMED": ["MUHAMMAD", "MOHAMED", "MOHAMMAD", "MUHAMMED"],
    "MOHAMMAD": ["MUHAMMAD", "MOHAMMED", "MOHAMAD", "MOHAMED"],
    "MUHAMMAD": ["MOHAMMED", "MOHAMMAD", "MOHAMED", "MUHAMMED"],
    "MOHAMED": ["MOHAMMED", "MUHAMMAD", "MOHAMMAD"],
    "AHMED": ["AHMAD"],
    "AHMAD": ["AHMED"],
    "MAHMOUD": ["MAHMUD", "MAHMOOD"],
    "MAHMUD": ["MAHMOUD", "MAHMOOD"],
    "HUSSEIN": ["HUSAYN", "HUSSAIN", "HUSEIN"],
    "HUSAYN": ["HUSSEIN", "HUSSAIN", "HUSEIN"],
    "HUSSAIN": ["HUSSEIN", "HUSAYN"],
    "HASSAN": ["HASAN"],
    "HASAN": ["HASSAN"],
    "YUSUF": ["YOUSEF", "YOUSSEF", "YOUSIF"],
    "YOUSEF": ["YUSUF", "YOUSSEF"],
    "YOUSIF": ["YUSUF", "YOUSEF"],
    "IBRAHIM": ["EBRAHIM", "IBRAHEEM"],
    "ABDULLAH": ["ABDALLAH", "ABDULLA"],
    "ABDALLAH": ["ABDULLAH", "ABDULLA"],
    "KHALED": ["KHALID"],
    "KHALID": ["KHALED"],
    "OMAR": ["UMAR", "OMER"],
    "UMAR": ["OMAR"],
    "OTHMAN": ["UTHMAN", "OSMAN"],
    "UTHMAN": ["OTHMAN", "OSMAN"],
    "SAEED": ["SAID", "SAEID"],
    "SAID": ["SAEED", "SAEID"],
    "SALEH": ["SALIH"],
    "SALIH": ["SALEH"],
    "FAISAL": ["FAYSAL", "FEISAL"],
    "FAYSAL": ["FAISAL"],
    "HAMID": ["HAMEED"],
    "HAMEED": ["HAMID"],
    "RASHID": ["RASHEED"],
    "RASHEED": ["RASHID"],
    "MAJID": ["MAJEED"],
    "WALID": ["WALEED"],
    "WALEED": ["WALID"],
    "KHALIL": ["KHALEEL"],
    "JAMAL": ["GAMAL", "DJAMAL"],
    "QASIM": ["KASSEM", "QASSEM", "KASIM"],
    "QASSIM": ["QASIM", "KASSIM"],
    "JAFAR": ["JAAFAR", "DJAFAR"],
    "JA'FAR": ["JAFAR", "JAAFAR"],
    "HAJJI": ["HAJI", "HADJI"],
    "HAJI": ["HAJJI", "HADJI"],
    "ABU": ["ABOU", "ABO"],
    "BIN": ["BEN", "IBN"],
    "NASSER": ["NASIR", "NASER"],
    "NASIR": ["NASSER", "NASER"],
    "MUSTAFA": ["MOSTAFA", "MUSTAPHA"],
    "MOSTAFA": ["MUSTAFA", "MUSTAPHA"],
    "MUSA": ["MOUSA", "MOUSSA"],
    "ISSA": ["ISA", "EISA"],
    "ISA": ["ISSA", "EISA"],
    "YAHYA": ["YEHIA", "YAHIA"],
    "ZAKARIYA": ["ZAKARIA"],
    "AZIZ": ["AZEEZ"],
    "KARIM": ["KAREEM"],
    "KAREEM": ["KARIM"],
    "NUR": ["NOOR", "NOUR"],
    "NOOR": ["NUR", "NOUR"],
    "SULAYMAN": ["SULEIMAN", "SULEMAN"],
    "SULEIMAN": ["SULAYMAN", "SOLIMAN"],
    "AMIN": ["AMEEN"],
    "AMEEN": ["AMIN"],
    "HAMZA": ["HAMZAH"],
    "ISMAIL": ["ISMAEL", "ISMA'IL"],
    "TARIQ": ["TAREK", "TARIK"],
    "TAREK": ["TARIQ"],
    "ZAID": ["ZAYD", "ZEID"],
    "ZAYD": ["ZAID", "ZEID"],
    "FAWZI": ["FAWZY", "FAUZI"],
    "ABDEL": ["ABDUL", "ABD EL"],
    "ABDUL": ["ABDEL", "ABDOUL"],
    "ABD": ["ABDUL", "ABDEL"],
    "YASIN": ["YASSIN", "YASEEN"],
    "YASSIN": ["YASIN", "YASEEN"],
    "HADI": ["HADY"],
    "HAIDAR": ["HAIDER", "HAYDAR"],
    "HAYDAR": ["HAIDAR", "HAIDER"],
    "MUNIR": ["MOUNIR", "MUNEER"],
    "SAMIR": ["SAMEER"],
    "BASHIR": ["BASHEER", "BACHIR"],
    "NABIL": ["NABEEL"],
    "JALAL": ["DJALAL"],
    "ABBAS": ["ABASS"],
    "MANSOUR": ["MANSUR"],
    "MANSUR": ["MANSOUR"],
    "QADIR": ["KADIR", "QADEER"],
    "ALI": ["ALY"],
    "AWAD": ["AWADH", "EWAD"],
    "SALEM": ["SALIM"],
    "SALIM": ["SALEM", "SELIM"],
    "HAMAD": ["HAMMAD"],
    "KHALAF": ["KHALLAF"],
    "SULTAN": ["SOLTAN"],
    "MUBARAK": ["MOUBARAK"],
    "RAHMAN": ["REHMAN", "RAHMANE"],
    "RAHIM": ["RAHEEM"],
    "SHARIF": ["SHAREEF", "CHERIF"],
    "TAHER": ["TAHIR"],
    "TAHIR": ["TAHER"],
    "ZUBAYR": ["ZUBAIR", "ZOUBEIR"],
    "ZUBAIR": ["ZUBAYR"],
    "UBAYDAH": ["OBEIDA", "UBAIDA"],
    "ATTIA": ["ATIYA", "ATIYAH"],
    "ASHRAF": ["ACHRAF"],
    "HUSAM": ["HOSSAM", "HUSSAM"],
    "HOSSAM": ["HUSAM"],
    "WAEL": ["WA'IL", "WAIL"],
    "MUHSIN": ["MOHSEN", "MOHSIN"],
    "KHADR": ["KHIDR"],
    "HAMDI": ["HAMDY"],
    "FARUQ": ["FAROUK", "FAROOQ"],
    "FAROUK": ["FARUQ", "FAROOQ"],
    "SHAFIQ": ["SHAFIK", "CHAFIK"],
}

PERSIAN: dict[str, list[str]] = {
    "HOSSEIN": ["HOSEIN", "HUSSEIN", "HOSEYN"],
    "HOSEIN": ["HOSSEIN", "HOSEYN"],
    "MOHAMMAD": ["MOHAMAD", "MUHAMMAD", "MOHAMMED"],
    "MOHAMMED": ["MOHAMMAD", "MOHAMAD"],
    "GHOLAM": ["QOLAM", "GHOLAMM"],
    "GHOLAMREZA": ["GHOLAM REZA", "QOLAMREZA", "GHOLAM-REZA"],
    "QASEM": ["GHASEM", "GHASSEM", "QASSEM"],
    "GHASEM": ["QASEM", "GHASSEM"],
    "JAFARI": ["JA'FARI", "JAAFARI"],
    "REZAEI": ["REZAIE", "REZAYI", "REZAI"],
    "REZAIE": ["REZAEI", "REZAYI"],
    "HOSSEINI": ["HOSEINI", "HUSSEINI", "HOSEYNI"],
    "HOSEINI": ["HOSSEINI", "HOSEYNI"],
    "MOUSAVI": ["MUSAVI", "MOOSAVI", "MUSAWI"],
    "MUSAVI": ["MOUSAVI", "MOOSAVI"],
    "SEYED": ["SEYYED", "SAYED", "SEYYID"],
    "SEYYED": ["SEYED", "SAYYED"],
    "SAYYED": ["SEYED", "SEYYED"],
    "MAHDI": ["MEHDI"],
    "MEHDI": ["MAHDI"],
    "MOJTABA": ["MUJTABA"],
    "MOHSEN": ["MOHSIN", "MUHSIN"],
    "ASGHAR": ["ASGAR", "ASQAR"],
    "JAVAD": ["JAWAD"],
    "EBRAHIM": ["IBRAHIM", "EBRAHEEM"],
    "ESMAIL": ["ESMAEIL", "ISMAIL", "ESMAEEL"],
    "ESMAEIL": ["ESMAIL", "ISMAIL"],
    "ABDOLLAH": ["ABDULLAH", "ABDOLAH"],
    "NASROLLAH": ["NASRULLAH", "NASROLAH"],
    "ROHOLLAH": ["RUHOLLAH", "RUHULLAH"],
    "RUHOLLAH": ["ROHOLLAH"],
    "HABIBOLLAH": ["HABIBULLAH"],
    "ZABIHOLLAH": ["ZABIHULLAH"],
    "ALIREZA": ["ALI REZA", "ALI-REZA"],
    "MOHAMMADREZA": ["MOHAMMAD REZA", "MOHAMMAD-REZA"],
    "HAMIDREZA": ["HAMID REZA"],
    "AMIRHOSSEIN": ["AMIR HOSSEIN", "AMIR-HOSSEIN"],
    "MOHAMMADALI": ["MOHAMMAD ALI"],
    "ABOLFAZL": ["ABOLFAZEL", "ABUL FAZL"],
    "MORTEZA": ["MURTAZA", "MORTAZA"],
    "MOSTAFA": ["MUSTAFA", "MOSTAPHA"],
    "MASOUD": ["MASUD", "MASOOD"],
    "MASUD": ["MASOUD"],
    "MAHMOUD": ["MAHMUD", "MAHMOOD"],
    "DAVOUD": ["DAVUD", "DAWOOD", "DAVOOD"],
    "YOUSEF": ["YUSEF", "YUSOF"],
    "SOLEIMANI": ["SOLEYMANI", "SULEIMANI"],
    "SOLEYMANI": ["SOLEIMANI", "SULEIMANI"],
    "KAZEMI": ["KAZEMY", "KADHEMI"],
    "JALALI": ["DJALALI"],
    "GHASEMI": ["QASEMI", "GHASSEMI"],
    "QASEMI": ["GHASEMI"],
    "SADEGHI": ["SADEQI", "SADIGHI"],
    "SADEQI": ["SADEGHI"],
    "SADEGH": ["SADEQ", "SADIQ"],
    "SADEQ": ["SADEGH"],
    "TAGHI": ["TAQI"],
    "TAQI": ["TAGHI"],
    "NAGHI": ["NAQI"],
    "BAGHER": ["BAQER", "BAQIR"],
    "BAQER": ["BAGHER"],
    "HEIDARI": ["HAIDARI", "HEYDARI"],
    "HEYDARI": ["HEIDARI", "HAIDARI"],
    "KHAMENEI": ["KHAMENE'I", "KHAMENEYI"],
    "SHAHRIARI": ["SHAHRYARI"],
    "ABBASI": ["ABASI"],
    "AHMADI": ["AHMEDI"],
    "KARIMI": ["KAREEMI"],
    "MOHAMMADI": ["MOHAMADI", "MUHAMMADI"],
    "RAHIMI": ["RAHEEMI"],
    "NAJAFI": ["NADJAFI"],
    "ZARIF": ["ZAREEF"],
    "VAHIDI": ["VAHEEDI", "WAHIDI"],
    "FIROUZ": ["FIRUZ", "FIROOZ"],
    "SHAHRAM": ["SHAHREM"],
    "SAEID": ["SAEED", "SAID"],
    "SAEED": ["SAEID", "SA'ID"],
    "AKBAR": ["AKBER"],
    "AMIR": ["AMEER"],
    "MAJID": ["MADJID", "MAJEED"],
    "HAMID": ["HAMEED"],
    "NOUROLLAH": ["NURULLAH", "NOORULLAH"],
    "YADOLLAH": ["YADULLAH"],
    "KHALIL": ["KHALEEL"],
    "GHOLAMALI": ["GHOLAM ALI", "QOLAMALI"],
}
PERSIAN_SUFFIX: list[tuple[str, list[str]]] = [
    ("ZADEH", ["ZADE", "ZADA", "ZAADEH"]),
    ("NEJAD", ["NEZHAD", "NEJHAD", "NEZHAAD"]),
    ("POUR", ["PUR", "POOR"]),
    ("NEZHAD", ["NEJAD"]),
    ("ABADI", ["ABADY"]),
    ("IAN", ["YAN"]),
]

RUS_GIVEN: dict[str, list[str]] = {
    "ALEKSANDR": ["ALEXANDER", "ALEXANDR", "ALEKSANDER"],
    "ALEKSEY": ["ALEXEY", "ALEKSEI", "ALEXEI"],
    "ALEKSEI": ["ALEXEI", "ALEKSEY"],
    "SERGEY": ["SERGEI", "SERGEJ"],
    "SERGEI": ["SERGEY", "SERGEJ"],
    "DMITRIY": ["DMITRY", "DMITRI", "DMITRII"],
    "DMITRY": ["DMITRIY", "DMITRI"],
    "YURIY": ["YURI", "IURII", "JURIJ"],
    "YURI": ["YURIY", "IURII"],
    "ANDREY": ["ANDREI", "ANDREJ"],
    "ANDREI": ["ANDREY"],
    "NIKOLAY": ["NIKOLAI", "NICOLAI"],
    "NIKOLAI": ["NIKOLAY"],
    "MIKHAIL": ["MICHAIL", "MIKHAEL"],
    "VIKTOR": ["VICTOR"],
    "ARKADIY": ["ARKADY", "ARKADII"],
    "ANATOLIY": ["ANATOLY", "ANATOLII"],
    "VALERIY": ["VALERY", "VALERII"],
    "GENNADIY": ["GENNADY", "GENNADII"],
    "YEVGENIY": ["EVGENY", "EVGENII", "YEVGENY"],
    "EVGENIY": ["YEVGENIY", "EVGENY", "EVGENII"],
    "EVGENY": ["YEVGENIY", "EVGENII"],
    "YELENA": ["ELENA", "JELENA"],
    "ELENA": ["YELENA"],
    "YEKATERINA": ["EKATERINA", "EKATERINA"],
    "EKATERINA": ["YEKATERINA"],
    "TATYANA": ["TATIANA"],
    "TATIANA": ["TATYANA"],
    "NATALYA": ["NATALIA"],
    "NATALIA": ["NATALYA"],
    "PYOTR": ["PETR", "PIOTR"],
    "PETR": ["PYOTR", "PIOTR"],
    "FYODOR": ["FEDOR", "FIODOR"],
    "FEDOR": ["FYODOR"],
    "SEMYON": ["SEMEN", "SEMION"],
    "ARTYOM": ["ARTEM", "ARTIOM"],
    "ARTEM": ["ARTYOM"],
    "VASILIY": ["VASILY", "VASILII", "VASSILI"],
    "VASILY": ["VASILIY", "VASSILY"],
    "GRIGORIY": ["GRIGORY", "GRIGORII"],
    "GRIGORY": ["GRIGORIY"],
    "KIRILL": ["KIRIL", "CYRIL"],
    "ILYA": ["ILIA", "ILJA"],
    "YULIYA": ["YULIA", "JULIA", "IULIIA"],
    "YULIA": ["YULIYA"],
    "OLEG": ["OLEG"],
    "IGOR": ["IGOR'"],
    "YAKOV": ["IAKOV", "JAKOV"],
    "ANASTASIYA": ["ANASTASIA"],
    "MARIYA": ["MARIA"],
    "DARYA": ["DARIA"],
    "KSENIYA": ["KSENIA", "XENIA"],
    "VYACHESLAV": ["VIACHESLAV", "VJACHESLAV"],
    "YAROSLAV": ["IAROSLAV", "JAROSLAV"],
    "VITALIY": ["VITALY", "VITALII"],
    "VITALY": ["VITALIY"],
    "YEVGENIYA": ["EVGENIYA", "EVGENIA"],
    "MAKSIM": ["MAXIM"],
    "MAXIM": ["MAKSIM"],
    "ALEKSANDROVICH": ["ALEXANDROVICH"],
    "ALEKSEYEVICH": ["ALEKSEEVICH", "ALEXEEVICH"],
    "ALEKSEEVICH": ["ALEKSEYEVICH", "ALEXEEVICH"],
    "SERGEYEVICH": ["SERGEEVICH"],
    "SERGEEVICH": ["SERGEYEVICH"],
    "YURYEVICH": ["YURIEVICH", "IUREVICH"],
    "YURIEVICH": ["YURYEVICH"],
    "VASILYEVICH": ["VASILIEVICH", "VASILEVICH"],
    "ANATOLYEVICH": ["ANATOLIEVICH", "ANATOLEVICH"],
    "ANATOLIEVICH": ["ANATOLYEVICH"],
    "VALERYEVICH": ["VALERIEVICH"],
    "VALERIEVICH": ["VALERYEVICH"],
    "GENNADYEVICH": ["GENNADIEVICH"],
    "GENNADIEVICH": ["GENNADYEVICH"],
    "NIKOLAYEVICH": ["NIKOLAEVICH"],
    "NIKOLAEVICH": ["NIKOLAYEVICH"],
    "ANDREYEVICH": ["ANDREEVICH"],
    "ANDREEVICH": ["ANDREYEVICH"],
    "DMITRIYEVICH": ["DMITRIEVICH"],
    "DMITRIEVICH": ["DMITRIYEVICH"],
    "YEVGENYEVICH": ["EVGENIEVICH", "EVGENEVICH"],
    "EVGENYEVICH": ["EVGENIEVICH", "YEVGENYEVICH"],
    "ALEKSANDROVNA": ["ALEXANDROVNA"],
    "SERGEYEVNA": ["SERGEEVNA"],
    "MIKHAYLOVICH": ["MIKHAILOVICH"],
    "MIKHAILOVICH": ["MIKHAYLOVICH"],
    "GRIGORYEVICH": ["GRIGORIEVICH"],
    "VIKTOROVICH": ["VICTOROVICH"],
}
RUS_RULES: list[tuple[str, str]] = [
    (r"OV$", "OFF"),
    (r"EV$", "EFF"),
    (r"YEV$", "IEV"),
    (r"SKIY$", "SKY"),
    (r"SKIY$", "SKII"),
    (r"SKIY$", "SKI"),
    (r"SKII$", "SKIY"),
    (r"SKY$", "SKIY"),
    (r"IY$", "II"),
    (r"^KH", "H"),
    (r"KH", "H"),
    (r"ZH", "J"),
    (r"TS(?=[AEIOUY])", "TZ"),
    (r"YU", "IU"),
    (r"YA", "IA"),
    (r"^YE", "E"),
    (r"^E", "YE"),
    (r"KS", "X"),
    (r"SHCH", "SCH"),
    (r"YO", "IO"),
    (r"IYA$", "IA"),
    (r"OVA$", "OWA"),
    (r"EVA$", "YEVA"),
    (r"YEVA$", "EVA"),
]

KOREAN: dict[str, list[str]] = {
    "PAK": ["PARK", "BAK"],
    "PARK": ["PAK"],
    "RI": ["LI", "LEE", "RHEE"],
    "LI": ["RI", "LEE"],
    "CHOE": ["CHOI", "CHWE"],
    "CHOI": ["CHOE"],
    "JONG": ["CHONG", "JEONG"],
    "CHONG": ["JONG", "JEONG"],
    "UN": ["EUN"],
    "SONG": ["SEONG", "SUNG"],
    "CHOL": ["CHEOL", "CHUL"],
    "YONG": ["YEONG", "YOUNG"],
    "HYON": ["HYUN", "HYEON"],
    "CHANG": ["JANG"],
    "KWANG": ["GWANG"],
    "KYONG": ["GYEONG", "KYUNG"],
    "O": ["OH"],
    "JU": ["JOO", "CHU"],
    "SU": ["SOO"],
    "HUI": ["HEE", "HUY"],
    "KIM": ["GIM"],
    "KANG": ["GANG"],
    "KO": ["GO", "KOH"],
    "SIN": ["SHIN"],
    "SHIN": ["SIN"],
    "CHON": ["JEON", "CHUN"],
    "HAN": ["HAHN"],
    "MYONG": ["MYEONG", "MYUNG"],
    "SOK": ["SEOK", "SUK"],
    "HYOK": ["HYEOK", "HYUK"],
    "CHUN": ["JUN", "CHOON"],
    "TONG": ["DONG"],
    "TAE": ["DAE"],
    "KYU": ["GYU"],
    "KUK": ["GUK", "KOOK"],
    "MUN": ["MOON"],
    "SON": ["SOHN"],
    "YUN": ["YOON"],
    "HO": ["HOH"],
    "JIN": ["CHIN"],
    "CHIN": ["JIN"],
    "PYONG": ["PYEONG", "PYUNG"],
    "RYONG": ["RYEONG", "RYUNG", "LYONG"],
    "RYO": ["RYEO", "YEO"],
    "SUNG": ["SONG", "SEONG"],
    "KUM": ["GEUM", "KEUM"],
    "TOK": ["DEOK", "DUK"],
    "NAE": ["NAE"],
    "CHAN": ["CHAHN"],
    "HWAN": ["HWAHN"],
    "KI": ["GI", "KEE"],
    "TU": ["DU", "DOO"],
}

WADE: dict[str, list[str]] = {
    "ZHANG": ["CHANG"],
    "ZHAO": ["CHAO"],
    "ZHOU": ["CHOU"],
    "XU": ["HSU"],
    "ZHU": ["CHU"],
    "GUO": ["KUO"],
    "HE": ["HO"],
    "GAO": ["KAO"],
    "LUO": ["LO"],
    "ZHENG": ["CHENG"],
    "XIE": ["HSIEH"],
    "SONG": ["SUNG"],
    "DENG": ["TENG"],
    "CAO": ["TSAO", "TS'AO"],
    "ZENG": ["TSENG"],
    "XIAO": ["HSIAO"],
    "TIAN": ["TIEN", "T'IEN"],
    "DONG": ["TUNG"],
    "CAI": ["TSAI", "TS'AI"],
    "JIANG": ["CHIANG"],
    "DU": ["TU"],
    "YE": ["YEH"],
    "CHENG": ["CH'ENG", "CHENG"],
    "DING": ["TING"],
    "REN": ["JEN"],
    "JIN": ["CHIN"],
    "QIN": ["CH'IN", "CHIN"],
    "QIAN": ["CH'IEN", "CHIEN"],
    "GU": ["KU"],
    "DAI": ["TAI"],
    "ZOU": ["TSOU"],
    "XIONG": ["HSIUNG"],
    "QIU": ["CH'IU", "CHIU"],
    "JIA": ["CHIA"],
    "GONG": ["KUNG"],
    "ZHI": ["CHIH"],
    "GUANG": ["KUANG"],
    "JUN": ["CHUN"],
    "JIE": ["CHIEH"],
    "QIANG": ["CH'IANG", "CHIANG"],
    "XIN": ["HSIN"],
    "XIAN": ["HSIEN"],
    "XING": ["HSING"],
    "ZHONG": ["CHUNG"],
    "HONG": ["HUNG"],
    "YONG": ["YUNG"],
    "RONG": ["JUNG"],
    "QING": ["CH'ING", "CHING"],
    "JING": ["CHING"],
    "JIAN": ["CHIEN"],
    "BIN": ["PIN"],
    "BO": ["PO"],
    "BAO": ["PAO"],
    "DE": ["TE"],
    "GANG": ["KANG"],
    "GE": ["KO"],
    "ZHUANG": ["CHUANG"],
    "ZHAN": ["CHAN"],
    "ZI": ["TZU"],
    "CUI": ["TSUI", "TS'UI"],
    "CONG": ["TSUNG"],
    "ZU": ["TSU"],
    "DA": ["TA"],
    "DI": ["TI"],
    "BEI": ["PEI"],
    "TAO": ["T'AO", "TAO"],
    "KE": ["K'O", "KO"],
    "JUAN": ["CHUAN"],
    "XUE": ["HSUEH"],
    "XUAN": ["HSUAN"],
    "QUAN": ["CH'UAN", "CHUAN"],
    "ZE": ["TSE"],
    "ZHEN": ["CHEN"],
    "ZHAI": ["CHAI"],
    "ZHUO": ["CHO"],
    "RUI": ["JUI"],
    "JIU": ["CHIU"],
    "JIAO": ["CHIAO"],
    "QIAO": ["CH'IAO", "CHIAO"],
    "XIANG": ["HSIANG"],
    "XIU": ["HSIU"],
    "DAN": ["TAN"],
    "DONGSHENG": ["TUNG-SHENG"],
    "GUI": ["KUEI"],
    "KUI": ["K'UEI", "KUEI"],
    "DUAN": ["TUAN"],
    "BING": ["PING"],
    "BIAO": ["PIAO"],
    "ZHIQIANG": ["CHIH-CH'IANG", "CHIH-CHIANG"],
    "LIAN": ["LIEN"],
    "NIAN": ["NIEN"],
    "MIAN": ["MIEN"],
    "BIAN": ["PIEN"],
    "DIAN": ["TIEN"],
    "YAN": ["YEN"],
    "JIONG": ["CHIUNG"],
    "QIONG": ["CH'IUNG"],
    "XUN": ["HSUN"],
    "ZAN": ["TSAN"],
    "ZAO": ["TSAO"],
    "CAN": ["TS'AN", "TSAN"],
    "SI": ["SSU", "SZU"],
    "CI": ["TZ'U", "TZU"],
    "SHI": ["SHIH"],
    "CHI": ["CH'IH", "CHIH"],
    "RI": ["JIH"],
    "RU": ["JU"],
    "RUN": ["JUN"],
    "GENG": ["KENG"],
    "DENGHUI": ["TENG-HUI"],
}
PINYIN_SYLLABLES = sorted(
    set(
        """a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng
        cha chai chan chang chao che chen cheng chi chong chou chu chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun
        cuo da dai dan dang dao de dei den deng di dian diao die ding diu dong dou du duan dui dun duo e ei en er fa fan fang fei
        fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he
        hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka
        kai kan kang kao ke ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang
        liao lie lin ling liu long lou lu lv luan lue lun luo ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo
        mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nue nuo o ou pa pai pan
        pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun
        ran rang rao re ren reng ri rong rou ru ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she
        shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao
        te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie
        xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei
        zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong
        zou zu zuan zui zun zuo""".upper().split()
    )
)
POSTAL: dict[str, list[str]] = {
    "BEIJING": ["PEKING", "BEI JING"],
    "GUANGZHOU": ["CANTON", "GUANG ZHOU", "KWANGCHOW"],
    "TIANJIN": ["TIENTSIN", "TIAN JIN"],
    "NANJING": ["NANKING", "NAN JING"],
    "CHONGQING": ["CHUNGKING", "CHONG QING"],
    "HANGZHOU": ["HANGCHOW", "HANG ZHOU"],
    "XIAMEN": ["AMOY", "XIA MEN"],
    "SUZHOU": ["SOOCHOW", "SU ZHOU"],
    "QINGDAO": ["TSINGTAO", "QING DAO"],
    "GUANGDONG": ["KWANGTUNG", "GUANG DONG"],
    "SICHUAN": ["SZECHWAN", "SZECHUAN", "SI CHUAN"],
    "SHENZHEN": ["SHEN ZHEN", "SHENCHEN"],
    "SHANGHAI": ["SHANG HAI"],
    "WUHAN": ["WU HAN"],
    "CHENGDU": ["CHENG DU", "CHENGTU"],
    "XIAN": ["SIAN", "XI'AN", "HSIAN"],
    "DALIAN": ["DAIREN", "DA LIAN", "TALIEN"],
    "SHENYANG": ["MUKDEN", "SHEN YANG"],
    "HARBIN": ["HAERBIN"],
    "ZHUHAI": ["ZHU HAI", "CHUHAI"],
    "DONGGUAN": ["DONG GUAN", "TUNGKUAN"],
    "NINGBO": ["NING BO", "NINGPO"],
    "FUZHOU": ["FOOCHOW", "FU ZHOU"],
    "JIANGSU": ["KIANGSU", "JIANG SU"],
    "ZHEJIANG": ["CHEKIANG", "ZHE JIANG"],
    "CHANGSHA": ["CHANG SHA"],
    "HEFEI": ["HE FEI"],
    "ZHENGZHOU": ["ZHENG ZHOU", "CHENGCHOW"],
    "WUXI": ["WU XI", "WUHSI"],
    "XINJIANG": ["SINKIANG", "XIN JIANG"],
    "KUNMING": ["KUN MING"],
    "JINAN": ["TSINAN", "JI NAN"],
    "TAIYUAN": ["TAI YUAN"],
    "ZHONGSHAN": ["ZHONG SHAN", "CHUNGSHAN"],
    "FOSHAN": ["FO SHAN", "FATSHAN"],
    "HUNAN": ["HU NAN"],
    "HUBEI": ["HU BEI", "HUPEH"],
    "SHAANXI": ["SHAAN XI", "SHENSI"],
    "SHANDONG": ["SHAN DONG", "SHANTUNG"],
    "HENAN": ["HE NAN", "HONAN"],
}

TURKISH: dict[str, str] = {
    "SIRKETI": "ŞİRKETİ",
    "TICARET": "TİCARET",
    "SANAYI": "SANAYİ",
    "DIS": "DIŞ",
    "ITHALAT": "İTHALAT",
    "IHRACAT": "İHRACAT",
    "INSAAT": "İNŞAAT",
    "PAZARLAMA": "PAZARLAMA",
    "TURIZM": "TURİZM",
    "ANONIM": "ANONİM",
    "GIDA": "GIDA",
    "KIMYA": "KİMYA",
    "OZTURK": "ÖZTÜRK",
    "CELIK": "ÇELİK",
    "SAHIN": "ŞAHİN",
    "OZKAN": "ÖZKAN",
    "GUL": "GÜL",
    "KOC": "KOÇ",
    "OZDEMIR": "ÖZDEMİR",
    "YILDIZ": "YILDIZ",
    "AYDIN": "AYDIN",
    "ERDOGAN": "ERDOĞAN",
    "DOGAN": "DOĞAN",
    "GUNES": "GÜNEŞ",
    "CAKIR": "ÇAKIR",
    "KUCUK": "KÜÇÜK",
    "BUYUK": "BÜYÜK",
    "SAGLAM": "SAĞLAM",
    "ISTANBUL": "İSTANBUL",
    "IZMIR": "İZMİR",
    "ULUSLARARASI": "ULUSLARARASI",
    "NAKLIYAT": "NAKLİYAT",
    "LOJISTIK": "LOJİSTİK",
    "DENIZCILIK": "DENİZCİLİK",
    "HIZMETLERI": "HİZMETLERİ",
    "ENERJI": "ENERJİ",
    "ELEKTRONIK": "ELEKTRONİK",
    "MUHENDISLIK": "MÜHENDİSLİK",
    "MAKINA": "MAKİNA",
    "OTOMOTIV": "OTOMOTİV",
    "DANISMANLIK": "DANIŞMANLIK",
    "YATIRIM": "YATIRIM",
    "HOLDING": "HOLDİNG",
    "VE": "VE",
    "LTD": "LTD",
    "STI": "ŞTİ",
    "SIRKET": "ŞİRKET",
    "MUSTAFA": "MUSTAFA",
    "SUKRU": "ŞÜKRÜ",
    "OMER": "ÖMER",
    "ISMAIL": "İSMAİL",
    "IBRAHIM": "İBRAHİM",
    "HUSEYIN": "HÜSEYİN",
    "CAGRI": "ÇAĞRI",
    "GOKHAN": "GÖKHAN",
    "OZGUR": "ÖZGÜR",
    "TUGBA": "TUĞBA",
    "SEKER": "ŞEKER",
    "KARADENIZ": "KARADENİZ",
    "AKDENIZ": "AKDENİZ",
    "BASARAN": "BAŞARAN",
    "SIMSEK": "ŞİMŞEK",
    "OZEL": "ÖZEL",
    "DUNYA": "DÜNYA",
    "URETIM": "ÜRETİM",
    "KURUMSAL": "KURUMSAL",
    "TEKNOLOJI": "TEKNOLOJİ",
    "TEKSTIL": "TEKSTİL",
    "PETROL": "PETROL",
    "DIS TICARET": "DIŞ TİCARET",
    "GUVENLIK": "GÜVENLİK",
    "SAVUNMA": "SAVUNMA",
    "HAVACILIK": "HAVACILIK",
    "METAL": "METAL",
    "MADENCILIK": "MADENCİLİK",
    "KUYUMCULUK": "KUYUMCULUK",
    "ALTIN": "ALTIN",
    "DOVIZ": "DÖVİZ",
    "ZIRAAT": "ZİRAAT",
    "OGLU": "OĞLU",
    "KARAGOZ": "KARAGÖZ",
    "KOSE": "KÖSE",
    "UNAL": "ÜNAL",
    "AKGUN": "AKGÜN",
    "TURKIYE": "TÜRKİYE",
    "SEHIR": "ŞEHİR",
    "SUBESI": "ŞUBESİ",
    "MUDURLUGU": "MÜDÜRLÜĞÜ",
    "GENEL": "GENEL",
}
TURKISH_FOLD = {
    "Ş": ["SH", "S"],
    "Ç": ["CH", "C"],
    "Ğ": ["GH", "G", ""],
    "Ö": ["OE", "O"],
    "Ü": ["UE", "U"],
    "İ": ["I"],
    "I": ["I"],
}

# legal forms: canonical letters -> (long form, preferred short written form)
LEGAL_LONG: list[tuple[str, str]] = [
    ("LIMITED LIABILITY COMPANY", "LLC"),
    ("LIMITED LIABILITY PARTNERSHIP", "LLP"),
    ("PUBLIC JOINT STOCK COMPANY", "PJSC"),
    ("CLOSED JOINT STOCK COMPANY", "CJSC"),
    ("OPEN JOINT STOCK COMPANY", "OJSC"),
    ("JOINT STOCK COMPANY", "JSC"),
    ("PUBLIC LIMITED COMPANY", "PLC"),
    ("PRIVATE LIMITED COMPANY", "PVT LTD"),
    ("PRIVATE LIMITED", "PVT LTD"),
    ("COMPANY LIMITED", "CO LTD"),
    ("LIMITED", "LTD"),
    ("COMPANY", "CO"),
    ("CORPORATION", "CORP"),
    ("INCORPORATED", "INC"),
    ("SOCIEDAD ANONIMA DE CAPITAL VARIABLE", "S.A. DE C.V."),
    ("SOCIEDAD DE RESPONSABILIDAD LIMITADA", "S. DE R.L."),
    ("SOCIEDAD ANONIMA", "S.A."),
    ("SOCIETE ANONYME", "S.A."),
    ("OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU", "OOO"),
    ("OBSHCHESTVO S OGRANICHENNOY OTVETSTVENNOSTYU", "OOO"),
    ("AKTSIONERNOE OBSHCHESTVO", "AO"),
    ("ZAKRYTOE AKTSIONERNOE OBSHCHESTVO", "ZAO"),
    ("OTKRYTOE AKTSIONERNOE OBSHCHESTVO", "OAO"),
    ("PUBLICHNOE AKTSIONERNOE OBSHCHESTVO", "PAO"),
    ("FREE ZONE ESTABLISHMENT", "FZE"),
    ("FREE ZONE COMPANY", "FZCO"),
    ("GESELLSCHAFT MIT BESCHRANKTER HAFTUNG", "GMBH"),
    ("SENDIRIAN BERHAD", "SDN BHD"),
    ("BERHAD", "BHD"),
    ("SOCIETA PER AZIONI", "SPA"),
    ("PRIVATE LIMITED COMPANY", "PTE LTD"),
    ("ANONIM SIRKETI", "A.S."),
    ("LIMITED SIRKETI", "LTD STI"),
]
LEGAL_EXPAND: dict[str, list[str]] = {
    "LLC": ["LIMITED LIABILITY COMPANY"],
    "L.L.C.": ["LIMITED LIABILITY COMPANY"],
    "LTD": ["LIMITED"],
    "LTD.": ["LIMITED"],
    "CO., LTD.": ["COMPANY LIMITED", "CO. LIMITED"],
    "CO., LTD": ["COMPANY LIMITED"],
    "CO. LTD": ["COMPANY LIMITED"],
    "CO LTD": ["COMPANY LIMITED"],
    "CO.": ["COMPANY"],
    "CO": ["COMPANY"],
    "CORP.": ["CORPORATION"],
    "CORP": ["CORPORATION"],
    "INC.": ["INCORPORATED"],
    "INC": ["INCORPORATED"],
    "JSC": ["JOINT STOCK COMPANY", "JOINT-STOCK COMPANY"],
    "PJSC": ["PUBLIC JOINT STOCK COMPANY"],
    "OJSC": ["OPEN JOINT STOCK COMPANY"],
    "CJSC": ["CLOSED JOINT STOCK COMPANY"],
    "OOO": [
        "OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU",
        "OBSHESTVO S OGRANICHENNOY OTVETSTVENNOSTIU",
    ],
    "AO": ["AKTSIONERNOE OBSHCHESTVO"],
    "ZAO": ["ZAKRYTOE AKTSIONERNOE OBSHCHESTVO"],
    "OAO": ["OTKRYTOE AKTSIONERNOE OBSHCHESTVO"],
    "PAO": ["PUBLICHNOE AKTSIONERNOE OBSHCHESTVO"],
    "FZE": ["FREE ZONE ESTABLISHMENT"],
    "FZCO": ["FREE ZONE COMPANY"],
    "FZC": ["FREE ZONE COMPANY"],
    "GMBH": ["GESELLSCHAFT MIT BESCHRAENKTER HAFTUNG"],
    "SDN BHD": ["SENDIRIAN BERHAD"],
    "SDN. BHD.": ["SENDIRIAN BERHAD"],
    "BHD": ["BERHAD"],
    "PLC": ["PUBLIC LIMITED COMPANY"],
    "PTE LTD": ["PRIVATE LIMITED"],
    "PTE. LTD.": ["PRIVATE LIMITED"],
    "PVT LTD": ["PRIVATE LIMITED"],
    "PVT. LTD.": ["PRIVATE LIMITED"],
    "S.A.": ["SOCIEDAD ANONIMA"],
    "SA": ["SOCIEDAD ANONIMA"],
    "S.A. DE C.V.": ["SOCIEDAD ANONIMA DE CAPITAL VARIABLE"],
    "SA DE CV": ["SOCIEDAD ANONIMA DE CAPITAL VARIABLE"],
    "S. DE R.L.": ["SOCIEDAD DE RESPONSABILIDAD LIMITADA"],
    "SRL": ["SOCIEDAD DE RESPONSABILIDAD LIMITADA"],
    "SARL": ["SOCIETE A RESPONSABILITE LIMITEE"],
    "S.A.R.L.": ["SOCIETE A RESPONSABILITE LIMITEE"],
    "LLP": ["LIMITED LIABILITY PARTNERSHIP"],
    "SPA": ["SOCIETA PER AZIONI"],
    "S.P.A.": ["SOCIETA PER AZIONI"],
    "A.S.": ["ANONIM SIRKETI"],
    "LTD STI": ["LIMITED SIRKETI"],
    "LTD. STI.": ["LIMITED SIRKETI"],
}
# the short forms a legal-form token sequence may take (for find / drop / move / foreign / spaced)
LEGAL_FORMS = sorted(
    {k for k in LEGAL_EXPAND}
    | {long for long, _ in LEGAL_LONG}
    | {
        "AG",
        "BV",
        "NV",
        "KG",
        "SAS",
        "SAC",
        "DOO",
        "D.O.O.",
        "EOOD",
        "OOD",
        "A/S",
        "OY",
        "KFT",
        "SP. Z O.O.",
        "S.R.O.",
        "FZ-LLC",
        "FZ LLC",
        "L.L.C",
        "INCORPORATED",
        "LIMITED",
        "CORPORATION",
        "COMPANY",
        "SHERKAT",
        "PJS",
        "UAB",
        "PT",
        "JSCO",
        "CO.,LTD",
        "CO.,LTD.",
        "CO.LTD",
        "CO. LTD.",
        "CO., LIMITED",
        "LIMITADA",
        "LTDA",
        "LTDA.",
        "S.A.C.",
        "E.I.R.L.",
        "CIA",
        "CIA.",
        "& CO",
        "AND CO",
        "S.A.S.",
        "SPOL. S R.O.",
        "A.D.",
        "D.D.",
    },
    key=lambda s: (-len(s), s),
)
LEGAL_FOREIGN: dict[str, list[str]] = {
    "LLC": ["LTD", "L.T.D.", "OOO", "GMBH", "SARL"],
    "LTD": ["LLC", "INC", "GMBH", "CO"],
    "LIMITED": ["LLC", "INC", "CORP"],
    "OOO": ["LLC", "LTD"],
    "JSC": ["AO", "PLC", "AG"],
    "AO": ["JSC", "PLC"],
    "PJSC": ["PAO", "PLC"],
    "PAO": ["PJSC", "PLC"],
    "OAO": ["OJSC", "PLC"],
    "ZAO": ["CJSC", "LTD"],
    "CO., LTD.": ["LLC", "CORP", "LIMITED"],
    "CO LTD": ["LLC", "INC"],
    "CO., LTD": ["LLC"],
    "INC": ["LTD", "LLC", "CORP"],
    "INC.": ["LTD", "LLC", "CORP"],
    "CORP": ["INC", "LTD"],
    "CORPORATION": ["INC", "LIMITED", "COMPANY"],
    "S.A.": ["S.A.S.", "SARL", "S.R.L.", "LTDA", "INC"],
    "SA": ["SARL", "SRL", "INC"],
    "GMBH": ["LTD", "LLC", "AG"],
    "FZE": ["LLC", "FZCO", "FZC", "LTD"],
    "FZCO": ["FZE", "LLC"],
    "FZC": ["FZE", "LLC"],
    "S.A. DE C.V.": ["S. DE R.L.", "S.A."],
    "SA DE CV": ["S DE RL", "SA"],
    "SARL": ["SA", "LLC"],
    "PLC": ["LTD", "JSC"],
    "SDN BHD": ["BHD", "PTE LTD", "LTD"],
    "PTE LTD": ["LTD", "SDN BHD"],
    "PTE. LTD.": ["LTD", "LIMITED"],
    "COMPANY": ["CORPORATION", "LLC", "LTD"],
    "CO.": ["CORP", "LLC"],
    "LLP": ["LLC", "LTD"],
    "SRL": ["SA", "SARL"],
    "AG": ["GMBH", "SA"],
    "LTDA": ["SA", "LTD"],
    "LTDA.": ["S.A.", "LTD"],
    "CO": ["CORP", "LTD"],
}
LEGAL_MISSPELL: dict[str, list[str]] = {
    "LIMITED": [
        "LIMTED",
        "LIMITTED",
        "LIMTIED",
        "LIMITD",
        "LMITED",
        "LIMIITED",
        "LIMITEED",
    ],
    "COMPANY": ["COMAPNY", "COMPNAY", "COMPANI", "CAMPANY", "COMPNY", "COMPANYY", "COMAPANY"],
    "CORPORATION": [
        "CORPORATOIN",
        "CORPRATION",
        "COPORATION",
        "CORPERATION",
        "CORPORATON",
        "CORPORTION",
    ],
    "INCORPORATED": ["INCORPRATED", "INCORPERATED", "INCOPORATED", "INCORPORTED"],
    "LIABILITY": ["LIABILTY", "LIABLITY", "LAIBILITY", "LIABILIY"],
    "JOINT": ["JIONT", "JONT", "JOINTT"],
    "STOCK": ["STOK", "STOCKK", "STCOK"],
    "SOCIEDAD": ["SOCIEDA", "SOCEIDAD", "SOSIEDAD", "SOCIEDADE"],
    "ANONIMA": ["ANONIMMA", "ANONYMA", "ANONIMAA", "ANNONIMA"],
    "LTD": ["LDT", "LTDD", "LTF", "LRD"],
    "LLC": ["LCC", "LLLC", "LLV", "LKC"],
    "INC": ["ICN", "INCC", "IMC"],
    "CORP": ["COPR", "CORPP", "CRP"],
    "GMBH": ["GMHB", "GBMH", "GMBG"],
    "JSC": ["JCS", "JSV"],
    "PJSC": ["PJCS", "PSJC"],
    "OOO": ["OOOO", "OO"],
    "FZE": ["FEZ", "FZEE"],
    "FZCO": ["FZOC", "FCZO"],
    "PLC": ["PCL", "PLLC"],
    "BERHAD": ["BERHARD", "BERAHD"],
    "PRIVATE": ["PRIVTE", "PIRVATE", "PRIAVTE"],
    "PUBLIC": ["PUBILC", "PUBLIK", "PUBLC"],
    "CO": ["COO", "CPO"],
    "OBSHCHESTVO": ["OBSHESTVO", "OBSCHESTVO", "OBSHCHESTVA"],
    "ESTABLISHMENT": ["ESTABLISMENT", "ESTABILSHMENT", "ESTABLISHMNET"],
    "SARL": ["SRAL", "SARLL"],
    "SIRKETI": ["SIRKETTI", "SRIKETI"],
}
LEGAL_DOTTED: dict[str, list[str]] = {
    "LLC": ["L.L.C.", "L L C", "L.L.C", "L. L. C."],
    "LTD": ["LTD.", "L.T.D", "LTD ."],
    "CO LTD": ["CO.,LTD.", "CO. LTD.", "CO.,LTD", "Co.Ltd.", "CO . LTD"],
    "SA": ["S.A.", "S A", "S. A.", "S.A", "S..A."],
    "SADECV": ["S.A. DE C.V.", "S A DE C V", "SA DE CV", "S.A DE C.V", "S.A. de C.V"],
    "OOO": ["O.O.O.", "O O O", "O.O.O"],
    "JSC": ["J.S.C.", "J S C", "J.S.C"],
    "PJSC": ["P.J.S.C.", "P J S C", "P.JSC"],
    "GMBH": ["G.M.B.H.", "G M B H", "G.m.b.H.", "GmbH."],
    "FZE": ["F.Z.E.", "F Z E", "F.Z.E"],
    "FZCO": ["F.Z.CO", "FZ CO", "F.Z.C.O."],
    "FZC": ["F.Z.C.", "F Z C", "F.Z.C"],
    "PLC": ["P.L.C.", "P L C"],
    "INC": ["INC.", "I.N.C."],
    "SDNBHD": ["SDN. BHD.", "S/B", "SDN.BHD."],
    "PTELTD": ["PTE. LTD.", "PTE.LTD", "P.T.E. LTD."],
    "LLP": ["L.L.P.", "L L P"],
    "SRL": ["S.R.L.", "S R L", "S.R.L"],
    "SARL": ["S.A.R.L.", "S A R L", "S.A.R.L"],
    "SPA": ["S.P.A.", "S.p.A.", "S P A"],
    "AG": ["A.G.", "A G"],
    "BV": ["B.V.", "B V"],
    "NV": ["N.V.", "N V"],
    "DOO": ["D.O.O.", "D O O", "D.O..O"],
    "AD": ["A.D.", "A D"],
    "SAC": ["S.A.C.", "S A C"],
    "SAS": ["S.A.S.", "S A S", "S..AS."],
    "AO": ["A.O.", "A O"],
    "ZAO": ["Z.A.O.", "Z A O"],
    "OAO": ["O.A.O.", "O A O"],
    "PAO": ["P.A.O.", "P A O"],
    "CJSC": ["C.J.S.C.", "C J S C"],
    "OJSC": ["O.J.S.C.", "O J S C"],
    "AS": ["A.S.", "A S", "A/S"],
    "LTDSTI": ["LTD. STI.", "LTD.ŞTİ.", "LTD STI.", "LTD.STI"],
    "SDERL": ["S. DE R.L.", "S DE RL", "S. de R. L."],
    "LTDA": ["LTDA.", "L.T.D.A."],
    "KK": ["K.K.", "K K"],
}

GENERIC_ABBR: dict[str, list[str]] = {
    "INTERNATIONAL": ["INTL", "INT'L", "INTL."],
    "TRADING": ["TRDG", "TRAD."],
    "INDUSTRIES": ["INDS", "IND.", "INDUS."],
    "INDUSTRIAL": ["INDL", "INDUS."],
    "TECHNOLOGY": ["TECH", "TECHNOL."],
    "TECHNOLOGIES": ["TECH", "TECHS"],
    "MANUFACTURING": ["MFG", "MANUF."],
    "ENGINEERING": ["ENGG", "ENG.", "ENGRG"],
    "DEVELOPMENT": ["DEVT", "DEV."],
    "ELECTRONICS": ["ELEC.", "ELECTR."],
    "ELECTRONIC": ["ELEC."],
    "SERVICES": ["SVCS", "SERV."],
    "SERVICE": ["SVC", "SERV."],
    "MANAGEMENT": ["MGMT", "MGT"],
    "ASSOCIATION": ["ASSN", "ASSOC."],
    "BROTHERS": ["BROS", "BROS."],
    "GROUP": ["GRP"],
    "SHIPPING": ["SHPG", "SHIPG"],
    "INVESTMENT": ["INVT", "INV."],
    "INVESTMENTS": ["INVTS", "INVS"],
    "NATIONAL": ["NATL", "NAT'L"],
    "EQUIPMENT": ["EQUIP.", "EQPT"],
    "DEPARTMENT": ["DEPT"],
    "COMMERCIAL": ["COMML", "COMM."],
    "CONSTRUCTION": ["CONSTR.", "CONSTN"],
    "ENTERPRISE": ["ENT.", "ENTERP."],
    "ENTERPRISES": ["ENTS", "ENTERPS."],
    "INSTITUTE": ["INST.", "INST"],
    "RESEARCH": ["RES.", "RSCH"],
    "SCIENTIFIC": ["SCI.", "SCIENT."],
    "UNIVERSITY": ["UNIV.", "UNIV"],
    "LABORATORY": ["LAB", "LAB."],
    "LABORATORIES": ["LABS"],
    "CHEMICAL": ["CHEM.", "CHEM"],
    "CHEMICALS": ["CHEMS"],
    "INSURANCE": ["INS.", "INSUR."],
    "INDUSTRY": ["IND.", "INDY"],
    "MACHINERY": ["MACHY", "MACH."],
    "AVIATION": ["AVN", "AVIAT."],
    "GENERAL": ["GEN.", "GENL"],
    "SYSTEMS": ["SYS", "SYST."],
    "COMMUNICATIONS": ["COMMS", "COMMUN."],
    "HOLDING": ["HLDG", "HOLD."],
    "HOLDINGS": ["HLDGS"],
    "ASSOCIATES": ["ASSOCS", "ASSOC."],
    "DISTRIBUTION": ["DISTRIB.", "DISTR."],
    "PRODUCTS": ["PRODS", "PROD."],
    "PRODUCTION": ["PROD.", "PRODN"],
    "CENTER": ["CTR", "CNTR"],
    "CENTRE": ["CTR", "CNTR"],
    "FACTORY": ["FTY", "FCTY"],
    "TRANSPORT": ["TRANSP.", "TRANS."],
    "IMPORT": ["IMP.", "IMPT"],
    "EXPORT": ["EXP.", "EXPT"],
    "PETROLEUM": ["PETRO", "PETROL."],
    "MARITIME": ["MARIT.", "MAR."],
    "ORGANIZATION": ["ORG.", "ORGN"],
    "FOUNDATION": ["FDN", "FOUND."],
    "SHIPBUILDING": ["SHIPBLDG"],
    "BUILDING": ["BLDG"],
    "MEDICAL": ["MED."],
    "PHARMACEUTICAL": ["PHARMA", "PHARM."],
    "PHARMACEUTICALS": ["PHARMA"],
    "EXCHANGE": ["EXCH.", "EXCH"],
    "MINING": ["MNG"],
    "MARKETING": ["MKTG"],
    "AND": ["&"],
    "&": ["AND"],
    "SOCIETY": ["SOC."],
    "ELECTRICAL": ["ELECT."],
    "AUTOMATION": ["AUTOM."],
    "INFORMATION": ["INFO", "INF."],
    "CONSULTING": ["CONSULT.", "CONSLT"],
}
GENERIC_TRANSLATE: dict[str, list[str]] = {
    "TRADING": ["TICARET", "COMERCIAL", "HANDEL", "TEJARAT", "MAOYI"],
    "TICARET": ["TRADING", "TRADE"],
    "TEJARAT": ["TRADING", "TRADE"],
    "GROUP": ["GRUPO", "GRUPPA", "GRUPPE", "JITUAN", "GROUPE"],
    "GRUPO": ["GROUP"],
    "GRUPPA": ["GROUP"],
    "SERVICES": ["SERVICIOS", "HIZMETLERI"],
    "SERVICIOS": ["SERVICES"],
    "INTERNATIONAL": ["INTERNACIONAL", "INTERNATIONALE", "MEZHDUNARODNAYA", "ULUSLARARASI"],
    "INTERNACIONAL": ["INTERNATIONAL"],
    "INDUSTRIES": ["INDUSTRIAS", "SANAYE", "SANAYI", "INDUSTRIE"],
    "INDUSTRIAS": ["INDUSTRIES"],
    "SANAYE": ["INDUSTRIES", "INDUSTRY"],
    "SANAYI": ["INDUSTRY", "INDUSTRIES"],
    "INVESTMENTS": ["INVERSIONES", "INVESTISSEMENTS"],
    "INVERSIONES": ["INVESTMENTS"],
    "TRANSPORT": ["TRANSPORTES", "TRANSPORTE"],
    "TRANSPORTES": ["TRANSPORT"],
    "NAVIGATION": ["NAVEGACION", "KESHTIRANI"],
    "NAVEGACION": ["NAVIGATION", "SHIPPING"],
    "COMPANIA": ["COMPANY"],
    "COMPANY": ["SHERKAT", "KOMPANIYA", "COMPANIA", "SHIRKAT"],
    "SHERKAT": ["COMPANY"],
    "KOMPANIYA": ["COMPANY"],
    "BANK": ["BANCO", "BANQUE", "BANKA"],
    "BANCO": ["BANK"],
    "BANQUE": ["BANK"],
    "ZAVOD": ["PLANT", "FACTORY", "WORKS"],
    "PLANT": ["ZAVOD"],
    "FACTORY": ["ZAVOD", "FABRIKA", "GONGCHANG"],
    "KONTSERN": ["CONCERN"],
    "CONCERN": ["KONTSERN", "KONZERN"],
    "TECHNOLOGY": ["KEJI", "TECNOLOGIA", "TEKNOLOJI", "TEKHNOLOGII"],
    "KEJI": ["TECHNOLOGY", "SCIENCE AND TECHNOLOGY"],
    "SCIENTIFIC": ["NAUCHNO", "CIENTIFICO"],
    "ELECTRONICS": ["DIANZI", "ELEKTRONIKA", "ELECTRONICA"],
    "DIANZI": ["ELECTRONICS", "ELECTRONIC"],
    "CORPORATION": ["KORPORATSIYA", "CORPORACION", "GONGSI"],
    "INSTITUTE": ["INSTITUT", "INSTITUTO", "YANJIUSUO"],
    "INSTITUT": ["INSTITUTE"],
    "INSTITUTO": ["INSTITUTE"],
    "ENGINEERING": ["INGENIERIA", "INZHENERING", "GONGCHENG", "MUHENDISLIK"],
    "SHIPPING": ["KESHTIRANI", "NAVIGATION", "DENIZCILIK"],
    "KESHTIRANI": ["SHIPPING"],
    "IMPORT": ["IMPORTACION"],
    "EXPORT": ["EXPORTACION"],
    "OIL": ["NAFT", "NEFT", "PETROLEO"],
    "PETROLEUM": ["PETROLEO", "NAFT", "NEFT"],
    "NAFT": ["OIL", "PETROLEUM"],
    "FOUNDATION": ["FUNDACION", "BONYAD", "MU'ASSASA"],
    "BONYAD": ["FOUNDATION"],
    "CHARITABLE": ["KHAIRIYA", "KHAYRIYAH"],
    "SOCIETY": ["JAMIAT", "SOCIEDAD", "OBSHCHESTVO"],
    "ORGANIZATION": ["SAZMAN", "ORGANIZACION"],
    "SAZMAN": ["ORGANIZATION"],
    "MACHINERY": ["MASHINERY", "MAQUINARIA"],
    "CONSTRUCTION": ["CONSTRUCTORA", "INSAAT", "STROY"],
    "MINING": ["MINERA", "MADENCILIK", "KUANGYE"],
    "TEXTILE": ["TEXTIL", "TEKSTIL"],
    "SHIPBUILDING": ["SUDOSTROITELNY", "SUDOSTROYENIYE"],
    "AVIATION": ["AVIATSIA", "AVIACION", "HAVACILIK"],
    "RESEARCH": ["ISSLEDOVATELSKIY", "INVESTIGACION", "YANJIU"],
    "LOGISTICS": ["LOJISTIK", "LOGISTIKA", "LOGISTICA", "WULIU"],
}

NICK: dict[str, list[str]] = {
    "MOHAMMED": ["MOHD", "MD", "MOHD."],
    "MUHAMMAD": ["MUHD", "MOHD", "MD."],
    "MOHAMMAD": ["MOHD", "MOHD."],
    "MOHAMED": ["MOHD", "MED"],
    "ABDUL": ["ABD"],
    "ABDULLAH": ["ABDULLA"],
    "FRANCISCO": ["PACO", "PANCHO"],
    "JOSE": ["PEPE"],
    "IGNACIO": ["NACHO"],
    "JESUS": ["CHUY"],
    "GUILLERMO": ["MEMO"],
    "ALEJANDRO": ["ALEX"],
    "ROBERTO": ["BETO"],
    "ALBERTO": ["BETO"],
    "EDUARDO": ["LALO"],
    "ENRIQUE": ["KIKE"],
    "RAFAEL": ["RAFA"],
    "MANUEL": ["MANOLO", "MANO"],
    "CONCEPCION": ["CONCHA", "CONCHITA"],
    "DOLORES": ["LOLA"],
    "GUADALUPE": ["LUPE"],
    "WILLIAM": ["BILL", "WILL"],
    "ROBERT": ["BOB", "ROB"],
    "RICHARD": ["RICK", "DICK"],
    "JAMES": ["JIM", "JIMMY"],
    "MICHAEL": ["MIKE"],
    "THOMAS": ["TOM"],
    "JOSEPH": ["JOE"],
    "DANIEL": ["DAN", "DANNY"],
    "ALEXANDER": ["ALEX"],
    "EDWARD": ["ED", "TED"],
    "CHRISTOPHER": ["CHRIS"],
    "NICHOLAS": ["NICK"],
    "ANTHONY": ["TONY"],
    "STEPHEN": ["STEVE"],
    "STEVEN": ["STEVE"],
    "KENNETH": ["KEN"],
    "JONATHAN": ["JON"],
    "SAMUEL": ["SAM"],
    "BENJAMIN": ["BEN"],
    "DAVID": ["DAVE"],
    "PATRICK": ["PAT"],
    "GREGORY": ["GREG"],
    "TIMOTHY": ["TIM"],
    "MATTHEW": ["MATT"],
    "ANDREW": ["ANDY"],
    "DONALD": ["DON"],
    "RONALD": ["RON"],
    "LAWRENCE": ["LARRY"],
    "GERALD": ["JERRY"],
    "JEFFREY": ["JEFF"],
    "CHARLES": ["CHARLIE", "CHUCK"],
    "ALEKSANDR": ["ALEX", "SASHA"],
    "ALEKSEY": ["ALEX", "ALYOSHA"],
    "YEVGENIY": ["EUGENE", "ZHENYA"],
    "EVGENIY": ["EUGENE", "ZHENYA"],
    "MIKHAIL": ["MICHAEL", "MISHA"],
    "PAVEL": ["PAUL", "PASHA"],
    "PETR": ["PETER"],
    "DMITRIY": ["DIMA", "DMITRI"],
    "DMITRY": ["DIMA"],
    "VLADIMIR": ["VOLODYA", "VLAD"],
    "VLADISLAV": ["VLAD"],
    "NIKOLAY": ["NICK", "KOLYA"],
    "KONSTANTIN": ["KOSTYA", "KOSTIA"],
    "ANATOLIY": ["TOLYA"],
    "IVAN": ["VANYA", "JOHN"],
    "YEKATERINA": ["KATYA", "KATE"],
    "YELENA": ["LENA", "HELEN"],
    "TATYANA": ["TANYA"],
    "NATALYA": ["NATASHA"],
    "ANTONIO": ["TONO", "TONY"],
    "FERNANDO": ["NANDO"],
    "GERARDO": ["JERRY"],
    "HUMBERTO": ["BETO"],
    "FRANCISCA": ["PAQUITA"],
    "JOSEFINA": ["PEPITA", "FINA"],
    "SEYED": ["S.", "SYED"],
    "SEYYED": ["S.", "SYED"],
    "ABDEL": ["ABD"],
    "MUSTAFA": ["MUSTI"],
    "HOSSEIN": ["HOSS"],
}

ANGLICISED: dict[str, list[str]] = {
    "ALEKSANDR": ["ALEX"],
    "ALEXANDER": ["ALEX"],
    "ALEKSEY": ["ALEX"],
    "ALEKSEI": ["ALEX"],
    "YEVGENIY": ["EUGENE"],
    "EVGENIY": ["EUGENE"],
    "EVGENY": ["EUGENE"],
    "MIKHAIL": ["MICHAEL", "MIKE"],
    "PAVEL": ["PAUL"],
    "PETR": ["PETER"],
    "NIKOLAY": ["NICHOLAS", "NICK"],
    "VLADIMIR": ["VLAD"],
    "VLADISLAV": ["VLAD"],
    "KONSTANTIN": ["CONSTANTINE"],
    "GEORGIY": ["GEORGE"],
    "YURIY": ["GEORGE"],
    "FEDOR": ["THEODORE"],
    "FYODOR": ["THEODORE"],
    "STEPAN": ["STEPHEN", "STEVE"],
    "MATVEY": ["MATTHEW"],
    "YAKOV": ["JACOB"],
    "ANDREY": ["ANDREW", "ANDY"],
    "ANDREI": ["ANDREW", "ANDY"],
    "DMITRIY": ["DIMITRI"],
    "YEKATERINA": ["KATE", "CATHERINE"],
    "YELENA": ["HELEN"],
    "MARIYA": ["MARY"],
}

TITLES_ARABIC = [
    "SHEIKH",
    "SHAIKH",
    "HAJI",
    "HAJJ",
    "MAULVI",
    "MAWLAWI",
    "MULLAH",
    "MAULANA",
    "QARI",
    "DR.",
    "ENG.",
    "MR.",
]
TITLES_GENERAL = ["DR.", "PROF.", "ENG.", "GEN.", "COL.", "CAPT.", "MR.", "MRS.", "MS.", "HON."]

DIACRITIC: dict[str, str] = {
    "JOSE": "JOSÉ",
    "MARIA": "MARÍA",
    "HERNANDEZ": "HERNÁNDEZ",
    "GONZALEZ": "GONZÁLEZ",
    "RODRIGUEZ": "RODRÍGUEZ",
    "MARTINEZ": "MARTÍNEZ",
    "LOPEZ": "LÓPEZ",
    "PEREZ": "PÉREZ",
    "SANCHEZ": "SÁNCHEZ",
    "RAMIREZ": "RAMÍREZ",
    "GOMEZ": "GÓMEZ",
    "DIAZ": "DÍAZ",
    "FERNANDEZ": "FERNÁNDEZ",
    "JIMENEZ": "JIMÉNEZ",
    "ALVAREZ": "ÁLVAREZ",
    "GUTIERREZ": "GUTIÉRREZ",
    "MUNOZ": "MUÑOZ",
    "PENA": "PEÑA",
    "NUNEZ": "NÚÑEZ",
    "IBANEZ": "IBÁÑEZ",
    "CASTANEDA": "CASTAÑEDA",
    "ZUNIGA": "ZÚÑIGA",
    "BELTRAN": "BELTRÁN",
    "GUZMAN": "GUZMÁN",
    "JESUS": "JESÚS",
    "RAUL": "RAÚL",
    "ANGEL": "ÁNGEL",
    "ANDRES": "ANDRÉS",
    "NICOLAS": "NICOLÁS",
    "JOAQUIN": "JOAQUÍN",
    "MARTIN": "MARTÍN",
    "RAMON": "RAMÓN",
    "SIMON": "SIMÓN",
    "OSCAR": "ÓSCAR",
    "CESAR": "CÉSAR",
    "HECTOR": "HÉCTOR",
    "FELIX": "FÉLIX",
    "ADRIAN": "ADRIÁN",
    "SEBASTIAN": "SEBASTIÁN",
    "GARCIA": "GARCÍA",
    "VAZQUEZ": "VÁZQUEZ",
    "VASQUEZ": "VÁSQUEZ",
    "MENDEZ": "MÉNDEZ",
    "VELEZ": "VÉLEZ",
    "VELASQUEZ": "VELÁSQUEZ",
    "VELAZQUEZ": "VELÁZQUEZ",
    "MARQUEZ": "MÁRQUEZ",
    "SUAREZ": "SUÁREZ",
    "DOMINGUEZ": "DOMÍNGUEZ",
    "BENITEZ": "BENÍTEZ",
    "CHAVEZ": "CHÁVEZ",
    "ORDONEZ": "ORDÓÑEZ",
    "NARVAEZ": "NARVÁEZ",
    "RINCON": "RINCÓN",
    "LEON": "LEÓN",
    "MONTANO": "MONTAÑO",
    "AVILA": "ÁVILA",
    "ALVARO": "ÁLVARO",
    "ANIBAL": "ANÍBAL",
    "EFRAIN": "EFRAÍN",
    "ELIAS": "ELÍAS",
    "ISMAEL": "ISMAËL",
    "TOMAS": "TOMÁS",
    "LUCIA": "LUCÍA",
    "SOFIA": "SOFÍA",
    "MONICA": "MÓNICA",
    "VERONICA": "VERÓNICA",
    "BELEN": "BELÉN",
    "ROCIO": "ROCÍO",
    "INES": "INÉS",
    "AGUERO": "AGÜERO",
    "ARGUELLO": "ARGÜELLO",
    "QUINONEZ": "QUIÑÓNEZ",
    "ACUNA": "ACUÑA",
    "CARDENAS": "CÁRDENAS",
    "ESPANA": "ESPAÑA",
    "PATINO": "PATIÑO",
    "NUNO": "NUÑO",
    "OSORIO": "OSORIO",
    "CORDOBA": "CÓRDOBA",
    "MEXICO": "MÉXICO",
    "COMPANIA": "COMPAÑÍA",
    "NAVEGACION": "NAVEGACIÓN",
    "SOCIETE": "SOCIÉTÉ",
    "GENERALE": "GÉNÉRALE",
    "ELECTRONICA": "ELECTRÓNICA",
    "FARMACEUTICA": "FARMACÉUTICA",
    "PETROLEOS": "PETRÓLEOS",
    "TECNOLOGIA": "TECNOLOGÍA",
    "AEREA": "AÉREA",
    "CONSTRUCCION": "CONSTRUCCIÓN",
    "COMUNICACION": "COMUNICACIÓN",
    "COMUNICACIONES": "COMUNICACIONES",
    "ANONIMA": "ANÓNIMA",
    "INFORMACION": "INFORMACIÓN",
    "INVERSION": "INVERSIÓN",
    "ADMINISTRACION": "ADMINISTRACIÓN",
    "ASOCIACION": "ASOCIACIÓN",
    "FUNDACION": "FUNDACIÓN",
    "CORPORACION": "CORPORACIÓN",
    "PRODUCCION": "PRODUCCIÓN",
    "IMPORTACION": "IMPORTACIÓN",
    "EXPORTACION": "EXPORTACIÓN",
    "PUBLICA": "PÚBLICA",
    "POLITICA": "POLÍTICA",
    "QUIMICA": "QUÍMICA",
    "MEDICA": "MÉDICA",
    "GESTAO": "GESTÃO",
    "SAO": "SÃO",
    "JOAO": "JOÃO",
    "CONCEICAO": "CONCEIÇÃO",
    "ASSUNCAO": "ASSUNÇÃO",
    "MULLER": "MÜLLER",
    "FRANCOIS": "FRANÇOIS",
    "HELENE": "HÉLÈNE",
    "RENE": "RENÉ",
    "ANDRE": "ANDRÉ",
    "JEROME": "JÉRÔME",
    "DESIRE": "DÉSIRÉ",
    "LEOPOLD": "LÉOPOLD",
    "CELESTIN": "CÉLESTIN",
    "THEOPHILE": "THÉOPHILE",
    "INNOCENT": "INNOCENT",
    "EMMANUEL": "EMMANUEL",
    "GERARD": "GÉRARD",
    "AMEDEE": "AMÉDÉE",
    "SEVERIN": "SÉVERIN",
    "MOISE": "MOÏSE",
    "NOEL": "NOËL",
    "JOSUE": "JOSUÉ",
    "BEDAYA": "BEDAYA",
}

NUMBER_WORDS: dict[str, str] = {
    "1": "ONE",
    "2": "TWO",
    "3": "THREE",
    "4": "FOUR",
    "5": "FIVE",
    "7": "SEVEN",
}

QWERTY = {
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
    "S": "ADWX",
    "D": "SFEC",
    "F": "DGRV",
    "G": "FHTB",
    "H": "GJYN",
    "J": "HKUM",
    "K": "JLIM",
    "L": "KO",
    "Z": "XAS",
    "X": "ZCS",
    "C": "XVD",
    "V": "CBF",
    "B": "VNG",
    "N": "BMH",
    "M": "NJK",
}
PHONETIC: list[tuple[str, str]] = [
    ("PH", "F"),
    ("F", "PH"),
    ("CK", "K"),
    ("C", "K"),
    ("K", "C"),
    ("QU", "KW"),
    ("Z", "S"),
    ("S", "Z"),
    ("V", "W"),
    ("W", "V"),
    ("OU", "U"),
    ("U", "OU"),
    ("EE", "I"),
    ("I", "EE"),
    ("Y", "I"),
    ("I", "Y"),
    ("TH", "T"),
    ("KH", "K"),
    ("GH", "G"),
    ("X", "KS"),
    ("J", "DJ"),
    ("SH", "CH"),
    ("CH", "SH"),
    ("EI", "AY"),
    ("AI", "AY"),
    ("AY", "AI"),
    ("OO", "U"),
    ("DH", "D"),
    ("Q", "K"),
]
OCR: list[tuple[str, str]] = [
    ("O", "0"),
    ("0", "O"),
    ("I", "1"),
    ("l", "1"),
    ("I", "l"),
    ("S", "5"),
    ("B", "8"),
    ("rn", "m"),
    ("m", "rn"),
    ("E", "F"),
    ("cl", "d"),
    ("vv", "w"),
    ("D", "O"),
    ("G", "6"),
    ("Z", "2"),
    ("M", "NI"),
    ("H", "II"),
    ("U", "LI"),
    ("N", "H"),
    ("e", "c"),
    ("a", "o"),
    ("h", "b"),
    ("n", "ri"),
    ("C", "("),
    ("K", "IK"),
    ("W", "VV"),
    ("Q", "O"),
]
ROLES = [
    "DIRECTOR",
    "MANAGING DIRECTOR",
    "CEO",
    "OWNER",
    "SHAREHOLDER",
    "AUTHORISED SIGNATORY",
    "UBO",
    "BENEFICIAL OWNER",
    "CONSIGNEE",
    "SHIPPER",
    "NOTIFY PARTY",
    "AGENT",
    "GENERAL MANAGER",
    "CHAIRMAN",
    "END USER",
    "BUYER",
    "SELLER",
    "GUARANTOR",
]
ROLE_FORMS = ["{n} ({r})", "{r}: {n}", "{n} - {r}", "ATTN {n}, {r}", "{n} / {r}", "{r} {n}"]
ACCOUNT_FORMS = [
    "{n} ACC {acc}",
    "A/C {n}",
    "{n} IBAN {iban}",
    "FFC {n} ACCT {acc}",
    "BENEFICIARY: {n} ACCOUNT NO. {acc}",
    "{n} REF INV-{inv}",
    "PAYMENT TO {n} INVOICE {inv}",
    "{n} A/C NO {acc}",
    "BENEF {n} / {acc}",
    "ORDERING CUSTOMER {n}",
    "{n} SALARY ACCOUNT",
    "{n} CURRENT ACCOUNT {acc}",
    "FAO {n}",
    "{n} C/O ACCOUNTS DEPT",
]
COUNTRY_FIX = {
    "Democratic People's Republic of Korea": "NORTH KOREA",
    "Iran (Islamic Republic of)": "IRAN",
    "Syrian Arab Republic": "SYRIA",
}


# ---------------------------------------------------------------------------------------------
# string helpers
# ---------------------------------------------------------------------------------------------

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
LEGAL_DOTTED_BY_LETTERS = {re.sub(r"[^A-Z]", "", k): v for k, v in LEGAL_DOTTED.items()}


def _title_piece(m: re.Match[str]) -> str:
    word = m.group(0)
    parts = re.split(r"(['’])", word)
    out = parts[0][:1].upper() + parts[0][1:].lower()
    for k in range(1, len(parts), 2):
        nxt = parts[k + 1]
        # O'Neil, D'Amelio; but Sa'ad, Qa'ida, Mana'a keep a small letter after the apostrophe
        out += parts[k] + (
            nxt[:1].upper() + nxt[1:].lower() if len(parts[0]) == 1 and k == 1 else nxt.lower()
        )
    return out


def title_word(w: str) -> str:
    return re.sub(r"[^\W\d_]+(?:['’][^\W\d_]+)*", _title_piece, w)


def title_case(s: str) -> str:
    keep = {re.sub(r"[^A-Z]", "", f) for f in LEGAL_DOTTED} | {
        "LLC",
        "LTD",
        "JSC",
        "OOO",
        "FZE",
        "PJSC",
        "GMBH",
        "DPRK",
        "USA",
        "UAE",
    }
    out = []
    for tok in s.split(" "):
        out.append(
            tok
            if re.sub(r"[^A-Z]", "", tok) in keep and tok.isupper() and len(tok) <= 5
            else title_word(tok)
        )
    return " ".join(out)


def case_style(s: str, rng: random.Random) -> str:
    style = rng.choices(["keep", "title", "upper", "lower"], weights=[5, 4, 2, 1])[0]
    if style == "title":
        return title_case(s)
    if style == "upper":
        return s.upper()
    if style == "lower":
        return s.lower()
    return s


def cased_like(orig: str, new: str) -> str:
    if orig.isupper():
        return new.upper()
    if orig.islower():
        return new.lower()
    if orig[:1].isupper():
        return title_word(new)
    return new


def swap_words(s: str, table: dict[str, list[str]], rng: random.Random, n: int = 1) -> str | None:
    cands = [m for m in WORD.finditer(s) if m.group(0).upper() in table]
    if not cands:
        return None
    chosen = sorted(rng.sample(cands, min(n, len(cands))), key=lambda m: -m.start())
    for m in chosen:
        new = rng.choice(table[m.group(0).upper()])
        s = s[: m.start()] + cased_like(m.group(0), new) + s[m.end() :]
    return s


def letter_positions(w: str) -> list[int]:
    return [i for i, ch in enumerate(w) if ch.isalpha()]


def pick_word(
    s: str, rng: random.Random, min_len: int = 5, avoid: Iterable[str] = ()
) -> re.Match[str] | None:
    bad = {a.upper() for a in avoid}
    cands = [
        m for m in WORD.finditer(s) if len(m.group(0)) >= min_len and m.group(0).upper() not in bad
    ]
    return rng.choice(cands) if cands else None


def replace_span(s: str, m: re.Match[str], new: str) -> str:
    return s[: m.start()] + new + s[m.end() :]


NON_DISTINCT = (
    {
        "AL",
        "EL",
        "BIN",
        "BEN",
        "ABU",
        "ABD",
        "ABDUL",
        "THE",
        "OF",
        "AND",
        "DE",
        "LA",
        "DEL",
        "LOS",
        "VAN",
        "VON",
        "DA",
        "DOS",
    }
    | set(LEGAL_MISSPELL)
    | set(GENERIC_ABBR)
)


def typo(word: str, kind: str, rng: random.Random) -> str | None:
    up = word.upper()
    if len(word) < 4:
        return None
    i = rng.randrange(1, len(word) - 1) if len(word) > 2 else 1
    if kind == "keyboard":
        ch = up[i]
        if ch not in QWERTY:
            return None
        rep = rng.choice(QWERTY[ch])
        return word[:i] + (rep if word[i].isupper() else rep.lower()) + word[i + 1 :]
    if kind == "transpose":
        i = rng.randrange(1, len(word) - 1)
        if word[i] == word[i + 1] or not (word[i].isalpha() and word[i + 1].isalpha()):
            return None
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "drop":
        if len(word) < 5:
            return None
        return word[:i] + word[i + 1 :]
    if kind == "double":
        doubles = [j for j in range(1, len(word)) if word[j] == word[j - 1] and word[j].isalpha()]
        if doubles and rng.random() < 0.5:
            j = rng.choice(doubles)
            return word[:j] + word[j + 1 :]
        if not word[i].isalpha():
            return None
        return word[:i] + word[i] + word[i:]
    if kind == "vowel":
        vs = [j for j in range(1, len(word)) if up[j] in "AEIOU"]
        if not vs:
            return None
        j = rng.choice(vs)
        new = rng.choice([v for v in "AEIOU" if v != up[j]])
        return word[:j] + (new if word[j].isupper() else new.lower()) + word[j + 1 :]
    if kind == "phonetic":
        opts = [(a, b) for a, b in PHONETIC if a in up[1:]]
        if not opts:
            return None
        a, b = rng.choice(opts)
        j = up.index(a, 1)
        return word[:j] + (b if word[j].isupper() else b.lower()) + word[j + len(a) :]
    return None


def apply_typo(s: str, kind: str, rng: random.Random) -> str | None:
    m = pick_word(s, rng, 5, NON_DISTINCT)
    if m is None:
        return None
    new = typo(m.group(0), kind, rng)
    if new is None or new.upper() == m.group(0).upper():
        return None
    return replace_span(s, m, new)


def find_legal(s: str) -> tuple[int, int, str] | None:
    """(start, end, form) of a legal form at the end (preferred) or start of the name."""
    up = s.upper()
    if len(up) != len(s):
        return None
    end = len(s.rstrip(" ,;"))
    for form in LEGAL_FORMS:
        m = re.search(r"(?<![A-Z0-9])" + re.escape(form) + r"\.?$", up[:end])
        if m:
            return (m.start(), end, form)
    for form in LEGAL_FORMS:
        m = re.match(re.escape(form) + r"(?![A-Z0-9])", up)
        if m and m.end() < end:
            return (0, m.end(), form)
    return None


def letters(s: str) -> str:
    return re.sub(r"[^A-Z]", "", s.upper())


def clean_join(*parts: str) -> str:
    return " ".join(" ".join(p.split()) for p in parts if p.strip()).strip(" ,")


# ---------------------------------------------------------------------------------------------
# context of an entry (which naming tradition its name comes from)
# ---------------------------------------------------------------------------------------------


def where(e: Entry) -> str:
    return " ".join(a.country + " " + a.city for a in e.addresses).upper() + " " + e.remarks.upper()


def is_iran(e: Entry) -> bool:
    p = e.program.upper()
    return (
        "IRAN" in p
        or "IRGC" in p
        or "IFSR" in p
        or "IRAN" in where(e)
        or bool(re.search(r",\s*IR\b", where(e)))
    )


RUSSIAN_SHAPE = re.compile(
    r"(OV|EV|YEV|IN|INA|OVA|EVA|SKIY|SKY|SKAYA|KO|UK|VICH|VNA|ICH|CHNA|IY|OY|YKH|IKH)$"
)


def is_russia(e: Entry) -> bool:
    """A Russian/Belarusian/Ukrainian programme or address, and (for persons) a name that
    looks East Slavic: a patronymic, a Russian given name or a typical surname ending."""
    p = e.program.upper()
    w = where(e)
    context = (
        any(k in p for k in ("RUSSIA", "UKRAINE", "BELARUS"))
        or "RUSSIA" in w
        or "BELARUS" in w
        or "UKRAINE" in w
        or bool(re.search(r"\b(RU|BY)\b", w))
    )
    if not context:
        return False
    if e.kind != "person":
        return True
    words = [x.upper() for x in WORD.findall(e.display)]
    return any(x in RUS_GIVEN or x in CYR_GIVEN or RUSSIAN_SHAPE.search(x) for x in words)


def is_korea(e: Entry) -> bool:
    w = where(e)
    return (
        "DPRK" in e.program.upper()
        or e.list_id.startswith("KP")
        or "KOREA, NORTH" in w
        or "DEMOCRATIC PEOPLE" in w
        or "NORTH KOREA" in w
        or bool(re.search(r"\bKP\b", w))
    )


def is_china(e: Entry) -> bool:
    w = where(e)
    return (
        "CHINA" in w
        or "HONG KONG" in w
        or bool(re.search(r"\b(CN|HK)\b", w))
        or "Chinese Military" in e.csl_source
    )


def is_turkey(e: Entry) -> bool:
    w = where(e)
    return "TURKEY" in w or "TÜRKIYE" in w or "TURKIYE" in w or bool(re.search(r"\bTR\b", w))


def is_hispanic(e: Entry) -> bool:
    p = e.program.upper()
    w = where(e)
    return any(k in p for k in ("SDNT", "ILLICIT", "VENEZUELA", "CUBA", "NICARAGUA", "TCO")) or any(
        k in w
        for k in (
            "MEXICO",
            "COLOMBIA",
            "VENEZUELA",
            "CUBA",
            "NICARAGUA",
            "PANAMA",
            "GUATEMALA",
            "HONDURAS",
            "PERU",
            "ECUADOR",
            "SPAIN",
            "ARGENTINA",
        )
    )


def is_arab_world(e: Entry) -> bool:
    p = e.program.upper()
    return any(
        k in p
        for k in (
            "SDGT",
            "SYRIA",
            "IRAQ",
            "LIBYA",
            "YEMEN",
            "LEBANON",
            "FTO",
            "AL-QAIDA",
            "SUDAN",
            "SOMALIA",
            "TALIBAN",
        )
    )


# ---------------------------------------------------------------------------------------------
# transformations: each returns a Variant or None (not applicable)
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Variant:
    query: str
    core: str
    prefixes: tuple[str, ...] = ()


Transform = Callable[[Entry, random.Random], Variant | None]


def plain(s: str | None) -> Variant | None:
    return None if s is None else Variant(s, s)


def is_person(e: Entry) -> bool:
    return e.kind == "person"


def is_org(e: Entry) -> bool:
    return e.kind == "organization"


def given_family(e: Entry) -> tuple[list[str], list[str]]:
    if e.src == "un_sc":
        toks = e.list_name.split()
        if is_korea(e):
            return toks[1:], toks[:1]
        return toks[:-1], toks[-1:]
    return list(e.given), list(e.family)


def t_translit_arabic(e: Entry, rng: random.Random) -> Variant | None:
    if e.kind not in ("person", "organization") or is_iran(e) or is_hispanic(e):
        return None
    if not (is_arab_world(e) or any(w.upper() in ARABIC for w in WORD.findall(e.display))):
        return None
    s = swap_words(case_style(e.display, rng), ARABIC, rng, rng.choice([1, 1, 2]))
    base = s if s is not None else case_style(e.display, rng)
    als = list(re.finditer(r"\b(AL|EL|Al|El|al|el)([- ])(?=[^\W\d_]{3})", base))
    if als and (s is None or rng.random() < 0.35):
        m = rng.choice(als)
        rep = rng.choice(["EL-", "AL ", "AL", "EL ", "", "AL-"])
        rep = rep if rep.upper() != (m.group(1) + m.group(2)).upper() else "EL-"
        s = base[: m.start()] + cased_like(m.group(1), rep) + base[m.end() :]
    return plain(s)


def t_translit_persian(e: Entry, rng: random.Random) -> Variant | None:
    if e.kind not in ("person", "organization") or not is_iran(e):
        return None
    s = case_style(e.display, rng)
    out = swap_words(s, PERSIAN, rng, rng.choice([1, 1, 2]))
    if is_person(e) and (out is None or rng.random() < 0.3):
        base = out or s
        cands = [
            (m, suf, reps)
            for m in WORD.finditer(base)
            for suf, reps in PERSIAN_SUFFIX
            if m.group(0).upper().endswith(suf) and len(m.group(0)) > len(suf) + 2
        ]
        if cands:
            m, suf, reps = rng.choice(cands)
            w = m.group(0)
            out = replace_span(
                base, m, w[: len(w) - len(suf)] + cased_like(w[-len(suf) :], rng.choice(reps))
            )
    return plain(out)


FAMILY_ONLY_RULES = {r"OV$", r"EV$", r"YEV$", r"OVA$", r"EVA$", r"YEVA$", r"^E"}


def rus_respell(word: str, rng: random.Random, family: bool = True) -> str | None:
    """Another romanisation of a Russian word; surname-ending rules (-ov/-off) and initial
    E/YE only for personal names, never for company words such as ELECTRONICS or KIEV."""
    up = word.upper()
    if up in RUS_GIVEN:
        return cased_like(word, rng.choice(RUS_GIVEN[up]))
    if not family and (up in WHOLE_WORDS or up in LEGAL_MISSPELL):
        return None
    rules = [
        (p, r) for p, r in RUS_RULES if re.search(p, up) and (family or p not in FAMILY_ONLY_RULES)
    ]
    if not rules:
        return None
    p, r = rng.choice(rules)
    matches = list(re.finditer(p, up))
    m = rng.choice(matches)
    return cased_like(word, up[: m.start()] + r + up[m.end() :])


def t_translit_russian(e: Entry, rng: random.Random) -> Variant | None:
    if e.kind not in ("person", "organization") or not is_russia(e):
        return None
    s = case_style(e.display, rng)
    words = [
        m
        for m in WORD.finditer(s)
        if len(m.group(0)) >= 4 and m.group(0).upper() not in NON_DISTINCT
    ]
    if not words:
        return None
    n = rng.choice([1, 1, 2])
    done = 0
    for m in sorted(rng.sample(words, len(words)), key=lambda m: -m.start()):
        new = rus_respell(m.group(0), rng, family=is_person(e))
        if new and new.upper() != m.group(0).upper():
            s = replace_span(s, m, new)
            done += 1
            if done >= n:
                break
    return plain(s) if done else None


def korean_token(tok: str, rng: random.Random) -> tuple[str, bool]:
    parts = re.split(r"([- ])", tok)
    changed = False
    out = []
    for p in parts:
        if p.upper() in KOREAN and rng.random() < 0.7:
            out.append(cased_like(p, rng.choice(KOREAN[p.upper()])))
            changed = True
        else:
            out.append(p)
    res = "".join(out)
    if "-" in res and rng.random() < 0.5:
        sep = rng.choice([" ", ""])
        a, _, b = res.partition("-")
        res = a + sep + (b.lower() if sep == "" and a[1:].islower() else b)
    return res, changed


def t_translit_korean(e: Entry, rng: random.Random) -> Variant | None:
    if e.kind not in ("person", "organization") or not is_korea(e):
        return None
    toks = case_style(e.display, rng).split()
    any_change = False
    out = []
    for t in toks:
        new, ch = korean_token(t, rng)
        out.append(new)
        any_change = any_change or ch
    return plain(" ".join(out)) if any_change else None


def pinyin_split(tok: str) -> list[str] | None:
    up = tok.upper()
    syl = set(PINYIN_SYLLABLES)

    def rec(i: int) -> list[str] | None:
        if i == len(up):
            return []
        for j in range(min(len(up), i + 6), i, -1):
            if up[i:j] in syl:
                rest = rec(j)
                if rest is not None:
                    return [up[i:j], *rest]
        return None

    return rec(0)


def t_translit_chinese(e: Entry, rng: random.Random) -> Variant | None:
    if e.kind not in ("person", "organization") or not is_china(e):
        return None
    s = case_style(e.display, rng)
    if e.kind == "organization":
        return plain(swap_words(s, POSTAL, rng))
    out = []
    changed = False
    for t in s.split():
        sy = pinyin_split(t.replace("-", ""))
        if sy is None or len(sy) > 3:
            out.append(t)
            continue
        conv = [rng.choice(WADE[x]) if x in WADE else x for x in sy]
        if len(sy) == 1:
            new = conv[0]
        else:
            new = (
                rng.choice(["-", " ", ""]).join(conv)
                if conv != sy
                else rng.choice(["-", " "]).join(sy)
            )
        new = (
            cased_like(t, new)
            if not t[1:].islower()
            else "-".join(
                title_word(x) if i == 0 else x.lower() for i, x in enumerate(new.split("-"))
            )
        )
        changed = changed or new.upper() != t.upper()
        out.append(new)
    return plain(" ".join(out)) if changed else None


def turkish_lower(s: str) -> str:
    return s.replace("I", "ı").replace("İ", "i").lower()


def t_translit_turkish(e: Entry, rng: random.Random) -> Variant | None:
    if e.kind not in ("person", "organization"):
        return None
    s = e.display.upper()
    cands = [
        m for m in WORD.finditer(s) if m.group(0) in TURKISH and TURKISH[m.group(0)] != m.group(0)
    ]
    if not cands or not (is_turkey(e) or len(cands) >= 2):
        return None
    fold = rng.random() < 0.3
    title = rng.random() < 0.5
    converted: list[tuple[int, int]] = []
    for m in sorted(cands, key=lambda m: -m.start()):
        tr = TURKISH[m.group(0)]
        if fold:
            for ch, reps in TURKISH_FOLD.items():
                tr = tr.replace(ch, reps[0])
        s = s[: m.start()] + tr + s[m.end() :]
    if title:
        words = s.split(" ")
        s = " ".join(
            w[:1]
            + (
                turkish_lower(w[1:])
                if not fold and w.upper() in TURKISH.values()
                else w[1:].lower()
            )
            for w in words
        )
    del converted
    return plain(s)


def t_order_person(e: Entry, rng: random.Random) -> Variant | None:
    if not is_person(e):
        return None
    g, f = given_family(e)
    if not g or not f:
        return None
    if f[-1].upper().rstrip(".") in {"JR", "SR", "II", "III", "IV"}:
        return None  # a generational suffix is not a family name
    s = " ".join(f + g)
    if s.upper() == e.display.upper():
        return None
    return plain(case_style(s, rng))


PLACES = {
    "KOREA",
    "CHINA",
    "IRAN",
    "SYRIA",
    "RUSSIA",
    "CUBA",
    "BEIJING",
    "SHANGHAI",
    "SHENZHEN",
    "MOSCOW",
    "TEHRAN",
    "DAMASCUS",
    "PYONGYANG",
    "DUBAI",
    "HAVANA",
    "CARACAS",
    "MINSK",
    "GUANGZHOU",
    "TIANJIN",
    "HANGZHOU",
    "WUHAN",
    "CHENGDU",
    "XIAN",
    "NANJING",
}


def split_legal(s: str) -> tuple[str, str, bool]:
    """(core, legal form text, legal at start?)"""
    f = find_legal(s)
    if f is None:
        return s, "", False
    a, b, _ = f
    if a == 0:
        return s[b:].strip(" ,"), s[a:b].strip(), True
    return s[:a].strip(" ,"), s[a:b].strip(), False


def t_order_company(e: Entry, rng: random.Random) -> Variant | None:
    if not is_org(e):
        return None
    core, legal, legal_first = split_legal(e.display)
    m = re.match(r"^(.*\S) OF (THE )?([A-Za-z][A-Za-z-]+)$", core, re.IGNORECASE)
    generic_y = {"COMPANIES", "COMPANY", "INDUSTRIES", "ENTERPRISES", "CORPORATIONS", "BUSINESSES"}
    if m and len(m.group(1).split()) <= 4 and m.group(3).upper() not in generic_y:
        new = f"{m.group(3)} {m.group(1)}"
    else:
        toks = core.split()
        if len(toks) >= 3 and toks[0].upper() in PLACES:
            rest = " ".join(toks[1:])
            forms = [f"{rest} {toks[0]}", f"{rest} ({toks[0]})"]
            if not legal or legal_first:
                forms.append(f"{rest}, {toks[0]}")
            new = rng.choice(forms)
        else:
            return None
    # the legal form stays where the list has it: only the company words move
    out = clean_join(legal, new) if legal_first else clean_join(new, legal)
    return plain(case_style(out, rng))


def typo_cat(kind: str) -> Transform:
    def f(e: Entry, rng: random.Random) -> Variant | None:
        if e.kind not in ("person", "organization", "other"):
            return None
        return plain(apply_typo(case_style(e.display, rng), kind, rng))

    return f


JOIN_FIRST = {
    "AL",
    "EL",
    "ABU",
    "ABD",
    "ABDUL",
    "ABDEL",
    "BIN",
    "BEN",
    "UL",
    "UD",
    "DE",
    "LA",
    "DEL",
    "VAN",
    "MC",
    "NUR",
    "ABO",
    "ABOU",
}
WHOLE_WORDS = set(GENERIC_ABBR) | {
    "YACHT",
    "YACHTS",
    "YARD",
    "YARDS",
    "YELLOW",
    "YOUNG",
    "YOUTH",
    "YORK",
    "YEAR",
    "YIELD",
    "EXPRESS",
    "ENERGY",
    "ESTATE",
    "EAST",
    "EASTERN",
    "TECHNOLOGY",
    "TECHNOLOGIES",
    "TECHNOLOGICAL",
    "INTERNET",
    "INTERIOR",
    "UNIVERSITY",
    "UNIVERSAL",
    "UNITED",
    "UNIQUE",
    "UNION",
    "TRANSACTION",
    "TRANSFER",
    "TRANSIT",
    "TRANSPORTATION",
    "AUTOMOBILE",
    "AUTOMATIC",
    "BIOLOGY",
    "ABUNDANCE",
    "OCEANIC",
    "NAVIGATOR",
    "ROSTOV",
    "GAZETTE",
    "MULTIPLE",
    "EUROPE",
    "EUROPEAN",
    "INDONESIA",
    "INDONESIAN",
    "INDOCHINA",
    "ELECTRONICA",
    "TELECOM",
    "TELEVISION",
    "RADIOLOGY",
    "HYDRAULIC",
    "HYDRAULICS",
    "MICROSOFT",
    "CHEMISTRY",
    "CHEMIE",
    "PROMOTION",
    "AEROSPACE",
}
SPLIT_PREFIX = [
    "ABDUL",
    "ABDEL",
    "ABDUR",
    "ABDOL",
    "ABU",
    "NASR",
    "NUR",
    "PETRO",
    "AERO",
    "ELECTRO",
    "RADIO",
    "TELE",
    "AGRO",
    "TRANS",
    "INTER",
    "NEFTE",
    "ENERGO",
    "AVIA",
    "SUDO",
    "MASH",
    "ROS",
    "GAZ",
    "PROM",
    "STROY",
    "TECHNO",
    "BIO",
    "HYDRO",
    "MICRO",
    "CHEM",
    "UNI",
    "MULTI",
    "EURO",
    "SINO",
    "AFRO",
    "INDO",
    "ARMA",
    "KHIM",
    "SPETS",
    "GOS",
    "VOEN",
    "MOSCOW",
    "NAVI",
    "OCEAN",
    "AUTO",
]


def t_spacing(e: Entry, rng: random.Random) -> Variant | None:
    s = case_style(e.display, rng)
    toks = s.split(" ")
    ops: list[str] = []
    if "-" in s:
        ops.append("hyphen")
    if any(toks[i].upper() in JOIN_FIRST for i in range(len(toks) - 1)) or len(toks) >= 3:
        ops.append("join")
    if any(
        len(t) >= 7 and any(t.upper().startswith(p) and len(t) - len(p) >= 3 for p in SPLIT_PREFIX)
        for t in toks
    ):
        ops.append("split")
    if is_korea(e) and any(len(t) >= 5 for t in toks):
        ops.append("ksplit")
    if not ops:
        return None
    op = rng.choice(ops)
    if op == "hyphen":
        return plain(s.replace("-", rng.choice([" ", ""]), 1 if rng.random() < 0.5 else -1))
    if op == "join":
        pref = [i for i in range(len(toks) - 1) if toks[i].upper() in JOIN_FIRST]
        cand = pref or [
            i for i in range(len(toks) - 1) if toks[i].isalpha() and toks[i + 1].isalpha()
        ]
        if not cand:
            return None
        i = rng.choice(cand)
        return plain(" ".join(toks[:i] + [toks[i] + toks[i + 1]] + toks[i + 2 :]))
    if op == "split":
        idx = [
            (i, p)
            for i, t in enumerate(toks)
            for p in SPLIT_PREFIX
            if len(t) >= 7
            and t.upper().startswith(p)
            and len(t) - len(p) >= 3
            and t.upper().rstrip(".,") not in WHOLE_WORDS
        ]
        if not idx:
            return None
        i, p = rng.choice(idx)
        t = toks[i]
        return plain(" ".join(toks[:i] + [t[: len(p)], t[len(p) :]] + toks[i + 1 :]))
    idx2 = [i for i, t in enumerate(toks) if len(t) >= 5]
    for i in rng.sample(idx2, len(idx2)):
        t = toks[i].upper()
        for j in range(2, len(t) - 1):
            if t[:j] in KOREAN and t[j:] in KOREAN:
                return plain(" ".join(toks[:i] + [toks[i][:j], toks[i][j:]] + toks[i + 1 :]))
    return None


def t_punctuation(e: Entry, rng: random.Random) -> Variant | None:
    s = case_style(e.display, rng)
    ops: list[str] = []
    if re.search(r"[.,'’\"“”()/]", s):
        ops.append("strip")
    if " AND " in s.upper() or "&" in s:
        ops.append("amp")
    if e.kind == "organization":
        ops.append("quote")
    if e.kind == "person" and len(s.split()) >= 2:
        ops.append("comma")
    if "-" in s:
        ops.append("slash")
    if not ops:
        return None
    op = rng.choice(ops)
    if op == "strip":
        out = re.sub(r"[.,'’\"“”()/]", "", s)
    elif op == "amp":
        out = re.sub(r"\s*&\s*", " AND ", s) if "&" in s else re.sub(r"(?i)\s+and\s+", " & ", s)
    elif op == "quote":
        core, legal, start = split_legal(s)
        q = rng.choice(['"{}"', "“{}”", "'{}'", "«{}»"]).format(core)
        out = clean_join(legal, q) if start else clean_join(q, legal)
    elif op == "comma":
        toks = s.split()
        i = rng.randrange(1, len(toks))
        out = " ".join(toks[:i]) + ", " + " ".join(toks[i:])
    else:
        out = s.replace("-", rng.choice(["/", ".", "_"]))
    return plain(" ".join(out.split()))


def org_legal(e: Entry) -> tuple[int, int, str] | None:
    return find_legal(e.display) if is_org(e) else None


def t_legal_abbrev(e: Entry, rng: random.Random) -> Variant | None:
    if not is_org(e):
        return None
    s = e.display
    up = s.upper()
    for long, short in sorted(LEGAL_LONG, key=lambda ls: -len(ls[0])):
        m = re.search(r"(?<![A-Z])" + re.escape(long) + r"(?![A-Z])", up)
        if m and long != short:
            if rng.random() < 0.3:
                short = rng.choice(LEGAL_DOTTED_BY_LETTERS.get(letters(short), [short]))
            return plain(case_style(s[: m.start()] + short + s[m.end() :], rng))
    return None


def t_legal_expand(e: Entry, rng: random.Random) -> Variant | None:
    f = org_legal(e)
    if f is None or f[2] not in LEGAL_EXPAND:
        return None
    s = e.display
    return plain(case_style(s[: f[0]] + rng.choice(LEGAL_EXPAND[f[2]]) + s[f[1] :], rng))


def t_legal_moved(e: Entry, rng: random.Random) -> Variant | None:
    if org_legal(e) is None:
        return None
    core, legal, start = split_legal(e.display)
    if len(core.split()) < 1 or not legal:
        return None
    if start:
        out = rng.choice([f"{core} {legal}", f"{core}, {legal}", f"{core} ({legal})"])
    else:
        out = rng.choice(
            [f"{legal} {core}", f"{legal} “{core}”", f'{legal} "{core}"', f"{legal} {core}"]
        )
    return plain(case_style(out, rng))


def t_legal_dropped(e: Entry, rng: random.Random) -> Variant | None:
    if org_legal(e) is None:
        return None
    core, legal, _ = split_legal(e.display)
    if len(core.split()) < 2 and len(core) < 7:
        return None
    return plain(case_style(core, rng))


def t_legal_misspelt(e: Entry, rng: random.Random) -> Variant | None:
    f = org_legal(e)
    s = e.display
    if f is None:
        return None
    span = s[f[0] : f[1]]
    ws = [m for m in WORD.finditer(span) if m.group(0).upper() in LEGAL_MISSPELL]
    if not ws:
        return None
    m = rng.choice(ws)
    new_span = replace_span(
        span, m, cased_like(m.group(0), rng.choice(LEGAL_MISSPELL[m.group(0).upper()]))
    )
    return plain(case_style(s[: f[0]] + new_span + s[f[1] :], rng))


def t_legal_spaced(e: Entry, rng: random.Random) -> Variant | None:
    f = org_legal(e)
    if f is None:
        return None
    s = e.display
    span = s[f[0] : f[1]]
    opts = [o for o in LEGAL_DOTTED_BY_LETTERS.get(letters(span), []) if o != span.upper()]
    if not opts:
        return None
    s2 = case_style(s[: f[0]], rng) + rng.choice(opts) + case_style(s[f[1] :], rng)
    return plain(" ".join(s2.split()))


def t_legal_foreign(e: Entry, rng: random.Random) -> Variant | None:
    f = org_legal(e)
    if f is None or f[2] not in LEGAL_FOREIGN:
        return None
    s = e.display
    return plain(case_style(s[: f[0]] + rng.choice(LEGAL_FOREIGN[f[2]]) + s[f[1] :], rng))


def t_generic_abbrev(e: Entry, rng: random.Random) -> Variant | None:
    if not is_org(e):
        return None
    return plain(swap_words(case_style(e.display, rng), GENERIC_ABBR, rng, rng.choice([1, 2])))


def t_generic_translate(e: Entry, rng: random.Random) -> Variant | None:
    if not is_org(e):
        return None
    s = case_style(e.display, rng)
    f = find_legal(s)
    if f is None:
        return plain(swap_words(s, GENERIC_TRANSLATE, rng, 1))
    # translate only outside a multi-word legal form (never "LIMITED LIABILITY SHIRKAT")
    if len(s[f[0] : f[1]].split()) > 1:
        head, legal, tail = s[: f[0]], s[f[0] : f[1]], s[f[1] :]
        if f[0] == 0:
            new = swap_words(tail, GENERIC_TRANSLATE, rng, 1)
            return None if new is None else plain(legal + new)
        new = swap_words(head, GENERIC_TRANSLATE, rng, 1)
        return None if new is None else plain(new + legal + tail)
    return plain(swap_words(s, GENERIC_TRANSLATE, rng, 1))


# how many listed names (all lists) carry each word; filled by main() before variants are built
WORD_DF: dict[str, int] = {}
DISTINCT_DF = 25
HONORIFIC = {
    "sayyed",
    "sayed",
    "seyed",
    "seyyed",
    "syed",
    "sayyid",
    "agha",
    "haji",
    "hajji",
    "mullah",
    "maulavi",
    "mawlawi",
    "maulvi",
    "qari",
    "sheikh",
    "shaykh",
    "khan",
    "jan",
    "gul",
    "abdul",
}


def distinctive(words: Iterable[str]) -> bool:
    """At least one word (3+ letters, not an honorific) that few listed names carry, so that
    what is left of a shortened name still points at one entry for an analyst."""
    for w in words:
        for t in norm_tokens(w):
            if len(t) >= 3 and t not in HONORIFIC and WORD_DF.get(t, 0) <= DISTINCT_DF:
                return True
    return False


def initial(w: str, rng: random.Random) -> str:
    return w[0] + ("." if rng.random() < 0.6 else "")


def t_initials(e: Entry, rng: random.Random) -> Variant | None:
    if not is_person(e) or is_korea(e) or is_china(e):  # one given name in syllables
        return None
    g, f = given_family(e)
    if e.src == "un_sc" and not is_korea(e):
        toks = e.list_name.split()
        if len(toks) < 3:
            return None
        if len(toks) > 5:
            return None
        # particles (EL, BEN, ABU ...) stay as written; real middle names become initials
        mid = [t if t.upper() in JOIN_FIRST or len(t) < 3 else initial(t, rng) for t in toks[1:-1]]
        if mid == toks[1:-1]:
            return None
        out = [toks[0], *mid, toks[-1]]
    else:
        if len(g) >= 2:
            if rng.random() < 0.5:
                out = [g[0], *[initial(t, rng) for t in g[1:]], *f]
            else:
                out = [initial(g[0], rng), *g[1:], *f]
        elif len(f) >= 2 and g:
            out = [initial(g[0], rng), *f]
        else:
            return None
    if not distinctive(t for t in out if len(t.rstrip(".")) > 1):
        return None
    pre = tuple(t[0].casefold() for t in out if len(t.rstrip(".")) == 1)
    s = case_style(" ".join(out), rng)
    return Variant(s, s, pre)


def t_drop_middle(e: Entry, rng: random.Random) -> Variant | None:
    if not is_person(e) or is_korea(e) or is_china(e):  # one given name in syllables
        return None
    g, f = given_family(e)
    if e.src == "un_sc" and not is_korea(e):
        toks = e.list_name.split()
        if len(toks) < 3:
            return None
        out = [toks[0], toks[-1]] if len(toks) == 3 or rng.random() < 0.5 else [toks[0], *toks[-2:]]
    elif len(g) >= 2:
        out = [g[0], *f]
    else:
        return None
    if not distinctive(out):
        return None
    return plain(case_style(" ".join(out), rng))


def t_titles(e: Entry, rng: random.Random) -> Variant | None:
    if not is_person(e):
        return None
    arab = is_arab_world(e) or any(w.upper() in ARABIC for w in e.tokens)
    pool = list(TITLES_ARABIC if arab and rng.random() < 0.7 else TITLES_GENERAL)
    if e.gender != "Female":
        pool = [t for t in pool if t not in ("MRS.", "MS.")]
    if e.gender != "Male":
        pool = [t for t in pool if t != "MR."]
    t = rng.choice(pool)
    s = case_style(e.display, rng)
    t = t if s.isupper() else title_word(t)
    if rng.random() < 0.15:
        return Variant(f"{s} ({t.rstrip('.')})", s)
    return Variant(f"{t} {s}", s)


def t_nickname(e: Entry, rng: random.Random) -> Variant | None:
    if not is_person(e):
        return None
    g, f = given_family(e)
    if not g:
        return None
    table = NICK
    if len(g) >= 2 and re.search(r"(VICH|VNA|ICH|ICHNA)$", g[1].upper()):
        # with a patronymic a Russian diminutive (Sasha Ivanovich) is not how anyone writes;
        # the anglicised short form (Alex Ivanovich) is
        table = {k: v for k, v in ANGLICISED.items()}
    first = swap_words(g[0], table, rng)
    if first is None:
        return None
    gs = " ".join([first, *g[1:]])
    out = f"{gs} {' '.join(f)}" if not (e.src == "un_sc" and is_korea(e)) else f"{' '.join(f)} {gs}"
    pre = tuple(w.rstrip(".").casefold() for w in gs.split() if len(w.rstrip(".")) == 1)
    s = case_style(out, rng)
    return Variant(s, s, pre)


AR_NORM = [("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ة", "ه"), ("ى", "ي"), ("ي", "ى")]


def t_script_original(e: Entry, rng: random.Random) -> Variant | None:
    o = e.original_script
    if not o or e.src != "un_sc":
        return None
    if any("\u0400" <= ch <= "\u04ff" for ch in o):
        ops = ["yo", "drop_last", "order"]
    else:
        ops = ["norm", "abd", "drop_last"]
    for op in rng.sample(ops, len(ops)):
        if op == "norm":
            pairs = [(a, b) for a, b in AR_NORM if a in o]
            if pairs:
                a, b = rng.choice(pairs)
                if a == "ي":  # written as alef maksura only at the end of a word
                    out = re.sub(r"ي(?=\s|$)", b, o)
                    return plain(out) if out != o else None
                return plain(o.replace(a, b) if rng.random() < 0.6 else o.replace(a, b, 1))
        if op == "abd":
            if "عبد ال" in o:
                return plain(o.replace("عبد ال", "عبدال"))
            if "عبدال" in o:
                return plain(o.replace("عبدال", "عبد ال"))
        if op == "drop_last" and len(o.split()) >= 4:
            return plain(" ".join(o.split()[:-1]))
        if op == "yo" and "ё" in o.lower():
            return plain(o.replace("ё", "е").replace("Ё", "Е"))
        if op == "order" and len(o.split()) >= 2:
            w = o.split()
            return plain(" ".join(w[-1:] + w[:-1]))
    return None


CYR_GIVEN = {
    "ARKADY": "Аркадий",
    "VASILY": "Василий",
    "YURY": "Юрий",
    "ANATOLY": "Анатолий",
    "GENNADY": "Геннадий",
    "VALERY": "Валерий",
    "VITALY": "Виталий",
    "GRIGORY": "Григорий",
    "GEORGY": "Георгий",
    "GEORGIY": "Георгий",
    "EVGENY": "Евгений",
    "EVGENIY": "Евгений",
    "YEVGENY": "Евгений",
    "SERGEI": "Сергей",
    "ANDREI": "Андрей",
    "ALEKSEI": "Алексей",
    "ALEXEI": "Алексей",
    "ALEXEY": "Алексей",
    "NIKOLAI": "Николай",
    "ALEXANDER": "Александр",
    "ALEXANDR": "Александр",
    "MAXIM": "Максим",
    "PYOTR": "Пётр",
    "FYODOR": "Фёдор",
    "SEMYON": "Семён",
    "ARTYOM": "Артём",
    "ILYICH": "Ильич",
    "YURI": "Юрий",
    "DMITRI": "Дмитрий",
    "ILICH": "Ильич",
    "IGOR": "Игорь",
    "OLGA": "Ольга",
    "ALEKSANDR": "Александр",
    "ALEKSEY": "Алексей",
    "SERGEY": "Сергей",
    "VLADIMIR": "Владимир",
    "DMITRIY": "Дмитрий",
    "DMITRY": "Дмитрий",
    "ANDREY": "Андрей",
    "MIKHAIL": "Михаил",
    "NIKOLAY": "Николай",
    "YURIY": "Юрий",
    "IVAN": "Иван",
    "PAVEL": "Павел",
    "OLEG": "Олег",
    "VIKTOR": "Виктор",
    "YEVGENIY": "Евгений",
    "ANATOLIY": "Анатолий",
    "VALERIY": "Валерий",
    "GENNADIY": "Геннадий",
    "KONSTANTIN": "Константин",
    "MAKSIM": "Максим",
    "ARKADIY": "Аркадий",
    "BORIS": "Борис",
    "ROMAN": "Роман",
    "DENIS": "Денис",
    "ILYA": "Илья",
    "KIRILL": "Кирилл",
    "PETR": "Пётр",
    "YELENA": "Елена",
    "TATYANA": "Татьяна",
    "NATALYA": "Наталья",
    "SVETLANA": "Светлана",
    "IRINA": "Ирина",
    "ANNA": "Анна",
    "MARIYA": "Мария",
    "YEKATERINA": "Екатерина",
    "ALEKSANDRA": "Александра",
    "YULIYA": "Юлия",
    "LYUDMILA": "Людмила",
    "GRIGORIY": "Григорий",
    "VASILIY": "Василий",
    "VADIM": "Вадим",
    "ARTEM": "Артём",
    "ANTON": "Антон",
    "EDUARD": "Эдуард",
    "STANISLAV": "Станислав",
    "VYACHESLAV": "Вячеслав",
    "YAROSLAV": "Ярослав",
    "RUSLAN": "Руслан",
    "TIMUR": "Тимур",
    "FEDOR": "Фёдор",
    "LEONID": "Леонид",
    "VITALIY": "Виталий",
    "ALBERT": "Альберт",
    "GLEB": "Глеб",
    "ARSENIY": "Арсений",
    "NIKITA": "Никита",
    "YEVGENIYA": "Евгения",
    "IGOREVICH": "Игоревич",
    "IGOREVNA": "Игоревна",
    "OLEGOVICH": "Олегович",
    "MARINA": "Марина",
    "GALINA": "Галина",
}
CYR_MULTI = [
    ("SHCH", "Щ"),
    ("ZH", "Ж"),
    ("KH", "Х"),
    ("TS", "Ц"),
    ("CH", "Ч"),
    ("SH", "Ш"),
    ("YU", "Ю"),
    ("YA", "Я"),
    ("YE", "Е"),
    ("YO", "Ё"),
]
CYR_ONE = {
    "A": "А",
    "B": "Б",
    "V": "В",
    "G": "Г",
    "D": "Д",
    "Z": "З",
    "I": "И",
    "K": "К",
    "L": "Л",
    "M": "М",
    "N": "Н",
    "O": "О",
    "P": "П",
    "R": "Р",
    "S": "С",
    "T": "Т",
    "U": "У",
    "F": "Ф",
}
VOWELS = set("AEIOUY")


def to_cyrillic(word: str) -> str | None:
    up = word.upper()
    if up in CYR_GIVEN:
        return CYR_GIVEN[up]
    if (
        not up.isalpha()
        or re.search(r"[CHJQWX]", re.sub(r"SHCH|ZH|KH|TS|CH|SH", "", up))
        or re.search(r"L[^AEIOUY]|L$|[^AEIOUY]$(?<=R)", up)
        or re.search(r"(YCH|YVNA|IVNA|IY[^AEIOU]|YI)", up)  # Ukrainian/Belarusian spellings
    ):
        return None
    out = []
    i = 0
    while i < len(up):
        for lat, cyr in CYR_MULTI:
            if up.startswith(lat, i):
                soft = lat == "YE" or (lat == "YA" and i + 2 == len(up))  # Yuryevich, Ilya
                if soft and i > 0 and up[i - 1] not in VOWELS:
                    out.append("Ь")
                out.append(cyr)
                i += len(lat)
                break
        else:
            ch = up[i]
            if (
                ch == "I"
                and i > 0
                and up[i - 1] in "AEOU"
                and (i == len(up) - 1 or up[i + 1] not in VOWELS)
            ):
                out.append("Й")
            elif ch == "I" and up[i + 1 : i + 2] == "A" and i + 2 == len(up):
                out.append("ИЯ")
                i += 2
                continue
            elif ch == "I" and up[i:] == "II" and i > 0:
                out.append("ИЙ")  # Dmitrii, -skii
                i += 2
                continue
            elif ch == "I" and up[i + 1 : i + 3] == "EV" and i > 0 and up[i - 1] not in VOWELS:
                out.append("Ь")  # Vasiliev, Yurievich: the soft sign written as i
            elif ch == "E":
                out.append(
                    "Э"
                    if i == 0
                    and up.startswith(("EDUARD", "ERIK", "EMIL", "ELDAR", "ELVIR", "ERNEST"))
                    else "Е"
                )
            elif ch == "Y":
                if i > 0 and up[i - 1] in VOWELS:
                    out.append("Й")
                elif i == len(up) - 1 and i > 0:
                    out.append("ИЙ")  # Arkady, Vasily, Komotsky: the lost -ий ending
                else:
                    out.append("Ы")
            elif ch in CYR_ONE:
                out.append(CYR_ONE[ch])
            else:
                return None
            i += 1
    res = "".join(out)
    return res[:1] + res[1:].lower()


def t_script_cyrillic(e: Entry, rng: random.Random) -> Variant | None:
    if not is_person(e) or not is_russia(e) or e.src == "un_sc" or not e.given or not e.family:
        return None
    fam = [to_cyrillic(w) for w in e.family]
    giv = [to_cyrillic(w) for w in e.given]
    if any(x is None for x in fam + giv) or len(e.given) > 2:
        return None
    f = [x for x in fam if x]
    g = [x for x in giv if x]
    out = " ".join(f + g) if rng.random() < 0.5 else " ".join(g + f)
    if rng.random() < 0.2:
        out = out.upper()
    return plain(out)


def t_vessel(e: Entry, rng: random.Random) -> Variant | None:
    if e.kind != "vessel":
        return None
    n = case_style(e.list_name, rng)
    imo_m = re.search(r"IMO (\d{7})", e.remarks)
    forms = [
        "M/V {n}",
        "MV {n}",
        "M.V. {n}",
        "MT {n}",
        "M/T {n}",
        "VESSEL {n}",
        "{n} (VESSEL)",
        "TANKER {n}",
        "SHIP {n}",
    ]
    if imo_m:
        forms += [
            "{n} (IMO {imo})",
            "{n} IMO{imo}",
            "MV {n} IMO {imo}",
            "{n} - IMO NO. {imo}",
            "M/V {n} (IMO: {imo})",
        ]
    m = re.search(r"\s(\d{1,2})$", n)
    if m and rng.random() < 0.3:
        n = n[: m.start()] + rng.choice(
            [f"-{m.group(1)}", f" NO. {m.group(1)}", f" {NUMBER_WORDS.get(m.group(1), m.group(1))}"]
        )
    q = rng.choice(forms).format(n=n, imo=imo_m.group(1) if imo_m else "")
    return Variant(q, n)


def t_aircraft(e: Entry, rng: random.Random) -> Variant | None:
    if e.kind != "aircraft":
        return None
    reg = e.list_name.strip()
    if not re.fullmatch(r"[A-Z0-9]{1,2}-?[A-Z0-9]{2,5}", reg):
        return None
    model_m = re.search(r"Aircraft Model ([^;]+);", e.remarks)
    msn_m = re.search(r"\(MSN\) ([^;.]+)", e.remarks)
    r2 = rng.choice([reg.replace("-", ""), reg.replace("-", " "), reg, reg.lower()])
    forms = ["REG {r}", "A/C {r}", "AIRCRAFT REG. {r}", "{r}", "TAIL NO {r}", "AIRCRAFT {r}"]
    if model_m:
        forms += ["{model} {r}", "{r} ({model})"]
    if msn_m:
        forms += ["{r} MSN {msn}"]
    q = rng.choice(forms).format(
        r=r2,
        model=model_m.group(1).strip() if model_m else "",
        msn=msn_m.group(1).strip() if msn_m else "",
    )
    if q == reg:
        return None
    return Variant(q, r2)


def addr_bits(e: Entry) -> list[Address]:
    return [a for a in e.addresses if a.country or a.city]


def country_text(c: str) -> str:
    return COUNTRY_FIX.get(c, c)


def t_extra_address(e: Entry, rng: random.Random) -> Variant | None:
    ads = [a for a in e.addresses if a.street and (a.city or a.country) and len(a.street) < 80]
    if e.kind not in ("person", "organization") or not ads:
        return None
    a = rng.choice(ads)
    n = case_style(e.display, rng)
    sep = rng.choice([", ", " ", " - ", "; "])
    tail = sep.join(x for x in (a.street, a.city, country_text(a.country)) if x)
    q = f"{n}{sep}{tail}"
    return Variant(q.upper() if rng.random() < 0.4 else q, n)


def t_extra_city_country(e: Entry, rng: random.Random) -> Variant | None:
    ads = addr_bits(e)
    if e.kind not in ("person", "organization") or not ads:
        return None
    a = rng.choice(ads)
    n = case_style(e.display, rng)
    city, ctry = a.city.split(",")[0].strip(), country_text(a.country)
    if not re.search(r"[^\W\d_]", city):
        city = ""  # a bare postal code is not a city
    forms = []
    if city and ctry:
        forms += ["{n} {c} {k}", "{n}, {c}, {k}", "{n} ({c}, {k})", "{n} / {c} / {k}"]
    if ctry:
        forms += ["{n}, {k}", "{n} - {k}", "{n} ({k})"]
    if city:
        forms += ["{n}, {c}", "{n} {c}"]
    if not forms:
        return None
    q = rng.choice(forms).format(n=n, c=city, k=ctry)
    return Variant(q.upper() if rng.random() < 0.3 else q, n)


def t_extra_role(e: Entry, rng: random.Random) -> Variant | None:
    if e.kind not in ("person", "organization"):
        return None
    n = case_style(e.display, rng)
    r = rng.choice(ROLES)
    return Variant(rng.choice(ROLE_FORMS).format(n=n, r=r), n)


def t_extra_birth(e: Entry, rng: random.Random) -> Variant | None:
    if not is_person(e) or not e.birth_year:
        return None
    n = case_style(e.display, rng)
    y = e.birth_year
    form = rng.choice(
        [
            "{n} DOB {y}",
            "{n} b. {y}",
            "{n} ({y})",
            "{n}, born {y}",
            "{n} YOB {y}",
            "{n} *{y}",
            "{n} - {y}",
            "{n} D.O.B. {y}",
        ]
    )
    return Variant(form.format(n=n, y=y), n)


def t_extra_account(e: Entry, rng: random.Random) -> Variant | None:
    if e.kind not in ("person", "organization"):
        return None
    n = case_style(e.display, rng)
    acc = "".join(rng.choice("0123456789") for _ in range(rng.choice([8, 10, 12])))
    iban = rng.choice(["AE", "TR", "DE", "GB", "CH", "LB"]) + "".join(
        rng.choice("0123456789") for _ in range(20)
    )
    inv = str(rng.randrange(1000, 99999))
    return Variant(rng.choice(ACCOUNT_FORMS).format(n=n, acc=acc, iban=iban, inv=inv), n)


def t_ocr(e: Entry, rng: random.Random) -> Variant | None:
    if e.kind not in ("person", "organization", "other", "vessel"):
        return None
    s = case_style(e.display, rng)
    n = 1 if len(s) < 18 else rng.choice([1, 2])
    done = 0
    for _ in range(6):
        opts = [(a, b) for a, b in OCR if a in s]
        if not opts:
            break
        a, b = rng.choice(opts)
        idx = [m.start() for m in re.finditer(re.escape(a), s)]
        i = rng.choice(idx)
        s = s[:i] + b + s[i + len(a) :]
        done += 1
        if done >= n:
            break
    return plain(s) if done else None


def t_truncate(e: Entry, rng: random.Random) -> Variant | None:
    s = case_style(e.display, rng)
    if len(s) < 22:
        return None
    limits = [L for L in (16, 20, 24, 30, 35, 40) if len(s) > L >= 0.6 * len(s)]
    if not limits:
        return None
    L = rng.choice(limits)
    t = s[:L].rstrip()
    full = s.split()
    cut = t.split()
    partial = bool(cut) and cut[-1] != full[len(cut) - 1]
    whole = cut[:-1] if partial else cut
    if partial and len(cut[-1]) < 3:
        return None  # a cut that leaves one or two letters of a word names nothing
    if len([w for w in whole if len(w) >= 3]) < 2 or not distinctive(whole):
        return None
    if (
        is_person(e)
        and e.family
        and not any(w.upper() == f.upper() for f in e.family for w in whole)
    ):
        return None  # a person keeps at least one whole family name
    pre = tuple(norm_tokens(cut[-1])[-1:]) if partial else ()
    return Variant(t, t, pre)


def t_diacritics(e: Entry, rng: random.Random) -> Variant | None:
    s = case_style(e.display, rng)
    if any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFD", s)):
        return plain(
            "".join(ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.combining(ch))
        )
    table = {k: [v] for k, v in DIACRITIC.items() if k != v}
    return plain(swap_words(s, table, rng, rng.choice([1, 2, 3])))


def t_second_surname(e: Entry, rng: random.Random) -> Variant | None:
    if not is_person(e) or e.src == "un_sc" or len(e.family) != 2 or not e.given:
        return None
    f1, f2 = e.family
    if (
        f1.upper() in JOIN_FIRST
        or f2.upper() in JOIN_FIRST
        or not (is_hispanic(e) or f1.upper() in DIACRITIC or f2.upper() in DIACRITIC)
    ):
        return None
    g = " ".join(e.given)
    forms = [
        (f"{g} {f1}", ()),
        (f"{g} {f1} {f2[0]}.", (f2[0].casefold(),)),
        (f"{g} {f1}-{f2}", ()),
        (f"{g} {f1} Y {f2}", ()),
        (f"{f1} {f2[0]}., {g}", (f2[0].casefold(),)),
    ]
    q, pre = rng.choice(forms)
    if not distinctive(w for w in q.replace(",", " ").split() if len(w.rstrip(".")) > 1):
        return None
    s = case_style(q, rng)
    return Variant(s, s, tuple(pre))


def combine(first: Transform, second: Callable[[str, random.Random], str | None]) -> Transform:
    def f(e: Entry, rng: random.Random) -> Variant | None:
        v = first(e, rng)
        if v is None or v.query != v.core:
            return None
        out = second(v.query, rng)
        return None if out is None or out == v.query else Variant(out, out, v.prefixes)

    return f


def translit_any(e: Entry, rng: random.Random) -> Variant | None:
    for t in (t_translit_korean, t_translit_russian, t_translit_persian, t_translit_arabic):
        v = t(e, rng)
        if v is not None:
            return v
    return None


def typo_any(s: str, rng: random.Random) -> str | None:
    return apply_typo(s, rng.choice(["keyboard", "transpose", "drop", "double"]), rng)


def generic_after(s: str, rng: random.Random) -> str | None:
    return swap_words(s, GENERIC_ABBR, rng, 1)


def legal_then_generic(e: Entry, rng: random.Random) -> Variant | None:
    first = rng.choice([t_legal_spaced, t_legal_misspelt, t_legal_abbrev, t_legal_moved])
    return combine(first, generic_after)(e, rng)


def title_after(s: str, rng: random.Random, arab: bool = False) -> str | None:
    t = rng.choice(
        ["SHEIKH", "HAJI", "DR.", "ENG."] if arab else ["DR.", "MR.", "ENG.", "PROF.", "GEN."]
    )
    return f"{t if s.isupper() else title_word(t)} {s}"


def combo_title_drop(e: Entry, rng: random.Random) -> Variant | None:
    v = t_drop_middle(e, rng)
    if v is None:
        return None
    arab = is_arab_world(e) or any(w.upper() in ARABIC for w in WORD.findall(e.display))
    t = title_after(v.query, rng, arab)
    if t is None:
        return None
    if e.gender == "Female" and " MR." in " " + t.upper():
        return None
    return Variant(t, v.core)


def combo_address_typo(e: Entry, rng: random.Random) -> Variant | None:
    v = rng.choice([t_extra_city_country, t_extra_address])(e, rng)
    if v is None:
        return None
    typoed = typo_any(v.core, rng)
    if typoed is None or typoed == v.core:
        return None
    if v.query.startswith(v.core):
        return Variant(typoed + v.query[len(v.core) :], typoed)
    if v.query.startswith(v.core.upper()):
        return Variant(typoed.upper() + v.query[len(v.core) :], typoed.upper())
    return None


def combo_expand_truncate(e: Entry, rng: random.Random) -> Variant | None:
    v = t_legal_expand(e, rng)
    if v is None or len(v.query) <= 35:
        return None
    L = 35 if rng.random() < 0.6 else 30
    full = v.query.split()
    t = v.query[:L].rstrip()
    cut = t.split()
    pre = tuple(norm_tokens(cut[-1])[-1:]) if cut[-1] != full[len(cut) - 1] else ()
    core_only, legal, _ = split_legal(v.query)
    if len(t) < len(core_only):
        return None  # the cut must fall inside the legal form, not the name
    return Variant(t, t, pre)


def combo_order_punct(e: Entry, rng: random.Random) -> Variant | None:
    v = t_order_person(e, rng)
    if v is None:
        return None
    out = re.sub(r"[.,'’\-]", rng.choice([" ", ""]), v.query)
    out = " ".join(out.split())
    return None if out == v.query else Variant(out, out)


CATEGORIES: list[tuple[str, str, Transform]] = [
    (
        "translit_arabic",
        "Arabic-origin names in another common romanisation (Mohammed/Muhammad, Hussein/Husayn, al-/el-/joined/dropped)",
        t_translit_arabic,
    ),
    (
        "translit_persian",
        "Persian names in another romanisation (Hossein/Hosein, Gholam/Qolam, -zadeh/-zade, -ei/-ie, Seyed/Seyyed)",
        t_translit_persian,
    ),
    (
        "translit_russian",
        "Russian names in another romanisation (Aleksandr/Alexander, -iy/-y, -ov/-off, kh/h, ts/tz, ye/e)",
        t_translit_russian,
    ),
    (
        "translit_korean",
        "Korean names in McCune-Reischauer / Revised / popular spellings (Pak/Park, Jong/Chong, Chol/Cheol, hyphens)",
        t_translit_korean,
    ),
    (
        "translit_chinese",
        "Chinese names: Wade-Giles for pinyin (Zheng/Cheng, Xiao/Hsiao), given names split or hyphenated, old postal place names",
        t_translit_chinese,
    ),
    (
        "translit_turkish",
        "Turkish names and company words with Turkish letters (Şirketi, Ticaret, Öztürk) or German-style folding",
        t_translit_turkish,
    ),
    ("order_person", "person written family name first, without a comma", t_order_person),
    (
        "order_company",
        "company words reordered (BANK OF X -> X BANK; a place word moved to the end)",
        t_order_company,
    ),
    ("typo_keyboard", "one neighbouring-key slip inside a distinctive word", typo_cat("keyboard")),
    ("typo_transpose", "two neighbouring letters swapped", typo_cat("transpose")),
    ("typo_omission", "one letter left out", typo_cat("drop")),
    ("typo_double", "a letter doubled or a double letter written once", typo_cat("double")),
    ("typo_vowel", "one vowel written as another", typo_cat("vowel")),
    (
        "typo_phonetic",
        "a sound-alike respelling (ph/f, c/k, z/s, ou/u, kh/k)",
        typo_cat("phonetic"),
    ),
    (
        "spacing",
        "words joined, split at a prefix or syllable, or hyphens replaced by a space or nothing",
        t_spacing,
    ),
    (
        "punctuation",
        "punctuation stripped or added (quotes, stray comma, &/AND, hyphen as slash or dot)",
        t_punctuation,
    ),
    (
        "legal_abbrev",
        "legal form written out in the list, abbreviated in the query",
        t_legal_abbrev,
    ),
    (
        "legal_expand",
        "legal form abbreviated in the list, written out in the query",
        t_legal_expand,
    ),
    (
        "legal_moved",
        "legal form moved from the end to the front or the other way round",
        t_legal_moved,
    ),
    ("legal_dropped", "legal form left out", t_legal_dropped),
    (
        "legal_misspelt",
        "a legal-form word misspelt (LIMTED, COMPNAY, CORPORATOIN, LDT, GMHB)",
        t_legal_misspelt,
    ),
    (
        "legal_spaced_dotted",
        "legal-form letters spaced or dotted (L.L.C., S A DE C V, O.O.O., S..AS.)",
        t_legal_spaced,
    ),
    (
        "legal_foreign",
        "another country's legal form (LLC for OOO, LTD for LLC, PAO for PJSC, SARL for SA)",
        t_legal_foreign,
    ),
    (
        "generic_abbrev",
        "generic company words abbreviated (INTL, TRDG, MFG, ENGG, TECH, &)",
        t_generic_abbrev,
    ),
    (
        "generic_translate",
        "a generic company word translated (TRADING/TICARET, COMPANY/SHERKAT, GROUP/GRUPO, TECHNOLOGY/KEJI)",
        t_generic_translate,
    ),
    ("initials", "given or middle names reduced to initials", t_initials),
    ("drop_middle", "middle names left out", t_drop_middle),
    ("titles", "a title or honorific added (Dr., Sheikh, Haji, Mullah, Gen., Mrs.)", t_titles),
    (
        "nickname_short",
        "a short form or nickname for a given name (Mohd, Alex, Paco, Pepe, Bill)",
        t_nickname,
    ),
    (
        "script_original",
        "the UN original-script name as typed by a native writer (alef/ta-marbuta forms, عبد joined, last name dropped)",
        t_script_original,
    ),
    ("script_cyrillic", "Russian person written in Cyrillic", t_script_cyrillic),
    ("vessel_forms", "vessel names with M/V, MT, IMO number and similar", t_vessel),
    (
        "aircraft_forms",
        "aircraft registration written with/without hyphen, with REG, A/C, model or MSN",
        t_aircraft,
    ),
    (
        "extra_address",
        "name followed by its listed street address, city and country",
        t_extra_address,
    ),
    ("extra_city_country", "name followed by its listed city and/or country", t_extra_city_country),
    (
        "extra_role",
        "name with a role word a form carries (DIRECTOR, UBO, CONSIGNEE, ATTN)",
        t_extra_role,
    ),
    (
        "extra_birth_year",
        "person with the listed birth year (DOB 1962, b. 1962, (1962))",
        t_extra_birth,
    ),
    (
        "extra_account",
        "name inside payment text (A/C, IBAN, FFC, invoice reference)",
        t_extra_account,
    ),
    ("ocr", "scanning slips (O/0, I/1/l, rn/m, S/5, cl/d)", t_ocr),
    ("truncation", "cut at a field length (16-40 characters), often mid-word", t_truncate),
    ("diacritics", "accents added (José, Hernández, Compañía, Société) or removed", t_diacritics),
    (
        "second_surname",
        "Spanish second surname dropped, initialled, hyphenated or joined with Y",
        t_second_surname,
    ),
    ("combo_translit_typo", "a romanisation change plus a typo", combine(translit_any, typo_any)),
    (
        "combo_legal_generic",
        "a legal-form change (spaced, misspelt, abbreviated or moved) plus a generic word abbreviated",
        legal_then_generic,
    ),
    ("combo_title_drop_middle", "middle names dropped plus a title", combo_title_drop),
    ("combo_extra_typo", "a typo plus address or city/country text", combo_address_typo),
    (
        "combo_expand_truncate",
        "legal form written out and then cut at 30/35 characters",
        combo_expand_truncate,
    ),
    ("combo_order_punct", "family name first plus punctuation removed", combo_order_punct),
]


# ---------------------------------------------------------------------------------------------
# selection
# ---------------------------------------------------------------------------------------------

POOL_WEIGHTS = {"us_ofac_sdn": 40, "us_csl": 22, "us_csl_sdn": 8, "un_sc": 18, "us_ofac_cons": 12}


def pool_key(e: Entry) -> str:
    if e.src == "us_csl" and e.csl_source.startswith("Specially Designated"):
        return "us_csl_sdn"
    return e.src


class Checker:
    def __init__(self, idx: NameIndex) -> None:
        self.idx = idx
        self.base_ok: dict[int, bool] = {}

    def entry_ok(self, e: Entry) -> bool:
        key = id(e)
        if key not in self.base_ok:
            toks = check_tokens(norm_tokens(e.display), e.kind == "person")
            self.base_ok[key] = bool(toks) and not (
                self.idx.contains_other(toks, e.party)
                or self.idx.sub_of_other(toks, e.party)
                or self.idx.near_other(toks, e.party, exact_only=True)
            )
        return self.base_ok[key]

    def variant_why_not(self, e: Entry, v: Variant) -> str:
        q = " ".join(v.query.split())
        if not q or q != v.query.strip() and not q:
            return "empty"
        own = {" ".join(n.split()).casefold() for n in [*names_of(e), e.display]}
        if q.casefold() in own:
            return "same as a listed name of the entry"
        person = e.kind == "person"
        qt = check_tokens(norm_tokens(v.query), person)
        ct = check_tokens(norm_tokens(v.core), person)
        if not ct:
            return "no words"
        hit = self.idx.contains_other(qt, e.party)
        if hit:
            return "contains another entry: " + hit
        hit = self.idx.sub_of_other(ct, e.party, v.prefixes)
        if hit:
            return "inside another entry: " + hit
        own_joined = {
            "".join(check_tokens(norm_tokens(n), person)) for n in [*names_of(e), e.display]
        }
        hit = self.idx.near_other(ct, e.party, exact_only="".join(ct) in own_joined)
        if hit:
            return "near another entry: " + hit
        return ""


@dataclass
class Built:
    rows: list[list[str]]
    counts: dict[str, int]
    examples: dict[str, tuple[str, str]]
    lists: dict[str, dict[str, int]]


def build_variants(entries: Sequence[Entry], checker: Checker) -> Built:
    targets = [
        e
        for e in entries
        if e.src in ("us_ofac_sdn", "us_ofac_cons", "un_sc", "us_csl")
        and e.list_name
        and not any(ch in e.list_name + e.original_script for ch in "?\ufffd")
    ]
    used: dict[tuple[str, str], int] = {}
    rows: list[list[str]] = []
    counts: dict[str, int] = {}
    examples: dict[str, tuple[str, str]] = {}
    per_list: dict[str, dict[str, int]] = {}
    seen_queries: set[str] = set()
    for cat, _desc, fn in CATEGORIES:
        rng = random.Random(f"{SEED}:{cat}")
        pools: dict[str, list[Entry]] = {k: [] for k in POOL_WEIGHTS}
        for e in targets:
            pools[pool_key(e)].append(e)
        for k in POOL_WEIGHTS:
            rng.shuffle(pools[k])
        pos = dict.fromkeys(POOL_WEIGHTS, 0)
        got = 0
        while got < PER_CATEGORY:
            avail = [k for k in POOL_WEIGHTS if pos[k] < len(pools[k])]
            if not avail:
                break
            k = rng.choices(avail, weights=[POOL_WEIGHTS[x] for x in avail])[0]
            e = pools[k][pos[k]]
            pos[k] += 1
            if used.get((e.src, e.list_id), 0) >= 3:
                continue
            v = fn(e, rng)
            if v is None:
                continue
            q = " ".join(v.query.split()) if not v.query.endswith(" ") else v.query
            qkey = " ".join(q.split()).casefold()
            if qkey in seen_queries or not checker.entry_ok(e) or checker.variant_why_not(e, v):
                continue
            seen_queries.add(qkey)
            used[(e.src, e.list_id)] = used.get((e.src, e.list_id), 0) + 1
            rows.append([q, cat, e.kind, e.src, e.list_id, e.list_name, "all"])
            per_list.setdefault(cat, {})[e.src] = per_list.setdefault(cat, {}).get(e.src, 0) + 1
            if cat not in examples:
                examples[cat] = (q, e.list_name)
            got += 1
        counts[cat] = got
    return Built(rows, counts, examples, per_list)


def load_all() -> list[Entry]:
    entries = [
        *load_ofac("ofac_sdn", "sdn.csv.gz", "alt.csv.gz", "add.csv.gz", "us_ofac_sdn"),
        *load_ofac(
            "ofac_cons", "cons_prim.csv.gz", "cons_alt.csv.gz", "cons_add.csv.gz", "us_ofac_cons"
        ),
        *load_un(),
        *load_csl(),
        *load_dpl(),
    ]
    assign_parties(entries)
    return entries


def gz_csv(path: Path, header: list[str], rows: Iterable[list[str]]) -> str:
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


# ---------------------------------------------------------------------------------------------
# innocent names, written by hand for this set (persons and companies from many traditions);
# each kept only if it shares a word with a listed name and is never a list name, a sub-name of
# one, a name containing one, or one edit away from one
# ---------------------------------------------------------------------------------------------

INNOCENT_PERSONS: dict[str, str] = {
    "arabic_levant": """Karim Haddad; Lina Khoury; Rami Nasrallah; Nadia Saliba; Fadi Aoun; Rania Ghanem; Ziad Mansour Farhat; Maya Sfeir;
        Samir Khalil Bitar; Hala Jaber Tannous; Walid Azar; Dima Haddadin; Omar Kanaan; Yara Sabbagh; Tarek Nassar; Nour El Hage;
        Fouad Chidiac; Layla Sarkis; Bassam Qassis; Reem Abou Jaoude; Jad Makhlouf Rizk; Mira Karam; Elias Boutros; Joumana Frem;
        Nabil Daher; Hiba Zeidan; Khalil Mrad; Rima Fakhoury; Hassan Barakat Salameh; Samer Atallah; Nisrine Hobeika; Hani Shammas;
        Salim Dagher; Ghada Tohme; Ramzi Khoueiry; Lama Assaf; Imad Farah; Rouba Najjar; Marwan Issa Hanna; Dalia Sleiman; Fares Habib;
        Mona Chamoun; Wissam Akl; Nayla Moawad; Ghassan Rahme; Raed Tabbara; Sana Kabbani; Adel Itani; Amal Shehadeh; Tony Khouri;
        Youssef Kassab; Rola Haidar Abi Nader; Munir Daou; Suha Tarazi; Naji Abboud; Hanan Mikati; Kamal Jabbour; Ola Hamdan; Bilal Chehab;
        Mahmoud Darwish Saadeh; Lamia Yacoub; Ayman Qudsi; Razan Atassi; Firas Mardini; Ruba Kayali; Anas Jweihan; Reham Sweidan;
        Maher Zaitoun; Sawsan Hijazi Nimer; Ahmad Kurdi Saade; Tala Rifai; Nidal Khatib Ayyoub; Mais Halabi; Rashid Salhab; Nour Mustafa Hourani""",
    "arabic_gulf": """Khalid Saeed Al Mazrouei; Fatima Rashid Al Kaabi; Sultan Hamad Al Dhaheri; Mariam Obaid Al Shamsi; Abdulla Saif Al Nuaimi;
        Aisha Juma Al Falasi; Hamdan Khalifa Al Mehairi; Noora Salem Al Ketbi; Rashed Ali Al Marri; Shamma Mohammed Al Hameli;
        Faisal Nasser Al Otaibi; Hessa Mubarak Al Kuwari; Saud Fahad Al Dosari; Maha Abdulaziz Al Rasheed; Turki Bandar Al Shammari;
        Mishal Khaled Al Mutairi; Reem Yousef Al Ansari; Nawaf Sami Al Harbi; Dana Adel Al Ghanim;
        Moza Saeed Al Muhairi; Majed Saleh Al Qahtani; Latifa Ali Al Zaabi; Omar Sultan Al Suwaidi;
        Salem Obaid Al Remeithi; Alia Hassan Al Jaberi; Ahmed Rashid Al Tayer; Bader Jassim Al Hajri;
        Hamad Khalid Al Naimi; Mohammed Saif Al Ameri; Abdulrahman Fahd Al Sudairi; Wadha Ali Al Marzooqi;
        Jassim Hamad Al Kubaisi; Fahad Mubarak Al Hajeri; Nasser Abdulla Al Mannai; Amna Khalfan Al Mazroui;
        Saif Rashid Al Matrooshi; Maitha Juma Al Kendi; Khalifa Obaid Al Yammahi; Sara Hamad Al Ghufli; Thani Ahmed Al Romaithi;
        Ali Abdullah Al Hammadi; Mariam Salem Al Mheiri; Hamid Saeed Al Nuaimi Tunaiji; Ebtisam Ali Al Khayyal; Meshari Nawaf Al Ajmi;
        Talal Saad Al Enezi; Bashayer Ali Al Fadhli; Abdullah Turki Al Subaie; Ghanim Yousef Al Sulaiti""",
    "arabic_maghreb": """Mohamed Amine Benali; Yasmine Bouzid; Karim Belkacem; Nadia Cherif Benamar; Rachid Boudiaf Hamdi; Samira Lakhdari; Youssef El Idrissi;
        Fatima Zahra Bennani; Hicham Tazi; Khadija Alaoui Mrani; Said Benjelloun; Amina Chraibi; Mehdi Berrada; Salma Lahlou; Nabil Fassi Fihri;
        Soufiane Ouazzani; Imane Kettani; Omar Sefrioui; Hamza Benkirane; Meriem Zerhouni; Abdelkader Bensalah Mebarki; Leila Haddouche;
        Sofiane Benmansour; Mourad Ait Ahmed Ouali; Sabrina Khelifi; Tarik Boukhari; Hanane Ziani; Nordine Mekki;
        Rachida Slimani; Walid Bouazizi; Sonia Trabelsi Jendoubi; Anis Ben Salah Gharbi; Ines Mabrouk; Hatem Jaziri; Rym Chebbi; Slim Ayari;
        Mohamed Ali Karoui; Amira Dridi; Bilel Mejri; Sami Ben Youssef Sassi; Nesrine Hammami; Aymen Zouari; Olfa Ben Amor Triki; Skander Jebali;
        Mustapha Kamel Belhadj; Zineb Oufkir Laraki; Abdellah Bouzoubaa; Houda Naciri; Ismail Benchekroun; Kenza Guessous; Driss Lamrani;
        Farid Ouali; Djamel Boualem; Nassima Benhadj; Redouane Zidane Ouchene""",
    "arabic_egypt_iraq": """Ahmed Fathy Abdel Ghani; Mona Samir Elshafei; Tamer Hosny Abdelrahim; Heba Magdy Soliman; Amr Khaled Zaki; Dina Adel Fawzy;
        Sherif Mounir Hegazy; Nermeen Hassan Shaker; Mostafa Ragab Ismail Elnaggar; Yasmin Ashraf Ezzat; Mahmoud Hamdy Abou Zeid; Rania Osama Helmy;
        Hossam Eldin Wahba; Ghada Tarek Salem; Karim Medhat Bassiouny; Nourhan Essam Abdelaal; Hany Raafat Morsy; Eman Lotfy Badawi; Sameh Gamal Ayad;
        Omnia Sayed Hafez; Waleed Naguib Farid; Marwa Ehab Gaber; Ibrahim Sabry Ghoneim; Sara Atef Rizk; Ayman Fouad Kandil; Hadeer Ali Elsayed Fouda;
        Haider Jawad Kadhim Alwan; Zainab Abbas Jaafar Hilli; Mustafa Karim Abdulameer; Noor Hussein Mahdi Saadi; Ali Qasim Mohsin Rubaie;
        Rusul Sabah Hamid Jubouri; Ahmed Salah Abdulhussein; Shahad Raad Mahmood Dulaimi; Hassan Falih Mutlaq Zubaidi; Baneen Amer Kareem;
        Ammar Riyadh Jassim Ubaidi; Dhuha Saad Abdulwahab; Yasir Adnan Hameed Bayati; Zahraa Muhsin Abdulridha; Omar Nizar Sabri Obaidi;
        Sajjad Haidar Naji Khafaji; Maryam Ayad Talib Shammari; Mohammed Hasan Kadhim Tamimi; Huda Kamil Salman Musawi; Laith Majid Khalaf Jabouri""",
    "persian": """Reza Ahmadinia; Maryam Shirazi Farahani; Ali Akbar Tavakoli; Zahra Mohammadpour; Hamid Rezaeian; Parisa Jahanbani; Behnam Khosravi Nia;
        Arash Kamangar; Niloufar Ghaffari; Kourosh Yazdanpanah; Leila Hatami Sadr; Mehdi Farahmand; Fatemeh Rostami Kia;
        Saeed Mirzaei Tabrizi; Nasrin Golshiri; Babak Zanganeh Ranjbar; Elham Karimkhani; Amir Hossein Sharifzadeh; Roya Nikkhah; Payam Dehghani;
        Siavash Ghomeishi; Ladan Tehrani Asl; Farhad Majidi Rad; Azadeh Namdari; Kaveh Golestan Mehr; Soheila Bahrami;
        Hossein Alizadeh Barzegar; Negar Javaheri; Dariush Mehrjui Nia; Samira Makhmalbaf Rad; Omid Jalili Fard; Bahareh Afshari; Ramin Jahanbegloo Far;
        Golnar Tabatabaei; Mohsen Namjoo Kia; Yasaman Soltani Rad; Kamran Vafa Sadeghi; Pegah Ahangarani; Peyman Maadi Nezhad; Taraneh Alidoosti Far;
        Shahab Hosseinkhani; Niki Karimi Asl; Majid Majidi Pour; Hedieh Tehrani Nejad; Nima Yooshij Tari; Forough Farrokhzad Nia; Sohrab Sepehri Fard;
        Ahmad Shamlou Rad; Mahmoud Dowlatabadi Kia; Simin Behbahani Mehr; Parviz Parastui Asl; Gholamhossein Saedi Nia; Jafar Panahi Rad;
        Asghar Farhadi Kia; Abbas Kiarostami Fard; Rakhshan Banietemad Asl; Bahram Beyzaie Mehr; Hamed Behdad Pour; Mohammad Reza Golzar Fard;
        Navid Mohammadzadeh Kia; Mehran Modiri Asl; Ezzatolah Entezami Nia; Ali Daei Moghaddam; Karim Bagheri Asl; Javad Nekounam Far""",
    "afghan_pakistani": """Ahmad Shah Durrani Khel; Zarghona Wardak; Farid Ahmad Popal; Nasrin Ghafoori; Mirwais Hotak Zada;
        Shukria Barakzai Noori; Abdul Wahid Karimi Khel; Bibi Gul Mohmand; Hamidullah Qaderi; Malalai Joya Nikzad; Najibullah Sadiqi Rahimi;
        Hasina Safi Noorzai; Wahidullah Jalali; Sima Samar Ahmadi; Farkhunda Zahra Naderi; Aziz Ahmad Tassal;
        Muhammad Imran Qureshi Butt; Ayesha Siddiqa Chaudhry; Usman Tariq Malik; Sana Mir Awan; Bilal Ahmed Abbasi Rajput; ;
        Hamza Ali Cheema; Zainab Raza Gillani; Shoaib Akhtar Janjua; Mahnoor Baloch Khoso; Waqar Younis Khattak; Iqra Aziz Bhatti;
        Faisal Javed Khan Niazi Mir; Sidra Amin Kayani; Saqib Saleem Gondal; Hira Mani Qazi; Asad Shafiq Minhas; Mehwish Hayat Butt;
        Kamran Akmal Ghauri; Ayeza Khan Durrani; Nauman Ijaz Sheikh; Saba Qamar Zaman; Junaid Jamshed Rana; Amina Sheikh Hashmi;
        Mohammad Rizwan Warraich; Nida Yasir Bokhari; Fawad Alam Sial; Mawra Hocane Naqvi; Shadab Khan Afridi Mughal; Ushna Shah Jatoi;
        Abdul Rehman Khan Yousafzai Lodhi; Gulalai Ismail Momand; Zahid Hussain Tanoli; Rubina Ashraf Qizilbash; Haroon Rashid Swati""",
    "south_asian": """Rajesh Kumar Agarwal; Priya Venkataraman; Suresh Babu Naidu; Anjali Deshpande; Vikram Singh Rathore; Meera Krishnamurthy;
        Arjun Mehta Shah; Kavita Joshi Kulkarni; Rahul Banerjee; Sunita Reddy Gowda; Amitabh Chatterjee; Deepa Iyer Subramanian;
        Sanjay Gupta Bansal; Neha Kapoor Malhotra; Manoj Tiwari Dubey; Pooja Nair Menon; Ashok Patel Desai; Lakshmi Raghavan;
        Ravi Shankar Pillai; Anita Bose Sengupta; Mohammed Irfan Ansari; Shabana Azmi Qureshi; Salman Rizvi Zaidi; Farah Naaz Siddiqui;
        Imtiaz Hussain Kazmi; Tabassum Jahan Begum Khatoon; Naseeruddin Shah Nomani; Rukhsana Parveen Mirza; Anwar Hossain Chowdhury;
        Nusrat Jahan Akter; Mahbubur Rahman Talukder; Shakib Hasan Mridha; Farzana Yasmin Sarkar; Kamrul Islam Bhuiyan; Sadia Afrin Mollah;
        Abdul Karim Sheikh Majumder; Rokeya Sultana Haque; Tanvir Ahmed Khondaker; Mitali Das Roy; Dilip Kumar Tamang; Sita Maya Gurung;
        Bishnu Prasad Sharma Koirala; Anil Thapa Magar; Kamala Devi Shrestha; Pradeep Rana Bhattarai; Gayathri Wickramasinghe Perera;
        Ruwan Jayasuriya Fernando; Nimal Siripala Bandara; Chandrika Dissanayake Silva; Tharindu Rathnayake""",
    "russian": """Aleksandr Petrovich Kuznetsov Belov; Yelena Sergeyevna Morozova Lisitsyna; Dmitriy Ivanovich Sokolov Yermakov; Olga Nikolayevna Volkova Sinitsyna;
        Sergey Andreyevich Lebedev Krylov; Natalya Vladimirovna Kozlova Zueva; Andrey Viktorovich Novikov Gusev; Tatyana Mikhaylovna Pavlova Frolova;
        Mikhail Yuryevich Semenov Bykov; Irina Aleksandrovna Golubeva Kiseleva; Nikolay Borisovich Vinogradov Tikhonov; Svetlana Olegovna Bogdanova Yakovleva;
        Vladimir Gennadyevich Vorobyov Filatov; Anna Dmitriyevna Fedorova Maksimova; Pavel Konstantinovich Mikhaylov Gromov; Ekaterina Igorevna Romanova Ilyina;
        Igor Valeryevich Zakharov Danilov; Marina Anatolyevna Zaytseva Shcherbakova; Oleg Stanislavovich Solovyov Komarov; Yuliya Denisovna Borisova Orlova;
        Konstantin Arkadyevich Kiselyov Karpov; Ksenia Romanovna Nikitina Antonova; Roman Vitalyevich Tarasov Belousov; Darya Maksimovna Zhukova Medvedeva;
        Artyom Yevgenyevich Baranov Kudryavtsev; Anastasia Pavlovna Kulikova Sorokina; Maksim Ilyich Alekseyev Stepanov; Viktoria Yuryevna Lazareva Nikolaeva;
        Ilya Semyonovich Grigoryev Polyakov; Alina Timurovna Makarova Kovaleva; Kirill Vadimovich Osipov Shubin; Polina Arturovna Matveyeva Gerasimova;
        Stanislav Fyodorovich Yegorov Mironov; Lyudmila Grigoryevna Belyaeva Tarasova; Vadim Nikitich Sidorov Loginov; Galina Petrovna Ershova Naumova;
        Timur Rustamovich Abdullin Safin; Gulnara Ravilevna Khairullina; Ruslan Marsovich Galiev Yusupov; Aigul Rinatovna Nurieva Sabirova;
        Yaroslav Mudrov Kievsky;
        Fyodor Mikhaylovich Dostoyev Karamazov; Lev Nikolayevich Tolstykh Bolkonsky; Anton Pavlovich Chekhonin Trofimov""",
    "ukrainian_belarusian": """Oleksandr Mykolayovych Shevchuk; Iryna Petrivna Kovalenko Bondar; Andriy Vasylyovych Tkachenko; Olena Ivanivna Kravchuk Melnyk;
        Taras Hryhorovych Boyko Lysenko; Nataliya Stepanivna Oliynyk; Bohdan Yosypovych Savchenko Rudenko; Oksana Mykhailivna Marchenko Moroz;
        Yuriy Volodymyrovych Kovalchuk Ponomarenko; Halyna Romanivna Pavlenko Klymenko; Serhiy Oleksandrovych Kostenko Hnatyuk; Lesya Ukrainka Kosach;
        Vitaliy Anatoliyovych Zinchenko Hrytsenko; Mariya Fedorivna Prymachenko Holub; Dmytro Ihorovych Levchenko Karpenko; Yuliya Viktorivna Lytvyn Sych;
        Viktar Uladzimiravich Karatkevich; Alyaksandra Mikalaeuna Bahdanovich; Volha Piatrouna Kupala Lutskevich;
        Uladzimir Hryhoryevich Bykau Navumchyk; Hanna Yurievna Sapega Radzivil; Nasta Aliaksandrauna Palazhanka""",
    "korean": """Kim Min-jun; Lee Seo-yeon; Park Ji-hoon; Choi Yu-na; Jung Hae-in; Kang Da-eun; Yoon Seok-jin; Jang Mi-rae; Lim Chae-won; Han Ye-seul;
        Oh Se-hun; Seo Kang-joon; Shin Hye-sun; Kwon Ji-yong; Hwang In-yeop; Song Ha-neul; Ahn Bo-hyun; Jeon Yeo-been; Hong Jin-kyung; Yoo Ah-rin;
        Moon Chae-yeon; Baek Seung-ho; Nam Joo-hyuk; Ko Ah-sung; Bae Doo-na; Cha Eun-woo; Ryu Jun-yeol; Noh Hee-kyung; Ha Ji-won; Gong Hyo-jin;
        Kim Tae-ri; Park Bo-gum; Lee Dong-wook; Choi Woo-shik; Jung So-min; Kang Ha-neul; Yoon Kye-sang; Jang Ki-yong; Kim Go-eun; Park Seo-joon;
        Lee Je-hoon; Choi Min-sik Hwang; Jeong Hae-won; Ri Chun-hee Pak; Kim Ok-ryon; Pak Song-mi Ri; Choe Hyon-a; Han Kyong-il; Ri Myong-hui Kang;
        Kim Chol-ung Yun; Pak Un-ha; O Su-ryon; Ryom Hye-sun; Kye Sun-hui; Jong Tae-se; An Yong-hak; Ri Se-gwang; Kim Kuk-hyang; Rim Jong-sim""",
    "chinese": """Wang Xiaoming; Li Jiayi; Zhang Wenjie; Liu Yuxin; Chen Haoran; Yang Zihan; Zhao Mingyu; Huang Shuting; Zhou Yichen; Wu Meiling;
        Xu Jinrong; Sun Lihua; Ma Junkai; Zhu Yaqian; Hu Zhiwei; Guo Xinyi; He Jiahao; Gao Ruoxi; Lin Zhenyu; Luo Siqi; Zheng Kaiwen; Liang Yuqing;
        Xie Tianyi; Song Jiaxin; Tang Hongbo; Han Xueying; Feng Shaowei; Deng Yating; Cao Yufei; Peng Chenxi; Zeng Yiming; Xiao Wanting; Tian Haoyu;
        Dong Xinran; Pan Zhiyuan; Yuan Shiqi; Cai Minghui; Jiang Yutong; Yu Bowen; Du Lingyun; Ye Zixuan; Cheng Jianguo; Wei Shuhua; Su Kexin;
        Lu Weidong; Ding Ruoyu; Ren Jiaqi; Shen Yuhang; Yao Xinyu; Lu Qianyi; Jiang Haifeng; Cui Yanan; Zhong Jiale; Tan Xiaohui; Lu Guangming;
        Wang Yifan Lu; Li Qiang Hao; Zhang Lei Ming; Chan Tai Man; Wong Ka Wai; Lau Chi Keung; Cheung Siu Fung; Leung Wing Yan; Ho Kin Chung;
        Tsang Mei Ling; Chow Yun Kit; Lam Pui Shan; Ng Wai Lun; Lee Chun Hei Kwok; Tan Wei Ming; Lim Boon Heng; Goh Siew Ling; Teo Kah Hock;
        Ong Mei Fong; Chua Beng Huat; Koh Jia Hui; Yeo Cheng Leong; Tay Swee Lan; Chen Shu-fen; Lin Chia-hao; Huang Yu-ting; Tsai Ming-che; Hsu Wei-lun""",
    "turkish": """Mehmet Ali Yılmaz Kaya; Ayşe Demir Çelik; Mustafa Kemal Şahin Aksoy; Fatma Nur Öztürk; Ahmet Can Arslan; Zeynep Koç Aydın;
        Hüseyin Doğan Kurt; Emine Yıldırım Özdemir; İbrahim Halil Kılıç; Elif Şen Erdem; Hasan Hüseyin Güneş; Merve Aslan Çetin; Ömer Faruk Kara;
        Büşra Polat Yavuz; Murat Can Tekin; Esra Bulut Acar; Emre Karakaya Uçar; Selin Özkan Tuncer; Burak Yücel Erol; Gizem Sarı Kaplan;
        Cem Yıldız Toprak; Deniz Aksoy Akın; Serkan Korkmaz Bozkurt; Tuğba Keskin Aydoğan; Onur Uysal Işık; Ebru Gündoğdu Sezer; Volkan Demirci Çakır;
        Sibel Karataş Eren; Oğuz Han Tunç; Pınar Altun Özer; Kaan Ateş Sönmez; Ceren Turan Güler; Barış Manço Akgül; Derya Uluğ Coşkun;
        Tolga Çevik Soylu; Yasemin Kurtuluş Ünal; Serdar Ortaç Bayram; Hande Erçel Dinç; Kıvanç Tatlıtuğ Önal; Beren Saat Güleryüz;
        Halit Ergenç Tanrıverdi; Bergüzar Korel Ay; Engin Altan Düzyatan; Tuba Büyüküstün Aslan; Çağatay Ulusoy Gök; Serenay Sarıkaya Türkmen""",
    "central_asian": """Rustam Akhmedovich Karimov Tashkentov; Dilnoza Shavkatovna Yusupova; Aziz Bakhtiyorovich Rahimov; Gulnora Rustamovna Saidova;
        Bekzod Ulugbekovich Tursunov; Nodira Alisherovna Nazarova; Sardor Farrukhovich Ergashev; Malika Anvarovna Kadyrova Umarova; Jasur Ilkhomovich Sultanov;
        Nurlan Serikovich Abenov Zhaksylykov; Aigerim Bolatovna Nurpeisova; Yerlan Maratovich Dzhaksybekov Temirov; Dinara Askarovna Iskakova;
        Daniyar Kairatovich Baimukhanov; Saule Yerzhanovna Tokayeva Ospanova; Almaz Bakytovich Sydykov; Aizhan Temirbekovna Akmatova;
        Bakyt Usenovich Osmonaliev; Farrukh Davlatovich Rakhmonov Saidov; Zarina Shodmonovna Nazarova Sharipova; ;
        Ogulgerek Myratowna Orazowa; Serdar Batyrowich Hojamuradow""",
    "hispanic": """Juan Carlos Mendoza Ríos; María Fernanda Ortega Salinas; Luis Alberto Cabrera Núñez; Ana Lucía Villalobos Paredes; Carlos Andrés Quintero Mejía;
        Sofía Valentina Aguilar Cordero; Jorge Eduardo Ibarra Solís; Gabriela Alejandra Rosales Peña; Miguel Ángel Benavides Toro; Daniela Paz Fuentes Araya;
        José Manuel Carrasco Vidal; Valeria Inés Sepúlveda Rojas; Fernando Javier Molina Escobar; Camila Andrea Restrepo Uribe; Diego Armando Navarro Luna;
        Paola Cristina Bustamante Lara; Ricardo Antonio Campos Delgado; Lucía Esperanza Herrera Cano; Alejandro José Pacheco Vera; Natalia Isabel Cortés Mora;
        Raúl Ernesto Figueroa Ponce; Verónica Patricia Miranda Zapata; Andrés Felipe Ospina Cárdenas; Mariana Guadalupe Ochoa Treviño; Javier Ignacio Soto Maldonado;
        Carmen Rosa Espinoza Cáceres; Héctor Hugo Serrano Rivas; Isabel Cristina Lozano Gil; Sergio Iván Contreras Barrios; Elena Margarita Vega Santana;
        Pedro Pablo Acosta Montoya; Adriana María Giraldo Henao; Francisco Javier Salazar Bravo; Rocío del Carmen Muñoz Tapia; Óscar Mauricio Guerrero Palacios;
        Claudia Patricia Duarte Arango; Manuel Alejandro Ruiz Zamora; Laura Victoria Pineda Osorio; Tomás Ignacio Vargas Lagos; Silvia Elena Robles Gallardo;
        Eduardo Enrique Blanco Arias; Beatriz Adriana Cuevas Medina; Gustavo Adolfo Castro Bermúdez; Marisol Ramírez Ávalos; Ramón Esteban Olivares Paz;
        Juana Inés Cruz Aldana; Hugo Rafael Tovar Leal; Patricia Alejandra Quiroga Sosa; Mercedes Sosa Girón; Rubén Darío Sarmiento Gil;
        Gabriel García Montes Iturbe; Octavio Paz Lozano Ferrer; Frida Kahlo Calderón Rivas; Diego Rivera Barrientos Soler; Pablo Neruda Reyes Basoalto Vial;
        Violeta Parra Sandoval Ríos; Jesús Alberto Martínez Ocampo Villa; Guadalupe Hernández Trejo Alcalá; Rodrigo Sánchez Olmos; Ignacio Gómez Echeverría""",
    "portuguese_brazilian": """João Pedro Almeida Costa; Ana Beatriz Ferreira Lima; Lucas Gabriel Souza Ribeiro; Mariana Oliveira Carvalho; Gabriel Henrique Rocha Martins;
        Juliana Santos Barbosa; Rafael Augusto Pereira Dias; Camila Rodrigues Teixeira; Bruno Cardoso Moreira; Larissa Gomes Correia; Thiago Mendes Araújo;
        Fernanda Castro Nascimento; Felipe Monteiro Cavalcanti; Beatriz Freitas Pinto; Gustavo Lopes Azevedo; Letícia Moura Cunha; Matheus Vieira Campos;
        Amanda Duarte Fonseca; Leonardo Batista Machado; Patrícia Nunes Sampaio; Rodrigo Farias Brandão; Vanessa Queiroz Tavares; Eduardo Coelho Peixoto;
        Aline Bezerra Holanda; Marcelo Rezende Guimarães; Tatiana Siqueira Leite; Diogo Magalhães Sousa; Inês Carvalho Antunes; Tiago Marques Simões;
        Sofia Rebelo Matos; Nuno Gonçalves Pires; Catarina Mota Lourenço; Rui Pedro Vaz Fernandes; Joana Baptista Henriques; Miguel Sardinha Cordeiro""",
    "french_belgian": """Jean-Baptiste Lefèvre; Marie-Claire Dubois; Pierre-Antoine Moreau; Camille Laurent Girard; Antoine Rousseau; Élodie Fontaine;
        Guillaume Chevalier; Sophie Marchand Lemaire; Nicolas Bertrand Fournier; Julie Garnier; Mathieu Faure Perrin; Aurélie Blanchard; Thomas Mercier;
        Céline Dumont Leclerc; François-Xavier Robin; Émilie Gauthier; Olivier Masson Brun; Chloé Lambert Renard; Sébastien Dupuis; Manon Caron Picard;
        Alexandre Roussel; Léa Vasseur Colin; Julien Meunier; Pauline Bonnet Arnaud; Maxime Guerin; Inès Barbier Mallet; Benoît Lacroix; Hélène Noël Perrot;
        Arnaud Leroy Charpentier; Mathilde Fabre; Yves Lemoine Carpentier; Brigitte Joly; Luc Van Damme; An De Smet; Pieter Janssens Peeters;
        Sarah Claes Maes; Wouter Jacobs Willems; Els Goossens; Bart Wouters Mertens; Lien Dubois Vermeulen""",
    "german_dutch": """Matthias Schneider; Katharina Becker Wolf; Stefan Hoffmann Krüger; Anna-Lena Schäfer; Tobias Richter Klein; Julia Zimmermann Braun;
        Sebastian Hartmann; Lena Schmitz Lange; Florian Werner Krause; Laura Meier Lehmann; Jan-Hendrik Köhler; Sabine Huber Kaiser; Markus Fuchs Peters;
        Christina Scholz; Andreas Möller Vogel; Franziska Jung Keller; Michael Günther Frank; Ulrike Berger Winkler; Johannes Lorenz Roth; Miriam Baumann;
        Klaus-Dieter Brandt; Heike Sommer Haas; Dieter Graf Schulze; Monika Engel Kuhn; Jürgen Pohl Böhm; Anja Ziegler Busch; Rainer Seidel; Petra Vogt Franke;
        Joost van der Berg; Sanne de Vries; Daan Bakker Visser; Femke Smit Meijer; Ruud Mulder de Boer; Lotte de Groot Bos; Bram Vos Peters Hendriks;
        Eva Dekker Brouwer; Sven Janssen Kok; Anouk van Dijk Jacobs; Thijs Vermeulen; Marieke van Leeuwen""",
    "anglo": """James Edward Whitmore; Sarah Louise Pemberton; Oliver Charles Ashworth; Emily Rose Fairbanks; William Henry Thornton; Charlotte Anne Kingsley;
        Thomas Alexander Redford; Sophie Elizabeth Carrington; George Frederick Hollis; Jessica Mary Langford; Daniel Patrick O'Sullivan; Grace Eleanor Hartley;
        Michael John Brennan; Hannah Catherine Pryce; Christopher David Munro; Lucy Victoria Blackwood; Benjamin Scott Caldwell; Amelia Jane Prescott;
        Samuel Robert Fitzgerald; Olivia Kate Merriweather; Matthew Paul Donnelly; Isabella Grace Whitaker; Andrew Mark Sutherland; Rebecca Anne Forsyth;
        Jonathan Lee Harrington; Megan Claire Galloway; Robert James McAllister; Laura Jean Stratton; Patrick Sean Gallagher; Katherine Joy Ellsworth;
        Richard Anthony Beaumont; Natalie Joan Ridley; Peter William Lockhart; Rachel Helen Abernathy; David Michael Kensington; Emma Frances Holloway;
        Joseph Arthur Stanhope; Alice Margaret Pennington; Henry Lewis Ainsworth; Victoria Mae Sinclair; Mark Anthony Cole Brown; Jennifer Lynn Parker Davis;
        Kevin Michael Johnson Reed; Ashley Nicole Williams Hayes; Brian Keith Miller Ward; Amanda Marie Jones Foster; Tyler James Wilson Brooks;
        Stephanie Ann Moore Bennett; Ryan Christopher Taylor Price; Melissa Dawn Anderson Gray; Jason Robert Thomas Powell; Nicole Renee Jackson Long""",
    "west_african": """Chinedu Okafor; Ngozi Adaeze Eze; Oluwaseun Adebayo Ogunleye; Funmilayo Adeyemi; Emeka Chukwuma Nwosu; Aisha Bello Danjuma; Ibrahim Musa Garba;
        Zainab Abubakar Shehu; Tunde Bakare Olatunji; Yetunde Ogunbiyi; Kelechi Iheanacho Obi; Chiamaka Okonkwo Uche; Abdulrahman Yusuf Lawal; Hauwa Sani Ibrahim;
        Segun Fashola Adewale; Folake Oyelaran; Obinna Nnamdi Onyekachi; Amaka Nwachukwu; Musa Aliyu Kano Usman; Hadiza Maikudi; Kwame Mensah Boateng;
        Ama Serwaa Owusu; Abena Pokua Agyeman; Yaw Ofori Atta Sarpong; Akosua Badu Amponsah; Mamadou Diallo Barry; Fatoumata Binta Bah;
        Ousmane Sow Ndiaye; Aminata Traoré Keïta; Moussa Coulibaly Konaté; Awa Diop Sarr; Cheikh Tidiane Fall; Mariama Sy Kane; Ibrahima Camara Touré;
        Kadiatou Sylla Condé; Seydou Keita Doumbia; Rokia Sangaré Dembélé; Boubacar Cissé Sissoko; Adama Ouédraogo Kaboré; Salimata Zongo Sawadogo""",
    "east_african_somali": """Abdirahman Mohamed Farah Warsame; Hodan Ahmed Jama Abdi; Mohamed Abdullahi Hassan Guled; Fadumo Ali Ismail Egal; Ahmed Yusuf Nur Hirsi;
        Sahra Omar Aden Dualeh; Abdiqani Hussein Osman Samatar; Asha Mohamud Warsame Gedi; Liban Abdi Farah Ugas; Ifrah Said Hersi Yasin;
        Mustafe Ahmed Elmi Duale; Khadra Hassan Mohamed Geele; Bashir Abdulkadir Sheikh Nuur; Deqa Abdi Ali Roble; Yusuf Ibrahim Garad Dirie;
        Amina Hussein Abdullahi Qoorsheel; Kibet Kipchoge Rotich; Wanjiru Njeri Kamau; Otieno Odhiambo Ochieng; Achieng Akinyi Owino; Mwangi Githinji Kariuki;
        Nyokabi Wambui Gachanja; Juma Bakari Mwinyi Salim; Rehema Zuberi Mushi; Baraka Mosha Kimaro; Neema Lyimo Massawe; Tesfaye Bekele Haile; Meseret Alemu Tadesse;
        Dawit Girma Wolde; Selamawit Tekle Berhane; Yonas Gebremedhin Kidane; Hirut Mengistu Asfaw; Mulugeta Tsegaye Abebe""",
    "central_african": """Jean-Pierre Mukendi Kabongo; Marie-Josée Mbuyi Tshibanda; Chantal Nsimba Mavungu; Dieudonné Kalala Mwamba Kitenge;
        Béatrice Ngalula Mputu; Emmanuel Ngoy Kazadi; Solange Mwanza Kapinga; Célestin Banza Lukusa; Guy-Patrick Ebondo Mbala;
        Albertine Bokele Mayele; Innocent Habimana Uwimana; Claudine Mukamana Ingabire; Théoneste Niyonzima Hakizimana; Jeanne d'Arc Uwamahoro; Eric Ndayishimiye Nkurunziza;
        Aline Irakoze Ndikumana; Serge Mbarga Atangana; Florence Ngo Bissek; Alain Ekotto Essomba; Brigitte Nkoulou Mvondo""",
    "vietnamese_sea": """Nguyễn Văn An; Trần Thị Bích Ngọc; Lê Minh Tuấn; Phạm Thu Hà; Hoàng Đức Anh; Huỳnh Thị Mai; Võ Quốc Bảo; Đặng Thùy Linh; Bùi Xuân Trường;
        Đỗ Hải Yến; Nguyen Thanh Tung; Tran Quang Huy; Le Thi Hong Nhung; Pham Van Dong Khoa; Ngo Bao Chau Minh; Muhammad Hafiz Ismail Rahman;
        Nur Aisyah Binti Abdullah Zainal; Ahmad Faizal Bin Hassan Rosli; Mohd Shafiq Bin Yusof Harun; Dewi Lestari Wulandari;
        Budi Santoso Wijaya; Siti Rahayu Kusumawati; Agus Setiawan Nugroho; Putri Ayu Maharani; Bambang Susilo Prasetyo; Rizky Pratama Hidayat; Intan Permatasari;
        Maria Cristina Santos Reyes; Jose Rizal Mercado Bautista; Angelica Dela Cruz Villanueva; Mark Anthony Garcia Mendoza Lim;
        Somchai Srisuk Chaiyaporn; Siriporn Wongsakul; Nattapong Rattanakorn; Kanokwan Boonmee""",
    "east_asian_other": """Tanaka Hiroshi; Suzuki Yuki; Sato Kenji; Watanabe Aiko; Takahashi Ryo; Ito Sakura; Yamamoto Daisuke; Nakamura Emi; Kobayashi Takeshi;
        Kato Mai; Yoshida Haruto; Yamada Naoko; Sasaki Kenta; Matsumoto Rina; Inoue Shota; Kimura Ayumi; Hayashi Yusuke; Shimizu Kaori; Yamazaki Tomoya;
        Mori Misaki; Ikeda Kazuki; Hashimoto Yui; Ishikawa Sota; Ogawa Nanami; Fujita Takumi; Okada Akane; Goto Ren; Hasegawa Mio; Murakami Koji; Kondo Asuka""",
    "hebrew": """Yossi Cohen Levi; Noa Mizrahi; Avi Peretz Biton; Tamar Friedman; Eitan Shapira Katz; Maya Avraham Dahan; Itai Ben David Ohana; Shira Goldberg;
        Omer Azoulay Amsalem; Yael Rosenberg; Daniel Ben Haim Malka; Michal Segal Gabay; Ariel Sharabi; Rivka Halevi Stern; Nadav Amar Tzur; Orly Weiss Klein""",
    "greek_italian_balkan": """Giorgos Papadopoulos; Eleni Konstantinidou; Dimitris Nikolaidis; Katerina Georgiou Vlachou; Nikos Kazantzis Alexiou; Maria Oikonomou;
        Alessandro Rossi Bianchi; Giulia Ferrari Romano; Marco Esposito Ricci; Francesca Colombo Marino; Luca Greco Bruno; Chiara Gallo Conti;
        Matteo De Luca Mancini; Sara Costa Giordano; Davide Rizzo Lombardi; Elena Moretti Barbieri; Stefano Fontana Santoro; Valentina Mariani Rinaldi;
        Marko Petrović Jovanović; Jelena Nikolić Đorđević; Nikola Marković Ilić; Ivana Stojanović Pavlović; Stefan Milošević Tomić; Ana Kovačević Popović;
        Emir Hadžić Mehmedović; Amra Begović Delić; Adnan Hodžić Bešić; Lejla Osmanović Kurtović; Ivan Horvat Babić; Petra Novak Kovač; Tomislav Jurić Knežević;
        Mirela Vuković Marić; Arben Hoxha Krasniqi; Blerta Gashi Berisha; Ilir Shehu Morina; Besa Kelmendi Rama""",
    "polish_czech_baltic": """Piotr Kowalski Nowak; Agnieszka Wiśniewska; Tomasz Wójcik Kamiński; Katarzyna Lewandowska Zielińska; Marcin Szymański Woźniak;
        Magdalena Dąbrowska; Paweł Kozłowski Jankowski; Joanna Mazur Krawczyk; Jakub Novák Svoboda; Tereza Dvořáková Černá; Martin Procházka Kučera;
        Lucie Veselá Horáková; Jonas Petrauskas Kazlauskas; Ieva Jankauskaitė; Andris Bērziņš Kalniņš; Liene Ozola; Kristjan Tamm Saar; Triin Sepp Mägi""",
}

INNOCENT_COMPANIES: dict[str, str] = {
    "gulf_trading": """Al Noor Bright Horizons Trading LLC; Desert Rose Perfumes Trading LLC; Gulf Pearl Foodstuff Trading Co LLC; Silver Dune General Trading FZE;
        Blue Lagoon Marine Services LLC; Falcon Crest Building Materials Trading; Emirates Palm Catering Services LLC; Oasis Fresh Fruits & Vegetables Trading;
        Al Waha Ladies Tailoring LLC; Al Bustan Flowers & Plants Trading; Golden Sands Car Rental LLC; Arabian Coffee Roastery LLC; Saffron Spice Trading Co;
        Jumeirah Pearl Interiors LLC; Al Rawabi Stationery Trading LLC; Creek View Textiles Trading LLC; Al Fajr Cleaning Services LLC; Sharjah Book Traders LLC;
        Najma Electrical Appliances Trading; Al Sahra Camping Equipment Trading LLC; Dubai Hills Pet Clinic LLC; Corniche Bakery & Sweets LLC; Al Manara Optical LLC;
        Bright Future Educational Toys Trading; Seashell Laundry Services LLC; Al Jazira Dates Packing Factory; Marina Yacht Detailing LLC; Al Hadiqa Garden Tools Trading;
        Qurum Beach Cafe LLC; Muscat Frankincense House LLC; Doha Bay Event Management WLL; Manama Harbour Seafood Trading WLL; Al Khobar Dental Supplies Est;
        Riyadh Smile Orthodontics Est; Jeddah Corniche Sweets Co; Kuwait Gardens Landscaping Co WLL; Al Ahmadi Bicycle Trading Co; Salalah Coconut Farms LLC;
        Ras Al Khaimah Pottery Works LLC; Fujairah Diving Centre LLC; Ajman Furniture Upholstery LLC; Al Ain Camel Milk Dairy LLC; Abu Dhabi Calligraphy Studio LLC""",
    "levant_egypt": """Cedar Valley Olive Oil SARL; Beirut Bookbinders SAL; Byblos Sea Breeze Restaurant SARL; Damascene Rose Soap Workshop; Aleppo Pistachio Roasters;
        Nile Delta Cotton Weavers SAE; Cairo Papyrus Art Gallery; Alexandria Sardine Canning Co SAE; Giza Pyramids Horse Stables; Luxor Alabaster Crafts;
        Amman Zaatar Bakeries; Petra Sandstone Souvenirs Co; Jerusalem Ceramics Cooperative; Nablus Sweets Kunafa House; Tripoli Soap Khan SARL;
        Sidon Fishermen Cooperative; Baalbek Grape Growers Association; Homs Textile Dyers Workshop; Latakia Citrus Packers; Mansoura University Bookshop;
        Aswan Nubian Guesthouse; Tanta Linen Company SAE; Port Said Ship Chandlers SAE; Suez Canal Pilots Club; Zahle Arak Distillery SARL""",
    "iranian": """Pars Saffron Golden Grain Co; Tabriz Handwoven Carpets Cooperative; Isfahan Miniature Painting Studio; Shiraz Rosewater Distillers;
        Mashhad Turquoise Jewelry House; Kashan Rose Festival Tours; Yazd Windcatcher Guesthouse; Caspian Caviar Aquaculture Cooperative; Gilan Tea Growers Union;
        Kerman Pistachio Farmers Cooperative; Tehran Book Garden Publishers; Zagros Honey Beekeepers; Hamadan Pottery Workshop; Qazvin Grape Syrup Makers;
        Persian Gulf Dates Packing Co; Alborz Ski Resort Services; Sherkat Nan Barbari Tehran; Ahvaz Palm Nursery; Bandar Abbas Fishermen Union Cooperative""",
    "turkish": """Anadolu Kilim Dokuma Ltd Şti; Kapadokya Balon Turizm Ltd Şti; Ege Zeytinyağı Ticaret AŞ; Karadeniz Fındık Gıda Sanayi Ltd Şti;
        Boğaziçi Yat Kiralama Ltd Şti; Pamukkale Termal Otel İşletmeciliği AŞ; İzmir Incir Kurutma Kooperatifi; Trabzon Hamsi Balıkçılık Ltd Şti;
        Gaziantep Baklava Üretim Ltd Şti; Konya Halı Yıkama Hizmetleri; Bursa İpek Tekstil Ticaret Ltd Şti; Antalya Narenciye İhracat AŞ; Mardin Taş Ev Pansiyon;
        Rize Çay Bahçeleri Kooperatifi; Eskişehir Lületaşı Sanat Atölyesi; Kayseri Pastırma Ticaret Ltd Şti; Adana Kebap Lokantası Ltd Şti""",
    "russian_cis": """OOO Severnoye Siyaniye Turizm; OOO Belaya Berezka Mebel; OOO Volzhskiye Zori Konditerskaya; OOO Uralskiye Samotsvety Yuvelirnaya Masterskaya;
        OOO Baykalskaya Chistaya Voda; OOO Sibirskiy Kedr Orekhi; ZAO Kamchatka Vulkan Tury; OOO Tulskiy Pryanik Fabrika; OOO Vologodskoye Kruzhevo;
        OOO Zolotaya Rybka Akvariumy; OOO Solnechnyy Bereg Sanatoriy; OOO Moskovskiy Knizhnyy Dvor; OOO Peterburgskiye Mosty Ekskursii; OOO Kazanskiy Chak-Chak;
        OOO Altayskiy Myod; OOO Karelskiye Ozera Rybalka; TOO Almaty Yabloko Sady; TOO Steppe Horse Kumys; MChJ Samarkand Silk Road Hotel; MChJ Bukhara Carpet Weavers;
        OOO Yerevan Brandy Cellar Tours; OOO Tbilisi Sulfur Baths; JSC Georgian Wine Cellars Kakheti Vineyard; OOO Minskiye Kruassany Bakery; TOV Kyivskyi Tort Konditerska""",
    "chinese": """Hangzhou West Lake Longjing Tea Co Ltd; Suzhou Silk Embroidery Art Studio Co Ltd; Jingdezhen Blue Porcelain Craft Co Ltd; Guilin Karst Scenery Travel Co Ltd;
        Yunnan Pu'er Tea Plantation Co Ltd; Chengdu Panda Garden Hotpot Restaurant Co Ltd; Xiamen Gulangyu Piano Museum Co; Qingdao Seaside Beer Garden Co Ltd;
        Harbin Ice Lantern Festival Services Co Ltd; Lijiang Naxi Culture Guesthouse Co Ltd; Shaoxing Yellow Rice Wine Brewery Co Ltd; Foshan Lion Dance Costume Co Ltd;
        Dongguan Sunny Kids Toys Co Ltd; Ningbo Harbour Seafood Restaurant Co Ltd; Yiwu Colourful Buttons Trading Co Ltd; Kunming Spring City Flowers Co Ltd;
        Zhangjiajie Mountain Hiking Tours Co Ltd; Wuxi Clay Figurine Workshop Co Ltd; Nanjing Salted Duck Food Co Ltd; Xian Terracotta Replica Art Co Ltd;
        Guangzhou Dim Sum Teahouse Co Ltd; Shenzhen Happy Bike Sharing Co Ltd; Tianjin Goubuli Steamed Buns Co Ltd; Hong Kong Harbour Junk Cruises Ltd;
        Macau Egg Tart Bakery Ltd; Taipei Night Market Snacks Co Ltd; Kaohsiung Harbour Ferry Services Co Ltd""",
    "korean_japanese": """Jeju Tangerine Farm Co Ltd; Seoul Kimchi Cooking Class Co; Busan Haeundae Surf School; Gyeongju Hanok Stay Co Ltd; Jeonju Bibimbap House Co;
        Incheon Chinatown Noodles Co; Daegu Apple Orchard Cooperative; Andong Mask Dance Souvenirs; Kyoto Tea Ceremony House KK; Osaka Takoyaki Stand Co Ltd;
        Hokkaido Lavender Farm KK; Nara Deer Park Cafe KK; Okinawa Coral Diving Tours KK; Sapporo Snow Festival Goods KK; Kobe Pearl Artisans KK; Hakone Onsen Ryokan KK""",
    "latin_american": """Café Montaña Azul S.A. de C.V.; Tequilera Los Agaves Dorados S.A. de C.V.; Panadería La Espiga Dorada S. de R.L.; Flores del Valle Exportadora S.A.;
        Cacao Fino de Aroma Cooperativa Ltda; Artesanías Mayas del Sureste S.A. de C.V.; Hacienda San Isidro Café Ltda; Pesquera Mar Azul del Pacífico S.A.;
        Transportes Rápidos del Norte S.A. de C.V.; Lácteos La Vaquita Feliz S.A.; Textiles Alpaca Andina S.A.C.; Quinua Real del Altiplano S.R.L.; Vinos del Maule Ltda;
        Frutas Tropicales de Oriente C.A.; Chocolates La Abuela S.A.S.; Mariachi Sol de Jalisco Eventos; Constructora Nuevo Horizonte S.A. de C.V.;
        Farmacias del Pueblo San Martín S.A.; Editorial Pluma y Tintero S.A.; Agroindustrias Campo Verde S.A.; Cerámica Talavera Poblana S.A. de C.V.;
        Turismo Selva Amazónica E.I.R.L.; Yerba Mate Tierra Colorada S.R.L.; Bananera El Porvenir S.A.; Inmobiliaria Brisas del Caribe S.A.""",
    "european": """Bäckerei Sonnenschein GmbH; Schreinerei Holzwurm GmbH & Co KG; Weingut Rheinblick GmbH; Alpenblick Bergführer AG; Käserei Emmental Tal AG;
        Fromagerie des Alpes SARL; Boulangerie du Vieux Port SARL; Librairie Les Mots Doux SAS; Atelier de Reliure Parisienne SARL; Vignobles de la Loire SCEA;
        Pasticceria Dolce Vita Srl; Trattoria Il Girasole Srl; Cantina Colli Toscani SpA; Ceramiche Artistiche Deruta Srl; Fabbrica di Biciclette Aurora Srl;
        Bakkerij De Gouden Korenschoof BV; Tulpenkwekerij Het Voorjaar BV; Fietsenmakerij De Snelle Spaak BV; Brouwerij Het Anker Gent NV; Chocolaterie Pralinette BVBA;
        Panadería Hermanos Ortiz SL; Olivares del Guadalquivir SA; Conservas del Cantábrico SL; Pastelaria Belém Doce Lda; Vinhos do Douro Quinta Nova Lda;
        Cukiernia Pod Różą Sp. z o.o.; Pivovar Zlatý Chmel s.r.o.; Sauna Kota Lappi Oy; Fiskeriet Nordlys AS; Bageri Kanelsnurran AB""",
    "anglo_generic": """Greenfield Organic Farms Ltd; Riverside Bicycle Repairs Ltd; Oak & Ivy Interior Design Ltd; Harbour Lights Fish and Chips Ltd; Maple Leaf Dental Care Inc;
        Sunrise Yoga Studio LLC; Blue Ridge Mountain Honey Co; Lakeside Rowing Club Ltd; Old Mill Pottery Ltd; Brightwater Swimming School Ltd; Copperfield Books Ltd;
        Northern Star Tutoring Services Ltd; Silver Birch Care Homes Ltd; Redwood Carpentry & Joinery Ltd; Golden Retriever Dog Grooming LLC; Cloverleaf Accounting Services LLC;
        Pinecrest Family Dentistry PLLC; Hillside Veterinary Clinic Inc; Seaside Surf Shack LLC; Windmill Bakery & Cafe Ltd; Thistle & Heather Tartan Mills Ltd;
        Kangaroo Island Wines Pty Ltd; Southern Cross Solar Installers Pty Ltd; Kiwi Orchard Exports Ltd; Maple Syrup Sugar Shack Inc; Prairie Wheat Growers Co-op;
        Atlantic Lobster Pound Ltd; Evergreen Landscaping Services Inc; Lighthouse Point Marina LLC; Bluebell Florist Ltd; Crescent Moon Candle Co Ltd;
        Summit Peak Climbing Gym LLC; Willow Creek Stables LLC; Harvest Moon Farmers Market Co-op; Cobblestone Antiques Ltd; Red Kite Printing Works Ltd""",
    "african_asian": """Lagos Island Ankara Fabrics Ltd; Abuja Jollof Kitchen Ltd; Accra Kente Weavers Cooperative; Kumasi Cocoa Farmers Union; Dakar Thiéboudienne Restaurant SARL;
        Bamako Bogolan Textiles SARL; Nairobi Safari Balloon Tours Ltd; Mombasa Spice Market Traders Ltd; Addis Coffee Ceremony House PLC; Kigali Mountain Gorilla Lodges Ltd;
        Kinshasa Rumba Music Studio SARL; Lubumbashi Copperware Artisans SARL; Douala Port Fish Smokers Cooperative; Zanzibar Spice Farm Tours Ltd; Mogadishu Frankincense Exporters;
        Hargeisa Camel Milk Dairy; Kampala Matoke Growers Cooperative; Dar es Salaam Tinga Tinga Art Gallery; Mumbai Masala Chai Co Pvt Ltd; Jaipur Blue Pottery Crafts Pvt Ltd;
        Kerala Backwater Houseboats Pvt Ltd; Darjeeling First Flush Tea Estates Pvt Ltd; Lahore Phulkari Embroidery Pvt Ltd; Karachi Biryani House Pvt Ltd;
        Dhaka Jamdani Weavers Ltd; Colombo Cinnamon Gardens Pvt Ltd; Kathmandu Thangka Painting School; Bali Batik Sarong CV; Yogyakarta Silver Craft CV; Penang Nyonya Kuih Sdn Bhd;
        Kuala Lumpur Durian Orchard Sdn Bhd; Manila Jeepney Tours Inc; Cebu Dried Mango Corp; Hanoi Pho Noodle House Co Ltd; Hoi An Lantern Makers Co Ltd; Bangkok Orchid Farm Co Ltd""",
}


STOP = {
    "al",
    "el",
    "bin",
    "ben",
    "abu",
    "the",
    "of",
    "and",
    "de",
    "la",
    "del",
    "da",
    "do",
    "dos",
    "van",
    "der",
    "von",
    "y",
    "e",
}


def innocent_why_not(name: str, idx: NameIndex, person: bool) -> str:
    full = norm_tokens(name)
    if len(full) < 2:
        return "one word"
    shared = [t for t in full if len(t) >= 3 and t not in STOP and t in idx.vocab]
    if not shared:
        return "shares no word with a listed name"
    toks = check_tokens(full, person)
    hit = idx.contains_other(toks, -1, person_single_ok=True)
    if hit:
        return "contains a listed name: " + hit
    hit = idx.sub_of_other(toks, -1)
    if hit:
        return "inside a listed name: " + hit
    hit = idx.near_other(toks, -1)
    if hit:
        return "a listed name or one edit from one: " + hit
    return ""


def build_innocents(idx: NameIndex) -> tuple[list[list[str]], dict[str, int], int]:
    cands: list[list[str]] = []
    seen: set[str] = set()
    groups = (
        ("person", INNOCENT_PERSONS),
        ("organization", INNOCENT_COMPANIES),
        ("person", INNOCENT_PERSONS_MORE),
        ("organization", INNOCENT_COMPANIES_MORE),
        ("person", INNOCENT_PERSONS_EXTRA),
        ("organization", INNOCENT_COMPANIES_EXTRA),
        ("person", INNOCENT_PERSONS_LAST),
    )
    for kind, blocks in groups:
        for tradition, text in blocks.items():
            for raw in text.split(";"):
                name = " ".join(raw.split())
                key = " ".join(norm_tokens(name))
                if not name or key in seen:
                    continue
                seen.add(key)
                cands.append([name, kind, f"hand:{tradition}"])
    kept = [c for c in cands if not innocent_why_not(c[0], idx, c[1] == "person")]
    rejected = len(cands) - len(kept)
    print(f"innocent candidates: {len(cands)} written, {len(kept)} pass the checks")
    if len(kept) > INNOCENT_TARGET:
        rng = random.Random(f"{SEED}:innocent")
        keep_idx = sorted(rng.sample(range(len(kept)), INNOCENT_TARGET))
        kept = [kept[i] for i in keep_idx]
    by_source: dict[str, int] = {}
    for c in kept:
        by_source[c[2]] = by_source.get(c[2], 0) + 1
    return kept, by_source, rejected


def main(argv: Sequence[str]) -> int:
    entries = load_all()
    idx = NameIndex(entries)
    WORD_DF.clear()
    WORD_DF.update(idx.vocab)
    checker = Checker(idx)
    built = build_variants(entries, checker)
    innocents, by_source, rejected = build_innocents(idx)
    if "--dry" in argv:
        for r in built.rows:
            print(" | ".join(r[:2] + r[3:6]))
    v_sha = gz_csv(
        OUT / "independent5_variants.csv.gz",
        ["query", "category", "kind", "list", "list_id", "list_name", "half"],
        built.rows,
    )
    i_sha = gz_csv(OUT / "independent5_innocent.csv.gz", ["name", "kind", "source"], innocents)
    print(f"entries loaded: {len(entries)}; names indexed: {len(idx.records)}")
    print(f"variants: {len(built.rows)} in {len(built.counts)} categories")
    for cat, n in built.counts.items():
        lists = ", ".join(f"{k}={v}" for k, v in sorted(built.lists.get(cat, {}).items()))
        print(f"  {cat:26s} {n:3d}  ({lists})")
    kinds: dict[str, int] = {}
    lists_all: dict[str, int] = {}
    for r in built.rows:
        kinds[r[2]] = kinds.get(r[2], 0) + 1
        lists_all[r[3]] = lists_all.get(r[3], 0) + 1
    print("  by kind:", ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
    print("  by list:", ", ".join(f"{k}={v}" for k, v in sorted(lists_all.items())))
    print(f"innocent: {len(innocents)} kept ({rejected} hand-written names rejected by the checks)")
    for src, n in sorted(by_source.items()):
        print(f"  {src:30s} {n:4d}")
    print(f"sha256 independent5_variants.csv.gz {v_sha}")
    print(f"sha256 independent5_innocent.csv.gz {i_sha}")
    short = [c for c, n in built.counts.items() if n < PER_CATEGORY]
    if short or len(innocents) < INNOCENT_TARGET:
        print(f"SHORT: categories {short}; innocents {len(innocents)}", file=sys.stderr)
        return 1
    return 0


INNOCENT_PERSONS_MORE: dict[str, str] = {
    "arabic_common_given": """Ali Karaca Haddad; Ali Bourji; Ali Ghandour; Ali Mneimneh; Ali Sfeir Daher; Ali Bazzi Kanso; Ali Zaiter; Ali Hammoud Jaafar Rizk;
        Muhammad Zubair Lakhani; Muhammad Arif Chandio; Muhammad Bilal Dogar; Muhammad Farooq Tarar; Muhammad Umer Khokhar; Muhammad Salman Wattoo;
        Muhammad Danish Memon; Muhammad Asif Soomro; Muhammad Junaid Bhutta; Muhammad Kashif Rathore; Muhammad Tahir Nawaz Sandhu; Muhammad Yasir Awan Gill;
        Ahmad Fares Khoury; Ahmad Nabulsi Tamimi; Ahmad Shukri Zoubi; Ahmad Rifaat Hamzeh; Ahmad Tawfiq Arafeh; Ahmad Samih Qasem Doghmi; Ahmad Zuhair Mouallem;
        Ahmed Shawky Ellaithy; Ahmed Samy Elgohary; Ahmed Tarek Abdelmeguid; Ahmed Wagdy Zaghloul; Ahmed Refaat Elmasry; Ahmed Hatem Abouelnaga; Ahmed Gaber Eldeeb;
        Mohammed Nawaf Alshehri; Mohammed Saud Alqarni; Mohammed Faleh Aldossary; Mohammed Ayedh Alasmari; Mohammed Rakan Almutlaq; Mohammed Yazeed Alghamdi;
        Mohamed Lamine Ouattara; Mohamed Salah Eddine Benmoussa; Mohamed Karim Belhaj; Mohamed Yassine Bouhlel; Mohamed Amine Chaabane; Mohamed Anis Kraiem;
        Mohammad Hosseinzadeh Kashani; Mohammad Javad Ghorbanpour; Mohammad Mahdi Shafiei Nia; Mohammad Amin Zarrinkolah; Mohammad Sadegh Kheirkhah;
        Hassan Rahimpour Kia; Hassan Ghazali Mattar; Hassan Bouzidi Tahri; Hassan Fakih Moussawi; Hassan Elsherbiny; Hassan Chedid Rahal; Hassan Yazbek Nohra;
        Ibrahim Kaba Sylla; Ibrahim Gueye Ndour; Ibrahim Tounkara; Ibrahim Dembele Kante; Ibrahim Oyelowo; Ibrahim Lukman Adeleke; Ibrahim Dikko Kura;
        Abdullah Qassab Bashi; Abdullah Mirghani Elfaki; Abdullah Shoaib Qadri; Abdullah Hamdi Elbatran; Abdullah Zaher Kayyali; Abdullah Yilmazer;
        Omar Zerrouki; Omar Lahrichi; Omar Daoudi Benslimane; Omar Shalabi Nassif; Omar Ramzi Kawar; Omar Tabet Sawaya;
        Saleh Mahayni; Saleh Dabbagh Kattan; Saleh Jamjoom; Saleh Bakhsh Tayeb; Saleh Obeidat Khasawneh; Saleh Gharaibeh; Saleh Zureikat Momani;
        Said Boukhalfa; Said Amrani Hachimi; Said Tiznit Oubaha; Said Aitouhanni; Said Lachgar; Said Nejjar Alami; Said Ezzaouia;
        Hamid Bouchareb; Hamid Slaoui Benkirane; Hamid Ouraghli; Hamid Zemmouri; Hamid Belkhayat; Hamid Ait Bihi; Hamid Sebbar Lahbib;
        Mustafa Zeytinoglu; Mustafa Koyuncu Ergin; Mustafa Bahadir Ozkok; Mustafa Ilicali; Mustafa Gurbuzer; Mustafa Kizilkaya Tuna; Mustafa Sarigul Ekinci;
        Mahmoud Hejazi Qawasmeh; Mahmoud Shaath Khoudary; Mahmoud Abuelhawa; Mahmoud Rabie Elkholy; Mahmoud Zahran Hafez; Mahmoud Sabbah Jundi;
        Khalil Gibran Nakhleh; Khalil Sabbagh Deeb; Khalil Murr Fayad; Khalil Tannir; Khalil Arslan Shehab; Khalil Maatouk Hrawi; Khalil Zein Ghosn;
        Jamal Eddine Raiss; Jamal Bourass; Jamal Tahiri Jouti; Jamal Benomar Skalli; Jamal Harb Osseiran; Jamal Zoghbi;
        Yusuf Cinar Ozbek; Yusuf Kaplanoglu; Yusuf Dikmen Ertas; Yusuf Islam Mirza Haider; Yusuf Abdirizak Gurey; Yusuf Korkmazer; Yusuf Tekelioglu;
        Khaled Nahas Meouchi; Khaled Eldahshan; Khaled Zeaiter; Khaled Kabbara Ghandour; Khaled Sarraf Mokdad; Khaled Mikdashi; Khaled Rifai Sinno;
        Amin Maalouf Hakim; Amin Hallak Cherri; Amin Shoukair; Amin Nashashibi Hussaini; Amin Tawil Majdalani; Amin Sadr Dabaghi;
        Karim Benzema Aitali; Karim Tazi Mokha; Karim Lahlali; Karim Zeroual Bouabid; Karim Guerraoui; Karim Wahbi Alaoui; Karim Mrabet Sassi;
        Abbas Kiarash Golpayegani; Abbas Tahmasebi Far; Abbas Nowruzi; Abbas Bazzoun Ftouni; Abbas Hallal Srour; Abbas Kanaan Dbouk; Abbas Wehbe Nasrallah;
        Salim Haddadin Nasr; Salim Loutfi Azar; Salim Jreissati; Salim Khouzami; Salim Traboulsi Shaaban; Salim Ghandour Baalbaki; Salim Eddeh Wazzan;
        Yahya Boukari Traore; Yahya Kemal Bayatli; Yahya Elsaadani; Yahya Bennis Drissi; Yahya Ould Bouamatou Lemrabott""",
    "persian_common_given": """Reza Kianoush; Reza Shahrokhi Nejad; Reza Moghadasi Far; Reza Behboudi; Reza Parsapour; Reza Khalatbari; Reza Farshchian; Reza Mansourian Asl;
        Ali Reza Taghavi Nia; Ali Reza Mirshekari; Ali Reza Roozbahani; Ali Reza Bakhtiari Pour; Ali Reza Ghorbani Kia; Ali Reza Azizpour Rad;
        Hossein Dabbaghian; Hossein Ghadimi Asl; Hossein Arabzadeh Kia; Hossein Shojaei Rad; Hossein Naderpour; Hossein Esfandiari; Hossein Vakilzadeh;
        Mehdi Khorshidi Far; Mehdi Sabetian; Mehdi Torabi Kia; Mehdi Ghayedi Nezhad; Mehdi Rahmati Asl; Mehdi Mahdavikia Rad; Mehdi Taremi Nia;
        Hamid Estili Pour; Hamid Sourian Kia; Hamid Derakhshan Far; Hamid Lolaei Asl; Hamid Kazemi Tabar; Hamid Parvizi Nejad; Hamid Ghaderi Zadeh;
        Majid Entezami Kia; Majid Salehi Rad; Majid Jalali Fard; Majid Namjoo Motlagh; Majid Behrouzi; Majid Mehrabian Asl; Majid Zokaei Nia;
        Amir Ghalenoei; Amir Arsalan Motahari; Amir Jadidi Kia; Amir Mahdi Jule; Amir Tataloo Far; Amir Abedzadeh Pour; Amir Sadeghi Mehr;
        Akbar Abdi Naderi; Akbar Golriz Kia; Akbar Radi Pour; Akbar Khorrami Far; Akbar Zanjanpour; Akbar Tavakkoli Nia; Akbar Esmaeilpour Asl;
        Mohsen Chavoshi Far; Mohsen Yeganeh Kia; Mohsen Tanabandeh Asl; Mohsen Forouzan Rad; Mohsen Rabbani Nia; Mohsen Makhmalbaf Mehr;
        Javad Ezzati Kia; Javad Razavian Far; Javad Khiabani Rad; Javad Yasari Asl; Javad Hashemi Tabar; Javad Fakoori Nia;
        Saeed Jalili Nejad; Saeed Poursamimi; Saeed Aghakhani Far; Saeed Rad Kia; Saeed Soheili Asl; Saeed Ezatollahi Nia; Saeed Daghighi Mehr""",
    "russian_common_given": """Vladimir Pryakhin; Vladimir Sungorkin Lebedinsky; Vladimir Tsvetkov Ryzhov; Vladimir Gusarov; Vladimir Osetrov Kashin; Vladimir Zhiltsov;
        Alexander Yurchenko Sivkov; Alexander Glushkov Pereverzev; Alexander Bulanov; Alexander Melekhin Dorofeev; Alexander Shchukin Golubkin; Alexander Rybnikov;
        Sergey Kolobkov; Sergey Pakhomenko Ryabov; Sergey Zverintsev; Sergey Malakhov Svistunov; Sergey Kornilovsky; Sergey Tyurin Vedeneev; Sergey Shapovalov;
        Igor Skvortsov Kalinin; Igor Babushkin; Igor Lapshin Nesterov; Igor Tereshkin; Igor Voronin Pankratov; Igor Mazurenko; Igor Sitnikov Larionov;
        Dmitry Tsygankov; Dmitry Lavrukhin Solodov; Dmitry Samsonov Chudinov; Dmitry Okunev; Dmitry Vishnevsky Potapov; Dmitry Khramtsov; Dmitry Yelizarov;
        Oleg Bondarchuk Sheremet; Oleg Tabakov Lukin; Oleg Yankovsky Mironenko; Oleg Basilashvili; Oleg Menshikov Rozhkov; Oleg Dal Efremov; Oleg Strizhenov;
        Andrey Mironov Papanov; Andrey Myagkov Seleznev; Andrey Panin Sokolsky; Andrey Smolyakov; Andrey Merzlikin Gavrilov; Andrey Burkovsky; Andrey Chadov;
        Mikhail Boyarsky Ulyanov; Mikhail Efremov Porechenkov; Mikhail Galustyan; Mikhail Evlanov; Mikhail Trukhin Pugovkin; Mikhail Kozakov Zharov;
        Olga Buzova Lomakina; Olga Kabo Drozdova; Olga Sutulova; Olga Medynich Arntgolts; Olga Lomonosova; Olga Volkova Kurbatova; Olga Zueva Khokhlova;
        Elena Yakovleva Korikova; Elena Proklova; Elena Podkaminskaya; Elena Safonova Zakharina; Elena Velikanova; Elena Lyadova Nikolskaya; Elena Drapeko;
        Irina Muravyova Alferova; Irina Rozanova; Irina Pegova Kupchenko; Irina Skobtseva; Irina Apeksimova; Irina Bezrukova Lachina; Irina Slutskaya Zhuk;
        Ivan Urgant Okhlobystin; Ivan Yankovsky; Ivan Stebunov; Ivan Kolesnikov Zhidkov; Ivan Dobronravov; Ivan Krasko Bortnik; Ivan Yanchuk Lesnikov;
        Nikolay Rastorguev Baskov; Nikolay Karachentsov; Nikolay Fomenko Kryuchkov; Nikolay Dobrynin; Nikolay Burlyaev Sokolov; Nikolay Eremenko Tsiskaridze;
        Viktor Sukhorukov Tsoi; Viktor Rakov Pavlov; Viktor Avilov; Viktor Verzhbitsky; Viktor Dobronravov Saltykov; Viktor Bychkov Tikhonov; Viktor Proskurin;
        Pavel Derevyanko Volya; Pavel Priluchny Kadochnikov; Pavel Maykov; Pavel Tabakov Barshak; Pavel Luspekayev; Pavel Trubiner; Pavel Kadochnikov Ryzhenko;
        Denis Nikiforov Shvedov; Denis Matsuev; Denis Klyaver Sukhov; Denis Rozhkov; Denis Yasik Kosyakov; Denis Shvedov Tsaregradsky; Denis Bespalov;
        Roman Madyanov Kurtsyn; Roman Polyansky; Roman Zhilkin; Roman Kostomarov Shirshov; Roman Vasilyev Sidelnikov; Roman Karimov Yakovlev; Roman Mayakin;
        Anton Shagin Lapenko; Anton Khabarov; Anton Makarsky Privalov; Anton Batyrev; Anton Kukushkin Sergachev; Anton Filipenko; Anton Eldarov Vasiliev""",
    "hispanic_common_given": """Jose Antonio Llamazares Tirado; Jose Luis Berruecos Pimentel; Jose Maria Olazabal Echenique; Jose Ramon Ibarguengoitia; Jose Manuel Villaverde Sotelo;
        Juan Pablo Goicoechea Urrutia; Juan Manuel Aldasoro Iriarte; Juan Jose Barrenechea; Juan Carlos Arteaga Zubiri; Juan Esteban Londono Botero;
        Carlos Alberto Valderrama Palacio; Carlos Eduardo Tapasco Giraldo; Carlos Mario Saldarriaga; Carlos Humberto Betancur Villegas; Carlos Enrique Tascon Arbelaez;
        Luis Fernando Zuleta Montoya; Luis Miguel Basteri Gallego; Luis Enrique Achury Mosquera; Luis Alfonso Cataño Bedoya; Luis Gonzalo Quiceno Alzate;
        Maria Jose Echavarria Correa; Maria Elena Walsh Gorostiaga; Maria Teresa Ibargüen Caicedo; Maria Camila Arbelaez Sanin; Maria Victoria Uribe Londoño;
        Jesus Maria Zapatero Ledesma; Jesus Alberto Casadiego Mantilla; Jesus Emilio Tobon Arcila; Jesus Antonio Gualteros; Jesus Manuel Retamoza Gastelum;
        Miguel Angel Asturias Rosales; Miguel Angel Jurado Barragan; Miguel Angel Cervera Trujillo; Miguel Antonio Caro Tobar; Miguel Eduardo Gavilanes Ocaña;
        Manuel Alejandro Mijangos; Manuel Ignacio Altamirano Basurto; Manuel Eduardo Urquijo Barreiro; Manuel Jesus Caamaño;
        Antonio Banderas Encinas; Antonio José Galarza Mosquera; Antonio Maria Zaldua Goñi; Antonio Luis Barreda Ugarte; Antonio Ricardo Tamayo Villarreal;
        Oscar Eduardo Zamudio Lerma; Oscar Dario Sierra Baquero; Oscar Javier Tafur Losada; Oscar Ivan Zuluaga Escobar Ochoa; Oscar Arnulfo Tejeda Bojorquez;
        Jorge Luis Borges Acevedo Haedo; Jorge Armando Palacios Urbina; Jorge Humberto Cifuentes Leiva; Jorge Eliecer Ramos Cuadrado;
        Francisco Javier Clavijero Echegaray; Francisco Jose Gutierrez Sotomayor; Francisco Alberto Lujan Gutierrez Chiquito; Francisco Emilio Suarez Arriola;
        Fernando Botero Angulo Restrepo; Fernando Vallejo Rendon Amaya; Fernando Enrique Ochoa Lizarazo; Fernando Martin Irigoyen Sosa; Fernando Rafael Urriola;
        Alberto Alejandro Ledezma Quiroz; Alberto Mario Chocano Gamarra; Alberto Tomas Urbieta Ferreyra; Alberto Ruben Lizondo;
        Ramon Emeterio Betances Alacan; Ramon Gerardo Iturralde Yepez; Ramon Antonio Calero Portocarrero; Ramon Leonel Dubon Zelaya; Ramon Eliseo Carcamo Madrid;
        Rafael Alberto Lucero Andrade; Rafael Enrique Oropeza Cedeño; Rafael Humberto Giraldo Quintana; Rafael Eduardo Ugueto Salcedo; Rafael Antonio Vallenilla;
        Enrique Iglesias Preysler Boyer; Enrique Bunbury Ortiz Zarate; Enrique Alfonso Salgado Ferrero; Enrique Augusto Pinzon Landazabal; Enrique Tomas Ledo""",
    "korean_common": """Kim Ha-neul Bae; Kim Yeon-woo Seo; Kim Do-hyun Jeon; Kim Seo-hyun Baek; Kim Ji-ho Moon; Kim Eun-chae Ryu; Kim Jae-won Yeom; Kim Na-yeon Hwang;
        Park Si-woo Kang; Park Ha-eun Ko; Park Joon-seo Nam; Park Chae-eun Byun; Park Ye-jun Shim; Park Seo-a Woo; Park Do-yun Jin; Park Ga-eun Tak;
        Lee Jun-seo Bang; Lee Ha-yoon Min; Lee Si-yoon Yang; Lee Ji-an Pyo; Lee Eun-seo Yeo; Lee Yoo-jun Pi; Lee So-yul Kwak; Lee Geon-woo Heo;
        Choi Ji-woo Uhm; Choi Soo-ah Bong; Choi Hyun-woo Ma; Choi Yoon-seo Cheon; Choi Min-jae Seol; Choi Da-in Jun; Choi Seung-woo Kyeon; Choi Ye-rin Sa;
        Jung Woo-jin Pyeon; Jung Ha-rin Dong; Jung Tae-yang Noh; Jung Seo-yoon Gil; Jung Hyun-jun Ha; Jung Ye-eun Ahn; Jung Jae-hyun Hyun; Jung Si-eun Yook;
        Kang Min-seo Goh; Kang Jun-woo Wi; Kang Seo-jin Ok; Kang Yu-jin Seok; Kang Ha-jun Eom; Yoon Ji-hoo Seon; Yoon Chae-won Gong; Yoon Seo-jun Jee""",
    "chinese_common": """Wang Zhiqiang Fang; Wang Xueqin Lu; Wang Haiyan Qiu; Wang Jianhua Pei; Wang Yiling Xiang; Wang Dongmei Ruan; Wang Chunhua Mo; Wang Lizhen Ge;
        Li Xiuying Bai; Li Guiying Niu; Li Wenhui Shao; Li Yuanyuan Qian; Li Zhenhua Hou; Li Shumei Meng; Li Guohong Ke; Li Yanping Gu;
        Zhang Yulan Wen; Zhang Shuzhen Chang; Zhang Junjie Hou; Zhang Hongxia Dai; Zhang Lihong Zou; Zhang Kaifeng Yin; Zhang Ruifang Lei; Zhang Baolin Xue;
        Chen Guilan Shi; Chen Yanhong Tao; Chen Zhiming Jia; Chen Xiaoling Wan; Chen Jinhua Kong; Chen Dehua Xiong; Chen Shaohua Long; Chen Yuzhen Hao;
        Liu Fenglan Gong; Liu Yunfei Lai; Liu Xiaoyan Duan; Liu Zhiyong Lei; Liu Guiqin Fan; Liu Haitao Zhan; Liu Wenjing Tang; Liu Shuhua Qin""",
    "anglo_common_given": """John Whitcombe; John Fairweather Ellison; John Pettigrew; John Dunstable Marlowe; John Kettleborough; John Ashcombe Rigby; John Treloar;
        David Ollerenshaw; David Penhaligon Trask; David Cotterill; David Haverstock Lyle; David Fenwick Osgood; David Quarmby; David Nettleship Rowe;
        Peter Wyndham Sellers; Peter Gilchrist Farrow; Peter Loxley; Peter Brackenbury; Peter Tresidder Halloran; Peter Ellwood Finch; Peter Hambleton;
        Daniel Ackroyd Fenn; Daniel Oakhurst; Daniel Prendergast Wylie; Daniel Sheridan Colfax; Daniel Winterbottom; Daniel Kilbride Hume; Daniel Pocklington;
        Michael Brocklehurst; Michael Standish Rourke; Michael Tweedale; Michael Gascoigne Burrell; Michael Fotheringham; Michael Lisle Carver; Michael Ormerod;
        Robert Hesketh Bowden; Robert Aldridge Lanyon; Robert Pendlebury; Robert Mountjoy Tilley; Robert Scarisbrick; Robert Dunmore Yelland; Robert Clitheroe;
        Martin Hetherington; Martin Bellamy Crouch; Martin Threlfall; Martin Oxenham Pike; Martin Cullingford; Martin Tolhurst Keane; Martin Wetherall;
        Simon Braithwaite Lowe; Simon Featherstone; Simon Ravenscroft Hale; Simon Yardley; Simon Ashdown Pritchard; Simon Cholmondeley; Simon Trelawny Beck""",
    "african_common_given": """Jean Claude Mpiana Kalonji; Jean Marie Tshiamala; Jean Paul Ngandu Kitenge; Jean Bosco Habiyambere; Jean Baptiste Ntaganda Ruzibiza;
        Joseph Mwakalinga; Joseph Chukwuemeka Eze; Joseph Akwasi Oppong; Joseph Kiprono Sang; Joseph Mulenga Banda; Joseph Tshabalala Nkosi;
        Emmanuel Adebisi Ogundipe; Emmanuel Kwasi Frimpong; Emmanuel Mutombo Kapend; Emmanuel Okello Ojok; Emmanuel Chanda Phiri; Emmanuel Dlamini Zulu;
        Moussa Ouattara Bamba; Moussa Dicko Maiga; Moussa Kone Diabate; Moussa Sanogo Berthe; Moussa Tall Ba; Moussa Gassama Fofana;
        Abdoulaye Wade Ndiaye Gaye; Abdoulaye Diouf Mbaye; Abdoulaye Traore Sidibe; Abdoulaye Kouyate; Abdoulaye Diakite Sangare; Abdoulaye Barry Balde;
        Hassan Abdi Jimale; Hassan Warsame Olad; Hassan Sheikh Bihi; Hassan Dahir Awale; Hassan Farah Mohamoud; Hassan Jibril Haybe""",
}

INNOCENT_COMPANIES_MORE: dict[str, str] = {
    "english_trading_names": """Blue Heron Trading LLC; Quiet Harbour Trading Co; Amber Valley Trading Ltd; Seven Hills Trading FZE; Copper Kettle Trading Co Ltd;
        Twin Palms General Trading LLC; Morning Dew Trading Est; Red Lantern Trading Co Ltd; Tall Cedar Trading SARL; Green Meadow Trading Pvt Ltd;
        White Orchid Trading Sdn Bhd; Silver Fern Trading Ltd; Humble Bee Trading Co; Lucky Clover Trading LLC; Gentle Breeze Trading Co Ltd;
        Maple Grove Trading Inc; Honey Badger Trading Pty Ltd; Open Road Trading LLC; Bright Lantern Trading Co Ltd; River Otter Trading Ltd;
        Crystal Spring Trading Co; Sunflower Fields Trading LLC; Northern Pine Trading Ltd; Paper Crane Trading Co Ltd; Little Acorn Trading Ltd;
        Cinnamon Bark Trading Co; Velvet Moss Trading Ltd; Harbour Gull Trading Co Ltd; Rainbow Trout Trading LLC; Starfish Cove Trading Co""",
    "english_group_names": """Pelican Bay Hospitality Group; Meadowlark Dental Group; Riverbend Veterinary Group Ltd; Clearwater Physiotherapy Group; Brightside Tutoring Group;
        Woodpecker Carpentry Group; Sandpiper Travel Group; Hummingbird Florists Group Ltd; Juniper Landscaping Group; Foxglove Nursing Homes Group;
        Stonebridge Accounting Group LLP; Kingfisher Opticians Group; Badger Sett Brewing Group; Lavender Fields Spa Group; Tortoise Shell Eyewear Group;
        Cherry Blossom Restaurant Group; Wildflower Bakery Group; Blue Jay Cleaning Group; Ladybird Nurseries Group Ltd; Swallowtail Book Group""",
    "english_international_names": """Smiling Dolphin International School; Little Explorers International Kindergarten; Harmony Music International Academy;
        Green Thumb International Garden Centre; Open Arms International Adoption Agency; Happy Paws International Pet Hotels; Rainbow Kites International Festival;
        Friendly Stitch International Quilting Guild; Silver Spoon International Cookery School; Golden Years International Retirement Village;
        Tiny Toes International Dance School; Quiet Waters International Kayak Club; Busy Bee International Preschool; Whispering Pines International Retreat""",
    "english_technology_names": """Pixel Garden Technology Ltd; Friendly Robot Technology Co Ltd; Daisy Chain Technology Inc; Snowdrop Technology GmbH; Paper Plane Technology LLC;
        Morning Star Technology Pvt Ltd; Cozy Nest Technology Co Ltd; Tidy Desk Technology Ltd; Blue Kite Technology SARL; Teapot Technology Ltd;
        Orchard Apple Technology Co; Sleepy Owl Technology Inc; Cactus Flower Technology LLC; Warm Mitten Technology Oy; Meadow Lark Technology AB""",
    "english_shipping_names": """Gentle Tide Shipping Ltd; Happy Puffin Shipping Co; Lighthouse Keeper Shipping Ltd; Calm Bay Shipping Services; Seagrass Shipping Agency Ltd;
        Blue Whale Marine Services Ltd; Sandy Cove Marine Repairs; Harbour Seal Marine Supplies Co; Coral Reef Marine Tours; Dolphin Bay Marine Insurance Brokers;
        Fishermans Friend Marine Chandlery; Old Anchor Marine Museum Trust; Seahorse Marine Aquarium Ltd; Rowboat Marine Rentals; Driftwood Marine Crafts""",
    "english_industries_names": """Sunny Side Industries Ltd; Cotton Candy Industries Inc; Maple Leaf Bakery Industries; Wooden Toy Industries Pty Ltd; Lemonade Stand Industries;
        Button Box Industries Ltd; Humble Pie Industries LLC; Honeycomb Candle Industries; Peppermint Soap Industries; Clay Pot Industries Ltd;
        Paper Lantern Industries Co Ltd; Woolly Sheep Industries Ltd; Rubber Duck Industries Inc; Feather Pillow Industries; Daisy Dairy Industries""",
    "english_bank_names": """Community Savings Bank of Millbrook; Farmers Cooperative Bank of Green Valley; Teachers Credit Union Bank; Riverside Village Savings Bank;
        Hometown Building Society; Little Creek Community Bank; Orchard County Farmers Bank; Seaside Fishermen Savings Bank; Highland Crofters Credit Union;
        Sunrise Microfinance Bank Ltd; Prairie Schoolteachers Bank; Valley Nurses Credit Union; Mountain Guides Savings Bank; Harbor Town Mutual Bank""",
    "english_engineering_names": """Tidy Home Engineering Ltd; Bicycle Workshop Engineering; Garden Shed Engineering Co; Doorbell Repair Engineering Ltd; Piano Tuning Engineering Co;
        Clockwork Repair Engineering Ltd; Kitchen Fitters Engineering Co; Roof Gutter Engineering Ltd; Bridge Model Engineering Club; Treehouse Engineering LLC""",
    "english_services_names": """Happy Tails Grooming Services; Fresh Linen Laundry Services; Little Helpers Babysitting Services; Bright Smile Dental Services; Green Lawn Mowing Services;
        Sparkling Windows Cleaning Services; Cozy Home Care Services; Tasty Bites Catering Services; Safe Steps Physio Services; Quick Fix Plumbing Services""",
    "european_holding_names": """Oakwood Family Holding BV; Lindenhof Holding GmbH; Bluebell Cottage Holdings Ltd; Rosehip Investments Ltd; Acorn Savings Investments LLC;
        Bramble Lane Holdings; Meadowsweet Investment Club; Nutmeg Family Investments; Thistledown Holdings Ltd; Buttercup Meadow Investments""",
    "english_general_names": """Corner Shop General Store; Village Pantry General Store; Old Town General Hospital Auxiliary; Lakeview General Dentistry; Hilltop General Practice;
        Riverside General Contractors; Pinewood General Store; Seaview General Merchandise; Bayside General Practitioners; Countryside General Supplies""",
    "english_energy_names": """Sunny Roof Solar Energy Ltd; Windy Hill Energy Cooperative; Village Biogas Energy Co; Little River Hydro Energy; Green Valley Energy Savers;
        Corner Garage Petroleum Station; Highway Rest Petroleum Stop; Lakeside Petroleum Filling Station; Meadow Farm Energy Co-op; Bright Spark Energy Advisors""",
    "arabic_companies": """Al Noor Kindergarten; Al Amal Charity Bakery; Al Warda Flower Shop; Al Salam Dental Clinic; Al Baraka Sweets Shop; Al Yasmeen Beauty Salon;
        Al Zaytoun Olive Press; Al Hilal Sports Club; Al Fanar Bookshop; Al Shams Optics; Al Nakheel Garden Centre; Al Qamar Tailors; Al Sanabel Bakery;
        Al Reef Organic Farm; Al Bahar Fish Restaurant; Al Jabal Honey Shop; Al Nada Laundry; Al Wadi Camping Gear; Al Firdaws Perfumes; Al Manar Language School;
        Dar Al Kitab Bookstore; Bait Al Zaafaran Restaurant; Souq Al Dhahab Jewellers; Maktabat Al Nour Stationers; Mataam Al Sultan Grill""",
    "russian_companies": """OOO Solnyshko Detskiy Sad; OOO Romashka Tsvetochnyy Magazin; OOO Lesnaya Skazka Turbaza; OOO Teremok Blinnaya; OOO Kolosok Pekarnya;
        OOO Matryoshka Suveniry; OOO Snegurochka Morozhenoye; OOO Zvezdochka Tantsevalnaya Studiya; OOO Berezka Banya; OOO Ryabinka Sanatoriy;
        OOO Kalinka Restoran; OOO Zhuravli Fotostudiya; OOO Vesna Salon Krasoty; OOO Lastochka Avtoshkola; OOO Podsolnukh Fermerskoye Khozyaystvo""",
    "chinese_companies": """Lucky Panda Dumpling House Co Ltd; Jade Garden Tea House Co Ltd; Red Phoenix Kite Makers Co Ltd; Happy Dragon Boat Club Co Ltd;
        Golden Carp Fish Farm Co Ltd; Plum Blossom Calligraphy School Co Ltd; Bamboo Grove Furniture Co Ltd; Silver Moon Mooncake Bakery Co Ltd;
        Lotus Pond Yoga Studio Co Ltd; Crane Mountain Hiking Club Co Ltd; Peach Orchard Farm Stay Co Ltd; Willow Bridge Guesthouse Co Ltd""",
}


INNOCENT_PERSONS_EXTRA: dict[str, str] = {
    "arabic_mixed": """Ali Qabbani Sarrouf; Ali Tfaily; Ali Kteish; Ali Shreim Yassine; Ali Ezzeddine Bdeir; Ali Hijazi Kawtharani;
        Omar Sfeir Maalouf; Omar Haykal Sultani; Omar Boukhris; Omar Lemkadem; Omar Tazarine; Omar Bakkali Idrissi; Omar Chaoui Filali;
        Ahmad Khoja Sabbagh; Ahmad Qabalan; Ahmad Rustom Kabbara; Ahmad Tinawi; Ahmad Shihabi Kuzbari; Ahmad Barazi Mardam; Ahmad Jabri Azem; Ahmad Kikhia Ghalioun;
        Hassan Bashiri Elnour; Hassan Osman Elkhalifa; Hassan Gizouli; Hassan Dafallah Mahjoub; Hassan Babiker Elamin; Hassan Elfadil Sinada;
        Mohammed Aldhaferi Alkaabi; Mohammed Alsuwaidi Almansoori; Mohammed Almheiri Alshamsi; Mohammed Alblooshi; Mohammed Alhammadi Alnaqbi; Mohammed Alketbi Aldarmaki;
        Abdul Qader Rifaee Hamwi; Abdul Latif Bitar Tabbaa; Abdul Basit Dalati; Abdul Hadi Rayess Shukr; Abdul Majid Mallah; Abdul Wahab Nahhas Jabban;
        Khalid Zeidan Rawashdeh; Khalid Smadi Bataineh; Khalid Hiyari Shdeifat; Khalid Hawamdeh; Khalid Tarawneh Majali; Khalid Rawabdeh Bdour;
        Ibrahim Ouchen; Ibrahim Afellay Zemmama; Ibrahim Ghazouani; Ibrahim Saadaoui Brik; Ibrahim Louhichi; Ibrahim Hakimi Baraket; Ibrahim Ferchichi;
        Hamza Ouerghi; Hamza Lahmar Slama; Hamza Abdelkefi; Hamza Trabelsi Mnif; Hamza Ellouze; Hamza Ferjani Maaloul; Hamza Zribi Kammoun;
        Youssef Chahed Mzali; Youssef Boughanmi; Youssef Msakni Jaziri; Youssef Sakhri; Youssef Kanzari Haddaji; Youssef Belaili; Youssef Khenissi Bouden;
        Adel Karoui Zarrouk; Adel Ghribi; Adel Chedly Ayari; Adel Bousselmi; Adel Khadhraoui Gafsi; Adel Messaoudi Kefi; Adel Fekih Marzouki;
        Samir Nasri Hammouche; Samir Bouaziz Guellil; Samir Kerrouche; Samir Boudjellal Amrouche; Samir Zitouni; Samir Abdelli Khedira; Samir Belaidi Oukaci""",
    "south_asian_muslim": """Syed Ahmed Naqvi Bukhari; Syed Waqas Zaidi Rizvi; Syed Faraz Jafri; Syed Mohsin Kirmani; Syed Hamza Gardezi; Syed Adnan Shirazi Hamdani;
        Sheikh Rashid Farooqui Usmani; Sheikh Tariq Siddiqui Chishti; Sheikh Nadeem Ansari Quraishi; Sheikh Anwar Bukhari Jilani;
        Mohammad Yunus Chowdhury Talukdar; Mohammad Ashraful Haque Mondal; Mohammad Shahidul Islam Sarker; Mohammad Rafiqul Alam Bepari;
        Abdul Hakim Mollick Pramanik; Abdul Mannan Howlader; Abdul Jabbar Miah Bhuyan; Abdul Hai Sikder Munshi; Abdul Quddus Patwary;
        Ahmed Raza Kasuri Tiwana; Ahmed Nawaz Warraich Chattha; Ahmed Kamal Bajwa Virk; Ahmed Shehzad Lashari; Ahmed Faraz Mazari Leghari;
        Imran Hashmi Lakhani Dossani; Imran Qureshi Merchant Jiwani; Imran Vohra Rangoonwala; Imran Poonawala; Imran Bhaloo Ladha;
        Ali Zafar Naqvi Kazmi; Ali Haider Jafri Abidi; Ali Sethi Rizvi; Ali Azmat Gilani Hamdani; Ali Noor Shah Bukhari; Ali Kazmi Mashhadi""",
    "east_european_given": """Ivan Petrov Dimitrov Stoyanov; Ivan Georgiev Todorov; Ivan Nikolov Kolev Angelov; Ivan Hristov Marinov; Ivan Atanasov Iliev; Ivan Vasilev Petkov;
        Peter Novotny Hajek; Peter Horvath Szabo; Peter Kovacs Nagy; Peter Toth Balogh; Peter Farkas Molnar; Peter Varga Papp; Peter Lukacs Simon;
        Daniel Popescu Ionescu; Daniel Constantin Dumitru; Daniel Stan Gheorghe; Daniel Munteanu Matei; Daniel Ciobanu Rusu; Daniel Lungu Moldovan;
        Martin Novak Dvorak; Martin Cerny Vesely; Martin Kral Pokorny; Martin Ruzicka Benes; Martin Fiala Sedlacek; Martin Dolezal Zeman;
        Roman Kowalczyk Zajac; Roman Krol Wieczorek; Roman Jablonski Majewski; Roman Olszewski Jaworski; Roman Malinowski Pawlak; Roman Witkowski Walczak;
        Elena Popa Radu; Elena Stoica Barbu; Elena Dinu Nistor; Elena Florea Ene; Elena Tudor Neagu; Elena Marin Preda;
        Maria Nemeth Fekete; Maria Takacs Juhasz; Maria Meszaros Olah; Maria Racz Vincze; Maria Szucs Hegedus; Maria Kiraly Bognar;
        Oleg Ciobanu Rotaru; Oleg Cebotari Munteanu; Oleg Lupu Ursu; Oleg Sirbu Cojocaru; Oleg Botnari Gutu; Oleg Plamadeala""",
    "latin_given_more": """Luis Gerardo Anzaldua Saenz; Luis Felipe Bracamontes Arce; Luis Rodolfo Echenique Alba; Luis Arturo Peniche Cervera; Luis Daniel Yturralde;
        Carlos Ignacio Barragan Ochoa; Carlos Octavio Landeros Pruneda; Carlos Rodrigo Zubieta Sanjines; Carlos Aurelio Montiel Peralta; Carlos Efrain Paniagua;
        Juan Cristobal Larrain Echenique; Juan Agustin Errazuriz Ossa; Juan Gabriel Valdivieso Subercaseaux; Juan Ignacio Matte Izquierdo; Juan Bautista Alberdi Araoz;
        Jose Gregorio Hernandez Cisneros Alvarado; Jose Ignacio Cabrujas Lozada; Jose Tadeo Monagas Bermudez; ;
        Maria Luisa Bemberg Pica;
        Jesus Manuel Chacin Urdaneta; Jesus Rafael Soto Maracay Bello; Jesus Enrique Lossada Finol; Jesus Ignacio Yepes Uzcategui; Jesus Armando Perozo Villasmil;
        Antonio Lauro Mendoza Pacheco; Antonio Estevez Rangel Tovar; Antonio Arraiz Lucca Rivero; Antonio Pasquali Gruber;
        Miguel Otero Silva Castillo Lara; Miguel Acosta Saignes Benitez; Miguel Ramon Utrera Montes; Miguel Rodriguez Cuenca Olmedo; Miguel Sanabria Rojas Pinto;
        Manuel Felipe Tovar Ponte Ugarte; Manuel Antonio Carreño Montilla; Manuel Vicente Romero Garcia Tejera; Manuel Egidio Ballesteros; Manuel Segundo Sanchez Lugo;
        Francisco de Miranda Aristeguieta; Francisco Herrera Luque Vizcarrondo; Francisco Narvaez Lander Llovera; Francisco Lazo Marti Urbaneja; Francisco Pimentel Agostini""",
    "russian_given_more": """Aleksandr Zhukovsky Pechersky; Aleksandr Trubnikov Loskutov; Aleksandr Vereshchagin Sablin; Aleksandr Shishkin Polenov; Aleksandr Kustodiev Serov;
        Sergey Rachmaninov Borodin Glinka; Sergey Prokofiev Lyadov Kui; Sergey Yesenin Klyuev; Sergey Bondarenko Shilov; Sergey Vavilov Dokuchaev;
        Vladimir Nabokin Zamyatin; Vladimir Korolenko Garshin; Vladimir Sollogub Pecherin; Vladimir Obruchev Fersman; Vladimir Dal Lazhechnikov;
        Dmitry Mendeleyev Zinin; Dmitry Shostakin Kabalevsky; Dmitry Likhachyov Averintsev; Dmitry Merezhkovsky Gippius; Dmitry Grigorovich Ostrovsky;
        Mikhail Lermontin Tyutchev; Mikhail Vrubel Nesterov; Mikhail Glinkin Balakirev; Mikhail Saltykov Shchedrin Levitov; Mikhail Prishvin Paustovsky;
        Andrey Rublyov Dionisiev; Andrey Bely Sologub; Andrey Voznesensky Rozhdestvensky; Andrey Platonov Pilnyak; Andrey Tarkovsky Konchalov;
        Nikolay Gogolev Leskov; Nikolay Rimsky Korsakin; Nikolay Nekrasov Pleshcheev; Nikolay Lobachevsky Ostrogradsky; Nikolay Pirogov Sklifosovsky;
        Igor Severyanin Khlebnikov; Igor Grabar Benois; Igor Kurchatov Alikhanov; Igor Sikorsky Tupolin; Igor Moiseyev Ustinov""",
    "chinese_given_more": """Wang Shufen Yan; Wang Guozhen Lou; Wang Peiling Qu; Wang Huiqin Dou; Wang Xiuzhen Kang; Wang Jinfeng Yao;
        Li Meifang Xia; Li Yuzhen Rao; Li Xuemei Zhuo; Li Jianping Mou; Li Chunyan Bi; Li Hongmei Ji;
        Zhang Yanling Miao; Zhang Xiuqin Hua; Zhang Guifen Sheng; Zhang Meihua Yue; Zhang Shufang Zang; Zhang Jinlan Tong;
        Chen Yufang Ou; Chen Xiuyun Mao; Chen Guiying Wei; Chen Huilan Ding; Chen Shuying Luan; Chen Meilan Fu;
        Liu Shuying Jian; Liu Yuying Ban; Liu Xiulan Ning; Liu Guifang Wu; Liu Meizhen Zhou; Liu Lanying Shen""",
    "korean_given_more": """Kim Bo-ra Yeon; Kim Chan-mi Seung; Kim Da-som Joo; Kim Eun-bi Ra; Kim Hye-rim Pyun; Kim In-ha Seok;
        Park Bo-young Dokgo; Park Eun-bin Hwangbo; Park Gyu-ri Namgung; Park Hae-jin Seonwoo; Park Min-young Jegal; Park Shin-hye Sagong;
        Lee Bo-na Yeom; Lee Chae-rin Mo; Lee Da-hee Bin; Lee Hyo-ri Wang; Lee Ji-ah Ki; Lee Min-ki Tae""",
    "anglo_given_more": """James Ashby Colquhoun; James Dunlop Kerr Rintoul; James Halliwell Spooner; James Inchcape Lorimer; James Macready Ogilvy;
        William Ainslie Craddock; William Bertram Hosking; William Cuthbert Pennock; William Dalgleish Rennie; William Eastwood Tolley;
        Thomas Farquharson Lyle; Thomas Gedge Harrowby; Thomas Heathcote Wilmot; Thomas Illingworth Sykes; Thomas Jephson Loder;
        Richard Kinnersley Oakes; Richard Lambton Percival; Richard Mowbray Quentin; Richard Nethercott Ramsden; Richard Overbury Sprague;
        Charles Pemberton Truscott; Charles Quilter Underwood; Charles Rainsford Vane; Charles Stallybrass Wakeham; Charles Tremayne Yeats""",
    "african_given_more": """Ibrahim Danladi Jibrin; Ibrahim Kabiru Suleiman; Ibrahim Yerima Bukar;
        Mohamed Kamara Sesay; Mohamed Bangura Koroma; Mohamed Conteh Turay; Mohamed Jalloh Kanu; Mohamed Mansaray Fofanah;
        Ahmed Jama Hirad; Ahmed Olow Gacal; Ahmed Gurey Xirsi; Ahmed Dheere Cilmi; Ahmed Oday Bulhan;
        Ali Kiprotich Langat; Ali Hamisi Mwinyimvua; Ali Mzee Kombo; Ali Juma Mnyampala; Ali Bakari Mwakasege""",
}

INNOCENT_COMPANIES_EXTRA: dict[str, str] = {
    "english_small_business": """Sleepy Hollow Trading Post; Puddle Jumper Aviation Club; Tin Soldier Toy Company; Red Balloon Party Company; Juniper Berry Juice Company;
        Wandering Snail Bookshop Company; Giggling Goose Theatre Company; Blue Umbrella Theatre Company; Little Lamb Wool Company; Raspberry Jam Preserves Company;
        Saffron Sunset Tea Company; Whistling Kettle Tea Company; Bumblebee Honey Company; Pumpkin Patch Farm Company; Smiling Moon Pancake Company;
        Polar Bear Ice Cream Company; Marigold Garden Seed Company; Hazelnut Chocolate Company; Morning Glory Muffin Company; Picnic Basket Company Ltd;
        Sea Breeze Kite Company; Paper Boat Press Ltd; Snowflake Bakery Ltd; Jolly Roger Sailing School Ltd; Gingerbread House Bakery Ltd;
        Sunbeam Nursery School Ltd; Cuckoo Clock Repairs Ltd; Acorn Woodcraft Ltd; Daffodil Florists Ltd; Kiwi Fruit Growers Ltd;
        Penguin Parade Tours Ltd; Magpie Antiques Ltd; Robin Hood Archery Club Ltd; Toadstool Garden Gnomes Ltd; Otter Creek Canoe Hire Ltd""",
    "american_small_business": """Crimson Rose Bridal Boutique LLC; Prairie Dog Pet Supplies LLC; Laughing Llama Yoga LLC; Lemon Tree Cafe LLC; Moonlight Bowling Alley LLC;
        Cornflower Quilts LLC; Driftwood Surf School LLC; Firefly Lighting Studio LLC; Happy Trails Horse Riding LLC; Orange Grove Juice Bar LLC;
        Pebble Beach Pottery LLC; Quill and Ink Calligraphy LLC; Rolling Pin Bakery LLC; Snow Owl Ski School LLC; Tumbleweed Country Store LLC;
        Sugar Maple Pancake House Inc; Rocky Creek Fly Fishing Inc; Bluebonnet Daycare Inc; Country Mouse Cheese Shop Inc; Wishing Well Gift Shop Inc;
        Sweet Pea Baby Clothes Inc; Raccoon Hollow Campground Inc; Cardinal Point Sailing Inc; Garden Gnome Landscaping Inc; Timber Wolf Log Cabins Inc""",
    "british_small_business": """Cedar Lodge Hotel Group; Marmalade Cat Cafe Group; Honeysuckle Cottage Rentals Group; Lighthouse Bay Seafood Group; Tulip Time Flower Group;
        Willow Pattern China Restoration Group; Moorland Sheep Farmers Group; Bramblewood School Group; Appletree Pediatric Group; Thornbury Choir Group;
        Rainbow Bridge Pet Cremation Services; Sunnyvale Senior Transport Services; Hillcrest Lawn Bowling Services; Seabreeze Boat Cleaning Services;
        Golden Oak Furniture Restoration Services; Silver Lining Umbrella Repair Services; Blue Sky Window Washing Services; Morning Bell Alarm Services;
        Green Apple Tutoring Services; Red Door Locksmith Services""",
}


INNOCENT_PERSONS_LAST: dict[str, str] = {
    "indonesian_batak": """Ahmad Wirawan Susilo; Ahmad Fauzan Harahap; Ahmad Rizal Siregar Lubis; Ahmad Syafiq Nasution; Ahmad Zulkifli Matondang;
        Ahmad Taufik Batubara; Muhammad Iqbal Lubis Pohan; Muhammad Arifin Daulay; Muhammad Rasyid Tanjung; Muhammad Hanif Pulungan;
        Muhammad Fikri Rangkuti; Muhammad Luthfi Hasibuan; Ali Imran Sitompul; Ali Akbar Panjaitan Sinaga; Ali Rahmat Simanjuntak;
        Ali Syahputra Purba; Ali Mukti Damanik; Ali Usman Ginting Sembiring; Hassan Basri Saragih; Hassan Mahfud Tarigan; Hassan Sadikin Manurung;
        Hassan Yunus Situmorang; Hassan Arief Napitupulu; Hassan Bahri Silalahi; Abdul Rahman Pardede Hutapea; Abdul Gani Sihombing;
        Abdul Malik Aritonang; Abdul Somad Hutagalung; Abdul Wahid Simatupang; Abdul Halim Marpaung""",
    "basque": """Jose Luis Arrieta Gorostiza; Jose Maria Aguirrezabala; Jose Ramon Elorza Lizarralde; Jose Miguel Zabaleta Aranburu;
        Jose Javier Uriarte Goikoetxea; Juan Carlos Iturbide Mendizabal; Juan Jose Arozamena; Juan Pablo Etxeberria Zubizarreta;
        Juan Antonio Olaizola Larrañaga; Juan Manuel Azpiroz; Maria Isabel Urquiola Bengoetxea; Maria Teresa Anduaga Lasa;
        Maria Jose Ormaetxea Unzueta; Maria Luisa Gabilondo Arregi; Maria Pilar Eizagirre; Carlos Alberto Muguruza Ibarrola;
        Carlos Javier Altuna Irazabal; Carlos Manuel Esnaola Arteche; Carlos Eduardo Urkiza Lekuona; Carlos Mario Zuloaga;
        Luis Miguel Barandiaran Oyarzabal; Luis Angel Ugalde Arrizabalaga; Luis Fernando Aldekoa; Luis Antonio Bilbao Ezkurra;
        Luis Enrique Aramburu Otxoa""",
    "czech": """Vladimir Hrabal Kundera; Vladimir Remek Cernan; Vladimir Holub Seifert; Vladimir Vondracek Kafka; Vladimir Smetana Janacek;
        Vladimir Mucha Capek""",
    "slovene": """Alexander Kovacic Zupancic; Alexander Presern Cankar; Alexander Kosovel Kocbek; Alexander Plecnik Jakopic;
        Alexander Grohar Sternen; Alexander Vidmar""",
    "armenian": """Sergey Tsaturyan Mkrtchyan; Sergey Harutyunyan Vardanyan; Sergey Ghukasyan Hovsepyan; Sergey Sargsyants Grigoryants;
        Sergey Avetisyan Karapetyan""",
    "georgian": """Igor Gachechiladze Beridze; Igor Lomidze Kapanadze; Igor Tsiklauri Gelashvili; Igor Mikadze Chkheidze;
        Igor Japaridze Kvaratskhelia; Igor Natsvlishvili""",
    "azerbaijani": """Oleg Aliyev Guliyev Mammadli; Oleg Huseynzade Babayev; Oleg Rzayev Nasibov; Oleg Ismayilov Hasanli; Oleg Jafarov Suleymanli;
        Oleg Mustafayev Valiyev""",
    "korean_more": """Kim Soo-bin Yeol; Kim Ha-yoon Seong; Kim Ye-seo Jeom; Park Min-chan Eun; Park Seo-yul Pae; Lee Ha-rim Mun; Lee Do-eun Seon;
        Choi Ha-ram Yoo""",
    "chinese_more": """Wang Lingyun Xi; Wang Meixia Ye; Li Qiuyue Shang; Li Chunmei Cen; Zhang Xiaofeng Mi; Zhang Yueqin Liao; Chen Wenxiu Zhai;
        Chen Lifang Sha""",
    "english": """John Abbotsford Quayle; John Barraclough Sedley; John Chetwynd Tollemache; John Drinkwater Umfreville; John Entwistle Vavasour;
        David Fairclough Wentworth; David Greenhalgh Yarborough; David Hepplewhite Ackland; David Ingoldsby Blenkinsop; David Jervoise Cresswell;
        Peter Kenworthy Dalrymple; Peter Leatherbarrow Eversley; Peter Massingberd Fiennes; Peter Normanton Greville; Peter Oglethorpe Hanbury;
        Daniel Pakenham Ingleby; Daniel Quennell Jolliffe; Daniel Rathbone Kittering; Daniel Sackville Lydgate; Daniel Throckmorton Mallory""",
    "italian": """Antonio Bellincioni Sforzini; Antonio Caracciolo Pignatelli; Antonio Doria Spinola Grimaldi; Antonio Este Gonzaga Farnese;
        Antonio Frescobaldi Strozzi; Marco Guicciardini Rucellai; Marco Lanfranchi Sismondi; Marco Malaspina Orsini; Marco Niccolini Capponi;
        Marco Ottoboni Ruspoli; Mario Pallavicini Odescalchi; Mario Quaratesi Ridolfi; Mario Salviati Soderini; Mario Torrigiani Vettori;
        Mario Uguccioni Zanchi""",
    "swedish": """Peter Akerlund Bergqvist; Peter Dahlgren Ekholm; Peter Forsberg Grahn; Peter Hedlund Isaksson; Peter Jernberg Kullberg;
        Peter Lundqvist Moberg; Martin Nordgren Ohlsson; Martin Palmqvist Rosengren; Martin Sandberg Tornqvist; Martin Ulvaeus Wahlberg;
        Martin Ahlgren Bjorklund; Simon Cederholm Dahlquist; Simon Engstrom Fagerlund; Simon Gyllenhaal Holmqvist; Simon Ingvarsson Jonasson;
        Simon Karlgren Lindqvist""",
}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
