"""Round 12 (EV2): the role functions of the events stage read a sentence once per article, not once per event.

The sentence subject by a state adjective (`_noun_adjective_subject`, `_people_adjective_subject`), the frame
words before a trigger (`_frame_words`), the word of reply after it (`_reply_at`), the complementizer of a
report (`_report_tellers`) and an unnamed doer after أن (`_reported_doer`) each walked the words of the whole
sentence or clause for every event: a sentence of thousands of comma-joined words cost seconds. Each must give
what the walk gave; the walks below are those functions as they read before this round."""

from __future__ import annotations

import random

import pytest

from marsad import analyze
from marsad.pipeline import make_doc, run
from marsad.stages import events

# written for these tests: state adjectives after event nouns and people words, reports, replies
_TEXTS = (
    "أسفر القصف التركي عن مقتل ثلاثة مدنيين في عفرين، وقال المسؤولون الروس إن الهجوم لم يكن مبررا.",
    "قال الجيش إن مسلحين اغتالوا ضابطا قرب الحدود، ردا على غارات أمريكية استهدفت مواقعهم في الأنبار.",
    "أعلن حزب الله أن غارة إسرائيلية استهدفت مواقعه، وأكد 300 جندي روسي انتشارهم في المنطقة.",
    "وأدانت الخارجية التركية قصف القوات الحكومية لبلدة في ريف إدلب، انتقاما لهجوم على حاجز.",
    "اشتبك الجيش مع مسلحين في ريف إدلب",
    "قصف",
)


def _old_noun_subject(ctx: events._Ctx, ss: int, cs: int):  # type: ignore[no-untyped-def]
    for x in ctx.raw_hits:
        if ss <= x.start < cs and x.trig.pos == "noun":
            subject = ctx.adjective_after(x.end, cs)
            if subject is not None:
                return subject
    return None


def _old_people_subject(ctx: events._Ctx, ss: int, cs: int):  # type: ignore[no-untyped-def]
    for _s, e, w in ctx.words.spans_from(ss):
        if e > cs:
            break
        if events._strip_conj(w) in events.cues().people_heads:
            subject = ctx.adjective_after(e, cs, n=1)
            if subject is not None:
                return subject
    return None


def _old_frame_words(ctx: events._Ctx, cs: int, hs: int, sets):  # type: ignore[no-untyped-def]
    got = [None] * len(sets)
    i, j = ctx.words.run_of(cs, hs)
    for (s, e, w), (_s, _e, bare) in zip(ctx.words.spans[i:j], ctx.words.bare[i:j], strict=True):
        for k, words in enumerate(sets):
            if w in words or bare in words:
                got[k] = (s, e, w)
    return got


def _old_reply_at(ctx: events._Ctx, he: int, se: int) -> int:
    words = events._place_cues()["reply"]
    i, j = ctx.words.run_of(he, se)
    for s, _e, w in ctx.words.bare[i:j]:
        if w in words:
            return s
    return se


def _old_report_tellers(ctx: events._Ctx, ss: int, hs: int):  # type: ignore[no-untyped-def]
    comps = ctx.lex.roles.get("complementizers", frozenset())
    last = None
    i, j = ctx.words.run_of(ss, hs)
    for (s, _e, w), (_s, _e2, bare) in zip(ctx.words.spans[i:j], ctx.words.bare[i:j], strict=True):
        if w in comps or bare in comps:
            last = s
    if last is None or ctx.doc.mentions_in(last, hs, events.ACTOR_TYPES):
        return []
    return [(m, ent) for m, ent in ctx.doc.mentions_in(ss, last, ("actor",)) if events._is_subject_like(ctx, m, ss)]


def _old_reported_doer(ctx: events._Ctx, pos: int, hs: int) -> bool:
    comps = ctx.lex.roles.get("complementizers", frozenset())
    words = ctx.words.between(pos, hs)
    return len(words) >= 2 and words[-2] in comps and words[-1] in events.cues().unnamed_doers


def _ctx(text: str) -> events._Ctx:
    doc = make_doc(text)
    run(doc)
    ctx = events._Ctx(doc, events.lexicon())
    hits = sorted(events._find_hits(doc, ctx), key=lambda x: x.start)
    events._masdars(ctx, hits)
    ctx.raw_hits = list(hits)
    return ctx


@pytest.mark.parametrize("text", _TEXTS)
def test_role_readers_give_what_the_walks_gave(text: str) -> None:
    ctx = _ctx(text)
    rng = random.Random(12)
    points = sorted({-1, 0, len(text), len(text) + 2, *(rng.randrange(-1, len(text) + 2) for _ in range(30)),
                     *(s for s, _e, _w in ctx.words.spans), *(e for _s, e, _w in ctx.words.spans)})
    frames = tuple(ctx.lex.roles.get(f, frozenset()) for f in ("accuse", "documenting", "foiling", "blame"))
    sets = (*frames, ctx.lex.roles.get("complementizers", frozenset()), events.cues().claim_verbs)
    for a in points:
        for b in points:
            assert events._noun_adjective_subject(ctx, a, b) is _old_noun_subject(ctx, a, b), (a, b)
            assert events._people_adjective_subject(ctx, a, b) is _old_people_subject(ctx, a, b), (a, b)
            assert events._frame_words(ctx, a, b, sets) == _old_frame_words(ctx, a, b, sets), (a, b)
            assert events._reply_at(ctx, a, b) == _old_reply_at(ctx, a, b), (a, b)
            assert events._report_tellers(ctx, a, b) == _old_report_tellers(ctx, a, b), (a, b)
            assert events._reported_doer(ctx, a, b) == _old_reported_doer(ctx, a, b), (a, b)
            assert events._paired_countries(ctx, a, b) == events._paired_countries(ctx, a, b)


def test_the_readers_find_what_they_are_for() -> None:
    ctx = _ctx(_TEXTS[0])
    turkey = events._noun_adjective_subject(ctx, 0, len(_TEXTS[0]))
    assert turkey is not None and turkey.ref and "TUR" in turkey.ref.upper()
    comma = _TEXTS[0].index("،")
    assert events._people_adjective_subject(ctx, comma, len(_TEXTS[0])) is not None
    ctx = _ctx(_TEXTS[1])
    reply = _TEXTS[1].index("ردا")
    assert events._reply_at(ctx, 0, len(_TEXTS[1])) == reply
    assert events._reported_doer(ctx, 0, _TEXTS[1].index("اغتالوا"))


def test_a_long_comma_joined_sentence_asks_each_adjective_once() -> None:
    """A sentence of a thousand comma-joined words: the roles ask for a state adjective about as often as there
    are words, not once for every trigger before every event (some 90,000 asks before this round)."""
    words = ["قصف", "الجيش", "هجوم", "بلدة", "مقتل", "جندي", "في", "حلب", "اعتقال", "مسلحين", "قوات", "النظام",
             "الروسية"]
    text = "، ".join(words[i % len(words)] for i in range(1000)) + "."
    calls = 0
    orig = events._Ctx.side_adjective_after

    def counted(self, *a, **k):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return orig(self, *a, **k)

    events._Ctx.side_adjective_after = counted  # type: ignore[method-assign]
    try:
        rec = analyze(text)
    finally:
        events._Ctx.side_adjective_after = orig  # type: ignore[method-assign]
    assert rec.events
    assert calls < 5000, calls  # 1000 words; the walk asked about 90,000 times
