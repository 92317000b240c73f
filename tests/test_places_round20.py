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
