"""``exportgate distill scan --engine spark``: the account sketches built on Spark.

The two passes of :mod:`exportgate.distill.partitioned` as Spark jobs; what comes back is the
same ``(sketches, records)`` as :func:`exportgate.distill.scan.build_sketches`, and the driver
scores it with :func:`exportgate.distill.scan.score_sketches` (links, clusters, features, scores
and flags: one implementation for both engines).

* **Read.** JSON lines (``textFile`` as bytes, numbered with ``zipWithIndex``) or Parquet (rows
  ordered by file and row index, as the in-process reader reads them). Each partition decodes its
  records with the in-process decoder (a bad line is reported with its line or row number and
  field), keeps each as msgpack, and records the shared-filter operations it makes.
* **Pass 1 (cross-account).** One small job counts records and filter adds per partition (the
  prefix sums number every add in input order, and give the first served request's time); the
  earliest add of each (generation, bit) is a ``reduceByKey``; every look-up is answered by a
  join against it.
* **Pass 2 (per account).** Records and their look-up answers are shuffled by account and
  sorted by position within each partition (``repartitionAndSortWithinPartitions``); each
  partition folds its accounts in one streaming pass. Sketches (bounded: a few kB to a few
  hundred kB each) come back to the driver ordered by each account's first record.
"""

from __future__ import annotations

import datetime as dt
import operator
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import msgspec

from exportgate.batch.spark import session
from exportgate.distill.partitioned import Geometry, Op, fold_accounts, record_ops
from exportgate.distill.served import DEFAULT_BITS
from exportgate.distill.sketch import AccountSketch
from exportgate.distill.usage_io import is_parquet, record_from_row
from exportgate.records import UsageRecord

# one parsed input row: position, account id, msgpack record (None without an account), the
# served time if the record touches the shared filter, its filter operations, or its error
Parsed = tuple[int, str | None, bytes | None, float | None, tuple[Op, ...], dict[str, Any] | None]

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def _parsed(position: int, record: UsageRecord) -> Parsed:
    account = record.account_id
    if account is None:
        return position, None, None, None, (), None
    ops = record_ops(record)
    served_ts = record.ts.timestamp() if record.messages else None
    return position, account, msgspec.msgpack.encode(record), served_ts, ops, None


def _parse_lines(source: str) -> Any:
    def run(rows: Iterable[tuple[bytes, int]]) -> Iterator[Parsed]:
        from exportgate.distill.scan import decode_failed_line

        decode = msgspec.json.Decoder(UsageRecord).decode
        for line, index in rows:
            try:
                yield _parsed(index, decode(line))
            except msgspec.MsgspecError:
                errors: list[dict[str, Any]] = []
                for record in decode_failed_line(line, index + 1, errors, source):
                    yield _parsed(index, record)
                for error in errors:
                    yield index, None, None, None, (), error

    return run


def _parse_rows(source: str) -> Any:
    def run(rows: Iterable[tuple[Any, int]]) -> Iterator[Parsed]:
        for row, index in rows:
            fields = row.asDict(recursive=True)
            micros = fields.pop("_ts_us")
            fields.pop("_file", None)
            fields.pop("_row", None)
            fields["ts"] = None if micros is None else _EPOCH + dt.timedelta(microseconds=micros)
            errors: list[dict[str, Any]] = []
            record = record_from_row(fields, index + 1, errors, source)
            if record is not None:
                yield _parsed(index, record)
            for error in errors:
                yield index, None, None, None, (), error

    return run


def _stats(partition: int, rows: Iterable[Parsed]) -> Iterator[tuple[int, int, int, float | None]]:
    records = adds = 0
    started: float | None = None
    for _, _, _, served_ts, ops, error in rows:
        if error is not None:
            continue
        records += 1
        if started is None and served_ts is not None:
            started = served_ts
        adds += sum(1 for is_add, _ in ops if is_add)
    yield partition, records, adds, started


def _numbered_ops(offsets: list[int], geometry: Geometry, want_adds: bool) -> Any:
    """Each partition's filter operations with the number of adds before each (input order)."""

    def run(partition: int, rows: Iterable[Parsed]) -> Iterator[tuple[Any, Any]]:
        adds = offsets[partition]
        for position, account, _, _, ops, _ in rows:
            for index, (is_add, key) in enumerate(ops):
                if is_add:
                    if want_adds:
                        generation = geometry.generation(adds)
                        for bit in geometry.positions(key):
                            yield (generation, bit), adds
                    adds += 1
                elif not want_adds:
                    bits = geometry.positions(key)
                    # no live generation yet: a key no add has, so the look-up misses
                    for generation in geometry.lookup_generations(adds) or (-1,):
                        for bit in bits:
                            yield (generation, bit), (account, position, index, generation, adds)

    return run


