"""Compile the screening query path with mypyc: ``build_native.py --package screening``.

    .venv/bin/python scripts/build_screening_ext.py [--clean]

Kept for the commands and documents that name it; see ``scripts/build_native.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_native import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main(["--package", "screening", *sys.argv[1:]]))
