"""Build the independent9 screening check set (issue 17) from the shipped lists.

INDEPENDENT CHECK SET: never tune on it. Stdlib only; reads only the list data files under
src/exportgate/screening/data/lists/. Output is byte-identical under any PYTHONHASHSEED.

Run: python bench/screening/independent9/generate.py
"""

from __future__ import annotations

import bisect
import csv
import gzip
import io
import random
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

SEED = 2026120913
PER_CATEGORY = 40
ROOT = Path(__file__).resolve().parents[3]
LISTS = ROOT / "src" / "exportgate" / "screening" / "data" / "lists"
OUT = ROOT / "bench" / "screening" / "data"
MARKER = (
    "# INDEPENDENT CHECK SET (never tune on it): independent9 (issue 17) written by helper "
    "screenind9 on 2026-12-07 from the shipped lists; see bench/screening/independent9/README.md"
)


@dataclass(frozen=True)
class Entry:
    list: str
    list_id: str
    kind: str
    names: tuple[str, ...]  # primary first, then aliases, as written in the list
    scripts: tuple[str, ...]  # original-script names given by the list
    link: str  # CSL entity_number (SDN ent_num) or ""


# ---------------------------------------------------------------- loading

ORG_HINT = re.compile(
    r"\b(LTD|LLC|INC|CO|CORP|COMPANY|LIMITED|GMBH|S\.?A|BANK|GROUP|TRADING|INDUSTR\w*|"
    r"INSTITUTE|UNIVERSITY|OOO|AO|JSC|PJSC|OJSC|CJSC|PLC|FZE|FZCO|CENTER|CENTRE|ACADEMY|"
    r"ENTERPRISE\w*|INTERNATIONAL|TECHNOLOG\w*|ELECTRONIC\w*|LABORATOR\w*|MINISTRY|"
    r"BUREAU|FACTORY|PLANT|SYSTEMS?|SERVICES?|BV|AG|SRL|SPA|SAS)\b",
    re.I,
)


def guess_kind(name: str) -> str:
    if ORG_HINT.search(name):
        return "organization"
    return "other"


def _ofac(folder: str, prim: str, alt: str, key: str) -> list[Entry]:
    aliases: dict[str, list[str]] = {}
    with gzip.open(LISTS / folder / alt, "rt", encoding="utf-8", errors="replace") as f:
        for row in csv.reader(f):
            if len(row) >= 4 and row[3].strip() not in ("", "-0-"):
                aliases.setdefault(row[0].strip(), []).append(row[3].strip())
    out = []
    with gzip.open(LISTS / folder / prim, "rt", encoding="utf-8", errors="replace") as f:
        for row in csv.reader(f):
            if len(row) < 3 or not row[0].strip().isdigit():
                continue
            t = row[2].strip().strip('"').lower()
            kind = {"individual": "person", "vessel": "vessel", "aircraft": "aircraft"}.get(
                t, "organization"
            )
            eid = row[0].strip()
            names = (row[1].strip(), *aliases.get(eid, []))
            out.append(Entry(key, eid, kind, names, (), ""))
    return out


def _un() -> list[Entry]:
    with gzip.open(LISTS / "un_sc" / "UN_consolidated_2026-02-27.xml.gz") as f:
        root = ET.parse(f).getroot()
    out = []
    for tag, kind, atag in (
        ("INDIVIDUAL", "person", "INDIVIDUAL_ALIAS"),
        ("ENTITY", "organization", "ENTITY_ALIAS"),
    ):
        for el in root.iter(tag):
            parts = [
                (el.findtext(p) or "").strip()
                for p in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
            ]
            name = " ".join(p for p in parts if p)
            als = [(a.findtext("ALIAS_NAME") or "").strip() for a in el.findall(atag)]
            script = (el.findtext("NAME_ORIGINAL_SCRIPT") or "").strip()
            ref = (el.findtext("REFERENCE_NUMBER") or "").strip()
            names = tuple(n for n in (name, *als) if n)
            if names:
                out.append(Entry("un_sc", ref, kind, names, (script,) if script else (), ""))
    return out


