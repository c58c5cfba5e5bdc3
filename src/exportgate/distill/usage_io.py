"""Usage records and scan output as JSON lines or Parquet (chosen by the path: ``.parquet`` or a
folder of ``*.parquet`` parts), for ``exportgate distill scan`` on every engine.

The Parquet layout of usage records: one column per :class:`~exportgate.records.UsageRecord`
field (``ts`` a UTC timestamp, ``reasons`` a list of strings), except ``messages``, which is the
list of messages as JSON text so that every content shape (a string, a list of parts) round-trips.
A ``messages`` column of ``list<struct<role, content>>`` is read too. Rows are read in file-name
order and, within a file, in row order; a bad row is reported with its row number (from 1,
counted over all files) and field, and the scan goes on.
"""

from __future__ import annotations

import json
import typing
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from exportgate.distill.scan import read_records
from exportgate.records import RecordError, UsageRecord, parse

if TYPE_CHECKING:
    import pyarrow as pa

# required fields that may be null: a null there is kept (the others fall back to their default)
_NULLABLE_REQUIRED = frozenset(
    f.name
    for f in msgspec.structs.fields(UsageRecord)
    if f.required and type(None) in typing.get_args(f.type)
)


def is_parquet(path: Path) -> bool:
    return path.suffix == ".parquet" or (path.is_dir() and any(path.glob("*.parquet")))


def parquet_files(path: Path) -> list[Path]:
    """The Parquet files of ``path`` in reading order (one file, or a folder's parts by name)."""
    return sorted(path.glob("*.parquet")) if path.is_dir() else [path]


def usage_schema() -> pa.Schema:
    import pyarrow as pa

    text = pa.string()
    return pa.schema(
        [
            ("ts", pa.timestamp("us", tz="UTC")),
            ("request_id", text),
            ("account_id", text),
            ("model", text),
            ("endpoint", text),
            ("status", pa.int32()),
            ("decision", text),
            ("key_id", text),
            ("ip", text),
            ("user_agent", text),
            ("messages", text),
            ("prompt_tokens", pa.int64()),
            ("completion_tokens", pa.int64()),
            ("latency_ms", pa.float64()),
            ("reasons", pa.list_(text)),
            ("client_request_id", text),
            ("end_user", text),
            ("rerouted_from", text),
            ("refused", pa.bool_()),
        ]
    )


def usage_row(record: UsageRecord) -> dict[str, Any]:
    """One record as a row of :func:`usage_schema`."""
    row: dict[str, Any] = msgspec.to_builtins(record)
    row["ts"] = record.ts
    row["messages"] = msgspec.json.encode(record.messages).decode() if record.messages else None
    return row


def write_usage_parquet(records: Iterable[UsageRecord], path: Path, chunk: int = 65536) -> int:
    """Write records to one Parquet file (row groups of ``chunk``); returns the count."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = usage_schema()
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        rows: list[dict[str, Any]] = []
        for record in records:
            rows.append(usage_row(record))
            if len(rows) >= chunk:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                count += len(rows)
                rows = []
        if rows:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            count += len(rows)
    return count


def record_from_row(
    row: dict[str, Any], number: int, errors: list[dict[str, Any]], source: str
) -> UsageRecord | None:
    """A Parquet row as a typed record, or None with its error (row number and field) noted."""
    messages = row.get("messages")
    try:
        if isinstance(messages, (str, bytes)):
            row = {**row, "messages": json.loads(messages)}
    except ValueError as exc:
        errors.append(
            {
                "file": source,
                "row": number,
                "id": row.get("request_id"),
                "field": "messages",
                "error": f"not valid JSON: {exc}",
            }
        )
        return None
    clean = {k: v for k, v in row.items() if v is not None or k in _NULLABLE_REQUIRED}
    try:
        return parse(UsageRecord, clean)
    except RecordError as exc:
        errors.append({"file": source, "row": number, **exc.to_dict()})
        return None


def read_parquet_usage(path: Path, errors: list[dict[str, Any]]) -> Iterator[UsageRecord]:
    import pyarrow.parquet as pq

    number = 0
    for part in parquet_files(path):
        for batch in pq.ParquetFile(part).iter_batches(batch_size=8192):
            for row in batch.to_pylist():
                number += 1
                record = record_from_row(row, number, errors, str(path))
                if record is not None:
                    yield record


def read_usage(path: Path, errors: list[dict[str, Any]]) -> Iterator[UsageRecord]:
    """Usage records from JSON lines or Parquet, in file order; bad ones go to ``errors``."""
    if is_parquet(path):
        yield from read_parquet_usage(path, errors)
        return
    with path.open("rb") as fh:
        yield from read_records(fh, errors, str(path))


def write_rows(rows: list[dict[str, Any]], path: Path) -> None:
    """Scan output (account rows or clusters): JSON lines, or Parquet for a ``.parquet`` path
    (nested values such as a cluster's ties and graph as JSON text)."""
    if path.suffix == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        flat = [
            {k: json.dumps(v) if isinstance(v, dict) or k == "ties" else v for k, v in row.items()}
            for row in rows
        ]
        pq.write_table(pa.Table.from_pylist(flat), path)
        return
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
