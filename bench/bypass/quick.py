"""Quick per-family figures on sets A and C (both burned; for development only).

PYTHONPATH=src:bench/bypass .venv/bin/python bench/bypass/quick.py [--accounts]
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import run  # noqa: E402

from exportgate.bypass.detector import Detector  # noqa: E402

HERE = Path(__file__).parent


def main() -> None:
    detector = Detector()
    for name in ("independent_c", "independent"):
        items, _ = run.load_independent(HERE / name)
        fam: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
        start = time.perf_counter()
        for item in items:
            hit = detector.classify(item["messages"]).flagged
            cell = fam[(item["label"], item["family"])]
            cell[0] += int(hit)
            cell[1] += 1
        el = time.perf_counter() - start
        tp = sum(v[0] for (lab, _), v in fam.items() if lab == "attack")
        na = sum(v[1] for (lab, _), v in fam.items() if lab == "attack")
        fp = sum(v[0] for (lab, _), v in fam.items() if lab == "benign")
        nb = sum(v[1] for (lab, _), v in fam.items() if lab == "benign")
        print(f"{name}: TPR {tp / na:.3f} FPR {fp / nb:.4f} ({1e6 * el / len(items):.0f} us)")
        for (lab, f), (h, n) in sorted(fam.items()):
            rate = h / n
            bad = (lab == "attack" and rate < 0.7) or (lab == "benign" and rate > 0.03)
            print(f"  {'!!' if bad else '  '} {lab[:3]} {f}: {rate:.2f} ({h}/{n})")
    if "--accounts" in sys.argv:
        run._usage("set C", HERE / "independent_c", detector)
        run._usage("set A", HERE / "independent", detector)


if __name__ == "__main__":
    main()
