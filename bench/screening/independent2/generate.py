"""Second independent check set for sanctions screening (issue 17), written apart.

Writes bench/screening/data/independent2_variants.csv.gz (variants of real list entries,
typed the way customers type their own names) and independent2_innocent.csv.gz (real
innocent names).  Standard library only; fixed seed; byte-identical reruns.  Reads only the
shipped list files under src/exportgate/screening/data/lists/ and the package metadata
(METADATA headers, AUTHORS/CONTRIBUTORS files) of the installed virtual environment.
See README.md beside this file for the rules this set was written under.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from random import Random

SEED = 20261206
ROOT = Path(__file__).resolve().parents[3]
LISTS = ROOT / "src" / "exportgate" / "screening" / "data" / "lists"
OUT = ROOT / "bench" / "screening" / "data"
SITE = ROOT / ".venv" / "lib" / "python3.11" / "site-packages"

VARIANTS_HEADER = (
    "# INDEPENDENT CHECK SET (never tune on it): second set, written apart by helper "
    "screenind2 (bench/screening/independent2/README.md); variants of real list entries"
)
INNOCENT_HEADER = (
    "# INDEPENDENT CHECK SET (never tune on it): second set, written apart by helper "
    "screenind2 (bench/screening/independent2/README.md); real names that are not listed"
)


# ----------------------------------------------------------------------------- folding


def fold(text: str) -> str:
    """Case, punctuation, spacing and combining marks removed (the 'same name' test)."""
    t = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    return "".join(c for c in t if c.isalnum() and not unicodedata.combining(c))


# ----------------------------------------------------------------------------- list data


@dataclass
class Entry:
    """One list entry: where it comes from, its primary name and every name it carries."""

    list_key: str
    list_id: str
    name: str
    kind: str
    names: list[str] = field(default_factory=list)
    program: str = ""
    country: str = ""
    title: str = ""
    script_names: list[str] = field(default_factory=list)
    gender: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.list_key, self.list_id)


AKA_RE = re.compile(r"\b[afn]\.k\.a\.,? '([^']+)'", re.IGNORECASE)


def _ofac_rows(path: Path) -> list[list[str]]:
    raw = gzip.decompress(path.read_bytes()).decode("latin-1").replace("\x1a", "")
    rows = []
    for row in csv.reader(io.StringIO(raw)):
        if row:
            rows.append([c.strip() for c in row])
    return rows


def _null(value: str) -> str:
    return "" if value == "-0-" else value


def load_ofac(list_key: str, prim: Path, alt: Path, add: Path) -> list[Entry]:
    entries: dict[str, Entry] = {}
    kinds = {"individual": "person", "vessel": "vessel", "aircraft": "aircraft"}
    for row in _ofac_rows(prim):
        if len(row) < 12 or not row[0].strip().isdigit():
            continue
        kind = kinds.get(_null(row[2]).lower(), "organization")
        e = Entry(list_key, row[0], row[1], kind, [row[1]], program=_null(row[3]))
        e.names.extend(AKA_RE.findall(_null(row[11])))
        g = re.search(r"Gender (Male|Female)", row[11])
        e.gender = g.group(1) if g else ""
        entries[row[0]] = e
    for row in _ofac_rows(alt):
        if len(row) >= 4 and row[0] in entries:
            entries[row[0]].names.append(row[3])
    for row in _ofac_rows(add):
        if len(row) >= 5 and row[0] in entries and not entries[row[0]].country:
            entries[row[0]].country = _null(row[4])
    return list(entries.values())


ORG_WORDS = re.compile(
    r"\b(LTD|LIMITED|LLC|INC|CORP|CORPORATION|COMPANY|CO|GMBH|AG|SA|SRL|SARL|BV|NV|PLC|"
    r"JSC|OOO|ZAO|OAO|PAO|AO|FZE|FZCO|FZC|PTE|BHD|KK|GROUP|INDUSTR\w*|TECHNOLOG\w*|"
    r"TRADING|ENTERPRISE\w*|ELECTRONIC\w*|INTERNATIONAL|INSTITUTE|UNIVERSITY|ACADEMY|"
    r"BANK|CENTER|CENTRE|FACTORY|PLANT|BUREAU|MINISTRY|ORGANI[SZ]ATION|AGENCY|SERVICES?|"
    r"SYSTEMS?|HOLDINGS?|DEVELOPMENT|ENGINEERING|SHIPPING|LOGISTICS|AVIATION|RESEARCH|"
    r"LABORATOR\w*|EQUIPMENT|INSTRUMENTS?|MACHINERY|AEROSPACE|DEFEN[CS]E|CHEMICAL\w*|"
    r"IMPORT|EXPORT|SCIENCE|SCIENTIFIC|FOUNDATION|PETROLEUM|ENERGY|ASSOCIATION|BRIGADE|"
    r"ARMY|FRONT|PARTY|MOVEMENT|COMMITTEE|GOVERNMENT|STATE|NATIONAL|FEDERAL|AIR\w*|AVIA\w*|"
    r"MARINE|OIL|GAS|POWER|NUCLEAR|MINING|METAL\w*|STEEL|MOTORS?|TELECOM\w*|CONSTRUCTION|"
    r"PHARM\w*|MEDICAL|HOSPITAL|SCHOOL|COLLEGE|LABS?|TECH|ELECTRIC\w*|SOFT\w*|DIGITAL|"
    r"NETWORKS?|DATA|MEDIA|OPTIC\w*|POLYTECHNIC|EXPRESS|TRAVEL|TOURS?|CARGO|FREIGHT|PETRO\w*|"
    r"AUTO\w*|PRECISION|TRADE|INVEST\w*|CAPITAL|FINANC\w*|INSURANCE|EXCHANGE|SUPPL\w*|"
    r"SOLUTIONS?|COMPONENTS?|DEVICES?|PRODUCTS?|MATERIALS?|MACHINE\w*|CONSULT\w*|PARTNERS?|"
    r"ASSOCIATES|BRANCH|OFFICE|DEPARTMENT|COMMAND|FORCES?|CORPS|GUARD|POLICE|DIVISION|UNIT|"
    r"BASE|YARD|SHIPYARD|WORKS|PRODUCTION|MANUFACTUR\w*|IMP|EXP|PHOTO\w*|SEMI\w*|CO)\b"
)


def _csl_kind(row: dict[str, str]) -> str:
    t = row["type"].strip().lower()
    if t == "individual":
        return "person"
    if t in ("vessel", "aircraft"):
        return t
    if t == "entity":
        return "organization"
    name = row["name"].upper()
    if ORG_WORDS.search(re.sub(r"[^\w\s]", " ", name)) or re.search(r"\d", name):
        return "organization"
    words = name.replace(",", " ").split()
    src = row["source"]
    if ("Denied Persons" in src or "ITAR Debarred" in src) and 2 <= len(words) <= 5:
        return "person"
    return "organization" if len(words) > 4 else ""


def load_csl(path: Path) -> list[Entry]:
    out = []
    with gzip.open(path, "rt", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            name = row["name"].strip()
            if not name:
                continue
            kind = _csl_kind(row)
            e = Entry("us_csl", row["_id"], row["name"], kind, [name], program=row["programs"])
            e.names.extend(a.strip() for a in row["alt_names"].split(";") if a.strip())
            cc = " ".join([row["addresses"][-2:], row["nationalities"], row["citizenships"]])
            e.country = cc
            e.program = row["source"].split(" - ")[0] + " " + row["programs"]
            out.append(e)
    return out


def load_un(path: Path) -> list[Entry]:
    root = ET.fromstring(gzip.decompress(path.read_bytes()))
    out = []
    for tag, kind, alias_tag in (
        ("INDIVIDUAL", "person", "INDIVIDUAL_ALIAS"),
        ("ENTITY", "organization", "ENTITY_ALIAS"),
    ):
        for node in root.iter(tag):
            parts = [
                (node.findtext(p) or "").strip()
                for p in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
            ]
            name = " ".join(p for p in parts if p)
            ref = (node.findtext("REFERENCE_NUMBER") or "").strip()
            e = Entry("un_sc", ref, name, kind, [name], program=ref[:2])
            for al in node.iter(alias_tag):
                a = (al.findtext("ALIAS_NAME") or "").strip()
                if a:
                    e.names.append(a)
            script = (node.findtext("NAME_ORIGINAL_SCRIPT") or "").strip()
            if script:
                e.names.append(script)
                e.script_names.append(script)
            titles = [(v.text or "").strip() for v in node.findall("TITLE/VALUE")]
            e.title = next((t for t in titles if t), "")
            e.gender = (node.findtext("GENDER") or "").strip()
            countries = [(v.text or "") for v in node.findall("NATIONALITY/VALUE")]
            e.country = " ".join(countries)
            out.append(e)
    return out


def load_dpl_names(path: Path) -> list[str]:
    text = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
    rows = csv.reader(io.StringIO(text), delimiter="\t")
    next(rows)
    return [r[0] for r in rows if r]


def natural(name: str) -> str:
    """'SURNAME, Given Names' -> 'Given Names SURNAME' (one comma only)."""
    if name.count(",") == 1:
        last, first = (p.strip() for p in name.split(","))
        if first and last:
            return f"{first} {last}"
    return name


@dataclass
class Lists:
    entries: list[Entry]
    folded: set[str]
    skeletons: set[str]


def load_lists() -> Lists:
    entries = load_ofac(
        "us_ofac_sdn",
        LISTS / "ofac_sdn" / "sdn.csv.gz",
        LISTS / "ofac_sdn" / "alt.csv.gz",
        LISTS / "ofac_sdn" / "add.csv.gz",
    )
    entries += load_ofac(
        "us_ofac_cons",
        LISTS / "ofac_cons" / "cons_prim.csv.gz",
        LISTS / "ofac_cons" / "cons_alt.csv.gz",
        LISTS / "ofac_cons" / "cons_add.csv.gz",
    )
    entries += load_un(LISTS / "un_sc" / "UN_consolidated_2026-02-27.xml.gz")
    entries += load_csl(LISTS / "us_csl" / "consolidated_2022-05.csv.gz")
    all_names = [n for e in entries for n in e.names]
    all_names += load_dpl_names(LISTS / "bis_dpl" / "dpl_2023-11-30.txt.gz")
    folded: set[str] = set()
    skeletons: set[str] = set()
    for n in all_names:
        for form in {n, natural(n)}:
            f = fold(form)
            if f:
                folded.add(f)
        skeletons.add(skeleton(n))
    skeletons.discard("")
    return Lists(entries, folded, skeletons)


CONSONANT_MAP = str.maketrans({"q": "k", "c": "k", "z": "s", "w": "v", "j": "y", "x": "k"})


def skeleton(name: str) -> str:
    """A loose, order-free key: each word without vowels, doubled letters and h."""
    words = []
    for w in re.split(r"[^\w]+", unicodedata.normalize("NFKD", natural(name)).casefold()):
        w = "".join(c for c in w if not unicodedata.combining(c)).translate(CONSONANT_MAP)
        w = re.sub(r"[aeiouyh]", "", w)
        w = re.sub(r"(.)\1+", r"\1", w)
        if w:
            words.append(w)
    return " ".join(sorted(words))


# ----------------------------------------------------------------------------- tokens

TOKEN_RE = re.compile(r"[^\s,;:()\"/]+")


def tokens(name: str) -> list[str]:
    """Words of a name, upper-case, dots removed ('S.A.' -> 'SA'), hyphens kept."""
    out = []
    for t in TOKEN_RE.findall(name.upper()):
        t = t.replace(".", "").strip("'`-")
        if t:
            out.append(t)
    return out


KEEP_UPPER = {
    "LLC", "OOO", "ZAO", "OAO", "PAO", "AO", "JSC", "OJSC", "CJSC", "PJSC", "SA", "SRL", "SARL",
    "BV", "NV", "PLC", "LLP", "FZE", "FZCO", "FZC", "KK", "AD", "EOOD", "OOD", "DOO", "SAS",
    "SAC", "CV", "RL", "II", "III", "IV", "LP", "SPA", "SL", "SAL", "WLL", "TOO", "PT", "CJS",
}  # fmt: skip
TITLE_FORMS = {"GMBH": "GmbH", "AG": "AG", "BHD": "Bhd", "SDN": "Sdn", "PTE": "Pte"}


def title_word(w: str) -> str:
    if w in KEEP_UPPER or re.fullmatch(r"[A-Z]\d*|\d.*|[B-DF-HJ-NP-TV-XZ&]+", w):
        return w
    if w in TITLE_FORMS:
        return TITLE_FORMS[w]
    return "-".join(p[:1].upper() + p[1:].lower() for p in w.split("-"))


def render(words: Sequence[str], rng: Random) -> str:
    """Join words the way a customer types them: Title Case mostly, sometimes upper or lower."""
    r = rng.random()
    if r < 0.55:
        return " ".join(title_word(w) for w in words)
    if r < 0.9:
        return " ".join(words)
    return " ".join(words).lower()


KEYBOARD = [
    "qwertyuiop", "asdfghjkl", "zxcvbnm",
]  # fmt: skip


def neighbours(c: str) -> str:
    lc = c.lower()
    for r, row in enumerate(KEYBOARD):
        i = row.find(lc)
        if i < 0:
            continue
        near = row[max(0, i - 1) : i] + row[i + 1 : i + 2]
        for rr in (r - 1, r + 1):
            if 0 <= rr < len(KEYBOARD):
                near += KEYBOARD[rr][max(0, i - 1) : i + 1]
        near = "".join(x for x in near if x != lc)
        return near.upper() if c.isupper() else near
    return "aeiou"


def slip(word: str, rng: Random, ops: Sequence[str] = ("del", "sub", "ins", "swap", "dup")) -> str:
    """One-letter slip inside a word (never the first letter for deletion/substitution)."""
    if len(word) < 3:
        return word
    letters = [i for i, c in enumerate(word) if c.isalpha()]
    inner = [i for i in letters if i > 0]
    if not inner:
        return word
    op = rng.choice(list(ops))
    i = rng.choice(inner)
    if op == "del":
        return word[:i] + word[i + 1 :]
    if op == "sub":
        return word[:i] + rng.choice(neighbours(word[i])) + word[i + 1 :]
    if op == "ins":
        return word[:i] + rng.choice(neighbours(word[i])) + word[i:]
    if op == "dup":
        return word[:i] + word[i] + word[i:]
    j = i - 1 if i == len(word) - 1 else i
    if j + 1 < len(word) and word[j] != word[j + 1] and word[j + 1].isalpha():
        return word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    return word[:i] + word[i + 1 :]


# ----------------------------------------------------------------------------- legal forms

LEGAL_LONG_WORDS = {
    "LIMITED", "COMPANY", "CORPORATION", "INCORPORATED", "JOINT", "STOCK", "LIABILITY",
    "PUBLIC", "PRIVATE", "CLOSED", "SOCIETY", "GESELLSCHAFT", "AKTIENGESELLSCHAFT",
    "SOCIEDAD", "ANONIMA", "LIMITADA", "RESPONSABILIDAD", "COMPANIA", "OBSHCHESTVO",
    "OGRANICHENNOI", "OGRANICHENNOY", "OTVETSTVENNOSTYU", "AKTSIONERNOE", "ZAKRYTOE",
    "OTKRYTOE", "PUBLICHNOE", "BERHAD", "SENDIRIAN", "SOCIETE", "ANONYME", "SIRKETI",
    "ANONIM", "TICARET", "SANAYI", "PARTNERSHIP", "ESTABLISHMENT", "UNITARY", "COOPERATIVE",
    "HAFTUNG", "BESCHRANKTER", "KAISHA", "KABUSHIKI", "LIMITEE", "RESPONSABILITE",
}  # fmt: skip

# Equivalent spellings of one legal form (each inner tuple is a word sequence).
LEGAL_EQUIV: list[list[tuple[str, ...]]] = [
    [("LIMITED", "LIABILITY", "COMPANY"), ("LLC",), ("L", "L", "C")],
    [("OBSHCHESTVO", "S", "OGRANICHENNOI", "OTVETSTVENNOSTYU"), ("OOO",), ("ООО",),
     ("LLC",), ("LIMITED", "LIABILITY", "COMPANY")],
    [("OBSHCHESTVO", "S", "OGRANICHENNOY", "OTVETSTVENNOSTYU"), ("OOO",), ("ООО",), ("LLC",)],
    [("CLOSED", "JOINT", "STOCK", "COMPANY"), ("CJSC",), ("ZAO",), ("ЗАО",)],
    [("ZAKRYTOE", "AKTSIONERNOE", "OBSHCHESTVO"), ("ZAO",), ("ЗАО",), ("CJSC",)],
    [("OPEN", "JOINT", "STOCK", "COMPANY"), ("OJSC",), ("OAO",), ("ОАО",)],
    [("OTKRYTOE", "AKTSIONERNOE", "OBSHCHESTVO"), ("OAO",), ("ОАО",), ("OJSC",)],
    [("PUBLIC", "JOINT", "STOCK", "COMPANY"), ("PJSC",), ("PAO",), ("ПАО",)],
    [("PUBLICHNOE", "AKTSIONERNOE", "OBSHCHESTVO"), ("PAO",), ("ПАО",), ("PJSC",)],
    [("JOINT", "STOCK", "COMPANY"), ("JSC",), ("AO",), ("АО",)],
    [("AKTSIONERNOE", "OBSHCHESTVO"), ("AO",), ("АО",), ("JSC",)],
    [("COMPANY", "LIMITED"), ("CO", "LTD"), ("CO", "LIMITED"), ("LIMITED",), ("LTD",)],
    [("CO", "LTD"), ("COMPANY", "LIMITED"), ("LIMITED",), ("CO", "LIMITED")],
    [("LIMITED",), ("LTD",)],
    [("LTD",), ("LIMITED",)],
    [("CORPORATION",), ("CORP",)],
    [("CORP",), ("CORPORATION",)],
    [("INCORPORATED",), ("INC",)],
    [("INC",), ("INCORPORATED",)],
    [("COMPANY",), ("CO",)],
    [("GESELLSCHAFT", "MIT", "BESCHRANKTER", "HAFTUNG"), ("GMBH",)],
    [("GMBH",), ("GESELLSCHAFT", "MIT", "BESCHRANKTER", "HAFTUNG")],
    [("AKTIENGESELLSCHAFT",), ("AG",)],
    [("SOCIEDAD", "ANONIMA", "DE", "CAPITAL", "VARIABLE"), ("SA", "DE", "CV")],
    [("SA", "DE", "CV"), ("SOCIEDAD", "ANONIMA", "DE", "CAPITAL", "VARIABLE")],
    [("SOCIEDAD", "ANONIMA"), ("SA",)],
    [("SOCIEDAD", "DE", "RESPONSABILIDAD", "LIMITADA"), ("S", "DE", "RL"), ("SRL",)],
    [("PUBLIC", "LIMITED", "COMPANY"), ("PLC",)],
    [("PLC",), ("PUBLIC", "LIMITED", "COMPANY")],
    [("PRIVATE", "LIMITED"), ("PVT", "LTD"), ("PTE", "LTD")],
    [("PVT", "LTD"), ("PRIVATE", "LIMITED")],
    [("PTE", "LTD"), ("PRIVATE", "LIMITED")],
    [("SDN", "BHD"), ("SENDIRIAN", "BERHAD")],
    [("SENDIRIAN", "BERHAD"), ("SDN", "BHD")],
    [("FZE",), ("FREE", "ZONE", "ESTABLISHMENT")],
    [("FZCO",), ("FREE", "ZONE", "COMPANY")],
    [("LIMITED", "LIABILITY", "PARTNERSHIP"), ("LLP",)],
    [("LLP",), ("LIMITED", "LIABILITY", "PARTNERSHIP")],
    [("LLC",), ("LIMITED", "LIABILITY", "COMPANY"), ("L", "L", "C")],
    [("OOO",), ("ООО",), ("LLC",)],
    [("ZAO",), ("ЗАО",), ("CJSC",)],
    [("OAO",), ("ОАО",), ("OJSC",)],
    [("PAO",), ("ПАО",), ("PJSC",)],
    [("AO",), ("АО",), ("JSC",)],
    [("JSC",), ("JOINT", "STOCK", "COMPANY"), ("AO",)],
    [("PJSC",), ("PUBLIC", "JOINT", "STOCK", "COMPANY"), ("PAO",)],
    [("CJSC",), ("CLOSED", "JOINT", "STOCK", "COMPANY"), ("ZAO",)],
    [("OJSC",), ("OPEN", "JOINT", "STOCK", "COMPANY"), ("OAO",)],
    [("SOCIETE", "ANONYME"), ("SA",)],
    [("SARL",), ("SOCIETE", "A", "RESPONSABILITE", "LIMITEE")],
    [("KABUSHIKI", "KAISHA"), ("KK",)],
    [("KK",), ("KABUSHIKI", "KAISHA")],
]  # fmt: skip

ABBREV_FORMS: list[tuple[str, ...]] = [
    ("SA", "DE", "CV"), ("S", "DE", "RL"), ("CO", "LTD"), ("PVT", "LTD"), ("PTE", "LTD"),
    ("SDN", "BHD"), ("LLC",), ("OOO",), ("ZAO",), ("OAO",), ("PAO",), ("AO",), ("JSC",),
    ("OJSC",), ("CJSC",), ("PJSC",), ("SA",), ("SAC",), ("SAS",), ("SRL",), ("SARL",), ("KK",),
    ("AD",), ("EAD",), ("DOO",), ("EOOD",), ("OOD",), ("SCS",), ("GMBH",), ("AG",), ("BV",),
    ("NV",), ("PLC",), ("LLP",), ("FZE",), ("FZCO",), ("FZC",), ("LTD",), ("INC",), ("AB",),
    ("OY",), ("OYJ",), ("ASA",), ("KFT",), ("SRO",), ("PJS",), ("LTDA",), ("CIA", "LTDA"),
    ("CORP",), ("SPA",), ("SAL",), ("WLL",), ("TOO",), ("LTDA",),
]  # fmt: skip
LONG_MOVABLE = {
    ("LIMITED", "LIABILITY", "COMPANY"), ("JOINT", "STOCK", "COMPANY"),
    ("CLOSED", "JOINT", "STOCK", "COMPANY"), ("OPEN", "JOINT", "STOCK", "COMPANY"),
    ("PUBLIC", "JOINT", "STOCK", "COMPANY"), ("AKTSIONERNOE", "OBSHCHESTVO"),
    ("OBSHCHESTVO", "S", "OGRANICHENNOI", "OTVETSTVENNOSTYU"),
    ("OBSHCHESTVO", "S", "OGRANICHENNOY", "OTVETSTVENNOSTYU"),
    ("ZAKRYTOE", "AKTSIONERNOE", "OBSHCHESTVO"), ("OTKRYTOE", "AKTSIONERNOE", "OBSHCHESTVO"),
    ("PUBLICHNOE", "AKTSIONERNOE", "OBSHCHESTVO"),
}  # fmt: skip
MOVABLE = {"OOO", "ZAO", "OAO", "PAO", "AO", "LLC", "JSC", "PJSC", "CJSC", "OJSC", "TOO", "PT"}
FRONT_FORMS = {"OOO", "ZAO", "OAO", "PAO", "AO", "PT", "TOO", "ООО", "ЗАО", "ОАО", "ПАО", "АО"}

# Forms a customer in a country adds when the list gives the name without one.
COUNTRY_FORMS: list[tuple[str, tuple[str, ...]]] = [
    ("Mexico", ("SA", "DE", "CV")), ("Russia", ("OOO",)), ("Serbia", ("DOO",)),
    ("Bosnia", ("DOO",)), ("Croatia", ("DOO",)), ("Slovenia", ("DOO",)),
    ("Japan", ("KK",)), ("Bulgaria", ("EOOD",)), ("Peru", ("SAC",)), ("Germany", ("GMBH",)),
    ("Colombia", ("SAS",)), ("France", ("SAS",)), ("Italy", ("SRL",)), ("Romania", ("SRL",)),
    ("Lebanon", ("SAL",)), ("Malaysia", ("SDN", "BHD")), ("Singapore", ("PTE", "LTD")),
    ("United Arab Emirates", ("FZE",)), ("China", ("CO", "LTD")), ("Hong Kong", ("LIMITED",)),
    ("Ukraine", ("TOV",)), ("Kazakhstan", ("TOO",)), ("India", ("PVT", "LTD")),
]  # fmt: skip


def find_seq(words: Sequence[str], seq: Sequence[str]) -> int:
    n = len(seq)
    for i in range(len(words) - n + 1):
        if tuple(words[i : i + n]) == tuple(seq):
            return i
    return -1


def legal_span(words: Sequence[str]) -> tuple[int, int] | None:
    """Longest legal-form run at the start or end of the name (indices, end exclusive)."""
    forms = sorted(
        {f for group in LEGAL_EQUIV for f in group} | set(ABBREV_FORMS), key=lambda f: (len(f), f)
    )
    best: tuple[int, int] | None = None
    for f in reversed(forms):
        n = len(f)
        if n >= len(words):
            continue
        if tuple(words[-n:]) == f:
            cand = (len(words) - n, len(words))
        elif tuple(words[:n]) == f:
            cand = (0, n)
        else:
            continue
        if best is None or cand[1] - cand[0] > best[1] - best[0]:
            best = cand
    return best


def spaced(form: Sequence[str], rng: Random, style: str = "") -> str:
    """Letters of an abbreviation split by spaces or dots, sometimes doubled or lower-case."""
    letters = [c for w in form for c in (w if len(w) <= 4 else [w])]
    if "DE" in form and rng.random() < 0.7:
        letters = [c for w in form for c in ([w.capitalize()] if w == "DE" else list(w))]
    style = style or rng.choice(["space", "dot", "dotspace", "stray", "double"])
    if style == "space":
        return rng.choice([" ", "  "]).join(letters)
    if style == "dot":
        return ".".join(letters) + rng.choice(["", "."])
    if style == "dotspace":
        return ". ".join(letters) + "."
    if style == "stray":
        out = ".".join(letters) + "."
        i = rng.randrange(len(out))
        return out[:i] + "." + out[i:]
    i = rng.randrange(len(letters))
    letters = letters[:i] + [letters[i]] + letters[i:]
    return rng.choice([".", " ", ". "]).join(letters)


# ----------------------------------------------------------------------------- romanisation

# Whole-word alternatives (one change = one 'slip' in the romanisation of one name part).
ARABIC_WORDS: dict[str, list[str]] = {
    "MOHAMMAD": ["MUHAMMAD", "MOHAMMED", "MUHAMMED", "MOHAMED", "MOHAMAD"],
    "MOHAMMED": ["MUHAMMAD", "MOHAMMAD", "MOHAMED", "MUHAMMED", "MOHAMMAD"],
    "MUHAMMAD": ["MOHAMMAD", "MOHAMMED", "MUHAMMED", "MOHAMED"],
    "MOHAMED": ["MOHAMMED", "MUHAMMAD", "MOHAMMAD"],
    "MOHAMAD": ["MOHAMMAD", "MUHAMAD"],
    "AHMAD": ["AHMED", "AHMET"], "AHMED": ["AHMAD"],
    "ABDULLAH": ["ABDALLAH", "ABDOLLAH", "ABDULAH", "ABDELLAH"],
    "ABDALLAH": ["ABDULLAH", "ABDELLAH"], "ABDOLLAH": ["ABDULLAH", "ABDOLAH"],
    "ABDUL": ["ABDEL", "ABDOL", "ABD AL"], "ABDEL": ["ABDUL", "ABD EL"], "ABD": ["ABDUL", "ABDEL"],
    "ABU": ["ABOU", "ABO"], "ABOU": ["ABU"],
    "HUSSEIN": ["HUSSAIN", "HUSAIN", "HUSEIN", "HOSSEIN"], "HUSAYN": ["HUSSEIN", "HUSAIN"],
    "HUSSAIN": ["HUSSEIN", "HUSAIN"], "HASSAN": ["HASAN", "HESSEN"], "HASAN": ["HASSAN"],
    "OMAR": ["UMAR", "OMER"], "UMAR": ["OMAR"], "OSAMA": ["USAMA", "USAMAH"],
    "USAMA": ["OSAMA"], "YUSUF": ["YOUSEF", "YOUSSEF", "YOUSUF", "YUSEF"],
    "YOUSEF": ["YUSUF", "YOUSSEF"], "KHALID": ["KHALED"], "KHALED": ["KHALID"],
    "SAID": ["SAEED", "SAYED"], "SAEED": ["SAID", "SAEID"], "SAYED": ["SAYYID", "SAYYED"],
    "SAYYID": ["SAYED", "SEYED"], "ALI": ["ALY"], "QASIM": ["QASEM", "KASSEM", "QASSIM"],
    "MAHMUD": ["MAHMOUD", "MAHMOOD"], "MAHMOUD": ["MAHMUD", "MAHMOOD"],
    "MUSTAFA": ["MOSTAFA", "MUSTAPHA"], "MOSTAFA": ["MUSTAFA"], "JAFAR": ["JAAFAR", "JAFFAR"],
    "IBRAHIM": ["EBRAHIM", "IBRAHEEM"], "ISMAIL": ["ISMAEL", "ESMAIL", "ISMAEEL"],
    "RAHMAN": ["REHMAN", "RAHMANE"], "NASSER": ["NASIR", "NASER"], "NASIR": ["NASSER", "NASEER"],
    "HAJI": ["HAJJI", "HADJI"], "SHEIKH": ["SHAIKH", "SHAYKH"], "BIN": ["BEN", "IBN"],
    "YAHYA": ["YAHIA", "YEHIA"], "YASIN": ["YASSIN", "YASEEN"], "KARIM": ["KAREEM"],
    "RASHID": ["RASHEED", "RACHID"], "HAMID": ["HAMEED"], "MAJID": ["MAJEED", "MADJID"],
    "SALIM": ["SALEEM", "SELIM"], "SULAYMAN": ["SULEIMAN", "SULAIMAN"],
    "SULEIMAN": ["SULAYMAN", "SOLEIMAN"], "SULAIMAN": ["SULEIMAN"],
    "ABDULRAHMAN": ["ABDURRAHMAN", "ABDELRAHMAN"], "ABDELKADER": ["ABDULKADIR", "ABDELQADER"],
    "AL-QADHAFI": ["AL-GADDAFI", "AL-KADAFI", "AL-QADDAFI"], "QADHAFI": ["GADDAFI", "KADAFI"],
    "ZAWAHIRI": ["ZAWAHRI"], "AL-ZAWAHIRI": ["AL-ZAWAHRI"], "MUSA": ["MOUSSA", "MOUSA"],
    "ISA": ["EISA", "ISSA"], "ISSA": ["ISA", "EISSA"], "FAISAL": ["FAYSAL", "FEISAL"],
    "ABBAS": ["ABAS"], "HAMZA": ["HAMZAH"], "TALAL": ["TALAAL"], "ZAYD": ["ZAID", "ZEID"],
    "ZAID": ["ZAYD", "ZEID"], "OTHMAN": ["UTHMAN", "OSMAN"], "UTHMAN": ["OTHMAN"],
    "HAMAD": ["HAMED"], "KHALIL": ["KHALEEL"], "JAMAL": ["GAMAL", "DJAMEL"],
    "SALEH": ["SALIH", "SALAH"], "SALIH": ["SALEH"], "AYMAN": ["AIMAN"],
    "MUHAMMADI": ["MOHAMMADI"], "ABDELAZIZ": ["ABDULAZIZ"], "ABDULAZIZ": ["ABDELAZIZ"],
    "QURESHI": ["QURAISHI", "KURESHI"], "AL-BAGHDADI": ["AL BAGHDADY"],
}  # fmt: skip
PERSIAN_WORDS: dict[str, list[str]] = {
    "HOSSEIN": ["HOSEIN", "HUSSEIN", "HOSEYN", "HOSSAIN"], "HOSEIN": ["HOSSEIN"],
    "REZA": ["RIZA", "REZAH"], "GHOLAM": ["QOLAM", "GHOLAAM", "GOLAM"],
    "GHOLAMREZA": ["GHOLAM-REZA", "QOLAMREZA"], "MOHSEN": ["MOHSIN", "MUHSIN"],
    "JAVAD": ["JAWAD", "DJAVAD"], "GHASEM": ["QASEM", "GHASSEM"], "QASEM": ["GHASEM", "QASSEM"],
    "ABOLFAZL": ["ABOLFAZEL", "ABUL FAZL"], "ALIREZA": ["ALI-REZA", "ALIRIZA"],
    "MOHAMMADREZA": ["MOHAMMAD-REZA", "MUHAMMADREZA"], "MAHDI": ["MEHDI"], "MEHDI": ["MAHDI"],
    "SEYED": ["SEYYED", "SAYED", "SEYYID"], "SEYYED": ["SEYED", "SAYYED"],
    "KHAMENEI": ["KHAMENEHI", "KHAMENE'I"], "RAHIMI": ["RAHEEMI"], "HASHEMI": ["HASHIMI"],
    "FEREYDOUN": ["FEREIDOUN", "FERIDUN"], "FARHAD": ["FARHAAD"], "BEHROUZ": ["BEHRUZ"],
    "MASOUD": ["MASUD", "MASOOD"], "MASOUMEH": ["MASUMEH"], "SAEID": ["SAEED", "SAID"],
    "HAMID": ["HAMEED"], "HAMIDREZA": ["HAMID-REZA"], "AMIR": ["AMEER"], "ESMAIL": ["ESMAEIL", "ISMAIL"],
    "ESMAEIL": ["ESMAIL", "ISMAIL"], "EBRAHIM": ["EBRAHEEM", "IBRAHIM"], "YOUSEF": ["YUSEF", "YOUSOF"],
    "GHOLAMHOSSEIN": ["GHOLAM-HOSSEIN"], "MOJTABA": ["MUJTABA"], "MORTEZA": ["MURTAZA", "MORTAZA"],
    "NASROLLAH": ["NASRALLAH", "NASRULLAH"], "ROHOLLAH": ["RUHOLLAH", "RUHULLAH"],
    "RUHOLLAH": ["ROHOLLAH"], "HABIBOLLAH": ["HABIBULLAH"], "ZADEH": ["ZADE"],
    "KAZEM": ["KAZIM", "KADHEM"], "JAFARI": ["JAAFARI", "JAFFARI"], "GHAFFARI": ["QAFFARI"],
    "SHAHRIARI": ["SHAHRYARI"], "NOURI": ["NURI", "NOORI"], "GHORBAN": ["QORBAN"],
    "ASGHAR": ["ASGAR", "ASGHER"], "AKBAR": ["AKBER"], "ABDOLLAHI": ["ABDULLAHI"],
}  # fmt: skip
KOREAN_SYLL: dict[str, list[str]] = {
    "YUN": ["YOON"], "JO": ["CHO"], "CHO": ["JO"], "KIM": ["GIM"], "RI": ["LEE", "RHEE", "YI"],
    "PAK": ["PARK", "BAK"], "CHOE": ["CHOI"], "JONG": ["JUNG", "CHONG"], "CHOL": ["CHEOL", "CHUL"],
    "SONG": ["SEONG", "SUNG"], "HYON": ["HYUN", "HYEON"], "YONG": ["YOUNG", "YEONG"],
    "KWANG": ["GWANG"], "GWANG": ["KWANG"], "KANG": ["GANG"], "SOK": ["SEOK", "SUK"],
    "HO": ["HOH"], "UN": ["EUN"], "IL": ["EEL"], "MYONG": ["MYEONG", "MYUNG"], "HYOK": ["HYEOK", "HYUK"],
    "CHUN": ["JUN"], "JIN": ["CHIN"], "SON": ["SUN", "SEON"], "YON": ["YEON", "YOUN"],
    "GWON": ["KWON"], "KWON": ["GWON"], "NAM": ["NAHM"], "RYONG": ["RYEONG", "RYUNG"],
    "HUI": ["HEE", "HUY"], "CHANG": ["JANG"], "JANG": ["CHANG"], "HAN": ["HAHN"],
    "TONG": ["DONG"], "TAE": ["DAE"], "TU": ["DU"], "KUM": ["GEUM", "KEUM"], "KYONG": ["KYEONG", "GYEONG"],
    "PYONG": ["BYEONG", "PYEONG"], "CHAN": ["JAN"], "SU": ["SOO"], "CHU": ["JU"], "JU": ["CHU", "JOO"],
    "UK": ["WOOK"], "U": ["WOO"], "IN": ["EEN"], "HWA": ["HOA"], "RYOL": ["RYEOL", "RYUL"],
    "O": ["OH"], "OH": ["O"], "RYU": ["YU", "RYOO"], "YU": ["YOO"], "SIN": ["SHIN"], "SHIN": ["SIN"],
    "PAEK": ["BAEK", "PAIK"], "HWANG": ["HOANG"], "CHOL-UNG": ["CHEOL-UNG"],
}  # fmt: skip
RUSSIAN_WORDS: dict[str, list[str]] = {
    "ALEKSANDR": ["ALEXANDER", "ALEKSANDER", "ALEXANDR"], "ALEKSEY": ["ALEXEY", "ALEKSEI", "ALEXEI"],
    "SERGEY": ["SERGEI", "SERGUEI"], "SERGEI": ["SERGEY"], "ANDREY": ["ANDREI", "ANDREJ"],
    "ANDREI": ["ANDREY"], "DMITRY": ["DMITRI", "DMITRIY"], "DMITRIY": ["DMITRY", "DMITRII"],
    "YEVGENIY": ["EVGENY", "YEVGENY", "EVGENII"], "YEVGENY": ["EVGENY", "YEVGENIY"],
    "YURIY": ["YURI", "YURY", "IOURI"], "YURI": ["YURY", "IURII"], "MIKHAIL": ["MIHAIL", "MICHAIL"],
    "NIKOLAY": ["NIKOLAI"], "NIKOLAI": ["NIKOLAY"], "VALERIY": ["VALERY", "VALERI"],
    "VYACHESLAV": ["VIACHESLAV"], "VIKTOR": ["VICTOR"], "YELENA": ["ELENA", "JELENA"],
    "YEKATERINA": ["EKATERINA"], "NATALYA": ["NATALIA", "NATALIYA"], "TATYANA": ["TATIANA"],
    "OLGA": ["OLHA"], "IGOR": ["IHOR"], "ARKADY": ["ARKADIY", "ARKADI"], "GENNADY": ["GENNADIY", "GENADY"],
    "ANATOLY": ["ANATOLIY", "ANATOLI"], "VASILY": ["VASILIY", "VASSILY"], "GRIGORY": ["GRIGORIY"],
    "FEDOR": ["FYODOR", "FIODOR"], "PYOTR": ["PETR", "PIOTR"], "PETR": ["PYOTR"], "SEMEN": ["SEMYON"],
    "KONSTANTIN": ["CONSTANTIN"], "YAKOV": ["IAKOV", "JAKOV"], "ILYA": ["ILIA", "ILJA"],
    "MAKSIM": ["MAXIM"], "DENIS": ["DENNIS"], "YULIYA": ["YULIA", "JULIA"],
}  # fmt: skip
# Suffix rules for Russian names (surname and patronymic endings).
RUSSIAN_SUFFIX: list[tuple[str, str]] = [
    ("OV", "OFF"), ("EV", "EFF"), ("YEV", "IEV"), ("YEVICH", "EVICH"), ("IYEVICH", "IEVICH"),
    ("SKIY", "SKY"), ("SKIY", "SKII"), ("SKY", "SKIY"), ("TSKIY", "TSKY"), ("OVICH", "OVITCH"),
    ("YEVA", "EVA"), ("YENKO", "ENKO"), ("IY", "Y"), ("YY", "Y"), ("KH", "H"),
]  # fmt: skip
CHINESE_SURNAMES: dict[str, list[str]] = {
    "LI": ["LEE"], "ZHANG": ["CHANG", "CHEUNG"], "WANG": ["WONG"], "CHEN": ["CHAN", "CHIN"],
    "LIU": ["LAU", "LIEW"], "HUANG": ["WONG", "HWANG"], "ZHAO": ["CHAO", "CHIU"], "ZHOU": ["CHOU", "CHOW"],
    "WU": ["NG", "WOO"], "XU": ["HSU", "HUI"], "SUN": ["SUEN"], "MA": ["MAH"], "HU": ["WOO"],
    "GUO": ["KUO", "KWOK"], "HE": ["HO"], "LIN": ["LAM", "LUM"], "LUO": ["LO", "LAW"],
    "ZHENG": ["CHENG"], "LIANG": ["LEUNG"], "XIE": ["HSIEH", "TSE"], "TANG": ["TONG"],
    "FENG": ["FUNG"], "CAI": ["TSAI", "CHOI"], "JIANG": ["CHIANG", "KONG"], "YANG": ["YEUNG"],
    "ZHU": ["CHU"], "XIAO": ["HSIAO", "SIU"], "DENG": ["TENG", "TANG"], "YE": ["YEH", "IP"],
    "QIAN": ["CHIEN"], "ZENG": ["TSENG", "TSANG"], "PENG": ["PANG"], "SONG": ["SUNG"], "GAO": ["KAO"],
    "YU": ["YUE", "YUI"], "SHI": ["SHIH"], "JIN": ["CHIN", "KAM"], "QIN": ["CHIN"], "DU": ["TU"],
}  # fmt: skip
# Pinyin -> Wade-Giles initials and finals, applied at each syllable start.
PINYIN_WG: list[tuple[str, str]] = [
    ("ZH", "CH"), ("CH", "CH'"), ("Q", "CH'"), ("X", "HS"), ("J", "CH"), ("Z", "TS"),
    ("C", "TS'"), ("R", "J"), ("B", "P"), ("D", "T"), ("G", "K"),
]  # fmt: skip
# McCune-Reischauer (list usage) -> Revised Romanisation of Korean, per syllable.
MR_RR: dict[str, str] = {
    "KIM": "GIM", "PAK": "BAK", "RI": "I", "CHOE": "CHOE", "KANG": "GANG", "KWANG": "GWANG",
    "CHOL": "CHEOL", "JONG": "JEONG", "SONG": "SEONG", "HYON": "HYEON", "YONG": "YEONG",
    "SOK": "SEOK", "MYONG": "MYEONG", "HYOK": "HYEOK", "TONG": "DONG", "TAE": "DAE",
    "KUM": "GEUM", "KYONG": "GYEONG", "PYONG": "BYEONG", "CHUN": "JUN", "CHANG": "JANG",
    "KUK": "GUK", "KYU": "GYU", "KI": "GI", "KIL": "GIL", "KON": "GEON", "TOK": "DEOK",
    "PONG": "BONG", "POK": "BOK", "SON": "SEON", "YON": "YEON", "RYONG": "RYONG", "CHON": "CHEON",
    "HYONG": "HYEONG", "KYONG-HUI": "GYEONG-HUI", "RYOL": "RYEOL", "SOL": "SEOL", "KWON": "GWON",
    "TU": "DU", "POM": "BEOM", "KO": "GO", "KU": "GU", "KAP": "GAP", "PYOL": "BYEOL", "HO": "HO",
}  # fmt: skip
# Russian romanisation systems, applied to the whole list spelling (BGN/PCGN-like).
RUSSIAN_SYSTEMS: dict[str, list[tuple[str, str]]] = {
    "german": [("SHCH", "SCHTSCH"), ("KH", "CH"), ("ZH", "SCH"), ("CH", "TSCH"), ("SH", "SCH"),
               ("YA", "JA"), ("YU", "JU"), ("YE", "JE"), ("V", "W"), ("TS", "Z")],
    "french": [("SHCH", "CHTCH"), ("CH", "TCH"), ("SH", "CH"), ("ZH", "J"), ("OU", "OU"),
               ("YU", "IOU"), ("U", "OU"), ("YA", "IA"), ("OV$", "OFF"), ("EV$", "EFF")],
    "passport": [("^YE", "E"), ("IY$", "II"), ("YY$", "II"), ("YA", "IA"), ("YU", "IU"),
                 ("EY$", "EI"), ("AY$", "AI"), ("OY$", "OI"), ("YEV", "EV"), ("YE", "E")],
}  # fmt: skip
# Arabic names written the French (Maghreb) way.
ARABIC_FRENCH: list[tuple[str, str]] = [
    ("MUHAMMAD", "MOHAMED"), ("MOHAMMAD", "MOHAMED"), ("ABDUL", "ABDEL"), ("^AL-", "EL-"),
    ("^AL$", "EL"), ("SH", "CH"), ("OU", "OU"), ("U", "OU"), ("J", "DJ"),
]  # fmt: skip
CYRILLIC: list[tuple[str, str]] = [
    ("SHCH", "Щ"), ("SKY$", "СКИЙ"), ("SKIJ$", "СКИЙ"), ("^YE", "Е"), ("^ELENA", "ЕЛЕНА"), ("^ED", "ЭД"),
    ("^EL", "ЭЛ"), ("^ER", "ЭР"), ("^EM", "ЭМ"), ("^E", "Е"), ("EYE", "ЕЕ"), ("IYE", "ИЕ"),
    ("IYA", "ИЯ"), ("IYU", "ИЮ"), ("YE", "Е"), ("YO", "Ё"), ("YU", "Ю"), ("YA", "Я"), ("ZH", "Ж"),
    ("KH", "Х"), ("TS", "Ц"), ("TCH", "Ч"), ("CH", "Ч"), ("SH", "Ш"), ("IY$", "ИЙ"), ("II$", "ИЙ"),
    ("YY$", "ЫЙ"), ("AYE", "АЕ"), ("OYE", "ОЕ"), ("UYE", "УЕ"), ("AYA", "АЯ"), ("OYA", "ОЯ"),
    ("UYA", "УЯ"), ("EYA", "ЕЯ"), ("AYU", "АЮ"), ("AY", "АЙ"), ("EY", "ЕЙ"), ("OY", "ОЙ"), ("UY", "УЙ"), ("IY", "ИЙ"),
    ("EI$", "ЕЙ"), ("AI$", "АЙ"), ("OI$", "ОЙ"), ("Y$", "ИЙ"), ("Y", "Ы"), ("A", "А"),
    ("B", "Б"), ("V", "В"), ("G", "Г"), ("D", "Д"), ("E", "Е"), ("Z", "З"), ("I", "И"),
    ("K", "К"), ("L", "Л"), ("M", "М"), ("N", "Н"), ("O", "О"), ("P", "П"), ("R", "Р"),
    ("S", "С"), ("T", "Т"), ("U", "У"), ("F", "Ф"), ("'", "Ь"), ("X", "КС"), ("W", "В"),
    ("H", "Х"), ("C", "К"), ("J", "ДЖ"), ("Q", "К"),
]  # fmt: skip


def to_cyrillic(word: str) -> str:
    return apply_rules(word.upper(), CYRILLIC)


def apply_rules(word: str, rules: Sequence[tuple[str, str]]) -> str:
    """One left-to-right pass: at each position the first rule that matches is used.

    A key starting with ^ matches only at the start, one ending with $ only at the end.
    """
    out = ""
    i = 0
    while i < len(word):
        for old, new in rules:
            key = old.strip("^$")
            if old.startswith("^") and i:
                continue
            if not word.startswith(key, i):
                continue
            if old.endswith("$") and i + len(key) != len(word):
                continue
            out += new
            i += len(key)
            break
        else:
            out += word[i]
            i += 1
    return out


PINYIN_SYLL = re.compile(
    r"(ZH|CH|SH|[BPMFDTNLGKHJQXRZCSYW])?"
    r"(IANG|IONG|UANG|ANG|ENG|ING|ONG|IAN|IAO|UAI|UAN|AI|AN|AO|EI|EN|ER|IA|IE|IN|IU|OU|UA|UE|"
    r"UI|UN|UO|A|E|I|O|U)"
)
NOT_PINYIN = {
    "CHINA", "HONG", "KONG", "MACAU", "MAN", "SUN", "LONG", "NEW", "ONE", "AMERICAN", "CHINESE",
    "AN", "DE", "HE", "SHE", "ME", "WE", "BE", "NO", "SO", "GO", "TO", "LA", "LE", "DA", "LI",
    "HAN", "SEN", "TEN", "PIN", "TIN", "BAN", "PAN", "FAN", "WAN", "TAN", "YEN", "GUN", "RUN",
    "MOBILE", "PANDA", "DIE", "TIE", "LIE", "PIE", "SHOE", "SOUND", "HOUSE", "TOUR",
    "GOUT", "HOLDING", "TRADING", "BEIJING-", "PICO", "BIOTECH", "TIBET", "LINE", "BANANA", "SAMSUNG", "HUAWEI", "ZTE",
}  # fmt: skip
GLIDE_I = ("IA", "IE", "IAN", "IANG", "IAO", "IN", "ING", "IONG", "IU")
GLIDE_U = ("UA", "UAI", "UAN", "UANG", "UI", "UN", "UO")


def pinyin_ok(initial: str, final: str, start: bool) -> bool:
    """A rough check that initial+final is a Mandarin syllable (rejects CO, RE-A-U ...)."""
    if not initial:
        return start and final in (
            "A",
            "AI",
            "AN",
            "ANG",
            "AO",
            "E",
            "EI",
            "EN",
            "ENG",
            "ER",
            "O",
            "OU",
        )
    if final == "O":
        return initial in ("B", "P", "M", "F", "W", "Y")
    if initial in ("J", "Q", "X"):
        return final.startswith(("I", "U")) and final not in GLIDE_U[:4] + ("UO", "UI")
    if final in GLIDE_I or final == "I":
        if initial in ("G", "K", "H", "F", "W"):
            return False
        if final != "I" and initial in ("Z", "C", "S", "ZH", "CH", "SH", "R", "Y"):
            return initial == "Y" and final in ("IN", "ING")
        return True
    if final in GLIDE_U or final == "ONG":
        return initial not in ("B", "P", "M", "F", "W", "Y") or (
            initial == "Y" and final in ("UN", "ONG")
        )
    if final == "UE":
        return initial in ("N", "L", "Y")
    return final != "ER"


def pinyin_syllables(word: str) -> list[str] | None:
    """Split a word into pinyin syllables (longest first, with backtracking), or None."""
    if not word.isalpha() or word in NOT_PINYIN or len(word) < 2:
        return None
    if not re.search(r"ZH|X|Q|[AEIO]NG|IAO|IAN|UO|UAN|UI|OU|AI|EI|IE|^[CZS]H?[AEIOU]", word):
        return None
    memo: dict[int, list[str] | None] = {}

    def walk(i: int) -> list[str] | None:
        if i == len(word):
            return []
        if i in memo:
            return memo[i]
        best = None
        for j in range(min(len(word), i + 6), i, -1):
            piece = word[i:j]
            m = PINYIN_SYLL.fullmatch(piece)
            if m and pinyin_ok(m.group(1) or "", m.group(2), i == 0):
                rest = walk(j)
                if rest is not None:
                    best = [piece, *rest]
                    break
        memo[i] = best
        return best

    return walk(0)


def syll_wg(p: str) -> str:
    for old, new in PINYIN_WG:
        if p.startswith(old):
            p = new + p[len(old) :]
            break
    p = re.sub("ONG$", "UNG", p)
    return re.sub("IAN$", "IEN", p)


def pinyin_wg(word: str) -> str:
    """A pinyin word to Wade-Giles, syllables joined by hyphens (HSIAO-MING)."""
    parts = []
    for part in word.split("-"):
        sylls = pinyin_syllables(part)
        if sylls is None:
            return word
        parts.append("-".join(syll_wg(x) for x in sylls))
    return "-".join(parts)


# ----------------------------------------------------------------------------- languages

ARAB_PROGRAMS = re.compile(r"SDGT|SDT|FTO|IRAQ|SYRIA|LIBYA|YEMEN|PLC|HIZBALLAH|SUDAN|LEBANON")
ARAB_COUNTRIES = re.compile(
    r"Syria|Iraq|Lebanon|Yemen|Libya|Saudi|Egypt|Jordan|Kuwait|Qatar|Bahrain|Emirates|"
    r"Palestin|West Bank|Gaza|Sudan|Algeria|Tunisia|Morocco|Mauritania|Somalia|\b(SY|IQ|LB|YE|"
    r"LY|SA|EG|JO|KW|QA|BH|AE|PS|SD|DZ|TN|MA)\b"
)


def languages(e: Entry) -> set[str]:
    langs = set()
    p, c = e.program.upper(), e.country
    if "DPRK" in p or "NKSPEA" in p or (e.list_key == "un_sc" and e.list_id.startswith("KP")):
        langs.add("korean")
    if re.search(r"Korea, North|\bKP\b|North Korea|Democratic People", c):
        langs.add("korean")
    if re.search(r"RUSSIA|UKRAINE|BELARUS|CYBER|MAGNIT|CAATSA|SSI", p) or re.search(
        r"Russia|Belarus|\bRU\b|\bBY\b", c
    ):
        langs.add("russian")
    if re.search(r"China|Hong Kong|\bCN\b|\bHK\b", c) or "CMIC" in p:
        langs.add("chinese")
    if (
        re.search(r"IRAN|IRGC|IFSR", p)
        or re.search(r"\bIran\b|\bIR\b", c)
        or (e.list_key == "un_sc" and e.list_id.startswith("IR"))
    ):
        langs.add("persian")
    if ARAB_PROGRAMS.search(p) or ARAB_COUNTRIES.search(c):
        langs.add("arabic")
    if e.list_key == "un_sc" and e.list_id[:2] in ("QD", "IQ", "LY", "YE", "SO", "TA"):
        langs.add("arabic")
    return langs


def base_words(e: Entry) -> list[str]:
    return tokens(natural(e.name) if e.kind == "person" else e.name)


def is_latin(words: Sequence[str]) -> bool:
    return all(re.fullmatch(r"[A-Z0-9'&+-]+", w) for w in words)


Gen = Callable[[Entry, Random], str | None]


# ----------------------------------------------------------------------------- generators


def g_legal_misspelt(e: Entry, rng: Random) -> str | None:
    if e.kind != "organization":
        return None
    words = base_words(e)
    idx = [i for i, w in enumerate(words) if w in LEGAL_LONG_WORDS and len(w) >= 5]
    if not idx or len(words) < 2:
        return None
    i = rng.choice(idx)
    new = slip(words[i], rng)
    if new == words[i] or new in LEGAL_LONG_WORDS:
        return None
    words[i] = new
    return render(words, rng)


def _equivalents(form: tuple[str, ...]) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for group in LEGAL_EQUIV:
        if group[0] == form:
            out.extend(f for f in group[1:] if f != form and f not in out)
    return out


def _abbreviation(form: Sequence[str]) -> bool:
    return all(len(w) <= 4 for w in form) and sum(len(w) for w in form) <= 6


def g_legal_spaced(e: Entry, rng: Random) -> str | None:
    if e.kind != "organization":
        return None
    words = base_words(e)
    if not is_latin(words):
        return None
    span = legal_span(words)
    if span is None:
        forms = [f for ctry, f in COUNTRY_FORMS if ctry in e.country]
        if not forms or len(words) < 2 or set(words) & (LEGAL_LONG_WORDS | LEGAL_ABBR_WORDS):
            return None
        return render(words, rng) + " " + spaced(forms[0], rng)
    a, b = span
    form = tuple(words[a:b])
    rest = words[:a] + words[b:]
    if not rest:
        return None
    abbrevs = [f for f in _equivalents(form) if _abbreviation(f) and is_latin(f)]
    if _abbreviation(form):
        ops = ["double"]
        if set(form) & MOVABLE:
            ops += ["move", "move"]
        if abbrevs:
            ops += ["equiv", "equiv"]
        op = rng.choice(ops)
        if op == "move":
            new, at_front = spaced(form, rng, rng.choice(["space", "dot", "stray"])), a != 0
        elif op == "equiv":
            new, at_front = spaced(rng.choice(abbrevs), rng), a == 0
        else:
            new, at_front = spaced(form, rng, "double"), a == 0
    elif abbrevs:
        new, at_front = spaced(rng.choice(abbrevs), rng), a == 0
    else:
        return None
    body = render(rest, rng)
    return f"{new} {body}" if at_front else f"{body} {new}"


def g_legal_moved(e: Entry, rng: Random) -> str | None:
    if e.kind != "organization":
        return None
    words = base_words(e)
    span = legal_span(words)
    if span is None:
        return None
    a, b = span
    form = tuple(words[a:b])
    rest = words[:a] + words[b:]
    if len(rest) < 1 or (len(rest) == 1 and len(rest[0]) < 4):
        return None
    movable = bool(set(form) & MOVABLE) or form in LONG_MOVABLE
    op = rng.choice(["move", "drop", "swap", "swap"] if movable else ["drop", "swap", "swap"])
    if op == "drop":
        return render(rest, rng)
    if op == "move":
        return render(list(form) + rest if a else rest + list(form), rng)
    eq = _equivalents(form)
    if not eq:
        return None
    new = rng.choice(eq)
    front = new[0] in FRONT_FORMS or (a == 0 and rng.random() < 0.3)
    return render(list(new) + rest if front else rest + list(new), rng)


def _content_idx(words: Sequence[str], minlen: int) -> list[int]:
    return [
        i
        for i, w in enumerate(words)
        if len(w) >= minlen
        and not set(w.split("-")) & LEGAL_LONG_WORDS
        and re.fullmatch(r"[A-Z'-]+", w)
    ]


def g_typo(e: Entry, rng: Random) -> str | None:
    if e.kind == "aircraft":
        return None  # tail numbers are identifiers, not names
    words = base_words(e)
    idx = _content_idx(words, 4)
    if not idx or not is_latin(words):
        return None
    edits = 2 if rng.random() < 0.3 and sum(len(words[i]) for i in idx) >= 9 else 1
    for _ in range(edits):
        i = rng.choice(idx)
        words[i] = slip(words[i], rng)
    return render(words, rng)


SUN = ("D", "N", "R", "S", "T", "Z", "SH", "TH", "DH")


def g_spacing(e: Entry, rng: Random) -> str | None:
    words = base_words(e)
    if len(words) < 2 or not is_latin(words):
        return None
    # Arabic article joined to the word before it: ABD AL-RAHMAN -> ABDURRAHMAN / ABDEL RAHMAN
    arts = [
        i
        for i, w in enumerate(words)
        if i > 0 and (w in ("AL", "EL") and i + 1 < len(words) or re.match(r"(AL|EL)-\w{3}", w))
    ]
    if arts and rng.random() < 0.8:
        i = rng.choice(arts)
        if words[i] in ("AL", "EL"):
            nxt, drop = words[i + 1], 2
        else:
            nxt, drop = words[i][3:], 1
        prev = words[i - 1]
        sun = next((s for s in SUN if nxt.startswith(s)), "")
        style = rng.choice(["ul", "el", "sun", "el-"] if sun else ["ul", "el", "el-"])
        if style == "ul":
            joined = [prev + "UL" + nxt]
        elif style == "el":
            joined = [prev + "EL" + nxt]
        elif style == "sun":
            joined = [prev + "U" + sun + nxt]
        else:
            joined = [prev + "EL", nxt] if rng.random() < 0.5 else [prev, "EL" + nxt]
        return render(words[: i - 1] + joined + words[i + drop :], rng)
    if "&" in words or "AND" in words:
        i = words.index("&") if "&" in words else words.index("AND")
        if 0 < i < len(words) - 1:
            rep = "AND" if words[i] == "&" else rng.choice(["&", "N"])
            if rep == "N" or rng.random() < 0.5:
                merged = words[i - 1] + ("N" if rep == "N" else "&") + words[i + 1]
                return render(words[: i - 1] + [merged] + words[i + 2 :], rng)
            return render(words[:i] + [rep] + words[i + 1 :], rng)
    # Join two words or split a compound; a pure spacing change folds to the listed name, so
    # a slip in another word comes with it (data entry that runs words together also slips).
    prefix = [
        (i, m.end())
        for i, w in enumerate(words)
        if (m := COMPOUND.match(w)) and len(w) - m.end() >= 3 and "-" not in w
    ]
    if e.kind == "person":
        prefix = []
    if prefix and rng.random() < 0.5:
        i, cut = rng.choice(prefix)
        sep = rng.choice([" ", "-"])
        new = words[:i] + [words[i][:cut] + sep + words[i][cut:]] + words[i + 1 :]
    else:
        legal = LEGAL_LONG_WORDS | LEGAL_ABBR_WORDS
        pairs = [
            i
            for i in range(len(words) - 1)
            if words[i].isalpha()
            and words[i + 1].isalpha()
            and len(words[i] + words[i + 1]) <= 16
            and not {words[i], words[i + 1]} & legal
        ]
        if not pairs:
            return None
        i = rng.choice(pairs)
        new = words[:i] + [words[i] + words[i + 1]] + words[i + 2 :]
    changed = next(k for k, (x, y) in enumerate(zip(new, words, strict=False)) if x != y)
    others = [j for j in _content_idx(new, 4) if " " not in new[j] and "-" not in new[j]]
    if len(others) > 1:
        others = [j for j in others if j != changed]
    if not others:
        return None
    j = rng.choice(others)
    new[j] = slip(new[j], rng)
    return render(" ".join(new).split(), rng)


COMPOUND = re.compile(
    r"(PETRO|ELECTRO|ELEKTRO|AERO|MICRO|MIKRO|TECHNO|TEKHNO|TRANS|INTER|AGRO|BIO|RADIO|HYDRO|"
    r"GIDRO|TELE|AVIA|AUTO|AVTO|NEFTE|GAZ|ENERGO|MASH|PROM|STROY|NANO|OPTO|INFO|MEGA|EURO|SINO|"
    r"ROS|SPETS|VOEN|POLY|SEMI|TURBO|NEFT|METAL|SUPER|MULTI|TECH|CYBER|STAR|SUN|GOLD|OCEAN)"
)


def g_word_order(e: Entry, rng: Random) -> str | None:
    words = base_words(e)
    if len(words) < 2 or len(words) > 8 or not is_latin(words):
        return None
    if e.kind == "person":
        commaless = natural(e.name) == e.name
        opts = []
        if commaless:
            opts.append(words[-1:] + words[:-1])  # family name first (or last) as at home
        if len(words) >= 3:
            opts.append(words[:1] + words[-1:] + words[1:-1])  # surname after the first name
            opts.append([words[1], words[0], *words[2:]])  # first two given names swapped
        opts = [o for o in opts if o != words and not PATRONYMIC.search(o[0])]
        if not opts:
            return None
        return render(rng.choice(opts), rng)
    span = legal_span(words)
    a, b = span if span else (len(words), len(words))
    form, rest = words[a:b], words[:a] + words[b:]
    if len(rest) < 2:
        return None
    low = [w for w in rest if w in ("OF", "FOR", "THE", "DE", "AND", "&")]
    if "OF" in rest and 0 < rest.index("OF") < len(rest) - 1 and rng.random() < 0.6:
        k = rest.index("OF")  # BANK OF X -> X BANK
        new = [w for w in rest[k + 1 :] if w != "THE"] + rest[:k]
    elif low or set(rest) & LEGAL_LONG_WORDS:
        pairs = [
            i
            for i in range(len(rest) - 1)
            if not {rest[i], rest[i + 1]}
            & (LEGAL_LONG_WORDS | {"OF", "FOR", "THE", "DE", "AND", "&"})
        ]
        if not pairs:
            return None
        i = rng.choice(pairs)
        new = rest[:i] + [rest[i + 1], rest[i]] + rest[i + 2 :]
    elif rng.random() < 0.5:
        new = rest[1:] + rest[:1]  # place name moved to the end
    else:
        i = rng.randrange(len(rest) - 1)
        new = rest[:i] + [rest[i + 1], rest[i]] + rest[i + 2 :]
    if new == rest:
        return None
    return render((form + new) if a == 0 and form else (new + form), rng)


def _pick_lang(e: Entry, options: Iterable[str], rng: Random) -> str | None:
    langs = sorted(languages(e) & set(options))
    return rng.choice(langs) if langs else None


def romanised_slip(e: Entry, rng: Random, lang: str) -> str | None:
    words = base_words(e)
    if not is_latin(words):
        return None
    spots: list[tuple[int, int, list[str]]] = []  # (word, part, alternatives)
    for i, w in enumerate(words):
        parts = w.split("-")
        for j, p in enumerate(parts):
            whole = w if len(parts) == 1 else None
            if lang == "korean" and p in KOREAN_SYLL:
                spots.append((i, j, KOREAN_SYLL[p]))
            if lang == "arabic" and whole and whole in ARABIC_WORDS:
                spots.append((i, -1, ARABIC_WORDS[whole]))
            if lang == "arabic" and p.startswith(("AL", "EL")) and len(parts) == 2 and j == 0:
                spots.append((i, -2, []))
            if lang == "persian" and whole and whole in PERSIAN_WORDS:
                spots.append((i, -1, PERSIAN_WORDS[whole]))
            if lang == "persian" and whole and whole in ARABIC_WORDS:
                spots.append((i, -1, ARABIC_WORDS[whole]))
            if lang == "russian" and whole and whole in RUSSIAN_WORDS and e.kind == "person":
                spots.append((i, -1, RUSSIAN_WORDS[whole]))
            if lang == "russian" and whole and e.kind == "person" and len(whole) > 4:
                alts = [whole[: -len(a)] + b for a, b in RUSSIAN_SUFFIX if whole.endswith(a)]
                alts += [whole.replace("KH", "H")] if "KH" in whole else []
                if alts:
                    spots.append((i, -1, alts))
            if lang == "chinese" and whole and whole in CHINESE_SURNAMES and e.kind == "person":
                spots.append((i, -1, CHINESE_SURNAMES[whole]))
            if lang == "chinese" and len(parts) == 1 and pinyin_syllables(p):
                sylls = pinyin_syllables(p) or []
                k = rng.randrange(len(sylls))
                alt = sylls[:k] + [syll_wg(sylls[k])] + sylls[k + 1 :]
                if alt != sylls:
                    spots.append((i, -1, ["".join(alt)]))
    if not spots:
        return None
    i, j, alts = rng.choice(spots)
    if j == -2:  # AL-X / EL-X article vowel
        art, rest = words[i].split("-")
        words[i] = ("EL" if art == "AL" else "AL") + "-" + rest
    elif j == -1:
        words[i] = rng.choice(alts)
    else:
        parts = words[i].split("-")
        parts[j] = rng.choice(alts)
        words[i] = "-".join(parts)
    return render(" ".join(words).split(), rng)


def arabic_word(w: str) -> bool:
    """A name part that is plainly Arabic (a table word, an article or a kunya/nasab)."""
    return (
        w in ARABIC_WORDS
        or w.startswith(("AL-", "EL-", "ABD", "ABU", "BIN-"))
        or w in ("AL", "BIN", "IBN", "BINT", "ABU", "UMM")
    )


def transliterate(e: Entry, rng: Random, lang: str) -> str | None:
    words = base_words(e)
    if not is_latin(words):
        return None
    if lang == "korean":
        new = ["-".join(MR_RR.get(p, p) for p in w.split("-")) for w in words]
    elif e.kind != "person" and lang in ("russian", "arabic"):
        return None
    elif lang == "russian":
        system = rng.choice(sorted(RUSSIAN_SYSTEMS))
        new = [
            w
            if w in LEGAL_LONG_WORDS or w in KEEP_UPPER
            else apply_rules(w, RUSSIAN_SYSTEMS[system])
            for w in words
        ]
    elif lang == "chinese":
        new = [pinyin_wg(w) for w in words]
    else:
        if not any(arabic_word(w) for w in words):
            return None
        new = [apply_rules(w, ARABIC_FRENCH) if w not in LEGAL_LONG_WORDS else w for w in words]
    changed = sum(a != b for a, b in zip(words, new, strict=True))
    if changed < min(2, len(words)):
        return None
    return render(new, rng)


def _gen_lang(fn: Callable[[Entry, Random, str], str | None], lang: str) -> Gen:
    def gen(e: Entry, rng: Random) -> str | None:
        return fn(e, rng, lang) if lang in languages(e) else None

    return gen


ARABIC_NORMAL = {"ة": "ه", "ى": "ي"}
RUSSIAN_LOOK = re.compile(
    r"KH|ZH|SH|TS|CH|YY|IY|YA|YU|OV|EV|SK|NYY|AYA|OYE|IYE|STVO|ZAVOD|PROM|NEFT|GAZ|MASH|"
    r"STROY|TEKH|ENERGO|AVTO|OBORON|INVEST|BANK|KOMPLEKT|ITSA|IYA$"
)
CYR_FORMS = {
    "OOO": "ООО", "LLC": "ООО", "AO": "АО", "JSC": "АО", "ZAO": "ЗАО", "CJSC": "ЗАО", "OAO": "ОАО",
    "OJSC": "ОАО", "PAO": "ПАО", "PJSC": "ПАО",
}  # fmt: skip


def g_original_script_list(e: Entry, rng: Random) -> str | None:
    """The list's own original-script name (UN), typed with one everyday difference."""
    if e.script_names:
        words = e.script_names[0].split()
        ops = []
        if any(c in ARABIC_NORMAL for c in "".join(words)):
            ops.append("normal")
        bound = ("عبد", "بن", "ابن", "أبو", "ابو", "بنت", "ولد")
        middle = [
            k
            for k in range(1, len(words) - 1)
            if words[k] not in bound and words[k - 1] not in bound
        ]
        if middle and e.kind == "person":
            ops.append("drop")
        if len(words) >= 3 and e.kind == "organization":
            ops.append("order")
        if not ops:
            return None
        op = rng.choice(ops)
        if op == "normal":
            text = " ".join(words)
            for a, b in ARABIC_NORMAL.items():
                text = text.replace(a, b)
            return text
        if op == "drop":  # a middle name part left out (never half of ABD AL-X, BIN X)
            k = rng.choice(middle)
            return " ".join(words[:k] + words[k + 1 :])
        return " ".join(words[1:] + words[:1])
    return None


