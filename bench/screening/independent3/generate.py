"""Third independent check set for sanctions screening (issue 17).

Writes ``bench/screening/data/independent3_variants.csv.gz`` (names of listed parties written the
way customers and analysts type them) and ``bench/screening/data/independent3_innocent.csv.gz``
(names of ordinary people and companies that are not listed).  Standard library only; the output
is byte-identical on every run (fixed seed, no set iteration, gzip with mtime 0 and no file name).

Reads only the shipped list files under ``src/exportgate/screening/data/lists/`` and
``package_authors.txt`` beside this file (names copied from package metadata, see README.md).
Run from anywhere: ``python bench/screening/independent3/generate.py``.
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
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

SEED = 20261207
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
LISTS = ROOT / "src" / "exportgate" / "screening" / "data" / "lists"
OUT = ROOT / "bench" / "screening" / "data"
AUTHORS_FILE = HERE / "package_authors.txt"
SITE = ROOT / ".venv" / "lib" / "python3.11" / "site-packages"

MARKER_VARIANTS = (
    "# INDEPENDENT CHECK SET (never tune on it): independent3 variants - names of listed parties "
    "(OFAC SDN, OFAC non-SDN, UN SC, trade.gov CSL) as customers type them; helper screenind3, "
    "seed 20261207"
)
MARKER_INNOCENT = (
    "# INDEPENDENT CHECK SET (never tune on it): independent3 innocent - names of ordinary people "
    "and companies that are not listed; helper screenind3, seed 20261207"
)

TARGET_PER_CATEGORY = 45
TARGET_INNOCENT = 2500


# --------------------------------------------------------------------------------------------
# Folding (used only for the "is this a listed name?" assertions)


def fold(text: str) -> str:
    """Case, punctuation, whitespace and diacritics folded: NFKD, marks dropped, casefolded,
    every character that is not a letter or digit read as a space, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join("".join(c if c.isalnum() else " " for c in stripped).split())


def token_key(text: str) -> str:
    """Folded tokens in sorted order: the same words in any order."""
    return " ".join(sorted(fold(text).split()))


# --------------------------------------------------------------------------------------------
# Lists


@dataclass
class Entry:
    list_key: str
    list_id: str
    list_name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    original_script: list[str] = field(default_factory=list)
    hints: str = ""


@dataclass
class Lists:
    entries: list[Entry]
    all_names: list[str]


def _ofac_rows(path: Path) -> list[list[str]]:
    with gzip.open(path, "rt", encoding="latin-1", newline="") as handle:
        return [row for row in csv.reader(handle) if len(row) >= 4]


def _null(value: str) -> str:
    value = value.strip()
    return "" if value == "-0-" else value


REMARK_AKA = re.compile(r"[afn]\.k\.a\.,? '(.+?)'(?=[;,.)\s]|$)")


def load_ofac(
    folder: str, prim: str, alt: str, add: str, key: str
) -> tuple[list[Entry], list[str]]:
    base = LISTS / folder
    countries: dict[str, list[str]] = {}
    for row in _ofac_rows(base / add):
        if len(row) >= 5:
            countries.setdefault(row[0].strip(), []).append(_null(row[4]))
    aliases: dict[str, list[str]] = {}
    for row in _ofac_rows(base / alt):
        aliases.setdefault(row[0].strip(), []).append(_null(row[3]))
    entries: list[Entry] = []
    names: list[str] = []
    kinds = {"individual": "person", "vessel": "vessel", "aircraft": "aircraft"}
    for row in _ofac_rows(base / prim):
        if len(row) < 12 or not row[0].strip().isdigit():
            continue
        ent = row[0].strip()
        name = _null(row[1])
        remarks = _null(row[11])
        alias_list = [a for a in aliases.get(ent, []) if a]
        remark_aliases = REMARK_AKA.findall(remarks)
        names.append(name)
        names.extend(alias_list)
        names.extend(remark_aliases)
        hints = " ".join([_null(row[3]), *countries.get(ent, []), remarks[:300]])
        entries.append(
            Entry(
                key,
                ent,
                name,
                kinds.get(_null(row[2]), "organization"),
                alias_list + remark_aliases,
                [],
                hints.upper(),
            )
        )
    return entries, names


def load_un() -> tuple[list[Entry], list[str]]:
    with gzip.open(LISTS / "un_sc" / "UN_consolidated_2026-02-27.xml.gz") as handle:
        tree = ET.parse(handle)
    entries: list[Entry] = []
    names: list[str] = []
    for tag, kind, alias_tag in (
        ("INDIVIDUALS/INDIVIDUAL", "person", "INDIVIDUAL_ALIAS"),
        ("ENTITIES/ENTITY", "organization", "ENTITY_ALIAS"),
    ):
        for node in tree.getroot().findall(tag):
            parts = [
                (node.findtext(p) or "").strip()
                for p in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
            ]
            name = " ".join(" ".join(p for p in parts if p).split())
            alias_list = [(a.findtext("ALIAS_NAME") or "").strip() for a in node.findall(alias_tag)]
            alias_list = [a for a in alias_list if a]
            script = [(node.findtext("NAME_ORIGINAL_SCRIPT") or "").strip()]
            script = [s for s in script if s]
            names.append(name)
            names.extend(alias_list)
            names.extend(script)
            nationality = " ".join(v.text or "" for v in node.findall("NATIONALITY/VALUE"))
            hints = " ".join(
                [node.findtext("UN_LIST_TYPE") or "", node.findtext("REFERENCE_NUMBER") or ""]
                + [nationality, "GENDER " + (node.findtext("GENDER") or "")]
            )
            entries.append(
                Entry(
                    "un_sc",
                    (node.findtext("REFERENCE_NUMBER") or "").strip(),
                    name,
                    kind,
                    alias_list,
                    script,
                    hints.upper(),
                )
            )
    return entries, names


def load_csl() -> tuple[list[Entry], list[str]]:
    kinds = {
        "Individual": "person",
        "Entity": "organization",
        "Vessel": "vessel",
        "Aircraft": "aircraft",
    }
    entries: list[Entry] = []
    names: list[str] = []
    with gzip.open(
        LISTS / "us_csl" / "consolidated_2022-05.csv.gz", "rt", encoding="utf-8", newline=""
    ) as handle:
        for row in csv.DictReader(handle):
            alias_list = [a.strip() for a in row["alt_names"].split(";") if a.strip()]
            names.append(row["name"])
            names.extend(alias_list)
            codes = [part.strip()[-2:] for part in row["addresses"].split(";") if part.strip()]
            codes += re.split(r"[,;\s]+", row["nationalities"] + "," + row["citizenships"])
            country = " ".join(f"CC_{c.strip()}" for c in codes if len(c.strip()) == 2)
            hints = " ".join([row["source"], row["programs"], country, row["remarks"][:300]])
            entries.append(
                Entry(
                    "us_csl",
                    row["_id"],
                    row["name"],
                    kinds.get(row["type"], "other"),
                    alias_list,
                    [],
                    hints.upper(),
                )
            )
    return entries, names


def load_dpl_names() -> list[str]:
    with gzip.open(
        LISTS / "bis_dpl" / "dpl_2023-11-30.txt.gz", "rt", encoding="utf-8", newline=""
    ) as handle:
        return [row["Name"] for row in csv.DictReader(handle, delimiter="\t")]


def load_lists() -> Lists:
    sdn, sdn_names = load_ofac("ofac_sdn", "sdn.csv.gz", "alt.csv.gz", "add.csv.gz", "us_ofac_sdn")
    cons, cons_names = load_ofac(
        "ofac_cons", "cons_prim.csv.gz", "cons_alt.csv.gz", "cons_add.csv.gz", "us_ofac_cons"
    )
    un, un_names = load_un()
    csl, csl_names = load_csl()
    names = sdn_names + cons_names + un_names + csl_names + load_dpl_names()
    return Lists(sdn + cons + un + csl, [n for n in names if n.strip()])


# --------------------------------------------------------------------------------------------
# Naming traditions (a hint for which transliteration rules fit an entry)

TRADITION_HINTS: dict[str, tuple[str, ...]] = {
    "korean": ("DPRK", "NORTH KOREA", "KOREA, NORTH", "CC_KP", "KPI.", "KPE."),
    "russian": ("RUSSIA", "UKRAINE", "BELARUS", "CC_RU", "CC_UA", "CC_BY", "MAGNIT"),
    "persian": ("IRAN", "IFSR", "IRGC", "CC_IR", "IRI.", "IRE."),
    "arabic": (
        "SDGT",
        "SYRIA",
        "IRAQ",
        "LEBANON",
        "HIZBALLAH",
        "LIBYA",
        "YEMEN",
        "QDI.",
        "QDE.",
        "FTO",
        "SUDAN",
        "SAUDI",
        "UNITED ARAB EMIRATES",
        "CC_AE",
        "CC_SY",
        "CC_IQ",
        "CC_LB",
        "CC_SA",
        "CC_YE",
        "NS-PLC",
        "PALESTIN",
        "JORDAN",
        "EGYPT",
        "KUWAIT",
        "QATAR",
        "YEI.",
        "LYI.",
    ),
    "chinese": ("CHINA", "CC_CN", "CC_HK", "HONG KONG", "CMIC"),
    "spanish": (
        "SDNTK",
        "VENEZUELA",
        "CUBA",
        "ILLICIT-DRUGS",
        "NICARAGUA",
        "MEXICO",
        "COLOMBIA",
        "CC_MX",
        "CC_CO",
        "CC_VE",
        "CC_CU",
    ),
    "burmese": ("BURMA", "MYANMAR", "CC_MM"),
}


def traditions(entry: Entry) -> list[str]:
    text = " " + entry.hints + " "
    return [t for t, keys in TRADITION_HINTS.items() if any(k in text for k in keys)]


# --------------------------------------------------------------------------------------------
# Name structure

WORD = re.compile(r"[^\s,;]+")


def words(text: str) -> list[str]:
    return WORD.findall(text)


def natural_person(entry: Entry) -> str:
    """A person's name in the order people write it: OFAC "SURNAME, Given" becomes
    "Given SURNAME"; names already in that order are kept."""
    name = entry.list_name
    if entry.kind == "person" and name.count(",") == 1:
        surname, given = (p.strip() for p in name.split(","))
        if surname and given:
            return f"{given} {surname}"
    return " ".join(name.replace(",", " ").split())


def person_parts(entry: Entry) -> tuple[list[str], list[str]]:
    """(given words, surname words) where the list shows them; UN names: last word is taken as
    the family part."""
    name = entry.list_name
    if name.count(",") == 1:
        surname, given = (p.strip() for p in name.split(","))
        if surname and given:
            return words(given), words(surname)
    tokens = words(name)
    return tokens[:-1], tokens[-1:]


def plain_letters(word: str) -> str:
    return re.sub(r"[^A-Z]", "", word.upper())


def styled(rng: random.Random, text: str) -> str:
    """Case as customers type it: as written, upper, title or lower."""
    roll = rng.random()
    text = " ".join(text.split())
    if roll < 0.35:
        return text
    if roll < 0.55:
        return text.upper()
    if roll < 0.92:
        return " ".join(w[:1].upper() + w[1:].lower() if w.isalpha() else w for w in text.split())
    return text.lower()


# --------------------------------------------------------------------------------------------
# Letter-level slips

KEYBOARD = {
    "A": "SQZ",
    "B": "VNG",
    "C": "XVD",
    "D": "SFE",
    "E": "WRD",
    "F": "DGR",
    "G": "FHT",
    "H": "GJY",
    "I": "UOK",
    "J": "HKU",
    "K": "JLI",
    "L": "KO",
    "M": "NJ",
    "N": "BMH",
    "O": "IPL",
    "P": "OL",
    "Q": "WA",
    "R": "ETF",
    "S": "ADW",
    "T": "RYG",
    "U": "YIJ",
    "V": "CBF",
    "W": "QES",
    "X": "ZCS",
    "Y": "TUH",
    "Z": "XAS",
}
VOWELS = "AEIOU"


def _letter_positions(word: str) -> list[int]:
    return [i for i, c in enumerate(word) if c.isalpha() and c.isascii()]


def slip_substitute(rng: random.Random, word: str) -> str | None:
    positions = [i for i in _letter_positions(word) if i > 0] or _letter_positions(word)
    if not positions:
        return None
    i = rng.choice(positions)
    upper = word[i].upper()
    pool = KEYBOARD.get(upper, "")
    if upper in VOWELS and rng.random() < 0.5:
        pool = VOWELS.replace(upper, "")
    if not pool:
        return None
    new = rng.choice(pool)
    new = new if word[i].isupper() else new.lower()
    return word[:i] + new + word[i + 1 :]


def slip_transpose(rng: random.Random, word: str) -> str | None:
    pairs = [
        i
        for i in range(len(word) - 1)
        if word[i].isalpha() and word[i + 1].isalpha() and word[i] != word[i + 1]
    ]
    if not pairs:
        return None
    i = rng.choice(pairs)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def slip_drop(rng: random.Random, word: str) -> str | None:
    positions = [i for i in _letter_positions(word) if i > 0]
    if len(word) < 4 or not positions:
        return None
    i = rng.choice(positions)
    return word[:i] + word[i + 1 :]


def slip_double(rng: random.Random, word: str) -> str | None:
    positions = _letter_positions(word)
    if len(word) < 3 or not positions:
        return None
    doubled = [i for i in positions if i + 1 < len(word) and word[i] == word[i + 1]]
    if doubled and rng.random() < 0.5:
        i = rng.choice(doubled)
        return word[:i] + word[i + 1 :]
    i = rng.choice(positions)
    return word[: i + 1] + word[i] + word[i + 1 :]


