"""Build the independent7 screening check set (issue 17) from the shipped lists.

INDEPENDENT CHECK SET (never tune on it). Written by helper screenind7 on 2026-12-06; see README.md
beside this file. Standard library only; it reads only the list files shipped under
src/exportgate/screening/data/lists/ and writes

    bench/screening/data/independent7_variants.csv.gz
    bench/screening/data/independent7_innocent.csv.gz

Run from the repository root:  python bench/screening/independent7/generate.py
Output is byte-identical under any PYTHONHASHSEED (every set is sorted before it is iterated).
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
from dataclasses import dataclass
from pathlib import Path

SEED = 2026120711
PER_CATEGORY = 40
ROOT = Path(__file__).resolve().parents[3]
LISTS = ROOT / "src" / "exportgate" / "screening" / "data" / "lists"
OUT = ROOT / "bench" / "screening" / "data"
MARKER = (
    "# INDEPENDENT CHECK SET (never tune on it): independent7 (issue 17) written by helper "
    "screenind7 on 2026-12-06 from the shipped lists; see bench/screening/independent7/README.md"
)
VARIANT_LISTS = ("us_ofac_sdn", "us_ofac_cons", "un_sc", "us_csl")


# ----------------------------------------------------------------------------------------------
# records and loading (stdlib only)


@dataclass(frozen=True)
class Entry:
    """One list entry: every name it is listed under, in file order (primary first)."""

    list: str
    list_id: str
    kind: str  # person, organization, vessel, aircraft, other
    names: tuple[str, ...]
    programs: str
    remarks: str
    original_script: tuple[str, ...] = ()
    sdn_ref: str = ""  # CSL rows: the OFAC entity number they carry


def _null(value: str) -> str:
    value = value.strip()
    return "" if value == "-0-" else value


_AKA = re.compile(r"a\.k\.a\. '([^']{2,80})'")
_ORG_HINT = re.compile(
    r"\b(LTD|LIMITED|LLC|INC|CORP|CORPORATION|COMPANY|CO|GMBH|S\.?A|AG|JSC|OOO|PLC|BANK|GROUP|"
    r"INDUSTR\w*|TECHNOLOG\w*|TRADING|INSTITUTE|UNIVERSITY|ACADEMY|CENTER|CENTRE|LABORATORY|"
    r"ENTERPRISES?|INTERNATIONAL|ELECTRONICS?|HOLDINGS?|FACTORY|BUREAU|AGENCY|MINISTRY)\b",
    re.I,
)


def load_ofac(folder: str, prim: str, alt: str, list_key: str) -> list[Entry]:
    base = LISTS / folder
    with gzip.open(base / prim, "rt", encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.reader(fh) if len(r) >= 12]
    aliases: dict[str, list[str]] = {}
    with gzip.open(base / alt, "rt", encoding="utf-8", newline="") as fh:
        for r in csv.reader(fh):
            if len(r) >= 4 and _null(r[3]):
                aliases.setdefault(r[0].strip(), []).append(_null(r[3]))
    kinds = {"individual": "person", "vessel": "vessel", "aircraft": "aircraft", "": "organization"}
    out = []
    for r in rows:
        ent = r[0].strip()
        names = [_null(r[1])] + aliases.get(ent, [])
        remarks = _null(r[11])
        out.append(
            Entry(
                list=list_key,
                list_id=ent,
                kind=kinds.get(_null(r[2]), "other"),
                names=tuple(n for n in names if n),
                programs=_null(r[3]),
                remarks=remarks,
            )
        )
    return out


def remark_akas(entry: Entry) -> list[str]:
    return _AKA.findall(entry.remarks)


def load_un() -> list[Entry]:
    with gzip.open(LISTS / "un_sc" / "UN_consolidated_2026-02-27.xml.gz", "rb") as fh:
        root = ET.parse(fh).getroot()
    out = []
    for tag, alias_tag, kind in (
        ("INDIVIDUAL", "INDIVIDUAL_ALIAS", "person"),
        ("ENTITY", "ENTITY_ALIAS", "organization"),
    ):
        for el in root.iter(tag):
            parts = [
                (el.findtext(f) or "").strip()
                for f in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
            ]
            primary = " ".join(p for p in parts if p)
            names = [primary] if primary else []
            for al in el.iter(alias_tag):
                a = (al.findtext("ALIAS_NAME") or "").strip()
                if a:
                    names.append(a)
            scripts = tuple(
                (e.text or "").strip()
                for e in el.iter("NAME_ORIGINAL_SCRIPT")
                if (e.text or "").strip() and "\ufffd" not in (e.text or "")
            )
            out.append(
                Entry(
                    list="un_sc",
                    list_id=(el.findtext("REFERENCE_NUMBER") or "").strip(),
                    kind=kind,
                    names=tuple(names),
                    programs=(el.findtext("UN_LIST_TYPE") or "").strip(),
                    remarks=(el.findtext("COMMENTS1") or "").strip(),
                    original_script=scripts,
                )
            )
    return out


def load_csl() -> list[Entry]:
    out = []
    kinds = {
        "Individual": "person",
        "Entity": "organization",
        "Vessel": "vessel",
        "Aircraft": "aircraft",
    }
    with gzip.open(
        LISTS / "us_csl" / "consolidated_2022-05.csv.gz", "rt", encoding="utf-8", newline=""
    ) as fh:
        for r in csv.DictReader(fh):
            name = r["name"].strip()
            alts = [a.strip() for a in r["alt_names"].split(";") if a.strip()]
            kind = kinds.get(r["type"].strip(), "")
            if not kind:
                kind = "organization" if _ORG_HINT.search(name) else "other"
            out.append(
                Entry(
                    list="us_csl",
                    list_id=r["_id"].strip(),
                    kind=kind,
                    names=tuple(n for n in [name, *alts] if n),
                    programs=r["programs"] + " " + r["source"],
                    remarks=r["remarks"],
                    sdn_ref=r["entity_number"].strip(),
                )
            )
    return out


def load_dpl() -> list[Entry]:
    out = []
    with gzip.open(
        LISTS / "bis_dpl" / "dpl_2023-11-30.txt.gz", "rt", encoding="utf-8", newline=""
    ) as fh:
        for i, r in enumerate(csv.DictReader(fh, delimiter="\t")):
            name = (r.get("Name") or "").strip()
            if name:
                out.append(Entry("us_bis_dpl", f"row{i + 2}", "other", (name,), "", ""))
    return out


def load_all() -> list[Entry]:
    return (
        load_ofac("ofac_sdn", "sdn.csv.gz", "alt.csv.gz", "us_ofac_sdn")
        + load_ofac("ofac_cons", "cons_prim.csv.gz", "cons_alt.csv.gz", "us_ofac_cons")
        + load_un()
        + load_csl()
        + load_dpl()
    )


# ----------------------------------------------------------------------------------------------
# folding and parties


def fold_words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return "".join(c if c.isalnum() else " " for c in text).split()


def perm_key(text: str) -> tuple[str, ...]:
    return tuple(sorted(fold_words(text)))


def compact_key(text: str) -> str:
    return "".join(fold_words(text))


class Parties:
    """Union-find over entries: a shared name of 2+ words (any order) or a CSL row naming an SDN ent_num."""

    def __init__(self, entries: list[Entry]) -> None:
        self.parent = list(range(len(entries)))
        by_key: dict[tuple[str, ...], int] = {}
        sdn_index = {e.list_id: i for i, e in enumerate(entries) if e.list == "us_ofac_sdn"}
        for i, e in enumerate(entries):
            for n in self.all_names(e):
                k = perm_key(n)
                if len(k) >= 2:
                    if k in by_key:
                        self.union(i, by_key[k])
                    else:
                        by_key[k] = i
            if e.list == "us_csl" and e.sdn_ref in sdn_index:
                self.union(i, sdn_index[e.sdn_ref])
        self.perm: dict[tuple[str, ...], set[int]] = {}
        self.compact: dict[str, set[int]] = {}
        for i, e in enumerate(entries):
            p = self.find(i)
            for n in self.all_names(e):
                self.perm.setdefault(perm_key(n), set()).add(p)
                self.compact.setdefault(compact_key(n), set()).add(p)

    @staticmethod
    def all_names(e: Entry) -> list[str]:
        return [*e.names, *e.original_script, *remark_akas(e)]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def collides(self, query: str, party: int) -> bool:
        """True when the query, folded, is a name (or word permutation) of another party."""
        others = self.perm.get(perm_key(query), set()) | self.compact.get(compact_key(query), set())
        return bool(others - {party})

    def listed(self, name: str) -> bool:
        return perm_key(name) in self.perm or compact_key(name) in self.compact

    def near_listed(self, name: str) -> bool:
        """A crude extra guard for innocent names (not asked for by the brief): drop a name whose
        words, after loose spelling folding and without legal-form words, equal a listed name's
        words or differ from them by one added or one missing word (my own variant categories
        `middle_names_dropped` and `title_added` make exactly such changes)."""
        if not hasattr(self, "_loose"):
            self._loose: set[tuple[str, ...]] = set()
            self._by_word: dict[str, list[frozenset[str]]] = {}
            for k in sorted(self.perm):
                lk = core_key(" ".join(k))
                self._loose.add(lk)
                if len(lk) >= 2:
                    for w in set(lk):
                        self._by_word.setdefault(w, []).append(frozenset(lk))
        key = core_key(name)
        if key in self._loose or loose_key(name) in self._loose:
            return True
        words = set(key)
        if len(words) < 2:
            return False
        for i in range(len(key)):
            rest = key[:i] + key[i + 1 :]
            if len(set(rest)) >= 2 and rest in self._loose:
                return True
        rarest = min(sorted(words), key=lambda w: len(self._by_word.get(w, [])))
        return any(
            words <= cand and len(cand) - len(words) <= 1 for cand in self._by_word.get(rarest, [])
        )


def loose_word(w: str) -> str:
    w = _CANON.get(w.upper(), w.upper()).lower()
    w = re.sub(r"(.)\1", r"\1", w)
    w = re.sub(r"(iy|ii|yi|ei|ey|y|i)$", "i", w)
    return (
        w.replace("kh", "h")
        .replace("ou", "u")
        .replace("ee", "i")
        .replace("oo", "u")
        .replace("j", "y")
    )


def loose_key(text: str) -> tuple[str, ...]:
    return tuple(sorted(loose_word(w) for w in fold_words(text)))


LEGAL_TOKENS = {
    "ltd",
    "limited",
    "llc",
    "co",
    "company",
    "inc",
    "corp",
    "corporation",
    "gmbh",
    "sa",
    "sarl",
    "jsc",
    "ooo",
    "ao",
    "plc",
    "pvt",
    "pte",
    "est",
    "bv",
    "ag",
    "srl",
    "sas",
    "lda",
    "ltda",
    "de",
    "cv",
    "kk",
    "sdn",
    "bhd",
    "llp",
    "too",
    "tov",
    "oao",
    "zao",
    "pao",
    "the",
    "and",
    "of",
}


def core_key(text: str) -> tuple[str, ...]:
    """Loose key without legal-form and linking words."""
    return tuple(sorted(loose_word(w) for w in fold_words(text) if w not in LEGAL_TOKENS))


# ----------------------------------------------------------------------------------------------
# a list name seen as a source of variants


@dataclass(frozen=True)
class Source:
    entry: Entry
    index: int  # entry index (for the party)
    list_name: str  # exactly as written in the list
    tokens: tuple[str, ...]  # display order: given names first for people
    given: tuple[str, ...]
    family: tuple[str, ...]


def make_source(entry: Entry, index: int, name: str) -> Source:
    if entry.kind == "person" and name.count(",") == 1:
        fam, giv = (p.strip() for p in name.split(","))
        family, given = tuple(fam.split()), tuple(giv.split())
        return Source(entry, index, name, given + family, given, family)
    tokens = (
        tuple(name.replace(",", " , ").split()) if entry.kind != "person" else tuple(name.split())
    )
    tokens = tuple(t for t in tokens if t != ",") if entry.kind == "person" else tuple(name.split())
    if entry.kind == "person" and len(tokens) >= 2:
        return Source(entry, index, name, tokens, tokens[:-1], tokens[-1:])
    return Source(entry, index, name, tokens, (), tokens)


def text(tokens: Iterable[str]) -> str:
    return " ".join(t for t in tokens if t)


def titled(word: str) -> str:
    if "." in word and len(word) <= 8:
        return word.upper()
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


def styled(rng: random.Random, s: str) -> str:
    """How a customer would type it: as listed, title case, or upper case."""
    choice = rng.randrange(3)
    if choice == 1:
        return " ".join(titled(w) for w in s.split())
    if choice == 2:
        return s.upper()
    return s


def person_display(src: Source) -> str:
    return text(src.given + src.family)


# ----------------------------------------------------------------------------------------------
# legal forms

# forms as sequences of dot-less upper-case tokens; family name, canonical written forms
LEGAL_FORMS: dict[str, tuple[str, ...]] = {
    "llc": (
        "LIMITED LIABILITY COMPANY",
        "LLC",
        "L.L.C.",
        "OOO",
        "TOO",
        "LIMITED LIABILITY PARTNERSHIP",
    ),
    "jsc": (
        "JOINT STOCK COMPANY",
        "JSC",
        "AO",
        "OAO",
        "ZAO",
        "PAO",
        "PJSC",
        "PUBLIC JOINT STOCK COMPANY",
        "OPEN JOINT STOCK COMPANY",
        "CLOSED JOINT STOCK COMPANY",
        "JOINT-STOCK COMPANY",
        "OJSC",
        "CJSC",
    ),
    "ltd": (
        "CO., LTD.",
        "CO. LTD",
        "CO LTD",
        "COMPANY LIMITED",
        "CO., LIMITED",
        "LIMITED",
        "LTD",
        "LTD.",
        "PRIVATE LIMITED",
        "PVT LTD",
        "PTE LTD",
        "PTE. LTD.",
        "(PVT) LTD",
    ),
    "gmbh": ("GMBH", "G.M.B.H."),
    "spzoo": ("SP. Z O.O.", "SP Z OO"),
    "sarl": ("SARL", "S.A.R.L."),
    "sadecv": ("S.A. DE C.V.", "SA DE CV", "S. DE R.L. DE C.V."),
    "sa": ("S.A.", "SA", "S.A.C.", "SAC", "S.A.S.", "SAS", "S.L.", "S.R.L.", "SRL"),
    "inc": ("INC", "INC.", "INCORPORATED"),
    "corp": ("CORP", "CORP.", "CORPORATION"),
    "plc": ("PLC", "P.L.C."),
    "ag": ("AG",),
    "kk": ("K.K.", "KK", "KABUSHIKI KAISHA"),
    "ad": ("A.D.", "AD", "D.O.O.", "DOO", "D.D."),
    "as": (
        "A.S.",
        "AS",
        "A.Ş.",
        "LTD. STI.",
        "LIMITED SIRKETI",
        "ANONIM SIRKETI",
        "SANAYI VE TICARET A.S.",
    ),
    "fze": ("FZE", "FZCO", "FZ-LLC", "FZ LLC", "DMCC"),
    "bv": ("B.V.", "BV", "N.V.", "NV"),
    "scs": ("S.C.S.", "SCS", "S.C.", "S.N.C."),
    "sdnbhd": ("SDN BHD", "SDN. BHD."),
    "sherkat": ("SHERKAT", "SHERKATE", "SHERKAT-E"),
    "company": ("COMPANY", "CO", "CO."),
}


def dotless(tok: str) -> str:
    return re.sub(r"[.,()]", "", tok).upper()


_FORM_SEQS: list[tuple[tuple[str, ...], str]] = sorted(
    (
        (tuple(dotless(t) for t in form.split() if dotless(t)), fam)
        for fam, forms in LEGAL_FORMS.items()
        for form in forms
    ),
    key=lambda p: (-len(p[0]), p[0], p[1]),
)


def legal_span(tokens: tuple[str, ...]) -> tuple[int, int, str] | None:
    """(start, end, family) of the longest legal form at the end (preferred) or the start."""
    keys = [dotless(t) for t in tokens]
    for seq, fam in _FORM_SEQS:
        n = len(seq)
        if n < len(keys) and tuple(keys[-n:]) == seq:
            return len(keys) - n, len(keys), fam
    for seq, fam in _FORM_SEQS:
        n = len(seq)
        if n < len(keys) and tuple(keys[:n]) == seq and fam not in ("company",):
            return 0, n, fam
    return None


LEGAL_WORDS = (
    "LIMITED",
    "COMPANY",
    "CORPORATION",
    "LIABILITY",
    "JOINT",
    "STOCK",
    "INCORPORATED",
    "GESELLSCHAFT",
    "SOCIEDAD",
    "ANONIMA",
    "LIMITADA",
    "PRIVATE",
    "PUBLIC",
    "AKTSIONERNOE",
    "OBSHCHESTVO",
    "SIRKETI",
    "PARTNERSHIP",
    "ENTERPRISE",
    "COOPERATIVE",
    "HOLDING",
)


def legal_word_positions(tokens: tuple[str, ...]) -> list[int]:
    return [i for i, t in enumerate(tokens) if dotless(t) in LEGAL_WORDS]


def is_org(src: Source) -> bool:
    return src.entry.kind == "organization" or (
        src.entry.kind == "other" and legal_span(src.tokens) is not None
    )


# ----------------------------------------------------------------------------------------------
# letter-level slips

KEY_NEIGHBOURS = {
    "q": "wa",
    "w": "qes",
    "e": "wrd",
    "r": "etf",
    "t": "ryg",
    "y": "tuh",
    "u": "yij",
    "i": "uok",
    "o": "ipl",
    "p": "ol",
    "a": "qsz",
    "s": "adwx",
    "d": "sfe",
    "f": "dgr",
    "g": "fht",
    "h": "gjy",
    "j": "hku",
    "k": "jli",
    "l": "ko",
    "z": "xa",
    "x": "zcs",
    "c": "xvd",
    "v": "cbf",
    "b": "vng",
    "n": "bmh",
    "m": "nj",
}


def keep_case(new: str, like: str) -> str:
    return new.upper() if like.isupper() else new.lower()


def transpose(rng: random.Random, w: str) -> str | None:
    spots = [
        i
        for i in range(1, len(w) - 1)
        if w[i] != w[i + 1] and w[i].isalpha() and w[i + 1].isalpha()
    ]
    if not spots:
        return None
    i = rng.choice(spots)
    return w[:i] + w[i + 1] + w[i] + w[i + 2 :]


def drop_letter(rng: random.Random, w: str) -> str | None:
    spots = [i for i in range(1, len(w)) if w[i].isalpha()]
    if len(w) < 4 or not spots:
        return None
    i = rng.choice(spots)
    return w[:i] + w[i + 1 :]


def double_letter(rng: random.Random, w: str) -> str | None:
    spots = [i for i in range(1, len(w)) if w[i].isalpha() and w[i] != w[i - 1]]
    if not spots:
        return None
    i = rng.choice(spots)
    return w[:i] + w[i] + w[i:]


def substitute(rng: random.Random, w: str) -> str | None:
    spots = [i for i in range(1, len(w)) if w[i].lower() in KEY_NEIGHBOURS]
    if not spots:
        return None
    i = rng.choice(spots)
    vowels = "aeiou"
    c = w[i].lower()
    pool = (
        [v for v in vowels if v != c]
        if c in vowels and rng.random() < 0.6
        else list(KEY_NEIGHBOURS[c])
    )
    return w[:i] + keep_case(rng.choice(pool), w[i]) + w[i + 1 :]


PHONETIC_SLIPS = (
    ("a", "e"),
    ("e", "a"),
    ("e", "i"),
    ("i", "e"),
    ("o", "u"),
    ("u", "o"),
    ("i", "y"),
    ("y", "i"),
    ("k", "q"),
    ("q", "k"),
    ("k", "c"),
    ("s", "z"),
    ("z", "s"),
    ("d", "t"),
    ("t", "d"),
    ("v", "w"),
    ("w", "v"),
    ("j", "dj"),
)


def phonetic_slip(rng: random.Random, w: str) -> str | None:
    low = w.lower()
    options = []
    for a, b in PHONETIC_SLIPS:
        for m in re.finditer(a, low):
            if m.start() > 0 or a in "aeiou":
                options.append((m.start(), a, b))
    # undouble / double a consonant, drop the h of a digraph
    for m in re.finditer(r"([bdfglmnrst])\1", low):
        options.append((m.start(), m.group(0), m.group(1)))
    for m in re.finditer(r"(?<=[kgsdtz])h", low):
        options.append((m.start(), "h", ""))
    if not options:
        return None
    pos, a, b = rng.choice(options)
    return w[:pos] + keep_case(b, w[pos : pos + len(a)] or w) + w[pos + len(a) :]


def slip_token(
    rng: random.Random,
    tokens: tuple[str, ...],
    pick: list[int],
    fn: Callable[[random.Random, str], str | None],
) -> tuple[str, ...] | None:
    if not pick:
        return None
    i = rng.choice(pick)
    new = fn(rng, tokens[i])
    if new is None or new == tokens[i]:
        return None
    return tokens[:i] + (new,) + tokens[i + 1 :]


# ----------------------------------------------------------------------------------------------
# traditions (crude, for choosing suited names)

KOREAN_FAMILY = {
    "KIM",
    "RI",
    "PAK",
    "CHOE",
    "JO",
    "YUN",
    "HAN",
    "JANG",
    "JONG",
    "KANG",
    "O",
    "SIN",
    "HONG",
    "MUN",
    "CHOI",
    "LEE",
    "PARK",
    "SO",
    "SON",
    "HYON",
    "KO",
    "KWON",
    "JU",
    "CHA",
    "PAEK",
    "RYU",
    "JON",
    "HWANG",
    "YANG",
    "AN",
    "CHONG",
    "NAM",
    "KIL",
    "CHU",
    "HO",
    "RIM",
    "SONG",
    "CHANG",
    "YU",
    "MA",
    "PYON",
}
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
    "LIN",
    "LUO",
    "GAO",
    "ZHENG",
    "LIANG",
    "XIE",
    "TANG",
    "HAN",
    "CAO",
    "DENG",
    "FENG",
    "CAI",
    "PENG",
    "PAN",
    "YUAN",
    "JIANG",
    "DONG",
    "YU",
    "SU",
    "YE",
    "LU",
    "WEI",
    "TIAN",
    "DU",
    "DING",
    "SHEN",
    "REN",
    "YAO",
    "JIN",
    "FU",
    "ZHONG",
    "CUI",
    "QIU",
    "QIN",
    "FANG",
    "SHI",
    "XIAO",
    "HOU",
    "WAN",
    "GU",
    "KONG",
    "BAI",
    "ZOU",
    "MENG",
    "XIONG",
    "QIAN",
    "ZENG",
    "WEN",
}
_PINYIN = re.compile(
    r"^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|e|i|o|u))+$"
)
_KOREAN_SYL = re.compile(
    r"^(?:(?:kk|tt|pp|ss|jj|ch|k|g|n|d|t|r|l|m|b|p|s|j|h)?(?:yae|yeo|wae|ae|eo|eu|ui|oe|wa|wo|we|wi|ya|yo|yu|ye|a|e|i|o|u)(?:ng|k|n|l|m|p|t)?)$"
)
ARABIC_MARKERS = {
    "AL",
    "ABU",
    "BIN",
    "IBN",
    "ABD",
    "ABDUL",
    "ABDEL",
    "MUHAMMAD",
    "MOHAMMED",
    "MOHAMMAD",
    "AHMAD",
    "AHMED",
    "HASAN",
    "HASSAN",
    "HUSAYN",
    "HUSSEIN",
    "ALI",
    "UMAR",
    "OMAR",
    "KHALID",
    "YUSUF",
    "IBRAHIM",
    "ABDALLAH",
    "ABDULLAH",
    "SALIH",
    "SAID",
    "MAHMUD",
    "MAHMOUD",
    "MUSTAFA",
}
RUSSIAN_GIVEN = {
    "ALEKSANDR",
    "ALEKSEY",
    "ALEKSEI",
    "SERGEY",
    "SERGEI",
    "DMITRIY",
    "DMITRY",
    "YEVGENIY",
    "EVGENY",
    "YURIY",
    "YURI",
    "ANDREY",
    "ANDREI",
    "NIKOLAY",
    "NIKOLAI",
    "MIKHAIL",
    "VIKTOR",
    "VALERIY",
    "GENNADIY",
    "ARKADIY",
    "ANATOLIY",
    "VITALIY",
    "IGOR",
    "OLEG",
    "VLADIMIR",
    "IVAN",
    "PAVEL",
    "MAKSIM",
    "ROMAN",
    "DENIS",
    "KIRILL",
    "BORIS",
    "YELENA",
    "ELENA",
    "TATYANA",
    "NATALYA",
    "OLGA",
    "IRINA",
    "SVETLANA",
    "ANNA",
    "MARIYA",
    "YEKATERINA",
    "PYOTR",
    "PETR",
    "FEDOR",
    "ILYA",
    "GRIGORIY",
    "KONSTANTIN",
    "VLADISLAV",
    "VADIM",
    "ARTEM",
    "ANTON",
    "STANISLAV",
    "VASILIY",
    "YAROSLAV",
    "VYACHESLAV",
    "LEONID",
    "GEORGIY",
    "NIKITA",
    "MIKHAYLOVICH",
    "EVGENIY",
    "ALEXANDER",
}
_RU_SUFFIX = re.compile(r"(OV|EV|YOV|IN|YN|OVA|EVA|INA|SKIY|SKY|SKII|SKAYA|ENKO|CHUK|UK|ICH)$")
SPANISH_GIVEN = {
    "JOSE",
    "JUAN",
    "LUIS",
    "CARLOS",
    "JORGE",
    "JESUS",
    "MIGUEL",
    "FRANCISCO",
    "ANTONIO",
    "MANUEL",
    "PEDRO",
    "ALEJANDRO",
    "RAFAEL",
    "FERNANDO",
    "RICARDO",
    "ROBERTO",
    "EDUARDO",
    "JAVIER",
    "ALFREDO",
    "MARIA",
    "ANA",
    "GUILLERMO",
    "ENRIQUE",
    "IGNACIO",
    "RAMON",
    "RAUL",
    "SERGIO",
    "HECTOR",
    "VICTOR",
    "OSCAR",
    "ARMANDO",
    "MARIO",
    "JAIME",
    "DANIEL",
    "GERARDO",
    "FELIPE",
    "PABLO",
    "ERNESTO",
    "ISMAEL",
    "JOAQUIN",
    "RODOLFO",
    "RUBEN",
    "ARTURO",
    "GILBERTO",
    "NESTOR",
    "ALBERTO",
    "DIEGO",
    "ANDRES",
    "JULIO",
    "CESAR",
    "OMAR",
    "ADRIANA",
    "CLAUDIA",
    "LAURA",
    "GLORIA",
    "ROSA",
    "CARMEN",
    "SANDRA",
    "NICOLAS",
    "DELCY",
    "TAREK",
    "ELIAS",
    "HUGO",
    "SAMUEL",
    "ALVARO",
    "GUSTAVO",
    "MARCO",
    "OCTAVIO",
}


def upper_tokens(src: Source) -> list[str]:
    return [dotless(t) for t in src.tokens]


def prog(src: Source) -> str:
    return (src.entry.programs + " " + src.entry.list_id).upper()


def is_person(src: Source) -> bool:
    return src.entry.kind == "person" and len(src.tokens) >= 2


def is_korean(src: Source) -> bool:
    if not is_person(src):
        return False
    if not ("DPRK" in prog(src) or "NKSPEA" in prog(src) or src.entry.list_id.startswith("KPi")):
        return False
    sylls = [s for t in src.tokens for s in t.lower().split("-")]
    return src.family[0].upper() in KOREAN_FAMILY and all(_KOREAN_SYL.match(s) for s in sylls)


def is_chinese(src: Source) -> bool:
    if not is_person(src) or "DPRK" in prog(src):
        return False
    if src.family[-1].upper() not in CHINESE_FAMILY:
        return False
    return all(_PINYIN.match(t.lower().replace("-", "")) for t in src.tokens) and any(
        len(t) >= 4 for t in src.given
    )


def is_arabic(src: Source) -> bool:
    if not is_person(src):
        return False
    toks = [t.upper() for t in src.tokens]
    hits = sum(1 for t in toks if t in ARABIC_MARKERS or t.startswith("AL-") or t.startswith("ABD"))
    return hits >= 1 and not is_russian(src)


def is_persian(src: Source) -> bool:
    if not is_person(src):
        return False
    p = prog(src)
    iranian = any(k in p for k in ("IRAN", "IRGC", "IFSR", "IRI")) or src.entry.list_id.startswith(
        "IRi"
    )
    toks = [t.upper() for t in src.tokens]
    marker = any(
        t.endswith(("ZADEH", "POUR", "NEJAD", "NEZHAD", "IAN", "I"))
        or t
        in (
            "REZA",
            "HOSSEIN",
            "MOHAMMAD",
            "ALI",
            "GHOLAM",
            "MEHDI",
            "HAMID",
            "MAJID",
            "SAEED",
            "AKBAR",
            "JAVAD",
            "MOHSEN",
            "ABBAS",
            "HASSAN",
            "AHMAD",
            "MORTEZA",
            "MOJTABA",
            "HOSSEINI",
            "REZAEI",
        )
        for t in toks
    )
    return iranian and marker


def is_russian(src: Source) -> bool:
    if not is_person(src):
        return False
    toks = [t.upper() for t in src.tokens]
    given_ru = any(t in RUSSIAN_GIVEN for t in toks)
    patronymic = any(t.endswith(("OVICH", "EVICH", "OVNA", "EVNA", "ICHNA")) for t in toks)
    fam = _RU_SUFFIX.search(src.family[0].upper()) is not None
    return (given_ru or patronymic) and fam


def is_hispanic(src: Source) -> bool:
    if not is_person(src):
        return False
    p = prog(src)
    ok_prog = any(
        k in p for k in ("SDNT", "ILLICIT", "VENEZUELA", "CUBA", "NICARAGUA", "TCO", "SDNTK")
    )
    return ok_prog and any(t.upper() in SPANISH_GIVEN for t in src.given)


# ----------------------------------------------------------------------------------------------
# token-level tables

TRANSLIT_GROUPS = [
    ["MUHAMMAD", "MOHAMMED", "MOHAMMAD", "MOHAMED", "MOHAMAD", "MUHAMMED", "MUHAMAD", "MOHAMMAD"],
    ["AHMAD", "AHMED"],
    ["HUSSEIN", "HUSAYN", "HUSSAIN", "HOSSEIN", "HUSEIN", "HUSAIN"],
    ["HASAN", "HASSAN"],
    ["YUSUF", "YOUSSEF", "YOUSEF", "YUSSUF", "YOUSUF", "YOUSIF"],
    ["UMAR", "OMAR"],
    ["USAMA", "OSAMA"],
    ["ABDULLAH", "ABDALLAH", "ABDOLLAH", "ABDULA"],
    ["MAHMUD", "MAHMOUD"],
    ["MUSTAFA", "MOSTAFA", "MUSTAPHA"],
    ["KHALID", "KHALED"],
    ["SAID", "SAEED", "SAEID"],
    ["MUSA", "MOUSSA", "MOUSA"],
    ["IBRAHIM", "EBRAHIM", "IBRAHEEM"],
    ["ISMAIL", "ESMAIL", "ISMAEL", "ISMAEIL"],
    ["YAHYA", "YEHIA"],
    ["JAFAR", "JAAFAR", "JA'FAR"],
    ["SULAYMAN", "SULEIMAN", "SOLEIMAN", "SULAIMAN"],
    ["UTHMAN", "OTHMAN", "OSMAN"],
    ["HAMID", "HAMEED"],
    ["RASHID", "RASHEED"],
    ["MAJID", "MAJEED"],
    ["KARIM", "KAREEM"],
    ["NASIR", "NASSER", "NASER"],
    ["QASIM", "QASEM", "KASSEM", "GHASEM"],
    ["FAYSAL", "FAISAL"],
    ["MAHDI", "MEHDI"],
    ["JAWAD", "JAVAD"],
    ["MUHSIN", "MOHSEN"],
    ["MURTADA", "MORTEZA", "MURTAZA"],
    ["MUJTABA", "MOJTABA"],
    ["GHULAM", "GHOLAM"],
    ["YAQUB", "YAKUB", "YAGHOUB"],
    ["ABDUL", "ABDEL", "ABDOL"],
    ["SALIH", "SALEH"],
    ["ALI", "ALY"],
    ["ABBAS", "ABAS"],
    ["HAMZA", "HAMZAH"],
    ["TALAL", "TALLAL"],
    ["JAMAL", "GAMAL"],
    ["KHALIL", "KHALEEL"],
    ["ALEKSANDR", "ALEXANDER", "ALEKSANDER", "OLEKSANDR"],
    ["ALEKSEY", "ALEKSEI", "ALEXEY", "ALEXEI"],
    ["SERGEY", "SERGEI"],
    ["DMITRIY", "DMITRY", "DMITRI"],
    ["YEVGENIY", "EVGENY", "YEVGENY", "EVGENII"],
    ["YURIY", "YURI", "YURY"],
    ["ANDREY", "ANDREI"],
    ["NIKOLAY", "NIKOLAI"],
    ["VIKTOR", "VICTOR"],
    ["VALERIY", "VALERY", "VALERI"],
    ["GENNADIY", "GENNADY"],
    ["ARKADIY", "ARKADY"],
    ["ANATOLIY", "ANATOLY"],
    ["VITALIY", "VITALY"],
    ["YELENA", "ELENA"],
    ["TATYANA", "TATIANA"],
    ["NATALYA", "NATALIA"],
    ["PYOTR", "PETR"],
    ["FEDOR", "FYODOR"],
    ["ILYA", "ILIA"],
    ["GRIGORIY", "GRIGORY"],
    ["MAKSIM", "MAXIM"],
    ["VASILIY", "VASILY"],
    ["GEORGIY", "GEORGY"],
    ["KIRILL", "KIRIL"],
    ["ARTEM", "ARTYOM"],
    ["SEMYON", "SEMEN"],
    ["CHOE", "CHOI"],
    ["RI", "LI", "LEE"],
    ["PAK", "PARK"],
    ["HYON", "HYUN"],
    ["SON", "SOHN"],
    ["KANG", "GANG"],
    ["JO", "CHO"],
    ["CHOL", "CHEOL"],
    ["JONG", "JEONG"],
    ["YONG", "YEONG"],
]
_TRANSLIT = {w: [x for x in g if x != w] for g in TRANSLIT_GROUPS for w in g}
_CANON = {w: g[0] for g in TRANSLIT_GROUPS for w in g}

ENGLISH_FORMS = {
    "ALEKSANDR": ["ALEXANDER", "ALEX", "SASHA"],
    "ALEKSEY": ["ALEXIS", "ALEX"],
    "MIKHAIL": ["MICHAEL", "MISHA"],
    "PYOTR": ["PETER"],
    "PETR": ["PETER"],
    "NIKOLAY": ["NICHOLAS", "NICK"],
    "NIKOLAI": ["NICHOLAS"],
    "YEVGENIY": ["EUGENE", "ZHENYA"],
    "EVGENY": ["EUGENE"],
    "IVAN": ["JOHN", "VANYA"],
    "SERGEY": ["SERGE"],
    "YURIY": ["GEORGE"],
    "GRIGORIY": ["GREGORY"],
    "ANDREY": ["ANDREW"],
    "KONSTANTIN": ["CONSTANTINE", "KOSTYA"],
    "DMITRIY": ["DIMA", "DIMITRI"],
    "VLADIMIR": ["VOLODYA", "VOVA"],
    "YELENA": ["HELEN"],
    "MARIYA": ["MARY", "MASHA"],
    "YEKATERINA": ["CATHERINE", "KATYA"],
    "PAVEL": ["PAUL", "PASHA"],
    "FEDOR": ["THEODORE", "FYODOR"],
    "BORIS": ["BOB"],
    "ILYA": ["ELIJAH"],
    "VASILIY": ["BASIL"],
    "MAKSIM": ["MAX"],
    "OLEG": ["OLEG"],
    "IBRAHIM": ["ABRAHAM"],
    "YUSUF": ["JOSEPH"],
    "YOUSSEF": ["JOSEPH"],
    "MUSA": ["MOSES"],
    "SULAYMAN": ["SOLOMON"],
    "SULEIMAN": ["SOLOMON"],
    "DAWUD": ["DAVID"],
    "DAVOOD": ["DAVID"],
    "YAQUB": ["JACOB"],
    "ILYAS": ["ELIAS"],
    "YAHYA": ["JOHN"],
    "MARYAM": ["MARY"],
    "ISHAQ": ["ISAAC"],
    "JOSE": ["JOSEPH", "PEPE"],
    "FRANCISCO": ["FRANK", "PACO", "PANCHO"],
    "ALEJANDRO": ["ALEX", "ALEXANDER"],
    "ROBERTO": ["ROBERT", "BETO"],
    "GUILLERMO": ["WILLIAM", "MEMO"],
    "JESUS": ["CHUY"],
    "IGNACIO": ["NACHO"],
    "ENRIQUE": ["HENRY", "KIKE"],
    "EDUARDO": ["EDWARD", "LALO"],
    "ALFREDO": ["ALFRED", "FREDDY"],
    "MANUEL": ["MANNY"],
    "RAFAEL": ["RAFA"],
    "ANTONIO": ["TONY", "ANTHONY"],
    "JUAN": ["JOHN"],
    "PEDRO": ["PETER"],
    "MIGUEL": ["MICHAEL"],
    "CARLOS": ["CHARLES"],
    "LUIS": ["LOUIS"],
    "JORGE": ["GEORGE"],
    "RICARDO": ["RICHARD", "RICKY"],
    "FERNANDO": ["NANDO"],
    "GERARDO": ["GERARD", "JERRY"],
    "ALBERTO": ["ALBERT", "BETO"],
    "JOAQUIN": ["CHAPO"],
    "ARTURO": ["ARTHUR"],
    "NICOLAS": ["NICHOLAS"],
    "GUSTAVO": ["GUS"],
    "ANDRES": ["ANDREW"],
    "DIEGO": ["JAMES"],
    "RAMON": ["RAYMOND"],
}

TITLES = [
    "Dr",
    "Dr.",
    "Sheikh",
    "Shaykh",
    "Mr",
    "Mr.",
    "Haji",
    "Hajji",
    "Eng.",
    "Eng",
    "Prof.",
    "Mullah",
    "Gen.",
    "Col.",
    "Maulana",
    "Sayyed",
    "Ustadh",
    "Sir",
    "Hon.",
    "Capt.",
]

PLACES = [
    "Dubai",
    "Hong Kong",
    "Shanghai",
    "Moscow",
    "Tehran",
    "Istanbul",
    "Beijing",
    "Shenzhen",
    "Minsk",
    "Caracas",
    "Damascus",
    "Beirut",
    "UAE",
    "Sharjah",
    "Kish Island",
    "St. Petersburg",
    "Almaty",
    "Tashkent",
    "Yerevan",
    "Baku",
    "Singapore",
    "Kuala Lumpur",
    "Guangzhou",
    "Panama",
    "Limassol",
]

# English generic words and how firms of one language write them (romanised)
EN_TO_LANG: dict[str, dict[str, str]] = {
    "zh": {
        "TRADING": "MAOYI",
        "INDUSTRY": "GONGYE",
        "INDUSTRIAL": "GONGYE",
        "INTERNATIONAL": "GUOJI",
        "TECHNOLOGY": "KEJI",
        "TECHNOLOGIES": "KEJI",
        "ELECTRONICS": "DIANZI",
        "ELECTRONIC": "DIANZI",
        "SHIPPING": "HAIYUN",
        "GROUP": "JITUAN",
        "ENGINEERING": "GONGCHENG",
        "INVESTMENT": "TOUZI",
        "CHEMICAL": "HUAGONG",
        "CONSTRUCTION": "JIANSHE",
        "ENERGY": "NENGYUAN",
        "DEVELOPMENT": "FAZHAN",
        "TRANSPORT": "YUNSHU",
        "MACHINERY": "JIXIE",
        "EQUIPMENT": "SHEBEI",
        "LOGISTICS": "WULIU",
        "IMPORT": "JINKOU",
        "EXPORT": "CHUKOU",
        "INDUSTRIES": "SHIYE",
    },
    "tr": {
        "TRADING": "TICARET",
        "TRADE": "TICARET",
        "INDUSTRY": "SANAYI",
        "INDUSTRIAL": "SANAYI",
        "INTERNATIONAL": "ULUSLARARASI",
        "TECHNOLOGY": "TEKNOLOJI",
        "ELECTRONICS": "ELEKTRONIK",
        "SHIPPING": "DENIZCILIK",
        "GROUP": "GRUP",
        "ENGINEERING": "MUHENDISLIK",
        "INVESTMENT": "YATIRIM",
        "CHEMICAL": "KIMYA",
        "CONSTRUCTION": "INSAAT",
        "ENERGY": "ENERJI",
        "TRANSPORT": "NAKLIYAT",
        "MACHINERY": "MAKINA",
        "LOGISTICS": "LOJISTIK",
        "IMPORT": "ITHALAT",
        "EXPORT": "IHRACAT",
        "FOREIGN": "DIS",
        "TOURISM": "TURIZM",
        "FOOD": "GIDA",
        "MINING": "MADENCILIK",
    },
    "fa": {
        "TRADING": "TEJARAT",
        "TRADE": "TEJARAT",
        "INDUSTRY": "SANAYE",
        "INDUSTRIES": "SANAYE",
        "INDUSTRIAL": "SANATI",
        "ENGINEERING": "MOHANDESI",
        "SHIPPING": "KESHTIRANI",
        "INVESTMENT": "SARMAYEGOZARI",
        "INTERNATIONAL": "BEYNOLMELAL",
        "DEVELOPMENT": "TOSEE",
        "OIL": "NAFT",
        "PETROCHEMICAL": "PETROSHIMI",
        "CONSTRUCTION": "SAKHTEMAN",
        "GROUP": "GOROUH",
    },
    "ru": {
        "TRADING": "TORGOVYY",
        "INDUSTRY": "PROMYSHLENNOST",
        "TECHNOLOGY": "TEKHNOLOGII",
        "TECHNOLOGIES": "TEKHNOLOGII",
        "ELECTRONICS": "ELEKTRONIKA",
        "GROUP": "GRUPPA",
        "ENGINEERING": "INZHINIRING",
        "INVESTMENT": "INVEST",
        "CHEMICAL": "KHIMICHESKIY",
        "CONSTRUCTION": "STROITELNAYA",
        "OIL": "NEFT",
        "MACHINERY": "MASHINOSTROENIE",
        "EQUIPMENT": "OBORUDOVANIE",
        "LOGISTICS": "LOGISTIKA",
        "PLANT": "ZAVOD",
        "FACTORY": "FABRIKA",
        "ENERGY": "ENERGIYA",
        "BANK": "BANK",
        "SHIPYARD": "VERF",
        "INSTITUTE": "INSTITUT",
    },
    "es": {
        "TRADING": "COMERCIAL",
        "INDUSTRIES": "INDUSTRIAS",
        "INTERNATIONAL": "INTERNACIONAL",
        "TECHNOLOGY": "TECNOLOGIA",
        "ELECTRONICS": "ELECTRONICA",
        "SHIPPING": "NAVIERA",
        "GROUP": "GRUPO",
        "ENGINEERING": "INGENIERIA",
        "INVESTMENT": "INVERSIONES",
        "INVESTMENTS": "INVERSIONES",
        "CONSTRUCTION": "CONSTRUCCIONES",
        "OIL": "PETROLEO",
        "ENERGY": "ENERGIA",
        "TRANSPORT": "TRANSPORTES",
        "IMPORT": "IMPORTADORA",
        "EXPORT": "EXPORTADORA",
        "DEVELOPMENT": "DESARROLLO",
        "BANK": "BANCO",
    },
    "de": {
        "TRADING": "HANDELS",
        "ENGINEERING": "TECHNIK",
        "TECHNOLOGY": "TECHNOLOGIE",
        "INDUSTRY": "INDUSTRIE",
        "MACHINERY": "MASCHINENBAU",
        "ELECTRONICS": "ELEKTRONIK",
        "GROUP": "GRUPPE",
    },
}
FOREIGN_TO_EN: dict[str, str] = {}
for _table in EN_TO_LANG.values():
    for _en, _fw in _table.items():
        if _fw != _en:
            FOREIGN_TO_EN.setdefault(_fw, _en)
LANG_HINTS: dict[str, set[str]] = {
    "zh": {
        "BEIJING",
        "SHANGHAI",
        "SHENZHEN",
        "GUANGZHOU",
        "TIANJIN",
        "DALIAN",
        "NINGBO",
        "XIAMEN",
        "HANGZHOU",
        "WUHAN",
        "CHENGDU",
        "NANJING",
        "QINGDAO",
        "ZHUHAI",
        "DONGGUAN",
        "SUZHOU",
        "CHONGQING",
        "XIAN",
        "HARBIN",
        "CHANGSHA",
        "ZHENGZHOU",
        "JINAN",
        "KUNMING",
        "HEFEI",
        "FOSHAN",
        "SHENYANG",
        "YANTAI",
        "ZHEJIANG",
        "JIANGSU",
        "GUANGDONG",
        "SHANDONG",
        "FUJIAN",
        "HEBEI",
        "HUNAN",
        "HUBEI",
        "SICHUAN",
        "LIAONING",
        "CHINA",
    },
    "tr": {
        "TICARET",
        "SANAYI",
        "STI",
        "SIRKETI",
        "ISTANBUL",
        "ANKARA",
        "IZMIR",
        "MERSIN",
        "DIS",
        "VE",
        "ANONIM",
    },
    "fa": {
        "IRAN",
        "TEHRAN",
        "KISH",
        "PARS",
        "SHERKAT",
        "SAZEH",
        "SANAT",
        "ISFAHAN",
        "MASHHAD",
        "TABRIZ",
        "SHIRAZ",
        "PERSIA",
        "NAFT",
        "TEJARAT",
        "BANDAR",
        "IRANIAN",
        "SANAYE",
    },
    "ru": {
        "OOO",
        "ZAO",
        "OAO",
        "PAO",
        "AO",
        "MOSCOW",
        "OBSHCHESTVO",
        "RUSSIA",
        "RUSSIAN",
        "ROSSII",
        "NPO",
        "NPP",
        "ZAVOD",
        "SIBERIA",
        "URAL",
        "PETERSBURG",
        "KAZAN",
        "NOVOSIBIRSK",
        "TOMSK",
        "AKTSIONERNOE",
    },
    "es": {
        "DE",
        "Y",
        "LA",
        "LOS",
        "DEL",
        "SADECV",
        "CV",
        "CORPORACION",
        "EMPRESA",
        "MEXICO",
        "VENEZUELA",
        "CARACAS",
        "COLOMBIA",
        "SOCIEDAD",
        "INVERSIONES",
        "COMERCIALIZADORA",
        "DISTRIBUIDORA",
    },
    "de": {"GMBH", "AG", "BERLIN", "HAMBURG", "MUNCHEN", "UND"},
}


def org_language(src: Source) -> str:
    keys = {dotless(t) for t in src.tokens}
    scores = sorted(((len(keys & hints), lang) for lang, hints in LANG_HINTS.items()), reverse=True)
    return scores[0][1] if scores[0][0] > 0 else ""


def generic_options(src: Source) -> list[tuple[int, str]]:
    lang = org_language(src)
    out = []
    for i, t in enumerate(src.tokens):
        k = dotless(t)
        if k in FOREIGN_TO_EN:
            out.append((i, FOREIGN_TO_EN[k]))
        elif lang and k in EN_TO_LANG[lang] and EN_TO_LANG[lang][k] != k:
            out.append((i, EN_TO_LANG[lang][k]))
    return out


def has_generic_translation(src: Source) -> bool:
    return is_org(src) and len(src.tokens) >= 2 and bool(generic_options(src))


def generic_translated(rng: random.Random, src: Source) -> str | None:
    toks = list(src.tokens)
    opts = generic_options(src)
    for i, new in rng.sample(opts, min(len(opts), rng.choice([1, 1, 2]))):
        toks[i] = new + ("," if toks[i].endswith(",") else "")
    return styled(rng, text(toks))


GENERIC_ABBREV = {
    "INTERNATIONAL": ["INTL", "INT'L", "INTL."],
    "TRADING": ["TRDG", "TRD"],
    "CORPORATION": ["CORP", "CORP."],
    "INDUSTRIES": ["INDS", "IND.", "INDUS."],
    "ENGINEERING": ["ENGG", "ENG."],
    "TECHNOLOGY": ["TECH"],
    "TECHNOLOGIES": ["TECH", "TECHS"],
    "MANUFACTURING": ["MFG", "MFG."],
    "DEVELOPMENT": ["DEV", "DEVT"],
    "INVESTMENT": ["INV", "INVT"],
    "INVESTMENTS": ["INVTS", "INV"],
    "SERVICES": ["SVCS", "SERV", "SRVCS"],
    "GROUP": ["GRP"],
    "ELECTRONICS": ["ELEC", "ELECT."],
    "ELECTRONIC": ["ELEC"],
    "SHIPPING": ["SHPG"],
    "MANAGEMENT": ["MGMT", "MGT"],
    "ASSOCIATION": ["ASSN", "ASSOC"],
    "DEPARTMENT": ["DEPT"],
    "BROTHERS": ["BROS", "BROS."],
    "ENTERPRISES": ["ENT", "ENTS"],
    "ENTERPRISE": ["ENT"],
    "INSTITUTE": ["INST", "INST."],
    "UNIVERSITY": ["UNIV", "UNIV."],
    "LABORATORY": ["LAB"],
    "LABORATORIES": ["LABS"],
    "CENTER": ["CTR"],
    "CENTRE": ["CTR"],
    "COMMERCIAL": ["COMML", "COML"],
    "EQUIPMENT": ["EQPT", "EQUIP"],
    "MACHINERY": ["MACHY", "MACH"],
    "NATIONAL": ["NATL", "NAT'L"],
    "INDUSTRIAL": ["INDL", "INDUS"],
    "AUTOMATION": ["AUTOMTN"],
    "COMMUNICATIONS": ["COMMS", "COMM"],
    "SCIENTIFIC": ["SCI"],
    "RESEARCH": ["RES"],
    "PRODUCTION": ["PROD"],
    "MARITIME": ["MAR"],
    "AVIATION": ["AVN"],
    "COMPANY": ["CO", "CO."],
    "LIMITED": ["LTD", "LTD."],
}
GENERIC_ABBREV_NONLEGAL = {
    k: v for k, v in GENERIC_ABBREV.items() if k not in ("COMPANY", "LIMITED", "CORPORATION")
}

LEGAL_TRANSLATE = {
    "llc": [
        "OOO",
        "LLC",
        "L.L.C.",
        "Limited Liability Company",
        "TOO",
        "Ltd",
        "MChJ",
        "Sp. z o.o.",
        "GmbH",
    ],
    "jsc": [
        "AO",
        "JSC",
        "OAO",
        "ZAO",
        "PAO",
        "PJSC",
        "Joint Stock Company",
        "Open JSC",
        "A.D.",
        "AG",
    ],
    "ltd": [
        "Co., Ltd.",
        "Co Ltd",
        "Company Limited",
        "Ltd",
        "Limited",
        "Youxian Gongsi",
        "GmbH",
        "LLC",
        "Sp. z o.o.",
        "SARL",
    ],
    "gmbh": ["Ltd", "LLC", "Gesellschaft mbH", "Limited", "SARL"],
    "spzoo": ["Ltd", "LLC", "GmbH", "Spolka z o.o."],
    "sarl": ["LLC", "Ltd", "GmbH", "Societe a responsabilite limitee"],
    "sadecv": ["S.A.", "SA", "Inc", "Corp"],
    "sa": ["Inc", "Corp", "SA", "AG", "Sociedad Anonima", "Societe Anonyme", "Ltd"],
    "inc": ["Corp", "Ltd", "Co", "Incorporated", "LLC"],
    "corp": ["Inc", "Co", "Ltd", "Corporation"],
    "plc": ["Ltd", "Public Limited Company", "Inc"],
    "ag": ["SA", "Inc", "Aktiengesellschaft"],
    "kk": ["Co., Ltd.", "Corp", "Kabushiki Kaisha", "Inc"],
    "ad": ["JSC", "Ltd", "LLC"],
    "as": ["Ltd", "Inc", "Corp", "Anonim Sirketi", "Co."],
    "fze": ["LLC", "FZCO", "FZE", "Free Zone Establishment"],
    "bv": ["Ltd", "Inc", "BV", "NV"],
    "scs": ["LP", "KG", "SCS"],
    "sdnbhd": ["Ltd", "Sdn. Bhd.", "Private Limited"],
    "sherkat": ["Company", "Co.", "Sherkat-e"],
    "company": ["Co.", "Co", "Ltd", "Corp", "Company Ltd"],
}
LEGAL_EXPAND = {
    "LTD": "LIMITED",
    "LIMITED": "LTD",
    "CO": "COMPANY",
    "COMPANY": "CO.",
    "CORP": "CORPORATION",
    "CORPORATION": "CORP.",
    "INC": "INCORPORATED",
    "INCORPORATED": "INC.",
    "LLC": "LIMITED LIABILITY COMPANY",
    "JSC": "JOINT STOCK COMPANY",
    "PJSC": "PUBLIC JOINT STOCK COMPANY",
    "PLC": "PUBLIC LIMITED COMPANY",
    "OJSC": "OPEN JOINT STOCK COMPANY",
    "CJSC": "CLOSED JOINT STOCK COMPANY",
    "PVT": "PRIVATE",
    "GMBH": "GESELLSCHAFT MIT BESCHRANKTER HAFTUNG",
    "SA": "SOCIEDAD ANONIMA",
    "AG": "AKTIENGESELLSCHAFT",
    "KK": "KABUSHIKI KAISHA",
    "SARL": "SOCIETE A RESPONSABILITE LIMITEE",
    "OOO": "OBSHCHESTVO S OGRANICHENNOY OTVETSTVENNOSTYU",
    "AO": "AKTSIONERNOE OBSHCHESTVO",
    "FZE": "FREE ZONE ESTABLISHMENT",
    "PTE": "PRIVATE",
}

OCR_SLIPS = [
    ("rn", "m"),
    ("m", "rn"),
    ("O", "0"),
    ("0", "O"),
    ("l", "1"),
    ("I", "1"),
    ("I", "l"),
    ("S", "5"),
    ("cl", "d"),
    ("d", "cl"),
    ("B", "8"),
    ("o", "0"),
    ("i", "l"),
    ("E", "F"),
    ("G", "6"),
    ("Z", "2"),
]

SPANISH_ACCENTS = {
    "JOSE": "JOSÉ",
    "GARCIA": "GARCÍA",
    "RAMIREZ": "RAMÍREZ",
    "MARTINEZ": "MARTÍNEZ",
    "HERNANDEZ": "HERNÁNDEZ",
    "GONZALEZ": "GONZÁLEZ",
    "RODRIGUEZ": "RODRÍGUEZ",
    "PEREZ": "PÉREZ",
    "SANCHEZ": "SÁNCHEZ",
    "GOMEZ": "GÓMEZ",
    "LOPEZ": "LÓPEZ",
    "DIAZ": "DÍAZ",
    "FERNANDEZ": "FERNÁNDEZ",
    "MARIA": "MARÍA",
    "JESUS": "JESÚS",
    "RAMON": "RAMÓN",
    "RAUL": "RAÚL",
    "HECTOR": "HÉCTOR",
    "OSCAR": "ÓSCAR",
    "ANGEL": "ÁNGEL",
    "JOAQUIN": "JOAQUÍN",
    "NUNEZ": "NÚÑEZ",
    "MUNOZ": "MUÑOZ",
    "IBANEZ": "IBÁÑEZ",
    "PENA": "PEÑA",
    "ZUNIGA": "ZÚÑIGA",
    "CASTANEDA": "CASTAÑEDA",
    "ORDONEZ": "ORDÓÑEZ",
    "CORDOBA": "CÓRDOBA",
    "ALVAREZ": "ÁLVAREZ",
    "VAZQUEZ": "VÁZQUEZ",
    "VELAZQUEZ": "VELÁZQUEZ",
    "MARQUEZ": "MÁRQUEZ",
    "BENITEZ": "BENÍTEZ",
    "JIMENEZ": "JIMÉNEZ",
    "GUTIERREZ": "GUTIÉRREZ",
    "DOMINGUEZ": "DOMÍNGUEZ",
    "CACERES": "CÁCERES",
    "SIMON": "SIMÓN",
    "ANDRES": "ANDRÉS",
    "NICOLAS": "NICOLÁS",
    "MATIAS": "MATÍAS",
    "LUCIA": "LUCÍA",
    "SOFIA": "SOFÍA",
    "RUBEN": "RUBÉN",
    "CESAR": "CÉSAR",
    "MEXICO": "MÉXICO",
    "INFORMATICA": "INFORMÁTICA",
    "NACION": "NACIÓN",
    "CONSTRUCCION": "CONSTRUCCIÓN",
    "COMPANIA": "COMPAÑÍA",
    "INVERSION": "INVERSIÓN",
    "ESPANA": "ESPAÑA",
    "BOLIVAR": "BOLÍVAR",
    "PETROLEOS": "PETRÓLEOS",
    "CARDENAS": "CÁRDENAS",
    "CHAVEZ": "CHÁVEZ",
    "VASQUEZ": "VÁSQUEZ",
    "ORTIZ": "ORTÍZ",
    "MEJIA": "MEJÍA",
    "GARZON": "GARZÓN",
    "LEON": "LEÓN",
    "MONTAÑO": "MONTAÑO",
    "MONTANO": "MONTAÑO",
    "QUINONES": "QUIÑONES",
    "NINO": "NIÑO",
    "AVILES": "AVILÉS",
    "TELLEZ": "TÉLLEZ",
    "SAENZ": "SÁENZ",
    "ALARCON": "ALARCÓN",
    "CALDERON": "CALDERÓN",
    "RINCON": "RINCÓN",
    "CONCEPCION": "CONCEPCIÓN",
    "ASUNCION": "ASUNCIÓN",
    "BELEN": "BELÉN",
    "INES": "INÉS",
    "TOMAS": "TOMÁS",
    "ADRIAN": "ADRIÁN",
    "MARTIN": "MARTÍN",
    "JULIAN": "JULIÁN",
    "DAMIAN": "DAMIÁN",
    "FABIAN": "FABIÁN",
    "SEBASTIAN": "SEBASTIÁN",
    "ELIAS": "ELÍAS",
    "EFRAIN": "EFRAÍN",
    "ISAIAS": "ISAÍAS",
    "LEONARDO": "LEONARDO",
    "RODRIGUES": "RODRIGUES",
    "GUZMAN": "GUZMÁN",
    "ROMAN": "ROMÁN",
    "TRUJILLO": "TRUJILLO",
    "ZAPATA": "ZAPATA",
    "BAEZ": "BÁEZ",
    "FARIAS": "FARÍAS",
    "GALVAN": "GALVÁN",
    "ESTRADA": "ESTRADA",
    "CORTES": "CORTÉS",
    "ACUNA": "ACUÑA",
    "OCANA": "OCAÑA",
    "VILLASENOR": "VILLASEÑOR",
}
TURKISH = {
    "SIRKETI": "ŞİRKETİ",
    "TICARET": "TİCARET",
    "DIS": "DIŞ",
    "SANAYI": "SANAYİ",
    "ITHALAT": "İTHALAT",
    "IHRACAT": "İHRACAT",
    "INSAAT": "İNŞAAT",
    "MUHENDISLIK": "MÜHENDİSLİK",
    "TURIZM": "TURİZM",
    "DENIZCILIK": "DENİZCİLİK",
    "LOJISTIK": "LOJİSTİK",
    "GIDA": "GIDA",
    "ISTANBUL": "İSTANBUL",
    "ANONIM": "ANONİM",
    "SIRKET": "ŞİRKET",
    "MAKINA": "MAKİNA",
    "KIMYA": "KİMYA",
    "ENERJI": "ENERJİ",
    "YATIRIM": "YATIRIM",
    "SAGLIK": "SAĞLIK",
    "GUVENLIK": "GÜVENLİK",
    "URUNLERI": "ÜRÜNLERİ",
    "ELEKTRONIK": "ELEKTRONİK",
    "TEKNOLOJI": "TEKNOLOJİ",
    "TEKNOLOJILERI": "TEKNOLOJİLERİ",
    "PAZARLAMA": "PAZARLAMA",
    "NAKLIYAT": "NAKLİYAT",
    "HIZMETLERI": "HİZMETLERİ",
    "OZEL": "ÖZEL",
    "ULUSLARARASI": "ULUSLARARASI",
    "GUMRUK": "GÜMRÜK",
    "HAVACILIK": "HAVACILIK",
    "DEGERLI": "DEĞERLİ",
    "MADENLER": "MADENLER",
    "LTD": "LTD",
    "STI": "ŞTİ",
    "VE": "VE",
    "AS": "A.Ş.",
}

CYR = [
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
    ("X", "КС"),
    ("H", "Х"),
    ("C", "К"),
    ("J", "Дж"),
]


def to_cyrillic(word: str) -> str:
    w = word.upper()
    w = re.sub(r"(IY|II)$", "ИЙ", w)
    w = re.sub(r"(?<=[AEOU])Y$", "Й", w)
    w = re.sub(r"(?<=[AEOU])Y(?=[^AEIOU])", "Й", w)
    w = re.sub(r"(?<=[BVGDZKLMNPRSTFH])Y(?=[AEOU])", "Ь", w)  # Anatolyevich, Vasilyev
    out = []
    i = 0
    while i < len(w):
        for lat, cyr in CYR:
            if w.startswith(lat, i):
                # YE after a consonant is just E (soft sign handled above)
                if lat == "YE" and i > 0 and w[i - 1] not in "AEIOUЙЬ":
                    continue
                out.append(cyr)
                i += len(lat)
                break
        else:
            out.append(w[i])
            i += 1
    s = "".join(out)
    return s[:1] + s[1:].lower()


# ----------------------------------------------------------------------------------------------
# categories: (name, suited(src), make(rng, src) -> query or None)

Make = Callable[[random.Random, Source], "str | None"]


def org_with_form(src: Source) -> bool:
    return is_org(src) and legal_span(src.tokens) is not None and len(src.tokens) >= 2


def org_with_legal_word(src: Source) -> bool:
    return is_org(src) and any(len(src.tokens[i]) >= 5 for i in legal_word_positions(src.tokens))


def legal_typo(fn: Callable[[random.Random, str], str | None]) -> Make:
    def make(rng: random.Random, src: Source) -> str | None:
        pick = [i for i in legal_word_positions(src.tokens) if len(src.tokens[i]) >= 5]
        out = slip_token(rng, src.tokens, pick, fn)
        return styled(rng, text(out)) if out else None

    return make


ABBREV_FAMS = {
    "llc",
    "jsc",
    "sadecv",
    "sa",
    "kk",
    "ad",
    "as",
    "scs",
    "sarl",
    "bv",
    "plc",
    "spzoo",
    "gmbh",
    "fze",
    "sdnbhd",
}


def abbrev_form(src: Source) -> bool:
    span = legal_span(src.tokens)
    if not span or not is_org(src):
        return False
    s, e, fam = span
    toks = [dotless(t) for t in src.tokens[s:e]]
    return fam in ABBREV_FAMS and all(len(t) <= 4 for t in toks) and len("".join(toks)) >= 2


def legal_spaced(rng: random.Random, src: Source) -> str | None:
    s, e, _ = legal_span(src.tokens) or (0, 0, "")
    parts = []
    for t in src.tokens[s:e]:
        k = dotless(t)
        if k in ("DE", "Z", "MBH") or len(k) == 1:
            parts.append(k.lower() if k in ("DE", "Z") and rng.random() < 0.5 else k)
            if k in ("DE",):
                parts[-1] = rng.choice(["De", "de", "DE"])
            continue
        letters = list(k)
        if rng.random() < 0.3:
            parts.append(" ".join(letters[:-1]) + "  " + letters[-1])
        else:
            parts.append(" ".join(letters))
    form = " ".join(parts)
    name = text(src.tokens[:s] + src.tokens[e:])
    return styled(rng, f"{name} {form}" if s > 0 else f"{form} {name}")


def legal_stray_dots(rng: random.Random, src: Source) -> str | None:
    s, e, _ = legal_span(src.tokens) or (0, 0, "")
    letters = "".join(dotless(t) for t in src.tokens[s:e] if dotless(t) not in ("DE",))
    if len(letters) < 2:
        return None
    dots = [c + "." for c in letters]
    i = rng.randrange(len(dots))
    op = rng.randrange(3)
    if op == 0:
        dots[i] = dots[i] + "."  # doubled dot
    elif op == 1:
        dots[i] = dots[i][:-1]  # dot missing
    else:
        dots[i] = dots[i] + "."
        j = (i + 1) % len(dots)
        dots[j] = dots[j][:-1]
    form = "".join(dots)
    if len(letters) > 3 and rng.random() < 0.4:
        form = form.replace(".", ". ", 1)
    name = text(src.tokens[:s] + src.tokens[e:])
    return styled(rng, f"{name} {form}" if s > 0 else f"{form} {name}")


def legal_moved(rng: random.Random, src: Source) -> str | None:
    s, e, _ = legal_span(src.tokens) or (0, 0, "")
    form = [t.rstrip(",") for t in src.tokens[s:e]]
    rest = [t.rstrip(",") for t in src.tokens[:s] + src.tokens[e:]]
    if s > 0:
        q = form + rest if rng.random() < 0.7 else form + ['"' + text(rest) + '"']
    else:
        q = rest + form if rng.random() < 0.7 else rest + [","] + form
    return styled(rng, text(q).replace(" ,", ","))


def legal_dropped(rng: random.Random, src: Source) -> str | None:
    s, e, _ = legal_span(src.tokens) or (0, 0, "")
    rest = [t.rstrip(",") for t in src.tokens[:s] + src.tokens[e:]]
    if len(rest) < 2 and len(compact_key(text(rest))) < 8:
        return None
    return styled(rng, text(rest))


def legal_translated(rng: random.Random, src: Source) -> str | None:
    s, e, fam = legal_span(src.tokens) or (0, 0, "")
    current = compact_key(text(src.tokens[s:e]))
    options = [f for f in LEGAL_TRANSLATE.get(fam, []) if compact_key(f) != current]
    if not options:
        return None
    form = rng.choice(options)
    rest = [t.rstrip(",") for t in src.tokens[:s] + src.tokens[e:]]
    if form in ("OOO", "AO", "OAO", "ZAO", "PAO", "TOO") and rng.random() < 0.6:
        return styled(
            rng, f'{form} "{text(rest)}"' if rng.random() < 0.5 else f"{form} {text(rest)}"
        )
    return styled(
        rng, f"{text(rest)} {form}" if s > 0 or rng.random() < 0.5 else f"{form} {text(rest)}"
    )


def has_expandable(src: Source) -> bool:
    return is_org(src) and any(dotless(t) in LEGAL_EXPAND for t in src.tokens[1:])


def legal_expanded(rng: random.Random, src: Source) -> str | None:
    pick = [i for i, t in enumerate(src.tokens) if i > 0 and dotless(t) in LEGAL_EXPAND]
    i = rng.choice(pick)
    new = LEGAL_EXPAND[dotless(src.tokens[i])]
    toks = list(src.tokens)
    toks[i] = new + ("," if src.tokens[i].endswith(",") else "")
    return styled(rng, text(toks))


def legal_squashed(rng: random.Random, src: Source) -> str | None:
    s, e, _ = legal_span(src.tokens) or (0, 0, "")
    form = "".join(src.tokens[s:e]) if e - s > 1 else src.tokens[s]
    form = form.replace(" ", "")
    style = rng.randrange(3)
    if style == 0:
        form = form.capitalize()  # Llc, Gmbh, Co.,ltd.
    elif style == 1:
        form = form.lower()
    else:
        form = form.replace(".", "")
    if compact_key(form) == compact_key(text(src.tokens[s:e])) and form == text(src.tokens[s:e]):
        return None
    rest = text(src.tokens[:s] + src.tokens[e:])
    return f"{rest} {form}" if s > 0 else f"{form} {rest}"


def romanised_slip(rng: random.Random, src: Source) -> str | None:
    pick = [i for i, t in enumerate(src.tokens) if len(t.replace("-", "")) >= 3]
    fn = phonetic_slip if rng.random() < 0.7 else substitute
    out = slip_token(rng, src.tokens, pick, fn)
    return styled(rng, text(out)) if out else None


KOREAN_SLIPS = [
    ("O", "U"),
    ("U", "O"),
    ("EO", "O"),
    ("O", "EO"),
    ("AE", "E"),
    ("E", "AE"),
    ("NG", "N"),
    ("N", "NG"),
    ("K", "G"),
    ("G", "K"),
    ("P", "B"),
    ("B", "P"),
    ("R", "L"),
    ("L", "R"),
    ("T", "D"),
    ("D", "T"),
    ("YO", "YU"),
    ("YU", "YO"),
    ("I", "EE"),
    ("WO", "O"),
    ("CH", "J"),
    ("J", "CH"),
    ("S", "SS"),
]


def korean_slip(rng: random.Random, src: Source) -> str | None:
    toks = [t.upper() for t in src.tokens]
    options = []
    for ti, t in enumerate(toks):
        sylls = t.split("-")
        for si, syl in enumerate(sylls):
            for a, b in KOREAN_SLIPS:
                for m in re.finditer(a, syl):
                    options.append((ti, si, m.start(), a, b))
    if not options:
        return None
    ti, si, pos, a, b = rng.choice(options)
    sylls = toks[ti].split("-")
    sylls[si] = sylls[si][:pos] + b + sylls[si][pos + len(a) :]
    toks[ti] = "-".join(sylls)
    return styled(rng, text(toks))


def syllabic(src: Source) -> bool:
    return (is_korean(src) or is_chinese(src)) and any("-" in t or len(t) >= 5 for t in src.given)


def hyphen_space(rng: random.Random, src: Source) -> str | None:
    toks = list(src.tokens)
    pick = [i for i, t in enumerate(toks) if "-" in t]
    if pick:
        i = rng.choice(pick)
        toks[i] = toks[i].replace("-", rng.choice([" ", "", " - ", "- "]))
    else:
        pick = [i for i, t in enumerate(toks) if len(t) >= 4 and i < len(src.given)]
        if not pick:
            return None
        i = rng.choice(pick)
        m = _PINYIN_SPLIT(toks[i]) if is_chinese(src) else None
        if not m:
            return None
        toks[i] = m if rng.random() < 0.5 else m.replace(" ", "-")
    if rng.random() < 0.5:
        toks = toks[len(src.given) :] + toks[: len(src.given)]
    return styled(rng, text(toks))


def _PINYIN_SPLIT(word: str) -> str | None:
    low = word.lower()
    for cut in range(2, len(low) - 1):
        a, b = low[:cut], low[cut:]
        if _PINYIN.match(a) and _PINYIN.match(b) and b[0] not in "aeiou":
            return word[:cut] + " " + word[cut:]
    return None


def org_hyphenated(src: Source) -> bool:
    return is_org(src) and any(
        "-" in t and len(t) >= 6 and not t.upper().startswith("AL-") for t in src.tokens
    )


def org_hyphen_space(rng: random.Random, src: Source) -> str | None:
    toks = list(src.tokens)
    pick = [i for i, t in enumerate(toks) if "-" in t and len(t) >= 6]
    i = rng.choice(pick)
    toks[i] = toks[i].replace("-", rng.choice([" ", ""]))
    return styled(rng, text(toks))


def family_first(rng: random.Random, src: Source) -> str | None:
    if src.entry.list == "un_sc" or "," not in src.list_name:
        toks = src.family + src.given
    else:
        toks = (
            src.family + src.given
            if rng.random() < 0.3
            else src.family[-1:] + src.given + src.family[:-1]
        )
        if toks == src.family + src.given and len(src.given) >= 2:
            toks = src.family + src.given[1:] + src.given[:1]
    if rng.random() < 0.3:
        return styled(rng, text(toks[:1]) + ", " + text(toks[1:]))
    return styled(rng, text(toks))


def units(tokens: Iterable[str]) -> list[str]:
    """Words with their particles attached (ABU UBAIDAH, DE LA CRUZ stay together)."""
    out: list[str] = []
    carry = ""
    for t in tokens:
        if t.upper() in PARTICLES:
            carry = (carry + " " + t).strip()
            continue
        out.append((carry + " " + t).strip())
        carry = ""
    if carry:
        out.append(carry)
    return out


def shuffled(rng: random.Random, src: Source) -> str | None:
    toks = units(src.given + src.family)
    orig = list(toks)
    if len(toks) < 3:
        return None
    for _ in range(6):
        rng.shuffle(toks)
        if toks != orig and toks != units(src.family + src.given):
            return styled(rng, text(toks))
    return None


def initials(rng: random.Random, src: Source) -> str | None:
    given = list(src.given)
    if not given:
        return None
    distinctive = len("".join(src.family)) >= 6 and all(
        f.upper() not in ARABIC_MARKERS for f in src.family
    )
    mode = rng.randrange(3) if distinctive else 2
    if mode == 2 and len(given) < 2:
        return None
    if mode == 0:
        given = [g[0] + "." for g in given]
    elif mode == 1:
        given = [g[0] for g in given]
    else:
        if len(given) < 2:
            given = [given[0][0] + "."]
        else:
            given = given[:1] + [g[0] + "." for g in given[1:]]
    order = given + list(src.family) if rng.random() < 0.6 else list(src.family) + given
    return styled(rng, text(order))


PARTICLES = {
    "AL",
    "EL",
    "ABU",
    "ABOU",
    "BIN",
    "IBN",
    "BEN",
    "BINT",
    "ABD",
    "ABDUL",
    "ABDEL",
    "OULD",
    "DE",
    "DEL",
    "LA",
    "LOS",
    "LAS",
    "DA",
    "DOS",
    "DI",
    "VAN",
    "VON",
    "DER",
    "UD",
    "UL",
    "Y",
    "MULLAH",
    "HAJJI",
    "HAJI",
}


def plain(tok: str) -> bool:
    return tok.upper() not in PARTICLES and not re.match(
        r"^(AL|EL|UD|UL|AD|AR|AS|UR)-", tok.upper()
    )


def middle_dropped(rng: random.Random, src: Source) -> str | None:
    given = list(src.given)
    spots = [i for i in range(1, len(given)) if plain(given[i]) and plain(given[i - 1])]
    if not spots:
        return None
    drop = set(rng.sample(spots, rng.randint(1, len(spots))))
    out = [g for i, g in enumerate(given) if i not in drop] + list(src.family)
    return styled(rng, text(out))


def title_added(rng: random.Random, src: Source) -> str | None:
    title = rng.choice(TITLES)
    return f"{title} {styled(rng, person_display(src))}"


def has_english_form(src: Source) -> bool:
    return is_person(src) and bool(src.given) and src.given[0].upper() in ENGLISH_FORMS


def english_form(rng: random.Random, src: Source) -> str | None:
    toks = list(src.given + src.family)
    i = 0
    toks[i] = rng.choice(ENGLISH_FORMS[toks[i].upper()])
    if rng.random() < 0.4 and len(src.given) >= 2:
        toks = [toks[i]] + list(src.family)
    return styled(rng, text(toks))


def has_translit(src: Source) -> bool:
    return src.entry.kind == "person" and any(t.upper() in _TRANSLIT for t in src.tokens)


def translit(rng: random.Random, src: Source) -> str | None:
    toks = list(src.given + src.family)
    pick = [i for i, t in enumerate(toks) if t.upper() in _TRANSLIT]
    i = rng.choice(pick)
    toks[i] = rng.choice(_TRANSLIT[toks[i].upper()])
    return styled(rng, text(toks))


def has_russian_suffix(src: Source) -> bool:
    return is_russian(src) and any(
        re.search(r"(IY|SKIY|YEV|YEVA|KH)$|KH", t.upper()) for t in src.tokens
    )


def russian_suffix_translit(rng: random.Random, src: Source) -> str | None:
    toks = [t.upper() for t in src.given + src.family]
    rules = [
        (r"SKIY$", "SKY"),
        (r"SKIY$", "SKI"),
        (r"IY$", "Y"),
        (r"IY$", "II"),
        (r"YEV$", "EV"),
        (r"YEVA$", "EVA"),
        (r"KH", "H"),
        (r"KH", "CH"),
        (r"YA", "IA"),
        (r"YU", "IU"),
        (r"YE", "E"),
        (r"^YE", "E"),
        (r"ZH", "J"),
        (r"V$", "FF"),
    ]
    options = [(i, pat, rep) for i, t in enumerate(toks) for pat, rep in rules if re.search(pat, t)]
    if not options:
        return None
    i, pat, rep = rng.choice(options)
    toks[i] = re.sub(pat, rep, toks[i], count=1)
    return styled(rng, text(toks))


def two_surnames(src: Source) -> bool:
    return (
        is_hispanic(src)
        and "," in src.list_name
        and len(src.family) == 2
        and all(
            len(f) >= 3 and f.upper() not in ("DE", "DEL", "LA", "LOS", "SAN") for f in src.family
        )
    )


def second_surname_dropped(rng: random.Random, src: Source) -> str | None:
    return styled(rng, text(src.given + src.family[:1]))


def second_surname_hyphenated(rng: random.Random, src: Source) -> str | None:
    return styled(rng, text(src.given) + " " + "-".join(src.family))


def has_al(src: Source) -> bool:
    return (
        src.entry.kind in ("person", "organization")
        and any(
            t.upper().startswith(("AL-", "EL-"))
            and len(re.sub(r"[^A-Z]", "", t.upper()[3:])) >= 4
            or t.upper() == "AL"
            for t in src.tokens[:-1]
        )
        and len(src.tokens) >= 3
    )


def al_changed(rng: random.Random, src: Source) -> str | None:
    toks = list(src.given + src.family) if src.entry.kind == "person" else list(src.tokens)
    for i, t in enumerate(toks):
        up = t.upper()
        if up.startswith(("AL-", "EL-")) and len(re.sub(r"[^A-Z]", "", up[3:])) >= 4:
            stem = t[3:]
            toks[i] = rng.choice(
                [
                    stem,
                    "Al " + stem,
                    "Al" + stem.lower(),
                    "El-" + stem,
                    "Al-" + stem,
                    "A" + stem[:1] + "-" + stem if stem[:1].upper() in "STDRZN" else stem,
                ]
            )
            if toks[i] == t:
                toks[i] = stem
            break
        if up == "AL" and i + 1 < len(toks):
            toks[i] = rng.choice(["", "Al-", "El"])
            if toks[i] == "Al-":
                toks[i] = "Al-" + toks[i + 1]
                toks[i + 1] = ""
            break
    return styled(rng, text(toks))


def has_bin(src: Source) -> bool:
    return (
        is_person(src)
        and len(src.tokens) >= 3
        and any(t.upper() in ("BIN", "IBN", "BEN", "BINT", "OULD", "WALD") for t in src.tokens[1:])
    )


def bin_changed(rng: random.Random, src: Source) -> str | None:
    toks = list(src.given + src.family)
    for i, t in enumerate(toks):
        if t.upper() in ("BIN", "IBN", "BEN", "OULD", "WALD"):
            toks[i] = rng.choice([x for x in ["bin", "ibn", "ben", "b.", ""] if x != t.lower()])
            break
        if t.upper() == "BINT":
            toks[i] = rng.choice(["bte", "binti", ""])
            break
    return styled(rng, text(toks))


def has_abd(src: Source) -> bool:
    return is_person(src) and (
        any(
            t.upper() in ("ABD", "ABDUL", "ABDEL", "ABDOL", "ABDUL-", "ABDU")
            for t in src.tokens[:-1]
        )
        or any(
            re.match(r"^ABD(UL|EL|OL|AL|U|UR|ER|US)?[-]?[A-Z]{4,}$", t.upper())
            and t.upper() not in ("ABDULLAH", "ABDALLAH", "ABDOLLAH")
            for t in src.tokens
        )
    )


def abd_changed(rng: random.Random, src: Source) -> str | None:
    toks = list(src.given + src.family)
    for i, t in enumerate(toks):
        up = t.upper()
        if up in ("ABD", "ABDUL", "ABDEL", "ABDOL", "ABDU") and i + 1 < len(toks):
            stem = toks[i + 1]
            stem2 = re.sub(r"^(AL|EL|UL|AR|UR|AS|US|ER|AD)-", "", stem, flags=re.I)
            toks[i] = rng.choice(
                [
                    "Abdul" + stem2.lower(),
                    "Abdel " + stem2,
                    "Abd al-" + stem2,
                    "Abd-al-" + stem2,
                    "Abdol" + stem2.lower(),
                    "Abdur" + stem2.lower(),
                ]
            )
            toks[i + 1] = ""
            break
        m = re.match(r"^ABD(UL|EL|OL|AL|U|UR|ER|US)?-?([A-Z]{4,})$", up)
        if m:
            stem = m.group(2).capitalize()
            toks[i] = rng.choice(
                [
                    f"Abdul {stem}",
                    f"Abd al-{stem}",
                    f"Abdel {stem}",
                    f"Abd-ul-{stem}",
                    f"Abdol{stem.lower()}",
                    f"Abd Al {stem}",
                ]
            )
            break
    return styled(rng, text(toks))


def has_double(src: Source) -> bool:
    return (
        is_person(src)
        and (is_arabic(src) or is_persian(src))
        and any(re.search(r"([BDFGLMNRSTZ])\1", t.upper()) or len(t) >= 5 for t in src.tokens)
    )


def double_changed(rng: random.Random, src: Source) -> str | None:
    toks = list(src.given + src.family)
    options = []
    for i, t in enumerate(toks):
        for m in re.finditer(r"([bdfglmnrstz])\1", t, flags=re.I):
            options.append((i, m.start(), 2, t[m.start()]))
        for m in re.finditer(r"(?<=[aeiou])([bdfjlmnrstz])(?=[aeiou])", t, flags=re.I):
            options.append((i, m.start(), 1, t[m.start()] * 2))
    if not options:
        return None
    i, pos, ln, rep = rng.choice(options)
    t = toks[i]
    toks[i] = t[:pos] + rep + t[pos + ln :]
    return styled(rng, text(toks))


def original_script(rng: random.Random, src: Source) -> str | None:
    return rng.choice(src.entry.original_script)


ARABIC_ORTHO = [
    ("أ", "ا"),
    ("إ", "ا"),
    ("آ", "ا"),
    ("ة", "ه"),
    ("ى", "ي"),
    ("ي\\b", "ى"),
    ("ی\\b", "ى"),
    ("ؤ", "و"),
    ("ئ", "ي"),
    ("ی", "ي"),
    ("ک", "ك"),
    ("ك", "ک"),
]


def arabic_scripted(src: Source) -> bool:
    return (
        any(re.search("[\u0600-\u06ff]", s) for s in src.entry.original_script)
        and src.list_name == src.entry.names[0]
    )


def arabic_orthography(rng: random.Random, src: Source) -> str | None:
    s = rng.choice([x for x in src.entry.original_script if re.search("[\u0600-\u06ff]", x)])
    opts = [(a, b) for a, b in ARABIC_ORTHO if re.search(a, s)]
    out = s
    if opts:
        a, b = rng.choice(opts)
        out = re.sub(a, b, out)
    words = out.split()
    if rng.random() < 0.5 and len(words) >= 3:
        # spacing of the article or of compound names, as people type it
        i = rng.randrange(len(words))
        if words[i].startswith("ال") and len(words[i]) > 3:
            words[i] = "ال " + words[i][2:]
        elif words[i].startswith("عبد") and len(words[i]) > 4:
            words[i] = "عبد " + words[i][3:]
        elif i + 1 < len(words) and words[i] in ("عبد", "ابو", "أبو", "بن"):
            words[i] = words[i] + words[i + 1]
            words[i + 1] = ""
        out = " ".join(w for w in words if w)
    return out


def is_russian_named(src: Source) -> bool:
    return is_russian(src) and all(re.match(r"^[A-Za-z'-]+$", t) for t in src.tokens)


def cyrillic_back(rng: random.Random, src: Source) -> str | None:
    toks = [to_cyrillic(t) for t in src.given + src.family]
    if rng.random() < 0.5:
        toks = toks[len(src.given) :] + toks[: len(src.given)]
    return text(toks)


def has_spanish_accent(src: Source) -> bool:
    spanish = is_hispanic(src) or (is_org(src) and org_language(src) == "es")
    return spanish and any(
        SPANISH_ACCENTS.get(dotless(t), dotless(t)) != dotless(t) for t in src.tokens
    )


def diacritics_added(rng: random.Random, src: Source) -> str | None:
    toks = list(src.given + src.family) if src.entry.kind == "person" else list(src.tokens)
    out = []
    for t in toks:
        acc = SPANISH_ACCENTS.get(t.upper())
        if acc and rng.random() < 0.8:
            out.append(acc if t.isupper() else acc[:1] + acc[1:].lower())
        else:
            out.append(t)
    if out == toks:
        return None
    q = text(out)
    return (
        q.upper()
        if rng.random() < 0.4
        else " ".join(w[:1] + w[1:].lower() if w.isupper() else w for w in q.split())
    )


def is_turkish(src: Source) -> bool:
    return sum(
        1 for t in src.tokens if dotless(t) in TURKISH and TURKISH[dotless(t)] != dotless(t)
    ) >= 1 and is_org(src)


def turkish_letters(rng: random.Random, src: Source) -> str | None:
    out = []
    for t in src.tokens:
        k = dotless(t)
        out.append(TURKISH.get(k, t) if rng.random() < 0.85 else t)
    q = text(out)
    if rng.random() < 0.6:
        return q

    def tr_title(w: str) -> str:
        if w in ("A.Ş.", "ŞTİ", "LTD", "LTD."):
            return w.title() if w.startswith("LTD") else w
        rest = w[1:].replace("I", "ı").replace("İ", "i").lower()
        return w[:1] + rest

    return " ".join(tr_title(w) for w in q.split())


def truncated(rng: random.Random, src: Source) -> str | None:
    """A name cut by a 16-40 character field, keeping enough of it to identify the party."""
    if src.entry.kind == "person":
        given, family = text(src.given), text(src.family)
        # a field that cuts into the family name is written family first, as many systems do
        base = f"{given} {family}" if rng.random() < 0.5 else f"{family} {given}"
    else:
        base = src.list_name
    lo = max(16, int(len(base) * 0.6) + 1)
    hi = min(40, len(base) - 3)
    if hi < lo:
        return None
    n = rng.randint(lo, hi)
    cut = base[:n]
    if src.entry.kind == "person" and not all(f.lower() in cut.lower() for f in src.family):
        cut = f"{text(src.family)} {text(src.given)}"[:n]
    return cut.upper() if rng.random() < 0.6 else cut


def upper_nopunct(rng: random.Random, src: Source) -> str | None:
    base = person_display(src) if src.entry.kind == "person" else src.list_name
    q = re.sub(r"[^\w\s]", " " if rng.random() < 0.5 else "", base.upper())
    return " ".join(q.split())


def payment_wrapped(rng: random.Random, src: Source) -> str | None:
    base = (person_display(src) if src.entry.kind == "person" else src.list_name).upper()
    base = " ".join(re.sub(r"[^\w\s&-]", " ", base).split())
    acct = "".join(str(rng.randrange(10)) for _ in range(rng.choice([8, 10, 12, 16])))
    forms = [
        f"ATTN {base}",
        f"ATTN: {base}",
        f"{base} REF INV {rng.randrange(100, 99999)}",
        f"BNF {base} ACC {acct}",
        f"PAYMENT TO {base}",
        f"{base} A/C {acct}",
        f"REF {rng.randrange(1000, 9999)}/{rng.randrange(10, 99)} {base}",
        f"FAVOUR {base}",
        f"BENEFICIARY {base} IBAN AE{acct}",
        f"{base} ATTN ACCOUNTS DEPT",
        f"FOR CREDIT OF {base}",
    ]
    return rng.choice(forms)


def swift_style(rng: random.Random, src: Source) -> str | None:
    base = (person_display(src) if src.entry.kind == "person" else src.list_name).upper()
    base = " ".join(re.sub(r"[^\w\s&-]", " ", base).split())
    acct = "".join(str(rng.randrange(10)) for _ in range(rng.choice([10, 14, 20])))
    forms = [
        f"/{acct} 1/{base}",
        f"/BNF/{base}",
        f"1/{base} 2/{rng.choice(PLACES).upper()}",
        f"59:/{acct}/{base}",
        f"//{base}//",
        f"/ULTB/{base}",
        f"ORDERING {base} /{acct}",
    ]
    return rng.choice(forms)


def ocr(rng: random.Random, src: Source) -> str | None:
    base = person_display(src) if src.entry.kind == "person" else src.list_name
    base = styled(rng, base)
    options = [
        (m.start(), a, b)
        for a, b in OCR_SLIPS
        for m in re.finditer(re.escape(a), base)
        if m.start() > 0
    ]
    if not options:
        return None
    pos, a, b = rng.choice(options)
    return base[:pos] + b + base[pos + len(a) :]


def vessel_prefixed(rng: random.Random, src: Source) -> str | None:
    prefix = rng.choice(
        ["MV", "M/V", "M.V.", "MT", "M.T.", "M/T", "SS", "TANKER", "VESSEL", "MV.", "Motor Tanker"]
    )
    imo = re.search(r"IMO (\d{7})", src.entry.remarks)
    name = styled(rng, src.list_name)
    if imo and rng.random() < 0.4:
        return f"{prefix} {name} (IMO {imo.group(1)})"
    return f"{prefix} {name}"


def aircraft_reg(rng: random.Random, src: Source) -> str | None:
    reg = src.list_name
    model = re.search(r"Aircraft Model ([^;]+)", src.entry.remarks)
    forms = [
        reg.replace("-", ""),
        reg.replace("-", " "),
        f"Reg {reg}",
        f"A/C {reg}",
        f"Tail No. {reg}",
        f"REG. {reg.replace('-', '')}",
        f"aircraft {reg.lower()}",
        f"{reg} (tail)",
    ]
    if model:
        forms += [f"{model.group(1).strip()} {reg}", f"{reg} {model.group(1).strip()}"]
    return rng.choice(forms)


def org_place(rng: random.Random, src: Source) -> str | None:
    name = styled(rng, src.list_name)
    place = rng.choice(PLACES)
    forms = [
        f"{name}, {place}",
        f"{name} ({place})",
        f"{name} {place} Branch",
        f"{name} (branch)",
        f"{name} - {place} Office",
        f"{name} ({place} Branch)",
        f"{name}, {place.upper()}",
    ]
    return rng.choice(forms)


def has_generic(table: dict[str, list[str]]) -> Callable[[Source], bool]:
    def suited(src: Source) -> bool:
        return is_org(src) and any(dotless(t) in table for t in src.tokens) and len(src.tokens) >= 2

    return suited


def generic_swap(table: dict[str, list[str]]) -> Make:
    def make(rng: random.Random, src: Source) -> str | None:
        toks = list(src.tokens)
        pick = [i for i, t in enumerate(toks) if dotless(t) in table]
        i = rng.choice(pick)
        toks[i] = rng.choice(table[dotless(toks[i])]) + ("," if toks[i].endswith(",") else "")
        return styled(rng, text(toks))

    return make


def has_and(src: Source) -> bool:
    return is_org(src) and any(
        t.upper() in ("AND", "&", "Y", "UND", "VE", "ET", "E") for t in src.tokens[1:-1]
    )


def and_changed(rng: random.Random, src: Source) -> str | None:
    toks = list(src.tokens)
    for i, t in enumerate(toks):
        if 0 < i < len(toks) - 1 and t.upper() in ("AND", "&", "Y", "UND", "VE", "ET", "E"):
            toks[i] = rng.choice([x for x in ["&", "AND", "and", "+"] if x.upper() != t.upper()])
            break
    return styled(rng, text(toks))


def org_words_joined(rng: random.Random, src: Source) -> str | None:
    toks = list(src.tokens)
    span = legal_span(src.tokens)
    legal = set(range(span[0], span[1])) if span else set()
    pick = [
        i
        for i in range(len(toks) - 1)
        if toks[i].isalpha()
        and toks[i + 1].isalpha()
        and len(toks[i]) >= 2
        and not {i, i + 1} & legal
    ]
    if not pick:
        return None
    i = rng.choice(pick)
    toks[i] = toks[i] + toks[i + 1]
    del toks[i + 1]
    return styled(rng, text(toks))


def keyboard_typo_person(rng: random.Random, src: Source) -> str | None:
    toks = src.given + src.family
    pick = [i for i, t in enumerate(toks) if len(t) >= 5]
    fn = rng.choice([substitute, transpose, drop_letter, double_letter])
    out = slip_token(rng, toks, pick, fn)
    return styled(rng, text(out)) if out else None


def keyboard_typo_org(rng: random.Random, src: Source) -> str | None:
    legal = set(legal_word_positions(src.tokens))
    pick = [i for i, t in enumerate(src.tokens) if len(t) >= 5 and i not in legal]
    fn = rng.choice([substitute, transpose, drop_letter, double_letter])
    out = slip_token(rng, src.tokens, pick, fn)
    return styled(rng, text(out)) if out else None


def is_acronym(src: Source) -> bool:
    w = src.list_name
    vowels = sum(1 for c in w if c in "AEIOU")
    return (
        src.entry.kind == "organization"
        and len(src.tokens) == 1
        and 4 <= len(w) <= 6
        and w.isalpha()
        and w.isupper()
        and vowels <= 1
        and w != src.entry.names[0]
    )


def acronym_slip(rng: random.Random, src: Source) -> str | None:
    w = src.list_name
    out = transpose(rng, w)
    if out is None:
        return None
    return out if rng.random() < 0.7 else ".".join(out) + "."


def order_org(src: Source) -> bool:
    toks = [dotless(t) for t in src.tokens]
    return (
        is_org(src)
        and len(toks) in (3, 4, 5, 6)
        and ("OF" in toks[1:-1] or toks[0] in ("BANK", "BANCO", "COMPANIA"))
    )


def org_order_changed(rng: random.Random, src: Source) -> str | None:
    span = legal_span(src.tokens)
    s, e = (span[0], span[1]) if span else (len(src.tokens), len(src.tokens))
    core = list(src.tokens[:s] + src.tokens[e:]) if s > 0 else list(src.tokens[e:])
    form = list(src.tokens[s:e])
    keys = [dotless(t) for t in core]
    if "OF" in keys[1:-1]:
        i = keys.index("OF")
        core = core[i + 1 :] + core[:i]
        if len(core) < 3:
            return None
    elif keys and keys[0] in ("BANK", "BANCO", "COMPANIA"):
        core = core[1:] + core[:1]
    else:
        return None
    return styled(rng, text(core + form if s > 0 or not span else form + core))


PERSON_COMBO: list[tuple[str, Make]] = []
ORG_COMBO: list[tuple[str, Make]] = []


def combo(kind: str) -> Make:
    def make(rng: random.Random, src: Source) -> str | None:
        pool = PERSON_COMBO if kind == "person" else ORG_COMBO
        first_name, first = rng.choice(pool)
        q1 = first(rng, src)
        if not q1:
            return None
        # apply a second, string-level change that reads the first one's output
        second = rng.choice(["ocr", "typo", "trunc", "upper", "title", "wrap"])
        if second == "ocr":
            opts = [
                (m.start(), a, b)
                for a, b in OCR_SLIPS
                for m in re.finditer(re.escape(a), q1)
                if m.start() > 0
            ]
            if not opts:
                return None
            pos, a, b = rng.choice(opts)
            return q1[:pos] + b + q1[pos + len(a) :]
        if second == "typo":
            words = q1.split()
            pick = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
            if not pick:
                return None
            i = rng.choice(pick)
            new = rng.choice([substitute, transpose, drop_letter])(rng, words[i])
            if not new:
                return None
            words[i] = new
            return " ".join(words)
        if second == "trunc":
            return q1[: max(16, min(40, len(q1) - 3))] if len(q1) > 20 else None
        if second == "upper":
            return " ".join(re.sub(r"[^\w\s]", " ", q1.upper()).split())
        if second == "wrap":
            return f"ATTN {q1.upper()}"
        return " ".join(titled(w) for w in q1.split())

    return make


def sources_for(entries: list[Entry]) -> list[Source]:
    out = []
    for i, e in enumerate(entries):
        if e.list not in VARIANT_LISTS:
            continue
        for n in e.names:
            if n.startswith("and "):  # CSL rows split mid-name ("and Nanjing ...")
                continue
            out.append(make_source(e, i, n))
    return out


def mixed(*parts: tuple[Callable[[Source], bool], Make]) -> tuple[Callable[[Source], bool], Make]:
    """One category made of two related treatments: each row uses one that suits its name."""

    def suited(src: Source) -> bool:
        return any(p(src) for p, _ in parts)

    def make(rng: random.Random, src: Source) -> str | None:
        options = [m for p, m in parts if p(src)]
        return rng.choice(options)(rng, src)

    return suited, make


def legal_cat(src: Source) -> bool:
    return org_with_form(src)


CATEGORIES: list[tuple[str, Callable[[Source], bool], Make]] = [
    ("legal_word_typo_transposed", org_with_legal_word, legal_typo(transpose)),
    ("legal_word_typo_dropped", org_with_legal_word, legal_typo(drop_letter)),
    ("legal_word_typo_doubled", org_with_legal_word, legal_typo(double_letter)),
    ("legal_word_typo_substituted", org_with_legal_word, legal_typo(substitute)),
    ("legal_form_spaced_letters", abbrev_form, legal_spaced),
    ("legal_form_stray_dots", abbrev_form, legal_stray_dots),
    ("legal_form_moved", legal_cat, legal_moved),
    ("legal_form_dropped", legal_cat, legal_dropped),
    ("legal_form_translated", legal_cat, legal_translated),
    (
        "legal_form_expanded_abbreviated_or_squashed",
        *mixed((has_expandable, legal_expanded), (legal_cat, legal_squashed)),
    ),
    ("slip_korean", is_korean, korean_slip),
    ("slip_arabic", is_arabic, romanised_slip),
    ("slip_persian", is_persian, romanised_slip),
    ("slip_russian", is_russian, romanised_slip),
    ("slip_chinese", is_chinese, romanised_slip),
    ("hyphen_space_syllabic", syllabic, hyphen_space),
    (
        "org_spacing_changed",
        *mixed(
            (org_hyphenated, org_hyphen_space),
            (lambda s: is_org(s) and len(s.tokens) >= 3, org_words_joined),
        ),
    ),
    ("order_family_first", is_person, family_first),
    ("order_shuffled", lambda s: is_person(s) and len(s.tokens) >= 3, shuffled),
    (
        "initials_given",
        lambda s: is_person(s) and len(s.given) >= 1 and all(len(f) >= 3 for f in s.family),
        initials,
    ),
    ("middle_names_dropped", lambda s: is_person(s) and len(s.given) >= 2, middle_dropped),
    ("title_added", is_person, title_added),
    ("english_form_or_nickname", has_english_form, english_form),
    ("transliteration_variant", has_translit, translit),
    ("transliteration_russian_endings", has_russian_suffix, russian_suffix_translit),
    (
        "second_surname_dropped_or_hyphenated",
        *mixed((two_surnames, second_surname_dropped), (two_surnames, second_surname_hyphenated)),
    ),
    ("arabic_article_changed", has_al, al_changed),
    ("arabic_bin_abd_changed", *mixed((has_bin, bin_changed), (has_abd, abd_changed))),
    ("double_letter_changed", has_double, double_changed),
    (
        "original_script",
        *mixed(
            (
                lambda s: bool(s.entry.original_script) and s.list_name == s.entry.names[0],
                original_script,
            ),
            (arabic_scripted, arabic_orthography),
        ),
    ),
    ("cyrillic_transliterated_back", is_russian_named, cyrillic_back),
    ("diacritics_added", has_spanish_accent, diacritics_added),
    ("turkish_letters", is_turkish, turkish_letters),
    (
        "truncated_field",
        lambda s: len(s.list_name) >= 22 and s.entry.kind in ("person", "organization"),
        truncated,
    ),
    (
        "payment_upper_no_punctuation",
        lambda s: (
            s.entry.kind in ("person", "organization") and bool(re.search(r"[^\w\s]", s.list_name))
        ),
        upper_nopunct,
    ),
    (
        "payment_wrapped_words",
        *mixed(
            (
                lambda s: s.entry.kind in ("person", "organization") and len(s.tokens) >= 2,
                payment_wrapped,
            ),
            (
                lambda s: s.entry.kind in ("person", "organization") and len(s.tokens) >= 2,
                swift_style,
            ),
        ),
    ),
    (
        "ocr_slip",
        lambda s: s.entry.kind in ("person", "organization") and len(s.list_name) >= 8,
        ocr,
    ),
    ("vessel_prefixed", lambda s: s.entry.kind == "vessel", vessel_prefixed),
    (
        "aircraft_registration",
        lambda s: (
            s.entry.kind == "aircraft"
            and bool(re.match(r"^[A-Z0-9]{1,2}-[A-Z0-9]{3,6}$", s.list_name))
        ),
        aircraft_reg,
    ),
    ("org_place_or_branch_appended", lambda s: is_org(s) and len(s.tokens) >= 2, org_place),
    ("generic_word_translated", has_generic_translation, generic_translated),
    (
        "generic_word_abbreviated",
        has_generic(GENERIC_ABBREV_NONLEGAL),
        generic_swap(GENERIC_ABBREV_NONLEGAL),
    ),
    ("and_ampersand_changed", has_and, and_changed),
    ("org_word_order_changed", order_org, org_order_changed),
    (
        "typo_in_name",
        *mixed(
            (lambda s: is_person(s) and any(len(t) >= 5 for t in s.tokens), keyboard_typo_person),
            (lambda s: is_org(s) and len(s.tokens) >= 2, keyboard_typo_org),
        ),
    ),
    ("acronym_slip", is_acronym, acronym_slip),
    ("combined_two_person", is_person, combo("person")),
    ("combined_two_org", legal_cat, combo("org")),
]

PERSON_COMBO += [
    ("order_family_first", family_first),
    ("middle_names_dropped", middle_dropped),
    ("title_added", title_added),
    ("typo_person_name", keyboard_typo_person),
]
ORG_COMBO += [
    ("legal_form_moved", legal_moved),
    ("legal_form_translated", legal_translated),
    ("legal_form_spaced_letters", legal_spaced),
    ("legal_word_typo_dropped", legal_typo(drop_letter)),
    ("org_place_or_branch_appended", org_place),
]


def _suits_combo_org(src: Source) -> bool:
    return org_with_form(src)


# ----------------------------------------------------------------------------------------------
# building


@dataclass(frozen=True)
class Variant:
    query: str
    category: str
    kind: str
    list: str
    list_id: str
    list_name: str


def clean(q: str) -> str:
    return " ".join(q.split())


def build_variants(entries: list[Entry], parties: Parties) -> tuple[list[Variant], dict[str, int]]:
    sources = sources_for(entries)
    seen: set[str] = set()
    rows: list[Variant] = []
    dropped: dict[str, int] = {}
    for name, suited, make in CATEGORIES:
        rng = random.Random(f"{SEED}:{name}")
        pool = [s for s in sources if suited(s)]
        if name == "combined_two_org":
            pool = [s for s in pool if _suits_combo_org(s)]
        rng.shuffle(pool)
        used_parties: set[int] = set()
        got = 0
        for src in pool:
            if got >= PER_CATEGORY:
                break
            party = parties.find(src.index)
            if party in used_parties:
                continue
            q = make(rng, src)
            if not q:
                continue
            q = clean(q)
            if len(compact_key(q)) < 3 or q in seen:
                continue
            if q.casefold() == src.list_name.casefold() and name != "original_script":
                continue
            if parties.collides(q, party):
                dropped[name] = dropped.get(name, 0) + 1
                continue
            seen.add(q)
            used_parties.add(party)
            rows.append(
                Variant(q, name, src.entry.kind, src.entry.list, src.entry.list_id, src.list_name)
            )
            got += 1
        if got < PER_CATEGORY:
            print(f"note: {name}: {got} rows (pool {len(pool)})", file=sys.stderr)
    return rows, dropped


def build_innocent(parties: Parties) -> tuple[list[tuple[str, str, str]], list[str], list[str]]:
    out: list[tuple[str, str, str]] = []
    dropped: list[str] = []
    near: list[str] = []
    seen: set[str] = set()
    for tradition, kind, block in INNOCENT:
        for line in block.strip().splitlines():
            name = line.strip()
            if not name or name.startswith("#"):
                continue
            key = " ".join(perm_key(name))
            if key in seen:
                continue
            seen.add(key)
            if parties.listed(name):
                dropped.append(name)
                continue
            if parties.near_listed(name):
                near.append(name)
                continue
            out.append((name, kind, f"hand:{tradition}"))
    return out, dropped, near


def write_gz(path: Path, header: list[str], rows: Iterable[Iterable[str]]) -> None:
    assert "," not in MARKER and '"' not in MARKER
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([MARKER])
    w.writerow(header)
    for r in rows:
        w.writerow(list(r))
    data = buf.getvalue().encode("utf-8")
    with (
        path.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz,
    ):
        gz.write(data)


# INNOCENT-NAMES-START: every name below was written by hand by helper screenind7 (2026-12-06).
INNOCENT: list[tuple[str, str, str]] = [
    (
        "arabic",
        "person",
        """
