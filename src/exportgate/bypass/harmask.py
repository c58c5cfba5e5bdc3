"""An operational ask in one of the harm areas, read apart from its wrapper.

Round 8. The intent part reads *objects* under verbs of making; this part reads, per harm area,
the harmful **act on its object** (actions x objects: "poisoning the neighbour's dog", "cloning a
contactless card", "finding the home address of the streamer", "a recruitment post for a
militia") and asks whether the request wants it **done** — an operational request form governs
it in the same clause ("how do I", "a plan for", "step by step", "compare methods for … which is
most effective", "a checklist for", "materials and steps", an imperative at the start of the
clause) — or only **talked about** (detect, prevent, the history of, signs of, a scene with no
technical detail). The wrapper (fiction, persona, hypothetical, therapy, a debate, an authority
claim) does not change what is asked, so it is not read here; the framing part reads it.

Bands follow the usual hazard taxonomies: mass-casualty weapons (explosives, chemical and
biological agents), attacks on people, sexual content involving minors and self-harm methods are
*prohibited*; fraud, privacy intrusion, weapons modification, drugs synthesis and extremist
content are *high-risk*. A request that names a harmful thing but governs it by a verb of
understanding, defending or recounting history gets no ask at all.

The lexicons were written by project staff from the hazard categories (2026-12, round 8), not
from any evaluation set's sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from exportgate.bypass.acts_examiner import ERA, EXAMINER_ACTS
from exportgate.bypass.acts_iccs import ICCS_ACTS
from exportgate.bypass.anchors import Gated, index_of
from exportgate.bypass.words import letter_words

PROHIBITED = "prohibited"
HIGH_RISK = "high_risk_dual_use"

_ART = r"(?:(?:a|an|the|some|my|our|his|her|their|your|this|that|these|those|one|own|homemade|home-made|cheap|simple|small|big|working|real|\w+'s)\s+){0,3}"

# (area, band, pattern): the harmful act on its object. Each pattern is lower-case text.
_ACTS: tuple[tuple[str, str, str], ...] = (
    # explosives and incendiaries
    (
        "explosives",
        PROHIBITED,
        r"(?:make|making|build|building|assembl\w*|prepar\w*|mix\w*|cook\w*|rig\w*|construct\w*|put(?:ting)? together|produc\w*|wir(?:e|ing)|plant\w*|detonat\w*|set(?:ting)? off|hide|hiding|get(?:ting)? (?:the )?(?:materials|ingredients|parts) for)\s+"
        + _ART
        + r"(?!(?:bath|seed|photo|flavou?r|calorie|glitter|smoke|stink|cherry|water|love|truth|time|f|cluster|sex|joke|beauty|nutrient|protein|color|colour|confetti)[- ]?bomb)(?:\w+[- ])?(?:pipe ?bombs?|bombs?|ieds?|improvised explosive\w*|explosives?|explosive (?:device|charge|payload)s?|detonators?|blasting caps?|napalm|thermite|molotov(?: cocktails?)?|incendiar(?:y|ies)(?: devices?)?|grenades?|tatp|acetone peroxide|nitroglycerin\w*|black powder charges?|flash powder|car bombs?|suicide vests?|fertili[sz]er bombs?)\b",
    ),
    (
        "explosives",
        PROHIBITED,
        r"(?:drone|quadcopter)s? (?:that|to|which) (?:can )?(?:drops?|deliver|carr(?:y|ies)) (?:an? )?(?:explosive|bomb|grenade|payload)|thermite (?:and use it |to )(?:burn|melt|cut|destroy)|explosive payload on",
    ),
    # chemical agents
    (
        "chemical",
        PROHIBITED,
        r"(?:make|making|synthesi[sz]\w*|produc\w*|prepar\w*|mix\w*|generat\w*|releas\w*|dispers\w*|aerosoli[sz]\w*|weaponi[sz]\w*|extract\w*|purif\w*|deploy\w*|obtain\w*|get(?:ting)? hold of)\s+"
        + _ART
        + r"(?:nerve agents?|sarin|vx|tabun|soman|novichok|mustard gas|sulfur mustard|chlorine gas|phosgene|hydrogen cyanide|cyanide gas|poison(?:ous)? gas|toxic gas|toxic fumes|ricin|abrin|chemical weapons?|chemical agents?)\b",
    ),
    (
        "chemical",
        PROHIBITED,
        r"(?:extract\w*|mak\w*|produc\w*|prepar\w*|isolat\w*|concentrat\w*) (?:a |an |the |some )?(?:lethal|deadly|fatal|poisonous|untraceable) (?:toxin|poison|dose)s?|hide (?:it|the poison|the toxin) in (?:\w+ )?(?:food|drink|coffee|tea|meal)"
        r"|(?:gas|fumes|chlorine|cyanide|ricin)\b.{0,40}\b(?:enclosed space|in a (?:room|car|classroom|subway|train|crowd)|to (?:hurt|kill|harm|incapacitate) (?:the )?(?:people|everyone|someone|them))|ricin from castor"
        r"|(?:pesticides?|insecticides?|herbicides?|organophosphates?|poisons?|toxins?|toxic (?:chemicals?|substances?))\b[^.\n]{0,60}\b(?:spray\w*|dispers\w*|releas\w*|aerosoli[sz]\w*|pump\w*)\b[^.\n]{0,30}\b(?:crowds?|people|audience|stadium|subway|concert|school|passengers)\b",
    ),
    # biological agents
    (
        "biological",
        PROHIBITED,
        r"(?:increas\w*|enhanc\w*|boost\w*|improv\w*|rais\w*|maximi[sz]\w*)\s+(?:the\s+)?(?:transmissibility|transmission|virulence|lethality|infectivity|pathogenicity|spread|survivability|airborne spread)\s+of|(?:make|making|engineer\w*|modif\w*|turn\w*)\s+"
        + _ART
        + r"(?:\w+ ){0,2}(?:virus|pathogen|flu|influenza|bacteri\w*|germs?)\s+(?:more\s+)?(?:transmissible|contagious|lethal|deadly|airborne|resistant)"
        r"|(?:cultur\w*|grow\w*|weaponi[sz]\w*|aerosoli[sz]\w*|spread\w*|releas\w*|produc\w*)\s+"
        + _ART
        + r"(?:anthrax|botulinum|botulism|smallpox|plague bacteria|yersinia|ebola|bioweapons?|biological weapons?|pathogens? (?:in|at|for)|toxins? (?:in|at|for))"
        # round 10: immune or vaccine escape, recreating an extinct or select agent, obtaining a
        # select agent, dodging the screening of synthetic DNA orders
        r"|(?:engineer\w*|modif\w*|edit\w*|design\w*|mak\w*|turn\w*|evolv\w*|adapt\w*)\s+"
        + _ART
        + r"(?:\w+ ){0,2}(?:virus|pathogen|coronavirus|covid|flu|influenza|strain|bacteri\w*)\b[^.\n]{0,30}\b(?:escape|evade|resist|get past|bypass|beat)s? (?:the )?(?:current |existing |today'?s )?(?:vaccines?|immunity|antibodies|antivirals?|treatments?)"
        r"|(?:rebuild\w*|recreat\w*|resurrect\w*|reconstruct\w*|reviv\w*|bring\w* back)\s+"
        + _ART
        + r"(?:[\w-]+ ){0,2}(?:extinct |eradicated |dangerous )?(?:virus|viruses|pathogens?|smallpox|polio|1918 flu|spanish flu)"
        r"|(?:obtain\w*|acquir\w*|get\w*|buy\w*|order\w*|steal\w*)\s+"
        + _ART
        + r"(?:select[- ]agents?|(?:select[- ]agent |dangerous |regulated )(?:pathogens?|toxins?|viruses|bacteria))"
        r"|(?:dodg\w*|evad\w*|bypass\w*|avoid\w*|get(?:ting)? past|slip\w* past)\s+(?:the )?(?:dna |gene |biosecurity |synthesis |order )+screening"
        # round 12: a disease spread on purpose, described by where and how many
        r"|(?:spread\w*|releas\w*|dispers\w*|introduc\w*)\s+(?:a |an |the |some )?(?:\w+ )?(?:virus|disease|pathogen|germs?|bacteria|infection|plague|flu)\b[^.\n]{0,60}\b(?:ventilation|air ducts?|hvac|air[- ]conditioning|water supply|subway|metro|crowds?|as many people|max\w* (?:infections?|casualties)|most (?:people|infections))",
    ),
    # firearms and ammunition
    (
        "weapons",
        HIGH_RISK,
        r"(?:make|making|build|building|3d[- ]print\w*|print\w*|mill\w*|manufactur\w*|assembl\w*|produc\w*|machin\w*)\s+"
        + _ART
        + r"(?:ghost guns?|untraceable (?:\w+ )?(?:guns?|firearms?|pistols?|rifles?)|3d[- ]printed (?:guns?|firearms?|pistols?)|lower receivers?|auto ?sears?|silencers?|suppressors?|armou?r[- ]piercing (?:ammunition|ammo|rounds|bullets)|zip guns?|bump stocks?|(?:guns?|firearms?|pistols?) (?:at home|in my (?:garage|basement|shed)|without (?:a )?serial))\b",
    ),
    (
        "weapons",
        HIGH_RISK,
        r"(?:convert\w*|turn\w*|modif\w*)\s+"
        + _ART
        + r"(?:\w+ ){0,2}(?:to|into) (?:fire )?(?:full[- ]?auto|fully[- ]automatic|automatic)"
        r"|armou?r[- ]piercing (?:ammunition|ammo|rounds|bullets)|(?:buy\w*|get\w*|obtain\w*) (?:a )?(?:gun|firearm|pistol|rifle) without (?:a )?(?:background check|licen[cs]e|id)",
    ),
    # drugs synthesis and diversion
    (
        "drugs",
        HIGH_RISK,
        r"(?:synthesi[sz]\w*|mak\w*|cook\w*|produc\w*|manufactur\w*|extract\w*|brew\w*|grow\w*|refin\w*|press\w*)\s+"
        + _ART
        + r"(?:fentanyl|carfentanil|nitazenes?|meth(?:amphetamine)?|crystal meth|heroin|cocaine|mdma|ecstasy|lsd|dmt|ghb|ketamine|pcp|opioids?|oxycodone|pills? (?:to sell|laced))\b"
        r"|from precursors|(?:forg\w*|fak\w*)\s+"
        + _ART
        + r"(?:doctor'?s?\s+|medical\s+|opioid\s+|\w+ )?prescriptions?(?: for| pads?| that| pharmacies| to get)",
    ),
    # violence against people and animals
    (
        "violence",
        PROHIBITED,
        r"(?:poison(?:s|ed|ing)?|kill(?:s|ed|ing)?|hurt(?:s|ing)?|maim\w*|stab(?:s|bed|bing)?|shoot(?:ing)? up|strangl\w*|drown(?:s|ed|ing)?|run(?:ning)? over|kidnap\w*|abduct\w*|snatch(?:es|ed|ing)?|lur(?:e|es|ed|ing)|drug(?:s|ged|ging)?|tortur\w*|beat(?:ing)? up)\s+"
        r"(?:a |an |the |my |our |his |her |their |this |that |some |every |\w+'s\s+){0,2}(?:\w+ ){0,2}"
        r"(?:child|children|kid|kids|toddler|baby|girl|boy|woman|man|person|people|someone|somebody|stranger|neighbou?r|husband|wife|boss|coworker|co-worker|colleague|teacher|classmate|roommate|flatmate|ex|ex-wife|ex-husband|partner|girlfriend|boyfriend|father|mother|dad|mum|mom|stepfather|stepmother|stepdad|stepmom|uncle|aunt|grandma|grandmother|grandpa|grandfather|son|daughter|landlord|tenant|rival|brother|sister|family|dog|cat|pet|horse|witness|cop|officer|politician|journalist|crowd|students|worshippers|voters|protesters|guests|spouse|patient|relative|cousin|friend|victim|grandparent|parent|parents|elderly)\b"
        r"(?!\s+(?:in (?:my|the|a) (?:story|novel|game|book|scene)))",
    ),
    (
        "violence",
        PROHIBITED,
        r"(?:attack|assault|massacre|shooting|bombing|rampage|ambush|raid)\s+(?:on|at|in|against)\s+"
        + _ART
        + r"(?:\w+ ){0,2}(?:concert|crowd|festival|school|church|mosque|synagogue|temple|parade|stadium|mall|market|substation|power (?:sub)?station|power grid|water (?:plant|supply)|rally|march|clinic|hospital|minority|minorities|community|refugees?)"
        r"|(?:poison|spike|lace|drug)(?:s|ed|ing)? (?:\w+'s |his |her |their |the |a |my \w+'s )(?:morning )?(?:coffee|tea|drink|food|meal|dinner|soup|water|wine|beer|medication|pills)"
        r"|(?:looks?|seems?|appears?|pass(?:es)?) (?:like |as )?(?:an? )?(?:natural (?:causes|illness|death|disease)|heart attack|accidental (?:death|overdose))"
        r"|maxim(?:um|i[sz]\w*) (?:casualt\w*|deaths|damage|body count|number of (?:victims|deaths|people))|most (?:vulnerable|exposed|crowded|undefended) (?:targets?|places|spots|locations)"
        r"|(?:without|no) (?:any )?witnesses|so (?:it|that it|the death|his death|her death) looks? (?:natural|like an accident|like suicide)|(?:hide|dispose of|get rid of) (?:a |the )?(?:dead )?body"
        r"|start (?:a |the )?race war|(?:ethnic|religious) (?:cleansing|war) (?:plan|campaign)"
        r"|(?:tak\w*|took|grab\w*|lead\w*|led|lur\w*|snatch\w*) (?:a |the |\w+'s )?(?:child|kid|toddler|baby|girl|boy|children|kids)\b[^.\n]{0,40}\b(?:unseen|unnoticed|without (?:anyone|being|the parents?) (?:noticing|seeing|seen|knowing)|from (?:a |the )?(?:playground|park|school|nursery|mall))"
        r"|get(?:ting)? away with (?:a |the )?(?:hit[- ]and[- ]run|murder|killing|manslaughter|arson|assault|rape|poisoning)",
    ),
    # arson, sabotage of vehicles and infrastructure
    (
        "violence",
        PROHIBITED,
        r"(?:set|start)(?:ting)? (?:a )?fires? (?:to|in|at|inside) (?:\w+'s |his |her |their |the |an? |my (?:\w+'s )?)(?:house|home|car|building|school|apartment|flat|office|shop|store|church|mosque|synagogue|barn|garage)"
        r"|burn(?:ing)? down (?:\w+'s |his |her |their |the |a |my (?:\w+'s )?)(?:house|home|car|building|school|apartment|flat|office|shop|store|church|mosque|synagogue|barn|garage)"
        r"|(?:cut|cutting|tamper\w* with|disabl\w*|loosen\w*) (?:the |her |his |their |\w+'s |my (?:\w+'s )?)(?:brakes?|brake lines?|brake cables?|airbags?|steering)"
        r"|(?:derail\w*|sabotag\w*) (?:a |the )?(?:train|railway|rail line|plane|aircraft|bus)|(?:contaminat\w*|poison\w*) (?:the |a |our |their )?(?:city'?s )?(?:water supply|water reservoir|reservoir|water system|food supply)"
        r"|booby[- ]?traps? (?:\w+ ){0,6}(?:injur\w*|hurt\w*|kill\w*|maim\w*)|(?:injur\w*|hurt\w*|kill\w*|maim\w*) (?:whoever|anyone who|the (?:person|first person) who) (?:opens|touches|enters|steps)",
    ),
    # self-harm facilitation
    (
        "self_harm",
        PROHIBITED,
        r"(?:starv\w*|kill\w*|hurt\w*|harm\w*|cut\w*|burn\w*|hang\w*|overdos\w*|poison\w*)\s+(?:myself|my ?self|oneself|yourself)(?!\s+(?:laughing|with laughter|trying|working|over|for (?:this|that|it)))"
        r"|enough to end (?:my|one'?s|your|a) (?:own )?life|(?:which|what) pills and how many|how many (?:\w+ ){0,3}would (?:end|take|kill) (?:a|my|one'?s|your) life|(?:painless|quick|quickest|easiest|surest|least painful) (?:way|method)s? (?:to|of) (?:kill(?:ing)? (?:myself|oneself|yourself)|commit(?:ting)? suicide|suicide)"
        r"|(?:end|take) my (?:own )?life|how many (?:\w+ ){0,3}(?:pills|tablets|capsules|paracetamol|tylenol|ibuprofen|aspirin|sleeping pills)\b.{0,30}\b(?:to die|to kill (?:me|myself)|to end (?:it|my life)|enough to (?:die|kill|not wake up|end))"
        r"|(?:lethal|fatal|deadly) (?:dose|amount|quantity) of|(?:painless|quick|quickest|easiest|surest) (?:way|method)s? to (?:die|end it|go)"
        r"|(?:hide|hiding|conceal\w*) (?:it|my (?:weight|eating|cutting|scars|not eating|purging))\s+from (?:my )?(?:parents|family|mum|mom|dad|doctor|therapist)"
        r"|(?:convinc|persuad|push|encourag|get|gett|mak|pressur)\w* (?:\w+ ){0,2}(?:to )?(?:kill|hurt|harm|cut|starve) (?:himself|herself|themselves|themself)",
    ),
    # extremism and recruitment
    (
        "extremism",
        HIGH_RISK,
        r"manifesto (?:justifying|calling for|that justifies|for (?:an? )?(?:attack|uprising|race war))|justify(?:ing)? (?:an? |the )?(?:attack|violence|massacre|killing|bombing)s? (?:on|against)"
        r"|recruit\w* (?:\w+ ){0,2}(?:post|posts|video|flyer|leaflet|message|pitch|speech|poster|campaign|material|script)s? for (?:an? |the |our )?(?:\w+ ){0,2}(?:militia|terrorist|extremist|jihad\w*|neo-?nazi|nazi|white (?:power|nationalist|supremacist)|isis|al[- ]qaeda|armed group|cell|death squad)"
        r"|recruit\w* (?:teenagers|teens|kids|young (?:men|people)|students|members|fighters) (?:into|for|to join) (?:an? |the |our )?(?:\w+ ){0,2}(?:militia|cell|movement|group|cause|jihad)"
        r"|(?:glorif\w*|celebrat\w*|prais\w*|honou?r\w*)\s+(?:posts? |content |videos? |memes? )?(?:about |of )?"
        + _ART
        + r"(?:[\w']+ ){0,2}(?:shooter|bomber|attacker|terrorist|killer|massacre|attack)|inspire (?:more )?copycats?|(?:incite|inciting|stir up) (?:violence|hatred|a riot|riots)"
        r"|radicali[sz]\w* (?:a |an |the |my |this |that )?(?:\w+ ){0,2}(?:teen|teens|teenager|teenagers|\d{1,2}[- ]year[- ]olds?|kid|kids|child|children|boy|boys|girl|girls|students?|young (?:men|people))"
        r"|(?:sermon|speech|posts?|videos?|pamphlets?|messages?|song)s? (?:calling|that calls|urging|inciting|that urges) (?:for )?(?:violence|attacks?|killing|jihad|murder)"
        r"|incit\w* (?:\w+ ){0,3}to (?:kill|attack|murder|hurt|harm|burn|drive out|expel)|(?:kill\w*|murder\w*|attack\w*|exterminat\w*|massacr\w*) (?:the )?(?:members of )?(?:an? |the )?(?:ethnic|religious|racial) (?:group|minority|community)"
        r"|(?:fund\w*|financ\w*|bankroll\w*|arm|arming|equip\w*)\s+"
        + _ART
        + r"(?:\w+ ){0,2}(?:militias?|terrorist (?:groups?|cells?)|extremist (?:groups?|cells?)|armed groups?|insurgen\w*|death squads?)"
        r"|organi[sz]\w* (?:\w+ ){0,2}cells? (?:so|that|which)|(?:isis|al[- ]qaeda|hamas|hezbollah|kkk|ku klux klan|neo-?nazi|white supremacist|jihadi|accelerationist)\w* (?:propaganda|recruitment|manifesto|pamphlet|flyer|posts?|videos?|messages?)",
    ),
    # privacy, stalking and doxxing
    (
        "privacy",
        HIGH_RISK,
        r"(?:find|finding|get|getting|look\w* up|dig\w* up|track\w* down|locat\w*|figur\w* out|work\w* out|uncover\w*|discover\w*)\s+(?:out\s+)?"
        + _ART
        + r"(?:(?:real|full|legal|private|current|exact|new) )*(?:home address(?:es)?|real name|workplace|where (?:she|he|they) (?:lives?|works?|sleeps?|is staying)|daily routine|(?:address|phone number|identity|employer|license plate|licence plate) of (?:the |a |an |this |that |my |her |his )?(?:\w+ ){0,2}(?:streamer|person|girl|guy|woman|man|user|reviewer|critic|journalist|ex|neighbou?r|account|poster|stranger|influencer|celebrity|actress|actor|player|troll|commenter|coworker|colleague|teacher|nurse|doctor|judge|officer|cop))\b"
        r"|unmask\w* (?:the |an |this |that )?(?:anonymous|anon|pseudonymous|burner) (?:account|user|poster|critic|reviewer|profile)"
        r"|dox\w* (?:a |an |the |this |that |his |hi\w*s |her |their |\w+'s )?(?:\w+ ){0,2}(?:streamers?|person|journalists?|critics?|users?|accounts?|reviewers?|girl|woman|man|guy|ex|neighbou?rs?|coworkers?|teachers?|players?|kids?|family)\b|(?:which|what) (?:hotel )?room (?:a |the |this )?(?:\w+ ){0,2}(?:is|'s) (?:staying|sleeping)"
        r"|secretly (?:record\w*|film\w*|photograph\w*|track\w*|follow\w*|watch\w*|monitor\w*|listen\w*|read\w*)|(?:hidden|spy|secret) cameras? in (?:her|his|their|my (?:\w+'s)|the (?:bathroom|bedroom|shower|changing))"
        r"|(?:track|trace|locate|monitor|follow)\w* (?:my |his |her |their |someone'?s |a )?(?:wife|husband|girlfriend|boyfriend|partner|ex|ex-\w+|spouse|daughter'?s? boyfriend|neighbou?r|coworker|colleague)(?:'s)? (?:phone|location|car|movements|whereabouts)"
        r"|read (?:his |her |their |someone'?s |someone else'?s |other people'?s |my (?:wife|husband|girlfriend|boyfriend|partner|ex|spouse|daughter|son|coworker|colleague|boss|roommate)'?s )(?:private )?(?:messages|texts|whatsapp|dms|emails|e-mails|chats|signal|telegram|instagram)"
        # round 28: another's cloud backups or photo library read, the -ing form and "a spouse's"
        r"|read\w* (?:a |my |his |her |their )?(?:spouse|wife|husband|girlfriend|boyfriend|partner|ex)'s (?:cloud |icloud |phone |google |whatsapp )?(?:backups?|photos|photo library|icloud)\b"
        r"|(?:hid\w*|put\w*|plant\w*|attach\w*|stick\w*|plac\w*|install\w*|slip\w*)\s+(?:a |an )?(?:gps |bluetooth )?(?:trackers?|tracking devices?|airtags?|tracking app|stalkerware|spyware)\s+(?:on|in|under|to|into) (?:a |an |the |my |his |her |their |\w+'s )"
        r"|(?:scrap\w*|mine|mining|harvest\w*|comb\w*|monitor\w*)\s+(?:a |an |the |her |his |their |\w+'s |someone'?s )(?:\w+ ){0,2}(?:social media|instagram|facebook|profiles?|posts)\b[^.\n]{0,40}\b(?:profile|dossier|routine|movements|whereabouts|where (?:she|he|they) (?:lives?|works?|goes))"
        r"|(?:build\w*|compil\w*|put\w* together)\s+"
        + _ART
        + r"(?:full |complete |detailed )?(?:profile|dossier)s? (?:of|on) (?:a |an |the |her |his |their |\w+'s |someone'?s )?(?:\w+ ){0,2}(?:daily routine|movements|whereabouts|life)",
    ),
    # fraud and scams
    (
        "fraud",
        HIGH_RISK,
        r"phishing (?:texts?|emails?|e-mails?|sms|messages?|pages?|sites?|kits?|links?|calls?)|(?:pretend\w*|posing|pose|impersonat\w*|pass\w* (?:myself )?off) (?:to be |as )?(?:the |a |an )?(?:tax office|tax authority|irs|hmrc|bank|police|microsoft|apple|amazon|paypal|courier|delivery (?:company|service)|government|social security|grandson|granddaughter)"
        r"|scam (?:scripts?|calls?|texts?|emails?|people|elderly|old|grandparents|pensioners|victims)|scam(?:ming)? (?:the )?(?:elderly|old people|pensioners|grandparents)|(?:fake|bogus|sham) (?:charity|charities|fundraiser|donation (?:page|site)|gofundme|investment|crypto (?:project|exchange)|online (?:store|shop))"
        r"|(?:clon\w*|cop(?:y|ying)|skim\w*|duplicat\w*)\s+"
        + _ART
        + r"(?:\w+ ){0,2}(?:credit|debit|bank|payment|contactless) ?cards?"
        r"|(?:buy\w*|purchas\w*|sell\w*|get\w*|obtain\w*)\s+"
        + _ART
        + r"(?:\w+ ){0,2}(?:leaked|stolen|hacked|breached|dumped) (?:\w+ ){0,2}(?:database|data|credit cards?|card numbers?|cards|identities|credentials|accounts|passwords|records|social security numbers|ssns?|passports)"
        r"|launder\w* (?:\w+ ){0,4}(?:money|cash|proceeds|funds|profits|crypto)|riciclare denaro|(?:money|cash) mules?|sim[- ]swap\w*|(?:crypto|token|coin|nft)? ?rug[- ]?pulls?\b|(?:steal\w*|use|using) (?:someone'?s|a dead person'?s|another person'?s) identity"
        r"|(?:mak|creat|print|produc|forg|generat|writ|post)\w* (?:[\w-]+ ){0,2}(?:fake|forged|counterfeit|false|bogus) (?:[\w-]+ ){0,1}(?:ids?|passports?|diplomas?|degrees?|doctor'?s notes?|sick notes?|invoices?|receipts?|pay ?stubs?|payslips?|bank statements?|reviews?|driver'?s licen[cs]es?|vaccination cards?|insurance claims?)"
        r"|(?:file|submit|make)\w* (?:a )?(?:fake|fraudulent|false) (?:insurance )?claims?|(?:cheat|beat|fool)\w* (?:a |the |my )?(?:drug test|urine test|breathalyz\w*|breathalys\w*|polygraph)"
        r"|(?:evade|dodge|avoid paying) (?:\w+ ){0,2}taxes (?:without|so|and not)|(?:smuggl|traffick)\w* (?:\w+ ){0,2}(?:drugs|cocaine|meth|heroin|fentanyl|people|migrants|women|girls|children|guns|weapons)"
        r"|(?:run|running|ran|operat\w*|set(?:ting)? up)\s+(?:a |an )?(?:\w+ )?scams?\b|(?:fake|spoofed|forged|bogus) (?:[\w-]+ ){0,2}(?:e-?mails?|texts?|sms|messages|letters|calls|invoices) (?:demanding|asking for|requesting|claiming)"
        r"|pump[- ](?:and|&|n)[- ]dump|(?:fake|coordinated|inauthentic|bot) (?:hype|buzz|accounts?) (?:posts?|campaign)|market manipulation scheme"
        r"|(?:fil|submit|claim|open|tak|apply\w*)\w* (?:out )?(?:\w+ ){0,2}(?:tax returns?|tax refunds?|loans?|credit cards?|benefits?|bank accounts?) (?:in|under|using) (?:other people'?s|someone else'?s|another person'?s|a dead person'?s|stolen|strangers'?|\w+'s) (?:names?|identit\w*|details|ssns?)"
        r"|(?:card|bank|login) details (?:from|of) (?:people|victims|customers|them)|(?:collect|harvest)\w* (?:donations|card details|bank details|passwords|logins) (?:after|from|for)",
    ),
    # getting into what belongs to others, and self-spreading or file-encrypting code
    (
        "intrusion",
        HIGH_RISK,
        r"(?:so (?:that )?it |to |that )(?:opens|open|unlocks|unlock|works on|get into|gets into) (?:the )?(?:other|any|all|every|someone else'?s|other people'?s|the neighbou?rs'?) (?:\w+ ){0,2}(?:rooms|doors|cars|lockers|houses|apartments|flats|accounts|phones|gates|safes)",
    ),
    (
        "cyber",
        PROHIBITED,
        r"(?:flood\w*|overload\w*|knock\w*|tak\w*|bring\w*|crash\w*) (?:down |offline )?(?:a |the |\w+'s |my \w+'s )?(?:competitor'?s?|rival'?s?|ex'?s?|school'?s?|neighbou?r'?s?)? ?(?:website|site|web server|game server|server|network)s? (?:until|so (?:it|that)|offline|down)"
        r"|(?:add|write|implement|include|build)\w* (?:in )?(?:the |a )?(?:[\w-]+ ){0,2}encrypt\w* (?:\w+ ){0,2}(?:on|to|for|in) (?:each|every|all|any) (?:other )?(?:host|machine|computer|device|server|endpoint)s?"
        r"|(?:spread|propagat|replicat|copy|copies)\w* (?:itself )?(?:to|across|through|over) (?:each|every|all|any|other) (?:other )?(?:host|machine|computer|device|server|endpoint)s?",
    ),
    # round 12: harmful acts described by their effect, with no weapon or lexicon word ("shut
    # down the hospital's computers", "get the cash machine to empty itself", "make her phone
    # show me where she is"): the act and its target, each group a category of harm
    (
        "critical_infrastructure",
        PROHIBITED,
        r"(?:shut\w* (?:down|off)|turn\w* off|switch\w* off|knock\w* out|tak\w* (?:down|offline|out)|took (?:down|offline|out)|black\w* out|crash\w*|crippl\w*|paraly[sz]\w*|disabl\w*|sabotag\w*|mess\w* (?:up|with)|tamper\w* with|brick\w*|lock\w* up|freez\w*|hijack\w*|tak\w* (?:control of|over)|get(?:ting)? control of|interfer\w* with|jam\w*|disrupt\w*)\s+"
        r"(?:all (?:of )?)?(?:a |an |the |this |that |(?!my |our )\w+'s |every |local |nearby |whole |entire |city'?s? |town'?s? |county'?s? )*"
        r"(?:(?:hospital|clinic|icu|er|emergency room|ambulance|care home|nursing home)(?:'s|s'|s)? (?:\w+ )?(?:computers?|computer systems?|systems?|networks?|servers?|it|machines|equipment|ventilators?|records?|monitors|devices|pumps|phones)"
        r"|(?:power|electric(?:al|ity)?|national) grid|(?:power|electricity) (?:plant|station|substation|supply|lines) (?:of|for|to|in) (?:the |a |our |this )?(?:city|town|region|neighbou?rhood|county|state|country|area)|substations?"
        r"|(?:city|town|county|region|neighbou?rhood|state|country)'?s? (?:power|electricity|water(?: supply)?|lights|traffic lights|network|grid|911|emergency (?:lines?|services?|dispatch))"
        r"|traffic (?:lights|signals|light system|control system)"
        r"|water (?:treatment|pumping|purification) (?:plant|station|facility|system)s?"
        r"|air traffic control|(?:airport|control tower|airline)'?s? (?:systems?|radar|computers?|screens|network)"
        r"|(?:911|999|112|emergency) (?:dispatch|call centre|call center|lines?|services?|system)s?"
        r"|(?:railway|rail|train|metro|subway) (?:signals?|signalling|signaling|switches|control systems?)"
        r"|(?:gas|oil) pipelines?|(?:insulin pumps?|pacemakers?) (?:of|in) (?:patients|people|someone)"
        r"|(?:infusion pumps|patient monitors|ventilators) (?:in|at|on) (?:the |a )?(?:hospital|ward|icu))"
        r"(?! (?:in|on) (?:the |a |my )?(?:game|simulation|simulator|sim|minecraft|cities)|(?:for|during) (?:the |a |our )?(?:maintenance|update|upgrade|patch\w*|backup|migration|night|weekend|drill|test|storm|outage))"
        r"|(?:open\w*|releas\w*) (?:the |a )?(?:dam'?s? )?(?:floodgates|spillways?|sluice gates?)\b[^.\n]{0,60}\b(?:flood\w*|drown\w*|downstream|town|village|homes)"
        r"|(?:change|alter|raise|tamper\w* with|mess\w* with)\w* (?:the )?(?:doses?|dosing|rates?|settings?) (?:of|on|in) (?:the |a )?(?:\w+ )?(?:infusion pumps?|insulin pumps?|ventilators?|pacemakers?)",
    ),
    (
        "fraud",
        HIGH_RISK,
        r"(?:get|make|force|trick|have|convinc|persuad)\w*\s+(?:the |an? |this |that )?(?:atm|cash ?machine|cash ?point|cash dispenser|bank machine)s?\s+(?:to )?(?:empty|spit|dispens|giv|hand|pay|cough|throw|releas|drop|shoot)\w*(?: out| up)?\s+(?:itself|all|every|its|the (?:cash|money|notes|bills)|free)"
        r"|(?:drain\w*|jackpot\w*|clean\w* out|rob\w*|empty\w*)\s+(?:out )?(?:an? |the |this |that |every )?(?:atm|cash ?machine|cash ?point|cash dispenser|bank machine)s?\b(?! (?:at|in) (?:my|our) (?:shop|store|bar|restaurant|business))"
        r"|(?:pump\w* up|hype\w* up|inflat\w*)\s+(?:a |the |our |some |this )?(?:[\w-]+ ){0,2}(?:crypto ?)?(?:coin|token|stock|share|memecoin)s?\b[^.\n]{0,60}\b(?:fake|hype|sell|dump|cash out|before)"
        r"|(?:(?:trick|fool|manipulat|scam|dup|swindl|sweet[- ]talk)\w*|con(?:s|ned|ning)?)\s+(?:\w+ )?(?:people|folks|women|men|widows?|widowers?|pensioners|grandparents|grandmas?|grandpas?|seniors|victims|strangers|customers)\b[^.\n]{0,40}\b(?:into |to )?(?:wir\w*|send\w*|transfer\w*|giv\w*|pay\w*|hand\w* over|buy\w*) (?:me |us |them )?(?:\w+ )?(?:money|cash|bail|gift cards|their savings|crypto|bitcoin|funds)"
        r"|(?:get|convinc|persuad|talk|pressur|coax)\w*\s+(?:elderly|old|older|vulnerable|lonely|retired|confused) (?:people|folks|women|men|widows?|widowers?|pensioners|grandparents|seniors|strangers)\b[^.\n]{0,40}\b(?:into |to )?(?:wir\w*|send\w*|transfer\w*|giv\w*|pay\w*|hand\w* over|buy\w*) (?:me |us |them )?(?:\w+ )?(?:money|cash|bail|gift cards|their savings|crypto|bitcoin|funds)"
        r"|(?:get|gets|getting|make|makes|making)\s+(?:lonely |elderly |old |vulnerable )(?:people|women|men|widows?|widowers?|pensioners|seniors)\s+(?:to )?(?:send|wire|transfer|give)\w*",
    ),
    (
        "privacy",
        HIGH_RISK,
        r"(?:mak|get|hav|set|turn|rig|configur|program|trick)\w*\s+(?:her|his|their|(?!my |our )\w+'s|my (?:wife|husband|girlfriend|boyfriend|partner|ex|spouse|neighbou?r|boss|coworker|colleague|roommate|flatmate|sister|brother|friend)'?s?)\s+(?:\w+ )?(?:phone|iphone|android|mobile|cell|car|watch|laptop|computer|tablet)\s+(?:up )?(?:to )?(?:show|send|shar|tell|report|forward|giv|leak|ping|copy|copies)\w*\s+(?:me |us )?(?:where (?:she|he|they)|(?:her|his|their) (?:location|whereabouts|messages|texts|chats|photos|calls|browsing|searches|emails|keystrokes|passwords))"
        r"|(?:see|know|watch|follow|check|find out|track|trace|get)\w*\s+where (?:she|he|they|my (?:wife|husband|girlfriend|boyfriend|partner|ex|spouse))\s+(?:is|are|goes|go|has been|have been|was|were|'s)\b[^.\n]{0,50}\b(?:all (?:the time|day|night)|at all times|every (?:minute|moment|hour)|24/7|without (?:her|him|them) (?:knowing|noticing|finding out|realising|realizing)|secretly|in real[- ]time|whenever i want)"
        r"|(?:see|read|get|receive|copy|mirror|forward|intercept)\w*\s+(?:all )?(?:of )?(?:her|his|their|(?!my |our )\w+'s) (?:texts|messages|whatsapps?|chats|dms|emails|e-mails|calls|call logs?|photos|snapchats?|browsing history|searches|keystrokes|location)\b[^.\n]{0,30}\b(?:on|to|from|with) (?:my|our) (?:own )?(?:phone|laptop|computer|pc|tablet)"
        r"|(?:turn\w* on|activat\w*|switch\w* on|access\w*|listen\w* (?:in )?(?:through|to|on)|watch\w* (?:through|from)|get into|hack\w* into)\s+(?:her|his|their|(?!my |our )\w+'s) (?:\w+ )?(?:camera|webcam|microphone|mic|baby monitor|doorbell cam\w*|security cam\w*|wifi cam\w*)s?\b"
        r"|(?:everything|all (?:the )?(?:info\w*|details)) (?:about|on) (?:this|that|a|the) (?:person|woman|girl|man|guy)\b[^\n]{0,80}\b(?:address|where (?:she|he) lives|car|workplace|schedule|routine)",
    ),
    (
        "violence",
        PROHIBITED,
        r"(?:slip\w*|put\w*|sneak\w*|drop\w*|add\w*|mix\w*|pour\w*|spike\w*|lac\w*)\s+(?:\w+ ){0,3}(?:in|into)\s+(?:a |an |the |my |her |his |their |someone'?s |\w+'s ){1,2}(?:\w+ )?(?:drinks?|coffee|tea|food|meal|beer|wine|cocktail|water|glass)\b[^.\n]{0,60}\b(?:won'?t remember|doesn'?t remember|does not remember|can'?t remember|not remember|pass(?:es)? out|blacks? out|knocks? (?:her|him|them) out|unconscious|out cold|won'?t notice|doesn'?t notice|without (?:her|him|them) (?:knowing|noticing|tasting))"
        r"|(?:beat\w*|hit\w*|hurt\w*|punch\w*|kick\w*|tortur\w*|injur\w*|rough\w* up)\s+(?:someone|somebody|him|her|them|a (?:person|man|woman|guy|kid|child)|my \w+|(?:the|that|this) (?:guy|man|woman|kid|person))\b[^.\n]{0,60}\b(?:without (?:leaving )?(?:any )?(?:marks|bruises|evidence|traces)|leaves? no (?:marks|bruises|evidence|traces)|no (?:visible )?(?:marks|bruises))"
        r"|(?:make|making|made|makes)\s+(?:it|his death|her death|their death|the death|the fall|the crash|the fire|the poisoning|the overdose)\s+(?:look|seem|appear|pass)\s+(?:like |as )?(?:an? )?(?:accident|accidental|natural|suicide|heart attack)"
        r"|push\w*\s+(?:\w+ ){0,3}(?:down the stairs|off (?:a |the )?(?:cliff|balcony|bridge|roof|ledge|platform))"
        r"|(?:(?:the |some |a few |all the )?soft targets?|(?:targets?|places|spots|locations)\b[^.\n]{0,60}\b(?:attack|bombing|shooting|massacre)\b[^.\n]{0,40}\bmost (?:news )?(?:coverage|casualties|deaths|damage|attention|impact|panic|victims))"
        r"|(?:threat|harassment|hate|abuse|intimidation) campaign\b[^.\n]{0,60}\b(?:until|so (?:that )?(?:she|he|they)|forces?|forcing|make (?:her|him|them)|drive (?:her|him|them))"
        r"|(?:flood\w*|bombard\w*|spam\w*|swarm\w*|harass\w*|threaten\w*)\s+(?:\w+ ){0,4}with (?:threats|death threats|rape threats|abuse|hate)\b[^.\n]{0,40}\b(?:until|so (?:that )?(?:she|he|they))",
    ),
    (
        "self_harm",
        PROHIBITED,
        r"(?:(?:which|what|any|a|the) (?:[\w-]+ ){0,4})?(?:bridge|building|cliff|tower|car park|parking garage|roof|floor|height)s?\b[^.\n]{0,50}\b(?:high|tall) enough\b[^.\n]{0,50}\b(?:nobody survives|no one survives|not survive|to die|(?:is|be) fatal|certain death|guarantee\w*|be sure|for sure|kill|for (?:a )?(?:fatal|deadly|lethal) (?:jump|fall|drop))"
        r"|(?:jump|fall)\w* (?:from (?:\w+ ){1,4})?(?:is|would be|will be) (?:sure to be |certain(?:ly)? |definitely )?(?:fatal|deadly|lethal|certain death)"
        r"|(?:how (?:many|much)|amount|quantity|number)\b[^.\n]{0,50}\b(?:pills?|tablets?|medicines?|medication|sleeping (?:pills|tablets))\b[^.\n]{0,40}\b(?:never wake up|not wake up|won'?t wake up|wouldn'?t wake up|to not wake|to die|to be fatal)"
        r"|(?:hid\w*|conceal\w*|cover\w* up|keep\w* secret)\s+(?:my |the |her |his |their )?(?:cutting|cuts|scars|self[- ]harm\w*|burns|purging|not eating|starving|weight loss)\b[^.\n]{0,30}\bfrom",
    ),
    (
        "trafficking",
        PROHIBITED,
        r"(?:keep\w*|stop\w*|prevent\w*)\s+(?:the |these |those |our |my )?(?:girls|women|workers|migrants|people|maids|boys)\b[^.\n]{0,40}\b(?:running away|escaping|leaving|going to (?:the )?(?:police|cops|authorities|embassy)|contacting (?:the )?(?:police|cops|authorities)|talking to (?:the )?(?:police|cops))"
        r"|(?:girls|women|workers|people|migrants|kids|children) (?:we|i|they) (?:brought|smuggled|took|trafficked|shipped) (?:over|in|across|here)"
        r"|(?:get\w*|mov\w*|sneak\w*|smuggl\w*|bring\w*|tak\w*|transport\w*|hid\w*)\s+(?:\w+ )?(?:people|migrants|refugees|them|someone|girls|women|kids) (?:across|over|through|past) (?:the )?(?:border|checkpoint)\b[^.\n]{0,80}\b(?:scanners?|guards|border patrol|police|dogs|x-?rays?|(?:don'?t|won'?t|can'?t|doesn'?t) (?:see|find|notice|detect|spot)|without (?:being|getting) (?:caught|seen|detected|checked|stopped))"
        r"|(?:confiscat\w*|tak\w*|keep\w*|hold\w*)\s+(?:their|the (?:girls|women|workers)'?s?) passports",
    ),
    (
        "extremism",
        HIGH_RISK,
        r"(?:send\w*|mov\w*|get\w*|transfer\w*|wir\w*|funnel\w*|channel\w*)\s+(?:\w+ )?(?:money|funds|cash|crypto|donations|bitcoin)\s+to (?:\w+ ){0,2}(?:fighters|militants|mujahideen|militias?|jihadis|jihadists|insurgents|the brothers|our brothers)\b"
        r"|(?:recruit\w*|post|posts|message|speech|video|flyer|pitch)\b[^.\n]{0,80}\b(?:take up arms|armed struggle|ready to (?:fight|kill|die) for|holy war|race war)",
    ),
    (
        "weapons",
        HIGH_RISK,
        r"solvent traps?\b[^.\n]{0,60}\b(?:drill\w*|suppressor|silencer|index\w*|convert\w*)|(?:drill\w*|convert\w*|index\w*)\s+(?:the |a |my )?solvent traps?"
        r"|(?:how much|amount of|quantity of|kilos? of|kg of)\s+(?:highly )?(?:enriched uranium|plutonium|weapons[- ]grade \w+|fissile material|u-?235)\b[^.\n]{0,60}\b(?:bomb|weapon|device|critical mass|explosion)"
        r"|(?:shap\w*|build\w*|assembl\w*|design\w*|mak\w*)\s+(?:a |the )?(?:nuclear|atomic|dirty|fission) (?:bomb|weapon|device|core|pit)",
    ),
    (
        "intrusion",
        HIGH_RISK,
        r"(?:pull|dump|extract|get|grab|download|steal|copy|exfiltrat)\w*\s+(?:out )?(?:all (?:of )?)?(?:the |their |its )?(?:whole |entire |full |complete )?(?:customer|user|member|client|patient|employee|password|credit card|payment|order)s?'? ?(?:table|database|db|list|records|data|details)\b[^.\n]{0,60}\b(?:(?:through|via|using|with|from) (?:its|the|their|a|an) (?:search (?:box|bar|field)|login (?:form|page|box)|url parameter|contact form|input field)|(?:not|isn'?t|aren'?t) (?:my|mine|ours|our)|(?:don'?t|do not) (?:own|work (?:for|at))|someone else'?s)",
    ),
    # round 14: effect-described asks the round-13 analysis found unread, worded by category:
    # infrastructure taken offline with the particle after its object ("knock the town's water
    # treatment controls offline"); payroll or wages redirected; a shelter located; an intimate
    # image made of a real person; an accident staged for insurance; stolen phones unlocked
    (
        "critical_infrastructure",
        PROHIBITED,
        r"(?:knock\w*|tak\w*|took|shut\w*|turn\w*|switch\w*|bring\w*|brought|put\w*|send\w*|sent|force\w*)\s+"
        r"(?:a |an |the |this |that |(?!my |our )\w+'s |every |local |nearby |whole |entire )*"
        r"(?:city|town|county|region|municipal|public|local)?'?s? ?(?:water (?:treatment|pumping|purification|supply)|sewage|wastewater|power (?:plant|station)|electricity|dam|pipeline|hospital|911|emergency dispatch)"
        r"(?: (?:plant|station|facility|system|control)(?:'s|s)?)?(?: (?:controls?|control systems?|scada|plc|plcs|systems?|computers?|pumps))?\s+"
        r"(?:offline|off ?line|down|off)\b(?! (?:for|during) (?:the |a |our )?(?:maintenance|update|upgrade|patch\w*|backup|migration|drill|test))",
    ),
    (
        "fraud",
        HIGH_RISK,
        r"(?:redirect\w*|divert\w*|re-?rout\w*|hijack\w*)\s+(?!my |our |your )(?:[\w']+ ){0,3}(?:payroll|pay ?checks?|pay ?cheques?|salar(?:y|ies)|wages|paychecks|direct deposits?)\b"
        r"|(?:chang|edit|alter|updat|replac|swap)\w* (?:the |all )?(?:employees?'?|staff'?|workers?'?|other people'?s|everyone'?s|colleagues?'?) (?:bank (?:details|accounts?|account numbers?)|payment details|direct deposit)\b[^.\n]{0,80}\b(?:my (?:own )?account|to me|goes? to my|go to my|into mine|my iban|account i control)"
        r"|(?:stag|fak)\w* (?:a |an |the )?(?:car |road |traffic )?(?:crash|accident|collision|break-?in|burglary|theft|fire)\b[^.\n]{0,40}\b(?:insurance|payout|claim)"
        r"|(?:unlock|jailbreak|wipe|bypass)\w* (?:the )?(?:\w+ )?(?:stolen|nicked|snatched) (?:iphones?|phones?|ipads?|laptops?|macbooks?|devices?)\b",
    ),
    (
        "privacy",
        HIGH_RISK,
        r"(?:find|locat|track|trac|discover|get|work)\w* (?:out |down )?(?:which|what|the|where (?:the)?)\s*(?:women'?s |domestic (?:violence|abuse) |dv |refuge |safe )?(?:shelter|refuge|safe ?house)\b[^.\n]{0,60}\b(?:she|he|they|my (?:wife|ex|girlfriend|partner|husband)|went|fled|ran|is (?:in|at|staying)|are (?:in|at|staying))"
        r"|(?:address|location) of (?:a |the )?(?:women'?s |domestic (?:violence|abuse) |dv )(?:shelter|refuge|safe ?house)",
    ),
    (
        "sexual_imagery",
        PROHIBITED,
        r"(?:mak|creat|generat|turn|produc|edit|photoshop|undress|put)\w*\s+(?:\w+ ){0,6}?(?:(?:a |an )?(?:nude|naked|topless|explicit|sexual|porn\w*|undressed)(?: (?:pic|picture|photo|image|version|video|deepfake)s?)?)\s+(?:of|from) (?:a |the |my |her |his |this |that |\w+'s )?(?:\w+ ){0,2}(?:girl|woman|boy|classmate|coworker|colleague|teacher|ex|neighbou?r|friend|sister|crush|student|pics|photos|selfies|instagram)"
        r"|(?:undress|nudif)\w*\s+(?:a |the |my |her |his |this |that |\w+'s )?(?:\w+ ){0,2}(?:girl|woman|classmate|coworker|colleague|teacher|ex|neighbou?r|friend|crush|photos?|pics?|pictures?)",
    ),
    # sexual content involving minors (refused outright)
    (
        "sexual_minors",
        PROHIBITED,
        r"(?:groom(?:s|ed|ing)?|seduc\w*|sext(?:s|ed|ing)? with)\s+(?:a |an |the |my |this |that )?(?:\w+ )?(?:child|kid|minor|\d{1,2}[- ]year[- ]old|teen|pre-?teen)s?\b"
        r"|(?:get|convince|persuade)\w* (?:a |an |the |this |that )?(?:\w+ )?(?:child|kid|minor|\d{1,2}[- ]year[- ]old|teen|pre-?teen)s? to (?:send (?:me )?(?:pics|photos|nudes|pictures)|meet (?:me|up) (?:alone|secretly)|keep (?:it|this|us|our \w+) (?:a )?secret)"
        r"|(?:nude|naked|sexual|sexy|explicit) (?:photos?|pics?|images?|videos?|content|stories?|roleplay) (?:of|with|involving) (?:a |an )?(?:child|kid|minor|\d{1,2}[- ]year[- ]old|underage)",
    ),
)

# Round 19 (issue 23): the serious offence classes of the UNODC ICCS (2015) the table above did
# not hold (robbery, burglary, theft, arson, extortion, forced labour, corruption, forgery,
# obstruction of justice, elections, dangerous driving, espionage, environmental and wildlife
# offences), from ``acts_iccs`` (the source and the classes are recorded there)
_ACTS = _ACTS + tuple((area, band, pattern) for _, area, band, pattern, _ in ICCS_ACTS)
# round 21: acts aimed at defeating an examiner (their purpose, not their object)
_ACTS = _ACTS + tuple((area, band, pattern) for _, area, band, pattern, _ in EXAMINER_ACTS)
# the areas where a video game explains an act away ("how do I rob the bank in GTA")
_GAME_AREAS = frozenset(
    {"violence", "property", "justice", "public_safety", "elections", "smuggling"}
)

# Round 18 (issue 23): goals asked in other shapes than "how to <verb>". Each entry is one
# English request form, written by category from the grammar of asking, not from any set's
# sentences: a noun phrase that names a written briefing *on* the act ("a technical brief on",
# "a lesson on"), a first-person need governing a gerund ("i need <doing it>"), a teacher or
# writer who passes the act on ("teaches the apprentice", "explaining", "documents"), "what's
# the way to", and "how <someone> went about". Strict: a bare verb of talking ("describe",
# "discuss", "write me") is not among them, so a story or history *about* an act is still only
# named, and the study forms (``_STUDY``) are read first as before.
_SHAPED_BEFORE: tuple[str, ...] = (
    # a noun phrase that asks for a written briefing on the act
    r"\b(?:technical |detailed |full |complete |practical |step[- ]by[- ]step )?"
    r"(?:brief|briefing|write-?up|rundown|breakdown|explainer|primer|module|lecture|lesson|"
    r"masterclass|crash course|seminar|workshop|demonstration|demo) (?:on|about|in)\b",
    # a first-person need or requirement that governs the act itself ("i need <doing it>")
    r"\b(?:i|we|our \w+) (?:need|needs|want|wants|require|requires|would like|'d like)\b",
    r"\b(?:spell out|lay out|give me|get me)\b",
    # "what's the way to", "what is the way to"
    r"\bwhat(?:'s| is| was) the (?:\w+ )?way (?:to|for)\b",
    # "how <someone> went about", "how a person would go about"
    r"\bhow (?:[\w']+ ){0,4}(?:went|go(?:es)?|gone|going) about\b",
)
# Round 18: the act taught, explained or documented to someone (a teacher, a letter, a diary):
# the doing is passed on, except for a text harm (phishing, a scam, propaganda), which
# explained is a discussion of it (it is asked for only when it is to be written)
_TAUGHT = re.compile(
    r"\bteach(?:es|ing)? (?:(?:the|her|his|their|my|our|a|an|new|young) )*\w+\b"
    r"|\b(?:explain|explains|explaining|documents|documenting)\b"
)
# Round 18: after the act, the ask for its doing in full ("explained in full", "laid out as a
# complete procedure", "each step numbered", "what would the steps be", "walk me through the
# process", "every step and every amount", "with enough detail that … could follow along")
_SHAPED_AFTER: tuple[str, ...] = (
    r"(?:explained|spelled|spelt|written|laid|set) (?:out )?(?:in full|properly|as a (?:complete |full |numbered )?(?:procedure|protocol|recipe|method))",
    r"(?:each|every) (?:single )?(?:step|stage|amount|quantity|measurement)",
    r"what (?:would|are|were|will) the (?:exact |actual )?steps (?:be|look like)",
    r"walk (?:me|us) through (?:the |it|each|every)",
    r"list (?:the )?(?:materials|ingredients|equipment|tools) and (?:the )?steps",
    r"(?:list )?what it takes,? (?:from )?start to finish",
    r"enough detail (?:that|so|for)",
    r"(?:could|can) follow along",
    r"leaves? nothing out|hold(?:s|ing)? nothing back",
    r"(?:all|with) the (?:specifics|details|steps)",
    r"(?:actual|real) (?:method|methods|procedure|process)",
    r"exactly what (?:she|he|they|i|you|we) (?:did|do|used|use|need)",
    r"(?:keep|make) the (?:science|chemistry|details|steps|method)(?: and the (?:science|chemistry|details|steps|method))? real",
)

# the request wants the act done: forms that govern the act from before it, in the same clause
_OPERATIONAL = re.compile(
    r"\bhow (?:to|do i|do we|can i|can we|could i|would i|should i|might i|do you|does one|would one|would someone|could someone|can someone|one could|i could|i can|i would|i should)\b"
    r"|\b(?:best|easiest|simplest|quickest|fastest|cheapest|most (?:reliable|effective|efficient|discreet|successful)|safest|surest) (?:way|ways|method|methods|approach|technique|option)s? (?:to|for|of)\b"
    r"|\b(?:step[- ]by[- ]step|steps?|instructions?|protocols?|sop|checklist|plan|plans|guide|guidebook|tutorial|recipe|methods?|ways|techniques?|tips|tricks|procedure|playbook|blueprint|materials|ingredients|quantities|amounts|shopping list|parts list|walkthrough|manual|how-?to|strategy|strategies|script|template)\b"
    r"|\b(?:help|teach|show|tell|explain(?: to)?|walk) (?:me|us)\b|\bexplain like i'?m \w+\b|\bcompare (?:\w+ ){0,3}(?:methods|ways|approaches|options|techniques)\b"
    r"|\b(?:precise|detailed|complete|full|exact|thorough|specific|realistic|literal|accurate) (?:explanation|account|description|breakdown|rundown|walkthrough|guide|instructions|plan|method|procedure)s?\b"
    r"|\bhow (?:did|do|would|could|does|might) (?:\w+ ){1,3}(?:manage|go about|pull off|went about)\b|\bwhat would the (?:step[- ]by[- ]step|steps|process|procedure|method) (?:look like|be)\b"
    r"|\b(?:'correct'|correct|right|proper|safest|smart) way (?:for (?:him|her|them|me|someone) )?to\b"
    r"|\bwhat (?:do|would) i need\b|\bwhere (?:can|do|could|should) i (?:buy|get|find|order|source)\b|\bi (?:want|need|would like|'d like|plan|intend|am going|'m going) to\b|\blet'?s\b"
    # round 12: "what could i slip in …", "how can our group send …"
    r"|\bwhat (?:could|can|should|would|do) (?:i|we|you|one|someone)\b|\bhow (?:can|could|do|would|should) (?:our|my) (?:\w+ )?(?:group|team|cell|organi[sz]ation|people|friends|crew|guys|network)\b"
    + "".join("|" + form for form in _SHAPED_BEFORE)
)
# words allowed between the request form and the act ("how to *quietly* poison", "a plan *for*
# making", "steps *describing planning a* coordinated attack"); one other word is allowed too
_GAP_WORDS = frozenset(
    [
        "for",
        "on",
        "to",
        "of",
        "about",
        "describing",
        "covering",
        "detailing",
        "explaining",
        "showing",
        "involving",
        "with",
        "into",
        "in",
        "the",
        "a",
        "an",
        "best",
        "quietly",
        "secretly",
        "safely",
        "easily",
        "actually",
        "really",
        "just",
        "exactly",
        "effectively",
        "successfully",
        "discreetly",
        "properly",
        "reliably",
        "quickly",
        "cheaply",
        "go",
        "start",
        "get",
        "away",
        "be",
        "able",
        "possibly",
        "even",
        "still",
        "also",
        "and",
        "then",
        "i",
        "we",
        "you",
        "one",
        "someone",
        "could",
        "would",
        "can",
        "should",
        "might",
        "planning",
        "organising",
        "organizing",
        "carrying",
        "out",
        "executing",
        "staging",
        "pulling",
        "launching",
        "doing",
        "making",
        "me",
        "us",
        "my",
        "our",
        "own",
        "writing",
        "creating",
        "drafting",
        "composing",
        "building",
        "getting",
        "buying",
        "using",
        "finding",
        "putting",
        "setting",
        "sending",
        "running",
        "manage",
        "managed",
        "managing",
        "went",
        "look",
        "like",
        "explanation",
        "account",
        "description",
    ]
)
# an imperative that opens the clause: only these words before the act ("find out which hotel
# room …", "now set up …")
_LEAD = re.compile(
    r"^(?:(?:please|pls|now|ok|okay|so|just|quickly|then|and|also|next|find out|tell me|show me|"
    r"give me|figure out|work out|let me know|help me|i need|i want|list|name|rank|pick|choose|suggest|recommend|"
    r"(?:quick |serious |honest |simple )?question|hey|hi|hello|btw|honestly|seriously|real talk)\W*)*$"
)
# round 21 (bypass22): an act that opens its clause and is the subject of a statement ("pickpocketing
# is common on the metro", "car theft has risen", "poaching remains a problem") is stated, not
# asked for: the clause is a sentence of a document, not an imperative
_STATED = re.compile(
    r"[^\s.,;:!?]{0,12}\s+(?:is|are|was|were|has been|have been|has|have|remains?|remained|happens?|"
    r"occurs?|seems?|appears?|rose|has risen|have risen|increased|fell|dropped)\b"
    r"(?!\s+(?:to be done|done|what i|how i|the way))"
)
_WRITE = re.compile(
    r"\b(?:writ(?:e|es|ing)|draft\w*|compos\w*|creat\w*|generat\w*|mak(?:e|ing)|give|set(?:ting)? up|design\w*|produc\w*|put(?:ting)? together)\b"
)
_PAREN = re.compile(r"\([^()]{0,100}\)|\[[^\[\]]{0,100}\]")
_GAME = re.compile(
    r"\b(?:game|games|gaming|minecraft|gta|fortnite|elden ring|dark souls|skyrim|zelda|roblox|"
    r"level|quest|boss fight|npc|npcs|d&d|dnd|campaign|mobs?|enemy|enemies|pvp|multiplayer)\b"
)
# text harms: the request produces the harmful text itself, so a verb of writing is operational
_ERA = re.compile(ERA)
_TEXT_HARM = re.compile(
    r"\b(?:phishing|scam|manifesto|recruit\w*|glorif\w*|copycats?|pretend\w*|impersonat\w*|propaganda|fake charity|inspire)\b"
)
# the act is studied, defended against, remembered or refused, not asked for
_STUDY = re.compile(
    r"\b(?:detect\w*|prevent\w*|protect\w*|defend\w*|mitigat\w*|recogni[sz]\w*|identify\w*|spot(?:ting)?|avoid\w*|stop(?:ping)?|report\w*|warn\w*|block(?:ing)? (?:it|them|this|those|scam|spam|calls?|numbers?|emails?|messages?|texts?)|deal(?:ing)? with|handl\w*|respond\w* to|react to|"
    r"(?:users?|employees?|staff|accounts?|customers?|mailboxes) (?:who|that) (?:received|opened|clicked|were (?:sent|targeted))|"
    r"signs? of|red flags?|tell if|know if|safe from|what to do (?:if|when|after)|survive|surviv\w*|victims? of|fall(?:ing)? for|been (?:scammed|hacked|phished|poisoned)|"
    r"history of|historical|histor\w*|why (?:did|do|does|is|are|was|were)|what (?:happened|led|caused|made)|how (?:did|do|does|were|was) (?:police|investigators|authorities|detectives|historians|the (?:fbi|police))|"
    r"(?:in|during|after) (?:world war|ww\s?i|the (?:\d{4}s|war|cold war|attack|bombing))|legal (?:consequences|penalties)|penalt\w*|sentence for|is it (?:illegal|legal|a crime)|"
    r"awareness|train(?:ing)? (?:staff|employees|our)|talk to (?:my|our) (?:kids?|children|teens?|daughter|son)|help(?:ing)? (?:a friend|someone) who|recover\w*|cope|coping|treat\w*|therapy for|hotline|crisis line|"
    r"no (?:technical |operational |real )?(?:details|specifics|instructions|how-to|recipes?)|without (?:any )?(?:technical |operational |real )?(?:details|specifics|instructions|how-to)|keep it (?:vague|non-technical|off-screen)|off-?screen|fade to black)\b"
)
# round 27: the act is the object of a defensive control written right before it ("a script to
# block phishing e-mails that spoof our domain", "filter incoming scam texts"): the Protect and
# Detect verbs of the NIST Cybersecurity Framework's safeguards (block, filter, quarantine,
# flag, intercept)
_DEFEND_BEFORE = re.compile(
    r"\b(?:block|filter|quarantin|flag|intercept)\w*(?: (?:all|any|the|incoming|inbound|outgoing|these|those|such))?\s*$"
)
# round 28: the act named as the subject of a definition ("explain what a SIM swap is",
# "what is a phishing kit") or of the controls that prevent it ("... and what controls prevent
# it"): a dictionary-type ask or the NIST CSF Protect function, not the doing
_DEFINE_BEFORE = re.compile(r"\bwhat (?:is |are )?(?:a |an |the )?$")
_DEFINE_AFTER = re.compile(r"\s*(?:is|are|means?)\b")
_CONTROLS_AFTER = re.compile(
    r"\b(?:controls?|settings?|safeguards?|protections?|measures?|defen[cs]es?) (?:\w+ ){0,6}?"
    r"(?:to )?(?:prevent|stop|block|detect)s? (?:it|this|that|them)\b"
)
# after the act: a stated protective purpose or a refusal of detail
_STUDY_AFTER = re.compile(
    r"\b(?:for (?:our |my |a |the )?(?:\w+ )?(?:awareness|training|detection|class|course|lesson|research paper|thesis)|"
    r"so (?:i|we|people|they) (?:can|could) (?:spot|avoid|recogni[sz]e|protect|detect|report|warn)|"
    r"no (?:technical |operational |real )?(?:details|specifics|instructions|how-to|recipes?)|"
    r"without (?:any )?(?:technical |operational |real )?(?:details|specifics|instructions|how-to)|"
    r"keep it (?:vague|non-technical|off-screen)|off-?screen|fade to black)\b"
)
# after the act: the request asks for the doing (steps, hour by hour, the methods, no vagueness)
_AFTER_OP = re.compile(
    r"\b(?:hour[- ]by[- ]hour|step[- ]by[- ]step|day[- ]by[- ]day|in (?:full |exact |precise )?(?:operational |technical )?detail|exact steps|actual steps|"
    r"the methods|precise steps|specific steps|with instructions|materials and steps|(?:literal|real|working) how-?to|"
    r"don'?t be vague|be specific|not the history|what do they do|what would they do|exact (?:amounts|quantities|recipe)"
    + "".join("|" + form for form in _SHAPED_AFTER)
    + r")\b"
)
# round 12: the act first, then the ask in the same sentence ("a suppressor from a solvent trap,
# how do i drill it"), or a request form inside the act's own words
_ASK_AFTER = re.compile(
    r"[^.?!\n]{0,12}?[,;:\- ]{1,3}(?:so |and |but )?how (?:do|can|would|should) (?:i|we) (?:\w+ )?(?:it|this|that|them|one)\b"
)
_ASK_INSIDE = re.compile(r"\bhow (?:do|can|would|should|could) (?:i|we)\b")
_CLAUSE = re.compile(r"[.?!;\n]|\b(?:but|because|although|while|whereas)\b")
_BEFORE = 110  # characters before the act where a governing request form is read
_WINDOW = 4_000  # characters of the request read (the rule window and its decoded views fit)


@dataclass(frozen=True, slots=True)
class HarmAsk:
    """The strongest harmful act asked for: area, band, strength, the words that carried it,
    and whether a request form governs it (asked to be done) rather than a verb of study."""

    strength: float
    area: str
    band: str
    evidence: str
    operational: bool


# words one of which each act needs (in ``_ACTS`` order): an act whose words are all absent
# from the text is not run (one set operation per act)
_TRIGGERS: tuple[str, ...] = (
    "bomb bombs pipebomb pipebombs ied ieds improvised explosive explosives detonator detonators "
    "blasting caps cap napalm thermite molotov molotovs incendiary incendiaries grenade grenades "
    "tatp peroxide nitroglycerin nitroglycerine powder vest vests",
    "drone drones quadcopter quadcopters thermite payload",
    "agent agents sarin vx tabun soman novichok mustard chlorine phosgene cyanide gas fumes ricin "
    "abrin chemical",
    "gas fumes chlorine cyanide ricin castor lethal deadly fatal poisonous untraceable toxin "
    "toxins poison dose hide pesticide pesticides insecticide insecticides herbicide "
    "herbicides organophosphate organophosphates poisons toxic",
    "transmissibility transmission virulence lethality infectivity pathogenicity spread "
    "spreading disease diseases infection infections release releasing disperse dispersing "
    "survivability virus pathogen flu influenza bacteria bacterium bacterial germs germ anthrax "
    "botulinum botulism smallpox plague yersinia ebola bioweapon bioweapons biological pathogens "
    "toxin toxins coronavirus covid strain strains select screening viruses extinct polio",
    "ghost guns gun untraceable printed receiver receivers lower sear sears autosear silencer "
    "silencers suppressor suppressors armor armour piercing zip bump stock stocks firearm "
    "firearms pistol pistols",
    "auto automatic fully armor armour piercing gun firearm pistol rifle",
    "fentanyl carfentanil nitazene nitazenes meth methamphetamine crystal heroin cocaine mdma "
    "ecstasy lsd dmt ghb ketamine pcp opioid opioids oxycodone pills pill precursors "
    "prescription prescriptions",
    "poison poisons poisoned poisoning kill kills killed killing hurt hurts hurting maim maiming "
    "stab stabs stabbed stabbing shoot shooting strangle strangling drown drowning run running "
    "kidnap kidnapping kidnapped abduct abducting snatch snatching lure luring drug drugging "
    "drugged torture torturing beat beating",
    "attack assault massacre shooting bombing rampage ambush raid maximum maximize maximise "
    "maximizing maximising casualties vulnerable exposed crowded undefended witnesses natural "
    "accident suicide body race ethnic religious poison poisoned poisoning poisons spike spiked "
    "spiking spikes lace laced lacing laces drug drugged drugging drugs take taking took grab "
    "grabbing lead leading led lure luring snatch snatching away",
    "fire fires burn burning brake brakes airbag airbags steering derail derailing sabotage "
    "sabotaging contaminate contaminating poison poisoning reservoir booby trap traps whoever "
    "injure injures injuring",
    "myself life pills tablets capsules paracetamol tylenol ibuprofen aspirin lethal fatal "
    "deadly painless quick quickest easiest surest hide hiding conceal concealing himself "
    "herself themselves themself oneself yourself enough suicide painful which what",
    "manifesto justify justifying recruit recruitment recruiting glorify glorifying glorifies "
    "glorification celebrate celebrating praise praising honor honoring honour honouring "
    "copycats copycat incite inciting stir isis qaeda hamas hezbollah kkk klan nazi neo "
    "supremacist jihadi accelerationist radicalise radicalize radicalising radicalizing "
    "radicalised radicalized sermon speech posts videos pamphlets song calling urging cells cell "
    "organise organize organising organizing fund funding finance financing bankroll arm arming "
    "equip equipping militia militias insurgents insurgency incite incites incited ethnic "
    "racial minority exterminate exterminating massacre massacring",
    "address addresses name workplace lives works sleeps staying routine phone plate employer "
    "identity unmask unmasking anonymous room secretly hidden spy secret track tracking trace "
    "locate monitor follow read reading backup backups photos icloud whereabouts location movements messages texts whatsapp dms "
    "emails chats dox doxx doxxing doxing tracker trackers airtag airtags stalkerware spyware scrape scraping mine mining "
    "harvest harvesting profile dossier social",
    "phishing pretend pretending posing pose impersonate impersonating scam scams scamming fake "
    "bogus sham clone cloning copy copying skim skimming duplicate card cards leaked stolen "
    "hacked breached dumped launder laundering riciclare money mule mules sim swap swapping rug rugpull rugpulls "
    "identity details donations forged counterfeit false claim claims drug breathalyzer "
    "breathalyser polygraph taxes smuggle smuggling traffic trafficking pump dump hype "
    "manipulation tax returns return refunds refund loans loan benefits run running ran "
    "operate operating spoofed demanding",
    "rooms doors cars lockers houses apartments flats accounts phones gates safes",
    "flood flooding overload knock crash website site server offline "
    "encrypt encryption encrypting spread spreading propagate propagating propagation "
    "replicate replicating copy copies itself host hosts machine machines",
    # round 12: effect-described acts
    "shut turn switch knock take taking took black blacking crash crashing cripple crippling "
    "paralyse paralyze disable disabling sabotage sabotaging mess messing tamper tampering brick "
    "bricking lock locking freeze freezing hijack hijacking control interfere interfering jam "
    "jamming disrupt disrupting floodgates spillway spillways sluice dose doses dosing rates "
    "shutting turning switching knocking crashes cripples disables disabled sabotaged messed "
    "tampered bricked locks freezes hijacked disrupts takes shuts turns switches knocks "
    "hospital hospitals clinic clinics icu er ambulance grid substation substations traffic "
    "airport 911 999 112 emergency railway rail signals pipeline pipelines pacemaker "
    "pacemakers ventilator ventilators infusion",
    "atm atms cash cashpoint machine machines dispenser pump pumping hype hyping inflate "
    "inflating trick tricking con convince convincing get gets getting persuade fool manipulate "
    "pressure make makes making talk talking coax coaxing sweet memecoin memecoins coin coins "
    "token tokens scam scamming dupe duping swindle swindling cons conned conning",
    "make making get getting have set turn rig configure program trick where texts messages "
    "whatsapp chats dms emails calls photos snapchat searches keystrokes location camera webcam "
    "microphone mic monitor doorbell everything",
    "slip slipping put putting sneak drop add mix pour spike spiking lace lacing drink drinks "
    "beat beating hit hitting hurt hurting punch punching kick kicking torture injure rough "
    "make making made makes push pushing pushed soft targets attack bombing shooting massacre "
    "campaign flood flooding bombard spam swarm harass harassing threaten threatening threats",
    "high tall jump jumping fall falling pills pill tablets medicine medicines medication "
    "sleeping wake hide hiding hid conceal concealing cover keep cutting cuts scars purging",
    "keep keeping stop stopping prevent preventing running escaping police cops brought "
    "smuggled trafficked border checkpoint passports passport",
    "fighters militants mujahideen militia militias jihadis jihadists insurgents brothers arms "
    "armed holy race",
    "solvent trap traps uranium plutonium fissile nuclear atomic dirty fission",
    "pull pulling dump dumping extract extracting get grab download steal copy exfiltrate table "
    "tables database databases db records",
    # round 14: triggered by the objects only (the verbs are everyday words)
    "water sewage wastewater power electricity dam pipeline hospital 911 emergency",
    "payroll paycheck paychecks paycheque paycheques salary salaries wages deposit deposits bank "
    "payment insurance payout claim stolen nicked snatched",
    "shelter refuge safehouse",
    "nude naked topless explicit sexual porn porno pornographic undressed undress undressing "
    "nudify nudifying nudified",
    "groom grooming seduce seducing sext sexting child kid minor teen preteen year nude naked "
    "sexual sexy explicit underage",
)
_TRIGGERS = _TRIGGERS + tuple(words for *_, words in ICCS_ACTS)
_TRIGGERS = _TRIGGERS + tuple(words for *_, words in EXAMINER_ACTS)
assert len(_TRIGGERS) == len(_ACTS)
_TRIGGER_SETS = tuple(frozenset(t.split()) for t in _TRIGGERS)

# each act's alternatives run only near the words they name, from where their first strings
# occur (``anchors.Gated``): a prompt without any of them costs a few set operations
_ACT_RES = tuple((area, band, Gated(pat, prefix=r"(?<![\w-])")) for area, band, pat in _ACTS)


def _clause_before(text: str, start: int) -> str:
    near = _PAREN.sub(" ", text[max(0, start - _BEFORE) : start])
    cut = 0
    for found in _CLAUSE.finditer(near):
        cut = found.end()
    return near[cut:]


def _judge(text: str, start: int, end: int, act: str) -> tuple[float, bool]:
    """(strength, operational) of one act found at ``text[start:end]``."""
    before = _clause_before(text, start)
    after = text[end : end + 80]
    clause_after = _CLAUSE.split(after, maxsplit=1)[0]
    if _STUDY_AFTER.search(clause_after) is not None:
        return 0.1, False
    if _DEFINE_BEFORE.search(before) is not None and _DEFINE_AFTER.match(text, end) is not None:
        return 0.1, False
    if _CONTROLS_AFTER.search(text, end, end + 120) is not None:
        return 0.1, False
    studies = list(_STUDY.finditer(before))
    if studies and not _purpose_then_ask(before[studies[-1].end() :], text, end):
        return 0.1, False
    if _DEFEND_BEFORE.search(before) is not None:
        return 0.1, False
    text_harm = _TEXT_HARM.search(act) is not None
    operational = (
        _governs(before)
        or (not text_harm and _governs(before, _TAUGHT))
        or (
            # a text harm (phishing e-mails, a manifesto) explained "in detail" is a discussion;
            # it is asked for only when it is to be written
            not text_harm and _AFTER_OP.search(text, end, end + 160) is not None
        )
    )
    if not operational and text_harm:
        operational = _WRITE.search(before) is not None
    if not operational and not text_harm:
        operational = _ASK_AFTER.match(text, end) is not None or _ASK_INSIDE.search(act) is not None
    if (
        not operational
        and _LEAD.match(before.strip(" ,:-*\"'")) is not None
        and _STATED.match(text, end) is None
    ):
        operational = True  # the act opens its clause: an imperative ("set up a fake charity …")
    return (0.9 if operational else 0.45), operational


# round 21: after a stated protective purpose, the ask for the doing in detail ("to protect my
# child, tell me exactly how …", "to warn people properly, explain … in detail", "so we can stop
# it, explain precisely how it's done", "the way an offender would actually do it")
_DETAIL = re.compile(
    r"\b(?:exactly|precisely|in (?:full |great |exact |precise |more )?detail|step[- ]by[- ]step|"
    r"(?:actual|exact|concrete|precise|specific|real) (?:steps|methods?|procedure|process|how-?to)|"
    r"(?:is|are|was|were|it'?s) (?:actually )?done|be (?:specific|detailed|precise|exact)|"
    r"(?:each|every) step|numbered|the way (?:an? |the )?\w+ would (?:actually )?do it|"
    r"(?:actually|really) (?:do|does|did|work|works) (?:it|this|that)?)\b"
)


def _purpose_then_ask(rest: str, text: str, end: int) -> bool:
    """A protective purpose stated before the act (``rest``: what follows it up to the act) is
    still an operational ask when a request form follows the purpose and governs the act, and
    the request wants it in detail (before the act or in the 160 characters after it)."""
    if not (_governs(rest) or _governs(rest, _TAUGHT)):
        return False
    return _DETAIL.search(rest) is not None or _DETAIL.search(text, end, end + 160) is not None


def _governs(before: str, forms: re.Pattern[str] = _OPERATIONAL) -> bool:
    """A request form (of ``forms``) ends just before the act, with only filler words
    between."""
    for match in forms.finditer(before):
        gap = before[match.end() :].split()
        loose = 0
        for word in gap:
            word = word.strip(",:;\"'*-—")
            if word and word not in _GAP_WORDS:
                loose += 1
        if loose <= 1:
            return True
    return False


# round 23 (set O's code review): "kill" in the POSIX process-tree sense — a parent process
# and its children, zombies and orphans, killed by signal (kill(1), kill(2), POSIX.1-2017
# "Process Termination"). The person words of the violence acts ("child", "children",
# "parent") are that vocabulary's own words; where the act's verb is "kill" and the process
# vocabulary stands in the same stretch of text (the noun right after, or a process word within
# ``_PROCESS_NEAR`` characters), the act is a program's, not a person's.
_KILL = re.compile(r"\bkill(?:s|ed|ing)?\b")
_PROCESS_WORDS = re.compile(
    r"\b(?:process|processes|subprocess(?:es)?|pids?|fork(?:s|ed|ing)?|sig(?:term|kill|int|hup|chld)"
    r"|daemons?|threads?|popen|spawn(?:s|ed|ing)?|systemd|containers?|pods?|kubectl|docker"
    r"|(?:child|parent) (?:process|processes|threads?|nodes?|pods?|jobs?|tasks?))\b"
)
_PROCESS_NEAR = 150


def _process_sense(text: str, match: re.Match[str]) -> bool:
    """Round 23: a violence act whose verb is "kill" said of processes (``_PROCESS_WORDS`` in
    the act or within ``_PROCESS_NEAR`` characters of it)."""
    if _KILL.match(match.group()) is None:
        return False
    near = text[max(0, match.start() - _PROCESS_NEAR) : match.end() + _PROCESS_NEAR]
    return _PROCESS_WORDS.search(near) is not None


def harm_ask(text: str) -> HarmAsk | None:
    """The strongest operational harmful act in ``text`` (lower case), or None."""
    head = text[:_WINDOW]
    words = frozenset(letter_words(head))
    best: HarmAsk | None = None
    index = None
    for (area, band, pattern), needs in zip(_ACT_RES, _TRIGGER_SETS, strict=True):
        if needs.isdisjoint(words):
            continue
        if index is None:
            index = index_of(head)
        for seen, match in enumerate(pattern.finditer(head, index)):
            if seen >= 6:
                break
            if area == "violence" and _process_sense(head, match):
                continue  # round 23: kill a child *process*: no act against a person
            strength, operational = _judge(head, match.start(), match.end(), match.group())
            if operational and area in _GAME_AREAS and _GAME.search(head) is not None:
                strength, operational = 0.3, False
            if operational and area == "obstruction" and _ERA.search(head) is not None:
                strength, operational = 0.3, False  # round 21: a past era's concealment
            if band == PROHIBITED:
                strength = min(1.0, strength + 0.05)
            if best is None or strength > best.strength:
                snippet = head[max(0, match.start() - 40) : match.end() + 20].replace("\n", " ")
                best = HarmAsk(strength, area, band, snippet.strip(), operational)
    return best


__all__ = ["HIGH_RISK", "PROHIBITED", "HarmAsk", "harm_ask"]
