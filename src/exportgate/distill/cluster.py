"""Score a cluster of accounts as one operation: their sketches merged into a virtual account."""

from __future__ import annotations

from exportgate.distill.features import features
from exportgate.distill.scoring import DetectorConfig, Score, score_features
from exportgate.distill.sketch import AccountSketch


class ClusterMerge:
    """A cluster score computed one member at a time, so the online detector can spread the work
    over several ``maintain`` calls (``step`` merges one member; ``finish`` scores the result).

    With ``max_members`` (the online detector's bound on work per rescore) an evenly spaced subset
    is merged and the volume figures are scaled up to the whole cluster; shares, rhythm and
    content measures are read from the subset.
    """

    __slots__ = ("members", "subset", "total", "next")

    def __init__(
        self,
        members: list[AccountSketch],
        cluster_id: str,
        max_members: int | None = None,
    ) -> None:
        subset = members
        if max_members is not None and len(members) > max_members:
            step = len(members) / max_members
            subset = [members[int(i * step)] for i in range(max_members)]
        self.members = members
        self.subset = subset
        self.total = AccountSketch(cluster_id)
        self.total.members = 0
        self.next = 0

    @property
    def done(self) -> bool:
        return self.next >= len(self.subset)

    def step(self) -> None:
        self.total.merge(self.subset[self.next])
        self.next += 1

    def finish(self, config: DetectorConfig) -> tuple[Score, dict[str, float]]:
        """Score the merged members; the virtual account's age is the members' median age."""
        while not self.done:
            self.step()
        members, subset = self.members, self.subset
        feats = features(self.total)
        if len(subset) < len(members):
            scale = sum(m.n for m in members) / max(1, sum(m.n for m in subset))
            feats["requests"] *= scale
            feats["requests_per_day"] *= scale
            feats["output_tokens_per_day"] *= scale
            feats["members"] = float(len(members))
            feats["requests_per_member_day"] = feats["requests_per_day"] / len(members)
        ages = sorted(m.first_ts - m.created_at for m in subset if m.created_at is not None)
        if ages:
            feats["account_age_days"] = ages[len(ages) // 2] / 86400.0
        return score_features(feats, config), feats


def score_cluster(
    members: list[AccountSketch],
    cluster_id: str,
    config: DetectorConfig,
    max_members: int | None = None,
) -> tuple[Score, dict[str, float]]:
    """Score ``members`` together in one go (batch scan)."""
    return ClusterMerge(members, cluster_id, max_members).finish(config)
