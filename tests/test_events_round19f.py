"""Round 19f: تحرير after a passive light verb whose object is people or captives is a release, not a capture."""
from __future__ import annotations

import pytest

from tests.conftest import event_types


@pytest.mark.parametrize("text", [
    "وقالت السلطات إنه تم تحرير آلاف المواطنين من قبضة المسلحين في شمال البلاد.",
    "وأعلنت الشرطة أنه تم تحرير الرهائن المحتجزين داخل المصرف بعد ساعات من الحصار.",
    "وأكد المتحدث أنه جرى تحرير جميع المختطفين في عملية نفذتها القوات الخاصة.",
    "وقالت المنظمة إنه تم تحرير 12 مدنيا كانوا محاصرين في القرية منذ أسبوع.",
])
def test_passive_tahrir_of_people_is_release(text: str) -> None:
    types = event_types(text)
    assert "RELEASE" in types and "SEIZE" not in types, types


@pytest.mark.parametrize("text", [
    "وقال بيان للجيش إنه تم تحرير الجبل بالكامل بعد مواجهات عنيفة مع المسلحين.",
    "وأوضح القائد أنه تم تحرير مديرية كتاف بالكامل من سيطرة المسلحين.",
])
def test_passive_tahrir_of_ground_stays_seize(text: str) -> None:
    types = event_types(text)
    assert "SEIZE" in types and "RELEASE" not in types, types
