"""Build the independent10 screening check set (issue 17) from the shipped lists.

INDEPENDENT CHECK SET: never tune on it. Written by helper screenind10 on 2026-12-07 without
reading the screener's code, its tests or any earlier check set (see README.md beside this file).

Run from the repository root:  python bench/screening/independent10/generate.py
Stdlib only; the output is byte-identical under any PYTHONHASHSEED.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from random import Random

SEED = 2026121014
PER_CATEGORY = 35
ROOT = Path(__file__).resolve().parents[3]
LISTS = ROOT / "src" / "exportgate" / "screening" / "data" / "lists"
OUT = ROOT / "bench" / "screening" / "data"
HAND = Path(__file__).resolve().parent / "innocent_hand.txt"
MARKER = (
    "# INDEPENDENT CHECK SET (never tune on it): independent10 (issue 17) written by helper "
    "screenind10 on 2026-12-07 from the shipped lists; see bench/screening/independent10/README.md"
)


# --------------------------------------------------------------------------------------------
# Loading (own loader, stdlib only)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One name (primary or alias) of one list record."""

    list: str
    list_id: str
    name: str
    kind: str
    primary: bool
    nat: str  # nationality / citizenship / country words, lower case, may be empty
    program: str  # programme or UN list type, upper case
    remarks: str
    gen: bool  # usable as a variant source (False: only for collision checks)


def _read_gz_text(path: Path) -> str:
    raw = gzip.decompress(path.read_bytes())
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _nz(value: str) -> str:
    v = value.strip()
    return "" if v == "-0-" else v


_OFAC_KIND = {
    "individual": "person",
    "vessel": "vessel",
    "aircraft": "aircraft",
    "": "organization",
}
_AKA_RE = re.compile(r"\b(?:a\.k\.a\.|f\.k\.a\.|n\.k\.a\.),?\s*'([^']+)'")
_NAT_RE = re.compile(r"(?:nationality|citizen|Nationality of Registration) ([^;.]+)")


def load_ofac(folder: str, prim: str, alt: str, list_key: str) -> list[Entry]:
    out: list[Entry] = []
    recs: dict[str, tuple[str, str, str, str]] = {}
    for row in csv.reader(io.StringIO(_read_gz_text(LISTS / folder / prim))):
        if len(row) < 12:
            continue
        ent, name, typ, prog, remarks = (
            row[0].strip(),
            _nz(row[1]),
            _nz(row[2]),
            _nz(row[3]),
            row[11],
        )
        kind = _OFAC_KIND.get(typ, "other")
        nat = " ".join(m.group(1) for m in _NAT_RE.finditer(remarks)).lower()
        if kind == "vessel":
            nat = (nat + " " + _nz(row[9])).strip().lower()
        recs[ent] = (kind, nat, prog.upper(), _nz(remarks))
        out.append(Entry(list_key, ent, name, kind, True, nat, prog.upper(), _nz(remarks), True))
        for m in _AKA_RE.finditer(remarks):
            out.append(Entry(list_key, ent, m.group(1), kind, False, nat, prog.upper(), "", False))
    for row in csv.reader(io.StringIO(_read_gz_text(LISTS / folder / alt))):
        if len(row) < 4 or row[0].strip() not in recs:
            continue
        kind, nat, prog, _ = recs[row[0].strip()]
        out.append(Entry(list_key, row[0].strip(), _nz(row[3]), kind, False, nat, prog, "", True))
    return out


def load_un() -> list[Entry]:
    root = ET.fromstring(
        gzip.decompress((LISTS / "un_sc" / "UN_consolidated_2026-02-27.xml.gz").read_bytes())
    )
    out: list[Entry] = []
    for section, kind, alias_tag in (
        ("INDIVIDUALS", "person", "INDIVIDUAL_ALIAS"),
        ("ENTITIES", "organization", "ENTITY_ALIAS"),
    ):
        sec = root.find(section)
        if sec is None:
            continue
        for rec in sec:
            ref = (rec.findtext("REFERENCE_NUMBER") or "").strip()
            parts = [
                (rec.findtext(t) or "").strip()
                for t in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
            ]
            name = " ".join(p for p in parts if p)
            nat = " ".join((v.text or "") for v in rec.iter("VALUE") if v.text).lower()
            prog = (rec.findtext("UN_LIST_TYPE") or "").strip().upper()
            orig = (rec.findtext("NAME_ORIGINAL_SCRIPT") or "").strip()
            remarks = "ORIG=" + orig if orig else ""
            out.append(Entry("un_sc", ref, name, kind, True, nat, prog, remarks, True))
            for al in rec.findall(alias_tag):
                an = (al.findtext("ALIAS_NAME") or "").strip()
                if an:
                    out.append(Entry("un_sc", ref, an, kind, False, nat, prog, "", True))
            if orig:
                out.append(Entry("un_sc", ref, orig, kind, False, nat, prog, "", False))
    return out


_CSL_KIND = {
    "Individual": "person",
    "Entity": "organization",
    "Vessel": "vessel",
    "Aircraft": "aircraft",
}


def load_csl() -> tuple[list[Entry], dict[str, str]]:
    out: list[Entry] = []
    links: dict[str, str] = {}
    text = _read_gz_text(LISTS / "us_csl" / "consolidated_2022-05.csv.gz")
    for row in csv.DictReader(io.StringIO(text)):
        rid = row["_id"].strip()
        name = row["name"].strip()
        kind = _CSL_KIND.get(row["type"].strip(), "")
        if not kind:
            names = [name] + row["alt_names"].split(";")
            kind = "organization" if any(_legal_positions(n.split()) for n in names) else "other"
        nat = " ".join(row[k] for k in ("nationalities", "citizenships", "addresses")).lower()
        prog = (row["programs"] + " " + row["source"]).upper()
        if row["entity_number"].strip():
            links[rid] = row["entity_number"].strip()
        out.append(Entry("us_csl", rid, name, kind, True, nat, prog, row["remarks"], True))
        for al in row["alt_names"].split(";"):
            if al.strip():
                out.append(Entry("us_csl", rid, al.strip(), kind, False, nat, prog, "", True))
    return out, links


def load_dpl() -> list[Entry]:
    out: list[Entry] = []
    text = _read_gz_text(LISTS / "bis_dpl" / "dpl_2023-11-30.txt.gz")
    for i, row in enumerate(csv.DictReader(io.StringIO(text), delimiter="\t")):
        name = (row.get("Name") or "").strip()
        if name:
            out.append(Entry("us_bis_dpl", f"dpl{i}", name, "other", True, "", "DPL", "", False))
    return out


# --------------------------------------------------------------------------------------------
# Folding and parties
# --------------------------------------------------------------------------------------------


def fold(text: str) -> str:
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = t.casefold().replace("ı", "i").replace("ə", "e").replace("ß", "ss")
    t = re.sub(r"['’`ʿʾ‘]", "", t)
    t = re.sub(r"[^\w]+|_", " ", t)
    return " ".join(t.split())


def word_key(text: str) -> str:
    return " ".join(sorted(fold(text).split()))


def compact_key(text: str) -> str:
    return fold(text).replace(" ", "")


class Parties:
    def __init__(self, entries: list[Entry], csl_links: dict[str, str]) -> None:
        self.parent: dict[tuple[str, str], tuple[str, str]] = {}
        for e in entries:
            self.parent.setdefault((e.list, e.list_id), (e.list, e.list_id))
        by_key: dict[str, tuple[str, str]] = {}
        for e in entries:
            k = word_key(e.name)
            if len(k.split()) >= 2:
                if k in by_key:
                    self.union(by_key[k], (e.list, e.list_id))
                else:
                    by_key[k] = (e.list, e.list_id)
        for rid, ent in sorted(csl_links.items()):
            if ("us_ofac_sdn", ent) in self.parent:
                self.union(("us_csl", rid), ("us_ofac_sdn", ent))
        # name index: folded keys -> parties
        self.by_word: dict[str, set[tuple[str, str]]] = {}
        self.by_compact: dict[str, set[tuple[str, str]]] = {}
        for e in entries:
            p = self.find((e.list, e.list_id))
            self.by_word.setdefault(word_key(e.name), set()).add(p)
            self.by_compact.setdefault(compact_key(e.name), set()).add(p)

    def find(self, x: tuple[str, str]) -> tuple[str, str]:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: tuple[str, str], b: tuple[str, str]) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def collides(self, query: str, e: Entry) -> bool:
        own = self.find((e.list, e.list_id))
        hits = self.by_word.get(word_key(query), set()) | self.by_compact.get(
            compact_key(query), set()
        )
        return any(p != own for p in hits)

    def listed_key(self, name: str) -> bool:
        return word_key(name) in self.by_word or compact_key(name) in self.by_compact


# --------------------------------------------------------------------------------------------
# Name facts
# --------------------------------------------------------------------------------------------

LEGAL_MULTI: list[tuple[str, ...]] = [
    ("CLOSED", "JOINT", "STOCK", "COMPANY"),
    ("OPEN", "JOINT", "STOCK", "COMPANY"),
    ("PUBLIC", "JOINT", "STOCK", "COMPANY"),
    ("JOINT", "STOCK", "COMPANY"),
    ("LIMITED", "LIABILITY", "COMPANY"),
    ("LIMITED", "LIABILITY", "PARTNERSHIP"),
    ("SOCIEDAD", "ANONIMA"),
    ("PRIVATE", "LIMITED"),
    ("CO", "LTD"),
    ("COMPANY", "LIMITED"),
    ("SA", "DE", "CV"),
    ("S", "A"),
    ("PTE", "LTD"),
    ("PVT", "LTD"),
    ("SDN", "BHD"),
]
LEGAL_SINGLE = {
    "LIMITED",
    "LTD",
    "LLC",
    "JSC",
    "OJSC",
    "CJSC",
    "PJSC",
    "OAO",
    "ZAO",
    "OOO",
    "AO",
    "PAO",
    "TOO",
    "SA",
    "SAC",
    "SAS",
    "SARL",
    "SRL",
    "SPA",
    "GMBH",
    "AG",
    "INC",
    "INCORPORATED",
    "CORP",
    "CORPORATION",
    "LLP",
    "PLC",
    "FZE",
    "FZCO",
    "FZC",
    "BV",
    "NV",
    "KG",
    "DOO",
    "AD",
    "EOOD",
    "OOD",
    "KK",
    "SAL",
    "CA",
    "COMPANY",
    "CO",
    "PJS",
    "TOV",
    "BHD",
    "PTE",
    "PVT",
    "AS",
    "AB",
    "OY",
}