def _account_partition(partitions: int) -> Any:
    def run(key: tuple[str, int]) -> int:
        return zlib.crc32(key[0].encode("utf-8", "surrogatepass")) % partitions

    return run


def _fold(started: float | None) -> Any:
    def run(rows: Iterable[tuple[tuple[str, int], tuple[bytes | None, list[bool] | None]]]) -> Any:
        def merged() -> Iterator[tuple[str, int, UsageRecord, list[bool]]]:
            # a record and its look-up answers arrive side by side (same key, either order)
            pending: tuple[tuple[str, int], bytes | None, list[bool]] | None = None
            for key, (blob, answers) in rows:
                if pending is not None and pending[0] == key:
                    blob = blob if blob is not None else pending[1]
                    answers = answers if answers is not None else pending[2]
                    pending = None
                elif pending is not None:
                    yield _ready(pending)
                pending = (key, blob, answers or [])
            if pending is not None:
                yield _ready(pending)

        yield from fold_accounts(merged(), started)

    return run


def _ready(
    item: tuple[tuple[str, int], bytes | None, list[bool]],
) -> tuple[str, int, UsageRecord, list[bool]]:
    (account, position), blob, answers = item
    assert blob is not None, f"look-up answers without their record at position {position}"
    return account, position, msgspec.msgpack.decode(blob, type=UsageRecord), answers


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
    from pyspark.sql import functions as F

    spark = session(master, app="exportgate-distill-scan")
    context = spark.sparkContext
    parallelism = max(context.defaultParallelism, 1)
    source = str(usage)
    if is_parquet(usage):
        frame = spark.read.parquet(source)
        columns = [c for c in frame.columns if c != "ts"]
        ordered = frame.select(
            *columns,
            F.unix_micros(F.col("ts")).alias("_ts_us"),
            F.col("_metadata.file_path").alias("_file"),
            F.col("_metadata.row_index").alias("_row"),
        ).orderBy("_file", "_row")
        parsed = ordered.rdd.zipWithIndex().mapPartitions(_parse_rows(source))
    else:
        lines = context.textFile(source, minPartitions=parallelism, use_unicode=False)
        parsed = lines.zipWithIndex().mapPartitions(_parse_lines(source))
    parsed = parsed.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        stats = sorted(parsed.mapPartitionsWithIndex(_stats).collect())
        errors = [
            error
            for _, error in sorted(
                parsed.filter(lambda row: row[5] is not None)
                .map(lambda row: (row[0], row[5]))
                .collect(),
                key=operator.itemgetter(0),
            )
        ]
        count = sum(records for _, records, _, _ in stats)
        started = next((ts for _, _, _, ts in stats if ts is not None), None)
        offsets: list[int] = []
        total = 0
        for _, _, adds, _ in stats:
            offsets.append(total)
            total += adds
        geometry = Geometry(bits)
        shuffle = partitions or 4 * parallelism
        first_add = parsed.mapPartitionsWithIndex(
            _numbered_ops(offsets, geometry, want_adds=True)
        ).reduceByKey(min, shuffle)
        lookups = parsed.mapPartitionsWithIndex(_numbered_ops(offsets, geometry, want_adds=False))
        answers = (
            lookups.leftOuterJoin(first_add, shuffle)
            .map(
                lambda item: (
                    item[1][0][:4],
                    1 if item[1][1] is not None and item[1][1] < item[1][0][4] else 0,
                )
            )
            .reduceByKey(operator.add)
            .map(lambda item: (item[0][:3], item[1] == 2))
            .reduceByKey(operator.or_)
            .map(lambda item: ((item[0][0], item[0][1]), (item[0][2], item[1])))
            .groupByKey()
            .map(lambda item: (item[0], (None, [ok for _, ok in sorted(item[1])])))
        )
        records = parsed.filter(lambda row: row[2] is not None).map(
            lambda row: ((row[1], row[0]), (row[2], None))
        )
        folded = (
            records.union(answers)
            .repartitionAndSortWithinPartitions(shuffle, _account_partition(shuffle))
            .mapPartitions(_fold(started))
            .collect()
        )
    finally:
        parsed.unpersist()
    folded.sort(key=operator.itemgetter(0))
    return {sketch.account_id: sketch for _, sketch in folded}, count, errors
