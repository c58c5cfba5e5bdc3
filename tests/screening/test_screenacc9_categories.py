"""Issue 17, the fifth independent set's weakest categories as whole categories (screenacc9):
a legal form written out and cut by a field's length, text beside a name with no separator or a
country code, generic company words and Chinese postal place names, characters a scanner
confuses, given names' English forms and short forms, middle names dropped. Made-up names
only (and common given names)."""

from __future__ import annotations

import pytest

from exportgate.screening.cut_form import cut_form_reading
from exportgate.screening.entities import Entity
from exportgate.screening.form_context import set_aside
from exportgate.screening.look_alike import look_alike_reading
from exportgate.screening.normalize import tokenize
from exportgate.screening.scoring import DEFAULT_PARAMS as P
from exportgate.screening.screener import ListScreener
from exportgate.screening.short_forms import paired_forms, short_form_reason

REVIEW, BLOCK = P.review_threshold, P.block_threshold


@pytest.fixture(scope="module")
def made_up() -> ListScreener:
    ents = [
        Entity(list="made_up", list_id="1", kind="organization", name="ZORVANEX TRADING OOO"),
        Entity(list="made_up", list_id="2", kind="organization", name="KELMSTROI ELEVATOR, OAO"),
        Entity(
            list="made_up", list_id="3", kind="organization", name="PALVORIN PARTNERS PTE. LTD."
        ),
        Entity(list="made_up", list_id="4", kind="organization", name="QUENDRA LOGISTICS FZE"),
        Entity(list="made_up", list_id="5", kind="organization", name="GRAVMOOR HOLDINGS LTD."),
        Entity(list="made_up", list_id="6", kind="person", name="TASHVELLOV, Nikolay Petrovich"),
        Entity(list="made_up", list_id="7", kind="person", name="BRAMKOVSKY, Vladimir Olegovich"),
        Entity(list="made_up", list_id="8", kind="organization", name="Nanjing Drovel Electronics"),
        Entity(list="made_up", list_id="9", kind="person", name="QUELLMARK, Dorvan Ilias Benno"),
        Entity(list="made_up", list_id="10", kind="person", name="IVANOV, Sergey Nikolaevich"),
        Entity(list="made_up", list_id="11", kind="organization", name="PERVANTO UNITED SARL"),
        Entity(
            list="made_up",
            list_id="12",
            kind="organization",
            name="TRAMELIO DIS TICARET ANONIM SIRKETI",
        ),
    ]
    return ListScreener(ents)


def _ids(s: ListScreener, query: str, kind: str | None = None) -> dict[str, float]:
    return {m.list_id: m.score for m in s.screen(query, kind=kind)}


# ------------------------------------------------------------ a legal form cut short


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("ZORVANEX TRADING OBSHCHESTVO S OGRANICHE", "ZORVANEX TRADING"),
        ("Kelmstroi Elevator, Otkrytoe Aktsio", "Kelmstroi Elevator"),
        ("Palvorin Partners Private Limi", "Palvorin Partners"),
        ("QUENDRA LOGISTICS FREE ZONE ESTABL", "QUENDRA LOGISTICS"),
        ("Gravmoor Holdings Company L", "Gravmoor Holdings"),
        ("Gravmoor Holdings Limited Liabilit", "Gravmoor Holdings"),
        ("KALMOVO NEFTEPRODUKT OBSHCHESTVO", "KALMOVO NEFTEPRODUKT"),
        ("Pervanto Sociedad Anoni", "Pervanto"),
    ],
)
def test_cut_legal_form_read_without_it(query: str, name: str) -> None:
    got = cut_form_reading(query)
    assert got is not None and got.text == name
    assert "cut short" in got.why()


@pytest.mark.parametrize(
    "query",
    [
        "Acme Company",  # a whole form
        "Acme Private Limited",  # a whole form
        "Alsaroud General",  # an ordinary word, whole
        "Acme State",
        "John Smith",
        "LIMITED LIABILITY COMPANY SOVREM",  # the name is cut, not the form
        "Limi",  # nothing left
    ],
)
def test_no_cut_form_where_none(query: str) -> None:
    assert cut_form_reading(query) is None


def test_cut_legal_form_found_at_review_or_above(made_up: ListScreener) -> None:
    for query, want in [
        ("ZORVANEX TRADING OBSHCHESTVO S OGRANICHE", "1"),
        ("KELMSTROI ELEVATOR, OTKRYTOE AKTSIO", "2"),
        ("Palvorin Partners Private Limi", "3"),
        ("QUENDRA LOGISTICS FREE ZONE ESTABL", "4"),
    ]:
        got = made_up.screen(query)
        assert got and got[0].list_id == want, query
        assert "cut_legal_form" in got[0].explanation
        assert got[0].score < BLOCK  # what the field cut off is unknown: a review at most


# ------------------------------------------------------------ text beside a name


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Zorvanex Trading OOO - RU", "Zorvanex Trading OOO"),
        ("Quendra Logistics FZE (AE)", "Quendra Logistics FZE"),
        ("GRAVMOOR HOLDINGS LTD., IL", "GRAVMOOR HOLDINGS LTD."),
        ("Gravmoor Holdings Ltd. Hong Kong", "Gravmoor Holdings Ltd."),
        ("GRAVMOOR HOLDINGS LTD SHAHID BAHONAR ROAD KM 13 BANDAR ABBAS", "GRAVMOOR HOLDINGS LTD"),
        ("Dorvan Quellmark C/O ACCOUNTS DEPT", "Dorvan Quellmark"),
        ("BENEFICIAL OWNER ZORVANEX TRADING OOO", "ZORVANEX TRADING OOO"),
        ("ATTN DORVAN QUELLMARK, AUTHORISED SIGNATORY", "DORVAN QUELLMARK"),
        ("DIRECTOR: Zorvanex Trading OOO", "Zorvanex Trading OOO"),
        ("zorvanex trading (VESSEL)", "zorvanex trading"),
        ("Dorvan Quellmark (Korea, North)", "Dorvan Quellmark"),
    ],
)
def test_form_context_without_separator_or_with_a_code(query: str, name: str) -> None:
    assert name in [s.name for s in set_aside(query)]


