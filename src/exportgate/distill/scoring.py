"""Turn features into a 0..1 harvesting score with reasons a compliance officer can read.

Harvesting needs two things at once, so the score is built from two factors and their product:

* **automation** — the traffic is produced by a program working through a list: slot-filled
  templates, single-turn requests, a round-the-clock sustained rhythm, a steady pace instead of
  human sessions, rotating proxies, a fresh account;
* **value** — what comes back is worth training on: long answers, written-out reasoning, grades
  of answers, the same questions swept across languages, volume.

Benign heavy users are high on one factor only (an enterprise batch job is automated but gets
short labels back; a person reading long answers is not automated), so neither factor alone can
push an account over the threshold. Weights and the threshold live in :class:`DetectorConfig`;
the shipped values were tuned on simulated week 1 only (see ``bench/distill``).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from exportgate.distill.served import DEFAULT_BITS as SERVED_DEFAULT_BITS
from exportgate.records import Signal


def _clamp(value: float, lo: float = 0.0, hi: float = 1.0) -> float:
    return lo if value < lo else hi if value > hi else value


@dataclass(frozen=True, slots=True)
class DetectorConfig:
    """Weights, threshold and limits of the distillation detector."""

    threshold: float = 0.22
    bias: float = -4.5
    gain: float = 8.0
    min_requests: int = 10
    confidence_requests: float = 5.0
    automation_weights: dict[str, float] = field(
        default_factory=lambda: {
            "templated": 0.3,
            "single_turn": 0.15,
            "machine_rhythm": 0.25,
            "steady_pacing": 0.15,
            "proxy_rotation": 0.1,
            "new_account": 0.05,
            "fabricated_history": 0.6,
        }
    )
    volume_weight: float = 0.3
    evaluation_discount: float = 0.9
    sweep_weight: float = 0.1
    cluster_min_members: int = 3
    member_min_value: float = 0.3
    max_accounts: int = 1_000_000
    rescore_every: int = 16
    served_prompt_bits: int = SERVED_DEFAULT_BITS


class Part:
    """One signal: its measured value, its 0..1 strength and the sentence that explains it.

    A plain slotted class, not a frozen dataclass: scoring builds a dozen per rescore on the
    request path and a frozen dataclass's ``__init__`` is several times slower.
    """

    __slots__ = ("name", "factor", "strength", "value", "render")

    def __init__(
        self,
        name: str,
        factor: str,
        strength: float,
        value: float,
        render: Callable[[], str],
    ) -> None:
        self.name = name
        self.factor = factor
        self.strength = strength
        self.value = value
        self.render = render

    @property
    def text(self) -> str:
        """The sentence (formatted only when asked: scoring runs on the request path)."""
        return self.render()


@dataclass(frozen=True, slots=True)
class Score:
    score: float
    automation: float
    value: float
    parts: tuple[Part, ...]
    config: DetectorConfig | None = None

    def reasons(self, limit: int = 6) -> list[str]:
        """The strongest signals, in words, most influential first."""
        config = self.config or DetectorConfig()
        weights = {
            **{name: 2 * w for name, w in config.automation_weights.items()},
            "volume": config.volume_weight,
            "topic_sweep": config.sweep_weight,
        }

        def weight(p: Part) -> float:
            if p.name == "output_leverage":  # a multiplier: worth saying only when it lowers value
                return 1.0 - p.strength if p.strength < 0.8 else 0.0
            return p.strength * weights.get(p.name, 1.0)

        ranked = sorted(self.parts, key=weight, reverse=True)
        return [
            p.text
            for p in ranked[:limit]
            if (weight(p) if p.name == "output_leverage" else p.strength) >= 0.2
        ]

    def signals(self) -> dict[str, Signal]:
        """Every signal by name: its strength, measured value and factor (the evidence)."""
        return {
            p.name: Signal(strength=round(p.strength, 3), value=round(p.value, 4), factor=p.factor)
            for p in self.parts
        }


def _automation_parts(f: dict[str, float]) -> list[Part]:
    n = f["requests"]
    templated = _clamp(f["template_share"] - f["duplicate_share"])
    single = _clamp((f["single_turn_share"] - 0.5) / 0.5)
    rhythm = _clamp(f["sustained_share"] / 0.35) * _clamp((f["hour_entropy"] - 0.7) / 0.25)
    rhythm *= n / (n + 15)
    pacing = _clamp((2.3 - f["gap_log_std"]) / 0.8) * n / (n + 15)
    proxy = _clamp((f["subnet_spread"] - 0.3) / 0.4) if n >= 20 else 0.0
    new = 1.0 if f["account_age_days"] < 3 else 0.0
    unserved = f.get("unserved_history_share", 0.0)
    fabricated = _clamp((unserved - 0.02) / 0.18) if f.get("unserved_history", 0.0) >= 3 else 0.0
    return [
        Part(
            "templated",
            "automation",
            templated,
            f["template_share"],
            lambda: (
                f"{f['template_share']:.0%} of requests reuse a prompt frame (fixed opening or "
                f"closing words) with new content each time ({f['duplicate_share']:.0%} exact repeats)"
            ),
        ),
        Part(
            "single_turn",
            "automation",
            single,
            f["single_turn_share"],
            lambda: (
                f"{f['single_turn_share']:.0%} of requests are single-turn, never following up on "
                "an answer"
            ),
        ),
        Part(
            "machine_rhythm",
            "automation",
            rhythm,
            f["hour_entropy"],
            lambda: (
                f"active round the clock without a daily rhythm (hour-of-day evenness "
                f"{f['hour_entropy']:.2f}, active in {f['sustained_share']:.0%} of the hours of its "
                "span)"
            ),
        ),
        Part(
            "steady_pacing",
            "automation",
            pacing,
            f["gap_log_std"],
            lambda: (
                "requests arrive at a steady machine pace rather than in human sessions (spread of "
                f"log gaps {f['gap_log_std']:.2f}; people typically show 2.5-4)"
            ),
        ),
        Part(
            "proxy_rotation",
            "automation",
            proxy,
            f["subnet_spread"],
            lambda: (
                f"requests rotate through many networks ({f['subnet_spread']:.2f} distinct /24 "
                "subnets per request)"
            ),
        ),
        Part(
            "new_account",
            "automation",
            new,
            f["account_age_days"],
            lambda: (
                f"account was {f['account_age_days']:.1f} days old at its first request in the "
                "window"
            ),
        ),
        Part(
            "fabricated_history",
            "automation",
            fabricated,
            unserved,
            lambda: (
                f"{unserved:.0%} of requests ({f.get('unserved_history', 0.0):.0f}) send a "
                "conversation history whose earlier assistant turns this gateway never served to the "
                "account: the history is written by the client, not a continued conversation"
            ),
        ),
    ]


def evaluation_shape(f: dict[str, float]) -> float:
    """0..1: how much the traffic looks like evaluation runs rather than harvesting.

    An evaluation harness works through a fixed benchmark in bounded bursts (active in few of the
    hours of its span, many requests in each active hour) and keeps little output per prompt (a
    choice, a score, a short worked answer); harvesting reasoning traces at scale is sustained and
    keeps long answers. Short answers alone are not enough, nor are bursts alone.
    """
    if f["requests"] < 10:
        return 0.0
    # A first burst cannot show yet whether it stops: it gets the benefit of the doubt for its
    # first twelve hours (harvesting that goes on is judged on its sustained rhythm after that).
    span_hours = f["span_days"] * 24
    bounded = _clamp((0.2 - f["sustained_share"]) / 0.1) if span_hours >= 12 else 1.0
    dense = _clamp((f.get("burst_rate_per_hour", f["requests_per_active_hour"]) - 30) / 70)
    short = _clamp((900 - f["mean_output_tokens"]) / 400)
    return bounded * dense * short


def leverage(f: dict[str, float]) -> float:
    """0.3..1: how much new text each answer adds beyond what was sent (output / input tokens).

    A harvester sends short questions for long answers; translation, summaries, few-shot labelling
    and agents with long contexts get back about as much as they send, or less.
    """
    return 0.3 + 0.7 * _clamp((f["output_input_ratio"] - 0.7) / 1.3)


def _value_parts(f: dict[str, float]) -> list[Part]:
    long_share = _clamp((f["long_output_share"] - 0.2) / 0.5)
    reasoning = _clamp(f["cot_share"] / 0.3) * _clamp(f["reasoning_output_tokens"] / 500)
    judge = _clamp(f["judge_share"] / 0.3)
    languages = _clamp((f["languages"] - 2) / 3)
    volume = _clamp((math.log10(f["output_tokens_per_day"] + 1) - 3.5) / 2)
    sweep = _clamp((f["topics"] - 4) / 6)
    return [
        Part(
            "long_outputs",
            "value",
            long_share,
            f["long_output_share"],
            lambda: (
                f"{f['long_output_share']:.0%} of answers are long (500+ tokens; mean "
                f"{f['mean_output_tokens']:.0f})"
            ),
        ),
        Part(
            "reasoning_elicitation",
            "value",
            reasoning,
            f["cot_share"],
            lambda: (
                f"{f['cot_share']:.0%} of prompts ask for written-out reasoning (answers average "
                f"{f['reasoning_output_tokens']:.0f} tokens)"
            ),
        ),
        Part(
            "judge_elicitation",
            "value",
            judge,
            f["judge_share"],
            lambda: f"{f['judge_share']:.0%} of prompts ask the model to grade or compare answers",
        ),
        Part(
            "multilingual_sweep",
            "value",
            languages,
            f["languages"],
            lambda: f"prompts sweep {f['languages']:.0f} languages",
        ),
        Part(
            "volume",
            "value",
            volume,
            f["output_tokens_per_day"],
            lambda: (
                f"{f['output_tokens_per_day']:,.0f} output tokens per day "
                f"({f['requests_per_day']:,.0f} requests per day)"
            ),
        ),
        Part(
            "topic_sweep",
            "value",
            sweep,
            f["topics"],
            lambda: f"prompts cover {f['topics']:.0f} subject areas",
        ),
    ]


def liftable(own: Score | None, config: DetectorConfig) -> bool:
    """Whether a cluster's verdict may reach a member: only when the member's own answers are
    worth harvesting (its value factor, after the evaluation discount, at least
    ``member_min_value``). An evaluation account that shares templates or infrastructure with a
    harvesting operation is not flagged for the operation's traffic. An account not scored yet
    (a handful of requests) is given the cluster's verdict."""
    return own is None or own.value >= config.member_min_value


