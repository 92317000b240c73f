"""Round 18 (last): a war's toll told without منذ, with the war itself as the doer (events.merge._war_subject)."""
from __future__ import annotations

import pytest

from tests.conftest import event_types


@pytest.mark.parametrize("text", [
    "وقد أدت الحرب في ليبيا حتى اليوم إلى قتل أكثر من ألفي شخص، وفق تقديرات المنظمات الإغاثية.",
    "وأدى النزاع في السودان إلى قتل عشرات الآلاف من المدنيين.",
    "وقتلت الحرب في العراق مئات الآلاف من المدنيين.",
    "تشهد البلاد الحرب الأهلية التي أدت إلى قتل مئات الآلاف وتهجير الملايين.",
])
def test_war_as_doer_is_a_toll(text: str) -> None:
    assert "ATTACK" not in event_types(text)


@pytest.mark.parametrize("text", [
    "وأدت الاشتباكات إلى قتل ثلاثة مقاتلين في ريف درعا.",
    "وأسفر القصف خلال الحرب عن قتل أربعة مدنيين في إدلب.",
    "قتل الجيش ستة مسلحين في الحرب على الإرهاب.",
])
def test_war_under_a_preposition_or_another_doer_stays(text: str) -> None:
    assert "ATTACK" in event_types(text)
