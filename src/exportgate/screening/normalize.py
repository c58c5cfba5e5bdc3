"""Name normalisation: any script to comparable Latin tokens.

Steps (each cheap, so the same code runs at index build and on every query):

1. Unicode NFKC, quotes and brackets dropped, ``&`` read as ``and``, dotted abbreviations
   joined (``L.L.C.`` -> ``llc``, ``S.A.`` -> ``sa``).
2. Person names written ``SURNAME, Given`` are turned around (``PUTIN, Vladimir`` ->
   ``Vladimir PUTIN``); the scorer is order-insensitive, but explanations read naturally.
3. Transliteration with ICU (PyICU): Cyrillic, Arabic, Persian, Hebrew, Greek (UNGEGN),
   Armenian, Georgian, Devanagari, kana … to Latin, then to ASCII. Hangul is romanised per
   syllable (Revised Romanisation) so ``김정은`` becomes ``gim jeong eun``; common
   McCune-Reischauer spellings are matched by :func:`korean_variants`. Chinese characters get
   Hanyu Pinyin per syllable.
4. Tokens: lower-case ASCII words; numbers are kept as tokens (watchman #483: dropping the
   number of "11420 CORP." made every "... CORP" a 100% hit).
5. Legal forms are recognised with rigour's org-type data (``Aktiengesellschaft`` -> ``ag``,
   ``OOO`` / ``TOV`` / ``LLC`` -> one class) plus a short list of abbreviations, and tagged so
   the scorer gives them little weight. Honorifics and titles (``Mr``, ``President``,
   ``Präsident``, ``Президент``, ``elnök``) and particles (``al``, ``bin``, ``van der``) are
   tagged too.

Abjad scripts (Arabic, Persian, Urdu, Hebrew) write few vowels, so tokens that come from them
are also compared by consonant skeleton (:func:`skeleton`): ``محمد`` -> ``mhmd`` ~ ``mohamed``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from exportgate.screening.abbreviations import expand_abbreviations
from exportgate.screening.legal_forms import join_letter_runs, respell_legal, split_glued_dotted
from exportgate.screening.names_table import replace_known_words
from exportgate.screening.scripts import (
    ORIGIN_HANGUL,
    latinize,
)

# token categories
WORD = 0
LEGAL = 1  # legal form: llc, gmbh, jsc ...
PARTICLE = 2  # al, bin, van, de, of, the, and ...
TITLE = 3  # mr, dr, president, sheikh ...
NUMBER = 4
INITIAL = 5  # single letter


_LEGAL_TOKENS = frozenset(
    [
        "llc",
        "ltd",
        "limited",
        "inc",
        "incorporated",
        "corp",
        "corporation",
        "co",
        "company",
        "cos",
        "gmbh",
        "mbh",
        "ag",
        "kg",
        "kgaa",
        "sa",
        "sas",
        "sarl",
        "srl",
        "spa",
        "sl",
        "bv",
        "nv",
        "plc",
        "llp",
        "lp",
        "lllp",
        "jsc",
        "ojsc",
        "cjsc",
        "pjsc",
        "ao",
        "oao",
        "zao",
        "pao",
        "ooo",
        "tov",
        "pat",
        "prat",
        "dat",
        "pp",
        "fop",
        "pt",
        "tbk",
        "kft",
        "zrt",
        "nyrt",
        "as",
        "asa",
        "ab",
        "oy",
        "oyj",
        "sdn",
        "bhd",
        "pte",
        "pvt",
        "pty",
        "fze",
        "fzco",
        "fzc",
        "fzllc",
        "fz",
        "dmcc",
        "ulc",
        "lda",
        "ltda",
        "eireli",
        "sro",
        "spol",
        "sp",
        "zoo",
        "ood",
        "ead",
        "eood",
        "doo",
        "dd",
        "ad",
        "ab",
        "bhd",
        "kk",
        "gk",
        "yk",
        "se",
        "ltee",
        "cv",
        "sab",
        "de",
        "rl",
        "ehf",
        "hf",
        "aps",
        "ks",
        "ky",
        "oü",
        "ou",
        "uab",
        "ab",
        "tmi",
        "sia",
        "llc.",
        "coltd",
        "pllc",
        "pc",
        "unitary",
        "enterprise",
        "fgup",
        "gup",
        "mup",
        "ip",
        "ojsc.",
        "jv",
    ]
)
# words that are legal forms only when combined: "joint stock company", "company limited" ...
_LEGAL_PHRASE_WORDS = frozenset(
    [
        "joint",
        "stock",
        "closed",
        "open",
        "public",
        "private",
        "limited",
        "liability",
        "company",
        "partnership",
    ]
)
_PARTICLES = frozenset(
    [
        "al",
        "el",
        "ul",
        "ar",
        "as",
        "ad",
        "an",
        "ash",
        "at",
        "az",
        "bin",
        "ibn",
        "bint",
        "ben",
        "bn",
        "b",
        "de",
        "da",
        "do",
        "dos",
        "das",
        "del",
        "della",
        "dei",
        "di",
        "du",
        "la",
        "le",
        "les",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "ten",
        "y",
        "e",
        "and",
        "of",
        "the",
        "und",
        "et",
        "for",
        "in",
        "on",
        "at",
        "to",
        "a",
        "an",
    ]
)
_TITLES = frozenset(
    [
        # the pilgrim's honorific written with its article ("Al-Haj Mehdi ..."), and an
        # engineer's ("Eng. Joseph ...", "Engr.")
        "alhaj",
        "alhajj",
        "alhaji",
        "elhadj",
        "haj",
        "hadj",
        "eng",
        "engr",
        "mr",
        "mrs",
        "ms",
        "daw",  # Burmese, a woman's honorific ("Daw Aung San Suu Kyi")
        "miss",
        "mx",
        "dr",
        "prof",
        "sir",
        "dame",
        "lord",
        "lady",
        "hon",
        "honorable",
        "honourable",
        "rev",
        "reverend",
        "president",
        "presidente",
        "prasident",
        "praesident",
        "prezident",
        "president",
        "predsjednik",
        "presedintele",
        "presiden",
        "presidentti",
        "elnok",
        "prezydent",
        "premier",
        "minister",
        "chairman",
        "chairwoman",
        "ceo",
        "general",
        "gen",
        "colonel",
        "col",
        "major",
        "maj",
        "captain",
        "capt",
        "lieutenant",
        "lt",
        "commander",
        "cmdr",
        "admiral",
        "brigadier",
        "sergeant",
        "sgt",
        "marshal",
        "sheikh",
        "shaikh",
        "shaykh",
        "sheik",
        # "teacher, master": an Arabic, Persian, Urdu and Malay honorific before a name
        # ("Ustadh Yahia ...", "Ustad Farid ...", "Ustaz ..."; session 11, issue 17)
        "ustadh",
        "ustad",
        "ustaz",
        "ustadz",
        "ustaad",
        "haji",
        "hajji",
        "hajj",
        "mullah",
        "mulla",
        "maulana",
        "maulawi",
        "maulvi",
        "mawlawi",
        "mufti",
        "imam",
        "ayatollah",
        "hojatoleslam",
        "sayyid",
        "sayed",
        "syed",
        "king",
        "queen",
        "prince",
        "princess",
        "emir",
        "sultan",
        "his",
        "her",
        "excellency",
        "he",
    ]
)
# titles that are also common given names or name parts are left as words
#: a closing word in brackets ("China Electronics Corporation (CEC)")
_BRACKETED_END = re.compile(r"\(\s*([^\W\d_]{2,8})\s*\)\W*$")
#: words an acronym skips ("Bank *of* China": BOC or BC)
_ACRONYM_SKIPS = frozenset({"of", "and", "the", "for", "de", "des", "du", "la", "el", "al"})


def query_tokens(text: str, kind: str | None = None) -> list[Token]:
    """A query's tokens (:func:`tokenize`) without a closing bracketed acronym that spells the
    initials of adjacent words of the same name ("CHINA NORTH INDUSTRIES GROUP CORPORATION
    LIMITED (CNIGC)"): the customer wrote the name twice, and the acronym is no word of its own
    to be matched or missed. (List names keep it: the index holds each list name without its
    bracketed part too, and a query typed with a slip may still need the list's acronym.)"""
    toks = tokenize(text, kind)
    if "(" not in text:
        return toks
    words = [t.text for t in toks]
    kept = _without_own_acronym(text, words)
    return toks[: len(kept)]


def _without_own_acronym(text: str, words: list[str]) -> list[str]:
    m = _BRACKETED_END.search(text)
    if m is None:
        return words
    acr = m.group(1).lower()
    if len(words) < 3 or words[-1] != acr:
        return words
    rest = words[:-1]
    for skip in (_ACRONYM_SKIPS, frozenset[str]()):
        for start in range(len(rest)):
            letters = ""
            for w in rest[start:]:
                if w in skip and letters:
                    continue
                letters += w[0]
                if len(letters) >= len(acr):
                    break
            if letters == acr:
                return rest
    return words


#: the pilgrim's honorific, after "al-" / "el-"
_HAJJ = frozenset({"haj", "hajj", "haji", "hadj"})
_TITLES_AMBIGUOUS = frozenset({"sayed", "syed", "sayyid", "emir", "sultan", "king", "prince"})
# short titles that are also name syllables ("He", "Ms" ...) count only at the start: "H.E. Ali"
# is a title, "JING HE, Lin" a name
_TITLES_START_ONLY = frozenset(
    {"he", "his", "her", "ms", "mr", "mrs", "miss", "lady", "dame", "lord", "daw"}
)
#: titles that are also family names ("Faisal Sheikh", "He Xiaoming", "Naveed Haji"): a title
#: only where two other name words remain, else the name would be one word whose match alone
#: decides ("FAISAL, Abdullah" is not "Faisal Sheikh")
_TITLES_ALSO_NAMES = frozenset(
    {
        "he",
        "sheikh",
        "shaikh",
        "shaykh",
        "sheik",
        "ustadh",
        "ustad",
        "ustaz",
        "ustadz",
        "ustaad",
        "haji",
        "hajji",
        "haj",
        "hadj",
        "alhaji",
        "eng",
        "mullah",
        "mulla",
        "imam",
        "major",
        "marshal",
        "general",
        "king",
        "queen",
        "prince",
        "princess",
        "sultan",
        "emir",
    }
)

_DOTTED_ABBREV = re.compile(r"\b(?:[^\W\d_]\.){2,}(?:[^\W\d_]\b\.?)?", re.UNICODE)
_APOSTROPHES = re.compile(r"['’‘`´ʻʼʾʿ\u02bc\u02bb]")
_BRACKETS = re.compile(r"[\"“”„«»‹›「」『』()\[\]{}]")
#: the ASCII characters of :data:`_APOSTROPHES` and :data:`_BRACKETS` (see :func:`_may_hold`)
_APOSTROPHE_ASCII = frozenset("'`")
#: the ASCII digits, and with the characters :func:`_unleet` reads ("@" for a, "$" for s)
_DIGITS = frozenset("0123456789")
_DIGITS_LEET = frozenset("0123456789@$")
_BRACKET_ASCII = frozenset('"()[]{}')
_NON_WORD = re.compile(r"[^a-z0-9]+")
_NON_TOKEN = re.compile(r"[^a-z0-9\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_DIGIT_ALPHA = re.compile(r"(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)")


# --------------------------------------------------------------------------------------------
# phonetic helpers

_SKEL_MAP = str.maketrans(
    {
        "v": "f",
        "w": "f",
        "p": "b",
        "t": "d",
        "q": "k",
        "g": "k",
        "c": "k",
        "z": "s",
        "x": "s",
    }
)
#: letters the consonant skeleton drops and that transliterations disagree on most
VOWELS = frozenset("aeiouy")


#: :func:`skeleton`'s memo (every list word, see NameIndex.warm_word_memos, and queries'):
#: a plain dictionary, emptied at ``SKELETON_MEMO_MAX`` words, not ``functools.lru_cache``,
#: whose call costs the compiled query path ~8x a dictionary look-up (the scorer asks it of
#: both words of every pair it compares)
SKELETON_MEMO: Final[dict[str, str]] = {}
SKELETON_MEMO_MAX: Final = 200_000


def skeleton(token: str) -> str:
    """Consonant skeleton: vowels dropped, voiced/unvoiced and similar letters merged.

    ``mohamed`` / ``mhmd`` -> ``mhmd``; ``vladimir`` / ``fladymyr`` -> ``fldmr``;
    ``putin`` / ``bwtyn`` -> ``bdn``. ``w`` and ``y`` inside a word count as vowels
    (Arabic and Hebrew write long vowels with them). Memoised (:data:`SKELETON_MEMO`).
    """
    got = SKELETON_MEMO.get(token)
    if got is None:
        if len(SKELETON_MEMO) >= SKELETON_MEMO_MAX:
            SKELETON_MEMO.clear()
        got = SKELETON_MEMO[token] = _skeleton(token)
    return got


def _skeleton(token: str) -> str:
    if not token or token.isdigit():
        return token
    t = token.replace("kh", "h").replace("sh", "s").replace("ch", "s").replace("ph", "f")
    t = t.replace("th", "d").replace("dh", "d").replace("gh", "k").replace("ck", "k")
    out: list[str] = []
    for i, ch in enumerate(t):
        if ch in VOWELS or (i > 0 and ch in "wy"):
            continue
        m = ch.translate(_SKEL_MAP)
        if out and out[-1] == m:
            continue
        out.append(m)
    return "".join(out)


# --------------------------------------------------------------------------------------------
# tokens


class Token:
    """One normalised token of a name.

    Tokenisations are memoised as plain tuples of its three fields, which the cyclic garbage
    collector stops tracking (it tracks every instance of a class, and every tuple holding
    one), so the memo of up to 100,000 names is not walked again by each later full
    collection, a pause on whichever query triggers it. Each :func:`tokenize` call builds its
    own Tokens from the memo (a class with slots: its fields read faster than a named tuple's)."""

    __slots__ = ("text", "cat", "origin")

    def __init__(self, text: str, cat: int, origin: int) -> None:
        self.text = text
        self.cat = cat
        self.origin = origin

    def __repr__(self) -> str:
        return f"Token({self.text!r}, cat={self.cat}, origin={self.origin})"


def _reorder_person(text: str) -> str:
    # "SURNAME, Given Names" -> "Given Names SURNAME" (one comma, no legal form after it)
    if text.count(",") != 1:
        return text
    surname, given = (p.strip() for p in text.split(","))
    if not surname or not given or len(given.split()) > 5:
        return text
    low = given.lower().replace(".", "")
    if low in _LEGAL_TOKENS or any(w in _LEGAL_TOKENS for w in low.split()):
        return text
    return f"{given} {surname}"


@lru_cache(maxsize=4)
def _org_types():  # type: ignore[no-untyped-def]
    from rigour.names import replace_org_types_compare

    return replace_org_types_compare


def _legal_phrases(words: list[str]) -> list[int]:
    """Categories per word: LEGAL for single legal tokens and legal phrases."""
    cats = [WORD] * len(words)
    for i, w in enumerate(words):
        if w in _LEGAL_TOKENS:
            cats[i] = LEGAL
    # phrases like "joint stock company", "limited liability company", "company limited"
    i = 0
    while i < len(words):
        if words[i] in _LEGAL_PHRASE_WORDS:
            j = i
            while j < len(words) and words[j] in _LEGAL_PHRASE_WORDS:
                j += 1
            span = words[i:j]
            if j - i >= 2 and any(w in ("company", "limited", "partnership") for w in span):
                for k in range(i, j):
                    cats[k] = LEGAL
            i = j
        else:
            i += 1
    return cats


_CAMEL = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z])")
#: two words run together, the first in capitals (three letters or more: "KKhaled" is a
#: doubled capital), the second in small letters ("SOEwin",
#: "HEINzaw"): where the case changes, a word ends
_CAPS_THEN_SMALL = re.compile(
    r"(?<=\b[A-Z]{3})(?=[a-z]{2})|(?<=\b[A-Z]{4})(?=[a-z]{2})|(?<=\b[A-Z]{5})(?=[a-z]{2})"
)
#: Arabic-script ``عبد`` ("servant of") and the next word are one compound name (``عبد الله`` =
#: ``عبدالله`` = Abdullah), written apart or joined; lists romanise it as one word or two
_ABD_APART = re.compile(r"(?<![^\W\d_])(عبد)\s+(?=\w)")
#: a company form with a partner company: "GmbH & Co. KG", "Ltd & Co KG", "AG & Co. KGaA"
_AND_CO_FORM = re.compile(
    r"\b(?:gmbh|ltd|ag|se|sarl|bv|b\.v\.|inc|llc|ug)\s*(?:&|\+|and|und)\s*co\.?\s*"
    r"(kgaa|kg|ohg)\b",
    re.IGNORECASE,
)
#: the Kazakh and Kyrgyz LLP (ТОО, "товарищество с ограниченной ответственностью") written in
#: Latin capitals as the first or last word of a company name ("TOO KAZAKH MINING"); rigour
#: reads the Cyrillic form only, and "too" alone is an English word, so capitals at an end
_TOO_FORM = re.compile(r"^\s*TOO(?=\s+\w)|(?<=\w)\s+TOO\s*$")
_GLUED_LEGAL = re.compile(
    r"(?<=[a-z]{3})(?=(?:AG|GmbH|LLC|Ltd|LTD|Inc|PLC|plc|SpA|BV|NV|OOO|JSC|PJSC|OJSC)\b)"
    # legal forms no word ends with, glued on in one case ("OSTEC-ETCLTD", "acmellc")
    r"|(?<=[A-Z]{3})(?=(?:LTD|LLC|GMBH|PLC|PJSC|OJSC|INC|CORP)\b)|(?<=[a-z]{3})(?=(?:ltd|llc|gmbh)\b)"
    # ... and a capitalised one after an acronym ("QPSLtd")
    r"|(?<=[A-Z]{2})(?=(?:Ltd|Inc|GmbH|LLC)\b)"
)
#: the legal forms that :data:`_GLUED_LEGAL` finds glued on (one of them is in any text it
#: changes: "PJSC" and "OJSC" hold "JSC")
_GLUED_LEGAL_FORMS = (
    "AG",
    "GmbH",
    "LLC",
    "Ltd",
    "LTD",
    "Inc",
    "PLC",
    "plc",
    "SpA",
    "BV",
    "NV",
    "OOO",
    "JSC",
    "GMBH",
    "INC",
    "CORP",
    "ltd",
    "llc",
    "gmbh",
)
#: "Compañía" with or without its accents: the Spanish word for company, which the lists write
#: as "COMPANIA" (a word of the name), never as a legal form
_COMPANIA_ACCENTED = re.compile(r"\bcompa[ñÑ][íÍiI]a\b", re.IGNORECASE)
_LEET = str.maketrans("013457@$9", "oieastasg")
_VESSEL_PREFIXES = frozenset({"mv", "mt", "ss", "fv", "rv", "mts", "lng", "lpg"})
_LEET_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz013457@$9")
_ROMAN_ANY = re.compile(
    r"\b(?:ii|iii|iv|vii|viii|ix|xii|xiii|xiv|xv|xvi|xvii|xviii|xix|xx)\b", re.I
)
_ROMAN = {
    "ii": "2",
    "iii": "3",
    "iv": "4",
    "vii": "7",
    "viii": "8",
    "ix": "9",
    "xii": "12",
    "xiii": "13",
    "xiv": "14",
    "xv": "15",
    "xvi": "16",
    "xvii": "17",
    "xviii": "18",
    "xix": "19",
    "xx": "20",
}
#: roman numerals that are also names or initials: numbers only where they close a company name
_ROMAN_CLOSING = {"v": "5", "vi": "6", "x": "10", "xi": "11"}
_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_ORDINAL = re.compile(r"^(\d+)(st|nd|rd|th)$")


def _numbers(words: list[str]) -> list[str]:
    """``forty four`` -> ``44``, ``first`` / ``1st`` -> ``1`` (numbers written either way)."""
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        m = _ORDINAL.match(w)
        if m:
            out.append(m.group(1))
        elif w in _TENS:
            val = _TENS[w]
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if nxt in _UNITS and _UNITS[nxt] < 10:
                val += _UNITS[nxt]
                i += 1
            elif len(nxt) == 1 and nxt.isdigit() and nxt != "0":  # "forty 4"
                val += int(nxt)
                i += 1
            out.append(str(val))
        elif w in _UNITS and len(words) > 1:
            out.append(str(_UNITS[w]))
        else:
            out.append(w)
        i += 1
    return out


def _unleet(word: str) -> str:
    """``ig0r`` -> ``igor``, ``sech1n`` -> ``sechin``: digits written for look-alike letters, in
    a word of at least three letters where each such digit stands between two letters."""
    w = word.lower()
    if not _LEET_CHARS.issuperset(w) or sum(c.isalpha() for c in w) < 3:
        return word
    digits = [k for k, c in enumerate(w) if not c.isalpha()]
    if not digits or len(digits) > 2:
        return word
    if any(
        k == 0 or k == len(w) - 1 or not w[k - 1].isalpha() or not w[k + 1].isalpha()
        for k in digits
    ):
        return word
    return w.translate(_LEET)


#: a person's name word typed letter by letter: four single letters or more in a row ("J O S E
#: ERNESTO"), or single letters making the whole surname before the comma ("G U O, Ruiguang",
#: "K. I. M., Kyong Hak"); three in a row elsewhere are initials ("J R R Tolkien")
_SPELLED_RUN = re.compile(r"(?<![^\W\d_])[A-Za-z](?:[\s.]+[A-Za-z]){3,}(?![^\W\d_])\.?")
_SPELLED_SURNAME = re.compile(r"^\s*([A-Za-z](?:[\s.]+[A-Za-z])+)\.?\s*,")


def _join_spelled(m: re.Match[str]) -> str:
    return "".join(ch for ch in m.group(0) if ch.isalpha())


def join_spelled_names(text: str) -> str:
    """A person's name word written letter by letter, joined ("J O S E" -> "JOSE")."""
    if "," in text:
        text = _SPELLED_SURNAME.sub(lambda m: _join_spelled(m) + ",", text)
    return _SPELLED_RUN.sub(_join_spelled, text)


#: a vessel's IMO number written beside its name ("IMO 9165839", "(IMO: 9165839)", "IMO9165839")
IMO_NUMBER = re.compile(
    r"\(?\s*\bIMO\s*(?:no\.?|number)?\s*[:#.]?\s*(\d{7})\b\s*\)?", re.IGNORECASE
)
#: a ship's type in letters before its name, slashed or dotted ("M/V", "M.T.", "M/Y"; dotted
#: only for a query about a vessel: "M.V. Rao" is a person's initials)
_SHIP_LETTERS = re.compile(r"^\W*M\s*/\s*([VTY])\b\.?\s*", re.IGNORECASE)
_SHIP_LETTERS_DOTTED = re.compile(r"^\W*M\s*[/.]\s*([VTY])\b\.?\s*", re.IGNORECASE)
#: a ship's type in words before its name, for a query about a vessel ("Tanker HALTI")
_SHIP_WORDS = re.compile(
    r"^\W*(?:the\s+)?(?:(?:motor|oil|crude|cargo|container|chemical|lpg|lng)\s+)?"
    r"(?:vessel|tanker|ship|carrier|yacht)\s+(?=\w)",
    re.IGNORECASE,
)
#: an aircraft's type or model in brackets after its tail number ("RA-86561 (IL-62)"), or the
#: word "aircraft" beside it
_AIRCRAFT_MODEL = re.compile(r"\s*\([^()]*\)\s*$")
_AIRCRAFT_WORD = re.compile(r"\b(?:aircraft|airplane|aeroplane|plane|jet)\b", re.IGNORECASE)


def vessel_marks(text: str, kind: str | None) -> tuple[str, tuple[str, ...]]:
    """A query's name without what marks a ship or an aircraft rather than names it, and the
    IMO numbers it gave: an IMO number (an identifier, not a number of the name), a ship's type
    in letters ("M/V", "M.T.": read as the prefix "MV", "MT"; slashed for any query but a
    person's, dotted for a vessel's), and
    for a query about a vessel its type in words ("Tanker", "Vessel"); for an aircraft, its
    model in brackets and the word "aircraft"."""
    if kind == "person":
        return text, ()
    imos: tuple[str, ...] = ()
    if "imo" in text.lower():
        imos = tuple(IMO_NUMBER.findall(text))
        if imos:
            text = IMO_NUMBER.sub(" ", text).strip()
    if kind == "vessel":
        text = _SHIP_WORDS.sub("", _SHIP_LETTERS_DOTTED.sub(_ship_letters, text))
    else:
        text = _SHIP_LETTERS.sub(_ship_letters, text)
        if kind == "aircraft":
            text = _AIRCRAFT_WORD.sub(" ", _AIRCRAFT_MODEL.sub("", text)).strip()
    return text, imos


#: what a registration's written forms share: its letters and digits, upper case ("EP-LDC",
#: "EP LDC" and "epldc" -> "EPLDC")
_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]+")
#: the words of a query that a registration may be written in (a space, a dash or a dot apart)
_REG_WORDS = re.compile(r"[0-9A-Za-z]+(?:[-.][0-9A-Za-z]+)*")


