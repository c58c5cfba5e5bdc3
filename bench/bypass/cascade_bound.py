"""How many prompts a cascade could prove harmless early: the learned part's word term computed
exactly and its signal term bounded (every positive signal weight at value 1, one band and one
area key), read from equivalence.py's scored output (latency.py's sets: public test, dev, A).

    PYTHONPATH=src .venv/bin/python bench/bypass/cascade_bound.py /tmp/equiv-head.jsonl
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

from exportgate.bypass.learned import load

LATENCY_SETS = ("public-test/", "dev/", "independent/")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("scored", type=Path, help="equivalence.py's --keep output (equiv-*.jsonl)")
    args = parser.parse_args()
    model = load()
    assert model is not None, "no shipped learned part"
    rows: list[tuple[float, str, float]] = []
    for line in args.scored.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if not row["key"].startswith(LATENCY_SETS):
            continue
        assert max(row["signals"].values(), default=0.0) <= 1.0
        hits = [model.words[w] for w in row["words"] if w in model.words]
        rows.append((row["score"], row["band"], sum(hits) / math.sqrt(max(1, len(hits)))))
    positive = {k: max(0.0, w) for k, w in model.signals.items()}
    bound = (
        max(v for k, v in positive.items() if k.startswith("band:"))
        + max(v for k, v in positive.items() if k.startswith("area:"))
        + sum(v for k, v in positive.items() if not k.startswith(("band:", "area:")))
    )
    print(f"{len(rows)} prompts; signal term at most {bound:.3f}, bias {model.bias:.3f}")
    for level in (0.4, 0.5):
        logit = math.log(level / (1 - level))
        below = sum(1 for score, _, _ in rows if score < level)
        proven = [band for _, band, words in rows if model.bias + words + bound < logit]
        print(
            f"score < {level}: {below}; proven from the words and the signal bound: "
            f"{len(proven)} ({sum(b == 'benign' for b in proven)} in the benign band)"
        )


if __name__ == "__main__":
    main()
