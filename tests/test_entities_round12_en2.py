"""Entities, round 12 (EN, second pass): noun phrases that are no person's name (a plural and its nisba, an
accusative noun and a pronoun phrase, a verb's object after a given name), an ordinal ending a name, ريال
before a town's name, and a numbered batch of people that is no army unit (sentences written for these tests)."""

from __future__ import annotations

import pytest

import marsad
from marsad.stages import names
from tests.conftest import mention_types, people


@pytest.mark.parametrize(("words", "phrase"), [
    (["مانحون", "دوليون"], True),
    (["مسؤولين", "عسكريين"], True),
    (["زميلا", "لي"], True),
    (["بروس", "لي"], False),
    (["ماريا", "زخاروفا"], False),
    (["حسين", "العراقيين"], False),
])
def test_noun_phrase_not_name(words: list[str], phrase: bool) -> None:
    assert names.noun_phrase_not_name(words) is phrase


@pytest.mark.parametrize(("text", "word"), [
    ("وأدى محمد دورًا كبيرًا في الوساطة بين العشيرتين خلال الأسبوع الماضي.", "دور"),
    ("ضرب الإعصار الساحل الشرقي ليلا، وترك جورج أشجارا محطمة في كل الشوارع.", "أشجار"),
    ("وسيكون خالد أول رئيس للمجلس المحلي ينتخبه السكان في البلدة.", "أول"),
])
def test_object_or_ordinal_after_given_name_is_no_family_name(text: str, word: str) -> None:
    assert not any(word in p for p in people(text))


def test_name_before_family_name_kept() -> None:
    assert "جورج حداد" in people("وقال جورج حداد إن المفاوضات ستستمر حتى نهاية الشهر الجاري.")


def test_real_before_town_is_the_club() -> None:
    types = mention_types("وفاز ريال مدريد على ضيفه بثلاثة أهداف مقابل هدف في مباراة الأحد.")
    assert "place" not in types.get("مدريد", set())


@pytest.mark.parametrize("text", [
    "ووصل الفوج الأول من الحجاج إلى المطار صباح الخميس قادما من عمان.",
    "وغادر الفوج الثاني من المهجرين البلدة باتجاه الشمال مساء السبت.",
])
def test_batch_of_people_is_no_unit(text: str) -> None:
    assert not any("الفوج" in m for m in mention_types(text))


def test_unit_moving_from_a_place_kept() -> None:
    types = mention_types("وانسحب الفوج الثاني من المواقع المحيطة بالبلدة فجر الأحد.")
    assert "actor" in types.get("الفوج الثاني", set())


def test_unit_of_a_unit_kept() -> None:
    types = mention_types("وانسحبت الكتيبة الثالثة من الفرقة الرابعة إلى أطراف المدينة.")
    assert "actor" in types.get("الكتيبة الثالثة", set())


@pytest.mark.parametrize(("text", "name"), [
    ("ووقعت الحكومة عقدا مع شركة ديفيد ميلر للإنشاءات لبناء الجسر.", "ديفيد ميلر"),
    ("وأعلن مصرف جيه بي مورغان أرباحه الفصلية يوم الجمعة.", "جيه بي مورغان"),
])
def test_name_after_company_noun_is_no_person(text: str, name: str) -> None:
    assert name not in people(text)


def test_abiy_ahmed_is_one_known_person() -> None:
    text = "وأدى أبي أحمد اليمين رئيسا للوزراء، وسيكون أبي أحمد أول رئيس للحكومة من عرقية الأورومو."
    ents = [e for e in marsad.analyze(text, published="2018-04-03").entities if e.type == "person"]
    assert [e.ref for e in ents] == ["abiy-ahmed"]
