"""Round 20y: a bare count before «(ما) بين قتيل وجريح» counts the casualties (people, or fighters of a force told
after the pair); شهيد/شهداء are casualty nouns for the killed-and-wounded pair (numbers pack 39)."""

from __future__ import annotations

import marsad


def _q(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in marsad.analyze(text, published="2020-01-01").quantities]


def test_bare_count_before_killed_and_wounded_is_people() -> None:
    assert _q("سقط 12 ما بين قتيل وجريح في انفجار السيارة.") == [(12.0, "people")]
    assert _q("أدى الهجوم إلى سقوط مئات بين قتيل وجريح في الأحياء الشرقية.") == [(100.0, "people")]
    assert _q("سقط 25 بين شهيد ومصاب برصاص الجنود عند الحاجز.") == [(25.0, "people")]


def test_bare_count_before_the_pair_of_a_force_is_fighters() -> None:
    assert _q("سقط 35 بين قتيل وجريح في صفوف الميليشيات خلال الهجوم.") == [(35.0, "fighters")]
    assert _q("سقط 60 بين قتيل وجريح من الحوثيين في الغارات.") == [(60.0, "fighters")]
    assert _q("سقط 60 بين قتيل وجريح من المدنيين في الغارات.") == [(60.0, "people")]


def test_the_pair_words_alone_count_nothing() -> None:
    # a count before بين that no casualty pair follows is not read as casualties
    assert _q("سقط 14 بين المنازل المدمرة في الحي.") == []


def test_martyrs_and_wounded_in_the_ranks_of_a_force_are_fighters() -> None:
    assert _q("سقط 4 شهداء و15 جريحا في صفوف قوات الأمن.") == [(4.0, "fighters"), (15.0, "fighters")]
    assert _q("ارتقى 3 شهداء في القصف على المخيم.") == [(3.0, "people")]


def test_fighters_told_by_a_pronoun_after_the_pair() -> None:
    assert _q("خسر التنظيم 70 بين قتيل وجريح من عناصره.") == [(70.0, "fighters")]
