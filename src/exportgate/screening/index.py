"""In-memory name index: candidate generation by token, deletion-neighbourhood and skeleton
keys, then careful scoring of the best candidates (see :mod:`scoring`).

Every list name (primary and aliases) is tokenised once. The vocabulary of distinct tokens is
indexed three ways: exact, single-character deletions (a query token finds every list token
within one edit of it, and many within two), and consonant skeleton (cross-script and vowel
spelling variants). Postings map a token to the names that contain it, including fused forms of
adjacent tokens ("JSC ARGUMENT" is also found by "JSCARGUMENT").
"""

from __future__ import annotations

import math
import re
import zlib
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import compress, repeat
from operator import gt, le, sub
from typing import ClassVar, cast

from exportgate.countries import countries_named
from exportgate.screening.abbreviations import business_short_forms
from exportgate.screening.costs import CostModel, is_patronymic
from exportgate.screening.cut_short import (
    cut_length,
    cut_lines_up,
    cut_list_name,
    cut_list_words,
    distinctive_start,
    person_cut_length,
    person_cut_names,
)
from exportgate.screening.entities import Alias, Entity
from exportgate.screening.names_table import variants
from exportgate.screening.normalize import (
    INITIAL,
    LEGAL,
    NUMBER,
    PARTICLE,
    TITLE,
    WORD,
    Token,
    clear_tokenize_memo,
    query_tokens,
    skeleton,
    tokenize,
)
from exportgate.screening.pair import alias_strength, align, align_above, word_sim, word_sims
from exportgate.screening.pair import compare_names as compare_names
from exportgate.screening.russian import respelled_slavic_key, slavic_key
from exportgate.screening.scoring import (
    DEFAULT_PARAMS,
    FUSED_SHORT_FLOOR,
    FUSED_TARGET_MIN,
    FUSED_WORD_MIN,
    PairResult,
    Params,
    Side,
    cost_model,
    fused_sim,
    hangul_sim,
    is_abbreviation,
    korean_respellings,
    korean_shaped,
    respelled,
    sound_spellings,
    token_sims,
)
from exportgate.screening.scripts import (
    ORIGIN_ABJAD,
    ORIGIN_HAN,
    ORIGIN_HANGUL,
    ORIGIN_LATIN,
    korean_variants,
)
from exportgate.screening.short_forms import paired_forms
from exportgate.screening.wade_giles import (
    joined_readings,
    pinyin_readings,
    pinyin_syllable,
    split_readings,
)

STRENGTHS = ("strong", "weak", "former")
_LOW_CATS = (LEGAL, PARTICLE, TITLE)


_BRACKETED = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*")


def _with_unbracketed(aliases: list[Alias]) -> list[Alias]:
    """Names with a bracketed part ("Huawei Technologies Co., Ltd. (Huawei)") are also indexed
    without it, so the plain name is an exact match."""
    out = list(aliases)
    for a in aliases:
        if "(" in a.name or "[" in a.name:
            plain = _BRACKETED.sub(" ", a.name).strip(" ,;")
            if plain and plain != a.name:
                out.append(Alias(name=plain, strength=a.strength, script=a.script))
    return out


#: a query word's lookup memo key: its text, script and whether it is a legal form
_LookKey = tuple[str, int, bool]
#: a query word's lookup memo entry (:meth:`NameIndex._looked`): its hits, their size, the
#: fused forms among them and the key under which the name forms they reach are memoised
#: (:meth:`NameIndex._hit_forms`; None: not memoised)
_Looked = tuple[dict[int, float], int, tuple[int, ...], _LookKey | None]


def deletes(token: str) -> set[str]:
    return {token[:i] + token[i + 1 :] for i in range(len(token))}


@dataclass
class Candidate:
    """The best-scoring name of one entity for a query."""

    entity: int
    name_id: int
    raw: float
    score: float
    result: PairResult
    notes: list[str]


#: most list words a query's cut last word is completed to, and most names they lead to
#: (:meth:`NameIndex._completed_names`)
_COMPLETIONS_MAX = 12
_COMPLETED_NAMES_MAX = 40


def _crc(text: str) -> int:
    return zlib.crc32(text.encode())


#: the CRC32 lookup keys (:attr:`NameIndex.del_keys`, :attr:`NameIndex.skel_keys`) are searched
#: within the run of keys that share their top 16 bits (:func:`_key_starts`): two or three
#: comparisons instead of eighteen, each of which boxes an array item
_KEY_SHIFT = 16


def _key_starts(keys: array[int]) -> array[int]:
    """Where the keys with each value of their top bits start in ``keys`` (sorted, 32 bits):
    those with top bits ``b`` are ``keys[starts[b] : starts[b + 1]]``."""
    starts = array("I", bytes(4 * ((1 << (32 - _KEY_SHIFT)) + 1)))
    for h in keys:
        starts[(h >> _KEY_SHIFT) + 1] += 1
    for b in range(1 << (32 - _KEY_SHIFT)):
        starts[b + 1] += starts[b]
    return starts


def _sorted_pairs(pairs: list[tuple[int, int]]) -> tuple[array[int], array[int]]:
    pairs.sort()
    return array("I", [k for k, _ in pairs]), array("I", [v for _, v in pairs])


#: the attributes of :class:`NameIndex` that its pickled state holds, in this order (the rest are
#: derived from them when loaded, or memos); ``entities``, ``n_tok`` and ``n_cat`` are packed
_STORED = (
    "params",
    "vtext",
    "n_ent",
    "n_strength",
    "n_origin",
    "n_alias",
    "post_off",
    "post_flat",
    "n_names",
    "vidf",
    "is_join",
    "fpost_off",
    "fpost_flat",
    "del_keys",
    "del_vals",
    "skel_keys",
    "skel_vals",
    "pre_off",
    "pre_vid",
    "pre_sim",
    "entities",
    "n_tok",
    "n_cat",
)


