"""Round 20 EP (c): a flight from a war or a persecution (هرب من الحرب، فروا من الاضطهاد) is people escaping
harm, no DEFECT (event_cues 201, events.detect._fled_from_harm). Members of a party fleeing, and a defection
told beside a war, stay."""

from __future__ import annotations

from tests.conftest import event_types as types


def test_flight_from_war_is_no_defection() -> None:
    assert "DEFECT" not in types("هرب سليمان من الحرب مع حركة الشباب في الصومال وحاول العبور إلى أوروبا.")
    assert "DEFECT" not in types("وفر كثيرون من الحرب مع تنظيم داعش في العراق.")
    assert "DEFECT" not in types("فر خالد من الاضطهاد في بلاده بعد أن هددته الميليشيات.")


def test_members_fleeing_stay_a_defection() -> None:
    assert "DEFECT" in types("وفر عناصر من التنظيم من الحرب باتجاه الحدود.")
    assert "DEFECT" in types("وانشق العقيد عن الجيش وفر إلى تركيا مع بداية الحرب.")