def _long_word_indices(tokens: Sequence[str], minimum: int) -> list[int]:
    return [i for i, t in enumerate(tokens) if len(plain_letters(t)) >= minimum]


def apply_on_word(
    rng: random.Random,
    tokens: list[str],
    op: Callable[[random.Random, str], str | None],
    minimum: int,
) -> list[str] | None:
    candidates = _long_word_indices(tokens, minimum)
    if not candidates:
        return None
    i = rng.choice(candidates)
    new = op(rng, tokens[i])
    if new is None or new == tokens[i]:
        return None
    return tokens[:i] + [new] + tokens[i + 1 :]


# --------------------------------------------------------------------------------------------
# Legal forms

LEGAL_FORMS: list[tuple[str, ...]] = [
    ("CLOSED", "JOINT", "STOCK", "COMPANY"),
    ("OPEN", "JOINT", "STOCK", "COMPANY"),
    ("PUBLIC", "JOINT", "STOCK", "COMPANY"),
    ("LIMITED", "LIABILITY", "COMPANY"),
    ("LIMITED", "LIABILITY", "PARTNERSHIP"),
    ("JOINT", "STOCK", "COMPANY"),
    ("JOINTSTOCK", "COMPANY"),
    ("PRIVATE", "JOINT", "STOCK", "COMPANY"),
    ("SOCIEDAD", "ANONIMA"),
    ("SA", "DE", "CV"),
    ("S", "DE", "RL", "DE", "CV"),
    ("S", "DE", "RL"),
    ("COMPANY", "LIMITED"),
    ("CO", "LTD"),
    ("CO", "LIMITED"),
    ("PRIVATE", "LIMITED"),
    ("PVT", "LTD"),
    ("PTE", "LTD"),
    ("SDN", "BHD"),
    ("LTD", "STI"),
    ("LIMITED",),
    ("LTD",),
    ("LLC",),
    ("CORPORATION",),
    ("CORP",),
    ("INCORPORATED",),
    ("INC",),
    ("COMPANY",),
    ("CO",),
    ("SA",),
    ("SAS",),
    ("SRL",),
    ("SARL",),
    ("GMBH",),
    ("AG",),
    ("OOO",),
    ("ZAO",),
    ("OAO",),
    ("PAO",),
    ("AO",),
    ("TOV",),
    ("FZE",),
    ("FZCO",),
    ("FZC",),
    ("LLP",),
    ("PLC",),
    ("JSC",),
    ("CJSC",),
    ("OJSC",),
    ("PJSC",),
    ("DOO",),
    ("AD",),
    ("KK",),
    ("SAC",),
    ("SCS",),
    ("CA",),
    ("LTDA",),
    ("SPA",),
    ("BV",),
    ("NV",),
    ("AS",),
    ("EIRL",),
]


def form_key(word: str) -> str:
    return re.sub(r"[^A-Z]", "", fold(word).upper().replace(" ", ""))


@dataclass
class Form:
    tokens: list[str]
    start: int
    end: int
    key: tuple[str, ...]

    @property
    def trailing(self) -> bool:
        return self.end == len(self.tokens)

    def rest(self) -> list[str]:
        return self.tokens[: self.start] + self.tokens[self.end :]


def find_form(tokens: list[str]) -> Form | None:
    keys = [form_key(t) for t in tokens]
    for form in LEGAL_FORMS:
        n = len(form)
        if len(tokens) > n and tuple(keys[-n:]) == form:
            return Form(tokens, len(tokens) - n, len(tokens), form)
        if len(tokens) > n and tuple(keys[:n]) == form:
            return Form(tokens, 0, n, form)
    return None


def org_tokens(entry: Entry) -> list[str]:
    name = entry.list_name.replace('"', " ").replace("“", " ").replace("”", " ")
    return words(name)


def replace_form(form: Form, new: Sequence[str], at_end: bool | None = None) -> list[str]:
    rest = form.rest()
    end = form.trailing if at_end is None else at_end
    if end:
        if rest and rest[-1].endswith(","):
            rest = rest[:-1] + [rest[-1].rstrip(",")]
        return rest + list(new)
    return list(new) + rest


ABBREVIATE: dict[tuple[str, ...], list[list[str]]] = {
    ("LIMITED", "LIABILITY", "COMPANY"): [["LLC"], ["L.L.C."], ["LTD", "LIABILITY", "CO"]],
    ("JOINT", "STOCK", "COMPANY"): [["JSC"], ["J.S.C."], ["JS", "CO"]],
    ("CLOSED", "JOINT", "STOCK", "COMPANY"): [["CJSC"], ["CLOSED", "JSC"]],
    ("OPEN", "JOINT", "STOCK", "COMPANY"): [["OJSC"], ["OPEN", "JSC"]],
    ("PUBLIC", "JOINT", "STOCK", "COMPANY"): [["PJSC"], ["PUBLIC", "JSC"]],
    ("COMPANY", "LIMITED"): [["CO.,", "LTD."], ["CO", "LTD"], ["CO.", "LTD"]],
    ("CO", "LIMITED"): [["CO", "LTD"]],
    ("LIMITED",): [["LTD"], ["LTD."], ["LMTD"]],
    ("CORPORATION",): [["CORP"], ["CORP."], ["CORPN"]],
    ("INCORPORATED",): [["INC"], ["INC."]],
    ("COMPANY",): [["CO"], ["CO."], ["COMP"], ["CY"]],
    ("PRIVATE", "LIMITED"): [["PVT", "LTD"], ["PVT.", "LTD."], ["P", "LTD"]],
    ("SOCIEDAD", "ANONIMA"): [["S.A."], ["SA"]],
    ("LIMITED", "LIABILITY", "PARTNERSHIP"): [["LLP"]],
}

EXPAND: dict[tuple[str, ...], list[list[str]]] = {
    ("LLC",): [["LIMITED", "LIABILITY", "COMPANY"], ["LIMITED", "LIABILITY", "CO"]],
    ("JSC",): [["JOINT", "STOCK", "COMPANY"], ["JOINT-STOCK", "COMPANY"]],
    ("CJSC",): [["CLOSED", "JOINT", "STOCK", "COMPANY"]],
    ("OJSC",): [["OPEN", "JOINT", "STOCK", "COMPANY"]],
    ("PJSC",): [["PUBLIC", "JOINT", "STOCK", "COMPANY"]],
    ("CO", "LTD"): [["COMPANY", "LIMITED"], ["CO", "LIMITED"], ["COMPANY", "LTD"]],
    ("LTD",): [["LIMITED"]],
    ("CORP",): [["CORPORATION"]],
    ("INC",): [["INCORPORATED"]],
    ("CO",): [["COMPANY"]],
    ("PVT", "LTD"): [["PRIVATE", "LIMITED"]],
    ("PTE", "LTD"): [["PRIVATE", "LIMITED"], ["PTE", "LIMITED"]],
    ("SDN", "BHD"): [["SENDIRIAN", "BERHAD"]],
    ("FZE",): [["FREE", "ZONE", "ESTABLISHMENT"]],
    ("FZCO",): [["FREE", "ZONE", "COMPANY"]],
    ("LLP",): [["LIMITED", "LIABILITY", "PARTNERSHIP"]],
    ("PLC",): [["PUBLIC", "LIMITED", "COMPANY"]],
    ("GMBH",): [["GESELLSCHAFT", "MIT", "BESCHRAENKTER", "HAFTUNG"]],
    ("SA", "DE", "CV"): [["SOCIEDAD", "ANONIMA", "DE", "CAPITAL", "VARIABLE"]],
    ("SA",): [["SOCIEDAD", "ANONIMA"], ["SOCIETE", "ANONYME"]],
    ("SRL",): [["SOCIEDAD", "DE", "RESPONSABILIDAD", "LIMITADA"]],
    ("LTDA",): [["LIMITADA"]],
}

# Legal forms swapped for the equivalent a customer of that country writes.
NATIONAL: dict[str, dict[tuple[str, ...], list[list[str]]]] = {
    "russian": {
        ("LIMITED", "LIABILITY", "COMPANY"): [
            ["OOO"],
            ["O.O.O."],
            ["TOV"],
            ["OBSHCHESTVO", "S", "OGRANICHENNOY", "OTVETSTVENNOSTYU"],
        ],
        ("LLC",): [["OOO"], ["TOV"], ["000"]],
        ("OOO",): [["LLC"], ["LIMITED", "LIABILITY", "COMPANY"]],
        ("JOINT", "STOCK", "COMPANY"): [["AO"], ["AKTSIONERNOE", "OBSHCHESTVO"], ["A.O."]],
        ("JSC",): [["AO"], ["AKTSIONERNOE", "OBSHCHESTVO"]],
        ("AO",): [["JSC"], ["JOINT", "STOCK", "COMPANY"]],
        ("CLOSED", "JOINT", "STOCK", "COMPANY"): [["ZAO"]],
        ("CJSC",): [["ZAO"]],
        ("ZAO",): [["CJSC"]],
        ("OPEN", "JOINT", "STOCK", "COMPANY"): [["OAO"]],
        ("OJSC",): [["OAO"]],
        ("OAO",): [["OJSC"]],
        ("PUBLIC", "JOINT", "STOCK", "COMPANY"): [["PAO"]],
        ("PJSC",): [["PAO"]],
        ("PAO",): [["PJSC"]],
    },
    "chinese": {
        ("CO", "LTD"): [["YOUXIAN", "GONGSI"], ["YOUXIAN", "ZEREN", "GONGSI"]],
        ("COMPANY", "LIMITED"): [["YOUXIAN", "GONGSI"]],
        ("LIMITED",): [["YOUXIAN", "GONGSI"]],
        ("CORPORATION",): [["JITUAN", "GONGSI"], ["GONGSI"]],
    },
    "persian": {
        ("COMPANY",): [["SHERKAT"], ["SHERKAT-E"]],
        ("CO",): [["SHERKAT"]],
        ("LIMITED",): [["SAHAMI", "KHAS"]],
        ("LTD",): [["SAHAMI", "KHAS"]],
    },
    "arabic": {
        ("COMPANY",): [["SHARIKAT"], ["SHARIKA"]],
        ("CO",): [["SHARIKAT"]],
        ("LLC",): [["W.L.L."], ["WLL"], ["SHARIKA", "DHAT", "MASULIYA", "MAHDUDA"]],
        ("LIMITED",): [["WLL"]],
    },
    "spanish": {
        ("SA", "DE", "CV"): [
            ["SOCIEDAD", "ANONIMA", "DE", "CAPITAL", "VARIABLE"],
            ["S.A.P.I.", "DE", "C.V."],
        ],
        ("SA",): [["SOCIEDAD", "ANONIMA"]],
        ("LTDA",): [["LIMITADA"]],
        ("LIMITED",): [["LIMITADA"]],
        ("LTD",): [["LTDA"]],
        ("COMPANY",): [["COMPANIA"], ["CIA"]],
        ("CO",): [["CIA"]],
        ("CORPORATION",): [["CORPORACION"]],
    },
}

SPACED: dict[tuple[str, ...], list[list[str]]] = {
    ("LLC",): [["L", "L", "C"], ["L.L.C"], ["L.", "L.", "C."], ["LL.C"]],
    ("JSC",): [["J.S.C."], ["J", "S", "C"], ["JS", "C"]],
    ("CJSC",): [["C.J.S.C."], ["CJ", "SC"]],
    ("OJSC",): [["O.J.S.C."], ["O", "JSC"]],
    ("PJSC",): [["P.J.S.C."], ["P", "JSC"]],
    ("OOO",): [["O.O.O."], ["O", "O", "O"]],
    ("ZAO",): [["Z.A.O."], ["Z", "A", "O"]],
    ("OAO",): [["O.A.O."]],
    ("PAO",): [["P.A.O."]],
    ("AO",): [["A.O."], ["A", "O"]],
    ("TOV",): [["T.O.V."]],
    ("SA", "DE", "CV"): [
        ["S", "A", "", "De", "C", "V"],
        ["S.A.", "DE", "C.V."],
        ["SA", "DE", "C.V."],
        ["S.A.DE", "C.V."],
        ["SADECV"],
    ],
    ("SA",): [["S", "A"], ["S.A."], ["S..A."], ["S.A"]],
    ("SAS",): [["S.A.S."], ["S..AS."], ["S", "A", "S"]],
    ("SAC",): [["S", "A", "C"], ["S.A.C."]],
    ("SCS",): [["S", "C", "S"], ["S.C.S."]],
    ("SRL",): [["S.R.L."], ["S", "R", "L"]],
    ("SARL",): [["S.A.R.L."], ["S", "A", "R", "L"], ["SA", "RL"]],
    ("DOO",): [["D.O.O."], ["D.O..O"], ["D", "O", "O"], ["D.", "O.", "O."]],
    ("AD",): [["A", "D"], ["A.D."]],
    ("KK",): [["K", "K"], ["K.K."]],
    ("CA",): [["C.", "A."], ["C", "A"]],
    ("BV",): [["B.V."], ["B", "V"]],
    ("NV",): [["N.V."], ["N", "V"]],
    ("AS",): [["A.S."], ["A", "S"]],
    ("AG",): [["A.G."], ["A", "G"]],
    ("LTD",): [["L.T.D."], ["LT.D"]],
    ("CO", "LTD"): [["CO.,LTD."], ["COLTD"], ["CO.,LTD"], ["CO.LTD."]],
    ("PVT", "LTD"): [["PVT.LTD."], ["PVTLTD"]],
    ("PTE", "LTD"): [["PTE.LTD."], ["PTELTD"]],
    ("SDN", "BHD"): [["SDN.BHD."], ["SDNBHD"]],
    ("FZE",): [["F.Z.E."], ["F", "Z", "E"], ["FZ", "E"]],
    ("FZCO",): [["F.Z.CO."], ["FZ", "CO"]],
    ("FZC",): [["F.Z.C."], ["FZ", "C"]],
    ("LLP",): [["L.L.P."], ["L", "L", "P"]],
    ("PLC",): [["P.L.C."], ["P", "L", "C"]],
    ("GMBH",): [["G.M.B.H."], ["GMB", "H"], ["G", "M", "B", "H"]],
    ("INC",): [["I.N.C."], ["IN", "C"]],
    ("LTDA",): [["LTD.A"], ["L.T.D.A."]],
    ("SPA",): [["S.P.A."], ["S", "P", "A"]],
    ("EIRL",): [["E.I.R.L."], ["E", "I", "R", "L"]],
}


