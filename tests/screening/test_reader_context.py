"""The shared reader context (issues with file, line and field; the ListFile epilogue), the
country aliases file and the list-key registry."""

from __future__ import annotations

import gzip
import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from exportgate.countries import default_country_rules
from exportgate.screening.entities import Entity
from exportgate.screening.sources import LIST_KEYS, LIST_SOURCES, SDN, UN, title
from exportgate.screening.sources.context import ReaderContext, UnknownFormat
from exportgate.screening.sources.countries import (
    _country_table,
    country_aliases,
    country_code,
    parse_aliases,
)
from exportgate.screening.sources.csl import load_csl_csv
from exportgate.screening.sources.ofac_csv import load_ofac_csv
from exportgate.screening.sources.ofac_xml import load_ofac_enhanced_xml
from exportgate.screening.sources.sniff import READERS, load_file, load_path

from .conftest import DATA, LISTS

CSL_HEADER = "_id,source,entity_number,type,programs,name,title,addresses,alt_names\n"


def test_issue_names_file_line_and_field(tmp_path: Path) -> None:
    ctx = ReaderContext(tmp_path / "list.csv", b"", list_key=UN, format="test")
    ctx.issue("missing _id or name", line=7, field="_id")
    ctx.issue("alias of unknown ent_num '9'", line=2, file=tmp_path / "alt.csv")
    ctx.issue("entity '3': no primary name")
    first, second, third = ctx.issues
    assert (first.file, first.line, first.field) == (str(tmp_path / "list.csv"), 7, "_id")
    assert str(first) == f"{tmp_path / 'list.csv'}:7, field _id: missing _id or name"
    assert second.file == str(tmp_path / "alt.csv") and second.field is None
    assert str(second) == f"{tmp_path / 'alt.csv'}:2: alias of unknown ent_num '9'"
    assert str(third) == f"{tmp_path / 'list.csv'}: entity '3': no primary name"


def test_bad_csl_row_is_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "csl.csv"
    path.write_text(
        CSL_HEADER
        + "a1,Entity List (EL),,,,Good One Ltd,,,\n"
        + ",Entity List (EL),,,,No Id Ltd,,,\n"
        + "a3,Entity List (EL),,,,,,,\n"
        + "a4,Entity List (EL),,,,Good Two Ltd,,,,extra\n"
        + "a5,Entity List (EL),,,,Good Three Ltd,,,\n"
    )
    res = load_csl_csv(path)
    assert [e.list_id for e in res.entities] == ["a1", "a5"]
    found = [(i.file, i.line, i.field, i.message) for i in res.issues]
    assert found == [
        (str(path), 3, "_id", "missing _id or name"),
        (str(path), 4, "name", "missing _id or name"),
        (str(path), 5, None, "more cells than header columns"),
    ]
    assert res.files[0].entities == 2


def test_bad_ofac_rows_name_their_own_file(tmp_path: Path) -> None:
    fields = ",-0- " * 10
    (tmp_path / "sdn.csv").write_bytes(
        f'1,"GOOD TRADING"{fields}\r\n2,"ODD","submarine"{",-0- " * 9}\r\n'.encode()
    )
    (tmp_path / "alt.csv").write_bytes(b'9,1,"aka","X",-0- \r\n1,2,"aka","GOOD CO",-0- \r\n')
    res = load_file(tmp_path / "sdn.csv")
    assert [(e.list_id, e.kind) for e in res.entities] == [
        ("1", "organization"),
        ("2", "organization"),
    ]
    assert [a.name for a in res.entities[0].aliases] == ["GOOD CO"]
    assert [(Path(i.file).name, i.line, i.field) for i in res.issues] == [
        ("sdn.csv", 2, "SDN_Type"),
        ("alt.csv", 1, "ent_num"),
    ]
    assert res.files[0].path == str(tmp_path / "sdn.csv") and res.files[0].list == SDN


def test_a_file_of_another_format_is_one_issue_and_the_folder_loads(tmp_path: Path) -> None:
    (tmp_path / "a_csl.csv").write_text(CSL_HEADER + "a1,Entity List (EL),,,,Good One Ltd,,,\n")
    bad = tmp_path / "b_csl.csv"
    bad.write_text("_id,name\nx,y\n")  # sniffed as CSL, header lacks `source`
    with pytest.raises(UnknownFormat, match="not a CSL CSV"):
        load_csl_csv(bad)
    res = load_path(tmp_path)
    assert [e.name for e in res.entities] == ["Good One Ltd"]
    assert len(res.issues) == 1 and res.issues[0].file == str(bad)
    assert res.issues[0].line is None and "not a CSL CSV" in res.issues[0].message


