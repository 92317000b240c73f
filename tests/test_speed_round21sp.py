"""Round 21 (SP), speed: framing's `_Around.fights` read each word's noun forms once per token of the article for
its running count of words of fighting; it now reads them once per word type and process (a bounded memo: articles
repeat في، من، قوات over and over). It must count what the walk it replaced counted; `_old_fighting` is that walk as
it read before this round. The sentences are written for these tests."""

from __future__ import annotations

import bisect

import pytest

from marsad.pipeline import make_doc, run
from marsad.stages import framing

_TEXTS = (
    "شنت القوات الحكومية حملة ضد المسلحين في ريف المدينة السورية، وقالت إن الحملة ضد التنظيم ستستمر حتى طرد "
    "عناصره من القرى الحدودية.",
    "أعلن الجيش العراقي أن قواته انتشرت غربي العاصمة العراقية، فيما قال محمد الساعدي إن المدن السورية القريبة "
    "من الحدود تشهد هدوءا حذرا.",
    "قال أحمد الكبيسي وفاطمة الزهراني وبخالد العمري إن المنطقة شهدت قتالا ضد الميليشيات لمحاربة التهريب في "
    "القرى التركية والبلدات اللبنانية.",
    "هدوء",
    "",
)


def _doc(text: str):  # type: ignore[no-untyped-def]
    doc = make_doc(text)
    run(doc)
    return doc


def _old_fighting(around: framing._Around) -> list[int]:
    against = framing.cues().against
    counts = [0]
    for _ws, _we, w in around.words:
        counts.append(counts[-1] + any(f in against for f in framing._noun_forms(framing._clitic_free(w))))
    return counts


@pytest.mark.parametrize("text", _TEXTS)
def test_fighting_counts_as_the_word_walk(text: str) -> None:
    doc = _doc(text)
    around = framing._Around(doc)
    assert around.fights(0, len(text)) == (_old_fighting(around)[-1] > 0 if framing.cues().against else False)
    if framing.cues().against:
        assert around._fighting == _old_fighting(around)


def test_fighting_reads_each_word_type_once(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _TEXTS[0] + " " + _TEXTS[0]  # every word twice
    doc = _doc(text)
    around = framing._Around(doc)
    seen: list[str] = []
    real = framing._noun_forms

    def counting(word: str) -> list[str]:
        seen.append(word)
        return real(word)

    monkeypatch.setattr(framing, "_noun_forms", counting)
    monkeypatch.setattr(framing, "_FIGHTING", [None, {}])  # nothing read before
    around.fights(0, len(text))
    assert framing.cues().against, "the framing pack lists words of fighting"
    assert len(seen) == len({w for _s, _e, w in around.words}) < len(around.words)
    # a second article with the same words reads none of them again, and counts the same
    again = framing._Around(_doc(text))
    again.fights(0, len(text))
    assert len(seen) == len({w for _s, _e, w in around.words})
    assert again._fighting == around._fighting == _old_fighting(around)


def test_fighting_memo_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(framing, "_FIGHTING", [None, {}])
    monkeypatch.setattr(framing, "_FIGHTING_SIZE", 3)
    for text in _TEXTS:
        around = framing._Around(_doc(text))
        around.fights(0, len(text))
        assert len(framing._FIGHTING[1]) <= 3
        assert around._fighting == _old_fighting(around)


# --- events `_dated_at`: the time subordinators (بعد، عقب) of a whole text were met with one `_in_list` call per
# word; now the text's words are met in C against every form `_in_list` accepts (`_in_list_forms`)

_EVENT_TEXTS = (
    "قصفت الطائرات مواقع المسلحين بعد هجوم على حاجز للجيش، وعقب الغارات انسحب المقاتلون من القرية.",
    "وبعد أن قصفت المدفعية البلدة، فبعد ساعات اندلعت اشتباكات عنيفة عقب تقارير عن قصف جديد.",
    "اعتقلت الشرطة ثلاثة أشخاص في المدينة",
    "بعد",
    "",
)


def _old_dating(ctx) -> list[int]:  # type: ignore[no-untyped-def]
    from marsad.stages.events.context import _in_list
    from marsad.stages.events.lexicon import cues

    subs = cues().time_subordinators
    spans = ctx.words.spans
    hits = ctx.raw_hits
    found = []
    for k, (s, _e, w) in enumerate(spans):
        if not _in_list(w, subs):
            continue
        reach = spans[min(k + 3, len(spans) - 1)][1]
        i = bisect.bisect_left(hits, s + 1, key=lambda x: x.start)
        if i < len(hits) and hits[i].start < reach:
            found.append(s)
    return found


def _event_ctx(text: str):  # type: ignore[no-untyped-def]
    from marsad.stages import events

    got = []
    real = events._Ctx.__init__

    def keep(self, *a, **k):  # type: ignore[no-untyped-def]
        real(self, *a, **k)
        got.append(self)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(events._Ctx, "__init__", keep)
        _doc(text)
    return got[-1] if got else None


@pytest.mark.parametrize("text", _EVENT_TEXTS)
def test_dated_at_finds_what_the_word_walk_found(text: str) -> None:
    from marsad.stages.events import detect

    ctx = _event_ctx(text)
    if ctx is None:
        pytest.skip("no events context for this text")
    ctx.dating = None
    detect._dated_at(ctx, 0, len(text))
    assert ctx.dating == _old_dating(ctx)


def test_dated_at_calls_no_in_list_per_word(monkeypatch: pytest.MonkeyPatch) -> None:
    from marsad.stages.events import detect

    ctx = _event_ctx(_EVENT_TEXTS[0])
    assert ctx is not None
    calls: list[str] = []
    real = detect._in_list

    def counting(w, words):  # type: ignore[no-untyped-def]
        calls.append(w)
        return real(w, words)

    monkeypatch.setattr(detect, "_in_list", counting)
    ctx.dating = None
    detect._dated_at(ctx, 0, len(_EVENT_TEXTS[0]))
    assert calls == []
    assert ctx.dating == _old_dating(ctx) != []


def test_in_list_forms_accepts_what_in_list_accepts() -> None:
    from marsad.stages.events.context import _in_list, _in_list_forms

    words = frozenset({"بعد", "عقب", "فور", "وقف", "ب", "و"})
    forms = _in_list_forms(words)
    probes = {c + w for w in (*words, "قصف", "بع", "") for c in ("", "و", "ف", "وو", "فو")}
    for w in probes:
        assert (w in forms) == _in_list(w, words), w


_CLAIMING = ("قال الجيش إن قواته دمرت مخزنا للأسلحة، وزعم التنظيم وادعى أنه أسقط طائرة مسيرة، "
             "فيما أعلنت الوزارة مقتل جنديين.")


@pytest.mark.parametrize("text", (*_EVENT_TEXTS, _CLAIMING))
def test_claim_verb_words_as_the_word_walk(text: str) -> None:
    from marsad.stages.events.context import _in_list
    from marsad.stages.events.lexicon import cues

    ctx = _event_ctx(text)
    if ctx is None:
        pytest.skip("no events context for this text")
    verbs = cues().claim_verbs
    ctx._claim_verb_words = None
    want = [k for k, (_s, _e, w) in enumerate(ctx.words.spans) if _in_list(w, verbs)]
    assert ctx.claim_verb_words() == want
