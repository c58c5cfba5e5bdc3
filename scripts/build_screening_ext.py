"""Compile the screening query path to C with mypyc (optional; same source, same answers).

    .venv/bin/python scripts/build_screening_ext.py [--clean]

Compiles the modules listed in ``exportgate.screening.native.MODULES`` (one mypyc group) into
extension modules beside their sources in ``src/exportgate/screening`` (ignored by git) and
writes ``_native.json`` there, the digest of each source compiled. ``exportgate.screening``
uses them only while every source still has that digest (``native.guard``): after any edit
or merge, rebuild (2-3 minutes) or the sources are used, with a warning. ``--clean`` removes
the compiled modules and the record. Needs mypy (a dev dependency; mypyc ships with it),
setuptools and a C compiler; the package itself runs without any of them.
"""

from __future__ import annotations

import argparse
import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
sys.path.insert(0, str(SRC))

from exportgate.screening import native  # noqa: E402

SETUP = """
import sys
from setuptools import setup
from mypyc.build import mypycify

setup(
    name="exportgate-screening-native",
    ext_modules=mypycify(
        sys.argv[2:], opt_level="3", group_name={group!r}, target_dir={target!r}
    ),
    script_args=["build_ext", "--inplace", "--build-temp", {temp!r}],
)
"""


def compiled_files() -> list[Path]:
    out = [p for p in SRC.iterdir() if p.name.startswith(f"{native.GROUP}__mypyc.")]
    for m in native.MODULES:
        out += [native.FOLDER / f"{m}{s}" for s in importlib.machinery.EXTENSION_SUFFIXES]
    return [p for p in out if p.exists()]


def clean() -> None:
    for p in compiled_files():
        p.unlink()
    native.MANIFEST.unlink(missing_ok=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--clean", action="store_true", help="remove the compiled modules")
    args = ap.parse_args()
    clean()
    if args.clean:
        return 0
    work = Path(tempfile.mkdtemp(prefix="eg-native-"))
    try:
        setup_py = work / "setup.py"
        setup_py.write_text(
            SETUP.format(group=native.GROUP, target=str(work / "c"), temp=str(work / "o"))
        )
        paths = [str(native.FOLDER / f"{m}.py") for m in native.MODULES]
        # digests first: a source edited while compiling is then seen as stale
        record = native.manifest_for(native.FOLDER, native.MODULES)
        env = dict(os.environ, PYTHONPATH=str(SRC))
        subprocess.run(
            [sys.executable, str(setup_py), "build_ext", *paths],
            cwd=SRC,
            env=env,
            check=True,
        )
        native.MANIFEST.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    except BaseException:
        clean()
        raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(SRC / "build", ignore_errors=True)
    print(f"compiled {len(native.MODULES)} modules: {', '.join(native.MODULES)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
