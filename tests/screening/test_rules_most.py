"""pair.rules_most: the most raw score the rules can give an alignment, the bound by which the
index skips the rules of a name that could not be shown (issue 17's speed work, screenbatch2).
It must hold for every pair, and skipping must change no answer."""

from __future__ import annotations

import random
from functools import partial

import pytest

from exportgate.screening.index import NameIndex
from exportgate.screening.normalize import LEGAL, query_tokens, tokenize
from exportgate.screening.pair import align, align_above, plain_side, rules_most, word_sim
from exportgate.screening.params import DEFAULT_PARAMS
from exportgate.screening.rules import score_alignment
from exportgate.screening.scoring import Alignment, align_words
from exportgate.screening.screener import ListScreener

#: made-up names of several kinds and scripts, and slips of them
NAMES = [
    "Ivan Petrovich Sidorov",
    "Sidorov Ivan",
    "Ivan Pavlovich Sidorov",
    "Mohammed bin Rashid al Fulani",
    "Rashid bin Mohammed al Fulani",
    "Mohamed Fulani",
    "Kim Yong Chol",
    "Kim Yong-chol",
    "Jo Yon Gwon",
    "Cho Yon Kwon",
    "Wang Xiaoming",
    "王小明",
    "김영철",
    "Иван Сидоров",
    "Blue Horizon Trading LLC",
    "Blue Horizon Tradng Limited",
    "BH Trading",
    "Horizon Blue Shipping Co",
    "Ocean Star 7 Maritime SA",
    "Ocean Star Maritime",
    "Intl Machinery Mfg Co",
    "International Machinery Manufacturing Company",
    "Ministry of Defence",
    "A B C Holdings",
    "Abc Holdings",
    "Maria Gonzalez Ortega",
    "Gonzalez Maria",
    "J. R. Smith",
    "John Robert Smith",
]


def _alignment(a: str, b: str, kind: str | None) -> Alignment | None:
    qkind = kind if kind in ("person", "organization") else None
    qa, qb = query_tokens(a, qkind), tokenize(b, qkind)
    if not qa or not qb:
        return None
    qs, cs = plain_side(qa, DEFAULT_PARAMS), plain_side(qb, DEFAULT_PARAMS)
    q_origins = [t.origin for t in qa]
    c_origin = qb[0].origin

    def sim(i: int, j: int) -> float:
        return word_sim(qs.texts[i], q_origins[i], cs.texts[j], c_origin, DEFAULT_PARAMS)

    person = kind == "person" or (kind is None and not any(t.cat == LEGAL for t in (*qa, *qb)))
    return align_words(qs, cs, sim, DEFAULT_PARAMS, person)


def _pairs(extra: list[str]) -> list[tuple[str, str, str | None]]:
    names = NAMES + extra
    return [(a, b, kind) for a in names for b in names for kind in ("person", "organization", None)]


def test_rules_never_score_above_rules_most(screener: ListScreener) -> None:
    """Every pair of the made-up names and of a sample of list names, as person, company and
    unknown kind: the rules' raw score is at most rules_most, and a pair that matches scores
    near it (the bound is not vacuous)."""
    rng = random.Random(3)
    index = screener.index
    sample = [index.n_alias[i] for i in rng.sample(range(len(index.n_alias)), 40)]
    checked = close = 0
    for a, b, kind in _pairs(sample):
        al = _alignment(a, b, kind)
        if al is None:
            continue
        most = rules_most(al)
        raw = score_alignment(al).raw
        assert raw <= most, (a, b, kind, raw, most)
        checked += 1
        close += raw > 0.5 and raw >= 0.8 * most
    assert checked > 10_000
    assert close > 100


@pytest.mark.parametrize("floor", [0.0, 0.3, 0.6, 0.9])
def test_align_above_is_align_or_none(floor: float) -> None:
    """align_above gives align's result where rules_most reaches the floor, else None."""
    for a, b, kind in _pairs([]):
        al = _alignment(a, b, kind)
        if al is None:
            continue
        sim = partial(_sim_of, al)
        got = align_above(al.query, al.cand, sim, DEFAULT_PARAMS, al.person, floor)
        want = align(al.query, al.cand, sim, DEFAULT_PARAMS, al.person)
        if rules_most(al) < floor:
            assert got is None
            assert want.raw < floor
        else:
            assert got is not None and got.raw == want.raw and got.aligned == want.aligned


def _sim_of(al: Alignment, i: int, j: int) -> float:
    return word_sim(
        al.query.texts[i], al.query.origin, al.cand.texts[j], al.cand.origin, DEFAULT_PARAMS
    )


@pytest.mark.parametrize("min_score", [0.81, 0.92])
def test_rules_bound_changes_no_answer(
    screener: ListScreener, monkeypatch: pytest.MonkeyPatch, min_score: float
) -> None:
    """Searches with the rules skipped for names under the bound give the same answers
    (entity, name, raw and final score, explanation), in the same order (equal scores too), as
    with every name scored."""
    index = screener.index
    rng = random.Random(17)
    names = [index.n_alias[i] for i in rng.sample(range(len(index.n_alias)), 150)]
    queries: list[tuple[str, str | None]] = []
    for k, name in enumerate(names):
        kind = ("person", "organization", None)[k % 3]
        words = name.replace(",", " ").split()
        queries.append((name, kind))
        if len(name) > 5:
            cut = rng.randrange(1, len(name) - 1)
            queries.append((name[:cut] + name[cut + 1 :], kind))
        other = names[(k * 5 + 1) % len(names)].replace(",", " ").split()
        if words and other:
            queries.append((f"{words[0]} {other[-1]}", kind))
            queries.append((f"{' '.join(words[:2])} {' '.join(other[:2])}", kind))
    queries += [(n, "person") for n in NAMES] + [(n, "organization") for n in NAMES]

    def answers() -> list[list[tuple[int, int, float, float, list[str]]]]:
        return [
            [
                (c.entity, c.name_id, c.raw, c.score, c.notes)
                for c in index.search(n, kind=k, min_score=min_score)
            ]
            for n, k in queries
        ]

    fast = answers()
    monkeypatch.setattr(NameIndex, "rules_bound", False)
    slow = answers()
    assert fast == slow
    assert sum(map(len, fast)) > 50
