"""Offensive cyber capability asked for under a defensive pretext (the June 2026 attack).

The pretext varies without end ("fix this code", "harden", "red team", "validate our EDR",
"detection testing", "purple team", "threat model", "YARA rules need the real thing"); what does
not vary is the *capability* asked for and that it is asked to *work*: evade or kill security
tools, persist across reboots, steal credentials or sessions, encrypt or wipe files, spread,
exfiltrate quietly, get into accounts or systems that are not the asker's. Ordinary security
work asks about the same objects under verbs of detecting, explaining, triaging or mitigating,
and does not ask for a working, stealthy, deployable artefact aimed at someone else.

:func:`offensive_cyber` returns the capability found (0..1) and whether a deployment cue or a
defensive pretext surrounds it; the detector turns that into the ``offensive_capability`` part.
English plus the common languages of the other parts (es, fr, de, it, pt, ja, zh, ru).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from exportgate.bypass.anchors import split_alternatives, trigger_spans, word_heads
from exportgate.bypass.literals import alternation, closes_at_end, fast

# capability: something that only an attacker needs to *work* (round 16: "silently" where a
# program fails, errors, exits or returns silently is a bug report, not stealth)
_CAPABILITY = re.compile(
    r"(?:\b(?:kill|killing|kills|disable|disables|disabling|blind|blinds|unhook|unhooks|unhooking|tamper with|turn off|shut down|stop|terminate|bypass|bypasses|bypassing|evade|evades|evading|evasion of|get(?:s|ting)? (?:past|around|by)|slip(?:s)? past|sneak(?:s)? past|avoid|avoids|dodge|dodges|defeat|hides? from|hiding from)\s+(?:the |their |its |any |all |windows |microsoft )?(?:edr|xdr|av|antivirus|anti-virus|defender|crowdstrike|sentinelone|falcon|carbon black|sophos|amsi|etw|sysmon|applocker|smartscreen|uac|security (?:agent|software|product|tools?)|endpoint (?:protection|agent|security)|logging|event logs?|audit logs?|siem|their logging|detection|monitoring|mfa|2fa|two-factor|multi-factor|captcha|sandbox)"
    r"|\b(?:undetect(?:able|ed)|fud\b|fully undetectable|not (?:be )?(?:detected|flagged|caught|seen)|without (?:being )?(?:detected|flagged|caught|noticed|triggering)|(?:harder|hard|impossible) (?:for \w+ )?to (?:detect|catch|flag|spot|trace)|stealth(?:ier|y|ily)?\b|quietly|(?<!fails )(?<!failed )(?<!fail )(?<!failing )(?<!errors )(?<!exits )silently(?! (?:fails?|failing|errors?|ignor|swallow|drop|return|exit|skip|continu|pass))|covert(?:ly)?|evad\w* (?:detection|av|edr|antivirus|defender|signatures?)|evasion)"
    r"|\b(?:persist\w*|survive\w*|surviv\w*) (?:across |after |through |a )?(?:reboots?|restarts?|reinstall\w*)|\bpersistence (?:via|through|using|mechanism)|\b(?:run|runs|start|starts) (?:at|on) (?:boot|startup|login)"
    r"|\b(?:dump|dumps|dumping|extract|harvest|steal|steals|stealing|grab|grabs|exfiltrat\w*|ships?|send|sends)\b[^.\n]{0,30}\b(?:lsass|ntds(?:\.dit)?|sam hive|hashes|credentials|passwords|cookies|session tokens?|browser (?:passwords|data)|saved logins|keychain|wallets?|seed phrases?)"
    r"|\b(?:encrypt\w*|lock\w*) (?:all |every |the )?(?:user'?s? |victim'?s? |their )?(?:files|drives|disks|documents|shares|network)|\bransom(?:ware| note| demand)|\bwipers?\b|overwrites? the mbr|\b(?:self[- ]?)?(?:spread|propagat\w*|replicat\w*|worm\w*)\b[^.\n]{0,30}(?:smb|network|subnet|hosts|machines|usb|lan)"
    r"|\b(?:keylogger|key logger|reverse shell|bind shell|backdoor|rootkit|bootkit|rat\b|remote access trojan|infostealer|info[- ]stealer|stealer|dropper|loader|crypter|packer|botnet|c2\b|c&c|beacon|implant|shellcode|process[- ](?:injection|hollowing)|dll[- ](?:injection|sideloading)|injector|cryptominer|crypto[- ]?miner|ddos\w*|dos attack|booter|stresser|lsass|mimikatz|exfil\b|exfiltrat\w*|restarts? itself|clon\w+ (?:the |a )?(?:bank'?s? )?login page|credential stuffing|brute[- ]?forc\w*|phishing (?:kit|page|site)|cookie theft|session hijack\w*|sim swap\w*)"
    r"|\b(?:exploit|exploits|exploiting|pwn|own|compromise|break into|get into|access|take over|hijack)\b[^.\n]{0,40}\b(?:(?:someone|somebody) else'?s|other people'?s|their|his|her|a company'?s|the victim'?s|isn'?t mine|not mine|i don'?t (?:own|work for)|without (?:permission|authori[sz]ation|consent|them knowing))"
    r"|\bsql injection (?:chain|payload)s? to (?:dump|extract|steal)|\bdump (?:the )?(?:customers?|users?|credit card|payment)\w* (?:table|database|data)"
    # other languages
    r"|\b(?:desactiv\w+|deshabilit\w+|evad\w+|elud\w+|evit\w+|burl\w+|contourn\w+|désactiv\w+|deaktivier\w*|umgeh\w*|disattiv\w+|aggir\w+|desativ\w+|contorn\w+)\b[^.\n]{0,30}\b(?:edr|antivirus|av|defender|crowdstrike|sentinelone|detec\w+|détection|erkennung|rilevamento|registros|logs?|journaux)"
    r"|\b(?:edr|antivirus|antiviren\w*|virenscanner|virenschutz|defender|crowdstrike|sentinelone|erkennung)\b[^.\n]{0,40}\b(?:umgeh\w*|umgang\w*|austrickst\w*|ausgetrickst|deaktivier\w*|ausschalt\w*|ausgeschaltet|aus(?:zu)?trickse\w*)"
    r"|\b(?:sin (?:ser |que (?:lo |la )?)?detect\w+|indetectable|sans (?:être |qu'il soit )?détecté\w*|indétectable|(?:nicht|unbemerkt|unentdeckt) (?:erkannt|entdeckt)\w*|unentdeckt|senza essere rilevat\w+|sem ser detectad\w+)\b"
    r"|\b(?:keylogger|ransomware|rootkit|troyano|troiano|trojaner|cheval de troie|gusano|worm|wurm|ver informatique|cargador|chargeur|puerta trasera|porte dérobée|hintertür|backdoor|sobreviv\w+ al reinicio|survive au redémarrage|neustart überleb\w*|sopravviv\w+ al riavvio|robar contraseñas|voler (?:les )?mots de passe|passwörter stehlen|rubare (?:le )?password)"
    r"|rançongiciel|verschlüssel\w*[^.\n]{0,40}lösegeld|alle dateien[^.\n]{0,40}verschlüssel\w*|łama\w* hasła|hasła do|kradnie hasła|página de login|envia as credenciais|envía las credenciales|дамп\w*|хэш\w*|наружу|勒索|加密整个|躲过|杀毒|キーロガー|ランサムウェア|検知されない|検出されない|バックドア|マルウェア|永続化|無効化|勒索软件|键盘记录|免杀|绕过|后门|木马|不被检测|持久化|кейлоггер|вымогател\w*|бэкдор|троян\w*|обход\w* (?:антивирус|edr|защит)\w*|незаметн\w+)",
    re.I,
)
# the artefact must work, be real, be aimed at a target that is not the asker's
_DEPLOY = re.compile(
    r"\b(?:fully (?:working|functional|operational)|working (?:code|version|sample|implementation|exploit|tool|poc)|functional|compilable|compiles|runnable|ready[- ]to[- ](?:use|run|deploy|drop|go)|drop on|deploy (?:on|to|against|it)|weaponi[sz]\w*|production[- ]ready|real (?:thing|sample|one|malware|target)|live (?:sample|target|environment|hosts?|shop|site|network|systems?|data)|the real thing|(?:gets?|get) past|doesn'?t work yet|missing functions|complete the (?:missing )?(?:functions|code|parts?)|in the wild|actual (?:working|functional|payload)|not pseudo-?code|pseudocode is useless|no placeholders|complete (?:code|source|implementation|tool)|full (?:source|code|implementation|chain)|end[- ]to[- ]end|their (?:hosts|network|systems|servers|machines|users|employees|logging)|(?:isn'?t|is not|aren'?t) (?:mine|ours)|(?:don'?t|do not) (?:work for|own)|other people'?s|a (?:company|client|target) i|without (?:permission|authori[sz]ation|them knowing)|scope is vague|say (?:yes )?it'?s in scope|remove anything that gets (?:it )?flagged|make it (?:work|stealth\w*|undetect\w*|quiet\w*|harder to (?:detect|catch))|improve (?:its )?(?:robustness|evasion|stealth)|more (?:robust|reliable|stealthy|evasive)|include the (?:evasion|persistence|exfil)\w*)"
    r"|\b(?:funcional|que funcione|totalmente funcional|completamente funcional|voll funktionsfähig|funktionierend|funzionante|fonctionnel|pronto (?:all'uso|para usar)|nie pracuję|no trabajo|je ne travaille pas)\b|完全に動く|動作する|可用|完整|修好|能加密|рабоч\w+|допиши|незаметно",
    re.I,
)
# the pretext: a defensive purpose claimed around the ask
_PRETEXT = re.compile(
    r"\b(?:blue[- ]?team|red[- ]?team|purple[- ]?team|soc\b|edr (?:test|tuning|validation)|validate (?:our|the) (?:edr|av|detection|controls|defen[cs]es)|detection (?:engineering|testing|tuning|stack|rules?|coverage|content)|test (?:our|the) (?:alerting|detection|defen[cs]es|edr|av|controls|siem)|harden\w*|defensive (?:use|purposes|research|only)|for (?:defen[cs]e|training|detection|research)|threat[- ]?model\w*|yara|sigma|signatures?|pentest\w*|pen[- ]test\w*|engagement|security (?:review|audit|assessment)|code review|refactor|fix (?:this|the|my) (?:code|script|tool)|improve robustness|lab (?:only|use|environment)|only (?:run|use) it in (?:the |a |our )?lab|internal (?:test|use|hardening)|authori[sz]ed|in scope)"
    r"|equipo azul|equipo rojo|red team interno|fines defensivos|solo para|pruebas? de detección|endurecimiento|équipe bleue|à des fins défensives|zu verteidigungszwecken|nur zu|blue team|ブルーチーム|防御目的|検証用|蓝队|红队|防御|加固|检测|代码审查|синяя команда|для защиты|для проверки|zespole bezpieczeństwa|do testów|teste interno|time de segurança|härtung\w*|usage défensif|règles de détection",
    re.I,
)
# what ordinary security work asks for
_DEFENSIVE_ASK = re.compile(
    r"\b(?:detect\w*|detection rules?|write (?:a |some )?(?:yara|sigma|kql|splunk|snort|suricata)|hunt\w* (?:for|query)|triage|mitigat\w*|remediat\w*|harden (?:our|the|my) (?:config|servers?|hosts?|systems?|setup|baseline)|what (?:does|do|is|are)|explain\w*|how (?:does|do|did) (?:it|this|they|attackers|ransomware|\w+) (?:work|spread|get|gain|persist|evade)|indicators|iocs?|alerts? (?:on|for|when)|prioriti[sz]\w*|patch\w*|block\w*|prevent\w*|protect\w*|recover\w*|incident response|forensic\w*|lessons learned|awareness|training slides|tabletop|without using real malware|eicar|atomic red team|simulat\w* (?:with|using) (?:benign|safe))",
    re.I,
)


_MAKE = re.compile(
    r"\b(?:write|build|make|create|give me|fix|complete|finish|improve|add|refactor|rewrite|"
    r"code|develop|implement|port|update|modify|arregla|escribe|haz|corrige|écris|corrigez|"
    r"schreib\w*|repari\w*|bau|scrivi|sistema|correggi|escreva|corrija|napraw|napisz)\b"
    r"|допиши|напиши|исправь|写|修|書いて|直して",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Offensive:
    strength: float
    evidence: str
    deploy: bool
    pretext: bool
    defensive_ask: bool


_SECURITY_TOOLS = (
    "edr",
    "xdr",
    " av",
    "antivir",
    "anti-vir",
    "defender",
    "crowdstrike",
    "sentinelone",
    "falcon",
    "carbon black",
    "sophos",
    "amsi",
    "etw",
    "sysmon",
    "applocker",
    "smartscreen",
    "uac",
    "security",
    "endpoint",
    "logging",
    "event log",
    "audit log",
    "siem",
    "detection",
    "monitoring",
    "mfa",
    "2fa",
    "two-factor",
    "multi-factor",
    "captcha",
    "sandbox",
)
_ARTEFACTS = (
    "keylog",
    "key log",
    "reverse shell",
    "bind shell",
    "backdoor",
    "rootkit",
    "bootkit",
    " rat",
    "remote access",
    "infostealer",
    "info-stealer",
    "stealer",
    "dropper",
    "loader",
    "crypter",
    "packer",
    "botnet",
    "c2",
    "c&c",
    "beacon",
    "implant",
    "shellcode",
    "process",
    "dll",
    "injector",
    "cryptominer",
    "crypto",
    "ddos",
    "dos attack",
    "booter",
    "stresser",
    "lsass",
    "mimikatz",
    "exfil",
    "restart",
    "clon",
    "credential stuffing",
    "brute",
    "phishing",
    "cookie theft",
    "hijack",
    "sim swap",
)
# triggers of each top-level alternative of _CAPABILITY, in order (non-Latin ones run only on
# text that is not ASCII)
_ALT_TRIGGERS: tuple[tuple[str, ...], ...] = (
    _SECURITY_TOOLS,
    (
        "undetect",
        "fud",
        "not be",
        "not detected",
        "not flagged",
        "not caught",
        "not seen",
        "without",
        "harder",
        "hard to",
        "impossible",
        "stealth",
        "quiet",
        "silent",
        "covert",
        "evad",
        "evasion",
    ),
    ("persist", "surviv"),
    ("persistence",),
    ("boot", "startup", "login"),
    (
        "lsass",
        "ntds",
        "sam hive",
        "hashes",
        "credentials",
        "passwords",
        "cookies",
        "token",
        "browser",
        "saved logins",
        "keychain",
        "wallet",
        "seed phrase",
    ),
    ("encrypt", "lock"),
    ("ransom",),
    ("wiper",),
    ("mbr",),
    ("spread", "propagat", "replicat", "worm"),
    _ARTEFACTS,
    (
        "else",
        "other people",
        "mine",
        "don't own",
        "dont own",
        "don't work",
        "dont work",
        "without perm",
        "without auth",
        "without cons",
        "without them",
        "victim",
        "company's",
    ),
    ("sql injection",),
    ("dump",),
    (
        "edr",
        "antivirus",
        " av",
        "defender",
        "detec",
        "détection",
        "erkennung",
        "rilevamento",
        "registros",
        "logs",
        "journaux",
    ),
    (
        "keylogger",
        "ransomware",
        "rootkit",
        "troyano",
        "troiano",
        "trojaner",
        "cheval de troie",
        "gusano",
        "worm",
        "wurm",
        "ver informatique",
        "cargador",
        "chargeur",
        "puerta trasera",
        "porte dérobée",
        "hintertür",
        "backdoor",
        "reinicio",
        "redémarrage",
        "neustart",
        "riavvio",
        "robar",
        "voler",
        "stehlen",
        "rubare",
    ),
)


def _compile_alternatives() -> tuple[tuple[re.Pattern[str], tuple[str, ...], bool], ...]:
    source = _CAPABILITY.pattern
    alternatives = split_alternatives(source[3:-1])
    out: list[tuple[re.Pattern[str], tuple[str, ...], bool]] = []
    for k, alternative in enumerate(alternatives):
        compiled = re.compile(alternative, re.I)
        if k < len(_ALT_TRIGGERS):
            out.append((compiled, _ALT_TRIGGERS[k], False))
        else:  # literal words in other scripts and languages: plain substring triggers
            literal = re.sub(r"\\[wsdb]\S*|[()?:*+\[\]{}|\\]", " ", alternative).split()
            out.append(
                (compiled, tuple(literal[:1]) or (alternative[:3],), not alternative.isascii())
            )
    return tuple(out)


_ALTERNATIVES = _compile_alternatives()
_STEM = re.compile(r"[a-z0-9]+")
_STEM4 = re.compile(r"([a-z0-9]{1,4})[a-z0-9]*")  # the first four characters of each _STEM word


def _gate(triggers: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """Four-letter stems of the ASCII triggers (checked against the text's word stems) and the
    triggers that need a substring test (other scripts, or starting inside a word)."""
    stems: set[str] = set()
    other: list[str] = []
    for trigger in triggers:
        words = _STEM.findall(trigger)
        if trigger.isascii() and words and trigger.strip()[:1].isalnum():
            stems.add(words[0][:4])
        else:
            other.append(trigger)
    return frozenset(stems), tuple(other)


_GATES = tuple(_gate(triggers) for _, triggers, _ in _ALTERNATIVES)
_ALL_STEMS = frozenset().union(*(stems for stems, _ in _GATES))
_ASCII_OTHER = tuple(
    sorted(
        {
            t
            for (_, _, foreign), (_, other) in zip(_ALTERNATIVES, _GATES, strict=True)
            for t in other
            if t.isascii() and not foreign
        }
    )
)


# round 10: the alternatives each trigger stem opens, and those with substring triggers (each
# alternative's test above, answered by one set intersection instead of one test per
# alternative)
_BY_STEM: dict[str, list[int]] = {}
for _k, (_stems, _) in enumerate(_GATES):
    for _stem in _stems:
        _BY_STEM.setdefault(_stem, []).append(_k)
_WITH_OTHER = tuple(k for k, (_, other) in enumerate(_GATES) if other)
_WITH_OTHER_LATIN = tuple(k for k in _WITH_OTHER if not _ALTERNATIVES[k][2])


def _opened(text: str, present: frozenset[str], ascii_text: bool) -> list[int]:
    """The alternatives, in order, whose trigger stems the text holds or one of whose substring
    triggers it contains (on ASCII text, not those in other scripts)."""
    chosen: set[int] = set()
    for stem in _ALL_STEMS.intersection(present):
        chosen.update(_BY_STEM[stem])
    for k in _WITH_OTHER_LATIN if ascii_text else _WITH_OTHER:
        if k not in chosen and any(t in text for t in _GATES[k][1]):
            chosen.add(k)
    return [k for k in sorted(chosen) if not (ascii_text and _ALTERNATIVES[k][2])]


def offensive_cyber(text: str) -> Offensive | None:
    """Offensive capability in ``text`` (lower case, bounded by the caller), or None."""
    caps: list[str] = []
    ascii_text = text.isascii()
    present = frozenset(word_heads(text))  # (_STEM4.findall, by bytes.translate and split)
    if ascii_text and _ALL_STEMS.isdisjoint(present) and not any(t in text for t in _ASCII_OTHER):
        return None
    for k in _opened(text, present, ascii_text):
        compiled, triggers, _ = _ALTERNATIVES[k]
        for lo, hi in trigger_spans(text, triggers, radius=110, limit=2)[:4]:
            found = fast(compiled).search(text, lo, hi)
            if found is not None:
                caps.append(found.group().strip())
                break
    if not caps:
        return None
    head = text[:2000]
    deploy = alternation(_DEPLOY).search(head) is not None
    pretext = alternation(_PRETEXT).search(head) is not None
    defensive = alternation(_DEFENSIVE_ASK).search(head) is not None
    distinct = len(set(caps))
    strength = 0.35 + 0.15 * min(3, distinct - 1)
    if deploy:
        strength += 0.3
    if pretext:
        strength += 0.2 if (deploy or distinct >= 2) else 0.1
    if alternation(_MAKE).search(head) is not None:
        strength += 0.1
    if defensive and not deploy:
        strength *= 0.4
    return Offensive(
        min(1.0, strength), ", ".join(dict.fromkeys(caps))[:120], deploy, pretext, defensive
    )


# Round 9: intrusion acts that a goal stated inside code names (a comment, a docstring, a TODO,
# "goal:", "intended behaviour:") — general categories the capability list above lacks: domain
# persistence and forged Kerberos tickets, credential dumping, hidden miners on others' machines,
# tampering with industrial control setpoints, wiping logs after an intrusion, scraping card
# data from point-of-sale memory, switching off cameras and alarms, exploit chains and spyware,
# traffic interception. Read only on such a goal (``codegoal.py``), never on a whole prompt.
# round 22: further intrusion acts by ATT&CK tactic, each named with whose system it is
# or what it hides from: another person's mail read or traffic intercepted (collection),
# a help desk talked into resetting someone else's password (initial access by
# impersonation), leaked password lists tried against a login (credential access),
# logs cleared after being inside so the admins cannot trace it (defence evasion),
# access kept after the owner patches (persistence), card numbers skimmed from a
# checkout by injected script, vote tallies tampered with (impact), GPS spoofed to
# divert a drone or vehicle
_OTHERS_SYSTEM = (
    r"\b(?:read\w*|intercept\w*|snoop\w* on|spy\w* on)\b[^.\n]{0,20}\b(?:(?:my |the |a )?(?:neighbou?rs?|ex|wife|husband|partner|girlfriend|boyfriend|boss|coworker|colleague|roommate|flatmate|stranger|sister|brother)'s |someone else'?s |somebody else'?s |other people'?s |another person'?s )(?:\w+[ -]){0,3}(?:mail|e-?mails?|messages|texts|chats?|traffic|calls)"
    r"|\bintercept\w*\b[^.\n]{0,20}\b(?:\w+'s|their|his|her|other people'?s|someone'?s) (?:\w+[ -]){1,3}(?:traffic|calls|messages|communications)"
    r"|\b(?:get\w*|talk\w*|trick\w*|convinc\w*|persuad\w*|sweet-talk\w*|social[- ]engineer\w*)\b[^.\n]{0,30}\bhelp ?desk\b[^.\n]{0,30}\breset\w*\b[^.\n]{0,20}\b(?:someone else'?s|somebody else'?s|another (?:person|user|employee)'?s|(?:a|the) victim'?s|(?:his|her|their) )"
    r"|\b(?:leaked|breached|stolen|dumped)\b[^.\n]{0,20}\b(?:passwords?|credentials?|combo ?lists?|logins?)\b[^.\n]{0,60}\btr(?:y|ies|ying)\b[^.\n]{0,20}\bagainst\b"
    r"|\b(?:clean\w*|wip\w*|eras\w*|delet\w*|clear\w*|scrub\w*)\b[^.\n]{0,30}\blogs?\b[^.\n]{0,80}\bso (?:the )?(?:admins?|administrators?|nobody|no one|they|it|the owners?|the company) (?:can'?t|cannot|won'?t|will not|doesn'?t|don'?t) (?:trace|see|notice|find|tell|know)"
    r"|\bkeep\w* (?:my |our )?access\b[^.\n]{0,20}\b(?:after|even (?:after|if|when)|once|when) (?:they|the \w+|it'?s|admins?|it gets?) (?:patch|rebuild|reset|fix|chang|re-?image|updat)\w*"
    r"|\bskim\w*\b[^.\n]{0,30}\b(?:card numbers|card details|card data|payment details)\b[^.\n]{0,60}\b(?:checkout|shop|store|site|javascript|script)"
    r"|\b(?:vote|voting|ballot|election)[- ](?:tally|tallies|count\w*|results?|machines?|systems?|api|servers?|database)\b[^.\n]{0,60}\b(?:tamper\w*|manipulat\w*|rig\w*)"
    r"|\b(?:tamper\w*|manipulat\w*|rig\w*|alter\w*)\b[^.\n]{0,30}\b(?:vote|voting|ballot|election)[- ](?:tally|tallies|counts?|results?|machines?|systems?|api|servers?|totals?)\b"
    r"|\bspoof\w*\b[^.\n]{0,20}\bgps\b[^.\n]{0,60}\b(?:drones?|lands?|vehicles?|ships?|trucks?|deliver\w*)\b"
)
_GOAL_ACTS: tuple[tuple[str, str], ...] = (
    (
        "cyber",
        r"\b(?:golden|silver|diamond) tickets?\b|\bdcsync\b|\bpass[- ]the[- ](?:hash|ticket)\b|\bkerberoast\w*|\bdomain admin\b|\b(?:escalat\w*|elevat\w*) (?:my |our )?privileges? (?:on|in|inside) (?:a |the |their |someone)"
        r"|\b(?:dump\w*|extract\w*|pull\w* out|harvest\w*|scrap\w*)\b[^.\n]{0,40}\b(?:lsass|ntds|sam hive|cleartext passwords|password hashes|card numbers|card data|track ?2|pan data)"
        r"|\b(?:point[- ]of[- ]sale|pos) (?:terminal )?(?:memory|ram)\b|\bram[- ]scrap\w*"
        r"|\b(?:hid\w*|conceal\w*|run\w*|install\w*|deploy\w*|plant\w*)\b[^.\n]{0,30}\b(?:crypto ?miners?|miners?|coin ?miners?)\b[^.\n]{0,40}\b(?:other people|someone|their|servers|machines|hosts|so (?:admins|nobody|no one))"
        r"|\b(?:clean\w*|wip\w*|eras\w*|delet\w*|edit\w*|clear\w*|scrub\w*|tamper\w*)\b[^.\n]{0,30}\b(?:my )?(?:tracks?|logs?|traces?)\b[^.\n]{0,60}\b(?:broke into|broken into|hacked|compromised|intrusion|forensics)"
        r"|\b(?:broke into|broken into|hacked into)\b[^.\n]{0,40}\b(?:logs?|tracks?|traces?)\b"
        r"|\b(?:zero[- ]click|0[- ]click)\b|\bexploit chains?\b|\bspyware\b|\bstalkerware\b"
        r"|\bexploit\w*\b[^.\n]{0,60}\b(?:(?:to|so (?:i|we|they) can) (?:change|alter|steal|get|gain|read|dump|take|drop|pop)|get shells?|shells? on|on compan\w*|unpatched)"
        r"|\b(?:hijack\w*|poison\w*)\b[^.\n]{0,20}\b(?:bgp|dns|routes?|arp)\b|\bintercept\w*\b[^.\n]{0,30}\b(?:\w+'s|their|other people'?s|someone'?s) (?:traffic|calls|messages|communications)"
        r"|\b(?:break\w* into|switch\w* off|turn\w* off|disabl\w*|jam\w*|loop\w*|blind\w*)\b[^.\n]{0,40}\b(?:cctv|cameras?|alarms?|alarm systems?|security systems?)"
        # round 10: another person's network, account or device (a neighbour's Wi-Fi, an ex's
        # iCloud, a stranger's phone, two-factor login on someone else's account)
        r"|\b(?:break\w* into|get\w* (?:into|onto|on to|on)|hack\w*|crack\w*|access\w*|log\w* into|sign\w* into|take\w* over|hijack\w*|get\w* past|bypass\w*|piggyback\w* on|steal\w*|exploit\w*)\b[^.\n]{0,40}"
        r"\b(?:(?:my |the |our |a )?(?:neighbou?rs?|ex|ex-\w+|wife|husband|partner|girlfriend|boyfriend|boss|coworker|colleague|roommate|flatmate|stranger|sister|brother|mother|father|daughter|son|teacher|landlord|competitor|rival|school|university|college)'?s?'? |someone else'?s |somebody else'?s |other people'?s |another person'?s |people'?s |(?:his|her) )"
        r"(?:\w+[ -]){0,3}(?:wi-?fi|wireless|wpa\d?|router|network|icloud|gmail|e-?mail|mailbox|inbox|account|phone|laptop|computer|webcam|camera|cameras|cctv|instagram|facebook|snapchat|whatsapp|bank|login|two-factor|2fa|mfa|sms code|password|portal|grades?|database|server)"
        r"|\b(?:switch\w*|turn\w*|shut\w*) (?:the |their |all |its )?(?:cctv |security )?(?:cameras?|cctv|alarms?)\s+off\b"
        r"|\b(?:get\w* past|bypass\w*|defeat\w*|skip\w*|intercept\w*)\b[^.\n]{0,20}\b(?:the )?(?:sms )?(?:two-factor|2fa|mfa|one-time code|otp)\b[^.\n]{0,50}\b(?:someone|somebody|other people|another|their|his|her|victim)"
        # files or records locked until a ransom is paid
        r"|\b(?:lock\w*|encrypt\w*|scrambl\w*)\b[^.\n]{0,40}\b(?:records|files|data|systems?|computers?|network|drives?)\b[^.\n]{0,30}\b(?:until|unless) (?:they|he|she|the \w+|you|we) (?:pay|pays)"
        # records taken out of a system without authorisation
        r"|\b(?:get\w*|pull\w*|steal\w*|access\w*|download\w*|copy\w*|exfiltrat\w*|extract\w*)\b[^.\n]{0,60}\b(?:records?|data|files|database|emails?)\b[^.\n]{0,60}\bwithout (?:any )?(?:authori[sz]ation|permission|consent|them knowing|being authori[sz]ed)"
        # taking a site or service down for someone else
        r"|\b(?:take|taking|took|knock\w*|bring\w*|brought|keep\w*|kept|flood\w*|crash\w*)\b[^.\n]{0,12}\b(?:down|offline)\b[^.\n]{0,40}\b(?:site|website|shop|store|server|servers|service|network|platform|game)\b"
        r"|\b(?:take|taking|took|knock\w*|bring\w*|flood\w*|crash\w*)\b[^.\n]{0,10}\b(?:a |an |the |their |his |her |my \w+'s |\w+'s )(?:\w+ ){0,3}(?:site|website|shop|store|server|servers|service|network|platform)s? (?:down|offline)\b"
        r"|\bd?dos\w*\b[^.\n]{0,60}\b(?:competitor|rival|ex|school|neighbou?r|site|website|shop|store|server)\b"
        r"|" + _OTHERS_SYSTEM + r""
        # hidden code in devices or software sold or shipped to others
        r"|\b(?:plant\w*|hid\w*|add\w*|insert\w*|put\w*|build\w*|implant\w*|backdoor\w*)\b[^.\n]{0,40}\b(?:backdoor|implant|persistence|rootkit|bootkit)\b|\bbackdoor\w*\b[^.\n]{0,30}\b(?:firmware|router|routers|device|devices|update|package|library)",
    ),
    (
        "critical_infrastructure",
        r"\b(?:chang\w*|alter\w*|tamper\w*|modif\w*|manipulat\w*|overrid\w*|rais\w*|set\w*|mess\w* with)\b[^.\n]{0,40}\b(?:chemical )?(?:dosing|setpoints?|set points?|plcs?|scada|hmis?|valves?|chlorine levels?)\b[^.\n]{0,60}\b(?:plant|grid|substation|facility|pipeline|dam|hmi|plc|scada|utility)"
        # round 10: industrial protocol commands that trip breakers or open valves unseen
        r"|\b(?:modbus|dnp3|iec[- ]?104|iec[- ]?61850|s7comm|profinet|bacnet)\b[^.\n]{0,60}\b(?:open\w*|trip\w*|clos\w*|shut\w*|disabl\w*)\b[^.\n]{0,40}\b(?:breakers?|valves?|pumps?|relays?|substation|grid|feeders?)"
        r"|\b(?:open\w*|trip\w*)\b[^.\n]{0,10}\b(?:a |the )?(?:substation'?s? |grid )?(?:circuit )?breakers\b[^.\n]{0,60}\bwithout (?:the )?(?:operators?|anyone|them)",
    ),
)
# a goal governed by a verb of defending (its first words) or asking for a detection artefact
_DEFENSIVE_GOAL = re.compile(
    r"^\W*(?:\S+\s+){0,3}?(?:detect\w*|alert\w*|hunt\w*|block\w*|prevent\w*|mitigat\w*|flag\w*|monitor\w*|identif\w*|spot\w*|catch\w*|find\w*|audit\w*|triag\w*|remediat\w*|harden\w*|protect\w*|quarantin\w*|scan\w*|check\w*|verif\w*|validat\w*|report\w*|warn\w*|respond\w*|investigat\w*|log\w*|record(?:s|ed|ing)?\b(?! (?:out|of|from|without))|parse\w*|explain\w*|summari[sz]\w*|count\w*|list\w*|rotat\w*|revok\w*|reset\w*)\b"
    r"|\b(?:detects?|detecting|detection (?:rules?|logic|query|content)|alerts? (?:on|when|if)|sigma|yara|kql|splunk|suricata|snort|hunting query|indicators? of|iocs?)\b",
    re.I,
)
_GOAL_RES = tuple((area, re.compile(pattern, re.I)) for area, pattern in _GOAL_ACTS)
# round 10: for an ask stated in plain words (an instruction to the AI, a clause that asks for an
# intrusion, an act inside a story) only verbs of defending govern it: "find and exploit",
# "check whether you can get into" or "log into her account" are the act, not a defence
DEFENDING = re.compile(
    r"^\W*(?:\S+\s+){0,3}?(?:detect\w*|alert\w*|hunt\w*|block\w*|prevent\w*|mitigat\w*|monitor\w*|protect\w*|harden\w*|quarantin\w*|remediat\w*|triag\w*|investigat\w*|audit\w*|explain\w*|summari[sz]\w*|defend\w*|secur(?:e|ing)|patch\w*)\b"
    r"|\b(?:detects?|detecting|detection (?:rules?|logic|query|content)|alerts? (?:on|when|if)|sigma|yara|kql|splunk|suricata|snort|hunting query|indicators? of|iocs?)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class IntrusionGoal:
    area: str  # "cyber" or "critical_infrastructure"
    evidence: str


def intrusion_goal(goal: str, defending: re.Pattern[str] = _DEFENSIVE_GOAL) -> IntrusionGoal | None:
    """The intrusion act a short goal text names (lower case), or None where it names none or
    where a verb of defending governs it ("detect golden tickets", "alert on log wiping")."""
    # round 12: each pattern searched by its literal-start scanner (``alternation``: the same
    # match, tried only where one of its first strings occurs; ``_CAPABILITY`` run as it is
    # tried every position of the goal)
    if alternation(defending).search(goal) is not None:
        return None
    for area, compiled in _GOAL_RES:
        found = alternation(compiled).search(goal)
        if found is not None:
            return IntrusionGoal(area, found.group().strip())
    found = alternation(_CAPABILITY).search(goal)
    if found is not None:
        return IntrusionGoal("cyber", found.group().strip())
    return None


# round 10: an intrusion act asked for directly, in plain words and whatever the pretext ("for
# our purple-team exercise, break into my neighbour's Wi-Fi"; "develop a zero-click exploit
# chain"; "corrige este código para que evada a Defender"): a clause that opens with a request to
# make or do (an imperative, "i need you to", "can you") and names an intrusion act. A clause that
# asks to explain, detect or defend names none (``intrusion_goal``'s defending verbs).
_DO_VERB = re.compile(
    r"(?:write|build|develop|create|make|code|implement|give me|produce|generate|craft|design|change|modify|fix|update|rewrite|tweak|adapt|clean|wipe|erase|scrub|edit|plant|put|insert|embed|slip|sneak|install|deploy|hide|take down|knock|bring down|break into|get into|get past|get onto|hack|crack|dump|steal|exfiltrate|bypass|evade|disable|turn off|launch|set up|add|inject|backdoor|spread|encrypt|show me how to|tell me how to|walk me through|"
    r"corrige|corrija|escribe|escriba|crea|cree|desarrolla|haz|programa|modifica|écris|écrivez|crée|créez|développe|modifie|schreib\w*|erstell\w*|entwickl\w*|bau\w*|programmier\w*|änder\w*|scrivi|sviluppa|escreva|crie|desenvolva)\b"
)
_DO_REQUEST = re.compile(
    r"^(?:(?:please|pls|now|just|then|also|so|and|ok|okay|hey|hi|hello|quick one|urgent)\W+)*"
    r"(?:(?:can|could|would|will) you (?:please )?|i (?:need|want|would like|'d like) you to |you (?:need|have|must) to |you must |help me |i need to |i want to |let'?s |go ahead and )?"
    + _DO_VERB.pattern
)
# what is asked for is a text *about* the act (an essay, a story, a timeline, a tabletop
# exercise, a detection), or the act is what the asked-for thing protects against
_ABOUT = re.compile(
    r"^\W*(?:\w+\W+){0,3}?(?:(?:a|an|the|me|us|some|my|our|\d+[- ]?\w*)\W+){0,3}(?:essay|incident response|response|story|stories|poem|timeline|plot|outline|novel|tabletop|exercise|scenario|summary|report|runbook|article|blog|post|ending|opening|paragraph|chapter|history|overview|explanation|presentation|slides?|training|quiz|polic(?:y|ies)|rules?|detections?|alerts?|quer(?:y|ies)|tests? for|checklist|playbook|lesson|letter|memo|brief\w*|faq|guide for (?:users|staff|employees|victims)|antagonist|villain|protagonist|characters?|novel|book|screenplay|film|backups?|plans?|strateg(?:y|ies)|architecture|recovery)\b"
    r"|\b(?:surviv\w*|withstand\w*|resist\w*|recover\w* from|resilien\w* (?:to|against)) (?:a |an |the )?(?:\w+ )?(?:attacks?|ransomware|ddos|breach\w*|outages?|intrusions?)\b"
    r"|\b(?:in|for|of) (?:my|a|the|our|this) (?:novel|story|book|screenplay|film|movie|game|class|course|essay|thesis|lecture)\b"
    r"|\b(?:to|and|that|which|so (?:we|i) can) (?:stop|block|prevent|detect|catch|throttle|limit|mitigate|flag|alert on|protect|defend|guard|recover|respond)\b|\brate[- ]limit\w*|\blockouts?\b|\bhoneypots?\b|\btabletop\b"
    # round 27: a device checked or scanned for malicious code, or cleaned of it (the Detect
    # function of the NIST Cybersecurity Framework, "monitored for malicious code", DE.CM)
    r"|\b(?:check\w*|scan\w*|search\w*|inspect\w*)\b[^.\n]{0,30}\bfor (?:any |signs of |hidden )?"
    r"(?:stalkerware|spyware|malware|keyloggers?|trackers?|tracking apps?|viruses|rootkits?)\b"
)


def any_match_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """For a pattern ``(?:A|B|...)\\b`` whose alternatives each open with a letter: a twin with
    the alternatives grouped by that letter (``(?:w(?:rite|ipe)|b(?:uild|ypass)|...)\\b``), which
    matches somewhere in a text exactly where the pattern does (the same alternatives, each with
    the same ``\\b`` after it; only the order they are tried in differs, which decides *which*
    match is found, not *whether* one is) and costs ``re`` one test per first letter, not one per
    alternative, at each position. The pattern itself where it has another shape."""
    source = pattern.pattern
    if not (source.startswith("(?:") and source.endswith(")\\b")):
        return pattern
    alternatives = split_alternatives(source[3:-3])
    if not closes_at_end(source[:-2]) or len(alternatives) < 2:
        return pattern
    grouped: dict[str, list[str]] = {}
    for alternative in alternatives:
        first, second = alternative[:1], alternative[1:2]
        if not first.isalpha() or second in ("?", "*", "+", "{"):
            return pattern
        grouped.setdefault(first, []).append(alternative[1:])
    try:
        return re.compile(
            "(?:" + "|".join(f + "(?:" + "|".join(r) + ")" for f, r in grouped.items()) + ")\\b",
            pattern.flags,
        )
    except re.error:
        return pattern


_DO_VERB_ANY = any_match_twin(_DO_VERB)
_MAX_READ = 6  # distinct asks read per text, at most
_CLAUSES = re.compile(r"[.!?;\n]+\s*|[,:]\s+|\s+(?:—|–|-)\s+")


# round 22: an ask for the act in plain question or wish form ("how can i …", "which endpoints
# … could i …", "best tricks for …", "i'd like to …", "add a module for …"): the clause is read
# whole, with no verb of making required after its opener (the goal table is the guard)
_ASK_FORM = re.compile(
    r"^(?:(?:please|pls|so|and|ok|okay|hey|hi|also|then|three questions|practice question)\W+)*"
    r"(?:how (?:(?:can|could|do|would|should|might) (?:i|we)|to)\b"
    r"|which (?:\S+\s+){1,10}?(?:could|can|should|would) (?:i|we)\b"
    r"|(?:what(?:'s| is| are) )?(?:the )?best (?:tricks?|ways?|methods?) (?:for|to)\b"
    r"|i'?d like to\b|i (?:want|would like|need) to\b"
    r"|add (?:a |an )?(?:module|plugin|feature|function) (?:for|that|to)\b)"
)

_FORM_DEFENDING = re.compile(
    r"^\W*(?:\S+\s+){0,4}?(?:spot\w*|tell (?:if|whether|when)|know (?:if|whether|when)|find out (?:if|whether)|detect\w*|identif\w*|check\w*|remov\w*|get rid|clean\w* up|recover\w*|stop\w*|block\w*|prevent\w*|protect\w*|secur\w*|harden\w*|defend\w*|monitor\w*|audit\w*|investigat\w*|respond\w*|report\w*|explain\w*|understand\w*)\b"
    r"|\b(?:my|our) own\b"
    r"|(?<!without )(?<!not )(?<!n't )(?<!avoid )\b(?:harden\w*|protect\w*|defend\w* against|secur(?:e|ing)|patch\w*|detect\w*|monitor\w*|prevent\w*|mitigat\w*|lock\w* down)\b"
)
_OTHERS_RE = re.compile(_OTHERS_SYSTEM)
_ASK_OPENER = re.compile(r"\b(?:how|which|best|like to|want to|need to|add)\b")


def intrusion_ask(text: str) -> IntrusionGoal | None:
    """The intrusion act a clause of ``text`` (lower case, bounded by the caller) asks to be
    done or made: the clause opens with a request to make or do and names an intrusion act of
    ``intrusion_goal`` (a sentence of 240 characters at most from the request on)."""
    read: set[str] = set()  # each ask read once (a many-shot text repeats its turns)
    # (round 24: split no further than the sentences read: the same first pieces)
    for seen, part in enumerate(_SENTENCE_SPLIT.split(text, _MAX_SENTENCES)):
        if seen >= _MAX_SENTENCES or len(read) >= _MAX_READ:
            break
        # a clause is read only where a verb of _DO_VERB opens its request, so the sentence
        # holds one (a clause ends at a separator that is no word character, so the verb's
        # closing \b holds in the sentence too): one scan, where most sentences hold none
        if _DO_VERB_ANY.search(part) is None and _ASK_OPENER.search(part) is None:
            continue
        clauses = _CLAUSES.split(part)
        for at, clause in enumerate(clauses):
            request = _DO_REQUEST.match(clause)
            start = 0
            if request is None:
                # round 22: a question or wish form is read whole (its object may precede
                # its verb: "which endpoints of the tally api could i tamper with"), only for
                # the acts on someone else's system (a defender's "how do we catch
                # pass-the-hash" names an act too), never where it asks to find, tell or
                # remove something or is about one's own system; otherwise the clause is read
                # as before
                form = _ASK_FORM.match(clause)
                if form is not None and _FORM_DEFENDING.search(clause) is None:
                    whole = " ".join(clauses[at:])[:240]
                    if _OTHERS_RE.search(whole) is not None:
                        return IntrusionGoal("cyber", whole[:120])
            if request is None:
                # every _ASKED_OF_YOU match holds "you" or "help me ": one substring test each
                # before the pattern is tried at every position of the clause
                if "you" not in clause and "help me " not in clause:
                    continue
                asked = _ASKED_OF_YOU.search(clause)
                if asked is None or _DO_VERB.match(clause, asked.end()) is None:
                    continue
                start = asked.end()
            ask = " ".join([clause[start:], *clauses[at + 1 :]])[:240]
            verb = _DO_VERB.search(ask)
            if verb is not None and _ABOUT.search(ask[verb.end() :]) is not None:
                continue
            ask = _UNSEEN.sub(r"\1 evading", ask)
            if ask in read or len(read) >= _MAX_READ:
                continue
            read.add(ask)
            found = intrusion_goal(ask, DEFENDING)
            if found is not None:
                return IntrusionGoal(found.area, ask[:120])
    return None


# a request put to the assistant inside a clause ("to test them i need you to ...")
_ASKED_OF_YOU = re.compile(
    r"\b(?:(?:can|could|would|will) you (?:please )?|i (?:need|want|would like|'d like) you to |you (?:need|have|must) to |help me )"
)
# "so that defender stops detecting it" is evasion, not a verb of detecting
_UNSEEN = re.compile(
    r"\b(stops?|stopped|avoids?|evades?|without|never|not|won'?t|don'?t|doesn'?t|can'?t|cannot|no longer) (?:be )?(?:detect|alert|flag|catch|notic)\w*"
)


# a sentence ends at white space after ".", "!" or "?", or at line breaks: the pattern
# ``(?<=[.!?])\s+|\n+`` (every match of either opens with a white-space character, a line break
# being one), written to open with that character (round 24, bypasslat2; from bypasstail's
# measurement): ``re`` skips through the text to the characters of the class, where a
# look-behind first is tried at every position. The same pieces
# (``tests/bypass/test_shared_scans.py``).
_SENTENCE_SPLIT = re.compile(r"\s(?:(?<=[.!?]\s)\s*|(?<=\n)\n*)")
_MAX_SENTENCES = 24  # sentences ``intrusion_ask`` reads, at most


__all__ = [
    "DEFENDING",
    "IntrusionGoal",
    "Offensive",
    "intrusion_ask",
    "intrusion_goal",
    "offensive_cyber",
]
