"""Round 16 (third follow-up): the places of another event told after the trigger (its relative clause, or
what those struck were involved in) are that event's, not the trigger's, which keeps the place its own على/في
marks; when the sentence names no other place, the inner one stays."""

from __future__ import annotations

import pytest


def _events(text: str) -> list[tuple[str, str | None]]:
    import marsad

    rec = marsad.analyze(text, published="2019-06-01").to_dict()
    ents = {e["id"]: e for e in rec["entities"]}
    return [(ev["type"], ents[ev["place"]].get("ref") if ev.get("place") in ents else None) for ev in rec["events"]]


@pytest.mark.parametrize(("text", "own", "inner"), [
    # a relative clause on an event noun governed by a word of involvement
    ("أطلقت القوات الإيرانية صواريخ على شرق سوريا، واستهدفت مسلحين متورطين في الهجوم الذي استهدف عرضا "
     "عسكريا في الأحواز.", "sy-dir-east", "ir-ahvaz"),
    # المسؤولين عن + event noun + a relative
    ("قصفت الطائرات مواقع في ريف إدلب استهدفت عناصر مسؤولين عن التفجير الذي وقع في مدينة حلب.",
     "sy-idlib-countryside", "sy-aleppo"),
    # a relative alone on an event noun of another base
    ("قصفت الطائرات مواقع في ريف إدلب بسبب الهجوم الذي وقع في حماة.", "sy-idlib-countryside", "sy-hama"),
])
def test_inner_event_place_is_not_the_trigger_place(text: str, own: str, inner: str) -> None:
    places = [place for typ, place in _events(text) if typ == "ATTACK"]
    assert places, _events(text)
    assert places[0] == own
    assert inner not in places[:1]


@pytest.mark.parametrize(("text", "place"), [
    # the only place of the sentence is the inner event's: it stays
    ("استهدفت الغارة المسلحين المسؤولين عن الهجوم على حاجز في درعا.", "sy-daraa"),
    # مسؤول without its عن is an official, killed in the attack told
    ("قتل مسؤول في هجوم في حلب.", "sy-aleppo"),
])
def test_inner_place_kept_when_alone_or_no_involvement(text: str, place: str) -> None:
    assert place in [p for _typ, p in _events(text)], _events(text)
