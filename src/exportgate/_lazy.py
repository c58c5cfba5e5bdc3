"""Package attributes imported on first use (PEP 562).

The command line imports every package's ``cli`` module to register its commands, and importing
``exportgate.x.cli`` runs ``exportgate/x/__init__.py`` first. Packages whose public API pulls in
heavy modules (list loaders, name indexes, tokenizers) export it lazily, so that a process such as
``exportgate serve`` holds only what it uses.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import Any


def lazy_exports(package: str, exports: dict[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` that imports ``exports[name]`` (a module path) on first use."""

    def __getattr__(name: str) -> Any:
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
