from __future__ import annotations

import gzip
from pathlib import Path

from exportgate.screening.sources.csl import load_csl_csv
from exportgate.screening.sources.dpl import load_dpl
from exportgate.screening.sources.ftm import load_ftm_jsonl
from exportgate.screening.sources.ofac_csv import load_ofac_csv
from exportgate.screening.sources.ofac_xml import load_ofac_enhanced_xml
from exportgate.screening.sources.sniff import load_file, load_path
from exportgate.screening.sources.un_xml import load_un_xml

from .conftest import DATA, LISTS


def test_ofac_sdn_csv_full_snapshot() -> None:
    res = load_file(LISTS / "ofac_sdn" / "sdn.csv.gz")
    assert len(res.entities) == 14965
    # sdn.csv is of 2024-05-03, alt/add of 2023-12-28: aliases of entries delisted in between
    # are reported, not dropped silently
    assert all("alt" in i.file or "add" in i.file for i in res.issues)
    mahan = next(e for e in res.entities if e.list_id == "12927")
    assert mahan.list == "us_ofac_sdn" and mahan.kind == "organization"
    assert mahan.programs == ["SDGT", "NPWMD", "IFSR"]
    assert any(a.name == "MAHAN AIR CO." for a in mahan.aliases)
    kinds = {e.kind for e in res.entities}
    assert kinds == {"person", "organization", "vessel", "aircraft"}
    assert sum(len(e.aliases) for e in res.entities) >= 17091


def test_ofac_csv_quirks_and_malformed_rows(tmp_path: Path) -> None:
    # Latin-1, CRLF, -0- nulls, trailing Ctrl-Z, a short row and an alias of an unknown entity
    sdn = tmp_path / "sdn.csv"
    sdn.write_bytes(
        b'1,"CAF\xc9 NOIR, S.A.",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n'
        b'2,"DOE, John","individual","SDGT] [IRAN",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,'
        b"\"DOB 01 Jan 1970; nationality Iran; a.k.a. 'JD'.\"\r\n"
        b'3,"BROKEN"\r\n\x1a'
    )
    (tmp_path / "alt.csv").write_bytes(
        b'2,10,"aka","DOE, Johnny",-0- \r\n9,11,"aka","X",-0- \r\n\x1a'
    )
    res = load_ofac_csv(sdn, tmp_path / "alt.csv", None)
    assert [e.list_id for e in res.entities] == ["1", "2"]
    assert res.entities[0].name == "CAFÉ NOIR, S.A."
    doe = res.entities[1]
    assert doe.kind == "person" and doe.programs == ["SDGT", "IRAN"]
    assert doe.dates_of_birth == ["01 Jan 1970"] and doe.countries == ["IR"]
    assert {a.name for a in doe.aliases} == {"JD", "DOE, Johnny"}
    lines = sorted((Path(i.file).name, i.line) for i in res.issues)
    assert lines == [("alt.csv", 2), ("sdn.csv", 3)]


def test_consolidated_csv_and_enhanced_xml_agree() -> None:
    csv_res = load_file(LISTS / "ofac_cons" / "cons_prim.csv.gz")
    xml_res = load_ofac_enhanced_xml(DATA / "CONS_ENHANCED_2025-01-14.ZIP")
    assert {e.list for e in csv_res.entities} == {"us_ofac_cons"}
    assert len(csv_res.entities) == 442 and len(xml_res.entities) == 443
    assert xml_res.files[0].date == "2025-01-10"
    common = {e.list_id for e in csv_res.entities} & {e.list_id for e in xml_res.entities}
    assert len(common) > 400
    haniya = next(e for e in xml_res.entities if e.list_id == "9639")
    assert haniya.kind == "person" and haniya.name == "HANIYA, Ismail Abdul Salah"
    assert haniya.programs == ["NS-PLC"] and "1962" in haniya.dates_of_birth
    assert any(a.strength == "weak" for e in xml_res.entities for a in e.aliases)


def test_csl_gz_keeps_source_list_and_merges_duplicates(tmp_path: Path) -> None:
    path = LISTS / "us_csl" / "consolidated_2022-05.csv.gz"
    res = load_csl_csv(path)
    sources = {e.source for e in res.entities}
    assert any(s and s.startswith("Entity List (EL)") for s in sources)
    assert any(s and "Military End User" in s for s in sources)
    assert len(res.entities) == 14160 - 112  # one entity per _id; rows on several lists merged
    vtb = next(e for e in res.entities if e.name == "BANCO VTB AFRICA SA")
    assert "Capta List" in (vtb.source or "") and "SDN" in (vtb.source or "")
    sample = DATA / "consolidated_sample_2025.csv"
    assert len(load_file(sample).entities) >= 12
    # a row with more cells than the header is reported with its line
    bad = tmp_path / "csl.csv"
    header = gzip.decompress(path.read_bytes()).decode().splitlines()[0]
    bad.write_text(header + "\n" + "x,Entity List (EL),,,,Foo Ltd" + ",y" * 40 + "\n")
    res = load_csl_csv(bad)
    assert not res.entities and res.issues and res.issues[0].line == 2


def test_dpl_tsv() -> None:
    res = load_dpl(LISTS / "bis_dpl" / "dpl_2023-11-30.txt.gz")
    assert len(res.entities) == 665
    assert len({e.list_id for e in res.entities}) == 665
    assert all(e.list == "us_bis_dpl" for e in res.entities)
    assert res.files[0].date == "2023-11-30"


def test_un_xml_with_original_script_and_weak_aliases() -> None:
    res = load_un_xml(LISTS / "un_sc" / "UN_consolidated_2026-02-27.xml.gz")
    assert len(res.entities) == 1003
    assert sum(e.kind == "person" for e in res.entities) == 730
    originals = [a for e in res.entities for a in e.aliases if a.script == "original"]
    assert len(originals) >= 370
    assert any("صدام" in a.name for a in originals)
    assert any(a.strength == "weak" for e in res.entities for a in e.aliases)
    assert all("." in e.list_id for e in res.entities)  # REFERENCE_NUMBER, e.g. CDi.001


def test_ftm_jsonl_targets_only() -> None:
    res = load_ftm_jsonl(DATA / "yente_fixture_zala.entities.ftm.json.gz")
    assert res.entities and all(e.list == "opensanctions" for e in res.entities)
    assert all(e.list_id for e in res.entities)
    assert not any(e.kind is None for e in res.entities)


def test_load_path_reports_unknown_files(tmp_path: Path) -> None:
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01garbage")
    res = load_path(tmp_path)
    assert not res.entities and len(res.issues) == 1
