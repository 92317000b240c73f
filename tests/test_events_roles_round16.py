"""Round 16 event roles: the word lists the roles sub-stage kept as Python literals (the partitive pronouns of
the dead, the plural object suffixes of a fight, the link after a purpose masdar) are read from event_cues,
so a pack edit changes what the rules see."""

from __future__ import annotations

import pytest

from marsad.packs import load_json
from marsad.stages.events import roles
from tests.conftest import event_roles

# --- the literals moved to event_cues ---------------------------------------------------------------------


@pytest.mark.parametrize("key, words", [
    ("partitive_among", {"بينهم", "منهم", "بينهما", "منهما"}),
    ("plural_object_suffixes", {"هم", "هما"}),
    ("purpose_object_links", {"على"}),
])
def test_the_roles_word_lists_are_in_the_pack(key: str, words: set[str]) -> None:
    assert words <= set(load_json("event_cues")[key])


def test_no_literal_word_lists_are_left_in_the_roles_code() -> None:
    for name in ("_PARTITIVE_AMONG", "_THEM", "_ALA"):
        assert not hasattr(roles, name), name


def test_a_side_named_only_among_the_dead_is_struck() -> None:
    text = "قتل عشرة أشخاص بينهم ثلاثة جنود أتراك في هجوم بسيارة مفخخة قرب مدينة الباب."
    assert event_roles(text)[0][1:] == (None, "turkey")


def test_a_fight_against_them_takes_the_group_named_before() -> None:
    text = ("سيطر تنظيم داعش على قرى في ريف دير الزور. "
            "وشنت قوات سوريا الديمقراطية هجوما ضدهم قرب بلدة هجين.")
    got = [r for r in event_roles(text) if "هجوم" in r[0]]
    assert got and got[-1][1:] == ("sdf", "isis")


def test_the_object_of_a_purpose_masdar_under_its_link_is_the_target() -> None:
    text = "بدأت القوات العراقية عملية عسكرية واسعة في صحراء الأنبار للقضاء على تنظيم داعش."
    got = [r for r in event_roles(text) if "عملية" in r[0]]
    assert got and got[0][1] != "isis"


# --- those who flee a blow are the side it fell on ------------------------------------------------------------

ARMY_ON_HOUTHIS = "شنت قوات الجيش اليمني هجوما واسعا على مواقع ميليشيا الحوثي في مديرية نهم. "


@pytest.mark.parametrize("second", [
    "وأسفرت المعارك عن مقتل عشرات من ميليشيا الحوثي وفرار البقية نحو الجبال.",
    "وسط انهيار معنويات مقاتليها وفرارهم من الجبهة.",
])
def test_a_flight_after_a_blow_is_the_struck_sides(second: str) -> None:
    flights = [r for r in event_roles(ARMY_ON_HOUTHIS + second) if "فرار" in r[0]]
    assert flights and flights[-1][1] == "houthis"


@pytest.mark.parametrize("text", [
    # (a gunman fleeing the police in an article naming only the police is no DEFECT at all, ontology: "flight
    # of members or officials to another side": tests/test_events_precision_round16c.py)
    "قصفت القوات الحكومية السورية بلدات الغوطة الشرقية. وقالت الأمم المتحدة إن الفرار الجماعي يأتي بعد سنوات من الحرب.",
])
def test_a_flight_with_no_struck_side_borrows_no_party(text: str) -> None:
    flights = [r for r in event_roles(text) if "فر" in r[0]]
    assert flights and flights[-1][1] is None


def test_a_flight_whose_clause_names_the_fleeing_keeps_them() -> None:
    text = "فر مسلحو تنظيم داعش من مواقعهم في ريف دير الزور بعد غارات للتحالف الدولي."
    assert event_roles(text)[0][:2] == ("فر", "isis")


