"""Round 22 EV3: an event's place when the clause names a landmark after the area it happened in.

- a place under a word of nearness or direction (قرب دمشق، شمال العاصمة) after a region or governorate the clause
  puts the event in, lying in another first-level division of the same country, only locates that area: the
  event is in the area (the Eastern Ghouta, the Qalamoun), not at the city;
- a verb right after a relative word whose pronoun points back to a place named before it (الغوطة الشرقية التي
  تحاصرها القوات، البلدات التي تسيطر عليها) acts on that place: it is the verb's place.
Guards: a nearer town of the area's own division (في ريف حمص قرب مدينة القريتين) still says more precisely
where; a relative that is its verb's subject (الدول التي تدعم) lends no place. Sentences written for this test.
"""
from __future__ import annotations

import marsad


def _places(text: str, kind: str) -> list[str | None]:
    art = marsad.analyze(text).to_dict()
    names = {e["id"]: e["name"] for e in art["entities"]}
    return [names.get(e["place"]) for e in art["events"] if e["type"] == kind]


def test_region_under_fi_before_a_city_near_it() -> None:
    places = _places("قتل خمسة مدنيين بغارات جوية في الغوطة الشرقية قرب دمشق يوم الأحد.", "ATTACK")
    assert places == ["Eastern Ghouta"]


def test_region_before_a_directional_landmark() -> None:
    places = _places("واستمرت الاشتباكات العنيفة طوال الليل في منطقة القلمون شمال العاصمة دمشق.", "ATTACK")
    assert places == ["Qalamoun"]


def test_landmark_town_after_its_head_noun() -> None:
    # قرب مدينة حماة: the head noun stands between the word of nearness and the landmark
    text = "قتل أربعة مقاتلين بقصف مدفعي في ريف إدلب الجنوبي قرب مدينة حماة مساء السبت."
    assert _places(text, "ATTACK") == ["southern Idlib countryside"]


def test_governorate_before_a_capital_that_locates_it() -> None:
    text = "قتل ثلاثة من عناصر الشرطة بانفجار عبوة ناسفة في محافظة ديالى شمال شرق بغداد."
    assert _places(text, "ATTACK") == ["Diyala Governorate"]


def test_area_past_its_relative_clause_before_the_landmark() -> None:
    # the relative clause stands between the area and the city that locates it
    text = "قتل ستة أطفال في الغوطة الشرقية التي تسيطر عليها فصائل معارضة قرب دمشق."
    assert _places(text, "ATTACK") == ["Eastern Ghouta"]


def test_relative_verb_acting_on_the_place_before_it() -> None:
    # the siege is of the Ghouta, which the pronoun on the verb points back to
    text = "ويعيش نحو أربعمئة ألف شخص في الغوطة الشرقية التي تحاصرها قوات النظام قرب دمشق منذ سنوات."
    assert _places(text, "DEPLOY") == ["Eastern Ghouta"]


def test_relative_verb_with_a_resumptive_preposition() -> None:
    text = "عاد الأهالي إلى الغوطة الشرقية التي انتشرت فيها قوات الجيش قرب دمشق."
    assert _places(text, "DEPLOY") == ["Eastern Ghouta"]


def test_town_of_the_areas_own_division_stays_more_precise() -> None:
    # guard: al-Qaryatayn lies in Homs, the countryside's own governorate
    places = _places("قتل ثلاثة جنود في ريف حمص قرب مدينة القريتين أمس.", "ATTACK")
    assert places == ["al-Qaryatayn"]


def test_relative_subject_lends_no_place() -> None:
    # guard: the relative is the subject of تدعم, so Turkey is no place of the support
    text = "قال المتحدث إن تركيا التي تدعم فصائل المعارضة السورية لن تسحب قواتها."
    art = marsad.analyze(text).to_dict()
    names = {e["id"]: e["name"] for e in art["entities"]}
    assert all(names.get(e["place"]) not in ("Turkey", "Turkey (country)") for e in art["events"]
               if e["trigger"]["text"] == "تدعم")
