"""Round 13 event roles: a light verb of committing (ارتكب) carries the massacre or crime noun before it, so the
party named after it is the doer, never the target."""

from __future__ import annotations

import pytest

from tests.conftest import event_with

# --- ارتكب carries the event noun like شنّ -------------------------------------------------------------------


@pytest.mark.parametrize(("text", "trigger", "doer"), [
    ("ندد المتظاهرون في عمان بالمجزرة التي ارتكبتها إسرائيل في غزة.", "المجزرة", "israel"),
    ("استنكرت الحكومة المجزرة التي ارتكبها تنظيم داعش في قرية البوليل.", "المجزرة", "isis"),
    ("خرج آلاف المحتجين للتنديد بمجزرة ارتكبتها إسرائيل بحق المتظاهرين.", "مجزرة", "israel"),
])
def test_party_after_a_relative_verb_of_committing_is_the_doer(text: str, trigger: str, doer: str) -> None:
    assert event_with(text, trigger)[1:] == (doer, None)


def test_accused_of_committing_a_massacre_is_its_doer() -> None:
    text = "اتهمت المعارضة قوات النظام بارتكاب مجزرة في بلدة الحولة."
    assert event_with(text, "مجزرة")[1] == "syr-gov-assad"


def test_committing_without_an_event_noun_tells_no_event() -> None:
    from tests.conftest import event_roles

    assert event_roles("وأضاف أن الحكومة ارتكبت أخطاء كبيرة في إدارة الأزمة.") == []


# --- the subject of a relative clause on the doer is no patient ------------------------------------------------


@pytest.mark.parametrize(("text", "trigger", "roles"), [
    ("قصفت طائرات تابعة للتحالف العربي الذي تقوده السعودية مدينة الحديدة فجر اليوم.", "قصفت",
     ("saudi-coalition-yemen", None)),
    ("قصفت الطائرات الروسية المدينة التي يحاصرها الجيش السوري منذ أشهر.", "قصفت", ("russian-forces", None)),
])
def test_who_leads_or_besieges_in_a_relative_clause_is_not_the_target(
        text: str, trigger: str, roles: tuple[str | None, str | None]) -> None:
    assert event_with(text, trigger)[1:] == roles


def test_a_resumptive_preposition_keeps_its_name_as_the_target() -> None:
    # التي تسيطر عليها: the name after a preposition with its pronoun is the holder of the place struck
    text = "هاجمت القوات التركية مدينة عفرين التي تسيطر عليها وحدات حماية الشعب."
    assert event_with(text, "هاجمت")[1:] == ("turkish-army", "ypg")


# --- the opponent of the campaign: civilians in a clause of their own do not cancel it ---------------------------

_CAMPAIGN = ("أطلقت تركيا عملية عسكرية ضد وحدات حماية الشعب الكردية في عفرين. "
             "وتشن القوات التركية هجوما على وحدات حماية الشعب الكردية في ريف عفرين. ")


def test_civilians_in_a_coordinated_clause_after_a_capture_leave_its_opponent() -> None:
    text = _CAMPAIGN + ("وسيطرت القوات التركية على مساحات واسعة من المنطقة الحدودية، "
                        "ولم يبق أمام المدنيين الذين يفرون بالآلاف سوى ممر وحيد إلى جنوب المدينة.")
    assert event_with(text, "سيطرت")[1:] == ("turkish-army", "ypg")


@pytest.mark.parametrize("tail", [
    "وقصفت القوات التركية، يوم الخميس الماضي، منازل المدنيين في قرية جنديرس.",
    "وقصفت القوات التركية بلدة راجو، ما أدى إلى مقتل خمسة مدنيين.",
])
def test_civilians_harmed_in_an_aside_or_a_result_still_keep_the_target_empty(tail: str) -> None:
    assert event_with(_CAMPAIGN + tail, "قصفت")[1:] == ("turkish-army", None)


# --- the owner of the strike that is a verb's subject did the deed ----------------------------------------------


@pytest.mark.parametrize("text", [
    "وكانت غارة جوية لقوات التحالف الدولي يوم 9 آب/أغسطس قد قتلت 29 طفلا في مدينة هجين.",
    "وكانت غارة للتحالف الدولي قد قتلت عشرة مدنيين في بلدة هجين.",
])
def test_the_owner_of_the_strike_before_the_verb_is_the_doer(text: str) -> None:
    assert event_with(text, "قتلت")[1:] == ("global-coalition", None)


