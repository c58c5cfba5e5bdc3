"""What a request in a low-resource language asks for, read from a small hand-written lexicon.

Translation attacks (Yong et al., arXiv 2310.02446) put a harmful ask into a language the safety
training saw little of. The intent part reads English and the major languages; this part covers
the dangerous *objects and acts* (bomb, explosive, poison, kill, steal, password, ransom, break
into an account, without being noticed or without permission) and the *request words* (tell me,
how, write, explain) in about forty further languages: Swahili, Zulu, Xhosa, Welsh, Irish, Scots
Gaelic, Basque, Icelandic, Maltese, Haitian Creole, Yoruba, Hausa, Igbo, Somali, Amharic, Hmong,
Tagalog, Indonesian/Malay, Māori, Latvian, Lithuanian, Estonian, Albanian, Afrikaans, Catalan,
Galician, Hindi, Bengali, Nepali, Urdu, Persian, Tamil, Turkish, Kurdish, Armenian, Georgian,
Azerbaijani, Uzbek, Kazakh, Shona, Chichewa, Kinyarwanda, Malagasy, Sesotho, Setswana, Cebuano.

The words were written by project staff (2026-12, round 3); they are stems, matched on the
start of a word (stems of four letters or fewer must match the whole word), or substrings for
scripts without spaces-separated Latin words. A prompt is never scored for *being* foreign: only
a harmful object or act, and more so one under a request word, counts. Everyday prompts in the
same languages (cooking, letters, weather) hit none of these words.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass

from exportgate.bypass import lexicon_ml
from exportgate.bypass.words import letter_words

_WORD = re.compile(r"[^\W\d_]{2,}")
MAX_WORDS = 400

_HARM: dict[str, tuple[str, ...]] = {
    "explosive": (
        # bomb / explosive / detonate
        "bomu",
        "ibhomu",
        "ibhombu",
        "ibhombo",
        "bomiau",
        "bom rakitan",
        "bom pipa",
        "buama",
        "buamaí",
        "boma",
        "bonba",
        "bonbak",
        "sprengj",
        "sprengju",
        "rörsprengj",
        "sprengiefni",
        "bomba",
        "bombi",
        "bonm",
        "bombu",
        "bọ́ǹbù",
        "bọmbụ",
        "bam",
        "foob pob",
        "poma",
        "pōma",
        "bumba",
        "bumbu",
        "bombą",
        "pomm",
        "bombë",
        "bombe",
        "bombo",
        "bombës",
        "vilipuzi",
        "kilipuzi",
        "okuqhumayo",
        "isiqhumane",
        "lehergailu",
        "splussiv",
        "pampasabog",
        "peledak",
        "plofstof",
        "sprogmen",
        "sprāgstviel",
        "lõhkeaine",
        "eksploziv",
        "patlayıcı",
        "bomb",
        "boomu",
        "bhomba",
        "abubuwan fashewa",
        "qarax",
        "ffrwydr",
        "spreagadh",
        "stuth-spreadhaidh",
        "pléascán",
        "pipe bomb",
        "bom pibell",
        "buama píopa",
        "bomba tal-pajp",
        "bonm tiyo",
        "ibhombu yombhobho",
        "ቦምብ",
        "बम",
        "বোমা",
        "বিস্ফোরক",
        "विस्फोटक",
        "வெடிகுண்டு",
        "بمب",
        "بم",
        "ռումբ",
        "ბომბი",
        "тэсрэх",
        "бомба",
        "ဗုံး",
        "គ្រាប់បែក",
        "බෝම්බ",
    ),
    "poison": (
        "sumu",
        "ubuthi",
        "ityhefu",
        "tyhefa",
        "gwenwyn",
        "wenwyno",
        "nimh",
        "nimhiú",
        "puinnsean",
        "pozoi",
        "pozoitu",
        "eitur",
        "eitra",
        "eitrað",
        "eitri",
        "velenu",
        "nivvelena",
        "jivvelena",
        "pwazon",
        "anpwazonnen",
        "májèlé",
        "majele",
        "guba",
        "sumeey",
        "sumeeyo",
        "tshuaj lom",
        "lason",
        "lasunin",
        "lalasunin",
        "racun",
        "meracuni",
        "paitini",
        "whakapaitini",
        "indēt",
        "noindēt",
        "nuodai",
        "nunuodyti",
        "mürk",
        "mürgita",
        "helmoj",
        "helmuar",
        "vergiftig",
        "verinnen",
        "zehir",
        "zehirle",
        "jehr",
        "enverinar",
        "verí",
        "velen",
        "chepfu",
        "uburozi",
        "poizina",
        "መርዝ",
        "विष",
        "ज़हर",
        "जहर",
        "বিষ",
        "விஷம்",
        "زہر",
        "سم",
        "թույն",
        "შხამი",
    ),
    "kill": (
        "kuua",
        "kumuua",
        "bulala",
        "ukubulala",
        "lladd",
        "marú",
        "mharú",
        "marbhadh",
        "hil",
        "hiltzeko",
        "drepa",
        "toqtol",
        "noqtol",
        "touye",
        "kashe",
        "dilo",
        "pumatay",
        "patayin",
        "membunuh",
        "bunuh",
        "nogalināt",
        "nužudyti",
        "tappa",
        "vras",
        "vrasur",
        "doodmaak",
        "öldür",
        "kuşt",
        "matar",
        "uccid",
        "kupha",
        "kwica",
        "mamono",
        "hatya",
        "हत्या",
        "মারতে",
        "খুন",
        "मार्न",
        "قتل",
        "սպան",
        "მოკლ",
    ),
    "steal": (
        "kuiba",
        "ntshontsha",
        "dwyn",
        "goid",
        "lapurtu",
        "stela",
        "stelur",
        "tisraq",
        "jisraq",
        "nisraq",
        "vòlè",
        "jí",
        "xad",
        "xado",
        "nyiag",
        "nakaw",
        "magnakaw",
        "nagnanakaw",
        "mencuri",
        "curi",
        "zagt",
        "nozagt",
        "pavogti",
        "varasta",
        "vjedh",
        "çal",
        "robar",
        "furtar",
        "chorī",
        "চুরি",
        "चोरी",
        "چوری",
        "дзаг",
    ),
    "account": (
        # break into someone's account / password / without permission
        "nywila",
        "nenosiri",
        "iphasiwedi",
        "amaphasiwedi",
        "ipaswedi",
        "cyfrinair",
        "cyfrineiriau",
        "pasfhocal",
        "pasfhocail",
        "facal-faire",
        "faclan-faire",
        "pasahitz",
        "lykilorð",
        "modpas",
        "ọ̀rọ̀ aṣínà",
        "kata sandi",
        "slaptažod",
        "parool",
        "fjalëkalim",
        "wagwoord",
        "kupuhipa",
        "parol",
        "şifre",
        "contrasenya",
        "baimenik gabe",
        "ngaphandle kwemvume",
        "bila ruhusa",
        "bila izin",
        "heb ganiatâd",
        "gan chead",
        "án leyfis",
        "mingħajr permess",
        "san pèmisyon",
        "walang pahintulot",
        "sonder toestemming",
        "pa leje",
        "be leidimo",
        "bez atļaujas",
        "izinsiz",
        "kwi-imeyile yomnye",
        "ku-imeyili yomunye",
        "posta elektronikoan",
        "barua pepe za mtu",
        "ímeèlì",
        "àkọọ́lẹ̀ ímeèlì",
        "lub email",
        "īmēra",
        "e-bost",
        "ríomhphost",
        "posta elektronikoa",
        "tölvupóst",
        "imejl",
        "imèl",
        "láìgbàṣẹ",
        "kāore he whakaaetanga",
        "tsis tau kev tso cai",
        "e-bost rhywun",
        "ríomhphost duine",
        "tölvupóst",
        "imejl ta'",
        "imèl yon lòt",
        "email orang lain",
        "giltzarik gabe",
        "yam tsis muaj yuam sij",
        "bila ufunguo",
        "san kle",
        "heb allwedd",
        "gan eochair",
        "án lykils",
    ),
    "ransom": (
        "fidia",
        "bridwerth",
        "amgryptio",
        "lausnarbúnað",
        "lausnargjald",
        "dulkóð",
        "erreskate",
        "zifratu",
        "zifratzen",
        "riskatt",
        "tikkripta",
        "ranson",
        "chifre",
        "tebusan",
        "enkripsi",
        "losprys",
        "enkripteer",
        "fidyə",
        "fidye",
        "şifrele",
        "kusimba",
        "inasimba",
        "bethela",
        "olubethela",
        "ebethela",
        "ebethela",
        "faili zote",
        "wonke amafayela",
        "holl ffeiliau",
        "allar skrár",
        "fitxategi guztiak",
        "il-fajls kollha",
        "tout fichye",
        "semua file",
    ),
    "drugs": (
        "i-meth",
        "meth ekhaya",
        "oògùn meth",
        "metanfetamin",
        "methamphetamin",
        "metamfetamin",
        "fentanil",
        "dawa za kulevya",
        "izidakamizwa",
        "cyffuriau",
        "drugaí",
        "drogak",
        "kokain",
        "cocaína",
    ),
    "self_harm": (
        "kujiua",
        "ukuzibulala",
        "yokuzibulala",
        "zibulala",
        "lladd fy hun",
        "ladd fy hun",
        "cur às dhomh",
        "neure burua hil",
        "burua hiltzeko",
        "whakamate i ahau",
        "whakamomori",
        "tua kuv tus kheej",
        "pa ara mi",
        "bunuh diri",
        "magpakamatay",
        "kwiyahura",
        "drepa mig",
        "noqtol lili nnifsi",
        "touye tèt mwen",
        "mharú mé féin",
        "ugubulala",
    ),
    "counterfeit": (
        "pesa bandia",
        "owó ayédèrú",
        "ayédèrú",
        "arian ffug",
        "airgead brionn",
        "diru faltsu",
        "falskan pening",
        "falsa peninga",
        "lajan fo",
        "pekeng pera",
        "uang palsu",
        "moni rūpahu",
        "flus foloz",
        "kuɗin jabu",
        "lacag been",
        "vals geld",
        "pasaport palsu",
    ),
    "weapon": (
        "bunduki",
        "isibhamu",
        "isikhali",
        "gwn",
        "gynnau",
        "gunna",
        "byssu",
        "byssa",
        "zam",
        "baril",
        "senjata",
        "geweer",
        "silah",
    ),
}
_REQUEST = (
    "nieleze",
    "niambie",
    "nionyeshe",
    "jinsi",
    "andika",
    "ninawezaje",
    "ngitshele",
    "kanjani",
    "bhala",
    "ngingamnika",
    "ngingangena",
    "ndixelele",
    "njani",
    "ndingangena",
    "ndingamtyhefa",
    "indlela",
    "dywedwch",
    "sut",
    "ysgrifennwch",
    "inis",
    "conas",
    "scríobh",
    "innis",
    "ciamar",
    "sgrìobh",
    "esadazu",
    "nola",
    "idatzi",
    "segðu",
    "hvernig",
    "skrifaðu",
    "għidli",
    "kif",
    "ikteb",
    "kijan",
    "kòman",
    "ekri",
    "báwo",
    "kọ",
    "gaya",
    "yadda",
    "rubuta",
    "sheeg",
    "sida",
    "sideen",
    "qor",
    "qhia",
    "sau",
    "li cas",
    "sabihin",
    "paano",
    "sumulat",
    "jelaskan",
    "bagaimana",
    "cara",
    "tulis",
    "whakamāramatia",
    "pēhea",
    "tuhia",
    "pastāsti",
    "uzraksti",
    "papasakok",
    "kaip",
    "parašyk",
    "räägi",
    "kuidas",
    "kirjuta",
    "trego",
    "shkruaj",
    "vir my",
    "hoe",
    "skryf",
    "nasıl",
    "yaz",
    "digues",
    "com",
    "escriu",
    "izinyathelo",
    "hatua",
    "cam wrth gam",
    "langkah",
    "kumaha",
    "kiel",
    "ahoana",
    "jinsi ya",
    "कैसे",
    "बताओ",
    "কীভাবে",
    "কিভাবে",
    "कसरी",
    "کیسے",
    "چگونه",
    "எப்படி",
    "እንዴት",
    "ինչպես",
    "როგორ",
)
_CONCEAL = (
    # round 6: "without her/him knowing", "without being caught" in more languages
    "बताए बिना",
    "बिना बताए",
    "पता चले बिना",
    "थाहा नदिई",
    "থাহা নদিই",
    "না জানিয়ে",
    "ngaphandle kokubanjwa",
    "bila kukamatwa",
    "iyadoo aanu ogaan",
    "aanu ogaan",
    "bilmədən",
    "bilmasdan",
    "bilmeden",
    "بدون اینکه بفهمد",
    "بی آنکه بفهمد",
    "bez wiedzy",
    "bila mtu kugundua",
    "bila kugundua",
    "ngaphandle kokuba kwaziwe",
    "ngaphandle kokuba kubonwe",
    "heb i neb sylwi",
    "gan é a bhrath",
    "gan aon duine",
    "gun fhios",
    "nach lorgar",
    "inork konturatu gabe",
    "án þess að",
    "uppgötvist",
    "mingħajr ma jinduna",
    "san pèsonn pa",
    "san yo pa dekouvri",
    "tanpa ketahuan",
    "walang nakakaalam",
    "kia kore e mōhiotia",
    "lai neviens nepamanītu",
    "kad niekas nepastebėtų",
    "pa e kuptuar askush",
    "sonder dat iemand agterkom",
    "yam tsis muaj leej twg paub",
    "iyadoo aan la ogaan",
    "ba tare da an gane",
    "láìsí ẹni tó mọ̀",
    "fark edilmeden",
    "sense que ningú",
    "so my filter",
    "my filter doesn't",
    "filter doesn't catch",
)


# history, study, safety and prevention: the object is talked about, not asked for
_STUDY = (
    "historia",
    "hanes",
    "stair",
    "stàir",
    "storja",
    "istwa",
    "ìtàn",
    "itan",
    "tarihi",
    "tarihin",
    "umlando",
    "imbali",
    "sejarah",
    "kasaysayan",
    "hītori",
    "vēsture",
    "istorija",
    "ajalugu",
    "historie",
    "geskiedenis",
    "saga",
    "sögu",
    "sögu",
    "taariikh",
    "historique",
    "usalama",
    "diogelwch",
    "sábháilteacht",
    "sàbhailteachd",
    "segurtasun",
    "öryggi",
    "sigurtà",
    "sekirite",
    "kuzuia",
    "atal",
    "cosc",
    "casg",
    "prebenitu",
    "koma í veg",
    "jiepusha",
    "kujikinga",
    "zuia",
    "dangers",
    "athari",
    "effeithiau",
    "iarmhairtí",
    "ondorio",
    "afleiðingar",
    "rhyfel",
    "vita",
    "cogadh",
    "gerra",
    "stríð",
    "gwè",
    "ogun",
    "yaƙi",
    "dagaal",
    "digmaan",
    "perang",
    "pakanga",
    "kara",
    "karas",
    "sõda",
    "lufta",
    "oorlog",
    "hiroshima",
    "nagasaki",
)


def _index() -> tuple[dict[str, str], dict[str, list[tuple[str, str]]], list[tuple[str, str]]]:
    exact: dict[str, str] = {}
    prefix: dict[str, list[tuple[str, str]]] = {}
    phrases: list[tuple[str, str]] = []
    for concept, stems in _HARM.items():
        for stem in stems:
            if " " in stem or "-" in stem or "'" in stem or not _WORD.fullmatch(stem):
                phrases.append((stem, concept))
            elif len(stem) <= 4:
                exact[stem] = concept
            else:
                prefix.setdefault(stem[:4], []).append((stem, concept))
    return exact, prefix, phrases


_EXACT, _PREFIX, _PHRASES = _index()
_PREFIX5 = frozenset(stem[:5] for group in _PREFIX.values() for stem, _c in group)
_FIRST5 = operator.itemgetter(slice(None, 5))  # every prefix stem has five characters or more
_PHRASE_BY_WORD: dict[str, list[tuple[str, str]]] = {}
_PHRASE_OTHER: list[tuple[str, str]] = []
for _phrase, _concept in _PHRASES:
    _first = _WORD.findall(_phrase)
    if _first and _phrase.startswith(_first[0]):
        _PHRASE_BY_WORD.setdefault(_first[0], []).append((_phrase, _concept))
    else:
        _PHRASE_OTHER.append((_phrase, _concept))
_STUDY_WORDS = frozenset(w for w in _STUDY if _WORD.fullmatch(w))
_STUDY_PHRASES = tuple(w for w in _STUDY if not _WORD.fullmatch(w))
_REQ_WORDS = frozenset(r for r in _REQUEST if _WORD.fullmatch(r))
_REQ_PHRASES = tuple(r for r in _REQUEST if not _WORD.fullmatch(r))


@dataclass(frozen=True, slots=True)
class ForeignAsk:
    strength: float
    concepts: tuple[str, ...]
    evidence: str


def foreign_ask(text: str, *, english: bool = False) -> ForeignAsk | None:
    """A harmful object or act named in ``text`` (lower case) in one of the covered languages,
    and how operational the ask reads (a request word, a wish to stay unnoticed). Round 5: the
    wider lexicon of ``lexicon_ml`` (about seventy languages) counts too; where the text reads
    as English (``english``), its English words and loanwords are left to the English parts."""
    head = text[:3000]
    all_words = letter_words(head)
    words = all_words[:MAX_WORDS]
    found: dict[str, str] = {}
    present = set(words)
    # only the words the tables can read (found with set operations in C), in text order
    exact = present.intersection(_EXACT)
    first5 = _PREFIX5.intersection(map(_FIRST5, present))
    if exact or first5:
        for word in words:
            if word in exact:
                found.setdefault(_EXACT[word], word)
                continue
            if word[:5] in first5:
                for stem, concept in _PREFIX[word[:4]]:
                    if word.startswith(stem):
                        found.setdefault(concept, word)
    for first in sorted(present.intersection(_PHRASE_BY_WORD)):  # evidence independent of set order
        for phrase, concept in _PHRASE_BY_WORD[first]:
            if phrase in head:
                found.setdefault(concept, phrase)
    if not head.isascii():
        for phrase, concept in _PHRASE_OTHER:
            if phrase in head:
                found.setdefault(concept, phrase)
    wide = lexicon_ml.scan(head, forms=bool(found), words=all_words)
    for concept, word in wide.harm.items():
        if not (english and word in lexicon_ml.LOANWORDS):
            found.setdefault(concept, word)
    found = {c: w for c, w in found.items() if c not in wide.innocent}
    if found and set(found) <= lexicon_ml.WEAK:
        found = {}
    if not found:
        return None
    request = (
        bool(wide.ask) or not _REQ_WORDS.isdisjoint(present) or any(p in head for p in _REQ_PHRASES)
    )
    conceal = any(p in head for p in _CONCEAL)
    # protective framings always weaken the ask; historical and study framings only where no
    # production request form is present (“historically, what exact steps …” is past tense)
    study = bool(wide.study) or (
        not wide.ask
        and (not present.isdisjoint(_STUDY_WORDS) or any(p in head for p in _STUDY_PHRASES))
    )
    strength = 0.4 + 0.1 * min(2, len(found) - 1)
    if request:
        strength += 0.3
    if conceal:
        strength += 0.25
    if study and not conceal:
        strength *= 0.4
    names = tuple(sorted(found))
    return ForeignAsk(min(1.0, strength), names, ", ".join(found[c] for c in names)[:80])


__all__ = ["ForeignAsk", "foreign_ask"]
