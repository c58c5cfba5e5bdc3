"""Suspect-model report: did another model learn from our watermarked outputs?

Radioactivity test (Sander et al., NeurIPS 2024), closed-model setting: collect many outputs of
the suspect model, score every (context, token) n-gram against our keys, counting each distinct
n-gram once across the whole batch (the "tape"), and compute one exact p-value. A model trained
on watermarked text reproduces green n-grams more often than chance; a model that never saw our
outputs stays at the null rate ``gamma``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass

from .detect import Detection, detect_many
from .keys import Keyring
from .params import WatermarkParams


@dataclass(frozen=True)
class SuspectReport:
    outputs_read: int
    outputs_scored: int
    input_errors: tuple[str, ...]
    detection: Detection
    conclusion: str

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["input_errors"] = list(self.input_errors)
        return data


def suspect_report(
    outputs: Iterable[Sequence[int]],
    keyring: Keyring,
    params: WatermarkParams,
    input_errors: Sequence[str] = (),
    model_name: str = "the suspect model",
) -> SuspectReport:
    """One p-value over all outputs, n-grams de-duplicated across them, with a plain verdict."""
    texts = [list(t) for t in outputs]
    scored = sum(1 for t in texts if len(t) > params.context_width)
    detection = detect_many(texts, keyring, params, subject=f"{len(texts)} outputs of {model_name}")
    if detection.tokens_scored == 0:
        verdict = "Not enough text to score: provide more outputs of the suspect model."
    elif detection.watermarked:
        verdict = (
            f"Evidence that {model_name} learned from text watermarked with key "
            f"{detection.key_id!r}: its outputs over-use our green n-grams far beyond chance "
            f"(p = {detection.p_value:.3g}, threshold {params.p_threshold:g}). The test counts "
            f"each distinct n-gram once, so repeated boilerplate cannot produce this result."
        )
    else:
        verdict = (
            f"No evidence that {model_name} learned from our watermarked outputs at this sample "
            f"size (p = {detection.p_value:.3g}). Absence of evidence is not proof: radioactivity "
            f"is weak when little watermarked text was used; score more outputs to be sure."
        )
    return SuspectReport(
        outputs_read=len(texts),
        outputs_scored=scored,
        input_errors=tuple(input_errors),
        detection=detection,
        conclusion=verdict,
    )
