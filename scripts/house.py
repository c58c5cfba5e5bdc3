"""Measure the house: longest functions, largest classes, package import layering and cycles.

    python scripts/house.py [--src src/exportgate] [--top 15]

Reads the source with ``ast`` only (nothing is imported). For the layering every ``import``
counts, including those inside functions and under ``TYPE_CHECKING``: a dependency is a
dependency, wherever it is written. For cycles between modules, imports under ``TYPE_CHECKING``
are left out (they are annotations, never run). The same walk backs ``tests/test_layering.py``.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = "exportgate"

# Library packages serve the top floor and never reach up into it.
LIBRARY = ("policy", "screening", "location", "audit", "distill", "watermark", "store", "bypass")
TOP_FLOOR = ("gateway", "console", "cli", "server", "accounts", "runtime")


@dataclass(frozen=True)
class Module:
    name: str  # dotted, e.g. exportgate.gateway.app
    path: Path
    is_package: bool


def modules(src: Path) -> dict[str, Module]:
    """Every module under ``src`` (the ``exportgate`` package directory), by dotted name."""
    found: dict[str, Module] = {}
    for path in sorted(src.rglob("*.py")):
        parts = list(path.relative_to(src.parent).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts = parts[:-1]
        found[".".join(parts)] = Module(".".join(parts), path, is_package)
    return found


def _type_only(tree: ast.AST) -> set[int]:
    """ids of the import statements inside ``if TYPE_CHECKING:`` blocks."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for inner in node.body:
                found.update(id(n) for n in ast.walk(inner))
    return found


def _imported(
    module: Module, tree: ast.AST, known: dict[str, Module], *, runtime_only: bool = False
) -> Iterator[str]:
    """The ``exportgate`` modules one module imports (``from a import b`` names ``a.b`` when
    ``b`` is a module, else ``a``)."""
    package = module.name if module.is_package else module.name.rpartition(".")[0]
    skip = _type_only(tree) if runtime_only else set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == ROOT:
                    yield _nearest(alias.name, known)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            if target.split(".")[0] != ROOT:
                continue
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                yield sub if sub in known else _nearest(target, known)


def _nearest(name: str, known: dict[str, Module]) -> str:
    while name not in known and "." in name:
        name = name.rpartition(".")[0]
    return name


def import_graph(src: Path, *, runtime_only: bool = False) -> dict[str, set[str]]:
    """Module → the ``exportgate`` modules it imports (itself left out); ``runtime_only``
    leaves out the imports under ``TYPE_CHECKING``."""
    known = modules(src)
    graph: dict[str, set[str]] = {}
    for name, module in known.items():
        tree = ast.parse(module.path.read_text("utf-8"), str(module.path))
        imported = _imported(module, tree, known, runtime_only=runtime_only)
        graph[name] = {target for target in imported if target != name}
    return graph


def package_of(module: str) -> str:
    """``exportgate.gateway.app`` → ``gateway``; ``exportgate.records`` → ``records``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def package_graph(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    packages: dict[str, set[str]] = {}
    for source, targets in graph.items():
        here = package_of(source)
        edges = packages.setdefault(here, set())
        edges.update(package_of(t) for t in targets if package_of(t) not in (here, ""))
    packages.pop("", None)
    return packages


def uphill(graph: dict[str, set[str]]) -> list[tuple[str, str]]:
    """(module, imported module) pairs where a library package imports the top floor."""
    return sorted(
        (source, target)
        for source, targets in graph.items()
        if package_of(source) in LIBRARY
        for target in targets
        if package_of(target) in TOP_FLOOR
    )


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one member (Tarjan), each sorted.

    A package's ``__init__`` that re-exports its own modules is not a cycle with them: edges
    from a package to its own submodules are left out."""
    edges = {
        source: {t for t in targets if not (t.startswith(source + ".") and t in graph)}
        for source, targets in graph.items()
    }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for target in sorted(edges.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(10_000)
    for node in sorted(edges):
        if node not in index:
            visit(node)
    return sorted(found)


def package_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    packages = package_graph(graph)
    return cycles({f"{ROOT}.{p}": {f"{ROOT}.{t}" for t in ts} for p, ts in packages.items()})


@dataclass(frozen=True)
class Sized:
    kind: str
    name: str
    where: str
    lines: int


def sizes(src: Path) -> list[Sized]:
    """Every function, method and class with its length in lines."""
    found: list[Sized] = []
    for module in modules(src).values():
        tree = ast.parse(module.path.read_text("utf-8"))
        where = str(module.path.relative_to(src.parent.parent))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                end = node.end_lineno or node.lineno
                kind = "class" if isinstance(node, ast.ClassDef) else "function"
                found.append(
                    Sized(kind, node.name, f"{where}:{node.lineno}", end - node.lineno + 1)
                )
    return found


def repeats(src: Path, window: int = 6) -> dict[str, int]:
    """Repeated code: runs of ``window`` consecutive code lines (stripped; blank lines, comments
    and imports left out) found in more than one place, counted per file (each place counts)."""
    places: dict[tuple[str, ...], list[str]] = {}
    for module in modules(src).values():
        lines = [
            line.strip()
            for line in module.path.read_text("utf-8").splitlines()
            if line.strip() and not line.strip().startswith(("#", "import ", "from "))
        ]
        where = str(module.path.relative_to(src.parent.parent))
        for i in range(len(lines) - window + 1):
            run = tuple(lines[i : i + window])
            if sum(len(x) for x in run) >= 120:  # skip runs of brackets and short words
                places.setdefault(run, []).append(where)
    per_file: dict[str, int] = {}
    for found in places.values():
        if len(found) > 1:
            for where in found:
                per_file[where] = per_file.get(where, 0) + 1
    return per_file


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=Path(__file__).parent.parent / "src" / ROOT)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args(argv)
    graph = import_graph(args.src)
    measured = sizes(args.src)

    for kind in ("function", "class"):
        print(f"\n## longest {kind} bodies (lines)")
        ranked = sorted((s for s in measured if s.kind == kind), key=lambda s: -s.lines)
        for s in ranked[: args.top]:
            print(f"{s.lines:6d}  {s.name:40s} {s.where}")

    print("\n## package imports (package -> packages it imports)")
    for package, targets in sorted(package_graph(graph).items()):
        print(f"{package:14s} -> {', '.join(sorted(targets)) or '-'}")

    wrong = uphill(graph)
    print(f"\n## library modules importing the top floor: {len(wrong)}")
    for source, target in wrong:
        print(f"  {source} -> {target}")

    module_cycles = cycles(import_graph(args.src, runtime_only=True))
    print(f"\n## module import cycles (imports that run): {len(module_cycles)}")
    for component in module_cycles:
        print("  " + " <-> ".join(component))
    repeated = repeats(args.src)
    print(f"\n## repeated 6-line runs: {sum(repeated.values())} (files with most)")
    for where, count in sorted(repeated.items(), key=lambda kv: -kv[1])[: args.top]:
        print(f"{count:6d}  {where}")

    pkg_cycles = package_cycles(graph)
    print(f"\n## package import cycles: {len(pkg_cycles)}")
    for component in pkg_cycles:
        print("  " + " <-> ".join(c.removeprefix(ROOT + ".") for c in component))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
