"""Rebuild ``data/legal_words.txt`` (the legal-form words :mod:`legal_forms` reads) from
rigour's org types found in the shipped list names. A maintenance tool, kept apart from
:mod:`legal_forms` so that normalisation never imports the list loaders:

    python -m exportgate.screening.build_legal_words
"""

from __future__ import annotations

import re
from pathlib import Path

from exportgate.screening.legal_forms import LEGAL_WORDS

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


if __name__ == "__main__":  # pragma: no cover
    print(build(), "words")
