"""Script knowledge, beneath normalisation: which script a name is written in and how its
letters become Latin ones.

* origins of a token (:data:`ORIGIN_LATIN`, :data:`ORIGIN_ABJAD`, :data:`ORIGIN_HANGUL`,
  :data:`ORIGIN_HAN`, :data:`ORIGIN_OTHER`);
* ICU transliterators (Greek UNGEGN, Cyrillic BGN/PCGN by language, the general Any-Latin);
* Hangul romanised syllable by syllable (Revised Romanisation) and the common McCune-Reischauer
  spellings of each syllable (:func:`korean_variants`);
* abjad scripts (Arabic, Persian, Urdu, Hebrew), with Urdu letters read as their Arabic base;
* Thai in the Royal Thai General System (pythainlp), with letters for one sound folded;
* Khmer (:mod:`khmer`), Devanagari's silent closing vowel;
* Chinese characters: kept as characters, segmented at known names (:func:`segment_han`, the
  readings table :func:`han_table`) and read as Mandarin pinyin (:func:`han_pinyin`).

Everything here depends on nothing else of the screening package except :mod:`khmer`:
:mod:`names_table` and :mod:`normalize` build on it.
"""

from __future__ import annotations

import gzip
import io
import re
import unicodedata
from functools import lru_cache
from importlib import resources

from exportgate.screening.khmer import has_khmer, khmer_to_latin

# origin flags of a token
ORIGIN_LATIN = 0
ORIGIN_ABJAD = 1
ORIGIN_HANGUL = 2
ORIGIN_OTHER = 3
ORIGIN_HAN = 4  # Chinese characters: one syllable each, compared exactly

_THAI_RUN = re.compile(r"[\u0e00-\u0e7f]+")
#: Thai letters that spell one sound (most from Sanskrit and Pali loans) read as the common
#: letter, so that names spelled with either romanise alike ("วชิราลงกรณ" / "วชิราลงกรน")
_THAI_HOMOPHONES = str.maketrans(
    {
        "ณ": "น",
        "ฎ": "ด",
        "ฏ": "ต",
        "ฐ": "ถ",
        "ฑ": "ท",
        "ฒ": "ท",
        "ศ": "ส",
        "ษ": "ส",
        "ฬ": "ล",
        "ฆ": "ค",
        "ฌ": "ช",
    }
)
_HAN_RUN = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)")

_MAX_SEGMENT = 8

# --------------------------------------------------------------------------------------------
# transliteration


@lru_cache(maxsize=8)
def _icu(spec: str):  # type: ignore[no-untyped-def]
    import icu

    return icu.Transliterator.createInstance(spec)


_GREEK = "[:Greek:] Greek-Latin/UNGEGN"
_HAN = "[:Han:] Han-Latin/Names"
_GENERAL = "Any-Latin; Latin-ASCII; Lower"
_CYR_RU = "[:Cyrillic:] Russian-Latin/BGN"
_CYR_UK = "[:Cyrillic:] Ukrainian-Latin/BGN"
_CYR_SR = "[:Cyrillic:] Serbian-Latin/BGN"
_UKRAINIAN = frozenset("іїєґІЇЄҐ")
_SERBIAN = frozenset("ђћџљњјЂЋЏЉЊЈ")
# BGN writes the soft and hard signs as primes and "тс" as "t·s": dropped
_PRIMES = str.maketrans("", "", "ʹʺ·")

_HANGUL_BASE = 0xAC00
_HANGUL_LAST = 0xD7A3
_L = [
    "g",
    "kk",
    "n",
    "d",
    "tt",
    "r",
    "m",
    "b",
    "pp",
    "s",
    "ss",
    "",
    "j",
    "jj",
    "ch",
    "k",
    "t",
    "p",
    "h",
]
_V = [
    "a",
    "ae",
    "ya",
    "yae",
    "eo",
    "e",
    "yeo",
    "ye",
    "o",
    "wa",
    "wae",
    "oe",
    "yo",
    "u",
    "wo",
    "we",
    "wi",
    "yu",
    "eu",
    "ui",
    "i",
]
_T = [
    "",
    "k",
    "k",
    "k",
    "n",
    "n",
    "n",
    "t",
    "l",
    "l",
    "l",
    "l",
    "l",
    "l",
    "l",
    "l",
    "m",
    "p",
    "p",
    "t",
    "t",
    "ng",
    "t",
    "t",
    "k",
    "t",
    "p",
    "t",
]