class NameIndex:
    """Names of a set of entities, indexed for fuzzy lookup.

    All lookup structures are flat arrays (sorted CRC32 keys with parallel value arrays, and
    offset-indexed postings) so that the pickled index loads in a fraction of a second.
    """

    #: skip names (and whole candidate pools) that too few query words reach, before the
    #: per-name score bound (same answers; off only to test that)
    evidence_bound: ClassVar[bool] = True
    #: count the list words no query word can pair with in the score bound (off only to test)
    list_bound: ClassVar[bool] = True
    #: skip the exact bound of a name no query word can pair with beyond its lookup hits (it
    #: would be the hit bound; same answers, off only to test that)
    beyond_test: ClassVar[bool] = True
    #: bound and score a name form met twice in one query once (off only to test that)
    same_form_once: ClassVar[bool] = True
    #: answer nothing at once when the hit bound of every name together is under the cut
    #: (same answers: no name could pass its own; off only to test that)
    query_bound: ClassVar[bool] = True
    #: skip the rules of a name whose aligned words cannot score min_score whatever the rules
    #: do (:func:`pair.rules_most`; same answers, off only to test that)
    rules_bound: ClassVar[bool] = True

    def __init__(
        self,
        entities: Sequence[Entity],
        params: Params = DEFAULT_PARAMS,
        *,
        state: dict[str, object] | None = None,
    ) -> None:
        """The index of ``entities``' names; with ``state`` (:meth:`__getstate__`'s), the
        stored index instead, as it was built (``entities`` and ``params`` are then unused)."""
        if state is not None:
            self.__setstate__(state)
            return
        self.entities = list(entities)
        self.params = params
        self._new_memos()
        self.vocab: dict[str, int] = {}
        self.vtext: list[str] = []
        self.n_ent = array("I")
        self.n_strength = bytearray()
        self.n_origin = bytearray()
        self.n_alias: list[str] = []
        self.n_tok: list[tuple[int, ...]] = []
        self.n_cat: list[bytes] = []
        postings: list[list[int]] = []
        joins: set[int] = set()
        # names found through a fused pair only (their words are not the vocabulary entry)
        fused_of: dict[int, list[int]] = {}

        def vid(text: str) -> int:
            v = self.vocab.get(text)
            if v is None:
                v = len(self.vtext)
                self.vocab[text] = v
                self.vtext.append(text)
                postings.append([])
            return v

        seen_forms: set[tuple[int, tuple[int, ...]]] = set()
        real: set[int] = set()  # vocabulary ids of words that occur as words of a name
        for ei, ent in enumerate(self.entities):
            kind = ent.kind if ent.kind in ("person", "organization") else None
            for alias in _with_unbracketed(ent.all_names()):
                toks = tokenize(alias.name, kind)
                if not toks:
                    continue
                ids = tuple(vid(t.text) for t in toks)
                if (ei, ids) in seen_forms:
                    continue
                seen_forms.add((ei, ids))
                nid = len(self.n_tok)
                self.n_ent.append(ei)
                self.n_strength.append(STRENGTHS.index(alias.strength))
                self.n_origin.append(toks[0].origin)
                self.n_alias.append(alias.name)
                self.n_tok.append(ids)
                self.n_cat.append(bytes(t.cat for t in toks))
                for v in set(ids):
                    postings[v].append(nid)
                real.update(ids)
                # fused adjacent tokens are findable too ("jsc argument" <- "jscargument"), and
                # Wade-Giles syllables by the pinyin word they spell ("ching kuo" <- "jingguo")
                for a, b in zip(toks, toks[1:], strict=False):
                    if a.cat == LEGAL and b.cat == LEGAL:
                        continue
                    forms = [a.text + b.text]
                    if a.origin != ORIGIN_HAN:
                        forms.extend(joined_readings((a.text, b.text)))
                    for form in forms:
                        j = vid(form)
                        if not postings[j] or postings[j][-1] != nid:
                            postings[j].append(nid)
                        joins.add(j)
                        if j not in ids:
                            got = fused_of.setdefault(j, [])
                            if not got or got[-1] != nid:
                                got.append(nid)
        # the memo of list names helped with the CSL's copies of SDN names; queries won't reuse it
        clear_tokenize_memo()
        self.post_off = array("I", [0])
        flat = array("I")
        for p in postings:
            flat.extend(p)
            self.post_off.append(len(flat))
        self.post_flat = flat
        self.n_names = max(1, len(self.n_tok))
        ref = math.log(self.n_names / 3.0)
        self.vidf = array(
            "f",
            [
                max(0.0, min(1.0, math.log(self.n_names / max(1, len(p))) / ref))
                if ref > 0
                else 1.0
                for p in postings
            ],
        )
        # fuzzy keys over the vocabulary of real tokens (fused forms are found exactly only)
        del_pairs: list[tuple[int, int]] = []
        skel_pairs: list[tuple[int, int]] = []
        for v, text in enumerate(self.vtext):
            if text.isdigit() or v in joins and v not in real:
                continue  # a word that is also the fused form of two others ("xi an") stays
            if len(text) >= 4:
                for d in deletes(text):
                    del_pairs.append((_crc(d), v))
            sk = skeleton(text)
            if len(sk) >= 2:
                skel_pairs.append((_crc(sk), v))
        # is_join: the entry is the fused form of two words of some name ("abdallah" <- "abd
        # allah"); those names, in fpost_*, get no score bound in search
        self.is_join = bytearray(len(self.vtext))
        self.fpost_off = array("I", [0])
        fflat = array("I")
        for v in range(len(self.vtext)):
            fl = fused_of.get(v)
            if fl:
                self.is_join[v] = 1
                fflat.extend(fl)
            self.fpost_off.append(len(fflat))
        self.fpost_flat = fflat
        self.del_keys, self.del_vals = _sorted_pairs(del_pairs)
        self.skel_keys, self.skel_vals = _sorted_pairs(skel_pairs)
        self.pre_off = array("I", [0])
        self.pre_vid = array("I")
        self.pre_sim = array("d")
        self._derive()
        self._store_lookups(real)

    def _new_memos(self) -> None:
        """The query path's memos, empty (kept out of the stored index): the cost model, each
        query word's lookup (:meth:`_looked`), its row of similarities (:meth:`_sim_rows`) and
        the name shapes (:meth:`_name_shape`). Plain attributes, not entries of the instance
        dictionary, so that the class also compiles to a native one (``scripts/
        build_screening_ext.py``)."""
        self._cost_model: CostModel | None = None
        # (the hits and, apart, their size and fused forms: a tuple that holds a dictionary is
        # tracked by the cyclic collector for as long as it lives, see :class:`_NameShape`)
        self._lookup_cache: dict[_LookKey, dict[int, float]] = {}
        self._lookup_sized: dict[_LookKey, tuple[int, tuple[int, ...]]] = {}
        # the name forms each memoised query word's hits reach (:meth:`_hit_forms`), and how
        # many forms they hold together
        self._forms_memo: dict[_LookKey, tuple[int, ...]] = {}
        self._forms_held = 0
        self._rows: dict[tuple[str, int, bool], dict[int, float]] = {}
        self._rows_age = 0
        self._shapes: dict[int, _NameShape] = {}
        self._vocab_sorted: list[str] | None = None  # (the list words in order: _sorted_vocab)

    def _derive(self) -> None:
        """Per-name and per-form data worked out from the stored index when it is built or
        loaded (not on the first query): each name's length in words (:attr:`n_len`), the
        entity's kind (:attr:`n_kind`) and its name form (:attr:`n_form`: words, their
        categories and script, numbered in list order; the CSL repeats SDN names word for
        word, so 73,904 names have 43,457 forms); each form's names in ascending order
        (:attr:`f_names`), words, size and length, and the postings by form (``fp_*``, each
        list ascending), from which :meth:`_candidates` works out the pool form by form; where
        each run of lookup keys by their top bits starts (:func:`_key_starts`)."""
        self._n_len = bytes(min(255, len(t)) for t in self.n_tok)
        # the list words by their Russian romanisation key (:func:`russian.slavic_key`): a
        # query word in German or French romanisation is too many letters away from the
        # English spelling for the deletion keys ("kurtschenko" / "kurchenko")
        slavic: dict[str, list[int]] = {}
        for v, text in enumerate(self.vtext):
            skey = slavic_key(text)
            if skey:
                slavic.setdefault(skey, []).append(v)
        self.slavic_words = {k: tuple(vs) for k, vs in slavic.items()}
        off = self.post_off
        # names per vocabulary entry (lists of numbers, not arrays, here and below: the
        # compiled query path reads a list's item as a number directly, an array's as an object)
        self.v_df: list[int] = list(map(sub, off[1:], off[:-1]))
        kinds = [
            _PERSON if e.kind == "person" else _OTHER_KIND if e.kind else _NO_KIND
            for e in self.entities
        ]
        self.n_kind = bytes(kinds[ei] for ei in self.n_ent)
        form_ids: dict[tuple[tuple[int, ...], bytes, int], int] = {}
        forms_of: list[int] = []
        f_names: list[list[int]] = []
        for nid, key in enumerate(zip(self.n_tok, self.n_cat, self.n_origin, strict=True)):
            f = form_ids.setdefault(key, len(form_ids))
            forms_of.append(f)
            if f == len(f_names):
                f_names.append([nid])
            else:
                f_names[f].append(nid)
        # each form's number, one object per form shared by every memo that holds it (the
        # forms memo, :meth:`_hit_forms`: 8 bytes a form instead of ~40 with a number each)
        self.f_ids = tuple(range(len(f_names)))
        f_ids = self.f_ids
        self.n_form: list[int] = [f_ids[f] for f in forms_of]
        n_form = self.n_form
        self.f_names = [tuple(x) for x in f_names]
        self.f_tok = [self.n_tok[x[0]] for x in f_names]
        self.f_size: list[int] = [len(x) for x in f_names]
        self.f_len = bytes(self._n_len[x[0]] for x in f_names)
        flat = self.post_flat
        form_of = n_form.__getitem__
        # (where each word's run starts: a list, whose items the compiled query path reads as
        # numbers directly, not an array, read through a generic item call)
        fp_off: list[int] = [0]
        # (the forms' shared numbers, :attr:`f_ids`: a slice of them fills a set of forms
        # without making a number object per form)
        fp_flat: list[int] = []
        for v in range(len(off) - 1):
            fp_flat.extend(sorted(set(map(form_of, flat[off[v] : off[v + 1]]))))
            fp_off.append(len(fp_flat))
        self.fp_off = fp_off
        self.fp_flat = fp_flat
        self.del_starts = _key_starts(self.del_keys)
        self.skel_starts = _key_starts(self.skel_keys)

    def warm_word_memos(self) -> None:
        """Work out now (at start-up) the consonant skeleton, the spelling by sound and the
        Wade-Giles readings of every word of the lists (32,789 words, ~0.1 s): the word
        comparisons of the lookups and the scorer need them for whichever list words a query
        meets, and otherwise the first queries to meet a word pay for them (their memos hold
        every list word and room for query words)."""
        self._sorted_vocab()
        words: set[int] = set()
        for ids in self.n_tok:
            words.update(ids)
        vtext = self.vtext
        for v in sorted(words):
            t = vtext[v]
            skeleton(t)
            respelled(t)
            pinyin_readings(t)

    def hit_size(self, hit: dict[int, float]) -> int:
        """How many names the vocabulary tokens of one lookup occur in (with repeats)."""
        v_df = self.v_df
        size = 0
        for v in hit:
            size += v_df[v]
        return size

    def postings(self, v: int) -> array[int]:
        return self.post_flat[self.post_off[v] : self.post_off[v + 1]]

    def fused_postings(self, v: int) -> array[int]:
        """Names that contain ``v`` only as the fused form of two adjacent words."""
        return self.fpost_flat[self.fpost_off[v] : self.fpost_off[v + 1]]

    def df(self, v: int) -> int:
        return self.post_off[v + 1] - self.post_off[v]

    # pickling: flat arrays and lists of strings only --------------------------------------

    def __reduce__(self) -> tuple[object, tuple[dict[str, object]]]:
        """Pickled as its state, loaded by :func:`_stored_index` (a compiled class is not made
        without its ``__init__``, which ``pickle``'s default way skips)."""
        return _stored_index, (self.__getstate__(),)

    def __getstate__(self) -> dict[str, object]:
        import msgspec

        # the stored attributes by name (the derived tables and the memos are not stored)
        state: dict[str, object] = {name: getattr(self, name) for name in _STORED}
        state["entities"] = msgspec.msgpack.encode(self.entities)
        tok_flat = array("I")
        tok_off = array("I", [0])
        for ids in self.n_tok:
            tok_flat.extend(ids)
            tok_off.append(len(tok_flat))
        state["n_tok"] = (tok_flat, tok_off)
        state["n_cat"] = b"".join(self.n_cat)
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        import msgspec

        ents: bytes = state.pop("entities")  # type: ignore[assignment]
        tok_pair = cast(tuple["array[int]", "array[int]"], state.pop("n_tok"))
        tok_flat, tok_off = tok_pair
        cats: bytes = state.pop("n_cat")  # type: ignore[assignment]
        for name, value in state.items():
            setattr(self, name, value)
        self._new_memos()
        if self.params == DEFAULT_PARAMS:
            # the shared default object itself, not an equal copy: memos keyed on it
            # (scoring.fused_sim) hold only for the default parameters
            self.params = DEFAULT_PARAMS
        self.entities = msgspec.msgpack.decode(ents, type=list[Entity])
        self.n_tok = [tuple(tok_flat[tok_off[i] : tok_off[i + 1]]) for i in range(len(tok_off) - 1)]
        self.n_cat = [cats[tok_off[i] : tok_off[i + 1]] for i in range(len(tok_off) - 1)]
        self.vocab = {t: i for i, t in enumerate(self.vtext)}
        self._derive()

    # ------------------------------------------------------------------------------------

    @property
    def n_len(self) -> bytes:
        return self._n_len

    def weight(self, cat: int, idf: float) -> float:
        """A word's weight (:meth:`costs.CostModel.weight`, with the lists' statistics)."""
        cm = self._cost_model
        if cm is None:
            cm = self._cost_model = cost_model(self.params)
        return cm.weight(cat, idf)

    def token_idf(self, text: str) -> float:
        v = self.vocab.get(text)
        return 1.0 if v is None else float(self.vidf[v])

    def lookup(self, tok: Token) -> dict[int, float]:
        """Vocabulary tokens similar to a query token, with their similarity (memoised)."""
        return self.lookup_sized(tok)[0]

    def lookup_sized(self, tok: Token) -> tuple[dict[int, float], int]:
        """:meth:`lookup` with the :meth:`hit_size` of its answer, both memoised together
        (the size is a sum over postings that every query needs again)."""
        hit, size, _, _ = self._looked(tok)
        return hit, size

    def _looked(self, tok: Token) -> _Looked:
        """The memo entry of one query token: its lookup hits, their :meth:`hit_size`, the
        fused-form ("join") vocabulary ids among them (names found through those get no
        score bound in :meth:`search`) and the key under which the name forms its hits reach
        are memoised once :meth:`_candidates` has needed them (:meth:`_hit_forms`)."""
        key = (tok.text, tok.origin, tok.cat == LEGAL)
        cache = self._lookup_cache
        hit = cache.get(key)
        if hit is None:
            if len(cache) > 100_000 or self._forms_held > _FORMS_HELD_MAX:
                cache.clear()
                self._lookup_sized.clear()
                self._forms_memo.clear()
                self._forms_held = 0
            hit = self._stored_lookup(tok)
            if hit is None:
                hit = self._lookup(tok)
            is_join = self.is_join
            size = self.hit_size(hit)
            joins = tuple(v for v in hit if is_join[v])
            cache[key] = hit
            self._lookup_sized[key] = (size, joins)
            return (hit, size, joins, key)
        size, joins = self._lookup_sized[key]
        return (hit, size, joins, key)

    def _store_lookups(self, real: set[int]) -> None:
        """Work out at build, and keep in the stored index, the lookup (:meth:`_lookup`) of
        every word of the lists in ASCII letters as a query word in Latin letters has it: a
        query's words are mostly list words ("trading", "mohammad", a listed surname), and
        each new one otherwise costs the first query that meets it a lookup (candidate keys,
        then a comparison with each candidate), the largest step of a query (~20 % of a pass).
        Flat arrays, ``pre_off`` by vocabulary id (an empty run: not stored), the hits'
        ids and similarities in the order the lookup gives them (the same dictionary)."""
        off = array("I", [0])
        vids = array("I")
        sims = array("d")
        for v, text in enumerate(self.vtext):
            if v in real and text.isascii() and not text.isdigit():
                hit = self._lookup(Token(text, WORD, ORIGIN_LATIN))
                vids.extend(hit)
                sims.extend(hit.values())
            off.append(len(vids))
        self.pre_off, self.pre_vid, self.pre_sim = off, vids, sims

    def _stored_lookup(self, tok: Token) -> dict[int, float] | None:
        """The lookup of ``tok`` kept at build (:meth:`_store_lookups`), or None where there
        is none: a word in Latin letters that the lookup compares (not a legal form or a
        number) and that is a word of the lists. The same dictionary as :meth:`_lookup`'s."""
        if tok.origin != ORIGIN_LATIN or tok.cat == LEGAL or tok.cat == NUMBER:
            return None
        v = self.vocab.get(tok.text)
        if v is None or v + 1 >= len(self.pre_off):
            return None
        a = self.pre_off[v]
        b = self.pre_off[v + 1]
        if a == b:
            return None
        return dict(zip(self.pre_vid[a:b], self.pre_sim[a:b], strict=True))

    def _hit_forms(self, hit: dict[int, float], key: _LookKey | None) -> tuple[int, ...]:
        """The name forms (:attr:`n_form`) that the list words ``hit`` occur in, each once;
        memoised under ``key`` (a lookup memo entry's, :meth:`_looked`; None: not memoised) for
        the next query with the same word (the same words meet query after query: "trading",
        "mohammad" ...)."""
        if key is not None:
            memo = self._forms_memo.get(key)
            if memo is not None:
                return memo
        got: set[int] = set()
        fp_off = self.fp_off
        fp_flat = self.fp_flat
        for v in hit:
            got.update(fp_flat[fp_off[v] : fp_off[v + 1]])
        # (the set holds the forms' shared numbers, :attr:`f_ids`, as :attr:`fp_flat` does)
        out = tuple(got)
        if key is not None:
            self._forms_memo[key] = out
            self._forms_held += len(out)
        return out

    def _korean_respelled(self, toks: Sequence[Token], looked: list[_Looked]) -> list[_Looked]:
        """A romanised Korean name's syllables also reach their other romanisations ("jol" ->
        "chol"), at ``korean_fold_sim``; align caps such a match at a review."""
        out = []
        sim = self.params.korean_fold_sim
        vget = self.vocab.get
        for tok, entry in zip(toks, looked, strict=True):
            extra = {}
            for w in korean_respellings(tok.text):
                v = vget(w)
                if v is not None and entry[0].get(v, 0.0) < sim:
                    extra[v] = sim
            if extra:
                hit = {**entry[0], **extra}
                entry = (hit, self.hit_size(hit), entry[2], None)
            out.append(entry)
        return out

    def _lookup(self, tok: Token) -> dict[int, float]:
        text = tok.text
        if tok.cat == LEGAL:
            v = self.vocab.get(text)
            return {v: 1.0} if v is not None else {}
        if tok.cat == NUMBER:
            v = self.vocab.get(text)
            return {v: 1.0} if v is not None else {}
        cands = self._lookup_candidates(tok)
        vtext = self.vtext
        sims = token_sims(text, [vtext[v] for v in cands], tok.origin, self.params)
        return {v: s for v, s in zip(cands, sims, strict=True) if s >= 0.5}

    def _lookup_candidates(self, tok: Token) -> set[int]:
        """Vocabulary entries worth comparing with a query word: its recorded spellings, the
        word written backwards, its spellings by sound (:func:`scoring.sound_spellings`), the
        words within one deletion of it on either side, its consonant skeleton's words, and its
        short forms or the full names it is a short form of."""
        text = tok.text
        forms = korean_variants(text) if tok.origin == ORIGIN_HANGUL else (text,)
        vget = self.vocab.get
        cands: set[int] = set()
        add = cands.add
        for f in (*variants(text), text[::-1], *sound_spellings(text)):
            v = vget(f)
            if v is not None:
                add(v)
        slavic = respelled_slavic_key(text)
        if slavic:
            cands.update(self.slavic_words.get(slavic, ()))
        for f in split_readings(text):
            v = vget(f)
            if v is not None:
                add(v)
        for f in business_short_forms(text) or ():
            v = vget(f)
            if v is not None:
                add(v)
        # (a given name's short forms, or the full names a short form stands for)
        for f in paired_forms(text):
            v = vget(f)
            if v is not None:
                add(v)
        if not pinyin_syllable(text):
            # (a Wade-Giles syllable's pinyin readings: "chiu" -> "qiu", token_sim pairs them)
            for f in pinyin_readings(text):
                v = vget(f)
                if v is not None:
                    add(v)
        dk, dv = self.del_keys, self.del_vals
        starts = self.del_starts
        nk = len(dk)
        for f in forms:
            v = vget(f)
            if v is not None:
                add(v)
            if len(f) >= 3:
                keys = (f, *deletes(f)) if len(f) >= 4 else (f,)
                for key in keys:
                    # (the same entries in the same order as a search of all the keys)
                    h = zlib.crc32(key.encode())
                    top = h >> _KEY_SHIFT
                    i = bisect_left(dk, h, starts[top], starts[top + 1])
                    while i < nk and dk[i] == h:
                        add(dv[i])
                        i += 1
                    if key != f:
                        v = vget(key)
                        if v is not None:
                            add(v)
            sk = skeleton(f)
            if len(sk) >= 2 or (tok.origin == ORIGIN_ABJAD and sk):
                # (the words of its skeleton, unless there are 60 or more of a Latin word's:
                # counted before any is taken)
                sk_keys = self.skel_keys
                h = zlib.crc32(sk.encode())
                top = h >> _KEY_SHIFT
                bucket_end = self.skel_starts[top + 1]
                lo = bisect_left(sk_keys, h, self.skel_starts[top], bucket_end)
                hi = bisect_right(sk_keys, h, lo, bucket_end)
                if hi - lo < 60 or tok.origin != ORIGIN_LATIN:
                    cands.update(self.skel_vals[lo:hi])
        return cands

    def query_side(self, toks: Sequence[Token]) -> Side:
        weights = [self.weight(t.cat, self.token_idf(t.text)) for t in toks]
        origin = toks[0].origin if toks else ORIGIN_LATIN
        return Side([t.text for t in toks], [t.cat for t in toks], weights, origin)

    def cand_side(self, nid: int) -> Side:
        ids = self.n_tok[nid]
        cats = self.n_cat[nid]
        # (in step by position, not a zip with its keyword: the compiled loop reads each directly)
        weight = self.weight
        vidf = self.vidf
        weights = [weight(cats[k], float(vidf[ids[k]])) for k in range(len(ids))]
        return Side([self.vtext[v] for v in ids], list(cats), weights, self.n_origin[nid], ids)

    def candidates(
        self,
        toks: Sequence[Token],
        hits: list[dict[int, float]],
        limit: int,
        sized: Sequence[int] | None = None,
    ) -> tuple[list[int], set[int]]:
        """Name ids sharing the most informative (fuzzy) tokens with the query, best first,
        and the names found through fused query tokens.

        Tokens with short postings (rare words) propose candidates, weighted by IDF; common
        words (``group``, ``mohammed``) only add weight to names already proposed, unless the
        query has nothing rarer, in which case their postings are intersected.
        """
        pool, fused, _, _ = self._candidates(toks, hits, limit, sized)
        return pool, fused

    def _candidates(
        self,
        toks: Sequence[Token],
        hits: list[dict[int, float]],
        limit: int,
        sized: Sequence[int] | None = None,
        weights: Sequence[float] | None = None,
        min_total: float | None = None,
        unbounded: set[int] | None = None,
        forms: Sequence[int] | None = None,
        split: set[int] | None = None,
        form_keys: Sequence[_LookKey | None] | None = None,
        plain_pool: list[list[int]] | None = None,
    ) -> tuple[list[int], set[int], tuple[dict[int, float], float] | None, set[int]]:
        """:meth:`candidates`, and the evidence behind them for :meth:`search`'s score bound.

        The evidence (when the rare-word branch ran) is ``(scores, threshold)``: ``scores``
        maps each proposed name form (:attr:`n_form`: every name of one form has the same
        evidence) to the summed weight of the query tokens that reach it
        (plus 1.0 per fused pair) and a name whose evidence is below ``threshold`` cannot
        reach ``min_total`` (the weight the query's matched tokens need, see
        :meth:`search`) even with every other token matched exactly. Given the names
        ``unbounded`` by the score bound and none of them proposed, the pool keeps only the
        names at the threshold (none at all when there are none), in pool order, when that
        gives the same answers: every other name in it would have been pruned. ``forms`` are
        the query's :meth:`fused_forms` when the caller has them; ``split`` the names its run-
        together words reach (:meth:`_split_reach`), proposed as fused forms' names are.
        ``form_keys``: the query words' keys of memoised forms (:meth:`_hit_forms`), when the
        caller has them. Given ``plain_pool``, the pool is put there too when it is the pool
        without a score bound (``min_total`` None, ``unbounded`` empty) for the same query and
        ``limit``: whenever ``min_total`` did not cut it short.
        """
        scores: dict[int, float] = {}
        if sized is None:
            sized = [self.hit_size(h) for h in hits]
        # numbers propose names only when nothing else does: another number aligns too
        # ("Snow Storm 2" is a possible match for "Snow Storm 1", see scoring.align)
        gen = [
            i
            for i, t in enumerate(toks)
            if t.cat not in (TITLE, INITIAL, LEGAL, NUMBER) and hits[i]
        ]
        if not gen:
            gen = [i for i, t in enumerate(toks) if t.cat in (LEGAL, NUMBER) and hits[i]]
        sizes = {i: sized[i] for i in gen}
        rare = [i for i in gen if sizes[i] <= 400]
        common = [i for i in gen if sizes[i] > 400]
        # the pool is worked out by name form (the CSL repeats SDN names word for word: one
        # form, several names), whose evidence and rank key every name of the form shares
        f_tok = self.f_tok
        f_size = self.f_size
        if weights is None:
            weights = [self.weight(t.cat, self.token_idf(t.text)) for t in toks]

        evidence = False
        if rare:
            evidence = True
            # (the forms' numbers read and stored as the objects the forms memo holds, the
            # shared :attr:`f_ids`: typed as numbers, the compiled loops would read each one's
            # value and make a new number object for every dictionary read and write)
            acc: dict[object, float] = {}
            for i in rare:
                w = weights[i]
                reached: tuple[object, ...] = self._hit_forms(
                    hits[i], form_keys[i] if form_keys is not None else None
                )
                if not acc:
                    acc = dict.fromkeys(reached, w)
                    continue
                for fo in reached:
                    acc[fo] = acc.get(fo, 0.0) + w
            scores = cast("dict[int, float]", acc)
            # (the names of the forms proposed, counted once: the common words below add to
            # the forms' evidence, never a form)
            proposed = _forms_size(f_size, scores) if common else 0
            for i in common:
                # a common word only adds to names already proposed: test those names' words
                # instead of building the word's (long) postings
                w = weights[i]
                h = hits[i]
                # (by the number of names, as when the pool was worked out name by name: the
                # two ways differ for a name that a fused form reaches, see fused_postings)
                if sizes[i] < 4 * proposed:
                    some: tuple[object, ...] = self._hit_forms(
                        h, form_keys[i] if form_keys is not None else None
                    )
                    for fo in some:
                        if fo in acc:
                            acc[fo] += w
                else:
                    # (a loop over the form's words, not a call of the hits' isdisjoint per
                    # form; the words as the objects the form's tuple holds: tested as
                    # numbers, each would be a new object)
                    h_o = cast("dict[object, float]", h)
                    for fo in acc:
                        for v in cast("tuple[object, ...]", f_tok[cast(int, fo)]):
                            if v in h_o:
                                acc[fo] += w
                                break
        elif common:
            order = sorted(common, key=lambda i: sizes[i])
            first = order[0]
            pool_set = set(
                self._hit_forms(hits[first], form_keys[first] if form_keys is not None else None)
            )
            for i in order[1:]:
                # (as above: the forms and words as the objects the memos hold)
                hi_o = cast("dict[object, float]", hits[i])
                narrowed: set[object] = set()
                for fo in cast("set[object]", pool_set):
                    for v in cast("tuple[object, ...]", f_tok[cast(int, fo)]):
                        if v in hi_o:
                            narrowed.add(fo)
                            break
                if narrowed:
                    pool_set = cast("set[int]", narrowed)
            scores = dict.fromkeys(pool_set, float(len(order)))
        # fused query tokens, two or three ("van der bilt" -> "vanderbilt"), and Wade-Giles
        # syllables as the pinyin word they spell ("tse tung" -> "zedong")
        fused: set[int] = set()
        whole: set[int] = set()  # those with the fused form as one word of theirs
        if forms is None:
            forms = self.fused_forms(toks)
        n_form = self.n_form
        for v in forms:
            got = set(self.postings(v))
            # only names with the fused form as one word of theirs need the aligner's
            # fused pairing; a name with it as two adjacent words ("russian academy" for
            # "russian academy") pairs them word by word, as the score bound counts
            fused |= got
            whole |= got.difference(self.fused_postings(v)) if self.is_join[v] else got
            for f in {n_form[nid] for nid in got}:
                scores[f] = scores.get(f, 0.0) + 1.0
        if split:
            fused |= split
            for f in {n_form[nid] for nid in split}:
                scores[f] = scores.get(f, 0.0) + 1.0
        if not scores:
            if plain_pool is not None:
                plain_pool.append([])
            return [], fused, None, whole
        full = len(scores) > limit or _forms_size(f_size, scores) > limit
        proof: tuple[dict[int, float], float] | None = None
        if evidence and min_total is not None:
            # tokens that propose no names (titles, initials, legal forms ...) may still match
            in_gen = set(gen)
            threshold = min_total - sum(w for i, w in enumerate(weights) if i not in in_gen)
            if (
                unbounded is not None
                and not fused
                and {n_form[nid] for nid in unbounded}.isdisjoint(scores)
            ):
                # every name is bounded: only names at the threshold can pass the bound
                vals = scores.values()
                strong = list(compress(scores, map(le, repeat(threshold), vals)))
                if not strong:
                    return [], fused, None, whole
                if full and _forms_size(f_size, strong) <= limit:
                    # when each of them outranks every name under the threshold (whose rank
                    # key is at most its evidence - 0.05 for one word), the pool's other names
                    # need not be ranked: they would all be pruned
                    weak = compress(vals, map(gt, repeat(threshold), vals))
                    weak_top = max(weak, default=-math.inf) - 0.05 * 1
                    f_len = self.f_len
                    keys = {f: scores[f] - 0.05 * f_len[f] for f in strong}
                    if min(keys.values()) > weak_top:
                        # equal keys in the pool's tie order (name form, then name id)
                        strong.sort(key=lambda f: (-keys[f], f))
                        f_names = self.f_names
                        pool = [nid for f in strong for nid in f_names[f]]
                        return pool, fused, (scores, threshold), whole
            proof = (scores, threshold)
        # best shared evidence first, shorter names (fewer unmatched words) ahead of longer
        # ones; equal ones (and a pool that is not full) in a fixed order: by name form, then
        # name id -- never the order of proposal, which follows Python's string hashing and
        # so would change between processes
        if full:
            ranked = _closest_first(scores, rare, hits, weights, self.fp_off, self.fp_flat)
            initials = [(t.text, weights[i]) for i, t in enumerate(toks) if t.cat == INITIAL]
            if initials and not any(t.cat == LEGAL for t in toks):
                ranked = _initials_first(ranked, initials, f_tok, self.vtext)
            pool = _best_first(
                ranked,
                self.f_len,
                self.f_names,
                limit,
            )
        else:
            f_names = self.f_names
            pool = [nid for f in sorted(scores) for nid in f_names[f]]
        if plain_pool is not None:
            plain_pool.append(pool)
        return pool, fused, proof, whole

    def _split_reach(self, toks: Sequence[Token], hits: list[dict[int, float]]) -> set[int]:
        """Names that a query word of two list words run together *and* misspelt may be
        ("Senseitmegroup" / "SENSETIME GROUP", "Fasyalkhaluf" / "KHALUF, Faysal"): the fused
        forms of list words are found exactly only, so a word of seven letters or more in Latin
        letters with no close lookup hit (under 0.9) is cut in two at each place where one piece
        is a list word (four letters or more; two consonants at the start: "sb", "sc") and the
        other, four letters or more, is near a list word (:meth:`_near_words`); a name holding
        both list words is proposed. The aligner then scores the
        query word against the name's two words fused, as for any run-together word."""
        out: set[int] = set()
        vget = self.vocab.get
        n_tok = self.n_tok
        v_df = self.v_df
        for i, t in enumerate(toks):
            x = t.text
            n = len(x)
            if t.cat != WORD or n < 7 or t.origin != ORIGIN_LATIN or not x.isalpha():
                continue
            h = hits[i]
            if h and max(h.values()) >= 0.9:
                continue  # (a known word, or a slip of one)
            for k in range(2, n - 3):
                left, right = x[:k], x[k:]
                for exact, other in ((left, right), (right, left)):
                    if len(other) < 4 or not (
                        len(exact) >= 4 or (k == 2 and exact is left and _VOWELS.isdisjoint(exact))
                    ):
                        continue
                    v = vget(exact)
                    if v is None:
                        continue
                    near = self._near_words(other)
                    if not near:
                        continue
                    if v_df[v] <= sum(v_df[u] for u in near):
                        out.update(
                            nid for nid in self.postings(v) if not near.isdisjoint(n_tok[nid])
                        )
                    else:
                        for u in near:
                            out.update(nid for nid in self.postings(u) if v in n_tok[nid])
        return out

    def _near_words(self, piece: str) -> set[int]:
        """List words within one deletion of ``piece`` on either side (its deletion keys): the
        cheap near lookup of :meth:`_split_reach` (the aligner judges the pair)."""
        dk, dv = self.del_keys, self.del_vals
        starts = self.del_starts
        nk = len(dk)
        vget = self.vocab.get
        got: set[int] = set()
        for key in (piece, *deletes(piece)):
            h = zlib.crc32(key.encode())
            top = h >> _KEY_SHIFT
            i = bisect_left(dk, h, starts[top], starts[top + 1])
            while i < nk and dk[i] == h:
                got.add(dv[i])
                i += 1
            v = vget(key)
            if v is not None:
                got.add(v)
        return got

    def fused_forms(self, toks: Sequence[Token]) -> list[int]:
        """The vocabulary entries that adjacent query words spell fused, two or three ("van der
        bilt" -> "vanderbilt"), or as the pinyin word of Wade-Giles syllables ("tse tung" ->
        "zedong"), in query order (with repeats)."""
        out: list[int] = []
        vget = self.vocab.get
        for i in range(len(toks) - 1):
            forms = [toks[i].text + toks[i + 1].text]
            if i + 2 < len(toks):  # "plat ono vich" -> "platonovich"
                forms.append(forms[0] + toks[i + 2].text)
            if toks[i].origin != ORIGIN_HAN:
                for size in (2, 3)[: len(toks) - i - 1]:
                    forms.extend(joined_readings([t.text for t in toks[i : i + size]]))
            for form in forms:
                v = vget(form)
                if v is not None:
                    out.append(v)
        return out

    def _floor_costs(
        self, toks: Sequence[Token], weights: Sequence[float], share: float
    ) -> list[float]:
        """The least an unmatched query token costs (:meth:`costs.CostModel.query_floor`)."""
        return cost_model(self.params).query_floor(
            [t.text for t in toks], [t.cat for t in toks], weights, share
        )

    def _exact_best(
        self,
        toks: Sequence[Token],
        hits: list[dict[int, float]],
        ids: tuple[int, ...],
        bonus: float,
        nid: int,
        rows: list[dict[int, float]],
        empty_best: list[float],
        shape: tuple[list[tuple[int, int, str, frozenset[str]]], dict[str, list[int]]],
    ) -> list[tuple[float, int]]:
        """Each query word's best similarity with name ``nid`` as the aligner may pair them
        (:func:`scoring.align_words`): word by word (lookup hits, else :func:`pair.word_sim`,
        memoised in the query words' similarity rows), as part of a fused form of two or three
        adjacent words on either side, as an acronym or an abbreviation, or a Wade-Giles
        reading; counted as :meth:`costs.CostModel.earned`. The exact input of
        :func:`upper_bound` for a query in Latin letters or an abjad (not romanised Korean)."""
        p = self.params
        name = self._name_shape(nid)
        top = self._word_tops(toks, hits, ids, bonus, nid, rows, empty_best, name)
        _fused_tops(toks, top, name, shape, empty_best, p)
        earned = cost_model(p).earned
        return [
            (earned(b) if toks[i].cat not in (TITLE, INITIAL, NUMBER) else b, i)
            for i, b in enumerate(top)
        ]

    def _word_tops(
        self,
        toks: Sequence[Token],
        hits: list[dict[int, float]],
        ids: tuple[int, ...],
        bonus: float,
        nid: int,
        rows: list[dict[int, float]],
        empty_best: list[float],
        name: _NameShape,
    ) -> list[float]:
        """Each query word's best pairing with one word or adjacent words of name ``nid``
        (words ``ids``): its lookup hits, else :func:`pair.word_sim` (memoised in ``rows``),
        as an acronym or an abbreviation (:func:`_initial_or_abbreviation`); titles, initials
        and numbers at ``empty_best``. What depends on the word and the name alone is memoised
        in the word's row too (the same names meet the same words in query after query)."""
        p = self.params
        c_origin = self.n_origin[nid]
        cls = _ORIGIN_CLASS[c_origin]
        vtext = self.vtext
        zeros = repeat(0.0)
        top = [0.0] * len(toks)
        name_key = -1 - nid  # (vocabulary keys are >= 0)
        for i, (t, h) in enumerate(zip(toks, hits, strict=True)):
            if t.cat in (TITLE, INITIAL, NUMBER):
                top[i] = empty_best[i]
                continue
            row = rows[i]
            if not bonus:
                got = row.get(name_key)
                if got is not None:
                    top[i] = got
                    continue
            best = max(map(h.get, ids, zeros)) if h else 0.0
            if best < 1.0:
                # (the words' numbers as the objects the name's tuple holds, each row key made
                # once: see _fill_rows)
                h_o = cast("dict[object, float]", h)
                row_o = cast("dict[object, float]", row)
                for v in cast("tuple[object, ...]", ids):
                    if v in h_o:
                        continue
                    vi = cast(int, v)
                    key: object = vi * 4 + cls
                    s = row_o.get(key)
                    if s is None:
                        s = row_o[key] = word_sim(t.text, t.origin, vtext[vi], c_origin, p)
                    if s > best:
                        best = s
            if bonus and best > 0:
                best = min(1.0, best + bonus)
            if t.cat == WORD:
                best = _initial_or_abbreviation(t.text, best, name, p)
            if not bonus:
                row[name_key] = best
            top[i] = best
        return top

    def _fill_rows(
        self,
        toks: Sequence[Token],
        hits: list[dict[int, float]],
        rows: list[dict[int, float]],
        nids: Sequence[int],
    ) -> dict[int, set[int]]:
        """Put into the query words' similarity rows their :func:`pair.word_sim` with every
        word of names ``nids`` that is neither a lookup hit nor there yet, one
        :func:`pair.word_sims` pass per query word and script (the same values that
        :meth:`_word_tops` and :meth:`score_name` would work out one pair at a time, faster).

        Returns, by script class, the words of those names that some query word (not a title,
        initial or number) is not a lookup hit of and has a similarity above 0 with: the only
        words through which :meth:`_word_tops` can pair a query word beyond its lookup hits."""
        by_origin: dict[int, set[int]] = {}
        for nid in nids:
            by_origin.setdefault(self.n_origin[nid], set()).update(self.n_tok[nid])
        vtext = self.vtext
        p = self.params
        gainers: dict[int, set[int]] = {}
        for c_origin, vs in by_origin.items():
            cls = _ORIGIN_CLASS[c_origin]
            gain = cast("set[object]", gainers.setdefault(cls, set()))
            # (the words' numbers kept as the objects the names' tuples hold, and each row key
            # made once: a number read as such and stored or looked up again is a new object)
            vs_o = cast("set[object]", vs)
            for t, h, row in zip(toks, hits, rows, strict=True):
                if t.cat in (TITLE, INITIAL, NUMBER):
                    continue
                h_o = cast("dict[object, float]", h)
                outside = [v for v in vs_o if v not in h_o]  # (not lookup hits of this word)
                keys: list[object] = [cast(int, v) * 4 + cls for v in outside]
                row_o = cast("dict[object, float]", row)
                missing = [k for k in range(len(keys)) if keys[k] not in row_o]
                if missing:
                    sims = word_sims(
                        t.text,
                        t.origin,
                        [vtext[cast(int, outside[k])] for k in missing],
                        c_origin,
                        p,
                    )
                    row_o.update(zip([keys[k] for k in missing], sims, strict=True))
                rget = row_o.get
                gain.update(outside[k] for k in range(len(keys)) if rget(keys[k], 0.0) > 0.0)
        return gainers

    def _name_shape(self, nid: int) -> _NameShape:
        """:class:`_NameShape` of name ``nid``, memoised (bounded: emptied at 10,000 names)."""
        shapes = self._shapes
        got = shapes.get(nid)
        if got is None:
            if len(shapes) >= 10_000:
                shapes.clear()
            vtext = self.vtext
            got = shapes[nid] = _NameShape([vtext[v] for v in self.n_tok[nid]], self.n_cat[nid])
        return got

    def _sim_rows(self, toks: Sequence[Token]) -> list[dict[int, float]]:
        """Each query word's row of :func:`pair.word_sim` similarities with list words, keyed
        by vocabulary id and the list name's script class, and its best pairing with whole
        list names (:meth:`_word_tops`, keyed by ``-1 - name id``), memoised across queries
        like the lookup (a word such as "technology" meets the same list names in query after
        query; bounded: all rows are emptied at about 150,000 entries)."""
        rows = self._rows
        age = self._rows_age = self._rows_age + 1
        if len(rows) > 20_000 or age % 256 == 0 and sum(map(len, rows.values())) > 150_000:
            rows.clear()
        out = []
        for t in toks:
            key = (t.text, t.origin, t.cat == LEGAL)
            row = rows.get(key)
            if row is None:
                row = rows[key] = {}
            out.append(row)
        return out

    def score_name(
        self,
        query: Side,
        q_toks: Sequence[Token],
        hits: list[dict[int, float]],
        nid: int,
        person: bool,
        rows: list[dict[int, float]],
        raw_floor: float = -math.inf,
    ) -> PairResult | None:
        """Query ``query`` aligned with name ``nid`` and scored by the rules; None where the
        rules could not score it ``raw_floor`` or more (:func:`pair.align_above`; with no
        ``raw_floor`` never)."""
        cand = self.cand_side(nid)
        ids = self.n_tok[nid]
        c_origin = self.n_origin[nid]
        cls = _ORIGIN_CLASS[c_origin]
        p = self.params
        both_hangul = c_origin == ORIGIN_HANGUL and query.origin == ORIGIN_HANGUL

        # (the words' numbers as the objects the name's tuple holds, each row key made once:
        # see _fill_rows)
        ids_o = cast("tuple[object, ...]", ids)
        hits_o = cast("list[dict[object, float]]", hits)
        rows_o = cast("list[dict[object, float]]", rows)

        def sim(i: int, j: int) -> float:
            v = ids_o[j]
            if both_hangul:
                return hangul_sim(q_toks[i].text, self.vtext[cast(int, v)])
            s = hits_o[i].get(v)
            if s is not None:
                return s
            row = rows_o[i]
            key: object = cast(int, v) * 4 + cls
            s = row.get(key)
            if s is None:
                qt = q_toks[i]
                s = row[key] = word_sim(qt.text, qt.origin, self.vtext[cast(int, v)], c_origin, p)
            return s

        if raw_floor == -math.inf:
            return align(query, cand, sim, p, person)
        return align_above(query, cand, sim, p, person, raw_floor)

    def search(
        self,
        text: str,
        *,
        kind: str | None = None,
        country: str | None = None,
        limit: int = 10,
        min_score: float = 0.0,
        pool: int = 40,
    ) -> list[Candidate]:
        """The best-scoring names of up to ``limit`` entities at or above ``min_score``, and,
        for a company's name the length a form field cuts at (:func:`cut_short.cut_length`),
        the list names it is the start of (:meth:`_cut_short`)."""
        plain: list[list[int]] = []
        out = self._search(text, kind, country, limit, min_score, pool, None, plain)
        in_vocab = self.vocab.__contains__
        if min_score > 0 and (
            (kind != "person" and cut_length(text, in_vocab, company=kind == "organization"))
            or (kind in (None, "person") and person_cut_length(text, in_vocab))
        ):
            got = {c.entity: c for c in out}
            known = plain[0] if plain else None
            for c in self._cut_short(text, kind, country, min_score, pool, known):
                old = got.get(c.entity)
                if old is None or c.score > old.score:
                    got[c.entity] = c
            out = sorted(got.values(), key=lambda c: -c.score)[:limit]
        return out

    def _cut_short(
        self,
        text: str,
        kind: str | None,
        country: str | None,
        min_score: float,
        pool: int,
        known: list[int] | None = None,
    ) -> list[Candidate]:
        """List names the query may be the start of, cut by a form field: each name of the
        query's candidate pool cut at the query's length (:func:`cut_short.cut_list_name`) is
        scored against the query as any name is, and a match is shown for review at most
        (``cut_short_score``): the words after the cut are unknown. ``known``: that pool (with
        no score bound, ``pool`` names at most), when :meth:`search`'s own pass worked it out
        (:meth:`_candidates`' ``plain_pool``)."""
        in_vocab = self.vocab.__contains__
        n = cut_length(text, in_vocab, company=kind == "organization") if kind != "person" else 0
        # (a person's name cut inside its last word: compared with listed persons' names cut
        # at the same word)
        n_person = person_cut_length(text, in_vocab) if kind in (None, "person") else 0
        qkind = kind if kind in ("person", "organization") else None
        toks = query_tokens(text, qkind)
        if not toks or toks[-1].cat == LEGAL:
            return []  # a name that ends with its legal form was typed to its end
        if not distinctive_start([t.text for t in toks], [t.cat for t in toks]):
            return []
        query = self.query_side(toks)
        p = self.params
        entities = self.entities
        out: list[Candidate] = []
        nids: list[int] = []
        if known is not None:
            nids.extend(known)
        else:
            self._search(text, kind, country, pool, 0.0, pool, nids)
        # and the names with a word the query's cut last word starts ("INFRASTRU" of
        # "INFRASTRUCTURE"), which the lookups of whole words do not reach
        if toks[-1].text not in self.vocab:  # (a whole list word: the lookups reach its names)
            seen = set(nids)
            nids.extend(n_ for n_ in self._completed_names(toks[-1].text) if n_ not in seen)
        # the most a cut name scores, after the kind and country penalties (which never raise a
        # score and keep the order of two: adjust of a lower score is no higher): an entry this
        # bars from min_score is not cut, tokenised or aligned (a vessel for a company's name)
        top = p.cut_short_score
        for nid in nids:
            ent = entities[self.n_ent[nid]]
            if ent.kind == "person":
                if n_person and adjust(top, kind, country, ent, p)[0] >= min_score:
                    got = self._person_cut(query, toks, nid, n_person, kind, country)
                    if got is not None and got.score >= min_score:
                        out.append(got)
                continue  # (a company's name field, not a person's)
            if not n or adjust(top, kind, country, ent, p)[0] < min_score:
                continue
            cut = cut_list_name(self.n_alias[nid], n)
            ctoks = tokenize(cut, qkind) if cut is not None else []
            said = f"compared with the list name's first {n} ({cut!r})"
            if not ctoks or not cut_lines_up(toks[-1].text, ctoks[-1].text):
                # the same word cut where the two write a legal form apart (one written out)
                cut = cut_list_words(self.n_alias[nid], toks[-1].text)
                ctoks = tokenize(cut, qkind) if cut is not None else []
                if not ctoks or ctoks[-1].text != toks[-1].text:
                    continue
                said = f"compared with the list name cut at the same word ({cut!r})"
            res = self._align_cut(query, toks, ctoks)
            raw, notes = alias_strength(res.raw, self.n_strength[nid], p)
            score = min(p.calibrate(raw), p.cut_short_score)
            score, more = adjust(score, kind, country, ent, p)
            if score >= min_score:
                notes.extend(more)
                notes.append(f"the query looks cut off at {n} characters: {said}")
                out.append(Candidate(self.n_ent[nid], nid, raw, score, res, notes))
        return out

    def _person_cut(
        self,
        query: Side,
        toks: Sequence[Token],
        nid: int,
        n: int,
        kind: str | None,
        country: str | None,
    ) -> Candidate | None:
        """The query against a listed person's name cut inside the word the query's cut last
        word starts (:func:`cut_short.person_cut_names`), scored as a person's name and shown
        for review at most (``cut_short_score``); None where no such cut lines up."""
        p = self.params
        last = toks[-1].text
        best: tuple[PairResult, str] | None = None
        for cut in person_cut_names(self.n_alias[nid], last):
            ctoks = tokenize(cut, kind if kind == "person" else None)
            if not ctoks or all(t.text != last for t in ctoks):
                continue
            res = self._align_cut(query, toks, ctoks, person=True)
            if best is None or res.raw > best[0].raw:
                best = (res, cut)
        if best is None:
            return None
        res, cut = best
        ent = self.entities[self.n_ent[nid]]
        raw, notes = alias_strength(res.raw, self.n_strength[nid], p)
        score = min(p.calibrate(raw), p.cut_short_score)
        score, more = adjust(score, kind, country, ent, p)
        notes.extend(more)
        notes.append(
            f"the query looks cut off at {n} characters inside its last word: compared with "
            f"the list name cut at the same word ({cut!r})"
        )
        return Candidate(self.n_ent[nid], nid, raw, score, res, notes)

    def _sorted_vocab(self) -> list[str]:
        """The list words in order (for the words a cut word starts; worked out at start-up:
        :meth:`warm_word_memos`)."""
        got = self._vocab_sorted
        if got is None:
            got = self._vocab_sorted = sorted(self.vocab)
        return got

    def _completed_names(self, start: str) -> list[int]:
        """Names with a word that ``start`` (five letters or more) is the start of, at most
        :data:`_COMPLETED_NAMES_MAX` through at most :data:`_COMPLETIONS_MAX` words."""
        if len(start) < 5 or not start.isalpha():
            return []
        words = self._sorted_vocab()
        k = bisect_left(words, start)
        out: list[int] = []
        taken = 0
        while k < len(words) and words[k].startswith(start) and taken < _COMPLETIONS_MAX:
            if len(words[k]) > len(start):
                taken += 1
                out.extend(self.postings(self.vocab[words[k]]))
                if len(out) >= _COMPLETED_NAMES_MAX:
                    return out[:_COMPLETED_NAMES_MAX]
            k += 1
        return out

    def _align_cut(
        self, query: Side, toks: Sequence[Token], ctoks: Sequence[Token], person: bool = False
    ) -> PairResult:
        """The query aligned with a cut list name (its words weighed as any query's)."""
        p = self.params
        cand = self.query_side(ctoks)
        q_texts, c_texts = query.texts, cand.texts
        q_origins = [t.origin for t in toks]
        c_origin = ctoks[0].origin

        def sim(i: int, j: int) -> float:
            return word_sim(q_texts[i], q_origins[i], c_texts[j], c_origin, p)

        return align(query, cand, sim, p, person)

    def _search(
        self,
        text: str,
        kind: str | None,
        country: str | None,
        limit: int,
        min_score: float,
        pool: int,
        names_only: list[int] | None = None,
        plain_pool: list[list[int]] | None = None,
    ) -> list[Candidate]:
        """:meth:`search` without the cut-short pass; given ``names_only``, the candidate pool's
        names put there (in pool order), none scored, and nothing returned; given
        ``plain_pool``, the pool with no score bound put there when it was worked out
        (:meth:`_candidates`)."""
        qkind = kind if kind in ("person", "organization") else None
        toks = query_tokens(text, qkind)
        if not toks:
            return []
        looked = [self._looked(t) if t.cat != TITLE else _NO_HIT for t in toks]
        if qkind != "organization" and query_latin(toks) and korean_shaped([t.text for t in toks]):
            looked = self._korean_respelled(toks, looked)
        hits = [h for h, _, _, _ in looked]
        query = self.query_side(toks)
        p = self.params
        # upper bound of the raw score from the lookup hits alone: skip hopeless names
        prune = min_score > 0
        raw_cut = p.raw_for(min_score - 0.05) if prune else 0.0
        cm = cost_model(p)
        earned = cm.earned  # what a matched word earns at its similarity, as the scorer counts it
        # an unmatched query word costs at least this share of its weight (see scoring.align):
        # gamma, or the lower subset_extra when every name word of a person's list name (two or
        # more) is aligned at >= subset_sim -- which takes two or more query words aligned
        # with such a similarity, and is tested per name below
        floor_cost = self._floor_costs(toks, query.weights, cm.least_kind_share)
        low = cm.least_query_share
        sub_floor = (
            self._floor_costs(toks, query.weights, low) if low < cm.least_kind_share else None
        )
        sub_sim = p.subset_sim
        # fused forms of two list words ("abdallah" <- "abd allah") among the lookup hits: the
        # names they reach are bounded through those forms as if they were words of the name
        joins = [v for _, _, js, _ in looked for v in js]
        pieced: set[int] = set()
        for v in joins:
            pieced.update(self.fused_postings(v))
        min_total = None
        if prune and self.evidence_bound:
            min_total = _min_matched_weight(query.weights, floor_cost, raw_cut)
            if sub_floor is not None and min_total is not None:
                # a subset-mode name has two or more query words matched (one, when a query
                # word may match two of its words fused)
                two = (
                    sum(sorted(query.weights)[:2]) - _BOUND_MARGIN
                    if len(toks) >= 2 and not joins
                    else 0.0
                )
                sub_total = _min_matched_weight(query.weights, sub_floor, raw_cut)
                min_total = min(min_total, max(two, sub_total if sub_total is not None else 0.0))
        # (a number may align with any number of the name, and an initial with any word of
        # the name that starts with its letter: bounded at 1.0 like a title, whatever the
        # lookup found)
        hit_gets = [
            h.get if h and t.cat not in (NUMBER, INITIAL) else None
            for h, t in zip(hits, toks, strict=True)
        ]
        empty_best = [1.0 if t.cat in (TITLE, INITIAL, NUMBER) else 0.0 for t in toks]
        forms = self.fused_forms(toks)
        split = self._split_reach(toks, hits)
        if prune and self.query_bound and not forms and not split:
            # the hit bound below of every name at once: each query word at its best lookup
            # similarity with any list word (the lower floors where two or more of them may
            # align at subset_sim); when even that is under the cut, no name can pass it, and
            # with no fused query form no name escapes it
            bonus = 0.001 if pieced else 0.0
            tops = [
                empty_best[i] if hget is None else min(1.0, max(hits[i].values()) + bonus)
                for i, hget in enumerate(hit_gets)
            ]
            floors = floor_cost
            if sub_floor is not None and (pieced or sum(s >= sub_sim for s in tops) >= 2):
                floors = sub_floor
            best_all = [
                (s if hget is None else earned(s), i)
                for i, (s, hget) in enumerate(zip(tops, hit_gets, strict=True))
            ]
            if upper_bound(best_all, query.weights, floors) < raw_cut:
                return []
        names, fused, proof, whole = self._candidates(
            toks,
            hits,
            pool,
            [n for _, n, _, _ in looked],
            query.weights,
            min_total,
            set(),
            forms,
            split,
            [key for _, _, _, key in looked],
            plain_pool,
        )
        if names_only is not None:
            names_only.extend(names)
            return []
        if not names:
            return []
        rows = self._sim_rows(toks)
        best: dict[int, Candidate] = {}
        plain = query.origin in (ORIGIN_LATIN, ORIGIN_ABJAD) and not korean_shaped(
            [t.text for t in toks]
        )
        if not (prune and plain):
            whole = fused  # every name a fused form reaches goes unbounded
        list_bound = prune and plain and self.list_bound
        reach: _ListReach | None = None  # (built for the first name that needs it)

        def list_pruned(
            nid: int, person: bool, best_s: list[tuple[float, int]], floors: list[float]
        ) -> bool:
            """The list words no query word can pair with cost their share too."""
            nonlocal reach
            if reach is None:
                reach = _ListReach(self, toks, hits)
            extra = reach.cost(nid, person, rows)
            return extra > 0 and upper_bound(best_s, query.weights, floors, extra) < raw_cut

        # names with a fused query form as one word of theirs ("van der bilt" ->
        # "vanderbilt") get no bound; names with it as two adjacent words of theirs ("russian
        # academy") skip the evidence bound and, when the lookup's similarities would prune
        # them, are bounded on the exact similarities of every pairing (_exact_best)
        unbounded = whole
        vtext = self.vtext
        vget = self.vocab.get
        evidence, need = proof if proof is not None else ({}, -math.inf)
        n_form = self.n_form  # (the evidence is by name form)
        # the hit bound's input before any name: each query word at its empty best, and the
        # lookup hits inverted (list word -> the query words it is a hit of, at what similarity),
        # so a name's words are looked up once each instead of once per query word
        base_best = [(empty_best[i] if hget is None else 0.0, i) for i, hget in enumerate(hit_gets)]
        base_sure = sum(empty_best[i] >= sub_sim for i, hget in enumerate(hit_gets) if hget is None)
        hit_of = _inverted_hits(hits, hit_gets)
        # the same name on two lists (the CSL repeats the SDN) is bounded and scored once:
        # both depend on the name's words, their categories, its script and its kind only
        # (a form's key: its id in the dictionaries of the kind it is scored as, person or
        # not; names are keyed by name id when same_form_once is off)
        # (the names' and forms' numbers kept as the objects the pool and :attr:`n_form` hold,
        # here and in the scoring loop below: a number read as such and used as a set member
        # or dictionary key again is a new object, see _candidates)
        passes_by: list[dict[object, bool]] = [{}, {}]
        todo: list[tuple[object, bool, object, object | None]] = []
        n_form_o = cast("list[object]", n_form)
        evidence_get = cast("dict[object, float]", evidence).get
        n_kind = self.n_kind
        q_person = kind == "person"
        # names reached through a fused query form as two adjacent words of their own that
        # the lookup's similarities would prune: bounded below on the exact similarities of
        # every pairing the aligner may make (_exact_best), all together after this pass
        waiting: list[
            tuple[int, tuple[int, ...], float, dict[int, float], list[float], object, bool]
        ] = []
        for nid_o in cast("list[object]", names):
            nid = cast(int, nid_o)
            bound = prune and nid_o not in unbounded
            if bound and nid_o not in fused and evidence_get(n_form_o[nid], math.inf) < need:
                continue  # too few of the query's words reach this name (_candidates)
            nk = n_kind[nid]
            person = nk == _PERSON if nk != _NO_KIND else q_person
            form = n_form_o[nid]
            key: object | None = None
            if bound:
                key = form if self.same_form_once else nid_o
                passes = passes_by[person]
                if key in passes:  # (decided, or waiting for the exact bound)
                    todo.append((nid_o, person, form, key))
                    continue
                passes[key] = False  # (until it passes every bound below)
                ids = self.n_tok[nid]
                bonus = 0.0
                if nid_o in pieced:
                    # its adjacent word pairs as fused forms (align adds 0.001 to such a match)
                    pairs = [vget(vtext[a] + vtext[b]) for a, b in zip(ids, ids[1:], strict=False)]
                    ids = ids + tuple(v for v in pairs if v is not None)
                    bonus = 0.001
                best_s = base_best.copy()
                n_sure = base_sure  # query words that may align at >= subset_sim
                name_tops = _hit_tops(hit_of, ids)
                for i, top in name_tops.items():
                    if bonus and top > 0:
                        top = min(1.0, top + bonus)
                    n_sure += top >= sub_sim
                    best_s[i] = (earned(top), i)
                floors = floor_cost
                # (every word of a person's list name, or of a company's: rules'
                # list_name_in_query and company_name_in_query)
                if sub_floor is not None and (n_sure >= 2 or bonus):
                    cats = self.n_cat[nid]
                    if bonus or n_sure >= cats.count(WORD) + cats.count(NUMBER):
                        floors = sub_floor
                if upper_bound(best_s, query.weights, floors) < raw_cut:
                    if nid_o in fused:
                        waiting.append((nid, ids, bonus, name_tops, floors, key, person))
                        todo.append((nid_o, person, form, key))
                    continue
                if list_bound and not bonus and list_pruned(nid, person, best_s, floors):
                    continue
                passes[key] = True
            todo.append((nid_o, person, form, key))
        if waiting:
            shape = _query_shape(toks)
            gainers = self._fill_rows(toks, hits, rows, [w[0] for w in waiting])
            beyond = _BeyondHits(toks, shape, empty_best, gainers, p)
            for nid, ids, bonus, name_tops, floors, key, person in waiting:
                if (
                    self.beyond_test
                    and not bonus
                    and not beyond.may_raise(
                        self._name_shape(nid),
                        ids,
                        self.n_origin[nid],
                        {i for i, top in name_tops.items() if top >= 1.0},
                    )
                ):
                    continue  # no pairing but its lookup hits: the exact bound is the hit bound
                exact = self._exact_best(toks, hits, ids, bonus, nid, rows, empty_best, shape)
                if upper_bound(exact, query.weights, floors) < raw_cut:
                    continue
                if list_bound and not bonus:
                    best_s = base_best.copy()
                    for i, top in name_tops.items():
                        best_s[i] = (earned(top), i)
                    if list_pruned(nid, person, best_s, floors):
                        continue
                passes_by[person][key] = True
        scored_by: list[dict[object, PairResult | None]] = [{}, {}]
        entities = self.entities
        # a name the rules cannot score up to min_score (pair.rules_most, after its words are
        # aligned) is not scored: its score, lowered by nothing but caps and penalties below,
        # would calibrate under min_score (raw_for's raw calibrates under it); remembered by
        # form as None
        raw_floor = p.raw_for(min_score) if prune and self.rules_bound else -math.inf
        for nid_o, person, form, key in todo:
            if key is not None and not passes_by[person][key]:
                continue
            nid = cast(int, nid_o)
            scored = scored_by[person]
            if self.same_form_once and form in scored:
                got = scored[form]
            else:
                got = scored[form] = self.score_name(
                    query, toks, hits, nid, person, rows, raw_floor
                )
            if got is None:
                # (its entity keeps the place in ``best`` the name's score under min_score would
                # have given it: entities of equal score come out in that order)
                best.setdefault(self.n_ent[nid], _UNDER)
                continue
            res = got
            raw = res.raw
            raw, notes = alias_strength(raw, self.n_strength[nid], p)
            score = p.calibrate(raw)
            ei = self.n_ent[nid]
            score, more = adjust(score, kind, country, entities[ei], p)
            score, more = another_countrys_body(score, res, entities[ei], p, more)
            notes.extend(more)
            old = best.get(ei)
            if old is None or score > old.score:
                best[ei] = Candidate(ei, nid, raw, score, res, notes)
        out = [c for c in best.values() if c.score >= min_score]
        # (equal scores: the closer name before the score rules' caps first)
        out.sort(key=lambda c: (-c.score, -c.result.before_caps))
        return out[:limit]


