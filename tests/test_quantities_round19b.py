"""Quantities, round 19b: a count of persons whose adjective is an armed party's nisba (from the actors pack:
حوثي، داعشي، فاطمي) counts that party's fighters, while a state's nisba after civilians keeps them people; the
future prefix س does not hide an age verb (سيبلغ). Sentences written for these tests."""

from __future__ import annotations

import marsad


def quantities(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in marsad.analyze(text, published="2019-03-10").quantities]


def test_leaders_with_a_party_nisba_are_fighters() -> None:
    assert quantities("وأعلن التحالف مقتل 25 قياديا حوثيا في محافظة حجة.") == [(25.0, "fighters")]
    assert quantities("قتل 6 قياديين حوثيين بغارة على مخزن للأسلحة.") == [(6.0, "fighters")]


def test_dead_with_a_party_nisba_are_fighters() -> None:
    assert quantities("وسقط 14 قتيلا داعشيا خلال الهجوم على القرية.") == [(14.0, "fighters")]


def test_state_nisba_after_civilians_stays_people() -> None:
    assert quantities("قتل 9 مدنيين يمنيين بقذائف حوثية في تعز.") == [(9.0, "people")]
    assert quantities("وأصيب 13 مواطنا عراقيا في انفجار قرب السوق.") == [(13.0, "people")]


def test_future_prefix_does_not_hide_an_age() -> None:
    assert quantities("وقال إن الأب سيبلغ 72 عاما في الربيع المقبل.") == []
    assert quantities("والمعتقلون سيبلغون 60 عاما قبل انتهاء أحكامهم.") == []


def test_party_officials_outside_a_casualty_sentence_stay_people() -> None:
    assert quantities("ويشارك 4 مسؤولين حوثيين في المفاوضات الجارية في مسقط.") == [(4.0, "people")]