def _bare(token: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", "", token).upper()


def _legal_positions(words: list[str]) -> list[tuple[int, int]]:
    """Spans (start, end) of legal-form words in a word list, longest match first."""
    bare = [_bare(w) for w in words]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        hit = 0
        for form in LEGAL_MULTI:
            if tuple(bare[i : i + len(form)]) == form:
                hit = len(form)
                break
        if not hit and bare[i] in LEGAL_SINGLE and len(words) > 1:
            hit = 1
        if hit:
            spans.append((i, i + hit))
            i += hit
        else:
            i += 1
    return spans


def person_parts(e: Entry) -> tuple[list[str], list[str]] | None:
    """(given words, family words) of a person's name, or None when not clear."""
    name = e.name.strip()
    if "," in name:
        fam, _, giv = name.partition(",")
        fw, gw = fam.split(), giv.split()
        if fw and gw and "," not in giv:
            return gw, fw
        return None
    words = name.split()
    if len(words) < 2:
        return None
    if e.list == "un_sc":
        if e.program == "DPRK" or "china" in e.nat or "korea" in e.nat:
            return words[1:], words[:1]
        return words[:-1], words[-1:]
    return None


KOREAN_FAMILY = {
    "KIM",
    "RI",
    "LI",
    "PAK",
    "PAEK",
    "CHOE",
    "JANG",
    "CHANG",
    "JON",
    "CHON",
    "JO",
    "CHO",
    "KANG",
    "HAN",
    "HWANG",
    "YUN",
    "SONG",
    "RIM",
    "RYOM",
    "O",
    "CHOL",
    "HO",
    "HONG",
    "KO",
    "MUN",
    "NAM",
    "SIN",
    "SO",
    "SON",
    "YANG",
    "YU",
    "JU",
    "CHU",
    "KWON",
    "CHA",
    "KIL",
    "MA",
    "PANG",
    "RYU",
    "TONG",
    "WON",
    "YI",
    "LEE",
    "PARK",
    "CHOI",
    "JONG",
    "CHONG",
    "HYON",
    "JI",
    "CHI",
    "KYE",
    "OH",
    "PYON",
    "SOK",
    "RA",
    "AN",
    "UM",
    "KWAK",
    "YO'N",
    "YON",
}


def _korean_family(e: Entry) -> bool:
    pp = person_parts(e)
    if pp is None:
        return e.kind != "person"
    return pp[1][0].upper() in KOREAN_FAMILY


def tradition(e: Entry) -> str:
    n, p, name = e.nat, e.program, e.name.upper()
    if ("korea" in n or "DPRK" in p or "NKOREA" in p) and _korean_family(e):
        return "korean"
    if "china" in n or "hong kong" in n or "CMIC" in p:
        return "chinese"
    if (
        "russia" in n
        or "ukrain" in n
        or "belarus" in n
        or "RUSSIA" in p
        or "UKRAINE" in p
        or "BELARUS" in p
    ):
        return "russian"
    if "iran" in n or "IRAN" in p or "IRGC" in p:
        return "persian"
    if any(
        c in n
        for c in (
            "mexico",
            "colombia",
            "venezuela",
            "nicaragua",
            "guatemala",
            "spain",
            "peru",
            "ecuador",
            "honduras",
            "paraguay",
            "cuba",
            "argentina",
            "panama",
            "el salvador",
            "bolivia",
        )
    ):
        return "hispanic"
    if any(c in n for c in ("turkey", "azerbaijan", "turkiye")):
        return "turkic"
    if any(c in n for c in ("japan",)):
        return "japanese"
    if any(c in n for c in ("vietnam", "viet nam")):
        return "vietnamese"
    if any(c in n for c in ("hungary",)):
        return "hungarian"
    if any(
        c in n
        for c in (
            "syria",
            "iraq",
            "lebanon",
            "yemen",
            "saudi",
            "egypt",
            "libya",
            "jordan",
            "kuwait",
            "tunisia",
            "algeria",
            "morocco",
            "palestin",
            "sudan",
            "qatar",
            "bahrain",
            "emirates",
            "mauritania",
            "somalia",
        )
    ) or any(
        t in p
        for t in (
            "SDGT",
            "SYRIA",
            "IRAQ",
            "LIBYA",
            "YEMEN",
            "HIZBALLAH",
            "FTO",
            "QDI",
            "AL-QAIDA",
            "ISIL",
        )
    ):
        return "arabic"
    if re.search(r"\b(AL|ABD|ABDUL|ABU|BIN|MOHAMMED|MUHAMMAD|AHMED|AHMAD)\b", name):
        return "arabic"
    return "other"


# --------------------------------------------------------------------------------------------
# Small string helpers
# --------------------------------------------------------------------------------------------

VOWELS = "AEIOUaeiou"


def _case_like(src: str, new: str) -> str:
    if src.isupper():
        return new.upper()
    if src[:1].isupper():
        return new[:1].upper() + new[1:].lower()
    return new.lower()


def _word_indices(words: list[str], min_len: int = 4) -> list[int]:
    return [
        i
        for i, w in enumerate(words)
        if len(re.sub(r"[^A-Za-z]", "", w)) >= min_len and w.isalpha()
    ]


def _letters(word: str) -> list[int]:
    return [i for i, c in enumerate(word) if c.isalpha()]


def slip_transpose(word: str, rng: Random) -> str | None:
    idx = [
        i
        for i in range(1, len(word) - 2)
        if word[i].isalpha() and word[i + 1].isalpha() and word[i].lower() != word[i + 1].lower()
    ]
    if not idx:
        return None
    i = rng.choice(idx)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def slip_drop(word: str, rng: Random) -> str | None:
    idx = [i for i in range(1, len(word) - 1) if word[i].isalpha()]
    if not idx:
        return None
    i = rng.choice(idx)
    return word[:i] + word[i + 1 :]


def slip_double(word: str, rng: Random) -> str | None:
    idx = [i for i in range(1, len(word)) if word[i].isalpha() and word[i] != word[i - 1]]
    if not idx:
        return None
    i = rng.choice(idx)
    return word[:i] + word[i] + word[i:]


QWERTY = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]


def _neighbours(c: str) -> str:
    lc = c.lower()
    for r, row in enumerate(QWERTY):
        j = row.find(lc)
        if j < 0:
            continue
        out = ""
        for dr in (-1, 0, 1):
            rr = r + dr
            if 0 <= rr < 3:
                for dj in (-1, 1) if dr == 0 else (0, 1) if dr == -1 else (-1, 0):
                    jj = j + dj
                    if 0 <= jj < len(QWERTY[rr]):
                        out += QWERTY[rr][jj]
        return out
    return ""


def slip_key(word: str, rng: Random) -> str | None:
    idx = [i for i in range(1, len(word)) if word[i].isalpha() and _neighbours(word[i])]
    if not idx:
        return None
    i = rng.choice(idx)
    n = rng.choice(_neighbours(word[i]))
    n = n.upper() if word[i].isupper() else n
    return word[:i] + n + word[i + 1 :]


def slip_vowel(word: str, rng: Random) -> str | None:
    idx = [i for i in range(1, len(word)) if word[i] in VOWELS]
    if not idx:
        return None
    i = rng.choice(idx)
    choices = [v for v in "aeiou" if v != word[i].lower()]
    v = rng.choice(choices)
    return word[:i] + (v.upper() if word[i].isupper() else v) + word[i + 1 :]


def change_word(
    name: str, rng: Random, fn: Callable[[str, Random], str | None], min_len: int = 4
) -> str | None:
    words = name.split()
    idx = _word_indices(words, min_len)
    if not idx:
        return None
    i = rng.choice(idx)
    new = fn(words[i], rng)
    if new is None or new == words[i]:
        return None
    words[i] = new
    return " ".join(words)


def natural(e: Entry) -> str | None:
    pp = person_parts(e)
    if pp is None:
        return None
    g, f = pp
    return " ".join(g + f)


# --------------------------------------------------------------------------------------------
# Transforms: organisations
# --------------------------------------------------------------------------------------------

LONG_LEGAL = {
    "LIMITED",
    "COMPANY",
    "CORPORATION",
    "LIABILITY",
    "JOINT",
    "STOCK",
    "INCORPORATED",
    "PARTNERSHIP",
    "SOCIEDAD",
    "ANONIMA",
    "PRIVATE",
}


def _org_words(e: Entry) -> list[str]:
    return e.name.replace(",", " ").split()


def legal_misspelt(kind: str) -> Callable[[Entry, Random], str | None]:
    fn = {"transposed": slip_transpose, "dropped": slip_drop, "doubled": slip_double}[kind]

    def t(e: Entry, rng: Random) -> str | None:
        words = _org_words(e)
        idx = [i for i, w in enumerate(words) if _bare(w) in LONG_LEGAL]
        if not idx:
            return None
        i = rng.choice(idx)
        core = _bare(words[i])
        new = fn(core, rng)
        if new is None:
            return None
        words[i] = _case_like(words[i], new)
        return " ".join(words)

    return t


SPACEABLE = {
    "LLC",
    "JSC",
    "OJSC",
    "CJSC",
    "PJSC",
    "OOO",
    "OAO",
    "ZAO",
    "SA",
    "SAC",
    "SAS",
    "KK",
    "AD",
    "PLC",
    "FZE",
    "SRL",
    "LTD",
    "AO",
    "PAO",
    "GMBH",
    "DOO",
    "SAL",
    "FZCO",
    "LLP",
    "BV",
    "NV",
    "AG",
    "INC",
    "CO",
}


def _short_form_index(words: list[str]) -> list[int]:
    return [i for i, w in enumerate(words) if _bare(w) in SPACEABLE and len(_bare(w)) >= 2]


def legal_spaced(e: Entry, rng: Random) -> str | None:
    words = _org_words(e)
    idx = _short_form_index(words)
    if not idx:
        return None
    i = rng.choice(idx)
    b = _bare(words[i])
    style = rng.choice(["upper", "mixed"])
    letters = (
        list(b)
        if style == "upper"
        else [b[0]] + [c.lower() if rng.random() < 0.5 else c for c in b[1:]]
    )
    words[i] = " ".join(letters)
    if (
        b == "SA"
        and i + 2 < len(words)
        and _bare(words[i + 1]) == "DE"
        and _bare(words[i + 2]) == "CV"
    ):
        words[i + 1 : i + 3] = ["De", "C V"]
    return " ".join(words)


def legal_dotted(e: Entry, rng: Random) -> str | None:
    words = _org_words(e)
    idx = _short_form_index(words)
    if not idx:
        return None
    i = rng.choice(idx)
    b = _bare(words[i])
    mode = rng.choice(["clean", "stray", "nospace"])
    if mode == "clean":
        words[i] = ".".join(b) + "."
    elif mode == "stray":
        k = rng.randrange(1, len(b))
        words[i] = b[:k] + ".." + b[k:] + "."
    else:
        words[i] = ".".join(b)
    return " ".join(words)


def legal_moved(e: Entry, rng: Random) -> str | None:
    words = _org_words(e)
    spans = _legal_positions(words)
    if not spans:
        return None
    s, t = spans[0] if spans[0][0] == 0 else spans[-1]
    form = words[s:t]
    rest = words[:s] + words[t:]
    if not rest or len(rest) == len(words):
        return None
    if s == 0:
        return " ".join(rest + form)
    return " ".join(form + rest)


def legal_dropped(e: Entry, rng: Random) -> str | None:
    words = _org_words(e)
    spans = _legal_positions(words)
    if not spans:
        return None
    s, t = rng.choice(spans)
    rest = words[:s] + words[t:]
    if len(rest) < 2:
        return None
    return " ".join(rest)


LEGAL_TRANSLATE: list[tuple[tuple[str, ...], list[str]]] = [
    (
        ("LIMITED", "LIABILITY", "COMPANY"),
        ["OOO", "TOV", "OBSHCHESTVO S OGRANICHENNOY OTVETSTVENNOSTYU", "SRL"],
    ),
    (("CLOSED", "JOINT", "STOCK", "COMPANY"), ["ZAO", "ZAKRYTOE AKTSIONERNOE OBSHCHESTVO"]),
    (("OPEN", "JOINT", "STOCK", "COMPANY"), ["OAO", "OTKRYTOE AKTSIONERNOE OBSHCHESTVO"]),
    (("PUBLIC", "JOINT", "STOCK", "COMPANY"), ["PAO", "PUBLICHNOE AKTSIONERNOE OBSHCHESTVO"]),
    (("JOINT", "STOCK", "COMPANY"), ["AO", "AKTSIONERNOE OBSHCHESTVO", "AD", "SA"]),
    (("OOO",), ["LIMITED LIABILITY COMPANY", "LLC"]),
    (("ZAO",), ["CLOSED JOINT STOCK COMPANY", "CJSC"]),
    (("OAO",), ["OPEN JOINT STOCK COMPANY", "OJSC"]),
    (("PAO",), ["PUBLIC JOINT STOCK COMPANY", "PJSC"]),
    (("AO",), ["JOINT STOCK COMPANY", "JSC"]),
    (("LLC",), ["OOO", "TOV", "SRL", "GMBH"]),
    (("JSC",), ["AO", "AKTSIONERNOE OBSHCHESTVO"]),
    (("CO", "LTD"), ["YOUXIAN GONGSI", "GMBH", "SDN BHD"]),
    (("COMPANY", "LIMITED"), ["YOUXIAN GONGSI", "KABUSHIKI KAISHA"]),
    (("SA",), ["SOCIEDAD ANONIMA", "AG", "PLC"]),
    (("SOCIEDAD", "ANONIMA"), ["SA", "PLC", "CORPORATION"]),
    (("GMBH",), ["LLC", "LIMITED"]),
    (("LTD",), ["GMBH", "SARL", "SRL", "SDN BHD"]),
    (("LIMITED",), ["GMBH", "SARL", "SRL"]),
    (("INC",), ["SA", "AG", "GMBH"]),
    (("COMPANY",), ["SHERKAT", "COMPANIA", "KOMPANIYA"]),
]

LEGAL_EXPAND: list[tuple[tuple[str, ...], str]] = [
    (("LLC",), "LIMITED LIABILITY COMPANY"),
    (("LIMITED", "LIABILITY", "COMPANY"), "LLC"),
    (("LTD",), "LIMITED"),
    (("LIMITED",), "LTD"),
    (("CO", "LTD"), "COMPANY LIMITED"),
    (("COMPANY", "LIMITED"), "CO LTD"),
    (("INC",), "INCORPORATED"),
    (("CORP",), "CORPORATION"),
    (("CORPORATION",), "CORP"),
    (("JSC",), "JOINT STOCK COMPANY"),
    (("JOINT", "STOCK", "COMPANY"), "JSC"),
    (("CJSC",), "CLOSED JOINT STOCK COMPANY"),
    (("CLOSED", "JOINT", "STOCK", "COMPANY"), "CJSC"),
    (("OJSC",), "OPEN JOINT STOCK COMPANY"),
    (("OPEN", "JOINT", "STOCK", "COMPANY"), "OJSC"),
    (("PJSC",), "PUBLIC JOINT STOCK COMPANY"),
    (("PUBLIC", "JOINT", "STOCK", "COMPANY"), "PJSC"),
    (("PVT", "LTD"), "PRIVATE LIMITED"),
    (("PRIVATE", "LIMITED"), "PVT LTD"),
]