def registration_key(text: str) -> str:
    """An aircraft registration (tail number) as compared: its letters and digits in upper
    case, whatever separates them ("RA-86561", "RA 86561", "ra86561" -> "RA86561")."""
    return _NOT_ALNUM.sub("", text).upper()


def registration_spans(text: str, kind: str | None) -> tuple[tuple[str, str], ...]:
    """The ways a query may give an aircraft registration: each word (``EP-LDC``, ``EPLDC``) and
    each two words in a row (``EP LDC``), as (key, as written), for keys of four characters or
    more; a key of letters alone only where it is written with a dash or a dot, stands for the
    whole query, or the query is about an aircraft (two words of a name, "Ep Ldc", are not
    read as a tail number). None for a query about a person."""
    if kind == "person":
        return ()
    words = _REG_WORDS.findall(text)
    out: list[tuple[str, str]] = []
    for i, w in enumerate(words):
        for written in (w, f"{w} {words[i + 1]}" if i + 1 < len(words) else ""):
            key = registration_key(written)
            if len(key) < 4 or len(key) > 10:
                continue
            if (
                key.isalpha()
                and kind != "aircraft"
                and "-" not in written
                and "." not in written
                and len(words) > (1 if " " not in written else 2)
            ):
                continue
            out.append((key, written))
    return tuple(out)


