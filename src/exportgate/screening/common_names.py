"""How common a name word is: the given names, family names and patronymics of Faker's
person-name tables (all locales; built by :mod:`exportgate.screening.build_common_names`).

A person's name made only of such words ("Elena Ivanova", "Dmitri Novikov", "Minh Le") is
shared by many people; matching it says little about which person someone is
(:func:`exportgate.screening.rules.common_name_only`).
"""

from __future__ import annotations

import gzip
import re
from functools import cache, lru_cache
from importlib import resources

from exportgate.screening.scoring import respelled


@cache
def common_words() -> frozenset[str]:
    """The shipped table of common name words (~67,000, loaded once per process), with the
    common Persian given names in Latin letters that Faker's Persian-script tables lack
    (``data/common_names_persian.txt``) and the common Russian and Ukrainian given names in
    the Latin spellings its one romanisation missed (``data/common_names_east_slavic.txt``:
    "Evgeny", "Pyotr", "Dmytro") and the common West African family names Faker has no locale
    for (``data/common_names_west_african.txt``: "Keita", "Coulibaly", "Diop")."""
    folder = resources.files("exportgate.screening")
    text = gzip.decompress(folder.joinpath("data/common_names.txt.gz").read_bytes()).decode()
    for extra in (
        "data/common_names_persian.txt",
        "data/common_names_east_slavic.txt",
        "data/common_names_west_african.txt",
    ):
        text += "\n" + folder.joinpath(extra).read_text(encoding="utf-8")
    return frozenset(w for w in text.splitlines() if w and not w.startswith("#"))


def is_common(word: str) -> bool:
    """A common given or family name, as written or spelled by sound (:func:`scoring.respelled`:
    "alexey" as "aleksei", "dmitry" as "dmitri"), or a family name made from one
    (:func:`_made_from_common`); a recorded spelling of the same name in rigour's groups is not
    enough ("putin" shares a group with the French surname "poutin")."""
    table = common_words()
    return (
        word in table
        or respelled(word) in table
        or _made_from_common(word)
        or any(w in table for w in _soft_sign_spellings(word))
    )


#: a Russian family name's ending after a soft sign ("Соловьёв", "Васильев"), as the systems
#: write it: "yev" (BGN), "iev" (French, English), "jev" (German, ISO), "ev" (the sign dropped)
_SOFT_SIGN_ENDING = re.compile(r"(?<=[bcdfghklmnprstvz])[ijy]?(e|o)(v|va)$")


def _soft_sign_spellings(word: str) -> tuple[str, ...]:
    """The other spellings of a Russian family name's ending after a soft sign ("soloviev",
    "solovev" -> "solovyev", "solovyov"): one name in the romanisation systems, so as common
    as the spelling Faker's table holds."""
    m = _SOFT_SIGN_ENDING.search(word)
    if m is None or m.start() < 4:
        return ()
    stem, vowel, end = word[: m.start()], m.group(1), m.group(2)
    return tuple(f"{stem}{s}{vowel}{end}" for s in ("y", "i", "j", "")) + (
        (f"{stem}yo{end}", f"{stem}e{end}") if vowel == "e" else (f"{stem}ye{end}",)
    )


#: endings that make a family name of a given name: Russian "-ov" / "-ev" (and their feminine
#: forms) after a name of five letters or more ("Mikhail" -> "Mikhailov"), Persian and Arabic
#: "-i" after one of four or more ("Amin" -> "Amini", "Saleh" -> "Salehi"). Not "-in": short
#: stems read as names too easily ("puty" + "in": the Arabic-script Putin romanised)
_FAMILY_ENDINGS = (("ova", 5), ("eva", 5), ("ov", 5), ("ev", 5), ("i", 4))


@lru_cache(maxsize=20_000)
def _made_from_common(word: str) -> bool:
    """A family name formed from a common name by one of :data:`_FAMILY_ENDINGS`
    ("mikhailov" from "mikhail", "amini" from "amin", "rezaei" from "reza"): as common as the names it is made from,
    though Faker's tables (unvowelled Persian, a sample of Russian family names) do not list
    it."""
    table = common_words()
    for end, least in _FAMILY_ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= least:
            stem = word[: -len(end)]
            if stem in table or respelled(stem) in table:
                return True
    m = _PERSIAN_AFTER_A.search(word)
    if m is not None and m.start() >= 2:
        stem = word[: m.start() + 1]
        return stem in table or respelled(stem) in table
    return False


#: the Persian family-name suffix -i (ی نسبت) after a stem ending in -a ("Mirza" -> میرزائی,
#: "Reza" -> رضائی): the lists and passports write the vowel and the -i with a glide between
#: them as "-aei", "-aee", "-aie" or "-ayi" ("Mirzaei", "Rezaee", "Rezaie", "Babayi"), which
#: the plain "-i" of :data:`_FAMILY_ENDINGS` ("Rezai") does not read
_PERSIAN_AFTER_A = re.compile(r"a(?:ei|ee|ie|yi)$")


@cache
def _very_common_families() -> frozenset[str]:
    """The keys (:func:`_family_key`) of ``data/common_surnames_russian.txt``'s names."""
    text = resources.files("exportgate.screening").joinpath("data/common_surnames_russian.txt")
    return frozenset(
        _family_key(w)
        for w in text.read_text(encoding="utf-8").splitlines()
        if w and not w.startswith("#")
    )


_FEMININE = ("ova", "eva", "ina", "yna")
_OV_ENDING = re.compile(r"[ijy]?[eo]v$")


def _family_key(word: str) -> str:
    """One spelling of a Russian family name for the systems' and the feminine forms
    ("Kuznetsova", "Solovyov" / "Soloviev" / "Solovev", "Fyodorov" / "Fedorov", "Mikhaylov" /
    "Mikhailov", "Alexeyev" / "Alekseev")."""
    w = word.lower()
    if len(w) > 5 and w.endswith(_FEMININE):
        w = w[:-1]
    w = _OV_ENDING.sub("ev", w.replace("x", "ks"))
    if w.startswith("ye"):
        w = w[1:]
    return w.replace("yo", "e").replace("y", "i")


def very_common_family_name(word: str) -> bool:
    """One of the 100 commonest Russian family names, in any of its usual spellings
    (``data/common_surnames_russian.txt``): a name shared by so many people that, with a common
    given name and no patronymic, it tells no one apart."""
    return _family_key(word) in _very_common_families()


def another_very_common_family(typed: str, listed: str) -> bool:
    """``typed`` is one of the 100 commonest Russian family names (:func:`very_common_family_name`)
    and ``listed`` is not a spelling of it ("Volkov" / "Volgaev", "Belov" / "Beglov", "Nikolaev"
    / "Nikolov"): the customer wrote a family name borne by hundreds of thousands, a name of its
    own, not a slip of the list's. A spelling of the same name in another system or the
    feminine form ("Kuznetsova" / "KUZNETSOV", "Solovyov" / "Soloviev") is the same name."""
    return (
        very_common_family_name(typed)
        and _family_key(typed) != _family_key(listed)
        and respelled(typed) != respelled(listed)
    )
