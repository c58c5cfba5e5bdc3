"""Embedded-model speed, each backend side by side in one run: load time, first-token latency
(warm: the second of two identical requests), tokens per second of wall and of CPU time, on one
thread. CPU time is reported because the machine is shared: wall time measures the neighbours.

    PYTHONPATH=src .venv/bin/python bench/localmodel/run.py [--tokens 64] [--repeats 3]

The int8 row needs torch (extra ``localmodel-int8``); without it the row says so.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import time


def measure(backend: str, tokens: int, repeats: int) -> dict[str, float] | str:
    if backend == "int8" and importlib.util.find_spec("torch") is None:
        return "torch not installed (pip install -e '.[localmodel-int8]')"
    os.environ["EXPORTGATE_LOCALMODEL_BACKEND"] = backend
    from exportgate.localmodel.chat import render_chat
    from exportgate.localmodel.engine import LocalModel
    from exportgate.localmodel.sampling import SamplingParams

    cpu0 = time.process_time()
    model = LocalModel(threads=1)
    load_cpu = time.process_time() - cpu0
    prompt = model.tokenize(render_chat([{"role": "user", "content": "Tell me about the sea."}]))
    params = SamplingParams(max_tokens=tokens, seed=1)
    firsts, firsts_cpu, rates, rates_cpu = [], [], [], []
    for _ in range(repeats + 1):  # the first pass warms caches and is not counted
        wall0, cpu0 = time.perf_counter(), time.process_time()
        steps = model.generate(prompt, params, ignore_eos=True)
        next(steps)
        first, first_cpu = time.perf_counter() - wall0, time.process_time() - cpu0
        wall1, cpu1 = time.perf_counter(), time.process_time()
        n = sum(1 for _ in steps)
        firsts.append(first)
        firsts_cpu.append(first_cpu)
        rates.append(n / (time.perf_counter() - wall1))
        rates_cpu.append(n / max(1e-9, time.process_time() - cpu1))
    return {
        "load_s": model.load_seconds,
        "load_cpu_s": load_cpu,
        "first_token_ms": 1000 * statistics.median(firsts[1:]),
        "first_token_cpu_ms": 1000 * statistics.median(firsts_cpu[1:]),
        "tokens_per_s": statistics.median(rates[1:]),
        "tokens_per_cpu_s": statistics.median(rates_cpu[1:]),
        "prompt_tokens": float(len(prompt)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tokens", type=int, default=64)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    print(
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
        f"{args.tokens} tokens x {args.repeats} runs (medians), one thread"
    )
    print(
        f"{'backend':8} {'load s':>7} {'(cpu)':>6} {'1st tok ms':>10} {'(cpu)':>6} "
        f"{'tok/s':>6} {'tok/cpu-s':>9}"
    )
    for backend in ("float32", "int8"):
        row = measure(backend, args.tokens, args.repeats)
        if isinstance(row, str):
            print(f"{backend:8} {row}")
            continue
        print(
            f"{backend:8} {row['load_s']:7.2f} {row['load_cpu_s']:6.2f} "
            f"{row['first_token_ms']:10.0f} {row['first_token_cpu_ms']:6.0f} "
            f"{row['tokens_per_s']:6.1f} {row['tokens_per_cpu_s']:9.1f}"
        )


if __name__ == "__main__":
    main()
