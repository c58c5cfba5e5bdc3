"""Building the batch scan's account sketches in partitions, with the in-process answer.

:func:`exportgate.distill.scan.build_sketches` folds every record into its account's sketch in
input order, with one :class:`~exportgate.distill.served.ServedPrompts` shared by all accounts.
Each sketch depends only on its own account's records in order, except through that shared
filter: whether a claimed conversation history was served is a look-up in a Bloom filter that
every account's requests fill (its false positives and its generation turnover depend on the
global order), and the grace period runs from the first request of all. A distributed engine
reproduces it exactly in two passes:

1. **Cross-account pass.** Each record is turned into the filter operations it makes
   (:func:`record_ops`: the keys it adds and the keys it looks up, recorded by running the very
   :func:`~exportgate.distill.served.served_check` the sketch runs). Numbering the adds in input
   order (a prefix count per partition) gives each add its generation and bit positions; the
   earliest add setting each (generation, bit) is one aggregate, and a look-up made after ``a``
   adds finds its key exactly when both of its bits were set, in the live generation or the one
   before, by an add numbered below ``a`` (:func:`lookup_generations`, :func:`found`).
2. **Per-account pass.** Records grouped by account and ordered by position are folded into
   sketches with the same :meth:`~exportgate.distill.sketch.AccountSketch.update`, given a
   :class:`ReplayServed` that answers each look-up from pass 1 (:func:`fold_accounts`).

The sketches then go, ordered by each account's first record, to
:func:`~exportgate.distill.scan.score_sketches`, so every feature, score, link and flag comes from
the one implementation. :func:`build_sketches_partitioned` runs both passes in this process (the
reference the Spark job, :mod:`exportgate.batch.distill_spark`, is checked against).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from exportgate.distill.served import (
    _MASK64,
    _MIX_A,
    _MIX_B,
    DEFAULT_BITS,
    ServedPrompts,
    account_key,
    served_check,
)
from exportgate.distill.sketch import AccountSketch
from exportgate.records import UsageRecord

Op = tuple[bool, int]
"""One filter operation: (True, key) adds ``key``; (False, key) looks it up."""


class _Recorder(ServedPrompts):
    """Records the operations :func:`served_check` makes; every look-up misses."""

    __slots__ = ("ops",)

    def __init__(self) -> None:
        super().__init__(64)
        self.ops: list[Op] = []

    def add(self, key: int) -> None:
        self.ops.append((True, key))

    def __contains__(self, key: object) -> bool:
        assert isinstance(key, int)
        self.ops.append((False, key))
        return False


def serves(record: UsageRecord) -> bool:
    """Whether folding ``record`` touches the shared filter (as AccountSketch.update decides)."""
    return record.account_id is not None and bool(record.messages)


def record_ops(record: UsageRecord) -> tuple[Op, ...]:
    """The shared-filter operations folding ``record`` makes, in order."""
    if record.account_id is None or not record.messages:
        return ()
    recorder = _Recorder()
    served_check(record.messages, account_key(record.account_id), recorder)
    return tuple(recorder.ops)


class Geometry:
    """The shared filter's size: bit positions and generation capacity (as ServedPrompts)."""

    __slots__ = ("bits", "shift", "capacity")

    def __init__(self, bits: int = DEFAULT_BITS) -> None:
        if bits & (bits - 1) or bits < 64:
            raise ValueError("bits must be a power of two >= 64")
        self.bits = bits
        self.shift = 64 - (bits.bit_length() - 1)
        self.capacity = bits // 16

    def positions(self, key: int) -> tuple[int, int]:
        h = (key * _MIX_A) & _MASK64
        return h >> self.shift, ((h * _MIX_B) & _MASK64) >> self.shift

    def generation(self, ordinal: int) -> int:
        """The generation the add numbered ``ordinal`` (from 0) lands in."""
        return ordinal // self.capacity

    def lookup_generations(self, adds_before: int) -> tuple[int, ...]:
        """The generations live for a look-up made after ``adds_before`` adds."""
        if adds_before == 0:
            return ()
        current = (adds_before - 1) // self.capacity
        return (current, current - 1) if current else (current,)


def found(
    adds_before: int,
    positions: tuple[int, int],
    generations: Iterable[int],
    first_add: dict[tuple[int, int], int],
) -> bool:
    """A look-up's answer from the earliest add setting each (generation, bit)."""
    for generation in generations:
        if all(first_add.get((generation, bit), adds_before) < adds_before for bit in positions):
            return True
    return False


class ReplayServed(ServedPrompts):
    """Answers each look-up of one record from pass 1 (``answers``); adds nothing."""

    __slots__ = ("answers",)

    def __init__(self, started: float | None) -> None:
        super().__init__(64)
        self.started = started
        self.answers: Iterator[bool] = iter(())

    def add(self, key: int) -> None:
        return None

    def __contains__(self, key: object) -> bool:
        return next(self.answers)


def fold_accounts(
    rows: Iterable[tuple[str, int, UsageRecord, list[bool]]], started: float | None
) -> Iterator[tuple[int, AccountSketch]]:
    """Pass 2: rows grouped by account (each account's rows together, in position order) folded
    into sketches; yields (position of the account's first record, sketch)."""
    replay = ReplayServed(started)
    sketch: AccountSketch | None = None
    first = 0
    for account_id, position, record, answers in rows:
        if sketch is None or account_id != sketch.account_id:
            if sketch is not None:
                yield first, sketch
            sketch, first = AccountSketch(account_id), position
        replay.answers = iter(answers)
        sketch.update(record, None, replay)
    if sketch is not None:
        yield first, sketch


def build_sketches_partitioned(
    records: Iterable[UsageRecord], bits: int = DEFAULT_BITS
) -> tuple[dict[str, AccountSketch], int]:
    """Both passes in this process: the same sketches as ``build_sketches`` with a shared
    ``ServedPrompts(bits)``."""
    geometry = Geometry(bits)
    listed = list(records)
    started: float | None = None
    first_add: dict[tuple[int, int], int] = {}
    lookups: list[tuple[int, int, tuple[int, int]]] = []
    adds = 0
    for position, record in enumerate(listed):
        if started is None and serves(record):
            started = record.ts.timestamp()
        for is_add, key in record_ops(record):
            if is_add:
                generation = geometry.generation(adds)
                for bit in geometry.positions(key):
                    first_add.setdefault((generation, bit), adds)
                adds += 1
            else:
                lookups.append((position, adds, geometry.positions(key)))
    answers: dict[int, list[bool]] = {}
    for position, before, positions in lookups:
        answers.setdefault(position, []).append(
            found(before, positions, geometry.lookup_generations(before), first_add)
        )
    rows = sorted(
        (
            (record.account_id, position, record, answers.get(position, []))
            for position, record in enumerate(listed)
            if record.account_id is not None
        ),
        key=lambda row: (row[0], row[1]),
    )
    folded = sorted(fold_accounts(rows, started), key=lambda item: item[0])
    return {sketch.account_id: sketch for _, sketch in folded}, len(listed)
