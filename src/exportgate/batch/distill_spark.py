"""``exportgate distill scan --engine spark``: the account sketches built on Spark.

The two passes of :mod:`exportgate.distill.partitioned` as Spark jobs; what comes back is the
same ``(sketches, records)`` as :func:`exportgate.distill.scan.build_sketches`, and the driver
scores it with :func:`exportgate.distill.scan.score_sketches` (links, clusters, features, scores
and flags: one implementation for both engines).

* **Read** (Python, once per record). JSON lines (``textFile`` as bytes) or Parquet (Arrow
  batches, ``mapInArrow``). Each record gets a position that sorts as the in-process reader
  reads (text partition or file index, then line or row within it), is decoded with the
  in-process decoder (a bad one is reported with its line or row number, counted from the start
  of the input, and field), kept as msgpack, and its shared-filter operations recorded (the two
  bit positions of each key).
* **Pass 1** (Spark SQL, no Python). A running count over all operations in position order
  numbers every add (its generation follows); the earliest add of each (generation, bit) is a
  group-by; each look-up is answered by a join against it; the first served record's time is
  one aggregate.
* **Pass 2** (Python, once per record). Records and their look-up answers are shuffled by
  account and sorted by position within each partition; each partition folds its accounts in
  one streaming pass (``mapInArrow``). Sketches (bounded: a few kB to a few hundred kB each)
  come back to the driver, pickled, one partition at a time, ordered by each account's first
  record.
"""

from __future__ import annotations

import datetime as dt
import json
import pickle
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import msgspec

from exportgate.batch.spark import session
from exportgate.distill.partitioned import Geometry, fold_accounts, record_ops
from exportgate.distill.served import DEFAULT_BITS
from exportgate.distill.sketch import AccountSketch
from exportgate.distill.usage_io import is_parquet, record_from_row
from exportgate.records import UsageRecord

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_ROW_BITS = 40  # position = (file or text partition) << 40 | row within it
PARSED_SCHEMA = (
    "pos long, account string, blob binary, served_ts double, "
    "ops array<struct<add: boolean, a: long, b: long>>, error string"
)


def _parsed(position: int, record: UsageRecord, geometry: Geometry) -> dict[str, Any]:
    account = record.account_id
    if account is None:
        return {"pos": position, "account": None, "blob": None, "served_ts": None, "ops": []}
    ops = []
    for is_add, key in record_ops(record):
        a, b = geometry.positions(key)
        ops.append({"add": is_add, "a": a, "b": b})
    return {
        "pos": position,
        "account": account,
        "blob": msgspec.msgpack.encode(record),
        "served_ts": record.ts.timestamp() if record.messages else None,
        "ops": ops,
    }


def _error_row(position: int, error: dict[str, Any]) -> dict[str, Any]:
    return {"pos": position, "ops": [], "error": json.dumps(error, ensure_ascii=False)}


def _parse_lines(source: str, geometry: Geometry) -> Any:
    def run(partition: int, lines: Iterable[bytes]) -> Iterator[tuple[Any, ...]]:
        from exportgate.distill.scan import decode_failed_line

        decode = msgspec.json.Decoder(UsageRecord).decode
        base = partition << _ROW_BITS
        for index, line in enumerate(lines):
            try:
                rows = [_parsed(base | index, decode(line), geometry)]
            except msgspec.MsgspecError:
                errors: list[dict[str, Any]] = []
                rows = [
                    _parsed(base | index, record, geometry)
                    for record in decode_failed_line(line, index + 1, errors, source)
                ]
                rows += [_error_row(base | index, error) for error in errors]
            for row in rows:
                yield (
                    row["pos"],
                    row.get("account"),
                    row.get("blob"),
                    row.get("served_ts"),
                    [(op["add"], op["a"], op["b"]) for op in row["ops"]],
                    row.get("error"),
                )

    return run


