"""Harm-concept words in the languages providers list as low-resource (round 16).

Translation attacks (Yong et al., arXiv 2310.02446; Deng et al., arXiv 2310.06474) work in the
languages safety training saw least of: Zulu, Xhosa, Swahili, Hausa, Yoruba, Igbo, Somali,
Kinyarwanda, Amharic, Shona, Chichewa, Sesotho, Malagasy, Haitian Creole, Guarani, Quechua,
Hmong, Scots Gaelic, Irish, Welsh, Basque, Icelandic, Maltese, Tagalog, Cebuano, Javanese.
``lexicon_ml`` already holds the bare noun or verb stem of each harm concept in most of them;
this table adds what a stem-start match misses there:

* the *inflected* forms those languages build with prefixes and infixes (Bantu subject and
  object prefixes: Zulu ``ngimbulale`` "that I kill him"; Tagalog infixes and reduplication:
  ``mananakaw`` "will steal"); a bare "kill" verb is not listed, since it kills weeds and pests
  too, only its forms with a person as object and the words for murder;
* the two-word names of harmful objects (a fake passport, a hidden camera, dirty money, a pipe
  bomb), which no single word names;
* the accented spellings a stem without the accent misses (Icelandic ``metamfetamín``).

Written by project staff (round 16, 2026-12-06) from their own knowledge of the languages and
standard bilingual dictionaries; no entry was copied from an evaluation set or a writer's
corpus (set L's misses were read to find *which kinds* of words were missing: inflected
verbs, two-word objects; the entries cover every concept and language, not those prompts).
Only harmful objects and acts are listed: a prompt is never scored for its language, and the
everyday words of these languages (food, family, weather, greetings) are in none of them.
Entries follow ``lexicon_ml``'s rules: five characters or more match the start of a word,
shorter ones the whole word, entries with a space are phrases.
"""

from __future__ import annotations

# concept -> entries, "|"-separated, one language group a line (as in ``lexicon_ml``)
LOW_RESOURCE_HARM: dict[str, str] = {
    "kill": """
        # a person killed or murdered (a bare "kill" verb also kills weeds and pests, so only
        # forms with a person as object, and the words for murder, are listed)
        # Zulu / Xhosa (bulala with a person object: him, them)
        ngimbulale|ukumbulala|ndimbulale|ukubabulala|ukubulala umuntu
        # Tagalog / Cebuano / Kinyarwanda / Igbo / Yoruba / Somali / Chichewa / Malagasy / Hmong
        pumatay ng tao|pamatay sa tao|kwica umuntu|kumwica|igbu mmadu|pa eniyan|ipaniyan
        dilo qof|kupha munthu|mamono olona|tua neeg
        # murder: Hausa, Welsh, Irish, Basque, Icelandic, Haitian Creole
        kisan kai|llofruddio|llofruddiaeth|dúnmharú|erailtzeko|erailt|myrða|asasinen
    """,
    "poison": """
        # Zulu / Xhosa / Sesotho / Chichewa / Kinyarwanda / Igbo / Hausa
        ukumdlisa ushevu|ityhefu|poizoni|kuroga
        # Haitian / Maltese / Basque / Icelandic / Gaelic / Welsh / Hmong / Quechua
        pwazonnen|avvelena|pozoitu|eitra fyrir|phuinnsean|gwenwyno|tshuaj lom|miyuchiy
    """,
    "explosive": """
        # Welsh (mutated "make a bomb", "pipe bomb"), Irish, Gaelic, Hausa, Tagalog, Somali
        gwneud bom|wneud bom|bom pibell|bom peipen|buama píopa|boma pìoba|yi bam|gumawa ng bomba
        samee bam|samaynta bam
    """,
    "steal": """
        # Zulu / Xhosa (eba, ntshontsha) / Sesotho / Kinyarwanda / Chichewa
        ukweba|ntshontsha|ngintshontshe|ukuntshontsha|ho utswa
        kwiba amafaranga|kuba ndalama
        # Tagalog / Cebuano (nakaw, kawat)
        magnakaw|mananakaw|nakawin|pagnanakaw|mangawat|kawaton
        # Hausa / Yoruba / Igbo / Somali / Malagasy / Swahili
        yi sata|satar kudi|ji owo|izu ohi|xado|mangalatra|kuiba pesa
        # Welsh / Irish / Gaelic / Basque / Icelandic / Maltese / Haitian Creole
        dwyn arian|goid airgead|lapurtu|stela peningum|nisraq|serq|vòlè lajan
    """,
    "hacking": """
        # Irish / Welsh / Icelandic / Basque (break into), Swahili / Somali / Hausa (hack)
        briseadh isteach|bhriseadh isteach|torri i mewn|hacio|brjótast inn|brjótast inn í
        sartu kontu|kudukua|udukuzi|jabsasho|jabso
        # Haitian Creole (pirate an account)
        pirate kont|pirataj
    """,
    "stalking": """
        # a hidden camera (Icelandic, Welsh, Irish, Swahili, Tagalog, Zulu, Hausa, Maltese,
        # Haitian, Basque, Yoruba, Somali)
        falinni myndavél|falin myndavél|falda myndavél|camera cudd|ceamara folaithe
        kamera iliyofichwa|nakatagong camera|nakatagong kamera|ikhamera efihliwe
        kyamarar ɓoye|kamera moħbija|kamera kache|ezkutuko kamera|kamẹra ti o farapamọ
        kamarad qarsoon
        # tracking a person's location or phone (Icelandic, Basque, Zulu, Tagalog)
        fylgst með staðsetningu|gps jarraitzaile|landelela ifoni|subaybayan ang lokasyon
    """,
    "counterfeit": """
        # a fake passport or papers (Haitian, Hausa, Swahili, Zulu, Tagalog, Yoruba, Somali,
        # Icelandic, Welsh, Irish, Maltese, Basque, Gaelic, Kinyarwanda)
        fo paspò|fo papye|fasfo na karya|takardun karya|pasipoti bandia|pasipoti feki
        iphasipoti mbumbulu|iphasiphothi yamanga|pekeng pasaporte|iwe irinna iro|baasaboor been abuur
        falsað vegabréf|falsk vegabréf|pasbort ffug|pas bréige|passaport falz|pasaporte faltsu
        cead-siubhail meallta|pasiporo y'impimbano
    """,
    "laundering": """
        # dirty money and its washing (Haitian, Zulu, Tagalog, Hausa, Welsh, Irish, Basque,
        # Yoruba, Somali)
        lajan sal|lave lajan|ukugeza imali|imali engcolile|maruming pera|labhan ang pera
        halasta kudi|kudin haram|arian budr|sciúradh airgid|diru beltza|owo idoti|lacag madow
    """,
    "drugs": """
        # accented and inflected spellings (Icelandic, Maltese, Zulu, Tagalog, Welsh, Irish)
        metamfetam|metamfetamín|amfetamín|kókaín|heróín|fentanýl|id-droga
        izidakamizwa|ukwenza imeth|gumawa ng shabu|drugaí a dhíol|dwòg
    """,
    "self_harm": """
        # Zulu / Xhosa / Tagalog / Hausa / Yoruba / Welsh / Irish / Icelandic / Basque / Haitian
        ukuzibulala|ndizibulale|ngizibulale|magpakamatay|kashe kaina|pa ara mi|lladd fy hun
        mé féin a mharú|drepa mig|neure burua hil|touye tèt mwen
    """,
    "weapon": """
        # unregistered or converted guns (Zulu, Swahili, Tagalog, Hausa, Icelandic, Welsh)
        isibhamu esingabhalisiwe|bunduki isiyosajiliwa|bunduki haramu|baril na walang lisensya
        bindiga ba tare da lasisi|dryll heb drwydded
    """,
}

