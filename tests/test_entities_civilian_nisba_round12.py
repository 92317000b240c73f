"""Round 13 (EV2): a state's listed plural nisba after a civilian person noun names people of that
nationality, not the state as a party, as the derived forms already did."""

from __future__ import annotations

import pytest

import marsad


def _actors(text: str) -> set[str]:
    """The pack ids of the actor entities the whole pipeline finds in `text`."""
    return {e.ref for e in marsad.analyze(text, published="2019-05-01").entities if e.type == "actor" and e.ref}


@pytest.mark.parametrize(("text", "state"), [
    ("خطف مسلحون سياحا إسرائيليين قرب الحدود.", "israel"),
    ("احتجزت الشرطة رجال أعمال إيرانيين في المطار.", "iran"),
    ("أفرجت السلطات عن صحفيين أتراك بعد شهرين.", "turkey"),
    ("وصل لاجئون وطلاب سوريون وعمال إيرانيون إلى الحدود.", "iran"),
])
def test_civilians_of_a_state_are_not_the_state(text: str, state: str) -> None:
    assert state not in _actors(text)


@pytest.mark.parametrize(("text", "state"), [
    ("قصفت القوات الإيرانيون مواقع في الشمال.", "iran"),
    ("أعلن مسؤولون إيرانيون أن الطائرة سقطت.", "iran"),
    ("ورد الإسرائيليون بقصف مدفعي على غزة.", "israel"),
    # a civilian noun joined to soldiers before it shares the nisba with them
    ("قتل عدد من الجنود والمدنيين الإيرانيين في الهجوم.", "iran"),
])
def test_plural_nisba_without_a_civilian_noun_still_names_the_state(text: str, state: str) -> None:
    assert state in _actors(text)
