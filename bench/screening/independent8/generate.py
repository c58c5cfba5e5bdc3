"""Build the independent8 screening check set (issue 17) from the shipped lists.

Written by helper screenind8 on 2026-12-06. Stdlib only; reads the list files under
src/exportgate/screening/data/lists/ with its own loader and writes
bench/screening/data/independent8_variants.csv.gz and independent8_innocent.csv.gz.
NEVER tune on this set. See README.md beside this file.

Run: python bench/screening/independent8/generate.py
"""

from __future__ import annotations

import csv
import gzip
import io
import random
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

SEED = 2026120812
ROOT = Path(__file__).resolve().parents[3]
LISTS = ROOT / "src" / "exportgate" / "screening" / "data" / "lists"
OUT = ROOT / "bench" / "screening" / "data"
PER_CATEGORY = 40
MARKER = (
    "# INDEPENDENT CHECK SET (never tune on it): independent8 (issue 17) written by helper "
    "screenind8 on 2026-12-06 from the shipped lists; see bench/screening/independent8/README.md"
)

# --------------------------------------------------------------------------- loading


@dataclass
class Entry:
    """One list entry: all its names, the first being the primary name."""

    list_key: str
    list_id: str
    kind: str
    names: list[str]
    program: str = ""
    original: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)
    party: int = -1


def _nul(value: str) -> str:
    v = value.strip()
    return "" if v == "-0-" else v


def _ofac(folder: str, prim: str, alt: str, add: str, key: str) -> list[Entry]:
    entries: dict[str, Entry] = {}
    kinds = {"individual": "person", "vessel": "vessel", "aircraft": "aircraft"}
    with gzip.open(LISTS / folder / prim, "rt", encoding="latin-1", newline="") as fh:
        for row in csv.reader(fh):
            if len(row) < 4 or not row[0].strip().isdigit():
                continue
            kind = kinds.get(_nul(row[2]).lower(), "organization")
            entries[row[0].strip()] = Entry(key, row[0].strip(), kind, [_nul(row[1])], _nul(row[3]))
    with gzip.open(LISTS / folder / alt, "rt", encoding="latin-1", newline="") as fh:
        for row in csv.reader(fh):
            if len(row) >= 4 and row[0].strip() in entries and _nul(row[3]):
                entries[row[0].strip()].names.append(_nul(row[3]))
    with gzip.open(LISTS / folder / add, "rt", encoding="latin-1", newline="") as fh:
        for row in csv.reader(fh):
            if len(row) >= 5 and row[0].strip() in entries:
                e = entries[row[0].strip()]
                street, city, country = _nul(row[2]), _nul(row[3]), _nul(row[4])
                if city:
                    e.places.append(re.sub(r"[\d-]+$", "", city).strip(" ,"))
                if street and city:
                    e.addresses.append(f"{street} {city} {country}".strip())
    return [e for e in entries.values() if e.names[0]]


def _un() -> list[Entry]:
    with gzip.open(LISTS / "un_sc" / "UN_consolidated_2026-02-27.xml.gz", "rb") as fh:
        root = ET.parse(fh).getroot()
    out: list[Entry] = []
    for tag, kind in (("INDIVIDUAL", "person"), ("ENTITY", "organization")):
        for node in root.iter(tag):
            parts = [
                (node.findtext(t) or "").strip()
                for t in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
            ]
            name = " ".join(p for p in parts if p)
            ref = (node.findtext("REFERENCE_NUMBER") or "").strip()
            if not name or not ref:
                continue
            e = Entry("un_sc", ref, kind, [name], (node.findtext("UN_LIST_TYPE") or "").strip())
            for al in node.iter("ALIAS_NAME"):
                if al.text and al.text.strip():
                    e.names.append(al.text.strip())
            orig = (node.findtext("NAME_ORIGINAL_SCRIPT") or "").strip()
            if orig:
                e.original.append(orig)
            for ad in node.iter(f"{tag}_ADDRESS"):
                city = (ad.findtext("CITY") or "").strip()
                if city:
                    e.places.append(city)
            out.append(e)
    return out


