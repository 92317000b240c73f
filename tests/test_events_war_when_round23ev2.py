"""Round 23 (EV2): a killing whose only setting is the war as a whole (وقتل في الحرب أكثر من ...، جنود قتلوا
خلال الحرب، والدهم قتل في النزاع) is the war's toll or a life's background, no ATTACK; a killing in a strike
during the war, or one its clause dates, stays an event. Sentences written for this test."""

from __future__ import annotations

import marsad


def _attacks(text: str) -> list[str]:
    art = marsad.analyze(text, published="2018-06-01").to_dict()
    return [art["text"][e["start"]:e["end"]] for e in art["events"] if e["type"] == "ATTACK"]


def test_war_toll_with_preposition_is_no_event() -> None:
    text = ("استعادت القوات الحكومية السيطرة على مطار المدينة صباح الأربعاء. "
            "وقتل في النزاع أكثر من عشرين ألف شخص بحسب منظمات دولية.")
    assert _attacks(text) == []


def test_remains_of_soldiers_killed_during_the_war_is_no_event() -> None:
    assert _attacks("تسلمت الحكومة رفات جنود قتلوا خلال الحرب مع الجارة الشمالية.") == []


def test_father_killed_in_the_war_is_background() -> None:
    assert _attacks("ويقول الفتى إن والده قتل في الحرب وإنه يعمل لإعالة إخوته.") == []


def test_killing_in_a_strike_during_the_war_stays() -> None:
    # guard: the strike is a happening of its own
    assert len(_attacks("وقال المرصد إن جنديين قتلا في غارة خلال الحرب على التنظيم.")) == 1


def test_killing_in_the_war_on_a_day_stays() -> None:
    # guard: a day of its own makes it news
    assert len(_attacks("قتل جنديان في الحرب الدائرة في الجنوب يوم الأحد.")) == 1
