"""Keyed pseudo-random functions behind the green list, in pure Python.

Everything here is 64-bit integer arithmetic (wrapping, like C ``uint64_t``) so that the numpy
version used during generation (:mod:`exportgate.watermark.processor`) gives bit-identical
answers. The detector only needs this module: no model, no numpy.

Green-list rule (self-salted, Kirchenbauer et al. 2023 and the *Reliability* follow-up): a
candidate token ``v`` after context tokens ``c_1..c_h`` is green when
``mix(seed(v) ^ h(v)) < gamma * 2**64`` with ``seed(v) = mix(H(c_1..c_h) + h(v) * K)`` and ``H``
an ordered chain hash of the context. Salting the seed with ``v`` itself makes the green list hard
to learn from the previous tokens alone. The ordered hash (rather than the paper's anchored
min-hash) was chosen on measurement: the min-hash keeps one context token, so templated natural
text (LaTeX, tables) repeats seeds without repeating n-grams; those repeats must be discarded for
valid p-values (they gave 5 false alarms in 6,000 ShareGPT turns before they were), and
discarding them cost a third of the scored tokens of generated text. With the ordered hash a
repeat of the seed is a repeat of the n-gram. An edit changes the scores of the next ``h + 1``
tokens only.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

MASK64 = (1 << 64) - 1
MIX_MUL_1 = 0xBF58476D1CE4E5B9
MIX_MUL_2 = 0x94D049BB133111EB
TOKEN_MUL = 0x9E3779B97F4A7C15
ANCHOR_MUL = 0xD6E8FEB86659FD93


def mix64(x: int) -> int:
    """SplitMix64 finaliser: a bijective avalanche on 64-bit integers."""
    x &= MASK64
    x ^= x >> 30
    x = (x * MIX_MUL_1) & MASK64
    x ^= x >> 27
    x = (x * MIX_MUL_2) & MASK64
    x ^= x >> 31
    return x


def green_threshold(gamma: float) -> int:
    """The 64-bit cut-off under which a hash counts as green (probability ``gamma``)."""
    if not 0.0 < gamma < 1.0:
        raise ValueError(f"gamma must be in (0, 1), got {gamma}")
    return int(gamma * (1 << 64)) & MASK64


@lru_cache(maxsize=1 << 16)
def token_hash(key: int, token: int) -> int:
    """The keyed hash of one token id."""
    return mix64(key ^ ((token * TOKEN_MUL) & MASK64))


def context_hash(key: int, context: Sequence[int]) -> int:
    """Keyed hash of the ordered context tokens."""
    value = 0
    for previous in context:
        value = mix64(value ^ token_hash(key, previous))
    return value


def seed_for(key: int, context: Sequence[int], token: int) -> int:
    """Seed of ``token`` after ``context``: the ordered context hash salted with the token itself."""
    return mix64(context_hash(key, context) + token_hash(key, token) * ANCHOR_MUL)


def green_from_seed(key: int, seed: int, token: int, threshold: int) -> bool:
    """Whether ``token`` is green given its already computed seed."""
    return mix64(seed ^ token_hash(key, token)) < threshold


def is_green(key: int, context: Sequence[int], token: int, threshold: int) -> bool:
    """Whether ``token`` is on the green list after ``context`` under ``key``."""
    return green_from_seed(key, seed_for(key, context, token), token, threshold)


@lru_cache(maxsize=64)
def layer_keys(key: int, layers: int) -> tuple[int, ...]:
    """One derived key per tournament layer."""
    return tuple(mix64(key ^ (((layer + 1) * TOKEN_MUL) & MASK64)) for layer in range(layers))


def g_value_from_seed(layer_key: int, seed: int, token: int) -> int:
    """Tournament g-value (0 or 1) of ``token`` for one layer, given that layer's seed."""
    return int(mix64(seed ^ token_hash(layer_key, token)) >> 63)


def g_value(key: int, layer: int, context: Sequence[int], token: int) -> int:
    """Tournament g-value (0 or 1) of ``token`` for one layer (SynthID-style sampling)."""
    layer_key = layer_keys(key, layer + 1)[layer]
    return g_value_from_seed(layer_key, seed_for(layer_key, context, token), token)
