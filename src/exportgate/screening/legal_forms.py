"""Legal forms as customers type them: misspelt, split, glued, or spelled out letter by letter.

A legal-form word is a weak part of a company's name, but a misspelt one ("LIMITED LIABILITY
CMPANY", "OBSHCHSETVO S OGRANICHENNOY ...") used to count as an unmatched name word and sink
the match. Before rigour folds legal forms to their compare form, :func:`respell_legal` reads:

* a word one slip away from a legal-form word (two slips for nine letters or more; same first
  letter) as that word;
* a legal-form word split in two and otherwise spelled right ("LIA BILITY"), or glued to the next name word
  ("OBSHCHESTVOPYEZO", "TRADEGMBH") as that word;
* letters of one legal form written apart or with stray dots ("S A  De C V", "K K", "D.O..O")
  as that form.

A respelled word that does not become part of a legal form is then dropped by the tokenizer
(:data:`respelled` tokens), so a guessed legal form never adds evidence to a score: it can only
stop a slip from costing an unmatched word.

The legal-form words come from ``data/legal_words.txt``: every word of six or more letters of a
legal form that rigour's org-type data (rigour 2.6.1, MIT) finds in a name on the shipped lists,
most frequent first. Some are ordinary words too ("federal", "capital"): a guess of one of those
stays only where it completes a legal form. Rebuild with ``python -m
exportgate.screening.legal_forms`` after adding lists.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from rapidfuzz.distance import OSA

from exportgate.screening.abbreviations import business_short_forms
from exportgate.screening.slips import typing_slip

#: the legal-form words (rebuilt by :mod:`build_legal_words`)
LEGAL_WORDS = Path(__file__).resolve().parent / "data" / "legal_words.txt"
#: legal forms written out, of two words or more (rebuilt by :mod:`build_legal_words`; read by
#: :mod:`cut_form`)
LEGAL_PHRASES = Path(__file__).resolve().parent / "data" / "legal_phrases.txt"
#: legal-form words that are also ordinary words: never split off a longer word
#: ("INTERNATIONAL" is not "inter national", "PRIVATEER" not "private er")
ORDINARY_WORDS = frozenset(
    [
        "public",
        "closed",
        "federal",
        "charity",
        "charitable",
        "organization",
        "commercial",
        "venture",
        "institution",
        "concern",
        "scientific",
        "production",
        "budgetary",
        "association",
        "nonprofit",
        "capital",
        "variable",
        "foreign",
        "national",
        "unlimited",
        "profit",
        "professional",
        "private",
        "verein",
        "general",
        "autonomous",
    ]
)
#: legal forms that are glued onto the word before them ("TRADEGMBH", "ETCLTD")
_GLUED_SUFFIXES = (
    "gmbh",
    "llc",
    "ltda",
    "ltd",
    "jsc",
    "pjsc",
    "ojsc",
    "cjsc",
    "fzco",
    "fze",
    "llp",
    "ooo",
    "oao",
    "sarl",
    "dmcc",
    "eood",
)
#: legal forms that a name word is run on to ("OAOEPK", "OOOVOLGA", "SRLSKYLINE"): no word of
#: a language starts with these letters (PAO / ZAO do: "Paolino", "Zaozhuang")
_GLUED_PREFIX_FORMS = ("pjsc", "ojsc", "cjsc", "ooo", "oao", "llc", "jsc", "srl", "ltd")
#: forms that close a name run on to a word of one or two letters ("OSTEC-STLTD", "SUN SHIP
#: MANAGEMENT DLTD"): split only where they close the name
_GLUED_CLOSING = ("ltd", "llc", "gmbh", "pjsc", "ojsc", "cjsc", "jsc", "ooo", "fzco", "fze")
#: forms that words of some languages end with too ("Hollywood", "Feelgood"): split where they
#: close the name after three letters or more that are no such word's ("INZENJERINGOOD",
#: "JATRONICSSDNBHD"), or after letters with no vowel ("BGOOD")
_GLUED_CLOSING_WORDLIKE = ("sdnbhd", "bhd", "srl", "plc", "ood")
_WORD_ENDINGS = ("wood", "good", "hood", "food", "blood", "flood")
#: prepositions of spelled-out legal forms glued onto the next word ("s ogranichennoi",
#: "z ograniczona", "cu raspundere", "mit beschrankter")
_GLUED_PREFIXES = ("s", "z", "cu", "mit", "sa", "de")
#: letter runs that spell one legal form, and how the form is written when its letters are joined
_LETTER_FORMS: dict[str, str] = {
    f: f
    for f in [
        "llc",
        "ltd",
        "inc",
        "plc",
        "llp",
        "jsc",
        "ojsc",
        "cjsc",
        "pjsc",
        "ooo",
        "zao",
        "oao",
        "pao",
        "sa",
        "sas",
        "sac",
        "sarl",
        "srl",
        "spa",
        "bv",
        "nv",
        "ag",
        "kg",
        "kk",
        "gk",
        "ad",
        "dd",
        "doo",
        "ood",
        "eood",
        "ead",
        "scs",
        "sro",
        "as",
        "ab",
        "oy",
        "fze",
        "fzc",
        "fzco",
        "aps",
        "sia",
        "uab",
        "pte",
        "pvt",
        "pty",
        "sdn",
        "bhd",
        "lda",
        "ltda",
        "cv",
        "sab",
        "sacv",
        "sapi",
        "sal",
        "eirl",
        "scs",
    ]
}
_LETTER_FORMS.update(
    {
        "sadecv": "sa de cv",
        "sacv": "sa de cv",  # (the "de" dropped: "S.A.C.V.", "S. A..C.V.")
        "srldecv": "srl de cv",
        "sderldecv": "s de rl de cv",
        "sapidecv": "sapi de cv",
    }
)
#: short legal-phrase words, read through a slip only next to another legal-form word
#: ("JOINT STOOCK COMPANY", "JONIT STOCK")
_PHRASE_SHORT = ("joint", "stock")
_PHRASE_NEIGHBOURS = frozenset({"joint", "stock", "company", "public", "closed", "open"})
_RUN = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,3}(?:[\s.]+[^\W\d_]{1,3})+(?![^\W\d_])\.*")
_PIECE = re.compile(r"[^\W\d_]+")
_ALPHA_WORD = re.compile(r"[a-z]+")
_TOKEN = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1)
def _ranked() -> tuple[str, ...]:
    """Legal-form words, most frequent on the lists first (a slip two forms are equally near
    is read as the commoner: "obshcchestvo" -> "obshchestvo", not "obschchestvo")."""
    lines = LEGAL_WORDS.read_text(encoding="utf-8").splitlines()
    return tuple(w.strip() for w in lines if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def legal_words() -> frozenset[str]:
    """Legal-form words (six letters or more) that a slip may be read as."""
    return frozenset(_ranked())


@lru_cache(maxsize=1)
def _by_initial() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for w in _ranked():
        out.setdefault(w[0], []).append(w)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=20_000)
def legal_word_for(word: str) -> str | None:
    """The legal-form word ``word`` is a slip of, or None (``cmpany`` -> ``company``)."""
    if len(word) < 6 or word in legal_words():
        return None
    best: tuple[int, str] | None = None
    for v in _by_initial().get(word[0], ()):
        # two slips only where both words are long ("uniited" is no "unlimited")
        budget = 1 if min(len(v), len(word)) <= 8 else 2
        if abs(len(v) - len(word)) <= budget:
            d = OSA.distance(word, v, score_cutoff=budget)
            if d <= budget and (best is None or d < best[0]):
                best = (d, v)
    return best[1] if best else None


#: the words of legal-form phrases of several words, in English ("federal state unitary
#: enterprise", "state enterprise", "limited liability company", "joint stock company"): a word
#: typed with a slip beside one of them is read by the phrase
PHRASE_WORDS = frozenset(
    {
        "federal",
        "state",
        "unitary",
        "enterprise",
        "limited",
        "liability",
        "company",
        "joint",
        "stock",
        "public",
        "closed",
        "open",
        "private",
        "partnership",
    }
)
_PHRASE_ORDER = tuple(sorted(PHRASE_WORDS))


@lru_cache(maxsize=20_000)
def legal_word_in_phrase(word: str) -> str | None:
    """The word of a legal-form phrase (:data:`PHRASE_WORDS`) ``word`` is a slip of, where it
    stands beside another ("STARE" in "FEDERAL STARE UNITARY ENTERPRISE", "LIMMITD LIABILITY
    COMPANY", "STAE ENTERPRISE"): the phrase says what the word was meant to be, so a word of
    four letters or more may be one slip away (two for seven letters or more), its first letter
    included."""
    if len(word) < 4 or word in PHRASE_WORDS or word in legal_words():
        return None
    best: tuple[int, str] | None = None
    for v in _PHRASE_ORDER:
        budget = 1 if len(v) <= 6 else 2
        if abs(len(v) - len(word)) <= budget and (v[0] == word[0] or len(word) >= 6):
            d = OSA.distance(word, v, score_cutoff=budget)
            if d <= budget and (best is None or d < best[0]):
                best = (d, v)
    return best[1] if best else None


def _fold_letters(m: re.Match[str]) -> str:
    pieces = [p.lower() for p in _PIECE.findall(m.group(0))]
    if not any(len(p) == 1 for p in pieces):
        return m.group(0)  # "SA DE CV" / "CO LTD": already words
    out: list[str] = []
    i = 0
    while i < len(pieces):
        for j in range(len(pieces), i + 1, -1):
            form = _LETTER_FORMS.get("".join(pieces[i:j]))
            if form is not None:
                out.append(form)
                i = j
                break
        else:
            out.append(pieces[i])
            i += 1
    folded = " ".join(out)
    return (
        folded
        if folded.replace(" ", "") != " ".join(pieces).replace(" ", "") or len(out) < len(pieces)
        else m.group(0)
    )


#: two or more single letters written apart, with spaces, dots, slashes or both, doubled or not ("S M P",
#: "N. P. F.", "C..O.L.T.D..", "G  P.B"): one acronym or legal form typed letter by letter
#: (Latin letters only: single Chinese characters apart are a name's syllables)
_LETTER_RUN = re.compile(r"(?<!\w)[A-Za-z](?!\w)(?:[\s./]+[A-Za-z](?!\w))+\.*")


def join_letter_runs(text: str, *, at_end_only: bool = False) -> str:
    """A company's acronyms and legal forms written letter by letter, joined into the word they
    spell ("S M P BANK" -> "SMP BANK", "N. P. F. OTKRITIE" -> "NPF OTKRITIE", "C..O.L.T.D" ->
    "COLTD", which rigour reads as "Co., Ltd."; "S A De C V" -> "sa De cv"), as the list's own
    "SMP" or "S.M.P." is read. ``at_end_only``: only a run that closes the name (kind unknown:
    "K K Sharma" may be a person with two initials)."""
    if at_end_only:
        runs = list(_LETTER_RUN.finditer(text))
        m = runs[-1] if runs else None
        if m is None or text[m.end() :].strip(" .,"):
            return text
        return text[: m.start()] + _joined(m) + text[m.end() :]
    return _LETTER_RUN.sub(_joined, text)


#: a dotted abbreviation run on to the word before it ("PALEAD.O.O.", "HOLDINGB.V.", "MIRATHS.A.L.")
_GLUED_DOTTED = re.compile(r"(?<=[A-Za-z]{2})([A-Za-z](?:\.[A-Za-z])+\.?)(?![\w])")


def split_glued_dotted(text: str) -> str:
    """A dotted legal form run on to the name word before it, split off ("PALEAD.O.O." ->
    "PALEA D.O.O."): only where the dotted letters spell a legal form, so "ST.P" or a person's
    initials stay as they are."""
    if "." not in text:
        return text
    return _GLUED_DOTTED.sub(_split_dotted, text)


def _split_dotted(m: re.Match[str]) -> str:
    letters = "".join(_PIECE.findall(m.group(1))).lower()
    return " " + m.group(1) if letters in _LETTER_FORMS else m.group(1)


def _joined(m: re.Match[str]) -> str:
    # a dotted abbreviation stays one word of its own ("B.V. A.A.M." -> "BV AAM", "Partners V
    # L.P." -> "V LP"); single letters apart next to each other are joined ("N. P. F.")
    out: list[str] = []
    singles: list[str] = []
    for g in m.group(0).split():
        letters = "".join(_PIECE.findall(g))
        if len(letters) == 1:
            singles.append(letters)
            continue
        if singles:
            out.append(_spelled("".join(singles)))
            singles = []
        out.append(_spelled(letters))
    if singles:
        out.append(_spelled("".join(singles)))
    return " ".join(out) + " "


def _spelled(letters: str) -> str:
    if len(letters) <= 1:
        return letters
    low = letters.lower()
    form = _LETTER_FORMS.get(low)
    if form is None and len(low) >= 3 and low not in _JOINED_FORMS:
        form = _undoubled_form(low)
    return letters if form is None else form


#: letter runs that are legal forms once joined, read as such later on (rigour, the glued
#: forms): "C O L T D" -> "coltd" -> Co., Ltd.
_JOINED_FORMS = frozenset({"co", "coltd", "corp", "pteltd", "ptyltd", "pvtltd", "sdnbhd"})


def _undoubled_form(low: str) -> str | None:
    """The legal form a letter run spells with one letter typed twice ("S A A" -> "sa", "C O L
    T T D" -> "coltd", "B.B.V" -> "bv", "O A O O" -> "oao"), or None: a slip of the hand in a
    form written letter by letter, read as the form (legal forms weigh little: this never
    makes a name match, it only keeps a slip from costing an unmatched word)."""
    for k in range(1, len(low)):
        if low[k] == low[k - 1]:
            once = low[:k] + low[k + 1 :]
            form = _LETTER_FORMS.get(once)
            if form is not None:
                return form
            if once in _JOINED_FORMS:
                return once
    return None


def respell_legal(text: str, *, at_end_only: bool = False) -> tuple[str, dict[str, str]]:
    """``text`` (Latin) with legal-form slips respelled, and each guessed word's original.

    ``at_end_only``: fold letter runs only where they close the name (kind unknown: "K K
    Sharma" is a person with two initials, "Sharma K K" a company). The tokenizer puts a
    guessed word back as it was typed where it did not become part of a legal form.
    """
    low = text.lower()
    if at_end_only:
        runs = list(_RUN.finditer(low))
        m = runs[-1] if runs else None
        if m is not None and not low[m.end() :].strip(" .,"):
            low = low[: m.start()] + _fold_letters(m) + low[m.end() :]
    else:
        low = _RUN.sub(_fold_letters, low)
    words = _TOKEN.findall(low)
    legal = legal_words()
    guessed: dict[str, str] = {}
    out: list[str] = []
    changed = False
    i = 0
    while i < len(words):
        w = words[i]
        if w in legal or not w.isascii() or not w.isalpha():
            out.append(w)
            i += 1
            continue
        nxt = words[i + 1] if i + 1 < len(words) else ""
        joined = w + nxt
        if nxt.isalpha() and nxt not in legal and legal_word_for(w) is None and joined in legal:
            # a legal-form word split in two, spelled right
            out.append(joined)
            guessed[joined] = f"{w} {nxt}"
            changed = True
            i += 2
            continue
        near = {words[k] for k in (i - 1, i + 1) if 0 <= k < len(words)}
        short = _short_phrase_word(w) if near & _PHRASE_NEIGHBOURS or near & legal else None
        split = None if short else _split_glued(w)
        if split is None and not short:
            split = _split_glued_more(w, nxt, last=i == len(words) - 1)
        if short:
            out.append(short)
            guessed[short] = w
            changed = True
        elif split:
            out.extend(split)
            changed = True
        else:
            fix = legal_word_for(w)
            if fix is None and not near.isdisjoint(PHRASE_WORDS):
                fix = legal_word_in_phrase(w)
            if fix is None and len(w) >= 6 and w[1] + w[0] + w[2:] in legal:
                fix = w[1] + w[0] + w[2:]  # its first two letters swapped ("NETERPRISE")
            if fix is None and len(words) >= 2 and len(w) <= 5:
                # a short form typed with a slip where legal forms close a name: its last
                # word ("ACME LTDD"), or a word of two or three letters followed by legal-form
                # words only ("ACME CI LIMITED", "ACME CO., LYD")
                after = words[i + 1 :]
                anchored = bool(after) and all(a in _CLOSING_FORMS for a in after)
                before = words[i - 1] if i > 0 else ""
                if not after and len(w) == 2 and before in _CLOSING_FORMS:
                    fix = short_form_for(w, True)  # "CO., LD." (the form's second word)
                elif (not after and len(w) >= 3) or (anchored and len(w) <= 3):
                    fix = short_form_for(w, anchored)
                elif i == 0 and len(words) >= 3 and len(w) >= 3 and not _word_shaped(w):
                    # or its first word, the form before the name ("LCL ACME TRADE"); not
                    # three letters read as a longer form ("CSC ACME TRADE" is an acronym)
                    fix = short_form_for(w, False)
                    if fix is not None and len(fix) > len(w) == 3:
                        fix = None
            if fix:
                out.append(fix)
                guessed[fix] = w
                changed = True
            else:
                out.append(w)
        i += 1
    if not changed:
        return " ".join(low.split()), {}
    return " ".join(out), guessed


#: short legal forms a slip of the hand is read as, commonest on the lists first (a slip two
#: forms are equally near is read as the commoner: "ltc" -> "ltd", not "llc")
_SHORT_FORMS = (
    "llc",
    "ltd",
    "inc",
    "co",
    "corp",
    "jsc",
    "ooo",
    "gmbh",
    "plc",
    "pjsc",
    "ojsc",
    "cjsc",
    "oao",
    "zao",
    "pao",
    "fze",
    "fzco",
    "ltda",
    "sarl",
    "srl",
    "llp",
    "pte",
    "pvt",
    "bhd",
    "sdn",
    "eood",
    "ood",
    "doo",
    "dmcc",
    "sas",
    "spa",
)
_SHORT_SET = frozenset(_SHORT_FORMS) | frozenset(_LETTER_FORMS)
#: the words a short form typed with a slip may stand before ("CI LIMITED", "CO LYD")
_CLOSING_FORMS = _SHORT_SET | {"limited", "company", "corporation", "incorporated"}


@lru_cache(maxsize=20_000)
def short_form_for(word: str, anchored: bool) -> str | None:
    """The short legal form ``word`` is one slip of the hand away from ("ltdd", "ldt", "lcc",
    "jcs", "icn", "crop", "oc"), same first letter or the first two swapped, or None. ``anchored``: the word stands next to
    another legal-form word ("CO LYD", "CI., LIMITED"), where a two-letter form may be read
    too."""
    n = len(word)
    if not (3 if not anchored else 2) <= n <= 5 or word in _SHORT_SET:
        return None
    if anchored and business_short_forms(word):
        # "IND CO LTD": industrial before the form, not "inc" typed with a slip (alone at the
        # end, "HOLDINGS, INV." is Inc. typed with a slip)
        return None
    for form in _SHORT_FORMS:
        if (
            (form[0] == word[0] or form[:2] == word[1::-1])
            and (len(form) >= 3 or anchored)
            and abs(len(form) - n) <= 1
            and OSA.distance(word, form, score_cutoff=1) == 1
            and (typing_slip(word, form, n, len(form)) or _scanned_as(word, form))
        ):
            return form
    return None


#: letters a scanner reads one as another ("LTO." for "LTD.", "CQ" for "CO"), both ways
_SCANNED_LETTERS = frozenset(
    {("o", "d"), ("o", "c"), ("o", "q"), ("l", "i"), ("c", "e"), ("u", "v"), ("h", "n")}
)


def _scanned_as(word: str, form: str) -> bool:
    """Whether ``word`` is ``form`` with one letter a scanner confuses read as another; not a
    word shaped like a word ("son" is no "sdn")."""
    if len(word) != len(form) or _word_shaped(word):
        return False
    diff = [(a, b) for a, b in zip(word, form, strict=True) if a != b]
    return len(diff) == 1 and (diff[0] in _SCANNED_LETTERS or diff[0][::-1] in _SCANNED_LETTERS)


def _word_shaped(word: str) -> bool:
    """Three letters shaped like a word, consonant-vowel-consonant ("pet", "sun", "jac"): at
    the start of a name, a word or a piece of one ("PET ROTECH"), not a legal form typed with
    a slip ("LCL", "JCS", "OOP")."""
    return (
        len(word) == 3 and word[1] in "aeiouy" and word[0] not in "aeiou" and word[2] not in "aeiou"
    )


def _short_phrase_word(word: str) -> str | None:
    if not 4 <= len(word) <= 6 or word in _PHRASE_SHORT:
        return None
    for v in _PHRASE_SHORT:
        if word[0] == v[0] and OSA.distance(word, v, score_cutoff=1) <= 1:
            return v
    return None


#: words of English legal phrases that customers run together ("JOINTSTOCK", "STOCKCOMPANY")
_PHRASE_GLUE = frozenset(
    {"joint", "stock", "limited", "liability", "company", "closed", "public", "open"}
)


def _split_glued_more(word: str, nxt: str, *, last: bool) -> tuple[str, str] | None:
    """A name word run on to a legal form after it, or a form before it: "OAOEPK" -> "oao
    epk", "DOLPHINJOINT STOCK" -> "dolphin joint", "STLTD" closing the name -> "st ltd"."""
    if len(word) < 4 or not word.isascii() or word in _GLUED_CLOSING:
        return None  # ("cjsc" is a form of its own, not "c" run on to "jsc")
    for form in _GLUED_PREFIX_FORMS:
        if word.startswith(form) and len(word) - len(form) >= 3:
            return form, word[len(form) :]
    if nxt == "stock" and word.endswith("joint") and len(word) >= 8:
        return word[:-5], "joint"
    if last:
        for form in _GLUED_CLOSING:
            if word.endswith(form) and len(word) > len(form):
                return word[: -len(form)], form
        for form in _GLUED_CLOSING_WORDLIKE:
            rest = word[: -len(form)]
            if (
                word.endswith(form)
                and rest
                and not word.endswith(_WORD_ENDINGS)
                and (len(rest) >= 3 or not any(ch in "aeiouy" for ch in rest))
            ):
                return rest, form
    return None


@lru_cache(maxsize=20_000)
def _split_glued(word: str) -> tuple[str, str] | None:
    if len(word) < 7:
        return None
    for k in range(4, len(word) - 3):  # two words of a legal phrase run together
        if word[:k] in _PHRASE_GLUE and word[k:] in _PHRASE_GLUE:
            return word[:k], word[k:]
    for pre in _GLUED_PREFIXES:  # "SOGRANICHENNOI": the preposition of a spelled-out form
        if word.startswith(pre) and word[len(pre) :] in legal_words():
            return pre, word[len(pre) :]
    for suf in _GLUED_SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            return word[: -len(suf)], suf
    glued = _glued_forms(len(word))
    if glued and (word.startswith(glued) or word.endswith(glued)):
        for v in glued:
            if word.startswith(v):
                return v, word[len(v) :]
            if word.endswith(v):
                return word[: -len(v)], v
    return None


@lru_cache(maxsize=64)
def _glued_forms(size: int) -> tuple[str, ...]:
    """The legal-form words (not ordinary words) a word of ``size`` letters may have run on to
    a name word of three letters or more, in the order :func:`_split_glued` tries them: longest
    first (the more specific form wins), then alphabetically — never a set's iteration order,
    which changes with the hash seed and would make one query split differently in two
    processes."""
    fits = (v for v in legal_words() - ORDINARY_WORDS if size - len(v) >= 3)
    return tuple(sorted(fits, key=lambda v: (-len(v), v)))
