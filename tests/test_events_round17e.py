"""Round 17e (events precision): a lone light verb (شن) whose event noun, behind a long subject past the light
window, is covered by a not_events phrase (هجوما حادا) gives no ATTACK by its default type; a ministry or office
as the doer of an attack verb (هاجمت وزارة الخارجية، هاجم مكتب رئيس الوزراء) attacks in words unless its object
is an armed party or a place, or the office commands forces (وزارة الداخلية، الدفاع)."""

from __future__ import annotations

import pytest

from tests.conftest import event_types


@pytest.mark.parametrize("text", [
    "وشن المتحدث باسم الحزب الحاكم في تصريح لقناة محلية مساء أمس هجوما حادا على خصومه.",
    "وشنت عضوة لجنة الشؤون الخارجية في مجلس الشيوخ خلال الجلسة المطولة أمس هجوما حادا على الحكومة.",
])
def test_light_verb_whose_far_noun_is_masked_gives_no_attack(text: str) -> None:
    assert "ATTACK" not in event_types(text), event_types(text)


@pytest.mark.parametrize("text", [
    "هاجمت وزارة الخارجية التركية الرئيس الفرنسي إيمانويل ماكرون.",
    "وهاجمت الرئاسة المصرية منظمة هيومن رايتس ووتش بسبب تقريرها.",
    "وهاجم مكتب رئيس الوزراء الإسرائيلي زعيم حزب العمل بسبب موقفه.",
    "وهاجمت وزارة الخارجية القطرية الحكومة السعودية.",
])
def test_office_attacking_is_an_attack_in_words(text: str) -> None:
    assert "ATTACK" not in event_types(text), event_types(text)


@pytest.mark.parametrize("text", [
    # an armed doer, an armed target, a ministry of forces, or a long subject before a real attack noun
    "وهاجم مسلحون مكتب الرئيس في المدينة.",
    "وهاجمت وزارة الداخلية مقرا لتنظيم داعش في المدينة.",
    "وهاجمت وزارة الداخلية المتظاهرين في الساحة.",
    "وشنت القوات الحكومية في ريف المحافظة الشمالي مساء أمس الأحد هجوما واسعا على مواقع المسلحين.",
])
def test_armed_attacks_stay(text: str) -> None:
    assert "ATTACK" in event_types(text), event_types(text)
