"""Quantities, round 15: a part joined with و that reaches a multiplier as big as one already passed is a
second number (ما بين ألف وألفي متظاهر is a range, not 3000), and ألفا (the nominative construct dual, as
مليونا) is two thousand. Sentences written for these tests."""

from __future__ import annotations

import marsad


def quantities(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in marsad.analyze(text, published="2025-04-06").quantities]


def test_thousand_and_two_thousand_is_a_range() -> None:
    assert quantities("وخرج ما بين ألف وألفي متظاهر إلى الساحة.") == [(1000.0, "people"), (2000.0, "people")]


def test_two_spelt_thousands_are_a_range() -> None:
    assert quantities("ونزح بين أربعة آلاف وستة آلاف شخص من القرى.") == [(4000.0, "people"), (6000.0, "people")]


def test_million_and_two_million_is_a_range() -> None:
    assert quantities("ويقدر أن ما بين مليون ومليوني شخص فروا من المدينة.") == [
        (1000000.0, "people"), (2000000.0, "people")]


def test_hundred_thousand_and_two_hundred_thousand_is_a_range() -> None:
    assert quantities("وتراوح عدد العائدين بين مئة ألف ومئتي ألف لاجئ.") == [
        (100000.0, "people"), (200000.0, "people")]


def test_a_smaller_remainder_still_joins() -> None:
    assert quantities("وأحصت المنظمة ثلاثة آلاف وسبعمئة نازح في المخيم.") == [(3700.0, "people")]


def test_a_smaller_multiplier_still_joins() -> None:
    assert quantities("وخصصت الحكومة مليار وستمئة مليون دولار للإعمار.") == [(1600000000.0, "USD")]


def test_nominative_dual_thousand_counts_two_thousand() -> None:
    assert quantities("وأكد المنظمون أن المشاركين ألفا متظاهر على الأقل.") == [(2000.0, "people")]


def test_accusative_thousand_after_tens_stays_a_multiplier() -> None:
    assert quantities("وفر ثلاثون ألفاً من السكان خلال أسبوع.") == [(30000.0, "people")]


def test_bare_vague_count_after_verb_and_phrase_counts_people() -> None:
    assert quantities("وخلفت الحرب دمارا واسعا، وقتل في النزاع مئات الآلاف منذ عقدين.") == [(100000.0, "people")]


def test_bare_digits_after_verb_and_phrase_count_people() -> None:
    assert quantities("وانفجرت عبوة في السوق، وقتل في الانفجار 14 وأصيب 22 آخرون.") == [
        (14.0, "people"), (22.0, "people")]


def test_bare_hedged_count_after_verb_and_pronoun_phrase() -> None:
    assert quantities("واندلعت مواجهات في البلدة قتل فيها نحو 40.") == [(40.0, "people")]


def test_year_after_verb_and_phrase_is_no_count() -> None:
    assert quantities("وقتل في العام 2014 برصاص قناص.") == []


def test_accusative_thousand_before_a_digit_remainder() -> None:
    assert quantities("وكان القارب يقل ألفاً و300 مهاجر عند غرقه.") == [(1300.0, "people")]


def test_accusative_million_before_a_digit_remainder() -> None:
    assert quantities("ووصل عدد اللاجئين في البلد مليوناً و450 ألف لاجئ.") == [(1450000.0, "people")]


def test_accusative_billion_before_a_word_remainder() -> None:
    assert quantities("وخصصت الوزارة ملياراً وثلاثمئة مليون دولار للمشروع.") == [(1300000000.0, "USD")]


def test_construct_dual_million_before_its_noun_stays_two() -> None:
    assert quantities("وخصص البنك مليونا دولار للإغاثة.") == [(2000000.0, "USD")]
