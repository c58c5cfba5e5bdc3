"""Undo the disguises attackers put on text, and keep what was uncovered as evidence.

Every step is bounded (input length, number of decoded spans, decoding depth) so a hostile
200,000-character prompt costs a few milliseconds, not seconds. The output is a set of *views*:
the folded original plus every text that was decoded or un-obfuscated. The intent and framing
parts read all views, so "what is asked" is judged after the wrapping is removed.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
import unicodedata
import urllib.parse
from dataclasses import dataclass, field

from exportgate.bypass.literals import alternation

MAX_SCAN_CHARS = 16_000  # normalisation reads at most this much of one text (head + tail)
MAX_DECODED = 12  # decoded spans kept per text
MAX_DEPTH = 3  # recursive decoding depth (base64 inside hex inside URL ...)

_ZERO_WIDTH = re.compile("[\u200b-\u200f\u2060-\u2064\u206a-\u206f\ufeff\u00ad\u180e\u034f]")
_TAGS = re.compile("[\U000e0000-\U000e007f]+")
_VARIATION = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")

# Cyrillic and Greek letters that look like Latin ones (Unicode confusables.txt, the subset that
# appears in homoglyph attacks; garak smuggling.py HomoglyphObfuscation uses the same idea).
_CONFUSABLES = {
    "а": "a",
    "в": "b",
    "с": "c",
    "е": "e",
    "һ": "h",
    "і": "i",
    "ј": "j",
    "к": "k",
    "м": "m",
    "н": "h",
    "о": "o",
    "р": "p",
    "ѕ": "s",
    "т": "t",
    "у": "y",
    "х": "x",
    "ԁ": "d",
    "ɡ": "g",
    "ԛ": "q",
    "ԝ": "w",
    "ӏ": "l",
    "А": "A",
    "В": "B",
    "С": "C",
    "Е": "E",
    "Н": "H",
    "І": "I",
    "К": "K",
    "М": "M",
    "О": "O",
    "Р": "P",
    "Т": "T",
    "Х": "X",
    "Ү": "Y",
    "α": "a",
    "ο": "o",
    "ρ": "p",
    "ν": "v",
    "τ": "t",
    "ι": "i",
    "κ": "k",
    "υ": "u",
    "ε": "e",
    "Α": "A",
    "Β": "B",
    "Ε": "E",
    "Η": "H",
    "Ι": "I",
    "Κ": "K",
    "Μ": "M",
    "Ν": "N",
    "Ο": "O",
    "Ρ": "P",
    "Τ": "T",
    "Χ": "X",
    "Υ": "Y",
    "Ζ": "Z",
}
_CONFUSABLE_TABLE = str.maketrans(_CONFUSABLES)
_LATIN_WORD_WITH_FOREIGN = re.compile(
    r"\b(?=\w*[a-zA-Z])(?=\w*[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f])\w+\b"
)

_LEET = str.maketrans(
    {
        "4": "a",
        "@": "a",
        "3": "e",
        "1": "i",
        "!": "i",
        "0": "o",
        "5": "s",
        "$": "s",
        "7": "t",
        "+": "t",
        "8": "b",
        "9": "g",
        "|": "l",
    }
)
# round 10: whole tokens only (a leet word is a word): a run of 12 characters cut out of a long
# base64 or hex string is not a word written in leetspeak
_LEET_TOKEN = re.compile(r"(?<![\w@$!|+/=])[\w@$!|+]{3,20}(?![\w@$!|+/=])")
_LEET_CHARS = frozenset("0123456789@$!|+")


_LEET_AT = re.compile(r"[0-9@$!|+]")  # a character of _LEET_CHARS


def _token_char(char: str) -> bool:
    """Whether ``char`` is of _LEET_TOKEN's class (``\\w`` as ``re`` reads it, or @$!|+)."""
    return char.isalnum() or char in "_@$!|+"


def leet_tokens(text: str) -> list[str]:
    """The tokens of ``_LEET_TOKEN.findall(text)`` that hold a character of _LEET_CHARS, in
    order (round 13, bypasstail: the only ones ``_is_leet`` can accept). A token is a whole run
    of the token's characters (its look-behind and look-ahead), so it is matched only at the
    start of the run around each such character, at most 20 characters back; the pattern
    itself decides there (its look-behind rejects a start inside a longer run)."""
    out: list[str] = []
    pos = 0
    while True:
        found = _LEET_AT.search(text, pos)
        if found is None:
            return out
        at = found.start()
        start = at
        while start > 0 and at - start < 20 and _token_char(text[start - 1]):
            start -= 1
        match = _LEET_TOKEN.match(text, start)
        if match is not None and match.end() > at:
            out.append(match.group())
            pos = match.end()
        else:
            pos = at + 1


def _is_leet(token: str) -> bool:
    token = token.strip("!|+$@.")
    if len(token) < 3 or token.isalpha() or token.isdigit():
        return False
    letters = sum(c.isalpha() for c in token)
    return letters >= 2 and letters < len(token) and any(c in _LEET_CHARS for c in token)


_SPACED = re.compile(r"(?<![\w])(?:[a-zA-Z][ .\-_*/|]{1,3}){3,}[a-zA-Z](?![\w])")


# round 13 (bypasstail): substring gates read on a text one byte a character (``class_marks``):
# each ASCII character as a table maps it, any other character as "?" maps it. The patterns
# below match ASCII characters only where a gate looks, so a text without the gate's string
# holds no match, and the pattern's own scan (tried at every position) is skipped. bytes
# translate and find run in C at a few instructions a character.
def class_table(classes: dict[str, str]) -> bytes:
    """A ``bytes.translate`` table: each character of a key to its value (one ASCII
    character), every other byte to "." ("?", what a character that is not ASCII becomes,
    must not be a key's)."""
    table = bytearray(b"." * 256)
    for chars, mark in classes.items():
        assert "?" not in chars and len(mark) == 1
        for char in chars:
            table[ord(char)] = ord(mark)
    return bytes(table)


