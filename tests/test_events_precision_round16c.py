"""Round 16, second follow-up: the coalition as a backer under من/ب, and police-only articles kept civil."""
from __future__ import annotations

import pytest

from tests.conftest import event_roles


@pytest.mark.parametrize("text", [
    "استعادت قوات عراقية مدعومة من تحالف تقوده الولايات المتحدة مدينة الموصل.",
    "تقدمت فصائل المعارضة بدعم من تحالف عربي نحو المدينة.",
    "قاتلت الميليشيات مدعومة بتحالف إقليمي في المدينة.",
])
def test_a_coalition_backing_a_force_makes_no_pact(text: str) -> None:
    assert not [r for r in event_roles(text) if "تحالف" in r[0]]


def test_a_pact_with_the_coalition_stays() -> None:
    assert [r[0] for r in event_roles("وقعت الفصائل اتفاقا مع التحالف الدولي في عمان.")] == ["اتفاقا"]


def test_a_gunman_fleeing_the_police_is_no_defection() -> None:
    # ontology.md: DEFECT is "defection, desertion, flight of members or officials to another side"
    text = "داهمت الشرطة الفرنسية منزلا في مدينة ليون. وقال شهود إن رجلا أطلق النار على المارة ثم فر من المكان."
    assert not [r for r in event_roles(text) if "فر" in r[0]]


def test_a_flight_from_the_army_stays_a_defection() -> None:
    text = "قصفت القوات الحكومية مواقع المعارضة في ريف حماة. وقال شهود إن عشرات العناصر فروا من مواقعهم."
    assert [r for r in event_roles(text) if "فروا" in r[0]]


@pytest.mark.parametrize("text", [
    "وقال الوزير إن الميليشيات تستهدف استقرار المنطقة.",
    "وتعهدت الحكومة بالتصدي لأي محاولات تستهدف استقرار البلاد.",
    "وأدرجت الدول الأعضاء في مركز استهداف تمويل الإرهاب عشرة أشخاص على قوائم العقوبات.",
])
def test_targeting_security_or_funding_is_no_attack(text: str) -> None:
    assert not [r for r in event_roles(text) if "ستهدف" in r[0]]


def test_the_security_forces_attacking_stays() -> None:
    assert [r[0] for r in event_roles("هاجم الأمن المتظاهرين بقنابل الغاز في العاصمة.")] == ["هاجم"]
    assert [r[0] for r in event_roles("واعتقلت قوات أمن ثلاثة مشتبه بهم في العاصمة.")] == ["اعتقلت"]
