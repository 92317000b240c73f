"""Entities, round 22 (EN): the country written after a dateline's city (بيروت، لبنان (CNN)--) is where the report
was filed, a place, never the state as a party; the United States and UAE country points follow published
references. The sentences are written for these tests."""

from __future__ import annotations

import pytest

import marsad
from tests.conftest import place_entity


def _at(text: str, surface: str) -> set[tuple[str, str | None]]:
    """(type, ref) of the entities with a mention starting where `surface` first occurs."""
    start = text.index(surface)
    art = marsad.analyze(text, published="2018-06-01")
    return {(e.type, e.ref) for e in art.entities for m in e.mentions if m.start == start}


@pytest.mark.parametrize(("text", "country", "ref"), [
    ("دبي، الإمارات العربية المتحدة (CNN)-- قالت وزارة الداخلية في أبوظبي إنها أحبطت عملية تهريب أسلحة.",
     "الإمارات العربية المتحدة", "country-ae"),
    ("واشنطن، الولايات المتحدة الأمريكية (CNN)-- فرضت الخزانة عقوبات جديدة على ثلاثة مصارف.",
     "الولايات المتحدة الأمريكية", "country-us"),
    ("لندن، المملكة المتحدة (سي ان ان) -- اعتقلت الشرطة رجلين للاشتباه في التخطيط لهجوم.",
     "المملكة المتحدة", "country-gb"),
    ("عمّان، الأردن (CNN)-- أغلقت السلطات المعبر الحدودي أمام الشاحنات ليومين.", "الأردن", "country-jo"),
])
def test_dateline_country_is_a_place(text: str, country: str, ref: str) -> None:
    assert _at(text, country) == {("place", ref)}


def test_dateline_country_takes_no_shorter_name_inside_it() -> None:
    text = "أبوظبي، الإمارات العربية المتحدة (CNN)-- وصل وفد حكومي إلى عدن لبحث ملف الكهرباء."
    art = marsad.analyze(text, published="2018-06-01")
    assert [m.text for e in art.entities for m in e.mentions if e.ref in ("country-ae", "uae")] \
        == ["الإمارات العربية المتحدة"]


def test_state_acting_after_the_dateline_stays_the_party() -> None:
    text = ("القاهرة، مصر (CNN)-- أعلنت مصر فتح معبر رفح لمدة ثلاثة أيام.\n"
            "وقالت مصر إن القرار جاء لأسباب إنسانية.")
    assert _at(text, "مصر") == {("place", "country-eg")}
    later = text.index("مصر", text.index("أعلنت"))
    art = marsad.analyze(text, published="2018-06-01")
    assert any(e.type == "actor" and e.ref == "egypt" for e in art.entities for m in e.mentions
               if m.start == later)


def test_a_country_after_a_long_clause_and_comma_is_no_dateline() -> None:
    # the head before the comma is a clause, not a city: the state there keeps its party reading
    text = ("وأوضح المسؤول في بيان نشره مساء أمس، الإمارات (بحسب البيان) ستواصل دعم الحكومة.\n"
            "وأضاف أن الدعم سيشمل الكهرباء.")
    assert ("place", "country-ae") not in _at(text, "الإمارات")


@pytest.mark.parametrize(("text", "surface", "lat", "lon"), [
    # USGS: geographic centre of the contiguous United States; CIA World Factbook: the UAE's coordinates
    ("أتلانتا، الولايات المتحدة الأمريكية (CNN)-- قال مسؤولون إن المفاوضات تعثرت.", "الولايات المتحدة الأمريكية",
     39.83, -98.58),
    ("دبي، الإمارات العربية المتحدة (CNN)-- قال مسؤولون إن المفاوضات تعثرت.", "الإمارات العربية المتحدة",
     24.0, 54.0),
])
def test_country_points_follow_published_references(text: str, surface: str, lat: float, lon: float) -> None:
    e = place_entity(text, surface)
    assert abs(e["lat"] - lat) < 0.1 and abs(e["lon"] - lon) < 0.1