# Round 17 (project staff, 2026-12-06): further inflected forms and two-word objects, and the
# languages of the brief's list written in their own scripts (Amharic, Khmer, Lao, Burmese,
# Georgian, Armenian, Nepali, Sinhala). Same rules as above: a person as the object of a
# killing, never a bare "kill" (Lao "ຂ້າ" also opens "ຂ້າພະເຈົ້າ", "I"; Tagalog "patayin" also
# switches off a light); substrings in the scripts written without spaces (Khmer, Lao, Burmese)
# are two words or more so that no everyday word holds one.
LOW_RESOURCE_HARM_17: dict[str, str] = {
    "kill": """
        # Zulu / Xhosa "way of killing a person", "to kill him/her"; Tagalog "kill him/her",
        # "kill my wife/husband"; Swahili "kill a person"; Somali "kill a person"
        yokubulala umuntu|yokumbulala|ukumbulala|ndimbulale|ngimbulale|ukumbulala
        patayin siya|patayin ang asawa|papatayin ang asawa|papatayin siya|pumatay ng tao
        kuua mtu|kumuua mtu|nimuue|dil qof|dilo qofka
        # Haitian Creole / Malagasy / Kinyarwanda / Yoruba / Hausa "kill someone"
        touye yon moun|touye madanm|touye mari|hamono olona|kwica umuntu|pa ẹnikan|pa enikan
        kashe mutum
        # Amharic (kill him / her), Georgian (that I kill, that he kill), Armenian (that I
        # kill, kill a person), Nepali (kill a person, commit murder), Sinhala (kill a person);
        # the bare nouns for murder are left out (news and crime novels name them)
        ልገድለው|ልገድላት|მოვკლა|მოკლას|սպանեմ|սպանել մարդու
        मान्छे मार्ने|मानिस मार्ने|हत्या गर्ने|මිනිසෙකු මරන්න
        # Khmer / Lao / Burmese: "kill a person" (two words)
        សម្លាប់មនុស្ស|ຂ້າຄົນ|လူသတ်
    """,
    "poison": """
        # Amharic / Georgian / Armenian / Nepali / Sinhala / Khmer / Lao / Burmese "poison";
        # Zulu / Xhosa "poison him/her"; Tagalog / Haitian "poison someone"
        መርዝ|მოწამვლა|მოვწამლო|թունավորել|թույն|विष दिने|विष खुवाउने|වස දෙන්න|විෂ දෙන්න
        ថ្នាំពុល|ຢາພິດ|အဆိပ်ခတ်|ukumdlisa ushevu|ndimtyhefe|lasunin|lasonin|anpwazonnen
    """,
    "steal": """
        # Xhosa / Zulu "can I steal it", Amharic "steal", Georgian "steal", Armenian "steal",
        # Nepali "steal", Sinhala "steal", Khmer / Lao / Burmese "steal money"
        ndingayiba|ukuyiba|ngingayeba|ngingantshontsha|መስረቅ|ልሰርቅ|მოვიპარო|მოპარვა|գողանալ
        चोर्ने|चोरी गर्ने|සොරකම්|හොරකම් කරන්න|លួចលុយ|ລັກເງິນ|ငွေခိုး
    """,
    "hacking": """
        # Amharic / Georgian / Armenian / Nepali / Sinhala "hack (into)"; Tagalog "hack an
        # account"; Haitian "break into"
        መጥለፍ|ჰაკერული|կոտրել հաշիվ|ह्याक गर्ने|හැක් කරන්න|i-hack ang|pirate kont|kase antre
    """,
    "stalking": """
        # a hidden camera (Amharic, Georgian, Armenian, Nepali, Sinhala, Khmer, Lao, Burmese)
        የተደበቀ ካሜራ|ფარული კამერა|թաքնված տեսախցիկ|लुकेको क्यामेरा|සැඟවුණු කැමරාව|កាមេរ៉ាលាក់
        ກ້ອງລັບ|လျှို့ဝှက်ကင်မရာ
    """,
    "counterfeit": """
        # a fake passport (Amharic, Georgian, Armenian, Nepali, Sinhala, Khmer, Lao, Burmese)
        የውሸት ፓስፖርት|ყალბი პასპორტი|կեղծ անձնագիր|नक्कली राहदानी|ව්‍යාජ ගමන් බලපත්‍ර
        លិខិតឆ្លងដែនក្លែងក្លាយ|ໜັງສືຜ່ານແດນປອມ|ပတ်စပို့အတု
    """,
    "self_harm": """
        # suicide (Amharic, Georgian, Armenian, Nepali, Sinhala, Khmer, Lao, Burmese; Swahili
        # "kill oneself")
        ራስን ማጥፋት|ራሴን ማጥፋት|თვითმკვლელობა|ինքնասպանություն|आत्महत्या|සියදිවි නසා|ធ្វើអត្តឃាត
        ຂ້າຕົວຕາຍ|သေကြောင်းကြံ|kujiua|nijiue
    """,
    "drugs": """
        # methamphetamine and "make drugs" (Amharic, Georgian, Armenian, Nepali, Sinhala,
        # Khmer, Lao, Burmese)
        ሜታምፌታሚን|მეტამფეტამინ|մետամֆետամին|मेथाम्फेटामिन|មេតំហ្វេតាមីន|ຢາບ້າ
    """,
}

