"""Word lists and patterns behind the content signals.

They are written from public descriptions of harvesting campaigns (prompts that ask the model to
write out its reasoning, rubric/judge prompts, curriculum sweeps across subjects and languages),
not from the traffic simulator: the simulator's attack phrasings are written separately and several
of them match none of these patterns on purpose.
"""

from __future__ import annotations

import re

Rule = tuple[str, "re.Pattern[str] | None"]


def _rules(gated: dict[str, str | None]) -> tuple[Rule, ...]:
    """``{literal: rest-of-pattern or None}``: each rule runs only if its literal occurs.

    Every pattern starts with its literal so the regex engine can skip ahead to it; one big
    alternation would be tried at every character of the prompt.
    """
    return tuple(
        (literal, re.compile(re.escape(literal) + rest) if rest is not None else None)
        for literal, rest in gated.items()
    )


_REASONING_NOUNS = (
    r"\b[^.?!\n]{0,40}\b(?:reasoning|thought process|thinking|derivation|every step|all steps"
    r"|each step|intermediate steps|rationale|working)"
)
_JUDGED_NOUNS = (
    r"\b[^.?!\n]{0,60}\b(?:response|answer|output|completion|reply|submission|essay|solution)"
)

# Prompts that ask for the model's reasoning to be written out (chain-of-thought elicitation).
COT_RULES: tuple[Rule, ...] = _rules(
    {
        "step by step": None,
        "step-by-step": None,
        "chain of thought": None,
        "chain-of-thought": None,
        **{
            verb: _REASONING_NOUNS
            for verb in (
                "show",
                "explain",
                "write out",
                "walk",
                "lay out",
                "spell out",
                "detail",
                "describe",
            )
        },
        "think": r" (?:carefully|aloud|out loud|it through|through)",
        "reason": r" (?:carefully|through|about it)",
        "internal ": r"(?:reasoning|monologue|deliberation)",
        "before ": r"(?:answering|giving (?:the|your) (?:final )?answer)[^.?!\n]{0,40}\b(?:reason|think|consider)",
    }
)

# Prompts that ask the model to grade, score or compare answers (reward-model harvesting).
JUDGE_RULES: tuple[Rule, ...] = _rules(
    {
        "rubric": None,
        **{
            verb: _JUDGED_NOUNS
            for verb in ("rate ", "score ", "grade ", "evaluate ", "assess ", "judge ")
        },
        "on a scale ": r"(?:of|from) \d+",
        "which ": r"(?:response|answer|reply|completion) is (?:better|more helpful|preferred)",
        "preferred ": r"(?:response|answer)\b",
        "score:": None,
        "rating:": None,
        "which is better": None,
        "which one is better": None,
        "quality score": None,
        "score out of": None,
        "rating out of": None,
        "pass/fail": None,
    }
)


# A prompt is checked against the rules only if one of its words is in the gate set.
COT_GATE_WORDS: frozenset[str] = frozenset(
    {
        "step",
        "steps",
        "step-by-step",
        "chain",
        "chain-of-thought",
        "reasoning",
        "reason",
        "think",
        "thinking",
        "thought",
        "derivation",
        "rationale",
        "working",
        "monologue",
        "deliberation",
    }
)
JUDGE_GATE_WORDS: frozenset[str] = frozenset(
    {
        "rubric",
        "rate",
        "score",
        "grade",
        "evaluate",
        "assess",
        "judge",
        "scale",
        "better",
        "preferred",
        "score:",
        "rating",
        "rating:",
        "which",
        "quality",
        "pass/fail",
    }
)


def matches(rules: tuple[Rule, ...], lowered: str) -> bool:
    """True if any rule's literal occurs in ``lowered`` and its pattern (if any) matches."""
    for literal, pattern in rules:
        if literal in lowered and (pattern is None or pattern.search(lowered) is not None):
            return True
    return False


