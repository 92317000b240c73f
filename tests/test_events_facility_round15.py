"""Round 15 (EP2): an event noun in construct after the head of a facility or setting (event_cues
facility_heads) names the place, no happening; an attack verb on such a place still tells the attack."""
from __future__ import annotations

import pytest

from tests.conftest import event_roles

CASES_NO_EVENT = [
    ("تحدث معتقلون سابقون عن ظروف قاسية داخل مراكز الاحتجاز التابعة للأجهزة الأمنية.", "احتجاز"),
    ("وقال التقرير إن الشاب توفي بعد أسابيع في مركز احتجازه شمال البلاد.", "احتجاز"),
    ("وأفاد مراسلون بأن الهدوء يسود خطوط المعارك في أطراف الريف الشرقي.", "معارك"),
    ("ونقل السجين إلى سجن الاعتقال الرئيسي بعد انتهاء التحقيق معه.", "اعتقال"),
]


@pytest.mark.parametrize(("text", "trigger"), CASES_NO_EVENT)
def test_event_noun_after_facility_head_is_no_event(text: str, trigger: str) -> None:
    assert not [r for r in event_roles(text) if trigger in r[0]], event_roles(text)


def test_attack_on_facility_still_told() -> None:
    roles = event_roles("وقصفت الطائرات الحربية مركز الاحتجاز في المدينة صباح اليوم.")
    assert any("قصف" in r[0] for r in roles), roles


def test_noun_joined_by_wa_after_facility_is_still_told() -> None:
    roles = event_roles("وشهد محيط المعسكر وحصولهم على السلاح من المهربين قلقا لدى السكان.")
    assert any("حصول" in r[0] for r in roles), roles
