"""Round 18 (final): the participle قاتل/قاتلا ("deadly", "a killer") after its indefinite noun is no fight."""
from __future__ import annotations

import pytest

from tests.conftest import event_types


@pytest.mark.parametrize("text", [
    "خلفت عقود من التعدين في الإقليم إرثا قاتلا من التلوث.",
    "توفي الشاعر بعد صراع طويل مع مرض قاتل في مستشفى العاصمة.",
    "قال الوزير إن الحكومة ارتكبت خطأ قاتلا بتأجيل الانتخابات.",
    "حسم المنتخب المباراة بهدف قاتل في الدقيقة الأخيرة.",
    "حذرت السلطات من غاز سام قد يكون قاتلا للسكان.",
])
def test_adjective_after_its_noun_is_no_fight(text: str) -> None:
    assert "ATTACK" not in event_types(text)


@pytest.mark.parametrize("text", [
    "قاتل مسلحو التنظيم قوات الجيش في ريف حلب الشمالي.",
    "وكان الحزب قد قاتل الجيش التركي في جنوب شرق البلاد.",
    "وفي الأسبوع الماضي قاتل مسلحو التنظيم قوات الجيش في حلب.",
    "قال الرئيس إن جيشنا قاتل الغزاة في الجنوب.",
])
def test_the_verb_still_fights(text: str) -> None:
    assert "ATTACK" in event_types(text)
