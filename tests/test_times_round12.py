"""Times, round 12 (calendar 8): a week of a month (الأسبوع الأول/الأخير من الشهر الماضي) is that week, not
the month's first day; غرة + a month is its first day. Metadata: an opening outlet credit followed by the place
it filed from. Sentences written for these tests."""

from __future__ import annotations

import marsad
from tests.conftest import metadata_doc, metadata_fields

PUB = "2025-03-16"


def times(text: str) -> list[tuple[str, str | None, str, str | None]]:
    return [(t.text, t.date, t.precision, t.date_end) for t in marsad.analyze(text, published=PUB).times]


def test_first_week_of_this_month() -> None:
    assert times("وتسلمت البلدية المعدات في الأسبوع الأول من الشهر الجاري.") == [
        ("الأسبوع الأول من الشهر الجاري", "2025-03-01", "week", "2025-03-07")]


def test_second_week_of_a_named_month() -> None:
    assert times("وجرت المفاوضات خلال الأسبوع الثاني من شباط الماضي.") == [
        ("الأسبوع الثاني من شباط الماضي", "2025-02-08", "week", "2025-02-14")]


def test_last_week_of_last_month() -> None:
    assert times("واندلعت الاشتباكات في الأسبوع الأخير من الشهر الماضي.") == [
        ("الأسبوع الأخير من الشهر الماضي", "2025-02-22", "week", "2025-02-28")]


def test_ordinal_day_of_a_month_is_still_a_day() -> None:
    assert times("وأفرج عنه في العاشر من الشهر الجاري.") == [("العاشر من الشهر الجاري", "2025-03-10", "day", None)]


def test_ghurra_is_the_first_day() -> None:
    assert times("وبدأت الحملة الأمنية غرة الشهر الجاري.") == [("غرة الشهر الجاري", "2025-03-01", "day", None)]
    assert times("وتسلمت القوات المعبر غرة شباط الماضي.") == [("غرة شباط الماضي", "2025-02-01", "day", None)]
    assert times("وأعلنت الهيئة أن الهدنة تبدأ غرة شهر رمضان.")[0][1:3] == ("2025-03-01", "day")


def test_outlet_then_place_opening_the_first_paragraph() -> None:
    doc = metadata_doc("بغداد اليوم – كركوك: أفاد مصدر أمني في المحافظة، اليوم الأحد، بمقتل راع وإصابة "
                       "شقيقه بانفجار عبوة ناسفة قرب قرية زراعية جنوب غربي المدينة.")
    assert metadata_fields(doc)[0] == "بغداد اليوم" and metadata_fields(doc)[2] == "كركوك"


def test_outlet_then_a_verb_is_no_dateline() -> None:
    doc = metadata_doc("شفق نيوز – أعلن: جهاز مكافحة الإرهاب اليوم الأحد عن اعتقال ثلاثة مطلوبين في عملية "
                       "نفذها في قضاء الحويجة غربي كركوك بناء على معلومات استخبارية.")
    assert metadata_fields(doc)[2] is None


def test_week_of_a_hijri_month() -> None:
    got = marsad.analyze("وشهدت المدينة في الأسبوع الأول من رمضان هجمات متفرقة.", published="2024-04-20").times
    assert [(t.text, t.date, t.precision, t.date_end) for t in got] == [
        ("الأسبوع الأول من رمضان", "2024-03-11", "week", "2024-03-17")]
