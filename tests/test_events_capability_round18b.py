"""Round 18b: a word of power, permission or enabling before an attack trigger in its clause tells a capacity,
no deed done (event_cues capability_frame, events.detect._capability_frame: one list for every attack trigger).
Intentions stay expected events (plan_verbs). Sentences written for these tests."""

from __future__ import annotations

import marsad


def _events(text: str) -> list[tuple[str, str, str]]:
    art = marsad.analyze(text, published="2018-05-01")
    return [(e.type, e.trigger.text, e.modality) for e in art.events]


def test_able_to_launch_attacks_is_no_attack() -> None:
    assert _events("وقال الناطق إن الجيش قادر على شن هجمات على مواقع المتمردين في إدلب.") == []


def test_the_capacity_to_target_is_no_attack() -> None:
    assert _events("ويملك الحزب القدرة على استهداف المدن الساحلية بالصواريخ.") == []


def test_powers_and_enabling_are_no_attack() -> None:
    assert _events("منح البرلمان الحكومة صلاحيات بقصف مواقع المسلحين في الموصل.") == []
    assert _events("ساعدت الأسلحة الجديدة على تمكين الفصائل من إطلاق صواريخ على حلب.") == []


def test_a_deed_done_after_the_frame_clause_is_kept() -> None:
    found = _events("الجيش قادر على الصمود، وقد شنت طائراته غارات على مواقع التنظيم في الرقة.")
    assert [t for t, _, _ in found] == ["ATTACK"]


def test_managed_to_tells_the_deed_and_intentions_stay_expected() -> None:
    assert [(t, m) for t, _, m in _events("وتمكنت القوات من استهداف مواقع التنظيم في الرقة.")] == [
        ("ATTACK", "asserted")]
    assert [(t, m) for t, _, m in _events("وتعتزم القوات شن هجوم على مواقع التنظيم في منبج.")] == [
        ("ATTACK", "expected")]
