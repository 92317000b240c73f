"""Round 11, second pass, event roles: an announcer's own losses (its soldiers killed in an attack) make it the
attack's target, never its doer; campaigns name their target after ضد/على/من."""

from __future__ import annotations

import pytest

from tests.conftest import event_with

# --- an announcer's own losses ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text, army", [
    ("أعلن الجيش الباكستاني مقتل جندي في هجوم على نقطة تفتيش قرب الحدود.", "pakistan-army"),
    ("أعلن الجيش الأمريكي إصابة جنديين في هجوم صاروخي على قاعدة جوية غرب البلاد.", "us-forces"),
    ("أعلن الجيش التركي أمس مقتل جندي آخر في هجوم على موقع حدودي.", "turkish-army"),
    ("أعلن الجيش الإسرائيلي مقتل ثلاثة جنود في هجوم شنه مسلحون قرب نابلس.", "idf"),
])
def test_bare_soldiers_killed_are_the_announcing_army_s_losses(text: str, army: str) -> None:
    # «مقتل جندي» with no party after it, announced by an army: its own man was killed, the army did not attack
    assert event_with(text, "هجوم")[1:] == (None, army)


def test_a_doer_named_in_the_clause_still_stands_against_the_announcer() -> None:
    text = "أعلن الجيش الإسرائيلي مقتل جندي في هجوم شنته حركة حماس قرب الحدود."
    assert event_with(text, "هجوم")[1:] == ("hamas", "idf")


def test_soldiers_named_by_their_state_adjective_are_that_side() -> None:
    text = "أعلنت وزارة الدفاع الروسية مقتل خمسة جنود روس جراء هجوم بطائرات مسيرة في مقاطعة بيلغورود."
    assert event_with(text, "هجوم")[1:] == (None, "russia-mod")


def test_one_of_its_soldiers_is_the_announcer_s_own() -> None:
    # «أحد جنوده» like «من جنوده»
    text = "أعلن الجيش الأمريكي مقتل أحد جنوده في هجوم بقذائف الهاون على قاعدة شرق سوريا."
    assert event_with(text, "هجوم")[1:] == (None, "us-forces")


def test_an_armed_group_announcing_a_soldier_killed_keeps_its_deed() -> None:
    # a group's «جندي» is most often the enemy's: the group stays the doer
    text = "أعلنت كتائب القسام مقتل جندي في هجوم شرق مدينة رفح."
    assert event_with(text, "هجوم")[1] == "qassam"


def test_fighters_killed_by_an_army_announcing_them_are_not_its_losses() -> None:
    text = "أعلن الجيش الإسرائيلي مقتل 20 مسلحا في غارات على قطاع غزة."
    assert event_with(text, "غارات")[1] == "idf"


# --- campaigns: the target after ضد/على/من, a partner after مع ------------------------------------------------


@pytest.mark.parametrize("text, trigger, roles", [
    ("وكانت واشنطن أطلقت عملية عسكرية مع قوات سوريا الديمقراطية ضد تنظيم داعش شرق الفرات.", "عملية",
     ("usa", "isis")),
    ("بدأ الجيش التركي حملة عسكرية مع فصائل الجيش السوري الحر شمالي حلب.", "حملة", ("turkish-army", None)),
])
def test_a_partner_under_ma_after_a_campaign_noun_is_no_target(text: str, trigger: str,
                                                               roles: tuple[str | None, str | None]) -> None:
    assert event_with(text, trigger)[1:] == roles


@pytest.mark.parametrize("text, trigger, target", [
    ("خاض الجيش اليمني معارك مع الحوثيين في محافظة الجوف.", "معارك", "houthis"),
    ("دارت معارك عنيفة بين الجيش العراقي وتنظيم داعش قرب الحدود.", "معارك", "isis"),
])
def test_a_clash_noun_keeps_ma_as_the_other_side(text: str, trigger: str, target: str) -> None:
    assert event_with(text, trigger)[2] == target


def test_the_operation_s_own_name_is_no_target() -> None:
    text = 'أطلقت تركيا عملية عسكرية مع قوات في المعارضة السورية تحت اسم "نبع السلام" شمال شرقي سوريا.'
    assert event_with(text, "عملية")[1:] == ("turkey", None)


def test_partners_joined_by_wa_after_ma_are_all_partners() -> None:
    text = "شنت روسيا حملة عسكرية مع الجيش السوري وحزب الله في ريف درعا الشرقي."
    assert event_with(text, "حملة")[1:] == ("russia", None)


# --- a reported attack whose toll is the teller's own men -------------------------------------------------------


@pytest.mark.parametrize("text, trigger, army", [
    ("أعلن الجيش الأمريكي أن هجوما بطائرة مسيرة أسفر عن مقتل ثلاثة من جنوده في الأردن.", "هجوم", "us-forces"),
    ("قال الجيش التركي إن الهجمات أدت إلى إصابة أحد جنوده قرب الحدود.", "الهجمات", "turkish-army"),
])
def test_a_reported_attack_that_killed_the_teller_s_own_men_struck_the_teller(text: str, trigger: str,
                                                                               army: str) -> None:
    assert event_with(text, trigger)[1:] == (None, army)


def test_a_reported_attack_that_killed_others_keeps_the_teller_as_doer() -> None:
    text = "أعلن الجيش الأمريكي أن غارة جوية أسفرت عن مقتل ثلاثة من قادة تنظيم داعش في سوريا."
    assert event_with(text, "غارة")[1] == "us-forces"
