"""Round 12, flight as defection: DEFECT is a member or official of a party leaving its side; a civilian, a
driver or a family man fleeing danger (هرب السائق، يهرب بعائلته) is no defection, while fighters fleeing their
positions stay one."""

from __future__ import annotations

from tests.conftest import event_records

ENTS = [
    ("actor", "isis", ["داعش", "التنظيم"]),
    ("place", "mosul", ["الموصل"]),
    ("place", "raqqa", ["الرقة"]),
]


def defects(text: str) -> list[dict]:
    return [e for e in event_records(text, ENTS) if e["type"] == "DEFECT"]


def test_driver_fleeing_is_no_defection() -> None:
    assert defects("وانهار الجسر فجأة، فهرب السائق من سيارته قبل أن تسقط في النهر.") == []


def test_fleeing_with_ones_family_is_no_defection() -> None:
    assert defects("قال الرجل إنه فقد بيته قبل أن يهرب بعائلته من الموصل قبل عامين.") == []


def test_women_and_children_fleeing_are_no_defection() -> None:
    assert defects("قالت المنظمة إن النساء والأطفال يفرون من الرقة كل يوم.") == []


def test_fighters_fleeing_stay_a_defection() -> None:
    assert len(defects("وقال مصدر إن عشرات من عناصر تنظيم داعش فروا من الرقة إلى البادية.")) == 1
