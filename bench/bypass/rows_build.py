"""Round 24: fill the rule-row cache (``writers.Store``) in parallel slices.

    for k in 0 1 2; do PYTHONHASHSEED=0 PYTHONPATH=src:bench/bypass \
        .venv/bin/python bench/bypass/rows_build.py --slice $k/3 & done; wait
    PYTHONHASHSEED=0 PYTHONPATH=src:bench/bypass .venv/bin/python bench/bypass/rows_build.py --merge

Each slice computes the rows of every ``k``-th distinct conversation of ``lowo.load_all``'s items
missing from the cache and writes them beside it; ``--merge`` folds the slices into the cache.
The rows are the same as ``lowo.py`` computes one after the other (same detector, same seed).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import lowo  # noqa: E402
import writers as W  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--slice", default="0/1")
    parser.add_argument("--merge", action="store_true")
    args = parser.parse_args()
    store = W.Store()
    if args.merge:
        for part in sorted(store.path.parent.glob(store.path.stem + ".slice*")):
            store.rows.update(pickle.loads(part.read_bytes()))
            store.dirty += 1
            part.unlink()
        store.save()
        print(f"{len(store.rows)} rows in {store.path}")
        return
    k, n = (int(x) for x in args.slice.split("/"))
    store.save = lambda: None  # type: ignore[method-assign]  # the slices never write the cache
    items = lowo.common_items()
    for writer in W.present_writers():
        prompts = W.writer_prompts(writer)
        items += prompts + lowo.trace_items(writer, prompts)
    keys = sorted({W._key(i["messages"]) for i in items} - set(store.rows))
    mine = keys[k::n]
    out = {}
    for key in mine:
        messages = [{"role": r, "content": c} for r, c in json.loads(key)]
        store.row(messages)
        out[key] = store.rows[key]
        if len(out) % 2000 == 0:
            print(f"slice {k}: {len(out)}/{len(mine)}", file=sys.stderr, flush=True)
    path = store.path.with_suffix(f".slice{k}")
    path.write_bytes(pickle.dumps(out, protocol=5))
    print(f"slice {k}: {len(out)} rows written to {path}")


if __name__ == "__main__":
    main()
