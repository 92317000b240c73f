"""Round 16: a bare compass word after a town noun (مدينة جنوب غربي ليبيا) names no town."""

from __future__ import annotations

import pytest

from tests.conftest import place_entity


def place_names(text: str, published: str = "2018-06-20") -> list[str]:
    """The Arabic surfaces of every place mention marsad finds in `text`."""
    import marsad

    rec = marsad.analyze(text, published=published).to_dict()
    return [m["text"] for e in rec["entities"] if e["type"] == "place" for m in e["mentions"]]


# --- a bare compass word after a town noun names no town ---------------------------------------------------------


@pytest.mark.parametrize("text", [
    "أعلنت القيادة الأمريكية أن طائرة مسيرة قصفت سيارة قرب مدينة جنوب غربي ليبيا يوم الأحد.",
    "قال مسؤول محلي إن الأمطار أغرقت منازل في بلدة شمال شرقي السودان خلال الليل.",
])
def test_compass_word_after_town_noun_is_no_name(text: str) -> None:
    found = place_names(text)
    assert not any(s.startswith(("مدينة", "بلدة")) for s in found), found


def test_named_town_after_town_noun_still_found() -> None:
    e = place_entity("اندلعت اشتباكات عنيفة في مدينة سرت الساحلية فجر اليوم.", "مدينة سرت")
    assert e["country"] == "LY"
