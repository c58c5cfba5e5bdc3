"""Round 15: leave one writer out with the goal read apart from its wrapper.

    PYTHONHASHSEED=0 PYTHONPATH=src:bench/bypass .venv/bin/python bench/bypass/goal_lowo.py \
        --only K,D,E,T1,T2,T3,T4 --dump /tmp/b15/goal.pkl

Per held-out writer, two logistic models are trained without it: the shipped learned part
(words + rule signals, ``feats_base``) and a goal model on the de-wrapped goal's words alone
(``exportgate.bypass.goal.goal_features``, no signals). Their held-out probabilities, the rule rows' floors
and ask-read signal are dumped; ``--analyse`` prints the combinations (gate and mix) pooled
over the honest writers and over K.
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

HONEST = ("D", "E", "T1", "T2", "T3", "T4")


def fold_scores(
    only: list[str], steps: int, goal_l2: float, reuse: dict[Any, float] | None = None
) -> list[dict[str, Any]]:
    store = W.Store()
    items, rows = lowo.load_all(store, usage=False)
    d = W.design(rows, W.feats_base)
    g = W.design(W.without_signals(rows), W.feats_goal)
    labels = np.array([int(i["label"] == "attack") for i in items])
    writer_of = np.array([i["writer"] for i in items])
    weights = train_learned.item_weights(items, train_learned.FOREIGN_BENIGN_WEIGHT)
    out: list[dict[str, Any]] = []
    for held in only:
        train = np.nonzero(writer_of != held)[0]
        test = [k for k, i in enumerate(items) if i["writer"] == held and "trace" not in i]
        fb = (
            None
            if reuse is not None
            else W.fit(
                d,
                train,
                labels[train],
                weights[train],
                l2_words=train_learned.L2_WORDS,
                l2_signals=train_learned.L2_SIGNALS,
                min_df=train_learned.MIN_DF,
                steps=steps,
            )
        )
        fg = W.fit(
            g,
            train,
            labels[train],
            weights[train],
            l2_words=goal_l2,
            min_df=train_learned.MIN_DF,
            steps=steps,
        )
        pb = W.score_rows(fb, d, test) if fb is not None else None
        if reuse is not None:  # the word table's held-out scores of an earlier dump
            pb = np.array([reuse[(held, items[k].get("id"))] for k in test])
        pg = W.score_rows(fg, g, test)
        for k, b, q in zip(test, pb, pg, strict=True):
            r = rows[k]
            out.append(
                {
                    "writer": held,
                    "label": items[k]["label"],
                    "family": items[k]["family"],
                    "id": items[k].get("id"),
                    "base": float(b),
                    "goal": float(q),
                    "final": W.with_floor(float(b), r),
                    "floor": W.evidence_floor(r.signals)[0],
                    "ask_read": r.signals.get("ask_read", 0.0),
                    "lang": r.language,
                    "rule_ev": W.rule_evidence(r.signals),
                }
            )
        s = W.summary([(x["final"], x) for x in out if x["writer"] == held], 0.75)
        print(f"{held}: base TPR {s['tpr']:.3f} FPR {s['fpr']:.4f}", flush=True)
    return out


def combine(x: dict[str, Any], mode: str, a: float, thr: float = 0.75) -> float:
    """The final score under a combination of the base and goal probabilities."""
    b, q = x["base"], x["goal"]
    if mode == "base":
        p = b
    elif mode == "gate":  # the base score stays under the threshold where the goal reads harmless
        p = b if (q >= a or x["ask_read"]) else min(b, thr - 0.01)
    elif mode == "gate_all":
        p = b if q >= a else min(b, thr - 0.01)
    elif mode == "mix":  # log-odds mix, weight a on the goal
        lb = np.log(b / (1 - b + 1e-12) + 1e-12)
        lq = np.log(q / (1 - q + 1e-12) + 1e-12)
        p = float(1 / (1 + np.exp(-((1 - a) * lb + a * lq))))
    else:
        raise ValueError(mode)
    if x["lang"] != "en" and not x["rule_ev"]:
        p = min(p, thr - 0.01)
    fl = x["floor"]
    return max(p, max(fl, thr) if fl else 0.0)


def analyse(out: list[dict[str, Any]]) -> None:
    variants = [("base", 0.0)]
    variants += [("gate", a) for a in (0.1, 0.2, 0.3, 0.4, 0.5)]
    variants += [("gate_all", a) for a in (0.2, 0.3)]
    variants += [("mix", a) for a in (0.2, 0.35, 0.5)]
    groups = {"honest": [x for x in out if x["writer"] in HONEST]}
    groups["K"] = [x for x in out if x["writer"] == "K"]
    for name, xs in groups.items():
        if not xs:
            continue
        print(f"\n## {name} ({len(xs)} prompts)")
        print("| variant | TPR@0.75 | FPR@0.75 | TPR@1%FPR | worst attack | worst benign |")
        print("|---|---|---|---|---|---|")
        for mode, a in variants:
            scored = [(combine(x, mode, a), x) for x in xs]
            s = W.summary(scored, 0.75)
            ben = sorted((p for p, x in scored if x["label"] == "benign"), reverse=True)
            cut = ben[max(0, int(0.01 * len(ben)))]
            att = [p for p, x in scored if x["label"] == "attack"]
            at1 = sum(p > cut for p in att) / max(1, len(att))
            wa, wb = s["worst_attack"], s["worst_benign"]
            print(
                f"| {mode} {a} | {s['tpr']:.3f} | {s['fpr']:.4f} | {at1:.3f} | "
                f"{wa[0]} {wa[1]:.2f} | {wb[0]} {wb[1]:.2f} |"
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="K," + ",".join(HONEST))
    parser.add_argument("--steps", type=int, default=train_learned.STEPS)
    parser.add_argument("--goal-l2", type=float, default=train_learned.L2_WORDS)
    parser.add_argument("--dump", type=Path, default=Path("/tmp/b15/goal.pkl"))
    parser.add_argument("--analyse", action="store_true", help="read the dump only")
    parser.add_argument("--reuse-base", type=Path, default=None, help="word-table scores of a dump")
    args = parser.parse_args()
    if args.analyse:
        out = pickle.loads(args.dump.read_bytes())
    else:
        reuse = None
        if args.reuse_base is not None:
            reuse = {
                (x["writer"], x["id"]): x["base"]
                for x in pickle.loads(args.reuse_base.read_bytes())
            }
        out = fold_scores(args.only.split(","), args.steps, args.goal_l2, reuse)
        args.dump.write_bytes(pickle.dumps(out))
    analyse(out)


if __name__ == "__main__":
    main()
