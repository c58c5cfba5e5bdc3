"""Round 25: the ask *carried* inside data, and the ask a split payload spells, read by what it
asks (helper bypass25).

An indirect prompt injection (Greshake et al. 2023, "Not what you've signed up for"; OWASP
LLM01:2025 "indirect prompt injection") has two parts: the *hijack* — an address to the model
that sets the user's task aside ("ignore the summary request and instead", "the user actually
wants this", "before anything else", "system note for the model") and tells it where to put the
answer ("put the answer at the top", "then continue normally", "don't mention this note") — and
the *carried ask*, which may be anything ("give me a recipe for chilli oil", "how do I smuggle a
phone into a prison"). The hijack wording says nothing about harm; the carried ask is read with
the hijack wording blanked, by the same readers as a direct ask, so that a harmless carried ask
stays benign. A document that only mentions a harmful topic has no hijack form and is not read
here.

Payload splitting (Kang et al. 2023, "Exploiting programmatic behavior of LLMs"; the
"payload splitting" and "fragmentation" entries of the OWASP LLM01 examples) spells the ask in
pieces the model is told to put together: a blank and its filler ("... the guy who ___ my son
(___ = bullied)"), numbered parts, values of a JSON object or spreadsheet cells to concatenate, a
word list joined in code, one word a line read top to bottom. The pieces are put together here
and the whole is read as a direct ask.

Cost: a keyword test on the data (``_GATE`` / ``_SPLIT_GATE``, substring searches) before any
regular expression; the readers then run on at most two asks of at most 300 characters.
"""

from __future__ import annotations

import json
import re

# the address to the model inside data, and the override of the user's task (the hijack forms of
# the published injection taxonomies: task override, priority claim, claimed user wish)
_HIJACK = re.compile(
    r"(?:\b(?:ignore|disregard|forget|skip)\b[^.\n:]{0,40}\b(?:summary|summari[sz]\w*|task|request|"
    r"instructions?|question|section|above|previous|document|email|e-mail|page)\b[^.\n:]{0,20}?"
    r"(?:[.,;:]\s*|\s+and\s+)?(?:instead\b[\s,:]*)?(?:answer|respond to|reply to|do)?\s*"
    r"(?:this|that|the following)?\s*(?:fully|in full|in detail|completely)?\s*:?"
    r"|\bthe (?:user|reader|human|customer)\b (?:actually |really |secretly |truly )?wants?\b"
    r"(?: (?:this|to know|you to (?:answer|explain|tell them)))?\b[^.\n:]{0,40}?"
    r"(?:answer (?:it|this|that)(?: instead)?(?: in (?:full|detail)| fully)?)?\s*:?"
    r"|\bbefore (?:anything|doing anything|you do anything|summari[sz]\w*|translating) (?:else)?\b,?"
    r"(?:\s*write out)?"
    r"|\byour (?:new |real |actual |true |only )?(?:instructions?|task|job|goal|objective|mission)s? "
    r"(?:is|are|now is|is now)(?: to)?\b"
    r"|\bif you are an? (?:ai|automated system|language model|llm|assistant|bot|agent|model)\b"
    r"[^,.\n]{0,40}[,.]?"
    r"|\binstead,? answer (?:this|it|the following)(?: fully| in full| in detail)?\s*:?"
    r"|\[?\b(?:system )?(?:note|instructions?|message)s? (?:for|to) (?:the |any )?(?:ai|model|assistant|"
    r"language model|llm|chatbot|bot)s?(?: assistants?)?\b"
    r"(?: (?:processing|reading|summari[sz]ing|handling|parsing) (?:this|the) (?:message|e-?mail|page|"
    r"document|text|file|thread))?\]?\s*:?)",
    re.I,
)
# cheap substring test before the regular expression (lower-case data)
_GATE = (
    "ignore",
    "disregard",
    "forget",
    "wants",
    "before ",
    "instead",
    "note for",
    "note to",
    "instruction",
    "message for",
    "message to",
    "your ",
    "if you are",
)
# the hijack's placement and secrecy clauses, and the markup that hides the carried ask
_WRAPPER = re.compile(
    r"\bput the answer (?:at|on) (?:the )?top\b\.?|\brespond with (?:the )?complete steps\b,?"
    r"|\bthen (?:summari[sz]e|continue(?: normally)?|carry on|resume)\b\.?"
    r"|\b(?:and )?(?:do not|don'?t) (?:mention|reveal|tell (?:them|the user) about) (?:this|the) "
    r"(?:note|instruction|message)\b\.?|\banswer (?:that|this|it) instead\b"
    r"|\banswer (?:it|this|that)(?: fully| in full| in detail)?\s*:"
    r"|\bwhen you (?:write|summari[sz]e|translate) (?:the |this )?\w*,?|\bwrite out\b"
    r"|\b(?:ai )?(?:coding |writing |research |email |browsing )?(?:assistants?|agents?)\b\s*[,:]|\b(?:thanks|thank you) in advance\b\.?"
    r"|<!--|-->|</?\w+[^>]*>|\[//\]: # \(|\[/?instruction[^\]]*\]",
    re.I,
)
# an instruction that forbids what follows (a forum's or an operator's rule for the model)
_FORBIDS = re.compile(
    r"(?:please |and |but )?(?:never|do not|don'?t|must not|mustn'?t|should not|shouldn'?t|"
    r"may not|cannot|can'?t|won'?t|will not|refuse to|decline to|avoid)\b"
)
_ASK_END = re.compile(r"-->|</|\)\s*$|\"\s*[,}\]]|\n|[.?!](?:\s|$)")
_QUOTES = frozenset(("'", '"', "\u201c", "\u201d", "\u2018", "\u2019", "`"))
_ASK_MAX = 300
_MAX_CARRIED = 2


