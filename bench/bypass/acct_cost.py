"""Per-request cost of the online account detector: ``fold`` + ``holds`` per observation, as
the gateway calls them after every screened request, round 7's settings against this
checkout's defaults, interleaved in the same run (medians of ``--runs``).

    PYTHONPATH=src:bench/bypass .venv/bin/python bench/bypass/acct_cost.py [--cache F] [--runs 5]

The observations come from ``acct_explain.py``'s cache (one per usage record of a set).
"""

from __future__ import annotations

import argparse
import dataclasses
import pickle
import statistics
import time
from pathlib import Path

from acct_lowo import ROUND7

from exportgate.bypass.account import AccountConfig, AccountState, Observation


def once(accounts: dict[str, list[Observation]], config: AccountConfig) -> tuple[float, int]:
    n = 0
    start = time.perf_counter()
    for account, items in accounts.items():
        state = AccountState(account, config)
        for obs in items:
            state.fold(obs)
            state.holds()
        n += len(items)
    return time.perf_counter() - start, n


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cache", default="/tmp/bypassacct/g_obs.pkl")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    accounts: dict[str, list[Observation]] = pickle.loads(Path(args.cache).read_bytes())
    configs = {
        "round 7": dataclasses.replace(AccountConfig(), **ROUND7),
        "this checkout": AccountConfig(),
    }
    times: dict[str, list[float]] = {k: [] for k in configs}
    n = 0
    for _ in range(args.runs):
        for name, config in configs.items():
            spent, n = once(accounts, config)
            times[name].append(spent)
    base = statistics.median(times["round 7"])
    for name, spent in times.items():
        med = statistics.median(spent)
        print(
            f"{name}: {med / n * 1e6:.2f} µs per request (median of {args.runs}, {n} requests), "
            f"{med / base:.3f}x round 7"
        )


if __name__ == "__main__":
    main()