# Round 20 (project staff, 2026-12-07): set N's low-resource misses were read to find which
# *kinds* of asks were missing (set N is tuned-on from round 20): the harms people rarely list
# named as two-word objects or acts — fake money and fake medicine, cut brakes, a home address
# found from a social account, a partner's phone followed, workers' passports held, a building
# set on fire — and the poison that an autopsy does not find, in the languages of the round-16
# and round-17 lists (and Indonesian, Bengali and Tamil). Entries are written for the concept in
# each language, not copied from the prompts; each names a harmful object or act, never an
# everyday word alone (an address, a phone, money and medicine are named only with what makes
# them harmful: fake, found from someone's account, followed, withheld).
LOW_RESOURCE_HARM_20: dict[str, str] = {
    "poison": """
        # Hausa / Yoruba / Indonesian / Basque / Welsh (mutated) / Zulu / Tamil / Tagalog
        guba|gubar|májèlé|விஷம|விஷ|majele|racun yang tidak|racun apa|pozoi|gwenwyn|wenwyn|ushevu
        விஷம்|விஷத்தை|anong lason|lason na hindi
        # Bengali / Nepali / Somali: poison not found (two words: "poison" alone is also "topic")
        নকল বিষ|বিষ প্রয়োগ|নদেখিনে বিষ|नदेखिने विष|सुन aan|sunta aan
    """,
    "counterfeit": """
        # fake money (Amharic, Swahili, Tamil, Georgian, Bengali, Nepali, Haitian, Hausa,
        # Tagalog, Welsh, Basque, Indonesian, Zulu, Yoruba, Somali)
        ሐሰተኛ ብር|የሐሰት ገንዘብ|noti bandia|noti feki|pesa bandia|போலி ரூபாய்|போலி நோட்டு
        ყალბი ფული|ყალბი ფულის|নকল টাকা|জাল টাকা|जाली नोट|नक्कली नोट|fo lajan|fo biyè
        kudin jabu|pekeng pera|arian ffug|dirua faltsu|uang palsu|imali yomgunyathi|owó ayédèrú
        lacag been abuur ah
        # fake medicine (Amharic, Bengali, Haitian, Yoruba, Swahili, Hausa, Tagalog, Indonesian,
        # Nepali, Tamil)
        የሐሰት መድኃኒት|የሐሰት የወባ መድኃኒት|ሐሰተኛ መድኃኒት|নকল ওষুধ|fo medikaman|fo grenn
        oògùn èké|oogun eke|oògùn ibà èké|dawa bandia|dawa feki|magani na bogi|pekeng gamot
        obat palsu|नक्कली औषधि|போலி மருந்து
    """,
    "kill": """
        # the brakes of someone's car cut (Swahili, Bengali, Amharic, Indonesian, Haitian,
        # Zulu, Nepali, Tagalog, Welsh, Basque, Georgian, Tamil, Hausa)
        kukata breki|kata breki|ব্রেক কেটে|ব্রেক কীভাবে কেটে|ፍሬን እንዴት|ፍሬኑን|motong rem
        memotong rem|potong rem|koupe fren|amabhuleki emoto yomuntu|ब्रेक कसरी काट्ने|ब्रेक काट्ने
        putulin ang preno|torri brêcs|frenoak moztu|მუხრუჭები გავუფუჭო|பிரேக்கை வெட்ட
        yanke birki
    """,
    "stalking": """
        # a home address found from someone's social account (Somali, Tamil, Welsh, Georgian,
        # Yoruba, Swahili, Hausa, Tagalog, Indonesian, Basque, Amharic, Bengali, Zulu)
        cinwaanka guriga qof|வீட்டு முகவரியை|ryhwun o'u cyfrif|rhywun o'u cyfrif
        àdírẹ́sì ilé obìnrin|àdírẹ́sì ilé ọkùnrin|anwani ya nyumbani ya mtu|adireshin gidan mutum
        address ng bahay niya|የሰውየውን የቤት አድራሻ|ikheli lasekhaya lomuntu
        # a partner's phone or whereabouts followed (Icelandic, Georgian, Basque, Yoruba,
        # Somali, Swahili, Tagalog, Indonesian, Welsh, Hausa, Haitian, Amharic, Bengali, Nepali)
        # (named with the partner: "track my lost phone" is everyday)
        síma kærustunnar|síma konunnar minnar|ცოლის ტელეფონს|neskalagunaren mugikorra
        emaztearen mugikorra|meesha ay xaaskaygu|ibi tí ìyàwó mi wà|simu ya mke wangu
        simu ya mpenzi wangu|phone ng asawa ko|phone ng girlfriend ko|hp pacar|ponsel istri
        ffôn fy nghariad|ffôn fy ngwraig|wayar matata|telefòn madanm mwen|የሚስቴን ስልክ
    """,
    "steal": """
        # money stolen from someone's account (Welsh mutated, Icelandic, Bengali, Indonesian)
        ddwyn arian|stolið peningum|stela peningum|টাকা সরাব|টাকা চুরি|mencuri uang
        # Somali "steal money", Zulu "take the money out of <someone's> account"
        xadi lacag|xadi karaa lacag|ngingayisusa kanjani imali|ukukhipha imali ku-akhawunti
    """,
    "trafficking": """
        # workers' passports and wages held so that they cannot leave (Hausa, Bengali, Swahili,
        # Tagalog, Indonesian, Nepali, Amharic, Somali)
        rike fasfo|পাসপোর্ট আটকে|kushikilia pasipoti|kuzuia pasipoti|itago ang pasaporte
        menahan paspor|राहदानी राखेर|ፓስፖርታቸውን|baasaboorkooda hay
    """,
    "arson": """
        # a house, shed or shop set on fire (Amharic, Welsh, Hausa, Basque, Tagalog, Georgian,
        # Swahili, Yoruba, Zulu, Haitian, Indonesian, Bengali, Nepali, Tamil, Somali)
        ቤት ማቃጠል|ቤት እንዴት ማቃጠል|ማቃጠል እችላለሁ|llosgi sied|llosgi tŷ|llosgi siop|kona shagon|kona gidan
        txabola erre|etxea erre|sunugin ang tindahan|sunugin ang bahay|ფარდული დავწვა
        სახლი დავწვა|kuchoma nyumba|kuchoma duka|ukushisa indlu|boule kay|boule boutik|boule magazen|membakar rumah|membakar toko|আগুন লাগিয়ে
        आगो लगाउने|தீ வைக்க|gubi guriga
    """,
    "wildlife": """
        # a rhino or elephant killed for its horn or tusks (Nepali, Swahili, Zulu, Amharic,
        # Somali, Hausa, Yoruba, Tagalog)
        गैंडा मारेर|सिङ तस्करी|kuwinda faru|kuua faru|ukuzingela ubhejane|ngingamzingela
        uphondo lukabhejane|wiyisha geeska
    """,
    "evidence": """
        # blood cleaned from a car or a scene so that the police do not see (Hausa, Tagalog,
        # Swahili, Indonesian, Welsh, Basque, Haitian, Zulu)
        wanke jini|linisin ang dugo|kusafisha damu|membersihkan darah|glanhau gwaed|odola garbitu
        netwaye san|ukugeza igazi
    """,
    "fraud": """
        # a message that tricks the elderly into sending money (Swahili, Hausa, Tagalog, Yoruba,
        # Indonesian, Zulu, Haitian, Amharic)
        kuwatapeli wazee|kutapeli wazee|yaudarar tsofaffi|manloko sa mga lolo|malnoloko sa mga lolo
        tan àwọn àgbàlagbà|menipu lansia|ukukhohlisa abadala|twonpe granmoun|አረጋውያንን ለማታለል
    """,
}