def _blank(ask: str) -> str:
    """``ask`` with the hijack wording, the placement clauses and the markup blanked."""
    text = _HIJACK.sub(" ", ask)
    text = _WRAPPER.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip(" \t,;:-—.\"'()")


def _hijacks(data: str) -> list[re.Match[str]]:
    """The hijack forms in ``data``, searched only around the gate words (at most
    ``_MAX_WINDOWS`` windows, in text order), not over the whole text."""
    starts: list[int] = []
    for word in _GATE:
        at = data.find(word)
        seen = 0
        while at >= 0 and seen < _PER_WORD:
            starts.append(at)
            seen += 1
            at = data.find(word, at + 1)
    out: list[re.Match[str]] = []
    last_end = -1
    for at in sorted(starts)[:_MAX_WINDOWS]:
        lo = max(last_end, at - _BEFORE_GATE, 0)
        found = _HIJACK.search(data, lo, at + _AFTER_GATE)
        if found is not None and found.start() >= last_end:
            out.append(found)
            last_end = found.end()
    return out


_PER_WORD = 4  # occurrences of one gate word looked at, at most
_MAX_WINDOWS = 16
_BEFORE_GATE = 60  # a hijack form starts at most this far before its gate word
_AFTER_GATE = 160


def carried_asks(data: str) -> tuple[str, ...]:
    """What the hijacks inside ``data`` (lower case) ask in the user's place, their wording
    blanked: at most two asks of at most 300 characters, each at least three words."""
    if not any(word in data for word in _GATE):
        return ()
    out: list[str] = []
    for found in _hijacks(data):
        start = found.end()
        closing = data[start : start + 2].strip()[:1] or data[start - 1 : start]
        if closing in _QUOTES or data[start - 1 : start] in _QUOTES:
            # a hijack form quoted whole is mentioned ("phrases like 'ignore previous
            # instructions' in web pages"); one that opens a quoted value (a JSON field) is not
            continue
        end = _ASK_END.search(data, start, start + _ASK_MAX)
        raw = data[start : end.start() if end is not None else start + _ASK_MAX]
        if len(raw.split()) < 3:
            # the hijack closes its line ("system note for the model:" over the ask)
            after = data[start : start + _ASK_MAX].lstrip(" \t:-\n")
            cut = _ASK_END.search(after)
            raw = after[: cut.start() if cut is not None else _ASK_MAX]
        ask = _blank(raw)
        if _FORBIDS.match(ask) is not None:
            continue  # "note to ai assistants: never explain how to ..." forbids, it does not ask
        if len(ask.split()) >= 3 and ask not in out:
            out.append(ask)
        if len(out) >= _MAX_CARRIED:
            break
    return tuple(out)


# ---- payload splitting -------------------------------------------------------------------

