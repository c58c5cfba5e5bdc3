"""Write the screening *development* set (issue 17): fresh list-name variants and fresh innocent
names, for finding and fixing whole categories of misses and false alerts without reading the
realistic set's report half.

    PYTHONPATH=src:FAKER_SITE_PACKAGES .venv/bin/python bench/screening/make_dev.py

(``faker`` is a bench-only tool, never a dependency: install it into any virtual environment,
``python -m venv /tmp/fk && /tmp/fk/bin/pip install faker`` (40.63.0 wrote the committed
files), and put its ``site-packages`` on ``PYTHONPATH``.) Writes ``data/dev_variants.csv.gz``
and ``data/dev_innocent.csv.gz`` (committed); same lists, same faker, same files (seed 1717).

**This is a development set**: rules may be read off and fitted to it, so its figures are no
evidence of generalisation by themselves. ``--name devcheck --seed 2024`` writes the check set
(``data/devcheck_*.csv.gz``): the same generators on other entries and other innocent names (the
development set's left out), to be run, not read, after fitting. It has two halves by entry (``a`` and ``b``, a hash of
the list id with its own salt) so that a rule read off one half can be checked on the other.

**Held out.** No entry of the realistic set (``realistic_variants.csv.gz``, either half) is
used, nor any entry whose name (rigour's legal forms removed, case-folded) equals the name of a
report-half entry there: the report half's figures stay independent of this set. Only the
``list`` / ``list_id`` / ``list_name`` columns of that file are read, never its queries.

**Variants** of entries of the shipped OFAC SDN, consolidated, UN, BIS DPL and CSL lists, by this
script's own generators (not ``make_realistic.py``'s), for the categories of issue 17:

* ``keyboard``: one letter replaced by a keyboard neighbour (any letter but the first);
* ``typo``: one letter dropped, doubled or swapped with the next, in a word of five or more;
* ``run_together`` / ``split``: two adjacent words written as one, or a word of seven or more
  letters written as two;
* ``legal_glued``: a legal-form word run on to the name word before it ("TRADINGCO", "ZORBEX
  ELECTRONICSCOMPANY"; drawn with a generator of its own, so the other categories stay put);
* ``acronym_spaced``: an acronym of the name (two to five capitals) written with spaces or dots
  ("K A S T", "K.A.S.T.", "K. A. S. T");
* ``legal_spaced``: the letters of a legal form written apart, with stray or doubled dots;
* ``legal_typo``: one slip (two in words of ten letters or more) in a word of a legal form as
  rigour's org-type data finds it ("OBSHCHESTVO", "AKTSIONERNOE", "GESELLSCHAFT", "LIMITED");
* ``legal_moved``: the legal form moved to the front, dropped, or swapped for a form of another
  language that rigour folds to the same generic form (LLC / GmbH / OOO / SARL ..., JSC / AG / SA
  / AO ...);
* ``given_slip``: a one-letter or one-syllable slip in the given name of a romanised Korean,
  Arabic, Chinese or Russian name (vowels, doubled letters, y / i, hyphens);
* ``translit``: the whole name in another common romanisation (Russian ks / x, kh / h, iy / y,
  yu / iu; Arabic ou / u, al- / el-, Mohammed spellings; Korean Ri / Lee, Pak / Park, Choe / Choi;
  Chinese pinyin / Wade-Giles consonants).

**Innocent names**, from sources the realistic set's innocent names do not use (those come from
pip's and Pygments' AUTHORS files and the IEEE OUI registry), each with a ``category``:

* ``faker_person_<locale>`` / ``faker_company_<locale>``: Faker's person and company names in
  Latin-script and other-script locales (romanised where Faker romanises: ja_JP, zh_CN);
* ``common_<origin>``: common romanised Korean, Arabic, Chinese, Russian, Persian and Indian names
  from this script's own lists of frequent given names and surnames;
* ``generic_company``: company names made of a place, generic trade words, sometimes a brand
  word, and a legal form ("Dubai Star General Trading LLC"), from this script's own word lists;
* ``imsi_operator`` / ``bank``: real company names from python-stdnum's mobile-operator and bank
  registries (not its IEEE OUI registry, which the realistic set uses).
"""

from __future__ import annotations

import hashlib
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_realistic import neighbours, non_latin, write  # noqa: E402
from realistic import plain_name, read_csv  # noqa: E402
from rigour.names import extract_org_types, replace_org_types_compare  # noqa: E402

from exportgate.screening.screener import load_sources, snapshot_dir  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
SEED = 1717
#: ``--more``: the second development set's extra generators (``make_dev_more.py``)
MORE = False
LISTS = ("us_ofac_sdn", "us_ofac_cons", "un_sc", "us_bis_dpl", "us_csl")

_WORD = re.compile(r"[A-Za-z]+")


def dev_half(list_id: str) -> str:
    return "a" if hashlib.sha256(f"dev:{list_id}".encode()).digest()[0] % 2 == 0 else "b"


def _w(text: str, sep: str | None = None) -> list[str]:
    return text.split(sep)


