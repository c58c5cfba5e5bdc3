"""Watermark detection from token ids: counts, exact p-values and an explanation in words.

Pure Python (no numpy, no model). Each scored unit is the input of the keyed pseudo-random
function: the seed the (context, token) n-gram produces, and the token. A unit that already
occurred in the same text (or, for a suspect-model report, anywhere in the batch) is not scored
again, because a repeat is not an independent draw and would inflate the evidence.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field

from .keys import Keyring, WatermarkKey
from .params import DEFAULT_PARAMS, WatermarkParams
from .prf import g_value_from_seed, green_from_seed, green_threshold, layer_keys, seed_for
from .stats import log_binomial_upper_tail, z_score

ScoredUnit = tuple[tuple[int, ...], int]


@dataclass
class Tally:
    """Running counts for one key over one or many texts (the 'tape' of scored n-grams)."""

    tokens_total: int = 0
    tokens_scored: int = 0
    hits: int = 0
    trials: int = 0
    repeats_ignored: int = 0
    seen: set[ScoredUnit] = field(default_factory=set)


def tally_tokens(
    tokens: Sequence[int], key: WatermarkKey, params: WatermarkParams, tally: Tally | None = None
) -> Tally:
    """Add the evidence of one token sequence (generated text only, no prompt) to ``tally``."""
    tally = tally if tally is not None else Tally()
    width = params.context_width
    key_value = key.value
    threshold = green_threshold(params.gamma)
    tally.tokens_total += len(tokens)
    for position in range(width, len(tokens)):
        context, token = tokens[position - width : position], tokens[position]
        if params.scheme == "tournament":
            seeds = tuple(seed_for(k, context, token) for k in layer_keys(key_value, params.layers))
            unit: ScoredUnit = (seeds, token)
        else:
            seed = seed_for(key_value, context, token)
            unit = ((seed,), token)
        if unit in tally.seen:
            tally.repeats_ignored += 1
            continue
        tally.seen.add(unit)
        tally.tokens_scored += 1
        if params.scheme == "tournament":
            tally.hits += sum(
                g_value_from_seed(k, s, token)
                for k, s in zip(layer_keys(key_value, params.layers), unit[0], strict=True)
            )
            tally.trials += params.layers
        else:
            tally.hits += int(green_from_seed(key_value, unit[0][0], token, threshold))
            tally.trials += 1
    return tally


@dataclass(frozen=True)
class Detection:
    """The verdict on one text (or one batch), with everything needed to check it by hand."""

    key_id: str
    scheme: str
    tokens_total: int
    tokens_scored: int
    repeats_ignored: int
    green: int
    trials: int
    null_probability: float
    z: float
    p_value: float
    log10_p_value: float
    keys_tried: int
    p_threshold: float
    watermarked: bool
    explanation: str

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    def to_contract(self) -> dict[str, object]:
        """The DESIGN.md ``watermark detect --json`` fields, plus the extra evidence fields."""
        data = self.to_dict()
        ordered: dict[str, object] = {
            "z": round(self.z, 4),
            "p_value": self.p_value,
            "tokens_scored": self.tokens_scored,
            "watermarked": self.watermarked,
        }
        ordered.update({k: v for k, v in data.items() if k not in ordered})
        return ordered


def _explain(
    t: Tally,
    params: WatermarkParams,
    key_id: str,
    p: float,
    log10_p: float,
    keys_tried: int,
    watermarked: bool,
    subject: str,
) -> str:
    unit = "g-values" if params.scheme == "tournament" else "tokens"
    expected = params.null_probability * t.trials
    if t.tokens_scored == 0:
        return (
            f"{subject} has {t.tokens_total} tokens, too few to score (the first "
            f"{params.context_width} tokens only seed the key); no conclusion."
        )
    share = t.hits / t.trials if t.trials else 0.0
    lines = [
        f"{subject}: {t.tokens_scored} distinct {params.context_width + 1}-token n-grams scored "
        f"({t.repeats_ignored} repeats ignored) against watermark key {key_id!r}.",
        f"{t.hits} of {t.trials} {unit} {'favour our key' if params.scheme == 'tournament' else 'are green'} "
        f"({share:.1%}); text written without this key would show about {expected:.0f} "
        f"({params.null_probability:.0%}).",
    ]
    chance = f"p = {p:.3g}" if p > 0 else f"p = 10^{log10_p:.1f}"
    if keys_tried > 1:
        chance += f" (corrected for {keys_tried} keys tried)"
    if watermarked:
        lines.append(
            f"The chance of this many such {unit} without the key is {chance}, below the "
            f"threshold {params.p_threshold:g}: the text carries our watermark."
        )
    else:
        lines.append(
            f"The chance of this many such {unit} without the key is {chance}, not below the "
            f"threshold {params.p_threshold:g}: no evidence of our watermark."
        )
    return " ".join(lines)


def conclude(
    tally: Tally,
    key_id: str,
    params: WatermarkParams = DEFAULT_PARAMS,
    keys_tried: int = 1,
    subject: str = "The text",
) -> Detection:
    """Turn counts into a verdict: exact binomial tail, Bonferroni-corrected over keys tried."""
    q = params.null_probability
    log_p = log_binomial_upper_tail(tally.trials, tally.hits, q) if tally.trials else 0.0
    log_p = min(0.0, log_p + math.log(keys_tried))
    p = math.exp(log_p)
    log10_p = log_p / math.log(10) if log_p > -math.inf else -math.inf
    watermarked = tally.trials > 0 and p < params.p_threshold
    return Detection(
        key_id=key_id,
        scheme=params.scheme,
        tokens_total=tally.tokens_total,
        tokens_scored=tally.tokens_scored,
        repeats_ignored=tally.repeats_ignored,
        green=tally.hits,
        trials=tally.trials,
        null_probability=q,
        z=z_score(tally.trials, tally.hits, q),
        p_value=p,
        log10_p_value=log10_p,
        keys_tried=keys_tried,
        p_threshold=params.p_threshold,
        watermarked=watermarked,
        explanation=_explain(tally, params, key_id, p, log10_p, keys_tried, watermarked, subject),
    )


def detect_tokens(
    tokens: Sequence[int],
    keyring: Keyring,
    params: WatermarkParams = DEFAULT_PARAMS,
    subject: str = "The text",
) -> Detection:
    """Score one token sequence against every key in the ring; report the strongest key."""
    return detect_many([tokens], keyring, params, subject)


def detect_many(
    texts: Iterable[Sequence[int]],
    keyring: Keyring,
    params: WatermarkParams = DEFAULT_PARAMS,
    subject: str = "The texts",
) -> Detection:
    """One p-value over many token sequences, n-grams de-duplicated across all of them."""
    tallies = {key.key_id: Tally() for key in keyring.keys}
    for tokens in texts:
        for key in keyring.keys:
            tally_tokens(tokens, key, params, tallies[key.key_id])
    verdicts = [
        conclude(tallies[key.key_id], key.key_id, params, len(keyring.keys), subject)
        for key in keyring.keys
    ]
    return min(verdicts, key=lambda d: (d.log10_p_value, d.key_id))
