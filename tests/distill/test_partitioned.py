"""The batch scan built in partitions (cross-account pass, then per-account pass) gives the very
sketches of the in-process fold, including the shared served-prompt filter's false positives and
generation turnover; Parquet usage scans as JSON lines does."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from exportgate.batch.distill_scan import scan_paths
from exportgate.distill.features import features
from exportgate.distill.partitioned import Geometry, build_sketches_partitioned
from exportgate.distill.scan import build_sketches
from exportgate.distill.served import ServedPrompts
from exportgate.distill.simulate import SimWorld
from exportgate.distill.usage_io import read_usage, write_usage_parquet
from exportgate.records import to_json


def test_geometry_sets_the_bits_the_filter_sets() -> None:
    rng = random.Random(5)
    for bits in (64, 1 << 12, 1 << 26):
        geometry = Geometry(bits)
        for _ in range(20):
            key = rng.getrandbits(64)
            served = ServedPrompts(bits)
            served.add(key)
            table = int.from_bytes(served.current, "little")
            positions = geometry.positions(key)
            assert all(table >> bit & 1 for bit in positions)
            assert table.bit_count() == len(set(positions))
            assert key in served


@pytest.mark.parametrize("bits", [1 << 26, 1 << 12, 1 << 9])
def test_partitioned_sketches_equal_the_in_process_fold(small_world: SimWorld, bits: int) -> None:
    records = small_world.records
    local, count = build_sketches(records, ServedPrompts(bits))
    parted, parted_count = build_sketches_partitioned(records, bits)
    assert parted_count == count
    assert list(parted) == list(local)  # same accounts, same first-seen order
    for account_id, sketch in local.items():
        assert features(parted[account_id]) == features(sketch), account_id
    claims = sum(s.unserved_history for s in local.values())
    assert claims > 0  # the world fabricates history: the look-ups matter
    if bits == 1 << 9:
        # a tiny filter turns over and answers falsely: still the same answers
        assert claims != sum(s.unserved_history for s in build_sketches(records)[0].values())


def test_parquet_usage_scans_as_json_lines(small_world: SimWorld, tmp_path: Path) -> None:
    jsonl, parquet = tmp_path / "usage.jsonl", tmp_path / "usage.parquet"
    with jsonl.open("wb") as fh:
        for record in small_world.records:
            fh.write(to_json(record) + b"\n")
    assert write_usage_parquet(small_world.records, parquet, chunk=5000) == len(small_world.records)
    errors: list[dict[str, object]] = []
    assert list(read_usage(parquet, errors))[:50] == small_world.records[:50]
    assert errors == []
    a = scan_paths(jsonl, tmp_path / "a.jsonl")
    b = scan_paths(parquet, tmp_path / "b.parquet")
    assert a.account_scores.keys() == b.account_scores.keys()
    assert all(a.account_scores[k].score == b.account_scores[k].score for k in a.account_scores)
    assert a.flagged() == b.flagged() and a.flagged()
    import pyarrow.parquet as pq

    rows = pq.read_table(tmp_path / "b.parquet").to_pylist()
    assert {r["account_id"] for r in rows if r["flagged"]} == a.flagged()


def test_language_tags_do_not_depend_on_the_hash_seed() -> None:
    """A prompt with two French and two German stopwords is tagged alike in every process (a Spark
    worker runs with another hash seed than the driver)."""
    import os
    import subprocess
    import sys

    code = (
        "from exportgate.distill.text import detect_language\n"
        "text = 'le les der die'\n"
        "print(detect_language(text, text.split()))\n"
    )
    tags = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
        ).stdout.strip()
        for seed in range(6)
    }
    assert len(tags) == 1