def _stored_index(state: dict[str, object]) -> NameIndex:
    """A :class:`NameIndex` loaded from its pickled state."""
    return NameIndex((), state=state)


_NO_HIT: _Looked = ({}, 0, (), None)
#: an entity's place in a search's best matches, held for a name not scored (under min_score,
#: :meth:`NameIndex._search`): any score replaces it, and it is never shown
_UNDER = Candidate(-1, -1, 0.0, -math.inf, PairResult(0.0, [], [], [], []), [])
#: the most name forms the forms memo holds together (then the lookup memo starts afresh)
_FORMS_HELD_MAX = 2_000_000
_VOWELS = frozenset("aeiouy")
#: :attr:`NameIndex.n_kind`: the entity is a person, another kind, or of no recorded kind (then
#: the query's kind decides how the name is scored)
_OTHER_KIND, _PERSON, _NO_KIND = 0, 1, 2


def _forms_size(f_size: list[int], forms: Iterable[int]) -> int:
    """How many names the name forms ``forms`` hold (:attr:`NameIndex.f_size`)."""
    size = 0
    for f in forms:
        size += f_size[f]
    return size


def _inverted_hits(
    hits: list[dict[int, float]], hit_gets: Sequence[object | None]
) -> dict[int, list[tuple[int, float]]]:
    """For each list word among the lookup hits, the query words (those that bound by their
    hits: not titles or numbers) it is a hit of, with the similarity."""
    # (the list words' numbers kept as the hits' own objects: read as numbers and stored
    # again, each would be a new object, see _candidates)
    out: dict[object, list[tuple[int, float]]] = {}
    for i in range(len(hits)):
        if hit_gets[i] is not None:
            for v, s in cast("dict[object, float]", hits[i]).items():
                got = out.get(v)
                if got is None:
                    out[v] = [(i, s)]
                else:
                    got.append((i, s))
    return cast("dict[int, list[tuple[int, float]]]", out)