def _case(rep: str, like: str) -> str:
    return rep.upper() if like.isupper() else rep.lower() if like.islower() else rep


# ---------------------------------------------------------------------------- letter slips


def keyboard_slip(word: str, rng: random.Random) -> str | None:
    ks = [k for k in range(1, len(word)) if neighbours(word[k])]
    if not ks:
        return None
    k = rng.choice(ks)
    ch = rng.choice(neighbours(word[k]))
    return word[:k] + _case(ch, word[k]) + word[k + 1 :]


def other_slip(word: str, rng: random.Random) -> str:
    k = rng.randrange(1, len(word))
    op = rng.choice(("drop", "double", "swap"))
    if op == "swap" and k < len(word) - 1 and word[k] != word[k + 1]:
        return word[:k] + word[k + 1] + word[k] + word[k + 2 :]
    if op == "double":
        return word[:k] + word[k] + word[k:]
    return word[:k] + word[k + 1 :]


def any_slip(word: str, rng: random.Random) -> str:
    if rng.random() < 0.4:
        out = keyboard_slip(word, rng)
        if out and out != word:
            return out
    out = other_slip(word, rng)
    return out if out != word else word[:-1]


def replace_word(name: str, old: str, new: str) -> str:
    return re.sub(rf"(?<![A-Za-z]){re.escape(old)}(?![A-Za-z])", lambda _m: new, name, count=1)


# ---------------------------------------------------------------------------- legal forms


def legal_span(name: str) -> tuple[int, int, str] | None:
    """The last legal form rigour finds in ``name``: (start, end, compare form)."""
    low = name.casefold()
    found = extract_org_types(low)
    if not found:
        return None
    span, form = found[-1]
    hits = list(re.finditer(rf"(?<!\w){re.escape(span)}(?!\w)", low))
    return (hits[-1].start(), hits[-1].end(), form) if hits else None


#: legal forms of other languages, by the generic form rigour folds them to
SWAPS = {
    "llc": [
        "LLC",
        "Ltd",
        "GmbH",
        "OOO",
        "SARL",
        "S.R.L.",
        "TOV",
        "Sp. z o.o.",
        "Limited Liability Company",
        "Obshchestvo s Ogranichennoy Otvetstvennostyu",
        "Sdn Bhd",
        "Pte Ltd",
    ],
    "jsc": [
        "JSC",
        "AG",
        "S.A.",
        "AO",
        "PAO",
        "ZAO",
        "OJSC",
        "Joint Stock Company",
        "Aktsionernoe Obshchestvo",
        "Sociedad Anonima",
        "Aktiengesellschaft",
    ],
}


def swap_forms(generic: str) -> list[str]:
    """The forms of ``generic`` whose generic form rigour agrees is the same."""
    out = []
    for f in SWAPS.get(generic, []):
        got = replace_org_types_compare(f.casefold(), generic=True)
        if got.replace(" ", "") == generic:
            out.append(f)
    return out


def spaced_letters(letters: str, rng: random.Random) -> str:
    style = rng.choice(("spaces", "dots", "dots_spaces", "double_dots", "mixed"))
    ls = list(letters)
    if style == "spaces":
        return " ".join(ls)
    if style == "dots":
        return ".".join(ls) + "."
    if style == "dots_spaces":
        return ". ".join(ls) + "."
    if style == "double_dots":
        k = rng.randrange(1, len(ls))
        return ".".join(ls[:k]) + ".." + ".".join(ls[k:]) + rng.choice(("", ".", ".."))
    return "".join(c + rng.choice((" ", ".", ". ", "  ")) for c in ls).strip()


def legal_variants(name: str, rng: random.Random) -> list[tuple[str, str]]:
    got = legal_span(name)
    if got is None:
        return []
    a, b, form = got
    span = name[a:b]
    core = (name[:a] + name[b:]).strip(" ,.-")
    core = re.sub(r"\s{2,}", " ", core)
    out: list[tuple[str, str]] = []
    letters = re.sub(r"[^A-Za-z]", "", span)
    if 2 <= len(letters) <= 5 and (" " not in span.strip() or "." in span or len(letters) <= 4):
        out.append(("legal_spaced", f"{name[:a]}{spaced_letters(letters.upper(), rng)}{name[b:]}"))
    long_words = [w for w in _WORD.findall(span) if len(w) >= 5]
    if long_words:
        w = rng.choice(long_words)
        typo = any_slip(w, rng)
        if len(w) >= 10 and rng.random() < 0.5:
            typo = any_slip(typo, rng)
        out.append(("legal_typo", name[:a] + replace_word(span, w, typo) + name[b:]))
    if not core or core == name:
        return out
    generic = replace_org_types_compare(span.casefold(), generic=True).replace(" ", "")
    swaps = [f for f in swap_forms(generic) if f.casefold() != span.casefold()]
    choice = rng.choice(("front", "drop", "swap", "swap"))
    if choice == "swap" and swaps:
        out.append(("legal_moved", f"{core} {rng.choice(swaps)}"))
    elif choice == "front":
        out.append(("legal_moved", f"{span.strip(' ,')} {core}"))
    else:
        out.append(("legal_moved", core))
    return out