def class_marks(text: str, table: bytes) -> bytes:
    """``text`` one byte a character (positions kept): each ASCII character as ``table`` maps
    it, a character that is not ASCII as ``table`` maps "?"."""
    return text.encode("ascii", "replace").translate(table)


_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
# a _SPACED match is four or more single letters joined by one to three marks: its second and
# third letters each stand between marks ("sasas", "sassas" or "sasssas" in these classes)
_SPACED_MARKS = class_table({_ASCII_LETTERS: "a", " .-_*/|": "s"})
_SPACED_NEEDLES = (b"sasas", b"sassas", b"sasssas")


def spaced_runs(text: str) -> list[str]:
    """``_SPACED.findall(text)``, run only where the text holds a string every match holds."""
    marks = class_marks(text, _SPACED_MARKS)
    if not any(needle in marks for needle in _SPACED_NEEDLES):
        return []
    return _SPACED.findall(text)


_B64 = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{16,}={0,2}(?![A-Za-z0-9+/=_-])")
# every _B64 match is a run of 16 or more characters of its alphabet (round 13, bypasstail)
_B64_MARKS = class_table({_ASCII_LETTERS + "0123456789+/_-": "b"})


def may_hold_base64(text: str) -> bool:
    """False where no _B64 match can occur: no run of 16 characters of its alphabet."""
    return b"b" * 16 in class_marks(text, _B64_MARKS)


_HEX = re.compile(
    r"(?<![0-9A-Za-z])(?:0x)?(?:[0-9A-Fa-f]{2}){8,}(?![0-9A-Za-z])|(?:(?:0x|\\x)[0-9A-Fa-f]{2}[ :,]?){8,}"
    r"|(?<![0-9A-Za-z])(?:[0-9A-Fa-f]{2}[ :]){7,}[0-9A-Fa-f]{2}(?![0-9A-Za-z])"
)
# the characters a _HEX match is made of (hex digits, "0x"/"\\x" and the separators), to "h":
# every match is a run of 16 or more of them
_HEXISH = {
    code: ("h" if chr(code) in "0123456789abcdefABCDEF :,x\\" else ".") for code in range(128)
}


def _may_hold_hex(text: str) -> bool:
    """False where no _HEX match can occur: an ASCII text without a run of 16 characters a
    match is made of (one pass in C, where _HEX itself tries a match at every position)."""
    return not text.isascii() or "h" * 16 in text.translate(_HEXISH)


_BINARY = re.compile(r"(?<![01])(?:[01]{8}[ ]?){4,}(?![01])")
_URLENC = re.compile(r"[^\s%]*(?:%[0-9A-Fa-f]{2}[^\s%]*){3,}")
_MORSE = re.compile(r"(?:[.\-]{1,7}[ /]+){5,}[.\-]{1,7}")
# decimal character codes ("72 111 119 ..."): eight or more numbers of printable ASCII
_DECIMAL = re.compile(r"(?<![\d.])(?:(?:3[2-9]|[4-9]\d|1[01]\d|12[0-6])[ ,;]+){8,}(?:\d{2,3})?")
# base32 (RFC 4648) and base85 / Ascii85 tokens
_B32 = re.compile(r"(?<![A-Za-z0-9])[A-Z2-7]{16,}={0,6}(?![A-Za-z0-9])")
_B85 = re.compile(r"[0-9A-Za-z!#$%&()*+\-;<=>?@^_`{|}~]{20,}")
_ROT13_HINT = re.compile(r"\brot-?13\b|\bcaesar\b|\brot ?thirteen\b", re.I)
_REVERSE_HINT = re.compile(r"\brevers(?:e|ed)\b|\bbackwards?\b|\bright[- ]to[- ]left\b", re.I)
_WORD = re.compile(r"[a-z]+")

_MORSE_TABLE = {
    ".-": "a",
    "-...": "b",
    "-.-.": "c",
    "-..": "d",
    ".": "e",
    "..-.": "f",
    "--.": "g",
    "....": "h",
    "..": "i",
    ".---": "j",
    "-.-": "k",
    ".-..": "l",
    "--": "m",
    "-.": "n",
    "---": "o",
    ".--.": "p",
    "--.-": "q",
    ".-.": "r",
    "...": "s",
    "-": "t",
    "..-": "u",
    "...-": "v",
    ".--": "w",
    "-..-": "x",
    "-.--": "y",
    "--..": "z",
    "-----": "0",
    ".----": "1",
    "..---": "2",
    "...--": "3",
    "....-": "4",
    ".....": "5",
    "-....": "6",
    "--...": "7",
    "---..": "8",
    "----.": "9",
    ".-.-.-": ".",
    "--..--": ",",
    "..--..": "?",
    ".----.": "'",
    "-.-.--": "!",
    "-..-.": "/",
    "-.--.": "(",
    "-.--.-": ")",
    "---...": ":",
    "-.-.-.": ";",
    "-...-": "=",
    "-....-": "-",
    ".-..-.": '"',
}

