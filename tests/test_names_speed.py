"""The names stage's remembered answers are the answers: a country's name found after a role noun from the
memo as without it, and forgotten when the place tables are reloaded."""

from __future__ import annotations

from marsad.packs import folded_words
from marsad.stages import names
from marsad.textnorm import fold_text


def _toks(text: str) -> list[tuple[int, int, str]]:
    folded = fold_text(text)
    return names._tokens(folded, 0, 16)


def test_state_words_are_the_same_from_the_memo():
    # sentences written for this test
    for text in ("رئيس زيمبابوي الجديد", "حكومة بوركينا فاسو اليوم", "وزير خارجية اليابان", "القائد محمد سعيد"):
        toks = _toks(text)
        fresh = [names._state_words_uncached(tuple(t[2] for t in toks[i:i + 3])) for i in range(len(toks))]
        first = [names._state_words_at(toks, i) for i in range(len(toks))]
        again = [names._state_words_at(toks, i) for i in range(len(toks))]
        assert first == again == fresh
    assert names._state_words_at(_toks("رئيس زيمبابوي"), 1) == 1
    assert names._state_words_at(_toks("حكومة بوركينا فاسو"), 1) == 2
    assert names._state_words_at(_toks("القائد محمد سعيد"), 1) == 0


def test_state_memo_follows_the_place_tables():
    toks = _toks("رئيس زيمبابوي")
    names._state_words_at(toks, 1)
    owner, memo = names._STATE_MEMO
    assert memo
    names._STATE_MEMO = (object(), {("زيمبابوي",): 0})  # as if read off other tables
    assert names._state_words_at(toks, 1) == 1
    assert names._STATE_MEMO[0] is owner


def test_function_words_include_both_lists():
    words = names._function_words()
    assert folded_words("roles", "name_stop_words") <= words
    assert names._name_list("not_name_function_words") <= words


def test_matches_made_by_the_matcher_are_plain_matches():
    import pickle

    from marsad.matcher import Match, PhraseIndex

    idx = PhraseIndex()
    idx.add("قوات سوريا الديمقراطية", "sdf")
    idx.add("الجزيرة", "jazeera")
    text = fold_text("قالت قوات سوريا الديمقراطية لقناة الجزيرة وللجزيرة")
    got = idx.compile().find_all(text)
    assert [(m.start, m.end, m.key, m.payloads, m.prefix) for m in got] == [
        (5, 27, "قوات سوريا الديمقراطيه", ("sdf",), ""),
        (34, 41, "الجزيره", ("jazeera",), ""),
        (45, 50, "لجزيره", ("jazeera",), "ولل"),  # للجزيرة: the span starts after the article's lam
    ]
    for m in got:
        same = Match(m.start, m.end, m.key, m.payloads, m.prefix)
        assert m == same and hash(m) == hash(same) and pickle.loads(pickle.dumps(m)) == same
