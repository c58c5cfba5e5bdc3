"""Which list format a file is, and loading files and folders of lists.

:func:`load_path` takes a file or a folder and picks each file's reader from its name and its
first bytes; a file no reader takes, or a broken XML document, is reported as an issue and the
rest loads.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree as ET

from exportgate.screening.entities import LoadIssue, LoadResult
from exportgate.screening.sources import csl, dpl, ftm, ofac_csv, ofac_xml, un_xml
from exportgate.screening.sources.context import UnknownFormat, read_bytes

#: a file read only together with its primary file (the OFAC ``alt.csv`` ...)
PART = "part"

#: format -> the reader of a file in it
READERS: dict[str, Callable[[Path], LoadResult]] = {
    ofac_csv.FORMAT: ofac_csv.load_ofac_csv_file,
    ofac_xml.FORMAT: ofac_xml.load_ofac_enhanced_xml,
    csl.FORMAT: csl.load_csl_csv,
    dpl.FORMAT: dpl.load_dpl,
    un_xml.FORMAT: un_xml.load_un_xml,
    ftm.FORMAT: ftm.load_ftm_jsonl,
}

_OFAC_ROW = re.compile(r'^\d+,"')


def sniff(path: Path) -> str:
    """The format of a list file (a key of :data:`READERS`), or :data:`PART`.

    Raises :class:`UnknownFormat` for a file no reader takes."""
    name = path.name.lower()
    base = name[:-3] if name.endswith(".gz") else name
    if base in ofac_csv.PRIMARY_FILES:
        return ofac_csv.FORMAT
    if base in ofac_csv.PART_FILES:
        return PART
    head = read_bytes(path)[:4096] if not name.endswith(".zip") else path.read_bytes()[:4]
    if head[:2] == b"PK" or name.endswith(".zip"):
        return ofac_xml.FORMAT
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff").lstrip()
    if text.startswith("<"):
        if "CONSOLIDATED_LIST" in text:
            return un_xml.FORMAT
        if "sanctionsData" in text:
            return ofac_xml.FORMAT
        raise UnknownFormat(f"{path}: unknown XML document")
    if text.startswith("_id,") or text.startswith('"_id",'):
        return csl.FORMAT
    if text.startswith('"Name"\t') or text.startswith("Name\t"):
        return dpl.FORMAT
    if text.startswith("{"):
        return ftm.FORMAT
    if _OFAC_ROW.match(text.split("\n", 1)[0]):
        return ofac_csv.FORMAT
    raise UnknownFormat(f"{path}: not a supported list format")


def load_file(path: Path) -> LoadResult:
    """Load one list file; OFAC CSV parts (alt/add) are picked up from the same folder."""
    path = Path(path)
    fmt = sniff(path)
    if fmt == PART:
        return LoadResult()  # read together with its primary file
    return READERS[fmt](path)


_SKIP_SUFFIXES = (".md", ".txt.md", ".json.sha256")
_SKIP_NAMES = ("manifest.json",)


def list_files(path: Path) -> list[Path]:
    """The loadable files under a folder (recursively), or the file itself."""
    path = Path(path)
    if path.is_file():
        return [path]
    return [
        p
        for p in sorted(path.rglob("*"))
        if p.is_file()
        and not p.name.startswith(".")
        and not p.name.lower().endswith(_SKIP_SUFFIXES)
        and p.name not in _SKIP_NAMES
    ]


def load_path(path: Path | str) -> LoadResult:
    """Load a file or every list file in a folder. Unknown files are reported, not fatal."""
    result = LoadResult()
    for file in list_files(Path(path)):
        try:
            result.extend(load_file(file))
        except UnknownFormat as exc:
            result.issues.append(LoadIssue(file=str(file), line=None, message=str(exc)))
        except ET.ParseError as exc:
            result.issues.append(
                LoadIssue(file=str(file), line=exc.position[0], message=f"bad XML: {exc}")
            )
    return result
