"""Field readings several list formats share: empty markers, ``;`` lists, US dates, the
entity types the U.S. lists write, and the kind of a party from its name where a list gives
none."""

from __future__ import annotations

import datetime as dt
import re

#: ``type`` / ``SDN_Type`` / ``entityType`` of the OFAC and trade.gov files -> entity kind
TYPE_KINDS = {
    "individual": "person",
    "entity": "organization",
    "vessel": "vessel",
    "aircraft": "aircraft",
}


def null(value: str | None) -> str | None:
    """The value stripped, or None where it is empty or OFAC's ``-0-``."""
    if value is None:
        return None
    value = value.strip()
    if not value or value == "-0-":
        return None
    return value


def split_semicolon(value: str | None) -> list[str]:
    """``"a; b;; c"`` -> ``["a", "b", "c"]``."""
    if not value:
        return []
    return [v.strip() for v in value.split(";") if v.strip()]


def us_date(value: str | None) -> str | None:
    """``11/30/2023`` or ``2023-11-30`` -> ``2023-11-30``; None for anything else."""
    if not value:
        return None
    value = value.strip()
    for fmt in ("%m/%d/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return None


_ORG_HINTS = re.compile(
    r"\b(co|corp|corporation|company|inc|ltd|limited|llc|gmbh|ag|sa|s\.a|srl|bv|plc|jsc|ooo|"
    r"institute|university|academy|laboratory|bureau|center|centre|group|holding|holdings|"
    r"industries|industry|trading|technology|technologies|electronics|enterprises?|factory|"
    r"plant|works|research|ministry|department|agency|bank|association|organi[sz]ation|"
    r"international|services|systems|airlines?|shipping|logistics|import|export|fze|fzco|"
    r"pte|pvt|llp|lp|s\.?a\.?s|sas|sarl|spa|kft|zao|oao|pao|tov)\b",
    re.IGNORECASE,
)
#: legal forms that close a company's name and no person's: the Russian joint-stock forms,
#: the Nordic, Baltic, Malaysian, Gulf free-zone, Liechtenstein, Spanish, Balkan ones (not
#: "Ou", "Ao", "Ab" alone: Chinese, Vietnamese and Arabic names end so)
_CLOSING_FORMS = frozenset(
    {
        "ojsc",
        "cjsc",
        "pjsc",
        "jsco",
        "oy",
        "oyj",
        "uab",
        "bhd",
        "fzc",
        "fze",
        "fzco",
        "fzllc",
        "anstalt",
        "incorporated",
        "eood",
        "ood",
        "doo",
        "sro",
        "ltda",
        "sl",
        "slu",
        "ag",
        "kg",
        "oao",
        "zao",
        "pao",
        "ooo",
        "tov",
    }
)


def guess_kind(name: str) -> str:
    """``organization`` where the name has a company word (:data:`_ORG_HINTS`) or closes with
    a company's legal form (:data:`_CLOSING_FORMS`: "Volatavto OJSC", "Set Petrochemicals Oy",
    "KOTO COMMERCIO IBERICA, S.L."), else ``person`` (for the DPL and the CSL's Entity List,
    UVL, MEU and ISN rows, which carry no type). A person's name read as a company's would
    keep its legal form as a name word, and the name typed as listed would not find it."""
    if _ORG_HINTS.search(name):
        return "organization"
    words = re.findall(r"[a-z]+", name.replace(".", "").lower())
    return "organization" if len(words) >= 2 and words[-1] in _CLOSING_FORMS else "person"