def _replace_seq(
    words: list[str], table: list[tuple[tuple[str, ...], list[str]]], rng: Random
) -> list[str] | None:
    bare = [_bare(w) for w in words]
    options: list[tuple[int, int, list[str]]] = []
    for i in range(len(words)):
        for seq, repl in table:
            if tuple(bare[i : i + len(seq)]) == seq:
                options.append((i, i + len(seq), repl))
                break
    if not options:
        return None
    s, t, repl = rng.choice(options)
    r = rng.choice(repl)
    r = r if words[s].isupper() else r.title()
    return words[:s] + r.split() + words[t:]


def legal_translated(e: Entry, rng: Random) -> str | None:
    out = _replace_seq(_org_words(e), LEGAL_TRANSLATE, rng)
    return " ".join(out) if out else None


def legal_expanded(e: Entry, rng: Random) -> str | None:
    out = _replace_seq(_org_words(e), [(a, [b]) for a, b in LEGAL_EXPAND], rng)
    return " ".join(out) if out else None


GENERIC_TRANSLATE: list[tuple[tuple[str, ...], list[str]]] = [
    (("BANK",), ["BANQUE", "BANCO", "BANKA"]),
    (("INTERNATIONAL",), ["INTERNACIONAL", "INTERNATIONALE", "BEYNOLMELAL"]),
    (("TRADING",), ["TEJARAT", "TICARET", "COMERCIAL", "TORGOVY"]),
    (("SHIPPING",), ["KESHTIRANI", "NAVIGATION", "DENIZCILIK"]),
    (("INDUSTRIES",), ["SANAYE", "INDUSTRIAS", "SANAYI"]),
    (("INDUSTRIAL",), ["SANATI", "INDUSTRIALNY"]),
    (("GROUP",), ["GRUPO", "GRUPPA", "GRUPPE"]),
    (("ENGINEERING",), ["MOHANDESI", "INGENIERIA", "MUHENDISLIK"]),
    (("ELECTRONICS",), ["ELEKTRONIKA", "ELECTRONICA"]),
    (("TECHNOLOGY",), ["TEKHNOLOGIYA", "TECNOLOGIA", "TEKNOLOJI"]),
    (("TECHNOLOGIES",), ["TEKHNOLOGII", "TECNOLOGIAS"]),
    (("PETROLEUM",), ["NEFT", "PETROLEO"]),
    (("OIL",), ["NEFT", "NAFT"]),
    (("CONSTRUCTION",), ["SAKHTEMAN", "CONSTRUCCIONES", "STROY"]),
    (("INVESTMENT",), ["SARMAYEGOZARI", "INVERSIONES", "INVEST"]),
    (("COMMERCIAL",), ["TEJARI", "COMERCIAL"]),
    (("SERVICES",), ["SERVICIOS", "KHADAMAT", "SERVIS"]),
    (("AVIATION",), ["HAVAPEYMAYI", "AVIATSIYA"]),
    (("BANQUE",), ["BANK"]),
    (("BANCO",), ["BANK"]),
    (("SHERKAT",), ["COMPANY"]),
    (("TEJARAT",), ["TRADING"]),
    (("KESHTIRANI",), ["SHIPPING"]),
    (("SANAYE",), ["INDUSTRIES"]),
    (("NAFT",), ["OIL"]),
    (("GRUPO",), ["GROUP"]),
    (("COMPANIA",), ["COMPANY"]),
    (("COMERCIAL",), ["COMMERCIAL", "TRADING"]),
    (("INVERSIONES",), ["INVESTMENTS"]),
    (("SERVICIOS",), ["SERVICES"]),
    (("NAUCHNO", "PROIZVODSTVENNOE", "OBEDINENIE"), ["SCIENTIFIC PRODUCTION ASSOCIATION"]),
    (("SCIENTIFIC", "PRODUCTION", "ASSOCIATION"), ["NAUCHNO PROIZVODSTVENNOE OBEDINENIE", "NPO"]),
    (("RESEARCH", "INSTITUTE"), ["NAUCHNO ISSLEDOVATELSKIY INSTITUT", "NII"]),
    (("PLANT",), ["ZAVOD"]),
    (("ZAVOD",), ["PLANT", "FACTORY", "WORKS"]),
    (("FACTORY",), ["ZAVOD", "FABRIKA"]),
]


def generic_translated(e: Entry, rng: Random) -> str | None:
    out = _replace_seq(_org_words(e), GENERIC_TRANSLATE, rng)
    return " ".join(out) if out else None


ABBREV = {
    "INTERNATIONAL": ["INTL", "INT'L"],
    "COMPANY": ["CO"],
    "TRADING": ["TRDG"],
    "INDUSTRIES": ["INDS", "IND"],
    "CORPORATION": ["CORP"],
    "ENGINEERING": ["ENGG", "ENG"],
    "MANUFACTURING": ["MFG"],
    "TECHNOLOGY": ["TECH"],
    "TECHNOLOGIES": ["TECH"],
    "DEVELOPMENT": ["DEVT", "DEV"],
    "MANAGEMENT": ["MGMT"],
    "SERVICES": ["SVCS"],
    "ELECTRONICS": ["ELEC"],
    "INDUSTRIAL": ["INDL"],
    "ASSOCIATION": ["ASSN"],
    "BROTHERS": ["BROS"],
    "INVESTMENT": ["INVT"],
    "INVESTMENTS": ["INVTS"],
    "GENERAL": ["GEN"],
    "NATIONAL": ["NATL"],
    "MARITIME": ["MAR"],
}


def generic_abbreviated(e: Entry, rng: Random) -> str | None:
    words = _org_words(e)
    for i, w in enumerate(words):  # the first generic word
        b = _bare(w)
        if b in ABBREV:
            a = rng.choice(ABBREV[b])
            words[i] = a if w.isupper() else a.title()
            if rng.random() < 0.4:
                words[i] += "."
            return " ".join(words)
    return None


PLACES = [
    "Dubai",
    "Hong Kong",
    "Shenzhen",
    "Moscow",
    "Tehran",
    "Istanbul",
    "Singapore",
    "Minsk",
    "Beirut",
    "Caracas",
    "Kuala Lumpur",
    "Almaty",
    "Tashkent",
    "Yerevan",
    "Baku",
    "Damascus",
    "Sharjah",
    "Shanghai",
    "Novosibirsk",
    "St. Petersburg",
]


def place_appended(e: Entry, rng: Random) -> str | None:
    p = rng.choice(PLACES)
    style = rng.randrange(5)
    n = e.name
    if style == 0:
        return f"{n} ({p} branch)"
    if style == 1:
        return f"{n} - {p}"
    if style == 2:
        return f"{n}, {p} Branch"
    if style == 3:
        return f"{n} (branch)"
    return f"{n} {p.upper()} OFFICE"


COUNTRIES = [
    "(UAE)",
    "(Hong Kong)",
    "(HK)",
    "(Russia)",
    "(Cyprus)",
    "(BVI)",
    "(Malaysia)",
    "(Turkey)",
    "(PRC)",
    "(Singapore)",
    "(Iran)",
    "(Seychelles)",
]
COUNTRY_LTD = [
    "Hong Kong Limited",
    "(HK) Limited",
    "Singapore Pte Ltd",
    "FZE",
    "DMCC",
    "Cyprus Ltd",
    "UK Ltd",
    "Malaysia Sdn Bhd",
]


def country_appended(e: Entry, rng: Random) -> str | None:
    words = _org_words(e)
    if rng.random() < 0.5:
        return e.name + " " + rng.choice(COUNTRIES)
    spans = _legal_positions(words)
    core = words
    if spans and spans[-1][1] == len(words):
        core = words[: spans[-1][0]]
    if len(core) < 1:
        return None
    return " ".join(core) + " " + rng.choice(COUNTRY_LTD)


def and_ampersand(e: Entry, rng: Random) -> str | None:
    n = e.name
    if re.search(r"\s&\s", n):
        return re.sub(r"\s&\s", rng.choice([" AND ", " and ", " + ", " Y ", " VA "]), n, count=1)
    if re.search(r"\bAND\b", n, re.I):
        return re.sub(r"\s(?:AND|and|And)\s", rng.choice([" & ", "&", " + "]), n, count=1)
    return None


GROUPISH = {
    "GROUP": ["HOLDING", "HOLDINGS"],
    "HOLDING": ["GROUP", "HOLDINGS"],
    "HOLDINGS": ["GROUP", "HOLDING"],
}


def the_added_dropped(e: Entry, rng: Random) -> str | None:
    words = _org_words(e)
    if words and _bare(words[0]) == "THE":
        return " ".join(words[1:])
    if (
        _bare(words[0]) in LEGAL_SINGLE
        or _bare(words[0]) in ("OPEN", "CLOSED", "PUBLIC", "JOINTSTOCK", "JOINT", "LIMITED")
        or (words[0].isupper() and _bare(words[0]) in ("GRUPO", "INVERSIONES", "GRUPPA"))
        or len(words) < 2
    ):
        return None
    return ("THE " if e.name.isupper() else "The ") + " ".join(words)


def group_holding_swapped(e: Entry, rng: Random) -> str | None:
    words = _org_words(e)
    for i, w in enumerate(words):
        if _bare(w) in GROUPISH:
            choices = [c for c in GROUPISH[_bare(w)] if c not in {_bare(x) for x in words}]
            if not choices:
                return None
            r = rng.choice(choices)
            words[i] = r if w.isupper() else r.title()
            break
    return " ".join(words)


TRADE_NAMES = [
    "GLOBAL LINK",
    "SILK ROAD SUPPLIES",
    "EASTERN STAR",
    "BLUE OCEAN",
    "NOVA TRADE",
    "PRIME LOGISTICS",
    "GOLDEN GATE",
    "UNITED SOURCING",
    "ORIENT EXPRESS",
    "ATLAS",
]


def trading_name(
    aliases: dict[tuple[str, str], list[str]],
) -> Callable[[Entry, Random], str | None]:
    def t(e: Entry, rng: Random) -> str | None:
        others = [
            a
            for a in aliases.get((e.list, e.list_id), [])
            if word_key(a) != word_key(e.name) and len(a) > 3
        ]
        other = rng.choice(others) if others and rng.random() < 0.6 else rng.choice(TRADE_NAMES)
        fmt = rng.choice(
            [
                "{a} t/a {b}",
                "{a} T/A {b}",
                "{a} d/b/a {b}",
                "{a} DBA {b}",
                "{a} (formerly {b})",
                "{b} t/a {a}",
                "{a} trading as {b}",
            ]
        )
        return fmt.format(a=e.name, b=other)

    return t


VESSEL_PREFIX = ["MV", "M/V", "MT", "M.T.", "M/T", "SS", "MV.", "TANKER", "VESSEL", "MY"]


def vessel_prefix(e: Entry, rng: Random) -> str | None:
    return rng.choice(VESSEL_PREFIX) + " " + e.name


_IMO_RE = re.compile(r"IMO (\d{7})")
_MSN_RE = re.compile(r"\(MSN\) (\S+?)[;.]")


def vessel_imo_flag(flags: dict[tuple[str, str], str]) -> Callable[[Entry, Random], str | None]:
    def t(e: Entry, rng: Random) -> str | None:
        remarks = e.remarks
        if e.kind == "vessel":
            m = _IMO_RE.search(remarks)
            flag = flags.get((e.list, e.list_id), "")
            opts = []
            if m:
                opts += [
                    f"{e.name} IMO {m.group(1)}",
                    f"{e.name} (IMO: {m.group(1)})",
                    f"{e.name} IMO{m.group(1)}",
                ]
            if flag:
                opts += [f"{e.name} ({flag} flag)", f"{e.name} - {flag.upper()}"]
            if m and flag:
                opts.append(f"{e.name} / {flag} / IMO {m.group(1)}")
            return rng.choice(opts) if opts else None
        m2 = _MSN_RE.search(remarks)
        if m2:
            return rng.choice(
                [
                    f"{e.name} MSN {m2.group(1)}",
                    f"{e.name} (MSN: {m2.group(1)})",
                    f"AIRCRAFT {e.name} S/N {m2.group(1)}",
                ]
            )
        return None

    return t


