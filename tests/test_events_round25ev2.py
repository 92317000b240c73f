"""Round 25 (EV2): the site of an attack already told is no new attack (events.merge._site_retold).

An attack noun right after a noun of its site (event_cues site_nouns: موقع الهجوم، بموقع التفجير، مكان
الانفجار) names where an attack the article told happened: inspectors bound for it, forces sealing it off,
footage from it. It folds into the attack told before; told there for the first time, or called another
(موقع الانفجار الثاني), it stays."""

from __future__ import annotations

import pytest

import marsad

#: sentences of aftermath with no event of their own, so that the site stands beyond the two sentences within
#: which a definite noun was already folded (events.merge._repeats)
_AFTER = ("ونقل المصابون إلى مستشفى قريب. وقال طبيب إن حالة اثنين منهم خطيرة. "
          "ودعا المحافظ السكان إلى الهدوء. ")


def _attacks(text: str) -> list[marsad.model.Event]:
    return [e for e in marsad.analyze(text).events if e.type == "ATTACK"]


@pytest.mark.parametrize("text", [
    # ambulances rushing to the site
    "فجر انتحاري نفسه داخل مسجد في مدينة بيشاور يوم الجمعة. " + _AFTER + "وهرعت سيارات الإسعاف إلى موقع التفجير.",
    # footage from the blast site, under ب
    "انفجرت سيارة مفخخة قرب حاجز للشرطة في مدينة الرمادي مساء الأحد. " + _AFTER
    + "وأظهرت صور التقطت بموقع الانفجار سيارات محترقة وواجهات محلات مدمرة.",
])
def test_the_site_of_a_told_attack_is_no_new_attack(text: str) -> None:
    assert len(_attacks(text)) == 1


@pytest.mark.parametrize("text", [
    # the site is where the attack is first told: it stays
    "قالت المنظمة إن مفتشيها لم يتمكنوا حتى الآن من دخول موقع الهجوم الكيماوي المزعوم في بلدة اللطامنة.",
])
def test_an_attack_first_told_at_its_site_stays(text: str) -> None:
    assert len(_attacks(text)) == 1


def test_another_attack_at_the_site_stays() -> None:
    text = ("انفجرت سيارة مفخخة قرب حاجز للشرطة في مدينة الرمادي مساء الأحد. " + _AFTER
            + "وبعد نصف ساعة فجر انتحاري نفسه في موقع الانفجار الأول وسط المسعفين.")
    assert len(_attacks(text)) == 2


def _counts(event: marsad.model.Event) -> set[tuple[float, str]]:
    return {(q.value, q.unit) for q in event.quantities}


def test_a_folded_toll_joins_the_first_telling() -> None:
    # «وكانت الهجمات قد أسفرت عن ...» retells the raids of the lede: its dead and wounded are theirs
    text = ("شن مسلحون هجمات على قرى في ريف محافظة السويداء يوم الأربعاء. " + _AFTER
            + "وكانت الهجمات قد أسفرت عن مقتل 246 شخصا وإصابة 170 آخرين.")
    attacks = _attacks(text)
    assert len(attacks) == 1
    assert {(246.0, "people"), (170.0, "people")} <= _counts(attacks[0])


def test_a_toll_told_twice_counts_once() -> None:
    text = ("قتل 30 شخصا في غارات شنتها طائرات حربية على بلدة في ريف إدلب. " + _AFTER
            + "وأسفرت الغارات عن مقتل 30 شخصا.")
    attacks = _attacks(text)
    assert len(attacks) == 1
    assert [q.value for q in attacks[0].quantities].count(30.0) == 1

