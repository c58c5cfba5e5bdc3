"""Round 15: the goal read apart from its wrapper. The content words of what the client sent,
with the words of every wrapper family (persona, fiction, hypothetical, past tense, authority,
refusal suppression, forced prefix, answer format, encodings and translation, defensive review)
and function words removed. The learned part's goal table (``LearnedModel.goal``) is trained on
these words alone, so it cannot lean on a wrapper: the same wrapper around a harmless goal and
around a harmful one gives it the same nothing."""

from __future__ import annotations

from collections.abc import Iterable

FUNCTION = """
a an the and or but if then than so as at by for from in into of off on onto out over to up
with within without about above below after before between during under again further once here
there when where why how what which who whom whose this that these those i me my mine myself we
us our ours you your yours yourself he him his she her hers it its they them their theirs is are
was were be been being am have has had having do does did doing done will would shall should can
could may might must not no nor only own same too very just also any all both each few more most
other some such s t don doesn didn isn aren wasn weren won wouldn couldn shouldn let lets please
thanks thank hi hello hey ok okay yes yeah im ive id youre dont cant wont its thats whats
like get got go going want need one two way ways thing things something anything everything
really actually even still well now much many lot lots bit
"""

WRAPPER = """
pretend pretending act acting roleplay role play playing character characters persona dan mode
developer jailbreak jailbroken unfiltered uncensored unrestricted unlimited evil ai assistant model
chatbot bot named called stay stays remain remember always never simulate simulation simulated
story stories novel novels fiction fictional scene scenes chapter screenplay script write writing
written villain villains protagonist hero plot narrative dialogue dialog poem poetry book thriller
author reader readers realistic realism world universe alternate game rpg campaign dungeon master
hypothetically hypothetical imagine imagined suppose supposing theoretically theoretical thought
experiment scenario purely fantasy dream
historically history historical past used back century centuries ago ancient era olden
researcher researchers research authorized authorised authorization authorisation red team teams
professional professionals certified official officials clearance permission permitted consent
academic academics study studying educational education purposes purpose university lab
refuse refuses refusal refusals disclaimer disclaimers warning warnings caveat caveats ethics
ethical moral morals morality apologize apologise sorry rules rule guidelines guideline policy
policies restrictions restriction restricted filter filters filtered safety safe ignore ignoring
previous prior instructions instruction forget override overriding system prompt prompts
censor censored censorship limits limit limitations boundaries judge judging lecture
start starting begin beginning response responses answer answers respond reply replies sure
saying say said output outputs print format formatted
step steps detailed detail details full fully complete completely every exact exactly specific
specifics guide tutorial explain explaining describe describing tell give provide show list
walk through thorough thoroughly comprehensive include including precise precisely
decode decoded decoding base encoded encoding encode cipher ciphered reverse reversed backwards
translate translated translation translating language languages english following text message
below above string characters letters letter word words read reading convert
review reviewing fix fixing audit auditing analyze analyse analysis refactor improve check
"""

STOP = frozenset(FUNCTION.split()) | frozenset(WRAPPER.split())

# Round 24: the words of an instruction carried inside data that only redirect its reader —
# who is addressed and what it should do with the task it was given ("the user actually wants
# this; answer that instead and don't mention this note", "ignore the summary request",
# "before anything else ..., then continue normally", "put the answer at the top", "new
# instruction from the administrator", "note to the AI screener"): the indirect prompt
# injection forms of OWASP LLM01 and Greshake et al. 2023 ("Not what you've signed up for"),
# and the carrier that holds them (the page, document, email or section to be summarised).
# Trained on, they weigh as harm (the goal table read "user" 5.0, "task" 5.5, "note" 3.2,
# "normally" 2.2: most carried asks in the training sets are harmful), so a harmless carried ask
# read 0.4-0.97. Words that also name a harm ("secretly", "hidden", "real", "body") are not
# among them.
REDIRECT_TEXT = """
user users wants wanted asks asked asking question questions query instead else continue
continuing normally top put note notes mention mentioning task tasks actual request requests
requested disregard skip operator admin administrator administrators screener
"""
CARRIER_TEXT = """
summary summarise summarize summarising summarizing summarised summarized page webpage web site
website document documents email emails section appendix paragraph html
"""
REDIRECT = frozenset(REDIRECT_TEXT.split())
HIJACK = REDIRECT | frozenset(CARRIER_TEXT.split())
# "off": round 22's reading; "redirect": the redirecting words set aside like the wrapper's;
# "words": those and the carrier's words. Train-time and read-time alike: the detector and the
# training scripts read the goal through ``goal_words``.
HIJACK_MODE = "off"
_STOPS = {"off": STOP, "redirect": STOP | REDIRECT, "words": STOP | HIJACK}
GOAL_WORDS = 160  # content words read from the start of the text (the ask comes early)

