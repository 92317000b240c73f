"""Quantities: ages are no counts of years; totals stated before عدد; new people nouns (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from marsad.pipeline import make_doc
from marsad.stages import quantities


def q(text: str) -> list[tuple[float, str]]:
    return [(x.value, x.unit) for x in quantities.find(make_doc(text))]


@pytest.mark.parametrize("text", [
    "قتل قناص فتى يبلغ من العمر ثلاث عشرة سنة قرب المدرسة",
    "اعتقلت الشرطة رجلاً بعمر 52 عاماً في المطار",
    "عن عمر يناهز 70 عاماً توفي القائد",
    "أصيب شاب يبلغ 23 سنة بشظية",
    "قتلت الغارة خالد يوسف (34 عاماً) أمام منزله",
    "اعتقل الأمن سامي حداد، 41 عاماً، في منزله",
    "وطلبت الجماعة من الشبان تحت سن الـ30 عاماً الالتحاق بها",
    "أصيب أطفال تتراوح أعمارهم بين ثمانية أعوام و11 عاماً",
    "تتراوح أعمارهم بين ثلاثين وأربعين عاما",
    "لا يحاكم من يبلغون 16 عاماً أمام المحاكم العسكرية",
])
def test_an_age_counts_nothing(text: str) -> None:
    assert [u for _, u in q(text) if u == "years"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("تحاصر القوات المدينة منذ ثلاث سنوات", [(3, "years")]),
    ("حكمت المحكمة عليه بالسجن 12 عاماً", [(12, "years")]),
    ("تستمر الهدنة، 3 أيام، في ريف حمص", [(3, "days")]),  # a span of days between commas is no age
    ("وصل بذلك إلى 84 عدد المدنيين الذين قضوا في القصف", [(84, "people")]),
    ("ارتفع إلى 40 عدد عناصر الشرطة المصابين", [(40, "fighters")]),
    ("وأعلن البيان مقتل عدد (9) عنصر مسلح خلال المداهمة", [(9, "fighters")]),
    ("وضبطت القوات عدد (5) بنادق آلية", [(5, "weapons")]),
    ("اعتقلت الشرطة 6 نشطاء في العاصمة", [(6, "people")]),
    ("كانت الحافلة تقل 45 راكباً عند انقلابها", [(45, "people")]),
    ("وعلى متن الطائرة 120 مسافراً", [(120, "people")]),
])
def test_counts_kept(text: str, expected: list[tuple[float, str]]) -> None:
    assert q(text) == expected


def test_a_bracketed_number_without_count_noun_counts_nothing() -> None:
    assert q("نص المادة (12) عنصر أساسي في القانون") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل في القصف صحفيان محليان", [(2, "people")]),
    ("وأصيب فلسطينيان برصاص الجنود", [(2, "people")]),
    ("قتل مراهقان عراقيان في الانفجار", [(2, "people")]),  # the agreeing adjective is no second count
    ("أعلن ضابطان عسكريان انشقاقهما", [(2, "officers")]),
    ("وقال مسؤولان عسكريان إن الهجوم صد", []),  # officials are counted by no unit; their adjective counts nothing
    ("اعتقلت الشرطة ثلاثة شرطيين متهمين بالرشوة", [(3, "fighters")]),
])
def test_dual_nouns_and_their_adjectives(text: str, expected: list[tuple[float, str]]) -> None:
    assert q(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وأكد المصدر أن 45 من ميليشيات الحوثي قتلوا في الكمين", [(45, "fighters")]),
    ("خسرت المعارك نحو 130 من وحدات النخبة", [(130, "fighters")]),
    ("وقتل في المعارك 35 على الأقل من الفصائل المعارضة", [(35, "fighters")]),
    ("قتل 8 طلبة في إطلاق النار على الجامعة", [(8, "people")]),
    ("سيطرت في 2016 من قوات النظام على المدينة", []),  # a year before من قوات counts nothing
])
def test_counts_out_of_a_force_and_students(text: str, expected: list[tuple[float, str]]) -> None:
    assert q(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a span of months is no group: the part counted with منهم is of the protesters
    ("احتشد مئات المتظاهرين في الساحة منذ 3 أشهر، وأصيب 45 منهم بالرصاص",
     [(100, "people"), (45, "people")]),
    ("قالت الشرطة إن السائق و4 آخرين أصيبوا في الحادث", [(4, "people")]),
])
def test_parts_and_others_with_no_count_before(text: str, expected: list[tuple[float, str]]) -> None:
    assert q(text) == expected
