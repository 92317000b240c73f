"""Round 18 (tiny): a football header or corner kick (ضربة رأسية، ضربة زاوية) is no strike (triggers.json 69)."""

from __future__ import annotations

import pytest

from tests.conftest import event_types


@pytest.mark.parametrize("text", [
    "أحرز المهاجم هدف الفوز بضربة رأسية في الدقيقة الأخيرة.",
    "جاء هدف التعادل من ضربة رأسية للمدافع إثر تمريرة عرضية.",
    "افتتح الفريق الضيف التسجيل إثر ضربة زاوية نفذها الجناح.",
])
def test_football_header_and_corner_are_no_attack(text: str) -> None:
    assert "ATTACK" not in event_types(text)


def test_an_air_strike_stays_an_attack() -> None:
    assert "ATTACK" in event_types("شنت الطائرات ضربة جوية على مواقع المسلحين في ريف إدلب.")
