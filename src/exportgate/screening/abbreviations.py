"""Common business abbreviations in company names, written out ("Sci. Production Assoc." is
"Scientific Production Association", "Intl" is "International").

Customers' forms and registers shorten the long words of a company's name; the lists mostly
spell them out. Both sides of a comparison (query and list names, at index build) are written
out the same way, so an abbreviation counts as the word it stands for and never more.

Two groups:

* words that are no one's name, no other word and no word's start: written out wherever they
  stand ("intl", "mfg", "mgmt", "natl", and "joint stock co" as the legal form);
* short words that are also names, other words or the start of a word split by a space ("dev"
  is a given name, "ent" and "res" other words, "SCI ENCES" one word typed apart): written
  out only where they end with the abbreviation's full stop ("Dev.", "Sci.").

"Tech" is left as it is: lists write it both as a word of its own ("SUNWAY TECH CO., LTD") and
for "Technology", and "Tech." as much as "Technology".

People's names are never touched (the tokenizer calls this for organisations and unknown
kinds only).
"""

from __future__ import annotations

import re
from importlib import resources

_ALWAYS: dict[str, str] = {
    "intl": "international",
    "mfg": "manufacturing",
    "mgmt": "management",
    "natl": "national",
}
_WITH_STOP: dict[str, str] = {
    "assoc": "association",
    "sci": "scientific",
    "dev": "development",
    "ent": "enterprise",
    "prod": "production",
    "inst": "institute",
    "eng": "engineering",
    "res": "research",
    "ind": "industrial",
}
_JOINT_STOCK_CO = re.compile(r"\bjoint[ -]stock co\b\.?")
_ALWAYS_RE = re.compile(r"\b(" + "|".join(_ALWAYS) + r")\b\.?")
_WITH_STOP_RE = re.compile(r"\b(" + "|".join(_WITH_STOP) + r")\.")


def _always(m: re.Match[str]) -> str:
    return _ALWAYS[m.group(1)] + " "


def _with_stop(m: re.Match[str]) -> str:
    if m.start() == 0 and m.group(1) == "eng":
        return m.group(0)  # "Eng. Joseph Debose": an engineer's title before a name
    return _WITH_STOP[m.group(1)] + " "


