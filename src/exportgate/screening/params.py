"""The matcher's parameters (tuned on the tuning half of name_bench; see bench/screening)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache


@dataclass(frozen=True)
class Params:
    """Scorer parameters (tuned on the tuning half of name_bench; see bench/screening)."""

    beta_person: float = 0.45  # share of an unmatched list word's weight that counts
    beta_org: float = 0.55
    gamma_person: float = 0.55  # share of an unmatched query word's weight that counts
    gamma_org: float = 0.40
    conflict_person: float = 1.5  # extra cost when both sides keep words no one matched
    conflict_org: float = 2.0
    single_word_beta: float = 0.3
    w_patronymic: float = 0.35  # an unmatched patronymic on the list side costs this share
    sim_power: float = 1.5
    w_legal: float = 0.15
    w_particle: float = 0.30
    w_title: float = 0.05
    w_initial: float = 0.45
    w_number: float = 1.0
    idf_floor: float = 0.55  # weight of the most common word relative to a rare one
    number_mismatch: float = 0.75  # a number on one side only
    number_sim: float = 0.9  # two different numbers aligned ("Snow Storm 1" / "Snow Storm 2")
    # the most a pair scores when the evidence can't tell one entity from a sibling: the same
    # name with another number (the next fund of a series, a renamed vessel) or given names
    # known only by their initials ("J. C. Smith") are for a reviewer, never a block
    possible_max: float = 0.88
    weak_alias: float = 0.90
    former_alias: float = 0.98
    generic_only: float = 0.8  # a company query that shares only generic words with the name
    # a company matched only through a near spelling of the list name's distinctive words
    # ("SEED International" / "MEED INTERNATIONAL"), through a name of two or three letters
    # ("ASP Corporation" / "ASP"), or through a number alone scores at most this: under review
    # (issue 17: such evidence alone is not an alert)
    weak_evidence_max: float = 0.80
    # a distinctive company word spelled with more than this share of its letters edited is
    # another word, not a typing slip (rigour's max_percent: seed / meed, one edit in four)
    distinctive_edits: float = 0.2
    kind_mismatch: float = (
        0.75  # a person matching a company name (or the reverse) is weak evidence
    )
    object_mismatch: float = 0.75
    country_mismatch: float = 0.04
    skel_sim: float = 0.80
    gendered_sim: float = 0.6
    syn_sim: float = 0.95  # two recorded spellings of one name (rigour's name data)
    # a given name against its short form or nickname ("sasha" / "aleksandr", "mohd" /
    # "muhammad", "bob" / "robert": data/short_forms.txt): almost the same name (issue 17)
    short_form_sim: float = 0.93
    respell_sim: float = 0.93  # letter groups for one sound ("schell" / "shell")
    wade_giles_sim: float = (
        0.9  # a given name in Wade-Giles against its pinyin ("tse tung" / "zedong")
    )
    korean_fold_sim: float = 0.9  # a romanised Korean syllable spelled another way ("jol" / "chol")
    # one slip of the hand (a letter dropped, added, swapped or a neighbouring key) in a word of
    # six letters or more: the word as typed, for review ("MODABR" / "MODABER"); edit distance
    # alone rates a six- or seven-letter word's slip 0.86-0.88, under review on its own
    slip_sim: float = 0.89
    reversed_sim: float = 0.85  # a word written backwards ("nitup" / "putin"): for review
    prefix_sim: float = 0.62
    initial_sim: float = 0.70
    # a person's name whose every name word (at least two) is found in the other name: the
    # other name's extra words (middle names, a longer nasab) cost this share of their weight
    subset_extra: float = 0.15
    subset_sim: float = 1.0  # a word counts as found at this similarity (1.0: the same word)
    # the same for a query whose words are all in a longer list name ("Jason Smith" against
    # "Jason Dean Smith"): common short names meet long list names, so this stays at beta
    subset_extra_list: float = 0.45
    # ... except a person's first given name and family name, both the list's, with one middle
    # name left out ("Robert Mugabe" / "MUGABE, Robert Gabriel"): the middle name costs this
    middle_dropped: float = 0.25
    nasab_swap: float = 0.8  # "A bin B" against "B bin A": father and son, not one person
    acronym_sim: float = 0.9  # "PLA" ~ "People's Liberation Army", "JC" ~ "Jean-Claude"
    abbrev_sim: float = 0.8  # organisation words: "intl" ~ "international", "dept" ~ "department"
    han_sim: float = 0.97  # a name in Chinese characters against one of its recorded readings
    han_mixed: float = 0.8  # ... read partly in Mandarin, partly in Korean: a different name
    # calibration: score = sigmoid(a * (raw - b)) rescaled so raw 1.0 -> 1.0
    cal_a: float = 12.0
    cal_b: float = 0.72
    block_threshold: float = 0.92
    review_threshold: float = 0.81
    # a company name cut short by a form field that matches the start of a list name
    # (cut_short): for review, below any match of a whole list name that passes review
    cut_short_score: float = 0.82
    # a person's common given and family name with the list's patronymic left out, the family
    # name not one of the commonest (rules.common_name_only): for review, never a block
    patronymic_dropped_max: float = 0.82
    extra: dict[str, float] = field(default_factory=dict)

    @property
    def query_miss_floor(self) -> float:
        """The smallest share of its weight that an unmatched query word costs in :func:`align`
        (score bounds that prune candidates must not assume more)."""
        return min(self.gamma_person, self.gamma_org, self.subset_extra)

    def calibrate(self, raw: float) -> float:
        if raw <= 0:
            return 0.0
        top = 1.0 / (1.0 + math.exp(-self.cal_a * (1.0 - self.cal_b)))
        low = 1.0 / (1.0 + math.exp(-self.cal_a * (0.0 - self.cal_b)))
        val = 1.0 / (1.0 + math.exp(-self.cal_a * (raw - self.cal_b)))
        return max(0.0, min(1.0, (val - low) / (top - low)))

    def raw_for(self, score: float) -> float:
        """The raw score that calibrates to ``score`` (inverse of :meth:`calibrate`)."""
        return _raw_for(self.cal_a, self.cal_b, score)


@lru_cache(maxsize=64)
def _raw_for(cal_a: float, cal_b: float, score: float) -> float:
    p = Params(cal_a=cal_a, cal_b=cal_b)
    lo, hi = 0.0, 1.0
    for _ in range(30):
        mid = (lo + hi) / 2
        if p.calibrate(mid) < score:
            lo = mid
        else:
            hi = mid
    return lo


DEFAULT_PARAMS = Params()
