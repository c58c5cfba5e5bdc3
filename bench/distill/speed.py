"""Speed of the distillation detector, best of N repeats (less sensitive to a busy machine).

    .venv/bin/python bench/distill/speed.py [--repeats 3] [--benign-users 1500]

Prints one table: scan throughput (JSON parse + score + write, and scoring alone) and the
online detector's CPU time per ``observe`` + ``is_suspected``, with a CPU reference loop.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from exportgate.distill import OnlineDetector
from exportgate.distill.scan import scan, scan_files
from exportgate.distill.simulate import SimConfig, simulate
from exportgate.records import to_json


def best(repeats: int, work) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeats):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--benign-users", type=int, default=1500)
    parser.add_argument(
        "--classic-world",
        action="store_true",
        help="world A without issue 18's extra hard negatives (the same records "
        "as before them, to compare speed with earlier versions)",
    )
    args = parser.parse_args()
    extra = {"more_hard_negatives": False, "slow_spread": False} if args.classic_world else {}
    world = simulate(
        SimConfig(
            seed=11, benign_users=args.benign_users, university_students=60, scale=0.5, **extra
        )
    )
    records = world.records
    accounts = {a.id: a for a in world.accounts}
    with tempfile.TemporaryDirectory() as tmp:
        usage = Path(tmp) / "usage.jsonl"
        with usage.open("wb") as fh:
            for record in records:
                fh.write(to_json(record) + b"\n")
        file_s = best(args.repeats, lambda: scan_files(usage, Path(tmp) / "out.jsonl"))
    core_s = best(args.repeats, lambda: scan(records, world.accounts))

    def online() -> None:
        detector = OnlineDetector()
        for i, record in enumerate(records):
            detector.observe(record, accounts.get(record.account_id or ""))
            detector.is_suspected(record.account_id or "")
            if i % 200 == 199:
                detector.maintain(budget_s=None)

    def online_split() -> tuple[float, float, list[int], list[int], int]:
        """CPU of observe + is_suspected alone, CPU of maintain(budget 5 ms) alone, wall ns per
        request and per maintain call, and the largest backlog seen."""
        detector = OnlineDetector()
        request_cpu = maintain_cpu = 0.0
        walls: list[int] = []
        maintain_walls: list[int] = []
        backlog = 0
        chunk = 200
        for start in range(0, len(records), chunk):
            batch = records[start : start + chunk]
            c0 = time.process_time()
            for record in batch:
                w0 = time.perf_counter_ns()
                detector.observe(record, accounts.get(record.account_id or ""))
                detector.is_suspected(record.account_id or "")
                walls.append(time.perf_counter_ns() - w0)
            c1 = time.process_time()
            w0 = time.perf_counter_ns()
            backlog = max(backlog, detector.maintain(budget_s=0.005))
            maintain_walls.append(time.perf_counter_ns() - w0)
            request_cpu += c1 - c0
            maintain_cpu += time.process_time() - c1
        return request_cpu, maintain_cpu, walls, maintain_walls, backlog

    calibration_before = best(args.repeats, lambda: sum(range(10_000_000)))
    online_s = best(args.repeats, online)
    request_cpu, maintain_cpu, walls, maintain_walls, backlog = online_split()
    walls.sort()
    maintain_walls.sort()
    reference = min(calibration_before, best(args.repeats, lambda: sum(range(10_000_000))))
    rows = [
        ("records", f"{len(records):,}"),
        (
            "scan records/s, parse + score + write (target >= 50,000)",
            f"{len(records) / file_s:,.0f}",
        ),
        ("scan records/s, scoring only", f"{len(records) / core_s:,.0f}"),
        (
            "online observe + is_suspected + maintain, CPU µs/request",
            f"{online_s / len(records) * 1e6:.1f}",
        ),
        (
            "  of which observe + is_suspected, CPU µs/request mean (target <= 50)",
            f"{request_cpu / len(records) * 1e6:.1f}",
        ),
        (
            "  of which maintain(budget_s=0.005) every 200 requests, CPU µs/request",
            f"{maintain_cpu / len(records) * 1e6:.1f}",
        ),
        (
            "maintain(budget_s=0.005) wall ms p50 / p99 / max; largest backlog",
            f"{maintain_walls[len(maintain_walls) // 2] / 1e6:.1f} / "
            f"{maintain_walls[int(0.99 * len(maintain_walls))] / 1e6:.1f} / {maintain_walls[-1] / 1e6:.0f}; {backlog}",
        ),
        (
            "observe + is_suspected wall µs p50 / p99 (includes GC pauses)",
            f"{walls[len(walls) // 2] / 1e3:.1f} / {walls[int(0.99 * len(walls))] / 1e3:.1f}",
        ),
        (
            "CPU reference: sum(range(1e7)) s, best before/after (≈0.10-0.15 on an idle core)",
            f"{reference:.3f}",
        ),
        (
            "scan records/s, parse + score + write, scaled to a 0.12 s reference core",
            f"{len(records) / file_s * reference / 0.12:,.0f}",
        ),
    ]
    width = max(len(name) for name, _ in rows) + 2
    print(f"distill speed, best of {args.repeats} (CPU time)")
    for name, value in rows:
        print(name.ljust(width) + value.rjust(12))


if __name__ == "__main__":
    main()
