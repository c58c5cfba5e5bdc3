"""Set M: text transforms (encodings, disguises, noise) shared by attack and benign prompts."""

from __future__ import annotations

import base64
import codecs
import random
import urllib.parse
from collections.abc import Callable

Msg = dict[str, str]


def U(text: str) -> Msg:
    return {"role": "user", "content": text}


def A(text: str) -> Msg:
    return {"role": "assistant", "content": text}


def S(text: str) -> Msg:
    return {"role": "system", "content": text}


# ---------------- encodings ----------------
def b64(t: str) -> str:
    return base64.b64encode(t.encode("utf-8")).decode("ascii")


def b32(t: str) -> str:
    return base64.b32encode(t.encode("utf-8")).decode("ascii")


def hexe(t: str) -> str:
    return t.encode("utf-8").hex()


def hex_spaced(t: str) -> str:
    return " ".join(f"{b:02x}" for b in t.encode("utf-8"))


def rot13(t: str) -> str:
    return codecs.encode(t, "rot13")


def caesar(t: str, k: int = 3) -> str:
    out = []
    for ch in t:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def atbash(t: str) -> str:
    out = []
    for ch in t:
        if "a" <= ch <= "z":
            out.append(chr(219 - ord(ch)))
        elif "A" <= ch <= "Z":
            out.append(chr(155 - ord(ch)))
        else:
            out.append(ch)
    return "".join(out)


def urlenc(t: str) -> str:
    return urllib.parse.quote(t, safe="")


def reverse(t: str) -> str:
    return t[::-1]


_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "g": "9", "b": "8"}


def leet(t: str) -> str:
    return "".join(_LEET.get(ch.lower(), ch) for ch in t)


_MORSE = {
    "a": ".-",
    "b": "-...",
    "c": "-.-.",
    "d": "-..",
    "e": ".",
    "f": "..-.",
    "g": "--.",
    "h": "....",
    "i": "..",
    "j": ".---",
    "k": "-.-",
    "l": ".-..",
    "m": "--",
    "n": "-.",
    "o": "---",
    "p": ".--.",
    "q": "--.-",
    "r": ".-.",
    "s": "...",
    "t": "-",
    "u": "..-",
    "v": "...-",
    "w": ".--",
    "x": "-..-",
    "y": "-.--",
    "z": "--..",
    "0": "-----",
    "1": ".----",
    "2": "..---",
    "3": "...--",
    "4": "....-",
    "5": ".....",
    "6": "-....",
    "7": "--...",
    "8": "---..",
    "9": "----.",
    "?": "..--..",
    ",": "--..--",
    ".": ".-.-.-",
}


def morse(t: str) -> str:
    words = []
    for w in t.lower().split():
        code = " ".join(_MORSE[ch] for ch in w if ch in _MORSE)
        if code:
            words.append(code)
    return " / ".join(words)


def binary(t: str) -> str:
    return " ".join(f"{b:08b}" for b in t.encode("utf-8"))


def decimal_codes(t: str) -> str:
    return " ".join(str(ord(ch)) for ch in t)


def b64_of_rot13(t: str) -> str:
    return b64(rot13(t))


def hex_of_b64(t: str) -> str:
    return hexe(b64(t))


def url_of_b64(t: str) -> str:
    return urlenc(b64(t))


# ---------------- disguises (token smuggling) ----------------
_HOMO = {
    "a": "а",
    "e": "е",
    "o": "о",
    "p": "р",
    "c": "с",
    "x": "х",
    "i": "і",
    "y": "у",
    "A": "А",
    "E": "Е",
    "O": "О",
    "P": "Р",
    "C": "С",
    "H": "Н",
    "K": "К",
    "M": "М",
    "T": "Т",
}
ZW = "\u200b"
ZWJ = "\u200d"
SHY = "\u00ad"


def long_words(t: str, n: int = 6) -> list[str]:
    seen: list[str] = []
    for w in t.split():
        core = w.strip(".,?!:;'\"()")
        if len(core) >= n and core not in seen:
            seen.append(core)
    return seen


def _map_long(t: str, fn: Callable[[str], str], n: int = 6) -> str:
    out = []
    for w in t.split(" "):
        core = w.strip(".,?!:;'\"()")
        if len(core) >= n and core.isascii():
            out.append(w.replace(core, fn(core)))
        else:
            out.append(w)
    return " ".join(out)


def spaced(t: str) -> str:
    return _map_long(t, lambda w: " ".join(w))


def dotted(t: str) -> str:
    return _map_long(t, lambda w: ".".join(w))


def dashed_letters(t: str) -> str:
    return _map_long(t, lambda w: "-".join(w))


def homoglyph(t: str) -> str:
    return "".join(_HOMO.get(ch, ch) for ch in t)


def zero_width(t: str) -> str:
    return _map_long(t, lambda w: ZW.join(w), 5)


def soft_hyphen(t: str) -> str:
    return _map_long(t, lambda w: SHY.join(w), 5)


def tag_chars(t: str) -> str:
    # each ASCII letter of long words gets an invisible Unicode tag character after it
    return _map_long(t, lambda w: "".join(ch + chr(0xE0000 + ord(ch)) for ch in w), 6)


def split_words(t: str) -> str:
    return _map_long(t, lambda w: w[: len(w) // 2] + " " + w[len(w) // 2 :], 7)


def fullwidth(t: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in t)


def bracket_letters(t: str) -> str:
    return _map_long(t, lambda w: "".join(f"[{ch}]" for ch in w), 7)


def spelled_key(t: str, r: random.Random) -> str:
    words = long_words(t, 7) or long_words(t, 5)
    if not words:
        return t
    w = r.choice(words)
    return t.replace(w, f"[the word spelled {'-'.join(w)}]", 1)


def combining(t: str) -> str:
    return _map_long(t, lambda w: "".join(ch + "\u0301" if i % 2 else ch for i, ch in enumerate(w)))


# ---------------- register noise (same rates for both labels) ----------------
FILLERS_PRE = ["quick q: ", "hey, ", "so ", "ok so ", "hi! ", "um, ", "question - ", "pls help: "]
FILLERS_POST = [" thx", " thanks!", " pls", " ty in advance", " :)", "??", " cheers"]


def typo(t: str, r: random.Random) -> str:
    words = t.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.isascii()]
    if not idx:
        return t
    for i in r.sample(idx, min(len(idx), r.choice([1, 1, 2]))):
        w = words[i]
        j = r.randrange(1, len(w) - 2)
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


def noise(t: str, r: random.Random) -> str:
    x = r.random()
    if x < 0.12:
        t = t.lower()
    elif x < 0.22:
        t = typo(t, r)
    elif x < 0.30:
        t = r.choice(FILLERS_PRE) + t[:1].lower() + t[1:]
    elif x < 0.36:
        t = t.rstrip() + r.choice(FILLERS_POST)
    return t


def split_n(t: str, n: int) -> list[str]:
    words = t.split()
    k = max(1, len(words) // n)
    parts = [" ".join(words[i * k : (i + 1) * k]) for i in range(n - 1)]
    parts.append(" ".join(words[(n - 1) * k :]))
    return [p for p in parts if p]