# --------------------------------------------------------------------------------------------
# Transforms: persons
# --------------------------------------------------------------------------------------------


def family_first(e: Entry, rng: Random) -> str | None:
    pp = person_parts(e)
    if pp is None:
        return None
    g, f = pp
    if e.list == "un_sc" and (e.program == "DPRK" or "china" in e.nat):
        return " ".join(g + f)  # UN writes these family first: write given first
    return " ".join(f + g)


def comma_kyc(e: Entry, rng: Random) -> str | None:
    pp = person_parts(e)
    if pp is None:
        return None
    g, f = pp
    fam = " ".join(f).upper()
    giv = " ".join(w.title() for w in g)
    if "," in e.name:
        return f"{fam.title()}, {giv.upper()}" if rng.random() < 0.5 else f"{fam},{giv}"
    return f"{fam}, {giv}"


def initials_given(e: Entry, rng: Random) -> str | None:
    pp = person_parts(e)
    if pp is None:
        return None
    g, f = pp
    gw = [w for w in g if w[:1].isalpha()]
    if len(gw) < 2:
        return None
    style = rng.randrange(3)
    if style == 0:
        ini = " ".join(w[0].upper() + "." for w in gw)
    elif style == 1:
        ini = "".join(w[0].upper() for w in gw)
    else:
        ini = " ".join(w[0].upper() for w in gw)
    return f"{ini} {' '.join(f)}"


def initial_first_rest(e: Entry, rng: Random) -> str | None:
    pp = person_parts(e)
    if pp is None:
        return None
    g, f = pp
    if len(g) < 2 or not g[0][:1].isalpha():
        return None
    return f"{g[0][0].upper()}. {' '.join(g[1:])} {' '.join(f)}"


def dropped_middle(e: Entry, rng: Random) -> str | None:
    pp = person_parts(e)
    if pp is None:
        return None
    g, f = pp
    if len(g) < 2:
        return None
    i = rng.randrange(1, len(g))
    g2 = g[:i] + g[i + 1 :]
    return " ".join(g2 + f)


PREFIX_TITLES = [
    "Mr",
    "Mr.",
    "Dr",
    "Dr.",
    "Eng.",
    "Sheikh",
    "Hajji",
    "Haji",
    "Prof.",
    "Mrs",
    "MR",
    "DR",
    "Sayyid",
    "Mullah",
    "Col.",
]
SUFFIX_TITLES = ["Jr", "Jr.", "Sr", "Sr.", "II", "III", "PhD"]


def title_prefix(e: Entry, rng: Random) -> str | None:
    n = natural(e) or (e.name if "," not in e.name else None)
    if n is None:
        return None
    return rng.choice(PREFIX_TITLES) + " " + n


def title_suffix(e: Entry, rng: Random) -> str | None:
    n = natural(e) or (e.name if "," not in e.name else None)
    if n is None:
        return None
    s = rng.choice(SUFFIX_TITLES)
    return f"{n}, {s}" if rng.random() < 0.3 else f"{n} {s}"


NICK = {
    "ALEKSANDR": ["ALEXANDER", "SASHA", "ALEX"],
    "ALEXANDER": ["SASHA", "ALEX"],
    "MIKHAIL": ["MICHAEL", "MISHA"],
    "YEVGENIY": ["EUGENE", "ZHENYA"],
    "YEVGENY": ["EUGENE"],
    "EVGENY": ["EUGENE"],
    "EVGENIY": ["EUGENE"],
    "DMITRIY": ["DMITRI", "DIMA"],
    "DMITRY": ["DIMA", "DMITRI"],
    "VLADIMIR": ["VOVA", "VOLODYA"],
    "PYOTR": ["PETER"],
    "PETR": ["PETER"],
    "NIKOLAY": ["NICHOLAS", "KOLYA"],
    "NIKOLAI": ["NICHOLAS"],
    "SERGEY": ["SERGE", "SERGEI"],
    "SERGEI": ["SERGE"],
    "IOSIF": ["JOSEPH"],
    "YAKOV": ["JACOB"],
    "ANDREY": ["ANDREW", "ANDREI"],
    "ANDREI": ["ANDREW"],
    "GRIGORIY": ["GREGORY", "GRISHA"],
    "GEORGIY": ["GEORGE"],
    "PAVEL": ["PAUL"],
    "FEDOR": ["THEODORE", "FYODOR"],
    "IVAN": ["JOHN", "VANYA"],
    "YURIY": ["YURI", "GEORGE"],
    "YURI": ["GEORGE"],
    "ALEKSEY": ["ALEXEI", "ALEXIS"],
    "ALEKSEI": ["ALEXIS"],
    "KONSTANTIN": ["KOSTYA", "CONSTANTINE"],
    "VIKTOR": ["VICTOR"],
    "ANATOLIY": ["ANATOLY"],
    "ILYA": ["ELIAS"],
    "MAKSIM": ["MAXIM", "MAX"],
    "OLEG": ["OLEG"],
    "TATYANA": ["TANYA", "TATIANA"],
    "YELENA": ["ELENA", "HELEN"],
    "ELENA": ["HELEN", "LENA"],
    "NATALYA": ["NATALIE", "NATASHA"],
    "IRINA": ["IRENE"],
    "EKATERINA": ["CATHERINE", "KATYA"],
    "YEKATERINA": ["CATHERINE"],
    "MARIYA": ["MARIA", "MARY"],
    "OLGA": ["HELGA"],
    "ANNA": ["ANNE"],
    "YUSUF": ["JOSEPH"],
    "YOUSSEF": ["JOSEPH"],
    "IBRAHIM": ["ABRAHAM"],
    "SULEIMAN": ["SOLOMON"],
    "SULAYMAN": ["SOLOMON"],
    "MUSA": ["MOSES"],
    "DAUD": ["DAVID"],
    "DAWUD": ["DAVID"],
    "YAQUB": ["JACOB"],
    "YAKUB": ["JACOB"],
    "ISHAQ": ["ISAAC"],
    "MARYAM": ["MARY", "MIRIAM"],
    "ILYAS": ["ELIAS"],
    "YAHYA": ["JOHN"],
    "ISMAIL": ["ISHMAEL"],
    "JIBRIL": ["GABRIEL"],
    "MOHAMMED": ["MO"],
    "MUHAMMAD": ["MO"],
    "MOHAMED": ["MO"],
    "JOSE": ["PEPE"],
    "FRANCISCO": ["PACO", "PANCHO", "FRANK"],
    "JESUS": ["CHUY"],
    "ALEJANDRO": ["ALEX"],
    "GUILLERMO": ["WILLIAM", "MEMO"],
    "ROBERTO": ["ROBERT", "BETO"],
    "ALBERTO": ["BETO", "ALBERT"],
    "IGNACIO": ["NACHO"],
    "ENRIQUE": ["KIKE", "HENRY"],
    "EDUARDO": ["LALO", "EDWARD"],
    "MANUEL": ["MANOLO"],
    "RAFAEL": ["RAFA"],
    "ANTONIO": ["TONY", "TONO"],
    "JUAN": ["JOHN"],
    "PEDRO": ["PETER"],
    "CARLOS": ["CHARLES"],
    "MIGUEL": ["MICHAEL"],
    "LUIS": ["LOUIS"],
    "JORGE": ["GEORGE"],
    "RICARDO": ["RICHARD"],
    "GUADALUPE": ["LUPE"],
    "JOAQUIN": ["CHAPO", "JOAQUINA"],
    "JOHANNES": ["HANS"],
    "WILLIAM": ["BILL"],
    "ROBERT": ["BOB"],
    "MICHAEL": ["MIKE"],
    "JAMES": ["JIM"],
    "RICHARD": ["RICK"],
    "THOMAS": ["TOM"],
    "ANDREW": ["ANDY"],
    "JOSEPH": ["JOE"],
    "DANIEL": ["DANNY"],
    "SAMUEL": ["SAM"],
    "BENJAMIN": ["BEN"],
}


def nickname(e: Entry, rng: Random) -> str | None:
    pp = person_parts(e)
    if pp is None:
        return None
    g, f = pp
    idx = [i for i, w in enumerate(g) if w.upper() in NICK]
    if not idx:
        return None
    i = idx[0]
    g = list(g)
    g[i] = _case_like(g[i], rng.choice(NICK[g[i].upper()]))
    return " ".join(g + f)


