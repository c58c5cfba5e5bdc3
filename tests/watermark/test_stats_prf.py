import math
import random

import pytest

from exportgate.watermark.prf import MASK64, green_threshold, is_green, mix64
from exportgate.watermark.stats import binomial_upper_tail, log_binomial_upper_tail, z_score


def brute_tail(n: int, k: int, p: float) -> float:
    return math.fsum(math.comb(n, i) * p**i * (1 - p) ** (n - i) for i in range(k, n + 1))


@pytest.mark.parametrize(
    "n,k,p",
    [
        (10, 3, 0.25),
        (50, 20, 0.25),
        (200, 90, 0.25),
        (200, 50, 0.25),
        (200, 10, 0.25),
        (7, 7, 0.5),
        (120, 0, 0.25),
    ],
)
def test_binomial_tail_matches_direct_sum(n: int, k: int, p: float) -> None:
    assert binomial_upper_tail(n, k, p) == pytest.approx(brute_tail(n, k, p), rel=1e-9)


def test_binomial_tail_reports_tiny_p_values_in_log_space() -> None:
    log_p = log_binomial_upper_tail(5000, 5000, 0.25)
    assert log_p == pytest.approx(5000 * math.log(0.25))
    assert binomial_upper_tail(5000, 5000, 0.25) == 0.0


def test_binomial_tail_edges_and_errors() -> None:
    assert binomial_upper_tail(10, 11, 0.25) == 0.0
    assert binomial_upper_tail(0, 0, 0.25) == 1.0
    with pytest.raises(ValueError):
        binomial_upper_tail(10, 3, 1.5)
    assert z_score(100, 25, 0.25) == 0.0


def test_mix64_is_a_64_bit_bijection_sample() -> None:
    values = {mix64(i) for i in range(10_000)}
    assert len(values) == 10_000
    assert all(0 <= v <= MASK64 for v in values)


def test_green_fraction_is_gamma_on_random_tokens() -> None:
    rng = random.Random(7)
    threshold = green_threshold(0.25)
    hits = sum(
        is_green(12345, [rng.randrange(49152) for _ in range(4)], rng.randrange(49152), threshold)
        for _ in range(20_000)
    )
    assert abs(hits / 20_000 - 0.25) < 0.015


def test_green_list_depends_on_key_and_context() -> None:
    threshold = green_threshold(0.5)
    context = [11, 22, 33, 44]
    by_key = [is_green(1, context, t, threshold) for t in range(400)]
    by_other_key = [is_green(2, context, t, threshold) for t in range(400)]
    by_other_context = [is_green(1, [55, 66, 77, 88], t, threshold) for t in range(400)]
    assert by_key != by_other_key
    assert by_key != by_other_context
