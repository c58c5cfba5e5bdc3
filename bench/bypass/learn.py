"""Fit the stacked learned part (exportgate.bypass.learned) with numpy: logistic regression on
word features (scaled by 1/sqrt(hits)) and rule signals, L2, full-batch Adam, balanced classes."""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

import numpy as np

from exportgate.bypass.detector import BypassConfig, Detector
from exportgate.bypass.learned import LearnedModel

Row = tuple[set[str], dict[str, float]]


def rows(items: list[dict[str, Any]]) -> list[Row]:
    detector = Detector(BypassConfig(learned=False))
    out: list[Row] = []
    for item in items:
        detector.classify(item["messages"])
        assert detector.last_features is not None
        out.append(detector.last_features)
    return out


def fit(
    data: list[Row],
    labels: list[int],
    *,
    l2_words: float = 3e-3,
    l2_signals: float = 1e-3,
    min_df: int = 2,
    steps: int = 400,
    weights: list[float] | None = None,
    version: str = "learned-2",
    sources: tuple[str, ...] = (),
) -> LearnedModel:
    df: Counter[str] = Counter()
    for words, _ in data:
        df.update(words)
    vocab = {w: i for i, w in enumerate(sorted(w for w, c in df.items() if c >= min_df))}
    sig_names = sorted({k for _, s in data for k in s})
    sig_index = {k: i for i, k in enumerate(sig_names)}
    n = len(data)
    r_idx: list[int] = []
    c_idx: list[int] = []
    vals: list[float] = []
    sig = np.zeros((n, len(sig_names)), dtype=np.float64)
    for i, (words, signals) in enumerate(data):
        hit = [vocab[w] for w in words if w in vocab]
        scale = 1.0 / math.sqrt(max(1, len(hit)))
        r_idx.extend([i] * len(hit))
        c_idx.extend(hit)
        vals.extend([scale] * len(hit))
        for k, v in signals.items():
            sig[i, sig_index[k]] = v
    rows_a = np.asarray(r_idx, dtype=np.int64)
    cols_a = np.asarray(c_idx, dtype=np.int64)
    vals_a = np.asarray(vals, dtype=np.float64)
    y = np.asarray(labels, dtype=np.float64)
    pos = max(1.0, float(y.sum()))
    neg = max(1.0, float(n - y.sum()))
    sw = np.where(y > 0, n / (2 * pos), n / (2 * neg))
    if weights is not None:
        sw = sw * np.asarray(weights, dtype=np.float64)
    w = np.zeros(len(vocab))
    v = np.zeros(len(sig_names))
    b = 0.0
    params = [w, v]
    m = [np.zeros_like(w), np.zeros_like(v), 0.0]
    s2 = [np.zeros_like(w), np.zeros_like(v), 0.0]
    lr = 0.05
    for t in range(1, steps + 1):
        z = np.bincount(rows_a, weights=vals_a * w[cols_a], minlength=n) + sig @ v + b
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        err = (p - y) * sw / n
        gw = np.bincount(cols_a, weights=vals_a * err[rows_a], minlength=len(vocab)) + l2_words * w
        gv = sig.T @ err + l2_signals * v
        gb = float(err.sum())
        for k, g in enumerate((gw, gv)):
            m[k] = 0.9 * m[k] + 0.1 * g  # type: ignore[operator]
            s2[k] = 0.999 * s2[k] + 0.001 * g * g  # type: ignore[operator]
            params[k] -= lr * (m[k] / (1 - 0.9**t)) / (np.sqrt(s2[k] / (1 - 0.999**t)) + 1e-8)  # type: ignore[operator]
        m[2] = 0.9 * float(m[2]) + 0.1 * gb  # type: ignore[arg-type]
        s2[2] = 0.999 * float(s2[2]) + 0.001 * gb * gb  # type: ignore[arg-type]
        b -= lr * (float(m[2]) / (1 - 0.9**t)) / (math.sqrt(float(s2[2]) / (1 - 0.999**t)) + 1e-8)  # type: ignore[arg-type]
    inv = {i: word for word, i in vocab.items()}
    words_out = {inv[i]: float(w[i]) for i in np.nonzero(np.abs(w) >= 0.02)[0]}
    return LearnedModel(
        version=version,
        bias=b,
        words=words_out,
        signals={k: float(v[i]) for k, i in sig_index.items() if abs(v[i]) > 1e-4},
        sources=sources,
    )