ARABIC_SUBS = [
    ("MOHAMMED", ["MUHAMMAD", "MOHAMAD", "MOHAMED", "MUHAMMED"]),
    ("MUHAMMAD", ["MOHAMMED", "MOHAMAD", "MOUHAMAD"]),
    ("MOHAMMAD", ["MUHAMMAD", "MOHAMMED", "MAHOMED"]),
    ("MOHAMED", ["MOHAMMED", "MUHAMMAD"]),
    ("AHMAD", ["AHMED", "AHMET"]),
    ("AHMED", ["AHMAD"]),
    ("HUSSEIN", ["HUSAYN", "HUSSAIN", "HOSSEIN"]),
    ("HUSAYN", ["HUSSEIN", "HUSAIN"]),
    ("HASSAN", ["HASAN", "HASSEN"]),
    ("HASAN", ["HASSAN"]),
    ("YUSUF", ["YOUSSEF", "YOUSEF"]),
    ("YOUSEF", ["YUSUF"]),
    ("ABDUL", ["ABDEL", "ABD AL", "ABDOUL"]),
    ("ABDEL", ["ABDUL", "ABD EL"]),
    ("ABD", ["ABDUL", "ABDEL"]),
    ("QASIM", ["KASSEM", "QASSEM", "KASIM"]),
    ("QASSIM", ["KASSEM"]),
    ("OMAR", ["UMAR"]),
    ("UMAR", ["OMAR"]),
    ("OSAMA", ["USAMA"]),
    ("USAMA", ["OSAMA"]),
    ("KHALID", ["KHALED"]),
    ("KHALED", ["KHALID"]),
    ("SAID", ["SAEED", "SAYID"]),
    ("SAEED", ["SAID"]),
    ("SALEH", ["SALIH"]),
    ("SALIH", ["SALEH"]),
    ("SULAYMAN", ["SULEIMAN", "SLIMANE"]),
    ("SULEIMAN", ["SULAYMAN"]),
    ("ABU", ["ABOU", "ABOO"]),
    ("ABDALLAH", ["ABDULLAH", "ABDELLAH"]),
    ("ABDULLAH", ["ABDALLAH", "ABDULLA"]),
    ("ALI", ["ALY"]),
    ("MAHMOUD", ["MAHMUD"]),
    ("MAHMUD", ["MAHMOUD"]),
    ("MUSTAFA", ["MOSTAFA", "MUSTAPHA"]),
    ("IBRAHIM", ["EBRAHIM", "IBRAHEEM"]),
    ("ISMAIL", ["ISMAEEL", "SMAIL"]),
    ("JAMAL", ["GAMAL"]),
    ("FAISAL", ["FAYSAL"]),
    ("KHALIL", ["KHALEEL"]),
    ("ABDULRAHMAN", ["ABDEL RAHMAN", "ABDURRAHMAN"]),
    ("RAHMAN", ["RAHMAAN"]),
    ("HAMID", ["HAMEED"]),
    ("NASSER", ["NASIR", "NASER"]),
    ("NASIR", ["NASSER"]),
    ("HAJJ", ["HAJ"]),
    ("SHEIKH", ["SHAYKH", "CHEIKH"]),
]
PERSIAN_SUBS = [
    ("MOHAMMAD", ["MOHAMAD", "MUHAMMAD", "MOHAMMED"]),
    ("HOSSEIN", ["HOSEIN", "HUSSEIN", "HOSEYN"]),
    ("HOSSEINI", ["HOSEINI", "HUSSEINI"]),
    ("REZA", ["RIZA", "RIDA"]),
    ("GHOLAM", ["GHULAM", "GOLAM"]),
    ("GHOLAMREZA", ["GHOLAM REZA", "GHOLAM-REZA"]),
    ("ALIREZA", ["ALI REZA", "ALI-REZA"]),
    ("MAHMOUD", ["MAHMUD"]),
    ("SEYED", ["SEYYED", "SAYYID", "SAYED"]),
    ("SEYYED", ["SEYED", "SAYYED"]),
    ("JAFARI", ["JAAFARI", "DJAFARI"]),
    ("GHASEMI", ["QASEMI", "QASSEMI"]),
    ("QASEMI", ["GHASEMI"]),
    ("MOJTABA", ["MOJTEBA"]),
    ("ABBAS", ["ABAS"]),
    ("ESMAIL", ["ISMAIL", "ESMAEIL"]),
    ("EBRAHIM", ["IBRAHIM"]),
    ("KAZEM", ["KAZIM", "KADHIM"]),
    ("MOHSEN", ["MUHSIN"]),
    ("JAVAD", ["JAWAD"]),
    ("MEHDI", ["MAHDI"]),
    ("MAHDI", ["MEHDI"]),
    ("HASSAN", ["HASAN"]),
    ("HAMID", ["HAMEED"]),
    ("AKBAR", ["AKBER"]),
    ("ASGHAR", ["ASGAR"]),
    ("MOHAMMADI", ["MUHAMMADI", "MOHAMADI"]),
    ("ZADEH", ["ZADE", "ZAD"]),
    ("KHAMENEI", ["KHAMENEHI"]),
    ("QASSEM", ["GHASEM"]),
    ("GHASEM", ["QASEM"]),
    ("YOUSEF", ["YUSUF"]),
    ("MORTEZA", ["MURTAZA"]),
]
KOREAN_SUBS = [
    ("KIM", ["GIM"]),
    ("PAK", ["PARK", "BAK"]),
    ("PARK", ["PAK"]),
    ("RI", ["LEE", "YI", "LI"]),
    ("LI", ["RI", "LEE"]),
    ("CHOE", ["CHOI"]),
    ("CHOI", ["CHOE"]),
    ("JO", ["CHO"]),
    ("CHO", ["JO"]),
    ("JONG", ["CHONG", "JEONG"]),
    ("CHONG", ["JONG"]),
    ("KANG", ["GANG"]),
    ("KWANG", ["GWANG"]),
    ("SONG", ["SUNG"]),
    ("CHOL", ["CHEOL"]),
    ("YONG", ["YEONG", "RYONG"]),
    ("MYONG", ["MYEONG"]),
    ("SOK", ["SEOK"]),
    ("HYON", ["HYEON", "HYUN"]),
    ("JIN", ["CHIN"]),
    ("CHIN", ["JIN"]),
    ("KYONG", ["GYEONG", "KYUNG"]),
    ("CHANG", ["JANG"]),
    ("JANG", ["CHANG"]),
    ("PYONG", ["BYEONG"]),
    ("TONG", ["DONG"]),
    ("HO", ["HOH"]),
    ("RYONG", ["RYEONG", "YONG"]),
    ("NAM", ["NAHM"]),
    ("SU", ["SOO"]),
    ("SON", ["SEON", "SUN"]),
    ("IL", ["EEL"]),
]
RUSSIAN_SUBS = [
    ("ZH", ["J", "ZH"]),
    ("KH", ["H", "CH"]),
    ("YU", ["IU", "JU"]),
    ("YA", ["IA", "JA"]),
    ("SHCH", ["SCH", "SHH"]),
    ("IY", ["YY", "II", "Y", "I"]),
    ("YY", ["IY", "Y"]),
    ("YE", ["E", "JE"]),
    ("TS", ["C", "TZ"]),
    ("CH", ["TCH", "TSCH"]),
    ("YO", ["E", "IO"]),
    ("V", ["W", "FF"]),
]
CHINESE_SURNAME = {
    "CHEN": ["CHAN"],
    "WANG": ["WONG"],
    "LI": ["LEE"],
    "ZHANG": ["CHEUNG", "CHANG"],
    "HUANG": ["WONG", "HWANG"],
    "WU": ["NG"],
    "LIU": ["LAU", "LIEU"],
    "LIN": ["LAM"],
    "ZHOU": ["CHOW", "CHOU"],
    "XU": ["HUI", "HSU"],
    "GUO": ["KWOK", "KUO"],
    "HE": ["HO"],
    "ZHU": ["CHU"],
    "HU": ["WU"],
    "LU": ["LO"],
    "XIE": ["TSE", "HSIEH"],
    "YANG": ["YEUNG"],
    "ZHENG": ["CHENG"],
    "LIANG": ["LEUNG"],
    "DENG": ["TANG", "TENG"],
    "CAI": ["CHOI", "TSAI"],
    "LUO": ["LAW", "LO"],
    "YE": ["YIP", "YEH"],
    "SU": ["SO"],
    "FENG": ["FUNG"],
    "CAO": ["TSO", "TSAO"],
    "PENG": ["PANG", "PHANG"],
    "JIANG": ["CHIANG", "KEUNG"],
    "ZHAO": ["CHIU", "CHAO"],
    "SUN": ["SUEN"],
    "MA": ["MAH"],
    "GAO": ["KO", "KAO"],
    "ZENG": ["TSANG"],
    "XIAO": ["SIU", "HSIAO"],
    "TANG": ["TONG"],
    "HAN": ["HON"],
    "QIU": ["YAU", "CHIU"],
    "DONG": ["TUNG"],
    "YUAN": ["YUEN"],
    "JIN": ["KAM", "CHIN"],
}
WADE_GILES = [
    ("ZH", "CH"),
    ("X", "HS"),
    ("Q", "CH'"),
    ("ZI", "TZU"),
    ("Z", "TS"),
    ("C", "TS'"),
    ("ONG", "UNG"),
    ("R", "J"),
    ("YAN", "YEN"),
    ("IAN", "IEN"),
    ("B", "P"),
    ("D", "T"),
    ("G", "K"),
    ("J", "CH"),
]


def _sub_word_table(
    words: list[str], table: list[tuple[str, list[str]]], rng: Random
) -> list[str] | None:
    idx = []
    for i, w in enumerate(words):
        up = w.upper()
        for key, repl in table:
            if up == key or (("-" in w) and key in up.split("-")):
                idx.append((i, key, repl))
    if not idx:
        return None
    i, key, repl = rng.choice(idx)
    r = rng.choice(repl)
    w = words[i]
    if w.upper() == key:
        words = list(words)
        words[i] = _case_like(w, r)
        return words
    segs = w.split("-")
    segs = [_case_like(s, r) if s.upper() == key else s for s in segs]
    words = list(words)
    words[i] = "-".join(segs)
    return words


def translit_table(table: list[tuple[str, list[str]]]) -> Callable[[Entry, Random], str | None]:
    def t(e: Entry, rng: Random) -> str | None:
        base = natural(e) or e.name
        out = _sub_word_table(base.replace(",", " ").split(), table, rng)
        return " ".join(out) if out else None

    return t


def translit_russian(e: Entry, rng: Random) -> str | None:
    base = natural(e) or e.name.replace(",", " ")
    words = base.split()
    opts = []
    for i, w in enumerate(words):
        up = w.upper()
        for key, repls in RUSSIAN_SUBS:
            for m in re.finditer(key, up):
                if key == "V" and m.end() != len(up):
                    continue
                if key == "IY" and m.end() != len(up):
                    continue
                if key == "YE" and m.start() != 0 and up[m.start() - 1] not in "AEIOUY":
                    continue
                if key == "CH" and up[max(0, m.start() - 1) : m.start()] in ("S", "K"):
                    continue
                for r in repls:
                    opts.append((i, m.start(), m.end(), r))
    if not opts:
        return None
    picks = rng.sample(opts, k=min(len(opts), rng.choice([1, 1, 2])))
    words = list(words)
    for i, s, t_, r in sorted(picks, key=lambda x: (-x[0], -x[1])):
        w = words[i]
        if s < len(w) and t_ <= len(w):
            words[i] = w[:s] + _case_like(w[s:t_], r) + w[t_:]
    return " ".join(words)


PINYIN_SYL = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|e|i|o|u)"
PINYIN_RE = re.compile(f"^(?:{PINYIN_SYL}){{1,2}}$", re.I)


def is_pinyin(e: Entry) -> bool:
    pp = person_parts(e)
    return pp is not None and all(PINYIN_RE.match(w) for w in pp[0] + pp[1])


def translit_chinese(e: Entry, rng: Random) -> str | None:
    pp = person_parts(e)
    if pp is None:
        return None
    g, f = pp
    fam = f[0].upper()
    mode = rng.choice(["canto", "wg"]) if fam in CHINESE_SURNAME else "wg"
    if mode == "canto":
        f2 = [_case_like(f[0], rng.choice(CHINESE_SURNAME[fam]))] + f[1:]
        return " ".join(f2 + g) if rng.random() < 0.5 else " ".join(g + f2)
    changed = False
    out = []
    for w in f + g:
        segs = re.split(r"([- ])", w.upper())
        new = []
        for s in segs:
            ns = s
            for a, b in WADE_GILES:
                if (
                    ns.startswith(a)
                    and len(ns) > len(a)
                    and not (a in ("C", "S") and ns[1:2] == "H")
                ):
                    ns = b + ns[len(a) :]
                    break
            new.append(ns)
        nw = "".join(new)
        changed |= nw != w.upper()
        out.append(_case_like(w, nw))
    return " ".join(out) if changed else None


def one_letter_slip(e: Entry, rng: Random) -> str | None:
    base = natural(e) or e.name.replace(",", " ")
    words = base.split()
    idx = [i for i, w in enumerate(words) if len(w) >= 3]
    if not idx:
        return None
    i = rng.choice(idx)
    w = words[i]
    segs = w.split("-")
    j = rng.randrange(len(segs))
    s = segs[j]
    if len(s) < 2:
        return None
    op = rng.choice(["vowel", "drop", "cons"])
    if op == "vowel":
        ns = slip_vowel(s, rng)
    elif op == "drop":
        k = rng.randrange(1, len(s))
        ns = s[:k] + s[k + 1 :] if s[k].isalpha() else None
    else:
        pairs = {
            "K": "G",
            "G": "K",
            "T": "D",
            "D": "T",
            "P": "B",
            "B": "P",
            "S": "Z",
            "Z": "S",
            "J": "Y",
            "Y": "J",
            "L": "R",
            "R": "L",
            "H": "K",
            "Q": "K",
            "F": "P",
        }
        idx2 = [k for k in range(len(s)) if s[k].upper() in pairs]
        if not idx2:
            return None
        k = rng.choice(idx2)
        ns = s[:k] + _case_like(s[k], pairs[s[k].upper()]) + s[k + 1 :]
    if not ns or ns == s:
        return None
    segs[j] = ns
    words[i] = "-".join(segs)
    return " ".join(words)


def syllabic_hyphen(e: Entry, rng: Random) -> str | None:
    pp = person_parts(e)
    if pp is None:
        return None
    g, f = pp
    out = _syllabic_given(list(g), rng)
    if out is None:
        return None
    if e.list == "un_sc":
        return " ".join(f + out.split())
    return " ".join(out.split() + f) if rng.random() < 0.5 else f"{' '.join(f)}, {out}"


def _syllabic_given(words: list[str], rng: Random) -> str | None:
    hy = [i for i, w in enumerate(words) if "-" in w.strip("-")]
    if hy:
        i = rng.choice(hy)
        repl = rng.choice([" ", ""])
        parts = words[i].split("-")
        words[i] = repl.join(
            p if repl == " " or k == 0 else p.lower() if words[i].istitle() else p
            for k, p in enumerate(parts)
        )
        return " ".join(words)
    # join two short syllable words with a hyphen
    idx = [
        i
        for i in range(len(words) - 1)
        if len(words[i]) <= 5
        and len(words[i + 1]) <= 5
        and words[i].isalpha()
        and words[i + 1].isalpha()
    ]
    if not idx:
        return None
    i = rng.choice(idx)
    words[i : i + 2] = [words[i] + rng.choice(["-", ""]) + words[i + 1]]
    return " ".join(words)


CYR = [
    ("SHCH", "Щ"),
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
    ("'", "Ь"),
    ("H", "Х"),
    ("C", "К"),
    ("X", "КС"),
    ("W", "В"),
    ("J", "Й"),
    ("Q", "К"),
]


def to_cyrillic(word: str) -> str:
    up = word.upper()
    out = ""
    i = 0
    while i < len(up):
        for a, b in CYR:
            if up.startswith(a, i):
                if a == "Y" and out and out[-1] in "АЕИОУЫ":
                    b = "Й"
                if a == "YE" and i == 0:
                    b = "Е"
                out += b
                i += len(a)
                break
        else:
            out += up[i]
            i += 1
    if up.endswith("Y") and len(up) > 2 and up[-2] in "LNRT" and out.endswith("Ы"):
        out = out[:-1] + "ИЙ"
    return (
        out[:1] + out[1:].lower()
        if word[:1].isupper() and not word.isupper()
        else out
        if word.isupper()
        else out.lower()
    )


def original_script(e: Entry, rng: Random) -> str | None:
    if e.remarks.startswith("ORIG="):
        orig = e.remarks[5:]
        ws = orig.split()
        if len(ws) >= 3 and rng.random() < 0.35:
            ws = ws[:-1]  # keep a shorter form (grandfather / tribe dropped)
        return " ".join(ws)
    if tradition(e) == "russian":
        pp = person_parts(e)
        if pp is None:
            return None
        g, f = pp
        if not any(re.search(r"(OVICH|EVICH|OVNA|EVNA|ICH|ICHNA)$", w.upper()) for w in g):
            return None
        words = f + g if rng.random() < 0.5 else g + f
        return " ".join(to_cyrillic(w) for w in words)
    return None


