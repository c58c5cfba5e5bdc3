"""Screening many names: the one implementation behind ``exportgate screen --batch`` on every
engine (in-process, or each Spark partition: :mod:`exportgate.batch.spark`)."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol

import msgspec

from exportgate.screening.api import ScreeningMatch


class BatchQuery(msgspec.Struct, kw_only=True, frozen=True):
    """One input row: ``id,name[,kind][,country]``; ``line`` says where it came from."""

    id: str | None
    name: str | None
    kind: str | None = None
    country: str | None = None
    line: int = 0
    problem: str | None = None
    """Why the row could not be read (it is reported, never screened)."""


class BatchMatch(msgspec.Struct, kw_only=True, frozen=True):
    list: str
    list_id: str
    name: str
    matched_name: str
    score: float
    programs: builtins.list[str]


class BatchResult(msgspec.Struct, kw_only=True, omit_defaults=True):
    """One output line: the query's id, whether any match reaches the review threshold, and the
    matches best first; or the error that kept a bad row from being screened."""

    id: str | None
    hit: bool = False
    matches: list[BatchMatch] = []
    error: str | None = None


class BatchScreener(Protocol):
    review_threshold: float

    def screen(
        self, name: str, *, kind: str | None = None, country: str | None = None, limit: int = 10
    ) -> Sequence[ScreeningMatch]: ...


def _match(m: ScreeningMatch) -> BatchMatch:
    return BatchMatch(
        list=m.list,
        list_id=m.list_id,
        name=m.name,
        matched_name=m.matched_name,
        score=m.score,
        programs=list(m.programs),
    )


def screen_queries(
    screener: BatchScreener, queries: Iterable[BatchQuery], limit: int = 10
) -> Iterator[BatchResult]:
    """Screen each query; a row without an id or a name yields its error and the batch goes on.
    ``screener`` is a :class:`~exportgate.screening.screener.ListScreener`."""
    screen = screener.screen
    review = float(screener.review_threshold)
    for query in queries:
        rid = (query.id or "").strip()
        name = (query.name or "").strip()
        if query.problem is not None:
            yield BatchResult(id=rid or None, error=f"line {query.line}: {query.problem}")
            continue
        if not rid or not name:
            missing = "id" if not rid else "name"
            yield BatchResult(
                id=rid or None, error=f"line {query.line}: missing {missing} (field '{missing}')"
            )
            continue
        found = screen(
            name,
            kind=(query.kind or "").strip() or None,
            country=(query.country or "").strip() or None,
            limit=limit,
        )
        yield BatchResult(
            id=rid, hit=any(m.score >= review for m in found), matches=[_match(m) for m in found]
        )
