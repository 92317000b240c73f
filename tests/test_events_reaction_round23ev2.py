"""Round 23 (EV2): what a reaction word reacts to (نددت ... بالهجمات، تدين الضربات، استنكر القصف), after the
article told a strike in an earlier sentence, is that strike named again, not a new ATTACK; a reaction to an
attack with its own day or place, or one that calls itself another, stays apart, and a reaction that is the
article's first telling of the attack keeps it. Sentences written for this test."""

from __future__ import annotations

import marsad


def _attacks(text: str) -> list[dict]:
    art = marsad.analyze(text, published="2018-06-01").to_dict()
    return [e | {"span": art["text"][e["start"]:e["end"]]} for e in art["events"] if e["type"] == "ATTACK"]


_LEDE = ("أطلقت القوات الإيرانية صواريخ على مواقع للجيش الإسرائيلي في هضبة الجولان ليل الأربعاء. "
         "وقال متحدث عسكري إن الدفاعات تصدت لبعضها. وأضاف أن الجيش في حالة تأهب. ")


def test_condemnation_in_a_quote_is_the_strike_told() -> None:
    found = _attacks(_LEDE + "وقال البيت الأبيض في بيان إن \"الولايات المتحدة تدين الهجمات الإيرانية ضد إسرائيل\".")
    assert len(found) == 1 and "أطلقت" in found[0]["span"]


def test_condemned_launch_is_the_strike_told() -> None:
    found = _attacks(_LEDE + "من جهتها، نددت بريطانيا بإطلاق الصواريخ الإيرانية على إسرائيل.")
    assert len(found) == 1 and "أطلقت" in found[0]["span"]


def test_reaction_to_an_attack_elsewhere_on_its_own_day_stays_apart() -> None:
    # guard: a place and a day of its own name another happening
    assert len(_attacks(_LEDE + "ونددت الأمم المتحدة بالهجوم على سوق في محافظة حجة يوم الجمعة.")) == 2


def test_reaction_to_another_attack_stays_apart() -> None:
    # guard: آخر calls it another happening
    assert len(_attacks(_LEDE + "ونددت ألمانيا أيضا بهجوم آخر استهدف قاعدة أمريكية في العراق.")) == 2


def test_reaction_as_first_telling_keeps_the_attack() -> None:
    # guard: nothing told before, so the reaction's object is the article's one telling of the strike
    text = "ندد الاتحاد الأوروبي بالغارات التي استهدفت مستشفى في مدينة إدلب يوم الجمعة."
    assert len(_attacks(text)) == 1
