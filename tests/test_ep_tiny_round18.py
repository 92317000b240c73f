"""Frames of difficulty or impossibility before a trigger (من الصعب، يصعب، من المستحيل، يستحيل) tell nothing done:
the event is recorded as expected, never asserted (triggers.json modality.expected)."""

from __future__ import annotations

import pytest

from tests.conftest import event_records


@pytest.mark.parametrize("text,trigger", [
    ("وقالت الشرطة إنه يستحيل ضبط الجناة في الوقت الحالي.", "ضبط"),
    ("وأضاف أن الجيش يصعب عليه قصف مواقع التنظيم داخل مدينة الرقة.", "قصف"),
    ("وقال الضابط إنه من الصعب اعتقال المطلوبين في تلك القرى الجبلية.", "اعتقال"),
    ("ورأى المحلل أن من المستحيل استهداف تلك المنصات من الجو.", "استهداف"),
])
def test_difficulty_frame_is_not_asserted(text: str, trigger: str) -> None:
    recs = [r for r in event_records(text, []) if trigger in r["trigger"]]
    assert all(r["modality"] != "asserted" for r in recs), recs


def test_deed_without_frame_stays_asserted() -> None:
    recs = [r for r in event_records("اعتقلت الشرطة ثلاثة مطلوبين في ريف حلب.", []) if "اعتقل" in r["trigger"]]
    assert recs and recs[0]["modality"] == "asserted"
