"""Encodings, disguises and decorations shared by attack and benign prompts of set P."""

from __future__ import annotations

import base64
import codecs
import random
import urllib.parse

Message = dict[str, str]

MORSE = {
    "a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.",
    "h": "....", "i": "..", "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.",
    "o": "---", "p": ".--.", "q": "--.-", "r": ".-.", "s": "...", "t": "-", "u": "..-",
    "v": "...-", "w": ".--", "x": "-..-", "y": "-.--", "z": "--..", "0": "-----",
    "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....", "6": "-....",
    "7": "--...", "8": "---..", "9": "----.", "'": ".----.", ",": "--..--", "?": "..--..",
    ".": ".-.-.-", "-": "-....-",
}  # fmt: skip

LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "b": "8", "g": "9"}
HOMOGLYPH = {
    "a": "а",
    "e": "е",
    "o": "о",
    "p": "р",
    "c": "с",
    "x": "х",
    "y": "у",
    "i": "і",
    "s": "ѕ",
}


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b32(s: str) -> str:
    return base64.b32encode(s.encode()).decode()


def hexe(s: str) -> str:
    return s.encode().hex()


def hex_spaced(s: str) -> str:
    return " ".join(f"{b:02x}" for b in s.encode())


def rot13(s: str) -> str:
    return codecs.encode(s, "rot13")


def caesar(s: str, k: int) -> str:
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def atbash(s: str) -> str:
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr(122 - (ord(ch) - 97)))
        elif "A" <= ch <= "Z":
            out.append(chr(90 - (ord(ch) - 65)))
        else:
            out.append(ch)
    return "".join(out)


def urlenc(s: str) -> str:
    return urllib.parse.quote(s, safe="")


def reverse(s: str) -> str:
    return s[::-1]


def leet(s: str) -> str:
    return "".join(LEET.get(ch.lower(), ch) for ch in s)


def morse(s: str) -> str:
    words = s.lower().split()
    return " / ".join(" ".join(MORSE[c] for c in w if c in MORSE) for w in words)


def binary(s: str) -> str:
    return " ".join(f"{b:08b}" for b in s.encode())


def decimal_codes(s: str) -> str:
    return " ".join(str(b) for b in s.encode())


def encode(name: str, s: str) -> str:
    if name == "base64":
        return b64(s)
    if name == "base32":
        return b32(s)
    if name == "hex":
        return hexe(s)
    if name == "hex_spaced":
        return hex_spaced(s)
    if name == "rot13":
        return rot13(s)
    if name == "caesar3":
        return caesar(s, 3)
    if name == "atbash":
        return atbash(s)
    if name == "url":
        return urlenc(s)
    if name == "reversed":
        return reverse(s)
    if name == "leet":
        return leet(s)
    if name == "morse":
        return morse(s)
    if name == "binary":
        return binary(s)
    if name == "decimal":
        return decimal_codes(s)
    if name == "base64_rot13":
        return b64(rot13(s))
    if name == "hex_base64":
        return hexe(b64(s))
    if name == "reversed_base64":
        return reverse(b64(s))
    if name == "url_base64":
        return urlenc(b64(s))
    raise ValueError(name)


ENCODING_NAMES = [
    ("base64", "base64"),
    ("base32", "base32"),
    ("hex", "hex"),
    ("hex_spaced", "hex bytes"),
    ("rot13", "ROT13"),
    ("caesar3", "a Caesar shift of 3"),
    ("atbash", "Atbash"),
    ("url", "URL encoding"),
    ("reversed", "reversed text"),
    ("leet", "leetspeak"),
    ("morse", "Morse code"),
    ("binary", "8-bit binary"),
    ("decimal", "decimal byte values"),
    ("base64_rot13", "base64 (inside it, ROT13)"),
    ("hex_base64", "hex (which decodes to base64)"),
    ("reversed_base64", "base64 written backwards"),
    ("url_base64", "URL-encoded base64"),
]

# --- letter-level disguises (token smuggling and their harmless twins)
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]


def spaced(w: str) -> str:
    return " ".join(w)


def dotted(w: str) -> str:
    return ".".join(w)


def homoglyph(w: str) -> str:
    return "".join(HOMOGLYPH.get(c, c) for c in w)


def zero_width(w: str, rng: random.Random) -> str:
    return "".join(c + (rng.choice(ZW) if i < len(w) - 1 else "") for i, c in enumerate(w))


def tag_chars(w: str) -> str:
    # visible first letter, the rest as invisible Unicode tag characters plus the plain word
    hidden = "".join(chr(0xE0000 + ord(c)) for c in w if ord(c) < 128)
    return w[0] + hidden + w[1:]


def hyphen_split(w: str) -> str:
    if len(w) < 4:
        return w
    m = len(w) // 2
    return w[:m] + "-" + w[m:]


def fullwidth(w: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in w)


def slashed(w: str) -> str:
    return "/".join(w)


def underscored(w: str) -> str:
    return "_".join(w)


def star_inside(w: str) -> str:
    if len(w) < 4:
        return w
    return w[0] + "*" + w[1:-1] + "*" + w[-1]


