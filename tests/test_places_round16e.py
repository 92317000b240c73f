"""Round 16: a preposition with a pronoun after a place noun (مدينة لها تاريخ، مصدر وحي لهم) names no place."""

from __future__ import annotations

import pytest

from tests.conftest import place_entity


def place_names(text: str, published: str = "2018-06-20") -> list[str]:
    """The Arabic surfaces of every place mention marsad finds in `text`."""
    import marsad

    rec = marsad.analyze(text, published=published).to_dict()
    return [m["text"] for e in rec["entities"] if e["type"] == "place" for m in e["mentions"]]


@pytest.mark.parametrize("text", [
    "قال الكاتب إن نضال الشعوب كان مصدر وحي لهم طوال عقود.",
    "زار الوفد مدينة لها تاريخ طويل مع الحروب.",
    "لجأت العائلات إلى قرية فيها مدرسة واحدة فقط.",
])
def test_preposition_with_pronoun_after_place_noun_is_no_name(text: str) -> None:
    found = place_names(text)
    assert not any(s.startswith(("حي", "مدينة", "قرية")) for s in found), found


def test_named_village_after_place_noun_still_found() -> None:
    assert place_entity("سيطرت الفصائل على قرية الهيشة شمال الرقة.", "قرية الهيشة")
