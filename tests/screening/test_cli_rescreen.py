from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from exportgate.cli import app
from exportgate.records import Account, Owner
from exportgate.screening.entities import Entity
from exportgate.screening.rescreen import diff_entities, rescreen

from .conftest import LISTS

runner = CliRunner()


def test_compare_json() -> None:
    r = runner.invoke(app, ["compare", "Vladimir Putin", "PUTIN, Vladimir", "--kind", "person", "--json"])
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
    src.write_text("id,name,kind,country\na,Mahan Air,organization,\nb,Acme Analytics Inc.,organization,US\n")
    dest = tmp_path / "out.jsonl"
    r = runner.invoke(app, ["screen", "--batch", str(src), "--out", str(dest)])
    assert r.exit_code == 0, r.output
    lines = [json.loads(x) for x in dest.read_text().splitlines()]
    assert [x["id"] for x in lines] == ["a", "b"]
    assert lines[0]["hit"] and not lines[1]["hit"]
    assert set(lines[0]["matches"][0]) == {"list", "list_id", "name", "matched_name", "score", "programs"}


def test_screen_with_lists_option() -> None:
    un = LISTS / "un_sc"
    r = runner.invoke(app, ["screen", "Saddam Hussein Al-Tikriti", "--lists", str(un), "--json"])
    out = json.loads(r.output)
    assert out["matches"] and {m["list"] for m in out["matches"]} == {"un_sc"}


def test_lists_status_json() -> None:
    r = runner.invoke(app, ["lists", "status", "--json", "--today", "2024-05-10", "--max-age-days", "30"])
    out = json.loads(r.output)
    assert set(out["entities"]) == {"us_ofac_sdn", "us_ofac_cons", "us_csl", "us_bis_dpl", "un_sc"}
    sdn = next(f for f in out["files"] if f["list"] == "us_ofac_sdn")
    assert sdn["date"] == "2024-05-03" and sdn["age_days"] == 7 and not sdn["stale"]
    assert any(f["stale"] for f in out["files"]) and r.exit_code == 1


class FakeStore:
    def __init__(self, accounts: list[Account]) -> None:
        self.accounts = accounts
        self.status: dict[str, dict[str, Any]] = {}
        self.queue: list[tuple[str, str, str]] = []

    def iter_accounts(self):  # type: ignore[no-untyped-def]
        return iter(self.accounts)

    def get_screening_status(self, account_id: str) -> dict[str, Any] | None:
        return self.status.get(account_id)

    def set_screening_status(self, account_id: str, status: str, matches: list[dict[str, Any]], lists_version: str) -> None:
        self.status[account_id] = {"status": status, "matches": matches, "lists_version": lists_version}

    def enqueue_review(self, account_id: str, code: str, summary: str, detail: dict[str, Any]) -> int:
        self.queue.append((account_id, code, summary))
        return len(self.queue)


def test_rescreen_only_changed_entities_and_queues_new_hits() -> None:
    old = [Entity(list="us_ofac_sdn", list_id="1", kind="organization", name="Old Listed Trading LLC")]
    new = [*old, Entity(list="us_ofac_sdn", list_id="2", kind="organization", name="Helios Robotics Pte. Ltd.", programs=["X"])]
    changed, removed = diff_entities(old, new)
    assert [e.list_id for e in changed] == ["2"] and not removed
    accounts = [
        Account(id="a1", kind="organization", name="Helios Robotics Pte. Ltd.", country="SG"),
        Account(id="a2", kind="organization", name="Old Listed Trading LLC", country="SG"),
        Account(id="a3", kind="organization", name="Blue Owl Software GmbH", country="DE",
                owners=[Owner(name="Helios Robotics Pte Ltd", kind="organization", share=0.6)]),
    ]
    store = FakeStore(accounts)
    rep = rescreen(store, old, new, lists_version="v2")
    assert rep.changed_entities == 1 and rep.accounts == 3
    assert {a for a, _, _ in store.queue} == {"a1", "a3"}  # a2's entity did not change
    assert store.status["a1"]["status"] == "hit"
    # running again with no change queues nothing new
    again = rescreen(store, new, new, lists_version="v2")
    assert again.new_hits == 0 and len(store.queue) == 2


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
