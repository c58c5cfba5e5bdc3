"""Issue 17, the categories where a peer beat this screener on independent8 (screenacc14): a
"bin" chain with a "ben" left out or written elsewhere, a person's name cut inside its last
word by a form field, an acronym with a letter typed twice or left out, the flat and retroflex
pinyin initials, given names as initials with the middle names left out, and an office named
after a company with no bracket or dash. Made-up names only."""

from __future__ import annotations

import pytest

from exportgate.screening.acronym_swap import acronym_slips
from exportgate.screening.cut_short import person_cut_length, person_cut_names
from exportgate.screening.entities import Entity
from exportgate.screening.form_context import set_aside
from exportgate.screening.other_syllable import splits, syllables_apart
from exportgate.screening.scoring import DEFAULT_PARAMS as P
from exportgate.screening.screener import ListScreener

REVIEW, BLOCK = P.review_threshold, P.block_threshold


def _top(screener: ListScreener, query: str, kind: str | None = None) -> float:
    ms = screener.screen(query, kind=kind)
    return ms[0].score if ms else 0.0


# -- a "bin" chain read in its order -------------------------------------------------------


@pytest.fixture(scope="module")
def nasab() -> ListScreener:
    return ListScreener(
        [
            Entity(
                list="made_up",
                list_id="1",
                kind="person",
                name="HAMDORANE, Karzim Ben Souvail Ben Taoumir",
            ),
            Entity(
                list="made_up",
                list_id="2",
                kind="person",
                name="DELVARI AL-QASTENI, Nouvim Ben Kharsed Al-Torvi ben Kharsed",
            ),
            Entity(list="made_up", list_id="3", kind="person", name="ZORVAN BIN MELTAQ"),
        ]
    )


@pytest.mark.parametrize(
    "query",
    [
        "Karzim Souvail Ben Taoumir HAMDORANE",  # the first "ben" left out
        "Karzim Ben Souvail Taoumir HAMDORANE",  # the second left out
        "Karzim Souvail Taoumir HAMDORANE",  # both
        "Karzim bin Souvail ibn Taoumir HAMDORANE",
        # the family name of two words moved to the end, a name written twice in the chain
        "Nouvim bin Kharsed Al-Torvi ben Kharsed DELVARI AL-QASTENI",
    ],
)
def test_a_bin_chain_in_its_order_is_the_listed_person(nasab: ListScreener, query: str) -> None:
    assert _top(nasab, query) >= BLOCK


def test_son_and_father_swapped_stay_under_block(nasab: ListScreener) -> None:
    assert _top(nasab, "MELTAQ BIN ZORVAN") < BLOCK
    assert _top(nasab, "ZORVAN BIN MELTAQ") >= BLOCK


# -- a person's name cut inside its last word -------------------------------------------------


def test_person_cut_length() -> None:
    def known(w: str) -> bool:
        return w in {"gennadiy", "stepanovich", "vortanevich"}

    assert person_cut_length("GENNADIY STEPANOVICH VORTAN", known) == 27
    assert person_cut_length("Gennadiy VORTAN", known) == 0  # one whole word before the cut
    assert person_cut_length("GENNADIY STEPANOVICH VORTANEVICH", known) == 0  # a list word
    assert person_cut_length("GENNADIY STEPANOVICH VO", known) == 0  # two letters


def test_person_cut_names_read_given_names_first() -> None:
    assert person_cut_names("VORTANEVICH, Gennadiy Stepanovich", "vortan") == [
        "Gennadiy Stepanovich VORTAN"
    ]
    assert person_cut_names("VORTANEVICH, Gennadiy Stepanovich", "stepa") == [
        "VORTANEVICH, Gennadiy Stepa",
        "Gennadiy Stepa",
    ]


@pytest.fixture(scope="module")
def cut() -> ListScreener:
    return ListScreener(
        [
            Entity(
                list="made_up",
                list_id="1",
                kind="person",
                name="VORTANEVICH, Gennadiy Stepanovich",
            ),
            Entity(list="made_up", list_id="2", kind="person", name="QALDERUSHA, Nimrat Ozveh"),
        ]
    )


@pytest.mark.parametrize(
    "query", ["GENNADIY STEPANOVICH VORTAN", "Nimrat Ozveh QALDE", "Nimrat Ozveh QALDERU"]
)
def test_a_person_cut_by_the_field_is_a_review(cut: ListScreener, query: str) -> None:
    assert REVIEW <= _top(cut, query) < BLOCK
    assert REVIEW <= _top(cut, query, "person") < BLOCK


@pytest.mark.parametrize(
    "query",
    [
        "Gennadiy VORTAN",  # a given name and a start: many people
        "GENNADIY STEPANOVICH VORTANOV",  # a whole other family name
        "Nimrat Ozveh QALBI",  # no list word starts so
        "GENNADIY STEPANOVICH VORTAN",  # (as a company's name field)
    ],
)
def test_no_cut_read_where_none_is(cut: ListScreener, query: str) -> None:
    kind = "organization" if query == "GENNADIY STEPANOVICH VORTAN" else None
    assert _top(cut, query, kind) < REVIEW


# -- acronyms with a letter typed twice or left out -----------------------------------------


