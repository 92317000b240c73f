"""Round 20 EP (x): a state's frontier (airspace, ports, airports, borders) closed before someone (أمام، في وجه)
is a sanction or an entry policy, no deployment (event_cues 217, events.detect._closed_to_outsiders); a crossing,
a road or a city's entrances closed by forces stay deployments."""

from __future__ import annotations

import pytest

from tests.conftest import cue_words_without, events_module
from tests.conftest import event_types as types


def test_airspace_and_ports_closed_before_a_state_are_no_deployment() -> None:
    assert "DEPLOY" not in types("وشملت العقوبات إغلاق المجال الجوي والموانئ البحرية أمام السفن الإيرانية.")
    assert "DEPLOY" not in types("وطالبت الدول المقاطعة بمواصلة إغلاق الأجواء أمام الطائرات القطرية.")


def test_ports_closed_in_the_face_of_ships_are_no_deployment() -> None:
    assert "DEPLOY" not in types("وشملت العقوبات إغلاق المطارات في وجه الطائرات الروسية.")
    assert "DEPLOY" not in types("وأعلن الجيش إغلاق الموانئ في وجه السفن الإيرانية.")


def test_crossings_roads_and_entrances_closed_stay_deployments() -> None:
    assert "DEPLOY" in types("وأعلن الجيش إغلاق معبر كرم أبو سالم أمام البضائع.")
    assert "DEPLOY" in types("وأعلنت الشرطة إغلاق الطرق المؤدية إلى الساحة أمام السيارات.")
    assert "DEPLOY" in types("وأعلنت القوات إغلاق مداخل المدينة ونشر الحواجز.")
    assert "DEPLOY" in types("وأعلن الجيش إغلاق الحدود مع بدء العملية العسكرية.")


def test_the_frontier_list_carries_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(events_module("detect"), "_cue_words", cue_words_without("closed_frontiers"))
    assert "DEPLOY" in types("وشملت العقوبات إغلاق المجال الجوي والموانئ البحرية أمام السفن الإيرانية.")