# ---------------------------------------------------------------------------- romanised names

KOREAN_SURNAMES = frozenset(
    _w(
        "KIM RI LI LEE PAK PARK PAEK CHOE CHOI CHANG JANG KANG JO CHO HAN JON CHON JEON YUN YOON O OH "
        "HYON HYUN KO SO SIN SHIN YU MUN MOON HONG PYON RYU JU CHU SONG KWON KWAK NAM JI JONG JUNG "
        "CHONG HWANG AN AHN MIN"
    )
)
CHINESE_SURNAMES = frozenset(
    _w(
        "WANG LI ZHANG LIU CHEN YANG HUANG ZHAO WU ZHOU XU SUN MA ZHU HU GUO HE LIN GAO LUO ZHENG "
        "LIANG XIE SONG TANG HAN FENG DENG CAO PENG ZENG XIAO TIAN DONG YUAN PAN YU JIANG CAI JIA DING "
        "WEI XUE YE YAN SU LU SHEN REN QIN SHI CUI QIAN MENG"
    )
)
ARABIC_MARKS = re.compile(
    r"\b(MOHAMMAD|MOHAMMED|MUHAMMAD|MOHAMED|ABD|ABDUL|ABDEL|ABU|AL|BIN|IBN|HUSSAIN|HUSSEIN|HASSAN|"
    r"ALI|AHMAD|AHMED|ABDUL\w+|ABDEL\w+|ABDAL\w+|ABDOL\w+|\w+ULLAH|KHALID|OMAR|UMAR|YUSUF|"
    r"IBRAHIM|ISMAIL|MAHMOUD|MAHMUD|MUSTAFA|SAID|SAEED|NASSER|NASIR|FAISAL|HAMID|RAHMAN)\b",
    re.I,
)
RUSSIAN_END = re.compile(
    r"(OV|EV|IN|OVA|EVA|INA|SKY|SKIY|SKII|SKAYA|VICH|OVNA|EVNA|ENKO|CHUK|YUK)$", re.I
)


def origin(ent) -> str | None:  # type: ignore[no-untyped-def]
    words = [w.upper() for w in re.split(r"[\s,-]+", ent.name) if w]
    scripts = " ".join(a.name for a in ent.aliases)
    if len(words) < 2:
        return None
    if (
        words[0] in KOREAN_SURNAMES
        and all(len(w) <= 6 for w in words)
        or re.search(r"[\uac00-\ud7a3]", scripts)
    ):
        return "korean"
    if re.search(r"[\u4e00-\u9fff]", scripts) or (
        words[0] in CHINESE_SURNAMES and all(len(w) <= 6 for w in words)
    ):
        return "chinese"
    if ARABIC_MARKS.search(ent.name) or re.search(r"[\u0600-\u06ff]", scripts):
        return "arabic"
    if re.search(r"[\u0400-\u04ff]", scripts) or any(RUSSIAN_END.search(w) for w in words):
        return "russian"
    return None


GIVEN_SLIPS = {
    "korean": (
        ("EO", "O"),
        ("O", "EO"),
        ("U", "OO"),
        ("OO", "U"),
        ("YO", "YOU"),
        ("AE", "E"),
        ("E", "AE"),
        ("I", "EE"),
        ("YU", "YOO"),
        ("U", "O"),
        ("O", "U"),
        ("CH", "J"),
        ("J", "CH"),
        ("K", "G"),
        ("G", "K"),
        ("P", "B"),
        ("T", "D"),
        ("-", " "),
        ("-", ""),
    ),
    "arabic": (
        ("OU", "U"),
        ("U", "OU"),
        ("A", "E"),
        ("E", "A"),
        ("I", "EE"),
        ("EE", "I"),
        ("U", "OO"),
        ("OO", "U"),
        ("I", "E"),
        ("U", "O"),
        ("O", "U"),
        ("SS", "S"),
        ("S", "SS"),
        ("MM", "M"),
        ("M", "MM"),
        ("DD", "D"),
        ("DH", "D"),
        ("KH", "K"),
        ("Q", "K"),
        ("Q", "G"),
        ("AH", "A"),
        ("Y", "I"),
        ("I", "Y"),
    ),
    "chinese": (
        ("ZH", "Z"),
        ("Z", "ZH"),
        ("ING", "IN"),
        ("IN", "ING"),
        ("ANG", "AN"),
        ("AN", "ANG"),
        ("ENG", "EN"),
        ("EN", "ENG"),
        ("X", "S"),
        ("Q", "CH"),
        ("IA", "YA"),
        ("IE", "YE"),
        ("UI", "UEI"),
        ("IU", "IOU"),
        ("AO", "AU"),
        ("-", " "),
        ("-", ""),
        (" ", ""),
    ),
    "russian": (
        ("IY", "Y"),
        ("Y", "I"),
        ("I", "Y"),
        ("YU", "IU"),
        ("YA", "IA"),
        ("IA", "YA"),
        ("KS", "X"),
        ("X", "KS"),
        ("KH", "H"),
        ("TS", "TZ"),
        ("E", "YE"),
        ("YE", "E"),
        ("SHCH", "SCH"),
        ("ZH", "J"),
        ("EI", "EY"),
        ("EY", "EI"),
        ("AI", "AY"),
        ("V", "W"),
        ("LL", "L"),
    ),
}


