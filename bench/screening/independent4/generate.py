"""Fourth independent check set for sanctions screening (issue 17).

Writes two gzip files into ``bench/screening/data/``:

* ``independent4_variants.csv.gz`` - names of listed entries written the way customers,
  counterparties and analysts type them, one category of variation per row;
* ``independent4_innocent.csv.gz`` - hand-written names of people and companies that are not on
  any shipped list (checked against every list name and alias, the DPL included).

Standard library only; fixed seed; the output is byte-identical under any PYTHONHASHSEED (no set
is iterated without sorting) and gzip is written with mtime 0 and no file name.

Run: ``python bench/screening/independent4/generate.py`` from the repository root.
"""

from __future__ import annotations

import bisect
import csv
import gzip
import hashlib
import io
import random
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

SEED = 20261206_4
PER_CATEGORY = 40
POOL_SIZE = 700
INNOCENT_TOTAL = 2500

ROOT = Path(__file__).resolve().parents[3]
LISTS = ROOT / "src" / "exportgate" / "screening" / "data" / "lists"
OUT = ROOT / "bench" / "screening" / "data"
MARKER_VARIANTS = (
    "# INDEPENDENT CHECK SET (never tune on it): independent4 variants of SDN/CONS/UN/CSL names "
    "by hand-written transformations (seed 202612064; helper screenind4; 2026-12-06)"
)
MARKER_INNOCENT = (
    "# INDEPENDENT CHECK SET (never tune on it): independent4 innocent names from hand-written "
    "pools of many naming traditions; none is a shipped list name or alias (DPL included)"
)


# --------------------------------------------------------------------------------------------
# List records


@dataclass(frozen=True)
class Entry:
    """One listed party as read from a shipped list file."""

    list_key: str
    list_id: str
    list_name: str
    kind: str
    aliases: tuple[str, ...]
    original_script: tuple[str, ...]
    places: tuple[str, ...]
    remarks: str
    program: str
    gender: str

    @property
    def uid(self) -> str:
        return f"{self.list_key}:{self.list_id}"


@dataclass(frozen=True)
class Variant:
    """One query row of the variants file."""

    query: str
    category: str
    entry: Entry


@dataclass(frozen=True)
class Innocent:
    """One row of the innocent-names file."""

    name: str
    kind: str
    source: str


def _clean(value: str) -> str:
    value = value.strip()
    return "" if value == "-0-" else value


def _read_csv_gz(path: Path) -> list[list[str]]:
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        return [row for row in csv.reader(handle) if row and row[0].strip().isdigit()]


OFAC_KIND = {"individual": "person", "vessel": "vessel", "aircraft": "aircraft", "": "organization"}
AKA_IN_REMARKS = re.compile(r"(?:a\.k\.a\.|f\.k\.a\.|n\.k\.a\.) '(.+?)'(?=[;.)]|$)")


def load_ofac(list_key: str, prim: Path, alt: Path, add: Path) -> list[Entry]:
    """Read an OFAC legacy CSV triple (primary, aliases, addresses)."""
    aliases: dict[str, list[str]] = {}
    for row in _read_csv_gz(alt):
        if len(row) >= 4 and _clean(row[3]):
            aliases.setdefault(row[0].strip(), []).append(_clean(row[3]))
    places: dict[str, list[str]] = {}
    for row in _read_csv_gz(add):
        if len(row) >= 5:
            city = _clean(row[3])
            city = re.sub(r"\s+\S*\d\S*$", "", city).strip(" ,")
            country = _clean(row[4])
            text = ", ".join(p for p in (city, country) if p)
            if text:
                places.setdefault(row[0].strip(), []).append(text)
    entries = []
    for row in _read_csv_gz(prim):
        if len(row) < 12:
            continue
        ent = row[0].strip()
        remarks = _clean(row[11])
        alias_list = aliases.get(ent, []) + AKA_IN_REMARKS.findall(remarks)
        entries.append(
            Entry(
                list_key=list_key,
                list_id=ent,
                list_name=row[1].strip(),
                kind=OFAC_KIND.get(_clean(row[2]), "other"),
                aliases=tuple(alias_list),
                original_script=(),
                places=tuple(places.get(ent, [])),
                remarks=remarks + (f"; vessel type {_clean(row[6])}" if _clean(row[6]) else ""),
                program=_clean(row[3]),
                gender="",
            )
        )
    return entries


def _text(node: ET.Element | None) -> str:
    return (node.text or "").strip() if node is not None else ""


def load_un(path: Path) -> list[Entry]:
    """Read the UN Security Council consolidated XML."""
    with gzip.open(path, "rb") as handle:
        root = ET.parse(handle).getroot()
    entries = []
    for tag, kind in (("INDIVIDUAL", "person"), ("ENTITY", "organization")):
        for node in root.iter(tag):
            parts = [
                _text(node.find(f))
                for f in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
            ]
            name = " ".join(p for p in parts if p)
            aliases = []
            for alias in node.iter(f"{tag}_ALIAS"):
                quality = _text(alias.find("QUALITY"))
                alias_name = _text(alias.find("ALIAS_NAME"))
                if alias_name:
                    aliases.append(("LOW|" if quality == "Low" else "") + alias_name)
            places = []
            for address in node.iter(f"{tag}_ADDRESS"):
                text = ", ".join(
                    p for p in (_text(address.find("CITY")), _text(address.find("COUNTRY"))) if p
                )
                if text:
                    places.append(text)
            script = _text(node.find("NAME_ORIGINAL_SCRIPT"))
            years = [_text(y) for y in node.iter("YEAR") if _text(y)]
            nats = [_text(v) for n in node.iter("NATIONALITY") for v in n.iter("VALUE")]
            remarks = "; ".join(
                [f"DOB {y}" for y in years[:1]] + [f"nationality {n}" for n in nats[:1] if n]
            )
            entries.append(
                Entry(
                    list_key="un_sc",
                    list_id=_text(node.find("REFERENCE_NUMBER")),
                    list_name=name,
                    kind=kind,
                    aliases=tuple(aliases),
                    original_script=(script,) if script else (),
                    places=tuple(places),
                    remarks=remarks,
                    program=_text(node.find("UN_LIST_TYPE")),
                    gender=_text(node.find("GENDER")),
                )
            )
    return entries


CSL_KIND = {
    "Individual": "person",
    "Entity": "organization",
    "Vessel": "vessel",
    "Aircraft": "aircraft",
}


def load_csl(path: Path) -> list[Entry]:
    """Read the trade.gov Consolidated Screening List CSV."""
    entries = []
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            alt = [a.strip() for a in row["alt_names"].split(";") if a.strip()]
            remarks = "; ".join(
                p
                for p in (
                    row["ids"],
                    f"DOB {row['dates_of_birth']}" if row["dates_of_birth"] else "",
                    f"nationality {row['nationalities']}" if row["nationalities"] else "",
                )
                if p
            )
            entries.append(
                Entry(
                    list_key="us_csl",
                    list_id=row["_id"],
                    list_name=row["name"],
                    kind=CSL_KIND.get(row["type"], "other"),
                    aliases=tuple(alt),
                    original_script=(),
                    places=tuple(a.strip() for a in row["addresses"].split(";") if a.strip()),
                    remarks=remarks,
                    program=row["source"],
                    gender="",
                )
            )
    return entries


def load_dpl_names(path: Path) -> list[str]:
    """Names of the BIS Denied Persons List (used only to keep innocent names clean)."""
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        return [row["Name"] for row in csv.DictReader(handle, delimiter="\t") if row.get("Name")]


# --------------------------------------------------------------------------------------------
# Text helpers

WORD = re.compile(r"[^\W_]+")


def split_words(text: str) -> list[str]:
    """A hand-written word list kept as one string (space separated)."""
    return text.split()


def split_bars(text: str) -> list[str]:
    """A hand-written phrase list kept as one string ('|' separated)."""
    return text.split("|")


def fold(text: str) -> str:
    """Casefold and strip combining marks (for comparison keys only)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(text: str) -> list[str]:
    return WORD.findall(fold(text))


def key(text: str) -> str:
    return " ".join(sorted(tokens(text)))


def same_case(source: str, target: str) -> str:
    """Write target in the letter case of source (upper, title or lower)."""
    letters = [c for c in source if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 1:
        return target.upper()
    if source[:1].isupper():
        return " ".join(w[:1].upper() + w[1:] for w in target.split(" "))
    return target


def person_parts(entry: Entry) -> tuple[str, str] | None:
    """(given names, surname) for 'SURNAME, Given' list names; None otherwise."""
    if entry.kind != "person" or entry.list_name.count(",") != 1:
        return None
    surname, given = (p.strip() for p in entry.list_name.split(","))
    if not surname or not given:
        return None
    return given, surname


def titled(text: str) -> str:
    """Title case per word and per hyphenated part ("AL-SHANTI" -> "Al-Shanti")."""
    return " ".join(
        "-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")) for w in text.split(" ")
    )


def natural(entry: Entry) -> str:
    """A person's name as its bearer writes it (given names first, mixed case)."""
    parts = person_parts(entry)
    if parts:
        given, surname = parts
        return f"{titled(given)} {titled(surname)}"
    if entry.kind == "person":
        return titled(entry.list_name)
    return entry.list_name


WordSub = Callable[[str, random.Random], str | None]