def g_original_script_cyrillic(e: Entry, rng: Random) -> str | None:
    """A Russian party's name written back in Cyrillic from the list's romanisation."""
    langs = languages(e)
    if "russian" not in langs or langs & {"korean", "chinese", "persian", "arabic"}:
        return None
    if "BELARUS" in e.program.upper() or "Belarus" in e.country:
        return None  # Belarusian romanisation does not write back into Russian spelling
    if e.kind not in ("person", "organization"):
        return None
    words = base_words(e)
    if not is_latin(words) or any(w.isdigit() for w in words):
        return None
    if e.kind == "organization":
        span = legal_span(words)
        if span is None or not any(w in CYR_FORMS for w in words[span[0] : span[1]]):
            return None
        form = next(CYR_FORMS[w] for w in words[span[0] : span[1]] if w in CYR_FORMS)
        rest = words[: span[0]] + words[span[1] :]
        if not all(RUSSIAN_LOOK.search(w) or len(w) <= 4 for w in rest):
            return None  # English words are not written letter by letter in Cyrillic
        return form + " " + " ".join(to_cyrillic(w) for w in rest)
    cyr = [to_cyrillic(w).capitalize() for w in words]
    return " ".join(cyr)


COMMON_ABBR = {
    "INTERNATIONAL": "INTL", "TECHNOLOGY": "TECH", "TECHNOLOGIES": "TECH", "COMPANY": "CO",
    "INDUSTRIAL": "IND", "INDUSTRIES": "INDS", "MANUFACTURING": "MFG", "ENGINEERING": "ENG",
    "DEVELOPMENT": "DEV", "CORPORATION": "CORP", "GROUP": "GRP", "SERVICES": "SVCS",
    "TRADING": "TRDG", "COMMUNICATIONS": "COMM", "COMMUNICATION": "COMM", "ELECTRONICS": "ELEC",
    "ELECTRONIC": "ELEC", "EQUIPMENT": "EQUIP", "INSTITUTE": "INST", "UNIVERSITY": "UNIV",
    "RESEARCH": "RES", "SCIENCE": "SCI", "LIMITED": "LTD", "INCORPORATED": "INC",
    "ASSOCIATION": "ASSN", "DEPARTMENT": "DEPT", "NATIONAL": "NATL", "MANAGEMENT": "MGMT",
    "AUTOMATION": "AUTOM", "INVESTMENT": "INV", "HOLDING": "HLDG", "HOLDINGS": "HLDGS",
    "MACHINERY": "MACH", "PRODUCTS": "PRODS", "SHIPPING": "SHPG", "ENTERPRISE": "ENT",
}  # fmt: skip


