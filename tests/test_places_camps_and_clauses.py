"""Refugee camps that only a camp record names, words after a place noun or a place name that make it no
place (a relative clause's verb, an ordinary word, a person's name), the country a sentence names for a
name two countries share, and a city whose namesakes are villages abroad. The sentences are written for
these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

import marsad
from marsad import gazetteer as gz
from marsad import index_cache


def _places(text: str) -> dict[str, tuple[str | None, float | None, float | None]]:
    art = marsad.analyze(text, published="2018-06-01").to_dict()
    return {
        m["text"]: (e.get("ref"), e.get("lat"), e.get("lon"))
        for e in art["entities"]
        if e["type"] == "place"
        for m in e["mentions"]
    }


def _names(text: str) -> dict[str, str]:
    art = marsad.analyze(text, published="2018-06-01").to_dict()
    return {m["text"]: e["name"] for e in art["entities"] if e["type"] == "place" for m in e["mentions"]}


@pytest.mark.parametrize(
    ("text", "mention", "ref"),
    [
        ("داهمت قوة من الجيش منازل في مخيم الدهيشة جنوب بيت لحم واعتقلت ثلاثة شبان.", "مخيم الدهيشة",
         "ps-dheisheh-camp"),
        ("أصيب شاب برصاص الجنود خلال مواجهات عند مدخل مخيم الجلزون شمال رام الله.", "مخيم الجلزون",
         "ps-jalazone-camp"),
        ("وزعت جمعية خيرية وجبات على العائلات الفقيرة في مخيم البقعة قرب عمّان في الأردن.", "مخيم البقعة",
         "jo-baqaa-camp"),
        ("اندلع حريق في مخيم شاتيلا في بيروت دون أن يسفر عن إصابات.", "مخيم شاتيلا", "lb-shatila-camp"),
        ("قصفت الطائرات محيط مخيم الشاطئ غربي مدينة غزة.", "مخيم الشاطئ", "ps-beach-camp"),
    ],
)
def test_refugee_camps(text: str, mention: str, ref: str) -> None:
    found = _places(text)
    assert found[mention][0] == ref


def test_a_camp_of_jordan_beside_a_syrian_namesake() -> None:
    found = _places("وفي الأردن تظاهر مئات اللاجئين في مخيم الحصن احتجاجا على تقليص المساعدات.")
    ref, lat, _ = found["مخيم الحصن"]
    assert ref == "jo-husn-camp" and lat is not None and abs(lat - 32.48) < 0.1


def test_a_verb_after_a_place_noun_is_no_village() -> None:
    # the pronoun of عليها points back at the village: يسيطر is the relative clause's verb
    found = _places("قتل أربعة مدنيين في غارة استهدفت قرية يسيطر عليها مسلحو التنظيم شرقي سوريا.")
    assert not any("يسيطر" in t for t in found)
    found = _places("وصلت التعزيزات إلى بلدة تنتشر فيها حواجز الفصائل في ريف حلب.")
    assert not any("تنتشر" in t for t in found)
    # a name followed by another word still counts
    found = _places("قصفت المدفعية قرية الحويز في ريف حماة الشمالي الغربي.")
    assert any("الحويز" in t for t in found)


def test_ordinary_words_that_name_towns_need_a_place_noun_or_a_cue() -> None:
    assert not _places("وقال الوزير إن الانسحاب من المدينة غير مطروح على طاولة المفاوضات.")
    found = _places("وصل الوفد إلى مدينة مرسى مطروح على الساحل الشمالي لمصر.")
    assert any("مطروح" in t for t in found)
    assert not _places("واعتقلت السلطات عشرات من نشطاء الحراك بعد الاحتجاجات التي تسببوا فيها.")
    found = _places("قصفت الطائرات بلدة الحراك في ريف درعا الشرقي.")
    assert found["الحراك"][0] == "sy-hirak"


def test_saladin_is_no_governorate() -> None:
    assert not any("صلاح الدين" in t for t in _places("وفي مثل هذا اليوم دخلت جيوش صلاح الدين الأيوبي القدس."))
    found = _places("وقتل جنديان في هجوم على نقطة أمنية في صلاح الدين شمالي بغداد.")
    assert any("صلاح الدين" in t for t in found)


def test_the_sentence_names_the_country_of_a_shared_name() -> None:
    text = ("وتتواصل الاحتجاجات في بيروت وغزة ورام الله. "
            "أما ليبيا فتتنازع فيها الميليشيات على السلطة في طرابلس منذ سنوات.")
    assert _names(text)["طرابلس"] == "Tripoli (Libya)"
    assert _names("قتل شخصان في اشتباكات بين مسلحين في طرابلس شمالي لبنان.")["طرابلس"] == "Tripoli (Lebanon)"


def test_a_city_outweighs_its_namesake_villages_abroad() -> None:
    # a Yemeni hamlet shares the name of Ramadi: البلاد is still the country of the city the sentence names
    names = _names("قال مسؤول أمني إن قوات الأمن قتلت ثلاثة مسلحين قرب مدينة الرمادي غربي البلاد.")
    assert names["غربي البلاد"] == "western Iraq"


def test_towns_abroad_come_from_the_index_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_CACHE", str(tmp_path))
    gz._world_index.cache_clear()
    try:
        built = gz.world_towns("فيسبادن")
        assert list(tmp_path.glob("world-towns-*.pickle"))
        gz._world_index.cache_clear()
        calls: list[int] = []
        real = gz._build_world_index

        def counting() -> dict[str, tuple[gz.PlaceRecord, ...]]:
            calls.append(1)
            return real()

        monkeypatch.setattr(gz, "_build_world_index", counting)
        assert gz.world_towns("فيسبادن") == built
        assert not calls  # read from the cache, not built again
        # the key follows the world slice's own key: another GeoNames version or threshold builds afresh
        assert index_cache.cache_key("world-towns", gz._WORLD_FILES, "other") != index_cache.cache_key(
            "world-towns", gz._WORLD_FILES, gz._world_key())
    finally:
        gz._world_index.cache_clear()


def test_a_dual_announces_its_second_place_even_an_ordinary_word() -> None:
    found = _places("استهدفت الغارات مواقع في بلدتي بصر الحرير والحراك في ريف درعا الشرقي.")
    assert found["الحراك"][0] == "sy-hirak"


def test_a_towns_countryside_lies_near_the_town() -> None:
    # منبج at 36.53 N: its northern countryside is short of the Turkish border (about 36.83 N)
    art = marsad.analyze("قصفت المدفعية قرى في ريف منبج الشمالي صباح اليوم.", published="2018-06-01").to_dict()
    (cs,) = [e for e in art["entities"] if e["type"] == "place" and "countryside" in e["name"]]
    assert 36.6 < cs["lat"] < 36.8


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        ("شن التحالف غارات على مواقع التنظيم قرب بلدة هجين على الضفة الشرقية لنهر الفرات.", 34.69, 40.83),
        ("عبرت قوات النظام نهر الفرات قرب مدينة دير الزور.", 35.34, 40.15),
        ("انتشلت فرق الدفاع المدني جثة شاب من نهر دجلة في مدينة الموصل.", 36.34, 43.13),
    ],
)
def test_a_river_lies_at_the_stretch_its_sentence_names(text: str, lat: float, lon: float) -> None:
    art = marsad.analyze(text, published="2018-06-01").to_dict()
    rivers = [
        e for e in art["entities"] if e["type"] == "place" and ("Euphrates" in e["name"] or "Tigris" in e["name"])
    ]
    assert rivers
    for r in rivers:
        assert abs(r["lat"] - lat) < 0.1 and abs(r["lon"] - lon) < 0.1


def test_a_river_with_no_town_in_its_sentence_keeps_its_point() -> None:
    art = marsad.analyze("تراجع منسوب نهر الفرات هذا العام بشكل غير مسبوق.", published="2018-06-01").to_dict()
    (river,) = [e for e in art["entities"] if e["type"] == "place"]
    assert (river["lat"], river["lon"]) == (35.0, 40.5)


def test_a_village_namesake_far_from_the_place_the_text_puts_it_in() -> None:
    # a West Bank village shares the name of a camp of Afrin: «في ريف عفرين» says which one is meant
    found = _places("نزحت عشرات العائلات إلى مخيم دير بلوط في ريف عفرين خلال الأسبوع الماضي.")
    _, lat, lon = found["مخيم دير بلوط"]
    assert lat is not None and lon is not None and abs(lat - 36.5) < 0.3 and abs(lon - 36.85) < 0.3
    # the same name tied to its own region keeps its record
    found = _places("داهمت قوات الاحتلال بلدة دير بلوط في الضفة الغربية فجر اليوم.")
    _, lat, _ = found["دير بلوط"]
    assert lat is not None and lat < 32.5
