"""Round 20b, events detection: أسر before a definite plural of people is families; the ARREST retype of ضبط
reads the object noun phrase."""
from __future__ import annotations

import pytest

from tests.conftest import event_types


@pytest.mark.parametrize("text", [
    "نظمت أسر المغتربين وقفة أمام مبنى الوزارة للمطالبة بحقوقهم.",
    "تلقت أسر الجنود تعويضات مالية من الحكومة الشهر الماضي.",
    "زار المحافظ أسر السوريين العائدين إلى البلدة.",
    "وأسر الصيادين تنتظر عودتهم منذ أسبوع دون أخبار.",
    "اجتمع الوزير مع أسر النشطاء الذين اختفوا العام الماضي.",
])
def test_families_of_people_no_capture(text: str) -> None:
    assert "ARREST" not in event_types(text)


@pytest.mark.parametrize("text", [
    "تمكنت قوات المقاومة من أسر العشرات من مسلحي الميليشيات قرب الجبهة.",
    "وتمكن الجيش من أسر عناصر من التنظيم خلال المعارك.",
    "أعلنت الحركة أسر الحوثيين الثلاثة قرب الحدود.",
])
def test_capture_with_captives_stays(text: str) -> None:
    assert "ARREST" in event_types(text)


@pytest.mark.parametrize("text", [
    "شنت الشرطة حملة واسعة لضبط المسؤولين عن سرقة المصرف.",
    "تمكنت الأجهزة الأمنية من ضبط عدد من المطلوبين في الحي.",
    "ضبطت الشرطة شخصا يحمل عبوة قرب السوق.",
])
def test_seizing_people_is_arrest(text: str) -> None:
    types = event_types(text)
    assert "ARREST" in types and "SEIZE" not in types


@pytest.mark.parametrize("text", [
    "ضبطت قوات الأمن كمية من الأسلحة بحوزة المتهمين في المنزل.",
    "ضبطت الشرطة شحنة مخدرات مع عدد من المهربين عند المعبر.",
])
def test_seized_goods_near_people_stay_seize(text: str) -> None:
    types = event_types(text)
    assert "SEIZE" in types and "ARREST" not in types