_ABJAD_RANGES = (
    (0x0590, 0x05FF),
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)


def _is_abjad(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _ABJAD_RANGES)


def _hangul_syllable(ch: str) -> str:
    idx = ord(ch) - _HANGUL_BASE
    lead, rest = divmod(idx, 588)
    vowel, tail = divmod(rest, 28)
    return _L[lead] + _V[vowel] + _T[tail]


def hangul_romanisations() -> frozenset[str]:
    """Every Hangul syllable romanised as :func:`_romanise_hangul` writes it, and the other
    common romanisations of each (:func:`korean_variants`: McCune-Reischauer, passports)."""
    rr = {_hangul_syllable(chr(cp)) for cp in range(_HANGUL_BASE, _HANGUL_LAST + 1)}
    return frozenset(v for s in rr for v in korean_variants(s))


def _romanise_hangul(text: str) -> str:
    out: list[str] = []
    for ch in text:
        if _HANGUL_BASE <= ord(ch) <= _HANGUL_LAST:
            out.append(" " + _hangul_syllable(ch) + " ")
        else:
            out.append(ch)
    return "".join(out)


#: Urdu letters ICU's Arabic-Latin leaves alone, read as the Arabic letters they extend
#: ("پوٹن" -> "پوتن", Putin): retroflex ṭ, ḍ, ṛ; nūn ghunna; do-chashmi he; baṛi ye
_URDU_LETTERS = str.maketrans(
    {"ٹ": "ت", "ڈ": "د", "ڑ": "ر", "ں": "ن", "ھ": "ه", "ے": "ي", "ۓ": "ي", "ۂ": "ه", "ۃ": "ة"}
)
#: a Devanagari word ending in a bare consonant: Hindi drops its inherent vowel ("पुटिन" is
#: "putin", not ICU's "puṭina"), so a virama is added before transliteration; it keeps the
#: vowel after a cluster ("नरेन्द्र" is "narendra")
_DEVANAGARI_FINAL = re.compile(r"(?<!\u094d)[\u0915-\u0939\u0958-\u095f]\u093c?(?![\u0900-\u097f])")


def _is_alphabet(c: str) -> bool:
    """Letters of an alphabet romanised letter by letter (Cyrillic, Greek, Armenian, Georgian,
    Vietnamese Latin): their names compare like Latin ones. Syllabic scripts (kana, Indic, Thai
    ...) stay ORIGIN_OTHER, whose short words are syllables."""
    o = ord(c)
    return (
        0x0370 <= o <= 0x058F
        or 0x10A0 <= o <= 0x10FF
        or 0x1E00 <= o <= 0x1FFF
        or 0x2DE0 <= o <= 0x2DFF
    )