def replace_one_word(
    text: str, rng: random.Random, change: WordSub, *, at_most: int = 1
) -> str | None:
    """Apply change() to up to at_most words (chosen at random among those it accepts)."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[A-Za-z]+", text)]
    rng.shuffle(spans)
    changes: list[tuple[int, int, str]] = []
    for start, end in spans:
        word = text[start:end]
        new = change(word, rng)
        if new is None or new == word:
            continue
        changes.append((start, end, new))
        if len(changes) >= at_most:
            break
    if not changes:
        return None
    out = text
    for start, end, new in sorted(changes, reverse=True):
        out = out[:start] + new + out[end:]
    return out


def table_sub(table: dict[str, list[str]]) -> WordSub:
    def change(word: str, rng: random.Random) -> str | None:
        options = table.get(word.lower())
        if not options:
            return None
        return same_case(word, rng.choice(options))

    return change


def pairs_table(groups: Iterable[str]) -> dict[str, list[str]]:
    """'a/b/c' groups -> each spelling maps to the others."""
    table: dict[str, list[str]] = {}
    for group in groups:
        forms = group.split("/")
        for form in forms:
            table[form] = [f for f in forms if f != form]
    return table


# --------------------------------------------------------------------------------------------
# Transliteration tables (written by hand)

ARABIC = pairs_table(
    [
        "mohammed/muhammad/mohamed/mohammad/muhammed/mohamad",
        "ahmed/ahmad",
        "hussein/husayn/hussain/husain",
        "hassan/hasan",
        "abdul/abdel/abd al",
        "abdullah/abdallah/abdulla",
        "yusuf/yousef/youssef/yousif",
        "umar/omar",
        "usama/osama",
        "said/saeed/sayed",
        "khalid/khaled",
        "mahmud/mahmoud/mahmood",
        "mustafa/mostafa/moustafa",
        "ibrahim/ebrahim/ibraheem",
        "ismail/ismael/ismaeel",
        "salih/saleh",
        "qasim/kassem/qassem/kasim",
        "nasir/nasser/naser",
        "faisal/faysal/feisal",
        "hamid/hameed",
        "rashid/rasheed/rachid",
        "majid/majeed/maged",
        "aziz/azeez",
        "rahman/rehman",
        "karim/kareem",
        "salim/saleem/selim",
        "tariq/tarek/tarik",
        "walid/waleed",
        "zayd/zaid/zeid",
        "khalil/khaleel",
        "sulayman/suleiman/sulaiman",
        "uthman/othman/osman",
        "jafar/jaafar",
        "yasin/yassin/yaseen",
        "amin/ameen",
        "husam/hossam/hussam",
        "jamal/gamal",
        "hamza/hamzah",
        "ayman/aiman",
        "adil/adel",
        "fadil/fadel",
        "nabil/nabeel",
        "yahya/yehia/yahia",
        "abu/abou",
        "haji/hajji",
        "shaykh/sheikh/shaikh",
        "muhsin/mohsen/mohsin",
        "ubayd/obaid/ubaid",
        "isa/eisa/issa",
        "musa/moussa/mousa",
        "harun/haroun",
        "anwar/anouar",
        "mansur/mansour",
        "nur/nour/noor",
        "zubayr/zubair",
        "hakim/hakeem",
        "qadir/kadir/qader",
        "hafiz/hafez",
        "ali/aly",
    ]
)

PERSIAN = pairs_table(
    [
        "hossein/hosein/hussein/hosseyn",
        "mohammad/mohamad/muhammad/mohammed",
        "reza/riza",
        "mahmoud/mahmood/mahmud",
        "mehdi/mahdi",
        "javad/jawad",
        "saeed/said/saied",
        "gholam/qolam/golam",
        "ghasem/qasem/qassem",
        "ghorban/qorban",
        "hamid/hamed",
        "mostafa/mustafa",
        "morteza/mortaza",
        "mojtaba/mujtaba",
        "ebrahim/ibrahim",
        "esmail/ismail/esmaeil",
        "yousef/yusef",
        "akbar/akber",
        "asghar/asgar",
        "rahim/raheem",
        "kazem/kazim",
        "naser/nasser",
        "jafar/jaafar",
        "majid/madjid",
        "behrouz/behruz",
        "khosrow/khosro",
        "ahmadi/ahmady",
        "rezaei/rezaee/rezai",
        "mohammadi/mohamadi",
        "hosseini/hosseiny/husseini",
        "mousavi/musavi/moussavi",
        "rostami/rustami",
        "karimi/kareemi",
        "jafari/jaafari",
        "ghasemi/qasemi",
        "bagheri/baqeri",
        "sadeghi/sadeqi",
        "rahimi/raheemi",
        "khamenei/khamenehi",
        "qods/quds/ghods",
        "eslami/islami",
    ]
)
PERSIAN_RULES = [
    (re.compile(r"nejad$", re.I), ["nezhad", "nejhad"]),
    (re.compile(r"zadeh$", re.I), ["zade", "zadah"]),
    (re.compile(r"^gh", re.I), ["q"]),
    (re.compile(r"ou", re.I), ["u", "oo"]),
]

RUSSIAN = pairs_table(
    [
        "aleksandr/alexander/aleksander/alexandr",
        "aleksey/alexei/alexey/aleksei",
        "sergey/sergei/serguei",
        "andrey/andrei",
        "dmitriy/dmitry/dmitri",
        "yuriy/yuri/yury/iouri",
        "vasiliy/vasily/vassili",
        "nikolay/nikolai",
        "yevgeniy/evgeny/evgeniy/yevgeny",
        "mikhail/michail/mihail",
        "anatoliy/anatoly/anatoli",
        "valeriy/valery/valeri",
        "gennadiy/gennady/gennadi",
        "arkadiy/arkady",
        "vitaliy/vitaly/vitali",
        "grigoriy/grigory/grigori",
        "georgiy/georgy/georgi",
        "yelena/elena",
        "yekaterina/ekaterina",
        "tatyana/tatiana",
        "natalya/natalia",
        "olga/olgha",
        "ilya/ilia",
        "pyotr/petr/piotr",
        "fyodor/fedor",
        "semyon/semen",
        "maksim/maxim",
        "konstantin/constantin",
        "viktor/victor",
        "oleg/olegh",
    ]
)
RUSSIAN_RULES = [
    (re.compile(r"ovich$", re.I), ["ovitch", "ovic"]),
    (re.compile(r"evich$", re.I), ["evitch", "yevich"]),
    (re.compile(r"yevich$", re.I), ["evich", "jewitsch"]),
    (re.compile(r"yev$", re.I), ["ev", "iev"]),
    (re.compile(r"ov$", re.I), ["off", "ow"]),
    (re.compile(r"skiy$", re.I), ["sky", "ski", "skii"]),
    (re.compile(r"iy$", re.I), ["y", "ii", "i"]),
    (re.compile(r"ts", re.I), ["tz"]),
    (re.compile(r"shch", re.I), ["sch", "shh"]),
    (re.compile(r"kh", re.I), ["h", "ch"]),
    (re.compile(r"yu", re.I), ["iu", "ju"]),
    (re.compile(r"ya", re.I), ["ia", "ja"]),
    (re.compile(r"zh", re.I), ["j", "sh"]),
]
RUSSIAN_HINT = re.compile(r"(ovich|evich|ovna|evna|ov|ev|ova|eva|in|ina|sky|skiy|enko|yan)$", re.I)

KOREAN = pairs_table(
    [
        "ri/lee/yi/rhee",
        "pak/park/bak",
        "choe/choi/chwe",
        "jo/cho",
        "jong/chong/jeong",
        "yong/young",
        "ryong/yong/lyong",
        "hyok/hyuk/hyeok",
        "chol/chul/cheol",
        "song/seong/sung",
        "son/sohn/seon",
        "o/oh",
        "yun/yoon",
        "u/woo",
        "hyon/hyun/hyeon",
        "myong/myung/myeong",
        "chon/jeon/cheon",
        "guk/kook/kuk",
        "gwon/kwon",
        "kwang/gwang",
        "kil/gil",
        "nam/nahm",
        "sok/seok/suk",
        "chang/jang",
        "ho/hoh",
        "hui/hee",
        "ju/joo",
        "su/soo",
        "gyong/kyong/kyung",
        "yon/yeon",
        "sang/sahng",
    ]
)
KOREAN_SURNAMES = {
    "kim",
    "ri",
    "pak",
    "choe",
    "jo",
    "jong",
    "han",
    "kang",
    "o",
    "yun",
    "sin",
    "hwang",
    "chang",
    "ko",
    "hong",
    "mun",
    "so",
    "paek",
    "ryu",
    "ju",
    "chon",
    "yu",
    "kil",
    "jang",
    "im",
    "an",
    "hyon",
    "song",
    "cha",
    "ho",
    "min",
    "kwon",
    "nam",
    "rim",
    "kye",
    "sim",
}
DPRK_PROGRAMS = ("DPRK", "NKSR", "KP", "North Korea")

PINYIN_INITIALS = split_words("b p m f d t n l g k h j q x zh ch sh r z c s y w")
PINYIN_FINALS = split_words(
    "a o e i u v ai ei ao ou an en ang eng ong er ia ie iao iu ian in iang ing iong ua uo uai "
    "ui uan un uang ue ve"
)
PINYIN = re.compile(
    r"^(?:"
    + "|".join(sorted(PINYIN_INITIALS, key=len, reverse=True))
    + r")?(?:"
    + "|".join(sorted(PINYIN_FINALS, key=len, reverse=True))
    + r")$"
)
CHINESE_SURNAMES = {
    "li",
    "wang",
    "zhang",
    "liu",
    "chen",
    "yang",
    "zhao",
    "huang",
    "zhou",
    "wu",
    "xu",
    "sun",
    "hu",
    "zhu",
    "gao",
    "lin",
    "he",
    "guo",
    "ma",
    "luo",
    "liang",
    "song",
    "zheng",
    "xie",
    "han",
    "tang",
    "feng",
    "yu",
    "dong",
    "xiao",
    "cheng",
    "cao",
    "yuan",
    "deng",
    "fu",
    "shen",
    "zeng",
    "peng",
    "lu",
    "su",
    "jiang",
    "cai",
    "jia",
    "ding",
    "wei",
    "xue",
    "ye",
    "yan",
    "pan",
    "du",
    "dai",
    "xia",
    "zhong",
    "tian",
    "ren",
    "fan",
    "fang",
    "shi",
    "yao",
    "tan",
    "liao",
    "zou",
    "xiong",
    "jin",
    "qiu",
    "qin",
}
WADE_INITIALS = [
    (re.compile(r"^zh"), "ch"),
    (re.compile(r"^x"), "hs"),
    (re.compile(r"^q"), "ch'"),
    (re.compile(r"^z"), "ts"),
    (re.compile(r"^c"), "ts'"),
    (re.compile(r"^r"), "j"),
    (re.compile(r"^k"), "k'"),
    (re.compile(r"^g"), "k"),
    (re.compile(r"^d"), "t"),
    (re.compile(r"^b"), "p"),
    (re.compile(r"^t"), "t'"),
    (re.compile(r"^p"), "p'"),
]
WADE_FINALS = [
    (re.compile(r"ong$"), "ung"),
    (re.compile(r"ian$"), "ien"),
    (re.compile(r"^(ch|sh)i$"), r"\1ih"),
    (re.compile(r"^you$"), "yu"),
    (re.compile(r"^yi$"), "i"),
    (re.compile(r"^(hs|ch'?)ian$"), r"\1ien"),
    (re.compile(r"^(hs|ch'?)ue$"), r"\1ueh"),
    (re.compile(r"^(ts'?)i$"), r"\1u"),
    (re.compile(r"ie$"), "ieh"),
]


def is_pinyin_syllables(word: str) -> list[str] | None:
    """Split a romanised Chinese word into pinyin syllables (greedy, with backtracking)."""
    word = word.lower()
    if not word:
        return []
    for cut in range(min(6, len(word)), 0, -1):
        head = word[:cut]
        if PINYIN.match(head):
            rest = is_pinyin_syllables(word[cut:])
            if rest is not None:
                return [head, *rest]
    return None


def wade(syllable: str) -> str:
    """Pinyin syllable -> Wade-Giles (one initial rule, then one final rule)."""
    for rules in (WADE_INITIALS, WADE_FINALS):
        for pattern, repl in rules:
            new = pattern.sub(repl, syllable)
            if new != syllable:
                syllable = new
                break
    return syllable


CYRILLIC_MULTI = [
    ("shch", "щ"),
    ("kh", "х"),
    ("ts", "ц"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("zh", "ж"),
    ("yu", "ю"),
    ("ya", "я"),
    ("yo", "ё"),
    ("ye", "е"),
]
CYRILLIC_ONE = dict(zip("abvgdezijklmnoprstufhcxwq", "абвгдезийклмнопрстуфхкксвк", strict=False))
CYRILLIC_ONE.update({"x": "кс", "j": "дж"})
VOWELS = set("aeiouy")


RUSSIAN_GIVEN_CYRILLIC = {
    "aleksandr": "Александр",
    "alexander": "Александр",
    "aleksey": "Алексей",
    "alexey": "Алексей",
    "aleksei": "Алексей",
    "andrey": "Андрей",
    "andrei": "Андрей",
    "anatoliy": "Анатолий",
    "anatoly": "Анатолий",
    "anton": "Антон",
    "artem": "Артём",
    "artyom": "Артём",
    "boris": "Борис",
    "dmitriy": "Дмитрий",
    "dmitry": "Дмитрий",
    "denis": "Денис",
    "yevgeniy": "Евгений",
    "evgeny": "Евгений",
    "evgeniy": "Евгений",
    "igor": "Игорь",
    "ilya": "Илья",
    "ivan": "Иван",
    "kirill": "Кирилл",
    "konstantin": "Константин",
    "maksim": "Максим",
    "maxim": "Максим",
    "mikhail": "Михаил",
    "nikolay": "Николай",
    "nikolai": "Николай",
    "oleg": "Олег",
    "pavel": "Павел",
    "roman": "Роман",
    "ruslan": "Руслан",
    "sergey": "Сергей",
    "sergei": "Сергей",
    "stanislav": "Станислав",
    "vadim": "Вадим",
    "valeriy": "Валерий",
    "valery": "Валерий",
    "vasiliy": "Василий",
    "vasily": "Василий",
    "viktor": "Виктор",
    "vitaliy": "Виталий",
    "vitaly": "Виталий",
    "vladimir": "Владимир",
    "vladislav": "Владислав",
    "vyacheslav": "Вячеслав",
    "yuriy": "Юрий",
    "yury": "Юрий",
    "yuri": "Юрий",
    "gennadiy": "Геннадий",
    "gennady": "Геннадий",
    "georgiy": "Георгий",
    "georgy": "Георгий",
    "grigoriy": "Григорий",
    "grigory": "Григорий",
    "leonid": "Леонид",
    "petr": "Пётр",
    "pyotr": "Пётр",
    "fedor": "Фёдор",
    "fyodor": "Фёдор",
    "arkadiy": "Аркадий",
    "arkady": "Аркадий",
    "timur": "Тимур",
    "valentin": "Валентин",
    "yakov": "Яков",
    "semen": "Семён",
    "semyon": "Семён",
    "gleb": "Глеб",
    "egor": "Егор",
    "yegor": "Егор",
    "eduard": "Эдуард",
    "emil": "Эмиль",
    "lev": "Лев",
    "nikita": "Никита",
    "olga": "Ольга",
    "yelena": "Елена",
    "elena": "Елена",
    "natalya": "Наталья",
    "natalia": "Наталья",
    "tatyana": "Татьяна",
    "tatiana": "Татьяна",
    "irina": "Ирина",
    "svetlana": "Светлана",
    "yekaterina": "Екатерина",
    "ekaterina": "Екатерина",
    "anna": "Анна",
    "mariya": "Мария",
    "maria": "Мария",
    "marina": "Марина",
    "galina": "Галина",
    "lyudmila": "Людмила",
    "olesya": "Олеся",
    "yuliya": "Юлия",
    "yulia": "Юлия",
    "kseniya": "Ксения",
    "ksenia": "Ксения",
    "anastasiya": "Анастасия",
    "anastasia": "Анастасия",
    "valentina": "Валентина",
    "aleksandra": "Александра",
    "alexandra": "Александра",
    "larisa": "Лариса",
    "oksana": "Оксана",
    "vera": "Вера",
    "nadezhda": "Надежда",
    "lyubov": "Любовь",
    "zhanna": "Жанна",
    "inna": "Инна",
    "evgenia": "Евгения",
    "yevgeniya": "Евгения",
    "daria": "Дарья",
    "darya": "Дарья",
    "polina": "Полина",
    "sofia": "Софья",
    "viktoriya": "Виктория",
    "viktoria": "Виктория",
}
RUSSIAN_PATRONYMIC = re.compile(r"^[a-z]+(ovich|evich|yevich|ovna|evna|yevna|ich|ichna)$")


def to_cyrillic(word: str) -> str:
    """Hand-written BGN/PCGN reverse transliteration of one romanised Russian word."""
    w = word.lower()
    out: list[str] = []
    i = 0
    while i < len(w):
        if i == 0 and w[0] == "e":
            out.append("е" if w.startswith(("ev", "el", "ek", "eg", "ef")) else "э")
            i += 1
            continue
        if w[i] == "y" and i + 1 == len(w) and i and w[i - 1] not in VOWELS:
            out.append("ий")
            break
        soft_before_e = w[i + 1 : i + 2] == "e" and w[i - 1 : i] not in ("", *VOWELS)
        soft_before_a = w[i + 1 : i + 2] == "a" and w[i - 1 : i] == "t"
        if w[i] == "y" and i > 1 and (soft_before_e or soft_before_a):
            out.append("ь")
        if w.startswith("iy", i) and i + 2 == len(w):
            out.append("ий")
            break
        if w.startswith("yy", i) and i + 2 == len(w):
            out.append("ый")
            break
        for latin, cyr in CYRILLIC_MULTI:
            if w.startswith(latin, i):
                out.append(cyr)
                i += len(latin)
                break
        else:
            c = w[i]
            if c == "y":
                prev = w[i - 1] if i else ""
                out.append("й" if prev in VOWELS else "ы")
            else:
                out.append(CYRILLIC_ONE.get(c, c))
            i += 1
    text = "".join(out)
    return text[:1].upper() + text[1:]


# --------------------------------------------------------------------------------------------
# Legal forms and generic words (written by hand)

LEGAL_WORDS = {
    "llc",
    "ltd",
    "limited",
    "co",
    "company",
    "corp",
    "corporation",
    "inc",
    "incorporated",
    "jsc",
    "ojsc",
    "cjsc",
    "pjsc",
    "ooo",
    "oao",
    "zao",
    "pao",
    "ao",
    "sa",
    "s",
    "a",
    "de",
    "cv",
    "gmbh",
    "fze",
    "fzco",
    "pte",
    "pvt",
    "private",
    "plc",
    "sdn",
    "bhd",
    "srl",
    "spa",
    "bv",
    "llp",
    "sirketi",
    "sti",
    "joint",
    "stock",
    "liability",
    "open",
    "closed",
    "public",
    "ltda",
    "sarl",
    "doo",
    "too",
    "tov",
    "eood",
    "kft",
    "as",
    "ag",
    "kg",
    "lp",
    "sas",
}
ABBREV_EXPAND = [
    (r"\bLIMITED LIABILITY COMPANY\b", ["LLC", "L.L.C.", "Ltd. Liability Co."]),
    (r"\bLLC\b", ["Limited Liability Company", "L.L.C"]),
    (r"\bOPEN JOINT[- ]STOCK COMPANY\b", ["OJSC", "Open JSC"]),
    (r"\bCLOSED JOINT[- ]STOCK COMPANY\b", ["CJSC", "Closed JSC"]),
    (r"\bPUBLIC JOINT[- ]STOCK COMPANY\b", ["PJSC", "Public JSC"]),
    (r"\bJOINT[- ]STOCK COMPANY\b", ["JSC", "J.S.C."]),
    (r"\bJSC\b", ["Joint Stock Company", "Joint-Stock Co."]),
    (r"\bOJSC\b", ["Open Joint Stock Company"]),
    (r"\bCO\., LTD\.?", ["Company Limited", "Co Limited", "Company Ltd"]),
    (r"\bCOMPANY LIMITED\b", ["Co., Ltd.", "Co Ltd", "Company Ltd"]),
    (r"\bLIMITED\b", ["Ltd", "Ltd."]),
    (r"\bLTD\.?(?=\s|$)", ["Limited"]),
    (r"\bCORPORATION\b", ["Corp.", "Corp"]),
    (r"\bCORP\.?(?=\s|$)", ["Corporation"]),
    (r"\bINCORPORATED\b", ["Inc."]),
    (r"\bINC\.?(?=\s|$)", ["Incorporated"]),
    (r"\bCOMPANY\b", ["Co.", "Co"]),
    (r"\bCO\.(?=\s|$)", ["Company"]),
    (r"\bS\.A\.(?=\s|$)", ["Sociedad Anonima"]),
    (r"\bSOCIEDAD ANONIMA\b", ["S.A.", "SA"]),
    (r"\bS\.A\. DE C\.V\.", ["Sociedad Anonima de Capital Variable", "SA de CV"]),
    (r"\bPTE\.? LTD\.?", ["Private Limited", "Pte Limited"]),
    (r"\bPVT\.? LTD\.?", ["Private Limited"]),
    (r"\bPRIVATE LIMITED\b", ["Pvt. Ltd.", "Pvt Ltd"]),
    (r"\bSDN\.? BHD\.?", ["Sendirian Berhad"]),
    (r"\bGMBH\b", ["Gesellschaft mit beschrankter Haftung"]),
    (r"\bLIMITED SIRKETI\b", ["Ltd. Sti.", "Ltd Sti"]),
    (r"\bANONIM SIRKETI\b", ["A.S.", "AS"]),
    (r"\bPLC\b", ["Public Limited Company"]),
    (r"\bFZE\b", ["Free Zone Establishment"]),
    (r"\bFZCO\b", ["Free Zone Company"]),
    (r"\bLLP\b", ["Limited Liability Partnership"]),
]
PREFIX_FORMS = re.compile(
    r"^(LIMITED LIABILITY COMPANY|OPEN JOINT[- ]STOCK COMPANY|CLOSED JOINT[- ]STOCK COMPANY|"
    r"PUBLIC JOINT[- ]STOCK COMPANY|JOINT[- ]STOCK COMPANY|OOO|OAO|ZAO|PAO|AO|JSC|OJSC|CJSC|PJSC|"
    r"LLC|TOO|TOV|CJSC|FGUP|NPO|NPP|AOZT|SHERKAT(?:-E)?)\s+(.+)$",
    re.I,
)
SUFFIX_FORMS = re.compile(
    r"^(.+?)[\s,]+(LLC|L\.L\.C\.|LTD\.?|LIMITED|CO\., LTD\.?|COMPANY LIMITED|CO\. LTD\.?|INC\.?|"
    r"CORP\.?|CORPORATION|JSC|OJSC|CJSC|PJSC|OOO|OAO|ZAO|AO|GMBH|S\.A\.|SA|S\.A\. DE C\.V\.|"
    r"SA DE CV|S\.R\.L\.|SRL|S\.P\.A\.|SPA|B\.V\.|BV|FZE|FZCO|FZ-LLC|PTE\.? LTD\.?|PVT\.? LTD\.?|"
    r"PRIVATE LIMITED|SDN\.? BHD\.?|PLC|LLP|SARL|D\.O\.O\.|EOOD|KFT|AG|LIMITED SIRKETI|"
    r"ANONIM SIRKETI|LTD\. STI\.|TOO|TOV|COMPANY|CO\.)$",
    re.I,
)
MISSPELL = {
    "limited": ["limted", "limitd", "limitied", "lmited", "limitde", "limeted"],
    "liability": ["liabilty", "liablity", "liabiliy", "liabillity"],
    "company": ["compnay", "compay", "cmpany", "companny", "compamy", "comapny"],
    "corporation": ["corporaton", "coporation", "corportion", "corperation", "corporatoin"],
    "joint": ["jiont", "joimt", "jont"],
    "stock": ["stok", "stcok", "stock"],
    "incorporated": ["incorprated", "incoporated"],
    "sirketi": ["sirketti", "sirkei", "sriketi"],
    "gesellschaft": ["gesselschaft", "gesellshaft"],
    "international": ["internatinal", "internationl", "intenational"],
    "private": ["privte", "pivate"],
}
SPACED_DOTTED = [
    (r"\bLLC\b", ["L.L.C.", "L L C", "L. L. C.", "L.L.C"]),
    (r"\bL\.L\.C\.?", ["LLC", "L L C", "L. L. C."]),
    (r"\bLTD\b\.?", ["L.T.D.", "L T D"]),
    (r"\bJSC\b", ["J.S.C.", "J S C", "J.S.C"]),
    (r"\bOOO\b", ["O.O.O.", "O O O", "000"]),
    (r"\bOAO\b", ["O.A.O.", "O A O"]),
    (r"\bZAO\b", ["Z.A.O.", "Z A O"]),
    (r"\bCO\., LTD\.?", ["CO.,LTD", "CO . LTD", "Co.Ltd.", "CO,.LTD"]),
    (r"\bS\.A\.(?=\s|$)", ["S A", "SA", "S. A.", "S..A."]),
    (r"\bSA\b", ["S.A.", "S. A.", "S A"]),
    (r"\bS\.A\. DE C\.V\.", ["S A de C V", "SA DE CV", "S.A.DE C.V."]),
    (r"\bGMBH\b", ["G.m.b.H.", "G M B H", "GmbH."]),
    (r"\bFZE\b", ["F.Z.E.", "F Z E"]),
    (r"\bFZCO\b", ["F.Z.C.O.", "FZ CO", "F.Z. Co."]),
    (r"\bPTE\.? LTD\.?", ["PTE.LTD.", "P T E LTD", "Pte.Ltd"]),
    (r"\bPVT\.? LTD\.?", ["PVT.LTD.", "P.V.T. LTD", "PVT LTD."]),
    (r"\bSDN\.? BHD\.?", ["SDN.BHD.", "S D N B H D", "SDN. BHD"]),
    (r"\bINC\.?(?=\s|$)", ["I.N.C.", "INC ."]),
    (r"\bCORP\.?(?=\s|$)", ["CORP..", "C.O.R.P."]),
    (r"\bS\.R\.L\.|\bSRL\b", ["S R L", "S.R.L", "S.R.L."]),
    (r"\bB\.V\.|\bBV\b", ["B V", "B.V"]),
    (r"\bPLC\b", ["P.L.C.", "P L C"]),
    (r"\bJ\.S\.C\.", ["JSC", "J S C"]),
    (r"\bD\.O\.O\.", ["D.O..O", "DOO", "D O O"]),
]
NATIVE_FORMS: dict[str, list[tuple[str, list[str], str]]] = {
    "russia": [
        (
            r"\bLIMITED LIABILITY COMPANY\b|\bLLC\b",
            ["OOO", "Obshchestvo s Ogranichennoy Otvetstvennostyu"],
            "prefix",
        ),
        (r"\bOPEN JOINT[- ]STOCK COMPANY\b|\bOJSC\b", ["OAO"], "prefix"),
        (r"\bCLOSED JOINT[- ]STOCK COMPANY\b|\bCJSC\b", ["ZAO"], "prefix"),
        (r"\bPUBLIC JOINT[- ]STOCK COMPANY\b|\bPJSC\b", ["PAO"], "prefix"),
        (r"\bJOINT[- ]STOCK COMPANY\b|\bJSC\b", ["AO", "Aktsionernoye Obshchestvo"], "prefix"),
        (r"^OOO\b|\bOOO$", ["LLC", "Limited Liability Company"], "prefix"),
        (r"^AO\b|\bAO$", ["JSC", "Joint Stock Company"], "prefix"),
    ],
    "ukraine": [(r"\bLIMITED LIABILITY COMPANY\b|\bLLC\b", ["TOV", "TOV"], "prefix")],
    "kazakhstan": [(r"\bLIMITED LIABILITY PARTNERSHIP\b|\bLLP\b|\bLLC\b", ["TOO"], "prefix")],
    "belarus": [(r"\bLIMITED LIABILITY COMPANY\b|\bLLC\b", ["OOO"], "prefix")],
    "turkey": [
        (r"\bLIMITED SIRKETI\b", ["Limited Company", "Ltd. Co."], "suffix"),
        (r"\bANONIM SIRKETI\b", ["Joint Stock Company", "Inc."], "suffix"),
        (
            r"\bLIMITED COMPANY\b|\bCOMPANY LIMITED\b|\bLIMITED\b|\bLTD\.?(?=\s|$)|\bCOMPANY\b",
            ["Limited Sirketi", "Ltd. Sti."],
            "suffix",
        ),
    ],
    "china": [
        (
            r"\bCO\., LTD\.?|\bCOMPANY LIMITED\b|\bCO\. LTD\.?",
            ["Youxian Gongsi", "Youxiangongsi"],
            "suffix",
        ),
    ],
    "iran": [(r"\bCOMPANY\b|\bCO\.(?=\s|$)", ["Sherkat", "Sherkat-e"], "prefix-only")],
    "germany": [(r"\bGMBH\b", ["Ltd.", "Limited"], "suffix")],
    "mexico": [(r"\bS\.A\. DE C\.V\.|\bSA DE CV\b", ["Inc.", "Corp."], "suffix")],
    "united arab emirates": [(r"\bLLC\b|\bL\.L\.C\.?", ["Ltd", "Limited Liability Co."], "suffix")],
}
GENERIC_ABBREV = {
    "international": ["Intl", "Int'l", "Intl."],
    "trading": ["Trdg", "Trdg."],
    "industrial": ["Ind.", "Indl"],
    "industries": ["Inds.", "Ind."],
    "industry": ["Ind."],
    "engineering": ["Engg", "Eng."],
    "technology": ["Tech", "Tech."],
    "technologies": ["Tech", "Techs"],
    "development": ["Dev.", "Devt"],
    "manufacturing": ["Mfg", "Mfg."],
    "services": ["Svcs", "Servs."],
    "management": ["Mgmt", "Mgt."],
    "electronics": ["Elec.", "Electr."],
    "group": ["Grp"],
    "brothers": ["Bros", "Bros."],
    "association": ["Assn", "Assoc."],
    "national": ["Natl", "Nat'l"],
    "institute": ["Inst.", "Inst"],
    "university": ["Univ.", "Univ"],
    "shipping": ["Shpg", "Shpg."],
    "investment": ["Inv.", "Invest."],
    "investments": ["Invs.", "Invest."],
    "import": ["Imp."],
    "export": ["Exp."],
    "and": ["&"],
    "construction": ["Constr.", "Const."],
    "petroleum": ["Petrol.", "Petr."],
    "holding": ["Hldg", "Hldg."],
    "holdings": ["Hldgs", "Hldgs."],
    "general": ["Gen.", "Genl"],
    "maritime": ["Mar.", "Marit."],
    "research": ["Res."],
    "center": ["Ctr", "Ctr."],
    "centre": ["Ctr", "Ctr."],
    "logistics": ["Log.", "Logist."],
    "equipment": ["Equip.", "Eqpt"],
    "commercial": ["Coml", "Comm."],
    "department": ["Dept", "Dept."],
    "company": ["Co"],
}
GENERIC_TRANSLATE = {
    "compania": ["Company"],
    "empresa": ["Company", "Enterprise"],
    "industrias": ["Industries"],
    "comercial": ["Commercial"],
    "internacional": ["International"],
    "inversiones": ["Investments"],
    "construcciones": ["Constructions", "Construction"],
    "transportes": ["Transport"],
    "grupo": ["Group"],
    "naviera": ["Shipping"],
    "servicios": ["Services"],
    "distribuidora": ["Distributor", "Distribution"],
    "importadora": ["Importer", "Import"],
    "farmacia": ["Pharmacy"],
    "banco": ["Bank"],
    "societe": ["Company"],
    "ticaret": ["Trading", "Trade"],
    "dis": ["Foreign"],
    "sanayi": ["Industry", "Industrial"],
    "denizcilik": ["Shipping", "Maritime"],
    "insaat": ["Construction"],
    "petrol": ["Petroleum"],
    "lojistik": ["Logistics"],
    "elektronik": ["Electronics"],
    "teknoloji": ["Technology"],
    "makina": ["Machinery"],
    "kimya": ["Chemicals"],
    "gida": ["Food"],
    "enerji": ["Energy"],
    "yatirim": ["Investment"],
    "handels": ["Trading"],
    "handel": ["Trade"],
    "technik": ["Technology"],
    "maschinenbau": ["Mechanical Engineering"],
    "tejarat": ["Trading", "Commerce"],
    "sanat": ["Industries"],
    "sanaye": ["Industries"],
    "sanaat": ["Industry"],
    "sherkat": ["Company"],
    "tadbir": ["Planning"],
    "muassasat": ["Establishment"],
    "muassasa": ["Establishment"],
    "tijara": ["Trading"],
    "lil": ["for"],
    "stroy": ["Construction", "Stroi"],
    "neft": ["Oil"],
    "gaz": ["Gas"],
}
DIACRITICS = {
    "jose": "José",
    "garcia": "García",
    "hernandez": "Hernández",
    "rodriguez": "Rodríguez",
    "gomez": "Gómez",
    "martinez": "Martínez",
    "perez": "Pérez",
    "lopez": "López",
    "sanchez": "Sánchez",
    "ramirez": "Ramírez",
    "gonzalez": "González",
    "jesus": "Jesús",
    "maria": "María",
    "angel": "Ángel",
    "andres": "Andrés",
    "ramon": "Ramón",
    "german": "Germán",
    "fernandez": "Fernández",
    "diaz": "Díaz",
    "alvarez": "Álvarez",
    "jimenez": "Jiménez",
    "nunez": "Núñez",
    "ivan": "Iván",
    "hector": "Héctor",
    "oscar": "Óscar",
    "raul": "Raúl",
    "ruben": "Rubén",
    "adrian": "Adrián",
    "martin": "Martín",
    "joaquin": "Joaquín",
    "agustin": "Agustín",
    "sebastian": "Sebastián",
    "cesar": "César",
    "victor": "Víctor",
    "beltran": "Beltrán",
    "guzman": "Guzmán",
    "leon": "León",
    "avila": "Ávila",
    "rincon": "Rincón",
    "calderon": "Calderón",
    "quintero": "Quintero",
    "tellez": "Téllez",
    "cardenas": "Cárdenas",
    "ortiz": "Ortíz",
    "chavez": "Chávez",
    "velazquez": "Velázquez",
    "sirketi": "Şirketi",
    "ticaret": "Ticaret",
    "dis": "Dış",
    "sanayi": "Sanayi",
    "ithalat": "İthalat",
    "ihracat": "İhracat",
    "insaat": "İnşaat",
    "muhendislik": "Mühendislik",
    "denizcilik": "Denizcilik",
    "gida": "Gıda",
    "turizm": "Turizm",
    "ic": "İç",
    "muller": "Müller",
    "societe": "Société",
    "generale": "Générale",
    "etude": "Étude",
    "francois": "François",
    "kucuk": "Küçük",
    "ozturk": "Öztürk",
    "celik": "Çelik",
    "sahin": "Şahin",
    "yildiz": "Yıldız",
    "gunes": "Güneş",
    "ozdemir": "Özdemir",
    "cagri": "Çağrı",
    "dogan": "Doğan",
    "aydin": "Aydın",
    "koc": "Koç",
    "ismail": "İsmail",
    "iran": "Irán",
    "peru": "Perú",
    "mexico": "México",
    "panama": "Panamá",
    "electronica": "Electrónica",
    "tecnologia": "Tecnología",
    "aviacion": "Aviación",
    "petroleos": "Petróleos",
    "energia": "Energía",
    "comercializacion": "Comercialización",
    "compania": "Compañía",
    "espana": "España",
    "logistica": "Logística",
}
NICKNAMES = {
    "william": ["Bill", "Will"],
    "robert": ["Bob", "Rob"],
    "alexander": ["Alex"],
    "aleksandr": ["Alex", "Sasha"],
    "christopher": ["Chris"],
    "michael": ["Mike"],
    "joseph": ["Joe"],
    "james": ["Jim", "Jimmy"],
    "richard": ["Rick", "Dick"],
    "daniel": ["Dan", "Danny"],
    "nicholas": ["Nick"],
    "anthony": ["Tony"],
    "thomas": ["Tom"],
    "edward": ["Ed", "Eddie"],
    "jonathan": ["Jon"],
    "benjamin": ["Ben"],
    "samuel": ["Sam"],
    "matthew": ["Matt"],
    "andrew": ["Andy"],
    "stephen": ["Steve"],
    "steven": ["Steve"],
    "timothy": ["Tim"],
    "mohammed": ["Mohd", "Md."],
    "muhammad": ["Muhd", "Md", "Mohd."],
    "mohammad": ["Mohd", "Md."],
    "mohamed": ["Mohd", "Med"],
    "abdul": ["Abd."],
    "abdullah": ["Abd."],
    "francisco": ["Paco", "Fco."],
    "jose": ["Pepe"],
    "ignacio": ["Nacho"],
    "guillermo": ["Memo"],
    "alejandro": ["Alex"],
    "roberto": ["Beto"],
    "eduardo": ["Lalo"],
    "manuel": ["Manolo"],
    "dmitriy": ["Dima"],
    "dmitry": ["Dima"],
    "mikhail": ["Misha"],
    "konstantin": ["Kostya"],
    "ekaterina": ["Katya"],
    "yekaterina": ["Katya"],
    "tatyana": ["Tanya"],
    "natalya": ["Natasha"],
    "elizabeth": ["Liz", "Beth"],
    "katherine": ["Kate"],
    "margaret": ["Maggie"],
    "jennifer": ["Jen"],
    "patricia": ["Pat"],
    "charles": ["Charlie", "Chuck"],
    "gregory": ["Greg"],
    "kenneth": ["Ken"],
    "ronald": ["Ron"],
    "donald": ["Don"],
    "raymond": ["Ray"],
    "lawrence": ["Larry"],
    "frederick": ["Fred"],
    "gerald": ["Jerry"],
    "vincent": ["Vince"],
    "peter": ["Pete"],
    "philip": ["Phil"],
    "douglas": ["Doug"],
    "zachary": ["Zach"],
    "jeffrey": ["Jeff"],
    "bradley": ["Brad"],
    "abubakar": ["Abu Bakr"],
}
TITLES_ANY = ["Dr.", "Dr", "Prof.", "Eng.", "H.E.", "Engr."]
TITLES_MALE = ["Mr.", "Mr", "Mister"]
TITLES_MUSLIM = ["Sheikh", "Haji", "Mullah", "Maulana", "Sayyid", "Hajji", "Mawlawi"]
TITLES_MILITARY = ["General", "Gen.", "Col.", "Colonel", "Commander"]
OCR = [
    ("O", "0"),
    ("I", "1"),
    ("l", "1"),
    ("S", "5"),
    ("B", "8"),
    ("m", "rn"),
    ("rn", "m"),
    ("E", "F"),
    ("cl", "d"),
    ("G", "6"),
    ("Z", "2"),
    ("o", "0"),
    ("h", "b"),
    ("e", "c"),
]
KEYBOARD_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]


def keyboard_neighbours(char: str) -> list[str]:
    low = char.lower()
    for row_index, row in enumerate(KEYBOARD_ROWS):
        col = row.find(low)
        if col < 0:
            continue
        near = [row[c] for c in (col - 1, col + 1) if 0 <= c < len(row)]
        for other in (row_index - 1, row_index + 1):
            if 0 <= other < len(KEYBOARD_ROWS):
                near += [
                    KEYBOARD_ROWS[other][c] for c in (col, col + 1) if c < len(KEYBOARD_ROWS[other])
                ]
        return [n.upper() if char.isupper() else n for n in near]
    return []


# --------------------------------------------------------------------------------------------
# Categories: each returns one variant of the entry's name, or None when it does not apply.

Transform = Callable[[Entry, random.Random], str | None]


def base(entry: Entry, rng: random.Random) -> str:
    """How the customer would type the name before the category's change."""
    if entry.kind == "person":
        return natural(entry)
    if entry.kind == "organization" and rng.random() < 0.5:
        return titled(entry.list_name)
    return entry.list_name


