"""Round 25 (SP2): the mention index held fixed while a stage that changes no entity runs (`Doc.entities_fixed`).

The index's key (every entity, in order, and its mention count) was rebuilt for every look-up: O(entities) each,
≈ 35,000 look-ups per 450 articles in the claims and events stages. Inside the hold it is checked once. These
tests check the answers are those of the checked index, that no key is built per look-up, and that the two
stages that hold it leave the entities as they found them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

import marsad
from marsad import model
from marsad.pipeline import Doc, default_pipeline, make_doc, run

# sentences of my own: a ministry, a minister, an army and places, and attribution around them
TEXT = (
    "قال وزير الخارجية العراقي إن القوات الأمريكية ستغادر قاعدة عين الأسد خلال العام المقبل. "
    "وأضاف الوزير في مؤتمر صحفي ببغداد أن الحكومة ستواصل الحوار مع واشنطن. "
    "من جهتها، أعلنت وزارة الدفاع التركية أن طائراتها قصفت مواقع لحزب العمال الكردستاني شمال العراق. "
    "وذكرت وكالة الأناضول أن القصف أسفر عن مقتل خمسة مسلحين، بحسب مصادر عسكرية."
)


class _CountedList(list):  # type: ignore[type-arg]
    """A mention list that counts how often its length is read (the index key reads every entity's)."""

    reads = 0

    def __len__(self) -> int:
        _CountedList.reads += 1
        return super().__len__()


def _analysed() -> Doc:
    doc = make_doc(TEXT)
    return run(doc)


def _spans(doc: Doc) -> list[tuple[int, int]]:
    n = len(doc.text)
    return [(s.start, s.end) for s in doc.sentences] + [(0, n), (10, 60), (n // 2, n)]


def test_held_answers_are_the_checked_ones() -> None:
    doc = _analysed()
    assert doc.entities, "the test text must give entities"
    types_list = [None, ("actor",), ("person", "outlet"), ("place",)]
    free = [(doc.mentions_in(a, b, t), doc.overlapping(a, b, t), doc.entity_at(a, b))
            for a, b in _spans(doc) for t in types_list]
    with doc.entities_fixed():
        held = [(doc.mentions_in(a, b, t), doc.overlapping(a, b, t), doc.entity_at(a, b))
                for a, b in _spans(doc) for t in types_list]
    assert held == free


def test_no_key_is_built_per_look_up_while_held() -> None:
    doc = _analysed()
    for e in doc.entities:
        e.mentions = _CountedList(e.mentions)
    _CountedList.reads = 0
    doc.mentions_in(0, len(doc.text))
    per_look_up = _CountedList.reads
    assert per_look_up >= len(doc.entities)  # outside the hold every look-up reads every entity's count
    with doc.entities_fixed():
        _CountedList.reads = 0
        for a, b in _spans(doc):
            doc.mentions_in(a, b)
            doc.overlapping(a, b)
        assert _CountedList.reads == 0


def test_hold_checks_the_index_when_it_begins() -> None:
    doc = _analysed()
    doc.mentions_in(0, len(doc.text))  # an index built before the change below
    ent = doc.new_entity("actor", "Test Body", "هيئة الاختبار", None)
    ent.add(0, 3, doc.text[0:3])
    with doc.entities_fixed():
        got = doc.mentions_in(0, 3)
        with doc.entities_fixed():  # nested: the same index
            assert doc.mentions_in(0, 3) == got
    assert any(e is ent for _m, e in got)
    # after the hold the key is checked again: a mention added later is seen
    ent.add(4, 8, doc.text[4:8])
    assert any(e is ent and m.start == 4 for m, e in doc.mentions_in(4, 8))


def _key(doc: Doc) -> list[tuple[int, tuple[model.Mention, ...]]]:
    return [(id(e), tuple(e.mentions)) for e in doc.entities]


def test_claims_and_events_change_no_entity() -> None:
    # the hold is only right for stages that leave the entities and their mentions as they were
    stages = default_pipeline()
    names = [s.name for s in stages]
    for text in (TEXT, TEXT.replace("وزير الخارجية العراقي", "المتحدث باسم الجيش السوري")):
        doc = make_doc(text)
        before = run(doc, stages[: names.index("claims")])
        key = _key(before)
        run(before, [s for s in stages if s.name in ("claims", "events")])
        assert _key(before) == key
        assert before.claims


def test_analyze_output_unchanged_by_hold(monkeypatch: pytest.MonkeyPatch) -> None:
    # the whole article as with the per-look-up check (the hold made a no-op), for two texts
    texts = (TEXT, TEXT.replace("وكالة الأناضول", "قناة الجزيرة").replace("خمسة", "سبعة"))
    held = [marsad.analyze(t).to_dict() for t in texts]

    @contextmanager
    def no_hold(self: Doc) -> Iterator[None]:
        yield

    monkeypatch.setattr(Doc, "entities_fixed", no_hold)
    checked = [marsad.analyze(t).to_dict() for t in texts]
    assert held == checked
    assert held[0]["claims"] and held[0]["events"]
