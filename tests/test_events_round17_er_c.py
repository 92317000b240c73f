"""Round 17 (ER, last follow-up): the conditional دمّر (ATTACK only with a struck thing after it) meets the
dual of a vehicle or weapon it lists as singular and plural (دبابتين، مدرعتين، آليتين): a count of two is
written as a dual, so the plural-only list left the destruction of two tanks with no event."""
from __future__ import annotations

import pytest

from tests.conftest import event_roles


@pytest.mark.parametrize("text", [
    "ودمرت المدفعية دبابتين للمسلحين قرب الجسر الشمالي.",
    "وقال المتحدث إن الطائرات دمرت مدرعتين على الطريق الدولي.",
    "ودمر الجيش آليتين للتنظيم في الريف الشرقي للمحافظة.",
    "كما دمرت القوات منصتين لإطلاق الصواريخ جنوب البلدة.",
])
def test_destroyed_dual_is_an_attack(text: str) -> None:
    assert [t for t, _a1, _a2 in event_roles(text)], text


@pytest.mark.parametrize("text", [
    "ودمرت المقاتلات دبابتين للحوثيين على أطراف المدينة.",
    "واستهدفت الغارات مدرعتين للحوثيين في الصحراء.",
])
def test_owner_of_two_struck_vehicles_is_the_target(text: str) -> None:
    roles = event_roles(text)
    assert roles and all(a1 != "houthis" for _t, a1, _a2 in roles), roles
    assert any(a2 == "houthis" for _t, _a1, a2 in roles), roles


@pytest.mark.parametrize(("text", "doer"), [
    ("وقال الحوثيون إن مركبات للجيش اليمني قصفت قرية في مديرية حرض.", "yemen-army"),
    ("وقالت قسد إن طائرات للجيش التركي قصفت قرى في ريف الحسكة.", "turkish-army"),
    ("وأفادت المعارضة بأن مدرعات عسكرية للنظام السوري اقتحمت البلدة صباح اليوم.", "syr-gov-assad"),
])
def test_owner_of_a_subject_vehicle_is_the_doer(text: str, doer: str) -> None:
    roles = event_roles(text)
    assert roles and all(a1 == doer and a2 != doer for _t, a1, a2 in roles), roles
