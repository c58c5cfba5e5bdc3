"""Exact binomial tail probabilities, in pure Python.

Under the null hypothesis (text written without our key) each scored token is green with
probability ``gamma`` independently, so the number of green tokens is Binomial(n, gamma) and the
p-value is its exact upper tail. Sums run in log space so that p-values far below 1e-300 are
still reported (as log10) rather than rounding to zero.
"""

from __future__ import annotations

import math


def _log_pmf(n: int, k: int, p: float) -> float:
    return (
        math.lgamma(n + 1)
        - math.lgamma(k + 1)
        - math.lgamma(n - k + 1)
        + k * math.log(p)
        + (n - k) * math.log1p(-p)
    )


def _log_sum_exp(values: list[float]) -> float:
    top = max(values)
    return top + math.log(math.fsum(math.exp(v - top) for v in values))


def _log_tail_from(n: int, k: int, p: float, upward: bool) -> float:
    """log P(X >= k) when ``upward`` else log P(X <= k), summing away from k."""
    ratio_up = p / (1.0 - p)
    terms = [_log_pmf(n, k, p)]
    current = terms[0]
    i = k
    while (i < n) if upward else (i > 0):
        if upward:
            current += math.log((n - i) / (i + 1)) + math.log(ratio_up)
            i += 1
        else:
            current += math.log(i / (n - i + 1)) - math.log(ratio_up)
            i -= 1
        terms.append(current)
        if current < terms[0] - 60.0 and current < terms[-2]:
            break
    return _log_sum_exp(terms)


def log_binomial_upper_tail(n: int, k: int, p: float) -> float:
    """Natural log of P(X >= k) for X ~ Binomial(n, p), exact up to float rounding."""
    if n < 0 or k < 0 or not 0.0 < p < 1.0:
        raise ValueError(f"invalid binomial arguments n={n} k={k} p={p}")
    if k <= 0:
        return 0.0
    if k > n:
        return -math.inf
    if k > n * p:
        return _log_tail_from(n, k, p, upward=True)
    lower = math.exp(_log_tail_from(n, k - 1, p, upward=False))
    return math.log(max(1.0 - lower, 0.0)) if lower < 1.0 else -math.inf


def binomial_upper_tail(n: int, k: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p): the exact one-sided p-value of k green tokens out of n."""
    return math.exp(log_binomial_upper_tail(n, k, p))


def z_score(n: int, k: int, p: float) -> float:
    """One-proportion z statistic, reported alongside the exact p-value for comparison."""
    if n == 0:
        return 0.0
    return (k - p * n) / math.sqrt(n * p * (1.0 - p))
