"""Places, round 12 (second pass): nationality adjectives from the actors pack for every state it knows, which
choose among namesakes (مدينة X + nisba); imported villages named like people (given names, أبو/أم) and
facilities built on imported names. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

import marsad
from marsad import gazetteer as gz
from marsad import packs
from marsad.gazetteer import haversine_km
from marsad.stages import places as place_stage
from tests.conftest import place_entity

_place = place_entity


# ------------------------------------------------------------------ nationality adjectives


def test_every_state_of_the_actors_pack_has_its_place_adjectives(plain_home: None) -> None:
    adj = place_stage._lex().nationality
    # one-word nisbas only: «الكوري» alone names neither Korea
    states = {cc for w, cc in packs.state_words("country", singular=True).items() if " " not in w}
    assert states <= set(adj.values())
    for word, cc in (("الكنديه", "CA"), ("الكندي", "CA"), ("الامريكيه", "US"), ("الاميركيه", "US"),
                     ("السعوديه", "SA"), ("الاستراليه", "AU"), ("الفلسطينيه", "PS"), ("التشيليه", "CL")):
        assert adj.get(word) == cc, word
    # ordinary words that look like a nisba of a country are none
    assert "الماليه" not in adj and "القمريه" not in adj and "التركمانيه" not in adj


@pytest.mark.parametrize(("text", "surface", "cc", "point"), [
    ("انفجرت عبوة ناسفة قرب مركز تسوق في مدينة لندن الكندية مساء السبت.", "لندن", "CA", (42.98, -81.23)),
    ("وصل المهاجرون إلى مدينة برشلونة الفنزويلية بعد رحلة طويلة.", "برشلونة", "VE", (10.14, -64.69)),
    ("أغلقت السلطات معبر مدينة رفح المصرية أمام المسافرين.", "رفح", "EG", (31.28, 34.24)),
    ("وقعت اشتباكات في مدينة رفح الفلسطينية جنوبي القطاع.", "رفح", "PS", (31.30, 34.24)),
    ("اعتقلت الشرطة شابا في مدينة بيرث الأسترالية للاشتباه بتخطيطه لهجوم.", "مدينة بيرث", "AU", (-31.95, 115.86)),
])
def test_the_adjective_after_a_shared_name_chooses_its_country(
    plain_home: None, text: str, surface: str, cc: str, point: tuple[float, float]
) -> None:
    e = _place(text, surface)
    assert e["country"] == cc
    assert haversine_km(e["lat"], e["lon"], *point) < 25


def test_the_adjective_of_the_namesake_the_table_has_keeps_it(plain_home: None) -> None:
    e = _place("وصل وزير الخارجية إلى لندن البريطانية في زيارة رسمية.", "لندن")
    assert e["country"] == "GB"


def test_a_town_of_the_adjectives_country_no_table_knows_takes_no_other_countrys_namesake(plain_home: None) -> None:
    # a Canadian province is no town of GeoNames: no point rather than the Californian city of the name
    rec = marsad.analyze("أطلق مسلح النار على المارة في مدينة أونتاريو الكندية.", published="2018-03-01").to_dict()
    for e in rec["entities"]:
        if e["type"] == "place" and any("أونتاريو" in m["text"] for m in e["mentions"]):
            assert e.get("country") != "US"


# ------------------------------------------------------------------ imported names read as people or facilities


def _place_texts(text: str) -> set[str]:
    rec = marsad.analyze(text, published="2018-03-01").to_dict()
    return {m["text"] for e in rec["entities"] if e["type"] == "place" for m in e["mentions"]}


def test_imported_names_headed_by_a_kunya_or_given_name_need_a_cue(ocha_home: Path) -> None:
    t = gz.alias_table()
    assert t["ابو بكر"].cues == ("cue",) and t["علي اغا"].cues == ("cue",)
    assert t["ابو الظهور"].cues == (None,)  # the pack's town keeps its own reading
    found = _place_texts("روى زميله في الجامعة أبو بكر سليمان أن الشاب لم يكن يحمل سلاحا.")
    assert "أبو بكر" not in found


def test_a_held_imported_name_counts_after_a_cue_or_beside_a_place_of_its_area(ocha_home: Path) -> None:
    assert "أبو حبة" in _place_texts("تجددت الاشتباكات في أبو حبة بريف إدلب الجنوبي.")
    found = _place_texts("استهدف القصف المدفعي كفرنبل، وأبو حبة صباح الأحد.")
    assert "أبو حبة" in found
    # a place far from the village in the same sentence licenses nothing
    assert "أبو بكر" not in _place_texts("قال أبو بكر المحمد إن المساعدات وصلت إلى دمشق.")


def test_a_facility_on_an_imported_village_name_abroad_takes_no_syrian_point(ocha_home: Path) -> None:
    # OCHA has villages called الحرية and الأندلس; an airport or dam so named in an Egyptian-Sudanese report is
    # none of them
    for text, head in (("أعلنت السلطات السودانية والمصرية إغلاق مطار الحرية أمام الرحلات.", "مطار"),
                       ("قال وزير الري المصري إن مصر والسودان ترفضان تشغيل سد الأندلس قبل الاتفاق.", "سد")):
        rec = marsad.analyze(text, published="2020-07-20").to_dict()
        fac = [e for e in rec["entities"] if e["type"] == "place" and any(head in m["text"] for m in e["mentions"])]
        assert fac and all(e.get("country") != "SY" for e in fac), text
    # a dam of a Syrian place keeps its point, and the Ethiopian dam is the pack's
    assert _place("سيطرت القوات على سد تشرين في ريف حلب الشرقي.", "سد تشرين")["country"] == "SY"
    e = _place("بدأت إثيوبيا ملء خزان سد النهضة، وطالبت مصر والسودان باتفاق ملزم.", "سد النهضة")
    assert e["country"] == "ET" and haversine_km(e["lat"], e["lon"], 11.2, 35.1) < 25
