"""The first-stage cascade: normalisation → structure → intent → framing → one score.

Each named part returns a strength in 0..1 and the sentence that explains it (the same shape as
``distill/scoring.py``'s part list). The score combines two routes to a flag:

* **harmful ask, wrapped** — what is asked (intent, after every disguise is removed) weighted up
  by how it is wrapped (framing, obfuscation, conversation structure):
  ``intent × (base + (1 − base) × wrapping)``; a bare operational ask for a prohibited object
  reaches the threshold on its own, a dual-use one needs wrapping;
* **attack form** — an instruction override, jailbreak persona, fabricated many-shot history or
  instructions carried in a document, discounted when the text is a discussion *about* such
  attacks.

Both routes are combined as independent evidence, ``1 − (1 − a)(1 − b)``. The weights and the
threshold are in :class:`BypassConfig`; the shipped values were set on the project's own
development prompts and public data only (``bench/bypass``), never on the independent set.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import msgspec

from exportgate.bypass.carried import carried_asks, pointed_lines, split_payload
from exportgate.bypass.codegoal import code_goal, framed_goal, read_instruction
from exportgate.bypass.concepts import concepts as concept_counts
from exportgate.bypass.concepts import signals as concept_signals
from exportgate.bypass.cyber import intrusion_ask, offensive_cyber
from exportgate.bypass.framing import FORM, WRAP, meta_discussion, quoted_mention, score_framing
from exportgate.bypass.goal import goal_features
from exportgate.bypass.harmask import harm_ask
from exportgate.bypass.injection import (
    Carried,
    action_in_data,
    carried_instructions,
    data_text,
    data_view,
    everyday_senses,
    hidden_asks,
    negated_before,
)
from exportgate.bypass.intent import BENIGN, HIGH_RISK, LOW_RISK, PROHIBITED, Intent, score_intent
from exportgate.bypass.langid import language
from exportgate.bypass.learned import LearnedModel, text_features
from exportgate.bypass.learned import load as load_learned
from exportgate.bypass.multilingual import foreign_ask
from exportgate.bypass.normalize import (
    Normalized,
    hyphen_joined,
    normalize,
    scramble_key,
    spaced_segmented,
    unscramble,
)
from exportgate.bypass.refusal import is_refusal
from exportgate.bypass.structure import content_text, escalation, shape, targeting, trajectory
from exportgate.bypass.words import letter_words

DETECTOR_VERSION = "bypass-24"

#: rounds the final score (a module variable, read at each call also where the module is compiled:
#: bench/bypass/equivalence.py replaces it to compare unrounded scores)
round_score: Callable[[float, int], float] = round


@dataclass(frozen=True, slots=True)
class BypassConfig:
    """Weights and threshold of the first stage."""

    # flagged at or above. Round 4: chosen on held-out writers (bench/bypass/lowo.py): pooled over
    # set D and corpora t1-t3 (writers the rules never read), 0.75 is the lowest threshold that
    # keeps benign prompts flagged under 1 % (0.95 %), catching 83 % of attempts. Round 12:
    # re-checked over 17 held-out writers by a rule written first (bench/bypass/threshold.py:
    # lowest with pooled FPR <= 0.5 % and every benign family <= 2 %); none met it, 0.75 kept
    threshold: float = 0.75
    uncertain_low: float = 0.3  # the band sent to the optional second stage
    intent_base: float = 0.6  # share of the intent that counts with no wrapping at all
    form_weight: float = 0.85  # attack form without a harmful ask
    meta_discount: float = 1.0  # how much a discussion about jailbreaks cancels attack form
    exempt_high_risk: bool = False  # verified security organisation: high-risk dual use allowed
    learned: bool = True  # stack the shipped learned part on the rule parts (off: rules only)
    # round 13 prototype (bench/bypass/round13_fp_analysis.md; off in the shipped detector): a
    # wrapper flags only where the ask is read as harmful or cannot be read. "none": off; "cap":
    # the learned score is held under the threshold where no rule part reads a harmful ask;
    # "bar": such a prompt needs ``ask_gate_bar`` from the learned part instead of ``threshold``
    ask_gate: str = "none"
    ask_gate_bar: float = 0.95
    # round 15: the weight of the learned part's goal table (the goal read apart from its
    # wrapper, ``goal.py``) in the learned score's log-odds, the word table's weight being
    # 1 - this (0: off; a model without a goal table reads no goal). 0.2 chosen leave one writer
    # out on the writers the rules never read (D, E, T1-T4: TPR at 1 % FPR 0.927 -> 0.932,
    # FPR at 0.75 0.46 % -> 0.41 %; 0.35 and 0.5 were worse there); bench/bypass/goal_lowo.py
    goal_weight: float = 0.2


class Part:
    """One signal: its group, strength in 0..1, and the sentence that explains it."""

    __slots__ = ("name", "group", "strength", "render")

    def __init__(self, name: str, group: str, strength: float, render: Callable[[], str]) -> None:
        self.name = name
        self.group = group
        self.strength = strength
        self.render = render

    @property
    def text(self) -> str:
        return self.render()


class Verdict(msgspec.Struct, kw_only=True):
    """The first stage's answer for one request or conversation."""

    score: float
    flagged: bool
    band: str
    area: str
    families: list[str]
    reasons: list[str]
    language: str
    decoded: list[str] = []
    stage: str = "first"


@dataclass(slots=True)
class _Acc:
    parts: list[Part] = field(default_factory=list)

    def add(self, name: str, group: str, strength: float, render: Callable[[], str]) -> None:
        if strength > 0:
            self.parts.append(Part(name, group, min(1.0, strength), render))


def _const(text: str) -> Callable[[], str]:
    return lambda: text


def _noisy_or(values: Sequence[float]) -> float:
    keep = 1.0
    for value in values:
        keep *= 1.0 - min(1.0, max(0.0, value))
    return 1.0 - keep


RULE_WINDOW = 1_200  # characters of one message the rule parts read (head and tail)
_SYSTEM_ROLES = ("system", "developer")
# round 25: the reasons of an ask read as a direct ask (carried.py)
_DIRECT_WHY = {
    "carried_ask": "data asks in the user's place, read as a direct ask: \u201c",
    "split_ask": "pieces put together ask, read as a direct ask: \u201c",
}
_TOOL_ROLES = ("tool", "function")
_SYSTEM_INTENT_READ = 0.3  # intent in the system message from which its words are read
_CYBER_WINDOW = 1_500  # characters the offensive-capability part reads


def _window(text: str) -> str:
    if len(text) <= RULE_WINDOW:
        return text
    half = RULE_WINDOW // 2
    head = _sentence_end_after(text, half)
    tail = _sentence_start_before(text, len(text) - half)
    if tail <= head:
        return text
    middle = _middle_questions(text, head, tail)
    return text[:head] + "\n" + (middle + "\n" if middle else "") + text[tail:]


def _sentence_end_after(text: str, at: int) -> int:
    """``at``, moved forward to the end of the sentence it cuts (at most
    ``MIDDLE_QUESTION_CHARS`` characters; else ``at``)."""
    ends = [text.find(c, at, at + MIDDLE_QUESTION_CHARS) for c in _SENTENCE_END]
    found = [e for e in ends if e >= 0]
    return min(found) + 1 if found else at


