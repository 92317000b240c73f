"""Times, round 17: the particle سوف and the future forms of common verbs of plans put a month or a day with
no year after them in the coming year, not the last one. Sentences written for these tests."""

from __future__ import annotations

import marsad


def dates(text: str, published: str) -> list[tuple[str, str]]:
    return [(t.text, str(t.date)) for t in marsad.analyze(text, published=published).times]


def test_resumed_drills_on_a_coming_day() -> None:
    got = dates("وأوضح المكتب أن المحادثات ستستأنف في العاشر من أيار بعد توقفها.", "2021-02-14")
    assert got == [("العاشر من أيار", "2021-05-10")]


def test_sawfa_before_a_month() -> None:
    got = dates("وقال الوزير إن الحكومة سوف تفتح المعبر في تموز.", "2021-02-14")
    assert got == [("تموز", "2021-07-01")]


def test_past_verb_keeps_last_year() -> None:
    got = dates("وقال الوزير إن الحكومة فتحت المعبر في تموز.", "2021-02-14")
    assert got == [("تموز", "2020-07-01")]


def test_month_written_twice_is_no_farther_from_the_verb() -> None:
    got = dates('وأعلن المنظمون أن القمة ستعقد "في الثالث من تموز/يوليو بحضور القادة".', "2019-03-01")
    assert got == [("الثالث من تموز/يوليو", "2019-07-03")]
