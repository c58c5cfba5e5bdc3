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
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from exportgate.screening.entities import Entity
from exportgate.screening.normalize import (
    INITIAL,
    LEGAL,
    NUMBER,
    ORIGIN_ABJAD,
    ORIGIN_HANGUL,
    ORIGIN_LATIN,
    PARTICLE,
    TITLE,
    WORD,
    Token,
    korean_variants,
    skeleton,
    tokenize,
)
from exportgate.screening.scoring import DEFAULT_PARAMS, PairResult, Params, Side, align, token_sim

STRENGTHS = ("strong", "weak", "former")
_LOW_CATS = (LEGAL, PARTICLE, TITLE)


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


class NameIndex:
    """Names of a set of entities, indexed for fuzzy lookup."""

    def __init__(self, entities: Sequence[Entity], params: Params = DEFAULT_PARAMS) -> None:
        self.entities = list(entities)
        self.params = params
        self.vocab: dict[str, int] = {}
        self.vtext: list[str] = []
        self.n_ent = array("I")
        self.n_strength = bytearray()
        self.n_origin = bytearray()
        self.n_alias: list[str] = []
        self.n_tok: list[tuple[int, ...]] = []
        self.n_cat: list[bytes] = []
        postings: list[list[int]] = []

        def vid(text: str) -> int:
            v = self.vocab.get(text)
            if v is None:
                v = len(self.vtext)
                self.vocab[text] = v
                self.vtext.append(text)
                postings.append([])
            return v

        seen_forms: set[tuple[int, tuple[int, ...]]] = set()
        for ei, ent in enumerate(self.entities):
            kind = ent.kind if ent.kind in ("person", "organization") else None
            for alias in ent.all_names():
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
                # fused adjacent tokens are findable too ("jsc argument" <- "jscargument")
                for a, b in zip(toks, toks[1:], strict=False):
                    if a.cat != LEGAL or b.cat != LEGAL:
                        postings[vid(a.text + b.text)].append(nid)
        self.post = [array("I", p) for p in postings]
        n_names = max(1, len(self.n_tok))
        self.n_names = n_names
        # IDF weights per vocabulary token
        ref = math.log(n_names / 3.0)
        self.vidf = array(
            "f",
            [
                max(0.0, min(1.0, math.log(n_names / max(1, len(p))) / ref)) if ref > 0 else 1.0
                for p in self.post
            ],
        )
        # fuzzy keys over the vocabulary
        self.dele: dict[str, list[int]] = {}
        self.skel: dict[str, list[int]] = {}
        for v, text in enumerate(self.vtext):
            if text.isdigit():
                continue
            if len(text) >= 4:
                for d in deletes(text):
                    self.dele.setdefault(d, []).append(v)
            sk = skeleton(text)
            if len(sk) >= 2:
                self.skel.setdefault(sk, []).append(v)

    # ------------------------------------------------------------------------------------

    def weight(self, cat: int, idf: float) -> float:
        p = self.params
        if cat == WORD:
            return p.idf_floor + (1.0 - p.idf_floor) * idf
        if cat == LEGAL:
            return p.w_legal
        if cat == PARTICLE:
            return p.w_particle
        if cat == TITLE:
            return p.w_title
        if cat == INITIAL:
            return p.w_initial
        if cat == NUMBER:
            return p.w_number
        return 1.0

    def token_idf(self, text: str) -> float:
        v = self.vocab.get(text)
        return 1.0 if v is None else float(self.vidf[v])

    def lookup(self, tok: Token) -> dict[int, float]:
        """Vocabulary tokens similar to a query token, with their similarity."""
        text = tok.text
        if tok.cat == NUMBER:
            v = self.vocab.get(text)
            return {v: 1.0} if v is not None else {}
        forms = korean_variants(text) if tok.origin == ORIGIN_HANGUL else (text,)
        cands: set[int] = set()
        for f in forms:
            v = self.vocab.get(f)
            if v is not None:
                cands.add(v)
            if len(f) >= 3:
                ds = deletes(f) if len(f) >= 4 else set()
                for key in (f, *ds):
                    got = self.dele.get(key)
                    if got:
                        cands.update(got)
                    if key != f:
                        v = self.vocab.get(key)
                        if v is not None:
                            cands.add(v)
            sk = skeleton(f)
            if len(sk) >= 2 or (tok.origin == ORIGIN_ABJAD and sk):
                got = self.skel.get(sk)
                if got and len(got) < 400:
                    cands.update(got)
        out: dict[int, float] = {}
        for v in cands:
            s = token_sim(text, self.vtext[v], tok.origin, self.params)
            if s >= 0.5:
                out[v] = s
        return out

    def query_side(self, toks: Sequence[Token]) -> Side:
        weights = [self.weight(t.cat, self.token_idf(t.text)) for t in toks]
        origin = toks[0].origin if toks else ORIGIN_LATIN
        return Side([t.text for t in toks], [t.cat for t in toks], weights, origin)

    def cand_side(self, nid: int) -> Side:
        ids = self.n_tok[nid]
        cats = self.n_cat[nid]
        weights = [self.weight(c, float(self.vidf[v])) for v, c in zip(ids, cats, strict=True)]
        return Side([self.vtext[v] for v in ids], list(cats), weights, self.n_origin[nid], ids)

    def candidates(self, toks: Sequence[Token], hits: list[dict[int, float]], limit: int) -> list[int]:
        """Name ids sharing the most (fuzzy) tokens with the query, best first."""
        gen = [
            i
            for i, t in enumerate(toks)
            if t.cat not in (TITLE, INITIAL) and hits[i]
        ]
        if not gen:
            return []
        sizes = {i: sum(len(self.post[v]) for v in hits[i]) for i in gen}
        strong = [i for i in gen if toks[i].cat not in _LOW_CATS and sizes[i] <= 3000]
        if not strong:
            strong = sorted(gen, key=lambda i: sizes[i])[:2]
        counts: Counter[int] = Counter()
        for i in strong:
            names: set[int] = set()
            for v in hits[i]:
                names.update(self.post[v])
            counts.update(names)
        # fused query tokens ("van der bilt" -> "vanderbilt")
        for i in range(len(toks) - 1):
            v = self.vocab.get(toks[i].text + toks[i + 1].text)
            if v is not None:
                counts.update(set(self.post[v]))
        if not counts:
            return []
        best = max(counts.values())
        floor = max(1, best - 1)
        pool = [nid for nid, c in counts.items() if c >= floor]
        nq = len(strong)
        if len(pool) > limit:
            pool.sort(
                key=lambda nid: -counts[nid] / (nq + 0.3 * max(0, len(self.n_tok[nid]) - counts[nid]))
            )
            pool = pool[:limit]
        return pool

    def score_name(
        self,
        query: Side,
        q_toks: Sequence[Token],
        hits: list[dict[int, float]],
        nid: int,
        person: bool,
        memo: dict[tuple[int, int], float],
    ) -> PairResult:
        cand = self.cand_side(nid)
        ids = self.n_tok[nid]
        c_origin = self.n_origin[nid]
        p = self.params

        def sim(i: int, j: int) -> float:
            v = ids[j]
            s = hits[i].get(v)
            if s is not None:
                return s
            key = (i, v)
            s = memo.get(key)
            if s is None:
                qt = q_toks[i]
                ct = self.vtext[v]
                if c_origin == ORIGIN_HANGUL and qt.origin != ORIGIN_HANGUL:
                    s = token_sim(ct, qt.text, ORIGIN_HANGUL, p)
                else:
                    origin = ORIGIN_ABJAD if c_origin == ORIGIN_ABJAD else qt.origin
                    s = token_sim(qt.text, ct, origin, p)
                memo[key] = s
            return s

        return align(query, cand, sim, p, person)

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
        qkind = kind if kind in ("person", "organization") else None
        toks = tokenize(text, qkind)
        if not toks:
            return []
        hits = [self.lookup(t) if t.cat not in (TITLE,) else {} for t in toks]
        names = self.candidates(toks, hits, pool)
        if not names:
            return []
        query = self.query_side(toks)
        memo: dict[tuple[int, int], float] = {}
        best: dict[int, Candidate] = {}
        p = self.params
        for nid in names:
            ei = self.n_ent[nid]
            ent = self.entities[ei]
            person = ent.kind == "person" if ent.kind else kind == "person"
            res = self.score_name(query, toks, hits, nid, person, memo)
            raw = res.raw
            notes: list[str] = []
            strength = self.n_strength[nid]
            if strength == 1:
                raw *= p.weak_alias
                notes.append("weak alias (the list says it should not alone identify)")
            elif strength == 2:
                raw *= p.former_alias
                notes.append("former name")
            score = p.calibrate(raw)
            score, more = adjust(score, kind, country, ent, p)
            notes.extend(more)
            old = best.get(ei)
            if old is None or score > old.score:
                best[ei] = Candidate(ei, nid, raw, score, res, notes)
        out = [c for c in best.values() if c.score >= min_score]
        out.sort(key=lambda c: -c.score)
        return out[:limit]


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


