"""Round 21 (EV4): two merges that took another happening for one told before. _told_again read a clause
naming its parties only as "the two sides" (بين الجانبين) as a retelling even when it calls its round another
(جولة محادثات ثانية); _object_retold read «اعتقال القيادي الآخر» as the one arrested before, though an
apart-word right after the trigger's object (event_cues another_words, retold_apart_words) names another one."""
from __future__ import annotations

import marsad


def _triggers(text: str, kind: str) -> list[str]:
    art = marsad.analyze(text)
    return [text[ev.trigger.start:ev.trigger.end] for ev in art.events if ev.type == kind]


def test_a_second_round_between_the_two_sides_is_another_meeting() -> None:
    got = _triggers("عقد وفد من فصائل المعارضة اجتماعا مع ضباط روس في بلدة بصرى الشام.\n"
                    "وقال المتحدث باسم الفصائل إن المحادثات كانت صعبة، ومن المقرر أن تجري جولة محادثات ثانية"
                    " بين الجانبين غدا.", "COORDINATE")
    assert len(got) == 2


def test_talks_between_the_two_sides_told_again_stay_one() -> None:
    # guard: "the two sides" with no word of another round is the meeting told before
    got = _triggers("عقد وفد من فصائل المعارضة اجتماعا مع ضباط روس في بلدة بصرى الشام.\n"
                    "وقال المتحدث باسم الفصائل إن المحادثات بين الجانبين تناولت وقف إطلاق النار.", "COORDINATE")
    assert len(got) == 1


def test_the_other_leader_arrested_is_another_arrest() -> None:
    got = _triggers("أعلنت الشرطة العراقية اعتقال قيادي في تنظيم داعش في مدينة الموصل.\n"
                    "وبعد ساعات أعلنت الشرطة اعتقال القيادي الآخر في المدينة.", "ARREST")
    assert len(got) == 2


def test_the_other_journalist_abducted_is_another_abduction() -> None:
    got = _triggers("أقدم مسلحون على اختطاف صحفي في مدينة الموصل.\n"
                    "وبعد يومين أقدم مسلحون على اختطاف الصحفي الآخر في المدينة.", "ARREST")
    assert len(got) == 2


def test_the_same_journalist_told_again_with_another_hurt_stays_one() -> None:
    # guard: a conjoined «وإصابة آخر» counts another hurt in the same deed, not another abduction
    got = _triggers("أقدم مسلحون على اختطاف صحفي في مدينة الموصل.\n"
                    "وقالت مصادر محلية إن المسلحين أقدموا على اختطاف الصحفي وإصابة آخر في المدينة.", "ARREST")
    assert len(got) == 1
