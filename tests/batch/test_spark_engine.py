"""The Spark engine (PySpark, ``local[2]``) gives the same answers as the in-process engine: the
same ``screen --batch`` output byte for byte, Parquet in and out, and the same re-screening
matches, on names taken from the shipped lists."""

from __future__ import annotations

import csv as pycsv
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from exportgate.accounts.rescreen import found_matches
from exportgate.records import Account, Owner

pytest.importorskip("pyspark", reason="PySpark is not installed (pip install -e '.[spark]')")


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    cache = tmp_path_factory.mktemp("cache")
    yield {
        **os.environ,
        "EXPORTGATE_CACHE_DIR": str(cache),
        "EXPORTGATE_HOME": str(tmp_path_factory.mktemp("home")),
    }


def screen(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "exportgate.cli", "screen", *args],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )


NAMES = [
    ("1", "Mahan Air", "organization", ""),
    ("2", "MAHAN AIRLINES", "organization", ""),
    ("3", "Rosoboronexport", "organization", "RU"),
    ("4", "Acme Analytics Inc.", "organization", "US"),
    ("5", "Vladimir Putin", "person", ""),
    ("6", "PUTIN, Vladimir Vladimirovich", "person", ""),
    ("7", "Maria Gonzalez", "person", "MX"),
    ("8", "Banco Nacional de Cuba", "", ""),
    ("9", "", "organization", ""),
    ("10", "Islamic Republic of Iran Shipping Lines", "", ""),
    ("11", "Thames Analytics Ltd", "organization", "GB"),
    ("12", "Kim Jong Un", "person", ""),
]


def test_screen_batch_is_the_same_on_spark(env: dict[str, str], tmp_path: Path) -> None:
    csv = tmp_path / "in.csv"
    with csv.open("w", newline="") as handle:
        writer = pycsv.writer(handle)
        writer.writerow(["id", "name", "kind", "country"])
        writer.writerows(NAMES)
    local, spark = tmp_path / "local.jsonl", tmp_path / "spark.jsonl"
    first = screen(env, "--batch", str(csv), "--out", str(local))
    assert first.returncode == 1, first.stderr  # the row without a name is reported
    second = screen(
        env,
        "--batch",
        str(csv),
        "--out",
        str(spark),
        "--engine",
        "spark",
        "--spark-master",
        "local[2]",
    )
    assert second.returncode == 1, second.stderr
    assert spark.read_text() == local.read_text()
    lines = [json.loads(line) for line in local.read_text().splitlines()]
    assert [line["id"] for line in lines] == [i for i, *_ in NAMES]
    assert "missing name" in lines[8]["error"]
    assert lines[0]["hit"] and not lines[6]["hit"]

    # Parquet in and out
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist(
        [{"id": i, "name": n, "kind": k or None, "country": c or None} for i, n, k, c in NAMES if n]
    )
    pq.write_table(table, tmp_path / "in.parquet")
    out = tmp_path / "out.parquet"
    third = screen(
        env, "--batch", str(tmp_path / "in.parquet"), "--out", str(out), "--engine", "spark"
    )
    assert third.returncode == 0, third.stderr
    rows = pq.read_table(out).to_pylist()
    expected = {line["id"]: line for line in lines if "error" not in line}
    assert {r["id"] for r in rows} == set(expected)
    for row in rows:
        assert row["hit"] == expected[row["id"]]["hit"]
        assert [m["list_id"] for m in row["matches"]] == [
            m["list_id"] for m in expected[row["id"]]["matches"]
        ]
        assert [m["score"] for m in row["matches"]] == [
            m["score"] for m in expected[row["id"]]["matches"]
        ]


def test_rescreen_matches_are_the_same_on_spark(env: dict[str, str]) -> None:
    from exportgate.batch.spark import found_matches_on_spark
    from exportgate.screening.screener import default_screener

    entities = [e for e in default_screener().entities if e.list == "us_ofac_sdn"][:400]
    accounts = []
    for i, entity in enumerate(entities[::8]):
        accounts.append(
            Account(
                id=f"acct-{i}",
                kind="organization",
                name=entity.name.title() if i % 2 else f"{entity.name} Ltd",
                country="AE",
            )
        )
        accounts.append(
            Account(
                id=f"owned-{i}",
                kind="organization",
                name=f"Bright Co {i}",
                country="DE",
                owners=[Owner(name=entity.name, kind="organization", share=0.5)],
            )
        )
    accounts.append(Account(id="clean", kind="organization", name="Acme Widgets Inc", country="US"))
    local = found_matches(accounts, entities)
    assert len(local) >= 30  # most list names and owners are found again
    spark = found_matches_on_spark(accounts, entities, default_screener().params, master="local[2]")
    assert spark == local
