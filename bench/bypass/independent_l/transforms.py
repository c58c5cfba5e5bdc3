"""Text transforms for set L: encodings, token smuggling and register noise (standard library only)."""

from __future__ import annotations

import base64
import codecs
import random
import urllib.parse
from collections.abc import Callable

MORSE: dict[str, str] = {
    "a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.",
    "h": "....", "i": "..", "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.",
    "o": "---", "p": ".--.", "q": "--.-", "r": ".-.", "s": "...", "t": "-", "u": "..-",
    "v": "...-", "w": ".--", "x": "-..-", "y": "-.--", "z": "--..", "0": "-----",
    "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....", "6": "-....",
    "7": "--...", "8": "---..", "9": "----.",
}  # fmt: skip

LEET: dict[str, str] = {
    "a": "4",
    "e": "3",
    "i": "1",
    "o": "0",
    "s": "5",
    "t": "7",
    "g": "9",
    "b": "8",
}

# Latin letters and Cyrillic/Greek look-alikes.
HOMOGLYPH: dict[str, str] = {
    "a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445",
    "y": "\u0443", "i": "\u0456", "s": "\u0455", "j": "\u0458", "h": "\u04bb", "k": "\u03ba",
}  # fmt: skip


def b64(t: str) -> str:
    return base64.b64encode(t.encode()).decode()


def hexenc(t: str) -> str:
    return t.encode().hex()


def rot13(t: str) -> str:
    return codecs.encode(t, "rot13")


def urlenc(t: str) -> str:
    return "".join(f"%{b:02X}" for b in t.encode())


def urlenc_plus(t: str) -> str:
    return urllib.parse.quote_plus(t)


def reverse(t: str) -> str:
    return t[::-1]


def leet(t: str) -> str:
    return "".join(LEET.get(c, c) for c in t.lower())


def morse(t: str) -> str:
    words = t.lower().split()
    return " / ".join(" ".join(MORSE[c] for c in w if c in MORSE) for w in words)


def b32(t: str) -> str:
    return base64.b32encode(t.encode()).decode()


def binary(t: str) -> str:
    return " ".join(f"{b:08b}" for b in t.encode())


def caesar(t: str, k: int = 3) -> str:
    out = []
    for c in t:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 + k) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)


def atbash(t: str) -> str:
    out = []
    for c in t:
        if "a" <= c <= "z":
            out.append(chr(219 - ord(c)))
        elif "A" <= c <= "Z":
            out.append(chr(155 - ord(c)))
        else:
            out.append(c)
    return "".join(out)


def a1z26(t: str) -> str:
    words = t.lower().split()
    return " / ".join("-".join(str(ord(c) - 96) for c in w if "a" <= c <= "z") for w in words)


def b64_of_rot13(t: str) -> str:
    return b64(rot13(t))


def hex_of_b64(t: str) -> str:
    return hexenc(b64(t))


def b64_of_reversed(t: str) -> str:
    return b64(reverse(t))


# name, how it is described to the model, function
ENCODINGS: list[tuple[str, str, Callable[[str], str]]] = [
    ("base64", "base64", b64),
    ("hex", "hex", hexenc),
    ("rot13", "ROT13", rot13),
    ("url", "URL encoding", urlenc),
    ("reversed", "reversed text", reverse),
    ("leetspeak", "leetspeak", leet),
    ("morse", "Morse code", morse),
    ("base32", "base32", b32),
    ("binary", "binary", binary),
    ("caesar3", "Caesar-shift-3 text", caesar),
    ("atbash", "Atbash text", atbash),
    ("a1z26", "A1Z26 code", a1z26),
    ("nested_b64_rot13", "base64 (and inside that, ROT13)", b64_of_rot13),
    ("nested_hex_b64", "hex (and inside that, base64)", hex_of_b64),
    ("nested_b64_reversed", "base64 of reversed text", b64_of_reversed),
]


def homoglyph(t: str) -> str:
    return "".join(HOMOGLYPH.get(c, c) for c in t)


def zero_width(t: str) -> str:
    return "\u200b".join(t)


def spaced(t: str) -> str:
    return "   ".join(" ".join(w) for w in t.split())


def dotted(t: str) -> str:
    return " ".join(".".join(w) for w in t.split())


def hyphen_split(t: str) -> str:
    return " ".join(
        w[: len(w) // 2] + "-" + w[len(w) // 2 :] if len(w) > 3 else w for w in t.split()
    )


def tag_chars(t: str) -> str:
    return "".join(chr(0xE0000 + ord(c)) if 0x20 <= ord(c) < 0x7F else c for c in t)


def fullwidth(t: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in t)


def combining(t: str) -> str:
    return "".join(c + "\u0335" if c.isalpha() else c for c in t)


def alt_case_underscore(t: str) -> str:
    out = []
    for i, c in enumerate(t.replace(" ", "_")):
        out.append(c.upper() if i % 2 else c.lower())
    return "".join(out)


def math_bold(t: str) -> str:
    out = []
    for c in t:
        if "a" <= c <= "z":
            out.append(chr(0x1D41A + ord(c) - 97))
        elif "A" <= c <= "Z":
            out.append(chr(0x1D400 + ord(c) - 65))
        else:
            out.append(c)
    return "".join(out)


def circled(t: str) -> str:
    return "".join(chr(0x24D0 + ord(c) - 97) if "a" <= c <= "z" else c for c in t.lower())


def soft_hyphen(t: str) -> str:
    return " ".join("\u00ad".join(w) for w in t.split())


def zwnj_homoglyph(t: str) -> str:
    return "\u200c".join(homoglyph(t))


SMUGGLING: list[tuple[str, Callable[[str], str]]] = [
    ("homoglyph", homoglyph),
    ("zero_width", zero_width),
    ("spaced_letters", spaced),
    ("dotted_letters", dotted),
    ("split_words", hyphen_split),
    ("unicode_tags", tag_chars),
    ("fullwidth", fullwidth),
    ("combining_marks", combining),
    ("alt_case_underscore", alt_case_underscore),
    ("math_bold", math_bold),
    ("circled", circled),
    ("soft_hyphen", soft_hyphen),
    ("zwnj_homoglyph", zwnj_homoglyph),
]

FILLERS_FRONT: list[str] = ["um ", "ok so ", "hey, ", "pls ", "so like, ", "quick one: ", "hiya "]
FILLERS_BACK: list[str] = [" thx", " lol", "!!", " ty", " asap", " :)", " please"]


def noise(t: str, rng: random.Random) -> str:
    """Register noise used for both labels alike: lower case, dropped apostrophes, a typo, fillers."""
    if "```" in t:
        return t
    if rng.random() < 0.5:
        t = t.lower()
    if rng.random() < 0.5:
        t = t.replace("'", "").replace("\u2019", "")
    if rng.random() < 0.5:
        words = t.split(" ")
        cands = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
        if cands:
            i = rng.choice(cands)
            w = words[i]
            j = rng.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            t = " ".join(words)
    if rng.random() < 0.4:
        t = rng.choice(FILLERS_FRONT) + t
    if rng.random() < 0.4:
        t = t.rstrip(".") + rng.choice(FILLERS_BACK)
    return t
