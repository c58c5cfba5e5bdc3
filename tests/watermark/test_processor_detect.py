"""Generation-side processors (numpy) against the pure-Python detector, on a toy language model.

The toy model draws fresh random logits for every step (entropy set by the scale), which is all
the watermark needs: the tests check bit-identical green lists, detection power and the absence
of false alarms without loading a real model.
"""

import pytest

np = pytest.importorskip(
    "numpy", reason="numpy is not installed (it comes with the localmodel extra)"
)

from exportgate.watermark.detect import detect_many, detect_tokens  # noqa: E402
from exportgate.watermark.keys import Keyring, WatermarkKey  # noqa: E402
from exportgate.watermark.params import WatermarkParams  # noqa: E402
from exportgate.watermark.prf import g_value, green_threshold, is_green  # noqa: E402
from exportgate.watermark.processor import GreenListProcessor, TournamentProcessor, make_processor  # noqa: E402

VOCAB = 4096
KEY = WatermarkKey("test-key", b"test secret for watermark tests")
OTHER = WatermarkKey("other-key", b"another secret, not used to sign")
RING = Keyring((KEY,), "test-key")


def toy_generate(n_tokens: int, seed: int, processor=None, scale: float = 3.0) -> list[int]:
    rng = np.random.default_rng(seed)
    tokens = [int(t) for t in rng.integers(0, VOCAB, size=4)]
    out: list[int] = []
    for _ in range(n_tokens):
        logits = (rng.standard_normal(VOCAB) * scale).astype(np.float32)
        if processor is not None:
            logits = processor(tokens, logits)
        probs = np.exp(logits - logits.max())
        probs /= probs.sum()
        token = int(rng.choice(VOCAB, p=probs))
        tokens.append(token)
        out.append(token)
    return out


def test_numpy_green_mask_equals_pure_python_rule() -> None:
    params = WatermarkParams(gamma=0.25)
    proc = GreenListProcessor(KEY, params)
    context = [5, 900, 17, 4000]
    tokens = np.arange(VOCAB)
    mask = proc.green_mask(context, tokens)
    threshold = green_threshold(0.25)
    expected = [is_green(KEY.value, context, t, threshold) for t in range(VOCAB)]
    assert mask.tolist() == expected


def test_numpy_g_values_equal_pure_python_rule() -> None:
    params = WatermarkParams(scheme="tournament", layers=5)
    proc = TournamentProcessor(KEY, params)
    context = [1, 2, 3, 4]
    g = proc.g_values(context, np.arange(300))
    for layer in range(5):
        assert g[layer].tolist() == [g_value(KEY.value, layer, context, t) for t in range(300)]


def test_processor_adds_delta_to_green_candidates_only() -> None:
    params = WatermarkParams(scheme="kgw-selfhash", delta=2.0)
    proc = make_processor(KEY, params)
    logits = np.zeros(256, dtype=np.float32)
    out = proc([1, 2, 3, 4, 5], logits)
    assert set(np.unique(out).tolist()) == {0.0, 2.0}
    assert 0.15 < float((out == 2.0).mean()) < 0.35
    assert logits.max() == 0.0


def test_only_top_candidates_are_touched_in_a_large_vocabulary() -> None:
    proc = make_processor(KEY, WatermarkParams(scheme="kgw-selfhash", delta=2.0))
    logits = np.full(VOCAB, -5.0, dtype=np.float32)
    logits[:300] = 0.0
    out = proc([9, 8, 7, 6], logits)
    changed = np.flatnonzero(out != logits)
    assert len(changed) > 0 and changed.max() < 300
    assert len(changed) <= 256


def test_kgw_watermark_detected_in_200_tokens_and_not_without_key() -> None:
    params = WatermarkParams(scheme="kgw-selfhash")
    marked = toy_generate(200, seed=1, processor=make_processor(KEY, params))
    plain = toy_generate(200, seed=1)
    hit = detect_tokens(marked, RING, params)
    assert hit.watermarked and hit.p_value < 1e-10
    assert "carries our watermark" in hit.explanation
    assert not detect_tokens(plain, RING, params).watermarked
    other_ring = Keyring((OTHER,), "other-key")
    assert not detect_tokens(marked, other_ring, params).watermarked


def test_tournament_watermark_detected() -> None:
    params = WatermarkParams(scheme="tournament", layers=20)
    marked = toy_generate(150, seed=3, processor=make_processor(KEY, params))
    plain = toy_generate(150, seed=3)
    assert detect_tokens(marked, RING, params).p_value < 1e-8
    assert detect_tokens(plain, RING, params).p_value > 1e-3


def test_repeated_ngrams_are_scored_once() -> None:
    params = WatermarkParams(scheme="kgw-selfhash")
    marked = toy_generate(60, seed=5, processor=make_processor(KEY, params))
    once = detect_tokens(marked, RING, params)
    looped = detect_tokens(marked * 5, RING, params)
    # the loop adds only the n-grams that span the seams between copies
    assert looped.tokens_scored <= once.tokens_scored + 4 * params.context_width
    assert looped.repeats_ignored >= 4 * (len(marked) - 2 * params.context_width)


def test_batch_report_deduplicates_across_texts_and_corrects_for_keys() -> None:
    params = WatermarkParams(scheme="kgw-selfhash")
    texts = [toy_generate(40, seed=s, processor=make_processor(KEY, params)) for s in range(10)]
    ring = Keyring((OTHER, KEY), "other-key")
    verdict = detect_many(texts + texts, ring, params)
    assert verdict.key_id == "test-key"
    assert verdict.keys_tried == 2
    assert verdict.tokens_scored == detect_many(texts, ring, params).tokens_scored
    assert verdict.watermarked


def test_no_false_alarm_on_many_plain_texts() -> None:
    params = WatermarkParams(scheme="kgw-selfhash")
    worst = min(
        detect_tokens(toy_generate(100, seed=100 + s), RING, params).p_value for s in range(60)
    )
    assert worst > 1e-4