def _hit_tops(hit_of: dict[int, list[tuple[int, float]]], ids: Sequence[int]) -> dict[int, float]:
    """Each query word's best lookup similarity with any of the list words ``ids`` (the query
    words no hit reaches are left out: their best is 0)."""
    tops: dict[int, float] = {}
    get = cast("dict[object, list[tuple[int, float]]]", hit_of).get
    for v in cast("Sequence[object]", ids):
        got = get(v)
        if got:
            for i, s in got:
                if s > tops.get(i, 0.0):
                    tops[i] = s
    return tops


def _closest_first(
    scores: dict[int, float],
    rare: Sequence[int],
    hits: list[dict[int, float]],
    weights: Sequence[float],
    fp_off: list[int],
    fp_flat: list[int],
) -> dict[int, float]:
    """The pool's rank evidence: ``scores`` (by name form), with a misspelt query word's
    closest list words ahead of its looser hits: a form holding the best-similarity hit of a
    rare query word that has no exact hit gains a tenth of that word's weight (a query word
    with many loose hits, "geoarma" -> "grimm", "karima" ..., kept the form with "geofarma"
    out of the pool on length alone)."""
    ranked = scores
    for i in rare:
        h = hits[i]
        if len(h) < 2:
            continue
        top = max(h.values())
        if top >= 1.0 or top <= min(h.values()):
            continue  # (an exact hit: ranked on evidence and length as before)
        if ranked is scores:
            ranked = dict(scores)
        bonus = 0.1 * weights[i]
        # (the forms' shared number objects, as in _candidates)
        got: set[object] = set()
        for v, sim in h.items():
            if sim >= top:
                got.update(fp_flat[fp_off[v] : fp_off[v + 1]])
        ranked_o = cast("dict[object, float]", ranked)
        for fo in got:
            if fo in ranked_o:
                ranked_o[fo] += bonus
    return ranked


