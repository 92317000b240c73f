"""Round 20 EP (b): a government shutting outlets (أغلقت السلطات وسائل الإعلام، إغلاق شبكة الجزيرة) is no
deployment, and a danger to freedoms (تهديد الحريات) no threat made (event_cues 200). Roads closed by troops
stay."""

from __future__ import annotations

from tests.conftest import event_types as types


def test_outlets_shut_are_no_deployment() -> None:
    assert "DEPLOY" not in types("إذ أغلقت الحكومة العشرات من وسائل الإعلام بتهمة دعم الانقلابيين.")


def test_road_closed_by_troops_stays() -> None:
    assert "DEPLOY" in types("وأغلق الجيش الطريق الدولي بين المدينتين بعد الهجوم.")


def test_danger_to_freedoms_is_no_threat() -> None:
    assert "THREATEN" not in types("وأشار التقرير إلى تهديد الحريات الفردية في البلاد.")
