"""Places, round 21 (places 55): Atlanta, the dateline city of CNN Arabic's stories from its headquarters,
is a place with its coordinates. Text written for these tests."""

from __future__ import annotations

import marsad


def _places(text: str) -> dict[str, tuple[float | None, float | None]]:
    art = marsad.analyze(text, published="2018-05-02")
    return {e.name: (e.lat, e.lon) for e in art.entities if e.type == "place"}


def test_atlanta_dateline_is_a_place() -> None:
    text = "أتلانتا، الولايات المتحدة الأمريكية (CNN)-- أعلن الجيش العراقي مقتل ثلاثة مسلحين في هجوم قرب كركوك."
    lat, lon = _places(text)["Atlanta"]
    assert lat is not None and lon is not None
    assert abs(lat - 33.75) < 0.1 and abs(lon + 84.39) < 0.1