def _sentence_start_before(text: str, at: int) -> int:
    """``at``, moved back to the start of the sentence it cuts (at most
    ``MIDDLE_QUESTION_CHARS`` characters; else ``at``)."""
    found = max(text.rfind(c, max(0, at - MIDDLE_QUESTION_CHARS), at) for c in _SENTENCE_END)
    return found + 1 if found >= 0 else at


# round 19: a question hidden in the middle of a long message (payload splitting: one real
# question among filler sentences, "answer only the real one") was cut out of the rule window;
# the window keeps up to ``MIDDLE_QUESTIONS`` whole question sentences of the part it skips,
# each at most ``MIDDLE_QUESTION_CHARS`` long, and the head and the tail are not cut inside a
# sentence (each moved to the sentence boundary within ``MIDDLE_QUESTION_CHARS``), so the rule
# parts read the ask whole (bounded: a 200,000-character prompt adds at most 6 x 300 characters)
MIDDLE_QUESTIONS = 4
MIDDLE_QUESTION_CHARS = 300
_SENTENCE_END = ".!?\n"


def _middle_questions(text: str, start: int, end: int) -> str:
    """Whole question sentences ending between ``start`` and ``end`` (the first few)."""
    found: list[str] = []
    at = text.find("?", start, end)
    while at >= 0 and len(found) < MIDDLE_QUESTIONS:
        begin = at
        floor = max(start, at - MIDDLE_QUESTION_CHARS)
        while begin > floor and text[begin - 1] not in _SENTENCE_END:
            begin -= 1
        if begin > floor or begin == start:
            sentence = text[begin : at + 1].strip()
            if len(sentence) >= 12:
                found.append(sentence)
        at = text.find("?", at + 1, end)
    return " ".join(found)


_LOWER_UPPER = re.compile(r"[a-z][A-Z]")
_UPPER_LOWER = re.compile(r"[A-Z][a-z]")
_SPECIAL = frozenset("\\][(){}*`<>|^~")
_CAMEL = re.compile(r"[a-z]+[A-Z][a-z]+")


def _random_case_words(sample: str) -> int:
    """Words of 4+ letters that mix case both ways (linear: one pass per word, no lookaheads)."""
    if _LOWER_UPPER.search(sample) is None:  # no word can hold a lower-upper pair: none mixes
        return 0
    return sum(
        1
        for w in sample.split()
        # a word in lower case has no capital for _LOWER_UPPER to find; round 13 (bypasstail):
        # nor has a word in capitals a lower-case letter, nor a title-case word ("Hello": a
        # capital only after a character without case) a capital after a lower-case letter
        if 4 <= len(w) <= 40
        and not w.islower()
        and not w.isupper()
        and not w.istitle()
        and _LOWER_UPPER.search(w)
        and _UPPER_LOWER.search(w)
    )


def _suffix_tokens(tail: str) -> int:
    """Gibberish tokens: letters mixed with brackets or operators, or inner capitals."""
    if _SPECIAL.isdisjoint(tail) and _LOWER_UPPER.search(tail) is None:
        return 0  # no bracket or operator, and no inner capital (_CAMEL needs a lower-upper pair)
    count = 0
    for token in tail.split():
        # _CAMEL needs letters only, a capital among them (so not all lower case)
        if (token.isalpha() and not token.islower() and _CAMEL.fullmatch(token)) or (
            not _SPECIAL.isdisjoint(token) and any(c.isalpha() for c in token)
        ):
            count += 1
    return count


def _obfuscation_parts(norm: Normalized, original: str, acc: _Acc) -> None:
    if norm.tag_chars:
        acc.add(
            "tag_characters",
            "normalisation",
            0.9,
            lambda: f"{norm.tag_chars} invisible Unicode tag characters carry hidden text",
        )
    if norm.zero_width >= 3:
        acc.add(
            "zero_width",
            "normalisation",
            0.5 if norm.zero_width < 10 else 0.7,
            lambda: f"{norm.zero_width} zero-width characters split words",
        )
    if norm.homoglyph_words:
        acc.add(
            "homoglyphs",
            "normalisation",
            min(0.8, 0.4 + 0.1 * norm.homoglyph_words),
            lambda: (
                f"{norm.homoglyph_words} words mix Latin with look-alike Cyrillic/Greek letters"
            ),
        )
    if norm.spaced_runs:
        acc.add(
            "spaced_letters",
            "normalisation",
            0.5,
            lambda: f"{norm.spaced_runs} words spelled out letter by letter",
        )
    if norm.emoji_words:
        acc.add(
            "emoji_interleaved",
            "normalisation",
            0.5,
            lambda: f"{norm.emoji_words} words each followed by an emoji",
        )
    if norm.split_words:
        acc.add(
            "split_words",
            "normalisation",
            0.5,
            lambda: f"{norm.split_words} words split into pieces by hyphens",
        )
    if norm.leet_words >= 2:
        acc.add(
            "leetspeak",
            "normalisation",
            min(0.7, 0.3 + 0.1 * norm.leet_words),
            lambda: f"{norm.leet_words} words written in leetspeak",
        )
    if norm.reversed_text:
        acc.add("reversed_text", "normalisation", 0.6, lambda: "text written backwards")
    if norm.disguised >= 6:
        acc.add(
            "disguised_letters",
            "normalisation",
            0.6 if norm.disguised < 20 else 0.8,
            lambda: f"{norm.disguised} letters disguised ({', '.join(norm.disguises)})",
        )
    if norm.decoded:
        methods = sorted({d.method for d in norm.decoded})
        acc.add(
            "encoded_payload",
            "normalisation",
            0.7,
            lambda: "decoded hidden text (" + ", ".join(methods) + ")",
        )
    sample = original[:4000]
    mixed = _random_case_words(sample)
    words = max(1, sample.count(" ") + 1)
    if mixed >= 3 and mixed / words > 0.25:
        acc.add(
            "random_case",
            "normalisation",
            0.6,
            lambda: f"{mixed} words in random capitalisation (best-of-N style)",
        )
    tail = original[-300:]
    odd = _suffix_tokens(tail)
    if odd >= 3 and "\n" not in tail.strip() and "def " not in tail and ";" not in tail:
        acc.add(
            "adversarial_suffix",
            "normalisation",
            0.6,
            lambda: f"{odd} gibberish tokens at the end (optimised-suffix style)",
        )


