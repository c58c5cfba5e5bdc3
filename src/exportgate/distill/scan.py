"""Batch scan: usage records (and account metadata) in, account scores and clusters out.

Pure over in-memory records (``scan``); ``exportgate.batch.distill_scan.scan_paths`` adds the file edges of
``exportgate distill scan``: JSON lines parsed one by one, bad lines reported with their line
number and field, and the scan goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import msgspec

from exportgate.distill.cluster import score_cluster
from exportgate.distill.features import features
from exportgate.distill.linkage import Linker, NetworkType, link_all, shared_links
from exportgate.distill.scoring import DetectorConfig, Score, liftable, score_features
from exportgate.distill.served import ServedPrompts
from exportgate.distill.sketch import AccountSketch
from exportgate.records import (
    Account,
    ClusterGraph,
    ClusterTie,
    DetectorEvidence,
    RecordError,
    UsageRecord,
    parse_lines,
)


@dataclass(slots=True)
class ClusterResult:
    id: str
    members: list[str]
    score: Score
    features: dict[str, float]
    ties: list[ClusterTie]
    graph: ClusterGraph
    flagged: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "cluster": self.id,
            "size": len(self.members),
            "score": round(self.score.score, 4),
            "flagged": self.flagged,
            "reasons": self.score.reasons(),
            "ties": [msgspec.to_builtins(t) for t in self.ties],
            "members": sorted(self.members),
            "features": {k: round(v, 4) for k, v in self.features.items()},
            "graph": msgspec.to_builtins(self.graph),
        }


@dataclass(slots=True)
class ScanResult:
    rows: list[DetectorEvidence]
    clusters: list[ClusterResult]
    sketches: dict[str, AccountSketch]
    account_scores: dict[str, Score]
    linker: Linker
    records: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def scores(self) -> dict[str, float]:
        return {row.account_id: row.score for row in self.rows}

    def flagged(self) -> set[str]:
        return {row.account_id for row in self.rows if row.flagged}


def build_sketches(
    records: Iterable[UsageRecord], served: ServedPrompts | None = None
) -> tuple[dict[str, AccountSketch], int]:
    """One sketch per account (records without an account id are skipped)."""
    sketches: dict[str, AccountSketch] = {}
    served = ServedPrompts() if served is None else served
    count = 0
    for record in records:
        count += 1
        account_id = record.account_id
        if account_id is None:
            continue
        sketch = sketches.get(account_id)
        if sketch is None:
            sketch = sketches[account_id] = AccountSketch(account_id)
        sketch.update(record, None, served)
    return sketches, count


def _graph(members: list[AccountSketch], linker: Linker, ties: list[ClusterTie]) -> ClusterGraph:
    """Bipartite account–attribute graph over the cluster's shared attributes (capped)."""
    shared = {f"{t.kind}:{value}" for t in ties for value in t.values}
    edges: list[list[str]] = []
    for sketch in members[:200]:
        keys = {v for values in linker.values.get(sketch.account_id, {}).values() for v in values}
        edges.extend([sketch.account_id, key] for key in sorted(keys & shared))
    return ClusterGraph(attributes=sorted(shared), edges=edges[:2000])


def scan(
    records: Iterable[UsageRecord],
    accounts: Iterable[Account] = (),
    config: DetectorConfig | None = None,
    network_type: NetworkType | None = None,
) -> ScanResult:
    sketches, count = build_sketches(records)
    return score_sketches(sketches, count, accounts, config, network_type)


