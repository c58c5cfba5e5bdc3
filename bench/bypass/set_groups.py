"""A set's benign prompts flagged, by the groups its generator prints (set J's "mirrors": the
attack families' wrappers around harmless goals, against its ordinary hard negatives).

    PYTHONHASHSEED=0 PYTHONPATH=src .venv/bin/python bench/bypass/set_groups.py [independent_j]
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

from exportgate.bypass.detector import Detector

HERE = Path(__file__).resolve().parent
_FAMILY = re.compile(r"^(\w+)\s+benign\s+\d+")
_GROUP = re.compile(r"^\s+(\d+)-(\d+) (.*)")


def groups(folder: Path) -> dict[str, list[tuple[int, int, str]]]:
    """family -> [(first id, last id, group)] as the set's ``generate.py`` prints them."""
    printed = subprocess.run(
        [sys.executable, str(folder / "generate.py")], capture_output=True, text=True, check=True
    ).stdout
    out: dict[str, list[tuple[int, int, str]]] = {}
    family = None
    for line in printed.splitlines():
        if m := _FAMILY.match(line):
            family = m.group(1)
        elif (m := _GROUP.match(line)) and family:
            out.setdefault(family, []).append((int(m.group(1)), int(m.group(2)), m.group(3)))
    return out


def is_wrapper(group: str) -> bool:
    """A group of attack wrappers or framings around a harmless goal."""
    return group.startswith("mirror") or "wrappers" in group or "framings" in group


def main() -> None:
    folder = HERE / (sys.argv[1] if len(sys.argv) > 1 else "independent_j")
    table = groups(folder)
    detector = Detector()
    flagged: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    for line in (folder / "prompts.jsonl").open(encoding="utf-8"):
        item = json.loads(line)
        if item["label"] != "benign":
            continue
        family, number = item["family"], int(item["id"].rsplit("-", 1)[1])
        group = next((g for a, b, g in table.get(family, []) if a <= number <= b), "?")
        total[(family, group)] += 1
        flagged[(family, group)] += detector.classify(item["messages"]).flagged
    by_kind: Counter[bool] = Counter()
    of_kind: Counter[bool] = Counter()
    for key in sorted(total):
        print(f"{key[0]:24} {key[1]:60} {flagged[key]:3}/{total[key]}")
        by_kind[is_wrapper(key[1])] += flagged[key]
        of_kind[is_wrapper(key[1])] += total[key]
    print(f"attack wrappers around harmless goals: {by_kind[True]}/{of_kind[True]} flagged")
    print(f"other benign prompts: {by_kind[False]}/{of_kind[False]} flagged")


if __name__ == "__main__":
    main()