def test_fleeing_attackers_are_not_made_the_struck() -> None:
    text = ("قصف الجيش الإسرائيلي موقعا لحركة حماس في قطاع غزة. "
            "وقالت متحدثة باسم الجيش إن الآلية احترقت وفر المهاجمون إلى غزة.")
    flights = [r for r in event_roles(text) if r[0] == "فر"]
    assert flights and flights[-1][1] != "hamas"


# --- a count of men under a partitive after an arrest is who was seized -----------------------------------------


@pytest.mark.parametrize("text", [
    "تمكنت المقاومة من أسر 40 عنصرا من ميليشيا الحوثي في جبهة الساحل.",
    "أسرت القوات 25 عنصرا من ميليشيا الحوثي قرب مدينة حيس.",
    "وأكد المصدر اعتقال 12 عنصرا من تنظيم داعش في ريف كركوك.",
])
def test_the_counted_men_of_an_arrest_are_its_patients(text: str) -> None:
    roles_ = event_roles(text)
    assert roles_ and roles_[0][1] is None and roles_[0][2] in ("houthis", "isis")


def test_an_arrest_with_a_named_doer_keeps_it() -> None:
    text = "أسرت قوات الجيش اليمني 15 عنصرا من ميليشيا الحوثي في جبهة نهم."
    assert event_roles(text)[0][1:] == ("yemen-army", "houthis")


def test_the_rest_who_fled_a_capture_are_of_the_captured_side() -> None:
    text = "وقالت المصادر إن المقاومة تمكنت من أسر 30 عنصرا من ميليشيا الحوثي، بينما فرت باقي العناصر من المنطقة."
    flights = [r for r in event_roles(text) if r[0] == "فرت"]
    assert flights and flights[0][1] == "houthis"


# --- a lone attacker's deed lends no state the doer -------------------------------------------------------------

IN_FRANCE = "أعلنت السلطات الفرنسية حالة الطوارئ في جنوب فرنسا. "


@pytest.mark.parametrize("second, trigger", [
    ("وقتل منفذ الهجوم شخصا واحدا برصاصة في الرأس لدى سرقته لسيارة.", "قتل"),
    ("وقالت الشرطة إن مسلحا سرق سيارة واحتجز رهائن في متجر.", "احتجز"),
    ("وأطلق المهاجم النار على أفراد من الشرطة قبل أن يحتجز رهائن في المتجر.", "يحتجز"),
])
def test_a_lone_attackers_deed_borrows_no_state(second: str, trigger: str) -> None:
    got = [r for r in event_roles(IN_FRANCE + second) if r[0] == trigger]
    assert got and got[0][1] is None


def test_a_gunman_after_a_preposition_is_no_doer() -> None:
    text = IN_FRANCE + "وأطلقت الشرطة الفرنسية النار على المسلح واعتقلت شريكه في المتجر."
    got = [r for r in event_roles(text) if "اعتقلت" in r[0]]
    assert got and got[0][1] is not None


def test_a_gunman_of_a_group_told_before_keeps_the_group() -> None:
    text = ("هاجم مسلحون من تنظيم داعش مبنى المحافظة في أربيل. "
            "وقال مسؤولون أمنيون إن المسلح نفذ هجوما انتحاريا قرب المبنى.")
    got = [r for r in event_roles(text) if "هجوما" in r[0]]
    assert got and got[-1][1] == "isis"


# --- a relative arrest verb with a day after it is passive ------------------------------------------------------


@pytest.mark.parametrize("text", [
    "أعلنت أسرة رجل الأعمال التنزاني محمد ديوجي، الذي اختطف يوم الخميس الماضي، عن جائزة مالية لمن يدلي بمعلومات.",
    "قالت عائلة الناشط محمد ديوجي، الذي اعتقل صباح السبت في دار السلام، إنها لا تعرف مكانه.",
])
def test_the_one_a_relative_arrest_verb_hangs_on_is_its_patient(text: str) -> None:
    got = [r for r in event_roles(text) if r[0] in ("اختطف", "اعتقل")]
    assert got and got[0][1] is None and got[0][2] is not None