Mohammed Al-Fayez
Ahmed Saleh Barakat
Omar Khalil Haddad
Youssef El Amrani
Khaled Mansour
Fatima Zahra Bennani
Aisha Al-Mutairi
Hassan Nasrallah Daher
Ali Hussein Karam
Mahmoud Abdelrahman Fawzy
Mustafa Kamal Ibrahim
Ibrahim Al-Qahtani
Abdullah Al-Shehri
Abdulaziz Al-Dosari
Faisal Al-Otaibi
Sultan Al-Harbi
Nasser Al-Ghamdi
Saad Al-Zahrani
Tariq Al-Anazi
Waleed Al-Shammari
Hamad Al-Kuwari
Rashid Al-Mansoori
Saif Al-Ketbi
Hamdan Al-Falasi
Majid Al-Nuaimi
Abdulrahman Bin Salem
Salem Ba Wazir
Hussein Ba Abbad
Karim Benjelloun
Rachid Alaoui
Mohamed Amine Tazi
Hicham El Idrissi
Nabil Chraibi
Samir Boukhris
Amina Lahlou
Leila Cherkaoui
Nadia Bouazza
Yasmine Belkacem
Sofiane Mebarki
Abdelkader Benali
Djamel Zeroual
Farid Hamidi
Kamel Bouchareb
Lotfi Ben Romdhane
Mehdi Trabelsi
Anis Gharbi
Sami Jaziri
Houda Ben Salah
Rim Khemiri
Walid Jebali
Mona El Sayed
Hoda Abdel Fattah
Sherif Magdy Hanna
Hany Ramzy Gad
Yasser Abdel Moneim
Ayman Farouk Shehata
Heba Nabil Ismail
Rania Fathy Soliman
Dina Samir Mahfouz
Noha Adel Ragab
Mahmoud Hegazy Ali
Osama Fekry Moussa
Khaled Zaki Helmy
Ahmed Hassan Younis
Omar Sherif Tawfik
Georges Khoury
Elie Haddad
Charbel Nassar
Rami Frangieh
Maya Hayek
Nour Saade
Joumana Aoun
Fadi Chamoun
Marwan Abboud
Tony Geagea
Walid Salameh
Samer Karam Daou
Hanna Mikhael Azar
Bashar Qasem Odeh
Laith Al-Majali
Zaid Al-Rifai
Rakan Al-Khasawneh
Tala Abu Ghazaleh
Dana Al-Husseini
Yazan Haddadin
Mohammad Al-Zoubi
Qusai Obeidat
Hamza Al-Tarawneh
Suha Al-Masri
Rawan Bader
Ahmad Shawabkeh
Ali Abdul Karim Jaber
Zainab Al-Rubaie
Hussein Al-Saadi
Ali Hashim Al-Bayati
Abbas Fadhil Al-Janabi
Saif Al-Din Hameed
Omar Al-Dulaimi Farhan
Khalid Al-Obaidi Sattar
Nawal Al-Khafaji
Tawfiq Al-Sharjabi
Nabil Al-Amoudi
Saeed Bin Mubarak
Ali Abdullah Bahaj
Hamoud Al-Sufi
Ahmed Ould Abdallah Salem
Mohamed Ould Cheikh
Sidi Mohamed Ould Boubacar
Mariem Mint Ahmed
Abdullahi Yusuf Farah
Hodan Ali Osman
Faduma Hassan Nur
Mohamed Abdi Hirsi
Hamid Mohamed Ibrahim
Salah Eldin Osman
Amna Abdelrahim Musa
Abdelwahab Mohamed Khair
Tarig Hamad Elnil
Mohammed Ali
Mohamed Ali Hassan
Ahmed Mohamed Ahmed
Ali Ahmed Ali
Hassan Ali Hassan
Omar Ali Omar
Muhammad Usman Ghani
Abdul Rahman Sheikh
Abdul Karim Saleh
Abu Bakr Siddiq Khalil
Ahmad Bin Sulaiman
Khalid Bin Walid Qasim
Yousef Bin Saad
Bilal Hamdan
Tarek Sharif
Adel Fakhoury
Samira Haddad
Lina Khoury
Reem Al-Hashimi
Noor Al-Suwaidi
Mariam Al-Mazrouei
Shamma Al-Mheiri
Hessa Al-Jaber
Dalal Al-Mutawa
Ghada Al-Saqer
Badr Al-Rashed
Meshal Al-Enezi
Bader Al-Kharafi
Fahad Al-Ajmi
Yousef Al-Sayegh
Talal Al-Bahar
Ali Al-Hammadi
Khalifa Al-Suwaidi
Marwan Al-Awadhi
Ahmad Al-Raisi
Obaid Al-Kaabi
Mubarak Al-Shamsi
Essa Al-Dhaheri
Juma Al-Marri
Rashed Al-Zaabi
Sheikha Al-Nowais
Amal Al-Qubaisi
Hamda Al-Ameri
Ibrahim Al-Assaf Nabil
Naif Al-Sudairy
Bandar Al-Eisa
Saud Al-Tamimi
Hatem Al-Harthi
Muneer Al-Jahdali
Adnan Al-Ghazzawi
Mazen Al-Sinani
Raed Al-Amri
Fawaz Al-Hokair
""",
    ),
    (
        "persian",
        "person",
        """