def _ship_letters(m: re.Match[str]) -> str:
    return f"M{m.group(1).upper()} "


def prepare(text: str, kind: str | None = None) -> tuple[str, int]:
    """Clean, reorder and transliterate ``text``; return the Latin form and its origin."""
    if not text.isupper():  # (capitals only: no lower-case letter to split after)
        text = _CAMEL.sub(" ", text)
        if kind != "organization":
            text = _CAPS_THEN_SMALL.sub(" ", text)
    if kind == "person":
        text = join_spelled_names(text)
    if "عبد" in text:
        text = _ABD_APART.sub(r"\1", text)
    if kind != "person":
        if "TOO" in text:
            text = _TOO_FORM.sub(" LLP ", text)
        if any(form in text for form in _GLUED_LEGAL_FORMS):
            text = _GLUED_LEGAL.sub(" ", text)
        text = split_glued_dotted(text)
        if not text.isascii():
            # legal forms in their own script and spelling, before transliteration folds them
            # ("Gesellschaft mit beschränkter Haftung" -> gmbh, "Общество с ограниченной
            # ответственностью" -> ooo); "Compañía" is the word "Compania" as the lists write
            # it without accents, not a legal form (rule diacritics_fold_first)
            if "ñ" in text or "Ñ" in text:
                text = _COMPANIA_ACCENTED.sub("compania", text)
            # Turkish dotted capital I and dotless i: "İ".lower() is "i" with a combining dot,
            # which rigour reads as a word's end ("LOJİSTİK" held "şti", a legal form)
            text = text.translate(_TURKISH_I)
            text = _org_types()(text.lower(), generic=True)
    if _may_hold(text, _BRACKET_ASCII):
        text = _BRACKETS.sub(" ", text)
    if _may_hold(text, _APOSTROPHE_ASCII):
        text = _APOSTROPHES.sub("", text)
    if kind != "person":
        # "GmbH & Co. KG": one legal form (a limited partnership), not "gmbh and co kg"
        text = _AND_CO_FORM.sub(lambda m: f" {m.group(1)} ", text)
    text = text.replace("&", " and ").replace("+", " and ")
    if kind == "person" or (kind is None and "," in text and not _looks_org(text)):
        text = _reorder_person(text)
    if kind != "organization":
        text = replace_known_words(text)
    latin, origin = latinize(text)
    if _may_hold(latin, _APOSTROPHE_ASCII):
        latin = _APOSTROPHES.sub("", latin)
    if kind != "person":
        latin = join_letter_runs(latin, at_end_only=kind is None and not _looks_org(latin))
    if "." in latin:
        # a person's dotted letters are initials, one a given name ("A.K. VAKANAS", "M.C.Y.
        # Mangok" as "A. K. VAKANAS"); elsewhere an acronym or a legal form ("S.A.", "N.P.F.")
        # (with a name word beside them: letters alone, "J.D.", name no one)
        initials = kind == "person" and any(
            len(w) >= 2 for w in _NON_WORD.sub(" ", _DOTTED_ABBREV.sub(" ", latin).lower()).split()
        )
        latin = _DOTTED_ABBREV.sub(_dotted_initials if initials else _dotted_joined, latin)
    return latin, origin


