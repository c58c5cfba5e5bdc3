from __future__ import annotations

from exportgate.screening import Screener, default_screener


def test_default_screener_is_cached_and_a_screener(screener) -> None:  # type: ignore[no-untyped-def]
    assert default_screener() is screener
    assert isinstance(screener.version, str) and screener.version
    assert 0 < screener.review_threshold < screener.block_threshold <= 1
    s: Screener = screener
    assert s is screener


def test_mahan_air_is_a_block_hit(screener) -> None:  # type: ignore[no-untyped-def]
    matches = screener.screen("Mahan Air", kind="organization")
    sdn = [m for m in matches if m.list == "us_ofac_sdn" and m.list_id == "12927"]
    assert sdn, matches
    assert sdn[0].score >= screener.block_threshold
    assert "MAHAN AIR" in sdn[0].matched_name.upper()
    assert sdn[0].explanation


def test_ordinary_company_is_clear(screener) -> None:  # type: ignore[no-untyped-def]
    matches = screener.screen("Acme Analytics Inc.", kind="organization")
    assert all(m.score < screener.review_threshold for m in matches), matches


def test_default_screener_index_is_out_of_the_cyclic_collector(screener) -> None:  # type: ignore[no-untyped-def]
    """The process-wide screener's index (hundreds of thousands of objects, alive as long as
    the process) is frozen after start-up: a full collection does not walk it, so no query
    pays the ~300 ms that walking it took (the dev set's 'Jose Miranda Sosa')."""
    import gc

    assert default_screener() is screener
    assert gc.get_freeze_count() > 500_000
    assert all(o is not screener.index for o in gc.get_objects())  # (frozen: in no generation)


def test_list_words_spelling_keys_are_worked_out_at_start_up(screener) -> None:  # type: ignore[no-untyped-def]
    """The skeleton, spelling by sound and Wade-Giles readings of every list word are worked
    out when the default screener starts (NameIndex.warm_word_memos), not by the first queries
    that meet the word: looking them up now computes nothing."""
    from exportgate.screening.normalize import SKELETON_MEMO
    from exportgate.screening.scoring import RESPELLED_MEMO
    from exportgate.screening.wade_giles import PINYIN_MEMO

    assert default_screener() is screener
    ix = screener.index
    words = sorted({ix.vtext[v] for ids in ix.n_tok[::50] for v in ids})
    assert len(words) > 1_000
    for memo in (SKELETON_MEMO, RESPELLED_MEMO, PINYIN_MEMO):
        assert all(w in memo for w in words)
