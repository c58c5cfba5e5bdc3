"""The :class:`ListScreener` (the :class:`~exportgate.screening.api.Screener` implementation)
and the list sets it screens against: the shipped snapshot, files added with
``exportgate lists load``, or explicit ``--lists`` paths.

Building the index from the raw lists takes a few seconds; the built index is pickled into a
cache folder keyed by the SHA-256 of every list file, the scorer version and the screening
code itself (:func:`_code_digest`: the index stores work of the query path), so later processes
load it in well under a second and a changed list file or code rebuilds it.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import pickle
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import asdict
from functools import lru_cache
from importlib import resources
from pathlib import Path

import msgspec

from exportgate.config import environment
from exportgate.screening.abd_compound import MOST as ABD_MOST
from exportgate.screening.abd_compound import abd_compound_readings
from exportgate.screening.acronym_swap import acronym_slips, acronym_swaps
from exportgate.screening.api import ScreeningMatch
from exportgate.screening.common_names import is_common
from exportgate.screening.cut_form import cut_form_reading
from exportgate.screening.entities import (
    Entity,
    ListFile,
    LoadIssue,
    LoadResult,
    merge_duplicates,
)
from exportgate.screening.form_context import set_aside
from exportgate.screening.index import Candidate, NameIndex
from exportgate.screening.look_alike import look_alike_reading
from exportgate.screening.normalize import (
    IMO_NUMBER,
    registration_key,
    registration_spans,
    tokenize,
    vessel_marks,
    warm_up,
)
from exportgate.screening.scoring import DEFAULT_PARAMS, Params, describe
from exportgate.screening.second_surname import SECOND_SURNAME_SCORE, second_surname_names
from exportgate.screening.sources.sniff import load_file, load_path
from exportgate.screening.trading_as import trading_names

#: the score of a listed vessel whose IMO number the query gives: a ship's IMO number stays
#: with it through every change of name and flag, so it identifies the ship by itself
IMO_SCORE = 0.98
#: the score of a listed aircraft whose registration (tail number) the query gives: an
#: aircraft's registration is its identity, as a ship's IMO number is (issue 17)
REGISTRATION_SCORE = 0.98

#: bump when normalisation, index layout or scoring change (invalidates cached indexes; the
#: cache key also holds :func:`_code_digest`, so an edit that was not bumped for rebuilds too)
INDEX_FORMAT = "eg-screen-45"


#: one name per script the screener reads, screened once at start-up (lazy tables: Thai
#: dictionary, Han readings, transliterators, name tables, org types)
WARM_QUERIES = (
    "Maria Gonzalez Ortega",
    "Acme Trading Company Limited",
    "สมชาย วงศ์สวัสดิ์",
    "王小明",
    "박지성",
    "ヤマダ タロウ",
    "محمد عبد الرحمن",
    "Иван Петрович Сидоров",
    "Γιώργος Παπαδόπουλος",
    "משה כהן",
    "राहुल शर्मा",
    "សុខ ចាន់",
    "Արամ Պետրոսյան",
    "გიორგი ბერიძე",
)


def snapshot_dir() -> Path:
    """Folder of the list snapshot shipped inside the package."""
    return Path(str(resources.files("exportgate.screening").joinpath("data/lists")))


def data_dir() -> Path:
    """Writable state: added lists and the index cache (``$EXPORTGATE_HOME`` or ./.exportgate)."""
    return environment().screening.home


def cache_dir() -> Path:
    """Caches (``$EXPORTGATE_CACHE_DIR``, else ``$XDG_CACHE_HOME/exportgate``)."""
    return environment().screening.cache_dir


def added_lists_dir() -> Path:
    return data_dir() / "lists"


# --------------------------------------------------------------------------------------------
# list sets


def _manifest(folder: Path) -> dict[str, object] | None:
    mf = folder / "manifest.json"
    if not mf.exists():
        return None
    data = json.loads(mf.read_text())
    return data if isinstance(data, dict) else None


def load_snapshot(folder: Path) -> LoadResult:
    """Load a folder described by ``manifest.json`` (dates and sources come from it)."""
    manifest = _manifest(folder)
    if manifest is None:
        return load_path(folder)
    result = LoadResult()
    items = manifest.get("lists", [])
    assert isinstance(items, list)
    for item in items:
        assert isinstance(item, dict)
        path = folder / str(item["path"])
        part = load_file(path)
        files = []
        for f in part.files:
            f.date = str(item.get("date") or f.date or "") or None
            f.path = str(path)
            files.append(f)
        part.files = files
        result.extend(part)
    return result


def active_sources() -> list[Path]:
    """The shipped snapshot plus lists added with ``exportgate lists load``."""
    out = [snapshot_dir()]
    added = added_lists_dir()
    if added.exists() and any(added.iterdir()):
        out.append(added)
    return out


def load_sources(paths: Sequence[Path | str]) -> LoadResult:
    """Load every list under ``paths``. A list key loaded from a later path replaces the
    same key from an earlier one (an added newer SDN file supersedes the shipped one)."""
    per_source: list[LoadResult] = []
    for p in paths:
        p = Path(p)
        if p.is_dir() and (p / "manifest.json").exists():
            per_source.append(load_snapshot(p))
        else:
            per_source.append(load_path(p))
    result = LoadResult()
    for i, part in enumerate(per_source):
        later_keys = {f.list for later in per_source[i + 1 :] for f in later.files}
        result.entities.extend(e for e in part.entities if e.list not in later_keys)
        result.issues.extend(part.issues)
        for f in part.files:
            if f.list in later_keys:
                continue
            result.files.append(f)
    result.entities = merge_duplicates(result.entities)
    return result


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """SHA-256 of the screening code and its tables (the package's Python sources and the
    files directly in its ``data`` folder; the shipped lists are keyed by
    :func:`_fingerprint` itself): the stored index holds work of the query path done at
    build (each list word's lookup, :meth:`NameIndex._store_lookups`), so a cached index
    is used only by the code that built it, bumped :data:`INDEX_FORMAT` or not."""
    folder = Path(__file__).resolve().parent
    files = sorted(folder.rglob("*.py")) + sorted(p for p in (folder / "data").iterdir())
    h = hashlib.sha256()
    for f in files:
        if f.is_file():
            h.update(f.relative_to(folder).as_posix().encode())
            h.update(f.read_bytes())
    return h.hexdigest()


def _fingerprint(paths: Sequence[Path], params: Params) -> str:
    h = hashlib.sha256(INDEX_FORMAT.encode())
    h.update(_code_digest().encode())
    h.update(json.dumps(asdict(params), sort_keys=True).encode())
    for p in paths:
        p = Path(p)
        files = sorted(x for x in p.rglob("*") if x.is_file()) if p.is_dir() else [p]
        for f in files:
            st = f.stat()
            h.update(str(f.resolve()).encode())
            h.update(f"{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()[:24]


# --------------------------------------------------------------------------------------------
# the screener


def _rescored(m: ScreeningMatch, score: float, why: str) -> ScreeningMatch:
    """``m`` at another score, its explanation saying the new score and why."""
    head = f"score {m.score:.2f}: "
    rest = m.explanation[len(head) :] if m.explanation.startswith(head) else m.explanation
    return msgspec.structs.replace(m, score=score, explanation=f"score {score:.2f}: {rest}; {why}")


class ListScreener:
    """Screens names against a loaded list set. Implements the ``Screener`` protocol."""

    def __init__(
        self,
        entities: Sequence[Entity],
        *,
        files: Sequence[ListFile] = (),
        issues: Sequence[LoadIssue] = (),
        params: Params = DEFAULT_PARAMS,
        index: NameIndex | None = None,
        version: str | None = None,
    ) -> None:
        self.params = params
        self.block_threshold = params.block_threshold
        self.review_threshold = params.review_threshold
        self.index = index if index is not None else NameIndex(entities, params)
        self.files = list(files)
        self.issues = list(issues)
        if version is None:
            h = hashlib.sha256(INDEX_FORMAT.encode())
            for f in self.files:
                h.update(f"{f.list}:{f.sha256}".encode())
            version = h.hexdigest()[:16]
        self._version = version
        self._lock = threading.Lock()

    @property
    def version(self) -> str:
        return self._version

    @property
    def entities(self) -> list[Entity]:
        return self.index.entities

    def screen(
        self,
        name: str,
        *,
        kind: str | None = None,
        country: str | None = None,
        limit: int = 10,
        min_score: float | None = None,
    ) -> Sequence[ScreeningMatch]:
        """Matches for ``name`` at or above ``min_score`` (default: the review threshold)."""
        floor = self.review_threshold if min_score is None else min_score
        matches = self._screen_text(name, kind, country, limit, floor)
        readings = self._readings(name)
        if not readings:
            return matches
        return self._best_of_readings(matches, readings, kind, country, limit, floor)

    def _known_word(self, word: str) -> bool:
        """Whether a list name has ``word`` (lower case), as the tokenizer writes it."""
        if word in self.index.vocab:
            return True
        toks = tokenize(word)
        return len(toks) == 1 and toks[0].text in self.index.vocab

    def _listed_acronym(self, word: str) -> bool:
        """Whether ``word`` (lower case) is a list name by itself, as the tokenizer writes it
        ("NIOC", "SRIAE")."""
        index = self.index
        v = index.vocab.get(word)
        return v is not None and any(index.n_tok[n] == (v,) for n in index.postings(v))

    def _readings(self, name: str) -> list[tuple[str, str, float]]:
        """Other readings of ``name`` worth screening beside it, each with why and the most it
        may score (1.0, or a review at most): the name once a form's label, address, role or birth year is set aside
        (:mod:`form_context`), and the name with look-alike characters read as the letters they
        stand for (:mod:`look_alike`), the name without a legal form written out that the
        field's length cut short (:mod:`cut_form`), and an acronym with two neighbouring
        letters swapped back, a letter typed twice typed once or a letter left out put back
        (:mod:`acronym_swap`), a review at most."""
        names = set_aside(name)
        out: list[tuple[str, str, float]] = [(s.name, s.why(), 1.0) for s in names]
        # "X t/a Y", "X (formerly Y)": each name of the one business by itself (trading_as)
        out.extend((t.text, t.why(), 1.0) for t in trading_names(name))
        review = self.params.possible_max
        seen = {name}
        for text in [name, *(s.name for s in names)]:
            cut = cut_form_reading(text, self._known_word)
            if cut is not None and cut.text not in seen:
                seen.add(cut.text)
                # what the field cut off is unknown: scored as a name cut short is (cut_short),
                # just above review, never above a match of a whole list name
                out.append((cut.text, cut.why(), self.params.cut_short_score))
        for text in [name, *(s.name for s in names)]:
            la = look_alike_reading(text, self._known_word)
            if la is not None and la.text not in seen:
                seen.add(la.text)
                out.append((la.text, la.why(), review if la.letters_only else 1.0))
        for sw in acronym_swaps(name, self._known_word):
            if sw.text not in seen:
                seen.add(sw.text)
                out.append((sw.text, sw.why(), review))
        for sl in acronym_slips(name, self._listed_acronym):
            if sl.text not in seen:
                seen.add(sl.text)
                out.append((sl.text, sl.why(), review))
        for ab in abd_compound_readings(name, self._known_word):
            if ab.text not in seen:
                seen.add(ab.text)
                out.append((ab.text, ab.why(), ABD_MOST))
        return [r for r in out if r[0] != name]

    def _best_of_readings(
        self,
        matches: list[ScreeningMatch],
        readings: list[tuple[str, str, float]],
        kind: str | None,
        country: str | None,
        limit: int,
        floor: float,
    ) -> list[ScreeningMatch]:
        """Each entry at the best score of the query as typed and its other readings; a match
        found through a reading says so (and a review-only reading stays under block)."""
        best: dict[tuple[str, str], ScreeningMatch] = {(m.list, m.list_id): m for m in matches}
        for text, why, most in readings:
            review_only = most < 1.0
            for m in self._screen_text(text, kind, country, limit, floor):
                score = min(m.score, most)
                old = best.get((m.list, m.list_id))
                if score < floor or (old is not None and old.score >= score):
                    continue
                best[m.list, m.list_id] = _rescored(
                    m, score, why + ("; a review at most" if review_only else "")
                )
        out = sorted(best.values(), key=lambda m: -m.score)
        return out[:limit]

    def _screen_text(
        self, name: str, kind: str | None, country: str | None, limit: int, floor: float
    ) -> list[ScreeningMatch]:
        """Matches for ``name`` as it is (the query or one of its readings)."""
        name, imos = vessel_marks(name, kind)
        cands = self.index.search(name, kind=kind, country=country, limit=limit, min_score=floor)
        matches = [self._match(c) for c in cands]
        if imos:
            matches = self._imo_evidence(matches, [c.entity for c in cands], imos, floor, limit)
        if kind != "person":
            regs = self._registration_hits(name, kind)
            if regs:
                matches = self._registration_evidence(matches, regs, floor, limit)
        if kind in (None, "person") and floor <= SECOND_SURNAME_SCORE:
            matches = self._second_surname(name, kind, matches, limit)
        return matches

    def _second_surname(
        self, name: str, kind: str | None, matches: list[ScreeningMatch], limit: int
    ) -> list[ScreeningMatch]:
        """A two-word query that is a list name's given name and first family name, its second
        family name left out ("Enrique Plancarte" / "PLANCARTE SOLIS, Enrique"): a review
        (:mod:`second_surname`)."""
        toks = tokenize(name, kind)
        if len(toks) != 2:
            return matches
        index = self.index
        found = second_surname_names(
            toks,
            index.vocab,
            index.postings,
            index.n_alias.__getitem__,
            lambda n: [index.vtext[v] for v in index.n_tok[n]],
            is_common,
        )
        if not found:
            return matches
        have = {(m.list, m.list_id): m.score for m in matches}
        out = list(matches)
        for n, why in found:
            ent = index.entities[index.n_ent[n]]
            if ent.kind not in (None, "person"):
                continue
            key = (ent.list, ent.list_id)
            if have.get(key, 0.0) >= SECOND_SURNAME_SCORE:
                continue
            have[key] = SECOND_SURNAME_SCORE
            out = [m for m in out if (m.list, m.list_id) != key]
            matched = index.n_alias[n]
            out.append(
                ScreeningMatch(
                    list=ent.list,
                    list_id=ent.list_id,
                    name=ent.name,
                    matched_name=matched,
                    score=SECOND_SURNAME_SCORE,
                    programs=list(ent.programs),
                    kind=ent.kind,
                    countries=list(ent.countries),
                    source=ent.source,
                    explanation=f"score {SECOND_SURNAME_SCORE:.2f}: matched {matched!r}; {why}",
                )
            )
        out.sort(key=lambda m: -m.score)
        return out[:limit]

    def _registrations(self) -> dict[str, list[int]]:
        """The listed aircraft by their registration key (:func:`normalize.registration_key`),
        built on first use."""
        got: dict[str, list[int]] | None = self.__dict__.get("_registration_map")
        if got is None:
            got = {}
            for k, ent in enumerate(self.index.entities):
                if ent.kind == "aircraft":
                    for key in {registration_key(a.name) for a in ent.all_names()}:
                        if len(key) >= 4:
                            got.setdefault(key, []).append(k)
            self.__dict__["_registration_map"] = got
        return got

    def _registration_hits(self, name: str, kind: str | None) -> dict[int, str]:
        """The listed aircraft whose registration the query gives, each with the registration
        as the query wrote it."""
        by_key = self._registrations()
        out: dict[int, str] = {}
        for key, written in registration_spans(name, kind):
            for k in by_key.get(key, ()):
                out.setdefault(k, written)
        return out

    def _registration_evidence(
        self, matches: list[ScreeningMatch], regs: dict[int, str], floor: float, limit: int
    ) -> list[ScreeningMatch]:
        """A registration in the query is an aircraft's identity, however it is separated and
        whatever else the query says (its model, "registration"): a listed aircraft with that
        registration is a hit by itself (``REGISTRATION_SCORE``)."""
        entities = self.index.entities
        seen: set[tuple[str, str]] = set()
        out: list[ScreeningMatch] = []
        keys = {(entities[k].list, entities[k].list_id): k for k in regs}
        for m in matches:
            k = keys.get((m.list, m.list_id))
            if k is not None:
                seen.add((m.list, m.list_id))
                m = _rescored(
                    m,
                    max(m.score, REGISTRATION_SCORE),
                    f"the registration {regs[k]} is the listed aircraft's ({entities[k].name})",
                )
            out.append(m)
        for k, written in regs.items():
            ent = entities[k]
            if (ent.list, ent.list_id) in seen:
                continue
            seen.add((ent.list, ent.list_id))
            out.append(
                ScreeningMatch(
                    list=ent.list,
                    list_id=ent.list_id,
                    name=ent.name,
                    matched_name=ent.name,
                    score=REGISTRATION_SCORE,
                    programs=list(ent.programs),
                    kind=ent.kind,
                    countries=list(ent.countries),
                    source=ent.source,
                    explanation=f"score {REGISTRATION_SCORE:.2f}: the registration {written} is "
                    f"the listed aircraft's ({ent.name}), written with or without its dash: the "
                    "same aircraft, whatever else the query says",
                )
            )
        out = [m for m in out if m.score >= floor]
        out.sort(key=lambda m: -m.score)
        return out[:limit]

    def _imos(self) -> tuple[dict[str, list[int]], dict[int, tuple[str, ...]]]:
        """The listed entries by the IMO numbers they give, and each such entry's numbers
        (built on first use). A list that repeats another's entry without its remarks (the
        CSL's copy of an SDN vessel: same id, same name) gets the numbers of the entry it
        repeats."""
        got: tuple[dict[str, list[int]], dict[int, tuple[str, ...]]] | None = self.__dict__.get(
            "_imo_maps"
        )
        if got is None:
            by_imo: dict[str, list[int]] = {}
            of: dict[int, tuple[str, ...]] = {}
            by_id: dict[tuple[str, str], tuple[str, ...]] = {}
            entities = self.index.entities
            for k, ent in enumerate(entities):
                if ent.remarks and "IMO" in ent.remarks.upper():
                    imos = tuple(IMO_NUMBER.findall(ent.remarks))
                    if imos:
                        of[k] = imos
                        by_id[ent.list_id, ent.name] = imos
            for k, ent in enumerate(entities):
                if k not in of and (ent.list_id, ent.name) in by_id:
                    of[k] = by_id[ent.list_id, ent.name]
            for k, imos in of.items():
                for imo in imos:
                    by_imo.setdefault(imo, []).append(k)
            got = self.__dict__["_imo_maps"] = (by_imo, of)
        return got

    def _imo_evidence(
        self,
        matches: list[ScreeningMatch],
        entities: list[int],
        imos: tuple[str, ...],
        floor: float,
        limit: int,
    ) -> list[ScreeningMatch]:
        """An IMO number in the query is a ship's identity, whatever its name: a listed vessel
        with that number is a hit by itself (``IMO_SCORE``), and a listed vessel matched by its
        name whose entry gives another IMO number is another ship of that name, a review at
        most."""
        by_imo, imos_of = self._imos()
        same = {k for imo in imos for k in by_imo.get(imo, ())}
        said = ", ".join(imos)
        out: list[ScreeningMatch] = []
        for m, k in zip(matches, entities, strict=True):
            ent = self.index.entities[k]
            if k in same:
                m = _rescored(
                    m, max(m.score, IMO_SCORE), f"the IMO number {said} is the listed vessel's"
                )
            elif ent.kind == "vessel":
                theirs = imos_of.get(k, ())
                if theirs:
                    cap = self.params.possible_max
                    m = _rescored(
                        m,
                        min(m.score, cap),
                        f"the query's IMO number {said} is not the listed vessel's "
                        f"({', '.join(theirs)}): another ship of the same name at most, a review, "
                        "never a block",
                    )
            out.append(m)
        for k in sorted(same - set(entities)):
            ent = self.index.entities[k]
            out.append(
                ScreeningMatch(
                    list=ent.list,
                    list_id=ent.list_id,
                    name=ent.name,
                    matched_name=ent.name,
                    score=IMO_SCORE,
                    programs=list(ent.programs),
                    kind=ent.kind,
                    countries=list(ent.countries),
                    source=ent.source,
                    explanation=f"score {IMO_SCORE:.2f}: the IMO number {said} is the listed "
                    f"vessel's ({ent.name}): the same ship, whatever name it sails under",
                )
            )
        out = [m for m in out if m.score >= floor]
        out.sort(key=lambda m: -m.score)
        return out[:limit]

    def _match(self, c: Candidate) -> ScreeningMatch:
        ent = self.index.entities[c.entity]
        matched = self.index.n_alias[c.name_id]
        score = round(c.score, 4)
        return ScreeningMatch(
            list=ent.list,
            list_id=ent.list_id,
            name=ent.name,
            matched_name=matched,
            score=score,
            programs=list(ent.programs),
            kind=ent.kind,
            countries=list(ent.countries),
            source=ent.source,
            explanation=describe(c.result, score, matched, c.notes),
        )

    # pickling for the on-disk cache -----------------------------------------------------

    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
        state.pop("_lock", None)
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._lock = threading.Lock()


def build_screener(
    paths: Sequence[Path | str], *, params: Params = DEFAULT_PARAMS, use_cache: bool = True
) -> ListScreener:
    """A screener over ``paths`` (files, folders, or a snapshot folder with a manifest)."""
    path_list = [Path(p) for p in paths]
    key = _fingerprint(path_list, params)
    cache_file = cache_dir() / f"index-{key}.pkl"
    if use_cache and cache_file.exists():
        try:
            with cache_file.open("rb") as fh:
                obj = pickle.load(fh)
            if isinstance(obj, ListScreener):
                return obj
        except Exception:  # corrupt or from another version: rebuild
            pass
    loaded = load_sources(path_list)
    screener = ListScreener(
        loaded.entities, files=loaded.files, issues=loaded.issues, params=params
    )
    if use_cache:
        try:
            cache_file.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=cache_file.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(screener, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, cache_file)
        except OSError:
            pass  # a read-only home is fine: we just rebuild next time
    return screener


@lru_cache(maxsize=1)
def _default(key: tuple[str, ...]) -> ListScreener:
    screener = build_screener([Path(k) for k in key])
    warm_up()
    screener.index.warm_word_memos()
    # one query per script now, so no customer's first name in a script pays for loading it
    for name in WARM_QUERIES:
        screener.screen(name)
    # (the territory table and the city words, read by a query with an address beside its
    # name: form_context)
    set_aside("Acme Trading LLC - Moscow, Russia")
    screener._imos()  # (the listed vessels by IMO number, read by a query that gives one)
    screener._registrations()  # (the listed aircraft by registration)
    # the index's ~700,000 objects live as long as the process: out of the cyclic collector's
    # reach, so that a full collection (which otherwise walks them all: 300-500 ms) is never
    # paid by the query that happens to trigger it
    gc.freeze()
    return screener


def default_screener() -> ListScreener:
    """The process-wide screener over the shipped snapshot plus added lists (cached)."""
    return _default(tuple(str(p) for p in active_sources()))


def reset_default_screener() -> None:
    """Forget the cached default screener (after ``lists load``)."""
    _default.cache_clear()
