"""Round 16 (third follow-up) event roles: a police or investigative body lent to an attack, and the state an
attack happened in lent to a lone attacker's deed told by an event noun he governs or in a clause that drops his
name right after his deed."""

from __future__ import annotations

import pytest

from marsad.packs import load_json
from tests.conftest import event_roles

# --- a police or investigative body is lent an arrest, never an attack -----------------------------------------

FBI_TOLD = ("قال مكتب التحقيقات الفيدرالي إنه تلقى بلاغا عن الشاب العام الماضي. "
            "وأضاف مكتب التحقيقات الفيدرالي أنه لم يتابع البلاغ. ")


def test_the_fbi_is_lent_no_shooting() -> None:
    text = FBI_TOLD + "وأطلق النار على طلاب في مدرسة ثانوية بولاية فلوريدا."
    assert [r for r in event_roles(text) if r[0] == "أطلق النار"] == [("أطلق النار", None, None)]


def test_the_fbi_is_still_lent_an_arrest() -> None:
    text = FBI_TOLD + "واعتقل رجل في ولاية فلوريدا."
    assert [r for r in event_roles(text) if r[0] == "اعتقل"] == [("اعتقل", "fbi", None)]


def test_a_state_police_is_lent_no_knife_attack() -> None:
    text = ("قالت الشرطة البريطانية إنها تحقق في الحادث. وأضافت الشرطة البريطانية أن رجلا طعن ثلاثة أشخاص. "
            "وقتل شخصان في هجوم بسكين وسط لندن.")
    got = [r for r in event_roles(text) if r[0] == "قتل"]
    assert got and got[0][1] is None


def test_the_iraqi_federal_police_is_still_lent_a_fight() -> None:
    text = ("قالت الشرطة الاتحادية إنها تتقدم في الموصل. وأضافت الشرطة الاتحادية أن تنظيم داعش يتراجع. "
            "وهاجمت مواقع التنظيم في حي الزنجيلي.")
    assert [r for r in event_roles(text) if r[0] == "هاجمت"] == [("هاجمت", "iraq-federal-police", "isis")]


def test_the_police_words_are_in_the_pack() -> None:
    cues = load_json("event_cues")
    assert {"الشرطة", "التحقيقات"} <= set(cues["lent_attack_unfit_words"])
    assert "الاتحادية" in cues["lent_attack_unfit_exempt"]


# --- a lone attacker's deed lends no state, in an article naming an armed party ---------------------------------

AT_WAR = "تحارب فرنسا تنظيم داعش في سوريا والعراق منذ سنوات. وقالت فرنسا إنها رفعت حالة التأهب. "


def test_an_attack_noun_the_attacker_governs_borrows_no_state() -> None:
    text = AT_WAR + "وقال وزير الداخلية إن الشاب هو منفذ هجوم بلدة صغيرة في جنوب فرنسا."
    assert [r for r in event_roles(text) if r[0] == "هجوم"] == [("هجوم", None, None)]


@pytest.mark.parametrize("deed", [
    "وكان المسلح قد قتل شخصا في مدينة كاركاسون الفرنسية.",
    "وقتل المسلح شخصا في مدينة كاركاسون.",
])
def test_the_attackers_next_deed_with_a_dropped_subject_borrows_no_state(deed: str) -> None:
    text = AT_WAR + deed + " ثم دخل متجرا في بلدة مجاورة واحتجز عددا من الرهائن."
    assert [r for r in event_roles(text) if r[0] == "احتجز"] == [("احتجز", None, None)]


def test_a_dropped_subject_after_no_lone_deed_keeps_the_lent_state() -> None:
    text = AT_WAR + "ثم دخل متجرا في بلدة مجاورة واحتجز عددا من الرهائن."
    assert [r for r in event_roles(text) if r[0] == "احتجز"] == [("احتجز", "france", None)]


# --- who discusses or inquires into a deed is not its doer ------------------------------------------------------


@pytest.mark.parametrize("text, trigger", [
    ("ناقشت الحكومة التركية مع روسيا قضية الغارات الأخيرة على إدلب.", "الغارات"),
    ("فتحت الشرطة التركية تحقيقا في الهجوم على السفارة.", "الهجوم"),
])
def test_an_attack_noun_under_a_topic_noun_takes_no_doer_from_the_talker(text: str, trigger: str) -> None:
    got = [r for r in event_roles(text) if r[0] == trigger]
    assert got and got[0][1] is None


def test_an_attack_noun_under_a_topic_noun_keeps_a_doer_named_after_it() -> None:
    text = "ناقش الوزير مع نظيره قضية الغارات التي شنتها روسيا على إدلب."
    assert [r for r in event_roles(text) if r[0] == "الغارات"] == [("الغارات", "russia", None)]


def test_the_party_of_the_talk_lends_no_doer_to_the_attack_it_discussed() -> None:
    text = "قال المتحدث إن الرئيس الفرنسي إيمانويل ماكرون ناقش مع ولي العهد السعودي قضية الغارات الأخيرة على اليمن."
    got = [r for r in event_roles(text) if r[0] == "الغارات"]
    assert got and got[0][1] is None
