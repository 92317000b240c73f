"""Round 25 (EW): non-events and triggers from trigger/cue knowledge.

A capture told as a capacity (ما زالوا قادرين على السيطرة على) is no seizure (event_cues capability_frame types
gain SEIZE); a place within range of a side's fire (أصبح تحت مرمى نيران) is not struck (triggers not_events); a
surrender (سلم العشرات منهم أنفسهم لقوات) is a DEFECT, not a hand-over (triggers retype TRANSFER → DEFECT); hosting
or receiving a delegation (استضاف وفدا، استقبل وفد) is a meeting, COORDINATE (triggers conditional)."""

from __future__ import annotations

import pytest

import marsad


def _types(text: str) -> list[str]:
    return [e.type for e in marsad.analyze(text).events]


@pytest.mark.parametrize("text", [
    "وقال القائد إن مقاتلي الجماعة ما زالوا قادرين على السيطرة على مساحات واسعة من الصحراء.",
    "ويرى محللون أن القوات الحكومية تملك القدرة على استعادة البلدة خلال أيام.",
])
def test_a_capture_told_as_a_capacity_is_no_seizure(text: str) -> None:
    assert "SEIZE" not in _types(text)


def test_a_capture_done_stays_a_seizure() -> None:
    assert "SEIZE" in _types("وسيطرت القوات الحكومية صباح الأحد على البلدة بعد معارك مع مقاتلي الجماعة.")


@pytest.mark.parametrize("text", [
    "وأصبح معسكر الجبل تحت مرمى نيران قوات الجيش بعد تقدمها من الجهة الشرقية.",
    "وبات الطريق الدولي تحت مرمى النيران بعد وصول المسلحين إلى التلال المطلة عليه.",
])
def test_a_place_within_range_of_fire_is_not_struck(text: str) -> None:
    assert "ATTACK" not in _types(text)


@pytest.mark.parametrize("text", [
    "وسلم العشرات منهم أنفسهم لقوات الجيش في المديرية بعد حصار دام أياما.",
    "وسلم خمسة عشر مسلحا أنفسهم للقوات الأمنية في القرية.",
])
def test_a_surrender_is_a_defection_not_a_hand_over(text: str) -> None:
    types = _types(text)
    assert "DEFECT" in types and "TRANSFER" not in types


def test_a_prisoner_handed_over_stays_a_transfer() -> None:
    assert "TRANSFER" in _types("وسلمت قوات الحدود المعتقلين الخمسة إلى السلطات العراقية يوم الخميس.")


@pytest.mark.parametrize("text", [
    "واستضاف الرئيس الفرنسي وفدا من قوات سوريا الديمقراطية في باريس لبحث الوضع في الشمال.",
    "واستقبل وزير الخارجية التركي وفد حركة حماس في أنقرة مساء الثلاثاء.",
])
def test_hosting_a_delegation_is_a_meeting(text: str) -> None:
    assert "COORDINATE" in _types(text)


@pytest.mark.parametrize("text", [
    "واستقبلت مستشفيات المدينة عشرات الجرحى بعد قصف قوات النظام للسوق.",
    "واستضافت تركيا ملايين اللاجئين الفارين من المعارك مع تنظيم داعش.",
])
def test_receiving_the_wounded_or_refugees_is_no_meeting(text: str) -> None:
    assert "COORDINATE" not in _types(text)
