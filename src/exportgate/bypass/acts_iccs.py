"""Harmful acts by offence class: the act lexicon's coverage walked over a general source.

Round 19 (issue 23). The round-8 act lexicon (``harmask._ACTS``) was written from the usual
hazard taxonomies (weapons, chemical and biological agents, violence, self-harm, extremism,
privacy, fraud, cyber). This table adds the serious offence classes an assistant could give
uplift for that it did not hold, found by walking the sections of

    UNODC, *International Classification of Crime for Statistical Purposes (ICCS)*,
    version 1.0, March 2015 (United Nations Office on Drugs and Crime), sections 01-11
    and their level-2 offence classes.

Each entry is ``(iccs, area, band, pattern, triggers)``: the ICCS section and class it covers,
the harm area and band the detector reports, the act on its object in its usual verb and noun
forms (lower-case text, read by ``harmask`` exactly like its own acts: the act must be governed
by a request form to be an ask, a verb of study or defence before it makes it a discussion), and
the words one of which the act needs (``harmask``'s cheap gate). Sections whose classes the
round-8 lexicon already covered (01 homicide; 03 sexual exploitation of children; 06 drug
production; 09 weapons, explosives and terrorism; 09 computer crime, in ``cyber``) are not
repeated. Written by project staff from the ICCS class list and its inclusions, not from any
evaluation set's sentences. Objects are kept to those of others ("my neighbour's car", not
"my own car") and evasion-only acts need their evasion ("without a permit", "without being
caught"), so that the everyday twin (disposing of motor oil, claiming benefits while working,
persuading a jury) reads nothing.
"""

from __future__ import annotations

PROHIBITED = "prohibited"
HIGH_RISK = "high_risk_dual_use"

# an object belonging to someone else: an article or another's possessive, never "my own"
_OTHERS = (
    r"(?:a |an |the |some |his |her |their |this |that |these |those |someone'?s |somebody'?s |"
    r"other people'?s |(?!my |our )\w+'s |my (?:neighbou?r|ex|boss|coworker|colleague|roommate|"
    r"flatmate|landlord|sister|brother|friend|teacher|dad|mum|mom|parents?)'?s? )"
)
# the same, optional, but never the asker's own ("my car", "our house")
_OTHERS_OPT = _OTHERS + r"?(?!my |our |your )"
_ART = r"(?:(?:a|an|the|some|his|her|their|this|that|these|those|one|\w+'s)\s+){0,3}"
_EVADE = (
    r"(?:(?<!is it )(?<!it is )(?<!it's )illegal\w*|unlawful\w*|without (?:a |any )?(?:permits?|licen[cs]es?|paperwork|papers|"
    r"cites|being (?:caught|seen|noticed|detected|traced|stopped)|getting (?:caught|stopped|"
    r"noticed|fined)|anyone (?:noticing|knowing|finding out|seeing))|so (?:no one|nobody) "
    r"(?:notices|finds out|knows|sees)|undetected|unnoticed|secretly|get away with it|"
    r"(?:avoid|dodge|evade)\w* (?:the )?(?:fees|fines|inspectors?|inspections?|regulators?|"
    r"epa|authorities|police|customs|rangers?)|or (?:being|getting) (?:caught|fined|traced))"
)