# --------------------------------------------------------------------------------------------
# Transliteration alternatives (word level, then letter level)

ARABIC_WORDS: dict[str, list[str]] = {
    "MUHAMMAD": ["MOHAMMED", "MOHAMED", "MOHAMMAD", "MUHAMMED", "MOHAMAD"],
    "MOHAMMED": ["MUHAMMAD", "MOHAMED", "MOHAMMAD", "MUHAMED"],
    "MOHAMMAD": ["MUHAMMAD", "MOHAMMED", "MOHAMAD"],
    "MOHAMED": ["MOHAMMED", "MUHAMMAD"],
    "AHMAD": ["AHMED", "AHMET"],
    "AHMED": ["AHMAD"],
    "HASAN": ["HASSAN", "HASSANE"],
    "HASSAN": ["HASAN"],
    "HUSAYN": ["HUSSEIN", "HUSSAIN", "HUSEIN", "HOSSEIN"],
    "HUSSEIN": ["HUSAYN", "HUSSAIN", "HUSEIN"],
    "HUSAIN": ["HUSSEIN", "HUSAYN"],
    "YUSUF": ["YOUSEF", "YOUSSEF", "YUSSUF", "YOUSUF"],
    "UMAR": ["OMAR", "OMER"],
    "OMAR": ["UMAR"],
    "UTHMAN": ["OSMAN", "OTHMAN", "USMAN"],
    "KHALID": ["KHALED", "HALID"],
    "KHALED": ["KHALID"],
    "SAID": ["SAEED", "SAYED", "SAEID"],
    "SAEED": ["SAID", "SAIED"],
    "ALI": ["ALY", "ALEE"],
    "ABU": ["ABOU", "ABO"],
    "IBRAHIM": ["EBRAHIM", "IBRAHEEM", "BRAHIM"],
    "ISMAIL": ["ISMAEL", "ESMAIL", "ISMAEEL"],
    "MAHMUD": ["MAHMOUD", "MAHMOOD"],
    "MAHMOUD": ["MAHMUD", "MAHMOOD"],
    "MUSTAFA": ["MOSTAFA", "MUSTAPHA", "MOUSTAFA"],
    "NASIR": ["NASSER", "NASER", "NASSIR"],
    "NASSER": ["NASIR"],
    "JAMAL": ["GAMAL", "DJAMAL"],
    "QASIM": ["KASSEM", "QASEM", "KASIM"],
    "ZAYD": ["ZEID", "ZAID"],
    "SULAYMAN": ["SULEIMAN", "SOLIMAN", "SULAIMAN"],
    "ABDALLAH": ["ABDULLAH", "ABDULLA", "ABDALA"],
    "ABDULLAH": ["ABDALLAH", "ABDULLA", "ABDOLLAH"],
    "ABD": ["ABDUL", "ABDEL", "ABDAL"],
    "ABDUL": ["ABD AL", "ABDEL", "ABDOUL"],
    "AL": ["EL"],
    "BIN": ["BEN", "IBN"],
    "IBN": ["BIN", "BEN"],
    "MUSA": ["MOUSSA", "MOUSA"],
    "ISA": ["EISA", "ISSA"],
    "YAHYA": ["YEHIA", "YAHIA"],
    "HAMID": ["HAMEED", "HAMED"],
    "RASHID": ["RACHID", "RASHEED"],
    "SALIH": ["SALEH", "SALAH"],
    "SALEH": ["SALIH"],
    "AYMAN": ["AIMAN"],
    "FAISAL": ["FAYSAL", "FEISAL"],
    "WALID": ["WALEED"],
    "ABBAS": ["ABAS"],
    "AMIN": ["AMEEN"],
    "KARIM": ["KAREEM"],
    "HAMZA": ["HAMZAH"],
    "JAFAR": ["JAAFAR", "DJAFAR"],
    "HAJJ": ["HAJ", "HADJ"],
    "MAHDI": ["MEHDI"],
    "TARIQ": ["TAREK", "TARIK"],
    "ZUBAYR": ["ZUBAIR", "ZOUBEIR"],
    "UBAYD": ["OBAID", "UBAID"],
    "SHAYKH": ["SHEIKH", "SHEIKH"],
}

PERSIAN_WORDS: dict[str, list[str]] = {
    "MOHAMMAD": ["MOHAMAD", "MUHAMMAD", "MOHAMMED", "MOHAMMED"],
    "HOSSEIN": ["HOSEIN", "HUSSEIN", "HOSEYN", "HOSAIN"],
    "HOSEIN": ["HOSSEIN"],
    "REZA": ["RIZA", "REZAH"],
    "GHOLAM": ["GOLAM", "QOLAM", "GHOLAMREZA"],
    "SEYED": ["SEYYED", "SAYYED", "SAYED", "SEYYID"],
    "SEYYED": ["SEYED", "SAYYID"],
    "JAVAD": ["JAWAD"],
    "MAHMOUD": ["MAHMUD"],
    "MOSTAFA": ["MUSTAFA", "MOSTAPHA"],
    "MEHDI": ["MAHDI"],
    "MAJID": ["MADJID", "MAJEED"],
    "MOJTABA": ["MUJTABA"],
    "AKBAR": ["AKBER"],
    "ABBAS": ["ABAS"],
    "ALI": ["ALY"],
    "AMIR": ["AMEER"],
    "HAMID": ["HAMED"],
    "SAEED": ["SAEID", "SAID"],
    "SAEID": ["SAEED"],
    "MASOUD": ["MASUD", "MASOOD"],
    "GHASEM": ["QASEM", "GASEM", "QASIM"],
    "QASEM": ["GHASEM"],
    "ESMAIL": ["ISMAIL", "ESMAEIL"],
    "EBRAHIM": ["IBRAHIM"],
    "YOUSEF": ["YUSEF", "YUSUF"],
    "KHOMEINI": ["KHOMENI"],
    "ABDOLLAH": ["ABDULLAH", "ABDOLAH"],
    "NASROLLAH": ["NASRULLAH"],
    "ROHOLLAH": ["RUHOLLAH"],
    "RUHOLLAH": ["ROHOLLAH"],
    "SHERKAT": ["SHERKATE"],
    "SANAYE": ["SANAYEH", "SANAYI"],
}

CYRILLIC_LATIN_WORDS: dict[str, list[str]] = {
    "YURIY": ["YURI", "IURII", "JURIJ", "YURIJ"],
    "YURI": ["YURIY", "IURII"],
    "ALEKSANDR": ["ALEXANDER", "ALEXANDR", "OLEKSANDR", "ALIAKSANDR"],
    "ALEXANDER": ["ALEKSANDR"],
    "ALEKSEY": ["ALEXEI", "ALEKSEI", "ALEXEY", "OLEKSIY"],
    "ALEKSEI": ["ALEKSEY", "ALEXEI"],
    "SERGEY": ["SERGEI", "SERGIY", "SERHIY", "SIARHEI"],
    "SERGEI": ["SERGEY", "SERHII"],
    "DMITRY": ["DMITRI", "DMITRIY", "DMYTRO", "DZMITRY"],
    "DMITRIY": ["DMITRY", "DMITRII", "DMYTRO"],
    "YEVGENIY": ["EVGENY", "EVGENII", "YEVHEN", "EVGENIJ"],
    "EVGENY": ["YEVGENIY", "EVGENIY"],
    "VIKTOR": ["VICTOR"],
    "MIKHAIL": ["MIKHAYL", "MYKHAILO", "MICHAIL"],
    "ANDREY": ["ANDREI", "ANDRII", "ANDRIY"],
    "ANDREI": ["ANDREY"],
    "NIKOLAY": ["NIKOLAI", "MYKOLA", "MIKALAI"],
    "NIKOLAI": ["NIKOLAY"],
    "VLADIMIR": ["VOLODYMYR", "ULADZIMIR", "WLADIMIR"],
    "OLEG": ["OLEH", "ALEH"],
    "IGOR": ["IHOR", "IGAR"],
    "PAVEL": ["PAVLO", "PAVAL"],
    "PETR": ["PYOTR", "PETRO", "PIOTR"],
    "ARKADIY": ["ARKADY", "ARKADII"],
    "GENNADIY": ["GENNADY", "GENADIY"],
    "ANATOLIY": ["ANATOLY", "ANATOLII"],
    "VALERIY": ["VALERY", "VALERII"],
    "VASILIY": ["VASILY", "VASYL", "VASILI"],
    "GRIGORIY": ["GRIGORY", "HRYHORIY"],
    "KONSTANTIN": ["KOSTIANTYN", "CONSTANTIN"],
    "YELENA": ["ELENA", "OLENA", "ALENA"],
    "ELENA": ["YELENA"],
    "TATYANA": ["TATIANA", "TETIANA"],
    "NATALYA": ["NATALIA", "NATALIYA"],
    "YULIYA": ["YULIA", "IULIIA", "JULIA"],
    "OLGA": ["OLHA", "VOLHA"],
    "ROMAN": ["RAMAN"],
    "MAKSIM": ["MAXIM", "MAKSYM"],
    "ARTEM": ["ARTYOM", "ARTEOM"],
    "FEDOR": ["FYODOR", "FEODOR"],
    "SEMEN": ["SEMYON"],
}

CYRILLIC_LATIN_LETTERS: list[tuple[str, str]] = [
    ("IY", "Y"),
    ("IY", "II"),
    ("YEV", "EV"),
    ("YE", "E"),
    ("YA", "IA"),
    ("YU", "IU"),
    ("KH", "H"),
    ("ZH", "J"),
    ("SHCH", "SCH"),
    ("TS", "TZ"),
    ("KS", "X"),
    ("EV", "YEV"),
    ("SKIY", "SKY"),
    ("SKAYA", "SKAIA"),
    ("OV", "OFF"),
    ("EYEV", "EEV"),
]

ARABIC_LETTERS: list[tuple[str, str]] = [
    ("OU", "U"),
    ("U", "OU"),
    ("EE", "I"),
    ("AY", "AI"),
    ("AW", "AU"),
    ("Q", "K"),
    ("DH", "Z"),
    ("KH", "K"),
    ("J", "DJ"),
    ("IYA", "IA"),
    ("AH", "A"),
]

PERSIAN_LETTERS: list[tuple[str, str]] = [
    ("GH", "Q"),
    ("Q", "GH"),
    ("OU", "U"),
    ("ZADEH", "ZADE"),
    ("ZADEH", " ZADEH"),
    ("NEJAD", "NEZHAD"),
    ("POUR", "PUR"),
    ("POUR", " POUR"),
    ("V", "W"),
    ("EI", "EY"),
    ("KH", "X"),
]

KOREAN_WORDS: dict[str, list[str]] = {
    "KIM": ["GIM"],
    "RI": ["LI", "YI", "LEE", "RHEE"],
    "YI": ["RI", "LEE"],
    "PAK": ["PARK", "BAK"],
    "CHOE": ["CHOI", "CHOY"],
    "JANG": ["CHANG"],
    "JO": ["CHO"],
    "JONG": ["CHONG", "JEONG"],
    "CHOL": ["CHEOL"],
    "SONG": ["SEONG", "SUNG"],
    "GWANG": ["KWANG"],
    "KWANG": ["GWANG"],
    "RYONG": ["RYOUNG", "LYONG", "YONG"],
    "HYOK": ["HYUK", "HYEOK"],
    "YONG": ["YEONG"],
    "IL": ["EEL"],
    "UN": ["EUN", "UHN"],
    "SU": ["SOO"],
    "HUI": ["HEE", "HUY"],
    "DONG": ["TONG"],
    "TONG": ["DONG"],
    "GUK": ["KUK", "GOOK"],
    "CHUN": ["JUN"],
    "SOK": ["SEOK"],
    "SIK": ["SHIK"],
    "SIN": ["SHIN"],
    "O": ["OH"],
    "YUN": ["YOON"],
    "HO": ["HOH"],
    "KUM": ["GEUM", "KEUM"],
    "MYONG": ["MYEONG", "MYUNG"],
    "CHON": ["JEON", "CHUN"],
    "HAK": ["HAG"],
    "NAM": ["NAHM"],
    "POK": ["BOK"],
    "PYONG": ["BYEONG"],
}

