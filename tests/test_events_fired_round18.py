"""Round 18: rockets, shells and missiles fired or falling on a place or party are an attack told by the weapon
(event_cues fired_weapons, events.detect._fired_weapons), kept narrow: a destination with a name or target
word, no interception, no reply frame; the firing lends no doer and keeps apart from the other side's strikes
of its sentence (events.merge._fired_apart). Sentences written for these tests."""

from __future__ import annotations

import marsad
from tests.conftest import event_roles, event_types


def _triggers(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in marsad.analyze(text, published="2018-05-01").events]


def test_rockets_fired_on_a_place_are_an_attack() -> None:
    found = _triggers("أطلقت حركة حماس عشرة صواريخ على مستوطنات جنوب إسرائيل مساء الخميس.")
    assert ("ATTACK", "أطلقت") in found


def test_shells_fired_towards_a_city_with_a_nameless_subject() -> None:
    found = _triggers("وقال مصدر محلي إن مسلحين أطلقوا قذائف هاون باتجاه مدينة حلب.")
    assert ("ATTACK", "أطلقوا") in found


def test_shells_falling_on_a_quarter_and_the_masdar_of_firing() -> None:
    assert ("ATTACK", "سقطت") in _triggers("سقطت ثلاث قذائف على حي الميدان في دمشق.")
    assert ("ATTACK", "إطلاق") in _triggers("وتم إطلاق صاروخين من جنوب لبنان على بلدات في الجليل.")


def test_firing_with_no_destination_is_no_attack() -> None:
    assert event_types("أطلقت كوريا الشمالية صاروخا في تجربة جديدة.") == []
    assert event_types("وقالت الشرطة إن الفصائل أطلقت 20 صاروخا على الأقل.") == []


def test_release_reading_of_the_verb_is_kept() -> None:
    assert event_types("أطلقت السلطات سراح المعتقلين الخمسة أمس.") == ["RELEASE"]


def test_interception_in_the_sentence_leaves_the_firing_out() -> None:
    found = _triggers("أطلق الحوثيون صاروخا باليستيا باتجاه جازان اعترضته الدفاعات الجوية السعودية.")
    assert ("ATTACK", "أطلق") not in found


def test_firing_a_reply_answered_is_no_event_of_its_own() -> None:
    found = _triggers("قصفت الطائرات مواقع في القطاع ردا على إطلاق قذائف من غزة على بلدات إسرائيلية.")
    assert ("ATTACK", "إطلاق") not in found
    found = _triggers("شنت الطائرات غارات ردا على ما قالت إنه إطلاق صواريخ من سوريا على الجولان.")
    assert ("ATTACK", "إطلاق") not in found


def test_launch_pads_are_no_firing() -> None:
    found = _triggers("دمرت الغارات منصات إطلاق صواريخ باتجاه الأراضي السعودية في صعدة.")
    assert ("ATTACK", "إطلاق") not in found


def test_reply_by_firing_is_the_replier_deed() -> None:
    found = _triggers("وردت الفصائل بإطلاق قذائف على مواقع الجيش في المنطقة.")
    assert ("ATTACK", "إطلاق") in found


def test_firing_lends_no_doer_from_the_sentence_before() -> None:
    text = ("قصف الجيش الإسرائيلي مواقع في قطاع غزة صباح الأحد. "
            "وسقطت قذيفة على بلدة سديروت دون وقوع إصابات.")
    fired = [r for r in event_roles(text) if r[0] == "وسقطت" or r[0] == "سقطت"]
    assert fired and fired[0][1] is None


def test_other_side_fire_after_a_contrast_keeps_apart() -> None:
    text = "شنت الطائرات الإسرائيلية عشرين غارة على قطاع غزة، فيما تم إطلاق نحو خمسين صاروخا من القطاع باتجاه إسرائيل."
    found = _triggers(text)
    assert ("ATTACK", "غارة") in found or ("ATTACK", "شنت") in found
    assert ("ATTACK", "إطلاق") in found