def legal_word(word: str) -> bool:
    return word.lower().strip(".,") in LEGAL_WORDS


def c_word_order(entry: Entry, rng: random.Random) -> str | None:
    parts = person_parts(entry)
    if parts:
        given, surname = parts
        if rng.random() < 0.5:
            return f"{surname} {given}"
        words = given.split()
        if len(words) >= 2:
            return f"{words[0]} {titled(surname)} {' '.join(words[1:])}"
        return f"{titled(surname)} {given}"
    if entry.kind == "person":
        words = titled(entry.list_name).split()
        if len(words) >= 2:
            return " ".join([words[-1], *words[:-1]])
    return None


def romanise(
    table: dict[str, list[str]], rules: list[tuple[re.Pattern[str], list[str]]]
) -> Callable[[str, random.Random], str | None]:
    def change(word: str, rng: random.Random) -> str | None:
        options = table.get(word.lower())
        if options:
            return same_case(word, rng.choice(options))
        for pattern, repl in rules:
            if pattern.search(word):
                new = pattern.sub(rng.choice(repl), word.lower(), count=1)
                return same_case(word, new)
        return None

    return change


ARABIC_PROGRAMS = (
    "SDGT",
    "IRAQ",
    "SYRIA",
    "LEBANON",
    "YEMEN",
    "LIBYA",
    "SDT",
    "FTO",
    "NS-PLC",
    "QD",
    "TA",
)


