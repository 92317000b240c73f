"""Places, round 14b: a name the text puts in a governorate or district (X بمحافظة Y، X في محافظة Y، X التابعة
لـY) is not its namesake in another country or far from Y (sentences written for these tests)."""

from __future__ import annotations

import pytest

from marsad.gazetteer import haversine_km
from tests.conftest import place_entity


@pytest.mark.parametrize("text", [
    "قصفت طائرات التحالف مديرية الحسينية بمحافظة الحديدة غربي اليمن.",
    "قتل ثلاثة صيادين في الحسينية في محافظة الحديدة فجر اليوم.",
    "سقط صاروخ على بلدة الحسينية التابعة لمحافظة الحديدة.",
    "سقط صاروخ على بلدة الحسينية، التابعة إدارياً لمحافظة الحديدة.",
    "أصيب ثلاثة مدنيين في الحسينية بمحافظة #الحديدة جراء قصف.",
])
def test_a_name_in_a_governorate_abroad_is_not_the_syrian_namesake(text: str) -> None:
    e = place_entity(text, "الحسينية")
    assert e["country"] == "YE"
    assert e.get("lat") is None or haversine_km(e["lat"], e["lon"], 14.9, 43.1) < 100


def test_the_namesake_inside_the_governorate_named_is_kept() -> None:
    e = place_entity("قتل جنديان في بلدة الحسينية التابعة لمحافظة دير الزور.", "الحسينية")
    assert e["country"] == "SY" and e["precision"] == "place"
    assert haversine_km(e["lat"], e["lon"], 35.38, 40.05) < 25


def test_of_two_namesakes_the_one_inside_the_governorate() -> None:
    e = place_entity("قتل مدنيان في قصف على بلدة السخنة في محافظة الحديدة.", "السخنة")
    assert e["country"] == "YE"


def test_a_town_named_before_a_governorate_of_its_own_country_stays() -> None:
    e = place_entity("اشتباكات عنيفة في الكرمة بمحافظة الأنبار غربي العراق.", "الكرمة")
    assert e["country"] == "IQ" and haversine_km(e["lat"], e["lon"], 33.4, 43.91) < 25


@pytest.mark.parametrize(("text", "surface"), [
    ("قطعت قوات النظام الطريق بين بلدة كفرزيتونا ومدينة حماة.", "بلدة كفرزيتونا"),
    ("اندلعت اشتباكات على الطريق الواصل بين قرية الزعيترية ومدينة منبج.", "قرية الزعيترية"),
])
def test_a_route_end_does_not_take_the_other_ends_point(text: str, surface: str) -> None:
    assert place_entity(text, surface).get("lat") is None


def test_a_village_near_a_town_still_takes_its_point() -> None:
    e = place_entity("استهدفت غارة قرية الزعيترية قرب مدينة منبج.", "قرية الزعيترية")
    assert haversine_km(e["lat"], e["lon"], 36.53, 37.95) < 25
