from __future__ import annotations

import pytest

from exportgate.screening.normalize import LEGAL, NUMBER, TITLE, tokenize


def words(name: str, kind: str | None = None) -> list[str]:
    return [t.text for t in tokenize(name, kind)]


def test_case_diacritics_and_person_order() -> None:
    assert words("PUTIN, Vladimir Vladimirovich", "person") == [
        "vladimir",
        "vladimirovich",
        "putin",
    ]
    assert words("François Hollande") == ["francois", "hollande"]


def test_transliteration() -> None:
    assert words("Владимир Путин") == ["vladimir", "putin"]
    assert words("김정은") == ["gim", "jeong", "eun"]
    # Chinese characters stay as tokens (a known name, else one character), read when compared
    assert words("习近平") == ["习", "近平"]


def test_known_names_in_other_scripts_become_their_latin_spelling() -> None:
    # rigour's name groups (shipped table): the list spelling, not a letter-by-letter reading
    assert words("ウラジーミル・プーチン") == ["vladimir", "putin"]
    assert words("فلاديمير بوتين")[0] == "vladimir"


def test_legal_forms_numbers_titles_fused() -> None:
    toks = tokenize("OOO Gazprom Neft")
    assert toks[0].cat == LEGAL and toks[0].text == tokenize("TOV Gazprom Neft")[0].text
    assert [t.cat for t in tokenize("Goldman Sachs & Co. L.L.C.")][-1] == LEGAL
    assert words("11420 CORP.")[0] == "11420" and tokenize("11420 CORP.")[0].cat == NUMBER
    assert words("Brigade Forty-Four") == ["brigade", "44"]
    assert tokenize("Präsident Putin")[0].cat == TITLE
    assert words("SergeiLavrov") == ["sergei", "lavrov"]


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        ("ប៉ុល ពត", "pol pot"),  # Khmer (no ICU transliterator): series vowels, closing consonant
        ("ហ៊ុន សែន", "hun saen"),  # UNGEGN's own spelling of Hun Sen
        ("राहुल गांधी", "rahul gandhi"),  # Hindi drops a word's closing inherent vowel ...
        ("नरेन्द्र मोदी", "narendra modi"),  # ... but not after a consonant cluster
    ],
)
def test_scripts_without_an_icu_reading_or_with_a_wrong_one(text: str, latin: str) -> None:
    from exportgate.screening.scripts import latinize

    assert latinize(text)[0] == latin


def test_thai_letters_for_one_sound_romanise_alike() -> None:
    from exportgate.screening.scripts import latinize

    # ณ and น are both "n", ศ and ส both "s"
    assert latinize("สมศักดิ์ ศรีสุข")[0] == latinize("สมสักดิ์ สรีสุข")[0]


def test_urdu_letters_read_as_their_arabic_base_letters() -> None:
    from exportgate.screening import compare_names

    assert compare_names("ولادیمیر پوٹن", "Vladimir Putin", kind="person")[0] >= 0.81