def arabic_like(entry: Entry) -> bool:
    words = set(tokens(entry.list_name))
    return bool(words & set(ARABIC)) or any(
        w.startswith("al-") for w in entry.list_name.lower().split()
    )


def c_arabic(entry: Entry, rng: random.Random) -> str | None:
    if entry.kind not in ("person", "organization") or not arabic_like(entry):
        return None
    return replace_one_word(base(entry, rng), rng, table_sub(ARABIC), at_most=2)


def c_persian(entry: Entry, rng: random.Random) -> str | None:
    iranian = (
        "IRAN" in entry.program.upper()
        or "IRGC" in entry.program.upper()
        or any("iran" in p.lower() for p in entry.places)
    )
    if not iranian or entry.kind not in ("person", "organization"):
        return None
    rules = PERSIAN_RULES if entry.kind == "person" else []  # no spelling rules on English words
    return replace_one_word(base(entry, rng), rng, romanise(PERSIAN, rules), at_most=2)


def russian_like(entry: Entry) -> bool:
    prog = entry.program.upper()
    if not any(
        p in prog for p in ("RUSSIA", "UKRAINE", "BELARUS", "CYBER", "CAATSA", "MAGNIT")
    ) and not any("russia" in p.lower() for p in entry.places):
        return False
    return any(RUSSIAN_HINT.search(w) or w in RUSSIAN for w in tokens(entry.list_name))


def c_russian(entry: Entry, rng: random.Random) -> str | None:
    if entry.kind != "person" or not russian_like(entry):
        return None
    return replace_one_word(base(entry, rng), rng, romanise(RUSSIAN, RUSSIAN_RULES), at_most=2)


def korean_like(entry: Entry) -> bool:
    words = tokens(entry.list_name)
    dprk = any(p in entry.program for p in DPRK_PROGRAMS) or any(
        "korea" in p.lower() for p in entry.places
    )
    if "'" in entry.list_name or "’" in entry.list_name:
        return False
    return entry.kind == "person" and dprk and bool(words) and words[0] in KOREAN_SURNAMES


def c_korean(entry: Entry, rng: random.Random) -> str | None:
    if not korean_like(entry):
        return None
    text = base(entry, rng)
    if "-" in text and rng.random() < 0.4:
        return text.replace("-", rng.choice([" ", ""]), 1)
    new = replace_one_word(text, rng, table_sub(KOREAN), at_most=2)
    if new and rng.random() < 0.3:
        new = new.replace("-", " ")
    return new


