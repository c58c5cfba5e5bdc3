"""The compiled request path (``scripts/build_native.py --package bypass``) is used only while
fresh: the guard shared with screening (``exportgate.native``), on a package of its own and on
both real groups."""

from __future__ import annotations

import importlib
import importlib.machinery
import json
import os
import sys
import warnings
from pathlib import Path
from types import ModuleType

import pytest

from exportgate import native
from exportgate.bypass import native as bypass_native
from exportgate.screening import native as screening_native

SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def _fake_group(tmp_path: Path, *, pure: bool = False) -> native.NativeGroup:
    """A package ``egfake`` of two modules in ``tmp_path/src``, "compiled": an (empty) extension
    file beside each source and the group's shared library, which are found, never loaded."""
    src = tmp_path / "src"
    folder = src / "egfake"
    folder.mkdir(parents=True)
    for name, text in {"alpha": "A = 1\n", "beta": "B = 2\n"}.items():
        (folder / f"{name}.py").write_text(text)
        (folder / f"{name}{SUFFIX}").write_bytes(b"")
    (src / f"egfake_native__mypyc{SUFFIX}").write_bytes(b"")
    return native.NativeGroup(
        package="egfake",
        modules=("alpha", "beta"),
        group="egfake_native",
        folder=folder,
        pure_env="EGFAKE_PURE",
        pure=lambda: pure,
    )


def _finders(package: str) -> list[native.SourceFinder]:
    return [f for f in sys.meta_path if isinstance(f, native.SourceFinder) and f.package == package]


@pytest.fixture
def meta_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever a guard puts on ``sys.meta_path`` is removed after the test."""
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))


@pytest.mark.usefixtures("meta_path")
def test_a_fresh_build_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    group = _fake_group(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path / "src"))
    group.manifest.write_text(json.dumps(native.manifest_for(group.folder, group.modules)))
    assert group.fresh() and group.shared_lib_found()
    assert group.guard() is True
    assert _finders("egfake") == []


@pytest.mark.usefixtures("meta_path")
def test_the_guard_refuses_a_stale_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A source edited after the build: a warning, and every module of the group is read from
    its source (a finder placed before the one that would import the extension)."""
    group = _fake_group(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path / "src"))
    group.manifest.write_text(json.dumps(native.manifest_for(group.folder, group.modules)))
    (group.folder / "beta.py").write_text("B = 3\n")
    with pytest.warns(RuntimeWarning, match="egfake: the compiled modules were built from other"):
        assert group.guard() is False
    (finder,) = _finders("egfake")
    assert sys.meta_path[0] is finder
    spec = finder.find_spec("egfake.beta", None)
    assert spec is not None and spec.origin == str(group.folder / "beta.py")
    assert isinstance(spec.loader, importlib.machinery.SourceFileLoader)
    # once the sources are chosen, a second guard in the process keeps them (no second finder)
    assert group.guard() is False
    assert len(_finders("egfake")) == 1


@pytest.mark.usefixtures("meta_path")
def test_the_guard_refuses_a_build_without_its_shared_library(tmp_path: Path) -> None:
    group = _fake_group(tmp_path)  # its src folder is not on sys.path
    group.manifest.write_text(json.dumps(native.manifest_for(group.folder, group.modules)))
    with pytest.warns(RuntimeWarning, match="shared library is not on sys.path"):
        assert group.guard() is False
    assert len(_finders("egfake")) == 1


@pytest.mark.usefixtures("meta_path")
def test_the_pure_variable_forces_the_sources_quietly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    group = _fake_group(tmp_path, pure=True)
    monkeypatch.syspath_prepend(str(tmp_path / "src"))
    group.manifest.write_text(json.dumps(native.manifest_for(group.folder, group.modules)))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert group.guard() is False
    assert len(_finders("egfake")) == 1


@pytest.mark.usefixtures("meta_path")
def test_no_build_no_finder(tmp_path: Path) -> None:
    group = _fake_group(tmp_path)
    for m in group.modules:
        (group.folder / f"{m}{SUFFIX}").unlink()
    assert not group.built()
    assert group.guard() is False
    assert _finders("egfake") == []


def test_the_pure_variables_are_read_through_the_configuration(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("EXPORTGATE_BYPASS_PURE", raising=False)
    monkeypatch.delenv("EXPORTGATE_SCREENING_PURE", raising=False)
    assert not bypass_native.NATIVE.pure() and not screening_native.NATIVE.pure()
    monkeypatch.setenv("EXPORTGATE_BYPASS_PURE", "1")
    assert bypass_native.NATIVE.pure() and not screening_native.NATIVE.pure()


@pytest.mark.parametrize("module", [bypass_native, screening_native], ids=["bypass", "screening"])
def test_one_mechanism_for_both_packages(module: ModuleType) -> None:
    group = module.NATIVE
    assert isinstance(group, native.NativeGroup)
    assert group.package == module.PACKAGE
    assert group.folder == module.FOLDER and group.manifest == module.MANIFEST
    assert all((group.folder / f"{m}.py").is_file() for m in group.modules)


def test_all_or_none_of_the_request_path_is_compiled() -> None:
    """Compiled modules call each other directly: a process runs all of them compiled (a fresh
    build) or all from source, never a mix."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    files = [
        str(importlib.import_module(f"{bypass_native.PACKAGE}.{m}").__file__)
        for m in bypass_native.MODULES
    ]
    compiled = [f.endswith(suffixes) for f in files]
    assert all(compiled) == bypass_native.in_use
    assert all(compiled) or not any(compiled)


@pytest.mark.parametrize(
    ("module", "built_env"),
    [
        (bypass_native, "EXPORTGATE_BYPASS_NATIVE"),
        (screening_native, "EXPORTGATE_SCREENING_NATIVE"),
    ],
)
def test_a_process_set_up_with_the_compiled_path_runs_it(
    module: ModuleType, built_env: str
) -> None:
    """Where setup was asked to compile (CI sets both variables), the suite must run the build:
    a stale or unloadable build falls back to the sources with only a warning, which would
    leave the compiled path untested."""
    if os.environ.get(built_env) != "1" or os.environ.get(module.PURE_ENV):
        pytest.skip(f"{built_env}=1 is not set, or {module.PURE_ENV} is: no build is expected")
    assert module.in_use, (
        f"{built_env}=1 but {module.PACKAGE} runs from its sources: the build is stale or failed"
    )
