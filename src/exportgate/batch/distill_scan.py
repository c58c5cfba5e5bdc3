"""``exportgate distill scan`` on either engine: JSON lines or Parquet in, JSON lines or Parquet
out; ``engine="local"`` folds the records in this process, ``engine="spark"`` builds the same
sketches on Spark (:mod:`exportgate.batch.distill_spark`); both end in
:func:`~exportgate.distill.scan.score_sketches`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import msgspec

from exportgate.distill.evidence import write_evidence
from exportgate.distill.linkage import NetworkType
from exportgate.distill.scan import ScanResult, read_accounts, scan, score_sketches
from exportgate.distill.scoring import DetectorConfig
from exportgate.distill.usage_io import is_parquet, parquet_files, read_usage, write_rows
from exportgate.records import Account, RecordError, parse

ENGINES = ("local", "spark")


def load_accounts(path: Path, errors: list[dict[str, Any]]) -> list[Account]:
    """Accounts from JSON lines or Parquet (a bad one is reported and skipped)."""
    if not is_parquet(path):
        return read_accounts(path, errors)
    import pyarrow.parquet as pq

    accounts: list[Account] = []
    number = 0
    for part in parquet_files(path):
        for row in pq.read_table(part).to_pylist():
            number += 1
            try:
                accounts.append(parse(Account, {k: v for k, v in row.items() if v is not None}))
            except RecordError as exc:
                errors.append({"file": str(path), "row": number, **exc.to_dict()})
    return accounts


def scan_paths(
    usage: Path,
    out: Path,
    accounts: Path | None = None,
    clusters_out: Path | None = None,
    evidence_dir: Path | None = None,
    config: DetectorConfig | None = None,
    network_type: NetworkType | None = None,
    *,
    engine: str = "local",
    master: str | None = None,
) -> ScanResult:
    """Read, scan on ``engine``, write scores (and clusters and evidence)."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}: expected local or spark")
    errors: list[dict[str, Any]] = []
    account_list = load_accounts(accounts, errors) if accounts is not None else []
    if engine == "spark":
        from exportgate.batch.distill_spark import build_sketches_on_spark

        sketches, count, record_errors = build_sketches_on_spark(usage, master=master)
        result = score_sketches(sketches, count, account_list, config, network_type)
        errors.extend(record_errors)
    else:
        result = scan(read_usage(usage, errors), account_list, config, network_type)
    result.errors = errors
    write_rows([msgspec.to_builtins(row) for row in result.rows], out)
    if clusters_out is not None:
        write_rows([cluster.to_dict() for cluster in result.clusters], clusters_out)
    if evidence_dir is not None:
        write_evidence(result, evidence_dir)
    return result
