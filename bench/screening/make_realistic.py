"""Write the realistic-variant query set (issue 17): list-name variants and real innocent names.

    .venv/bin/python bench/screening/make_realistic.py

Writes ``data/realistic_variants.csv.gz`` and ``data/innocent_real.csv.gz`` (both committed, so
a run does not depend on this script's environment). Re-running with the same shipped lists and
packages gives the same files (fixed seed).

**Variants.** Entries of the shipped OFAC SDN and UN lists, rewritten by fixed rules the way a
customer types their own name (the rules are this script's, not taken from any evaluation set):

* ``typo``: one letter dropped, doubled, swapped with its neighbour or replaced by a keyboard
  neighbour, in one word of five or more letters (never the first letter);
* ``legal_typo``: the same slips, in a legal-form word (LIMITED, COMPANY, CORPORATION, STOCK ...);
* ``legal_spaced``: a legal form's letters written apart or with stray dots ("S A  De C V",
  "L L C", "J.S..C");
* ``legal_moved``: the legal form moved to the front, dropped, or written out / abbreviated;
* ``spacing``: two words joined, or a word of eight or more letters split in two;
* ``romanised``: one syllable-level slip in a romanised Korean or Arabic name (eo/o/u, ou/u,
  a/e/i/o vowels, hyphen added or dropped);
* ``original_script``: a non-Latin alias the list itself gives, as the query;
* ``long_company``: a company name of six or more words with one typo;
* ``order``: surname first with a comma.

Each query carries its entry (list, id) and a half: entries whose id hashes even are the *tune*
half (misses there may be read to find categories), odd ones the *report* half (its figures are
reported, its misses are not read for rules).

**Innocent names.** Real names of people and companies shipped inside installed PyPI packages
(none are restricted parties as far as the shipped lists say; see ``realistic.py`` for the
exclusions it reports):

* people: pip 26.3's ``AUTHORS.txt`` (pip contributors) and Pygments 2.21.0's ``AUTHORS``;
* companies: python-stdnum 2.2's ``stdnum/oui.dat`` (the IEEE MAC address registry's company
  names, as published at standards-oui.ieee.org).
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import random
import re
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from exportgate.screening.screener import load_sources, snapshot_dir  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
SEED = 17

LEGAL_WORDS = (
    "LIMITED",
    "COMPANY",
    "CORPORATION",
    "STOCK",
    "LIABILITY",
    "JOINT",
    "INCORPORATED",
    "ENTERPRISE",
)
#: legal forms written as letter runs (the customer's spacing / dots are applied to these)
LETTER_FORMS = {
    "LLC": "L L C",
    "JSC": "J S C",
    "SA": "S A",
    "SAS": "S A S",
    "SAC": "S A C",
    "SRL": "S R L",
    "KK": "K K",
    "AD": "A D",
    "DOO": "D O O",
    "OOO": "O O O",
    "CJSC": "C J S C",
    "PJSC": "P J S C",
    "OJSC": "O J S C",
    "SCS": "S C S",
    "FZE": "F Z E",
    "LTD": "L T D",
    "PLC": "P L C",
}
FORM_LONG = {
    "LLC": "LIMITED LIABILITY COMPANY",
    "LIMITED LIABILITY COMPANY": "LLC",
    "LTD": "LIMITED",
    "LIMITED": "LTD",
    "CO": "COMPANY",
    "COMPANY": "CO",
    "CORP": "CORPORATION",
    "CORPORATION": "CORP",
    "JSC": "JOINT STOCK COMPANY",
    "JOINT STOCK COMPANY": "JSC",
    "INC": "INCORPORATED",
}
KEYS = "qwertyuiop asdfghjkl zxcvbnm"
_ROWS = KEYS.split()


def neighbours(c: str) -> str:
    c = c.lower()
    for row in _ROWS:
        k = row.find(c)
        if k >= 0:
            return row[max(0, k - 1) : k] + row[k + 1 : k + 2]
    return ""


def slip(word: str, rng: random.Random) -> str:
    """One typing slip in ``word`` (never the first letter)."""
    k = rng.randrange(1, len(word))
    op = rng.choice(("drop", "double", "swap", "key"))
    upper = word.isupper()
    if op == "drop":
        out = word[:k] + word[k + 1 :]
    elif op == "double":
        out = word[:k] + word[k] + word[k:]
    elif op == "swap" and k < len(word) - 1:
        out = word[:k] + word[k + 1] + word[k] + word[k + 2 :]
    else:
        nb = neighbours(word[k]) or "e"
        ch = rng.choice(nb)
        out = word[:k] + (ch.upper() if upper else ch) + word[k + 1 :]
    return out if out != word else word[:k] + word[k + 1 :]


def half(list_id: str) -> str:
    return "tune" if hashlib.sha256(list_id.encode()).digest()[0] % 2 == 0 else "report"


_WORD = re.compile(r"[A-Za-z]+")
_FORM_AT_END = re.compile(
    r"[\s,]+(LIMITED LIABILITY COMPANY|JOINT STOCK COMPANY|CO\.?,? LTD\.?|COMPANY LIMITED|LLC|L\.L\.C\.|LTD\.?|LIMITED|"
    r"CO\.|COMPANY|CORPORATION|CORP\.?|INC\.?|JSC|S\.A\.(?: DE C\.V\.)?|SA|S\.A\.C\.|SAS|S\.R\.L\.|PJSC|OJSC|CJSC|FZE|GMBH|AG|PLC|K\.K\.|A\.D\.|D\.O\.O\.)$",
    re.I,
)
KOREAN_SLIPS = (
    ("EO", "O"),
    ("O", "U"),
    ("U", "O"),
    ("YO", "YU"),
    ("OK", "UK"),
    ("CH", "J"),
    ("K", "G"),
    ("-", " "),
    ("-", ""),
)
ARABIC_SLIPS = (
    ("OU", "U"),
    ("U", "OU"),
    ("A", "E"),
    ("E", "I"),
    ("I", "E"),
    ("U", "O"),
    ("O", "U"),
    ("DH", "D"),
    ("KH", "K"),
    ("Q", "K"),
    ("LL", "L"),
    ("AH", "A"),
)


def korean_like(name: str) -> bool:
    ws = [w for w in re.split(r"[\s-]+", name) if w]
    return (
        len(ws) >= 2
        and all(len(w) <= 6 for w in ws)
        and ws[0].upper()
        in (
            "KIM",
            "RI",
            "LI",
            "PAK",
            "PAEK",
            "CHOE",
            "CHANG",
            "JANG",
            "KANG",
            "JO",
            "CHO",
            "HAN",
            "JON",
            "CHON",
            "YUN",
            "O",
            "HYON",
            "KO",
            "SO",
            "SIN",
            "YU",
            "MUN",
            "HONG",
            "PYON",
            "RYU",
            "CHOI",
            "LEE",
            "PARK",
        )
    )


ARABIC_MARK = re.compile(
    r"\b(MOHAMMAD|MUHAMMAD|MOHAMED|ABD|ABDUL|ABU|AL|BIN|IBN|HUSSAIN|HASSAN|ALI|AHMAD|AHMED|ABDUL\w+|ABDEL\w+|ABDUL)\b",
    re.I,
)


def romanised_slip(name: str, rng: random.Random, table: tuple[tuple[str, str], ...]) -> str | None:
    options = [(a, b) for a, b in table if a in name.upper()]
    rng.shuffle(options)
    for a, b in options:
        # replace one occurrence inside a word (not the first letter of the name)
        starts = [m.start() for m in re.finditer(re.escape(a), name.upper()) if m.start() > 0]
        if not starts:
            continue
        k = rng.choice(starts)
        seg = name[k : k + len(a)]
        rep = b.lower() if seg.islower() else b
        out = name[:k] + rep + name[k + len(a) :]
        if out != name:
            return out
    return None


def variants(ent, rng: random.Random) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    name = ent.name
    out: list[tuple[str, str]] = []
    words = _WORD.findall(name)
    long_words = [w for w in words if len(w) >= 5 and w.upper() not in LEGAL_WORDS]
    if long_words:
        w = rng.choice(long_words)
        out.append(("typo", name.replace(w, slip(w, rng), 1)))
    if ent.kind == "organization":
        legal = [w for w in words if w.upper() in LEGAL_WORDS]
        if legal:
            w = rng.choice(legal)
            out.append(("legal_typo", name.replace(w, slip(w, rng), 1)))
        m = _FORM_AT_END.search(name)
        if m:
            form = m.group(1)
            core = name[: m.start()].strip(" ,")
            letters = re.sub(r"[^A-Za-z ]", "", form).upper()
            key = letters.replace(" ", "")
            if key in LETTER_FORMS or letters in ("S A DE C V", "SA DE CV"):
                spaced = "S A  De C V" if key == "SADECV" else LETTER_FORMS[key]
                style = rng.choice(("spaces", "dots"))
                if style == "dots":
                    spaced = ".".join(spaced.split()) + rng.choice(("..", ".", ""))
                    spaced = spaced.replace(".", "..", 1) if len(spaced) > 3 else spaced
                out.append(("legal_spaced", f"{core} {spaced}"))
            choice = rng.choice(("front", "drop", "swap"))
            norm_form = re.sub(r"[.,]", "", form).upper().strip()
            if choice == "swap" and norm_form in FORM_LONG:
                out.append(("legal_moved", f"{core} {FORM_LONG[norm_form]}"))
            elif choice == "front":
                out.append(("legal_moved", f"{form} {core}"))
            else:
                out.append(("legal_moved", core))
        if len(words) >= 6 and long_words:
            w = rng.choice(long_words)
            out.append(("long_company", name.replace(w, slip(w, rng), 1)))
    joinable = [i for i in range(len(words) - 1) if words[i].upper() not in LEGAL_WORDS]
    if len(words) >= 3 and joinable and rng.random() < 0.5:
        i = rng.choice(joinable)
        out.append(
            ("spacing", name.replace(f"{words[i]} {words[i + 1]}", words[i] + words[i + 1], 1))
        )
    else:
        big = [w for w in words if len(w) >= 8]
        if big:
            w = rng.choice(big)
            k = rng.randrange(3, len(w) - 3)
            out.append(("spacing", name.replace(w, w[:k] + " " + w[k:], 1)))
    if ent.kind == "person":
        if korean_like(name):
            v = romanised_slip(name, rng, KOREAN_SLIPS)
            if v:
                out.append(("romanised", v))
        elif ARABIC_MARK.search(name):
            v = romanised_slip(name, rng, ARABIC_SLIPS)
            if v:
                out.append(("romanised", v))
        if len(words) >= 2 and "," not in name:
            parts = name.split()
            out.append(("order", f"{parts[-1]}, {' '.join(parts[:-1])}"))
    originals = [a.name for a in ent.aliases if non_latin(a.name)]
    if originals:
        out.append(("original_script", rng.choice(originals)))
    return [(c, q) for c, q in out if q.strip() and q != name]


def non_latin(text: str) -> bool:
    """A name written in another script (not only accented Latin or curly quotes)."""
    import unicodedata

    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all("LATIN" not in unicodedata.name(c, "") for c in letters)


def persons_from_packages() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for dist, fname in (("pip", "AUTHORS.txt"), ("Pygments", "AUTHORS")):
        d = metadata.distribution(dist)
        files = [f for f in d.files or () if f.name == fname]
        text = files[0].read_text(encoding="utf-8")
        src = f"{dist} {d.version} {files[0]}"
        for line in text.splitlines():
            line = line.strip()
            if dist == "Pygments":
                if not line.startswith("* "):
                    continue
                line = line[2:].split(" -- ")[0].split(",")[0].strip()
            line = re.sub(r"\s*[<(].*$", "", line).strip()
            ws = line.split()
            if (
                len(ws) < 2
                or len(ws) > 4
                or not all(re.fullmatch(r"[^\W\d_][\w.'-]*", w) for w in ws)
            ):
                continue
            out.append((line, src))
    return out


def companies_from_stdnum() -> list[tuple[str, str]]:
    d = metadata.distribution("python-stdnum")
    f = next(x for x in d.files or () if x.name == "oui.dat")
    src = f"python-stdnum {d.version} {f}"
    names = set()
    for line in f.read_text(encoding="utf-8").splitlines():
        m = re.search(r'o="([^"]+)"', line)
        if m and len(m.group(1)) >= 4:
            names.add(m.group(1).strip())
    return [(n, src) for n in sorted(names)]


def write(path: Path, header: list[str], rows: list[list[str]], comment: str) -> None:
    buf = io.StringIO()
    buf.write(comment)
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    with gzip.GzipFile(path, "wb", mtime=0) as fh:
        fh.write(buf.getvalue().encode("utf-8"))


def main() -> int:
    rng = random.Random(SEED)
    loaded = load_sources([snapshot_dir()])
    ents = [
        e
        for e in loaded.entities
        if e.list in ("us_ofac_sdn", "un_sc") and e.kind in ("person", "organization")
    ]
    ents.sort(key=lambda e: (e.list, e.list_id))
    pool = rng.sample(ents, 320)
    # long company names and romanised names are rare in a plain sample: add some on purpose
    longs = [e for e in ents if e.kind == "organization" and len(_WORD.findall(e.name)) >= 6]
    korean = [e for e in ents if e.kind == "person" and korean_like(e.name)]
    legal = [e for e in ents if e.kind == "organization" and _FORM_AT_END.search(e.name)]
    seen = {(e.list, e.list_id) for e in pool}
    scripts = [e for e in ents if any(non_latin(a.name) for a in e.aliases)]
    for extra, k in ((longs, 60), (korean, 60), (legal, 90), (scripts, 60)):
        for e in rng.sample(extra, min(k, len(extra))):
            if (e.list, e.list_id) not in seen:
                seen.add((e.list, e.list_id))
                pool.append(e)
    rows: list[list[str]] = []
    for e in pool:
        for cat, q in variants(e, rng):
            rows.append([q, cat, e.kind or "", e.list, e.list_id, e.name, half(e.list_id)])
    write(
        DATA / "realistic_variants.csv.gz",
        ["query", "category", "kind", "list", "list_id", "list_name", "half"],
        rows,
        "# variants of shipped OFAC SDN / UN entries by bench/screening/make_realistic.py (seed 17)\n",
    )
    persons = persons_from_packages()
    companies = companies_from_stdnum()
    people = rng.sample(persons, min(1100, len(persons)))
    comps = rng.sample(companies, 3000 - len(people))
    inn = [[n, "person", s] for n, s in people] + [[n, "organization", s] for n, s in comps]
    for k, r in enumerate(inn):
        r.append("tune" if k % 2 == 0 else "report")
    write(
        DATA / "innocent_real.csv.gz",
        ["name", "kind", "source", "half"],
        inn,
        "# real people (pip / Pygments AUTHORS) and companies (IEEE OUI registry via python-stdnum)\n",
    )
    print(
        f"{len(rows)} variants of {len(pool)} entries; {len(inn)} innocent names ({len(people)} people)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