def _parse_batches(source: str, geometry: Geometry) -> Any:
    def run(batches: Iterable[Any]) -> Iterator[Any]:
        import pyarrow as pa

        from exportgate.batch.distill_spark import arrow_parsed_schema

        schema = arrow_parsed_schema()
        for batch in batches:
            out: list[dict[str, Any]] = []
            for fields in batch.to_pylist():
                position = fields.pop("_pos")
                micros = fields.pop("_ts_us")
                fields["ts"] = (
                    None if micros is None else _EPOCH + dt.timedelta(microseconds=micros)
                )
                errors: list[dict[str, Any]] = []
                local_row = fields.pop("_row") + 1  # from 1 in its file; see _errors
                record = record_from_row(fields, local_row, errors, source)
                if record is not None:
                    out.append({**_parsed(position, record, geometry), "error": None})
                out += [_error_row(position, error) for error in errors]
            yield pa.RecordBatch.from_pylist(out, schema=schema)

    return run


def arrow_parsed_schema() -> Any:
    import pyarrow as pa

    op = pa.struct([("add", pa.bool_()), ("a", pa.int64()), ("b", pa.int64())])
    return pa.schema(
        [
            ("pos", pa.int64()),
            ("account", pa.string()),
            ("blob", pa.binary()),
            ("served_ts", pa.float64()),
            ("ops", pa.list_(op)),
            ("error", pa.string()),
        ]
    )


def _fold(started: float | None) -> Any:
    def run(batches: Iterable[Any]) -> Iterator[Any]:
        import pyarrow as pa

        def rows() -> Iterator[tuple[str, int, UsageRecord, list[bool]]]:
            decode = msgspec.msgpack.Decoder(UsageRecord).decode
            for batch in batches:
                for row in batch.to_pylist():
                    answers = row["answers"] or []
                    yield (
                        row["account"],
                        row["pos"],
                        decode(row["blob"]),
                        [ok for _, ok in sorted((a["idx"], a["ok"]) for a in answers)],
                    )

        out: list[dict[str, Any]] = []
        for first, sketch in fold_accounts(rows(), started):
            out.append({"first": first, "sketch": pickle.dumps(sketch, protocol=5)})
            if len(out) >= 256:
                yield pa.RecordBatch.from_pylist(out)
                out = []
        if out:
            yield pa.RecordBatch.from_pylist(out)

    return run