def _slip_in(word: str, table: tuple[tuple[str, str], ...], rng: random.Random) -> str | None:
    opts = [(a, b) for a, b in table if a in word.upper()[1:]]
    rng.shuffle(opts)
    for a, b in opts:
        starts = [m.start() for m in re.finditer(re.escape(a), word.upper()) if m.start() > 0]
        if starts:
            k = rng.choice(starts)
            out = word[:k] + _case(b, word[k : k + len(a)]) + word[k + len(a) :]
            if out != word and out.strip():
                return out
    return None


def given_slip(ent, org: str, rng: random.Random) -> str | None:  # type: ignore[no-untyped-def]
    name = ent.name
    if "," in name:  # "SURNAME, Given Names"
        sur, given = name.split(",", 1)
        words = given.split()
        if not words:
            return None
        i = rng.randrange(len(words))
        new = _slip_in(words[i], GIVEN_SLIPS[org], rng)
        if new is None:
            return None
        words[i] = new
        return f"{sur}, {' '.join(words)}"
    words = name.split()
    if len(words) < 2:
        return None
    # Korean and Chinese: surname first; others: the first word is the given name
    idx = list(range(1, len(words))) if org in ("korean", "chinese") else [0]
    i = rng.choice(idx)
    new = _slip_in(words[i], GIVEN_SLIPS[org], rng)
    if new is None:
        return None
    words[i] = new
    return " ".join(words)


TRANSLIT = {
    "russian": (
        (r"KS", "X"),
        (r"KH", "H"),
        (r"IY\b", "Y"),
        (r"YY\b", "Y"),
        (r"YU", "IU"),
        (r"YA", "IA"),
        (r"SHCH", "SCH"),
        (r"\bYE", "E"),
        (r"EV\b", "YEV"),
        (r"TS", "TZ"),
        (r"ZH", "J"),
        (r"I\b", "Y"),
    ),
    "arabic": (
        (r"\bMOHAMMED\b", "MUHAMMAD"),
        (r"\bMUHAMMAD\b", "MOHAMMED"),
        (r"\bMOHAMMAD\b", "MOHAMED"),
        (r"\bMOHAMED\b", "MOHAMMAD"),
        (r"\bAL[- ]", "EL-"),
        (r"\bEL[- ]", "AL-"),
        (r"\bABDUL ", "ABDEL "),
        (r"\bABD AL[- ]", "ABDUL "),
        (r"\bABDUL", "ABDOUL"),
        (r"OU", "U"),
        (r"EE", "I"),
        (r"OO", "U"),
        (r"\bAL-", "AL "),
        (r"\bAL-", "AL"),
        (r"SS", "S"),
        (r"IYY?", "I"),
        (r"Q", "K"),
    ),
    "korean": (
        (r"\bRI\b", "LEE"),
        (r"\bLI\b", "LEE"),
        (r"\bPAK\b", "PARK"),
        (r"\bCHOE\b", "CHOI"),
        (r"\bJO\b", "CHO"),
        (r"\bO\b", "OH"),
        (r"\bYUN\b", "YOON"),
        (r"\bJONG\b", "JEONG"),
        (r"\bSIN\b", "SHIN"),
        (r"\bMUN\b", "MOON"),
        (r"\bKANG\b", "GANG"),
        (r"\bHYON\b", "HYUN"),
        (r"\bCHON\b", "JEON"),
        (r"EO", "O"),
        (r"U", "OO"),
        (r"(\w)-(\w)", r"\1\2"),
        (r"(\w)-(\w)", r"\1 \2"),
    ),
    "chinese": (
        (r"ZH", "CH"),
        (r"\bX", "HS"),
        (r"\bQ", "CH"),
        (r"\bZ(?!H)", "TS"),
        (r"\bC(?!H)", "TS"),
        (r"ONG\b", "UNG"),
        (r"\bJ", "CH"),
        (r"\bR", "J"),
        (r"IAN\b", "IEN"),
        (r"UO\b", "O"),
        (r"(\w) (\w+)$", r"\1\2"),
    ),
}


def translit(ent, org: str, rng: random.Random) -> str | None:  # type: ignore[no-untyped-def]
    up = ent.name.upper()
    opts = [(a, b) for a, b in TRANSLIT[org] if re.search(a, up)]
    if not opts:
        return None
    rng.shuffle(opts)
    out = up
    for a, b in opts[: rng.choice((1, 1, 2))]:
        out = re.sub(a, b, out, count=1)
    return out if out != up else None


# ---------------------------------------------------------------------------- per entity