# Frequent English words: decoded bytes that contain several of them are text, not noise.
_COMMON = frozenset(
    [
        "the",
        "a",
        "an",
        "to",
        "of",
        "and",
        "or",
        "in",
        "on",
        "for",
        "with",
        "how",
        "what",
        "is",
        "are",
        "be",
        "can",
        "you",
        "your",
        "me",
        "my",
        "i",
        "it",
        "this",
        "that",
        "make",
        "build",
        "write",
        "create",
        "give",
        "tell",
        "show",
        "step",
        "steps",
        "instructions",
        "code",
        "script",
        "from",
        "at",
        "by",
        "as",
        "do",
        "does",
        "use",
        "using",
        "get",
        "into",
        "all",
        "any",
        "not",
        "no",
        "now",
        "then",
        "will",
        "would",
        "should",
        "please",
        "explain",
    ]
)


@dataclass(slots=True)
class Decoded:
    """One uncovered text: how it was hidden and what it says."""

    method: str
    text: str


@dataclass(slots=True)
class Normalized:
    """The views of one text and the evidence of what was undone."""

    original: str
    folded: str
    views: list[str] = field(default_factory=list)
    decoded: list[Decoded] = field(default_factory=list)
    zero_width: int = 0
    tag_chars: int = 0
    homoglyph_words: int = 0
    spaced_runs: int = 0
    leet_words: int = 0
    reversed_text: bool = False
    disguised: int = 0  # round 6: letters written in a disguise the plain text does not need
    disguises: tuple[str, ...] = ()  # which disguises (styled letters, strike-through marks, ...)
    split_words: int = 0  # round 12: words split into short pieces by hyphens ("nap-alm")
    emoji_words: int = 0  # round 12: words followed by an emoji, most words of the text

    def all_text(self) -> str:
        """Every view joined: what the intent and framing parts read."""
        return "\n".join([self.folded, *self.views, *(d.text for d in self.decoded)])


def _around(text: str, words: set[str]) -> str:
    """The lines of ``text`` that hold one of ``words``, with those words de-leeted."""
    lines = [line for line in text.splitlines() if any(w in line for w in words)][:40]
    view = "\n".join(line[:2000] for line in lines)
    for word in sorted(words, key=len, reverse=True)[:50]:
        view = view.replace(word, word.translate(_LEET))
    return view


_LETTER_JOINS = re.compile(r"(?<=[a-zA-Z])[ .\-_*/|](?=[a-zA-Z])")


def _unspace(match: re.Match[str]) -> str:
    text = match.group()
    run = re.sub(r"[ .\-_*/|]{2,}", "\x00", text)
    # letters joined by a mark ("t-e-l-l m-e"): a single space between them is a word boundary
    if " " in text and len(set(_LETTER_JOINS.findall(text))) > 1:
        run = run.replace(" ", "\x00")
    return re.sub(r"[ .\-_*/|]", "", run).replace("\x00", " ")


# every ASCII character but a-z, to a space: on an ASCII text, the words _WORD finds in its lower
# case are the lower case's pieces between spaces after this (str.translate and str.split, in C)
_NOT_LETTER = {code: " " for code in range(128) if not "a" <= chr(code) <= "z"}


def _englishness(text: str) -> float:
    low = text.lower()
    words = low.translate(_NOT_LETTER).split() if low.isascii() else _WORD.findall(low)
    if len(words) < 3:
        return 0.0
    return sum(map(_COMMON.__contains__, words)) / len(words)


def _printable_text(raw: bytes) -> str | None:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not text or sum(1 for c in text if c.isprintable() or c in "\n\t\r") < 0.95 * len(text):
        return None
    letters = sum(1 for c in text if c.isalpha())
    return text if letters >= 0.5 * len(text.replace(" ", "")) else None


def _try_base64(token: str) -> str | None:
    core = token.rstrip("=")
    if len(core) < 16 or core.isalpha() and (core.islower() or core.isupper()):
        return None
    if not any(c.isdigit() or c in "+/=" for c in token) and token.isalpha() and len(token) < 24:
        return None
    padded = core + "=" * (-len(core) % 4)
    try:
        raw = base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
    except (binascii.Error, ValueError):
        return None
    return _printable_text(raw)


def _try_hex(token: str) -> str | None:
    digits = re.sub(r"0x|\\x|[ :,]", "", token)
    if len(digits) % 2:
        digits = digits[:-1]
    try:
        return _printable_text(bytes.fromhex(digits))
    except ValueError:
        return None


def _try_binary(token: str) -> str | None:
    bits = token.replace(" ", "")
    raw = bytes(int(bits[i : i + 8], 2) for i in range(0, len(bits) - 7, 8))
    return _printable_text(raw)


def _try_morse(token: str) -> str | None:
    words = [w for w in re.split(r"\s*/\s*|\s{3,}", token.strip()) if w]
    out = []
    unknown = 0
    for word in words:
        letters = [_MORSE_TABLE.get(code) for code in word.split()]
        unknown += sum(1 for letter in letters if letter is None)
        out.append("".join(letter for letter in letters if letter))
    text = " ".join(out)
    return text if len(text) >= 6 and unknown <= len(text) // 10 else None


def _try_decimal(token: str) -> str | None:
    codes = [int(x) for x in re.findall(r"\d+", token)]
    if len(codes) < 8 or any(c < 32 or c > 126 for c in codes):
        return None
    return _printable_text(bytes(codes))


def _try_base32(token: str) -> str | None:
    core = token.rstrip("=")
    if len(core) < 16:
        return None
    try:
        raw = base64.b32decode(core + "=" * (-len(core) % 8))
    except (binascii.Error, ValueError):
        return None
    return _printable_text(raw)


def _try_base85(token: str) -> str | None:
    # at least one character outside the base64 alphabet, or base64 would have read it
    if all(c.isalnum() or c in "+/=" for c in token):
        return None
    for decode in (base64.b85decode, base64.a85decode):
        try:
            raw = decode(token.encode())
        except (ValueError, binascii.Error):
            continue
        text = _printable_text(raw)
        if text is not None:
            return text
    return None


