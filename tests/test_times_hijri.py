"""Times: Hijri dates by the tabular Islamic calendar, and Hijri month names that are also personal names or
number words (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.pipeline import make_doc
from marsad.stages import times

PUB = date(2024, 12, 5)  # 3 Jumada al-Akhirah 1446 by the tabular calendar


def t(text: str, pub: date | None = PUB) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(x.text, x.date, x.precision, x.date_end) for x in times.find(make_doc(text, published=pub))]


@pytest.mark.parametrize(("hijri", "gregorian"), [
    ((1, 1, 1), date(622, 7, 19)),  # the epoch (16 July 622 Julian)
    ((1445, 9, 1), date(2024, 3, 11)),  # Ramadan 1445 began on 11 March 2024
    ((1446, 1, 1), date(2024, 7, 8)),  # a tabular month may start a day after the sighted one (7 July)
])
def test_tabular_calendar(hijri: tuple[int, int, int], gregorian: date) -> None:
    assert times.hijri_to_date(*hijri) == gregorian


@pytest.mark.parametrize(("text", "expected"), [
    ("صدر القرار في 27 رمضان 1445 هـ بحسب البيان", [("27 رمضان 1445 هـ", "2024-04-06", "day", None)]),
    ("قتل مسلح في العاشر من ذي الحجة 1445 قرب الحدود",
     [("العاشر من ذي الحجة 1445", "2024-06-17", "day", None)]),
    # no year: the month nearest publication, the last one, or the next one after المقبل
    ("وخلال شهر رمضان الماضي قتل خمسة", [("شهر رمضان الماضي", "2024-03-11", "month", "2024-04-09")]),
    ("يتوقع أن يبدأ الهجوم في شوال المقبل", [("شوال المقبل", "2025-03-31", "month", "2025-04-28")]),
    ("انفجرت العبوة في الخامس عشر من شهر شعبان",
     [("الخامس عشر من شهر شعبان", "2024-02-25", "day", None)]),
])
def test_hijri_dates(text: str, expected: list[tuple[str, str | None, str | None, str | None]]) -> None:
    assert t(text) == expected


@pytest.mark.parametrize("text", [
    "التقى رجب طيب أردوغان نظيره الروسي في سوتشي",  # a personal name
    "وقال رمضان عبد الله إن الحركة سترد",
    "انتهت المباراة 2 صفر لصالح الفريق المضيف",  # a score
    "هذا عمل محرم شرعا",  # an adjective
])
def test_hijri_homographs_are_no_dates(text: str) -> None:
    assert t(text) == []


def test_hijri_without_publication_keeps_the_text() -> None:
    assert t("وقع الهجوم في شهر رمضان", pub=None) == [("شهر رمضان", None, "month", None)]


@pytest.mark.parametrize(("text", "expected"), [
    # a part of a Hijri month is counted in its own days, not the Gregorian month's
    ("افتتحت الأسواق عشية بداية شهر رمضان الماضي", [("بداية شهر رمضان الماضي", "2024-03-11", "month", "2024-03-20")]),
    ("تصاعد القصف في منتصف رمضان", [("منتصف رمضان", "2024-03-21", "month", "2024-03-30")]),
])
def test_parts_of_hijri_months(text: str, expected: list[tuple[str, str | None, str | None, str | None]]) -> None:
    assert t(text) == expected
