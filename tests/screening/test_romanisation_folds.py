"""Russian names in German and French romanisation, and Wade-Giles given names written as one
word (issue 17): the spelling keys, word similarities and list names found through them."""

from __future__ import annotations

import pytest

from exportgate.screening import compare_names
from exportgate.screening.russian import respelled_slavic_key, same_slavic_name, slavic_key
from exportgate.screening.scoring import DEFAULT_PARAMS as P
from exportgate.screening.scoring import token_sim, token_sims
from exportgate.screening.wade_giles import (
    _part_readings,
    _pinyin_syllables,
    pinyin_readings,
    pinyin_syllable,
    split_readings,
)


@pytest.mark.parametrize(
    ("typed", "listed"),
    [
        ("iwanowitsch", "ivanovich"),  # German: W for V, -witsch for -vich
        ("ivanovitch", "ivanovich"),  # French -itch
        ("petroffitch", "petrovich"),  # French -offitch
        ("smirnoff", "smirnov"),  # French -off
        ("jakowlew", "yakovlev"),  # German J for Y
        ("iakovlev", "yakovlev"),  # French IA for YA
        ("boulgakov", "bulgakov"),  # French OU for U
        ("tschernow", "chernov"),  # German TSCH for CH
        ("schirokow", "shirokov"),  # German SCH for SH
        ("chtchoukine", "shchukine"),  # French CHTCH for SHCH
        ("iwanowa", "ivanova"),  # German -owa for -ova
        ("sergej", "sergey"),
    ],
)
def test_one_russian_name_in_two_romanisations_has_one_key(typed: str, listed: str) -> None:
    assert slavic_key(typed) == slavic_key(listed) != ""
    assert same_slavic_name(typed, listed)
    assert token_sim(typed, listed) >= P.respell_sim
    # the fast path of the index agrees, and it never rates them above an equal word
    assert token_sims(typed, [listed]) == [token_sim(typed, listed)]
    assert token_sim(typed, listed) < 1.0


def test_the_russian_key_leaves_other_words_apart() -> None:
    assert slavic_key("ivan") == ""  # short words: syllables of other languages as often
    assert not same_slavic_name("petrov", "petrova")
    assert not same_slavic_name("ivanov", "ivanova")
    # doubled letters alone are not a romanisation group (the respelling rule has them)
    assert respelled_slavic_key("abdulllah") == ""
    assert not same_slavic_name("abdulllah", "abdulah")


@pytest.mark.parametrize(
    ("typed", "pinyin"),
    [
        ("hsiaoping", "xiaoping"),
        ("chienkuo", "jianguo"),
        ("tzuyang", "ziyang"),
        ("chinlung", "jinlong"),
    ],
)
def test_a_wade_giles_given_name_written_as_one_word(typed: str, pinyin: str) -> None:
    assert pinyin in split_readings(typed)
    assert token_sim(typed, pinyin) >= P.wade_giles_sim
    assert token_sim(typed, pinyin) < 1.0
    assert token_sims(typed, [pinyin]) == [token_sim(typed, pinyin)]


def test_split_readings_of_no_wade_giles_word_are_empty() -> None:
    assert split_readings("xiaoping") == frozenset()  # pinyin already ("xiao" + "ping")
    assert split_readings("jicheng") == frozenset()  # pinyin, though "chi" + "cheng" is too
    assert split_readings("robert") == frozenset()
    assert split_readings("zhou") == frozenset()


def _readings_of_every_split(word: str) -> frozenset[str]:
    """split_readings as first written: every split of the word tried, none skipped."""
    if not 4 <= len(word) <= 12 or pinyin_syllable(word):
        return frozenset()
    n = len(word)
    if any(pinyin_syllable(word[:k]) and pinyin_syllable(word[k:]) for k in range(1, n)):
        return frozenset()
    out: set[str] = set()
    for k in range(1, n):
        a, b = word[:k], word[k:]
        ra, rb = _part_readings(a), _part_readings(b)
        if ra and rb and not (ra == {a} and rb == {b}):
            out.update(x + y for x in ra for y in rb)
            if len(out) > 64:
                return frozenset()
    out.discard(word)
    return frozenset(out)


def test_split_readings_tries_only_splits_into_syllables() -> None:
    # no syllable is longer than six letters (so split_readings skips the splits with a longer
    # piece), and skipping them changes no reading: Wade-Giles and pinyin syllables run
    # together, with a letter more or less, and words that are no syllables at all
    syllables = sorted(_pinyin_syllables())
    assert max(map(len, syllables)) <= 6
    assert all(not pinyin_readings(w + "x" * (7 - len(w))) for w in syllables)
    wade = ["hsiao", "hung", "chien", "shu", "tse", "tung", "chih", "ssu", "tzu", "hsiung"]
    words = [a + b for a in wade for b in wade] + [a + b for a in wade for b in syllables[::7]]
    words += [w[:-1] for w in words] + [w + "n" for w in words]
    words += ["robert", "vanderbilt", "kuznetsovich", "hsiaohungx", "zhuangshuang"]
    for w in words:
        assert split_readings(w) == _readings_of_every_split(w), w


def test_made_up_names_in_german_romanisation_are_one_person() -> None:
    s = compare_names("Pawel Iwanowitsch Tschernow", "CHERNOV, Pavel Ivanovich", kind="person")[0]
    assert s >= P.review_threshold
    other = compare_names(
        "Pawel Iwanowitsch Tschernow", "CHERNYSH, Pavel Ivanovich", kind="person"
    )[0]
    assert other < s


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        # OFAC SDN entries in German romanisation
        ("Nikolai Iwanowitsch Ryschkow", "RYZHKOV, Nikolai Ivanovich"),
        ("Sergei Wladimirowitsch Schelesnjak", "ZHELEZNYAK, Sergei Vladimirovich"),
        ("Wladimir Mikhailowitsch Dschabarow", "DZHABAROV, Vladimir Mikhailovich"),
        # and in Wade-Giles, the given name run together
        ("CHIATUNG LI", "LI, Jiadong"),
        ("CHINLUNG SUN", "SUN, Jinlong"),
    ],
)
def test_list_names_found_through_a_romanisation(screener, query: str, listed: str) -> None:  # type: ignore[no-untyped-def]
    hits = screener.screen(query, kind="person")
    assert any(h.matched_name == listed for h in hits[:3]), [h.matched_name for h in hits]
