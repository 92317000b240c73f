"""A calendar week opens on the weekday the calendar pack names (الأحد by default, the first working day in
Syria, Iraq and most Arab countries): الأسبوع الماضي/الحالي/المقبل and الأسبوع نفسه. Sentences written for these
tests."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

import marsad
from marsad.stages import times


def week(text: str, published: str) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.date, t.date_end) for t in marsad.analyze(text, published=published).times]


def test_the_pack_opens_the_week_on_sunday() -> None:
    assert times.calendar_pack().week_start == 6


@pytest.mark.parametrize(("published", "start", "end"), [
    ("2025-03-12", "2025-03-02", "2025-03-08"),  # a Wednesday: the week before the one opened on Sun 9 March
    ("2025-03-09", "2025-03-02", "2025-03-08"),  # the Sunday itself opens a new week
    ("2025-03-08", "2025-02-23", "2025-03-01"),  # a Saturday closes its week
])
def test_last_week_runs_sunday_to_saturday(published: str, start: str, end: str) -> None:
    assert week("وشنّت الطائرات الحربية غارات على ريف حماة الشمالي خلال الأسبوع الماضي.", published) == [
        ("الأسبوع الماضي", start, end)]


def test_this_week_on_a_saturday_is_the_week_it_closes() -> None:
    assert week("وأغلقت السلطات المعبر الحدودي مع لبنان هذا الأسبوع.", "2025-03-08") == [
        ("هذا الأسبوع", "2025-03-02", "2025-03-08")]


def test_next_week_and_the_week_fallen() -> None:
    assert week("ويصل وفد أممي إلى دير الزور الأسبوع المقبل.", "2025-03-12") == [
        ("الأسبوع المقبل", "2025-03-16", "2025-03-22")]
    assert week("وتجددت الاشتباكات في محيط الحسكة الأسبوع الفائت.", "2025-03-10") == [
        ("الأسبوع الفائت", "2025-03-02", "2025-03-08")]


def test_late_last_week_is_its_last_days() -> None:
    assert week("وانسحبت الفصائل من القرية أواخر الأسبوع الماضي.", "2025-03-12") == [
        ("أواخر الأسبوع الماضي", "2025-03-06", "2025-03-08")]


def test_another_week_start_is_a_data_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    # a desk whose week opens on Saturday or Monday: set in the pack, no code change
    saturday = dataclasses.replace(times.calendar_pack(), week_start=5)
    monkeypatch.setattr(times, "calendar_pack", lambda: saturday)
    assert times._period("week", -1, 0, date(2025, 3, 12)).date == date(2025, 3, 1)
    monday = dataclasses.replace(saturday, week_start=0)
    monkeypatch.setattr(times, "calendar_pack", lambda: monday)
    assert times._period("week", -1, 0, date(2025, 3, 12)).date == date(2025, 3, 3)


def test_a_pack_without_the_setting_opens_on_sunday() -> None:
    raw = {"weekdays": {"5": ["السبت"], "6": ["الأحد"]}}
    assert times._week_start_day(raw) == 6
    assert times._week_start_day({**raw, "week_starts_on": "السبت"}) == 5
