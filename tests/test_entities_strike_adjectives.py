"""A state named only by its nisba on a drone, aircraft, strike or shelling noun (قصفت مسيرة تركية، غارة
جوية إسرائيلية) is the party that acts when the article names neither the state nor its bodies; a nisba on a
source or person noun stays no party, and where the article names the state's army the nisba adds no second
party. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

import marsad
from marsad.model import Article


def _analyze(text: str) -> Article:
    return marsad.analyze(text, published="2024-03-01")


def _actors(text: str) -> set[str | None]:
    return {e.ref for e in _analyze(text).entities if e.type == "actor"}


@pytest.mark.parametrize(("text", "ref"), [
    ("أصابت مسيرة تركية سيارة مدنية على طريق عامودا صباح اليوم.", "turkey"),
    ("دمرت غارة جوية إسرائيلية مستودعا قرب مطار المزة.", "israel"),
    ("وتعرضت قرى في ريف إدلب لقصف مدفعي روسي عنيف.", "russia"),
    ("وقتل خمسة مسلحين بضربة أمريكية قرب البوكمال.", "usa"),
    ("وحلقت طائرات حربية روسية فوق سراقب قبل أن تقصفها.", "russia"),
])
def test_nisba_on_a_strike_noun_names_the_state_that_acts(text: str, ref: str) -> None:
    assert ref in _actors(text)


def test_the_event_gets_the_state_as_its_doer() -> None:
    res = _analyze("قصفت مسيرة تركية سيارة مدنية على طريق عامودا صباح اليوم.")
    ids = {e.id: e.ref for e in res.entities}
    assert any(ev.type == "ATTACK" and ids.get(ev.actor1) == "turkey" for ev in res.events)


@pytest.mark.parametrize("text", [
    "وقالت مصادر تركية إن المعبر أغلق صباح اليوم.",
    "ونقلت وسائل إعلام إسرائيلية أن الاجتماع تأجل.",
    "والتقى الوفد بصحفي روسي في القامشلي.",
    "وسقطت صواريخ إيرانية الصنع قرب مطار أربيل.",
])
def test_nisba_on_a_source_person_or_weapon_noun_is_no_party(text: str) -> None:
    assert _actors(text) == set()


def test_a_named_army_keeps_the_deed_and_no_bare_state_is_added() -> None:
    text = ("وقال الجيش التركي إنه رد على مصادر النيران. وأصابت مسيرة تركية سيارة قرب الدرباسية، "
            "بحسب مصادر محلية.")
    refs = [e.ref for e in _analyze(text).entities if e.type == "actor"]
    assert "turkey" not in refs