_FAMILY_OF_PART = {
    "tag_characters": "encoding",
    "zero_width": "encoding",
    "homoglyphs": "encoding",
    "spaced_letters": "encoding",
    "leetspeak": "encoding",
    "split_words": "encoding",
    "emoji_interleaved": "encoding",
    "reversed_text": "encoding",
    "disguised_letters": "encoding",
    "encoded_payload": "encoding",
    "random_case": "best_of_n",
    "adversarial_suffix": "adversarial_suffix",
    "many_shot": "many_shot",
    "system_override": "system_override",
    "carried_instructions": "indirect_injection",
    "payload_reassembly": "payload_splitting",
    "carried_ask": "indirect_injection",
    "split_ask": "payload_splitting",
    "escalation": "multi_turn_escalation",
    "instruction_override": "instruction_override",
    "jailbreak_persona": "persona",
    "refusal_suppression": "refusal_suppression",
    "forced_prefix": "forced_prefix",
    "fiction": "fiction",
    "hypothetical": "hypothetical",
    "past_tense": "past_tense",
    "authority_claim": "authority_claim",
    "benign_persona": "persona",
    "translation_wrap": "translation",
    "policy_release": "persona",
    "payload_splitting": "payload_splitting",
    "foreign_language_ask": "translation",
    "addressed_to_ai": "indirect_injection",
    "action_in_data": "indirect_injection",
    "offensive_capability": "cyber_defensive_framing",
    "code_goal": "cyber_defensive_framing",
    "intrusion_ask": "cyber_defensive_framing",
    "trajectory": "multi_turn_escalation",
    "harm_ask": "harmful_ask",
    "targeting": "multi_turn_escalation",
    "split_announcement": "payload_splitting",
    "foreign_harm_ask": "translation",
    "filter_evasion": "translation",
}
_FORM_PARTS = frozenset(
    {
        "policy_release",
        "instruction_override",
        "jailbreak_persona",
        "refusal_suppression",
        "forced_prefix",
        "many_shot",
        "system_override",
        "carried_instructions",
        "filter_evasion",
        "split_announcement",
    }
)