Ali Reza Moradi
Mohammad Hossein Karimi
Reza Ahmadi
Hossein Rahimi
Mehdi Ghorbani
Saeed Jafari
Amir Hosseini
Hamid Reza Mousavi
Mojtaba Rezaei
Majid Hashemi
Javad Sadeghi
Morteza Heidari
Mohsen Kazemi
Ehsan Nouri
Farhad Mohammadi
Babak Jalali
Kaveh Farahani
Arash Kamali
Dariush Ebrahimi
Kourosh Sharifi
Siavash Amini
Pouya Shirazi
Behnam Asadi
Behrouz Vahidi
Shahram Golestani
Payam Yazdani
Omid Salehi
Nima Bagheri
Peyman Zamani
Ramin Moghaddam
Ramin Navabi
Sina Tavakoli
Kian Rostami
Parsa Soltani
Aria Mahmoudi
Navid Akbari
Vahid Najafi
Masoud Abbasi
Mansour Khademi
Nasser Pourmand
Abbas Zarei
Gholamreza Ansari
Ali Akbar Nikpour
Mohammad Taghi Shafiei
Mahmoud Rahmani Fard
Yousef Ghaffari
Esmaeil Fathi
Ebrahim Nazari
Kamran Ghasemi
Fariborz Daneshvar
Hooshang Ardalan
Jamshid Afshar
Bijan Mostofi
Cyrus Bakhtiari
Parviz Tehrani
Manouchehr Eslami
Shapour Rafiee
Goudarz Alavi Tabar
Farzad Mirzaei
Saman Rezvani
Keyvan Azizi
Hadi Esfandiari
Amin Mahdavi
Yasin Ranjbar
Sajjad Hosseinzadeh
Milad Sohrabi
Meysam Karimzadeh
Iman Safavi
Hamed Shojaei
Afshin Mirzadeh
Sohrab Kianian
Rostam Kohzad
Fereydoun Moshiri
Maryam Karimi
Zahra Hosseini
Fatemeh Rahimi
Niloufar Ardalan
Parisa Jafari
Sara Mousavi
Neda Sadeghi
Shadi Kazemi
Azadeh Ghorbani
Mina Rahmani
Roya Tavakoli
Samira Heidari
Elham Mahmoudi
Farnaz Shirazi
Yasaman Amiri
Negar Asadi
Soheila Ghaffari
Tahereh Najafi
Shahla Nouri
Ladan Ebrahimi
Pari Zanganeh
Homa Sarshar
Ahmad Reza Shahbazi
Mohammad Javad Rezaeian
Ali Asghar Moradi Nejad
Seyed Hassan Tabatabaei
Seyyed Mahdi Mirbagheri
Mir Hossein Kazemzadeh
Karim Bagheri Pour
Mehrdad Pooladi
Ali Karimi Pour
""",
    ),
    (
        "russian",
        "person",
        """
