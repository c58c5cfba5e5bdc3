"""Score a cluster of accounts as one operation: their sketches merged into a virtual account."""

from __future__ import annotations

from exportgate.distill.features import features
from exportgate.distill.scoring import DetectorConfig, Score, score_features
from exportgate.distill.sketch import AccountSketch, merged


def score_cluster(
    members: list[AccountSketch], cluster_id: str, config: DetectorConfig,
    max_members: int | None = None,
) -> tuple[Score, dict[str, float]]:
    """Score ``members`` together; the virtual account's age is the members' median age.

    With ``max_members`` (the online detector's bound on work per rescore) an evenly spaced subset
    is merged and the volume figures are scaled up to the whole cluster; shares, rhythm and
    content measures are read from the subset.
    """
    subset = members
    if max_members is not None and len(members) > max_members:
        step = len(members) / max_members
        subset = [members[int(i * step)] for i in range(max_members)]
    feats = features(merged(subset, cluster_id))
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
