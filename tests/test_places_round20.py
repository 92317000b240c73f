"""Round 20, places: the places a teller's further statement or speech venue names are not the event's."""

from __future__ import annotations

import pytest

import marsad


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
