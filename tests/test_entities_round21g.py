"""Entities, round 21 (actors 1.77.0): «قوات الدفاع الإسرائيلية», the Israel Defense Forces' full name, is the
army, not the Ministry of Defence. Text written for these tests."""

from __future__ import annotations

import marsad


def test_full_name_of_the_idf_is_the_army() -> None:
    text = "وقالت قوات الدفاع الإسرائيلية في بيان إن طائراتها استهدفت موقعين قرب الحدود الشمالية فجر اليوم."
    art = marsad.analyze(text, published="2018-05-10")
    actors = {e.name: {m.text for m in e.mentions} for e in art.entities if e.type == "actor"}
    assert "Israeli Ministry of Defence" not in actors
    assert any("قوات الدفاع الإسرائيلية" in ms for ms in actors.values())
    assert "قوات الدفاع الإسرائيلية" in actors.get("Israel Defense Forces", set())
