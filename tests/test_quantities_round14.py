"""Quantities, round 14 (numbers 19): a singular nisba noun right after a thousand or million word is the noun
the figure counts (800 ألف فنزويلي، 110 ملايين روسي), with no verb after it; a currency nisba
(مليون إسترليني) or a thing (آلاف كرسي) is not a people count. Sentences written for these tests."""

from __future__ import annotations

import marsad


def quantities(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in marsad.analyze(text, published="2025-04-06").quantities]


def test_thousands_of_a_nationality_count_people() -> None:
    assert quantities("ويقيم في البلاد قرابة 300 ألف باكستاني منذ سنوات.") == [(300000.0, "people")]


def test_millions_of_a_nationality_count_people() -> None:
    assert quantities("وتقدر المنظمة أن 4 ملايين أفغاني يعيشون خارج بلادهم.") == [(4000000.0, "people")]


def test_short_nisba_after_a_million_counts_people() -> None:
    assert quantities("ويحق لأكثر من 60 مليون تركي الإدلاء بأصواتهم.") == [(60000000.0, "people")]


def test_sterling_after_a_million_is_no_people() -> None:
    assert (5000000.0, "people") not in quantities("وقدمت الحكومة البريطانية 5 ملايين إسترليني للمنظمة.")


def test_chairs_are_no_people() -> None:
    assert quantities("ووزعت البلدية ألفي كرسي و3 آلاف كرسي في القاعات.") == []


def test_day_before_a_weekday_is_a_date_not_days() -> None:
    # the figure is people who fled; يوم الخميس dates it, so it must not count 40000 days
    assert (40000.0, "days") not in quantities("وقالت المنظمة إن 40 ألفاً يوم الخميس فروا من القصف.")


def test_day_before_yesterday_word_is_a_date() -> None:
    assert (12.0, "days") not in quantities("واعتقلت الشرطة 12 يوم أمس في العاصمة.")


def test_bare_day_word_still_counts_days() -> None:
    assert quantities("وبقيت الشاحنات عالقة 45 يوم عند المعبر.") == [(45.0, "days")]