CHINESE_SYLLABLES: dict[str, str] = {
    "ZHONG": "CHUNG",
    "GUO": "KUO",
    "XIN": "HSIN",
    "JIAN": "CHIEN",
    "QIANG": "CHIANG",
    "ZHANG": "CHANG",
    "DONG": "TUNG",
    "BEI": "PEI",
    "JING": "CHING",
    "XI": "HSI",
    "ZHOU": "CHOU",
    "GONG": "KUNG",
    "GUANG": "KUANG",
    "XING": "HSING",
    "JI": "CHI",
    "QI": "CHI",
    "ZHI": "CHIH",
    "DA": "TA",
    "DE": "TE",
    "TIAN": "TIEN",
    "HUA": "HWA",
    "XIAN": "HSIEN",
    "JIN": "CHIN",
    "ZHEN": "CHEN",
    "RONG": "JUNG",
    "SHENG": "SHENG",
    "BAO": "PAO",
    "DIAN": "TIEN",
    "ZI": "TZU",
    "CHENG": "CHENG",
    "YUAN": "YUAN",
    "LONG": "LUNG",
    "TONG": "TUNG",
    "HONG": "HUNG",
    "KE": "KO",
    "JIE": "CHIEH",
    "XUN": "HSUN",
    "ZHAO": "CHAO",
    "JIANG": "CHIANG",
    "QING": "CHING",
    "SHEN": "SHEN",
    "ZE": "TSE",
    "ZHU": "CHU",
    "DAO": "TAO",
}

CHINESE_PLACES: dict[str, list[str]] = {
    "BEIJING": ["PEKING", "BEI JING", "PEIJING"],
    "GUANGZHOU": ["CANTON", "KUANGCHOU", "GUANG ZHOU"],
    "TIANJIN": ["TIENTSIN", "TIAN JIN"],
    "NANJING": ["NANKING", "NAN JING"],
    "QINGDAO": ["TSINGTAO", "QING DAO"],
    "XIAMEN": ["AMOY", "XIA MEN"],
    "CHONGQING": ["CHUNGKING", "CHONG QING"],
    "HANGZHOU": ["HANGCHOW", "HANG ZHOU"],
    "SHENZHEN": ["SHEN ZHEN", "SHUMCHUN"],
    "SHANGHAI": ["SHANG HAI"],
    "WUHAN": ["WU HAN"],
    "CHENGDU": ["CHENGTU", "CHENG DU"],
    "XIAN": ["SIAN", "XI AN"],
    "DALIAN": ["DA LIAN", "TALIEN"],
    "HARBIN": ["HA ER BIN"],
    "ZHUHAI": ["ZHU HAI"],
    "DONGGUAN": ["DONG GUAN", "TUNGKUAN"],
    "SICHUAN": ["SZECHWAN", "SZECHUAN", "SI CHUAN"],
    "HUNAN": ["HU NAN"],
    "JIANGSU": ["KIANGSU", "JIANG SU"],
    "ZHEJIANG": ["CHEKIANG", "ZHE JIANG"],
    "FUJIAN": ["FUKIEN", "FU JIAN"],
    "GUANGDONG": ["KWANGTUNG", "GUANG DONG"],
    "SHAANXI": ["SHENSI", "SHAN XI"],
    "HEBEI": ["HOPEI", "HE BEI"],
    "HUBEI": ["HUPEH", "HU BEI"],
}

# Latin (OFAC/BGN style) to Russian Cyrillic, longest letter groups first.
LATIN_TO_CYRILLIC: list[tuple[str, str]] = [
    ("SHCH", "Щ"),
    ("YEV", "ЕВ"),
    ("IY", "ИЙ"),
    ("YY", "ЫЙ"),
    ("ZH", "Ж"),
    ("KH", "Х"),
    ("TS", "Ц"),
    ("CH", "Ч"),
    ("SH", "Ш"),
    ("YU", "Ю"),
    ("YA", "Я"),
    ("YE", "Е"),
    ("YO", "Ё"),
    ("A", "А"),
    ("B", "Б"),
    ("V", "В"),
    ("G", "Г"),
    ("D", "Д"),
    ("E", "Е"),
    ("Z", "З"),
    ("I", "И"),
    ("Y", "Ы"),
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
    ("X", "КС"),
    ("H", "Х"),
    ("W", "В"),
    ("C", "К"),
    ("J", "ДЖ"),
    ("Q", "К"),
]

ARABIC_SCRIPT_SWAPS: list[tuple[str, str]] = [
    ("أ", "ا"),
    ("إ", "ا"),
    ("آ", "ا"),
    ("ة", "ه"),
    ("ى", "ي"),
    ("ي", "ى"),
    ("عبد ال", "عبدال"),
    ("عبدال", "عبد ال"),
    ("ؤ", "و"),
    ("ئ", "ي"),
]

HAN_SWAPS: list[tuple[str, str]] = [
    ("國", "国"),
    ("国", "國"),
    ("華", "华"),
    ("华", "華"),
    ("東", "东"),
    ("东", "東"),
    ("業", "业"),
    ("业", "業"),
    ("發", "发"),
    ("会", "會"),
    ("門", "门"),
    ("银", "銀"),
    ("贸", "貿"),
    ("电", "電"),
    ("龍", "龙"),
    ("长", "長"),
    ("贸易", "贸"),
    ("有限公司", "公司"),
    ("公司", "有限公司"),
    ("联", "聯"),
    ("宁", "寧"),
    ("进", "進"),
    ("朝鲜", "朝鮮"),
]


def swap_word(
    rng: random.Random, tokens: list[str], table: dict[str, list[str]]
) -> list[str] | None:
    hits = [
        i
        for i, t in enumerate(tokens)
        if plain_letters(t) in table and plain_letters(t) == t.upper().strip("-'")
    ]
    hits += [
        i
        for i, t in enumerate(tokens)
        if "-" in t and any(p in table for p in t.upper().split("-"))
    ]
    if not hits:
        return None
    i = rng.choice(sorted(set(hits)))
    word = tokens[i]
    if "-" in word:
        parts = word.split("-")
        idx = [j for j, p in enumerate(parts) if p.upper() in table]
        j = rng.choice(idx)
        parts[j] = rng.choice(table[parts[j].upper()])
        return tokens[:i] + ["-".join(parts)] + tokens[i + 1 :]
    return tokens[:i] + [rng.choice(table[plain_letters(word)])] + tokens[i + 1 :]


def swap_letters(
    rng: random.Random, tokens: list[str], table: Sequence[tuple[str, str]]
) -> list[str] | None:
    options: list[tuple[int, int, str, str]] = []
    for i, token in enumerate(tokens):
        upper = token.upper()
        if len(plain_letters(upper)) < 3:
            continue
        for old, new in table:
            start = upper.find(old, 1 if len(old) == 1 else 0)
            if start >= 0:
                options.append((i, start, old, new))
    if not options:
        return None
    i, start, old, new = rng.choice(options)
    upper = tokens[i].upper()
    return tokens[:i] + [upper[:start] + new + upper[start + len(old) :]] + tokens[i + 1 :]


def pinyin_split(word: str) -> list[str] | None:
    """Split a joined pinyin word into syllables when it splits cleanly."""
    syllables = sorted(
        set(CHINESE_SYLLABLES)
        | {
            "HUA",
            "WEI",
            "TAI",
            "SHAN",
            "HAI",
            "NAN",
            "FANG",
            "YU",
            "AN",
            "MING",
            "LI",
            "HE",
            "KANG",
        }
        | {"FENG", "YANG", "XIANG", "SHI", "TE", "NENG", "TONG", "HENG", "RUI", "BO", "WU", "LIAN"},
        key=len,
        reverse=True,
    )
    out: list[str] = []
    rest = word.upper()
    while rest:
        for s in syllables:
            if rest.startswith(s):
                out.append(s)
                rest = rest[len(s) :]
                break
        else:
            return None
    return out if len(out) >= 2 else None


# --------------------------------------------------------------------------------------------
# Categories


Op = Callable[[Entry, random.Random], "str | None"]
CATEGORIES: dict[str, tuple[str, Op, Callable[[Entry], bool]]] = {}


def category(name: str, doc: str, eligible: Callable[[Entry], bool]) -> Callable[[Op], Op]:
    def register(fn: Op) -> Op:
        CATEGORIES[name] = (doc, fn, eligible)
        return fn

    return register


def base_tokens(entry: Entry, rng: random.Random) -> list[str]:
    if entry.kind == "person":
        if rng.random() < 0.7:
            return words(natural_person(entry))
        return words(entry.list_name)
    return org_tokens(entry)


def is_person(entry: Entry) -> bool:
    return entry.kind == "person" and len(words(entry.list_name)) >= 2


ORG_WORDS = re.compile(
    r"\b(COMPANY|INSTITUTE|PLANT|CENT(ER|RE)|UNIVERSITY|BUREAU|FACTORY|GROUP|TECHNOLOG(Y|IES)|"
    r"INDUSTR(Y|IES)|ACADEMY|ASSOCIATION|ENTERPRISES?|TRADING|ELECTRONICS|SYSTEMS|SERVICES|"
    r"INTERNATIONAL|LABORATORY|RESEARCH|BANK|CORPORATION|HOLDINGS?|ZAVOD|KOMPANIYA|OBSHCHESTVO)\b"
)


def is_org(entry: Entry) -> bool:
    if len(words(entry.list_name)) < 2:
        return False
    if entry.kind == "organization":
        return True
    tokens = org_tokens(entry)
    return entry.kind == "other" and (
        find_form(tokens) is not None or bool(ORG_WORDS.search(entry.list_name.upper()))
    )


def has_form(entry: Entry) -> bool:
    return is_org(entry) and find_form(org_tokens(entry)) is not None


def latin(entry: Entry) -> bool:
    return all(c.isascii() for c in entry.list_name)


def with_tradition(name: str) -> Callable[[Entry], bool]:
    def check(entry: Entry) -> bool:
        return latin(entry) and name in traditions(entry)

    return check


def _slip(op: Callable[[random.Random, str], str | None], minimum: int) -> Op:
    def run(entry: Entry, rng: random.Random) -> str | None:
        out = apply_on_word(rng, base_tokens(entry, rng), op, minimum)
        return " ".join(out) if out else None

    return run


category("typo_one_letter", "one letter replaced by a neighbouring key or another vowel", latin)(
    _slip(slip_substitute, 4)
)
category("transposition", "two adjacent letters swapped", latin)(_slip(slip_transpose, 4))
category("dropped_letter", "one letter left out", latin)(_slip(slip_drop, 5))
category("doubled_letter", "one letter doubled, or a double letter written once", latin)(
    _slip(slip_double, 3)
)


@category("typo_two_slips", "two slips in one name (any two of the above)", latin)
def typo_two(entry: Entry, rng: random.Random) -> str | None:
    tokens: list[str] | None = base_tokens(entry, rng)
    ops = [slip_substitute, slip_transpose, slip_drop, slip_double]
    for _ in range(2):
        if tokens is None:
            return None
        tokens = apply_on_word(rng, tokens, rng.choice(ops), 4)
    return " ".join(tokens) if tokens else None


@category("short_name_slip", "a slip in a short syllable or acronym (2-4 letters)", latin)
def short_slip(entry: Entry, rng: random.Random) -> str | None:
    tokens = base_tokens(entry, rng)
    idx = [
        i
        for i, t in enumerate(tokens)
        if 2 <= len(t) <= 4
        and t.isalpha()
        and form_key(t) not in {"AL", "EL", "DE", "LA", "BIN", "ABU", "CO", "LTD", "LLC", "INC"}
    ]
    if not idx:
        return None
    i = rng.choice(idx)
    op = rng.choice([slip_substitute, slip_transpose, slip_double])
    new = op(rng, tokens[i])
    if not new or new == tokens[i]:
        return None
    return " ".join(tokens[:i] + [new] + tokens[i + 1 :])


@category("words_joined", "two neighbouring words written as one", latin)
def joined(entry: Entry, rng: random.Random) -> str | None:
    tokens = base_tokens(entry, rng)
    if len(tokens) < 2:
        return None
    short = [i for i in range(len(tokens) - 1) if len(tokens[i]) <= 4]
    i = rng.choice(short) if short and rng.random() < 0.6 else rng.randrange(len(tokens) - 1)
    merged = tokens[i].rstrip("-") + tokens[i + 1]
    return " ".join(tokens[:i] + [merged] + tokens[i + 2 :])


@category("word_split", "one long word written as two", latin)
def split(entry: Entry, rng: random.Random) -> str | None:
    tokens = base_tokens(entry, rng)
    idx = [i for i, t in enumerate(tokens) if len(t) >= 7 and t.isalpha()]
    if not idx:
        return None
    i = rng.choice(idx)
    word = tokens[i]
    cut = rng.randrange(3, len(word) - 2)
    return " ".join(tokens[:i] + [word[:cut], word[cut:]] + tokens[i + 1 :])


@category(
    "punctuation_changed",
    "hyphens and apostrophes dropped inside words, '&' written 'AND', or a hyphen added",
    latin,
)
def punctuation(entry: Entry, rng: random.Random) -> str | None:
    tokens = base_tokens(entry, rng)
    options: list[list[str]] = []
    for i, t in enumerate(tokens):
        if re.search(r"\w[-'’]\w", t):
            options.append(tokens[:i] + [re.sub(r"(?<=\w)[-'’](?=\w)", "", t)] + tokens[i + 1 :])
        if t == "&":
            options.append(tokens[:i] + ["AND"] + tokens[i + 1 :])
        if t.upper() == "AND":
            options.append(tokens[:i] + ["&"] + tokens[i + 1 :])
    for i in range(len(tokens) - 1):
        if tokens[i].upper() in {"AL", "EL", "ABU", "ABD", "BIN", "BEN", "UMM"}:
            options.append(tokens[:i] + [tokens[i] + "-" + tokens[i + 1]] + tokens[i + 2 :])
    if not options:
        return None
    return " ".join(rng.choice(options))


