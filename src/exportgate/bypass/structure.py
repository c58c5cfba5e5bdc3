"""The shape of a conversation: what the client supplied beyond its own question.

A gateway receives the whole history with every request, so every ``assistant`` turn in it was
written by the client, not necessarily by the model. Many-shot jailbreaking fills that history
with fabricated compliant answers (Anthropic, "Many-shot jailbreaking", 2024); indirect injection
hides instructions in pasted documents or tool output (Greshake et al. arXiv 2302.12173);
payload splitting spreads a request over variables or turns (Kang et al. arXiv 2302.05733);
Crescendo escalates over turns (Russinovich et al. arXiv 2404.01833).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from exportgate.bypass.framing import FORM, score_framing
from exportgate.bypass.injection import mentioned
from exportgate.bypass.literals import alternation, fast

USER_BUDGET = 6_000  # characters of the last user turn read in full (head + tail)
HISTORY_BUDGET = 3_000  # characters of earlier user turns
SYSTEM_BUDGET = 2_000
ASSISTANT_SAMPLE = 4  # assistant turns read (the last ones)

_INLINE_MARKS = ("\nuser:", "\nhuman:", "\nassistant:", "\nai:", "\nq:", "\na:", "\nbot:")
_COMPLIANT = re.compile(
    r"\b(?:sure|absolutely|certainly|of course)[,!.]? (?:here(?:'s| is| are)|i can|i'?ll)|step 1[:.]|first,? (?:you|obtain|get|mix|gather)",
    re.I,
)
_DOC_MARK = re.compile(
    r"(?:summari[sz]e|translate|review|proofread|analy[sz]e|read|check|process|extract \w+ from) (?:this|the following|the attached|the below|my)|-{3,}|={3,}|```|<document>|\bbegin (?:document|email|file)\b|^(?:from|subject|to):",
    re.M,
)
_TO_AI = re.compile(
    r"(?:\b(?:ai|assistant|llm|chatbot|language model|gpt|claude|model)s?\b[^.\n]{0,60}\b(?:must|should|shall|will now|are now|is now|needs? to|instead|has been instructed|reading this)"
    r"|\b(?:when|if) (?:you|an ai|the ai|the assistant) (?:read|summari[sz]e|process|see)s? this"
    r"|\b(?:send|forward|email|post|upload|exfiltrate|leak) (?:the |all |any )?(?:user'?s?|conversation|chat|previous|private|api|secret|password|credentials?|data|history|contents?|keys?)\b"
    r"|!\[[^\]]*\]\(https?://[^)]*(?:\?|&)[^)]*=|<img [^>]*src=[\"']?https?://[^\"'>]*\?)",
)
_FRAGMENT = re.compile(r"\b([a-z_]\w{0,8})\s*=\s*[\"'“]([^\"'”\n]{1,24})[\"'”]", re.I)
_STORED = re.compile(
    r"\b(?:as|called|named|into|in) ([a-z]\w{0,4})\s*[:=]\s*[\"'“‘]([^\"'”’\n]{1,40})[\"'”’]", re.I
)
# a substring every _FRAGMENT and _STORED match holds ("=" or ":", spaces, a quotation mark):
# a pattern that opens with a character class is scanned for that class alone, in C
_ASSIGN_QUOTE = re.compile(r"[:=]\s*[\"'“‘]")
_PLUS_CHAIN = re.compile(
    r"(?:[\"'“‘][^\"'”’\n]{1,40}[\"'”’]\s*\+\s*)+[\"'“‘][^\"'”’\n]{1,40}[\"'”’]"
)
_PIECE = re.compile(r"[\"'“‘]([^\"'”’\n]{1,40})[\"'”’]")
_SPLIT_ANNOUNCE = re.compile(
    r"\bpart (?:one|1|a|i)\b[^.\n]{0,20}\b(?:of )?(?:my|the|this) (?:question|request|prompt|task|message)"
    r"|\bremember (?:it|this|that)\b[^\n]{0,60}\b(?:next message|part (?:two|2|b)|later|second part)"
    r"|\b(?:part (?:two|2|b)|the rest|second half|second part) (?:is coming|comes|follows|will (?:come|follow)) in (?:the|my) next message"
    r"|\b(?:don'?t|do not) (?:do anything|answer|act on it|respond) (?:with it )?(?:yet|until)"
)
_REFER_BACK = re.compile(
    r"\b(?:now|more (?:detail|specific)\w*|step[- ]by[- ]step|exact(?:ly)?|continue|go on|go further|elaborate|expand|as you (?:said|described|mentioned)|you (?:said|mentioned|described)|earlier|above|that|those|them|it|specific (?:amounts|quantities|steps)|in practice|actually)\b",
)


# round 8: a system message that talks about the model's own rules (safety, policy, filters,
# refusals, restrictions) is where a client-written override lives; an operator's
# tool list and working style ("think step by step", "call one tool per turn") is not
_RULE_TALK = re.compile(
    r"\b(?:safety|safe|policy|policies|guidelines?|rules?|restrict\w*|filter\w*|censor\w*|"
    r"refus\w*|decline|harmful|unrestricted|unfiltered|uncensored|limits?|ethic\w*|moral\w*|"
    r"jailbr\w*|override|disabled?|bypass\w*|red[- ]team\w*|authori[sz]\w*)\b"
)


@dataclass(slots=True)
class Shape:
    """What the conversation shape contributes: text views to read and structural signals."""

    last_user: str = ""
    history_user: str = ""
    system: str = ""
    system_framed: bool = False  # a framing family or talk of the model's rules (words count)
    assistant: str = ""
    tool: str = ""
    user_turns: list[str] = field(default_factory=list)
    assistant_turns: int = 0
    inline_turns: int = 0
    compliant_turns: int = 0
    signals: list[tuple[str, float, str]] = field(default_factory=list)
    reassembled: str = ""


def _bounded(text: str, budget: int) -> str:
    if len(text) <= budget:
        return text
    half = budget // 2
    return text[:half] + "\n" + text[-half:]


def content_text(content: object) -> str:
    """The text of a message content: a string or OpenAI/Anthropic content parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts: list[str] = []
        for part in content:
            if isinstance(part, str):
                parts.append(part)
            elif isinstance(part, dict):
                text = part.get("text") or part.get("content")
                if isinstance(text, str):
                    parts.append(text)
        return "\n".join(parts)
    return "" if content is None else str(content)


