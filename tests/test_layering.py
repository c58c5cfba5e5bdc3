"""The house's layering, read from the source (scripts/house.py walks the imports with ``ast``).

* Library packages (policy, screening, location, audit, distill, watermark, store, bypass) never
  import the top floor: the gateway, the console, the commands, the server, ``accounts`` or
  ``runtime`` (not even under ``TYPE_CHECKING`` or inside a function).
* No two packages import each other, directly or round a loop.
* No two modules import each other at run time.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "exportgate"


@pytest.fixture(scope="module")
def house() -> ModuleType:
    spec = importlib.util.spec_from_file_location("house", ROOT / "scripts" / "house.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["house"] = module
    spec.loader.exec_module(module)
    return module


def test_library_packages_never_import_the_top_floor(house: ModuleType) -> None:
    uphill = house.uphill(house.import_graph(SRC))
    assert uphill == [], "library modules import the top floor: " + "; ".join(
        f"{a} -> {b}" for a, b in uphill
    )


def test_no_cycles_between_packages(house: ModuleType) -> None:
    assert house.package_cycles(house.import_graph(SRC)) == []


def test_no_cycles_between_modules(house: ModuleType) -> None:
    assert house.cycles(house.import_graph(SRC, runtime_only=True)) == []


def test_the_walk_sees_an_uphill_import_and_a_cycle(house: ModuleType, tmp_path: Path) -> None:
    """The checks can fail: a library module importing the gateway inside a function, and two
    packages importing each other (one only for type checking), are both found."""
    src = tmp_path / "exportgate"
    for package in ("policy", "gateway", "store"):
        (src / package).mkdir(parents=True)
        (src / package / "__init__.py").write_text("")
    (src / "__init__.py").write_text("")
    (src / "policy" / "engine.py").write_text("def f():\n    from exportgate.gateway import app\n")
    (src / "gateway" / "app.py").write_text("from exportgate.store import sql\n")
    (src / "store" / "sql.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from exportgate.gateway import app\n"
    )
    graph = house.import_graph(src)
    assert house.uphill(graph) == [
        ("exportgate.policy.engine", "exportgate.gateway.app"),
        ("exportgate.store.sql", "exportgate.gateway.app"),
    ]
    assert house.package_cycles(graph) == [["exportgate.gateway", "exportgate.store"]]
    assert house.cycles(house.import_graph(src, runtime_only=True)) == []
    assert house.cycles(graph) == [["exportgate.gateway.app", "exportgate.store.sql"]]


def test_every_environment_variable_is_read_in_config() -> None:
    """``os.environ`` and ``os.getenv`` are read in exportgate/config.py only (batch/spark.py
    only sets Spark's own variables for its workers)."""
    readers = []
    for path in SRC.rglob("*.py"):
        text = path.read_text("utf-8")
        for number, line in enumerate(text.splitlines(), 1):
            if ("os.environ" in line or "getenv(" in line) and "setdefault" not in line:
                readers.append(f"{path.relative_to(SRC)}:{number}")
    assert {reader.split(":")[0] for reader in readers} == {"config.py"}, readers
