"""Build-time tool: a compact person-name synonym table from rigour's name data.

rigour (MIT, OpenSanctions) ships Wikidata-derived groups of the same given name or surname in
many scripts (``vladimir, wladimir, владимир, فلاديمير, ウラジーミル, 弗拉基米尔, 블라디미르 …``)
and a few hand-made symbol groups (``putin, poetin, putyin, путин, بوتين, 普京 …``). Loading
rigour takes 12-75 s, far too slow for a gateway, so this tool reads the raw files from the rigour
source distribution ONCE and writes the groups that touch a word on the shipped lists into
``data/name_groups.txt.gz`` (one group per line, forms separated by ``|``). At run time
:mod:`exportgate.screening.names_table` loads that file in a fraction of a second.

    python -m exportgate.screening.build_names rigour-2.6.1.tar.gz

Forms are stored the way the query side looks them up: Latin forms as our normalised ASCII
token (``władimir`` -> ``wladimir``), other scripts as the NFKC-casefolded word. Multi-word forms,
forms with digits and one-letter forms are left out.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import re
import sys
import tarfile
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from exportgate.screening.normalize import (
    tokenize,
)
from exportgate.screening.scripts import (
    korean_variants,
    latinize,
)

OUT = Path(__file__).resolve().parent / "data" / "name_groups.txt.gz"
_NON_WORD = re.compile(r"[^a-z0-9]+")
_MAX_FORMS = 120


def _read_sdist(path: Path) -> tuple[str, dict[str, dict[str, list[str]]]]:
    names = symbols = None
    with tarfile.open(path) as tf:
        for m in tf.getmembers():
            if m.name.endswith("rust/data/names/person_names.txt"):
                fh = tf.extractfile(m)
                assert fh is not None
                names = fh.read().decode("utf-8")
            elif m.name.endswith("rust/data/names/symbols.json"):
                fh = tf.extractfile(m)
                assert fh is not None
                symbols = json.loads(fh.read().decode("utf-8"))
    if names is None or symbols is None:
        raise SystemExit(f"{path}: person_names.txt / symbols.json not found")
    return names, symbols


def _groups(names: str, symbols: dict[str, dict[str, list[str]]]) -> Iterable[list[str]]:
    for line in io.StringIO(names):
        joined, _, _ = line.rstrip("\n").rpartition(" => ")
        if joined:
            yield [f.strip() for f in joined.split(", ")]
    for key in ("person_name_parts",):
        for forms in symbols.get(key, {}).values():
            yield list(forms)


def form_key(form: str) -> str | None:
    """The lookup key of one form, or None when the form is not a usable single word."""
    form = unicodedata.normalize("NFKC", form).casefold().strip()
    if not form or any(c.isdigit() for c in form) or ":" in form:
        return None
    if any(c.isspace() for c in form):
        return None
    if all(ord(c) < 0x250 or not c.isalpha() for c in form):  # Latin script
        words = _NON_WORD.sub(" ", latinize(form)[0]).split()
        if len(words) != 1 or len(words[0]) < 2:
            return None
        return words[0]
    return form.replace("\u00b7", "").replace("\u30fb", "")


def list_vocabulary() -> set[str]:
    """Every word of every name on the shipped lists, normalised."""
    from exportgate.screening.screener import load_sources, snapshot_dir

    vocab: set[str] = set()
    for ent in load_sources([snapshot_dir()]).entities:
        kind = ent.kind if ent.kind in ("person", "organization") else None
        for alias in ent.all_names():
            vocab.update(t.text for t in tokenize(alias.name, kind))
    return vocab


def build(sdist: Path, out: Path = OUT) -> tuple[int, int]:
    names, symbols = _read_sdist(sdist)
    vocab = list_vocabulary()
    seen: set[tuple[str, ...]] = set()
    lines: list[str] = []
    n_forms = 0
    for forms in _groups(names, symbols):
        keys = sorted({k for k in (form_key(f) for f in forms) if k})
        if len(keys) < 2 or len(keys) > _MAX_FORMS:
            continue
        if not any(k in vocab for k in keys if k.isascii()):
            continue
        tup = tuple(keys)
        if tup in seen:
            continue
        seen.add(tup)
        lines.append("|".join(keys))
        n_forms += len(keys)
    out.parent.mkdir(parents=True, exist_ok=True)
    header = f"# rigour name groups from {sdist.name}, restricted to groups with a word on the shipped lists\n"
    out.write_bytes(gzip.compress((header + "\n".join(lines) + "\n").encode("utf-8"), 9, mtime=0))
    return len(lines), n_forms


HAN_OUT = Path(__file__).resolve().parent / "data" / "han_readings.txt.gz"
_HAN_MAX = 8


def is_han(ch: str) -> bool:
    cp = ord(ch)
    return 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF


def _is_hangul(form: str) -> bool:
    return all(0xAC00 <= ord(c) <= 0xD7A3 for c in form)


def _latin_reading(form: str) -> str | None:
    """A Latin form as one run of letters ("jong-un", "chŏng'ŭn" -> "jongun", "chongun")."""
    if not all(ord(c) < 0x250 or not c.isalpha() for c in form) or any(c.isdigit() for c in form):
        return None
    words = _NON_WORD.sub(" ", latinize(form)[0]).split()
    joined = "".join(words)
    return joined if 2 <= len(joined) <= 24 and len(words) <= 3 else None


def build_han(sdist: Path, out: Path = HAN_OUT) -> tuple[int, int]:
    """Readings of names written in Chinese characters (Chinese, Korean Hanja, Japanese kanji).

    For each Han form of a rigour name group: the group's Latin spellings and its Hangul forms
    (the Korean reading). Single characters keep only their Hangul readings: a single
    character's Latin forms span unrelated names (``林`` is Lin, Hayashi, Rim ...), while its
    Korean syllable is one. Mandarin pinyin is not stored: ICU gives it at run time.
    """
    names, symbols = _read_sdist(sdist)
    latin: dict[str, set[str]] = {}
    hangul: dict[str, set[str]] = {}
    for forms in _groups(names, symbols):
        forms = [
            unicodedata.normalize("NFKC", f).strip().replace("\u00b7", "").replace("\u30fb", "")
            for f in forms
        ]
        hans = [f for f in forms if f and len(f) <= _HAN_MAX and all(is_han(c) for c in f)]
        if not hans:
            continue
        lat = {r for r in (_latin_reading(f) for f in forms) if r}
        hg = {f for f in forms if f and _is_hangul(f) and len(f) <= _HAN_MAX}
        for h in hans:
            if len(h) > 1:
                latin.setdefault(h, set()).update(lat)
            hg_same = {x for x in hg if len(x) == len(h)}  # one Hangul syllable per character
            if len(h) == 1:
                # a Korean reading of the character only where the group also spells that
                # syllable in Latin the Korean way (김 with "kim"); groups of Chinese names
                # carry Hangul transcriptions of Mandarin (建 "jian" -> 젠) that are no reading
                hg_same = {x for x in hg_same if lat & set(korean_variants(latinize(x)[0].strip()))}
            if hg_same:
                hangul.setdefault(h, set()).update(hg_same)
    lines = []
    n_forms = 0
    for h in sorted(set(latin) | set(hangul)):
        lat_s = sorted(latin.get(h, ()))[:_MAX_FORMS]
        hg_s = sorted(hangul.get(h, ()))[:8]
        if not lat_s and not hg_s:
            continue
        lines.append(f"{h}\t{' '.join(lat_s)}\t{' '.join(hg_s)}")
        n_forms += len(lat_s) + len(hg_s)
    header = (
        f"# Han-script name readings from {sdist.name} (rigour person-name groups): "
        "form<TAB>Latin spellings<TAB>Hangul readings\n"
    )
    out.write_bytes(gzip.compress((header + "\n".join(lines) + "\n").encode("utf-8"), 9, mtime=0))
    return len(lines), n_forms


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("sdist", type=Path, help="rigour source distribution (rigour-X.Y.Z.tar.gz)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--han-only", action="store_true", help="only rebuild data/han_readings.txt.gz")
    args = ap.parse_args(argv)
    if not args.han_only:
        groups, forms = build(args.sdist, args.out)
        print(f"{args.out}: {groups} groups, {forms} forms, {args.out.stat().st_size} bytes")
    rows, forms = build_han(args.sdist)
    print(f"{HAN_OUT}: {rows} Han forms, {forms} readings, {HAN_OUT.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
