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


@pytest.mark.parametrize("text", [
    "قال إن أي وجود مستقل يهدد شرعية الدولة.",
    "حذر من مواجهة قد تهدد سيطرة الرئيس على السلطة.",
    "اتهم الوزير قطر بتهديد استقرار الخليج ودول عربية أخرى.",
    "وندد البيان بتهديد حياة الركاب في المطار.",
])
def test_endangered_thing_no_threat(text: str) -> None:
    types = event_types(text)
    assert "THREATEN" not in types and "SEIZE" not in types


@pytest.mark.parametrize("text", [
    "وهدد الجيش باقتحام المدينة إذا لم ينسحب المسلحون.",
    "أدان المجلس تهديد الميليشيا بقصف المطار خلال ساعات.",
])
def test_threat_of_a_deed_stays(text: str) -> None:
    assert "THREATEN" in event_types(text)


@pytest.mark.parametrize("text", [
    "قتل ثلاثة جنود في هجوم على حاجز للجيش. وقال الوزير إن أسباب الأزمة كثيرة وهي انتشار وتفشي الفساد.",
    "قصفت الطائرات مواقع للمسلحين في الشمال. وتتركز مناطق انتشار المسلحين في الجبال الوعرة.",
])
def test_spread_of_things_or_areas_no_deploy(text: str) -> None:
    assert "DEPLOY" not in event_types(text)


@pytest.mark.parametrize("text", [
    "قتل جندي في اشتباك مع مسلحين. وأكد الوزير ضرورة استعادة جهود الحل السياسي في البلاد.",
    "اعتقلت الشرطة عشرة أشخاص. وكان الهدف من الحملة طرد أي شخص يشتبه بصلته بالانقلاب من الجيش.",
])
def test_retaken_things_and_dismissed_people_no_seize(text: str) -> None:
    assert "SEIZE" not in event_types(text)


@pytest.mark.parametrize("text", [
    "سيطرت قوات الجيش على بلدتين بعد معارك عنيفة مع التنظيم.",
    "استعادت القوات السيطرة على البلدة بعد معارك.",
    "تمكن الجيش من استعادة المدينة من التنظيم.",
])
def test_ground_taken_stays_seize(text: str) -> None:
    assert "SEIZE" in event_types(text)


def test_deployment_of_forces_stays() -> None:
    assert "DEPLOY" in event_types("انتشرت قوات الأمن في شوارع العاصمة بعد الهجوم.")