def _initials_first(
    scores: dict[int, float],
    initials: Sequence[tuple[str, float]],
    f_tok: Sequence[tuple[int, ...]],
    vtext: Sequence[str],
) -> dict[int, float]:
    """The pool's rank evidence with a person's initials counted: a name form gains half an
    initial's weight for each query initial that a word of its own starts with (each word
    once), so "K. I. Hyon" ranks "HYON KWANG IL" ahead of the many one-word names near
    "hyon" (the initials propose no names; before, a three-word name lost on length alone)."""
    ranked = dict(scores)
    for f in ranked:
        firsts = [vtext[v][:1] for v in f_tok[f]]
        gain = 0.0
        for letter, w in initials:
            if letter in firsts:
                firsts.remove(letter)
                gain += 0.5 * w
        if gain:
            ranked[f] += gain
    return ranked


def _best_first(
    scores: dict[int, float], f_len: bytes, f_names: Sequence[tuple[int, ...]], limit: int
) -> list[int]:
    """The ``limit`` names of best rank key (shared evidence, less 0.05 per word of the name),
    best first, from the ``scores`` of name forms (a form's names share its key); names of
    equal key by name form, then name id (the same order in every process). Every form has a
    name at least, so only the forms at or above the ``limit``-th best key are ranked."""
    # (typed lists indexed in step, not a zip of them: the compiled loop then reads each key
    # as a float, not as an object of unknown type; the same keys, the same order)
    # (the forms' numbers kept as the objects ``scores`` holds, the shared :attr:`f_ids`,
    # where only stored: a number read as such and stored again is a new object)
    forms: list[object] = []
    keys: list[float] = []
    for fo, sc in cast("dict[object, float]", scores).items():
        forms.append(fo)
        keys.append(sc - 0.05 * f_len[cast(int, fo)])
    n = len(keys)
    ranked: list[int] = []
    if 0 < limit < n:
        cut = sorted(keys)[-limit]  # (the limit-th best: a sort of plain floats is fast)
        # the forms above the cut by key, then those at it (often many: equal evidence, equal
        # length) by form number alone: the order of (-key, form), without a sort of pairs
        above: list[tuple[float, int]] = []
        tied_o: list[object] = []
        for i in range(n):
            k = keys[i]
            if k > cut:
                above.append((-k, cast(int, forms[i])))
            elif k == cut:
                tied_o.append(forms[i])
        above.sort()
        tied = cast("list[int]", tied_o)
        tied.sort()
        ranked = [f for _, f in above]
        ranked.extend(tied)
    else:
        pairs = [(-keys[i], cast(int, forms[i])) for i in range(n)]
        pairs.sort()
        ranked = [f for _, f in pairs]
    pool: list[int] = []
    for f in ranked:
        pool.extend(f_names[f])
        if len(pool) >= limit:
            return pool[:limit]
    return pool


