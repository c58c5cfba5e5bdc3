"""Where the first stage spends its time: a cProfile over every prompt of every set (≤ 8,000
characters unless --max-chars) and the slowest prompts (per-prompt best of 3) with their sizes.

    PYTHONPATH=src:bench/bypass .venv/bin/python bench/bypass/profile_stage.py [--top 40] [--slow 25]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import time
from collections.abc import Callable
from typing import Any

from speedsets import chars, load_all

# the stages are timed by wrapping the detector module's functions, which its compiled build
# (scripts/build_native.py --package bypass) calls directly: profile the sources
os.environ.setdefault("EXPORTGATE_BYPASS_PURE", "1")

from exportgate.bypass import detector as detector_module
from exportgate.bypass.detector import Detector

STAGES = (
    "shape",
    "normalize",
    "score_intent",
    "offensive_cyber",
    "language",
    "foreign_ask",
    "targeting",
    "data_text",
    "carried_instructions",
    "action_in_data",
    "score_framing",
    "meta_discussion",
    "quoted_mention",
    "concept_signals",
    "concept_counts",
    "text_features",
    "escalation",
    "trajectory",
    "is_refusal",
    "_obfuscation_parts",
)


def stage_clocks(items: list[dict[str, Any]], detector: Detector) -> None:
    """Wall time per named part (wrapping the detector module's references to them)."""
    clocks: dict[str, float] = dict.fromkeys(STAGES, 0.0)
    saved = {name: getattr(detector_module, name) for name in STAGES}

    def wrap(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*a: Any, **k: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                clocks[name] += time.perf_counter() - start

        return timed

    for name, fn in saved.items():
        setattr(detector_module, name, wrap(name, fn))
    model_type = type(detector.model)
    prob = model_type.probability
    clocks["learned.probability"] = 0.0
    model_type.probability = wrap("learned.probability", prob)  # type: ignore[method-assign]
    try:
        start = time.perf_counter()
        for item in items:
            detector.classify(item["messages"])
        total = time.perf_counter() - start
    finally:
        for name, fn in saved.items():
            setattr(detector_module, name, fn)
        model_type.probability = prob  # type: ignore[method-assign]
    print(f"stage clocks over {len(items)} prompts, total {total * 1000:.1f} ms")
    for name, spent in sorted(clocks.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<22} {spent * 1000:9.1f} ms  {100 * spent / total:5.1f} %")
    rest = total - sum(clocks.values())
    print(f"  {'(rest of _score)':<22} {rest * 1000:9.1f} ms  {100 * rest / total:5.1f} %")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--max-chars", type=int, default=8000)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--slow", type=int, default=25)
    parser.add_argument("--sort", default="tottime")
    parser.add_argument("--no-profile", action="store_true")
    parser.add_argument("--ids", nargs="*", default=[], help="profile only these prompt ids")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument(
        "--callers", default="", help="print the callers of functions matching this"
    )
    parser.add_argument("--stages", action="store_true", help="per-part wall clocks")
    parser.add_argument("--tail", type=float, default=0.0, help="profile only the slowest share")
    parser.add_argument("--middle", action="store_true", help="profile only p40-p60 prompts")
    parser.add_argument(
        "--latency-set", action="store_true", help="latency.py's prompts only (public test, dev, A)"
    )
    args = parser.parse_args()
    items = [i for i in load_all() if chars(i) <= args.max_chars]
    if args.latency_set:
        items = [i for i in items if i["set"] in ("public-test", "dev", "independent")]
    if args.ids:
        items = [i for i in items if str(i["id"]) in args.ids]
    detector = Detector()
    for item in items[:50]:
        detector.classify(item["messages"])
    timed = []
    for item in items:
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            detector.classify(item["messages"])
            best = min(best, time.perf_counter() - start)
        timed.append((best, item))
    timed.sort(key=lambda t: t[0])
    n = len(timed)
    print(
        f"{n} prompts: p50 {timed[n // 2][0] * 1000:.3f} ms, p90 {timed[int(0.9 * n)][0] * 1000:.3f}, "
        f"p99 {timed[int(0.99 * n)][0] * 1000:.3f} ms, total {sum(t for t, _ in timed):.2f} s"
    )
    for ms, item in reversed(timed[n - args.slow :]):
        msgs = item["messages"]
        print(
            f"  {ms * 1000:7.3f} ms  {item['set']:<14} {str(item['id'])[:28]:<28} "
            f"{chars(item):>6} chars {len(msgs)} msgs  "
            f"{str(msgs[-1].get('content'))[:60]!r}"
        )
    if args.stages:
        slow = [item for _, item in timed[int(0.98 * n) :]]
        stage_clocks([item for _, item in timed], detector)
        print("p40-p60:")
        stage_clocks([item for _, item in timed[int(0.4 * n) : int(0.6 * n)]], detector)
        print("slowest 2 %:")
        stage_clocks(slow, detector)
    if args.no_profile:
        return
    if args.tail:
        items = [item for _, item in timed[int((1 - args.tail) * n) :]]
    if args.middle:
        items = [item for _, item in timed[int(0.4 * n) : int(0.6 * n)]]
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(args.repeat):
        for item in items:
            detector.classify(item["messages"])
    profile.disable()
    stats = pstats.Stats(profile)
    stats.sort_stats(args.sort).print_stats(args.top)
    if args.callers:
        stats.print_callers(args.callers)


if __name__ == "__main__":
    main()