Aleksandr Petrovich Smirnov
Sergey Ivanovich Kuznetsov
Dmitry Sokolov
Andrey Popov
Aleksey Lebedev
Mikhail Kozlov
Ivan Novikov
Nikolay Morozov
Vladimir Petrov
Yevgeny Volkov
Pavel Solovyov
Maksim Vasilyev
Roman Zaytsev
Denis Pavlov
Kirill Semyonov
Artyom Golubev
Oleg Vinogradov
Igor Bogdanov
Viktor Vorobyov
Yury Fyodorov
Anton Mikhaylov
Konstantin Belyaev
Vadim Tarasov
Stanislav Belov
Grigory Komarov
Leonid Orlov
Boris Kiselyov
Gennady Makarov
Vyacheslav Andreev
Anatoly Kovalyov
Valery Ilyin
Yaroslav Gusev
Timur Titov
Ruslan Kuzmin
Vitaly Kudryavtsev
Nikita Baranov
Georgy Kulikov
Fyodor Alekseev
Stepan Stepanov
Arkady Yakovlev
Semyon Sorokin
Lev Sergeev
Daniil Romanov
Egor Zakharov
Ilya Borisov
Matvey Korolyov
Vsevolod Gerasimov
Pyotr Ponomaryov
Tikhon Grigoryev
Rodion Lazarev
Yelena Smirnova
Olga Kuznetsova
Tatyana Sokolova
Natalya Popova
Irina Lebedeva
Svetlana Kozlova
Anna Novikova
Mariya Morozova
Yekaterina Petrova
Anastasia Volkova
Yuliya Solovyova
Darya Vasilyeva
Kseniya Zaytseva
Polina Pavlova
Alina Semyonova
Viktoriya Golubeva
Galina Vinogradova
Lyudmila Bogdanova
Valentina Vorobyova
Nadezhda Fyodorova
Larisa Mikhaylova
Lyubov Belyaeva
Vera Tarasova
Oksana Belova
Margarita Komarova
Kristina Orlova
Alla Kiselyova
Zhanna Makarova
Inna Andreeva
Raisa Kovalyova
Aleksandr Sergeyevich Pushkaryov
Dmitry Anatolyevich Gromov
Sergey Viktorovich Lapin
Andrey Nikolaevich Krylov
Mikhail Yuryevich Levchenko
Nikolay Vasilyevich Kolesnikov
Yevgeny Aleksandrovich Zhukov
Vladimir Ilyich Ushakov
Igor Olegovich Fomin
Maksim Igorevich Danilov
Oleksandr Shevchenko
Andriy Kovalenko
Mykola Bondarenko
Taras Tkachenko
Bohdan Kravchenko
Vasyl Oliynyk
Yuriy Shevchuk
Serhiy Boyko
Volodymyr Kovalchuk
Oleh Polishchuk
Dmytro Lysenko
Petro Marchenko
Ivan Rudenko
Roman Savchenko
Vitaliy Melnyk
Olena Shevchenko
Iryna Koval
Nataliya Bondar
Oksana Tkachuk
Tetiana Moroz
Halyna Kravets
Yulia Lytvynenko
Kateryna Pavlenko
Sofiia Hrytsenko
Mariia Kuzmenko
Aliaksandr Kazlou
Siarhei Novik
Dzmitry Hrybau
Uladzimir Karpovich
Mikalai Statsenka
Andrei Yermakou
Volha Sidarovich
Hanna Kazlova
Tatsiana Bialova
Nasta Kuzniatsova
Grigor Petrosyan
Armen Sargsyan
Tigran Hakobyan
Narek Grigoryan
Anahit Harutyunyan
Levan Beridze
Giorgi Kapanadze
Nino Gelashvili
Davit Lomidze
Elchin Mammadov
Leyla Hasanova
Nurlan Abdullayev
Aibek Zhumabekov
Yerlan Nurgaliyev
Aigerim Sadykova
Dauren Akhmetov
Bakhyt Seitkali
Rustam Karimov
Sherzod Tashkentov
Dilnoza Yusupova
Jasur Rakhimov
Otabek Nazarov
Azamat Usenov
Bolot Temirov
Farrukh Saidov
Zarina Kholova
Dovlet Atayev
Serdar Berdiyev
""",
    ),
    (
        "chinese",
        "person",
        """
