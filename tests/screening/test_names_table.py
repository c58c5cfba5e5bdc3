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
