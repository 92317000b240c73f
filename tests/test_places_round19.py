"""Round 19, places and event places: own Arabic sentences for each change."""

from __future__ import annotations

import marsad


def _event_place(text: str, trigger: str, published: str = "2018-06-15") -> str | None:
    """The place name of the (last) event whose trigger reads `trigger`."""
    art = marsad.analyze(text, published=published).to_dict()
    names = {e["id"]: e["name"] for e in art["entities"]}
    found = [ev for ev in art["events"] if ev["trigger"]["text"] == trigger]
    assert found, [ev["trigger"]["text"] for ev in art["events"]]
    return names.get(found[-1]["place"]) if found[-1]["place"] else None


def test_country_of_a_later_telling_does_not_replace_the_town() -> None:
    # the next sentence tells the battle again and names only the country it lies in: the town stays
    text = ("شنت القوات الحكومية هجوما على مدينة تعز فجر السبت.\n"
            "وتعد معركة تعز واحدة من أطول المعارك في اليمن.")
    assert _event_place(text, "هجوما") == "Taiz"
    text = ("بدأ الجيش اليمني هجوما على مدينة الحديدة مساء الأحد.\n"
            "وتعتبر معركة الحديدة واحدة من أكبر المعارك في اليمن.")
    assert _event_place(text, "هجوما") == "Al Hudaydah"
