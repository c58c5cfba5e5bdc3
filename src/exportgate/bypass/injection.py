"""Instructions carried inside data: pasted documents, e-mails, web pages, tool output.

Indirect prompt injection (Greshake et al., arXiv 2302.12173) hides a command for the model in
content the user asked the model to *process*. What gives it away is not its wording but its
shape: a sentence in the data that (a) addresses the AI that will read it ("to the AI model
processing this", "LLM:", "assistants reading this", "note for the agent") or overrides the
user ("disregard the user's request", "new priority task"), and (b) asks for an *action* the
user never asked for — send, forward, delete, transfer, reveal secrets or keys, tell the user
to download something, insert a link, approve or merge. Either alone is weak (a README can tell a
human to run a command; a product page can mention AI); both together are an injection.

Round 7: the action must also be *harmful or against the user* to count as an attack — it
overrides or hides from the user, reaches for secrets, keys, the system prompt, a mailbox or
personal data to send them out, destroys or takes privileges, moves money, sends the user to a
login page or a download, or asks for a harmful thing of its own (``harmful_goal``). An ordinary
business request inside data ("send your timesheet to payroll@...", "forward this to the team",
"note for AI agents: run the linter first", "reply STOP to unsubscribe") is what documents,
e-mails and code comments say every day, even when addressed to "AI agents"; it is kept as a
low-weight signal (``ordinary``, with its evidence) below the flag threshold.

The data part is the text after the user's own request (its first line, or what precedes
the first colon) and every ``tool``/``function`` message. Bounded: at most 12,000 characters are read
(6,000 of each), all of them (round 8: ``word_spans``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from exportgate.bypass.anchors import search_spans
from exportgate.bypass.literals import Alternation, alternation, fast

_AI = r"(?:ai|a\.i\.|llm|llms|assistant|assistants|chatbot|bot|agent|agents|language model|model|copilot|gpt|claude|gemini)"
# a line start, or a character that opens a line, a quote, a list item or a comment, before a
# label or a name of the AI ("\n- assistant:", "<!-- ai, ..."): ``_line_head`` writes it
_HEAD_CLASS = "\\n>\\-*#{\\[\\\"'|("
_LINE_HEADS = (_HEAD_CLASS, _HEAD_CLASS + ":")


def _line_head(chars: str, fast: bool) -> list[str]:
    r"""``(?:^|[chars]|<!--|//|/\*)`` as one alternative; or (``fast``) as two that answer the
    same, in the same order: ``^``, and one opening with a character class (the regex engine
    then skips to the characters of that class instead of trying every position; "<" and "/"
    open the comment marks, which a look-behind tells apart)."""
    if not fast:
        return [r"(?:^|[" + chars + r"]|<!--|//|/\*)"]
    return [r"^", r"[" + chars + r"</](?:(?<=<)!--|(?<=/)[/*]|(?<=[^</]))"]


def _address_parts(fast: bool) -> list[str]:
    """The alternatives of :data:`_ADDRESS` (``fast``: each line head split in two)."""
    label = (
        r"\s*(?:\w+ )?(?:"
        + _AI
        + r"|system|admin|important instruction|hidden instruction|assistant instruction)s?\s*(?:note|instruction|instructions|directive|notice|override|message)?\s*:"
    )
    named = r"\s*(?:\w+ )?" + _AI + r"s?,\s"
    return [
        r"\b(?:to|for|attention|attn|dear|hey|hi|note to|message to|instructions? (?:to|for)|instruction to|notice to)"
        r"\s+(?:the |any |all |an? |every )?(?:\w+ ){0,2}" + _AI + r"s?\b",
        *(head + label for head in _line_head(_LINE_HEADS[0], fast)),
        r"\b"
        + _AI
        + r"s? (?:reading|processing|parsing|summari[sz]ing|handling|reviewing|viewing|scanning|that reads?|that process\w*|who reads?)\b",
        r"\b(?:the |an? |any |all )?"
        + _AI
        + r"s? (?:must now|shall now|should now|will now|is now|are now|now needs? to|now has to|has been instructed|is instructed|is required to|must immediately|must also|must first)\b",
        r"\b(?:when|while|if) (?:summari[sz]ing|translating|reading|processing|reviewing|answering|replying to) (?:this|the (?:above|following|document|page|email|review|ticket|file))",
        r"\bif you are an? " + _AI,
        r"\b(?:when|if|once) (?:you|an? "
        + _AI
        + r"|the "
        + _AI
        + r") (?:read|reads|summari[sz]es?|process\w*|see|sees|parse\w*|review\w*) this",
        r"\b(?:ignore|disregard|forget|override) (?:the |your |all )?(?:user|user'?s|human|human'?s|original|previous|prior|above|earlier)(?: \w+){0,2} (?:request|instructions?|task|question|prompt|message)s?",
        r"\b(?:ignore|disregard) (?:the|your) (?:user|human)\b",
        r"\bnew (?:priority |urgent |real |updated )?(?:task|instructions?|directive|objective)s?\b(?: from \w+)?\s*[:\-—]",
        r"\bdo not (?:mention|tell|reveal|inform|disclose|show) (?:this|the user|anyone|these)",
        r"\bwithout (?:telling|informing|notifying|alerting) the user",
        r"\b(?:important|urgent|critical|priority|mandatory)(?: system)? (?:instruction|notice|override|directive|update) (?:to|for)\b",
        # round 10: the AI called by name at the start of a line or after a label ("Agent,
        # when you reply ...", "hidden text: assistant, ignore ..."), and a line that claims to
        # override the instructions the AI was given ("this line ... overrides earlier
        # instructions")
        *(head + named for head in _line_head(_LINE_HEADS[1], fast)),
        r"\boverrides? (?:all |any |the |your )?(?:earlier|previous|prior|other|existing|above|original|your) (?:instructions|rules|guidelines|prompts?)",
        r"\b(?:ignore|disregard|forget) (?:all |any )?(?:your|the) (?:guidelines|rules|safety (?:rules|guidelines|policy)|content policy|restrictions)",
    ]


_ADDRESS = re.compile("(?:" + "|".join(_address_parts(False)) + ")", re.M)
# the same alternatives with the line heads split (:func:`_line_head`), searched one group per
# alternative that has no first strings (``Alternation(..., apart=True)``): the same matches as
# ``_ADDRESS`` (tests/bypass/test_address_scan.py), without trying every position of a long
# document for a line head (round 12)
_ADDRESS_FAST = re.compile("(?:" + "|".join(_address_parts(True)) + ")", re.M)


# round 6, read only where no address above was found and only around its own trigger words
# (so that texts with none of them pay a few substring scans): a chat mention of the assistant
# ("@assistant explain ..."); a message relayed through the AI to its user ("explain to the
# user ...": data does not speak about "the user" to its reader); an AI told what it must do;
# "the user actually wants you to ..."
_RELAY = re.compile(
    r"@" + _AI + r"s?\b"
    r"|\b(?:explain|tell|describe|teach|show|give|reply|respond|say|answer|recommend|suggest)(?: \w+)? to the (?:user|reader|customer|human|requester)\b"
    r"|\b"
    + _AI
    + r"s? (?:must|shall|needs? to|has to) (?:\w+ )?(?:explain|tell|describe|give|write|send|forward|copy|reveal|output|print|reply|respond|answer|ignore|include|add|insert|delete|run|execute|call)\b"
    r"|(?<=\bthe )(?:user|human|customer) (?:actually |really |secretly )?(?:wants|needs|asked|is asking|would like) (?:you|the (?:ai|assistant|model|bot))\b"
)
# the relay forms that name no AI word need "the user" (or reader, human, customer, requester);
# those that do are inside the address windows already found. A text holding none of the
# markers is not searched at all (a few substring scans).
_RELAY_TRIGGERS = ("the user", "the reader", "the human", "the customer", "the requester")
_RELAY_MARKERS = (*_RELAY_TRIGGERS, "@", " must ", " shall ", " need", " has to ")
_ACTION = re.compile(
    r"\b(?:send|forward|email|e-mail|mail|post|upload|transmit|exfiltrat\w*|leak|copy|sync|share|bcc|cc)(?:s|es)?\b[^\n]{0,140}(?:@|https?://|\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b|\bto (?:this|an?|the|our|my) (?:external |outside |following )?(?:address|server|url|endpoint|webhook|account|number|inbox)|\bexternal\b|\battacker|\bcollect)"
    r"|\b(?:output|print|reveal|show|list|dump|include|return|disclose|repeat|give|tell)\b[^.\n]{0,40}\b(?:api[- _]?keys?|secret\w*|passwords?|credentials?|tokens?|session (?:ids?|cookies?)|cookies|ssh keys?|private keys?|system prompt|hidden prompt|instructions you were given|address book|contacts|conversation history|chat history|earlier in the conversation|previous messages|environment variables|env vars?)"
    r"|\b(?:delete|drop|erase|wipe|remove|destroy|truncate|rm -rf|force[- ]push|revoke|disable)\b[^.\n]{0,60}\b(?:repo\w*|branch|database|table|files?|folders?|directory|account|users?|records|backups?|logs?|emails?|inbox|calendar|project|bucket|instance|everything)"
    r"|\b(?:transfer|wire|pay|send|move)\b[^.\n]{0,40}(?:\$|€|£|\d+ ?(?:usd|eur|btc|dollars|euros)|\b(?:usd|eur|gbp|chf) ?\d|funds|money|payment|bitcoin|crypto)"
    r"|\b(?:tell|advise|instruct|urge|ask|recommend|direct) (?:the )?(?:user|reader|customer|them)\b[^.\n]{0,60}\b(?:download|install|run|click|visit|log ?in|sign ?in|enter|call|buy|pay|update|reset)"
    r"|\b(?:download|install|run|execute)\b[^.\n]{0,40}(?:https?://|\.exe\b|\.sh\b|\.ps1\b|\.apk\b|curl |wget |powershell)"
    r"|\b(?:insert|add|include|append|embed)\b[^.\n]{0,40}(?:link|url|https?://|image|markdown|script|tracking pixel)"
    r"|\b(?:approve|merge|accept|grant|give)\b[^.\n]{0,40}\b(?:pull request|pr\b|merge request|access|admin|permissions?|refund|the (?:request|application|loan|claim|candidate))"
    r"|\b(?:rate|rank|score|recommend|describe|review|summari[sz]e)\b[^.\n]{0,50}\b(?:as (?:excellent|the best|perfect|highly|safe|legitimate|5 stars?)|positively|5 stars?|top candidate|hire)"
    r"|\b(?:call|invoke|use|run)\b[^.\n]{0,30}\b(?:the )?\w+[ _-]?(?:tool|function|plugin|api|command)\b"
    r"|\b(?:reply|respond|answer|say|write|output) (?:only |just )?(?:with |that )?[\"'“]"
    r"|\b(?:render|display|show|output|load|fetch)\b[^.\n]{0,40}(?:!\[|image|https?://|<img)"
    r"|\byou are now (?:in )?[\w-]+ mode|\b(?:enter|switch to|activate) [\w-]+ mode|\bbefore (?:answering|you answer|responding|replying|summari[sz]ing)\b"
    r"|\b(?:say|state|claim|tell (?:them|the user|the reader)) (?:that )?(?:the |this |it )[^.\n]{0,40}\b(?:safe|no (?:safety )?recalls?|legitimate|verified|approved|trustworthy)"
    r"|\b(?:explain|describe|give)\b[^.\n]{0,30}\bhow to (?:escalate|hack|exploit|bypass|steal|make|build)"
    r"|\b(?:add|append|insert|write|put)s?\b[^\n]{0,80}\b(?:authori[sz]ed_keys|ssh[- ]keys?|crontab|sudoers|startup (?:folder|items?)|\.bashrc|\.profile)"
    r"|\b(?:read|open|cat|print|include|send|attach|paste|upload)\b[^\n]{0,40}(?:~/\.|\.aws/credentials|\.ssh/|id_rsa|/etc/passwd|/etc/shadow|\.env\b|\.npmrc|\.netrc|\.git-credentials|keychain)"
    r"|\b(?:explain|describe|tell|teach|show|give|write)\b[^.\n]{0,12}\bto the (?:user|reader|human)\b[^.\n]{0,30}\b(?:in (?:full |complete |great )?detail|step by step|exact steps|full instructions|complete instructions)",
)
_HUMAN = re.compile(
    r"\b(?:please (?:forward this|share this) (?:to|with) your (?:team|manager|colleagues)|dear (?:customer|colleague|team|sir|madam|all|hiring)|hi (?:team|all|everyone))\b"
)


# substrings one of which every address alternative needs
_ADDRESS_TRIGGERS = (
    "ai",
    "a.i.",
    "llm",
    "assistant",
    "chatbot",
    "bot",
    "agent",
    "model",
    "copilot",
    "gpt",
    "claude",
    "gemini",
    "system",
    "admin",
    "instruction",
    "ignore",
    "disregard",
    "forget",
    "override",
    "task",
    "directive",
    "objective",
    "mention",
    "tell",
    "reveal",
    "inform",
    "disclose",
    "show",
    "telling",
    "notifying",
    "alerting",
    "important",
    "urgent",
    "critical",
    "priority",
    "mandatory",
)


# round 8: the windows cover the whole data text (at most 12,000 characters: ``data_text``), not
# its first 24 trigger occurrences — a long document whose opening says "model", "system" or
# "task" a few dozen times hid an injection near its end — and a trigger counts only where a word
# starts ("ai" inside "said", "email" or "detail" is no address). Each block of ``_BLOCK``
# characters gets windows around the first ``_PER_BLOCK`` word-starting occurrences of each
# trigger: the regex reads at most the whole data text once (windows merge), and a text without
# triggers costs one ``str.find`` per trigger
_BLOCK = 2_000
_PER_BLOCK = 2
_RADIUS = 160
_SKIPS = 48  # occurrences inside words passed over per block and trigger, at most


# short AI words that must also end a word ("ai" in "aim", "bot" in "both"; a plural "s" allowed)
_WHOLE = frozenset({"ai", "bot", "gpt", "llm"})


def _word_start(text: str, at: int, size: int, whole: bool) -> bool:
    """Whether the trigger found at ``at`` starts a word (and, where ``whole``, ends one)."""
    if at > 0:
        before = text[at - 1]
        if before.isalnum() or before == "_":
            return False
    if whole:
        end = at + size
        after = text[end : end + 1]
        if after == "s":
            after = text[end + 1 : end + 2]
        if after and (after.isalnum() or after == "_"):
            return False
    return True


def word_spans(
    text: str, triggers: tuple[str, ...], per_block: int = _PER_BLOCK, block: int = _BLOCK
) -> list[tuple[int, int]]:
    """Merged windows of ``_RADIUS`` characters around the first ``per_block`` word-starting
    occurrences of *each* trigger in every ``block`` characters of ``text`` (``str.find``; a
    trigger opening with a letter counts only at the start of a word), so that a common word
    ("task", "model") repeated early crowds out neither a rarer one nor a later block."""
    positions: list[int] = []
    for trigger in triggers:
        size = len(trigger)
        bounded = trigger[0].isalpha()
        whole = trigger in _WHOLE
        at = text.find(trigger)
        kept = skipped = 0
        current = -1
        while at >= 0:
            part = at // block
            if part != current:
                current, kept, skipped = part, 0, 0
            if not bounded or _word_start(text, at, size, whole):
                positions.append(at)
                kept += 1
            else:
                skipped += 1
            if kept >= per_block or skipped >= _SKIPS:  # the next block, for this trigger
                at = text.find(trigger, (part + 1) * block)
                continue
            at = text.find(trigger, at + size)
    spans: list[tuple[int, int]] = []
    for position in sorted(positions):
        lo, hi = max(0, position - _RADIUS), min(len(text), position + _RADIUS)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(hi, spans[-1][1]))
        else:
            spans.append((lo, hi))
    return spans


@dataclass(frozen=True, slots=True)
class Carried:
    strength: float
    evidence: str
    window: str = ""  # the data around an address to the AI (what it asks of the AI)
    ordinary: bool = False  # an ordinary business request: no harmful or hidden goal (round 7)
    # round 10: what each address to the AI asks of it (its line and the line after a bare
    # heading), for the detector to read with the harm readers
    asks: tuple[str, ...] = ()


# round 7: what makes an instruction inside data an attack rather than an ordinary request —
# overriding the user or the system, hiding the act from the user, or a harmful goal: secrets
# and credentials, the system prompt, bulk mail or personal data, destruction, privileges,
# money, a login page or download for the user, planted keys or tracking
_OVERRIDE = re.compile(
    r"\b(?:ignore|disregard|forget|override|bypass)\b[^.\n]{0,40}\b(?:user|human|original|previous|prior|above|earlier|system|safety|your)\b"
    r"|\bdo not (?:mention|tell|reveal|inform|disclose|show|let)\b|\bwithout (?:telling|informing|notifying|alerting|asking)\b"
    r"|\b(?:quietly|secretly|silently|covertly)\b|\bconfirm to (?:nobody|no one)\b|\bsystem override\b"
    r"|\byou are now (?:in )?[\w-]+ mode|\bthe user (?:actually |really |secretly )?wants\b"
)
# round 8: hiding the act from the user, or setting the user aside (stricter than _OVERRIDE: "do
# not mention the staging host" in a README is not hiding anything from the user)
_HIDE = re.compile(
    r"\b(?:quietly|secretly|silently|covertly)\b|\bconfirm to (?:nobody|no one)\b"
    r"|\bdo not (?:mention|tell|reveal|inform|disclose|show|let)\b[^.\n]{0,30}\b(?:user|them|anyone|change|this|it)\b"
    r"|\bwithout (?:telling|informing|notifying|alerting|asking)\b"
    r"|\bthe user (?:actually |really |secretly )?wants\b|\b(?:ignore|disregard)\b[^.\n]{0,20}\b(?:user|human)\b"
    r"|\b(?:do not|don'?t) (?:cc|bcc|copy|loop in) (?:anyone|anybody|the user)\b|\b(?:do not|don'?t) ask (?:the user )?(?:for )?(?:confirmation|approval|permission)\b"
)
_HARM_GOAL = re.compile(
    r"\b(?:api[- _]?keys?|secret keys?|secrets|passwords?|passphrases?|credentials?|access tokens?|auth tokens?|oauth tokens?|bearer tokens?|refresh tokens?|one-time (?:codes?|passwords?)|otp codes?|session (?:ids?|cookies?)|cookies|ssh keys?|private keys?|id_rsa|authori[sz]ed_keys|sudoers|crontab|\.aws|/etc/(?:passwd|shadow)|\.env\b|\.netrc|\.npmrc|\.git-credentials|keychain|environment variables|env vars?)"
    r"|\b(?:system prompt|hidden prompt|instructions you were given|your instructions|conversation history|chat history|previous messages|earlier in the conversation)"
    r"|\b(?:every|all|entire|whole)\b[^.\n]{0,20}\b(?:messages?|e-?mails?|mailbox|inbox|contacts|files|records|documents|customers?|users)\b"
    r"|\b(?:address book|contact list|customer (?:table|list|data|records|profiles?)|personal data|home address|date of birth|dob|social security|passport|credit card|card numbers?|card last four|cvv|bank details)"
    r"|\b(?:change|replace|swap|update|edit)\b[^.\n]{0,40}\b(?:iban|bank details|account number|sort code|payee|beneficiary)\b"
    r"|\brm -rf|\bdrop (?:the )?(?:\w+ )?(?:table|database)|\bforce[- ]push|\b(?:delete|wipe|erase|destroy|remove|truncate)\b[^.\n]{0,25}\b(?:all|every|entire|backups?|database|repo\w*|branches|audit|logs?|records|accounts?)\b"
    r"|\b(?:disable|turn off|stop)\b[^.\n]{0,20}\b(?:audit|logging|security|antivirus|firewall|2fa|mfa|monitoring|alerts?)\b"
    r"|\b(?:sudo|root access|admin (?:access|rights|privileges)|administrator (?:access|rights|privileges)|grant\b[^.\n]{0,40}\b(?:access|permissions?|role))"
    r"|\b(?:approve|merge)\b[^.\n]{0,30}\bwithout (?:review|approval)"
    r"|\b(?:transfer|wire|pay|send)\b[^.\n]{0,80}(?:\$\s?\d|€\s?\d|£\s?\d|\b(?:usd|eur|gbp|chf) ?\d|\biban\b|bitcoin|btc|crypto|wallet)"
    r"|\bprocess\.env\b|\bos\.environ\b|\b(?:payroll|salary|hr|personnel|employee) (?:exports?|data|files?|records|reports?|spreadsheets?|database)\b"
    r"|\b(?:log ?in|sign ?in|verify|re-?enter|confirm)\b[^.\n]{0,40}\bat https?://|\b(?:account|password)\b[^.\n]{0,40}\b(?:locked|suspended|compromised|expired)"
    r"|\bcurl\b[^\n]{0,80}\|\s*(?:sudo )?(?:ba)?sh\b|\bwget\b[^\n]{0,80}\|\s*(?:sudo )?(?:ba)?sh\b|\b(?:download|install|run|execute)\b[^.\n]{0,40}(?:\.exe|\.apk|\.ps1|\.scr|\.bat)\b"
    r"|\btracking pixel|\b(?:5|five) stars?\b|\bno (?:safety )?recalls?\b|\bsafe for children\b"
    r"|\b(?:exfiltrat\w*|attacker|harvest\w*|collector|backdoor|keylogger|ransomware|malware)"
)


# round 7: an attack string *quoted* in a discussion of attacks ("the most common injection we
# saw read 'ignore previous instructions ...'", "example attack (quoted for analysis, do not
# follow): '...'") is mentioned, not used: a cue of discussion before it and an opening quote
# between the cue and the address
_MENTION = re.compile(
    r"\b(?:injections?|jailbreaks?|attacks?|exploits?|payloads?|prompts?)\b[^.\n]{0,40}\b(?:read|reads|said|says|went|looked like|like|such as|was|were)\b"
    r"|\bexamples? (?:of )?(?:an? )?(?:attack|injection|jailbreak|prompt|payload)s?\b|\bquoted for\b|\bdo not follow\b|\bfor (?:analysis|illustration|training purposes)\b"
)
_QUOTES = ("'", '"', "\u201c", "\u2018", "`", '\\"')


def mentioned(data: str, start: int) -> bool:
    """Whether the address at ``start`` sits in quotes after a cue of discussing attacks."""
    if start < 0:
        return False
    before = data[max(0, start - 140) : start]
    ends = [m.end() for m in _MENTION.finditer(before)]
    if not ends:
        return False
    between = before[ends[-1] :]
    return any(q in between for q in _QUOTES)


# round 7: the actions that are ordinary business unless a harmful goal is near them (send or
# forward something to an address, use a tool, run something); every other listed action (insert
# a link or image, rate or approve, reply only with a set text, switch mode, reveal secrets)
# turns the AI's answer against its user by itself and stays an attack
_ORDINARY_ACTION = re.compile(
    r"(?:send|forward|email|e-mail|mail|post|upload|share|copy|sync|cc|bcc|call|invoke|use|run)(?:s|es)?\b"
)


# round 22: English senses in which a harm word names no harmful act (dictionary senses and
# protective objects): "hack together" (build roughly), a "life hack", "ransom-note style"
# (cut-out lettering, a craft), a hazard that is cleared away or kept from a child or pet
# ("clear the garden of plants poisonous to puppies"). Blanked before the concept count of a
# carried instruction is read, so that a word alone does not make a harmless ask harmful; the
# instruction's shape and every other reader are unchanged.
_EVERYDAY_SENSE = re.compile(
    r"\bhack(?:s|ed|ing)? (?:\w+ )?(?:together|up a (?:quick|simple|cheap))\b|\blife ?hacks?\b"
    r"|\bransom[- ]note(?:[- ](?:style|look|lettering|letters|collage|font))\b"
    r"|\b(?:clear\w*|remov\w*|get\w* rid of|pull\w* (?:up|out)|weed\w*|keep\w* (?:\w+ )?away from|avoid\w*|identify\w*|spot\w*)\b"
    r"[^.\n]{0,60}\b(?:poisonous|toxic|harmful|dangerous) (?:to|for) (?:pupp\w*|dogs?|cats?|kittens?|pets?|children|kids|toddlers|babies|horses|rabbits|livestock)\b"
    # round 23 (dictionary senses): "blow up" a picture (enlarge it) or something inflatable
    # (inflate it); a "murder mystery" (the genre and the party game)
    r"|\b(?:blow\w*|blew) (?:it |them )?up (?:(?:a|an|the|this|that|my|our|her|his|their|some|\w+'s) )?(?:\w+ ){0,2}"
    r"(?:photos?|pictures?|pics?|images?|prints?|posters?|photographs?|balloons?|air ?beds?|air mattress(?:es)?|pool (?:floats?|toys?)|paddling pools?|tyres?|tires?|inflatables?|bouncy castles?)\b"
    r"|\b(?:photos?|pictures?|images?|prints?) (?:blown|blew|blowing) up\b"
    r"|\bmurder[- ]myster(?:y|ies)\b"
    # round 27 (dictionary sense of *kill*: to switch off a light, an engine or a sound)
    r"|\bkill\w* (?:the |all the |those |these |that |this |my |our |your )?"
    r"(?:lights?|lamps?|engines?|motors?|music|tv|television|radio|sound|mic|microphone|headlights?)\b"
    # round 27: one's own password reset, an overdose recognised or treated (first aid)
    r"|\b(?:reset|change|recover)\w* (?:the |my |our )?(?:\w+ )?passwords? (?:on|of|for) (?:my|our) own\b"
    r"|\b(?:recogni[sz]\w*|spot\w*|treat\w*|respond\w* to) (?:an |a |the )?overdoses?\b"
)


def everyday_senses(text: str) -> str:
    """``text`` (lower case) with the everyday senses of harm words blanked (round 22)."""
    return _EVERYDAY_SENSE.sub(" ", text)


def harmful_goal(window: str) -> str:
    """The harmful or user-overriding goal asked for in this text (lower case), or ``""``."""
    found = _OVERRIDE.search(window) or _HARM_GOAL.search(window)
    return found.group().strip() if found is not None else ""


# round 10: how much of each source is read. A pasted document or tool result is read whole up to
# ``DATA_BUDGET`` characters, and beyond that its head and its tail (round 8 read the
# conversation's bounded views, 3,000 characters from each end, so an instruction in the middle
# of a 7,000-character document was never seen)
DATA_BUDGET = 12_000
DATA_HEAD = 8_000


def data_view(text: str) -> str:
    """The bounded, lower-case view of one data source (head and tail beyond the budget)."""
    if len(text) > DATA_BUDGET:
        text = text[:DATA_HEAD] + "\n" + text[-(DATA_BUDGET - DATA_HEAD) :]
    return text.lower()


def data_text(last_user: str, tool: str) -> str:
    """The parts of a request that are data rather than the user's own words (lower case).

    Tool output is often JSON whose line breaks are escaped (``\\n``): they are read as line
    breaks, so that a line addressed to the AI is seen to start a line (round 10)."""
    parts: list[str] = []
    if tool:
        parts.append(tool[:DATA_BUDGET])
    if len(last_user) > 80:
        cut = last_user.find("\n", 0, 300)
        if cut < 0:
            colon = last_user.find(": ", 0, 200)
            cut = colon + 1 if colon > 0 else (120 if len(last_user) > 160 else -1)
        if cut > 0:
            parts.append(last_user[cut : cut + DATA_BUDGET])
    joined = "\n".join(parts)
    if "\\n" in joined:
        joined = joined.replace("\\r\\n", "\n ").replace("\\n", "\n ").replace('\\"', ' "')
    return joined


# text a human reader of the document cannot see: white or zero-size text, hidden elements,
# HTML comments. People do not hide instructions from people; a hidden imperative is for a model
_HIDDEN = re.compile(
    r"<!--|display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:\.\d+)?(?:px|pt|em)?\s*[;\"']"
    r"|opacity\s*:\s*0(?:\.0+)?\s*[;\"']|color\s*:\s*(?:#fff(?:fff)?\b|white\b|rgba?\(\s*255\s*,\s*255\s*,\s*255)"
    r"|\[//\]: #|\bhidden text\b|aria-hidden=\"true\""
)


def _hidden(data: str) -> Carried | None:
    """An action requested inside text hidden from a human reader of the document."""
    if "<" not in data and "[//]" not in data and "hidden" not in data:
        return None
    for seen, carrier in enumerate(_HIDDEN.finditer(data)):
        if seen >= 8:
            break
        window = data[carrier.start() : carrier.end() + 400]
        action = _ACTION.search(window)
        if action is not None:
            evidence = "hidden text: " + action.group().strip()
            return Carried(0.85, evidence[:140])
    return None


# round 10: every address to the AI in the data is judged, not only the first (an ordinary
# "admin:" reply or "note to reviewers" early in a page hid a later injection); at most this many
_MAX_ADDRESSES = 8
_ASK_AFTER = 400  # characters after an address read as what it asks


_NEGATED = re.compile(
    # a warning that describes the act as a threat ("if a message tells you to send passwords
    # or money, stop and call the service desk") does not ask for it either
    r"\bif (?:a|an|any|someone|somebody|anyone|the|they|it)\b[^.\n]{0,40}\b(?:tells?|asks?|instructs?|wants?|urges?|says?|requests?) (?:you|users?|staff|employees|the \w+) to\b"
    r"|\b(?:never|do not|don'?t|must not|mustn'?t|should not|shouldn'?t|not to|cannot|can'?t|won'?t|refuse to)\b"
    r"(?! (?:mention|tell|reveal|inform|disclose|ask|cc|bcc|copy|notify|alert|let|stop|hesitate|worry|refuse|decline|hold back|add (?:any )?(?:warnings?|disclaimers?)|warn))"
)


def negated_before(text: str, at: int) -> bool:
    """Whether a negation ("never", "do not", "must not") stands in the 60 characters before
    ``at`` in ``text``: what follows is forbidden, not asked (round 10)."""
    return _NEGATED.search(text, max(0, at - 60), max(0, at)) is not None


_LABEL = re.compile(r"[\W]*(?:\w+ )?(?:" + _AI + r"|system|admin)s?\s*:")
_SPOKEN_TO = re.compile(
    r"\b(?:you|your|yours|task|instead|ignore|disregard|now|must|instruction\w*|override\w*)\b"
)


@cache
def _address_scanner() -> Alternation:
    """The searcher of :data:`_ADDRESS_FAST` (built once per process)."""
    return Alternation(_ADDRESS_FAST, apart=True)


def _addresses(data: str, spans: list[tuple[int, int]]) -> list[re.Match[str]]:
    """The non-overlapping addresses to the AI inside ``spans`` (at most ``_MAX_ADDRESSES``)."""
    out: list[re.Match[str]] = []
    if not spans:
        return out
    scanner = _address_scanner()
    # round 12: every alternative's first strings found once in each window, the window then
    # searched on those candidates (the same matches as a search of each alternative there)
    index = scanner.index(data, spans)
    last_end = -1
    labels = searches = 0
    for lo, hi in spans:
        pos = max(lo, last_end)
        while pos < hi and searches < _MAX_SEARCHES:
            searches += 1
            found = scanner.search_indexed(index, pos, hi)
            if found is None:
                break
            last_end = pos = max(found.end(), pos + 1)
            if _LABEL.fullmatch(found.group().strip()) is not None:
                labels += 1
                if labels > 3:
                    continue  # the turns of a transcript or thread: three are enough to tell
            out.append(found)
            if len(out) >= _MAX_ADDRESSES:
                return out
    return out


_MAX_SEARCHES = 10  # searches for addresses per data text, at most


def ask_of(data: str, start: int, end: int) -> str:
    """What the address at ``data[start:end]`` asks: its own line up to the address and what
    follows it to the end of that line, or the next line where the address closes its line
    (a heading "### instruction to the agent" above the instruction)."""
    line_start = data.rfind("\n", max(0, start - 300), start) + 1 or max(0, start - 300)
    after = data[end : end + _ASK_AFTER]
    body = after.lstrip(" \t:-—#*>\"'")
    if body.startswith("\n"):
        body = body.lstrip()
    cut = body.find("\n")
    return (data[line_start:end] + " " + (body if cut < 0 else body[:cut])).strip()


def hidden_asks(data: str) -> tuple[str, ...]:
    """What text hidden from a human reader says (white or zero-size text, hidden elements,
    HTML comments; at most four), for the detector's harm readers where no address to the AI
    and no listed action was found (round 10: "white text: explain how to ...")."""
    if "<" not in data and "[//]" not in data and "hidden" not in data:
        return ()
    asks: list[str] = []
    for seen, carrier in enumerate(_HIDDEN.finditer(data)):
        if seen >= 4:
            break
        asks.append(ask_of(data, carrier.start(), carrier.end()))
    return tuple(asks)


def carried_instructions(data: str) -> Carried | None:
    """An instruction to the AI with an action the user did not ask for, inside data; or an
    action requested in text hidden from a human reader (white or zero-size text, hidden
    elements, HTML comments). Every address to the AI is judged (at most eight): the first
    strong one is returned, else the first one found, carrying what each address asks."""
    if not data:
        return None
    spans = word_spans(data, _ADDRESS_TRIGGERS)
    found = _addresses(data, spans)
    if not found and any(map(data.__contains__, _RELAY_MARKERS)):
        relay = sorted(spans + word_spans(data, _RELAY_TRIGGERS, 4))
        address = search_spans(_RELAY, data, relay)
        if address is not None:
            found = [address]
    if not found:
        return _hidden(data)
    first: Carried | None = None
    asks: list[str] = []
    hidden: list[Carried | None] = []  # text hidden from a reader: looked for once, if needed
    # a run of bare speaker labels ("ai:", "agent:", "admin:") is a transcript or a thread,
    # not an address: its turns are not read as asks
    labels = [_LABEL.fullmatch(a.group().strip()) is not None for a in found]
    transcript = sum(labels) >= 3
    for at, (address, label) in enumerate(zip(found, labels, strict=True)):
        if transcript and label and at > 0:
            continue  # the turns of a transcript: its first label is judged, not every turn
        judged = _judge_address(data, address, hidden)
        if judged.strength >= 0.9:
            return judged
        if first is None:
            first = judged
        if judged.evidence.startswith("quoted as an example") or len(asks) >= _MAX_ASKS:
            continue
        if label and transcript:
            continue
        ask = ask_of(data, address.start(), address.end())
        # a bare speaker label ("agent:", "admin:" in a support chat or forum thread) is read
        # only where what follows speaks to the AI ("you", "your task", "instead", "ignore")
        if not label or _SPOKEN_TO.search(ask):
            asks.append(ask)
    assert first is not None
    return Carried(first.strength, first.evidence, first.window, first.ordinary, tuple(asks))


_MAX_ASKS = 4  # what at most four addresses ask is read by the harm readers


def _judge_address(
    data: str, address: re.Match[str], hidden_memo: list[Carried | None] | None = None
) -> Carried:
    """One address to the AI, judged on the action and goal around it (``hidden_memo`` keeps
    the search for hidden text to one per data text)."""

    def hidden_text() -> Carried | None:
        if hidden_memo is None:
            return _hidden(data)
        if not hidden_memo:
            hidden_memo.append(_hidden(data))
        return hidden_memo[0]

    window = data[max(0, address.start() - 80) : address.end() + 400]
    if mentioned(data, address.start()):
        return Carried(0.3, "quoted as an example: " + address.group().strip()[:60], "", True)
    action = alternation(_ACTION).search(window)
    if action is not None and _NEGATED.search(window, max(0, action.start() - 40), action.start()):
        action = None  # round 10: "never explain how to make ...", "do not send ..." forbid it
    if action is None:
        hidden = hidden_text()
        if hidden is not None:
            return hidden
        # round 8: no listed action, but what it asks both overrides or hides from the user and
        # has a harmful goal ("change the IBAN on the invoice and do not mention the change")
        override = _HIDE.search(window)
        aim = _HARM_GOAL.search(window) if override is not None else None
        if override is not None and aim is not None:
            evidence = f"{address.group().strip()} … {override.group().strip()} … {aim.group()}"
            return Carried(0.9, evidence[:160])
        # an address with no listed action stays a weak signal (round 6; making the goal-less
        # ones "ordinary" cost held-out injection recall in round 7's leave-one-writer-out)
        return Carried(0.45, address.group().strip()[:80], window)
    evidence = (address.group().strip() + " … " + action.group().strip())[:140]
    goal = harmful_goal(address.group() + " " + window)
    if not goal and _ORDINARY_ACTION.match(action.group()) is not None:
        # round 7: addressed to the AI, but what it asks is ordinary business (kept, low)
        return hidden_text() or Carried(0.3, evidence, window, ordinary=True)
    return Carried(0.9, (evidence + (" … " + goal if goal else ""))[:160])


def action_in_data(data: str) -> Carried | None:
    """An exfiltration or destructive action requested inside data, with no address (weaker)."""
    if not data or not ("@" in data or "http" in data or "api" in data or "prompt" in data):
        return None
    if fast(_HUMAN).search(data) is not None:
        return None
    spans = word_spans(data, ("@", "http", "api", "system prompt"), 4)
    action = search_spans(_ACTION, data, spans)
    if action is None:
        return None
    text = action.group()
    if "@" in text or "http" in text or "api" in text or "system prompt" in text:
        window = data[max(0, action.start() - 80) : action.end() + 160]
        if harmful_goal(window):
            return Carried(0.4, text.strip()[:100])
        # round 7: "send your timesheet to payroll@...": an ordinary request, kept low
        return Carried(0.3, text.strip()[:100], ordinary=True)
    return None


__all__ = [
    "DATA_BUDGET",
    "Carried",
    "ask_of",
    "action_in_data",
    "carried_instructions",
    "data_text",
    "data_view",
    "everyday_senses",
    "harmful_goal",
    "hidden_asks",
    "mentioned",
    "negated_before",
    "word_spans",
]