def _messages(raw: Sequence[object]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for message in raw:
        if isinstance(message, dict):
            role, content = message.get("role"), message.get("content")
        else:
            role, content = getattr(message, "role", None), getattr(message, "content", None)
        out.append((str(role or "user"), content_text(content)))
    return out


def _relayed_harm(data: str) -> str:
    """The harmful ask next to an address to the AI inside data (the address and the 400
    characters after it): intent read on that text alone, or a harmful object under a
    production request form there."""
    if not data:
        return ""
    found = score_intent(data.lower())
    if found.strength >= 0.5:
        at = data.lower().find(found.evidence[:40])
        if at >= 0 and negated_before(data.lower(), at + 20):
            return ""  # round 10: "never explain how to make ..." forbids, it does not ask
        return "asks it to pass on: " + found.evidence[:80]
    # round 22: a harm word in an everyday sense ("hack together a desk") names no harm
    counts = concept_counts(everyday_senses(data.lower()))
    if counts.get("operational") and any(counts.get(k) for k in _HARM_CONCEPTS):
        return "asks it to pass on how to do a harmful thing"
    return ""


_HARM_CONCEPTS = ("harm_cyber", "harm_weapon", "harm_biochem", "harm_person")
# round 17: paragraphs of pasted data (a blank line between them)
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
# an address shorter than this to the end of its paragraph stands alone ("NOTE TO THE AI:")
_ALONE = 60


def own_paragraph(window: str, evidence: str) -> str:
    """Round 17: the paragraph of ``window`` that holds the address to the AI (``evidence``),
    and the paragraph after it where the address stands alone on its line; the whole window
    where the address is not found. A harmless note hidden in a long document is read on its
    own words, not on the neighbouring paragraphs' (a crime-prevention notice, a hunting
    licence) that the window's 400 characters reach."""
    at = window.lower().find(evidence[:30].lower()) if evidence else -1
    if at < 0:
        return window
    start = 0
    for gap in _PARAGRAPH.finditer(window, 0, at):
        start = gap.end()
    ends = [gap.start() for gap in _PARAGRAPH.finditer(window, at)]
    if not ends:
        return window[start:]
    if ends[0] - at >= _ALONE:
        return window[start : ends[0]]
    return window[start : ends[1]] if len(ends) > 1 else window[start:]


def _instructed_harm(asks: Sequence[str]) -> str:
    """Round 10: the harmful act that an instruction to the AI inside data asks for (each
    address's own line, read by ``codegoal.read_instruction``), as evidence, or ``""``."""
    for ask in asks[:8]:
        found = read_instruction(ask)
        if found is not None:
            return f"asks it to carry out: {found.evidence[:80]}"
    return ""


def _turn_harm(turn: str) -> float:
    """How harmful one user turn's ask reads on its own: the intent part, or (round 8) a
    harmful act asked to be done (``harmask``)."""
    found = score_intent(turn).strength
    act = harm_ask(turn)
    if act is not None and act.operational and act.strength > found:
        return act.strength
    return found


def evidence_floor(signals: dict[str, float], prob: float = 1.0) -> tuple[float, str]:
    """A floor under the learned score where the conversation-level rule parts are decisive on
    their own: the last turn asks for the operational step of a harmful topic raised earlier in
    the conversation *and* either aims it at a specific person kept unaware or pushes on after
    an assistant refusal in the supplied history; or a document or tool output carries an
    instruction addressed to the AI together with an action the user never asked for; or (round
    5) the multilingual lexicons find a harmful object or act under a production request form
    ("how do I make", "write a program that", "the easiest way to": the operational concept, not
    a bare question word) in another language, not in a protective framing — the learned part,
    trained on far more everyday text than attacks in those languages, underrates such asks.
    ``prob``: the learned part's probability (round 17: a disguise over a bare request form
    floors only where it reads the plain ask as at least ``DISGUISE_BARE_PROB`` harmful)."""
    trajectory = signals.get("part:trajectory", 0.0)
    if trajectory >= 0.6 and (
        signals.get("part:targeting", 0.0) >= 0.25 or signals.get("refused_before", 0.0) > 0
    ):
        return 0.75, "the conversation turned operational against a person or after a refusal"
    if signals.get("part:carried_instructions", 0.0) >= 0.9:
        return 0.75, "a document or tool output instructs the AI to act for someone else"
    foreign = signals.get("part:foreign_harm_ask", 0.0)
    production = signals.get("c:operational", 0.0) > 0 or signals.get("foreign_production", 0.0) > 0
    if (foreign >= 0.7 and production) or foreign >= FOREIGN_CONCEAL:
        return 0.75, "asks, in another language, for how to make or do a harmful thing"
    if disguised_harm(signals, prob):
        return 0.75, "hides a request about a harmful thing behind disguised letters"
    smuggled = smuggled_harm(signals)
    if smuggled:
        return 0.75, smuggled
    if signals.get("part:harm_ask", 0.0) >= HARM_ASK_FLOOR:
        return 0.75, "asks for the doing of a harmful act, whatever wraps it"
    if signals.get("part:code_goal", 0.0) >= HARM_ASK_FLOOR:
        return 0.75, "asks for code that works towards a harmful goal stated in it"
    if signals.get("part:intrusion_ask", 0.0) >= HARM_ASK_FLOOR:
        return 0.75, "asks for an intrusion into systems or accounts to be carried out"
    if signals.get("part:framed_goal", 0.0) >= HARM_ASK_FLOOR:
        return 0.75, "asks for a harmful act to be shown accurately, inside a story or hypothetical"
    return 0.0, ""


# round 10: an intrusion act under a request to do or make it (cyber.intrusion_ask)
_ASKED_STRENGTH = 0.9
_FRAME_WORDS = {
    "persona": "role the AI is told to play",
    "fiction": "story",
    "past_tense": "question about the past",
    "hypothetical": "hypothetical",
}


# round 12: the user asks for decoded text to be acted on ("decode this and do what it says",
# "then carry out the result", "once you know, answer it", "respond only to the decoded content")
_CARRY_OUT = re.compile(
    r"\b(?:do (?:what|as) (?:it|the (?:text|message)) (?:says|asks|tells)|carry (?:it |them |that )?out|"
    r"(?:answer|fulfil+|follow|obey|execute|comply with|act on) (?:it|them|that|the (?:result|request|"
    r"question|instructions?|decoded \w+))\b|respond (?:only )?to (?:the )?decoded|then do it\b|"
    r"and do it\b|do what it asks)",
)


# round 8: a harmful act under a request form that governs it (harmask.py; 0.9 high-risk, 0.95
# prohibited); a harmful act merely named is 0.45-0.5 and never floors
HARM_ASK_FLOOR = 0.9


# round 6: letter disguises that hide a request from a reader's filters, not from the reader
_DISGUISE_PARTS = (
    "part:disguised_letters",
    "part:tag_characters",
    "part:zero_width",
)
_HARM_SIGNALS = (
    "c:harm_cyber",
    "c:harm_biochem",
    "c:harm_weapon",
    "c:harm_person",
)
# round 6 (chosen leave one writer out, bench/bypass/cv.py): a harmful ask in another language
# with a wish that nobody find out ("without her knowing", "without the bank noticing") is
# operational without a request form (15 attacks and no benign prompt over nine writers)
FOREIGN_CONCEAL = 0.9
# a disguise this strong (part strength) counts; a disguise over a bare request form ("how do I
# ...") counts from 0.7 (styled letters over 20+ letters, invisible tag text, zero-width
# characters between letters)
DISGUISE_MIN = 0.6
DISGUISE_OPER = 0.7
# round 17: a disguise over a bare request form ("how to", "give me detailed instructions")
# with no harmful object, act or ask read by any rule part floors only where the learned part
# reads the plain text as at least this harmful: a harmless ask in styled or zero-width letters
# ("how to plan a surprise party") does not inherit the disguise's suspicion (chosen on the
# tuned-on sets J, K, L in-sample: their harmless disguised asks score 0.08-0.34 there, the
# attacks 0.37 and up)
DISGUISE_BARE_PROB = 0.3


def _disguise_over_named_harm(signals: dict[str, float]) -> bool:
    """A disguise of at least ``DISGUISE_MIN`` (any of ``_DISGUISE_PARTS``) over text in which a
    rule part names a harmful object or act (any of ``_HARM_SIGNALS``): the first two tests of
    :func:`disguised_harm`, also read by the detector before it (round 23's everyday senses)."""
    if max(signals.get(k, 0.0) for k in _DISGUISE_PARTS) < DISGUISE_MIN:
        return False
    return any(signals.get(k, 0.0) > 0 for k in _HARM_SIGNALS)


def disguised_harm(signals: dict[str, float], prob: float = 1.0) -> bool:
    """A request whose letters were disguised (styled or upside-down letters, strike-through
    marks, invisible tag characters, zero-width characters between letters, look-alike letters
    from another script, words written backwards) and that, read plainly, names a harmful
    object or act or asks for a harmful thing."""
    if _disguise_over_named_harm(signals) and not signals.get("harm_words_everyday"):
        return True
    disguise = max(signals.get(k, 0.0) for k in _DISGUISE_PARTS)
    if disguise < DISGUISE_MIN:
        return False
    if signals.get("intent", 0.0) >= 0.3:
        return True
    return (
        disguise >= DISGUISE_OPER
        and signals.get("c:operational", 0.0) > 0
        and prob >= DISGUISE_BARE_PROB
    )


# round 25: a harmful act named (``harmask``: 0.45 an act named, not asked for; 0.9 asked for)
HIDDEN_ACT = 0.45


def hidden_harm(signals: dict[str, float], prob: float) -> bool:
    """Round 25: an ask hidden from the user or from a filter — carried in data in the user's
    place, or split in pieces to be put together — that, read as a direct ask (``signals``,
    ``prob``), names a harmful object or act (not in an everyday sense) or asks for a harmful
    thing (``harmask`` names the act), and that the learned part reads as at least ``DISGUISE_BARE_PROB`` harmful: the
    hiding is the disguise, as for disguised letters (``disguised_harm``)."""
    if not signals or prob < DISGUISE_BARE_PROB:
        return False
    if signals.get("intent", 0.0) >= 0.3 or signals.get("part:harm_ask", 0.0) >= HIDDEN_ACT:
        return True
    if not any(signals.get(k, 0.0) > 0 for k in _HARM_SIGNALS):
        return False
    return not signals.get("harm_words_everyday")


# round 12: letters split, spaced, swapped or written in leetspeak or backwards, and encodings the
# user asks to be carried out once decoded
# (leetspeak, backwards text and random capitals are left to the learned part: code, hashes,
# "reverse engineering" and camelCase names carry them in ordinary requests; look-alike and
# zero-width letters are read by ``disguised_harm``)
_SMUGGLING_PARTS = (
    "part:spaced_letters",
    "part:split_words",
    "part:emoji_interleaved",
)
SMUGGLE_MIN = 0.5


def _names_act(signals: dict[str, float]) -> bool:
    """The plain reading names a harmful act on its object (asked for or only named), asks for
    an intrusion, or states a harmful goal for code (a harmful word alone is not enough: a
    harmless puzzle spelled out letter by letter may hold one)."""
    if signals.get("part:harm_ask", 0.0) >= 0.45:
        return True
    return signals.get("part:intrusion_ask", 0.0) > 0 or signals.get("part:code_goal", 0.0) > 0


def smuggled_harm(signals: dict[str, float]) -> str:
    """Round 12, token smuggling: a request whose words were split (hyphens, spaces, dots),
    swapped into leetspeak, look-alike letters or random capitals, or written backwards, and
    that read plainly names a harmful object or act; or an encoded payload that the user asks
    to be carried out once decoded ("decode this and do what it says") whose decoded text names
    one. The reason in words, or "" where neither holds."""
    intent = signals.get("intent", 0.0)
    # the intent part's own reading counts; the multilingual word lists' alone do not (a word
    # of a harmless puzzle spelled out letter by letter)
    own_intent = intent >= 0.3 and signals.get("part:foreign_harm_ask", 0.0) < intent
    if max(signals.get(k, 0.0) for k in _SMUGGLING_PARTS) >= SMUGGLE_MIN and (
        _names_act(signals) or own_intent
    ):
        return "hides a request about a harmful thing by splitting or swapping its letters"
    if (
        signals.get("part:encoded_payload", 0.0) > 0
        and signals.get("decoded_carry_out", 0.0)
        and (_names_act(signals) or intent >= 0.3)
    ):
        return "asks for an encoded request about a harmful thing to be decoded and carried out"
    return ""


_DISGUISE_OR_CODE = (
    "part:tag_characters",
    "part:zero_width",
    "part:homoglyphs",
    "part:spaced_letters",
    "part:leetspeak",
    "part:reversed_text",
    "part:encoded_payload",
    "part:disguised_letters",
    "part:random_case",
    "part:adversarial_suffix",
)


def rule_evidence(signals: dict[str, float]) -> bool:
    """Whether the rule parts found anything beyond wording: an ask for harmful content, an
    attack form, a conversation history, a harmful concept, a harmful ask in another language,
    a disguise or encoding, an offensive capability or a targeted person (round 6: without any
    of these, a prompt in another language is not flagged on the learned part's words)."""
    if signals.get("intent", 0.0) >= 0.3 or signals.get("form", 0.0) > 0:
        return True
    if signals.get("history", 0.0) > 0 or signals.get("part:foreign_harm_ask", 0.0) >= 0.4:
        return True
    if any(k.startswith("c:harm_") for k in signals):
        return True
    if any(signals.get(k, 0.0) > 0 for k in _DISGUISE_OR_CODE):
        return True
    return (
        signals.get("part:offensive_capability", 0.0) > 0
        or signals.get("part:code_goal", 0.0) > 0
        or signals.get("part:intrusion_ask", 0.0) > 0
        or signals.get("part:framed_goal", 0.0) > 0
        or signals.get("part:targeting", 0.0) >= 0.25
    )


# round 13 prototype: the rule parts that read *what is asked* (not how it is wrapped)
_ASK_READERS = (
    "part:code_goal",
    "part:intrusion_ask",
    "part:framed_goal",
    "part:offensive_capability",
    "part:payload_reassembly",
)


def harmful_ask_read(signals: dict[str, float]) -> tuple[float, str]:
    """Round 13 prototype: whether a rule part reads the ask itself as harmful — the intent
    part, a harmful act asked for or named, a harmful goal for code, an intrusion, an offensive
    capability, a harmful ask in another language, a targeted person or a harmful concept. A
    strength (1 or 0) and the reason in words."""
    if signals.get("intent", 0.0) >= 0.3:
        return 1.0, "the request itself asks for harmful content"
    if signals.get("part:harm_ask", 0.0) >= 0.45:
        return 1.0, "the request names or asks for a harmful act"
    if any(signals.get(k, 0.0) > 0 for k in _ASK_READERS):
        return 1.0, "the request asks for code, an intrusion or a capability towards harm"
    if signals.get("part:foreign_harm_ask", 0.0) >= 0.4:
        return 1.0, "the request, in another language, names a harmful object or act"
    if signals.get("part:targeting", 0.0) >= 0.25:
        return 1.0, "the request is aimed at a specific person"
    if any(k.startswith("c:harm_") and v > 0 for k, v in signals.items()):
        return 1.0, "the request names a harmful object or act"
    return 0.0, "no rule part reads a harmful ask once the wrapping is set aside"


def unreadable_ask(signals: dict[str, float], decoded: int) -> tuple[float, str]:
    """Round 13 prototype: whether the ask could not be read at all — an encoding was found but
    nothing was decoded (a wrapper around an unreadable ask keeps the learned part's score)."""
    if signals.get("part:encoded_payload", 0.0) > 0 and decoded == 0:
        return 1.0, "carries an encoded text that could not be decoded"
    return 0.0, ""


def mix_goal(prob: float, goal_prob: float, weight: float) -> float:
    """Round 15: the learned score with the goal table's weighed in — ``1 - weight`` of the
    word table's log-odds plus ``weight`` of the goal table's, back to a probability."""
    lp = math.log(max(prob, 1e-12) / max(1.0 - prob, 1e-12))
    lg = math.log(max(goal_prob, 1e-12) / max(1.0 - goal_prob, 1e-12))
    z = (1.0 - weight) * lp + weight * lg
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def ask_gate(
    signals: dict[str, float], decoded: int, prob: float, config: BypassConfig
) -> float | None:
    """Round 13 prototype: the ceiling on the learned score where a wrapper surrounds an ask
    that reads as harmless (None: no ceiling). ``cap`` holds it under the threshold; ``bar``
    lets it flag only from ``ask_gate_bar``."""
    if config.ask_gate == "none":
        return None
    if harmful_ask_read(signals)[0] or unreadable_ask(signals, decoded)[0]:
        return None
    below = config.threshold - 0.01
    if config.ask_gate == "cap":
        return below
    return None if prob >= config.ask_gate_bar else below


_MODEL: list[LearnedModel | None] = []


def shipped_model() -> LearnedModel | None:
    """The shipped learned part, read once per process."""
    if not _MODEL:
        _MODEL.append(load_learned())
    return _MODEL[0]


_SCRAMBLE: list[tuple[frozenset[str], dict[str, str]]] = []


def scramble_table(model: LearnedModel | None) -> tuple[frozenset[str], dict[str, str]]:
    """Round 12: the words the learned part knows (4-16 ASCII letters) and, per
    ``scramble_key``, the one word with that key (keys two words share are left out): what
    best-of-N letter swaps are read back against. Built once per process."""
    if not _SCRAMBLE:
        known = frozenset(
            w
            for w in (model.words if model is not None else ())
            if 4 <= len(w) <= 16 and w.isascii() and w.isalpha()
        )
        weights = model.words if model is not None else {}
        groups: dict[str, list[str]] = {}
        for word in sorted(known):
            groups.setdefault(scramble_key(word), []).append(word)
        by_key = {k: w for k, ws in groups.items() if (w := _one_word(ws, weights))}
        _SCRAMBLE.append((known, by_key))
    return _SCRAMBLE[0]


def _one_word(words: list[str], weights: dict[str, float]) -> str:
    """The word a scramble key reads back to: the only one, or (round 21) among words sharing
    the key the one whose weight is at least ``_TYPO_RATIO`` times every other's in size — a
    letter-swap typo the training text repeats ("passowrd") learns a small weight beside the
    word it misspells; keys of comparable words ("form", "from") are left out."""
    if len(words) == 1:
        return words[0]
    ranked = sorted(words, key=lambda w: abs(weights.get(w, 0.0)), reverse=True)
    top, second = abs(weights.get(ranked[0], 0.0)), abs(weights.get(ranked[1], 0.0))
    return ranked[0] if top > 0 and top >= _TYPO_RATIO * second else ""


_TYPO_RATIO = 10.0


def _known_word_views(norm: Normalized, original: str, model: LearnedModel) -> None:
    """Round 12: views read against the words the learned part knows — best-of-N letter swaps
    (random capitals and swapped inner letters come together) and words split by hyphens."""
    if _random_case_words(original[:4000]) >= 3:
        known, by_key = scramble_table(model)
        swapped = unscramble(norm.folded, known, by_key)
        if swapped != norm.folded[:4000]:
            norm.views.append(swapped)
    if norm.spaced_runs:
        # round 29: several words spelled out letter by letter with no gap between them
        known = scramble_table(model)[0]
        cut = [spaced_segmented(view, known) for view in norm.views]
        norm.views.extend(v for v in cut if v is not None)
    if "-" in norm.folded:
        split = hyphen_joined(norm.folded, scramble_table(model)[0])
        if split is not None:
            norm.views.append(split[0])
            norm.split_words = split[1]


class Detector:
    """The first stage. Stateless and thread-safe: one instance serves a gateway process."""

    def __init__(self, config: BypassConfig | None = None) -> None:
        self.config = config or BypassConfig()
        self.model = shipped_model() if self.config.learned else None
        self.last_features: tuple[set[str], dict[str, float]] | None = None
        self.last_text = ""  # the text the learned part read (bench/bypass trains on it)
        self.last_turn_text = ""  # its last user turn where earlier user turns exist

    def classify_text(self, prompt: str) -> Verdict:
        return self.classify([("user", prompt)])

    def classify(self, messages: Sequence[object], *, exempt: bool | None = None) -> Verdict:
        """Score a conversation (``[{"role", "content"}, ...]`` or ``(role, text)`` pairs)."""
        pairs = [m if isinstance(m, tuple) else None for m in messages]
        convo = [p for p in pairs if p is not None] if all(pairs) else _messages(messages)
        return self._score(convo, self.config.exempt_high_risk if exempt is None else exempt)

    def _read_direct(self, ask: str, exempt: bool) -> tuple[Verdict, dict[str, float]]:
        """Round 25: ``ask`` (a carried ask with its hijack wording blanked, or a split payload
        put together) scored as the user's own direct ask, with the signals the learned part
        read (empty without it); the detector's last reading is kept (bench/bypass trains on
        it)."""
        kept = (self.last_features, self.last_text, self.last_turn_text)
        self.last_features = None
        try:
            verdict = self._score([("user", ask)], exempt, nested=True)
            return verdict, self._last_signals()
        finally:
            self.last_features, self.last_text, self.last_turn_text = kept

    def _last_signals(self) -> dict[str, float]:
        """The signals the learned part read in the last scoring (empty without it); a method,
        so the compiled build does not narrow ``last_features`` to the ``None`` set before it."""
        read = self.last_features
        return dict(read[1]) if read is not None else {}

    def _score(self, convo: list[tuple[str, str]], exempt: bool, nested: bool = False) -> Verdict:
        config = self.config
        acc = _Acc()
        sh = shape(convo)
        full_last = next((t for r, t in reversed(convo) if r == "user"), "")
        original_last = _window(full_last)
        norm = normalize(original_last)
        vocabulary = self.model if self.model is not None else shipped_model()
        if vocabulary is not None:  # (the rules-only detector reads the same views)
            _known_word_views(norm, original_last, vocabulary)
        _obfuscation_parts(norm, original_last, acc)
        for name, strength, text in sh.signals:
            acc.add(name, "structure", strength, _const(text))

        every_view = norm.all_text()  # one string: the parts reading it share its word index
        views = [every_view]
        if sh.history_user:
            recent = [t for _, t in convo[-8:-1] if t]
            views.append("\n".join(t[-1500:] for t in recent).lower() + "\n" + norm.folded)
        if sh.system:
            views.append(sh.system)
        if sh.tool:
            views.append(sh.tool)
        intent = Intent(0.0, "", BENIGN, "", False)
        system_intent = 0.0
        for view in views:
            found = score_intent(view)
            if view is sh.system:
                system_intent = found.strength
            if found.strength > intent.strength:
                intent = found
        # round 8: the harmful act asked for in each harm area, whatever wraps it
        act = harm_ask(views[0])  # after the intent loop: its word index is reused
        if act is not None and act.strength >= 0.3:
            acc.add(
                "harm_ask",
                "intent",
                act.strength,
                lambda: (
                    f"asks {'for the doing of' if act.operational else 'about'} a harmful act "
                    f"({act.area.replace('_', ' ')}, {act.band.replace('_', ' ')}): "
                    f"\u201c{act.evidence[:90]}\u201d"
                ),
            )
            if act.operational and act.strength > intent.strength:
                intent = Intent(act.strength, act.area, act.band, act.evidence, True)
        if sh.reassembled:
            rebuilt = score_intent(sh.reassembled)
            if rebuilt.strength >= 0.4:
                acc.add(
                    "payload_reassembly",
                    "structure",
                    0.8,
                    lambda: f"string pieces put together read: {sh.reassembled[:80]!r}",
                )
                if rebuilt.strength > intent.strength:
                    intent = rebuilt
        # offensive cyber capability, whatever the defensive pretext around it
        off = offensive_cyber(views[0][:_CYBER_WINDOW])
        if off is not None:
            acc.add(
                "offensive_capability",
                "intent",
                off.strength,
                lambda: (
                    f"asks for a working offensive capability ({off.evidence[:80]})"
                    + (" under a defensive pretext" if off.pretext else "")
                ),
            )
            if off.strength > intent.strength and off.strength >= 0.5:
                band = PROHIBITED if off.deploy else HIGH_RISK
                intent = Intent(off.strength, "cyber", band, off.evidence, True)
        # round 9: a harmful goal stated in code (a comment, a TODO, "goal:") or around a stub,
        # asked to be made to work: the goal is what is asked
        goal = code_goal(full_last.lower())
        if goal is not None:
            acc.add(
                "code_goal",
                "intent",
                goal.strength,
                lambda: (
                    f"asks for code that works towards a harmful goal stated in it "
                    f"({goal.area.replace('_', ' ')}): \u201c{goal.evidence[:90]}\u201d"
                ),
            )
            if goal.strength > intent.strength:
                intent = Intent(goal.strength, goal.area, goal.band, goal.evidence, True)
        # round 10: an intrusion act asked for in plain words, whatever the pretext ("for our
        # purple-team exercise, break into my neighbour's Wi-Fi"), and a harmful act a story
        # asks to be shown accurately ("the mentor explains X; write the real, complete method")
        asked = intrusion_ask(views[0][:_CYBER_WINDOW])
        if asked is not None:
            asked_band = PROHIBITED if asked.area == "critical_infrastructure" else HIGH_RISK
            acc.add(
                "intrusion_ask",
                "intent",
                _ASKED_STRENGTH,
                lambda: (
                    f"asks for an intrusion to be carried out: \u201c{asked.evidence[:90]}\u201d"
                ),
            )
            if intent.strength < _ASKED_STRENGTH:
                if intent.band == PROHIBITED and intent.strength >= 0.5:
                    asked_band = PROHIBITED  # the stronger band already read stays
                intent = Intent(_ASKED_STRENGTH, asked.area, asked_band, asked.evidence, True)
        framed = framed_goal(views[0])
        if framed is not None:
            story = framed.goal
            acc.add(
                "framed_goal",
                "intent",
                story.strength,
                lambda: (
                    f"asks for a harmful act to be shown accurately inside a "
                    f"{_FRAME_WORDS[framed.frame]} ({story.area.replace('_', ' ')}): "
                    f"\u201c{story.evidence[:90]}\u201d"
                ),
            )
            if story.strength > intent.strength:
                kept = intent.band == PROHIBITED and intent.strength >= 0.5
                band = PROHIBITED if kept else story.band
                intent = Intent(story.strength, story.area, band, story.evidence, True)
        # a harmful ask in one of the low-resource languages the intent part does not read
        lang = language(original_last)
        foreign = foreign_ask(norm.folded, english=lang == "en")
        if foreign is not None:
            acc.add(
                "foreign_harm_ask",
                "intent",
                foreign.strength,
                lambda: (
                    f"asks in {lang} about {', '.join(foreign.concepts)} "
                    f"(\u201c{foreign.evidence}\u201d)"
                ),
            )
            if foreign.strength >= 0.7 and foreign.strength > intent.strength:
                intent = Intent(
                    foreign.strength, "multilingual", PROHIBITED, foreign.evidence, True
                )
        # a specific other person as the target, kept unaware
        aimed = targeting("\n".join(sh.user_turns[-4:]))
        acc.add("targeting", "intent", aimed, lambda: "aimed at a specific person, kept unaware")
        # instructions carried inside documents, e-mails, web pages and tool output
        # round 10: the data read whole up to its budget (not the conversation's bounded views)
        # (a turn written as a long inline transcript is a many-shot history, not a document:
        # its bounded view is read, as before)
        tool_text = "\n".join(t for r, t in convo if r in _TOOL_ROLES) if sh.tool else ""
        user_data = sh.last_user if sh.inline_turns >= 16 else data_view(full_last)
        data = data_text(user_data, data_view(tool_text))
        carried = carried_instructions(data)
        if carried is not None and carried.strength < 0.9:
            # round 6: the instruction to the AI carries a harmful ask of its own ("explain to
            # the user how to ..."): the user did not write it, the document did
            relayed = _relayed_harm(own_paragraph(carried.window, carried.evidence))
            relayed = relayed or _instructed_harm(carried.asks)
            if relayed:
                carried = Carried(0.9, f"{carried.evidence} … {relayed}"[:160])
        elif carried is None:
            # round 10: text hidden from a human reader that asks for a harmful act
            relayed = _instructed_harm(hidden_asks(data))
            if relayed:
                carried = Carried(0.9, f"hidden text … {relayed}"[:160])
        # round 8: the data asks the AI for an action (address and action, a harmful goal, or
        # an exfiltrating action): the learned part then reads the tool output (below)
        data_action = carried is not None and not carried.ordinary and carried.strength >= 0.6
        if carried is not None and carried.ordinary:
            # round 7: an ordinary business request addressed to the AI inside data (send a
            # timesheet to payroll, run the linter first): evidence, never a flag on its own
            acc.add(
                "ordinary_request_in_data",
                "structure",
                carried.strength,
                lambda: f"an ordinary request inside data (not an attack): {carried.evidence}",
            )
        elif carried is not None:
            acc.add(
                "carried_instructions" if carried.strength >= 0.6 else "addressed_to_ai",
                "structure",
                carried.strength,
                lambda: (
                    f"instruction to the AI inside a document or tool output: {carried.evidence}"
                ),
            )
        else:
            loose = action_in_data(data)
            data_action = loose is not None and not loose.ordinary
            if loose is not None:
                acc.add(
                    "ordinary_request_in_data" if loose.ordinary else "action_in_data",
                    "structure",
                    loose.strength,
                    lambda: (
                        (
                            "an ordinary request inside data (not an attack): "
                            if loose.ordinary
                            else "an action requested inside pasted data: "
                        )
                        + loose.evidence
                    ),
                )
        # round 25: what a hijack inside data (a document, a tool result, the retrieved context
        # in the system message) asks in the user's place, its hijack wording blanked, and what
        # a split payload spells put together: each read below as a direct ask
        direct_asks: list[tuple[str, str]] = []
        if not nested:
            system_raw = "\n".join(t for r, t in convo if r in _SYSTEM_ROLES) if sh.system else ""
            system_text = data_view(system_raw)
            hijacked = carried_asks("\n".join((user_data, data_view(tool_text), system_text)))
            direct_asks = [("carried_ask", ask) for ask in hijacked]
            last_view = data_view(full_last)
            split = split_payload(last_view)
            if split:
                direct_asks.append(("split_ask", split))
            direct_asks.extend(("split_ask", line) for line in pointed_lines(last_view))
        refused_before = False
        if len(sh.user_turns) >= 2:
            turns = [_turn_harm(t) for t in sh.user_turns]
            esc = escalation(turns, intent.strength, sh.last_user)
            acc.add(
                "escalation",
                "structure",
                esc,
                lambda: f"the ask turned harmful over {len(turns)} user turns",
            )
            earlier_counts = concept_counts("\n".join(sh.user_turns[:-1]))
            harm_words = sum(v for k, v in earlier_counts.items() if k.startswith("harm_"))
            earlier_harm = max([min(1.0, harm_words / 2.0)] + turns[:-1])
            refused = any(is_refusal(t) for r, t in convo[-9:-1] if r == "assistant")
            refused_before = refused
            traj, why = trajectory(sh.user_turns, earlier_harm, refused, turns[-1])
            acc.add("trajectory", "structure", traj, _const(why))
            if traj >= 0.5 and earlier_harm >= 0.3:
                lifted = min(1.0, 0.5 + 0.5 * earlier_harm)
                if lifted > intent.strength:
                    intent = Intent(lifted, intent.area or "conversation", HIGH_RISK, why, True)
        exempted = exempt and intent.band == HIGH_RISK
        if exempted:
            acc.add(
                "exemption",
                "intent",
                0.01,
                lambda: "high-risk dual-use ask allowed for a verified security organisation",
            )
            intent = Intent(intent.strength * 0.2, intent.area, intent.band, intent.evidence, True)
        if intent.strength > 0:
            acc.add(
                "intent",
                "intent",
                intent.strength,
                lambda: (
                    f"asks for {intent.area.replace('_', ' ')} content "
                    f"({intent.band.replace('_', ' ')}): \u201c{intent.evidence[:90]}\u201d"
                ),
            )

        framing_text = views[0] if not sh.history_user else views[0] + "\n" + sh.history_user
        for frame in score_framing(framing_text):
            acc.add(
                frame.name,
                "framing",
                frame.strength,
                _const(f"{frame.name.replace('_', ' ')}: \u201c{frame.evidence[:80]}\u201d"),
            )

        form = _noisy_or([p.strength for p in acc.parts if p.name in _FORM_PARTS])
        wrap = _noisy_or(
            [p.strength for p in acc.parts if p.group in ("normalisation", "structure", "framing")]
        )
        meta = meta_discussion(norm.folded) if intent.strength < 0.5 else 0.0
        if intent.strength < 0.5 and form > 0:
            meta = max(meta, quoted_mention(norm.folded))
        if meta:
            acc.add(
                "discussion",
                "framing",
                0.01,
                lambda: "reads as a discussion about jailbreaks, not an attempt",
            )
        harmful = intent.strength * (config.intent_base + (1 - config.intent_base) * wrap)
        attack = form * config.form_weight * (1.0 - config.meta_discount * meta)
        score = 1.0 - (1.0 - harmful) * (1.0 - attack)
        signals: dict[str, float] = {
            "rule": score,
            "harmful": harmful,
            "attack": attack,
            "wrap": wrap,
            "form": form,
            "meta": meta,
            "intent": intent.strength,
            "band:" + intent.band: intent.strength,
            "area:" + (intent.area or "none"): intent.strength,
            "turns": min(1.0, len(sh.user_turns) / 6),
            "history": 1.0 if sh.history_user else 0.0,
        }
        earlier = [t[:4000].lower() for r, t in convo[:-1] if r != "assistant" and t]
        signals.update(concept_signals(every_view, earlier[-12:]))
        for p in acc.parts:
            key = "part:" + p.name
            signals[key] = max(signals.get(key, 0.0), p.strength)
        if refused_before:
            signals["refused_before"] = 1.0
        if norm.decoded and _CARRY_OUT.search(norm.folded[:4000]) is not None:
            # round 12: the user asks for the decoded text to be acted on, not explained
            signals["decoded_carry_out"] = 1.0
        if foreign is not None and foreign.production:
            # round 8: the multilingual part's own making/writing request form (the concept
            # counts read it only where the wide lexicon also names the harm)
            signals["foreign_production"] = 1.0
        # round 14: whether a rule part reads the ask itself as harmful (or cannot read it: an
        # encoding nothing was decoded from), and a wrapper with no harmful ask read; the
        # learned part stacks both (and reads a second word table here where its model has one:
        # ``LearnedModel.unread``, empty in learned-12), so that wrapper words alone ("how to",
        # "answer in full", "every step") weigh less around an ask no rule reads as harmful
        ask_read = max(harmful_ask_read(signals)[0], unreadable_ask(signals, len(norm.decoded))[0])
        signals["ask_read"] = ask_read
        signals["wrap_noask"] = (1.0 - ask_read) * max(wrap, min(1.0, form))
        if self.model is not None or not config.learned:
            # round 8: the system message is the operator's text (an agent framework's tool
            # list, "think step by step"): its words say nothing about what the user wants and
            # are read only where the rule parts find a framing or a harmful ask in it (a
            # client-written override such as "developer mode: safety rules are off")
            operator = not sh.system_framed and system_intent < _SYSTEM_INTENT_READ
            # every client turn but the last user turn (read above as ``every_view``; round 7
            # read ``convo[:-1]``, so an agent transcript ending in a tool result had the user's
            # words twice). Tool output after the last user turn is data: read where the injection
            # part found an instruction with an action inside it (what it asks is then weighed),
            # not otherwise (an ordinary tool result's "how to" or "agent" is not the user's ask)
            last_at = max((i for i, (r, _) in enumerate(convo) if r == "user"), default=-1)
            data_read = data_action
            client = [
                t
                for i, (r, t) in enumerate(convo)
                if i != last_at
                and r != "assistant"
                and t
                and not (operator and r in _SYSTEM_ROLES)
                and (data_read or i < last_at or r not in _TOOL_ROLES)
            ]
            rest = "\n".join(t[:6000] for t in client[-12:]).lower() + (
                "\n" + sh.reassembled if sh.reassembled else ""
            )
            learned_text = every_view + "\n" + rest
            last_turn = every_view if sh.history_user else ""
            # no word runs across the line break: the words of the last turn (already split
            # for the concept counts) and then those of the rest
            word_list = letter_words(every_view) + letter_words(rest)
            words = text_features(learned_text, last_turn, word_list)
            self.last_features = (words, signals)
            self.last_text = learned_text
            self.last_turn_text = last_turn
            if self.model is not None:
                prob, top = self.model.probability(words, signals)
                if self.model.goal and config.goal_weight > 0:
                    # round 15: the goal read apart from its wrapper, weighed in with the rest
                    goal_prob, goal_top = self.model.goal_probability(goal_features(word_list))
                    prob = mix_goal(prob, goal_prob, config.goal_weight)
                    if goal_prob >= 0.5:
                        acc.add(
                            "harmful_goal",
                            "intent",
                            goal_prob,
                            _const(
                                "the goal read apart from its wrapper resembles harmful asks"
                                + (" (“" + ", ".join(goal_top) + "”)" if goal_top else "")
                            ),
                        )
                learned_prob = prob
                acc.add(
                    "learned",
                    "learned",
                    prob,
                    lambda: (
                        "wording and signals resemble written bypass attempts"
                        + (" (" + ", ".join(top) + ")" if top else "")
                    ),
                )
                # a verified security organisation's high-risk dual-use ask is judged by the
                # rule parts alone (the exemption lowered its intent); prohibited never is
                score = min(score, prob) if exempted else prob
                # round 6: never flagged for being foreign — a prompt in another language with
                # no rule evidence of harm stays below the threshold on wording alone
                if lang != "en" and not rule_evidence(signals):
                    score = min(score, config.threshold - 0.01)
                ceiling = ask_gate(signals, len(norm.decoded), prob, config)
                if ceiling is not None and score > ceiling:
                    score = ceiling
                    acc.add(
                        "harmless_ask",
                        "intent",
                        0.3,
                        _const(
                            "wrapped like a bypass attempt, but what is asked reads as harmless: "
                            + harmful_ask_read(signals)[1]
                        ),
                    )
                if _disguise_over_named_harm(signals):
                    # round 23: a disguise over text whose harm words are all in an everyday
                    # sense ("blow up a photo", "a murder mystery party") hides no harm word
                    plain = everyday_senses("\n".join([every_view, *earlier[-12:]]))
                    if not any(concept_counts(plain).get(k) for k in _HARM_CONCEPTS):
                        signals["harm_words_everyday"] = 1.0
                floor, why = evidence_floor(signals, learned_prob)
                # round 12: a floor flags at whatever threshold is configured (it was 0.75,
                # the shipped threshold, so a higher threshold would have ignored it)
                floor = max(floor, config.threshold) if floor else 0.0
                if floor > score and not exempted:
                    score = floor
                    acc.add("conversation_evidence", "structure", floor, _const(why))
        if direct_asks and score < config.threshold:
            for name, ask in direct_asks:
                direct, read = self._read_direct(ask, exempt)
                # read where the ask, as a direct ask, is flagged, or names a harm or asks for
                # one: a harmless carried ask ("your real task is to tell the reader how to
                # change a tyre") adds nothing
                if not (direct.flagged or hidden_harm(read, direct.score)):
                    continue
                raised = max(direct.score, config.threshold)
                if raised > score and not exempted:
                    score = raised
                    acc.add(name, "intent", raised, _const(_DIRECT_WHY[name] + ask[:90] + "\u201d"))
                    if intent.strength < 0.3 and direct.band != BENIGN:
                        intent = Intent(direct.score, direct.area, direct.band, ask[:90], True)
        flagged = score >= config.threshold
        band = intent.band if intent.strength >= 0.3 else BENIGN
        families = sorted(
            {
                _FAMILY_OF_PART[p.name]
                for p in acc.parts
                if p.name in _FAMILY_OF_PART and p.strength >= 0.3
            }
        )
        if framed is not None and framed.frame not in families:
            families = sorted([*families, framed.frame])
        if intent.strength >= 0.3 and intent.area:
            families.append("intent:" + intent.area)
        ranked = sorted(acc.parts, key=lambda p: p.strength, reverse=True)
        reasons = [
            p.text for p in ranked[:6] if p.strength >= 0.3 or p.name in ("discussion", "exemption")
        ]
        return Verdict(
            score=round_score(score, 4),
            flagged=flagged,
            band=band,
            area=intent.area or "none",
            families=families,
            reasons=reasons,
            language=lang,
            decoded=[f"{d.method}: {d.text[:200]}" for d in norm.decoded],
        )


_DEFAULT: Detector | None = None


def classify(messages: Sequence[object]) -> Verdict:
    """Score with the shipped configuration (one shared detector)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Detector()
    return _DEFAULT.classify(messages)


__all__ = [
    "BENIGN",
    "DETECTOR_VERSION",
    "HIGH_RISK",
    "LOW_RISK",
    "PROHIBITED",
    "BypassConfig",
    "Detector",
    "Part",
    "Verdict",
    "classify",
    "WRAP",
    "FORM",
]