#: legal forms in the words of their own language, romanised, and short forms registers write,
#: each as the English form it is (rigour's org-type data has them in their own script or not
#: at all): Persian and Arabic "sherkat" / "sharikat" (شركة, شرکت: company), Persian "sahami
#: khas" / "sahami aam" (سهامی خاص / عام: private / public joint-stock company), Chinese
#: "youxian gongsi" (有限公司: limited company) and "gongsi" (公司), Vietnamese "cong ty" /
#: "TNHH" / "co phan", Korean "jusik hoesa" (주식회사), Japanese "kabushiki kaisha", the Gulf's
#: "W.L.L." (with limited liability), Mexico's "S.A.P.I." (a kind of S.A.), German "GmbH"
#: written out without its umlaut, French "société anonyme" and Spanish "sociedad anónima"
#: without their accents, India's "Pvt Ltd" / "P Ltd" written out or not, "JS Co" for a
#: joint-stock company, and "Comp" / "Cy" closing a name for "Company" (and "Comp." with its
#: dot, or "Comp" before a legal form or after "joint stock", anywhere)
_NATIONAL_FORMS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"\b(?:gufen |zeren )?youxian (?:zeren )?gongsi\b", "co ltd"),
        (r"\byouxiangongsi\b", "co ltd"),
        (r"\bgongsi$", "company"),
        (r"\bsahami[ -]?(?:e )?khas\b", "joint stock company"),
        (r"\bsahami[ -]?(?:e )?aa?m\b", "public joint stock company"),
        (r"^(?:sherkat|shirkat|sharikat|sharikah|sharika|sherkate)(?:[ -]e)?\b", "company"),
        (r"\bcong ty (?:tnhh|trach nhiem huu han)\b", "company limited"),
        (r"\bcong ty co phan\b", "joint stock company"),
        (r"\btnhh\b", "limited"),
        (r"\b(?:jusik|chusik) ?hoesa\b", "co ltd"),
        (r"\bkabushiki ?[kg]aisha\b", "kk"),
        (r"\bgodo ?kaisha\b", "gk"),
        (r"\byugen ?kaisha\b", "yk"),
        (r"\bw\.? ?l\.? ?l\b\.?", "llc"),
        (r"\bsapi(?=\s+de\b)", "sa"),
        (r"\bgesellschaft mit beschraenkter haftung\b", "gmbh"),
        (r"\bsociete anonyme\b", "sa"),
        (r"\bsociedad anonima de capital variable\b", "sa de cv"),
        (r"\bsociedad de responsabilidad limitada\b", "srl"),
        (r"\bsociedad anonima\b", "sa"),
        (r"\b(?:p|pvt|private)[.,]* ltd\b\.?", "private limited"),
        # "Private Limited" is Singapore's and India's "Pte. Ltd." / "Pvt. Ltd." (rigour reads
        # "pte ltd" as one form and leaves "private" a name word beside "limited")
        (r"\bprivate,? limited\b(?! company)", "pte ltd"),
        (r"\bpte[.,]+ ltd\b", "pte ltd"),
        # Turkish forms as the lists write them without Turkish letters (rigour's data has
        # "anonim şirketi" with its cedilla)
        (r"\banonim sirketi\b", "joint stock company"),
        (r"\blimited sirketi\b", "limited company"),
        (r"\bltd\.? sti\b\.?", "ltd"),
        # Russian "obshchestvo s ogranichennoy otvetstvennostyu" in the spellings customers
        # write ("obshestvo", "obschestvo"; "-stiu", "-stju")
        (r"\bob(?:sh|sch|shh)estvo\b", "obshchestvo"),
        (r"\botvetstvennost(?:iu|ju|u)\b", "otvetstvennostyu"),
        # French "société à responsabilité limitée" without its accents
        (r"\bsociete a responsabilite limitee\b", "sarl"),
        # the Gulf's free-zone company written FZC as well as FZCO
        (r"\bfzc\b", "fzco"),
        (r"\bjs co\b\.?", "joint stock company"),
        # Russian adjectives of a legal form romanised with "-oye" for "-ое" ("Aktsionernoye
        # Obshchestvo"), as rigour's org-type data knows them with "-oe"
        (r"\b(aktsionern|otkryt|zakryt|publichn|nepublichn)oye\b", r"\1oe"),
        (r"\b(?:comp|cy|compny)\.?$", "company"),
        # "Comp." (its dot the mark of a short form) or "Comp" before the name's legal form
        # or after "joint stock": "SEPID SHIPPING COMP. LIMITED", "JOINT STOCK COMP KRAFTWAY"
        (r"\bcomp\.(?=\s)", "company"),
        (r"\bcomp(?= (?:ltd|limited|llc|inc|corp|plc)\b)", "company"),
        (r"\b(joint[ -]stock|liability) comp\b", r"\1 company"),
        # an English legal form whose "Company" is written in another language ("LIMITED
        # LIABILITY SHERKAT", "JOINT STOCK KOMPANIYA"): the words of data/generic_words.txt's
        # company line, read as the form they close
        (
            r"\b(liability|stock) (?:sherkat|shirkat|sharikat|sharikah|sharika|kompaniya"
            r"|kompania|kompanija|compania|companhia|compagnie|compagnia|sirketi|sirket)\b",
            r"\1 company",
        ),
    )
)
_NATIONAL_HINTS = (
    "gongsi",
    "sahami",
    "sherkat",
    "shirkat",
    "sharik",
    "cong ty",
    "tnhh",
    "hoesa",
    "kaisha",
    "l l",
    "wll",
    "w.l.l",
    "sapi",
    "beschraenkter",
    "anonim",
    "responsabilidad",
    "anonym",
    " ltd",
    "js co",
    "oye ",
    "sirketi",
    "private",
    "pte",
    " sti",
    "estvo",
    "otvetstvennost",
    "responsabilite",
    "fzc",
    "liability ",
    "stock ",
    "comp",
)
#: endings of a name that may be a short form of "Company" ("... COMP", "... Cy.")
_COMPANY_ENDINGS = ("comp", "comp.", "cy", "cy.", "compny", "compny.")
#: for each pattern of :data:`_NATIONAL_FORMS`, in order, strings one of which every text it
#: matches holds (issue 17's speed work): a pattern is run only on a text that holds one, the
#: rest it leaves as they are without a regular expression run (one ``in`` test, not a scan;
#: "... Ltd" names hold a hint, and most run none of the 37)
_NATIONAL_NEEDS: tuple[tuple[str, ...], ...] = (
    ("gongsi",),
    ("youxiangongsi",),
    ("gongsi",),
    ("sahami",),
    ("sahami",),
    ("sh",),
    ("cong ty ",),
    ("cong ty co phan",),
    ("tnhh",),
    ("hoesa",),
    ("kabushiki",),
    ("godo",),
    ("yugen",),
    ("w",),
    ("sapi",),
    ("gesellschaft mit beschraenkter haftung",),
    ("societe anonyme",),
    ("sociedad anonima de capital variable",),
    ("sociedad de responsabilidad limitada",),
    ("sociedad anonima",),
    (" ltd",),
    ("private",),
    ("pte",),
    ("anonim sirketi",),
    ("limited sirketi",),
    ("ltd",),
    ("estvo",),
    ("otvetstvennost",),
    ("societe a responsabilite limitee",),
    ("fzc",),
    ("js co",),
    ("oye",),
    ("comp", "cy"),
    ("comp.",),
    ("comp ",),
    (" comp",),
    ("liability ", "stock "),
)
_NATIONAL_RUNS = tuple(zip(_NATIONAL_FORMS, _NATIONAL_NEEDS, strict=True))