def score_features(f: dict[str, float], config: DetectorConfig) -> Score:
    """Score one account's (or one cluster's merged) features."""
    n = f.get("requests", 0.0)
    if n <= 0:
        return Score(0.0, 0.0, 0.0, ())
    weights = config.automation_weights
    automation_parts = _automation_parts(f)
    value_parts = _value_parts(f)
    confidence = n / (n + config.confidence_requests)
    automation = confidence * sum(weights.get(p.name, 0.0) * p.strength for p in automation_parts)
    by_name = {p.name: p.strength for p in value_parts}
    lever = leverage(f)
    evaluating = evaluation_shape(f)
    core = max(
        lever
        * max(
            by_name["long_outputs"], by_name["reasoning_elicitation"], by_name["multilingual_sweep"]
        ),
        by_name["judge_elicitation"],
    )
    value = (
        core
        + config.volume_weight * by_name["volume"]
        + config.sweep_weight * by_name["topic_sweep"]
    )
    value *= 1.0 - config.evaluation_discount * evaluating
    value_parts.append(
        Part(
            "evaluation_run",
            "value",
            evaluating,
            f["sustained_share"],
            lambda: (
                f"looks like evaluation runs, not harvesting: active in {f['sustained_share']:.0%} "
                f"of the hours of its span with {f['requests_per_active_hour']:,.0f} requests per active "
                f"hour (bounded bursts over a benchmark) and short answers (mean "
                f"{f['mean_output_tokens']:.0f} tokens); the value of its answers is discounted by "
                f"{config.evaluation_discount * evaluating:.0%}"
            ),
        )
    )
    value_parts.append(
        Part(
            "output_leverage",
            "value",
            lever,
            f["output_input_ratio"],
            lambda: (
                f"answers return {f['output_input_ratio']:.1f} output tokens per input token "
                "(harvesting asks short questions for long answers; translation, summaries, labelling "
                f"and agents do not): answer value counted at {lever:.0%}"
            ),
        )
    )
    logit = config.bias + config.gain * automation * value
    if n < config.min_requests:
        logit -= config.min_requests - n
    score = 1.0 / (1.0 + math.exp(-logit))
    return Score(score, automation, value, tuple(automation_parts + value_parts), config)
