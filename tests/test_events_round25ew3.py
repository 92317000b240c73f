"""Round 25 (EW3): leaflets dropped by a force (ألقت الطائرات منشورات تطالب المقاتلين بالاستسلام) are a threat by
that force (triggers.json conditional THREATEN with منشورات/مناشير after the verb); the threat the leaflets carry,
told in their own sentence (منشورات تنذر بهجوم قريب), is the same threat: one record, the dropping force its doer
(merge._carried_threat). The arrest idiom ألقى القبض and leaflets handed out (وزع) are no threat."""

from __future__ import annotations

import pytest

import marsad


def _threats(text: str) -> list[marsad.model.Event]:
    return [e for e in marsad.analyze(text).events if e.type == "THREATEN"]


@pytest.mark.parametrize("text", [
    "وألقت طائرات حربية تابعة للجيش فجر الأحد منشورات فوق الأحياء الشرقية تطالب المقاتلين بتسليم سلاحهم.",
    "وأسقطت مروحيات عسكرية مناشير على القرى المحاصرة تدعو الأهالي إلى الخروج عبر الممر الآمن.",
    "ويلقي الطيران منشورات على البلدة يطلب فيها من العائلات الرحيل قبل نهاية الأسبوع.",
])
def test_dropped_leaflets_are_a_threat(text: str) -> None:
    assert len(_threats(text)) == 1


def test_the_dropping_force_is_the_one_threatening() -> None:
    result = marsad.analyze("وألقت طائرات الجيش السوري منشورات فوق مدينة درعا تطالب المسلحين بالاستسلام.")
    threats = [e for e in result.events if e.type == "THREATEN"]
    names = {e.id: e.name for e in result.entities}
    assert len(threats) == 1 and "Syria" in (names.get(threats[0].actor1 or "") or "")


@pytest.mark.parametrize("text", [
    "وألقت طائرات الجيش السوري منشورات فوق مدينة درعا تنذر المسلحين بهجوم وشيك إن لم يستسلموا.",
    "وأسقطت المروحيات التركية مناشير على البلدات الحدودية تهدد فيها بقصف مواقع المقاتلين.",
    "وألقت قوات النظام منشورات فوق البلدة تحذر السكان من عملية عسكرية قريبة.",
])
def test_the_threat_the_leaflets_carry_is_the_same_threat(text: str) -> None:
    threats = _threats(text)
    assert len(threats) == 1, [(e.trigger.text, e.modality) for e in threats]
    assert threats[0].trigger.text.startswith(("ألقت", "وألقت", "أسقطت", "وأسقطت"))


def test_a_threat_of_another_named_party_stays_apart() -> None:
    threats = _threats("وألقت طائرات الجيش السوري منشورات فوق درعا، فيما هددت فصائل المعارضة بشن هجوم على المطار.")
    assert len(threats) == 2


@pytest.mark.parametrize("text", [
    "وألقت الشرطة القبض على أربعة مشتبه بهم في السوق.",
    "ووزعت الجمعية منشورات على الطلاب تعرف بحملة التطعيم.",
])
def test_no_threat_without_dropped_leaflets(text: str) -> None:
    assert not _threats(text)


@pytest.mark.parametrize("text", [
    "وكانت إسرائيل قد ألقت منشورات على القطاع صباح اليوم تحذر فيها السكان من الاقتراب من الحدود. "
    "وقال مراسلون إن آلاف الشبان تجمعوا قرب السياج. "
    "وفي وقت سابق، ألقت طائرة إسرائيلية منشورات على القطاع، تدعو فيها الأهالي إلى الابتعاد.",
    "وكانت القوات التركية قد ألقت منشورات على بلدة تل رفعت تطالب المقاتلين بمغادرتها. "
    "وقال شهود إن السكان بدؤوا بالنزوح نحو القرى المجاورة. "
    "وألقت طائرات تركية منشورات فوق البلدة تدعو الأهالي إلى الابتعاد عن المقرات.",
])
def test_one_drop_told_again_by_the_same_side_is_one_threat(text: str) -> None:
    assert len(_threats(text)) == 1


def test_a_drop_called_another_stays_apart() -> None:
    text = ("وكانت القوات التركية قد ألقت منشورات على بلدة تل رفعت تطالب المقاتلين بمغادرتها. "
            "وقال شهود إن السكان بدؤوا بالنزوح نحو القرى المجاورة. "
            "وألقت طائرات تركيا مرة أخرى منشورات جديدة فوق البلدة تدعو الأهالي إلى الابتعاد عن المقرات.")
    assert len(_threats(text)) == 2
