"""Round 20c: an indefinite weapon between a strike verb and a capital (استهدف صاروخ باليستي الرياض) is the
verb's subject, so the capital is the city struck, not the state as the event's target."""
from __future__ import annotations

import marsad


def _run(text: str) -> tuple[dict, list[dict]]:
    a = marsad.analyze(text, id="t").to_dict()
    return {e["id"]: e for e in a["entities"]}, a["events"]


def _struck(text: str, trigger: str, city: str) -> None:
    ents, events = _run(text)
    ev = next(ev for ev in events if ev["trigger"]["text"] == trigger)
    assert ev["actor2"] is None or ents[ev["actor2"]]["type"] != "actor"
    assert ev["place"] and ents[ev["place"]]["name_ar"] == city


def test_masculine_verb_weapon_and_adjective_before_capital() -> None:
    _struck("وقال التحالف إنه استهدف صاروخ باليستي الرياض مساء الأحد دون إصابات.", "استهدف", "الرياض")


def test_feminine_verb_drone_before_capital() -> None:
    _struck("استهدفت طائرة مسيرة الرياض فجر اليوم وفق مصادر محلية.", "استهدفت", "الرياض")


def test_plural_raids_with_two_adjectives_before_capital() -> None:
    _struck("قصفت طائرات حربية إسرائيلية دمشق ليل الاثنين.", "قصفت", "دمشق")


def test_bare_weapon_before_capital() -> None:
    _struck("استهدف صاروخ بغداد صباح الخميس.", "استهدف", "بغداد")


def test_genitive_head_not_a_weapon_keeps_the_state() -> None:
    # «حلفاء» is no weapon: the capital is its genitive, the state the target
    ents, _ = _run("أعلنت الجماعة استهداف حلفاء واشنطن في المنطقة.")
    assert "واشنطن" not in [e["name_ar"] for e in ents.values() if e["type"] == "place"]