def _query_shape(
    toks: Sequence[Token],
) -> tuple[list[tuple[int, int, str, frozenset[str]]], dict[str, list[int]]]:
    """A query's fused spans (start, size, joined form, Wade-Giles readings) and its words of
    ``FUSED_TARGET_MIN`` letters or more by first letter (what the aligner's fused pairings look at)."""
    texts = [t.text for t in toks]
    spans = [
        (i, size, "".join(texts[i : i + size]), joined_readings(texts[i : i + size]))
        for size in (2, 3)
        for i in range(len(texts) - size + 1)
    ]
    by_first: dict[str, list[int]] = {}
    for i, (x, t) in enumerate(zip(texts, toks, strict=True)):
        if len(x) >= FUSED_TARGET_MIN and t.cat not in (TITLE, INITIAL, NUMBER):
            by_first.setdefault(x[0], []).append(i)
    return spans, by_first


class _ListReach:
    """Which words of a list name no word of one query can pair with, and what they cost at
    least (the list side of :meth:`NameIndex.search`'s score bound, from the cost model).

    A list word is surely unmatched when no lookup hit reaches it, no query word's similarity
    with it (:func:`pair.word_sim`, memoised in the query words' similarity rows) is above 0, and none of
    the aligner's other pairings can take it: a query word spelling its initials (acronyms,
    initials written apart), an abbreviation (same first and last letters), a fused form of
    query words or of list words around it (first letter and length within 2), Wade-Giles
    readings. Built only for queries in Latin letters or an abjad, not romanised Korean."""

    def __init__(self, index: NameIndex, toks: Sequence[Token], hits: list[dict[int, float]]):
        self.index = index
        self.toks = toks
        self.hits = hits
        self.reached: set[int] = set()
        for h in hits:
            self.reached.update(h)
        texts = [t.text for t in toks]
        letters: set[str] = set()
        ends: set[tuple[str, str]] = set()
        long_words: set[tuple[str, int]] = set()
        for t in toks:
            x = t.text
            if t.cat in (WORD, INITIAL) and 2 <= len(x) <= 5 and x.isalpha():
                letters.update(x)
            if t.cat == INITIAL:
                letters.add(x[:1])
            if len(x) >= 3:
                ends.add((x[0], x[-1]))
            if len(x) >= FUSED_TARGET_MIN:  # the aligner's fused pairings meet these
                long_words.add((x[0], len(x)))
        fused: set[tuple[str, int]] = set()
        readings: set[str] = set()
        for size in (2, 3):
            for i in range(len(texts) - size + 1):
                joined = "".join(texts[i : i + size])
                fused.add((joined[0], len(joined)))
                readings.update(joined_readings(texts[i : i + size]))
        self.letters = letters
        self.ends = ends
        # (first letter, length) of the query's long words and fused spans, each widened by
        # two letters either way: a list word or span of that first letter and length is near
        self.long_near = _widened(long_words)
        self.fused_near = _widened(fused)
        self.readings = readings
        self.one_word = sum(t.cat in (WORD, NUMBER) for t in toks) == 1

    def cost(self, nid: int, person: bool, rows: list[dict[int, float]]) -> float:
        """The least the unmatched words of list name ``nid`` cost (beta included)."""
        idx = self.index
        ids = idx.n_tok[nid]
        cats = idx.n_cat[nid]
        vtext = idx.vtext
        texts = [vtext[v] for v in ids]
        n = len(ids)
        free = [True] * n
        # (the words' numbers as the objects the name's tuple holds, each row key made once:
        # see NameIndex._fill_rows)
        ids_o = cast("tuple[object, ...]", ids)
        reached = cast("set[object]", self.reached)
        for j in range(n):
            t = texts[j]
            if (
                cats[j] == TITLE
                or ids_o[j] in reached
                or not t
                or (
                    t[0] in self.letters
                    or (len(t) >= 3 and (t[0], t[-1]) in self.ends)
                    or t in self.readings
                    or (len(t) >= 5 and (t[0], len(t)) in self.fused_near)
                )
            ):
                free[j] = False
        for size in (2, 3):
            for j in range(n - size + 1):
                if not any(free[j : j + size]):
                    continue
                joined = "".join(texts[j : j + size])
                if (joined[0], len(joined)) in self.long_near or (
                    pinyin_readings(texts[j]) and joined_readings(texts[j : j + size])
                ):
                    for k in range(j, j + size):
                        free[k] = False
        if not any(free):
            return 0.0
        p = idx.params
        c_origin = idx.n_origin[nid]
        cls = _ORIGIN_CLASS[c_origin]
        toks = self.toks
        rows_o = cast("list[dict[object, float]]", rows)
        n_rows = len(toks)
        total = 0.0
        w_pat = p.w_patronymic
        for j in range(n):
            if not free[j]:
                continue
            v = ids[j]
            reach = False
            key: object = v * 4 + cls
            for i in range(n_rows):
                row = rows_o[i]
                s = row.get(key)
                if s is None:
                    qt = toks[i]
                    s = row[key] = word_sim(qt.text, qt.origin, texts[j], c_origin, p)
                if s > 0:
                    reach = True
                    break
            if reach:
                continue
            w = idx.weight(cats[j], float(idx.vidf[v]))
            if person and is_patronymic(texts[j]):
                w *= w_pat
            total += w
        return cost_model(p).least_list_share(person, self.one_word) * total


