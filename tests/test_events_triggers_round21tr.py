"""Round 21 (TR): a barrel drop is a strike (إسقاط/إلقاء براميل على ...), and giving arms (تقديم الأسلحة) is a
supply (triggers.json 85). Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import event_types as types


def test_barrel_drop_is_an_attack() -> None:
    assert "ATTACK" in types("واتهم ناشطون الطيران الحربي بإسقاط براميل متفجرة على بلدة في ريف حماة.")
    assert "ATTACK" in types("وتواصل المروحيات إلقاء البراميل على الأحياء الشرقية منذ الصباح.")


def test_giving_arms_is_a_supply() -> None:
    assert "SUPPLY" in types("وتتهم أنقرة واشنطن بتقديم الأسلحة للمقاتلين الأكراد في الشمال.")
    assert "SUPPLY" in types("وأكد المسؤول أن بلاده بدأت تقديم أسلحة للجيش اللبناني.")


def test_giving_other_things_is_no_supply() -> None:
    assert "SUPPLY" not in types("وأعلنت المنظمة تقديم مساعدات غذائية للعائلات النازحة في المخيم.")
