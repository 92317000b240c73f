"""Round 18b: missiles a state's air defence confronted or brought down, named by their launcher's nisba, are the
incoming strike: an ATTACK whose doer is the missiles' state and whose target the defended side."""

from __future__ import annotations

from tests.conftest import event_parties


def test_confronted_missiles_with_a_state_nisba_are_its_attack() -> None:
    # تصدى was a foiling verb but no intercept verb, and missiles counted only with «أطلقها X» after them
    got = event_parties("تصدت الدفاعات الجوية السورية ليلة أمس لصواريخ إسرائيلية وأسقطت معظمها قرب مطار دمشق.")
    assert [(t, a1) for t, a1, _a2 in got] == [("ATTACK", "Israel")]


def test_intercepted_missiles_with_a_plural_nisba() -> None:
    got = event_parties("اعترض الجيش السوري صواريخ إيرانية فوق ريف حمص الشرقي صباح الاثنين.")
    assert [(t, a1) for t, a1, _a2 in got] == [("ATTACK", "Iran")]


def test_missiles_with_a_makers_nisba_only_stay_out() -> None:
    # إيرانية الصنع tells who made them, not who fired them: no launcher, mostly a strike told already
    assert event_parties("تصدت الدفاعات الجوية لصواريخ إيرانية الصنع فوق مدينة نجران.") == []


def test_missiles_with_no_launcher_stay_out() -> None:
    assert event_parties("تصدت الدفاعات الجوية لصواريخ فوق مدينة نجران مساء الأحد.") == []


def test_a_defence_able_to_confront_missiles_is_no_event() -> None:
    assert event_parties("قال الوزير إن المنظومة الجديدة قادرة على التصدي لصواريخ روسية بعيدة المدى.") == []
