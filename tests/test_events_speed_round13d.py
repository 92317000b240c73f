"""Speed round 13d (SP): the events stage's place rules asked the same clause's places again for each draft
(`_Ctx.places`), and `Doc.mentions_in` scanned every mention of the article for each look-up. The places are now
remembered per span and handed out as copies, as the actors are; `mentions_in` bisects the mention index that
`overlapping` uses, and that index is rebuilt when a mention moves between entities (the counts alone stay the
same then). Each must give what the scan gave; the old code is written out below."""

from __future__ import annotations

import pytest

from marsad import model
from marsad.pipeline import Doc, make_doc
from marsad.stages import events
from tests.conftest import events_ctx

# written for these tests: places in clauses, a dateline, parties and a teller
_TEXTS = (
    "حلب (أ ف ب) - قصفت الطائرات مواقع في ريف إدلب، وقال المرصد إن اشتباكات اندلعت قرب سراقب.",
    "أعلن الجيش العراقي أنه قتل خمسة من عناصر داعش في الأنبار، فيما انفجرت عبوة في بغداد والموصل.",
    "وأحبطت قوات الأمن محاولة تفجير في دمشق، واعتقلت ثلاثة مسلحين قرب الحدود مع لبنان.",
    "قصف",
)


def _old_mentions_in(doc: Doc, start: int, end: int, types=None):  # type: ignore[no-untyped-def]
    wanted = set(types) if types else None
    out = [(m, e) for e in doc.entities if wanted is None or e.type in wanted
           for m in e.mentions if m.start >= start and m.end <= end]
    out.sort(key=lambda p: p[0].start)
    return out


def _old_places(ctx: events._Ctx, s: int, e: int):  # type: ignore[no-untyped-def]
    found = _old_mentions_in(ctx.doc, s, e, ("place",))
    if found and found[0][0].start < ctx.dateline_end:
        found = [p for p in found if p[0].start >= ctx.dateline_end]
    return found


_ctx = events_ctx


def _spans(ctx: events._Ctx) -> list[tuple[int, int]]:
    n = len(ctx.doc.text)
    cuts = sorted({0, n, *(s for s, _e, _w in ctx.words.spans[::2]), *(e for _s, e, _w in ctx.words.spans[1::3])})
    return [(a, b) for a in cuts for b in cuts if a <= b]


@pytest.mark.parametrize("text", _TEXTS)
def test_mentions_in_is_the_scans_answer(text: str) -> None:
    doc = _ctx(text).doc
    for s, e in _spans(_ctx(text)):
        for types in (None, ("place",), ("actor",), events.ACTOR_TYPES, ("place", "actor")):
            assert doc.mentions_in(s, e, types) == _old_mentions_in(doc, s, e, types)


@pytest.mark.parametrize("text", _TEXTS)
def test_remembered_places_are_the_places_looked_up(text: str) -> None:
    ctx = _ctx(text)
    for s, e in _spans(ctx):
        want = _old_places(ctx, s, e)
        assert ctx.places(s, e) == want
        got = ctx.places(s, e)  # the second time from memory
        assert got == want
        got.clear()  # a caller filtering its list does not change what the next one gets
        assert ctx.places(s, e) == want


def test_a_place_span_asked_again_is_not_looked_up_again(monkeypatch) -> None:
    ctx = _ctx(_TEXTS[1])
    n = len(ctx.doc.text)
    ctx.places(0, n)  # the dateline's look-up, if any, is done once
    calls: list[tuple[int, int]] = []
    orig = type(ctx.doc).mentions_in

    def counted(self, s, e, types=None):  # type: ignore[no-untyped-def]
        calls.append((s, e))
        return orig(self, s, e, types)

    monkeypatch.setattr(type(ctx.doc), "mentions_in", counted)
    first = ctx.places(0, n)
    assert first, "the places of the text are found"
    assert ctx.places(0, n) == first
    assert calls == []


def test_a_moved_mention_rebuilds_the_index() -> None:
    # two entities, one mention each; the mention of the first moves to the second: the counts (2 entities,
    # 2 mentions) stay, and an index keyed on them would hand out the first entity for it
    doc = make_doc("قصفت القوات مواقع في حلب وإدلب.")
    a = doc.new_entity("place", "Aleppo", "حلب", None)
    b = doc.new_entity("place", "Idlib", "إدلب", None)
    ma = model.Mention(21, 24, "حلب", "test")
    mb = model.Mention(26, 30, "إدلب", "test")
    a.mentions.append(ma)
    b.mentions.append(mb)
    assert [e for _m, e in doc.mentions_in(0, 31)] == [a, b]
    assert [e for _m, e in doc.overlapping(21, 24)] == [a]
    a.mentions.remove(ma)
    b.mentions.insert(0, ma)
    assert doc.mentions_in(0, 31) == _old_mentions_in(doc, 0, 31) == [(ma, b), (mb, b)]
    assert [e for _m, e in doc.overlapping(21, 24)] == [b]
