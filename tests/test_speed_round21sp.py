"""Round 21 (SP), speed: framing's `_Around.fights` read each word's noun forms once per token of the article for
its running count of words of fighting; it now reads them once per word type and process (a bounded memo: articles
repeat في، من، قوات over and over). It must count what the walk it replaced counted; `_old_fighting` is that walk as
it read before this round. The sentences are written for these tests."""

from __future__ import annotations

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
