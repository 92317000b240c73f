"""Quantities, round 16: الناس is a noun of persons a vague or bare count may count (آلاف الناس،
العشرات من الناس), and لاجىء (ى with a bare hamza, a common spelling of لاجئ) counts people as لاجئ does;
a member noun that qualifies a state (الدول الأعضاء) is no group a later bare count takes its unit from;
supporters, the besieged, residents, sit-in protesters and those hit (مؤيد، مناصر، محاصر، مقيم، معتصم، متضرر)
are people; a toll or number with the article after a verb of change (لترتفع الحصيلة إلى 30، ما رفع الحصيلة
إلى) gives the bare figure after إلى the passage's group, or people for a toll; two figures of years joined
by و in brackets after persons ((22 و25 عاماً)) are their ages; trades (سائق، غواص، صياد، بحارة) count people.
Sentences written for these tests."""

from __future__ import annotations

import marsad


def quantities(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in marsad.analyze(text, published="2025-04-06").quantities]


def test_vague_count_of_the_people() -> None:
    assert quantities("وأدى القصف إلى تهجير آلاف الناس من قراهم.") == [(1000.0, "people")]


def test_vague_count_of_the_people_after_min() -> None:
    assert quantities("وتسبب الغاز باختناق العشرات من الناس في الحي.") == [(10.0, "people")]


def test_refugee_spelt_with_bare_hamza() -> None:
    assert quantities("وعاد نحو 400 لاجىء إلى البلدة خلال الأسبوع.") == [(400.0, "people")]


def test_refugee_spelt_with_bare_hamza_after_scale() -> None:
    assert quantities("ويستضيف البلد أكثر من 700 ألف لاجىء مسجلين.") == [(700000.0, "people")]


def test_member_states_are_no_group_of_a_bare_count() -> None:
    assert quantities("وناقش الوزير الخطة مع الدول الأعضاء في الحلف. وأصيب ثلاثة في الانفجار.") == [(3.0, "people")]


def test_member_states_are_no_group_of_a_nationality_count() -> None:
    assert quantities("وتشاور المبعوث مع الدول الأعضاء في المجلس. وقتل 8 باكستانيين في الهجوم.") == [
        (8.0, "people")]


def test_members_of_a_body_still_give_a_bare_count_their_unit() -> None:
    assert quantities("واجتمع أعضاء اللجنة صباحا. وأصيب ثلاثة في الانفجار.") == [(3.0, "members")]


def test_vague_count_of_supporters_after_min() -> None:
    assert quantities("واحتشد الآلاف من مؤيدي المرشح في الساحة.") == [(1000.0, "people")]


def test_vague_count_of_supporters_construct() -> None:
    assert quantities("وسار مئات المناصرين للحزب في شوارع المدينة.") == [(100.0, "people")]


def test_count_of_the_besieged() -> None:
    assert quantities("وطالبت المنظمة بإجلاء نحو 60 ألف محاصر من البلدة.") == [(60000.0, "people")]


def test_count_out_of_the_sit_in() -> None:
    assert quantities("ونقلت الحافلات 70 من المعتصمين إلى خارج الساحة.") == [(70.0, "people")]


def test_count_of_residents() -> None:
    assert quantities("ويعيش في المخيم قرابة ألفي مقيم.") == [(2000.0, "people")]


def test_definite_toll_after_a_change_verb_counts_people() -> None:
    assert quantities("وسقطت قذائف على السوق صباحا، لترتفع الحصيلة إلى 30.") == [(30.0, "people")]


def test_definite_toll_takes_the_group_told_before() -> None:
    assert quantities("وقتل 4 جنود في كمين قرب الحدود. وارتفعت الحصيلة منذ بدء المعارك إلى 19.") == [
        (4.0, "fighters"), (19.0, "fighters")]


def test_definite_number_with_no_group_told_counts_nothing() -> None:
    assert quantities("وافتتح المعرض أبوابه أمس، وارتفع العدد إلى 45.") == []


def test_transitive_raise_of_a_definite_toll() -> None:
    assert quantities("وانتشلت فرق الإنقاذ جثثا جديدة، ما رفع الحصيلة منذ بداية الشهر إلى 240.") == [(240.0, "people")]


def test_two_ages_in_brackets_count_nothing() -> None:
    assert quantities("واعتقلت الشرطة الشقيقين (22 و25 عاماً) في المطار.") == []


def test_two_ages_in_brackets_with_a_time_after_count_nothing() -> None:
    assert quantities("ودانت المحكمة المتهمين (31 و38 عاما عند توقيفهما) بالتزوير.") == []


def test_a_range_of_years_outside_brackets_still_counts() -> None:
    assert quantities("وتراوحت الأحكام بين 3 و5 سنوات.") == [(3.0, "years"), (5.0, "years")]


def test_count_of_drivers() -> None:
    assert quantities("وأضرب نحو ألف سائق عن العمل احتجاجا على الرسوم.") == [(1000.0, "people")]


def test_count_of_divers_and_fishermen() -> None:
    assert quantities("وانضم 12 غواصا و30 صيادا إلى عمليات البحث.") == [(12.0, "people"), (30.0, "people")]


def test_seas_and_farms_are_no_persons() -> None:
    assert quantities("وتطل المدينة على ثلاثة بحار وتحيط بها عشرات المزارع.") == []
