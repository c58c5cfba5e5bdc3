"""Batch inputs and outputs: CSV, JSON lines or Parquet, chosen by the file's suffix (Parquet:
``.parquet`` or a folder of Parquet parts)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import msgspec

from exportgate.screening.batch import BatchQuery, BatchResult


class BatchInputError(ValueError):
    """An input that cannot be read as a batch at all (a bad row is a row error instead)."""


def is_parquet(path: Path) -> bool:
    return path.suffix == ".parquet" or (path.is_dir() and any(path.glob("*.parquet")))


def read_queries(path: Path) -> Iterator[BatchQuery]:
    """Queries from CSV (``id,name[,kind][,country]`` header), JSON lines or Parquet."""
    if is_parquet(path):
        import pyarrow.parquet as pq

        table = pq.read_table(path)
        missing = {"id", "name"} - set(table.column_names)
        if missing:
            raise BatchInputError(
                f"{path}: Parquet input needs columns id and name (missing {sorted(missing)})"
            )
        for number, row in enumerate(table.to_pylist(), start=1):
            yield _query(row, number)
        return
    if path.suffix in (".jsonl", ".json", ".ndjson"):
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except ValueError as exc:
                    yield BatchQuery(
                        id=None, name=None, line=number, problem=f"not valid JSON ({exc})"
                    )
                    continue
                if not isinstance(row, dict):
                    yield BatchQuery(id=None, name=None, line=number, problem="not a JSON object")
                    continue
                yield _query(row, number)
        return
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        if (
            not reader.fieldnames
            or "name" not in reader.fieldnames
            or "id" not in reader.fieldnames
        ):
            raise BatchInputError("batch CSV needs a header with id,name[,kind][,country]")
        for row in reader:
            yield _query(row, reader.line_num)


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _query(row: dict[str, Any], line: int) -> BatchQuery:
    return BatchQuery(
        id=_text(row.get("id")),
        name=_text(row.get("name")),
        kind=_text(row.get("kind")),
        country=_text(row.get("country")),
        line=line,
    )


def result_line(result: BatchResult) -> str:
    """One JSON line, as ``screen --batch`` has always written it."""
    if result.error is not None:
        return json.dumps({"id": result.id, "error": result.error}) + "\n"
    return (
        json.dumps(
            {
                "id": result.id,
                "hit": result.hit,
                "matches": [msgspec.to_builtins(m) for m in result.matches],
            },
            ensure_ascii=False,
        )
        + "\n"
    )


def write_results(results: Iterable[BatchResult], out: Path | IO[str]) -> tuple[int, int]:
    """Write JSON lines (a path or an open text stream) or Parquet (a ``.parquet`` path);
    returns (rows, rows in error)."""
    if isinstance(out, Path) and out.suffix == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [msgspec.to_builtins(r) for r in results]
        for row in rows:
            row.setdefault("hit", False)
            row.setdefault("matches", [])
            row.setdefault("error", None)
        pq.write_table(pa.Table.from_pylist(rows), out)
        return len(rows), sum(1 for r in rows if r["error"] is not None)
    sink = out.open("w", encoding="utf-8") if isinstance(out, Path) else out
    count = errors = 0
    try:
        for result in results:
            sink.write(result_line(result))
            count += 1
            errors += result.error is not None
    finally:
        if isinstance(out, Path):
            sink.close()
    return count, errors