def compare_names(
    a: str, b: str, *, kind: str | None = None, params: Params = DEFAULT_PARAMS
) -> tuple[float, PairResult]:
    """Score one pair of names without an index (``exportgate compare``)."""
    qkind = kind if kind in ("person", "organization") else None
    qa = tokenize(a, qkind)
    qb = tokenize(b, qkind)
    if not qa or not qb:
        return 0.0, PairResult(0.0, [], [t.text for t in qa], [t.text for t in qb], ["empty name"])
    idx = _PairWeights(params)
    qs = idx.side(qa)
    cs = idx.side(qb)
    c_origin = qb[0].origin

    def sim(i: int, j: int) -> float:
        if c_origin == ORIGIN_HANGUL and qa[i].origin != ORIGIN_HANGUL:
            return token_sim(qb[j].text, qa[i].text, ORIGIN_HANGUL, params)
        origin = ORIGIN_ABJAD if c_origin == ORIGIN_ABJAD else qa[i].origin
        return token_sim(qa[i].text, qb[j].text, origin, params)

    person = kind == "person" or (kind is None and not any(t.cat == LEGAL for t in (*qa, *qb)))
    res = align(qs, cs, sim, params, person)
    return params.calibrate(res.raw), res


class _PairWeights:
    """Weights for a pair compared without list statistics (every word counts fully)."""

    def __init__(self, params: Params) -> None:
        self.params = params

    def side(self, toks: Iterable[Token]) -> Side:
        toks = list(toks)
        p = self.params
        table = {
            WORD: 1.0,
            LEGAL: p.w_legal,
            PARTICLE: p.w_particle,
            TITLE: p.w_title,
            INITIAL: p.w_initial,
            NUMBER: p.w_number,
        }
        return Side(
            [t.text for t in toks],
            [t.cat for t in toks],
            [table.get(t.cat, 1.0) for t in toks],
            toks[0].origin if toks else ORIGIN_LATIN,
        )