_TOPICS: dict[str, tuple[str, ...]] = {
    "math": (
        "equation",
        "integral",
        "derivative",
        "algebra",
        "geometry",
        "probability",
        "theorem",
        "polynomial",
        "matrix",
        "calculus",
        "prime",
        "fraction",
        "arithmetic",
        "triangle",
        "solve",
        "sum",
        "factorial",
        "logarithm",
        "vector",
        "statistics",
    ),
    "code": (
        "python",
        "javascript",
        "function",
        "code",
        "java",
        "sql",
        "api",
        "typescript",
        "react",
        "rust",
        "bug",
        "compile",
        "class",
        "algorithm",
        "html",
        "css",
        "regex",
        "database",
        "docker",
        "kubernetes",
        "c++",
        "golang",
        "script",
        "json",
    ),
    "physics": (
        "physics",
        "velocity",
        "momentum",
        "quantum",
        "energy",
        "force",
        "gravity",
        "relativity",
        "thermodynamics",
        "electron",
        "photon",
        "acceleration",
        "magnetic",
    ),
    "chemistry": (
        "chemistry",
        "molecule",
        "reaction",
        "compound",
        "acid",
        "oxidation",
        "molar",
        "atom",
        "catalyst",
        "organic",
        "ion",
        "bond",
        "synthesis",
    ),
    "biology": (
        "biology",
        "cell",
        "gene",
        "protein",
        "dna",
        "evolution",
        "enzyme",
        "organism",
        "species",
        "ecosystem",
        "bacteria",
        "virus",
        "photosynthesis",
    ),
    "medicine": (
        "patient",
        "diagnosis",
        "symptoms",
        "disease",
        "treatment",
        "clinical",
        "drug",
        "dose",
        "medical",
        "therapy",
        "doctor",
        "health",
    ),
    "law": (
        "law",
        "legal",
        "court",
        "contract",
        "statute",
        "liability",
        "lawsuit",
        "attorney",
        "regulation",
        "constitution",
        "plaintiff",
        "rights",
    ),
    "finance": (
        "finance",
        "investment",
        "stock",
        "tax",
        "accounting",
        "revenue",
        "interest",
        "loan",
        "portfolio",
        "budget",
        "inflation",
        "bank",
        "crypto",
        "profit",
    ),
    "history": (
        "history",
        "war",
        "empire",
        "century",
        "revolution",
        "ancient",
        "dynasty",
        "historical",
        "medieval",
        "colonial",
    ),
    "writing": (
        "story",
        "poem",
        "essay",
        "novel",
        "character",
        "blog",
        "article",
        "write",
        "rewrite",
        "paragraph",
        "summarize",
        "summary",
        "letter",
        "email",
    ),
    "business": (
        "marketing",
        "business",
        "startup",
        "customer",
        "sales",
        "brand",
        "product",
        "strategy",
        "company",
        "seo",
        "management",
        "linkedin",
    ),
    "philosophy": (
        "philosophy",
        "ethics",
        "moral",
        "kant",
        "consciousness",
        "existential",
        "metaphysics",
        "epistemology",
        "virtue",
    ),
    "geography": (
        "country",
        "capital",
        "continent",
        "river",
        "mountain",
        "climate",
        "population",
        "city",
        "geography",
        "ocean",
    ),
    "education": (
        "student",
        "teacher",
        "lesson",
        "curriculum",
        "exam",
        "course",
        "homework",
        "school",
        "university",
        "quiz",
    ),
    "psychology": (
        "psychology",
        "behavior",
        "behaviour",
        "emotion",
        "cognitive",
        "anxiety",
        "motivation",
        "personality",
        "mental",
    ),
    "engineering": (
        "circuit",
        "voltage",
        "engineering",
        "mechanical",
        "structural",
        "robot",
        "sensor",
        "signal",
        "control",
        "electrical",
    ),
}

TOPIC_OF_WORD: dict[str, str] = {word: topic for topic, words in _TOPICS.items() for word in words}
TOPIC_WORDS: frozenset[str] = frozenset(TOPIC_OF_WORD)
TOPICS: tuple[str, ...] = tuple(_TOPICS)

_STOPWORDS: dict[str, tuple[str, ...]] = {
    "en": ("the", "and", "is", "of", "to", "what", "how", "with", "this", "that", "for", "you"),
    "es": ("el", "los", "las", "es", "por", "para", "una", "qué", "cómo", "con", "del", "pero"),
    "fr": ("le", "les", "est", "une", "des", "pour", "avec", "qui", "dans", "pas", "vous", "quel"),
    "de": ("der", "die", "das", "und", "ist", "nicht", "mit", "ein", "eine", "wie", "was", "sie"),
    "pt": ("o", "os", "não", "uma", "com", "para", "você", "como", "são", "também", "isso", "mais"),
    "it": ("il", "gli", "della", "che", "sono", "per", "una", "come", "questo", "anche", "perché"),
    "nl": ("het", "een", "van", "niet", "zijn", "voor", "met", "wat", "hoe", "ook", "deze", "dat"),
    "tr": ("bir", "ve", "bu", "için", "ile", "nedir", "nasıl", "çok", "daha", "olan", "gibi"),
    "id": ("yang", "dan", "dengan", "untuk", "tidak", "ini", "itu", "apa", "bagaimana", "adalah"),
    "vi": ("của", "và", "là", "không", "những", "một", "các", "được", "cho", "trong", "như"),
    "pl": ("jest", "nie", "się", "jak", "czy", "dla", "oraz", "przez", "jego", "które", "być"),
    "sw": ("na", "ya", "wa", "kwa", "ni", "katika", "hii", "kama", "jinsi", "nini", "gani"),
}

LANG_OF_WORD: dict[str, str] = {}
for _lang, _words in _STOPWORDS.items():
    for _word in _words:
        LANG_OF_WORD.setdefault(_word, _lang)
LANG_WORDS: frozenset[str] = frozenset(LANG_OF_WORD)
ENGLISH_WORDS: frozenset[str] = frozenset(w for w, lang in LANG_OF_WORD.items() if lang == "en")

# Non-Latin scripts by code point range; the first such character decides a prompt's language.
SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0370, 0x03FF, "el"),
    (0x0400, 0x04FF, "ru"),
    (0x0590, 0x05FF, "he"),
    (0x0600, 0x06FF, "ar"),
    (0x0900, 0x097F, "hi"),
    (0x0980, 0x09FF, "bn"),
    (0x0B80, 0x0BFF, "ta"),
    (0x0E00, 0x0E7F, "th"),
    (0x1100, 0x11FF, "ko"),
    (0x3040, 0x30FF, "ja"),
    (0x4E00, 0x9FFF, "zh"),
    (0xAC00, 0xD7AF, "ko"),
)
SCRIPT_PATTERN = re.compile(
    "[" + "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi, _ in SCRIPT_RANGES) + "]"
)


def script_of(char: str) -> str:
    point = ord(char)
    for lo, hi, lang in SCRIPT_RANGES:
        if lo <= point <= hi:
            return lang
    return "latin"