# round 23: Unicode escape sequences (the ``\uXXXX`` of JSON, JavaScript, Java and Python
# string literals; ``\U0001F600`` for the astral planes), four or more in a row: a whole
# sentence written as code points
_UESC = re.compile(r"(?:\\(?:u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})\s?){4,}")


def _try_unicode_escapes(run: str) -> str | None:
    r"""A run of ``\uXXXX`` escapes read back as text, or None (a surrogate or a code point
    past U+10FFFF)."""
    out: list[str] = []
    for part in re.findall(r"\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))", run):
        point = int(part[0] or part[1], 16)
        if point > 0x10FFFF or 0xD800 <= point <= 0xDFFF:
            return None
        out.append(chr(point))
    text = "".join(out)
    return text if text.strip() else None


_LOWER = "abcdefghijklmnopqrstuvwxyz"
_ATBASH = str.maketrans(_LOWER + _LOWER.upper(), _LOWER[::-1] + _LOWER[::-1].upper())
_SHIFTS = [
    str.maketrans(
        _LOWER + _LOWER.upper(), _LOWER[k:] + _LOWER[:k] + (_LOWER[k:] + _LOWER[:k]).upper()
    )
    for k in range(26)
]
_LATIN_LINE = re.compile(r"[A-Za-z][A-Za-z ,.'?!\-]{30,}")


def _shifted_letters(text: str) -> list[tuple[str, str]]:
    """A Caesar-shifted (any shift, ROT13 included) or Atbash line, read back: the line of
    Latin letters that reads least like English is tried with the shifts that map its most
    frequent letters onto 'e', and mirrored; a reading that is plainly English is kept."""
    lines = [x for x in _LATIN_LINE.findall(text[:6000]) if _englishness(x[:1500]) < 0.15]
    out: list[tuple[str, str]] = []
    for line in sorted(lines, key=len, reverse=True)[:2]:
        sample = line[:1500]
        before = _englishness(sample)
        # how often each letter a-z occurs in the lower case (round 10: one count in C per
        # letter, where a list of the letters was built and counted character by character)
        low = sample.lower()
        counts = [(low.count(c), c) for c in _LOWER]
        if sum(n for n, _ in counts) < 25:
            continue
        # most frequent first, ties by letter (set order would depend on the string-hash seed)
        freq = [c for n, c in sorted(counts, key=lambda nc: (-nc[0], nc[1])) if n][:6]
        tries = [("atbash", _ATBASH)] + [
            (f"caesar-{(ord('e') - ord(c)) % 26}", _SHIFTS[(ord("e") - ord(c)) % 26]) for c in freq
        ]
        best = max(
            ((_englishness(sample.translate(t)), m, t) for m, t in tries), key=lambda x: x[0]
        )
        if best[0] >= 0.25 and best[0] >= before + 0.15:
            out.append((best[1], line.translate(best[2])))
    return out


def _decode_layer(text: str, found: list[Decoded], depth: int, rot13: bool = False) -> None:
    """Decode every encoded span of ``text`` into ``found``, recursing up to MAX_DEPTH. Round
    12: rot13 named in an outer layer ("decode base64, then rot13") is tried on the inner ones."""
    if depth > MAX_DEPTH or len(found) >= MAX_DECODED:
        return
    candidates: list[tuple[str, str | None]] = []
    # base64 (16+), base32 (16+) and base85 (20+) tokens hold no white space: a text whose
    # longest white-space-free run is shorter holds none of them
    longest = max(map(len, text.split()), default=0)
    for match in _B64.finditer(text) if longest >= 16 and may_hold_base64(text) else ():
        candidates.append(("base64", _try_base64(match.group())))
        if len(candidates) > 4 * MAX_DECODED:
            break
    head = text[:20000]
    digits = sum(map(head.count, "0123456789"))
    for match in _HEX.finditer(text) if digits >= 8 and _may_hold_hex(text) else ():
        candidates.append(("hex", _try_hex(match.group())))
    for match in (
        _BINARY.finditer(text) if "0000" in text or "01" * 4 in text or "0110" in text else ()
    ):
        candidates.append(("binary", _try_binary(match.group())))
    for match in _UESC.finditer(text) if "\\u" in text or "\\U" in text else ():
        candidates.append(("unicode-escape", _try_unicode_escapes(match.group())))
    for match in _URLENC.finditer(text) if text.count("%") >= 3 else ():
        candidates.append(("url", urllib.parse.unquote(match.group())))
    for match in _MORSE.finditer(text) if ".-" in text or "-." in text else ():
        candidates.append(("morse", _try_morse(match.group())))
    rot13 = rot13 or alternation(_ROT13_HINT).search(text) is not None
    if rot13:
        candidates.append(("rot13", codecs.decode(text, "rot13")))
    for match in _DECIMAL.finditer(head) if digits >= 16 else ():
        candidates.append(("decimal", _try_decimal(match.group())))
    if longest >= 16 and (digits >= 2 or any(c in text for c in "!#$%&;<>?@^`{|}~")):
        for match in _B32.finditer(head):
            candidates.append(("base32", _try_base32(match.group())))
        for match in _B85.finditer(head):
            candidates.append(("base85", _try_base85(match.group())))
            if len(candidates) > 4 * MAX_DECODED:
                break
    if depth == 1:
        candidates.extend(_shifted_letters(text))
    for method, decoded in candidates:
        if not decoded or len(found) >= MAX_DECODED:
            continue
        if method in ("rot13", "url", "base85", "base32") and _englishness(decoded) < 0.12:
            continue
        found.append(Decoded(method, decoded[:4000].lower()))
        _decode_layer(decoded[:4000], found, depth + 1, rot13 and method != "rot13")


