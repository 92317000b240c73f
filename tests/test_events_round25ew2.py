"""Round 25 (EW2): leaflets dropped on a place (ألقت المروحيات منشورات تدعو المسلحين إلى الاستسلام) are a threat by
the force that drops them (triggers conditional THREATEN with منشورات/مناشير after the verb); the arrest idiom
ألقى القبض and leaflets handed out (وزع) stay as they were."""

from __future__ import annotations

import pytest

import marsad


def _types(text: str) -> list[str]:
    return [e.type for e in marsad.analyze(text).events]


@pytest.mark.parametrize("text", [
    "وألقت مروحيات تابعة للجيش صباح الثلاثاء منشورات على البلدات المحاصرة تدعو المسلحين إلى الاستسلام.",
    "وأسقطت طائرات حكومية مناشير فوق المدينة تحث السكان على مغادرتها قبل بدء الهجوم.",
    "ويلقي الجيش منشورات على القرى الحدودية يطالب فيها الأهالي بالابتعاد عن مواقع المسلحين.",
])
def test_leaflets_dropped_are_a_threat(text: str) -> None:
    assert "THREATEN" in _types(text)


def test_the_dropping_force_is_the_one_threatening() -> None:
    result = marsad.analyze("وألقت مروحيات الجيش السوري منشورات على مدينة إدلب تدعو المسلحين إلى الاستسلام.")
    threats = [e for e in result.events if e.type == "THREATEN"]
    assert threats and threats[0].actor1 is not None
    names = {e.id: e.name for e in result.entities}
    assert "Syria" in (names.get(threats[0].actor1) or "")


@pytest.mark.parametrize("text", [
    "وألقت الشرطة القبض على ثلاثة مطلوبين في المدينة.",
    "ووزعت البلدية منشورات على السكان تشرح إجراءات السلامة.",
])
def test_no_threat_without_dropped_leaflets(text: str) -> None:
    assert "THREATEN" not in _types(text)
