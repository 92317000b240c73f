"""Round 15b, event roles: the two sides a clash noun's بين names later in its sentence, and the deed noun a
relative light verb of doing carries with its doer named after it."""

from tests.conftest import event_roles, event_with


def test_between_pair_past_a_comma_gives_both_sides() -> None:
    # the pair of بين stands after a comma and a place: both sides, in their order
    assert event_with("وتدور معارك ضارية في ريف مدينة الرقة، بين قوات سوريا الديمقراطية وتنظيم داعش.",
                      "معارك")[1:] == ("sdf", "isis")


def test_between_pair_after_a_time_and_min_jiha() -> None:
    got = event_with("واندلعت مواجهات عنيفة، مساء الخميس، بين تنظيم داعش من جهة وقوات سوريا الديمقراطية من جهة "
                     "أخرى.", "مواجهات")
    assert got[1:] == ("isis", "sdf")


def test_between_pair_keeps_the_second_after_wa_bayna_past_a_backer() -> None:
    # the backer's conjunct (بقيادة السعودية والإمارات) is no side; the side stands after وبين
    got = event_with("وتصاعد القتال في اليمن بين الجيش اليمني المدعوم من التحالف بقيادة السعودية والإمارات، "
                     "وبين جماعة الحوثي.", "القتال")
    assert got[2] == "houthis"


def test_between_after_a_border_noun_is_no_pair_of_sides() -> None:
    # الحدود بين X و Y: the pair is the border's, not the clash's sides
    for ev in event_roles("واندلعت اشتباكات عنيفة قرب الحدود بين تركيا وسوريا."):
        assert ev[1:] != ("turkey", "syria")


def test_relative_light_verb_makes_an_armed_operation_noun_an_attack() -> None:
    assert event_with("وقال الوزير إن العملية العسكرية التي تنفذها تركيا في شمال العراق ستستمر.",
                      "العملية")[1] == "turkey"


def test_relative_deed_needs_an_armed_adjective_and_a_named_party() -> None:
    # a bare العمليات (rescue, relief) and an operation whose doer goes unnamed make no attack
    assert not event_roles("وأشاد المسؤول بالعمليات التي يقوم بها خفر السواحل في البحر.")
    assert not [ev for ev in event_roles("وتتواصل العمليات العسكرية التي ينفذها لطرد المسلحين من المنطقة.")
                if "العمليات" in ev[0]]
