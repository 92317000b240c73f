"""Round 21 RO (2): an arrest or a release of a group's member named by a definite noun and nisba (القبض على
القيادي الحوثي) makes the group the target (actor2), never the doer. Sentences written for this test."""
from __future__ import annotations

from tests.conftest import kind_parties as _roles


def test_definite_member_nisba_is_arrest_target_not_doer() -> None:
    roles = _roles("وأفاد مصدر محلي بأنه تم القبض على القيادي الحوثي أبو سالم قرب المدينة.", "ARREST")
    assert roles, "an arrest is read"
    a1, a2 = roles[0]
    assert a2 is not None and "Houthi" in a2
    assert a1 is None or "Houthi" not in a1


def test_definite_member_nisba_is_release_target() -> None:
    roles = _roles("قررت السلطات العراقية الإفراج عن العناصر الداعشية الذين أنهوا محكومياتهم.", "RELEASE")
    assert roles
    a1, a2 = roles[0]
    assert a2 is not None and "ISIS" in a2
    assert a1 is None or "ISIS" not in a1


def test_force_noun_with_adjective_stays_arrest_doer() -> None:
    # a definite force noun (no member noun of victim_heads) with its adjective after an arrest masdar is the doer
    roles = _roles("وأعلن مسؤول اعتقال القوات العراقية ثلاثة مطلوبين في الموصل.", "ARREST")
    assert roles
    assert roles[0][0] is not None and "Iraq" in roles[0][0]
