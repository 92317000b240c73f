"""Round 20 EP (e): أسر before a people noun stays a capture when the captives are counted after it, named by
a dual, told as an operation or claimed by a verb of announcing (event_cues 214); the families of the same
people (أسر الجنود الذين قتلوا، تعويض أسر الجنود) stay no capture."""

from __future__ import annotations

from tests.conftest import event_types as types


def test_counted_captives_are_a_capture() -> None:
    assert "ARREST" in types("وتبنت الجماعة أسر العسكريين الأربعة قرب المعبر.")
    assert "ARREST" in types("وأسر الجنود 3 من المهاجمين خلال الاشتباك.")


def test_dual_captives_are_a_capture() -> None:
    assert "ARREST" in types("وتمكن المسلحون من أسر الجنديين بعد الاشتباك.")


def test_operation_of_capture_is_a_capture() -> None:
    assert "ARREST" in types("وقال الجيش إن عملية أسر الجنود جرت فجر اليوم.")
    assert "ARREST" in types("وفشلت محاولة أسر الجنود على الحدود الشمالية.")


def test_announced_capture_is_a_capture() -> None:
    assert "ARREST" in types("وأعلنت الحركة أسر الجنود خلال هجوم على موقع عسكري.")


def test_families_of_people_stay_no_capture() -> None:
    assert "ARREST" not in types("وطالبت أسر العسكريين المخطوفين بالإفراج عنهم.")
    assert "ARREST" not in types("وأعلنت الحكومة تعويض أسر الجنود القتلى.")
    assert "ARREST" not in types("وأعلن الرئيس منح أسر الشهداء رواتب شهرية.")
    assert "ARREST" not in types("والتقى الوزير أسر الجنود في المدينة.")


def test_people_expelled_from_a_state_are_no_seizure() -> None:
    text = ("وذكرت الدوحة أن السلطات اتخذت خطوات ضد العمال، منها طردهم من الإمارات، "
            "وإغلاق المجال الجوي والموانئ أمام الطائرات القطرية.")
    assert "SEIZE" not in types(text)


def test_fighters_driven_from_a_town_stay_a_seizure() -> None:
    assert "SEIZE" in types("وطردهم الجيش من المدينة بعد معارك عنيفة مع مسلحي التنظيم.")