def _csl() -> list[Entry]:
    kinds = {"Individual": "person", "Entity": "organization", "Vessel": "vessel"}
    kinds["Aircraft"] = "aircraft"
    out: list[Entry] = []
    with gzip.open(LISTS / "us_csl" / "consolidated_2022-05.csv.gz", "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            name = row["name"].strip()
            if not name:
                continue
            kind = kinds.get(row["type"].strip(), "other")
            if kind == "other" and _legal_span(name.upper()) is not None:
                kind = "organization"
            e = Entry("us_csl", row["_id"].strip(), kind, [name], row["source"])
            e.names += [a.strip() for a in row["alt_names"].split(";") if a.strip()]
            e.program = row["source"] + "|" + row["entity_number"].strip()
            out.append(e)
    return out


def _dpl() -> list[Entry]:
    out: list[Entry] = []
    with gzip.open(LISTS / "bis_dpl" / "dpl_2023-11-30.txt.gz", "rt", encoding="latin-1") as fh:
        for i, row in enumerate(csv.DictReader(fh, delimiter="\t")):
            if row.get("Name", "").strip():
                out.append(Entry("us_bis_dpl", str(i), "other", [row["Name"].strip()]))
    return out


# --------------------------------------------------------------------------- folding


def fold(text: str) -> str:
    """Casefold, strip marks, punctuation to space, collapse spaces (the collision test)."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).casefold()
    t = re.sub(r"[^\w]+", " ", t).replace("_", " ")
    return " ".join(t.split())


def perm(text: str) -> str:
    return " ".join(sorted(fold(text).split()))


def parties(entries: list[Entry]) -> int:
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

    seen: dict[str, int] = {}
    sdn_by_id: dict[str, int] = {}
    for i, e in enumerate(entries):
        if e.list_key == "us_ofac_sdn":
            sdn_by_id[e.list_id] = i
        for n in e.names:
            key = perm(n)
            if len(key.split()) >= 2:
                if key in seen:
                    union(i, seen[key])
                else:
                    seen[key] = i
    for i, e in enumerate(entries):
        if e.list_key == "us_csl" and e.program.startswith("Specially Designated Nationals"):
            num = e.program.rsplit("|", 1)[1]
            if num in sdn_by_id:
                union(i, sdn_by_id[num])
    for i, e in enumerate(entries):
        e.party = find(i)
    return len({e.party for e in entries})


# --------------------------------------------------------------------------- legal forms

# Legal forms as written in list names (upper case, longest first), with their family.
LEGAL_FORMS: list[tuple[str, str]] = [
    ("PUBLIC JOINT STOCK COMPANY", "pjsc"),
    ("CLOSED JOINT STOCK COMPANY", "cjsc"),
    ("OPEN JOINT STOCK COMPANY", "ojsc"),
    ("PUBLIC JOINT-STOCK COMPANY", "pjsc"),
    ("CLOSED JOINT-STOCK COMPANY", "cjsc"),
    ("OPEN JOINT-STOCK COMPANY", "ojsc"),
    ("JOINT STOCK COMPANY", "jsc"),
    ("JOINT-STOCK COMPANY", "jsc"),
    ("LIMITED LIABILITY COMPANY", "llc"),
    ("LIMITED LIABILITY PARTNERSHIP", "llp"),
    ("S.A. DE C.V.", "sadecv"),
    ("S.A. de C.V.", "sadecv"),
    ("SA DE CV", "sadecv"),
    ("CO.,LTD.", "coltd"),
    ("CO.,LTD", "coltd"),
    ("CO., LTD.", "coltd"),
    ("CO., LTD", "coltd"),
    ("CO. LTD.", "coltd"),
    ("CO LTD", "coltd"),
    ("COMPANY LIMITED", "coltd"),
    ("SP. Z O.O.", "spzoo"),
    ("S.A.R.L.", "sarl"),
    ("SARL", "sarl"),
    ("S.R.L.", "srl"),
    ("SRL", "srl"),
    ("S.A.S.", "sas"),
    ("S.A.C.", "sac"),
    ("S.A.", "sa"),
    ("D.O.O.", "doo"),
    ("A.D.", "ad"),
    ("K.K.", "kk"),
    ("L.L.C.", "llc"),
    ("LLC", "llc"),
    ("OOO", "llc"),
    ("PJSC", "pjsc"),
    ("OJSC", "ojsc"),
    ("CJSC", "cjsc"),
    ("JSC", "jsc"),
    ("OAO", "ojsc"),
    ("ZAO", "cjsc"),
    ("PAO", "pjsc"),
    ("AO", "jsc"),
    ("GMBH", "gmbh"),
    ("GmbH", "gmbh"),
    ("LIMITED", "ltd"),
    ("LTD.", "ltd"),
    ("LTD", "ltd"),
    ("CORPORATION", "corp"),
    ("CORP.", "corp"),
    ("INCORPORATED", "inc"),
    ("INC.", "inc"),
    ("COMPANY", "co"),
    ("SA", "sa"),
]

# What a customer might write for the same family instead (translations and equivalents).
EQUIVALENT: dict[str, list[str]] = {
    "llc": [
        "OOO",
        "LLC",
        "Limited Liability Company",
        "OBSHCHESTVO S OGRANICHENNOY OTVETSTVENNOSTYU",
        "TOO",
        "Ltd",
    ],
    "jsc": ["AO", "JSC", "Joint Stock Company", "AKTSIONERNOE OBSHCHESTVO"],
    "pjsc": ["PAO", "PJSC", "Public Joint Stock Company", "PUBLICHNOE AKTSIONERNOE OBSHCHESTVO"],
    "ojsc": ["OAO", "OJSC", "Open Joint Stock Company", "OTKRYTOE AKTSIONERNOE OBSHCHESTVO"],
    "cjsc": ["ZAO", "CJSC", "Closed Joint Stock Company", "ZAKRYTOE AKTSIONERNOE OBSHCHESTVO"],
    "coltd": ["Co., Ltd.", "Company Limited", "CO LTD", "YOUXIAN GONGSI", "Co. Ltd", "LTD"],
    "ltd": ["Ltd", "Limited", "LLC", "Co. Ltd", "PLC"],
    "gmbh": ["Ltd", "Limited", "Gesellschaft mit beschraenkter Haftung", "LLC"],
    "sa": ["SA", "S.A.", "Societe Anonyme", "Sociedad Anonima", "AG", "PLC"],
    "sadecv": ["SA de CV", "S.A. de C.V.", "Sociedad Anonima de Capital Variable"],
    "sarl": ["SARL", "LLC", "Ltd", "Societe a responsabilite limitee"],
    "srl": ["SRL", "S.R.L.", "LLC", "Ltd"],
    "corp": ["Corp", "Corporation", "Inc", "Co"],
    "inc": ["Inc", "Incorporated", "Corp"],
    "co": ["Co", "Co.", "Company"],
}
SPACED: dict[str, list[str]] = {
    "llc": ["L L C", "O O O", "L. L. C"],
    "jsc": ["J S C", "A O", "J. S. C."],
    "pjsc": ["P J S C", "P A O"],
    "ojsc": ["O J S C", "O A O"],
    "cjsc": ["C J S C", "Z A O"],
    "sa": ["S A", "S. A"],
    "sadecv": ["S A De C V", "S A  De C V", "S. A. DE C. V."],
    "sarl": ["S A R L", "S. A. R. L"],
    "srl": ["S R L", "S. R. L."],
    "sas": ["S A S"],
    "sac": ["S A C"],
    "doo": ["D O O"],
    "ad": ["A D"],
    "kk": ["K K"],
    "coltd": ["C O  L T D", "Co Ltd"],
    "ltd": ["L T D", "L.T.D."],
    "gmbh": ["G m b H", "G M B H"],
    "spzoo": ["Sp z o o", "S P Z O O"],
    "inc": ["I N C"],
    "corp": ["C O R P"],
}
DOTTED: dict[str, list[str]] = {
    "llc": ["L.L.C", "L..L.C.", "O.O.O.", "O.O.O", "LL.C."],
    "jsc": ["J.S.C.", "J.S.C", "A.O.", "JS.C."],
    "pjsc": ["P.J.S.C.", "P.A.O.", "PJ.S.C"],
    "ojsc": ["O.J.S.C.", "O.A.O."],
    "cjsc": ["C.J.S.C.", "Z.A.O."],
    "sa": ["S..A.", "S.A", "S.A..", ".S.A."],
    "sadecv": ["S.A. DE C.V", "S.A.DE C.V.", "S..A. DE C.V."],
    "sarl": ["S.A.R.L", "S..A.R.L.", "S.A.RL"],
    "srl": ["S.R.L", "S..R.L."],
    "sas": ["S..A.S.", "S.A.S", "S.AS."],
    "sac": ["S.A.C", "S..A.C."],
    "doo": ["D.O..O", "D.O.O", "D..O.O."],
    "ad": ["A..D.", "A.D"],
    "kk": ["K.K", "K..K."],
    "coltd": ["CO.,LTD.", "Co.,Ltd", "CO.LTD.", "Co..Ltd."],
    "ltd": ["L.T.D.", "Ltd..", "LTD,"],
    "gmbh": ["G.m.b.H.", "G.M.B.H", "Gmb.H."],
    "inc": ["I.N.C.", "Inc.."],
    "corp": ["Corp..", "C.O.R.P."],
}
FORM_WORDS = [
    "LIMITED",
    "COMPANY",
    "CORPORATION",
    "LIABILITY",
    "JOINT",
    "STOCK",
    "INCORPORATED",
    "PUBLIC",
    "CLOSED",
    "LTD",
    "GMBH",
    "SARL",
]


def _legal_span(upper: str) -> tuple[int, int, str] | None:
    """Find a legal form (word-bounded) in an upper-cased name: start, end, family."""
    for form, fam in LEGAL_FORMS:
        f = form.upper()
        m = re.search(r"(?<![\w.])" + re.escape(f) + r"(?![\w])", upper)
        if m:
            return m.start(), m.end(), fam
    return None


def _strip_space(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip(" ,;-")


def _replace_form(name: str, new: str) -> str | None:
    span = _legal_span(name.upper())
    if span is None:
        return None
    a, b, _ = span
    return _strip_space(name[:a] + " " + new + " " + name[b:])


# --------------------------------------------------------------------------- small edits


def _typo_word(word: str, mode: str, rng: random.Random) -> str:
    if len(word) < 3:
        return word
    i = rng.randrange(1, len(word) - 1)
    if mode == "transpose":
        if word[i] == word[i + 1 if i + 1 < len(word) else i - 1]:
            i = 1
        j = i + 1 if i + 1 < len(word) else i - 1
        lo, hi = min(i, j), max(i, j)
        return word[:lo] + word[hi] + word[lo] + word[hi + 1 :]
    if mode == "drop":
        return word[:i] + word[i + 1 :]
    if mode == "double":
        return word[: i + 1] + word[i] + word[i + 1 :]
    vowels = "AEIOU"
    if mode == "vowel":
        idx = [k for k, c in enumerate(word) if c.upper() in vowels]
        if not idx:
            return word
        k = rng.choice(idx)
        swap = {"A": "E", "E": "I", "I": "E", "O": "U", "U": "O"}[word[k].upper()]
        swap = swap if word[k].isupper() else swap.lower()
        return word[:k] + swap + word[k + 1 :]
    return word


def _slip(word: str, rng: random.Random) -> str:
    """One-letter slip of the kinds seen in romanised names."""
    pairs = [
        ("O", "U"),
        ("U", "O"),
        ("E", "I"),
        ("I", "E"),
        ("A", "E"),
        ("K", "G"),
        ("G", "K"),
        ("P", "B"),
        ("B", "P"),
        ("T", "D"),
        ("D", "T"),
        ("L", "R"),
        ("R", "L"),
        ("Y", "I"),
        ("S", "Z"),
        ("H", ""),
        ("A", "O"),
    ]
    up = word.upper()
    opts = [(k, a, b) for k in range(len(up)) for a, b in pairs if up[k] == a]
    mode = rng.random()
    if mode < 0.6 and opts:
        k, _a, b = rng.choice(opts)
        if word[k].islower():
            b = b.lower()
        return word[:k] + b + word[k + 1 :]
    if mode < 0.8 and len(word) > 4:
        return _typo_word(word, "drop", rng)
    return _typo_word(word, "double", rng)


OCR: list[tuple[str, str]] = [
    ("M", "RN"),
    ("m", "rn"),
    ("RN", "M"),
    ("rn", "m"),
    ("O", "0"),
    ("o", "0"),
    ("l", "1"),
    ("I", "1"),
    ("S", "5"),
    ("D", "CL"),
    ("d", "cl"),
    ("B", "8"),
    ("W", "VV"),
    ("i", "l"),
    ("E", "F"),
    ("h", "b"),
    ("G", "6"),
]


def _ocr(name: str, rng: random.Random) -> str | None:
    opts = [(m.start(), a, b) for a, b in OCR for m in re.finditer(re.escape(a), name)]
    if not opts:
        return None
    k, a, b = rng.choice(opts)
    return name[:k] + b + name[k + len(a) :]


# --------------------------------------------------------------------------- person names


def split_person(e: Entry, name: str) -> tuple[list[str], list[str]]:
    """(given words, family words) of a person name: 'FAMILY, Given' or UN first/rest."""
    if "," in name:
        fam, giv = name.split(",", 1)
        return giv.split(), fam.split()
    words = name.split()
    if e.list_key == "un_sc" and name == e.names[0] and len(words) >= 2:
        return words[:1], words[1:]
    return words[:-1], words[-1:]


def natural(given: list[str], family: list[str]) -> str:
    return " ".join(given + family)


ARABIC_WORDS = {
    "MUHAMMAD",
    "MOHAMMED",
    "MOHAMMAD",
    "MOHAMED",
    "MUHAMMED",
    "AHMAD",
    "AHMED",
    "ALI",
    "HASAN",
    "HASSAN",
    "HUSAYN",
    "HUSSEIN",
    "HUSSAIN",
    "ABD",
    "ABDUL",
    "ABDEL",
    "ABDALLAH",
    "ABDULLAH",
    "UMAR",
    "OMAR",
    "KHALID",
    "KHALED",
    "YUSUF",
    "YOUSSEF",
    "IBRAHIM",
    "ISMAIL",
    "MAHMUD",
    "MAHMOUD",
    "MUSTAFA",
    "SALEH",
    "SALIH",
    "HAMAD",
    "HAMID",
    "SAID",
    "SAEED",
    "NASIR",
    "NASSER",
    "AL",
    "BIN",
    "IBN",
    "ABU",
    "ABOU",
    "JAMAL",
    "FAISAL",
    "SULAIMAN",
    "SULEIMAN",
    "USAMA",
    "OSAMA",
    "ZAYD",
    "ZAID",
    "RAHMAN",
    "AZIZ",
    "KARIM",
    "MAJID",
    "WALID",
    "TARIQ",
    "HAMZA",
    "ABDULRAHMAN",
    "JABIR",
    "YASIN",
    "YASSIN",
    "ADNAN",
    "BAKR",
    "ISSA",
    "MUSA",
    "KHALIL",
    "IMAD",
    "HAJJI",
    "MAHDI",
}
PERSIAN_WORDS = {
    "REZA",
    "HOSSEIN",
    "MOHAMMAD",
    "ALI",
    "MOHSEN",
    "MAHMOUD",
    "HASSAN",
    "JAFAR",
    "GHOLAM",
    "MEHDI",
    "SAEED",
    "AMIR",
    "MOJTABA",
    "ABBAS",
    "ESMAEIL",
    "ESMAIL",
    "JAVAD",
    "HAMID",
    "MASOUD",
    "MORTEZA",
    "ABOLFAZL",
    "MAJID",
    "AKBAR",
    "ASGHAR",
    "KAZEM",
    "NASER",
    "BEHROUZ",
    "FARHAD",
    "HADI",
    "EBRAHIM",
    "YOUSEF",
    "AHMAD",
    "ZADEH",
    "POUR",
    "NEJAD",
    "RAHIMI",
    "HOSSEINI",
    "KHAMENEI",
    "SOLEIMANI",
}
KOREAN_SYL = {
    "KIM",
    "PAK",
    "RI",
    "CHOE",
    "JANG",
    "JO",
    "YUN",
    "KANG",
    "HAN",
    "PAEK",
    "SIN",
    "HONG",
    "MUN",
    "KO",
    "JU",
    "CHON",
    "JONG",
    "IL",
    "SONG",
    "CHOL",
    "NAM",
    "SU",
    "HO",
    "YONG",
    "HYOK",
    "MYONG",
    "GUK",
    "KUK",
    "CHUN",
    "SOK",
    "HUI",
    "HYON",
    "MIN",
    "JIN",
    "CHANG",
    "KWANG",
    "SUN",
    "HAK",
    "GWANG",
    "GIL",
    "KIL",
    "HUN",
    "HWAN",
    "PYONG",
    "U",
    "UN",
    "IN",
    "RYONG",
    "RYOL",
    "TAE",
    "DONG",
    "TONG",
    "SANG",
    "CHAN",
    "OK",
    "SIK",
    "GYONG",
    "KYONG",
    "PONG",
    "BONG",
    "SAM",
    "CHU",
    "MAN",
    "HYO",
    "YON",
    "GWON",
    "KWON",
    "CHIL",
    "SE",
    "HYONG",
    "GON",
    "KON",
    "O",
    "RYANG",
    "YANG",
    "CHUNG",
    "JUN",
    "PHYO",
}
CHINESE_SYL = {
    "ZHANG",
    "WANG",
    "LI",
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
    "LIN",
    "LUO",
    "GAO",
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
    "PAN",
    "YUAN",
    "CAI",
    "JIANG",
    "YU",
    "DU",
    "YE",
    "CHENG",
    "WEI",
    "SU",
    "LU",
    "DING",
    "REN",
    "SHEN",
    "YAO",
    "JIN",
    "QIN",
    "ZHI",
    "HONG",
    "MING",
    "JUN",
    "HUA",
    "GUANG",
    "FANG",
    "QIANG",
    "LONG",
    "XIN",
    "HAI",
    "BIN",
    "PING",
    "YI",
    "JIE",
    "TAO",
    "KAI",
    "FEI",
    "YAN",
    "QI",
    "XIANG",
    "SHAN",
    "XIA",
    "RONG",
    "JIA",
    "FU",
    "NING",
    "QUN",
    "LEI",
    "BO",
    "YONG",
    "CHANG",
    "WEN",
    "LIAN",
    "ZHONG",
    "HUI",
    "LAN",
    "SHENG",
    "YING",
    "ZE",
}
RUSSIAN_END = (
    "OV",
    "EV",
    "OVA",
    "EVA",
    "IN",
    "INA",
    "SKY",
    "SKIY",
    "SKAYA",
    "ENKO",
    "YEV",
    "YEVA",
    "OVICH",
    "EVICH",
    "OVNA",
    "EVNA",
    "IY",
    "KO",
    "UK",
    "CHUK",
)
HISPANIC_GIVEN = {
    "JOSE",
    "JUAN",
    "LUIS",
    "CARLOS",
    "JORGE",
    "MARIA",
    "MIGUEL",
    "JESUS",
    "MANUEL",
    "FRANCISCO",
    "ANTONIO",
    "PEDRO",
    "RAFAEL",
    "FERNANDO",
    "RAMON",
    "OSCAR",
    "VICTOR",
    "JAVIER",
    "ALBERTO",
    "EDUARDO",
    "RICARDO",
    "ALFREDO",
    "HECTOR",
    "ROBERTO",
    "DIEGO",
    "SERGIO",
    "MARIO",
    "ANA",
    "ROSA",
    "GUSTAVO",
    "RAUL",
    "JAIME",
    "ALEJANDRO",
    "ENRIQUE",
    "ARMANDO",
    "CESAR",
    "OMAR",
    "RUBEN",
    "ISMAEL",
    "JOAQUIN",
    "GILBERTO",
    "FIDEL",
}


def tradition(e: Entry, name: str) -> str:
    words = set(re.sub(r"[^A-Z ]", " ", fold(name).upper().replace("-", " ")).split())
    prog = e.program.upper()
    if ("DPRK" in prog or e.list_id.startswith("KP")) and words and words <= KOREAN_SYL | {"-"}:
        return "korean"
    if ("IRAN" in prog or e.list_id.startswith("IR")) and words & PERSIAN_WORDS:
        return "persian"
    if words & ARABIC_WORDS and not words & HISPANIC_GIVEN:
        return "arabic"
    russian_prog = any(x in prog for x in ("RUSSIA", "BELARUS", "UKRAINE", "MAGNIT", "CYBER"))
    if russian_prog and any(w.endswith(RUSSIAN_END) for w in words):
        return "russian"
    if words & HISPANIC_GIVEN:
        return "hispanic"
    if len(words) >= 2 and all(
        w in CHINESE_SYL
        or (len(w) > 3 and any(w.startswith(s) and w[len(s) :] in CHINESE_SYL for s in CHINESE_SYL))
        for w in words
    ):
        return "chinese"
    return "other"


GIVEN_TRANSLIT: list[list[str]] = [
    ["MUHAMMAD", "MOHAMMED", "MOHAMMAD", "MOHAMAD", "MOHAMED", "MUHAMMED", "MUHAMAD", "MOHD"],
    ["AHMAD", "AHMED", "AHMET"],
    ["YUSUF", "YOUSSEF", "YOUSEF", "YUSSUF", "YOUSUF", "JUSUF"],
    ["HUSAYN", "HUSSEIN", "HUSSAIN", "HOSSEIN", "HUSEYIN", "HUSEIN"],
    ["HASAN", "HASSAN", "HASSANE"],
    ["ALEKSANDR", "ALEXANDER", "ALEKSANDER", "OLEKSANDR", "ALEXANDR"],
    ["ABDULLAH", "ABDALLAH", "ABDOLLAH", "ABDULLA"],
    ["UMAR", "OMAR", "OMER"],
    ["USAMA", "OSAMA", "OUSSAMA"],
    ["MUSTAFA", "MOUSTAFA", "MOSTAFA", "MUSTAPHA"],
    ["KHALID", "KHALED", "HALID"],
    ["SAEED", "SAID", "SAYEED", "SAIID"],
    ["MAHMUD", "MAHMOUD", "MAHMOOD"],
    ["YAHYA", "YAHIA", "YEHIA"],
    ["ISMAIL", "ISMAEL", "ESMAEIL", "ISMAYIL"],
    ["JAFAR", "JAAFAR", "JAFFAR", "DJAFAR"],
    ["SERGEY", "SERGEI", "SERGIY", "SERHIY"],
    ["YURIY", "YURI", "IURII", "YURY"],
    ["DMITRIY", "DMITRY", "DMITRII", "DMITRI"],
    ["ANDREY", "ANDREI", "ANDRII", "ANDRIY"],
    ["ALEKSEY", "ALEKSEI", "ALEXEY", "ALEXEI"],
    ["YEVGENIY", "EVGENY", "YEVGENY", "EVGENII", "EVGENIY"],
    ["NIKOLAY", "NIKOLAI", "MYKOLA"],
    ["VALERIY", "VALERY", "VALERII"],
    ["VITALIY", "VITALY", "VITALII"],
    ["MAKSIM", "MAXIM", "MAKSYM"],
    ["VYACHESLAV", "VIACHESLAV"],
    ["GENNADIY", "GENNADY", "GENNADII"],
    ["ANATOLIY", "ANATOLY", "ANATOLII"],
    ["ARKADIY", "ARKADY", "ARKADII"],
    ["MIKHAIL", "MIKHAEL", "MYKHAILO"],
    ["YULIYA", "YULIA", "IULIIA", "JULIA"],
    ["TATYANA", "TATIANA", "TETIANA"],
    ["OLGA", "OLHA"],
    ["NATALYA", "NATALIA", "NATALIYA"],
    ["IBRAHIM", "EBRAHIM", "IBRAHEEM", "IBRAGIM"],
    ["ABBAS", "ABAS"],
    ["MAHDI", "MEHDI"],
    ["REZA", "RIZA", "REZAH"],
    ["HAMID", "HAMED", "HAMEED"],
    ["SULAYMAN", "SULEIMAN", "SULAIMAN", "SOLEIMAN", "SULEYMAN"],
    ["NASIR", "NASSER", "NASER", "NACER"],
    ["ALI", "ALY", "ALIY"],
    ["JAMAL", "GAMAL", "DJAMEL", "JAMEL"],
    ["FAYSAL", "FAISAL", "FEYSAL", "FAYCAL"],
    ["ZAYD", "ZAID", "ZEID"],
    ["TARIQ", "TAREK", "TARIK", "TAREQ"],
    ["KARIM", "KAREEM", "KERIM"],
    ["WALID", "WALEED", "OUALID"],
    ["ABU", "ABOU", "ABOO"],
]
NICKNAMES: dict[str, list[str]] = {
    "ALEKSANDR": ["Alexander", "Alex", "Sasha"],
    "ALEKSEY": ["Alexei", "Alex", "Alyosha"],
    "ALEKSEI": ["Alex", "Alexis"],
    "DMITRIY": ["Dima", "Dimitri"],
    "DMITRY": ["Dima", "Dimitri"],
    "YEVGENIY": ["Eugene", "Zhenya"],
    "EVGENY": ["Eugene"],
    "MIKHAIL": ["Michael", "Misha"],
    "PYOTR": ["Peter", "Petya"],
    "PETR": ["Peter"],
    "NIKOLAY": ["Nicholas", "Kolya"],
    "NIKOLAI": ["Nicholas"],
    "SERGEY": ["Serge", "Seryozha"],
    "SERGEI": ["Serge"],
    "ANDREY": ["Andrew", "Andrei"],
    "ANDREI": ["Andrew"],
    "YURIY": ["George", "Yura"],
    "GRIGORIY": ["Gregory", "Grisha"],
    "PAVEL": ["Paul", "Pasha"],
    "FEDOR": ["Theodore"],
    "FYODOR": ["Theodore", "Fedya"],
    "IVAN": ["John", "Vanya"],
    "VLADIMIR": ["Volodya", "Vova"],
    "YAKOV": ["Jacob"],
    "MAKSIM": ["Max"],
    "KONSTANTIN": ["Constantine", "Kostya"],
    "VIKTOR": ["Victor"],
    "IGOR": ["Garik"],
    "ROMAN": ["Roma"],
    "ILYA": ["Elijah"],
    "JOSE": ["Joe", "Pepe", "Joseph"],
    "FRANCISCO": ["Pancho", "Frank", "Paco"],
    "MANUEL": ["Manolo", "Manny"],
    "ANTONIO": ["Tony", "Toño"],
    "JESUS": ["Chucho", "Chuy"],
    "ALEJANDRO": ["Alex", "Alejo"],
    "GUILLERMO": ["William", "Memo"],
    "ENRIQUE": ["Henry", "Kike"],
    "RAFAEL": ["Rafa"],
    "ROBERTO": ["Robert", "Beto"],
    "ALBERTO": ["Albert", "Beto"],
    "EDUARDO": ["Edward", "Lalo"],
    "JUAN": ["John"],
    "PEDRO": ["Peter"],
    "LUIS": ["Louis", "Lucho"],
    "MIGUEL": ["Michael"],
    "CARLOS": ["Charles", "Charlie"],
    "JORGE": ["George"],
    "YUSUF": ["Joseph"],
    "IBRAHIM": ["Abraham"],
    "ISHAQ": ["Isaac"],
    "YAQUB": ["Jacob"],
    "ISA": ["Jesus"],
    "MUSA": ["Moses"],
    "SULAYMAN": ["Solomon"],
    "DAWUD": ["David"],
    "YAHYA": ["John"],
    "MARYAM": ["Mary"],
    "WILLIAM": ["Bill", "Will"],
    "ROBERT": ["Bob"],
    "JAMES": ["Jim", "Jimmy"],
    "MICHAEL": ["Mike"],
    "RICHARD": ["Rick", "Dick"],
    "JOSEPH": ["Joe"],
    "THOMAS": ["Tom"],
    "CHARLES": ["Chuck", "Charlie"],
    "EDWARD": ["Ted"],
    "ANTHONY": ["Tony"],
    "DANIEL": ["Dan"],
    "DAVID": ["Dave"],
    "STEPHEN": ["Steve"],
    "NICHOLAS": ["Nick"],
    "BENJAMIN": ["Ben"],
    "SAMUEL": ["Sam"],
    "PETER": ["Pete"],
    "MUHAMMAD": ["Mo"],
    "MOHAMMED": ["Mo"],
    "MOHAMMAD": ["Mo"],
    "ABDULLAH": ["Abdo"],
    "ALEXANDER": ["Alex"],
    "YEKATERINA": ["Katya", "Catherine"],
    "ELENA": ["Helen", "Lena"],
    "YELENA": ["Helen", "Lena"],
    "ANNA": ["Anya", "Ann"],
    "MARIA": ["Mary", "Masha"],
    "OLGA": ["Olya"],
    "NATALYA": ["Natasha"],
    "TATYANA": ["Tanya"],
    "SVETLANA": ["Sveta"],
    "IRINA": ["Ira"],
    "YULIYA": ["Julia", "Yulya"],
}
TITLES: dict[str, list[str]] = {
    "arabic": [
        "Sheikh",
        "Shaykh",
        "Haji",
        "Hajji",
        "Dr.",
        "Eng.",
        "Mr",
        "Mullah",
        "Sayyid",
        "Al-Hajj",
        "Ustadh",
    ],
    "persian": ["Dr.", "Eng.", "Haj", "Seyed", "Agha", "Mr", "Hojatoleslam", "Sardar"],
    "russian": ["Mr", "Dr", "Gen.", "Col.", "Prof.", "Gospodin"],
    "korean": ["Mr", "Dr", "Gen.", "Comrade"],
    "chinese": ["Mr", "Dr", "Prof.", "Xiansheng"],
    "hispanic": ["Sr.", "Don", "Dr.", "Lic.", "Ing.", "Mr"],
    "other": ["Mr", "Mrs", "Dr", "Dr.", "Prof.", "Eng.", "Capt."],
}

ARABIC_SCRIPT: dict[str, str] = {
    "MUHAMMAD": "محمد",
    "MOHAMMED": "محمد",
    "MOHAMMAD": "محمد",
    "MOHAMED": "محمد",
    "MUHAMMED": "محمد",
    "AHMAD": "أحمد",
    "AHMED": "أحمد",
    "ALI": "علي",
    "HASAN": "حسن",
    "HASSAN": "حسن",
    "HUSAYN": "حسين",
    "HUSSEIN": "حسين",
    "HUSSAIN": "حسين",
    "ABD": "عبد",
    "ABDALLAH": "عبد الله",
    "ABDULLAH": "عبد الله",
    "UMAR": "عمر",
    "OMAR": "عمر",
    "KHALID": "خالد",
    "KHALED": "خالد",
    "YUSUF": "يوسف",
    "IBRAHIM": "إبراهيم",
    "ISMAIL": "إسماعيل",
    "MAHMUD": "محمود",
    "MAHMOUD": "محمود",
    "MUSTAFA": "مصطفى",
    "SALIH": "صالح",
    "SALEH": "صالح",
    "HAMAD": "حمد",
    "HAMID": "حامد",
    "SAID": "سعيد",
    "SAEED": "سعيد",
    "NASIR": "ناصر",
    "NASSER": "ناصر",
    "JAMAL": "جمال",
    "FAISAL": "فيصل",
    "FAYSAL": "فيصل",
    "SULAYMAN": "سليمان",
    "SULAIMAN": "سليمان",
    "USAMA": "أسامة",
    "OSAMA": "أسامة",
    "ZAYD": "زيد",
    "AZIZ": "عزيز",
    "KARIM": "كريم",
    "MAJID": "ماجد",
    "WALID": "وليد",
    "TARIQ": "طارق",
    "HAMZA": "حمزة",
    "YASIN": "ياسين",
    "ADNAN": "عدنان",
    "BAKR": "بكر",
    "ISA": "عيسى",
    "MUSA": "موسى",
    "KHALIL": "خليل",
    "IMAD": "عماد",
    "MAHDI": "مهدي",
    "ABBAS": "عباس",
    "JAFAR": "جعفر",
    "YAHYA": "يحيى",
    "SALIM": "سالم",
    "SULTAN": "سلطان",
    "RASHID": "راشد",
    "FAHD": "فهد",
    "MANSUR": "منصور",
    "RAHMAN": "رحمن",
    "MALIK": "مالك",
    "LATIF": "لطيف",
    "HADI": "هادي",
    "AMIN": "أمين",
    "ANWAR": "أنور",
    "BIN": "بن",
    "IBN": "ابن",
    "ABU": "أبو",
    "QADIR": "قادر",
    "HAKIM": "حكيم",
    "JABBAR": "جبار",
    "SATTAR": "ستار",
    "WAHHAB": "وهاب",
    "HAMMAD": "حماد",
    "SAMI": "سامي",
    "FARUQ": "فاروق",
    "ZUBAYR": "زبير",
    "MUHSIN": "محسن",
    "NUR": "نور",
    "DIN": "دين",
    "JALIL": "جليل",
    "IDRIS": "إدريس",
    "HAYDAR": "حيدر",
    "MANSOUR": "منصور",
    "AZZAM": "عزام",
    "IYAD": "إياد",
    "KAMAL": "كمال",
    "TAHA": "طه",
    "ZAKARIYA": "زكريا",
    "RIDA": "رضا",
    "ASAD": "أسد",
    "SHAMS": "شمس",
    "MUTLAQ": "مطلق",
    "NAJI": "ناجي",
    "HARITH": "حارث",
    "QASIM": "قاسم",
    "QASSIM": "قاسم",
    "SHARIF": "شريف",
    "GHANI": "غني",
    "ZAHRANI": "زهراني",
    "QAHTANI": "قحطاني",
    "TIKRITI": "تكريتي",
    "BAGHDADI": "بغدادي",
    "MASRI": "مصري",
    "HARBI": "حربي",
    "UTAYBI": "عتيبي",
    "SHAMMARI": "شمري",
    "DURI": "دوري",
    "ANI": "عاني",
    "KUBAYSI": "كبيسي",
}
CYR: list[tuple[str, str]] = [
    ("SHCH", "Щ"),
    ("ZH", "Ж"),
    ("KH", "Х"),
    ("TS", "Ц"),
    ("CH", "Ч"),
    ("SH", "Ш"),
    ("YU", "Ю"),
    ("YA", "Я"),
    ("YO", "Ё"),
    ("YE", "Е"),
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
    ("'", "Ь"),
    ("W", "В"),
    ("H", "Х"),
    ("C", "К"),
    ("X", "КС"),
    ("J", "ДЖ"),
    ("Q", "К"),
]


CYR_WORDS = {
    "ALEXANDER": "Александр",
    "ALEKSANDER": "Александр",
    "IGOR": "Игорь",
    "LVOVICH": "Львович",
    "ANATOLI": "Анатолий",
    "ILYA": "Илья",
    "OLGA": "Ольга",
    "NATALYA": "Наталья",
    "TATYANA": "Татьяна",
    "DARYA": "Дарья",
    "DMYTRIY": "Дмитрий",
    "DMYTRO": "Дмитро",
    "IURII": "Юрий",
    "YURI": "Юрий",
    "ALEXEY": "Алексей",
    "ALEXEI": "Алексей",
    "MAXIM": "Максим",
    "VIKTOR": "Виктор",
    "IGOREVICH": "Игоревич",
    "IGOREVNA": "Игоревна",
    "LYUDMILA": "Людмила",
    "VASILY": "Василий",
    "VASILIY": "Василий",
}


def to_cyrillic(word: str) -> str:
    if word.upper() in CYR_WORDS:
        return CYR_WORDS[word.upper()]
    w = word.upper()
    out: list[str] = []
    i = 0
    while i < len(w):
        prev = out[-1][-1] if out else ""
        if (
            w[i] == "Y"
            and w[i : i + 2] in ("YU", "YA", "YE")
            and prev
            and prev not in "АЕЁИОУЫЭЮЯЬЙ"
        ):
            out.append("Ь" + {"YU": "Ю", "YA": "Я", "YE": "Е"}[w[i : i + 2]])
            i += 2
            continue
        if w[i] == "Y" and w[i : i + 2] not in ("YU", "YA", "YO", "YE"):
            if i == len(w) - 1 and prev and prev not in "АЕЁИОУЫЭЮЯ":
                out.append("ИЙ")
            else:
                out.append("Й" if prev in "АЕЁИОУЫЭЮЯ" and prev else "Ы")
            i += 1
            continue
        if w[i] == "I" and i == len(w) - 1 and prev in "АЕОУЯЮ" and prev:
            out.append("Й")
            i += 1
            continue
        if w[i] == "E" and i == 0:
            out.append("Э")
            i += 1
            continue
        for lat, cyr in CYR:
            if w.startswith(lat, i):
                out.append(cyr)
                i += len(lat)
                break
        else:
            out.append(w[i])
            i += 1
    res = "".join(out).replace("ИЫ", "ИЙ")
    return res[:1] + res[1:].lower()


def to_arabic(name: str) -> str | None:
    words = re.sub(r"[,.']", " ", name.upper()).replace("-", " ").split()
    out: list[str] = []
    pending_al = False
    for w in words:
        if w in ("AL", "EL"):
            pending_al = True
            continue
        if w.startswith(("AL", "EL")) and w[2:] in ARABIC_SCRIPT and w not in ARABIC_SCRIPT:
            pending_al, w = True, w[2:]
        if w.startswith("ABDUL") and w[5:] in ARABIC_SCRIPT:
            out.append("عبد ال" + ARABIC_SCRIPT[w[5:]])
            continue
        if w not in ARABIC_SCRIPT:
            return None
        ar = ARABIC_SCRIPT[w]
        out.append(("ال" + ar) if pending_al else ar)
        pending_al = False
    return " ".join(out) if len(out) >= 2 else None


TURKISH: dict[str, str] = {
    "TICARET": "TİCARET",
    "SANAYI": "SANAYİ",
    "SIRKETI": "ŞİRKETİ",
    "DIS": "DIŞ",
    "ISTANBUL": "İSTANBUL",
    "INSAAT": "İNŞAAT",
    "DENIZCILIK": "DENİZCİLİK",
    "ITHALAT": "İTHALAT",
    "IHRACAT": "İHRACAT",
    "ANONIM": "ANONİM",
    "KIMYA": "KİMYA",
    "OGLU": "OĞLU",
    "ENERJI": "ENERJİ",
    "TEKNOLOJI": "TEKNOLOJİ",
    "ELEKTRONIK": "ELEKTRONİK",
    "HIZMETLERI": "HİZMETLERİ",
    "MUHENDISLIK": "MÜHENDİSLİK",
    "YATIRIM": "YATIRIM",
    "GIDA": "GIDA",
    "TURIZM": "TURİZM",
    "LOJISTIK": "LOJİSTİK",
    "PETROL": "PETROL",
    "ULUSLARARASI": "ULUSLARARASI",
    "MADENCILIK": "MADENCİLİK",
    "NAKLIYAT": "NAKLİYAT",
    "SAHIN": "ŞAHİN",
    "OZTURK": "ÖZTÜRK",
    "CELIK": "ÇELİK",
    "SIMSEK": "ŞİMŞEK",
    "YILDIZ": "YILDIZ",
    "AYDIN": "AYDIN",
    "OZDEMIR": "ÖZDEMİR",
    "ISMAYILOV": "İSMAYILOV",
    "ALIYEV": "ƏLİYEV",
    "MAMMADOV": "MƏMMƏDOV",
    "HASANOV": "HƏSƏNOV",
    "HUSEYNOV": "HÜSEYNOV",
    "GULIYEV": "QULİYEV",
    "ILHAM": "İLHAM",
    "RASHAD": "RƏŞAD",
    "ELCHIN": "ELÇİN",
    "AGHA": "AĞA",
    "SHAHIN": "ŞAHİN",
    "MEHMET": "MEHMET",
    "HUSEYIN": "HÜSEYİN",
    "IBRAHIM": "İBRAHİM",
    "ISMAIL": "İSMAİL",
    "ALI": "ALİ",
    "OMER": "ÖMER",
    "MUSTAFA": "MUSTAFA",
    "SUKRU": "ŞÜKRÜ",
    "GUNES": "GÜNEŞ",
    "DOGAN": "DOĞAN",
    "ERDOGAN": "ERDOĞAN",
    "ACIK": "AÇIK",
    "KOC": "KOÇ",
    "KILIC": "KILIÇ",
    "CAKIR": "ÇAKIR",
    "GOKHAN": "GÖKHAN",
    "TUNC": "TUNÇ",
    "SEKER": "ŞEKER",
    "MAKINA": "MAKİNA",
    "GUVENLIK": "GÜVENLİK",
    "DANISMANLIK": "DANIŞMANLIK",
    "URUNLERI": "ÜRÜNLERİ",
    "AKARYAKIT": "AKARYAKIT",
    "MUMESSILLIK": "MÜMESSİLLİK",
    "TASIMACILIK": "TAŞIMACILIK",
    "VE": "VE",
    "LTD": "LTD",
    "STI": "ŞTİ",
    "AS": "A.Ş.",
}
TURKISH_MARKERS = set(TURKISH) - {
    "ALI",
    "IBRAHIM",
    "ISMAIL",
    "MUSTAFA",
    "VE",
    "LTD",
    "AS",
    "PETROL",
    "YATIRIM",
    "GIDA",
    "AGHA",
    "ISTANBUL",
    "ULUSLARARASI",
    "RASHAD",
    "ILHAM",
}
VIET: dict[str, str] = {
    "NGUYEN": "Nguyễn",
    "TRAN": "Trần",
    "LE": "Lê",
    "PHAM": "Phạm",
    "HOANG": "Hoàng",
    "HUYNH": "Huỳnh",
    "VU": "Vũ",
    "VO": "Võ",
    "DANG": "Đặng",
    "BUI": "Bùi",
    "DO": "Đỗ",
    "NGO": "Ngô",
    "DUONG": "Dương",
    "LY": "Lý",
    "VAN": "Văn",
    "THI": "Thị",
    "DUC": "Đức",
    "MINH": "Minh",
    "QUANG": "Quang",
    "HUNG": "Hùng",
    "THANH": "Thanh",
    "TUAN": "Tuấn",
    "DUNG": "Dũng",
    "HAI": "Hải",
    "LONG": "Long",
    "NAM": "Nam",
    "ANH": "Anh",
    "HOA": "Hoa",
    "TAM": "Tâm",
    "HIEU": "Hiếu",
    "TRUNG": "Trung",
    "CUONG": "Cường",
    "PHUONG": "Phương",
    "THAO": "Thảo",
    "LAN": "Lan",
    "HUONG": "Hương",
    "BINH": "Bình",
    "KHANH": "Khánh",
    "SON": "Sơn",
    "TIEN": "Tiến",
    "THANG": "Thắng",
    "HA": "Hà",
    "DINH": "Đinh",
    "TRINH": "Trịnh",
    "LAM": "Lâm",
    "QUOC": "Quốc",
    "VIET": "Việt",
    "TUNG": "Tùng",
    "CHAU": "Châu",
    "GIANG": "Giang",
    "HUY": "Huy",
    "KHOA": "Khoa",
    "PHUC": "Phúc",
    "THUY": "Thủy",
    "HONG": "Hồng",
    "NGOC": "Ngọc",
    "DAI": "Đại",
    "HAU": "Hậu",
    "TAN": "Tấn",
    "PHONG": "Phong",
    "LOC": "Lộc",
    "THO": "Thọ",
    "CONG": "Công",
    "TY": "Ty",
    "THUONG": "Thương",
    "MAI": "Mại",
    "XUAT": "Xuất",
    "NHAP": "Nhập",
    "KHAU": "Khẩu",
    "HUU": "Hữu",
    "HAN": "Hạn",
    "TNHH": "TNHH",
    "KIM": "Kim",
    "HUE": "Huệ",
    "QUY": "Quý",
    "TRONG": "Trọng",
    "VINH": "Vinh",
    "CHI": "Chí",
    "DAT": "Đạt",
    "THINH": "Thịnh",
}
VIET_FAMILY = {
    "NGUYEN",
    "TRAN",
    "LE",
    "PHAM",
    "HOANG",
    "HUYNH",
    "VU",
    "VO",
    "DANG",
    "BUI",
    "DO",
    "NGO",
    "DUONG",
    "LY",
    "DINH",
    "TRINH",
    "LAM",
    "CONG",
}
ABBREV: dict[str, list[str]] = {
    "INTERNATIONAL": ["INTL", "INT'L", "INTERNAT."],
    "COMPANY": ["CO", "CO.", "COMP."],
    "CORPORATION": ["CORP", "CORP."],
    "INDUSTRIES": ["INDS", "IND."],
    "INDUSTRIAL": ["INDL", "IND."],
    "TRADING": ["TRDG", "TRD."],
    "LIMITED": ["LTD", "LTD."],
    "ENGINEERING": ["ENGG", "ENGG."],
    "MANAGEMENT": ["MGMT", "MGT."],
    "SERVICES": ["SVCS", "SERV."],
    "DEVELOPMENT": ["DEV.", "DEVT"],
    "TECHNOLOGY": ["TECH", "TECH."],
    "TECHNOLOGIES": ["TECH", "TECHS"],
    "BROTHERS": ["BROS", "BROS."],
    "ESTABLISHMENT": ["EST.", "ESTAB."],
    "ASSOCIATION": ["ASSN", "ASSOC."],
    "MANUFACTURING": ["MFG", "MFG."],
    "DEPARTMENT": ["DEPT", "DEPT."],
    "NATIONAL": ["NATL", "NAT'L"],
    "INSTITUTE": ["INST.", "INST"],
    "UNIVERSITY": ["UNIV.", "UNIV"],
    "GENERAL": ["GEN.", "GENL"],
    "INVESTMENT": ["INV.", "INVT"],
    "INVESTMENTS": ["INVTS", "INV."],
    "SHIPPING": ["SHPG", "SHIPG"],
    "INCORPORATED": ["INC", "INC."],
    "AIRLINES": ["AIRL.", "A/L"],
    "ORGANIZATION": ["ORG.", "ORGN"],
    "EQUIPMENT": ["EQUIP.", "EQPT"],
    "ELECTRONICS": ["ELECTR.", "ELEC."],
    "AVIATION": ["AVN", "AVIAT."],
    "HOLDING": ["HLDG", "HLDG."],
    "HOLDINGS": ["HLDGS", "HLDGS."],
    "PETROLEUM": ["PETR.", "PETRO"],
    "CHEMICAL": ["CHEM.", "CHEM"],
    "INDUSTRY": ["IND.", "INDY"],
    "MACHINERY": ["MACH.", "MCHY"],
    "ASSOCIATES": ["ASSOCS", "ASSOC."],
}
NUMBERS = [
    "ZERO",
    "ONE",
    "TWO",
    "THREE",
    "FOUR",
    "FIVE",
    "SIX",
    "SEVEN",
    "EIGHT",
    "NINE",
    "TEN",
    "ELEVEN",
    "TWELVE",
]
ORDINALS = {
    "FIRST": "1ST",
    "SECOND": "2ND",
    "THIRD": "3RD",
    "FOURTH": "4TH",
    "FIFTH": "5TH",
    "SIXTH": "6TH",
    "SEVENTH": "7TH",
    "EIGHTH": "8TH",
    "NINTH": "9TH",
    "TENTH": "10TH",
}
HISPANIC_ACCENT: dict[str, str] = {
    "JOSE": "José",
    "GARCIA": "García",
    "RODRIGUEZ": "Rodríguez",
    "MUNOZ": "Muñoz",
    "HERNANDEZ": "Hernández",
    "MARTINEZ": "Martínez",
    "GONZALEZ": "González",
    "PEREZ": "Pérez",
    "SANCHEZ": "Sánchez",
    "RAMIREZ": "Ramírez",
    "JIMENEZ": "Jiménez",
    "GOMEZ": "Gómez",
    "DIAZ": "Díaz",
    "FERNANDEZ": "Fernández",
    "LOPEZ": "López",
    "ALVAREZ": "Álvarez",
    "VASQUEZ": "Vásquez",
    "VAZQUEZ": "Vázquez",
    "JESUS": "Jesús",
    "RAMON": "Ramón",
    "CESAR": "César",
    "HECTOR": "Héctor",
    "OSCAR": "Óscar",
    "RAUL": "Raúl",
    "MARIA": "María",
    "ANGEL": "Ángel",
    "NUNEZ": "Núñez",
    "BELTRAN": "Beltrán",
    "MEJIA": "Mejía",
    "CANAS": "Cañas",
    "PENA": "Peña",
    "IBANEZ": "Ibáñez",
    "MARIN": "Marín",
    "GUZMAN": "Guzmán",
    "CASTANO": "Castaño",
    "AVILA": "Ávila",
    "ALVARO": "Álvaro",
    "JOAQUIN": "Joaquín",
    "EFRAIN": "Efraín",
    "MONTANO": "Montaño",
    "ORDONEZ": "Ordóñez",
    "SAENZ": "Sáenz",
    "SAEZ": "Sáez",
    "CORDOBA": "Córdoba",
    "BOGOTA": "Bogotá",
    "NACION": "Nación",
    "COMPANIA": "Compañía",
    "ADMINISTRACION": "Administración",
    "PERU": "Perú",
    "TECNICA": "Técnica",
    "ENERGETICA": "Energética",
    "PETROLEO": "Petróleo",
    "MEXICO": "México",
    "ANDRES": "Andrés",
    "NICOLAS": "Nicolás",
    "TOMAS": "Tomás",
    "MATIAS": "Matías",
    "INES": "Inés",
    "LUCIA": "Lucía",
    "SOFIA": "Sofía",
    "ELIAS": "Elías",
    "ISMAEL": "Ismaél",
    "RUBEN": "Rubén",
    "GERMAN": "Germán",
    "FABIAN": "Fabián",
    "MOISES": "Moisés",
    "ADRIAN": "Adrián",
    "VICTOR": "Víctor",
    "DAMASO": "Dámaso",
    "MARQUEZ": "Márquez",
    "ALVARADO": "Alvarado",
    "RIOS": "Ríos",
    "LEON": "León",
    "CHAVEZ": "Chávez",
    "SUAREZ": "Suárez",
    "GALVEZ": "Gálvez",
    "VELEZ": "Vélez",
    "VELASQUEZ": "Velásquez",
}


# --------------------------------------------------------------------------- categories


@dataclass(frozen=True)
class Cand:
    """One list name a variant can be drawn from."""

    entry: Entry
    name: str
    trad: str


Fn = Callable[[Cand, random.Random], "str | None"]


def _person(c: Cand) -> tuple[list[str], list[str]]:
    return split_person(c.entry, c.name)


def _nat(c: Cand) -> str:
    if c.entry.kind != "person":
        return c.name
    g, f = _person(c)
    return natural(g, f)


def _upper_nopunct(s: str) -> str:
    return " ".join(re.sub(r"[^\w&/ ]+", " ", s.upper()).split())


def _word_sub(name: str, table: dict[str, list[str]], rng: random.Random) -> str | None:
    words = name.split()
    idx = [i for i, w in enumerate(words) if w.upper().strip(",.") in table]
    if not idx:
        return None
    i = rng.choice(idx)
    w = words[i]
    core = w.strip(",.")
    new = rng.choice(table[core.upper()])
    if core.isupper() is False and core[:1].isupper():
        new = new.title() if new.isupper() else new
    words[i] = w.replace(core, new)
    return " ".join(words)


def legal_typo(mode: str) -> Fn:
    def fn(c: Cand, rng: random.Random) -> str | None:
        words = c.name.split()
        idx = [
            i
            for i, w in enumerate(words)
            if w.upper().strip(",.") in FORM_WORDS and len(w.strip(",.")) >= 4
        ]
        if not idx:
            return None
        i = rng.choice(idx)
        core = words[i].strip(",.")
        words[i] = words[i].replace(core, _typo_word(core, mode, rng))
        return " ".join(words)

    return fn


def legal_table(table: dict[str, list[str]]) -> Fn:
    def fn(c: Cand, rng: random.Random) -> str | None:
        span = _legal_span(c.name.upper())
        if span is None or span[2] not in table:
            return None
        return _replace_form(c.name, rng.choice(table[span[2]]))

    return fn


def legal_translated(c: Cand, rng: random.Random) -> str | None:
    span = _legal_span(c.name.upper())
    if span is None or span[2] not in EQUIVALENT:
        return None
    here = fold(c.name[span[0] : span[1]])
    opts = [x for x in EQUIVALENT[span[2]] if fold(x) != here]
    return _replace_form(c.name, rng.choice(opts))


def legal_moved(c: Cand, rng: random.Random) -> str | None:
    span = _legal_span(c.name.upper())
    if span is None:
        return None
    a, b, _ = span
    form, rest = c.name[a:b], _strip_space(c.name[:a] + " " + c.name[b:])
    if len(rest) < 4:
        return None
    if a == 0:
        return f"{rest} {form}" if rng.random() < 0.6 else f"{rest}, {form}"
    if b >= len(c.name.rstrip(" .,")) - 1:
        return f"{form} {rest.rstrip(',')}"
    return None


def legal_dropped(c: Cand, rng: random.Random) -> str | None:
    span = _legal_span(c.name.upper())
    if span is None:
        return None
    rest = _strip_space(c.name[: span[0]] + " " + c.name[span[1] :])
    words = fold(rest).split()
    if len(words) >= 2 or (len(words) == 1 and len(words[0]) >= 6):
        return rest
    return None


def slip_in_given(c: Cand, rng: random.Random) -> str | None:
    g, f = _person(c)
    pool = [(k, j) for k, w in enumerate(g) for j, s in enumerate(w.split("-")) if len(s) >= 3]
    if not pool:
        return None
    k, j = rng.choice(pool)
    parts = g[k].split("-")
    parts[j] = _slip(parts[j], rng)
    g = g[:k] + ["-".join(parts)] + g[k + 1 :]
    return natural(g, f)


def slip_any_word(c: Cand, rng: random.Random) -> str | None:
    g, f = _person(c)
    words = g + f
    idx = [
        i
        for i, w in enumerate(words)
        if len(w.strip(",.'-")) >= 4 and w.upper().strip(",.") not in ("BIN", "IBN", "ABU")
    ]
    if not idx:
        return None
    i = rng.choice(idx)
    words[i] = _slip(words[i], rng)
    return " ".join(words)


def acronym_slip(c: Cand, rng: random.Random) -> str | None:
    n = c.name.strip()
    if not re.fullmatch(r"[A-Z]{4,7}", n):
        return None
    ok = False
    for other in c.entry.names:
        ini = "".join(w[0] for w in fold(other).upper().split() if w)
        it = iter(ini)
        if other != n and len(ini) >= len(n) and all(ch in it for ch in n):
            ok = True
    if not ok:
        return None
    return _typo_word(n, rng.choice(["transpose", "drop", "double"]), rng)


def hyphen_syllables(c: Cand, rng: random.Random) -> str | None:
    g, f = _person(c)
    nat = natural(g, f)
    words = c.name.split()
    if "," not in c.name and "-" not in c.name and c.trad == "korean" and len(words) == 3:
        sep = rng.choice(["-", ""])
        tail = words[2].lower() if sep == "" or rng.random() < 0.5 else words[2]
        return f"{words[0]} {words[1]}{sep}{tail}"
    if "-" in nat:
        mode = rng.choice([" ", "", "-lower"])
        if mode == "-lower":
            return (
                re.sub(r"-(\w)", lambda m: "-" + m.group(1).lower(), nat)
                if nat != re.sub(r"-(\w)", lambda m: "-" + m.group(1).lower(), nat)
                else nat.replace("-", " ")
            )
        return nat.replace("-", mode)
    words = nat.split()
    for i, w in enumerate(words):
        u = w.upper()
        for s in sorted(CHINESE_SYL | KOREAN_SYL, key=lambda x: (-len(x), x)):
            if u.startswith(s) and u[len(s) :] in (CHINESE_SYL | KOREAN_SYL) and len(u) > len(s):
                cut = len(s)
                words[i] = w[:cut] + rng.choice([" ", "-"]) + w[cut:]
                return " ".join(words)
    if len(g) >= 2:
        return natural(["".join(g)] if rng.random() < 0.5 else ["-".join(g)], f)
    return None


def family_first(c: Cand, rng: random.Random) -> str | None:
    g, f = _person(c)
    if not g or not f or "(" in c.name:
        return None
    if "," in c.name:
        return " ".join(f + g) if rng.random() < 0.5 else " ".join(f).upper() + " " + " ".join(g)
    words = c.name.split()
    return " ".join(words[-1:] + words[:-1])


def initials(c: Cand, rng: random.Random) -> str | None:
    g, f = _person(c)
    g = [w for w in g if w.strip(".")]
    if not g or not f:
        return None
    if len(g) >= 2 and rng.random() < 0.5:
        return natural([g[0]] + [w[0] + "." for w in g[1:]], f)
    return natural([w[0] + "." for w in g] if rng.random() < 0.5 else [g[0][0]], f)


def middle_dropped(c: Cand, rng: random.Random) -> str | None:
    g, f = _person(c)
    if len(g) >= 2:
        i = rng.randrange(1, len(g))
        return natural(g[:i] + g[i + 1 :], f)
    words = c.name.replace(",", " ").split()
    if "," not in c.name and len(words) >= 4:
        i = rng.randrange(1, len(words) - 1)
        return " ".join(words[:i] + words[i + 1 :])
    return None


def title_added(c: Cand, rng: random.Random) -> str | None:
    t = rng.choice(TITLES.get(c.trad, TITLES["other"]))
    return f"{t} {_nat(c)}"


def nickname(c: Cand, rng: random.Random) -> str | None:
    g, f = _person(c)
    idx = [i for i, w in enumerate(g[:1]) if w.upper() in NICKNAMES]
    if not idx:
        return None
    i = idx[0]
    g = list(g)
    g[i] = rng.choice(NICKNAMES[g[i].upper()])
    if rng.random() < 0.5 and len(g) > i + 1:
        g = g[: i + 1]
    return natural(g, f)


_TRANSLIT_INDEX = {w: grp for grp in GIVEN_TRANSLIT for w in grp}


def translit_given(c: Cand, rng: random.Random) -> str | None:
    g, f = _person(c)
    words = g + f
    idx = [i for i, w in enumerate(words) if w.upper().strip(",") in _TRANSLIT_INDEX]
    if not idx:
        return None
    i = rng.choice(idx)
    up = words[i].upper().strip(",")
    new = rng.choice([x for x in _TRANSLIT_INDEX[up] if x != up])
    words[i] = new if words[i].isupper() else new.title()
    return " ".join(words)


FAMILY_RULES: list[tuple[str, str]] = [
    (r"OV$", "OFF"),
    (r"EV$", "EFF"),
    (r"YEV$", "IEV"),
    (r"SKIY$", "SKY"),
    (r"SKIY$", "SKII"),
    (r"KH", "H"),
    (r"YU", "IU"),
    (r"YA", "IA"),
    (r"OU", "U"),
    (r"EE", "I"),
    (r"Q", "K"),
    (r"DH", "Z"),
    (r"SH", "CH"),
    (r"^KH", "H"),
    (r"IY$", "Y"),
    (r"Y$", "I"),
    (r"EI", "EY"),
    (r"AI", "AY"),
    (r"AY", "AI"),
    (r"U", "OU"),
    (r"J", "DJ"),
]


def translit_family(c: Cand, rng: random.Random) -> str | None:
    g, f = _person(c)
    if not f:
        return None
    i = rng.randrange(len(f))
    up = f[i].upper()
    rules = [(a, b) for a, b in FAMILY_RULES if re.search(a, up)]
    if not rules or len(up) < 4:
        return None
    a, b = rng.choice(rules)
    new = re.sub(a, b, up, count=1)
    f = list(f)
    f[i] = new if f[i].isupper() else new.title()
    return natural(g, f)


def original_script(c: Cand, rng: random.Random) -> str | None:
    s = c.name
    if not any(ord(ch) > 0x370 for ch in s):
        return None
    edits: list[Callable[[str], str]] = [
        lambda t: t.replace("ي ", "ى ").replace("ى ", "ي ") if re.search("[يى] ", t) else t + " ",
        lambda t: re.sub("[أإآ]", "ا", t),
        lambda t: re.sub("ة(\\s|$)", "ه\\1", t),
        lambda t: re.sub(" ال$", "", " ".join(t.split()[:-1])) if len(t.split()) >= 3 else t,
        lambda t: t.replace("عبد ال", "عبدال") if "عبد ال" in t else t.replace("عبدال", "عبد ال"),
        lambda t: " ".join(t.split()[-1:] + t.split()[:-1]),
        lambda t: t.replace("ё", "е").replace("Ё", "Е") if "ё" in t.lower() else t.upper(),
    ]
    order = list(range(len(edits)))
    rng.shuffle(order)
    for k in order:
        out = _strip_space(edits[k](s))
        if out != s and len(out) >= 3:
            return out
    return None


def cyrillic_back(c: Cand, rng: random.Random) -> str | None:
    g, f = _person(c)
    if not g or not f:
        return None
    words = [to_cyrillic(w) for w in g + f if re.fullmatch(r"[A-Za-z']+", w)]
    if len(words) != len(g + f):
        return None
    gc, fc = words[: len(g)], words[len(g) :]
    return " ".join(fc + gc) if rng.random() < 0.5 else " ".join(gc + fc)


def arabic_back(c: Cand, rng: random.Random) -> str | None:
    return to_arabic(_nat(c))


def truncated(c: Cand, rng: random.Random) -> str | None:
    n = _nat(c)
    limit = rng.randrange(16, 41)
    if len(n) <= limit + 3:
        return None
    cut = n[:limit].rstrip()
    if len(fold(cut).split()) < 2:
        return None
    return cut.upper() if rng.random() < 0.5 else cut


def payment(c: Cand, rng: random.Random) -> str | None:
    n = _upper_nopunct(_nat(c))
    num = rng.randrange(10000, 999999)
    acct = "".join(str(rng.randrange(10)) for _ in range(rng.choice([8, 10, 12])))
    tpl = rng.choice(
        [
            "ATTN {n}",
            "/BNF/{n}",
            "{n} REF INV{num}",
            "PAYMENT TO {n} ACC {acct}",
            "BENEF {n} ACCT NO {acct}",
            "FAO {n}",
            "{n} INVOICE {num}",
            "REF {num} {n}",
            "ORDER OF {n} A/C {acct}",
            "{n} /ACC/{acct}",
            "FFC {n} REF {num}",
            "1/{n}",
        ]
    )
    return tpl.format(n=n, num=num, acct=acct)


def ocr(c: Cand, rng: random.Random) -> str | None:
    return _ocr(_nat(c), rng)


def diacritics_added(c: Cand, rng: random.Random) -> str | None:
    words = _nat(c).split()
    idx = [i for i, w in enumerate(words) if w.upper().strip(",.") in HISPANIC_ACCENT]
    if idx:
        for i in idx:
            core = words[i].strip(",.")
            acc = HISPANIC_ACCENT[core.upper()]
            words[i] = words[i].replace(core, acc.upper() if core.isupper() else acc)
        return " ".join(words)
    if c.trad in ("arabic", "persian"):
        macron = {"A": "Ā", "I": "Ī", "U": "Ū", "a": "ā", "i": "ī", "u": "ū", "H": "Ḥ", "h": "ḥ"}
        out = list(" ".join(words))
        pos = [k for k, ch in enumerate(out) if ch in macron and k > 0 and out[k - 1].isalpha()]
        if not pos:
            return None
        for k in rng.sample(pos, min(len(pos), rng.choice([1, 2]))):
            out[k] = macron[out[k]]
        return "".join(out)
    return None


def diacritics_removed(c: Cand, rng: random.Random) -> str | None:
    n = _nat(c)
    if not any(ord(ch) > 127 and ch.isalpha() for ch in n) or any(ord(ch) > 0x370 for ch in n):
        return None
    t = unicodedata.normalize("NFKD", n)
    out = "".join(ch for ch in t if not unicodedata.combining(ch))
    return out if out != n else None


def vessel_prefix(c: Cand, rng: random.Random) -> str | None:
    p = rng.choice(["MV ", "M/V ", "M.T. ", "MT ", "M/T ", "MV. ", "TANKER ", "M.V. ", "VESSEL "])
    return p + c.name


def aircraft_reg(c: Cand, rng: random.Random) -> str | None:
    n = c.name
    if not re.fullmatch(r"[A-Z0-9]{1,3}-[A-Z0-9]{2,6}", n):
        return None
    return rng.choice(
        [
            n.replace("-", ""),
            n.replace("-", " "),
            "REG " + n,
            "A/C " + n,
            "TAIL NO " + n.replace("-", ""),
            n.lower(),
            "AIRCRAFT " + n,
        ]
    )


CITIES = [
    "Dubai",
    "Hong Kong",
    "Moscow",
    "Istanbul",
    "Tehran",
    "Shanghai",
    "Singapore",
    "Minsk",
    "Beirut",
    "Caracas",
    "Shenzhen",
    "Sharjah",
    "Almaty",
    "Tashkent",
    "Baku",
]


def place_branch(c: Cand, rng: random.Random) -> str | None:
    places = [p for p in c.entry.places if 2 < len(p) < 25]
    city = rng.choice(places) if places else rng.choice(CITIES)
    tpl = rng.choice(
        [
            "{n} ({c} Branch)",
            "{n} - {c}",
            "{n}, {c}",
            "{n} (branch)",
            "{n} {c} BRANCH",
            "{n} - {c} Office",
            "{n} ({c})",
        ]
    )
    return tpl.format(n=c.name, c=city)


# English generic word -> the word in the language a customer of that country would write.
GENERIC_BY_LANG: dict[str, dict[str, str]] = {
    "TRADING": {
        "tr": "TICARET",
        "de": "HANDELS",
        "zh": "MAOYI",
        "es": "COMERCIAL",
        "ar": "TIJARIYA",
        "ru": "TORGOVAYA",
        "fa": "BAZARGANI",
        "ko": "MUYOK",
    },
    "TRADE": {
        "tr": "TICARET",
        "de": "HANDEL",
        "zh": "MAOYI",
        "es": "COMERCIO",
        "fa": "TEJARAT",
        "ko": "MUYOK",
    },
    "INDUSTRIAL": {
        "tr": "SANAYI",
        "de": "INDUSTRIE",
        "zh": "GONGYE",
        "ru": "PROMYSHLENNAYA",
        "fa": "SANATI",
    },
    "INDUSTRIES": {
        "tr": "SANAYI",
        "de": "INDUSTRIEN",
        "zh": "GONGYE",
        "es": "INDUSTRIAS",
        "fa": "SANAYE",
    },
    "INDUSTRY": {
        "tr": "SANAYI",
        "de": "INDUSTRIE",
        "zh": "GONGYE",
        "es": "INDUSTRIA",
        "fa": "SANAT",
    },
    "INTERNATIONAL": {
        "tr": "ULUSLARARASI",
        "de": "INTERNATIONALE",
        "zh": "GUOJI",
        "es": "INTERNACIONAL",
        "ru": "MEZHDUNARODNAYA",
        "fa": "BEYNOLMELAL",
        "ar": "AL-DUWALIYA",
    },
    "GROUP": {
        "tr": "GRUBU",
        "de": "GRUPPE",
        "zh": "JITUAN",
        "es": "GRUPO",
        "ru": "GRUPPA",
        "fa": "GOROUH",
    },
    "BANK": {"tr": "BANKASI", "de": "BANK", "zh": "YINHANG", "es": "BANCO", "fr": "BANQUE"},
    "SHIPPING": {
        "tr": "DENIZCILIK",
        "de": "SCHIFFAHRT",
        "zh": "HAIYUN",
        "es": "NAVIERA",
        "fa": "KESHTIRANI",
        "ko": "HAEUN",
    },
    "TECHNOLOGY": {
        "tr": "TEKNOLOJI",
        "de": "TECHNIK",
        "zh": "KEJI",
        "es": "TECNOLOGIA",
        "ru": "TEKHNOLOGII",
        "fa": "FANAVARI",
    },
    "TECHNOLOGIES": {
        "tr": "TEKNOLOJI",
        "de": "TECHNOLOGIEN",
        "zh": "KEJI",
        "es": "TECNOLOGIAS",
        "ru": "TEKHNOLOGII",
        "fa": "FANAVARI",
    },
    "ELECTRONICS": {"tr": "ELEKTRONIK", "zh": "DIANZI", "es": "ELECTRONICA", "de": "ELEKTRONIK"},
    "ENGINEERING": {
        "tr": "MUHENDISLIK",
        "zh": "GONGCHENG",
        "es": "INGENIERIA",
        "ru": "INZHINIRING",
        "fa": "MOHANDESI",
    },
    "INVESTMENT": {
        "tr": "YATIRIM",
        "zh": "TOUZI",
        "es": "INVERSIONES",
        "ru": "INVESTITSII",
        "fa": "SARMAYEGOZARI",
    },
    "CONSTRUCTION": {
        "tr": "INSAAT",
        "zh": "JIANSHE",
        "es": "CONSTRUCCIONES",
        "ru": "STROY",
        "fa": "SAKHTEMANI",
    },
    "EXCHANGE": {"fa": "SARRAFI", "tr": "DOVIZ", "es": "CAMBIO", "ar": "SARRAFA"},
    "MACHINERY": {"tr": "MAKINA", "zh": "JIXIE", "es": "MAQUINARIA"},
    "PETROLEUM": {"ru": "NEFT", "tr": "PETROL", "zh": "SHIYOU", "es": "PETROLEO", "fa": "NAFT"},
    "OIL": {"ru": "NEFT", "zh": "SHIYOU", "fa": "NAFT"},
    "CHEMICAL": {"tr": "KIMYA", "zh": "HUAGONG", "es": "QUIMICA", "ru": "KHIMIYA", "fa": "SHIMI"},
    "SERVICES": {"tr": "HIZMETLERI", "es": "SERVICIOS", "zh": "FUWU", "fa": "KHADAMAT"},
    "COMMERCIAL": {"ar": "TIJARIYA", "es": "COMERCIAL", "fa": "BAZARGANI", "ru": "KOMMERCHESKIY"},
    "NAVIGATION": {"es": "NAVEGACION", "zh": "HANGYUN", "it": "NAVIGAZIONE"},
}
BACK_TO_ENGLISH: dict[str, str] = {
    w: en for en, by in GENERIC_BY_LANG.items() for w in by.values() if w != en
}


def _language(c: Cand) -> str | None:
    up = fold(c.name).upper()
    words = up.split()
    prog = c.entry.program.upper()
    if any(x in up for x in ("TICARET", "SIRKETI", "ISTANBUL", "ANONIM", "TURK")):
        return "tr"
    if any(
        x in up
        for x in (
            "CHINA",
            "SHENZHEN",
            "SHANGHAI",
            "BEIJING",
            "GUANGZHOU",
            "DALIAN",
            "HONG KONG",
            "TIANJIN",
            "ZHEJIANG",
            "JIANGSU",
            "SICHUAN",
            "ANHUI",
            "HUBEI",
            "HUNAN",
            "HENAN",
            "SHANDONG",
            "SHAANXI",
            "GUANGDONG",
            "FUJIAN",
            "HARBIN",
            "WUHAN",
            "CHENGDU",
            "NANJING",
            "CHONGQING",
            "ZHUHAI",
            "XIAMEN",
            "NINGBO",
            "QINGDAO",
            "HANGZHOU",
            "SHENYANG",
            "SUZHOU",
        )
    ) or (sum(w in CHINESE_SYL for w in words) >= 2):
        return "zh"
    if "KOREA" in up or "DPRK" in prog:
        return "ko"
    if "IRAN" in prog or "IRAN" in up or "PERSIA" in up:
        return "fa"
    if any(x in prog for x in ("RUSSIA", "BELARUS", "UKRAINE")):
        return "ru"
    if any(x in prog for x in ("SDNT", "VENEZUELA", "CUBA", "NICARAGUA", "ILLICIT")):
        return "es"
    if "GMBH" in words:
        return "de"
    if any(x in prog for x in ("SYRIA", "IRAQ", "LEBANON", "YEMEN", "LIBYA")):
        return "ar"
    return None


def generic_translated(c: Cand, rng: random.Random) -> str | None:
    words = c.name.split()
    back = [i for i, w in enumerate(words) if w.upper().strip(",.") in BACK_TO_ENGLISH]
    lang = _language(c)
    fwd = [
        i
        for i, w in enumerate(words)
        if w.upper().strip(",.") in GENERIC_BY_LANG
        and lang is not None
        and lang in GENERIC_BY_LANG[w.upper().strip(",.")]
    ]
    if back and (not fwd or rng.random() < 0.5):
        i = rng.choice(back)
        core = words[i].strip(",.")
        new = BACK_TO_ENGLISH[core.upper()]
    elif fwd:
        i = rng.choice(fwd)
        core = words[i].strip(",.")
        by = GENERIC_BY_LANG[core.upper()]
        new = by[lang] if lang is not None else core
    else:
        return None
    if not core.isupper():
        new = new.title()
    words[i] = words[i].replace(core, new)
    return " ".join(words)


def second_surname(c: Cand, rng: random.Random) -> str | None:
    g, f = _person(c)
    if len(f) != 2 or not g or any(w.upper() in ("DE", "DEL", "LA", "Y") for w in f):
        return None
    mode = rng.random()
    if mode < 0.45:
        return natural(g, f[:1])
    if mode < 0.8:
        return natural(g, [f[0] + "-" + f[1]])
    return natural(g, f[:1] + [f[1][0] + "."])


def arabic_particle(c: Cand, rng: random.Random) -> str | None:
    n = _nat(c)
    m = [
        x
        for x in re.finditer(r"\b(AL|Al|al|EL|El|el|UL|ul)([- ])(\w)", n)
        if x.group(1).upper() != "EL" or x.group(2) == "-" or c.trad == "arabic"
    ]
    if m:
        x = rng.choice(m)
        part = rng.choice(
            ["", " ", "-", "El-", "Al "] if x.group(1).upper() != "UL" else ["", " ", "AL-"]
        )
        rep = x.group(1) + part + x.group(3) if part in ("", " ", "-") else part + x.group(3)
        out = n[: x.start()] + rep + n[x.end() :]
        return out if out != n else None
    m2 = [mm for mm in re.finditer(r"\b(AL|EL)([A-Z]{4,})", n.upper())]
    if m2 and c.trad == "arabic" and not n.upper().startswith(("ALEK", "ALEX", "ALB", "ALF")):
        x = m2[0]
        return n[: x.start()] + n[x.start() : x.start() + 2] + "-" + n[x.start() + 2 :]
    return None


def abd_abdul(c: Cand, rng: random.Random) -> str | None:
    n = _nat(c)
    pat = re.compile(
        r"\b(ABD|Abd|'ABD|'Abd)[ -](AL|al|Al|EL|el|UL)[- ]?(\w+)|\b(ABDUL|Abdul|ABDEL|Abdel|ABDOL|Abdol)[ -]?(\w+)"
    )
    m = pat.search(n)
    if not m:
        return None
    rest = m.group(3) or m.group(5)
    if rest.upper() in ("LAHI", "LLAHI"):
        return None
    if rest.upper() in ("LAH", "LLAH", "LA", "LLA", "ALLAH"):
        new = rng.choice(["Abd Allah", "Abdallah", "Abd-Allah", "Abdulla"])
        out = n[: m.start()] + new + n[m.end() :]
        return out if fold(out) != fold(n) else None
    forms = [
        "Abdul {r}",
        "Abdul{r}",
        "Abd al-{r}",
        "Abdel {r}",
        "Abd-al-{r}",
        "ABDUL {R}",
        "Abd Al {r}",
        "Abdol{r}",
        "Abdur {r}",
    ]
    new = rng.choice(forms).format(r=rest.title(), R=rest.upper())
    out = n[: m.start()] + new + n[m.end() :]
    return out if fold(out) != fold(n) else None


def bin_ibn(c: Cand, rng: random.Random) -> str | None:
    n = _nat(c)
    m = re.search(r"\b(BIN|Bin|bin|IBN|Ibn|ibn|BINT|Bint|bint|BEN|Ben)\b", n)
    if not m:
        return None
    u = m.group(1).upper()
    opts = (
        ["bint", "binti", "bt."] if u == "BINT" else ["ibn", "bin", "ben", "b.", "Bin", "Ibn", ""]
    )
    new = rng.choice([o for o in opts if o.upper() != u])
    return _strip_space(n[: m.start()] + new + n[m.end() :])


def abu_joined(c: Cand, rng: random.Random) -> str | None:
    n = _nat(c)
    m = re.search(r"\b(ABU|Abu|ABOU|Abou)([ -])(\w+)", n)
    if m:
        form = rng.choice(["{a}{r}", "Abou {r}", "Abu-{r}", "Abo {r}", "{a}{rl}", "Abu {r}"])
        new = form.format(a=m.group(1), r=m.group(3), rl=m.group(3).lower())
        out = n[: m.start()] + new + n[m.end() :]
        return out if out != n else None
    m2 = re.search(r"\b(ABU|Abu)([A-Za-z]{4,})", n)
    if m2:
        return n[: m2.start()] + m2.group(1) + " " + m2.group(2) + n[m2.end() :]
    return None


def ampersand(c: Cand, rng: random.Random) -> str | None:
    n = c.name
    if " & " in n or "&" in n:
        return n.replace("&", rng.choice([" AND ", " and ", " UND ", " ET ", " Y ", "+"])).replace(
            "  ", " "
        )
    m = re.search(r"(?<=\w )(AND|and|UND|und|ET|et|VE|ve)\b", n)
    if m and c.entry.kind != "person":
        return n[: m.start()] + rng.choice(["&", "AND", "+", "N"]) + n[m.end() :]
    return None


def apostrophe_hyphen(c: Cand, rng: random.Random) -> str | None:
    n = _nat(c)
    if "'" not in n and "-" not in n and "`" not in n:
        return None
    mode = rng.random()
    out = n.replace("'", "").replace("`", "")
    if "-" in n:
        out = out.replace("-", "" if mode < 0.5 else " ")
    return out if out != n else None


def turkish(c: Cand, rng: random.Random) -> str | None:
    words = c.name.split()
    if not {w.upper().strip(",.") for w in words} & TURKISH_MARKERS:
        return None
    hits = [
        i
        for i, w in enumerate(words)
        if w.upper().strip(",.") in TURKISH
        and TURKISH[w.upper().strip(",.")] != w.upper().strip(",.")
    ]
    if not hits:
        return None
    fold_back = rng.random() < 0.25
    for i in hits:
        core = words[i].strip(",.")
        t = TURKISH[core.upper()]
        if fold_back:
            t = t.replace("Ə", "A").replace("ə", "a")
        if not core.isupper():
            t = t[0] + t[1:].replace("İ", "i").replace("I", "ı").lower()
        words[i] = words[i].replace(core, t)
    return " ".join(words)


def vietnamese(c: Cand, rng: random.Random) -> str | None:
    words = re.sub(r"[,]", " ", c.name).split()
    up = [w.upper() for w in words]
    if not up or not (set(up) & VIET_FAMILY) or not all(w in VIET for w in up):
        return None
    g, f = _person(c)
    order = f + g if c.entry.kind == "person" else words
    return " ".join(VIET.get(w.upper(), w) for w in order)


def numbers(c: Cand, rng: random.Random) -> str | None:
    n = c.name
    m = re.search(r"\b(\d{1,2})\b", n)
    if m and int(m.group(1)) < len(NUMBERS):
        return n[: m.start()] + NUMBERS[int(m.group(1))] + n[m.end() :]
    words = n.split()
    for i, w in enumerate(words):
        u = w.upper().strip(",.")
        if u in NUMBERS:
            words[i] = str(NUMBERS.index(u))
            return " ".join(words)
        if u in ORDINALS:
            words[i] = ORDINALS[u]
            return " ".join(words)
    m = re.search(r"\b(\d+)(ST|ND|RD|TH)\b", n.upper())
    if m:
        inv = {v: k for k, v in ORDINALS.items()}
        key = m.group(0)
        if key in inv:
            return n[: m.start()] + inv[key] + n[m.end() :]
    m = re.search(r"\bNO\.? ?(\d+)", n.upper())
    if m:
        return n[: m.start()] + "#" + m.group(1) + n[m.end() :]
    return None


def address_padded(c: Cand, rng: random.Random) -> str | None:
    n = _upper_nopunct(_nat(c))
    addrs = [a for a in c.entry.addresses if len(a) < 70]
    if addrs:
        return f"{n} {_upper_nopunct(rng.choice(addrs))}"
    places = [p for p in c.entry.places if len(p) < 30]
    if places:
        return f"{n} {rng.randrange(1, 200)} {_upper_nopunct(rng.choice(['MAIN ST', 'STATION RD', 'PO BOX ' + str(rng.randrange(100, 9999))]))} {_upper_nopunct(rng.choice(places))}"
    return None


def abbreviation(c: Cand, rng: random.Random) -> str | None:
    return _word_sub(c.name, ABBREV, rng)


SPLIT_PREFIX = [
    "PETRO",
    "AERO",
    "TRANS",
    "TECHNO",
    "ELECTRO",
    "INTER",
    "MULTI",
    "AGRO",
    "SINO",
    "EURO",
    "NEFTE",
    "GAZ",
    "ENERGO",
    "PROM",
    "AVIA",
    "ROS",
    "TEKH",
    "STROY",
    "MASH",
    "INVEST",
    "TRADE",
    "SHIP",
    "OIL",
    "GULF",
    "STAR",
    "SUN",
]


def joined_split(c: Cand, rng: random.Random) -> str | None:
    words = c.name.split()
    for i, w in enumerate(words):
        u = w.upper()
        for p in SPLIT_PREFIX:
            if u.startswith(p) and len(u) - len(p) >= 4 and u.isalpha():
                words[i] = w[: len(p)] + rng.choice([" ", "-"]) + w[len(p) :]
                return " ".join(words)
    pairs = [
        i
        for i in range(len(words) - 1)
        if words[i].isalpha()
        and words[i + 1].isalpha()
        and 2 <= len(words[i]) <= 7
        and 3 <= len(words[i + 1]) <= 8
        and _legal_span(words[i + 1].upper()) is None
        and words[i].upper() not in ("OF", "THE", "AND", "FOR", "DE", "AL")
    ]
    if not pairs:
        return None
    i = rng.choice(pairs)
    return " ".join(words[:i] + [words[i] + words[i + 1]] + words[i + 2 :])


def case_punct(c: Cand, rng: random.Random) -> str | None:
    n = _nat(c)
    mode = rng.randrange(4)
    if mode == 0:
        out = n.lower()
    elif mode == 1:
        out = n.title()
    elif mode == 2:
        out = n.replace(" ", ", ", 1) + "."
    else:
        out = "  ".join(n.split()).upper() + " ,"
    return out if out != n else None


def _s_slip(s: str, rng: random.Random) -> str:
    words = s.split()
    idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not idx:
        return s
    i = rng.choice(idx)
    words[i] = _slip(words[i], rng)
    return " ".join(words)


def _s_translit(s: str, rng: random.Random) -> str:
    words = s.split()
    idx = [i for i, w in enumerate(words) if w.upper() in _TRANSLIT_INDEX]
    if not idx:
        return s
    i = rng.choice(idx)
    new = rng.choice([x for x in _TRANSLIT_INDEX[words[i].upper()] if x != words[i].upper()])
    words[i] = new if words[i].isupper() else new.title()
    return " ".join(words)


def _s_legal(s: str, rng: random.Random) -> str:
    span = _legal_span(s.upper())
    if span is None:
        return s
    table = rng.choice([SPACED, DOTTED, EQUIVALENT])
    if span[2] not in table:
        return s
    return _replace_form(s, rng.choice(table[span[2]])) or s


def _s_legal_typo(s: str, rng: random.Random) -> str:
    words = s.split()
    idx = [i for i, w in enumerate(words) if w.upper().strip(",.") in FORM_WORDS and len(w) >= 5]
    if not idx:
        return s
    i = rng.choice(idx)
    words[i] = _typo_word(words[i], rng.choice(["transpose", "drop", "double"]), rng)
    return " ".join(words)


SMALL: list[tuple[str, Callable[[str, random.Random], str]]] = [
    ("upper-nopunct", lambda s, r: _upper_nopunct(s)),
    ("lower", lambda s, r: s.lower()),
    ("slip", _s_slip),
    ("translit", _s_translit),
    ("legal-form", _s_legal),
    ("legal-typo", _s_legal_typo),
    ("ocr", lambda s, r: _ocr(s, r) or s),
    ("hyphen", lambda s, r: s.replace("-", " " if r.random() < 0.5 else "")),
    ("particle", lambda s, r: re.sub(r"\b(AL|Al|al|EL|El)-", lambda m: m.group(1), s, count=1)),
    ("double-space", lambda s, r: s.replace(" ", "  ", 1)),
    ("swap-first-two", lambda s, r: " ".join(s.split()[1:2] + s.split()[:1] + s.split()[2:])),
    (
        "strip-diacritics",
        lambda s, r: "".join(
            ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch)
        ),
    ),
]


def combo(k: int) -> Fn:
    def fn(c: Cand, rng: random.Random) -> str | None:
        s = _nat(c)
        order = list(range(len(SMALL)))
        rng.shuffle(order)
        used: set[str] = set()
        for j in order:
            name, f = SMALL[j]
            if name in ("upper-nopunct", "lower") and used & {"upper-nopunct", "lower"}:
                continue
            t = f(s, rng)
            if t != s and fold(t) != fold(s) or (name in ("lower", "upper-nopunct") and t != s):
                s = t
                used.add(name)
            if len(used) == k:
                return s
        return None

    return fn


# (category, kinds allowed or None, traditions allowed or None, function, description)
Cat = tuple[str, "set[str] | None", "set[str] | None", Fn, str]
ORG = {"organization", "other"}
PER = {"person"}
CATEGORIES: list[Cat] = [
    (
        "legal_typo_transposed",
        ORG,
        None,
        legal_typo("transpose"),
        "two letters of a legal-form word swapped",
    ),
    (
        "legal_typo_dropped",
        ORG,
        None,
        legal_typo("drop"),
        "one letter of a legal-form word dropped",
    ),
    (
        "legal_typo_doubled",
        ORG,
        None,
        legal_typo("double"),
        "one letter of a legal-form word doubled",
    ),
    ("legal_spaced", ORG, None, legal_table(SPACED), "legal form spelt out in spaced letters"),
    ("legal_dotted", ORG, None, legal_table(DOTTED), "legal form with stray or missing dots"),
    ("legal_moved", ORG, None, legal_moved, "legal form moved from end to front or front to end"),
    ("legal_dropped", ORG, None, legal_dropped, "legal form left out"),
    (
        "legal_translated",
        ORG,
        None,
        legal_translated,
        "legal form replaced by an equivalent or translation",
    ),
    (
        "slip_korean",
        PER,
        {"korean"},
        slip_in_given,
        "one-letter slip in a romanised Korean given name",
    ),
    ("slip_arabic", PER, {"arabic"}, slip_any_word, "one-letter slip in a romanised Arabic name"),
    (
        "slip_persian",
        PER,
        {"persian"},
        slip_any_word,
        "one-letter slip in a romanised Persian name",
    ),
    (
        "slip_russian",
        PER,
        {"russian"},
        slip_any_word,
        "one-letter slip in a romanised Russian name",
    ),
    (
        "slip_chinese",
        PER | {"other"},
        {"chinese"},
        slip_any_word,
        "one-letter slip in a pinyin name",
    ),
    ("acronym_slip", None, None, acronym_slip, "one-letter slip in an all-capitals acronym alias"),
    (
        "syllable_hyphen_space",
        PER,
        {"korean", "chinese"},
        hyphen_syllables,
        "hyphen/space changes between syllables",
    ),
    ("family_name_first", PER, None, family_first, "family name first, no comma"),
    ("given_initials", PER, None, initials, "given names reduced to initials"),
    ("middle_name_dropped", PER, None, middle_dropped, "a middle or patronymic name dropped"),
    ("title_added", PER, None, title_added, "title or honorific put in front"),
    ("nickname_english_form", PER, None, nickname, "given name as a nickname or English form"),
    ("translit_given", PER, None, translit_given, "other common romanisation of a given name"),
    ("translit_family", PER, None, translit_family, "other common romanisation of a family name"),
    (
        "original_script",
        None,
        None,
        original_script,
        "UN original-script name with one small change",
    ),
    (
        "cyrillic_back",
        PER,
        {"russian"},
        cyrillic_back,
        "Russian name transliterated back into Cyrillic",
    ),
    (
        "arabic_back",
        None,
        {"arabic", "persian"},
        arabic_back,
        "Arabic name written back in Arabic script",
    ),
    ("truncated_field", None, None, truncated, "cut to a field length of 16-40 characters"),
    (
        "payment_style",
        None,
        None,
        payment,
        "payment-message style: upper case, no punctuation, ATTN/REF/account words",
    ),
    ("ocr_slip", None, None, ocr, "one OCR confusion (rn/m, 0/O, 1/l, 5/S, cl/d, 8/B ...)"),
    (
        "diacritics_added",
        None,
        None,
        diacritics_added,
        "diacritics added (Spanish accents, Arabic macrons)",
    ),
    ("diacritics_removed", None, None, diacritics_removed, "diacritics of the list name removed"),
    ("vessel_prefix", {"vessel"}, None, vessel_prefix, "vessel name with MV, M/V, M.T. ... prefix"),
    (
        "aircraft_registration",
        {"aircraft"},
        None,
        aircraft_reg,
        "aircraft registration written differently",
    ),
    ("place_or_branch", ORG, None, place_branch, "company name with a place or (branch) appended"),
    (
        "generic_word_translated",
        ORG,
        None,
        generic_translated,
        "generic word translated (Trading/Ticaret/Maoyi ...)",
    ),
    (
        "second_surname",
        PER,
        {"hispanic"},
        second_surname,
        "second surname dropped, hyphenated or initialled",
    ),
    ("combo_two", None, None, combo(2), "two small changes combined"),
    ("arabic_particle", None, None, arabic_particle, "Al-/El-/Ul- joined, split or swapped"),
    ("abd_abdul", None, None, abd_abdul, "Abd al-/Abdul/Abdel forms swapped"),
    ("bin_ibn", None, None, bin_ibn, "bin/ibn/bint/ben swapped or dropped"),
    ("abu_joined", None, None, abu_joined, "Abu joined, split or respelt"),
    ("ampersand_and", None, None, ampersand, "'&' versus 'and'/'und'/'et'"),
    ("apostrophe_hyphen_dropped", None, None, apostrophe_hyphen, "apostrophes and hyphens dropped"),
    (
        "turkish_azeri_letters",
        None,
        None,
        turkish,
        "Turkish/Azeri letters (ı, ş, ğ, ə, İ) written in",
    ),
    ("vietnamese_tones", None, None, vietnamese, "Vietnamese name written with its tone marks"),
    ("number_words", None, None, numbers, "numbers as words or digits"),
    (
        "address_padded",
        None,
        None,
        address_padded,
        "name padded with the entry's street/city, payment style",
    ),
    ("combo_three", None, None, combo(3), "three small changes combined"),
    ("abbreviation", ORG, None, abbreviation, "generic word abbreviated (INTL, CO, MFG ...)"),
    (
        "joined_split_words",
        ORG | {"vessel"},
        None,
        joined_split,
        "compound split or two words joined",
    ),
    ("case_punctuation", None, None, case_punct, "case changed and stray punctuation"),
]


# --------------------------------------------------------------------------- innocent names
# Hand-written given names, family names and company words per naming tradition (written for
# this set, not taken from any list or data file). Persons are given + family in the order the
# tradition writes them; companies are hand-written patterns over hand-written words.

W = str.split
TRADITIONS: dict[str, dict[str, list[str]]] = {
    "arabic": {
        "given": W(
            "Mohammed Ahmed Ali Omar Khaled Yousef Ibrahim Hassan Hussein Abdullah Fatima Aisha "
            "Mariam Layla Noor Huda Samir Karim Nabil Tarek Rami Ziad Walid Bassam Hani Majed "
            "Faisal Sultan Rashid Salem Amal Rania Dina Salma Yasmin Hana Mahmoud Mustafa Adel "
            "Nasser Jamal Kamal Imad Fadi Sami Wael Ayman Hisham Tamer Sherif Lina Reem"
        ),
        "family": W(
            "Haddad Khoury Nasser Saleh Mansour Hamdan Qasim Darwish Farouk Hijazi Obeidat "
            "Tamimi Shami Halabi Masri Najjar Sabbagh Attar Khatib Zoubi Rifai Jaber Badawi "
            "Sharif Suleiman Awad Barakat Daher Ghanem Habib Issa Jabri Kanaan Lahham Maalouf "
            "Nimer Odeh Qaddoura Rizk Saad Tannous Yassin Zaher Al-Hashimi Al-Amin Al-Mutairi "
            "El-Sayed Abu-Samra"
        ),
        "org": W(
            "Al-Noor|Al-Fajr|Dar Al-Salam|Al-Wafa|Al-Rawda|Al-Khaleej|Al-Bayan|Al-Amal|Nakheel|"
            "Al-Shams|Al-Yasmeen|Zahrat Al-Madina|Al-Ittihad|Al-Tawfiq|Al-Sahraa",
            "|",
        ),
    },
    "persian": {
        "given": W(
            "Ali Reza Mohammad Hossein Mehdi Amir Hamid Saeed Farhad Babak Kaveh Dariush Arash "
            "Navid Omid Pouya Behnam Kamran Shahram Parviz Maryam Zahra Fatemeh Sara Neda Shirin "
            "Parisa Leila Azadeh Roya Mahsa Golnar Niloufar Ramin Siavash Payam Bijan Nima Soheil"
        ),
        "family": W(
            "Ahmadi Hosseini Karimi Rahimi Moradi Jafari Rostami Sadeghi Tehrani Shirazi Esfahani "
            "Kazemi Mousavi Hashemi Rezaei Abbasi Ghorbani Navabi Farahani Najafi Bagheri Zand "
            "Tavakoli Amini Soltani Rahmani Ansari Khorasani Parsa Ebrahimi Yazdani Golzar "
            "Mohammadzadeh Alizadeh Hassanpour Kianpour Nikpour Jahanbani"
        ),
        "org": W(
            "Pars|Arian|Kourosh|Aryana|Golestan|Sepid|Pasargad|Zagros|Alborz|Mehr|Tirgan|Setareh",
            "|",
        ),
    },
    "russian": {
        "given": W(
            "Aleksandr Sergey Dmitry Andrei Alexei Mikhail Ivan Nikolai Pavel Vladimir Yuri Oleg "
            "Igor Konstantin Roman Anton Maxim Artem Denis Kirill Elena Olga Tatiana Natalia Irina "
            "Svetlana Anna Maria Ekaterina Yulia Anastasia Daria Ksenia Viktoria Polina Ilya Boris"
        ),
        "family": W(
            "Smirnov Kuznetsov Popov Sokolov Lebedev Novikov Morozov Volkov Solovyov Vasiliev "
            "Zaitsev Pavlov Semyonov Golubev Vinogradov Bogdanov Vorobyov Fyodorov Mikhailov "
            "Belyaev Tarasov Belov Komarov Orlov Kiselyov Makarov Andreev Kovalyov Ilyin "
            "Gusev Titov Kuzmin Kudryavtsev Baranov Kulikov Alexeev Stepanov Yakovlev Sorokin"
        ),
        "org": W(
            "Romashka|Vershina|Sever|Rassvet|Zarya|Volna|Granit|Almaz|Kedr|Berezka|Ural|Yantar|"
            "Sibirskiy Les|Volzhskaya Mebel|Solnechny Dom",
            "|",
        ),
    },
    "ukrainian": {
        "given": W(
            "Oleksandr Andriy Mykola Serhiy Taras Bohdan Yaroslav Volodymyr Petro Vasyl Ostap "
            "Oksana Olena Iryna Natalia Halyna Khrystyna Solomiya Yulia Kateryna Dmytro Yurii"
        ),
        "family": W(
            "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Koval Oliynyk "
            "Lysenko Marchenko Savchenko Rudenko Moroz Petrenko Hrytsenko Klymenko Pavlenko "
            "Kostenko Zinchenko Tymoshchuk Polishchuk Levchenko Honcharuk"
        ),
        "org": W(
            "Karpaty|Dnipro Agro|Poltava Grain|Sonyashnyk|Lviv Craft|Chumatskyi Shliakh|Kalyna", "|"
        ),
    },
    "chinese": {
        "given": W(
            "Wei Fang Jing Lei Min Jun Tao Yan Hui Qiang Xiaoming Yifan Zihan Haoran Jiayi "
            "Xinyi Yuting Mingyu Zhiwei Guoqiang Jianguo Lihua Meiling Chunyan Xiaohong Weidong "
            "Hongyu Shuang Kai Bo Ning Rui Ying Lan"
        ),
        "family": W(
            "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin "
            "Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan"
        ),
        "org": W(
            "Huaxing|Jinlong|Hengtai|Dongfang|Xinhua|Tianhe|Changjiang|Baoli|Ruifeng|Hongda|"
            "Jiahe|Fuxing|Yongsheng|Kangda|Minghui",
            "|",
        ),
    },
    "korean": {
        "given": W(
            "Min-jun Seo-yeon Ji-hoon Ha-eun Do-yun Ji-woo Seung-hyun Yoo-jin Jae-won Hye-jin "
            "Sung-min Eun-ji Tae-yang Da-eun Hyun-woo Soo-ah Joon-ho Ye-jin Dong-hyun Mi-kyung "
            "Young-soo Kyung-ho Chang-min Na-rae Sang-woo"
        ),
        "family": W(
            "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn "
            "Song Jeon Hong Yoo Ko Moon Yang Son Bae Baek"
        ),
        "org": W(
            "Hanil|Daesung|Samyang|Seoul Precision|Busan Marine|Hankook Textile|Dongsung|"
            "Mirae Food|Saehan|Jinro Logistics|Woori Parts|Haeyang",
            "|",
        ),
    },
    "japanese": {
        "given": W(
            "Hiroshi Takeshi Kenji Yuki Haruto Sota Ren Daiki Kazuki Takumi Yui Aoi Sakura "
            "Haruka Misaki Yuna Emi Naoko Keiko Akira Satoshi Shinji Tomoko Ayumi"
        ),
        "family": W(
            "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato "
            "Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Mori "
            "Ikeda Hashimoto Ishikawa Ogawa"
        ),
        "org": W(
            "Sakura Seiki|Fuji Kogyo|Nippon Yusoki|Hokuto Denki|Tokai Shoji|Kansai Kikai|"
            "Asahi Sangyo|Midori Shokuhin|Yamato Unyu",
            "|",
        ),
    },
    "vietnamese": {
        "given": W(
            "Văn Minh|Thị Lan|Đức Anh|Quốc Bảo|Thanh Hương|Minh Châu|Ngọc Ánh|Hoàng Nam|"
            "Thu Trang|Gia Huy|Bảo Ngọc|Tuấn Kiệt|Hải Yến|Phương Linh|Quang Vinh|Xuân Mai|"
            "Van Hung|Thi Mai|Duc Thang|Kim Oanh",
            "|",
        ),
        "family": W(
            "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Nguyen "
            "Tran Pham Hoang"
        ),
        "org": W(
            "Sao Mai|Hoa Sen|Phú Thịnh|Thành Công|Minh Phát|Tân Hiệp|An Phát|Hưng Thịnh|Việt Tiến",
            "|",
        ),
    },
    "hispanic": {
        "given": W(
            "José Juan Luis Carlos Jorge María Miguel Jesús Manuel Francisco Antonio Pedro "
            "Alejandro Fernando Ricardo Diego Sofía Valentina Camila Lucía Isabella Gabriela "
            "Daniela Ana Carmen Rosa Guadalupe Javier Andrés Santiago Mateo Emilio Ramón"
        ),
        "family": W(
            "García Rodríguez Martínez López González Hernández Pérez Sánchez Ramírez Torres "
            "Flores Rivera Gómez Díaz Cruz Morales Reyes Gutiérrez Ortiz Ruiz Castillo Vargas "
            "Romero Mendoza Herrera Medina Aguilar Navarro Ramos Vega Salazar Delgado Cabrera"
        ),
        "org": W(
            "Distribuidora del Norte|Abarrotes La Esperanza|Transportes Rápidos|Agrícola San José|"
            "Ferretería El Martillo|Textiles Monterrey|Panadería La Espiga|Construcciones Andinas|"
            "Importadora del Pacífico|Café Los Altos|Farmacia Santa Fe|Pesquera del Sur",
            "|",
        ),
    },
    "portuguese": {
        "given": W(
            "João Pedro Lucas Gabriel Rafael Tiago Mateus Bruno Rodrigo Felipe Ana Beatriz "
            "Mariana Larissa Juliana Fernanda Letícia Camila Inês Gonçalo Duarte Rui Vitória"
        ),
        "family": W(
            "Silva Santos Oliveira Souza Pereira Costa Ferreira Almeida Carvalho Gomes "
            "Ribeiro Martins Rocha Alves Barbosa Cardoso Teixeira Correia Moreira Mendes "
            "Nascimento Araújo Lima Cavalcanti"
        ),
        "org": W(
            "Comercial Boa Vista|Transportadora Rio Verde|Padaria Pão Dourado|Construtora Horizonte|"
            "Agropecuária Três Irmãos|Têxtil Minas|Metalúrgica Paulista",
            "|",
        ),
    },
    "turkish": {
        "given": W(
            "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Emre "
            "Burak Can Deniz Elif Zeynep Ayşe Fatma Emine Merve Büşra Gökhan Serkan Selin Ebru"
        ),
        "family": W(
            "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan "
            "Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Erdem Güneş Aksoy"
        ),
        "org": W(
            "Anadolu Gıda|Ege Tekstil|Karadeniz Nakliyat|Marmara Plastik|Toros Tarım|Boğaziçi Lojistik|"
            "Akdeniz Mermer|Kapadokya Turizm|Yeşil Vadi Süt",
            "|",
        ),
    },
    "azeri": {
        "given": W(
            "Elçin Rəşad Ilham Tural Orxan Kamran Nigar Aysel Günay Leyla Vüsal Rauf Samir Zaur"
        ),
        "family": W(
            "Məmmədov Əliyev Həsənov Hüseynov Quliyev Abbasov Rzayev Kərimov Babayev Nəsirov "
            "Mammadova Aliyeva Hasanova"
        ),
        "org": W("Xəzər Balıq|Qafqaz Tikinti|Abşeron Nəqliyyat|Gəncə Aqro|Şirvan Kimya", "|"),
    },
    "indian": {
        "given": W(
            "Rahul Amit Rajesh Suresh Vikram Arjun Rohan Sanjay Anil Deepak Priya Anjali Neha "
            "Pooja Kavya Divya Sunita Lakshmi Meera Aditya Karthik Venkatesh Harpreet Gurpreet "
            "Mohammed Imran Farhan Ayesha"
        ),
        "family": W(
            "Sharma Verma Gupta Patel Shah Mehta Iyer Nair Reddy Rao Menon Pillai Kumar Singh "
            "Chatterjee Banerjee Mukherjee Das Bose Joshi Kulkarni Desai Agarwal Malhotra Kapoor "
            "Chopra Bhatt Naidu Subramanian Krishnan Qureshi Ansari"
        ),
        "org": W(
            "Shree Ganesh Textiles|Balaji Traders|Laxmi Enterprises|Sai Krishna Exports|"
            "Annapurna Foods|Vardhman Polymers|Ganga Engineering Works|Sunrise Pharma|"
            "Deccan Agro|Kaveri Spinning Mills|Om Sai Logistics|Rajdhani Motors",
            "|",
        ),
    },
    "pakistani": {
        "given": W(
            "Muhammad Ahmed Bilal Usman Hamza Zain Faisal Imran Asif Kashif Saima Nadia Ayesha "
            "Sana Hina Mehwish Waqar Shahid Tariq Junaid"
        ),
        "family": W(
            "Khan Malik Chaudhry Butt Qureshi Siddiqui Awan Rana Sheikh Mirza Baig Raja "
            "Bhatti Cheema Gondal Niazi Abbasi Shah"
        ),
        "org": W(
            "Al-Karam Textiles|Punjab Rice Mills|Indus Surgical|Sialkot Sports Goods|"
            "Faisalabad Looms|Karachi Cotton Traders|Mehran Foods",
            "|",
        ),
    },
    "nigerian": {
        "given": W(
            "Chinedu Emeka Ngozi Chiamaka Obinna Ifeanyi Adebayo Oluwaseun Funmilayo Yetunde "
            "Babatunde Temitope Aisha Musa Ibrahim Abubakar Halima Zainab Kelechi Uchenna Tunde "
            "Bukola Segun Ngozika"
        ),
        "family": W(
            "Okafor Okonkwo Eze Nwosu Obi Adeyemi Ogunleye Adebayo Balogun Olawale Bello "
            "Abdullahi Usman Danjuma Ibekwe Chukwu Nnamdi Afolabi Ojo Akande Onyekachi Uche"
        ),
        "org": W(
            "Eko Foods|Niger Delta Logistics|Zuma Cement|Lagos Star Textiles|Olumo Ventures|"
            "Enugu Coal Traders|Kano Grains|Abuja Fresh Farms",
            "|",
        ),
    },
    "east_african": {
        "given": W(
            "Wanjiru Kamau Otieno Achieng Mwangi Njeri Baraka Amani Juma Neema Abebe Tigist "
            "Dawit Hirut Tesfaye Yohannes Mekdes Selam Halima Faraji Zawadi Asha Kibet Chebet"
        ),
        "family": W(
            "Kariuki Odhiambo Mutua Wambui Omondi Kiprotich Onyango Njoroge Mwakilema "
            "Haile Bekele Tadesse Gebremedhin Alemu Girma Mengistu Mohamud Warsame Abdi Nyerere"
        ),
        "org": W(
            "Savanna Coffee|Kilimanjaro Traders|Rift Valley Flowers|Addis Leather|Mombasa Freight|"
            "Nile Basin Agro|Serengeti Tours|Zanzibar Spice House",
            "|",
        ),
    },
    "german": {
        "given": W(
            "Thomas Michael Andreas Stefan Klaus Jürgen Wolfgang Peter Markus Tobias Lukas "
            "Sabine Ursula Katrin Anja Petra Monika Julia Lena Franziska Matthias Dieter Heike"
        ),
        "family": W(
            "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann "
            "Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun "
            "Krüger Hofmann Hartmann Lange"
        ),
        "org": W(
            "Maschinenbau Schneider|Holzwerk Bauer|Bäckerei Krause|Stahlhandel Nord|Elektro Wagner|"
            "Autohaus am Ring|Kunststofftechnik Süd|Feinmechanik Hartmann|Brauerei Lindenhof",
            "|",
        ),
    },
    "french": {
        "given": W(
            "Jean Pierre Michel Philippe Alain Nicolas François Laurent Julien Thomas Camille "
            "Marie Nathalie Isabelle Sophie Chloé Élodie Amélie Océane Hugo Louis Antoine Léa"
        ),
        "family": W(
            "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon "
            "Laurent Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard "
            "Lefèvre Mercier Faure"
        ),
        "org": W(
            "Boulangerie du Marché|Transports Lefèvre|Vins de Bourgogne|Menuiserie Dubois|"
            "Fromagerie des Alpes|Ateliers de Normandie|Garage Central|Cave Saint-Émilion",
            "|",
        ),
    },
    "italian": {
        "given": W(
            "Marco Giuseppe Luca Giovanni Francesco Alessandro Andrea Matteo Lorenzo Paolo "
            "Giulia Francesca Chiara Sara Martina Valentina Elena Alessia Roberto Stefano"
        ),
        "family": W(
            "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno "
            "Gallo Conti De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana"
        ),
        "org": W(
            "Pastificio Rossi|Ceramiche Toscane|Oleificio del Sole|Calzaturificio Marche|"
            "Trasporti Lombardi|Vini del Piemonte|Officine Meccaniche Brescia",
            "|",
        ),
    },
    "english": {
        "given": W(
            "James John Robert Michael William David Richard Joseph Thomas Charles Mary "
            "Patricia Jennifer Linda Elizabeth Susan Jessica Sarah Karen Emily Oliver Harry "
            "George Jack Amelia Olivia Sean Liam Siobhan Aoife Ciaran"
        ),
        "family": W(
            "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore "
            "Jackson White Harris Clark Lewis Walker Hall Young Allen Wright King Scott Green "
            "Baker Adams Nelson Hill Campbell O'Brien O'Connor McCarthy Murphy Kelly Walsh"
        ),
        "org": W(
            "Riverside Bakery|Northgate Plumbing|Blue Harbour Seafood|Oakwood Furniture|"
            "Summit Accounting|Greenfield Farms|Pioneer Logistics|Crown Printing|"
            "Harbour View Dental|Maple Leaf Cleaning|Redwood Consulting|Silver Birch Homes",
            "|",
        ),
    },
    "polish": {
        "given": W(
            "Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Jakub Łukasz Agnieszka "
            "Katarzyna Małgorzata Anna Magdalena Joanna Zofia Wojciech Grzegorz"
        ),
        "family": W(
            "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński "
            "Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Krawczyk"
        ),
        "org": W(
            "Meble Kowalski|Piekarnia Złoty Kłos|Transport Mazur|Drukarnia Wisła|Stolarstwo Nowak",
            "|",
        ),
    },
    "greek": {
        "given": W(
            "Georgios Dimitrios Konstantinos Ioannis Nikolaos Panagiotis Vasilios Christos "
            "Maria Eleni Aikaterini Sofia Anastasia Despina Stavros Yannis"
        ),
        "family": W(
            "Papadopoulos Papadakis Georgiou Nikolaidis Karagiannis Oikonomou Vlachos "
            "Antonopoulos Christodoulou Pappas Makris Dimitriou Alexiou Konstantinidis"
        ),
        "org": W(
            "Olympos Olive Oil|Aegean Ferries Agency|Kritiki Meli|Thessaloniki Marble|Ionian Travel",
            "|",
        ),
    },
    "indonesian": {
        "given": W(
            "Budi Agus Siti Dewi Sri Putu Made Wayan Rizky Fajar Indah Ratna Adi Hendra "
            "Yudi Nur Eko Bambang Wahyu Ayu"
        ),
        "family": W(
            "Santoso Wijaya Susanto Hidayat Saputra Setiawan Gunawan Kusuma Pratama "
            "Nugroho Halim Tanoto Sitompul Siregar Nasution Harahap"
        ),
        "org": W(
            "Sinar Jaya|Maju Bersama|Sumber Rezeki|Karya Abadi|Mitra Sejahtera|Cahaya Baru", "|"
        ),
    },
    "thai": {
        "given": W(
            "Somchai Somsak Prasert Anong Malee Siriporn Nattapong Kittisak Pimchanok "
            "Thanawat Wichai Chanida Apinya Sakda"
        ),
        "family": W(
            "Srisuk Wongsawat Chaiyaporn Rattanakul Sukprasert Thongchai Boonmee Kaewkla "
            "Saetang Phromma Jaidee Intharasuk"
        ),
        "org": W(
            "Siam Rice Export|Chao Phraya Marine|Lanna Handicraft|Sukhumvit Motors|Isan Cassava",
            "|",
        ),
    },
    "filipino": {
        "given": W(
            "Jose Juan Maria Angelica Mark Jerome Kristine Rowena Ramon Ricardo Lourdes "
            "Marites Jericho Rhea Efren"
        ),
        "family": W(
            "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Villanueva Dela_Cruz Aquino "
            "Ramos Castillo Manalo Pangilinan Tolentino Dimaculangan"
        ),
        "org": W(
            "Bayanihan Freight|Mabuhay Foods|Isla Bakeshop|Luzon Hardware|Visayas Coco Products",
            "|",
        ),
    },
    "hebrew": {
        "given": W(
            "Yosef David Moshe Avraham Yitzhak Daniel Eitan Noam Ariel Tamar Noa Shira Yael "
            "Michal Rivka Avigail"
        ),
        "family": W(
            "Cohen Levi Mizrahi Peretz Biton Dahan Friedman Katz Azoulay Ben-David Avraham "
            "Shapiro Goldberg Rosen"
        ),
        "org": W("Galil Dairy|Negev Solar Works|Carmel Optics|Yarden Fruit Packers", "|"),
    },
    "nordic": {
        "given": W(
            "Lars Anders Johan Erik Nils Magnus Henrik Ingrid Astrid Sigrid Karin Freja "
            "Mikkel Sven Olav"
        ),
        "family": W(
            "Andersson Johansson Karlsson Nilsson Eriksson Larsen Hansen Jensen Nielsen "
            "Pedersen Olsen Berg Lindqvist Virtanen Korhonen"
        ),
        "org": W(
            "Nordic Timber|Fjord Fisk|Skagen Rederi|Lapland Reindeer Foods|Bergen Rope Works", "|"
        ),
    },
}
SCRIPT_NAMES: dict[str, tuple[str, list[str], list[str]]] = {
    "russian-cyrillic": (
        "person",
        W("Александр Сергей Дмитрий Андрей Олег Игорь Николай Иван Павел Михаил"),
        W("Смирнов Кузнецов Попов Соколов Лебедев Новиков Морозов Волков Павлов Орлов"),
    ),
    "arabic-script": (
        "person",
        W("محمد أحمد علي عمر خالد يوسف فاطمة مريم ليلى سمير"),
        W("حداد خوري نصار صالح منصور حمدان درويش نجار خطيب بدوي"),
    ),
    "chinese-han": (
        "person",
        W("伟 芳 静 磊 敏 军 涛 燕 晓明 子涵 浩然 佳怡"),
        W("王 李 张 刘 陈 杨 黄 赵 吴 周"),
    ),
    "korean-hangul": (
        "person",
        W("민준 서연 지훈 하은 도윤 지우 승현 유진 재원 혜진"),
        W("김 이 박 최 정 강 조 윤 장 임"),
    ),
    "japanese-kanji": (
        "person",
        W("博 健二 由紀 陽翔 蒼 さくら 美咲 直子 翔太 明"),
        W("佐藤 鈴木 高橋 田中 渡辺 伊藤 山本 中村 小林 加藤"),
    ),
    "thai-script": (
        "person",
        W("สมชาย สมศักดิ์ ประเสริฐ อนงค์ มาลี ศิริพร"),
        W("ศรีสุข วงศ์สวัสดิ์ บุญมี แก้วกล้า ใจดี รัตนกุล"),
    ),
    "greek-script": (
        "person",
        W("Γιώργος Δημήτρης Νίκος Κώστας Γιάννης Σταύρος"),
        W("Παπαδόπουλος Γεωργίου Νικολαΐδης Οικονόμου Βλάχος Παππάς"),
    ),
}
ORG_WORDS = W(
    "Trading Industries Holdings Logistics Services Group International Technologies Foods "
    "Textiles Engineering Construction Consulting Import Export Shipping Pharma Electronics "
    "Metals Agro Energy Supplies Partners Brothers General"
)
ORG_FORMS: dict[str, list[str]] = {
    "arabic": ["LLC", "FZE", "FZCO", "Trading LLC", "W.L.L.", "Est.", "Co."],
    "persian": ["Co.", "Ltd", "Private Joint Stock Company", "Trading Co."],
    "russian": ["OOO", "LLC", "AO", "JSC", "PAO", "ZAO", "Limited Liability Company"],
    "ukrainian": ["TOV", "LLC", "PrAT", "PJSC"],
    "chinese": ["Co., Ltd.", "Trading Co., Ltd.", "Group Co., Ltd.", "Youxian Gongsi", "Ltd"],
    "korean": ["Co., Ltd.", "Corporation", "Inc."],
    "japanese": ["K.K.", "Co., Ltd.", "Kabushiki Kaisha", "Corporation"],
    "vietnamese": ["Công ty TNHH", "JSC", "Co., Ltd"],
    "hispanic": ["S.A. de C.V.", "S.A.", "S.R.L.", "S.A.C.", "Ltda.", "S.L.", "S.A.S."],
    "portuguese": ["Ltda.", "S.A.", "Lda.", "ME"],
    "turkish": ["A.Ş.", "Ltd. Şti.", "San. ve Tic. A.Ş.", "Ticaret Ltd. Şti."],
    "azeri": ["MMC", "ASC", "LLC"],
    "indian": ["Pvt. Ltd.", "Private Limited", "LLP", "& Co.", "Industries"],
    "pakistani": ["(Pvt.) Ltd.", "Pvt Ltd", "& Sons"],
    "nigerian": ["Ltd", "Nigeria Limited", "Enterprises", "Plc"],
    "east_african": ["Ltd", "Limited", "PLC", "& Sons"],
    "german": ["GmbH", "GmbH & Co. KG", "AG", "e.K.", "KG"],
    "french": ["SARL", "SAS", "S.A.", "EURL", "& Fils"],
    "italian": ["S.r.l.", "S.p.A.", "S.n.c.", "& Figli"],
    "english": ["Ltd", "LLC", "Inc.", "Limited", "& Sons", "Co.", "PLC"],
    "polish": ["Sp. z o.o.", "S.A.", "Sp.j."],
    "greek": ["S.A.", "IKE", "EPE"],
    "indonesian": ["PT", "CV"],
    "thai": ["Co., Ltd.", "Public Company Limited"],
    "filipino": ["Inc.", "Corporation", "Enterprises"],
    "hebrew": ["Ltd.", "Ltd"],
    "nordic": ["AB", "AS", "ApS", "Oy"],
}


PATRONYMIC_M = W(
    "Aleksandrovich Sergeyevich Dmitriyevich Andreyevich Alexeyevich Mikhailovich Ivanovich "
    "Nikolayevich Pavlovich Vladimirovich Yuryevich Olegovich Igorevich Borisovich Viktorovich"
)
PATRONYMIC_F = W(
    "Aleksandrovna Sergeyevna Dmitriyevna Andreyevna Alexeyevna Mikhailovna Ivanovna "
    "Nikolayevna Pavlovna Vladimirovna Yuryevna Olegovna Igorevna Borisovna Viktorovna"
)
RUSSIAN_FEMALE = set(
    W(
        "Elena Olga Tatiana Natalia Irina Svetlana Anna Maria Ekaterina Yulia Anastasia "
        "Daria Ksenia Viktoria Polina"
    )
)


def _person_name(trad: str, rng: random.Random) -> str:
    t = TRADITIONS[trad]
    g, f = rng.choice(t["given"]), rng.choice(t["family"]).replace("_", " ")
    if trad == "russian":
        fem = g in RUSSIAN_FEMALE
        fam = f + "a" if fem and f.endswith(("ov", "ev", "in", "yov")) else f
        if rng.random() < 0.35:
            return f"{g} {rng.choice(PATRONYMIC_F if fem else PATRONYMIC_M)} {fam}"
        return f"{g} {fam}"
    r = rng.random()
    if trad in ("chinese", "korean", "vietnamese") and r < 0.6:
        return f"{f} {g}"
    if trad == "japanese" and r < 0.3:
        return f"{f} {g}"
    if trad == "hispanic" and r < 0.6:
        return f"{g} {f} {rng.choice(t['family'])}"
    if trad == "portuguese" and r < 0.5:
        return f"{g} {rng.choice(t['family'])} {f}"
    if trad == "arabic" and r < 0.35:
        return f"{g} {rng.choice(t['given'][:34])} {f}"
    if trad == "indian" and r < 0.25:
        return f"{g} {rng.choice(['Kumar', 'Prasad', 'Lal', 'Chandra', 'Devi'])} {f}"
    if trad in ("english", "german", "french", "italian") and r < 0.2:
        return f"{g} {rng.choice(t['given'])[0]}. {f}"
    if r < 0.15:
        return f"{f}, {g}"
    return f"{g} {f}"


def _org_name(trad: str, rng: random.Random) -> str:
    t = TRADITIONS[trad]
    form = rng.choice(ORG_FORMS[trad])
    r = rng.random()
    if r < 0.35:
        base = rng.choice(t["org"])
    elif r < 0.6:
        base = f"{rng.choice(t['org'])} {rng.choice(ORG_WORDS)}"
    elif r < 0.8:
        base = f"{rng.choice(t['family'])} {rng.choice(ORG_WORDS)}".replace("_", " ")
    else:
        base = f"{rng.choice(t['family'])} & {rng.choice(t['family'])}".replace("_", " ")
    if form in ("PT", "CV", "OOO", "TOV", "Công ty TNHH") or (
        form in ("AO", "ZAO", "PAO") and r < 0.5
    ):
        return f"{form} {base}"
    if trad == "russian" and r < 0.5 and form in ("OOO", "AO", "LLC"):
        return f'{form} "{base}"'
    return f"{base} {form}"


FORM_TOKENS = set(
    W(
        "ao oao zao pao ooo llc ltd co limited company jsc pjsc ojsc cjsc inc corp corporation "
        "gmbh sa s a de cv srl sarl sas plc llp pvt private joint stock liability the kk ag ab as "
        "oy aps lda ltda spa tov too fze fzco est"
    )
)


def _key_words(name: str) -> frozenset[str]:
    return frozenset(w for w in fold(name).split() if w not in FORM_TOKENS)


def _lev(a: str, b: str, cap: int) -> int:
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > cap:
            return cap + 1
        prev = cur
    return prev[-1]


class NearListed:
    """Is an innocent candidate really a variant of a listed name (the rules of this set)?

    True when, after dropping legal-form words, its words equal, contain or are contained in
    the words of a listed name of two or more words, or its sorted folded words are within
    two edits of a listed name's.
    """

    def __init__(self, entries: list[Entry]) -> None:
        self.by_word: dict[str, list[frozenset[str]]] = {}
        self.sorted_by_word: dict[str, set[str]] = {}
        for e in entries:
            for n in e.names + e.original:
                k = _key_words(n)
                if not k:
                    continue
                for w in k:
                    self.by_word.setdefault(w, []).append(k)
                    self.sorted_by_word.setdefault(w, set()).add(" ".join(sorted(k)))

    def __call__(self, name: str) -> bool:
        k = _key_words(name)
        if not k:
            return True
        key = " ".join(sorted(k))
        for w in k:
            for other in self.by_word.get(w, ()):
                if other == k:
                    return True
                if len(other) >= 2 and len(k) >= 2 and (other <= k or k <= other):
                    return True
            for other_key in self.sorted_by_word.get(w, ()):
                if _lev(key, other_key, 2) <= 2:
                    return True
        return False


def innocent(
    listed_fold: set[str], listed_perm: set[str], near: NearListed, total: int = 2500
) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    trads = list(TRADITIONS)
    per = total - 7 * 14  # script names: 14 each
    quota = {t: per // len(trads) + (1 if i < per % len(trads) else 0) for i, t in enumerate(trads)}

    def add(name: str, kind: str, source: str) -> bool:
        f = fold(name)
        if not f or f in seen or f in listed_fold or perm(name) in listed_perm or near(name):
            return False
        seen.add(f)
        rows.append((name, kind, source))
        return True

    for t in trads:
        rng = random.Random(f"{SEED}:innocent:{t}")
        n_org = quota[t] * 3 // 10
        done, tries = 0, 0
        while done < quota[t] and tries < 20000:
            tries += 1
            is_org = done < n_org
            name = _org_name(t, rng) if is_org else _person_name(t, rng)
            if add(name, "organization" if is_org else "person", f"hand:{t}"):
                done += 1
    for s, (kind, given, family) in SCRIPT_NAMES.items():
        rng = random.Random(f"{SEED}:innocent:{s}")
        done, tries = 0, 0
        while done < 14 and tries < 5000:
            tries += 1
            g, f = rng.choice(given), rng.choice(family)
            name = (
                f"{f}{g}"
                if s in ("chinese-han", "japanese-kanji")
                else (f"{f} {g}" if s == "korean-hangul" and rng.random() < 0.5 else f"{g} {f}")
            )
            if s == "korean-hangul":
                name = f"{f}{g}" if rng.random() < 0.6 else name
            if add(name, kind, f"hand:{s}"):
                done += 1
    return rows


# --------------------------------------------------------------------------- driver

LIST_WEIGHT = {"us_ofac_sdn": 0.55, "un_sc": 0.17, "us_csl": 0.18, "us_ofac_cons": 0.10}


def load_all() -> list[Entry]:
    return (
        _ofac("ofac_sdn", "sdn.csv.gz", "alt.csv.gz", "add.csv.gz", "us_ofac_sdn")
        + _ofac(
            "ofac_cons", "cons_prim.csv.gz", "cons_alt.csv.gz", "cons_add.csv.gz", "us_ofac_cons"
        )
        + _un()
        + _csl()
        + _dpl()
    )


def candidates(entries: list[Entry]) -> list[Cand]:
    out: list[Cand] = []
    for e in entries:
        if e.list_key not in LIST_WEIGHT:
            continue
        if e.list_key == "us_csl" and e.program.startswith("Specially Designated Nationals"):
            continue  # the same entries as the SDN file; drawn from there
        for n in dict.fromkeys(e.names):
            if (
                len(fold(n)) >= 3
                and "a.k.a" not in n.lower()
                and ";" not in n
                and not n.lower().startswith("and ")
                and "?" not in n
            ):
                out.append(Cand(e, n, tradition(e, n)))
        for n in e.original:
            out.append(Cand(e, n, "script"))
    return out


def make_variants(entries: list[Entry]) -> list[list[str]]:
    by_fold: dict[str, set[int]] = {}
    by_perm: dict[str, set[int]] = {}
    for e in entries:
        for n in e.names + e.original:
            by_fold.setdefault(fold(n), set()).add(e.party)
            by_perm.setdefault(perm(n), set()).add(e.party)
    cands = candidates(entries)
    rows: list[list[str]] = []
    seen: set[str] = set()
    for cat, kinds, trads, fn, _desc in CATEGORIES:
        rng = random.Random(f"{SEED}:{cat}")
        pool = [
            c
            for c in cands
            if (kinds is None or c.entry.kind in kinds)
            and (trads is None or c.trad in trads)
            and ((c.trad == "script") == (cat == "original_script"))
        ]
        pool.sort(key=lambda c: (c.entry.list_key, c.entry.list_id, c.name))
        rng.shuffle(pool)
        queues: dict[str, list[Cand]] = {}
        for c in pool:
            queues.setdefault(c.entry.list_key, []).append(c)
        used_party: set[int] = set()
        got = 0
        while got < PER_CATEGORY:
            live = [k for k in LIST_WEIGHT if queues.get(k)]
            if not live:
                break
            lst = rng.choices(live, weights=[LIST_WEIGHT[k] for k in live])[0]
            c = queues[lst].pop()
            if c.entry.party in used_party:
                continue
            q = fn(c, rng)
            if q is None:
                continue
            q = (
                " ".join(q.split())
                if "  " not in c.name
                and cat not in ("legal_spaced", "case_punctuation", "combo_two", "combo_three")
                else q.strip()
            )
            fq = fold(q)
            if q == c.name or len(fq) < 3 or q in seen:
                continue
            if by_fold.get(fq, {c.entry.party}) != {c.entry.party}:
                continue
            if by_perm.get(perm(q), {c.entry.party}) != {c.entry.party}:
                continue
            seen.add(q)
            used_party.add(c.entry.party)
            rows.append([q, cat, c.entry.kind, c.entry.list_key, c.entry.list_id, c.name, "all"])
            got += 1
    return rows


def write_gz(path: Path, header: list[str], rows: Iterable[list[str] | tuple[str, ...]]) -> None:
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    buf.write(MARKER + "\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    raw = buf.getvalue().encode("utf-8")
    out = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=out, mtime=0) as gz:
        gz.write(raw)
    path.write_bytes(out.getvalue())


def _grams(text: str) -> set[str]:
    t = f"  {fold(text)} "
    return {t[i : i + 3] for i in range(len(t) - 2)}


def sanity(entries: list[Entry]) -> None:
    """Crude check of the written files: trigram-Jaccard nearest listed name for every row."""
    names: list[tuple[str, int]] = []
    for e in entries:
        for n in dict.fromkeys(e.names + e.original):
            names.append((n, e.party))
    grams = [_grams(n) for n, _ in names]
    index: dict[str, list[int]] = {}
    for i, g in enumerate(grams):
        for t in g:
            index.setdefault(t, []).append(i)

    def nearest(q: str) -> tuple[float, int]:
        qg = _grams(q)
        hits: dict[int, int] = {}
        for t in qg:
            for i in index.get(t, ()):
                hits[i] = hits.get(i, 0) + 1
        best, party = 0.0, -1
        for i, h in hits.items():
            j = h / (len(qg) + len(grams[i]) - h)
            if j > best:
                best, party = j, names[i][1]
        return best, party

    party_of = {(e.list_key, e.list_id): e.party for e in entries}
    by_cat: dict[str, list[int]] = {}
    for row in _read(OUT / "independent8_variants.csv.gz"):
        _sim, party = nearest(row[0])
        ok = int(party == party_of[(row[3], row[4])])
        by_cat.setdefault(row[1], []).append(ok)
    total = sum(sum(v) for v in by_cat.values())
    rows_n = sum(len(v) for v in by_cat.values())
    print(f"variants whose trigram-nearest listed name is of their own party: {total}/{rows_n}")
    for cat, v in sorted(by_cat.items(), key=lambda kv: sum(kv[1]) / len(kv[1])):
        print(f"  {cat}: {sum(v)}/{len(v)}")
    sims = sorted(nearest(r[0])[0] for r in _read(OUT / "independent8_innocent.csv.gz"))
    q = [sims[int(len(sims) * p)] for p in (0.5, 0.9, 0.99)] + [sims[-1]]
    print(
        f"innocent nearest-name trigram Jaccard p50 {q[0]:.2f} p90 {q[1]:.2f} "
        f"p99 {q[2]:.2f} max {q[3]:.2f}"
    )
    print(f"innocent with Jaccard >= 0.6: {sum(s >= 0.6 for s in sims)}/{len(sims)}")


def _read(path: Path) -> list[list[str]]:
    with gzip.open(path, "rt", encoding="utf-8", newline="") as fh:
        lines = fh.read().split("\r\n")
    return list(csv.reader(lines[2:-1]))


def main() -> int:
    entries = load_all()
    n_parties = parties(entries)
    variants = make_variants(entries)
    listed_fold = {fold(n) for e in entries for n in e.names + e.original}
    listed_perm = {perm(n) for e in entries for n in e.names + e.original}
    inn = innocent(listed_fold, listed_perm, NearListed(entries))
    write_gz(
        OUT / "independent8_variants.csv.gz",
        ["query", "category", "kind", "list", "list_id", "list_name", "half"],
        variants,
    )
    write_gz(OUT / "independent8_innocent.csv.gz", ["name", "kind", "source"], inn)
    counts: dict[str, int] = {}
    for r in variants:
        counts[r[1]] = counts.get(r[1], 0) + 1
    print(
        f"entries {len(entries)} parties {n_parties} variants {len(variants)} innocent {len(inn)}"
    )
    for cat, *_ in CATEGORIES:
        print(f"  {cat}: {counts.get(cat, 0)}")
    if "--check" in sys.argv:
        sanity(entries)
    return 0


if __name__ == "__main__":
    sys.exit(main())
