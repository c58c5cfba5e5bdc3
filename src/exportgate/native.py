"""Optional compiled code paths (mypyc): used only while they are the code of the sources here.

A package with a hot path (screening's query path, the bypass detector's request path) lists
those modules in a :class:`NativeGroup`. ``scripts/build_native.py --package NAME`` compiles
them with mypyc, the compiler of mypy, into extension modules beside their sources
(``index.cpython-311-x86_64-linux-gnu.so`` next to ``index.py``, not in git) and writes
``_native.json`` in the package folder: the SHA-256 of each module's source it compiled. The
compiled code is the same source, so it gives the same answers, faster.

Python imports an extension module before a source file of the same name, so a compiled module
left beside a source edited since would run the old code. :meth:`NativeGroup.guard`, run when
the package is imported (before any of these modules), lets the compiled modules be imported
only when every one of them was compiled from the source now beside it, for this Python, and
the environment does not ask for the sources (the group's ``*_PURE`` variable); otherwise every
module of the list is read from its source (they call each other directly when compiled, so all
or none).
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import sys
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

MANIFEST_NAME = "_native.json"


def source_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def manifest_for(folder: Path, modules: Sequence[str]) -> dict[str, object]:
    """What a build records: this Python's tag and each module's source digest."""
    return {
        "python": sys.implementation.cache_tag,
        "sources": {m: source_digest(folder / f"{m}.py") for m in modules},
    }


def fresh(folder: Path, manifest: Path, modules: Sequence[str]) -> bool:
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


class SourceFinder:
    """Finds the listed modules of a package as their source files (never an extension)."""

    def __init__(self, package: str, folder: Path, modules: Sequence[str]) -> None:
        self.package = package
        self.paths = {f"{package}.{m}": folder / f"{m}.py" for m in modules}

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        source = self.paths.get(fullname)
        if source is None:
            return None
        loader = importlib.machinery.SourceFileLoader(fullname, str(source))
        return importlib.util.spec_from_file_location(fullname, source, loader=loader)


@dataclass(frozen=True)
class NativeGroup:
    """The modules of one package compiled together (one mypyc group)."""

    #: the package, e.g. ``exportgate.screening``
    package: str
    #: its modules compiled together, by their names inside the package
    modules: tuple[str, ...]
    #: the mypyc group: its shared library is the top-level module ``{group}__mypyc`` in
    #: ``src`` (with a dotted group name mypyc gets the compiled modules' ``__file__`` wrong,
    #: and the data files beside them are not found)
    group: str
    #: the package folder (the sources, the compiled modules and the manifest)
    folder: Path
    #: the variable that forces the sources (for messages; :attr:`pure` reads it)
    pure_env: str
    #: whether the environment asks for the sources (read through ``exportgate.config``)
    pure: Callable[[], bool]

    @property
    def name(self) -> str:
        return self.package.rpartition(".")[2]

    @property
    def manifest(self) -> Path:
        return self.folder / MANIFEST_NAME

    def fresh(self) -> bool:
        return fresh(self.folder, self.manifest, self.modules)

    def compiled_files(self, src: Path) -> list[Path]:
        """The files a build of this group leaves in ``src`` and in the package folder."""
        out = [p for p in src.iterdir() if p.name.startswith(f"{self.group}__mypyc.")]
        for m in self.modules:
            out += [self.folder / f"{m}{s}" for s in importlib.machinery.EXTENSION_SUFFIXES]
        return [p for p in out if p.exists()]

    def built(self) -> bool:
        suffixes = importlib.machinery.EXTENSION_SUFFIXES
        return any((self.folder / f"{m}{s}").exists() for m in self.modules for s in suffixes)

    def shared_lib_found(self) -> bool:
        """Whether the group's shared library that ``import`` finds is the one built beside this
        package (top-level, in the ``src`` folder that holds it): an install that maps the
        package without putting that folder on ``sys.path`` would find the compiled modules but
        not it, or another checkout's build of the same name."""
        try:
            spec = importlib.util.find_spec(f"{self.group}__mypyc")
        except (ImportError, ValueError):
            return False
        if spec is None or spec.origin is None:
            return False
        src = self.folder.parents[len(self.package.split(".")) - 1]
        return Path(spec.origin).resolve().parent == src

    def guard(self) -> bool:
        """Use the compiled modules only where they are fresh (see the module's text); whether
        they are in use in this process."""
        for finder in sys.meta_path:
            if isinstance(finder, SourceFinder) and finder.package == self.package:
                return False
        if not self.built():
            return False
        pure = self.pure()
        if not pure and self.fresh() and self.shared_lib_found():
            return True
        if not pure:
            warnings.warn(
                f"{self.package}: the compiled modules were built from other sources or for "
                "another Python, or their shared library is not on sys.path; using the sources. "
                f"Rebuild with scripts/build_native.py --package {self.name}, or remove the "
                "build with --clean.",
                RuntimeWarning,
                stacklevel=3,
            )
        sys.meta_path.insert(0, SourceFinder(self.package, self.folder, self.modules))
        return False