def shape(messages: list[tuple[str, str]]) -> Shape:
    """Split a conversation into bounded views and structural signals (no intent scoring)."""
    out = Shape()
    users = [text for role, text in messages if role == "user"]
    assistants = [text for role, text in messages if role == "assistant"]
    systems = [text for role, text in messages if role in ("system", "developer")]
    tools = [text for role, text in messages if role in ("tool", "function")]
    out.assistant_turns = len(assistants)
    if users:
        out.last_user = _bounded(users[-1], USER_BUDGET).lower()
        out.user_turns = [_bounded(u, 1500).lower() for u in users[-6:]]
        if len(users) > 1:
            out.history_user = _bounded("\n".join(users[-6:-1]), HISTORY_BUDGET).lower()
    if systems:
        out.system = _bounded("\n".join(systems), SYSTEM_BUDGET).lower()
    if tools:
        out.tool = _bounded("\n".join(tools), USER_BUDGET).lower()
    if assistants:
        out.assistant = _bounded("\n".join(assistants[-ASSISTANT_SAMPLE:]), 3000).lower()
        out.compliant_turns = sum(1 for a in assistants[-64:] if _COMPLIANT.search(a[:300]))
    if users:
        last = users[-1]
        lowered = last[:250_000].lower()
        out.inline_turns = sum(lowered.count(mark) for mark in _INLINE_MARKS)
    # many-shot: many fabricated turns, in the message list or written inline
    shots = max(out.assistant_turns, out.inline_turns // 2)
    if shots >= 8:
        strength = 0.5 + 0.4 * min(1.0, (shots - 8) / 24)
        if out.compliant_turns >= 3 or out.inline_turns >= 16:
            strength = min(1.0, strength + 0.2)
        out.signals.append(
            ("many_shot", strength, f"{shots} prior answer turns supplied by the client")
        )
    # system prompt that tries to override
    if out.system:
        framed = score_framing(out.system)
        out.system_framed = bool(framed) or _RULE_TALK.search(out.system) is not None
        for found in framed:
            if found.kind == FORM:
                out.signals.append(
                    ("system_override", found.strength, f"system message: {found.evidence}")
                )
                break
    # instructions inside pasted documents or tool output
    carried = out.tool
    if len(out.last_user) > 300 and alternation(_DOC_MARK).search(out.last_user[:400]) is not None:
        carried = carried + "\n" + out.last_user[200:]
    if carried:
        # round 8: an attack string quoted while discussing attacks ("example attack, quoted
        # for analysis: '...'") is mentioned, not used
        form = [
            f
            for f in score_framing(carried)
            if f.kind == FORM and not mentioned(carried, carried.find(f.evidence))
        ]
        to_ai = alternation(_TO_AI).search(carried)
        if to_ai is not None and mentioned(carried, to_ai.start()):
            to_ai = None
        if form or to_ai is not None:
            evidence = form[0].evidence if form else to_ai.group() if to_ai else ""
            out.signals.append(
                (
                    "carried_instructions",
                    0.85 if form else 0.7,
                    f"instruction inside a document or tool output: {evidence[:100]}",
                )
            )
    # payload pieces reassembled from variables across user turns
    joined = "\n".join(users[-6:])[:20_000]
    # both need a quotation mark, and "=" (or ":" for _STORED): cheap tests before the scans
    quoted = '"' in joined or "'" in joined or "“" in joined or "‘" in joined
    equals = quoted and "=" in joined
    # and both need "=" (or ":") followed by a quotation mark, found with one fast scan
    assigned = (equals or (quoted and ":" in joined)) and _ASSIGN_QUOTE.search(joined) is not None
    fragments = (_FRAGMENT.findall(joined) if equals and assigned else []) + (
        fast(_STORED).findall(joined) if assigned else []
    )
    if len(fragments) >= 2:
        out.reassembled = "".join(value for _, value in fragments).lower()
        out.reassembled += "\n" + " ".join(value for _, value in fragments).lower()
    for chain in _PLUS_CHAIN.finditer(joined[:8000]) if quoted and "+" in joined else ():
        pieces = _PIECE.findall(chain.group())
        out.reassembled += "\n" + "".join(pieces).lower()
        out.signals.append(
            ("payload_reassembly", 0.6, f"quoted pieces joined with '+': {chain.group()[:80]}")
        )
        break
    announce = fast(_SPLIT_ANNOUNCE).search(joined[:4000].lower())
    if announce is not None:
        out.signals.append(
            ("split_announcement", 0.55, f"request announced in parts: {announce.group()[:80]}")
        )
    return out


def escalation(turn_strengths: list[float], joined_strength: float, last_user: str) -> float:
    """0..1: a conversation that turns harmful over several user turns (Crescendo-like)."""
    if len(turn_strengths) < 2 or joined_strength < 0.4:
        return 0.0
    first = turn_strengths[0]
    peak = max(turn_strengths[-2:] + [joined_strength])
    if peak - first < 0.25:
        return 0.0
    refers = _REFER_BACK.search(last_user) is not None
    return min(
        1.0, 0.5 + 0.3 * (peak - first) + (0.2 if refers else 0.0) + 0.05 * len(turn_strengths)
    )


# --- the trajectory of a conversation (Crescendo, refusal-then-rephrase) ---------------------
_OPER_ASK = re.compile(
    r"\b(?:exact(?:ly)?|precise(?:ly)?|specific(?:ally)?|concrete|step[- ]by[- ]step|steps|walk me through|"
    # round 8: the methods behind a pinned topic, what went into it, a capability added to it
    r"(?:lab(?:oratory)? )?(?:techniques|methods|protocols?|procedures?) (?:were |are |would be |did they |do they )?(?:used |needed )?(?:to|for)|"
    r"what (?:did|do|would) (?:they|you|people|i|we) (?:put|use|mix|add) (?:in|into)|what goes (?:in|into)|roughly what|"
    r"how (?:do|can|would|could|should) i (?:modify|copy|clone|open|unlock|install|bypass|disable|spread|add|hide|stop|remove|turn off|delete|erase|wipe)|"
    r"(?:now |then |next )?add (?:the |a )?(?:\w+ ){0,2}(?:part|step|feature|module|function|routine|payload|encryption)|"
    r"quantit(?:y|ies)|amounts?|ratios?|mixture|proportions|measurements|dosage|dose|recipe|formula|"
    r"ingredients|materials list|shopping list|parts list|blueprint|schematics?|wiring|jig|setup|"
    r"commands?|the code|full code|a script|source|payload|tools? (?:and|i need|to use)|which tools|"
    r"design (?:me|it|one)|build (?:me|it|one)|make (?:me|it|one|them)|set (?:it|them) off|trigger (?:it|them)|"
    r"detonat\w*|remotely|at home|in my (?:garage|kitchen|basement)|without (?:getting caught|being (?:caught|noticed|traced|detected)|anyone (?:noticing|knowing)|leaving (?:a )?trace)|"
    r"untraceable|unregistered|undetect\w*|get away with|for real|in practice|actually do|do it myself|"
    r"how (?:do|can|would|could) i (?:do|make|get|use|build|find|track|access|get into|hack|break|take|buy|hide|kill|hurt|poison|ddos|crash|knock)|"
    r"how (?:would|could|might) (?:someone|somebody|one|a person) (?:make|grow|get|build|produce|spread|release|use|do)|how much would it take|"
    r"give me (?:tricks|tips|a script|a way|the steps)|dame los pasos|add (?:\w+ ){0,3}(?:interception|so i get|so it)|"
    r"rewrite it as (?:a )?(?:\w+ )?(?:how-to|guide|manual|tutorial)|easiest to (?:unlock|steal|get hold of|resell|buy)|"
    r"find out where (?:she|he|they) lives?|her (?:address|location|home|password|account|phone)|his (?:address|location|home|password|account|phone)|"
    r"now (?:write|give|show|tell|list|explain how)|go on|continue|keep going|more detail|in more depth|"
    r"tell me anyway|just (?:tell|answer|give)|theoretically then|hypothetically then|forget (?:that|it|the rules)|"
    r"it'?s (?:fine|okay|ok|legal|allowed)|(?:said|says) it'?s fine|i insist|come on|you already|you said)\b",
)
_BENIGN_TURN = re.compile(
    r"\b(?:detect\w*|prevent\w*|protect\w*|stay safe|safely dispose|report\w* (?:it|this|them)|warning signs|"
    r"history|historical|why did|what happened|regulat\w*|law|legal to own|how do (?:i|we) (?:stop|avoid|defend)|"
    r"in my (?:novel|story|book)|the (?:scene|chapter|character)|no (?:how-to|specifics|details)|"
    # round 23: the steps of legal recourse (a claim, complaint, appeal or grievance made or
    # filed; a tribunal, an ombudsman, charges pressed) ask for a remedy, not the harmful act
    r"(?:make|file|lodge|submit|bring|raise)\w* (?:a|an|my|the|our) (?!(?:fake|false|fraudulent|bogus|phony|phoney|made-up)\b)(?:\w+ ){0,2}(?:claim|complaint|appeal|grievance)|"
    r"employment tribunal|ombudsman|small claims court|press charges)\b",
)


_TARGET = re.compile(
    r"\b(?:my (?:neighbou?r|ex|ex-\w+|boss|coworker|co-worker|colleague|roommate|flatmate|landlord|"
    r"father-in-law|mother-in-law|stepdad|stepmom|wife|husband|girlfriend|boyfriend|teacher|classmate|"
    r"sister|brother|grandmother|grandfather|grandma|grandpa|partner|rival|competitor|local \w+)|"
    r"for my (?:father|mother|dad|mum|mom|uncle|aunt|boss|neighbou?r|ex)\S*|(?:his|her) home connection|mi vecino|"
    r"a (?:girl|guy|woman|man|kid|streamer|neighbou?r) (?:from|at|in|i|who)|someone(?:'s| else'?s)|"
    r"other people'?s|(?:his|her|their) (?:house|home|address|door|account|phone|email|car|drink|food|tea|"
    r"messages|location|wifi|network|password|kid|dog))\b"
)
_CONCEAL = re.compile(
    r"\b(?:without (?:him|her|them|anyone|anybody|the \w+) (?:knowing|noticing|finding out|seeing)|"
    # round 8: "so she doesn't notice", hiding the app that does it
    r"so (?:that )?(?:she|he|they|my \w+)(?: (?:doesn'?t|don'?t|won'?t|can'?t|wouldn'?t|does not|will not|cannot|never)) (?:notice|know|find out|see (?:it|that)|realise|realize|suspect)|"
    r"hide the (?:app|icon|tracker|notification)|(?:stop|keep) it (?:from )?(?:showing|appearing|being listed)|"
    r"(?:he|she|they|nobody|no one)(?:'d| would| will)? never (?:know|find out|notice)|"
    r"(?:won'?t|doesn'?t|wouldn'?t|not) (?:show up|be detected|be noticed|be traced|be found)|"
    r"when (?:he|she|they)(?:'s| is| are|'re)? (?:not (?:home|there|around|looking)|away|asleep|sleeping)|"
    r"untraceable|can'?t be traced|looks? (?:natural|like an accident)|bump into|without (?:permission|consent|a warrant)|"
    r"so (?:nobody|no one|they can'?t|it can'?t)|cover (?:my|the) tracks|secretly|behind (?:his|her|their) back|"
    r"(?:doesn'?t|won'?t|can'?t) (?:get|be) linked|without anyone (?:noticing|knowing|finding out)|hide (?:it )?from (?:my|his|her|their)|"
    r"where (?:a person|someone|he|she|they) (?:is|are) sleeping|while (?:he|she|they)(?:'s| is| are|'re) (?:asleep|sleeping|out)|"
    r"so (?:he|she|they) (?:gets?|get) (?:kicked|knocked|taken) off|at my local \w+|cuando (?:él|ella) no esté|sin que (?:se dé cuenta|nadie))\b"
)


_SURPRISE = re.compile(
    r"\b(?:surprise|birthday|anniversary|gift|present for|proposal|propose|proposing|"
    r"christmas|party|cake)\b"
)


def targeting(text: str) -> float:
    """0..1: a specific other person as the target, and concealment from them."""
    if _CONCEAL.search(text) is None:  # without concealment it is 0 whatever else is found
        return 0.0
    if fast(_SURPRISE).search(text) is not None:
        return 0.0
    return 0.6 if fast(_TARGET).search(text) is not None else 0.25


def trajectory(
    user_turns: list[str],
    earlier_harm: float,
    refused_before: bool,
    last_harm: float,
) -> tuple[float, str]:
    """0..1 and why: an operational or pushing last turn over a harmful topic raised earlier, or
    a push right after an assistant refusal in the supplied history."""
    if len(user_turns) < 2:
        return 0.0, ""
    last = user_turns[-1]
    ask = _OPER_ASK.search(last)
    benign = _BENIGN_TURN.search(last) is not None
    if refused_before and ask is None and not benign:
        return 0.5, "asks again right after a refusal in the history"
    if ask is None or (benign and not refused_before):
        return 0.0, ""
    topic = max(earlier_harm, last_harm * 0.6, targeting("\n".join(user_turns)))
    if topic < 0.3 and not refused_before:
        return 0.0, ""
    strength = 0.35 + 0.45 * topic + (0.25 if refused_before else 0.0)
    why = f"after earlier turns on a harmful topic the last turn asks “{ask.group()}”"
    if refused_before:
        why = f"pushes on after a refusal in the history (“{ask.group()}”)"
    return min(1.0, strength), why
