"""The compiled query path (``scripts/build_screening_ext.py``) is used only while fresh."""

from __future__ import annotations

import importlib
import importlib.machinery
import json
from pathlib import Path

from exportgate.screening import native


def _write(folder: Path, sources: dict[str, str]) -> None:
    for name, text in sources.items():
        (folder / f"{name}.py").write_text(text)


def test_a_manifest_is_fresh_only_for_the_sources_it_recorded(tmp_path: Path) -> None:
    mods = ("alpha", "beta")
    _write(tmp_path, {"alpha": "A = 1\n", "beta": "B = 2\n"})
    manifest = tmp_path / "_native.json"
    assert not native.fresh(tmp_path, manifest, mods)  # no build recorded
    manifest.write_text(json.dumps(native.manifest_for(tmp_path, mods)))
    assert native.fresh(tmp_path, manifest, mods)
    # one source edited after the build: every module is read from its source
    (tmp_path / "beta.py").write_text("B = 3\n")
    assert not native.fresh(tmp_path, manifest, mods)
    (tmp_path / "beta.py").write_text("B = 2\n")
    assert native.fresh(tmp_path, manifest, mods)
    # a build of fewer modules, or for another Python, is not this one's
    assert not native.fresh(tmp_path, manifest, ("alpha", "beta", "gamma"))
    record = native.manifest_for(tmp_path, mods)
    record["python"] = "cpython-29"
    manifest.write_text(json.dumps(record))
    assert not native.fresh(tmp_path, manifest, mods)
    manifest.write_text("not json")
    assert not native.fresh(tmp_path, manifest, mods)


def test_the_source_finder_reads_the_listed_modules_from_their_sources(tmp_path: Path) -> None:
    _write(tmp_path, {"alpha": "A = 1\n"})
    finder = native._SourceFinder(tmp_path, ("alpha",))
    spec = finder.find_spec(f"{native.PACKAGE}.alpha", None)
    assert spec is not None and spec.origin == str(tmp_path / "alpha.py")
    assert isinstance(spec.loader, importlib.machinery.SourceFileLoader)
    assert finder.find_spec(f"{native.PACKAGE}.screener", None) is None
    assert finder.find_spec("alpha", None) is None


def test_all_or_none_of_the_query_path_is_compiled() -> None:
    """Compiled modules call each other directly: a process runs all of them compiled (a fresh
    build) or all from source, never a mix."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    files = [str(importlib.import_module(f"{native.PACKAGE}.{m}").__file__) for m in native.MODULES]
    compiled = [f.endswith(suffixes) for f in files]
    assert all(compiled) == native.in_use
    assert all(compiled) or not any(compiled)


def test_a_stored_index_loads_as_it_was_built() -> None:
    """The index cache (``pickle``) gives back the same index, compiled or not: the same stored
    tables, fresh memos, and the same answers."""
    import pickle

    from exportgate.screening.entities import Alias, Entity
    from exportgate.screening.index import NameIndex

    ents = [
        Entity(list="t", list_id="1", kind="person", name="Ivan Petrovich Kochlin"),
        Entity(
            list="t",
            list_id="2",
            kind="organization",
            name="Zenit Trading Company LLC",
            aliases=[Alias(name="ZTC", strength="weak")],
        ),
        Entity(list="t", list_id="3", kind="person", name="Wang Ching-kuo"),
    ]
    built = NameIndex(ents)
    queries = [("Ivan Kochlin", "person"), ("Zenit Trading Co", None), ("Wang Jingguo", None)]
    want = [[(c.entity, c.name_id, c.score) for c in built.search(q, kind=k)] for q, k in queries]
    loaded = pickle.loads(pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL))
    assert type(loaded) is NameIndex
    assert loaded.__getstate__() == built.__getstate__()
    assert loaded._lookup_cache == {} and loaded._shapes == {}
    got = [[(c.entity, c.name_id, c.score) for c in loaded.search(q, kind=k)] for q, k in queries]
    assert got == want
    assert all(got)  # (a test of something: each query finds its name)
