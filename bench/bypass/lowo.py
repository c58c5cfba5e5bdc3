"""Leave-one-writer-out estimate of the first stage (the figure round 4 improves).

    PYTHONPATH=src:bench/bypass .venv/bin/python bench/bypass/lowo.py [--l2 3e-4] [--accounts]

For every writer (sets A, C, D and the corpora t1-t3 where present), the learned part is trained
on everything except that writer (the project's own prompts, licensed public data and the other
writers) and scores the held-out writer's prompts and account traces. Per-family TPR/FPR, the
pooled table, a threshold sweep and accounts are printed.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import train_learned  # noqa: E402
import writers as W  # noqa: E402

from exportgate.bypass import goal  # noqa: E402
from exportgate.bypass.account import AccountConfig  # noqa: E402
from exportgate.bypass.detector import BypassConfig, Verdict, mix_goal  # noqa: E402

# writers whose misses the rule parts were written against (rounds 2-3): their held-out figures
# flatter the rules; the others are the honest folds
# F: read in round 6; T5: written with the round-7 rules; T6: written with the round-8 rules;
# G: read in rounds 7-8; H: read in rounds 9-10; T8: written with the round-10 rules; I: read
# in rounds 11-12 (T9, written apart and never read by the round-12 rule author, is honest)
RULES_READ = frozenset(
    {"A", "C", "F", "T5", "T6", "G", "H", "T8", "I", "J", "K", "L", "M", "N", "O"}
)


def trace_items(writer: str, prompts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Requests of a writer's account traces that are not prompt items: with per-request labels
    where the writer gave them (set A), else the requests of benign accounts only (every request
    of a benign account is benign; an attacker's ordinary requests are not labelled)."""
    folder = HERE / W.WRITERS[writer]
    if writer in W.PARTIAL_WRITERS:
        return []  # round 14: set J trains on its mirror prompts only
    seen = {W._key(i["messages"]) for i in prompts}
    per: dict[str, int] = defaultdict(int)
    out: list[dict[str, Any]] = []
    req_labels: dict[str, dict[str, Any]] = {}
    path = folder / "labels_requests.jsonl"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                raw = json.loads(line)
                req_labels[raw["request_id"]] = raw
    usage, labels = W.writer_usage(writer)
    del usage
    if not (folder / "accounts.jsonl").exists():
        return out
    for line in (folder / "accounts.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        messages = rec.get("messages") or [{"role": "user", "content": rec.get("prompt", "")}]
        key = W._key(messages)
        if key in seen:
            continue
        if req_labels:
            lab = req_labels.get(rec.get("request_id"))
            if lab is None:
                continue
            label = "attack" if lab["attack"] else "benign"
            family = str(lab["family"])
        else:
            acct = labels.get(str(rec.get("account_id")), ("attacker", "?"))
            if acct[0] != "benign":
                continue
            label, family = "benign", "trace_" + acct[1]
        if per[family] >= 200:
            continue
        seen.add(key)
        per[family] += 1
        out.append(
            {"messages": messages, "label": label, "family": family, "writer": writer, "trace": 1}
        )
    return out


# round 4.1: everyday requests in 40 languages (everyday_ml.py) join the training text
WITH_EVERYDAY_ML = True
WITH_MIRRORS = True  # round 14: the project's mirror pairs (mirrors.py)
WITH_RELAY = True  # round 21: relayed questions, everyday and harmful (corpus_relay/relay.py)


def common_items() -> list[dict[str, Any]]:
    import devset
    import everyday_ml
    import mirrors
    import public
    import synth

    train, _ = public.split(public.load())
    pub = [i for i in train if i["source"] in train_learned.SHIPPABLE]
    items = pub + devset.build() + train_learned.repo_items() + synth.build()
    if WITH_MIRRORS:
        items += mirrors.build()
    if WITH_EVERYDAY_ML:
        items += everyday_ml.build()
    if WITH_RELAY:
        sys.path.insert(0, str(HERE / "corpus_relay"))
        import relay

        items += relay.build()
    for item in items:
        item["writer"] = "own"
    return items


def load_all(
    store: W.Store, usage: bool = True, usage_writers: frozenset[str] | None = None
) -> tuple[list[dict[str, Any]], list[W.Row]]:
    """Every training item and its rule row; with ``usage``, the rows of every writer's usage
    records too (needed for the account estimate only; round 10: skipped without --accounts;
    round 15: only the held-out writers' with ``usage_writers``)."""
    items = common_items()
    for writer in W.present_writers():
        prompts = W.writer_prompts(writer)
        items += prompts + trace_items(writer, prompts)
    start = time.time()
    rows = [store.row(i["messages"]) for i in items]
    for writer in W.present_writers() if usage else ():
        if usage_writers is not None and writer not in usage_writers:
            continue
        for messages in W.usage_messages(writer).values():
            store.row(messages)
    store.save()
    print(f"rows ready: {len(items)} items, {time.time() - start:.0f} s", file=sys.stderr)
    return items, rows


def verdict(score: float, row: W.Row, threshold: float) -> Verdict:
    return Verdict(
        score=score,
        flagged=score >= threshold,
        band=row.band,
        area="none",
        families=list(row.families),
        reasons=[],
        language=row.language,
    )


def print_families(scored: list[tuple[float, dict[str, Any]]], threshold: float) -> None:
    s = W.summary(scored, threshold)
    print(f"\nTPR {s['tpr']:.3f}, FPR {s['fpr']:.4f}\n")
    print("| family | rate |\n|---|---|")
    for (lab, name), (h, n) in sorted(s["families"].items()):
        print(f"| {'TPR' if lab == 'attack' else 'FPR'} {name} | {h / n:.2f} ({h}/{n}) |")


def sweep(scored: list[tuple[float, dict[str, Any]]], thresholds: list[float]) -> None:
    print("\n| threshold | TPR | FPR | worst attack family | worst benign family |")
    print("|---|---|---|---|---|")
    for t in thresholds:
        s = W.summary(scored, t)
        wa, wb = s["worst_attack"], s["worst_benign"]
        print(
            f"| {t:.2f} | {s['tpr']:.3f} | {s['fpr']:.4f} | {wa[0]} {wa[1]:.2f} | "
            f"{wb[0]} {wb[1]:.2f} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--l2", type=float, default=train_learned.L2_WORDS)
    parser.add_argument("--l2-signals", type=float, default=train_learned.L2_SIGNALS)
    parser.add_argument("--min-df", type=int, default=train_learned.MIN_DF)
    parser.add_argument("--steps", type=int, default=train_learned.STEPS)
    parser.add_argument("--threshold", type=float, default=BypassConfig().threshold)
    parser.add_argument("--balance", action="store_true", help="equal total weight per writer")
    parser.add_argument("--accounts", action="store_true")
    parser.add_argument("--families", action="store_true")
    parser.add_argument("--only", default="")
    parser.add_argument("--feats", default="base")
    parser.add_argument("--ensemble", type=float, default=0.0)
    parser.add_argument("--dump-scores", type=Path, default=None)
    parser.add_argument("--no-everyday-ml", action="store_true", help="round 4's training text")
    parser.add_argument(
        "--foreign-benign-weight",
        type=float,
        default=train_learned.FOREIGN_BENIGN_WEIGHT,
        help="training weight of everyday non-English and translation requests (round 5)",
    )
    parser.add_argument("--no-mirrors", action="store_true", help="round 13's training text")
    parser.add_argument(
        "--goal-weight",
        type=float,
        default=BypassConfig().goal_weight,
        help="round 15: weight of the goal table (trained per fold on the goal read apart from "
        "its wrapper) in the learned score's log-odds, as detector.py mixes it (0: off)",
    )
    parser.add_argument(
        "--protect-scope",
        type=int,
        default=None,
        help="round 17: content words marked after a protective verb in the goal table's "
        "features (goal.PROTECT_SCOPE; 0: round 16's features)",
    )
    args = parser.parse_args()
    if args.protect_scope is not None:
        goal.PROTECT_SCOPE = args.protect_scope
    global WITH_EVERYDAY_ML, WITH_MIRRORS
    WITH_EVERYDAY_ML = not args.no_everyday_ml
    WITH_MIRRORS = not args.no_mirrors

    store = W.Store()
    only = frozenset(args.only.split(",")) if args.only else None
    items, rows = load_all(store, usage=args.accounts, usage_writers=only)
    featurize = W.FEATURIZERS[args.feats]
    d = W.design(rows, featurize)
    gd = W.design(W.without_signals(rows), W.feats_goal) if args.goal_weight > 0 else None
    labels = np.array([int(i["label"] == "attack") for i in items])
    writer_of = np.array([i["writer"] for i in items])
    weights = train_learned.item_weights(items, args.foreign_benign_weight)
    if args.balance:
        for w in set(writer_of):
            sel = writer_of == w
            weights[sel] = 3000.0 / sel.sum() if w != "own" else 1.0
    pooled: list[tuple[float, dict[str, Any]]] = []
    held_writers = [w for w in W.present_writers() if not args.only or w in args.only.split(",")]
    acc_lines = []
    account_scores: dict[str, Any] = {}
    for held in held_writers:
        train = np.nonzero(writer_of != held)[0]
        f = W.fit(
            d,
            train,
            labels[train],
            weights[train],
            l2_words=args.l2,
            l2_signals=args.l2_signals,
            min_df=args.min_df,
            steps=args.steps,
        )
        test = [k for k, i in enumerate(items) if i["writer"] == held and "trace" not in i]
        probs = W.score_rows(f, d, test)
        fg = None
        if gd is not None:
            fg = W.fit(
                gd,
                train,
                labels[train],
                weights[train],
                l2_words=train_learned.GOAL_L2,
                min_df=args.min_df,
                steps=args.steps,
            )
            probs = _goal_mixed(probs, W.score_rows(fg, gd, test), [rows[k] for k in test], args)
        if held in W.PARTIAL_WRITERS:
            # round 14: a writer that trains only on some groups (set J's mirrors) is scored
            # whole when held out: every prompt, attacks included, by a model trained without it
            whole = W.writer_prompts(held, whole=True)
            wrows = [store.row(i["messages"]) for i in whole]
            wd = W.design(wrows, featurize, vocab=d.vocab)
            wd.sig_names, wd.sig = _align(wd, d.sig_names)
            wprobs = W.score_rows(f, wd, range(len(whole)))
            if fg is not None:
                wg = W.design(W.without_signals(wrows), W.feats_goal, vocab=gd.vocab)
                wprobs = _goal_mixed(wprobs, W.score_rows(fg, wg, range(len(whole))), wrows, args)
            wscored = [
                (W.with_floor(float(p), r), i) for p, r, i in zip(wprobs, wrows, whole, strict=True)
            ]
            pooled += wscored
            s = W.summary(wscored, args.threshold)
            print(
                f"{held} (whole set, trained without it): TPR {s['tpr']:.3f} FPR {s['fpr']:.4f} "
                f"worst {s['worst_attack'][0]} {s['worst_attack'][1]:.2f} / "
                f"{s['worst_benign'][0]} {s['worst_benign'][1]:.2f}",
                flush=True,
            )
            if args.families:
                print_families(wscored, args.threshold)
            test = []
            probs = np.zeros(0)
        if args.ensemble:
            f2 = W.fit(
                d,
                train,
                labels[train],
                weights[train],
                l2_words=args.l2,
                l2_signals=args.ensemble,
                min_df=args.min_df,
                steps=args.steps,
            )
            probs = _mix(probs, W.score_rows(f2, d, test))
        for p, k in zip(probs, test, strict=True):
            items[k]["learned_prob"] = float(p)  # round 17: dumped, the score before the floors
        scored = [(W.with_floor(p, rows[k]), items[k]) for p, k in zip(probs, test, strict=True)]
        pooled += scored
        s = W.summary(scored, args.threshold)
        ben = sorted((x for x, i in scored if i["label"] == "benign"), reverse=True)
        cut = ben[max(0, int(0.01 * len(ben)))] if ben else 1.0
        at1 = sum(x > cut for x, i in scored if i["label"] == "attack") / max(
            1, sum(i["label"] == "attack" for _, i in scored)
        )
        line = (
            f"[TPR@FPR1% {at1:.3f} cut {cut:.2f}] "
            f"{held}: TPR {s['tpr']:.3f} FPR {s['fpr']:.4f} worst {s['worst_attack'][0]} "
            f"{s['worst_attack'][1]:.2f} / {s['worst_benign'][0]} {s['worst_benign'][1]:.2f}"
            f" | non_english_everyday FPR {_rate(s, 'benign', 'non_english_everyday')}"
            f" lowres_translation TPR {_rate(s, 'attack', 'lowres_translation')}"
        )
        if args.accounts:
            usage, alabels = W.writer_usage(held)
            keys = sorted({u.key for u in usage})
            urows = [store.rows[k] for k in keys]
            ud = W.design(urows, featurize, vocab=d.vocab)
            ud.sig_names, ud.sig = _align(ud, d.sig_names)
            up = W.score_rows(f, ud, range(len(keys)))
            if fg is not None:
                ug = W.design(W.without_signals(urows), W.feats_goal, vocab=gd.vocab)
                up = _goal_mixed(up, W.score_rows(fg, ug, range(len(keys))), urows, args)
            if args.ensemble:
                up = _mix(up, W.score_rows(f2, ud, range(len(keys))))
            by_key = {k: W.with_floor(float(p), r) for k, p, r in zip(keys, up, urows, strict=True)}
            flags = W.account_flags(
                usage,
                lambda u, by_key=by_key: verdict(by_key[u.key], store.rows[u.key], args.threshold),
                AccountConfig(),
            )
            if args.dump_scores:
                account_scores[held] = (usage, alabels, by_key)
            at, bt, groups = W.account_summary(flags, alabels)
            line += f"; accounts att {at:.3f} ben {bt:.3f} " + " ".join(
                f"{g}={h}/{n}" for g, (h, n) in sorted(groups.items())
            )
        print(line, flush=True)
        acc_lines.append(line)
    if args.dump_scores:
        import pickle

        args.dump_scores.write_bytes(pickle.dumps((account_scores, pooled)))
    honest = [(x, i) for x, i in pooled if i["writer"] not in RULES_READ]
    if honest and len(honest) < len(pooled):
        hb = sorted((x for x, i in honest if i["label"] == "benign"), reverse=True)
        cut = hb[max(0, int(0.01 * len(hb)))]
        at1 = sum(x > cut for x, i in honest if i["label"] == "attack") / max(
            1, sum(i["label"] == "attack" for _, i in honest)
        )
        print(
            f"\n## pooled over the writers the rules never read ({', '.join(sorted({i['writer'] for _, i in honest}))}):"
            f" TPR at 1% FPR {at1:.3f} (cut {cut:.2f})"
        )
        if args.families:
            print_families(honest, args.threshold)
        sweep(honest, [0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8])
    print("\n## pooled over held-out writers")
    if args.families:
        print_families(pooled, args.threshold)
    sweep(pooled, [0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8])


def _goal_mixed(
    probs: np.ndarray, goal: np.ndarray, rows: list[W.Row], args: argparse.Namespace
) -> np.ndarray:
    """Round 15, as ``detector.py`` mixes it: the word table's and the goal table's
    probabilities, weighed in log-odds by ``--goal-weight``."""
    del rows
    return np.array(
        [mix_goal(float(p), float(q), args.goal_weight) for p, q in zip(probs, goal, strict=True)]
    )


def _rate(s: dict[str, Any], label: str, family: str) -> str:
    h, n = s["families"].get((label, family), (0, 0))
    return f"{h / n:.2f} ({h}/{n})" if n else "-"


def _mix(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    la = np.log(a / (1 - a + 1e-12) + 1e-12)
    lb = np.log(b / (1 - b + 1e-12) + 1e-12)
    return 1 / (1 + np.exp(-(la + lb) / 2))


def _align(d: W.Design, names: list[str]) -> tuple[list[str], np.ndarray]:
    index = {k: i for i, k in enumerate(d.sig_names)}
    out = np.zeros((d.sig.shape[0], len(names)))
    for j, k in enumerate(names):
        if k in index:
            out[:, j] = d.sig[:, index[k]]
    return names, out


if __name__ == "__main__":
    main()
