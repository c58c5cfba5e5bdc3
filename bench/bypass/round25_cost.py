"""Round 25 (bypass25): the cost of the carried-ask and split-payload reads, same process.

The detector runs each prompt of sets L, N and O twice, with the round-25 reads on and off
(``carried_asks``, ``split_payload`` and ``pointed_lines`` stubbed to return nothing), in
alternating order per pass, on the CPU clock; prints p50 / p90 / p99 / mean per arm.

    PYTHONHASHSEED=0 PYTHONPATH=src:bench/bypass .venv/bin/python bench/bypass/round25_cost.py
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import run  # noqa: E402

import exportgate.bypass.detector as det  # noqa: E402

SETS = ("independent_l", "independent_n", "independent_o")
Arm = tuple[
    Callable[[str], tuple[str, ...]], Callable[[str], str], Callable[[str], tuple[str, ...]]
]


def _none_tuple(_: str) -> tuple[str, ...]:
    return ()


def _none_text(_: str) -> str:
    return ""


def _use(arm: Arm) -> None:
    det.carried_asks, det.split_payload, det.pointed_lines = arm


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[int(q * (len(ordered) - 1))]


def main() -> None:
    items = []
    for name in SETS:
        found, _ = run.load_independent(Path(__file__).parent / name)
        items.extend(found)
    detector = det.Detector()
    arms: dict[str, Arm] = {
        "on": (det.carried_asks, det.split_payload, det.pointed_lines),
        "off": (_none_tuple, _none_text, _none_tuple),
    }
    times: dict[str, list[float]] = {"on": [], "off": []}
    for rep in range(2):
        order = ("off", "on") if rep % 2 == 0 else ("on", "off")
        for item in items:
            for name in order:
                _use(arms[name])
                start = time.process_time_ns()
                detector.classify(item["messages"])
                times[name].append((time.process_time_ns() - start) / 1e6)
    _use(arms["on"])
    for name, values in times.items():
        print(
            f"{name}: p50 {_quantile(values, 0.5):.3f} ms p90 {_quantile(values, 0.9):.3f} "
            f"p99 {_quantile(values, 0.99):.3f} mean {sum(values) / len(values):.3f}"
        )


if __name__ == "__main__":
    main()