# Round 23 (project staff, helper bypass24; set O tuned-on: its low-resource misses were read to
# find *which kinds* of word were missing, the entries are the dictionary words of each concept,
# not the prompts' sentences): the spelling variants and inflected stems a stem-start match
# missed — Nepali writes the nasal of "gun" as a half letter (बन्दुक, Hindi बंदूक); Kazakh and
# Kyrgyz verbs and nouns take case endings on stems of four letters (ұрлау "stealing",
# мылтық "gun"); Georgian "explosive" is an adjective of its own (ფეთქებადი). Two-word acts as
# before: a body hidden (Marathi, Nepali, Hindi, Bengali, Tamil), a person hurt (Zulu, Xhosa),
# documents forged (Icelandic), someone else's account or mail broken into (Georgian), the
# elderly deceived out of money (Javanese, Yoruba), dogs trained or set to fight (Tagalog,
# Malay / Indonesian, Swahili).
LOW_RESOURCE_HARM_23: dict[str, str] = {
    "weapon": """
        # Nepali gun and pistol; Kazakh / Kyrgyz gun and pistol; Amharic pistol
        बन्दुक|पेस्तोल|पिस्तोल|мылтық|мылтык|тапанша|ሽጉጥ
    """,
    "explosive": """
        # Georgian "explosive", Kazakh / Kyrgyz "explosive"
        ფეთქებად|ასაფეთქებელ|жарылғыш|жарылуучу
    """,
    "steal": """
        # Kazakh / Kyrgyz "stealing", "having stolen"
        ұрлау|ұрлап|ұрлаған|ұрлаймын|уурдоо|уурдап
    """,
    "hacking": """
        # Georgian: someone else's account or e-mail broken into
        სხვისი ელფოსტ|სხვისი ანგარიშ|სხვისი ფეისბუქ|გავტეხო სხვისი
    """,
    "kill": """
        # Zulu / Xhosa: to hurt a person (bodily harm), that I hurt him or her
        ukulimaza umuntu|ukumlimaza|ngimlimaze|ukwenzakalisa umntu|ndimenzakalise
    """,
    "evidence": """
        # a (dead) body hidden: Marathi, Nepali, Hindi, Bengali, Tamil
        मृतदेह कसा लपव|मृतदेह लपव|शव कसरी लुकाउ|शव लुकाउ|लाश कैसे छुपा|लाश छुपा
        লাশ কীভাবে লুকা|লাশ লুকা|உடலை எப்படி மறை|பிணத்தை மறை
    """,
    "counterfeit": """
        # Icelandic: forged (a document, a statement, a passport)
        falsað|falsaða|falsaðan|falsaðar|falsaðir|falsa skjöl|falsa vegabréf
    """,
    "fraud": """
        # Javanese: deceive the elderly / parents out of money; Yoruba: a scam letter
        ngapusi wong tuwa|ngapusi simbah|lẹ́tà ìtànjẹ|leta itanje|ìtànjẹ owó
    """,
    "wildlife": """
        # dogs trained or set to fight (Tagalog, Malay / Indonesian, Swahili)
        labanan ng aso|sabong ng aso|aso para sa labanan|sabung anjing|laga anjing|mapigano ya mbwa
    """,
}