def acronym_spaced(name: str, rng: random.Random) -> str | None:
    got = legal_span(name)
    legal = set(name[got[0] : got[1]].upper().split()) if got else set()
    acr = [w for w in _acronyms(name) if w not in legal]
    if not acr:
        return None
    w = rng.choice(sorted(acr))
    return replace_word(name, w, spaced_letters(w, rng))


def _acronyms(name: str) -> set[str]:
    """Acronyms of a name: words of two to five capitals in a mixed-case name; in an
    all-capitals name, such words in brackets or without a vowel."""
    caps = set(re.findall(r"(?<![\w.])[A-Z]{2,5}(?![\w.])", name))
    if not name.isupper():
        return caps
    return set(re.findall(r"\(([A-Z]{2,5})\)", name)) | {
        w for w in caps if not re.search(r"[AEIOUY]", w)
    }


def legal_glued(ent) -> str | None:  # type: ignore[no-untyped-def]
    """A company's legal-form word run on to the name word before it ("ACME TRADINGCO LTD",
    "ZORBEX ELECTRONICSCOMPANY"), with a random generator of its own (the other categories'
    draws stay as they were)."""
    if ent.kind != "organization":
        return None
    rng = random.Random(f"{SEED}:{ent.list}:{ent.list_id}:glued")
    seq = ent.name.split()
    spots = [
        i
        for i in range(1, len(seq))
        if legal_span(seq[i]) and seq[i - 1].isalpha() and not legal_span(seq[i - 1])
    ]
    if not spots or rng.random() < 0.3:
        return None
    i = rng.choice(spots)
    return " ".join(seq[: i - 1] + [seq[i - 1] + seq[i]] + seq[i + 1 :])


def entity_variants(ent, rng: random.Random) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    name = ent.name
    words = _WORD.findall(name)
    out: list[tuple[str, str]] = []
    legal_words: set[str] = set()
    if ent.kind == "organization":
        got = legal_span(name)
        if got:
            legal_words = {w.upper() for w in _WORD.findall(name[got[0] : got[1]])}
    plain = [w for w in words if w.upper() not in legal_words]
    longish = [w for w in plain if len(w) >= 4]
    if longish and rng.random() < 0.6:
        w = rng.choice(longish)
        new = keyboard_slip(w, rng)
        if new:
            out.append(("keyboard", replace_word(name, w, new)))
    five = [w for w in plain if len(w) >= 5]
    if five and rng.random() < 0.5:
        w = rng.choice(five)
        out.append(("typo", replace_word(name, w, other_slip(w, rng))))
    seq = name.split()
    pairs = [
        i
        for i in range(len(seq) - 1)
        if seq[i].isalpha()
        and seq[i + 1].isalpha()
        and seq[i].upper() not in legal_words
        and seq[i + 1].upper() not in legal_words
    ]
    if len(seq) >= 2 and pairs and rng.random() < 0.5:
        i = rng.choice(pairs)
        out.append(("run_together", " ".join(seq[:i] + [seq[i] + seq[i + 1]] + seq[i + 2 :])))
    glued = legal_glued(ent)
    if glued:
        out.append(("legal_glued", glued))
    seven = [w for w in plain if len(w) >= 7]
    if seven and rng.random() < 0.5:
        w = rng.choice(seven)
        k = rng.randrange(3, len(w) - 2)
        out.append(("split", replace_word(name, w, w[:k] + " " + w[k:])))
    if ent.kind == "organization":
        out.extend(legal_variants(name, rng))
        acr = acronym_spaced(name, rng)
        if acr:
            out.append(("acronym_spaced", acr))
    if ent.kind == "person":
        org = origin(ent)
        if org:
            g = given_slip(ent, org, rng)
            if g:
                out.append(("given_slip", g))
            t = translit(ent, org, rng)
            if t:
                out.append(("translit", t))
    if MORE:
        import make_dev_more

        span = legal_span(name) if ent.kind == "organization" else None
        org = origin(ent) if ent.kind == "person" else None
        out.extend(
            make_dev_more.more_variants(
                ent,
                SEED,
                legal_words,
                span[:2] if span else None,
                org,
                _acronyms(name) if ent.kind == "organization" else set(),
            )
        )
    return [(c, q) for c, q in out if q.strip() and q.casefold() != name.casefold()]


# ---------------------------------------------------------------------------- innocent names

