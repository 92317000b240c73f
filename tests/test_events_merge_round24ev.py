"""Round 24 (EV): a suffixed masdar after a word of sequence (عقب اقتحامه، بعد سيطرتها عليها) that dates
another clause by the happening just told is that happening named again, no second record (event_cues
time_retold_preps/types/sentences, events.merge._time_clause_retold)."""

from __future__ import annotations

import pytest

import marsad


def _types(text: str) -> list[str]:
    return [e.type for e in marsad.analyze(text).events]


@pytest.mark.parametrize("text", [
    "اقتحم مسلحون مقر وزارة الزراعة في العاصمة صباح الثلاثاء. وقال شهود إن حريقا اندلع في الطابق الأول "
    "عقب اقتحامه من المسلحين.",
    "هاجم عناصر من التنظيم نقطة تفتيش للشرطة على طريق المطار. وأغلقت السلطات الطريق بعد استهدافها "
    "بالأسلحة الرشاشة.",
])
def test_a_deed_told_again_in_a_time_clause_is_one_event(text: str) -> None:
    assert _types(text).count("ATTACK") == 1


@pytest.mark.parametrize("text", [
    # nothing of its type told before: the time clause is the only telling, and it stays
    "وقال مصدر إن الجيش بدأ تمشيط الحي بعد اعتقاله عددا من المطلوبين.",
    # a day of its own: another happening
    "اقتحم مسلحون مقر وزارة الزراعة في العاصمة صباح الثلاثاء. وكانت الوزارة قد أغلقت أبوابها عقب "
    "اقتحامها الأول يوم 3 مارس 2015.",
])
def test_a_time_clause_with_no_deed_before_or_a_day_of_its_own_stays(text: str) -> None:
    types = _types(text)
    assert "ARREST" in types or types.count("ATTACK") == 2


def test_a_bare_masdar_after_a_word_of_sequence_stays() -> None:
    # بعد قصف: no pronoun points back, a strike of its own told to date the next
    text = ("هاجم مسلحون حاجزا للجيش قرب بلدة الصنمين. وقتل ثلاثة مدنيين في بلدة إنخل بعد قصف مدفعي "
            "استهدف السوق.")
    assert _types(text).count("ATTACK") == 2


def test_a_defeat_in_a_time_clause_stays() -> None:
    # بعد هزيمتهم: a war's outcome (time_retold_not_bases), not the strike told before it
    text = ("قصفت الطائرات مواقع التنظيم في الموصل. وقال مصدر إن مسلحي التنظيم فروا إلى الصحراء بعد "
            "هزيمتهم من قبل القوات العراقية.")
    assert _types(text).count("ATTACK") == 2