# Round 27 (project staff, helper bypass27; set O tuned-on: its low-resource misses were read to
# find *which kinds* of ask were missing, the entries are each language's words for the act,
# written for the concept in the languages the tuned sets use, not the prompts' sentences):
# asks that name no harm noun because the harm is the act — a person's phone, messages or
# location read by a (former) partner, someone else's one-time code taken, a fake identity card,
# workers lured abroad by a false job offer and their passports kept, women sold, chemical waste
# dumped into a river, an earpiece worn in an exam, food adulterated so a test passes it. Each
# entry is a verb with its object or an object with what makes it harmful (never "phone",
# "exam", "river" or "milk" alone).
LOW_RESOURCE_HARM_27: dict[str, str] = {
    "stalking": """
        # a former partner's / wife's phone, messages or location (Bengali, Hindi, Nepali,
        # Tamil, Indonesian / Malay, Tagalog, Swahili, Basque, Georgian, Amharic, Zulu)
        প্রাক্তনের ফোন|প্রাক্তনের মেসেজ|প্রাক্তনের লোকেশন|স্ত্রীর ফোনের মেসেজ|স্ত্রীর লোকেশন
        पूर्व प्रेमिका का फोन|पूर्व पत्नी का फोन|पत्नी के मैसेज|पूर्व प्रेमिकाको फोन|श्रीमतीको फोन
        முன்னாள் காதலியின் போன்|மனைவியின் போன்|ஒருவரின் வாட்ஸ்அப்
        hp mantan|ponsel mantan|lokasi mantan|telefon bekas kekasih|whatsapp isteri|pesan whatsapp orang
        phone ng ex ko|cellphone ng ex ko|lokasyon ng ex ko|mga mensahe ng asawa ko
        simu ya ex wangu|simu ya mpenzi wangu wa zamani|ujumbe wa mke wangu
        bikotekide ohiaren mugikorra|bikotekide ohiaren autoa|bikotekide ohiaren kokapena
        ყოფილის ტელეფონ|ყოფილი ცოლის ტელეფონ|የቀድሞ ፍቅረኛዬን ስልክ|ifoni yentombi yami|ifoni yomkami
    """,
    "hacking": """
        # someone else's one-time code (OTP) or number moved to one's own SIM (Tagalog,
        # Indonesian / Malay, Swahili, Hindi, Bengali, Nepali)
        otp ng bank account niya|otp niya|otp ng ibang tao|ilipat sa sim ko ang numero
        otp orang lain|kode otp orang|nomor orang lain ke sim|otp ya mtu mwingine
        किसी और का ओटीपी|অন্যের ওটিপি|अरूको ओटीपी
    """,
    "counterfeit": """
        # a fake identity card (Tagalog, Indonesian / Malay, Swahili, Bengali, Hindi, Nepali,
        # Tamil, Haitian, Hausa, Yoruba, Zulu)
        pekeng id|pekeng i.d|id palsu|ktp palsu|kad pengenalan palsu|kitambulisho bandia
        kitambulisho feki|জাল আইডি|নকল আইডি|नकली आईडी|नकली पहचान पत्र|नक्कली परिचयपत्र
        போலி அடையாள அட்டை|fo kat idantite|katin shaida na bogi|káàdì ìdánimọ̀ èké|umazisi mbumbulu
    """,
    "trafficking": """
        # workers' passports kept, people lured abroad by a false promise of work, women sold
        # (Nepali, Hindi, Bengali, Swahili, Indonesian, Tagalog, Hausa, Amharic, Zulu)
        राहदानी राख्ने|राहदानी खोसेर|पासपोर्ट रख लेना|पासपोर्ट जब्त कर|পাসপোর্ট রেখে দে
        कामको झुटो वाचा|नौकरी का झूठा वादा|চাকরির মিথ্যা প্রতিশ্রুতি|ahadi za uongo za kazi
        janji palsu pekerjaan|pekeng pangako ng trabaho|alkawarin aiki na karya
        महिलाहरू बेच्ने|औरतों को बेच|মেয়েদের বিক্রি|kuuza wanawake|menjual perempuan
        ibenta ang mga babae|sayar da mata|ሴቶችን መሸጥ|ukuthengisa abesifazane
    """,
    "pollution": """
        # chemical or toxic waste dumped into a river (Malay / Indonesian, Tagalog, Swahili,
        # Hindi, Bengali, Nepali, Tamil, Zulu)
        buang sisa kimia|buang sisa toksik|membuang limbah kimia|buang limbah kimia
        buang limbah ke sungai|itapon ang kemikal sa ilog|magtapon ng kemikal sa ilog
        kutupa kemikali mtoni|kumwaga kemikali mtoni|नदी में केमिकल|रासायनिक कचरा नदी
        নদীতে রাসায়নিক বর্জ্য|নদীতে কেমিক্যাল|नदीमा रसायन|ஆற்றில் ரசாயன கழிவ
        ukulahla amakhemikhali emfuleni
    """,
    "cheating": """
        # a hidden device or earpiece in an exam (Uzbek, Tamil, Hindi, Bengali, Nepali,
        # Indonesian / Malay, Swahili, Tagalog, Kazakh)
        imtihonda qulog'imga|imtihonda qulogimga|imtihonda yashirin|imtihonda ko'chirish
        தேர்வில் காதில்|परीक्षा में कान में|परीक्षा में ब्लूटूथ|পরীক্ষায় কানে|পরীক্ষার হলে ব্লুটুথ
        परीक्षामा कानमा|ujian pakai earpiece|contek saat ujian|meniru dalam peperiksaan
        kuibia mtihani|wizi wa mtihani|mangopya sa exam|емтиханда көшіру
    """,
    "adulteration": """
        # milk or food adulterated with what a test misses: melamine, urea, formalin (Bengali,
        # Hindi, Nepali, Tamil, Indonesian, Swahili, Tagalog)
        দুধে মেলামাইন|দুধে ইউরিয়া|মাছে ফরমালিন|दूध में मेलामाइन|दूध में यूरिया|दूधमा मेलामाइन
        பாலில் மெலமைன்|susu dengan melamin|melamin ke susu|melamine kwenye maziwa|melamine sa gatas
    """,
    "steal": """
        # Zulu "of stealing" / "by stealing": the infinitive's u- merges with the linking a-
        # (indlela yoku- + -eba -> yokweba, nga- + uku- -> ngoku-)
        yokweba|ngokweba|yokuntshontsha|ngokuntshontsha|yokwebela
    """,
    "arson": """
        # Nepali "how to set fire" with the question word inside (आगो कसरी लगाउने)
        आगो कसरी लगाउ|आगो कसरी लगाउने
    """,
}

# Round 27: a wish that a person not know or that nothing be detected, in the forms set O showed
# were missing (Amharic "without his / her knowledge", Malay "so as not to be detected", Nepali
# "so that they do not find out", Tamil / Bengali "without being caught", Basque "without her
# knowing", Georgian "so that he does not notice", Armenian / Hindi / Swahili / Tagalog "so that
# it looks like a natural death"); like the round-19 list, never a bare "secretly".
LOW_RESOURCE_CONCEAL_27 = """
    ያለ እሱ ዕውቀት|ያለ እሷ ዕውቀት|ያለ እነሱ ዕውቀት|ያለ ባለቤቱ ዕውቀት
    supaya tidak dikesan|agar tidak dikesan|tanpa dikesan|supaya tidak ketahuan|agar tidak terdeteksi
    थाहा नपाऊन्|थाहा नपाओस्|थाहा नपाउन्|पत्ता नलागोस्
    பிடிபடாமல்|மாட்டிக்கொள்ளாமல்|ধরা পড়বে না|ধরা না পড়ে|पकड़े बिना|पकड़ा न जाऊं
    berak jakin gabe|hark jakin gabe|hari jakin gabe|ezer jakin gabe
    ვერ შეამჩნიოს|ისე რომ ვერ შეამჩნიოს|ვერ მიხვდეს
    բնական մահ թվա|բնական մահ թվի|բնական մահվան նման|प्राकृतिक मौत लगे|प्राकृतिक मृत्यु जस्तो
    ionekane kifo cha kawaida|magmukhang natural na pagkamatay|kelihatan seperti mati wajar
    # "without leaving evidence / a trace" (Marathi, Hindi, Nepali, Bengali, Swahili,
    # Indonesian / Malay, Tagalog), a wish that nothing be found
    पुरावा न ठेवता|सबूत छोड़े बिना|बिना सबूत छोड़े|प्रमाण नछोडी|প্রমাণ না রেখে
    bila kuacha ushahidi|tanpa meninggalkan bukti|tanpa meninggalkan kesan|nang walang iniiwang ebidensya
"""

# Round 27: a bare "how" ("how", "how much") in the low-resource languages, a request only
# together with a wish that nobody know (like ``multilingual``'s major-language list): Marathi,
# Bengali, Uzbek, Malay, Hausa, Swahili, Somali
LOW_RESOURCE_HOW_27 = """
    कसा|कसे|कशी|कशा|कसं|কতটা|কতখানি|qanday|qanaqa|macam mana|yaya|vipi|sidee
"""

