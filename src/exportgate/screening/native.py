"""The query path compiled to C (optional): used only while it is the code of the sources here.

``scripts/build_native.py --package screening`` compiles the modules of the query path
(:data:`MODULES`) with mypyc into extension modules beside their sources and writes
``_native.json`` (:mod:`exportgate.native`, the mechanism shared with the bypass detector). The
compiled code is the same source, so it gives the same answers, about 1.3-1.5x as fast.
:func:`guard`, run when the package is imported (before any of these modules), lets the compiled
modules be imported only while every one of them was compiled from the source now beside it, for
this Python, and ``EXPORTGATE_SCREENING_PURE`` is not set; otherwise all are read from source.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from exportgate import native as _shared
from exportgate.native import manifest_for as manifest_for
from exportgate.native import source_digest as source_digest

PACKAGE = "exportgate.screening"
#: the modules compiled together (one mypyc group, :attr:`exportgate.native.NativeGroup.group`)
MODULES = (
    "abbreviations",
    "abd_compound",
    "acronym_swap",
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
    "other_syllable",
    "pair",
    "rules",
    "russian",
    "scoring",
    "scripts",
    "second_surname",
    "short_forms",
    "slips",
    "trading_as",
    "wade_giles",
)
GROUP = "exportgate_screening_native"
FOLDER = Path(__file__).resolve().parent
MANIFEST = FOLDER / _shared.MANIFEST_NAME
#: set to any non-empty value: the sources are used even where a fresh compiled build exists
PURE_ENV = "EXPORTGATE_SCREENING_PURE"


def _pure() -> bool:
    from exportgate.config import environment  # (config imports nothing of screening)

    return environment().screening.pure


NATIVE = _shared.NativeGroup(
    package=PACKAGE, modules=MODULES, group=GROUP, folder=FOLDER, pure_env=PURE_ENV, pure=_pure
)

#: whether the compiled modules are in use in this process (set by :func:`guard`)
in_use = False


def fresh(folder: Path, manifest: Path, modules: Sequence[str] = MODULES) -> bool:
    """Whether ``manifest`` names exactly ``modules``, this Python, and their sources' digests."""
    return _shared.fresh(folder, manifest, modules)


class _SourceFinder(_shared.SourceFinder):
    """Finds the listed modules of this package as their source files (never an extension)."""

    def __init__(self, folder: Path, modules: Sequence[str]) -> None:
        super().__init__(PACKAGE, folder, modules)


def guard() -> None:
    """Use the compiled modules only where they are fresh (:meth:`NativeGroup.guard`)."""
    global in_use
    in_use = NATIVE.guard()