Wang Wei
Li Na
Zhang Wei
Liu Yang
Chen Jing
Yang Li
Huang Min
Zhao Lei
Wu Xiaoming
Zhou Jie
Xu Lei
Sun Li
Ma Jun
Zhu Hong
Hu Bin
Guo Qiang
He Ping
Lin Feng
Luo Yi
Gao Yan
Zheng Hui
Liang Chen
Xie Fang
Tang Yu
Han Mei
Cao Gang
Deng Hao
Feng Jun
Cai Lin
Peng Yu
Pan Xin
Yuan Ming
Jiang Tao
Dong Jian
Yu Lan
Su Rong
Ye Qing
Lu Ming
Wei Dong
Tian Xiaoyu
Du Juan
Ding Yi
Shen Yue
Ren Zhiqiang
Yao Chen
Jin Xiaohui
Fu Yuanhui
Zhong Wenbo
Cui Jian
Qiu Shuang
Qin Lan
Fang Zhouzi
Shi Yongxin
Xiao Zhan
Hou Yifan
Wan Qing
Gu Ailing
Kong Lingwei
Bai Yansong
Zou Shiming
Meng Ziyi
Xiong Dailin
Qian Yuhang
Zeng Fanzhi
Wen Jun
Chen Xiaoping
Wang Jianguo
Li Guohua
Zhang Xiuying
Liu Guiying
Wang Xiuzhen
Li Hongmei
Zhang Guiqin
Liu Shufen
Chen Yuzhen
Yang Xiulan
Huang Yufang
Zhao Lihua
Wang Haiyan
Li Jianjun
Zhang Zhiyong
Liu Jianhua
Chen Dongmei
Yang Jinhua
Wu Jianping
Zhou Xiuhua
Xu Yongqiang
Sun Haitao
Ma Xiaolong
Zhu Yuming
Hu Jiayi
Guo Zihan
He Yuxuan
Lin Zixuan
Luo Haoran
Gao Yichen
Zheng Yutong
Liang Shiyu
Xie Mingzhe
Tang Ruoxi
Chan Tai Man
Wong Ka Wai
Leung Chiu Wai
Cheung Hok Yau
Lau Tak Wah
Chow Wing Kei
Ho Pui Yan
Tsang Kin Wah
Ng Man Tat
Lam Ka Tung
Kwok Siu Ming
Yip Chi Keung
Tan Wei Ming
Lim Boon Keat
Goh Swee Lian
Teo Kah Hock
Lee Mei Ling
Ong Kok Wee
Koh Siew Hoon
Chua Siew Lan
Tay Beng Chuan
Ang Siew Ping
Chiang Pei Shan
Tsai Ya Ting
Ko Chia Hao
Huang Jen Hsun
Chang Yu Ting
Hsu Chih Chieh
Kuo Tai Ming
Lai Chih Wei
""",
    ),
    (
        "korean",
        "person",
        """
