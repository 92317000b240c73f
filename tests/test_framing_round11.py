"""Framing, round 11 (framing pack 21): a possessed term agrees with its possessor (ها never a masculine name or a
people named by a plural nisba, ه never a feminine one), reaches into the sentence before when its own names none,
and the proxy terms وكلاؤه/أذرعه aim at the patron, a state or an armed party only.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import framing_pairs


def frames(text: str, published: str = "2018-06-01") -> list[tuple[str, str | None]]:
    return framing_pairs(text, published)


def test_feminine_pronoun_skips_a_plural_people_for_the_state() -> None:
    got = frames("وقال المسؤول اليمني إن إيران تواصل دعم الحوثيين، وإن مرتزقتها ينتشرون في الساحل.")
    assert got == [("مرتزقتها", "iran")]


def test_masculine_pronoun_skips_a_state_for_a_masculine_party() -> None:
    got = frames("وأكد المتحدث أن حزب الله وإيران ومرتزقته يقاتلون في ريف حمص.")
    assert got == [("مرتزقته", "hezbollah")]


def test_masculine_noun_inside_a_construct_name_agrees() -> None:
    got = frames("وحاولت قوات النظام وميليشياته التقدم نحو البلدة فجر اليوم.")
    assert [t for _, t in got] == ["syr-gov-assad"]


def test_group_noun_before_a_quoted_name_agrees() -> None:
    got = frames('ورغم هزيمة تنظيم "الدولة الإسلامية" في المدينة، لا يزال خطر فلوله قائما.')
    assert got == [("فلوله", "isis")]


def test_proxies_of_a_state_named_in_the_sentence_before() -> None:
    got = frames("اتهمت السعودية إيران بزعزعة استقرار المنطقة. وقالت إن وكلاءها في العراق ولبنان يهددون الأمن.")
    # round 14b: the proxies themselves, the collective of the militias Iran backs (as وكلاء إيران is)
    assert got == [("وكلاءها", "iran-backed-militias")]


@pytest.mark.parametrize("text", [
    "وقال الوزير إن طهران وأذرعها في المنطقة تهدد الملاحة في الخليج.",
    "وتستخدم إيران أذرعها المسلحة لضرب المصالح الأمريكية في العراق.",
    "وفرضت واشنطن عقوبات على الحرس الثوري الإيراني ووكلائه في المنطقة.",
])
def test_proxy_terms_found_through_the_patron_aim_at_its_militias(text: str) -> None:
    # round 14b: found through the patron, aimed at the collective of the militias it backs (as أذرع إيران is)
    got = frames(text)
    assert len(got) == 1 and got[0][1] == "iran-backed-militias"


@pytest.mark.parametrize("text", [
    "وكان الطفل يرفع أذرعه في الهواء عندما أطلق الجنود النار.",
    "وقالت الشركة إن وكلاءها في الخليج سيبيعون السيارات الجديدة.",
    "وشنت جماعة الإخوان وأذرعها الإعلامية حملة على الحكومة المصرية.",
])
def test_agents_arms_and_media_arms_are_no_proxy_label(text: str) -> None:
    assert [t for t, _ in frames(text) if "ذرع" in t or "وكلا" in t] == []


def test_a_far_possessor_in_the_sentence_before_is_not_reached() -> None:
    text = ("أعلنت السعودية أنها اعترضت صاروخا باليستيا أطلق من محافظة صعدة باتجاه مدينة جازان في جنوب المملكة "
            "صباح اليوم الثلاثاء دون أن يسفر ذلك عن أي إصابات أو أضرار في المنشآت المدنية أو العسكرية هناك. "
            "وأكد البيان أن الهجمات تتم عبر وكلائها في المنطقة.")
    assert [t for t, _ in frames(text) if "وكلا" in t] == []


def test_a_field_noun_with_fi_makes_the_groups_general() -> None:
    text = ("وتبنى تنظيم القاعدة الهجوم على الفندق. وقال الباحث سمير حداد، الخبير في الجماعات المتطرفة في جامعة "
            "لندن، إن التنظيم يستغل الفقر لتجنيد الشباب.")
    assert [t for t, _ in frames(text) if "متطرف" in t] == []


def test_a_group_named_once_items_before_is_no_main_group_of_a_bare_term() -> None:
    text = ("اتهم التحالف الحوثيين باستهداف سفينة تجارية قبالة الحديدة.\n"
            "أعلنت الإمارات إطلاق قمر صناعي جديد الأسبوع المقبل.\n"
            "وافتتح وزير الصحة مستشفى جديدا في العاصمة.\n"
            "وقالت الشرطة إن المجموعات الإرهابية المسلحة هاجمت مخفرا حدوديا في الجنوب.")
    assert [t for t, _ in frames(text) if "إرهابي" in t] == []


def test_a_group_named_once_in_the_sentence_before_is_the_main_group() -> None:
    text = ("سيطرت هيئة تحرير الشام على بلدات في ريف إدلب.\n"
            "واستهدفت المجموعات الإرهابية المسلحة الأحياء السكنية بالقذائف.")
    assert [t for _, t in frames(text)] == ["hts"]
