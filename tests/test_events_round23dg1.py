"""Round 23 (DG1): a deed told with a word of repetition (مرارا، مرات عدة) is a series in general,
background to the news, no one event (event_cues habitual, events.detect._habitual)."""

from __future__ import annotations

import pytest

import marsad


def _types(text: str) -> list[str]:
    return [e.type for e in marsad.analyze(text).events]


@pytest.mark.parametrize("text", [
    "ومنذ اندلاع الحرب قبل سنوات، قصفت الطائرات التركية مرارا مواقع للمقاتلين الأكراد في جبال قنديل.",
    "وشنت الطائرات الأمريكية مرارا غارات على معاقل حركة الشباب في جنوب الصومال.",
    "واستهدفت المدفعية مرات عدة مخازن للسلاح قرب مطار حلب الدولي.",
    "وتقصف قوات النظام، مراراً، الأحياء السكنية في ريف إدلب.",
])
def test_a_repeated_deed_told_in_general_is_no_event(text: str) -> None:
    assert "ATTACK" not in _types(text)


@pytest.mark.parametrize("text", [
    "وقصفت الطائرات التركية صباح الأحد مواقع للمقاتلين الأكراد في جبال قنديل.",
    "وشنت الطائرات الأمريكية غارات على معاقل حركة الشباب في جنوب الصومال أمس.",
])
def test_a_single_deed_stays(text: str) -> None:
    assert "ATTACK" in _types(text)


def test_a_repeated_threat_is_left_to_the_threat_rules() -> None:
    # هددت مرارا: a stance said again is still said, the habitual rule leaves THREATEN alone
    text = "وهددت أنقرة مرارا بشن عملية عسكرية جديدة ضد وحدات حماية الشعب الكردية في منبج."
    assert "THREATEN" in _types(text)
