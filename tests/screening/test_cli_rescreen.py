from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from exportgate.cli import app

from .conftest import LISTS

runner = CliRunner()


def test_compare_json() -> None:
    r = runner.invoke(
        app, ["compare", "Vladimir Putin", "PUTIN, Vladimir", "--kind", "person", "--json"]
    )
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    assert out["match"] is True and out["score"] >= out["review_threshold"]
    assert out["explanation"] and out["aligned"]


def test_screen_single_and_batch(tmp_path: Path) -> None:
    r = runner.invoke(app, ["screen", "Mahan Air", "--kind", "organization", "--json"])
    assert r.exit_code == 1  # a hit
    out = json.loads(r.output)
    assert out["hit"] and any(m["list_id"] == "12927" for m in out["matches"])
    src = tmp_path / "in.csv"
    src.write_text(
        "id,name,kind,country\na,Mahan Air,organization,\nb,Acme Analytics Inc.,organization,US\n"
    )
    dest = tmp_path / "out.jsonl"
    r = runner.invoke(app, ["screen", "--batch", str(src), "--out", str(dest)])
    assert r.exit_code == 0, r.output
    lines = [json.loads(x) for x in dest.read_text().splitlines()]
    assert [x["id"] for x in lines] == ["a", "b"]
    assert lines[0]["hit"] and not lines[1]["hit"]
    assert set(lines[0]["matches"][0]) == {
        "list",
        "list_id",
        "name",
        "matched_name",
        "score",
        "programs",
    }


def test_screen_with_lists_option() -> None:
    un = LISTS / "un_sc"
    r = runner.invoke(app, ["screen", "Saddam Hussein Al-Tikriti", "--lists", str(un), "--json"])
    out = json.loads(r.output)
    assert out["matches"] and {m["list"] for m in out["matches"]} == {"un_sc"}


def test_lists_status_json() -> None:
    r = runner.invoke(
        app, ["lists", "status", "--json", "--today", "2024-05-10", "--max-age-days", "30"]
    )
    out = json.loads(r.output)
    assert set(out["entities"]) == {"us_ofac_sdn", "us_ofac_cons", "us_csl", "us_bis_dpl", "un_sc"}
    sdn = next(f for f in out["files"] if f["list"] == "us_ofac_sdn")
    assert sdn["date"] == "2024-05-03" and sdn["age_days"] == 7 and not sdn["stale"]
    assert any(f["stale"] for f in out["files"]) and r.exit_code == 1


def test_lists_load_replaces_list_and_rescreens(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    src = LISTS / "bis_dpl" / "dpl_2023-11-30.txt.gz"
    monkeypatch.setenv("EXPORTGATE_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("EXPORTGATE_STORE", f"sqlite:///{tmp_path / 'eg.db'}")
    from exportgate.screening.screener import reset_default_screener

    small = tmp_path / "dpl.txt"
    lines = gzip.decompress(src.read_bytes()).decode("utf-8").splitlines()
    small.write_text("\n".join(lines[:11]) + "\n")
    reset_default_screener()
    try:
        r = runner.invoke(app, ["lists", "load", str(small), "--json"])
        assert r.exit_code == 0, r.output
        out = json.loads(r.output)
        assert out["loaded"] == {"us_bis_dpl": 10}
        assert out["rescreen"]["removed_entities"] >= 600
        r = runner.invoke(app, ["lists", "status", "--json"])
        status = json.loads(r.output)
        assert status["entities"]["us_bis_dpl"] == 10
        assert (tmp_path / "home" / "lists" / "us_bis_dpl" / "dpl.txt").exists()
    finally:
        shutil.rmtree(tmp_path / "home", ignore_errors=True)
        reset_default_screener()
