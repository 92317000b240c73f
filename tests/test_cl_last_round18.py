"""Claims, last round 18: a country the entity stage left a place (not a state actor) joined by و to a teller is a
joint co-teller as a country it read as an actor is (sentences written for the tests)."""

from __future__ import annotations

import pytest

from tests.conftest import full_claims


@pytest.mark.parametrize("text, chain", [
    pytest.param("وأعربت الأردن ومصر والعراق عن قلقها من التصعيد على الحدود.",
                 [("official", "الأردن", None), ("official", "مصر", True), ("official", "العراق", True)],
                 id="place-country-closes-list"),
    pytest.param("وأعربت مصر والعراق عن قلقهما من التصعيد على الحدود.",
                 [("official", "مصر", None), ("official", "العراق", True)], id="two-states"),
    pytest.param("وقالت تركيا وسوريا ولبنان إن المعابر ستبقى مفتوحة.",
                 [("official", "تركيا", None), ("official", "سوريا", True), ("official", "لبنان", True)],
                 id="three-states-inna"),
])
def test_place_country_joined_by_wa_is_joint_teller(text: str, chain: list[tuple[str, str, bool | None]]) -> None:
    got = full_claims(text)
    assert got and [(s.kind, s.text, s.joint) for s in got[0].sources] == chain


def test_city_after_fi_is_no_co_teller() -> None:
    """A place the teller's phrase governs (في دمشق وحلب) is where, not a second teller."""
    got = full_claims("وقال الوزير في دمشق وحلب إن الأسواق عادت إلى العمل.")
    assert got and len(got[0].sources) == 1
