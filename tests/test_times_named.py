"""Times: days named by what happened on them, the month or year of the time told before (الشهر نفسه), and
spans running back from publication (العامين الماضيين) (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.pipeline import make_doc
from marsad.stages import times

PUB = date(2024, 12, 5)


def t(text: str, pub: date | None = PUB) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(x.text, x.date, x.precision, x.date_end) for x in times.find(make_doc(text, published=pub))]


@pytest.mark.parametrize(("text", "expected"), [
    ("تغيرت السياسة الأمريكية في المنطقة بعد أحداث 11 سبتمبر", [("11 سبتمبر", "2001-09-11", "day", None)]),
    ("ورفعت عائلات ضحايا الحادي عشر من سبتمبر دعوى جديدة",
     [("الحادي عشر من سبتمبر", "2001-09-11", "day", None)]),
    ("وشارك الآلاف في إحياء ذكرى ثورة 25 يناير", [("25 يناير", "2011-01-25", "day", None)]),
    # no cue: the date is the one nearest publication
    ("وصل المبعوث إلى العاصمة في 11 سبتمبر", [("11 سبتمبر", "2024-09-11", "day", None)]),
    # a written year wins over the cue
    ("ذكرت اللجنة أن هجمات 11 سبتمبر 2012 استهدفت القنصلية", [("11 سبتمبر 2012", "2012-09-11", "day", None)]),
])
def test_historic_days(text: str, expected: list[tuple[str, str | None, str | None, str | None]]) -> None:
    assert t(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وصلت اللجنة في أواخر تموز 2019 بعد القصف الذي وقع في الثالث من الشهر نفسه",
     [("أواخر تموز 2019", "2019-07-21", "month", "2019-07-31"), ("الثالث من الشهر نفسه", "2019-07-03", "day", None)]),
    ("اندلعت المعارك في شباط 2015، وفي الشهر ذاته سقطت البلدة، وفي العام نفسه انسحب التنظيم",
     [("شباط 2015", "2015-02-01", "month", "2015-02-28"), ("الشهر ذاته", "2015-02-01", "month", "2015-02-28"),
      ("العام نفسه", "2015-01-01", "year", "2015-12-31")]),
    # nothing told before: the month is not known
    ("وفي الشهر نفسه أعلنت الحكومة الهدنة", [("الشهر نفسه", None, "month", None)]),
])
def test_same_month_or_year(text: str, expected: list[tuple[str, str | None, str | None, str | None]]) -> None:
    assert t(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("تضاعف عدد النازحين خلال العامين الماضيين", [("العامين الماضيين", "2022-12-05", "year", "2024-12-05")]),
    ("وشنت الطائرات عشرات الغارات في الأسبوعين الأخيرين",
     [("الأسبوعين الأخيرين", "2024-11-21", "week", "2024-12-05")]),
    ("تراجعت الهجمات في الأشهر الستة الماضية", [("الأشهر الستة الماضية", "2024-06-05", "month", "2024-12-05")]),
    ("وتصاعد التوتر في الأيام الأخيرة", [("الأيام الأخيرة", "2024-11-28", "day", "2024-12-05")]),
    ("وتغيرت المدينة كثيرا في السنوات الأخيرة", []),
    # العامين with no "past" after it is no span of time of ours
    ("بين العامين الدراسيين فرق كبير", []),
])
def test_recent_spans(text: str, expected: list[tuple[str, str | None, str | None, str | None]]) -> None:
    assert t(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a line break ends the reach of a word of the future: the dated headline after it is this year's
    ("الرئيس يقول إن العواقب ستكون وخيمة\n30 نوفمبر\nالوزير يزور العاصمة", [("30 نوفمبر", "2024-11-30", "day", None)]),
    ("وعلى الحكومة أن تقرر بحلول نهاية آذار", [("نهاية آذار", "2025-03-21", "month", "2025-03-31")]),
    ("وكانت الزيارة مقررة في شهر كانون الثاني", [("شهر كانون الثاني", "2025-01-01", "month", "2025-01-31")]),
    # PUB is a Thursday: the Monday before last
    ("وصل الوفد يوم الاثنين قبل الماضي إلى العاصمة", [("يوم الاثنين قبل الماضي", "2024-11-25", "day", None)]),
])
def test_future_reach_and_weekday_before_last(text: str, expected: list[tuple[str, str | None, str | None, str | None]]
                                               ) -> None:
    assert t(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("سقطت المدينة في العاشر من تموز 2017، ثم سيطر الجيش في آب من العام نفسه على المحافظة",
     [("العاشر من تموز 2017", "2017-07-10", "day", None), ("آب من العام نفسه", "2017-08-01", "month", "2017-08-31")]),
    # the last years of something else are not counted back from publication
    ("تضاعفت الهجمات في السنوات الأربع الأخيرة من ولايته", []),
])
def test_month_of_the_same_year_and_anchored_spans(
        text: str, expected: list[tuple[str, str | None, str | None, str | None]]) -> None:
    assert t(text) == expected