#: :func:`pair.word_sim` depends on the list word's script only as Hangul, abjad or another
_ORIGIN_CLASS = {ORIGIN_HANGUL: 1, ORIGIN_ABJAD: 2}
_ORIGIN_CLASS.update({o: 0 for o in range(256) if o not in _ORIGIN_CLASS})


class _NameShape:
    """What the exact score bound reads of one list name, worked out once per name (the same
    names meet query after query: every "... TECHNOLOGY LLC"): its words, the initials of its
    ordinary words as one string (acronyms: any other word is a character no query word
    has), its ordinary words by first and last letter (abbreviations), its words of five
    letters or more by first letter, and its spans of two or three adjacent words fused, with
    the Wade-Giles readings they spell.

    Every field is a string or a tuple of strings and numbers, not a set, list or dictionary:
    the memo of up to 10,000 shapes (:meth:`NameIndex._name_shape`) fills as queries meet list
    names, after the start-up's ``gc.freeze()``, and the cyclic collector stops tracking such
    tuples at its next pass, while it tracks every set, list and dictionary of them (a
    dictionary until a full collection) and walks them all again in each full collection, a
    pause of tens of milliseconds on whichever query triggers it. The names are short: a
    membership test on a tuple of their words is as fast as on a set."""

    __slots__ = (
        "texts",
        "initials",
        "ends",
        "c_first",
        "pairs2",
        "joined2",
        "word_set",
        "spans",
        "long_keys",
        "span_keys",
        "span_readings",
    )

    def __init__(self, texts: list[str], cats: bytes) -> None:
        self.texts = tuple(texts)
        n = len(texts)
        self.initials = "".join(
            [texts[k][0] if cats[k] == WORD and texts[k] else "\x00" for k in range(n)]
        )
        # its ordinary words (abbreviations: same first and last letters) and its long words
        # (fused with adjacent query words: same first letter)
        self.ends = tuple([texts[k] for k in range(n) if cats[k] == WORD and texts[k]])
        self.c_first = tuple(t for t in texts if len(t) >= FUSED_WORD_MIN)
        self.word_set = self.texts
        # adjacent word pairs, fused, with where the space was
        self.pairs2 = tuple((texts[j] + texts[j + 1], len(texts[j])) for j in range(n - 1))
        self.joined2 = tuple(joined for joined, _ in self.pairs2)
        self.spans = tuple(
            (joined, tuple(joined_readings(texts[j : j + size])))
            for size in (2, 3)
            for j in range(n - size + 1)
            if (joined := "".join(texts[j : j + size]))
        )
        # (first letter, length) of its long words and of its spans; its spans' readings
        self.long_keys = tuple((t[0], len(t)) for t in texts if len(t) >= FUSED_WORD_MIN)
        self.span_keys = tuple((joined[0], len(joined)) for joined, _ in self.spans)
        self.span_readings = tuple(r for _, wg in self.spans for r in wg)


