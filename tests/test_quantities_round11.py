"""Quantities, round 11 (numbers pack 14): a cumulative toll is one figure, its latest. A figure it rose from is no
range; a bare figure after إلى counts the noun after the عدد/حصيلة a verb of change opens, however long the phrase
between. Sentences written for these tests."""

from __future__ import annotations

import pytest

import marsad


def q(text: str) -> list[tuple[float, str]]:
    return [(x.value, x.unit) for x in marsad.analyze(text, published="2018-06-01").quantities]


def test_a_toll_that_rose_from_one_figure_to_another_is_the_latest() -> None:
    assert q("وأعلنت وزارة الصحة أن عدد الضحايا ارتفع، إذ ارتفع عدد القتلى من 17 إلى 26 شخصا.") == [(26.0, "people")]


@pytest.mark.parametrize(("text", "expected"), [
    ("وارتفع عدد المدنيين الذين قتلوا في القصف على البلدة منذ صباح الأحد إلى 37.", [(37.0, "people")]),
    ("ليرتفع عدد المحتجين الذين قضوا برصاص قوات الأمن منذ 8 تموز/يوليو، إلى 14 على الأقل.", [(14.0, "people")]),
    ("وارتفعت حصيلة جرحى الانفجار الذي وقع في السوق المركزي إلى 45.", [(45.0, "people")]),
    ("وارتفعت حصيلة قتلى قوات الأمن في الهجمات التي شنها المسلحون على الحواجز إلى 19.", [(19.0, "fighters")]),
])
def test_bare_figure_after_ila_is_the_toll_a_change_verb_opened(text: str, expected: list) -> None:
    assert q(text) == expected


@pytest.mark.parametrize("text", [
    "وبلغ عدد الزوار الذين دخلوا المعرض في يومه الأول إلى 300.",
    "وارتفع عدد الطلاب في المدارس الحكومية التي افتتحت هذا العام 12 مدرسة إلى 900.",
    "وارتفع عدد المشاركين في المؤتمر الذي عقد في القاهرة إلى 15.",
])
def test_no_toll_without_a_change_verb_a_casualty_word_or_with_a_figure_between(text: str) -> None:
    assert [v for v, u in q(text) if v in (300.0, 900.0, 15.0)] == []


def test_a_figure_given_before_the_rise_is_a_second_count() -> None:
    got = q("قتل 12 شخصا في انفجار سيارة مفخخة صباح اليوم. وارتفع عدد القتلى في الانفجار بعد الظهر إلى 18.")
    assert got == [(12.0, "people"), (18.0, "people")]


@pytest.mark.parametrize(("text", "expected"), [
    ("وبذلك يرتفع إلى 17 عدد المدنيين الذين قتلوا في المدينة منذ بداية الشهر.", [(17.0, "people")]),
    ("بينما ارتفع إلى 33 على الأقل عدد مقاتلي الفصائل الذين قضوا في المعارك.", [(33.0, "fighters")]),
    ("وارتفع إلى 12 على الأقل عدد قتلى عناصر الشرطة في الهجمات.", [(12.0, "fighters")]),
])
def test_figure_told_before_the_count_noun_of_a_rising_toll(text: str, expected: list) -> None:
    assert q(text) == expected
