"""Round 14d: فجّر in its figurative sense (set off a quarrel, a feeling) and a quoted فجر name tell no attack."""
from __future__ import annotations

import pytest

from tests.conftest import event_types


@pytest.mark.parametrize("text", [
    "وفجّرت لقطات مصورة بثها التلفزيون المحلي موجة استياء في الشارع.",
    "فجرت تصريحات رئيس البلدية أزمة داخل المجلس.",
    "وفجر القرار الأخير جدلا في البرلمان.",
    "فجّر فيديو تداوله مستخدمون فضيحة في البلدية.",
    "وفجرت الصحيفة خلافا داخل الحزب الحاكم.",
    "وافتتح مهرجان \"فجر\" السينمائي في طهران أمس.",
    "وشارك المخرج في مهرجان «فجر» الدولي للأفلام.",
])
def test_figurative_blast_is_no_attack(text: str) -> None:
    assert "ATTACK" not in event_types(text)


@pytest.mark.parametrize("text", [
    "وفجّر انتحاري نفسه في سوق ببغداد.",
    "فجر مسلحون عبوة ناسفة بدورية للجيش في درعا.",
    "وفجّر تنظيم داعش جسرا في الموصل.",
])
def test_real_blast_stays(text: str) -> None:
    assert "ATTACK" in event_types(text)
