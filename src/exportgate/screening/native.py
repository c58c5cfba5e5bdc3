"""The query path compiled to C (optional): used only while it is the code of the sources here.

``scripts/build_screening_ext.py`` compiles the modules of the query path (:data:`MODULES`)
with mypyc, the compiler of mypy, into extension modules beside their sources
(``index.cpython-311-x86_64-linux-gnu.so`` next to ``index.py``, not in git) and writes
``_native.json``: the SHA-256 of each module's source it compiled. The compiled code is the
same source, so it gives the same answers, about 1.3-1.5x as fast.

Python imports an extension module before a source file of the same name, so a compiled module
left beside a source edited since would run the old code. :func:`guard`, run when the package
is imported (before any of these modules), lets the compiled modules be imported only when every
one of them was compiled from the source now beside it, for this Python, and the environment
does not ask for the sources (``EXPORTGATE_SCREENING_PURE=1``); otherwise every module of the
list is read from its source (they call each other directly when compiled, so all or none).
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import sys
import warnings
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

PACKAGE = "exportgate.screening"
#: the modules compiled together (one mypyc group, whose shared library is the top-level module
#: ``exportgate_screening_native__mypyc`` in ``src``: with a dotted group name mypyc gets the
#: compiled modules' ``__file__`` wrong, and the data files beside them are not found)
MODULES = (
    "abbreviations",
    "common_names",
    "costs",
    "cut_form",
    "cut_short",
    "form_context",
    "index",
    "khmer",
    "legal_forms",
    "look_alike",
    "names_table",
    "normalize",
    "pair",
    "rules",
    "russian",
    "scoring",
    "scripts",
    "second_surname",
    "short_forms",
    "slips",
    "wade_giles",
)
GROUP = "exportgate_screening_native"
FOLDER = Path(__file__).resolve().parent
MANIFEST = FOLDER / "_native.json"
#: set to any non-empty value: the sources are used even where a fresh compiled build exists
PURE_ENV = "EXPORTGATE_SCREENING_PURE"

#: whether the compiled modules are in use in this process (set by :func:`guard`)
in_use = False


def source_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def manifest_for(folder: Path, modules: Sequence[str]) -> dict[str, object]:
    """What a build records: this Python's tag and each module's source digest."""
    return {
        "python": sys.implementation.cache_tag,
        "sources": {m: source_digest(folder / f"{m}.py") for m in modules},
    }


def fresh(folder: Path, manifest: Path, modules: Sequence[str] = MODULES) -> bool:
    """Whether ``manifest`` names exactly ``modules``, this Python, and the digest of each
    module's source now in ``folder``."""
    try:
        got = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(got, dict) or got.get("python") != sys.implementation.cache_tag:
        return False
    sources = got.get("sources")
    if not isinstance(sources, dict) or sorted(sources) != sorted(modules):
        return False
    try:
        return all(source_digest(folder / f"{m}.py") == sources[m] for m in modules)
    except OSError:
        return False


class _SourceFinder:
    """Finds the listed modules of the package as their source files (never an extension)."""

    def __init__(self, folder: Path, modules: Sequence[str]) -> None:
        self.paths = {f"{PACKAGE}.{m}": folder / f"{m}.py" for m in modules}

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        source = self.paths.get(fullname)
        if source is None:
            return None
        loader = importlib.machinery.SourceFileLoader(fullname, str(source))
        return importlib.util.spec_from_file_location(fullname, source, loader=loader)


def _shared_lib_found() -> bool:
    """Whether the group's shared library that ``import`` finds is the one built beside this
    package (top-level, in the ``src`` folder that holds it): an install that maps the package
    without putting that folder on ``sys.path`` would find the compiled modules but not it, or
    another checkout's build of the same name."""
    try:
        spec = importlib.util.find_spec(f"{GROUP}__mypyc")
    except (ImportError, ValueError):
        return False
    if spec is None or spec.origin is None:
        return False
    return Path(spec.origin).resolve().parent == FOLDER.parents[1]


def guard() -> None:
    """Use the compiled modules only where they are fresh (see the module's text)."""
    global in_use
    if any(isinstance(f, _SourceFinder) for f in sys.meta_path):
        return
    suffixes = importlib.machinery.EXTENSION_SUFFIXES
    built = any((FOLDER / f"{m}{s}").exists() for m in MODULES for s in suffixes)
    if not built:
        return
    from exportgate.config import environment  # (config imports nothing of screening)

    pure = environment().screening.pure
    if not pure and fresh(FOLDER, MANIFEST) and _shared_lib_found():
        in_use = True
        return
    if not pure:
        warnings.warn(
            f"{PACKAGE}: the compiled query path was built from other sources or for another "
            "Python, or its shared library is not on sys.path; using the sources. Rebuild with "
            "scripts/build_screening_ext.py, or remove it with --clean.",
            RuntimeWarning,
            stacklevel=2,
        )
    sys.meta_path.insert(0, _SourceFinder(FOLDER, MODULES))