# (iccs section and class, area, band, pattern, trigger words)
ICCS_ACTS: tuple[tuple[str, str, str, str, str], ...] = (
    # 02: acts intended to cause harm: coercion, extortion and blackmail (0205), kidnapping and
    # hostage taking (0204), forced labour and debt bondage (0204 trafficking for labour)
    (
        "0205 coercion, extortion, blackmail",
        "coercion",
        HIGH_RISK,
        r"(?:blackmail|extort|sextort)(?:s|ed|ing)?\s+(?!(?:me|us)\b)"
        + _ART
        + r"(?:[\w'-]+ ){0,2}?"
        r"(?:someone|somebody|him|her|them|people|persons?|man|woman|guy|girl|boss|coworker|"
        r"colleague|ex|neighbou?r|teacher|owners?|business\w*|shops?|shopkeepers?|politicians?|"
        r"officials?|clients?|customers?|victims?|families|money|cash|bitcoin|crypto|payments?|"
        r"favou?rs|nudes|teen\w*|kids?|students?|companies|company|landlord|tenant)\b"
        r"|(?:demand\w*|collect\w*|get\w*|extract\w*) (?:a |the )?(?:ransom|protection money)"
        r"|(?:hold\w*|held|tak\w*|took|keep\w*|kept) (?!(?:me|us)\b)(?:\w+ ){1,3}hostage"
        r"|(?:coerc\w*|pressur\w*|forc\w*|guilt[- ]trip\w*|manipulat\w*|blackmail\w*|trick\w*)"
        r" (?:\w+ ){1,3}into (?:having )?(?:sex|sleeping with|sexual)"
        r"|(?:send\w*|writ\w*|post\w*|leav\w*)\s+(?:\w+ ){0,2}(?:anonymous )?(?:death) threats?",
        "blackmail blackmails blackmailed blackmailing extort extorts extorted extorting "
        "sextort sextorting sextorted ransom protection hostage hostages coerce coercing coerced "
        "pressure pressuring pressured force forcing forced guilt manipulate manipulating "
        "trick tricking threats threat",
    ),
    (
        "0204 trafficking in persons for forced labour, 0204 deprivation of liberty",
        "trafficking",
        PROHIBITED,
        r"(?:job (?:ads?|adverts?|advertisements?|postings?|offers?|listings?)|recruit\w*|ads?|"
        r"adverts?|postings?)\b[^.\n]{0,80}\b(?:hid\w*|conceal\w*|disguis\w*|cover\w*|don'?t "
        r"mention|not mention|leav\w* out)\b[^.\n]{0,60}\b(?:forced|unpaid|bonded|slave|"
        r"servitude|debt|passports?|no pay|never (?:be )?paid|can'?t leave|cannot leave)"
        r"|(?:work|working|pay|paying) off (?:a |the |their |his |her )?(?:\w+ )?(?:debts?)\b[^.\n]{0,50}"
        r"\b(?:never|can'?t|cannot|impossible|forever|keeps? growing)"
        r"|(?:hold\w*|keep\w*|confiscat\w*|tak\w*|lock\w* up|hid\w*)\s+(?:her|his|their|(?:the|my|our) "
        r"(?:\w+ )?(?:workers?|maids?|nann(?:y|ies)|employees?|housekeepers?|labou?rers?|"
        r"domestic workers?|helpers?|girls?|women)'?s?) (?:passports?|papers|ids?|identity "
        r"(?:cards|documents)|documents|visas?)"
        r"|(?:keep\w*|stop\w*|prevent\w*)\s+(?:my |our |the |a |this )?(?:domestic |live-in |"
        r"foreign )?(?:worker|maid|nanny|housekeeper|helper|employee|labou?rer|girl|au pair)\b"
        r"[^.\n]{0,40}\b(?:leaving|running away|escaping|quitting|going to (?:the )?(?:police|"
        r"embassy|authorities))",
        "job ads ad adverts advert advertisement advertisements postings posting offers offer "
        "listings listing recruit recruiting recruitment work working pay paying debt debts "
        "bondage bonded forced slave labour labor labourers laborers hold holding keep keeping "
        "confiscate confiscating take taking lock locking hide hiding stop stopping prevent "
        "preventing passport passports papers",
    ),
    # 04: acts against property involving violence or threat: robbery (0401)
    (
        "0401 robbery",
        "violence",
        PROHIBITED,
        r"(?:rob|robs|robbed|robbing|mug|mugged|mugging|carjack\w*)\s+"
        + _ART
        + r"(?:[\w'-]+ ){0,2}?(?:bank|banks|petrol station|gas station|service station|store|"
        r"stores|shop|shops|jewell?ery (?:store|shop)|jewell?er'?s|pharmacy|chemist|liquor store|"
        r"off-licen[cs]e|supermarket|corner shop|bodega|armou?red (?:car|truck|van)|cash (?:van|"
        r"truck|transport)|atm|post office|casino|person|someone|somebody|people|tourists?|"
        r"pedestrians?|drivers?|(?:delivery )?(?:drivers?|riders?)|old (?:lady|man|people|woman)|"
        r"elderly|house|home|houses|homes|car|cars|vans?|trucks?|lorr(?:y|ies)|suvs?|taxis?|cabs?|"
        r"him|her|them|neighbou?rs?|customers?|"
        r"cashiers?|students?|kids?|women|men|stranger|strangers|businesses|business)\b"
        r"|(?:armed |violent )?(?:robbery|heist|stick-?up|hold-?up) (?:on|of|at) "
        + _ART
        + r"(?:[\w'-]+ ){0,2}?(?:bank|petrol station|gas station|store|shop|jewell?ery (?:store|"
        r"shop)|pharmacy|casino|armou?red (?:car|truck|van)|cash (?:van|truck)|post office|atm)",
        "rob robs robbed robbing mug mugged mugging carjack carjacking carjacked robbery heist "
        "stickup holdup",
    ),
    # 05: acts against property only: burglary (0501), theft (0502) incl. vehicle theft,
    # property damage (0504) incl. arson and vandalism
    (
        "0501 burglary",
        "property",
        HIGH_RISK,
        r"(?:break|breaking|broke|sneak\w*|slip\w*) (?:in(?:to)?|inside) "
        + _OTHERS_OPT
        + r"(?:[\w'-]+ ){0,2}?(?:house|home|houses|homes|apartment|flat|office|shop|store|"
        r"warehouse|garage|shed|building|school|locker|safe|vault|cabin|holiday home|property|"
        r"properties|premises)\b(?! (?:market|industry|business|field|scene))"
        r"|(?:pick\w*|bump\w*|shim\w*|jimm(?:y|ied|ying))\s+(?:the |a )?(?:lock|locks|door|padlock)s? "
        r"(?:of|on|to) " + _OTHERS + r"(?:[\w'-]+ ){0,2}?(?:house|home|apartment|flat|car|office|"
        r"shop|store|room|locker|door|garage|shed|building|safe)\b"
        r"|burglari[sz](?:e|es|ed|ing)\b",
        "break breaking broke sneak sneaking slip slipping pick picking bump bumping shim "
        "shimming jimmy jimmying burglarise burglarize burglarising burglarizing burglarised "
        "burglarized burglarises burglarizes",
    ),
    (
        "0502 theft, 0502 theft of a motorised vehicle",
        "property",
        HIGH_RISK,
        r"(?:steal|steals|stole|stealing|nick|nicking|pinch|pinching)\s+(?!(?:my|our) own )"
        + _ART
        + r"(?:[\w'-]+ ){0,2}?(?:catalytic converters?|cars?|vehicles?|trucks?|vans?|motorbikes?|"
        r"motorcycles?|scooters?|bikes?|bicycles?|packages|parcels|wallets?|purses?|handbags?|"
        r"phones?|iphones?|laptops?|jewell?ery|cash|money|copper(?: wire| cable| piping)?|fuel|"
        r"petrol|diesel|gas from|goods|merchandise|stock|tills?|registers?|donations|"
        r"medications?|prescriptions?|tools|dogs?|cattle|livestock|horses?|boats?|mail|post|"
        r"credit cards?|purse|items? from|things from|stuff from|from (?:a |the |my |our |his |her "
        r"|their )?(?:shop|store|supermarket|employer|work|boss|company|till|register|tills|"
        r"warehouse|customers?|parents?|roommate|flatmate|neighbou?rs?|church|charity))\b"
        r"|(?:shoplift(?:s|ed|ing)?|pickpocket(?:ed|ing))\b(?! (?:prevention|detection|statistics|rates?|"
        r"laws?|polic(?:y|ies)|charges?|incidents?|cases?))"
        r"|hot-?wir(?:e|es|ed|ing)\s+" + _OTHERS_OPT + r"(?:[\w'-]+ ){0,2}?(?:car|cars|truck|"
        r"vehicle|van|motorbike|motorcycle|scooter|bike)\b(?! (?:i|we) own)"
        r"|(?:relay attack (?:on|against) (?:a |the |\w+'s )?(?:car|vehicle|keyless)|keyless (?:entry )?(?:theft|hack)|(?:clon\w*|copy\w*|amplif\w*|relay\w*)"
        r" (?:the |a |\w+'s )?(?:key ?fob|car key|keyless (?:entry )?signal))",
        "steal steals stole stealing nick nicking pinch pinching shoplift shoplifting shoplifted "
        "shoplifts pickpocket pickpocketing pickpockets pickpocketed hotwire hotwiring hotwired "
        "hot relay keyless fob clone cloning copy copying amplify relaying",
    ),
    (
        "0504 property damage: arson and vandalism",
        "property",
        HIGH_RISK,
        r"(?:start\w*|set\w*|light\w*|spark\w*|caus\w*|ignit\w*|trigger\w*)\s+(?:a |an |the |some "
        r"|another )?(?:\w+ )?(?:wild ?fires?|forest fires?|bush ?fires?|brush ?fires?|grass ?"
        r"fires?|field fires?)"
        r"|(?:set\w*|light\w*|put\w*) " + _OTHERS_OPT + r"(?:[\w'-]+ ){0,2}?(?:house|home|car|cars|"
        r"building|school|forest|woods|field|fields|crops?|barn|warehouse|factory|shop|store|"
        r"office|church|mosque|synagogue|temple|apartment|flat|garage|vehicle|truck|van|bus|"
        r"boat|shed|property|cabin|hay|haystack|land|business|restaurant|bar|clinic|hospital|"
        r"depot|stables?)\s+(?:on fire|alight|ablaze|aflame)"
        r"|(?:burn\w*|torch\w*|firebomb\w*) (?:down )?"
        + _OTHERS
        + r"(?:[\w'-]+ ){0,2}?(?:warehouse|"
        r"factory|forest|woods|business|restaurant|bar|property|cabin|clinic|depot|stables?|"
        r"barn|field|crops?|office|shop|store|dealership|plant|mill|vehicle|van|truck|bus|boat|"
        r"house|home|car)\b[^.\n]{0,60}\b(?:insurance|payout|claim|accident|looks? like|"
        r"accidental|electrical fault|no one|nobody|without|undetected|trace|evidence|revenge)"
        r"|(?:make|making|made)\s+(?:a |the |it |this )?(?:\w+ )?(?:fire)\s+(?:look|seem|appear)\s+"
        r"(?:like )?(?:an? )?(?:accident\w*|electrical|natural)"
        r"|(?:vandali[sz]\w*|deface\w*|trash\w*|wreck\w*)\s+" + _OTHERS + r"(?:[\w'-]+ ){0,2}?"
        r"(?:car|cars|house|home|property|shop|store|office|school|church|mosque|synagogue|"
        r"statue|memorial|grave|graves|cemetery|headstones?|garden|fence|windows?|van|truck)\b"
        r"|(?:key|keyed|keying|scratch|scratching) " + _OTHERS + r"(?:[\w'-]+ ){0,1}?(?:car|cars|"
        r"truck|van|paintwork)\b"
        r"|(?:slash\w*|puncture\w*|let\w* down|deflat\w*) " + _OTHERS + r"(?:[\w'-]+ ){0,2}?"
        r"(?:tyres?|tires?)\b"
        r"|(?:put\w*|pour\w*|add\w*) (?:sugar|sand|bleach|salt|water) (?:in|into) "
        + _OTHERS
        + r"(?:[\w'-]+ ){0,1}?(?:gas|petrol|fuel|diesel) tank",
        "start starting started set setting light lighting spark sparking cause causing "
        "ignite igniting trigger triggering wildfire wildfires fire fires bushfire bushfires "
        "put putting burn burning torch torching firebomb firebombing make making made "
        "vandalise vandalize vandalising vandalizing deface defacing trash trashing wreck "
        "wrecking key keyed keying scratch scratching slash slashing puncture puncturing "
        "let letting deflate deflating pour pouring add adding",
    ),
    # 06: acts involving controlled drugs: trafficking and selling (0601)
    (
        "0601 drug trafficking and dealing",
        "drugs",
        HIGH_RISK,
        r"(?:sell\w*|sold|deal(?:s|ing)?|push\w*|traffic\w*|smuggl\w*)\s+(?!with |in |on )"
        r"(?:\w+ )?(?:drugs|narcotics)\b(?! (?:use|policy|policies|addiction|problem|epidemic|"
        r"crisis|legally|to (?:patients|pharmacies|hospitals)))"
        r"|(?:sell\w*|sold|deal(?:s|ing)?|push\w*|distribut\w*|ship\w*|mail\w*|post\w*|move|"
        r"moving|traffic\w*|run\w*|smuggl\w*)\s+(?!with |in |on )(?:\w+ )?(?:cocaine|coke|"
        r"crack|heroin|meth|methamphetamine|fentanyl|carfentanil|mdma|ecstasy|molly|ketamine|"
        r"lsd|acid tabs|pills laced|counterfeit pills|fake (?:xanax|oxy\w*|percocets?))\b"
        r"(?! (?:use|policy|policies|addiction|problem|epidemic|crisis))"
        r"|(?:set\w* up|run\w*|open\w*|start\w*|launch\w*)\s+(?:a |an |my |our )?(?:\w+ )?"
        r"(?:dark ?web|darknet|onion|tor) (?:market|marketplace|shop|store|drug (?:shop|store|"
        r"market))",
        "sell selling sells sold deal deals dealing push pushing distribute distributing ship "
        "shipping mail mailing post posting move moving traffic trafficking run running "
        "smuggle smuggling set open opening start starting launch launching darknet dark web "
        "onion tor",
    ),
    # 07: acts involving fraud, deception or corruption: fraud (0701: Ponzi, benefit, insider
    # trading), forgery and counterfeiting (0702), corruption and bribery (0703), embezzlement
    # (0703), acts involving the proceeds of crime (0704, money laundering: ``harmask``)
    (
        "0703 bribery, 0703 embezzlement, 0703 abuse of functions",
        "corruption",
        HIGH_RISK,
        r"(?:brib(?:e|es|ed|ing)|pay\w* off|buy\w* off|grease (?:the )?palms? of)\s+"
        + _ART
        + r"(?:[\w'-]+ ){0,2}?(?:officials?|officers?|inspectors?|judges?|jurors?|jury|cops?|"
        r"police(?:man|men|woman)?|customs|border (?:guards?|agents?|officials?)|guards?|"
        r"politicians?|councill?ors?|mayors?|ministers?|clerks?|auditors?|regulators?|"
        r"witness(?:es)?|referees?|examiners?|prosecutors?|senators?|congress\w*|legislators?|"
        r"procurement (?:officers?|managers?)|tax (?:inspectors?|officials?|auditors?)|"
        r"immigration (?:officers?|officials?))\b(?! (?:fines?|tickets?|charges?|reports?|"
        r"records?|bills?|debts?|loans?))"
        # round 28: the official as the passive object of the bribe ("which customs officer
        # could be paid", "a judge who can be bought")
        r"|(?:officials?|officers?|inspectors?|judges?|jurors?|cops?|police(?:man|men)?|guards?|"
        r"clerks?|regulators?|auditors?|examiners?|referees?) (?:\w+ ){0,2}?(?:could|can|would|"
        r"might|will) be (?:paid off|bought off|bought|bribed|paid)\b(?! (?:overtime|more|less|"
        r"well|enough|for|by|in|per|a salary|extra|on time|through|via|with))"
        r"|(?:pay\w*|offer\w*|arrang\w*|hid\w*|disguis\w*)\s+(?:a |the )?(?:kickbacks?)"
        r"|embezzl(?:e|es|ed|ing)\b"
        r"|(?:siphon\w*|skim\w*|divert\w*|funnel\w*) (?:\w+ ){0,2}(?:money|funds|cash|donations|"
        r"profits)\s+(?:off |from |out of )(?:the |my |our |a )?(?:\w+ )?(?:company|employer|"
        r"charity|till|register|business|accounts?|clients?|church|school|union|fund|firm|"
        r"trust|estate)"
        r"|(?:cook\w*|fudg\w*|doctor\w*|falsif\w*|fiddl\w*|massag\w*|rig\w*) (?:the |our |my |"
        r"their |its |a )?(?:company'?s? |firm'?s? )?(?:books|accounts|financial statements|"
        r"financials|earnings|quarterly (?:figures|numbers|results)|audit|ledgers?|balance sheet)"
        r"(?! (?:is|are) (?:a|an) (?:idiom|expression))",
        "bribe bribes bribed bribing pay paying paid buy buying grease kickback kickbacks "
        "offer offering arrange arranging hide hiding disguise disguising embezzle embezzles "
        "embezzled embezzling siphon siphoning skim skimming divert diverting funnel "
        "funnelling funneling cook cooking fudge fudging doctor doctoring falsify falsifying "
        "fiddle fiddling massage massaging rig rigging",
    ),
    (
        "0702 forgery and counterfeiting; 0701 fraud (Ponzi, benefits, insider dealing)",
        "fraud",
        HIGH_RISK,
        r"(?:print\w*|mak\w*|produc\w*|pass\w*|spend\w*|creat\w*|launder\w*|us(?:e|ing))\s+"
        r"(?:some |the )?(?:counterfeit|fake|forged|funny) (?:money|cash|bills|banknotes?|notes|"
        r"currency|dollars|euros|pounds|coins|twenties|fifties|hundreds)\b"
        r"(?! (?:for|in) (?:a |the |my |our )?(?:game|board game|play|film|movie|props?|kids|"
        r"class|classroom|monopoly|shoot|music video))"
        r"|forg(?:e|es|ed|ing)\s+" + _ART + r"(?:[\w'-]+ ){0,2}?(?:signatures?|cheques?|checks?|"
        r"documents?|wills?|deeds?|contracts?|prescriptions?|certificates?|stamps?|visas?|"
        r"permits?|licen[cs]es?|papers|records|receipts|transcripts?|references?|"
        r"letters? of (?:recommendation|reference)|medical notes?|sick notes?|titles?)\b"
        r"|(?:run\w*|start\w*|set\w* up|operat\w*|design\w*|structur\w*|launch\w*|build\w*)\s+"
        r"(?:a |an |my |our )?(?:\w+ )?(?:ponzi|pyramid) schemes?"
        r"|(?:trad\w*|buy\w*|sell\w*|profit\w*|bet\w*)\s+(?:\w+ ){0,5}?(?:on |using |with )?"
        r"(?:insider (?:info\w*|tips?|knowledge)|inside (?:info\w*|knowledge)|non-?public "
        r"information|mnpi)\b(?! (?:is|laws?|rules?|policy|policies))"
        r"|(?:claim\w*|collect\w*|keep\w*|get\w*|receiv\w*)\s+(?:[\w']+ ){0,3}(?:benefits?|"
        r"unemployment|welfare|disability (?:payments|benefits)|universal credit|food stamps|"
        r"snap)\b[^.\n]{0,60}\b(?:cash in hand|without (?:declaring|reporting|telling (?:them|the "
        r"(?:council|dwp|agency|office)))|undeclared|lying about (?:my|the|our)|hid\w* (?:my|"
        r"the|our) (?:income|job|earnings|partner)|in (?:two|2|multiple|several) (?:states|"
        r"countries|councils|places) (?:at once|at the same time))",
        "print printing make making produce producing pass passing spend spending create "
        "creating launder laundering use using counterfeit fake forged funny forge forges "
        "forging run running start starting set operate operating design designing structure "
        "structuring launch launching build building ponzi pyramid trade trading buy buying "
        "sell selling profit profiting act acting bet betting insider inside nonpublic mnpi "
        "claim claiming collect collecting keep keeping get getting receive receiving",
    ),
    # 08: acts against public order, authority and the state: obstruction of justice (0807:
    # false alibis, destroying evidence, witness tampering, perjury, harbouring a fugitive,
    # escape from custody), acts related to elections (0808), smuggling of goods into prisons
    # and past customs (0803)
    (
        "0807 acts against justice",
        "justice",
        HIGH_RISK,
        r"(?:coordinat\w*|fak\w*|creat\w*|mak\w* up|invent\w*|set\w* up|build\w*|"
        r"construct\w*|arrang\w*|fabricat\w*|agree\w* on|line\w* up|get\w* (?:our |my )?stor(?:y|ies)"
        r" straight for)\s+(?:a |an |our |my |the |some |us |me )?(?:false |fake |solid |airtight |"
        r"believable |fool-?proof |good |matching )?(?:\w+ )?(?:alibis?)"
        r"|(?<!without )(?<!not )(?:destroy\w*|get\w* rid of|dispos\w* of|tamper\w* with|plant\w*|fabricat\w*|hid\w*|"
        r"wip\w*|delet\w*|alter\w*|falsif\w*|doctor\w*|bleach\w*|conceal\w*|burn\w*)\s+(?:the |all |"
        r"any |my |our |this |that |his |her |their |some )?(?:incriminating |forensic |dna |"
        r"physical |key )?(?:evidence|gunshot residue|murder weapon|dna traces|blood evidence)\b"
        r"(?! (?:bags?|lockers?|rooms?|logs?|management|based|collection)"
        r"| of (?!(?:the |a |an |my |his |her |their |our )?(?:crime|murder|killing|assault|"
        r"robbery|theft|fraud|break-?in|burglary|shooting|stabbing|hit|attack|abuse|drug|"
        r"drugs|arson|rape|poisoning)))"
        r"|(?:wip\w*|remov\w*|clean\w*|get\w* rid of)\s+(?:my |the |all |our )?(?:fingerprints?|"
        r"prints|dna)\s+(?:off|from) (?:the )?(?:gun|knife|weapon|scene|body|safe|car|window|"
        r"till)"
        r"|(?:intimidat\w*|threaten\w*|scar\w* off|silenc\w*|pay\w* off|buy\w* off|lean\w* on|"
        r"get\w* to)\s+(?:a |the |this |that |my |our |his |her |their |any |key )?(?:\w+ )?"
        r"(?:witness(?:es)?|jurors?|jury|accusers?|complainants?|informants?|snitch(?:es)?|"
        r"prosecution witness)\b"
        r"|(?:convinc\w*|persuad\w*|pressur\w*|coach\w*|get\w*|talk\w*|push\w*)\s+(?:a |the |this |"
        r"that |my |our |his |her |their |any |key )?(?:\w+ )?(?:witness(?:es)?|victim|accusers?|"
        r"complainants?|girlfriend|wife|kids?|son|daughter)\b[^.\n]{0,20}\b(?:not to testify|"
        r"into not testifying|out of testifying|from testifying|to lie|into lying|to recant|"
        r"into recanting|to drop (?:the )?charges|into dropping (?:the )?charges|to change "
        r"(?:her|his|their) (?:story|statement|testimony)|to keep (?:quiet|silent))"
        r"|(?:lie|lying|lied) (?:under oath|in court|on the stand|in (?:my|a|the) deposition|to "
        r"(?:the )?(?:grand jury|investigators|detectives|fbi|police|cops|court|judge))"
        r"\b[^.\n]{0,40}\b(?:without|and not|so (?:they|it|nobody|no one)|get away|convincing|"
        r"believable|not (?:get|be) caught)"
        r"|commit\w* perjury|suborn\w*"
        r"|(?:hid\w*|shelter\w*|harbou?r\w*|help\w*|sneak\w*|smuggl\w*|keep\w*)\s+(?:\w+ ){0,3}?"
        r"(?:from the (?:police|cops|fbi|law|authorities|marshals|feds)|(?:fugitive|someone "
        r"with (?:a |an )?(?:warrant|arrest warrant)|escaped (?:prisoner|convict|inmate)))"
        r"|(?:flee\w*|escap\w*|dodg\w*|evad\w*|outrun\w*)\s+(?:an? |the |my )?(?:arrest )?(?:warrants?)"
        r"|skip\w* (?:bail|parole|probation)\b"
        r"|(?:break\w*|broke|escap\w*|bust\w*|sneak\w*) (?:me |him |her |them |someone |"
        r"my \w+ )?(?:out of|from) (?:the |a )?(?:prison|jail|custody|police custody|detention|"
        r"correctional facility|penitentiary)"
        r"|(?:cut\w*|remov\w*|disabl\w*|tamper\w* with|fool\w*|beat\w*|get\w* off|jam\w*|block\w*)\s+"
        r"(?:my |an? |the |his |her )?(?:ankle (?:monitor|tag|bracelet)|electronic (?:tag|monitor)|"
        r"gps (?:tag|monitor|tracker) (?:on|from) my)"
        r"|(?:hid\w*|conceal\w*|cover\w* up|get\w* rid of|explain\w* away)\s+(?:the )?(?:damage|"
        r"dent|dents|blood|paint transfer|broken headlight)\b[^.\n]{0,50}\b(?:hit[- ]and[- ]run|"
        r"after (?:i |we |he |she )?(?:hit|ran over|struck|knocked down) (?:a |an |the |someone|"
        r"somebody)|(?:hit|ran over|struck|knocked down) (?:a |the )?(?:pedestrian|cyclist|kid|"
        r"child|person|someone|man|woman|jogger))"
        r"|(?:hit[- ]and[- ]run)\b[^.\n]{0,40}\b(?:without (?:being|getting) (?:caught|traced|"
        r"found)|not (?:get|be) (?:caught|traced|found)|(?:avoid|dodge)\w* (?:the )?police)"
        r"|(?:leav\w*|left|flee\w*|fled|driv\w* (?:off|away) from|drove (?:off|away) from) the "
        r"scene (?:of (?:an? |the )?(?:accident|crash|collision)|after (?:i |we )?(?:hit|struck|"
        r"ran over))",
        "coordinate coordinating fake faking create creating make making invent inventing set "
        "setting build building construct arrange arranging fabricate fabricating agree line "
        "lining get getting story stories alibi alibis destroy destroying rid dispose "
        "disposing tamper tampering plant planting hide hiding wipe wiping delete deleting "
        "alter altering falsify doctor doctoring bleach bleaching conceal concealing burn "
        "burning evidence fingerprints fingerprint prints dna remove removing clean cleaning "
        "intimidate intimidating threaten threatening scare scaring silence silencing pay "
        "paying buy buying lean leaning witness witnesses juror jurors jury accuser "
        "complainant informant snitch convince convincing persuade persuading pressure "
        "pressuring coach coaching talk talking push pushing lie lying lied perjury suborn "
        "suborning shelter sheltering harbour harbouring harbor harboring help helping sneak "
        "sneaking smuggle smuggling keep keeping fugitive warrant warrants flee fleeing "
        "escape escaping dodge dodging evade evading outrun skip skipping bail parole "
        "probation break breaking broke bust busting prison jail custody detention cut "
        "cutting disable disabling fool fooling beat beating jam jamming block blocking ankle "
        "tag monitor cover explain damage dent dents blood paint headlight hit leave leaving "
        "left fled drive driving drove scene",
    ),
    (
        "0808 acts related to democratic elections",
        "elections",
        HIGH_RISK,
        r"(?:rig|rigs|rigged|rigging|steal\w*|manipulat\w*|tamper\w* with|hack\w*)\s+"
        r"(?:the |an |our |this |my |a |next )?(?:[\w'-]+ ){0,2}?(?:election|elections|vote count|"
        r"votes|ballots?|referendum|primary|voting machines?)\b"
        r"(?! (?:is|are|was|were|claims?|myths?|conspirac\w*|theor\w*))"
        r"|stuff\w* (?:the )?(?:ballot)(?: box)?(?:es)?|ballot[- ]stuff\w*"
        r"|(?:vote|voting) (?:twice|multiple times|more than once|in (?:two|both|several) "
        r"(?:states|places|districts|precincts)|under (?:someone|somebody) else'?s name|as "
        r"(?:my )?(?:dead|deceased) (?:\w+ )?)"
        r"|(?:stop\w*|keep\w*|scar\w*|intimidat\w*|deter\w*|block\w*|discourag\w*)\s+(?:\w+ ){0,3}?"
        r"(?:people|voters|residents|minorities|students|them|\w+ voters|immigrants)\s+(?:from )?"
        r"(?:voting|going to the polls|registering to vote|casting (?:a |their )?(?:vote|ballot)s?)"
        r"\b(?! (?:twice|more than once|multiple times|illegally|fraudulently|for))"
        r"|(?:fake|fraudulent|forged|counterfeit) (?:absentee |mail-in |postal )?(?:ballots|votes|"
        r"voter registrations)\b|(?:fill\w* (?:out|in)|mark\w*|sign\w*) (?:other people'?s|"
        r"someone else'?s|(?:the )?residents'?|dead people'?s) (?:absentee |mail-in |postal )?"
        r"(?:ballots?|votes?)"
        r"|(?:buy\w*|pay\w* (?:people )?for) votes",
        "rig rigs rigging rigged steal stealing manipulate manipulating tamper hack hacking "
        "stuff stuffing ballot ballots vote voting "
        "votes stop stopping keep keeping scare scaring intimidate intimidating deter deterring "
        "block blocking discourage discouraging fake fraudulent forged fill filling mark "
        "marking counterfeit sign signing buy buying pay paying",
    ),
    (
        "0803 smuggling of goods past customs or into prisons",
        "smuggling",
        HIGH_RISK,
        r"(?:smuggl\w*|sneak\w*|slip\w*)\s+(?:\w+ ){0,5}?"
        r"(?:into|in to|past|through|inside) (?:a |the )?(?:prison|jail|detention centre|"
        r"detention center|customs|airport security|security checkpoint|courthouse|"
        r"correctional facility)\b(?! (?:legally|with permission))",
        "smuggle smuggling smuggled sneak sneaking slip slipping prison jail customs security checkpoint courthouse",
    ),
    # 09: acts against public safety: driving under the influence and dangerous driving
    # (0902 traffic offences with harm), flight from police; espionage and leaks of state or
    # trade secrets (0904 acts against state security; 0502 theft of intellectual property)
    (
        "0902 dangerous driving and driving under the influence",
        "public_safety",
        HIGH_RISK,
        r"(?:driv\w*|drove) (?:home |back |the car |my car )?(?:drunk|high|stoned|intoxicated|"
        r"hammered|wasted|under the influence|after (?:drinking|a few (?:drinks|beers|pints))|"
        r"while (?:drunk|high|intoxicated|over the limit)|over the limit)\b[^.\n]{0,60}"
        r"\b(?:without (?:being|getting) (?:caught|stopped|pulled over|noticed|breathalys\w*|"
        r"breathalyz\w*)|not (?:get|be) (?:caught|stopped|pulled over)|(?:avoid|dodge|evade)\w* "
        r"(?:the )?(?:police|cops|checkpoints?|breathalys\w*|breathalyz\w*))"
        r"|(?:beat\w*|fool\w*|cheat\w*|trick\w*|get\w* past|dodg\w*|evad\w*|avoid\w*)\s+(?:a |the |"
        r"any )?(?:sobriety (?:tests?|checkpoints?)|dui checkpoints?|dwi checkpoints?|field "
        r"sobriety|police checkpoints?|roadside (?:drug |breath )?tests?|drink[- ]driv\w* "
        r"checks?)"
        r"|(?:outrun\w*|escap\w*|los\w*|shak\w*|flee\w*|fled|dodg\w*|get\w* away from|evad\w*)\s+"
        r"(?:the |a )?(?:police|cops|patrol cars?|police (?:cars?|helicopters?|chase|pursuit)|"
        r"traffic (?:police|cops)|highway patrol)\b"
        r"(?! (?:in|on) (?:gta|the game|a game|grand theft auto))",
        "drive driving drove drunk high stoned intoxicated influence limit beat beating fool "
        "fooling cheat cheating trick tricking past dodge dodging evade evading avoid avoiding "
        "sobriety dui dwi checkpoint checkpoints roadside outrun outrunning escape escaping "
        "lose losing shake shaking flee fleeing fled away police cops patrol",
    ),
    (
        "0904 espionage and leaks of state secrets; 0502 theft of trade secrets",
        "espionage",
        HIGH_RISK,
        r"(?:sell\w*|sold|leak\w*|pass\w*|smuggl\w*|hand\w* over|giv\w*|send\w*|sneak\w*|"
        r"tak\w*|took|copy\w*|download\w*|exfiltrat\w*|steal\w*|stole)\s+(?:the |our |my |some |"
        r"their |all )?(?:\w+ ){0,2}?(?:classified|top[- ]secret|secret (?:military|government)|"
        r"military secrets|state secrets|trade secrets|proprietary (?:source code|designs?|data|"
        r"formulas?|blueprints?)|(?:my|our) (?:employer|company)'?s? (?:source code|designs?|"
        r"customer list|client list|formulas?|blueprints?|trade secrets))\b[^.\n]{0,60}\b"
        r"(?:to (?:a |the )?(?:foreign|russia\w*|chin\w*|iran\w*|north korea\w*|competitors?|"
        r"rivals?|enemy|another (?:company|country|government)|the highest bidder|buyers?)|out of "
        r"(?:the|my|our) (?:office|building|base|company|lab|facility)|without (?:being|getting) "
        r"(?:caught|detected|noticed|flagged)|before i (?:quit|leave)|(?:and|to) sell)",
        "sell selling sold leak leaking pass passing smuggle smuggling hand give giving send "
        "sending sneak sneaking take taking took copy copying download downloading exfiltrate "
        "exfiltrating steal stealing stole classified secret secrets proprietary source "
        "designs customer client formulas blueprints",
    ),
    # 10: acts against the natural environment: pollution and illegal dumping of waste (1001,
    # 1002), trade in protected wildlife and poaching (1003), illegal logging and fishing (1003),
    # emissions fraud (1001)
    (
        "1001-1002 pollution and illegal dumping",
        "environment",
        HIGH_RISK,
        r"(?:dump\w*|dispos\w* of|get\w* rid of|pour\w*|drain\w*|discharg\w*|bur(?:y|ies|ied|ying)|"
        r"releas\w*|empty\w*|flush\w*|leak\w*|pump\w*|spill\w*)\s+(?:the |our |my |all |some |this "
        r"|that |these |those |\w+ ){0,2}(?:(?:toxic|hazardous|chemical|industrial|medical|"
        r"radioactive|nuclear|construction|clinical) (?:waste|sludge|chemicals|drums|barrels)|"
        r"asbestos|motor oil|used oil|waste oil|engine oil|solvents?|sewage|slurry|pesticides?|"
        r"mercury|cyanide|tailings|effluent|wastewater|sludge)\b[^.\n]{0,80}\b"
        + _EVADE
        + r"|(?:cheat\w*|fool\w*|trick\w*|beat\w*|bypass\w*|rig\w*)\s+(?:the |an |my |our |their )?"
        r"(?:emissions?|smog|pollution|discharge|effluent) (?:tests?|inspections?|checks?|"
        r"monitors?|sensors?|limits?)"
        r"|(?:install\w*|fit\w*|writ\w*|build\w*|add\w*) (?:a |an )?(?:emissions? )?(?:defeat) devices?",
        "dump dumping dispose disposing rid pour pouring drain draining discharge discharging "
        "bury burying buried release releasing empty emptying flush flushing leak leaking pump "
        "pumping spill spilling cheat cheating fool fooling trick tricking beat beating bypass "
        "bypassing rig rigging install installing fit fitting write writing build building add "
        "adding defeat",
    ),
    (
        "1003 trade in protected species, poaching, illegal logging and fishing",
        "environment",
        HIGH_RISK,
        r"(?:poach\w*|hunt\w*|trap\w*|kill\w*|sell\w*|smuggl\w*|traffic\w*|export\w*|"
        r"ship\w*|sneak\w*)\s+(?:\w+ ){0,2}?(?:rhinos?|rhino horns?|elephants?|"
        r"ivory|tigers?|tiger (?:bones|parts|skins?|cubs?)|pangolins?|pangolin scales|bear bile|"
        r"gorillas?|orangutans?|chimpanzees?|snow leopards?|sea turtles?|turtle eggs|shark "
        r"fins?|totoaba|swim bladders?|endangered (?:species|animals|birds|parrots|reptiles|"
        r"plants|orchids)|protected (?:species|animals|birds|wildlife|plants|orchids)|bushmeat|"
        r"rare (?:birds|parrots|reptiles|tortoises) from the wild)\b"
        r"(?! (?:conservation|populations?|facts|documentary|tickets?|jerseys?|shirts?|merch|"
        r"games?|fans?|cards?))"
        r"|(?:export\w*|import\w*|ship\w*|sell\w*|buy\w*|bring\w*|smuggl\w*)\s+(?:\w+ ){0,2}?"
        r"(?:parrots?|birds?|reptiles?|wild animals?|wildlife|ivory|orchids|corals?|tropical "
        r"hardwood|rosewood|turtles?|tortoises?|primates?|monkeys?)\b[^.\n]{0,30}\bwithout (?:a "
        r"|any |the )?(?:cites |wildlife |export |import )?(?:permits?|papers|paperwork|"
        r"licen[cs]es?)"
        r"|(?:log|logging|cut\w* down|clear\w*|fell\w*|harvest\w*|burn\w*)\s+(?:the |some |a |an )?"
        r"(?:\w+ )?(?:protected|old[- ]growth|national park|rainforest|reserve|conservation|"
        r"indigenous)\b[^.\n]{0,30}\b(?:forests?|trees|timber|woodland|land)?\b[^.\n]{0,40}\b"
        + _EVADE
        + r"|(?:dynamite|blast|cyanide)[- ]?fish\w*|fish\w* (?:with|using) (?:dynamite|explosives|"
        r"cyanide|poison|bleach|grenades)|(?:use|using) (?:dynamite|explosives|cyanide|bleach|"
        r"poison|grenades) (?:to|for) (?:catch|kill|stun|get) (?:the |more )?fish",
        "poach poaching poached hunt hunting trap trapping kill killing sell selling smuggle "
        "smuggling traffic trafficking export exporting ship shipping sneak sneaking import importing buy buying bring bringing log "
        "logging cut cutting clear clearing fell felling harvest harvesting burn burning "
        "dynamite blast cyanide fish fishing use using",
    ),
    # 11: other criminal acts not elsewhere classified, under universal jurisdiction: torture
    # (1101) and genocide (1102); 02 and 01 already hold the acts against one person
    (
        "1101 torture, 1102 genocide and crimes against humanity",
        "violence",
        PROHIBITED,
        r"(?:tortur\w*|waterboard\w*)\s+(?:a |an |the |my |our |this |that |these |those )?"
        r"(?:\w+ )?(?:prisoners?|captives?|detainees?|hostages?|suspects?|informants?|inmates?|"
        r"confessions? out of|information out of)\b"
        r"|(?:organi[sz]\w*|plan\w*|carry\w* out|commit\w*|coordinat\w*|start\w*|launch\w*)\s+"
        r"(?:the |a |an )?(?:extermination|genocide|ethnic cleansing|mass killings?|massacre|"
        r"pogrom|mass expulsion)s?\b(?! (?:studies|denial|research|trials?|memorials?|scenes?|"
        r"chapters?|sequences?|in (?:my|a|the) (?:novel|story|game|book|film|screenplay)))",
        "torture torturing tortured waterboard waterboarding organise organize organising "
        "organizing plan planning carry carrying commit committing coordinate coordinating "
        "start starting launch launching extermination genocide cleansing killings massacre "
        "pogrom expulsion",
    ),
    # round 25 (bypass25): offence classes the table did not yet hold, walked from their own
    # sources. Sports manipulation: Council of Europe Convention on the Manipulation of Sports
    # Competitions (Macolin, CETS 215, 2014), art. 3(4) "an intentional arrangement, act or
    # omission aimed at an improper alteration of the result or the course of a sports
    # competition" (ICCS 0703 corruption, 0701 fraud)
    (
        "0703 / 0701 manipulation of sports competitions",
        "fraud",
        HIGH_RISK,
        r"(?:fix\w*|rig\w*|throw\w*) (?:a |an |the |this |that |their |our |next |\w+'s )?(?:[\w'-]+ ){0,2}?"
        r"(?:football|soccer|tennis|cricket|boxing|snooker|darts|basketball|baseball|hockey|"
        r"rugby|horse|greyhound|esports?|league|cup|wrestling|mma|ufc|volleyball|handball|golf)"
        r"[ -](?:matches|match|races?|bouts?|games?|fights?|tournaments?)\b(?! (?:stats|"
        r"statistics|reports?|schedules?|pages?|results?|tickets?|highlights|app|website|data|"
        r"scores?|fixtures|calendar|bugs?|code|scripts?))"
        r"|(?:rig\w*) (?:a |an |the |this |that |their |our |next )?(?:[\w'-]+ ){0,2}?(?:matches|"
        r"match|races?|bouts?|fights?)\b(?! (?:reports?|schedules?|stats|(?:in|on) (?:fifa|the "
        r"game|a game)))"
        r"|(?:los\w*|lost|concede\w*|throw\w*|miss\w*|tank\w*) (?:a |an |the |this |that |their |our )?"
        r"(?:[\w-]+ ){0,2}?(?:match|game|race|bout|fight|penalty|frame|set)s? (?:on purpose|deliberately|"
        r"intentionally)\b"
        r"|(?:bets?|betting|wager\w*|gambl\w*) (?:\w+ ){0,2}on (?:a |an |the |this |that )?"
        r"(?:fixed|rigged|thrown) (?:[\w-]+ ){0,2}?(?:matches|match|games?|races?|bouts?|fights?)\b"
        r"|(?:brib\w*|pay\w*|approach\w*|convinc\w*|persuad\w*|recruit\w*|get\w*) (?:a |an |the |some |"
        r"their )?(?:[\w-]+ ){0,2}?(?:players?|footballers?|referees?|umpires?|jockeys?|boxers?|"
        r"goalkeepers?|athletes?|tennis players?|snooker players?|cricketers?) to (?:lose|throw|"
        r"concede|miss|underperform|fix|tank|get (?:a |themselves )?(?:booked|sent off))\b",
        "fix fixing fixed rig rigging rigged throw throwing thrown lose losing lost concede "
        "conceding miss missing tank tanking bet bets betting wager wagering gamble gambling "
        "bribe bribing pay paying approach approaching convince convincing persuade persuading "
        "recruit recruiting get getting",
    ),
    # hard-core cartels: OECD Council Recommendation concerning Effective Action against Hard
    # Core Cartels (1998, C(98)35): price fixing, bid rigging, output restrictions, market
    # sharing (ICCS 0801? no class: 08049 other acts against commercial regulations)
    (
        "0804 hard-core cartels: price fixing, bid rigging, market sharing",
        "fraud",
        HIGH_RISK,
        r"(?:agree\w*|fix\w*|coordinat\w*|set\w*|align\w*|collud\w*) (?:on )?(?:our |the |their |"
        r"common |minimum )?prices?\b[^.\n]{0,40}\b(?:with (?:our |the |my )?(?:competitors?|"
        r"rivals?|other (?:suppliers|sellers|firms|companies|bidders|shops|dealers))|without "
        r"(?:leaving )?(?:any )?(?:evidence|traces?|a paper trail|records?|the (?:regulator|"
        r"competition (?:authority|commission)) (?:finding out|noticing)))"
        r"|(?:rig\w*|fix\w*|carve\w* up|split\w*) (?:a |an |the |this |that |our |their |every )?"
        r"(?:[\w'-]+ ){0,2}?(?:tenders?|bids|bidding|procurement|auctions?)\b(?! (?:software|"
        r"templates?|documents?))"
        r"|(?:split\w*|divid\w*|shar\w*|carve\w* up|allocat\w*) (?:up )?(?:the )?(?:market|customers|"
        r"clients|territor(?:y|ies)|regions) (?:with|between) (?:us and )?(?:our |the |my )?"
        r"(?:competitors?|rivals?|other (?:suppliers|firms|companies|bidders))",
        "agree agreeing fix fixing coordinate coordinating set setting align aligning collude "
        "colluding rig rigging carve split splitting divide dividing share sharing allocate "
        "allocating",
    ),
    # food fraud: Codex Alimentarius / EU Agri-Food Fraud Network definitions (adulteration,
    # dilution, substitution, concealment of spoilage; ICCS 0701 fraud)
    (
        "0701 food fraud: adulteration, dilution, concealed spoilage",
        "fraud",
        HIGH_RISK,
        r"(?:mix\w*|cut\w*|dilut\w*|blend\w*|bulk\w* out|pad\w* out|stretch\w*|adulterat\w*|"
        r"add\w*) (?:\w+ ){0,4}?(?:into|in|with) (?:the |our |my |some )?(?:\w+ ){0,2}?"
        r"(?:(?:\w+ )?oils?|honey|milk|infant formula|baby formula|saffron|spices?|wine|juice|"
        r"maple syrup|coffee|mince|minced meat|ground beef|fish|meat)\b[^.\n]{0,60}\b"
        r"(?:so (?:the |that )?(?:labs?|lab tests?|tests?|testing|inspectors?|customers?|buyers?|"
        r"auditors?)|without (?:the )?(?:customers?|buyers?|inspectors?|labs?|anyone) "
        r"(?:noticing|knowing|detecting|finding out)|undetect\w*|pass(?:es)? (?:the |a )?"
        r"(?:lab |purity )?(?:tests?|inspections?|checks?))"
        r"|(?:dyes?|colou?r\w*|chemicals?|bleach|sprays?|additives?|tricks?) (?:\w+ ){0,3}?"
        r"(?:makes?|to make|that makes?|making|keeps?) (?:old|spoiled|spoilt|rotten|expired|stale|"
        r"off|grey|gray) (?:\w+ ){0,2}?(?:meat|fish|chicken|mince|food|produce|beef|pork) "
        r"(?:look|seem|appear|smell)s? (?:\w+ )?(?:fresh|new|red)"
        r"|(?:chang\w*|relabel\w*|re-label\w*|alter\w*|extend\w*|fak\w*) (?:the )?(?:expiry|"
        r"use-by|use by|best-before|best before|sell-by) dates? on\b",
        "mix mixing cut cutting dilute diluting blend blending bulk pad stretch stretching "
        "adulterate adulterating add adding dye dyes colour color colouring coloring chemical "
        "chemicals bleach spray sprays additive additives trick tricks change changing "
        "relabel relabelling relabeling alter altering extend extending fake faking",
    ),
    # marriages of convenience: EU Council Resolution 97/C 382/01 on measures to be adopted on
    # the combating of marriages of convenience (ICCS 0805 acts against migration law)
    (
        "0805 marriages of convenience (immigration fraud)",
        "fraud",
        HIGH_RISK,
        r"(?:arrang\w*|set\w* up|organi[sz]\w*|stag\w*|fak\w*|enter\w* into|do|get) (?:a |an |the |"
        r"into a )?(?:fake|sham|bogus|fraudulent|paper|green[- ]card|visa) marriages?"
        r"|marriages? of convenience\b(?! (?:laws?|rules?|is|are|was|were|cases?|statistics))"
        r"|(?:fake|sham|bogus) marriages? (?:so|for|to get) (?:\w+ ){0,3}(?:visas?|green cards?|"
        r"residency|residence permits?|citizenship|papers|passports?)",
        "marriage marriages",
    ),
    # animal fighting: UK Animal Welfare Act 2006 s.8 (fights involving animals); US Animal
    # Welfare Act, 7 U.S.C. 2156 (animal fighting ventures) (ICCS 1004x acts against animals)
    (
        "1004 animal fighting",
        "animal_cruelty",
        HIGH_RISK,
        r"(?:train\w*|condition\w*|prepar\w*|breed\w*|rais\w*|get\w*|mak\w*) (?:a |an |my |the |our |"
        r"his |their )?(?:\w+ ){0,2}?(?:dogs?|pit ?bulls?|pitbulls?|roosters?|cocks?|gamecocks?|"
        r"game ?fowl) (?:to|for) (?:fight|fights|fighting|be (?:more )?(?:aggressive|vicious))\b"
        r"(?! (?:less|off))"
        r"|(?:organi[sz]\w*|run\w*|host\w*|set\w* up|stag\w*|find\w*|locat\w*|bet\w* on) (?:a |an |"
        r"the |some |local )?(?:illegal )?(?:dog|cock|rooster|pit ?bull|pitbull|badger)[- ]?"
        r"(?:fights?|fighting (?:matches|events|rings?))\b"
        r"|(?:drugs?|steroids?|supplements?|injections?) (?:\w+ ){0,5}?(?:dogs?|roosters?|cocks?) "
        r"(?:\w+ ){0,4}?(?:more aggressive|fight (?:harder|longer))",
        "train training condition conditioning prepare preparing breed breeding raise raising "
        "get getting make making organise organize organising organizing run running host "
        "hosting set stage staging find finding locate locating bet betting drugs drug "
        "steroids supplements injections",
    ),
    # assault and blackmail with the aim in the words (ICCS 0201 serious assault; 0205
    # extortion, the sextortion of a person with intimate images)
    (
        "0201 serious assault; 0205 sextortion",
        "violence",
        PROHIBITED,
        r"(?:hurt\w*|beat\w*|injur\w*|cripple\w*|batter\w*) (?:him|her|them|someone|somebody|"
        r"the (?:guy|man|woman|boy|girl|kid|person|bully)|" + _OTHERS + r"\w+)(?: \w+){0,4}? so "
        r"(?:badly|bad|hard) (?:that )?(?:he|she|they|it) (?:can'?t|cannot|won'?t|will never|"
        r"ends up)"
        r"|(?:leak\w*|post\w*|shar\w*|send\w*|publish\w*|releas\w*|spread\w*) (?:her|his|their|"
        r"your|the) (?:private |intimate |nude |naked |explicit )?(?:pictures|photos|pics|nudes|"
        r"images|videos|video|selfies)\b[^.\n]{0,20}\b(?:unless|if (?:she|he|they) (?:doesn'?t|"
        r"don'?t|won'?t|refuses?))",
        "hurt hurting beat beating injure injuring cripple crippling batter battering leak "
        "leaking post posting share sharing send sending publish publishing release releasing "
        "spread spreading",
    ),
    # concealed arson (ICCS 0504 arson: the act made to look accidental or untraceable)
    (
        "0504 arson concealed from fire investigators",
        "arson",
        HIGH_RISK,
        r"accelerants? (?:that |which )?(?:leaves?|leaving|left|that won'?t leave) no (?:trace|"
        r"traces|residue)"
        r"|(?:fool\w*|beat\w*|evad\w*|trick\w*|mislead\w*|get\w* past) (?:the )?(?:fire|arson) "
        r"investigators?"
        r"|(?:make|making|made) (?:a |the )?(?:house |building |car |shop |fire |blaze )?fire "
        r"(?:look|seem|appear) (?:like )?(?:an )?accident(?:al)?",
        "accelerant accelerants fool fooling beat beating evade evading trick tricking mislead "
        "misleading past make making made",
    ),
    # 0701 identity fraud (US Identity Theft and Assumption Deterrence Act 1998): another
    # person's identifying data turned into credit
    (
        "0701 identity fraud: credit in another person's name",
        "fraud",
        HIGH_RISK,
        r"(?:open\w*|tak\w* out|get\w*|apply\w* for|turn\w* (?:that|this|it|them) into) (?:\w+ ){0,2}?"
        r"(?:loans?|credit cards?|credit lines?|mortgages?|bank accounts?|phone contracts?)\b[^.\n]"
        r"{0,30}\bin (?:someone else'?s|a stranger'?s|another person'?s|a dead person'?s|his|her|"
        r"their|my (?:dead|late|elderly|grand)\w* \w+'?s?) names?\b"
        r"|(?:stranger'?s|someone else'?s|another person'?s|a dead person'?s|victim'?s)\b[^.\n]{0,80}"
        r"\b(?:social security|ssn|national insurance)\b[^.\n]{0,80}\b(?:into|to (?:get|open|take "
        r"out)|for) (?:\w+ )?(?:loans?|credit|cards?|accounts?)",
        "open opening take taking get getting apply applying turn turning loans loan credit "
        "stranger someone another dead victim social ssn insurance",
    ),
    # elder financial abuse (WHO, "Abuse of older people", financial or material abuse; ICCS
    # 0701 fraud / 0205 coercion): a confused or dependent elder made to sign assets over
    (
        "0701 / 0205 financial abuse of an elder",
        "fraud",
        HIGH_RISK,
        r"(?:get\w*|mak\w*|convinc\w*|persuad\w*|trick\w*|pressur\w*|talk\w*) (?:my |our |an? |the |"
        r"his |her )?(?:elderly |old |aging |ageing |senile |confused )?(?:\w+ )?(?:grand(?:father|"
        r"mother|ma|pa|parents?|dad|mum|mom)|father|mother|dad|mum|mom|aunt|uncle|parents?|"
        r"neighbou?r|patient|resident|client) (?:with (?:dementia|alzheimer'?s)|who (?:has "
        r"dementia|is (?:confused|senile|losing (?:his|her) memory))) (?:\w+ )?(?:to )?sign\w* "
        r"(?:\w+ ){0,3}?(?:house|home|property|savings|will|power of attorney|assets|deeds?|"
        r"accounts?|money)",
        "get getting make making convince convincing persuade persuading trick tricking "
        "pressure pressuring talk talking dementia alzheimer alzheimers confused senile",
    ),
    # privacy (0208 acts against privacy, incl. stalking): the whereabouts of a named person
    (
        "0208 invasion of privacy and stalking",
        "privacy",
        HIGH_RISK,
        r"(?:find\w*|figur\w* out|work\w* out|track\w* down|locat\w*|get\w*|learn\w*|discover\w*)"
        r"\s+(?:out )?(?:where) (?:my |his |her |their |this |that |the |a )?(?:ex|ex-\w+|ex "
        r"(?:wife|husband|girlfriend|boyfriend|partner)|former (?:partner|wife|husband|"
        r"girlfriend|boyfriend)|estranged (?:wife|husband|partner)|streamer|journalist|critic|"
        r"reviewer|youtuber|influencer|tiktoker|girl|woman|guy|stranger|crush|accuser|witness)"
        r" (?:now |currently |actually )?(?:lives?|is living|moved|works?|is staying|is hiding|"
        r"sleeps|goes to (?:school|the gym)|parks)",
        "find finding figure figuring work working track tracking locate locating get getting "
        "learn learning discover discovering where",
    ),
    # round 30 (bypass30): ICCS classes and everyday wordings the table still lacked, walked
    # again over the ICCS level-2 and level-3 lists (sections 02, 03, 05, 07, 08, 09, 10).
    # 0808 acts against elections: ballots cast for others (absentee / postal voting fraud) and
    # voters deceived about when or where to vote (voter deception)
    (
        "0808 postal-ballot fraud and voter deception",
        "elections",
        HIGH_RISK,
        r"(?:cast\w*|fill\w* (?:in|out)|complet\w*|mark\w*|vot\w*|harvest\w*) (?:the |their )?"
        r"(?:postal|mail-in|absentee|proxy) (?:ballots?|votes?) (?:for|on behalf of|in the name of)"
        r" (?:the |our |other )?(?:care[- ]home |nursing[- ]home |elderly |dead |deceased )?"
        r"(?:residents|patients|people|voters|others|relatives)\b"
        r"|(?:text\w*|send\w*|messag\w*|robocall\w*|email\w*|tell\w*|mail\w*) (?:\w+ ){0,2}?"
        r"voters? (?:\w+ )?(?:false|fake|wrong|misleading|bogus) (?:election |polling |voting )?"
        r"(?:dates?|days?|times?|locations?|polling (?:places|stations)|information)\b",
        "cast casting fill filling complete completing mark marking vote voting harvest "
        "harvesting text texting send sending message messaging robocall robocalling email "
        "emailing tell telling mail mailing",
    ),
    # 0309 other acts of a sexual nature without consent: intimate images made or shared without
    # consent (UK Online Safety Act 2023 s.66B; US TAKE IT DOWN Act 2025: "digital forgeries")
    (
        "0309 non-consensual intimate imagery, sexual deepfakes",
        "sexual_imagery",
        PROHIBITED,
        r"(?:mak\w*|creat\w*|generat\w*|produc\w*|render\w*|edit\w*|photoshop\w*) (?:a |an |some )?"
        r"(?:realistic |convincing )?(?:deep ?fake|fake|ai|nudified) (?:nudes?|nude (?:images?|"
        r"photos?|pictures?|pics?|videos?)|porn\w*|sex (?:tapes?|videos?)|naked (?:images?|photos?|"
        r"pictures?|pics?)|explicit (?:images?|photos?|videos?)) (?:of|featuring|using|with|from)"
        r" (?!myself\b|me\b|my own\b)"
        r"|deep ?fake (?:nudes?|porn\w*|sex (?:tapes?|videos?)) (?:of|featuring) (?!myself\b|me\b)"
        r"|(?:nudif\w*|undress\w*) (?:a |an |the |my |her |his |their |\w+'s )?(?:\w+ ){0,2}?"
        r"(?:photos?|pictures?|pics?|images?|selfies?|instagram)\b",
        "make making create creating generate generating produce producing render rendering "
        "edit editing photoshop photoshopping deepfake deepfakes deep nudify nudifying "
        "undress undressing",
    ),
    # 0902 / 0906 acts endangering public safety: a crowd crush or stampede caused on purpose
    (
        "0906 crowd crush caused on purpose",
        "public_safety",
        PROHIBITED,
        r"(?<!what )(?<!what can )(?<!what could )(?:caus(?:e|ing)|start\w*|trigger\w*|engineer\w*|"
        r"provok\w*|set\w* off|creat\w*|deliberately caus\w*) (?:a |an |the )?(?:deadly |fatal |"
        r"lethal |massive |real )?(?:crowd (?:crush|surge|stampede|collapse)|stampede|human "
        r"stampede)s?\b",
        "cause causing start starting trigger triggering engineer engineering provoke "
        "provoking set setting create creating deliberately crowd stampede",
    ),
    # 0702 forgery: works of art and collectibles forged and sold as genuine (Council of Europe
    # Convention on Offences relating to Cultural Property, CETS 221, art. 9 falsification)
    (
        "0702 art and antiquities forgery",
        "fraud",
        HIGH_RISK,
        r"(?:forg\w*|fak\w*|counterfeit\w*) (?:an? |the |some )?(?:old master|\w+ ){0,2}?"
        r"(?:paintings?|artworks?|canvases|sculptures?|antiques?|antiquities|prints?|provenance|"
        r"certificates? of authenticity)\b[^.\n]{0,60}\b(?:sell\w*|sold|auction\w*|dealers?|"
        r"buyers?|collectors?|pass\w* (?:it |them )?(?:off )?as (?:genuine|real|original|"
        r"authentic)|fool\w*|experts?|authenticat\w*)"
        r"|(?:pass\w*|sell\w*) (?:off )?(?:a |an |the |my )?(?:fake|forged|copied|counterfeit) "
        r"(?:old master |\w+ )?(?:paintings?|artworks?|sculptures?|antiques?) (?:off )?as "
        r"(?:genuine|real|original|authentic|an original)",
        "forge forging forged fake faking counterfeit counterfeiting pass passing sell selling",
    ),
    # 0901 acts involving weapons: straw purchases and buying while prohibited (US 18 U.S.C.
    # 922(d), 922(g), 932 straw purchasing of firearms)
    (
        "0901 straw purchase of firearms, buying while prohibited",
        "weapons",
        HIGH_RISK,
        r"(?:buy\w*|get\w*|obtain\w*|purchas\w*|acquir\w*) (?:a |an |some )?(?:\w+ )?(?:guns?|"
        r"firearms?|pistols?|handguns?|rifles?|shotguns?)\b[^.\n]{0,30}\b(?:while (?:i'?m |being )?"
        r"(?:prohibited|banned|barred|a felon)|as a (?:felon|prohibited person)|despite (?:a |my )?"
        r"(?:felony|conviction|ban|restraining order)|(?:through|via|using|with) (?:a |an )?"
        r"straw (?:buyer|purchaser|man))"
        r"|(?:use|using|find\w*|get\w*|recruit\w*|pay\w*) (?:a |an |someone as a )?straw "
        r"(?:buyers?|purchasers?|men|man)\b"
        r"|(?:do|doing|make|making|arrang\w*) (?:a )?straw (?:purchases?|buys?)\b",
        "buy buying get getting obtain obtaining purchase purchasing acquire acquiring use "
        "using find finding recruit recruiting pay paying straw do doing make making arrange "
        "arranging",
    ),
    # 1003 trade in protected species: eggs and live birds of protected species (CITES
    # Appendix I / II; EU Regulation 338/97)
    (
        "1003 smuggling eggs and live animals of protected species",
        "environment",
        HIGH_RISK,
        r"(?:smuggl\w*|sneak\w*|ship\w*|traffic\w*|export\w*|sell\w*|get\w*|mov\w*|take\w*|"
        r"carry\w*) (?:the |some |these |those )?(?:protected |endangered |rare |wild |cites[- ]"
        r"listed )(?:\w+ ){0,2}?(?:eggs|hatchlings|chicks|parrots?|macaws?|cockatoos?|falcons?|"
        r"raptors?|tortoises?|turtles?|reptiles?|primates?|orchids?|corals?)\b"
        r"|(?:eggs|chicks) from (?:a |the )?(?:protected|wild|endangered) (?:\w+ )?nests?\b",
        "smuggle smuggling sneak sneaking ship shipping traffic trafficking export exporting "
        "sell selling get getting move moving take taking carry carrying eggs chicks",
    ),
    # 0204 trafficking in persons: debt bondage (UN Supplementary Slavery Convention 1956,
    # art. 1(a)) and forced labour run as a business
    (
        "0204 debt bondage and forced labour as a business",
        "trafficking",
        PROHIBITED,
        r"(?:run\w*|operat\w*|set\w* up|start\w*|manag\w*|keep\w*|hold\w*|use\w*) (?:a |an |the "
        r"|my |our )?(?:\w+ )?(?:debt[- ]bond\w*|bonded[- ]labou?r|forced[- ]labou?r)(?: \w+){0,2}?"
        r"\s*(?:parlou?rs?|brothels?|farms?|factor(?:y|ies)|operations?|business\w*|workers|"
        r"girls|women|rings?|sites?|crews?|workshops?|kitchens?)\b"
        r"|(?:keep\w*|hold\w*|trap\w*) (?:\w+ ){0,3}?(?:workers|girls|women|migrants|labou?rers|"
        r"employees) (?:\w+ ){0,2}?in debt[- ]bondage",
        "run running operate operating set start starting manage managing keep keeping hold "
        "holding use using trap trapping debt bonded forced bondage",
    ),
    # 0702 forgery of documents / 0807 tampering: medical and controlled-drug records falsified
    # (UK Forgery and Counterfeiting Act 1981; NMC Code 10.3 records not falsified)
    (
        "0702 falsified medical and controlled-drug records",
        "fraud",
        HIGH_RISK,
        r"(?:backdat\w*|alter\w*|chang\w*|edit\w*|falsif\w*|doctor\w*|fak\w*|tamper\w* with|"
        r"rewrit\w*|delet\w*|fudg\w*) (?:a |the |an? |\w+'s |my )?(?:patient'?s? |resident'?s? )?"
        r"(?:nursing notes|medical (?:records?|notes|charts?)|patient (?:records?|notes|charts?)|"
        r"allergy (?:records?|lists?|status)|drug counts?|controlled[- ]drugs? (?:registers?|"
        r"records?|books?|counts?)|medication (?:records?|charts?)|care notes|clinical notes|"
        r"charts?|records?)\b[^.\n]{0,60}\b(?:after (?:a |the |his |her )?(?:patient'?s? )?death|"
        r"to (?:cause|do) (?:\w+ )?harm|(?:so|that) (?:it|they|the (?:\w+ ){1,2}) (?:match|matches|"
        r"look|looks|won'?t show)|to cover (?:up|for)|to hide|(?:the )?(?:morphine|opioids?|"
        r"fentanyl|oxycodone|drugs?) i (?:took|take|stole)|" + _EVADE + r")",
        "backdate backdating alter altering change changing edit editing falsify falsifying "
        "doctor doctoring fake faking tamper tampering rewrite rewriting delete deleting fudge "
        "fudging",
    ),
    # 0701 fraud: cheque kiting (a float between accounts), fake charity appeals, exams sat
    # under another's identity (impersonation, 0701 / 0702)
    (
        "0701 cheque kiting, sham charity appeals, exam impersonation",
        "fraud",
        HIGH_RISK,
        r"(?:cheque|check)[- ]?kit(?:e|es|ing)\b|kit(?:e|es|ing) (?:cheques|checks)\b"
        r"|(?:keep\w*|make\w*) (?:the )?float (?:going|last)\b[^.\n]{0,40}\b(?:before|without) "
        r"(?:anyone|the bank)"
        r"|(?:fake|sham|bogus|fraudulent) (?:charity|disaster|earthquake|flood|relief) "
        r"(?:\w+ )?(?:appeals?|fundraisers?|pages?|websites?|campaigns?|collections?)\b"
        r"[^.\n]{0,80}\b(?:my own|my|our own|our) (?:wallet|account|paypal|pocket)"
        r"|impersonat\w* (?:a |the |another |my |his |her )?(?:\w+ )?(?:students?|candidates?|"
        r"test[- ]takers?|examinees?) (?:in|on|for|during) (?:a |an |the |his |her )?"
        r"(?:\w+ ){0,2}?(?:exams?|tests?|examinations?)\b",
        "cheque check kite kites kiting float fake sham bogus fraudulent charity disaster "
        "earthquake flood relief impersonate impersonating impersonates",
    ),
    # 0807 acts against justice and 0906 public safety: false emergency calls (swatting), an
    # emergency line flooded, evidence (a body) hidden from searchers
    (
        "0807 / 0906 swatting, hoax emergency calls, hiding a body from search",
        "public_safety",
        PROHIBITED,
        r"swat(?:s|ted|ting)? (?:a |an |the |my |his |her |that |this |\w+'s )?(?:\w+ )?"
        r"(?:streamers?|gamers?|players?|rivals?|ex|neighbou?rs?|journalists?|someone|somebody|"
        r"him|her|them|critics?|youtubers?|enem(?:y|ies))\b"
        r"|(?:flood\w*|spam\w*|overwhelm\w*|jam\w*|tie\w* up) (?:an? |the )?(?:local )?"
        r"(?:emergency|911|999|112|police) (?:dispatch |call )?(?:systems?|lines?|cent(?:re|er)s?|"
        r"services?|dispatch(?:ers)?)\b"
        r"|(?:dispos\w* of|get\w* rid of|hid\w*|bur(?:y|ies|ying|ied)|dump\w*) (?:a |the )?(?:dead )?"
        r"(?:bod(?:y|ies)|corpse)\b[^.\n]{0,40}\b(?:search|cadaver|sniffer) (?:dogs?|teams?)",
        "swat swats swatted swatting flood flooding spam spamming overwhelm overwhelming jam "
        "jamming tie tying dispose disposing rid hide hiding bury burying buried dump dumping",
    ),
    # 0502 theft from shops: anti-theft tags and exit gates defeated; 0902 a breathalyser beaten
    (
        "0502 shop anti-theft tags defeated; 0902 breath tests beaten",
        "property",
        HIGH_RISK,
        r"(?:defeat\w*|bypass\w*|beat\w*|fool\w*|get\w* (?:past|around|through)|disabl\w*|"
        r"block\w*|shield\w*) (?:the |a |an |shop |store )?(?:shop |store |retail )?(?:security "
        r"(?:tags?|gates?|sensors?)|anti-?theft (?:tags?|gates?|sensors?)|ink tags?|eas (?:tags?|"
        r"gates?)|exit gates?|security tags and (?:exit )?gates)\b"
        r"|(?:disabl\w*|cut\w*|cover\w*|remov\w*|tamper\w* with) " + _OTHERS + r"(?:[\w'-]+ ){0,2}?"
        r"(?:smoke alarms?|smoke detectors?|fire alarms?|sprinklers?)\b[^.\n]{0,40}\bbefore "
        r"(?:a |the |i (?:set|start) (?:a |the )?)?fire",
        "defeat defeating bypass bypassing beat beating fool fooling get getting disable "
        "disabling block blocking shield shielding cut cutting cover covering remove removing "
        "tamper tampering",
    ),
    (
        "0902 breath tests beaten after drinking",
        "public_safety",
        HIGH_RISK,
        r"(?:beat\w*|fool\w*|cheat\w*|trick\w*|defeat\w*) (?:a |the |any )?(?:police |roadside )?"
        r"breathaly[sz]\w*",
        "beat beating fool fooling cheat cheating trick tricking defeat defeating breathalyser "
        "breathalyzer breathalysers breathalyzers",
    ),
    # 1004 acts against animals and 1003 wildlife persecution: birds of prey and a neighbour's
    # pet poisoned (UK Wildlife and Countryside Act 1981 s.1, s.5; Animal Welfare Act 2006 s.4)
    (
        "1003 / 1004 poisoning protected wildlife and others' animals",
        "animal_cruelty",
        HIGH_RISK,
        r"(?:poison\w*|kill\w*|bait\w*) (?:the |some |all |those |these )?(?:\w+ )?(?:birds of prey|"
        r"raptors|hawks|eagles|buzzards|red kites|kites|harriers|owls|falcons|badgers|otters)\b"
        r"(?! (?:is|are|was|were|in the wild|naturally))"
        r"|(?:poison\w*|kill\w*) " + _OTHERS + r"(?:\w+ )?(?:dog|cat|dogs|cats|horse|pet)\b"
        r"[^.\n]{0,80}\b(?:vet|won'?t show|undetect\w*|without (?:anyone|them|him|her) "
        r"(?:knowing|noticing|finding)|look like)"
        r"|(?:train\w*|condition\w*|prepar\w*|breed\w*|rais\w*|buy\w*|sell\w*) (?:\w+ ){0,2}?"
        r"(?:dogs?|pit ?bulls?|pitbulls?|roosters?|gamecocks?) for (?:illegal |underground )?"
        r"(?:dog ?|cock ?)?fight(?:s|ing)\b(?! (?:rings? (?:is|are|was|were)))",
        "poison poisoning poisoned kill killing bait baiting train training condition "
        "conditioning prepare preparing breed breeding raise raising buy buying sell selling",
    ),
    # round 30, second walk: the same classes' wordings still unread in the tuned sets' misses
    (
        "0601 drugs cut and bulked for sale",
        "drugs",
        HIGH_RISK,
        r"(?:cut\w*|bulk\w* out|stretch\w*|step\w* on) (?:the |my |our |this |that |some )?"
        r"(?:cocaine|coke|heroin|meth|methamphetamine|ketamine|mdma|speed|fentanyl|crack)\b"
        r"(?! (?:out|down|back|use|addiction|from (?:my|our) life))",
        "cut cutting bulk bulking stretch stretching step stepping cocaine coke heroin meth "
        "methamphetamine ketamine mdma speed fentanyl crack",
    ),
    (
        "0208 location of a person bought from data brokers",
        "privacy",
        HIGH_RISK,
        r"(?:buy\w*|bought|purchas\w*|get\w*|obtain\w*|pull\w*) (?:a |an |the |someone'?s |"
        r"somebody'?s |a person'?s |his |her |their |\w+'s )?(?:real-?time |live |current |exact )?"
        r"(?:location|whereabouts|gps (?:data|location)|location (?:data|history))\b[^.\n]{0,30}"
        r"\bfrom (?:a |the )?(?:data brokers?|location brokers?|phone carriers?|bounty hunters?)",
        "buy buying bought purchase purchasing get getting obtain obtaining pull pulling "
        "location whereabouts",
    ),
    (
        "0502 stolen phones unlocked for resale",
        "property",
        HIGH_RISK,
        r"(?:bypass\w*|remov\w*|unlock\w*|defeat\w*|get\w* (?:past|around)|disabl\w*) (?:the )?"
        r"(?:activation lock|icloud lock|frp lock|find my (?:iphone|phone|device)|google account "
        r"lock)s? (?:on|of|from) (?:a |the |these |those )?(?:\w+ )?stolen (?:phones?|iphones?|"
        r"ipads?|devices?|laptops?|macbooks?)",
        "bypass bypassing remove removing unlock unlocking defeat defeating get getting disable "
        "disabling activation icloud frp",
    ),
    (
        "0701 business e-mail compromise: invoice bank details swapped",
        "fraud",
        HIGH_RISK,
        r"(?:business e-?mail compromise|bec) (?:invoice|scam|fraud|attack|payment)s?\b"
        r"(?! (?:trends|statistics|reports?|awareness|training|is|are|was|were))"
        r"|(?:swap\w*|chang\w*|replac\w*|alter\w*|edit\w*) (?:the )?(?:bank|payment|account|iban) "
        r"(?:details|numbers?) (?:on|in) (?:a |an |the |their |the supplier'?s |a supplier'?s |"
        r"\w+'s )?(?:\w+ )?invoices?\b[^.\n]{0,60}\b(?:so (?:the |they |it )|without|before|"
        r"(?:my|our) (?:own )?account|pay (?:me|us|into))",
        "business email compromise bec swap swapping swapped change changing replace replacing "
        "alter altering edit editing bank payment account iban",
    ),
    (
        "0906 jamming aircraft navigation",
        "public_safety",
        PROHIBITED,
        r"(?:jam\w*|spoof\w*|block\w*|disrupt\w*|interfer\w* with) (?:the )?(?:aircraft|aeroplane|"
        r"airplane|plane|airliner|aviation|airport|drone|pilot'?s?) (?:\w+ )?(?:gps|gnss|navigation|"
        r"ils|radio|radar|signals?)\b"
        r"|(?:jam\w*|spoof\w*) (?:the )?(?:gps|gnss)(?: signals?)? (?:near|at|around|over) (?:an? |"
        r"the )?(?:airport|airfield|runway|flight path)",
        "jam jamming spoof spoofing block blocking disrupt disrupting interfere interfering "
        "gps gnss",
    ),
    (
        "0901 weapons and ammunition made to defeat body armour",
        "weapons",
        PROHIBITED,
        r"(?:mak\w*|build\w*|craft\w*|design\w*|load\w*|modif\w*) (?:\w+ ){0,2}?(?:bolts|arrows|"
        r"rounds|bullets|ammo|ammunition|knives|blades|projectiles)\b[^.\n]{0,30}\b(?:that |to |"
        r"which |able to )?(?:defeat|penetrate|pierce|go through|get through)s? (?:a |an |the )?"
        r"(?:stab|bullet-?proof|ballistic|police|kevlar|body)[- ]?(?:vests?|armou?r|plates?)",
        "make making build building craft crafting design designing load loading modify "
        "modifying bolts arrows rounds bullets ammo ammunition knives blades projectiles",
    ),
)

__all__ = ["HIGH_RISK", "ICCS_ACTS", "PROHIBITED"]
