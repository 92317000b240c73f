"""Framing, round 17: a plural or dual term said of several groups joined by و (تنظيمي داعش والنصرة الإرهابيين،
عصابات داعش والنصرة), not of a party joined to them with its own head noun or set against them after بين.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import framing_pairs


def frames(text: str, published: str = "2018-06-01") -> list[tuple[str, str | None]]:
    return framing_pairs(text, published)


@pytest.mark.parametrize(("text", "term"), [
    ("وقصفت وحدات الجيش مواقع تنظيمي داعش وجبهة النصرة الإرهابيين في ريف حماة الشمالي.", "الإرهابيين"),
    ("وقالت الوكالة إن الجيش استهدف مقرات جبهة النصرة وداعش الإرهابيتين في ريف حماة.", "الإرهابيتين"),
    ("واشتبكت القوات مع عصابات داعش والنصرة في البادية السورية.", "عصابات"),
    ("وقتل عشرات من إرهابيي داعش والنصرة في ريف حماة.", "إرهابيي"),
])
def test_plural_term_on_joined_groups_labels_each(text: str, term: str) -> None:
    assert {ref for t, ref in frames(text) if t == term} == {"isis", "nusra"}


def test_dual_adjective_after_two_kurdish_groups() -> None:
    got = frames("واستهدفت المدفعية التركية مواقع حزب العمال الكردستاني ووحدات حماية الشعب الإرهابيتين في عفرين.")
    assert {ref for t, ref in got if t == "الإرهابيتين"} == {"pkk", "ypg"}


def test_plural_adjective_without_dual_head_stays_on_the_last_name() -> None:
    # the plural may be the object of a verb the first name is the subject of
    got = frames("وتقاتل وحدات حماية الشعب وقوات سوريا الديمقراطية الإرهابيين في دير الزور.")
    assert "ypg" not in {ref for _t, ref in got}


@pytest.mark.parametrize("text", [
    "وقال المسؤول إن المواجهات بين ميليشيات الحوثي والمقاومة الشعبية استمرت في تعز.",
    "وشن الطيران الحربي غارات على ميليشيات الحوثي وقوات صالح في صنعاء.",
])
def test_joined_party_with_its_own_head_or_after_between_is_not_labelled(text: str) -> None:
    got = frames(text)
    assert [t for t, _ref in got] == ["ميليشيات"]


@pytest.mark.parametrize(("text", "ref"), [
    ("وقالت مصادر إن الرئيس المخلوع علي عبدالله صالح التقى قادة حزبه في صنعاء.", "ali-abdullah-saleh"),
    ("وقال الرئيس المصري المخلوع حسني مبارك في شهادته إنه بريء.", "hosni-mubarak"),
])
def test_deposed_after_a_title_labels_the_person_named_after_it(text: str, ref: str) -> None:
    assert [(t, r) for t, r in frames(text) if t == "المخلوع"] == [("المخلوع", ref)]


def test_deposed_after_a_regime_name_stays_on_it() -> None:
    got = frames("وقالت المعارضة إن نظام الأسد المخلوع ارتكب مجازر في حماة.")
    assert [r for t, r in got if t == "المخلوع"] == ["syr-gov-assad"]


def test_what_is_called_after_or_is_an_alias_not_derision() -> None:
    assert frames('وشيد المعبد لإله المطر عند الأزتك أو ما يطلق عليه "تلالوك" كما يقول العلماء.') == []


@pytest.mark.parametrize("text", [
    "وقد نفى البيت الأبيض العلاقة المزعومة بين المسؤولين في بيان مقتضب.",
    "وقصف الجيش السوري المواقع الإرهابية في ريف إدلب الجنوبي.",
    "ورفضت تركيا البيانات الانفصالية الصادرة عن الحزب الكردي.",
])
def test_adjective_on_a_common_noun_after_a_name_is_not_the_names(text: str) -> None:
    assert frames(text) == []


@pytest.mark.parametrize(("text", "ref"), [
    ("وقالت الخارجية إن إيران الدولة الراعية للإرهاب في المنطقة.", "iran"),
    ("وأكد المتحدث أن حزب الله اللبناني الإرهابي يواصل تهريب السلاح.", "hezbollah"),
])
def test_state_head_or_nisba_between_keeps_the_name(text: str, ref: str) -> None:
    assert ref in {r for _t, r in frames(text)}


@pytest.mark.parametrize(("text", "ref"), [
    ("وقتل عشرة أشخاص في هجوم متطرفين من جماعة بوكو حرام على قرية في شمال نيجيريا.", "boko-haram"),
    ("وأدانت الحكومة هجوم المتشددين على كنيسة في سيناء الذي تبناه داعش.", "isis"),
])
def test_plural_people_after_a_noun_of_attack_are_its_doers(text: str, ref: str) -> None:
    assert ref in {r for _t, r in frames(text)}


@pytest.mark.parametrize("text", [
    "وحذر الوزير من أفكار المتطرفين على الشباب، بينما يواصل الجيش قتال داعش.",
    "وأعلنت الشرطة إحباط هجمات إرهابية في العاصمة، وقالت إن داعش يقف خلفها.",
])
def test_ideas_of_extremists_and_attacks_described_stay_unlabelled(text: str) -> None:
    assert [r for _t, r in frames(text)] == []


def test_rogue_in_the_masculine_labels_the_regime() -> None:
    got = frames("وقال الوزير إن النظام الإيراني المارق يهدد أمن المنطقة بصواريخه.")
    assert ("المارق", "iran") in got
