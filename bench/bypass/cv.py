"""Held-out estimates of generalisation for the learned part.

    PYTHONPATH=src:bench/bypass .venv/bin/python bench/bypass/cv.py [--families] [--accounts]

Round 4: the estimate is **leave one writer out** (``lowo.py``): every evaluation set or training
corpus written by a different helper (sets A, C, D, corpora t1-t3) is held out in turn; the
learned part is trained on everything else with the shipped settings of ``train_learned.py`` and
scores the held-out writer's prompts and account traces. Sets A and C are marked in the report:
the rule parts were written while reading them, so their held-out figures flatter the rules;
set D and the corpora are the honest folds. Arguments are passed to ``lowo.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import lowo  # noqa: E402

if __name__ == "__main__":
    lowo.main()