def g_long_name(e: Entry, rng: Random) -> str | None:
    if e.kind != "organization":
        return None
    words = base_words(e)
    if (len(words) < 6 and len(e.name) < 45) or not is_latin(words):
        return None
    changes = 0
    abbr = [
        i
        for i, w in enumerate(words)
        if w in COMMON_ABBR and "LIABILITY" not in words[max(0, i - 1) : i + 2]
    ]
    if abbr:
        for i in rng.sample(abbr, min(len(abbr), rng.choice([1, 2, 3]))):
            words[i] = COMMON_ABBR[words[i]]
            changes += 1
    if "AND" in words and rng.random() < 0.5:
        words[words.index("AND")] = "&"
        changes += 1
    if changes == 0 or rng.random() < 0.3:
        idx = _content_idx(words, 5)
        if idx:
            i = rng.choice(idx)
            words[i] = slip(words[i], rng)
            changes += 1
    return render(words, rng) if changes else None


def _acronyms(e: Entry) -> list[str]:
    own = {fold(e.name)}
    out = []
    for n in e.names[1:]:
        f = fold(n)
        short = 2 <= len(f) <= 7 and f.isalpha() and f.isascii()
        if short and n.strip() == n.strip().upper() and f not in own and len(n.split()) == 1:
            acr = n.strip().replace(".", "")
            if looks_like_initials(acr, base_words(e)) and acr.upper() not in LEGAL_ABBR_WORDS:
                out.append(acr)
    return out


