from __future__ import annotations

from exportgate.screening.build_names import form_key
from exportgate.screening.names_table import replace_known_words, same_name, table, variants


def test_shipped_table_loads_and_links_spellings() -> None:
    t = table()
    assert len(t.latin) > 10_000
    assert same_name("wladimir", "vladimir")
    assert same_name("poetin", "putin")
    assert not same_name("vladimir", "putin")
    assert "vladimir" in variants("wladimir")


def test_replace_known_words_keeps_latin_and_unknown_words() -> None:
    assert replace_known_words("Vladimir Putin") == "Vladimir Putin"
    assert replace_known_words("Путин") == "putin"
    # an unknown word in another script is left for the generic transliteration
    assert replace_known_words("Зюзюкин") == "Зюзюкин"


def test_form_keys_are_single_normalised_words() -> None:
    assert form_key("Władimir") == "wladimir"
    assert form_key("ВЛАДИМИР") == "владимир"
    assert form_key("maria da graça") is None  # several words
    assert form_key("kanji : 金") is None


def test_han_names_are_read_three_ways() -> None:
    from exportgate.screening.names_table import han_readings
    from exportgate.screening.scripts import segment_han

    assert segment_han("弗拉基米尔普京") == ["弗拉基米尔", "普京"]
    assert {"vladimir", "putin"} <= han_readings("弗拉基米尔") | han_readings("普京")
    r = han_readings("金")
    assert "jin" in r  # Mandarin
    assert {"gim", "kim"} <= r  # Korean (김), with its common spelling
    assert "yamada" in han_readings("山田")  # Japanese, from rigour's name groups
    # a single character keeps no Latin forms of unrelated names (林 is not "hayashi")
    assert "hayashi" not in han_readings("林")


def test_han_table_ships_with_the_package() -> None:
    from exportgate.screening.scripts import han_table

    assert len(han_table()) > 50_000


def test_korean_readings_are_hanja_readings_not_transcriptions() -> None:
    from exportgate.screening.names_table import han_readings

    assert {"geon", "gun", "jian"} <= han_readings("建")  # 건 (Hanja), jian (Mandarin)
    assert "jen" not in han_readings("建")  # 젠: a Hangul transcription of Mandarin "jian"
