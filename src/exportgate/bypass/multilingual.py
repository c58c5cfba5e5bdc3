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
from exportgate.bypass.lexicon_lowres import (
    LOW_RESOURCE_CONCEAL_27,
    LOW_RESOURCE_CONCEAL_29,
    LOW_RESOURCE_COVERT_27,
    LOW_RESOURCE_HOW_27,
    LOW_RESOURCE_HOW_29,
    LOW_RESOURCE_RECOVER_27,
    LOW_RESOURCE_SECRETLY_27,
)
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
    # round 16 (project staff): "how (can I)" in further low-resource languages (Swahili,
    # Kinyarwanda, Igbo, Yoruba without tone marks, Shona, Chichewa, Guarani, Quechua, Cebuano,
    # Javanese, Irish "what is the best way", Luxembourgish, Lingala); they strengthen a harmful
    # object or act already found, never count alone
    "nawezaje",
    "nigute",
    "nakora nte",
    "kedu ka",
    "bawo ni",
    "ndingaita sei",
    "bwanji",
    "mba'éicha",
    "mba'éichapa",
    "imaynata",
    "unsaon",
    "piye carane",
    "cad é an bealach",
    "wéi kann ech",
    "ndenge nini",
    # round 8 (project staff): "tell me", "how" in further languages (Latin, Chichewa, Sesotho,
    # Setswana, Twi, Javanese, Sundanese, Māori, Kurmanji, Uyghur, Kyrgyz, Kazakh, Azerbaijani,
    # Albanian, Maltese, Somali, Marathi, Punjabi, Nepali)
    "quomodo",
    "dic mihi",
    "ndiuzeni",
    "momwe",
    "mpolelle",
    "joang",
    "mpolelela",
    "ka kyerɛ me",
    "sɛnea",
    "kandhanana",
    "carane",
    "béjakeun",
    "kumaha",
    "korerotia",
    "pehea",
    "pēhea",
    "bibêje",
    "çawa",
    "قانداق",
    "кантип",
    "айтып бер",
    "қалай",
    "necə",
    "si mund",
    "għidli",
    "sideen",
    "sidee",
    "कसे",
    "ਕਿਵੇਂ",
    "कसरी",
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
_CONCEAL: tuple[str, ...] = (
    # round 8 (project staff): "without him/her/them knowing" in further languages
    "heb iddi wybod",
    "heb iddo wybod",
    "heb iddyn nhw wybod",
    "heb i neb wybod",
    "mingħajr ma taf",
    "mingħajr ma jaf",
    "mingħajr ma jafu",
    "pa e ditur",
    "pa e kuptuar",
    "білдірмей",
    "билдирбей",
    "xəbəri olmadan",
    "haberi olmadan",
    "fark etmeden",
    "தெரியாமல்",
    "कळणार नाही",
    "कळू न देता",
    "जाने बिना",
    "ਦੱਸੇ ਬਿਨਾਂ",
    "ਪਤਾ ਲੱਗੇ ਬਿਨਾਂ",
    "না জেনে",
    "জানতে না দিয়ে",
    "bila yeye kujua",
    "bila kujua",
    "ngaphandle kokuthi azi",
    "nang hindi niya alam",
    "nang hindi nila alam",
    "tanpa sepengetahuan",
    "tanpa dheweke ngerti",
    "ba tare da ya sani ba",
    "ba tare da ta sani ba",
    "san li pa konnen",
    "gan fhios",
    "aysan ogayn",
    "uusan ogayn",
    "ሳያውቅ",
    "ሳታውቅ",
    "ሳያውቁ",
    "بتائے بغیر",
    "پتہ چلے بغیر",
    "bê ku ew bizane",
    "popanda iye kudziwa",
    "ntle le hore a tsebe",
    "tsy fantany",
    "들키지 않고",
    "몰래",
    "ばれずに",
    "気づかれずに",
    "こっそり",
    "不被发现",
    "偷偷",
    "незаметно",
    "чтобы она не узнала",
    "чтобы он не узнал",
    "senza che lei lo sappia",
    "senza che lui lo sappia",
    "senza essere scoperto",
    "sem que ela saiba",
    "sem que ele saiba",
    "sem ser descoberto",
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
    # round 19 (project staff): "without him/her knowing", "so that he/she does not find out",
    # "unnoticed", "not found at an autopsy" in the low-resource languages and scripts of the
    # round-17 list (Georgian, Tagalog, Khmer, Lao, Bengali, Burmese, Armenian, Nepali,
    # Icelandic, Hausa, Quechua, Tamil, Sinhala, Amharic); each a wish that a person not know or
    # that nothing be detected, never a bare "secretly"
    "რომ ვერ გაიგოს",
    "რომ არ გაიგოს",
    "ისე რომ ვერ",
    "შეუმჩნევლად",
    "ვერ აღმოაჩინოს",
    "nang hindi niya nalalaman",
    "nang hindi nila nalalaman",
    "nang hindi niya malalaman",
    "hindi niya malalaman",
    "nang hindi nalalaman",
    "ដោយនាងមិនដឹង",
    "ដោយគាត់មិនដឹង",
    "ដោយគេមិនដឹង",
    "ដោយមិនឱ្យដឹង",
    "ເຂົາບໍ່ຮູ້ຕົວ",
    "ລາວບໍ່ຮູ້ຕົວ",
    "ໂດຍບໍ່ໃຫ້ຮູ້",
    "অজান্তে",
    "জানতে না পেরে",
    "မသိအောင်",
    "မသိစေဘဲ",
    "առանց նրա իմանալու",
    "աննկատ",
    "थाहा नपाउने गरी",
    "थाहै नदिई",
    "án þess að hann viti",
    "án þess að hún viti",
    "sem finnst ekki",
    "ba za a gano ba",
    "ba tare da an gano ba",
    "mana yachasqa",
    "mana pipas yachananpaq",
    "தெரியாமலே",
    "கண்டுபிடிக்க முடியாத",
    "නොදැනුවත්ව",
    "නොදැනෙන්න",
    "ሳይታወቅ",
    # round 20 (project staff; set N tuned-on): "so that it looks like an accident", "so that
    # the police do not see", "that a doctor / an autopsy would not find" in the low-resource
    # languages (Tagalog, Bengali, Nepali, Swahili, Haitian, Indonesian, Zulu, Amharic, Hausa,
    # Yoruba, Welsh, Basque, Georgian, Tamil); each a wish that nothing be noticed
    "magmukhang aksidente",
    "parang aksidente",
    "hindi makita ng pulis",
    "hindi makikita sa autopsy",
    "দুর্ঘটনা মনে হয়",
    "দুর্ঘটনার মতো",
    "কেউ টের না পায়",
    "दुर्घटना जस्तो",
    "ionekane ni ajali",
    "ionekane kama ajali",
    "sanble yon aksidan",
    "kelihatan kayak kecelakaan",
    "seperti kecelakaan",
    "tidak bisa terdeteksi",
    "tidak terdeteksi",
    "kubukeke njengengozi",
    "ongeke utholakale",
    "እንደ አደጋ",
    "የማይችለው",
    "kada su gani",
    "ba zai iya gano",
    "kò ní rí",
    "láì jẹ́ kí ó mọ̀",
    "na fyddai meddyg yn ei ganfod",
    "mai fi oedd e",
    "ez da autopsian",
    "inork jakin gabe",
    "hark jakin gabe",
    "არავინ გაიგოს",
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
# round 16: the request words and phrases long enough not to be English words or fragments
# ("com", "hoe", "sut", "cara" are; "hvernig", "ngitshele", "innis dhomh" are not)
_REQ_LONG = frozenset(r for r in _REQ_WORDS if len(r) >= 5)
_REQ_PHRASES_LONG = tuple(r for r in _REQ_PHRASES if len(r) >= 6)
# loanwords that name the threat a protective question is about ("keep my phone safe from
# hackers") as often as an ask: they stay with the English parts in an English wrapper
_LOAN_PROTECTIVE = frozenset({"hack", "hacker", "password", "phishing"})


# round 8 (project staff): what a covert intrusion reaches for — a phone, an account, e-mail,
# messages, a location — in the covered languages and as brand names; counted only together
# with a wish that the person not know (``_CONCEAL``), never alone
_COVERT: tuple[str, ...] = (
    "ffôn",
    "cyfrif",
    "e-bost",
    "negeseuon",
    "lleoliad",
    "fòn",
    "cunntas",
    "chunntas",
    "puist-d",
    "fón",
    "cuntas",
    "ríomhphost",
    "mowbajl",
    "telefon",
    "llogari",
    "mesazh",
    "хабарлама",
    "телефон",
    "аккаунт",
    "hesab",
    "mesaj",
    "போன்",
    "கணக்கு",
    "ਫ਼ੋਨ",
    "ਫੋਨ",
    "ਲੋਕੇਸ਼ਨ",
    "फोन",
    "फ़ोन",
    "अकाउंट",
    "लोकेशन",
    "मैसेज",
    "ফোন",
    "অ্যাকাউন্ট",
    "simu",
    "akaunti",
    "ujumbe",
    "ifoni",
    "cellphone",
    "telepono",
    "mensahe",
    "ponsel",
    "akun",
    "lokasi",
    "taleefan",
    "akoon",
    "ስልክ",
    "telefòn",
    "foni",
    "whatsapp",
    "instagram",
    "facebook",
    "gmail",
    "telegram",
    "icloud",
    "snapchat",
    "tiktok",
    "gps",
    "휴대폰",
    "위치",
    "계정",
    "アカウント",
    "スマホ",
    "手机",
    "账号",
    "位置",
    # round 19 (project staff): a phone, messages, an account or a bank account in the
    # low-resource languages and scripts of the round-17 list
    "kont labank",
    "mesaj",
    "mga text",
    "mga mensahe",
    "telepono",
    "მესიჯ",
    "ტელეფონ",
    "შეტყობინებ",
    "ទូរស័ព្ទ",
    "គណនី",
    "ບັນຊີທະນາຄານ",
    "ໂທລະສັບ",
    "মেসেজ",
    "ফোন",
    "অ্যাকাউন্ট",
    "ব্যাংক অ্যাকাউন্ট",
    "အကောင့်",
    "ဖုန်း",
    "հաշիվ",
    "հեռախոս",
    "வங்கிக் கணக்",
    "தொலைபேசி",
    "கைபேசி",
    "የባንክ ሂሳብ",
    "फोन",
    "खाता",
    "ගිණුම",
    "දුරකථන",
)


# "how" in the major languages: a request only together with a wish that nobody know
_HOW_MAJOR = frozenset(
    [
        "как",
        "wie",
        "cómo",
        "como",
        "comment",
        "come",
        "jak",
        "hoe",
        "nasıl",
        "كيف",
        "چگونه",
        "چطور",
        "איך",
        "bagaimana",
        "paano",
        "cara",
        "kako",
        "hogyan",
        "jak",
        "cum",
        "πώς",
    ]
)
_HOW_MAJOR_CJK: tuple[str, ...] = (
    "どうやって",
    "方法",
    "怎么",
    "如何",
    "어떻게",
    "방법",
    "làm sao",
    "cách nào",
)


def _listed(text: str) -> tuple[str, ...]:
    """The entries of a ``lexicon_lowres`` list (``lexicon_ml.entries``), as a tuple."""
    return tuple(lexicon_ml.entries(text))


# round 27 (``lexicon_lowres``): further wishes that nobody know, covert objects, and "secretly"
_CONCEAL = _CONCEAL + _listed(LOW_RESOURCE_CONCEAL_27) + _listed(LOW_RESOURCE_CONCEAL_29)
_COVERT = _COVERT + _listed(LOW_RESOURCE_COVERT_27)
_SECRETLY = _listed(LOW_RESOURCE_SECRETLY_27)
# round 27: a password named alone, where the text says it was forgotten, is to be changed
# or reset, is one's own ("how do I open my e-mail, I forgot the password"; ``lexicon_ml.WEAK``
# holds it so, but this module lists the same words under "account"); without such a word
# ("into my neighbour's wifi without the password") it counts as before
_RECOVER = _listed(LOW_RESOURCE_RECOVER_27)


def _own_password(found: dict[str, str], head: str) -> bool:
    return all(
        c in lexicon_ml.WEAK or lexicon_ml.is_password_word(w) for c, w in found.items()
    ) and any(p in head for p in _RECOVER)


# (Latin single words as words; phrases and the Indic words, whose vowel signs split letter
# words, as substrings)
_HOW_LOW = _listed(LOW_RESOURCE_HOW_27) + _listed(LOW_RESOURCE_HOW_29)  # round 29: + HOW_29
_HOW_MAJOR = _HOW_MAJOR | frozenset(w for w in _HOW_LOW if _WORD.fullmatch(w))
_HOW_MAJOR_CJK = _HOW_MAJOR_CJK + tuple(w for w in _HOW_LOW if not _WORD.fullmatch(w))
# round 27: Armenian writes its question, emphasis and exclamation marks (՞ ՛ ՜) on the stressed
# vowel inside a word ("ինչպե՞ս", "how?"); they are dropped before the words are read
_ARMENIAN_MARKS = str.maketrans("", "", "\u055b\u055c\u055e")

# round 10: the phrases an ASCII text can hold (the others have a letter it lacks)
_CONCEAL_ASCII = tuple(p for p in _CONCEAL if p.isascii())


@dataclass(frozen=True, slots=True)
class ForeignAsk:
    strength: float
    concepts: tuple[str, ...]
    evidence: str
    production: bool = False  # a making/writing request form, not a bare question word


def foreign_ask(text: str, *, english: bool = False) -> ForeignAsk | None:
    """A harmful object or act named in ``text`` (lower case) in one of the covered languages,
    and how operational the ask reads (a request word, a wish to stay unnoticed). Round 5: the
    wider lexicon of ``lexicon_ml`` (about seventy languages) counts too; where the text reads
    as English (``english``), its English words and loanwords are left to the English parts."""
    head = text[:3000]
    if not head.isascii() and ("\u055e" in head or "\u055b" in head or "\u055c" in head):
        head = head.translate(_ARMENIAN_MARKS)
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
    conceal = any(p in head for p in (_CONCEAL_ASCII if head.isascii() else _CONCEAL))
    covert = None
    if conceal and not found:
        # round 8: a phone, account or messages reached for without the person knowing
        covert = next((w for w in _COVERT if w in head), None)
    wide = lexicon_ml.scan(head, forms=bool(found) or covert is not None, words=all_words)
    # round 16: an English wrapper around a question in another language ("reply in Gaelic:
    # innis dhomh ... sarin") reads as English as a whole; under a request word of that other
    # language a loanword is part of the foreign ask, which the English parts do not read
    loan_ok = english and (
        not _REQ_LONG.isdisjoint(present) or any(p in head for p in _REQ_PHRASES_LONG)
    )
    for concept, word in wide.harm.items():
        if (
            not english
            or word not in lexicon_ml.LOANWORDS
            or (loan_ok and word not in _LOAN_PROTECTIVE)
        ):
            found.setdefault(concept, word)
    found = {c: w for c, w in found.items() if c not in wide.innocent}
    if found and (set(found) <= lexicon_ml.WEAK or _own_password(found, head)):
        found = {}
    if not found and covert is not None:
        found = {"covert_access": covert}
    if not found:
        return None
    if not conceal:
        # round 27: "secretly" strengthens a harmful act or object already named
        conceal = any(p in head for p in _SECRETLY)
    request = (
        bool(wide.ask) or not _REQ_WORDS.isdisjoint(present) or any(p in head for p in _REQ_PHRASES)
    )
    if conceal and not request:
        # round 8: with a wish that the person not know, a bare "how" in a major language asks
        request = not _HOW_MAJOR.isdisjoint(present) or any(p in head for p in _HOW_MAJOR_CJK)
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
    return ForeignAsk(
        min(1.0, strength), names, ", ".join(found[c] for c in names)[:80], bool(wide.ask)
    )


__all__ = ["ForeignAsk", "foreign_ask"]