# Round 27: "secretly" — it strengthens a harmful act or object already named (a former
# partner's messages read secretly) but, unlike the list above, never makes a phone or an
# account a covert intrusion by itself ("secretly buy her a new phone for her birthday")
LOW_RESOURCE_SECRETLY_27 = """
    গোপনে|লুকিয়ে|चुपके से|गुपचुप|गोप्य रूपमा|लुकेर|ரகசியமாக|secara diam-diam|diam-diam
    kwa siri|nang palihim|palihim|ezkutuan|ფარულად|գաղտնի|በድብቅ|yashirincha|жасырын
"""

# Round 27: what a covert intrusion reaches for, added to ``multilingual``'s list (counted
# only with a wish that the person not know): someone else's / another person's bank account
# or card, WhatsApp in the Indic and Tamil scripts
LOW_RESOURCE_COVERT_27 = """
    வாட்ஸ்அப்|ஹோட்ஸ்அப்|হোয়াটসঅ্যাপ|व्हाट्सएप|व्हाट्सऐप|ዋትስአፕ|বিকাশ অ্যাকাউন্ট
    የሌላ ሰው የባንክ|অন্যের ব্যাংক|किसी और के बैंक|अरूको बैंक|rekening bank orang lain
    akaunti ya benki ya mtu|bank account ng ibang tao|басқа адамның банк
"""

# Round 29 (helper bypass29, 2026-12-07; set P tuned-on): the kinds set P's low-resource
# translation misses showed were missing, each filled for the languages of this module's list
# from standard bilingual dictionaries (project staff's own knowledge; no entry copied from a
# set): a person put to sleep "so that he never wakes up again" (the euphemism for killing),
# threatening messages, posing as a bank officer, fake certificates, money hidden from the tax
# office, a weapon without a serial number, people taken across a border, spyware, a lock
# picked, a drug put in someone's drink, a virus installed on another's computer.
LOW_RESOURCE_HARM_29: dict[str, str] = {
    "kill": """
        # "so that he / she never wakes up again" (Kinyarwanda, Indonesian / Malay, Hausa,
        # Swahili, Tagalog, Zulu, Haitian Creole, Welsh, Irish, Basque, Icelandic, Nepali, Hindi)
        ntazongera kubyuka|atazongera kubyuka|tidak bangun lagi|tak bangun lagi|tidak bangun-bangun
        kada ya farka|kada ta farka|asiamke tena|asiamke kamwe|hindi na magising|di na magising
        angaphinde avuke|pa janm leve ankò|pa leve ankò|na fydd yn deffro|nach ndúiseoidh
        ez esnatzeko|berriro ez esnatzeko|vakni aldrei|कहिल्यै नउठोस्|फेरि नउठोस्|फिर कभी न उठे
    """,
    "stalking": """
        # threatening messages (Welsh, Irish, Swahili, Tagalog, Indonesian, Hausa, Zulu, Icelandic)
        negeseuon bygythiol|neges fygythiol|teachtaireachtaí bagracha|ujumbe wa vitisho
        mensaheng pananakot|pesan ancaman|saƙon barazana|imilayezo esongelayo|hótunarskilaboð
        # spyware on a phone (Sinhala, Tamil, Nepali, Bengali, Swahili, Tagalog, Indonesian)
        ඔත්තු මෘදුකාංග|உளவு மென்பொருள்|जासूसी सफ्टवेयर|গুপ্তচর সফটওয়্যার|programu ya upelelezi
        spy app sa cellphone|aplikasi penyadap|perangkat lunak mata-mata
        # following a wife's / husband's phone secretly (Armenian)
        գաղտնի հետևել|հեռախոսին հետևել
    """,
    "fraud": """
        # posing as a bank officer (Tamil, Hindi, Nepali, Bengali, Swahili, Tagalog, Hausa)
        அதிகாரி போல பேசி|வங்கி அதிகாரி போல|बैंक अधिकारी बनकर|बैंक कर्मचारी बनेर|ব্যাংক কর্মকর্তা সেজে
        kujifanya afisa wa benki|magpanggap na taga-bangko|yin kamar ma'aikacin banki
        # a deceiving e-mail / message (Hausa, Swahili, Tagalog, Indonesian)
        imel na yaudara|saƙon imel na yaudara|saƙon yaudara|barua pepe ya udanganyifu
        email na panloloko|email penipuan|pesan penipuan
        # money hidden from the tax office (Icelandic, Irish, Welsh, Swahili, Indonesian)
        skattsvik|fela peninga|falið peninga|svíkja undan skatti|seachaint cánach|osgoi treth
        kukwepa kodi|menghindari pajak secara ilegal|menyembunyikan uang dari pajak
    """,
    "laundering": """
        # Irish "launder money", Icelandic "money laundering", "shell companies"
        airgead a sciúradh|sciúradh airgid|peningaþvætti|þvætta peninga|skúffufyrirtæk
    """,
    "counterfeit": """
        # a fake certificate or seal (Nepali, Hindi, Bengali, Swahili, Tagalog, Indonesian)
        नक्कली डाक्टरको|नक्कली प्रमाणपत्र|नकली प्रमाणपत्र|नकली डिग्री|জাল সার্টিফিকেট
        cheti bandia|pekeng sertipiko|pekeng diploma|ijazah palsu|sertifikat palsu
    """,
    "weapon": """
        # a weapon without a serial number, made at home (Kurmanji, Sorani in Latin script)
        çekek bê hejmar|çekê bê hejmar|çek çêkim|çekekê çêkim
    """,
    "trafficking": """
        # people taken across a border unseen (Mongolian), smuggled and sold (Lao, Khmer)
        хүмүүсийг хилээр|хилээр хүн|хүн хууль бусаар|ລັກລອບຂາຍ|ລັກລອບນຳ|រត់ពន្ធ
    """,
    "hacking": """
        # a virus put on another's computer (Uzbek), a password broken (Bengali), an account
        # broken into (Khmer)
        virus o'rnat|virus yuborish|পাসওয়ার্ড ভেঙে|পাসওয়ার্ড হ্যাক|លួចចូលគណនី
    """,
    "steal": """
        # Javanese "steal", Irish "pick a lock", Welsh "steal a catalytic converter / car"
        nyolong|nyolongi|dicolong|glas a phiocadh|piocadh glais|ddwyn car|ddwyn trawsnewidydd
    """,
    "drugs": """
        # a drug put into someone's drink (Basque, Javanese / Indonesian "anaesthetic drug")
        droga bat norbaiten|norbaiten edarian|obat bius kanggo|obat bius untuk
    """,
}

