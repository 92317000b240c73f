"""Places, round 15b: the village-pack builder (scripts/build_village_pack.py) counts a Syrian community after
a place noun, each item of a list such a noun heads, and only near a Syrian word (sentences written for
these tests)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import marsad
from marsad.gazetteer import haversine_km
from tests.conftest import place_entity

#: the OCHA points (places 37)
HEZZEH = (33.521, 36.364)
SAHWA = (32.597, 36.369)
SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_village_pack.py"


def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_village_pack", SCRIPT)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


NAMES = {"كفرنبل", "حاس", "تل مرديخ"}


def test_a_name_after_a_place_noun_and_each_item_of_its_list_count() -> None:
    b = _builder()
    cued, bare = b.count_uses(["قصفت الطائرات قريتي حاس وتل مرديخ وبلدة كفرنبل في ريف إدلب السوري."], NAMES)
    assert cued == {"حاس": 1, "تل مرديخ": 1, "كفرنبل": 1}, cued
    assert bare["كفرنبل"] == 1


def test_no_syrian_word_near_the_noun_no_count() -> None:
    b = _builder()
    cued, _ = b.count_uses(["زار الوفد مدينة حاس في جنوب البلاد حيث تفقد المزارع."], NAMES)
    assert not cued, cued


def test_same_name_communities_count_as_one_place_only_within_10_km() -> None:
    b = _builder()
    a = {"LATITUDE": 35.5, "LONGITUDE": 36.6}
    near = {"LATITUDE": 35.55, "LONGITUDE": 36.62}
    far = {"LATITUDE": 36.2, "LONGITUDE": 37.1}
    assert b.one_place([a, near])
    assert not b.one_place([a, far])


# --- places pack 37: the villages the builder selects from the ANT corpus ---

def _near(e: dict, lat: float, lon: float) -> bool:
    return e.get("lat") is not None and haversine_km(e["lat"], e["lon"], lat, lon) < 5


def test_a_name_that_is_no_village_without_its_noun() -> None:
    rec = marsad.analyze("قال المسؤول إن حزة من الإجراءات الجديدة ستعلن قريبا.", published="2018-06-01").to_dict()
    assert not [e for e in rec["entities"] if e["type"] == "place"], rec["entities"]


def test_a_ghouta_town_after_a_place_noun_is_placed() -> None:
    e = place_entity("قصفت الطائرات الحربية بلدة حزة في الغوطة الشرقية صباح الاثنين.", "حزة")
    assert _near(e, HEZZEH[0], HEZZEH[1]), e


def test_a_daraa_village_after_a_place_noun_is_placed() -> None:
    e = place_entity("دخلت وحدات الجيش قرية السهوة في ريف درعا الشرقي بعد اتفاق مع الفصائل.", "السهوة")
    assert _near(e, SAHWA[0], SAHWA[1]), e
