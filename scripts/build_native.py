"""Compile a package's hot path to C with mypyc (optional; same source, same answers).

    .venv/bin/python scripts/build_native.py [--package screening|bypass|all] [--clean]

For each package, compiles the modules listed in ``exportgate.<package>.native.MODULES`` (one
mypyc group, :class:`exportgate.native.NativeGroup`) into extension modules beside their sources
in ``src/exportgate/<package>`` (ignored by git) and writes ``_native.json`` there, the digest of
each source compiled. The package uses them only while every source still has that digest (its
``native.guard``): after any edit or merge, rebuild (2-5 minutes a package) or the sources are
used, with a warning. ``--clean`` removes the compiled modules and the record. Needs mypy (a dev
dependency; mypyc ships with it), setuptools and a C compiler; the packages themselves run
without any of them.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import warnings
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
sys.path.insert(0, str(SRC))

from exportgate.native import NativeGroup, manifest_for  # noqa: E402

PACKAGES = ("screening", "bypass")

SETUP = """
import sys
from setuptools import setup
from mypyc.build import mypycify

setup(
    name={name!r},
    ext_modules=mypycify(
        sys.argv[2:], opt_level="3", group_name={group!r}, target_dir={target!r}
    ),
    script_args=["build_ext", "--inplace", "--build-temp", {temp!r}],
)
"""


def group_of(package: str) -> NativeGroup:
    # (importing the package runs its guard, which warns of the stale build this replaces)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        native = importlib.import_module(f"exportgate.{package}.native")
    group: NativeGroup = native.NATIVE
    return group


def clean(group: NativeGroup) -> None:
    for p in group.compiled_files(SRC):
        p.unlink()
    group.manifest.unlink(missing_ok=True)


def build(group: NativeGroup) -> None:
    clean(group)
    work = Path(tempfile.mkdtemp(prefix="eg-native-"))
    try:
        setup_py = work / "setup.py"
        setup_py.write_text(
            SETUP.format(
                name=group.group.replace("_", "-"),
                group=group.group,
                target=str(work / "c"),
                temp=str(work / "o"),
            )
        )
        paths = [str(group.folder / f"{m}.py") for m in group.modules]
        # digests first: a source edited while compiling is then seen as stale
        record = manifest_for(group.folder, group.modules)
        env = dict(os.environ, PYTHONPATH=str(SRC))
        subprocess.run(
            [sys.executable, str(setup_py), "build_ext", *paths], cwd=SRC, env=env, check=True
        )
        group.manifest.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    except BaseException:
        clean(group)
        raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(SRC / "build", ignore_errors=True)
    print(f"{group.package}: compiled {len(group.modules)} modules: {', '.join(group.modules)}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--package", choices=(*PACKAGES, "all"), default="all")
    ap.add_argument("--clean", action="store_true", help="remove the compiled modules")
    args = ap.parse_args(argv)
    for package in PACKAGES if args.package == "all" else (args.package,):
        group = group_of(package)
        if args.clean:
            clean(group)
        else:
            build(group)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