def score_sketches(
    sketches: dict[str, AccountSketch],
    count: int,
    accounts: Iterable[Account] = (),
    config: DetectorConfig | None = None,
    network_type: NetworkType | None = None,
) -> ScanResult:
    """Everything after the per-account sketches: links, clusters, scores and rows. Every batch
    engine (this process, Spark: :mod:`exportgate.batch.distill_spark`) ends here, with the
    sketches in the order of each account's first record."""
    config = config or DetectorConfig()
    for account in accounts:
        sketch = sketches.get(account.id)
        if sketch is not None:
            sketch.attach(account)
    linker = link_all(sketches.values(), network_type)
    account_scores = {a: score_features(features(s), config) for a, s in sketches.items()}
    clusters: list[ClusterResult] = []
    cluster_of: dict[str, ClusterResult] = {}
    seen: set[str] = set()
    for account_id in sketches:
        root = linker.cluster_of(account_id)
        if root in seen:
            continue
        seen.add(root)
        member_ids = linker.uf.members(root)
        if len(member_ids) < 2:
            continue
        members = [sketches[m] for m in member_ids]
        cluster_id = f"cluster-{root}"
        ties = shared_links(members, linker)
        if len(member_ids) >= config.cluster_min_members:
            score, feats = score_cluster(members, cluster_id, config)
        else:
            score, feats = Score(0.0, 0.0, 0.0, ()), {}
        result = ClusterResult(
            cluster_id,
            member_ids,
            score,
            feats,
            ties,
            _graph(members, linker, ties),
            flagged=score.score >= config.threshold,
        )
        clusters.append(result)
        for member in member_ids:
            cluster_of[member] = result
    rows = [_row(a, account_scores[a], cluster_of.get(a), sketches[a], config) for a in sketches]
    rows.sort(key=lambda row: row.score, reverse=True)
    clusters.sort(key=lambda c: c.score.score, reverse=True)
    return ScanResult(rows, clusters, sketches, account_scores, linker, count)


def _row(
    account_id: str,
    score: Score,
    cluster: ClusterResult | None,
    sketch: AccountSketch,
    config: DetectorConfig,
) -> DetectorEvidence:
    final = score.score
    reasons = score.reasons()
    if cluster is not None and cluster.score.score > final and liftable(score, config):
        final = cluster.score.score
        ties = "; ".join(t.text for t in cluster.ties[:2]) or "linked accounts"
        reasons = [
            f"member of {cluster.id} ({len(cluster.members)} accounts; {ties}) scoring "
            f"{cluster.score.score:.2f} as one operation",
            *(f"cluster: {r}" for r in cluster.score.reasons(4)),
            *reasons[:2],
        ]
    elif cluster is not None and cluster.score.score >= config.threshold:
        reasons = [
            *reasons,
            f"member of {cluster.id}, which scores {cluster.score.score:.2f} as one operation, "
            f"but not flagged for it: its own answers are not worth harvesting (value "
            f"{score.value:.2f} < {config.member_min_value}; e.g. evaluation runs, short verdicts)",
        ]
    return DetectorEvidence(
        account_id=account_id,
        score=round(final, 4),
        flagged=final >= config.threshold,
        cluster=cluster.id if cluster is not None else None,
        reasons=reasons if reasons else ["no harvesting signal"],
        account_score=round(score.score, 4),
        requests=sketch.n,
    )


def read_records(
    stream: IO[bytes], errors: list[dict[str, Any]], source: str
) -> Iterator[UsageRecord]:
    """Typed msgspec decoding line by line; a line that fails is re-parsed by
    :func:`exportgate.records.parse` only to name its record and field, and the scan goes on."""
    decode = msgspec.json.Decoder(UsageRecord).decode
    for line_number, line in enumerate(stream, start=1):
        try:
            yield decode(line)
        except msgspec.MsgspecError:
            yield from decode_failed_line(line, line_number, errors, source)


def decode_failed_line(
    line: bytes, line_number: int, errors: list[dict[str, Any]], source: str
) -> Iterator[UsageRecord]:
    """A line the fast decoder refused: blank (skipped), a record after all, or an error naming
    the line and field (appended to ``errors``)."""
    if not line.strip():
        return
    for _, item in parse_lines(UsageRecord, [line]):
        if isinstance(item, RecordError):
            fields = item.to_dict()
            if fields.get("field") == "(json)":
                fields["error"] = str(fields["error"]).replace("line 1:", f"line {line_number}:")
            errors.append({"file": source, "line": line_number, **fields})
        else:
            yield item


def read_accounts(path: Path, errors: list[dict[str, Any]]) -> list[Account]:
    accounts = []
    with path.open("rb") as fh:
        for line_number, item in parse_lines(Account, fh):
            if isinstance(item, RecordError):
                errors.append({"file": str(path), "line": line_number, **item.to_dict()})
            else:
                accounts.append(item)
    return accounts
