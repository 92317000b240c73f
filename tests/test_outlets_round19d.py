"""Anaphora 1.25: a cue noun with a sense besides the media one (موقع، شبكة، منصة) licenses a one-word outlet
alias that is a common word only where an outlet is told of. Sentences written for these tests."""

from __future__ import annotations

import pytest

import marsad


def outlets(text: str) -> list[str]:
    art = marsad.analyze(text, published="2019-03-16")
    return [e.name for e in art.entities if e.type == "outlet"]


@pytest.mark.parametrize("text", [
    "وزار الوزير موقع البناء الجديد للمستشفى برفقة المحافظ.",
    "ووصلت فرق الإسعاف إلى موقع الحدث بعد نصف ساعة من الانفجار.",
    "ونشر البيان على موقع الاتحاد الرياضي صباح الأحد.",
    "وتفقد قائد الفرقة موقع العالم الذي أقيم عليه السد.",
])
def test_site_in_another_sense_names_no_outlet(text: str) -> None:
    assert outlets(text) == []


@pytest.mark.parametrize("text", [
    "وذكر موقع البناء أن الحكومة رفعت أسعار الخبز.",
    "وقال مصدر أمني لموقع البناء إن الطريق أغلق.",
    "وأورد السبت موقع البناء تفاصيل الاتفاق.",
    "وموقع البناء قال إن الحكومة رفعت أسعار الخبز.",
    "وفي تقرير نشره موقع البناء الإلكتروني تفاصيل عن الاتفاق.",
])
def test_site_that_reports_is_the_outlet(text: str) -> None:
    assert outlets(text) != []


def test_newspaper_cue_needs_no_reporting_word() -> None:
    # صحيفة has no other sense: the cue alone still licenses the alias
    assert outlets("واطلع الوزير على صحيفة الوطن في مكتبه صباح اليوم.") != []