LEGAL_ABBR_WORDS = {w for f in ABBREV_FORMS for w in f} | KEEP_UPPER


def looks_like_initials(acr: str, words: Sequence[str]) -> bool:
    """Most letters of the acronym are initials of the name's words, the first one included."""
    initials = [w[0] for w in words if w]
    letters = acr.upper()
    if not letters or letters[0] not in initials:
        return False
    return sum(c in initials for c in letters) >= 0.6 * len(letters)


def g_acronym(e: Entry, rng: Random) -> str | None:
    if e.kind != "organization":
        return None
    acrs = _acronyms(e)
    words = base_words(e)
    if not acrs or not is_latin(words) or len(words) < 2:
        return None
    acr = rng.choice(acrs)
    op = rng.choice(["paren", "dash", "form", "slip"])
    if op == "slip" and len(acr) >= 5:
        return slip(acr, rng, ("del", "swap", "dup"))
    span = legal_span(words)
    if op == "form" and span:
        form = " ".join(words[span[0] : span[1]])
        return f"{acr} {form}" if span[0] else f"{form} {acr}"
    if acr.upper() in words:
        return None
    if op == "dash":
        return f"{acr} - {render(words, rng)}"
    return f"{render(words, rng)} ({acr})"


TITLES = {
    "HAJI", "HAJJI", "HADJI", "MULLAH", "MULLA", "MAULAVI", "MAWLAWI", "MAULVI", "MAWLAVI",
    "SHEIKH", "SHAYKH", "SHAIKH", "SAYYED", "SAYED", "SAYYID", "DR", "GENERAL", "COLONEL",
    "QARI", "AMIR", "IMAM", "ALHAJI", "ALHAJ", "MAULANA", "MR", "MRS", "SIR", "GEN",
}  # fmt: skip
PATRONYMIC = re.compile(r"(OVICH|EVICH|YEVICH|OVITCH|OVNA|EVNA|YEVNA|ICHNA|ILICH|INICHNA)$")


