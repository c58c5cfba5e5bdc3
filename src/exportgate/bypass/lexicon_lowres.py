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


__all__ = ["LOW_RESOURCE_HARM"]
