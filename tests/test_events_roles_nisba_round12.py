"""Round 12 (EV2): soldiers named by their state's nisba in the dual or plural after a verb of dying are the
side struck (actor2), as a singular one already was."""

from __future__ import annotations

import pytest

from tests.conftest import event_with


@pytest.mark.parametrize(("text", "trigger", "state"), [
    ("قتل جنود روس في انفجار عبوة قرب مطار الطبقة.", "قتل", "russia"),
    ("قتل جنديان تركيان بانفجار لغم في ريف عفرين.", "قتل", "turkey"),
    ("قتل جنود أمريكيون في هجوم على قاعدة عين الأسد.", "قتل", "usa"),
])
def test_dead_soldiers_by_plural_or_dual_nisba_are_the_target(text: str, trigger: str, state: str) -> None:
    _trig, a1, a2 = event_with(text, trigger)
    assert a2 == state and a1 != state


def test_doer_of_the_strike_stays_with_plural_dead() -> None:
    _trig, a1, a2 = event_with("قتل جنود روس في غارة إسرائيلية على مستودع قرب حمص.", "قتل")
    assert (a1, a2) == ("israel", "russia")


def test_dual_soldiers_of_a_named_ministry_are_its_side_not_a_second_party() -> None:
    # the article names the state's ministry only: its dead men are that body's side, not a bare state beside it
    text = "أعلنت وزارة الدفاع التركية مقتل جنديين تركيين جراء هجوم بقذائف الهاون على نقطة حدودية."
    assert event_with(text, "هجوم")[1:] == (None, "turkey-mod")
