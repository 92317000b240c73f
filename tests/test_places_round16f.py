"""Round 16: «دوما» after a verb of lasting or insisting is 'always' (دوماً without its tanween), not Douma."""

from __future__ import annotations

import pytest

from tests.conftest import place_entity


def place_names(text: str, published: str = "2018-06-20") -> list[str]:
    """The Arabic surfaces of every place mention marsad finds in `text`."""
    import marsad

    rec = marsad.analyze(text, published=published).to_dict()
    return [m["text"] for e in rec["entities"] if e["type"] == "place" for m in e["mentions"]]


@pytest.mark.parametrize("text", [
    "قال رئيس الحزب إن الحركة ستبقى دوما في صف الشعب.",
    "وأضاف أن وزير الخارجية يصر دوما على رفض أي تسوية.",
])
def test_always_is_no_douma(text: str) -> None:
    assert "دوما" not in place_names(text)


def test_douma_in_a_place_context_stays() -> None:
    assert place_entity("قصفت قوات النظام مدينة دوما في الغوطة الشرقية.", "دوما")["country"] == "SY"
