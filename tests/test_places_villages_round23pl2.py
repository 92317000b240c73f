"""Places, round 23 (PL2): Syria's OCHA communities load by default (villages_sy.jsonl, derived by
scripts/build_sy_villages.py) with the rules of an imported gazetteer, and a village of that pack counts only in an
article that names its governorate (sentences written for these tests)."""

from __future__ import annotations

import pytest

import marsad
from marsad import gazetteer as gz


@pytest.fixture(autouse=True)
def _no_import(plain_home):  # type: ignore[no-untyped-def]
    yield


def _places(text: str) -> list[dict]:
    return [e for e in marsad.analyze(text, published="2018-07-01").to_dict()["entities"] if e["type"] == "place"]


def _with_name(text: str, name: str) -> list[dict]:
    return [e for e in _places(text) if any(name in m["text"] for m in e["mentions"])]


@pytest.mark.parametrize(("text", "name", "lat", "lon"), [
    # Daraa's western countryside: a village no pack or GeoNames town holds
    ("قصفت المدفعية قرية سملين في ريف درعا الغربي منذ ساعات الصباح الأولى.", "سملين", 33.04, 36.10),
    ("نزحت عشرات العائلات من بلدة زمرين باتجاه الحدود بعد ليلة من القصف على ريف درعا.", "زمرين", 33.05, 36.08),
    # two items of a list a plural village noun heads, in Deir ez-Zor
    ("سيطرت القوات على قرى الجنينة والجيعة غربي مدينة دير الزور بعد معارك استمرت يومين.", "الجيعة", 35.41, 40.16),
])
def test_village_in_a_named_governorate_takes_its_point(text: str, name: str, lat: float, lon: float) -> None:
    ents = [e for e in _with_name(text, name) if e.get("lat") is not None]
    assert ents, _places(text)
    assert abs(ents[0]["lat"] - lat) < 0.05 and abs(ents[0]["lon"] - lon) < 0.05
    assert ents[0]["country"] == "SY"


@pytest.mark.parametrize(("text", "name"), [
    # no governorate named: the village could be any of its namesakes, or none
    ("قصفت المدفعية قرية سملين منذ ساعات الصباح الأولى وأصابت عددا من المدنيين.", "سملين"),
    # the article's governorate is another one: OCHA's هداج lies in Hama, the news speaks of Hasakah
    ("استهدف قصف جوي قرية هداج في ريف الحسكة الجنوبي وقتل فيه مدنيان.", "هداج"),
])
def test_village_outside_the_named_governorates_takes_no_point(text: str, name: str) -> None:
    assert all(e.get("lat") is None or not 34.9 < e["lat"] < 35.2 for e in _with_name(text, name))
    if "هداج" not in text:
        assert all(e.get("lat") is None for e in _with_name(text, name))


def test_the_named_governorate_picks_the_namesake() -> None:
    # OCHA holds an عقربا in Rif Dimashq and one in Daraa: the article names Daraa
    text = "قطعت الفصائل الطريق بين بلدتي عقربا وكفر شمس في ريف درعا الشمالي."
    ents = [e for e in _with_name(text, "عقربا") if e.get("lat") is not None]
    assert ents and ents[0]["lat"] < 33.3


def test_pack_town_is_not_displaced_by_a_village_namesake() -> None:
    # OCHA lists a village عفرين near al-Bab; the name means the town
    info = gz.alias_table()["عفرين"]
    assert info.ids and not any(i.startswith(f"{gz.VILLAGE_PACK}:") for i in info.ids)
    rec = gz.records_by_id()[f"{gz.VILLAGE_PACK}:C6055"]
    assert rec.name_ar == "سملين" and rec.country == "SY" and rec.admin1 == "Daraa"


def test_a_one_word_village_needs_a_place_noun() -> None:
    # سملين right after a preposition, with its governorate named, is not enough for a one-word village name
    text = "وصل الوفد إلى سملين ثم عاد إلى مدينة درعا مساء."
    assert not [e for e in _with_name(text, "سملين") if e.get("lat") is not None]
