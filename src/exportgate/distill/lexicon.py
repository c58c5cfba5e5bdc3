"""Word lists and patterns behind the content signals.

They are written from public descriptions of harvesting campaigns (prompts that ask the model to
write out its reasoning, rubric/judge prompts, curriculum sweeps across subjects and languages),
not from the traffic simulator: the simulator's attack phrasings are written separately and several
of them match none of these patterns on purpose.
"""

from __future__ import annotations

import re

# Prompts that ask for the model's reasoning to be written out (chain-of-thought elicitation).
COT_PATTERN = re.compile(
    r"step[- ]by[- ]step"
    r"|chain[- ]of[- ]thought"
    r"|(?:show|explain|write out|walk (?:me )?through|lay out|spell out|detail|describe|give)"
    r"\b[^.?!\n]{0,40}\b(?:reasoning|thought process|thinking|derivation|every step|all steps"
    r"|each step|intermediate steps|rationale|working)"
    r"|think (?:carefully|aloud|out loud|it through|through)"
    r"|reason (?:carefully|through|about it)"
    r"|internal (?:reasoning|monologue|deliberation)"
    r"|before (?:answering|giving (?:the|your) (?:final )?answer)[^.?!\n]{0,40}\b(?:reason|think|consider)"
)

# Prompts that ask the model to grade, score or compare answers (reward-model harvesting).
JUDGE_PATTERN = re.compile(
    r"\brubric\b"
    r"|\b(?:rate|score|grade|evaluate|assess|judge)\b[^.?!\n]{0,60}"
    r"\b(?:response|answer|output|completion|reply|submission|essay|solution)s?\b"
    r"|on a scale (?:of|from) \d+"
    r"|\b(?:which|what) (?:response|answer|reply|completion) is (?:better|more helpful|preferred)"
    r"|\bpreferred (?:response|answer)\b"
    r"|\b(?:score|rating|grade)\s*[:=]\s*(?:\[|\d)"
)

_TOPICS: dict[str, tuple[str, ...]] = {
    "math": (
        "equation", "integral", "derivative", "algebra", "geometry", "probability", "theorem",
        "polynomial", "matrix", "calculus", "prime", "fraction", "arithmetic", "triangle",
        "solve", "sum", "factorial", "logarithm", "vector", "statistics",
    ),
    "code": (
        "python", "javascript", "function", "code", "java", "sql", "api", "typescript", "react",
        "rust", "bug", "compile", "class", "algorithm", "html", "css", "regex", "database",
        "docker", "kubernetes", "c++", "golang", "script", "json",
    ),
    "physics": (
        "physics", "velocity", "momentum", "quantum", "energy", "force", "gravity", "relativity",
        "thermodynamics", "electron", "photon", "acceleration", "magnetic",
    ),
    "chemistry": (
        "chemistry", "molecule", "reaction", "compound", "acid", "oxidation", "molar", "atom",
        "catalyst", "organic", "ion", "bond", "synthesis",
    ),
    "biology": (
        "biology", "cell", "gene", "protein", "dna", "evolution", "enzyme", "organism", "species",
        "ecosystem", "bacteria", "virus", "photosynthesis",
    ),
    "medicine": (
        "patient", "diagnosis", "symptoms", "disease", "treatment", "clinical", "drug", "dose",
        "medical", "therapy", "doctor", "health",
    ),
    "law": (
        "law", "legal", "court", "contract", "statute", "liability", "lawsuit", "attorney",
        "regulation", "constitution", "plaintiff", "rights",
    ),
    "finance": (
        "finance", "investment", "stock", "tax", "accounting", "revenue", "interest", "loan",
        "portfolio", "budget", "inflation", "bank", "crypto", "profit",
    ),
    "history": (
        "history", "war", "empire", "century", "revolution", "ancient", "dynasty", "historical",
        "medieval", "colonial",
    ),
    "writing": (
        "story", "poem", "essay", "novel", "character", "blog", "article", "write", "rewrite",
        "paragraph", "summarize", "summary", "letter", "email",
    ),
    "business": (
        "marketing", "business", "startup", "customer", "sales", "brand", "product", "strategy",
        "company", "seo", "management", "linkedin",
    ),
    "philosophy": (
        "philosophy", "ethics", "moral", "kant", "consciousness", "existential", "metaphysics",
        "epistemology", "virtue",
    ),
    "geography": (
        "country", "capital", "continent", "river", "mountain", "climate", "population", "city",
        "geography", "ocean",
    ),
    "education": (
        "student", "teacher", "lesson", "curriculum", "exam", "course", "homework", "school",
        "university", "quiz",
    ),
    "psychology": (
        "psychology", "behavior", "behaviour", "emotion", "cognitive", "anxiety", "motivation",
        "personality", "mental",
    ),
    "engineering": (
        "circuit", "voltage", "engineering", "mechanical", "structural", "robot", "sensor",
        "signal", "control", "electrical",
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

# First character of a non-Latin script decides the language family of a prompt.
SCRIPT_PATTERN = re.compile(
    r"(?P<ja>[\u3040-\u30ff])|(?P<zh>[\u4e00-\u9fff])|(?P<ko>[\uac00-\ud7af\u1100-\u11ff])"
    r"|(?P<ru>[\u0400-\u04ff])|(?P<ar>[\u0600-\u06ff])|(?P<hi>[\u0900-\u097f])"
    r"|(?P<th>[\u0e00-\u0e7f])|(?P<el>[\u0370-\u03ff])|(?P<he>[\u0590-\u05ff])"
    r"|(?P<bn>[\u0980-\u09ff])|(?P<ta>[\u0b80-\u0bff])"
)
