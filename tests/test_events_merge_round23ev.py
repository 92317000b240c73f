"""Round 23 (EV): a toll told by a verb of outcome whose subject points back to a strike already told (وأسفرت
الغارات عن مقتل، هجمات الأحد أسفرت عن، وأسفر أيضا الهجوم عن) is that strike's outcome, not another ATTACK,
even with comment sentences between; an indefinite subject (وأسفر انفجار وقع في مخزن) is a happening of its
own. Sentences written for this test."""

from __future__ import annotations

import marsad


def _attacks(text: str) -> list[str]:
    art = marsad.analyze(text, published="2018-06-01").to_dict()
    return [art["text"][e["start"]:e["end"]] for e in art["events"] if e["type"] == "ATTACK"]


def test_toll_three_sentences_after_the_strike_is_that_strike() -> None:
    text = ("شنت الطائرات الإسرائيلية غارات على مواقع للقوات الحكومية قرب مدينة حمص فجر الاثنين. "
            "وقال مسؤول إسرائيلي إن العملية جاءت ردا على إطلاق صواريخ. وأضاف أن الوضع متوتر. "
            "وأسفرت الغارات الإسرائيلية على ريف حمص عن مقتل 12 عنصرا على الأقل.")
    found = _attacks(text)
    assert len(found) == 1 and "شنت" in found[0]


def test_toll_of_attacks_named_by_their_day_is_the_attack_told() -> None:
    text = ("هاجم مسلحون حاجزا للشرطة في مدينة العريش يوم الأحد. "
            "وقالت وزارة الداخلية إن هجمات الأحد أسفرت عن مقتل خمسة من رجال الشرطة.")
    assert len(_attacks(text)) == 1


def test_also_between_outcome_verb_and_attack_noun() -> None:
    text = ("هاجمت فصائل المعارضة مواقع للقوات الحكومية في ريف حماة الشمالي مساء السبت. "
            "وقال المرصد إن الاشتباكات مستمرة. وأضاف أن الطيران الروسي شارك. "
            "وأسفر أيضا الهجوم عن إصابة أكثر من 30 عنصرا من القوات الحكومية.")
    assert len(_attacks(text)) == 1


def test_indefinite_blast_with_its_toll_stays_its_own_event() -> None:
    # guard: an explosion told for the first time, indefinite, is another happening
    text = ("هاجم مسلحون حاجزا للشرطة في مدينة العريش يوم الأحد. "
            "وأسفر انفجار وقع في مخزن قرب المدينة عن مقتل شخصين.")
    assert len(_attacks(text)) == 2