@pytest.mark.parametrize(
    "query",
    [
        "Banco de Credito SA",  # SA is a legal form, not Saudi Arabia
        "Acme Co, SA",
        "Maria Sanchez",
        "Acme Holdings AG",
    ],
)
def test_no_country_code_read_in_a_legal_form(query: str) -> None:
    assert all(s.name != query.rsplit(" ", 1)[0].rstrip(",") for s in set_aside(query))


# ------------------------------------------------------------ generic words and old place names


@pytest.mark.parametrize(
    ("query", "want"),
    [
        ("Nanjing Drovel Dianzi", "8"),  # Chinese pinyin for "electronics"
        ("Nanking Drovel Electronics", "8"),  # the postal spelling of Nanjing
        ("TRAMELIO DIŞ TİCARET ANONİM ŞİRKETİ", "12"),  # Turkish letters, dotted capital I
        ("Palvorin Partners Private Limited", "3"),  # Pte. Ltd. written out
        ("Palvorin Partners Pvt. Ltd.", "3"),
    ],
)
def test_generic_words_places_and_forms(made_up: ListScreener, query: str, want: str) -> None:
    got = _ids(made_up, query)
    assert got.get(want, 0.0) >= REVIEW, (query, got)


def test_turkish_dotted_capital_i_is_no_legal_form() -> None:
    # "LOJİSTİK" lower-cased holds a combining dot that once let rigour read "şti" inside it
    assert [t.text for t in tokenize("ACME LOJİSTİK", "organization")] == ["acme", "lojistik"]
    want = [t.text for t in tokenize("ACME ANONIM SIRKETI", "organization")]
    assert [t.text for t in tokenize("ACME ANONİM ŞİRKETİ", "organization")] == want


# ------------------------------------------------------------ characters a scanner confuses


@pytest.mark.parametrize(
    ("query", "read"),
    [
        ("Dorvan IIuellmark", "Dorvan Huellmark"),  # II for H
        ("NIaxwell Dorn", "Maxwell Dorn"),  # NI for M
        ("BLIREAU", "BUREAU"),  # LI for U (not at a word's start: "Lima")
        ("Tecriologia", "Tecnologia"),  # ri for n
        ("rnarivan", "marivan"),  # rn for m at a word's start
    ],
)
def test_scanner_letter_groups(query: str, read: str) -> None:
    known = {w.lower() for w in read.split()}.__contains__
    got = look_alike_reading(query, known)
    assert got is not None and got.text == read and got.letters_only


def test_one_digit_in_a_word_of_letters_read_as_a_letter() -> None:
    got = look_alike_reading("Aviatsionnoe 0borudovonie", lambda w: False)
    assert got is not None and got.text == "Aviatsionnoe Oborudovonie"
    assert look_alike_reading("Boeing 737", lambda w: False) is None


def test_scanned_short_legal_form(made_up: ListScreener) -> None:
    assert [t.text for t in tokenize("GRAVMOOR HOLDINGS CO., LTO.", "organization")] == [
        "gravmoor",
        "holdings",
        "llc",
    ]


# ------------------------------------------------------------ given names


def test_english_forms_of_given_names() -> None:
    assert "nikolay" in paired_forms("nicholas") and "nicholas" in paired_forms("nikolay")
    assert "yevgeniy" in paired_forms("eugene")
    assert short_form_reason("nicholas", "nikolay") == "nicholas is the English form of nikolay"
    assert short_form_reason("vlad", "vladimir") == "vlad is a short form of vladimir"
    assert "nikolai" not in paired_forms("nikolay")  # one language's spellings: the name table


@pytest.mark.parametrize(
    ("query", "want"),
    [
        ("Nicholas Petrovich Tashvellov", "6"),
        ("Vlad Olegovich Bramkovsky", "7"),
    ],
)
def test_given_name_forms_found(made_up: ListScreener, query: str, want: str) -> None:
    assert _ids(made_up, query).get(want, 0.0) >= REVIEW


# ------------------------------------------------------------ middle names dropped


def test_several_middle_names_dropped_is_a_review(made_up: ListScreener) -> None:
    got = made_up.screen("Dorvan Quellmark")
    assert got and got[0].list_id == "9" and got[0].score >= REVIEW
    assert "middle names (ilias, benno) are left out" in got[0].explanation


def test_common_first_and_last_names_middle_dropped_stay_under_review(
    made_up: ListScreener,
) -> None:
    # many people bear two common names: with the middle name left out, not alone a match
    # (a review on these raised the earlier sets' innocent alerts from 0.12-0.45 % to 1.03 %)
    assert "10" not in _ids(made_up, "Sergey Ivanov")
    assert not _ids(made_up, "Ivanov")
    assert not _ids(made_up, "Sergey")


def test_open_bracket_inside_a_word_is_a_scanned_c() -> None:
    got = look_alike_reading("QUENDRA TI(ARET", lambda w: False)
    assert got is not None and got.text == "QUENDRA TICARET" and got.letters_only
    assert look_alike_reading("Quendra (Holdings", lambda w: False) is None
