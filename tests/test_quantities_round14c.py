"""Quantities, round 14c: a number word from 3 to 10 counts only a plural noun after it, so لست before a
singular (لست مقاتلاً "I am not a fighter") is no count of six; a compound figure with a multiplier and a
remainder (442 ألفاً و462 فنزويلياً) counts the nisba noun that ends it as the multiplier alone does.
Sentences written for these tests."""

from __future__ import annotations

import marsad


def quantities(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in marsad.analyze(text, published="2025-04-06").quantities]


def test_lastu_before_a_singular_is_no_six() -> None:
    assert quantities("وقال الشاب للمحكمة: لست مقاتلاً ولم أحمل السلاح يوماً.") == []


def test_lastu_before_a_singular_nisba_is_no_six() -> None:
    assert quantities("وكتب في رسالته: لست إرهابياً كما يزعمون.") == []


def test_six_before_a_plural_still_counts() -> None:
    assert quantities("وقتل ست مقاتلين في الاشتباكات.") == [(6.0, "fighters")]


def test_six_with_a_preposition_before_a_plural_still_counts() -> None:
    assert quantities("وأشار إلى مقتل خمسة جنود وإصابة لست جنود آخرين.") == [(5.0, "fighters"), (6.0, "fighters")]


def test_a_teen_before_a_singular_still_counts() -> None:
    assert quantities("وقتل خمسة عشر مقاتلاً في الهجوم.") == [(15.0, "fighters")]


def test_compound_figure_ending_in_an_accusative_nisba_counts_people() -> None:
    assert quantities("ويعيش في الجارة 325 ألفاً و118 كولومبياً منذ سنوات.") == [(325118.0, "people")]


def test_compound_figure_before_an_adverb_is_no_people() -> None:
    assert (3200000.0, "people") not in quantities("وتنفق الوزارة 3 ملايين و200 ألف يومياً على الوقود.")


def test_a_participle_with_a_plural_pronoun_after_it_still_counts() -> None:
    assert quantities("وأوقفت الشرطة خمسة مشتبه بتورطهم في التفجير.") == [(5.0, "people")]
