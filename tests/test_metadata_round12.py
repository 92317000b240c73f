"""Round 12: page stamps and writer lines of sites marsad had not seen (a clock before the date, the Hijri date
after it, dotted dates, the section credit before a date, the writer's name alone or with a trade and handle
under the title)."""

from __future__ import annotations

import marsad
from marsad.stages.metadata import date_line
from tests.conftest import metadata_doc, metadata_fields

BODY = ("أعلنت قوات الأمن الداخلي في المدينة اليوم أنها فككت عبوة ناسفة زرعها مجهولون قرب سوق الخضار الرئيسي، "
        "من دون أن تسجل أي إصابات بين المدنيين.")


def test_clock_before_the_date_and_hijri_after_it():
    # a time stamp then the Gregorian and the Hijri date of the same day
    got = date_line("نُشر: 09:05-4 أبريل 2025 م ـ 6 شوّال 1446 هـ")
    assert got is not None and got[0].isoformat() == "2025-04-04"
    got = date_line("الجمعة 4 نيسان 2025 - 6 شوال 1446 هـ")
    assert got is not None and got[0].isoformat() == "2025-04-04"


def test_a_line_that_says_more_after_the_dates_is_no_date_line():
    assert date_line("4 أبريل 2025 م ـ 6 شوّال 1446 هـ انفجار") is None


def test_dotted_dates():
    for s in ("2025.04.04", "4.4.2025", "04.04.2025 - 10:30"):
        got = date_line(s)
        assert got is not None and got[0].isoformat() == "2025-04-04", s
    assert date_line("2.3.4") is None
    assert date_line("2025.14.04") is None


def test_dotted_date_line_is_the_publication_date():
    doc = metadata_doc("عنوان الخبر هنا\n2025.04.04\n" + BODY)
    assert doc.published is not None and doc.published.isoformat() == "2025-04-04"


def test_dotted_date_in_a_sentence_is_a_time():
    art = marsad.analyze("وقع الانفجار بتاريخ 3.2.2025 قرب السوق الرئيسي في المدينة.", published="2025-02-10")
    assert [(t.text, t.date) for t in art.times] == [("3.2.2025", "2025-02-03")]


def test_section_credit_before_the_date():
    doc = metadata_doc("عنوان الخبر هنا\nالمدن - عرب وعالم | الخميس 2025/04/03\n" + BODY)
    assert metadata_fields(doc)[0] == "المدن"
    assert doc.published is not None and doc.published.isoformat() == "2025-04-03"


def test_writer_alone_under_the_title():
    doc = metadata_doc("عنوان الخبر هنا\nسامر الأحمد\nالخميس 3 أبريل 2025\n" + BODY)
    assert metadata_fields(doc)[1] == "سامر الأحمد"


def test_writer_with_trade_and_handle_under_the_title():
    doc = metadata_doc("عنوان الخبر هنا\nعبد الرحيم النوري مراسل @nouri_news\nالخميس 3 أبريل 2025\n" + BODY)
    assert metadata_fields(doc)[1] == "عبد الرحيم النوري"
    doc = metadata_doc("عنوان الخبر هنا\nليلى حداد كاتبة صحافية\n" + BODY)
    assert metadata_fields(doc)[1] == "ليلى حداد"


def test_a_subtitle_is_no_writer():
    doc = metadata_doc("عنوان الخبر هنا\nانفجار في سوق المدينة\n" + BODY)
    assert metadata_fields(doc)[1] is None


def test_day_month_comma_year_stamp():
    for s in ("2 أبريل، 2025", "نشر في: 2 أبريل, 2025 - 09:15 ص", "الأربعاء 2 نيسان، 2025"):
        got = date_line(s)
        assert got is not None and got[0].isoformat() == "2025-04-02", s
    assert date_line("30 فبراير، 2025") is None


def test_undated_report_dates_itself_with_today_and_the_full_date():
    art = marsad.analyze("أعلنت مديرية الشرطة، اليوم الثلاثاء (8 نيسان 2025)، القبض على عصابة سرقة في المدينة، "
                         "وقالت إن أفرادها اعتقلوا أمس.")
    assert str(art.published) == "2025-04-08"
    assert [(t.text, t.date) for t in art.times if t.text == "أمس"] == [("أمس", "2025-04-07")]


def test_today_with_a_date_of_another_weekday_is_not_the_publication_date():
    art = marsad.analyze("قال المتحدث اليوم الأربعاء (8 نيسان 2025) إن الهجوم كان منسقا.")
    assert art.published is None


def test_a_given_publication_date_wins():
    art = marsad.analyze("قال المتحدث اليوم الثلاثاء (8 نيسان 2025) إن الهجوم كان منسقا.", published="2025-04-09")
    assert str(art.published) == "2025-04-09"