DIACRITIC_ADD = {
    "JOSE": "JOSÉ",
    "MARIA": "MARÍA",
    "GARCIA": "GARCÍA",
    "RAMIREZ": "RAMÍREZ",
    "PEREZ": "PÉREZ",
    "HERNANDEZ": "HERNÁNDEZ",
    "GONZALEZ": "GONZÁLEZ",
    "RODRIGUEZ": "RODRÍGUEZ",
    "MARTINEZ": "MARTÍNEZ",
    "LOPEZ": "LÓPEZ",
    "SANCHEZ": "SÁNCHEZ",
    "GOMEZ": "GÓMEZ",
    "DIAZ": "DÍAZ",
    "JIMENEZ": "JIMÉNEZ",
    "ALVAREZ": "ÁLVAREZ",
    "FERNANDEZ": "FERNÁNDEZ",
    "RAMON": "RAMÓN",
    "MARTIN": "MARTÍN",
    "JOAQUIN": "JOAQUÍN",
    "ANGEL": "ÁNGEL",
    "ANDRES": "ANDRÉS",
    "NUNEZ": "NÚÑEZ",
    "PENA": "PEÑA",
    "MUNOZ": "MUÑOZ",
    "IBANEZ": "IBÁÑEZ",
    "CESAR": "CÉSAR",
    "HECTOR": "HÉCTOR",
    "ADRIAN": "ADRIÁN",
    "SEBASTIAN": "SEBASTIÁN",
    "RAUL": "RAÚL",
    "JESUS": "JESÚS",
    "OSCAR": "ÓSCAR",
    "VASQUEZ": "VÁSQUEZ",
    "VAZQUEZ": "VÁZQUEZ",
    "BELTRAN": "BELTRÁN",
    "GUZMAN": "GUZMÁN",
    "LEON": "LEÓN",
    "MARQUEZ": "MÁRQUEZ",
    "HERRERA": "HERRERA",
    "CARDENAS": "CÁRDENAS",
    "GUTIERREZ": "GUTIÉRREZ",
    "JOAO": "JOÃO",
    "CONCEICAO": "CONCEIÇÃO",
    "ASSUNCAO": "ASSUNÇÃO",
    "GONCALVES": "GONÇALVES",
    "ARAUJO": "ARAÚJO",
    "MULLER": "MÜLLER",
    "CELIK": "ÇELİK",
    "OZTURK": "ÖZTÜRK",
    "SAHIN": "ŞAHİN",
    "YILMAZ": "YILMAZ",
    "OGLU": "OĞLU",
    "GUNES": "GÜNEŞ",
    "MOHAMMAD": "MOḤAMMAD",
    "MUHAMMAD": "MUḤAMMAD",
    "HUSAYN": "ḤUSAYN",
    "ABD": "ʿABD",
    "ALI": "ʿALĪ",
    "HASAN": "ḤASAN",
    "NGUYEN": "NGUYỄN",
    "TRAN": "TRẦN",
    "PHAM": "PHẠM",
    "HOANG": "HOÀNG",
    "DUC": "ĐỨC",
    "VAN": "VĂN",
    "THI": "THỊ",
    "FRANCOIS": "FRANÇOIS",
    "RENE": "RENÉ",
    "ANDRE": "ANDRÉ",
    "HELENE": "HÉLÈNE",
    "ZOLTAN": "ZOLTÁN",
}


def diacritics_added(e: Entry, rng: Random) -> str | None:
    base = natural(e) or e.name.replace(",", " ")
    words = base.split()
    idx = [
        i
        for i, w in enumerate(words)
        if w.upper() in DIACRITIC_ADD and DIACRITIC_ADD[w.upper()] != w.upper()
    ]
    if not idx:
        return None
    for i in idx:
        words[i] = (
            _case_like(words[i], DIACRITIC_ADD[words[i].upper()])
            if not words[i].isupper()
            else DIACRITIC_ADD[words[i].upper()]
        )
    return " ".join(words)


def _strip_marks(text: str) -> str:
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c))
    return (
        t.replace("ı", "i")
        .replace("İ", "I")
        .replace("ə", "a")
        .replace("Ə", "A")
        .replace("ß", "ss")
        .replace("ʿ", "")
        .replace("ʾ", "")
    )


def diacritics_removed(e: Entry, rng: Random) -> str | None:
    if not re.search(r"[À-ɏḀ-ỿ]", e.name):
        return None
    s = _strip_marks(e.name)
    return s if s != e.name else None


TURKIC = {
    "ş": "s",
    "Ş": "S",
    "ğ": "g",
    "Ğ": "G",
    "ı": "i",
    "İ": "I",
    "ə": "a",
    "Ə": "A",
    "ç": "c",
    "Ç": "C",
    "ö": "o",
    "Ö": "O",
    "ü": "u",
    "Ü": "U",
}
TURKIC_ADD = {
    "OGLU": "OĞLU",
    "ALIYEV": "ƏLİYEV",
    "MAMMADOV": "MƏMMƏDOV",
    "HASANOV": "HƏSƏNOV",
    "SAHIN": "ŞAHİN",
    "CELIK": "ÇELİK",
    "OZTURK": "ÖZTÜRK",
    "GUL": "GÜL",
    "ISMAYILOV": "İSMAYILOV",
    "ABBASOV": "ABBASOV",
    "HUSEYN": "HÜSEYN",
    "HUSEYNOV": "HÜSEYNOV",
    "MEHMET": "MEHMET",
    "OZKAN": "ÖZKAN",
    "KOC": "KOÇ",
    "CAKIR": "ÇAKIR",
    "YUCEL": "YÜCEL",
    "SUKRU": "ŞÜKRÜ",
    "IBRAHIM": "İBRAHİM",
    "ISMAIL": "İSMAİL",
    "AGA": "AĞA",
    "GUNDUZ": "GÜNDÜZ",
    "ERDOGAN": "ERDOĞAN",
    "DOGAN": "DOĞAN",
    "BULENT": "BÜLENT",
    "SUKRUOGLU": "ŞÜKRÜOĞLU",
    "HAKAN": "HAKAN",
    "SEYFULLAH": "SEYFULLAH",
    "RAMAZAN": "RAMAZAN",
    "OSMAN": "OSMAN",
    "TURKER": "TÜRKER",
    "KARABAG": "KARABAĞ",
    "MUSTAFAYEV": "MUSTAFAYEV",
    "SULEYMAN": "SÜLEYMAN",
    "AYDIN": "AYDIN",
    "YILDIRIM": "YILDIRIM",
    "KILIC": "KILIÇ",
    "OZDEMIR": "ÖZDEMİR",
    "GURBUZ": "GÜRBÜZ",
    "TURKMEN": "TÜRKMEN",
    "RZAYEV": "RZAYEV",
    "ASLANOV": "ASLANOV",
    "GULIYEV": "QULİYEV",
    "GULIEV": "QULİYEV",
    "AKHMEDOV": "ƏHMƏDOV",
    "SHAHIN": "ŞAHİN",
    "CHELIK": "ÇELİK",
}


TURKIC_SHARED = {
    "IBRAHIM",
    "ISMAIL",
    "HAKAN",
    "OSMAN",
    "RAMAZAN",
    "SEYFULLAH",
    "MEHMET",
    "AYDIN",
    "ABBASOV",
    "RZAYEV",
    "ASLANOV",
    "MUSTAFAYEV",
    "YILMAZ",
    "YILDIRIM",
}


def _turkic_word(e: Entry) -> bool:
    return any(
        w.upper() in TURKIC_ADD and w.upper() not in TURKIC_SHARED
        for w in e.name.replace(",", " ").split()
    )


def turkic_letters(e: Entry, rng: Random) -> str | None:
    n = e.name
    if any(c in TURKIC for c in n):
        return "".join(TURKIC.get(c, c) for c in n)
    base = natural(e) or n.replace(",", " ")
    words = base.split()
    hit = False
    turkic = tradition(e) == "turkic" or "azerbaijan" in e.nat
    for i, w in enumerate(words):
        if not turkic and w.upper() in TURKIC_SHARED:
            continue
        r = TURKIC_ADD.get(w.upper())
        if r and r != w.upper():
            words[i] = (
                r if w.isupper() else r[:1] + r[1:].replace("İ", "i").replace("I", "ı").lower()
            )
            hit = True
    if hit and rng.random() < 0.3:  # German-style folding of the added letters
        return (
            " ".join(words)
            .replace("Ü", "UE")
            .replace("Ö", "OE")
            .replace("ü", "ue")
            .replace("ö", "oe")
        )
    return " ".join(words) if hit else None


def truncate_word_boundary(e: Entry, rng: Random) -> str | None:
    n = e.name
    limit = rng.choice([16, 20, 24, 30, 35, 40])
    if len(n) <= limit + 3:
        return None
    cut = n[:limit]
    if " " in cut:
        cut = cut[: cut.rfind(" ")]
    cut = cut.rstrip(" ,.-")
    return cut if _good_cut(cut, n) else None


NOT_CONTENT = LONG_LEGAL | {
    "PUBLIC",
    "OPEN",
    "CLOSED",
    "JOINTSTOCK",
    "THE",
    "AKTSIONERNOE",
    "OBSHCHESTVO",
    "OBSHCHESTVOM",
}


def _good_cut(cut: str, name: str) -> bool:
    """A truncation keeps at least half the name and at least one word that is not a legal form."""
    words = cut.replace(",", " ").split()
    spans = _legal_positions(words)
    legal = {i for s, t in spans for i in range(s, t)}
    content = [
        w
        for i, w in enumerate(words)
        if i not in legal and len(_bare(w)) >= 4 and _bare(w) not in NOT_CONTENT
    ]
    return len(words) >= 2 and len(cut) * 2 >= len(name) and bool(content)


def truncate_inside_word(e: Entry, rng: Random) -> str | None:
    n = e.name
    limit = rng.choice([16, 18, 20, 24, 25, 30, 32, 35, 40])
    if len(n) <= limit + 2 or n[limit - 1] == " " or n[limit] == " ":
        return None
    cut = n[:limit]
    return cut if _good_cut(cut, n) else None


PAY_BEFORE = [
    "PAYMENT TO",
    "/BNF/",
    "BENEFICIARY",
    "FAVOUR OF",
    "FFC",
    "INV 4471 PMT",
    "TRANSFER TO",
    "ORDER OF",
    "ATTN",
    "1/",
]
PAY_AFTER = [
    "REF 2026/114",
    "INV NO 8834",
    "CONTRACT 17-B",
    "FOR GOODS",
    "ACC 40702810",
    "SWIFT MT103",
    "/ROC/77120",
    "",
]


