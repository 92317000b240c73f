"""Speed round 13c (SP): the events stage's role assignment asked the same clause's actors again and again
(`_Ctx.actors`, about half of its calls repeat a span) and walked every word of the article once per word set
(`_word_indexes`, dozens of sets, most of them with no word in the text). The actors are now remembered per span
and handed out as copies; a word set is first met with the article's vocabulary. Each must give what the walk
and the look-up gave; the old code is written out below."""

from __future__ import annotations

import pytest

from marsad.stages import events
from tests.conftest import events_ctx

# written for these tests: parties named in clauses, a teller, a backer, words with و/ف
_TEXTS = (
    "قصفت القوات التركية قرى في ريف عفرين، وقال المرصد إن الفصائل المدعومة من أنقرة اشتبكت مع قسد فيها.",
    "أعلن الجيش العراقي أنه قتل خمسة من عناصر داعش في الأنبار، فيما اتهمت الحكومة التنظيم بتفجير سيارة.",
    "وأحبطت قوات الأمن محاولة تفجير في بغداد، واعتقلت ثلاثة مسلحين قرب الحدود.",
    "قصف",
)


def _old_actors(ctx: events._Ctx, s: int, e: int, persons: bool = False):  # type: ignore[no-untyped-def]
    types = events.ACTOR_TYPES if persons else ("actor",)
    found = [(m, ent) for m, ent in ctx.doc.mentions_in(s, e, types)
             if not ctx.in_source(m.start, m.end) and not events._DATELINE_AFTER.match(ctx.doc.text, m.end)]
    starts = [m.start for m, _ent in found]
    return [(m, ent) for m, ent in found if not events._nested(m, ent, found, starts) and not ctx.backer(m, s)]


def _old_word_indexes(ctx: events._Ctx, words, bare_only: bool = False) -> list[int]:  # type: ignore[no-untyped-def]
    spans, bare = ctx.words.spans, ctx.words.bare
    return [k for k in range(len(spans)) if bare[k][2] in words or (not bare_only and spans[k][2] in words)]


_ctx = events_ctx


def _spans(ctx: events._Ctx) -> list[tuple[int, int]]:
    n = len(ctx.doc.text)
    cuts = sorted({0, n, *(s for s, _e, _w in ctx.words.spans[::3])})
    return [(a, b) for a in cuts for b in cuts if a < b]


@pytest.mark.parametrize("text", _TEXTS)
def test_remembered_actors_are_the_actors_looked_up(text: str) -> None:
    ctx = _ctx(text)
    for s, e in _spans(ctx):
        for persons in (False, True):
            want = _old_actors(ctx, s, e, persons)
            assert ctx.actors(s, e, persons) == want
            got = ctx.actors(s, e, persons)  # the second time from memory
            assert got == want
            got.clear()  # a caller filtering its list does not change what the next one gets
            assert ctx.actors(s, e, persons) == want


def test_a_span_asked_again_is_not_looked_up_again(monkeypatch) -> None:
    ctx = _ctx(_TEXTS[0])
    calls: list[tuple[int, int]] = []
    orig = type(ctx.doc).mentions_in

    def counted(self, s, e, types=None):  # type: ignore[no-untyped-def]
        calls.append((s, e))
        return orig(self, s, e, types)

    monkeypatch.setattr(type(ctx.doc), "mentions_in", counted)
    first = ctx.actors(0, len(ctx.doc.text))
    assert first, "the parties of the text are actors"
    assert ctx.actors(0, len(ctx.doc.text)) == first
    assert calls == [(0, len(ctx.doc.text))]


@pytest.mark.parametrize("text", _TEXTS)
def test_word_indexes_are_the_walks_indexes(text: str) -> None:
    ctx = _ctx(text)
    c = events.cues()
    lex = ctx.lex
    sets = [frozenset(lex.roles.get(f, ())) for f in ("accuse", "documenting", "foiling", "blame")]
    sets += [c.claim_verbs, c.people_heads, frozenset({"قال", "وقال", "قصفت", "في", "فيها", "غائبة"}), frozenset()]
    for words in sets:
        for bare_only in (False, True):
            assert events._word_indexes(ctx, words, bare_only) == _old_word_indexes(ctx, words, bare_only)


def test_the_vocabulary_holds_the_words_with_and_without_their_conjunction() -> None:
    # (round 20b: فصائل became a civil force word, an own-initial word `_strip_conj` keeps; فلول is none)
    ctx = _ctx("وقال الجيش إن فلول قصفت المدينة")
    written = {w for _s, _e, w in ctx.words.spans}
    assert {"وقال", "قال", "الجيش", "قصفت"} <= ctx.words.vocabulary() == written | {"قال", "لول"}
    # stripped as `_strip_conj` strips: و/ف off a word of three letters or more
    assert ctx.words.vocabulary(bare_only=True) == {"قال", "الجيش", "ان", "لول", "قصفت", "المدينه"}
