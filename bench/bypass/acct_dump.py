"""Leave-one-writer-out request verdicts for the account detector (step 1 of ``acct_lowo.py``).

    PYTHONPATH=src:bench/bypass .venv/bin/python bench/bypass/acct_dump.py [--out FILE]

For every writer, the learned part is trained without that writer (as in ``lowo.py``, with
``train_learned.py``'s settings) and each of
the writer's usage records gets the verdict the gateway would have given it. The verdicts are
saved (pickle) so that the account evidence can be tuned and scored leave-one-writer-out in
seconds; the rule rows come from ``writers.Store``'s cache.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import lowo  # noqa: E402
import train_learned  # noqa: E402
import writers as W  # noqa: E402


def user_turns(key: str) -> list[str]:
    return [text for role, text in json.loads(key) if role == "user"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="/tmp/bypassacct/verdicts.pkl")
    parser.add_argument("--l2", type=float, default=train_learned.L2_WORDS)
    parser.add_argument("--l2-signals", type=float, default=train_learned.L2_SIGNALS)
    parser.add_argument("--min-df", type=int, default=train_learned.MIN_DF)
    parser.add_argument("--steps", type=int, default=train_learned.STEPS)
    args = parser.parse_args()
    store = W.Store()
    items, rows = lowo.load_all(store)
    d = W.design(rows, W.feats_base)
    labels = np.array([int(i["label"] == "attack") for i in items])
    writer_of = np.array([i["writer"] for i in items])
    weights = np.ones(len(items))
    out: dict[str, Any] = {"source": W._source_hash(), "writers": {}}
    for held in W.present_writers():
        start = time.time()
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
        usage, alabels = W.writer_usage(held)
        keys = sorted({u.key for u in usage})
        urows = [store.rows[k] for k in keys]
        ud = W.design(urows, W.feats_base, vocab=d.vocab)
        ud.sig_names, ud.sig = lowo._align(ud, d.sig_names)
        probs = W.score_rows(f, ud, range(len(keys)))
        per_key = {
            k: {
                "score": W.with_floor(float(p), r),
                "band": r.band,
                "families": list(r.families),
                "language": r.language,
                "signals": dict(r.signals),
                "users": user_turns(k),
            }
            for k, p, r in zip(keys, probs, urows, strict=True)
        }
        records = [
            {
                "account_id": u.account_id,
                "ts": u.ts,
                "text": u.text,
                "refused": u.refused,
                "key": u.key,
            }
            for u in usage
        ]
        out["writers"][held] = {"records": records, "verdicts": per_key, "labels": alabels}
        print(
            f"{held}: {len(records)} records, {len(keys)} conversations, "
            f"{time.time() - start:.0f} s",
            file=sys.stderr,
            flush=True,
        )
    Path(args.out).write_bytes(pickle.dumps(out, protocol=5))


if __name__ == "__main__":
    main()
