"""Watermark benchmark: detection power, false positives, quality cost, speed. Prints ONE table.

    .venv/bin/python bench/watermark/run.py            # 24 prompts x 200 tokens, 6,000 natural texts
    .venv/bin/python bench/watermark/run.py --quick    # 8 prompts, same natural texts

Every prompt is answered twice with the same sampling seed: plain (baseline) and watermarked, by
the embedded SmolLM2-135M model on the CPU, exactly ``--tokens`` tokens (end tokens masked).
Detection goes through text: the answer is decoded and re-tokenised by the detector's own
pure-Python tokenizer, as evidence would be in practice. Perplexity of both arms is measured
under the same plain model at temperature 1, from the log-probabilities recorded while sampling.
False positives: the 6,000 human and assistant turns in ``data/sharegpt_natural.jsonl.gz``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import statistics
import sys
import time
from pathlib import Path

DATA = Path(__file__).parent / "data" / "sharegpt_natural.jsonl.gz"
P_THRESHOLD = 1e-5


def load_natural() -> list[dict[str, str]]:
    with gzip.open(DATA, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def pick_prompts(natural: list[dict[str, str]], count: int) -> list[str]:
    prompts = [n["text"] for n in natural if n["role"] == "human" and len(n["text"]) < 400]
    step = max(1, len(prompts) // count)
    return prompts[::step][:count]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="8 prompts instead of 24")
    parser.add_argument("--prompts", type=int, default=None)
    parser.add_argument("--tokens", type=int, default=200)
    parser.add_argument(
        "--natural", type=int, default=6000, help="natural texts for false positives"
    )
    parser.add_argument("--scheme", default="tournament", choices=["tournament", "kgw-selfhash"])
    parser.add_argument("--delta", type=float, default=None)
    parser.add_argument("--gamma", type=float, default=None)
    parser.add_argument("--temperature", type=float, default=1.0)
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    import numpy as np

    from exportgate.localmodel.chat import render_chat
    from exportgate.localmodel.engine import LocalModel, runtime_available
    from exportgate.localmodel.sampling import SamplingParams
    from exportgate.watermark.detect import detect_tokens
    from exportgate.watermark.keys import Keyring, WatermarkKey
    from exportgate.watermark.params import WatermarkParams
    from exportgate.watermark.processor import make_processor
    from exportgate.watermark.tokenizer import default_tokenizer

    ok, why = runtime_available()
    if not ok:
        sys.exit(f"cannot run: {why}")
    overrides = {k: v for k, v in (("delta", args.delta), ("gamma", args.gamma)) if v is not None}
    params = WatermarkParams(scheme=args.scheme, **overrides)  # type: ignore[arg-type]
    key = WatermarkKey("bench", b"benchmark key, not a production secret")
    ring = Keyring((key,), "bench")
    tokenizer = default_tokenizer()
    natural = load_natural()[: args.natural]
    n_prompts = args.prompts or (8 if args.quick else 24)
    prompts = pick_prompts(load_natural(), n_prompts)

    started = time.perf_counter()
    model = LocalModel()
    load_s = time.perf_counter() - started
    processor = make_processor(key, params, args.temperature)
    processor_seconds = 0.0

    class TimedWatermark:
        """The watermark, with the time spent in it added up."""

        def reset(self) -> None:
            getattr(processor, "reset", lambda: None)()

        def reweight(self, history, tokens, logits):  # type: ignore[no-untyped-def]
            nonlocal processor_seconds
            t0 = time.perf_counter()
            out = processor.reweight(history, tokens, logits)
            processor_seconds += time.perf_counter() - t0
            return out

    timed_processor = TimedWatermark()

    runs: dict[str, list[dict[str, float | list[int]]]] = {"plain": [], "watermarked": []}
    for index, prompt in enumerate(prompts):
        prompt_tokens = model.tokenize(render_chat([{"role": "user", "content": prompt}]))[-512:]
        sampling = SamplingParams(
            temperature=args.temperature, max_tokens=args.tokens, seed=1000 + index
        )
        arms = ("plain", "watermarked") if index % 2 == 0 else ("watermarked", "plain")
        for arm in arms:
            processor_seconds = 0.0
            t0 = time.perf_counter()
            first = None
            tokens: list[int] = []
            logprobs: list[float] = []
            for step in model.generate(
                prompt_tokens,
                sampling,
                timed_processor if arm == "watermarked" else None,
                record_logprobs=True,
                ignore_eos=True,
            ):
                if first is None:
                    first = time.perf_counter() - t0
                if step.token >= 0:
                    tokens.append(step.token)
                    logprobs.append(step.plain_logprob or 0.0)
            total = time.perf_counter() - t0
            decode_s = total - (first or 0.0)
            runs[arm].append(
                {
                    "tokens": tokens,
                    "first_token_s": first or 0.0,
                    "total_s": total,
                    "decode_tps": (len(tokens) - 1) / decode_s if decode_s > 0 else 0.0,
                    "ppl": math.exp(-sum(logprobs) / len(logprobs)),
                    "nll_sum": -sum(logprobs),
                    "n": len(logprobs),
                    "processor_s": processor_seconds,
                }
            )
        print(f"  prompt {index + 1}/{len(prompts)} done", file=sys.stderr)
    gen_s = time.perf_counter() - started

    def detect_text(tokens: list[int], length: int) -> float:
        text = model.detokenize(tokens[:length])
        return detect_tokens(tokenizer.encode(text), ring, params).p_value

    lengths = [n for n in (50, 100, 200) if n <= args.tokens]
    tpr = {
        n: statistics.mean(detect_text(r["tokens"], n) < P_THRESHOLD for r in runs["watermarked"])
        for n in lengths
    }  # type: ignore[arg-type]
    fpr_model = {
        n: statistics.mean(detect_text(r["tokens"], n) < P_THRESHOLD for r in runs["plain"])
        for n in lengths
    }  # type: ignore[arg-type]
    median_p = {
        n: statistics.median(detect_text(r["tokens"], n) for r in runs["watermarked"])
        for n in lengths
    }  # type: ignore[arg-type]
    scored = statistics.median(
        detect_tokens(tokenizer.encode(model.detokenize(r["tokens"])), ring, params).tokens_scored  # type: ignore[arg-type]
        for r in runs["watermarked"]
    )

    t0 = time.perf_counter()
    natural_p = [detect_tokens(tokenizer.encode(n["text"]), ring, params).p_value for n in natural]
    natural_s = time.perf_counter() - t0
    false_pos = sum(p < P_THRESHOLD for p in natural_p)
    by_role = {
        role: sum(
            1
            for n, p in zip(natural, natural_p, strict=True)
            if n["role"] == role and p < P_THRESHOLD
        )
        for role in ("human", "gpt")
    }

    def med(arm: str, field: str) -> float:
        return statistics.median(float(r[field]) for r in runs[arm])  # type: ignore[arg-type]

    def pooled_ppl(arm: str) -> float:
        return math.exp(
            sum(float(r["nll_sum"]) for r in runs[arm]) / sum(float(r["n"]) for r in runs[arm])
        )  # type: ignore[arg-type]

    wm_share = statistics.median(
        float(r["processor_s"]) / float(r["total_s"]) for r in runs["watermarked"]
    )  # type: ignore[arg-type]
    rows = [
        (
            "detection TPR @ p<1e-5, 50 tokens",
            f"{fpr_model.get(50, float('nan')):.2f} (FPR)",
            f"{tpr.get(50, float('nan')):.2f}",
            "",
            "",
        ),
        (
            "detection TPR @ p<1e-5, 100 tokens",
            f"{fpr_model.get(100, float('nan')):.2f} (FPR)",
            f"{tpr.get(100, float('nan')):.2f}",
            "",
            "",
        ),
        (
            "detection TPR @ p<1e-5, 200 tokens",
            f"{fpr_model.get(200, float('nan')):.2f} (FPR)",
            f"{tpr.get(200, float('nan')):.2f}",
            "",
            ">= 0.99",
        ),
        (
            "median p-value, 200 tokens",
            "",
            f"{median_p.get(200, float('nan')):.2g}",
            f"{scored:.0f} scored",
            "",
        ),
        (
            f"false positives, {len(natural)} ShareGPT turns",
            "",
            f"{false_pos} (human {by_role['human']}, assistant {by_role['gpt']})",
            f"min p {min(natural_p):.2g}",
            "0",
        ),
        (
            "perplexity (median per answer)",
            f"{med('plain', 'ppl'):.2f}",
            f"{med('watermarked', 'ppl'):.2f}",
            f"x{med('watermarked', 'ppl') / med('plain', 'ppl'):.3f}",
            "<= x1.15",
        ),
        (
            "perplexity (pooled over tokens)",
            f"{pooled_ppl('plain'):.2f}",
            f"{pooled_ppl('watermarked'):.2f}",
            f"x{pooled_ppl('watermarked') / pooled_ppl('plain'):.3f}",
            "<= x1.15",
        ),
        (
            "decode tokens/s (median)",
            f"{med('plain', 'decode_tps'):.1f}",
            f"{med('watermarked', 'decode_tps'):.1f}",
            f"x{med('watermarked', 'decode_tps') / med('plain', 'decode_tps'):.3f}",
            ">= 30",
        ),
        ("watermark share of generation time", "", f"{wm_share:.2%}", "", "<= 5%"),
        (
            "first token, warm (median s)",
            f"{med('plain', 'first_token_s'):.3f}",
            f"{med('watermarked', 'first_token_s'):.3f}",
            "",
            "<= 1 s",
        ),
    ]
    print(
        f"\nwatermark bench: SmolLM2-135M Q4_1 via the NumPy forward pass, {model.threads} threads, scheme {params.scheme} "
        f"gamma={params.gamma} delta={params.delta} h={params.context_width}, T={args.temperature} top_p=0.95 top_k=50, "
        f"{len(prompts)} prompts x {args.tokens} tokens; model load {load_s:.2f} s; generation {gen_s:.0f} s; "
        f"natural-text scoring {natural_s:.0f} s"
    )
    widths = [38, 14, 34, 14, 9]
    header = ("measure", "plain", "watermarked", "ratio/note", "target")
    print(" | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print("-+-".join("-" * w for w in widths))
    for row in rows:
        print(" | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)))
    _ = np  # numpy is required by the processor; imported early to fail fast when it is missing


if __name__ == "__main__":
    main()
