"""Independent screening check set: list-name variants and real innocent names.

Written by helper ``screenind`` (2026-12-06) from the behaviour spec (issue 17) alone, without
reading the screener's code, its tests or the project's other bench data.  Standard library
only; a fixed seed makes reruns byte-identical (the gzip header carries no name and mtime 0).

    python bench/screening/independent/generate.py

writes ``bench/screening/data/independent_variants.csv.gz`` and
``bench/screening/data/independent_innocent.csv.gz``.  See README.md beside this file.
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
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

SEED = 20261206
ROOT = Path(__file__).resolve().parents[3]
LISTS = ROOT / "src" / "exportgate" / "screening" / "data" / "lists"
OUT = ROOT / "bench" / "screening" / "data"
HARVEST = Path(__file__).resolve().parent / "innocent_harvest.txt"
HEADER_VARIANTS = (
    "# INDEPENDENT CHECK SET (never tune on it): variants of real SDN/UN/CONS/CSL entries written "
    "the way customers type their own names; helper screenind 2026-12-06; "
    "bench/screening/independent/README.md"
)
HEADER_INNOCENT = (
    "# INDEPENDENT CHECK SET (never tune on it): real innocent names (package authors, "
    "hand-written ordinary companies and common persons' names); helper screenind 2026-12-06; "
    "bench/screening/independent/README.md"
)

# ---------------------------------------------------------------------------------------------
# List entries
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    list: str
    list_id: str
    name: str  # primary name exactly as in the file
    kind: str  # person | organization
    aliases: tuple[str, ...]
    programs: str
    original: tuple[str, ...] = ()  # names in original script, where the list has them


def fold(text: str) -> str:
    """Case- and punctuation-folded form used only to compare names for equality."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^\w]+", " ", text.casefold())
    return " ".join(text.split())


def _read_gz_csv(path: Path) -> list[list[str]]:
    with gzip.open(path, "rt", encoding="utf-8", errors="replace", newline="") as fh:
        return [row for row in csv.reader(fh) if row]


def _clean(value: str) -> str:
    value = value.strip()
    return "" if value == "-0-" else value


def load_ofac(folder: str, prim: str, alt: str, list_key: str) -> list[Entry]:
    aliases: dict[str, list[str]] = {}
    for row in _read_gz_csv(LISTS / folder / alt):
        if len(row) >= 4 and _clean(row[3]):
            aliases.setdefault(row[0].strip(), []).append(_clean(row[3]))
    entries = []
    for row in _read_gz_csv(LISTS / folder / prim):
        if len(row) < 4:
            continue
        ent, name, typ, program = (row[0].strip(), row[1].strip(), _clean(row[2]), _clean(row[3]))
        if typ in ("vessel", "aircraft") or not name or "?" in name:
            continue  # '?' marks characters lost in the list's own encoding
        kind = "person" if typ == "individual" else "organization"
        remarks = _clean(row[11]) if len(row) > 11 else ""
        akas = list(aliases.get(ent, []))
        akas += re.findall(r"a\.k\.a\. '([^']+)'", remarks)
        entries.append(Entry(list_key, ent, name, kind, tuple(akas), program))
    return entries


