"""Round 19c: a convoy noun (رتل، أرتال) is a deployment only when the convoy moves or arrives; a convoy hit by
an attack, or named where it stands, deploys nothing (event_cues convoy_nouns, convoy_motion)."""

import pytest

from tests.conftest import event_types


@pytest.mark.parametrize("text", [
    "أعلنت وزارة الدفاع استهداف رتل للقوات التركية قرب البلدة.",
    "شنت الطائرات غارات مكثفة على رتل من القوات الموالية قرب البلدة.",
    "تعرض رتل للقوات التركية لهجوم بطائرة مسيرة قرب إدلب.",
    "قصفت الطائرات رتلا عسكريا متجها إلى المدينة.",
])
def test_convoy_struck_is_no_deployment(text: str) -> None:
    types = event_types(text)
    assert "ATTACK" in types and "DEPLOY" not in types, types


@pytest.mark.parametrize("text", [
    "قتل جندي كان ضمن الرتل العسكري في الهجوم.",
    "سافر الوفد إلى الحدود في رتل من السيارات الرباعية.",
])
def test_convoy_at_rest_is_no_deployment(text: str) -> None:
    assert "DEPLOY" not in event_types(text)


@pytest.mark.parametrize("text", [
    "أظهر مقطع مصور دخول رتل عسكري تركي إلى ريف إدلب.",
    "واصلت الأرتال العسكرية التقدم نحو مشارف المدينة.",
    "دخل رتل للقوات التركية إلى ريف إدلب.",
])
def test_convoy_moving_deploys(text: str) -> None:
    assert "DEPLOY" in event_types(text)