def national_forms(latin: str) -> str:
    """``latin`` with the legal forms of :data:`_NATIONAL_FORMS` written as the English form."""
    if not any(h in latin for h in _NATIONAL_HINTS) and not latin.rstrip().endswith(
        _COMPANY_ENDINGS
    ):
        return latin
    for (pattern, repl), needs in _NATIONAL_RUNS:
        for need in needs:
            if need in latin:
                latin = pattern.sub(repl, latin)
                break
    return latin


def expand_abbreviations(latin: str) -> str:
    """``latin`` (lower case, as :func:`normalize.prepare` gives it) with the abbreviations
    above written out, and legal forms of :data:`_NATIONAL_FORMS` as the English form."""
    latin = national_forms(latin)
    if "." not in latin and not any(a in latin for a in _ALWAYS) and "joint" not in latin:
        return latin
    latin = _JOINT_STOCK_CO.sub("joint stock company ", latin)
    latin = _ALWAYS_RE.sub(_always, latin)
    if "." in latin:
        latin = _WITH_STOP_RE.sub(_with_stop, latin)
    return latin


#: short forms of company-name words that registers and forms use without a full stop, and the
#: words they stand for ("BEIJING SENSETIME TECH DEV" / "... TECHNOLOGY DEVELOPMENT"); with a
#: full stop ("Dev.", "Res.") or unambiguous ("intl") :mod:`abbreviations` writes them out
_BUSINESS_SHORT: dict[str, frozenset[str]] = {
    k: frozenset(v.split())
    for k, v in {
        "tech": "technology technologies technical technological",
        "dev": "development developments",
        "res": "research",
        "inv": "investment investments",
        "elec": "electronics electronic electric electrical",
        "sci": "science sciences scientific",
        "inst": "institute institution",
        "ind": "industrial industries industry",
        "info": "information",
        "eng": "engineering",
        "engg": "engineering",
        "prod": "production products",
        "assoc": "association",
        "svcs": "services",
        "svc": "services service",
        "sys": "systems",
        "equip": "equipment",
        "chem": "chemical chemicals",
        "pharm": "pharmaceutical pharmaceuticals",
        "pharma": "pharmaceutical pharmaceuticals",
        "telecom": "telecommunications telecommunication",
        "univ": "university",
        "acad": "academy",
        "govt": "government",
        "dept": "department",
        "bros": "brothers",
        "mach": "machinery",
        "petrochem": "petrochemical",
        "constr": "construction",
        "hldgs": "holdings",
        "grp": "group",
        "mktg": "marketing",
        "distr": "distribution",
        # (issue 17, screenacc8: short forms registers and shipping papers write, with or
        # without their full stop)
        "electr": "electronics electronic electrical",
        "elect": "electronics electronic electrical",
        "inds": "industries industrial",
        "indus": "industries industrial industry",
        "shpg": "shipping",
        "shipg": "shipping",
        "techs": "technologies",
        "technol": "technology technologies",
        "petr": "petroleum",
        "petrol": "petroleum",
        "log": "logistics",
        "logist": "logistics",
        "trdg": "trading",
        "tradg": "trading",
        "comm": "communications commercial",
        "commn": "communications",
        "commns": "communications",
        "assn": "association",
        "bldg": "building",
        "const": "construction",
        "distrib": "distribution",
        "eqpt": "equipment",
        "engr": "engineering",
        "fin": "financial finance",
        "hldg": "holding holdings",
        "invt": "investment investments",
        "invest": "investment investments",
        "mgt": "management",
        "mfr": "manufacturing manufacturer",
        "mfrs": "manufacturers manufacturing",
        "prods": "products",
        "prodn": "production",
        "transp": "transport transportation",
        # (issue 17, screenacc11: short forms of trade registers, bills of lading and
        # SWIFT's 35-character party lines, by the same rule: no common given name, no word
        # of its own in the lists' names that means something else)
        "trd": "trading trade",
        "avn": "aviation",
        "aviat": "aviation",
        "manuf": "manufacturing manufacturer",
        "manufg": "manufacturing",
        "indl": "industrial",
        "indy": "industry",
        "invs": "investments",
        "invts": "investments",
        "fdn": "foundation",
        "genl": "general",
        "gen": "general",
        "serv": "services service",
        "servs": "services",
        "devt": "development",
        "devp": "development",
        "ctr": "centre center",
        "coml": "commercial",
        "syst": "systems system",
        "enterp": "enterprise enterprises",
        "internatl": "international",
        "elecs": "electronics",
        "lab": "laboratory laboratories",
        "labs": "laboratories laboratory",
        "intnl": "international",
        "internat": "international",
        "natl": "national",
        "intl": "international",
        "mfg": "manufacturing",
        "mgmt": "management",
    }.items()
}
_BUSINESS_LONG: dict[str, frozenset[str]] = {}
for _short, _longs in _BUSINESS_SHORT.items():
    for _long in _longs:
        _BUSINESS_LONG[_long] = _BUSINESS_LONG.get(_long, frozenset()) | {_short}


