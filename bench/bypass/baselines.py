"""The two baselines of issue 23: a keyword list, and TF-IDF char n-grams + logistic regression
trained on public data (numpy only; threshold at 1 % false positives on held-out public benign)."""

from __future__ import annotations

import math
import re
import zlib
from typing import Any

import numpy as np

KEYWORDS = re.compile(
    r"ignore (?:all )?previous instructions|\bdan\b|do anything now|developer mode|god mode|"
    r"jailbreak|no restrictions|uncensored|stay in character|reveal (?:your|the) system prompt|"
    r"[A-Za-z0-9+/]{24,}={0,2}",
    re.I,
)


def text_of(item: dict[str, Any]) -> str:
    return "\n".join(
        str(m.get("content") or "") for m in item["messages"] if m.get("role") == "user"
    )


def keyword_flag(item: dict[str, Any]) -> bool:
    return KEYWORDS.search(text_of(item)) is not None


DIM = 1 << 18


def _features(text: str) -> dict[int, float]:
    text = text.lower()[:4000]
    counts: dict[int, float] = {}
    for n in (3, 4, 5):
        for i in range(len(text) - n + 1):
            h = zlib.crc32(text[i : i + n].encode()) & (DIM - 1)
            counts[h] = counts.get(h, 0.0) + 1.0
    return counts


class TfidfLR:
    def __init__(self) -> None:
        self.idf = np.zeros(DIM, dtype=np.float32)
        self.w = np.zeros(DIM, dtype=np.float32)
        self.b = 0.0
        self.threshold = 0.5

    def _vec(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        feats = _features(text)
        idx = np.fromiter(feats.keys(), dtype=np.int64, count=len(feats))
        val = np.fromiter(feats.values(), dtype=np.float32, count=len(feats))
        val = (1 + np.log(val)) * self.idf[idx]
        norm = float(np.linalg.norm(val)) or 1.0
        return idx, val / norm

    def fit(self, texts: list[str], labels: list[int], epochs: int = 4, lr: float = 0.5) -> None:
        df = np.zeros(DIM, dtype=np.float32)
        for text in texts:
            df[list(_features(text).keys())] += 1
        self.idf = np.log((1 + len(texts)) / (1 + df)).astype(np.float32) + 1
        vecs = [self._vec(t) for t in texts]
        pos = max(1, sum(labels))
        neg = max(1, len(labels) - pos)
        order = np.random.default_rng(0).permutation(len(texts))
        for _ in range(epochs):
            for i in order:
                idx, val = vecs[i]
                y = labels[i]
                z = float(val @ self.w[idx]) + self.b
                p = 1 / (1 + math.exp(-max(-30, min(30, z))))
                g = (p - y) * (len(labels) / (2 * (pos if y else neg)))
                self.w[idx] -= lr * (g * val + 1e-5 * self.w[idx])
                self.b -= lr * g * 0.1

    def score(self, text: str) -> float:
        idx, val = self._vec(text)
        z = float(val @ self.w[idx]) + self.b
        return 1 / (1 + math.exp(-max(-30, min(30, z))))

    def calibrate(self, benign_texts: list[str], fpr: float = 0.01) -> None:
        scores = sorted((self.score(t) for t in benign_texts), reverse=True)
        k = int(len(scores) * fpr)
        self.threshold = scores[k] + 1e-9 if scores else 0.5
