"""Round 16 (follow-up): where a statement was made is no event's place; a compound direction keeps both
parts; an unknown town takes no continent's centre, and a quarter no city named only after it."""

from __future__ import annotations

import pytest


def _analyze(text: str, published: str = "2019-06-01") -> dict:
    import marsad

    return marsad.analyze(text, published=published).to_dict()


def _event_place_refs(text: str) -> list[str | None]:
    rec = _analyze(text)
    ents = {e["id"]: e for e in rec["entities"]}
    return [ents[ev["place"]].get("ref") if ev.get("place") in ents else None for ev in rec["events"]]


def _place(text: str, surface: str) -> dict:
    rec = _analyze(text)
    hits = [e for e in rec["entities"] if e["type"] == "place" and any(m["text"] == surface for m in e["mentions"])]
    assert hits, f"no place {surface!r}"
    return hits[0]


# --- a statement's, press conference's or interview's place is where the teller spoke ------------------------


@pytest.mark.parametrize(("text", "spoken"), [
    ("وصفت الحركة في بيان صدر في نابلس العملية التي استهدفت الحافلة بأنها رد على الاعتداءات.", "ps-nablus"),
    ("اتهم الوزير في مؤتمر صحفي في أنقرة القوات الكردية بقصف القرى.", "tr-ankara"),
    ("قالت الجماعة في بيان نشرته في بيروت إن غارة إسرائيلية قتلت ثلاثة من مقاتليها.", "lb-beirut"),
])
def test_statement_place_is_no_event_place(text: str, spoken: str) -> None:
    refs = _event_place_refs(text)
    assert refs and spoken not in refs


def test_place_after_the_trigger_in_a_statement_stays() -> None:
    # the event noun stands between the statement word and the place: the place is the event's
    refs = _event_place_refs("ندد الجيش في بيان عن الهجوم في غزة بالعملية.")
    assert "ps-gaza" in refs


def test_meeting_venue_stays() -> None:
    refs = _event_place_refs("اجتمع وزيرا الخارجية في مؤتمر عقد في جنيف لبحث وقف إطلاق النار.")
    assert "ch-geneva" in refs


# --- جنوب غربي ليبيا is the south-west, not the west ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "قتل أربعة جنود في هجوم جنوب غربي ليبيا.",
    "هاجم مسلحون حقلا نفطيا في جنوب غرب ليبيا.",
])
def test_compound_direction_keeps_both_parts(text: str) -> None:
    rec = _analyze(text)
    places = [e for e in rec["entities"] if e["type"] == "place"]
    assert all(e.get("ref") != "ly-dir-west" for e in places)
    south_west = [e for e in places if any(m["text"].startswith("جنوب") for m in e["mentions"])]
    assert south_west and south_west[0]["country"] == "LY"
    assert south_west[0]["lat"] < 30 and south_west[0]["lon"] < 17.23


def test_plain_west_stays_west() -> None:
    assert "ly-dir-west" in {e.get("ref") for e in _analyze("قتل جنديان في هجوم غربي ليبيا.")["entities"]}


# --- an unknown town takes no supranational region's point; a quarter no city named only after it ------------


def test_unknown_town_takes_no_continent_centre() -> None:
    town = _place("قتلت صحافية في مدينة فالدورا، في جريمة أثارت غضبا في أوروبا.", "مدينة فالدورا")
    assert town.get("lat") is None


def test_quarter_takes_no_city_named_only_after_it() -> None:
    text = ("تجمع المتظاهرون في حي السلام حيث يسكن القادة. "
            "وقال نائب انتخب في العاصمة الرباط إن الوضع صعب.")
    assert _place(text, "حي السلام").get("lat") is None


def test_quarter_after_its_city_keeps_the_city() -> None:
    text = "شهدت مدينة الرباط احتجاجات واسعة. وتجمع المتظاهرون في حي السلام حيث يسكن القادة."
    assert _place(text, "حي السلام").get("lat") == pytest.approx(34.01, abs=0.05)


def test_jerada_is_placed() -> None:
    town = _place("تظاهر المئات في مدينة جرادة احتجاجا على البطالة.", "جرادة")
    assert town["country"] == "MA" and town["lat"] == pytest.approx(34.31, abs=0.05)