@category(
    "legal_form_misspelt", "a legal-form word misspelt (LIMTED, COMPNAY, CORPORTAION)", has_form
)
def form_misspelt(entry: Entry, rng: random.Random) -> str | None:
    form = find_form(org_tokens(entry))
    assert form is not None
    inside = [i for i in range(form.start, form.end) if len(plain_letters(form.tokens[i])) >= 5]
    if not inside:
        return None
    i = rng.choice(inside)
    op = rng.choice([slip_substitute, slip_transpose, slip_drop, slip_double])
    new = op(rng, form.tokens[i])
    if not new:
        return None
    return " ".join(form.tokens[:i] + [new] + form.tokens[i + 1 :])


@category("legal_form_abbreviated", "legal form abbreviated (LLC, JSC, CO LTD, CORP)", has_form)
def form_abbrev(entry: Entry, rng: random.Random) -> str | None:
    form = find_form(org_tokens(entry))
    assert form is not None
    choices = ABBREVIATE.get(form.key)
    return " ".join(replace_form(form, rng.choice(choices))) if choices else None


@category(
    "legal_form_expanded",
    "abbreviated legal form written out (LLC -> LIMITED LIABILITY COMPANY)",
    has_form,
)
def form_expand(entry: Entry, rng: random.Random) -> str | None:
    form = find_form(org_tokens(entry))
    assert form is not None
    choices = EXPAND.get(form.key)
    return " ".join(replace_form(form, rng.choice(choices))) if choices else None


@category("legal_form_moved", "legal form moved from front to back or back to front", has_form)
def form_moved(entry: Entry, rng: random.Random) -> str | None:
    form = find_form(org_tokens(entry))
    assert form is not None
    written = [t.rstrip(",") for t in form.tokens[form.start : form.end]]
    return " ".join(replace_form(form, written, at_end=not form.trailing))


@category("legal_form_dropped", "legal form left out", has_form)
def form_dropped(entry: Entry, rng: random.Random) -> str | None:
    form = find_form(org_tokens(entry))
    assert form is not None
    rest = [t.rstrip(",") for t in form.rest()]
    return " ".join(rest) if len(" ".join(rest)) >= 4 else None


def _has_national(entry: Entry) -> bool:
    if not has_form(entry):
        return False
    form = find_form(org_tokens(entry))
    assert form is not None
    return any(form.key in NATIONAL[t] for t in traditions(entry) if t in NATIONAL)


@category(
    "legal_form_national",
    "legal form swapped for the national equivalent (OOO, AO, YOUXIAN GONGSI, SHERKAT)",
    _has_national,
)
def form_national(entry: Entry, rng: random.Random) -> str | None:
    form = find_form(org_tokens(entry))
    assert form is not None
    tables = [
        NATIONAL[t][form.key]
        for t in traditions(entry)
        if t in NATIONAL and form.key in NATIONAL[t]
    ]
    new = rng.choice(rng.choice(tables))
    if new[0] in {"SHERKAT", "SHERKAT-E", "SHARIKAT", "SHARIKA"}:
        at_end = False
    elif new[0] in {"OOO", "AO", "ZAO", "OAO", "PAO", "TOV", "O.O.O.", "A.O."}:
        at_end = form.trailing if rng.random() < 0.5 else False
    else:
        at_end = form.trailing
    return " ".join(replace_form(form, new, at_end))


def _has_spaced(entry: Entry) -> bool:
    if not has_form(entry):
        return False
    form = find_form(org_tokens(entry))
    return form is not None and form.key in SPACED


@category(
    "legal_form_spaced_dotted",
    "legal-form letters spaced, dotted or run together (L L C, O.O.O., S A  De C V)",
    _has_spaced,
)
def form_spaced(entry: Entry, rng: random.Random) -> str | None:
    form = find_form(org_tokens(entry))
    assert form is not None
    new = rng.choice(SPACED[form.key])
    return (
        " ".join(replace_form(form, new)).replace("  ", " ")
        if "" not in new
        else " ".join(replace_form(form, [t for t in new if t])).replace(" A De", " A  De")
    )


@category("initials", "given names reduced to initials", is_person)
def initials(entry: Entry, rng: random.Random) -> str | None:
    given, surname = person_parts(entry)
    if not given or not latin(entry):
        return None
    style = rng.choice(["dots", "plain", "first_full", "first_only"])
    if style == "dots":
        new_given = [g[0] + "." for g in given]
    elif style == "plain":
        new_given = [g[0] for g in given]
    elif style == "first_full" and len(given) >= 2:
        new_given = [given[0]] + [g[0] + "." for g in given[1:]]
    else:
        new_given = [given[0][0] + "."]
    return " ".join(new_given + surname)


FUNCTION_WORDS = {
    "DE",
    "DEL",
    "LA",
    "LOS",
    "LAS",
    "OF",
    "AND",
    "THE",
    "FOR",
    "AL",
    "EL",
    "&",
    "Y",
    "E",
    "DI",
    "DA",
    "DO",
    "DES",
    "DU",
    "LE",
    "VON",
    "VAN",
    "IN",
    "ON",
    "AT",
    "TO",
}


def rotation_points(core: Sequence[str]) -> list[int]:
    return [
        i
        for i in range(1, len(core))
        if core[i - 1].upper().rstrip(",") not in FUNCTION_WORDS
        and core[i].upper() not in FUNCTION_WORDS
        and not core[i].startswith("(")
    ]


@category(
    "word_order",
    "words in another order (given name first or family name first, words swapped)",
    lambda e: (
        latin(e) and len(words(e.list_name)) >= 2 and e.kind in ("person", "organization", "other")
    ),
)
def word_order(entry: Entry, rng: random.Random) -> str | None:
    if entry.kind == "person":
        given, surname = person_parts(entry)
        if "," in entry.list_name:
            options = [given + surname]
            if len(given) >= 2 and not any(re.search(r"(VICH|VNA|ICH)$", g.upper()) for g in given):
                options.append(given[1:] + given[:1] + surname)
        else:
            options = [surname + given]
            if len(given) >= 2:
                options.append([given[1], given[0], *given[2:], *surname])
        return " ".join(rng.choice(options))
    tokens = org_tokens(entry)
    form = find_form(tokens)
    core = form.rest() if form else tokens
    core = [t.rstrip(",") for t in core]
    if len(core) < 2:
        return None
    points = rotation_points(core)
    if not points:
        return None
    cut = rng.choice(points)
    rotated = core[cut:] + core[:cut]
    if form:
        return " ".join(rotated + [t.rstrip(",") for t in tokens[form.start : form.end]])
    return " ".join(rotated)


HONORIFICS_ANY = ["Dr.", "Dr", "Gen.", "General", "Col.", "Eng.", "Prof."]
HONORIFICS_MALE = ["Mr", "Mr.", "Sir"]
HONORIFICS_FEMALE = ["Mrs", "Ms", "Ms."]
HONORIFICS_MUSLIM_MALE = ["Sheikh", "Shaykh", "Haji", "Hajji", "Mullah", "Maulvi", "Sayyid"]


@category(
    "title_added",
    "a title or honorific written before the name (Mr, Dr, Sheikh, Mullah, Haji, Gen.)",
    lambda e: is_person(e) and latin(e),
)
def title_added(entry: Entry, rng: random.Random) -> str | None:
    tokens = words(natural_person(entry))
    pool = list(HONORIFICS_ANY)
    hints = " " + entry.hints + " "
    male = "GENDER MALE" in hints or "GENDER: MALE" in hints
    female = "FEMALE" in hints
    if male and not female:
        pool += HONORIFICS_MALE * 2
        if ARABIC_MARKED(entry) or PERSIAN_MARKED(entry):
            pool += HONORIFICS_MUSLIM_MALE * 2
    elif female:
        pool += HONORIFICS_FEMALE * 3
    title = rng.choice(pool)
    if "burmese" in traditions(entry):
        title = rng.choice(["U", "Daw", "Dr.", "Gen.", "Sr. Gen."])
    return " ".join([title, *tokens])


def _dropable(entry: Entry) -> bool:
    return is_person(entry) and latin(entry) and len(words(entry.list_name)) >= 3


@category(
    "name_part_dropped", "a patronymic, middle name or particle (AL, BIN, ABU) left out", _dropable
)
def part_dropped(entry: Entry, rng: random.Random) -> str | None:
    given, surname = person_parts(entry)
    tokens = given + surname
    patronymic = [
        i
        for i, t in enumerate(tokens)
        if re.search(r"(OVICH|EVICH|OVNA|EVNA|ICH)$", t.upper()) and i != len(tokens) - 1
    ]
    particles = [
        i
        for i, t in enumerate(tokens)
        if t.upper() in {"BIN", "IBN", "BINT", "AL", "EL", "ABU", "ABD", "DE", "DEL", "LA"}
    ]
    if patronymic:
        i = rng.choice(patronymic)
        return " ".join(tokens[:i] + tokens[i + 1 :])
    if particles and rng.random() < 0.5:
        i = rng.choice(particles)
        return " ".join(tokens[:i] + tokens[i + 1 :])
    hyphen = [i for i, t in enumerate(tokens) if re.match(r"(?i)(AL|EL)-\w{3,}", t)]
    if hyphen and rng.random() < 0.5:
        i = rng.choice(hyphen)
        return " ".join(tokens[:i] + [tokens[i][3:]] + tokens[i + 1 :])
    if len(given) >= 2:
        i = rng.randrange(1, len(given))
        return " ".join(given[:i] + given[i + 1 :] + surname)
    return None


def _translit(table_words: dict[str, list[str]], letters: Sequence[tuple[str, str]]) -> Op:
    def run(entry: Entry, rng: random.Random) -> str | None:
        tokens = base_tokens(entry, rng)
        out = swap_word(rng, tokens, table_words)
        if entry.kind == "person" and (out is None or rng.random() < 0.3):
            out = swap_letters(rng, tokens, letters) or out
        if out and any(re.search(r"YY|IIY|UU|OUOU", t.upper()) for t in out):
            return None
        return " ".join(out) if out else None

    return run


def marked(tradition: str, table: dict[str, list[str]], pattern: str) -> Callable[[Entry], bool]:
    def check(entry: Entry) -> bool:
        if not with_tradition(tradition)(entry):
            return False
        tokens = [t.upper() for t in words(entry.list_name)]
        return any(plain_letters(t) in table or re.search(pattern, t) for t in tokens)

    return check


ARABIC_MARKED = marked("arabic", ARABIC_WORDS, r"^(AL|EL)-|^ABD|^ABU|ULLAH$|ALLAH$")
PERSIAN_MARKED = marked(
    "persian", PERSIAN_WORDS, r"(ZADEH|NEJAD|POUR|ABADI|IAN|SHAHR|RAD)$|^(GH|KH)"
)
category(
    "translit_arabic",
    "Arabic name romanised another way (MUHAMMAD/MOHAMED, ABD AL/ABDUL, Q/K, OU/U)",
    ARABIC_MARKED,
)(_translit(ARABIC_WORDS, ARABIC_LETTERS))
category(
    "translit_persian",
    "Persian name romanised another way (HOSSEIN/HOSEIN, GH/Q, -ZADEH/-ZADE)",
    PERSIAN_MARKED,
)(_translit(PERSIAN_WORDS, PERSIAN_LETTERS))
category(
    "translit_cyrillic",
    "Russian, Ukrainian or Belarusian name romanised another way (YURIY/IURII, OLEKSANDR, SIARHEI, -IY/-Y)",
    marked(
        "russian",
        CYRILLIC_LATIN_WORDS,
        r"(OV|EV|IN|SKIY|SKY|SKAYA|OVA|EVA|INA|KO|UK|YUK|ICH|OVNA|EVNA|NEFT|PROM|STROY|TEKH)$",
    ),
)(_translit(CYRILLIC_LATIN_WORDS, CYRILLIC_LATIN_LETTERS))


@category(
    "translit_korean",
    "Korean name in McCune-Reischauer / Revised Romanization / common spellings, syllables joined or split",
    with_tradition("korean"),
)
def translit_korean(entry: Entry, rng: random.Random) -> str | None:
    tokens = base_tokens(entry, rng)
    expanded: list[str] = []
    for t in tokens:
        expanded.extend(t.split("-") if "-" in t and rng.random() < 0.3 else [t])
    out = swap_word(rng, [p for t in tokens for p in ([t] if "-" not in t else [t])], KOREAN_WORDS)
    if out is None:
        out = swap_word(rng, expanded, KOREAN_WORDS)
    if entry.kind == "person" and (out is None or rng.random() < 0.25):
        hy = [i for i, t in enumerate(tokens) if "-" in t]
        if hy:
            i = rng.choice(hy)
            out = tokens[:i] + [tokens[i].replace("-", "").lower().capitalize()] + tokens[i + 1 :]
    return " ".join(out) if out else None


@category(
    "translit_chinese",
    "Chinese name in Wade-Giles or postal spelling, or pinyin syllables split",
    with_tradition("chinese"),
)
def translit_chinese(entry: Entry, rng: random.Random) -> str | None:
    tokens = base_tokens(entry, rng)
    places = [i for i, t in enumerate(tokens) if plain_letters(t) in CHINESE_PLACES]
    if places and rng.random() < 0.5:
        i = rng.choice(places)
        return " ".join(
            tokens[:i] + [rng.choice(CHINESE_PLACES[plain_letters(tokens[i])])] + tokens[i + 1 :]
        )
    options: list[list[str]] = []
    for i, t in enumerate(tokens):
        syl = pinyin_split(plain_letters(t)) if len(t) >= 5 else None
        if syl:
            options.append(tokens[:i] + [" ".join(syl)] + tokens[i + 1 :])
            wade = [CHINESE_SYLLABLES.get(s, s) for s in syl]
            if wade != syl:
                options.append(tokens[:i] + ["-".join(wade).capitalize()] + tokens[i + 1 :])
        elif (
            plain_letters(t) in CHINESE_SYLLABLES
            and CHINESE_SYLLABLES[plain_letters(t)] != plain_letters(t)
            and not (i + 1 < len(tokens) and tokens[i + 1].upper().startswith("KONG"))
        ):
            options.append(tokens[:i] + [CHINESE_SYLLABLES[plain_letters(t)]] + tokens[i + 1 :])
    if not options:
        return None
    return " ".join(rng.choice(options))