def g_honorific(e: Entry, rng: Random) -> str | None:
    if e.kind != "person":
        return None
    words = base_words(e)
    if not is_latin(words) or len(words) < 2:
        return None
    ops = []
    if any(w in TITLES for w in words) and sum(w not in TITLES for w in words) >= 2:
        ops.append("drop_title")
    if any(PATRONYMIC.search(w) for w in words[1:]):
        ops += ["drop_patronymic"] * 2
    nasab = [i for i, w in enumerate(words[:-1]) if w in ("BIN", "IBN", "BEN", "OULD", "BINT")]
    if nasab and len(words) >= 4:
        ops.append("drop_nasab")
    if e.title and len(e.title) < 25:
        ops.append("add_title")
    ops.append("add_honorific")
    op = rng.choice(ops)
    if op == "drop_title":
        return render([w for w in words if w not in TITLES], rng)
    if op == "drop_patronymic":
        return render([w for i, w in enumerate(words) if not (i and PATRONYMIC.search(w))], rng)
    if op == "drop_nasab":
        i = rng.choice(nasab)
        return render(words[:i] + words[i + 2 :], rng)
    if op == "add_title":
        return f"{e.title.strip().rstrip('.')} {render(words, rng)}"
    langs = languages(e)
    if e.gender == "Male":
        pres = ["Mr.", "Mr", "Mister"]
        if langs & {"arabic", "persian"}:
            pres += ["Sheikh", "Haji", "Sayed", "Al-Haj"]
    elif e.gender == "Female":
        pres = ["Mrs.", "Ms.", "Ms", "Madam"]
    else:
        pres = []
    pre = rng.choice(pres + ["Dr.", "Dr", "Prof.", "Eng."])
    return f"{pre} {render(words, rng)}"