def test_finish_writes_the_list_file(tmp_path: Path) -> None:
    def finish(name: str, **kw: str | None) -> str | None:
        ctx = ReaderContext((tmp_path / name), b"data", list_key=UN, format="un_xml")
        ctx.note_date("2020-01-02")
        ctx.note_date("2021-03-04")
        ctx.note_date("2019-01-01")
        ctx.note_date(None)
        entity = Entity(list=UN, list_id="1", kind="person", name="A")
        listed = ctx.finish([entity], **kw).files[0]
        assert listed.entities == 1 and listed.list == UN and listed.format == "un_xml"
        assert listed.sha256 == hashlib.sha256(b"data").hexdigest()
        return listed.date

    assert finish("un_2022-05.xml", date="2023-01-01", fallback="x") == "2023-01-01"
    assert finish("un_2022-05.xml", fallback="x") == "2022-05"
    assert finish("un.xml") is None
    ctx = ReaderContext(tmp_path / "un.xml", b"", list_key=UN, format="un_xml")
    for day in ("2020-01-02", "2021-03-04", "2019-01-01"):
        ctx.note_date(day)
    assert ctx.finish([], fallback=ctx.latest).files[0].date == "2021-03-04"


def test_gzipped_enhanced_xml_loads_like_the_plain_file(tmp_path: Path) -> None:
    with zipfile.ZipFile(DATA / "CONS_ENHANCED_2025-01-14.ZIP") as zf:
        xml = zf.read(next(n for n in zf.namelist() if n.lower().endswith(".xml")))
    plain, packed = tmp_path / "CONS_ENHANCED.XML", tmp_path / "CONS_ENHANCED.XML.gz"
    plain.write_bytes(xml)
    packed.write_bytes(gzip.compress(xml))
    a, b = load_file(plain), load_file(packed)
    assert len(a.entities) == 443 and a.entities == b.entities
    assert a.files[0].sha256 == b.files[0].sha256 and not b.issues
    assert load_ofac_enhanced_xml(plain).files[0].date == "2025-01-10"


def test_country_aliases_file_names_a_source_for_every_group() -> None:
    aliases = country_aliases()
    table = _country_table()
    assert len(aliases) >= 80
    assert all(code in table for code in aliases.values())  # every code is a known country
    assert country_code("Burma") == "MM" and country_code("Korea, North") == "KP"
    assert country_code("Iran (Islamic Republic of)") == "IR"
    assert country_code("Region: Crimea") == "UA" and country_code("-0-") is None
    with pytest.raises(ValueError, match="names no known source"):
        parse_aliases("sources: {iso: x}\ngroups:\n  - source: web\n    aliases: {a: AB}\n")
    with pytest.raises(ValueError, match="in two groups"):
        parse_aliases(
            "sources: {iso: x, un: y}\ngroups:\n  - {source: iso, aliases: {a: AB}}\n"
            "  - {source: un, aliases: {a: AC}}\n"
        )
    with pytest.raises(ValueError, match="bad entry"):
        parse_aliases("sources: {iso: x}\ngroups:\n  - {source: iso, aliases: {no: NO}}\n")


def test_list_keys_are_defined_once_and_readers_use_them(tmp_path: Path) -> None:
    assert len(set(LIST_KEYS)) == len(LIST_KEYS) == 6
    assert all(LIST_SOURCES[k].key == k for k in LIST_KEYS)
    assert title(SDN) == "OFAC SDN List" and title("other") == "other"
    sdn = tmp_path / "sdn.csv"
    sdn.write_bytes(f'1,"GOOD TRADING"{",-0- " * 10}\r\n'.encode())
    entity = load_ofac_csv(sdn).entities[0]
    assert entity.list == SDN and entity.source == title(SDN)


def test_shipped_data_names_only_registered_keys_and_formats() -> None:
    manifest = json.loads((LISTS / "manifest.json").read_text())
    assert {item["list"] for item in manifest["lists"]} <= set(LIST_KEYS)
    assert {item["format"] for item in manifest["lists"]} <= set(READERS)
    for item in manifest["lists"]:
        assert load_file(LISTS / item["path"]).files[0].list == item["list"]
    markers = {
        m for rule in default_country_rules().ownership_rules.values() for m in rule.list_markers
    }
    keyed = {m for m in markers if "_" in m}  # the markers spelled as list keys
    assert keyed and keyed <= set(LIST_KEYS)