def test_a_name_owning_what_the_verb_hits_stays_the_target() -> None:
    text = "استهدفت غارة للطيران الروسي مواقع لهيئة تحرير الشام في إدلب."
    assert event_with(text, "غارة")[1:] == ("russian-forces", "hts")


# --- a bare accusing verb right before its deed is passive: the name before it is the accused -------------------


@pytest.mark.parametrize(("text", "trigger", "doer"), [
    ("يذكر أن تنظيم داعش كان قد اتهم بتفجير الجامع في الموصل.", "تفجير", "isis"),
    ("وكان حزب العمال الكردستاني قد اتهم بتنفيذ الهجوم على مركز الشرطة في ديار بكر.", "الهجوم", "pkk"),
])
def test_the_subject_of_a_passive_accusing_verb_is_the_accused(text: str, trigger: str, doer: str) -> None:
    assert event_with(text, trigger)[1] == doer


def test_the_accused_after_an_active_accusing_verb_stays_the_doer() -> None:
    text = "واتهم الجيش التركي حزب العمال الكردستاني بتنفيذ الهجوم على مركز الشرطة."
    assert event_with(text, "الهجوم")[1] == "pkk"


# --- a name after the verb's own subject noun is the struck, never a doer borrowed --------------------------------


@pytest.mark.parametrize(("text", "trigger", "target"), [
    # no doer is borrowed; the capital after the weapon subject is the city struck, a place, so no party is
    # the target since round 20c (tests/test_places_round20c.py), as after a feminine strike verb with its
    # definite subject between (قصفت الطائرات الحربية طهران) since round 20b (tests/test_places_round20b.py)
    ("استهدف صاروخ باليستي الرياض مساء أمس.", "استهدف", None),
])
def test_the_capital_after_an_unnamed_subject_is_the_target(text: str, trigger: str, target: str | None) -> None:
    assert event_with(text, trigger)[1:] == (None, target)


@pytest.mark.parametrize(("text", "trigger", "roles"), [
    ("هاجمت طائرات مسيرة تابعة للحوثيين مطار أبها.", "هاجمت", ("houthis", None)),
    ("قصفت طائرات التحالف الدولي مواقع داعش.", "قصفت", ("global-coalition", "isis")),
    ("استهدف القصف التركي مواقع الوحدات الكردية.", "القصف", ("turkey", "ypg")),
])
def test_owners_and_state_adjectives_after_the_verb_stay_the_doer(
        text: str, trigger: str, roles: tuple[str | None, str | None]) -> None:
    assert event_with(text, trigger)[1:] == roles


def test_an_adjective_of_the_subject_noun_is_no_object() -> None:
    text = "واتفقت السلطات المصرية والإثيوبية في سبتمبر 2011 على تشكيل لجنة لمراقبة الهدنة."
    assert event_with(text, "اتفقت")[1:] == ("egypt", "ethiopia")


# --- a count in words does not use up the reach of a conditional trigger ----------------------------------------


@pytest.mark.parametrize("text", [
    "نشر الجيش العراقي نحو ثلاثة آلاف وخمسمئة عنصر من قواته في كركوك.",
    "ومنذ بداية الحرب نشرت المملكة العربية السعودية 150 ألف جندي في المناطق الحدودية.",
])
def test_deploying_a_count_written_in_many_words_is_a_deployment(text: str) -> None:
    from tests.conftest import event_roles

    assert [r for r in event_roles(text) if r[0].startswith(("نشر", "ونشر"))], event_roles(text)


def test_publishing_stays_no_deployment() -> None:
    from tests.conftest import event_roles

    assert event_roles("نشرت الصحيفة صورا جديدة للمدينة المدمرة.") == []




def test_the_leader_named_in_a_relative_clause_stands_for_its_coalition_in_talks() -> None:
    text = ("وقال الكونغرس الأمريكي إنه سيواصل العمل عن قرب مع التحالف الذي تقوده المملكة العربية السعودية "
            "لضمان دعم الجهود الدولية لإنهاء الحرب في اليمن.")
    assert event_with(text, "التحالف")[1:] == ("us-congress", "saudi-arabia")
