"""Round 20, places: the places a teller's further statement or speech venue names are not the event's."""

from __future__ import annotations

import math

import pytest

import marsad
from tests.conftest import place_entity


def _place_of(text: str, trigger: str) -> str | None:
    """The Arabic name of the place the pipeline gives the event whose trigger is `trigger`."""
    art = marsad.analyze(text, id="t").to_dict()
    names = {e["id"]: e["name_ar"] for e in art["entities"]}
    for ev in art["events"]:
        if ev["trigger"]["text"] == trigger:
            return names.get(ev["place"]) if ev["place"] else None
    raise AssertionError(f"no event on {trigger!r}: {[e['trigger']['text'] for e in art['events']]}")


@pytest.mark.parametrize("text, trigger, wrong", [
    # a participle of saying after the trigger opens another statement: its places are what it tells
    ("وأدان الوزير القصف على المدن الحدودية، قائلا إن التصعيد سيخدم المتشددين في إيران.", "القصف", "إيران"),
    ("وشنت الطائرات غارات على مواقع المسلحين، مشيرا إلى أن القوات تقدمت في ريف حماة.", "غارات", "ريف حماة"),
    ("ونفذت القوات حملة اعتقالات واسعة، مضيفا أن المعتقلين نقلوا لاحقا إلى سجن في مدينة حلب.", "حملة اعتقالات",
     "حلب"),
])
def test_place_after_a_participle_of_saying_is_not_the_events(text: str, trigger: str, wrong: str) -> None:
    assert _place_of(text, trigger) != wrong


def test_place_before_the_participle_stays() -> None:
    text = "وقصفت المدفعية بلدة كفرنبل في ريف إدلب، مضيفا أن القصف أوقع جرحى."
    assert _place_of(text, "قصفت") in ("كفرنبل", "ريف إدلب")


@pytest.mark.parametrize("setting", ["بكلمة لها", "بمؤتمر صحفي", "بخطاب ألقته"])
def test_speech_venue_with_joined_preposition_is_not_the_events(setting: str) -> None:
    text = f'وقالت الوزيرة {setting} في باريس "إنه هجوم مروع ولا يمكن السكوت عنه".'
    assert _place_of(text, "هجوم") != "باريس"


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dy = (lat1 - lat2) * 111.2
    dx = (lon1 - lon2) * 111.2 * math.cos(math.radians((lat1 + lat2) / 2))
    return math.hypot(dx, dy)


@pytest.mark.parametrize("text, surface, lat, lon", [
    # Eastern Ghouta is some 15 km across: a part of it lies within a few km of its towns, not 44 km off
    ("وقصفت القوات بلدات شمالي الغوطة الشرقية.", "شمالي الغوطة الشرقية", 33.57, 36.40),  # Douma
    ("وخرج المقاتلون وعائلاتهم من جنوب الغوطة الشرقية.", "جنوب الغوطة الشرقية", 33.52, 36.39),  # Hamouriyah
    ("ونزح الآلاف إلى وسط الغوطة هربا من القصف.", "وسط الغوطة", 33.53, 36.38),  # Saqba
    ("وتقدمت القوات في شرق الغوطة الشرقية.", "شرق الغوطة الشرقية", 33.50, 36.49),  # Al-Marj
])
def test_parts_of_ghouta_lie_in_ghouta(text: str, surface: str, lat: float, lon: float) -> None:
    ent = place_entity(text, surface)
    assert _km(ent["lat"], ent["lon"], lat, lon) < 12


@pytest.mark.parametrize("text, surface, lat, lon", [
    # towns of the Maghreb and the Gulf no record had; «مدينة وجدة» is no و + Jeddah
    ("وشهدت مدينة وجدة المغربية احتجاجات على البطالة.", "مدينة وجدة", 34.68, -1.91),
    ("واندلعت احتجاجات في ورقلة جنوب الجزائر.", "ورقلة", 31.95, 5.33),
    ("ونقل اللاجئون إلى مخيمات قرب تندوف.", "تندوف", 27.67, -8.15),
    ("ووصلت الطائرة إلى الفجيرة قادمة من مسقط.", "الفجيرة", 25.12, 56.33),
    ("وسقطت قذيفة قرب شرورة السعودية.", "شرورة", 17.47, 47.11),
    ("وقتل رجلا أمن في هجوم بمدينة الخبر شرق السعودية.", "مدينة الخبر", 26.28, 50.21),
    ("وقررت السعودية حفر قناة على طول الحدود السعودية القطرية.", "الحدود السعودية القطرية", 24.68, 51.1),
])
def test_gulf_and_maghreb_towns(text: str, surface: str, lat: float, lon: float) -> None:
    ent = place_entity(text, surface)
    assert _km(ent["lat"], ent["lon"], lat, lon) < 25


@pytest.mark.parametrize("text, surface", [
    ("وتقام المعارض في الرياض وجدة والدمام.", "وجدة"),  # Riyadh and Jeddah
    ("ونشرت الصحيفة الخبر في صفحتها الأولى.", None),  # the news, no town
])
def test_town_words_that_are_also_words(text: str, surface: str | None) -> None:
    art = marsad.analyze(text, id="t").to_dict()
    places = [e for e in art["entities"] if e["type"] == "place"]
    if surface is None:
        assert places == []
    else:
        assert not any(e["country"] == "MA" for e in places)
        assert any(e["country"] == "SA" and any(surface.endswith(m["text"]) for m in e["mentions"])
                   for e in places)


@pytest.mark.parametrize("text", [
    "وأخرى في حمص وهي مدينة أقرب إلى الحدود اللبنانية.",
    "وتعد البلدة الثانية بلدة أكبر من جارتها.",
])
def test_elative_after_a_place_noun_names_no_place(text: str) -> None:
    art = marsad.analyze(text, id="t").to_dict()
    assert not any(m["text"].split()[-1] in ("أقرب", "أكبر")
                   for e in art["entities"] if e["type"] == "place" for m in e["mentions"])