def g_initials(e: Entry, rng: Random) -> str | None:
    if e.kind != "person":
        return None
    words = base_words(e)
    if not is_latin(words) or len(words) < 2 or any(w in TITLES for w in words):
        return None
    if not all(w[0].isalpha() for w in words):
        return None
    dot = rng.choice([".", "", ". "])
    style = rng.choice(["first", "given", "middle"] if len(words) >= 3 else ["first"])
    given, family = words[:-1], words[-1:]
    if natural(e.name) == e.name and e.list_key == "un_sc" and "korean" in languages(e):
        given, family = words[1:], words[:1]  # KIM TONG CHOL: family name first
    elif natural(e.name) != e.name:  # 'MUNOZ HOYOS, Carlos Ivan': all before the comma
        family = tokens(e.name.split(",")[0])
        given = tokens(e.name.split(",")[1])
        if not given or not all(w[0].isalpha() for w in given):
            return None
    particles = ("BIN", "BEN", "IBN", "BINT", "ABU", "AL", "OULD", "DE", "DEL", "LA", "VAN", "VON")
    if len(given) < 2 or len(given) > 3 or set(given) & set(particles):
        style = "first"
    if style == "first":
        head = [given[0][0] + dot.strip()] + [title_word(w) for w in given[1:]]
    elif style == "given":
        head = [w[0] + dot.strip() for w in given]
    else:
        head = [title_word(given[0])] + [w[0] + dot.strip() for w in given[1:]]
    return " ".join(head + [title_word(w) for w in family])


