"""Times: relative days and spans that are not counted from publication (sentences written for these
tests)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.pipeline import make_doc
from marsad.stages import times

PUB = date(2024, 12, 5)  # a Thursday


def t(text: str, pub: date | None = PUB) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(x.text, x.date, x.precision, x.date_end) for x in times.find(make_doc(text, published=pub))]


@pytest.mark.parametrize(("text", "expected"), [
    ("قصفت الطائرات البلدة الليلة الماضية", [("الليلة الماضية", "2024-12-04", "day", None)]),
    ("انفجرت سيارة مفخخة عصر أمس قرب السوق", [("عصر أمس", "2024-12-04", "day", None)]),
    ("وصلت التعزيزات مساء الأمس إلى المدينة", [("مساء الأمس", "2024-12-04", "day", None)]),
    # a month after a cue word that carries a conjunction
    ("وفي أيلول اقتحم مسلحون مركز الشرطة", [("أيلول", "2024-09-01", "month", "2024-09-30")]),
    ("ومنذ تشرين الأول تشهد المنطقة اشتباكات", [("تشرين الأول", "2024-10-01", "month", "2024-10-31")]),
])
def test_relative_days_and_cued_months(text: str, expected: list[tuple[str, str | None, str | None, str | None]]
                                       ) -> None:
    assert t(text) == expected


@pytest.mark.parametrize("text", [
    "التقى الوفد الأمين العام السابق للحزب في بيروت",  # a former secretary-general, not last year
    "وقال المدير العام الحالي للمستشفى إن الجرحى نقلوا",
    "وقع الانقلاب في نفس اليوم من ذلك الشهر",  # the same day, not today
    "تذكر الصحيفة ما جرى في مثل هذا اليوم",
])
def test_no_date_of_publication(text: str) -> None:
    assert all(d is None or not d.startswith("2024") for _, d, _, _ in t(text))


@pytest.mark.parametrize(("text", "expected"), [
    # counted from another event: the text is kept, the date is unknown
    ("ظهر القيادي قبل أشهر من اغتياله في العاصمة", [("قبل أشهر", None, "month", None)]),
    ("وصل الوفد قبل يومين من الهجوم على القاعدة", [("قبل يومين", None, "day", None)]),
    # counted from publication
    ("قبل ثلاثة أيام من الآن قتل مدنيان", [("قبل ثلاثة أيام", "2024-12-02", "day", None)]),
])
def test_spans_anchored_elsewhere(text: str, expected: list[tuple[str, str | None, str | None, str | None]]
                                  ) -> None:
    assert t(text) == expected


def test_time_in_prefers_a_time_of_its_own_over_since() -> None:
    doc = make_doc("تحاصر القوات البلدة منذ 3 آذار وقصفتها يوم الثلاثاء", published=PUB)
    doc.times = times.find(doc)
    got = times.time_in(doc, 0, len(doc.text))
    assert got is not None and got.text == "يوم الثلاثاء"


@pytest.mark.parametrize(("text", "expected"), [
    ("عذب المعتقلون في السجن بين 2012 و2014 بحسب الشهود", [("2012 و2014", "2012-01-01", "year", "2014-12-31")]),
    ("دامت الحرب ما بين 1980 إلى 1988", [("1980 إلى 1988", "1980-01-01", "year", "1988-12-31")]),
    ("خلال سنوات التمرد (2004-2009)، قاد الجبهة", [("2004-2009", "2004-01-01", "year", "2009-12-31")]),
    ("بين 2016 و2015 رقمان", []),  # not a span forwards
])
def test_spans_of_bare_years(text: str, expected: list[tuple[str, str | None, str | None, str | None]]) -> None:
    assert t(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # PUB is in December: a month named with a word of the future is the coming one
    ("تعهدت الحكومة بهدنة خلال العيد الذي سيحل في آذار", [("آذار", "2025-03-01", "month", "2025-03-31")]),
    ("وتعقد الجولة المقررة في 12 شباط في جنيف", [("12 شباط", "2025-02-12", "day", None)]),
    # no such word: the last one
    ("وقعت الاشتباكات في آذار بحسب التقرير", [("آذار", "2024-03-01", "month", "2024-03-31")]),
])
def test_future_months(text: str, expected: list[tuple[str, str | None, str | None, str | None]]) -> None:
    assert t(text) == expected


def test_month_of_the_year_named_after_it() -> None:
    assert t("وفي نيسان من العام الماضي وقع الاتفاق") == [
        ("نيسان من العام الماضي", "2023-04-01", "month", "2023-04-30")]


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل في الهجوم نفسه العام قبل الماضي", [("العام قبل الماضي", "2022-01-01", "year", "2022-12-31")]),
    ("وقعت المجزرة الشهر قبل الماضي", [("الشهر قبل الماضي", "2024-10-01", "month", "2024-10-31")]),
])
def test_the_period_before_last(text: str, expected: list[tuple[str, str | None, str | None, str | None]]) -> None:
    assert t(text) == expected
