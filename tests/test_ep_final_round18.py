"""Round 18 final: ضبط with a person as its object is an ARREST by the ontology (a person taken), not a SEIZE;
with goods as its object, even goods found with people (بحوزة عناصر، مع المشتبه بهم), it stays a SEIZE."""

from __future__ import annotations

from tests.conftest import event_types as types


def test_people_taken_by_dabt_are_arrested() -> None:
    assert types("وتمكنت الشرطة من ضبط المطلوبين في ريف المدينة.") == ["ARREST"]
    assert types("وأعلنت الوزارة ضبط القيادي في الخلية داخل مخبأ بالحي القديم.") == ["ARREST"]


def test_goods_taken_by_dabt_stay_seized() -> None:
    assert types("وضبطت الجمارك كمية من الأسلحة في الميناء.") == ["SEIZE"]
    assert types("وأعلن الجهاز ضبط أسلحة وذخائر كانت بحوزة عناصر الخلية.") == ["SEIZE"]
    assert types("وقالت الشرطة إنه تم ضبط بحوزة المتهمين مسدسات وذخيرة.") == ["SEIZE"]
