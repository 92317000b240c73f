"""Round 23 (EV2): a killing masdar with a pronoun suffix (اغتياله، مقتلها، إعدامهم) right after a killing told
names that killing's victim again (اغتال مسلحون ضابطا ... أن اغتياله سيزيد التوتر): no new ATTACK; one with a
place or day of its own (نجا من محاولة اغتياله في تعز العام الماضي) stays. Sentences written for this test."""

from __future__ import annotations

import marsad


def _attacks(text: str) -> list[str]:
    art = marsad.analyze(text, published="2018-06-01").to_dict()
    return [art["text"][e["start"]:e["end"]] for e in art["events"] if e["type"] == "ATTACK"]


def test_suffixed_assassination_masdar_is_the_killing_told() -> None:
    text = ("اغتال مسلحون مجهولون ضابطا في الشرطة في مدينة عدن مساء الجمعة. "
            "ويرى مراقبون أن اغتياله سيزيد التوتر في المدينة.")
    found = _attacks(text)
    assert len(found) == 1 and "اغتال مسلحون" in found[0]


def test_suffixed_masdar_with_its_own_place_and_year_stays() -> None:
    # guard: an attempt elsewhere a year before is another happening
    text = ("اغتال مسلحون مجهولون ضابطا في الشرطة في مدينة عدن مساء الجمعة. "
            "وكان شقيقه قد نجا من محاولة اغتياله في تعز العام الماضي.")
    assert len(_attacks(text)) == 2


def test_suffixed_masdar_with_no_killing_before_stays() -> None:
    # guard: nothing told before it to point back to
    text = "وتتهم عائلة الصحفي جهاز المخابرات باغتياله في مدينة إسطنبول الأسبوع الماضي."
    assert len(_attacks(text)) == 1