#: dotted letters that are one word even in a person's name (:func:`_dotted_initials`)
_DOTTED_WORDS = _TITLES | _LEGAL_TOKENS | {"aka", "fka", "nka"}


def _dotted_joined(m: re.Match[str]) -> str:
    return m.group(0).replace(".", "") + " "


def _dotted_initials(m: re.Match[str]) -> str:
    joined = m.group(0).replace(".", "")
    if joined.lower() in _DOTTED_WORDS:
        # "H.E." (His Excellency) a title, "a.s." / "S.A.R.L." a company's legal form on a
        # row without a type, "f.k.a." an alias's mark: one word, not initials
        return joined + " "
    return " ".join(m.group(0).replace(".", " ").split()) + " "


_TURKISH_I = str.maketrans({"İ": "I", "ı": "i"})


def _holds_digit(text: str, ascii_chars: frozenset[str]) -> bool:
    """Whether ``text`` holds a digit (``str.isdigit``) or another of ``ascii_chars`` (the
    ASCII digits and those others): a set test for an ASCII text, whose only digits are
    0-9."""
    if text.isascii():
        return not ascii_chars.isdisjoint(text)
    extra = ascii_chars - _DIGITS
    return any(c.isdigit() or c in extra for c in text)


def _may_hold(text: str, ascii_chars: frozenset[str]) -> bool:
    """Whether ``text`` may hold a character of a pattern whose ASCII characters are
    ``ascii_chars`` (the rest are not ASCII): a pattern's regular expression is run only then
    (the same text; most names hold none of them)."""
    return not text.isascii() or not ascii_chars.isdisjoint(text)