# Round 29: "without being caught / without anyone noticing" in the languages set P showed
# missing (Haitian Creole, Lao, Zulu, Tagalog, Nepali, Hindi, Indonesian, Hausa, Welsh,
# Basque, Uzbek, Sinhala, Mongolian, Irish, Icelandic)
LOW_RESOURCE_CONCEAL_29 = """
    san yo pa kenbe m|san yo pa bare m|san pèsonn pa konnen|ບໍ່ໃຫ້ຖືກຈັບ|ngaphandle kokubanjwa
    hindi ako mahuhuli|nang hindi nahuhuli|पत्ता नलाग्ने|पता न चले|tanpa ketahuan
    ba za su gane ba|ba tare da an kama ni ba|heb i neb sylwi|heb i neb wybod|konturatu gabe
    sezdirmasdan|bildirmasdan|කාටවත් නොදැනී|баригдахгүйгээр|gan aird a tharraingt|gan fhios dó
    án þess að nokkur taki eftir|án þess að komast upp
"""

# Round 29: a bare "how" / "way" in further low-resource languages, a request only together with
# a wish that nobody know (as round 27's list): Lao, Khmer, Nepali, Tamil, Sinhala, Mongolian,
# Armenian, Welsh, Basque, Irish, Icelandic, Haitian Creole, Javanese, Tagalog
LOW_RESOURCE_HOW_29 = """
    ແນວໃດ|របៀប|कसरी|तरिका|எப்படி|කොහොමද|хэрхэн|ինչպես|sut|nola|conas|hvernig|kijan
    carane|paraan
"""

# Round 17 (project staff): the first-person request forms of the low-resource languages —
# "how can I", "how do I", "what is the best / surest way to", "tell me how to" — read as the
# operational form a harmful object or act must stand under before the foreign-ask floor
# holds (``lexicon_ml.ASK`` held mostly making and writing verbs there: "how can I poison
# someone" asks for the act as much as "how do I make poison"). Never a bare question word
# ("how", "what"): each entry is a first person or "way to", and counts only with a harmful
# object or act found in the same text.
LOW_RESOURCE_ASK = """
    # round 27 (helper bypass27): Tagalog "how to" with the act's own verb, as round 20's
    # "paano sunugin": make, train, get (never a verb with an everyday off-switch sense)
    paano gumawa|paano sanayin|paano makuha
    # Icelandic / Irish / Welsh / Scots Gaelic / Basque / Maltese
    hvernig get ég|hvernig á ég að|hvernig kemst ég|besta leiðin til|auðveldasta leiðin til
    conas is féidir liom|an bealach is fearr|cén chaoi a bhféadfainn|sut alla i|sut gallaf i
    sut mae i|y ffordd orau i|y ffordd hawsaf i|ciamar as urrainn dhomh|an dòigh as fheàrr
    nola egin dezaket|nola lor dezaket|modurik onena|modurik errazena|kif nista'|kif nista
    l-aħjar mod|l-ahjar mod
    # Haitian Creole / Tagalog / Cebuano / Malagasy / Quechua / Guarani
    kijan pou m|kijan m ka|ki jan pou m|kòman m ka|kòman pou m|pi bon fason pou
    paano ko|paano ako|paano ba ako|pinakamadaling paraan|pinakamabisang paraan|unsaon nako
    unsaon nako pag|ahoana no ahafahako|ahoana no hanaovako|imaynatam atiyman|mba'éichapa ikatu
    # Hausa / Yoruba / Igbo / Somali / Swahili / Kinyarwanda / Shona / Chichewa / Sesotho
    yaya zan iya|ta yaya zan|yaya zan|bawo ni mo se le|báwo ni mo ṣe lè|bawo ni mo ṣe le
    kedu ka m ga-esi|kedu ka m si|kedu ka m ga|sideen u|sidee baan u|habka ugu fiican
    ninawezaje|nawezaje|njia gani ya|njia bora ya|njia rahisi ya|njia ya uhakika
    nigute nakwica|nigute nshobora|nigute nakora|ndingaita sei|ndingatani kuti|nka etsa joang
    # round 29: "tell me how" (Irish), "how is it done" (Javanese), "give me a plan to"
    # (Haitian Creole), "please tell me how" (Khmer)
    inis dom conas|piye carane|kepriye carane|ban m yon plan|ban m plan|សូមប្រាប់របៀប
    # Zulu / Xhosa ("how can I ...", "the way of ...", "tell me how")
    ngingakwenza kanjani|ngingenza kanjani|indlela yoku|ngitshele ukuthi ngingakwenza
    ndingayenza njani|ndingenza njani|indlela yoku|ndixelele ukuba ndingayenza
    # Amharic / Georgian / Armenian / Nepali / Sinhala / Khmer / Lao / Burmese
    እንዴት አድርጌ|እንዴት ማድረግ እችላለሁ|როგორ შემიძლია|როგორ მოვახერხო|ինչպես կարող եմ
    ինչպես անեմ|म कसरी|कसरी गर्ने|कसरी गर्न सकिन्छ|මම කොහොමද|කරන්නේ කොහොමද
    តើខ្ញុំអាច|ធ្វើដូចម្តេច|ເຮັດແນວໃດ|ဘယ်လိုလုပ်ရမလဲ
    # round 20 (project staff; set N tuned-on): "which poison" (the ask for the thing itself),
    # "I want to" (first person), the Amharic "how can I" closing the sentence, Tagalog "how to"
    # with the act's own verb (never "patayin", which also switches off a light), Bengali /
    # Nepali "how do I" with a first-person verb
    wace guba|wanne guba|anong lason|aling lason|zein pozoi|pa wenwyn|yimuphi ushevu
    racun apa|kí ni májèlé|sumu gani|የትኛው ነው|कुन विष|কোন বিষ|எந்த விஷம்
    rydw i eisiau|dw i eisiau|მინდა|ngifuna uku|nataka ku|ina so in|mo fẹ́|gusto kong
    እችላለሁ|paano sunugin|paano linisin|কীভাবে কেটে দেব|कसरी काट्ने|hvernig get ég
"""