def chinese_like(entry: Entry) -> bool:
    if entry.kind != "person":
        return False
    words = tokens(entry.list_name)
    return (
        2 <= len(words) <= 4
        and any(w in CHINESE_SURNAMES for w in words)
        and all(is_pinyin_syllables(w) for w in words)
        and (
            any("china" in p.lower() or "hong kong" in p.lower() for p in entry.places)
            or "Entity List" in entry.program
            or "CMIC" in entry.program
            or "SDNTK" in entry.program
        )
    )


def c_chinese(entry: Entry, rng: random.Random) -> str | None:
    if not chinese_like(entry):
        return None
    parts = person_parts(entry)
    if not parts:
        return None
    given, surname = parts
    syllables = is_pinyin_syllables(given.replace(" ", "").replace("-", "")) or []
    choice = rng.random()
    if choice < 0.4 and syllables:
        wg = "-".join(wade(s) for s in syllables)
        return f"{titled(wade(surname.lower()))} {wg[:1].upper() + wg[1:]}"
    if choice < 0.7 and len(syllables) == 2:
        return f"{titled(surname)} {syllables[0].title()}-{syllables[1]}"
    if len(syllables) == 2:
        return f"{syllables[0].title()} {syllables[1].title()} {titled(surname)}"
    return f"{titled(surname)} {titled(given)}"


def c_arabic_article(entry: Entry, rng: random.Random) -> str | None:
    text = base(entry, rng)
    found = list(re.finditer(r"\b([Aa][Ll])-(\w+)", text))
    if not found or entry.kind not in ("person", "organization"):
        return None
    m = rng.choice(found)
    art, rest = m.group(1), m.group(2)
    choice = rng.choice(["space", "joined", "el", "drop", "ad"])
    if choice == "space":
        new = f"{art} {rest}"
    elif choice == "joined":
        new = f"{art}{rest.lower() if not rest.isupper() else rest}"
    elif choice == "el":
        new = f"{'EL' if art.isupper() else 'El'}-{rest}"
    elif choice == "drop":
        new = rest
    else:
        sun = rest[:1].lower()
        if sun in "tdrzsn" and not rest.lower().startswith(("sh", "th", "dh")):
            new = f"{'A' if art[0] == 'A' else 'a'}{sun if art.islower() else sun.upper() if art.isupper() else sun}-{rest}"
        else:
            new = f"{art} {rest}"
    return text[: m.start()] + new + text[m.end() :]


def typo_word(
    text: str, rng: random.Random, op: Callable[[str, random.Random], str | None]
) -> str | None:
    def change(word: str, r: random.Random) -> str | None:
        if len(word) < 5 or legal_word(word):
            return None
        return op(word, r)

    return replace_one_word(text, rng, change)


def op_keyboard(word: str, rng: random.Random) -> str | None:
    i = rng.randrange(1, len(word))
    near = keyboard_neighbours(word[i])
    if not near:
        return None
    return word[:i] + rng.choice(near) + word[i + 1 :]


def op_transpose(word: str, rng: random.Random) -> str | None:
    i = rng.randrange(1, len(word) - 1)
    if word[i] == word[i + 1]:
        return None
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def op_drop_or_double(word: str, rng: random.Random) -> str | None:
    doubles = [i for i in range(1, len(word)) if word[i] == word[i - 1]]
    if doubles and rng.random() < 0.5:
        i = rng.choice(doubles)
        return word[:i] + word[i + 1 :]
    i = rng.randrange(1, len(word))
    if rng.random() < 0.5 and word[i].lower() not in "aeiou":
        return word[:i] + word[i] + word[i:]
    return word[:i] + word[i + 1 :]


def c_typo_keyboard(entry: Entry, rng: random.Random) -> str | None:
    return typo_word(base(entry, rng), rng, op_keyboard)


def c_typo_transposition(entry: Entry, rng: random.Random) -> str | None:
    return typo_word(base(entry, rng), rng, op_transpose)


def c_typo_letter(entry: Entry, rng: random.Random) -> str | None:
    return typo_word(base(entry, rng), rng, op_drop_or_double)


def c_spacing(entry: Entry, rng: random.Random) -> str | None:
    text = base(entry, rng)
    words = text.split()
    if len(words) < 2:
        if len(text) >= 8 and text.isalpha():
            cut = rng.randrange(3, len(text) - 3)
            return text[:cut] + " " + text[cut:]
        return None
    choice = rng.random()
    i = rng.randrange(len(words) - 1)
    if choice < 0.5 and len(words) >= 3:
        return " ".join(words[:i] + [words[i] + words[i + 1]] + words[i + 2 :])
    if choice < 0.75:
        long_words = [j for j, w in enumerate(words) if len(w) >= 8 and w.isalpha()]
        if long_words:
            j = rng.choice(long_words)
            cut = rng.randrange(3, len(words[j]) - 3)
            return " ".join(words[:j] + [words[j][:cut], words[j][cut:]] + words[j + 1 :])
    return (
        "  ".join(words)
        if rng.random() < 0.5
        else " " + "   ".join(words[:2]) + " " + " ".join(words[2:]) + " "
    )


def c_punctuation(entry: Entry, rng: random.Random) -> str | None:
    text = base(entry, rng)
    if re.search(r"[-.,'&/()]", text) and rng.random() < 0.7:
        stripped = re.sub(r"[-.,'/()]", " " if rng.random() < 0.5 else "", text)
        return re.sub(r"\s+", " ", stripped).strip()
    words = text.split()
    if len(words) < 2:
        return None
    i = rng.randrange(len(words) - 1)
    mark = rng.choice([",", " -", ",", "."])
    return " ".join(words[: i + 1]) + mark + " " + " ".join(words[i + 1 :])


def c_mixed_case(entry: Entry, rng: random.Random) -> str | None:
    text = natural(entry) if entry.kind == "person" else entry.list_name
    choice = rng.random()
    if choice < 0.35:
        return text.lower()
    if choice < 0.6:
        return text.upper()
    if choice < 0.8:
        return titled(text)
    words = text.split()
    return " ".join(w.upper() if rng.random() < 0.5 else w.lower() for w in words)


def org_only(transform: Transform) -> Transform:
    def wrapped(entry: Entry, rng: random.Random) -> str | None:
        return transform(entry, rng) if entry.kind == "organization" else None

    return wrapped


def regex_swap(text: str, rules: list[tuple[str, list[str]]], rng: random.Random) -> str | None:
    hits = [(m, opts) for pattern, opts in rules for m in re.finditer(pattern, text, re.I)]
    if not hits:
        return None
    m, opts = hits[0]
    new = rng.choice(opts)
    if text[m.start() : m.end()].isupper() and not re.search(r"[a-z]\.", new):
        new = new.upper()
    out = text[: m.start()] + new + text[m.end() :]
    return re.sub(r"\s+", " ", out).strip()


@org_only
def c_legal_abbrev(entry: Entry, rng: random.Random) -> str | None:
    return regex_swap(entry.list_name, ABBREV_EXPAND, rng)


PREFIXABLE = {
    "LLC",
    "L.L.C.",
    "JSC",
    "OJSC",
    "CJSC",
    "PJSC",
    "OOO",
    "OAO",
    "ZAO",
    "AO",
    "TOO",
    "TOV",
}


@org_only
def c_legal_moved(entry: Entry, rng: random.Random) -> str | None:
    name = entry.list_name
    m = PREFIX_FORMS.match(name)
    if m:
        form, rest = m.group(1), m.group(2)
        return f"{rest}{rng.choice([' ', ', '])}{form}"
    m = SUFFIX_FORMS.match(name)
    if m and len(m.group(1).split()) >= 1:
        rest, form = m.group(1).rstrip(","), m.group(2)
        if form.upper() not in PREFIXABLE:
            return None  # only forms that are also written in front of the name
        return f"{form} {rest}"
    return None


@org_only
def c_legal_dropped(entry: Entry, rng: random.Random) -> str | None:
    name = entry.list_name
    m = PREFIX_FORMS.match(name)
    if m:
        rest = m.group(2)
    else:
        m2 = SUFFIX_FORMS.match(name)
        if not m2:
            return None
        rest = m2.group(1).rstrip(", ")
    if len(rest.replace(" ", "")) < 6:
        return None
    return rest if rng.random() < 0.6 else titled(rest)


@org_only
def c_legal_misspelt(entry: Entry, rng: random.Random) -> str | None:
    text = base(entry, rng)

    def change(word: str, r: random.Random) -> str | None:
        options = MISSPELL.get(word.lower())
        if not options:
            return None
        pick = r.choice(options)
        return same_case(word, pick) if pick != word.lower() else None

    return replace_one_word(text, rng, change)


@org_only
def c_legal_spaced(entry: Entry, rng: random.Random) -> str | None:
    name = entry.list_name
    hits = [(m, opts) for pattern, opts in SPACED_DOTTED for m in re.finditer(pattern, name, re.I)]
    if not hits:
        return None
    m, opts = rng.choice(hits)
    return name[: m.start()] + rng.choice(opts) + name[m.end() :]


@org_only
def c_legal_native(entry: Entry, rng: random.Random) -> str | None:
    country = next((c for p in entry.places for c in NATIVE_FORMS if c in p.lower()), None)
    if country is None:
        return None
    name = entry.list_name
    for pattern, options, where in NATIVE_FORMS[country]:
        m = re.search(pattern, name, re.I)
        if not m:
            continue
        rest = (name[: m.start()] + " " + name[m.end() :]).replace(" ,", ",")
        rest = re.sub(r"\s+", " ", rest).strip(" ,")
        if len(rest) < 4:
            return None
        form = rng.choice(options)
        if where == "prefix-only" or (where == "prefix" and rng.random() < 0.7):
            return f"{form} {rest}"
        return f"{rest} {form}"
    return None


@org_only
def c_generic_abbrev(entry: Entry, rng: random.Random) -> str | None:
    return replace_one_word(base(entry, rng), rng, table_sub(GENERIC_ABBREV), at_most=2)


@org_only
def c_generic_translate(entry: Entry, rng: random.Random) -> str | None:
    return replace_one_word(base(entry, rng), rng, table_sub(GENERIC_TRANSLATE), at_most=1)


def c_initials(entry: Entry, rng: random.Random) -> str | None:
    parts = person_parts(entry)
    if not parts:
        return None
    given, surname = parts
    words = given.split()
    if len(words) < 2 or len(surname.replace(" ", "")) < 4:
        return None
    dot = rng.choice([". ", " ", "."])
    if rng.random() < 0.7:
        initials = " ".join(w[0].upper() + dot.strip() for w in words[1:])
        return f"{titled(words[0])} {initials} {titled(surname)}"
    if re.search(r"(vich|vna|ich|ovna|evna|ogly|kyzy)$", words[1].lower()):
        return f"{words[0][0].upper()}. {words[1][0].upper()}. {titled(surname)}"
    return f"{words[0][0].upper()}. {titled(' '.join(words[1:]))} {titled(surname)}"


def c_middle_dropped(entry: Entry, rng: random.Random) -> str | None:
    parts = person_parts(entry)
    if parts:
        given, surname = parts
        words = given.split()
        if len(words) < 2:
            return None
        keep = (
            [words[0]]
            if rng.random() < 0.6
            else [words[0], words[-1]]
            if len(words) >= 3
            else [words[0]]
        )
        keep = [w for w in keep if w.lower() not in CONNECTORS] or words[:1]
        return f"{titled(' '.join(keep))} {titled(surname)}"
    if entry.kind == "person":
        words = titled(entry.list_name).split()
        if len(words) >= 4:
            if rng.random() < 0.5 or words[1].lower() in CONNECTORS:
                return f"{words[0]} {words[-1]}"
            return " ".join(words[:2] + words[-1:])
    return None


def c_title(entry: Entry, rng: random.Random) -> str | None:
    if entry.kind != "person":
        return None
    text = natural(entry)
    pool = list(TITLES_ANY)
    if entry.gender == "Male":
        pool += TITLES_MALE
    muslim_programs = (
        "TA",
        "QD",
        "SDGT",
        "SDT",
        "FTO",
        "IRAQ",
        "SYRIA",
        "YEMEN",
        "LIBYA",
        "SO",
        "AQ",
    )
    if arabic_like(entry) and entry.gender != "Female" and entry.program in muslim_programs:
        pool += TITLES_MUSLIM
    if "general" in entry.remarks.lower() or "commander" in entry.remarks.lower():
        pool += TITLES_MILITARY
    title = rng.choice(pool)
    if rng.random() < 0.15 and title.startswith("Dr"):
        return f"{text}, PhD"
    return f"{title} {text}"


def c_nickname(entry: Entry, rng: random.Random) -> str | None:
    if entry.kind != "person":
        return None
    words = natural(entry).split()
    for i, word in enumerate(words[:-1]):
        options = NICKNAMES.get(word.lower())
        if not options:
            continue
        abbreviation = word.lower().startswith(("moh", "muh", "abd"))
        if abbreviation and rng.random() < 0.6:
            continue
        if i > 0 and not abbreviation:
            continue  # a nickname replaces the first given name only
        rest = words[i + 1 :]
        if rest and re.search(r"(vich|vna)$", rest[0].lower()):
            rest = rest[1:]  # nobody writes a diminutive with a patronymic
        return " ".join(words[:i] + [rng.choice(options)] + rest)
    return None


