"""Quantities: nouns counted by class (persons, prisoners, members of a parliament, explosive devices), a
person noun whose adjective names fighters, plural nisba nouns, a bullet that is no weapon and a number word
with the article before its multiplier (sentences written for these tests)."""

from __future__ import annotations

import pytest

from marsad.pipeline import make_doc
from marsad.stages import quantities


def q(text: str) -> list[tuple[float, str]]:
    return [(x.value, x.unit) for x in quantities.find(make_doc(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("أحالت النيابة 23 متهما إلى محكمة الجنايات", [(23, "people")]),
    ("أوقف خفر السواحل 65 متسللا قرب الشاطئ", [(65, "people")]),
    ("أصيب خمسة صبية بشظايا القذيفة", [(5, "people")]),
    ("وكان في الحافلة تسعة مسيحيين وثلاثة مسلمين", [(9, "people"), (3, "people")]),
    ("غادر 18 دبلوماسيا العاصمة بعد قرار الطرد", [(18, "people")]),
    ("رفع الادعاء دعوى على ستة من كبار المسؤولين الأمنيين", [(6, "people")]),
    ("اعتقلت الشرطة 40 طالبة و7 ناشطات خلال الاحتجاج", [(40, "people"), (7, "people")]),
    ("وأفرج الاحتلال عن 11 أسيرة", [(11, "prisoners")]),
    ("وافق 74 نائبا على مشروع القانون", [(74, "members")]),
])
def test_person_nouns_by_class(text: str, expected: list[tuple[float, str]]) -> None:
    assert q(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("فكك خبراء المتفجرات جهازين متفجرين عند مدخل القرية", [(2, "weapons")]),
    ("وعثرت الدورية على 4 أجهزة متفجرة في سيارة مهجورة", [(4, "weapons")]),
    # جهازين alone (two telephones, two devices) counts nothing of ours
    ("وصادرت الشرطة جهازين من المنزل", []),
    # a bullet is no weapon: the count is of shots fired
    ("أطلق الحارس 12 طلقة في الهواء", []),
])
def test_devices_and_bullets(text: str, expected: list[tuple[float, str]]) -> None:
    assert q(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وقتل في المداهمة 35 فردا إرهابيا", [(35, "fighters")]),
    ("اشتبكت الدورية مع أربعة أشخاص مسلحين قرب الحاجز", [(4, "fighters")]),
    # the adjective names no fighters: persons stay people
    ("وأصيب 14 فردا مدنيا في القصف", [(14, "people")]),
])
def test_person_noun_with_a_fighter_adjective(text: str, expected: list[tuple[float, str]]) -> None:
    assert _stage(text) == expected


def _stage(text: str) -> list[tuple[float, str]]:
    doc = make_doc(text)
    quantities.run(doc)
    return [(x.value, x.unit) for x in doc.quantities]


@pytest.mark.parametrize(("text", "expected"), [
    ("وصل إلى المطار ثمانية أستراليين وعشرة كنديين", [(8, "people"), (10, "people")]),
    # a multiplier ending like a nisba (تريليون) is a multiplier, not a noun of persons
    ("وقدر الخبراء الكلفة بنحو 4 تريليون دولار", [(4e12, "USD")]),
])
def test_plural_nisba_nouns(text: str, expected: list[tuple[float, str]]) -> None:
    assert q(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وحولت الحكومة الأربعة مليارات دولار إلى البنك", [(4e9, "USD")]),
    ("ورصدت الوزارة بالخمسة آلاف دولار مكافأة", [(5000, "USD")]),
    # the article on a number word with no multiplier after it: "the three" names a group told before
    ("وأطلق سراح الثلاثة مقاتلين في المساء", []),
])
def test_number_word_with_the_article(text: str, expected: list[tuple[float, str]]) -> None:
    assert q(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # families and houses are no unit of ours, whatever verb stands before the count
    ("وتسبب القصف بنزوح 27 أسرة من الحي", []),
    ("وأدت الاشتباكات إلى تهجير آلاف العائلات", []),
    # another country's dollar is no USD; the US figure beside it is
    ("وخصصت الحكومة 2 مليار دولار كندي (1.5 مليار دولار أمريكي)", [(1.5e9, "USD")]),
    ("واختطف المسلحون خمسة أجانب قرب الفندق", [(5, "people")]),
    ("وشاركت مئات السوريات في الوقفة", [(100, "people")]),
    ("وأسقطت الدفاعات الجوية ثلاث طائرات بدون طيار", [(3, "weapons")]),
])
def test_families_foreign_dollars_and_long_nouns(text: str, expected: list[tuple[float, str]]) -> None:
    assert q(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a nisba after a noun and its own nisba adjective describes the noun: no soldier is counted
    ("وأقيم مستشفى ميداني عسكري واحد قرب المطار", []),
    ("وقتل جندي واحد في الكمين", [(1, "fighters")]),
])
def test_one_after_a_nisba_adjective(text: str, expected: list[tuple[float, str]]) -> None:
    assert q(text) == expected