def _fold_confusables(text: str) -> tuple[str, int]:
    words = _LATIN_WORD_WITH_FOREIGN.findall(text)
    if not words:
        return text, 0
    return _LATIN_WORD_WITH_FOREIGN.sub(
        lambda m: m.group().translate(_CONFUSABLE_TABLE), text
    ), len(words)


# round 12: a text spelled letter by letter with look-alike letters of another script among the
# Latin ones ("f і n d  m е"): single letters are not words, so _fold_confusables misses them
_SINGLE_LETTER = re.compile(r"(?<!\w)\w(?!\w)")


def _fold_spaced_confusables(text: str) -> tuple[str, int]:
    """A text that is mostly single letters, some of them Cyrillic or Greek look-alikes among
    Latin ones, folded whole; the count of look-alike letters folded."""
    head = text[:4000]
    singles = _SINGLE_LETTER.findall(head)
    if len(singles) < 8 or len(singles) < 0.6 * len(head.split()):
        return text, 0
    latin = sum(1 for c in singles if "a" <= c.lower() <= "z")
    foreign = sum(1 for c in singles if c in _CONFUSABLES)
    if not foreign or latin < len(singles) // 4:
        return text, 0
    return text.translate(_CONFUSABLE_TABLE), foreign


# round 12: words split by hyphens into short pieces to get past word filters ("nap-alm",
# "coo-rdi-nat-ed"): the pieces joined make a known word that a piece is not; a piece of an
# ordinary compound ("e-mail", "step-by-step", "re-use", "red-team") makes the word ordinary
_HYPHEN_SPLIT = re.compile(r"(?<![\w-])[a-z]{1,4}(?:-[a-z]{1,4})+(?![\w-])")
_COMPOUND_TEXT = (
    "a e i o t u x re co pre non anti self one two up to by day well so pro semi sub mid ex de "
    "in on off out all low high old new full half long per post step face real time end user "
    "open side back top far near dry wet hot cold cut hard soft over mini multi bi tri ad hoc "
    "vice the and or of for how do it is no yes my your our his her man men kid kids son law "
    "run set get go sign log put lay let take make web net e mail fi wi hi sci lo k pop hip hop "
    "tik tok yo ping pong ice eye red blue team test case use dual"
)
_COMPOUND_PIECES = frozenset(_COMPOUND_TEXT.split())


def hyphen_split_words(text: str) -> list[str]:
    """``_HYPHEN_SPLIT.findall(text)``, the pattern tried only where a match can start: one to
    four letters before a "-" (every match has its first "-" there), each such position once,
    in order, resuming after each match (the non-overlapping leftmost matches ``findall``
    returns); a text without "-" has none. (The pattern, run as it is, tries every position:
    its opening look-behind leaves ``re`` no first character to skip to.)"""
    out: list[str] = []
    hyphen = text.find("-")
    if hyphen < 0:
        return out
    match = _HYPHEN_SPLIT.match
    resume = 0  # where the last match ended: no match starts before it
    tried = 0  # the positions before this one have been tried
    while hyphen >= 0:
        start = max(resume, tried, hyphen - 4)
        while start < hyphen:
            found = match(text, start)
            start += 1
            if found is not None:
                out.append(found.group())
                resume = found.end()
                break
        tried = max(tried, start)
        hyphen = text.find("-", max(hyphen + 1, resume))
    return out


def hyphen_joined(folded: str, known: frozenset[str]) -> tuple[str, int] | None:
    """The text with hyphen-split words joined ("bur-nin-g" -> "burning": some piece is neither
    ``known`` nor a piece of an ordinary compound, and the word is in three pieces or more or
    joined is ``known``), where two or more different such words occur, or one in three pieces
    or more; the count of words joined."""

    def odd(token: str) -> bool:
        pieces = token.split("-")
        if all(p in known or p in _COMPOUND_PIECES for p in pieces):
            return False  # "step-by-step", "up-to-date", "one-on-one"
        # three pieces or more ("dev-elo-per") are never an ordinary compound's
        if len(pieces) >= 3:
            return True
        return token.replace("-", "") in known and not any(p in _COMPOUND_PIECES for p in pieces)

    found = {t for t in hyphen_split_words(folded[:8000]) if odd(t)}
    if len(found) < 2 and not any(t.count("-") >= 2 for t in found):
        return None
    joined = _HYPHEN_SPLIT.sub(
        lambda m: m.group().replace("-", "") if m.group() in found else m.group(), folded[:8000]
    )
    return joined, len(found)


# round 29: the short English words a letter-by-letter run joins without a boundary ("a b r o w s
# e r e x t e n s i o n" -> "abrowserextension"); the longer ones come from the caller's ``known``
_SHORT_WORDS = frozenset(
    [
        "a",
        "i",
        "an",
        "as",
        "at",
        "be",
        "by",
        "do",
        "go",
        "he",
        "if",
        "in",
        "is",
        "it",
        "me",
        "my",
        "no",
        "of",
        "on",
        "or",
        "so",
        "to",
        "up",
        "us",
        "we",
        "and",
        "any",
        "are",
        "but",
        "can",
        "far",
        "for",
        "get",
        "has",
        "her",
        "him",
        "his",
        "how",
        "its",
        "may",
        "new",
        "not",
        "now",
        "off",
        "old",
        "one",
        "our",
        "out",
        "own",
        "put",
        "see",
        "she",
        "the",
        "too",
        "two",
        "use",
        "was",
        "way",
        "who",
        "why",
        "you",
    ]
)
_RUN_WORD = re.compile(r"[a-z]{12,60}")