class _BeyondHits:
    """Whether a query word may pair with a list name otherwise than through its lookup hits,
    as :meth:`NameIndex._exact_best` pairs them: with a word of the name that some query word
    has a similarity above 0 with beyond its hits (``gainers``, by script class), as an
    acronym or an abbreviation (:func:`_initial_or_abbreviation`), or fused on either side
    or as a Wade-Giles reading (:func:`_fused_tops`: first letters and lengths within two,
    readings). A query word at 1.0 through its hits, or a title, initial or number, is never
    raised. Where no word may be, each query word's exact best is its lookup best."""

    def __init__(
        self,
        toks: Sequence[Token],
        shape: tuple[list[tuple[int, int, str, frozenset[str]]], dict[str, list[int]]],
        empty_best: list[float],
        gainers: dict[int, set[int]],
        p: Params,
    ) -> None:
        spans, by_first = shape
        self.params = p
        self.gainers = gainers
        self.words = [(i, t.text) for i, t in enumerate(toks) if t.cat == WORD]
        # query spans (the words of each that may be raised), words of FUSED_TARGET_MIN
        # letters or more, and words that may be raised, each with the keys it may meet
        self.spans = [
            (ks, (joined[0], len(joined)), wg)
            for i, size, joined, wg in spans
            if (ks := tuple(k for k in range(i, i + size) if not empty_best[k]))
        ]
        self.long = [
            (i, (toks[i].text[0], len(toks[i].text))) for ix in by_first.values() for i in ix
        ]
        self.texts = [(i, t.text) for i, t in enumerate(toks) if not empty_best[i]]
        # all of them at once (a name that meets none of these meets none of the above)
        self.spans_near = _widened({key for _, key, _ in self.spans})
        self.readings = frozenset(r for _, _, wg in self.spans for r in wg)
        self.long_near = _widened({key for _, key in self.long})
        self.text_set = frozenset(x for _, x in self.texts)
        # two adjacent words fused: the same letters as two adjacent words of a name
        self.joined2 = [
            (joined, len(toks[i].text))
            for i, size, joined, _ in spans
            if size == 2 and any(_raisable_pair(i, empty_best))
        ]

    def may_raise(
        self, name: _NameShape, ids: Sequence[int], origin: int, perfect: set[int]
    ) -> bool:
        """Whether some query word not in ``perfect`` (at 1.0 through its lookup hits with
        this name) may be raised with name ``name`` (words ``ids``, script ``origin``)."""
        gain = self.gainers.get(_ORIGIN_CLASS[origin])
        if gain and not gain.isdisjoint(ids):
            return True
        for key in self.joined2:
            if key[0] in name.joined2 and key not in name.pairs2:
                return True  # the same letters, the space moved
        p = self.params
        for i, x in self.words:
            if i not in perfect and _initial_or_abbreviation(x, 0.0, name, p):
                return True
        if (
            self.readings.isdisjoint(name.word_set)
            and self.text_set.isdisjoint(name.span_readings)
            and self.spans_near.isdisjoint(name.long_keys)
            and self.long_near.isdisjoint(name.span_keys)
        ):
            return False
        for ks, (f, n), wg in self.spans:
            if all(k in perfect for k in ks):
                continue
            if not wg.isdisjoint(name.word_set):
                return True
            # (a key of the name's with the same first letter and a length within two: one
            # pass over its keys, not a search of the tuple for each of the five lengths)
            if any(g == f and -2 <= m - n <= 2 for g, m in name.long_keys):
                return True
        for i, (f, n) in self.long:
            if i not in perfect and any(g == f and -2 <= m - n <= 2 for g, m in name.span_keys):
                return True
        return any(i not in perfect and x in name.span_readings for i, x in self.texts)


def _raisable_pair(i: int, empty_best: list[float]) -> list[bool]:
    """Whether each of the two query words from ``i`` may be raised (no title, initial or
    number at its empty best)."""
    return [not empty_best[k] for k in (i, i + 1)]


def _initial_or_abbreviation(x: str, best: float, name: _NameShape, p: Params) -> float:
    """``best`` raised where query word ``x`` may pair as an acronym of adjacent ordinary
    words of the name (``acronym_sim``) or as an abbreviation of one of them, or it of ``x``
    (same first and last letters, three or more letters apart: ``abbrev_sim``)."""
    if best < p.acronym_sim and 2 <= len(x) <= 5 and x.isalpha() and x in name.initials:
        best = p.acronym_sim
    if best < p.abbrev_sim and len(x) >= 3:
        lx = len(x)
        first = x[0]
        last = x[-1]
        for ct in name.ends:
            if (
                ct[0] == first
                and ct[-1] == last
                and abs(len(ct) - lx) >= 3
                and (is_abbreviation(x, ct) or is_abbreviation(ct, x))
            ):
                return p.abbrev_sim
    return best


def _fused_tops(
    toks: Sequence[Token],
    top: list[float],
    name: _NameShape,
    shape: tuple[list[tuple[int, int, str, frozenset[str]]], dict[str, list[int]]],
    empty_best: list[float],
    p: Params,
) -> None:
    """Raise ``top`` where adjacent query words fused may pair with one word of the name, or
    one query word with adjacent words of the name fused (first letters equal, lengths
    within two, :func:`scoring.fused_sim` at 0.8 or more), or either side's adjacent words
    spell the other's Wade-Giles reading (each as the aligner counts it: + 0.001)."""
    origin = toks[0].origin if toks else ORIGIN_LATIN
    fused_floor = 0.8
    spans, by_first = shape
    c_first = name.c_first
    word_set = name.word_set
    for i, size, joined, wg in spans:
        # adjacent query words fused against one list word: each earns the similarity
        got = 0.0
        lead = joined[0]
        for ct in c_first:
            if ct[0] == lead and abs(len(ct) - len(joined)) <= 2:
                s = fused_sim(joined, ct, origin, p)
                if s >= (fused_floor if len(ct) > FUSED_WORD_MIN else FUSED_SHORT_FLOOR):
                    got = max(got, min(1.0, s + 0.001))
        if wg and not wg.isdisjoint(word_set):
            got = max(got, p.wade_giles_sim + 0.001)
        if size == 2 and joined in name.joined2 and (joined, len(toks[i].text)) not in name.pairs2:
            # (the same letters as two adjacent list words, the space moved: scoring._fused)
            got = max(got, min(1.0, p.respell_sim + 0.001))
        if got:
            for k in range(i, i + size):
                if got > top[k] and empty_best[k] == 0.0:
                    top[k] = got
    wg_sim = p.wade_giles_sim + 0.001
    for joined, readings in name.spans:
        # adjacent list words fused against one query word
        for i in by_first.get(joined[0], ()):
            x = toks[i].text
            if top[i] < 1.0 and abs(len(x) - len(joined)) <= 2:
                s = fused_sim(x, joined, origin, p)
                if s >= fused_floor and min(1.0, s + 0.001) > top[i]:
                    top[i] = min(1.0, s + 0.001)
        if readings:
            for i, t in enumerate(toks):
                if t.text in readings and empty_best[i] == 0.0:
                    top[i] = max(top[i], wg_sim)


def _widened(keys: set[tuple[str, int]]) -> set[tuple[str, int]]:
    """``(first letter, length)`` keys with every length within two of each."""
    return {(f, n + d) for f, n in keys for d in (-2, -1, 0, 1, 2)}


def query_latin(toks: Sequence[Token]) -> bool:
    """Every token of the query was written in Latin letters."""
    return all(t.origin == ORIGIN_LATIN for t in toks)


#: safety margin of the evidence bound against rounding (scores are compared to 1e-9)
_BOUND_MARGIN = 1e-7


def _min_matched_weight(
    weights: Sequence[float], floor_cost: Sequence[float], raw_cut: float
) -> float | None:
    """The least summed weight of matched query tokens a name needs to reach ``raw_cut``.

    A name whose matched query tokens weigh ``A`` in all scores at most
    ``A / ((1 - g) * A + F)`` (see :func:`upper_bound`: every similarity at most 1, ``F`` the
    summed floor costs, each matched token taking back at most the share ``g`` of its weight
    it would cost unmatched); that bound grows with ``A``, so below the returned weight it
    stays under ``raw_cut``. None when no such weight exists (no floor cost).
    """
    total_floor = sum(floor_cost)
    if total_floor <= 0 or raw_cut <= 0:
        return None
    # (the largest share, the first of equal ones, as max() of them; 0.0 when none)
    g = 0.0
    found = False
    for k in range(len(weights)):
        w = weights[k]
        if w > 0:
            share = floor_cost[k] / w
            if not found or share > g:
                g = share
                found = True
    if not 0.0 <= g <= 1.0:
        return None
    r = raw_cut - _BOUND_MARGIN
    d = 1.0 - r * (1.0 - g)
    if r <= 0 or d <= 0:
        return None
    return r * total_floor / d


def upper_bound(
    best: list[tuple[float, int]],
    weights: Sequence[float],
    floor_cost: list[float],
    list_cost: float = 0.0,
) -> float:
    """Largest raw score a name can reach when each query word gets at most its best lookup
    similarity (raised to ``sim_power``, as :func:`~scoring.align` counts it): the best
    matched set is a prefix of the words sorted by similarity (matched words count fully in the
    denominator, unmatched ones at least ``floor_cost``, and the list words no query word can
    match at least ``list_cost`` in all)."""
    best.sort(reverse=True)
    num = 0.0
    den = sum(floor_cost) + list_cost
    top = 0.0
    for s, i in best:
        if s <= 0:
            break
        num += s * weights[i]
        den += weights[i] - floor_cost[i]
        if den > 0 and num / den > top:
            top = num / den
    return top


def adjust(
    score: float, kind: str | None, country: str | None, ent: Entity, p: Params
) -> tuple[float, list[str]]:
    """Kind and country compatibility: penalties, never boosts."""
    notes: list[str] = []
    if kind and ent.kind and kind != ent.kind:
        if ent.kind in ("vessel", "aircraft"):
            score *= p.object_mismatch
            notes.append(f"list entry is a {ent.kind}, the query a {kind}")
        elif kind in ("person", "organization"):
            score *= p.kind_mismatch
            notes.append(f"list entry is a {ent.kind}, the query a {kind}")
    if country and ent.countries:
        cc = country.upper()
        if cc not in ent.countries:
            score = max(0.0, score - p.country_mismatch)
            notes.append(f"country {cc} not among the list's ({', '.join(ent.countries)})")
    return score, notes


#: words of a state body's name: a ministry, an army, a police force (the list's "MINISTRY OF
#: INTERIOR" is one country's; every country has one)
_STATE_BODY_WORDS = frozenset(
    {
        "ministry",
        "ministries",
        "ministerstvo",
        "ministerio",
        "ministere",
        "department",
        "directorate",
        "army",
        "navy",
        "forces",
        "police",
        "guard",
        "government",
    }
)


def another_countrys_body(
    score: float, res: PairResult, ent: Entity, p: Params, notes: list[str]
) -> tuple[float, list[str]]:
    """A state body of another country: the list entry is a ministry, army or police force
    of its countries ("MINISTRY OF INTERIOR", Cuba), the query names the same body of a
    country the entry is not of ("Indonesia Ministry of Interior"). Another state's body of
    the same name, not alone a match: at most under review. A query naming the entry's own
    country ("Cuba Ministry of Interior") or none is scored as before."""
    if not ent.countries or score <= p.weak_evidence_max:
        return score, notes
    if not any(w in _STATE_BODY_WORDS for _, w, _ in res.aligned):
        return score, notes
    named = [w for w in res.unmatched_query if countries_named(w)]
    if not named or any(countries_named(w) & set(ent.countries) for w in named):
        return score, notes
    notes.append(
        f"the query names another country ({', '.join(named)}) than the list entry's "
        f"({', '.join(ent.countries)}): another state's body of the same name, not alone a match"
    )
    return p.weak_evidence_max, notes
