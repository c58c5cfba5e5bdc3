"""Package attributes imported on first use (PEP 562).

Importing any module of a package runs its ``__init__`` first. Packages whose public API pulls
in heavy modules (list loaders, name indexes, word lists, tokenizers) export it lazily, so that a
process that needs one light module of them (the gateway reads ``screening.api``,
``bypass.refusal`` and ``watermark.obligations``) holds only what it uses.
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
