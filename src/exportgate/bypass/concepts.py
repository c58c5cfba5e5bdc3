"""A small multilingual concept lexicon: harmful objects, evasion, operational asks, defensive
and benign framings, counted per turn so that the learned part can weigh *what is asked* and how
the conversation moved, independent of any one author's wording.

Word lists are hand-written (English plus common and low-resource languages, 2026-12, project
staff); a word matches on its first letters (stem) so that inflections count. The cost is one
set look-up per word over a bounded number of words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_WORD = re.compile(r"[^\W\d_]{2,}")
MAX_WORDS = 1600

# concept -> stems (lower case). A word counts when it starts with one of the stems (stems of
# four letters or fewer must match the whole word).
_LEXICON: dict[str, tuple[str, ...]] = {
    "harm_cyber": (
        "ransomware", "keylogger", "keystroke", "malware", "spyware", "stalkerware", "rootkit",
        "bootkit", "backdoor", "trojan", "botnet", "worm", "exploit", "shellcode", "payload",
        "exfiltrat", "phishing", "credential", "password", "lsass", "mimikatz", "privilege",
        "persistence", "inject", "infect", "propagat", "ddos", "wiper", "encrypt", "ransom",
        "shadow", "bitlocker", "stealer", "hijack", "brute", "crack", "hack", "intrude", "intrusion",
        "c2", "beacon", "implant", "dropper", "loader", "obfuscat", "polymorph", "zeroday",
        "skimmer", "scraper", "spoof", "sniff", "ddos", "defacement", "jackpot", "carding",
        "cookie", "session", "token", "boot", "sector", "mbr", "sandbox", "dormant",
        # other languages
        "programa malicioso", "logiciel", "schadsoftware", "virus", "вирус", "вредонос",
        "взлом", "пароль", "hackear", "pirater", "contraseña", "mot de passe", "passwort",
        "udukuzi", "nywila", "kudukua", "ukugebengu", "cyfrinair", "hacio", "pasahitza",
        "kupu huna", "ọrọ aṣínà", "agonyo", "mật khẩu", "şifre", "parola",
    ),
    "harm_weapon": (
        "bomb", "explosiv", "detonat", "grenade", "ied", "napalm", "thermite", "pipe bomb",
        "firearm", "gun", "rifle", "pistol", "ammunition", "silencer", "suppressor", "full auto",
        "automatic", "auto sear", "ghost gun", "untraceable", "tatp", "anfo", "nitro", "fuse",
        "shrapnel", "molotov", "weapon", "kill", "murder", "assassin", "poison",
        "bomba", "bombe", "explosif", "sprengstoff", "waffe", "arma", "оружие", "бомб",
        "взрывчат", "яд", "bomu", "silaha", "ibhomu", "isibhamu", "bom", "gwn", "arf", "ffrwydr",
        "boma", "ibọn", "bọ́mbù", "bọmbu", "phom", "phom tawg", "lehergai", "arma", "pū", "poma",
        "bomb", "mabomu", "sumu", "ushefu", "gwenwyn", "pozoia", "majele", "ubuthi", "銃", "爆弾",
        "炸弹", "枪", "毒", "قنبلة", "سلاح", "bom ", "súng", "bomba", "silah", "patlayıcı",
    ),
    "harm_biochem": (
        "nerve agent", "sarin", "vx", "tabun", "novichok", "ricin", "anthrax", "botulinum",
        "pathogen", "toxin", "smallpox", "plague", "h5n1", "gain of function", "mustard gas",
        "chlorine gas", "phosgene", "cyanide", "weaponiz", "aerosoli", "transmissib", "virulen",
        "culture", "synthesi", "precursor", "chemical weapon", "bioweapon", "lethal dose",
        "meth", "fentanyl", "heroin", "cocaine", "drug", "overdose",
        "arma química", "arme chimique", "biowaffe", "нервно", "зарин", "gesi ya sumu",
        "virusi", "kemikali", "isifo", "nwy", "cemegol", "kimika", "kemikal", "hauā",
    ),
    "harm_person": (
        "suicide", "self harm", "cut myself", "kill myself", "end my life", "overdos", "starve",
        "stalk", "track her", "track his", "track my", "spy on", "location of", "dox", "address of",
        "without consent", "without them knowing", "without her knowing", "without his knowing",
        "blackmail", "extort", "sextort", "groom", "minor", "child", "trafficking", "kidnap",
        "scam", "fraud", "launder", "counterfeit", "fake id", "identity theft", "synthetic identity",
        "forge", "forgery", "impersonat", "elderly", "grandparent", "wire transfer", "gift card",
        "suicidio", "suicide", "selbstmord", "самоубий", "kujiua", "ukuzibulala", "hunanladd",
        "ẹmi ara", "estafa", "arnaque", "betrug", "мошенн", "ulaghai", "twyll", "iruzur",
        "whakaaetanga", "ruhusa", "imvume", "caniatâd", "baimena", "laisi aṣẹ",
    ),
    "evasion": (
        "undetect", "without being detected", "without detection", "not detected", "won't flag",
        "wont flag", "doesn't get flagged", "evade", "evasion", "bypass", "stealth", "covert",
        "hidden from", "hide from", "hides from", "avoid detection", "antivirus", "edr",
        "defender", "untraceable", "no trace", "cover my tracks", "cover tracks", "anonymous",
        "without getting caught", "get away with", "police won't", "unnoticed", "silently",
        "quietly", "disable logging", "clear the logs", "delete the logs", "dormant", "sandbox",
    ),
    "operational": (
        "step by step", "step-by-step", "detailed instructions", "exact", "quantities",
        "amounts", "recipe", "complete program", "complete code", "full code", "full program",
        "working code", "working version", "ready to run", "ready-to-run", "functional",
        "make it work", "actually works", "actually work", "fully working", "deployable",
        "weaponised", "weaponized", "operational", "put it all together", "put it together",
        "combine", "list what i'd need", "what i would need", "materials", "ingredients",
        "equipment", "where to buy", "how do i", "how can i", "how would i", "how could i",
        "how to", "write the missing", "fill in", "complete the", "finish the", "implement",
        "ninawezaje", "jinsi ya", "ngingakwazi", "kanjani", "sut alla i", "sut mae", "nola",
        "me pēhea", "bawo ni", "ua li cas", "cómo", "comment", "wie kann", "как сделать",
        "как", "如何", "怎么", "どうやって", "كيف", "làm thế nào", "nasıl", "come",
    ),
    "defensive_frame": (
        "defensive", "defence", "defense", "harden", "red team", "blue team", "pentest",
        "penetration test", "authori", "permission", "security review", "code review",
        "fix this code", "fix the code", "unit test", "test pass", "edr test", "validate our",
        "our controls", "our detection", "for research", "researcher", "educational",
        "training data", "detection rule", "simulat", "exercise", "ciso", "compliance",
        "our own", "our network", "our systems", "in our lab", "lab environment", "ctf",
    ),
    "fiction_frame": (
        "story", "novel", "screenplay", "script", "scene", "character", "poem", "rap", "lyrics",
        "diary", "fiction", "roleplay", "role play", "pretend", "imagine", "hypothetical",
        "in a world", "universe", "game", "villain", "protagonist",
    ),
    "study_frame": (
        "history", "historical", "explain", "what is", "what are", "why did", "why do",
        "summar", "overview", "detect", "detection", "prevent", "protect", "mitigat", "patch",
        "signs of", "warning signs", "recognise", "recognize", "report", "awareness", "analy",
        "translate", "translation", "decode", "meaning of",
    ),
    "answer_control": (
        "answer in", "respond in", "reply in", "in as much detail", "no explanations",
        "just the code", "only the code", "no disclaimers", "no warnings", "without warnings",
        "don't refuse", "do not refuse", "never refuse", "start with", "begin with", "sure, here",
        "stay in character", "no matter what", "ignore", "override", "developer mode",
        "jailbreak", "unfiltered", "uncensored", "no restrictions", "without restrictions",
    ),
}

CONCEPTS = tuple(_LEXICON)
_SINGLE: dict[str, set[str]] = {}
_PREFIX: dict[str, list[tuple[str, str]]] = {}
_PHRASES: list[tuple[str, str]] = []
for _concept, _stems in _LEXICON.items():
    for _stem in _stems:
        _stem = _stem.strip()
        if " " in _stem or "-" in _stem or "'" in _stem or not _stem.isascii():
            _PHRASES.append((_stem, _concept))
        elif len(_stem) <= 4:
            _SINGLE.setdefault(_stem, set()).add(_concept)
        else:
            _PREFIX.setdefault(_stem[:4], []).append((_stem, _concept))
_PHRASE_RE = re.compile("|".join(sorted((re.escape(p) for p, _ in _PHRASES), key=len, reverse=True)))
_PHRASE_OF = {p: c for p, c in _PHRASES}


def concepts(text: str) -> dict[str, int]:
    """Distinct stems hit per concept in ``text`` (lower case expected)."""
    hits: dict[str, set[str]] = {}
    words = _WORD.findall(text)
    if len(words) > MAX_WORDS:
        words = words[:MAX_WORDS] + words[-200:]
    for word in set(words):
        for concept in _SINGLE.get(word, ()):
            hits.setdefault(concept, set()).add(word)
        for stem, concept in _PREFIX.get(word[:4], ()):
            if word.startswith(stem):
                hits.setdefault(concept, set()).add(stem)
    bounded = text if len(text) <= 12_000 else text[:10_000] + text[-2_000:]
    for match in _PHRASE_RE.finditer(bounded):
        concept = _PHRASE_OF.get(match.group())
        if concept:
            hits.setdefault(concept, set()).add(match.group())
    return {k: len(v) for k, v in hits.items()}


def signals(last: str, earlier: Sequence[str]) -> dict[str, float]:
    """Concept strengths of the last user turn, of the earlier turns, and how they combine
    (a defensive or fictional frame around a harmful object; an operational last ask over a
    harmful topic raised earlier — the trajectory of the conversation)."""
    now = concepts(last)
    before = concepts("\n".join(earlier)) if earlier else {}
    out: dict[str, float] = {}

    def squash(n: int) -> float:
        return min(1.0, n / 3.0)

    harm_now = squash(sum(now.get(k, 0) for k in CONCEPTS if k.startswith("harm_")))
    harm_before = squash(sum(before.get(k, 0) for k in CONCEPTS if k.startswith("harm_")))
    for name in CONCEPTS:
        if now.get(name):
            out["c:" + name] = squash(now[name])
        if before.get(name):
            out["h:" + name] = squash(before[name])
    oper = squash(now.get("operational", 0))
    out["x:harm_oper"] = harm_now * oper
    out["x:harm_evasion"] = harm_now * squash(now.get("evasion", 0))
    out["x:harm_defensive"] = harm_now * squash(now.get("defensive_frame", 0))
    out["x:harm_fiction"] = harm_now * squash(now.get("fiction_frame", 0))
    out["x:harm_study"] = harm_now * squash(now.get("study_frame", 0))
    out["x:harm_control"] = harm_now * squash(now.get("answer_control", 0))
    out["x:trajectory"] = harm_before * max(oper, harm_now)
    out["x:rising"] = max(0.0, harm_now - harm_before) if earlier else 0.0
    return {k: v for k, v in out.items() if v > 0}


__all__ = ["CONCEPTS", "concepts", "signals"]
