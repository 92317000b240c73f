"""Round 19 EP: the enabling masdar under ب or after و (بتمكين الفصائل من إطلاق، وتمكين القوات من شن) governs an
ability asked for or promised, no attack done; a deed managed (تمكنت القوات من قصف) stays an attack."""

from __future__ import annotations

from tests.conftest import event_types as types


def test_enabling_under_b_is_no_attack() -> None:
    assert "ATTACK" not in types("وطالب النائب بتمكين فصائل المعارضة من إطلاق صواريخ مضادة للدروع على مواقع الجيش.")
    assert "ATTACK" not in types("وتعهد الوزير بتمكين القوات المحلية من شن هجمات على خلايا التنظيم.")


def test_deed_managed_stays_an_attack() -> None:
    assert types("وتمكنت القوات من قصف مواقع التنظيم في الصحراء.") == ["ATTACK"]
