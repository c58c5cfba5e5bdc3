"""The detector the gateway calls on every request (pure Python, nothing heavy imported).

Request path (bounded work): ``observe`` folds a request into the account's sketch; every
``rescore_every`` requests of an account, early in its life, and at its first request after four
hours without a rescore, the account's own score is recomputed (one sketch, constant work) and the
account is queued for linking. ``is_suspected`` is a dictionary lookup and a union-find walk.

Off the request path: ``maintain`` (the gateway calls it periodically, e.g. once a second from its
event loop) drains the queue within a time budget: it relinks queued accounts to their clusters,
rescores clusters (a cluster is scored as one virtual account, its members' sketches merged, and
cached until it has grown by half), flags the members of clusters that cross the threshold and
builds the alerts (with their evidence) for ``on_alert``.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import OrderedDict
from collections.abc import Callable

import msgspec

from exportgate.distill.cluster import ClusterMerge
from exportgate.distill.features import features
from exportgate.distill.linkage import Linker, shared_links
from exportgate.distill.scoring import DetectorConfig, Score, liftable, score_features
from exportgate.distill.served import ServedPrompts
from exportgate.distill.sketch import AccountSketch
from exportgate.records import (
    DISTILLATION_CODE,
    Account,
    ClusterEvidence,
    DetectorEvidence,
    UsageRecord,
)

ALERT_CODE = DISTILLATION_CODE
EARLY_RESCORES = frozenset({5, 10, 20})
RESCORE_AFTER_S = 4 * 3600.0  # a slow account is rescored at least every four hours it is active
CLUSTER_STALE_GROWTH = 1.5
MAX_CLUSTER_MERGE = 64
RELINK_GROWTH = 1.25  # tie weights depend on how many accounts carry a value: relink all when
RELINK_MIN_ACCOUNTS = 64  # the population has grown by a quarter since the last full relink


class _ClusterState:
    __slots__ = ("requests", "members", "score", "features", "pending", "evidence")

    def __init__(self, requests: int, members: int, score: Score, feats: dict[str, float]) -> None:
        self.requests = requests
        self.members = members
        self.score = score
        self.features = feats
        self.pending = 0
        self.evidence: ClusterEvidence | None = None


class _Relink:
    """A full relink in progress: a fresh linker indexes, then links, one account per step; the
    current linker keeps answering until the fresh one is adopted."""

    __slots__ = ("linker", "ids", "pos", "indexing")

    def __init__(self, current: Linker, ids: list[str]) -> None:
        self.linker = Linker(network_type=current.network_type)
        self.linker.burst_members = current.burst_members  # sign-up counts are shared, not redone
        self.linker.busy_bursts = current.busy_bursts
        self.linker.accounts = 0
        self.ids = ids
        self.pos = 0
        self.indexing = True


class OnlineDetector:
    """Per-account sketches, incremental clusters, alerts when an account or cluster crosses."""

    def __init__(
        self,
        config: DetectorConfig | None = None,
        on_alert: Callable[[DetectorEvidence], None] | None = None,
    ) -> None:
        self.config = config or DetectorConfig()
        self.on_alert = on_alert
        self.sketches: OrderedDict[str, AccountSketch] = OrderedDict()
        self.scores: dict[str, Score] = {}
        self.linker = Linker()
        self.clusters: dict[str, _ClusterState] = {}
        self.flagged: dict[str, float] = {}
        self._via: dict[str, str] = {}
        self._alerted: set[str] = set()
        self.flagged_clusters: set[str] = set()
        self.cleared: set[str] = set()
        self._pending: dict[str, int] = {}
        self._link_signature: dict[str, tuple[int, ...]] = {}
        self._rescored_at: dict[str, float] = {}
        self.served = ServedPrompts(self.config.served_prompt_bits)
        self._dirty: OrderedDict[str, dt.datetime | None] = OrderedDict()
        self._alerts: OrderedDict[str, tuple[str, dt.datetime | None]] = OrderedDict()
        self._jobs: OrderedDict[str, tuple[ClusterMerge, dt.datetime | None]] = OrderedDict()
        self._relinked_at = 0
        self._relink: _Relink | None = None

    # ------------------------------------------------------------------ request path
    def observe(self, usage: UsageRecord, account: Account | None = None) -> None:
        """Fold one request in; rescore the account now and then (bounded work, <= 50 µs)."""
        account_id = usage.account_id
        if account_id is None:
            return
        sketch = self.sketches.get(account_id)
        if sketch is None:
            sketch = self._new_sketch(account_id, account)
            self._dirty[account_id] = usage.ts  # linked (payment, burst) from its first request
        elif len(self.sketches) > 1024:
            self.sketches.move_to_end(account_id)
        sketch.update(usage, None, self.served)
        pending = self._pending.get(account_id, 0) + 1
        if (
            pending >= self.config.rescore_every
            or sketch.n in EARLY_RESCORES
            or sketch.last_ts - self._rescored_at.get(account_id, 0.0) >= RESCORE_AFTER_S
        ):
            self._pending[account_id] = 0
            self._rescored_at[account_id] = sketch.last_ts
            self._score_account(account_id, usage.ts)
        else:
            self._pending[account_id] = pending

    def is_suspected(self, account_id: str) -> bool:
        """True when the account, or the cluster it belongs to, has crossed the threshold (a
        cluster's flag does not reach an account compliance has cleared)."""
        if account_id in self.flagged:
            return True
        if (
            not self.flagged_clusters
            or account_id in self.cleared
            or account_id not in self.sketches
        ):
            return False
        return self.linker.cluster_of(account_id) in self.flagged_clusters and liftable(
            self.scores.get(account_id), self.config
        )

    def clear(self, account_id: str) -> bool:
        """A compliance officer cleared the account: lift its flag and forget the evidence
        gathered so far, so that only new evidence of its own flags it again; its cluster's flag
        no longer reaches it. Returns whether it was suspected."""
        was = self.is_suspected(account_id)
        self.flagged.pop(account_id, None)
        self._alerts.pop(account_id, None)
        self._alerted.discard(account_id)
        self.cleared.add(account_id)
        old = self.sketches.get(account_id)
        if old is not None:
            fresh = AccountSketch(account_id)
            fresh.created_at, fresh.signup_channel = old.created_at, old.signup_channel
            fresh.payment_fingerprint, fresh.kyc_verified = (
                old.payment_fingerprint,
                old.kyc_verified,
            )
            self.sketches[account_id] = fresh
        for table in (self.scores, self._pending, self._rescored_at):
            table.pop(account_id, None)
        return was

    def _score_account(self, account_id: str, now: dt.datetime | None) -> None:
        """Constant work: one sketch's features and score; linking is queued for ``maintain``."""
        sketch = self.sketches[account_id]
        score = score_features(features(sketch), self.config)
        self.scores[account_id] = score
        if score.score >= self.config.threshold:
            if account_id not in self.flagged:
                self._flag(account_id, score.score, "account", now)
        elif self._via.get(account_id) == "account":
            self._unflag(account_id)
        self._dirty[account_id] = now

    # ------------------------------------------------------------------ background maintenance
    def maintain(self, budget_s: float | None = 0.005) -> int:
        """Do the queued linking, cluster scoring and alert building; returns the work left.

        Call it periodically from the same thread or event loop as ``observe`` (it reads the
        sketches ``observe`` writes). ``budget_s`` bounds one call's CPU time (roughly: one item
        may overrun it); ``None`` drains the queue.
        """
        deadline = None if budget_s is None else time.perf_counter() + budget_s
        if self._relink is None and self.linker.accounts >= max(
            RELINK_MIN_ACCOUNTS, RELINK_GROWTH * self._relinked_at
        ):
            self._relinked_at = self.linker.accounts
            self._relink = _Relink(self.linker, list(self.sketches))
        dirty = self._dirty
        jobs = self._jobs
        while dirty or self._alerts or jobs or self._relink is not None:
            if deadline is not None and time.perf_counter() >= deadline:
                break
            if self._relink is not None:
                relink = self._relink
                sketch = self.sketches.get(relink.ids[relink.pos])
                if sketch is not None:
                    (relink.linker.index if relink.indexing else relink.linker.link)(sketch)
                relink.pos += 1
                if relink.pos == len(relink.ids):
                    if relink.indexing:
                        relink.indexing, relink.pos = False, 0
                    else:
                        self._relink = None
                        self._adopt(relink.linker)
            elif self._alerts:
                self._emit_alert(*self._alerts.popitem(last=False))
            elif jobs:
                root, (job, now) = next(iter(jobs.items()))
                if job.done:
                    del jobs[root]
                    self._finish_cluster(root, job, now)
                else:
                    job.step()
            else:
                account_id, now = dirty.popitem(last=False)
                if account_id in self.sketches:
                    self.rescore(account_id, now)
        return self.backlog

    def relink(self) -> None:
        """Link every account again with today's tie weights, at once (``maintain`` does the same
        step by step when the population has grown by a quarter: tie weights depend on it), and
        queue every account for rescoring; flags already raised stay until rescored."""
        self._relink = None
        self.linker.relink_all(self.sketches.values())
        self._relinked_at = self.linker.accounts
        self._adopt(self.linker)

    def _adopt(self, linker: Linker) -> None:
        self.linker = linker
        self.clusters.clear()
        self._jobs.clear()
        self.flagged_clusters.clear()
        indexed = linker.values
        for account_id, sketch in self.sketches.items():
            if account_id in indexed:
                self._link_signature[account_id] = self._signature(sketch)
            else:  # arrived while the relink ran: link it on its rescore
                self._link_signature.pop(account_id, None)
            self._dirty.setdefault(account_id, None)

    def _signature(self, sketch: AccountSketch) -> tuple[int, ...]:
        return (
            len(sketch.subnets),
            len(sketch.uas),
            len(sketch.prefixes) // 8,
            sketch.n.bit_length(),
            len(self.linker.busy_bursts),
        )

    @property
    def backlog(self) -> int:
        """Accounts waiting to be relinked, clusters being rescored and alerts waiting to be built."""
        relink = self._relink
        left = 0 if relink is None else len(relink.ids) * (1 + relink.indexing) - relink.pos
        return len(self._dirty) + len(self._alerts) + len(self._jobs) + left

    # ------------------------------------------------------------------ scoring
    def _new_sketch(self, account_id: str, account: Account | None) -> AccountSketch:
        sketch = AccountSketch(account_id)
        if account is not None:
            sketch.attach(account)
        self.sketches[account_id] = sketch
        for other in self.linker.note_signup(sketch):
            if other != account_id and other in self.sketches:
                self._link_signature.pop(other, None)
                self._dirty[other] = None
        if len(self.sketches) > self.config.max_accounts:
            evicted, _ = self.sketches.popitem(last=False)
            self.linker.forget(evicted)
            self.scores.pop(evicted, None)
            self._pending.pop(evicted, None)
            self._link_signature.pop(evicted, None)
            self._rescored_at.pop(evicted, None)
            self._dirty.pop(evicted, None)
        return sketch

    def rescore(self, account_id: str, now: dt.datetime | None = None) -> float:
        """Relink and rescore one account; a stale cluster is queued for a step-wise rescore.

        ``maintain`` calls it, never ``observe``. Returns the account's final score so far.
        """
        sketch = self.sketches[account_id]
        signature = self._signature(sketch)
        if self._link_signature.get(account_id) != signature:
            self._link_signature[account_id] = signature
            self.linker.link(sketch)
        score = score_features(features(sketch), self.config)
        self.scores[account_id] = score
        final = score.score
        threshold = self.config.threshold
        if score.score >= threshold and account_id not in self.flagged:
            self._flag(account_id, score.score, "account", now)
        cluster = self._cluster_score(account_id, now)
        if cluster is not None and liftable(score, self.config):
            final = max(final, cluster.score.score)
            if (
                cluster.score.score >= threshold
                and account_id not in self.flagged
                and account_id not in self.cleared
            ):
                self._flag(account_id, cluster.score.score, "cluster", now)
        if final < threshold and account_id in self.flagged:
            self._unflag(account_id)
        return final

    def _unflag(self, account_id: str) -> None:
        """The evidence no longer holds (the account's score, or its cluster's, fell back under
        the threshold: e.g. a burst turned out to be an evaluation run, or a tie lost its weight
        as more accounts came to share it). The alert already raised stays for the record."""
        if (
            self._via.get(account_id) == "cluster"
            and self.linker.cluster_size(account_id) >= self.config.cluster_min_members
            and liftable(self.scores.get(account_id), self.config)
        ):
            root = self.linker.cluster_of(account_id)
            if root in self.flagged_clusters or root not in self.clusters or root in self._jobs:
                return  # flagged, or its cluster's verdict is pending (e.g. after a relink)
        own = self.scores.get(account_id)
        if own is not None and own.score >= self.config.threshold:
            self._via[account_id] = "account"
            return
        self.flagged.pop(account_id, None)
        self._via.pop(account_id, None)

    def _members(self, root: str) -> list[str]:
        return [a for a in self.linker.uf.members(root) if a in self.sketches]

    def _cluster_score(self, account_id: str, now: dt.datetime | None) -> _ClusterState | None:
        """The cluster's cached state; queues a rescore when it is missing or has grown by half."""
        size = self.linker.cluster_size(account_id)
        if size < self.config.cluster_min_members:
            return None
        root = self.linker.cluster_of(account_id)
        state = self.clusters.get(root)
        if state is not None:
            # Each rescore stands for ``rescore_every`` requests; rebuild after 50% growth.
            state.pending += self.config.rescore_every
            grown = state.requests + state.pending >= state.requests * CLUSTER_STALE_GROWTH
            if size < state.members * CLUSTER_STALE_GROWTH and not grown:
                return state
        if root not in self._jobs:
            members = [self.sketches[a] for a in self._members(root)]
            self._jobs[root] = (ClusterMerge(members, f"cluster-{root}", MAX_CLUSTER_MERGE), now)
        return state

    def _finish_cluster(self, root: str, job: ClusterMerge, now: dt.datetime | None) -> None:
        score, feats = job.finish(self.config)
        state = _ClusterState(sum(m.n for m in job.members), len(job.members), score, feats)
        root = self.linker.cluster_of(root)  # the cluster may have merged into another meanwhile
        self.clusters[root] = state
        if score.score < self.config.threshold:
            if root in self.flagged_clusters:
                self.flagged_clusters.discard(root)
                for member in self._members(root):
                    if self._via.get(member) == "cluster":
                        self._unflag(member)
            return
        if root not in self.flagged_clusters:
            self.flagged_clusters.add(root)
        for member in self._members(root):
            if (
                member not in self.flagged
                and member not in self.cleared
                and liftable(self.scores.get(member), self.config)
            ):
                self._flag(member, score.score, "cluster", now)
        state.evidence = None

    def _flag(self, account_id: str, score: float, via: str, now: dt.datetime | None) -> None:
        """Mark at once (``is_suspected`` answers True now); the alert is built in ``maintain``."""
        self.flagged[account_id] = score
        self._via[account_id] = via
        self.cleared.discard(account_id)
        if self.on_alert is not None and account_id not in self._alerted:
            self._alerted.add(account_id)
            self._alerts[account_id] = (via, now)

    def _emit_alert(self, account_id: str, item: tuple[str, dt.datetime | None]) -> None:
        if self.on_alert is None:
            return
        via, now = item
        alert = msgspec.structs.replace(
            self.explain(account_id),
            code=ALERT_CODE,
            via=via,
            flagged_at=now.isoformat() if now is not None else None,
        )
        self.on_alert(alert)

    # ------------------------------------------------------------------ evidence
    def explain(self, account_id: str) -> DetectorEvidence:
        """Evidence for one account: score, signals in words, sample requests, cluster ties."""
        sketch = self.sketches.get(account_id)
        if sketch is None:
            return DetectorEvidence(
                account_id=account_id,
                score=0.0,
                flagged=False,
                reasons=["no traffic seen from this account"],
            )
        score = self.scores.get(account_id) or score_features(features(sketch), self.config)
        final = round(score.score, 4)
        cluster: ClusterEvidence | None = None
        if self.linker.cluster_size(account_id) >= 2:
            root = self.linker.cluster_of(account_id)
            state = self.clusters.get(root)
            cluster = state.evidence if state is not None else None
            if cluster is None:
                members = self._members(root)
                ties = shared_links([self.sketches[m] for m in members[:500]], self.linker)
                cluster = ClusterEvidence(
                    id=f"cluster-{root}",
                    members=len(members),
                    member_ids=sorted(members)[:50],
                    ties=ties,
                )
                if state is not None:
                    cluster.score = round(state.score.score, 4)
                    cluster.reasons = state.score.reasons()
                    state.evidence = cluster
            if state is not None and liftable(score, self.config):
                final = round(max(score.score, state.score.score), 4)
        evidence = DetectorEvidence(
            account_id=account_id,
            score=final,
            flagged=self.is_suspected(account_id),
            reasons=score.reasons(),
            features={k: round(v, 4) for k, v in features(sketch).items()},
            signals=score.signals(),
            sample_requests=sketch.sample_requests(),
            example_requests=sketch.example_requests(),
            cluster=cluster,
        )
        evidence.summary = evidence.describe()
        return evidence
