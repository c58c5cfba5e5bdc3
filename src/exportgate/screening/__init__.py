"""exportgate.screening: restricted-party screening.

Public API::

    from exportgate.screening import default_screener
    screener = default_screener()            # shipped snapshot + added lists, cached
    for m in screener.screen("Mahan Air", kind="organization"):
        m.score >= screener.block_threshold  # hit; >= review_threshold: possible hit

Lists load with :func:`load_path`; :func:`compare_names` scores one pair.
"""

from typing import TYPE_CHECKING

from exportgate._lazy import lazy_exports
from exportgate.screening import native as _native

# the compiled query path, where it is built and fresh (else the sources): before any import
_native.guard()

if TYPE_CHECKING:
    from exportgate.screening.api import Screener, ScreeningMatch
    from exportgate.screening.entities import Alias, Entity, LoadIssue, LoadResult
    from exportgate.screening.pair import compare_names
    from exportgate.screening.scoring import DEFAULT_PARAMS, Params
    from exportgate.screening.screener import (
        ListScreener,
        build_screener,
        default_screener,
        reset_default_screener,
    )
    from exportgate.screening.sources.sniff import load_file, load_path

__getattr__ = lazy_exports(
    __name__,
    {
        "Alias": "exportgate.screening.entities",
        "DEFAULT_PARAMS": "exportgate.screening.scoring",
        "Entity": "exportgate.screening.entities",
        "ListScreener": "exportgate.screening.screener",
        "LoadIssue": "exportgate.screening.entities",
        "LoadResult": "exportgate.screening.entities",
        "Params": "exportgate.screening.scoring",
        "Screener": "exportgate.screening.api",
        "ScreeningMatch": "exportgate.screening.api",
        "build_screener": "exportgate.screening.screener",
        "compare_names": "exportgate.screening.pair",
        "default_screener": "exportgate.screening.screener",
        "load_file": "exportgate.screening.sources.sniff",
        "load_path": "exportgate.screening.sources.sniff",
        "reset_default_screener": "exportgate.screening.screener",
    },
)

__all__ = [
    "DEFAULT_PARAMS",
    "Alias",
    "Entity",
    "ListScreener",
    "LoadIssue",
    "LoadResult",
    "Params",
    "Screener",
    "ScreeningMatch",
    "build_screener",
    "compare_names",
    "default_screener",
    "load_file",
    "load_path",
    "reset_default_screener",
]
