"""The screening modules import downhill: script knowledge beneath the name tables beneath
normalisation, with no cycle between them (issue 14)."""

from __future__ import annotations

import ast
from pathlib import Path

import exportgate.screening as pkg

PKG = Path(pkg.__file__).parent


def _imports(module: str) -> set[str]:
    """The screening modules ``module`` imports, at the top or inside functions (every import
    that runs)."""
    tree = ast.parse((PKG / f"{module}.py").read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.ImportFrom)
            and node.module
            and node.module.startswith("exportgate.screening.")
        ):
            out.add(node.module.rsplit(".", 1)[1])
    return out


def test_script_knowledge_is_beneath_normalisation() -> None:
    assert _imports("scripts") <= {"khmer"}
    assert "normalize" not in _imports("names_table")
    assert {"scripts", "names_table"} <= _imports("normalize")


def test_no_import_cycle_between_screening_modules() -> None:
    mods = [p.stem for p in PKG.glob("*.py") if p.stem != "__init__"]
    graph = {m: _imports(m) & set(mods) for m in mods}

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for nxt in graph[start]:
            if nxt == goal:
                return True
            if nxt not in seen:
                seen.add(nxt)
                if reaches(nxt, goal, seen):
                    return True
        return False

    cycles = [m for m in mods if reaches(m, m, set())]
    assert not cycles, cycles
