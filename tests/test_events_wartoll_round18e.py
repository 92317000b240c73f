"""Round 18e: the casualty masdar (event_cues toll_nouns: مقتل، مصرع) counts a war's toll like a killing verb when
منذ and the start of the war, or a party's entry into it, follow in its clause (events.merge._war_toll); a
superlative right before منذ (toll_superlatives: الأكثر دموية منذ بدء الحرب، أعنف هجوم منذ اندلاع النزاع)
ranks one happening against the war, which stays an event. Sentences written for these tests."""

from __future__ import annotations

import marsad


def _events(text: str) -> list[tuple[str, str]]:
    art = marsad.analyze(text, published="2018-05-01")
    return [(e.type, e.trigger.text) for e in art.events]


def test_a_masdar_toll_since_the_war_began_is_no_event() -> None:
    assert _events("وأحصى المرصد مقتل 350 مدنيا منذ بدء الحرب في اليمن.") == []
    assert _events("وأعلنت المنظمة مصرع 60 طفلا منذ اندلاع النزاع.") == []
    assert _events("وأكدت الوزارة مقتل 92 جنديا منذ التدخل في الحرب.") == []


def test_a_masdar_toll_since_an_offensive_is_still_an_event() -> None:
    assert _events("وأعلنت الوزارة مقتل 42 جنديا منذ بدء الهجوم على البلدة.") != []


def test_a_superlative_before_since_keeps_the_happening() -> None:
    assert _events("وقتل 40 جنديا في أعنف هجوم منذ اندلاع النزاع.") != []
    assert _events("وقتل 25 مدنيا في الهجوم الأكثر دموية منذ بدء الحرب.") != []
