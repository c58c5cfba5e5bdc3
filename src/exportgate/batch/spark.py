"""Batch jobs on Apache Spark (PySpark): ``local[N]`` on one machine, or a cluster URL.

Records travel as msgpack-encoded typed structs inside Spark rows, and every partition runs the
same library function the in-process engine runs on the whole input
(:func:`exportgate.screening.batch.screen_queries`, :func:`exportgate.accounts.rescreen.found_matches`),
so the two engines give the same answers. Each worker builds its list screener once per partition
from the same list files (the on-disk index cache makes that a load, not a rebuild, when the
workers share a file system with the driver; on a cluster, point ``EXPORTGATE_CACHE_DIR`` at
shared storage or let each executor build it once).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from exportgate.config import environment
from exportgate.records import Account
from exportgate.screening.api import StoredMatch
from exportgate.screening.batch import BatchQuery, BatchResult, screen_queries
from exportgate.screening.entities import Entity

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

DEFAULT_MASTER = "local[2]"


class SparkUnavailable(RuntimeError):
    """PySpark (or the Java it needs) is not installed here."""


def session(master: str | None = None, app: str = "exportgate") -> SparkSession:
    """A Spark session on ``master`` (default ``local[2]``), quiet, with Arrow on."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise SparkUnavailable(
            "--engine spark needs PySpark: pip install 'exportgate[spark]' (and Java 17 or newer)"
        ) from None
    # workers run this interpreter (with exportgate and its dependencies), not whatever
    # ``python3`` is first on the PATH
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = (
        SparkSession.builder.master(master or DEFAULT_MASTER)
        .appName(app)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .config("spark.sql.shuffle.partitions", "8")
        .config("spark.driver.memory", environment().batch.spark_memory)
    )
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


# screening many names ---------------------------------------------------------------------
def _screen_partition(paths: list[str], limit: int) -> Any:
    def run(rows: Iterable[Any]) -> Iterator[tuple[int, bytes]]:
        from exportgate.screening.screener import build_screener

        screener = build_screener([Path(p) for p in paths])
        positions: list[int] = []
        queries: list[BatchQuery] = []
        for position, blob in rows:
            positions.append(position)
            queries.append(msgspec.msgpack.decode(blob, type=BatchQuery))
        for position, result in zip(
            positions, screen_queries(screener, queries, limit), strict=True
        ):
            yield position, msgspec.msgpack.encode(result)

    return run


def screen_batch(
    queries: Iterable[BatchQuery],
    list_paths: Sequence[Path],
    *,
    limit: int = 10,
    master: str | None = None,
    partitions: int | None = None,
) -> Iterator[BatchResult]:
    """Screen ``queries`` on Spark; results come back in input order."""
    spark = session(master)
    encoded = [(i, msgspec.msgpack.encode(q)) for i, q in enumerate(queries)]
    if not encoded:
        return
    slices = partitions or max(spark.sparkContext.defaultParallelism, 1)
    rdd = spark.sparkContext.parallelize(encoded, min(slices, len(encoded)))
    done = rdd.mapPartitions(_screen_partition([str(p) for p in list_paths], limit))
    for _, blob in done.sortByKey().toLocalIterator():
        yield msgspec.msgpack.decode(blob, type=BatchResult)


# re-screening stored accounts -----------------------------------------------------------------
def _rescreen_partition(changed_blob: bytes, params_blob: bytes) -> Any:
    def run(blobs: Iterable[bytes]) -> Iterator[tuple[str, bytes]]:
        from exportgate.accounts.rescreen import found_matches
        from exportgate.screening.scoring import Params

        changed = msgspec.msgpack.decode(changed_blob, type=list[Entity])
        params = msgspec.msgpack.decode(params_blob, type=Params)
        accounts = [msgspec.msgpack.decode(b, type=Account) for b in blobs]
        for account_id, found in found_matches(accounts, changed, params).items():
            yield account_id, msgspec.msgpack.encode(found)

    return run


def found_matches_on_spark(
    accounts: Iterable[Account],
    changed: Sequence[Entity],
    params: Any,
    *,
    master: str | None = None,
) -> dict[str, list[StoredMatch]]:
    """:func:`exportgate.accounts.rescreen.found_matches`, one Spark partition at a time."""
    spark = session(master)
    blobs = [msgspec.msgpack.encode(a) for a in accounts]
    if not blobs or not changed:
        return {}
    rdd = spark.sparkContext.parallelize(
        blobs, min(max(spark.sparkContext.defaultParallelism, 1), len(blobs))
    )
    job = _rescreen_partition(msgspec.msgpack.encode(list(changed)), msgspec.msgpack.encode(params))
    return {
        account_id: msgspec.msgpack.decode(blob, type=list[StoredMatch])
        for account_id, blob in rdd.mapPartitions(job).collect()
    }