def _csl() -> list[Entry]:
    out = []
    kinds = {
        "Individual": "person",
        "Entity": "organization",
        "Vessel": "vessel",
        "Aircraft": "aircraft",
    }
    with gzip.open(LISTS / "us_csl" / "consolidated_2022-05.csv.gz", "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name = row["name"].strip()
            if not name:
                continue
            als = [a.strip() for a in row["alt_names"].split(";") if a.strip()]
            kind = kinds.get(row["type"], "") or guess_kind(name)
            out.append(
                Entry("us_csl", row["_id"], kind, (name, *als), (), row["entity_number"].strip())
            )
    return out


def _dpl() -> list[Entry]:
    out = []
    with gzip.open(
        LISTS / "bis_dpl" / "dpl_2023-11-30.txt.gz", "rt", encoding="utf-8", errors="replace"
    ) as f:
        for i, row in enumerate(csv.DictReader(f, delimiter="\t")):
            name = (row.get("Name") or "").strip()
            if name:
                out.append(Entry("us_bis_dpl", str(i), guess_kind(name), (name,), (), ""))
    return out


def load_all() -> list[Entry]:
    return (
        _ofac("ofac_sdn", "sdn.csv.gz", "alt.csv.gz", "us_ofac_sdn")
        + _ofac("ofac_cons", "cons_prim.csv.gz", "cons_alt.csv.gz", "us_ofac_cons")
        + _un()
        + _csl()
        + _dpl()
    )


# ---------------------------------------------------------------- folding and parties


def fold_words(s: str) -> tuple[str, ...]:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = s.replace("ı", "i").replace("ə", "a").replace("ß", "ss")
    return tuple(re.sub(r"[^\w]+", " ", s).replace("_", " ").split())


def fold_key(s: str) -> tuple[str, ...]:
    return tuple(sorted(fold_words(s)))


def parties(entries: list[Entry]) -> list[int]:
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
    sdn: dict[str, int] = {}
    for i, e in enumerate(entries):
        if e.list == "us_ofac_sdn":
            sdn[e.list_id] = i
        for n in e.names:
            k = fold_key(n)
            if len(k) >= 2:
                if k in first:
                    union(first[k], i)
                else:
                    first[k] = i
    for i, e in enumerate(entries):
        if e.list == "us_csl" and e.link in sdn:
            union(i, sdn[e.link])
    return [find(i) for i in range(len(entries))]


# ---------------------------------------------------------------- name helpers

Tx = Callable[[str, random.Random, Entry], "str | None"]


def split_person(name: str) -> tuple[list[str], list[str]]:
    """(given names, family names) of a person name, SDN 'FAMILY, Given' or 'Given FAMILY'."""
    if "," in name:
        fam, _, giv = name.partition(",")
        return giv.split(), fam.split()
    w = name.split()
    if 2 <= len(w) <= 3 and w[0].upper() in EAST_ASIAN_FAMILY:
        return w[1:], w[:1]  # family name first (Korean, Chinese) in list order
    return w[:-1], w[-1:]


def given_first(name: str) -> str:
    g, f = split_person(name)
    return " ".join(g + f)


def words_re(words: dict[str, list[str]], name: str, rng: random.Random) -> str | None:
    toks = re.split(r"(\W+)", name)
    idx = [i for i, t in enumerate(toks) if t.upper() in words]
    if not idx:
        return None
    i = rng.choice(idx)
    rep = rng.choice(words[toks[i].upper()])
    toks[i] = rep if toks[i].isupper() or not toks[i][1:].islower() else rep.title()
    return "".join(toks)


def slip(word: str, rng: random.Random, kind: str) -> str | None:
    if len(word) < 4:
        return None
    i = rng.randrange(1, len(word) - 1)
    w = list(word)
    if kind == "transpose":
        if w[i] == w[i + 1] if i + 1 < len(w) else True:
            return None
        w[i], w[i + 1] = w[i + 1], w[i]
    elif kind == "drop":
        del w[i]
    elif kind == "double":
        w.insert(i, w[i])
    return "".join(w)


LEGAL_WORDS = [
    "LIMITED",
    "COMPANY",
    "CORPORATION",
    "LIABILITY",
    "JOINT",
    "STOCK",
    "INCORPORATED",
    "SOCIEDAD",
    "ANONIMA",
    "AKTSIONERNOE",
    "OBSHCHESTVO",
    "ENTERPRISE",
    "PARTNERSHIP",
    "GESELLSCHAFT",
    "LIMITADA",
    "PUBLIC",
]
ABBR_FORMS = [
    "LLC",
    "LTD",
    "SA",
    "SAS",
    "GMBH",
    "JSC",
    "OOO",
    "OJSC",
    "CJSC",
    "PJSC",
    "FZE",
    "FZCO",
    "SRL",
    "SPA",
    "DOO",
    "AD",
    "KK",
    "BV",
    "NV",
    "AG",
    "PLC",
    "INC",
    "CO",
    "SARL",
    "SAC",
    "AO",
    "PAO",
    "ZAO",
    "OAO",
    "LLP",
    "PTE",
    "BHD",
    "SDN",
    "DMCC",
]
DOTTED_FORM = re.compile(r"\b((?:[A-Z]\.){2,}[A-Z]?\.?|S\.A\. DE C\.V\.|S\. DE R\.L\.)", re.I)


def tx_legal_misspelt(name: str, rng: random.Random, e: Entry) -> str | None:
    toks = name.split()
    idx = [i for i, t in enumerate(toks) if t.strip(".,()").upper() in LEGAL_WORDS]
    if not idx:
        return None
    i = rng.choice(idx)
    core = toks[i].strip(".,()")
    new = slip(core, rng, rng.choice(["transpose", "drop", "double"]))
    if new is None or new == core:
        return None
    toks[i] = toks[i].replace(core, new)
    return " ".join(toks)


def tx_legal_spaced(name: str, rng: random.Random, e: Entry) -> str | None:
    toks = name.split()
    idx = [i for i, t in enumerate(toks) if t.strip(".,()").upper() in ABBR_FORMS]
    m = DOTTED_FORM.search(name)
    if m and (not idx or rng.random() < 0.5):
        letters = re.sub(r"[^A-Za-z ]", "", m.group(0))
        style = rng.choice(["spaced", "doubledot", "nodot"])
        if style == "spaced":
            new = re.sub(r"(?<=\w)(?=\w)", " ", letters)
        elif style == "doubledot":
            new = ".".join(letters.replace(" ", "")) + ".."
        else:
            new = letters.replace(" ", "")
        return name[: m.start()] + new + name[m.end() :]
    if not idx:
        return None
    i = rng.choice(idx)
    core = toks[i].strip(".,()")
    style = rng.choice(["spaced", "dotted", "mixed"])
    if style == "spaced":
        new = " ".join(core)
    elif style == "dotted":
        new = ".".join(core) + "."
    else:
        new = core[0] + ". " + ".".join(core[1:])
    toks[i] = toks[i].replace(core, new)
    return " ".join(toks)


FORM_RE = re.compile(
    r",?\s*\b(LIMITED LIABILITY COMPANY|JOINT STOCK COMPANY|CO\.?,? LTD\.?|COMPANY LIMITED|"
    r"S\.A\. DE C\.V\.|LLC|L\.L\.C\.|LTD\.?|LIMITED|INC\.?|CORPORATION|CORP\.?|GMBH|S\.A\.|"
    r"SA|JSC|OJSC|CJSC|PJSC|OOO|AO|PLC|FZE|FZCO|SRL|S\.R\.L\.|SARL|B\.V\.|AG)\s*$",
    re.I,
)
FORM_LEAD = re.compile(
    r"^(LIMITED LIABILITY COMPANY|JOINT STOCK COMPANY|OOO|AO|OJSC|PJSC|"
    r"CJSC|JSC|LLC|OAO|ZAO|PAO|TOO)\s+",
    re.I,
)


def tx_legal_moved(name: str, rng: random.Random, e: Entry) -> str | None:
    m = FORM_RE.search(name)
    if m:
        return m.group(1) + " " + name[: m.start()].strip(" ,")
    m2 = FORM_LEAD.match(name)
    if m2:
        return name[m2.end() :].strip() + ", " + m2.group(1)
    return None


def tx_legal_dropped(name: str, rng: random.Random, e: Entry) -> str | None:
    m = FORM_RE.search(name)
    if m and len(name[: m.start()].split()) >= 2:
        return name[: m.start()].strip(" ,")
    m2 = FORM_LEAD.match(name)
    if m2 and len(name[m2.end() :].split()) >= 2:
        return name[m2.end() :].strip()
    return None


FORM_TRANSLATE = {
    "LIMITED LIABILITY COMPANY": [
        "OOO",
        "LLC",
        "TOV",
        "OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU",
    ],
    "JOINT STOCK COMPANY": ["AO", "JSC", "AKTSIONERNOE OBSHCHESTVO"],
    "OPEN JOINT STOCK COMPANY": ["OAO", "OJSC"],
    "CLOSED JOINT STOCK COMPANY": ["ZAO", "CJSC"],
    "PUBLIC JOINT STOCK COMPANY": ["PAO", "PJSC"],
    "LLC": ["LIMITED LIABILITY COMPANY", "OOO"],
    "OOO": ["LLC", "LIMITED LIABILITY COMPANY"],
    "JSC": ["JOINT STOCK COMPANY", "AO"],
    "AO": ["JSC", "JOINT STOCK COMPANY"],
    "OAO": ["OJSC"],
    "OJSC": ["OAO"],
    "PJSC": ["PAO"],
    "PAO": ["PJSC"],
    "CJSC": ["ZAO"],
    "ZAO": ["CJSC"],
    "LIMITED": ["LTD", "LTDA"],
    "LTD": ["LIMITED"],
    "LTD.": ["LIMITED"],
    "CO., LTD.": ["COMPANY LIMITED", "YOUXIAN GONGSI"],
    "CO. LTD.": ["COMPANY LIMITED"],
    "COMPANY LIMITED": ["CO LTD", "YOUXIAN GONGSI"],
    "S.A.": ["SOCIEDAD ANONIMA", "SA"],
    "SOCIEDAD ANONIMA": ["S.A."],
    "INC.": ["INCORPORATED"],
    "INC": ["INCORPORATED"],
    "CORPORATION": ["CORP."],
    "CORP.": ["CORPORATION"],
    "GMBH": ["GESELLSCHAFT MIT BESCHRAENKTER HAFTUNG"],
}


def tx_legal_translated(name: str, rng: random.Random, e: Entry) -> str | None:
    up = name.upper()
    for k in sorted(FORM_TRANSLATE, key=lambda s: (-len(s), s)):
        m = re.search(r"(?<![\w.])" + re.escape(k) + r"(?![\w])", up)
        if m:
            return name[: m.start()] + rng.choice(FORM_TRANSLATE[k]) + name[m.end() :]
    return None


GENERIC = {
    "BANK": ["BANCO", "BANQUE", "BANKA", "BANK-E"],
    "TRADING": ["TICARET", "TORGOVAYA", "COMERCIAL", "TIJARA"],
    "INTERNATIONAL": ["INTERNACIONAL", "INTERNATIONALE", "MEZHDUNARODNYI", "BEYNELMILEL"],
    "GROUP": ["GRUPO", "GRUPPA", "GRUPPE", "GROUPE"],
    "INDUSTRIES": ["INDUSTRIAS", "INDUSTRIE", "SANAYI"],
    "INDUSTRIAL": ["INDUSTRIALNAYA", "SANAYE"],
    "SHIPPING": ["KESHTIRANI", "SUDOKHODNAYA", "NAVIERA"],
    "COMPANY": ["SHERKAT", "KOMPANIYA", "COMPANIA", "SHIRKAT"],
    "ELECTRONICS": ["ELEKTRONIKA", "ELECTRONICA"],
    "ENGINEERING": ["INGENIERIA", "MUHENDISLIK"],
    "INVESTMENT": ["INVERSIONES", "INVESTITSII", "SARMAYEH GOZARI"],
    "CONSTRUCTION": ["CONSTRUCCIONES", "STROITELNAYA", "INSAAT"],
    "TECHNOLOGY": ["TEKHNOLOGIYA", "TECNOLOGIA", "TEKNOLOJI"],
    "TECHNOLOGIES": ["TEKHNOLOGII", "TECNOLOGIAS"],
    "PETROLEUM": ["PETROLEO", "NEFT", "NAFT"],
    "OIL": ["NEFT", "NAFT", "PETROL"],
    "INSTITUTE": ["INSTITUT", "INSTITUTO"],
    "CENTER": ["CENTRO", "TSENTR", "MARKAZ"],
    "CENTRE": ["CENTRO", "TSENTR", "MARKAZ"],
    "BANCO": ["BANK"],
    "INVERSIONES": ["INVESTMENTS"],
    "GRUPO": ["GROUP"],
    "COMERCIAL": ["COMMERCIAL", "TRADING"],
    "SANAYI": ["INDUSTRIES"],
    "TICARET": ["TRADING"],
    "NEFT": ["OIL"],
    "INSTITUT": ["INSTITUTE"],
    "AVIATION": ["AVIATSIYA", "AVIACION"],
    "MINING": ["MINERIA", "GORNAYA"],
    "STEEL": ["STAL", "ACERO", "FULAD"],
    "CHEMICAL": ["KHIMICHESKAYA", "QUIMICA"],
}


def tx_generic_translated(name: str, rng: random.Random, e: Entry) -> str | None:
    return words_re(GENERIC, name, rng)


ABBREV = {
    "INTERNATIONAL": "INTL",
    "COMPANY": "CO",
    "TRADING": "TRDG",
    "INDUSTRIES": "INDS",
    "CORPORATION": "CORP",
    "INDUSTRIAL": "INDL",
    "ENGINEERING": "ENGG",
    "MANUFACTURING": "MFG",
    "TECHNOLOGY": "TECH",
    "TECHNOLOGIES": "TECH",
    "DEVELOPMENT": "DEV",
    "ELECTRONICS": "ELEC",
    "MANAGEMENT": "MGMT",
    "SERVICES": "SVCS",
    "ASSOCIATION": "ASSN",
    "GENERAL": "GEN",
    "INVESTMENT": "INVT",
    "DEPARTMENT": "DEPT",
    "INSTITUTE": "INST",
    "BROTHERS": "BROS",
    "ENTERPRISES": "ENTS",
}


def tx_generic_abbrev(name: str, rng: random.Random, e: Entry) -> str | None:
    toks = re.split(r"(\W+)", name)
    for i, t in enumerate(toks):
        if t.upper() in ABBREV:
            a = ABBREV[t.upper()]
            toks[i] = a if t.isupper() else a.title()
            if rng.random() < 0.4:
                toks[i] += "."
            return "".join(toks)
    return None


PLACES = [
    "Dubai",
    "Hong Kong",
    "Moscow",
    "Tehran",
    "Istanbul",
    "Shenzhen",
    "Singapore",
    "Kuala Lumpur",
    "Minsk",
    "Caracas",
    "Beirut",
    "Damascus",
    "Pyongyang",
    "Almaty",
    "Yerevan",
    "Tbilisi",
    "Baku",
    "Panama",
    "Limassol",
    "Riga",
    "Abu Dhabi",
    "Sharjah",
]


def tx_place_branch(name: str, rng: random.Random, e: Entry) -> str | None:
    p = rng.choice(PLACES)
    return rng.choice(
        [
            f"{name} ({p} branch)",
            f"{name} - {p}",
            f"{name} {p} Branch",
            f"{name} ({p})",
            f"{name}, {p} Office",
            f"{name} (branch)",
        ]
    )


def tx_ampersand(name: str, rng: random.Random, e: Entry) -> str | None:
    if "&" in name:
        return name.replace("&", rng.choice(["AND", "and", "Y", "ET", "+"]), 1)
    m = re.search(r"\b(AND|and|And)\b", name)
    if m:
        return name[: m.start()] + rng.choice(["&", "&", "+", "N"]) + name[m.end() :]
    return None


def tx_trading_name(name: str, rng: random.Random, e: Entry) -> str | None:
    others = [n for n in e.names if n != name and fold_key(n) != fold_key(name)]
    if not others:
        return None
    o = rng.choice(others)
    return rng.choice(
        [
            f"{name} t/a {o}",
            f"{name} d/b/a {o}",
            f"{name} (formerly {o})",
            f"{o} (formerly {name})",
            f"{name} T/A {o}",
            f"{o} dba {name}",
        ]
    )


def tx_vessel_prefix(name: str, rng: random.Random, e: Entry) -> str | None:
    return (
        rng.choice(["MV ", "M/V ", "MT ", "M/T ", "M.V. ", "Vessel ", "TANKER ", "SS ", "MV. "])
        + name
    )


def tx_payment(name: str, rng: random.Random, e: Entry) -> str | None:
    clean = re.sub(r"[^\w\s]", " ", unicodedata.normalize("NFKD", name))
    clean = " ".join("".join(c for c in clean if not unicodedata.combining(c)).upper().split())
    ref = rng.randrange(10000, 999999)
    return rng.choice(
        [
            f"/BNF/{clean}",
            f"BNF {clean} INV {ref}",
            f"PAYMENT TO {clean} REF {ref}",
            f"{clean} ACC {ref}",
            f"ORD CUST {clean}",
            f"1/{clean}",
            f"{clean} /INV/{ref}/",
            f"FAVOUR {clean} INVOICE {ref}",
        ]
    )


def tx_truncate(name: str, rng: random.Random, e: Entry) -> str | None:
    n = rng.randrange(16, 41)
    if len(name) <= n + 3:
        return None
    cut = name[:n]
    if " " in cut and not cut.endswith(" ") and name[n] != " ":
        cut = cut[: cut.rfind(" ")]
    return cut.strip(" ,.-") if len(cut.split()) >= 2 else None


def tx_cut_inside(name: str, rng: random.Random, e: Entry) -> str | None:
    n = rng.randrange(16, 41)
    if len(name) <= n + 2 or not name[n - 1].isalnum() or not name[n].isalnum():
        return None
    cut = name[:n]
    last = cut.split()[-1]
    return cut if len(cut.split()) >= 2 and len(last) >= 2 else None


OCR = [
    ("O", "0"),
    ("I", "1"),
    ("l", "1"),
    ("S", "5"),
    ("B", "8"),
    ("rn", "m"),
    ("m", "rn"),
    ("cl", "d"),
    ("E", "F"),
    ("G", "6"),
    ("Z", "2"),
    ("o", "0"),
    ("vv", "w"),
    ("w", "vv"),
    ("H", "II"),
    ("D", "0"),
]


def tx_ocr(name: str, rng: random.Random, e: Entry) -> str | None:
    opts = [(a, b) for a, b in OCR if a in name]
    if not opts:
        return None
    a, b = rng.choice(opts)
    pos = [m.start() for m in re.finditer(re.escape(a), name)]
    p = rng.choice(pos)
    return name[:p] + b + name[p + len(a) :]


QWERTY = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]


def neighbours(c: str) -> list[str]:
    lo = c.lower()
    for r, row in enumerate(QWERTY):
        if lo in row:
            i = row.index(lo)
            out = [row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)]
            for rr in (r - 1, r + 1):
                if 0 <= rr < 3:
                    out += [QWERTY[rr][j] for j in (i - 1, i) if 0 <= j < len(QWERTY[rr])]
            return [o.upper() if c.isupper() else o for o in out]
    return []


def tx_adjacent_key(name: str, rng: random.Random, e: Entry) -> str | None:
    pos = [
        i
        for i, c in enumerate(name)
        if c.isascii() and c.isalpha() and i > 0 and name[i - 1].isalpha()
    ]
    if not pos:
        return None
    i = rng.choice(pos)
    nb = neighbours(name[i])
    return name[:i] + rng.choice(nb) + name[i + 1 :] if nb else None


def tx_glued(name: str, rng: random.Random, e: Entry) -> str | None:
    sp = [m.start() for m in re.finditer(r"(?<=\w) (?=\w)", name)]
    if len(name.split()) < 3 or not sp:
        return None
    i = rng.choice(sp)
    return name[:i] + name[i + 1 :]


def tx_split(name: str, rng: random.Random, e: Entry) -> str | None:
    words = [(m.start(), m.end()) for m in re.finditer(r"[A-Za-z]{7,}", name)]
    if not words:
        return None
    s, t = rng.choice(words)
    i = rng.randrange(s + 3, t - 2)
    return name[:i] + " " + name[i:]


def tx_doubled(name: str, rng: random.Random, e: Entry) -> str | None:
    dbl = [m.start() for m in re.finditer(r"([A-Za-z])\1", name)]
    if dbl and rng.random() < 0.6:
        i = rng.choice(dbl)
        return name[:i] + name[i + 1 :]
    cand = [
        m.start()
        for m in re.finditer(r"(?<=[AEIOUaeiou])[BDFLMNRSTbdflmnrst](?=[AEIOUYaeiouy])", name)
    ]
    if not cand:
        return None
    i = rng.choice(cand)
    return name[:i] + name[i] + name[i:]


