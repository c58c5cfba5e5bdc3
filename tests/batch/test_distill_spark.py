"""``exportgate distill scan --engine spark`` (PySpark ``local[2]``) gives the in-process engine's
scores (to 1e-9) and flags on the same input: JSON lines and Parquet in, JSON lines and Parquet
out, bad lines reported the same way, and the shared served-prompt filter reproduced exactly
(even a tiny one that turns over and answers falsely)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from exportgate.batch.distill_scan import scan_paths
from exportgate.distill.features import features
from exportgate.distill.scan import build_sketches
from exportgate.distill.served import ServedPrompts
from exportgate.distill.simulate import SimConfig, SimWorld, simulate
from exportgate.distill.usage_io import read_usage, usage_row, usage_schema, write_usage_parquet
from exportgate.records import UsageRecord, to_json

pytest.importorskip("pyspark", reason="PySpark is not installed (pip install -e '.[spark]')")


@pytest.fixture(scope="module")
def world() -> SimWorld:
    return simulate(SimConfig(seed=11, benign_users=120, university_students=12, scale=0.1))


@pytest.fixture(scope="module")
def files(world: SimWorld, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("usage")
    usage = folder / "usage.jsonl"
    with usage.open("wb") as fh:
        for i, record in enumerate(world.records):
            fh.write(to_json(record) + b"\n")
            if i == 10:
                fh.write(b'{"ts": "not a time", "request_id": "bad-1", "account_id": "a"}\n')
                fh.write(b"\n")
        fh.write(b"{not json\n")
    parts = folder / "usage_parts"
    parts.mkdir()
    half = len(world.records) // 2
    write_usage_parquet(world.records[:half], parts / "part-0.parquet", chunk=4000)
    write_usage_parquet(world.records[half:], parts / "part-1.parquet", chunk=4000)
    # a third part with a row that is not a record (no request id), reported with its row number
    import pyarrow as pa
    import pyarrow.parquet as pq

    bad = usage_row(world.records[0]) | {"request_id": None}
    pq.write_table(pa.Table.from_pylist([bad], schema=usage_schema()), parts / "part-2.parquet")
    accounts = folder / "accounts.jsonl"
    with accounts.open("wb") as fh:
        for account in world.accounts:
            fh.write(to_json(account) + b"\n")
    return {"usage": usage, "parts": parts, "accounts": accounts}


def test_spark_scan_equals_the_in_process_scan(files: dict[str, Path], tmp_path: Path) -> None:
    local = scan_paths(files["usage"], tmp_path / "local.jsonl", files["accounts"])
    spark = scan_paths(
        files["usage"],
        tmp_path / "spark.jsonl",
        files["accounts"],
        tmp_path / "clusters.jsonl",
        engine="spark",
        master="local[2]",
    )
    assert spark.records == local.records
    assert spark.errors == local.errors and len(local.errors) == 2
    assert list(spark.account_scores) == list(local.account_scores)
    for account_id, score in local.account_scores.items():
        assert abs(spark.account_scores[account_id].score - score.score) <= 1e-9, account_id
        assert spark.account_scores[account_id].reasons() == score.reasons()
    assert spark.flagged() == local.flagged()
    assert len(local.flagged()) >= 5  # the world's campaigns are found
    assert (tmp_path / "spark.jsonl").read_text() == (tmp_path / "local.jsonl").read_text()
    assert [c.members for c in spark.clusters] == [c.members for c in local.clusters]
    assert sum(s.unserved_history for s in local.sketches.values()) > 0


def test_spark_reproduces_a_small_shared_filter(world: SimWorld, files: dict[str, Path]) -> None:
    from exportgate.batch.distill_spark import build_sketches_on_spark

    bits = 1 << 9  # turns over every 32 adds and answers falsely now and then
    records: list[UsageRecord] = world.records
    local, count = build_sketches(records, ServedPrompts(bits))
    spark, spark_count, errors = build_sketches_on_spark(
        files["parts"], master="local[2]", bits=bits
    )
    assert spark_count == count and list(spark) == list(local)
    local_errors: list[dict[str, object]] = []
    assert len(list(read_usage(files["parts"], local_errors))) == count
    assert errors == local_errors and errors[0]["row"] == count + 1
    for account_id, sketch in local.items():
        assert features(spark[account_id]) == features(sketch), account_id


def expected_records(files: dict[str, Path]) -> list[UsageRecord]:
    errors: list[dict[str, object]] = []
    return list(read_usage(files["parts"], errors))


def test_cli_scan_on_spark_reads_and_writes_parquet(files: dict[str, Path], tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    local = scan_paths(files["usage"], tmp_path / "local.jsonl", files["accounts"])
    out = tmp_path / "scores.parquet"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "exportgate.cli",
            "distill",
            "scan",
            str(files["parts"]),
            "--accounts",
            str(files["accounts"]),
            "--out",
            str(out),
            "--engine",
            "spark",
            "--spark-master",
            "local[2]",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 1, proc.stderr  # the bad row is reported, the scan goes on
    bad = [json.loads(line) for line in proc.stderr.splitlines() if line.startswith("{")]
    assert len(bad) == 1 and bad[0]["row"] == len(expected_records(files)) + 1
    assert bad[0]["field"] == "request_id" and "request_id" in bad[0]["error"]
    rows = pq.read_table(out).to_pylist()
    expected = [json.loads(line) for line in (tmp_path / "local.jsonl").read_text().splitlines()]
    assert [(r["account_id"], r["score"], r["flagged"]) for r in rows] == [
        (r["account_id"], r["score"], r["flagged"]) for r in expected
    ]
    assert f"{len(local.flagged())} flagged" in proc.stderr