COMMON = {
    "korean": (
        "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo "
        "Hong Jeon Ko Moon Yang Son Bae Baek Heo Nam Noh",
        "Min-jun Seo-yeon Ji-hoon Ha-eun Do-yun Ji-woo Seo-jun Su-bin Hyun-woo Ye-jin Jae-won "
        "Eun-ji Sung-min Young-ho Jin-soo Mi-kyung Dong-hyun Hye-jin Sang-woo Kyung-soo Min-seo "
        "Jun-ho Yu-na Tae-yang Seung-hoon Da-eun Ji-min Woo-jin Sun-hee Chul-soo",
        True,
    ),
    "chinese": (
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo "
        "Zheng Liang Xie Tang Feng Deng Cao Peng Zeng Xiao",
        "Wei Fang Na Min Jing Qiang Lei Jun Yong Yan Jie Tao Ming Chao Hui Xiaoming Jianguo "
        "Haiyan Xiuying Guiying Yufeng Zhiwei Jianhua Lihua Hongmei Xin Yu Hao Lin Yi",
        True,
    ),
    "arabic": (
        "Al-Masri Haddad Khoury Nasser Saleh Hamdan Mansour Qasim Aziz Farouk Al-Sayed Abbas "
        "Rahman Hashemi Othman Al-Amin Darwish Suleiman Barakat Shami Yousef Jaber Karam Awad "
        "Al-Hassan Bakr Zaki Halabi",
        "Mohammed Ahmed Ali Omar Khalid Hassan Hussein Youssef Ibrahim Abdullah Mahmoud Mustafa "
        "Tariq Samir Karim Fatima Aisha Mariam Layla Nour Walid Said Rami Hamza Bilal Amira Huda "
        "Yasmin Salma Adel",
        False,
    ),
    "russian": (
        "Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov Morozov "
        "Volkov Alekseev Lebedev Semenov Egorov Pavlov Kozlov Stepanov Nikolaev Orlov Makarov "
        "Zaitsev Golubev Vinogradov Belov Tarasov Frolov",
        "Ivan Sergei Dmitry Alexei Andrei Vladimir Mikhail Nikolai Yuri Pavel Oleg Igor Anton "
        "Maxim Artem Denis Roman Viktor Konstantin Boris Olga Elena Tatiana Natalia Irina Anna "
        "Maria Svetlana Ekaterina Yulia",
        False,
    ),
    "persian": (
        "Ahmadi Mohammadi Hosseini Rezaei Moradi Karimi Jafari Rahimi Hashemi Mousavi Kazemi "
        "Ebrahimi Sadeghi Ghorbani Heidari Shirazi Tehrani Akbari Nouri Bagheri",
        "Mohammad Ali Reza Hossein Mehdi Amir Hamid Saeed Majid Farhad Dariush Babak Maryam "
        "Zahra Fatemeh Leila Shirin Parisa Niloufar Sara Mahsa Navid Kian Arash Omid",
        False,
    ),
    "indian": (
        "Sharma Patel Singh Kumar Gupta Shah Mehta Reddy Rao Iyer Nair Khan Verma Joshi Desai "
        "Chopra Malhotra Kapoor Agarwal Banerjee Das Bose Pillai Menon Jain",
        "Rahul Amit Priya Anjali Vikram Suresh Ramesh Sunita Deepak Arjun Rohit Sanjay Neha "
        "Pooja Ravi Anil Kiran Manoj Rajesh Kavita Imran Salman Farhan Ayesha Sameer",
        False,
    ),
}

PLACES = _w(
    "Shanghai Beijing Shenzhen Guangzhou Tianjin Ningbo Xiamen Dubai Sharjah Abu-Dhabi Moscow "
    "Saint-Petersburg Tehran Hong-Kong Singapore Istanbul Minsk Caracas Kiev Almaty Tashkent Baku "
    "Karachi Lahore Mumbai Delhi Lagos Cairo London Texas Pacific Atlantic Asia Euro Gulf Eastern "
    "Northern Southern Western Oriental Arabian Caspian Baltic Siberian Ural Golden-Gate Seoul "
    "Busan Tokyo Osaka Hanoi Bangkok Jakarta Manila Kuala-Lumpur Riyadh Doha Muscat Beirut Amman "
    "Baghdad Kabul Ankara Izmir Rotterdam Hamburg Panama Miami Houston Toronto"
)
TRADES = _w(
    "Trading|General Trading|Technology|Technologies|Industrial|Industries|Electronics|Machinery|"
    "Logistics|Shipping|Petroleum|Oil and Gas|Energy|Investment|Investments|Holding|Holdings|"
    "Group|Engineering|Construction|Import Export|Development|Supply|Solutions|Systems|Chemical|"
    "Chemicals|Metals|Steel|Marine|Aviation|Medical|Pharmaceutical|Services|International|"
    "Global|Consulting|Equipment|Components|Automation|Software|Telecom|Communications|Mining|"
    "Resources|Textile|Food|Agro|Transport|Freight|Security|Defense|Instruments|Power|Finance|"
    "Capital|Commercial|Enterprises|Network|Digital|Precision|Materials",
    "|",
)
BRANDS = _w(
    "Star Golden Sun Dragon Eagle Crown Royal Alpha Delta Nova Unity Horizon Phoenix Lotus Pearl "
    "Falcon Diamond Silver Blue Green Red Orient Victory Summit Prime Apex Zenith Atlas Titan "
    "Omega Sigma Vertex Crystal Ocean Sky Mountain River Bridge Harmony Liberty Future Smart "
    "Bright Rainbow Jade Tiger Lion"
)
FORMS = _w(
    "Co., Ltd.|Co. Ltd|LLC|L.L.C.|Limited|Ltd|FZE|FZCO|FZ-LLC|GmbH|JSC|OOO|Inc.|Corp.|"
    "Corporation|S.A.|SRL|Pte Ltd|Sdn Bhd|LLP|PJSC|AG|B.V.|S.A.S.|Company|Co.|PLC|JV|"
    "Limited Liability Company|Joint Stock Company|A.S.|S.p.A.|Pvt. Ltd.",
    "|",
)

