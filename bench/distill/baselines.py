"""The two baselines the detector is compared with in the same run.

* **Volume threshold** — score = requests in the window; what a plain rate-limit alarm sees.
* **PRADA** (Juuti et al., EuroS&P 2019), adapted to text: per account, each query's minimum L2
  distance to the account's earlier queries (hashed bag-of-words vectors); the Shapiro–Wilk W of
  those distances measures how far they are from normal; score = 1 − W. Accounts with fewer than
  ``MIN_QUERIES`` queries get 0 (PRADA cannot decide). Per account only, so it cannot see Sybils.
"""

from __future__ import annotations

import math
import zlib
from collections import defaultdict
from collections.abc import Iterable
from statistics import NormalDist

import numpy as np

from exportgate.distill.text import view
from exportgate.records import UsageRecord

DIMS = 512
MAX_QUERIES = 300
MIN_QUERIES = 20


def volume_scores(records: Iterable[UsageRecord]) -> dict[str, float]:
    counts: dict[str, float] = defaultdict(float)
    for record in records:
        if record.account_id is not None:
            counts[record.account_id] += 1
    return dict(counts)


def _vector(text: str) -> np.ndarray:
    vec = np.zeros(DIMS, dtype=np.float32)
    words = text.lower().split()[:200]
    for word in words:
        vec[zlib.crc32(word.encode()) % DIMS] += 1.0
    for a, b in zip(words, words[1:], strict=False):
        vec[zlib.crc32(f"{a} {b}".encode()) % DIMS] += 1.0
    norm = float(np.linalg.norm(vec))
    return vec / norm if norm else vec


def shapiro_wilk(values: np.ndarray) -> float:
    """Shapiro–Wilk W with Royston's (1992) coefficient approximation."""
    x = np.sort(values.astype(np.float64))
    n = len(x)
    if n < 3 or float(np.ptp(x)) == 0.0:
        return 1.0
    normal = NormalDist()
    m = np.array([normal.inv_cdf((i - 0.375) / (n + 0.25)) for i in range(1, n + 1)])
    mm = float(m @ m)
    u = 1.0 / math.sqrt(n)
    a = m / math.sqrt(mm)
    an = (
        a[-1] + 0.221157 * u - 0.147981 * u**2 - 2.071190 * u**3 + 4.434685 * u**4 - 2.706056 * u**5
    )
    if n > 5:
        an1 = (
            a[-2]
            + 0.042981 * u
            - 0.293762 * u**2
            - 1.752461 * u**3
            + 5.682633 * u**4
            - 3.582633 * u**5
        )
        phi = (mm - 2 * m[-1] ** 2 - 2 * m[-2] ** 2) / (1 - 2 * an**2 - 2 * an1**2)
        a = m / math.sqrt(phi)
        a[-1], a[0], a[-2], a[1] = an, -an, an1, -an1
    else:
        phi = (mm - 2 * m[-1] ** 2) / (1 - 2 * an**2)
        a = m / math.sqrt(phi)
        a[-1], a[0] = an, -an
    numerator = float(a @ x) ** 2
    denominator = float(((x - x.mean()) ** 2).sum())
    return max(0.0, min(1.0, numerator / denominator))


def prada_scores(records: Iterable[UsageRecord]) -> dict[str, float]:
    queries: dict[str, list[np.ndarray]] = defaultdict(list)
    for record in records:
        account_id = record.account_id
        if account_id is None:
            continue
        bucket = queries[account_id]
        if len(bucket) < MAX_QUERIES:
            bucket.append(_vector(view(record.messages).text))
    scores: dict[str, float] = {}
    for account_id, vectors in queries.items():
        if len(vectors) < MIN_QUERIES + 1:
            scores[account_id] = 0.0
            continue
        matrix = np.stack(vectors)
        gram = matrix @ matrix.T
        sq = np.diag(gram)
        dist2 = np.maximum(sq[:, None] + sq[None, :] - 2 * gram, 0.0)
        minimum = [float(np.sqrt(dist2[i, :i].min())) for i in range(1, len(vectors))]
        scores[account_id] = 1.0 - shapiro_wilk(np.array(minimum))
    return scores
