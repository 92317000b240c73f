"""Round 20c: a death a health body or a ministry announces (أعلنت وزارة الصحة مقتل ...) is the attack it tells.

The death nouns مقتل/مصرع (and now استشهاد) are conditional ATTACK triggers: they need a victim word after them.
Victims named by their people (فلسطينيين، عراقيين), as protesters, citizens, children or youths met none, so the
announcement gave no event at all; and the fire's owner after برصاص was not taken as the doer of a masdar a verb
of telling carries.
"""

from __future__ import annotations

from tests.conftest import event_parties, event_types


def test_announced_death_of_a_people_is_an_attack() -> None:
    assert event_types("وأعلنت وزارة الصحة الفلسطينية مقتل ثلاثة فلسطينيين برصاص الجيش الإسرائيلي شرق رفح.") \
        == ["ATTACK"]
    assert event_types("أعلنت مديرية الصحة مقتل خمسة متظاهرين وإصابة آخرين في ساحة التحرير ببغداد.") == ["ATTACK"]


def test_announced_lone_victim_is_an_attack() -> None:
    assert event_types("وأعلنت مصادر طبية مقتل شاب برصاص قناص في حي الشيخ مقصود بحلب.") == ["ATTACK"]
    assert event_types("وأعلنت وزارة الصحة مقتل مواطن برصاص مجهولين في مدينة درعا.") == ["ATTACK"]


def test_martyrdom_noun_with_victim_is_an_attack() -> None:
    assert event_types("وأعلنت وزارة الصحة استشهاد طفلين برصاص قوات الاحتلال قرب نابلس.") == ["ATTACK"]


def test_martyrdom_of_history_is_no_attack() -> None:
    # no victim word after it: a commemoration, no killing told
    assert event_types("وأحيا الآلاف ذكرى استشهاد الإمام علي في مدينة النجف.") == []


def test_announcer_is_no_doer_the_fire_owner_is() -> None:
    parties = event_parties("وأعلنت وزارة الصحة الفلسطينية مقتل أربعة شبان برصاص الجيش الإسرائيلي شرق خان يونس.")
    assert len(parties) == 1
    kind, a1, a2 = parties[0]
    assert kind == "ATTACK" and a1 is not None and "Israel" in a1 and a2 != a1
