"""The request path compiled to C (optional): used only while it is the code of the sources here.

``scripts/build_native.py --package bypass`` compiles the modules the detector runs per request
(:data:`MODULES`) with mypyc into extension modules beside their sources and writes
``_native.json`` (:mod:`exportgate.native`, the mechanism shared with screening). The compiled
code is the same source, so it gives the same answers (``bench/bypass/equivalence.py``).
:func:`guard`, run when the package is imported (before any of these modules), lets the compiled
modules be imported only while every one of them was compiled from the source now beside it, for
this Python, and ``EXPORTGATE_BYPASS_PURE`` is not set; otherwise all are read from source.
"""

from __future__ import annotations

from pathlib import Path

from exportgate import native as _shared

PACKAGE = "exportgate.bypass"
#: the modules compiled together: the detector and what it calls per request (not the account
#: part, the batch commands, the judge or the configuration loader)
MODULES = (
    "acts_examiner",
    "acts_iccs",
    "anchors",
    "carried",
    "codegoal",
    "concepts",
    "cyber",
    "detector",
    "framing",
    "goal",
    "harmask",
    "injection",
    "intent",
    "langid",
    "learned",
    "lexicon_lowres",
    "lexicon_ml",
    "literals",
    "multilingual",
    "normalize",
    "structure",
    "words",
)
GROUP = "exportgate_bypass_native"
FOLDER = Path(__file__).resolve().parent
MANIFEST = FOLDER / _shared.MANIFEST_NAME
#: set to any non-empty value: the sources are used even where a fresh compiled build exists
PURE_ENV = "EXPORTGATE_BYPASS_PURE"


def _pure() -> bool:
    from exportgate.config import environment  # (config imports nothing of bypass)

    return environment().bypass.pure


NATIVE = _shared.NativeGroup(
    package=PACKAGE, modules=MODULES, group=GROUP, folder=FOLDER, pure_env=PURE_ENV, pure=_pure
)

#: whether the compiled modules are in use in this process (set by :func:`guard`)
in_use = False


def guard() -> None:
    """Use the compiled modules only where they are fresh (:meth:`NativeGroup.guard`)."""
    global in_use
    in_use = NATIVE.guard()
