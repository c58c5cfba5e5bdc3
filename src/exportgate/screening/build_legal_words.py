"""Rebuild ``data/legal_words.txt`` (the legal-form words :mod:`legal_forms` reads) from
rigour's org types found in the shipped list names. A maintenance tool, kept apart from
:mod:`legal_forms` so that normalisation never imports the list loaders:

    python -m exportgate.screening.build_legal_words

It writes ``data/legal_phrases.txt`` too (legal forms written out, for :mod:`cut_form`).
"""

from __future__ import annotations

import re
from pathlib import Path

from exportgate.screening.legal_forms import LEGAL_PHRASES, LEGAL_WORDS

#: misspellings rigour itself lists as legal-form words: not targets for a guess
_ORDINARY = frozenset({"limted"})
_ALPHA_WORD = re.compile(r"[a-z]+")


def build(path: Path = LEGAL_WORDS) -> int:  # pragma: no cover - maintenance tool
    """Rebuild ``data/legal_words.txt`` from rigour's org types found in the shipped lists."""
    from collections import Counter

    from rigour.names import extract_org_types

    from exportgate.screening.screener import load_sources, snapshot_dir
    from exportgate.screening.scripts import latinize

    cnt: Counter[str] = Counter()
    for e in load_sources([snapshot_dir()]).entities:
        if e.kind == "person":
            continue
        for a in e.all_names():
            latin, _ = latinize(a.name)
            for span, _form in extract_org_types(latin.lower()):
                cnt.update(w for w in _ALPHA_WORD.findall(span) if len(w) >= 6)
    words = [
        w for w, _ in sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0])) if w not in _ORDINARY
    ]
    extra = [
        "gesellschaft",
        "beschrankter",
        "haftung",
        "aktiengesellschaft",
        "kommanditgesellschaft",
    ]
    words += [w for w in extra if w not in cnt]
    head = (
        "# legal-form words, most frequent first: words of six letters or more in the org-type spans\n"
        "# rigour 2.6.1 finds in the shipped list names (see legal_forms.py)\n"
    )
    path.write_text(head + "\n".join(words) + "\n", encoding="utf-8")
    return len(words)


#: legal forms written out that a field's length cuts as often as those rigour finds on the
#: lists, in the spellings customers write them in (English, Russian, Spanish, French,
#: Turkish, Malay, German romanised): read by :mod:`cut_form`
_EXTRA_PHRASES = (
    "free zone establishment",
    "free zone company",
    "private limited",
    "private limited company",
    "public limited company",
    "company limited",
    "corporation limited",
    "limited liability company",
    "limited liability partnership",
    "sociedad anonima",
    "sociedad anonima de capital variable",
    "sociedad de responsabilidad limitada",
    "sociedad limitada",
    "societe anonyme",
    "societe a responsabilite limitee",
    "societa a responsabilita limitata",
    "societa per azioni",
    "sendirian berhad",
    "anonim sirketi",
    "limited sirketi",
    "gesellschaft mit beschrankter haftung",
    "obshchestvo s ogranichennoy otvetstvennostyu",
    "obshchestvo s ogranichennoi otvetstvennostyu",
    "obshestvo s ogranichennoy otvetstvennostyu",
    "obshchestvo s ogranichennoy otvetstvennostiu",
    "aktsionernoe obshchestvo",
    "otkrytoe aktsionernoe obshchestvo",
    "zakrytoe aktsionernoe obshchestvo",
    "publichnoe aktsionernoe obshchestvo",
    "nepublichnoe aktsionernoe obshchestvo",
    "open joint stock company",
    "closed joint stock company",
    "public joint stock company",
    "joint stock company",
    "proprietary limited",
    "kabushiki kaisha",
    "spolka z ograniczona odpowiedzialnoscia",
)


def build_phrases(path: Path = LEGAL_PHRASES) -> int:  # pragma: no cover - maintenance tool
    """Rebuild ``data/legal_phrases.txt``: legal forms of two words or more written out (at
    least one word of four letters) that rigour's org types find in the shipped list names
    twice or more, most frequent first, then :data:`_EXTRA_PHRASES`."""
    from collections import Counter

    from rigour.names import extract_org_types

    from exportgate.screening.screener import load_sources, snapshot_dir
    from exportgate.screening.scripts import latinize

    cnt: Counter[str] = Counter()
    for e in load_sources([snapshot_dir()]).entities:
        if e.kind == "person":
            continue
        for a in e.all_names():
            latin, _ = latinize(a.name)
            for span, _form in extract_org_types(latin.lower()):
                words = _ALPHA_WORD.findall(span)
                if len(words) >= 2 and span.isascii() and max(map(len, words)) >= 4:
                    cnt[" ".join(words)] += 1
    phrases = [p for p, n in sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0])) if n >= 2]
    phrases += [p for p in _EXTRA_PHRASES if p not in phrases]
    head = (
        "# legal forms written out (two words or more), most frequent first: the org-type spans\n"
        "# rigour 2.6.1 finds twice or more in the shipped list names, then forms customers\n"
        "# write out (build_legal_words._EXTRA_PHRASES); read by cut_form.py\n"
    )
    path.write_text(head + "\n".join(phrases) + "\n", encoding="utf-8")
    return len(phrases)


if __name__ == "__main__":  # pragma: no cover
    print(build(), "words")
    print(build_phrases(), "phrases")
