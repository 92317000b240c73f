"""Claims, round 16b: an outlet alias that is a given name (نينا) with a plain word after it opens a person's name;
a participle of manner or a time word after a verb of saying (وقالت مازحة إن، وتقول الآن إن) is no teller; a title
only a person holds (البروفيسور) speaks as a person; an agency named by its field (وكالة رعاية …) is no outlet;
an adjunct of time (عقب، بعيد، الليلة) or «من + a place» after a teller ends it."""

from __future__ import annotations

import pytest

from tests.conftest import claim_chains


@pytest.mark.parametrize("text, chain", [
    ('وقالت نينا بتروفا، مديرة البرنامج في منظمة العفو الدولية: "يجب إطلاق سراح المعتقلين".',
     [("person", "نينا بتروفا")]),
    ("وقالت نينا بتروفا إن الجيش قصف القرية.", [("person", "نينا بتروفا")]),
    ("وقالت روناهي أحمد إن الجيش قصف القرية.", [("person", "روناهي أحمد")]),
])
def test_an_outlet_alias_that_is_a_given_name_opens_a_person(text: str, chain: list[tuple[str, str]]) -> None:
    assert claim_chains(text) == [chain]


@pytest.mark.parametrize("text", [
    "وذكرت نينا أن الجيش قصف القرية.",
    "وأفادت نينا بمقتل ثلاثة جنود في القرية.",
])
def test_the_alias_alone_is_still_the_outlet(text: str) -> None:
    assert claim_chains(text) == [[("outlet", "نينا")]]


@pytest.mark.parametrize("text, second", [
    ('وقالت الوزيرة سارة حداد إن المدينة آمنة. وقالت مازحة إن الطريق كان "طويلا جدا".',
     [("person", "الوزيرة سارة حداد")]),
    ('وقالت الباحثة سارة حداد إن الطلاب متفوقون. وتقول الآن إن ذلك "لا يمكن قبوله".',
     [("person", "الباحثة سارة حداد")]),
    ("وقال المحافظ سمير حداد إن المدينة آمنة. وأضاف ساخرا إن الطريق مفتوح.",
     [("person", "المحافظ سمير حداد")]),
])
def test_a_word_of_manner_or_time_is_no_teller(text: str, second: list[tuple[str, str]]) -> None:
    chains = claim_chains(text)
    assert len(chains) == 2 and chains[1] == second


def test_a_title_only_a_person_holds_speaks_as_a_person() -> None:
    chains = claim_chains('وغرد البروفيسور روبرت إي كيلي من جامعة بوسان قائلا: "الرئيس لم يقرأ التقرير".')
    assert len(chains) == 1 and chains[0][0][0] == "person"


def test_an_agency_named_by_its_field_is_no_outlet() -> None:
    text = ('وقالت هنريتا فور، المديرة التنفيذية لوكالة رعاية الطفولة التابعة للأمم المتحدة (يونسيف) إن: '
            '"هناك حاجة ملحة للمساعدة".')
    assert claim_chains(text) == [[("person", "هنريتا فور")]]


@pytest.mark.parametrize("text, chain", [
    ('وقال كارلوس عقب انتهاء الجلسة إن "القرار جاء متأخرا".', [("person", "كارلوس")]),
    ("وصرح السفير الفرنسي بعيد إعلان الحكومة الجديدة أن بلاده ستدعم الحوار.", [("official", "السفير الفرنسي")]),
    ("وأورد التلفزيون الرسمي الليلة الماضية أن الرئيس التقى الوفد.", [("outlet", "التلفزيون الرسمي")]),
    ('وقال النائب سمير حداد من بيروت إن "الوضع صعب".', [("person", "النائب سمير حداد")]),
])
def test_an_adjunct_of_time_or_place_ends_the_teller(text: str, chain: list[tuple[str, str]]) -> None:
    assert claim_chains(text) == [chain]


def test_closeness_keeps_the_place_in_the_description() -> None:
    assert claim_chains("وتقول صحيفة الوطن المقربة من دمشق إن روسيا توصلت إلى اتفاق.") == [
        [("outlet", "صحيفة الوطن")]]