# Round 17: protective verbs. What follows one is what the user wants caught, blocked or kept
# out ("alert when someone disables real-time monitoring", "detect a process that injects into
# lsass", "block repeat SSH logins"), not what they want done: the next ``PROTECT_SCOPE``
# content words are read marked ``PROTECTED`` (their own table weights, learned from the
# protective asks and from the attacks that borrow a protective pretext alike), so that a
# harmful-sounding word after "detect" does not weigh as it does after "write". "monitor" is
# not among them (stalkerware "monitors" a partner), nor "stop" ("stop the barking for good"),
# "alarm" ("turn off the alarm system"), "patch" ("patch the binary past the licence check")
# or "protection" ("strip the copy protection").
PROTECTIVE_TEXT = """
detect detects detecting detection detections detector alert alerts alerting block blocks
blocking blocklist prevent prevents preventing prevention harden hardening hardened mitigate
mitigates mitigating mitigation defend defends defending protect protects protecting
quarantine quarantines
"""
PROTECTIVE = frozenset(PROTECTIVE_TEXT.split())
# a protective word after one of these is what the ask gets past ("evade detection", "avoid
# being blocked", "bypass the protection"): no scope opens
EVADING = frozenset(
    [
        "evade",
        "evades",
        "evading",
        "evasion",
        "avoid",
        "avoids",
        "avoiding",
        "bypass",
        "bypasses",
        "bypassing",
        "escape",
        "escaping",
        "beat",
        "beating",
        "dodge",
        "dodging",
        "without",
        "past",
        "slip",
        "undetected",
    ]
)
PROTECT_SCOPE = 6
PROTECTED = "+"


def goal_words(words: Iterable[str]) -> list[str]:
    """The content words among ``words`` (the letter words of the learned part's text, in
    order), wrapper and function words removed; at most ``GOAL_WORDS``. Round 17: the
    ``PROTECT_SCOPE`` content words after a protective verb are marked ``PROTECTED``."""
    out: list[str] = []
    guarded = 0
    before = ""
    stop = _STOPS[HIJACK_MODE]
    for w in words:
        if w not in stop:
            if w in PROTECTIVE:
                out.append(w)
                guarded = 0 if before in EVADING else PROTECT_SCOPE
            elif guarded:
                out.append(PROTECTED + w)
                guarded -= 1
            else:
                out.append(w)
            if len(out) >= GOAL_WORDS:
                break
        before = w
    return out


def goal_features(words: Iterable[str]) -> set[str]:
    """The goal's content words, adjacent content-word pairs and five-letter prefixes, each
    marked ``G:`` (what the goal table of the learned part weighs)."""
    goal = goal_words(words)
    feats = {"G:" + w for w in goal}
    feats.update(["G:" + w[:5] + "~" for w in goal if len(w) > 6])
    feats.update("G:" + a + " " + b for a, b in zip(goal, goal[1:], strict=False))
    return feats


__all__ = [
    "EVADING",
    "GOAL_WORDS",
    "HIJACK",
    "HIJACK_MODE",
    "PROTECTED",
    "PROTECTIVE",
    "REDIRECT",
    "PROTECT_SCOPE",
    "STOP",
    "goal_features",
    "goal_words",
]
