"""Round 16b (EC): a deed warned of or feared is expected, not done."""

from __future__ import annotations

import marsad


def _mods(text: str, published: str = "2018-03-01") -> list[tuple[str, str, str]]:
    return [(e.type, e.modality, e.trigger.text) for e in marsad.analyze(text, published=published).events]


def test_massacre_warned_of_is_expected() -> None:
    assert ("ATTACK", "expected", "مجزرة") in _mods("وحذر المرصد من وقوع مجزرة في البلدة بعد قصف الطائرات الروسية لها.")


def test_attack_warned_of_with_light_verb_is_expected() -> None:
    mods = _mods("وحذرت موسكو العواصم الغربية من شن عمليات عسكرية ضد دمشق.")
    assert mods and all(m == "expected" for _t, m, _w in mods)


def test_massacre_committed_stays_asserted() -> None:
    assert ("ATTACK", "asserted", "مجزرة") in _mods("ارتكبت قوات النظام مجزرة في البلدة.")


def test_attack_done_after_warning_word_with_other_noun_between_stays() -> None:
    # the attack whose consequences are warned of happened: not expected
    mods = _mods("وحذرت الأمم المتحدة من تداعيات الهجوم الذي شنته الطائرات على المدينة أمس.")
    assert all(m != "expected" for _t, m, _w in mods)


def test_light_verb_far_from_noun_is_no_warned_deed() -> None:
    # the ceasefire is in force; what is warned of is an act that would threaten it
    mods = _mods("وقد حذرت واشنطن دمشق من القيام بأي نشاط يهدد وقف إطلاق النار في الجنوب.")
    assert all(m != "expected" for t, m, _w in mods if t == "COORDINATE")


def test_warned_of_smuggling_with_no_party_is_no_event() -> None:
    # a danger warned of in general: expected, and with no party named it says nothing
    assert [t for t, _m, _w in _mods("وحذر المسؤول من تهريب الأسلحة عبر الحدود.")] == []


def test_feared_attack_and_the_attack_done_stay_two_events() -> None:
    mods = _mods("حذرت تركيا من هجوم قوات النظام السوري على مدينة إدلب. وشنت قوات النظام هجوما على مدينة إدلب أمس.")
    assert ("ATTACK", "expected", "هجوم") in mods
    assert ("ATTACK", "asserted", "هجوما") in mods


def test_feared_battle_does_not_absorb_the_battle_fought() -> None:
    mods = _mods("حذرت تركيا من وقوع معركة بين الجيش السوري وهيئة تحرير الشام في إدلب. "
                 "واندلعت معركة بين الجيش السوري وهيئة تحرير الشام في إدلب أمس.")
    assert [m for t, m, _w in mods if t == "ATTACK"] == ["expected", "asserted"]


def test_massacre_feared_then_committed_keeps_the_committed_one() -> None:
    mods = _mods("حذرت الأمم المتحدة من وقوع مجزرة على يد قوات النظام في الغوطة. "
                 "وارتكبت قوات النظام مجزرة في الغوطة الشرقية اليوم.")
    assert ("ATTACK", "asserted", "مجزرة") in mods


def test_two_expected_tellings_still_merge() -> None:
    mods = _mods("حذرت تركيا من هجوم قوات النظام السوري على مدينة إدلب. وحذرت الأمم المتحدة من هجوم على المدينة.")
    assert [m for t, m, _w in mods if t == "ATTACK"] == ["expected"]
