"""Round 24 (SP): the events stage's word view (`Words`) answers "the words before / between" with one
bisection and one slice of its folded words (`Words.texts`) instead of a walk word by word, and `index_at` with
one bisection of the word ends. The answers must be those of the walk they replace, for every position, floor
and limit, including positions inside a word, on punctuation, before the first word and after the last.
Sentences written for these tests."""

from __future__ import annotations

import bisect

import pytest

from marsad.pipeline import make_doc
from marsad.stages.events import context
from marsad.stages.events.context import Words, _strip_conj

_TEXTS = (
    "قصفت الطائرات، فجر الأحد، مواقع المسلحين في ريف المدينة الشرقي.",
    "  وأعلن المتحدث باسم الجيش أن القوات استعادت السيطرة على الجسر (بعد معارك عنيفة) -- وقتل ثلاثة.",
    "هجوم",
    "...",
    "اشتبك عناصر الحرس مع مهربين قرب الحدود؛ وأصيب اثنان منهم بجروح، وفر الباقون نحو الجبال!",
)


def _old_index_at(w: Words, pos: int) -> int:
    i = bisect.bisect_right(w.starts, pos) - 1
    if i >= 0 and w.spans[i][1] > pos:
        return i
    return i + 1


def _old_before(w: Words, pos: int, n: int, floor: int = 0) -> list[str]:
    i = _old_index_at(w, pos)
    out = []
    j = i - 1
    while j >= 0 and len(out) < n and w.spans[j][0] >= floor:
        out.append(w.spans[j][2])
        j -= 1
    return out[::-1]


def _old_between(w: Words, a: int, b: int, limit: int | None = None) -> list[str]:
    out: list[str] = []
    i = bisect.bisect_left(w.starts, a)
    while i < len(w.spans):
        s, e, word = w.spans[i]
        if s >= b or (limit is not None and len(out) >= limit):
            break
        if e <= b:
            out.append(word)
        i += 1
    return out


@pytest.mark.parametrize("text", _TEXTS)
def test_texts_are_the_folded_words_of_the_spans(text: str) -> None:
    w = Words(make_doc(text))
    assert w.texts == [word for _s, _e, word in w.spans]
    assert len(w.texts) == len(w.starts) == len(w.ends)


@pytest.mark.parametrize("text", _TEXTS)
def test_index_at_and_before_answer_as_the_walk(text: str) -> None:
    w = Words(make_doc(text))
    n = len(w.doc.text)
    for pos in range(-1, n + 2):
        assert w.index_at(pos) == _old_index_at(w, pos), pos
        for k in (0, 1, 2, 3, 10):
            for floor in (0, 1, pos // 2, pos - 3, pos, pos + 1):
                assert w.before(pos, k, floor) == _old_before(w, pos, k, floor), (pos, k, floor)


@pytest.mark.parametrize("text", _TEXTS)
def test_between_answers_as_the_walk(text: str) -> None:
    w = Words(make_doc(text))
    n = len(w.doc.text)
    for a in range(-1, n + 2):
        for b in range(a - 1, n + 2, 3):
            for limit in (None, 0, 1, 2, 5):
                assert w.between(a, b, limit) == _old_between(w, a, b, limit), (a, b, limit)
            assert len(w.between(a, b)) == w.gap(a, b)


def test_the_lists_handed_out_are_copies() -> None:
    w = Words(make_doc("سيطرت القوات على البلدة بعد اشتباكات استمرت يومين"))
    got = w.before(len(w.doc.text), 3)
    got.append("غريب")
    got[0] = "غريب"
    between = w.between(0, len(w.doc.text))
    between.clear()
    assert "غريب" not in w.texts
    assert w.between(0, len(w.doc.text)) == [word for _s, _e, word in w.spans]
    assert w.before(len(w.doc.text), 3) == w.texts[-3:]


@pytest.mark.parametrize("text", (*_TEXTS, "وقالت فصائل المعارضة إن وحدات الجيش فشلت في وقف تقدمها نحو البلدة"))
def test_bare_words_are_the_words_without_a_joined_conjunction(text: str) -> None:
    w = Words(make_doc(text))
    assert w.bare_texts == [_strip_conj(word) for word in w.texts]
    assert w.bare == [(s, e, _strip_conj(word)) for s, e, word in w.spans]
    n = len(w.doc.text)
    for pos in range(-1, n + 2, 2):
        for k in (0, 1, 3, 8):
            for floor in (0, pos // 2, pos):
                assert w.bare_before(pos, k, floor) == [_strip_conj(x) for x in w.before(pos, k, floor)]
        for b in range(pos, n + 2, 5):
            for limit in (None, 0, 2):
                assert w.bare_between(pos, b, limit) == [_strip_conj(x) for x in w.between(pos, b, limit)]


def test_the_stripped_memo_answers_as_strip_conj_and_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(context, "_STRIPPED", {})
    monkeypatch.setattr(context, "_STRIPPED_MAX", 4)
    words = ["وقوات", "فصائل", "وفصائل", "والجيش", "في", "وقف", "قوات", "فقد"]
    assert context._stripped(words) == [_strip_conj(x) for x in words]
    assert set(context._STRIPPED) == set(words)  # one text's words are all kept, whatever the bound
    assert context._stripped(words[:3]) == [_strip_conj(x) for x in words[:3]]
    assert len(context._STRIPPED) == len(words)  # nothing new: nothing added, nothing dropped
    other = ["وهاجم", "فرق"]
    assert context._stripped(other) == [_strip_conj(x) for x in other]
    assert set(context._STRIPPED) == set(other)  # emptied when a text's new words would overflow it


def test_indexes_of_finds_the_words_as_written_or_without_wa() -> None:
    w = Words(make_doc("قصفت الطائرات القرية وقصفت المدفعية البلدة، ثم قصفت الطائرات مواقع أخرى"))
    used = frozenset({"قصفت", w.texts[5]})  # the folded البلدة
    want = [k for k, (word, bare) in enumerate(zip(w.texts, w.bare_texts, strict=True))
            if bare in used or word in used]
    assert w.indexes_of(used) == want == [0, 3, 5, 7]
    assert w.indexes_of(frozenset({"وقصفت"})) == [3]  # as written
    assert w.indexes_of(frozenset({"وقصفت"}), bare_only=True) == []  # without و it is قصفت
    assert w.indexes_of(frozenset()) == []
