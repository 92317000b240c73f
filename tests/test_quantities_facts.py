"""Quantities: one record per figure and fact (the same value and unit stated for another fact is another
record, a repeat of the same fact is not), nisba nouns with a proclitic before واحد/اثنين, names ending in a
number, dated figures before العام, ages told with من العمر, and counts whose unit must not come from the
shooter's noun (sentences written for these tests)."""

from __future__ import annotations

import pytest

import marsad
from marsad.pipeline import make_doc
from marsad.stages import quantities


def q(text: str) -> list[tuple[float, str]]:
    return [(x.value, x.unit) for x in quantities.find(make_doc(text))]


def stage(text: str) -> list[tuple[float, str]]:
    """What the whole pipeline keeps (after the one-record-per-fact filter)."""
    return [(x.value, x.unit) for x in marsad.analyze(text).quantities]


@pytest.mark.parametrize(("text", "expected"), [
    # killed, then arrested: two facts with one figure
    ("قضى 4 مدنيين بقذيفة سقطت على السوق. وفي المساء اعتقلت الدورية 4 مدنيين من أبناء القرية",
     [(4, "people"), (4, "people")]),
    # killed, then captured
    ("لقي ثلاثة جنود حتفهم قرب المعبر. وأسرت المجموعة ثلاثة جنود آخرين في كمين ليلي",
     [(3, "fighters"), (3, "fighters")]),
    # displaced, then kidnapped
    ("نزح 200 شخص عن القرى الحدودية خلال يومين. وخطف المسلحون 200 شخص من سكانها",
     [(200, "people"), (200, "people"), (2, "days")]),
    # wounded told by a verb after the count, killed by the verb before it
    ("وأضاف المصدر أن ستة أشخاص أصيبوا في الانفجار. ولاحقاً قتل ستة أشخاص على الأقل في هجوم ثان",
     [(6, "people"), (6, "people")]),
])
def test_same_figure_of_another_fact_is_kept(text: str, expected: list[tuple[float, str]]) -> None:
    assert sorted(stage(text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # the lead and the body tell the same killing
    ("قضى 8 مدنيين في الغارة. وقال الدفاع المدني إن 8 مدنيين قتلوا في الغارة نفسها", [(8, "people")]),
    # the same wounded "others" told twice
    ("قتل شرطي وأصيب 11 آخرون في التفجير. وأدى التفجير إلى مقتل الشرطي وإصابة 11 آخرين بجروح",
     [(11, "fighters")]),  # "others" beside a policeman are more of his kind
    # "others" first, then the same wounded as a plain count
    ("قتل شاب وأصيب أكثر من 70 آخرين في المواجهات. وقالت الوزارة إن أكثر من 70 مصاباً نقلوا للمشافي",
     [(70, "people")]),
    # a statement that says no fact repeats the figure told with one
    ("أسفر القصف عن مقتل 9 مدنيين. وبحسب الحصيلة فإن الضحايا 9 مدنيين", [(9, "people")]),
])
def test_repeat_of_the_same_fact_is_one_record(text: str, expected: list[tuple[float, str]]) -> None:
    assert stage(text) == expected


def test_killed_and_wounded_stay_apart() -> None:
    assert stage("قتل خمسة مدنيين في القصف. ونقل إلى المشفى خمسة مدنيين أصيبوا بجروح") == [
        (5, "people"), (5, "people")]


@pytest.mark.parametrize(("text", "expected"), [
    ("وسلمت السلطات رفات لروسيين اثنين عثر عليهما قرب النهر", [(2, "people")]),
    ("وتعرض بلبنانيين اثنين عابرين للحدود إطلاق نار", [(2, "people")]),
    ("وأفادت الشرطة بإصابة وأتراك ثلاثة", []),  # a broken plural before a number word is left alone
    ("ونقل المسعفون جثث لجنود اثنين إلى المشفى", [(2, "fighters")]),
])
def test_nisba_with_a_proclitic_before_a_number_word(text: str, expected: list[tuple[float, str]]) -> None:
    assert q(text) == expected


def test_wounding_noun_before_two_is_not_the_count() -> None:
    # the two are the wounded, counted bare; إصابة is no unit noun of them
    found = quantities.find(make_doc("قتل عنصر من الشرطة وإصابة اثنين في الهجوم على الحاجز"))
    assert [(x.value, x.text) for x in found] == [(2, "اثنين")]


@pytest.mark.parametrize("text", [
    "وقال في حديث لقناة روسيا24 العام الماضي إن المفاوضات متعثرة",
    "وارتفعت جرائم الخطف من 40 في عام 2019 إلى 120 العام الماضي",
    "ويبلغ الناشط المعتقل 27 عاماً من العمر",
])
def test_names_dates_and_ages_are_no_quantities(text: str) -> None:
    assert all(u != "years" for _, u in q(text))


def test_glued_proclitic_before_digits_still_counts() -> None:
    assert q("وقتل و5 جنود وب3 أطفال") == [(5, "fighters"), (3, "people")]


def test_arrested_wanted_persons_are_people() -> None:
    assert q("وألقت الدورية القبض على 14 مطلوباً للقضاء") == [(14, "people")]


def test_others_after_the_shooters_noun_are_people() -> None:
    text = ("توفي شابان متأثرين بإصابتهما برصاص الجنود عند السياج. وذكرت الوزارة أن 90 آخرين أصيبوا "
            "بالرصاص الحي، نقل 30 منهم إلى المشافي")
    assert q(text) == [(2, "people"), (90, "people"), (30, "people")]


def test_own_toll_after_the_same_figure_as_a_part_is_kept() -> None:
    # 12 among the dead of one strike, then 12 killed in another town: two facts
    text = ("أدت الغارات إلى مقتل 30 مدنياً بينهم 12 طفلاً. وفي بلدة أخرى قتل 12 طفلاً "
            "بقذيفة سقطت على مدرسة")
    assert stage(text) == [(30, "people"), (12, "people"), (12, "people")]


def test_part_after_its_own_toll_restates_it() -> None:
    text = ("قتل 20 عنصراً من الشرطة إضافة إلى سبعة مقاتلين أجانب. وأفاد المصدر أن 27 قتيلاً سقطوا "
            "بينهم سبعة مقاتلين أجانب")
    assert [v for v, _ in stage(text)].count(7) == 1


def test_count_after_among_and_a_noun_is_a_part() -> None:
    text = ("أصيب أكثر من 200 شخص، بينهم أربعة مسعفين. ونقل الهلال الأحمر المصابين، "
            "وبين الجرحى أربعة مسعفين")
    assert [v for v, _ in stage(text)].count(4) == 1


@pytest.mark.parametrize("text", [
    "وكان المصور مقاتلاً سابقاً في حرب الأفغان وأحد أبرز الشهود عليها",
    "وأصيب مدني وإحدى الممرضات بشظايا القذيفة",
])
def test_and_one_of_is_no_count_of_one(text: str) -> None:
    assert all(v != 1 for v, _ in q(text))


def test_a_verb_glued_to_digits_still_counts() -> None:
    assert q("وأوقعت المعارك في البلدة أوقعت17 قتيلاً") == [(17, "people")]
