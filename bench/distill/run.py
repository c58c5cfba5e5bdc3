"""Distillation-defence benchmark: exportgate vs a volume threshold vs PRADA, in one run.

Simulates a fortnight of traffic (benign ShareGPT users, hard negatives, eight campaign families,
one instance per family per week), replays it through the online detector day by day (the adaptive
attacker sees its bans and re-tunes), and batch-scans each week. Every threshold is fixed on
week 1 (benign accounts only); every figure printed is measured on week 2.

    .venv/bin/python bench/distill/run.py [--seed 7] [--scale 1.0]
"""

from __future__ import annotations

import argparse
import bisect
import heapq
import json
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from baselines import prada_scores, volume_scores  # noqa: E402

from exportgate.distill import DetectorConfig, OnlineDetector  # noqa: E402
from exportgate.distill.scan import scan, scan_files  # noqa: E402
from exportgate.distill.simulate import (  # noqa: E402
    FAMILIES,
    HARD_NEGATIVE_GROUPS,
    Label,
    SimConfig,
    build,
)
from exportgate.records import Account, UsageRecord, to_json  # noqa: E402

DAY = 86400.0
WHY_FABRICATED_HISTORY = (
    "Signal 'fabricated_history' (catches the adaptive attacker's last level): a request whose history\n"
    "claims an assistant turn after a user message this account never sent through the gateway. A person\n"
    "continuing a chat resends turns the gateway served; a harvesting script that pads single questions\n"
    "with copied warm-up exchanges (to look conversational and evade single-turn / template signals) must\n"
    "invent them, because every real exchange would cost it a request. It is an automation signal only:\n"
    "it needs valuable answers too (few-shot prompting by batch jobs also invents turns but gets short\n"
    "labels back). Not tested here: clients whose history starts before the served-prompt index (first\n"
    "days after deployment, conversations imported from elsewhere)."
)


def auc(pos: list[float], neg: list[float]) -> float:
    neg_sorted = sorted(neg)
    total = 0.0
    for s in pos:
        lo = bisect.bisect_left(neg_sorted, s)
        hi = bisect.bisect_right(neg_sorted, s)
        total += lo + 0.5 * (hi - lo)
    return total / (len(pos) * len(neg)) if pos and neg else float("nan")


def threshold_at_fpr(neg: list[float], fpr: float) -> float:
    """Smallest threshold whose false-positive rate on ``neg`` is at most ``fpr``."""
    ordered = sorted(neg, reverse=True)
    allowed = int(fpr * len(ordered))
    if allowed >= len(ordered):
        return -1.0
    return ordered[allowed] + 1e-9


def rate(values: list[float], threshold: float) -> float:
    return sum(1 for v in values if v >= threshold) / len(values) if values else float("nan")


