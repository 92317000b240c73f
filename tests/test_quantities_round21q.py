"""Round 21 (QT): a count of leaders is of an armed side's commanders, hence fighters, whatever befalls them, when a
field or military adjective, a force or an armed party follows the leader noun, or the noun carries a pronoun whose
owner is a force told before it in the sentence (numbers pack 40). Leaders of a party or of no side stay people."""

from __future__ import annotations

import marsad


def _q(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in marsad.analyze(text, published="2020-01-01").quantities]


def test_leaders_of_a_force_after_them_are_fighters_when_arrested() -> None:
    assert _q("نجحت الاستخبارات في استدراج 6 من قادة التنظيم إلى كمين قرب الحدود.") == [(6.0, "fighters")]
    assert _q("اعتقلت الشرطة خمسة من قيادات الميليشيا في حي الزهور.") == [(5.0, "fighters")]


def test_field_commanders_are_fighters() -> None:
    assert _q("وألقت القوات القبض على 4 قادة ميدانيين خلال المداهمة.") == [(4.0, "fighters")]


def test_leaders_owned_by_a_force_told_before_are_fighters() -> None:
    assert _q("أقرت ميليشيا الحوثي بمقتل ثلاثة من أبرز قادتها في جبهة الساحل.") == [(3.0, "fighters")]
    assert _q("نعت الجماعة المسلحة أربعة من قياداتها سقطوا في المعارك.") == [(4.0, "fighters")]


def test_leaders_of_a_party_or_of_no_side_stay_people() -> None:
    assert _q("استقال ثلاثة من قيادات الحزب احتجاجا على القرار.") == [(3.0, "people")]
    assert _q("انتخب الحزب الحاكم خمسة من قياداته لعضوية اللجنة.") == [(5.0, "people")]
    assert _q("التقى الوزير 7 قادة من المجتمع المدني في العاصمة.") == [(7.0, "people")]


def test_leaders_of_a_named_party_after_a_force_noun_stay_people() -> None:
    # تنظيم is a force noun, but the name after it is a party's: its leaders need not fight
    assert _q("أوقفت السلطات ثمانية من قيادات تنظيم الإخوان المسلمين في المدينة.") == [(8.0, "people")]


def test_the_dead_of_a_force_that_suffers_them_are_fighters() -> None:
    # numbers pack 41: a force right before a loss verb owns the casualties counted after it
    assert _q("قالت المصادر إن الميليشيات تكبدت نحو 40 قتيلا في الهجوم على التلال.") == [(40.0, "fighters")]


def test_the_dead_in_the_ranks_of_a_force_told_before_are_fighters() -> None:
    assert _q("تقدمت قوات الجيش في الوادي وسط انهيار المسلحين وسقوط العشرات من القتلى في صفوفهم.") \
        == [(10.0, "fighters")]


def test_the_dead_of_no_side_stay_people() -> None:
    assert _q("قالت المصادر إن القرية تكبدت نحو 40 قتيلا في القصف على السوق.") == [(40.0, "people")]
    assert _q("سقط العشرات من القتلى في صفوفهم خلال المسيرة السلمية.") == [(10.0, "people")]
