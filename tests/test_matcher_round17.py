"""Round 17 (speed): the pack indexes that scan every document's whole folded text are scanned in one pass of
a merged automaton (`matcher._Together`), with the same matches, in the same order, as each index's own scan."""

from __future__ import annotations

import gc

import pytest

from marsad import matcher
from marsad.matcher import PhraseIndex
from marsad.textnorm import fold_text

# my own sentences: a key that ends inside a longer word, one after proclitics, ال-keys after a lam, a key of
# two words, the same key in two indexes with other payloads, keys that overlap
_DOCS = [
    "قالت وزارة الدفاع إن الجيش السوري قصف مواقع للجماعات المسلحة قرب حلب وبحلب القديمة.",
    "ونقلت قناة الجزيرة عن مصادر للجزيرة أن القوات الحكومية دخلت الحسكة والقامشلي.",
    "أعلن حزب الله أن مقاتليه استهدفوا رتلا، وقال الحزب إن الجيشين تبادلا القصف في حلبجة.",
    "لا ذكر هنا لأي مكان ولا لأي جماعة، بل حديث عن الطقس والأمطار.",
]


def _places() -> PhraseIndex:
    idx = PhraseIndex()
    for phrase, pid in (("حلب", "p:aleppo"), ("الحسكة", "p:hasakah"), ("القامشلي", "p:qamishli"),
                        ("حلب القديمة", "p:old_aleppo"), ("الجزيرة", "p:jazira")):
        idx.add(phrase, pid)
    return idx


def _actors() -> PhraseIndex:
    idx = PhraseIndex()
    for phrase, aid in (("الجيش السوري", "a:saa"), ("الجيش", "a:army"), ("حزب الله", "a:hezbollah"),
                        ("الجزيرة", "o:jazeera"), ("وزارة الدفاع", "a:mod"), ("القوات الحكومية", "a:gov")):
        idx.add(phrase, aid)
    return idx


def _cues() -> PhraseIndex:
    idx = PhraseIndex()
    for phrase in ("قصف", "القصف", "استهدف", "دخلت"):
        idx.add(phrase, phrase)
    return idx


@pytest.fixture
def together(monkeypatch: pytest.MonkeyPatch) -> matcher._Together:
    monkeypatch.setattr(matcher, "TOGETHER_AFTER", 3)
    fresh = matcher._Together()
    monkeypatch.setattr(matcher, "_TOGETHER", fresh)
    return fresh


def _read(indexes: list[PhraseIndex], docs: list[str]) -> list[list[list[matcher.Match]]]:
    """Each document as the pipeline reads it: named, then every index asked for its folded text."""
    out = []
    for d in docs:
        text = fold_text(d)
        matcher.document(text)
        try:
            out.append([idx.find_all(text) for idx in indexes])
        finally:
            matcher.document(None)
    return out


def test_merged_scan_gives_each_index_its_own_matches(together: matcher._Together) -> None:
    indexes = [_places(), _actors(), _cues()]
    got = _read(indexes, _DOCS * 3)
    assert together.group is not None and len(together.group[0]) == 3
    alone = [_places(), _actors(), _cues()]  # never named a document's: each scans by itself
    for d, per_doc in zip(_DOCS * 3, got, strict=True):
        text = fold_text(d)
        assert per_doc == [idx.find_all(text) for idx in alone]
    # the lam form and the shared key: للجزيرة is الجزيرة for both indexes, each with its own payload
    jaz = [m for m in got[1][1] if m.payloads == ("o:jazeera",)]
    assert [(m.key, m.prefix) for m in jaz] == [("الجزيره", ""), ("لجزيره", "لل")]
    assert [m.payloads for m in got[1][0] if m.key in ("الجزيره", "لجزيره")] == [("p:jazira",)] * 2
    assert all(m.key != "حلب" or m.end != fold_text(_DOCS[2]).find("حلبجه") + 3 for m in got[2][0])


def test_one_index_asked_fills_the_others(together: matcher._Together) -> None:
    places, actors = _places(), _actors()
    _read([places, actors], _DOCS[:3])
    text = fold_text("قصف الجيش مواقع قرب حلب.")
    matcher.document(text)
    try:
        places.find_all(text)
        # the actors index was not asked, yet its matches of this text are already there
        assert actors._memo is not None and actors._memo[0] is text
        assert [m.payloads for m in actors.find_all(text)] == [("a:army",)]
    finally:
        matcher.document(None)


def test_other_texts_are_scanned_alone(together: matcher._Together) -> None:
    places, actors = _places(), _actors()
    _read([places, actors], _DOCS[:3])
    matcher.document(fold_text(_DOCS[0]))
    try:
        sentence = fold_text("دخلت القوات الحسكة")
        assert [m.payloads for m in places.find_all(sentence)] == [("p:hasakah",)]
        assert actors._memo is None or actors._memo[0] is not sentence
    finally:
        matcher.document(None)


def test_an_index_changed_after_the_merge_is_not_read_from_it(together: matcher._Together) -> None:
    places, actors = _places(), _actors()
    _read([places, actors], _DOCS[:3])
    assert together.group is not None
    places.add("منبج", "p:manbij")
    text = fold_text("دخلت القوات منبج وحلب")
    matcher.document(text)
    try:
        assert [m.payloads for m in places.find_all(text)] == [("p:manbij",), ("p:aleppo",)]
        assert [m.payloads for m in actors.find_all(text)] == []
    finally:
        matcher.document(None)


def test_an_index_made_for_one_document_is_not_kept(together: matcher._Together) -> None:
    places = _places()
    _read([places], _DOCS[:2])
    once = PhraseIndex()
    once.add("الطقس", "w")
    text = fold_text(_DOCS[3])
    matcher.document(text)
    try:
        assert [m.payloads for m in once.find_all(text)] == [("w",)]
    finally:
        matcher.document(None)
    gone = id(once)
    del once
    gc.collect()
    assert together.seen[gone][0]() is None
    _read([places], _DOCS[:2])
    assert together.group is not None and all(m is places for m in together.group[0])