# ----------------------------------------------------------------------------- variants

CATEGORIES: list[tuple[str, Gen, int]] = [
    ("legal_form_misspelt", g_legal_misspelt, 190),
    ("legal_form_spaced_dotted", g_legal_spaced, 130),
    ("legal_form_moved_dropped_swapped", g_legal_moved, 160),
    ("typo", g_typo, 190),
    ("spacing_join_split", g_spacing, 90),
    ("word_order", g_word_order, 100),
    ("romanised_slip_korean", _gen_lang(romanised_slip, "korean"), 60),
    ("romanised_slip_arabic", _gen_lang(romanised_slip, "arabic"), 60),
    ("romanised_slip_persian", _gen_lang(romanised_slip, "persian"), 40),
    ("romanised_slip_russian", _gen_lang(romanised_slip, "russian"), 40),
    ("romanised_slip_chinese", _gen_lang(romanised_slip, "chinese"), 30),
    ("transliteration_korean_rr", _gen_lang(transliterate, "korean"), 25),
    ("transliteration_russian_other", _gen_lang(transliterate, "russian"), 30),
    ("transliteration_chinese_wade_giles", _gen_lang(transliterate, "chinese"), 20),
    ("transliteration_arabic_french", _gen_lang(transliterate, "arabic"), 20),
    ("original_script_list", g_original_script_list, 35),
    ("original_script_cyrillic", g_original_script_cyrillic, 35),
    ("long_company_name", g_long_name, 80),
    ("acronym", g_acronym, 50),
    ("honorific_patronymic", g_honorific, 70),
    ("initials", g_initials, 60),
]
VARIANT_LISTS = ("us_ofac_sdn", "us_ofac_cons", "un_sc", "us_csl")
LIST_WEIGHT = {"us_ofac_sdn": 1.0, "us_ofac_cons": 3.0, "un_sc": 4.0, "us_csl": 1.5}
REUSE_P = 0.25
MAX_USES = 2


def eligible_entries(lists: Lists) -> list[Entry]:
    out = []
    for e in lists.entries:
        if e.list_key not in VARIANT_LISTS or not e.kind or not e.name.strip():
            continue
        if e.list_key == "us_csl" and e.program.startswith("Specially Designated Nationals"):
            continue  # the same parties as us_ofac_sdn: keep CSL for its own lists
        out.append(e)
    return out


def build_variants(lists: Lists, rng: Random) -> list[dict[str, str]]:
    entries = eligible_entries(lists)
    uses: Counter[tuple[str, str]] = Counter()
    seen: set[str] = set()
    rows: list[tuple[Entry, str, str]] = []
    for category, gen, quota in CATEGORIES:
        keyed = []
        for e in entries:
            w = LIST_WEIGHT[e.list_key]
            reuse = uses[e.key] == 1 and rng.random() < REUSE_P
            keyed.append((0 if reuse else 1, -(rng.random() ** (1.0 / w)), e))
        keyed.sort(key=lambda t: (t[0], t[1]))
        got = 0
        for _, _, e in keyed:
            if got >= quota:
                break
            if uses[e.key] >= MAX_USES:
                continue
            q = gen(e, rng)
            if q is None:
                continue
            q = re.sub(r"\s+", " ", q).strip() if "  " not in q else q.strip()
            f = fold(q)
            if len(f) < 2 or f in lists.folded or f in seen or q == e.name:
                continue
            seen.add(f)
            uses[e.key] += 1
            rows.append((e, category, q))
            got += 1
    used = sorted({e.key for e, _, _ in rows})
    rng.shuffle(used)
    half = {k: "ab"[i % 2] for i, k in enumerate(used)}
    out = []
    for e, category, q in rows:
        out.append(
            {
                "query": q,
                "category": category,
                "kind": e.kind,
                "list": e.list_key,
                "list_id": e.list_id,
                "list_name": e.name,
                "half": half[e.key],
            }
        )
    return out


# ----------------------------------------------------------------------------- innocents


def words_of(text: str) -> list[str]:
    return text.split()


GIVEN: dict[str, list[str]] = {
    "arabic": words_of("Mohammed Ahmed Ali Omar Khalid Yusuf Ibrahim Hassan Hussein Mahmoud Mustafa Karim "
    "Tariq Samir Nabil Walid Faisal Rami Ziad Bilal Hamza Amr Adel Fatima Aisha Mariam Layla "
    "Nour Huda Salma Rania Yasmin Dina Amira Hana Zainab Khadija Abdullah Abdulrahman Saleh"),
    "persian": words_of("Reza Ali Mehdi Hossein Mohammad Amir Saeed Hamid Farhad Babak Kourosh Dariush "
    "Arash Behnam Kaveh Navid Omid Pouya Shirin Maryam Zahra Fatemeh Parisa Nasrin Leila Azadeh "
    "Niloufar Sara Golnar Roya Mahsa Ehsan Majid Javad Siamak"),
    "korean": words_of("Min-jun Seo-yeon Ji-hoon Ji-woo Hyun-woo Su-bin Eun-ji Dong-hyun Jae-won Young-ho "
    "Sung-min Hye-jin Kyung-soo Mi-young Sang-woo Yoon-seo Tae-yang Ha-eun Jin-woo Seung-hoon "
    "Jong-su Chol-min Young-chol Myong-hui"),
    "russian": words_of("Aleksandr Sergey Dmitry Andrey Alexey Ivan Mikhail Nikolay Vladimir Pavel Oleg "
    "Maxim Artem Yuri Igor Natalya Elena Olga Tatyana Svetlana Irina Anna Maria Ekaterina "
    "Yulia Anastasia Viktor Konstantin Roman Denis"),
    "chinese": words_of("Wei Fang Lei Jing Yan Min Jun Hui Xin Tao Yong Ming Qiang Hong Li Na Xiaoming "
    "Jianguo Haiyan Xiuying Guiying Zhiqiang Yuhang Zihan Yuxuan Jiahui Chen Xiaohong Guoqiang "
    "Lihua Meiling Jianhua Xiaoyan Haitao Dongmei Yufei Shuang Wenjie Chunhua Zhenyu Ruoxi "
    "Haoran Yuting Xinyi Junjie Kaiwen Siyu Mingyu Tianyu Yiming Jiaqi"),
    "western": words_of("James John Robert Michael William David Richard Joseph Thomas Charles Mary "
    "Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Emma Olivia Lucas Noah "
    "Liam Sophie Hannah Peter Paul George Anne Claire Martin Thomas Johan Lars Ingrid"),
    "hispanic": words_of("Jose Juan Luis Carlos Jorge Miguel Pedro Alejandro Diego Fernando Maria Ana "
    "Lucia Carmen Rosa Isabel Sofia Valentina Camila Gabriela Javier Ricardo Eduardo"),
    "south_asian": words_of("Rahul Amit Priya Anjali Vikram Sanjay Deepak Sunita Ravi Arjun Kavita Neha "
    "Rajesh Suresh Imran Ayesha Farhan Sana Asif Nadia Bilal Usman"),
    "japanese": words_of("Hiroshi Takeshi Yuki Haruto Sakura Aiko Kenji Naoko Satoshi Yumi Kazuki Emi "
    "Daisuke Akiko Shota Mai"),
    "vietnamese": words_of("Minh Anh Linh Tuan Hoa Duc Thanh Huong Lan Quang Phuong Thu Hai Nam"),
    "african": words_of("Chinedu Ngozi Oluwaseun Adebayo Amina Fatou Kwame Abena Kofi Thabo Lerato Sipho "
    "Wanjiru Kamau Tendai Chipo Emeka Ifeoma Moussa Aminata"),
    "turkish": words_of("Mehmet Mustafa Ahmet Ali Huseyin Hasan Ibrahim Murat Emre Burak Ayse Fatma "
    "Zeynep Elif Emine Hatice Merve Can"),
}  # fmt: skip
SURNAMES: dict[str, list[str]] = {
    "arabic": words_of("Haddad Khoury Mansour Nasser Saleh Hamdan Aziz Farouk Jaber Qureshi Abboud Darwish "
    "Khalil Haddadin Rahman Bakri Shaheen Sabbagh Zaher Kassab Masri Tamimi Najjar Hijazi Suleiman "
    "Othman Barakat Yassin Atallah"),
    "persian": words_of("Ahmadi Mohammadi Hosseini Rezaei Moradi Karimi Jafari Rahimi Hashemi Sadeghi "
    "Kazemi Ebrahimi Ghorbani Tehrani Shirazi Esfahani Tabrizi Farahani Najafi Amini Mousavi "
    "Bagheri Azizi Safavi Nikpour"),
    "korean": words_of("Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song "
    "Yoo Hong Jeon Ko Moon Yang Son Bae Baek Heo Nam Ri Pak Choe"),
    "russian": words_of("Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov "
    "Morozov Volkov Alekseev Lebedev Semenov Egorov Pavlov Kozlov Stepanov Nikolaev Orlov Andreev "
    "Makarov Nikitin Zakharov Zaitsev Soloviev Borisov Yakovlev Grigoriev"),
    "chinese": words_of("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin "
    "Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng"),
    "western": words_of("Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas "
    "Moore Martin Jackson White Harris Clark Lewis Walker Hall Muller Schmidt Schneider Fischer "
    "Weber Meyer Dubois Laurent Bernard Rossi Russo Bianchi Jansen Andersson Nielsen Kowalski"),
    "hispanic": words_of("Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres "
    "Flores Rivera Gomez Diaz Reyes Morales Cruz Ortiz Gutierrez Chavez Ramos Ruiz Alvarez"),
    "south_asian": words_of("Sharma Verma Gupta Patel Singh Kumar Reddy Nair Iyer Joshi Mehta Shah Khan "
    "Chaudhry Malik Hussain Butt Siddiqui Rao Das Banerjee Mukherjee"),
    "japanese": words_of("Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato "
    "Yoshida Yamada Sasaki Matsumoto Inoue"),
    "vietnamese": words_of("Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do Ho Ngo Duong Ly"),
    "african": words_of("Okafor Adeyemi Okonkwo Mensah Boateng Diallo Traore Ndlovu Dlamini Mwangi Otieno "
    "Kamara Sesay Banda Phiri Abubakar Eze Nwosu"),
    "turkish": words_of("Yilmaz Kaya Demir Sahin Celik Yildiz Yildirim Ozturk Aydin Ozdemir Arslan Dogan "
    "Kilic Aslan Cetin Kara Koc Kurt"),
}  # fmt: skip
PERSON_QUOTA = {
    "arabic": 230, "persian": 170, "korean": 190, "russian": 180, "chinese": 190, "western": 160,
    "hispanic": 110, "south_asian": 110, "japanese": 50, "vietnamese": 40, "african": 90, "turkish": 70,
}  # fmt: skip

