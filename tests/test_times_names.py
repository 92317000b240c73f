"""Times: اليوم inside the name of an outlet is no date, nor اليوم before an adjective of the day told
(sentences written for these tests)."""

from __future__ import annotations

import pytest

import marsad


def times(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.date) for t in marsad.analyze(text, published="2019-03-04").times]


@pytest.mark.parametrize("text", [
    "وقال الوزير في مقابلة مع قناة روسيا اليوم إن بلاده لن تنسحب",
    "ونقلت وكالة بغداد اليوم عن مصدر أمني أن الهجوم فشل",
    "وذكرت صحيفة اليوم السابع أن الشرطة أغلقت الطريق",
    "وافتتح الوزير أعمال المؤتمر في اليوم الافتتاحي بكلمة عن الإعمار",
    "وانتهت المحادثات في اليوم الختامي دون اتفاق",
])
def test_no_today(text: str) -> None:
    assert times(text) == []


def test_today_next_to_a_name_is_still_today() -> None:
    assert times("وقال مراسل قناة روسيا اليوم إن القصف تجدد اليوم على البلدة") == [("اليوم", "2019-03-04")]


@pytest.mark.parametrize(("text", "expected"), [
    # "since the day of" a date is that date, not a day back from publication
    ("ولا يزال الصحفي مفقودا منذ يوم 25 شباط الماضي", [("25 شباط الماضي", "2019-02-25")]),
    ("وكان الوفد قد وصل قبل يوم الجمعة", [("يوم الجمعة", "2019-03-01")]),
    # with nothing after it, a day ago
    ("وكان الوفد قد وصل قبل يوم", [("قبل يوم", "2019-03-03")]),
])
def test_since_the_day_of(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert times(text) == expected
