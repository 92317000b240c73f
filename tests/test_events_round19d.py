"""Round 19d: sending or pushing a convoy or reinforcements is a deployment (triggers.json: the near lists of the
أرسل and دفع conditionals gain رتلين، أرتالا، قطعات، حشودا، التعزيزات). A convoy sentence alone, in a text naming
no armed party, still takes its civil sense (events.detect._civil_senses), so the texts name one."""

import pytest

from tests.conftest import event_types


@pytest.mark.parametrize("text", [
    "أرسلت أنقرة رتلا عسكريا إلى الحدود الجنوبية صباح الأحد، قرب مواقع هيئة تحرير الشام.",
    "أرسل الجيش أرتالا عسكرية إلى أطراف البلدة.",
    "ترسل الحكومة التعزيزات إلى المنطقة الحدودية منذ أيام.",
    "دفعت الحكومة بالتعزيزات إلى الحدود الشمالية.",
    "رأى صحفيون رتلا عسكريا يتوجه نحو مواقع قوات سوريا الديمقراطية.",
    "أرسل الجيش رتلين إلى أطراف البلدة.",
    "أرسلت القوات قطعات عسكرية إلى الحدود.",
    "دفع الجيش برتلين إلى أطراف البلدة.",
])
def test_convoy_sent_is_a_deployment(text: str) -> None:
    assert "DEPLOY" in event_types(text)


@pytest.mark.parametrize("text", [
    "أرسلت الشركة رتلا من الشاحنات إلى الميناء.",
    "أرسلت الوزارة رسالة إلى السفارة.",
    "دفعت الشركة بالمزيد من المنتجات إلى السوق.",
])
def test_civil_sending_is_no_deployment(text: str) -> None:
    assert "DEPLOY" not in event_types(text)