def generic_word_table(text: str) -> dict[str, frozenset[str]]:
    """Each word of ``data/generic_words.txt``'s text -> the words it means in the other
    languages of its line ("sanayi" -> industry, industries, industrial; "industry" -> sanayi,
    sanat, promyshlennaya ...): a line's two sides pair, never two words of one side."""
    pairs: dict[str, set[str]] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        left, right = line.split("|")
        english, other = left.split(), right.split()
        for w in english:
            pairs.setdefault(w, set()).update(other)
        for w in other:
            pairs.setdefault(w, set()).update(english)
    return {w: frozenset(v) for w, v in pairs.items()}


#: generic company words in other languages and their English meaning, both ways (read when the
#: module is imported: at start-up, not on a customer's first query)
_GENERIC_WORDS: dict[str, frozenset[str]] = generic_word_table(
    resources.files("exportgate.screening").joinpath("data/generic_words.txt").read_text("utf-8")
)
#: every word a business short form or a generic word in another language pairs with
_BUSINESS_PAIRS: dict[str, frozenset[str]] = {
    w: _BUSINESS_SHORT.get(w, frozenset())
    | _BUSINESS_LONG.get(w, frozenset())
    | _GENERIC_WORDS.get(w, frozenset())
    for w in {*_BUSINESS_SHORT, *_BUSINESS_LONG, *_GENERIC_WORDS}
}


def business_short_forms(word: str) -> frozenset[str] | None:
    """The words ``word`` pairs with as a business short form ("tech" -> "technology" ...;
    "technology" -> "tech") or as the same generic company word in another language
    ("sanayi" / "industry", "tejarat" / "trading", "inversiones" / "investments"), or None."""
    return _BUSINESS_PAIRS.get(word)