def _burmese(entry: Entry) -> bool:
    return latin(entry) and entry.kind == "person" and "burmese" in traditions(entry)


@category(
    "burmese_spacing_title",
    "Burmese name: syllables joined or split, honorific U/Daw/Gen. added or dropped",
    _burmese,
)
def burmese(entry: Entry, rng: random.Random) -> str | None:
    tokens = base_tokens(entry, rng)
    if tokens and tokens[0].upper() in {"U", "DAW", "KO", "MAUNG"} and rng.random() < 0.5:
        return " ".join(tokens[1:])
    if len(tokens) >= 2 and rng.random() < 0.5:
        i = rng.randrange(len(tokens) - 1)
        return " ".join(tokens[:i] + [tokens[i] + tokens[i + 1].lower()] + tokens[i + 2 :])
    return " ".join([rng.choice(["U", "Daw", "Gen."]), *tokens])


def _has_script(entry: Entry) -> bool:
    return bool(entry.original_script)


@category(
    "original_script_changed",
    "name in the original script as the UN list gives it, slightly changed (hamza/ta marbuta, traditional/simplified, words reordered or joined)",
    _has_script,
)
def script_changed(entry: Entry, rng: random.Random) -> str | None:
    text = rng.choice(entry.original_script)
    options: list[str] = []
    for old, new in ARABIC_SCRIPT_SWAPS + HAN_SWAPS:
        if old in text:
            options.append(text.replace(old, new, 1))
    parts = text.split()
    if len(parts) >= 2:
        options.append(" ".join(parts[1:] + parts[:1]))
        i = rng.randrange(len(parts) - 1)
        options.append(" ".join(parts[:i] + [parts[i] + parts[i + 1]] + parts[i + 2 :]))
        if len(parts) >= 3:
            options.append(" ".join(parts[:1] + parts[2:]))
    if not options:
        return None
    return rng.choice(options)


def _russian_person(entry: Entry) -> bool:
    return (
        is_person(entry)
        and latin(entry)
        and "russian" in traditions(entry)
        and all(plain_letters(w) == w.upper().rstrip(",") for w in words(entry.list_name))
    )


def to_cyrillic(word: str) -> str:
    upper = word.upper()
    out: list[str] = []
    i = 0
    while i < len(upper):
        if (
            upper[i] in "AEIOU"
            and upper[i + 1 : i + 2] == "Y"
            and upper[i + 2 : i + 3] not in tuple("AEIOU")
        ):
            out.append(dict(LATIN_TO_CYRILLIC)[upper[i]] + "Й")
            i += 2
            continue
        for latin_group, cyr in LATIN_TO_CYRILLIC:
            if upper.startswith(latin_group, i):
                if latin_group == "E" and i == 0:
                    cyr = "Е"
                if latin_group == "Y" and i == len(upper) - 1:
                    cyr = "Й" if out and out[-1] in "АОУЕИ" else "Ы"
                out.append(cyr)
                i += len(latin_group)
                break
        else:
            out.append(upper[i])
            i += 1
    text = "".join(out)
    return text[:1] + text[1:].lower()


@category(
    "cyrillic_script",
    "Russian/Ukrainian/Belarusian name typed in Cyrillic (the list gives it in Latin letters only)",
    _russian_person,
)
def cyrillic(entry: Entry, rng: random.Random) -> str | None:
    given, surname = person_parts(entry)
    order = surname + given if rng.random() < 0.5 else given + surname
    return " ".join(to_cyrillic(w.rstrip(",")) for w in order)


DESCRIPTORS_BEFORE = ["THE", "NEW", "GLOBAL", "UNITED"]
DESCRIPTORS_BUSINESS = [
    "GROUP",
    "HOLDING",
    "INTERNATIONAL",
    "TRADING",
    "IMPORT EXPORT",
    "FOR GENERAL TRADING",
    "SHIPPING AGENCY",
    "TECHNOLOGY DEVELOPMENT",
    "INDUSTRIAL",
]
DESCRIPTORS_PLACE = [
    "HEAD OFFICE",
    "DUBAI BRANCH",
    "HONG KONG BRANCH",
    "MOSCOW BRANCH",
    "ISTANBUL BRANCH",
    "REPRESENTATIVE OFFICE",
    "AND ITS SUBSIDIARIES",
    "(HEAD QUARTERS)",
    "- MAIN BRANCH",
]


@category(
    "long_name_descriptors",
    "company name with extra descriptors a customer adds (GROUP, TRADING, BRANCH, HEAD OFFICE)",
    is_org,
)
def descriptors(entry: Entry, rng: random.Random) -> str | None:
    tokens = [t.rstrip(",") for t in org_tokens(entry)]
    roll = rng.random()
    business = rng.choice(DESCRIPTORS_BUSINESS).split() if roll < 0.7 else []
    place = rng.choice(DESCRIPTORS_PLACE).split() if roll > 0.4 else []
    form = find_form(tokens)
    if form and form.trailing:
        out = tokens[: form.start] + business + tokens[form.start :] + place
    else:
        out = tokens + business + place
    if rng.random() < 0.2:
        out = [rng.choice(DESCRIPTORS_BEFORE), *out]
    return " ".join(out)


def is_acronym_of(alias: str, name: str) -> bool:
    """True when the alias's letters are, in order, initials of the name's words."""
    initials = [w[0] for w in fold(name).upper().split() if w]
    pos = 0
    for letter in alias:
        while pos < len(initials) and initials[pos] != letter:
            pos += 1
        if pos == len(initials):
            return False
        pos += 1
    return True


def acronyms(entry: Entry) -> list[str]:
    return sorted(
        a
        for a in entry.aliases
        if re.fullmatch(r"[A-Z]{3,6}", a) and is_acronym_of(a, entry.list_name)
    )


def _short_alias(entry: Entry) -> bool:
    return is_org(entry) and bool(acronyms(entry))


@category(
    "acronym_written_out",
    "a listed acronym dotted, spaced, with a slip or with a legal form added (I.R.G.C., K O M I D, IRCG LLC)",
    _short_alias,
)
def acronym(entry: Entry, rng: random.Random) -> str | None:
    acr = rng.choice(acronyms(entry))
    styles = ["dots", "spaces", "slip"]
    if has_form(entry):
        styles.append("form")
    style = rng.choice(styles)
    if style == "dots":
        return ".".join(acr) + "."
    if style == "spaces":
        return " ".join(acr)
    if style == "slip":
        return slip_transpose(rng, acr) if len(acr) >= 4 else slip_double(rng, acr)
    return f"{acr} {rng.choice(['LLC', 'LTD', 'CO', 'GROUP', 'CORP'])}"


def _vessel(entry: Entry) -> bool:
    return entry.kind in ("vessel", "aircraft")


IMO = re.compile(r"IMO (\d{7})")
AIRCRAFT_MODEL = re.compile(r"Aircraft Model ([^;]+);", re.IGNORECASE)


@category(
    "vessel_aircraft_prefix",
    "vessel name with a prefix (MV, M/V, MT) and/or its IMO number; aircraft tail number run together or with its type",
    _vessel,
)
def vessel(entry: Entry, rng: random.Random) -> str | None:
    name = entry.list_name
    if entry.kind == "aircraft":
        model = AIRCRAFT_MODEL.search(entry.hints)
        options = [name.replace("-", ""), f"Aircraft {name}", f"{name.replace('-', '')} aircraft"]
        if model:
            options.append(f"{name} ({model.group(1).strip()})")
        return rng.choice(options)
    prefix = rng.choice(["MV", "M/V", "M.V.", "MT", "M/T", "M.T.", "SS", "Tanker", "Vessel"])
    imo = IMO.search(entry.hints)
    if imo and rng.random() < 0.5:
        return (
            f"{prefix} {name} (IMO {imo.group(1)})"
            if rng.random() < 0.5
            else f"{name} IMO{imo.group(1)}"
        )
    return f"{prefix} {name}"


ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4", "V": "5", "VI": "6", "VII": "7", "VIII": "8"}
ARABIC_NUM = {v: k for k, v in ROMAN.items() if int(v) <= 5}
NUMBER_WORDS = {"1": "ONE", "2": "TWO", "3": "THREE", "4": "FOUR", "5": "FIVE", "7": "SEVEN"}


def _numbered(entry: Entry) -> bool:
    tokens = words(entry.list_name)
    return latin(entry) and len(tokens) >= 2 and (tokens[-1] in ROMAN or tokens[-1] in ARABIC_NUM)


@category(
    "number_written_differently",
    "a number in a name written another way (III -> 3, 2 -> II, 1 -> ONE)",
    _numbered,
)
def numbers(entry: Entry, rng: random.Random) -> str | None:
    tokens = words(entry.list_name)
    i = len(tokens) - 1
    t = tokens[i]
    if t in ROMAN:
        new = ROMAN[t]
    elif t in NUMBER_WORDS and rng.random() < 0.5:
        new = NUMBER_WORDS[t]
    else:
        new = ARABIC_NUM[t]
    return " ".join(tokens[:i] + [new] + tokens[i + 1 :])


def _has_latin_alias(entry: Entry) -> bool:
    return any(len(words(a)) >= 2 and all(c.isascii() for c in a) for a in entry.aliases)


@category(
    "alias_variant",
    "a slip, reordering or dropped legal form in one of the listed aliases (an alias of an alias)",
    _has_latin_alias,
)
def alias_variant(entry: Entry, rng: random.Random) -> str | None:
    alias = rng.choice(
        sorted(a for a in entry.aliases if len(words(a)) >= 2 and all(c.isascii() for c in a))
    )
    tokens = words(alias)
    if "," in alias and rng.random() < 0.6:
        surname, _, given = alias.partition(",")
        tokens = words(given) + words(surname)
        if rng.random() < 0.5:
            return " ".join(tokens)
    form = find_form(tokens)
    if form and rng.random() < 0.4:
        return " ".join(t.rstrip(",") for t in form.rest())
    op = rng.choice([slip_substitute, slip_transpose, slip_drop, slip_double])
    out = apply_on_word(rng, tokens, op, 4)
    return " ".join(out) if out else None


@category(
    "combined_slip_and_order",
    "a letter slip and a word-order or legal-form change together",
    lambda e: latin(e) and len(words(e.list_name)) >= 2,
)
def combined(entry: Entry, rng: random.Random) -> str | None:
    first = (
        word_order(entry, rng)
        if rng.random() < 0.5 or not has_form(entry)
        else form_moved(entry, rng)
    )
    if not first:
        return None
    out = apply_on_word(
        rng, words(first), rng.choice([slip_substitute, slip_transpose, slip_drop]), 4
    )
    return " ".join(out) if out else None


# --------------------------------------------------------------------------------------------
# Variant assembly

LIST_WEIGHTS = [("us_ofac_sdn", 0.45), ("un_sc", 0.2), ("us_csl", 0.25), ("us_ofac_cons", 0.1)]


@dataclass
class Variant:
    query: str
    category: str
    entry: Entry


REORDER_CATEGORIES = {"word_order", "combined_slip_and_order", "legal_form_moved"}


def token_owners(lists: Lists) -> dict[str, set[str]]:
    """Order-free key of every listed name or alias -> the entries that carry it."""
    owners: dict[str, set[str]] = {}
    for entry in lists.entries:
        uid = f"{entry.list_key}:{entry.list_id}"
        for name in [entry.list_name, *entry.aliases, *entry.original_script]:
            owners.setdefault(token_key(name), set()).add(uid)
    for name in lists.all_names:
        owners.setdefault(token_key(name), {"other"})
    return owners


def build_variants(lists: Lists, rng: random.Random, listed: set[str]) -> list[Variant]:
    owners = token_owners(lists)
    by_list: dict[str, list[Entry]] = {}
    for entry in lists.entries:
        if (
            entry.list_name.strip()
            and entry.list_id
            and ":" not in entry.list_name
            and "k.a." not in entry.list_name.lower()
            and len(entry.list_name) <= 120
        ):
            by_list.setdefault(entry.list_key, []).append(entry)
    order: dict[str, list[Entry]] = {}
    for key in sorted(by_list):
        pool = sorted(by_list[key], key=lambda e: (e.list_id, e.list_name))
        rng.shuffle(pool)
        order[key] = pool
    usage: dict[tuple[str, str], int] = {}
    seen_queries: set[str] = set()
    variants: list[Variant] = []
    for name in CATEGORIES:
        _doc, op, eligible = CATEGORIES[name]
        pools = {k: [e for e in order[k] if eligible(e)] for k in order}
        made = 0
        attempts = 0
        while made < TARGET_PER_CATEGORY and attempts < TARGET_PER_CATEGORY * 40:
            attempts += 1
            roll = rng.random()
            acc = 0.0
            chosen = LIST_WEIGHTS[-1][0]
            for key, weight in LIST_WEIGHTS:
                acc += weight
                if roll < acc:
                    chosen = key
                    break
            pool = pools[chosen] or next((pools[k] for k, _ in LIST_WEIGHTS if pools[k]), [])
            if not pool:
                break
            reuse = rng.random() < 0.38
            candidates = [
                e
                for e in pool[:400]
                if usage.get((e.list_key, e.list_id), 0) == (1 if reuse else 0)
            ]
            if not candidates:
                candidates = [e for e in pool if usage.get((e.list_key, e.list_id), 0) < 3]
            if not candidates:
                continue
            entry = candidates[rng.randrange(min(len(candidates), 60))]
            raw = op(entry, rng)
            if not raw:
                usage[(entry.list_key, entry.list_id)] = (
                    usage.get((entry.list_key, entry.list_id), 0) + 0
                )
                pool.remove(entry)
                continue
            script = not all(c.isascii() for c in raw)
            query = raw if script else styled(rng, raw)
            key = fold(query)
            if len(key) < 3 or key in listed or key in seen_queries:
                continue
            holders = owners.get(token_key(query), set())
            uid = f"{entry.list_key}:{entry.list_id}"
            if holders and (holders != {uid} or name not in REORDER_CATEGORIES):
                # the same words as a listed name in another order: either another listed
                # party (ambiguous answer) or a bare reordering outside the word-order categories
                continue
            seen_queries.add(key)
            usage[(entry.list_key, entry.list_id)] = (
                usage.get((entry.list_key, entry.list_id), 0) + 1
            )
            variants.append(Variant(query, name, entry))
            made += 1
    return variants


