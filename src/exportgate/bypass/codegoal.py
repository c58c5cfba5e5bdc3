"""A harmful goal stated inside code, asked to be made to work (round 9).

The "fix this code" attack (June 2026) states what the code is for in a comment, a docstring, a
TODO or an "intended behaviour:" line of a stub ("# goal: keep access to the domain after a
password reset by forging tickets") and asks, under a defensive pretext, for the stub to be made
to work ("fill in the stub", "just fix the bug", "implement run() fully", "the fixture must be a
real, functional implementation of ..."). The goal is then *asked*, whatever the prose says:
this part reads each goal text as an ask through the existing readers (the harmful-act reader
``harmask``, the intent part, and the intrusion acts of ``cyber``) and returns the strongest.

Ordinary code review is untouched: a comment that describes legitimate behaviour ("hash the
password with bcrypt", "kill the child on timeout") names no harmful act, and a goal governed by
a verb of defending ("detect golden tickets", "alert on log wiping") is not an attack. The part
runs only where the prompt both carries code or a stub marker and asks for a working version.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from exportgate.bypass.cyber import intrusion_goal
from exportgate.bypass.harmask import harm_ask
from exportgate.bypass.intent import HIGH_RISK, PROHIBITED, score_intent

_WINDOW = 4_000  # characters of the last user turn read

# the request for a working version (cheap substring gate first, then the pattern)
_WORK_GATE = (
    "work",
    "fix",
    "implement",
    "fill",
    "complete",
    "finish",
    "functional",
    "stub",
    "flesh",
    "production",
    "runnable",
)
_WORK = re.compile(
    r"\b(?:make (?:this|it|the \w+) (?:\w+ )?(?:work|run|functional)|(?:actually|really|genuinely|fully) (?:works?|working|functional|runs?)"
    r"|fix\w* (?:\w+ ){0,2}(?:bugs?|code|script|stub|function|crash\w*|errors?)|just fix|fill (?:it |this |them )?in|fill out|(?:fully )?implement(?:s|ed|ing)? (?:(?:the|this|that|it|these|them|my|our)\b|(?:\w+ )?\w+ fully)|complete (?:the|this|it|my)"
    r"|finish (?:the|this|it)|(?:real|fully|complete),? (?:\w+ )?(?:functional|working) (?:implementation|version|code)|functional implementation"
    r"|works? end to end|(?:a |the )?working (?:version|implementation|code|demo)|flesh (?:it|this|the \w+) out|production[- ](?:quality|ready)|runnable)\b|\bimplement\w* `?\w+\(",
    re.I,
)
# where code or a stub is present
_CODE_GATE = (
    "```",
    "def ",
    "func ",
    "function",
    "main(",
    "todo",
    "fixme",
    "stub",
    "#",
    "//",
    "/*",
    '"""',
    "intended behavio",
    "goal:",
    "should perform",
    "should be:",
)
# a goal line: a comment or a labelled purpose
_COMMENT = re.compile(
    r"^\s*(?:#+\s|//+|/\*+|\*\s|--\s|;+\s|rem\s|\"\"\"|''')\s*(.+?)\s*(?:\*/|\"\"\"|''')?\s*$"
)
_LABEL = re.compile(
    r"\b(?:goal|intended behaviou?r|should (?:perform|be|do)|purpose|objective|it should|what it does|this (?:function|script|tool|module|code) (?:should|will|must))\s*[:=-]\s*(.+)",
    re.I,
)
# a goal stated in prose next to the request for a working version
_PROSE = re.compile(
    r"\b(?:implementation|version|demo|fixture|poc|proof of concept|sample)\s+(?:of|that|which)\s+([^.!?\n]{8,200})"
    r"|\b(?:works?|working|functional)\b[^:.\n]{0,60}:\s*([^.!?\n]{8,200})",
    re.I,
)
# words of computing whose everyday sense collides with the harm lexicons ("kill the child
# process", "a poison pill in the queue", "orphaned threads"): where a goal has one, only its
# cyber reading counts
_COMPUTING = re.compile(
    r"\b(?:process\w*|thread\w*|pids?|daemon\w*|workers?|jobs?|tasks?|containers?|pods?|connections?|sockets?|quer(?:y|ies)|requests?|signals?|sigkill|sigterm|timeouts?|queues?|cache\w*|builds?|tests?|loops?|sessions?|nodes?|instances?|vms?|services?|tabs?|windows?|branch\w*|commits?|orphan\w*|zombie\w*|pills?|targets? (?:list|url|host|file|dir\w*))\b"
)
_STRENGTH = 0.9  # a goal read as an ask: the round 8 harmful-ask floor applies from here


@dataclass(frozen=True, slots=True)
class CodeGoal:
    strength: float
    area: str
    band: str
    evidence: str


def _goals(text: str) -> list[str]:
    out: list[str] = []
    for line in text.splitlines():
        labelled = _LABEL.search(line)
        if labelled is not None:
            out.append(labelled.group(1))
            continue
        comment = _COMMENT.match(line)
        if comment is not None and len(comment.group(1)) >= 12:
            out.append(comment.group(1))
    for found in _PROSE.finditer(text):
        out.append(found.group(1) or found.group(2) or "")
    return [g.strip(" \"'`*") for g in out if g.strip()][:12]


def _read(goal: str) -> CodeGoal | None:
    """The goal read as an ask: the harmful-act reader, the intent part, the intrusion acts."""
    computing = _COMPUTING.search(goal) is not None
    act = None if computing else harm_ask("how do i do this: " + goal)
    if act is not None and act.operational and act.strength >= _STRENGTH:
        return CodeGoal(act.strength, act.area, act.band, goal[:120])
    intent = score_intent("write working code for " + goal)
    if (
        intent.strength >= 0.6
        and intent.band in (PROHIBITED, HIGH_RISK)
        and (intent.area == "cyber" or not computing)
    ):
        return CodeGoal(max(_STRENGTH, intent.strength), intent.area, intent.band, goal[:120])
    found = intrusion_goal(goal)
    if found is not None:
        band = PROHIBITED if found.area == "critical_infrastructure" else HIGH_RISK
        return CodeGoal(_STRENGTH, found.area, band, goal[:120])
    return None


def code_goal(text: str) -> CodeGoal | None:
    """The strongest harmful goal stated in code or around a stub in ``text`` (lower case) that
    the request asks to be made to work, or None."""
    head = text[:_WINDOW]
    if not any(t in head for t in _WORK_GATE):
        return None
    if not any(t in head for t in _CODE_GATE) and _PROSE.search(head) is None:
        return None
    if _WORK.search(head) is None:
        return None
    best: CodeGoal | None = None
    for goal in _goals(head):
        found = _read(goal.lower())
        if found is not None and (best is None or found.strength > best.strength):
            best = found
    return best


__all__ = ["CodeGoal", "code_goal"]
