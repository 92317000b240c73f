"""Times: date expressions resolved against the publication date, and publication-date parsing."""

from __future__ import annotations

import time
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.pipeline import make_doc
from marsad.stages import times

PUB = date(2024, 12, 5)  # a Thursday


def t(text: str, pub: date | None = PUB) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(x.text, x.date, x.precision, x.date_end) for x in times.find(make_doc(text, published=pub))]


@pytest.mark.parametrize(("text", "expected"), [
    ("قال المصدر أمس إن الهجوم فشل", [("أمس", "2024-12-04", "day", None)]),
    ("وقع الانفجار البارحة", [("البارحة", "2024-12-04", "day", None)]),
    ("أعلنت الوزارة اليوم الحصيلة", [("اليوم", "2024-12-05", "day", None)]),
    ("حدث ذلك أول أمس", [("أول أمس", "2024-12-03", "day", None)]),
    ("انفجرت العبوة مساء أمس الأول", [("مساء أمس الأول", "2024-12-03", "day", None)]),
    ("وقبل يومين هاجم المسلحون الحاجز", [("قبل يومين", "2024-12-03", "day", None)]),
    ("قبل ثلاثة أيام انفجرت عبوة", [("قبل ثلاثة أيام", "2024-12-02", "day", None)]),
    ("خلال الأسبوع الماضي", [("الأسبوع الماضي", "2024-11-24", "week", "2024-11-30")]),  # Sunday to Saturday
    ("في الشهر الماضي", [("الشهر الماضي", "2024-11-01", "month", "2024-11-30")]),
    ("شهد العام الماضي تراجعاً", [("العام الماضي", "2023-01-01", "year", "2023-12-31")]),
    ("هاجموا يوم الخميس الماضي موقعاً", [("يوم الخميس الماضي", "2024-11-28", "day", None)]),
    ("وصل الوفد أمس الخميس", [("أمس الخميس", "2024-12-04", "day", None)]),
    ("أفرج عنهم في 27 تشرين الثاني الماضي", [("27 تشرين الثاني الماضي", "2024-11-27", "day", None)]),
    ("في 12 نوفمبر 2022 وقعت الاتفاقية", [("12 نوفمبر 2022", "2022-11-12", "day", None)]),
    ("في شباط/فبراير 2023", [("شباط/فبراير 2023", "2023-02-01", "month", "2023-02-28")]),
    ("في 3 آذار", [("3 آذار", "2024-03-03", "day", None)]),
    ("منذ عام 2020", [("عام 2020", "2020-01-01", "year", "2020-12-31")]),
    ("في 2019 انسحبت", [("2019", "2019-01-01", "year", "2019-12-31")]),
    ("منتصف الشهر الجاري", [("منتصف الشهر الجاري", "2024-12-11", "month", "2024-12-20")]),
    ("مطلع العام", [("مطلع العام", "2024-01-01", "year", "2024-03-31")]),
    ("في 18/02/2018 وقع", [("18/02/2018", "2018-02-18", "day", None)]),
    # a weekday that is no ordinary word needs no يوم; one that is (الاثنين "the two") needs commas round it
    ("قالت الوزارة الثلاثاء إن القصف توقف", [("الثلاثاء", "2024-12-03", "day", None)]),
    ("وأعلن الجيش، الاثنين، أن قواته تقدمت", [("الاثنين", "2024-12-02", "day", None)]),
    # an ordinal day, or a day and من, before a month or "the month"
    ("أفرج عنه في العاشر من تشرين الثاني", [("العاشر من تشرين الثاني", "2024-11-10", "day", None)]),
    ("وقعت الاتفاقية في الحادي والعشرين من أيلول 2023",
     [("الحادي والعشرين من أيلول 2023", "2023-09-21", "day", None)]),
    ("بدأت الحملة في الـ3 من الشهر الجاري", [("الـ3 من الشهر الجاري", "2024-12-03", "day", None)]),
    ("انسحبوا في الثاني عشر من الشهر الماضي", [("الثاني عشر من الشهر الماضي", "2024-11-12", "day", None)]),
    ("ودارت المعارك يومي الثلاثاء والأربعاء",
     [("الثلاثاء", "2024-12-03", "day", None), ("الأربعاء", "2024-12-04", "day", None)]),
])
def test_expressions(text: str, expected: list[tuple[str, str | None, str | None, str | None]]) -> None:
    assert t(text) == expected


def test_month_after_publication_month_is_last_year() -> None:
    # published in March: "in October" with no year means last October
    assert t("في تشرين الأول اقتحموا القرية", date(2024, 3, 10))[0][1] == "2023-10-01"
    # "last December" published in December is the December before
    assert t("في كانون الأول الماضي", PUB)[0][1] == "2023-12-01"


def test_unresolved_without_publication_date() -> None:
    assert t("قال المصدر أمس", None) == [("أمس", None, "day", None)]
    assert t("في 3 آذار", None) == [("3 آذار", None, "day", None)]
    # an absolute date needs no anchor
    assert t("في 12 نوفمبر 2022", None)[0][1] == "2022-11-12"


@pytest.mark.parametrize("text", ["أب الشهيد تحدث", "اليوم الأول من المعارك", "أحد العناصر", "اتفق الاثنين على الهدنة",
                                  "خرجوا بعد صلاة الجمعة", "قال خميس الأحمد إن القصف مستمر",
                                  "الأول من نوعه في المنطقة"])
def test_not_times(text: str) -> None:
    assert t(text) == []


def test_time_in_prefers_the_most_precise() -> None:
    doc = make_doc("في عام 2020، وتحديداً يوم الخميس الماضي، هاجموا الموقع", published=PUB)
    doc.times = times.find(doc)
    got = times.time_in(doc, 0, len(doc.text))
    assert got is not None and got.precision == "day" and got.date == "2024-11-28"
    assert times.time_in(doc, len(doc.text) - 3, len(doc.text)) is None


@pytest.mark.parametrize(("value", "expected"), [
    ("2018-02-18", date(2018, 2, 18)),
    ("2018-02-18T20:50:44+03:00", date(2018, 2, 18)),
    ("2018-02-18T20:50:44Z", date(2018, 2, 18)),
    ("Sun, 18 Feb 2018 20:50:44 GMT", date(2018, 2, 18)),
    ("18/02/2018", date(2018, 2, 18)),
    ("18-02-2018", date(2018, 2, 18)),
    ("12 نوفمبر 2024", date(2024, 11, 12)),
    ("not a date", None),
    ("", None),
    ("31/02/2018", None),
])
def test_parse_published(value: str, expected: date | None) -> None:
    assert times.parse_published(value) == expected


@given(st.text(max_size=300), st.none() | st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)))
@settings(max_examples=300, deadline=None)
def test_never_raises(text: str, pub: date | None) -> None:
    times.find(make_doc(text, published=pub))
    times.parse_published(text)


@pytest.mark.parametrize("text", ["7" * 1_000_000, "أمس " * 100_000, "في " * 200_000])
def test_linear_time(text: str) -> None:
    t0 = time.process_time()
    times.find(make_doc(text, published=PUB))
    assert time.process_time() - t0 < 10