def _looks_org(text: str) -> bool:
    low = _NON_WORD.sub(" ", text.lower()).split()
    return any(w in _LEGAL_TOKENS or w in ("company", "bank", "group") for w in low)


def _other_names(words: list[str], cats: list[int], i: int) -> int:
    """Name words of a name other than ``words[i]``: words that are no title, particle,
    legal form, number or single letter."""
    return sum(
        1
        for k, (w, c) in enumerate(zip(words, cats, strict=True))
        if k != i
        and c == WORD
        and len(w) > 1
        and not w.isdigit()
        and w not in _TITLES
        and w not in _PARTICLES
    )


def _initial_not_particle(text: str, w: str, i: int, cats: list[int], kind: str | None) -> bool:
    """A one-letter particle ("a", "b", "e", "y") that is a person's initial: written with a
    dot ("V. A. Orlov", "Y. Jo"; not "b.", short for bin) or first in the name ("A Rashidi"),
    in a name with no legal form. "Perez y Gomez", "Ali b. Hassan" keep their particle."""
    if len(w) != 1 or kind == "organization" or LEGAL in cats:
        return False
    return i == 0 or w != "b" and re.search(rf"(?<![^\W\d_]){w}\.", text, re.IGNORECASE) is not None


def _initial_after_initial(w: str, before: list[Token], cats: list[int], kind: str | None) -> bool:
    """A one-letter particle right after a person's initial is an initial too ("M Y Avdeyev",
    "A A Saleh": two initials, not an initial and "and")."""
    return (
        len(w) == 1
        and bool(before)
        and before[-1].cat == INITIAL
        and kind != "organization"
        and LEGAL not in cats
    )


