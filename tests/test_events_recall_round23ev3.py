"""Round 23 (EV3): two kinds of deed the triggers pack missed (triggers 89): a general call to arms is a
mobilisation (DEPLOY: النفير العام، التعبئة العامة), and the evacuation or removal of fighters under a deal is
a transfer of people (TRANSFER: إجلاء المقاتلين، خروج مسلحي، نقل مقاتلي)."""

from __future__ import annotations

import pytest

import marsad


def _types(text: str) -> list[str]:
    return [e.type for e in marsad.analyze(text).events]


@pytest.mark.parametrize("text", [
    "وأعلنت فصائل المعارضة في ريف درعا النفير العام في صفوف مقاتليها بعد هجوم مسلحي التنظيم على قراها.",
    "وأعلن قائد الفصيل حالة النفير في كل المناطق الخاضعة لسيطرته استعدادا للمعركة.",
    "وقرر المجلس العسكري للمدينة التعبئة العامة لصد تقدم المتمردين نحو الأحياء الشرقية.",
])
def test_a_call_to_arms_is_a_deployment(text: str) -> None:
    assert "DEPLOY" in _types(text)


@pytest.mark.parametrize("text", [
    "وبدأت صباح الاثنين عملية إجلاء المقاتلين المعارضين وعائلاتهم من بلدة الرستن نحو الشمال.",
    "ونص الاتفاق على خروج مسلحي التنظيم من الحي الجنوبي إلى البادية خلال يومين.",
    "وأكد مصدر محلي نقل مقاتلي الفصائل بالحافلات من البلدة إلى مدينة جرابلس.",
])
def test_fighters_moved_out_are_a_transfer(text: str) -> None:
    assert "TRANSFER" in _types(text)


def test_civilians_leaving_are_no_transfer() -> None:
    # the rule names fighters and gunmen: people fleeing a town are no transfer of anyone
    text = "وخرج آلاف المدنيين من البلدة هربا من القصف العنيف خلال الليل."
    assert "TRANSFER" not in _types(text)
