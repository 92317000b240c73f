"""Round 16: a small pack town of a country the article gives no sign of, far from all its other places, is
a namesake and keeps no coordinates."""

from __future__ import annotations

import pytest

from tests.conftest import place_entity

# --- a small pack town of another country, far from every other place, is a namesake ----------------------------


def test_small_pack_town_abroad_keeps_no_coordinates() -> None:
    text = ("قصفت مقاتلات التحالف مواقع جماعة الحوثي في اليمن. "
            "ودمرت الغارات تحصينات المسلحين في مناطق الجراحي والحسينية.")
    e = place_entity(text, "الحسينية")
    assert e.get("country") != "SY" and e.get("lat") is None


@pytest.mark.parametrize("text", [
    "قصف الطيران الروسي بلدة الحسينية في ريف دير الزور الشرقي.",
    "اشتبكت قوات سوريا الديمقراطية مع عناصر داعش في بلدة الحسينية شرقي سوريا.",
])
def test_small_pack_town_at_home_kept(text: str) -> None:
    assert place_entity(text, "الحسينية")["country"] == "SY"
