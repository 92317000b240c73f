"""Places, round 15: a body's seat told with a preposition or a head noun between (ومقره في بريطانيا) is no
site of the events the body reports (sentences written for these tests)."""

from __future__ import annotations

import pytest

import marsad


def _event_places(text: str) -> list[tuple[str, str | None]]:
    """(type, place name) of each event of `text`."""
    art = marsad.analyze(text, published="2018-06-01")
    names = {e.id: e.name for e in art.entities}
    return [(ev.type, names.get(ev.place) if ev.place else None) for ev in art.events]


@pytest.mark.parametrize("text", [
    "وقال المرصد السوري لحقوق الإنسان، ومقره في بريطانيا، إن طائرات النظام قصفت مواقع للفصائل.",
    "وأفادت منظمة حقوقية ومقرها في بريطانيا بأن قوات النظام قصفت مواقع للمعارضة.",
    "وذكرت الشبكة التي مقرها بالعاصمة البريطانية لندن أن طائرات حربية قصفت مواقع للمعارضة.",
    "وقالت المنظمة ومقرها الرئيسي في لندن إن قوات النظام قصفت مواقع للفصائل المسلحة.",
])
def test_a_seat_after_a_preposition_is_no_site(text: str) -> None:
    places = [p for t, p in _event_places(text) if t == "ATTACK"]
    assert places, _event_places(text)
    assert not any(p in ("United Kingdom", "London") for p in places), places


def test_the_seat_rule_leaves_a_place_told_after_the_report() -> None:
    text = "وقال المرصد السوري لحقوق الإنسان ومقره في لندن إن طائرات حربية قصفت بلدة كفرنبل."
    assert ("ATTACK", "Kafranbel") in _event_places(text)


def test_a_strike_in_britain_keeps_its_place() -> None:
    # no seat word: the preposition locates the event itself
    text = "وقالت الشرطة إن مسلحا هاجم المارة في لندن وقتل شخصين."
    assert any(p == "London" for _, p in _event_places(text)), _event_places(text)