def latinize(text: str) -> tuple[str, int]:
    """Lower-case ASCII rendering of ``text`` and the origin of its non-Latin letters."""
    if text.isascii():
        return text.lower(), ORIGIN_LATIN
    text = unicodedata.normalize("NFKC", text)
    origin = ORIGIN_LATIN
    if any(_HANGUL_BASE <= ord(c) <= _HANGUL_LAST for c in text):
        text = _romanise_hangul(text)
        origin = ORIGIN_HANGUL
    if any(_is_abjad(c) for c in text):
        origin = ORIGIN_ABJAD
    elif origin == ORIGIN_LATIN and any(
        ord(c) > 0x024F and not _is_alphabet(c) and unicodedata.category(c).startswith("L")
        for c in text
    ):
        origin = ORIGIN_OTHER
    if any(0x0370 <= ord(c) <= 0x03FF or 0x1F00 <= ord(c) <= 0x1FFF for c in text):
        text = _icu(_GREEK).transliterate(text)
    if any(0x0400 <= ord(c) <= 0x04FF for c in text):
        # BGN/PCGN, as the lists romanise ("Sergey Viktorovich", not ISO 9 "Sergej Viktorovič"),
        # in the language the letters show (Ukrainian і/ї/є/ґ, Serbian/Macedonian ђ/ћ/џ/љ/њ/ј)
        if any(c in _UKRAINIAN for c in text):
            spec = _CYR_UK
        elif any(c in _SERBIAN for c in text):
            spec = _CYR_SR
        else:
            spec = _CYR_RU
        text = _icu(spec).transliterate(text).translate(_PRIMES)
    if any("\u0e00" <= c <= "\u0e7f" for c in text):
        text = _THAI_RUN.sub(
            lambda m: f" {_thai_royin(m.group(0).translate(_THAI_HOMOPHONES))} ", text
        )
    if has_khmer(text):
        text = khmer_to_latin(text)
    if origin == ORIGIN_ABJAD:
        text = text.translate(_URDU_LETTERS)
    if any("\u0900" <= c <= "\u097f" for c in text):
        text = _DEVANAGARI_FINAL.sub("\\g<0>\u094d", text)
    if any(is_han(c) for c in text):
        if origin in (ORIGIN_LATIN, ORIGIN_OTHER):
            origin = ORIGIN_HAN
        # names in Chinese characters stay in them, one token per known name (two or more
        # characters) or per character: they are read three ways (Mandarin, Korean, Japanese)
        # when compared, see names_table.han_readings
        parts = _HAN_RUN.split(text)
        out = "".join(
            f" {' '.join(segment_han(part))} " if k % 2 else _icu(_GENERAL).transliterate(part)
            for k, part in enumerate(parts)
        )
        return out, origin
    out = _icu(_GENERAL).transliterate(text)
    return out, origin


@lru_cache(maxsize=20_000)
def _thai_royin(run: str) -> str:
    """Thai in the Royal Thai General System (Royal Institute), as Thai names are written in
    Latin letters ("สมชาย" -> "somchai"; ICU's ISO 11940 gives "s̄mchāy"). pythainlp
    (Apache-2.0) is imported on the first Thai name only (~0.2 s, its dictionary ~0.7 s more)."""
    try:
        from pythainlp.transliterate import romanize
    except ImportError:  # pragma: no cover - declared dependency; ICU's reading as a fallback
        return run
    return str(romanize(run, engine="royin"))


def han_pinyin(text: str) -> str:
    """Mandarin pinyin of Chinese characters, one syllable per character, lower-case ASCII."""
    return str(_icu(_HAN + "; " + _GENERAL).transliterate(text))