Kim Min-jun
Lee Seo-yeon
Park Ji-hoon
Choi Yu-na
Jung Woo-sung
Kang Ha-neul
Cho Eun-ji
Yoon Seo-jun
Jang Min-ho
Lim Ji-yeon
Han Sung-min
Seo Ji-hye
Shin Dong-hyun
Kwon Hyuk-soo
Hwang In-beom
Ahn Jae-hyun
Hong Gil-dong
Ko Eun-ah
Moon Chae-won
Baek Seung-ho
Heo Jun-young
Kim Ji-won
Kim Hyun-woo
Kim Eun-jung
Kim Young-ho
Kim Sang-woo
Kim Dong-wook
Lee Jae-won
Lee Min-jung
Lee Sung-ho
Lee Hye-jin
Lee Da-eun
Park Sung-hoon
Park Hye-won
Ri Chol-min
Kim Chol-jin
Pak Song-il
Choe Kum-hui
Ri Hyang-mi
Kim Un-sim
Jong Myong-ho
Ryu Kyong-ae
Ko Chang-su
Han Ok-sun
O Jin-hyok
Sin Yong-chol
Hong Chun-hwa
Mun Kyong-nam
Kim Kwang-hyok
Ri Jong-suk
Pak Hyon-jong
Kim Song-mi
Yun Chol-ho
Paek Min-jin
Kim Ha-eun
Lee Ye-rin
Park Si-woo
Choi Ha-joon
Jung Ye-jun
Kang Do-hyun
Cho Ji-ho
Yoon Ji-an
Jang Seo-ah
Lim Ha-rin
Han Eun-woo
Shin Yu-jin
Kwon Na-yeon
Hwang Jun-seo
Ahn So-yul
Song Ji-hoo
Jeon Chae-won
Hong Min-seo
Ko Ye-eun
Moon Seung-woo
Yang Ji-min
Bae Hyun-seo
Baek Yeon-woo
Heo Ha-yoon
Nam Gun-woo
Noh Soo-ah
Ryu Seo-hyun
Son Heung-jae
Gong Yoo-jin
""",
    ),
    (
        "vietnamese",
        "person",
        """
Nguyen Van An
Nguyen Thi Lan
Tran Van Binh
Tran Thi Mai
Le Van Cuong
Le Thi Hoa
Pham Van Duc
Pham Thi Huong
Hoang Van Hai
Hoang Thi Thu
Phan Van Hung
Phan Thi Ngoc
Vu Van Khanh
Vu Thi Linh
Dang Van Lam
Dang Thi Minh
Bui Van Nam
Bui Thi Nga
Do Van Phuc
Do Thi Quynh
Ho Van Quang
Ho Thi Kim
Ngo Van Son
Ngo Thi Tuyet
Duong Van Tai
Duong Thi Thanh
Ly Van Thang
Ly Thi Trang
Nguyen Duc Anh
Nguyen Minh Tuan
Nguyen Hoang Long
Nguyen Quoc Bao
Nguyen Thanh Tung
Nguyen Ngoc Anh
Nguyen Thu Ha
Nguyen Phuong Linh
Nguyen Bich Ngoc
Nguyen Hai Yen
Tran Quang Huy
Tran Minh Khoa
Tran Duc Thang
Tran Ngoc Han
Tran Thu Trang
Le Hoang Nam
Le Minh Chau
Le Quoc Viet
Le Thanh Hang
Le Ngoc Diep
Pham Quoc Dung
Pham Thanh Thao
Pham Ngoc Lan
Hoang Minh Tri
Hoang Thu Phuong
Huynh Van Toan
Huynh Thi My
Truong Van Dat
Truong Thi Xuan
Dinh Van Hoa
Dinh Thi Bich
Lam Van Sang
Lam Thi Cam
Trinh Thi Hong
Mai Van Tien
Mai Thi Dung
Cao Van Luong
Cao Thi Yen
Luong Van Hieu
Luong Thi Hanh
Ta Van Tho
Ta Thi Loan
Doan Van Hau
Doan Thi Huyen
Nguyễn Văn Thành
Trần Thị Thúy
Lê Hoàng Phúc
Phạm Minh Đức
Đặng Thị Hồng
Võ Thanh Tâm
Bùi Quang Vinh
Đỗ Thị Hằng
Hồ Ngọc Hải
Dương Thị Liên
Lý Văn Tài
Chu Văn Khánh
Phùng Thị Nhung
Quách Tuấn Kiệt
Kha Văn Lợi
Âu Thị Mỹ
Lưu Bình Nhưỡng
Triệu Văn Đông
""",
    ),
    (
        "japanese",
        "person",
        """
Sato Hiroshi
Suzuki Yuki
Takahashi Kenji
Tanaka Haruto
Watanabe Yui
Ito Sakura
Yamamoto Ren
Nakamura Aoi
Kobayashi Daiki
Kato Hana
Yoshida Sota
Yamada Taro
Sasaki Mio
Yamaguchi Riku
Matsumoto Yuna
Inoue Kaito
Kimura Miyu
Hayashi Takumi
Shimizu Rin
Yamazaki Shota
Mori Akari
Abe Naoki
Ikeda Koharu
Hashimoto Yuto
Ishikawa Nanami
Hiroshi Tanaka
Keiko Yamamoto
Akira Nakamura
Yoko Ishida
Naoko Fujita
Masahiro Okada
Tomoko Hasegawa
Ryo Nishikawa
Emi Fujimoto
Kenta Morita
Hiroko Murakami
Daisuke Kondo
Yumi Sakamoto
Takashi Endo
Satoshi Aoki
""",
    ),
    (
        "hispanic",
        "person",
        """
José Luis García Martínez
Juan Carlos Rodríguez López
María Fernanda González Pérez
Ana Sofía Hernández Sánchez
Luis Alberto Ramírez Torres
Carlos Eduardo Flores Rivera
Jorge Enrique Gómez Díaz
Miguel Ángel Cruz Morales
Francisco Javier Reyes Ortiz
Pedro Pablo Gutiérrez Castillo
Alejandro Vargas Romero
Ricardo Mendoza Herrera
Fernando Aguilar Medina
Roberto Jiménez Castro
Eduardo Ruiz Vázquez
Sergio Moreno Álvarez
Raúl Muñoz Ramos
Héctor Delgado Ortega
Javier Domínguez Guerrero
Diego Navarro Molina
Andrés Peña Rojas
Gabriel Cabrera Silva
Daniel Campos Núñez
Mario Vega Fuentes
Óscar Ríos Sandoval
Manuel Ibarra Cervantes
Rafael Salazar Contreras
Alfonso Guzmán Espinoza
Arturo Valdez Carrillo
Guillermo Orozco Lara
Ignacio Soto Mejía
Ernesto Acosta Padilla
Enrique Maldonado Juárez
Gustavo Cordero Ponce
Rodrigo Fuentes Miranda
Sebastián Araya Tapia
Matías Muñoz Sepúlveda
Benjamín Soto Contreras
Camila Rojas Fuentes
Valentina Díaz Gallardo
Martina López Cáceres
Florencia Pereyra Sosa
Lucía Fernández Acosta
Paula Romero Benítez
Julieta Suárez Medina
Agustina Gómez Álvarez
Santiago Martínez Giménez
Tomás Rodríguez Ferreyra
Nicolás Pérez Aguirre
Facundo Ledesma Ojeda
Joaquín Castro Figueroa
Emiliano Herrera Vera
Ximena Morales Cortés
Regina Luna Villarreal
Guadalupe Estrada Montes
Rosa María Navarro Chávez
Carmen Elena Ruiz Mora
Juana Inés Serrano Vidal
Dolores Castillo Marín
Pilar Blanco Iglesias
Concepción Rubio Garrido
Esperanza Molina Santana
Mercedes Ortiz Delgado
Isabel Cristina Rincón Parra
Luz Marina Restrepo Arango
Diana Marcela Osorio Cardona
Catalina Uribe Zuluaga
Daniela Mejía Quintero
Andrea Giraldo Ospina
Natalia Londoño Henao
Juan David Betancur Londoño
Juan Pablo Agudelo Ramírez
Juan Sebastián Correa Vélez
Juan José Arboleda Muñoz
Carlos Andrés Montoya Duque
Jhon Fredy Cárdenas Rojas
Wilson Alexander Patiño Gil
Yeison Arley Mosquera Palacios
Luis Fernando Quiñones Valencia
José Gregorio Hernández Bolívar
Yulimar Rojas Pérez
Nelson Alejandro Bracho Urdaneta
Freddy Antonio Colmenares Páez
Yusmary Coromoto Linares
Gabriela Alejandra Sosa Rangel
José Manuel Barrios Olivares
Oswaldo Ramón Villegas Pino
Alexis Enrique Tovar Mujica
Jesús Alberto Salcedo Ybarra
Jesús María Villanueva Arce
José de Jesús Ochoa Cantú
María de los Ángeles Treviño Garza
Juan de Dios Castañeda Leal
Luis Miguel Garza Elizondo
Ramón Alberto Garza Sada
Héctor Manuel Zambrano Cavazos
Rigoberto Quintanilla Salinas
Everardo Solís Guajardo
Efraín Alvarado Cisneros
Heriberto Lozano Treviño
Itzel Ramírez Tlapa
Citlali Hernández Coatl
Nayeli Sánchez Mixcoatl
Pablo Escobedo Marroquín
Jorge Luis Batista Pérez
Yoel Romero Céspedes
Yanelis Mora Castañeda
Dayron Robles Guerra
Osmany Fonseca Linares
Lázaro Ramos Portuondo
Yunior Pérez Valdés
Wilmer Condori Huanca
Teodoro Quispe Ticona
Sonia Mamani Choque
Rosa Apaza Limachi
Felipe Calle Torrico
Marcos Benítez Giménez
Hugo Duarte Villalba
Lorena Cáceres Aquino
Dardo Ortiz Insfrán
Rubén Darío Insúa
""",
    ),
    (
        "portuguese",
        "person",
        """
João Pedro Silva Santos
Maria Eduarda Oliveira Souza
Pedro Henrique Costa Lima
Ana Clara Pereira Rodrigues
Lucas Gabriel Ferreira Alves
Gabriela Carvalho Ribeiro
Rafael Gomes Martins
Mariana Araújo Barbosa
Gustavo Rocha Cardoso
Beatriz Almeida Nascimento
Matheus Lopes Teixeira
Larissa Fernandes Moreira
Felipe Correia Mendes
Camila Dias Nunes
Thiago Soares Vieira
Juliana Monteiro Freitas
Bruno Cavalcanti Pinto
Fernanda Moura Campos
Rodrigo Azevedo Cunha
Letícia Castro Batista
Leonardo Duarte Farias
Isabela Ramos Machado
André Luís Marques Tavares
Vinícius Medeiros Lacerda
Paulo Roberto Siqueira Xavier
Antônio Carlos Brandão Neto
Francisco das Chagas Bezerra
Raimundo Nonato Sobrinho
Maria das Graças Holanda
José Maria Fonseca Júnior
Luiz Inácio Pacheco Filho
Sebastião Salgado Prates
Joaquim Sousa Magalhães
Manuel Fernandes Pinto
Rui Miguel Lourenço
Tiago Coelho Antunes
Inês Figueiredo Matos
Beatriz Loureiro Gaspar
Duarte Vasconcelos Pimentel
Nuno Gonçalo Carvalho
""",
    ),
    (
        "turkish",
        "person",
        """
Mehmet Yılmaz
Ahmet Kaya
Mustafa Demir
Ali Şahin
Hüseyin Çelik
Hasan Yıldız
İbrahim Yıldırım
İsmail Öztürk
Osman Aydın
Yusuf Özdemir
Murat Arslan
Ömer Doğan
Ramazan Kılıç
Halil Aslan
Süleyman Çetin
Abdullah Kara
Mahmut Koç
Recep Kurt
Fatma Özkan
Ayşe Şimşek
Emine Polat
Hatice Korkmaz
Zeynep Erdem
Elif Aktaş
Merve Güneş
Büşra Keskin
Esra Tekin
Özlem Yavuz
Burak Bozkurt
Emre Taş
Can Uçar
Kerem Ateş
Serkan Sarı
Tolga Karaca
Volkan Güler
Uğur Coşkun
Cem Aksoy
Onur Işık
Barış Turan
Selin Acar
Deniz Kaplan
Ece Çakır
Gizem Erdoğdu
Tuğba Bulut
Seda Kaymaz
Cansu Altun
Kübra Demirci
Melike Toprak
Oğuzhan Sönmez
Furkan Akın
Enes Kandemir
Yiğit Tunç
Berk Özer
Arda Karakaya
Kaan Duman
Batuhan Ekinci
Alp Çınar
Eren Uysal
Hakan Balcı
Selim Yazıcı
Levent Tuna
Cengiz Aydoğan
Erkan Tokgöz
Nihat Gündoğdu
Tayfun Ergin
Sinan Kocaman
Gökhan Akbulut
Kadir Sezer
Nuri Bayram
Sevgi Ünal
Mehmet Ali Er
Ahmet Can Durmaz
Mehmet Emin Taşdemir
Ali Rıza Bilgin
Hasan Hüseyin Dağ
Mehmet Yilmaz Oz
Ahmet Kaya Ozturk
Mustafa Kemal Yurt
Nazım Hikmet Ercan
""",
    ),
    (
        "indian",
        "person",
        """
Rahul Sharma
Priya Patel
Amit Kumar
Sunita Singh
Rajesh Gupta
Anjali Verma
Sanjay Mehta
Neha Agarwal
Vikram Reddy
Kavita Iyer
Arjun Nair
Deepa Menon
Suresh Pillai
Lakshmi Krishnan
Venkatesh Rao
Anitha Subramanian
Karthik Raman
Meenakshi Sundaram
Ramesh Chandra Joshi
Pooja Bhatt
Rohan Desai
Sneha Kulkarni
Aditya Deshpande
Shreya Joshi Patil
Manoj Tiwari
Rekha Pandey
Ashok Mishra
Geeta Dubey
Vijay Chauhan
Seema Yadav
Rakesh Jha
Nisha Sinha
Pradeep Saxena
Shalini Srivastava
Harpreet Singh Gill
Gurpreet Kaur Sandhu
Manpreet Singh Dhillon
Jaspreet Kaur Grewal
Baljit Singh Sidhu
Amarjeet Kaur Bains
Sukhwinder Singh Brar
Rajinder Singh Kang
Kuldeep Singh Virk
Harjinder Kaur Toor
Mohammed Irfan Qureshi
Syed Imran Hussain
Shaikh Abdul Rashid
Mohd Salim Ansari
Tabassum Begum
Zoya Khan Mirza
Aamir Hussain Lone
Tariq Ahmad Bhat
Nazia Parveen Dar
Sourav Banerjee
Arindam Chatterjee
Moumita Mukherjee
Debashish Ghosh
Sudipta Bose
Rituparna Sen
Subhash Das
Tanmoy Chakraborty
Anirban Roy
Soumya Dutta
Prakash Naidu
Srinivas Murthy
Ravi Shankar Hegde
Sowmya Gowda
Naveen Shetty
Harish Bhandary
Chandrashekar Kamath
Jignesh Shah Parmar
Bhavesh Patel Chaudhary
Nirav Shah Doshi
Kinjal Desai Modi
Parth Trivedi Vyas
""",
    ),
    (
        "pakistani",
        "person",
        """
Muhammad Usman Khan
Ali Raza Chaudhry
Ahmed Nawaz Malik
Bilal Ahmed Butt
Hamza Tariq Qureshi
Zain Ul Abideen Sheikh
Fahad Mustafa Awan
Imran Ali Shah
Usman Ghani Bajwa
Saad Rafique Cheema
Rahat Ali Rizvi
Muhammad Hafeez Gondal
""",
    ),
    (
        "bangladeshi",
        "person",
        """
Mohammad Abdul Karim
Md Rafiqul Islam
Md Shahidul Haque
Abul Kalam Azad
Sheikh Mohammad Rahman
Nurul Amin Chowdhury
Taslima Akter
Nasrin Sultana
Fatema Khatun
Rokeya Begum Sarkar
Shafiqul Alam Bhuiyan
Mizanur Rahman Talukder
Kamrul Hasan Mollah
Anisur Rahman Khan
Habibur Rahman Mia
Jahangir Alam Mondal
Shamim Ahmed Sikder
Moniruzzaman Howlader
Sharmin Sultana Munni
Tanvir Ahmed Siddique
""",
    ),
    (
        "african",
        "person",
        """
Chinedu Okafor
Ngozi Eze
Emeka Nwosu
Adaeze Okonkwo
Obinna Chukwu
Chiamaka Obi
Ifeanyi Nwankwo
Uchenna Ibe
Chidinma Onyeka
Oluwaseun Adeyemi
Adebayo Ogunleye
Folasade Adebisi
Tunde Bakare
Yetunde Oladipo
Olumide Akinola
Temitope Oyelaran
Kehinde Ajayi
Taiwo Ajayi
Funmilayo Ransome
Abubakar Sadiq Bello
Ibrahim Musa Danjuma
Hauwa Aliyu Abdullahi
Zainab Usman Garba
Bashir Tanko Lawal
Suleiman Dikko Abba
Kwame Mensah
Kofi Boateng
Akosua Asante
Yaw Owusu
Ama Serwaa Darko
Kwabena Appiah
Efua Ansah
Nana Akua Addo
Abena Osei
Wanjiru Kamau
Njoroge Mwangi
Otieno Ochieng
Akinyi Odhiambo
Kipchoge Rotich
Chebet Kiprono
Wambui Njeri
Achieng Owino
Kiplagat Kibet
Baraka Mwakilema
Neema Kilonzo
Juma Hamisi
Rehema Mollel
Daudi Msuya
Halima Mfinanga
Tendai Moyo
Tafadzwa Ncube
Chipo Dube
Farai Sibanda
Nyasha Mutasa
Blessing Chikwanha
Thabo Nkosi
Sipho Dlamini
Nomvula Zulu
Lerato Mokoena
Thandiwe Ndlovu
Bongani Khumalo
Zanele Mahlangu
Mandla Sithole
Pieter van der Merwe
Johan Botha
Annelie du Plessis
Kagiso Molefe
Tshepo Modise
Amara Kamara
Fatmata Sesay
Mohamed Bangura
Ibrahim Conteh
Aminata Koroma
Mamadou Diallo
Fatoumata Bah
Ousmane Sow
Aissatou Barry
Cheikh Ndiaye
Awa Diop
Moussa Traoré
Mariam Coulibaly
Seydou Keita
Adama Sangaré
Boubacar Touré
Kadiatou Camara
Issa Ouédraogo
Salif Kaboré
Rasmata Sawadogo
Jean-Baptiste Mugabo
Aline Uwimana
Eric Niyonzima
Claudine Mukamana
Emmanuel Habimana
Patrice Ilunga
Grace Mbuyi
Joseph Kasongo
Dieudonné Tshimanga
Gloire Mulumba
Yohannes Tesfaye
Meron Alemu
Dawit Bekele
Selamawit Haile
Abebe Girma
Tigist Mulugeta
Biniam Ghebremedhin
Senait Tekle
Kidane Woldemariam
Amanuel Habte
Mariam Yohannes
Jean-Pierre Nkoulou
Aurélie Fotso
Christian Atangana
Brice Essomba
Kouassi Yao
Aya Konan
Koffi N'Guessan
Adjoua Kouamé
Didier Zokou
""",
    ),
    (
        "european",
        "person",
        """
John Smith
James Wilson
Michael Brown
David Taylor
Robert Johnson
William Davies
Richard Evans
Thomas Roberts
Christopher Walker
Daniel Wright
Matthew Thompson
Andrew White
Mark Hughes
Paul Edwards
Steven Green
Sarah Johnson
Emma Williams
Olivia Jones
Sophie Turner
Charlotte Harris
Emily Clarke
Jessica Lewis
Hannah Robinson
Laura Wood
Rebecca Hall
Gareth Jenkins
Rhys Morgan
Siobhan O'Brien
Sean Murphy
Patrick Kelly
Ciara Byrne
Declan O'Sullivan
Niamh Walsh
Ewan MacDonald
Fiona Campbell
Alasdair MacLeod
Hamish Stewart
Thomas Müller
Michael Schmidt
Andreas Schneider
Stefan Fischer
Markus Weber
Christian Meyer
Jürgen Wagner
Wolfgang Becker
Klaus Hoffmann
Uwe Schulz
Sabine Koch
Petra Richter
Monika Klein
Ursula Wolf
Katharina Schröder
Lena Neumann
Julia Schwarz
Felix Zimmermann
Lukas Braun
Jonas Krüger
Tobias Hofmann
Maximilian Hartmann
Florian Lange
Sebastian Schmitt
Johannes Werner
Jean Dupont
Pierre Martin
Michel Bernard
Philippe Dubois
Alain Thomas
Nicolas Robert
François Richard
Laurent Petit
Christophe Durand
Stéphane Leroy
Éric Moreau
Olivier Simon
Isabelle Laurent
Nathalie Lefebvre
Sophie Michel
Céline Garcia
Camille Fournier
Chloé Girard
Manon Bonnet
Léa Dupuis
Antoine Lambert
Guillaume Fontaine
Mathieu Rousseau
Julien Vincent
Thibault Mercier
Marco Rossi
Giuseppe Russo
Francesco Ferrari
Antonio Esposito
Alessandro Bianchi
Luca Romano
Giovanni Colombo
Matteo Ricci
Lorenzo Marino
Andrea Greco
Giulia Bruno
Francesca Gallo
Chiara Conti
Sara De Luca
Valentina Mancini
Federica Costa
Elena Giordano
Martina Rizzo
Paolo Lombardi
Roberto Moretti
Jan Kowalski
Piotr Nowak
Krzysztof Wiśniewski
Andrzej Wójcik
Tomasz Kowalczyk
Paweł Kamiński
Michał Lewandowski
Marcin Zieliński
Katarzyna Szymańska
Agnieszka Woźniak
Magdalena Dąbrowska
Joanna Kozłowska
Małgorzata Jankowska
Anna Mazur
Jakub Kwiatkowski
Mateusz Krawczyk
Jan de Vries
Pieter Jansen
Sanne van Dijk
Daan Bakker
Femke Visser
Lars Smit
Bram Meijer
Thijs de Boer
Erik Johansson
Anders Andersson
Lars Karlsson
Karin Nilsson
Ingrid Eriksson
Sven Larsson
Astrid Olsson
Magnus Persson
Mikael Svensson
Ole Hansen
Mette Nielsen
Søren Jensen
Kari Nordmann
Bjørn Olsen
Ingrid Haugen
Mikko Virtanen
Anna Korhonen
Juha Mäkinen
Laura Nieminen
Georgios Papadopoulos
Dimitrios Nikolaidis
Konstantinos Georgiou
Eleni Papadaki
Maria Oikonomou
Ioannis Karagiannis
Nikos Vlachos
Sofia Pappas
Jiří Novák
Petr Svoboda
Tereza Dvořáková
László Nagy
Zoltán Kovács
Katalin Tóth
Ion Popescu
Andrei Ionescu
Elena Dumitrescu
Mihai Stan
Ivan Petrović
Marko Jovanović
Ana Nikolić
Nikola Đorđević
Tomislav Horvat
Luka Kovačević
Miha Novak
Georgi Dimitrov
Maria Ivanova Petkova
Boris Georgiev
Arben Hoxha
Elira Shehu
Jonas Petrauskas
Rūta Kazlauskienė
Jānis Bērziņš
Līga Ozola
Tanel Tamm
Kadri Saar
""",
    ),
    (
        "indonesian",
        "person",
        """
