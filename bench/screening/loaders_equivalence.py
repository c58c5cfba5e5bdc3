"""The list readers of ``screening/sources`` against the single ``loaders.py`` they replaced.

Loads every list file the project ships (``src/exportgate/screening/data/lists``) and the list
files of ``tests/screening/data``, each through its format's entry points, with the old module
(taken from git at ``--base``) and with the new readers, plus a set of malformed files that
exercise every issue the readers report, and compares the msgspec encodings: entities and
``ListFile`` records byte for byte, issues by file, line and message (the new readers add the
field to blame). Also compares ``country_code`` over every name of the territory table, every
alias and their comma forms.

    PYTHONPATH=src .venv/bin/python bench/screening/loaders_equivalence.py [--base cac50b0]

Prints one table; exits 1 where anything differs.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import msgspec

from exportgate.screening.entities import LoadResult
from exportgate.screening.sources import countries, csl, dpl, ftm, ofac_csv, ofac_xml, sniff, un_xml

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOT = ROOT / "src/exportgate/screening/data/lists"
TEST_DATA = ROOT / "tests/screening/data"
OLD_PATH = "src/exportgate/screening/loaders.py"


def old_module(base: str) -> ModuleType:
    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{base}:{OLD_PATH}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    folder = Path(tempfile.mkdtemp(prefix="old_loaders_"))
    path = folder / "old_loaders.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location("old_loaders", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def malformed(folder: Path) -> dict[str, Path]:
    """Small files with every kind of bad row the readers report."""
    files: dict[str, Path] = {}
    sdn_dir = folder / "ofac"
    sdn_dir.mkdir()
    (sdn_dir / "sdn.csv").write_bytes(
        b'1,"CAF\xc9 NOIR, S.A.",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,"Panama",-0- ,-0- \r\n'
        b'2,"DOE, John","individual","SDGT] [IRAN",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,'
        b"\"DOB 01 Jan 1970 to 1972; nationality Iran; a.k.a. 'JD'; Citizen Korea, North.\"\r\n"
        b'3,"BROKEN"\r\n'
        b',"NO NUMBER",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n'
        b'4,"ODD TYPE","submarine",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n'
        b'2,"DOE AGAIN","individual",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n'
        b"\r\n,,,\r\n\x1a"
    )
    (sdn_dir / "alt.csv").write_bytes(
        b'2,10,"aka","DOE, Johnny",-0- \r\n9,11,"aka","X",-0- \r\n2,12,"fka","OLD DOE",-0- \r\n'
        b'2,13,"aka",-0- ,-0- \r\n2,14\r\n\x1a'
    )
    (sdn_dir / "add.csv").write_bytes(
        b'1,20,"Calle 1","Havana","Cuba",-0- \r\n8,21,"x","y","Iran",-0- \r\n1,22\r\n'
        b'2,23,-0- ,-0- ,"Congo, Democratic Republic of the",-0- \r\n'
    )
    files["ofac_csv malformed"] = sdn_dir / "sdn.csv"
    header = gzip.decompress((SNAPSHOT / "us_csl/consolidated_2022-05.csv.gz").read_bytes())
    header_line = header.decode().splitlines()[0]
    files["csl malformed"] = folder / "csl.csv"
    files["csl malformed"].write_text(
        header_line
        + "\n"
        + "x,Entity List (EL),,,,Foo Ltd"
        + ",y" * 40
        + "\n"
        + ",Entity List (EL),,,,Nameless id\n"
        + header_line
        + "\n"
    )
    files["dpl malformed"] = folder / "dpl.txt"
    files["dpl malformed"].write_text(
        "Name\tStreet_Address\tCity\tState\tCountry\tPostal_Code\tEffective_Date\t"
        "Expiration_Date\tStandard_Order\tLast_Update\tAction\tFR_Citation\n"
        "\tx\ty\n"
        "ACME TRADING\t1 Road\tTown\t\tCN\t\t01/02/2020\t\tY\t2020-01-03\tFR\t85 FR 1\textra\n"
        "JOHN DOE\t\t\t\tRU\t\t2020-05-01\t\tY\t2021-01-01\tFR\t86 FR 2\n"
        "JOHN DOE\t\t\t\tRU\t\t2020-05-01\t\tY\t2021-01-01\tFR\t86 FR 2\n"
    )
    files["un malformed"] = folder / "un.xml"
    files["un malformed"].write_text(
        '<CONSOLIDATED_LIST dateGenerated="2024-01-01T00:00:00"><INDIVIDUALS>'
        "<INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>NO</FIRST_NAME></INDIVIDUAL>"
        "<INDIVIDUAL><DATAID>2</DATAID><REFERENCE_NUMBER>QDi.1</REFERENCE_NUMBER>"
        "<FIRST_NAME>A</FIRST_NAME><NATIONALITY><VALUE>Viet Nam</VALUE></NATIONALITY>"
        "<INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>B</ALIAS_NAME></INDIVIDUAL_ALIAS>"
        "<INDIVIDUAL_DATE_OF_BIRTH><FROM_YEAR>1960</FROM_YEAR><TO_YEAR>1962</TO_YEAR>"
        "</INDIVIDUAL_DATE_OF_BIRTH></INDIVIDUAL>"
        "</INDIVIDUALS><ENTITIES><ENTITY><DATAID>3</DATAID></ENTITY></ENTITIES>"
        "</CONSOLIDATED_LIST>"
    )
    files["enhanced xml malformed"] = folder / "SDN_ENHANCED.XML"
    files["enhanced xml malformed"].write_text(
        '<sanctionsData xmlns="https://x"><publicationInfo><dataAsOf>2024-02-03T00:00:00'
        "</dataAsOf></publicationInfo><entities>"
        '<entity id="1"><generalInfo><entityType>Submarine</entityType></generalInfo></entity>'
        "<entity><generalInfo><entityType>Entity</entityType></generalInfo></entity>"
        '<entity id="2"><generalInfo><entityType>Entity</entityType></generalInfo>'
        "<names><name><isPrimary>false</isPrimary><translations><translation>"
        "<formattedFullName>ALIAS ONLY</formattedFullName></translation></translations>"
        "</name></names></entity></entities></sanctionsData>"
    )
    files["ftm malformed"] = folder / "x.ftm.json"
    files["ftm malformed"].write_text(
        "{not json\n"
        '["list"]\n'
        '{"id": "a", "schema": "Person", "target": true, "properties": {}}\n'
        '{"id": "b", "schema": "Person", "properties": {"name": ["B"]}}\n'
        '{"id": "c", "schema": "Address", "target": true, "properties": {}}\n'
        '{"id": "s", "schema": "Sanction", "properties": {"entity": ["d"], "program": ["P"]}}\n'
        '{"id": "d", "schema": "Company", "caption": "D2", "last_seen": "2024-05-06T00:00",'
        ' "properties": {"name": ["D1", "D2"], "country": ["ru", "Russia"]}}\n'
    )
    files["unknown file"] = folder / "notes.bin"
    files["unknown file"].write_bytes(b"\x00\x01garbage")
    files["unknown xml"] = folder / "other.xml"
    files["unknown xml"].write_text("<other/>")
    files["broken xml"] = folder / "broken.xml"
    files["broken xml"].write_text("<CONSOLIDATED_LIST><INDIVIDUALS>")
    files["zip without xml"] = folder / "empty.zip"
    with zipfile.ZipFile(files["zip without xml"], "w") as zf:
        zf.writestr("readme.txt", "no xml")
    return files


def encode(result: LoadResult) -> tuple[bytes, bytes, bytes]:
    issues = [(i.file, i.line, i.message) for i in result.issues]
    return (
        msgspec.json.encode(result.entities),
        msgspec.json.encode(result.files),
        msgspec.json.encode(issues),
    )


def run(fn: Callable[[], LoadResult]) -> tuple[bytes, bytes, bytes] | str:
    try:
        return encode(fn())
    except Exception as exc:  # the same exception on both sides is the same behaviour
        return f"{type(exc).__name__}: {exc}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="cac50b0", help="git revision of the old loaders.py")
    args = parser.parse_args()
    old = old_module(args.base)
    cases: list[tuple[str, Callable[[], LoadResult], Callable[[], LoadResult]]] = []

    def both(label: str, name_old: str, new: Callable[..., LoadResult], *a: Any, **kw: Any) -> None:
        fn_old = getattr(old, name_old)
        cases.append((label, lambda: fn_old(*a, **kw), lambda: new(*a, **kw)))

    for path in sniff.list_files(SNAPSHOT) + sniff.list_files(TEST_DATA):
        both(f"load_file {path.relative_to(ROOT)}", "load_file", sniff.load_file, path)
    for folder in (SNAPSHOT, TEST_DATA):
        both(f"load_path {folder.relative_to(ROOT)}", "load_path", sniff.load_path, folder)
    sdn = SNAPSHOT / "ofac_sdn/sdn.csv.gz"
    both("load_ofac_csv sdn, no parts", "load_ofac_csv", ofac_csv.load_ofac_csv, sdn)
    both(
        "load_ofac_csv sdn as cons, dated",
        "load_ofac_csv",
        ofac_csv.load_ofac_csv,
        sdn,
        SNAPSHOT / "ofac_sdn/alt.csv.gz",
        list_key="us_ofac_cons",
        date="2020-01-01",
    )
    zipped = TEST_DATA / "CONS_ENHANCED_2025-01-14.ZIP"
    both(
        "load_ofac_enhanced_xml", "load_ofac_enhanced_xml", ofac_xml.load_ofac_enhanced_xml, zipped
    )
    both(
        "load_ofac_enhanced_xml as sdn",
        "load_ofac_enhanced_xml",
        ofac_xml.load_ofac_enhanced_xml,
        zipped,
        list_key="us_ofac_sdn",
    )
    both(
        "load_csl_csv sample",
        "load_csl_csv",
        csl.load_csl_csv,
        TEST_DATA / "consolidated_sample_2025.csv",
    )
    both(
        "load_dpl dated",
        "load_dpl",
        dpl.load_dpl,
        SNAPSHOT / "bis_dpl/dpl_2023-11-30.txt.gz",
        date="2024-01-01",
    )
    both(
        "load_un_xml",
        "load_un_xml",
        un_xml.load_un_xml,
        SNAPSHOT / "un_sc/UN_consolidated_2026-02-27.xml.gz",
    )
    ftm_file = TEST_DATA / "yente_fixture_zala.entities.ftm.json.gz"
    both("load_ftm_jsonl", "load_ftm_jsonl", ftm.load_ftm_jsonl, ftm_file)

    tmp = Path(tempfile.mkdtemp(prefix="bad_lists_"))
    bad = malformed(tmp)
    for label, path in bad.items():
        both(f"load_file {label}", "load_file", sniff.load_file, path)
    both("load_path malformed folder", "load_path", sniff.load_path, tmp)

    rows: list[tuple[str, str, str]] = []
    differ = 0
    for label, fn_old, fn_new in cases:
        a, b = run(fn_old), run(fn_new)
        if isinstance(a, str) or isinstance(b, str):
            same = a == b
            what = f"raises {a}" if same else f"old {a!r:.60} / new {b!r:.60}"
        else:
            same = a == b
            new_result = fn_new()
            fields = sum(1 for i in new_result.issues if i.field)
            what = (
                f"{len(new_result.entities)} entities ({len(a[0]):,} bytes), "
                f"{len(new_result.issues)} issues ({fields} with a field)"
            )
            if not same:
                parts = [
                    n
                    for n, x, y in zip(("entities", "files", "issues"), a, b, strict=True)
                    if x != y
                ]
                what += f"; differ: {', '.join(parts)}"
        differ += not same
        rows.append((label, "same" if same else "DIFFERENT", what))

    names = set(countries._country_table()) | set(countries.country_aliases())
    probes = sorted(names | {f"{b}, {a}" for n in names if " " in n for a, b in [n.split(" ", 1)]})
    probes += ["", "-0-", " Burma. ", "KOREA, NORTH", "Congo, Democratic Republic of the", "x"]
    bad_codes = [
        p
        for p in probes
        for fuzzy in (True, False)
        if old.country_code(p, fuzzy=fuzzy) != countries.country_code(p, fuzzy=fuzzy)
    ]
    differ += bool(bad_codes)
    rows.append(
        (
            f"country_code over {len(probes):,} names, fuzzy and not",
            "same" if not bad_codes else "DIFFERENT",
            f"{len(bad_codes)} differ {bad_codes[:5]}" if bad_codes else "every code the same",
        )
    )

    width = max(len(r[0]) for r in rows)
    print(f"{'case':<{width}}  {'result':<9}  detail (new readers)")
    for label, result, what in rows:
        print(f"{label:<{width}}  {result:<9}  {what}")
    print(f"{len(rows)} cases, {differ} different (old: {OLD_PATH} at {args.base})")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
