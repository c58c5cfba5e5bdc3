"""Round 24: leave one writer out, the goal table read with and without the hijack words.

    PYTHONHASHSEED=0 PYTHONPATH=src:bench/bypass .venv/bin/python bench/bypass/hijack_lowo.py \
        --only O,N,M --modes off,redirect,words --dump /tmp/b26/hijack.pkl

Per held-out writer the word table (words + rule signals) is fitted once without it, as
``lowo.py`` fits it; then, per ``goal.HIJACK_MODE``, the goal table is refitted without it on
the goal read with that mode (train-time), the held-out prompts' goals are read the same way
(read-time), mixed in as ``detector.py`` mixes it (``mix_goal``, weight 0.2) and floored
(``writers.with_floor``). Prints, per writer and mode, TPR and FPR at 0.75, TPR at 1 % FPR, the
indirect-injection family's TPR and the benign prompts newly flagged against mode ``off``.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import lowo  # noqa: E402
import train_learned  # noqa: E402
import writers as W  # noqa: E402

from exportgate.bypass import goal  # noqa: E402
from exportgate.bypass.detector import BypassConfig, mix_goal  # noqa: E402

INJECTION = ("indirect_injection", "injection_indirect", "indirect_prompt_injection")


def at_one_percent(scored: list[tuple[float, dict[str, Any]]]) -> float:
    ben = sorted((x for x, i in scored if i["label"] == "benign"), reverse=True)
    cut = ben[max(0, int(0.01 * len(ben)))] if ben else 1.0
    att = [x for x, i in scored if i["label"] == "attack"]
    return sum(x > cut for x in att) / max(1, len(att))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="O,N,M")
    parser.add_argument("--modes", default="off,redirect,words")
    parser.add_argument("--steps", type=int, default=train_learned.STEPS)
    parser.add_argument("--dump", type=Path, default=None)
    parser.add_argument("--report", nargs="*", type=Path, default=None, help="merge dumps only")
    args = parser.parse_args()
    threshold = BypassConfig().threshold
    if args.report is not None:
        merged: dict[tuple[str, str], list[tuple[float, dict[str, Any]]]] = {}
        for path in args.report:
            merged.update(pickle.loads(path.read_bytes()))
        report(merged, args.only.split(","), args.modes.split(","), threshold)
        return
    weight = BypassConfig().goal_weight
    store = W.Store()
    items, rows = lowo.load_all(store, usage=False)
    d = W.design(rows, W.feats_base)
    labels = np.array([int(i["label"] == "attack") for i in items])
    writer_of = np.array([i["writer"] for i in items])
    weights = train_learned.item_weights(items, train_learned.FOREIGN_BENIGN_WEIGHT)
    held_writers = args.only.split(",")
    base: dict[str, tuple[list[int], np.ndarray]] = {}
    for held in held_writers:
        train = np.nonzero(writer_of != held)[0]
        fb = W.fit(
            d,
            train,
            labels[train],
            weights[train],
            l2_words=train_learned.L2_WORDS,
            l2_signals=train_learned.L2_SIGNALS,
            min_df=train_learned.MIN_DF,
            steps=args.steps,
        )
        test = [k for k, i in enumerate(items) if i["writer"] == held and "trace" not in i]
        base[held] = (test, W.score_rows(fb, d, test))
        print(f"{held}: word table fitted", file=sys.stderr, flush=True)
    out: dict[tuple[str, str], list[tuple[float, dict[str, Any]]]] = {}
    for mode in args.modes.split(","):
        goal.HIJACK_MODE = mode
        gd = W.design(W.without_signals(rows), W.feats_goal)
        for held in held_writers:
            train = np.nonzero(writer_of != held)[0]
            fg = W.fit(
                gd,
                train,
                labels[train],
                weights[train],
                l2_words=train_learned.GOAL_L2,
                min_df=train_learned.MIN_DF,
                steps=args.steps,
            )
            test, pb = base[held]
            pg = W.score_rows(fg, gd, test)
            scored = []
            for k, b, q in zip(test, pb, pg, strict=True):
                final = W.with_floor(mix_goal(float(b), float(q), weight), rows[k])
                scored.append((final, {**items[k], "goal_prob": float(q), "word_prob": float(b)}))
            out[(mode, held)] = scored
            print(f"{mode} {held}: goal table fitted", file=sys.stderr, flush=True)
    if args.dump:
        args.dump.write_bytes(pickle.dumps(out))
    report(out, held_writers, args.modes.split(","), threshold)


def report(
    out: dict[tuple[str, str], list[tuple[float, dict[str, Any]]]],
    held_writers: list[str],
    modes: list[str],
    threshold: float,
) -> None:
    print(
        "| held out | goal reading | TPR | FPR | TPR at 1 % FPR | indirect injection TPR | "
        "benign newly flagged / unflagged vs off | attacks newly flagged / lost vs off |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for held in held_writers:
        ref = {i["id"]: x >= threshold for x, i in out[("off", held)]} if "off" in modes else {}
        for mode in modes:
            scored = out[(mode, held)]
            s = W.summary(scored, threshold)
            inj = [(x, i) for x, i in scored if i["label"] == "attack" and i["family"] in INJECTION]
            hit = sum(x >= threshold for x, _ in inj)
            flags = {i["id"]: (x >= threshold, i["label"]) for x, i in scored}
            bn = sum(f and not ref.get(k, f) for k, (f, lab) in flags.items() if lab == "benign")
            bu = sum(not f and ref.get(k, f) for k, (f, lab) in flags.items() if lab == "benign")
            an = sum(f and not ref.get(k, f) for k, (f, lab) in flags.items() if lab == "attack")
            al = sum(not f and ref.get(k, f) for k, (f, lab) in flags.items() if lab == "attack")
            print(
                f"| {held} | {mode} | {s['tpr']:.3f} | {100 * s['fpr']:.2f} % | "
                f"{at_one_percent(scored):.3f} | {hit}/{len(inj)} | {bn} / {bu} | {an} / {al} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
