"""Round 18, events roles, through the whole pipeline, hand-written sentences: a past قتل followed by an
indefinite people noun or a nisba of a people and then a word of cause (برصاص، بنيران، على يد) is a passive
killing, whose doer is the owner of the fire and never its object."""

from __future__ import annotations

from tests.conftest import event_parties, event_with


def test_a_dual_nisba_before_the_fire_is_the_killed() -> None:
    _t, a1, a2 = event_with("قتل لبنانيان برصاص الجيش الإسرائيلي قرب الحدود الجنوبية.", "قتل")
    assert a1 == "idf"
    assert a2 is None or "israel" not in a2


def test_a_people_noun_and_its_nisba_before_an_agent_marker() -> None:
    parties = event_parties("قتل متظاهرون عراقيون على يد قوات الأمن العراقية في البصرة أمس.")
    assert parties and parties[0][1] == "Iraqi Security Forces"
    assert parties[0][2] is None


def test_a_plural_nation_adjective_names_no_government_as_victim() -> None:
    # سوريون are people of Syria, not its government: the government shot them, it is no victim
    parties = event_parties("قتل سوريون برصاص قوات النظام في ريف درعا.")
    assert parties and parties[0][1] == "Syrian government (Assad era)"
    assert parties[0][2] != "Syrian government (Assad era)"


def test_a_definite_subject_keeps_the_verb_active() -> None:
    _t, a1, _a2 = event_with("قتل الجيش الإسرائيلي فلسطينيين في غزة يوم الجمعة.", "قتل")
    assert a1 == "idf"


# backing words: the participles of إسناد and دعما name a backer or the backed, never the target


def test_the_coalition_backing_the_army_is_no_target_of_the_battle() -> None:
    parties = event_parties("ودارت معارك عنيفة بين قوات الجيش اليمني المسنودة بطيران التحالف العربي "
                            "وميليشيا الحوثي في مديرية حيس.")
    assert parties == [("ATTACK", "Yemeni army (government forces)", "Houthis (Ansar Allah)")]


def test_the_side_fought_for_is_no_target() -> None:
    parties = event_parties("وشارك حزب الله في القتال دعما لقوات النظام السوري في ريف حلب.")
    assert parties and parties[0][1] == "Hezbollah"
    assert parties[0][2] != "Syrian government (Assad era)"


# إلى جانب after a fight: a partner, never the target


def test_the_side_fought_beside_is_no_target() -> None:
    parties = event_parties("وقاتل عناصر حزب الله إلى جانب قوات النظام السوري في ريف حلب الجنوبي.")
    assert parties and parties[0][1] == "Hezbollah"
    assert parties[0][2] != "Syrian government (Assad era)"