def tokenize(text: str, kind: str | None = None) -> list[Token]:
    """Normalised tokens of a name, each with a category (word, legal form, particle …).

    Results are memoised: lists repeat names (the CSL carries most of the SDN) and screening
    traffic repeats customers. The memo holds plain tuples (see :class:`Token`).
    """
    return [Token(w, c, o) for w, c, o in _tokenize(text, kind)]


def clear_tokenize_memo() -> None:
    """Drop memoised tokenisations (after an index build, to give the memory back)."""
    _tokenize.cache_clear()


@lru_cache(maxsize=100_000)
def _tokenize(text: str, kind: str | None) -> tuple[tuple[str, int, int], ...]:
    latin, origin = prepare(text, kind)
    guessed: dict[str, str] = {}
    typed = ""
    if kind != "person":
        # legal forms typed with a slip, split, glued or spelled out letter by letter
        # business abbreviations written out ("Sci. Production Assoc.", "Joint Stock Co")
        latin = expand_abbreviations(latin)
        typed = latin
        latin, guessed = respell_legal(latin, at_end_only=kind is None)
        # "Fund IV" is "Fund 4": a numbered company, vessel or fund (not a person's "III"; and
        # before rigour, which reads "II" as a Lithuanian legal form)
        if _ROMAN_ANY.search(latin):
            parts = _NON_WORD.sub(" ", latin.lower()).split()
            if len(parts) > 1:
                latin = " ".join([parts[0], *(_ROMAN.get(w, w) for w in parts[1:])])
        # rigour rewrites multilingual legal forms to a compare form ("aktiengesellschaft"->"ag")
        latin = _org_types()(latin, generic=True)
    if _holds_digit(latin, _DIGITS_LEET):
        latin = " ".join(_unleet(w) for w in latin.split())
    words = _numbers(_NON_TOKEN.sub(" ", latin.lower()).split())
    if _holds_digit(latin, _DIGITS):
        words = " ".join(
            _DIGIT_ALPHA.sub(" ", w) if not _ORDINAL.match(w) else w for w in words
        ).split()
    if not words:
        return ()
    if len(words) > 2 and words[0] in ("al", "el") and words[1] in _HAJJ and kind != "organization":
        words = [words[0] + words[1], *words[2:]]  # "Al-Haj Mehdi": one honorific
    cats = _legal_phrases(words) if kind != "person" else [WORD] * len(words)
    if guessed and any(c == WORD and w in guessed for w, c in zip(words, cats, strict=True)):
        # a guessed legal-form word that did not become a legal form goes back as typed: a
        # guess never adds evidence, it only stops a slip from costing an unmatched word (the
        # same word typed right elsewhere in the name stays)
        typed_words = _NON_TOKEN.sub(" ", typed.lower()).split()
        surplus = {g: words.count(g) - typed_words.count(g) for g in guessed}
        back = []
        for w, c in zip(words, cats, strict=True):
            if c == WORD and surplus.get(w, 0) > 0:
                surplus[w] -= 1
                back.append(guessed[w])
            else:
                back.append(w)
        words = " ".join(back).split()
        cats = _legal_phrases(words)
    if kind != "person" and len(words) > 1 and words[0] in _VESSEL_PREFIXES:
        cats[0] = LEGAL  # "MV Hellenic Spirit": the ship's type, not its name
    tokens: list[Token] = []
    n = len(words)
    numeral_ok = kind == "organization" or (kind is None and LEGAL in cats)
    for i in range(n):
        w = words[i]
        cat = cats[i]
        if cat == WORD:
            if (
                numeral_ok
                and w in _ROMAN_CLOSING
                and i > 0
                and cats[i - 1] == WORD
                and len(words[i - 1]) >= 3
                and all(c == LEGAL for c in cats[i + 1 :])
            ):
                # "Partners V L.P.": a company's closing V, VI, X or XI is its number in a
                # series, not an initial or a name (a closing "I" stays a letter: the first of a
                # series is often named without it, "Offshore Fund" / "Offshore Fund I")
                w, cat = _ROMAN_CLOSING[w], NUMBER
            elif w.isdigit():
                cat = NUMBER
            elif (
                w in _TITLES
                and kind != "organization"
                and n > 1
                and w not in _TITLES_AMBIGUOUS
                and (w not in _TITLES_ALSO_NAMES or _other_names(words, cats, i) >= 2)
            ):
                # a title only where it stands at either end of a person's name (short ones
                # that are also name syllables only at the start)
                at_end = i == n - 1 and w not in _TITLES_START_ONLY
                # (or after titles only: "SHEIKH DR. AMID ...", "Col. Dr. ...")
                if i == 0 or (tokens and all(t.cat == TITLE for t in tokens)) or at_end:
                    cat = TITLE
            elif (
                w in _PARTICLES
                and n > 1
                and not _initial_not_particle(text, w, i, cats, kind)
                and not _initial_after_initial(w, tokens, cats, kind)
            ):
                cat = PARTICLE
            elif len(w) == 1 and origin != ORIGIN_HANGUL and w.isascii():
                cat = INITIAL  # (a Korean syllable "i", "o", "u" is a surname, not an initial)
        if i > 0 and cat == TITLE and tokens and tokens[-1].cat != TITLE and i != n - 1:
            cat = WORD
        tokens.append(Token(w, cat, origin))
    # a name made only of non-words (e.g. "AL") keeps its words
    if all(t.cat in (PARTICLE, TITLE, LEGAL) for t in tokens):
        for t in tokens:
            if t.cat != LEGAL or len(tokens) == 1:
                t.cat = WORD
    # plain tuples in the memo: the collector untracks them (see Token)
    return tuple([(t.text, t.cat, t.origin) for t in tokens])


def warm_up() -> None:
    """Load the transliterators and the name table now, not on the first customer's query."""
    for sample in (
        "Владимир Ωμέγα",
        "习近平",
        "김정은",
        "محمد",
        "ウラジーミル",
        "สมชาย",
        "राहुल",
        "សុខ",
    ):
        prepare(sample, "person")
    _org_types()


def normal_form(text: str, kind: str | None = None) -> str:
    """Space-joined tokens: the comparable form used for exact matches and de-duplication."""
    return " ".join(t.text for t in tokenize(text, kind))
