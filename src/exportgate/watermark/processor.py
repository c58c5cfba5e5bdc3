"""Watermarking logits processors (numpy), used during generation.

Bit-identical to the pure-Python rule in :mod:`exportgate.watermark.prf` (the tests check it).
Both processors look only at candidate tokens: the ``TOP_CANDIDATES`` highest logits that also lie
within ``CANDIDATE_WINDOW`` of the best one. A small model's logits are flat enough that some 40,000
of the 49,152 tokens sit within 24 nats of the best, so hashing them all cost 3 ms per token;
the top 256 carry all the probability any sampler with ``top_k <= 256`` can draw (the local
server uses 50), and elsewhere the rest holds a negligible share. Detection does not depend on
this choice: it scores whatever token was emitted.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from .keys import WatermarkKey
from .params import WatermarkParams
from .prf import ANCHOR_MUL, MIX_MUL_1, MIX_MUL_2, TOKEN_MUL, context_hash, green_threshold, mix64

CANDIDATE_WINDOW = 24.0
TOP_CANDIDATES = 256
_U30 = np.uint64(30)
_U27 = np.uint64(27)
_U31 = np.uint64(31)
_U63 = np.uint64(63)
_M1 = np.uint64(MIX_MUL_1)
_M2 = np.uint64(MIX_MUL_2)
_TOKEN = np.uint64(TOKEN_MUL)
_ANCHOR = np.uint64(ANCHOR_MUL)

FloatArray = npt.NDArray[np.float32]


def np_mix64(x: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """Vectorised :func:`exportgate.watermark.prf.mix64` (uint64 arithmetic wraps)."""
    x = x ^ (x >> _U30)
    x = x * _M1
    x = x ^ (x >> _U27)
    x = x * _M2
    return x ^ (x >> _U31)


def np_token_hash(key: int, tokens: npt.NDArray[np.int64]) -> npt.NDArray[np.uint64]:
    return np_mix64(np.uint64(key) ^ (tokens.astype(np.uint64) * _TOKEN))


def np_hash_value(
    key: int, anchors: npt.NDArray[np.uint64], context: Sequence[int]
) -> npt.NDArray[np.uint64]:
    """``mix(seed(v) ^ h(v))`` for every candidate ``v`` whose token hashes are ``anchors``."""
    context_value = np.uint64(context_hash(key, [int(t) for t in context]))
    seed = np_mix64(context_value + anchors * _ANCHOR)
    return np_mix64(seed ^ anchors)


def candidates(scores: FloatArray) -> npt.NDArray[np.int64]:
    """Indexes of the tokens worth watermarking (see the module docstring)."""
    if scores.shape[0] > TOP_CANDIDATES:
        top = np.argpartition(scores, -TOP_CANDIDATES)[-TOP_CANDIDATES:]
    else:
        top = np.arange(scores.shape[0])
    chosen: npt.NDArray[np.int64] = top[scores[top] >= scores.max() - CANDIDATE_WINDOW].astype(
        np.int64
    )
    return chosen


class GreenListProcessor:
    """KGW self-hash watermark: add ``delta`` to the logits of green candidates.

    Call it as ``processor(input_ids, scores)`` with the ids so far (prompt and generated) and the
    1-D next-token logits; it returns the biased logits (llama-cpp-python's logits-processor
    signature; the vLLM adapter wraps the same call).
    """

    applies_temperature = False

    def __init__(self, key: WatermarkKey, params: WatermarkParams) -> None:
        self.key_id = key.key_id
        self.params = params
        self._key = key.value
        self._threshold = np.uint64(green_threshold(params.gamma))
        self._delta = np.float32(params.delta)

    def green_mask(
        self, context: Sequence[int], tokens: npt.NDArray[np.int64]
    ) -> npt.NDArray[np.bool_]:
        anchors = np_token_hash(self._key, tokens)
        return np_hash_value(self._key, anchors, context) < self._threshold

    def __call__(
        self, input_ids: Sequence[int] | npt.NDArray[np.integer], scores: FloatArray
    ) -> FloatArray:
        width = self.params.context_width
        if len(input_ids) < width:
            return scores
        context = [int(t) for t in input_ids[-width:]]
        cand = candidates(scores)
        out = scores.copy()
        out[cand[self.green_mask(context, cand)]] += self._delta
        return out

    def reweight(
        self, history: Sequence[int], tokens: npt.NDArray[np.int64], logits: npt.NDArray[np.float64]
    ) -> npt.NDArray[np.float64]:
        """Bias only the tokens a sampler kept after top-k/top-p (``logits`` already scaled by
        temperature): the watermark then never promotes a token the plain sampler would have
        cut, which is what keeps the perplexity cost low."""
        width = self.params.context_width
        if len(history) < width:
            return logits
        context = [int(t) for t in history[-width:]]
        return logits + float(self._delta) * self.green_mask(context, tokens)


class TournamentProcessor:
    """SynthID-style tournament sampling over ``layers`` keyed binary g-functions.

    Uses the closed form of a two-way knockout per layer: after layer ``l`` the probability of
    token ``x`` becomes ``p(x) * (1 + g_l(x) - E_p[g_l])``. The tournament must run on the
    distribution actually sampled from, so the processor applies ``temperature`` itself and
    returns log-probabilities to be sampled at temperature 1 (``applies_temperature``).
    """

    applies_temperature = True

    def __init__(
        self, key: WatermarkKey, params: WatermarkParams, temperature: float = 1.0
    ) -> None:
        self.temperature = temperature if temperature > 0 else 1.0
        self.key_id = key.key_id
        self.params = params
        base = key.value
        self._layer_keys = [
            mix64(base ^ (((layer + 1) * TOKEN_MUL) & ((1 << 64) - 1)))
            for layer in range(params.layers)
        ]
        self._layer_keys_array = np.array(self._layer_keys, dtype=np.uint64)
        self._seen_contexts: set[tuple[int, ...]] = set()

    def g_values(
        self, context: Sequence[int], tokens: npt.NDArray[np.int64]
    ) -> npt.NDArray[np.uint64]:
        """g-values of ``tokens``, one row per layer, computed for all layers at once."""
        keys = self._layer_keys_array[:, None]
        anchors = np_mix64(keys ^ (tokens.astype(np.uint64)[None, :] * _TOKEN))
        context_values = np.array(
            [context_hash(k, context) for k in self._layer_keys], dtype=np.uint64
        )
        seeds = np_mix64(context_values[:, None] + anchors * _ANCHOR)
        return np_mix64(seeds ^ anchors) >> _U63

    def __call__(
        self, input_ids: Sequence[int] | npt.NDArray[np.integer], scores: FloatArray
    ) -> FloatArray:
        width = self.params.context_width
        if len(input_ids) < width:
            return scores
        cand = candidates(scores)
        logits = scores[cand].astype(np.float64) / self.temperature
        out = np.full_like(scores, -np.inf)
        out[cand] = self.reweight(input_ids, cand, logits).astype(scores.dtype)
        return out

    def reset(self) -> None:
        """Forget the contexts seen so far (call at the start of every generation)."""
        self._seen_contexts.clear()

    def reweight(
        self,
        history: Sequence[int] | npt.NDArray[np.integer],
        tokens: npt.NDArray[np.int64],
        logits: npt.NDArray[np.float64],
    ) -> npt.NDArray[np.float64]:
        """Tournament over the kept tokens; ``logits`` already scaled by temperature.

        A context already met in this generation is left alone (SynthID's repeated-context
        masking): the same context would get the same tilt again and feed repetition loops,
        and its repeats are not scored by the detector anyway.
        """
        width = self.params.context_width
        if len(history) < width:
            return logits
        context = [int(t) for t in history[-width:]]
        key = tuple(context)
        if key in self._seen_contexts:
            return logits
        self._seen_contexts.add(key)
        probs = np.exp(logits - logits.max())
        probs /= probs.sum()
        g = self.g_values(context, tokens).astype(np.float64)
        for layer in g:
            probs = np.maximum(probs * (1.0 + layer - float(probs @ layer)), 0.0)
            probs /= probs.sum()
        with np.errstate(divide="ignore"):
            logs: npt.NDArray[np.float64] = np.log(probs)
        return logs


def make_processor(
    key: WatermarkKey, params: WatermarkParams, temperature: float = 1.0
) -> GreenListProcessor | TournamentProcessor:
    """The processor for ``params.scheme``; ``temperature`` matters to the tournament only."""
    if params.scheme == "tournament":
        return TournamentProcessor(key, params, temperature)
    return GreenListProcessor(key, params)