def online_replay(sim, accounts: dict[str, Account], config: DetectorConfig):
    """Feed every request in time order; the adaptive attackers get their bans at day end."""
    flagged_at: dict[str, float] = {}
    detector = OnlineDetector(config, on_alert=lambda alert: None)
    world = sim.world
    base = sorted(world.records, key=lambda r: r.ts)
    cursor = 0
    observe_cpu = 0.0
    maintain_cpu = 0.0
    observed = 0
    samples_ns: list[int] = []
    maintain_ns: list[int] = []
    next_maintain = 0.0
    served_before_flag: dict[str, int] = defaultdict(int)

    def feed(records: list[UsageRecord]) -> None:
        nonlocal observe_cpu, observed, maintain_cpu, next_maintain
        start = time.process_time()
        for record in records:
            account_id = record.account_id
            if account_id is None:
                continue
            ts = record.ts.timestamp()
            if ts >= next_maintain:
                # The gateway's periodic maintenance task (here: once a simulated minute).
                next_maintain = ts + 60.0
                c0, t0 = time.process_time(), time.perf_counter_ns()
                detector.maintain(budget_s=None)
                maintain_ns.append(time.perf_counter_ns() - t0)
                maintain_cpu += time.process_time() - c0
            if observed % 97 == 0:
                t0 = time.perf_counter_ns()
                detector.observe(record, accounts.get(account_id))
                samples_ns.append(time.perf_counter_ns() - t0)
            else:
                detector.observe(record, accounts.get(account_id))
            observed += 1
            if account_id not in flagged_at:
                served_before_flag[account_id] += 1
                if detector.is_suspected(account_id):
                    flagged_at[account_id] = record.ts.timestamp()
        observe_cpu += time.process_time() - start

    def oracle(
        day_end: float, day_records: list[UsageRecord], new_accounts: list[Account]
    ) -> set[str]:
        nonlocal cursor
        for account in new_accounts:
            accounts[account.id] = account
        stop = cursor
        while stop < len(base) and base[stop].ts.timestamp() < day_end:
            stop += 1
        todays = list(heapq.merge(base[cursor:stop], day_records, key=lambda r: r.ts))
        cursor = stop
        feed(todays)
        detector.maintain(budget_s=None)
        # Every flagged account is banned; the attacker notices its own.
        for account_id in list(detector.flagged):
            if account_id not in flagged_at:
                flagged_at[account_id] = day_end
        return set(detector.flagged)

    sim.run_adaptive(oracle)
    observe_cpu -= maintain_cpu
    return flagged_at, served_before_flag, observe_cpu, observed, samples_ns, detector, maintain_ns


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    config = DetectorConfig()
    t_start = time.perf_counter()

    sim = build(SimConfig(seed=args.seed, scale=args.scale))
    accounts = {a.id: a for a in sim.world.accounts}
    flagged_at, served, observe_cpu, observed, samples_ns, _, maintain_ns = online_replay(
        sim, accounts, config
    )
    world = sim.world
    labels = world.labels
    account_list = list(accounts.values())
    t_sim = time.perf_counter() - t_start

    def label_of(record: UsageRecord) -> Label:
        return labels[record.account_id or ""]

    weeks: dict[int, list[UsageRecord]] = {1: [], 2: []}
    for record in world.records:
        week = world.week_of(record)
        if week in weeks:
            weeks[week].append(record)

    # ---- week 1: tuning data (benign accounts only set thresholds)
    w1 = scan(weeks[1], account_list, config)
    w1_ours = w1.scores()
    w1_volume = volume_scores(weeks[1])
    w1_prada = prada_scores(weeks[1])
    w1_benign = [a for a in w1_ours if not labels[a].attack]

    # ---- week 2: report
    with tempfile.TemporaryDirectory() as tmp:
        usage_path = Path(tmp) / "usage.jsonl"
        with usage_path.open("wb") as fh:
            for record in weeks[2]:
                fh.write(to_json(record) + b"\n")
        accounts_path = Path(tmp) / "accounts.jsonl"
        with accounts_path.open("wb") as fh:
            for account in account_list:
                fh.write(to_json(account) + b"\n")
        cpu0 = time.process_time()
        w2 = scan_files(
            usage_path,
            Path(tmp) / "scores.jsonl",
            accounts_path,
            Path(tmp) / "clusters.jsonl",
            None,
            config,
        )
        scan_cpu = time.process_time() - cpu0
        cpu0 = time.process_time()
        scan(weeks[2], account_list, config)
        scan_core_cpu = time.process_time() - cpu0
    ours = w2.scores()
    volume = volume_scores(weeks[2])
    prada = prada_scores(weeks[2])
    active = list(ours)
    pos = [a for a in active if labels[a].attack]
    neg = [a for a in active if not labels[a].attack]

    methods = {
        "volume threshold": (volume, w1_volume),
        "PRADA (per account)": (prada, w1_prada),
        "exportgate": (ours, w1_ours),
    }
    rows: list[tuple[str, list[str]]] = []

    def add(name: str, values: list[str]) -> None:
        rows.append((name, values))

    add(
        "AUC (account level)",
        [f"{auc([s[a] for a in pos], [s[a] for a in neg]):.4f}" for s, _ in methods.values()],
    )
    thresholds: dict[str, dict[float, float]] = {}
    for name, (_, s1) in methods.items():
        thresholds[name] = {
            f: threshold_at_fpr([s1.get(a, 0.0) for a in w1_benign], f)
            for f in (0.01, 0.005, 0.001)
        }
    thresholds["exportgate"][-1] = config.threshold
    for fpr in (0.01, 0.005, 0.001):
        add(
            f"TPR at wk1-tuned FPR {fpr:.1%}",
            [
                f"{rate([s[a] for a in pos], thresholds[n][fpr]):.3f}"
                for n, (s, _) in methods.items()
            ],
        )
        add(
            "  wk2 FPR at that threshold",
            [
                f"{rate([s[a] for a in neg], thresholds[n][fpr]):.4f}"
                for n, (s, _) in methods.items()
            ],
        )
    shipped = config.threshold
    add(
        f"TPR / FPR at shipped threshold {shipped}",
        [
            "-",
            "-",
            f"{rate([ours[a] for a in pos], shipped):.3f} / {rate([ours[a] for a in neg], shipped):.4f}",
        ],
    )
    non_adaptive = [a for a in pos if labels[a].group != "adaptive"]
    add(
        "  TPR without the adaptive attacker's accounts",
        [
            f"{rate([volume[a] for a in non_adaptive], thresholds['volume threshold'][0.005]):.3f}",
            f"{rate([prada.get(a, 0.0) for a in non_adaptive], thresholds['PRADA (per account)'][0.005]):.3f}",
            f"{rate([ours[a] for a in non_adaptive], shipped):.3f}",
        ],
    )

    def family_cov(scores: dict[str, float], threshold: float, family: str) -> str:
        members = [a for a in pos if labels[a].group == family]
        return (
            f"{rate([scores.get(a, 0.0) for a in members], threshold):.2f} (n={len(members)})"
            if members
            else "-"
        )

    for family in FAMILIES:
        add(
            f"coverage {family}",
            [
                family_cov(volume, thresholds["volume threshold"][0.005], family),
                family_cov(prada, thresholds["PRADA (per account)"][0.005], family),
                family_cov(ours, shipped, family),
            ],
        )
    for group in HARD_NEGATIVE_GROUPS:
        members = [a for a in neg if labels[a].group == group]
        add(
            f"hard negative flagged: {group}",
            [
                f"{rate([volume[a] for a in members], thresholds['volume threshold'][0.005]):.2f}",
                f"{rate([prada.get(a, 0.0) for a in members], thresholds['PRADA (per account)'][0.005]):.2f}",
                f"{rate([ours[a] for a in members], shipped):.2f} (n={len(members)})",
            ],
        )

    # ---- clusters (week 2 batch)
    purities, recalls = [], []
    for cluster in w2.clusters:
        groups = [labels[m].campaign or "benign" for m in cluster.members]
        if not any(labels[m].attack for m in cluster.members):
            continue
        top = max(set(groups), key=groups.count)
        purities.append(groups.count(top) / len(groups))
    campaigns_w2 = [c for c in world.campaigns.values() if c.week == 2]
    member_cluster = {m: c.id for c in w2.clusters for m in c.members}
    for campaign in campaigns_w2:
        if campaign.family not in ("hydra", "adaptive"):
            continue
        ids = [member_cluster.get(a) for a in campaign.accounts if a in ours]
        ids = [i for i in ids if i is not None]
        largest = max(ids.count(i) for i in set(ids)) if ids else 0
        recalls.append(f"{campaign.id} {largest / max(1, len(campaign.accounts)):.2f}")
    add(
        "cluster purity (median over attack clusters)",
        [
            "-",
            "-",
            f"{statistics.median(purities):.3f} ({len(purities)} clusters)" if purities else "-",
        ],
    )
    add(
        "share of a Sybil campaign's accounts in its largest cluster",
        ["-", "-", "; ".join(recalls)],
    )

    # ---- online: time and requests to detection, week-2 campaigns
    delays_by_family: dict[str, list[float]] = defaultdict(list)
    first_flag_by_family: dict[str, list[float]] = defaultdict(list)
    served_by_family: dict[str, list[float]] = defaultdict(list)
    for campaign in campaigns_w2:
        delays = sorted(
            (flagged_at[a] - campaign.start) / DAY if a in flagged_at else float("inf")
            for a in campaign.accounts
        )
        delays_by_family[campaign.family].append(statistics.median(delays))
        first_flag_by_family[campaign.family].append(delays[0])
        total = sum(served.get(a, 0) for a in campaign.accounts)
        served_by_family[campaign.family].append(total)
    add(
        "online, wk2: days from campaign start until half its accounts / its first account are flagged",
        ["", "", ""],
    )

    def days(x: float) -> str:
        return "never" if x == float("inf") else f"{x:.2f}d"

    for family in FAMILIES:
        half = delays_by_family.get(family, [])
        first = first_flag_by_family.get(family, [])
        add(
            f"  {family}",
            [
                "-",
                "-",
                ", ".join(f"{days(h)} / {days(f)}" for h, f in zip(half, first, strict=True)),
            ],
        )
    add(
        "online: requests served to wk2 campaigns before each account's flag",
        [
            "-",
            "-",
            f"{sum(sum(v) for v in served_by_family.values()):,.0f} of "
            f"{sum(1 for r in weeks[2] if label_of(r).attack):,}",
        ],
    )
    benign_w2 = [a for a in neg]
    online_fp = sum(1 for a in benign_w2 if a in flagged_at)
    add(
        "online: benign accounts flagged (wk2 active, any time)",
        ["-", "-", f"{online_fp} of {len(benign_w2)}"],
    )

    # ---- adaptive attacker
    adaptive = sim.adaptive[1]
    adaptive_requests = sum(1 for r in weeks[2] if label_of(r).campaign == adaptive.campaign.id)
    add(
        "adaptive (wk2): accounts burned / level reached",
        [
            "-",
            "-",
            f"{len(adaptive.banned)} banned of {adaptive.accounts_used}; level {adaptive.level}",
        ],
    )
    add(
        "adaptive (wk2): requests served before flag / total",
        [
            "-",
            "-",
            f"{sum(served.get(a, 0) for a in adaptive.campaign.accounts):,} / {adaptive_requests:,}",
        ],
    )
    first_seen: dict[str, float] = {}
    for record in weeks[2]:
        if record.account_id is not None:
            first_seen.setdefault(record.account_id, record.ts.timestamp())
    lags = sorted(
        (flagged_at[a] - first_seen[a]) / DAY if a in flagged_at else float("inf")
        for a in adaptive.campaign.accounts
        if a in first_seen
    )
    if lags:
        add(
            "adaptive (wk2): days from an account's first request to its flag, median / p90",
            ["-", "-", f"{days(statistics.median(lags))} / {days(lags[int(0.9 * len(lags))])}"],
        )
    add(
        "adaptive (wk2): batch coverage at shipped threshold",
        ["-", "-", family_cov(ours, shipped, "adaptive")],
    )

    # ---- speed
    per_request_us = observe_cpu / observed * 1e6
    p50 = statistics.median(samples_ns) / 1000
    p99 = sorted(samples_ns)[int(0.99 * len(samples_ns))] / 1000
    add(
        "online observe (+is_suspected), CPU µs/request mean; p50/p99 wall",
        ["-", "-", f"{per_request_us:.1f}; {p50:.1f}/{p99:.1f}"],
    )
    maintain_sorted = sorted(maintain_ns)
    add(
        "maintain() once a simulated minute, off the request path: ms wall p50/p99/max",
        [
            "-",
            "-",
            f"{maintain_sorted[len(maintain_sorted) // 2] / 1e6:.2f}/"
            f"{maintain_sorted[int(0.99 * len(maintain_sorted))] / 1e6:.2f}/{maintain_sorted[-1] / 1e6:.1f}",
        ],
    )
    add(
        "scan records/s (CPU, parse+score+write; core only)",
        ["-", "-", f"{len(weeks[2]) / scan_cpu:,.0f}; {len(weeks[2]) / scan_core_cpu:,.0f}"],
    )

    calib = time.process_time()
    sum(range(10_000_000))
    calib = time.process_time() - calib
    add(
        "CPU reference: sum(range(1e7)) seconds (≈0.10-0.15 on an idle core)",
        ["-", "-", f"{calib:.2f}"],
    )
    width = max(len(r[0]) for r in rows) + 2
    names = list(methods)
    print(
        f"Distillation defence benchmark — seed {args.seed}, scale {args.scale}; week 1 tunes, week 2 reports"
    )
    print(
        f"week 1: {len(weeks[1]):,} requests, {len(w1_ours):,} accounts; week 2: {len(weeks[2]):,} requests, "
        f"{len(pos)} attack / {len(neg)} benign accounts; wk1 benign max score {max(w1_ours[a] for a in w1_benign):.3f}"
    )
    print("".ljust(width) + "".join(n.rjust(22) for n in names[:2]) + "  " + names[2])
    for name, values in rows:
        print(name.ljust(width) + "".join(v.rjust(22) for v in values[:2]) + "  " + values[2])
    print(
        f"(simulation + online replay {t_sim:.0f}s; total {time.perf_counter() - t_start:.0f}s wall)"
    )
    print(WHY_FABRICATED_HISTORY)
    summary = {name: values for name, values in rows}
    Path(tempfile.gettempdir(), "distill_bench_last.json").write_text(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