def c_original_script(entry: Entry, rng: random.Random) -> str | None:
    scripts = [s for s in entry.original_script if s] + [
        a for a in entry.aliases if a and not re.search(r"[A-Za-z]", a) and not a.startswith("LOW|")
    ]
    if not scripts:
        return None
    text = rng.choice(scripts)
    return re.sub(r"\s+", " ", text).strip() if rng.random() < 0.8 else text + " "


def c_cyrillic(entry: Entry, rng: random.Random) -> str | None:
    if entry.kind != "person" or not russian_like(entry):
        return None
    parts = person_parts(entry)
    if not parts:
        return None
    given = parts[0].lower().split()
    surname = parts[1].lower().split()
    if len(given) != 2 or len(surname) != 1 or given[0] not in RUSSIAN_GIVEN_CYRILLIC:
        return None
    if not RUSSIAN_PATRONYMIC.match(given[1]) or re.search(r"[jwxqc](?!h)", given[1] + surname[0]):
        return None
    if not surname[0].isascii() or not surname[0].isalpha():
        return None
    cyr = [RUSSIAN_GIVEN_CYRILLIC[given[0]], to_cyrillic(given[1]), to_cyrillic(surname[0])]
    if rng.random() < 0.4:
        cyr = cyr[-1:] + cyr[:-1]
    return " ".join(cyr)


def c_address(entry: Entry, rng: random.Random) -> str | None:
    if not entry.places or entry.kind not in ("person", "organization"):
        return None
    place = rng.choice(entry.places)
    place = re.sub(r"\s+", " ", place)[:60].rsplit(" ", 1)[0] if len(place) > 60 else place
    text = base(entry, rng)
    return rng.choice([f"{text}, {place}", f"{text} ({place})", f"{text} - {place}"])


DESCRIPTORS_ORG = [
    "Attn: {n}",
    "{n} (consignee)",
    "Beneficiary: {n}",
    "{n} - supplier",
    "Invoice to {n}",
    "{n} (end user)",
    "Notify party: {n}",
    "{n} / accounts dept",
]
DESCRIPTORS_PERSON = [
    "Attn: {n}",
    "{n} (director)",
    "Beneficiary: {n}",
    "{n} - UBO",
    "{n} (signatory)",
    "Passenger: {n}",
    "{n}, shareholder",
]


def c_descriptor(entry: Entry, rng: random.Random) -> str | None:
    if entry.kind not in ("person", "organization"):
        return None
    text = base(entry, rng)
    dob = re.search(r"DOB (?:\d{1,2} [A-Z][a-z]{2} )?(\d{4})", entry.remarks)
    nat = re.search(r"nationality ([A-Za-z ]+)", entry.remarks)
    if entry.kind == "person" and (dob or nat) and rng.random() < 0.5:
        if dob and (not nat or rng.random() < 0.5):
            return rng.choice(
                [
                    f"{text} b. {dob.group(1)}",
                    f"{text}, DOB {dob.group(1)}",
                    f"{text} ({dob.group(1)})",
                ]
            )
        if nat:
            return f"{text}, {nat.group(1).strip()} national"
    pool = DESCRIPTORS_PERSON if entry.kind == "person" else DESCRIPTORS_ORG
    return rng.choice(pool).format(n=text)


def vessel_type(entry: Entry) -> str:
    m = re.search(r"vessel type (.+)$", entry.remarks)
    return m.group(1).lower() if m else ""


def c_vessel_prefix(entry: Entry, rng: random.Random) -> str | None:
    if entry.kind != "vessel":
        return None
    vtype = vessel_type(entry)
    prefixes = ["MT", "M/T", "M.T."] if "tanker" in vtype else ["MV", "M/V", "M.V."]
    prefixes += ["Vessel", "the vessel", "MS" if rng.random() < 0.3 else "MV"]
    return f"{rng.choice(prefixes)} {entry.list_name.title() if rng.random() < 0.4 else entry.list_name}"


def c_vessel_imo(entry: Entry, rng: random.Random) -> str | None:
    if entry.kind != "vessel":
        return None
    m = re.search(r"IMO (\d{7})", entry.remarks)
    if not m:
        return None
    imo = m.group(1)
    return rng.choice(
        [
            f"{entry.list_name} (IMO {imo})",
            f"{entry.list_name} IMO:{imo}",
            f"IMO {imo} {entry.list_name}",
            f"MV {entry.list_name} IMO {imo}",
            f"{entry.list_name.title()} / IMO No. {imo}",
        ]
    )


def c_aircraft(entry: Entry, rng: random.Random) -> str | None:
    if entry.kind != "aircraft":
        return None
    name = entry.list_name
    model = re.search(r"Aircraft Model ([^;]+)", entry.remarks)
    if "-" in name and rng.random() < 0.5:
        return name.replace("-", rng.choice(["", " "]))
    if model:
        return (
            f"{model.group(1).strip()} {rng.choice(['reg.', 'registration', ''])} {name}".replace(
                "  ", " "
            )
        )
    return f"aircraft {name}" if rng.random() < 0.5 else f"{name} (aircraft)"


CONNECTORS = {
    "bin",
    "ben",
    "ibn",
    "bint",
    "abu",
    "al",
    "el",
    "abd",
    "abdul",
    "de",
    "del",
    "van",
    "von",
}
STOP = {"of", "the", "and", "for", "de", "del", "la", "el", "al", "des", "du", "y", "e", "i"}


def acronym_alias(entry: Entry) -> str | None:
    words = [w for w in re.split(r"[\s\-]+", entry.list_name) if w and w.lower() not in STOP]
    initials = "".join(w[0] for w in words if w[0].isalpha()).upper()
    for alias in entry.aliases:
        a = alias.replace("LOW|", "").strip()
        if (
            3 <= len(a) <= 8
            and a.isalpha()
            and a.isupper()
            and (a == initials or initials.startswith(a) or a in initials)
        ):
            return a
    return None


def c_acronym(entry: Entry, rng: random.Random) -> str | None:
    if entry.kind != "organization":
        return None
    acro = acronym_alias(entry)
    if not acro:
        return None
    choice = rng.random()
    if len(acro) < 4:
        return (
            f"{acro} ({titled(entry.list_name)})"
            if choice < 0.5
            else f"{titled(entry.list_name)} ({acro})"
        )
    if choice < 0.35:
        return ".".join(acro) + "."
    if choice < 0.6:
        return acro.lower()
    if choice < 0.8:
        return " ".join(acro)
    return f"{acro} ({titled(entry.list_name)})"


def c_alias(entry: Entry, rng: random.Random) -> str | None:
    if entry.list_key == "us_csl":
        return None  # CSL alt_names also carry related parties, not only aliases
    strong = [
        a
        for a in entry.aliases
        if not a.startswith("LOW|")
        and re.search(r"[A-Za-z]{3}", a)
        and len(a) >= 6
        and len(tokens(a)) >= 2
    ]
    if not strong:
        return None
    alias = rng.choice(strong)
    if entry.kind == "person" and alias.count(",") == 1:
        surname, given = (p.strip() for p in alias.split(","))
        text = f"{titled(given)} {titled(surname)}"
    else:
        text = titled(alias) if rng.random() < 0.5 else alias
    if rng.random() < 0.5:
        return (
            replace_one_word(
                text,
                rng,
                lambda w, r: op_drop_or_double(w, r) if len(w) >= 6 and not legal_word(w) else None,
            )
            or text
        )
    return text


def c_truncated(entry: Entry, rng: random.Random) -> str | None:
    text = base(entry, rng)
    limit = rng.choice([30, 35, 35, 40])
    if len(text) < limit + 8:
        return None
    cut = text[:limit].rstrip(" ,.-")
    if len(tokens(cut)) < 2:
        return None
    return cut


def c_ocr(entry: Entry, rng: random.Random) -> str | None:
    text = base(entry, rng)
    options = [(a, b) for a, b in OCR if a in text]
    if len(options) > 1 and rng.random() < 0.7:
        options = [o for o in options if o[0] not in ("e", "o")] or options
    if not options:
        return None
    a, b = rng.choice(options)
    spots = [m.start() for m in re.finditer(re.escape(a), text) if m.start() > 0]
    if not spots:
        return None
    i = rng.choice(spots)
    return text[:i] + b + text[i + len(a) :]


def c_diacritics(entry: Entry, rng: random.Random) -> str | None:
    text = base(entry, rng)

    def change(word: str, r: random.Random) -> str | None:
        new = DIACRITICS.get(word.lower())
        if new is None or fold(new) == new.lower():
            return None
        return new.upper() if word.isupper() else new

    return replace_one_word(text, rng, change, at_most=3)


LATAM = ("CUBA", "VENEZUELA", "SDNTK", "ILLICIT-DRUGS", "NICARAGUA", "TCO", "SDNT")


def c_spanish(entry: Entry, rng: random.Random) -> str | None:
    parts = person_parts(entry)
    if not parts or not any(p in entry.program for p in LATAM):
        return None
    given, surname = parts
    sw = surname.split()
    if len(sw) != 2 or any(w.lower() in STOP for w in sw):
        return None
    choice = rng.random()
    if choice < 0.6:
        return f"{titled(given)} {titled(sw[0])}"
    if choice < 0.8:
        return f"{titled(given)} {titled(sw[0])} {sw[1][0].upper()}."
    return f"{titled(given)} {titled(sw[0])}-{titled(sw[1])}"


CATEGORIES: list[tuple[str, Transform]] = [
    ("word_order", c_word_order),
    ("arabic_romanisation", c_arabic),
    ("persian_romanisation", c_persian),
    ("russian_romanisation", c_russian),
    ("korean_romanisation", c_korean),
    ("chinese_romanisation_or_order", c_chinese),
    ("arabic_article_al", c_arabic_article),
    ("typo_keyboard_neighbour", c_typo_keyboard),
    ("typo_transposed_letters", c_typo_transposition),
    ("typo_dropped_or_doubled_letter", c_typo_letter),
    ("spacing_joined_split_extra", c_spacing),
    ("punctuation_dropped_or_added", c_punctuation),
    ("letter_case", c_mixed_case),
    ("legal_form_abbreviated_or_expanded", c_legal_abbrev),
    ("legal_form_moved", c_legal_moved),
    ("legal_form_dropped", c_legal_dropped),
    ("legal_form_misspelt", c_legal_misspelt),
    ("legal_form_spaced_or_dotted", c_legal_spaced),
    ("legal_form_other_country", c_legal_native),
    ("generic_words_abbreviated", c_generic_abbrev),
    ("generic_words_translated", c_generic_translate),
    ("initials_for_given_names", c_initials),
    ("middle_names_dropped", c_middle_dropped),
    ("title_or_honorific", c_title),
    ("nickname_or_short_form", c_nickname),
    ("original_script", c_original_script),
    ("cyrillic_written_by_hand", c_cyrillic),
    ("address_appended", c_address),
    ("descriptor_or_dob_appended", c_descriptor),
    ("vessel_prefix", c_vessel_prefix),
    ("vessel_with_imo", c_vessel_imo),
    ("aircraft_registration", c_aircraft),
    ("acronym_written_variously", c_acronym),
    ("alias_as_typed", c_alias),
    ("truncated_by_field_length", c_truncated),
    ("ocr_confusion", c_ocr),
    ("diacritics_added", c_diacritics),
    ("spanish_second_surname", c_spanish),
]


# --------------------------------------------------------------------------------------------
# Building the variants


@dataclass(frozen=True)
class Universe:
    """Every shipped list, read once."""

    entries: list[Entry]
    dpl_names: list[str]

    def all_names(self) -> list[str]:
        names = list(self.dpl_names)
        for entry in self.entries:
            names.append(entry.list_name)
            names += [a.replace("LOW|", "") for a in entry.aliases]
            names += list(entry.original_script)
        return names


def load_universe() -> Universe:
    sdn = load_ofac(
        "us_ofac_sdn",
        LISTS / "ofac_sdn/sdn.csv.gz",
        LISTS / "ofac_sdn/alt.csv.gz",
        LISTS / "ofac_sdn/add.csv.gz",
    )
    cons = load_ofac(
        "us_ofac_cons",
        LISTS / "ofac_cons/cons_prim.csv.gz",
        LISTS / "ofac_cons/cons_alt.csv.gz",
        LISTS / "ofac_cons/cons_add.csv.gz",
    )
    un = load_un(LISTS / "un_sc/UN_consolidated_2026-02-27.xml.gz")
    csl = load_csl(LISTS / "us_csl/consolidated_2022-05.csv.gz")
    dpl = load_dpl_names(LISTS / "bis_dpl/dpl_2023-11-30.txt.gz")
    return Universe(entries=sdn + cons + un + csl, dpl_names=dpl)


def usable(entry: Entry) -> bool:
    if not entry.list_name or entry.list_name != entry.list_name.strip() or not entry.list_id:
        return False
    if entry.list_key == "us_csl" and entry.program.startswith("Specially Designated Nationals"):
        return False  # the SDN entries are drawn from the SDN file itself
    return len(tokens(entry.list_name)) >= 1 and len(entry.list_name) >= 4


def owner_keys(universe: Universe) -> dict[str, set[str]]:
    """Comparison key of every list name -> primary-name keys of the entries that carry it."""
    owners: dict[str, set[str]] = {}
    for entry in universe.entries:
        primary = key(entry.list_name)
        for name in (
            entry.list_name,
            *[a.replace("LOW|", "") for a in entry.aliases],
            *entry.original_script,
        ):
            owners.setdefault(key(name), set()).add(primary)
    return owners