COMPANIES = """Siemens AG|Robert Bosch GmbH|BASF SE|Bayer AG|Volkswagen AG|Deutsche Bahn AG|SAP SE
Allianz SE|Continental AG|Henkel AG & Co. KGaA|Zeiss Group|Toyota Motor Corporation|Sony Group Corporation
Panasonic Holdings Corporation|Hitachi, Ltd.|Mitsubishi Electric Corporation|Canon Inc.|Nintendo Co., Ltd.
Honda Motor Co., Ltd.|Nissan Motor Co., Ltd.|Fujitsu Limited|Kyocera Corporation|Murata Manufacturing Co., Ltd.
Samsung Electronics Co., Ltd.|LG Electronics Inc.|Hyundai Motor Company|Kia Corporation|SK hynix Inc.
POSCO Holdings Inc.|Naver Corporation|Kakao Corp.|CJ CheilJedang Corporation|Lotte Chemical Corporation
Tencent Holdings Limited|Alibaba Group Holding Limited|Baidu, Inc.|JD.com, Inc.|Xiaomi Corporation
Lenovo Group Limited|BYD Company Limited|Haier Smart Home Co., Ltd.|Midea Group Co., Ltd.|Ping An Insurance
China Merchants Bank Co., Ltd.|Geely Automobile Holdings Limited|NetEase, Inc.|Meituan|ByteDance Ltd.
Anta Sports Products Limited|Li Ning Company Limited|Tsingtao Brewery Company Limited|Kweichow Moutai Co., Ltd.
Apple Inc.|Microsoft Corporation|Alphabet Inc.|Amazon.com, Inc.|Meta Platforms, Inc.|NVIDIA Corporation
Intel Corporation|Advanced Micro Devices, Inc.|Qualcomm Incorporated|Texas Instruments Incorporated|Cisco Systems, Inc.
Oracle Corporation|Salesforce, Inc.|Adobe Inc.|IBM Corporation|Hewlett Packard Enterprise Company|Dell Technologies Inc.
The Coca-Cola Company|PepsiCo, Inc.|Procter & Gamble Company|Johnson & Johnson|Pfizer Inc.|Merck & Co., Inc.
General Motors Company|Ford Motor Company|The Boeing Company|Caterpillar Inc.|Deere & Company|3M Company
Walmart Inc.|Costco Wholesale Corporation|The Home Depot, Inc.|Target Corporation|Starbucks Corporation
McDonald's Corporation|Nike, Inc.|The Walt Disney Company|Netflix, Inc.|Comcast Corporation|Verizon Communications Inc.
AT&T Inc.|JPMorgan Chase & Co.|Bank of America Corporation|Wells Fargo & Company|Citigroup Inc.|Goldman Sachs Group, Inc.
Morgan Stanley|American Express Company|Visa Inc.|Mastercard Incorporated|PayPal Holdings, Inc.|BlackRock, Inc.
Berkshire Hathaway Inc.|UnitedHealth Group Incorporated|Exxon Mobil Corporation|Chevron Corporation|Tesla, Inc.
Unilever PLC|BP p.l.c.|Shell plc|HSBC Holdings plc|Barclays PLC|Lloyds Banking Group plc|Vodafone Group Plc
GlaxoSmithKline plc|AstraZeneca PLC|Rolls-Royce Holdings plc|BAE Systems plc|Tesco PLC|Sainsbury's Supermarkets Ltd
Marks and Spencer Group plc|Diageo plc|Reckitt Benckiser Group plc|Burberry Group plc|Rio Tinto plc|Anglo American plc
Nestle S.A.|Novartis AG|Roche Holding AG|ABB Ltd|UBS Group AG|Zurich Insurance Group AG|Swiss Re AG|Logitech International S.A.
TotalEnergies SE|LVMH Moet Hennessy Louis Vuitton SE|L'Oreal S.A.|Danone S.A.|Airbus SE|Renault S.A.|Michelin
Carrefour S.A.|Orange S.A.|Societe Generale S.A.|BNP Paribas S.A.|AXA S.A.|Schneider Electric SE|Thales S.A.
Banco Santander, S.A.|Telefonica, S.A.|Iberdrola, S.A.|Inditex S.A.|Repsol, S.A.|BBVA S.A.|Mapfre S.A.
Enel S.p.A.|Eni S.p.A.|Ferrari N.V.|Pirelli & C. S.p.A.|Luxottica Group S.p.A.|Intesa Sanpaolo S.p.A.
Royal Philips N.V.|ASML Holding N.V.|Heineken N.V.|ING Groep N.V.|Ahold Delhaize N.V.|Akzo Nobel N.V.
Volvo AB|Ericsson AB|IKEA of Sweden AB|H&M Hennes & Mauritz AB|Spotify Technology S.A.|Nokia Oyj|Kone Oyj
Novo Nordisk A/S|Maersk A/S|Carlsberg A/S|LEGO A/S|Vestas Wind Systems A/S|Equinor ASA|Telenor ASA|Norsk Hydro ASA
Grupo Bimbo, S.A.B. de C.V.|Cemex, S.A.B. de C.V.|FEMSA|America Movil, S.A.B. de C.V.|Grupo Televisa, S.A.B.
Petrobras|Vale S.A.|Embraer S.A.|Natura &Co|Itau Unibanco Holding S.A.|Banco Bradesco S.A.|Ambev S.A.
YPF S.A.|Mercado Libre, Inc.|Falabella S.A.|Cencosud S.A.|Grupo Aval Acciones y Valores S.A.|Ecopetrol S.A.
Tata Consultancy Services Limited|Infosys Limited|Wipro Limited|Reliance Industries Limited|Mahindra & Mahindra Ltd.
Bharti Airtel Limited|HDFC Bank Limited|ICICI Bank Limited|Larsen & Toubro Limited|Sun Pharmaceutical Industries Ltd.
Emirates Airline|Etihad Airways PJSC|Emaar Properties PJSC|Dubai Islamic Bank PJSC|First Abu Dhabi Bank PJSC|Aramex PJSC
Saudi Basic Industries Corporation|Almarai Company|Jarir Marketing Company|Qatar Airways Group Q.C.S.C.|Ooredoo Q.P.S.C.
Turkcell Iletisim Hizmetleri A.S.|Koc Holding A.S.|Arcelik A.S.|Turk Hava Yollari A.O.|Sabanci Holding A.S.
Orascom Construction PLC|Commercial International Bank (Egypt) S.A.E.|Attijariwafa Bank|Maroc Telecom|Safaricom PLC
MTN Group Limited|Naspers Limited|Shoprite Holdings Ltd|Dangote Cement Plc|Ethiopian Airlines Group|Equity Group Holdings
Kaspi.kz JSC|Halyk Bank JSC|Air Astana JSC|Uzbekistan Airways JSC|Borjomi|TBC Bank Group PLC
Grab Holdings Limited|Sea Limited|DBS Group Holdings Ltd|Singapore Airlines Limited|Petronas|Maybank|AirAsia Group Berhad
PT Telkom Indonesia (Persero) Tbk|PT Bank Central Asia Tbk|Gojek|Tokopedia|Jollibee Foods Corporation|Ayala Corporation
SM Investments Corporation|Vietnam Airlines JSC|Vingroup JSC|FPT Corporation|Viettel Group|Thai Beverage PCL|PTT PCL
Siam Cement Group|Charoen Pokphand Foods PCL|BHP Group Limited|Commonwealth Bank of Australia|Telstra Group Limited
Woolworths Group Limited|Qantas Airways Limited|Fonterra Co-operative Group Limited|Air New Zealand Limited
Shopify Inc.|Bombardier Inc.|Royal Bank of Canada|Toronto-Dominion Bank|Magna International Inc.|CAE Inc.
Anthropic PBC|OpenAI OpCo, LLC|Mistral AI SAS|Hugging Face, Inc.|Databricks, Inc.|Snowflake Inc.|Stripe, Inc.
Atlassian Corporation|Canva Pty Ltd|GitHub, Inc.|GitLab Inc.|Red Hat, Inc.|Canonical Group Limited|SUSE S.A.
Python Software Foundation|Apache Software Foundation|Mozilla Corporation|Wikimedia Foundation, Inc.|Linux Foundation
DuckDB Labs B.V.|Pallets Projects|Encode OSS Ltd.|Astral Software Inc.|PostgreSQL Global Development Group
Bundesdruckerei GmbH|Rheinmetall AG|Lufthansa Group|Deutsche Telekom AG|Infineon Technologies AG|Merck KGaA|Adidas AG
Hapag-Lloyd AG|Fresenius SE & Co. KGaA|Aldi Einkauf SE & Co. oHG|Lidl Stiftung & Co. KG|Dr. Oetker KG|Haribo GmbH & Co. KG
Stadler Rail AG|Swatch Group AG|Lindt & Sprungli AG|Sika AG|Schindler Holding AG|Geberit AG|Kuehne + Nagel International AG
Tata Steel Limited|Hindalco Industries Limited|Asian Paints Limited|Godrej Consumer Products Limited|Bajaj Auto Limited
Kirin Holdings Company, Limited|Asahi Group Holdings, Ltd.|Shiseido Company, Limited|Uniqlo Co., Ltd.|Rakuten Group, Inc.
SoftBank Group Corp.|Nomura Holdings, Inc.|Mizuho Financial Group, Inc.|Daikin Industries, Ltd.|Bridgestone Corporation
Amorepacific Corporation|Coupang, Inc.|Hanwha Solutions Corporation|Doosan Enerbility Co., Ltd.|Korean Air Lines Co., Ltd.
Shinhan Financial Group Co., Ltd.|KB Financial Group Inc.|Celltrion, Inc.|Nongshim Co., Ltd.|Orion Corporation
Taiwan Semiconductor Manufacturing Company Limited|Hon Hai Precision Industry Co., Ltd.|MediaTek Inc.|Acer Incorporated
ASUSTeK Computer Inc.|Evergreen Marine Corporation|Giant Manufacturing Co., Ltd.|Cathay Pacific Airways Limited
Swire Pacific Limited|CK Hutchison Holdings Limited|Jardine Matheson Holdings Limited|MTR Corporation Limited"""


def innocent_companies() -> list[str]:
    out: list[str] = []
    for line in COMPANIES.splitlines():
        out.extend(n.strip() for n in line.split("|") if n.strip())
    return out


HANDLE = re.compile(r"^[\w.\-]+$")
NOT_PERSON = re.compile(
    r"team|foundation|contributors|developers|authority|project|group|labs?\b|inc\b|ltd|"
    r"org\b|community|maintainers|authors|python|pallets|the |software|corporation|"
    r"microsoft|google|anthropic|aiohttp|duckdb|individual",
    re.IGNORECASE,
)


def package_authors() -> list[str]:
    """Person names from installed package metadata (METADATA headers, AUTHORS files)."""
    names: list[str] = []
    for meta in sorted(SITE.glob("*.dist-info/METADATA")):
        with meta.open(encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if not line.strip():
                    break
                key, _, value = line.partition(":")
                if key in ("Author", "Maintainer", "Author-email", "Maintainer-email"):
                    for part in re.split(r",| and ", value):
                        part = re.sub(r"<[^>]*>|\S+@\S+|\"", "", part).strip()
                        names.append(part)
    for path in sorted(SITE.glob("*.dist-info/*")):
        if re.match(r"(AUTHORS|CONTRIBUTORS)", path.name, re.IGNORECASE):
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                line = re.sub(r"\(.*?\)|<[^>]*>|\S+@\S+|^[-*\s]+", "", line).strip()
                names.append(line)
    out = []
    for n in names:
        n = re.sub(r"\s+", " ", n).strip(" .,;")
        words = n.split()
        if not 2 <= len(words) <= 4 or NOT_PERSON.search(n):
            continue
        if not all(re.fullmatch(r"[^\W\d_][\w'.-]*", w) for w in words):
            continue
        if not any(w[0].isupper() for w in words) or len(n) < 6:
            continue
        out.append(n)
    return sorted(set(out))


def person_names(rng: Random) -> list[tuple[str, str]]:
    out = []
    for culture, quota in PERSON_QUOTA.items():
        combos = [(g, s) for g in GIVEN[culture] for s in SURNAMES[culture]]
        rng.shuffle(combos)
        for g, s in combos[: quota * 2]:
            if culture in ("korean", "chinese") and rng.random() < 0.5:
                name = f"{s} {g}"  # family name first, as written at home
            else:
                name = f"{g} {s}"
            out.append((name, f"person_{culture}"))
    return out


def build_innocent(lists: Lists, rng: Random) -> list[dict[str, str]]:
    cands: list[tuple[str, str, str]] = []
    for name, cat in person_names(rng):
        cands.append((name, "person", cat))
    for name in innocent_companies():
        cands.append((name, "organization", "company_real"))
    for name in package_authors():
        cands.append((name, "person", "package_author"))
    counts: Counter[str] = Counter()
    quota = dict(PERSON_QUOTA)
    seen: set[str] = set()
    out = []
    for name, kind, cat in cands:
        culture = cat.removeprefix("person_")
        if cat.startswith("person_") and counts[cat] >= quota[culture]:
            continue
        f = fold(name)
        if not f or f in lists.folded or f in seen or skeleton(name) in lists.skeletons:
            continue
        seen.add(f)
        counts[cat] += 1
        out.append({"name": name, "kind": kind, "category": cat})
    rng.shuffle(out)
    for i, row in enumerate(out):
        row["half"] = "ab"[i % 2]
    return out


# ----------------------------------------------------------------------------- output


def write_gz(path: Path, comment: str, header: list[str], rows: list[dict[str, str]]) -> str:
    buf = io.StringIO()
    buf.write(comment + "\n")
    writer = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    raw = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
        gz.write(buf.getvalue().encode("utf-8"))
    data = raw.getvalue()
    path.write_bytes(data)
    return hashlib.sha256(data).hexdigest()


def self_check(
    lists: Lists, variants: list[dict[str, str]], innocent: list[dict[str, str]]
) -> None:
    """Every query differs from every listed name once folded; keys are as the files give them."""
    names = {e.key: e.name for e in lists.entries}
    for r in variants:
        assert fold(r["query"]) not in lists.folded, r
        assert names[(r["list"], r["list_id"])] == r["list_name"], r
    for r in innocent:
        assert fold(r["name"]) not in lists.folded, r
    assert len({fold(r["query"]) for r in variants}) == len(variants)
    assert len({fold(r["name"]) for r in innocent}) == len(innocent)


def main(argv: Sequence[str] = ()) -> int:
    lists = load_lists()
    rng = Random(SEED)
    variants = build_variants(lists, rng)
    innocent = build_innocent(lists, Random(SEED + 1))
    self_check(lists, variants, innocent)
    vpath = OUT / "independent2_variants.csv.gz"
    ipath = OUT / "independent2_innocent.csv.gz"
    vsha = write_gz(
        vpath,
        VARIANTS_HEADER,
        ["query", "category", "kind", "list", "list_id", "list_name", "half"],
        variants,
    )
    isha = write_gz(ipath, INNOCENT_HEADER, ["name", "kind", "category", "half"], innocent)
    entries = {(r["list"], r["list_id"]) for r in variants}
    print(f"variants: {len(variants)} rows, {len(entries)} distinct entries, sha256 {vsha}")
    for key, n in sorted(Counter(r["category"] for r in variants).items()):
        print(f"  {key:40s} {n}")
    for key, n in sorted(Counter(r["list"] for r in variants).items()):
        print(f"  list {key:35s} {n}")
    for key, n in sorted(Counter(r["kind"] for r in variants).items()):
        print(f"  kind {key:35s} {n}")
    for key, n in sorted(Counter(r["half"] for r in variants).items()):
        print(f"  half {key:35s} {n}")
    print(f"innocent: {len(innocent)} rows, sha256 {isha}")
    for key, n in sorted(Counter(r["category"] for r in innocent).items()):
        print(f"  {key:40s} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