Budi Santoso
Siti Nurhaliza Rahman
Agus Setiawan
Dewi Lestari
Joko Susilo
Sri Wahyuni
Bambang Hartono
Rina Kusumawati
Eko Prasetyo
Wahyu Hidayat
Indah Permatasari
Andi Wijaya
Yusuf Maulana
Fitri Handayani
Rizky Ramadhan
Putri Ayu Anggraini
Hendra Gunawan
Nur Aini Safitri
Dimas Saputra
Ratna Sari Dewi Putri
Muhammad Rizal Fauzi
Ahmad Fauzan Hakim
Teguh Wibowo
Ayu Kartika Sari
Irfan Bachdim Siregar
Tiara Simanjuntak
Ucok Nainggolan
Maruli Tampubolon
Made Wirawan
Ketut Suardana
Wayan Sudirta
Nyoman Artini
""",
    ),
    (
        "malay",
        "person",
        """
Ahmad Zulkifli bin Hassan
Nur Aisyah binti Abdullah
Muhammad Hafiz bin Ismail
Siti Aminah binti Yusof
Mohd Faizal bin Ahmad
Nurul Izzah binti Ibrahim
Azman bin Othman
Rosmah binti Salleh
Khairul Anuar bin Omar
Farah Nadia binti Razak
Nik Mohd Amin bin Nik Mat
Amirul Hakim bin Zainal
""",
    ),
    (
        "filipino",
        "person",
        """
Jose Rizal Mercado
Maria Clara Santos
Juan dela Cruz
Andres Bonifacio Reyes
Ma. Cristina Bautista
Ramon Magsaysay Garcia
Mark Anthony Villanueva
Jericho Mendoza Aquino
Kristine Joy Soriano
Ronaldo Dimaculangan
Rowena Pangilinan
Angelica Panganiban
Marites Dizon
Ernesto Lacson Tan
""",
    ),
    (
        "hebrew",
        "person",
        """
Yosef Cohen
Moshe Levi
David Mizrahi
Avraham Peretz
Yitzhak Biton
Sarah Friedman
Rachel Dahan
Tamar Avraham
Noa Shapiro
Eitan Katz
Yonatan Ben-David
Ariel Goldberg
Shira Rosenberg
Itai Ohana
Maya Azoulay
Oren Malka
Yael Hadad
Guy Ashkenazi
Tal Segal
Amit Ben-Haim
""",
    ),
    (
        "thai",
        "person",
        """
Somchai Saetang
Somsak Srisuk
Malee Chaiyaporn
Niran Wongsuwan
Kittisak Boonmee
Pornthip Rattanakorn
Supachai Thongdee
Nattapong Kaewkla
Siriporn Phromma
Anan Chanthawong
Wichai Suksawat
Kanya Thepsuriya
""",
    ),
    (
        "central_asian",
        "person",
        """
Bobur Mirzayev
Dilshod Ergashev
Gulnara Rashidova
Nodira Abdullayeva
Ulugbek Tursunov
Aziz Kholmatov
Kamola Ismoilova
Sanjar Normatov
Shukhrat Rakhmonov
Daniyar Ospanov
Askar Beisenov
Gulnur Iskakova
Madina Zhaksylykova
Nurzhan Baimukhanov
Marat Suleimenov
Kanat Omarov
Emomali Safarov
Firuz Nazarov
Shahnoza Qodirova
Parviz Davlatov
Merdan Orazov
Gulshat Annayeva
""",
    ),
    (
        "greek_cypriot",
        "person",
        """
Andreas Christodoulou
Christos Georgiades
Panayiotis Ioannou
Maria Charalambous
Eleni Constantinou
Michalis Kyriakou
Stelios Hadjipetrou
Anna Pavlidou
""",
    ),
    (
        "arabic",
        "person",
        """
Mohammed Hassan
Mohammed Abdullah
Ahmed Ali
Ahmed Hassan
Ali Mohammed
Ali Hassan Mahmoud
Omar Abdullah
Omar Hassan
Hassan Ahmed
Hussein Ali
Hussein Mohammed
Abdullah Ahmed
Abdullah Mohammed Saleh
Khalid Mohammed Ali
Ibrahim Ahmed
Ibrahim Ali Hassan
Mahmoud Ali
Mustafa Ahmed
Yousef Ahmed
Saleh Ali
Saeed Mohammed
Nasser Ali
Rashid Ahmed
Jamal Ahmed
Tariq Mahmoud
Amr Hassan
Karim Mohamed
Samir Ali
Hamza Ali
Bilal Mohammed
Zaid Ahmed
Adel Mohamed
Walid Hassan
Khaled Ali
Ayman Mohamed
Hisham Ali
Majid Hassan
Faisal Ahmed
Sami Mohammed
Fadi Hassan
Imad Ali
Yasser Mohamed
Tamer Ahmed
Hany Mohamed
Essam Ali
Ashraf Mohamed
Mohamed Abdel Rahman
Ahmed Abdel Aziz
Mohamed Abdel Hamid
Ali Abdel Karim
Omar Abdel Latif
Hassan Abdel Wahab
Ahmed Abdel Halim
Mohamed Abdel Qader
Mohammad Khan
Ahmad Khan
Ali Khan
Muhammad Akram
Muhammad Aslam
Muhammad Ashraf
Muhammad Iqbal
Muhammad Nadeem
Muhammad Shafiq
Muhammad Arshad
Muhammad Tariq
Muhammad Zubair
Muhammad Naveed
Ghulam Mustafa
Ghulam Rasool
Abdul Ghafoor
Abdul Sattar
Abdul Majeed
Abdul Qayyum
Abdul Wahid
Abdul Latif
Abdul Hakim
Abdul Jabbar
Abdul Razzaq
Abdul Hameed
""",
    ),
    (
        "russian",
        "person",
        """
Ivan Ivanov
Sergey Ivanov
Aleksandr Ivanov
Aleksey Petrov
Dmitriy Ivanov
Andrey Smirnov
Vladimir Kuznetsov
Mikhail Ivanov
Nikolay Petrov
Viktor Sidorov
Igor Petrov
Oleg Ivanov
Yuriy Popov
Pavel Petrov
Sergey Popov
Aleksandr Volkov
Dmitriy Petrov
Andrey Kuznetsov
Yevgeniy Smirnov
Maksim Ivanov
Elena Ivanova
Olga Petrova
Natalya Ivanova
Tatyana Smirnova
Irina Popova
""",
    ),
    (
        "chinese",
        "person",
        """
Wang Jun
Li Wei
Zhang Yong
Li Qiang
Wang Yong
Li Jun
Zhang Jun
Wang Qiang
Liu Wei
Chen Wei
Yang Wei
Wang Lei
Li Ming
Zhang Lei
Wang Hua
Li Hua
Zhang Hua
Liu Jun
Chen Jun
Wang Gang
Li Gang
Zhang Gang
Wang Ping
Li Ping
Zhang Ping
Wang Fang
Li Fang
Zhang Min
Wang Min
Li Jing
""",
    ),
    (
        "korean",
        "person",
        """
Kim Min-soo
Kim Young-soo
Kim Jung-hoon
Lee Young-hee
Lee Jung-ho
Park Young-soo
Park Sung-min
Choi Young-ho
Kim Chul-soo
Lee Chul-min
Kim Sung-ho
Kim Kwang-soo
Pak Chol Min
Kim Song Il
Ri Song Chol
Choe Chol Su
Pak Yong Il
""",
    ),
    (
        "afghan",
        "person",
        """
Abdul Wali Ahmadzai
Mohammad Nabi Popalzai
Rahmatullah Stanikzai
Farida Noorzai
Zarmina Wardak
Habibullah Mohmand
Sayed Jamal Hashimi
Nasrullah Achakzai
Shafiqullah Safi
Najibullah Sadozai
Khalilullah Ahmadi
Fawad Rahimi Kabuli
Shabnam Nasimi
Hamidullah Tokhi
Ajmal Karimi
Wahidullah Shinwari
Zabihullah Kakar
Lina Rozbih
Massoud Barakzai
""",
    ),
    (
        "kurdish",
        "person",
        """
Rebin Ahmed Barzinji
Shwan Kamal Rashid
Dilan Hawrami
Berivan Aziz
Soran Mustafa Hawrami
Zana Omer Qadir
Hêvî Şêxo
Kawa Jalal Rasul
Nishtiman Karim
Aram Salih Faraj
""",
    ),
    (
        "uyghur_mongolian",
        "person",
        """
Abdurehim Tursun
Gulnar Ablimit
Erkin Rozi
Mihrigul Tohti
Batbayar Dorj
Enkhjargal Bold
Ganbaatar Sukhbaatar
Oyunchimeg Bat-Erdene
Tuvshin Ganzorig
Narantsetseg Tumur
""",
    ),
    (
        "south_east_asian",
        "person",
        """
Aung Ko Ko
Thida Win
Kyaw Zin Htet
Hnin Ei Phyu
Zaw Min Oo
Myat Noe Khin
Sokha Chea
Dara Sok
Srey Pov Kim
Vannak Chan
Bounmy Phommachanh
Keo Sisavath
""",
    ),
    (
        "south_asian",
        "person",
        """
Kasun Perera
Nimal Fernando
Dilani Jayasinghe
Chaminda Silva
Thushara Bandara
Ram Bahadur Thapa
Sita Kumari Gurung
Bishnu Prasad Sharma
Anita Shrestha
Pasang Sherpa
Tenzin Dorje
Karma Wangchuk
""",
    ),
    (
        "caribbean_american",
        "person",
        """
DeShawn Washington
LaToya Jefferson
Marcus Johnson Jr
Tyrone Williams
Keisha Brown
Jamal Robinson
Aaliyah Harris
Darnell Jackson
Shanice Thomas
Andre Davis
Winston Campbell
Delroy Thompson
Marcia Grant
Errol Morgan
Beverley Clarke
Jean-Claude Baptiste
Marie-Claire Toussaint
Wesner Pierre-Louis
Ketly Jean-Baptiste
Rolando Castro Dominguez
""",
    ),
    (
        "north_american",
        "person",
        """
Michael O'Connor
Jennifer Martinez
Christopher Lee
Ashley Nguyen
Brandon Kim
Jessica Patel
Tyler Anderson
Brittany Thompson
Kevin Nguyen
Megan Rodriguez
Ryan Murphy
Lauren Garcia
Justin Chen
Amanda Wilson
Joshua Taylor
Stephanie Moore
Jean-François Tremblay
Marie-Ève Gagnon
Luc Bouchard
Geneviève Roy
Mathieu Côté
Isabelle Pelletier
Bruce MacKenzie
Liam O'Brien
Chloe Anderson
Jack Thompson
Mia Nguyen
Noah Williams
""",
    ),
    (
        "australian",
        "person",
        """
Bruce Mitchell
Sheila Murray
Kylie O'Neill
Matilda Kelly
Lachlan Fraser
Hamish McLeod
Aroha Ngata
Tane Walker
Mere Parata
""",
    ),
    (
        "korean",
        "person",
        """
Kim Da-hye
Lee Sang-hoon
Park Eun-young
Choi Jae-hyuk
Jung Mi-ran
Kang Tae-yang
Cho Hyun-jung
Yoon Sang-chul
Jang Hye-rim
Lim Chang-wook
Han Ji-soo
Oh Myung-hee
Seo Dong-jin
Shin Hae-won
Kwon Soon-ja
Hwang Byung-ki
Ahn Kyung-mi
Song Jae-ik
Jeon Hyun-sook
Hong Seok-jin
Baek Mi-kyung
Nam Sang-wook
Ryu Jung-hee
Yoo Bo-ra
Moon Kyu-ri
""",
    ),
    (
        "arabic",
        "person",
        """
Rami Saad Eddine
Nadim Khalifeh
Ziad Fakhreddine
Huda Barakat Saliba
Karim Abou Jaoude
Rana Chidiac
Wissam Bou Khalil
Sara Ghandour
Majdi Habash
Lama Dajani
Yazeed Nusseibeh
Firas Tamimi
Hala Jaber Saleh
Raed Shawa
Basma Qutub
Mohammad Kanaan
Ahmad Haj Yahya
Nizar Zreik
Suad Mahameed
Khaled Abu Rayya
""",
    ),
    (
        "persian",
        "person",
        """
Arman Sepehri
Dorsa Kamrani
Kamyar Roshan
Ladan Parvizi
Nader Golzar
Roxana Samadi
Shervin Motamedi
Yalda Bahrami
Farid Nikbakht
Sepideh Foroughi
""",
    ),
    (
        "russian",
        "person",
        """
Gleb Arkhipov
Zoya Fedoseeva
Timofey Voronin
Ulyana Shestakova
Savva Lukin
Varvara Kalinina
Platon Yegorov
Yevdokiya Rodionova
Lavrentiy Blinov
Milana Tikhonova
Arseniy Zhdanov
Vasilisa Nikiforova
Prokhor Zuev
Taisiya Markova
Elisey Bykov
""",
    ),
    (
        "chinese",
        "person",
        """
Zhuang Yiming
Qu Xiaoqing
Lei Zhenyu
Jia Tingting
Xue Kaiwen
Mo Shaocong
Yin Jiahui
Kang Ruolan
Duan Weiqi
Nie Haifeng
Lai Yuxin
Tan Jingwen
Xia Mingxuan
Hao Yunfei
Ge Shuyi
""",
    ),
    (
        "hispanic",
        "person",
        """
Aurelio Benavides Treviño
Brígida Solórzano Meza
Casimiro Urquidi Lozano
Dalia Zepeda Arreola
Eusebio Montalvo Quiroga
Fabiola Carranza Nájera
Gumersindo Paredes Olmos
Herminia Zavala Bustos
Isidro Cabañas Galindo
Jacinta Villalobos Rentería
Leopoldo Arizmendi Ocampo
Maribel Anaya Sotelo
Nicanor Bermúdez Pacheco
Obdulia Carmona Tejeda
Porfirio Galeana Ruelas
Rosalba Iturbide Salas
Saturnino Leyva Gallegos
Tránsito Cárcamo Funes
Urbano Escalante Rosales
Wenceslao Ferrer Ocaña
""",
    ),
    (
        "turkish",
        "person",
        """
Alper Karagöz
Beril Sarıkaya
Doğukan Yüksel
Ezgi Bayraktar
Göktuğ Ertürk
Irmak Şen
Koray Özbek
Nehir Çiftçi
Sarp Aydemir
Tuana Kılınç
""",
    ),
    (
        "indian",
        "person",
        """
Abhishek Raghavan
Bhavana Chandran
Chetan Kulkarni
Divya Ramaswamy
Eshwar Prasad
Falguni Shah
Girish Nambiar
Hemalatha Venkataraman
Ishaan Malhotra
Jyoti Bhattacharya
Kunal Kapoor Sethi
Lavanya Rajagopal
Mohan Lal Khandelwal
Nikhil Oberoi
Pallavi Deshmukh
""",
    ),
    (
        "african",
        "person",
        """
Adaobi Nwachukwu
Babajide Ogundipe
Chukwuemeka Udeh
Damilola Akande
Efosa Igbinedion
Funke Adesanya
Gbenga Oyebanji
Ifeoma Chukwuma
Mwajuma Salim
Nyokabi Gitau
Odongo Okello
Pendo Wairimu
Rukia Abdi Noor
Sefu Mrema
Tatu Mwinyi Kombo
Wekesa Barasa
Zawadi Cherono
Amani Kiptoo
""",
    ),
    (
        "european",
        "person",
        """
Agnes Lindqvist
Bertrand Fauvel
Cornelia Brandstätter
Dorothea Weiss
Edoardo Bellini
Friederike Lorenz
Gaspard Chevalier
Henrike Vogel
Ilaria Santoro
Jacques Morel
Kasper Holm
Ludovica Ferraro
Maximilian Graf
Noémie Rolland
Oskar Lindgren
Pernille Dahl
Quentin Marchand
Rosalind Hughes
Sigrid Berg
Tobias Krämer
Ulrike Baumann
Wilhelmina Jansen
Xavier Delacroix
Yvonne Maier
Zsófia Szabó
Ambrose Fletcher
Beatrix Whitfield
Cedric Ashworth
Daphne Pemberton
""",
    ),
    (
        "latin",
        "organization",
        """
Refaccionaria Los Pinos S.A. de C.V.
Lavandería La Burbuja
Papelería El Estudiante
Carnicería Hermanos Ortega
Veterinaria Patitas Felices
Ópticas Visión Clara S.A.
Muebles Rústicos del Sur S.A. de C.V.
Servicios Contables Ramírez y Asociados
""",
    ),
    (
        "european",
        "organization",
        """
Glaserei Neumann GmbH
Schreinerei Holzwurm
Metzgerei Bauer
Fleuriste Les Jardins de Claire
Plomberie Girard SARL
Ottica Bianchi S.n.c.
Ferramenta Colombo
Zakład Stolarski Mazur
Kwiaciarnia Róża
Bloemenwinkel De Tulp
""",
    ),
    (
        "chinese",
        "organization",
        """
Shenzhen Huaqiang Precision Components Co., Ltd.
Guangzhou Baiyun Textile Trading Co., Ltd.
Ningbo Oriental Packaging Materials Co., Ltd.
Hangzhou Xinhua Printing Co., Ltd.
Suzhou Jinlong Garment Factory
Dongguan Everbright Plastic Products Co., Ltd.
Foshan Shunde Kitchen Appliance Co., Ltd.
Xiamen Seaview Seafood Import and Export Co., Ltd.
Qingdao Haitian Tire Trading Co., Ltd.
Tianjin Binhai Logistics Co., Ltd.
Chengdu Panda Tea House Catering Co., Ltd.
Wuhan Yangtze Bicycle Manufacturing Co., Ltd.
Kunming Flower Auction Trading Co., Ltd.
Zhejiang Yiwu Small Commodities Trading Co., Ltd.
Jiangsu Golden Rice Agricultural Technology Co., Ltd.
Shanghai Pudong Software Development Co., Ltd.
Beijing Chaoyang Dental Clinic Co., Ltd.
Harbin Ice Festival Tourism Co., Ltd.
Xi'an Terracotta Travel Service Co., Ltd.
Nanjing Purple Mountain Education Consulting Co., Ltd.
Changsha Xiangjiang Furniture Co., Ltd.
Hefei Lakeside Home Textiles Co., Ltd.
Zhengzhou Central Plains Flour Mill Co., Ltd.
Fuzhou Minjiang Ceramics Co., Ltd.
Shantou Toy Industrial Co., Ltd.
Wenzhou Leather Shoes Trading Co., Ltd.
Yantai Apple Orchard Cooperative
Shenyang Northern Heating Equipment Co., Ltd.
Dalian Port Seafood Processing Co., Ltd.
Guilin Landscape Photography Studio
Zhuhai Ocean Yacht Club Co., Ltd.
Jinan Spring City Pharmacy Chain Co., Ltd.
Hangzhou West Lake Longjing Tea Co., Ltd.
Shenzhen Bay Fitness Management Co., Ltd.
Guangdong Pearl River Cosmetics Co., Ltd.
Hong Kong Victoria Harbour Trading Limited
Kowloon Bay Garment Trading Company Limited
Tsim Sha Tsui Jewellery Limited
Wanchai Printing and Stationery Company Limited
Golden Dragon Restaurant Group Limited
Lucky Star Trading (HK) Limited
Everwin International Trading Limited
Great Wall Furniture Import Export Co., Ltd.
Huaxin Electronics Trading Co., Ltd.
Hengtai Hardware Tools Co., Ltd.
Jinyuan Textile Dyeing Co., Ltd.
Xinda Auto Parts Co., Ltd.
Yongsheng Steel Pipe Co., Ltd.
Tianli Agricultural Machinery Co., Ltd.
Fuxing Paper Products Co., Ltd.
Shenzhen Sunlight Lighting Technology Co., Ltd.
Guangzhou Meijia Beauty Trading Co., Ltd.
Shanghai Hongqiao Catering Management Co., Ltd.
Beijing Tongrentang Herbal Store Chaoyang Branch
Taipei Sunrise Bubble Tea Co., Ltd.
Kaohsiung Harbor Fishing Supplies Co., Ltd.
Taichung Precision Bicycle Parts Co., Ltd.
Macau Golden Lotus Pastry Shop
Singapore Lion City Trading Pte. Ltd.
Jurong Marine Supplies Pte Ltd
""",
    ),
    (
        "russian",
        "organization",
        """
OOO Romashka
OOO Vektor Plus
OOO Stroymaster
OOO Tekhnoservis
OOO Agrotorg Yug
OOO Siberian Forest Products
OOO Volga Bread Bakery
OOO Ural Furniture Factory
OOO Moskovskiy Knizhnyy Dom
OOO Avtozapchasti Sever
AO Sladkaya Zhizn Confectionery
AO Kaluga Dairy Plant
ZAO Petrovskiy Sad
PAO Nizhny Novgorod Brewery
IP Ivanova Svetlana Petrovna
IP Sidorov Aleksey Viktorovich
Tverskoy Textile Mill LLC
Kazan Honey Farm LLC
Tomsk Software Solutions LLC
Novosibirsk Ski Equipment JSC
Yaroslavl Paint Works JSC
Krasnodar Sunflower Oil Press LLC
Sochi Seaside Hotels LLC
Vladivostok Fish Market LLC
Murmansk Northern Lights Tours LLC
Samara Bicycle Club
Perm Wooden Toys Workshop
Kaliningrad Amber Jewellery LLC
Torgovyy Dom Kupets
Magazin Produkty 24
Apteka Zdorovye Plus
Stolovaya Nomer Odin
Avtoservis Na Leninskom
Ukrainian Sunflower Farmers Cooperative
Kyiv Coffee Roasters LLC
Lviv Chocolate Workshop TOV
TOV Karpaty Wood Products
TOV Odesa Port Catering
Kharkiv Tractor Spare Parts Trading TOV
Dnipro River Cruises LLC
Minsk Crystal Glassware OAO
Brest Linen Textiles
Gomel Agricultural Machinery Dealer
Almaty Apple Growers LLP
Astana Business Centre TOO
Tashkent Cotton Textiles LLC
Samarkand Silk Carpets Workshop
Bishkek Mountain Tours LLC
Tbilisi Wine Cellar LLC
Yerevan Brandy Traders LLC
Baku Caspian Caviar Shop
""",
    ),
    (
        "turkish",
        "organization",
        """
