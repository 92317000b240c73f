"""Round 16 (third follow-up): Ruse and Celle, two towns the pack lacked; روسي names Ruse only after a place
noun, since the bare word is the adjective Russian."""

from __future__ import annotations

import pytest


def _places(text: str) -> dict[str, tuple[float | None, float | None]]:
    import marsad

    rec = marsad.analyze(text, published="2019-06-01").to_dict()
    return {e.get("ref") or e.get("name"): (e.get("lat"), e.get("lon"))
            for e in rec["entities"] if e["type"] == "place"}


@pytest.mark.parametrize(("text", "ref", "lat", "lon"), [
    ("عثرت الشرطة على جثة الصحافية في مدينة روسي على ضفاف نهر الدانوب.", "bg-ruse", 43.85, 25.97),
    ("قالت المحكمة العليا في مدينة تشيله إن المتهم سيسلم قريبا.", "de-celle", 52.62, 10.08),
])
def test_town_placed(text: str, ref: str, lat: float, lon: float) -> None:
    places = _places(text)
    assert ref in places, places
    assert places[ref] == pytest.approx((lat, lon), abs=0.05)


def test_russian_adjective_is_no_town() -> None:
    places = _places("قال مسؤول روسي إن صاروخ روسي الصنع سقط قرب الحدود.")
    assert "bg-ruse" not in places