# Revised Romanisation syllable parts and their McCune-Reischauer / common spellings.
_KOREAN_SURNAMES = {
    "gim": ("kim",),
    "i": ("lee", "yi", "rhee", "ri", "li"),
    "bak": ("park", "pak", "bak"),
    "choe": ("choi", "choe", "chai"),
    "jeong": ("jung", "chung", "jeong", "chong"),
    "gang": ("kang",),
    "jo": ("cho", "jo"),
    "yun": ("yoon", "yun"),
    "jang": ("chang", "jang"),
    "im": ("lim", "im", "rim"),
    "han": ("han",),
    "o": ("oh", "o"),
    "seo": ("suh", "seo", "so"),
    "sin": ("shin", "sin"),
    "gwon": ("kwon",),
    "hwang": ("hwang",),
    "an": ("ahn", "an"),
    "song": ("song",),
    "ryu": ("ryu", "yoo", "yu", "ryoo"),
    "yu": ("yoo", "yu"),
    "hong": ("hong",),
    "jeon": ("jeon", "chun", "jun", "chon"),
    "go": ("ko", "koh"),
    "mun": ("moon", "mun"),
    "son": ("son", "sohn"),
    "yang": ("yang",),
    "bae": ("bae", "pae"),
    "baek": ("baek", "paek", "paik"),
    "heo": ("heo", "hur", "huh"),
    "nam": ("nam",),
    "no": ("roh", "noh", "no"),
    "ri": ("ri", "lee"),
    "ha": ("ha",),
    "gwak": ("kwak",),
    "seong": ("sung", "seong"),
    "cha": ("cha",),
    "ju": ("joo", "ju", "chu"),
    "u": ("woo", "u"),
    "gu": ("koo", "ku"),
    "min": ("min",),
    "na": ("na", "ra"),
    "jin": ("jin", "chin"),
    "ji": ("ji", "chi"),
    "eom": ("um", "eom"),
    "chae": ("chae",),
    "won": ("won",),
    "cheon": ("chun", "cheon"),
    "bang": ("bang", "pang"),
    "gong": ("kong",),
    "hyeon": ("hyun",),
    "ham": ("ham",),
    "byeon": ("byun", "pyon"),
    "ryeom": ("yeom",),
}


@lru_cache(maxsize=20_000)
def korean_variants(syllable: str) -> tuple[str, ...]:
    """Common romanisations of one Revised-Romanisation syllable (``jeong`` -> ``jong`` …)."""
    forms = {syllable}
    forms.update(_KOREAN_SURNAMES.get(syllable, ()))
    base = syllable
    # McCune-Reischauer style: eo->o/u, eu->u, voiced initials unvoiced
    alt = base.replace("eo", "o").replace("eu", "u").replace("ae", "ae")
    forms.add(alt)
    forms.add(base.replace("eo", "u"))
    for src, dst in (("g", "k"), ("d", "t"), ("b", "p"), ("j", "ch"), ("r", "l"), ("s", "sh")):
        if base.startswith(src):
            forms.add(dst + base[len(src) :])
            forms.add(dst + alt[len(src) :])
    for f in list(forms):
        if f.endswith("u") and not f.endswith("eu"):
            forms.add(f[:-1] + "oo")
        if "yeo" in f:
            forms.add(f.replace("yeo", "yo"))
        if f.endswith("eun"):
            forms.add(f[:-3] + "un")
    return tuple(sorted(forms, key=lambda x: (x != syllable, x)))


# --------------------------------------------------------------------------------------------
# names written in Chinese characters


def is_han(ch: str) -> bool:
    """A Chinese character (CJK unified ideographs, extension A, compatibility)."""
    cp = ord(ch)
    return 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF


@lru_cache(maxsize=1)
def han_table() -> dict[str, str]:
    """Han form -> "Latin spellings<TAB>Hangul readings" (built by build_names from rigour's
    name groups; loaded on the first name written in Chinese characters, ~0.2 s)."""
    path = resources.files("exportgate.screening").joinpath("data/han_readings.txt.gz")
    out: dict[str, str] = {}
    with gzip.open(io.BytesIO(path.read_bytes()), "rt", encoding="utf-8") as fh:
        for line in fh:  # line by line: no list of 110,000 lines at once
            if line[0] != "#":
                form, _, rest = line.rstrip("\n").partition("\t")
                out[form] = rest
    return out


def segment_han(run: str) -> list[str]:
    """Split a run of Chinese characters at the longest known name at each position (two to
    eight characters); characters outside a known name stand alone (one syllable each)."""
    t = han_table()
    out: list[str] = []
    i = 0
    while i < len(run):
        for size in range(min(_MAX_SEGMENT, len(run) - i), 1, -1):
            piece = run[i : i + size]
            if piece in t and t[piece].split("\t", 1)[0]:
                out.append(piece)
                i += size
                break
        else:
            out.append(run[i])
            i += 1
    return out