def strip_marks(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ı", "i").replace("ə", "a").replace("Ə", "A").replace("ø", "o")


def tx_diacritics_removed(name: str, rng: random.Random, e: Entry) -> str | None:
    out = strip_marks(name)
    return out if out != name else None


ACCENT = {
    "a": "á",
    "e": "é",
    "i": "í",
    "o": "ó",
    "u": "ú",
    "A": "Á",
    "E": "É",
    "I": "Í",
    "O": "Ó",
    "U": "Ú",
    "n": "ñ",
    "N": "Ñ",
    "c": "ç",
    "C": "Ç",
}


def tx_diacritics_added(name: str, rng: random.Random, e: Entry) -> str | None:
    if not name.isascii():
        return None
    pos = [i for i, c in enumerate(name) if c in ACCENT and i > 0 and name[i - 1].isalpha()]
    if not pos:
        return None
    i = rng.choice(pos)
    return name[:i] + ACCENT[name[i]] + name[i + 1 :]


TURKISH = {
    "ş": ["s", "sh"],
    "Ş": ["S", "SH"],
    "ç": ["c", "ch"],
    "Ç": ["C", "CH"],
    "ğ": ["g", "gh", ""],
    "Ğ": ["G", "GH"],
    "ı": ["i"],
    "İ": ["I"],
    "ö": ["o", "oe"],
    "Ö": ["O", "OE"],
    "ü": ["u", "ue"],
    "Ü": ["U", "UE"],
    "ə": ["a", "e"],
    "Ə": ["A", "E"],
}


TURKISH_WORDS = {
    "OGLU": "OĞLU",
    "OGLY": "OĞLY",
    "SIRKETI": "ŞİRKETİ",
    "TICARET": "TİCARET",
    "SANAYI": "SANAYİ",
    "DIS": "DIŞ",
    "ISLETMECILIGI": "İŞLETMECİLİĞİ",
    "INSAAT": "İNŞAAT",
    "ITHALAT": "İTHALAT",
    "IHRACAT": "İHRACAT",
    "ULUSLARARASI": "ULUSLARARASI",
    "GIDA": "GIDA",
    "ENERJI": "ENERJİ",
    "DENIZCILIK": "DENİZCİLİK",
    "LOJISTIK": "LOJİSTİK",
    "TURIZM": "TURİZM",
    "KIMYA": "KİMYA",
    "HIZMETLERI": "HİZMETLERİ",
    "YATIRIM": "YATIRIM",
    "MUHENDISLIK": "MÜHENDİSLİK",
    "ELEKTRONIK": "ELEKTRONİK",
    "ILHAM": "İLHAM",
    "ALIYEV": "ƏLİYEV",
    "HUSEYN": "HÜSEYN",
    "HUSEYIN": "HÜSEYİN",
    "SAHIN": "ŞAHİN",
    "OZTURK": "ÖZTÜRK",
    "CELIK": "ÇELİK",
    "GUNES": "GÜNEŞ",
    "KOC": "KOÇ",
    "ISMAYIL": "İSMAYIL",
    "MAMMADOV": "MƏMMƏDOV",
    "GULIYEV": "QULİYEV",
    "HASANOV": "HƏSƏNOV",
    "RASUL": "RƏSUL",
    "NAZIM": "NAZİM",
    "ELCIN": "ELÇİN",
    "ERDOGAN": "ERDOĞAN",
    "SAHINKAYA": "ŞAHİNKAYA",
    "CAGRI": "ÇAĞRI",
    "MUSTAFAYEV": "MUSTAFAYEV",
}


def turkish_like(e: Entry, n: str) -> bool:
    if any(c in TURKISH for c in n):
        return True
    w = set(re.split(r"[^A-Z]+", n.upper()))
    return any(TURKISH_WORDS.get(x, x) != x for x in w)


def tx_turkish_fold(name: str, rng: random.Random, e: Entry) -> str | None:
    if any(c in TURKISH for c in name):
        return "".join(rng.choice(TURKISH[c]) if c in TURKISH else c for c in name)
    toks = re.split(r"([^A-Za-z]+)", name)
    idx = [i for i, t in enumerate(toks) if TURKISH_WORDS.get(t.upper(), t.upper()) != t.upper()]
    if not idx:
        return None
    for i in idx:
        new = TURKISH_WORDS[toks[i].upper()]
        toks[i] = new if toks[i].isupper() else new[0] + new[1:].lower().replace("i̇", "i")
    return "".join(toks)


TURKISH_ASCII = [
    ("SH", "Ş"),
    ("CH", "Ç"),
    ("U", "Ü"),
    ("O", "Ö"),
    ("I", "İ"),
    ("G", "Ğ"),
    ("S", "Ş"),
    ("C", "Ç"),
    ("A", "Ə"),
]

PARTICLE_RE = re.compile(
    r"\b(?:(ABD|ABDUL|ABDEL|ABDOL|ABU|AL|EL|BIN|BEN|IBN)([- ])([A-Z']{3,})|"
    r"(ABDUL|ABDEL|ABDOL|ABDUR|ABDUS|ABU)()([A-Z]{4,}))\b",
    re.I,
)
PARTICLE_ALT = {
    "AL": ["EL", "AL-", "AL ", "", "UL"],
    "EL": ["AL", "EL-", ""],
    "ABD": ["ABDUL", "ABDEL", "ABD AL", "ABDOL"],
    "ABDUL": ["ABD AL", "ABDEL", "ABDOL", "ABD-UL"],
    "ABDEL": ["ABDUL", "ABD EL", "ABDAL"],
    "ABDOL": ["ABDUL", "ABDOL "],
    "BIN": ["BEN", "IBN", "B."],
    "BEN": ["BIN", "IBN"],
    "IBN": ["BIN"],
    "ABU": ["ABOU", "ABO", "ABU-"],
}


def tx_arabic_particle(name: str, rng: random.Random, e: Entry) -> str | None:
    ms = list(PARTICLE_RE.finditer(name))
    if not ms:
        return None
    m = rng.choice(ms)
    p, sep, rest = (
        (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
    )
    mode = rng.choice(["join", "split", "swap"])
    if mode == "join" and sep:
        new = p + rest
    elif mode == "split" and not sep:
        new = p + rng.choice([" ", "-"]) + rest
    else:
        alts = PARTICLE_ALT.get(p.upper(), ["AL"])
        alt = rng.choice(alts)
        alt = alt if p.isupper() else alt.title()
        new = alt + (sep if not alt.endswith((" ", "-")) else "") + rest
    out = name[: m.start()] + new + name[m.end() :]
    return " ".join(out.split())


# ---- romanised-name slips

KOREAN_FAMILY = {
    "KIM",
    "RI",
    "LI",
    "PAK",
    "PARK",
    "CHOE",
    "CHOI",
    "JO",
    "CHO",
    "JANG",
    "CHANG",
    "HAN",
    "KANG",
    "YUN",
    "YOON",
    "JON",
    "CHON",
    "SIN",
    "SHIN",
    "HYON",
    "HWANG",
    "O",
    "KO",
    "MUN",
    "SO",
    "RYU",
    "KWON",
    "PAEK",
    "HONG",
    "SONG",
    "JU",
    "NAM",
    "KIL",
    "AN",
    "CHU",
    "YANG",
    "KYE",
    "HO",
    "PYON",
    "MYONG",
    "HYUN",
}
KOREAN_SYL = re.compile(r"^(?:[A-Z]{1,4}(?:-[A-Z]{1,4})?)$")
KOREAN_SWAP = [
    ("YO", "YU"),
    ("YU", "YO"),
    ("O", "U"),
    ("U", "O"),
    ("EO", "O"),
    ("AE", "E"),
    ("K", "G"),
    ("G", "K"),
    ("CH", "J"),
    ("J", "CH"),
    ("P", "B"),
    ("B", "P"),
    ("T", "D"),
    ("D", "T"),
    ("R", "L"),
    ("I", "EE"),
    ("ON", "UN"),
    ("NG", "N"),
    ("YONG", "YEONG"),
    ("SONG", "SEONG"),
    ("HO", "HU"),
]


def is_korean(e: Entry, name: str) -> bool:
    if e.kind != "person":
        return False
    g, f = split_person(name)
    return (
        bool(f)
        and f[0].upper() in KOREAN_FAMILY
        and bool(g)
        and all(len(x) <= 9 and ("-" in x or len(x) <= 4) for x in g)
        and any("-" in x for x in g)
    )


def tx_syllable_slip(swaps: list[tuple[str, str]]) -> Tx:
    def tx(name: str, rng: random.Random, e: Entry) -> str | None:
        g, f = split_person(name)
        if not g:
            return None
        wi = rng.randrange(len(g))
        w = g[wi]
        up = w.upper()
        opts = [(a, b) for a, b in swaps if a in up]
        if not opts:
            return None
        a, b = rng.choice(opts)
        pos = [m.start() for m in re.finditer(a, up)]
        p = rng.choice(pos)
        new = up[:p] + b + up[p + len(a) :]
        if not w.isupper():
            new = "-".join(x.capitalize() for x in new.split("-"))
        g = g[:wi] + [new] + g[wi + 1 :]
        return " ".join(f) + ", " + " ".join(g) if "," in name else " ".join(g + f)

    return tx


ARABIC_SWAP = [
    ("A", "E"),
    ("E", "A"),
    ("OU", "U"),
    ("U", "OU"),
    ("O", "U"),
    ("U", "O"),
    ("I", "E"),
    ("E", "I"),
    ("EE", "I"),
    ("Q", "K"),
    ("K", "Q"),
    ("DH", "Z"),
    ("Z", "DH"),
    ("GH", "Q"),
    ("LL", "L"),
    ("AH", "A"),
    ("AA", "A"),
    ("Y", "I"),
    ("H", ""),
]
ARABIC_GIVEN = {
    "MOHAMMAD",
    "MOHAMMED",
    "MUHAMMAD",
    "AHMAD",
    "AHMED",
    "ALI",
    "HASSAN",
    "HUSSEIN",
    "HOSSEIN",
    "ABDULLAH",
    "ABDOLLAH",
    "ABDUL",
    "ABD",
    "MAHMOUD",
    "MAHMUD",
    "MUSTAFA",
    "IBRAHIM",
    "YUSUF",
    "KHALID",
    "OMAR",
    "UMAR",
    "SAID",
    "SAEED",
    "REZA",
    "HAMID",
    "KARIM",
    "JAMAL",
    "SALEH",
    "SALIH",
    "HAMAD",
    "ABU",
    "ISMAIL",
    "YOUSEF",
    "NASSER",
    "NASIR",
    "MAJID",
    "FARAJ",
    "AMIR",
    "HASAN",
    "HUSAYN",
    "MOHAMED",
    "HAJI",
    "FAISAL",
    "ABBAS",
    "JAFAR",
    "MAHDI",
    "MEHDI",
    "MOJTABA",
    "JAVAD",
    "AKBAR",
    "ASGHAR",
    "RAHMAN",
    "SALMAN",
    "SULAYMAN",
    "SULEIMAN",
    "ADNAN",
    "TARIQ",
    "ZAKARIA",
    "YASIN",
    "ANWAR",
    "HAMZA",
    "BILAL",
    "KHALIL",
    "MUNIR",
    "NUR",
    "AZIZ",
    "QASIM",
    "QASEM",
}


def is_arabic_persian(e: Entry, name: str) -> bool:
    if e.kind != "person":
        return False
    w = {x.upper().strip(",") for x in re.split(r"[\s-]+", name)}
    return len(w & ARABIC_GIVEN) >= 1 or bool(re.search(r"\b(AL|EL|ABU|ABD|BIN)[- ]", name, re.I))


RUSSIAN_END = re.compile(
    r"(OVICH|EVICH|OVNA|EVNA|OV|EV|IN|INA|OVA|EVA|SKY|SKIY|SKII|SKIY|"
    r"ENKO|CHUK|UK|YUK|YAN|SKAYA|ICH)$",
    re.I,
)


def is_russian(e: Entry, name: str) -> bool:
    if e.kind != "person" or not name.isascii():
        return False
    g, f = split_person(name)
    if not f or not g or is_arabic_persian(e, name):
        return False
    patronymic = bool(re.search(r"(OVICH|EVICH|OVNA|EVNA|ICHNA|YICH|ICH)$", g[-1].upper()))
    return bool(RUSSIAN_END.search(f[-1])) and (
        patronymic or g[0].upper() in NICK or g[0].upper() in TRANSLIT
    )


RUSSIAN_SWAP = [
    ("E", "I"),
    ("I", "E"),
    ("A", "O"),
    ("O", "A"),
    ("Y", "I"),
    ("I", "Y"),
    ("EI", "EY"),
    ("K", "C"),
    ("V", "W"),
    ("SH", "S"),
    ("EV", "YEV"),
]

ROMANISATION = [
    ("ZH", ["J", "Z", "ZH"]),
    ("KH", ["H", "CH", "X"]),
    ("YU", ["IU", "JU", "U"]),
    ("YA", ["IA", "JA"]),
    ("YE", ["E", "IE", "JE"]),
    ("IY", ["YY", "II", "I", "Y"]),
    ("YY", ["IY", "Y"]),
    ("SHCH", ["SCH", "SHTCH", "SC"]),
    ("TS", ["C", "TZ"]),
    ("CH", ["TCH", "TSCH", "C"]),
    ("EI", ["EY", "EJ"]),
    ("EY", ["EI", "EJ"]),
    ("AI", ["AY", "AJ"]),
    ("AY", ["AI", "AJ"]),
    ("YO", ["E", "IO", "JO"]),
    ("IE", ["YE", "JE"]),
    ("SH", ["SCH", "S"]),
    ("V", ["W", "FF"]),
    ("OV", ["OFF", "OW"]),
    ("EV", ["EFF", "EW"]),
    ("X", ["KS"]),
    ("IA", ["YA", "JA"]),
    ("IU", ["YU", "JU"]),
    ("II", ["IY", "Y"]),
]


def tx_romanisation(name: str, rng: random.Random, e: Entry) -> str | None:
    up = name.upper()
    opts = [(a, bs) for a, bs in ROMANISATION if a in up]
    if not opts:
        return None
    a, bs = rng.choice(opts)
    pos = [m.start() for m in re.finditer(a, up)]
    p = rng.choice(pos)
    b = rng.choice(bs)
    seg = name[p : p + len(a)]
    b = b if seg.isupper() else (b.capitalize() if seg[:1].isupper() else b.lower())
    return name[:p] + b + name[p + len(a) :]


CYR = [
    ("IYE", "ЬЕ"),
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
    ("IY", "ИЙ"),
    ("YY", "ЫЙ"),
    ("A", "А"),
    ("B", "Б"),
    ("V", "В"),
    ("G", "Г"),
    ("D", "Д"),
    ("E", "Е"),
    ("Z", "З"),
    ("I", "И"),
    ("Y", "Й"),
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
    ("'", "Ь"),
    ("W", "В"),
    ("C", "К"),
    ("H", "Х"),
    ("J", "Й"),
    ("X", "КС"),
    ("Q", "К"),
]


def tx_cyrillic(name: str, rng: random.Random, e: Entry) -> str | None:
    g, f = split_person(name)
    src = " ".join(f + g) if rng.random() < 0.5 else " ".join(g + f)
    up = src.upper()
    out, i = [], 0
    while i < len(up):
        for a, b in CYR:
            if up.startswith(a, i):
                out.append(b)
                i += len(a)
                break
        else:
            out.append(up[i])
            i += 1
    s = "".join(out)
    s = re.sub(r"(?<=[БВГДЖЗКЛМНПРСТФХЦЧШЩ])Й(?=[БВГДЖЗКЛМНПРСТФХЦЧШЩ])", "Ы", s)
    s = re.sub(r"ЫЙ\b", "ИЙ", s)
    return " ".join(w.capitalize() for w in s.split())


PINYIN = set(
    [
        "a",
        "ai",
        "an",
        "ang",
        "ao",
        "ba",
        "bai",
        "ban",
        "bang",
        "bao",
        "bei",
        "ben",
        "beng",
        "bi",
        "bian",
        "biao",
        "bie",
        "bin",
        "bing",
        "bo",
        "bu",
        "ca",
        "cai",
        "can",
        "cang",
        "cao",
        "ce",
        "cen",
        "ceng",
        "cha",
        "chai",
        "chan",
        "chang",
        "chao",
        "che",
        "chen",
        "cheng",
        "chi",
        "chong",
        "chou",
        "chu",
        "chuan",
        "chuang",
        "chui",
        "chun",
        "chuo",
        "ci",
        "cong",
        "cou",
        "cu",
        "cuan",
        "cui",
        "cun",
        "cuo",
        "da",
        "dai",
        "dan",
        "dang",
        "dao",
        "de",
        "deng",
        "di",
        "dian",
        "diao",
        "die",
        "ding",
        "diu",
        "dong",
        "dou",
        "du",
        "duan",
        "dui",
        "dun",
        "duo",
        "e",
        "en",
        "er",
        "fa",
        "fan",
        "fang",
        "fei",
        "fen",
        "feng",
        "fo",
        "fou",
        "fu",
        "ga",
        "gai",
        "gan",
        "gang",
        "gao",
        "ge",
        "gei",
        "gen",
        "geng",
        "gong",
        "gou",
        "gu",
        "gua",
        "guai",
        "guan",
        "guang",
        "gui",
        "gun",
        "guo",
        "ha",
        "hai",
        "han",
        "hang",
        "hao",
        "he",
        "hei",
        "hen",
        "heng",
        "hong",
        "hou",
        "hu",
        "hua",
        "huai",
        "huan",
        "huang",
        "hui",
        "hun",
        "huo",
        "ji",
        "jia",
        "jian",
        "jiang",
        "jiao",
        "jie",
        "jin",
        "jing",
        "jiong",
        "jiu",
        "ju",
        "juan",
        "jue",
        "jun",
        "ka",
        "kai",
        "kan",
        "kang",
        "kao",
        "ke",
        "ken",
        "keng",
        "kong",
        "kou",
        "ku",
        "kua",
        "kuai",
        "kuan",
        "kuang",
        "kui",
        "kun",
        "kuo",
        "la",
        "lai",
        "lan",
        "lang",
        "lao",
        "le",
        "lei",
        "leng",
        "li",
        "lia",
        "lian",
        "liang",
        "liao",
        "lie",
        "lin",
        "ling",
        "liu",
        "long",
        "lou",
        "lu",
        "luan",
        "lun",
        "luo",
        "lv",
        "lu",
        "ma",
        "mai",
        "man",
        "mang",
        "mao",
        "mei",
        "men",
        "meng",
        "mi",
        "mian",
        "miao",
        "mie",
        "min",
        "ming",
        "miu",
        "mo",
        "mou",
        "mu",
        "na",
        "nai",
        "nan",
        "nang",
        "nao",
        "ne",
        "nei",
        "nen",
        "neng",
        "ni",
        "nian",
        "niang",
        "niao",
        "nie",
        "nin",
        "ning",
        "niu",
        "nong",
        "nu",
        "nuan",
        "nuo",
        "ou",
        "pa",
        "pai",
        "pan",
        "pang",
        "pao",
        "pei",
        "pen",
        "peng",
        "pi",
        "pian",
        "piao",
        "pie",
        "pin",
        "ping",
        "po",
        "pou",
        "pu",
        "qi",
        "qia",
        "qian",
        "qiang",
        "qiao",
        "qie",
        "qin",
        "qing",
        "qiong",
        "qiu",
        "qu",
        "quan",
        "que",
        "qun",
        "ran",
        "rang",
        "rao",
        "re",
        "ren",
        "reng",
        "ri",
        "rong",
        "rou",
        "ru",
        "ruan",
        "rui",
        "run",
        "ruo",
        "sa",
        "sai",
        "san",
        "sang",
        "sao",
        "se",
        "sen",
        "seng",
        "sha",
        "shai",
        "shan",
        "shang",
        "shao",
        "she",
        "shen",
        "sheng",
        "shi",
        "shou",
        "shu",
        "shua",
        "shuai",
        "shuan",
        "shuang",
        "shui",
        "shun",
        "shuo",
        "si",
        "song",
        "sou",
        "su",
        "suan",
        "sui",
        "sun",
        "suo",
        "ta",
        "tai",
        "tan",
        "tang",
        "tao",
        "te",
        "teng",
        "ti",
        "tian",
        "tiao",
        "tie",
        "ting",
        "tong",
        "tou",
        "tu",
        "tuan",
        "tui",
        "tun",
        "tuo",
        "wa",
        "wai",
        "wan",
        "wang",
        "wei",
        "wen",
        "weng",
        "wo",
        "wu",
        "xi",
        "xia",
        "xian",
        "xiang",
        "xiao",
        "xie",
        "xin",
        "xing",
        "xiong",
        "xiu",
        "xu",
        "xuan",
        "xue",
        "xun",
        "ya",
        "yan",
        "yang",
        "yao",
        "ye",
        "yi",
        "yin",
        "ying",
        "yo",
        "yong",
        "you",
        "yu",
        "yuan",
        "yue",
        "yun",
        "za",
        "zai",
        "zan",
        "zang",
        "zao",
        "ze",
        "zei",
        "zen",
        "zeng",
        "zha",
        "zhai",
        "zhan",
        "zhang",
        "zhao",
        "zhe",
        "zhen",
        "zheng",
        "zhi",
        "zhong",
        "zhou",
        "zhu",
        "zhua",
        "zhuai",
        "zhuan",
        "zhuang",
        "zhui",
        "zhun",
        "zhuo",
        "zi",
        "zong",
        "zou",
        "zu",
        "zuan",
        "zui",
        "zun",
        "zuo",
    ]
)
CHINESE_FAMILY = {
    "WANG",
    "LI",
    "ZHANG",
    "LIU",
    "CHEN",
    "YANG",
    "HUANG",
    "ZHAO",
    "WU",
    "ZHOU",
    "XU",
    "SUN",
    "MA",
    "ZHU",
    "HU",
    "GUO",
    "HE",
    "GAO",
    "LIN",
    "LUO",
    "ZHENG",
    "LIANG",
    "XIE",
    "SONG",
    "TANG",
    "HAN",
    "FENG",
    "DENG",
    "CAO",
    "PENG",
    "ZENG",
    "XIAO",
    "TIAN",
    "DONG",
    "YUAN",
    "PAN",
    "YU",
    "JIANG",
    "CAI",
    "YE",
    "DU",
    "WEI",
    "SU",
    "LU",
    "DING",
    "REN",
    "SHEN",
    "YAO",
    "JIN",
    "QIU",
    "FANG",
    "SHI",
    "QIAN",
    "DAI",
    "XIA",
    "ZOU",
    "FU",
    "TAN",
    "JIA",
    "CUI",
    "KONG",
    "BAI",
}


EAST_ASIAN_FAMILY = KOREAN_FAMILY | CHINESE_FAMILY


def pinyin_split(w: str) -> list[str] | None:
    w = w.lower()
    if not w:
        return []
    for n in (6, 5, 4, 3, 2, 1):
        if w[:n] in PINYIN:
            rest = pinyin_split(w[n:])
            if rest is not None:
                return [w[:n], *rest]
    return None


def is_chinese(e: Entry, name: str) -> bool:
    if e.kind != "person" or not name.isascii():
        return False
    g, f = split_person(name)
    if not f or f[0].upper() not in CHINESE_FAMILY or not g or is_korean(e, name):
        return False
    return all(pinyin_split(x.replace("-", "")) for x in g) and len(g) <= 2


WG_INIT = [
    ("zh", "ch"),
    ("ch", "ch'"),
    ("x", "hs"),
    ("q", "ch'"),
    ("z", "ts"),
    ("c", "ts'"),
    ("r", "j"),
    ("g", "k"),
    ("d", "t"),
    ("b", "p"),
    ("j", "ch"),
    ("k", "k'"),
    ("t", "t'"),
    ("p", "p'"),
]
CANTONESE = {
    "ZHANG": "CHEUNG",
    "WANG": "WONG",
    "LI": "LEE",
    "CHEN": "CHAN",
    "HUANG": "WONG",
    "ZHOU": "CHOW",
    "WU": "NG",
    "LIN": "LAM",
    "LIU": "LAU",
    "YANG": "YEUNG",
    "ZHENG": "CHENG",
    "HE": "HO",
    "GUO": "KWOK",
    "XU": "HUI",
    "LIANG": "LEUNG",
    "SUN": "SUEN",
    "HU": "WU",
    "GAO": "KO",
    "LUO": "LAW",
    "YE": "YIP",
    "CAI": "CHOI",
    "DENG": "TANG",
    "TANG": "TONG",
    "FENG": "FUNG",
    "XIE": "TSE",
    "SONG": "SUNG",
    "ZHAO": "CHIU",
    "ZHU": "CHU",
    "MA": "MA",
    "DENG ": "TANG",
    "YU": "YU",
    "JIANG": "KEUNG",
    "CAO": "CHO",
    "PENG": "PANG",
    "ZENG": "TSANG",
    "XIAO": "SIU",
    "TIAN": "TIN",
    "PAN": "POON",
    "SU": "SO",
    "LU": "LO",
    "DING": "TING",
    "JIN": "KAM",
    "FANG": "FONG",
    "SHI": "SZE",
    "TAN": "TAM",
    "CUI": "TSUI",
    "KONG": "HUNG",
    "BAI": "PAK",
    "HAN": "HON",
}


def wade_giles_syl(s: str) -> str:
    if s.startswith("zhi"):
        return "chih" + s[3:]
    if s in ("zi", "ci", "si"):
        return {"zi": "tzu", "ci": "tz'u", "si": "ssu"}[s]
    for a, b in WG_INIT:
        if s.startswith(a):
            s = b + s[len(a) :]
            break
    s = s.replace("ong", "ung").replace("ian", "ien")
    if s.endswith("e") and len(s) > 1 and s[-2] not in "iu":
        s = s[:-1] + "o" if s[:-1] in ("k", "k'", "h") else s
    return s


def tx_chinese(name: str, rng: random.Random, e: Entry) -> str | None:
    g, f = split_person(name)
    fam = f[0].upper()
    syls = pinyin_split("".join(g).replace("-", "")) or []
    if rng.random() < 0.5 and fam in CANTONESE:
        nf = CANTONESE[fam]
        ng = " ".join(x.capitalize() for x in syls)
        out = f"{nf.title()} {ng}" if rng.random() < 0.5 else f"{ng} {nf.title()}"
    else:
        nf = "".join(wade_giles_syl(x) for x in pinyin_split(fam) or [fam.lower()])
        ng = "-".join(wade_giles_syl(x) for x in syls)
        out = f"{nf.capitalize()} {ng.capitalize()}"
    return out.upper() if name.isupper() or "," in name and name.split(",")[0].isupper() else out


def tx_hyphen_space(name: str, rng: random.Random, e: Entry) -> str | None:
    if "-" in name:
        i = rng.choice([m.start() for m in re.finditer("-", name)])
        return name[:i] + rng.choice([" ", ""]) + name[i + 1 :]
    g, f = split_person(name)
    short = [i for i in range(len(g) - 1) if len(g[i]) <= 5 and len(g[i + 1]) <= 5]
    if not short:
        return None
    i = rng.choice(short)
    joiner = rng.choice(["-", ""])
    ng = (
        g[:i]
        + [g[i] + joiner + g[i + 1].lower() if joiner == "" else g[i] + "-" + g[i + 1]]
        + g[i + 2 :]
    )
    return " ".join(f) + ", " + " ".join(ng) if "," in name else " ".join(ng + f)


# ---- person-structure variants


PARTICLES = {
    "ABD",
    "ABU",
    "ABDUL",
    "ABDEL",
    "AL",
    "EL",
    "BIN",
    "BINT",
    "IBN",
    "UMM",
    "SHAYKH",
    "SHEIKH",
    "SHAIKH",
    "BEN",
    "U",
    "DAW",
    "MAULAWI",
    "MAWLAWI",
    "MAULVI",
    "HAJI",
    "HAJJI",
    "MULLAH",
    "QARI",
    "MUFTI",
    "SAYYID",
    "SAYYED",
    "SEYED",
    "SEYYED",
    "SAYED",
    "ABO",
    "ABOU",
    "UD",
    "UL",
    "UR",
    "DIN",
    "AD",
    "ALLAH",
    "COMMANDANT",
    "GENERAL",
    "COLONEL",
    "DR",
    "MR",
    "DE",
    "DEL",
    "VAN",
    "VON",
    "DA",
    "DOS",
}


def person_ok(name: str) -> bool:
    g, f = split_person(name)
    if not g or not f or re.search(r"[\d;]", name):
        return False
    words = [x.upper().strip(".,'") for x in g + f]
    parts = {p.upper() for x in g + f for p in re.split(r"[-']", x)}
    return not (set(words) & PARTICLES) and not (
        parts & {"AL", "ABD", "ABU", "BIN", "DIN"} and "," not in name
    )


def tx_family_first(name: str, rng: random.Random, e: Entry) -> str | None:
    g, f = split_person(name)
    if not g:
        return None
    if "," in name:
        return " ".join(f + g)  # family first without comma: "HANIYA Ismail"
    return " ".join(f + g) if len(g) >= 1 else None


def tx_comma_form(name: str, rng: random.Random, e: Entry) -> str | None:
    if "," in name:
        return None
    g, f = split_person(name)
    if not g:
        return None
    return f"{' '.join(f).upper()}, {' '.join(x.capitalize() for x in g)}"


def tx_initials(name: str, rng: random.Random, e: Entry) -> str | None:
    g, f = split_person(name)
    if len(g) < 2 or all(len(x.strip(".")) <= 1 for x in g[1:]) or "-" in "".join(g[1:]):
        return None
    dot = rng.choice([".", ""])
    ng = [g[0]] + [x[0] + dot for x in g[1:]]
    return " ".join(ng + f)


def tx_first_initial(name: str, rng: random.Random, e: Entry) -> str | None:
    g, f = split_person(name)
    if len(g) < 2 or len(g[0]) < 3 or g[1][:3].lower() in ("al-", "ud-", "ur-", "bin", "ibn"):
        return None
    return " ".join([g[0][0] + rng.choice([".", ""])] + g[1:] + f)


def tx_middle_dropped(name: str, rng: random.Random, e: Entry) -> str | None:
    g, f = split_person(name)
    if len(g) < 2 or len(g[0]) < 3 or ("," not in name and len(g) + len(f) < 3):
        return None
    return " ".join([g[0]] + f) if rng.random() < 0.7 else f"{' '.join(f)}, {g[0]}"


TITLES = [
    "Mr",
    "Mr.",
    "Dr",
    "Dr.",
    "Sheikh",
    "Shaikh",
    "Haji",
    "Hajji",
    "General",
    "Gen.",
    "Colonel",
    "Mullah",
    "Maulvi",
    "Sayyid",
    "Prof.",
    "Eng.",
    "Mrs",
    "Ms",
    "Sir",
    "H.E.",
    "Brigadier",
    "Ayatollah",
    "Hojatoleslam",
    "Gospodin",
    "Don",
    "Imam",
]


def tx_title(name: str, rng: random.Random, e: Entry) -> str | None:
    return f"{rng.choice(TITLES)} {given_first(name)}"


NICK = {
    "ALEKSANDR": ["ALEXANDER", "SASHA", "ALEX"],
    "ALEXANDER": ["ALEX", "SASHA"],
    "MIKHAIL": ["MICHAEL", "MISHA"],
    "DMITRY": ["DIMA", "DMITRI"],
    "DMITRIY": ["DIMA"],
    "VLADIMIR": ["VOVA", "VOLODYA"],
    "SERGEI": ["SERGEY", "SERGE", "SERYOZHA"],
    "SERGEY": ["SERGE"],
    "IVAN": ["JOHN", "VANYA"],
    "PYOTR": ["PETER"],
    "PETR": ["PETER"],
    "NIKOLAI": ["NICHOLAS", "KOLYA"],
    "NIKOLAY": ["NICHOLAS"],
    "ANDREI": ["ANDREW"],
    "ANDREY": ["ANDREW"],
    "YEVGENIY": ["EUGENE", "ZHENYA"],
    "EVGENY": ["EUGENE"],
    "ALEKSEI": ["ALEXEI", "ALYOSHA"],
    "ALEKSEY": ["ALEXEY"],
    "GEORGIY": ["GEORGE"],
    "PAVEL": ["PAUL", "PASHA"],
    "GRIGORY": ["GREGORY"],
    "YURIY": ["YURI", "GEORGE"],
    "YURI": ["GEORGE"],
    "KONSTANTIN": ["KOSTYA"],
    "YOSIF": ["JOSEPH"],
    "OSIP": ["JOSEPH"],
    "JOSE": ["JOE", "PEPE"],
    "FRANCISCO": ["PACO", "FRANK", "PANCHO"],
    "ANTONIO": ["TONY"],
    "ROBERTO": ["ROBERT", "BETO"],
    "ALBERTO": ["BETO", "ALBERT"],
    "ALEJANDRO": ["ALEX"],
    "GUILLERMO": ["WILLIAM", "MEMO"],
    "ENRIQUE": ["HENRY", "KIKE"],
    "JUAN": ["JOHN"],
    "MANUEL": ["MANOLO"],
    "RAFAEL": ["RAFA"],
    "IGNACIO": ["NACHO"],
    "JESUS": ["CHUY"],
    "EDUARDO": ["EDDIE", "LALO"],
    "RICARDO": ["RICHARD", "RICKY"],
    "CARLOS": ["CHARLES"],
    "YUSUF": ["JOSEPH", "YOUSSEF"],
    "IBRAHIM": ["ABRAHAM"],
    "MUSA": ["MOSES"],
    "SULAYMAN": ["SOLOMON"],
    "SULEIMAN": ["SOLOMON"],
    "YAQUB": ["JACOB"],
    "DAWUD": ["DAVID"],
    "DAVOUD": ["DAVID"],
    "ISHAQ": ["ISAAC"],
    "MOHAMMED": ["MO", "MOHD"],
    "MUHAMMAD": ["MOHD", "MD"],
    "MOHAMMAD": ["MOHD", "MD"],
    "ABDULLAH": ["ABDALLA"],
    "WILLIAM": ["BILL", "WILL"],
    "ROBERT": ["BOB", "ROB"],
    "RICHARD": ["DICK", "RICK"],
    "JAMES": ["JIM", "JIMMY"],
    "MICHAEL": ["MIKE"],
    "THOMAS": ["TOM"],
    "JOSEPH": ["JOE"],
    "EDWARD": ["ED", "TED"],
    "ANTHONY": ["TONY"],
    "DANIEL": ["DAN"],
    "CHRISTOPHER": ["CHRIS"],
    "VIKTOR": ["VICTOR"],
    "ARTEM": ["ARTYOM"],
    "ANATOLIY": ["TOLYA"],
    "BORIS": ["BORYA"],
    "OLEG": ["OLEZHKA"],
    "TATIANA": ["TANYA"],
    "YELENA": ["HELEN", "LENA"],
    "ELENA": ["HELEN", "LENA"],
    "NATALIA": ["NATASHA"],
    "EKATERINA": ["KATYA", "CATHERINE"],
    "MARIA": ["MARY"],
    "OLGA": ["OLYA"],
    "IRINA": ["IRA"],
    "ANNA": ["ANYA"],
}


def tx_nickname(name: str, rng: random.Random, e: Entry) -> str | None:
    g, f = split_person(name)
    idx = [i for i, x in enumerate(g[:1]) if x.upper() in NICK]
    if not idx:
        return None
    i = idx[0]
    new = rng.choice(NICK[g[i].upper()])
    g = g[:i] + [new if g[i].isupper() else new.title()] + g[i + 1 :]
    return " ".join(f) + ", " + " ".join(g) if "," in name else " ".join(g + f)


TRANSLIT = {
    "MOHAMMED": ["MUHAMMAD", "MOHAMAD", "MOHAMED", "MUHAMED"],
    "MOHAMMAD": ["MUHAMMAD", "MOHAMED", "MOHAMMED"],
    "MUHAMMAD": ["MOHAMMED", "MOHAMAD", "MUHAMMED"],
    "MOHAMED": ["MOHAMMED", "MUHAMMAD"],
    "HUSSEIN": ["HUSAIN", "HOSSEIN", "HUSAYN", "HUSSAIN"],
    "HOSSEIN": ["HUSSEIN", "HOSEIN", "HUSAYN"],
    "HUSAYN": ["HUSSEIN", "HUSAIN"],
    "ABDUL": ["ABDEL", "ABDOL", "ABDOUL"],
    "AHMED": ["AHMAD", "AHMET"],
    "AHMAD": ["AHMED", "AHMET"],
    "YUSUF": ["YOUSEF", "YOUSSEF", "YUSOF"],
    "OSAMA": ["USAMA", "USAMAH"],
    "USAMA": ["OSAMA"],
    "QASIM": ["KASSEM", "GHASEM", "QASEM"],
    "QASEM": ["GHASEM", "QASIM", "KASEM"],
    "JAFAR": ["JA'FAR", "JAAFAR", "DJAFAR"],
    "OMAR": ["UMAR", "OMER"],
    "UMAR": ["OMAR"],
    "KHALID": ["KHALED"],
    "KHALED": ["KHALID"],
    "SAID": ["SAEED", "SAYED"],
    "SAEED": ["SAID", "SAIID"],
    "MAHMOUD": ["MAHMUD", "MAHMOOD"],
    "MAHMUD": ["MAHMOUD"],
    "MUSTAFA": ["MOSTAFA", "MUSTAPHA"],
    "MOSTAFA": ["MUSTAFA"],
    "ABDULLAH": ["ABDALLAH", "ABDOLLAH", "ABDULA"],
    "ABDOLLAH": ["ABDULLAH", "ABDOLAH"],
    "YOUSEF": ["YUSUF", "YUSIF"],
    "SALEH": ["SALIH", "SALAH"],
    "SALIH": ["SALEH"],
    "HASAN": ["HASSAN", "HASSANE"],
    "HASSAN": ["HASAN", "HASSANE"],
    "ALI": ["ALY", "ALEE"],
    "MAJID": ["MADJID", "MAJEED"],
    "HAMID": ["HAMEED"],
    "NASSER": ["NASIR", "NASER"],
    "NASIR": ["NASSER", "NASEER"],
    "FAISAL": ["FAYSAL", "FEISAL"],
    "SULEIMAN": ["SULAYMAN", "SOLEIMAN"],
    "SULAYMAN": ["SULEIMAN", "SOLEYMAN"],
    "ABBAS": ["ABAS"],
    "MEHDI": ["MAHDI"],
    "MAHDI": ["MEHDI"],
    "REZA": ["RIZA", "REDA"],
    "JAVAD": ["JAWAD"],
    "AKBAR": ["AKBER"],
    "ZAKARIA": ["ZAKARIYA", "ZAKARIYYA"],
    "TARIQ": ["TAREK", "TARIK"],
    "ANWAR": ["ANOUAR", "ANVAR"],
    "HAMZA": ["HAMZAH"],
    "IBRAHIM": ["EBRAHIM", "IBRAGIM"],
    "EBRAHIM": ["IBRAHIM"],
    "ISMAIL": ["ISMAEL", "ESMAIL", "ISMOIL"],
    "ESMAIL": ["ISMAIL"],
    "YEVGENIY": ["EVGENY", "YEVGENY"],
    "SERGEI": ["SERGEY", "SERGIY"],
    "SERGEY": ["SERGEI"],
    "ALEKSANDR": ["ALEXANDR", "OLEKSANDR"],
    "DMITRIY": ["DMITRY", "DMITRI"],
    "YURIY": ["YURI", "IURII"],
    "ANDREY": ["ANDREI", "ANDRIY"],
    "ANDREI": ["ANDREY"],
    "ALEKSEY": ["ALEXEI", "OLEKSIY"],
    "NIKOLAY": ["NIKOLAI", "MYKOLA"],
    "VIKTOR": ["VICTOR"],
    "MIKHAIL": ["MYKHAILO", "MICHAIL"],
    "VLADIMIR": ["VOLODYMYR", "WLADIMIR"],
    "KIM": ["GIM"],
    "CHOE": ["CHOI", "CH'OE"],
    "PAK": ["PARK", "BAK"],
    "RI": ["LEE", "YI"],
    "JONG": ["CHONG", "JEONG"],
    "CHOL": ["CHEOL"],
    "SONG": ["SEONG"],
    "YONG": ["YEONG", "RYONG"],
    "MUHAMMED": ["MUHAMMAD"],
    "ABU": ["ABOU"],
    "BAKR": ["BAKER", "BAKAR"],
}


def tx_translit(name: str, rng: random.Random, e: Entry) -> str | None:
    return words_re(TRANSLIT, name, rng)


def tx_second_surname_dropped(name: str, rng: random.Random, e: Entry) -> str | None:
    g, f = split_person(name)
    if len(f) != 2 or not g or "," not in name:
        return None
    return f"{f[0]}, {' '.join(g)}" if rng.random() < 0.7 else f"{' '.join(g)} {f[0]}"


def tx_second_surname_hyphen(name: str, rng: random.Random, e: Entry) -> str | None:
    g, f = split_person(name)
    if len(f) != 2 or not g or "," not in name:
        return None
    return f"{f[0]}-{f[1]}, {' '.join(g)}" if rng.random() < 0.6 else f"{' '.join(g)} {f[0]}-{f[1]}"


def tx_case_punct(name: str, rng: random.Random, e: Entry) -> str | None:
    s = re.sub(r"[^\w\s]", "", name)
    s = rng.choice([s.lower(), s.title(), s.upper()])
    return " ".join(s.split())


def tx_original_script(name: str, rng: random.Random, e: Entry) -> str | None:
    if not e.scripts:
        return None
    s = e.scripts[0]
    w = s.split()
    if len(w) >= 3 and w[-1].startswith("ال") and w[-2] != "عبد" and rng.random() < 0.4:
        return " ".join(w[:-1])  # last (tribal/nisba "al-...") part left off
    return s


GENERIC_TX: list[Tx] = [
    tx_adjacent_key,
    tx_ocr,
    tx_glued,
    tx_split,
    tx_doubled,
    tx_payment,
    tx_diacritics_added,
    tx_case_punct,
]
PERSON_TX: list[Tx] = [tx_family_first, tx_middle_dropped, tx_translit, tx_title, tx_initials]
ORG_TX: list[Tx] = [
    tx_legal_misspelt,
    tx_legal_spaced,
    tx_legal_dropped,
    tx_generic_abbrev,
    tx_place_branch,
    tx_generic_translated,
    tx_legal_translated,
]


def combo(n: int) -> Tx:
    def tx(name: str, rng: random.Random, e: Entry) -> str | None:
        firsts = PERSON_TX if e.kind == "person" else ORG_TX
        cur: str | None = rng.choice(firsts)(name, rng, e)
        steps = 1
        tries = 0
        while cur is not None and steps < n and tries < 6:
            tries += 1
            nxt = rng.choice(GENERIC_TX[:5] if steps < n - 1 else GENERIC_TX)(cur, rng, e)
            if nxt is not None and nxt != cur:
                cur, steps = nxt, steps + 1
        return cur if steps == n else None

    return tx


# ---------------------------------------------------------------- innocent names
# Every given name, family name, company stem and trading name below is written by hand; the
# generator pairs them (seeded) into full names. Traditions: "given names | family names".

PERSON_POOLS: dict[str, tuple[str, str]] = {
    "arabic": (
        "Mohammed Ahmed Ali Omar Khalid Youssef Ibrahim Hassan Tariq Samir Nabil Karim Walid "
        "Fadi Rami Ziad Bassam Hisham Marwan Adel Nour Layla Fatima Aisha Mariam Rania Huda "
        "Salma Dina Yasmin Hala Amal Reem Lina Majed Faris Sultan Nasser Hamad Abdullah Saeed",
        "Haddad Khoury Nassar Mansour Saleh Qureshi Farouk Bakr Shami Halabi Masri Tamimi "
        "Zahran Barakat Jaber Hamdan Darwish Sabbagh Kattan Harb Fakhoury Azzam Hijazi Nasrallah "
        "Obeidat Shahin Abdelaziz Rifai Sarraf Attar Najjar Dabbagh Ghanem Karam Sayegh Bitar",
    ),
    "persian": (
        "Reza Ali Mehdi Amir Arash Babak Dariush Farhad Kaveh Omid Parviz Saeed Hamid Navid "
        "Kourosh Behrouz Shirin Maryam Nasrin Parisa Leila Azadeh Roya Mina Niloufar Sara "
        "Farzaneh Golnar Hossein Majid Pouya Siavash Ramin Kamran Bijan",
        "Ahmadi Hosseini Rezaei Moradi Karimi Rahimi Jafari Mohammadi Sadeghi Heidari Ghorbani "
        "Tehrani Shirazi Esfahani Najafi Kazemi Farahani Bagheri Nouri Amini Sharifi Tavakoli "
        "Mirzaei Kamali Zand Daneshvar Golzar Parsa Rostami Yazdani Mahdavi Ebrahimi Vahidi",
    ),
    "russian": (
        "Aleksandr Dmitry Sergei Andrei Alexei Mikhail Ivan Nikolai Pavel Vladimir Yuri Igor "
        "Oleg Maxim Artem Roman Kirill Denis Anton Evgeny Olga Natalia Elena Tatiana Irina "
        "Svetlana Anna Maria Ekaterina Yulia Anastasia Daria Ksenia Galina Lyudmila Vera",
        "Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov "
        "Morozov Volkov Alekseev Lebedev Semenov Egorov Pavlov Kozlov Stepanov Nikolaev Orlov "
        "Andreev Makarov Zakharov Zaitsev Solovyov Borisov Yakovlev Grigoriev Romanov Vorobyov "
        "Belov Komarov Kiselev Tarasov Belyaev Frolov Gusev Titov Kudryavtsev",
    ),
    "ukrainian": (
        "Oleksandr Mykola Andriy Taras Bohdan Vasyl Yaroslav Dmytro Serhiy Volodymyr Ostap "
        "Mykhailo Petro Yuriy Roman Oksana Olena Iryna Nataliya Halyna Khrystyna Solomiya "
        "Tetiana Larysa Ivanna Marta Yevheniya Svitlana",
        "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Oliynyk Melnyk Boyko Koval "
        "Lysenko Marchenko Rudenko Savchenko Petrenko Ponomarenko Moroz Kravets Hnatyuk "
        "Yurchenko Levchenko Tymoshchuk Kovalchuk Hrytsenko Fedoriv Zaporozhets Didenko",
    ),
    "chinese": (
        "Wei Fang Lei Jun Ming Hao Jie Yang Tao Qiang Yong Bin Chao Xin Hui Yan Ling Jing Xia "
        "Mei Li Na Ying Hong Lan Zhiwei Xiaoming Jianhua Guoqiang Haiyan Yufei Zihan Yiming "
        "Ruoxi Wenjie Junjie Xiaoyu Shuang Peng",
        "Wang Zhang Liu Chen Yang Huang Zhao Zhou Wu Xu Sun Zhu Gao Lin He Guo Ma Luo Liang "
        "Song Zheng Xie Han Tang Feng Yu Dong Xiao Cheng Cao Yuan Deng Fu Shen Zeng Peng Lu "
        "Su Jiang Cai Jia Ding Wei Xue Ye",
    ),
    "cantonese_hk": (
        "Ka-Ming Wing-Kei Chi-Wai Siu-Fung Kwok-Leung Man-Yee Wai-Ling Suk-Yin Pui-Shan "
        "Hoi-Yan Chun-Kit Ho-Yin Tsz-Ching Kam-Wah Yuk-Lan Mei-Ling Kenneth Raymond Winnie "
        "Gloria Edmund Alvin Cecilia Priscilla",
        "Chan Wong Cheung Lau Leung Lam Ho Tsang Yeung Chow Kwok Lai Mak Fung Tse Poon Yip "
        "Tam Siu Ng Kwan Choi Tang Hui Lo Chiu Sze",
    ),
    "korean": (
        "Min-jun Seo-yeon Ji-hoon Ha-eun Do-yoon Su-bin Jae-won Eun-ji Hyun-woo Ye-jin "
        "Sung-min Ji-young Dong-hyun Mi-kyung Young-ho Jin-woo Soo-ah Tae-yang Hye-jin "
        "Kyung-soo Seung-hoon Yoo-na",
        "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song "
        "Yoo Hong Jeon Ko Moon Yang Son Bae Baek Heo Nam",
    ),
    "japanese": (
        "Haruto Yuto Sota Ren Kaito Hiroshi Takeshi Kenji Daisuke Shota Yuki Aoi Sakura Hina "
        "Yui Mio Akiko Naoko Keiko Tomoko Ryota Kazuki Taro Emi Megumi Satoshi Makoto",
        "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida "
        "Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe "
        "Ikeda Hashimoto Ishikawa Ogawa Fujita Okada Goto Hasegawa",
    ),
    "vietnamese": (
        "Minh Anh Huy Khanh Linh Trang Thao Duc Quang Hieu Phuong Thanh Tuan Hoa Lan Hung "
        "Dung Nam Binh Long Mai Ngoc Bao Vy Quynh Thu Hai Son",
        "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh "
        "Lam Mai Trinh Cao Luong Ta",
    ),
    "hispanic": (
        "Jose Juan Luis Carlos Miguel Antonio Francisco Javier Alejandro Diego Fernando "
        "Ricardo Sergio Pablo Andres Jorge Rafael Manuel Maria Carmen Lucia Sofia Valeria "
        "Isabel Ana Gabriela Daniela Paula Elena Rocio Guadalupe Ximena Mateo Santiago Emilio",
        "Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres "
        "Flores Rivera Gomez Diaz Morales Reyes Cruz Ortiz Gutierrez Chavez Ramos Ruiz Mendoza "
        "Alvarez Castillo Jimenez Moreno Romero Herrera Medina Aguilar Vargas Castro Navarro "
        "Dominguez Ibarra Salinas Cordero Villalobos Escobedo Quintana Paredes",
    ),
    "portuguese": (
        "Joao Pedro Tiago Rafael Gustavo Lucas Bruno Thiago Rodrigo Felipe Ana Beatriz "
        "Mariana Juliana Camila Leticia Larissa Fernanda Raquel Ines Goncalo Duarte Afonso",
        "Silva Santos Oliveira Souza Pereira Costa Carvalho Almeida Ferreira Ribeiro Gomes "
        "Martins Rocha Araujo Barbosa Cardoso Teixeira Correia Nunes Mendes Pinto Moura "
        "Cavalcanti Figueiredo Monteiro Tavares Vieira Azevedo",
    ),
    "turkish": (
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Emre Burak Murat Serkan Onur Cem "
        "Kerem Yusuf Elif Zeynep Ayşe Fatma Emine Merve Büşra Selin Deniz Ebru Gül Özlem",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan "
        "Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Erdem Korkmaz Güneş Aksoy Bulut",
    ),
    "azeri_central_asian": (
        "Elvin Rashad Tural Orkhan Farid Kamran Nigar Leyla Aynur Gunel Rustam Timur Bakhtiyar "
        "Dilshod Aziz Nodira Gulnara Askar Nursultan Aigerim Daniyar Bekzod Sardor Zarina",
        "Mammadova Aliyeva Huseynli Hajiyev Ismayilov Rzayev Karimov Yusupov Rakhimov "
        "Nazarbekov Tokayev Abdullayev Sultanov Tashkentov Umarov Saidov Ergashev Nurmatov "
        "Zhakupov Suleimenov Omarov Bekov",
    ),
    "indian": (
        "Rahul Amit Priya Anjali Vikram Sanjay Rajesh Suresh Deepak Arjun Rohan Karan Neha "
        "Pooja Sneha Kavita Sunita Ravi Anil Vijay Arun Lakshmi Meera Divya Aditya Ishaan "
        "Nikhil Harish Venkatesh Srinivas Gurpreet Harpreet Manpreet",
        "Sharma Verma Gupta Patel Shah Mehta Iyer Nair Reddy Rao Menon Pillai Joshi Kulkarni "
        "Desai Chopra Kapoor Malhotra Bhatia Agarwal Banerjee Chatterjee Mukherjee Das Bose "
        "Singh Kaur Gill Sandhu Krishnan Subramanian Chaudhary Yadav Mishra Pandey",
    ),
    "pakistani_bangladeshi": (
        "Imran Asif Bilal Usman Hamza Faisal Kashif Naveed Adnan Saad Ayesha Sana Hina Mehwish "
        "Nadia Rukhsana Shahid Tahir Zubair Waqar Rafiq Jamil Shafiq Tanvir Rashed Sabbir "
        "Nusrat Farhana",
        "Khan Malik Chaudhry Butt Sheikh Awan Qureshi Siddiqui Mirza Baig Rana Abbasi Jatoi "
        "Bhutto Niazi Durrani Afridi Yousafzai Rehman Hossain Chowdhury Ahmed Islam Uddin "
        "Talukder Sarkar Miah",
    ),
    "african": (
        "Kwame Kofi Ama Akosua Chinedu Ngozi Oluwaseun Adebayo Funmilayo Emeka Chidi Amara "
        "Tendai Tatenda Thabo Sipho Lerato Nomvula Wanjiru Wambui Kipchoge Juma Amina Halima "
        "Abdoulaye Moussa Fatou Aminata Mamadou Ousmane Yaw Efua Desta Abebe Tigist",
        "Mensah Owusu Boateng Asante Okafor Okonkwo Adeyemi Balogun Ogunleye Eze Nwosu "
        "Mwangi Kamau Otieno Ochieng Njoroge Dlamini Nkosi Ndlovu Mokoena Moyo Banda Phiri "
        "Diallo Traore Keita Coulibaly Sow Ndiaye Diop Tesfaye Bekele Haile Abubakar",
    ),
    "european": (
        "John Michael David James Robert William Thomas Richard Peter Paul Mark Andrew "
        "Stephen Daniel Emma Olivia Charlotte Sophie Hannah Laura Sarah Claire Anne Marie "
        "Hans Jürgen Klaus Stefan Lukas Jan Pieter Lars Erik Sven Ingrid Astrid Pierre "
        "Jacques Luc Camille Giulia Marco Luca Francesca Piotr Krzysztof Agnieszka Tomasz",
        "Smith Jones Williams Brown Taylor Davies Evans Wilson Thomas Roberts Walker Wright "
        "Thompson White Hughes Green Hall Wood Clarke Müller Schmidt Schneider Fischer Weber "
        "Meyer Wagner Becker Hoffmann Jansen de Vries van Dijk Bakker Visser Andersson "
        "Johansson Nilsson Larsen Hansen Dubois Lefebvre Moreau Laurent Rossi Russo Bianchi "
        "Romano Colombo Kowalski Nowak Wiśniewski Wójcik Novák Horváth Nagy Papadopoulos",
    ),
    "hebrew": (
        "Avi Yossi Moshe David Eitan Noam Itai Yael Noa Tamar Shira Michal Ariel Omer Ronit "
        "Dana Uri Gil",
        "Cohen Levi Mizrahi Peretz Biton Dahan Avraham Friedman Azoulay Katz Shapiro "
        "Ben-David Rosenberg Goldstein Segal Weiss",
    ),
    "south_east_asian": (
        "Siti Nur Ahmad Muhammad Aziz Farah Haziq Aiman Putri Budi Agus Dewi Sri Eko Wahyu "
        "Rizky Joko Somchai Niran Malee Kanya Arthit Pim Maria Jose Mark Jericho Kristine",
        "Abdullah Rahman Ismail Hamzah Yusof Ibrahim Santoso Wijaya Saputra Kusuma Hidayat "
        "Nugroho Setiawan Pratama Wongsakul Srisuk Chaiyaporn Rattanakorn Santos Reyes "
        "Dela Cruz Bautista Mendoza Villanueva",
    ),
}

COMPANY_STEMS = (
    "Blue Harbor|Cedar Ridge|Northwind|Silverline|Golden Gate|Redwood|Sunrise|Evergreen|"
    "Pioneer|Summit|Atlas|Orion|Meridian|Horizon|Crescent|Falcon|Phoenix|Delta|Sigma|Nova|"
    "Al Noor|Al Baraka|Al Amal|Dar Al Salam|Al Waha|Al Rawda|Al Fajr|Nakheel|Jazira|Riyadh Star|"
    "Pars Sanat|Arya Tejarat|Kish Gostar|Sepid Mehr|Baran|Tandis|Behsaz|Nik Andish|"
    "Volga|Ural|Sibir|Baltika|Neva|Zarya|Vostok|Rassvet|Severnaya Zvezda|Tekhnopark|"
    "Dnipro|Karpaty|Slavutych|Podillia|Kyivska Zirka|"
    "Huaxin|Jinlong|Hengda|Dafeng|Tianyu|Xinghe|Longteng|Ruifeng|Zhongyuan|Haitian|"
    "Hanbit|Daesung|Saehan|Mirae|Woojin|Sejong|Hankook Jeil|"
    "Sakura|Fujimoto|Yamato|Kawasaki Kogyo|Shin Nippon|Hokuto|"
    "Saigon Star|Hoang Long|Phu Thinh|Viet Tien|Minh Phat|"
    "Rio Grande|Sol Andino|La Esperanza|Monte Verde|Costa Azul|Los Pinos|San Rafael|"
    "Tres Rios|Nova Terra|Boa Vista|Ouro Verde|Porto Seguro|"
    "Anadolu|Marmara|Ege|Bosphorus|Kapadokya|Yesil Vadi|"
    "Ganga|Shree Ganesh|Sai Krishna|Bharat Udyog|Sahyadri|Deccan|Lotus|Himalaya|"
    "Indus Valley|Punjab Fields|Karachi Crescent|Lahore Gate|Dhaka Star|Padma|"
    "Kilimanjaro|Savanna|Baobab|Zambezi|Sahel|Lagos Bridge|Accra Gold|Nile Delta|Ubuntu|"
    "Hudson|Thames|Rhine|Alpine|Nordic|Baltic|Adriatic|Danube|Iberia|Atlantic|Pacific Rim|"
    "Greenfield|Brightwater|Stonebridge|Ironwood|Maple Leaf|Oakridge|Riverside|Westbrook|"
    "Clearview|Highland|Lakeside|Sandstone|Copperfield|Kingfisher|Bluebell|Harvest Moon"
)
GENERIC_WORDS = (
    "Trading|International|Industries|Technologies|Logistics|Shipping|Holdings|Group|"
    "Engineering|Construction|Textiles|Foods|Pharma|Electronics|Energy|Petroleum Services|"
    "Steel|Chemicals|Consulting|Investment|Capital|Import Export|Marine|Aviation Services|"
    "Software|Medical Supplies|Agro|Development|Manufacturing|General Trading|Freight|"
    "Bank|Insurance|Real Estate|Auto Parts|Machinery|Packaging|Plastics|Telecom|Mining"
)
LEGAL_FORMS = (
    "Ltd|LLC|Inc.|Co., Ltd.|GmbH|S.A.|S.A. de C.V.|SARL|B.V.|AG|Pte Ltd|Sdn Bhd|"
    "FZE|FZCO|OOO|AO|JSC|Ltda.|S.r.l.|S.p.A.|A.S.|Anonim Şirketi|Limited|PLC|"
    "Pvt Ltd|K.K.|Corporation|Company|LLP|TOV|d.o.o.|Sp. z o.o.|Oy|AB|A/S"
)
TRADING_NAMES = (
    "Quick Mart|Sunny Bakery|Express Courier|City Pharmacy|Golden Spoon|Fresh Basket|"
    "Star Tailors|Happy Paws|Corner Cafe|Blue Wave Travel|Prime Auto Repair|Green Leaf Organics|"
    "Royal Sweets|Silk Road Carpets|Ocean Breeze Rentals|Metro Print|Pearl Jewellers|"
    "Smart Mobile|Al Safa Grocery|Bella Casa|Casa Nostra Pizza|Tokyo Ramen House|"
    "Saigon Pho|Bombay Spice|Kiev Deli|Istanbul Kebab|Lagos Fabrics|Andes Coffee"
)
ABBREV_INNOCENT = {
    "International": "Intl",
    "Company": "Co",
    "Trading": "Trdg",
    "Industries": "Inds",
    "Corporation": "Corp",
}


MIDDLE_NAME_TRADITIONS = {
    "arabic",
    "persian",
    "hispanic",
    "portuguese",
    "european",
    "indian",
    "african",
    "pakistani_bangladeshi",
    "south_east_asian",
}


def _words(s: str) -> list[str]:
    return s.split()


INNOCENT_TARGET = 2500


def skeleton(words: tuple[str, ...]) -> str:
    """Sorted words, doubled letters single: Hassan/Hasan, Mohammed/Mohamed meet."""
    return " ".join(sorted(re.sub(r"(.)\1+", r"\1", w) for w in words))


def deletes(s: str) -> set[str]:
    return {s} | {s[:i] + s[i + 1 :] for i in range(len(s))}


class NearIndex:
    """Listed names an innocent name must not be a near-variant of (beyond the exact rule):
    same words with doubled letters single, one edit away, a listed person name with words
    left out (a dropped middle name), or containing every word of a listed name of two or more
    words (words around a listed name)."""

    def __init__(self, entries: list[Entry]) -> None:
        self.skel: set[str] = set()
        self.dels: set[str] = set()
        self.person_words: dict[str, list[frozenset[str]]] = {}
        sets: list[frozenset[str]] = []
        for e in entries:
            for n in e.names:
                w = fold_words(n)
                if len(w) < 2:
                    continue
                sk = skeleton(w)
                self.skel.add(sk)
                self.dels |= deletes(sk)
                fs = frozenset(w)
                sets.append(fs)
                if e.kind in ("person", "other"):
                    for x in sorted(fs):
                        self.person_words.setdefault(x, []).append(fs)
        freq: dict[str, int] = {}
        for fs in sets:
            for x in fs:
                freq[x] = freq.get(x, 0) + 1
        self.by_rarest: dict[str, list[frozenset[str]]] = {}
        for fs in sets:
            rarest = min(sorted(fs), key=lambda x: freq[x])
            self.by_rarest.setdefault(rarest, []).append(fs)

    def near(self, name: str) -> bool:
        w = fold_words(name)
        if len(w) < 2:
            return False
        sk = skeleton(w)
        if sk in self.skel or any(d in self.dels for d in sorted(deletes(sk))):
            return True
        ws = frozenset(w)
        rare = min(sorted(ws), key=lambda x: len(self.person_words.get(x, [])))
        if any(ws <= fs for fs in self.person_words.get(rare, [])):
            return True
        return any(fs <= ws for x in sorted(ws) for fs in self.by_rarest.get(x, []))


def innocent_rows(seed: int, listed: set[tuple[str, ...]], near: NearIndex) -> list[list[str]]:
    rng = random.Random(f"{seed}:innocent")
    rows: list[list[str]] = []
    seen: set[tuple[str, ...]] = set()
    dropped: list[str] = []

    def add(name: str, kind: str, tradition: str) -> bool:
        name = " ".join(name.split())
        k = fold_key(name)
        if not k or k in seen or k in listed:
            return False
        if near.near(name):
            dropped.append(name)
            return False
        seen.add(k)
        rows.append([name, kind, f"hand:{tradition}"])
        return True

    per_tradition = 100
    for tradition in sorted(PERSON_POOLS):
        gs, fs = (_words(x) for x in PERSON_POOLS[tradition])
        if tradition in ("hispanic", "portuguese"):
            fs = fs  # two family names are drawn below
        made, tries = 0, 0
        while made < per_tradition and tries < 5000:
            tries += 1
            g, f = rng.choice(gs), rng.choice(fs)
            if tradition == "south_east_asian" and f == "Dela":
                f = "Dela Cruz"
            if tradition == "european" and f in ("de", "van"):
                f = f + " " + rng.choice(["Vries", "Dijk", "Berg", "Leeuwen"])
            form = rng.random()
            if tradition in ("hispanic", "portuguese") and form < 0.4:
                f = f + " " + rng.choice([x for x in fs if x != f])
            if tradition in ("chinese", "korean", "vietnamese", "japanese") and form < 0.3:
                name = f"{f} {g}"  # family name first, as at home
            elif form < 0.5:
                name = f"{f.upper()}, {g}"  # KYC export form
            elif form < 0.6 and tradition in ("russian", "ukrainian"):
                pat = rng.choice([x for x in gs if not x.endswith("a")])
                suffix = "ovich" if pat[-1] not in "aeiouy" else "evich"
                name = f"{g} {pat.rstrip('aeiouy') or pat}{suffix} {f}"
            elif form < 0.7 and tradition in MIDDLE_NAME_TRADITIONS:
                name = f"{g} {rng.choice(gs)} {f}"
            elif form < 0.75:
                name = f"{g[0]}. {f}"
            else:
                name = f"{g} {f}"
            if " ".join(name.split()).count(g) > 1 and form >= 0.6:
                continue
            if add(name, "person", tradition):
                made += 1
    stems = COMPANY_STEMS.split("|")
    generics = GENERIC_WORDS.split("|")
    forms = LEGAL_FORMS.split("|")
    trades = TRADING_NAMES.split("|")
    target = INNOCENT_TARGET
    tries = 0
    while len(rows) < target and tries < 100000:
        tries += 1
        stem, gen, lf = rng.choice(stems), rng.choice(generics), rng.choice(forms)
        r = rng.random()
        if r < 0.55:
            name = f"{stem} {gen} {lf}"
        elif r < 0.65:
            name = f"{stem} {gen}"
        elif r < 0.75:
            name = f"{stem} {gen} {lf}"
            for full, ab in ABBREV_INNOCENT.items():
                name = name.replace(full, ab)
            if name == f"{stem} {gen} {lf}":
                name = f"{stem} Intl {gen} {lf}"
        elif r < 0.85:
            t = rng.choice(trades)
            name = rng.choice(
                [
                    f"{stem} {gen} {lf} t/a {t}",
                    f"{stem} {gen} {lf} d/b/a {t}",
                    f"{t} ({stem} {gen} {lf})",
                    f"{stem} {lf} (formerly {t})",
                ]
            )
        elif r < 0.92:
            name = f"{stem} & {rng.choice(stems)} {gen}"
        else:
            name = f"{stem} {gen} {lf} ({rng.choice(PLACES)} branch)"
        add(name, "organization", "company")
    print("innocent near-variants of listed names dropped:", len(dropped))
    for d in dropped:
        print("  dropped:", d)
    return rows


# ---------------------------------------------------------------- categories

Pred = Callable[[Entry, str], bool]


def org(e: Entry, n: str) -> bool:
    return e.kind == "organization" and len(n.split()) >= 2


def person(e: Entry, n: str) -> bool:
    return e.kind == "person" and person_ok(n)


def any_named(e: Entry, n: str) -> bool:
    return len(n.split()) >= 2 and len(n) >= 8


def hispanic(e: Entry, n: str) -> bool:
    g, f = split_person(n)
    return (
        person(e, n)
        and "," in n
        and len(f) == 2
        and len(f[0]) >= 3
        and len(f[1]) >= 4
        and not is_arabic_persian(e, n)
        and bool(
            re.search(
                r"(EZ|ES|OS|AS|IA|EDA|ERA|ERO|ANO|INO|ADO|IDO|ON|AL|EL|AR|AN|A|O)$", f[1].upper()
            )
        )
    )


def syllabic(e: Entry, n: str) -> bool:
    return (
        is_korean(e, n)
        or is_chinese(e, n)
        or (person(e, n) and "-" in n.split(",")[-1] and not is_arabic_persian(e, n))
    )


CATEGORIES: list[tuple[str, Pred, Tx]] = [
    ("legal_form_misspelt", org, tx_legal_misspelt),
    ("legal_form_spaced_dotted", org, tx_legal_spaced),
    ("legal_form_moved", org, tx_legal_moved),
    ("legal_form_dropped", org, tx_legal_dropped),
    ("legal_form_translated", org, tx_legal_translated),
    ("generic_word_translated", org, tx_generic_translated),
    ("generic_word_abbreviated", org, tx_generic_abbrev),
    ("company_place_or_branch", org, tx_place_branch),
    (
        "ampersand_and",
        lambda e, n: e.kind in ("organization", "other") and len(n.split()) >= 2,
        tx_ampersand,
    ),
    ("trading_name_around_legal", lambda e, n: org(e, n) and len(e.names) >= 2, tx_trading_name),
    ("vessel_prefix", lambda e, n: e.kind == "vessel", tx_vessel_prefix),
    ("korean_syllable_slip", is_korean, tx_syllable_slip(KOREAN_SWAP)),
    ("arabic_persian_letter_slip", is_arabic_persian, tx_syllable_slip(ARABIC_SWAP)),
    ("russian_letter_slip", is_russian, tx_syllable_slip(RUSSIAN_SWAP)),
    (
        "chinese_letter_slip",
        is_chinese,
        tx_syllable_slip(
            [
                ("ZH", "Z"),
                ("SH", "S"),
                ("NG", "N"),
                ("X", "S"),
                ("Q", "CH"),
                ("I", "Y"),
                ("UN", "ONG"),
                ("E", "A"),
            ]
        ),
    ),
    ("russian_romanisation_system", is_russian, tx_romanisation),
    ("cyrillic_back_transliterated", is_russian, tx_cyrillic),
    ("chinese_wade_giles_cantonese", is_chinese, tx_chinese),
    ("hyphen_space_syllabic", syllabic, tx_hyphen_space),
    ("family_name_first", person, tx_family_first),
    ("surname_comma_given", person, tx_comma_form),
    ("given_name_initials", person, tx_initials),
    ("first_given_initial", person, tx_first_initial),
    ("middle_name_dropped", person, tx_middle_dropped),
    ("title_honorific_added", person, tx_title),
    ("nickname_english_form", person, tx_nickname),
    ("transliteration_variant", person, tx_translit),
    (
        "arabic_particle_join_split",
        lambda e, n: (
            e.kind in ("person", "organization")
            and (e.kind == "organization" or is_arabic_persian(e, n))
        ),
        tx_arabic_particle,
    ),
    ("second_surname_dropped", hispanic, tx_second_surname_dropped),
    ("second_surname_hyphenated", hispanic, tx_second_surname_hyphen),
    ("original_script", lambda e, n: bool(e.scripts) and n == e.names[0], tx_original_script),
    (
        "diacritics_removed",
        lambda e, n: not n.isascii() and any(c.isalpha() for c in n),
        tx_diacritics_removed,
    ),
    (
        "diacritics_added",
        lambda e, n: any_named(e, n) and e.kind in ("person", "organization"),
        tx_diacritics_added,
    ),
    ("turkish_azeri_letters", turkish_like, tx_turkish_fold),
    ("doubled_single_letters", lambda e, n: any_named(e, n), tx_doubled),
    ("adjacent_key_typo", any_named, tx_adjacent_key),
    ("ocr_slip", any_named, tx_ocr),
    ("word_glued", any_named, tx_glued),
    ("word_split_inside", any_named, tx_split),
    ("truncated_field_length", any_named, tx_truncate),
    ("cut_inside_word", any_named, tx_cut_inside),
    ("payment_message_person", person, tx_payment),
    ("payment_message_org", org, tx_payment),
    ("case_punctuation_dropped", any_named, tx_case_punct),
    ("long_company_name_misspelt", lambda e, n: org(e, n) and len(n) >= 50, tx_adjacent_key),
    ("combination_two", any_named, combo(2)),
    ("combination_three", any_named, combo(3)),
    ("combination_person_two", person, combo(2)),
]


TRUNCATING = {"truncated_field_length", "cut_inside_word"}


def prefix_of_other(prefixes: list[tuple[str, int]], q: str, own: int) -> bool:
    """Whether a listed name of a party other than `own` starts with the folded query."""
    j = bisect.bisect_left(prefixes, (q, -1))
    while j < len(prefixes) and prefixes[j][0].startswith(q):
        if prefixes[j][1] != own:
            return True
        j += 1
    return False


def build_variants(entries: list[Entry], party: list[int]) -> list[list[str]]:
    index: dict[tuple[str, ...], set[int]] = {}
    for i, e in enumerate(entries):
        for n in (*e.names, *e.scripts):
            index.setdefault(fold_key(n), set()).add(party[i])
    prefixes = sorted(
        {(" ".join(fold_words(n)), party[i]) for i, e in enumerate(entries) for n in e.names}
    )
    rows: list[list[str]] = []
    seen: set[str] = set()
    pool = [(i, n) for i, e in enumerate(entries) if e.list != "us_bis_dpl" for n in e.names]
    for cat, pred, tx in CATEGORIES:
        rng = random.Random(f"{SEED}:{cat}")
        cands = [(i, n) for i, n in pool if pred(entries[i], n)]
        rng.shuffle(cands)
        got = 0
        used: set[int] = set()
        for i, n in cands:
            if got >= PER_CATEGORY:
                break
            if party[i] in used:
                continue
            e = entries[i]
            try:
                v = tx(n, rng, e)
            except (IndexError, ValueError):
                v = None
            if not v:
                continue
            v = " ".join(v.split())
            if v == n and cat != "original_script":
                continue
            k = fold_key(v)
            if not k or len("".join(k)) < 4:
                continue
            others = index.get(k, set()) - {party[i]}
            if others:
                continue  # a different listed party's name: not a variant of this one
            if v in seen:
                continue
            if cat in TRUNCATING and prefix_of_other(prefixes, " ".join(fold_words(v)), party[i]):
                continue  # the cut name starts another party's name too: not identifying
            seen.add(v)
            used.add(party[i])
            rows.append([v, cat, e.kind, e.list, e.list_id, n, "all"])
            got += 1
    return rows


def write_gz(path: Path, header: list[str], rows: list[list[str]]) -> None:
    buf = io.StringIO(newline="")
    buf.write(MARKER + "\r\n")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    data = buf.getvalue().encode("utf-8")
    with (
        open(path, "wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz,
    ):
        gz.write(data)


def main() -> None:
    entries = load_all()
    party = parties(entries)
    rows = build_variants(entries, party)
    listed = {fold_key(n) for e in entries for n in (*e.names, *e.scripts)}
    near = NearIndex(entries)
    raw = innocent_rows(SEED, listed, near)
    inn = raw[:INNOCENT_TARGET]
    write_gz(
        OUT / "independent9_variants.csv.gz",
        ["query", "category", "kind", "list", "list_id", "list_name", "half"],
        rows,
    )
    write_gz(OUT / "independent9_innocent.csv.gz", ["name", "kind", "source"], inn)
    counts: dict[str, int] = {}
    for r in rows:
        counts[r[1]] = counts.get(r[1], 0) + 1
    for c, _, _ in CATEGORIES:
        print(f"{c}\t{counts.get(c, 0)}")
    print(
        "variants",
        len(rows),
        "innocent",
        len(inn),
        "entries",
        len(entries),
        "parties",
        len(set(party)),
    )


if __name__ == "__main__":
    main()