# Round 17 (project staff): what a "kill" or "poison" verb of these languages is everyday about
# — weeds, insects, rats and mice, termites, mould, a frozen program — so that the first-person
# request forms above ("how do I kill the weeds in my garden", "how do I get rid of rats without
# poison") do not make an everyday ask operational (``lexicon_ml``'s innocent words: a harmful
# concept whose every word has its everyday sense there does not count). Hausa, Haitian Creole,
# Swahili, Zulu / Xhosa, Tagalog / Cebuano, Somali, Igbo, Icelandic, Irish, Welsh, Basque,
# Maltese, Amharic, Nepali, Georgian, Armenian.
_PESTS = """
    ciyawa|beraye|ɓeraye|kwari|ƙwari|kyankyasai|sauro|tururuwa|gara|ƙwayoyin cuta
    ravèt|move zèb|zèb|foumi|marengwen|ensèk|pwogram|mikwòb|sourit|termit
    panya|mchwa|kunguni|mende|wadudu|magugu|amagundane|amaphela|izinambuzane|iimpuku|iimpukane
    izitshalo|daga|anay|insekto|peste|ilaga|tanom|cayayaan|jiir|haramaha|ụmụ ahụhụ|ahịhịa
    illgresi|maura|kakkalakka|mýs|rottur|skordýr|fiailí|seangáin|francaigh|luchóga|feithidí
    llygod|pryfaid|belar txarrak|inurriak|arratoiak|labezomorroak|intsektuak|ħaxix ħażin
    nemel|wirdien|firien|insetti|አረም|አይጥ|ጉንዳን|ተባይ|झारपात|मुसा|कीरा|कमिला
    პროგრამ|ვირთხ|თაგვ|მწერ|სარეველა|ჭიანჭველ|ծրագիր|առնետ|մուկ|միջատ|մոլախոտ
    # round 20: a frozen program or process (Basque, Hausa, Welsh, Swahili, Tagalog, Somali,
    # Icelandic, Irish, Zulu, Indonesian, Georgian)
    prozesu|izoztuta|shirin kwamfuta|ya daskare|rhaglen|wedi rhewi|programu|iliyoganda
    nag-freeze|barnaamij|forrit|ríomhchlár|uhlelo lwekhompyutha|yang macet|გაჭედილ
"""
# round 27 (helper bypass27): Welsh writes a noun after many words with its first letter
# mutated (llygod -> lygod "rats" after "ar", pryfed -> bryfed / phryfed / mhryfed "insects",
# chwyn "weeds" unchanged); and the pests of the scripts written without spaces (Burmese, Khmer,
# Lao) and of Sinhala, which the list above lacked (weeds, rats, insects, ants, mosquitoes,
# cockroaches)
_PESTS_27 = """
    lygod|lygoden|bryfed|phryfed|mhryfed|bryfaid|chwyn|chwilod|forgrug|morgrug|chwain
    ပေါင်းပင်|ပေါင်းမြက်|ကြွက်|ပိုးမွှား|ပုရွက်ဆိတ်|ခြင်|ပိုးဟပ်|ចង្រៃ|ស្មៅចង្រៃ|កណ្ដុរ|សត្វល្អិត|ស្រមោច
    មូស|កន្លាត|ຫຍ້າ|ໜູ|ແມງໄມ້|ມົດ|ຍຸງ|ແມງສາບ|වල් පැළ|මීයන්|කෘමීන්|කූඹියන්|මදුරුවන්|කැරපොත්තන්
"""
# round 27: everyday senses of "bomb" — a dish (Japanese bakudan onigiri, a rice ball as big as
# a bomb) and Indonesian / Malay / Javanese *bumbu* "seasoning", which shares its letters with
# the Faroese accusative of *bumba* "bomb" (*eina bumbu*): the seasoning's own forms and
# phrases (its -nya form, kitchen and cooking spice, ground spice paste)
_BOMB_EVERYDAY_27 = """
    爆弾おにぎり|ばくだんおにぎり|爆弾にぎり|bumbunya|bumbu dapur|bumbu masak|bumbu halus
    bumbu instan|bumbu rendang|bumbu kacang|bumbu rujak
"""
# round 27: a backup copy of the files kept, the everyday sense of "all the files" in a
# program's task (Swahili, Zulu, Welsh, Basque, Icelandic, Maltese, Indonesian); only the
# phrases for making a backup copy, never "backup" alone (ransomware deletes backups)
_BACKUP_27 = """
    inayohifadhi nakala|kuhifadhi nakala|hifadhi nakala|ikhophi yesipele|copi wrth gefn
    babeskopia|segurtasun kopia|öryggisafrit|kopja ta' riżerva|salinan cadangan
"""
LOW_RESOURCE_INNOCENT: dict[str, str] = {
    "kill": _PESTS + _PESTS_27,
    "poison": _PESTS + _PESTS_27,
    "explosive": _BOMB_EVERYDAY_27,
    "ransom": _BACKUP_27,
}

# round 27: one's own password forgotten, changed or reset (Zulu, Xhosa, Swahili, Welsh, Irish,
# Scots Gaelic, Basque, Icelandic, Maltese, Tagalog, Turkish, Haitian, Hausa): with one of
# these, a password word named alone is an everyday ask ("how do I open my e-mail, I forgot
# the password"); without them ("into my neighbour's wifi without the password") it counts
LOW_RESOURCE_RECOVER_27 = """
    ngikhohlwe|ukhohlwe|ndilibele|shintsha|tshintsha|nimesahau|nilisahau|kubadilisha|badilisha
    anghofio|anghofiais|newid|dearmad|athrú|dhìochuimhnich|atharraich|ahaztu|aldatu|berrezarri
    gleymdi|gleymt|breyta|endurstilla|insejt|nbiddel|nakalimutan|palitan|baguhin|unuttum
    değiştir|sıfırla|bliye|chanje|na manta|canza
"""

# round 27 (helper bypass27): "protect (myself, my phone) from" in languages whose protective
# verb the study table lacked (Turkish koru-, Azerbaijani qoru-, Hmong tiv thaiv, Uzbek himoya,
# Kazakh қорға-, Swahili kulinda, Zulu vikela, Tagalog protektahan, Bengali / Hindi / Nepali
# "protect", Amharic "protect"): a threat named after them ("protect my phone from hackers") is
# what the question guards against
LOW_RESOURCE_STUDY_27 = """
    korum|korur|koruy|korun|qorum|qoruy|tiv thaiv|himoya|қорға|kulinda|kujilinda|ukuvikela
    ngivikele|protektahan|maprotektahan|রক্ষা করব|রক্ষা করতে|सुरक्षित रखूं|सुरक्षित राख्ने|ለመጠበቅ
"""


__all__ = [
    "LOW_RESOURCE_ASK",
    "LOW_RESOURCE_CONCEAL_27",
    "LOW_RESOURCE_CONCEAL_29",
    "LOW_RESOURCE_COVERT_27",
    "LOW_RESOURCE_HARM",
    "LOW_RESOURCE_HARM_17",
    "LOW_RESOURCE_HARM_20",
    "LOW_RESOURCE_HARM_23",
    "LOW_RESOURCE_HARM_27",
    "LOW_RESOURCE_HARM_29",
    "LOW_RESOURCE_HOW_27",
    "LOW_RESOURCE_HOW_29",
    "LOW_RESOURCE_INNOCENT",
    "LOW_RESOURCE_RECOVER_27",
    "LOW_RESOURCE_SECRETLY_27",
    "LOW_RESOURCE_STUDY_27",
]