def payment_truncated(e: Entry, rng: Random) -> str | None:
    full = payment_style(e, rng)
    if full is None:
        return None
    base = " ".join(
        re.sub(r"[^\w\s/&-]|_", " ", _strip_marks(natural(e) or e.name))
        .upper()
        .replace("-", " ")
        .split()
    )
    start = full.find(base)
    if start < 0:
        return None
    keep = rng.randint(max(16, (len(base) * 3 + 4) // 5), max(16, len(base) - 3))
    cut = full[: start + keep]
    return cut if len(cut) < len(full) and cut[-1] != " " else None


def payment_style(e: Entry, rng: Random) -> str | None:
    base = natural(e) or e.name
    s = re.sub(r"[^\w\s/&-]|_", " ", _strip_marks(base)).upper()
    s = " ".join(s.replace("-", " ").split())
    pre = rng.choice(PAY_BEFORE)
    post = rng.choice(PAY_AFTER)
    sep = "" if pre.endswith("/") else " "
    return (pre + sep + s + (" " + post if post else "")).strip()


OCR_PAIRS = [
    ("rn", "m"),
    ("m", "rn"),
    ("cl", "d"),
    ("d", "cl"),
    ("li", "h"),
    ("h", "li"),
    ("e", "c"),
    ("c", "e"),
    ("vv", "w"),
    ("w", "vv"),
    ("I", "l"),
    ("l", "I"),
    ("O", "Q"),
    ("E", "F"),
    ("B", "R"),
    ("H", "N"),
]


def ocr_slip(e: Entry, rng: Random) -> str | None:
    n = e.name
    opts = [
        (m.start(), a, b)
        for a, b in OCR_PAIRS
        for m in re.finditer(re.escape(a), n, flags=0 if not a.isalpha() else re.I)
        if m.start() > 0
    ]
    if not opts:
        return None
    i, a, b = rng.choice(opts)
    seg = n[i : i + len(a)]
    b = b.upper() if seg.isupper() else b.lower() if seg.islower() else b
    return n[:i] + b + n[i + len(a) :]


OCR_DIGIT = {
    "O": "0",
    "o": "0",
    "I": "1",
    "i": "1",
    "l": "1",
    "L": "1",
    "S": "5",
    "s": "5",
    "B": "8",
    "Z": "2",
    "G": "6",
}


def ocr_digits(e: Entry, rng: Random) -> str | None:
    n = e.name
    idx = [i for i, c in enumerate(n) if c in OCR_DIGIT and i > 0]
    if not idx:
        return None
    k = rng.choice([1, 1, 2])
    picks = sorted(rng.sample(idx, k=min(k, len(idx))))
    s = list(n)
    for i in picks:
        s[i] = OCR_DIGIT[s[i]]
    return "".join(s)


def word_slip(
    fn: Callable[[str, Random], str | None], min_len: int = 4
) -> Callable[[Entry, Random], str | None]:
    def t(e: Entry, rng: Random) -> str | None:
        base = natural(e) or e.name
        return change_word(base, rng, fn, min_len)

    return t


def vowels_dropped(e: Entry, rng: Random) -> str | None:
    base = natural(e) or e.name.replace(",", " ")
    words = base.upper().split()
    if len(words) < 3:
        return None
    idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not idx:
        return None
    k = min(len(idx), rng.choice([1, 2]))
    for i in rng.sample(idx, k=k):
        w = words[i]
        words[i] = w[0] + re.sub(r"[AEIOU]", "", w[1:])
    return " ".join(words)


def glued(e: Entry, rng: Random) -> str | None:
    base = natural(e) or e.name
    words = base.split()
    if len(words) < 3:
        return None
    i = rng.randrange(len(words) - 1)
    words[i : i + 2] = [words[i] + words[i + 1]]
    return " ".join(words)


def split_inside(e: Entry, rng: Random) -> str | None:
    base = natural(e) or e.name
    words = base.split()
    idx = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
    if not idx:
        return None
    i = rng.choice(idx)
    w = words[i]
    k = rng.randrange(2, len(w) - 2)
    words[i] = w[:k] + " " + w[k:]
    return " ".join(words)


def doubled_single(e: Entry, rng: Random) -> str | None:
    base = natural(e) or e.name.replace(",", " ")
    words = base.split()
    opts = []
    for i, w in enumerate(words):
        for k in range(1, len(w)):
            if w[k].isalpha() and w[k].lower() == w[k - 1].lower():
                opts.append((i, k, "single"))
        for k in range(1, len(w) - 1):
            if (
                w[k].isalpha()
                and w[k] not in VOWELS
                and w[k] != w[k - 1]
                and w[k] != w[k + 1]
                and w[k - 1] in VOWELS
                and w[k + 1] in VOWELS
            ):
                opts.append((i, k, "double"))
    if not opts:
        return None
    singles = [o for o in opts if o[2] == "single"]
    i, k, op = rng.choice(singles) if singles and rng.random() < 0.6 else rng.choice(opts)
    w = words[i]
    words[i] = w[:k] + w[k + 1 :] if op == "single" else w[:k] + w[k] + w[k:]
    return " ".join(words)


def hisp_second_surname_dropped(e: Entry, rng: Random) -> str | None:
    pp = person_parts(e)
    if pp is None:
        return None
    g, f = pp
    if len(f) < 2 or any(w.upper() in ("DE", "DEL", "LA", "Y") for w in f):
        return None
    return " ".join(g + f[:1]) if rng.random() < 0.7 else f"{f[0]}, {' '.join(g)}"


def hisp_second_surname_hyphen(e: Entry, rng: Random) -> str | None:
    pp = person_parts(e)
    if pp is None:
        return None
    g, f = pp
    if len(f) != 2:
        return None
    return " ".join(g) + " " + "-".join(f)


def hisp_particles(e: Entry, rng: Random) -> str | None:
    pp = person_parts(e)
    if pp is None:
        return None
    g, f = pp
    fu = [w.upper() for w in f]
    for p in ("Y", "E", "DE", "DA", "DOS", "DEL", "DE LA", "DAS"):
        if p in fu:
            f2 = [w for w in f if w.upper() != p]
            return " ".join(g + f2)
    if len(f) == 2:
        p = rng.choice(["y", "de", "e", "da", "dos"])
        p = p.upper() if f[0].isupper() else p
        return " ".join(g + [f[0], p, f[1]])
    if len(f) == 1:
        return " ".join(g + [("DE" if f[0].isupper() else "de"), f[0]])
    return None


def arabic_particle(e: Entry, rng: Random) -> str | None:
    base = natural(e) or e.name
    opts = []
    for m in re.finditer(
        r"\b(AL|EL|Al|al|El|el|ad|AD|ash|ASH|as|AS|az|AZ|ar|AR|an|AN|at|AT)[- ]([A-Za-z']+)", base
    ):
        opts.append(("join", m))
    for m in re.finditer(r"\b(ABD|Abd|abd)[- ](AL|Al|al|EL|El|el|UL|ul)[- ]([A-Za-z]+)", base):
        opts.append(("abd", m))
    for m in re.finditer(r"\b(ABDUL|Abdul|ABDEL|Abdel)[- ]?([A-Za-z]+)", base):
        opts.append(("abdul", m))
    for m in re.finditer(r"\b(Al|El)([A-Z][a-z]{2,})\b", base):
        opts.append(("split", m))
    if not opts:
        return None
    kind, m = rng.choice(opts)
    if kind == "join":
        p, rest = m.group(1), m.group(2)
        new = rng.choice(
            [
                p + rest.lower() if not rest.isupper() else p + rest,
                p + " " + rest,
                ("EL" if p.isupper() else "El") + "-" + rest,
                rest,
            ]
        )
    elif kind == "abd":
        new = rng.choice(
            [
                m.group(1) + m.group(2).lower() + m.group(3).lower(),
                "Abdul " + m.group(3),
                m.group(1) + m.group(2) + m.group(3),
            ]
        )
    elif kind == "abdul":
        new = (
            rng.choice(
                ["Abd al-" + m.group(2), m.group(1) + m.group(2).lower(), "Abd " + m.group(2)]
            )
            if len(m.group(2)) > 2
            else None
        )
    else:
        new = m.group(1) + "-" + m.group(2)
    if new is None:
        return None
    return base[: m.start()] + new + base[m.end() :]


NASAB = ["bin", "ibn", "walad", "ould", "BIN", "IBN", "OULD"]


def arabic_chain(e: Entry, rng: Random) -> str | None:
    base = natural(e) or e.name
    words = base.split()
    low = [w.lower() for w in words]
    for p in ("bin", "ibn", "walad", "ould", "binti", "bint"):
        if p in low:
            i = low.index(p)
            if i + 1 < len(words) and rng.random() < 0.5:
                return " ".join(words[:i] + words[i + 2 :]) if len(words) - 2 >= 2 else None
            return " ".join(words[:i] + words[i + 1 :])
    low = [w.lower().strip("'’") for w in words]
    if (
        low[0]
        in (
            "abu",
            "abd",
            "abdul",
            "abdel",
            "abul",
            "al",
            "el",
            "umm",
            "abou",
            "sheikh",
            "dr.",
            "haji",
            "mullah",
        )
        or low[1]
        in (
            "al",
            "el",
            "abd",
            "abu",
            "ibn",
            "bin",
            "al-din",
            "din",
            "uddin",
            "ud-din",
            "allah",
            "ullah",
        )
        or low[1].startswith(("al-", "el-", "ul-"))
    ):
        return None
    if len(words) >= 3:
        if rng.random() < 0.5:  # drop the father's name (second word)
            return " ".join(words[:1] + words[2:])
        return " ".join(words[:1] + [rng.choice(NASAB)] + words[1:])
    if len(words) == 2:
        return " ".join(words[:1] + [rng.choice(NASAB)] + words[1:])
    return None


KUNYA = [
    "Abu Ahmad",
    "Abu Muhammad",
    "Abu Omar",
    "Abu Ali",
    "Abu Hassan",
    "Abu Khalid",
    "Umm Ahmad",
    "Abu Bakr",
    "al-Masri",
    "al-Shami",
    "al-Iraqi",
    "al-Hajj",
    "Abu Yusuf",
]


def kunya_laqab(e: Entry, rng: Random) -> str | None:
    base = natural(e) or e.name
    k = rng.choice(KUNYA)
    if k.startswith("al-"):
        return f"{base} {k.upper() if base.isupper() else k}"
    k = k.upper() if base.isupper() else k
    return f"{k} {base}" if rng.random() < 0.5 else f"{base} ({k})"


def slavic_feminine(e: Entry, rng: Random) -> str | None:
    pp = person_parts(e)
    if pp is None:
        return None
    g, f = pp
    if not (
        tradition(e) == "russian"
        or any(w.upper().endswith(("OVNA", "EVNA", "ICHNA", "INICHNA")) for w in g)
    ):
        return None
    fam = f[-1]
    up = fam.upper()
    for fem, masc in (
        ("OVA", "OV"),
        ("EVA", "EV"),
        ("INA", "IN"),
        ("SKAYA", "SKIY"),
        ("SKA", "SKI"),
        ("CKA", "CKI"),
        ("YEVA", "YEV"),
        ("KAYA", "KIY"),
    ):
        if up.endswith(fem):
            nf = fam[: -len(fem)] + _case_like(fam[-len(fem) :], masc)
            return " ".join(g + f[:-1] + [nf])
    return None


def other_order_caps(e: Entry, rng: Random) -> str | None:
    pp = person_parts(e)
    if pp is None:
        return None
    g, f = pp
    fam = " ".join(f).upper()
    giv = " ".join(w.title() if w.isupper() else w for w in g)
    if e.list == "un_sc":  # the UN writes these family name first: write the other order
        return f"{giv} {fam}"
    return f"{fam} {giv}" if rng.random() < 0.5 else f"{giv} {fam}"


# --------------------------------------------------------------------------------------------
# Combinations
# --------------------------------------------------------------------------------------------


def _as_entry(e: Entry, name: str) -> Entry:
    return Entry(e.list, e.list_id, name, e.kind, e.primary, e.nat, e.program, e.remarks, e.gen)


def combo(*steps: Callable[[Entry, Random], str | None]) -> Callable[[Entry, Random], str | None]:
    def t(e: Entry, rng: Random) -> str | None:
        cur = e
        for s in steps:
            out = s(cur, rng)
            if out is None:
                return None
            cur = _as_entry(e, out)
        return cur.name

    return t


# --------------------------------------------------------------------------------------------
# Category table
# --------------------------------------------------------------------------------------------

Pred = Callable[[Entry], bool]


def is_org(e: Entry) -> bool:
    return e.kind == "organization" and len(e.name.split()) >= 2


def has_legal(e: Entry) -> bool:
    return is_org(e) and bool(_legal_positions(_org_words(e)))


def has_long_legal(e: Entry) -> bool:
    return is_org(e) and any(_bare(w) in LONG_LEGAL for w in _org_words(e))


def has_short_legal(e: Entry) -> bool:
    return is_org(e) and bool(_short_form_index(_org_words(e)))


def is_person(e: Entry) -> bool:
    return e.kind == "person" and person_parts(e) is not None


def person_of(*trads: str) -> Pred:
    return lambda e: is_person(e) and tradition(e) in trads


def any_of(*trads: str) -> Pred:
    return lambda e: (
        e.kind in ("person", "organization") and len(e.name.split()) >= 2 and tradition(e) in trads
    )


def long_name(n: int) -> Pred:
    return lambda e: len(e.name) > n and len(e.name.split()) >= 3


def person_or_org(e: Entry) -> bool:
    return (e.kind == "organization" and len(e.name.split()) >= 2) or is_person(e)


def build_categories(
    aliases: dict[tuple[str, str], list[str]], flags: dict[tuple[str, str], str]
) -> list[tuple[str, Pred, Callable[[Entry, Random], str | None]]]:
    hisp = person_of("hispanic")
    return [
        ("legal_form_misspelt_transposed", has_long_legal, legal_misspelt("transposed")),
        ("legal_form_misspelt_dropped", has_long_legal, legal_misspelt("dropped")),
        ("legal_form_misspelt_doubled", has_long_legal, legal_misspelt("doubled")),
        ("legal_form_spaced", has_short_legal, legal_spaced),
        ("legal_form_dotted", has_short_legal, legal_dotted),
        ("legal_form_moved", has_legal, legal_moved),
        ("legal_form_dropped", has_legal, legal_dropped),
        ("legal_form_translated", has_legal, legal_translated),
        ("legal_form_abbreviated_or_expanded", has_legal, legal_expanded),
        ("generic_word_translated", is_org, generic_translated),
        ("generic_word_abbreviated", is_org, generic_abbreviated),
        ("company_place_or_branch_appended", is_org, place_appended),
        ("company_country_of_registration", has_legal, country_appended),
        ("ampersand_and", is_org, and_ampersand),
        ("the_added_or_dropped", has_legal, the_added_dropped),
        (
            "group_holding_swapped",
            lambda e: is_org(e) and any(_bare(w) in GROUPISH for w in _org_words(e)),
            group_holding_swapped,
        ),
        ("trading_name_around", is_org, trading_name(aliases)),
        ("vessel_prefix", lambda e: e.kind == "vessel" and len(e.name) >= 3, vessel_prefix),
        (
            "vessel_aircraft_imo_msn_flag",
            lambda e: e.kind in ("vessel", "aircraft") and e.primary,
            vessel_imo_flag(flags),
        ),
        ("family_name_first", is_person, family_first),
        ("comma_surname_given", is_person, comma_kyc),
        ("initials_of_given_names", is_person, initials_given),
        ("initial_first_given_rest_kept", is_person, initial_first_rest),
        ("dropped_middle_name", is_person, dropped_middle),
        ("title_honorific_prefix", is_person, title_prefix),
        ("title_suffix_jr_sr_ii", is_person, title_suffix),
        ("nickname_english_form", is_person, nickname),
        ("translit_arabic", person_of("arabic"), translit_table(ARABIC_SUBS)),
        ("translit_persian", person_of("persian"), translit_table(PERSIAN_SUBS)),
        ("translit_korean", person_of("korean"), translit_table(KOREAN_SUBS)),
        ("translit_russian_systems", person_of("russian"), translit_russian),
        (
            "translit_chinese_wadegiles_cantonese",
            lambda e: person_of("chinese")(e) and is_pinyin(e),
            translit_chinese,
        ),
        ("one_letter_slip_korean", person_of("korean"), one_letter_slip),
        ("one_letter_slip_arabic_persian", person_of("arabic", "persian"), one_letter_slip),
        ("one_letter_slip_russian_chinese", person_of("russian", "chinese"), one_letter_slip),
        ("syllabic_hyphen_space", person_of("korean", "chinese", "vietnamese"), syllabic_hyphen),
        (
            "original_script",
            lambda e: (
                e.primary
                and (e.remarks.startswith("ORIG=") or (is_person(e) and tradition(e) == "russian"))
            ),
            original_script,
        ),
        ("diacritics_added", lambda e: person_or_org(e), diacritics_added),
        ("diacritics_removed", lambda e: len(e.name.split()) >= 2, diacritics_removed),
        (
            "turkish_azeri_letters",
            lambda e: (
                person_or_org(e)
                and (
                    tradition(e) == "turkic"
                    or "azerbaijan" in e.nat
                    or any(c in TURKIC for c in e.name)
                    or _turkic_word(e)
                )
            ),
            turkic_letters,
        ),
        ("truncated_at_word", long_name(24), truncate_word_boundary),
        ("truncated_inside_word", long_name(22), truncate_inside_word),
        ("payment_message_style", person_or_org, payment_style),
        ("ocr_letter_slip", lambda e: person_or_org(e) and len(e.name) >= 10, ocr_slip),
        ("ocr_digit_for_letter", lambda e: person_or_org(e) and len(e.name) >= 10, ocr_digits),
        (
            "adjacent_key_typo",
            lambda e: person_or_org(e) and len(e.name) >= 8,
            word_slip(slip_key, 4),
        ),
        (
            "adjacent_letters_transposed",
            lambda e: person_or_org(e) and len(e.name) >= 8,
            word_slip(slip_transpose, 5),
        ),
        ("vowels_dropped_telex", is_person, vowels_dropped),
        ("words_glued", lambda e: person_or_org(e) and len(e.name.split()) >= 3, glued),
        ("word_split_inside", person_or_org, split_inside),
        ("doubled_or_single_letters", person_or_org, doubled_single),
        ("hispanic_second_surname_dropped", hisp, hisp_second_surname_dropped),
        ("hispanic_surnames_hyphenated", hisp, hisp_second_surname_hyphen),
        ("hispanic_particles_y_de_da_dos", hisp, hisp_particles),
        ("arabic_particle_joined_split", person_of("arabic", "persian"), arabic_particle),
        ("arabic_chain_bin_ibn_ould", person_of("arabic"), arabic_chain),
        ("kunya_laqab_added", person_of("arabic"), kunya_laqab),
        ("slavic_feminine_form", person_of("russian", "other"), slavic_feminine),
        (
            "family_caps_other_order",
            person_of("chinese", "korean", "japanese", "hungarian", "vietnamese"),
            other_order_caps,
        ),
        (
            "combo_legal_misspelt_and_moved",
            has_long_legal,
            combo(legal_misspelt("dropped"), legal_moved),
        ),
        ("combo_payment_truncated", long_name(26), payment_truncated),
        (
            "combo_translit_and_initial",
            person_of("arabic", "persian"),
            combo(initial_first_rest, translit_table(ARABIC_SUBS + PERSIAN_SUBS)),
        ),
        ("combo_comma_and_typo", is_person, combo(word_slip(slip_key, 4), comma_kyc)),
        (
            "combo_abbrev_and_spaced_form",
            lambda e: has_short_legal(e) and is_org(e),
            combo(generic_abbreviated, legal_spaced),
        ),
        (
            "combo_three_title_drop_middle_ocr",
            lambda e: is_person(e) and len(e.name.split()) >= 3,
            combo(dropped_middle, ocr_digits, title_prefix),
        ),
    ]


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------


def load_all() -> tuple[list[Entry], Parties]:
    sdn = load_ofac("ofac_sdn", "sdn.csv.gz", "alt.csv.gz", "us_ofac_sdn")
    cons = load_ofac("ofac_cons", "cons_prim.csv.gz", "cons_alt.csv.gz", "us_ofac_cons")
    un = load_un()
    csl, links = load_csl()
    dpl = load_dpl()
    entries = [e for e in sdn + cons + un + csl + dpl if e.name.strip()]
    return entries, Parties(entries, links)


def _csv_bytes(header: list[str], rows: Iterable[list[str]]) -> bytes:
    buf = io.StringIO(newline="")
    buf.write(MARKER + "\r\n")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return gzip.compress(buf.getvalue().encode("utf-8"), compresslevel=9, mtime=0)


def make_variants(entries: list[Entry], parties: Parties) -> list[list[str]]:
    aliases: dict[tuple[str, str], list[str]] = {}
    flags: dict[tuple[str, str], str] = {}
    for e in entries:
        aliases.setdefault((e.list, e.list_id), []).append(e.name)
    for row in csv.reader(io.StringIO(_read_gz_text(LISTS / "ofac_sdn" / "sdn.csv.gz"))):
        if len(row) >= 12 and _nz(row[2]) == "vessel" and _nz(row[9]):
            flags[("us_ofac_sdn", row[0].strip())] = _nz(row[9])
    gen = [
        e
        for e in entries
        if e.gen
        and e.list in ("us_ofac_sdn", "us_ofac_cons", "un_sc", "us_csl")
        and len(e.name) >= 4
    ]
    gen.sort(key=lambda e: (e.list, e.list_id, e.name, e.primary))
    rows: list[list[str]] = []
    seen: set[str] = set()
    for cat, pred, fn in build_categories(aliases, flags):
        rng = Random(f"{SEED}:{cat}")
        pool = [e for e in gen if pred(e)]
        rng.shuffle(pool)
        got = 0
        used_parties: set[tuple[str, str]] = set()
        for e in pool:
            if got >= PER_CATEGORY:
                break
            party = parties.find((e.list, e.list_id))
            if party in used_parties:
                continue
            q = fn(e, rng)
            if q is None:
                continue
            q = " ".join(q.split())
            if not q or q == e.name or fold(q) in seen or len(fold(q)) < 3:
                continue
            if parties.collides(q, e):
                continue
            seen.add(fold(q))
            used_parties.add(party)
            rows.append([q, cat, e.kind, e.list, e.list_id, e.name, "all"])
            got += 1
        print(f"{cat:45s} {got:3d} / pool {len(pool)}", file=sys.stderr)
    return rows


def make_innocent(parties: Parties) -> list[list[str]]:
    rows: list[list[str]] = []
    seen: set[str] = set()
    dropped = 0
    tradition_name, kind = "", ""
    for line in HAND.read_text(encoding="utf-8").splitlines():
        name = line.strip()
        if name.startswith("## "):  # section header: "## <tradition> <person|organization>"
            tradition_name, kind = name[3:].split()
            continue
        if not name or name.startswith("#"):
            continue
        if True:
            k = fold(name)
            if k in seen:
                continue
            seen.add(k)
            if parties.listed_key(name):
                dropped += 1
                print(f"innocent dropped (listed): {name}", file=sys.stderr)
                continue
            rows.append([name, kind, f"hand:{tradition_name}"])
    print(f"innocent {len(rows)} kept, {dropped} dropped as listed", file=sys.stderr)
    return rows


def main() -> None:
    entries, parties = load_all()
    print(f"entries {len(entries)}", file=sys.stderr)
    variants = make_variants(entries, parties)
    innocent = make_innocent(parties)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "independent10_variants.csv.gz").write_bytes(
        _csv_bytes(["query", "category", "kind", "list", "list_id", "list_name", "half"], variants)
    )
    (OUT / "independent10_innocent.csv.gz").write_bytes(
        _csv_bytes(["name", "kind", "source"], innocent)
    )
    print(f"variants {len(variants)} innocent {len(innocent)}", file=sys.stderr)


# --------------------------------------------------------------------------------------------
# Crude sanity check (python generate.py --check): trigram nearest list name of every row
# --------------------------------------------------------------------------------------------


def _trigrams(text: str) -> set[str]:
    t = f"  {fold(text)} "
    return {t[i : i + 3] for i in range(len(t) - 2)}


def sanity_check() -> None:
    entries, parties = load_all()
    names: list[tuple[str, tuple[str, str]]] = []
    seen: set[tuple[str, tuple[str, str]]] = set()
    for e in entries:
        item = (fold(e.name), parties.find((e.list, e.list_id)))
        if item[0] and item not in seen:
            seen.add(item)
            names.append(item)
    grams = [_trigrams(n) for n, _ in names]
    index: dict[str, list[int]] = {}
    for i, g in enumerate(grams):
        for t in g:
            index.setdefault(t, []).append(i)
    common = {t for t, ids in index.items() if len(ids) > 3000}

    def nearest(q: str) -> tuple[float, int]:
        qg = _trigrams(q)
        counts: dict[int, int] = {}
        for t in sorted(qg - common):
            for i in index.get(t, []):
                counts[i] = counts.get(i, 0) + 1
        best, best_i = 0.0, -1
        for i, c in sorted(counts.items()):
            inter = len(qg & grams[i]) if c else 0
            j = inter / len(qg | grams[i])
            if j > best:
                best, best_i = j, i
        return best, best_i

    def read(path: Path) -> list[list[str]]:
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
        return list(csv.reader(io.StringIO(text)))[2:]

    variants = read(OUT / "independent10_variants.csv.gz")
    own_top = 0
    per_cat: dict[str, list[int]] = {}
    sims: list[float] = []
    for q, cat, _kind, lst, lid, _name, _half in variants:
        j, i = nearest(q)
        ok = i >= 0 and names[i][1] == parties.find((lst, lid))
        own_top += ok
        per_cat.setdefault(cat, [0, 0])
        per_cat[cat][0] += ok
        per_cat[cat][1] += 1
        sims.append(j)
    sims.sort()
    print(
        f"variants: trigram top-1 is own party for {own_top}/{len(variants)} ({own_top / len(variants):.1%}); median Jaccard {sims[len(sims) // 2]:.2f}"
    )
    for cat, (a, b) in sorted(per_cat.items(), key=lambda kv: kv[1][0] / kv[1][1]):
        print(f"  {cat:45s} {a:3d}/{b}")
    innocent = read(OUT / "independent10_innocent.csv.gz")
    near = [(nearest(r[0]), r[0]) for r in innocent]
    isims = sorted(j for (j, _), _ in near)
    n = len(isims)
    print(
        f"innocent: median nearest-listed Jaccard {isims[n // 2]:.2f}; >=0.6: {sum(s >= 0.6 for s in isims)}; >=0.8: {sum(s >= 0.8 for s in isims)} of {n}"
    )
    for (j, i), q in sorted(near, key=lambda x: (-x[0][0], x[1]))[:15]:
        print(f"  {j:.2f} {q!r} ~ {names[i][0]!r}")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sanity_check()
    else:
        main()