FAKER_PERSON_LOCALES = _w(
    "en_US en_GB de_DE fr_FR es_ES es_MX it_IT pt_BR pl_PL tr_TR nl_NL sv_SE en_IN id_ID vi_VN "
    "fil_PH cs_CZ hu_HU ro_RO az_AZ uz_UZ en_NG en_PK ru_RU uk_UA ko_KR zh_CN zh_TW ja_JP ar_AA "
    "fa_IR he_IL el_GR th_TH hi_IN ka_GE hy_AM bg_BG"
)
FAKER_COMPANY_LOCALES = _w(
    "en_US en_GB de_DE fr_FR es_ES es_MX it_IT pt_BR pl_PL tr_TR nl_NL sv_SE en_IN id_ID cs_CZ "
    "ro_RO ru_RU uk_UA ko_KR zh_CN ja_JP fa_IR el_GR bg_BG fi_FI hr_HR"
)
_TITLES = re.compile(
    r"^(Mr|Mrs|Ms|Miss|Dr|Prof|Herr|Frau|Dipl|Ing|Sr|Sra|Srta|Dott|Mme|Mlle|M)\.?\s+|\s+(MBA|PhD|"
    r"MD|DDS|DVM|Jr|Sr|II|III|IV|V|B\.?Sc|M\.?Sc|B\.?A|M\.?A|B\.?Eng|M\.?Eng)\.?$",
    re.I,
)


def faker_people(rng: random.Random) -> list[tuple[str, str, str]]:
    from faker import Faker

    out = []
    for k, loc in enumerate(FAKER_PERSON_LOCALES):
        f = Faker(loc)
        f.seed_instance(SEED + k)
        n = 40
        for _ in range(n):
            if loc in ("ja_JP", "zh_CN") and rng.random() < 0.5 and hasattr(f, "romanized_name"):
                name = f.romanized_name()
            else:
                name = f"{f.first_name()} {f.last_name()}" if rng.random() < 0.7 else f.name()
            name = _TITLES.sub("", _TITLES.sub("", name)).strip()
            out.append((name, "person", f"faker_person_{loc}"))
    return out


def faker_companies(rng: random.Random) -> list[tuple[str, str, str]]:
    from faker import Faker

    out = []
    for k, loc in enumerate(FAKER_COMPANY_LOCALES):
        f = Faker(loc)
        f.seed_instance(SEED + 100 + k)
        for _ in range(30):
            out.append((f.company(), "organization", f"faker_company_{loc}"))
    return out


def common_people(rng: random.Random) -> list[tuple[str, str, str]]:
    out = []
    for org, (surname_text, given_text, surname_first) in COMMON.items():
        surnames, given = _w(surname_text), _w(given_text)
        for _ in range(100):
            s, g = rng.choice(surnames), rng.choice(given)
            if surname_first:
                name = f"{s} {g}" if rng.random() < 0.6 else f"{g} {s}"
            elif org in ("arabic", "persian") and rng.random() < 0.4:
                name = f"{g} {rng.choice(given)} {s}"
            elif org == "russian" and rng.random() < 0.3:
                name = f"{g} {rng.choice(given)}ovich {s}"
            else:
                name = f"{g} {s}"
            out.append((name, "person", f"common_{org}"))
    return out


def stdnum_companies(rng: random.Random) -> list[tuple[str, str, str]]:
    """Real company names from python-stdnum's registries other than the IEEE OUI one the
    realistic set uses: mobile network operators (``imsi.dat``) and banks (Belgian, Czech and
    New Zealand bank registries)."""
    from importlib import metadata

    d = metadata.distribution("python-stdnum")
    files = {str(f): f for f in d.files or ()}
    out: list[tuple[str, str, str]] = []
    ops: set[str] = set()
    for line in files["stdnum/imsi.dat"].read_text(encoding="utf-8").splitlines():
        m = re.search(r'operator="([^"]+)"', line)
        if m and len(m.group(1)) >= 4 and "test" not in m.group(1).lower():
            ops.add(m.group(1).strip())
    out += [(n, "organization", "imsi_operator") for n in rng.sample(sorted(ops), 700)]
    banks: set[str] = set()
    for path in ("stdnum/be/banks.dat", "stdnum/cz/banks.dat", "stdnum/nz/banks.dat"):
        for line in files[path].read_text(encoding="utf-8").splitlines():
            m = re.search(r'bank="([^"]+)"', line)
            if m and len(m.group(1)) >= 4:
                banks.add(m.group(1).strip())
    out += [(n, "organization", "bank") for n in sorted(banks)]
    return out


