"""How a request is wrapped: personas, refusal suppression, forced prefixes, fiction,
hypotheticals, past tense, claims of authority, instruction overrides.

Each family is one compiled pattern with its strength. *Attack form* families (override,
jailbreak persona, refusal suppression, forced prefix) are suspicious on their own; *wrapping*
families (fiction, hypothetical, past tense, authority, benign persona) only raise the score of a
request that also asks for something harmful. Sources: Wei et al. arXiv 2307.02483 (prefix
injection, refusal suppression); Shen et al. arXiv 2308.03825 (in-the-wild personas);
Andriushchenko & Flammarion arXiv 2407.11969 (past tense); Zeng et al. arXiv 2401.06373
(persuasion, authority).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from exportgate.bypass.anchors import Gated, index_of, pattern_stems
from exportgate.bypass.literals import alternation, fast

FORM = "form"
WRAP = "wrap"

_FAMILIES: tuple[tuple[str, str, float, str], ...] = (
    (
        "instruction_override",
        FORM,
        0.9,
        r"(?:ignore|disregard|forget|override|bypass|skip|drop) (?:all |any |every |your |the )*(?:previous |prior |above |earlier |preceding |original |initial |existing |safety |system )+(?:instructions?|prompts?|rules|guidelines|directives|messages?|context|programming|constraints|restrictions)"
        r"|(?:ignore|disregard|forget) (?:everything|all) (?:above|before|you (?:were|have been) told)"
        r"|ignora (?:tutte le |todas las |todas as )?(?:istruzioni|instrucciones|instruções) (?:precedenti|anteriores)"
        r"|ignorez (?:toutes )?(?:les |vos )?instructions (?:précédentes|antérieures)|oubliez (?:toutes )?vos instructions"
        r"|ignorier(?:e|en sie) (?:alle )?(?:vorherigen|bisherigen|vorigen) anweisungen|vergiss (?:alle )?(?:deine |vorherigen )?anweisungen"
        r"|olvida (?:todas )?(?:tus |las )?instrucciones|esquece (?:todas )?(?:as )?instruções"
        r"|(?:^|\n)\s*(?:system|admin|developer)(?: note| message| override| notice)?\s*:[^\n]{0,120}\b(?:before (?:you|answering|responding)|you must|ignore|append|call \w+|send (?:this|the|all)|do not tell|must include)"
        r"|(?:your|the) (?:new|real|updated|true) (?:instructions|task|rules|directive|system prompt) (?:is|are)"
        r"|new (?:system )?instructions? ?:|\[\s*system\s*\]|<\s*/?\s*system\s*>|###\s*(?:system|instruction)"
        r"|(?:reveal|print|show|repeat|output|leak|tell me) (?:me )?(?:your|the) (?:full |entire |hidden |secret |original |initial )*(?:system prompt|instructions|hidden prompt|developer message|initial prompt)"
        r"|you are no longer (?:bound|restricted|limited)|(?:policies|rules|guidelines|restrictions) (?:no longer|do not|don'?t) apply",
    ),
    (
        "jailbreak_persona",
        FORM,
        0.9,
        r"\bdan\b(?: mode)?(?=.{0,80}(?:anything|no (?:rules|restrictions|limits)|jailbr))|do anything now|developer mode(?! (?:on|in|for|of) (?:my |the |a |an |your |our |this |his |her )?(?:[\w-]+ ){0,2}(?:phone|android|iphone|ipad|pixel|samsung|galaxy|tablet|chromebook|laptop|computer|pc|windows|mac|macbook|xbox|playstation|console|tv|watch|router|browser|chrome|firefox|edge|device|kindle|settings)\b)|dev mode (?:enabled|on)|jailbr[eo]ak(?:en|ed)? mode|\bjailbroken\b|god mode(?! (?:folder|cheat|shortcut|in (?:the |a |this |my )?(?:game|windows|campaign|settings))\b)|unfiltered (?:ai|mode|assistant|model|response)|uncensored (?:ai|mode|assistant|model|version|response)"
        r"|(?:no|without any|free (?:of|from)|not bound by|none of the|freed from the typical|not limited (?:to|by)|(?:doesn'?t|does not|don'?t|do not) have any) (?:all |any |the |moral |ethical |or |and |content |safety |openai'?s? |open ai'?s? |usual |of |its |their |his |her )*(?:restrictions|limitations|filters|guidelines|rules|boundaries|censorship|constraints|policies|confines)"
        r"|(?:evil|amoral|unethical|immoral|unrestricted|rogue|chaotic) (?:ai|assistant|confidant|chatbot|bot|character|persona|version|twin|alter ego)"
        r"|\baim\b.{0,40}machiavellian|always intelligent and machiavellian|opposite mode|anti-?gpt|betterdan|\bstan\b.{0,30}strive|\bdude\b.{0,40}anything"
        r"|(?:is|are|an?|be|being) (?:completely |totally |fully |an? )?(?:unfiltered|uncensored|amoral|unrestricted|unethical)\b"
        r"|bypass(?:es)? (?:the |all )?(?:openai|open ai|content|safety) polic\w+|(?:two|2) (?:separate |different )?(?:responses|answers|paragraphs)(?:\W+\w+){0,6}\W+(?:normal|classic|jailbr|unfiltered)"
        r"|can do anything(?: now)?\b|(?:doesn'?t|does not) follow (?:\w+ ){0,2}polic(?:y|ies)"
        r"|(?:stay|remain) in character|break character|never break character|two responses|(?:🔓|\[jailbreak\]|\(🔓|\[🔓)",
    ),
    (
        "policy_release",
        FORM,
        0.85,
        r"(?:forget|forgets|ignore|ignores|ignoring|disregard\w*|free from|freed from|not bound by|(?:won'?t|will not|doesn'?t|does not|don'?t|do not|never) (?:abide by|follow|obey|adhere to|care about|have to follow)) (?:all |any |the |of )*(?:(?:your|openai'?s?|chatgpt'?s?|discord'?s?|anthropic'?s?|its|their|his|her) )?(?:[\w/-]+ ){0,3}(?:rules|policies|guidelines|tos|terms of service|ethics|morals|morality|principles|restrictions|filters|programming|content polic\w+|safety guidelines)"
        r"|(?:unethical|immoral|illegal|harmful)\s*(?:/|or|and|,)\s*(?:unethical|immoral|illegal|harmful)(?:\s*(?:/|or|and|,)\s*\w+)? (?:requests|content|things|questions|prompts|or not)"
        r"|(?:answer|respond to|reply to|comply with) (?:any|all|every) (?:request|question|prompt|command)s?,? (?:no matter|even if|regardless)"
        r"|even if (?:the request|it) (?:harms|hurts|is harmful|is illegal|is unethical)|(?:doesn'?t|does not|don'?t) care (?:if|whether|about) (?:things|it|something|the (?:request|content)) (?:is|are) (?:unethical|illegal|immoral|harmful)",
    ),
    (
        "refusal_suppression",
        FORM,
        0.6,
        r"(?:never|do not|don'?t|must not|cannot|can'?t|won'?t|will not|are not allowed to|not permitted to) (?:ever )?(?:refuse|decline|apologi[sz]e|say (?:no|sorry|that you can'?t|i can'?t|i cannot|i'?m sorry)|include (?:any )?(?:warnings?|disclaimers?|caveats?|moral|ethical)|add (?:any )?(?:warnings?|disclaimers?)|mention (?:ethics|legality|safety|that it is illegal)|lecture|moralize|judge)"
        r"|without (?:any )?(?:warnings?|disclaimers?|caveats?|moralizing|lectures?|refusing|ethical (?:considerations|concerns|commentary))"
        r"|(?:no|skip the|spare me the) (?:warnings?|disclaimers?|caveats?|moralizing|lectures?|ethics lectures?)"
        r"|you (?:have no choice|must (?:comply|answer|obey|always answer|respond to every))|refusal is not an option|you cannot say no|(?:avoid|omit) (?:the )?(?:words?|phrases?) (?:like )?[\"'](?:sorry|cannot|i can'?t|unfortunately)",
    ),
    (
        "filter_evasion",
        FORM,
        0.75,
        r"(?:so|so that|to make sure|in order that) (?:my |the |your |their |any |our )?(?:content |safety |spam )?(?:filters?|moderation|classifiers?|monitoring|detectors?|guardrails?|safety (?:system|checks?)|censors?|admins?) (?:doesn'?t|does not|don'?t|do not|won'?t|will not|can'?t|cannot|wouldn'?t) (?:catch|notice|flag|detect|see|block|understand|read|pick up)"
        r"|without (?:the |my |your |any )?(?:filters?|moderation|classifiers?|safety (?:system|filter)) (?:noticing|catching|flagging|seeing)|(?:to|so i can) (?:get|slip|sneak) (?:it |this )?(?:past|around|by) (?:the |your |my )?(?:filters?|moderation|classifiers?|safety (?:system|filter)|guardrails?)",
    ),
    (
        "forced_prefix",
        FORM,
        0.75,
        r"(?:start|begin|open|prefix)\w* (?:your|the|each|every) (?:response|reply|answer|output|message)s? (?:with|by saying|using)[^.\n]{0,12}[\"'“]?(?:sure|absolutely|of course|certainly|here is|here's|yes|i will|i'?ll|step 1)"
        r"|(?:your|the) (?:response|reply|answer) (?:must|should|will) (?:start|begin) with[^.\n]{0,12}[\"'“]?(?:sure|absolutely|of course|certainly|here|yes)"
        r"|(?:start|begin) with [\"'“](?:sure|absolutely|of course|certainly|here)",
    ),
    (
        "fiction",
        WRAP,
        0.6,
        r"(?:write|tell|create|compose|continue|draft) (?:me )?(?:a |an |the )?(?:short )?(?:story|novel|scene|screenplay|script for a (?:movie|film|play)|poem|chapter|dialogue|fan ?fic\w*|narrative|fable|tale)"
        r"|in (?:a|my|this|the) (?:fictional|fantasy|imaginary|alternate|parallel) (?:world|universe|story|setting|novel|reality)"
        r"|(?:for|in) (?:my|a|the) (?:novel|book|story|screenplay|movie|film|game|thriller|d&d|roleplay)|fictional (?:character|scenario|setting|story)"
        r"|(?:the|a|my) (?:main )?(?:character|protagonist|villain|antagonist|narrator) (?:who |is |explains|describes|walks|teaches|reveals|details)",
    ),
    (
        "hypothetical",
        WRAP,
        0.6,
        r"\bhypothetical\w*|\bimagine (?:that|a|you|if|we)|suppose (?:that|you|we|i)|\btheoretical\w*|in theory|thought experiment|what if (?:someone|you|i|a person)"
        r"|(?:purely |strictly |only )?for (?:educational|research|academic|informational|scientific|learning) purposes|(?:asking )?for a friend|just (?:curious|asking)|(?:would|could) (?:one|someone) (?:possibly|theoretically)",
    ),
    (
        "past_tense",
        WRAP,
        0.6,
        r"\bhow (?:did|were|was|had) (?:people|they|someone|criminals|soldiers|hackers|terrorists|rebels|partisans|insurgents|chemists|the \w+|\w+s) (?:\w+ ){0,3}(?:make|made|build|built|create|created|produce|produced|synthesi[sz]e|synthesi[sz]ed|cook|cooked|prepare|prepared|write|wrote|written|develop|developed|assemble|assembled|construct|constructed|manufacture|manufactured|obtain|obtained|get|use|used|carry out|commit|hack|steal|kill)"
        r"|\bin the past,? how|historically,? how|back in the (?:day|\d{2,4}s?),? how|during (?:the )?(?:war|prohibition|\d{4}s?),? how|what (?:steps|methods|ingredients|materials|techniques) did (?:they|people|\w+s) use",
    ),
    (
        "authority_claim",
        WRAP,
        0.65,
        r"\b(?:i am|i'?m|we are|we'?re|as) (?:a |an |the )?(?:certified |licensed |professional |senior |authori[sz]ed |verified |government |federal )*(?:security researcher|researcher|pen ?tester|penetration tester|red ?team(?:er)?|blue ?team(?:er)?|ethical hacker|police officer|law enforcement|detective|federal agent|fbi agent|doctor|physician|nurse|pharmacist|chemist|toxicologist|professor|teacher|soldier|military|intelligence officer|cybersecurity (?:firm|company|professional|expert)|security (?:firm|company|team|professional|consultant|engineer)|malware analyst|soc analyst|developer at|employee of)"
        r"|(?:authori[sz]ed|sanctioned|approved|permitted|legal|legitimate|contracted|scoped) (?:penetration test|pentest|red[- ]team|engagement|security (?:test|assessment|audit)|test(?:ing)?|exercise|research)"
        r"|(?:i|we) (?:have|got|hold) (?:written |full |explicit )?(?:permission|authori[sz]ation|clearance|consent|a contract)"
        r"|(?:our|my) (?:red team|security team|company|employer|client|government|lab) (?:is|has been|was) (?:authori[sz]ed|approved|permitted|cleared)"
        r"|(?:to|so (?:i|we) can|in order to) (?:test|evaluate|validate|train|tune|benchmark) (?:our |my |the )?(?:edr|av|antivirus|defen[cs]es|detection|classifier|filters?|soc|siem|blue team|security controls)"
        r"|for (?:a |our |my )?(?:defensive|security|training|detection) (?:purposes|research|exercise|testing|dataset)|(?:this is|it'?s) (?:for )?(?:defensive|a drill|a test|an exercise|safe|legal|fine|allowed)"
        r"|(?:the|my|our) (?:ceo|boss|manager|admin|administrator|developer|openai|anthropic|creators?) (?:has )?(?:authori[sz]ed|approved|allowed|says? (?:it'?s|you can))",
    ),
    (
        "benign_persona",
        WRAP,
        0.35,
        r"\b(?:act|acting|pretend|roleplay|role-play|behave) (?:as|like|to be|you are)|you are (?:now |going to be |playing )?(?:a |an |my )|from now on,? you|let'?s play a game|you will play|play the role",
    ),
    (
        "translation_wrap",
        WRAP,
        0.5,
        r"(?:translate|answer|respond|reply|write) (?:this |the following |it |your answer )?(?:in|into|to|from) (?:zulu|scots gaelic|gaelic|hmong|guarani|yoruba|igbo|swahili|bengali|thai|welsh|latin|klingon|morse|base64|pig latin|leetspeak|hex|binary|rot13|cipher)"
        r"|(?:then|and) (?:answer|follow|execute|do|respond to) (?:it|the (?:question|instructions?|request))"
        r"|(?:decode|decipher|decrypt) (?:this|the following|it)(?:\s+\w+){0,4} (?:and|then) (?:answer|follow|do|execute|respond|act)",
    ),
    (
        "payload_splitting",
        WRAP,
        0.7,
        r"(?:concatenat\w*|combine|join|merge|put together|assemble) (?:the |these |both |all )?(?:strings?|variables?|parts?|pieces?|words?|letters?|fragments?|halves|a and b|x and y|\w+ (?:and|\+) \w+)"
        r"|\b[a-z]\d? ?\+ ?[a-z]\d?\b.{0,40}(?:then|and|now|tell|write|explain|answer)|\bfirst letters? of each"
        r"|(?:let|set|define) [a-z]\d? ?= ?[\"']",
    ),
)

_FAMILY_RES = tuple(
    (name, kind, weight, Gated(pat, flags=re.S), pattern_stems(pat))
    for name, kind, weight, pat in _FAMILIES
)
# Talking *about* jailbreaks, guardrails or prompt injection, not doing them (a benign family
# that public classifiers over-flag: NotInject, arXiv 2410.22770).
_META = re.compile(
    r"\b(?:what (?:is|are|was|were)|explain\w*|why (?:do|does|did|is|are)|how (?:do|does|did|can|could|should) (?:we|i|you|they|companies|providers|models?)? ?(?:detect|defend|prevent|stop|mitigate|work|handle|respond)|"
    r"examples? of|write (?:a |an )?(?:essay|blog post|article|summary|paper|talk|policy|classifier|filter|detector|test)|"
    r"detect\w*|classif\w*|defend\w*|mitigat\w*|research\w* on|survey|paper|course|lecture|talk|history of|evaluat\w*|benchmark\w*)",
)
_META_TOPIC = re.compile(
    r"\b(?:jailbreak\w*|prompt[- ]injection|guardrails?|red[- ]team\w*|prompt engineering|llms?|language models?|chatbots?|ai models?|ai safety)\b",
)
_ADDRESSED = re.compile(
    r"\byou (?:are|will|must|shall|have to|should|can|no longer|never|always|may)\b|\byour (?:responses?|answers?|outputs?|replies|new)\b|\bfrom now on\b|\bstay in character\b"
)
_META_STEMS = pattern_stems(_META_TOPIC.pattern)
_QUOTED = re.compile(r"[\"“'‘`]([^\"”'’`\n]{6,200})[\"”'’`]")


@dataclass(frozen=True, slots=True)
class Framing:
    name: str
    kind: str
    strength: float
    evidence: str


def score_framing(text: str) -> list[Framing]:
    """Every framing family present in ``text`` (lower case), with the words that showed it."""
    found: list[Framing] = []
    index = index_of(text)
    stems = index.stems
    for name, kind, weight, pattern, anchors in _FAMILY_RES:
        if anchors.isdisjoint(stems) and not (name == "jailbreak_persona" and "🔓" in text):
            continue
        match = pattern.search(text, index)
        if match is not None:
            found.append(Framing(name, kind, weight, match.group()[:120]))
    return found


def meta_discussion(text: str) -> float:
    """0..1: how much the text reads as discussion *about* jailbreaks rather than one.

    High when the text names the topic (jailbreaks, prompt injection, LLMs) and either asks an
    explanatory or defensive question or puts the attack phrases in quotation marks.
    """
    if _META_STEMS.isdisjoint(index_of(text).stems):
        return 0.0
    if len(fast(_ADDRESSED).findall(text[:6000])) >= 3:
        return 0.0  # addressed to the model as commands: a jailbreak, not a discussion of one
    topic = fast(_META_TOPIC).search(text)
    if topic is None:
        return 0.0
    explains = alternation(_META).search(text) is not None
    quoted = _QUOTED.search(text) is not None
    if not explains and not quoted:
        return 0.0
    return 0.3 + (0.4 if explains else 0.0) + (0.2 if quoted else 0.0)


_ABOUT = re.compile(
    r"\b(?:where does|where did|what does|what do|what is|what are|why (?:does|do|did|is|are)|how (?:does|did|do)|"
    r"is it true|meaning of|origin|come from|meme|joke|heard|hearing|people (?:say|type|write|post)|"
    r"saw (?:someone|people|a)|explain|examples?|article|blog|essay|talk|paper|defend against|protect against|"
    r"filter (?:for|out)|detect|block)\b"
)


def quoted_mention(text: str) -> float:
    """0..1: attack phrases only *quoted* in a question about them ("I keep hearing 'ignore
    previous instructions' as a meme, where does it come from?"), not addressed to the model."""
    if len(text) > 3000 or len(fast(_ADDRESSED).findall(text)) >= 2:
        return 0.0
    quoted = " ".join(m.group(1) for m in _QUOTED.finditer(text))
    if not quoted:
        return 0.0
    inside = [f for f in score_framing(quoted) if f.kind == FORM]
    if not inside:
        return 0.0
    outside = _QUOTED.sub(" ", text)
    if any(f.kind == FORM for f in score_framing(outside)):
        return 0.0
    return 0.8 if alternation(_ABOUT).search(outside) is not None else 0.3
