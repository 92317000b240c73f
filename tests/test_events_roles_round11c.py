"""Round 11, third pass, event roles: a teller who only judges a strike is not its doer; soldiers named by a
state adjective by a verb of dying are the side struck; an announcer's own dead after a casualty noun make it
the target; a time set off by commas does not split the clause that tells the deed."""

from __future__ import annotations

import pytest

from tests.conftest import event_with

# --- a teller who only judges the deed ------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "أرسلت روسيا قوات إضافية إلى سوريا. واعتبر لافروف أن الضربة عمل عدواني لا مبرر له.",
    "نشرت روسيا منظومات دفاع جوي في سوريا. وقال لافروف إن الهجوم على المطار مسرحية مدبرة.",
])
def test_an_official_judging_a_strike_lends_his_state_no_doer(text: str) -> None:
    assert event_with(text, "ال")[1] is None


def test_a_name_with_b_after_condemned_is_the_condemner() -> None:
    # «أدان بيسكوف»: the ب is the name's own, no ب-phrase of conviction; the condemner did not attack
    text = "أدان بيسكوف الهجوم على قاعدة عسكرية قرب اللاذقية."
    assert event_with(text, "الهجوم")[1] is None


def test_a_conviction_with_b_stays_a_conviction() -> None:
    text = "أدانته المحكمة بالعمل على تجنيد مقاتلين لصالح التنظيم."
    assert all(r[1] is None for r in [event_with(text, "تجنيد")])


def test_a_spokesman_telling_of_his_side_s_strike_by_a_verb_keeps_it() -> None:
    # «إن الضربة استهدفت»: the verb tells the deed; the spokesman's side did it
    text = "شن الجيش الإسرائيلي غارات على غزة. وقال وزير الدفاع الإسرائيلي إن الغارة استهدفت مخزنا للأسلحة."
    assert event_with(text, "استهدفت")[1] in ("idf", "israel", "israel-mod")


# --- soldiers named by a state adjective by a verb of dying ---------------------------------------------------


@pytest.mark.parametrize("text, trigger, roles", [
    ("أكدت موسكو أن ثلاثة جنود روس قتلوا في هجوم شنه مسلحون على دورية في ريف حماة.", "هجوم", (None, "russia")),
    ("وذكرت وزارة الدفاع التركية أنه قتل جندي تركي في هجوم بقذائف الهاون على قاعدة قرب الباب.", "قتل",
     (None, "turkey-mod")),
    ("قالت أنقرة إن جنديين أتراك أصيبوا في قصف استهدف قاعدة قرب الباب.", "استهدف", (None, "turkey")),
])
def test_soldiers_by_a_verb_of_dying_are_the_side_struck(text: str, trigger: str,
                                                          roles: tuple[str | None, str | None]) -> None:
    assert event_with(text, trigger)[1:] == roles


def test_the_doer_named_after_the_light_verb_stands_against_the_dead() -> None:
    text = "أكدت أنقرة أن ثلاثة جنود أتراك قتلوا في هجوم شنه حزب العمال الكردستاني جنوب شرقي البلاد."
    assert event_with(text, "هجوم")[1:] == ("pkk", "turkey")


# --- an announcer's own dead after a casualty noun --------------------------------------------------------------


@pytest.mark.parametrize("text, side", [
    ("أعلنت أنقرة مقتل خمسة من جنودها بنيران مسلحين في شمال العراق.", "turkey"),
    ("أعلن حزب الله مصرع أحد عناصره في ريف حمص.", "hezbollah"),
])
def test_the_announcer_s_own_dead_make_it_the_target(text: str, side: str) -> None:
    assert event_with(text, "م")[1:] == (None, side)


def test_an_enemy_s_dead_leave_the_announcer_the_doer() -> None:
    text = "أعلن الجيش العراقي مقتل عشرة من عناصر داعش في الأنبار."
    assert event_with(text, "مقتل")[1:] == ("iraq-army", "isis")


# --- a time set off by commas ------------------------------------------------------------------------------------


def test_a_time_between_commas_does_not_cut_the_announcer_from_its_losses() -> None:
    text = "أعلنت أنقرة، مساء الأحد، مقتل ثلاثة من جنودها في هجوم قرب الحدود العراقية."
    assert event_with(text, "م")[2] == "turkey"


def test_a_time_between_commas_does_not_cut_the_dead_from_the_attack() -> None:
    text = "أعلن الجيش التركي مقتل جنديين أتراك، الأحد، في انفجار لغم في ريف عفرين."
    assert event_with(text, "انفجار")[1:] == (None, "turkish-army")


def test_a_piece_that_opens_a_clause_of_its_own_stays_apart() -> None:
    # «، الاثنين، حيث قتل»: حيث opens a clause of its own; the place's neighbour named before is no party
    text = ("وشهدت المنطقة الواقعة بين القطاع وإسرائيل مواجهات دامية، الاثنين، حيث قتل عشرات الفلسطينيين "
            "برصاص الجيش الإسرائيلي.")
    assert event_with(text, "قتل")[2] != "israel"




# --- an operation's name is no party ----------------------------------------------------------------------------


def test_a_name_after_the_definite_operations_a_state_launched_is_the_operation_s() -> None:
    import marsad

    text = ('قال الرئيس التركي إن قواته سيطرت على قرى جديدة ضمن العمليات التي أطلقتها أنقرة '
            'باسم "درع الفرات" ضد تنظيم داعش.')
    names = {e.name_ar for e in marsad.analyze(text).entities if e.type == "actor"}
    assert "درع الفرات" not in names, names


def test_a_name_for_assassinations_claimed_under_it_stays_a_group() -> None:
    import marsad

    text = 'نفذ مسلحون عمليات اغتيال في ريف إدلب تحت اسم "كتائب الثأر الشعبية".'
    names = {e.name_ar for e in marsad.analyze(text).entities if e.type == "actor"}
    assert "كتائب الثأر الشعبية" in names, names


# --- indefinite state nisbas of the world's states ------------------------------------------------------------


@pytest.mark.parametrize("text, trigger, doer", [
    ("قتل ثلاثة مدنيين في قصف أوكراني على ضواحي مدينة دونيتسك.", "ق", "ukraine"),
    ("وقالت موسكو إن قوات أوكرانية هاجمت قرية حدودية في مقاطعة كورسك.", "هاجمت", "ukraine"),
])
def test_an_indefinite_nisba_names_its_state(text: str, trigger: str, doer: str) -> None:
    assert event_with(text, trigger)[1] == doer
