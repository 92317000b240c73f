"""Round 20: counts out of an armed group named by its own name, the مليشيا spellings, كيلو مترا, إنسان
(numbers pack 38: force_nouns, ambiguous_people.force_cues, units.kilometres, units.people)."""

from __future__ import annotations

import marsad


def _q(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in marsad.analyze(text, published="2020-01-01").quantities]


def test_count_out_of_a_named_armed_group_is_fighters() -> None:
    # no force noun (قوات، ميليشيات) before the name: the entities stage's armed group tells the unit
    assert _q("قتل 14 من داعش في كمين قرب الحدود.") == [(14.0, "fighters")]
    assert _q("أصيب تسعة من جبهة النصرة في الاشتباك الأخير.") == [(9.0, "fighters")]
    assert _q("قتل 6 أشخاص من هيئة تحرير الشام بغارة جوية.") == [(6.0, "fighters")]
    assert _q("سقط 8 قتلى في صفوف داعش خلال المعارك.") == [(8.0, "fighters")]


def test_count_out_of_a_party_or_a_state_stays_people() -> None:
    # a party has members who do not fight; a state's name is where the persons come from
    assert (5.0, "fighters") not in _q("قتل 5 من سوريا في القصف على البلدة.")
    assert _q("قتل 7 من المدنيين في القصف على البلدة.") == [(7.0, "people")]


def test_militia_spellings_count_fighters() -> None:
    assert _q("قتل 12 من المليشيات في الغارات الأخيرة.") == [(12.0, "fighters")]
    assert _q("قتل سبعة من مليشيات الحوثي بنيران القناصة.") == [(7.0, "fighters")]
    assert _q("أصيب العشرات من ميلشيات النظام في الاشتباكات.") == [(10.0, "fighters")]


def test_two_word_kilometre_in_the_accusative() -> None:
    assert _q("تقدمت القوات 15 كيلو مترا داخل البلدة.") == [(15.0, "kilometres")]
    assert _q("قطعت الدبابات ما يزيد عن 30 كيلو متراً باتجاه الجنوب.") == [(30.0, "kilometres")]


def test_insan_counts_people() -> None:
    assert _q("يعيش في المحافظة قرابة مليوني إنسان.") == [(2000000.0, "people")]


def test_vague_dead_in_the_ranks_of_a_force_are_fighters() -> None:
    # the article of القتلى no longer hides the generic noun: عشرات القتلى في صفوف X counts as 10 قتلى does
    assert _q("سقط عشرات القتلى في صفوف ميليشيا النظام خلال الهجوم.") == [(10.0, "fighters")]
    assert _q("خلفت الغارات العشرات من القتلى في صفوف المتمردين.") == [(10.0, "fighters")]


def test_dead_and_wounded_pair_reads_the_force_after_it() -> None:
    assert _q("أوقعت المعارك عشرات القتلى والجرحى من الميليشيات في الجبهة.") == [(10.0, "fighters")]
    assert _q("أوقعت المعارك عشرات القتلى والمصابين في صفوف داعش.") == [(10.0, "fighters")]


def test_dead_among_civilians_or_with_no_side_stay_people() -> None:
    assert _q("أوقع القصف عشرات القتلى والجرحى من المدنيين في السوق.") == [(10.0, "people")]
    assert _q("أسفر انفجار السيارة عن سقوط عشرات القتلى في المدينة.") == [(10.0, "people")]
