"""Times, round 12b: an event's date told between commas beside its words (قصفت المدفعية، مساء الجمعة،
أطراف القرية), or fronted at the sentence's opening (ومساء الجمعة، قصفت ...); a weekday after a part of the
day carrying و (ومساء الجمعة) or opening a sentence between commas (والجمعة، ...); the first, middle or last
days of a qualified week (أواخر الأسبوع الماضي). Sentences written for these tests."""

from __future__ import annotations

import marsad

PUB = "2025-04-06"  # a Sunday


def dates(text: str) -> list[tuple[str, str | None]]:
    art = marsad.analyze("خبر\n" + text, published=PUB)
    return [(e.type, e.date.date if e.date else None) for e in art.events]


def times(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.date) for t in marsad.analyze("خبر\n" + text, published=PUB).times]


def test_time_between_commas_after_the_subject() -> None:
    assert dates("قصفت المدفعية التركية، مساء الجمعة، أطراف قرية أم الكيف شمالي الحسكة.") == [
        ("ATTACK", "2025-04-04")]


def test_time_between_commas_with_day_word() -> None:
    assert dates("اعتقلت قوات الأمن، يوم الخميس، أربعة شبان في حي الشعار.") == [("ARREST", "2025-04-03")]


def test_time_after_the_object_before_a_comma() -> None:
    assert dates("استهدفت طائرة مسيرة سيارة عسكرية قرب عين عيسى، صباح السبت، ما أدى إلى احتراقها.") == [
        ("ATTACK", "2025-04-05")]


def test_fronted_time_dates_the_sentence_event() -> None:
    assert dates("ومساء الجمعة، قصفت المدفعية التركية أطراف قرية أم الكيف.") == [("ATTACK", "2025-04-04")]


def test_fronted_time_not_given_to_a_far_event() -> None:
    # the event word far on tells an older campaign, not the day of the apology
    out = dates("وفي الأسبوع الماضي، اعتذر رئيس البلدية عن الأضرار التي لحقت بالسكان في حملة قصف طويلة شنها الجيش.")
    assert all(d is None or d < "2025-03-30" for t, d in out if t == "ATTACK")


def test_weekday_after_day_part_with_conjunction() -> None:
    assert times("ومساء الجمعة، خرج المحتجون إلى الساحة.") == [("الجمعة", "2025-04-04")]


def test_weekday_opening_a_sentence_between_commas() -> None:
    assert times("وعاد الهدوء إلى المدينة.\nوالجمعة، أغلقت المحال أبوابها.") == [("الجمعة", "2025-04-04")]


def test_bare_ambiguous_weekday_word_not_a_time() -> None:
    # الاثنين "the two" after a verb, not between a sentence break and a comma
    assert times("وقتل الاثنين، وأصيب ثالث بجروح.") == []


def week(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.date, t.date_end) for t in marsad.analyze(text, published="2025-04-06").times]


def test_late_last_week() -> None:
    assert week("وعاد الوفد إلى بغداد أواخر الأسبوع الماضي.") == [
        ("أواخر الأسبوع الماضي", "2025-04-03", "2025-04-05")]  # the week of Sun 30 March


def test_early_last_week() -> None:
    assert week("واندلعت المواجهات أوائل الأسبوع الماضي.") == [
        ("أوائل الأسبوع الماضي", "2025-03-30", "2025-04-01")]


def test_bare_weekend_is_no_date() -> None:
    assert week("وتغلق الدوائر الرسمية في نهاية الأسبوع.") == []
