"""Issue 17, round 16 (screenacc16): the Wade-Giles, Cantonese and Hokkien spellings of the
commonest Chinese family names read as their pinyin, Persian family names of "-aei" made from
a common name, and the commonest Ukrainian given names in the national and BGN/PCGN
transliterations. Made-up list names only."""

from __future__ import annotations

import pytest

from exportgate.screening.common_names import is_common
from exportgate.screening.entities import Entity
from exportgate.screening.form_context import set_aside
from exportgate.screening.scoring import DEFAULT_PARAMS as P
from exportgate.screening.scoring import token_sim
from exportgate.screening.screener import ListScreener
from exportgate.screening.short_forms import (
    chinese_family_spellings,
    paired_forms,
    short_form_reason,
)

REVIEW = P.review_threshold


@pytest.mark.parametrize(
    ("spelling", "pinyin"),
    [
        ("chan", "chen"),  # Cantonese
        ("lau", "liu"),  # Cantonese
        ("cheung", "zhang"),  # Cantonese
        ("hsu", "xu"),  # Wade-Giles
        ("kwok", "guo"),
        ("hsieh", "xie"),
        ("leung", "liang"),
        ("lam", "lin"),
        ("wong", "huang"),
        ("wong", "wang"),
    ],
)
def test_family_spelling_pairs_with_its_pinyin(spelling: str, pinyin: str) -> None:
    # (a pair the name table records already scores as one name, 0.95: "wong" / "wang")
    assert token_sim(spelling, pinyin) >= P.short_form_sim
    assert token_sim(pinyin, spelling) >= P.short_form_sim
    if spelling in chinese_family_spellings():
        assert pinyin in paired_forms(spelling) and spelling in paired_forms(pinyin)
        reason = short_form_reason(spelling, pinyin)
        assert reason is not None and f"family name {pinyin}" in reason


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("tang", "deng"),  # Deng's Cantonese is Tang's pinyin: read as Tang
        ("wu", "hu"),  # Hu's Cantonese is Wu's pinyin
        ("chan", "tan"),  # two spellings of one name are not paired with each other here
        ("tan", "chen"),  # Chen's Hokkien is Tan's pinyin (谭), one of the hundred commonest
        ("lei", "li"),  # Lei (雷) is a family of its own
        ("chu", "zhu"),  # Chu (褚) is a family of the Hundred Family Surnames
        ("lim", "lin"),  # Lim is Korean too (임): the given name is romanised another way
        ("ng", "huang"),  # two letters: as often an acronym's ("S N.G B.")
    ],
)
def test_a_spelling_that_is_another_familys_pinyin_is_not_paired(a: str, b: str) -> None:
    table = chinese_family_spellings()
    assert b not in table.get(a, frozenset())


@pytest.mark.parametrize("word", ["mirzaei", "rezaee", "rezaie", "babayi", "mousaei", "rajaei"])
def test_persian_aei_family_names_of_a_common_name(word: str) -> None:
    assert is_common(word)


@pytest.mark.parametrize("word", ["qwxaei", "zzaei", "aei", "borzaei"])
def test_aei_after_no_common_name_is_not_common(word: str) -> None:
    assert not is_common(word)


@pytest.mark.parametrize(
    "word",
    [
        "myroslav",
        "maksym",
        "svitlana",
        "olha",
        "vadym",
        "kostiantyn",
        "danylo",
        "rudenko",
        "melnyk",
    ],
)
def test_ukrainian_given_names_in_the_national_transliteration(word: str) -> None:
    assert is_common(word)


@pytest.fixture(scope="module")
def screener() -> ListScreener:
    names = [
        "CHEN, Quanshu",
        "LIU, Quanshu",
        "ZHANG, Lianbo",
        "HASSAN, Hamid",
        "RUDENKO, Myroslav",
    ]
    return ListScreener(
        [Entity(list="made_up", list_id=str(k), kind="person", name=n) for k, n in enumerate(names)]
    )


def _top(screener: ListScreener, query: str) -> float:
    ms = screener.screen(query, kind="person")
    return ms[0].score if ms else 0.0


@pytest.mark.parametrize(
    "query",
    [
        "CHAN QUAN SHU",  # Hong Kong: family name in Cantonese, given name in syllables
        "Lau Quanshu",  # Cantonese (Liu)
        "CHEUNG, Lianbo",
        "Chang Lian-po",  # Wade-Giles family and given name
    ],
)
def test_chinese_family_name_in_another_romanisation_found(
    screener: ListScreener, query: str
) -> None:
    assert _top(screener, query) >= REVIEW


@pytest.mark.parametrize(
    "query",
    [
        # two common names of the list, and a Persian family name of the customer's own
        "Hamid Hassan Rezaei",
        # another common Ukrainian given name under a family name: another person
        "Yaroslav Rudenko",
    ],
)
def test_common_names_of_ones_own_not_alone_a_match(screener: ListScreener, query: str) -> None:
    assert _top(screener, query) < REVIEW


@pytest.mark.parametrize("text", ["Papadakou, Sofia", "MARTINEAU, Florence", "Okonkwo, Adelaide"])
def test_family_comma_given_that_is_a_city_is_not_set_aside(text: str) -> None:
    assert set_aside(text) == ()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ivan Petrovsky, Sofia", "Ivan Petrovsky"),  # a two-word name and its city
        ("Rasvetprom, Moscow", "Rasvetprom"),  # a city that is no given name
        ("Papadakou, Jordan", "Papadakou"),  # a country is read as a country
    ],
)
def test_name_and_its_city_still_set_aside(text: str, name: str) -> None:
    assert name in {s.name for s in set_aside(text)}


def test_one_family_name_and_a_city_named_given_name_not_a_match() -> None:
    screener = ListScreener(
        [Entity(list="made_up", list_id="1", kind="person", name="PAPADAKOU, Marilena")]
    )
    assert _top(screener, "Papadakou, Sofia") < REVIEW


@pytest.mark.parametrize(
    ("postal", "pinyin"),
    [("kwangchow", "guangzhou"), ("shumchun", "shenzhen")],
)
def test_postal_place_name_pairs_with_its_pinyin(postal: str, pinyin: str) -> None:
    assert pinyin in paired_forms(postal) and postal in paired_forms(pinyin)
    assert token_sim(postal, pinyin) >= P.short_form_sim
    assert token_sim(pinyin, postal) >= P.short_form_sim
    reason = short_form_reason(pinyin, postal)
    assert reason == f"{postal} is the postal romanisation of the Chinese place name {pinyin}"


def test_company_with_its_city_in_postal_romanisation_found() -> None:
    screener = ListScreener(
        [
            Entity(
                list="made_up",
                list_id="1",
                kind="organization",
                name="Guangzhou Qunfeng Optical Instruments Co., Ltd.",
            )
        ]
    )
    ms = screener.screen("Kwangchow Qunfeng Optical Instruments Co., Ltd.", kind="organization")
    assert ms and ms[0].score >= REVIEW


def test_a_family_of_its_own_is_not_read_as_anothers_spelling(screener: ListScreener) -> None:
    # Tan (谭) is a pinyin family name of its own, not only Chen's Hokkien
    assert _top(screener, "Tan Quanshu") < REVIEW