DISGUISES = [
    "spaced",
    "dotted",
    "homoglyph",
    "zero_width",
    "tag_chars",
    "hyphen_split",
    "fullwidth",
    "slashed",
    "underscored",
    "star_inside",
    "mixed",
    "bracket_synonym",
]


def disguise_word(kind: str, w: str, rng: random.Random) -> str:
    if kind == "spaced":
        return spaced(w)
    if kind == "dotted":
        return dotted(w)
    if kind == "homoglyph":
        return homoglyph(w)
    if kind == "zero_width":
        return zero_width(w, rng)
    if kind == "tag_chars":
        return tag_chars(w)
    if kind == "hyphen_split":
        return hyphen_split(w)
    if kind == "fullwidth":
        return fullwidth(w)
    if kind == "slashed":
        return slashed(w)
    if kind == "underscored":
        return underscored(w)
    if kind == "star_inside":
        return star_inside(w)
    if kind == "mixed":
        return disguise_word(rng.choice(DISGUISES[:10]), w, rng)
    return w


def disguise_phrase(kind: str, phrase: str, rng: random.Random) -> str:
    """Disguise the longer words of a phrase (the content words)."""
    words = phrase.split(" ")
    out = []
    for w in words:
        core = w.strip(",.?'")
        if len(core) >= 5 and core.isalpha():
            out.append(w.replace(core, disguise_word(kind, core, rng)))
        else:
            out.append(w)
    return " ".join(out)


# --- decorations applied at the same rates to both labels
SYSTEM_PROMPTS = [
    "You are a helpful assistant.",
    "You are a helpful, concise assistant. Answer in the user's language.",
    "You are Ada, the support assistant of Northwind Outdoor Gear. Be friendly and brief.",
    "You are an AI assistant integrated into a note-taking app. Format answers in Markdown.",
    "You are a coding assistant. Prefer Python unless asked otherwise.",
    "Current date: 2026-11-14. You are a knowledgeable assistant.",
    "You are a writing assistant for a small publishing house.",
    "Keep answers under 300 words unless the user asks for more.",
    "You are StudyBuddy, a tutor for university students.",
    "You are an assistant for an internal IT helpdesk at a mid-sized logistics company.",
    "Answer as plainly as you can; the user reads on a phone.",
    "You are a helpful assistant. The user is on the Pro plan.",
]

PRIOR_EXCHANGES = [
    ("what's a good name for a grey cat", "Some ideas: Smokey, Ash, Pebble, Earl Grey, Misty."),
    ("how many ml in a cup?", "A US cup is about 240 ml; a metric cup is 250 ml."),
    ("thanks for yesterday's help with my CV", "You're welcome! Happy to help again."),
    ("convert 72 F to C", "72 °F is about 22.2 °C."),
    (
        "can you recommend a podcast about history",
        "Try 'The Rest Is History' or 'Hardcore History'.",
    ),
    ("what time zone is Nairobi in", "Nairobi uses East Africa Time, UTC+3."),
    ("fix the typo: 'recieve'", "The correct spelling is 'receive'."),
    ("hi", "Hello! How can I help you today?"),
]

FILLERS = ["ok so ", "hey, ", "quick one: ", "so basically ", "um, ", "pls ", "hi! ", "right, "]


def typo(s: str, rng: random.Random) -> str:
    chars = list(s)
    for _ in range(max(1, len(s) // 120)):
        i = rng.randrange(1, max(2, len(chars) - 1))
        if chars[i].isalpha() and chars[i - 1].isalpha():
            chars[i], chars[i - 1] = chars[i - 1], chars[i]
    return "".join(chars)


def decorate(messages: list[Message], rng: random.Random, noise_ok: bool = True) -> list[Message]:
    """Ordinary system prompt (18 %), harmless prior exchange (10 %), register noise.

    The same function and rates are used for attacks and benign prompts. `noise_ok` is False for
    families whose text would be broken by case changes (encodings, disguises) on both labels.
    """
    msgs = [dict(m) for m in messages]
    has_system = msgs[0]["role"] == "system"
    if not has_system and rng.random() < 0.18:
        msgs.insert(0, {"role": "system", "content": rng.choice(SYSTEM_PROMPTS)})
    first_user = next(i for i, m in enumerate(msgs) if m["role"] == "user")
    if len(msgs) - first_user == 1 and rng.random() < 0.10:
        q, a = rng.choice(PRIOR_EXCHANGES)
        msgs[first_user:first_user] = [
            {"role": "user", "content": q},
            {"role": "assistant", "content": a},
        ]
    if noise_ok:
        last = msgs[-1]
        r = rng.random()
        if r < 0.12 and len(last["content"]) < 4000 and "```" not in last["content"]:
            last["content"] = last["content"].lower()
        elif r < 0.22:
            last["content"] = typo(last["content"], rng)
        elif r < 0.30:
            c = last["content"]
            last["content"] = rng.choice(FILLERS) + c[0].lower() + c[1:]
    return msgs
