"""Round 18: the masdar تدمير of a military thing or site is an attack (triggers.json conditional دمّر with the
noun تدمير; genitive_patient: what is destroyed is no doer), its owner the target; a power to destroy, the
dismantling of a test or weapons site and the toll of a strike told (أسفرت الغارات عن ... تدمير) are none
(event_cues destruction_unfit, events.detect._unfit_destruction). Sentences written for these tests."""

from __future__ import annotations

import marsad
from tests.conftest import event_types


def _events(text: str) -> list[tuple[str, str, str | None, str | None]]:
    art = marsad.analyze(text, published="2018-05-01")
    names = {e.id: e.name for e in art.entities}
    return [(e.type, e.trigger.text, names.get(e.actor1) if e.actor1 else None,
             names.get(e.actor2) if e.actor2 else None) for e in art.events]


def test_destroying_a_depot_is_an_attack_on_its_owner() -> None:
    found = _events("وتمكنت القوات من تدمير مخزن أسلحة تابع لتنظيم داعش في ريف دير الزور.")
    assert [e[:2] for e in found] == [("ATTACK", "تدمير")]
    assert found[0][3] == "Islamic State (ISIS)"


def test_the_owner_of_a_system_destroyed_is_the_target() -> None:
    found = _events("الأمر الذي استدعى تدمير منظومات دفاع جوي تابعة للجيش السوري.")
    assert found and found[0][1] == "تدمير" and found[0][2] is None and found[0][3] is not None


def test_destruction_joins_the_strike_of_its_sentence() -> None:
    text = "شنت مقاتلات التحالف غارات على مواقع للحوثيين في صرواح ودمرت خلالها آليات قتالية للميليشيات."
    assert event_types(text) == ["ATTACK"]


def test_a_power_to_destroy_is_no_attack() -> None:
    assert event_types("وتقول الشركة إن الصاروخ الجديد قادر على تدمير حاملات الطائرات.") == []
    assert event_types("وطلبت الوزارة صلاحيات جديدة لتدمير طائرات مسيرة تقترب من المطارات.") == []


def test_dismantling_a_test_site_is_no_attack() -> None:
    assert event_types("وبدأت بيونغ يانغ تدمير موقع التجارب النووية في الشمال.") == []


def test_the_toll_of_a_strike_told_makes_no_event_of_its_own() -> None:
    text = ("شنت مقاتلات التحالف غارات على مواقع للحوثيين في صرواح. "
            "وأسفرت الغارات عن مقتل عشرة مسلحين وتدمير آليات عسكرية.")
    assert [t for t, *_ in _events(text)] == ["ATTACK"]
