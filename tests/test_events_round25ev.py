"""Round 25 (EV): retellings of an attack already told are no new records (events.merge._occurred_retold).

A definite attack noun that is the subject of a verb of occurring (وقد وقع التفجير قرب، قال إن الهجوم وقع في،
الانفجار الذي وقع عند) names the attack told before (event_cues occur_verbs, occur_retold_types,
occur_retold_sentences); a report told in the pluperfect (وكانت وسائل إعلام قد ذكرت أن ...) retells the
article's first telling (event_cues pluperfect_openers). Either stays when it calls itself another (الانفجار
الثاني: occur_apart_words), names a day of its own, or a place outside the first telling's."""

from __future__ import annotations

import pytest

import marsad

#: four sentences of aftermath with no event of their own, so that the retelling stands beyond the two
#: sentences within which a definite noun was already folded (events.merge._repeats)
_AFTER = ("ونقل المصابون إلى مستشفى قريب. وقال طبيب إن حالة اثنين منهم خطيرة. "
          "وأغلقت الشرطة الشوارع المحيطة بالمكان. ودعا المحافظ السكان إلى الهدوء. ")


def _attacks(text: str) -> list[marsad.model.Event]:
    return [e for e in marsad.analyze(text).events if e.type == "ATTACK"]


@pytest.mark.parametrize("text", [
    # the verb of occurring before its subject, with قد
    "انفجرت عبوة ناسفة مساء الاثنين في حي الكرادة وسط بغداد وأصيب أربعة مدنيين بجروح. " + _AFTER
    + "وقد وقع التفجير قرب سوق شعبي مزدحم.",
    # a relative between the noun and its verb
    "قتل سبعة أشخاص في تفجير انتحاري استهدف مقرا للشرطة في مدينة كركوك. " + _AFTER
    + "وأصيب عشرون آخرون في الانفجار الذي وقع عند مدخل المقر.",
    # a pluperfect report of the lede, worded otherwise (غارات → استهدفت)
    "شنت طائرات حربية غارات على مستودع للذخيرة في ريف حمص ليلة الجمعة. " + _AFTER
    + "وكانت وسائل إعلام محلية قد ذكرت أن صواريخ استهدفت المستودع.",
])
def test_an_attack_told_again_is_one_record(text: str) -> None:
    assert len(_attacks(text)) == 1


def test_the_retelling_refines_the_place_of_the_first_telling() -> None:
    text = ("قال مسؤولون إن انتحاريا فجر نفسه في العاصمة الأفغانية كابل صباح الأحد. " + _AFTER
            + "وتبين أن الهجوم وقع أمام مركز تعليمي في منطقة دشت برجي.")
    attacks = _attacks(text)
    assert len(attacks) == 1
    doc = marsad.analyze(text)
    place = next(e for e in doc.entities if e.id == attacks[0].place)
    assert "كابل" not in place.name and "Kabul" in place.name


@pytest.mark.parametrize("text", [
    # another one, numbered
    "انفجرت عبوة ناسفة في سوق الخضار وسط المدينة. " + _AFTER + "وبعد ساعة وقع الانفجار الثاني قرب مستشفى المدينة.",
    # a pluperfect report of a strike in another town
    "شنت طائرات حربية غارات على مستودع للذخيرة في ريف حمص ليلة الجمعة. " + _AFTER
    + "وكانت مصادر محلية قد ذكرت أن صواريخ استهدفت مستودعا في مدينة درعا.",
    # a pluperfect report of a strike a year before
    "شنت طائرات حربية غارات على مستودع للذخيرة في ريف حمص ليلة الجمعة. " + _AFTER
    + "وكانت مصادر محلية قد ذكرت أن صواريخ استهدفت المستودع نفسه العام الماضي.",
    # a pluperfect report of a new strike
    "شنت طائرات حربية غارات على مستودع للذخيرة في ريف حمص ليلة الجمعة. " + _AFTER
    + "وكانت مصادر محلية قد ذكرت أن غارة جديدة استهدفت مستودعا آخر.",
])
def test_another_attack_stays(text: str) -> None:
    assert len(_attacks(text)) == 2