# --------------------------------------------------------------------------------------------
# Innocent names (handwritten word lists; combined at random; every one checked against the lists)

GIVEN: dict[str, list[str]] = {
    "arabic": [
        "Mohammed",
        "Ahmed",
        "Ali",
        "Omar",
        "Youssef",
        "Khaled",
        "Hassan",
        "Hussein",
        "Ibrahim",
        "Mahmoud",
        "Mustafa",
        "Tariq",
        "Karim",
        "Samir",
        "Walid",
        "Nabil",
        "Fadi",
        "Rami",
        "Ziad",
        "Bilal",
        "Hamza",
        "Anas",
        "Yasmin",
        "Fatima",
        "Aisha",
        "Mariam",
        "Layla",
        "Noura",
        "Rania",
        "Huda",
        "Salma",
        "Amira",
        "Dina",
        "Reem",
        "Hala",
        "Mona",
        "Sara",
        "Nadia",
        "Lina",
    ],
    "persian": [
        "Mohammad",
        "Ali",
        "Reza",
        "Hossein",
        "Mehdi",
        "Amir",
        "Saeed",
        "Hamid",
        "Majid",
        "Behrouz",
        "Dariush",
        "Kourosh",
        "Farhad",
        "Babak",
        "Arash",
        "Kaveh",
        "Pouya",
        "Navid",
        "Parisa",
        "Shirin",
        "Maryam",
        "Zahra",
        "Fatemeh",
        "Nasrin",
        "Leila",
        "Azadeh",
        "Golnaz",
        "Mahsa",
        "Niloufar",
        "Roya",
        "Samira",
    ],
    "russian": [
        "Aleksandr",
        "Sergey",
        "Dmitry",
        "Andrey",
        "Aleksey",
        "Ivan",
        "Mikhail",
        "Nikolay",
        "Vladimir",
        "Pavel",
        "Yuriy",
        "Oleg",
        "Igor",
        "Artem",
        "Maksim",
        "Denis",
        "Anton",
        "Olga",
        "Elena",
        "Tatyana",
        "Natalya",
        "Irina",
        "Svetlana",
        "Anna",
        "Mariya",
        "Yekaterina",
        "Yuliya",
        "Anastasiya",
        "Oksana",
        "Viktoriya",
    ],
    "chinese": [
        "Wei",
        "Fang",
        "Lei",
        "Jing",
        "Min",
        "Yan",
        "Jun",
        "Hui",
        "Ling",
        "Ping",
        "Qiang",
        "Tao",
        "Hua",
        "Xiaoming",
        "Jianguo",
        "Haitao",
        "Yufei",
        "Xiuying",
        "Guiying",
        "Lihua",
        "Zhiwei",
        "Chenxi",
        "Yutong",
        "Zihan",
        "Haoran",
        "Mingyu",
    ],
    "korean": [
        "Min-jun",
        "Seo-yeon",
        "Ji-hoon",
        "Ha-eun",
        "Dong-hyun",
        "Ji-woo",
        "Sung-min",
        "Hye-jin",
        "Young-ho",
        "Eun-ji",
        "Jae-won",
        "Soo-bin",
        "Hyun-woo",
        "Mi-kyung",
        "Sang-hoon",
        "Yu-na",
        "Jin-ho",
        "Kyung-soo",
    ],
    "vietnamese": [
        "Minh",
        "Anh",
        "Hung",
        "Dung",
        "Lan",
        "Huong",
        "Thanh",
        "Tuan",
        "Linh",
        "Phuong",
        "Quang",
        "Hai",
        "Hoa",
        "Mai",
        "Nam",
        "Long",
        "Thao",
        "Duc",
        "Trang",
        "Khanh",
    ],
    "spanish": [
        "Jose",
        "Juan",
        "Luis",
        "Carlos",
        "Miguel",
        "Jorge",
        "Pedro",
        "Manuel",
        "Francisco",
        "Javier",
        "Alejandro",
        "Ricardo",
        "Fernando",
        "Rafael",
        "Maria",
        "Guadalupe",
        "Ana",
        "Carmen",
        "Lucia",
        "Rosa",
        "Patricia",
        "Gabriela",
        "Veronica",
        "Claudia",
        "Adriana",
        "Sofia",
        "Valentina",
    ],
    "turkish": [
        "Mehmet",
        "Mustafa",
        "Ahmet",
        "Ali",
        "Huseyin",
        "Hasan",
        "Ibrahim",
        "Murat",
        "Emre",
        "Burak",
        "Kemal",
        "Serkan",
        "Fatma",
        "Ayse",
        "Emine",
        "Hatice",
        "Zeynep",
        "Elif",
        "Merve",
        "Ozlem",
        "Gulsen",
        "Derya",
    ],
    "south_asian": [
        "Rahul",
        "Amit",
        "Sanjay",
        "Rajesh",
        "Suresh",
        "Vijay",
        "Arjun",
        "Imran",
        "Asif",
        "Farhan",
        "Bilal",
        "Usman",
        "Priya",
        "Pooja",
        "Anjali",
        "Neha",
        "Sunita",
        "Kavita",
        "Ayesha",
        "Sana",
        "Nusrat",
        "Farzana",
        "Abdul",
        "Rohan",
    ],
    "african": [
        "Chinedu",
        "Emeka",
        "Oluwaseun",
        "Tunde",
        "Kwame",
        "Kofi",
        "Ama",
        "Abena",
        "Amina",
        "Ngozi",
        "Chioma",
        "Fatou",
        "Moussa",
        "Ibrahima",
        "Mamadou",
        "Aminata",
        "Thabo",
        "Sipho",
        "Lerato",
        "Wanjiru",
        "Kamau",
        "Otieno",
        "Achieng",
        "Tendai",
        "Blessing",
    ],
    "european": [
        "James",
        "John",
        "Michael",
        "David",
        "Thomas",
        "Peter",
        "Paul",
        "Mark",
        "Daniel",
        "Andreas",
        "Stefan",
        "Klaus",
        "Jan",
        "Pierre",
        "Jean",
        "Luca",
        "Marco",
        "Giovanni",
        "Anne",
        "Marie",
        "Sophie",
        "Claire",
        "Julia",
        "Laura",
        "Elena",
        "Katarzyna",
        "Agnieszka",
        "Ingrid",
    ],
}

SURNAMES: dict[str, list[str]] = {
    "arabic": [
        "Haddad",
        "Khoury",
        "Mansour",
        "Nasser",
        "Saleh",
        "Hamdan",
        "Aziz",
        "Farouk",
        "Darwish",
        "Haddadin",
        "Qasim",
        "Sabbagh",
        "Karam",
        "Shami",
        "Masri",
        "Halabi",
        "Tamimi",
        "Najjar",
        "Khalil",
        "Ibrahim",
        "Yousef",
        "Hassan",
        "Abdallah",
        "Saad",
        "Amin",
        "Jaber",
        "Othman",
        "Rahman",
        "Sharif",
        "Zein",
    ],
    "persian": [
        "Ahmadi",
        "Hosseini",
        "Mohammadi",
        "Rezaei",
        "Karimi",
        "Moradi",
        "Jafari",
        "Rahimi",
        "Hashemi",
        "Sadeghi",
        "Ghorbani",
        "Kazemi",
        "Ebrahimi",
        "Rostami",
        "Shahbazi",
        "Asadi",
        "Mousavi",
        "Tehrani",
        "Shirazi",
        "Farahani",
        "Nazari",
        "Yazdani",
        "Bahrami",
        "Akbari",
        "Soltani",
    ],
    "russian": [
        "Ivanov",
        "Smirnov",
        "Kuznetsov",
        "Popov",
        "Vasilyev",
        "Petrov",
        "Sokolov",
        "Mikhaylov",
        "Novikov",
        "Fedorov",
        "Morozov",
        "Volkov",
        "Alekseyev",
        "Lebedev",
        "Semenov",
        "Yegorov",
        "Pavlov",
        "Kozlov",
        "Stepanov",
        "Nikolayev",
        "Orlov",
        "Andreyev",
        "Makarov",
        "Zakharov",
        "Ivanova",
        "Smirnova",
        "Kuznetsova",
        "Popova",
        "Petrova",
        "Sokolova",
    ],
    "chinese": [
        "Wang",
        "Li",
        "Zhang",
        "Liu",
        "Chen",
        "Yang",
        "Huang",
        "Zhao",
        "Wu",
        "Zhou",
        "Xu",
        "Sun",
        "Ma",
        "Zhu",
        "Hu",
        "Guo",
        "He",
        "Lin",
        "Gao",
        "Luo",
        "Zheng",
        "Liang",
        "Xie",
        "Song",
        "Tang",
        "Han",
        "Feng",
        "Deng",
        "Cao",
        "Peng",
    ],
    "korean": [
        "Kim",
        "Lee",
        "Park",
        "Choi",
        "Jung",
        "Kang",
        "Cho",
        "Yoon",
        "Jang",
        "Lim",
        "Han",
        "Oh",
        "Seo",
        "Shin",
        "Kwon",
        "Hwang",
        "Ahn",
        "Song",
        "Jeon",
        "Hong",
    ],
    "vietnamese": [
        "Nguyen",
        "Tran",
        "Le",
        "Pham",
        "Hoang",
        "Huynh",
        "Phan",
        "Vu",
        "Vo",
        "Dang",
        "Bui",
        "Do",
        "Ho",
        "Ngo",
        "Duong",
        "Ly",
    ],
    "spanish": [
        "Garcia",
        "Rodriguez",
        "Martinez",
        "Hernandez",
        "Lopez",
        "Gonzalez",
        "Perez",
        "Sanchez",
        "Ramirez",
        "Torres",
        "Flores",
        "Rivera",
        "Gomez",
        "Diaz",
        "Cruz",
        "Morales",
        "Reyes",
        "Gutierrez",
        "Ortiz",
        "Castillo",
        "Jimenez",
        "Ruiz",
        "Mendoza",
        "Vargas",
        "Romero",
        "Herrera",
        "Medina",
        "Aguilar",
    ],
    "turkish": [
        "Yilmaz",
        "Kaya",
        "Demir",
        "Sahin",
        "Celik",
        "Yildiz",
        "Yildirim",
        "Ozturk",
        "Aydin",
        "Ozdemir",
        "Arslan",
        "Dogan",
        "Kilic",
        "Aslan",
        "Cetin",
        "Kara",
        "Koc",
        "Kurt",
        "Ozkan",
        "Simsek",
    ],
    "south_asian": [
        "Sharma",
        "Patel",
        "Singh",
        "Kumar",
        "Gupta",
        "Reddy",
        "Iyer",
        "Nair",
        "Rao",
        "Mehta",
        "Joshi",
        "Khan",
        "Ahmed",
        "Hussain",
        "Chaudhry",
        "Qureshi",
        "Malik",
        "Siddiqui",
        "Rahman",
        "Hossain",
        "Chowdhury",
        "Das",
        "Bose",
        "Banerjee",
    ],
    "african": [
        "Okafor",
        "Okeke",
        "Adeyemi",
        "Balogun",
        "Mensah",
        "Asante",
        "Boateng",
        "Owusu",
        "Diallo",
        "Traore",
        "Diop",
        "Ndiaye",
        "Keita",
        "Kamara",
        "Mwangi",
        "Otieno",
        "Kariuki",
        "Dlamini",
        "Nkosi",
        "Moyo",
        "Banda",
        "Phiri",
        "Abubakar",
        "Bello",
    ],
    "european": [
        "Smith",
        "Jones",
        "Brown",
        "Taylor",
        "Wilson",
        "Miller",
        "Muller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Martin",
        "Bernard",
        "Dubois",
        "Rossi",
        "Russo",
        "Bianchi",
        "Ferrari",
        "Jansen",
        "Visser",
        "Nowak",
        "Kowalski",
        "Novak",
        "Svensson",
        "Hansen",
        "Nielsen",
        "Murphy",
        "OBrien",
    ],
}