def load_un() -> list[Entry]:
    with gzip.open(LISTS / "un_sc" / "UN_consolidated_2026-02-27.xml.gz", "rb") as fh:
        root = ET.parse(fh).getroot()
    entries = []
    for tag, kind in (("INDIVIDUAL", "person"), ("ENTITY", "organization")):
        for node in root.iter(tag):

            def text(child: str, n: ET.Element = node) -> str:
                found = n.find(child)
                return (found.text or "").strip() if found is not None else ""

            parts = [text(p) for p in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")]
            name = " ".join(p for p in parts if p)
            ref = text("REFERENCE_NUMBER")
            if not name or not ref:
                continue
            akas = tuple(
                (a.text or "").strip() for a in node.iter("ALIAS_NAME") if a.text and a.text.strip()
            )
            orig = tuple(
                (a.text or "").strip()
                for a in node.iter("NAME_ORIGINAL_SCRIPT")
                if a.text and a.text.strip()
            )
            entries.append(Entry("un_sc", ref, name, kind, akas, ref[:2], orig))
    return entries


def load_csl() -> list[Entry]:
    """Entity List / MEU / UVL rows of the CSL (its SDN rows would duplicate the SDN file)."""
    entries = []
    with gzip.open(LISTS / "us_csl" / "consolidated_2022-05.csv.gz", "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            source = row["source"]
            if not source.startswith(("Entity List", "Military End User", "Unverified List")):
                continue
            name = row["name"].strip()
            if not name or "?" in name or ":" in name or len(name) > 90:
                continue  # 'X. Affiliated entity: Y' rows are notes, not names a customer types
            if not LEGAL_RE.search(" " + name.upper() + " "):
                continue  # kind unknown without a legal form; take organisations only
            akas = tuple(a.strip() for a in row["alt_names"].split(";") if a.strip())
            entries.append(Entry("us_csl", row["_id"], name, "organization", akas, "CSL"))
    return entries


# ---------------------------------------------------------------------------------------------
# Legal forms
# ---------------------------------------------------------------------------------------------

# folded legal-form spellings (dots/commas removed), longest first when matching
LEGAL_FORMS = [
    "LIMITED LIABILITY COMPANY",
    "LIMITED LIABILITY PARTNERSHIP",
    "PUBLIC JOINT STOCK COMPANY",
    "CLOSED JOINT STOCK COMPANY",
    "OPEN JOINT STOCK COMPANY",
    "JOINT STOCK COMPANY",
    "PRIVATE JOINT STOCK COMPANY",
    "PUBLIC LIMITED COMPANY",
    "PRIVATE LIMITED COMPANY",
    "COMPANY LIMITED",
    "CO LTD",
    "CO LIMITED",
    "PTE LTD",
    "PVT LTD",
    "SDN BHD",
    "S A DE C V",
    "SA DE CV",
    "S DE RL DE CV",
    "LIMITED",
    "LTD",
    "LLC",
    "L L C",
    "LLP",
    "INCORPORATED",
    "INC",
    "CORPORATION",
    "CORP",
    "COMPANY",
    "CO",
    "JSC",
    "OJSC",
    "CJSC",
    "PJSC",
    "OAO",
    "ZAO",
    "PAO",
    "OOO",
    "TOO",
    "AO",
    "GMBH",
    "GMBH CO KG",
    "KG",
    "AG",
    "SA",
    "S A",
    "SAL",
    "S A L",
    "SARL",
    "S A R L",
    "SRL",
    "S R L",
    "SPA",
    "S P A",
    "BV",
    "B V",
    "NV",
    "FZE",
    "FZCO",
    "FZ LLC",
    "PLC",
    "KFT",
    "DOO",
    "D O O",
    "AD",
    "A D",
    "KK",
    "K K",
    "SAC",
    "S A C",
    "SAS",
    "S A S",
    "LTDA",
    "EST",
    "ESTABLISHMENT",
]
LEGAL_RE = re.compile(
    r"[\s,(]("
    + "|".join(
        r"\.?\s*".join(re.escape(w) for w in f.replace(" ", "")) if len(f) <= 6 else re.escape(f)
        for f in sorted(LEGAL_FORMS, key=len, reverse=True)
    )
    + r")\.?(?=[\s,)]|$)"
)
LEGAL_FOLDED = {f.replace(" ", "") for f in LEGAL_FORMS}
LEGAL_WORDS = {w for f in LEGAL_FORMS for w in f.split()}


def tokens(name: str) -> list[str]:
    return name.split()


def tfold(tok: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", tok.upper())


SHORT_AMBIGUOUS = {"CO", "SA", "AD", "AO", "AG", "EST", "TOO", "KK"}


def legal_spans(toks: list[str]) -> list[tuple[int, int]]:
    """Spans [i, j) of tokens that together spell one legal form (dots/commas ignored)."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        found = 0
        for j in range(min(len(toks), i + 6), i, -1):
            joined = "".join(tfold(t) for t in toks[i:j])
            if not tfold(toks[j - 1]) or not tfold(toks[i]):
                continue  # a span neither starts nor ends on '&' or ','
            if joined and joined in LEGAL_FOLDED and (j - i > 1 or len(joined) > 1):
                # a lone CO / SA / AD / AO inside a name is a word, not a legal form,
                # unless another legal-form word follows it (CO. LTD.)
                inside = i > 0 and j < len(toks)
                if joined in SHORT_AMBIGUOUS and inside and tfold(toks[j]) not in LEGAL_FOLDED:
                    continue
                if i == 0 and joined in SHORT_AMBIGUOUS and joined not in FRONT_OK:
                    continue  # 'CO OPERATIVE BANK', 'SA ...': a word at the front, not a form
                found = j
                break
        if found and i > 0 or (found and found < len(toks)):
            spans.append((i, found))
            i = found
        else:
            i += 1
    # merge adjacent spans (CO., LTD.)
    merged: list[tuple[int, int]] = []
    for s in spans:
        if merged and merged[-1][1] == s[0]:
            merged[-1] = (merged[-1][0], s[1])
        else:
            merged.append(s)
    return [s for s in merged if s[1] - s[0] < len(toks)]


# ---------------------------------------------------------------------------------------------
# Customer-side writing
# ---------------------------------------------------------------------------------------------

QWERTY = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
NEIGHBOURS: dict[str, str] = {}
for r, row in enumerate(QWERTY):
    for c, ch in enumerate(row):
        # rows are staggered: the row above touches columns c and c+1, the row below c-1 and c
        near = [(r, c - 1), (r, c + 1), (r - 1, c), (r - 1, c + 1), (r + 1, c - 1), (r + 1, c)]
        NEIGHBOURS[ch] = "".join(
            QWERTY[rr][cc] for rr, cc in near if 0 <= rr < 3 and 0 <= cc < len(QWERTY[rr])
        )


def match_case(src: str, repl: str) -> str:
    if src.isupper():
        return repl.upper()
    if src.islower():
        return repl.lower()
    return repl


def smart_title(name: str) -> str:
    out = []
    for tok in name.split(" "):
        parts = re.split(r"([-'’])", tok)
        out.append("".join(p[:1].upper() + p[1:].lower() if p.isalpha() else p for p in parts))
    return " ".join(out)


def customer_case(name: str, rng: random.Random) -> str:
    """How people type their own names: mostly Title Case, sometimes ALL CAPS or lower case."""
    x = rng.random()
    if x < 0.55:
        return smart_title(name)
    if x < 0.85:
        return name.upper()
    return name.lower()


def person_natural(e: Entry) -> str:
    """'SURNAME, Given Names' (OFAC layout) written as a person writes it: 'Given Names Surname'."""
    if e.kind == "person" and "," in e.name:
        last, _, first = e.name.partition(",")
        first = first.strip()
        return f"{first} {last.strip()}".strip() if first else last.strip()
    return e.name


def base_form(e: Entry) -> str:
    return person_natural(e)


# single-token typing slips ------------------------------------------------------------------


def slip_neighbour(w: str, rng: random.Random) -> str | None:
    idx = [i for i, c in enumerate(w) if c.lower() in NEIGHBOURS and i > 0]
    if not idx:
        return None
    i = rng.choice(idx)
    n = rng.choice(NEIGHBOURS[w[i].lower()])
    return w[:i] + match_case(w[i], n) + w[i + 1 :]


def slip_transpose(w: str, rng: random.Random) -> str | None:
    idx = [
        i
        for i in range(1, len(w) - 1)
        if w[i] != w[i + 1] and w[i].isalpha() and w[i + 1].isalpha()
    ]
    if not idx:
        return None
    i = rng.choice(idx)
    return w[:i] + w[i + 1] + w[i] + w[i + 2 :]


def slip_drop(w: str, rng: random.Random) -> str | None:
    idx = [i for i in range(1, len(w)) if w[i].isalpha()]
    if len(w) < 5 or not idx:
        return None
    i = rng.choice(idx)
    return w[:i] + w[i + 1 :]


def slip_double(w: str, rng: random.Random) -> str | None:
    idx = [i for i in range(1, len(w)) if w[i].isalpha()]
    if not idx:
        return None
    i = rng.choice(idx)
    return w[:i] + w[i] + w[i:]


def slip_vowel(w: str, rng: random.Random) -> str | None:
    vowels = "AEIOU"
    idx = [i for i in range(1, len(w)) if w[i].upper() in vowels]
    if not idx:
        return None
    i = rng.choice(idx)
    v = rng.choice([x for x in vowels if x != w[i].upper()])
    return w[:i] + match_case(w[i], v) + w[i + 1 :]


SLIPS = [slip_neighbour, slip_transpose, slip_drop, slip_double, slip_vowel]


def pick_word(toks: list[str], rng: random.Random, min_len: int = 4) -> int | None:
    idx = [i for i, t in enumerate(toks) if sum(c.isalpha() for c in t) >= min_len]
    return rng.choice(idx) if idx else None


# ---------------------------------------------------------------------------------------------
# Generators: each takes (entry, rng) and returns a query or None when it does not apply
# ---------------------------------------------------------------------------------------------

Gen = Callable[[Entry, random.Random], "str | None"]


def g_typo(e: Entry, rng: random.Random) -> str | None:
    toks = tokens(customer_case(base_form(e), rng))
    edits = 2 if len(" ".join(toks)) >= 28 and rng.random() < 0.4 else 1
    done = 0
    for _ in range(edits):
        i = pick_word(toks, rng)
        if i is None:
            return None
        new = rng.choice(SLIPS)(toks[i], rng)
        if new:
            toks[i] = new
            done += 1
    return " ".join(toks) if done else None


def g_spacing(e: Entry, rng: random.Random) -> str | None:
    name = customer_case(base_form(e), rng)
    choice = rng.randrange(6)
    if choice == 0:  # double space somewhere
        toks = tokens(name)
        if len(toks) < 2:
            return None
        i = rng.randrange(1, len(toks))
        return " ".join(toks[:i]) + "  " + " ".join(toks[i:])
    if choice == 1:  # hyphen written as space or dropped
        if "-" not in name:
            return None
        return name.replace("-", rng.choice([" ", "", " - "]))
    if choice == 2:  # stray dot / comma after a word
        toks = tokens(name)
        i = rng.randrange(len(toks))
        toks[i] = toks[i] + rng.choice([".", ",", " ."])
        return " ".join(toks)
    if choice == 3:  # leading/trailing whitespace and punctuation
        return rng.choice([" ", "", "  "]) + name + rng.choice([" .", ".", ",", "  "])
    if choice == 4:  # an initial written with a dot
        toks = tokens(name)
        if e.kind != "person" or len(toks) < 3:
            return None
        i = rng.randrange(1, len(toks) - 1)
        toks[i] = toks[i][0] + "."
        return " ".join(toks)
    # punctuation stripped the way forms strip it
    stripped = re.sub(r"[.,'()]", "", name)
    return stripped if stripped != name else None


def _legal(e: Entry) -> tuple[list[str], list[tuple[int, int]]] | None:
    if e.kind != "organization":
        return None
    toks = tokens(e.name)
    spans = legal_spans(toks)
    return (toks, spans) if spans else None


MISSPELL_WORDS = {
    "LIMITED": ["LMITED", "LIMTED", "LIMITDE", "LOMITED", "LIMITTED", "LIMETED", "LIMIED"],
    "COMPANY": ["COMPNAY", "CMPANY", "COMPUNY", "COMAPNY", "COMPANI", "COMPAY", "COMPANYY"],
    "CORPORATION": ["CORPORTAION", "CORPRATION", "COPORATION", "CORPOARTION", "CORPORATON"],
    "LIABILITY": ["LIABILTY", "LIABLITY", "LAIBILITY", "LIABILIY", "LIABIITY"],
    "JOINT": ["JIONT", "JOIN", "JONT", "JOINTT"],
    "STOCK": ["STOK", "STCOK", "STOCKK", "SOTCK"],
    "INCORPORATED": ["INCORPORTED", "INCOPORATED", "INCORPERATED"],
    "ESTABLISHMENT": ["ESTABLISMENT", "ESTABILSHMENT", "ESTABLISHMNT"],
    "PUBLIC": ["PUBLIK", "PUBILC", "PUBLC"],
    "CLOSED": ["CLOSSED", "CLSOED", "CLOSD"],
    "LTD": ["LDT", "LTDD", "LTF", "LD"],
    "LLC": ["LCC", "LLLC", "LL", "LLV"],
    "GMBH": ["GMHB", "GBMH", "GMBG", "GMB"],
    "CORP": ["CROP", "COPR", "CORPP"],
    "INC": ["INCC", "ICN", "IMC"],
    "JSC": ["JCS", "JSCC", "SJC"],
    "SARL": ["SALR", "SRL"],
    "PJSC": ["PJCS", "PJS"],
}


def g_legal_misspelt(e: Entry, rng: random.Random) -> str | None:
    got = _legal(e)
    if not got:
        return None
    toks, spans = got
    cands = [i for s, t in spans for i in range(s, t) if tfold(toks[i]) in MISSPELL_WORDS]
    if not cands:
        return None
    i = rng.choice(cands)
    word = tfold(toks[i])
    if rng.random() < 0.7:
        new = rng.choice(MISSPELL_WORDS[word])
    else:
        new = rng.choice(SLIPS)(word, rng) or rng.choice(MISSPELL_WORDS[word])
    trail = re.sub(r"^[A-Za-z0-9]+", "", toks[i].lstrip("("))
    lead = "(" if toks[i].startswith("(") else ""
    toks[i] = lead + new + trail
    return customer_case(" ".join(toks), rng)


def _letters_form(letters: str, rng: random.Random) -> str:
    style = rng.randrange(6)
    if style == 0:
        return " ".join(letters)
    if style == 1:
        return ".".join(letters) + "."
    if style == 2:
        return ". ".join(letters) + "."
    if style == 3:  # a doubled dot somewhere
        i = rng.randrange(1, len(letters))
        return ".".join(letters[:i]) + ".." + ".".join(letters[i:]) + "."
    if style == 4:
        return " ".join(letters[:-1]) + " " + letters[-1] + "."
    return "".join(letters) + "."


SPACEABLE = {
    "LLC",
    "LLP",
    "JSC",
    "OJSC",
    "CJSC",
    "PJSC",
    "OAO",
    "ZAO",
    "PAO",
    "OOO",
    "TOO",
    "AO",
    "SA",
    "SAL",
    "SARL",
    "SRL",
    "SPA",
    "BV",
    "NV",
    "FZE",
    "PLC",
    "DOO",
    "AD",
    "KK",
    "SAC",
    "SAS",
    "SADECV",
    "SDERLDECV",
    "GMBH",
    "COLTD",
}


def g_legal_spaced(e: Entry, rng: random.Random) -> str | None:
    got = _legal(e)
    if not got:
        return None
    toks, spans = got
    s, t = rng.choice(spans)
    form = "".join(tfold(x) for x in toks[s:t])
    if form not in SPACEABLE:
        return None
    if form == "SADECV":
        new = rng.choice(
            ["S A  De C V", "S.A. de C.V", "SA de CV", "S.A.DE C.V.", "S. A. DE C. V."]
        )
    elif form == "SDERLDECV":
        new = rng.choice(["S de R L de C V", "S. de R.L. de C.V", "S DE RL DE CV"])
    elif form == "COLTD":
        new = rng.choice(["Co.,Ltd", "Co. Ltd", "CO.,LTD.", "Co Ltd.", "co.,ltd", "CO.LTD"])
    elif form == "GMBH":
        new = rng.choice(["G.m.b.H.", "G m b H", "Gmbh.", "GmbH."])
    elif "." in "".join(toks[s:t]) and rng.random() < 0.4:
        new = form  # dots removed and letters joined
    else:
        new = _letters_form(form, rng)
    body = customer_case(" ".join(toks[:s] + ["\x00"] + toks[t:]), rng)
    return body.replace("\x00", new)


FRONT_OK = {
    "LLC",
    "OOO",
    "TOO",
    "JSC",
    "OJSC",
    "CJSC",
    "PJSC",
    "OAO",
    "ZAO",
    "PAO",
    "AO",
    "PT",
    "CV",
    "MCHJ",
}


def g_legal_moved(e: Entry, rng: random.Random) -> str | None:
    got = _legal(e)
    if not got:
        return None
    toks, spans = got
    s, t = rng.choice(spans)
    form = toks[s:t]
    rest = toks[:s] + toks[t:]
    if not rest:
        return None
    form = [re.sub(r"^[,(]+|[,)]+$", "", x) for x in form]
    rest[-1] = rest[-1].rstrip(",")
    folded = "".join(tfold(x) for x in form)
    if s == 0:
        new = rest + form  # 'OOO X' written 'X OOO'
    elif folded in FRONT_OK:
        new = form + rest  # 'X LLC' written 'LLC X'
    elif folded in ("COLTD", "COMPANYLIMITED", "COLIMITED") and rng.random() < 0.5:
        new = rest + ["Ltd", "Co"]  # 'X Co., Ltd.' written 'X Ltd Co'
    else:
        return None
    return customer_case(" ".join(new), rng)


def g_legal_dropped(e: Entry, rng: random.Random) -> str | None:
    got = _legal(e)
    if not got:
        return None
    toks, spans = got
    drop: set[int] = set()
    for s, t in spans if rng.random() < 0.5 else [rng.choice(spans)]:
        drop.update(range(s, t))
    rest = [x for i, x in enumerate(toks) if i not in drop]
    rest = [x for x in rest if x not in ("(", ")", ",")]
    if not rest or len(" ".join(rest)) < 6 or len(rest) < 2 and len(rest[0]) < 7:
        return None
    return customer_case(" ".join(rest).rstrip(",").strip(), rng)


SWAPS = {
    "LLC": ["OOO", "TOO", "SRL", "GmbH", "SARL", "MChJ", "Limited Liability Company", "EOOD"],
    "LIMITEDLIABILITYCOMPANY": ["OOO", "LLC", "TOO", "SRL", "GmbH", "SARL", "Sp. z o.o."],
    "OOO": ["LLC", "Limited Liability Company", "TOO", "GmbH"],
    "TOO": ["LLC", "OOO", "Limited Liability Partnership"],
    "JSC": ["AO", "AD", "AS", "Aktsionernoe Obshchestvo", "Joint-Stock Co"],
    "JOINTSTOCKCOMPANY": ["AO", "JSC", "AD", "AS", "AG", "Aktsionernoe Obshchestvo"],
    "AO": ["JSC", "Joint Stock Company", "AG"],
    "OJSC": ["OAO", "Open JSC"],
    "OPENJOINTSTOCKCOMPANY": ["OAO", "OJSC"],
    "OAO": ["OJSC", "Open Joint Stock Company"],
    "CJSC": ["ZAO", "Closed JSC"],
    "CLOSEDJOINTSTOCKCOMPANY": ["ZAO", "CJSC"],
    "ZAO": ["CJSC", "Closed Joint Stock Company"],
    "PJSC": ["PAO", "Public JSC"],
    "PUBLICJOINTSTOCKCOMPANY": ["PAO", "PJSC"],
    "PAO": ["PJSC", "Public Joint Stock Company"],
    "COLTD": ["Youxian Gongsi", "Limited", "Company Limited", "Pte Ltd", "Sdn Bhd", "KK"],
    "COMPANYLIMITED": ["Co Ltd", "Youxian Gongsi", "Ltd", "Pte Ltd"],
    "LIMITED": ["Ltd", "Co Ltd", "GmbH", "Pty Ltd"],
    "LTD": ["Limited", "GmbH", "SARL", "Ltda"],
    "SA": ["AG", "SpA", "NV", "AS"],
    "SAL": ["SA", "SARL", "Holding SAL"],
    "SARL": ["LLC", "SRL", "GmbH"],
    "SRL": ["SARL", "LLC", "GmbH"],
    "GMBH": ["LLC", "Ltd", "SARL"],
    "AG": ["SA", "JSC", "NV"],
    "INC": ["Corp", "Corporation", "Incorporated", "Ltd"],
    "CORPORATION": ["Inc", "Corp", "Company"],
    "CORP": ["Inc", "Corporation"],
    "COMPANY": ["Co", "Corp"],
    "CO": ["Company", "Corp"],
    "FZE": ["FZCO", "FZ-LLC", "LLC"],
    "FZCO": ["FZE", "FZ LLC"],
    "PLC": ["Public Limited Company", "SA", "AG"],
    "SPA": ["SA", "AG"],
    "BV": ["NV", "Ltd", "GmbH"],
    "DOO": ["LLC", "d.o.o", "GmbH"],
    "AD": ["JSC", "AO", "AG"],
    "ESTABLISHMENT": ["Est", "Establishment Co"],
    "EST": ["Establishment"],
    "PTELTD": ["Ltd", "Private Limited", "Sdn Bhd"],
    "SADECV": ["SA", "SRL", "S de RL"],
}


def g_legal_swapped(e: Entry, rng: random.Random) -> str | None:
    got = _legal(e)
    if not got:
        return None
    toks, spans = got
    s, t = rng.choice(spans)
    form = "".join(tfold(x) for x in toks[s:t])
    if form not in SWAPS:
        return None
    new = rng.choice(SWAPS[form])
    lead = "(" if toks[s].startswith("(") else ""
    trail = ")" if toks[t - 1].endswith(")") else ""
    if (
        s == 0
        and len(toks) > t
        and tfold(new) not in FRONT_OK
        and not new.startswith(("Open", "Closed", "Public", "Joint", "Aktsionernoe", "Limited"))
    ):
        parts = toks[t:] + [lead + "\x00" + trail]  # a form that follows the name goes last
    else:
        parts = toks[:s] + [lead + "\x00" + trail] + toks[t:]
    return customer_case(" ".join(parts), rng).replace("\x00", new)


# Romanised-name slips and transliteration -----------------------------------------------------

# Korean slips are regular expressions: NS = at a syllable start (not after a letter),
# NE = at a syllable end (no letter follows)
NS = "(?<![A-Z])"
NE = "(?![A-Z])"
KOREAN_SLIPS = [
    ("EO", "O"),
    ("(?<=[^Y])O(?=NG|N|L|M|K|P)", "EO"),
    ("YEO", "YO"),
    ("YO(?=NG|N|L|M|K|P)", "YEO"),
    ("U" + NE, "OO"),
    (NS + "UN" + NE, "EUN"),
    (NS + "UN" + NE, "WOON"),
    ("OO", "U"),
    ("GW", "KW"),
    ("KW", "GW"),
    (NS + "J", "CH"),
    (NS + "CH", "J"),
    (NS + "K", "G"),
    (NS + "G", "K"),
    (NS + "P", "B"),
    (NS + "B", "P"),
    (NS + "T", "D"),
    (NS + "D", "T"),
    ("(?<=[A-Z])I" + NE, "EE"),
    ("AE", "E"),
    ("(?<=[B-DF-HJ-NP-TV-Z])E" + NE, "AE"),
    ("HO" + NE, "HOE"),
    ("IL" + NE, "ILL"),
    ("YONG", "YEONG"),
    ("WON", "WEON"),
    ("SONG", "SEONG"),
    ("CHOL", "CHEOL"),
    (NS + "RI" + NE, "LI"),
    (NS + "RI" + NE, "LEE"),
    (NS + "RI" + NE, "YI"),
    (NS + "PAK" + NE, "PARK"),
    ("(?<=[A-Z])O" + NE, "OH"),
    ("YU" + NE, "YOO"),
    ("YUN", "YOON"),
    ("HYON", "HYUN"),
    ("SU" + NE, "SOO"),
]
ARABIC_SLIPS = [
    ("ABDUL", "ABDOL"),
    ("ABDUL", "ABDEL"),
    ("ABDUL", "ABDAL"),
    ("ABD AL", "ABDUL"),
    ("ABDALLAH", "ABDULLAH"),
    ("ALLAH", "OLLAH"),
    ("ALLAH", "ULLAH"),
    ("ULLAH", "OLLAH"),
    ("ULLAH", "ALLAH"),
    ("ULLAH", "OLAH"),
    ("ALLAH", "OLAH"),
    ("MUHAMMAD", "MOHAMMAD"),
    ("MUHAMMAD", "MOHAMMED"),
    ("MOHAMMED", "MOHAMED"),
    ("MOHAMMAD", "MOHAMAD"),
    ("MOHAMMED", "MUHAMMED"),
    ("AHMAD", "AHMED"),
    ("AHMED", "AHMAD"),
    ("HASSAN", "HASAN"),
    ("HASAN", "HASSAN"),
    ("HUSSEIN", "HUSSAIN"),
    ("HUSAYN", "HUSSEIN"),
    ("HOSSEIN", "HOSEIN"),
    ("OU", "U"),
    ("U", "OU"),
    ("EI", "AY"),
    ("AY", "AI"),
    ("AI", "AY"),
    ("I", "EE"),
    ("EE", "I"),
    ("Q", "K"),
    ("Q", "GH"),
    ("KH", "H"),
    ("DH", "Z"),
    ("TH", "S"),
    ("^AL-", "EL-"),
    ("^AL-", "AL "),
    ("^EL-", "AL-"),
    ("MM", "M"),
    ("SS", "S"),
    ("DD", "D"),
    ("RR", "R"),
    ("LL", "L"),
    ("AH$", "A"),
    ("(?<=[BDFHJKLMNRSTZ])A$", "AH"),
    ("IYA", "IA"),
    ("IA", "IYA"),
    ("OO", "U"),
    ("UDDIN", "ADDIN"),
    ("ADDIN", "UDDIN"),
    ("YOUSEF", "YUSUF"),
    ("YUSUF", "YOUSSEF"),
    ("OMAR", "UMAR"),
    ("UMAR", "OMAR"),
]
RUSSIAN_SLIPS = [
    ("YEV", "EV"),
    ("(?<=[AEIOU])EV", "YEV"),
    ("IEV", "YEV"),
    ("IY$", "Y"),
    ("IY$", "II"),
    ("IY$", "IJ"),
    ("(?<=[AEIOU])Y(?=[AEIOU])", "I"),
    ("KH", "H"),
    ("YU", "IU"),
    ("YU", "JU"),
    ("YA", "IA"),
    ("YA", "JA"),
    ("ZH", "J"),
    ("TS", "TZ"),
    ("SHCH", "SCH"),
    ("OV$", "OFF"),
    ("EV$", "EFF"),
    ("OV(?=A?$)", "OW"),
    ("^YE", "E"),
    ("^E", "YE"),
    ("KS", "X"),
    ("AYA$", "AIA"),
]
CHINESE_SLIPS = [
    ("ZH", "J"),
    ("ZH", "CH"),
    ("X", "HS"),
    ("X", "SH"),
    ("Q", "CH"),
    ("C(?!H)", "TS"),
    ("Z(?!H)", "TS"),
    ("IAN", "IEN"),
    ("ONG", "UNG"),
    ("UI", "UEI"),
    ("IU", "IOU"),
    ("YI", "I"),
    ("RONG", "JUNG"),
]


PINYIN = re.compile(
    r"((?:ZH|CH|SH|[BPMFDTNLGKHJQXRZCSYW])?"
    r"(?:IANG|IONG|UANG|ANG|ENG|ING|ONG|IAN|IAO|UAI|UAN|IA|IE|IU|IN|UA|UO|UI|UN|UE|AI|EI|AO|OU|AN|EN|ER|A|O|E|I|U|V))+"
)


CHINESE_SURNAMES = set(
    [
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
        "JIA",
        "DING",
        "WEI",
        "XUE",
        "YE",
        "YAN",
        "LU",
        "DU",
        "SU",
        "SHEN",
        "QIAN",
        "FAN",
        "FANG",
        "SHI",
        "YAO",
        "TAN",
        "LIAO",
        "ZOU",
        "XIONG",
        "JIN",
        "HAO",
        "KONG",
        "BAI",
        "CUI",
        "KANG",
        "MAO",
        "QIU",
        "QIN",
        "GU",
        "HOU",
        "SHAO",
        "MENG",
        "LONG",
        "WAN",
        "DUAN",
        "LEI",
        "YIN",
        "WEN",
        "QI",
        "REN",
        "NIU",
    ]
)


def is_pinyin(tok: str) -> bool:
    return bool(PINYIN.fullmatch(tok.upper().replace("-", "")))


def language(e: Entry) -> str:
    """The romanisation a person's name most likely comes from (program, then spelling)."""
    p = e.programs.upper()
    toks = tokens(re.sub(r"[,]", " ", e.name))
    if "DPRK" in p or "NKSPEA" in p or p == "KP":
        return "korean"
    if any(k in p for k in ("RUSSIA", "UKRAINE", "BELARUS", "CYBER", "MAGNIT", "ELECTION")):
        return (
            "russian"
            if re.search(r"(OV|EV|IN|SKY|SKIY|IY|ENKO|OVA|EVA|INA|AYA)\b", e.name.upper())
            else "other"
        )
    if (
        len(toks) <= 4
        and all(is_pinyin(t) for t in toks)
        and any(t.upper() in CHINESE_SURNAMES for t in toks)
    ):
        return "chinese"
    if any(
        k in p
        for k in (
            "SDGT",
            "IRAN",
            "IRGC",
            "SYRIA",
            "IRAQ",
            "YEMEN",
            "LIBYA",
            "LEBANON",
            "FTO",
            "SDT",
            "HRIT",
            "NS-PLC",
            "QD",
            "IQ",
            "TA",
            "LY",
            "YE",
            "SO",
        )
    ):
        return "arabic"
    return "other"


SLIP_TABLES = {
    "korean": KOREAN_SLIPS,
    "arabic": ARABIC_SLIPS,
    "russian": RUSSIAN_SLIPS,
    "chinese": CHINESE_SLIPS,
}


def _apply_once(word: str, table: list[tuple[str, str]], rng: random.Random) -> str | None:
    """One rule of the table applied at one place where it matches (chosen at random)."""
    up = word.upper()
    options = [(m.start(), m.end(), b) for a, b in table for m in re.finditer(a, up)]
    if not options:
        return None
    start, end, b = rng.choice(options)
    new = up[:start] + b + up[end:]
    return new if new != up else None


def g_romanised_slip(e: Entry, rng: random.Random) -> str | None:
    lang = language(e)
    if lang == "other" or e.kind != "person":
        return None
    toks = tokens(base_form(e).upper())
    idx = [i for i, t in enumerate(toks) if sum(c.isalpha() for c in t) >= 2]
    rng.shuffle(idx)
    for i in idx:
        new = _apply_once(toks[i], SLIP_TABLES[lang], rng)
        if new:
            toks[i] = new
            return customer_case(" ".join(toks), rng)
    return None


FULL_TRANSLIT = {
    "russian_german": [
        ("SHCH", "SCHTSCH"),
        ("ZH", "SCH"),
        ("KH", "CH"),
        ("SH", "SCH"),
        ("CH", "TSCH"),
        ("V", "W"),
        ("Z", "S"),
        ("YU", "JU"),
        ("YA", "JA"),
        ("YE", "JE"),
        ("IY", "IJ"),
        ("Y", "J"),
    ],
    "russian_french": [
        ("SHCH", "CHTCH"),
        ("KH", "KH"),
        ("ZH", "J"),
        ("SH", "CH"),
        ("CH", "TCH"),
        ("U", "OU"),
        ("YU", "IOU"),
        ("YA", "IA"),
        ("IY", "I"),
        ("OV", "OFF"),
    ],
    "russian_scholarly": [
        ("SHCH", "ŠČ"),
        ("ZH", "Ž"),
        ("KH", "CH"),
        ("SH", "Š"),
        ("CH", "Č"),
        ("TS", "C"),
        ("YU", "JU"),
        ("YA", "JA"),
        ("IY", "IJ"),
    ],
    "arabic_french": [
        ("SH", "CH"),
        ("OU", "OU"),
        ("U", "OU"),
        ("J", "DJ"),
        ("KH", "KH"),
        ("YY", "Y"),
        ("EE", "I"),
        ("OO", "OU"),
    ],
    "arabic_simple": [("AA", "A"), ("'", ""), ("Q", "K"), ("DH", "D"), ("TH", "T"), ("U", "O")],
    "chinese_wade": [
        ("ZH", "CH"),
        ("CH", "CH'"),
        ("SH", "SH"),
        ("X", "HS"),
        ("Q", "CH'"),
        ("Z", "TS"),
        ("C", "TS'"),
        ("J", "CH"),
        ("R", "J"),
        ("IONG", "IUNG"),
        ("ONG", "UNG"),
        ("IAN", "IEN"),
        ("YI", "I"),
    ],
}
# Korean re-romanisation works on syllables, so it is written as regular expressions applied in
# turn: McCune-Reischauer (as the DPRK lists write it) to Revised Romanisation, and back to
# McCune-Reischauer with its breves
KOREAN_RE = {
    "korean_rr": [
        (NS + "K", "G"),
        (NS + "P", "B"),
        (NS + "T", "D"),
        (NS + "CH", "J"),
        ("(?<=[^Y])O(?=NG|N|L|M|K|P)", "EO"),
        ("YO(?=NG|N|L|M|K|P)", "YEO"),
        (NS + "RI" + NE, "LEE"),
        (NS + "PAK" + NE, "PARK"),
    ],
    "korean_mr": [
        ("EO", "Ŏ"),
        ("EU", "Ŭ"),
        ("(?<=[^Y])O(?=NG|N|L|M|K|P)", "Ŏ"),
        (NS + "J", "CH"),
    ],
}
TRANSLIT_BY_LANG = {
    "russian": ["russian_german", "russian_french", "russian_scholarly"],
    "arabic": ["arabic_french", "arabic_simple"],
    "korean": ["korean_mr", "korean_rr"],
    "chinese": ["chinese_wade"],
}


def transliterate_re(word: str, rules: list[tuple[str, str]]) -> str:
    """Regular-expression rules applied one after another (Korean syllables)."""
    up = word.upper()
    for pattern, repl in rules:
        up = re.sub(pattern, repl, up)
    return up


def transliterate(word: str, rules: list[tuple[str, str]]) -> str:
    """Literal rules, longest-first at each position, left to right (no rule sees another's output)."""
    out = []
    i = 0
    up = word.upper()
    while i < len(up):
        for a, b in rules:
            if up.startswith(a, i):
                out.append(b)
                i += len(a)
                break
        else:
            out.append(up[i])
            i += 1
    return "".join(out)


def g_transliteration(e: Entry, rng: random.Random) -> str | None:
    lang = language(e)
    if lang not in TRANSLIT_BY_LANG or e.kind != "person":
        return None
    system = rng.choice(TRANSLIT_BY_LANG[lang])
    if system in KOREAN_RE:
        rules = KOREAN_RE[system]
        convert = transliterate_re
    else:
        rules = FULL_TRANSLIT[system]
        convert = transliterate
    if system == "korean_rr" and rng.random() < 0.5:
        # only the given names re-romanised, surname kept (how Koreans abroad often write)
        toks = tokens(e.name.upper().replace(",", ""))
        new = [toks[0]] + [convert(t, rules) for t in toks[1:]]
    else:
        new = [convert(t, rules) for t in tokens(base_form(e).upper())]
    out = " ".join(new)
    return customer_case(out, rng) if fold(out) != fold(base_form(e)) else None


# Words joined / split ------------------------------------------------------------------------

MORPHEMES = [
    "NEFT",
    "GAZ",
    "PROM",
    "TECH",
    "TRANS",
    "INVEST",
    "BANK",
    "ENERGO",
    "STROY",
    "SERVIS",
    "EXPORT",
    "IMPORT",
    "TORG",
    "SHIP",
    "SAZ",
    "SANAT",
    "PETRO",
    "CHEM",
    "MASH",
    "AVIA",
    "TEK",
    "ELECTRO",
    "SYSTEM",
    "NET",
    "SOFT",
    "TRADE",
    "GROUP",
    "HOLD",
    "KOM",
    "FLOT",
    "AERO",
    "MAR",
]


def g_joined_split(e: Entry, rng: random.Random) -> str | None:
    name = customer_case(base_form(e), rng)
    toks = tokens(name)
    ops = []
    if "-" in name:
        ops.append("hyphen_join")
    if len(toks) >= 2:
        ops.append("join")
    if any(len(t) >= 8 for t in toks):
        ops.append("split")
    if not ops:
        return None
    op = rng.choice(ops)
    if op == "hyphen_join":
        return re.sub(r"(\w)-(\w)", r"\1\2", name, count=1)
    if op == "join":
        pairs = [
            i
            for i in range(len(toks) - 1)
            if toks[i].isalpha()
            and toks[i + 1].isalpha()
            and len(toks[i]) + len(toks[i + 1]) <= 16
            and tfold(toks[i]) not in LEGAL_WORDS
            and tfold(toks[i + 1]) not in LEGAL_WORDS
        ]
        # Arabic compound names and short Korean/Chinese syllables first
        pref = [
            i
            for i in pairs
            if toks[i].upper() in ("ABDUL", "ABD", "ABU", "AL", "EL", "BIN", "BEN", "UMM", "ABDEL")
            or len(toks[i]) <= 4
            and len(toks[i + 1]) <= 4
        ]
        pool = pref or pairs
        if not pool:
            return None
        i = rng.choice(pool)
        return " ".join(toks[:i] + [toks[i] + toks[i + 1]] + toks[i + 2 :])
    long_idx = [i for i, t in enumerate(toks) if len(t) >= 8]
    i = rng.choice(long_idx)
    w = toks[i]
    cuts = [
        m.end() for m in re.finditer("|".join(MORPHEMES), w.upper()) if 3 <= m.end() <= len(w) - 3
    ]
    cuts += [
        m.start()
        for m in re.finditer("|".join(MORPHEMES), w.upper())
        if 3 <= m.start() <= len(w) - 3
    ]
    if not cuts:
        if e.kind == "person" and len(w) >= 9:
            cuts = [len(w) // 2]  # a long given name split where the typist paused
        else:
            return None
    c = rng.choice(sorted(set(cuts)))
    return " ".join(toks[:i] + [w[:c], w[c:]] + toks[i + 1 :])


# Word order ----------------------------------------------------------------------------------

# words that lead or follow an organisation's name equally well: "BANK SEPAH" / "SEPAH BANK";
# "BANK OF X" / "X BANK", "MINISTRY OF X" / "X MINISTRY"
GENERIC = {
    "BANK",
    "FOUNDATION",
    "INSTITUTE",
    "UNIVERSITY",
    "CENTER",
    "CENTRE",
    "AIRLINES",
    "MINISTRY",
    "ORGANIZATION",
    "ACADEMY",
}


PARTICLES = {"ABDUL", "ABDEL", "ABD", "ABU", "AL", "EL", "BIN", "BEN", "IBN", "BINT", "UMM", "ABO"}


def name_units(toks: list[str]) -> list[str]:
    """Words of a name with each particle (ABDUL, AL, BIN, ...) joined to the word after it."""
    units: list[str] = []
    carry = ""
    for t in toks:
        if tfold(t) in PARTICLES:
            carry = f"{carry} {t}".strip()
            continue
        units.append(f"{carry} {t}".strip())
        carry = ""
    if carry:
        units.append(carry)
    return units


PATRONYMIC = r"(VICH|VNA|ICH|INICHNA|UGLI|OGLU|OGLY|KYZY|QIZI)$"


def g_word_order(e: Entry, rng: random.Random) -> str | None:
    if e.kind == "person":
        if "," in e.name:
            # the list writes 'SURNAME, Given'; a customer writes 'Given Surname', sometimes with
            # two given names or two family names the other way round
            last, _, first = e.name.partition(",")
            ftoks, ltoks = name_units(tokens(first)), name_units(tokens(last))
            if not ftoks:
                return None
            x = rng.random()
            if x < 0.5 or len(ftoks) + len(ltoks) < 3:
                out = ftoks + ltoks
            elif len(ltoks) >= 2 and (x < 0.75 or len(ftoks) < 2):
                out = ftoks + ltoks[1:] + ltoks[:1]
            elif (
                len(ftoks) >= 2
                and not re.search(PATRONYMIC, ftoks[1].upper())
                and " " not in ftoks[0] + ftoks[1]  # 'Chiheb Ben Mohamed' keeps its order
            ):
                out = ftoks[1:2] + ftoks[:1] + ftoks[2:] + ltoks
            else:
                out = ftoks + ltoks
            return customer_case(" ".join(out), rng)
        units = name_units(tokens(e.name))
        if len(units) < 2:
            return None
        # family name moved from the end to the front, or the first name to the end; a particle
        # (ABDUL, ABU, AL, BIN, ...) stays with the word it belongs to
        out = units[-1:] + units[:-1] if rng.random() < 0.6 else units[1:] + units[:1]
        return customer_case(" ".join(out), rng)
    toks = tokens(re.sub(r"\s*\([^)]*\)", "", e.name))
    if len(toks) < 2 or any(tfold(t) in LEGAL_FOLDED for t in toks):
        return None
    first, last = tfold(toks[0]), tfold(toks[-1])
    if first in GENERIC and len(toks) >= 3 and tfold(toks[1]) == "OF":
        out = toks[2:] + toks[:1]  # BANK OF INDUSTRY AND MINE -> INDUSTRY AND MINE BANK
    elif first in GENERIC:
        out = toks[1:] + toks[:1]
    elif last in GENERIC:
        out = toks[-1:] + toks[:-1]
    else:
        return None
    return customer_case(" ".join(out), rng)


# Original script -----------------------------------------------------------------------------


def g_original_script(e: Entry, rng: random.Random) -> str | None:
    if not e.original:
        return None
    name = rng.choice(e.original)
    x = rng.random()
    toks = name.split()
    if x < 0.5 or len(toks) < 2:
        return name
    if x < 0.7:  # one word fewer, the way people shorten a long name
        return " ".join(toks[:-1]) if len(toks) >= 3 else name
    return "  ".join(toks)


# Long company names --------------------------------------------------------------------------

ABBREV = {
    "INTERNATIONAL": ["Intl", "Int'l", "Intl."],
    "COMPANY": ["Co", "Co."],
    "LIMITED": ["Ltd", "Ltd."],
    "CORPORATION": ["Corp", "Corp."],
    "INDUSTRIES": ["Inds", "Ind."],
    "INDUSTRIAL": ["Ind.", "Indl"],
    "TECHNOLOGY": ["Tech", "Technol."],
    "TECHNOLOGIES": ["Tech", "Techs"],
    "MANUFACTURING": ["Mfg", "Mfg."],
    "ENGINEERING": ["Eng.", "Engg"],
    "DEVELOPMENT": ["Dev.", "Devt"],
    "AND": ["&"],
    "BROTHERS": ["Bros"],
    "ASSOCIATION": ["Assn", "Assoc."],
    "INSTITUTE": ["Inst."],
    "UNIVERSITY": ["Univ.", "Uni"],
    "RESEARCH": ["Res."],
    "ELECTRONICS": ["Elec."],
    "SCIENCE": ["Sci."],
    "SCIENTIFIC": ["Sci."],
    "MANAGEMENT": ["Mgmt"],
    "GOVERNMENT": ["Govt"],
    "DEPARTMENT": ["Dept"],
    "SERVICES": ["Svcs"],
    "TRADING": ["Trdg"],
    "GENERAL": ["Gen."],
    "EQUIPMENT": ["Equip."],
    "AVIATION": ["Aviat."],
    "ACADEMY": ["Acad."],
    "ENTERPRISE": ["Ent."],
}


def g_long_company(e: Entry, rng: random.Random) -> str | None:
    if e.kind != "organization" or len(tokens(e.name)) < 6 and len(e.name) < 42:
        return None
    toks = tokens(re.sub(r"\s+", " ", e.name))
    op = rng.randrange(4)
    if op == 0:  # abbreviations a clerk would use
        idx = [
            i
            for i, t in enumerate(toks)
            if tfold(t) in ABBREV and not (i + 1 < len(toks) and tfold(toks[i + 1]) == "LIABILITY")
        ]
        if not idx:
            return None
        for i in rng.sample(idx, min(len(idx), rng.randint(1, 3))):
            toks[i] = rng.choice(ABBREV[tfold(toks[i])]) + ("," if toks[i].endswith(",") else "")
        return customer_case(" ".join(toks), rng)
    if op == 1:  # parenthetical and 'THE' dropped
        name = re.sub(r"\s*\([^)]*\)", "", e.name)
        name = re.sub(r"^THE\s+", "", name, flags=re.I)
        if name == e.name:
            return None
        return customer_case(name, rng)
    if op == 2:  # one typing slip in a long name plus case
        w = pick_word(toks, rng, 5)
        if w is None:
            return None
        i = w
        new = rng.choice(SLIPS)(toks[i], rng)
        if not new:
            return None
        toks[i] = new
        return customer_case(" ".join(toks), rng)
    # truncated at the form's field length (40 or 35 characters), as many forms do
    limit = rng.choice([35, 40])
    if len(e.name) <= limit + 3:
        return None
    return customer_case(e.name[:limit].rstrip(" ,("), rng)


# Acronyms ------------------------------------------------------------------------------------

STOP = {"OF", "THE", "AND", "FOR", "DE", "DU", "LA", "LE", "AL", "EL", "&", "DES", "DEL", "IN"}


def acronym_of(e: Entry) -> str | None:
    """An alias of the entry that is an acronym of its primary name's words (the list's own)."""
    words = [tfold(w) for w in tokens(e.name)]
    words = [w for w in words if w and w not in STOP]
    initials = "".join(w[0] for w in words)
    for a in e.aliases:
        f = tfold(a)
        if 3 <= len(f) <= 7 and " " not in a.strip() and f.isalpha() and len(f) <= len(initials):
            # letters appear in order among the initials
            it = iter(initials)
            if all(ch in it for ch in f) and f[0] == initials[0]:
                return f
    return None


def g_acronym(e: Entry, rng: random.Random) -> str | None:
    if e.kind != "organization":
        return None
    acr = acronym_of(e)
    if not acr:
        return None
    x = rng.random()
    if x < 0.25:
        return ".".join(acr) + "."
    if x < 0.4:
        return acr.lower() if rng.random() < 0.5 else acr.capitalize()
    if x < 0.6:
        return acr + " " + rng.choice(["Co.", "Ltd", "Company", "LLC", "Group", "Co Ltd"])
    if x < 0.75:
        return " ".join(acr)
    if x < 0.9 and len(acr) >= 4:
        return slip_transpose(acr, rng) or acr + "."
    return acr + " (" + smart_title(re.sub(r"[,.]", "", e.name)) + ")"


CATEGORIES: list[tuple[str, Gen, int]] = [
    ("typo", g_typo, 150),
    ("spacing_dots", g_spacing, 110),
    ("legal_form_misspelt", g_legal_misspelt, 120),
    ("legal_form_spaced", g_legal_spaced, 110),
    ("legal_form_moved", g_legal_moved, 90),
    ("legal_form_dropped", g_legal_dropped, 90),
    ("legal_form_swapped", g_legal_swapped, 100),
    ("romanised_slip", g_romanised_slip, 150),
    ("transliteration", g_transliteration, 110),
    ("joined_split", g_joined_split, 110),
    ("word_order", g_word_order, 110),
    ("original_script", g_original_script, 90),
    ("long_company", g_long_company, 100),
    ("acronym", g_acronym, 60),
]
# romanised slips and transliterations spread over the four name origins the spec names
LANGUAGE_QUOTA = {
    "romanised_slip": {"arabic": 55, "korean": 45, "russian": 30, "chinese": 20},
    "transliteration": {"arabic": 40, "russian": 30, "korean": 25, "chinese": 15},
}
REUSE = 0.36
LIST_WEIGHTS = {"us_ofac_sdn": 0.66, "un_sc": 0.24, "us_ofac_cons": 0.05, "us_csl": 0.05}


def half_of(list_id: str) -> str:
    return "a" if hashlib.sha256(list_id.encode("utf-8")).digest()[0] % 2 == 0 else "b"


def build_variants(entries: list[Entry], rng: random.Random) -> list[list[str]]:
    by_list: dict[str, list[Entry]] = {}
    for e in entries:
        by_list.setdefault(e.list, []).append(e)
    all_names: dict[str, set[tuple[str, str]]] = {}
    for e in entries:
        for n in (e.name, person_natural(e), *e.aliases):
            all_names.setdefault(fold(n), set()).add((e.list, e.list_id))
    used: dict[tuple[str, str], int] = {}
    seen_q: set[str] = set()
    rows: list[list[str]] = []
    for cat, gen, target in CATEGORIES:
        fresh: dict[str, list[Entry]] = {}
        again: dict[str, list[Entry]] = {}
        for key, es in by_list.items():
            q = list(es)
            rng.shuffle(q)
            fresh[key] = [x for x in q if used.get((x.list, x.list_id), 0) == 0]
            again[key] = [x for x in q if used.get((x.list, x.list_id), 0) == 1]
        made = 0
        stalls = 0
        lang_made: Counter[str] = Counter()
        while made < target and stalls < 20000:
            key = rng.choices(list(LIST_WEIGHTS), weights=list(LIST_WEIGHTS.values()))[0]
            # about a third of the variants reuse an entry that already has one (~1,000 entries)
            first, second = (again, fresh) if rng.random() < REUSE else (fresh, again)
            q = first.get(key) or second.get(key) or []
            if not q:
                stalls += 1
                continue
            e = q.pop(0)
            k = (e.list, e.list_id)
            quota = LANGUAGE_QUOTA.get(cat)
            if quota is not None and lang_made[language(e)] >= quota.get(language(e), 0):
                stalls += 1
                continue
            try:
                query = gen(e, rng)
            except (IndexError, ValueError):
                query = None
            if not query:
                stalls += 1
                continue
            fq = fold(query)
            if not fq or query in seen_q:
                continue
            own = {fold(n) for n in (e.name, *e.aliases)}
            if cat != "original_script" and fq in own:
                continue  # the list's own spelling: not a variant
            if cat != "word_order" and fq == fold(base_form(e)):
                continue
            owners = all_names.get(fq, set())
            if owners - {k}:
                continue  # the variant is another listed entry's name: ambiguous, left out
            seen_q.add(query)
            used[k] = used.get(k, 0) + 1
            kind = e.kind
            rows.append([query, cat, kind, e.list, e.list_id, e.name, half_of(e.list_id)])
            made += 1
            lang_made[language(e)] += 1
            stalls = 0
        print(f"{cat}: {made}", file=sys.stderr)
    return rows


# ---------------------------------------------------------------------------------------------
# Innocent names
# ---------------------------------------------------------------------------------------------

ORG_WORDS = re.compile(
    r"\b(team|foundation|project|developers|contributors|authors|community|inc|ltd|llc|gmbh|"
    r"group|labs?|software|corporation|university|org|maintainers|organization|company)\b",
    re.I,
)


GROUP_WORDS = re.compile(
    r"\b(team|developers?|contributors|authors|community|maintainers|others|see)\b", re.I
)


def _person_ok(name: str) -> bool:
    words = name.split()
    if len(words) < 2 or len(words) > 5:
        return False
    if any(ch.isdigit() for ch in name) or "@" in name or "http" in name:
        return False
    return all(re.fullmatch(r"[^\W\d_][\w.'’-]*", w) for w in words)


def harvest_names() -> list[tuple[str, str, str]]:
    """(name, kind, source) from package metadata and AUTHORS files in the two virtualenvs."""
    out: list[tuple[str, str, str]] = []
    sites = [
        ROOT / ".venv" / "lib" / "python3.11" / "site-packages",
        ROOT / "bench" / "screening" / ".venv" / "lib" / "python3.11" / "site-packages",
    ]
    for site in sites:
        for dist in sorted(site.glob("*.dist-info")):
            meta = dist / "METADATA"
            if meta.exists():
                text = meta.read_text(encoding="utf-8", errors="replace").split("\n\n", 1)[0]
                for line in text.splitlines():
                    field, _, value = line.partition(": ")
                    if field not in ("Author", "Maintainer", "Author-email", "Maintainer-email"):
                        continue
                    for part in re.split(r",|\band\b", value):
                        part = re.sub(r"<[^>]*>|\S+@\S+|\"", "", part).strip()
                        if not part:
                            continue
                        if GROUP_WORDS.search(part):
                            continue  # 'the pip developers', 'See AUTHORS': not a party's name
                        if (
                            ORG_WORDS.search(part)
                            and 2 <= len(part.split()) <= 6
                            and not any(c.isdigit() for c in part)
                        ):
                            out.append((part, "organization", "package-metadata"))
                        elif _person_ok(part):
                            out.append((part, "person", "package-metadata"))
            for f in sorted(dist.rglob("*")):
                if not re.match(r"(AUTHORS|CONTRIBUTORS|CREDITS)", f.name, re.I) or not f.is_file():
                    continue
                src = f"{dist.name.split('-')[0]}-{f.name}"
                for line in f.read_text(encoding="utf-8", errors="replace").splitlines():
                    line = re.sub(r"^\s*[-*]\s*", "", line)
                    line = re.split(r"\s--\s|<|\(|\*\*|\s\[", line)[0]
                    line = re.sub(r"\S+@\S+", "", line).strip().rstrip(",.:")
                    if (
                        _person_ok(line)
                        and not ORG_WORDS.search(line)
                        and not re.search(
                            r"\b(is|are|was|by|the|of|and|include|listed|written)\b", line, re.I
                        )
                    ):
                        out.append((line, "person", src))
    return out


# hand-written ordinary companies: (pattern, [fillers]) per country --------------------------

COMPANY_PARTS: dict[str, tuple[list[str], list[str], list[str]]] = {
    # country: (names/places, trades in the local language, legal forms)
    "de": (
        [
            "Huber",
            "Schneider",
            "Becker",
            "Hoffmann",
            "Wagner",
            "Bäckerei Kraus",
            "Rheintal",
            "Allgäu",
            "Münsterland",
            "Fischer & Söhne",
            "Elbe",
            "Schwarzwald",
            "Vogel",
            "Keller",
        ],
        [
            "Bäckerei",
            "Logistik",
            "Maschinenbau",
            "Steuerberatung",
            "Handelsgesellschaft",
            "Elektrotechnik",
            "Spedition",
            "Immobilien",
            "Metallbau",
            "Druckerei",
        ],
        ["GmbH", "GmbH & Co. KG", "AG", "e.K.", "KG", "UG (haftungsbeschränkt)"],
    ),
    "fr": (
        [
            "Martin",
            "Dubois",
            "Lefèvre",
            "Moreau",
            "Girard",
            "Bretagne",
            "du Lac",
            "Rousseau",
            "Lambert",
            "des Alpes",
            "Garnier",
            "Provence",
        ],
        [
            "Boulangerie",
            "Transports",
            "Cabinet d'avocats",
            "Menuiserie",
            "Pharmacie",
            "Librairie",
            "Fromagerie",
            "Imprimerie",
            "Plomberie",
        ],
        ["SARL", "SAS", "SA", "EURL", "SNC"],
    ),
    "it": (
        [
            "Rossi",
            "Bianchi",
            "Esposito",
            "Romano",
            "Colombo",
            "Ricci",
            "Toscana",
            "Lombarda",
            "Greco",
            "Bruno",
            "Adriatica",
        ],
        [
            "Panificio",
            "Trasporti",
            "Studio Legale",
            "Costruzioni",
            "Ceramiche",
            "Oleificio",
            "Farmacia",
            "Tessitura",
            "Vini",
        ],
        ["S.r.l.", "S.p.A.", "S.n.c.", "S.a.s."],
    ),
    "es": (
        [
            "García",
            "Fernández",
            "López",
            "Martínez",
            "Sánchez",
            "Andaluza",
            "del Norte",
            "Castilla",
            "Navarro",
            "Iberia Sur",
            "Levante",
        ],
        [
            "Panadería",
            "Transportes",
            "Abogados",
            "Construcciones",
            "Distribuciones",
            "Asesoría",
            "Frutas",
            "Talleres",
            "Comercial",
        ],
        ["S.L.", "S.A.", "S.L.U.", "S.Coop."],
    ),
    "mx": (
        [
            "Hernández",
            "Ramírez",
            "Jalisco",
            "del Bajío",
            "Monterrey",
            "Guadalupe",
            "Aztlán",
            "Torres",
            "Flores",
            "Sonora",
        ],
        [
            "Panificadora",
            "Transportes",
            "Comercializadora",
            "Constructora",
            "Abarrotes",
            "Autotransportes",
            "Distribuidora",
            "Servicios Contables",
        ],
        ["S.A. de C.V.", "S. de R.L. de C.V.", "S.C."],
    ),
    "br": (
        [
            "Silva",
            "Santos",
            "Oliveira",
            "Souza",
            "Pereira",
            "Minas",
            "Paulista",
            "Costa",
            "Rodrigues",
            "São Jorge",
            "Nordeste",
        ],
        [
            "Padaria",
            "Transportes",
            "Advogados Associados",
            "Comércio de Alimentos",
            "Construtora",
            "Distribuidora",
            "Farmácia",
            "Contabilidade",
        ],
        ["Ltda.", "S.A.", "EIRELI", "ME"],
    ),
    "nl": (
        [
            "de Vries",
            "Jansen",
            "Bakker",
            "Visser",
            "Smit",
            "Holland",
            "Zeeland",
            "van Dijk",
            "Mulder",
            "Noord",
        ],
        [
            "Bakkerij",
            "Transport",
            "Advocaten",
            "Installatietechniek",
            "Handelsonderneming",
            "Bloemen",
            "Logistiek",
        ],
        ["B.V.", "N.V.", "V.O.F."],
    ),
    "se": (
        [
            "Andersson",
            "Johansson",
            "Karlsson",
            "Nilsson",
            "Norrland",
            "Göta",
            "Lindqvist",
            "Bergström",
            "Skåne",
        ],
        ["Bageri", "Åkeri", "Advokatbyrå", "Bygg", "Trädgård", "Rör", "Elteknik"],
        ["AB", "HB", "Aktiebolag"],
    ),
    "pl": (
        [
            "Kowalski",
            "Nowak",
            "Wiśniewski",
            "Mazowsze",
            "Wójcik",
            "Kamiński",
            "Bałtyk",
            "Zielińska",
            "Lewandowski",
        ],
        [
            "Piekarnia",
            "Transport",
            "Kancelaria Prawna",
            "Budownictwo",
            "Hurtownia",
            "Usługi Księgowe",
            "Meble",
        ],
        ["Sp. z o.o.", "S.A.", "Sp.j.", "Sp.k."],
    ),
    "tr": (
        [
            "Yılmaz",
            "Kaya",
            "Demir",
            "Şahin",
            "Çelik",
            "Anadolu",
            "Ege",
            "Marmara",
            "Öztürk",
            "Karadeniz",
            "Aydın",
        ],
        ["Fırın", "Lojistik", "Hukuk Bürosu", "İnşaat", "Tekstil", "Gıda", "Otomotiv", "Mobilya"],
        ["A.Ş.", "Ltd. Şti.", "Tic. Ltd. Şti.", "San. ve Tic. A.Ş."],
    ),
    "jp": (
        [
            "Tanaka",
            "Suzuki",
            "Yamamoto",
            "Sakura",
            "Fuji",
            "Nakamura",
            "Kobayashi",
            "Hokkaido",
            "Kato",
            "Aoyama",
        ],
        ["Bakery", "Logistics", "Shoji", "Kensetsu", "Seiyaku", "Denki", "Unyu", "Law Office"],
        ["Co., Ltd.", "K.K.", "Kabushiki Kaisha", "Godo Kaisha"],
    ),
    "kr": (
        [
            "Hanbit",
            "Daehan",
            "Seoul",
            "Busan",
            "Samjin",
            "Hana",
            "Mirae",
            "Jeil",
            "Sejong",
            "Hankook",
            "Donga",
        ],
        [
            "Bakery",
            "Logistics",
            "Trading",
            "Construction",
            "Foods",
            "Precision",
            "Textile",
            "Electronics",
            "Law Firm",
        ],
        ["Co., Ltd.", "Inc.", "Corp."],
    ),
    "cn": (
        [
            "Huaxin",
            "Jinlong",
            "Xinghe",
            "Hengtai",
            "Shenzhen Baoan",
            "Hangzhou Xihu",
            "Guangzhou Tianhe",
            "Ningbo Haishu",
            "Chengdu Jinjiang",
            "Suzhou Wuzhong",
            "Minsheng",
        ],
        [
            "Bakery",
            "Logistics",
            "Trading",
            "Textile",
            "Furniture",
            "Tea",
            "Garment",
            "Packaging",
            "Food",
        ],
        ["Co., Ltd.", "Limited", "Youxian Gongsi"],
    ),
    "in": (
        [
            "Sharma",
            "Patel",
            "Gupta",
            "Reddy",
            "Iyer",
            "Ganga",
            "Deccan",
            "Malabar",
            "Agarwal",
            "Sri Lakshmi",
            "Krishna",
            "Kaveri",
        ],
        [
            "Sweets",
            "Logistics",
            "Textiles",
            "Pharma",
            "Traders",
            "Engineering Works",
            "Associates",
            "Agro Foods",
            "Constructions",
        ],
        ["Pvt. Ltd.", "Private Limited", "LLP", "& Sons", "Ltd."],
    ),
    "ae": (
        [
            "Al Noor",
            "Gulf Star",
            "Al Waha",
            "Emirates Falcon",
            "Al Bustan",
            "Desert Rose",
            "Al Fajr",
            "Palm Coast",
        ],
        [
            "Bakery",
            "General Trading",
            "Logistics",
            "Foodstuff Trading",
            "Building Materials",
            "Advocates",
            "Technical Services",
        ],
        ["LLC", "L.L.C.", "FZE", "FZCO", "Est."],
    ),
    "sa": (
        [
            "Al Rashid",
            "Al Zahrani",
            "Al Harbi",
            "Al Qahtani",
            "Najd",
            "Al Jazira",
            "Hijaz",
            "Al Ghamdi",
        ],
        [
            "Trading Est.",
            "Contracting Co.",
            "Bakeries",
            "Logistics",
            "Medical Supplies",
            "Law Firm",
            "Dates Factory",
        ],
        ["Company", "Co.", "Est.", "LLC"],
    ),
    "eg": (
        [
            "El Nasr",
            "Nile Valley",
            "Cairo",
            "Alexandria",
            "El Sayed",
            "Delta",
            "Misr Star",
            "El Gamal",
        ],
        ["Bakery", "Trading", "Import & Export", "Pharmaceuticals", "Textiles", "Law Office"],
        ["S.A.E.", "LLC", "Co."],
    ),
    "ng": (
        [
            "Adeyemi",
            "Okafor",
            "Balogun",
            "Lagos Pearl",
            "Niger Delta",
            "Chukwu",
            "Abuja Star",
            "Oyelaran",
        ],
        ["Bakery", "Logistics", "Ventures", "Foods", "Pharmacy", "Chambers", "Agro Allied"],
        ["Ltd", "Limited", "Nigeria Limited", "Enterprises"],
    ),
    "ke": (
        ["Kamau", "Mwangi", "Rift Valley", "Nairobi", "Otieno", "Mombasa", "Kilimanjaro"],
        ["Bakers", "Logistics", "Advocates", "Hardware", "Tea Packers", "Agrovet"],
        ["Ltd", "Limited"],
    ),
    "us": (
        [
            "Smith",
            "Johnson",
            "Miller",
            "Main Street",
            "Lakeside",
            "Blue Ridge",
            "Riverside",
            "Cedar",
            "Garcia",
            "Harbor",
        ],
        [
            "Bakery",
            "Logistics",
            "Law Group",
            "Plumbing",
            "Dental",
            "Hardware",
            "Auto Repair",
            "Landscaping",
            "Insurance Agency",
        ],
        ["LLC", "Inc.", "Corp.", "LLP", "P.C."],
    ),
    "uk": (
        [
            "Thompson",
            "Evans",
            "Harrison",
            "Pennine",
            "Cotswold",
            "Thames",
            "Wright",
            "Highland",
            "Kingsley",
            "Northgate",
        ],
        ["Bakery", "Haulage", "Solicitors", "Builders", "Accountants", "Removals", "Florists"],
        ["Ltd", "Limited", "LLP", "plc"],
    ),
    "ru": (
        ["Ivanova", "Sibirskiy Khleb", "Volga", "Ural", "Baikal", "Smirnov", "Kuznetsov"],
        ["Bakery", "Logistics", "Legal Services", "Furniture"],
        ["LLC", "OOO"],
    ),
    "vn": (
        ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Saigon", "Mekong", "Hanoi", "Thanh Binh"],
        ["Bakery", "Trading", "Logistics", "Garment", "Coffee", "Seafood"],
        ["Co., Ltd.", "JSC", "Joint Stock Company"],
    ),
    "id": (
        [
            "Sumber Makmur",
            "Maju Jaya",
            "Sinar",
            "Mandiri",
            "Nusantara",
            "Karya Abadi",
            "Bintang Timur",
        ],
        ["Roti", "Logistik", "Tekstil", "Dagang", "Konstruksi"],
        ["PT", "CV"],
    ),
    "au": (
        ["O'Brien", "Murray", "Kookaburra", "Southern Cross", "Bondi", "Taylor", "Wilson"],
        ["Bakery", "Freight", "Lawyers", "Electrical", "Vineyards"],
        ["Pty Ltd", "Pty. Ltd."],
    ),
}
FRONT_FORMS = {"PT", "CV"}
TRADE_FIRST = {"fr", "it", "es", "mx", "br", "nl", "se", "pl", "de", "id"}

INSTITUTIONS = [
    "University of Helsinki",
    "Universidad de Buenos Aires",
    "Universität Wien",
    "University of Ghana",
    "Universidade de Lisboa",
    "Université Laval",
    "Seoul National University",
    "University of Nairobi",
    "Makerere University",
    "Universidad Nacional de Colombia",
    "Tribhuvan University",
    "University of Dhaka",
    "Chulalongkorn University",
    "Universiti Malaya",
    "University of Otago",
    "Uniwersytet Jagielloński",
    "Univerzita Karlova",
    "Aarhus Universitet",
    "Ateneo de Manila University",
    "Universidad de Chile",
    "Pontificia Universidad Católica del Perú",
    "Kwame Nkrumah University of Science and Technology",
    "University of Cape Town",
    "Indian Institute of Technology Madras",
    "Tokyo Institute of Technology",
    "Hokkaido University",
    "National Taiwan University",
    "Universidad de la República",
    "University of the West Indies",
    "Universitas Gadjah Mada",
    "Boğaziçi Üniversitesi",
    "Ss. Cyril and Methodius University",
    "St Vincent's Hospital Melbourne",
    "Hôpital Européen Georges-Pompidou",
    "Charité Berlin",
    "Hospital Universitario La Paz",
    "Aga Khan University Hospital",
    "Groote Schuur Hospital",
    "Rigshospitalet",
    "Karolinska Universitetssjukhuset",
    "Mayo Clinic",
    "Apollo Hospitals",
    "Hospital Israelita Albert Einstein",
    "Seoul St. Mary's Hospital",
    "Siriraj Hospital",
    "Korle Bu Teaching Hospital",
    "Kenyatta National Hospital",
    "Royal Brisbane and Women's Hospital",
    "Ministry of Health of New Zealand",
    "Ministerio de Educación de Chile",
    "Ministère de l'Agriculture et de la Souveraineté alimentaire",
    "Bundesministerium für Bildung und Forschung",
    "Ministry of Finance of Ghana",
    "Ministry of Foreign Affairs of Japan",
    "Ministerio de Salud Pública del Uruguay",
    "Ministry of Education of Kenya",
    "Ministry of Trade and Industry Singapore",
    "Ministério da Saúde do Brasil",
    "Ministry of Agriculture of Mongolia",
    "Norwegian Ministry of Climate and Environment",
    "Ministry of Health of Malaysia",
    "Ministry of Transport Canada",
    "Ministry of Water and Environment Uganda",
    "Ministerstwo Cyfryzacji",
    "Ministry of Tourism of Jordan",
    "Ministry of Energy of Chile",
    "Department of Health Philippines",
    "Ministry of Education of Estonia",
    "Statistics Netherlands",
    "Bank of Ghana",
    "Reserve Bank of New Zealand",
    "Banco de Portugal",
    "Sveriges Riksbank",
    "Central Bank of Kenya",
    "Bangko Sentral ng Pilipinas",
    "Royal College of Nursing",
    "Red Cross of Chile",
    "Caritas Österreich",
    "Médecins du Monde",
    "Oxfam Novib",
    "Save the Children Denmark",
]

GIVEN_FAMILY: dict[str, tuple[list[str], list[str]]] = {
    "arabic": (
        [
            "Mohammed",
            "Ahmed",
            "Fatima",
            "Omar",
            "Layla",
            "Youssef",
            "Khaled",
            "Mariam",
            "Hassan",
            "Nour",
            "Karim",
            "Salma",
            "Tariq",
            "Hala",
            "Samir",
            "Rania",
        ],
        [
            "Haddad",
            "Khoury",
            "Mansour",
            "Saleh",
            "Nasser",
            "Farouk",
            "Aziz",
            "Qasim",
            "Habib",
            "Barakat",
            "Darwish",
            "Ibrahim",
            "Hamdan",
            "Suleiman",
        ],
    ),
    "persian": (
        [
            "Reza",
            "Maryam",
            "Ali",
            "Zahra",
            "Hossein",
            "Parisa",
            "Mehdi",
            "Shirin",
            "Dariush",
            "Leila",
            "Babak",
            "Nasrin",
        ],
        [
            "Ahmadi",
            "Hosseini",
            "Karimi",
            "Moradi",
            "Rahimi",
            "Jafari",
            "Sadeghi",
            "Tehrani",
            "Mohammadi",
            "Ghorbani",
        ],
    ),
    "korean": (
        [
            "Min-jun",
            "Seo-yeon",
            "Ji-ho",
            "Ha-eun",
            "Do-yun",
            "Su-bin",
            "Jae-won",
            "Eun-ji",
            "Young-ho",
            "Mi-kyung",
            "Sung-min",
            "Hye-jin",
        ],
        ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh"],
    ),
    "chinese": (
        [
            "Wei",
            "Fang",
            "Li Na",
            "Jun",
            "Xiaoming",
            "Mei",
            "Hao",
            "Yan",
            "Jie",
            "Lei",
            "Xiu Ying",
            "Chen Long",
        ],
        ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun"],
    ),
    "russian_m": (
        ["Ivan", "Dmitri", "Sergei", "Alexei", "Mikhail", "Pavel", "Andrei", "Yuri"],
        [
            "Ivanov",
            "Kuznetsov",
            "Sokolov",
            "Kozlov",
            "Morozov",
            "Volkov",
            "Smirnov",
            "Popov",
            "Lebedev",
            "Novikov",
        ],
    ),
    "russian_f": (
        ["Olga", "Natalia", "Tatiana", "Elena", "Anna", "Irina", "Svetlana", "Yulia"],
        [
            "Ivanova",
            "Smirnova",
            "Popova",
            "Lebedeva",
            "Novikova",
            "Volkova",
            "Kuznetsova",
            "Sokolova",
            "Morozova",
        ],
    ),
    "spanish": (
        [
            "José",
            "María",
            "Carlos",
            "Lucía",
            "Javier",
            "Carmen",
            "Diego",
            "Sofía",
            "Alejandro",
            "Valentina",
        ],
        [
            "García",
            "Rodríguez",
            "Martínez",
            "López",
            "González",
            "Pérez",
            "Sánchez",
            "Ramírez",
            "Torres",
            "Flores",
        ],
    ),
    "indian": (
        [
            "Aarav",
            "Priya",
            "Rahul",
            "Ananya",
            "Vikram",
            "Lakshmi",
            "Arjun",
            "Sneha",
            "Rohan",
            "Kavya",
            "Suresh",
            "Deepa",
        ],
        [
            "Sharma",
            "Patel",
            "Singh",
            "Kumar",
            "Reddy",
            "Nair",
            "Iyer",
            "Gupta",
            "Das",
            "Menon",
            "Rao",
        ],
    ),
    "yoruba_igbo": (
        [
            "Adebayo",
            "Chinwe",
            "Oluwaseun",
            "Ngozi",
            "Emeka",
            "Folake",
            "Chidi",
            "Yetunde",
            "Ifeanyi",
            "Bolaji",
        ],
        ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Adeleke", "Nwosu", "Ogunleye", "Obi"],
    ),
    "swahili": (
        ["Amani", "Baraka", "Neema", "Juma", "Zawadi", "Imani", "Hamisi", "Rehema"],
        ["Mwangi", "Otieno", "Kamau", "Wanjiru", "Njoroge", "Mutua", "Achieng"],
    ),
    "turkish": (
        ["Mehmet", "Ayşe", "Mustafa", "Elif", "Emre", "Zeynep", "Burak", "Fatma"],
        ["Yılmaz", "Kaya", "Demir", "Çelik", "Şahin", "Aydın", "Öztürk", "Arslan"],
    ),
    "vietnamese": (
        ["Minh", "Lan", "Tuan", "Huong", "Duc", "Thu", "Quang", "Linh"],
        ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui"],
    ),
    "japanese": (
        ["Haruto", "Yui", "Sota", "Aoi", "Ren", "Sakura", "Takumi", "Hina"],
        ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura"],
    ),
    "german": (
        ["Lukas", "Anna", "Maximilian", "Sophie", "Felix", "Lena", "Jonas", "Marie"],
        ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner"],
    ),
    "polish_m": (
        ["Piotr", "Krzysztof", "Tomasz", "Paweł", "Marek"],
        ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski"],
    ),
    "polish_f": (
        ["Agnieszka", "Małgorzata", "Katarzyna", "Ewa", "Joanna"],
        ["Nowak", "Kowalska", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowska"],
    ),
    "filipino": (
        ["Jose", "Maria Cristina", "Mark Anthony", "Jennifer", "Rodel", "Marites"],
        ["Dela Cruz", "Santos", "Reyes", "Bautista", "Garcia", "Mendoza"],
    ),
    "pakistani": (
        ["Imran", "Ayesha", "Bilal", "Sana", "Usman", "Hira", "Faisal", "Zainab"],
        ["Khan", "Malik", "Qureshi", "Chaudhry", "Butt", "Sheikh", "Raza"],
    ),
    "hebrew": (
        ["Noam", "Tamar", "Yosef", "Shira", "Eitan", "Noa"],
        ["Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Friedman"],
    ),
    "greek": (
        ["Giorgos", "Eleni", "Nikos", "Maria", "Dimitris", "Katerina"],
        ["Papadopoulos", "Georgiou", "Nikolaou", "Konstantinou", "Pappas"],
    ),
}


def hand_companies(rng: random.Random) -> list[tuple[str, str, str]]:
    out = []
    for country in sorted(COMPANY_PARTS):
        names, trades, forms = COMPANY_PARTS[country]
        combos = [(n, t, f) for n in names for t in trades for f in forms]
        rng.shuffle(combos)
        for n, t, f in combos[:28]:
            core = f"{t} {n}" if country in TRADE_FIRST else f"{n} {t}"
            out.append(
                (
                    f"{f} {core}" if f in FRONT_FORMS else f"{core} {f}",
                    "organization",
                    f"hand-company-{country}",
                )
            )
    out += [(n, "organization", "hand-institution") for n in INSTITUTIONS]
    return out


def hand_persons(rng: random.Random) -> list[tuple[str, str, str]]:
    out = []
    for culture in sorted(GIVEN_FAMILY):
        given, family = GIVEN_FAMILY[culture]
        combos = [(g, f) for g in given for f in family]
        rng.shuffle(combos)
        for g, f in combos[:30]:
            if culture in ("korean", "chinese", "vietnamese") and rng.random() < 0.5:
                out.append((f"{f} {g}", "person", f"hand-person-{culture}"))
            else:
                out.append((f"{g} {f}", "person", f"hand-person-{culture}"))
    return out


def build_innocent(
    entries: list[Entry], variants: list[list[str]], rng: random.Random
) -> list[list[str]]:
    listed: set[str] = {fold(v[0]) for v in variants}  # nor any variant query

    listed_sorted: set[str] = set()
    for e in entries:
        for n in (e.name, person_natural(e), *e.aliases, *e.original):
            f = fold(n)
            listed.add(f)
            listed_sorted.add(" ".join(sorted(f.split())))
    harvested = read_harvest()
    cands = harvested + hand_companies(rng) + hand_persons(rng)
    rows = []
    seen: set[str] = set()
    for name, kind, src in cands:
        name = " ".join(name.split())
        f = fold(name)
        if not f or f in seen or f in listed or " ".join(sorted(f.split())) in listed_sorted:
            continue
        seen.add(f)
        rows.append([name, kind, src, half_of(name)])
    return rows


def read_harvest() -> list[tuple[str, str, str]]:
    out = []
    for line in HARVEST.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        name, kind, src = line.split("\t")
        out.append((name, kind, src))
    return out


def write_harvest() -> None:
    """Refresh innocent_harvest.txt from the virtualenvs (run with --harvest)."""
    rows = sorted(set(harvest_names()), key=lambda r: (r[2], r[0]))
    text = "# name<TAB>kind<TAB>source; harvested by generate.py --harvest from .venv and bench/screening/.venv\n"
    text += "".join(f"{n}\t{k}\t{s}\n" for n, k, s in rows)
    HARVEST.write_text(text, encoding="utf-8")
    print(f"harvest: {len(rows)} names", file=sys.stderr)


# ---------------------------------------------------------------------------------------------


def write_gz(path: Path, header: str, columns: list[str], rows: Iterable[list[str]]) -> None:
    buf = io.StringIO(newline="")
    buf.write(header + "\n")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    w.writerows(rows)
    raw = buf.getvalue().encode("utf-8")
    with open(path, "wb") as fh, gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0) as gz:
        gz.write(raw)


def load_entries() -> list[Entry]:
    entries = load_ofac("ofac_sdn", "sdn.csv.gz", "alt.csv.gz", "us_ofac_sdn")
    entries += load_un()
    entries += load_ofac("ofac_cons", "cons_prim.csv.gz", "cons_alt.csv.gz", "us_ofac_cons")
    entries += load_csl()
    return entries


def iter_sorted(rows: list[list[str]]) -> Iterator[list[str]]:
    yield from rows


def main(argv: list[str]) -> int:
    if "--harvest" in argv:
        write_harvest()
        return 0
    entries = load_entries()
    rng = random.Random(SEED)
    variants = build_variants(entries, rng)
    innocent = build_innocent(entries, variants, random.Random(SEED + 1))
    OUT.mkdir(parents=True, exist_ok=True)
    write_gz(
        OUT / "independent_variants.csv.gz",
        HEADER_VARIANTS,
        ["query", "category", "kind", "list", "list_id", "list_name", "half"],
        variants,
    )
    write_gz(
        OUT / "independent_innocent.csv.gz",
        HEADER_INNOCENT,
        ["name", "kind", "category", "half"],
        innocent,
    )
    n_entries = len({(r[3], r[4]) for r in variants})
    print(
        f"variants: {len(variants)} of {n_entries} entries; innocent: {len(innocent)}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