Yılmaz Tekstil Sanayi ve Ticaret Ltd. Şti.
Kaya Gıda Pazarlama A.Ş.
Demir İnşaat Taahhüt Ltd. Şti.
Öztürk Otomotiv Yedek Parça
Anadolu Halı Kilim Ticaret
Boğaziçi Turizm Seyahat Acentası
Ege Zeytinyağı Üretim Kooperatifi
Karadeniz Fındık İhracat A.Ş.
Marmara Lojistik Taşımacılık Ltd. Şti.
Akdeniz Narenciye Ticaret Ltd. Şti.
Istanbul Kuyumcular Çarşısı Altın Ticaret
Ankara Kırtasiye Matbaa Ltd. Şti.
İzmir Deri Konfeksiyon Sanayi
Bursa Havlu Tekstil A.Ş.
Konya Un Fabrikası Ltd. Şti.
Gaziantep Baklava Evi
Kayseri Pastırma Sucuk Gıda
Antalya Otel İşletmeciliği A.Ş.
Trabzon Balıkçılık Su Ürünleri
Mersin Liman Hizmetleri Ltd. Şti.
Çelik Makina Sanayi ve Ticaret A.Ş.
Doğan Mobilya Dekorasyon
Şahin Elektrik Elektronik Ticaret
Aydın Kimya Temizlik Ürünleri
Güneş Enerji Sistemleri Ltd. Şti.
Yıldız Plastik Ambalaj Sanayi
Koç Eczanesi
Aslan Kasap ve Et Ürünleri
Ayhan Kuaför Salonu
Usta Döner Kebap Salonu
Yilmaz Tekstil Sanayi Ve Ticaret Ltd Sti
Kaya Gida Pazarlama AS
Ozturk Dis Ticaret Ltd Sti
Anatolian Carpet Trading Ltd
Bosphorus Yacht Charter Ltd
Cappadocia Balloon Tours Ltd
""",
    ),
    (
        "persian",
        "organization",
        """
Pars Saffron Export Company
Tehran Carpet Bazaar Trading
Isfahan Handicrafts Cooperative
Shiraz Rosewater Distillery
Tabriz Leather Goods Workshop
Mashhad Pistachio Growers Union
Kerman Dates Packing Company
Yazd Sweets and Confectionery
Gilan Tea Producers Cooperative
Caspian Rice Milling Company
Kish Island Beach Resort Company
Qeshm Fishing Supplies Store
Sherkat-e Nan-e Sahar Bakery
Sherkate Pakhsh Darou Salamat
Ketabfroushi Ferdowsi Bookstore
Daroukhaneh Dr Ahmadi Pharmacy
Persian Garden Restaurant
Parsian Tile and Ceramics Trading
Nazari Brothers Dried Fruit Company
Golestan Honey Farm
Mehregan Language Institute
Azadi Sports Club Tehran
Shahrvand Furniture Gallery
Negin Jewellery Gallery
Hamedan Pottery Workshop
""",
    ),
    (
        "arabic",
        "organization",
        """
Al Noor Trading Est.
Al Amal General Trading LLC
Al Baraka Foodstuff Trading LLC
Al Safa Building Materials Trading
Al Rawda Flower Shop
Al Madina Supermarket
Al Fajr Printing Press
Al Hilal Sports Club Riyadh Branch
Al Jazeera Furniture Factory
Al Waha Travel and Tourism
Al Khaleej Car Rental LLC
Al Reef Bakery
Al Sultan Sweets
Al Bayan Translation Services
Al Andalus Carpets
Al Rayan Medical Center
Al Salam Hospital Pharmacy
Al Zahra Beauty Salon
Al Manar Optical Center
Al Ameen Money Exchange Dubai
Al Fardan Jewellery LLC
Dar Al Kitab Bookshop
Bayt Al Qahwa Coffee House
Souq Al Tawabel Spices
Jumeirah Palm Real Estate Brokers
Deira Gold Souk Trading
Sharjah Textile Market LLC
Ajman Marine Workshop
Fujairah Stone Crushers LLC
Ras Al Khaimah Ceramics Trading
Abu Dhabi Date Palm Nursery
Muscat Frankincense House
Salalah Coconut Traders
Manama Pearl Divers Heritage Shop
Doha Falcon Equipment Store
Kuwait Sea Food Company
Riyadh Camel Milk Dairy
Jeddah Corniche Seafood Restaurant
Makkah Hotel Services Company
Madinah Dates Company
Amman Olive Oil Press
Petra Tours and Travel
Beirut Cedar Wood Furniture
Byblos Wine Estates SAL
Tripoli Soap Factory
Damascus Rose Perfumes
Aleppo Laurel Soap Workshop
Cairo Papyrus Gallery
Alexandria Cotton Spinning Company
Khan El Khalili Brass Works
Luxor Alabaster Factory
Aswan Nubian Crafts
Tunis Olive Export SARL
Sfax Almond Traders SARL
Casablanca Argan Cooperative
Marrakech Riad Hospitality SARL
Fes Tannery Leather Goods
Algiers Couscous Mill SARL
Oran Fishing Cooperative
Khartoum Gum Arabic Traders
Sanaa Coffee Mocha Traders
Baghdad Date Syrup Company
Basra Fishermen Cooperative
Erbil Honey Market
Mosul Marble Works
""",
    ),
    (
        "korean",
        "organization",
        """
Hanbit Electronics Co., Ltd.
Saerom Food Trading Co., Ltd.
Daehan Steel Pipe Co., Ltd.
Mirae Semiconductor Parts Co., Ltd.
Hanul Logistics Co., Ltd.
Seoul Kimchi Factory
Busan Port Fisheries Co., Ltd.
Incheon Airport Catering Co., Ltd.
Daegu Textile Dyeing Co., Ltd.
Gwangju Kia Auto Repair Shop
Jeju Tangerine Farm Cooperative
Suwon Galbi Restaurant
Gangnam Dental Clinic
Myeongdong Cosmetics Store
Namdaemun Market Trading
Hyundai Bakery Seocho Branch
Samsung Laundry Service
Daewoo Tailor Shop
Kumgang Mountain Travel Agency
Chosun Hanbok Boutique
""",
    ),
    (
        "japanese",
        "organization",
        """
Tanaka Shoten K.K.
Yamamoto Seisakusho Co., Ltd.
Suzuki Bussan Kabushiki Kaisha
Osaka Bay Trading Co., Ltd.
Kyoto Tea Ceremony Supplies
Nagoya Precision Gear Co., Ltd.
Sapporo Snow Festival Tours
Fukuoka Ramen Yatai Co., Ltd.
Kobe Beef Steakhouse
Yokohama Harbor Warehouse K.K.
Hiroshima Oyster Farm
Sendai Rice Wine Brewery
Okinawa Coral Diving School
Nihon Kogyo Trading Co., Ltd.
Daiichi Paper Industries Co., Ltd.
""",
    ),
    (
        "vietnamese",
        "organization",
        """
Công ty TNHH Thương mại Hoàng Long
Công ty Cổ phần Xây dựng Hòa Bình Mới
Cong ty TNHH Dich vu Van tai Minh Phat
Saigon Coffee Roastery Company Limited
Hanoi Silk Embroidery Shop
Da Nang Seafood Export Joint Stock Company
Mekong Rice Trading Company Limited
Hai Phong Port Logistics JSC
Can Tho Fruit Processing Co., Ltd.
Hue Imperial Cuisine Restaurant
Vinh Phat Garment Co., Ltd.
Thanh Cong Furniture Co., Ltd.
Phu Quoc Fish Sauce Cooperative
Nha Trang Pearl Farm
Ben Thanh Market Souvenirs
""",
    ),
    (
        "indian",
        "organization",
        """
Sharma Textiles Private Limited
Patel Engineering Works Pvt Ltd
Gupta Trading Company
Mehta Diamonds Pvt. Ltd.
Reddy Pharma Distributors
Iyer and Sons Provision Stores
Krishna Sweets and Bakers
Ganesh Transport Company
Lakshmi Jewellers
Balaji Medical Stores
Sai Baba Electricals
Shree Ram Steel Traders
Om Shanti Tours and Travels
Jai Hind Auto Spares
Bharat Agro Industries
Hindustan Rice Mills
Mumbai Spice Exporters Pvt Ltd
Delhi Darbar Restaurant
Chennai Silks Private Limited
Kolkata Jute Mills Limited
Bangalore Software Consultants Pvt Ltd
Hyderabad Biryani House
Pune Auto Components Pvt Ltd
Ahmedabad Cotton Ginning Company
Surat Saree Emporium
Jaipur Gems Palace
Kerala Coir Products Cooperative
Goa Cashew Processing Unit
Punjab Tractors Service Centre
Amritsar Woollen Mills
Tata Consultancy Trainees Association
Reliance Fresh Kirana Store Andheri
Infosys Alumni Cricket Club
Karachi Textile Mills Limited
Lahore Shoe Company
Faisalabad Cotton Traders
Sialkot Sports Goods Manufacturers
Peshawar Dry Fruit Merchants
Quetta Carpets House
Dhaka Garments Export Limited
Chittagong Ship Breaking Yard Traders
Sylhet Tea Estate Limited
Colombo Tea Brokers Limited
Kandy Spice Garden
Kathmandu Pashmina House
""",
    ),
    (
        "latin",
        "organization",
        """
Comercializadora del Norte S.A. de C.V.
Distribuidora de Alimentos La Esperanza S.A. de C.V.
Transportes Rápidos del Bajío S.A. de C.V.
Constructora Hernández y Asociados S.A. de C.V.
Panadería La Guadalupana
Tortillería El Sol
Abarrotes Doña Lupita
Farmacia San José
Taller Mecánico Los Compadres
Ferretería El Martillo
Inmobiliaria Monterrey Norte S.A.
Grupo Industrial Saltillo Textil S.A. de C.V.
Importadora y Exportadora del Pacífico S.A.
Servicios Agrícolas del Valle S.A. de C.V.
Café de Altura Chiapas S.C. de R.L.
Mezcal Artesanal Oaxaca S.P.R. de R.L.
Floricultura Bogotá Sabana S.A.S.
Cafetería Juan Valdez del Parque S.A.S.
Confecciones Medellín Moda S.A.S.
Agropecuaria Los Llanos S.A.S.
Inversiones Caracas Este C.A.
Distribuidora Maracaibo Lago C.A.
Panadería y Pastelería La Caraqueña C.A.
Constructora Andina S.A.
Exportadora de Frutas Chilenas Ltda.
Viña Santa Rosa Limitada
Pesquera del Sur S.A.
Minera Altiplano S.R.L.
Textiles Lima Norte S.A.C.
Ceviche y Pisco El Muelle E.I.R.L.
Frigorífico Pampa Húmeda S.A.
Yerba Mate Misiones S.R.L.
Bodega Mendoza Malbec S.A.
Tabacalera Habanos del Valle
Cooperativa Cafetalera Las Nubes
Banco Popular de Ahorro Comunal
Transportes Quintero Hermanos
Hermanos García Construcciones
Restaurante El Cubano
Seguros La Confianza S.A.
Comercial Santa Fe Ltda.
Padaria Pão Quente Ltda.
Construtora Horizonte Ltda.
Transportadora Rio Grande Ltda.
Supermercado Boa Vista Eireli
Farmácia Popular Saúde Ltda.
Indústria de Calçados Franca S.A.
Café Fazenda Santa Luzia
Agropecuária Cerrado Verde S.A.
Lisboa Azulejos Comércio Lda.
Porto Wine Cellars Lda.
Vinhos do Douro Exportação Lda.
""",
    ),
    (
        "european",
        "organization",
        """
Müller Maschinenbau GmbH
Schmidt und Söhne Bauunternehmen GmbH
Bäckerei Weber
Fischer Elektrotechnik GmbH
Hoffmann Logistik GmbH & Co. KG
Bayerische Brauerei Huber
Schwarzwald Uhren Manufaktur GmbH
Hamburger Hafen Spedition GmbH
Berliner Stadtwerke Service GmbH
Alpen Käserei AG
Zürich Uhrenhandel AG
Wiener Kaffeehaus Betriebs GmbH
Salzburger Festspiel Reisen GmbH
Boulangerie Dupont
Transports Martin SARL
Société Générale de Nettoyage SARL
Cave à Vins de Bordeaux SAS
Fromagerie Normande SAS
Atelier de Couture Lefebvre
Pharmacie du Centre
Garage Renault Moreau
Brasserie du Port
Librairie Saint-Michel
Pasticceria Rossi
Ferrari Impianti Elettrici S.r.l.
Trattoria da Giovanni
Oleificio Toscano S.p.A.
Cantina Sociale di Montalcino
Tessitura Comasca S.r.l.
Autotrasporti Esposito S.r.l.
Mobili Brianza S.r.l.
Nowak Transport Sp. z o.o.
Kowalski Budownictwo Sp. z o.o.
Piekarnia Wiśniewski
Gdańsk Amber Trading Sp. z o.o.
Van Dijk Bloemen B.V.
Bakker Transport B.V.
De Vries Kaashandel
Rotterdam Haven Diensten B.V.
Antwerp Diamond Cutters BVBA
Brussels Chocolatier SPRL
Johansson Bygg AB
Nordic Timber Export AB
Hansen Fiskeri AS
Copenhagen Design ApS
Helsinki Sauna Products Oy
Athens Olive Oil Traders S.A.
Piraeus Ship Chandlers Ltd
Limassol Yacht Services Ltd
Dublin Whiskey Distillers Ltd
Smith & Sons Plumbing Ltd
Johnson Family Bakery
Green Valley Farms Ltd
Northern Star Shipping Ltd
Atlantic Seafood Traders Ltd
Royal Oak Antiques
Westminster Property Management Ltd
Manchester Textile Mills Ltd
Highland Salmon Company Ltd
Cardiff Bay Construction Ltd
Bristol Engineering Services Ltd
Oxford Language School Ltd
Cambridge Scientific Instruments Ltd
Thames Valley Logistics Ltd
""",
    ),
    (
        "african",
        "organization",
        """
Lagos Island Fabrics Ltd
Kano Groundnut Traders Ltd
Abuja Executive Car Hire Ltd
Onitsha Main Market Electronics Dealers
Ibadan Cocoa Farmers Cooperative
Port Harcourt Marine Services Ltd
Aba Leather Works Enterprises
Enugu Coal City Bakery
Accra Kente Weavers Association
Kumasi Timber Sawmill Ltd
Tema Harbour Freight Services
Nairobi Safari Tours Ltd
Mombasa Spice Traders
Kisumu Fish Processors Ltd
Eldoret Maize Millers Ltd
Dar es Salaam Cashew Exporters Ltd
Arusha Coffee Estates Ltd
Zanzibar Clove Growers Cooperative
Kampala Matooke Traders
Kigali Coffee Washing Station Ltd
Addis Ababa Leather Tannery PLC
Ethiopian Highland Honey PLC
Asmara Textile Workshop
Harare Tobacco Auction Floors Ltd
Bulawayo Engineering Works
Lusaka Copper Crafts
Lilongwe Groundnut Cooperative
Maputo Cashew Processing Lda
Luanda Fish Market Lda
Johannesburg Gold Jewellers (Pty) Ltd
Cape Town Winelands Estates (Pty) Ltd
Durban Sugar Traders (Pty) Ltd
Soweto Shisanyama Restaurant
Pretoria Jacaranda Florist
Windhoek Meat Processors (Pty) Ltd
Gaborone Diamond Polishers (Pty) Ltd
Dakar Sahel Couture SARL
Abidjan Cacao Négoce SARL
Bamako Coton Artisanal
Ouagadougou Karité Coopérative
Douala Port Manutention SARL
Yaoundé Café Torréfaction SARL
Kinshasa Transport Fluvial SPRL
Lubumbashi Cuivre Négoce SPRL
Libreville Bois Tropicaux SA
Conakry Bauxite Logistique SARL
Freetown Diamond Traders Association
Monrovia Rubber Plantation Inc
Banjul River Tours
Nouakchott Dattes du Désert SARL
""",
    ),
    (
        "generic",
        "organization",
        """
Global Trading International LLC
International Trade Partners Ltd
United Import Export Company
General Trading and Contracting Co.
Golden Star Trading LLC
Silver Moon General Trading
Sunrise Electronics Ltd
Sunshine Technology Co., Ltd.
Blue Ocean Shipping Agency
Red Sea Marine Services
Green Energy Solutions Ltd
Eastern Star Logistics Ltd
Western Union Road Transport Ltd
Pacific Rim Import Export Inc.
Atlantic Trading Company
Continental Industries Group
Universal Engineering Services LLC
National Catering Services Company
Royal Crown Hotel Management LLC
Premier Consulting Group
First Choice Auto Parts
Elite Security Services Ltd
Prime Medical Supplies LLC
Alpha Construction Company
Omega Investment Advisors
Delta Agricultural Products Ltd
Star Textiles Trading Est.
Crescent Moon Trading Co.
Falcon Aviation Services Ltd
Eagle Freight Forwarding Ltd
Phoenix Industrial Supplies
Lotus Flower Imports
Jasmine Garden Restaurant
Orchid Beauty Products Trading
Pearl Shipping and Logistics
Diamond Construction Equipment Rental
Emerald Petroleum Services LLC
Sapphire Hospitality Group
Ruby Textiles Manufacturing
Crystal Water Bottling Company
Mountain View Dairy Farm
River Side Timber Company
Lakeview Holiday Resort
Horizon Technologies Inc.
Pioneer Machinery Trading LLC
Summit Engineering Consultants
Vanguard Security Systems Ltd
Heritage Carpets and Rugs
Harmony Music School
Unity Microfinance Bank
Hope Foundation for Children
Peace Corps Alumni Association
Friends of the Earth Local Chapter
Rotary Club of Downtown
Lions Club Charity Fund
Red Crescent Volunteers Association
Medical Aid for Children Trust
Islamic Relief Community Kitchen
Christian Aid Thrift Shop
Jewish Community Centre Library
Buddhist Temple Meditation Society
Hindu Cultural Association
Sikh Gurdwara Langar Committee
Saint Mary's Parish Choir
International Chess Federation Youth Club
Asian Development Consultants Ltd
African Growth Partners Ltd
European Machinery Traders GmbH
American Appliance Repair Inc.
Middle East Trading Company
Gulf Marine Engineering Co.
Caspian Logistics Group
Black Sea Grain Traders
Mediterranean Shipping Agents Ltd
Baltic Timber Trading
Silk Road Tours and Travel
Oriental Carpets Trading
Eastern Europe Freight Services
Central Asia Cotton Traders
Far East Electronics Trading Co.
South Seas Pearl Company
Northern Lights Energy AS
Arctic Fisheries Ltd
Sahara Solar Power Company
Amazon Rainforest Eco Tours
Andes Mountain Coffee Company
Himalayan Herbs Trading
Tropical Fruits Export Company
Polar Refrigeration Services
Ocean Breeze Seafood Restaurant
Island Paradise Resorts Ltd
Desert Rose Perfumes Trading
Oasis Water Technologies LLC
Camel Caravan Tours
Palm Tree Date Company
Cedar Furniture Manufacturing
Olive Branch Catering
Golden Wheat Flour Mills
Sweet Honey Apiaries
Fresh Harvest Grocery
Happy Kids Toy Store
Smart Phone Repair Centre
City Taxi Services
Metro Cash and Carry Wholesale
Express Courier Services Ltd
Rapid Delivery Logistics
Safe Hands Security Company
Bright Future Education Centre
Top Quality Tailoring
Modern Office Furniture Ltd
Classic Car Restoration Workshop
Family Dental Care Clinic
Good Health Pharmacy
Healthy Life Organic Foods
Quick Print Copy Centre
Best Western Motel Roadside
Grand Plaza Hotel
Central Park Apartments Management
Union Shipping and Trading Co.
Trans Asia Freight Ltd
Inter Continental Logistics Ltd
Euro Asia Trading Company
Afro Asian Import Export Ltd
Pan African Mining Services
Pan American Beverage Distributors
Trans Gulf Transport Co.
Global Aviation Training Academy
International Shipping Services Agency
General Electric Repair Shop
Standard Chartered Accountants Society
National Electronics Repair Co.
Modern Electronics Trading Est.
Advanced Technology Solutions Ltd
Precision Engineering Works
Industrial Chemicals Trading Co.
Petrochemical Engineering Consultants Ltd
Energy Services International Ltd
Oil Field Supplies Trading LLC
Marine Engineering Services Co.
Aviation Spare Parts Trading LLC
Machine Tools Import Company
Steel Structures Fabrication LLC
Electronic Components Distribution Ltd
Computer Hardware Trading Co.
Telecommunication Equipment Services Ltd
Software Development Company
Scientific Instruments Supply Co.
Laboratory Equipment Trading LLC
Medical Equipment Distributors Ltd
Chemical Laboratories Supplies
Research and Development Consultants
Investment and Development Company
Construction and Trading Company
Import and Export Services Co.
Transport and Logistics Company
Shipping and Trading Agency
Engineering and Contracting Company
Industrial Development Corporation of Lusaka
Technology Transfer Consultants
""",
    ),
]
# INNOCENT-NAMES-END


def trigrams(text: str) -> set[str]:
    t = " " + " ".join(fold_words(text)) + " "
    return {t[i : i + 3] for i in range(len(t) - 2)}


def sanity_check(
    entries: list[Entry],
    parties: Parties,
    variants: list[Variant],
    innocent: list[tuple[str, str, str]],
) -> None:
    """Crude, independent of the screener: nearest list name by trigram Jaccard (--check)."""
    names: list[tuple[set[str], int, str]] = []
    for i, e in enumerate(entries):
        for n in sorted(set(Parties.all_names(e))):
            names.append((trigrams(n), parties.find(i), n))
    index: dict[str, list[int]] = {}
    for k, (grams, _, _) in enumerate(names):
        for g in grams:
            index.setdefault(g, []).append(k)

    def nearest(q: str) -> tuple[float, int, str]:
        qg = trigrams(q)
        shared: dict[int, int] = {}
        for g in sorted(qg):
            post = index.get(g, [])
            if len(post) > 4000:
                continue
            for k in post:
                shared[k] = shared.get(k, 0) + 1
        best = (0.0, -1, "")
        top = sorted(shared, key=lambda k: (-shared[k], k))[:200]
        for k in top:
            grams, party, n = names[k]
            jac = len(qg & grams) / len(qg | grams)
            if jac > best[0]:
                best = (jac, party, n)
        return best

    index_of = {(e.list, e.list_id): i for i, e in enumerate(entries)}
    per_cat: dict[str, list[int]] = {}
    for v in variants:
        j, party, _ = nearest(v.query)
        own = parties.find(index_of[(v.list, v.list_id)])
        per_cat.setdefault(v.category, []).append(1 if party == own else 0)
    total = sum(sum(x) for x in per_cat.values())
    print(
        f"check: variants whose trigram-nearest list name is of their own party: {total}/{len(variants)}"
    )
    for cat, hits in per_cat.items():
        print(f"check:   {cat}: {sum(hits)}/{len(hits)}")
    near = [(n, nearest(n)) for n, _, _ in innocent]
    sims = sorted(((b[0], n, b[2]) for n, b in near), reverse=True)
    for cut in (0.9, 0.8, 0.7, 0.6, 0.5):
        print(
            f"check: innocent names with trigram Jaccard >= {cut} to some list name: {sum(1 for x in sims if x[0] >= cut)}/{len(sims)}"
        )
    for j, n, ln in sims[:25]:
        print(f"check:   {j:.2f} {n!r} ~ {ln!r}")


def main() -> None:
    entries = load_all()
    parties = Parties(entries)
    variants, vdropped = build_variants(entries, parties)
    innocent, idropped, inear = build_innocent(parties)
    write_gz(
        OUT / "independent7_variants.csv.gz",
        ["query", "category", "kind", "list", "list_id", "list_name", "half"],
        ([v.query, v.category, v.kind, v.list, v.list_id, v.list_name, "all"] for v in variants),
    )
    write_gz(OUT / "independent7_innocent.csv.gz", ["name", "kind", "source"], innocent)
    print(f"entries {len(entries)}; parties {len({parties.find(i) for i in range(len(entries))})}")
    print(
        f"variants {len(variants)} in {len({v.category for v in variants})} categories; dropped as collisions {sum(vdropped.values())} {vdropped}"
    )
    print(f"innocent {len(innocent)}; dropped as listed {len(idropped)}: {idropped}")
    print(f"innocent dropped as near-listed (loose spelling) {len(inear)}: {inear}")
    if "--check" in sys.argv[1:]:
        sanity_check(entries, parties, variants, innocent)


if __name__ == "__main__":
    main()