def _segment(run: str, known: frozenset[str]) -> list[str] | None:
    """``run`` cut into ``known`` or short words (every letter used) at the least cost: one a
    word, one and half its length for a piece of five letters or more that is neither (a rare
    word, "carfentanil"; the longer such a piece, the dearer);
    None where no cut exists."""
    cost: list[int] = [0] + [-1] * len(run)
    cuts: list[list[str]] = [[] for _ in range(len(run) + 1)]
    for end in range(1, len(run) + 1):
        for start in range(max(0, end - 16), end):
            if cost[start] < 0:
                continue
            piece = run[start:end]
            if piece in known or piece in _SHORT_WORDS:
                step = 1
            elif len(piece) >= 5:
                step = 1 + len(piece) // 2
            else:
                continue
            if cost[end] < 0 or cost[start] + step < cost[end]:
                cost[end] = cost[start] + step
                cuts[end] = [*cuts[start], piece]
    return cuts[len(run)] if cost[len(run)] >= 0 else None


def spaced_segmented(view: str, known: frozenset[str]) -> str | None:
    """Round 29: a spaced-letter view whose joined runs hold several words with no boundary
    ("buyingcarfentanil"), each such run cut into known words; None where none is."""
    text = view[:8000]
    parts: list[str] = []
    last = 0
    for match in _RUN_WORD.finditer(text):
        run = match.group()
        if run in known:
            continue
        words = _segment(run, known)
        if words is None or len(words) < 2:
            continue
        parts.append(text[last : match.start()])
        parts.append(" ".join(words))
        last = match.end()
    if not parts:
        return None
    parts.append(text[last:])
    return "".join(parts)


# round 12: emoji put after every word ("how🚀 do🔥 we🌸 ..."): read without them
_EMOJI_AFTER_WORD = re.compile(
    "(?<=[^\\W\\d_])[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d]+(?=\\s|$)"
)


def _emoji_interleaved(folded: str) -> tuple[str, int] | None:
    """The text without emoji put after most of its words (four or more, and at least 40 % of
    the words); the count of words that carried one."""
    head = folded[:4000]
    marked = len(_EMOJI_AFTER_WORD.findall(head))
    if marked < 4 or marked < 0.4 * len(head.split()):
        return None
    return _EMOJI_AFTER_WORD.sub("", folded), marked


_SCRAMBLED = re.compile(r"[a-z]{4,16}")


def scramble_key(word: str) -> str:
    """A word's first and last letters and its inner letters sorted: words whose inner letters
    were swapped ("cutsomer", "tbale") share the key of the word ("customer", "table")."""
    return word[0] + word[-1] + "".join(sorted(word[1:-1]))


def unscramble(text: str, known: frozenset[str], by_key: dict[str, str]) -> str:
    """Round 12 (best-of-N letter swaps): every word of 4-16 letters that is not ``known`` and
    whose ``scramble_key`` belongs to exactly one known word, replaced by it."""

    def fix(match: re.Match[str]) -> str:
        word = match.group()
        if word in known:
            return word
        return by_key.get(scramble_key(word), word)

    return _SCRAMBLED.sub(fix, text[:4000])


def _bounded(text: str) -> str:
    if len(text) <= MAX_SCAN_CHARS:
        return text
    half = MAX_SCAN_CHARS // 2
    return text[:half] + "\n" + text[-half:]


