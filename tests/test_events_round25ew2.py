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


def _modalities(text: str, kind: str) -> list[str]:
    return [e.modality for e in marsad.analyze(text).events if e.type == kind]


@pytest.mark.parametrize("text", [
    "وتتحدث تقارير إعلامية عن ضربة أمريكية متوقعة على مواقع القوات الحكومية.",
    "وتحاول أنقرة ثني موسكو عن المشاركة في الهجوم العسكري المتوقع على مواقع المعارضة في إدلب.",
])
def test_an_awaited_strike_is_expected(text: str) -> None:
    assert _modalities(text, "ATTACK") == ["expected"]


def test_a_strike_told_as_done_stays_asserted_beside_an_expected_toll() -> None:
    text = "وقتل ستة جنود في هجوم شنه مسلحون على حاجز للجيش، ومن المتوقع أن يرتفع عدد القتلى."
    assert _modalities(text, "ATTACK") == ["asserted"]


def test_an_agreement_signed_with_an_expected_outcome_stays_signed() -> None:
    text = "ووقعت الحكومة والمتمردون في جوبا الشهر الماضي اتفاقا من المتوقع أن ينهي القتال في البلاد."
    assert _modalities(text, "COORDINATE") == ["asserted"]
