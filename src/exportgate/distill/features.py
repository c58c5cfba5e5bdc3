"""Account features: the numbers a sketch boils down to, each one explainable on its own."""

from __future__ import annotations

import math

from exportgate.distill.sketch import MAX_SET, AccountSketch

DAY = 86400.0


def _entropy(counts: list[int] | dict[str, int]) -> float:
    values = list(counts.values()) if isinstance(counts, dict) else counts
    total = sum(values)
    if total <= 0:
        return 0.0
    return -sum(c / total * math.log(c / total) for c in values if c > 0)


def features(sketch: AccountSketch) -> dict[str, float]:
    """Rates and shares over the sketch's whole window (shares shrunk towards 0 for few requests)."""
    n = sketch.n
    if n == 0:
        return {"requests": 0.0}
    span_days = max((sketch.last_ts - sketch.first_ts) / DAY, 1.0 / 24)
    per_day_span = max(span_days, 1.0)
    span_hours = max(1.0, (sketch.last_ts - sketch.first_ts) / 3600 + 1)
    read = max(1, sketch.viewed)
    shrink = read + 5
    langs = [c for c in sketch.langs.values() if c >= 2 and c >= 0.05 * read]
    topic_counts = [c for c in sketch.topics.values() if c >= 2]
    age_days = (
        (sketch.first_ts - sketch.created_at) / DAY if sketch.created_at is not None else 365.0
    )
    members = max(1, sketch.members)
    return {
        "requests": float(n),
        "members": float(members),
        "span_days": span_days,
        "active_days": float(len(sketch.days)),
        "requests_per_day": n / per_day_span,
        "output_tokens_per_day": sketch.completion_tokens / per_day_span,
        "requests_per_member_day": n / per_day_span / members,
        "mean_output_tokens": sketch.completion_tokens / n,
        "output_input_ratio": sketch.completion_tokens / max(1, sketch.prompt_tokens),
        "long_output_share": sketch.long_outputs / n,
        "reasoning_output_tokens": sketch.cot_tokens / sketch.cot if sketch.cot else 0.0,
        "single_turn_share": sketch.single_turn / read,
        "template_share": sketch.frame_repeats / shrink,
        "duplicate_share": sketch.contents.duplicate_share,
        "cot_share": sketch.cot / shrink,
        "judge_share": sketch.judge / shrink,
        "hour_entropy": _entropy(sketch.hours) / math.log(24),
        "sustained_share": min(1.0, len(sketch.slots) / span_hours),
        "requests_per_active_hour": n / max(1, len(sketch.slots)),
        # within a first hour the pace so far (an evaluation run's first minutes are a burst)
        "burst_rate_per_hour": max(
            n / max(1, len(sketch.slots)),
            n * 3600 / max(60.0, sketch.last_ts - sketch.first_ts)
            if sketch.last_ts - sketch.first_ts < 3600
            else 0.0,
        ),
        "gap_log_std": sketch.gap_log_std,
        "languages": float(len(langs)),
        "topics": float(len(topic_counts)),
        "topic_entropy": _entropy(topic_counts) / math.log(16) if topic_counts else 0.0,
        "topical_share": sketch.topical / read,
        "subnet_spread": len(sketch.subnets) / min(n, MAX_SET),
        "system_prompt_share": sum(sketch.systems.values()) / read,
        "account_age_days": age_days,
        "history_claims_share": sketch.history_claims / n,
        "unserved_history_share": sketch.unserved_history / n,
        "unserved_history": float(sketch.unserved_history),
    }