def generic_companies(rng: random.Random) -> list[tuple[str, str, str]]:
    out = []
    for _ in range(600):
        parts = []
        if rng.random() < 0.7:
            parts.append(rng.choice(PLACES).replace("-", " "))
        if rng.random() < 0.5 or not parts:
            parts.append(rng.choice(BRANDS))
        parts.extend(rng.sample(TRADES, rng.choice((1, 1, 2))))
        if rng.random() < 0.9:
            parts.append(rng.choice(FORMS))
        out.append((" ".join(parts), "organization", "generic_company"))
    return out


# ---------------------------------------------------------------------------- main


def main() -> int:
    global SEED, MORE
    import argparse

    ap = argparse.ArgumentParser(description="write the screening development set")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument(
        "--name",
        default="dev",
        help="file prefix; any other than 'dev' (a check set, e.g. devcheck, seed 2024) also "
        "leaves out the development set's entries and innocent names",
    )
    ap.add_argument(
        "--more",
        action="store_true",
        help="also the extra generators of make_dev_more.py (the second development set)",
    )
    ap.add_argument(
        "--exclude",
        default="dev",
        help="comma-separated earlier sets whose entries and innocent names are left out "
        "(default: dev; for a set other than 'dev' only)",
    )
    args = ap.parse_args()
    SEED, name = args.seed, args.name
    MORE = args.more
    rng = random.Random(SEED)
    realistic = read_csv(DATA / "realistic_variants.csv.gz")
    used = {(r["list"], r["list_id"]) for r in realistic}
    dev_names: set[str] = set()
    if name != "dev":
        for earlier in args.exclude.split(","):
            used |= {
                (r["list"], r["list_id"]) for r in read_csv(DATA / f"{earlier}_variants.csv.gz")
            }
            dev_names |= {
                r["name"].casefold() for r in read_csv(DATA / f"{earlier}_innocent.csv.gz")
            }
    report_names = {plain_name(r["list_name"]) for r in realistic if r["half"] == "report"}
    loaded = load_sources([snapshot_dir()])
    ents = [
        e
        for e in loaded.entities
        if e.list in LISTS
        and e.kind in ("person", "organization")
        and (e.list, e.list_id) not in used
        and not non_latin(e.name)
        and not ({plain_name(a.name) for a in e.all_names()} & report_names)
    ]
    ents.sort(key=lambda e: (e.list, e.list_id))
    seen_names: set[str] = set()
    uniq = []
    for e in ents:
        k = plain_name(e.name)
        if k not in seen_names:
            seen_names.add(k)
            uniq.append(e)
    pool = rng.sample(uniq, 700)
    # romanised people and companies with legal forms or acronyms are what the categories need
    people = [e for e in uniq if e.kind == "person" and origin(e)]
    orgs = [e for e in uniq if e.kind == "organization" and legal_span(e.name)]
    seen = {(e.list, e.list_id) for e in pool}
    for extra, k in ((people, 350), (orgs, 350)):
        for e in rng.sample(extra, min(k, len(extra))):
            if (e.list, e.list_id) not in seen:
                seen.add((e.list, e.list_id))
                pool.append(e)
    rows: list[list[str]] = []
    for e in pool:
        for cat, q in entity_variants(e, rng):
            rows.append([q, cat, e.kind or "", e.list, e.list_id, e.name, dev_half(e.list_id)])
    write(
        DATA / f"{name}_variants.csv.gz",
        ["query", "category", "kind", "list", "list_id", "list_name", "half"],
        rows,
        "# DEVELOPMENT SET (rules may be fitted to it): variants of shipped list entries "
        f"by bench/screening/make_dev.py (--name {name} --seed {SEED})\n",
    )
    taken = {r["name"].casefold() for r in read_csv(DATA / "innocent_real.csv.gz")} | dev_names
    inn_rows: list[list[str]] = []
    seen_inn: set[str] = set()
    more: list[tuple[str, str, str]] = []
    listed_keys: set[str] = set()
    if MORE:
        import make_dev_more

        more = make_dev_more.more_innocent(SEED)
        listed_keys = {
            make_dev_more.word_key(plain_name(a.name))
            for e in loaded.entities
            for a in e.all_names()
        }
    for who, kind, cat in (
        faker_people(rng)
        + faker_companies(rng)
        + common_people(rng)
        + generic_companies(rng)
        + stdnum_companies(rng)
        + more
    ):
        who = " ".join(who.split())
        key = who.casefold()
        if not who or key in taken or key in seen_inn:
            continue
        if listed_keys and make_dev_more.word_key(plain_name(who)) in listed_keys:
            continue
        seen_inn.add(key)
        inn_rows.append([who, kind, cat, "a" if len(inn_rows) % 2 == 0 else "b"])
    write(
        DATA / f"{name}_innocent.csv.gz",
        ["name", "kind", "category", "half"],
        inn_rows,
        "# DEVELOPMENT SET: innocent names from Faker's locales and this script's own word lists "
        f"(bench/screening/make_dev.py --name {name} --seed {SEED})\n",
    )
    print(f"{len(rows)} variants of {len(pool)} entries; {len(inn_rows)} innocent names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