def build_sketches_on_spark(
    usage: Path,
    *,
    master: str | None = None,
    bits: int = DEFAULT_BITS,
    partitions: int | None = None,
) -> tuple[dict[str, AccountSketch], int, list[dict[str, Any]]]:
    """Sketches (ordered by each account's first record), record count and bad-record errors:
    what ``build_sketches`` and the in-process reader give for the same file."""
    from pyspark import StorageLevel
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    spark = session(master, app="exportgate-distill-scan")
    context = spark.sparkContext
    parallelism = max(context.defaultParallelism, 1)
    shuffle = partitions or 4 * parallelism
    source = str(usage)
    geometry = Geometry(bits)
    lines = None
    if is_parquet(usage):
        frame = spark.read.parquet(source)
        files = sorted(
            r[0] for r in frame.select(F.col("_metadata.file_path")).distinct().collect()
        )
        index = F.create_map(*[F.lit(x) for i, f in enumerate(files) for x in (f, i)])
        columns = [c for c in frame.columns if c != "ts"]
        numbered = frame.select(
            *columns,
            F.unix_micros(F.col("ts")).alias("_ts_us"),
            (
                F.shiftleft(index[F.col("_metadata.file_path")].cast("long"), _ROW_BITS)
                + F.col("_metadata.row_index")
            ).alias("_pos"),
            F.col("_metadata.row_index").alias("_row"),
        )
        parsed = numbered.mapInArrow(_parse_batches(source, geometry), PARSED_SCHEMA)

        def sizes() -> dict[int, int]:
            counted = numbered.groupBy(F.shiftright("_pos", _ROW_BITS).alias("part")).count()
            return {int(r["part"]): int(r["count"]) for r in counted.collect()}
    else:
        lines = context.textFile(source, minPartitions=parallelism, use_unicode=False)
        parsed = spark.createDataFrame(
            lines.mapPartitionsWithIndex(_parse_lines(source, geometry)),
            PARSED_SCHEMA,
            verifySchema=False,
        )
        text = lines

        def sizes() -> dict[int, int]:
            return dict(
                text.mapPartitionsWithIndex(lambda i, it: [(i, sum(1 for _ in it))]).collect()
            )

    parsed = parsed.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        summary = parsed.agg(
            F.count(F.when(F.col("error").isNull(), 1)).alias("records"),
            F.min(F.when(F.col("served_ts").isNotNull(), F.struct("pos", "served_ts"))).alias(
                "first_served"
            ),
            F.count("error").alias("errors"),
        ).collect()[0]
        started = summary["first_served"]["served_ts"] if summary["first_served"] else None
        errors: list[dict[str, Any]] = []
        if summary["errors"]:
            errors = _errors(parsed, sizes(), "row" if lines is None else "line")
        ops = parsed.select("pos", F.posexplode("ops").alias("idx", "op")).select(
            "pos", "idx", "op.add", "op.a", "op.b"
        )
        everything = Window.orderBy("pos", "idx").rowsBetween(Window.unboundedPreceding, -1)
        ops = ops.withColumn(
            "before", F.coalesce(F.sum(F.col("add").cast("long")).over(everything), F.lit(0))
        )
        capacity = F.lit(geometry.capacity)
        first_add = (
            ops.filter("add")
            .select(
                F.floor(F.col("before") / capacity).alias("gen"),
                F.explode(F.array("a", "b")).alias("bit"),
                F.col("before").alias("ordinal"),
            )
            .groupBy("gen", "bit")
            .agg(F.min("ordinal").alias("first"))
        )
        current = F.floor((F.col("before") - 1) / capacity)
        generations = F.when(F.col("before") == 0, F.array().cast("array<long>")).otherwise(
            F.filter(F.array(current, current - 1), lambda g: g >= 0)
        )
        lookups = ops.filter(~F.col("add")).select(
            "pos",
            "idx",
            "before",
            F.explode_outer(generations).alias("gen"),
            F.array("a", "b").alias("bits"),
        )
        lookups = lookups.select("pos", "idx", "before", "gen", F.explode("bits").alias("bit"))
        answers = (
            lookups.join(first_add, ["gen", "bit"], "left")
            .groupBy("pos", "idx", "gen")
            .agg(F.sum(F.when(F.col("first") < F.col("before"), 1).otherwise(0)).alias("set"))
            .groupBy("pos", "idx")
            .agg(F.max(F.col("set") == 2).alias("ok"))
            .groupBy("pos")
            .agg(F.collect_list(F.struct("idx", "ok")).alias("answers"))
        )
        records = parsed.filter(F.col("blob").isNotNull()).select("pos", "account", "blob")
        folded = (
            records.join(answers, "pos", "left")
            .repartition(shuffle, "account")
            .sortWithinPartitions("account", "pos")
            .mapInArrow(_fold(started), "first long, sketch binary")
        )
        # one partition at a time (``collect`` would hold every pickled sketch in the JVM and
        # Python at once, and fail past spark.driver.maxResultSize: 20,000 accounts at 10M
        # records); each is unpickled as it arrives
        ordered = sorted(
            ((row["first"], pickle.loads(row["sketch"])) for row in folded.toLocalIterator()),
            key=lambda item: item[0],
        )
    finally:
        parsed.unpersist()
    return {sketch.account_id: sketch for _, sketch in ordered}, summary["records"], errors


def _errors(parsed: Any, sizes: dict[int, int], key: str) -> list[dict[str, Any]]:
    """Bad records in input order, numbered (``key``: line or row) from the input's start, as
    the in-process reader numbers them; ``sizes`` are the rows of each file or text partition."""
    from pyspark.sql import functions as F

    found = sorted(
        (row["pos"], json.loads(row["error"]))
        for row in parsed.filter(F.col("error").isNotNull()).select("pos", "error").collect()
    )
    before: dict[int, int] = {}
    total = 0
    for part in sorted(sizes):
        before[part] = total
        total += sizes[part]
    mask = (1 << _ROW_BITS) - 1
    errors = []
    for position, error in found:
        local = error.get(key)
        number = before.get(position >> _ROW_BITS, 0) + (position & mask) + 1
        error = {**error, key: number}
        if local is not None and isinstance(error.get("error"), str):
            error["error"] = error["error"].replace(f"line {local}:", f"line {number}:")
        errors.append(error)
    return errors