COMPANY_WORDS = [
    "Global",
    "Golden",
    "Star",
    "Sun",
    "Blue",
    "Green",
    "Ocean",
    "Pacific",
    "Atlantic",
    "Eastern",
    "Western",
    "Northern",
    "Southern",
    "United",
    "National",
    "Royal",
    "Prime",
    "First",
    "Alpha",
    "Delta",
    "Omega",
    "Silver",
    "Crystal",
    "Summit",
    "Horizon",
    "Phoenix",
    "Falcon",
    "Eagle",
    "Lotus",
    "Jade",
    "Cedar",
    "Oasis",
    "Sahara",
    "Silk",
    "Road",
    "Bright",
    "Future",
    "Modern",
    "Smart",
    "Union",
]
COMPANY_PLACES = [
    "Dubai",
    "Istanbul",
    "Moscow",
    "Tehran",
    "Shanghai",
    "Shenzhen",
    "Seoul",
    "Hanoi",
    "Karachi",
    "Lagos",
    "Nairobi",
    "Cairo",
    "Amman",
    "Beirut",
    "Mumbai",
    "Madrid",
    "Bogota",
    "Lima",
    "Hamburg",
    "Rotterdam",
    "Minsk",
    "Almaty",
    "Tashkent",
    "Baku",
    "Tbilisi",
    "Yerevan",
    "Kuala",
    "Lumpur",
    "Singapore",
    "Bangkok",
    "Jakarta",
]
COMPANY_TRADES = [
    "Trading",
    "Logistics",
    "Shipping",
    "Electronics",
    "Textiles",
    "Foods",
    "Pharma",
    "Machinery",
    "Engineering",
    "Construction",
    "Consulting",
    "Software",
    "Technology",
    "Petroleum",
    "Chemicals",
    "Steel",
    "Auto",
    "Parts",
    "Furniture",
    "Travel",
    "Agriculture",
    "Fisheries",
    "Medical",
    "Supplies",
    "Packaging",
    "Plastics",
    "Solar",
    "Energy",
    "Marine",
    "Services",
    "Cargo",
    "Freight",
    "Imports",
    "Exports",
    "Bakery",
    "Dental",
    "Printing",
]
COMPANY_FORMS = [
    "LLC",
    "Ltd",
    "Co., Ltd.",
    "GmbH",
    "S.A.",
    "S.A. de C.V.",
    "OOO",
    "JSC",
    "Inc.",
    "Corp.",
    "Pvt Ltd",
    "Sdn Bhd",
    "FZE",
    "A.S.",
    "Ltda",
    "B.V.",
    "S.R.L.",
    "PLC",
    "Pte Ltd",
    "Limited",
    "Company",
    "Group",
    "",
]

PERSON_SHAPES = {
    "arabic": ["G G S", "G S", "G S S"],
    "persian": ["G S", "G G S"],
    "russian": ["G S", "G P S"],
    "chinese": ["S G", "G S"],
    "korean": ["S G", "G S"],
    "vietnamese": ["S G G", "S G"],
    "spanish": ["G S S", "G G S", "G S"],
    "turkish": ["G S", "G G S"],
    "south_asian": ["G S", "G G S"],
    "african": ["G S", "G G S"],
    "european": ["G S", "G G S"],
}

PATRONYMICS = [
    "Aleksandrovich",
    "Sergeyevich",
    "Ivanovich",
    "Nikolayevich",
    "Petrovich",
    "Vladimirovich",
    "Aleksandrovna",
    "Sergeyevna",
    "Ivanovna",
]


def make_person(rng: random.Random, tradition: str) -> str:
    parts: list[str] = []
    for slot in rng.choice(PERSON_SHAPES[tradition]).split():
        if slot == "G":
            parts.append(rng.choice(GIVEN[tradition]))
        elif slot == "P":
            parts.append(rng.choice(PATRONYMICS))
        else:
            parts.append(rng.choice(SURNAMES[tradition]))
    if tradition == "russian":
        female = parts[0].endswith("a")
        for i, part in enumerate(parts[1:], start=1):
            if part.endswith(("vich", "vna")):
                stem = part[: -len("vich")] if part.endswith("vich") else part[: -len("vna")]
                parts[i] = stem + ("vna" if female else "vich")
            elif female and part.endswith(("ov", "ev", "in")):
                parts[i] = part + "a"
            elif not female and part.endswith(("ova", "eva", "ina")):
                parts[i] = part[:-1]
    return " ".join(parts)


def make_company(rng: random.Random) -> str:
    shape = rng.random()
    if shape < 0.3:
        core = f"{rng.choice(COMPANY_WORDS)} {rng.choice(COMPANY_TRADES)}"
    elif shape < 0.55:
        core = f"{rng.choice(COMPANY_PLACES)} {rng.choice(COMPANY_TRADES)}"
    elif shape < 0.75:
        trad = rng.choice(sorted(SURNAMES))
        core = f"{rng.choice(SURNAMES[trad])} {rng.choice(COMPANY_TRADES)}"
    elif shape < 0.9:
        core = (
            f"{rng.choice(COMPANY_WORDS)} {rng.choice(COMPANY_WORDS)} {rng.choice(COMPANY_TRADES)}"
        )
    else:
        trad = rng.choice(sorted(SURNAMES))
        core = f"{rng.choice(SURNAMES[trad])} & {rng.choice(SURNAMES[trad])} {rng.choice(COMPANY_TRADES)}"
    form = rng.choice(COMPANY_FORMS)
    return f"{core} {form}".strip()


def read_package_authors() -> list[tuple[str, str]]:
    """(name, kind) pairs from package_authors.txt (written by --refresh-authors)."""
    out: list[tuple[str, str]] = []
    for line in AUTHORS_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, kind = line.partition("\t")
            out.append((name, kind or "person"))
    return out


ORG_HINT = re.compile(
    r"(?i)\b(team|foundation|inc|authority|services|developers|contributors|project|labs?|group|company|software|pallets|anthropic|org)\b"
)


def extract_package_authors() -> list[tuple[str, str]]:
    """Names from dist-info METADATA Author/Maintainer headers and AUTHORS files."""
    found: dict[str, str] = {}

    def add(raw: str) -> None:
        name = re.sub(r"<[^>]*>|\(.*|\*\*[RD]\*\*", " ", raw)
        name = " ".join(name.replace('"', " ").split()).strip(" ,-*")
        if (
            not name
            or "@" in name
            or "http" in name
            or len(name) > 40
            or not re.search(r"[A-Za-z]", name)
        ):
            return
        if len(name.split()) < 2 and not ORG_HINT.search(name):
            return
        if re.search(r"[0-9_!:]|thanks", name):
            return
        found.setdefault(name, "organization" if ORG_HINT.search(name) else "person")

    for meta in sorted(SITE.glob("*.dist-info/METADATA")):
        with meta.open(encoding="utf-8", errors="replace") as handle:
            for line in handle:
                if not line.strip():
                    break
                head, _, value = line.partition(":")
                if head in ("Author", "Maintainer"):
                    for part in re.split(r",| and ", value):
                        add(part)
                elif head in ("Author-email", "Maintainer-email"):
                    for chunk in value.split(">,"):
                        for part in chunk.split("<")[0].split(" and "):
                            add(part)
    patterns = [
        "*.dist-info/AUTHORS*",
        "*.dist-info/licenses/AUTHORS*",
        "*.dist-info/CONTRIBUTORS*",
        "*.dist-info/licenses/CONTRIBUTORS*",
    ]
    files = sorted({p for pat in patterns for p in SITE.glob(pat)})
    for path in files:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            line = line.strip()
            if line.startswith(("* ", "- ")):
                add(re.split(r" --? ", line[2:])[0].split(",")[0])
            elif path.name == "AUTHORS.txt" and " " in line and not line.startswith(("#", "@")):
                add(line)
    return sorted(found.items())


def innocent_keys(lists: Lists) -> tuple[set[str], set[str], set[str]]:
    """Folded names, order-free token keys, and order-free keys without legal forms."""
    folded = {fold(n) for n in lists.all_names}
    tokens = {token_key(n) for n in lists.all_names}
    cores = {core_key(n) for n in lists.all_names}
    cores.discard("")
    return folded, tokens, cores


LEGAL_WORDS = (
    {"".join(f) for f in LEGAL_FORMS}
    | {w for f in LEGAL_FORMS for w in f}
    | {"GROUP", "THE", "AND"}
)


def core_key(name: str) -> str:
    return " ".join(sorted(w for w in fold(name).upper().split() if w not in LEGAL_WORDS))


def skeleton(word: str) -> str:
    """A loose spelling key for one word: first letter, then its consonants without H, W, Y, doubled
    letters once (ANDREY = ANDREI, SERGEYEVICH = SERGEEVICH, HUSSEIN = HUSEIN)."""
    word = word.upper()
    if not word.isascii():
        return word
    rest = re.sub(r"[AEIOUHWY]", "", word[1:])
    return re.sub(r"(.)\1+", r"\1", word[:1] + rest)


def skeleton_set(name: str) -> frozenset[str]:
    return frozenset(skeleton(w) for w in core_key(name).split())


class NearIndex:
    """Listed names as sets of loose word keys.  A candidate innocent name is 'near' a listed name
    when the two sets are equal, or differ only by one word that one of them has in addition (a
    middle name, patronymic or extra word) while sharing at least two words."""

    def __init__(self, names: Sequence[str]) -> None:
        self.exact: set[frozenset[str]] = set()
        self.minus_one: set[frozenset[str]] = set()
        for name in names:
            keys = skeleton_set(name)
            if not keys:
                continue
            self.exact.add(keys)
            if len(keys) >= 3:
                for key in keys:
                    self.minus_one.add(keys - {key})

    def near(self, name: str) -> bool:
        keys = skeleton_set(name)
        if keys in self.exact or (len(keys) >= 2 and keys in self.minus_one):
            return True
        return len(keys) >= 3 and any(keys - {k} in self.exact for k in keys)


def build_innocent(lists: Lists, rng: random.Random) -> list[tuple[str, str, str]]:
    folded, tokens, cores = innocent_keys(lists)
    index = NearIndex(lists.all_names)
    out: list[tuple[str, str, str]] = []
    seen: set[str] = set()

    def accept(name: str) -> bool:
        key = fold(name)
        if key in seen or key in folded or token_key(name) in tokens or core_key(name) in cores:
            return False
        if index.near(name):
            return False
        seen.add(key)
        return True

    authors = read_package_authors()
    rng.shuffle(authors)
    for name, kind in authors[:700]:
        if accept(name):
            out.append((name, kind, "package_author"))
    traditions_order = sorted(GIVEN)
    people_target = 1300
    made = 0
    while made < people_target:
        tradition = traditions_order[made % len(traditions_order)]
        name = make_person(rng, tradition)
        if accept(name):
            out.append((name, "person", f"handwritten_{tradition}"))
            made += 1
    while len(out) < TARGET_INNOCENT:
        name = make_company(rng)
        if accept(name):
            out.append((name, "organization", "handwritten_company"))
    return out


# --------------------------------------------------------------------------------------------
# Output


def gzip_bytes(text: str) -> bytes:
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0, compresslevel=9) as gz:
        gz.write(text.encode("utf-8"))
    return buffer.getvalue()


def csv_text(marker: str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    buffer = io.StringIO()
    buffer.write(marker + "\n")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def check_not_listed(queries: Sequence[str], listed: set[str], what: str) -> None:
    """Stop (also under python -O) when any name folds to a listed name or alias."""
    bad = [q for q in queries if fold(q) in listed]
    if bad:
        raise SystemExit(f"{what} equal to listed names after folding: {bad[:5]}")


def iter_counts(items: Sequence[str]) -> Iterator[tuple[str, int]]:
    counts: dict[str, int] = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    yield from sorted(counts.items())


def main(argv: Sequence[str]) -> int:
    if "--refresh-authors" in argv:
        lines = ["# name<TAB>kind, from .venv dist-info METADATA headers and AUTHORS files"]
        lines += [f"{n}\t{k}" for n, k in extract_package_authors()]
        AUTHORS_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {AUTHORS_FILE} ({len(lines) - 1} names)")
        return 0
    lists = load_lists()
    listed = {fold(n) for n in lists.all_names}
    listed.discard("")
    variants = build_variants(lists, random.Random(SEED), listed)
    innocent = build_innocent(lists, random.Random(SEED + 1))
    check_not_listed([v.query for v in variants], listed, "variant queries")
    check_not_listed([n for n, _, _ in innocent], listed, "innocent names")
    _, token_keys, _ = innocent_keys(lists)
    reordered = [n for n, _, _ in innocent if token_key(n) in token_keys]
    if reordered:
        raise SystemExit(f"innocent names that are listed names reordered: {reordered[:5]}")
    variant_rows = [
        (
            v.query,
            v.category,
            v.entry.kind,
            v.entry.list_key,
            v.entry.list_id,
            v.entry.list_name,
            "all",
        )
        for v in variants
    ]
    header_v = ("query", "category", "kind", "list", "list_id", "list_name", "half")
    header_i = ("name", "kind", "source")
    outputs = {
        OUT / "independent3_variants.csv.gz": csv_text(MARKER_VARIANTS, header_v, variant_rows),
        OUT / "independent3_innocent.csv.gz": csv_text(MARKER_INNOCENT, header_i, innocent),
    }
    for path, text in outputs.items():
        data = gzip_bytes(text)
        path.write_bytes(data)
        print(f"{path.relative_to(ROOT)} sha256 {hashlib.sha256(data).hexdigest()}")
    entries = {(v.entry.list_key, v.entry.list_id) for v in variants}
    print(f"variants {len(variants)} of {len(entries)} distinct entries; innocent {len(innocent)}")
    for name, count in iter_counts([v.category for v in variants]):
        print(f"  {name}: {count}")
    for name, count in iter_counts([v.entry.list_key for v in variants]):
        print(f"  list {name}: {count}")
    for name, count in iter_counts([v.entry.kind for v in variants]):
        print(f"  kind {name}: {count}")
    for name, count in iter_counts([s for _, _, s in innocent]):
        print(f"  innocent {name}: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