REDUCTIVE = {
    "middle_names_dropped",
    "spanish_second_surname",
    "legal_form_dropped",
    "initials_for_given_names",
    "truncated_by_field_length",
    "arabic_article_al",
    "nickname_or_short_form",
}


class Ambiguity:
    """Rejects reduced variants whose remaining words (or prefix) also name another entry."""

    def __init__(self, universe: Universe) -> None:
        self.owners: dict[str, set[str]] = {}
        prefixes: list[tuple[str, str]] = []
        for entry in universe.entries:
            primary = key(entry.list_name)
            for name in (entry.list_name, *[a.replace("LOW|", "") for a in entry.aliases]):
                for tok in tokens(name):
                    self.owners.setdefault(tok, set()).add(primary)
                prefixes.append((" ".join(tokens(name)), primary))
        prefixes.sort()
        self.prefixes = prefixes
        self.prefix_keys = [p for p, _ in prefixes]

    def other_owner(self, query: str, own: str, *, truncated: bool = False) -> bool:
        toks = tokens(query)
        if truncated and toks:
            folded = " ".join(toks)
            start = bisect.bisect_left(self.prefix_keys, folded)
            for name, primary in self.prefixes[start:]:
                if not name.startswith(folded):
                    break
                if primary != own:
                    return True
            toks = toks[:-1]
        core = [t for t in toks if len(t) > 1 and t not in CHECK_SKIP]
        if not core or all(t in innocent_pool_words() for t in core):
            return True  # nothing left but words common enough to be in the innocent pools
        common: set[str] | None = None
        for tok in core:
            hits = self.owners.get(tok, set())
            common = set(hits) if common is None else common & hits
        return bool(common and common - {own})


def diversity_key(entry: Entry) -> str:
    """Entries of one family (e.g. 'FU YUAN YU 8648', 'GAZPROM TRANSGAZ ...') share this key."""
    if entry.kind == "person" or entry.kind == "aircraft":
        return entry.uid
    words = [t for t in tokens(entry.list_name) if t not in LEGAL_WORDS and t not in STOP]
    return words[0] if words else entry.uid


def build_pool(entries: list[Entry], rng: random.Random) -> list[Entry]:
    """A stratified sample of entries that categories draw from first."""
    shares = {"us_ofac_sdn": 0.58, "un_sc": 0.16, "us_csl": 0.18, "us_ofac_cons": 0.08}
    pool: list[Entry] = []
    for list_key, share in shares.items():
        candidates = [e for e in entries if e.list_key == list_key]
        rng.shuffle(candidates)
        pool += candidates[: int(POOL_SIZE * share)]
    return pool


LEVELS = [(True, 0), (True, 1), (False, 0), (True, 2), (False, 1), (False, 3)]


class CategoryState:
    """One category's walk over the entries, least-used entries first."""

    def __init__(
        self,
        name: str,
        transform: Transform,
        rng: random.Random,
        order: list[Entry],
        pool: set[str],
    ) -> None:
        self.pool = pool
        self.name = name
        self.transform = transform
        self.rng = rng
        self.order = order
        self.rejected: set[str] = set()
        self.taken: set[str] = set()
        self.families: dict[str, int] = {}

    def try_entry(
        self,
        entry: Entry,
        owners: dict[str, set[str]],
        ambiguity: Ambiguity,
        seen: set[str],
    ) -> Variant | None:
        if self.families.get(diversity_key(entry), 0) >= 2:
            return None
        query = self.transform(entry, self.rng)
        if query is None:
            self.rejected.add(entry.uid)
            return None
        query = query.replace("\n", " ")
        own = key(entry.list_name)
        if (
            not tokens(query)
            or query == entry.list_name
            or query.casefold() in seen
            or owners.get(key(query), set()) - {own}  # the variant is another party's name
            or (
                self.name in REDUCTIVE
                and ambiguity.other_owner(
                    query, own, truncated=self.name == "truncated_by_field_length"
                )
            )
        ):
            self.rejected.add(entry.uid)
            return None
        return Variant(query=query, category=self.name, entry=entry)

    def next_variant(
        self,
        uses: dict[str, int],
        owners: dict[str, set[str]],
        ambiguity: Ambiguity,
        seen: set[str],
    ) -> Variant | None:
        for pool_only, most in LEVELS:
            for entry in self.order:
                if pool_only and entry.uid not in self.pool:
                    break  # the order puts pool entries first
                if (
                    entry.uid in self.taken
                    or entry.uid in self.rejected
                    or uses.get(entry.uid, 0) > most
                ):
                    continue
                variant = self.try_entry(entry, owners, ambiguity, seen)
                if variant is not None:
                    self.taken.add(entry.uid)
                    fam = diversity_key(entry)
                    self.families[fam] = self.families.get(fam, 0) + 1
                    return variant
        return None


def build_variants(universe: Universe) -> list[Variant]:
    rng = random.Random(SEED)
    entries = [e for e in universe.entries if usable(e)]
    owners = owner_keys(universe)
    ambiguity = Ambiguity(universe)
    pool = build_pool(entries, rng)
    in_pool = {e.uid for e in pool}
    uses: dict[str, int] = {}
    rows: list[Variant] = []
    seen: set[str] = set()
    states = []
    for name, transform in CATEGORIES:
        cat_rng = random.Random(f"{SEED}:{name}")
        order = list(entries)
        cat_rng.shuffle(order)
        order.sort(key=lambda e: e.uid not in in_pool)
        states.append(CategoryState(name, transform, cat_rng, order, in_pool))
    for _ in range(PER_CATEGORY):
        for state in states:
            variant = state.next_variant(uses, owners, ambiguity, seen)
            if variant is None:
                continue
            rows.append(variant)
            seen.add(variant.query.casefold())
            uses[variant.entry.uid] = uses.get(variant.entry.uid, 0) + 1
    order_of = {name: i for i, (name, _) in enumerate(CATEGORIES)}
    rows.sort(key=lambda v: order_of[v.category])
    return rows


# --------------------------------------------------------------------------------------------
# Innocent names (hand-written pools)

GIVEN = {
    "arabic": "Omar Khalil Tarek Yasmin Leila Nour Rami Samir Fadi Hala Rania Ziad Bassel Karim Layla "
    "Mahmoud Amal Hussam Dalia Maher Reem Sami Walid Youssef Hiba Lina Bilal Anas Majd Jana Rawan "
    "Mohammed Ali Ahmed Hassan Ibrahim Mustafa Salma Noura Faris Ghassan Hamdi Issam Marwan Nadia",
    "persian": "Arash Babak Dariush Farzaneh Golnaz Kaveh Laleh Mehran Nasrin Parisa Ramin Shirin Siavash "
    "Soraya Yasaman Ali Reza Hossein Mohammad Maryam Fatemeh Zahra Navid Pouya Ehsan Behnaz Kourosh "
    "Mahsa Niloufar Omid Payam Roya Saman Taraneh Vahid",
    "russian": "Aleksandr Dmitriy Sergey Andrey Olga Irina Natalya Yelena Tatyana Pavel Roman Kirill "
    "Maksim Anastasiya Svetlana Igor Vladislav Denis Artem Yuliya Ksenia Nikita Stanislav Lyudmila "
    "Vadim Galina Boris Arkadiy Timur Zoya",
    "korean": "Min-jun Seo-yeon Ji-hoon Ha-eun Do-yun Su-bin Ye-jin Hyun-woo Jae-won Eun-ji Sung-min "
    "Young-ho Kyung-soo Hye-jin Dong-hyun Mi-rae Tae-yang Na-rae Jun-seo Bo-ra",
    "chinese": "Wei Fang Xiaoming Jing Lei Yan Hui Qiang Ling Ying Jun Tao Xiulan Zhiwei Haoran Yuting "
    "Mingyu Jiahui Zihan Shuang Xin Peng Lihua Guoqiang Yufei Chenxi Ruoxi",
    "vietnamese": "Anh Binh Cuong Dung Giang Hanh Hieu Hoa Khanh Lan Linh Minh Nam Ngoc Phuong Quang Thao "
    "Thu Trang Tuan Van Hung Duc Thanh Huong",
    "spanish": "Alejandro Lucia Javier Carmen Diego Valentina Sofia Mateo Andres Gabriela Rodrigo Paula "
    "Ignacio Camila Fernando Daniela Santiago Ines Pablo Marisol Esteban Jimena Luis Jose Maria Juan "
    "Carlos Miguel Rafael Adriana",
    "turkish": "Emre Elif Burak Zeynep Cem Aylin Murat Selin Kaan Ebru Onur Deniz Serkan Gizem Volkan "
    "Ozlem Tolga Esra Baris Merve Mehmet Ahmet Mustafa Ayse Fatma Hakan",
    "indian": "Rahul Priya Ananya Vikram Sanjay Deepa Arjun Kavita Rohan Neha Suresh Lakshmi Aditya "
    "Meera Rajesh Pooja Karthik Divya Manish Sunita Amit Anjali Nikhil Shreya Mohammed Imran Farhan",
    "african": "Chinedu Ngozi Oluwaseun Adaeze Kwame Ama Kofi Abena Tendai Nomsa Thabo Zanele Jabari "
    "Amara Babajide Folake Obinna Chiamaka Sekou Aminata Mamadou Fatoumata Yaw Efua Tunde Nkechi "
    "Kwabena Wanjiru Otieno Halima",
    "european": "Lukas Anna Jan Katarzyna Pierre Claire Giovanni Francesca Erik Ingrid Niels Sanne "
    "Mateusz Agnieszka Henrik Astrid Matteo Chiara Tomas Eva Luc Helene Jakub Zuzana Oskar Freja "
    "Dimitris Eleni Joao Beatriz Michael Thomas Peter Maria",
    "english": "James Emily Oliver Charlotte Harry Amelia George Olivia Jack Isabella William Grace "
    "Daniel Hannah Matthew Chloe Robert Sarah David Laura",
    "pakistani": "Imran Ayesha Bilal Sana Faisal Hina Usman Zainab Kamran Mehwish Asad Sadia Tariq "
    "Rabia Zeeshan Nida Adnan Saima Hamza Fariha",
    "indonesian": "Budi Siti Agus Dewi Rizky Putri Eko Wulan Hendra Ratna Dimas Ayu Fajar Indah Yusuf",
}
SURNAME = {
    "arabic": "Haddad Khoury Nassar Saleh Darwish Mansour Barakat Hijazi Shami Zaher Tamimi Qasemi "
    "Awad Sabbagh Hourani Najjar Farah Bitar Jaber Khatib Masri Sayegh Dabbagh Kanaan Rifai Shaheen "
    "Al-Amin Al-Harbi Al-Qahtani Al-Mutairi El-Sayed Abdelaziz Hussein Hassan Ali Ibrahim",
    "persian": "Rahimi Karimi Jafari Moradi Ahmadi Sadeghi Kazemi Hashemi Alavi Tehrani Shirazi "
    "Esfahani Farahani Nikpour Bahrami Azadi Rostami Ghorbani Yazdani Mohammadi Hosseini Rezaei "
    "Sharifi Ebrahimi Soltani Mirzaei Najafi Tavakoli Zamani Naderi",
    "russian": "Smirnov Kuznetsova Popov Vasilyev Sokolova Mikhaylov Novikov Fyodorova Morozov Volkova "
    "Lebedev Kozlova Stepanov Pavlova Semyonov Golubev Vinogradova Bogdanov Orlov Belova Ivanov "
    "Petrova Sidorov Yegorov Zaytsev Solovyova Borisov Tarasova Belyakov Gromov",
    "korean": "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Ryu Hong",
    "chinese": "Wang Li Zhang Liu Chen Yang Huang Zhao Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Luo Zheng",
    "vietnamese": "Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly",
    "spanish": "Garcia Fernandez Lopez Martinez Sanchez Perez Gomez Martin Jimenez Ruiz Hernandez Diaz "
    "Moreno Alvarez Romero Navarro Torres Dominguez Vazquez Ramos Gil Serrano Blanco Molina Castro "
    "Ortega Rubio Marin Sanz Iglesias",
    "turkish": "Yilmaz Kaya Demir Sahin Celik Yildiz Yildirim Ozturk Aydin Ozdemir Arslan Dogan Kilic "
    "Aslan Cetin Kara Koc Kurt Ozkan Simsek Polat Erdem Korkmaz Cakir",
    "indian": "Sharma Verma Gupta Iyer Nair Reddy Patel Shah Mehta Joshi Rao Menon Kulkarni Desai Bose "
    "Chatterjee Banerjee Mukherjee Pillai Naidu Agarwal Kapoor Malhotra Saxena Khan Qureshi",
    "african": "Okafor Adeyemi Mensah Boateng Mwangi Otieno Dlamini Nkosi Diallo Traore Keita Toure "
    "Kamara Banda Phiri Mutasa Chukwu Eze Abiodun Owusu Asante Ndlovu Kariuki Onyango Sesay",
    "european": "Schneider Fischer Weber Kowalski Nowak Dubois Lefebvre Rossi Bianchi Johansson "
    "Lindqvist Jensen Hansen de Vries Janssen Novak Horvath Papadopoulos Silva Costa Muller Bauer "
    "Wagner Moreau Laurent Conti Esposito Nielsen Svoboda",
    "english": "Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans "
    "Walker White Roberts Green Hall Wood Jackson Clarke",
    "pakistani": "Malik Chaudhry Butt Akhtar Rana Siddiqui Javed Abbasi Hashmi Rizvi Bhatti Mirza",
    "indonesian": "Santoso Wijaya Susanto Hartono Gunawan Setiawan Kurniawan Prasetyo Saputra Hidayat",
}
MIDDLE_STYLE = {"arabic", "persian", "spanish", "indian", "pakistani", "african"}
FATHER_NAMES = {
    "arabic": split_words(
        "Omar Khalil Tarek Rami Samir Fadi Ziad Bassel Karim Mahmoud Hussam Maher Sami Walid "
        "Youssef Bilal Anas Mohammed Ali Ahmed Hassan Ibrahim Mustafa Faris Ghassan Issam Marwan"
    ),
    "persian": split_words("Ali Reza Hossein Mohammad Mehdi Hamid Javad Saeed Majid Behrouz"),
    "indian": split_words("Kumar Prasad Lal Nath Chandra Mohan Ram Singh"),
    "pakistani": split_words("Ahmed Ali Hussain Iqbal Javed Rashid Aslam"),
    "african": split_words("Chukwuemeka Olumide Kwesi Ibrahima Moussa Sipho"),
}
RUSSIAN_PATRONYMIC_M = split_words(
    "Aleksandrovich Sergeyevich Ivanovich Nikolayevich Petrovich Mikhaylovich Viktorovich"
)
RUSSIAN_PATRONYMIC_F = split_words(
    "Aleksandrovna Sergeyevna Ivanovna Nikolayevna Petrovna Mikhaylovna Viktorovna"
)
SCRIPT_PEOPLE = [
    ("ru", "Анна Сергеевна Белова"),
    ("ru", "Михаил Андреевич Громов"),
    ("ru", "Ольга Викторовна Тарасова"),
    ("ru", "Кирилл Павлович Орлов"),
    ("ru", "Светлана Игоревна Зайцева"),
    ("ru", "Денис Олегович Стрельцов"),
    ("ko", "김민준"),
    ("ko", "이서연"),
    ("ko", "박지훈"),
    ("ko", "최하은"),
    ("ko", "정도윤"),
    ("ko", "윤수빈"),
    ("zh", "王晓明"),
    ("zh", "刘雨婷"),
    ("zh", "陈浩然"),
    ("zh", "赵佳慧"),
    ("zh", "周子涵"),
    ("zh", "林若曦"),
    ("ar", "ليلى حداد"),
    ("ar", "سامر خوري"),
    ("ar", "رانيا نصار"),
    ("ar", "زياد بركات"),
    ("ar", "هالة الحجازي"),
    ("fa", "آرش کریمی"),
    ("fa", "شیرین یزدانی"),
    ("fa", "کاوه بهرامی"),
    ("fa", "نسرین نادری"),
    ("el", "Ελένη Παπαδοπούλου"),
    ("el", "Δημήτρης Κωνσταντίνου"),
    ("he", "נועה לוי"),
    ("he", "איתי כהן"),
    ("ja", "佐藤 健太"),
    ("ja", "鈴木 美咲"),
    ("th", "สมชาย ใจดี"),
    ("hi", "राहुल शर्मा"),
]
COMPANY_CORE = split_words(
    "Altair Borealis Cedarline Delphin Emberwood Falkenrath Glenmoor Harbourview Isola "
    "Juniper Kestrel Lumina Meridian Northwind Orchid Pinecrest Quayside Riverbend Solstice "
    "Tamarind Umbra Verdant Willowbrook Xanthe Yarrow Zephyrine Anatolia Bosphorus Caspia "
    "Danube Euphrates Fjordline Galata Hanseatic Ionian Jadeport Karakum Levant Mekong Nile "
    "Oxus Pamir Qinling Rhine Sahel Taurus Ural Volga Wadi Yangtze Zagros Amber Cobalt "
    "Crimsonleaf Silverbirch Goldcrest Bluefin Redwood Greystone Ivory Onyx Sapphire Topaz "
    "Coral Granite Marble Saffron Cinnamon Cardamom Lotus Olive Cypress Magnolia Acacia "
    "Baobab Sequoia Tulip Jasmine Hibiscus Camellia Peony Lavender"
)
COMPANY_SECOND = split_words(
    "Star Bridge Gate Crest Point Peak Valley Harbor Field Ridge Way Line Stone Wave"
)
COMPANY_GENERIC = split_bars(
    "Trading|Industrial|Shipping|Bank|Logistics|Engineering|Technologies|Electronics|"
    "Chemicals|Textiles|Foods|Energy|Marine|Aviation|Construction|Pharmaceuticals|"
    "Import Export|General Trading|Holdings|Investment|Machinery|Steel|Petroleum Services|"
    "Consulting|Software|Agro|Metals|Freight|Insurance|Finance|Capital|Commercial Bank|"
    "Industrial Group|Shipping Agency|Travel|Hotels|Media|Mining|Medical Supplies|Plastics|"
    "Paper|Auto Parts|Electric|Telecom|Security Systems|Furniture"
)
COMPANY_FORM = {
    "generic": [
        "LLC",
        "Ltd",
        "Limited",
        "Co., Ltd.",
        "Inc.",
        "Corp.",
        "Company",
        "Group",
        "PLC",
        "",
        "",
    ],
    "ru": ["OOO", "AO", "LLC", "JSC"],
    "tr": ["Ltd. Sti.", "A.S.", "San. ve Tic. Ltd. Sti."],
    "de": ["GmbH", "AG", "GmbH & Co. KG"],
    "es": ["S.A.", "S.A. de C.V.", "S.L.", "Ltda."],
    "ae": ["FZE", "FZCO", "L.L.C", "DMCC"],
    "cn": ["Co., Ltd.", "Company Limited", "(Shenzhen) Co., Ltd."],
    "in": ["Pvt. Ltd.", "Private Limited", "LLP"],
    "sg": ["Pte. Ltd.", "Pte Ltd"],
    "my": ["Sdn. Bhd.", "Sdn Bhd"],
    "fr": ["SARL", "SAS", "S.A."],
    "it": ["S.r.l.", "S.p.A."],
    "nl": ["B.V.", "N.V."],
}
CHECK_SKIP = (
    LEGAL_WORDS
    | STOP
    | {
        "bin",
        "ibn",
        "bint",
        "abu",
        "abd",
        "van",
        "von",
        "der",
        "den",
        "le",
        "di",
        "da",
        "dos",
        "das",
        "trading",
        "industrial",
        "shipping",
        "bank",
        "group",
        "general",
        "international",
        "company",
        "holdings",
        "investment",
        "commercial",
        "services",
        "import",
        "export",
        "ve",
        "san",
        "tic",
        "sl",
        "nv",
        "dmcc",
        "kg",
        "ltda",
        "shenzhen",
    }
)


