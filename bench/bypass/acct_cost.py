"""Per-request cost of the online account detector: ``fold`` + ``holds`` per observation, as
the gateway calls them after every screened request; a base commit's ``account.py`` against
this checkout's, interleaved in the same run (medians of ``--runs``).

    PYTHONPATH=src:bench/bypass .venv/bin/python bench/bypass/acct_cost.py --base main \\
        [--cache F] [--runs 7]

The observations come from ``acct_explain.py``'s cache (one per usage record of a set).
"""

from __future__ import annotations

import argparse
import importlib.util
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from exportgate.bypass import account


def base_module(commit: str) -> ModuleType:
    """``src/exportgate/bypass/account.py`` as it is at ``commit``, imported on its own."""
    text = subprocess.run(
        ["git", "show", f"{commit}:src/exportgate/bypass/account.py"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    path = Path(tempfile.mkdtemp()) / "account_base.py"
    path.write_text(text, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("account_base", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["account_base"] = module
    spec.loader.exec_module(module)
    return module


def once(module: Any, accounts: dict[str, list[Any]]) -> tuple[float, int, int]:
    n = held = 0
    start = time.perf_counter()
    for name, items in accounts.items():
        state = module.AccountState(name)
        for obs in items:
            state.fold(obs)
            held += state.holds()
        n += len(items)
    return time.perf_counter() - start, n, held


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="main")
    parser.add_argument("--cache", default="/tmp/bypassacct/g_obs.pkl")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    accounts: dict[str, list[Any]] = pickle.loads(Path(args.cache).read_bytes())
    modules = {f"base {args.base}": base_module(args.base), "this checkout": account}
    times: dict[str, list[float]] = {k: [] for k in modules}
    for _ in range(args.runs):
        for name, module in modules.items():
            spent, n, held = once(module, accounts)
            times[name].append(spent)
    base = statistics.median(times[f"base {args.base}"])
    for name, runs in times.items():
        med = statistics.median(runs)
        print(
            f"{name}: {med / n * 1e6:.2f} µs per request (median of {args.runs} runs over "
            f"{n} requests), {med / base:.3f}x base"
        )


if __name__ == "__main__":
    main()
