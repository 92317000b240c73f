"""Quantities, round 12 (numbers pack 16): a figure with a multiplier and the remainder joined after it is one
number; a teen with the article on its first word is one number; العامين after a definite plural noun is its
adjective "public", not two years. Sentences written for these tests."""

from __future__ import annotations

import pytest

import marsad


def q(text: str) -> list[tuple[float, str]]:
    return [(x.value, x.unit) for x in marsad.analyze(text, published="2024-06-01").quantities]


@pytest.mark.parametrize(("text", "expected"), [
    ("وقالت المنظمة إن نحو 23 ألفاً و700 شخص نزحوا من القرى الحدودية.", [(23700.0, "people")]),
    ("وسجلت المفوضية عودة 6 ألف و450 لاجئا خلال الشهر.", [(6450.0, "people")]),
    ("وأحصت الأمم المتحدة نزوح 4 آلاف وثلاثمئة مدني من المخيم.", [(4300.0, "people")]),
    ("وبلغت كلفة الإصلاح 3 ملايين و250 ألف دولار.", [(3250000.0, "USD")]),
])
def test_remainder_after_a_multiplier_is_part_of_the_figure(text: str, expected: list) -> None:
    assert q(text) == expected


def test_a_second_figure_with_its_own_multiplier_stays_two() -> None:
    assert q("ونزح ما بين 3 آلاف و5 آلاف شخص.") == [(3000.0, "people"), (5000.0, "people")]


@pytest.mark.parametrize(("text", "expected"), [
    ("وانتهت المهلة بعد مرور الخمسة عشر يوماً التي حددتها المحكمة.", [(15.0, "days")]),
    ("وأفرجت السلطات عن المعتقلين الأربعة عشر مساء الخميس.", [(14.0, "prisoners")]),
    ("ونقلت الشرطة الثلاثة عشر شابا إلى السجن المركزي.", [(13.0, "people")]),
])
def test_a_teen_with_the_article_is_one_number(text: str, expected: list) -> None:
    assert q(text) == expected


def test_aamayn_after_a_definite_plural_is_an_adjective() -> None:
    assert q("ورفض المحامين العامين في المقاطعة التعليق على القضية.") == []


def test_aamayn_stays_a_span_of_time() -> None:
    assert q("وشهدت المنطقة أكثر من عشر هجمات خلال العامين الماضيين.") == [(2.0, "years")]
    assert q("ونزح آلاف المدنيين العامين الماضيين بسبب المعارك.") == [(1000.0, "people"), (2.0, "years")]


@pytest.mark.parametrize(("text", "expected"), [
    ("وباتت الفصائل تسيطر على نحو 450 كم2 من ريف المحافظة.", [(450.0, "km2")]),
    ("واستعاد الجيش مساحة 90 كلم2 في البادية.", [(90.0, "km2")]),
    ("وتمتد المنطقة العازلة على 1500 كم² تقريبا.", [(1500.0, "km2")]),
    ("وتقدمت القوات 12 كم باتجاه البلدة.", [(12.0, "kilometres")]),
])
def test_square_kilometres_written_with_a_digit(text: str, expected: list) -> None:
    assert q(text) == expected


def test_diplomats_in_both_spellings() -> None:
    assert q("وقررت الحكومة طرد 23 ديبلوماسياً من أراضيها.") == [(23.0, "people")]
    assert q("وقررت الحكومة طرد 23 دبلوماسياً من أراضيها.") == [(23.0, "people")]
