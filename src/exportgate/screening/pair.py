"""The one pair scorer: a query name against one list name, for ``exportgate screen`` (through
the name index, which first finds the list names worth scoring) and ``exportgate compare`` (one
pair, no index) alike.

Scoring a pair is: similarities of word pairs (:func:`word_sim`, routed by the scripts the two
words came from), the alignment (:func:`scoring.align_words`), the rules
(:func:`rules.score_alignment`), the list's word on the alias (weak, former), and calibration
to 0..1. The index passes its lookup's similarities and the lists' word statistics; a pair
compared alone weighs every name word fully (:meth:`costs.CostModel.weight` with no statistics).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from exportgate.screening.normalize import (
    LEGAL,
    NUMBER,
    WORD,
    Token,
    query_tokens,
    tokenize,
    vessel_marks,
)
from exportgate.screening.params import DEFAULT_PARAMS, Params
from exportgate.screening.rules import score_alignment
from exportgate.screening.scoring import (
    Alignment,
    PairResult,
    Side,
    SimFn,
    align_words,
    cost_model,
    hangul_sim,
    token_sim,
    token_sims,
)
from exportgate.screening.scripts import ORIGIN_ABJAD, ORIGIN_HANGUL, ORIGIN_LATIN

#: alias strengths as the index stores them
STRONG, WEAK, FORMER = 0, 1, 2


def word_sim(q: str, q_origin: int, c: str, c_origin: int, p: Params) -> float:
    """Similarity of a query word and a list word, by the scripts they were written in: two
    Hangul syllables only as written (:func:`scoring.hangul_sim`), a Latin word against a
    romanised Hangul syllable by that syllable's romanisations, a word against an unvowelled
    (abjad) word by its consonants too."""
    if c_origin == ORIGIN_HANGUL:
        if q_origin == ORIGIN_HANGUL:
            return hangul_sim(q, c)
        return token_sim(c, q, ORIGIN_HANGUL, p)
    return token_sim(q, c, ORIGIN_ABJAD if c_origin == ORIGIN_ABJAD else q_origin, p)


def word_sims(q: str, q_origin: int, cs: Sequence[str], c_origin: int, p: Params) -> list[float]:
    """``[word_sim(q, q_origin, c, c_origin, p) for c in cs]`` for list words of one script, in
    one pass: :func:`scoring.token_sims` works out what depends on ``q`` alone once."""
    if c_origin == ORIGIN_HANGUL:
        return [word_sim(q, q_origin, c, c_origin, p) for c in cs]
    return token_sims(q, cs, ORIGIN_ABJAD if c_origin == ORIGIN_ABJAD else q_origin, p)


def align(query: Side, cand: Side, sim: SimFn, p: Params, person: bool) -> PairResult:
    """The raw score of one pair (before calibration): align the words, then run the rules."""
    return score_alignment(align_words(query, cand, sim, p, person))


def rules_most(al: Alignment) -> float:
    """The most raw score the rules (:func:`rules.score_alignment`) can give alignment ``al``:
    its earned weight over its matched weight plus its unmatched query and list words at the
    least shares any rule leaves them (:attr:`costs.CostModel.least_query_share`,
    :meth:`costs.CostModel.least_list_share`, the bounds the index's pruning rests on too),
    with no added cost and no score rule (those only lower a score). The same sums as the
    rules work out, each term no larger, so no larger in floating point either."""
    cm = cost_model(al.p)
    q, c = al.query, al.cand
    q_used = al.q_used
    q_weights = q.weights
    matched: set[str] = set()
    matched_w = 0.0
    for i in range(len(q_used)):
        if q_used[i]:
            matched.add(q.texts[i])
            matched_w += q_weights[i]
    miss_q, _ = cm.unmatched(q.texts, q.cats, q_weights, q_used, matched, al.person)
    miss_c, _ = cm.unmatched(c.texts, c.cats, c.weights, al.c_used, frozenset(), al.person)
    one_word = sum(cat in (WORD, NUMBER) for cat in q.cats) == 1
    denom = (
        matched_w
        + cm.least_query_share * miss_q
        + cm.least_list_share(al.person, one_word) * miss_c
    )
    if denom <= 0:
        return math.inf  # (the rules' score is 0 then, but nothing is assumed)
    return al.earned / denom


def align_above(
    query: Side, cand: Side, sim: SimFn, p: Params, person: bool, raw_floor: float
) -> PairResult | None:
    """:func:`align`, or None where the rules cannot bring the pair's raw score above
    ``raw_floor`` (:func:`rules_most` under it): the rules are not run for a pair that could
    not be shown."""
    al = align_words(query, cand, sim, p, person)
    if rules_most(al) < raw_floor:
        return None
    return score_alignment(al)


def alias_strength(raw: float, strength: int, p: Params) -> tuple[float, list[str]]:
    """A weak alias (the list says it should not identify alone) or a former name weighs less."""
    if strength == WEAK:
        return raw * p.weak_alias, ["weak alias (the list says it should not alone identify)"]
    if strength == FORMER:
        return raw * p.former_alias, ["former name"]
    return raw, []


def side_of(toks: Sequence[Token], weights: Sequence[float]) -> Side:
    """A name's tokens with their weights, ready for alignment."""
    return Side(
        [t.text for t in toks],
        [t.cat for t in toks],
        list(weights),
        toks[0].origin if toks else ORIGIN_LATIN,
    )


def plain_side(toks: Iterable[Token], p: Params) -> Side:
    """A name compared without list statistics: every name word weighs fully."""
    toks = list(toks)
    weight = cost_model(p).weight
    return side_of(toks, [weight(t.cat) for t in toks])


def compare_names(
    a: str, b: str, *, kind: str | None = None, params: Params = DEFAULT_PARAMS
) -> tuple[float, PairResult]:
    """Score one pair of names without an index (``exportgate compare``): ``a`` as the query,
    ``b`` as the list name, by the same scorer as ``exportgate screen``."""
    qkind = kind if kind in ("person", "organization") else None
    qa = query_tokens(vessel_marks(a, kind)[0], qkind)
    qb = tokenize(b, qkind)
    if not qa or not qb:
        return 0.0, PairResult(0.0, [], [t.text for t in qa], [t.text for t in qb], ["empty name"])
    qs = plain_side(qa, params)
    cs = plain_side(qb, params)
    c_origin = qb[0].origin
    q_texts, q_origins = qs.texts, [t.origin for t in qa]
    c_texts = cs.texts

    def sim(i: int, j: int) -> float:
        return word_sim(q_texts[i], q_origins[i], c_texts[j], c_origin, params)

    person = kind == "person" or (kind is None and not any(t.cat == LEGAL for t in (*qa, *qb)))
    res = align(qs, cs, sim, params, person)
    return params.calibrate(res.raw), res
