"""Places, round 23 (PL): a village noun (قرية، ضيعة، مزرعة) before a name whose only records are big towns
abroad makes a new village of that name, placed by its context, not the town abroad (sentences written for
these tests)."""

from __future__ import annotations

import pytest

import marsad
from tests.conftest import place_entity


def _places(text: str) -> list[dict]:
    return [e for e in marsad.analyze(text, published="2018-07-27").to_dict()["entities"] if e["type"] == "place"]


@pytest.mark.parametrize(("text", "surface"), [
    ("أفاد شاهد من ضيعة بوسان في ريف السويداء الشرقي بأن المهاجمين دخلوا البيوت قبل الفجر.", "ضيعة بوسان"),
    ("دخل عناصر التنظيم قرية بوسان في ريف السويداء الشرقي وأحرقوا عددا من المنازل.", "قرية بوسان"),
])
def test_village_noun_keeps_the_name_at_home(text: str, surface: str) -> None:
    e = place_entity(text, surface)
    assert e["country"] == "SY"
    assert 32.0 < e["lat"] < 33.5 and 35.5 < e["lon"] < 37.5


def test_village_noun_with_no_context_takes_no_big_town_abroad() -> None:
    e = place_entity("سقطت قذيفة على قرية بوسان وأصابت ثلاثة مدنيين.", "قرية بوسان")
    assert e.get("country") != "KR"
    assert e.get("lat") is None


@pytest.mark.parametrize(("text", "surface"), [
    ("وصل الوفد التجاري إلى مدينة بوسان الكورية لتوقيع اتفاق بحري.", "بوسان"),
    ("عقد الوزيران لقاءهما في بوسان قبل أن يعودا إلى العاصمة.", "بوسان"),
])
def test_the_city_abroad_stays_without_a_village_noun(text: str, surface: str) -> None:
    assert place_entity(text, surface)["country"] == "KR"


def test_a_name_known_at_home_keeps_its_record_after_the_village_noun() -> None:
    # a pack name of Syria after قرية is that record, not a new village
    e = place_entity("انسحب المقاتلون من قرية الشبكي في ريف السويداء بعد اشتباكات عنيفة.", "الشبكي")
    assert e["country"] == "SY"
    assert e["name"] == "Shabki"


def test_dia_is_a_cue_noun_for_a_word_like_name() -> None:
    # ضيعة now introduces a village the tables do not know
    names = {e["name_ar"] for e in _places("نزح أهالي ضيعة المطلة في ريف السويداء الشرقي بعد الهجوم.")}
    assert any("المطلة" in n for n in names)


def test_a_plural_village_noun_before_a_city_abroad_keeps_the_city() -> None:
    # «مزارع X» / «قرى X» is as often the farms or villages of the town X
    e = place_entity("تشتهر مزارع الطائف بزراعة الورد الذي يصدر إلى دول الخليج.", "الطائف")
    assert e["country"] == "SA"
