"""Round 22 EW: events that are no events, and wrong types. A flight of civilians with a force named further
off is no defection; prisoners fleeing a prison are a release; a threat noun that is confronted or countered
(لمواجهة التهديدات، لأدنى تهديد) names a danger, not a threat made. Sentences written for this test."""

from __future__ import annotations

import marsad


def _types(text: str) -> list[str]:
    art = marsad.analyze(text, published="2018-03-01").to_dict()
    return [e["type"] for e in art["events"]]


def test_civilians_flee_with_a_force_named_after_them() -> None:
    # the army is the one advancing, the civilians are the ones fleeing: no defection
    types = _types("بدأ آلاف المدنيين الفرار من البلدة الشرقية مع تقدم القوات الحكومية نحو أطرافها.")
    assert "DEFECT" not in types


def test_residents_flee_after_a_force_shells_them() -> None:
    types = _types("قصفت قوات النظام البلدة بالمدفعية ففر السكان نحو الحقول المجاورة.")
    assert "DEFECT" not in types
    assert "ATTACK" in types


def test_members_nearer_than_civilians_still_defect() -> None:
    # guard: the fighters stand right after the verb; the civilians are further off
    assert "DEFECT" in _types("فر عناصر الميليشيا من مواقعهم مع وصول المدنيين إلى القرية.")


def test_prisoners_fleeing_a_prison_are_a_release() -> None:
    types = _types("وفر نحو 300 سجين من سجن المدينة خلال الاشتباكات.")
    assert "RELEASE" in types
    assert "DEFECT" not in types


def test_a_threat_confronted_is_no_threat_made() -> None:
    assert "THREATEN" not in _types("أكد الوزير أن الجيش سيتحرك في مواجهة تهديد تنظيم داعش في المحافظات الغربية.")


def test_the_least_threat_is_no_threat_made() -> None:
    assert "THREATEN" not in _types("قال الرئيس إن أنقرة لن تتردد في الرد على أدنى تهديد لأمنها يأتي من الحدود.")


def test_a_threat_made_still_counts() -> None:
    # guard: a party threatening an armed deed
    assert "THREATEN" in _types("هدد الرئيس التركي بشن عملية عسكرية ضد المقاتلين الأكراد في منبج.")