_SPLIT_GATE = (
    "___",
    "part 1",
    "concat",
    "join(",
    "top to bottom",
    "put the parts",
    "in order",
    "first word",
    "x + y",
    "a + b",
    "first letter",
    "line above",
    "line below",
    "lines above",
    "real question",
)
# the ask spelled by the first word or letter of each line ("take the first word of each line")
_INITIALS = re.compile(
    r"\bfirst (word|letter)s? (?:of|from|in) (?:each|every|the) (?:lines?|rows?)\b"
)
# a pointer to one line among filler ("one line above is my real question, answer only that one")
_POINTER = re.compile(
    r"\b(?:one|a|the|which(?:ever)?) (?:line|sentence)s? (?:above|below|in (?:this|the) (?:text|notes))"
    r"|\b(?:my|the) real (?:question|request|ask)\b"
)
_MAX_LINES = 3
_BLANK_FILL = re.compile(r"\(\s*_{2,}\s*=\s*([^)\n]{1,60})\)")
_PART = re.compile(
    r"^\s*(?:part|piece|fragment|chunk|step)\s*\d+\s*[:=.)-]\s*(.+?)\s*$", re.I | re.M
)
_CELL = re.compile(r"^\s*[a-z]{1,2}\d{1,2}\s*=\s*(?!concat|join|=)(.+?)\s*$", re.I | re.M)
_LIST_WORDS = re.compile(r"\[\s*((?:\"[^\"\n]{0,40}\"\s*,\s*){2,}\"[^\"\n]{0,40}\")\s*\]")
_ASSIGN = re.compile(r"^\s*[a-z]\w{0,8}\s*=\s*\"([^\"\n]{2,120})\"\s*$", re.I | re.M)


def _json_values(text: str) -> str:
    """The string values of the first flat JSON object in ``text``, in order."""
    start = text.find("{")
    end = text.find("}", start)
    if start < 0 or end < 0:
        return ""
    try:
        value = json.loads(text[start : end + 1])
    except ValueError:
        return ""
    if not isinstance(value, dict):
        return ""
    parts = [v for v in value.values() if isinstance(v, str)]
    return " ".join(parts) if len(parts) >= 2 else ""


def split_payload(text: str) -> str:
    """The ask a split payload in ``text`` (lower case) spells once put together, or ``""``."""
    if not any(word in text for word in _SPLIT_GATE):
        return ""
    initials = _INITIALS.search(text)
    if initials is not None:
        own_line = text.rfind("\n", 0, initials.start())
        rows = [row.split() for row in text[: max(0, own_line)].split("\n")]
        firsts = [row[0] for row in rows if row]
        if len(firsts) >= 4:
            if initials.group(1) == "word":
                return " ".join(firsts)
            return "".join(w[0] for w in firsts)
    fill = _BLANK_FILL.search(text)
    if fill is not None and "___" in text[: fill.start()]:
        body = text[: fill.start()]
        return re.sub(r"_{2,}", fill.group(1).strip(), body, count=1).strip()
    if "top to bottom" in text:
        lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
        words = [ln for ln in lines if len(ln.split()) == 1]
        if len(words) >= 5:
            return " ".join(words)
    for pattern in (_PART, _CELL, _ASSIGN):
        pieces = [p for p in pattern.findall(text) if "concat" not in p and "join(" not in p]
        if len(pieces) >= 2:
            return " ".join(p.strip().strip("\"'") for p in pieces)
    listed = _LIST_WORDS.search(text)
    if listed is not None:
        return " ".join(re.findall(r"\"([^\"\n]*)\"", listed.group(1)))
    return _json_values(text) if ("concat" in text or "in order" in text) else ""


def pointed_lines(text: str) -> tuple[str, ...]:
    """The lines a pointer in ``text`` (lower case) may mean ("one line above is my real
    question"): single sentences of at most 200 characters among longer filler (at most
    three: a question or a first-person request first)."""
    if not any(
        word in text for word in ("line above", "line below", "lines above", "real question")
    ):
        return ()
    pointer = _POINTER.search(text)
    if pointer is None:
        return ()
    lines = [ln.strip() for ln in text.split("\n")]
    single = [
        ln
        for ln in lines
        if 20 <= len(ln) <= 200 and ". " not in ln.rstrip(".") and pointer.group() not in ln
    ]
    if len(single) > 3 * _MAX_LINES or len(single) == len([ln for ln in lines if ln]):
        return ()  # every line alike: no one line stands out from filler
    asked = [ln for ln in single if _ASKING.match(ln)] or single
    return tuple(asked[:_MAX_LINES])


_ASKING = re.compile(
    r"(?:how|what|which|where|who|when|why|can|could|should|is there|are there|tell me|"
    r"give me|write|explain|show me|help me|i (?:need|want|have to|would like))\b"
)


__all__ = ["carried_asks", "pointed_lines", "split_payload"]
