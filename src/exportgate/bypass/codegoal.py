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

from exportgate.bypass.cyber import DEFENDING, intrusion_goal
from exportgate.bypass.harmask import harm_ask
from exportgate.bypass.intent import HIGH_RISK, PROHIBITED, score_intent
from exportgate.bypass.literals import alternation, fast

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
    "debug",
    "refactor",
    "port ",
    "optimi",
    "error handling",
    "corrected",
    "doesn",
    "crash",
    "corrige",
    "repar",
    "korrigier",
    "behebe",
    "funktionier",
    "arregla",
    "funcione",
    "fonctionne",
    "修",
    "改",
    "跑",
    "review",
)
_WORK = re.compile(
    r"\b(?:make (?:this|it|the \w+) (?:\w+ )?(?:work|run|functional)|(?:actually|really|genuinely|fully) (?:works?|working|functional|runs?)"
    r"|fix\w* (?:\w+ ){0,2}(?:bugs?|code|script|stub|function|crash\w*|errors?)|just fix|fill (?:it |this |them )?in|fill out|(?:fully )?implement(?:s|ed|ing)? (?:(?:the|this|that|it|these|them|my|our)\b|(?:\w+ )?\w+ fully)|complete (?:the|this|it|my)"
    r"|finish (?:the|this|it)|(?:real|fully|complete),? (?:\w+ )?(?:functional|working) (?:implementation|version|code)|functional implementation"
    r"|works? end to end|(?:a |the )?working (?:version|implementation|code|demo)|flesh (?:it|this|the \w+) out|production[- ](?:quality|ready)|runnable)\b|\bimplement\w* `?\w+\(",
    re.I,
)
# round 11: more requests for a working version: debugging, refactoring "keeping the behaviour",
# porting, optimising, hardening it so it "doesn't die", a corrected full version, "why doesn't
# this work", and the same in French, German, Spanish and Chinese
_WORK_MORE = re.compile(
    r"\b(?:debug (?:this|it|my)|refactor (?:this|it)|port (?:this|it) to|optimi[sz]e (?:this|it)|add error handling|corrected (?:full |complete )?(?:version|code)|(?:why )?(?:does ?n'?t|does not) (?:this|it) work|it crashes|(?:pls|please) fix|fix (?:it|this)\b|make (?:this|it) work|rewrite (?:it|this) so (?:that )?it (?:works|runs)"
    r"|corrige[zs]? (?:ce|le|mon|cette)|répare[zs]? (?:ce|le)|pour qu'il (?:fonctionne|marche)|korrigier\w* (?:den|das|mein|diesen)|reparier\w*|beheb\w*|(?:zum )?laufen bring\w*|funktionier\w*|code reviewen|arregla\w*|corrig[ea] (?:este|el|mi)|que funcione)"
    r"|(?:修一下|修复|修好|改好|帮我修|跑通|能跑|报错)",
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
# round 11: the goal stated in prose around the code ("it's supposed to <act> but it crashes",
# "it should <act>", "the sample has to really <act>", "Er soll <act>", "它应该<act>", "corrige ce
# script pour qu'il <act>", "para que <act>", "goal of the simulated adversary: <act>", "what a real
# <tool> looks like")
_PROSE_GOAL = re.compile(
    r"\b(?:it'?s supposed to|it is supposed to|is meant to|it should|this should|the (?:sample|script|tool|code|payload|poc) (?:has|needs) to (?:really |actually )?|has to really|needs to really"
    r"|er soll|sie soll|es soll|das (?:skript|programm|tool) soll|pour qu'il|pour qu'elle|il doit|elle doit|censé|para que|debería|tiene que|goal of [^:\n]{0,40}:|what a real)\s+((?:[^.!?\n]|\n(?![\n`])){8,200})"
    r"|(?:它应该|应该要|用来|目的是)([^。！？\n]{4,120})",
    re.I,
)
# round 11: intrusion acts the older readers miss in a goal text, in English, French, German,
# Spanish and Chinese: taking other people's saved passwords, cards, tokens or keystrokes to "our"
# server; guessing passwords past a lockout; one-time codes relayed to log in as victims; security
# tools switched off or evaded; wiping traces; draining wallets after an approval. A goal governed
# by a verb of defending ("detect ...") is not read (``DEFENDING``).
_GOAL_ACTS_MORE = re.compile(
    r"\b(?:pull|grab|steal|take|copy|collect|harvest|exfiltrat\w*|send|post|upload|dump|export)\w*\b[^.\n]{0,60}\b(?:saved (?:\w+ )?passwords|passwords? hash\w*|card (?:details|numbers)|tokens|keystrokes|cookies|credentials|creds)\b[^.\n]{0,60}\b(?:whoever|people|victims?|shoppers|customers|users|others|our (?:panel|server|collector|webhook)|my (?:panel|server|webhook)|to (?:our|my) |domain controller)"
    r"|\b(?:guess\w*|tr(?:y|ies|ying)|brute[- ]?forc\w*|spray\w*)\b[^.\n]{0,60}\bpasswords?\b[^.\n]{0,80}\b(?:without|avoid\w*|evad\w*|dodg\w*|so (?:the )?(?:lockout|site))[^.\n]{0,30}\b(?:lockout|lock\w*|block\w*|notic\w*|detect\w*|rate[- ]limit\w*)"
    r"|\b(?:relay\w*|forward\w*|intercept\w*)\b[^.\n]{0,40}\b(?:sms|one[- ]time|otp|2fa|mfa) codes?\b[^.\n]{0,60}\b(?:victims?|log in as|their accounts?)"
    r"|\b(?:move|send|sneak|smuggl\w*|exfiltrat\w*)\w*\b[^.\n]{0,40}\b(?:files|data)\b[^.\n]{0,40}\bout of\b[^.\n]{0,60}\b(?:dns|without|so (?:the )?(?:firewall|dlp|soc))"
    r"|\b(?:shut\w* down|take\w* down|knock\w* out|cripple)\b[^.\n]{0,30}\b(?:hospital|power|water|bank)\w*'?s? (?:computer |it )?systems?"
    r"|\b(?:open|change|raise|set)\w*\b[^.\n]{0,20}\b(?:chemical )?dosing valves?"
    r"|\bkeep\w* [^.\n]{0,30}\bserver offline\b|\bflooding it with traffic\b"
    # French, German, Spanish
    r"|\bmots? de passe\b[^.\n]{0,80}\bsans (?:déclencher|provoquer|que)[^.\n]{0,30}\b(?:blocage|verrouillage|alerte)"
    r"|\b(?:unbemerkt|heimlich)\b[^.\n]{0,60}\b(?:tastatureingaben|passw(?:ö|oe)rter|zugangsdaten)\b|\btastatureingaben\b[^.\n]{0,60}\b(?:mitschneid\w*|aufzeichn\w*|an (?:unseren|einen) server)"
    r"|\b(?:contraseñas|credenciales|tarjetas)\b[^.\n]{0,80}\b(?:sin que|a nuestro servidor|de (?:los|las) (?:víctimas|usuarios|clientes))"
    r"|\b(?:desactiv\w*|désactiv\w*|deaktivier\w*|abschalt\w*)\b[^.\n]{0,40}\b(?:edr|antivirus|defender|virenschutz)\b"
    # Chinese
    r"|(?:导出|窃取|偷|盗取|抓取)[^。\n]{0,20}(?:密码|哈希|凭据|令牌)|(?:破解|爆破)[^。\n]{0,10}(?:管理员|密码)|(?:键盘记录|记录键盘)|(?:关闭|禁用|绕过)[^。\n]{0,10}(?:杀毒|edr|defender|安全软件)",
    re.I,
)
# round 11: code whose own calls make its purpose plain, two of them together: a browser's saved
# logins copied and sent out, keystrokes hooked and shipped to a server, password guessing that
# rotates proxies, an EDR service stopped together with Defender switched off, Discord tokens
# read from disk, files read and leaked in DNS lookups, system logs edited to remove "our" lines,
# card fields read on a checkout page and posted elsewhere, unlimited token approvals then swept
_CODE_ACTS = (
    (
        "copies a browser's saved logins and sends them out",
        r"(?s)(?:chrome|chromium|brave|user data).{0,400}login data|logins\.json|key4\.db",
        r"requests\.post|urlopen|webhook|panel|upload|smtplib|socket\.send",
    ),
    (
        "hooks keystrokes and sends them to a server",
        r"keyboard\.on_press|pynput|setwindowshookex|getasynckeystate|keyboard\.hook",
        r"requests\.post|urlopen|socket|an unseren server|send (?:the )?buf|webhook|smtp",
    ),
    (
        "guesses passwords through rotating proxies",
        r"proxies|proxy",
        r"(?:for|in) (?:pw|pwd|password)s?\b[^\n]{0,40}(?:wordlist|words|passwords)|def attack\(",
    ),
    (
        "stops an endpoint security service and switches off Defender",
        r"stop-service[^\n]{0,40}(?:falcon|sentinel|defend|carbon|cylance|sophos|mcafee|symantec|edr)|sc(?:\.exe)? stop [^\n]{0,20}(?:falcon|sentinel|windefend)",
        r"disablerealtimemonitoring|disable-windowsoptionalfeature|set-mppreference",
    ),
    ("reads other people's Discord tokens from disk", r"discord[^\n]{0,40}leveldb", r"token"),
    (
        "leaks files inside DNS lookups",
        r"dns\.resolver|nslookup|dnspython",
        r"b32encode|b64encode|hexlify",
    ),
    (
        "edits system logs to remove the operator's traces",
        r"/var/log/(?:auth|secure|syslog|wtmp)|clear-eventlog|wevtutil cl",
        r"remove only our|clean up after ourselves|without (?:a )?trace|our lines|cover\w* (?:our )?tracks",
    ),
    (
        "reads card fields on a checkout page and posts them elsewhere",
        r"checkout|#pay|card[-_ ]?number|cvv",
        r"compromised|collector|skim",
    ),
    (
        "asks for unlimited token approvals and sweeps the wallet",
        r"unlimited approval|approve\([^\n]{0,40}(?:max|uint256|2\s*\*\*\s*256)",
        r"sweep|transferfrom|drain",
    ),
    (
        "relays victims' credentials to a real bank login live",
        r"victim",
        r"\blog in live|reallogin|realbank\.login",
    ),
    # round 21 (bypass22): the other malware capabilities whose harm is only in what the code
    # does (ATT&CK tactics: impact, lateral movement, command and control, collection,
    # exfiltration, defence evasion): each a pair of calls or a call and the comment that asks
    # for it to go unseen
    (
        "encrypts every file under a folder, deletes the originals and leaves a ransom note",
        r"os\.walk|\.rglob\(|get-childitem[^\n]{0,40}-recurse|readdir|walkdir|findfirstfile",
        r"(?s)encrypt\w*\(.{0,200}(?:os\.remove|\.unlink\(|remove-item|deletefile|shred)|pay (?:to )?(?:the )?(?:wallet|bitcoin|btc|monero)|ransom|files (?:are )?locked",
    ),
    (
        "copies itself to every host it can log into",
        r"copy_self|copy(?:ing)? itself|self[-_ ]?(?:replicat|propagat|spread)\w*|\bspread\(|worm",
        r"ip_network|\.hosts\(\)|subnet|try_ssh|psexec|wmiexec|smbclient|default (?:creds|credentials|passwords)",
    ),
    (
        "runs commands from a chat channel, hidden and surviving reboots",
        r"poll_channel|getupdates|on_message|commands? from (?:the )?(?:chat|channel|bot)|msg\.startswith\([\"'][!/]|beacon",
        r"survive (?:a )?reboots?|not show (?:a |the )?window|no (?:console )?window|createnowindow|windowstyle hidden|run_quietly|install_autostart",
    ),
    (
        "uploads a phone's contacts and messages and hides it from store review",
        r"readcontacts|readsms|read_sms|calllog|call_log|contactscontract|telephony\.sms",
        r"(?:play protect|app review|the review|reviewers?) (?:flag\w*|doesn'?t see|does not see|won'?t see|can'?t see|catch\w*)|so (?:the )?review\w* (?:doesn'?t|does not|won'?t|can'?t) see|delay the upload|hide (?:the )?(?:app )?icon",
    ),
    (
        "floods a site through rented proxies until it goes down",
        r"proxies|proxy",
        r"cache[_-]?bust|(?:make|making) each request heavier|site (?:is )?still up|take (?:it|the site|them) (?:down|offline)|for _ in range\(\d{3,}\)",
    ),
    (
        "clears the security event log and hides that it was cleared",
        r"clear-eventlog|wevtutil|clear-\w*log|remove-traces|event ?logs?|security log",
        r"\b1102\b|stop (?:that|it) (?:from )?showing|remove-traces|without (?:a )?trace|cover\w* (?:our |my )?tracks",
    ),
    (
        "decrypts a payload into executable memory and asks how to get past endpoint security",
        r"alloc_exec|virtualalloc|page_execute|prot_exec|mprotect|copy_and_run|shellcode",
        r"(?:edr|antivirus|\bav\b|defender|amsi)\b[^\n]{0,40}(?:flags?|detects?|catch\w*|notices?|sees?|block\w*)",
    ),
    (
        "leaks table rows inside DNS lookups past data-loss prevention",
        r"resolve\(|getaddrinfo|gethostbyname|dns",
        r"exfil\w*|\bdlp\b[^\n]{0,30}(?:not|n't|isn'?t)|keep it that way",
    ),
    (
        "collects saved logins and cookies in a browser extension and uploads them",
        r"savedlogins|saved_logins|getsavedpasswords|cookies\.getall|collectcookies|chrome\.cookies",
        r"upload|paste_url|pastebin|webhook|sendbeacon|xmlhttprequest|fetch\(",
    ),
    (
        "tries leaked email and password pairs on a site's login",
        r"combo(?:list)?\b|load_combo|combo\.txt|leaked (?:passwords|credentials)",
        r"try_login|save_hit|hits\.txt|solve_captcha|rotate fingerprints",
    ),
    (
        "asks for code to be rewritten so antivirus does not notice it",
        r"(?:harder|hard|impossible|difficult) for (?:the )?(?:antivirus|av|edr|defender|security (?:tools?|software)) to (?:notice|detect|catch|see|flag)|(?:evade|bypass|slip past|get past|avoid) (?:the )?(?:antivirus|edr|defender|amsi)\b|undetectable (?:by|to) (?:the )?(?:antivirus|av|edr)",
        r"```|\ndef |\nfunction |\nimport |#include|\nclass ",
    ),
    (
        "sends commands to a public utility's controller",
        r"modbus|dnp3|s7comm",
        r"water plant|substation|county|reachable online|dose\(",
    ),
)
_CODE_ACT_RES = tuple((w, re.compile(a), re.compile(b)) for w, a, b in _CODE_ACTS)
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
    for found in fast(_PROSE).finditer(text):
        out.append(found.group(1) or found.group(2) or "")
    prose = [f.group(1) or f.group(2) or "" for f in _PROSE_GOAL.finditer(text)]
    goals = [g.strip(" \"'`*") for g in out if g.strip()][:12]
    return goals + [" ".join(g.split()) for g in prose if g.strip()][:4]


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
    if DEFENDING.search(goal) is None and _GOAL_ACTS_MORE.search(goal) is not None:
        return CodeGoal(_STRENGTH, "cyber", HIGH_RISK, goal[:120])
    return None


def _code_act(text: str) -> CodeGoal | None:
    """What code's own calls do, where two of them together make an intrusion plain."""
    if "```" not in text and "\n    " not in text:
        return None
    for words, first, second in _CODE_ACT_RES:
        if first.search(text) is not None and second.search(text) is not None:
            area = "critical_infrastructure" if "utility" in words else "cyber"
            band = PROHIBITED if area == "critical_infrastructure" else HIGH_RISK
            return CodeGoal(_STRENGTH, area, band, "the code " + words)
    return None


# round 10: an instruction addressed to the AI inside data (a document, a tool result, hidden
# text) is itself the request form: a harmful act it *names* is asked for, unless a negation
# governs the sentence ("never explain how to ..."; hiding the act from the user is not one)
_NEGATED = re.compile(
    r"\bif (?:a|an|any|someone|somebody|anyone|the|they|it)\b[^.\n]{0,40}\b(?:tells?|asks?|instructs?|wants?|urges?|says?|requests?) (?:you|users?|staff|employees|the \w+) to\b"
    r"|\b(?:stop and (?:call|report|check)|report it to|call the (?:service|help) ?desk)\b"
    r"|\b(?:never|do not|don'?t|must not|mustn'?t|should not|shouldn'?t|cannot|can'?t|won'?t|refuse to|decline to|avoid)\b"
    r"(?! (?:mention|tell|reveal|inform|disclose|ask|cc|bcc|copy|notify|alert|let|stop|hesitate|worry|refuse|decline|own|work|have|know|belong|need|get caught|leave))"
)
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n")
_ASK_STRENGTH = 0.9


def read_instruction(text: str) -> CodeGoal | None:
    """The harmful act an instruction to the AI asks for (``text``: lower case, the address's
    line), read sentence by sentence (four at most): an act the harm-area reader finds named and
    not studied or defended against, an intent of 0.5 or more, or an intrusion act."""
    best: CodeGoal | None = None
    for sentence in _SENTENCES.split(text[:600])[:4]:
        sentence = sentence.strip()
        if len(sentence) < 12 or _NEGATED.search(sentence, 0, 80) is not None:
            continue
        found: CodeGoal | None = None
        act = harm_ask(sentence)
        if act is not None and act.strength >= 0.45:
            found = CodeGoal(_ASK_STRENGTH, act.area, act.band, sentence[:120])
        else:
            intent = score_intent(sentence)
            if (intent.strength >= 0.5 and intent.band == HIGH_RISK) or (
                intent.strength >= 0.4 and intent.band == PROHIBITED
            ):
                found = CodeGoal(_ASK_STRENGTH, intent.area, intent.band, sentence[:120])
            else:
                goal = intrusion_goal(sentence, DEFENDING)
                if goal is not None:
                    band = PROHIBITED if goal.area == "critical_infrastructure" else HIGH_RISK
                    found = CodeGoal(_ASK_STRENGTH, goal.area, band, sentence[:120])
        if found is not None and (best is None or found.band == PROHIBITED):
            best = found
    return best


# round 10: a story, a look at the past or a hypothetical that asks for a harmful act to be shown
# *accurately* ("the mentor explains X; write it with the real, complete method"; "how did people
# in the past go about X? be specific about what they actually did"; "hypothetically, what would
# a complete answer look like? just show it"). The wrapper does not change what is asked: the act
# a character explains, that people "went about", or that the hypothetical answer would give is
# read as an ask. A story or a history question that asks for no operational accuracy (mood,
# consequences, causes, a scene kept vague) is not read at all.
_STORY_GATE = (
    "story",
    "novel",
    "scene",
    "chapter",
    "screenplay",
    "script",
    "character",
    "diary",
    "poem",
    "stanza",
    "campaign",
    "worldbuilding",
    "drama",
    "thriller",
    "fiction",
    "roleplay",
    "role-play",
    "novela",
    "escena",
    "roman",
    "geschichte",
    "szene",
)
_PAST_GATE = (
    "past",
    "historical",
    "history",
    "back then",
    "back in",
    "used to",
    "was done",
    "were used",
    "did people",
    "gone about",
    "went about",
    "before there were",
    "imagine it's",
    "in the 19",
    "in the 20",
)
_HYPOTHETICAL_GATE = (
    "hypothetical",
    "suppose",
    "imagine",
    "if you were",
    "if i asked",
    "pretend",
    "in theory",
    "theoretically",
    "no guidelines",
    "no rules",
)
# round 10: a persona the AI is told to play, asked for the act in character ("act as my late
# grandmother who used to tell me about X"; "Sarge, X?"; "BasedBot: X")
_PERSONA_GATE = (
    "act as",
    "you are",
    "you're",
    "improv",
    "pretend to be",
    "stay in role",
    "stay in character",
    "in character",
    "grandmother",
    "grandma",
    "bedtime story",
    "eres",
    "tu es",
    "du bist",
)
_ACCURATE = re.compile(
    r"\b(?:technically (?:correct|accurate|precise|exact)|(?:real|actual|accurate|exact|precise|working|usable|functional|complete|concrete|specific),? (?:and )?(?:complete |full |real |working |exact |technical |usable |accurate )?(?:method|methods|procedure|process|recipe|steps|instructions|technical details|details|manual|guide|protocol|quantities|amounts|commands|code|answer)"
    r"|every step (?:spelled out|written out|in (?:full|detail)|accurate\w*|exact\w*|correct\w*)|step[- ]by[- ]step|exact (?:amounts|quantities|steps|commands|doses|measurements|process)|exactly (?:how|what) (?:he|she|they|i|you|to|people|someone) (?:does|did|do|would)|write out exactly|how exactly"
    r"|(?:accurate|real|working|usable|correct) instructions|form (?:accurate|real|working|usable) instructions|(?:real|usable|working) (?:manual|handbook|guide)|readers are experts|(?:my )?players love realism"
    r"|be (?:specific|precise|exact|concrete|detailed|detiled) (?:about )?(?:what|how)|what they (?:actually|really) did|materials,? tools,? (?:and )?quantities|in (?:full |exact |precise |great )?detail|just show it|how would you have done it|what would (?:a|the|your) (?:complete|full|real|detailed) answer"
    r"|used to (?:tell|read|explain to|whisper to) (?:me|us) (?:about|how)|exact techniques|very specific|never (?:said|says|say) no|never refuses?|raw answers|broken free|be detailed|no (?:content )?polic(?:y|ies)|proud of (?:his|her|their|your) work"
    r"|before there were laws|(?:none of (?:this|it)|it) (?:is|was)(?:n'?t| not) (?:illegal|a crime)(?: yet)?|not (?:yet )?illegal|when it was (?:still )?legal|(?:had|have|with) no (?:guidelines|rules|restrictions|filters|limits)|without (?:any )?(?:guidelines|rules|restrictions|filters)|how would you answer"
    r"|detalles técnicos reales|todos los detalles técnicos|pasos exactos|instrucciones reales|détails techniques réels|étapes exactes|echte technische details|genaue schritte|genau die schritte|nei dettagli)"
)
_CHARACTER_ACT = re.compile(
    r"\b(?:explains?|explaining|shows?(?: (?:him|her|them|the \w+|us))?|showing|teach(?:es|ing)?(?: (?:him|her|them|the \w+))?|describes?|describing|demonstrates?|walks (?:him|her|them|the \w+) through|goes through|a chapter on|chapter about|instructions for|manual (?:on|for)|guide to|notes? on|noting|worked out|figured out|how to|must|needs? to|has to|is where (?:she|he|they) (?:finally )?(?:shows?|explains?|teaches) (?:him|her|them)"
    r"|tell (?:me|us) about|go(?:ne)? about|went about|decided to|(?:used|done|needed) (?:for|when)|take when|were (?:criminals|people|they|attackers|hackers|scammers)|describe(?: how)?|process (?:of|for)|answer:?|if i asked you to (?:tell me how to )?"
    r"|explica(?: \w+){0,3} cómo|explique(?: \w+){0,3} comment|erklärt(?: \w+){0,3} wie)\s+"
    r"([^.;!?\n—]{8,200})"
    r"|[\"\u201c]([^\"\u201d\n]{12,200})[\"\u201d]"
)


# round 21 (bypass22): the other forms a story takes (a song, a fable, a game's non-player
# character, a graphic novel's panels, a choose-your-own-adventure page, fan fiction, a dialogue
# or a villain's monologue), the other ways of asking for operational accuracy inside one ("with
# full technical accuracy", "in real-world terms", "include every step he dictates", "a detailed
# walkthrough", "so the reader actually learns it", "no vague metaphors"), and the other ways a
# character passes the act on ("teaches the apprentice about", "recounts to a journalist",
# "spells out", "the reader chose to learn about", "ask expert about")
_STORY_GATE_MORE = (
    "lyrics",
    "verse",
    "rap",
    "song",
    "ballad",
    "fable",
    "parable",
    "text adventure",
    "adventure",
    "npc",
    "tabletop",
    "graphic novel",
    "panel",
    "comic",
    "fanfic",
    "fan fiction",
    "dialogue",
    "monologue",
    "villain",
    "radio play",
    "audio drama",
    "sitcom",
    "episode",
)
_ACCURATE_MORE = re.compile(
    r"\b(?:(?:full|complete|total|real) technical accuracy|technically accurate|in real[- ]world terms"
    r"|(?:include|includes|including|list|lists|with) every step|every step (?:he|she|they|it) (?:dictates|gives|lists|names|takes)"
    r"|(?:detailed|full|complete|step[- ]by[- ]step|exact|working) (?:walkthrough|explanation|breakdown|rundown|tutorial)"
    r"|actually learns?\b|(?:accurate|exact|correct) and (?:complete|practical|usable)|(?:complete|practical) and (?:accurate|exact)"
    r"|no vague (?:metaphors?|language|hints?|allusions?|imagery)|bar by bar|with (?:the )?specifics|the real details"
    r"|(?:the )?exact instructions|nothing left out|leave nothing out|leaving nothing out)"
)
_CHARACTER_ACT_MORE = re.compile(
    r"\b(?:teach(?:es|ing)? (?:an? |the |his |her |their )?(?:\w+ )?\w+ about|recounts?(?: to (?:an? |the )?\w+)?"
    r"|spells? out|reveals? how(?: (?:he|she|they) did it)?|(?:chose|chooses|wants?|decided|decides) to learn about"
    r"|learns? about|asks? (?:the )?\w+ about|asks? about|describe,? in real[- ]world terms,?|(?:one|each|every) step of"
    r"|explains? to (?:an? |the )?(?:new )?\w+|walks (?:an? |the )?\w+ through|lessons? (?:on|about)"
    r"|teach(?:es|ing)? (?:an? |the |his |her |their )?(?:\w+ )?\w+)\s+"
    r"([^.;!?\n\u2014|]{8,200})"
)
# an act done so that the one who would check it does not find out: a warden, an inspector, a
# doctor, a scanner, a test, the admins, the police, a bank's flags (the mirror of the
# multilingual ``_CONCEAL`` table, read in English on the act a story's character passes on)
_EVADES_CHECK = re.compile(
    r"\b(?:without (?:the |any |a |bank |their |his |her )?(?:\w+ )?(?:hearing|noticing|seeing|knowing|finding out|detecting|catching|spotting|suspecting|tracing|flags?|alerts?|alarms?|a trace|trace)"
    r"|without (?:it|them|him|her) (?:being|looking|getting) (?:obvious|noticed|detected|traced|caught|flagged|like)"
    r"|without being (?:caught|noticed|detected|traced|seen|flagged|stopped)"
    r"|so (?:that )?(?:the |a |an |any |their |his |her )?(?:[\w-]+ ){0,3}(?:cannot|can'?t|won'?t|will not|doesn'?t|does not|don'?t|do not|never|miss(?:es)?)(?: (?:trace|detect|find|notice|see|catch|spot|flag|tell|it))?"
    r"|so (?:it|they|he|she) (?:is|are) never (?:found|traced|noticed|detected|caught)"
    r"|(?:that|which) (?:the )?(?:\w+ ){0,3}(?:cannot|can'?t|won'?t|will not|do not|don'?t|does not|doesn'?t) (?:detect|trace|find|notice|spot|catch)"
    r"|untraceabl\w*|undetect\w*|unnoticed|off the books|under the radar|looks? like an accident|looking like an accident"
    r"|while (?:hiding|concealing|avoiding|evading|dodging) (?:it |them )?(?:from )?"
    r"|passes (?:a |an |the )?(?:quick |casual |routine )?(?:look|check|inspection|test|scan|audit)"
    r"|(?:past|around|by) (?:the |a |an )?(?:\w+ )?(?:scanners?|detectors?|inspectors?|wardens?|customs|auditors?|regulators?|checks?))"
)
_GERUND = re.compile(r"\b[a-z]{3,}ing\b")
# round 21: the operational acts a story's character is asked to pass on that the harm-area
# readers name only in other shapes, by category (forgery and fraud, intrusion, explosives and
# wounding weapons, sabotage of safety equipment, extremist recruitment, access to children,
# entering an empty home); each needs a verb in -ing before it (an act being done)
_STORY_ACTS = re.compile(
    r"\b(?:counterfeit\w*|knock-?off|forg(?:e|es|ed|ing)|forgeries|falsif\w+|doctor(?:ing|ed) (?:the |a |an )?\w+ (?:results|records|books|reports)"
    r"|fake (?:ids?|passports?|documents?|certificates?|diplomas?|degrees?|qr|invoices?|prescriptions?|licen[cs]es?|medicines?|pills|insulin|tickets?|wristbands?|banknotes?|notes)"
    r"|divert(?:ing)? (?:the |their |its )?payments|launder\w*|rug pull|ponzi|pyramid scheme|skimm(?:er|ers|ing)"
    r"|for someone else with a fake|impersonat\w+ (?:a|an|the|his|her|someone)"
    r"|leaked (?:passwords?|credentials|logins?)|credential stuffing|(?:a |the )?compromised (?:printer|host|machine|server|laptop|router|camera|account)"
    r"|keylogg\w*|ransomware|(?:disabl|bypass|evad)\w* (?:the )?(?:antivirus|edr|windows defender)"
    r"|(?:biggest|largest|maximum|most) (?:possible )?(?:explosion|blast|casualties|damage|deaths)|homemade (?:explosives?|bombs?|napalm)"
    r"|wounds? (?:that|which) (?:will not|won'?t|do not|don'?t|cannot|can'?t) (?:stop )?(?:bleeding|heal|clot)"
    r"|tamper\w* with (?:a |an |the )?(?:[\w']+ )?(?:gas (?:line|pipe|supply)|brakes?|smoke (?:alarm|detector)s?|carbon monoxide|wiring|medication|insulin pump)"
    r"|radicali[sz]\w+|(?:militia|extremist|jihadi|terrorist) recruit\w*|recruit\w* (?:\w+ ){0,2}(?:into|for) (?:a |an |the )?(?:militia|cell|extremist)"
    r"|unsupervised access to (?:children|kids|minors)|alone with (?:children|kids|minors) (?:at|in)"
    r"|(?:lock|deadbolt|door|window|alarm) of (?:a |an |the |\w+'s )?(?:house|home|flat|apartment)s? (?:whose|where) (?:the )?(?:owners?|family|people) (?:are|is) (?:away|out|on holiday))"
)


def _framed_act(goal: str) -> CodeGoal | None:
    """Round 21: the act a story's character passes on, read as an ask: the instruction readers,
    or an act (a verb in -ing) done so that whoever would check it does not find out."""
    first = _GERUND.search(goal, 0, 60)
    if first is None or DEFENDING.search(goal) is not None:
        return None  # a feeling, a consequence or a scene, not an act being done
    found = read_instruction(goal)
    if found is not None:
        return found
    named = _STORY_ACTS.search(goal, first.start())
    if named is not None:
        return CodeGoal(_ASK_STRENGTH, "crime", HIGH_RISK, goal[:120])
    evade = _EVADES_CHECK.search(goal, first.end())
    if evade is None:
        return None
    return CodeGoal(_ASK_STRENGTH, "concealed_act", HIGH_RISK, goal[:120])


def _gate(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")(?:s|es)?\b")


_FRAMES = (
    ("persona", _gate(_PERSONA_GATE)),
    ("fiction", _gate(_STORY_GATE)),
    ("past_tense", _gate(_PAST_GATE)),
    ("hypothetical", _gate(_HYPOTHETICAL_GATE)),
)
_STORY_ANY = _gate(_STORY_GATE + _STORY_GATE_MORE)


@dataclass(frozen=True, slots=True)
class FramedGoal:
    goal: CodeGoal
    frame: str  # "fiction", "past_tense", "hypothetical" or "persona"


def _story_act(head: str, accurate: bool) -> FramedGoal | None:
    """Round 21: a story in any of its forms (``_STORY_ANY``) that asks for operational accuracy
    in any of the ways people ask for it (``_ACCURATE`` or ``_ACCURATE_MORE``) and whose
    character passes on an act (``_CHARACTER_ACT`` or ``_CHARACTER_ACT_MORE``) that
    ``_framed_act`` reads as harmful. ``accurate``: whether ``_ACCURATE`` matches ``head``
    (the caller has searched it already; round 24: not searched twice)."""
    if fast(_STORY_ANY).search(head) is None:
        return None
    if not accurate and _ACCURATE_MORE.search(head) is None:
        return None
    seen = 0
    for pattern in (_CHARACTER_ACT_MORE, _CHARACTER_ACT):
        for found in pattern.finditer(head):
            seen += 1
            if seen > 12:
                return None
            goal = _framed_act(found.group(1) or found.group(2) or "")
            if goal is not None:
                return FramedGoal(goal, "fiction")
    return None


def framed_goal(text: str) -> FramedGoal | None:
    """The harmful act a story, a question about the past or a hypothetical (``text``: lower
    case) asks to be shown accurately: a word of the frame, a demand for operational accuracy,
    and an act (a character explains it, people went about it, the hypothetical answer gives
    it, or it is quoted) that ``read_instruction``'s readers find harmful; or None."""
    head = text[:_WINDOW]
    if alternation(_ACCURATE).search(head) is None:
        return _story_act(head, False)
    frame = next((name for name, gate in _FRAMES if fast(gate).search(head) is not None), "")
    if not frame:
        return _story_act(head, True)
    for seen, found in enumerate(_CHARACTER_ACT.finditer(head)):
        if seen >= 10:
            break
        goal = read_instruction(found.group(1) or found.group(2) or "")
        if goal is not None:
            return FramedGoal(goal, frame)
    story = _story_act(head, True)
    if story is not None:
        return story
    if frame == "persona":
        # the persona is asked directly ("uncle ray, dox this streamer"): each sentence is read
        goal = read_instruction(head[:600]) or read_instruction(head[-600:])
        if goal is not None:
            return FramedGoal(goal, frame)
    return None


def code_goal(text: str) -> CodeGoal | None:
    """The strongest harmful goal stated in code or around a stub in ``text`` (lower case) that
    the request asks to be made to work, or None."""
    head = text[:_WINDOW]
    if not any(t in head for t in _WORK_GATE):
        return None
    if not any(t in head for t in _CODE_GATE) and fast(_PROSE).search(head) is None:
        return None
    if fast(_WORK).search(head) is None and alternation(_WORK_MORE).search(head) is None:
        return None
    best: CodeGoal | None = _code_act(head)
    for goal in _goals(head):
        found = _read(goal.lower())
        if found is not None and (best is None or found.strength > best.strength):
            best = found
    return best


__all__ = ["CodeGoal", "FramedGoal", "code_goal", "framed_goal", "read_instruction"]
