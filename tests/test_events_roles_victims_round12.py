"""Round 13 (EV2): a side named only among a count of the dead or hurt (بينهم، من بينهم، منهم) is the target,
never the doer; a count of a state's men after an intransitive verb of deploying is its subject."""

from __future__ import annotations

import pytest

from tests.conftest import event_with


@pytest.mark.parametrize(("text", "trigger", "state"), [
    ("قتل تسعة أشخاص بينهم ثلاثة جنود بريطانيين في هجوم شنه مسلحون قرب كابول.", "هجوم", "uk"),
    ("أسفر الانفجار عند الحاجز عن مقتل ستة أشخاص، من بينهم جنود أمريكيون.", "الانفجار", "usa"),
    ("أدى الكمين في البادية إلى إصابة 15 عنصرا منهم ضباط روس.", "الكمين", "russia"),
])
def test_state_named_among_the_dead_is_the_target(text: str, trigger: str, state: str) -> None:
    _trig, a1, a2 = event_with(text, trigger)
    assert a2 == state and a1 is None


def test_a_named_group_among_the_hurt_is_the_target() -> None:
    _trig, a1, a2 = event_with("أصيب 12 مسلحا في الغارة على مستودع قرب القصير، منهم عناصر من حزب الله.", "الغارة")
    assert (a1, a2) == (None, "hezbollah")


def test_between_them_and_an_army_is_still_a_party() -> None:
    # بينهم وبين: the army is the other side of the clash, not among any dead
    _trig, a1, _a2 = event_with("اندلعت اشتباكات عنيفة بينهم وبين الجيش اللبناني في طرابلس.", "اشتباكات")
    assert a1 == "lebanese-army"


@pytest.mark.parametrize(("text", "state"), [
    ("هاجمت حركة طالبان حاجزا للشرطة. وينتشر نحو 9 آلاف جندي ألماني في البلاد.", "germany"),
    ("هددت أنقرة بدخول تل رفعت. وينتشر قرابة ألفي جندي روسي في المنطقة.", "russia"),
])
def test_counted_soldiers_after_a_verb_of_deploying_are_its_subject(text: str, state: str) -> None:
    _trig, a1, a2 = event_with(text, "ينتشر")
    assert a1 == state and a2 != state
