"""Quantities: the same figure told of two groups joined by و is two records; a figure told with a bare
casualty or person noun restates the same figure of a named kind; "others" than the dead of a sentence
restate wounded told before; figures set in brackets in official statements; police and security men are
fighters; pistols are weapons; feminine duals count two (sentences written for these tests)."""

from __future__ import annotations

import pytest

import marsad


def stage(text: str) -> list[tuple[float, str]]:
    """What the whole pipeline keeps (after the one-record-per-fact filter)."""
    return [(x.value, x.unit) for x in marsad.analyze(text).quantities]


@pytest.mark.parametrize(("text", "expected"), [
    # one figure, one fact, two groups joined by و
    ("وأدت المواجهات إلى مقتل 6 من حرس الحدود و6 من المهاجمين قرب السياج",
     [(6, "fighters"), (6, "fighters")]),
    ("سقط في الاشتباك 5 عسكريين و5 مسلحين بحسب مصدر ميداني", [(5, "fighters"), (5, "fighters")]),
    ("قتل 7 مدنيين و7 عناصر من الفصائل في القصف", [(7, "people"), (7, "fighters")]),
    # the same figure in the next sentence is the same fact told again
    ("قتل 5 جنود في الكمين. وأكد الجيش مقتل 5 جنود في الكمين نفسه", [(5, "fighters")]),
    # two clauses of one sentence with no و between the figures: still one fact told twice
    ("أعلن الجيش مقتل 8 جنود، وقال المتحدث إن مقتل 8 جنود لن يمر دون رد", [(8, "fighters")]),
])
def test_one_figure_for_two_joined_groups(text: str, expected: list[tuple[float, str]]) -> None:
    assert stage(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a named kind first, the bare casualty noun after
    ("أكد المرصد مقتل 31 مقاتلا من الفصائل. وقال إن الغارات أوقعت 31 قتيلا في ريف المدينة",
     [(31, "fighters")]),
    # the bare casualty noun first: the record takes the named kind told after
    ("أوقع القصف 14 قتيلا في البلدة. وأكدت الفصائل مقتل 14 عنصرا من مقاتليها", [(14, "fighters")]),
    # a person noun restates the wounded of a named kind
    ("أصيب تسعة عناصر من الشرطة بالانفجار. وأكد البيان إصابة تسعة من أفراد الدورية", [(9, "fighters")]),
    # a group of others of a named kind, restated by a person noun
    ("قتل ضابط وأصيب أربعة جنود آخرون بالانفجار. وأكد البيان إصابة أربعة من أفراد الدورية", [(4, "fighters")]),
    # another fact with the same figure stays
    ("أكد المرصد مقتل 12 مقاتلا. وأصيب 12 شخصا بجروح في القصف", [(12, "fighters"), (12, "people")]),
])
def test_a_bare_noun_restates_a_named_kind(text: str, expected: list[tuple[float, str]]) -> None:
    assert stage(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "others" than the dead, the wounded told in the sentence before
    ("وأصيب 63 شخصا في الانفجار. وقال المسعفون إن 17 مدنيا قتلوا وأصيب 63 آخرون",
     [(63, "people"), (17, "people")]),
    # others killed after others killed: a new group
    ("قتل 4 مدنيين في السوق. وفي قرية مجاورة قتل 4 آخرون بالقصف", [(4, "people"), (4, "people")]),
])
def test_others_restate_the_wounded_told_before(text: str, expected: list[tuple[float, str]]) -> None:
    assert stage(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وأسفرت المداهمات عن القضاء على (18) فردا تكفيريا", [(18, "fighters")]),
    ("وتم ضبط (7) بنادق آلية و (3) رشاشات خلال التفتيش", [(7, "weapons"), (3, "weapons")]),
    # a bracketed span of time is an age or a term, and the number of an article or a unit names it
    ("توفي المصاب (42) عاما متأثرا بجراحه", []),
    ("تنص المادة (9) عنصر مهم من عناصر الاتفاق", []),
])
def test_a_bracketed_figure_before_its_noun(text: str, expected: list[tuple[float, str]]) -> None:
    assert stage(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وقتل في الهجوم رجل شرطة وأصيب ثلاثة آخرون", [(3, "fighters")]),
    ("فتح المسلح النار على خمسة من رجال الشرطة عند الحاجز", [(5, "fighters")]),
    ("وعثرت الدورية على 31 مسدسا في المخزن", [(31, "weapons")]),
    ("وضبطت الشرطة بندقيتين ومسدسين في السيارة", [(2, "weapons"), (2, "weapons")]),
    ("واعتقلت قوات الأمن طالبتين من الجامعة", [(2, "people")]),
])
def test_police_pistols_and_feminine_duals(text: str, expected: list[tuple[float, str]]) -> None:
    assert stage(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a cardinal with the article after a definite unit noun counts it
    ("وأدى التفجير إلى مقتل الحراس الأربعة عند البوابة", [(4, "fighters")]),
    ("ونقل المصابون الثلاثون إلى مستشفى المدينة", [(30, "people")]),
    ("وأفرجت الجماعة عن عناصر الدورية الخمسة بعد أسبوع", [(5, "fighters")]),
    ("وحضر الجلسة النواب الأحد عشر", []),
    ("وصوت الأعضاء الخمسة عشر لصالح القرار", [(15, "members")]),
    ("خلال الأيام الأربعة الماضية", [(4, "days")]),
    # ordinals have other forms; a tens word after a span names an anniversary; one or two are left out
    ("انتشرت الفرقة الرابعة في المدينة", []),
    ("أحيا الفلسطينيون يوم الأرض الأربعين", []),
    ("وصل الوفد يوم الاثنين", []),
])
def test_a_cardinal_after_its_noun(text: str, expected: list[tuple[float, str]]) -> None:
    assert stage(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("قضى في السجن أربع سنوات ونصف", [(4.5, "years")]),
    ("حكمت المحكمة عليه بالسجن عامين ونصف", [(2.5, "years")]),
    ("وتقدمت القوات 6 كيلومترات ونصف داخل الحدود", [(6.5, "kilometres")]),
    ("ونزح أكثر من مليون ونصف المليون شخص", [(1500000, "people")]),
    ("وبلغت الخسائر مليونين ونصف دولار", [(2500000, "USD")]),
    # a count of persons takes no half: the half there is a share of the next noun
    ("قتل خمسة مدنيين ونصف الجرحى من الأطفال", [(5, "people")]),
])
def test_a_half_after_the_figure(text: str, expected: list[tuple[float, str]]) -> None:
    assert stage(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وكان ثلاثة أعضاء من مقاتلي الحركة قد قتلوا في الغارة", [(3, "fighters")]),
    ("وصوت سبعة نواب من الحزب ضد القانون", [(7, "members")]),
    ("وحاصر نحو 300 متطرف المبنى لساعات", [(300, "fighters")]),
])
def test_members_and_extremists(text: str, expected: list[tuple[float, str]]) -> None:
    assert stage(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name and its age in brackets
    ("واختطف المسلحون ابنها (سامر 15 عاما) من أمام المدرسة", []),
    # a span in brackets is counted
    ("ويعيش السكان تحت الحصار (منذ 4 أعوام) دون كهرباء", [(4, "years")]),
])
def test_an_age_in_brackets_after_a_name(text: str, expected: list[tuple[float, str]]) -> None:
    assert stage(text) == expected
