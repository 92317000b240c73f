"""Round 23 (EV3): a general call to arms is a mobilisation (triggers 89, DEPLOY nouns: النفير العام، حالة النفير،
التعبئة العامة), which the triggers pack missed when the call is a noun after its verb's subject."""

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
