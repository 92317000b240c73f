"""Quantities: trillions, a short word ending in alif that is no unit abbreviation (كما is not كم), a bare
figure of a parallel count with its noun left out, a part told with منهم again after the same whole, number
words with one multiplier for a range or in the accusative, speeds and barrel bombs (sentences written for
these tests)."""

from __future__ import annotations

import pytest

import marsad


def stage(text: str) -> list[tuple[float, str]]:
    return [(x.value, x.unit) for x in marsad.analyze(text, published="2019-03-04").quantities]


@pytest.mark.parametrize(("text", "expected"), [
    ("وقدّر التقرير كلفة إعادة الإعمار بنحو 1.2 تريليون دولار", [(1.2e12, "USD")]),
    ("وقال الوزير إن قيمة المشروع تقارب ترليون دولار", [(1e12, "USD")]),
    ("وتبلغ الديون الخارجية 3 ترليونات دولار", [(3e12, "USD")]),
])
def test_trillions(text: str, expected: list[tuple[float, str]]) -> None:
    assert stage(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # كما ("as") after a figure is no كم with an accusative alif
    ("وبلغت المساعدات 80 مليون دولار وليس 65 مليونا كما ذكرت الصحيفة", [(80e6, "USD")]),
    ("وتقع البلدة على بعد 18 كم من الحدود", [(18, "kilometres")]),
])
def test_kama_is_no_kilometre(text: str, expected: list[tuple[float, str]]) -> None:
    assert stage(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the noun said once for two places
    ("وأعلنت الوزارة مقتل 14 شخصا في حمص و9 في حماة جراء السيول",
     [(14, "people"), (9, "people")]),
    ("واعتقلت الشرطة 22 مطلوبا في البصرة و6 في ميسان خلال الحملة",
     [(22, "people"), (6, "people")]),
    # a percentage after في is no count
    ("ويسكن المخيم 30 ألف شخص في الصيف و40 في المئة منهم أطفال", [(30000, "people")]),
    # another preposition after the first count: no parallel
    ("قتل 7 عناصر من الشرطة في الكمين و3 في اليوم التالي", [(7, "fighters")]),
])
def test_parallel_count_with_noun_left_out(text: str, expected: list[tuple[float, str]]) -> None:
    assert sorted(stage(text)) == sorted(expected)


def test_part_of_the_same_whole_told_again_is_one_record() -> None:
    text = ("وشملت الأوامر 180 ضابطا، لا يزال 75 منهم في الخدمة. "
            "وقالت النيابة إن الأوامر شملت 180 ضابطا، لا يزال 75 منهم في الخدمة.")
    assert sorted(stage(text)) == [(75, "officers"), (180, "officers")]


def test_part_of_another_whole_is_kept() -> None:
    text = ("وأصيب 40 شخصا، 12 منهم بالرصاص الحي. "
            "وفي اليوم التالي أصيب 25 شخصا آخرين، 12 منهم بالرصاص الحي أيضا.")
    assert sorted(stage(text)) == [(12, "people"), (12, "people"), (25, "people"), (40, "people")]


@pytest.mark.parametrize(("text", "expected"), [
    # the multiplier said once after the second number word covers the first
    ("ويقدر الباحثون أن ما بين ستة وسبعة آلاف من عناصر التنظيم ما زالوا في البادية",
     [(6000, "fighters"), (7000, "fighters")]),
    ("وقد يضطر من أربعة إلى خمسة ملايين شخص إلى النزوح", [(4e6, "people"), (5e6, "people")]),
    # no multiplier: a range of small numbers
    ("وأصيب ما بين خمسة وستة أشخاص", [(5, "people"), (6, "people")]),
    # a multiplier in the accusative after a tens word
    ("وقتل أكثر من أربعين ألفاً من المدنيين خلال الحرب", [(40000, "people")]),
    ("وقدّر المسؤول عدد المسلحين بنحو تسعين ألفا من المقاتلين", [(90000, "fighters")]),
])
def test_number_words_with_a_multiplier(text: str, expected: list[tuple[float, str]]) -> None:
    assert sorted(stage(text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a distance per hour is a speed
    ("وضربت العاصفة الساحل برياح بلغت سرعتها 140 كلم بالساعة", []),
    ("ويطير الصاروخ بسرعة 900 كيلومتر في الساعة", []),
    ("وسقطت القذيفة على بعد 900 متر من المدرسة عند الساعة الثالثة", [(900, "metres")]),
    # barrel bombs are weapons; a barrel of oil is not
    ("وألقت المروحيات 12 برميلا متفجرا على الحي", [(12, "weapons")]),
    ("وتنتج الحقول 300 ألف برميل من النفط يوميا", []),
])
def test_speeds_and_barrels(text: str, expected: list[tuple[float, str]]) -> None:
    assert stage(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the -ا form before a joined fraction is one million in the accusative, not the construct dual
    ("ورصدت الحكومة مليوناً ونصف مليون دولار لإعادة تأهيل المدارس", [(1.5e6, "USD")]),
    ("ودفعت الوزارة مليونا دولار للمقاول", [(2e6, "USD")]),
    # a figure in digits with a joined fraction after its multiplier
    ("ويعيش في المحافظة 4 ملايين ونصف المليون نسمة", [(4.5e6, "people")]),
    ("وبلغت خسائر الشركة 2 مليار وربع دولار", [(2.25e9, "USD")]),
])
def test_fraction_after_a_multiplier(text: str, expected: list[tuple[float, str]]) -> None:
    assert stage(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a figure in digits with the article after a definite noun counts it
    ("وأفرجت السلطات عن المعتقلين الـ14 بعد أسبوع من التحقيق", [(14, "prisoners")]),
    ("وتحطمت الطائرة فقتل ركابها الـ62", [(62, "people")]),
    # ... but points back to a group counted before, and is an ordinal after a span of time
    ("وأصيب 9 عناصر من الشرطة. ونقل الجرحى الـ9 إلى المستشفى", [(9, "fighters")]),
    ("ودخل الحصار شهره الـ5 وعامه الـ3", []),
    # projectiles are weapons; females are people
    ("ورصد الجيش سقوط نحو 40 مقذوفا على البلدة", [(40, "weapons")]),
    ("وأصيب 14 طفلا و10 إناث", [(14, "people"), (10, "people")]),
])
def test_definite_digits_and_more_nouns(text: str, expected: list[tuple[float, str]]) -> None:
    assert sorted(stage(text)) == sorted(expected)
