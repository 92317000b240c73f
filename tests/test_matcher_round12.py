"""The indexes that scan one text share one Aho-Corasick pass (matcher._SharedScan): same matches, fewer passes."""

from __future__ import annotations

import pytest

from marsad import matcher
from marsad.matcher import Match, PhraseIndex
from marsad.textnorm import fold


def _plain(ms: list[Match]) -> list[tuple[int, int, str, tuple[object, ...], str]]:
    return [(m.start, m.end, m.key, m.payloads, m.prefix) for m in ms]


def _index(*pairs: tuple[str, str]) -> PhraseIndex:
    idx = PhraseIndex()
    for phrase, payload in pairs:
        idx.add(phrase, payload)
    return idx.compile()


def _alone(idx: PhraseIndex, text: str) -> list[tuple[int, int, str, tuple[object, ...], str]]:
    """What the index finds scanning on its own (a fresh shared state that has seen nothing)."""
    saved = matcher._SHARED
    matcher._SHARED = matcher._SharedScan()
    try:
        idx._memo = None
        return _plain(idx.find_all(text))
    finally:
        matcher._SHARED = saved
        idx._memo = None


_TEXTS = [
    "قصفت الطائرات مدينة الرقة وبالرقة قتل مدنيون، وقال للجزيرة نت مسؤول في الرقة إن القصف استمر",
    "وصلت قوات الجيش إلى ريف الرقة الشرقي بعد اشتباكات مع مسلحين في القامشلي والحسكة",
    "أعلن الجيش أن الرقة آمنة، ونفى مسلحون ذلك في بيان نشر للجزيرة",
    "استهدف القصف سوق الحسكة وريف القامشلي وقتل ثلاثة من المسلحين",
]


@pytest.fixture
def shared(monkeypatch: pytest.MonkeyPatch) -> matcher._SharedScan:
    fresh = matcher._SharedScan()
    monkeypatch.setattr(matcher, "_SHARED", fresh)
    monkeypatch.setattr(matcher, "_JOIN_AFTER", 2)  # an index waits to join after its second shared text
    return fresh


def test_indexes_on_one_text_join_one_pass_and_find_the_same(shared: matcher._SharedScan) -> None:
    # keys shared by two indexes (الرقة), a key inside another index's key (الجزيرة / الجزيرة نت), ال-keys
    # after a lam (للجزيرة)
    places = _index(("الرقة", "raqqa"), ("ريف الرقة", "raqqa-rural"), ("القامشلي", "qamishli"), ("الحسكة", "hasaka"))
    outlets = _index(("الجزيرة", "aljazeera"), ("الجزيرة نت", "aljazeera-net"), ("الرقة", "raqqa-paper"))
    actors = _index(("الجيش", "army"), ("مسلحين", "gunmen"), ("مسلحون", "gunmen"))
    want = {id(ix): [_alone(ix, fold(t).text) for t in _TEXTS] for ix in (places, outlets, actors)}
    for k, t in enumerate(_TEXTS):
        text = fold(t).text  # one string object per article, as the pipeline's folded text
        for ix in (places, outlets, actors):
            assert _plain(ix.find_all(text)) == want[id(ix)][k]
    # from the third text on (they wait after the second), the indexes after the first to ask (which scans
    # alone) took their hits from the shared pass
    assert {id(r()) for r, _ in shared.members} == {id(outlets), id(actors)}
    assert shared.text is not None


def test_a_text_one_index_scans_alone_runs_no_shared_pass(shared: matcher._SharedScan) -> None:
    a = _index(("الرقة", "raqqa"))
    b = _index(("الحسكة", "hasaka"))
    for t in _TEXTS:
        text = fold(t).text
        a.find_all(text)
        b.find_all(text)
    passes = []
    scan = shared._scan
    shared._scan = lambda text: (passes.append(text), scan(text))[1]  # type: ignore[method-assign]
    snippet = fold("في الرقة اليوم").text
    assert _plain(a.find_all(snippet)) == _alone(a, snippet)
    assert passes == []


def test_a_member_whose_keys_change_is_read_with_its_new_keys(shared: matcher._SharedScan) -> None:
    a = _index(("الرقة", "raqqa"))
    b = _index(("الحسكة", "hasaka"))
    for t in _TEXTS:
        text = fold(t).text
        a.find_all(text)
        b.find_all(text)
    b.add("القامشلي", "qamishli")
    text = fold(_TEXTS[1]).text
    a.find_all(text)
    assert [m.payloads for m in b.find_all(text)] == [("qamishli",), ("hasaka",)]
    assert _plain(b.find_all(text)) == _alone(b, text)


def test_an_index_made_for_one_text_does_not_join(shared: matcher._SharedScan) -> None:
    a = _index(("الرقة", "raqqa"))
    b = _index(("الحسكة", "hasaka"))
    for t in _TEXTS:
        text = fold(t).text
        a.find_all(text)
        b.find_all(text)
        once = PhraseIndex()  # as resolve's index of the article's own person names
        once.add("الجيش", "army")
        assert _plain(once.find_all(text)) == _alone(once, text)
    assert [r() for r, _ in shared.members] == [b]  # `a` asks first for every text and scans alone


def test_coscan_count_is_not_pickled() -> None:
    import pickle

    a = _index(("الرقة", "raqqa"))
    a._coscans = 5
    again = pickle.loads(pickle.dumps(a))
    assert again._coscans == 0
    text = fold(_TEXTS[0]).text
    assert _plain(again.find_all(text)) == _alone(a, text)


def test_indexes_waiting_to_join_join_together(shared: matcher._SharedScan) -> None:
    first = _index(("الرقة", "raqqa"))
    others = [_index((w, w)) for w in ("الحسكة", "القامشلي", "الجيش", "مسلحين", "الجزيرة", "قصف")]
    builds = []
    rebuild = shared._rebuild
    shared._rebuild = lambda: (builds.append(len(shared.waiting)), rebuild())[1]  # type: ignore[method-assign]
    for t in _TEXTS:
        text = fold(t).text
        first.find_all(text)
        for ix in others:
            assert _plain(ix.find_all(text)) == _alone(ix, text)
    assert builds == [len(others)]  # one automaton for the six, built when the third text's pass began