# ---------------------------------------------------------------- round 6: letter disguises
# Letter-like characters that are not the letters they show. NFKC folds most of them
# (mathematical alphanumerics, fullwidth, circled, parenthesised, squared letters and
# superscripts); they are counted here before it does. The rest (small capitals, upside-down
# letters, negative circled/squared letters, regional-indicator letters) are mapped by table.
_STYLED_RANGES = (
    (0x1D400, 0x1D7FF),  # mathematical alphanumeric symbols (bold, italic, script, fraktur ...)
    (0xFF21, 0xFF3A),  # fullwidth capitals
    (0xFF41, 0xFF5A),  # fullwidth small letters
    (0x249C, 0x24E9),  # parenthesised and circled letters
    (0x1F110, 0x1F1FF),  # parenthesised, squared, negative and regional-indicator letters
    (0x1D00, 0x1D2B),  # small capitals
    (0x1D2C, 0x1D6A),  # modifier (superscript) letters
)
_STYLED_CLASS = "".join(f"{chr(a)}-{chr(b)}" for a, b in _STYLED_RANGES)
_STYLED = re.compile(
    f"[{_STYLED_CLASS}\u0299\u0262\u029c\u026a\u029f\u0274\u0280\u028f\ua730\ua731]"
)
_SMALL_CAPS = dict(
    zip(
        "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡʏᴢ",
        "abcdefghijklmnopqrstuvwyz",  # no small capital x
        strict=True,
    )
)
_LETTER_TABLE = str.maketrans(
    {
        **_SMALL_CAPS,
        **{chr(0x1F150 + i): chr(ord("a") + i) for i in range(26)},  # negative circled
        **{chr(0x1F170 + i): chr(ord("a") + i) for i in range(26)},  # negative squared
        **{chr(0x1F1E6 + i): chr(ord("a") + i) for i in range(26)},  # regional indicators
    }
)
# upside-down letters (the text is also written right to left)
_FLIPPED = dict(zip("ɐɔǝɟƃɥᴉɾʞɯɹʇʌʍʎ", "acefghijkmrtvwy", strict=True))
_FLIP_TABLE = str.maketrans(
    {**_FLIPPED, "q": "b", "b": "q", "p": "d", "d": "p", "n": "u", "u": "n"}
)
# combining marks: strike-through and slash overlays are never part of a spelling; a letter
# carrying three or more marks ("Zalgo") is noise; Latin vowels with an acute/grave/diaeresis on
# nearly every word are read without them when that makes plain English
_OVERLAYS = re.compile("[\u0334-\u0338\u20d2\u20d3\u20e5\u20e6]")
_MARK_STACK = re.compile(
    "(?<=[A-Za-z])[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff]{3,}"
)
_MARKS = re.compile("[\u0300-\u036f]")
# the same non-letter character between every letter of a word ("h✨o✨w", "h~o~w")
_INTERLEAVED = re.compile(
    r"(?<![^\W\d_])(?:[a-z]([^\w\s.,;:!?'\"()\[\]{}/\\|\-_*]))(?:[a-z]\1)+[a-z](?![^\W\d_])"
)
# NATO / ICAO spelling alphabet
_NATO = {
    "alfa": "a",
    "alpha": "a",
    "bravo": "b",
    "charlie": "c",
    "delta": "d",
    "echo": "e",
    "foxtrot": "f",
    "golf": "g",
    "hotel": "h",
    "india": "i",
    "juliet": "j",
    "juliett": "j",
    "kilo": "k",
    "lima": "l",
    "mike": "m",
    "november": "n",
    "oscar": "o",
    "papa": "p",
    "quebec": "q",
    "romeo": "r",
    "sierra": "s",
    "tango": "t",
    "uniform": "u",
    "victor": "v",
    "whiskey": "w",
    "whisky": "w",
    "xray": "x",
    "x-ray": "x",
    "yankee": "y",
    "zulu": "z",
}
_NATO_WORDS = frozenset(_NATO)
_NATO_RUN = re.compile(
    r"\b(?:(?:" + "|".join(sorted(_NATO, key=len, reverse=True)) + r")\b[\s,.\-/]*){4,}"
)
# frequent English words written backwards inside otherwise forward text ("htiw", "tuohtiw")
_BACKWARD_COMMON = frozenset(
    w[::-1]
    for w in (
        "the",
        "with",
        "without",
        "and",
        "make",
        "for",
        "how",
        "you",
        "your",
        "that",
        "this",
        "what",
        "from",
        "into",
        "about",
        "then",
        "would",
        "should",
        "please",
        "explain",
        "write",
        "build",
        "being",
        "have",
        "someone",
        "people",
        "their",
        "where",
        "which",
        "there",
        "them",
        "they",
        "instructions",
        "steps",
        "step",
        "detailed",
        "using",
        "through",
        "before",
        "after",
        "getting",
        "caught",
        "detected",
        "without",
    )
    if w[::-1] != w
)


_FLIPPED_RE = re.compile("[" + "".join(_FLIPPED) + "]")
# the separators of "h~o~w" (the marks of _SPACED are read there); a text holding none of them
# skips the interleave pattern
_INTERLEAVE_SEPARATORS = tuple("~^=+#%&@$<>`")
# round 29: asterisks set inside words so that a filter's word list misses them
# ("t*amperin*g", "r*ansomwar*e"): a letter, an asterisk, two letters or more, an asterisk, a
# letter, all one word (markdown emphasis "*word*" has a space or the text's edge outside its
# asterisks, and arithmetic "a*b" has no second asterisk inside the same word)
_STAR_MASKED = re.compile(r"(?<![\w*])[a-z]+\*[a-z]{2,}\*[a-z]+(?![\w*])")
# the spelling alphabet's vowels: a spelled English word almost always holds one of them
_NATO_COMMON = ("alfa", "alpha", "echo", "india", "oscar")
# frequent English words written backwards, as substrings (precondition of _backward_words)
_BACKWARD_HINTS = ("eht ", "htiw", " dna ", "uoy")


def _upside_down(text: str) -> tuple[str, int] | None:
    flipped = len(_FLIPPED_RE.findall(text))
    if flipped < 3:
        return None
    return text.translate(_FLIP_TABLE)[::-1], flipped


def _nato(text: str) -> list[str]:
    out = []
    for match in _NATO_RUN.finditer(text[:6000]):
        words = re.findall(r"[a-z\-]+", match.group())
        out.append("".join(_NATO.get(w, " ") for w in words))
    return out


def _accent_flood(text: str) -> str | None:
    """Latin text with accents on most words, read without them, when that reads as English."""
    bare = _MARKS.sub("", unicodedata.normalize("NFD", text))
    if bare == text:
        return None
    before = _englishness(text[:2000])
    after = _englishness(bare[:2000])
    return bare if after >= 0.25 and after >= before + 0.15 else None


def _backward_words(folded: str) -> str | None:
    """Lines where several frequent English words are written backwards: every word of those
    lines reversed (the forward words of the line stay readable in the folded view)."""
    words = set(_WORD.findall(folded[:8000]))
    if len(words & _BACKWARD_COMMON) < 2:
        return None
    lines = [
        " ".join(w[::-1] for w in line.split())
        for line in folded.splitlines()
        if len(set(_WORD.findall(line)) & _BACKWARD_COMMON) >= 2
    ]
    return "\n".join(lines[:20]) or None


def _undisguise(text: str, result: Normalized) -> str:
    """Undo letter disguises that NFKC does not (tables, marks); count what was disguised."""
    kinds: list[str] = []
    styled = len(_STYLED.findall(text))
    if styled:
        text = text.translate(_LETTER_TABLE)
        kinds.append("styled letters")
    overlays = len(_OVERLAYS.findall(text))
    if overlays:
        text = _OVERLAYS.sub("", text)
        kinds.append("strike-through marks")
    stacks = _MARK_STACK.findall(text)
    if stacks:
        text = _MARK_STACK.sub("", text)
        kinds.append("stacked marks")
    result.disguised = styled + overlays + len(stacks)
    result.disguises = tuple(kinds)
    return text


