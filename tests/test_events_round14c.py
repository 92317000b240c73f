"""Round 14c, precision: the dawn word after a preposition of time or before a figure, or as an adverb, is no
bombing; progress is a capture only when an armed actor or a force noun makes it."""

from __future__ import annotations

import marsad


def types(text: str) -> list[str]:
    return [e.type for e in marsad.analyze(text, published="2019-07-28").events]


def test_dawn_after_preposition_is_time() -> None:
    assert types("تظاهر مئات الأشخاص حتى فجر السبت أمام مبنى البرلمان.") == []
    assert types("وبدأ الإضراب العام عند فجر الخميس في المدينة.") == []


def test_dawn_before_figure_is_time() -> None:
    assert types("وأدى استسلام هؤلاء الضباط فجر 16 يوليو إلى فشل المحاولة.") == []


def test_dawn_adverb_bare_alif() -> None:
    assert types("وصل الوفد الساعة الرابعة فجرا إلى المطار.") == []


def test_dawn_verb_still_bombing() -> None:
    assert types("فجر انتحاري نفسه في سوق شعبي ببغداد.") == ["ATTACK"]


def test_candidate_progress_no_capture() -> None:
    assert "SEIZE" not in types("وقال المراقبون إن رجب طيب أردوغان أحرز تقدما واضحا في فرز الأصوات.")


def test_army_progress_is_capture() -> None:
    assert "SEIZE" in types("أحرز الجيش السوري تقدما كبيرا في ريف إدلب.")