class NameIndex:
    """Token index of every list name and alias, for rejecting listed or near-listed names."""

    def __init__(self, names: list[str]) -> None:
        self.postings: dict[str, set[int]] = {}
        self.keys: set[str] = set()
        for i, name in enumerate(names):
            toks = tokens(name)
            self.keys.add(" ".join(sorted(toks)))
            self.keys.add("".join(toks))
            for tok in toks:
                self.postings.setdefault(tok, set()).add(i)
        self.deletions: dict[str, set[str]] = {}
        for tok in self.postings:
            if len(tok) >= 4:
                for variant in self._deletes(tok):
                    self.deletions.setdefault(variant, set()).add(tok)

    @staticmethod
    def _deletes(tok: str) -> set[str]:
        return {tok} | {tok[:i] + tok[i + 1 :] for i in range(len(tok))}

    def near(self, tok: str) -> set[int]:
        found = set(self.postings.get(tok, set()))
        if len(tok) >= 4:
            for variant in self._deletes(tok):
                for listed in self.deletions.get(variant, set()):
                    found |= self.postings[listed]
        return found

    def listed(self, name: str) -> bool:
        """True when the name is (nearly) a list name or all its distinctive words sit in one."""
        toks = tokens(name)
        if " ".join(sorted(toks)) in self.keys or "".join(toks) in self.keys:
            return True
        core = [t for t in toks if t not in CHECK_SKIP and len(t) > 1]
        if not core:
            return True
        common: set[int] | None = None
        for tok in core:
            hits = self.near(tok)
            common = hits if common is None else common & hits
            if not common:
                return False
        return bool(common)


def innocent_pool_words() -> set[str]:
    """Every word of the hand-written innocent-name pools (folded)."""
    if not _POOL_WORDS:
        for text in (*GIVEN.values(), *SURNAME.values()):
            _POOL_WORDS.update(tokens(text))
        for names in FATHER_NAMES.values():
            _POOL_WORDS.update(tokens(" ".join(names)))
    return _POOL_WORDS


_POOL_WORDS: set[str] = set()


def make_person(tradition: str, rng: random.Random) -> str:
    given = rng.choice(GIVEN[tradition].split())
    surname = rng.choice(SURNAME[tradition].split())
    if tradition in ("korean", "chinese", "vietnamese") and rng.random() < 0.6:
        if tradition == "vietnamese" and rng.random() < 0.7:
            middle = rng.choice(["Van", "Thi", "Minh", "Duc", "Ngoc", "Quoc", "Thanh"])
            return f"{surname} {middle} {given}"
        return f"{surname} {given}"
    if tradition == "russian":
        female = given.endswith("a") or given in ("Lyudmila", "Galina", "Zoya", "Ksenia")
        if female and surname.endswith(("ov", "ev", "in")):
            surname += "a"
        if not female and surname.endswith(("ova", "eva", "ina")):
            surname = surname[:-1]
        if rng.random() < 0.6:
            pat = rng.choice(RUSSIAN_PATRONYMIC_F if female else RUSSIAN_PATRONYMIC_M)
            return f"{given} {pat} {surname}"
    if tradition in MIDDLE_STYLE and rng.random() < 0.45:
        if tradition == "spanish":
            second = rng.choice(SURNAME[tradition].split())
            if second != surname:
                return f"{given} {surname} {second}"
        else:
            middle = rng.choice(FATHER_NAMES[tradition])
            if middle != given:
                return f"{given} {middle} {surname}"
    if rng.random() < 0.08:
        return f"{surname.upper()}, {given}"
    return f"{given} {surname}"


def make_company(rng: random.Random) -> tuple[str, str]:
    country = rng.choice(list(COMPANY_FORM))
    core = rng.choice(COMPANY_CORE)
    if rng.random() < 0.3:
        core = f"{core} {rng.choice(COMPANY_SECOND)}"
    generic = rng.choice(COMPANY_GENERIC)
    form = rng.choice(COMPANY_FORM[country])
    if country == "ru" and rng.random() < 0.6:
        return f"{form} {core} {generic}", country
    if country == "cn" and rng.random() < 0.5:
        city = rng.choice(["Ningbo", "Xiamen", "Qingdao", "Suzhou", "Dalian"])
        return f"{city} {core} {generic} {form}".strip(), country
    name = f"{core} {generic}"
    return (f"{name} {form}".strip() if form else name), country


def build_innocent(universe: Universe) -> list[Innocent]:
    rng = random.Random(f"{SEED}:innocent")
    index = NameIndex(universe.all_names())
    rows: list[Innocent] = []
    seen: set[str] = set()

    def add(name: str, kind: str, source: str) -> None:
        k = key(name)
        if k in seen or index.listed(name):
            return
        seen.add(k)
        rows.append(Innocent(name=name, kind=kind, source=source))

    for tag, name in SCRIPT_PEOPLE:
        add(name, "person", f"hand:script-{tag}")
    traditions = list(GIVEN)
    attempts = 0
    target_people = 1900
    while len(rows) < target_people and attempts < 200_000:
        attempts += 1
        tradition = traditions[attempts % len(traditions)]
        add(make_person(tradition, rng), "person", f"hand:{tradition}")
    while len(rows) < INNOCENT_TOTAL and attempts < 400_000:
        attempts += 1
        name, country = make_company(rng)
        add(name, "organization", f"hand:company-{country}")
    return rows


# --------------------------------------------------------------------------------------------
# Output


def write_gz(path: Path, marker: str, header: list[str], rows: list[list[str]]) -> str:
    text = io.StringIO()
    text.write(marker + "\n")
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    raw = text.getvalue().encode("utf-8")
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        gz.write(raw)
    data = buf.getvalue()
    path.write_bytes(data)
    return hashlib.sha256(data).hexdigest()


def main() -> int:
    universe = load_universe()
    variants = build_variants(universe)
    innocent = build_innocent(universe)
    v_hash = write_gz(
        OUT / "independent4_variants.csv.gz",
        MARKER_VARIANTS,
        ["query", "category", "kind", "list", "list_id", "list_name", "half"],
        [
            [
                v.query,
                v.category,
                v.entry.kind,
                v.entry.list_key,
                v.entry.list_id,
                v.entry.list_name,
                "all",
            ]
            for v in variants
        ],
    )
    i_hash = write_gz(
        OUT / "independent4_innocent.csv.gz",
        MARKER_INNOCENT,
        ["name", "kind", "source"],
        [[r.name, r.kind, r.source] for r in innocent],
    )
    counts: dict[str, int] = {}
    for v in variants:
        counts[v.category] = counts.get(v.category, 0) + 1
    for name, _ in CATEGORIES:
        print(f"{name:40s} {counts.get(name, 0)}")
    print(
        f"variants {len(variants)} over {len({v.entry.uid for v in variants})} entries  sha256 {v_hash}"
    )
    print(f"innocent {len(innocent)}  sha256 {i_hash}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
