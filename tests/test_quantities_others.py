"""Quantities: counts of "others" with no count before them in the sentence, a repeated figure that "others"
makes new, bare counts after a singular noun, ages after names and in ranges, and the Arabic comma as a
decimal mark (sentences written for these tests)."""

from __future__ import annotations

import pytest

import marsad
from marsad.pipeline import make_doc
from marsad.stages import quantities


def q(text: str) -> list[tuple[float, str]]:
    return [(x.value, x.unit) for x in quantities.find(make_doc(text))]


def stage(text: str) -> list[tuple[float, str]]:
    """What the whole pipeline keeps (after the first-of-each filter), with entities found."""
    return [(x.value, x.unit) for x in marsad.analyze(text).quantities]


@pytest.mark.parametrize(("text", "expected"), [
    # the verb opens the clause and its subject stands between it and the count
    ("قتل المهاجم أربعة مدنيين في السوق. وأصاب المهاجم ثلاثة آخرين قبل أن يفر",
     [(4, "people"), (3, "people")]),
    ("وجرح القناص اثنين آخرين عند الحاجز", [(2, "people")]),
])
def test_others_after_a_casualty_verb(text: str, expected: list[tuple[float, str]]) -> None:
    assert q(text) == expected


def test_others_make_a_repeated_figure_new() -> None:
    text = "وقتل 5 من عناصر الشرطة في الكمين. وقتلت الدورية 5 مسلحين آخرين خلال المطاردة"
    assert stage(text) == [(5, "fighters"), (5, "fighters")]


@pytest.mark.parametrize(("text", "expected"), [
    # the singular noun names the killer; the dead are people
    ("أطلق الرجل المسلح النار على الحشد وقتل 7 في الساحة", [(7, "people")]),
    # a plural noun still gives its unit to the bare count
    ("تقدم المسلحون نحو القرية وقتل 7 منهم في الاشتباك", [(7, "fighters")]),
])
def test_a_singular_noun_is_no_group(text: str, expected: list[tuple[float, str]]) -> None:
    assert q(text) == expected


def test_an_age_range_is_passed_over_whole() -> None:
    assert q("اعتقلت الشرطة فتية تتراوح أعمارهم من 14 إلى 17 سنة في الحي") == []


def test_years_after_a_name_are_an_age() -> None:
    text = "قتل في الهجوم المهندس سمير الحلبي 45 عاما وابنه. وحكم على المتهم بالسجن 12 عاما"
    assert stage(text) == [(12, "years")]


@pytest.mark.parametrize(("text", "expected"), [
    ("تعهد المانحون بتقديم 2،5 مليار دولار لإعادة الإعمار", [(2.5e9, "USD")]),
    ("وقدرت الخسائر بنحو 1،2 مليون دولار", [(1.2e6, "USD")]),
    ("أعلنت الأرقام 3،4 في الجدول", []),  # no multiplier: no decimal read, and no unit anyway
])
def test_arabic_comma_decimal(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(round(v, 3), u) for v, u in q(text)] == expected


def test_adults_are_people() -> None:
    assert q("لا يزال 640 بالغا و320 طفلا في المخيم") == [(640, "people"), (320, "people")]


@pytest.mark.parametrize(("text", "expected"), [
    # right after the verb, "others" are more of the kind a singular noun before named
    ("قتل الشرطي في الهجوم وأصيب اثنان آخران في الشارع", [(2, "fighters")]),
    ("أوقعت الاحتجاجات قتيلا فيما اعتقل عشرون آخرون في المدينة", [(20, "people")]),
])
def test_others_of_a_singular_kind(text: str, expected: list[tuple[float, str]]) -> None:
    assert q(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bare total that a part follows, a few words after the killing verb
    ("وقتل في الغارة 9، بينهم 4 أطفال", [(9, "people"), (4, "people")]),
    ("أعدم التنظيم 12 من أبناء القبيلة في الساحة", [(12, "people")]),
    ("اعتقلت الشرطة 30 مشتبها به في المداهمات", [(30, "people")]),
    # no killing verb near: a bare number before بينهم stays uncounted
    ("وصل إلى المدينة 300، بينهم أطفال", []),
])
def test_split_totals_and_people_nouns(text: str, expected: list[tuple[float, str]]) -> None:
    assert q(text) == expected
