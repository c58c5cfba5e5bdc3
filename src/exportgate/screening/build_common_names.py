"""Build-time tool: the words of common given names and family names, from Faker's tables.

Faker (MIT) ships, for each of its ~110 locales, the given names, family names and (for
Russian, Ukrainian, Bulgarian ...) patronymics its fake people are made of: the names common in
that country ("Ivanov", "Nguyen", "Muhammad", "Elena", "Kim"). A name made only of such words
is shared by many people, so matching it says little about who someone is
(:func:`exportgate.screening.common_names.is_common`). This tool reads the tables ONCE, in an
environment where Faker is installed (a bench-only tool, never a dependency of exportgate), and
writes every word as the screener tokenises it into ``data/common_names.txt.gz`` (one word a
line); the run-time code reads only that file.

    python -m venv /tmp/fk && /tmp/fk/bin/pip install faker
    PYTHONPATH=src python -m exportgate.screening.build_common_names \\
        --faker-site /tmp/fk/lib/python3.11/site-packages
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from exportgate.screening.normalize import WORD, tokenize
from exportgate.screening.scoring import respelled
from exportgate.screening.scripts import korean_variants

OUT = Path(__file__).resolve().parent / "data" / "common_names.txt.gz"
#: the Faker person-provider tables of name words (given, family, middle or patronymic names,
#: and the romanised tables of ja_JP / zh_CN / zh_TW)
_TABLE = re.compile(r"^(first|last|middle)_(romanized_)?names(_male|_female|_nonbinary|_unisex)?$")


def faker_name_forms() -> Iterable[tuple[str, str]]:
    """(locale, name form) for every entry of every Faker locale's person-name tables."""
    config = importlib.import_module("faker.config")
    for loc in config.AVAILABLE_LOCALES:
        try:
            mod = importlib.import_module(f"faker.providers.person.{loc}")
        except ImportError:
            continue
        provider = mod.Provider
        for attr in dir(provider):
            if not _TABLE.match(attr):
                continue
            table = getattr(provider, attr)
            if isinstance(table, (tuple, list, dict)):
                for form in table:
                    if isinstance(form, str):
                        yield loc, form


def words_of(form: str) -> set[str]:
    """The screener's name words of one table entry (Latin, as a query is tokenised), with the
    Korean romanisations of a Korean syllable ("gim" -> "kim") and the word's spelling by sound
    (:func:`scoring.respelled`: "aleksei" for "aleksey", which "alexey" shares)."""
    out: set[str] = set()
    for tok in tokenize(form, "person"):
        if tok.cat != WORD or len(tok.text) < 2 or not tok.text.isascii():
            continue
        out.add(tok.text)
        out.add(respelled(tok.text))
        out.update(v for v in korean_variants(tok.text) if len(v) >= 2)
    return out


def build(out: Path = OUT) -> int:
    words: set[str] = set()
    for _, form in faker_name_forms():
        words.update(words_of(form))
    version = importlib.import_module("faker").VERSION
    header = f"# common name words from Faker {version}'s person-name tables (all locales)\n"
    body = "\n".join(sorted(words))
    out.write_bytes(gzip.compress((header + body + "\n").encode("utf-8"), 9, mtime=0))
    return len(words)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--faker-site", type=Path, help="site-packages holding faker")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    if args.faker_site:
        sys.path.append(str(args.faker_site))
    n = build(args.out)
    print(f"{args.out}: {n} words, {args.out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