def test_acronym_slips() -> None:
    listed = {"kvmrc", "tsorq"}.__contains__
    assert [s.text for s in acronym_slips("KVMMRC", listed)] == ["KVMRC"]
    assert [s.text for s in acronym_slips("KVRC", listed)] == ["KVMRC"]
    assert [s.text for s in acronym_slips("TSOQ", listed)] == ["TSORQ"]
    assert acronym_slips("KVMRC", listed) == []  # listed as typed
    assert acronym_slips("KVR", listed) == []  # three letters: too many with one put back
    assert acronym_slips("Kvmmrc", listed) == []  # not capitals
    assert acronym_slips("KOVMRCAE", listed) == []  # eight letters


def test_acronym_slip_found_for_review() -> None:
    screener = ListScreener(
        [
            Entity(list="made_up", list_id="1", kind="organization", name="KVMRC"),
            Entity(list="made_up", list_id="2", kind="organization", name="KVMRC DRILLING"),
        ]
    )
    assert _top(screener, "KVMMRC") >= REVIEW  # (the scorer reads a doubled letter itself)
    for query in ("KVRC", "KMRC"):
        assert REVIEW <= _top(screener, query) < BLOCK, query


# -- flat and retroflex pinyin initials, the -ue final ---------------------------------------


def test_pinyin_ue_follows_only_j_q_x_y_n_l() -> None:
    assert splits("huening", "zh") == []  # "hue" is no syllable: a slip of "huining"
    assert splits("xueming", "zh") == [("xue", "ming")]
    assert splits("lueqing", "zh") == [("lue", "qing")]


@pytest.mark.parametrize(
    ("typed", "listed"), [("zifu", "zhifu"), ("cen", "chen"), ("sanlong", "shanlong")]
)
def test_flat_for_retroflex_initial_is_one_syllable(typed: str, listed: str) -> None:
    assert syllables_apart([(typed, listed)], "zh") is None


def test_other_syllables_stay_apart() -> None:
    assert syllables_apart([("guohua", "guihua")], "zh") == ("guo", "gui")
    assert syllables_apart([("zhifu", "zhipu")], "zh") is not None


def test_flat_initial_under_a_common_family_name_is_found() -> None:
    screener = ListScreener(
        [Entity(list="made_up", list_id="1", kind="person", name="WANG, Zhiruo")]
    )
    assert _top(screener, "Ziruo WANG") >= REVIEW
    assert _top(screener, "Zhiren WANG") < REVIEW  # another syllable: another person


# -- given names as initials, the middle names left out --------------------------------------


@pytest.fixture(scope="module")
def initials() -> ListScreener:
    return ListScreener(
        [
            Entity(list="made_up", list_id="1", kind="person", name="QUORVANILU, Dastemir Halbek"),
            Entity(list="made_up", list_id="2", kind="person", name="SMITH, Jonathan Edward"),
        ]
    )


def test_an_initial_and_a_rare_family_name_are_a_review(initials: ListScreener) -> None:
    assert REVIEW <= _top(initials, "D QUORVANILU") < BLOCK
    assert REVIEW <= _top(initials, "D. H. QUORVANILU") < BLOCK


def test_an_initial_and_a_common_family_name_are_not(initials: ListScreener) -> None:
    assert _top(initials, "J SMITH") < REVIEW


# -- an office after a company's name with no bracket or dash --------------------------------


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("ORVAND HALVEX LLC Moscow BRANCH", "ORVAND HALVEX LLC"),
        ("ORVAND HALVEX Saint Petersburg Branch", "ORVAND HALVEX"),
        ("Orvand Halvex Bank London Office", "Orvand Halvex Bank"),
        ("ORVAND HALVEX LTD (Guadalajara, Jalisco Branch)", "ORVAND HALVEX LTD"),
    ],
)
def test_a_place_and_an_office_word_are_set_aside(query: str, name: str) -> None:
    assert name in [s.name for s in set_aside(query)]


@pytest.mark.parametrize("query", ["Post Office", "Orvand Head Office", "Tehran Office"])
def test_an_office_word_without_a_place_is_left_alone(query: str) -> None:
    assert set_aside(query) == ()


# -- a Korean family name of one letter is no initial -----------------------------------------


def test_korean_one_letter_family_name_is_a_name() -> None:
    screener = ListScreener(
        [
            Entity(list="made_up", list_id="1", kind="person", name="O, Myong Sik"),
            Entity(list="made_up", list_id="2", kind="person", name="SMITH, J"),
        ]
    )
    assert _top(screener, "Myong Siik O") >= REVIEW  # a slip in a given name, "O" the family
    assert _top(screener, "J SMITH") < REVIEW  # an initial and a common name


# -- "Comp." for "Company" before a legal form ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("orvand shipping comp. limited", "orvand shipping company limited"),
        ("orvand intertrade comp ltd", "orvand intertrade company ltd"),
        ("joint stock comp halvex", "joint stock company halvex"),
        ("computer comp services", "computer comp services"),  # no dot, no form: a word
    ],
)
def test_comp_is_company(text: str, read: str) -> None:
    from exportgate.screening.abbreviations import expand_abbreviations

    assert expand_abbreviations(text) == read


def test_a_name_written_twice_in_the_chain_one_copy_misspelt(nasab: ListScreener) -> None:
    query = "Nouvim bin Kharsedd Al-Torvi ben Kharsed DELVARI AL-QASTENI"
    assert _top(nasab, query) >= REVIEW
