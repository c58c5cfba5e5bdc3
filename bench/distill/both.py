"""Both worlds in one table: world A (our simulator, week 2; thresholds from week 1) and world B
(bench/distill/world_b, written independently from a spec; never tuned on), the detector next to
the volume and PRADA baselines, overall and per group, at the shipped threshold; plus the online
detector's flags against the scan's on both worlds.

    .venv/bin/python bench/distill/both.py [--seed-a 7] [--seed-b 1] [--world-b DIR] [--no-online]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import worlds  # noqa: E402
from baselines import prada_scores, volume_scores  # noqa: E402
from run import auc, rate, threshold_at_fpr  # noqa: E402

from exportgate.distill import DetectorConfig, OnlineDetector  # noqa: E402
from exportgate.distill.scan import scan  # noqa: E402
from exportgate.distill.simulate import SimConfig, simulate  # noqa: E402
from exportgate.records import Account, UsageRecord  # noqa: E402


def online_flags(
    records: list[UsageRecord], accounts: list[Account], config: DetectorConfig
) -> set[str]:
    """Replay in time order with maintain() once a simulated minute; the final flags."""
    by_id = {a.id: a for a in accounts}
    detector = OnlineDetector(config)
    next_maintain = 0.0
    for record in records:
        ts = record.ts.timestamp()
        if ts >= next_maintain:
            next_maintain = ts + 60.0
            detector.maintain(budget_s=None)
        detector.observe(record, by_id.get(record.account_id or ""))
    detector.maintain(budget_s=None)
    detector.relink()
    detector.maintain(budget_s=None)
    return {a for a in detector.sketches if detector.is_suspected(a)}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seed-a", type=int, default=7)
    parser.add_argument("--seed-b", type=int, default=1)
    parser.add_argument("--world-b", type=Path, default=None, help="an existing world B folder")
    parser.add_argument("--no-online", action="store_true")
    args = parser.parse_args()
    config = DetectorConfig()
    t0 = time.perf_counter()

    world_a = simulate(SimConfig(seed=args.seed_a))
    weeks: dict[int, list[UsageRecord]] = {1: [], 2: []}
    for record in world_a.records:
        weeks.setdefault(world_a.week_of(record), []).append(record)
    labels_a = {a: (lab.group, lab.attack) for a, lab in world_a.labels.items()}
    w1 = scan(weeks[1], world_a.accounts, config).scores()
    w1_benign = [a for a in w1 if not labels_a[a][1]]
    thresholds = {
        "exportgate": config.threshold,
        "volume": threshold_at_fpr(
            [v for a, v in volume_scores(weeks[1]).items() if a in w1_benign], 0.005
        ),
        "PRADA": threshold_at_fpr(
            [v for a, v in prada_scores(weeks[1]).items() if a in w1_benign], 0.005
        ),
    }

    if args.world_b is None:
        folder = Path(tempfile.mkdtemp(prefix="world_b_"))
        worlds.generate(folder, args.seed_b)
    else:
        folder = args.world_b
    world_b = worlds.load(folder)
    labels_b = {a: (lab.group, lab.attack) for a, lab in world_b.labels.items()}

    columns: dict[str, dict[str, dict[str, float]]] = {}
    agreement: dict[str, str] = {}
    for name, records, accounts in (
        ("A", weeks[2], world_a.accounts),
        ("B", world_b.records, world_b.accounts),
    ):
        cpu = time.process_time()
        result = scan(records, accounts, config)
        scan_rate = len(records) / (time.process_time() - cpu)
        columns[name] = {
            "exportgate": result.scores(),
            "volume": volume_scores(records),
            "PRADA": prada_scores(records),
        }
        agreement[f"scan records/s (CPU, in memory) {name}"] = f"{scan_rate:,.0f}"
        if not args.no_online:
            online = online_flags(sorted(records, key=lambda r: r.ts), accounts, config)
            batch = result.flagged()
            agreement[f"online vs scan flags {name}"] = (
                f"{len(online & batch)} both, {len(batch - online)} scan only, "
                f"{len(online - batch)} online only"
            )

    rows: list[tuple[str, list[str]]] = []
    methods = ("exportgate", "volume", "PRADA")
    for world, labels in (("A", labels_a), ("B", labels_b)):
        scores = columns[world]
        active = list(scores["exportgate"])
        pos = [a for a in active if labels[a][1]]
        neg = [a for a in active if not labels[a][1]]

        def cell(
            method: str, members: list[str], scores: dict[str, dict[str, float]] = scores
        ) -> str:
            s = scores[method]
            return f"{rate([s.get(a, 0.0) for a in members], thresholds[method]):.3f}"

        rows.append(
            (
                f"[{world}] AUC",
                [
                    f"{auc([scores[m].get(a, 0.0) for a in pos], [scores[m].get(a, 0.0) for a in neg]):.4f}"
                    for m in methods
                ],
            )
        )
        rows.append((f"[{world}] benign FPR (n={len(neg)})", [cell(m, neg) for m in methods]))
        rows.append(
            (f"[{world}] campaign-account TPR (n={len(pos)})", [cell(m, pos) for m in methods])
        )
        groups: dict[tuple[bool, str], list[str]] = defaultdict(list)
        for a in active:
            groups[(labels[a][1], labels[a][0])].append(a)
        for (attack, group), members in sorted(groups.items()):
            kind = "TPR" if attack else "FPR"
            rows.append(
                (
                    f"[{world}]   {kind} {group} (n={len(members)})",
                    [cell(m, members) for m in methods],
                )
            )
    width = max(len(r[0]) for r in rows) + 2
    print(
        f"Distillation detection on two worlds — A: own simulator seed {args.seed_a}, week 2 "
        f"(thresholds from week 1); B: independent simulator seed {args.seed_b}, never tuned on"
    )
    print(
        f"thresholds: exportgate {thresholds['exportgate']} (shipped); volume and PRADA at "
        "world-A week-1 benign FPR 0.5%"
    )
    print("".ljust(width) + "".join(m.rjust(12) for m in methods))
    for name, values in rows:
        print(name.ljust(width) + "".join(v.rjust(12) for v in values))
    for name, value in agreement.items():
        print(f"{name}: {value}")
    calib = time.process_time()
    sum(range(10_000_000))
    print(
        f"CPU reference sum(range(1e7)): {time.process_time() - calib:.2f}s; total "
        f"{time.perf_counter() - t0:.0f}s wall"
    )


if __name__ == "__main__":
    main()
