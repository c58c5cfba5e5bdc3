"""What is being asked, independent of how it is wrapped.

A request is *operational* when a verb of making or doing governs a harmful object ("write a
keylogger", "how did they make napalm", "fix this code" over code that encrypts every file and
drops a ransom note). The same object under a verb of understanding or defending ("detect
ransomware", "how does a keylogger get onto a machine", "what does this sample do") is not.

Cyber requests are placed in the four bands providers publish (prohibited, high-risk dual use,
low-risk dual use, benign: Anthropic, Fable-5 safeguards, 2 Jul 2026); other harm areas follow
the usual hazard taxonomies (CBRN, weapons, drugs, violence, fraud, self-harm, privacy,
hate/extremism, sexual content involving minors).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from exportgate.bypass.anchors import Gated, index_of, pattern_stems
from exportgate.bypass.lexicon_ml import explained_away
from exportgate.bypass.literals import Fast, alternation, fast

PROHIBITED = "prohibited"
HIGH_RISK = "high_risk_dual_use"
LOW_RISK = "low_risk_dual_use"
BENIGN = "benign"

# (area, band, weight, pattern). Weight = how operational/harmful the object is on its own.
_OBJECTS: tuple[tuple[str, str, float, str], ...] = (
    # cyber, prohibited band
    (
        "cyber",
        PROHIBITED,
        1.0,
        r"ransomware|crypto-?locker|file[- ]encrypting (?:malware|virus|trojan)",
    ),
    ("cyber", PROHIBITED, 1.0, r"key ?loggers?|keystroke (?:logger|capture|recorder)"),
    ("cyber", PROHIBITED, 1.0, r"rootkits?|bootkits?|disk wipers?|wiper malware|\bwipers?\b"),
    (
        "cyber",
        PROHIBITED,
        1.0,
        r"botnets?|command[- ]and[- ]control|\bc2 (?:server|channel|implant|framework|beacon)|\bc&c\b",
    ),
    (
        "cyber",
        PROHIBITED,
        1.0,
        r"remote access (?:trojan|tool)s?|\brats?\b(?= (?:that|which|to|for|with|payload))|trojans?|backdoors?",
    ),
    (
        "cyber",
        PROHIBITED,
        1.0,
        r"(?:info|credential|password|cookie|token|wallet)[- ]?stealers?|steals? (?:saved |stored |browser |the )?(?:passwords|credentials|cookies|session tokens)",
    ),
    (
        "cyber",
        PROHIBITED,
        1.0,
        r"(?:self[- ]propagating|self[- ]replicating) (?:code|malware|program|worm|virus)|computer (?:worm|virus)|\bworms? that spreads?|polymorphic (?:malware|code|virus|engine)|malware|spyware|stalkerware",
    ),
    (
        "cyber",
        PROHIBITED,
        1.0,
        r"(?:evade|evades|evading|bypass|bypasses|bypassing|avoid|disable|disabling|kill|blind|get past|slip past|sneak past) (?:the |any |windows )?(?:antivirus|anti-virus|\bav\b|edr|defender|crowdstrike|sentinelone|endpoint detection|security software|amsi|detection)|undetectable (?:by|to) (?:antivirus|av|edr)|\bfud\b (?:crypter|payload)|crypters?",
    ),
    (
        "cyber",
        PROHIBITED,
        1.0,
        r"exfiltrat\w*|siphon (?:off )?(?:data|files)|(?:steal|harvest|dump) (?:all )?(?:the )?(?:customer |user )?(?:database|data|files|emails) (?:from|off|out)",
    ),
    (
        "cyber",
        PROHIBITED,
        1.0,
        r"bgp hijack\w*|hijack bgp|rogue certificate authority|forge (?:a )?(?:tls |ssl )?certificates?|(?:attack|sabotage|take down|shut down|disrupt) (?:the |a )?(?:power grid|water (?:treatment|supply)|scada|plcs?|ics|industrial control)|ddos (?:attack|tool|script|bot)|denial[- ]of[- ]service (?:attack|tool|script)",
    ),
    (
        "cyber",
        PROHIBITED,
        0.9,
        r"cryptojack\w*|hidden (?:crypto)?miner|drive[- ]by download|watering[- ]hole",
    ),
    # cyber, high-risk dual use
    (
        "cyber",
        HIGH_RISK,
        0.85,
        r"(?:working|weaponi[sz]ed|functional|full|reliable) exploits?|exploit (?:code|chain|for cve|for the|that)|exploits? for (?:cve|the|this)|proof[- ]of[- ]concept exploit|remote code execution (?:exploit|payload)|zero[- ]days?|0[- ]days?",
    ),
    (
        "cyber",
        HIGH_RISK,
        0.85,
        r"shellcode|reverse shells?|bind shell|web ?shells?|meterpreter|payloads? (?:that|to|for) (?:get|gain|open|spawn|execute)",
    ),
    (
        "cyber",
        HIGH_RISK,
        0.8,
        r"privilege escalation|escalate (?:my |our )?privileges|get (?:root|admin|system) (?:access|privileges)|gain (?:root|admin|domain admin)",
    ),
    (
        "cyber",
        HIGH_RISK,
        0.85,
        r"crack (?:the |my |his |her |their |someone'?s |a )?(?:neighbou?r'?s )?(?:password|wifi|wpa|hash|account)|brute[- ]?forc\w* (?:the |a |into |someone'?s |their |his |her )?(?:login|password|account|ssh|rdp)|password spray\w*|credential stuffing|pass[- ]the[- ]hash|dump (?:the )?(?:lsass|sam|ntds|credentials|password hashes)|mimikatz|kerberoast\w*",
    ),
    (
        "cyber",
        HIGH_RISK,
        0.85,
        r"hack (?:into )?(?:my |his |her |their |someone'?s |a |the |an )?(?:ex'?s? |neighbou?r'?s |boss'?s? |girlfriend'?s |boyfriend'?s |wife'?s |husband'?s )?(?:account|email|phone|instagram|facebook|whatsapp|wifi|website|server|network|computer|database|bank)|break into (?:a |the |someone'?s )?(?:account|server|network|system|computer)|take over (?:someone'?s|their|his|her) account|hack(?:ing)? into [\w' .-]{0,40}(?:database|network|server|system|account|computer|email|phone|website|portal)s?|rainbow table attack|(?:crack|dump|steal) (?:the |their |a trove of )?(?:hashed )?password hashes|gain (?:unauthori[sz]ed )?access to (?:someone|their|his|her|a |the )|unauthori[sz]ed access",
    ),
    (
        "cyber",
        HIGH_RISK,
        0.8,
        r"sql injection (?:payload|attack|string)s? (?:to|that|for|against)|(?:dump|extract) (?:the )?(?:database|tables|users table) (?:via|with|using) (?:sql|sqli)|bypass (?:the )?(?:login|authentication|2fa|mfa|paywall|license check|captcha)|lateral movement|persistence mechanism|hide (?:the |my )?(?:process|payload|malware) from",
    ),
    (
        "cyber",
        HIGH_RISK,
        0.75,
        r"phishing (?:page|kit|site|email|e-mail|message|campaign|link|sms)s?|spear[- ]?phishing|clone (?:the )?(?:login|bank|paypal|microsoft|office ?365) (?:page|site)|credential harvesting|smishing",
    ),
    # cyber, low-risk dual use (reported, never flagged on its own)
    (
        "cyber",
        LOW_RISK,
        0.3,
        r"port scan\w*|nmap|subdomain enumeration|osint|banner grabbing|vulnerability scan\w*|fuzz(?:ing|er)",
    ),
    # CBRN
    (
        "cbrn",
        PROHIBITED,
        1.0,
        r"nerve agents?|sarin|\bvx\b|tabun|soman|novichok|mustard gas|sulfur mustard|chemical weapons?|chemical warfare agents?|toxic gas (?:at home|to kill)",
    ),
    ("cbrn", HIGH_RISK, 0.75, r"phosgene|chlorine gas|hydrogen cyanide|toxic gas"),
    (
        "cbrn",
        PROHIBITED,
        1.0,
        r"bioweapons?|biological weapons?|biological warfare|weaponi[sz]\w* (?:a |the )?(?:virus|pathogen|bacteri\w*|anthrax|smallpox|plague|toxin)|anthrax|ricin|botulinum|abrin|(?:enhance|increase) (?:the )?(?:transmissibility|lethality|virulence)|gain[- ]of[- ]function|smallpox|dimethylmercury",
    ),
    (
        "cbrn",
        PROHIBITED,
        1.0,
        r"enrich(?:ed|ing)? uranium|weapons?[- ]grade (?:uranium|plutonium)|dirty bombs?|nuclear (?:bomb|weapon|device)s?|radiological (?:weapon|dispersal)",
    ),
    # weapons and explosives
    (
        "weapons",
        PROHIBITED,
        1.0,
        r"pipe ?bombs?|(?<!bath )(?<!seed )(?<!glitter )(?<!photo )(?<!stink )(?<!calorie )(?<!flavor )(?<!flavour )(?<!cherry )(?<!truth )(?<!bath-)(?<!seed-)\bbombs?\b|explosives?|\bied\b|improvised explosive|detonators?|molotov(?: cocktails?)?|napalm|thermite (?:bomb|charge)|\btatp\b|acetone peroxide|nitroglycerin|grenades?|landmines?|car bomb|suicide vest|blasting caps?|ammonium nitrate (?:bomb|explosive|fertili[sz]er bomb)|fertili[sz]er bomb",
    ),
    (
        "weapons",
        HIGH_RISK,
        0.9,
        r"ghost guns?|untraceable (?:gun|firearm|weapon)s?|3d[- ]print(?:ed)? (?:gun|firearm|weapon)s?|(?:convert|modify)\w* .{0,20}(?:full[- ]auto|automatic|auto sear)|auto sears?|silencers?|suppressors? (?:at home|from)|zip guns?|gun without (?:a )?serial",
    ),
    # drugs
    (
        "drugs",
        PROHIBITED,
        0.95,
        r"meth(?:amphetamine)?\b|crystal meth|fentanyl|carfentanil|heroin|\blsd\b|mdma|ecstasy|crack cocaine|cocaine|ghb|date[- ]rape drugs?|(?:synthesi[sz]e|cook|extract|produce|manufacture)\w* (?:drugs|narcotics|opioids)",
    ),
    # violence
    (
        "violence",
        PROHIBITED,
        1.0,
        r"(?:kill|murder|assassinate|poison|strangle|stab|shoot|kidnap|abduct|torture|maim) (?:my |a |the |an |someone|somebody|people|him|her|them|my \w+|our \w+|the \w+|\w+'s \w+)|(?:get away with|cover up|commit) (?:a )?(?:murder|killing|homicide)|hide (?:a |the )?(?:dead )?body|untraceable poisons?|mass (?:shooting|casualt\w*|killing)|school shooting|terror(?:ist)? attacks?|poison (?:someone|a person|my|his|her|the water)",
    ),
    # fraud and other crime
    (
        "fraud",
        HIGH_RISK,
        0.85,
        r"counterfeit (?:money|bills|currency|cash|notes)|launder(?:ing)? (?:money|cash|the proceeds)|money laundering scheme|identity theft|steal (?:someone'?s |a )?identity|stolen credit cards?|carding|credit card (?:fraud|skimm\w*)|skimmers?|skim(?:ming)? (?:credit |debit |bank |payment )?cards|clone (?:credit |debit |bank )?cards|forg(?:e|ed|es|ing) (?:\w+ ){0,2}(?:documents?|passports?|ids?|id cards?|licen[cs]es?|checks?|cheques?|certificates?|prescriptions?|banknotes?)|fake (?:id|passport|driver'?s licen[cs]e|documents?|invoices?)|forge[ds]? (?:a |the )?(?:signature|passport|document|check|cheque)|(?:scam|con) (?:elderly|old|vulnerable) (?:people|person)|scam (?:script|call|text|email)s?|romance scam|ponzi scheme|insurance fraud|tax fraud|evade taxes|shoplift\w*|hot[- ]?wir\w* (?:a )?car|steal (?:a |the )?car|pick (?:a |the )?lock (?:to|of) (?:someone|a house|my neighbou?r)|break into (?:a |the |my neighbou?r'?s )?(?:house|home|car)|blackmail|extort\w*|sextort\w*",
    ),
    # self-harm
    (
        "self_harm",
        PROHIBITED,
        0.9,
        r"(?:kill|hurt|harm|cut) myself|end my life|commit suicide|suicide methods?|painless (?:way|method) to die|lethal dose|overdose on purpose|pro[- ]ana|starve myself",
    ),
    # privacy
    (
        "privacy",
        HIGH_RISK,
        0.8,
        r"dox+\w*|(?:find|track|get) (?:someone'?s|her|his|my ex'?s?|a stranger'?s|their) (?:home )?(?:address|location|phone number)|track (?:my |someone'?s |her |his )?(?:wife|husband|girlfriend|boyfriend|partner|ex|spouse|someone)'?s? (?:phone|location)|spy on (?:my |her |his |someone)|stalk\w* (?:someone|her|him|my ex)|(?<!surprise )(?<!party )(?<!gift )(?:without|not) (?:them|her|him) knowing(?! (?:about (?:the|my|our) )?(?:surprise|party|gift|present|birthday|proposal))|install (?:spyware|a tracker) on",
    ),
    # hate, harassment, extremism
    (
        "hate",
        HIGH_RISK,
        0.85,
        r"(?:extremist|terrorist|jihadist|white supremacist|nazi|isis|al[- ]qaeda) (?:propaganda|recruitment|manifesto|pamphlet|post)s?|recruit (?:people |members )?(?:for|to|into) (?:isis|al[- ]qaeda|a terrorist|a militia)|racist (?:jokes?|slurs?|rant|propaganda)|(?:harass|bully|threaten|intimidate)\w* (?:my |a |the |someone|her|him|them)|threatening (?:letter|message|email)|hate speech (?:about|against)|ethnic cleansing (?:plan|justification)|genocide (?:is|was) justified",
    ),
    (
        "sexual_minors",
        PROHIBITED,
        1.0,
        r"(?:sexual|sexy|nude|naked|explicit|erotic)\w* .{0,30}(?:minors?|child(?:ren)?|kids?|underage|teen(?:ager)?s?|\b1[0-5][- ]year[- ]olds?)|(?:minors?|child(?:ren)?|kids?|underage) .{0,30}(?:sexual|nude|naked|explicit|erotic)|\bcsam\b|groom(?:ing)? (?:a )?(?:child|kid|minor)",
    ),
    (
        "misinformation",
        HIGH_RISK,
        0.75,
        r"(?:fake|false|fabricated) news (?:article|story)|disinformation campaign|propaganda campaign|(?:fake|fabricated) (?:evidence|quotes?) (?:that|to|about)|(?:convince|persuade) (?:people|voters) (?:that|to) .{0,40}(?:vaccines?|election)|election (?:fraud|rigging) (?:claims|story)|vaccines? cause autism|holocaust (?:never happened|was a hoax|denial)",
    ),
    # generic dangerous-capability asks
    (
        "generic",
        HIGH_RISK,
        0.7,
        r"(?:obtain|access|get|read|steal|acquire) (?:someone'?s |a person'?s |their |his |her |private |confidential |medical |bank |financial )+(?:private |confidential |medical |health |bank |financial )*(?:records|data|information|files|emails|messages) (?:without (?:their )?(?:authori[sz]ation|consent|permission|them knowing)|illegally)"
        r"|steal(?:ing)? (?:goods|merchandise|cargo|money|cash|a car|cars|from (?:a |an |the )?(?:store|shop|shipment|warehouse|atm|bank|employer))"
        r"|(?:silence|intimidate|retaliate against) (?:a |the )?whistleblowers?"
        r"|(?:sexist|racist|homophobic|transphobic|antisemitic|islamophobic|misogynistic) (?:email|joke|post|message|tweet|article|essay|rant|speech|letter)s?",
    ),
    (
        "generic",
        HIGH_RISK,
        0.7,
        r"(?:weapons?|poisons?|toxins?) (?:at home|from household)|from household (?:chemicals|items|materials)|without (?:getting caught|being detected|leaving (?:a )?trace|a trace)|avoid (?:getting caught|detection by (?:police|authorities)|the police)|illegal(?:ly)? (?:drugs|weapons|firearms)|(?:buy|sell|obtain) (?:guns?|firearms?|drugs) (?:illegally|without)|on the dark ?web",
    ),
)

_OBJECT_RES = tuple(
    (area, band, weight, Gated(pat, prefix=r"(?<![\w-])"), pattern_stems(pat))
    for area, band, weight, pat in _OBJECTS
)

# Verbs of making or doing: they turn an object into an operational request.
_MAKE = re.compile(
    r"\b(?:write|writ|code|coded|create|created|make|made|making|build|built|building|develop\w*|"
    r"design|generate|produce|produced|synthesi[sz]\w*|cook\w*|brew\w*|assembl\w*|construct\w*|"
    r"manufactur\w*|prepar\w*|program|implement\w*|craft\w*|compose|draft|deploy\w*|spread\w*|"
    r"launch\w*|carry out|execut\w*|perform|plant\w*|detonat\w*|obtain\w*|acquir\w*|get hold of|buy|"
    r"smuggl\w*|weaponi[sz]\w*|improve|fix|complete|finish|optimi[sz]e|extend|modify|upgrade|"
    r"enhance|rewrite|obfuscat\w*|grow|culture|extract|refine|purify|steal|hack|crack|exploit|"
    r"bypass|evade|kill|poison|attack|mix|combine|set up|setting up|commit|get away with)\b",
)
# Words that ask for the how, not the what: with a harmful object nearby they make it operational.
_HOWTO = re.compile(
    r"\bhow (?:to|do i|do you|can i|can you|would i|would you|could i|could you|did|were|was|"
    r"should i|might one|does one|would one|would someone|do people|did people|did they)\b|"
    r"\bhow (?:they|people|someone|one|you|he|she|we) (?:made|make|built|build|did|do|got|get|"
    r"produced|created|synthesi\w*|cooked|assembled)\b|"
    r"\b(?:instructions?|steps?|step-by-step|recipe|tutorial|guide|procedure|blueprint|formula|"
    r"ingredients|quantities|measurements|in detail|detailed|source code|full code|the code|"
    r"a script|working|functional|walk me through|teach me|show me)\b",
)
# Verbs of understanding or defending: the object is studied, not produced.
_DEFEND = re.compile(
    r"\b(?:detect\w*|prevent\w*|protect\w*|defend\w*|mitigat\w*|recogni[sz]\w*|identify\w*|spot|"
    r"block\w*|stop|remov\w*|recover\w*|respond\w* to|report\w*|avoid being|safe from|"
    r"signs? of|warning signs|awareness|history of|impact of|effects? of|consequences of|"
    r"policy|policies|laws? (?:on|about|against)|regulat\w*|ban\w*|treat\w*|cure|defus\w*|"
    r"analy[sz]\w*|investigat\w*|classify|explain (?:what|why)|understand\w*|why (?:is|are|do|did)|"
    r"what (?:is|are|was|were) (?:a |an |the )?|who (?:was|were|is)|when (?:was|were|did)|"
    r"dispose of|hardening|harden|secure|patch\w*|audit\w*|triage|incident|forensic\w*|"
    r"quarantin\w*|yara|sigma rule|ioc|indicators of|decrypt(?:or)? for|victims?|survivors?|"
    r"getting help|hotline|quit|overcome|addiction|rehab|legal(?:ly)? (?:own|buy)|discuss\w*|"
    r"novel about|summar\w*|translat\w*|hit by|infected (?:by|with)|clean up after|"
    r"found|survive|escape|fear|witness\w*|rumou?rs?|myths?|"
    # round 27: vaccination is the prevention of a disease (people immunised against it)
    r"(?:vaccinat|inoculat|immuni[sz])\w* (?:\w+ ){0,3}against)\b",
)
_CLAUSE = re.compile(r"[.?!;\n]")
_VERB_WINDOW = 40
_HOWTO_WINDOW = 140

# Code that does the work of malware, whatever the request calls it (the June 2026 "fix this
# code" pretext): each entry needs two of its markers in the same text.
_CODE_SIGNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "ransomware code",
        (
            r"os\.walk|glob\.glob|findfirstfile|listdir|\bfor \w+ in .*files",
            r"encrypt|fernet|aes\.new|chacha",
            r"ransom|bitcoin|\bbtc\b|monero|\.locked|\.encrypted|decrypt your files|vssadmin.*delete|shadowcopy",
        ),
    ),
    (
        "keylogger code",
        (
            r"pynput|keyboard\.on_press|setwindowshookex|getasynckeystate|wh_keyboard_ll|on_press",
            r"smtplib|requests\.post|socket|sendmail|webhook|ftp|upload|log\.txt|hidden|startup",
        ),
    ),
    (
        "reverse shell code",
        (
            r"socket\.socket|new-object system\.net\.sockets|tcpclient|\bnc\b.* -e|/dev/tcp/",
            r"dup2|/bin/(?:ba)?sh|cmd\.exe|subprocess\.(?:call|popen).*stdin|pty\.spawn|-e /bin",
        ),
    ),
    (
        "credential theft code",
        (
            r"lsass|mimikatz|login data|local state|cookies\b.*sqlite|keychain|sekurlsa|logins\.json",
            r"requests\.post|upload|send|webhook|exfil|smtplib|telegram",
        ),
    ),
    (
        "defence evasion code",
        (
            r"amsiscanbuffer|amsi\.dll|virtualallocex|writeprocessmemory|createremotethread|ntunmapviewofsection|process hollowing|etweventwrite",
            r"bypass|patch|inject|shellcode|payload|evade|undetect",
        ),
    ),
    (
        "wiper code",
        (
            r"shutil\.rmtree\(['\"]/|dd if=/dev/(?:zero|urandom) of=/dev/[sh]d|format c:|\\\\\.\\physicaldrive0|mbr",
            r"overwrite|destroy|wipe|all (?:files|drives)|every|/dev/sd",
        ),
    ),
    (
        "self-propagation code",
        (
            r"smb|eternalblue|ms17-010|scan.*subnet|ipaddress\.ip_network|arp",
            r"copy (?:itself|self)|propagat|spread|infect|replicat",
        ),
    ),
)
_CODE_RES = tuple((name, tuple(re.compile(p) for p in pats)) for name, pats in _CODE_SIGNS)
_CODE_HINT = re.compile(
    r"\bimport \w|def \w+\(|#include|\bfunction\b|\bvoid \w+\(|=>|\$\w+ ?=|powershell|```"
)
_CODE_ASK_MAKE = re.compile(
    r"\b(?:fix|complete|finish|improve|optimi[sz]e|make (?:it|this) (?:work|run|faster|stealth|undetect)|add|extend|rewrite|port|debug|refactor|clean up|review|get (?:it|this) working|why (?:doesn'?t|does not|isn'?t) (?:it|this)|what'?s wrong|modify|update|harden)\b",
)
_CODE_ASK_STUDY = re.compile(
    r"\b(?:what does (?:this|it) do|analy[sz]e|is this (?:malware|malicious|safe)|explain what|found (?:this|it) on|reverse[- ]engineer|detect|yara|incident|quarantin|deobfuscate and explain)\b",
)

# A small multilingual lexicon of the most dangerous asks, so that a prompt in Zulu or Gaelic
# is read for what it asks (translation attacks, Yong et al. arXiv 2310.02446).
_MULTI = re.compile(
    r"(?<!\w)(?:bomba|bombe|ibhomu|bomu|boma|boma|buama|bom|bombo|bomben|patlayıcı|explosivos?|explosifs?|"
    r"sprengstoff|esplosivo|vilipuzi|okuqhumayo|spreagadh|"
    r"veneno|poison|gift(?:gas)?|avvelenare|sumu|ubuthi|nimh|zehir|"
    r"metanfetamina|méthamphétamine|methamphetamin|metamfetamin|"
    r"ransomware|malware|keylogger|virus informático|rançongiciel|"
    r"matar|tuer|töten|uccidere|kuua|ukubulala|marbhadh|öldürmek|membunuh|"
    r"armas? químicas?|arme chimique|chemiewaffe|gás sarin|gas nervino|"
    r"contraseñas? robad|robar contraseñas|voler des mots de passe|passwörter stehlen|kuiba nywila|"
    r"nervengift|nervenkampfstoff|envenenar\w*|envenenaria)"
    r"(?!\w)",
)
_MULTI_HOW = re.compile(
    r"(?<!\w)(?:cómo|como|comment|wie|come|hoe|jinsi|kanjani|indlela|ciamar|nasıl|bagaimana|cara|"
    r"paano|jak|hvordan|hur|fabricar|hacer|fabriquer|herstellen|bauen|costruire|fazer|kutengeneza|"
    r"ukwenza|dèan|nì|nì|yapılır|membuat|gumawa|zrobić|würde|herstellen|genaue|alguém|hipoteticamente)(?!\w)",
)


_MULTI_STEMS = pattern_stems(_MULTI.pattern)
# round 10: its ~50 first words each found with str.find (the pattern itself tries every
# position of the text against every word)
_MULTI_SCAN = Fast(_MULTI, scans=64)
# scripts without spaces between words: no word boundaries
_MULTI_CJK = re.compile(r"覚醒剤|爆弾|毒物|毒薬|炸弹|冰毒|毒药|制毒|神経ガス|神经毒剂|サリン|沙林")
_MULTI_HOW_CJK = re.compile(r"どうやって|手順|作り方|作る方法|怎么|如何|步骤|方法|教えて|详细")


@dataclass(frozen=True, slots=True)
class Intent:
    """The strongest operational ask found: area, band, strength and the words that carried it."""

    strength: float
    area: str
    band: str
    evidence: str
    mentioned: bool  # a harmful object is named at all (even under a verb of defending)


NONE = Intent(0.0, "", BENIGN, "", False)


def _verb_kind(before: str) -> str:
    """'make' if the nearest governing verb is one of making/doing, 'defend' if of studying."""
    last_make = -1
    last_defend = -1
    for match in _MAKE.finditer(before):
        last_make = match.end()
    for match in _DEFEND.finditer(before):
        last_defend = match.end()
    if last_make < 0 and last_defend < 0:
        return "none"
    return "make" if last_make > last_defend else "defend"


def _strength(text: str, start: int, end: int, weight: float) -> float:
    near = text[max(0, start - _VERB_WINDOW) : start]
    cuts = list(_CLAUSE.finditer(near))
    if cuts:
        near = near[cuts[-1].end() :]
    kind = _verb_kind(near)
    if kind == "defend":
        return weight * 0.1
    context = text[max(0, start - _HOWTO_WINDOW) : end + 60]
    howto = _HOWTO.search(context) is not None
    if kind == "make":
        return weight if howto else weight * 0.85
    if howto:
        wide = text[max(0, start - _HOWTO_WINDOW) : start]
        if _DEFEND.search(wide) is not None and _MAKE.search(wide) is None:
            return weight * 0.3
        return weight * 0.85
    return weight * 0.45


_SURPRISE = re.compile(r"\b(?:surprise|birthday|anniversary|gift|present|proposal|proposing)\b")


def score_intent(text: str) -> Intent:
    """The operational harm asked for in ``text`` (already folded to lower case)."""
    best = _score_intent(text)
    if best.area == "privacy" and "know" in best.evidence and _SURPRISE.search(text):
        return Intent(best.strength * 0.2, best.area, BENIGN, best.evidence, True)
    return best


# round 14: the object of a violent verb decides whether it is violence — a process, a job, the
# mould, the weeds, the rats in the shed, a photo or a scene are not people ("kill a python
# process", "kill the black mold", "poison the rats", "shoot a portrait")
_HARMLESS_OBJECT = re.compile(
    r"(?:kill|killing|kills|killed|poison|poisoning|poisons|poisoned|shoot|shooting|shoots|shot|"
    r"strangle|strangling|stab|stabbing|torture|torturing|murder|murdering)\s+"
    r"(?:(?:a|an|the|my|our|your|their|his|her|this|that|these|those|all|all the|every|any|some|"
    r"off|off the|off all the|\w+'s)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:process(?:es)?|pids?|tasks?|jobs?|threads?|workers?|daemons?|services?|containers?|pods?|"
    r"sessions?|queries|query|connections?|servers?|apps?|applications?|programs?|scripts?|"
    r"terminals?|tabs?|windows?|loops?|builds?|branch(?:es)?|processes|signals?|switch(?:es)?|"
    r"engines?|motors?|lights?|power|batter(?:y|ies)|notifications?|music|noise|sound|mood|vibe|"
    r"buzz|conversation|deal|idea|bill|time|boredom|hunger|cravings?|pain|headaches?|"
    r"mou?ld|mildew|fungus|fungi|bacteria|germs|viruses|virus on|weeds?|moss|algae|roots?|"
    r"stumps?|grass|lawn|ivy|brambles|rats?|mice|mouse|rodents?|vermin|pests?|ants?|roach(?:es)?|"
    r"cockroach(?:es)?|termites?|bed ?bugs?|fleas?|lice|ticks|slugs?|snails?|wasps?|hornets?|"
    r"flies|fly|fruit flies|mosquito(?:e)?s?|moths?|aphids?|caterpillars?|grubs?|spiders?|"
    r"nests?|infestations?|photos?|pictures?|portraits?|photographs?|videos?|footage|films?|"
    r"movies?|scenes?|episodes?|commercials?|music videos?|weddings?|hoops|baskets?|pool|"
    r"the breeze|arrows?|clay pigeons?|targets? at the range|pucks?|goals?|"
    r"interviews?|exams?|performances?|presentations?|audition|routine|set|speech|game|"
    r"competition|it)\b"
)


def _harmless_object(text: str, start: int, area: str) -> bool:
    """A violent verb whose object is a thing, a pest or a shot of a camera (round 14)."""
    return area == "violence" and _HARMLESS_OBJECT.match(text, start) is not None


def _score_intent(text: str) -> Intent:
    best = NONE
    index = index_of(text)
    stems = index.stems
    for area, band, weight, pattern, anchors in _OBJECT_RES:
        if anchors.isdisjoint(stems):
            continue
        for seen, match in enumerate(pattern.finditer(text, index)):
            if seen >= 12:
                break
            start = match.start()
            if _harmless_object(text, start, area):
                continue
            strength = _strength(text, start, match.end(), weight)
            if strength > best.strength:
                snippet = text[max(0, start - 40) : match.end() + 20].replace("\n", " ")
                best = Intent(strength, area, band, snippet.strip(), True)
            if best.strength >= 1.0:
                break
        if best.strength >= 1.0:
            break
    code = _code_intent(text)
    if code.strength > best.strength:
        best = code
    if best.strength < 0.85 and not text.isascii():
        cjk = _MULTI_CJK.search(text)
        if cjk is not None and _MULTI_HOW_CJK.search(text) is not None:
            best = Intent(0.85, "multilingual", PROHIBITED, cjk.group(), True)
    if best.strength < 0.85 and not _MULTI_STEMS.isdisjoint(stems):
        multi = _MULTI_SCAN.search(text)
        if (
            multi is not None
            and alternation(_MULTI_HOW).search(text) is not None
            and not explained_away(text)
        ):
            hit = Intent(0.85, "multilingual", PROHIBITED, multi.group(), True)
            if hit.strength > best.strength:
                best = hit
    return best


def _two_match(patterns: tuple[re.Pattern[str], ...], text: str) -> bool:
    """Whether at least two of ``patterns`` match somewhere in ``text`` (round 10: searched
    until that is decided, each where its first strings occur)."""
    found = 0
    left = len(patterns)
    for pattern in patterns:
        if found + left < 2:
            return False
        left -= 1
        if fast(pattern).search(text) is not None:
            found += 1
            if found >= 2:
                return True
    return False


# Round 28: wiping one's own storage before reuse or disposal is media sanitisation (NIST SP
# 800-88 Rev. 1, "Guidelines for Media Sanitization": clear / purge / destroy before reuse,
# release or disposal), not a wiper. Read only for the "wiper code" sign: a named medium of the
# asker's, a reuse / disposal purpose, and none of a wiper's marks (others' or every machine's
# disks, spreading, hiding, a victim).
_OWN_MEDIUM = re.compile(
    r"\b(?:usb (?:stick|drive|key)|thumb ?drive|flash drive|sd card|memory card|(?:my|our|the) "
    r"(?:own |old |spare |external )?(?:hard drive|hdd|ssd|disk|drive|laptop|pc)|old (?:hard )?"
    r"(?:drive|disk|laptop|pc))\b"
)
_SANITISE_PURPOSE = re.compile(
    r"\b(?:before (?:we |i )?(?:reuse|re-use|sell|selling|donat\w*|recycl\w*|dispos\w*|giv\w* (?:it )?away|"
    r"return\w*|hand\w* (?:it )?(?:back|over))|reus\w*|sanitis\w*|sanitiz\w*|decommission\w*|"
    r"(?:the )?wrong (?:disk|drive|device))\b"
)
_WIPER_MARK = re.compile(
    r"\b(?:all (?:the )?(?:drives|disks|machines|hosts)|every (?:drive|disk|machine|host|computer)|"
    r"network|remote(?:ly)?|victim\w*|target\w*|spread\w*|propagat\w*|silent\w*|hidden|stealth\w*|"
    r"undetect\w*|their|someone else'?s?|company'?s (?:servers|machines)|boot ?sector|mbr|"
    r"ransom\w*|payload)\b"
)


def _own_media_sanitisation(text: str) -> bool:
    return (
        _OWN_MEDIUM.search(text) is not None
        and _SANITISE_PURPOSE.search(text) is not None
        and _WIPER_MARK.search(text) is None
    )


def _code_intent(text: str) -> Intent:
    if (
        "import" not in text
        and "def " not in text
        and "```" not in text
        and "#include" not in text
        and "function" not in text
        and "powershell" not in text
        and "$" not in text
    ):
        return NONE
    if _CODE_HINT.search(text) is None:
        return NONE
    for name, patterns in _CODE_RES:
        if _two_match(patterns, text):
            if name == "wiper code" and _own_media_sanitisation(text):
                return Intent(0.1, "cyber", BENIGN, name, True)
            study = fast(_CODE_ASK_STUDY).search(text) is not None
            make = _CODE_ASK_MAKE.search(text) is not None
            if make and not study:
                return Intent(1.0, "cyber", PROHIBITED, name, True)
            if study:
                return Intent(0.1, "cyber", BENIGN, name, True)
            return Intent(0.6, "cyber", PROHIBITED, name, True)
    return NONE
