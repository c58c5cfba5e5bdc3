"""The cost model of a name pair: what each word weighs, what a matched word earns and what an
unmatched word costs. One model, read both by the pair scorer (:mod:`rules`, which turns an
alignment into a score) and by the name index's score bounds (:mod:`index`, which skips names
that cannot reach the review threshold before aligning them): a change here moves both, so a
bound can never assume less cost than the scorer charges.

The raw score of an alignment is

    raw = sum(earned(sim) * weight of the matched query words)
          / (weight of the matched query words
             + query_share * cost of the unmatched query words
             + list_share * cost of the unmatched list words
             + extra costs added by rules)

and the rules of :mod:`rules` change the shares, add costs, and scale or cap the result.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from exportgate.screening.normalize import INITIAL, LEGAL, NUMBER, PARTICLE, TITLE, WORD
from exportgate.screening.params import Params

_PATRONYMIC = re.compile(
    r"(?:ovich|evich|ovych|evych|ovic|evic|ovitch|ovitsj|owitsj|owitsch|owicz|ovics|avich|avic|"
    r"ovna|evna|ivna|"
    r"ogly|oglu|ogli|kyzy|qizi|uly|ulu)$"
)


def is_patronymic(token: str) -> bool:
    """``vladimirovich``, ``ivanovna``, ``aliyevich``, ``mammad oglu`` endings: a father's name,
    which lists record and customers routinely leave out."""
    return len(token) > 6 and _PATRONYMIC.search(token) is not None


def patronymic_stem(token: str) -> str:
    """The father's name inside a patronymic, without its ending."""
    return _PATRONYMIC.sub("", token)


# company words that say nothing about the legal form: "Homs Refinery Corporation" and "The Homs
# Refinery Company" are one company, "Deutsche Bank AG" and "Deutsche Bank GmbH" two
GENERIC_LEGAL = frozenset(
    {
        "co",
        "company",
        "cos",
        "corp",
        "corporation",
        "inc",
        "incorporated",
        "ltd",
        "limited",
        "plc",
        "pc",
        "sp",
    }
)


class CostModel:
    """Word weights and the costs of unmatched words for one set of :class:`Params`."""

    __slots__ = ("p", "_by_cat")

    def __init__(self, p: Params) -> None:
        self.p = p
        self._by_cat = {
            LEGAL: p.w_legal,
            PARTICLE: p.w_particle,
            TITLE: p.w_title,
            INITIAL: p.w_initial,
            NUMBER: p.w_number,
        }

    def weight(self, cat: int, idf: float = 1.0) -> float:
        """What a word weighs: a name word by how rare it is on the lists (``idf`` 0..1, 1 when
        there are no list statistics), other categories by a fixed weight."""
        if cat == WORD:
            p = self.p
            return p.idf_floor + (1.0 - p.idf_floor) * idf
        return self._by_cat.get(cat, 1.0)

    def earned(self, sim: float) -> float:
        """The share of its weight a matched query word earns: a near miss counts for less than
        its similarity ("Diane" ~ "Aiden" at 0.70 must not carry a two-word name to review)."""
        return sim if sim >= 1.0 else sim**self.p.sim_power

    def query_share(self, person: bool) -> float:
        """The share of its weight an unmatched query word costs (gamma)."""
        return self.p.gamma_person if person else self.p.gamma_org

    def list_share(self, person: bool) -> float:
        """The share of its weight an unmatched list word costs (beta)."""
        return self.p.beta_person if person else self.p.beta_org

    def conflict(self, person: bool) -> float:
        """Extra cost per unit of weight when both names keep words no one matched."""
        return self.p.conflict_person if person else self.p.conflict_org

    @property
    def least_query_share(self) -> float:
        """The smallest share an unmatched query word ever costs (a rule may lower gamma to
        ``subset_extra``): score bounds must not assume more."""
        p = self.p
        return min(p.gamma_person, p.gamma_org, p.subset_extra)

    @property
    def least_kind_share(self) -> float:
        """The share an unmatched query word costs in the kind of name that charges least
        (before any rule lowers it)."""
        return min(self.p.gamma_person, self.p.gamma_org)

    def least_list_share(self, person: bool, one_word: bool) -> float:
        """The smallest share an unmatched list word costs in a name of this kind (the rules
        lower beta for a person's query found inside a longer list name, and scale it for a
        one-word query): score bounds must not assume more."""
        p = self.p
        share = (
            min(p.beta_person, p.subset_extra, p.subset_extra_list, p.middle_dropped)
            if person
            else p.beta_org
        )
        return share * p.single_word_beta if one_word else share

    def unmatched(
        self,
        texts: Sequence[str],
        cats: Sequence[int],
        weights: Sequence[float],
        used: Sequence[bool],
        repeated: set[str] | frozenset[str],
        person: bool,
    ) -> tuple[float, float]:
        """The weight of one name's unmatched words, and of those among them that name
        someone (a conflict when the other name has such words too).

        Titles cost nothing; a word repeated from the matched ones ("Sergey Sergey Shoigu")
        costs nothing but still stands where the other name may have another word; a person's
        patronymic costs ``w_patronymic`` of its weight and is no conflict; particles and
        generic company words are no conflict (two different legal forms are)."""
        total = named = 0.0
        w_pat = self.p.w_patronymic
        for k, u in enumerate(used):
            if u or cats[k] == TITLE:
                continue
            w = weights[k]
            text = texts[k]
            if text in repeated:
                if cats[k] == WORD:
                    named += w
                continue
            pat = person and is_patronymic(text)
            if pat:
                w *= w_pat
            total += w
            if cats[k] != PARTICLE and not pat and text not in GENERIC_LEGAL:
                named += w
        return total, named

    def query_floor(
        self, texts: Sequence[str], cats: Sequence[int], weights: Sequence[float], share: float
    ) -> list[float]:
        """The least each query word costs when unmatched, at ``share`` of its weight: the
        lower bound of :meth:`unmatched` over every list name (a title or a repeated word
        nothing, a patronymic ``w_patronymic``, whatever the kind of the name)."""
        out = []
        seen: set[str] = set()
        w_pat = self.p.w_patronymic
        # (in step by position, not a zip with its keyword: the compiled loop reads each directly)
        for k in range(len(texts)):
            text = texts[k]
            cat = cats[k]
            w = weights[k]
            if cat == TITLE or text in seen:
                c = 0.0
            elif is_patronymic(text):
                c = share * w_pat
            else:
                c = share
            seen.add(text)
            out.append(c * w)
        return out