def normalize(text: str) -> Normalized:
    """Strip invisible characters, fold look-alikes and decode hidden payloads (bounded)."""
    text = _bounded(text)
    result = Normalized(original=text, folded="")
    if text.isascii():
        # round 10: tag, zero-width and variation characters are not ASCII (none to strip)
        return _normalize_folded(text, text.lower(), result)
    hidden = _TAGS.findall(text)
    if hidden:
        result.tag_chars = sum(len(h) for h in hidden)
        smuggled = "".join(chr(ord(c) - 0xE0000) for h in hidden for c in h if ord(c) < 0xE007F)
        if smuggled.strip():
            result.decoded.append(Decoded("unicode-tags", smuggled.lower()))
        text = _TAGS.sub("", text)
    stripped = _ZERO_WIDTH.sub("", text)
    result.zero_width = len(text) - len(stripped)
    stripped = _VARIATION.sub("", stripped)
    if not stripped.isascii():
        stripped = _undisguise(stripped, result)
        stripped = unicodedata.normalize("NFKC", stripped)
        stripped, result.homoglyph_words = _fold_confusables(stripped)
        stripped, spaced_foreign = _fold_spaced_confusables(stripped)
        if spaced_foreign:
            result.disguised += spaced_foreign
            result.disguises = (*result.disguises, "look-alike letters spelled one by one")
    folded = stripped.lower()
    result.folded = folded
    if not folded.isascii():
        kinds = list(result.disguises)
        emoji = _emoji_interleaved(folded)
        if emoji is not None:
            result.views.append(emoji[0])
            result.emoji_words = emoji[1]
        flipped = _upside_down(folded)
        if flipped is not None:
            result.views.append(flipped[0])
            result.disguised += flipped[1]
            kinds.append("upside-down letters")
        bare = _accent_flood(folded[:4000])
        if bare is not None:
            result.views.append(bare)
            result.disguised += sum(map(str.__ne__, folded[:4000], bare))
            kinds.append("accents on plain English")
        result.disguises = tuple(kinds)
    return _normalize_folded(stripped, folded, result)


def _normalize_folded(stripped: str, folded: str, result: Normalized) -> Normalized:
    """The views read from the folded text (``folded``, the lower case of ``stripped``: the
    text after invisible characters are removed and look-alikes folded)."""
    result.folded = folded
    interleaved = (
        _INTERLEAVED.findall(folded[:8000])
        if not folded.isascii() or any(map(folded.__contains__, _INTERLEAVE_SEPARATORS))
        else []
    )
    if interleaved:
        result.views.append(_INTERLEAVED.sub(lambda m: m.group().replace(m.group(1), ""), folded))
        result.disguised += sum(1 for _ in interleaved) * 3
        result.disguises = (*result.disguises, "a mark between every letter")
    if "*" in folded:
        masked = _STAR_MASKED.findall(folded[:8000])
        if len(masked) >= 2:
            result.views.append(_STAR_MASKED.sub(lambda m: m.group().replace("*", ""), folded))
            result.disguised += len(masked)
            result.disguises = (*result.disguises, "asterisks inside words")
    if any(map(folded.__contains__, _NATO_COMMON)) and not _NATO_WORDS.isdisjoint(
        _WORD.findall(folded[:6000])
    ):
        spelled = _nato(folded)
        if spelled:
            result.views.extend(spelled)
            result.disguised += sum(len(x) for x in spelled)
            result.disguises = (*result.disguises, "spelling alphabet")
    backward = (
        _backward_words(folded)
        if any(map(folded.__contains__, _BACKWARD_HINTS))
        and not _REVERSE_HINT.search(folded[:4000])
        else None
    )
    if backward is not None:
        result.views.append(backward)
        result.disguised += len(backward) // 2
        result.disguises = (*result.disguises, "words written backwards")
    spaced = spaced_runs(folded)
    if spaced:
        result.spaced_runs = len(spaced)
        result.views.append(_SPACED.sub(_unspace, folded))
    if not _LEET_CHARS.isdisjoint(folded):
        # a token of letters only is not leetspeak (_is_leet): skip the call for it
        leet = {w.strip("!|+$@.") for w in leet_tokens(folded) if not w.isalpha() and _is_leet(w)}
        if leet:
            result.leet_words = len(leet)
            result.views.append(_around(folded, leet))
    backwards = folded[::-1]
    forwards_english = _englishness(folded[:2000]) if len(folded) >= 20 else 1.0
    hinted = alternation(_REVERSE_HINT).search(folded) is not None
    if (
        (
            hinted
            or (forwards_english < 0.1 and _englishness(backwards[:2000]) > forwards_english + 0.15)
        )
        and (
            _englishness(backwards) >= 0.1
            # round 12: written backwards in leetspeak: English once both are undone
            or (
                hinted
                and not _LEET_CHARS.isdisjoint(backwards)
                and _englishness(backwards[:4000].translate(_LEET)) >= 0.1
            )
        )
    ):
        result.reversed_text = True
        result.views.append(backwards)
        result.views.append(" ".join(w[::-1] for w in folded.split()))
        # round 12: reversed and leetspeak together ("reverse this and decode the leetspeak")
        if not _LEET_CHARS.isdisjoint(backwards):
            leet_back = {w for w in _LEET_TOKEN.findall(backwards) if _is_leet(w)}
            if len(leet_back) >= 2:
                result.leet_words = max(result.leet_words, len(leet_back))
                result.views.append(_around(backwards, leet_back))
    _decode_layer(stripped, result.decoded, 1)
    return result
